"""The trade.gov Consolidated Screening List reader: the real sample file and bad input."""

from __future__ import annotations

import collections
import csv
import io
import shutil
from pathlib import Path

import pytest

from embargo.errors import ListFormatError
from embargo.model import Entity
from embargo.sources import csl, detect_format

HEADER = (
    "source,entity_number,type,programs,name,title,addresses,federal_register_notice,start_date,end_date,"
    "standard_order,license_requirement,license_policy,call_sign,vessel_type,gross_tonnage,"
    "gross_registered_tonnage,vessel_flag,vessel_owner,remarks,source_list_url,alt_names,citizenships,"
    "dates_of_birth,nationalities,places_of_birth,source_information_url,ids\n"
)
EMPTY_ROW_TAIL = "," * 27


@pytest.fixture(scope="module")
def csl_entities(lists_dir: Path) -> list[Entity]:
    return list(csl.read(lists_dir / "us-csl" / "csl.csv").entities)


def test_counts(csl_entities: list[Entity]) -> None:
    assert len(csl_entities) == 115  # one entity per row: every row names a different party or list
    schemas = collections.Counter(e.schema for e in csl_entities)
    assert schemas["Vessel"] == 2
    assert schemas["Person"] >= 20
    assert schemas["Company"] + schemas["Organization"] >= 60
    assert all(e.source == "us-csl" for e in csl_entities)


def test_detected(lists_dir: Path) -> None:
    path = lists_dir / "us-csl" / "csl.csv"
    assert csl.detect(path)
    assert detect_format(path) == "csl-csv"
    for other in ("bis-dpl/dpl.txt", "ofac-sdn-2023/sdn.csv", "ofac-sdn-2023", "un/consolidated.xml"):
        assert not csl.detect(lists_dir / other)


def test_sdn_row(csl_entities: list[Entity]) -> None:
    by_id = {e.source_id: e for e in csl_entities}
    entity = by_id["20264"]  # 200G PSA HOLDINGS LLC
    assert entity.entity_id == "us-csl-20264"
    assert entity.schema == "Company"
    assert entity.programs == ["SDN", "SDNTK"]
    assert entity.properties["list_names"] == ["Specially Designated Nationals (SDN) - Treasury Department"]
    assert [(i.kind, i.value, i.country) for i in entity.identifiers] == [("tax_id", "80-0890696", "us")]
    assert entity.addresses[0].country == "us"


def test_ids_column_vocabulary(csl_entities: list[Entity]) -> None:
    bank = next(e for e in csl_entities if e.caption == "GAZPROMBANK OAO")
    kinds = {(i.kind, i.value) for i in bank.identifiers}
    assert ("swift_bic", "GAZPRUMM") in kinds and ("tax_id", "7744001497") in kinds
    assert bank.properties["directives"] == [
        "Executive Order 13662 Directive Determination - Subject to Directive 1"
    ]
    assert bank.properties["emails"] == ["mailbox@gazprombank.ru"]
    # "(Linked To: GAZPROMBANK OAO)" in other rows' remarks resolves inside the file.
    linked = [e for e in csl_entities if any(link.target_id == bank.entity_id for link in e.links)]
    assert len(linked) >= 3


def test_vessel_and_person(csl_entities: list[Entity]) -> None:
    vessel = next(e for e in csl_entities if e.schema == "Vessel" and e.properties.get("vessel_type"))
    assert any(i.kind == "imo" for i in vessel.identifiers)
    assert vessel.properties["vessel_flag"] == ["ir"]
    people = [e for e in csl_entities if e.birth_dates]
    assert len(people) == 20 and all(e.schema == "Person" for e in people)
    several = next(e for e in people if len(e.birth_dates) == 2)
    assert [d.start for d in several.birth_dates] == ["1974", "1975"]


def test_untyped_rows_and_dates(csl_entities: list[Entity]) -> None:
    entity_list = [e for e in csl_entities if "EL" in e.programs]
    assert entity_list and all(e.schema in {"Company", "Organization", "Person"} for e in entity_list)
    assert any(e.schema == "Company" for e in entity_list)  # "32 Group China Ltd."
    dpl = next(e for e in csl_entities if e.caption == "ADRIAN MANUEL HERNANDEZ")
    assert dpl.schema == "Person"
    assert dpl.listed_on == "2017-10-16"
    assert dpl.properties["end_date"] == ["2020-10-13"]
    assert dpl.source_id.startswith("DPL-")  # no entity_number: a stable hash


def test_hash_ids_are_stable(lists_dir: Path) -> None:
    first = [e.entity_id for e in csl.read(lists_dir / "us-csl" / "csl.csv").entities]
    second = [e.entity_id for e in csl.read(lists_dir / "us-csl" / "csl.csv").entities]
    assert first == second and len(set(first)) == len(first)


def test_label_first_ids_layout(tmp_path: Path) -> None:
    path = tmp_path / "csl.csv"
    row = ["Specially Designated Nationals (SDN) - Treasury Department", "1", "Individual", "X", "DOE, John"]
    row += [""] * 22 + ["Passport, A1234567, RU, 2010-01-01, 2020-01-01; Tax ID No., 12345, , ,"]
    buffer = io.StringIO()
    csv.writer(buffer).writerow(row)
    path.write_text(HEADER + buffer.getvalue(), encoding="utf-8")
    [entity] = csl.read(path).entities
    assert [(i.kind, i.value, i.country) for i in entity.identifiers] == [
        ("passport", "A1234567", "ru"),
        ("tax_id", "12345", None),
    ]
    assert entity.identifiers[0].note == "issued 2010-01-01 expires 2020-01-01"


# ---------------------------------------------------------------------------
# Bad input
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty"),
        (b"\n\n  \n", "empty"),
        (b"\x00\x00\x00\x01" * 200, "binary"),
        (b"\xff\xfe\x81\x8d", "not valid"),
        (b"<html><head><title>502 Bad Gateway</title></head></html>", "HTML"),
    ],
)
def test_unreadable(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "csl.csv"
    path.write_bytes(content)
    with pytest.raises(ListFormatError, match=message) as info:
        csl.read(path)
    assert str(path) in str(info.value)
    assert info.value.location == "line 1"
    assert not csl.detect(path)


def test_header_only_and_wrong_header(tmp_path: Path) -> None:
    path = tmp_path / "csl.csv"
    path.write_text(HEADER, encoding="utf-8")
    with pytest.raises(ListFormatError, match="no entries"):
        csl.read(path)
    path.write_text("a,b,c\n1,2,3\n", encoding="utf-8")
    with pytest.raises(ListFormatError, match="header row lacks") as info:
        csl.read(path)
    assert info.value.location == "line 1"


def test_wrong_column_count(tmp_path: Path) -> None:
    path = tmp_path / "csl.csv"
    good = "Entity List (EL) - BIS,,,,Good Name" + EMPTY_ROW_TAIL[:-4] + "\n"
    assert good.count(",") == HEADER.count(",")
    path.write_text(HEADER + good + "Entity List (EL) - BIS,,,,Short Row\n", encoding="utf-8")
    with pytest.raises(ListFormatError, match="expected 28 columns, found 5") as info:
        csl.read(path)
    assert info.value.location == "line 3"


def test_truncated(tmp_path: Path, lists_dir: Path) -> None:
    raw = (lists_dir / "us-csl" / "csl.csv").read_bytes()
    path = tmp_path / "csl.csv"
    path.write_bytes(raw[: len(raw) // 2])
    with pytest.raises(ListFormatError, match="columns|CSV") as info:
        csl.read(path)
    assert info.value.location.startswith("line ")


def test_missing_name(tmp_path: Path) -> None:
    path = tmp_path / "csl.csv"
    path.write_text(HEADER + "Entity List (EL) - BIS,,,,  " + EMPTY_ROW_TAIL[:-4] + "\n", encoding="utf-8")
    with pytest.raises(ListFormatError, match="no name") as info:
        csl.read(path)
    assert info.value.location == "line 2"


def test_huge_field(tmp_path: Path) -> None:
    path = tmp_path / "csl.csv"
    path.write_text(HEADER + 'EL,,,,"' + "y" * 300_000 + '"' + EMPTY_ROW_TAIL[:-4] + "\n", encoding="utf-8")
    with pytest.raises(ListFormatError, match="field") as info:
        csl.read(path)
    assert info.value.location == "line 2"


def test_other_lists_are_refused(tmp_path: Path, lists_dir: Path) -> None:
    for other in ("bis-dpl/dpl.txt", "ofac-sdn-2023/sdn.csv"):
        copy = tmp_path / "csl.csv"
        shutil.copy(lists_dir / other, copy)
        assert not csl.detect(copy)
        with pytest.raises(ListFormatError, match="not a Consolidated Screening List"):
            csl.read(copy)
    with pytest.raises(ListFormatError, match="folder"):
        csl.read(tmp_path)
