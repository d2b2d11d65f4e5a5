"""The local engine: chunks screened in this process, or in a pool of worker processes on this machine.

``--engine local --workers N`` (default: every core this process may use) starts N worker
processes; each loads the persisted index once and screens whole chunks. The client process
keeps reading the input, writing the output and the audit trail, so the output is in input
order and written by one process, exactly as with one worker.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any

from embargo.batch.worker import ChunkResult, Row, RowPlan, ScreenSettings, screen_chunk, warm
from embargo.errors import EmbargoError

#: Longest wait for the workers to load the index (a large index on a slow disk).
START_TIMEOUT = 900.0


class WorkerError(EmbargoError):
    """A local worker process failed or died."""


def default_workers() -> int:
    """The number of cores this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):  # not Linux
        return max(1, os.cpu_count() or 1)


class LocalExecutor:
    """Screens every chunk in the calling process (one core)."""

    name = "local"
    workers = 1

    def start(self, settings: ScreenSettings) -> None:
        """Load the index before the first chunk, so the progress rate is not skewed by it."""
        warm(settings)

    def map(
        self, settings: ScreenSettings, plan: RowPlan, chunks: Iterable[list[Row]]
    ) -> Iterator[list[ChunkResult]]:
        """Screen chunks in order, yielding each chunk as soon as it is done."""
        for chunk in chunks:
            yield [screen_chunk(settings, plan, chunk)]

    def close(self) -> None:
        """Nothing to release."""


# --- worker process side ---------------------------------------------------------------------

_BARRIER: Any = None


def _exit_with_parent() -> None:
    parent = multiprocessing.parent_process()
    if parent is None:
        return
    from multiprocessing.connection import wait

    def watch() -> None:
        wait([parent.sentinel])
        os._exit(1)  # the client died (killed, crashed): stop, do not finish a chunk no one reads

    threading.Thread(target=watch, name="embargo-parent-watch", daemon=True).start()


def _init_worker(barrier: Any) -> None:
    global _BARRIER
    _BARRIER = barrier
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the client's to handle
    _exit_with_parent()


def _warm_all(settings: ScreenSettings) -> int:
    """Load the index, then wait until every worker has: one task per worker, none takes two."""
    try:
        pid = warm(settings)
    except BaseException:
        _BARRIER.abort()
        raise
    _BARRIER.wait(START_TIMEOUT)
    return pid


# --- client side -----------------------------------------------------------------------------


class PoolExecutor:
    """Screens chunks in a pool of local worker processes, yielding them in input order."""

    name = "local"

    def __init__(self, workers: int | None = None, *, window: int | None = None) -> None:
        if workers is not None and workers < 1:
            raise WorkerError("--workers must be at least 1")
        self.workers = workers or default_workers()
        self.window = window
        self._pool: ProcessPoolExecutor | None = None

    def start(self, settings: ScreenSettings) -> None:
        """Start the workers and have each load the index (all in parallel) before the first chunk."""
        _ensure_index(settings)
        context = multiprocessing.get_context("spawn")  # no inherited locks, threads or connections
        barrier = context.Barrier(self.workers)
        self._pool = ProcessPoolExecutor(
            self.workers, mp_context=context, initializer=_init_worker, initargs=(barrier,)
        )
        futures = [self._pool.submit(_warm_all, settings) for _ in range(self.workers)]
        errors = []
        for future in futures:
            try:
                future.result()
            except threading.BrokenBarrierError:
                continue  # another worker failed; its error is the one to report
            except Exception as exc:  # noqa: BLE001 - reported below, whatever it is
                errors.append(exc)
        if errors or any(f.exception() for f in futures):
            self.close()
            exc = errors[0] if errors else futures[0].exception()
            if isinstance(exc, EmbargoError):
                raise exc
            raise WorkerError(f"a worker process could not load the index: {type(exc).__name__}: {exc}")

    def map(
        self, settings: ScreenSettings, plan: RowPlan, chunks: Iterable[list[Row]]
    ) -> Iterator[list[ChunkResult]]:
        """Keep a window of chunks in flight; yield every finished chunk at the head, in input order."""
        if self._pool is None:
            raise WorkerError("the worker pool was not started")
        pool = self._pool
        try:
            yield from in_order(
                lambda chunk: pool.submit(screen_chunk, settings, plan, chunk),
                Future.result,
                chunks,
                self.window or 2 * self.workers,
            )
        except BrokenProcessPool as exc:
            raise WorkerError(
                f"a worker process died ({exc}); the rows written so far are kept;"
                " run the same command again to resume"
            ) from exc

    def close(self) -> None:
        """Stop the workers at once (a chunk in progress is dropped: it was not written)."""
        pool, self._pool = self._pool, None
        if pool is None:
            return
        processes = list((getattr(pool, "_processes", None) or {}).values())
        pool.shutdown(wait=False, cancel_futures=True)
        for process in processes:
            if process.is_alive():
                process.terminate()
        for process in processes:
            process.join(10)


def in_order(
    submit: Callable[[list[Row]], Any],
    result: Callable[[Any], ChunkResult],
    chunks: Iterable[list[Row]],
    window: int,
) -> Iterator[list[ChunkResult]]:
    """Keep ``window`` chunks in flight; yield every finished chunk at the head, in input order.

    ``submit`` starts a chunk and returns its future, ``result`` waits for one. Futures not
    collected when the caller stops are cancelled.
    """
    pending: deque[Any] = deque()
    chunk_iter = iter(chunks)
    try:
        while True:
            while len(pending) < window and (chunk := next(chunk_iter, None)) is not None:
                pending.append(submit(chunk))
            if not pending:
                return
            group = [result(pending.popleft())]
            while pending and pending[0].done():
                group.append(result(pending.popleft()))
            yield group
    finally:
        for future in pending:
            future.cancel()


def _ensure_index(settings: ScreenSettings) -> None:
    """Build and persist the engine's index here if it is not on disk, so workers load, not build, it."""
    if settings.factory != ScreenSettings.__dataclass_fields__["factory"].default:
        return
    if settings.home:
        os.environ["EMBARGO_HOME"] = settings.home
    from embargo import screening
    from embargo.store import Store

    try:
        from embargo.match.persist import index_path
    except ImportError:  # the engine keeps its index elsewhere: let the workers load it
        return
    store = Store.open(settings.store_path)
    if index_path(store, list(settings.snapshot_ids)).exists():
        return
    screening.load_index(store)
    screening.reset_index()


def make_executor(workers: int | None) -> LocalExecutor | PoolExecutor:
    """The local engine for ``--workers`` (None: every core); one worker screens in this process."""
    count = default_workers() if workers is None else workers
    if count < 1:
        raise WorkerError("--workers must be at least 1")
    return LocalExecutor() if count == 1 else PoolExecutor(count)
