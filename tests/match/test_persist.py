"""The persisted index: one file per list versions and content, outdated files removed."""

from __future__ import annotations

import os
from pathlib import Path

from embargo import config
from embargo.demo import SAMPLE_FORMAT, SAMPLE_PATH, SAMPLE_SOURCE
from embargo.match.persist import KEEP_INDEX_FILES, index_path, load_index, reset_index
from embargo.sources import read_list
from embargo.store import Store


def _store(path: Path, source: str = SAMPLE_SOURCE) -> Store:
    store = Store.open(path)
    store.load(read_list(SAMPLE_PATH, SAMPLE_FORMAT, source=source), origin="test")
    return store


def test_stores_with_the_same_snapshot_ids_but_other_lists_keep_their_own_index(tmp_path: Path) -> None:
    first, second = _store(tmp_path / "a.db"), _store(tmp_path / "b.db", source="another-list")
    ids = first.current_snapshot_ids()
    assert ids == second.current_snapshot_ids()
    assert index_path(first, ids) != index_path(second, ids)
    reset_index()
    assert load_index(first).list_versions[0].source == SAMPLE_SOURCE
    reset_index()
    assert load_index(second).list_versions[0].source == "another-list"
    reset_index()


def test_a_copy_of_the_store_finds_the_same_index(tmp_path: Path) -> None:
    first, second = _store(tmp_path / "a.db"), _store(tmp_path / "b.db")
    ids = first.current_snapshot_ids()
    assert index_path(first, ids) == index_path(second, ids)


def test_only_the_most_recently_used_index_files_are_kept(tmp_path: Path) -> None:
    store = _store(tmp_path / "embargo.db")
    folder = config.index_dir()
    folder.mkdir(parents=True, exist_ok=True)
    old_files = [folder / f"{n:024x}.idx" for n in range(KEEP_INDEX_FILES + 2)]
    for age, path in enumerate(old_files):
        path.write_bytes(b"an index of older list versions")
        os.utime(path, (1_000_000 + age, 1_000_000 + age))
    reset_index()
    load_index(store)
    current = index_path(store, store.current_snapshot_ids())
    kept = sorted(folder.glob("*.idx"))
    assert current in kept and len(kept) == KEEP_INDEX_FILES
    assert set(kept) - {current} == set(old_files[-(KEEP_INDEX_FILES - 1) :])  # the newest of the old
    reset_index()
