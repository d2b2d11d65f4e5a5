"""Ukrainian, Belarusian, Serbian and Macedonian names in Cyrillic, read as their countries write them."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from embargo.match import DEFAULT_THRESHOLD, score_pair
from embargo.model import Match
from embargo.names.analysis import PER, analyze_name
from embargo.names.cyrillic import national_spelling, south_slavic_spelling


@pytest.mark.parametrize(
    ("cyrillic", "latin"),
    [
        ("Євген Пригожин", "Yevhen Pryhozhyn"),  # є at the start ye, г h, и y
        ("Григорій Сурков", "Hryhorii Surkov"),
        ("Юлія Тимошенко", "Yuliia Tymoshenko"),  # ю at the start yu, я after a consonant ia
        ("Аляксандр Рыгоравіч Лукашэнка", "Aliaksandr Ryhoravich Lukashenka"),  # Belarusian ы and э
        ("Сяргей Лаўроў", "Siarhei Laurou"),  # Belarusian ў
        ("Розгон", "Rozghon"),  # зг written zgh, not to be read as ґ
        ("ТОВ «Нафтогаз»", "TOV «Naftohaz»"),
        ("Қасым Тоқаев", "Қasym Toқaev"),  # letters neither alphabet has are left as they are
    ],
)
def test_a_cyrillic_name_in_the_national_romanisation(cyrillic: str, latin: str) -> None:
    assert national_spelling(cyrillic) == latin


@pytest.mark.parametrize("name", ["Yevhen Pryhozhyn", "习近平", "محمد علي", ""])
def test_a_name_without_cyrillic_letters_has_no_national_reading(name: str) -> None:
    assert national_spelling(name) is None


def test_the_national_reading_is_one_more_reading_of_the_name() -> None:
    readings = [form.tokens for form in analyze_name("Григорій Сурков", PER)]
    assert readings == [("grigoriy", "surkov"), ("hryhorii", "surkov")]


def test_a_family_name_given_apart_is_a_family_name_in_the_national_reading_too() -> None:
    forms = analyze_name("Григорій Сурков", PER, {"last": "Сурков"})
    assert all(form.family == (False, True) for form in forms), forms


@pytest.mark.parametrize(
    ("query", "listed"),
    [
        # Read the Russian way these scored 0.13, 0.42 and 0.37.
        ("Євген Пригожин", "Yevhen PRYHOZHYN"),
        ("Григорій Сурков", "Hryhoriy SURKOV"),
        ("Уладзімір Макей", "Uladzimir MAKEI"),
        ("Аляксандр Рыгоравіч Лукашэнка", "LUKASHENKA, Aliaksandr Ryhoravich"),
        ("Юлія Тимошенко", "Yuliia TYMOSHENKO"),
        # The Russian reading of the same man still reaches the Belarusian spelling (0.43 before).
        ("Лукашенко Александр Григорьевич", "LUKASHENKA, Aliaksandr Ryhoravich"),
    ],
)
def test_a_name_in_cyrillic_matches_its_national_romanisation(query: str, listed: str) -> None:
    assert score_pair(query, listed, "Person") >= DEFAULT_THRESHOLD
    assert score_pair(listed, query, "Person") >= DEFAULT_THRESHOLD


@pytest.mark.parametrize(
    ("query", "source_id"),
    [
        # People OFAC lists in the Belarusian or Ukrainian romanisation, written in their own script.
        ("Віктар Уладзіміравіч Шэйман", "9769"),  # SHEIMAN, Viktar Uladzimiravich
        ("Наталля Уладзіміраўна Пяткевіч", "9771"),  # PIATKEVICH, Natallia Uladzimirauna
        ("Аляксандр Леанідавіч Зімоўскі", "9762"),  # ZIMOUSKY, Aliaksandr Leanidavich
        ("Віктар Аляксандравіч Лукашэнка", "9797"),  # LUKASHENKA, Viktar Aliaksandravich
        ("Віктор Федорович Янукович", "16641"),  # YANUKOVYCH, Viktor Fedorovych
        ("Олександр Вікторович Янукович", "16721"),  # YANUKOVYCH, Oleksandr Viktorovych
        ("Віталій Юрійович Захарченко", "16601"),  # ZAKHARCHENKO, Vitaliy Yuriyovych
        ("Едуард Анатолійович Ставицький", "16735"),  # STAVYTSKY, Eduard Anatoliyovych
    ],
)
def test_a_listed_person_is_found_by_the_name_in_cyrillic(
    listed_person_matches: Callable[..., list[Match]], query: str, source_id: str
) -> None:
    matches = listed_person_matches(query)
    assert matches and matches[0].source_id == source_id, [(m.name, m.score) for m in matches]


@pytest.mark.parametrize(
    ("cyrillic", "latin"),
    [
        ("Жељка Цвијановић", "Željka Cvijanović"),  # Serbian: Gaj's Latin alphabet
        ("Ђорђе Вучинић", "Đorđe Vučinić"),
        ("Ѓорѓе Иванов", "Ǵorǵe Ivanov"),  # Macedonian
    ],
)
def test_a_serbian_or_macedonian_name_in_its_latin_alphabet(cyrillic: str, latin: str) -> None:
    assert south_slavic_spelling(cyrillic) == latin


@pytest.mark.parametrize("name", ["Милорад Додик", "Григорій Сурков", "Zeljka Cvijanovic"])
def test_names_without_serbian_or_macedonian_letters_have_no_such_reading(name: str) -> None:
    assert south_slavic_spelling(name) is None


def test_a_serbian_name_is_not_read_as_ukrainian() -> None:
    readings = [form.tokens for form in analyze_name("Милован Бјелица", PER)]
    assert readings == [("milovan", "bjelitsa"), ("milovan", "bjelica")]


@pytest.mark.parametrize(
    ("query", "listed"),
    [
        ("Жељка Цвијановић", "CVIJANOVIC, Zeljka"),  # 0.38 read the Russian way ("tsviyanovich")
        ("Мирко Цветковић", "CVETKOVIC, Mirko"),
        ("Стојан Жупљанин", "ZUPLJANIN, Stojan"),  # OFAC SDN 2023, Balkans program
    ],
)
def test_a_serbian_name_in_cyrillic_matches_its_latin_listing(query: str, listed: str) -> None:
    assert score_pair(query, listed, "Person") >= DEFAULT_THRESHOLD
