"""Small helpers shared by the XML and JSON readers: scripts, languages, schemas, text."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from rigour.langs import iso_639_alpha3
from rigour.names import extract_org_types
from rigour.text.scripts import text_scripts

from embargo.model import Name, NameKind, SchemaName

# Unicode script property value -> ISO 15924 code (the aliases Unicode's
# PropertyValueAliases.txt gives; the scripts names on sanctions lists are written in).
_ISO_15924: dict[str, str] = {
    "Latin": "Latn",
    "Cyrillic": "Cyrl",
    "Greek": "Grek",
    "Armenian": "Armn",
    "Georgian": "Geor",
    "Arabic": "Arab",
    "Hebrew": "Hebr",
    "Syriac": "Syrc",
    "Thaana": "Thaa",
    "Han": "Hani",
    "Hangul": "Hang",
    "Hiragana": "Hira",
    "Katakana": "Kana",
    "Bopomofo": "Bopo",
    "Thai": "Thai",
    "Lao": "Laoo",
    "Khmer": "Khmr",
    "Myanmar": "Mymr",
    "Tibetan": "Tibt",
    "Mongolian": "Mong",
    "Devanagari": "Deva",
    "Bengali": "Beng",
    "Gurmukhi": "Guru",
    "Gujarati": "Gujr",
    "Oriya": "Orya",
    "Tamil": "Taml",
    "Telugu": "Telu",
    "Kannada": "Knda",
    "Malayalam": "Mlym",
    "Sinhala": "Sinh",
    "Ethiopic": "Ethi",
    "Tifinagh": "Tfng",
    "Yi": "Yiii",
}

#: English words for a company's legal form that rigour's org-type table leaves out on purpose.
_COMPANY_WORDS = frozenset({"company", "corporation", "corp", "incorporated", "limited", "co"})


@lru_cache(maxsize=8192)
def detect_script(value: str) -> str | None:
    """The ISO 15924 code of the script a name is written in ("Cyrl", "Arab", "Hani", ...).

    Returns "Latn" for Latin names, None when the text has no letters. Han mixed
    with kana is Japanese ("Jpan"), Han mixed with Hangul Korean ("Kore"); other
    mixtures give the code of the first non-Latin script found.
    """
    scripts = text_scripts(value)
    if not scripts:
        return None
    if scripts == {"Latin"}:
        return "Latn"
    non_latin = scripts - {"Latin"}
    if non_latin & {"Hiragana", "Katakana"}:
        return "Jpan"
    if "Hangul" in non_latin and "Han" in non_latin:
        return "Kore"
    name = sorted(non_latin)[0]
    return _ISO_15924.get(name, name[:4].title())


def is_non_latin(value: str) -> bool:
    """True when a name is written in a script other than Latin."""
    script = detect_script(value)
    return script is not None and script != "Latn"


def lang_code(value: str | None) -> str | None:
    """An ISO 639-3 code for a language code or English name ("RU", "Russian" -> "rus")."""
    if not value or not value.strip():
        return None
    try:
        return iso_639_alpha3(value.strip().lower())
    except Exception:  # rigour raises on odd input; a missing language is harmless
        return None


def make_name(
    full: str,
    kind: NameKind = "primary",
    *,
    quality: str | None = None,
    lang: str | None = None,
    parts: dict[str, str] | None = None,
) -> Name:
    """A :class:`Name` with its script detected; a non-Latin primary or alias becomes original_script."""
    full = " ".join(full.split())
    script = detect_script(full)
    if script not in (None, "Latn") and kind in ("primary", "alias"):
        kind = "original_script"
    elif script in (None, "Latn") and kind == "original_script":
        kind = "alias"  # lists sometimes repeat a Latin name in their "original script" field
    return Name(
        full=full,
        kind=kind,
        quality=quality,
        script=script if script != "Latn" else None,
        lang=lang,
        parts={k: v for k, v in (parts or {}).items() if v},
    )


def add_name(names: list[Name], name: Name | None) -> None:
    """Append a name unless the same text is already there (the first kind given wins)."""
    if name is None or not name.full:
        return
    key = name.full.casefold()
    for existing in names:
        if existing.full.casefold() == key:
            return
    names.append(name)


_TOKEN_PUNCT = ".,;:()[]\"'«»„“”‘’"
#: rigour org-type targets that are not companies (NGOs) or match ordinary words ("cooperation").
_NOT_COMPANY_TARGETS = frozenset({"ngo", "coop"})


def _tokens(text: str) -> list[str]:
    return [t for t in (w.strip(_TOKEN_PUNCT) for w in text.split()) if t]


def _legal_form_at_edge(core: list[str], matched: str) -> bool:
    """True when a matched legal form is whole words at the end (or, 3+ letters, the start) of a name."""
    form = _tokens(matched)
    if not form or len(form) > len(core):
        return False
    if core[-len(form) :] == form:
        return True
    # Two-letter forms (AG, SA, NV, "in") are suffixes; as a first word they are mostly ordinary words.
    return core[: len(form)] == form and len("".join(form)) >= 3


def has_company_form(names: Iterable[str]) -> bool:
    """True when any name carries a company's legal form (LLC, GmbH, OOO, Ltd, Company ...).

    A legal form counts only as whole words at the end or start of a name ("OOO Romashka",
    "Acme Trading GmbH"): rigour's table also holds short forms that are ordinary
    words elsewhere ("in" in "Islamic State in Yemen", "at" in "Jama'at").
    """
    for value in names:
        folded = value.casefold().replace("“", " ").replace("”", " ")
        core = _tokens(folded)
        if not core:
            continue
        for matched, target in extract_org_types(" ".join(folded.split()), generic=True):
            if target not in _NOT_COMPANY_TARGETS and _legal_form_at_edge(core, matched):
                return True
        if core[-1] in _COMPANY_WORDS or core[0] in _COMPANY_WORDS:
            return True
        if any(w in {"company", "corporation"} for w in core):
            return True
    return False


def organisation_schema(names: Iterable[str]) -> SchemaName:
    """Company for names with a legal form, else Organization."""
    return "Company" if has_company_form(names) else "Organization"


def gender(value: str | None) -> str | None:
    """ "male" / "female" / None from the ways lists write it (M, Male, F, female ...)."""
    if not value:
        return None
    folded = value.strip().lower()
    if folded in {"m", "male", "man"}:
        return "male"
    if folded in {"f", "female", "woman"}:
        return "female"
    return None


def join(*parts: str | None, sep: str = ", ") -> str:
    """The non-empty parts joined (address lines, birth places)."""
    seen: list[str] = []
    for part in parts:
        if part and part.strip() and part.strip() not in seen:
            seen.append(part.strip())
    return sep.join(seen)


def append_unique(values: list[str], value: str | None) -> None:
    """Append a stripped value to a list unless it is empty or already there."""
    if value is None:
        return
    value = " ".join(value.split())
    if value and value not in values:
        values.append(value)


_SPLIT_CHARS = re.compile(r"[;()]")


def split_clauses(text: str) -> list[str]:
    """Split a list field on ``;`` outside parentheses (OFAC remarks, a UN alias's spellings).

    Parentheses that never close do not swallow the rest of the string: the depth
    counter only guards text up to the next ``;`` once it is clear they stay open.
    """
    text = text.strip()
    if "(" not in text:
        return [c.strip() for c in text.split(";") if c.strip()]
    clauses: list[str] = []
    depth = 0
    start = 0
    for match in _SPLIT_CHARS.finditer(text):
        char = match.group()
        if char == "(":
            depth += 1
        elif char == ")":
            depth = max(0, depth - 1)
        elif depth == 0:
            clauses.append(text[start : match.start()])
            start = match.end()
    clauses.append(text[start:])
    if depth > 0:
        # An unbalanced "(": split the tail naively rather than keep it all as one clause.
        tail = clauses.pop()
        clauses.extend(tail.split(";"))
    return [c.strip() for c in clauses if c.strip()]
