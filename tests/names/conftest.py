"""Fixtures of the name tests that search real lists."""

from __future__ import annotations

from pathlib import Path

import pytest

from embargo.match import MatchIndex
from embargo.model import ListVersion


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
