"""Screening in processes of its own, so that matching never holds the server's interpreter lock.

Screening is CPU-bound Python with many short numpy and rapidfuzz calls, each of which lets
go of the GIL. In the server's process, every such call hands the lock to the event loop or
to another screening thread and then waits to get it back: two screenings in two threads
cost about 45% more CPU each than one after the other (ad-hoc measurement, docs/api.md),
and the event loop answers late. :class:`ScreeningPool` runs the matching in ``size``
processes started with ``spawn``, each holding its own index (loaded once, at start); the
server's process keeps HTTP, API keys and the audit trail. A request's thread hands its
queries to a free process and waits without holding the lock.

A screening process that dies (killed, out of memory) breaks the pool: the screenings it held
fail with :class:`~embargo.errors.EngineUnavailable` (the API answers 503) and a new pool is
started for the next ones. A screening process whose server died (SIGKILL gives a server no
time to stop its children) exits on its own within a second (:func:`_exit_with_parent`).
"""

from __future__ import annotations

import gc
import logging
import multiprocessing
import os
import threading
import time
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

from embargo.errors import EngineUnavailable
from embargo.model import Query, Result
from embargo.store import Store

log = logging.getLogger("embargo.api")

#: Screening processes ``embargo serve`` starts unless told (fewer on a machine with fewer CPUs).
DEFAULT_PROCESSES = 2

#: Seconds between a screening process's checks that its server is still alive.
PARENT_CHECK_S = 0.5

#: The store a screening process screens against, and its first warm-up result (set by its initializer).
_worker_store: Store | None = None
_warm_up_results: list[Result] = []


def default_size() -> int:
    """Screening processes for ``embargo serve`` by default: two, or one on a machine of one CPU.

    Each process holds the index and the transliteration dictionaries (about 0.7 GB resident
    for OFAC SDN + UN + CSL + DPL, see docs/api.md), so more are started only when asked for
    (``--screen-processes``).
    """
    return max(1, min(DEFAULT_PROCESSES, os.cpu_count() or 1))


class ScreeningPool:
    """``size`` screening processes over the store file at ``store_path`` (see the module docstring)."""

    def __init__(self, store_path: Path, size: int) -> None:
        if size < 1:
            raise ValueError("a screening pool needs one process at least")
        self.store_path = Path(store_path)
        self.size = size
        self._lock = threading.Lock()
        self._executor: ProcessPoolExecutor | None = None

    def start(self) -> list[Result]:
        """Start the processes and wait until each has loaded the index and screened its warm-up names.

        Returns one warm-up result (none for a store without lists), for the server to warm what
        it does with results.
        """
        executor = self._current()
        # A process takes tasks once its initializer is done; the first ones ready would take them
        # all, so ask again until every process has answered one.
        ready: dict[int, list[Result]] = {}
        while len(ready) < self.size:
            ready.update(executor.map(_ready, range(self.size)))
        return next(iter(ready.values()))

    def screen(self, queries: list[Query], *, limit: int, threshold: float | None) -> list[Result]:
        """Screen the queries in the processes, in query order (blocks the calling thread, not the GIL).

        A batch is cut into one run of queries per process. Raises the screening's own errors
        (ValidationError for an invalid query), and EngineUnavailable when a process died on them.
        """
        executor = self._current()
        run = -(-len(queries) // self.size) or 1
        try:
            futures = [
                executor.submit(_screen, queries[start : start + run], limit, threshold)
                for start in range(0, len(queries), run)
            ]
            return [result for future in futures for result in future.result()]
        except BrokenProcessPool:
            self._replace(executor)
            raise EngineUnavailable(
                "a screening process stopped before answering; the query was not screened (retry)"
            ) from None

    def close(self) -> None:
        """Stop the processes (queued screenings are dropped; running ones finish first)."""
        with self._lock:
            executor, self._executor = self._executor, None
        if executor is not None:
            executor.shutdown(wait=True, cancel_futures=True)

    def _current(self) -> ProcessPoolExecutor:
        with self._lock:
            if self._executor is None:
                self._executor = ProcessPoolExecutor(
                    max_workers=self.size,
                    mp_context=multiprocessing.get_context("spawn"),
                    initializer=_init_worker,
                    initargs=(str(self.store_path), os.getpid()),
                )
            return self._executor

    def _replace(self, broken: ProcessPoolExecutor) -> None:
        """Drop a broken pool (once, whichever request finds it broken first) and start a new one."""
        with self._lock:
            if self._executor is not broken:
                return
            self._executor = None
        log.warning("a screening process stopped; starting new ones")
        broken.shutdown(wait=False, cancel_futures=True)
        # Warm the new processes now rather than in the next requests' time.
        threading.Thread(target=self._restart, name="embargo-pool-restart", daemon=True).start()

    def _restart(self) -> None:
        try:
            self.start()
        except Exception:  # noqa: BLE001 - the next request finds the pool broken again and says so
            log.exception("could not restart the screening processes")


def freeze_long_lived() -> None:
    """Keep the loaded index out of Python's full garbage collections (a server's or a screening process's).

    The index is a few hundred thousand objects that live as long as the process; a full
    collection walks all of them (about 0.3 s on a small machine), stalling every request in
    flight. Frozen objects are still freed by reference counting, so an index replaced after a
    list update is not leaked as long as it holds no reference cycles (today's has none:
    dropping it frees every object of it).
    """
    gc.collect()
    gc.freeze()


def _init_worker(store_path: str, parent_pid: int) -> None:
    """In a new screening process: watch the server, open the store, load the index and warm up."""
    global _worker_store, _warm_up_results
    watch = threading.Thread(target=_exit_with_parent, args=(parent_pid,), name="embargo-watch", daemon=True)
    watch.start()
    from embargo.screening import warm_up

    _worker_store = Store.open(store_path)
    if _worker_store.current_snapshots():
        _warm_up_results = warm_up(_worker_store)[:1]
    freeze_long_lived()


def _exit_with_parent(parent_pid: int) -> None:
    """Exit when the server process is gone: a killed server cannot stop its screening processes."""
    while True:
        time.sleep(PARENT_CHECK_S)
        if os.getppid() != parent_pid:
            os._exit(0)


def _ready(_: int) -> tuple[int, list[Result]]:
    """This process's id and warm-up result, once its initializer is done (see ScreeningPool.start)."""
    time.sleep(0.1)  # let the other processes take the other tasks of the round
    return os.getpid(), _warm_up_results


def _screen(queries: list[Query], limit: int, threshold: float | None) -> list[Result]:
    from embargo.screening import screen_query

    return [screen_query(q, limit=limit, threshold=threshold, store=_worker_store) for q in queries]
