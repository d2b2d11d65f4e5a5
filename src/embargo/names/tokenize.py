"""Token-level readings of a name: "LAST, First" order and names glued together.

These produce *additional readings* of a name; the matcher scores every
reading and keeps the best, so a wrong guess can only fail to help.
"""

from __future__ import annotations

import re

from rigour.names import tokenize_name

_CAMEL = re.compile(r"(?<=[a-z\u00df-\u00ff])(?=[A-Z\u00c0-\u00de])")
#: "Abd" ("servant of"), the article written apart, then the name: "Abd al-Rahman", "ABD EL KADER".
#: The article may be assimilated to the name's first letter (ar-Rahman, as-Salam, ad-Din).
_ABD_COMPOUND = re.compile(
    r"\b(abd)[\s-]+((?:a|e|u|ou)(?:l|sh|th|dh|[tdrzsn]))[\s-]+(?=[^\W\d_])", re.IGNORECASE
)


def name_tokens(text: str) -> list[str]:
    """The casefolded tokens of a name, split on spaces and punctuation (rigour's tokenizer)."""
    return tokenize_name(text.casefold())


def comma_parts(text: str) -> tuple[str, str] | None:
    """("LAST", "First") for a person name written "LAST, First"; None for other shapes."""
    if text.count(",") != 1:
        return None
    family, given = (part.strip() for part in text.split(","))
    if not family or not given or not any(ch.isalpha() for ch in family + given):
        return None
    return family, given


def split_glued(text: str) -> str | None:
    """The name with camel-case joins split ("SiemensAG" -> "Siemens AG"); None when nothing splits."""
    split = _CAMEL.sub(" ", text)
    return split if split != text else None


def join_abd_compounds(text: str) -> str | None:
    """The name with "Abd" and the article of each "Abd al-" compound as one word ("Abdal Rahman").

    Arabic theophoric names ("servant of the Merciful") are written in three words by the lists
    ("ABD AL-RAHMAN", "ABD EL KADER") and mostly in one or two by people ("Abdulrahman",
    "Abdurrahman", "Abdel Rahman"). The aligner joins two neighbouring words, not three: with
    "Abd" and the article as one word, "Abdulrahman" is "abdal" + "rahman" joined, a letter or
    two away, and "Abdel Rahman" two words a letter away. The name keeps its words otherwise,
    so that a compound left out of a match weighs what it weighed. None when there is none.
    """
    joined = _ABD_COMPOUND.sub(lambda m: m.group(1) + m.group(2) + " ", text)
    return joined if joined != text else None
