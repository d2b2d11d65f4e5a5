"""List snapshots: each load of a source is one versioned, atomic snapshot of its entities."""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from embargo import config
from embargo.errors import StoreError
from embargo.model import Entity, ListVersion
from embargo.sources.base import ParsedList
from embargo.store.db import Database


@dataclass
class Snapshot:
    """One loaded version of one source."""

    id: int
    source: str
    version: str
    format: str
    published: str | None
    loaded_at: str
    checked_at: str
    origin: str
    checksums: dict[str, str]
    entity_count: int
    counts_by_schema: dict[str, int]
    content_hash: str
    notes: list[str] = field(default_factory=list)
    #: True when a load found the same content as the current snapshot and made no new one.
    unchanged: bool = False

    def to_dict(self) -> dict[str, Any]:
        """The snapshot as JSON-ready data (documented in docs/json.md)."""
        return asdict(self)

    def list_version(self) -> ListVersion:
        """The ListVersion a screening result names for this snapshot."""
        return ListVersion(
            source=self.source, version=self.version, snapshot_id=self.id, published=self.published
        )


@dataclass
class EntityChange:
    """One designation in a diff: added, removed, or changed (with the fields that changed)."""

    entity_id: str
    source_id: str
    schema: str
    caption: str
    fields: list[str] = field(default_factory=list)


@dataclass
class ListDiff:
    """What changed in one source between two snapshots."""

    source: str
    old: Snapshot | None
    new: Snapshot
    added: list[EntityChange]
    removed: list[EntityChange]
    changed: list[EntityChange]

    def to_dict(self) -> dict[str, Any]:
        """The diff as JSON-ready data (documented in docs/json.md)."""
        return {
            "source": self.source,
            "old": self.old.to_dict() if self.old else None,
            "new": self.new.to_dict(),
            "counts": {"added": len(self.added), "removed": len(self.removed), "changed": len(self.changed)},
            "added": [asdict(c) for c in self.added],
            "removed": [asdict(c) for c in self.removed],
            "changed": [asdict(c) for c in self.changed],
        }


@dataclass
class EntityRecord:
    """An entity with the snapshot it comes from and the entities that link to it."""

    entity: Entity
    snapshot: Snapshot
    current: bool
    linked_from: list[tuple[str, str, str]]  # (entity_id, caption, link kind)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class Store:
    """The system of record: list snapshots (and, through other modules, audit records and keys)."""

    def __init__(self, db: Database) -> None:
        self.db = db
        # Current snapshot ids, valid while the newest snapshot id is unchanged (ids only grow:
        # AUTOINCREMENT; a load that adds nothing deletes its row in its own transaction).
        self._current_ids: tuple[int | None, list[int]] | None = None

    @classmethod
    def open(cls, path: Path | str | None = None) -> Store:
        """Open (creating if needed) the store file; default ``$EMBARGO_HOME/embargo.db``."""
        return cls(Database(Path(path) if path else config.store_path()))

    @property
    def path(self) -> Path:
        """The SQLite file of this store."""
        return self.db.path

    @contextmanager
    def connection(self) -> Iterator[Any]:
        """A sqlite3 connection inside a write transaction (for modules with their own tables)."""
        with self.db.transaction() as conn:
            yield conn

    def ensure_schema(self, name: str, sql: str) -> None:
        """Create a module's own tables if they do not exist yet."""
        self.db.ensure_schema(name, sql)

    # -- loading ---------------------------------------------------------------------------

    def load(
        self,
        parsed: ParsedList,
        *,
        origin: str,
        checksums: dict[str, str] | None = None,
    ) -> Snapshot:
        """Store a parsed list as a new snapshot of its source, in one transaction.

        The entities are read while the transaction is open: if the reader fails half-way,
        or the process dies, nothing is committed and the last good snapshot stays current.
        A load whose content equals the current snapshot's makes no new snapshot; it marks
        the current one as checked and returns it with ``unchanged=True``.
        """
        loaded_at = _now()
        counts: Counter[str] = Counter()
        notes = list(parsed.notes)
        digest = hashlib.sha256()
        seen: set[str] = set()
        duplicates = 0
        with self.db.transaction() as conn:
            cursor = conn.execute(
                "INSERT INTO snapshots (source, version, format, published, loaded_at, checked_at, origin,"
                " checksums, entity_count, counts_by_schema, content_hash, notes)"
                " VALUES (?, '', ?, ?, ?, ?, ?, ?, 0, '{}', '', '[]')",
                (
                    parsed.source,
                    parsed.format,
                    parsed.published,
                    loaded_at,
                    loaded_at,
                    origin,
                    json.dumps(checksums or {}, sort_keys=True),
                ),
            )
            snapshot_id = int(cursor.lastrowid or 0)
            entity_rows: list[tuple[Any, ...]] = []
            blob_rows: list[tuple[str, str]] = []
            link_rows: list[tuple[Any, ...]] = []
            hashes: list[tuple[str, str]] = []
            for entity in parsed.entities:
                if entity.entity_id in seen:
                    duplicates += 1
                    continue
                seen.add(entity.entity_id)
                data = json.dumps(entity.to_dict(), sort_keys=True, ensure_ascii=False)
                content_hash = hashlib.sha256(data.encode("utf-8")).hexdigest()
                hashes.append((entity.entity_id, content_hash))
                counts[entity.schema] += 1
                blob_rows.append((content_hash, data))
                entity_rows.append(
                    (
                        snapshot_id,
                        entity.entity_id,
                        entity.source_id,
                        entity.schema,
                        entity.caption,
                        content_hash,
                    )
                )
                link_rows.extend(
                    (snapshot_id, entity.entity_id, link.target_id, link.kind)
                    for link in entity.links
                    if link.target_id
                )
                if len(entity_rows) >= 2000:
                    self._flush(conn, blob_rows, entity_rows, link_rows)
            self._flush(conn, blob_rows, entity_rows, link_rows)
            if not seen:
                raise StoreError(f"{origin}: the list holds no entities; the current snapshot is kept")
            for entity_id, content_hash in sorted(hashes):
                digest.update(f"{entity_id}\t{content_hash}\n".encode())
            content_hash = digest.hexdigest()
            if duplicates:
                notes.append(f"{duplicates} repeated entity ids were merged into their first occurrence")
            row = conn.execute(
                "SELECT * FROM snapshots WHERE source = ? AND id < ? ORDER BY id DESC LIMIT 1",
                (parsed.source, snapshot_id),
            ).fetchone()
            previous = self._snapshot_from_row(row) if row else None
            if previous is not None and previous.content_hash == content_hash:
                # Same content as the current snapshot: drop the new rows, keep the old snapshot.
                conn.execute("DELETE FROM snapshot_links WHERE snapshot_id = ?", (snapshot_id,))
                conn.execute("DELETE FROM snapshot_entities WHERE snapshot_id = ?", (snapshot_id,))
                conn.execute("DELETE FROM snapshots WHERE id = ?", (snapshot_id,))
                conn.execute("UPDATE snapshots SET checked_at = ? WHERE id = ?", (loaded_at, previous.id))
                previous.checked_at = loaded_at
                previous.unchanged = True
                return previous
            version = parsed.version or parsed.published or f"sha256:{content_hash[:12]}"
            conn.execute(
                "UPDATE snapshots SET version = ?, entity_count = ?, counts_by_schema = ?, content_hash = ?,"
                " notes = ? WHERE id = ?",
                (
                    version,
                    len(seen),
                    json.dumps(dict(sorted(counts.items()))),
                    content_hash,
                    json.dumps(notes),
                    snapshot_id,
                ),
            )
        snapshot = self.snapshot(snapshot_id)
        assert snapshot is not None
        return snapshot

    @staticmethod
    def _flush(conn: Any, blobs: list[Any], entities: list[Any], links: list[Any]) -> None:
        conn.executemany("INSERT OR IGNORE INTO entity_blobs (content_hash, data) VALUES (?, ?)", blobs)
        conn.executemany(
            "INSERT INTO snapshot_entities (snapshot_id, entity_id, source_id, schema, caption, content_hash)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            entities,
        )
        conn.executemany(
            "INSERT INTO snapshot_links (snapshot_id, entity_id, target_id, kind) VALUES (?, ?, ?, ?)", links
        )
        blobs.clear()
        entities.clear()
        links.clear()

    # -- snapshots -------------------------------------------------------------------------

    @staticmethod
    def _snapshot_from_row(row: Any) -> Snapshot:
        return Snapshot(
            id=row["id"],
            source=row["source"],
            version=row["version"],
            format=row["format"],
            published=row["published"],
            loaded_at=row["loaded_at"],
            checked_at=row["checked_at"],
            origin=row["origin"],
            checksums=json.loads(row["checksums"]),
            entity_count=row["entity_count"],
            counts_by_schema=json.loads(row["counts_by_schema"]),
            content_hash=row["content_hash"],
            notes=json.loads(row["notes"]),
        )

    def snapshot(self, snapshot_id: int) -> Snapshot | None:
        """One snapshot by id, or None."""
        row = self.db.conn.execute("SELECT * FROM snapshots WHERE id = ?", (snapshot_id,)).fetchone()
        return self._snapshot_from_row(row) if row else None

    def snapshots(self, source: str | None = None) -> list[Snapshot]:
        """Every snapshot (of one source, if named), oldest first."""
        if source is None:
            rows = self.db.conn.execute("SELECT * FROM snapshots ORDER BY id").fetchall()
        else:
            rows = self.db.conn.execute(
                "SELECT * FROM snapshots WHERE source = ? ORDER BY id", (source,)
            ).fetchall()
        return [self._snapshot_from_row(r) for r in rows]

    def current_snapshot(self, source: str) -> Snapshot | None:
        """The latest snapshot of a source, or None if it was never loaded."""
        row = self.db.conn.execute(
            "SELECT * FROM snapshots WHERE source = ? ORDER BY id DESC LIMIT 1", (source,)
        ).fetchone()
        return self._snapshot_from_row(row) if row else None

    def current_snapshots(self) -> list[Snapshot]:
        """The latest snapshot of every source, by source name."""
        rows = self.db.conn.execute(
            "SELECT * FROM snapshots WHERE id IN (SELECT MAX(id) FROM snapshots GROUP BY source)"
            " ORDER BY source"
        ).fetchall()
        return [self._snapshot_from_row(r) for r in rows]

    def current_snapshot_ids(self) -> list[int]:
        """The ids of :meth:`current_snapshots`, in the same order (cheap: asked before every screening)."""
        newest = self.db.conn.execute("SELECT MAX(id) FROM snapshots").fetchone()[0]
        cached = self._current_ids
        if cached is not None and cached[0] == newest:
            return list(cached[1])
        rows = self.db.conn.execute(
            "SELECT MAX(id) FROM snapshots GROUP BY source ORDER BY source"
        ).fetchall()
        ids = [r[0] for r in rows]
        self._current_ids = (newest, ids)
        return list(ids)

    def list_versions(self, snapshot_ids: list[int] | None = None) -> list[ListVersion]:
        """The ListVersion of the given snapshots (default: the current ones)."""
        if snapshot_ids is None:
            return [s.list_version() for s in self.current_snapshots()]
        found = [self.snapshot(i) for i in snapshot_ids]
        return [s.list_version() for s in found if s is not None]

    # -- entities --------------------------------------------------------------------------

    def iter_entities(self, snapshot_ids: list[int] | None = None) -> Iterator[Entity]:
        """Every entity of the given snapshots (default: the current snapshot of every source)."""
        if snapshot_ids is None:
            snapshot_ids = [s.id for s in self.current_snapshots()]
        for snapshot_id in snapshot_ids:
            rows = self.db.conn.execute(
                "SELECT b.data FROM snapshot_entities e JOIN entity_blobs b USING (content_hash)"
                " WHERE e.snapshot_id = ? ORDER BY e.entity_id",
                (snapshot_id,),
            )
            for row in rows:
                yield Entity.from_dict(json.loads(row[0]))

    def get_entity(self, entity_id: str, snapshot_id: int | None = None) -> Entity | None:
        """An entity from a given snapshot, else from the newest snapshot that holds it."""
        record = self.entity_record(entity_id, snapshot_id)
        return record.entity if record else None

    def entity_record(self, entity_id: str, snapshot_id: int | None = None) -> EntityRecord | None:
        """An entity with its snapshot, whether that snapshot is current, and who links to it."""
        conn = self.db.conn
        if snapshot_id is None:
            row = conn.execute(
                "SELECT e.snapshot_id, b.data FROM snapshot_entities e"
                " JOIN entity_blobs b USING (content_hash) WHERE e.entity_id = ?"
                " ORDER BY e.snapshot_id DESC LIMIT 1",
                (entity_id,),
            ).fetchone()
        else:
            row = conn.execute(
                "SELECT e.snapshot_id, b.data FROM snapshot_entities e"
                " JOIN entity_blobs b USING (content_hash) WHERE e.entity_id = ? AND e.snapshot_id = ?",
                (entity_id, snapshot_id),
            ).fetchone()
        if row is None:
            return None
        snapshot = self.snapshot(row[0])
        assert snapshot is not None
        current = self.current_snapshot(snapshot.source)
        linked_from = [
            (r[0], r[1], r[2])
            for r in conn.execute(
                "SELECT l.entity_id, e.caption, l.kind FROM snapshot_links l JOIN snapshot_entities e"
                " ON e.snapshot_id = l.snapshot_id AND e.entity_id = l.entity_id"
                " WHERE l.target_id = ? AND l.snapshot_id = ? ORDER BY e.caption",
                (entity_id, snapshot.id),
            )
        ]
        return EntityRecord(
            entity=Entity.from_dict(json.loads(row[1])),
            snapshot=snapshot,
            current=current is not None and current.id == snapshot.id,
            linked_from=linked_from,
        )

    # -- diffs -----------------------------------------------------------------------------

    def diff(self, source: str, old_id: int | None = None, new_id: int | None = None) -> ListDiff:
        """Designations added, removed and changed between two snapshots of a source.

        By default compares the last two snapshots; with one snapshot only, everything is "added".
        """
        history = self.snapshots(source)
        if not history:
            raise StoreError(f"no snapshot of source {source!r}; load or update it first")
        by_id = {s.id: s for s in history}
        new = by_id.get(new_id) if new_id is not None else history[-1]
        if new is None:
            raise StoreError(f"snapshot {new_id} is not a snapshot of {source!r}")
        if old_id is not None:
            old = by_id.get(old_id)
            if old is None:
                raise StoreError(f"snapshot {old_id} is not a snapshot of {source!r}")
        else:
            earlier = [s for s in history if s.id < new.id]
            old = earlier[-1] if earlier else None
        new_rows = self._entity_rows(new.id)
        old_rows = self._entity_rows(old.id) if old else {}
        added = [self._change(r) for eid, r in new_rows.items() if eid not in old_rows]
        removed = [self._change(r) for eid, r in old_rows.items() if eid not in new_rows]
        changed = []
        for eid, row in new_rows.items():
            before = old_rows.get(eid)
            if before is not None and before["content_hash"] != row["content_hash"]:
                change = self._change(row)
                change.fields = self._changed_fields(before["content_hash"], row["content_hash"])
                changed.append(change)
        key = lambda c: c.caption  # noqa: E731
        return ListDiff(
            source=source,
            old=old,
            new=new,
            added=sorted(added, key=key),
            removed=sorted(removed, key=key),
            changed=sorted(changed, key=key),
        )

    def _entity_rows(self, snapshot_id: int) -> dict[str, Any]:
        rows = self.db.conn.execute(
            "SELECT entity_id, source_id, schema, caption, content_hash FROM snapshot_entities"
            " WHERE snapshot_id = ?",
            (snapshot_id,),
        )
        return {r["entity_id"]: r for r in rows}

    @staticmethod
    def _change(row: Any) -> EntityChange:
        return EntityChange(
            entity_id=row["entity_id"],
            source_id=row["source_id"],
            schema=row["schema"],
            caption=row["caption"],
        )

    def _changed_fields(self, old_hash: str, new_hash: str) -> list[str]:
        rows = dict(
            self.db.conn.execute(
                "SELECT content_hash, data FROM entity_blobs WHERE content_hash IN (?, ?)",
                (old_hash, new_hash),
            ).fetchall()
        )
        before, after = json.loads(rows[old_hash]), json.loads(rows[new_hash])
        return sorted(k for k in set(before) | set(after) if before.get(k) != after.get(k))
