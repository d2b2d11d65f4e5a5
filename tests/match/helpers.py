"""Listed entities and small indexes built in memory, for the matching tests."""

from __future__ import annotations

from embargo.match import MatchIndex
from embargo.model import Entity, ListVersion, Name, make_entity_id


def listed_entity(source_id: str, schema: str, *names: str, **extra) -> Entity:  # noqa: ANN003
    """An entity of the "test" source: the first name primary, the others aliases."""
    return Entity(
        entity_id=make_entity_id("test", source_id),
        source="test",
        source_id=source_id,
        schema=schema,  # type: ignore[arg-type]
        names=[Name(full=n, kind="primary" if i == 0 else "alias") for i, n in enumerate(names)],
        programs=["TEST-PROG"],
        **extra,
    )


def build_index(entities: list[Entity]) -> MatchIndex:
    """The index over these entities, as one version of the "test" list."""
    return MatchIndex.build(entities, [ListVersion(source="test", version="v1", snapshot_id=1)])
