"""Screening one chunk of rows: the work unit that the local and the dask executors both run.

A process builds its screener once (the persisted index is loaded on first use and kept in a
module-level cache keyed by the settings), so a dask worker loads the index once however many
chunks it screens.
"""

from __future__ import annotations

import contextlib
import importlib
import logging
import os
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from embargo.batch.records import result_dict
from embargo.errors import EmbargoError, ValidationError
from embargo.model import Query, Result

log = logging.getLogger(__name__)

#: Start of the reject reason of a row the engine failed on (not a problem of the row's data).
ENGINE_ERROR = "not screened: engine error"

Screener = Callable[[Query], Result]
ScreenerFactory = Callable[["ScreenSettings"], Screener]


@dataclass(frozen=True)
class ScreenSettings:
    """What a process needs to screen rows: where the store is, and the screening options.

    ``factory`` builds the screener; it is the real engine by default and a plain function
    in tests (a dotted ``module:function`` path or the callable itself).
    """

    store_path: str
    home: str | None
    limit: int
    threshold: float | None
    snapshot_ids: tuple[int, ...]
    factory: str | ScreenerFactory = "embargo.batch.worker:engine_screener"


@dataclass(slots=True)
class Item:
    """One input row ready to screen: a query, or the reason it was rejected while reading it."""

    number: int
    row_id: str
    query: Query | None
    reason: str | None = None


@dataclass(slots=True)
class Outcome:
    """One screened (or rejected) row, in input order.

    ``result`` is the screening :class:`Result` as ``Result.to_dict()`` data: built where the
    row was screened, so a dask worker, not the client, pays for it.
    """

    number: int
    row_id: str
    result: dict[str, Any] | None
    reason: str | None = None


_SCREENERS: dict[ScreenSettings, Screener] = {}
_LOCK = threading.Lock()


def get_screener(settings: ScreenSettings) -> Screener:
    """This process's screener for the settings, built on first use."""
    screener = _SCREENERS.get(settings)
    if screener is None:
        with _LOCK:
            screener = _SCREENERS.get(settings)
            if screener is None:
                factory = settings.factory
                if isinstance(factory, str):
                    module_name, _, attr = factory.partition(":")
                    factory = getattr(importlib.import_module(module_name), attr)
                screener = factory(settings)
                _SCREENERS[settings] = screener
    return screener


def warm(settings: ScreenSettings) -> int:
    """Build the screener (load the index) ahead of the first chunk; returns the process id."""
    get_screener(settings)
    return os.getpid()


def screen_chunk(settings: ScreenSettings, items: list[Item]) -> list[Outcome]:
    """Screen every item with a query; a ValidationError makes the row a reject with its message."""
    screener = get_screener(settings)
    out: list[Outcome] = []
    versions_cache: dict[int, Any] = {}
    for item in items:
        if item.query is None:
            out.append(Outcome(item.number, item.row_id, None, item.reason or "rejected"))
            continue
        try:
            result = screener(item.query)
        except ValidationError as exc:
            out.append(Outcome(item.number, item.row_id, None, str(exc)))
            continue
        except Exception as exc:  # noqa: BLE001
            # An engine fault on one row must not lose the other 99,999: the row goes to the
            # reject file, marked as not screened, and the summary counts it.
            log.exception("screening row %s failed", item.number)
            out.append(
                Outcome(item.number, item.row_id, None, f"{ENGINE_ERROR}: {type(exc).__name__}: {exc}")
            )
            continue
        out.append(Outcome(item.number, item.row_id, result_dict(result, versions_cache)))
    return out


def engine_screener(settings: ScreenSettings) -> Screener:
    """The real screening engine over the persisted index of the store's current lists."""
    if settings.home:
        os.environ["EMBARGO_HOME"] = settings.home  # the index folder is found through it
    from embargo import screening
    from embargo.store import Store

    store = Store.open(settings.store_path)
    versions = store.list_versions()
    current = tuple(sorted(v.snapshot_id for v in versions))
    if settings.snapshot_ids and current != tuple(sorted(settings.snapshot_ids)):
        raise EmbargoError(
            "the lists in the store changed while the batch was starting; run it again"
            f" (expected snapshots {list(settings.snapshot_ids)}, found {list(current)})"
        )
    index = screening.load_index(store)
    kwargs: dict[str, Any] = {"limit": settings.limit, "threshold": settings.threshold, "store": store}

    def screen(query: Query) -> Result:
        return screening.screen_query(query, **kwargs)

    # The first screening loads name data lazily (seconds); do it now, not in the first chunk.
    for name in ("Maria Petrova", "Northern Shipping Company LLC"):
        with contextlib.suppress(ValidationError):
            screen(Query(name=name))

    screen.index = index  # type: ignore[attr-defined]  # keeps the loaded index alive with the screener
    return screen
