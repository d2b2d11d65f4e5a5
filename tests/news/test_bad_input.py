"""Bad input: every broken file gets a clear one-line error or a flag, and the batch goes on."""

# ruff: noqa: E501 - composed article text is kept one paragraph per line

from __future__ import annotations

from pathlib import Path

import pytest

from embargo.news import analyze_paths, analyze_texts
from embargo.news.loader import MAX_BYTES, NewsInputError, decode_bytes, read_article

STORY = (
    "Port officials said on Monday that the vessel had been stopped for an inspection of its cargo.\n\n"
    "The trade ministry fined the shipping company after inspectors found industrial lathes in containers "
    "declared as farm machinery, according to a statement.\n"
)


@pytest.fixture
def batch(tmp_path: Path) -> Path:
    folder = tmp_path / "batch"
    folder.mkdir()
    (folder / "good.txt").write_text(STORY, encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "blank.txt").write_text("   \n\n  \n", encoding="utf-8")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 20)
    huge = folder / "huge.txt"
    with huge.open("wb") as handle:
        handle.truncate(MAX_BYTES + 1)  # sparse: no real disk use
    (folder / "cp1252.txt").write_bytes(STORY.replace("Port", "Port café").encode("cp1252"))
    (folder / "utf16.txt").write_text(STORY, encoding="utf-16")
    (folder / "mojibake.txt").write_text(
        STORY.replace("ministry", "ministry’s").encode("utf-8").decode("cp1252")
    )
    (folder / "notext.html").write_text("<html><head><title>t</title></head><body><div></div></body></html>")
    (folder / "german.txt").write_text(
        "Die Hafenbehörde hat am Montag eine Reederei wegen falscher Frachtpapiere zu einer Geldstrafe "
        "verurteilt, wie die Behörde mitteilte.\n\nDie Inspektoren fanden in den Containern Drehmaschinen "
        "für die Industrie, die als landwirtschaftliche Maschinen deklariert waren.\n",
        encoding="utf-8",
    )
    return folder


def test_batch_with_bad_files_reports_each_and_analyses_the_rest(batch: Path) -> None:
    report = analyze_paths([batch, batch / "missing.txt"], screen=False)
    errors = {e.id: e.error for e in report.errors}
    assert "file is empty" in errors["empty"]
    assert "file is empty" in errors["blank"]
    assert "binary" in errors["binary"]
    assert "too large" in errors["huge"]
    assert "no article text" in errors["notext"] or "HTML without text" in errors["notext"]
    assert "cannot read" in errors["missing"]
    for message in errors.values():
        assert "\n" not in message
    analysed = {a.id: a for a in report.articles}
    assert {"good", "cp1252", "utf16", "mojibake", "german"} <= set(analysed)
    assert "café" in analysed["cp1252"].text
    assert "encoding_repaired" in analysed["cp1252"].quality.flags
    assert "encoding_repaired" in analysed["utf16"].quality.flags
    assert "ministry’s" in analysed["mojibake"].text
    assert "encoding_repaired" in analysed["mojibake"].quality.flags
    assert "non_english" in analysed["german"].quality.flags
    assert analysed["good"].quality.flags == ["too_short"]


def test_text_inputs_checked_like_files() -> None:
    report = analyze_texts(
        [("ok", STORY), ("empty", ""), ("bytes", b"\x00\x01\x02" * 100), ("big", "a" * (MAX_BYTES + 1))]
    )
    errors = {e.id: e.error for e in report.errors}
    assert set(errors) == {"empty", "bytes", "big"}
    assert [a.id for a in report.articles] == ["ok"]


def test_duplicate_ids_made_unique() -> None:
    report = analyze_texts([("a", STORY), ("a", STORY)], screen=False)
    assert [a.id for a in report.articles] == ["a", "a-2"]
    assert len(report.stories) == 1  # the same text twice is one story


def test_decode_errors_are_embargo_errors(tmp_path: Path) -> None:
    with pytest.raises(NewsInputError, match="empty"):
        decode_bytes(b"  ")
    with pytest.raises(NewsInputError, match="cannot read"):
        read_article(tmp_path / "nope.txt")


def test_hostile_html_is_not_executed_in_the_report(tmp_path: Path) -> None:
    from embargo.news import render_html

    hostile = (
        "<html><body><article><h1>Officials fine port agent</h1>"
        "<p>Port officials fined an agent on Monday <script>alert(1)</script> for false cargo papers, "
        "the ministry said in a statement that was published on its website in the afternoon.</p>"
        "<p>The agent &lt;img src=x onerror=alert(2)&gt; denied the allegations and said it would appeal the "
        "decision before a regional court within thirty days, according to its lawyer.</p>"
        "</article></body></html>"
    )
    report = analyze_texts([("hostile", hostile)], screen=False)
    html = render_html(report)
    assert "<script>alert(1)" not in html
    assert "<img src=x" not in html


def test_large_article_is_truncated_and_flagged(tmp_path: Path) -> None:
    paragraph = (
        "The trade ministry fined the shipping company after inspectors found industrial lathes in containers "
        "declared as farm machinery, according to a statement published on Tuesday."
    )
    big = tmp_path / "big.txt"
    big.write_text("\n\n".join([paragraph] * 1500), encoding="utf-8")  # about 270 kB, under the file limit
    report = analyze_paths([big], screen=False)
    assert report.errors == []
    article = report.articles[0]
    assert "truncated" in article.quality.flags
    assert len(article.text) <= 100_000
