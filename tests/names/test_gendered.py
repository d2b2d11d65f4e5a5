"""Masculine and feminine forms of one Slavic name."""

from __future__ import annotations

import pytest

from embargo.names.gendered import feminine_of, gender_direction, written_as_family_name


@pytest.mark.parametrize(
    ("female", "male"),
    [
        ("petrova", "petrov"),  # family names in -ov / -ev / -in
        ("belyaeva", "belyaev"),
        ("putina", "putin"),
        ("tolstaya", "tolstoy"),  # adjectival family names
        ("petrovskaya", "petrovskiy"),
        ("petrovskaya", "petrovsky"),
        ("kowalska", "kowalski"),  # Polish
        ("zawadzka", "zawadzki"),
        ("novakova", "novak"),  # Czech
        ("ivanovna", "ivanovich"),  # patronymics
        ("sergeyevna", "sergeyevich"),
        ("ilyinichna", "ilyich"),
        ("aleksandra", "aleksandr"),  # given names
        ("yevgeniya", "yevgeniy"),
        ("evgenia", "evgenii"),
        ("valeriya", "valery"),
        ("stanislava", "stanislav"),
        ("viktoriya", "viktor"),  # -iya / -ia on a consonant
        ("viktoria", "viktor"),
        # One of the two written in another romanisation of the Cyrillic.
        ("aleksandra", "alexandr"),
        ("alexandra", "aleksandr"),
        ("valeryia", "valery"),
        ("valeriya", "valeriy"),
        ("andreja", "andrey"),
    ],
)
def test_feminine_forms_of_masculine_names(female: str, male: str) -> None:
    assert feminine_of(female, male)
    assert gender_direction(female, male) == 1
    assert gender_direction(male, female) == -1


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("petrova", "petrova"),  # the same form
        ("marian", "maria"),  # another name, not another form
        ("abdullah", "abdulla"),  # a romanisation of one Arabic name
        ("ana", "an"),  # a stem too short to tell
        ("petrova", "ivanov"),
        ("maria", "mario"),  # -o / -a is not a Slavic pair
        ("petrovskaya", "petrovich"),
        ("aleksandra", "alexei"),  # another name, whatever its romanisation
        ("valeria", "valentin"),
        ("danila", "daniil"),  # two men's names
        ("gavrila", "gavriil"),
        ("mattia", "matt"),  # -ia on a short stem: the Italian man's name
        ("kostya", "kost"),
    ],
)
def test_other_pairs_are_not_gender_forms(a: str, b: str) -> None:
    assert gender_direction(a, b) == 0


@pytest.mark.parametrize(
    "token",
    ["petrov", "islomov", "aliyev", "ouldali", "hosseinzadeh", "mohammadpour", "pour", "pwr", "hsynzadh"],
)
def test_family_names_made_of_names(token: str) -> None:
    assert written_as_family_name(token)


@pytest.mark.parametrize(
    "token",
    [
        "ivanovich",
        "petrovna",  # Russian patronymics
        "islomova",
        "cordova",
        "villanueva",  # feminine endings end Spanish names too
        "benslimane",
        "benitez",
        "benjamin",  # "Ben-": Spanish and given names too
        "shahzada",
        "jaipur",
        "sukhdev",
        "ali",
        "ould",
        "salazar",
        "lev",
    ],
)
def test_other_parts_are_not_written_as_family_names(token: str) -> None:
    assert not written_as_family_name(token)
