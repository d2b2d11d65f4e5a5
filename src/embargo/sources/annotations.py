"""Several names written in one list field: another script or other spellings beside a name.

The UN list writes some aliases as "Akrin Saleh Akrin (أقرين صالح أقرين)", "حسن غول (Hassan Ghul;
Hassan Gul; Hasan Gul)", "Amir Khazmat (original script: Амир Хазмат)" or "Agha Jan Alizai اغا جان
عالیزی": the names of one party in two scripts, or a list of its spellings, in one field. Read as one
name, each half is diluted by the other: a query in either script alone scores far below the
threshold. :func:`split_annotated` gives each name apart, and drops notes written in lower case
("(original script)", "(birth name)", "(third)").

Parentheses that are part of a name are kept: a place or a legal form in a company name ("CHINA
UNICOM (HONG KONG) LIMITED", "M & S SYNDICATE (PVT) LTD.", "華信船務(香港)有限公司"), an acronym
("ISLAMIC JIHAD UNION (IJU)") or a spelling of one word ("SANTOS, Ahmad (Ahmed)"), all in the
script of the name around them.
"""

from __future__ import annotations

import re

from embargo.model import Name, NameKind
from embargo.sources.common import add_name, detect_script, make_name, split_clauses

#: "original script: Амир Хазмат": a label of lower-case words and a colon before the name.
_LABEL = re.compile(r"^[a-z]+(?: [a-z]+){0,2}\s*:\s*(?P<value>.+)$", re.DOTALL)
#: Punctuation a field may end or start with once a part is taken out of it.
_EDGE = " ,;:-–"
#: Names inside names inside names are read; deeper parentheses stay as written.
_MAX_DEPTH = 3


def split_annotated(full: str) -> list[str]:
    """The names written in one list field, the name outside any parentheses first.

    A parenthesised part becomes a name of its own when it is in another script than the name
    around it, when it lists names separated by ";", or when it follows a label ("original
    script: ..."); a part in lower-case Latin words around a name that is not is a note and is
    dropped; any other parenthesised part stays where it is. A field without parentheses that
    is two runs of words in two scripts, two words or more each, is two names. Unbalanced
    parentheses leave the field as it is.
    """
    return _split(full, _MAX_DEPTH)


def _split(full: str, depth: int) -> list[str]:
    full = " ".join(full.split()).strip(_EDGE)
    pieces = _top_level(full)
    if pieces is None or depth == 0:
        return _finished([full])
    outside = " ".join(text for text, grouped in pieces if not grouped)
    outside_script = _script(outside)
    kept: list[str] = []
    others: list[str] = []
    for text, grouped in pieces:
        if not grouped:
            kept.append(text)
            continue
        names = _names_in_group(text, outside, outside_script, depth)
        if names is None:
            kept.append(f"({text})")
        else:
            others.extend(names)
    if len(others) == 0 and len(kept) == len(pieces):
        return _finished(_script_runs(full))
    return _finished([_tidy(" ".join(kept)), *others])


def _names_in_group(content: str, outside: str, outside_script: str | None, depth: int) -> list[str] | None:
    """The names a parenthesised part holds ([] for a note), or None when it is part of the name."""
    content = content.strip(_EDGE)
    labelled = _LABEL.match(content)
    if labelled:
        content = labelled["value"]
    parts = [part for part in split_clauses(content) if part.strip(_EDGE)]
    if labelled or len(parts) > 1:
        return [name for part in parts for name in _split(part, depth - 1)]
    # Lower case is only a note beside a name that is not all lower case itself.
    if _is_note(content) and outside_script is not None and not _is_note(outside):
        return []
    if outside_script is not None and _script(content) not in (None, outside_script):
        return _split(content, depth - 1)
    return None


def _without_trailing_note(name: str) -> str:
    """ "Ansar al-Mujahideen Network - sub-unit name" -> "Ansar al-Mujahideen Network"."""
    head, dash, tail = name.rpartition(" - ")
    if dash and len(tail.split()) > 1 and _is_note(tail) and _script(head) is not None and not _is_note(head):
        return _tidy(head)
    return name


def _is_note(text: str) -> bool:
    """Lower-case Latin words only: "birth name", "original script", "third"."""
    letters = [char for char in text if char.isalpha()]
    return bool(letters) and all(char.islower() and char.isascii() for char in letters)


def _top_level(text: str) -> list[tuple[str, bool]] | None:
    """The text split into (part, inside parentheses) at the outermost level; None if unbalanced."""
    pieces: list[tuple[str, bool]] = []
    depth, start = 0, 0
    for position, char in enumerate(text):
        if char == "(":
            if depth == 0:
                pieces.append((text[start:position], False))
                start = position + 1
            depth += 1
        elif char == ")":
            depth -= 1
            if depth < 0:
                return None
            if depth == 0:
                pieces.append((text[start:position], True))
                start = position + 1
    if depth != 0:
        return None
    pieces.append((text[start:], False))
    return [(part.strip(), grouped) for part, grouped in pieces if part.strip()]


def _script_runs(text: str) -> list[str]:
    """Two runs of words in two scripts, two words or more each, as two names; else the text."""
    words = text.split()
    scripts = [_script(word) for word in words]
    if None in scripts:
        return [text]
    changes = [i for i in range(1, len(words)) if scripts[i] != scripts[i - 1]]
    if len(changes) != 1:
        return [text]
    cut = changes[0]
    if cut < 2 or len(words) - cut < 2:
        return [text]
    return [_tidy(" ".join(words[:cut])), _tidy(" ".join(words[cut:]))]


def _script(text: str) -> str | None:
    return detect_script(text) if text.strip() else None


def _tidy(text: str) -> str:
    return " ".join(text.split()).strip(_EDGE)


def _finished(names: list[str]) -> list[str]:
    """The names without a trailing note, those with letters only, each once."""
    seen: set[str] = set()
    unique = []
    for name in map(_without_trailing_note, names):
        key = name.casefold()
        if _script(name) is not None and key not in seen:
            seen.add(key)
            unique.append(name)
    return unique


def add_annotated_names(
    names: list[Name],
    full: str,
    kind: NameKind,
    *,
    quality: str | None = None,
    lang: str | None = None,
    parts: dict[str, str] | None = None,
) -> None:
    """Add each name of a list field (see :func:`split_annotated`) to ``names``.

    The first name keeps the field's kind, language and name parts; the others are aliases of
    the same quality (a primary's other names are its aliases; those in another script become
    original-script names).
    """
    for position, piece in enumerate(split_annotated(full)):
        if position == 0:
            add_name(names, make_name(piece, kind, quality=quality, lang=lang, parts=parts))
        else:
            add_name(names, make_name(piece, "alias" if kind == "primary" else kind, quality=quality))
