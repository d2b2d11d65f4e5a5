"""Names in Chinese characters: character sets, words, pinyin words and English readings."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from embargo.match.scorer import DEFAULT_THRESHOLD, score_pair
from embargo.names.analysis import LEGAL, ORG, PER, analyze_name
from embargo.names.chinese import (
    english_reading,
    gloss,
    has_han,
    is_transcribed_name,
    name_gloss,
    pinyin_words,
    segment,
    simplified,
    transcribed_reading,
)


def test_traditional_characters_are_written_simplified() -> None:
    assert simplified("沈忠國際海運有限公司") == "沈忠国际海运有限公司"
    assert simplified("Huaxin Shipping") == "Huaxin Shipping"
    assert not has_han("Huaxin") and has_han("Huaxin 华信")


def test_names_are_cut_into_words() -> None:
    assert segment("華信船務(香港)有限公司") == "华信 船务 ( 香港 ) 有限公司"
    # jieba's dictionary holds whole company names; they are cut into the words they are made of.
    assert segment("华为技术有限公司").split()[0] in ("华为", "华为技术")
    assert "有限公司" in segment("华为技术有限公司").split()
    assert segment("Huaxin 华信船务") == "Huaxin 华信 船务"


@pytest.mark.parametrize(
    ("name", "legal_form", "compare_form"),
    [
        ("北京航天长峰股份有限公司", "股份有限公司", "jsc"),  # jieba cuts it 股份 ("shares") + 有限公司
        ("北京中关村有限责任公司", "有限责任公司", "llc"),  # ... and this one 有限责任 + 公司
        ("华信船务(香港)有限公司", "有限公司", "llc"),
    ],
)
def test_the_legal_form_that_ends_a_name_is_one_word(name: str, legal_form: str, compare_form: str) -> None:
    assert segment(name).split()[-1] == legal_form
    forms = analyze_name(name, ORG)
    assert all(form.tokens[-1] == compare_form and form.kinds[-1] == LEGAL for form in forms[1:]), forms


def test_a_name_that_is_only_a_legal_form_stays_one_word() -> None:
    assert segment("股份有限公司") == "股份有限公司"


def test_each_word_is_one_pinyin_word() -> None:
    assert pinyin_words("华信 船务 llc").split() == ["huaxin", "chuanwu", "llc"]


def test_glosses_translate_words_of_business_and_places() -> None:
    assert gloss("香港") == "hong kong"
    assert gloss("技术") == "technology"
    assert gloss("国际") == "international"
    assert gloss("國際") == "international"  # traditional characters are looked up simplified
    assert gloss("贸易") == "trade"  # "(commercial) trade": the note dropped
    assert gloss("华") is None  # single characters are parts of names
    # A place named by its pinyin, then described ("Shenzhen subprovincial city ...", "Shanghai
    # municipality"): its name.
    assert gloss("深圳") == "shenzhen"
    assert gloss("上海") == "shanghai"
    assert gloss("abc") is None


def test_the_english_reading_keeps_brand_and_legal_form() -> None:
    reading = english_reading("华信 船务 ( 香港 ) 有限公司")
    assert reading is not None
    assert reading.split() == ["华信", "船务", "(", "hong", "kong", ")", "有限公司"]
    assert english_reading("华信") is None
    # A word without a gloss of its own is read through the words it is made of.
    assert english_reading("电子科技") == "electronic science and technology"


def test_a_chinese_company_name_has_word_and_english_readings() -> None:
    readings = {form.tokens: form for form in analyze_name("華信船務(香港)有限公司", ORG)}
    assert ("huaxin", "chuanwu", "xianggang", "llc") in readings
    assert ("huaxin", "chuanwu", "hong", "kong", "llc") in readings
    assert readings["huaxin", "chuanwu", "xianggang", "llc"].kinds[-1] == LEGAL


def test_person_names_keep_the_family_name_split() -> None:
    forms = analyze_name("习近平", PER)
    assert forms[0].tokens == ("xi", "jinping")
    # then the readings in Cantonese (names.cantonese) and in Korean (names.sino_korean)
    assert all(form.syllables or form.hanja for form in forms[1:])


def test_one_name_in_both_character_sets_is_the_same_name() -> None:
    assert score_pair("沈忠國際海運有限公司", "沈忠国际海运有限公司", "Company") == 1.0
    assert score_pair("習近平", "习近平", "Person") == 1.0


def test_a_place_left_out_of_a_company_name_in_characters_costs_what_it_costs_in_latin() -> None:
    by_character = score_pair("华信船务有限公司", "華信船務(香港)有限公司", "Person")
    by_word = score_pair("华信船务有限公司", "華信船務(香港)有限公司", "Company")
    latin = score_pair("Huaxin Chuanwu Ltd", "Huaxin Chuanwu (Xianggang) Ltd", "Company")
    assert by_character < by_word == latin


def test_a_chinese_company_name_matches_its_english_listing() -> None:
    """The UN lists KPe.073 as "SHEN ZHONG INTERNATIONAL SHIPPING", alias 沈忠國際海運有限公司."""
    assert score_pair("沈忠国际海运", "SHEN ZHONG INTERNATIONAL SHIPPING", "Company") >= DEFAULT_THRESHOLD
    assert score_pair("沈忠国际海运", "SHEN ZHONG TRADING", "Company") < DEFAULT_THRESHOLD


def test_words_rigour_knows_in_characters_carry_their_meaning() -> None:
    """管理 is MGMT to rigour in characters, as "management" is: its pinyin word keeps the symbol."""
    readings = {form.tokens: form for form in analyze_name("上海智航船舶管理有限公司", ORG)}
    pinyin = readings["shanghai", "zhihang", "chuanbo", "guanli", "llc"]
    assert pinyin.symbols[3] == "mgmt"


def test_the_english_reading_joins_a_brand_cut_into_characters() -> None:
    """jieba cuts the brand 智航 into 智 and 航; read so, it was "zhi hang" against "ZHIHANG"."""
    reading = english_reading(segment("上海智航船舶管理有限公司"))
    assert reading is not None and "智航" in reading.split()


def test_words_of_business_alone_are_read_in_english_too() -> None:
    """English names keep a brand that is a word in pinyin (东风, "east wind": DONGFENG)."""
    readings = [form.tokens for form in analyze_name("上海东风航运有限公司", ORG)]
    assert ("shanghai", "dongfeng", "shipping", "llc") in readings
    assert ("shanghai", "easterly", "wind", "shipping", "llc") in readings


@pytest.mark.parametrize(
    ("chinese", "english"),
    [
        ("上海智航船舶管理有限公司", "SHANGHAI ZHIHANG SHIP MANAGEMENT CO., LTD."),  # OFAC 29523
        ("上海东风航运有限公司", "SHANGHAI DONGFENG SHIPPING CO LTD"),  # UN KPe.072
        ("中国电子进出口总公司", "CHINA NATIONAL ELECTRONICS IMPORT AND EXPORT CORPORATION"),  # OFAC 30502
    ],
)
def test_chinese_company_names_match_their_english_listings(chinese: str, english: str) -> None:
    assert score_pair(chinese, english, "Company") >= DEFAULT_THRESHOLD
    assert score_pair(english, chinese, "Company") >= DEFAULT_THRESHOLD


@pytest.mark.parametrize(
    ("chinese", "english"),
    [
        ("上海东风航运有限公司", "SHANGHAI DONGHAI SHIPPING CO LTD"),
        ("四通科技有限公司", "SKOLKOVO INSTITUTE OF SCIENCE AND TECHNOLOGY"),
        # Words of business translated otherwise are still conflicts: another line of business.
        ("中国农业机械进出口总公司", "CHINA NATIONAL PRECISION MACHINERY IMPORT/EXPORT CORPORATION"),
        ("宁波金源进出口有限公司", "NINGBO GENERAL IMPORT AND EXPORT CO LTD"),
    ],
)
def test_another_brand_or_business_in_characters_stays_another_company(chinese: str, english: str) -> None:
    assert score_pair(chinese, english, "Company") < DEFAULT_THRESHOLD


def test_a_group_company_is_read_through_its_words() -> None:
    """集团公司 has no gloss of its own: "group company", as 集团 and 公司 read."""
    name = "中国电子科技集团公司"
    assert score_pair(name, "China Electronics Technology Group Corporation", "Company") >= DEFAULT_THRESHOLD


def test_persons_in_characters_still_differ_by_one_character() -> None:
    """A different character in a Chinese personal name is another name, not a typo (习近朋 / 习近平)."""
    assert score_pair("习近朋", "习近平", "Person") < DEFAULT_THRESHOLD


@settings(max_examples=150, deadline=None)
@given(
    st.text(
        alphabet=st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF) | st.sampled_from(" ()·-A"),
        max_size=30,
    )
)
def test_any_text_in_characters_is_analysed(text: str) -> None:
    """Segmentation and readings never fail, and never lose or invent characters."""
    words = segment(text)
    assert words.replace(" ", "") == simplified(text).replace(" ", "")
    for form in analyze_name(text, ORG):
        assert all(token.isascii() for token in form.tokens)


def test_load_dictionaries_loads_what_the_first_name_in_characters_would() -> None:
    """Long-running screeners load the dictionaries at start-up (batch workers, the API server)."""
    from embargo.names import chinese

    for loader in (chinese._converter, chinese._tokenizer, chinese._dictionary):
        loader.cache_clear()
    chinese.load_dictionaries()
    assert chinese._tokenizer.cache_info().currsize == 1
    assert chinese._dictionary.cache_info().currsize == 1
    assert chinese._converter.cache_info().currsize == 1


@pytest.mark.parametrize(
    ("name", "transcribed"),
    [
        ("谢尔盖·拉夫罗夫", True),
        ("奥萨马・本・拉登", True),  # the katakana middle dot, as some Chinese texts write it
        ("伊力哈木 · 土赫提", True),
        ("弗拉基米尔•普京", True),  # a bullet typed for the dot
        ("弗拉基米尔．普京", True),  # a full-width full stop
        ("弗拉基米尔··普京", True),
        ("乔治·W·布什", True),  # an initial in Latin letters
        ("Sergei·拉夫罗夫", True),
        ("ジョン・山田", False),  # a name with kana is Japanese
        ("习近平", False),
        ("晨 王", False),  # a Chinese given name and family name apart
        ("Col·legi Oficial", False),  # Catalan's middle dot, between Latin letters
        ("Vladimir·Putin", False),
    ],
)
def test_a_foreign_name_in_characters_is_told_by_its_middle_dot(name: str, transcribed: bool) -> None:
    assert is_transcribed_name(name) is transcribed


def test_the_dictionary_gives_foreign_given_and_family_names_and_famous_people() -> None:
    assert name_gloss("拉夫罗夫") == "Lavrov"
    assert name_gloss("弗拉基米尔") == "Vladimir"
    assert name_gloss("普京") == "Vladimir Putin"
    assert name_gloss("侯赛因") == "Husain"  # "Husain or Hussein (name)": the first spelling
    assert name_gloss("拉登") == "bin Laden"  # "(Osama) bin Laden (1957-2011), ..."
    assert name_gloss("金日成") == "Kim Il Sung"  # "Kim Il Sung (1912-1994) Great Leader of ..."
    # No name: a word ("(TCM) upper burner"), an acronym (萨德, THAAD), a single character, a
    # name the dictionary lacks.
    for word in ("高明", "上焦", "萨德", "大疆", "本", "普里戈任"):
        assert name_gloss(word) is None, word


def test_a_foreign_name_in_characters_is_read_as_its_names_or_its_sounds() -> None:
    assert transcribed_reading("谢尔盖·拉夫罗夫") == ("Sergei Lavrov", True)
    assert transcribed_reading("弗拉基米尔·普京") == ("Vladimir Putin", True)
    assert transcribed_reading("叶夫根尼·普里戈任") == ("yefugenni puligeren", False)  # not in the dictionary
    assert transcribed_reading("贝拉克·奥巴马") == ("beilake Obama", True)
    # A word the dictionary names in full is one word of this name: its family name.
    assert transcribed_reading("伊戈尔·普京") == ("Igor Putin", True)
    # A name that is the word's own pinyin is a Chinese homonym: 谢赫 (Sheikh) is no "Xie He".
    assert transcribed_reading("谢赫·哈西娜") == ("xiehe haxina", False)
    assert transcribed_reading("乔治·W·布什") == ("George W Bush", True)
    assert transcribed_reading("阿卜杜拉·阿卜杜拉") == ("Abdullah Abdullah", True)


def test_a_foreign_name_in_characters_is_not_read_as_a_chinese_name() -> None:
    readings = {form.tokens for form in analyze_name("叶夫根尼·普里戈任", PER)}
    assert ("yefugenni", "puligeren") in readings and ("ye", "fugenni", "pu", "ligeren") not in readings
    assert not any(form.syllables for form in analyze_name("叶夫根尼·普里戈任", PER))  # nor in Cantonese
    # Nor in Japanese once the dictionary names a word: its kanji read so crowded out its candidates.
    assert {form.tokens for form in analyze_name("阿卜杜拉·阿卜杜拉", PER)} == {("abdullah", "abdullah")}
    # Without its dot the name is read as before (a family name and a given name).
    undotted = {form.tokens for form in analyze_name("叶夫根尼 普里戈任", PER)}
    assert ("ye", "fugenni", "pu", "ligeren") in undotted
    # A Japanese name written with a dot keeps its Japanese reading, 安倍 named "Abe (Japanese
    # surname)" too.
    assert ("asahara", "shoko") in {form.tokens for form in analyze_name("麻原・彰晃", PER)}
    assert ("abe", "shinzo") in {form.tokens for form in analyze_name("安倍・晋三", PER)}


@pytest.mark.parametrize(
    ("chinese", "latin"),
    [
        ("谢尔盖·拉夫罗夫", "Sergey Lavrov"),
        ("弗拉基米尔·普京", "Vladimir Putin"),
        ("唐纳德·特朗普", "Donald Trump"),
        ("阿里·哈梅内伊", "Ali Khamenei"),
        ("萨达姆·侯赛因", "Saddam Hussein"),
        ("谢尔盖·绍伊古", "Sergei Shoigu"),  # 绍伊古 not in the dictionary: its sounds, "shaoyigu"
        ("奥萨马·本·拉登", "Osama bin Laden"),
    ],
)
def test_a_foreign_name_in_characters_matches_its_latin_spelling(chinese: str, latin: str) -> None:
    assert score_pair(chinese, latin, "Person") >= 0.9
    assert score_pair(latin, chinese, "Person") >= 0.9


@pytest.mark.parametrize(
    ("chinese", "latin"),
    [
        ("谢尔盖·拉夫罗夫", "Sergei Shoigu"),  # the same given name, another family name
        ("弗拉基米尔·普京", "Vladimir Potanin"),
        ("伊戈尔·普京", "Vladimir Putin"),  # a relative: 普京 alone is "Vladimir Putin"
        ("伊万卡·特朗普", "Donald Trump"),
        ("玛丽·海尔", "MA LI"),  # 0.81 through the pinyin "mali haier" in a first version
        ("以色列", "Israel"),  # the country, not a person: a name without a dot is not glossed
        ("金正男", "KIM, Jong Man"),  # ... nor one the dictionary names a famous person by
    ],
)
def test_another_person_stays_apart(chinese: str, latin: str) -> None:
    assert score_pair(chinese, latin, "Person") < DEFAULT_THRESHOLD


@pytest.mark.parametrize(
    ("query", "source_id"),
    [
        ("谢尔盖·拉夫罗夫", "35233"),
        ("巴沙尔·阿萨德", "12735"),
        ("弗拉基米尔·普京", "35096"),
    ],
)
def test_listed_persons_are_found_by_their_names_in_chinese_characters(
    listed_person_matches,
    query: str,
    source_id: str,  # noqa: ANN001
) -> None:
    matches = listed_person_matches(query)
    assert matches and matches[0].source_id == source_id, matches
    assert matches[0].explanation.query_name == query  # the query as written, its dot kept
