"""Chinese names in characters read in Hong Kong's Cantonese romanisation (cantonese-romanisation)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from embargo.match import DEFAULT_THRESHOLD, score_pair
from embargo.names.analysis import PER, analyze_name
from embargo.names.cantonese import (
    MOST_READINGS,
    cantonese_readings,
    hong_kong_spellings,
    is_cantonese_spelt,
    without_vowel_marks,
)


@pytest.mark.parametrize(
    ("name", "reading"),
    [
        ("林鄭月娥", "lam cheng yuet ngo"),  # "ngo", "ngoh" and "ngor": one spelling (see below)
        ("李家超", "lee ka chiu"),
        ("鄧炳強", "tang ping keung"),
        ("鄭若驊", "cheng yeuk wa"),
        ("盧偉聰", "lo wai chung"),
        ("曾國衞", "tsang kwok wai"),
        ("林 鄭月娥", "lam cheng yuet ngo"),  # a space between family and given name
    ],
)
def test_a_name_in_characters_reads_as_hong_kong_writes_it(name: str, reading: str) -> None:
    assert reading in cantonese_readings(name)


@pytest.mark.parametrize(
    ("spelling", "written"),
    [
        ("wah", "wa"),
        ("ngor", "ngo"),
        ("ngoh", "ngo"),
        ("kar", "ka"),
        ("yuetngor", "yuetngo"),
        ("kahing", "kahing"),
    ],
)
def test_a_mark_of_the_vowel_is_left_out(spelling: str, written: str) -> None:
    """A final h or r only marks the vowel before it ("Kwai-wah", "Kwai-wa"); not an h that opens the
    next syllable ("Ka-hing")."""
    assert without_vowel_marks(spelling) == written


def test_the_governments_initials_come_first() -> None:
    """Its romanisation writes unaspirated initials with the aspirated letters: Kwok, Tang, Ka."""
    assert hong_kong_spellings("國")[0] == "kwok"
    assert hong_kong_spellings("鄧")[0] == "tang"
    assert hong_kong_spellings("蔣")[0] == "cheung"  # the table has only "jeung"
    assert "jeung" in hong_kong_spellings("蔣")
    assert cantonese_readings("李家超")[0] == "lee ka chiu"
    assert cantonese_readings("鄧炳強")[0] == "tang ping keung"


def test_simplified_characters_read_as_traditional_ones() -> None:
    assert cantonese_readings("林郑月娥") == cantonese_readings("林鄭月娥")
    assert "lee ka shing" in cantonese_readings("李嘉诚")  # 诚: 誠, which the table has
    assert "kan kai yan" in cantonese_readings("简启恩")  # 启: 啓 in Hong Kong, 啟 in Taiwan and the table


@pytest.mark.parametrize(
    "name",
    [
        "張",  # one character: no family and given name
        "愛新覺羅溥儀",  # six: no name of a person as Hong Kong writes it
        "华为技术有限公司",  # a company
        "Lam Cheng",  # Latin letters
        "林鄭Yuet",
        "約翰·李",  # a foreign name written in characters: John Lee
        "李噷",  # the table has no spelling of 噷, only "$"
        "김정은",
        "やまだ",
        "",
    ],
)
def test_other_names_have_no_cantonese_reading(name: str) -> None:
    assert cantonese_readings(name) == ()


@given(st.text(alphabet=st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF), max_size=6))
def test_readings_are_bounded_and_never_fail(name: str) -> None:
    readings = cantonese_readings(name)
    assert len(readings) <= MOST_READINGS
    assert all(reading.isascii() and len(reading.split()) == len(name) for reading in readings)


def test_tokens_spelt_as_characters() -> None:
    assert is_cantonese_spelt("wah") and is_cantonese_spelt("kachiu") and is_cantonese_spelt("yeukwah")
    assert not is_cantonese_spelt("carrie") and not is_cantonese_spelt("teresa")


def test_only_a_persons_name_is_read_so() -> None:
    person = {form.tokens for form in analyze_name("李家超", PER)}
    assert ("lee", "ka", "chiu") in person
    assert ("li", "jiachao") in person  # the pinyin reading stays


@pytest.mark.parametrize(
    ("query", "listed"),
    [
        ("林鄭月娥", "LAM CHENG, Yuet-ngor"),
        ("林鄭月娥", "LAM CHENG, Carrie Yuet-ngor"),
        ("李家超", "LEE, Ka Chiu"),
        ("李家超", "LEE, John Ka-chiu"),
        ("李家超", "LEE, Kar Chiu"),  # "ka" and "kar": one spelling
        ("李桂華", "LI, Steve Kwai-wah"),
        ("鄧炳強", "TANG, Ping-keung"),
        ("林郑月娥", "LAM CHENG, Yuet-ngor"),
        ("陳國基", "CHAN, Kwok-ki"),  # 基: "kei", "kee" or "ki", the fourth reading
    ],
)
def test_a_name_in_characters_finds_its_hong_kong_spelling(query: str, listed: str) -> None:
    assert score_pair(query, listed, "Person") >= DEFAULT_THRESHOLD


@pytest.mark.parametrize(
    ("query", "listed"),
    [
        ("林鄭月華", "LAM CHENG, Yuet-ngor"),  # another given name
        ("陳茂波", "CHAN, Ka Chiu"),  # one family name, another given name
        ("李家明", "LEE, Ka Chiu"),  # one character of the given name another
    ],
)
def test_another_name_in_characters_stays_another_name(query: str, listed: str) -> None:
    assert score_pair(query, listed, "Person") < DEFAULT_THRESHOLD


@pytest.mark.parametrize(
    ("query", "listed"),
    [
        ("赵燕", "YIN CHIN"),  # "chiu yin": Chiu is no Chin, another character
        ("张浩", "HO, Chung Ting"),  # "cheung ho": Cheung is no Chung, and Ting is left out
        ("鄭若", "CHENG, Yeuk Wah"),  # one character fewer: "Wah" is one as Hong Kong spells it
        ("林鄭月娥", "LAM, Yuet-ngor"),  # one character fewer
        ("朱志", "CHUCHI"),  # a one-word nickname: a family name is never glued to the given name
        ("賈濤", "GATO"),
        ("韦磊明", "LUI, Wai Ming"),  # "wai lui ming": the family name pairs with the family name
        ("劉偉志", "LAU, Chi Wai"),  # 偉志 is not 志偉
    ],
)
def test_a_character_is_not_misspelt(query: str, listed: str) -> None:
    """Read in Cantonese, each token is a character: spelt otherwise it is another one, and a
    character left out on either side makes another name, as in pinyin (see compare_names)."""
    assert score_pair(query, listed, "Person") < DEFAULT_THRESHOLD


@pytest.mark.parametrize(
    ("query", "source_id"),
    [
        ("林鄭月娥", "29249"),
        ("鄧炳強", "29242"),
        ("鄭若驊", "29243"),
        ("盧偉聰", "29244"),
        ("陳國基", "29260"),
        ("李家超", "29250"),
    ],
)
def test_ofac_lists_hong_kong_officials_in_cantonese(lists_dir, query: str, source_id: str) -> None:  # noqa: ANN001
    """OFAC SDN 2023 writes Hong Kong's officials (program HK-EO13936) as Hong Kong does, without a
    pinyin alias for these: "LAM CHENG, Carrie Yuet-ngor", "TANG, Ping-keung". Their names in
    characters must find them, by the index's search as well as pair by pair."""
    from embargo.match.index import MatchIndex
    from embargo.model import Query
    from embargo.sources import read_list

    entities = read_list(lists_dir / "ofac-sdn-2023").entities
    entity = next(e for e in entities if e.source_id == source_id)
    assert max(score_pair(query, name.full, "Person") for name in entity.names) >= DEFAULT_THRESHOLD
    hong_kong = [e for e in entities if "HK-EO13936" in e.programs or e.source_id == source_id]
    index = MatchIndex.build(hong_kong, [])
    matches = index.search(Query(name=query, schema="Person"), 10, DEFAULT_THRESHOLD)
    assert matches and matches[0].source_id == source_id
