"""`embargo demo`: official lists when reachable, else the shipped SAMPLE list, loudly marked."""

from __future__ import annotations

import contextlib
import functools
import http.server
import importlib.util
import io
import socket
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from rich.console import Console

from embargo.cli import app
from embargo.cli.common import run_safely
from embargo.demo import SAMPLE_PATH, SAMPLE_SOURCE, run_demo
from embargo.sources import read_list
from embargo.store import Store

HAS_SCREENING = importlib.util.find_spec("embargo.screening") is not None


def _console() -> tuple[Console, io.StringIO]:
    buffer = io.StringIO()
    return Console(file=buffer, width=140, force_terminal=False, color_system=None), buffer


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_sample_list_is_marked_and_realistic() -> None:
    parsed = read_list(SAMPLE_PATH, "ftm-json", source=SAMPLE_SOURCE)
    entities = list(parsed.entities)
    assert 30 <= len(entities) <= 60
    schemas = {e.schema for e in entities}
    assert {"Person", "Company", "Vessel"} <= schemas
    for entity in entities:
        assert any("NOT a real sanctions designation" in r for r in entity.remarks), entity.entity_id
        assert all(p.startswith("SAMPLE-") for p in entity.programs), entity.entity_id
    scripts = {n.script for e in entities for n in e.names if n.script}
    assert {"Cyrl", "Hani", "Arab"} <= scripts
    kinds = {i.kind for e in entities for i in e.identifiers}
    assert {"swift_bic", "imo"} <= kinds
    assert any(link.target_id for e in entities for link in e.links)


def test_offline_demo_loads_the_sample_loudly(embargo_home: Path) -> None:
    console, buffer = _console()
    outcome = run_demo(console, offline=True)
    text = buffer.getvalue()
    assert outcome.mode == "sample"
    assert "SAMPLE DATA - NOT REAL SANCTIONS DATA" in text
    assert "FICTIONAL" in text and "NOT real sanctions designations" in text
    assert [s.source for s in outcome.snapshots] == [SAMPLE_SOURCE]
    assert outcome.home == embargo_home / "demo" / "sample"
    # The user's own store is not touched by the demo.
    assert Store.open().current_snapshots() == []
    if not HAS_SCREENING:
        assert outcome.screening_skipped
        pytest.skip("embargo.screening is not there yet: the screening step was skipped")
    assert outcome.screening_skipped is None
    by_query = {r.query.name: r for r in outcome.results}
    expected = {
        "Dmitry Volkovskiy": "embargo-sample-p-volkovsky",
        "OOO Severnaya Logistika": "embargo-sample-c-severnaya",
        "张伟明": "embargo-sample-p-zhang",
        "Ocean Lantern": "embargo-sample-v-oceanlantern",
        "Sevzapinvest Bank": "embargo-sample-b-sevzapinvest",
    }
    for query, entity_id in expected.items():
        assert by_query[query].matches, query
        assert by_query[query].matches[0].entity_id == entity_id, query
    assert not by_query["Maria Schmidt"].matches
    assert "no match" in text and "Reminder" in text


def test_unreachable_network_falls_back_to_the_sample() -> None:
    console, buffer = _console()
    outcome = run_demo(console, base_url=f"http://127.0.0.1:{_closed_port()}", timeout=2)
    assert outcome.mode == "sample"
    assert len(outcome.update_errors) == 2
    assert all("cannot connect" in e for e in outcome.update_errors)
    assert "SAMPLE DATA - NOT REAL SANCTIONS DATA" in buffer.getvalue()


@pytest.fixture
def mirror(lists_dir: Path, tmp_path: Path) -> Iterator[str]:
    """The official file layout ({source}/{file}) served on 127.0.0.1, linking to the real files."""
    root = tmp_path / "mirror"
    (root / "ofac-sdn").mkdir(parents=True)
    (root / "un-sc").mkdir()
    for name in ("sdn.csv", "alt.csv", "add.csv"):
        (root / "ofac-sdn" / name).symlink_to(lists_dir / "ofac-sdn-2023" / name)
    (root / "un-sc" / "consolidated.xml").symlink_to(lists_dir / "un" / "consolidated.xml")

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, format: str, *args: object) -> None:  # noqa: A002
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=str(root)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


@pytest.mark.slow
def test_demo_uses_official_lists_when_reachable(mirror: str, embargo_home: Path) -> None:
    console, buffer = _console()
    outcome = run_demo(console, base_url=mirror, timeout=10)
    text = buffer.getvalue()
    assert outcome.mode == "official", outcome.update_errors
    assert {s.source for s in outcome.snapshots} == {"ofac-sdn", "un-sc"}
    assert "SAMPLE DATA" not in text
    official = Store.open(embargo_home / "demo" / "official" / "embargo.db")
    assert SAMPLE_SOURCE not in {s.source for s in official.current_snapshots()}
    if HAS_SCREENING:
        putin = next(r for r in outcome.results if r.query.name == "Vladimir Putin")
        assert putin.matches and putin.matches[0].entity_id == "ofac-sdn-35096"


def test_demo_command(embargo_home: Path) -> None:
    out, err = io.StringIO(), io.StringIO()
    code = 0
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            run_safely(app, ["demo", "--offline"])
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else 1
    assert code == 0, err.getvalue()
    assert "SAMPLE DATA - NOT REAL SANCTIONS DATA" in out.getvalue()
