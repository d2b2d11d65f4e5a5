"""The store: one SQLite file holding list snapshots, audit records and API keys."""

from embargo.store.db import Database
from embargo.store.snapshots import EntityChange, EntityRecord, ListDiff, Snapshot, Store

__all__ = ["Database", "EntityChange", "EntityRecord", "ListDiff", "Snapshot", "Store"]
