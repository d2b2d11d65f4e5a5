"""Saving and loading the candidate index, and the one index each process keeps.

The file is ``config.index_dir()/<key>.idx`` where the key hashes the ids and
content hashes of the store's current snapshots and
:data:`~embargo.match.index.INDEX_FORMAT`, so a new list version or a new index
layout gets a new file, and neither an old one nor another store's is read by
mistake (a copy of the store, on a dask worker, finds its index). Each use of a
file marks it (its modification time); once a new index is saved, all but the
:data:`KEEP_INDEX_FILES` most recently used files of the folder are deleted (each
is tens of MB, and lists change daily). The file starts with a magic line and the
SHA-256 of the pickled payload: a truncated or altered file is detected, logged
and rebuilt from the store. The index folder holds derived data only (safe to
delete).
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import pickle
import tempfile
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from embargo import config
from embargo.errors import StoreError
from embargo.match.index import INDEX_FORMAT, MatchIndex

if TYPE_CHECKING:
    from embargo.store import Store

log = logging.getLogger(__name__)

MAGIC = b"EMBARGO-INDEX\n"
#: Index files kept in the folder: the current one and the last few used (other stores in the same
#: home, or a process still on the previous list versions).
KEEP_INDEX_FILES = 3
_lock = threading.Lock()
_current: tuple[str, MatchIndex] | None = None
#: The default store (path, inode of its file, Store), see default_store.
_default: tuple[Path, int, Store] | None = None


def save_index(index: MatchIndex, path: Path | str) -> None:
    """Write the index atomically (a temporary file renamed into place)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    payload = pickle.dumps(index, protocol=pickle.HIGHEST_PROTOCOL)
    digest = hashlib.sha256(payload).hexdigest().encode("ascii")
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(MAGIC + digest + b"\n" + payload)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def load_index_file(path: Path | str) -> MatchIndex:
    """Read an index file written by :func:`save_index`; StoreError when it is missing or damaged."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise StoreError(f"cannot read index {path}: {exc.strerror or exc}") from None
    if not data.startswith(MAGIC):
        raise StoreError(f"{path} is not an Embargo index file")
    header_end = data.find(b"\n", len(MAGIC))
    digest = data[len(MAGIC) : header_end]
    payload = data[header_end + 1 :]
    if header_end < 0 or hashlib.sha256(payload).hexdigest().encode("ascii") != digest:
        raise StoreError(f"index {path} is damaged (checksum mismatch)")
    try:
        index = pickle.loads(payload)  # noqa: S301 - our own file, checksummed, in the user's data dir
    except Exception as exc:  # noqa: BLE001 - any unpickling failure means a damaged file
        raise StoreError(f"index {path} is damaged: {exc}") from None
    if not isinstance(index, MatchIndex) or index.format != INDEX_FORMAT:
        raise StoreError(f"index {path} has another format; it will be rebuilt")
    return index


def index_key(snapshots: list[tuple[int, str]]) -> str:
    """The file key of the index over these (snapshot id, content hash) pairs and this index format."""
    text = ",".join(f"{i}:{content}" for i, content in sorted(snapshots)) + f"|format={INDEX_FORMAT}"
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:24]


def index_path(store, snapshot_ids: list[int]) -> Path:  # noqa: ANN001 - embargo.store.Store
    """Where the index of the store over these snapshots is persisted."""
    snapshots = [(i, found.content_hash if (found := store.snapshot(i)) else "") for i in snapshot_ids]
    return config.index_dir() / f"{index_key(snapshots)}.idx"


def prune_index_files(folder: Path, keep: int = KEEP_INDEX_FILES) -> None:
    """Delete all but the ``keep`` most recently used index files of the folder (a failure is logged)."""
    files = []
    for path in folder.glob("*.idx"):
        try:
            files.append((path.stat().st_mtime, path))
        except OSError:
            continue
    for _, path in sorted(files, reverse=True)[keep:]:
        try:
            path.unlink()
            log.info("removed the outdated index %s", path)
        except OSError as exc:
            log.warning("cannot remove the outdated index %s: %s", path, exc)


def _mark_used(path: Path) -> None:
    # A read-only folder (a worker's copy) cannot be marked: the mark only orders pruning.
    with contextlib.suppress(OSError):
        os.utime(path)


def load_index(store=None) -> MatchIndex:  # noqa: ANN001 - embargo.store.Store or None
    """The index over the store's current snapshots: from memory, else from disk, else built.

    One index is kept per process and replaced when the current snapshots
    change. A damaged file is logged as a warning and rebuilt from the store.
    """
    global _current
    if store is None:
        store = default_store()
    ids = store.current_snapshot_ids()
    key = f"{store.path}|{sorted(ids)}"  # a snapshot id names fixed content within a store
    with _lock:
        if _current is not None and _current[0] == key:
            return _current[1]
        path = index_path(store, ids)
        index: MatchIndex | None = None
        if path.exists():
            try:
                index = load_index_file(path)
                _mark_used(path)
            except StoreError as exc:
                log.warning("%s; rebuilding the index from the store", exc)
        if index is None:
            index = MatchIndex.build(store.iter_entities(ids), store.list_versions(ids))
            try:
                save_index(index, path)
            except OSError as exc:
                log.warning("cannot save the index to %s: %s", path, exc)
            else:
                prune_index_files(path.parent)
        _current = (key, index)
        return index


def default_store() -> Store:
    """The store at ``$EMBARGO_HOME``, opened once and kept while its file stays the same one.

    Opening a store costs a connection and a schema check, about a quarter of a screening
    through ``embargo.screen``; a file removed or replaced since (another inode), or another
    ``EMBARGO_HOME``, gets a fresh one. Each thread has its own connection (see Database).
    """
    global _default
    from embargo.store import Store

    path = config.store_path()
    with contextlib.suppress(OSError):
        inode = path.stat().st_ino
        cached = _default
        if cached is not None and cached[0] == path and cached[1] == inode:
            return cached[2]
    store = Store.open(path)
    with _lock:
        _default = (path, path.stat().st_ino, store)
    return store


def reset_index() -> None:
    """Forget the in-memory index (tests, or after loading new lists in the same process)."""
    global _current
    with _lock:
        _current = None
