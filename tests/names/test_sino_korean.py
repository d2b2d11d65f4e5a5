"""Korean names written in Chinese characters (Hanja) read as Korean says them: 金正恩 is Kim Jong Un."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from embargo.match import DEFAULT_THRESHOLD, MatchIndex, score_pair
from embargo.model import Match, Query
from embargo.names.analysis import NAME, PER, analyze_name
from embargo.names.sino_korean import korean_reading


@pytest.mark.parametrize(
    ("written", "hangul"),
    [
        ("金正恩", "김정은"),  # 金 as a family name is Kim, not the word "gold" (금)
        ("崔龍海", "최룡해"),  # traditional characters
        ("崔龙海", "최룡해"),  # simplified ones
        ("金 与正", "김여정"),  # a space after the family name
        ("李炳哲", "리병철"),  # the initial ㄹ the North writes (RI), which the South drops (이)
        ("沈载元", "심재원"),  # 沈 as a family name is Sim (심), not 침
        ("正恩金", "정은금"),  # 金 after the first character is the word: 금
    ],
)
def test_three_characters_are_read_in_korean(written: str, hangul: str) -> None:
    assert korean_reading(written) == hangul


@pytest.mark.parametrize(
    "text",
    [
        "李成",  # two characters: mostly Chinese names, which alerted against Korean ones
        "麻原彰晃",  # four: more often a Japanese name
        "金正恩日成",
        "アサハラ",  # kana
        "金正ウン",
        "김정은",  # already Hangul
        "Kim Jong Un",
        "金正 恩",  # a space inside the given name
        "",
    ],
)
def test_other_text_is_not_read_in_korean(text: str) -> None:
    assert korean_reading(text) is None


def test_a_character_the_table_lacks_leaves_the_name_unread() -> None:
    from hanja.table import hanja_table

    missing = next(chr(code) for code in range(0x3400, 0x4DC0) if chr(code) not in hanja_table)
    assert korean_reading(f"金正{missing}") is None


def test_the_korean_reading_knows_each_words_syllable() -> None:
    """Written as the lists write Korean names, each word marked with its Hangul syllable: compared
    as a name written in Hangul is, its syllables tell the spellings apart (see names.korean)."""
    forms = analyze_name("金正恩", PER)
    korean = [form for form in forms if form.hanja]
    assert [(form.tokens, form.symbols) for form in korean] == [
        (("kim", "jong", "un"), ("김", "정", "은")),
        (("kim", "jongun"), ("김", "정은")),  # the given name as one word, as "Jong-Un" is written
    ]
    assert ("jin", "zhengen") in [form.tokens for form in forms]  # its pinyin is still read


@pytest.mark.parametrize("name", ["金·正恩", "谢尔盖·拉夫罗夫", "麻原・彰晃", "奥萨马·本·拉登"])
def test_a_foreign_name_with_a_middle_dot_is_not_read_in_korean(name: str) -> None:
    """A dot between characters writes a foreign name's words (names.chinese.transcribed_reading);
    cleaning writes it as a space, so "金·正恩" would otherwise read as 김정은. (Analysing such names
    once failed on a name clash in the analysis.)"""
    forms = analyze_name(name, PER)
    assert forms and not any(form.hanja for form in forms)


def test_each_word_is_a_name_part_and_the_first_the_family_name() -> None:
    """ "an" (安), "o" (吴), "u" (于) are family names here, not a stop word or an initial that costs
    little left out."""
    for name in ("安康民", "吴康民", "于康民"):
        korean = [form for form in analyze_name(name, PER) if form.hanja]
        assert len(korean) == 2, name
        for form in korean:
            assert set(form.kinds) == {NAME} and form.family[0] and not any(form.family[1:])


def test_a_reading_in_korean_spelt_as_another_reading_is_kept() -> None:
    """ "an kangmin" is 安康民's pinyin and its reading in Korean with the given name in one word:
    kept twice, the Korean one compared as Korean; "ma mo pun" is 马模笨 in Cantonese and in Korean."""
    assert [form.tokens for form in analyze_name("安康民", PER) if form.hanja] == [
        ("an", "kang", "min"),
        ("an", "kangmin"),
    ]
    assert ("ma", "mo", "pun") in [form.tokens for form in analyze_name("马模笨", PER) if form.hanja]


@pytest.mark.parametrize(
    ("written", "listed"), [("安康民", "KANG, Min"), ("吴康民", "KANG, Min"), ("涂宥蓁", "RYU JIN")]
)
def test_a_family_name_left_out_names_someone_else(written: str, listed: str) -> None:
    assert any(form.hanja for form in analyze_name(written, PER))
    assert score_pair(written, listed, "Person") < DEFAULT_THRESHOLD


def test_organisation_names_are_not_read_in_korean() -> None:
    assert not any(form.hanja for form in analyze_name("金正恩", "ORG"))


@pytest.mark.parametrize(
    ("written", "listed"),
    [
        ("金正恩", "KIM JONG UN"),
        ("金正恩", "KIM, Jong-Un"),
        ("崔龙海", "CHOE, Ryong Hae"),
        ("崔龍海", "Ch'oe Ryong-hae"),
        ("李炳哲", "RI Pyong Chol"),
        ("张成泽", "JANG Song Thaek"),  # 택 as the lists write it with McCune-Reischauer's aspiration
        ("白章浩", "PAEK, Chang-Ho"),  # 장호 in one word, "jang" written "chang" as McCune-Reischauer does
    ],
)
def test_a_korean_name_in_characters_matches_its_listed_spelling(written: str, listed: str) -> None:
    assert score_pair(written, listed, "Person") >= 0.9


@pytest.mark.parametrize(
    ("written", "listed"),
    [
        ("金正恩", "KIM Jong Il"),  # another given name
        ("金正恩", "KIM YONG UN"),  # 정 is no "yong" (영): another syllable, not a slip of one letter
        ("金正恩", "KIM UN JONG"),  # 은정 is not 정은
        ("李成", "RI, U'n-so'ng"),  # two characters are not read in Korean
    ],
)
def test_other_korean_names_do_not_match(written: str, listed: str) -> None:
    assert any(form.hanja for form in analyze_name(written, PER)) == (len(written) == 3)
    assert score_pair(written, listed, "Person") < DEFAULT_THRESHOLD


def test_the_un_lists_own_characters_read_as_its_latin_name(lists_dir: Path) -> None:
    """The UN list gives KIM CHOL SAM (KPi.035) the alias "Jin Tiesan (金铁三)": read in Korean, the
    characters are the listed name; read in Mandarin, they share nothing with it."""
    from embargo.sources import read_list

    un = read_list(lists_dir / "un" / "consolidated.xml")
    entity = next(e for e in un.entities if e.source_id == "KPi.035")
    written = next(name.full for name in entity.names if korean_reading(name.full) is not None)
    assert written == "金铁三"
    assert score_pair(written, entity.names[0].full, "Person") == 1.0


@pytest.mark.parametrize(
    ("written", "source_id"),
    [
        ("金正恩", "20157"),
        ("崔龙海", "23213"),
        # "paek jangho" against "PAEK, Chang-Ho": 장 written "chang", a name the score bound leaves to
        # full scoring for this reading (names.shaped_korean_glued)
        ("白章浩", "15667"),
    ],
)
def test_a_korean_name_in_characters_finds_its_listed_entry(
    listed_person_matches: Callable[..., list[Match]], written: str, source_id: str
) -> None:
    matches = listed_person_matches(written)
    assert matches and matches[0].source_id == source_id, [(m.source_id, m.name, m.score) for m in matches]


@pytest.mark.parametrize(
    ("written", "listed"),
    [("仉跽塍", "ZHANG, Jicheng"), ("睁辅憬", "ZHENG, Fujing"), ("郴拳椁", "CHEN, Quanguo")],
)
def test_a_chinese_name_in_characters_keeps_its_pinyin_candidates(
    listed_index: MatchIndex, listed_person_matches: Callable[..., list[Match]], written: str, listed: str
) -> None:
    """The Korean reading's syllables are those of many listed Korean names: pooled with the keys of
    the readings in Chinese, they crowded the listed Chinese name out of the candidates (characters
    drawn for their pinyin, whose Korean readings crowd it in this index). The readings in Korean
    get candidates of their own (MatchIndex.search)."""
    entity_id = listed_index.entities[next(r.entity for r in listed_index.names if r.raw == listed)].entity_id
    matches = listed_person_matches(written, limit=10)
    assert entity_id in [m.entity_id for m in matches], [(m.name, m.score) for m in matches]


def test_listed_names_in_characters_are_not_read_in_korean() -> None:
    """A listed Chinese person's name in characters keeps its own readings: read in Korean, "金成民"
    ("kim song min") alerted on the common Korean name "Kim Sung Min"."""
    from tests.match.helpers import build_index, listed_entity

    index = build_index([listed_entity("1", "Person", "金成民"), listed_entity("2", "Person", "Zhou Wei")])
    assert not any(form.hanja for record in index.names for form in record.forms)
    for schema in ("Person", None):
        assert index.search(Query(name="Kim Sung Min", schema=schema), 10, DEFAULT_THRESHOLD) == []
    assert [
        m.source_id for m in index.search(Query(name="金成民", schema="Person"), 10, DEFAULT_THRESHOLD)
    ] == ["1"]
