"""English "son of" / "daughter of" read as the patronymic particle (bin, bint)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from embargo.match import DEFAULT_THRESHOLD, score_pair
from embargo.names.analysis import PER, analyze_name
from embargo.names.patronymics import english_patronymics


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Akhter Mohmad son of Noor Mohmad", "Akhter Mohmad bin Noor Mohmad"),
        ("Abdul Haq SON OF M. Anwar Khan", "Abdul Haq bin M. Anwar Khan"),
        ("Ali Khan S/O Ahmed Khan", "Ali Khan bin Ahmed Khan"),
        ("Ali Khan s / o Ahmed Khan", "Ali Khan bin Ahmed Khan"),
        ("Ayesha Bibi daughter of Gul Khan", "Ayesha Bibi bint Gul Khan"),
        ("Ayesha Bibi D/O Gul Khan", "Ayesha Bibi bint Gul Khan"),
    ],
)
def test_son_of_and_daughter_of_between_words_are_the_particle(name: str, expected: str) -> None:
    assert english_patronymics(name) == expected


@pytest.mark.parametrize(
    "name",
    [
        "Son of Man",  # nothing before it
        "Gul Khan son of",  # nothing after it
        "Jason Offord",  # "son of" inside words
        "Sons of Liberty",
        "Ali Khan S/A Ahmed",  # another abbreviation
        "Kim Son Ok",
        "",
    ],
)
def test_other_words_stay_as_written(name: str) -> None:
    assert english_patronymics(name) == name


@given(st.text(max_size=60))
def test_reading_is_total_and_stable(name: str) -> None:
    once = english_patronymics(name)
    assert english_patronymics(once) == once


def test_a_name_with_s_o_is_one_name_not_two_alternatives() -> None:
    """A slash otherwise writes two names of one party ("Al-Qa'ida/Islamic Army")."""
    forms = analyze_name("Ali Khan S/O Ahmed Khan", PER)
    assert [form.tokens for form in forms] == [("ali", "khan", "bin", "ahmed", "khan")]


@pytest.mark.parametrize(
    ("query", "listed"),
    [
        ("اختر محمد ولد نور محمد", "Akhter Mohmad son of Noor Mohmad"),  # walad, the UN's English
        ("Akhter Mohmad bin Noor Mohmad", "Akhter Mohmad son of Noor Mohmad"),
        ("اختر محمد ولد نور محمد", "Akhter Mohmad bin Noor Mohmad"),  # walad / bin: one particle
        ("Ali Khan S/O Ahmed Khan", "ALI KHAN SON OF AHMED KHAN"),
    ],
)
def test_the_particles_of_two_languages_pair(query: str, listed: str) -> None:
    assert score_pair(query, listed, "Person") >= DEFAULT_THRESHOLD


@pytest.mark.parametrize(
    ("query", "listed"),
    [
        ("Noor Mohmad son of Akhter Mohmad", "Akhter Mohmad son of Noor Mohmad"),
        ("محمد بن سلمان", "Salman bin Mohammed"),  # بن, written in Arabic script, fixes who is whose son
        ("اختر محمد ولد نور محمد", "Noor Mohmad son of Akhter Mohmad"),
    ],
)
def test_father_and_son_stay_apart_across_the_particle(query: str, listed: str) -> None:
    assert score_pair(query, listed, "Person") < DEFAULT_THRESHOLD
