"""The audit trail: every screening, append-only and chained by hash so tampering shows.

Each record keeps who screened (``actor``: an API key or an OS user), through which
``channel`` ("api", "cli", "batch", "news"), when, and the full :class:`Result` JSON,
which holds the query, the list versions (snapshot ids) used and the matches returned.

Records are chained: ``hash = sha256(canonical JSON of the record's content + prev_hash)``
and the next record stores that hash as its ``prev_hash``. Ids are consecutive, so a
removed record breaks the chain too. SQLite triggers refuse UPDATE and DELETE on the
table; :func:`verify_chain` still recomputes every hash, so an edit made around the
triggers (dropping them, editing the file) is found. A hash chain cannot show that the
newest records were cut off: keep the ``head_hash`` that ``embargo audit verify`` prints
somewhere else (a ticket, a log) to anchor it.

Writes run in ``BEGIN IMMEDIATE`` transactions, so reading the previous hash and
inserting the new records is atomic across threads and processes. The audit connection
commits with ``synchronous=FULL``: a record the caller was told about survives a crash.
"""

from __future__ import annotations

import csv
import hashlib
import json
import queue
import sys
import threading
from collections.abc import Iterator
from concurrent.futures import Future
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import IO, Any, Literal

from embargo.errors import StoreError, ValidationError
from embargo.model import ListVersion, Query, Result
from embargo.store.snapshots import Store

GENESIS_HASH = "0" * 64

AUDIT_SCHEMA = """
CREATE TABLE IF NOT EXISTS audit_records (
    id INTEGER PRIMARY KEY,
    created_at TEXT NOT NULL,
    actor TEXT NOT NULL,
    channel TEXT NOT NULL,
    request_id TEXT,
    result TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS audit_by_time ON audit_records(created_at);
CREATE TRIGGER IF NOT EXISTS audit_records_no_update BEFORE UPDATE ON audit_records
BEGIN
    SELECT RAISE(ABORT, 'audit records are append-only');
END;
CREATE TRIGGER IF NOT EXISTS audit_records_no_delete BEFORE DELETE ON audit_records
BEGIN
    SELECT RAISE(ABORT, 'audit records are append-only');
END;
"""

#: Column order of the CSV export.
CSV_FIELDS = [
    "id",
    "created_at",
    "actor",
    "channel",
    "request_id",
    "query_name",
    "query",
    "threshold",
    "match_count",
    "top_score",
    "matches",
    "list_versions",
    "prev_hash",
    "hash",
]


@dataclass
class AuditRecord:
    """One stored screening."""

    id: int
    created_at: str
    actor: str
    channel: str
    request_id: str | None
    result: dict[str, Any]
    prev_hash: str
    hash: str

    def to_dict(self) -> dict[str, Any]:
        """The record as JSON-ready data (the JSONL export form)."""
        return {
            "id": self.id,
            "created_at": self.created_at,
            "actor": self.actor,
            "channel": self.channel,
            "request_id": self.request_id,
            "result": self.result,
            "prev_hash": self.prev_hash,
            "hash": self.hash,
        }

    @property
    def query_name(self) -> str:
        """The screened name."""
        return str(self.result.get("query", {}).get("name", ""))

    @property
    def snapshot_ids(self) -> list[int]:
        """The snapshot ids of the list versions the screening used."""
        return [int(v["snapshot_id"]) for v in self.result.get("list_versions", [])]


@dataclass
class VerifyReport:
    """The outcome of :func:`verify_chain`."""

    ok: bool
    count: int
    first_bad_id: int | None = None
    reason: str | None = None
    head_hash: str = GENESIS_HASH

    def to_dict(self) -> dict[str, Any]:
        """The report as JSON-ready data."""
        return {
            "ok": self.ok,
            "count": self.count,
            "first_bad_id": self.first_bad_id,
            "reason": self.reason,
            "head_hash": self.head_hash,
        }


def _ensure(store: Store) -> None:
    store.ensure_schema("audit", AUDIT_SCHEMA)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")


def result_data(result: Result | dict[str, Any]) -> dict[str, Any]:
    """A Result as its JSON-ready dict (``Result.to_dict()``; a dict is taken as already that)."""
    if isinstance(result, dict):
        return result
    try:
        from embargo.batch.records import result_dict
    except ImportError:  # pragma: no cover - the fast path is optional
        return result.to_dict()
    return result_dict(result)


def _canonical_result(result: Result | dict[str, Any]) -> str:
    data = result_data(result)
    return json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def record_hash(
    record_id: int,
    created_at: str,
    actor: str,
    channel: str,
    request_id: str | None,
    result_text: str,
    prev_hash: str,
) -> str:
    """The chain hash of one record: sha256 of its canonical JSON content followed by prev_hash."""
    content = json.dumps(
        [record_id, created_at, actor, channel, request_id, result_text],
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256((content + prev_hash).encode("utf-8")).hexdigest()


@dataclass
class _Entry:
    """The records of one call: one actor, channel and request, several results (as canonical JSON)."""

    actor: str
    channel: str
    request_id: str | None
    texts: list[str]


def _entry(actor: str, channel: str, results: list[Any], request_id: str | None) -> _Entry:
    if not actor or not channel:
        raise ValidationError("an audit record needs an actor and a channel")
    return _Entry(actor, channel, request_id, [_canonical_result(r) for r in results])


def _append(store: Store, entries: list[_Entry]) -> list[list[int]]:
    """Write the entries' records in one transaction, chained; the ids per entry."""
    _ensure(store)
    conn = store.db.conn
    # FULL makes the commit durable against power loss, not only against a killed process.
    conn.execute("PRAGMA synchronous=FULL")
    try:
        with store.connection() as tx:
            row = tx.execute("SELECT id, hash FROM audit_records ORDER BY id DESC LIMIT 1").fetchone()
            last_id, prev_hash = (row[0], row[1]) if row else (0, GENESIS_HASH)
            out: list[list[int]] = []
            rows: list[tuple[Any, ...]] = []
            for entry in entries:
                ids: list[int] = []
                for text in entry.texts:
                    record_id = last_id + 1
                    created_at = _now()
                    digest = record_hash(
                        record_id, created_at, entry.actor, entry.channel, entry.request_id, text, prev_hash
                    )
                    rows.append(
                        (
                            record_id,
                            created_at,
                            entry.actor,
                            entry.channel,
                            entry.request_id,
                            text,
                            prev_hash,
                            digest,
                        )
                    )
                    ids.append(record_id)
                    last_id, prev_hash = record_id, digest
                out.append(ids)
            tx.executemany(
                "INSERT INTO audit_records"
                " (id, created_at, actor, channel, request_id, result, prev_hash, hash)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                rows,
            )
    finally:
        conn.execute("PRAGMA synchronous=NORMAL")
    return out


def record_screenings(
    store: Store,
    *,
    actor: str,
    channel: str,
    results: list[Result] | list[dict[str, Any]],
    request_id: str | None = None,
) -> list[int]:
    """Append one audit record per result, in one transaction; returns the new record ids.

    ``results`` are :class:`Result` objects or their ``to_dict()`` form.
    Either every record of the call is stored or none is (a crash mid-way leaves nothing).
    """
    if not results:
        if not actor or not channel:
            raise ValidationError("an audit record needs an actor and a channel")
        return []
    return _append(store, [_entry(actor, channel, list(results), request_id)])[0]


class AuditWriter:
    """Group commit for a busy server: concurrent callers' records share one transaction.

    Each durable commit costs an fsync (milliseconds); a server answering many screenings at
    once would queue on them one by one. :meth:`submit` hands records to one writer thread,
    which writes everything queued so far in one transaction and then resolves each caller's
    future with its ids. A caller is answered only after the commit that holds its records.
    """

    #: Most calls written in one transaction.
    MAX_GROUP = 256

    def __init__(self, store: Store) -> None:
        self.store = store
        self._queue: queue.Queue[tuple[_Entry, Future[list[int]]] | None] = queue.Queue()
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None

    def _ensure_thread(self) -> None:
        with self._lock:
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(target=self._run, name="embargo-audit-writer", daemon=True)
                self._thread.start()

    def submit(
        self, *, actor: str, channel: str, results: list[Any], request_id: str | None = None
    ) -> Future[list[int]]:
        """Queue the records of one call; the future gives their ids once committed."""
        future: Future[list[int]] = Future()
        if not results:
            future.set_result([])
            return future
        self._queue.put((_entry(actor, channel, list(results), request_id), future))
        self._ensure_thread()
        return future

    def close(self) -> None:
        """Write what is queued, then stop the writer thread (a later submit starts a new one)."""
        with self._lock:
            thread = self._thread
            if thread is None or not thread.is_alive():
                return
            self._queue.put(None)
        thread.join(timeout=30)

    def _run(self) -> None:
        stop = False
        while not stop:
            item = self._queue.get()
            if item is None:
                break
            group = [item]
            while len(group) < self.MAX_GROUP:
                try:
                    more = self._queue.get_nowait()
                except queue.Empty:
                    break
                if more is None:
                    stop = True
                    break
                group.append(more)
            self._write(group)

    def _write(self, group: list[tuple[_Entry, Future[list[int]]]]) -> None:
        try:
            ids = _append(self.store, [entry for entry, _ in group])
        except Exception:
            if len(group) == 1:
                group[0][1].set_exception(sys.exc_info()[1])  # type: ignore[arg-type]
                return
            for one in group:  # find the entry that fails; the others are still written
                self._write([one])
            return
        for (_, future), entry_ids in zip(group, ids, strict=True):
            future.set_result(entry_ids)


def record_screening(store: Store, *, actor: str, channel: str, result: Result | dict[str, Any]) -> int:
    """Append one audit record for one screening; returns its id."""
    return record_screenings(store, actor=actor, channel=channel, results=[result])[0]


def _record_from_row(row: Any) -> AuditRecord:
    return AuditRecord(
        id=row["id"],
        created_at=row["created_at"],
        actor=row["actor"],
        channel=row["channel"],
        request_id=row["request_id"],
        result=json.loads(row["result"]),
        prev_hash=row["prev_hash"],
        hash=row["hash"],
    )


def get_record(store: Store, record_id: int) -> AuditRecord | None:
    """One audit record by id, or None."""
    _ensure(store)
    row = store.db.conn.execute("SELECT * FROM audit_records WHERE id = ?", (record_id,)).fetchone()
    return _record_from_row(row) if row else None


def iter_records(
    store: Store,
    since: str | None = None,
    until: str | None = None,
    actor: str | None = None,
    channel: str | None = None,
    limit: int | None = None,
) -> Iterator[AuditRecord]:
    """Audit records oldest first, filtered by time (ISO, inclusive ``since``, exclusive ``until``),
    actor and channel; ``limit`` keeps the newest ``limit`` records that match."""
    _ensure(store)
    where: list[str] = []
    params: list[Any] = []
    for clause, value in (
        ("created_at >= ?", since),
        ("created_at < ?", until),
        ("actor = ?", actor),
        ("channel = ?", channel),
    ):
        if value is not None:
            where.append(clause)
            params.append(value)
    sql = "SELECT * FROM audit_records"
    if where:
        sql += " WHERE " + " AND ".join(where)
    if limit is not None:
        if limit < 0:
            raise ValidationError("limit must be zero or more")
        sql = f"SELECT * FROM ({sql} ORDER BY id DESC LIMIT ?) ORDER BY id"
        params.append(limit)
    else:
        sql += " ORDER BY id"
    # A separate cursor so callers may interleave other reads on this thread.
    for row in store.db.conn.execute(sql, params).fetchall():
        yield _record_from_row(row)


def verify_chain(store: Store) -> VerifyReport:
    """Recompute every record's hash and link; report the first record that does not fit."""
    _ensure(store)
    prev_hash = GENESIS_HASH
    expected_id = 1
    count = 0
    cursor = store.db.conn.execute(
        "SELECT id, created_at, actor, channel, request_id, result, prev_hash, hash"
        " FROM audit_records ORDER BY id"
    )
    for row in cursor:
        record_id = row[0]
        if record_id != expected_id:
            return VerifyReport(False, count, record_id, f"record {expected_id} is missing", prev_hash)
        if row[6] != prev_hash:
            return VerifyReport(
                False, count, record_id, "prev_hash does not match the previous record", prev_hash
            )
        digest = record_hash(record_id, row[1], row[2], row[3], row[4], row[5], row[6])
        if digest != row[7]:
            return VerifyReport(
                False, count, record_id, "content does not match its hash (edited)", prev_hash
            )
        prev_hash = digest
        expected_id += 1
        count += 1
    return VerifyReport(True, count, head_hash=prev_hash)


def _csv_row(record: AuditRecord) -> dict[str, Any]:
    result = record.result
    matches = result.get("matches", [])
    return {
        "id": record.id,
        "created_at": record.created_at,
        "actor": record.actor,
        "channel": record.channel,
        "request_id": record.request_id or "",
        "query_name": record.query_name,
        "query": json.dumps(result.get("query", {}), ensure_ascii=False, sort_keys=True),
        "threshold": result.get("threshold", ""),
        "match_count": len(matches),
        "top_score": matches[0]["score"] if matches else "",
        "matches": "; ".join(f"{m['entity_id']} ({m['score']:.3f})" for m in matches),
        "list_versions": "; ".join(
            f"{v['source']}@{v['version']}#{v['snapshot_id']}" for v in result.get("list_versions", [])
        ),
        "prev_hash": record.prev_hash,
        "hash": record.hash,
    }


def export_records(
    store: Store,
    fmt: Literal["csv", "jsonl"],
    handle: IO[str],
    **filters: Any,
) -> int:
    """Write audit records (filters as :func:`iter_records`) as CSV or JSON lines; returns the count."""
    if fmt not in ("csv", "jsonl"):
        raise ValidationError(f"unknown export format {fmt!r}; use csv or jsonl")
    count = 0
    if fmt == "csv":
        writer = csv.DictWriter(handle, fieldnames=CSV_FIELDS)
        writer.writeheader()
        for record in iter_records(store, **filters):
            writer.writerow(_csv_row(record))
            count += 1
    else:
        for record in iter_records(store, **filters):
            handle.write(json.dumps(record.to_dict(), ensure_ascii=False, sort_keys=True))
            handle.write("\n")
            count += 1
    return count


def _query_from_dict(data: dict[str, Any]) -> Query:
    return Query(
        name=data.get("name", ""),
        schema=data.get("schema"),
        birth_date=data.get("birth_date"),
        country=data.get("country"),
        identifiers=list(data.get("identifiers", [])),
    )


def replay(store: Store, record_id: int) -> tuple[dict[str, Any], Result]:
    """Screen a recorded query again against the very list versions it used.

    Returns the original result (as stored) and the new :class:`Result`; with the same
    engine both hold the same matches. The limit is the original match count (at least 10).
    """
    record = get_record(store, record_id)
    if record is None:
        raise StoreError(f"no audit record {record_id}")
    original = record.result
    snapshot_ids = record.snapshot_ids
    missing = [i for i in snapshot_ids if store.snapshot(i) is None]
    if missing:
        raise StoreError(f"audit record {record_id} used snapshots that are no longer stored: {missing}")
    query = _query_from_dict(original.get("query", {}))
    threshold = original.get("threshold")
    limit = max(10, len(original.get("matches", [])))
    return original, _screen_against(store, query, snapshot_ids, limit=limit, threshold=threshold)


def _screen_against(
    store: Store, query: Query, snapshot_ids: list[int], *, limit: int, threshold: float | None
) -> Result:
    """Screen against given snapshots with whichever entry point the screening module offers."""
    import inspect

    from embargo import screening

    if "snapshot_ids" in inspect.signature(screening.screen_query).parameters:
        return screening.screen_query(
            query, limit=limit, threshold=threshold, store=store, snapshot_ids=snapshot_ids
        )
    from embargo.match import DEFAULT_THRESHOLD, MatchIndex

    checked = screening.validate_query(query)
    cutoff = DEFAULT_THRESHOLD if threshold is None else float(threshold)
    versions = store.list_versions(snapshot_ids)
    index = MatchIndex.build(store.iter_entities(snapshot_ids), versions)
    matches = index.search(checked, limit=limit, threshold=cutoff)
    return Result(query=checked, matches=matches, threshold=cutoff, list_versions=versions)


def list_versions_of(record: AuditRecord) -> list[ListVersion]:
    """The list versions a recorded screening used."""
    return [ListVersion(**v) for v in record.result.get("list_versions", [])]
