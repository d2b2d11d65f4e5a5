"""Cleaning: boilerplate removed line by line, every story paragraph kept; HTML via trafilatura."""

# ruff: noqa: E501 - composed article text is kept one paragraph per line

from __future__ import annotations

import re
from pathlib import Path

import pytest

from embargo.news.clean import clean_article, clean_html, clean_plain, looks_like_html, parse_date
from embargo.news.loader import NewsInputError


def _paragraphs(text: str) -> list[str]:
    return [p.strip() for p in text.split("\n\n") if p.strip()]


def test_every_paragraph_of_the_clean_copy_survives_in_the_boilerplate_copy(article) -> None:  # noqa: ANN001
    clean = clean_article(article("001").read_text("utf-8"))
    messy = clean_article(article("003").read_text("utf-8"))
    paragraphs = _paragraphs(clean.text)
    assert len(paragraphs) >= 20
    messy_paragraphs = set(_paragraphs(messy.text))
    missing = [p[:60] for p in paragraphs if p not in messy_paragraphs]
    assert missing == []
    # Nothing but the story is left in the messy copy either.
    assert set(_paragraphs(messy.text)) == set(paragraphs)


def test_boilerplate_lines_are_gone(article) -> None:  # noqa: ANN001
    raw = article("003").read_text("utf-8")
    cleaned = clean_article(raw).text
    for furniture in (
        "Lorem ipsum",
        "See full bio",
        "Arrow Button Icon",
        "©",
        "All Rights Reserved",
        "Most Popular",
        "Latest in Politics",
        "Privacy Policy",
        "placeholder alt text",
        "Never miss a story",
    ):
        assert furniture in raw
        assert furniture not in cleaned
    # Navigation and teaser lines of the site are gone: no bullet lines, no teaser headlines.
    assert not re.search(r"^\s*•", cleaned, re.MULTILINE)
    assert "national debt" not in cleaned


def test_story_subheadings_are_kept(article) -> None:  # noqa: ANN001
    cleaned = clean_article(article("003").read_text("utf-8")).text
    assert "Interpreting Beijing" in _paragraphs(cleaned)


def test_title_and_date_found_or_inferred(article) -> None:  # noqa: ANN001
    messy = clean_article(article("003").read_text("utf-8"))
    assert messy.title is not None and messy.title.startswith("Why the U.S. thinks")
    assert messy.published == "2022-03-18"
    assert messy.published_from == "dateline"
    clean = clean_article(article("001").read_text("utf-8"))
    assert clean.title == messy.title  # the glued navigation line above the headline is not the title
    garbled = clean_article(article("004").read_text("utf-8"))
    assert garbled.published == "2022" and garbled.published_from == "copyright"


def test_injected_see_also_links_removed_and_story_kept(article) -> None:  # noqa: ANN001
    raw = article("002").read_text("utf-8")
    cleaned = clean_article(raw).text
    assert "See also" in raw and "See also" not in cleaned
    assert "Leave a Reply" not in cleaned and "Your email address" not in cleaned
    assert "Reporting by" not in cleaned
    # Every long line of running text in the raw file is still there.
    long_lines = [
        line.strip() for line in raw.splitlines() if len(line.split()) >= 20 and "See also" not in line
    ]
    assert long_lines
    for line in long_lines:
        assert line in cleaned


def test_standfirst_bullets_kept(article) -> None:  # noqa: ANN001
    cleaned = clean_article(article("000").read_text("utf-8"))
    assert cleaned.title is not None and cleaned.title.startswith("US debates")
    assert cleaned.text.startswith("- There are two camps")


COMPOSED = """Home
News
World
Business

Harbour authority fines shipping agent over false cargo papers

By Jane Example
12 May 2024

The harbour authority of a small coastal state fined a shipping agent on Tuesday for filing false cargo papers, officials said.

Inspectors found that containers declared as farm machinery held industrial lathes, the authority said in a statement.

Read more: Ten ports to watch this summer

The agent, which denies wrongdoing, has thirty days to appeal the decision before a regional court.

Accept cookies to continue
© 2024 Example Media Group. All rights reserved.
"""


def test_composed_page_furniture_removed() -> None:
    cleaned = clean_plain(COMPOSED)
    assert cleaned.title == "Harbour authority fines shipping agent over false cargo papers"
    assert cleaned.published == "2024-05-12"
    paragraphs = _paragraphs(cleaned.text)
    assert len(paragraphs) == 3
    assert all("Read more" not in p and "cookies" not in p for p in paragraphs)


HTML = """<!DOCTYPE html><html><head><title>Port fines agent | Example News</title>
<meta property="article:published_time" content="2024-05-12T09:00:00Z"></head>
<body><nav><a href="/">Home</a><a href="/world">World</a><a href="/biz">Business</a></nav>
<article><h1>Harbour authority fines shipping agent over false cargo papers</h1>
<p>The harbour authority of a small coastal state fined a shipping agent on Tuesday for filing false
cargo papers, officials said, in a case that has drawn attention from trade lawyers across the region.</p>
<p>Inspectors found that containers declared as farm machinery held industrial lathes, the authority said
in a statement that described the case as the largest of its kind in a decade.</p>
<p>The agent, which denies wrongdoing, has thirty days to appeal the decision before a regional court,
according to the statement published on the authority's website.</p></article>
<footer>© 2024 Example Media. Subscribe to our newsletter. Privacy policy.</footer></body></html>"""


def test_html_main_text_extraction() -> None:
    assert looks_like_html(HTML)
    cleaned = clean_article(HTML)
    assert cleaned.is_html
    assert "industrial lathes" in cleaned.text
    assert "newsletter" not in cleaned.text and "Home" not in cleaned.text.split()
    assert cleaned.published == "2024-05-12"
    assert cleaned.title and "Harbour authority" in cleaned.title


@pytest.mark.parametrize(
    "html",
    [
        "<html><head><title>x</title></head><body></body></html>",
        "<html><body><script>var a = 1;</script><div>   </div></body></html>",
    ],
)
def test_html_without_text_is_an_error(html: str) -> None:
    with pytest.raises(NewsInputError, match="no article text|HTML without text"):
        clean_html(html)


def test_parse_date_forms() -> None:
    assert parse_date("March 18, 2022, 6:05 AM ET") == "2022-03-18"
    assert parse_date("Published 5 Feb 2023") == "2023-02-05"
    assert parse_date("2021-11-30T10:00") == "2021-11-30"
    assert parse_date("no date here") is None


def test_paragraph_talking_about_cookies_is_story() -> None:
    text = (
        "Regulators open inquiry into data brokers\n\n"
        "Regulators opened an inquiry on Monday into whether data brokers used tracking cookies and a privacy "
        "policy loophole to sell location records to foreign buyers, three officials familiar with the matter said.\n\n"
        "The inquiry follows complaints from consumer groups that the records reached companies in several countries.\n"
    )
    cleaned = clean_plain(text)
    assert "tracking cookies" in cleaned.text


def test_unused_path_helper(tmp_path: Path) -> None:
    # A file path is never taken for text: cleaning works on text only.
    with pytest.raises(NewsInputError):
        clean_plain("   \n\n ... \n")
