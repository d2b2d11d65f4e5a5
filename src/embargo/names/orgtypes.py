"""Organisation types ("Public Joint Stock Company" = "PJSC" = "ПАО"; "Aktiengesellschaft" = "AG").

rigour's organisation-type database (OCCRP's list, ISO 20275 legal forms and
Wikipedia's business-entity types) rewrites every spelling of a legal form into
one compare form; the analysis tags those tokens LEGAL so the matcher weighs
them lightly. :class:`LegalFormSpeller` mends a legal form typed with one slip
("LIMTIED", "LDT", "Sociedad Anojima"), using the legal-form words rigour finds
in the listed names.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable

from rapidfuzz.distance import OSA
from rigour.names import extract_org_types, replace_org_types_compare

_WORD = re.compile(r"[^\W\d_]+")
#: Words checked for a misspelt legal form: long enough to carry a slip, short enough to be a form.
_MIN_WORD, _MAX_WORD = 2, 16
#: ... and, as a name's first word, at least this long: short first words are mostly acronyms
#: ("JSB", "LTS"), one slip away from a short legal form.
_MIN_FIRST_WORD = 4


def compare_form(text: str) -> str:
    """The name with its legal forms in rigour's compare form ("OOO Romashka" -> "llc romashka")."""
    return replace_org_types_compare(text.casefold(), generic=True)


def _deletions(word: str) -> set[str]:
    """The word and every spelling of it with one letter left out (SymSpell keys)."""
    return {word, *(word[:i] + word[i + 1 :] for i in range(len(word)))}


def _legal_words(text: str) -> list[str]:
    """The words of the legal forms rigour recognises in a text ("Rahat Ltd." -> ["ltd"]).

    Initials written apart ("S.A.R.L.") also give the word they spell ("sarl").
    """
    words: list[str] = []
    for matched, _ in extract_org_types(text.casefold()):
        parts = _WORD.findall(matched)
        words.extend(parts)
        if len(parts) > 1 and all(len(p) == 1 for p in parts):
            words.append("".join(parts))
    return words


class LegalFormSpeller:
    """Finds the legal-form word a misspelt word stands for, among the words of known legal forms.

    Built from listed organisation names: a slip in a legal form matters for
    screening only when the listed name has that form. Lookup is by one-letter
    deletions on both sides (SymSpell), so it costs a few dictionary reads.
    """

    def __init__(self, names: Iterable[str]) -> None:
        counts: Counter[str] = Counter()
        for name in names:
            counts.update(w for w in _legal_words(name) if w.isascii() and len(w) >= 3)
        self._counts = counts
        self._keys: dict[str, list[str]] = {}
        for word in counts:
            for key in _deletions(word):
                self._keys.setdefault(key, []).append(word)

    def __len__(self) -> int:
        return len(self._counts)

    def spelling(self, word: str) -> str | None:
        """The most common legal-form word one edit from ``word`` with its first letter; else None."""
        found = {c for key in _deletions(word) for c in self._keys.get(key, ())}
        found = {c for c in found if c != word and c[0] == word[0] and OSA.distance(c, word) == 1}
        return max(found, key=lambda c: (self._counts[c], c)) if found else None

    def correct(self, text: str, known: Callable[[str], bool]) -> list[str]:
        """The organisation name with a misspelt legal-form word mended, one text per mended word.

        "DCB Finance Limtied" -> ["DCB Finance limited"]. Legal forms lead or end a
        name: only its first (4+ letters) and last words are checked, and only when ``known``
        rejects them (they are not words of the listed names) and they are not part of
        a legal form rigour already recognises. A mending counts only when rigour then
        recognises the mended word as (part of) a legal form. Each guess is its own
        text, so the caller can read each as one more reading of the name.
        """
        words = [(m.start(), m.end(), m.group(0).casefold()) for m in _WORD.finditer(text)]
        if len(words) < 2:
            return []
        recognised: set[str] | None = None
        mended: list[str] = []
        for k in sorted({0, len(words) - 1}):
            start, end, word = words[k]
            shortest = _MIN_FIRST_WORD if k == 0 else _MIN_WORD
            if not (shortest <= len(word) <= _MAX_WORD and word.isascii()) or known(word):
                continue
            spelling = self.spelling(word)
            if spelling is None:
                continue
            if recognised is None:
                recognised = set(_legal_words(text))
            if word in recognised:
                continue
            candidate = text[:start] + spelling + text[end:]
            if spelling in _legal_words(candidate):
                mended.append(candidate)
        return mended
