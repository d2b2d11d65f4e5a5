"""Screening mentions with context, against a tiny real index built from entities made in code."""

from __future__ import annotations

from embargo.news.linking import name_covered, screenable
from embargo.news.model import Mention
from embargo.news.pipeline import analyze_texts

TEXT = (
    "Russian President Vladimir Putin said on Friday that the economy had adapted to sanctions.\n\n"
    "Putin spoke after talks with Chinese Foreign Minister Wang Yi, who said trade would keep growing. "
    "Officials at Bank Rossiya declined to comment.\n\n"
    "Separately, a spokesman for Putin Trading said the company had no link to the Kremlin, and "
    "Jake Sullivan, the national security adviser, said he had nothing to add."
)


def test_listed_president_alerts_with_title_evidence(tiny_screener) -> None:  # noqa: ANN001
    screener, lookup = tiny_screener
    report = analyze_texts([("a1", TEXT)], screener=screener, entity_lookup=lookup)
    article = report.articles[0]
    putin = [m for m in article.mentions if m.canonical == "Vladimir Putin"]
    assert putin and all(m.matches for m in putin)
    best = putin[0].matches[0]
    assert best.entity_id == "test-list-1"
    assert any("President of the Russian Federation" in e for e in best.evidence)
    # The surname-only mention is linked too, through the article's full name.
    assert any(m.text == "Putin" and m.matches for m in putin)
    alert_ids = {a.entity_id for a in report.alerts}
    assert "test-list-1" in alert_ids
    assert "test-list-3" in alert_ids  # Bank Rossiya, an organisation, is listed
    # A person mention is never matched to a company and vice versa.
    for m in article.mentions:
        for match in m.matches:
            if m.type == "person":
                assert match.schema == "Person"
            else:
                assert match.schema != "Person"
    # Unlisted officials raise nothing; "Wang Yi" is not "WANG, Guo Ying".
    assert "test-list-5" not in alert_ids
    assert not any(m.matches for m in article.mentions if m.canonical in {"Wang Yi", "Jake Sullivan"})
    alert = next(a for a in report.alerts if a.entity_id == "test-list-1")
    assert alert.articles[0].article == "a1"
    assert {"Vladimir Putin", "Putin"} <= set(alert.articles[0].mentions)


def test_queries_carry_schema_and_country(tiny_screener) -> None:  # noqa: ANN001
    screener, lookup = tiny_screener
    analyze_texts([("a1", TEXT)], screener=screener, entity_lookup=lookup)
    putin_queries = [q for q in screener.calls if q.name == "Vladimir Putin"]
    assert putin_queries and putin_queries[0].schema == "Person" and putin_queries[0].country == "ru"
    # Each distinct name is screened once per batch, and a surname alone is never screened.
    assert len(putin_queries) == 1
    assert not any(q.name == "Putin" for q in screener.calls)


def test_surname_only_never_written_in_full_is_not_screened() -> None:
    alone = Mention(text="Nishi", type="person", start=0, end=5, canonical="Nishi")
    assert not screenable(alone)
    assert screenable(Mention(text="Wang Yi", type="person", start=0, end=7, canonical="Wang Yi"))
    assert not screenable(Mention(text="Group", type="organization", start=0, end=5, canonical="Group"))


def test_name_coverage_rules() -> None:
    assert name_covered("Vladimir Putin", "PUTIN, Vladimir Vladimirovich", "person")
    assert not name_covered("Vladimir Putin", "TURIN, Vladimir", "person")
    assert name_covered("Yevgeny Prigozhin", "PRIGOZHIN, Evgeny", "person")
    assert name_covered("Sberbank", "PJSC SBERBANK", "organization")
    assert not name_covered("State Department", "STATE SECURITY DEPARTMENT", "organization")
    assert not name_covered("NATO", "NATA", "organization")


def test_no_screener_means_not_screened() -> None:
    report = analyze_texts([("a1", TEXT)], screen=False)
    assert report.screened is False
    assert report.alerts == []
    assert all(not m.matches for m in report.articles[0].mentions)
