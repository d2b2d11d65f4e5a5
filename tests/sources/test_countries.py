"""Country names and codes to ISO alpha-2, with rigour's name table cached on disk."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from embargo.sources import countries


@pytest.fixture
def fresh_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    countries._name_table.cache_clear()
    countries.country_code.cache_clear()
    yield countries._cache_file()
    countries._name_table.cache_clear()
    countries.country_code.cache_clear()


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Russia", "ru"),
        ("Russian Federation", "ru"),
        ("RUS", "ru"),
        ("Iran (Islamic Republic of)", "ir"),
        ("Korea, North", "kp"),
        ("Burma", "mm"),
        ("Leningrad", "ru"),  # a place resolves to its country, not a subdivision code
        ("suhh", "suhh"),  # historical codes (the USSR) stay codes
        ("-0-", None),
        ("", None),
        ("Atlantis Republic", None),
    ],
)
def test_country_code(text: str, code: str | None) -> None:
    assert countries.country_code(text) == code


def test_name_table_is_cached_and_a_damaged_cache_is_rebuilt(fresh_cache: Path) -> None:
    assert countries.country_code("Syrian Arab Republic") == "sy"
    table = json.loads(fresh_cache.read_text("utf-8"))
    assert table and all(isinstance(v, str) for v in table.values())
    fresh_cache.write_text("{not json", "utf-8")
    countries._name_table.cache_clear()
    countries.country_code.cache_clear()
    assert countries.country_code("Syrian Arab Republic") == "sy"
    assert json.loads(fresh_cache.read_text("utf-8")) == table
