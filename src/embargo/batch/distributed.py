"""The dask engine: chunks of rows screened on a dask.distributed cluster, results kept in input order.

``--workers N`` starts a LocalCluster of N single-threaded worker processes; ``--scheduler
ADDRESS`` connects to a running cluster. Each worker process loads the persisted index once
(see :mod:`embargo.batch.worker`); the client submits a bounded window of chunks and yields
their outcomes in submission order, so the output is written in input order by one writer.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterable, Iterator
from typing import Any

from embargo.batch.local import in_order
from embargo.batch.worker import ChunkResult, Row, RowPlan, ScreenSettings, screen_chunk, warm
from embargo.errors import EmbargoError

log = logging.getLogger(__name__)

#: dask settings of the LocalCluster that ``--workers N`` starts (see local_cluster_config).
LOCAL_CLUSTER_CONFIG = {
    "distributed.worker.profile.enabled": False,
    "distributed.admin.system-monitor.gil.enabled": False,
}
#: The glibc setting dask puts in the environment of the workers it spawns. It also fixes glibc's
#: mmap threshold at 128 KiB, so every array over that size (the candidate ranking makes several of
#: 270 KB per search) is mapped and unmapped afresh, page faults and all: screening took 2.2 ms of
#: CPU per name with it and 1.2 ms without, in a worker and in a plain process alike.
MALLOC_TRIM_VARIABLE = "MALLOC_TRIM_THRESHOLD_"


def local_cluster_config() -> dict[str, Any]:
    """LOCAL_CLUSTER_CONFIG, and the environment dask gives spawned workers less MALLOC_TRIM_VARIABLE."""
    import dask

    environ = dict(dask.config.get("distributed.nanny.pre-spawn-environ", None) or {})
    environ.pop(MALLOC_TRIM_VARIABLE, None)
    return {**LOCAL_CLUSTER_CONFIG, "distributed.nanny.pre-spawn-environ": environ}


def malloc_trim_setting() -> str | None:
    """This process's MALLOC_TRIM_VARIABLE (run on each worker to warn about it)."""
    return os.environ.get(MALLOC_TRIM_VARIABLE)


class DistributedError(EmbargoError):
    """The dask cluster could not be reached or a worker failed."""


class DaskExecutor:
    """Screens chunks on dask.distributed workers."""

    name = "dask"

    def __init__(
        self,
        *,
        scheduler: str | None = None,
        workers: int | None = None,
        window: int | None = None,
        connect_timeout: float = 30.0,
    ) -> None:
        if workers is not None and workers < 1:
            raise DistributedError("--workers must be at least 1")
        if scheduler is None and not workers:
            raise DistributedError("--engine dask needs --scheduler ADDRESS or --workers N")
        self.connect_timeout = connect_timeout
        self.scheduler = scheduler
        self.requested_workers = workers
        self.window = window
        self.workers = workers or 0
        self._client: Any = None
        self._cluster: Any = None

    def start(self, settings: ScreenSettings) -> None:
        """Connect (or start a LocalCluster) and have every worker load the index once."""
        try:
            from distributed import Client, LocalCluster
        except ImportError as exc:  # pragma: no cover - dask[distributed] is a dependency
            raise DistributedError(f"dask.distributed cannot be imported: {exc}") from exc
        try:
            if self.scheduler:
                self._client = Client(self.scheduler, timeout=f"{self.connect_timeout}s")
                if self.requested_workers:
                    self._client.wait_for_workers(self.requested_workers, timeout=120)
            else:
                import dask

                # The statistical profiler (a stack sample every 10 ms) and the GIL monitor cost
                # the pure-Python engine a noticeable share of its CPU; nobody reads them here.
                with dask.config.set(local_cluster_config()):
                    self._cluster = LocalCluster(
                        n_workers=self.requested_workers,
                        threads_per_worker=1,
                        processes=True,
                        dashboard_address=None,
                        silence_logs=40,
                    )
                self._client = Client(self._cluster)
        except (OSError, TimeoutError) as exc:
            self.close()
            where = self.scheduler or "a local cluster"
            raise DistributedError(f"cannot reach the dask scheduler at {where}: {exc}") from exc
        info = self._client.scheduler_info()
        self.workers = len(info.get("workers", {}))
        if self.workers == 0:
            self.close()
            raise DistributedError(f"the dask scheduler at {self.scheduler} has no workers")
        try:
            self._client.run(warm, settings)
        except EmbargoError:
            self.close()
            raise
        except Exception as exc:
            self.close()
            raise DistributedError(f"a dask worker could not load the index: {exc}") from exc
        trimming = [w for w, value in self._client.run(malloc_trim_setting).items() if value]
        if trimming:
            log.warning(
                "%d of %d dask workers run with %s set (dask's default for the workers it spawns), "
                "which makes screening about twice as slow; start them without it (docs/batch.md)",
                len(trimming),
                self.workers,
                MALLOC_TRIM_VARIABLE,
            )

    def map(
        self, settings: ScreenSettings, plan: RowPlan, chunks: Iterable[list[Row]]
    ) -> Iterator[list[ChunkResult]]:
        """Keep a window of chunks in flight; yield every finished chunk at the head, in input order."""
        if self._client is None:
            raise DistributedError("the dask executor was not started")
        client = self._client
        yield from in_order(
            lambda chunk: client.submit(screen_chunk, settings, plan, chunk, pure=False),
            _result,
            chunks,
            self.window or max(4, 3 * self.workers),
        )

    def close(self) -> None:
        """Disconnect, and stop the LocalCluster if this executor started one."""
        if self._client is not None:
            try:
                self._client.close()
            finally:
                self._client = None
        if self._cluster is not None:
            try:
                self._cluster.close()
            finally:
                self._cluster = None


def _result(future: Any) -> ChunkResult:
    try:
        return future.result()
    except EmbargoError:
        raise
    except Exception as exc:
        raise DistributedError(f"a dask worker failed: {type(exc).__name__}: {exc}") from exc
