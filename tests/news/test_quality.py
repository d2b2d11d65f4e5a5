"""Quality: the garbled machine translation scores low; edited news does not; other flags."""

# ruff: noqa: E501 - composed article text is kept one paragraph per line

from __future__ import annotations

from embargo.news.clean import clean_article
from embargo.news.model import ArticleResult
from embargo.news.pipeline import analyze_texts


def _analyse(items: list[tuple[str, str]]) -> dict[str, ArticleResult]:
    report = analyze_texts(items, screen=False)
    assert report.errors == []
    return {a.id: a for a in report.articles}


def test_garbled_translation_is_low_quality_and_edited_news_is_not(article) -> None:  # noqa: ANN001
    ids = ["000", "001", "002", "003", "004"]
    results = _analyse([(i, article(i).read_text("utf-8")) for i in ids])
    garbled = results["004"].quality
    assert "machine_translation_suspected" in garbled.flags
    assert garbled.score < 0.5
    for other in ("000", "001", "002", "003"):
        quality = results[other].quality
        assert "machine_translation_suspected" not in quality.flags, other
        assert quality.score > garbled.score + 0.2, other
    assert "boilerplate_heavy" in results["003"].quality.flags


GARBLED = """Officials of port said on Monday the ship was stopping. I called it. “. “

Discuss the reasons. The minister of trade has been made the decision of fines to the company, its lawyer is not happy .. We have adhered to these rules for fear of giving.

Identify what the company asked for, or the reaction of government to that request. It's minimal. “

Pick it up and expect the port to help. The inspectors to say more cargo will be checked in the next month by the port of officials ..

Give it a chance. The statement of ministry said that cargo was of farm machines, but it was lathes. I did. ..
"""

EDITED = """Port officials said on Monday that the vessel had been stopped for an inspection of its cargo.

The trade ministry fined the shipping company after inspectors found industrial lathes in containers declared as farm machinery, according to a statement.

The company's lawyer said it would appeal the fine and that the paperwork had been prepared by a third party.

Inspectors plan to check more cargo at the port next month, the statement said.

The ministry did not say how large the fine was or whether other companies were under investigation.
"""


def test_composed_garbled_text_flagged_and_edited_text_not() -> None:
    results = _analyse([("garbled", GARBLED), ("edited", EDITED)])
    assert "machine_translation_suspected" in results["garbled"].quality.flags
    assert "machine_translation_suspected" not in results["edited"].quality.flags
    assert results["garbled"].quality.score < results["edited"].quality.score


GERMAN = """Die Hafenbehörde hat am Montag eine Reederei wegen falscher Frachtpapiere zu einer Geldstrafe verurteilt.

Die Inspektoren fanden in den Containern, die als landwirtschaftliche Maschinen deklariert waren, Drehmaschinen für die Industrie.

Das Unternehmen will gegen die Entscheidung vor einem regionalen Gericht Berufung einlegen, teilte sein Anwalt mit.
"""

CHINESE = "港口当局周一对一家航运代理处以罚款，原因是其提交了虚假的货物文件。检查人员发现，申报为农业机械的集装箱内装有工业车床。"


def test_non_english_text_is_flagged_not_failed() -> None:
    results = _analyse([("de", GERMAN), ("zh", CHINESE)])
    assert "non_english" in results["de"].quality.flags
    assert "non_english" in results["zh"].quality.flags
    assert results["de"].quality.score <= 0.5


def test_short_text_flagged() -> None:
    results = _analyse(
        [("short", "Port officials fined a shipping agent on Monday over false cargo papers.")]
    )
    assert "too_short" in results["short"].quality.flags


def test_boilerplate_ratio_property(article) -> None:  # noqa: ANN001
    assert clean_article(article("003").read_text("utf-8")).boilerplate_ratio > 0.4
    assert clean_article(article("001").read_text("utf-8")).boilerplate_ratio < 0.1
