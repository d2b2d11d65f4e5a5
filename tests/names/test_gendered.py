"""Masculine and feminine forms of one Slavic name."""

from __future__ import annotations

import pytest

from embargo.names.gendered import feminine_of, gender_direction


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
    ],
)
def test_other_pairs_are_not_gender_forms(a: str, b: str) -> None:
    assert gender_direction(a, b) == 0
