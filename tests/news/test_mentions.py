"""Mentions: NER with the trained model and with the forced rule-based fallback."""

from __future__ import annotations

import pytest

from embargo.news.mentions import article_countries, extract_mentions, place_country
from embargo.news.nlp import get_nlp

TEXT = (
    "Russian President Vladimir Putin met Chinese President Xi Jinping in Beijing on Monday, "
    "the Kremlin said.\n\n"
    "Putin told reporters that trade with China had grown. Foreign Ministry spokesperson Mao Ning said "
    "the talks were friendly.\n\n"
    "Shares of Example Shipping Ltd. fell in Hong Kong after the meeting, according to Reuters."
)


@pytest.mark.parametrize("fallback", [False, True], ids=["model", "fallback"])
def test_people_resolved_by_surname_with_titles(fallback: bool) -> None:
    nlp = get_nlp(fallback=fallback)
    assert nlp.trained is (not fallback)
    doc = nlp(TEXT)
    mentions = extract_mentions(doc, TEXT, trained=nlp.trained)
    people = {m.text: m for m in mentions if m.type == "person"}
    assert "Vladimir Putin" in people
    assert people["Vladimir Putin"].context[0] == "Russian President"
    assert people["Vladimir Putin"].country == "ru"
    surname = [m for m in mentions if m.text == "Putin"]
    assert surname and surname[0].canonical == "Vladimir Putin"
    assert surname[0].type == "person"
    assert any(m.canonical == "Xi Jinping" and m.country == "cn" for m in mentions)
    assert any(m.text == "Mao Ning" and "spokesperson" in m.context[0] for m in mentions)
    orgs = {m.text for m in mentions if m.type == "organization"}
    assert any("Example Shipping" in o for o in orgs)
    for m in mentions:
        assert TEXT[m.start : m.end] == m.text
    assert {"ru", "cn"} <= set(article_countries(doc, mentions, trained=nlp.trained))


def test_forced_fallback_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EMBARGO_NEWS_NO_MODEL", "1")
    assert get_nlp().trained is False


def test_place_country_codes() -> None:
    assert place_country("Moscow") == "ru"
    assert place_country("Beijing") == "cn"
    assert place_country("Ukraine") == "ua"
    assert place_country("Narnia") is None


def test_real_article_mentions(article) -> None:  # noqa: ANN001
    from embargo.news.clean import clean_article

    text = clean_article(article("001").read_text("utf-8")).text
    nlp = get_nlp()
    mentions = extract_mentions(nlp(text), text, trained=nlp.trained)
    putin = [m for m in mentions if m.canonical == "Vladimir Putin"]
    assert len(putin) >= 2 and any(m.text == "Putin" for m in putin)
    assert all("Russian President" in m.context for m in putin)
    sullivan = [m for m in mentions if m.text == "Sullivan"]
    assert sullivan and all(m.canonical == "Jake Sullivan" for m in sullivan)
