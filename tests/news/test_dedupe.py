"""Deduplication: copies of one story group together even when one carries site furniture."""

# ruff: noqa: E501 - composed article text is kept one paragraph per line

from __future__ import annotations

from embargo.news.dedupe import group_duplicates
from embargo.news.pipeline import analyze_paths


def test_five_articles_make_four_stories_with_one_pair(articles_dir) -> None:  # noqa: ANN001
    report = analyze_paths([articles_dir], screen=False)
    assert len(report.articles) == 5
    assert len(report.stories) == 4
    pairs = [s for s in report.stories if len(s.articles) == 2]
    assert len(pairs) == 1
    pair = pairs[0]
    assert {a[:3] for a in pair.articles} == {"001", "003"}
    story_of = {a.id[:3]: a.story for a in report.articles}
    assert story_of["001"] == story_of["003"] == pair.id
    assert len(set(story_of.values())) == 4


BASE = (
    "The harbour authority fined a shipping agent on Tuesday for filing false cargo papers, officials said. "
    "Inspectors found that containers declared as farm machinery held industrial lathes, the authority said. "
    "The agent, which denies wrongdoing, has thirty days to appeal the decision before a regional court. "
    "Trade lawyers said the case was the largest of its kind in the region for a decade."
)


def test_near_duplicates_grouped_and_different_stories_apart() -> None:
    copy = "Home | World | Business\n" + BASE + "\nRead more: Ten ports to watch this summer"
    other = (
        "A central bank raised interest rates by half a point on Wednesday to curb inflation, its governor said. "
        "Economists had expected a smaller rise after two months of falling prices in shops and markets."
    )
    groups = group_duplicates([("a", BASE), ("b", other), ("c", copy)])
    assert groups == [["a", "c"], ["b"]]


def test_empty_input() -> None:
    assert group_duplicates([]) == []
