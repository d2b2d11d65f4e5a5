"""``embargo news analyze`` end to end through the Typer app."""

# ruff: noqa: E501 - composed article text is kept one paragraph per line

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from embargo.cli import app

STORY = (
    "Regulators fine exchange over sanctions breaches\n\n"
    "The Treasury Department imposed sanctions on Example Exchange Ltd. on Tuesday, saying the crypto exchange "
    "helped clients evade sanctions by opening accounts under false names, officials said.\n\n"
    "Example Exchange Ltd. denied the allegations and said it would appeal the decision in court.\n"
)


def test_analyze_writes_json_and_html(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "one.txt").write_text(STORY, encoding="utf-8")
    (folder / "copy.html").write_text(
        "<html><body><nav>Home News</nav><article>"
        + "".join(f"<p>{p}</p>" for p in STORY.split("\n\n"))
        + "</article><footer>© 2024 Example</footer></body></html>",
        encoding="utf-8",
    )
    (folder / "empty.txt").write_text("", encoding="utf-8")
    out_json, out_html = tmp_path / "r.json", tmp_path / "r.html"
    result = CliRunner().invoke(
        app, ["news", "analyze", str(folder), "--json", str(out_json), "--html", str(out_html)]
    )
    assert result.exit_code == 0, result.output
    data = json.loads(out_json.read_text("utf-8"))
    assert {a["id"] for a in data["articles"]} == {"one", "copy"}
    assert [e["id"] for e in data["errors"]] == ["empty"]
    assert len(data["stories"]) == 1 and len(data["stories"][0]["articles"]) == 2
    types = {s["type"] for a in data["articles"] for s in a["signals"]}
    assert {"designation", "evasion_allegation", "denial"} <= types
    html = out_html.read_text("utf-8")
    assert html.startswith("<!DOCTYPE html>") and "2 copies of this story" in html
    assert "file is empty" in result.output


def test_json_to_stdout_and_missing_path(tmp_path: Path) -> None:
    story = tmp_path / "one.txt"
    story.write_text(STORY, encoding="utf-8")
    result = CliRunner().invoke(app, ["news", "analyze", str(story), "--json", "-", "--no-screen"])
    assert result.exit_code == 0
    start = result.output.index("{")
    data, _ = json.JSONDecoder().raw_decode(result.output[start:])
    assert data["articles"][0]["id"] == "one"
    missing = CliRunner().invoke(app, ["news", "analyze", str(tmp_path / "nope.txt")])
    assert missing.exit_code == 1
    assert "no such file" in missing.output


def test_forced_fallback_model(tmp_path: Path) -> None:
    story = tmp_path / "one.txt"
    story.write_text(STORY, encoding="utf-8")
    out_json = tmp_path / "r.json"
    result = CliRunner().invoke(app, ["news", "analyze", str(story), "--json", str(out_json), "--no-model"])
    assert result.exit_code == 0, result.output
    data = json.loads(out_json.read_text("utf-8"))
    assert data["ner"].startswith("rules")
    assert any(m["type"] == "organization" for m in data["articles"][0]["mentions"])


def test_mention_screenings_are_audited(tmp_path: Path, lists_dir: Path) -> None:
    from embargo.sources import read_list
    from embargo.store import Store
    from embargo.store.audit import iter_records, verify_chain

    store = Store.open()
    store.load(read_list(lists_dir / "un"), origin="test")
    story = tmp_path / "one.txt"
    story.write_text(STORY.replace("Example Exchange Ltd.", "Al-Qaida"), encoding="utf-8")
    result = CliRunner().invoke(app, ["news", "analyze", str(story), "--json", str(tmp_path / "r.json")])
    assert result.exit_code == 0, result.output
    records = list(iter_records(store, channel="news"))
    assert records, "each screened mention leaves an audit record"
    assert verify_chain(store).ok
