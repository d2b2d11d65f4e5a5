"""Chinese names written in Cyrillic (the Palladius system), read back as pinyin."""

from __future__ import annotations

import pytest

from embargo.names.analysis import PER, analyze_name
from embargo.names.palladius import palladius_reading


@pytest.mark.parametrize(
    ("cyrillic", "pinyin"),
    [
        ("Си Цзиньпин", "xi jinping"),
        ("Ван И", "wang yi"),
        ("Чжан Вэй", "zhang wei"),
        ("Ли Вей", "li wei"),  # "е" for the Palladius "э", as Russian texts often write it
        ("Мао Цзэдун", "mao zedong"),
        ("Люй Бин", "lu bing"),  # ü, written "u" as the lists write it
        ("Цзинпин Си", "jingping xi"),  # the family name last, as some Russian texts order it
    ],
)
def test_a_palladius_name_reads_as_its_pinyin(cyrillic: str, pinyin: str) -> None:
    assert palladius_reading(cyrillic) == pinyin


@pytest.mark.parametrize(
    "name",
    [
        "Владимир Путин",  # "вл" is no Palladius syllable
        "Иван Путин",  # each word cut into two syllables, but no one-syllable family name
        "Сергей Ли",
        "Си",  # one word: no family and given name
        "Си Цзинь Пин Ван",  # four words
        "Си Jinping",  # not Cyrillic throughout
    ],
)
def test_other_names_get_no_pinyin_reading(name: str) -> None:
    assert palladius_reading(name) is None


def test_the_pinyin_is_one_more_reading_of_the_name() -> None:
    readings = [form.tokens for form in analyze_name("Си Цзиньпин", PER)]
    assert ("si", "tszinpin") in readings
    assert ("xi", "jinping") in readings
