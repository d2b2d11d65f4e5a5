"""The SQLite file underneath the store: connections, pragmas and schema versions."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from embargo.errors import StoreError

#: The core tables. Other modules (audit, API keys) add theirs with Database.ensure_schema.
CORE_SCHEMA = """
CREATE TABLE IF NOT EXISTS snapshots (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    source TEXT NOT NULL,
    version TEXT NOT NULL,
    format TEXT NOT NULL,
    published TEXT,
    loaded_at TEXT NOT NULL,
    checked_at TEXT NOT NULL,
    origin TEXT NOT NULL,
    checksums TEXT NOT NULL,
    entity_count INTEGER NOT NULL,
    counts_by_schema TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    notes TEXT NOT NULL DEFAULT '[]'
);
CREATE INDEX IF NOT EXISTS snapshots_by_source ON snapshots(source, id);

-- Entity content, shared by every snapshot that holds the same content.
CREATE TABLE IF NOT EXISTS entity_blobs (
    content_hash TEXT PRIMARY KEY,
    data TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE IF NOT EXISTS snapshot_entities (
    snapshot_id INTEGER NOT NULL REFERENCES snapshots(id) ON DELETE CASCADE,
    entity_id TEXT NOT NULL,
    source_id TEXT NOT NULL,
    schema TEXT NOT NULL,
    caption TEXT NOT NULL,
    content_hash TEXT NOT NULL REFERENCES entity_blobs(content_hash),
    PRIMARY KEY (snapshot_id, entity_id)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS snapshot_entities_by_entity ON snapshot_entities(entity_id, snapshot_id);

CREATE TABLE IF NOT EXISTS snapshot_links (
    snapshot_id INTEGER NOT NULL REFERENCES snapshots(id) ON DELETE CASCADE,
    entity_id TEXT NOT NULL,
    target_id TEXT NOT NULL,
    kind TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS snapshot_links_by_target ON snapshot_links(target_id, snapshot_id);
"""

SCHEMA_VERSION = 1


class Database:
    """One SQLite file, with a connection per thread and transactions as context managers."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._local = threading.local()
        self._ensured: set[str] = set()
        self._lock = threading.Lock()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.ensure_schema("core", CORE_SCHEMA)

    def _connect(self) -> sqlite3.Connection:
        try:
            conn = sqlite3.connect(self.path, timeout=30.0, isolation_level=None, check_same_thread=False)
            conn.row_factory = sqlite3.Row
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=NORMAL")
            conn.execute("PRAGMA foreign_keys=ON")
            conn.execute("PRAGMA busy_timeout=30000")
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{self.path}: cannot open the store: {exc}") from exc
        return conn

    @property
    def conn(self) -> sqlite3.Connection:
        """This thread's connection to the store (opened on first use)."""
        conn = getattr(self._local, "conn", None)
        if conn is None:
            conn = self._connect()
            self._local.conn = conn
        return conn

    @contextmanager
    def transaction(self, *, immediate: bool = True) -> Iterator[sqlite3.Connection]:
        """A write transaction: committed when the block ends, rolled back on any error."""
        conn = self.conn
        conn.execute("BEGIN IMMEDIATE" if immediate else "BEGIN")
        try:
            yield conn
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        else:
            conn.execute("COMMIT")

    def ensure_schema(self, name: str, sql: str) -> None:
        """Create a module's tables once per process (idempotent ``CREATE ... IF NOT EXISTS`` SQL)."""
        if name in self._ensured:
            return
        with self._lock:
            if name in self._ensured:
                return
            try:
                self.conn.executescript(sql)
            except sqlite3.DatabaseError as exc:
                raise StoreError(f"{self.path}: the store file is damaged or not a store: {exc}") from exc
            self._ensured.add(name)

    def close(self) -> None:
        """Close this thread's connection."""
        conn = getattr(self._local, "conn", None)
        if conn is not None:
            conn.close()
            self._local.conn = None
