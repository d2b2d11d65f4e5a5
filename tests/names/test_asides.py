"""Asides in parentheses: an organisation's name without them is a second reading of the name."""

from __future__ import annotations

from pathlib import Path

import pytest

from embargo.match import DEFAULT_THRESHOLD, MatchIndex, score_pair
from embargo.match.scorer import ASIDE_FACTOR, explain_pair
from embargo.model import Query
from embargo.names.analysis import ORG, PER, analyze_name
from embargo.names.asides import without_asides


@pytest.mark.parametrize(
    ("name", "bare"),
    [
        ("HAQQANI NETWORK (HQN)", "HAQQANI NETWORK"),
        ("SINO ENERGY SHIPPING (HONG KONG) LTD", "SINO ENERGY SHIPPING LTD"),
        ("LA HACIENDA (USA), LLC", "LA HACIENDA, LLC"),
        ("ZDAS (HK) Company", "ZDAS Company"),
        ("ALPHA (B) CORP (D)", "ALPHA CORP"),
        ("华信船务（香港）有限公司", "华信船务 有限公司"),  # full-width parentheses
    ],
)
def test_asides_are_left_out(name: str, bare: str) -> None:
    assert without_asides(name) == bare


@pytest.mark.parametrize("name", ["HAQQANI NETWORK", "(UK)", "AB (UK)", "X (unclosed", ""])
def test_no_reading_without_asides_when_none_or_too_little_is_left(name: str) -> None:
    assert without_asides(name) is None


def test_only_organisation_names_get_the_reading() -> None:
    organisation = {form.tokens for form in analyze_name("HAQQANI NETWORK (HQN)", ORG)}
    person = {form.tokens for form in analyze_name("Ali Hassan (Abu Omar)", PER)}
    assert ("haqqani", "network") in organisation
    assert ("ali", "hassan") not in person


@pytest.mark.parametrize(
    ("query", "listed", "schema"),
    [
        ("HAQQANI NETWORK", "HAQQANI NETWORK (HQN)", "Organization"),
        ("Sino Energy Shipping Ltd", "SINO ENERGY SHIPPING (HONG KONG) LTD", "Company"),
        ("Imam Khomeini Relief Committee", "IMAM KHOMEINI RELIEF COMMITTEE (LEBANON BRANCH)", "Organization"),
        ("Comoil Ltd", "COMOIL (PVT) LTD", "Company"),
        ("Deutsche Bank AG", "Deutsche Bank (Schweiz) AG", "Company"),
    ],
)
def test_the_name_without_its_aside_matches(query: str, listed: str, schema: str) -> None:
    assert score_pair(query, listed, schema) >= DEFAULT_THRESHOLD
    assert score_pair(listed, query, schema) >= DEFAULT_THRESHOLD


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # Two asides that differ, or one beside a place written as a word: two parties.
        ("Bank of China (Hong Kong) Limited", "Bank of China (Singapore) Limited"),
        ("ICBC (Asia) Limited", "ICBC (London) plc"),
        ("Bowne Global Solutions (Ireland), Ltd.", "Bowne Global Solutions Japan, Inc."),
    ],
)
def test_names_with_other_asides_are_compared_as_written(a: str, b: str) -> None:
    assert score_pair(a, b, "Company") < DEFAULT_THRESHOLD
    assert score_pair(b, a, "Company") < DEFAULT_THRESHOLD


def test_every_listed_organisation_is_found_by_its_name_without_asides(
    lists_dir: Path, listed_index: MatchIndex
) -> None:
    """OFAC SDN 2023's organisations whose names carry an aside in parentheses (19 of 99 were not
    found before, "COMOIL LTD" for "COMOIL (PVT) LTD" among them). Found, not always first: other
    entries may carry the name itself ("PCC" for "PCC (UK)")."""
    from embargo.sources import read_list

    parsed = read_list(lists_dir / "ofac-sdn-2023")
    cases = [
        (bare, entity.schema, entity.source_id)
        for entity in parsed.entities
        if entity.schema in ("Organization", "Company", "LegalEntity")
        for name in entity.names
        if (bare := without_asides(name.full)) is not None
    ]
    assert len(cases) > 50  # the list has about a hundred such names
    missed = []
    for bare, schema, source_id in cases:
        matches = listed_index.search(Query(name=bare, schema=schema), limit=10, threshold=DEFAULT_THRESHOLD)
        if source_id not in {m.source_id for m in matches}:
            missed.append((bare, [(m.name, m.score) for m in matches]))
    assert not missed


def test_a_match_without_asides_says_so_and_scores_below_identical() -> None:
    explanation = explain_pair("HAQQANI NETWORK", "HAQQANI NETWORK (HQN)", "Organization")
    assert "asides left out" in explanation.summary
    assert score_pair("HAQQANI NETWORK", "HAQQANI NETWORK (HQN)", "Organization") == ASIDE_FACTOR


def test_the_listed_name_with_the_query_aside_scores_above_the_name_alone_even_misspelt() -> None:
    """A branch written with its place, misspelt, is that branch before the name alone."""
    query = "AL-HARAMAYN FOUDNATION (KENAY)"
    branch = score_pair(query, "AL-HARAMAYN FOUNDATION (KENYA)", "Organization")
    assert branch > score_pair(query, "AL-HARAMAYN FOUNDATION", "Organization") >= DEFAULT_THRESHOLD
