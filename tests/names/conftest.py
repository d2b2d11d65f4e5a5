"""Fixtures of the name tests that search real lists."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from embargo.match import DEFAULT_THRESHOLD, MatchIndex
from embargo.model import ListVersion, Match, Query


@pytest.fixture(scope="session")
def listed_index(lists_dir: Path) -> MatchIndex:
    """OFAC SDN 2023 and BIS DPL in one index, built once for every name test that searches them."""
    from embargo.sources import read_list

    entities, versions = [], []
    for folder in ("ofac-sdn-2023", "bis-dpl"):
        parsed = read_list(lists_dir / folder)
        entities.extend(parsed.entities)
        versions.append(ListVersion(source=parsed.source, version="v", snapshot_id=len(versions) + 1))
    return MatchIndex.build(entities, versions)


@pytest.fixture(scope="session")
def listed_person_matches(listed_index: MatchIndex) -> Callable[..., list[Match]]:
    """Screen a person's name against :func:`listed_index`: its matches at the default threshold."""

    def search(name: str, limit: int = 3) -> list[Match]:
        return listed_index.search(
            Query(name=name, schema="Person"), limit=limit, threshold=DEFAULT_THRESHOLD
        )

    return search
