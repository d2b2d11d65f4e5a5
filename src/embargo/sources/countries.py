"""Country names as lists write them, resolved to ISO 3166-1 alpha-2 codes with rigour."""

from __future__ import annotations

from functools import lru_cache

from rigour.territories import lookup_by_identifier, lookup_territory


@lru_cache(maxsize=4096)
def country_code(text: str | None) -> str | None:
    """The lower-case ISO alpha-2 code for a country name or code ("Russia" -> "ru"), or None."""
    if not text:
        return None
    cleaned = text.strip().strip(".;,")
    if not cleaned or cleaned == "-0-":
        return None
    # Codes ("RU", "RUS") resolve from a small table; names need rigour's name index,
    # which takes seconds to build on first use.
    territory = lookup_by_identifier(cleaned) if len(cleaned) <= 3 else None
    if territory is None:
        territory = lookup_territory(cleaned)
    if territory is None:
        return None
    code = territory.code
    # Subdivisions ("Leningrad" -> "ru-spe") resolve to their country.
    return code.split("-")[0].lower() if code else None


def country_name(code: str | None) -> str | None:
    """The English short name for an ISO code ("ru" -> "Russia"), or None."""
    if not code:
        return None
    territory = lookup_territory(code)
    return territory.name if territory is not None else None
