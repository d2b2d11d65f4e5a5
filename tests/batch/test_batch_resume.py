"""Resumption: an interrupted run continues without screening a row twice or losing one."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

from embargo.batch import BatchOptions, run_batch
from embargo.batch.checkpoint import CheckpointError, checkpoint_path
from embargo.batch.io import BatchOutputError, read_output
from embargo.store.audit import iter_records

from .helpers import fake_factory, load_test_store, sample_rows, write_csv

REPO = Path(__file__).resolve().parents[2]


class Interrupt(Exception):
    pass


@pytest.fixture
def store():  # noqa: ANN201
    return load_test_store()


def _rows_with_rejects(n: int) -> list[dict]:
    rows = sample_rows(n)
    for i in range(0, n, 13):
        rows[i]["full_name"] = ""  # a reject now and then
    return rows


def _check_exactly_once(out: Path, rejects: Path, n: int) -> None:
    import csv

    seen = Counter(r["row"] for r in read_output(out))
    if rejects.exists():
        with rejects.open(encoding="utf-8", newline="") as handle:
            seen.update(int(r["row"]) for r in csv.DictReader(handle))
    assert sorted(seen) == list(range(1, n + 1))
    assert set(seen.values()) == {1}


@pytest.mark.parametrize("out_ext", ["csv", "jsonl", "parquet"])
@pytest.mark.parametrize("event", ["written", "audited", "checkpoint"])
def test_interrupted_run_resumes_exactly_once(store, tmp_path: Path, out_ext: str, event: str) -> None:
    _interrupt_and_resume(store, tmp_path, out_ext, event, first_stop=45)


@pytest.mark.parametrize("event", ["written", "audited"])
def test_interrupted_first_chunk_resumes_exactly_once(store, tmp_path: Path, event: str) -> None:
    _interrupt_and_resume(store, tmp_path, "jsonl", event, first_stop=1)


def _interrupt_and_resume(store, tmp_path: Path, out_ext: str, event: str, first_stop: int) -> None:  # noqa: ANN001
    n = 100
    src = write_csv(tmp_path / "in.csv", _rows_with_rejects(n))
    out = tmp_path / f"out.{out_ext}"
    options = BatchOptions(input=src, output=out, mapping=["name=full_name", "id=client_id"], chunk_size=15)

    def hook(name: str, rows_done: int) -> None:
        if name == event and rows_done >= first_stop:
            raise Interrupt

    with pytest.raises(Interrupt):
        run_batch(options, store=store, factory=fake_factory, hook=hook)
    state = json.loads(checkpoint_path(out).read_text())
    expected = {45: (45 if event == "checkpoint" else 30), 1: 0}[first_stop]
    assert state["rows_done"] == expected
    summary = run_batch(options, store=store, factory=fake_factory)
    assert summary.resumed_from == state["rows_done"]
    assert summary.total_rows == n
    _check_exactly_once(out, tmp_path / f"out.{out_ext}.rejects.csv", n)
    # every screened row is audited exactly once, in input order, across the interruption
    records = list(iter_records(store, channel="batch"))
    assert [r.query_name for r in records] == [r["name"] for r in read_output(out)]
    assert {r.request_id for r in records} == {state["run_id"]}
    full = tmp_path / f"full.{out_ext}"
    run_batch(
        BatchOptions(input=src, output=full, mapping=options.mapping), store=store, factory=fake_factory
    )
    assert read_output(out) == read_output(full)
    assert not checkpoint_path(out).exists()


def test_resume_refuses_other_input_or_options(store, tmp_path: Path) -> None:
    src = write_csv(tmp_path / "in.csv", sample_rows(40))
    out = tmp_path / "out.csv"
    options = BatchOptions(input=src, output=out, mapping=["name=full_name"], chunk_size=10)

    def hook(name: str, rows_done: int) -> None:
        if rows_done >= 20:
            raise Interrupt

    with pytest.raises(Interrupt):
        run_batch(options, store=store, factory=fake_factory, hook=hook)
    changed = BatchOptions(input=src, output=out, mapping=["name=full_name"], chunk_size=10, threshold=0.5)
    with pytest.raises(CheckpointError, match="options differ.*threshold.*--restart"):
        run_batch(changed, store=store, factory=fake_factory)
    write_csv(src, sample_rows(41))
    with pytest.raises(CheckpointError, match="input file differs"):
        run_batch(options, store=store, factory=fake_factory)
    options.restart = True
    summary = run_batch(options, store=store, factory=fake_factory)
    assert summary.resumed_from == 0 and len(read_output(out)) == 41
    options.restart = False
    with pytest.raises(BatchOutputError, match="already exists.*--restart"):
        run_batch(options, store=store, factory=fake_factory)


def test_damaged_checkpoint_is_a_clear_error(store, tmp_path: Path) -> None:
    src = write_csv(tmp_path / "in.csv", sample_rows(5))
    out = tmp_path / "out.csv"
    checkpoint_path(out).write_text("{not json")
    with pytest.raises(CheckpointError, match="damaged checkpoint"):
        run_batch(
            BatchOptions(input=src, output=out, mapping=["name=full_name"]), store=store, factory=fake_factory
        )


def test_truncated_output_is_detected(store, tmp_path: Path) -> None:
    src = write_csv(tmp_path / "in.csv", sample_rows(40))
    out = tmp_path / "out.jsonl"
    options = BatchOptions(input=src, output=out, mapping=["name=full_name"], chunk_size=10)

    def hook(name: str, rows_done: int) -> None:
        if rows_done >= 20:
            raise Interrupt

    with pytest.raises(Interrupt):
        run_batch(options, store=store, factory=fake_factory, hook=hook)
    out.write_text("")
    with pytest.raises(BatchOutputError, match="shorter than the checkpoint"):
        run_batch(options, store=store, factory=fake_factory)


_KILL_SCRIPT = """
import sys
from pathlib import Path
sys.path.insert(0, {tests!r})
from batch.helpers import slow_factory
from embargo.batch import BatchOptions, run_batch
from embargo.store import Store
opts = BatchOptions(input=Path({src!r}), output=Path({out!r}), mapping=["name=full_name", "id=client_id"],
                    chunk_size=50)
run_batch(opts, store=Store.open(), factory=slow_factory)
"""


@pytest.mark.parametrize("out_ext", ["csv", "parquet"])
def test_sigkilled_run_resumes_exactly_once(store, tmp_path: Path, out_ext: str) -> None:
    n = 3000
    src = write_csv(tmp_path / "in.csv", _rows_with_rejects(n))
    out = tmp_path / f"out.{out_ext}"
    script = _KILL_SCRIPT.format(tests=str(REPO / "tests"), src=str(src), out=str(out))
    proc = subprocess.Popen([sys.executable, "-c", script], env=os.environ.copy())
    ck = checkpoint_path(out)
    deadline = time.monotonic() + 60
    try:
        while time.monotonic() < deadline and proc.poll() is None:
            if ck.exists():
                try:
                    if json.loads(ck.read_text())["rows_done"] >= 300:
                        break
                except (ValueError, OSError):
                    pass
            time.sleep(0.02)
        assert proc.poll() is None, "the run ended before it could be killed"
        proc.send_signal(signal.SIGKILL)
    finally:
        proc.wait(timeout=30)
    done = json.loads(ck.read_text())["rows_done"]
    assert 300 <= done < n
    options = BatchOptions(input=src, output=out, mapping=["name=full_name", "id=client_id"], chunk_size=50)
    summary = run_batch(options, store=store, factory=fake_factory)
    assert summary.resumed_from == done
    _check_exactly_once(out, tmp_path / f"out.{out_ext}.rejects.csv", n)
