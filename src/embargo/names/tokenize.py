"""Token-level readings of a name: "LAST, First" order and names glued together.

These produce *additional readings* of a name; the matcher scores every
reading and keeps the best, so a wrong guess can only fail to help.
"""

from __future__ import annotations

import re

from rigour.names import tokenize_name

_CAMEL = re.compile(r"(?<=[a-z\u00df-\u00ff])(?=[A-Z\u00c0-\u00de])")


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
