"""The dask engine: a real LocalCluster of two worker processes gives the local engine's output."""

from __future__ import annotations

from pathlib import Path

import pytest

from embargo.batch import BatchOptions, run_batch
from embargo.batch.distributed import (
    MALLOC_TRIM_VARIABLE,
    DaskExecutor,
    DistributedError,
    malloc_trim_setting,
)
from embargo.batch.io import read_output
from embargo.batch.worker import ScreenSettings

from .helpers import fake_factory, load_test_store, sample_rows, write_csv


def test_dask_two_workers_equal_local_with_stand_in(tmp_path: Path) -> None:
    store = load_test_store()
    src = write_csv(tmp_path / "in.csv", sample_rows(300))
    mapping = ["name=full_name", "id=client_id"]
    local = tmp_path / "local.jsonl"
    run_batch(
        BatchOptions(input=src, output=local, mapping=mapping, chunk_size=25),
        store=store,
        factory=fake_factory,
    )
    dist = tmp_path / "dask.jsonl"
    summary = run_batch(
        BatchOptions(input=src, output=dist, mapping=mapping, chunk_size=25),
        store=store,
        factory=fake_factory,
        executor=DaskExecutor(workers=2),
    )
    assert summary.engine == "dask" and summary.workers == 2
    assert read_output(dist) == read_output(local)


def test_dask_needs_a_cluster_option() -> None:
    with pytest.raises(DistributedError, match="--scheduler"):
        DaskExecutor()
    with pytest.raises(DistributedError, match="at least 1"):
        DaskExecutor(workers=0)


def test_unreachable_scheduler_is_a_clear_error(tmp_path: Path) -> None:
    store = load_test_store()
    src = write_csv(tmp_path / "in.csv", sample_rows(3))
    out = tmp_path / "out.csv"
    executor = DaskExecutor(scheduler="tcp://127.0.0.1:9", connect_timeout=2)
    with pytest.raises(DistributedError, match="cannot reach the dask scheduler at tcp://127.0.0.1:9"):
        run_batch(
            BatchOptions(input=src, output=out, mapping=["name=full_name"]),
            store=store,
            factory=fake_factory,
            executor=executor,
        )
    assert not out.exists() and not (tmp_path / "out.csv.checkpoint").exists()


def _settings(store) -> ScreenSettings:  # noqa: ANN001 - a Store
    return ScreenSettings(str(store.path), None, 10, None, (), factory=fake_factory)


def test_local_cluster_workers_run_without_malloc_trim_threshold() -> None:
    """dask's default MALLOC_TRIM_THRESHOLD_ makes every large array a fresh mapping: about 2x the CPU."""
    executor = DaskExecutor(workers=1)
    executor.start(_settings(load_test_store()))
    try:
        assert set(executor._client.run(malloc_trim_setting).values()) == {None}
    finally:
        executor.close()


def test_workers_with_malloc_trim_threshold_get_a_warning(caplog: pytest.LogCaptureFixture) -> None:
    """A cluster started elsewhere, with dask's defaults: the run goes on, with a warning."""
    from distributed import LocalCluster

    with LocalCluster(
        n_workers=1, threads_per_worker=1, processes=True, dashboard_address=None, silence_logs=40
    ) as cluster:
        executor = DaskExecutor(scheduler=cluster.scheduler_address)
        executor.start(_settings(load_test_store()))
        try:
            assert set(executor._client.run(malloc_trim_setting).values()) != {None}
        finally:
            executor.close()
    assert MALLOC_TRIM_VARIABLE in caplog.text and "twice as slow" in caplog.text
