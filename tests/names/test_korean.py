"""Latin spellings of Korean names written in Hangul."""

from __future__ import annotations

import pytest
from anyascii import anyascii

from embargo.match import DEFAULT_THRESHOLD, score_pair
from embargo.names.korean import hangul_sources, latin_korean_syllables, spells, syllable_spellings
from embargo.names.transliterate import korean_listed_spelling


@pytest.mark.parametrize(
    ("hangul", "latin"),
    [
        ("정", "jeong"),  # Revised Romanization
        ("정", "jong"),  # McCune-Reischauer as the lists write it
        ("정", "chung"),  # customary
        ("이", "lee"),
        ("이", "ri"),  # the North keeps the initial r the South drops
        ("이", "yi"),
        ("박", "park"),
        ("최", "choi"),
        ("최", "choe"),
        ("영", "young"),
        ("수", "soo"),
        ("룡", "ryong"),
        ("안", "ahn"),
        ("영수", "yongsu"),  # a given name of two syllables written as one word
        ("경희", "kyunghee"),
    ],
)
def test_conventions_spell_the_syllables(hangul: str, latin: str) -> None:
    assert spells(hangul, latin)


@pytest.mark.parametrize(
    ("hangul", "latin"),
    [
        ("정", "yong"),  # 영
        ("영", "jong"),  # 정
        ("병", "yong"),
        ("정호", "tongho"),  # 동호
        ("영수", "yong"),  # one syllable short
        ("김", "kimm"),
    ],
)
def test_other_syllables_are_not_spelt(hangul: str, latin: str) -> None:
    assert not spells(hangul, latin)


def test_every_syllable_has_its_anyascii_and_listed_spellings() -> None:
    for code in range(0xAC00, 0xD7A4):
        syllable = chr(code)
        spellings = syllable_spellings(syllable)
        assert anyascii(syllable).lower() in spellings
        assert korean_listed_spelling(syllable).strip() in spellings


def test_sources_are_the_runs_a_token_spells() -> None:
    assert hangul_sources("정수 김", "jeongsu") == {"정수"}
    assert hangul_sources("정수 김", "jong") == {"정"}
    assert hangul_sources("정수 김", "yong") == frozenset()
    assert hangul_sources("Vladimir", "vladimir") == frozenset()


@pytest.mark.parametrize(
    ("hangul", "listed"),
    [
        ("정수 김", "KIM, Yong Su"),  # 정수, not 영수
        ("은영 김", "KIM, Jong Un"),
        ("병철 김", "KIM YONG CHOL"),
        ("정호 김", "KIM TONG-HO"),
        ("지은 박", "PAK, Jin Hyok"),
        ("서영 장", "JANG YONG SON"),  # 서 is "so", not "son": a conflict however alike
        ("성수 김", "KIM, Song"),  # a syllable left out is half of the given name
    ],
)
def test_another_syllable_in_hangul_is_another_name(hangul: str, listed: str) -> None:
    assert score_pair(hangul, listed, "Person") < DEFAULT_THRESHOLD


@pytest.mark.parametrize(
    ("hangul", "listed"),
    [
        ("김정은", "KIM, Jong Un"),
        ("이수용", "RI SU YONG"),  # the South's 이 for the North's 리
        ("최룡해", "CH'OE, Ryong Hae"),
        ("영수 김", "KIM, Yong Su"),
        ("정은 김", "KIM, Jeong Eun"),
        ("허준영", "Huh Jun Young"),  # the customary "u" of ㅓ before an "h" ...
        ("서민수", "Suh Min Soo"),
    ],
)
def test_the_same_syllables_in_any_convention_match(hangul: str, listed: str) -> None:
    assert score_pair(hangul, listed, "Person") >= DEFAULT_THRESHOLD


@pytest.mark.parametrize(
    ("written", "listed"),
    [
        ("Lee Su Yong", "RI SU YONG"),  # the South's 이 for the North's 리
        ("Yi Yong Ho", "RI YONG HO"),
        ("Lim Chol", "RIM CHOL"),  # 림: Lim in the South
        ("Roh Kwang Chol", "RO KWANG CHOL"),  # 로: Roh
        ("Jang Song Thaek", "CHANG SONG THAEK"),  # 장 in Revised Romanization and McCune-Reischauer
        ("Lee Pyeong Cheol", "RI PYONG CHOL"),
        ("Lee Je Son", "RI, Je-Son"),  # a given name of two syllables written as one word
        ("Yoon Ho Jin", "YUN, Ho-Jin"),
        ("Seonghun Gim", "KIM, Song-Hun"),  # a given name glued on both sides
        ("Kim Jeongeun", "KIM JONG UN"),  # ... on one side
        ("Kim Jong-un", "KIM, Jong Un"),  # two syllables, hyphenated, against the same two apart
        ("Kim Jongu", "KIM, Jong Un"),  # ... one letter left out
        ("Kim Jongun", "Kim Jongin"),  # a slip of one letter in a glued given name stays a slip
        ("RI, Su Iong", "RI, Su Yong"),  # "iong" reads as "i" "ong", but it is "yong" misspelt
        ("PA, Kwaang Ho", "PAK, Kwang Ho"),  # ... and "kwaang" as "kwa" "ang"
        ("Ri Songi", "Ri Song"),  # a syllable more of one letter ("i") is as likely a slip
    ],
)
def test_latin_spellings_of_one_korean_name_match(written: str, listed: str) -> None:
    assert score_pair(written, listed, "Person") >= DEFAULT_THRESHOLD


@pytest.mark.parametrize(
    ("written", "listed"),
    [
        ("Lee Su Yong", "RI SU HO"),  # another syllable of the given name
        ("Lee Su Yong", "KIM SU YONG"),  # another family name
        ("Jang Song Thaek", "CHANG SONG IL"),
        ("Eun-Jeong Lee", "Ri Eun Song"),  # 은정 / 은송: a syllable of a glued given name changed
        ("Doyun Bag", "Pak Do Chun"),  # 도윤 / 도춘
        ("Seunghyeon Gim", "KIM, So'ng-hun"),  # 승현 / 성훈, both glued
        ("Seunghyeon Kim", "KIM, So'ng-hun"),  # 0.91 before session 21
        ("Yong Hu", "O, Yong Ho"),  # 허 is Heo, Ho or Huh: the customary "u" of ㅓ needs a final (Sung)
        ("Li Li", "LI, Yi"),  # pinyin syllables on both sides: li and yi are two characters
        ("李丽", "LI, Yi"),  # a name in Chinese characters is no Korean one
        ("Li Junming", "Yi Junming"),  # a Chinese name with a glued given name
        ("Lei Na", "RI RA"),  # two pinyin syllables of a name that may be Chinese
        ("Tom Lee", "Tom Ni"),  # 니 is "Ni", 리 "Ri", "Lee" or "Li": not one syllable
        ("Mark Kim", "MAG KIM"),  # "ar" is Park's (박), not any syllable's
        ("Jun Li", "LEE, John"),  # "hn" is Ahn's and Sohn's (안, 손), not 전's
        # A given name of two syllables written as one against one of one syllable (its first or
        # another) and a third word: 0.80 before session 34, as "jongun" was taken for "jong" misspelt.
        ("Kim Jong-un", "Kim Jong Nam"),
        ("Kim Jong-un", "KIM, Jong Sik"),
        ("Pak Pong-ju", "Pak Pong Il"),
        ("Kim Jong-un", "Kim Jong"),
    ],
)
def test_another_syllable_in_latin_is_another_korean_name(written: str, listed: str) -> None:
    assert score_pair(written, listed, "Person") < DEFAULT_THRESHOLD


def test_latin_korean_syllables_only_for_names_shaped_as_korean_ones() -> None:
    assert set(latin_korean_syllables(("lee", "su", "yong"))[0]) >= {"이", "리"}
    assert latin_korean_syllables(("mohamed", "ali")) == ()  # no word spells a syllable
    assert latin_korean_syllables(("kim",)) == ()  # one word
    assert latin_korean_syllables(("kim", "jong", "un", "su", "ho")) == ()  # five words
