"""Shared fixtures: a temporary EMBARGO_HOME for every test, and the real list files."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def _test_data_dir() -> Path:
    return Path(os.environ.get("EMBARGO_TEST_DATA", REPO_ROOT.parent / "shared" / "data")).resolve()


@pytest.fixture(autouse=True)
def embargo_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own empty store and index folder."""
    home = tmp_path_factory.mktemp("embargo-home")
    monkeypatch.setenv("EMBARGO_HOME", str(home))
    return home


@pytest.fixture(scope="session")
def test_data() -> Path:
    """The shared real data folder; skips (or fails under CI) when it is absent."""
    path = _test_data_dir()
    if not (path / "lists").is_dir():
        if os.environ.get("EMBARGO_REQUIRE_DATA"):
            pytest.fail(f"EMBARGO_REQUIRE_DATA is set but the test data is missing at {path}")
        pytest.skip(f"real list files not found at {path} (set EMBARGO_TEST_DATA)")
    return path


@pytest.fixture(scope="session")
def lists_dir(test_data: Path) -> Path:
    """The folder of real official list files."""
    return test_data / "lists"


@pytest.fixture
def fixtures_dir() -> Path:
    """Small list files written by the project in the official formats."""
    return FIXTURES
