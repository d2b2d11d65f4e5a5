"""The snapshot store: atomic loads, versions, diffs and entity records, on a real SQLite file."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from embargo.errors import ListFormatError, StoreError
from embargo.model import Entity, Link, Name, make_entity_id
from embargo.sources.base import ParsedList
from embargo.store import Store


def person(source_id: str, name: str, **kwargs: object) -> Entity:
    return Entity(
        entity_id=make_entity_id("test-list", source_id),
        source="test-list",
        source_id=source_id,
        schema="Person",
        names=[Name(full=name)],
        **kwargs,  # type: ignore[arg-type]
    )


def parsed(entities: list[Entity] | Iterator[Entity], version: str | None = None) -> ParsedList:
    return ParsedList(format="test", source="test-list", files=[], entities=entities, version=version)


def test_load_makes_a_snapshot_with_counts(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "s.db")
    snap = store.load(parsed([person("1", "A ONE"), person("2", "B TWO")], "v1"), origin="test")
    assert snap.version == "v1"
    assert snap.entity_count == 2
    assert snap.counts_by_schema == {"Person": 2}
    assert [e.source_id for e in store.iter_entities()] == ["1", "2"]
    assert store.list_versions()[0].version == "v1"


def test_failed_load_keeps_last_good_snapshot(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "s.db")
    good = store.load(parsed([person("1", "A ONE")], "v1"), origin="test")

    def broken() -> Iterator[Entity]:
        yield person("9", "NEW ONE")
        raise ListFormatError("list.csv", "wrong column count", "line 2")

    with pytest.raises(ListFormatError):
        store.load(parsed(broken(), "v2"), origin="test")
    current = store.current_snapshot("test-list")
    assert current is not None and current.id == good.id
    assert [e.source_id for e in store.iter_entities()] == ["1"]
    assert len(store.snapshots("test-list")) == 1


def test_empty_list_is_refused(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "s.db")
    store.load(parsed([person("1", "A ONE")]), origin="test")
    with pytest.raises(StoreError, match="no entities"):
        store.load(parsed([]), origin="test")
    assert store.current_snapshot("test-list").entity_count == 1  # type: ignore[union-attr]


def test_unchanged_content_makes_no_new_snapshot(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "s.db")
    first = store.load(parsed([person("1", "A ONE")]), origin="test")
    again = store.load(parsed([person("1", "A ONE")]), origin="test")
    assert again.unchanged and again.id == first.id
    assert len(store.snapshots()) == 1


def test_diff_added_removed_changed(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "s.db")
    store.load(parsed([person("1", "A ONE"), person("2", "B TWO")], "v1"), origin="test")
    store.load(parsed([person("2", "B TWO", gender="male"), person("3", "C THREE")], "v2"), origin="test")
    diff = store.diff("test-list")
    assert [c.source_id for c in diff.added] == ["3"]
    assert [c.source_id for c in diff.removed] == ["1"]
    assert [(c.source_id, c.fields) for c in diff.changed] == [("2", ["gender"])]
    # Old snapshots stay readable, so a past screening can be reproduced.
    old_ids = [e.source_id for e in store.iter_entities([diff.old.id])]  # type: ignore[union-attr]
    assert old_ids == ["1", "2"]


def test_entity_record_with_reverse_links(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "s.db")
    target = person("1", "PUTIN, Vladimir")
    relative = person(
        "2",
        "RELATIVE",
        links=[Link(kind="linked_to", target_name="PUTIN, Vladimir", target_id=target.entity_id)],
    )
    store.load(parsed([target, relative]), origin="test")
    record = store.entity_record(target.entity_id)
    assert record is not None and record.current
    assert record.linked_from == [(relative.entity_id, "RELATIVE", "linked_to")]
    assert store.entity_record("test-list-missing") is None


def test_diff_of_unknown_source(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "s.db")
    with pytest.raises(StoreError, match="no snapshot"):
        store.diff("nope")


def test_not_a_store_file(tmp_path: Path) -> None:
    bogus = tmp_path / "bogus.db"
    bogus.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StoreError):
        Store.open(bogus)


def test_current_snapshot_ids_follow_loads_from_this_and_other_connections(tmp_path: Path) -> None:
    path = tmp_path / "s.db"
    reader, writer = Store.open(path), Store.open(path)
    assert reader.current_snapshot_ids() == []
    first = reader.load(parsed([person("1", "A ONE")], "v1"), origin="test")
    assert reader.current_snapshot_ids() == [first.id] == [s.id for s in reader.current_snapshots()]
    second = writer.load(parsed([person("1", "A ONE"), person("2", "B TWO")], "v2"), origin="test")
    assert reader.current_snapshot_ids() == [second.id]
    with pytest.raises(StoreError):
        reader.load(parsed([]), origin="test")  # a refused load changes nothing
    assert reader.current_snapshot_ids() == [second.id]
