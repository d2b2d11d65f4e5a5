"""The done criteria on the five real articles with OFAC SDN 2023 and the UN list loaded."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from embargo.news import analyze_paths, render_html

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def report(articles_dir: Path, lists_dir: Path, tmp_path_factory: pytest.TempPathFactory):  # noqa: ANN201
    """The analysis of the five articles against a real store holding OFAC SDN 2023 and UN."""
    from embargo.sources import read_list
    from embargo.store import Store

    home = tmp_path_factory.mktemp("news-e2e")
    store = Store.open(home / "embargo.db")
    store.load(read_list(lists_dir / "ofac-sdn-2023"), origin="test")
    un = lists_dir / "un"
    un_file = next(iter(sorted(un.glob("*.xml"))), un)
    store.load(read_list(un_file), origin="test")

    from embargo.news.linking import default_screener

    monkey = pytest.MonkeyPatch()
    monkey.setenv("EMBARGO_HOME", str(home))
    try:
        screener, lookup = default_screener(store)  # type: ignore[misc]
        return analyze_paths([articles_dir], screener=screener, entity_lookup=lookup)
    finally:
        monkey.undo()


def _article(report, prefix: str):  # noqa: ANN001, ANN202
    return next(a for a in report.articles if a.id.startswith(prefix))


def test_four_stories_one_with_two_copies(report) -> None:  # noqa: ANN001
    assert report.errors == []
    assert len(report.articles) == 5
    assert len(report.stories) == 4
    sizes = sorted(len(s.articles) for s in report.stories)
    assert sizes == [1, 1, 1, 2]
    pair = next(s for s in report.stories if len(s.articles) == 2)
    assert sorted(a[:3] for a in pair.articles) == ["001", "003"]


def test_garbled_article_low_quality(report) -> None:  # noqa: ANN001
    garbled = _article(report, "004")
    assert garbled.quality.score < 0.5
    assert "machine_translation_suspected" in garbled.quality.flags
    for prefix in ("000", "001", "002", "003"):
        assert _article(report, prefix).quality.score >= 0.5


def test_boilerplate_gone_story_intact(report) -> None:  # noqa: ANN001
    clean, messy = _article(report, "001"), _article(report, "003")
    assert messy.text == clean.text
    assert "Lorem ipsum" not in messy.text and "See full bio" not in messy.text
    assert "See also" not in _article(report, "002").text


def test_alert_for_the_listed_russian_president_only(report) -> None:  # noqa: ANN001
    assert report.screened
    sources = {v["source"] for v in report.list_versions}
    assert {"ofac-sdn", "un-sc"} <= sources
    putin = [a for a in report.alerts if a.name.upper().startswith("PUTIN")]
    assert len(putin) == 1
    alert = putin[0]
    assert alert.source == "ofac-sdn"
    named_in = {hit.article[:3] for hit in alert.articles}
    # Every article that names him, and only those.
    expected = {a.id[:3] for a in report.articles if re.search(r"\bPutin\b", a.text)}
    assert named_in == expected
    assert {"000", "001", "003", "004"} <= named_in
    # The many unlisted officials and organisations raise nothing.
    assert len(report.alerts) == 1
    unlisted = {"Xi Jinping", "Jake Sullivan", "Zhao Lijian", "Wang Yi", "Antony Blinken", "Joe Biden"}
    for article in report.articles:
        for mention in article.mentions:
            if mention.canonical in unlisted:
                assert mention.matches == [], (article.id, mention.canonical)
    # Mentions of him carry the title evidence.
    mention = next(m for m in _article(report, "001").mentions if m.matches)
    assert any("President of the Russian Federation" in e for e in mention.matches[0].evidence)


def test_json_and_html_outputs(report, tmp_path: Path) -> None:  # noqa: ANN001
    data = json.loads(json.dumps(report.to_dict()))
    assert data["alerts"][0]["articles"]
    article = data["articles"][0]
    for key in ("id", "title", "published", "quality", "text", "story", "mentions", "signals", "countries"):
        assert key in article
    mention = next(m for a in data["articles"] for m in a["mentions"] if m["matches"])
    assert set(mention["matches"][0]) >= {"entity_id", "source", "source_id", "name", "score"}
    signal = data["articles"][1]["signals"][0]
    assert set(signal) >= {"type", "sentence", "actors", "targets", "attribution"}
    html = render_html(report)
    assert html.index("Alerts") < html.index("Stories")
    assert "PUTIN" in html
    assert "2 copies of this story" in html
    assert "machine translation suspected" in html
    assert "Lorem ipsum" not in html
    assert 'class="m-alert"' in html
