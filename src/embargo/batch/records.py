"""Results as JSON-ready data, fast: the dicts the audit trail stores and the batch renders.

``dataclasses.asdict`` deep-copies every value and costs more than screening a name that
matches nothing; :func:`plain` reads the fields directly. :func:`result_dict` gives exactly
``Result.to_dict()`` (a test holds them equal), so the audit trail stores the same JSON
whichever path built it.
"""

from __future__ import annotations

from dataclasses import fields, is_dataclass
from typing import Any

from embargo.model import Result

_FIELDS: dict[type, tuple[str, ...]] = {}


def plain(value: Any) -> Any:
    """Dataclasses, lists and dicts as plain JSON-ready data (what ``asdict`` gives, without copying)."""
    kind = type(value)
    names = _FIELDS.get(kind)
    if names is None:
        if value is None or kind in (str, int, float, bool):
            return value
        if kind is list or kind is tuple:
            return [plain(v) for v in value]
        if kind is dict:
            return {k: plain(v) for k, v in value.items()}
        if not is_dataclass(value):
            return value
        names = _FIELDS[kind] = tuple(f.name for f in fields(value))
    return {name: plain(getattr(value, name)) for name in names}


def _prune(value: Any) -> Any:
    if isinstance(value, dict):
        pruned = {k: _prune(v) for k, v in value.items()}
        return {k: v for k, v in pruned.items() if v is not None and v != [] and v != {}}
    if isinstance(value, list):
        return [_prune(v) for v in value]
    return value


def _query_dict(query: Any) -> dict[str, Any]:
    names = _FIELDS.get(type(query))
    if names is None:
        return _prune(plain(query))
    out = {}
    for name in names:
        value = getattr(query, name)
        if value is None or value == [] or value == {}:
            continue
        out[name] = _prune(plain(value)) if isinstance(value, list | dict) else value
    return out


def result_dict(result: Result, cache: dict[int, Any] | None = None) -> dict[str, Any]:
    """``result.to_dict()``, computed without deep copies.

    ``cache`` (one per chunk) shares the list-versions data between results that hold the
    same list object, as results of one engine run do.
    """
    versions = result.list_versions
    if cache is None:
        version_data = [plain(v) for v in versions]
    else:
        key = id(versions)
        hit = cache.get(key)
        if hit is None or hit[0] is not versions:
            hit = cache[key] = (versions, [plain(v) for v in versions])
        version_data = hit[1]
    return {
        "query": _query_dict(result.query),
        "threshold": result.threshold,
        "matches": [plain(m) for m in result.matches],
        "list_versions": version_data,
    }
