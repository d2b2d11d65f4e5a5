"""The pair scorer: bounds, identity, symmetry and the behaviour screening relies on."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from embargo.match import DEFAULT_THRESHOLD, explain_pair, score_pair

_word = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=2, max_size=9)
_name = st.lists(_word, min_size=1, max_size=4).map(" ".join)


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=60), st.text(max_size=60), st.sampled_from([None, "Person", "Company", "Vessel"]))
def test_score_in_unit_interval(a: str, b: str, schema: str | None) -> None:
    assert 0.0 <= score_pair(a, b, schema) <= 1.0


@settings(max_examples=100, deadline=None)
@given(_name, st.sampled_from(["Person", "Company"]))
def test_identical_names_score_one(name: str, schema: str) -> None:
    assert score_pair(name, name, schema) == 1.0
    assert score_pair(name.upper(), name, schema) == 1.0


@settings(max_examples=150, deadline=None)
@given(_name, _name, st.sampled_from(["Person", "Company"]))
def test_symmetric(a: str, b: str, schema: str) -> None:
    assert score_pair(a, b, schema) == pytest.approx(score_pair(b, a, schema), abs=0.02)


@pytest.mark.parametrize(
    ("a", "b", "schema"),
    [
        ("SALEK, ABDULHAI", "Abdulhai Salek", "Person"),
        ("Vladimir Pulin", "Vladimir Putin", "Person"),
        ("Dr. Rami Makhlouf", "Rami Makhlouf", "Person"),
        ("Siemens Aktiengesellschaft", "Siemens AG", "Company"),
        ("SiemensAG", "Siemens AG", "Company"),
        ("OAO Gazprom", "Open Joint Stock Company Gazprom", "Company"),
        ("Владимир Путин", "Vladimir Putin", "Person"),
        ("Hans J Friedrich", "Hans Joachim Friedrich", "Person"),
    ],
)
def test_variants_match(a: str, b: str, schema: str) -> None:
    assert score_pair(a, b, schema) >= DEFAULT_THRESHOLD


@pytest.mark.parametrize(
    ("a", "b", "schema"),
    [
        ("Ihab Makhlouf", "Rami Makhlouf", "Person"),
        ("Olga Barynova", "Oleg BARANOV", "Person"),
        ("AYMAN SABAWI IBRAHIM HASAN AL-DULAIMI", "AYMAN SABAWI IBRAHIM HASAN AL-TIKRITI", "Person"),
        ("Volkswagen Aktiengesellschaft", "Siemens Aktiengesellschaft", "Company"),
        ("习近朋", "习近平", "Person"),
        ("Saudi Arabian Gas Company", "Saudi Arabian Oil Company", "Company"),
    ],
)
def test_different_parties_do_not_match(a: str, b: str, schema: str) -> None:
    assert score_pair(a, b, schema) < DEFAULT_THRESHOLD


def test_explain_pair_names_the_aligned_parts() -> None:
    explanation = explain_pair("Vladimir Pulin", "Vladimir Putin", "Person")
    assert explanation.features[0].feature == "name"
    assert "pulin~putin" in explanation.features[0].detail
