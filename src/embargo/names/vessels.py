"""Ship prefixes: "MV ZEUS", "M/T ADRIAN DARYA 1" name the vessels "ZEUS" and "ADRIAN DARYA 1".

Shipping documents (bills of lading, charter parties, port records) write a vessel's name
after the prefix of its kind: MV or M/V (motor vessel), MT or M/T (motor tanker), MS or M/S
(motor ship), SS (steamship), MY (motor yacht), FV (fishing vessel), RV (research vessel).
The lists and the IMO register give the name alone. rigour's ``remove_obj_prefixes`` knows
MV, MT and SS (and strips a leading "The", which starts some vessels' names), not MS, MY, FV,
RV or dotted "S.S."; one pattern here covers the common prefixes of the convention, as a second
reading of the name.
"""

from __future__ import annotations

import re

#: A ship prefix at the start of a name, dotted, slashed or plain ("MV", "M/V", "M.V.", "m v").
_SHIP_PREFIX = re.compile(
    r"^\s*(?:m\s*[/.]?\s*[vtsy]|s\s*\.?\s*s|f\s*\.?\s*v|r\s*\.?\s*v)\.?\s+(?=\S)", re.IGNORECASE
)


def without_ship_prefix(text: str) -> str | None:
    """The vessel name without its leading ship prefix ("M/V ZEUS" -> "ZEUS"), or None when it has none."""
    match = _SHIP_PREFIX.match(text)
    return text[match.end() :] if match else None
