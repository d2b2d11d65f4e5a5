"""One given name in its Russian, Ukrainian and Belarusian forms: "Sergei", "Serhii", "Siarhei"."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from embargo.match import DEFAULT_THRESHOLD, MatchIndex, score_pair
from embargo.model import ListVersion, Match, Query
from embargo.names.analysis import PER, analyze_name
from embargo.names.cognates import (
    cognate_skeleton,
    cognate_symbols,
    cyrillic_spellings,
    forms_agree,
    share_items,
    with_cognates,
)


def _cognates(a: str, b: str) -> bool:
    return forms_agree(a, b) and share_items(cognate_symbols(a), cognate_symbols(b))


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("serhii", "sergei"),  # Ukrainian and Russian
        ("siarhei", "sergey"),  # Belarusian and Russian
        ("volodymyr", "vladimir"),
        ("mykola", "nikolai"),  # m and n: one consonant apart
        ("mikalai", "nikolay"),
        ("dmytro", "dmitriy"),
        ("kyrylo", "kirill"),
        ("mykyta", "nikita"),
        ("pavlo", "pavel"),
        ("yevhen", "evgeniy"),
        ("uladzimir", "vladimir"),  # Belarusian у before a consonant written "u" where the others write в
        ("yauhen", "yevgeny"),  # and ў after a vowel
        ("aliaksei", "aleksey"),  # "ia" after a consonant is я (аляксей)
        ("viachaslau", "vyacheslav"),
        ("dzmitry", "dmitry"),
        ("hryhoriy", "grigoriy"),
        ("volodymyrovych", "vladimirovich"),  # patronymics
        ("hennadiy", "gennady"),
        ("oleksandr", "alexander"),
        ("oleksiy", "alexei"),
        ("yauheni", "yevgeniy"),  # Belarus's "i" for a final ій
        ("henadz", "gennady"),  # a soft sign left out (Генадзь)
        ("vasyl", "vasily"),  # (Василь)
        ("alaksandr", "aleksandr"),  # Łacinka's soft l before a vowel (Аляксандр)
    ],
)
def test_forms_of_one_given_name_are_cognates(first: str, second: str) -> None:
    assert _cognates(first, second)
    assert _cognates(second, first)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("sandra", "aleksandra"),  # a short form: another name to an analyst
        ("tanya", "tatiana"),  # two consonants: too few to tell
        ("emil", "emiliya"),  # a man's and a woman's name
        ("novak", "novakova"),  # a man's and a woman's family name
        ("svoboda", "svobodova"),
        ("tang", "teng"),  # syllables of Chinese names: rigour's items join their romanisations
        ("hong", "wong"),
        ("ivan", "john"),
        ("tolstaya", "tolstoy"),  # a woman's and a man's family name (names.gendered)
        ("kowalska", "kowalski"),
        ("mehmood", "mohammed"),  # Latin spellings' items join other names: only Cyrillic readings'
        ("gustavo", "agustin"),
        ("sandra", "alejandra"),
        ("kemal", "cemal"),  # Turkish Cemal is Jamal; cyrtranslit reads both кемал
        ("oscar", "asqar"),  # one item in common: a loose alias
        ("vadym", "vadik"),
        ("ramsey", "ramzi"),
    ],
)
def test_other_names_are_not_cognates(first: str, second: str) -> None:
    assert not _cognates(first, second)


def test_short_and_one_syllable_tokens_get_no_items() -> None:
    assert cognate_symbols("jan") == ""
    assert cognate_symbols("tang") == ""  # one syllable
    assert cognate_symbols("gleb") == ""
    assert cognate_symbols("serhii") != ""


def test_a_romanised_token_is_read_back_into_cyrillic() -> None:
    assert "сергій" in cyrillic_spellings("serhii")  # the Ukrainian letters
    assert "сергей" in cyrillic_spellings("sergei")  # a final "ei" is ей
    assert "аляксей" in cyrillic_spellings("aliaksei")  # "ia" after a consonant is я
    assert "яўген" in cyrillic_spellings("yauhen")  # Belarusian ў
    assert "миколайович" in cyrillic_spellings("mykolayovych")  # "y" between vowels is й
    assert "геннадий" in cyrillic_spellings("gennady")  # a final "y" after a consonant is ий
    assert cognate_skeleton("volodymyr") == cognate_skeleton("vladimir") == "vldmr"
    assert cognate_skeleton("serhii") == "srg"  # the h of г is g


def test_listed_family_names_get_no_items() -> None:
    (form, *_rest) = [with_cognates(f) for f in analyze_name("IVANOV, Sergei", PER)]
    items = dict(zip(form.tokens, form.cognates, strict=True))
    assert items["ivanov"] == ""
    assert items["sergei"] != ""


@pytest.mark.parametrize(
    ("query", "listed"),
    [
        ("Serhiy Ivanov", "Sergei Ivanov"),
        ("Mykola Azarov", "Nikolai Azarov"),
        ("Микола Азаров", "Nikolai Azarov"),  # Ukrainian Cyrillic
        ("Siarhei Ivanov", "IVANOV, Sergey"),
        ("Volodymyr Mykolayovych Antonov", "ANTONOV, Vladimir Nikolaevich"),  # the patronymic too
    ],
)
def test_a_name_with_its_given_name_in_another_form_matches(query: str, listed: str) -> None:
    assert score_pair(query, listed, "Person") >= DEFAULT_THRESHOLD  # 0.42 to 0.57 before cognates
    assert score_pair(query, listed, "Person") == score_pair(listed, query, "Person")
    assert score_pair(query, listed, "Person") < score_pair(listed, listed, "Person")


@pytest.mark.parametrize(
    ("query", "listed"),
    [
        ("Tanya Ivanova", "Tatiana Ivanova"),
        ("Sandra Ivanova", "Aleksandra Ivanova"),
        ("Emil Ivanov", "Emiliya Ivanova"),
        ("Tang Wei", "Teng Wei"),
        ("Mehmood Khan", "Mohammed Khan"),
        ("Gustavo Lopez", "Agustin Lopez"),
    ],
)
def test_other_given_names_still_conflict(query: str, listed: str) -> None:
    assert score_pair(query, listed, "Person") < DEFAULT_THRESHOLD


@pytest.mark.parametrize(
    ("query", "source_id"),
    [
        # OFAC lists these persons under the Russian form only.
        ("Volodymyr Andreyevich Konstantinov", "16648"),  # KONSTANTINOV, Vladimir Andreyevich
        ("Siarhei Valeryevich Aksyonov", "16642"),  # AKSYONOV, Sergey Valeryevich
        ("Serhii Aksyonov", "16642"),
    ],
)
def test_a_listed_person_is_found_under_another_form_of_the_given_name(
    listed_person_matches: Callable[..., list[Match]], query: str, source_id: str
) -> None:
    matches = listed_person_matches(query)
    assert matches and matches[0].source_id == source_id


def test_cognate_searches_are_the_same_with_and_without_pruning(listed_index: MatchIndex) -> None:
    # The score bound raises pairs of cognates (bound._Block._raise_cognates): pruning keeps them.
    queries = [
        "Volodymyr Konstantinov",
        "Siarhei Aksyonov",
        "Mykola Azarov",
        "Serhii Ivanov",
        "Yauhen Prigozhin",
        "Mykyta Mikhalkov",
        "Dmytro Rogozin",
        "Kyrylo Dmitriev",
        "Oleksandr Lukashenka",
        "Petro Aven",
    ]
    for name in queries:
        for threshold in (0.6, 0.75, 0.85):
            query = Query(name=name, schema="Person")
            pruned = listed_index.search(query, limit=10, threshold=threshold)
            full = listed_index.search(query, limit=10, threshold=threshold, prune=False)
            assert [(m.entity_id, m.score) for m in pruned] == [(m.entity_id, m.score) for m in full], name


def test_a_saved_index_reads_queries_with_its_vocabulary(lists_dir: Path, tmp_path: Path) -> None:
    """A loaded index reads a query's given names from the items of its listed words, without
    rigour's tagger; a word it does not list is read from those of its listed words that read alike
    in Cyrillic."""
    from embargo.sources import read_list

    parsed = read_list(lists_dir / "ofac-sdn-2023")
    # AKSYONOV, Sergey / Serhiy / Sergiy ...; KONSTANTINOV, Vladimir; SALDO, Volodymyr (a.k.a. Vladimir)
    chosen = [entity for entity in parsed.entities if entity.source_id in {"16642", "16648", "38282"}]
    index = MatchIndex.build(chosen, [ListVersion(source=parsed.source, version="v", snapshot_id=1)])
    index.save(tmp_path / "index.idx")
    loaded = MatchIndex.load(tmp_path / "index.idx")
    vocabulary = loaded.cognates
    assert vocabulary.by_word == index.cognates.by_word
    assert "serhii" not in vocabulary.by_word  # read as the listed "serhiy" reads (сергій)
    assert share_items(vocabulary.items("serhii"), vocabulary.items("sergey"))
    assert vocabulary.items("siarhei") == ""  # no listed word reads alike: its letters only
    matches = loaded.search(
        Query(name="Volodymyr Konstantinov", schema="Person"), limit=3, threshold=DEFAULT_THRESHOLD
    )
    assert matches and matches[0].source_id == "16648"
