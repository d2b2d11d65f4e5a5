"""Batch screening with the real engine over a store loaded from the real UN list."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from embargo.batch import BatchOptions, run_batch
from embargo.batch.distributed import DaskExecutor
from embargo.batch.io import read_output

from .helpers import write_csv

pytest.importorskip("embargo.screening")


@pytest.fixture
def un_store(lists_dir: Path):  # noqa: ANN201
    from embargo.sources import read_list
    from embargo.store import Store

    store = Store.open()
    store.load(read_list(lists_dir / "un" / "consolidated.xml"), origin="tests")
    return store


def _rows(store, n_listed: int, n_other: int) -> tuple[list[dict], dict[str, str]]:  # noqa: ANN001
    """Listed captions (taken from the store, not written here) mixed with unlisted names."""
    listed = {}
    for entity in store.iter_entities():
        if len(listed) >= n_listed:
            break
        if entity.schema == "Person" and len(entity.caption) > 8:
            listed[entity.caption] = entity.entity_id
    rows = [{"ref": f"L{i}", "name": name, "type": "Person"} for i, name in enumerate(listed)]
    others = ["Marta Kowalczyk-Breuer", "Hendrik van der Berg", "Sunita Raghavan", "Oluwaseun Adebayo"]
    rows += [{"ref": f"O{i}", "name": f"{others[i % 4]} {i}", "type": ""} for i in range(n_other)]
    return rows, listed


def test_a_batch_screens_against_the_lists_it_started_with(un_store, lists_dir: Path) -> None:
    """Lists loaded while a batch runs are not used by it: its rows name the versions it started with."""
    from embargo.batch.worker import ScreenSettings, engine_screener
    from embargo.model import Query
    from embargo.sources import read_list

    started = un_store.list_versions()
    settings = ScreenSettings(
        store_path=str(un_store.path),
        home=os.environ["EMBARGO_HOME"],
        limit=3,
        threshold=None,
        snapshot_ids=tuple(s.id for s in un_store.current_snapshots()),
    )
    screen = engine_screener(settings)
    un_store.load(read_list(lists_dir / "bis-dpl" / "dpl.txt"), origin="tests")
    assert len(un_store.list_versions()) == len(started) + 1
    result = screen(Query(name="Hendrik van der Berg"))
    assert [v.source for v in result.list_versions] == [v.source for v in started]


def test_cli_end_to_end_with_audit(un_store, tmp_path: Path) -> None:
    rows, listed = _rows(un_store, 5, 20)
    src = write_csv(tmp_path / "in.csv", rows)
    out = tmp_path / "out.jsonl"
    env = {**os.environ, "COLUMNS": "200"}
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "embargo",
            "screen-file",
            str(src),
            "-o",
            str(out),
            "--map",
            "id=ref",
            "--quiet",
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr
    assert "25 rows" in proc.stdout and "names/s" in proc.stdout
    records = read_output(out)
    assert [r["id"] for r in records] == [r["ref"] for r in rows]
    by_name = {r["name"]: r for r in records}
    for name, entity_id in listed.items():
        record = by_name[name]
        assert record["status"] == "match", name
        top = record["matches"][0]
        assert top["entity_id"] == entity_id and top["source"] and top["source_id"]
        assert top["explanation"]
    assert {v["source"] for v in records[0]["list_versions"]} == {v.source for v in un_store.list_versions()}

    from embargo.store.audit import iter_records

    audited = list(iter_records(un_store, channel="batch"))
    assert [a.query_name for a in audited] == [r["name"] for r in records]

    # running again without --restart refuses to overwrite
    again = subprocess.run(
        [sys.executable, "-m", "embargo", "screen-file", str(src), "-o", str(out), "--quiet"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert again.returncode == 1 and "already exists" in again.stderr and "Traceback" not in again.stderr


def test_cli_errors_are_one_line(un_store, tmp_path: Path) -> None:
    src = write_csv(tmp_path / "in.csv", [{"company": "x"}])
    for args, message in (
        ([str(tmp_path / "missing.csv")], "no such file"),
        ([str(src)], "no name column"),
        ([str(src), "--map", "name=company", "--engine", "spark"], "unknown engine"),
        ([str(src), "--map", "name=company", "--scheduler", "tcp://127.0.0.1:9"], "needs --engine dask"),
        ([str(src), "--map", "name=company", "--workers", "0"], "at least 1"),
    ):
        proc = subprocess.run(
            [sys.executable, "-m", "embargo", "screen-file", *args, "-o", str(tmp_path / "o.csv"), "--quiet"],
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert proc.returncode == 1, (args, proc.stderr)
        assert message in proc.stderr and "Traceback" not in proc.stderr


def test_dask_two_workers_equal_local_row_for_row(un_store, tmp_path: Path) -> None:
    rows, _ = _rows(un_store, 40, 260)
    src = write_csv(tmp_path / "in.csv", rows)
    local = tmp_path / "local.jsonl"
    run_batch(BatchOptions(input=src, output=local, mapping=["id=ref"], chunk_size=50), store=un_store)
    dist = tmp_path / "dask.jsonl"
    summary = run_batch(
        BatchOptions(input=src, output=dist, mapping=["id=ref"], chunk_size=50),
        store=un_store,
        executor=DaskExecutor(workers=2),
    )
    assert summary.workers == 2
    local_rows, dask_rows = read_output(local), read_output(dist)
    assert len(local_rows) == 300
    assert sum(r["status"] == "match" for r in local_rows) >= 40
    assert json.dumps(dask_rows, sort_keys=True) == json.dumps(local_rows, sort_keys=True)
