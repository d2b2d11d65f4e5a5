"""Chinese names in Wade-Giles read back as pinyin (pypinyin's Wade-Giles table, read backwards)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from embargo.match import DEFAULT_THRESHOLD, score_pair
from embargo.names.wadegiles import MOST_READINGS, wade_giles_readings, wade_giles_syllable


@pytest.mark.parametrize(
    ("name", "pinyin"),
    [
        ("Hsi Chin-ping", "xi jinping"),  # "ping" without its apostrophe: bing, or ping
        ("Hsi Chin-p'ing", "xi jinping"),
        ("Mao Tse-tung", "mao zedong"),
        ("Chiang Ching-kuo", "jiang jingguo"),
        ("Teng Hsiao-p’ing", "deng xiaoping"),
        ("Hsü Shih-chang", "xu shichang"),
        ("Hsu Chih-hao", "xu zhihao"),
        ("KUO, Hsiung", "guo xiong"),
        # A given name hyphenated as Wade-Giles writes it, every syllable also a pinyin one.
        ("Chou En-lai", "zhou enlai"),
        ("Huang Chin-hua", "huang jinhua"),
        ("Lai Ching-te", "lai qingde"),
        ("LIANG, Ching-fang", "liang qingfang"),
    ],
)
def test_a_wade_giles_name_reads_as_its_pinyin(name: str, pinyin: str) -> None:
    assert pinyin in wade_giles_readings(name)


def test_an_apostrophe_of_aspiration_decides_the_reading() -> None:
    assert wade_giles_readings("Chiang Ch'ing-kuo")[0] == "jiang qingguo"
    assert all("qing" in reading for reading in wade_giles_readings("Chiang Ch'ing-kuo"))


@pytest.mark.parametrize(
    "name",
    [
        "Zhang Wei",  # pinyin already
        "Li Peng",
        "Maria Lopez",  # not Wade-Giles
        "Carl Jung",
        "O Yong Ho",  # Korean, as the lists write it: Wade-Giles has these syllables too
        "CHO YON CHUN",
        "MING CHUNG",
        "O'Brien Chin",
        "Hsi",  # one word
        "Hsi Chin Ping Tung",  # four words
        "Hsiaoping Chinkuo",  # no family name of one syllable
        "Chou Enlai",  # every syllable pinyin, the given name one word: pinyin
        "Jean-Luc Picard",  # hyphenated, not Wade-Giles syllables
        "Kim Jong-un",
        # Korean given names are hyphenated too: every syllable a Korean one, not read so.
        "An Ha-jun",
        "Chi An-chang",
        "YUN, Ho-chin",
        "Li Teng-hui",  # ... which leaves out a Chinese name of Korean syllables only
        "习近平",
        "",
    ],
)
def test_other_names_have_no_wade_giles_reading(name: str) -> None:
    assert wade_giles_readings(name) == []


@given(st.text(max_size=40))
def test_readings_are_bounded_and_never_fail(name: str) -> None:
    assert len(wade_giles_readings(name)) <= MOST_READINGS


@pytest.mark.parametrize(
    ("query", "listed"),
    [
        ("Hsi Chin-ping", "XI, Jinping"),
        ("Mao Tse-tung", "Mao Zedong"),
        ("Teng Hsiao-ping", "DENG, Xiaoping"),
        ("Hsi Chin-ping", "习近平"),
        ("Chou En-lai", "ZHOU, Enlai"),
        ("Chou En-lai", "周恩来"),
        ("Huang Chin-hua", "HUANG, Qinhua"),
    ],
)
def test_a_wade_giles_name_finds_the_pinyin_one(query: str, listed: str) -> None:
    assert score_pair(query, listed, "Person") >= DEFAULT_THRESHOLD
    assert score_pair(listed, query, "Person") >= DEFAULT_THRESHOLD


@pytest.mark.parametrize(
    ("query", "listed"), [("Hsi Chin-ping", "XI, Jinfeng"), ("Mao Tse-tung", "MAO Zetian")]
)
def test_another_given_name_stays_another_name(query: str, listed: str) -> None:
    assert score_pair(query, listed, "Person") < DEFAULT_THRESHOLD


@pytest.mark.parametrize(
    ("query", "source_id"),
    [("魏学远", "11291"), ("魏學剛", "6714"), ("Bao Youxiang", "11290"), ("鮑有祥", "11290")],
)
def test_ofac_lists_wa_state_leaders_in_wade_giles(lists_dir, query: str, source_id: str) -> None:  # noqa: ANN001
    """OFAC SDN 2023 writes them "WEI, Hsueh Yuan", "WEI, Hsueh Kang", "PAO, Yu Hsiang": their names
    in characters or in pinyin must find them."""
    from embargo.sources import read_list

    entity = next(e for e in read_list(lists_dir / "ofac-sdn-2023").entities if e.source_id == source_id)
    assert max(score_pair(query, name.full, "Person") for name in entity.names) >= DEFAULT_THRESHOLD


@pytest.mark.parametrize(
    ("pinyin", "wade_giles"),
    [
        ("lai", "lai"),  # pypinyin 0.55: "lei", another syllable
        ("hai", "hai"),
        ("ai", "ai"),
        ("huo", "huo"),  # pypinyin: "ho", which is he
        ("shuo", "shuo"),
        ("tie", "t'ieh"),  # pypinyin: "t'oeh"
        ("zhuo", "cho"),  # ... and right where its rules apply
        ("guo", "kuo"),
        ("jing", "ching"),
    ],
)
def test_syllables_are_written_as_wade_giles_writes_them(pinyin: str, wade_giles: str) -> None:
    assert wade_giles_syllable(pinyin) == wade_giles


@pytest.mark.parametrize(
    ("name", "pinyin"),
    [("Hsu Lai", "xu lai"), ("Hsieh Hai-tao", "xie haitao"), ("Li T'ieh-ying", "li tieying")],
)
def test_names_with_syllables_pypinyin_misspells_are_read(name: str, pinyin: str) -> None:
    assert pinyin in wade_giles_readings(name)
