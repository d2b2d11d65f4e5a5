"""Listed tokens two edits from a query token (SymSpell keys), and the candidates they bring."""

from __future__ import annotations

import pickle

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rapidfuzz.distance import OSA

from embargo.match import DEFAULT_THRESHOLD
from embargo.match.neighbours import MAX_EDITS, MIN_TWO_EDIT_MEAN, TokenNeighbours
from embargo.model import Query
from embargo.names.symspell import deletions

from .helpers import build_index, listed_entity

_VOCABULARY = ["eslami", "injai", "sudak", "narval", "handasieh", "muhammad", "prelasa", "kim", "ab"]


@pytest.fixture(scope="module")
def neighbours() -> TokenNeighbours:
    return TokenNeighbours(_VOCABULARY)


def test_deletions_go_two_letters_deep() -> None:
    assert deletions("abc", MAX_EDITS) == {"abc", "bc", "ac", "ab", "a", "b", "c"}
    assert "" not in deletions("ab", MAX_EDITS)
    assert deletions("a", MAX_EDITS) == {"a"}


@pytest.mark.parametrize(
    ("typed", "listed"),
    [
        ("elsamk", "eslami"),  # a swap and a changed letter: no trigram or one-deletion key in common
        ("ijnaj", "injai"),
        ("sduqk", "sudak"),
        ("nradal", "narval"),
        ("haneaseih", "handasieh"),
        ("muhaammad", "muhammad"),
        ("perlzsa", "prelasa"),
    ],
)
def test_two_slips_find_the_listed_token(neighbours: TokenNeighbours, typed: str, listed: str) -> None:
    assert listed in neighbours.near(typed)


def test_only_tokens_within_two_edits_are_returned(neighbours: TokenNeighbours) -> None:
    assert neighbours.near("zzzzzz") == []
    assert neighbours.near("eslami") == []  # the token itself is not its own neighbour
    assert "kim" not in neighbours.near("kiim")  # too short for two edits, and not indexed
    assert neighbours.near("") == [] and neighbours.near("x1y2z3") == []


def test_huge_and_odd_tokens_are_refused_cheaply(neighbours: TokenNeighbours) -> None:
    assert neighbours.near("a" * 10_000) == []
    assert neighbours.near("éslami") == ["eslami"]  # any letter is one edit
    assert TokenNeighbours([]).near("eslami") == []


def test_survives_pickling(neighbours: TokenNeighbours) -> None:
    assert pickle.loads(pickle.dumps(neighbours)).near("elsamk") == ["eslami"]


_LETTERS = st.text(alphabet="abcdehiklmnorstu", min_size=4, max_size=10)


@settings(max_examples=200, deadline=None)
@given(vocabulary=st.lists(_LETTERS, min_size=1, max_size=30), query=_LETTERS)
def test_finds_exactly_the_close_tokens(vocabulary: list[str], query: str) -> None:
    expected = sorted(
        {
            t
            for t in vocabulary
            if t != query
            and OSA.distance(query, t) <= MAX_EDITS
            and len(query) + len(t) >= 2 * MIN_TWO_EDIT_MEAN
        }
    )
    assert sorted(TokenNeighbours(vocabulary).near(query)) == expected


def test_search_finds_a_name_with_two_slips_in_one_word() -> None:
    # Many listed names share the common first name, so only the misspelt family name can tell
    # them apart, and it shares no lookup key with the listed spelling.
    entities = [listed_entity(f"m{n}", "Person", f"MOHAMMAD {family}") for n, family in enumerate(_FAMILIES)]
    entities.append(listed_entity("target", "Person", "MOHAMMAD ESLAMI"))
    index = build_index(entities)
    matches = index.search(
        Query(name="MOHAMMAD ELSAMK", schema="Person"), limit=5, threshold=DEFAULT_THRESHOLD
    )
    assert matches and matches[0].source_id == "target"


_FAMILIES = [
    "AHMADI", "KARIMI", "HOSSEINI", "RAHIMI", "JAFARI", "MOUSAVI", "SADEGHI", "HASHEMI", "REZAEI",
    "MORADI", "GHASEMI", "ABBASI", "SALEHI", "NAJAFI", "KAZEMI", "AKBARI", "HEIDARI", "TAHERI",
    "YOUSEFI", "BAGHERI", "ZAREI", "SHARIFI", "ASADI", "MAHMOUDI", "NOURI", "FARAHANI", "AZIZI",
    "GHORBANI", "JAVADI", "MIRZAEI", "SOLEIMANI", "KHALILI", "SHIRAZI", "TEHRANI", "ESFAHANI",
    "KERMANI", "ZAMANI", "AMINI", "ROSTAMI", "EBRAHIMI",
]  # fmt: skip
