"""`embargo lists load/status/diff` and `embargo entity show`, on the real list files and a real store."""

from __future__ import annotations

import contextlib
import io
import json
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from embargo.cli import app
from embargo.cli.common import run_safely
from embargo.store import Store


@dataclass
class CliResult:
    """What a run of the real CLI entry point printed and returned."""

    exit_code: int
    stdout: str
    stderr: str

    def json(self) -> Any:
        return json.loads(self.stdout)


def run_cli(*args: str | Path) -> CliResult:
    """Run the CLI as the `embargo` script does (run_safely turns EmbargoError into exit 1)."""
    out, err = io.StringIO(), io.StringIO()
    code = 0
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            run_safely(app, [str(a) for a in args])
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else 1
    return CliResult(code, out.getvalue(), err.getvalue())


def assert_one_line_error(result: CliResult, *needles: str) -> str:
    assert result.exit_code == 1, (result.stdout, result.stderr)
    err = result.stderr.strip()
    assert err.startswith("error: "), err
    assert "\n" not in err, err
    assert "Traceback" not in err
    for needle in needles:
        assert needle in err, err
    return err


# -- a store with the real lists, built once ---------------------------------------------


@pytest.fixture(scope="module")
def real_db(lists_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """ofac-sdn 2021 then 2023 (two snapshots of one source), UN, BIS DPL and the US CSL."""
    home = tmp_path_factory.mktemp("real-home")
    mp = pytest.MonkeyPatch()
    mp.setenv("EMBARGO_HOME", str(home))
    try:
        for path in ("ofac-sdn-2021", "ofac-sdn-2023", "un", "bis-dpl", "us-csl"):
            result = run_cli("lists", "load", lists_dir / path, "--json")
            assert result.exit_code == 0, result.stderr
    finally:
        mp.undo()
    store = Store.open(home / "embargo.db")
    store.db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.db.close()
    return home / "embargo.db"


@pytest.fixture
def real_store(real_db: Path, embargo_home: Path) -> Path:
    shutil.copy(real_db, embargo_home / "embargo.db")
    return embargo_home / "embargo.db"


def test_status_reports_true_counts(real_store: Path) -> None:
    result = run_cli("lists", "status", "--json")
    assert result.exit_code == 0, result.stderr
    data = result.json()
    assert data["store"] == str(real_store)
    by_source = {s["source"]: s for s in data["sources"]}
    assert set(by_source) == {"ofac-sdn", "un-sc", "bis-dpl", "us-csl"}
    sdn = by_source["ofac-sdn"]
    assert sdn["entity_count"] == 11443  # the 2023 set, the current snapshot
    assert sdn["snapshot_count"] == 2  # the 2021 snapshot is kept
    assert sum(sdn["counts_by_schema"].values()) == 11443
    assert by_source["un-sc"]["entity_count"] == 730 + 273
    assert by_source["un-sc"]["counts_by_schema"]["Person"] == 730
    assert by_source["un-sc"]["published"].startswith("2026-02-27")
    for snap in data["sources"]:
        assert snap["loaded_at"] and snap["version"] and snap["checksums"]
    assert data["entity_count"] == sum(s["entity_count"] for s in data["sources"])
    text = run_cli("lists", "status")
    assert text.exit_code == 0 and "ofac-sdn" in text.stdout and "11,443" in text.stdout


def test_entity_show_putin_with_links(real_store: Path) -> None:
    result = run_cli("entity", "show", "ofac-sdn-35096", "--json")
    assert result.exit_code == 0, result.stderr
    data = result.json()
    entity = data["entity"]
    assert entity["names"][0]["full"] == "PUTIN, Vladimir Vladimirovich"
    assert any(n["full"] == "PUTIN, Vladimir" for n in entity["names"][1:])
    assert entity["birth_dates"][0]["start"] == "1952-10-07"
    assert entity["nationalities"] == ["ru"]
    assert entity["programs"] == ["RUSSIA-EO14024"]
    assert data["current"] is True
    assert data["snapshot"]["source"] == "ofac-sdn" and data["snapshot"]["entity_count"] == 11443
    linked = {link["entity_id"]: link for link in data["linked_from"]}
    assert "ofac-sdn-37444" in linked  # the yacht GRACEFUL, "Linked To: PUTIN, Vladimir Vladimirovich"
    assert linked["ofac-sdn-37444"]["caption"] == "GRACEFUL"
    # The other forms of the id, and the human view.
    for ident in ("ofac-sdn:35096", "35096"):
        assert run_cli("entity", "show", ident, "--json").json()["entity"]["entity_id"] == "ofac-sdn-35096"
    text = run_cli("entity", "show", "ofac-sdn-35096")
    for needle in (
        "PUTIN, Vladimir Vladimirovich",
        "1952-10-07",
        "RUSSIA-EO14024",
        "GRACEFUL",
        "ofac-sdn-37444",
    ):
        assert needle in text.stdout


def test_entity_show_links_from_the_entity(real_store: Path) -> None:
    data = run_cli("entity", "show", "ofac-sdn-37444", "--json").json()
    assert {"target_id": "ofac-sdn-35096"}.items() <= data["entity"]["links"][0].items()


def test_entity_show_unknown_id(real_store: Path) -> None:
    assert_one_line_error(run_cli("entity", "show", "ofac-sdn-999999999"), "no entity 'ofac-sdn-999999999'")
    assert_one_line_error(run_cli("entity", "show", "nope:1"), "no entity")


def test_diff_between_the_last_two_snapshots(real_store: Path) -> None:
    result = run_cli("lists", "diff", "ofac-sdn", "--json")
    assert result.exit_code == 0, result.stderr
    diff = result.json()
    counts = diff["counts"]
    assert counts["added"] == len(diff["added"]) > 0
    assert counts["removed"] == len(diff["removed"]) > 0
    assert counts["changed"] == len(diff["changed"]) > 0
    assert diff["new"]["entity_count"] == diff["old"]["entity_count"] + counts["added"] - counts["removed"]
    added = {c["entity_id"] for c in diff["added"]}
    assert "ofac-sdn-35096" in added  # designated in 2022: not in the 2021 file
    assert all(c["fields"] for c in diff["changed"])
    text = run_cli("lists", "diff", "ofac-sdn", "--limit", "5")
    assert text.exit_code == 0
    assert f"{counts['added']:,} added" in text.stdout and "more (use --limit or --json)" in text.stdout


def _ent_nums(sdn_csv: Path) -> set[str]:
    """The ent_num column of a raw sdn.csv, read independently of the reader."""
    import csv

    with sdn_csv.open(encoding="cp1252", newline="") as handle:
        return {row[0].strip() for row in csv.reader(handle) if row and row[0].strip().isdigit()}


def test_diff_counts_equal_the_true_difference_of_the_files(real_store: Path, lists_dir: Path) -> None:
    old = _ent_nums(lists_dir / "ofac-sdn-2021" / "sdn.csv")
    new = _ent_nums(lists_dir / "ofac-sdn-2023" / "sdn.csv")
    counts = run_cli("lists", "diff", "ofac-sdn", "--json").json()["counts"]
    assert counts["added"] == len(new - old)
    assert counts["removed"] == len(old - new)


def test_history_and_diff_between_chosen_snapshots(real_store: Path) -> None:
    history = run_cli("lists", "history", "ofac-sdn", "--json").json()
    assert [s["entity_count"] for s in history] == [8976, 11443]
    old, new = history[0]["id"], history[1]["id"]
    backwards = run_cli("lists", "diff", "ofac-sdn", "--from", str(new), "--to", str(old), "--json").json()
    forwards = run_cli("lists", "diff", "ofac-sdn", "--json").json()
    assert backwards["counts"]["added"] == forwards["counts"]["removed"]
    assert "ofac-sdn" in run_cli("lists", "history", "ofac-sdn").stdout
    assert_one_line_error(run_cli("lists", "history", "nope"), "no snapshot of source 'nope'")
    assert_one_line_error(run_cli("lists", "diff", "ofac-sdn", "--from", "999"), "snapshot 999")


def test_diff_of_a_source_with_one_snapshot(real_store: Path) -> None:
    diff = run_cli("lists", "diff", "bis-dpl", "--json").json()
    assert diff["old"] is None and diff["counts"]["added"] == diff["new"]["entity_count"]


def test_diff_unknown_source(real_store: Path) -> None:
    assert_one_line_error(run_cli("lists", "diff", "no-such-list"), "no snapshot of source 'no-such-list'")


def test_status_of_an_empty_store() -> None:
    assert run_cli("lists", "status", "--json").json()["sources"] == []
    assert "no list yet" in run_cli("lists", "status").stdout


# -- bad input: one line, exit 1, the previous snapshot intact -----------------------------


@pytest.fixture
def un_store(lists_dir: Path) -> Store:
    """A store with one good UN snapshot."""
    result = run_cli("lists", "load", lists_dir / "un" / "consolidated.xml")
    assert result.exit_code == 0, result.stderr
    return Store.open()


def assert_intact(store: Store) -> None:
    snaps = store.snapshots()
    assert [s.source for s in snaps] == ["un-sc"]
    assert snaps[0].entity_count == 1003
    assert sum(1 for _ in store.iter_entities()) == 1003
    assert store.db.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_truncated_xml(un_store: Store, lists_dir: Path, tmp_path: Path) -> None:
    data = (lists_dir / "un" / "consolidated.xml").read_bytes()
    broken = tmp_path / "consolidated.xml"
    broken.write_bytes(data[: len(data) // 2])
    err = assert_one_line_error(run_cli("lists", "load", broken, "--format", "un-xml"), str(broken))
    assert "line" in err or "element" in err  # names the place
    assert_intact(un_store)


def test_truncated_xml_detected_format(un_store: Store, lists_dir: Path, tmp_path: Path) -> None:
    data = (lists_dir / "un" / "consolidated.xml").read_bytes()
    broken = tmp_path / "consolidated.xml"
    broken.write_bytes(data[: len(data) * 2 // 3])
    assert_one_line_error(run_cli("lists", "load", broken), str(broken))
    assert_intact(un_store)


def test_wrong_column_count(un_store: Store, lists_dir: Path, tmp_path: Path) -> None:
    folder = tmp_path / "sdn"
    folder.mkdir()
    lines = (lists_dir / "ofac-sdn-2021" / "sdn.csv").read_bytes().splitlines(keepends=True)
    lines.insert(100, b'99999999,"BROKEN, Row",individual\r\n')
    (folder / "sdn.csv").write_bytes(b"".join(lines))
    assert_one_line_error(run_cli("lists", "load", folder), "sdn.csv", "line 101")
    assert_intact(un_store)


def test_empty_file(un_store: Store, tmp_path: Path) -> None:
    empty = tmp_path / "consolidated.xml"
    empty.write_bytes(b"")
    assert_one_line_error(run_cli("lists", "load", empty), str(empty), "empty")
    assert_one_line_error(run_cli("lists", "load", empty, "--format", "un-xml"), str(empty), "empty")
    assert_intact(un_store)


def test_html_page(un_store: Store, tmp_path: Path) -> None:
    page = tmp_path / "consolidated.xml"
    page.write_text("<!DOCTYPE html>\n<html><body><h1>503 Service Unavailable</h1></body></html>\n")
    assert_one_line_error(run_cli("lists", "load", page), str(page), "HTML")
    assert_one_line_error(
        run_cli("lists", "load", page, "--format", "un-xml", "--source", "un-sc"), str(page)
    )
    assert_intact(un_store)


def test_binary_file(un_store: Store, tmp_path: Path) -> None:
    blob = tmp_path / "list.xml"
    blob.write_bytes(bytes(range(256)) * 64)
    assert_one_line_error(run_cli("lists", "load", blob), str(blob))
    assert_one_line_error(run_cli("lists", "load", blob, "--format", "csl-csv"), str(blob))
    assert_intact(un_store)


def test_xml_entity_bomb(un_store: Store, tmp_path: Path) -> None:
    bomb = tmp_path / "consolidated.xml"
    levels = ['<!ENTITY e0 "boom">'] + [f'<!ENTITY e{i} "{f"&e{i - 1};" * 10}">' for i in range(1, 9)]
    bomb.write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE CONSOLIDATED_LIST [' + "".join(levels) + "]>\n"
        '<CONSOLIDATED_LIST dateGenerated="2026-01-01T00:00:00Z"><INDIVIDUALS><INDIVIDUAL>'
        "<DATAID>1</DATAID><FIRST_NAME>&e8;</FIRST_NAME></INDIVIDUAL></INDIVIDUALS></CONSOLIDATED_LIST>\n"
    )
    assert_one_line_error(run_cli("lists", "load", bomb, "--format", "un-xml"), str(bomb))
    assert_intact(un_store)


def test_missing_path_folder_without_list_and_unknown_format(un_store: Store, tmp_path: Path) -> None:
    assert_one_line_error(run_cli("lists", "load", tmp_path / "nope.xml"), "nope.xml", "no such file")
    empty_dir = tmp_path / "empty"
    empty_dir.mkdir()
    assert_one_line_error(run_cli("lists", "load", empty_dir), "no list file")
    other = tmp_path / "other"
    other.mkdir()
    (other / "notes.txt").write_text("just some notes, not a list\n")
    assert_one_line_error(run_cli("lists", "load", other), "other")
    assert_one_line_error(run_cli("lists", "load", other / "notes.txt"), "notes.txt", "--format")
    assert_one_line_error(
        run_cli("lists", "load", other / "notes.txt", "--format", "pdf"), "unknown list format", "ofac-csv"
    )
    assert_intact(un_store)


def test_source_with_several_paths_is_refused(un_store: Store, lists_dir: Path) -> None:
    result = run_cli("lists", "load", lists_dir / "bis-dpl", lists_dir / "us-csl", "--source", "x")
    assert_one_line_error(result, "--source")
    assert_intact(un_store)


def test_load_json_and_unchanged_reload(un_store: Store, lists_dir: Path) -> None:
    result = run_cli("lists", "load", lists_dir / "un" / "consolidated.xml", "--json")
    assert result.exit_code == 0
    (snap,) = result.json()
    assert snap["unchanged"] is True and snap["source"] == "un-sc"
    assert len(snap["checksums"]["consolidated.xml"]) == 64
    assert_intact(un_store)


def test_load_under_another_source_name(lists_dir: Path) -> None:
    result = run_cli("lists", "load", lists_dir / "bis-dpl" / "dpl.txt", "--source", "my-dpl", "--json")
    assert result.exit_code == 0, result.stderr
    assert result.json()[0]["source"] == "my-dpl"
    assert Store.open().current_snapshot("my-dpl") is not None


def test_python_dash_m_embargo() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "embargo", "lists", "--help"], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    for command in ("load", "update", "status", "diff"):
        assert command in done.stdout


def test_export_as_ftm_reads_back(un_store: Store, tmp_path: Path) -> None:
    from embargo.sources import read_list

    out = tmp_path / "un.ftm.json"
    result = run_cli("lists", "export", "-o", out)
    assert result.exit_code == 0, result.stderr
    parsed = read_list(out)
    assert parsed.format == "ftm-json"
    exported = {e.source_id: e for e in parsed.entities}  # the FtM id is the entity_id it had
    stored = {e.entity_id: e for e in un_store.iter_entities()}
    assert exported.keys() == stored.keys()
    some = next(iter(stored))
    primary = {n.full for n in stored[some].names if n.kind == "primary"}
    assert {n.full for n in exported[some].names} >= primary
    assert_one_line_error(run_cli("lists", "export", "-o", out, "nope"), "no snapshot of source 'nope'")
