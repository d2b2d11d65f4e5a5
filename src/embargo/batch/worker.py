"""Screening one chunk of rows: the work unit that every executor runs (in process, in a local
process pool, on dask workers).

The worker does all per-row work that does not touch the output files: it maps each row to a
query, screens each distinct query once and renders the output rows, so the client process only
appends text, records the audit trail and moves the checkpoint.

A process builds its screener once (the persisted index is loaded on first use and kept in a
module-level cache keyed by the settings), so a worker loads the index once however many chunks
it screens. Results are kept per process in a bounded cache keyed by the query (name, schema,
birth date, country, identifiers; limit and threshold are part of the settings): a row that
repeats a query of its chunk, or of a recent chunk screened by the same process, reuses the
result instead of screening it again. The engine is deterministic for a given index, so the
output is the same as screening every row.
"""

from __future__ import annotations

import importlib
import logging
import os
import threading
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from embargo.batch.mapping import ColumnMapping, RowRejected, row_id, row_to_query
from embargo.batch.records import result_dict
from embargo.batch.render import Rendered, Renderer, renderer
from embargo.errors import EmbargoError, ValidationError
from embargo.model import Query, Result

log = logging.getLogger(__name__)

#: Start of the reject reason of a row the engine failed on (not a problem of the row's data).
ENGINE_ERROR = "not screened: engine error"

#: Distinct queries whose results a process keeps for rows that repeat them.
RESULT_CACHE_SIZE = 20_000

Screener = Callable[[Query], Result]
ScreenerFactory = Callable[["ScreenSettings"], Screener]

#: One input row as the client sends it: number, values (None if unreadable), parse error.
Row = tuple[int, dict[str, Any] | None, str | None]


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


@dataclass(frozen=True)
class RowPlan:
    """How a run turns input rows into queries and output rows (the same for every chunk)."""

    mapping: ColumnMapping
    default_schema: str | None
    output_format: str


@dataclass(slots=True)
class ChunkResult:
    """A screened chunk: its output rendered for the writer, its rejects and its audit data.

    ``audit`` holds one ``Result.to_dict()`` per output row, in output order, with the row's
    ``batch_row`` (id and number) added; rows that reused a result share its data.
    """

    last: int
    output: Rendered
    rejects: list[tuple[str, int, str]]
    audit: list[dict[str, Any]]
    rows: int
    matched: int
    #: Queries screened by the engine (the other rows with a query reused a result).
    screened: int
    #: Rows that repeated a query and reused its result (output rows or engine-refused rows).
    reused: int
    engine_errors: int


@dataclass(slots=True)
class _Screened:
    data: dict[str, Any]
    piece: Any
    matched: bool


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


class _ResultCache:
    """Screened queries of one process (per settings and output format), oldest dropped first."""

    def __init__(self, fmt: str, size: int) -> None:
        self.renderer: Renderer = renderer(fmt)
        self.size = size
        self.entries: OrderedDict[tuple[Any, ...], _Screened | str] = OrderedDict()
        self.versions: dict[int, Any] = {}
        self.lock = threading.Lock()

    def put(self, key: tuple[Any, ...], value: _Screened | str) -> None:
        if self.size <= 0:
            return
        with self.lock:
            if len(self.entries) >= self.size:
                self.entries.popitem(last=False)
            self.entries[key] = value


_CACHES: dict[tuple[ScreenSettings, str], _ResultCache] = {}


def _cache(settings: ScreenSettings, fmt: str) -> _ResultCache:
    cache = _CACHES.get((settings, fmt))
    if cache is None:
        with _LOCK:
            cache = _CACHES.setdefault((settings, fmt), _ResultCache(fmt, RESULT_CACHE_SIZE))
    return cache


def clear_caches() -> None:
    """Forget this process's screened results (tests; a long-lived process after a code change)."""
    with _LOCK:
        _CACHES.clear()


def _query_key(query: Query) -> tuple[Any, ...]:
    return (query.name, query.schema, query.birth_date, query.country, tuple(query.identifiers))


def screen_chunk(settings: ScreenSettings, plan: RowPlan, rows: list[Row]) -> ChunkResult:
    """Map, screen and render a chunk of rows; a row that cannot be screened becomes a reject.

    A ValidationError of the engine makes the row a reject with its message; any other engine
    exception makes it a reject marked :data:`ENGINE_ERROR` (the other rows go on).
    """
    screener = get_screener(settings)
    cache = _cache(settings, plan.output_format)
    entries = cache.entries
    mapping, default_schema = plan.mapping, plan.default_schema
    out: list[tuple[str, int, Any]] = []
    audit: list[dict[str, Any]] = []
    rejects: list[tuple[str, int, str]] = []
    matched = screened = reused = faults = 0
    for number, values, error in rows:
        if values is None:
            rejects.append((str(number), number, error or "unreadable row"))
            continue
        rid = row_id(values, mapping, number)
        try:
            query = row_to_query(values, mapping, default_schema=default_schema)
        except RowRejected as exc:
            rejects.append((rid, number, exc.reason))
            continue
        key = _query_key(query)
        hit = entries.get(key)
        if hit is None:
            try:
                result = screener(query)
            except ValidationError as exc:
                hit = str(exc)
            except Exception as exc:  # noqa: BLE001
                # An engine fault on one row must not lose the other 99,999: the row goes to the
                # reject file, marked as not screened, and the summary counts it. Not cached.
                log.exception("screening row %s failed", number)
                rejects.append((rid, number, f"{ENGINE_ERROR}: {type(exc).__name__}: {exc}"))
                faults += 1
                continue
            else:
                data = result_dict(result, cache.versions)
                hit = _Screened(data, cache.renderer.piece(data), bool(data["matches"]))
            screened += 1
            cache.put(key, hit)
        else:
            reused += 1
        if type(hit) is str:
            rejects.append((rid, number, hit))
            continue
        out.append((rid, number, hit.piece))
        audit.append({**hit.data, "batch_row": {"id": rid, "row": number}})
        matched += hit.matched
    return ChunkResult(
        last=rows[-1][0] if rows else 0,
        output=cache.renderer.render(out),
        rejects=rejects,
        audit=audit,
        rows=len(rows),
        matched=matched,
        screened=screened,
        reused=reused,
        engine_errors=faults,
    )


class _PinnedStore:
    """The store with its current snapshots read once.

    The engine asks the store for its current snapshot ids on every screening (to pick the
    index); a batch screens against the versions it started with (the checkpoint records them),
    also when lists are loaded while it runs, and the answer is read once instead of once per row.
    """

    def __init__(self, store: Any, snapshots: list[Any]) -> None:
        self._store = store
        self._snapshots = snapshots
        self._ids = [s.id for s in snapshots]

    def current_snapshots(self) -> list[Any]:
        """The snapshots current when the batch started."""
        return list(self._snapshots)

    def current_snapshot_ids(self) -> list[int]:
        """The ids of :meth:`current_snapshots`."""
        return list(self._ids)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._store, name)


def engine_screener(settings: ScreenSettings) -> Screener:
    """The real screening engine over the persisted index of the store's current lists."""
    if settings.home:
        os.environ["EMBARGO_HOME"] = settings.home  # the index folder is found through it
    from embargo import screening
    from embargo.store import Store

    store = Store.open(settings.store_path)
    snapshots = store.current_snapshots()
    current = tuple(sorted(s.id for s in snapshots))
    if settings.snapshot_ids and current != tuple(sorted(settings.snapshot_ids)):
        raise EmbargoError(
            "the lists in the store changed while the batch was starting; run it again"
            f" (expected snapshots {list(settings.snapshot_ids)}, found {list(current)})"
        )
    pinned = _PinnedStore(store, snapshots)
    index = screening.load_index(pinned)
    kwargs: dict[str, Any] = {"limit": settings.limit, "threshold": settings.threshold, "store": pinned}

    def screen(query: Query) -> Result:
        return screening.screen_query(query, **kwargs)

    # The first screening loads name data lazily (seconds), the first name in Chinese characters
    # the Chinese dictionaries (about 1.3 s); do both now, not in the first chunk.
    screening.warm_up(pinned, screening.COMMON_WARM_UP_NAMES)

    screen.index = index  # type: ignore[attr-defined]  # keeps the loaded index alive with the screener
    return screen
