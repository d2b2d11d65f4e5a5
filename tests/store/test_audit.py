"""The audit trail on a real store: chained, append-only, tamper-evident, concurrent, exportable."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
import threading
from pathlib import Path

import pytest

from embargo.errors import StoreError, ValidationError
from embargo.model import Explanation, FeatureScore, ListVersion, Match, Query, Result
from embargo.store import Store
from embargo.store.audit import (
    export_records,
    get_record,
    iter_records,
    record_screening,
    record_screenings,
    verify_chain,
)


def result(name: str, score: float = 0.9) -> Result:
    match = Match(
        entity_id="un-sc-qdi-1",
        source="un-sc",
        source_id="QDi.1",
        schema="Person",
        name="SOME ONE",
        caption="SOME ONE",
        score=score,
        explanation=Explanation(
            query_name=name,
            matched_name="SOME ONE",
            name_kind="primary",
            features=[FeatureScore("name", score, 1.0, "token match")],
        ),
    )
    return Result(
        query=Query(name=name, country="ru"),
        matches=[match] if score > 0 else [],
        threshold=0.7,
        list_versions=[ListVersion(source="un-sc", version="2026-02-27", snapshot_id=1)],
    )


def test_records_are_chained_and_verify(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "s.db")
    first = record_screening(store, actor="alice", channel="cli", result=result("Some One"))
    ids = record_screenings(
        store, actor="key:ci#abc", channel="api-batch", results=[result("A"), result("B", 0)], request_id="r1"
    )
    assert first == 1 and ids == [2, 3]
    records = list(iter_records(store))
    assert [r.id for r in records] == [1, 2, 3]
    assert records[1].prev_hash == records[0].hash and records[2].prev_hash == records[1].hash
    assert records[1].request_id == "r1" and records[0].query_name == "Some One"
    assert records[0].result["list_versions"][0]["snapshot_id"] == 1
    report = verify_chain(store)
    assert report.ok and report.count == 3 and report.head_hash == records[2].hash


def test_update_and_delete_are_refused(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "s.db")
    record_screening(store, actor="alice", channel="cli", result=result("A"))
    conn = sqlite3.connect(tmp_path / "s.db")
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        conn.execute("UPDATE audit_records SET actor = 'mallory'")
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        conn.execute("DELETE FROM audit_records")
    assert verify_chain(store).ok


def _tamper(path: Path, sql: str) -> None:
    conn = sqlite3.connect(path)
    conn.execute("DROP TRIGGER audit_records_no_update")
    conn.execute("DROP TRIGGER audit_records_no_delete")
    conn.execute(sql)
    conn.commit()
    conn.close()


@pytest.mark.parametrize(
    ("sql", "bad_id", "reason"),
    [
        ("UPDATE audit_records SET actor = 'mallory' WHERE id = 2", 2, "edited"),
        ("UPDATE audit_records SET result = replace(result, '0.9', '0.1') WHERE id = 3", 3, "edited"),
        ("DELETE FROM audit_records WHERE id = 2", 3, "missing"),
        ("UPDATE audit_records SET prev_hash = 'x' WHERE id = 4", 4, "prev_hash"),
    ],
)
def test_tampering_is_detected(tmp_path: Path, sql: str, bad_id: int, reason: str) -> None:
    store = Store.open(tmp_path / "s.db")
    for name in "ABCD":
        record_screening(store, actor="alice", channel="cli", result=result(name))
    store.db.close()
    _tamper(tmp_path / "s.db", sql)
    report = verify_chain(Store.open(tmp_path / "s.db"))
    assert not report.ok
    assert report.first_bad_id == bad_id
    assert reason in (report.reason or "")


def test_rehashing_one_record_still_breaks_the_chain(tmp_path: Path) -> None:
    """A forger who recomputes the edited record's hash breaks the next record's prev_hash."""
    from embargo.store.audit import record_hash

    store = Store.open(tmp_path / "s.db")
    for name in "ABC":
        record_screening(store, actor="alice", channel="cli", result=result(name))
    row = store.db.conn.execute("SELECT * FROM audit_records WHERE id = 2").fetchone()
    forged = record_hash(
        2, row["created_at"], "mallory", row["channel"], row["request_id"], row["result"], row["prev_hash"]
    )
    store.db.close()
    _tamper(tmp_path / "s.db", f"UPDATE audit_records SET actor = 'mallory', hash = '{forged}' WHERE id = 2")
    report = verify_chain(Store.open(tmp_path / "s.db"))
    assert not report.ok and report.first_bad_id == 3


def test_concurrent_writers_keep_one_chain(tmp_path: Path) -> None:
    path = tmp_path / "s.db"
    Store.open(path)
    errors: list[BaseException] = []

    def writer(n: int) -> None:
        store = Store.open(path)  # its own connection, as another process would have
        try:
            for i in range(15):
                record_screenings(store, actor=f"w{n}", channel="api", results=[result(f"{n}-{i}")] * 2)
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=writer, args=(n,)) for n in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    report = verify_chain(Store.open(path))
    assert report.ok and report.count == 6 * 15 * 2


def test_filters_and_limit(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "s.db")
    for i in range(5):
        record_screening(store, actor="alice" if i % 2 else "bob", channel="cli", result=result(str(i)))
    record_screening(store, actor="key:x#1", channel="api", result=result("api"))
    assert [r.id for r in iter_records(store, limit=2)] == [5, 6]
    assert [r.id for r in iter_records(store, actor="alice")] == [2, 4]
    assert [r.query_name for r in iter_records(store, channel="api")] == ["api"]
    assert list(iter_records(store, since="2999-01-01")) == []
    assert len(list(iter_records(store, until="2999-01-01"))) == 6
    with pytest.raises(ValidationError):
        list(iter_records(store, limit=-1))
    assert get_record(store, 99) is None


def test_export_csv_and_jsonl(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "s.db")
    record_screening(store, actor="alice", channel="cli", result=result('Comma, "quote"\nnewline'))
    record_screening(store, actor="bob", channel="api", result=result("none", 0))
    out = io.StringIO()
    assert export_records(store, "csv", out) == 2
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert rows[0]["query_name"] == 'Comma, "quote"\nnewline'
    assert rows[0]["matches"].startswith("un-sc-qdi-1 (0.900)")
    assert rows[1]["match_count"] == "0" and rows[1]["top_score"] == ""
    assert rows[1]["prev_hash"] == rows[0]["hash"]
    out = io.StringIO()
    assert export_records(store, "jsonl", out, actor="bob") == 1
    line = json.loads(out.getvalue())
    assert line["actor"] == "bob" and line["result"]["query"]["name"] == "none"
    with pytest.raises(ValidationError):
        export_records(store, "xml", io.StringIO())  # type: ignore[arg-type]


def test_bad_records_refused(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "s.db")
    with pytest.raises(ValidationError):
        record_screening(store, actor="", channel="cli", result=result("A"))
    assert record_screenings(store, actor="a", channel="cli", results=[]) == []
    assert verify_chain(store).count == 0


def test_failed_write_leaves_nothing(tmp_path: Path) -> None:
    """A batch that fails half-way (here: a result that cannot be serialised) stores no record."""
    store = Store.open(tmp_path / "s.db")
    bad = result("B")
    bad.query.country = object()  # type: ignore[assignment]
    with pytest.raises(TypeError):
        record_screenings(store, actor="a", channel="api", results=[result("A"), bad])
    assert verify_chain(store).count == 0
    assert record_screening(store, actor="a", channel="api", result=result("C")) == 1


def test_replay_of_unknown_record(tmp_path: Path) -> None:
    from embargo.store.audit import replay

    store = Store.open(tmp_path / "s.db")
    with pytest.raises(StoreError, match="no audit record"):
        replay(store, 42)


def test_audit_writer_groups_concurrent_calls(tmp_path: Path) -> None:
    from embargo.store.audit import AuditWriter

    store = Store.open(tmp_path / "s.db")
    writer = AuditWriter(store)
    futures = []
    lock = threading.Lock()

    def submit(n: int) -> None:
        for i in range(10):
            future = writer.submit(actor=f"w{n}", channel="api", results=[result(f"{n}-{i}")] * 2)
            with lock:
                futures.append(future)

    threads = [threading.Thread(target=submit, args=(n,)) for n in range(5)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    ids = [i for f in futures for i in f.result(timeout=30)]
    assert sorted(ids) == list(range(1, 101))
    bad = result("bad")
    bad.query.country = object()  # type: ignore[assignment]
    with pytest.raises(TypeError):
        writer.submit(actor="a", channel="api", results=[bad])
    writer.close()
    # A closed writer starts again on the next call.
    assert writer.submit(actor="a", channel="api", results=[result("again")]).result(timeout=30) == [101]
    writer.close()
    report = verify_chain(Store.open(tmp_path / "s.db"))
    assert report.ok and report.count == 101
