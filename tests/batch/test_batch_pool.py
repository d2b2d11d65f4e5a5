"""Throughput machinery: repeated queries screened once, the local process pool, group commits.

Every test compares against the plain path (every row screened, in this process) row for row.
"""

from __future__ import annotations

import csv
import io
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from embargo.batch import BatchOptions, run_batch, worker
from embargo.batch.checkpoint import checkpoint_path
from embargo.batch.io import read_output
from embargo.batch.local import LocalExecutor, PoolExecutor, WorkerError, make_executor
from embargo.batch.records import result_dict
from embargo.batch.render import renderer
from embargo.batch.runner import chunk_size_for
from embargo.model import Query
from embargo.store.audit import iter_records

from . import helpers
from .helpers import LISTED, fake_factory, load_test_store, sample_rows, write_csv

REPO = Path(__file__).resolve().parents[2]
MAPPING = ["name=full_name", "id=client_id", "dob=date_of_birth"]


@pytest.fixture
def store():  # noqa: ANN201
    worker.clear_caches()
    yield load_test_store()
    worker.clear_caches()


def _book(n: int) -> list[dict]:
    """A customer book: a few names repeated under different ids, some rows rejected."""
    names = [LISTED[0][2], "Client Alpha Example", LISTED[1][2], "Client Beta Example", "x" * 301]
    rows = []
    for i in range(1, n + 1):
        rows.append(
            {
                "client_id": f"C{i:05d}",
                "full_name": "" if i % 17 == 0 else names[i % len(names)],
                "date_of_birth": "1970-01-01" if i % 2 else "",
            }
        )
    return rows


def _files(out: Path) -> tuple[bytes, bytes]:
    rejects = out.with_name(out.name + ".rejects.csv")
    body = read_output(out) if out.suffix == ".parquet" else out.read_bytes()
    return json.dumps(body).encode() if isinstance(body, list) else body, (
        rejects.read_bytes() if rejects.exists() else b""
    )


@pytest.mark.parametrize("out_ext", ["csv", "jsonl", "parquet"])
def test_repeated_queries_are_screened_once_with_identical_rows(
    store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, out_ext: str
) -> None:
    n = 200
    src = write_csv(tmp_path / "in.csv", _book(n))
    helpers.SCREENED.clear()
    reused = tmp_path / f"reused.{out_ext}"
    summary = run_batch(
        BatchOptions(input=src, output=reused, mapping=MAPPING, chunk_size=30),
        store=store,
        factory=helpers.counting_factory,
    )
    distinct = {(r["full_name"], r["date_of_birth"]) for r in _book(n) if r["full_name"]}
    assert len(helpers.SCREENED) == len(distinct)  # once per distinct query, across chunks
    assert summary.reused == sum(1 for r in _book(n) if r["full_name"]) - len(distinct)

    worker.clear_caches()
    monkeypatch.setattr(worker, "RESULT_CACHE_SIZE", 0)  # every row screened on its own
    helpers.SCREENED.clear()
    plain = tmp_path / f"plain.{out_ext}"
    summary = run_batch(
        BatchOptions(input=src, output=plain, mapping=MAPPING, chunk_size=30),
        store=store,
        factory=helpers.counting_factory,
    )
    assert summary.reused == 0
    assert _files(reused) == _files(plain)

    rows = read_output(reused)
    assert [r["id"] for r in rows] == [
        r["client_id"] for r in _book(n) if r["full_name"] and len(r["full_name"]) <= 300
    ]
    # each audit record names its own row, in output order, for both runs
    records = list(iter_records(store, channel="batch"))
    ids = [r.result["batch_row"]["id"] for r in records]
    assert ids == [r["id"] for r in rows] * 2
    assert [r.result["batch_row"]["row"] for r in records[: len(rows)]] == [r["row"] for r in rows]
    first, second = records[: len(rows)], records[len(rows) :]
    assert [r.result for r in first] == [r.result for r in second]


@pytest.mark.parametrize("out_ext", ["csv", "jsonl", "parquet"])
def test_process_pool_output_equals_single_process(store, tmp_path: Path, out_ext: str) -> None:
    rows = _book(150) + sample_rows(150)
    for i, row in enumerate(rows):
        row["client_id"] = f"K{i:05d}"
    src = write_csv(tmp_path / "in.csv", rows)
    single = tmp_path / f"single.{out_ext}"
    run_batch(
        BatchOptions(input=src, output=single, mapping=MAPPING, chunk_size=20),
        store=store,
        factory=fake_factory,
        executor=LocalExecutor(),
    )
    pooled = tmp_path / f"pool.{out_ext}"
    summary = run_batch(
        BatchOptions(input=src, output=pooled, mapping=MAPPING, chunk_size=20),
        store=store,
        factory=fake_factory,
        executor=PoolExecutor(2),
    )
    assert summary.engine == "local" and summary.workers == 2
    assert summary.total_rows == 300
    assert _files(pooled) == _files(single)
    records = list(iter_records(store, channel="batch"))
    half = len(records) // 2
    assert [r.result for r in records[:half]] == [r.result for r in records[half:]]


def test_pool_commits_finished_chunks_together_in_order(store, tmp_path: Path) -> None:
    src = write_csv(tmp_path / "in.csv", sample_rows(120))
    events: list[tuple[str, int]] = []
    summary = run_batch(
        BatchOptions(input=src, output=tmp_path / "out.jsonl", mapping=MAPPING, chunk_size=5),
        store=store,
        factory=fake_factory,
        executor=PoolExecutor(2),
        hook=lambda name, done: events.append((name, done)),
    )
    checkpoints = [done for name, done in events if name == "checkpoint"]
    assert checkpoints == sorted(checkpoints) and checkpoints[-1] == 120
    assert len(checkpoints) <= 120 // 5
    assert summary.rows == 120


def test_worker_that_cannot_start_is_a_clear_error(store, tmp_path: Path) -> None:
    src = write_csv(tmp_path / "in.csv", sample_rows(10))
    out = tmp_path / "out.csv"
    with pytest.raises(Exception, match="lists in the store changed") as info:
        run_batch(
            BatchOptions(input=src, output=out, mapping=MAPPING),
            store=store,
            factory=helpers.failing_factory,
            executor=PoolExecutor(2),
        )
    assert "Traceback" not in str(info.value)
    assert not out.exists() and not checkpoint_path(out).exists()


def test_worker_that_dies_stops_the_run_resumably(store, tmp_path: Path) -> None:
    rows = sample_rows(200)
    rows[150]["full_name"] = "CRASH NOW"
    src = write_csv(tmp_path / "in.csv", rows)
    out = tmp_path / "out.csv"
    options = BatchOptions(input=src, output=out, mapping=MAPPING, chunk_size=10)
    with pytest.raises(WorkerError, match="worker process died.*resume"):
        run_batch(options, store=store, factory=helpers.dying_factory, executor=PoolExecutor(2))
    done = json.loads(checkpoint_path(out).read_text())["rows_done"]
    assert done <= 150
    summary = run_batch(options, store=store, factory=fake_factory)
    assert summary.resumed_from == done
    assert [r["row"] for r in read_output(out)] == list(range(1, 201))


def test_workers_option() -> None:
    assert isinstance(make_executor(1), LocalExecutor)
    pool = make_executor(3)
    assert isinstance(pool, PoolExecutor) and pool.workers == 3
    assert make_executor(None).workers >= 1
    with pytest.raises(WorkerError, match="at least 1"):
        make_executor(0)


def test_chunk_size_gives_every_worker_several_chunks() -> None:
    assert chunk_size_for(1000, 100_000, 1) == 1000
    assert chunk_size_for(1000, 100_000, 2) == 1000
    assert chunk_size_for(1000, 3000, 2) == 375
    assert chunk_size_for(1000, 10, 16) == 1
    assert chunk_size_for(1000, 0, 4) == 1


def output_record(row_id: str, number: int, data: dict) -> dict:
    """An output row as docs/batch.md defines it, built field by field: what the renderers must give."""
    keys = ("entity_id", "source", "source_id", "schema", "name", "caption", "score", "explanation")
    matches = [{key: m[key] for key in keys} for m in data["matches"]]
    return {
        "id": row_id,
        "row": number,
        "name": data["query"].get("name", ""),
        "status": "match" if matches else "no_match",
        "top_score": matches[0]["score"] if matches else None,
        "match_count": len(matches),
        "matches": matches,
        "list_versions": data["list_versions"],
    }


def _reference_csv(record: dict) -> str:
    flat = {
        k: json.dumps(v, ensure_ascii=False, separators=(",", ":"))
        if isinstance(v, list | dict)
        else ("" if v is None else v)
        for k, v in record.items()
    }
    buffer = io.StringIO()
    csv.DictWriter(buffer, fieldnames=list(record)).writerow(flat)
    return buffer.getvalue()


@pytest.mark.parametrize("name", [LISTED[0][2], "Nobody At All", 'Quote "and", comma\nnewline Ünïcödé 名字'])
def test_rendered_rows_equal_the_plain_records(store, name: str) -> None:
    from embargo.batch.worker import ScreenSettings

    settings = ScreenSettings(str(store.path), None, 10, 0.3, (1,))
    result = fake_factory(settings)(Query(name=name, identifiers=["A;B"]))
    data = result_dict(result)
    rid = 'id,"1"'
    record = output_record(rid, 7, data)
    jsonl = renderer("jsonl")
    assert jsonl.render([(rid, 7, jsonl.piece(data))]) == json.dumps(record, ensure_ascii=False) + "\n"
    as_csv = renderer("csv")
    assert as_csv.render([(rid, 7, as_csv.piece(data))]) == _reference_csv(record)
    parquet = renderer("parquet")
    flat = parquet.render([(rid, 7, parquet.piece(data))])[0]
    assert json.loads(flat[6]) == record["matches"] and flat[:6] == (
        rid,
        7,
        record["name"],
        record["status"],
        record["top_score"],
        record["match_count"],
    )


_POOL_KILL_SCRIPT = """
import sys
from pathlib import Path
sys.path.insert(0, {tests!r})
from batch.helpers import slow_factory
from embargo.batch import BatchOptions, run_batch
from embargo.batch.local import PoolExecutor
from embargo.store import Store
if __name__ == "__main__":
    opts = BatchOptions(input=Path({src!r}), output=Path({out!r}),
                        mapping=["name=full_name", "id=client_id"], chunk_size=40)
    run_batch(opts, store=Store.open(), factory=slow_factory, executor=PoolExecutor(2))
"""


def _children(pid: int) -> list[int]:
    try:
        text = Path(f"/proc/{pid}/task/{pid}/children").read_text()
    except OSError:
        return []
    return [int(p) for p in text.split()]


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="needs /proc (Linux)")
def test_sigkilled_pool_run_resumes_exactly_once(store, tmp_path: Path) -> None:
    n = 3000
    rows = sample_rows(n)
    for i in range(0, n, 13):
        rows[i]["full_name"] = ""
    for i in range(5, n, 9):
        rows[i]["full_name"] = rows[i - 5]["full_name"]  # repeated queries across chunks
    src = write_csv(tmp_path / "in.csv", rows)
    out = tmp_path / "out.jsonl"
    script = tmp_path / "run.py"
    script.write_text(_POOL_KILL_SCRIPT.format(tests=str(REPO / "tests"), src=str(src), out=str(out)))
    proc = subprocess.Popen([sys.executable, str(script)], env=os.environ.copy())
    ck = checkpoint_path(out)
    deadline = time.monotonic() + 120
    workers: list[int] = []
    try:
        while time.monotonic() < deadline and proc.poll() is None:
            if ck.exists():
                try:
                    if json.loads(ck.read_text())["rows_done"] >= 400:
                        workers = _children(proc.pid)
                        break
                except (ValueError, OSError):
                    pass
            time.sleep(0.02)
        assert proc.poll() is None, "the run ended before it could be killed"
        proc.send_signal(signal.SIGKILL)
    finally:
        proc.wait(timeout=30)
    # the worker processes notice their client is gone and stop
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline and any(_alive(p) for p in workers):
        time.sleep(0.1)
    assert not any(_alive(p) for p in workers)

    done = json.loads(ck.read_text())["rows_done"]
    assert 400 <= done < n
    options = BatchOptions(input=src, output=out, mapping=["name=full_name", "id=client_id"], chunk_size=40)
    summary = run_batch(options, store=store, factory=fake_factory, executor=PoolExecutor(2))
    assert summary.resumed_from == done
    output = read_output(out)
    with out.with_name(out.name + ".rejects.csv").open(encoding="utf-8", newline="") as handle:
        rejected = [int(r["row"]) for r in csv.DictReader(handle)]
    assert sorted([r["row"] for r in output] + rejected) == list(range(1, n + 1))
    # audited exactly once per output row, in order, each with its own row id
    records = list(iter_records(store, channel="batch"))
    assert [r.result["batch_row"]["id"] for r in records] == [r["id"] for r in output]
    full = tmp_path / "full.jsonl"
    run_batch(
        BatchOptions(input=src, output=full, mapping=options.mapping), store=store, factory=fake_factory
    )
    assert read_output(full) == output


def test_the_engine_loads_the_chinese_dictionaries_before_the_first_chunk(store) -> None:
    """A worker's first name in Chinese characters must not wait 1.3 s for jieba and CC-CEDICT."""
    from embargo.names import chinese

    for loader in (chinese._converter, chinese._tokenizer, chinese._dictionary):
        loader.cache_clear()
    worker.warm(worker.ScreenSettings(str(store.path), None, 10, 0.3, ()))
    assert chinese._tokenizer.cache_info().currsize == 1
    assert chinese._dictionary.cache_info().currsize == 1
