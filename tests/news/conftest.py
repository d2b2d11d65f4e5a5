"""Fixtures of the news tests: the five real articles, and a tiny real matching index."""

from __future__ import annotations

from pathlib import Path

import pytest

from embargo.model import Entity, ListVersion, Name, Query, Result, make_entity_id


@pytest.fixture(scope="session")
def articles_dir(test_data: Path) -> Path:
    """The folder of the five real news articles (skips when the shared data is absent)."""
    path = test_data / "news" / "articles"
    if not path.is_dir():
        pytest.skip(f"news articles not found at {path}")
    return path


@pytest.fixture(scope="session")
def article(articles_dir: Path):  # noqa: ANN201 - returns a lookup function
    """The path of a real article by its number prefix ("001")."""

    def find(prefix: str) -> Path:
        matches = sorted(articles_dir.glob(f"{prefix}_*"))
        assert matches, f"article {prefix} missing in {articles_dir}"
        return matches[0]

    return find


def _entity(source: str, source_id: str, schema: str, names: list[str], **kwargs: object) -> Entity:
    entity = Entity(
        entity_id=make_entity_id(source, source_id),
        source=source,
        source_id=source_id,
        schema=schema,  # type: ignore[arg-type]
        names=[Name(full=n, kind="primary" if i == 0 else "alias") for i, n in enumerate(names)],
    )
    for key, value in kwargs.items():
        setattr(entity, key, value)
    return entity


@pytest.fixture(scope="session")
def tiny_entities() -> list[Entity]:
    """A handful of listed parties written the way lists write them."""
    return [
        _entity(
            "test-list",
            "1",
            "Person",
            ["PUTIN, Vladimir Vladimirovich", "PUTIN, Vladimir"],
            positions=["President of the Russian Federation"],
            nationalities=["ru"],
        ),
        _entity("test-list", "2", "Company", ["PUTIN TRADING LLC"], countries=["cy"]),
        _entity("test-list", "3", "Organization", ["BANK ROSSIYA"], countries=["ru"]),
        _entity(
            "test-list",
            "4",
            "Person",
            ["KADYROV, Ramzan Akhmatovich"],
            positions=["Head of the Chechen Republic"],
            nationalities=["ru"],
        ),
        _entity("test-list", "5", "Person", ["WANG, Guo Ying"], nationalities=["cn"]),
    ]


@pytest.fixture(scope="session")
def tiny_index(tiny_entities: list[Entity]):  # noqa: ANN201 - a MatchIndex
    """A real matching index over :func:`tiny_entities`."""
    match = pytest.importorskip("embargo.match.index")
    version = ListVersion(source="test-list", version="t1", snapshot_id=1)
    return match.MatchIndex.build(tiny_entities, [version])


@pytest.fixture
def tiny_screener(tiny_index, tiny_entities):  # noqa: ANN001, ANN201
    """(screener, entity_lookup) over the tiny index, as the pipeline takes them."""
    from embargo.match import DEFAULT_THRESHOLD

    by_id = {e.entity_id: e for e in tiny_entities}
    calls: list[Query] = []

    def screener(query: Query) -> Result:
        calls.append(query)
        matches = tiny_index.search(query, limit=10, threshold=DEFAULT_THRESHOLD - 0.05)
        return Result(
            query=query, matches=matches, threshold=DEFAULT_THRESHOLD, list_versions=tiny_index.list_versions
        )

    screener.calls = calls  # type: ignore[attr-defined]
    return screener, by_id.get
