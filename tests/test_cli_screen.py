"""``embargo screen`` on a real store: table, JSON, exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from embargo.cli import app
from embargo.sources import read_list
from embargo.store import Store


@pytest.fixture(scope="module")
def loaded_home(lists_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    home = tmp_path_factory.mktemp("cli-screen-home")
    store = Store.open(home / "embargo.db")
    store.load(read_list(lists_dir / "un" / "consolidated.xml"), origin="test")
    return home


@pytest.fixture
def runner(loaded_home: Path, monkeypatch: pytest.MonkeyPatch) -> CliRunner:
    monkeypatch.setenv("EMBARGO_HOME", str(loaded_home))
    return CliRunner()


def test_table_output(runner: CliRunner) -> None:
    result = runner.invoke(app, ["screen", "SALEK, Abdulhai", "--type", "person"])
    assert result.exit_code == 0, result.output
    assert "SALEK" in result.output and "un-sc" in result.output


def test_json_output(runner: CliRunner) -> None:
    result = runner.invoke(app, ["screen", "Abdulhai Salek", "--json", "--limit", "2"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["matches"][0]["source"] == "un-sc"
    assert data["matches"][0]["explanation"]["features"][0]["feature"] == "name"
    assert data["list_versions"] and data["threshold"] > 0


def test_no_match_exits_zero(runner: CliRunner) -> None:
    result = runner.invoke(app, ["screen", "Emily Johnson"])
    assert result.exit_code == 0
    assert "No match" in result.output


@pytest.mark.parametrize(
    "args", [["screen", "!!"], ["screen", "Salek", "--dob", "soon"], ["screen", "Salek", "--type", "x"]]
)
def test_invalid_query_exits_two(runner: CliRunner, args: list[str]) -> None:
    result = runner.invoke(app, args)
    assert result.exit_code == 2
    assert "invalid query" in result.output


def test_each_cli_screening_is_audited(runner: CliRunner, loaded_home: Path) -> None:
    from embargo.store.audit import iter_records, verify_chain

    store = Store.open(loaded_home / "embargo.db")
    before = len(list(iter_records(store, channel="cli")))
    assert runner.invoke(app, ["screen", "Abdulhai Salek", "--json"]).exit_code == 0
    records = list(iter_records(store, channel="cli"))
    assert len(records) == before + 1
    assert records[-1].result["query"]["name"] == "Abdulhai Salek"
    assert verify_chain(store).ok
