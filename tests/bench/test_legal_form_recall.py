"""Tests for bench/legal_form_recall.py: the queries it builds from listed names and generated ones."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

BENCH_DIR = Path(__file__).resolve().parents[2] / "bench"
sys.path.insert(0, str(BENCH_DIR))
from legal_form_recall import register_names, with_company_word, without_forms  # noqa: E402


@pytest.mark.parametrize(
    ("listed", "bare", "english"),
    [
        ("SHERKAT SAHAMI KHASS KALA NAFT", "KALA NAFT", ["JSC"]),
        ("SHERKAT-E DEY", "DEY", []),
        ("MU'ASSASAT AL-HARAMAIN AL-KHAYRIYYA", "AL-HARAMAIN AL-KHAYRIYYA", []),
        ("SHERKATE BASARGANI PETROCHEMIE (SAHAMI KHASS)", "BASARGANI PETROCHEMIE", ["JSC"]),
        ("EBLA TRADE SERVICES S.A.L./OFF-SHORE", "EBLA TRADE SERVICES", ["JSC"]),
        ("AFRICO 1 OFF-SHORE SAL", "AFRICO 1", ["JSC"]),
        ("GULF STAR W.L.L.", "GULF STAR", ["LLC"]),
        ("EASY CASH S. DE R.L.", "EASY CASH", ["LLC"]),
        ("GEX EXPLORE S. DE R.L. DE C.V.", "GEX EXPLORE", ["LLC"]),
        ("AVIANDINA S.A.C.", "AVIANDINA", ["SA"]),
        ("BANCO DE VENEZUELA, S.A.C.A.", "BANCO DE VENEZUELA", ["SA"]),
        ("CLUB DEPORTIVO MORUMBI, A.C.", "CLUB DEPORTIVO MORUMBI", ["Association"]),
        ("CLEAR TRADE LINK SL", "CLEAR TRADE LINK", ["SL"]),
        ("ARANEKS DOO BEOGRAD", "ARANEKS BEOGRAD", ["LLC"]),
        ("DOO BABUDOVAC BRNJAK", "BABUDOVAC BRNJAK", ["LLC"]),
        ("CONG TY TNHH THINH CUONG", "THINH CUONG", ["Company Limited"]),
    ],
)
def test_a_listed_name_without_its_forms(listed: str, bare: str, english: list[str]) -> None:
    assert without_forms(listed) == (bare, english)


@pytest.mark.parametrize(
    "listed",
    # none, or nothing left; S.A. and S.A. DE C.V. are forms rigour has
    [
        "BANK MELLI",
        "SALAM TRADING",
        "KARBALA-MOASSESEH TAHA",
        "SAHAMI KHASS",
        "PDVSA S.A.",
        "GRUPO S.A. DE C.V.",
    ],
)
def test_names_without_such_forms_make_no_query(listed: str) -> None:
    assert without_forms(listed) is None


@pytest.mark.parametrize(
    ("listed", "query"),
    [
        ("TRANSADRIA LTD", "TRANSADRIA COMPANY"),
        ("KOREA ACHIM SHIPPING CO., LTD.", "KOREA ACHIM SHIPPING COMPANY"),
        ("Gazprom Neft PJSC", "Gazprom Neft Company"),
        ("OOO ROMASHKA", None),  # the form leads the name
        ("BANK MELLAT", None),  # no form
        ("LTD", None),  # nothing before it
    ],
)
def test_the_legal_form_ending_a_name_written_as_company(listed: str, query: str | None) -> None:
    assert with_company_word(listed) == query


def test_register_names_are_the_persian_and_arabic_companies(tmp_path: Path) -> None:
    tsv = tmp_path / "names.tsv"
    tsv.write_text(
        "name\tschema\torigin\n"
        "قند پارس\tCompany\tfa_IR/local\n"
        "صليبا LLC\tCompany\tar_PS/local\n"
        "علی رضایی\tPerson\tfa_IR/local\n"
        "Hobbs PLC\tCompany\ten_GB/local\n",
        encoding="utf-8",
    )
    assert register_names(tsv) == {
        "generated": ["قند پارس", "صليبا LLC"],
        "register": ["شرکت قند پارس (سهامی خاص)", "شركة صليبا LLC ذ.م.م"],
    }
