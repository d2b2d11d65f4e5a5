"""Organisation types ("Public Joint Stock Company" = "PJSC" = "ПАО"; "Aktiengesellschaft" = "AG").

rigour's organisation-type database (OCCRP's list, ISO 20275 legal forms and
Wikipedia's business-entity types) rewrites every spelling of a legal form into
one compare form; the analysis tags those tokens LEGAL so the matcher weighs
them lightly. :class:`LegalFormSpeller` mends a legal form typed with a slip
("LIMTIED", "LDT", "Sociedad Anojima"; two in a long word: "LIMISTD"), using the
legal-form words rigour finds in the listed names. :func:`read_own_legal_forms` reads the
forms rigour lacks (names.persian_arabic_forms, names.latin_legal_forms,
names.cjk_legal_forms) the same way.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from functools import lru_cache

from rapidfuzz.distance import OSA
from rigour.names import extract_org_types, replace_org_types_compare
from rigour.text import is_stopword

from embargo.names import cjk_legal_forms, latin_legal_forms, persian_arabic_forms
from embargo.names.symspell import deletions

_WORD = re.compile(r"[^\W\d_]+")
#: Words checked for a misspelt legal form: long enough to carry a slip, short enough to be a form.
_MIN_WORD, _MAX_WORD = 2, 16
#: ... and, as a name's first word, at least this long: short first words are mostly acronyms
#: ("JSB", "LTS"), one slip away from a short legal form.
_MIN_FIRST_WORD = 4
#: Most words of a name's leading or trailing legal form checked ("obshchestvo s ogranichennoi
#: otvetstvennostyu" has four).
_MAX_RUN = 6
#: Legal-form words of at most this many letters are short forms ("sas", "sal", "fzc"): not mended
#: at a name's start when its end is a form (see LegalFormSpeller.correct).
_SHORT_FORM = 3
#: Words of this many letters may carry two slips ("LIMISTD", "LIIMITDE"), as name tokens of
#: that length may (see embargo.match.names.typo_budget); shorter ones one.
_TWO_SLIPS_LENGTH = 6


def _slips_allowed(length: float) -> int:
    """How many edits a legal-form word of this (mean) length may be typed with."""
    return 2 if length >= _TWO_SLIPS_LENGTH else 1


#: Legal forms rigour's database lacks: Persian and Arabic ones and Latin abbreviations (see those
#: modules), as (pattern, compare form): those in Latin letters and those in Arabic script.
_LATIN_FORMS = latin_legal_forms.FORMS + persian_arabic_forms.ROMANISED_FORMS
_ARABIC_SCRIPT_FORMS = persian_arabic_forms.ARABIC_SCRIPT_FORMS
#: Letters every Latin form has (a quick test: most names have none), Arabic script, and the
#: characters of the Korean and Japanese forms.
_LATIN_HINT = re.compile(
    r"s\.?a\.?l|w\.?l\.?l|[kbp]sc|fz|f\.z|eood|dooel|ead|e\.a|ad\b|a\.d|k\.?\s?k|[gk]aisha|tbk|sasu"
    r"|pvt|private|\(\s*p|sahami|mas[uo]|musahama|avoni|taz[ae]moni"
    r"|de\s?r\.?\s?l|de\s+c\.?\s?v|a\.\s?c|\bs\.\s?a\.\s?[caei]|\bs\.?\s?l(?:\b|\.?[uln])|\bs\.?\s?co(?:op|m)\b"
    r"|[aiks]\s?/\s?[as]|\bsp\.?\s?[jk]|sp[oó][lł]ka|doo\b"
    r"|" + latin_legal_forms.VIETNAMESE_HINT
)
_ARABIC_SCRIPT = re.compile("[\u0600-\u06ff]")
_CJK_HINT = re.compile(cjk_legal_forms.HINT)


def _compiled(
    forms: tuple[tuple[str, str], ...],
) -> tuple[re.Pattern[str], tuple[tuple[re.Pattern[str], str], ...]]:
    """Any of the forms (one search), and each form compiled with its compare form."""
    any_form = re.compile("|".join(f"(?:{p})".replace("(?P<company>", "(?:") for p, _ in forms))
    return any_form, tuple((re.compile(pattern), compare) for pattern, compare in forms)


_LATIN_COMPILED = _compiled(_LATIN_FORMS)
_ARABIC_SCRIPT_COMPILED = _compiled(_ARABIC_SCRIPT_FORMS)
_CJK_COMPILED = _compiled(cjk_legal_forms.FORMS)
_OFFSHORE = re.compile(latin_legal_forms.OFFSHORE_PATTERN)
#: Shortest word of those forms the speller learns (see own_legal_form_words).
_MIN_OWN_WORD = 4
#: ... and the shortest mended from a doubled letter only ("SAAL" / "SAL", "FZZC" / "FZC").
_MIN_DOUBLED_WORD = 3
_DOUBLED = re.compile(r"(.)\1+")
_LATIN_WORD = re.compile(r"[a-z]+")
#: Initials written with stops ("s.a.l."), read as one word as the analysis joins them.
_DOTTED = re.compile(r"(?<![^\W_])(?:[a-z]\.){2,}[a-z]?\.?")


def read_own_legal_forms(text: str) -> tuple[str, set[str]]:
    """The text with the legal forms rigour lacks in its compare form, and those forms.

    "شرکت سهامی خاص کالا نفت" -> ("شرکت jsc کالا نفت", {"jsc"}); "sherkat sahami khass kala
    naft" -> ("sherkat jsc kala naft", {"jsc"}); "vabo-2005 eood" -> ("vabo-2005 llc", {"llc"}).
    ``text`` is lower case. A name of one word is left as it is, and so is a name without such
    forms (its Arabic vowel marks too: they are read later).
    """
    found: set[str] = set()
    plain = persian_arabic_forms.without_vowel_signs(text)
    forms = _forms_in(plain)
    if not forms or not _two_words(plain):
        return text, found  # a name of one word is a name ("Sahami", "El Prat", "La Sal")
    for pattern, compare in forms:
        plain, count = pattern.subn(_replacement(compare), plain)
        if count:
            found.add(compare)
    if f"jsc {latin_legal_forms.OFFSHORE} " in plain:
        found.add(latin_legal_forms.OFFSHORE)  # a legal word here, as part of the form
    return (" ".join(plain.split()), found) if found else (text, found)


def own_legal_form_words(text: str, shortest: int = _MIN_OWN_WORD) -> list[str]:
    """The Latin words of the forms :func:`read_own_legal_forms` reads in a lower-case text, as written.

    "labico sal offshore" -> ["offshore"]; "sherkat sahami khass" -> ["sahami", "khass"]: so that
    :class:`LegalFormSpeller` mends them too ("LABICO SAL OFFSCHORE"). Words of fewer than
    ``shortest`` letters (4) are left out: one slip from many words ("pvc", "eat"), they would be
    mended into forms ("Delta PVC" read "Delta Pvt", a name with a form only).
    """
    text = _DOTTED.sub(lambda match: match.group(0).replace(".", "") + " ", text)
    forms = _forms_in(text)
    if not forms or not _two_words(text):
        return []
    words: list[str] = []
    for pattern, _compare in forms:
        for match in pattern.finditer(text):
            written = match.group(0)[len(match.groupdict().get("company") or "") :]
            words.extend(word for word in _LATIN_WORD.findall(written) if len(word) >= shortest)
    return words


def _forms_in(text: str) -> tuple[tuple[re.Pattern[str], str], ...]:
    """The compiled forms to read in a text: none when it has none (most names), found in a
    quick test of their letters and one search; else those of its scripts."""
    forms: tuple[tuple[re.Pattern[str], str], ...] = ()
    for hint, (any_form, compiled) in (
        (_LATIN_HINT, _LATIN_COMPILED),
        (_ARABIC_SCRIPT, _ARABIC_SCRIPT_COMPILED),
        (_CJK_HINT, _CJK_COMPILED),
    ):
        if hint.search(text) and any_form.search(text):
            forms += compiled
    return forms


def _two_words(text: str) -> bool:
    """True when a text has two words or more that are not function words ("La Sal" has one)."""
    return sum(not is_stopword(word) for word in persian_arabic_forms.WORD.findall(text)) >= 2


def _replacement(compare: str) -> Callable[[re.Match[str]], str]:
    """The compare form, after the word for company a form may need before it (kept), and before
    "offshore" when the form has it (Lebanon's offshore companies)."""

    def replace(match: re.Match[str]) -> str:
        offshore = f" {latin_legal_forms.OFFSHORE} " if _OFFSHORE.search(match.group(0)) else " "
        return (match.groupdict().get("company") or "") + f" {compare}{offshore}"

    return replace


def compare_form(text: str) -> str:
    """The name with its legal forms in rigour's compare form ("OOO Romashka" -> "llc romashka")."""
    return replace_org_types_compare(text.casefold(), generic=True)


def _legal_words(text: str, shortest_own: int = _MIN_OWN_WORD) -> list[str]:
    """The words of the legal forms rigour recognises in a text ("Rahat Ltd." -> ["ltd"]), and of
    those it lacks (:func:`own_legal_form_words`: "Labico SAL Offshore" -> ["offshore"]; their
    words of ``shortest_own`` letters or more).
    """
    return _rigour_legal_words(text) + own_legal_form_words(text.casefold(), shortest_own)


@lru_cache(maxsize=1 << 16)
def written_words(text: str) -> tuple[str, ...]:
    """The words of a name as written, letters only, in lower case ("OOO Sertal" -> ("ooo", "sertal"))."""
    return tuple(_WORD.findall(text.casefold()))


@lru_cache(maxsize=1 << 16)
def written_legal_words(text: str) -> frozenset[str]:
    """The words of a name's legal forms as the name writes them, short ones too ("EL KAIRO
    INTERNACIONAL SAS" -> {"sas"}, "PRIM BG EAD" -> {"ead"}): what a slip in one is a slip of."""
    return frozenset(_legal_words(text, 1))


def _rigour_legal_words(text: str) -> list[str]:
    """The words of the legal forms rigour recognises in a text ("Rahat Ltd." -> ["ltd"]).

    Initials written apart ("S.A.R.L.") also give the word they spell ("sarl").
    """
    words: list[str] = []
    for matched, _ in extract_org_types(text.casefold(), generic=True):
        parts = _WORD.findall(matched)
        words.extend(parts)
        if len(parts) > 1 and all(len(p) == 1 for p in parts):
            words.append("".join(parts))
    return words


def _ends_with_form(text: str, words: list[tuple[int, int, str]]) -> bool:
    """True when the last words of the text are a legal form spelt right ("Sass User Sp.k."), read
    on their own: not a word that a form earlier in the name also has ("... Rosneft Oil Company")."""
    for n in range(1, min(_MAX_RUN, len(words) - 1) + 1):
        tail = words[-n:]
        legal = set(_legal_words(text[tail[0][0] :], 1))
        if legal and all(word in legal for _, _, word in tail):
            return True
    return False


class LegalFormSpeller:
    """Finds the legal-form word a misspelt word stands for, among the words of known legal forms.

    Built from listed organisation names: a slip in a legal form matters for
    screening only when the listed name has that form. Lookup is by one-letter
    deletions on both sides (SymSpell), so it costs a few dictionary reads.
    """

    def __init__(self, names: Iterable[str]) -> None:
        counts: Counter[str] = Counter()
        words: set[str] = set()
        undoubled: set[str] = set()
        for name in names:
            own = own_legal_form_words(name.casefold(), _MIN_DOUBLED_WORD)
            found = [w for w in _rigour_legal_words(name) if w.isascii()]
            found += [w for w in own if len(w) >= _MIN_OWN_WORD and w.isascii()]
            words.update(found)
            counts.update(w for w in found if len(w) >= 3)
            undoubled.update(w for w in found + own if w.isascii() and len(w) >= _MIN_DOUBLED_WORD)
        self._counts = counts
        #: The words a word with a doubled letter may stand for: the short ones of the forms rigour
        #: lacks too ("sal", "fzc"), which the deletions below leave out.
        self._undoubled = frozenset(undoubled)
        #: Every legal-form word spelt right, short ones too ("s" of "obshchestvo s ..."): a run
        #: of legal-form words goes on through them.
        self._words = frozenset(words)
        self._keys: dict[str, list[str]] = {}
        for word in counts:
            for key in deletions(word, _slips_allowed(len(word))):
                self._keys.setdefault(key, []).append(word)

    def __len__(self) -> int:
        return len(self._counts)

    def spelling(self, word: str) -> str | None:
        """The legal-form word ``word`` misspells, with its first letter; else None.

        One edit away, or two for words of 6+ letters; the closest wins, then the most common.
        A word with a letter typed twice is first read without it ("SAAL" is "sal", "FZZC" "fzc").
        """
        single = _DOUBLED.sub(r"\1", word)
        if single != word and single in self._undoubled:
            return single
        found = {c for key in deletions(word, _slips_allowed(len(word))) for c in self._keys.get(key, ())}
        distances = {c: OSA.distance(c, word) for c in found if c != word and c[0] == word[0]}
        found = {c for c, d in distances.items() if d <= _slips_allowed((len(c) + len(word)) / 2)}
        if not found:
            return None
        closest = min(distances[c] for c in found)
        return max((c for c in found if distances[c] == closest), key=lambda c: (self._counts[c], c))

    def correct(self, text: str, known: Callable[[str], bool]) -> list[str]:
        """The organisation name with its misspelt legal-form words mended (one text, or none).

        "DCB Finance Limtied" -> ["DCB Finance limited"]; "Public Joint Stokc Company
        Severstal" -> ["Public Joint stock Company Severstal"]. Legal forms lead or end a
        name, often in several words: the words checked are those of the run of legal-form
        words (spelt right or mendable) at the start of the name and the one at its end. A
        word is mended only when ``known`` rejects it (it is not a word of the listed names),
        it is not part of a legal form rigour already recognises, and rigour recognises the
        mended word as (part of) a legal form. A name's first word must have 4+ letters
        (short first words are mostly acronyms: "JSB", "LTS"). When the name ends with a legal
        form spelt right, no word at its start is mended into a short form: a name word then
        ("Sass User Sp.k." is not "SAS User Sp.k."; "JOIT STOCK BANK X JOINT STOCK COMPANY" is
        still mended). Not the other way round: a first word that reads as a form is often an
        acronym ("KB Investments Limitfd").
        """
        words = [(m.start(), m.end(), m.group(0).casefold()) for m in _WORD.finditer(text)]
        if len(words) < 2:
            return []
        slips: dict[int, str] = {}
        edges = (
            range(min(_MAX_RUN, len(words))),
            range(len(words) - 1, max(-1, len(words) - 1 - _MAX_RUN), -1),
        )
        for positions in edges:
            found: dict[int, str] = {}
            for k in positions:
                word = words[k][2]
                if word in self._words:
                    continue
                spelling = self._slip(word, k, known)
                if spelling is None:
                    break
                found[k] = spelling
            if found and positions.step == 1 and _ends_with_form(text, words):
                # The form ends the name: a short form at its start is a name word ("Sass User Sp.k."
                # is no "SAS User Sp.k."); a long one misspelt is a form ("JOIT STOCK ... COMPANY").
                found = {k: spelling for k, spelling in found.items() if len(spelling) > _SHORT_FORM}
            slips.update(found)
        if not slips:
            return []
        recognised = set(_legal_words(text))
        slips = {k: spelling for k, spelling in slips.items() if words[k][2] not in recognised}
        confirmed = set(_legal_words(self._mend(text, words, slips), _MIN_DOUBLED_WORD))
        slips = {k: spelling for k, spelling in slips.items() if spelling in confirmed}
        return [self._mend(text, words, slips)] if slips else []

    def _slip(self, word: str, position: int, known: Callable[[str], bool]) -> str | None:
        """The legal-form word ``word`` misspells, when it may be one (see :meth:`correct`)."""
        shortest = _MIN_FIRST_WORD if position == 0 else _MIN_WORD
        if not (shortest <= len(word) <= _MAX_WORD and word.isascii()) or known(word):
            return None
        return self.spelling(word)

    @staticmethod
    def _mend(text: str, words: list[tuple[int, int, str]], slips: dict[int, str]) -> str:
        """The text with the words at the given positions replaced by their spellings."""
        for k in sorted(slips, reverse=True):
            start, end, _ = words[k]
            text = text[:start] + slips[k] + text[end:]
        return text
