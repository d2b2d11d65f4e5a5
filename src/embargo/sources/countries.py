"""Country names as lists write them, resolved to ISO 3166-1 alpha-2 codes with rigour.

rigour builds its table of ~29,000 territory names (official names, variants and
places) on first use, which takes seconds. Readers resolve a few hundred distinct
country strings per list, so the table is built once per rigour version and kept
as JSON in the user cache dir; every later process loads it in milliseconds.
"""

from __future__ import annotations

import json
import logging
import os
from functools import lru_cache
from importlib.metadata import version
from pathlib import Path

from platformdirs import user_cache_dir
from rigour.territories import lookup_by_identifier, lookup_territory
from rigour.territories.util import normalize_territory_name

log = logging.getLogger(__name__)


def _cache_file() -> Path:
    return Path(user_cache_dir("embargo", appauthor=False)) / f"territory-names-{version('rigour')}.json"


@lru_cache(maxsize=1)
def _name_table() -> dict[str, str] | None:
    """Normalised territory name -> code, from the cache file or built from rigour (None if unavailable)."""
    path = _cache_file()
    try:
        return json.loads(path.read_text("utf-8"))
    except (OSError, ValueError):
        pass
    try:
        # rigour keeps this table private; if it moves, country_code() falls back to lookup_territory.
        from rigour.territories.lookup import _get_territory_names

        table = {name: territory.code for name, territory in _get_territory_names().items()}
    except Exception:  # noqa: BLE001 - any change in rigour's internals means: no table
        log.debug("rigour territory name table unavailable; using lookup_territory", exc_info=True)
        return None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_text(json.dumps(table, ensure_ascii=False), "utf-8")
        tmp.replace(path)
    except OSError:
        log.debug("cannot write %s", path, exc_info=True)
    return table


@lru_cache(maxsize=4096)
def country_code(text: str | None) -> str | None:
    """The lower-case ISO alpha-2 code for a country name or code ("Russia" -> "ru"), or None."""
    if not text:
        return None
    cleaned = text.strip().strip(".;,")
    if not cleaned or cleaned == "-0-":
        return None
    code: str | None = None
    # Codes ("RU", "RUS", "SUHH") resolve from rigour's code table; names from the cached name table.
    territory = lookup_by_identifier(cleaned)
    if territory is not None:
        code = territory.code
    else:
        table = _name_table()
        if table is not None:
            code = table.get(normalize_territory_name(cleaned))
        else:
            found = lookup_territory(cleaned)
            code = found.code if found is not None else None
    # Subdivisions ("Leningrad" -> "ru-spe") resolve to their country.
    return code.split("-")[0].lower() if code else None


def country_name(code: str | None) -> str | None:
    """The English short name for an ISO code ("ru" -> "Russia"), or None."""
    if not code:
        return None
    territory = lookup_territory(code)
    return territory.name if territory is not None else None
