"""Several names in one list field: names in two scripts, lists of spellings, notes."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from embargo.model import Name
from embargo.sources.annotations import add_annotated_names, split_annotated


@pytest.mark.parametrize(
    ("field", "names"),
    [
        # another script in parentheses, either way round
        ("Akrin Saleh Akrin (أقرين صالح أقرين)", ["Akrin Saleh Akrin", "أقرين صالح أقرين"]),
        ("Jin Tiesan (金铁三)", ["Jin Tiesan", "金铁三"]),
        ("عبدالله السندي (Abdullah Sindhi)", ["عبدالله السندي", "Abdullah Sindhi"]),
        # a list of spellings
        (
            "حسن غول (Hassan Ghul; Hassan Gul; Hasan Gul)",
            ["حسن غول", "Hassan Ghul", "Hassan Gul", "Hasan Gul"],
        ),
        ("Ivan Petrov (Iwan Petrow; Ivan Petroff)", ["Ivan Petrov", "Iwan Petrow", "Ivan Petroff"]),
        # a label before the name
        ("Amir Khazmat (original script: Амир Хазмат)", ["Amir Khazmat", "Амир Хазмат"]),
        # two runs of words in two scripts, no parentheses
        ("Agha Jan Alizai اغا جان عالیزی", ["Agha Jan Alizai", "اغا جان عالیزی"]),
        ("삼성전자 주식회사 Samsung Electronics", ["삼성전자 주식회사", "Samsung Electronics"]),
        # trailing punctuation left by the list
        ("Akhter Mohmad (اختر محمد ),", ["Akhter Mohmad", "اختر محمد"]),
        # notes in lower case are dropped, inside a name's parts too
        ("Encep Nurjaman (birth name)", ["Encep Nurjaman"]),
        ("Hilarion Santos, III (third)", ["Hilarion Santos, III"]),
        (
            "أنصار الشريعة (Ansar al Charia; هيئة (original script))",
            ["أنصار الشريعة", "Ansar al Charia", "هيئة"],
        ),
        ("شبكة أنصار (Ansar Network - sub-unit name)", ["شبكة أنصار", "Ansar Network"]),
        # a part of the name, in its script, stays where it is
        ("CHINA UNICOM (HONG KONG) LIMITED", ["CHINA UNICOM (HONG KONG) LIMITED"]),
        ("M & S SYNDICATE (PVT) LTD.", ["M & S SYNDICATE (PVT) LTD."]),
        ("華信船務(香港)有限公司", ["華信船務(香港)有限公司"]),
        ("ISLAMIC JIHAD UNION (IJU)", ["ISLAMIC JIHAD UNION (IJU)"]),
        ("SANTOS, Ahmad (Ahmed)", ["SANTOS, Ahmad (Ahmed)"]),
        ("(Sheikh) Musa Hilal", ["(Sheikh) Musa Hilal"]),
        ("ivan petrov (ivanov)", ["ivan petrov (ivanov)"]),  # lower case beside lower case is no note
        ("华为技术 Co., Ltd.", ["华为技术 Co., Ltd."]),  # one word of another script is no name
        ("ABC - holding", ["ABC - holding"]),  # one lower-case word after a dash is no note
        # what cannot be read stays as it is
        ("broken (name", ["broken (name"]),
        ("a) b (c", ["a) b (c"]),
        ("", []),
        ("( ; )", []),
    ],
)
def test_split_annotated(field: str, names: list[str]) -> None:
    assert split_annotated(field) == names


def test_nesting_is_read_three_deep_and_no_deeper() -> None:
    assert split_annotated("Abu (Абу (أبو (阿布 (x; y))))") == ["Abu", "Абу", "أبو", "阿布 (x; y)"]
    hostile = "a (б; " * 3000 + "c" + ")" * 3000
    assert len(split_annotated(hostile)) == 3


def test_add_annotated_names_keeps_the_kind_and_parts_of_the_first() -> None:
    names: list[Name] = []
    add_annotated_names(
        names, "Akrin Saleh Akrin (أقرين صالح أقرين)", "primary", quality="low", parts={"first": "Akrin"}
    )
    add_annotated_names(names, "AKRIN SALEH AKRIN", "alias")  # the same text is added once
    assert [(n.full, n.kind, n.quality, n.script, n.parts) for n in names] == [
        ("Akrin Saleh Akrin", "primary", "low", None, {"first": "Akrin"}),
        ("أقرين صالح أقرين", "original_script", "low", "Arab", {}),
    ]
    formerly: list[Name] = []
    add_annotated_names(formerly, "Agha Jan Alizai اغا جان عالیزی", "formerly")
    assert [n.kind for n in formerly] == ["formerly", "formerly"]


@given(st.text(alphabet=st.sampled_from("ab Ав خد中(); :,-"), max_size=80))
def test_every_name_comes_from_the_field_and_has_letters(field: str) -> None:
    names = split_annotated(field)
    assert len(names) == len({name.casefold() for name in names})
    for name in names:
        assert any(char.isalpha() for char in name)
        assert name == name.strip()
        assert all(word.strip("();:,-") == "" or word.strip("();:,-") in field for word in name.split())
