"""Tests for bench/perturb.py: the query perturbations and the non-listed name generator."""

from __future__ import annotations

import importlib.util
import random
import re
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rapidfuzz.distance import DamerauLevenshtein

BENCH_DIR = Path(__file__).resolve().parents[2] / "bench"


def _load_perturb():
    spec = importlib.util.spec_from_file_location("bench_perturb", BENCH_DIR / "perturb.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


perturb = _load_perturb()

NAMES = [
    ("AL-ASSAD, Bashar", "Person"),
    ("KHODORKOVSKIY, Mikhail Borisovich", "Person"),
    ("Sergey Viktorovich LAVROV", "Person"),
    ("TSVETKOV, Yuriy", "Person"),
    ("JOINT STOCK COMPANY SOVCOMFLOT", "Company"),
    ("LIMITED LIABILITY COMPANY URAL LOGISTICS", "Company"),
    ("ABC TRADING CO., LTD.", "Company"),
    ("AL-QAIDA", "Organization"),
]


def _letters(text: str) -> str:
    return re.sub(r"\W", "", text).lower()


@pytest.mark.parametrize(("name", "schema"), NAMES)
def test_typo1_is_one_edit_and_keeps_first_letters(name: str, schema: str) -> None:
    for seed in range(20):
        out = perturb.perturb(name, "typo1", random.Random(seed), schema)
        assert out is not None and out != name
        assert DamerauLevenshtein.distance(out, name) == 1
        assert [t[0] for t in re.findall(r"\w+", out)] == [t[0] for t in re.findall(r"\w+", name)]


@pytest.mark.parametrize(("name", "schema"), NAMES)
def test_typo2_is_at_most_two_edits(name: str, schema: str) -> None:
    for seed in range(20):
        out = perturb.perturb(name, "typo2", random.Random(seed), schema)
        assert out is not None and out != name
        assert 1 <= DamerauLevenshtein.distance(out, name) <= 2


def test_keyboard_neighbours_are_adjacent_keys() -> None:
    assert set(perturb.KEYBOARD_NEIGHBOURS["s"]) >= {"a", "d", "w", "z", "x"}
    assert "p" not in perturb.KEYBOARD_NEIGHBOURS["a"]


def test_reorder_keeps_the_tokens() -> None:
    rng = random.Random(0)
    assert perturb.perturb("AL-ASSAD, Bashar", "reorder", rng, "Person") == "Bashar AL-ASSAD"
    out = perturb.perturb("Sergey Viktorovich LAVROV", "reorder", rng, "Person")
    assert out == "LAVROV Sergey Viktorovich"
    assert sorted(out.split()) == sorted(["Sergey", "Viktorovich", "LAVROV"])
    assert perturb.perturb("MADONNA", "reorder", rng, "Person") is None


def test_reorder_is_for_people_only() -> None:
    assert perturb.perturb("ROSNEFT OIL COMPANY", "reorder", random.Random(0), "Company") is None


def test_drop_middle_keeps_first_and_family_name() -> None:
    rng = random.Random(0)
    assert perturb.perturb("KHODORKOVSKIY, Mikhail Borisovich", "drop_middle", rng, "Person") == (
        "Mikhail KHODORKOVSKIY"
    )
    assert perturb.perturb("Sergey Viktorovich LAVROV", "drop_middle", rng, "Person") == "Sergey LAVROV"
    assert perturb.perturb("AL-ASSAD, Bashar", "drop_middle", rng, "Person") is None


def test_translit_changes_spelling_only_by_known_variants() -> None:
    outs = {perturb.perturb("TSVETKOV, Yuriy", "translit", random.Random(s), "Person") for s in range(30)}
    outs.discard(None)
    assert len(outs) >= 3
    for out in outs:
        assert out != "TSVETKOV, Yuriy"
        # a variant never touches more than a few letters
        assert DamerauLevenshtein.distance(out.lower(), "tsvetkov, yuriy") <= 6
    assert perturb.perturb("MV SEA DRAGON", "translit", random.Random(0), "Person") is None


def test_translit_rules_cover_common_romanisation_pairs() -> None:
    variants = {perturb.translit("Khodorkovsky", random.Random(s)) for s in range(40)}
    assert "Hodorkovsky" in variants or "Chodorkovsky" in variants
    assert "Ivanoff" in {perturb.translit("Ivanov", random.Random(s)) for s in range(40)}


def test_case_punct_keeps_the_letters() -> None:
    for name, schema in NAMES:
        for seed in range(10):
            out = perturb.perturb(name, "case_punct", random.Random(seed), schema)
            assert out is not None and out != name
            assert _letters(out) == _letters(name)


def test_corp_form_swaps_abbreviation_and_expansion() -> None:
    rng = random.Random(0)
    assert perturb.perturb("LIMITED LIABILITY COMPANY URAL LOGISTICS", "corp_form", rng, "Company") == (
        "LLC URAL LOGISTICS"
    )
    assert perturb.perturb("JOINT STOCK COMPANY SOVCOMFLOT", "corp_form", rng, "Company") == "JSC SOVCOMFLOT"
    assert perturb.perturb("Ural Logistics LLC", "corp_form", rng, "Company") == (
        "Ural Logistics Limited Liability Company"
    )
    assert (
        perturb.perturb("ABC TRADING CO., LTD.", "corp_form", rng, "Company") == "ABC TRADING COMPANY LIMITED"
    )


def test_corp_form_adds_a_form_to_bare_companies_only() -> None:
    out = perturb.perturb("SEVERSTAL", "corp_form", random.Random(0), "Company")
    assert out and out.startswith("SEVERSTAL ") and out.isupper()
    assert perturb.perturb("AL-QAIDA", "corp_form", random.Random(0), "Organization") is None
    assert perturb.perturb("AL-ASSAD, Bashar", "corp_form", random.Random(0), "Person") is None


def test_corp_drop_removes_the_legal_form() -> None:
    rng = random.Random(0)
    assert perturb.perturb("JOINT STOCK COMPANY SOVCOMFLOT", "corp_drop", rng, "Company") == "SOVCOMFLOT"
    assert perturb.perturb("ABC TRADING CO., LTD.", "corp_drop", rng, "Company") == "ABC TRADING"
    assert perturb.perturb("SEVERSTAL", "corp_drop", rng, "Company") is None


def test_perturbations_are_deterministic_per_seed() -> None:
    def run(seed: int) -> list[str | None]:
        rng = random.Random(seed)
        return [perturb.perturb(n, k, rng, s) for n, s in NAMES for k in perturb.PERTURBATIONS]

    assert run(7) == run(7)
    assert run(7) != run(8)


@settings(max_examples=200, deadline=None)
@given(name=st.text(max_size=80), kind=st.sampled_from(sorted(perturb.PERTURBATIONS)))
def test_hostile_input_never_raises(name: str, kind: str) -> None:
    for schema in (None, "Person", "Company", "Vessel"):
        out = perturb.perturb(name, kind, random.Random(0), schema)
        assert out is None or (isinstance(out, str) and out != name and out.strip())


def test_huge_input_is_handled() -> None:
    name = "IVANOV PETROVICH " * 5000
    for kind in perturb.PERTURBATIONS:
        out = perturb.perturb(name, kind, random.Random(0), "Person")
        assert out is None or out != name


def test_exclusion_key_ignores_case_accents_punctuation_and_order() -> None:
    key = perturb.exclusion_key
    assert key("AL-ASSAD, Bashar") == key("bashar al assad")
    assert key("Gilberto Farré") == key("FARRE GILBERTO")
    assert key("Ivanov") != key("Ivanova")


def test_committed_non_listed_names_are_well_formed() -> None:
    path = BENCH_DIR / "data" / "non-listed-names.tsv"
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "name\tschema\torigin"
    rows = [line.split("\t") for line in lines[1:]]
    assert len(rows) >= 1000
    assert all(len(r) == 3 and r[0].strip() and r[1] in {"Person", "Company"} for r in rows)
    keys = [perturb.exclusion_key(r[0]) for r in rows]
    assert len(set(keys)) == len(keys)
    # many cultures: at least a dozen locales, and both Latin and other scripts
    assert len({r[2] for r in rows}) >= 12
    assert any(not r[0].isascii() for r in rows)


def test_generate_non_listed_is_deterministic() -> None:
    pytest.importorskip("faker")
    pytest.importorskip("anyascii")
    first = perturb.generate_non_listed(200, seed=3)
    assert first == perturb.generate_non_listed(200, seed=3)
    assert len(first) == 200
    assert {schema for _, schema, _ in first} == {"Person", "Company"}


def test_non_listed_names_equal_to_a_listed_name_are_dropped(tmp_path: Path) -> None:
    spec = importlib.util.spec_from_file_location("bench_screen_recall", BENCH_DIR / "screen_recall.py")
    assert spec and spec.loader
    screen_recall = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = screen_recall  # dataclasses look their module up there
    spec.loader.exec_module(screen_recall)
    tsv = tmp_path / "names.tsv"
    tsv.write_text("name\tschema\torigin\nJohn Smith\tPerson\ten_US/latin\nAcme Ltd\tCompany\ten_GB/latin\n")
    listed = {perturb.exclusion_key("SMITH, John")}
    kept, dropped = screen_recall.read_non_listed(tsv, listed, 10, seed=0)
    assert dropped == ["John Smith"]
    assert [c.name for c in kept] == ["Acme Ltd"]
    assert kept[0].target is None and kept[0].schema == "Company"
    listed |= perturb.listed_variant_keys("ACME LIMITED", "Company")
    kept, dropped = screen_recall.read_non_listed(tsv, listed, 10, seed=0)
    assert (sorted(dropped), kept) == (["Acme Ltd", "John Smith"], [])


def _listed_keys(*listed: tuple[str, str]) -> set[str]:
    return {key for name, schema in listed for key in perturb.listed_variant_keys(name, schema)}


@pytest.mark.parametrize(
    ("generated", "schema", "listed", "listed_schema"),
    [
        ("Veronika Vlasova", "Person", "VLASOVA, Veronika Valerievna", "Person"),  # drop_middle
        ("Tara LLC", "Company", "TARA LIMITED", "Company"),  # corp_form
        ("Tara", "Company", "TARA LIMITED", "Company"),  # corp_drop
        ("Tara Ltd", "Company", "TARA", "Company"),  # a form added to a bare company's name
        ("王晨", "Person", "WANG, Chen", "Person"),  # the name in characters
        ("王小明", "Person", "WANG Xiaoming", "Person"),  # ... its given name written in one word
    ],
)
def test_a_generated_name_the_recall_set_would_match_to_a_listed_one_is_listed(
    generated: str, schema: str, listed: str, listed_schema: str
) -> None:
    keys = perturb.generated_name_keys(generated, schema)
    assert not keys.isdisjoint(_listed_keys((listed, listed_schema)))


@pytest.mark.parametrize(
    ("generated", "schema", "listed", "listed_schema"),
    [
        (
            "Jose Luis Figueroa",
            "Person",
            "MENDOZA FIGUEROA, Jose Luis",
            "Person",
        ),  # drop_middle: Jose FIGUEROA
        (
            "Veronika Vlasova",
            "Person",
            "VLASOVA IVANOVA, Veronika",
            "Person",
        ),  # drop_middle: Veronika IVANOVA
        ("Tara", "Person", "TARA LIMITED", "Company"),  # a person is no company without its form
        ("Tara Holdings", "Company", "TARA LIMITED", "Company"),
        ("Tara Ltd", "Company", "TARA", "Organization"),  # corp_form adds forms to companies only
        ("Tara Ltd", "Company", "TARA", "Vessel"),
        ("王晨", "Person", "WANG, Cheng", "Person"),
        ("Limited", "Company", "LLC", "Company"),  # nothing left but the form
    ],
)
def test_other_generated_names_stay_non_listed(
    generated: str, schema: str, listed: str, listed_schema: str
) -> None:
    keys = perturb.generated_name_keys(generated, schema)
    assert keys.isdisjoint(_listed_keys((listed, listed_schema)))


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("HUAWEI TECHNOLOGIES CO., LTD.", "HUAWEI TECHNOLOGY CO., LTD."),
        ("Alpha Industry LLC", "Alpha Industries LLC"),
        ("ASIA PACIFIC SHIPS", "ASIA PACIFIC SHIP"),
        ("SBERBANK", None),  # no word in the plural, nor a singular in "-y"
        ("MARINE SERVICES", None),  # "-es" after a vowel: "service" or "servic"? left alone
        ("LIMITED LIABILITY COMPANY GARANT-SV", None),  # legal forms are not put in the plural
        ("OPEN JOINT STOCK COMPANY TECHNOLOGY", "OPEN JOINT STOCK COMPANY TECHNOLOGIES"),
    ],
)
def test_number_puts_one_word_in_the_other_number(name: str, expected: str | None) -> None:
    assert perturb.perturb(name, "number", random.Random(0), "Company") == expected


def test_number_is_for_organisations_only() -> None:
    assert perturb.perturb("HARRY, John", "number", random.Random(0), "Person") is None
