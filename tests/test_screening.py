"""screen() end to end on real lists: variants, evidence, bad input, the persisted index."""

from __future__ import annotations

import re
from pathlib import Path

import opencc
import pytest
from rigour.text.scripts import text_scripts

from embargo.errors import ValidationError
from embargo.match.persist import default_store, index_path, load_index, reset_index
from embargo.names import japanese
from embargo.names.chinese import has_han
from embargo.screening import WARM_UP_NAMES, screen, warm_up
from embargo.sources import read_list
from embargo.store import Store


@pytest.fixture(scope="module")
def store(lists_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Store:
    """A store with the UN list and the US CSL sample loaded (small enough for a test run)."""
    home = tmp_path_factory.mktemp("screen-store")
    store = Store.open(home / "embargo.db")
    store.load(read_list(lists_dir / "un" / "consolidated.xml"), origin="test")
    store.load(read_list(lists_dir / "us-csl" / "csl.csv"), origin="test")
    return store


@pytest.mark.parametrize(
    "query",
    ["ABDULHAI SALEK", "SALEK, ABDULHAI", "Abdulhai Saleck", "Haji Abdulhai Salek", "abdulhai  salek!"],
)
def test_variants_find_the_listed_person(store: Store, query: str) -> None:
    result = screen(query, store=store)
    assert result.matches, query
    top = result.matches[0]
    assert top.source == "un-sc" and "SALEK" in top.name.upper()
    assert top.explanation.list_version and top.explanation.programs
    assert {v.source for v in result.list_versions} == {"un-sc", "us-csl"}


def test_original_script_name(store: Store) -> None:
    entity = next(e for e in store.iter_entities() if any(n.kind == "original_script" for n in e.names))
    original = next(n.full for n in entity.names if n.kind == "original_script")
    result = screen(original, store=store)
    assert result.matches and result.matches[0].entity_id == entity.entity_id


def test_chinese_names_in_the_other_character_set(store: Store) -> None:
    """A listed name in traditional characters is found when screened in simplified ones, and back."""
    converters = {"t2s": opencc.OpenCC("t2s"), "s2t": opencc.OpenCC("s2t")}
    checked = 0
    for entity in store.iter_entities():
        for name in entity.names:
            if not has_han(name.full):
                continue
            for converter in converters.values():
                other = converter.convert(name.full)
                if other == name.full:
                    continue
                result = screen(other, store=store)
                assert result.matches and result.matches[0].entity_id == entity.entity_id, other
                checked += 1
    assert checked >= 3  # the UN list gives several Chinese company names in traditional characters


@pytest.mark.parametrize("title", ["Mullah", "Haji", "Sheikh", "Ayatollah"])
def test_a_religious_title_before_a_shortened_name(store: Store, title: str) -> None:
    """ "Mullah First Last" for a listed "FIRST MIDDLE LAST": the title must not stand for the middle name.

    rigour does not remove these titles; without the reading that leaves them out, the title
    was aligned with the listed middle name as a different name (17 of 281 found first).
    """
    people = [e for e in store.iter_entities() if e.source == "un-sc" and e.schema == "Person"]
    three_words = [e for e in people if len(e.caption.split()) == 3]
    found = 0
    for entity in three_words:
        first, _, last = entity.caption.split()
        result = screen(f"{title} {first} {last}", schema="Person", store=store, limit=3)
        found += bool(result.matches) and result.matches[0].entity_id == entity.entity_id
    assert len(three_words) > 100
    # Korean names of three syllables are the misses left: "KIM CHOL" less "YONG" is another KIM CHOL.
    assert found >= 0.75 * len(three_words)


@pytest.mark.parametrize("prefix", ["MV", "M/V", "M.T.", "SS"])
def test_a_vessel_named_with_its_ship_prefix(store: Store, prefix: str) -> None:
    vessels = [e for e in store.iter_entities() if e.schema == "Vessel"]
    assert vessels
    for vessel in vessels:
        result = screen(f"{prefix} {vessel.caption}", schema="Vessel", store=store)
        assert result.matches and result.matches[0].entity_id == vessel.entity_id
        assert result.matches[0].score == 1.0


def test_abd_compounds_written_as_one_word(store: Store) -> None:
    """ "ABD AL-RAHMAN" screened as "Abdulrahman", as people write it (8 of 19 found first before)."""
    compound = re.compile(r"\bABD (?:AL|EL)[- ](\w+)", re.IGNORECASE)
    people = [e for e in store.iter_entities() if e.schema == "Person" and compound.search(e.caption)]
    assert len(people) >= 10
    for person in people:
        query = compound.sub(lambda m: "Abdul" + m.group(1).lower(), person.caption)
        result = screen(query, schema="Person", store=store)
        assert result.matches and result.matches[0].entity_id == person.entity_id, query


def test_non_listed_names_find_nothing(store: Store) -> None:
    for name in ("Emily Johnson", "Hans-Peter Müller", "Acme Widgets GmbH", "Maria Fernanda Lopez"):
        assert screen(name, store=store).matches == [], name


def test_limit_and_threshold(store: Store) -> None:
    result = screen("Mohammad", store=store, threshold=0.0, limit=5)
    assert len(result.matches) <= 5
    scores = [m.score for m in result.matches]
    assert scores == sorted(scores, reverse=True)


@pytest.mark.parametrize(
    "bad",
    ["", "   ", "x", "!!!", "?" * 50, "a" * 10_000, "The Company Ltd", "\x00\x01", "😀😀"]
    + ["AG", "ПАО", "S.A.", "株式会社", "有限公司"],  # only a legal form
)
def test_bad_names_are_refused(store: Store, bad: str) -> None:
    with pytest.raises(ValidationError):
        screen(bad, store=store)


def test_a_person_may_be_called_like_a_legal_form(store: Store) -> None:
    assert screen("AG", schema="Person", store=store).matches == []
    assert screen("Siemens AG", schema="Company", store=store).query.name == "Siemens AG"


def test_hostile_but_valid_names_do_not_crash(store: Store) -> None:
    for name in ("Vladimir Путин 习近平", "O'Brien\u200b-Smith", "Abdulhai\tSalek\n", "a" * 900):
        assert len(screen(name, store=store, limit=10).matches) <= 10


def test_the_middle_dot_of_a_foreign_name_in_characters_is_kept_for_the_analysis(store: Store) -> None:
    # Cleaning writes word dots as spaces; the screened name keeps them, so the analysis reads
    # "谢尔盖·拉夫罗夫" as a foreign name (names.chinese), and the result shows it as written.
    assert screen("谢尔盖·拉夫罗夫", schema="Person", store=store).query.name == "谢尔盖·拉夫罗夫"
    assert screen("  Col·legi\u200b  Oficial ", store=store).query.name == "Col·legi Oficial"
    result = screen("弗拉基米尔・普京", store=store)  # the katakana dot, as some Chinese texts write it
    assert result.query.name == "弗拉基米尔・普京"


@pytest.mark.parametrize(
    "kwargs",
    [
        {"schema": "spaceship"},
        {"birth_date": "yesterday"},
        {"country": "Atlantis"},
        {"limit": 0},
        {"threshold": 1.5},
        {"identifiers": ["x" * 500]},
    ],
)
def test_bad_options_are_refused(store: Store, kwargs: dict) -> None:
    with pytest.raises(ValidationError):
        screen("Abdulhai Salek", store=store, **kwargs)


def test_conflicting_birth_date_lowers_the_score(store: Store) -> None:
    base = screen("Abdulhai Salek", store=store).matches[0]
    other = screen("Abdulhai Salek", store=store, birth_date="2001-01-01", threshold=0.0).matches[0]
    assert other.score < base.score


def test_index_is_persisted_and_damage_rebuilds(store: Store, caplog: pytest.LogCaptureFixture) -> None:
    reset_index()
    index = load_index(store)
    path = index_path(store, [s.id for s in store.current_snapshots()])
    assert path.exists()
    assert load_index(store) is index
    reset_index()
    path.write_bytes(b"EMBARGO-INDEX\nnot a checksum\ngarbage")
    rebuilt = load_index(store)
    assert len(rebuilt) == len(index)
    assert "rebuilding" in caplog.text


def test_the_default_store_is_opened_once_and_reopened_when_its_file_changes(
    lists_dir: Path, embargo_home: Path
) -> None:
    """embargo.screen() without a store keeps the one at $EMBARGO_HOME; a replaced file is read afresh."""
    first = default_store()
    first.load(read_list(lists_dir / "us-csl" / "csl.csv"), origin="test")
    reset_index()
    assert screen("54th Research Institute of China").matches
    assert default_store() is first
    # Another store file in its place (lists removed, say): screening sees the new one.
    first.path.unlink()
    for suffix in ("-wal", "-shm"):
        Path(str(first.path) + suffix).unlink(missing_ok=True)
    reset_index()
    second = default_store()
    assert second is not first and second.current_snapshots() == []


def test_warm_up_loads_every_lazily_loaded_name_table(store: Store) -> None:
    """A server or batch worker pays the tables' loading at start, not on the first name of a script."""
    japanese._converter.cache_clear()
    warm_up(store)
    assert japanese._converter.cache_info().currsize == 1  # pykakasi, about a second
    scripts = {"Cyrillic", "Arabic", "Hebrew", "Greek", "Han", "Hiragana", "Hangul", "Devanagari", "Thai"}
    names = " ".join(name for name, _ in WARM_UP_NAMES)
    assert scripts <= set(text_scripts(names))
