"""The BIS Denied Persons List reader: the real file, row joining, person/company typing, bad input."""

from __future__ import annotations

import collections
import shutil
from pathlib import Path

import pytest

from embargo.errors import ListFormatError
from embargo.model import Entity
from embargo.sources import detect_format, dpl

HEADER = (
    '"Name"\t"Street_Address"\t"City"\t"State"\t"Country"\t"Postal_Code"\t"Effective_Date"\t'
    '"Expiration_Date"\t"Standard_Order"\t"Last_Update"\t"Action"\t"FR_Citation"\n'
)


def _row(
    name: str, street: str = "1 MAIN ST", effective: str = "01/02/2010", fr: str = "75 F.R. 1 1/5/10"
) -> str:
    fields = [
        name,
        street,
        "TOWN",
        "TX",
        "US",
        "75001",
        effective,
        "01/02/2020",
        "Y",
        "2010-01-05",
        "NEW",
        fr,
    ]
    return "\t".join(f'"{f}"' for f in fields) + "\n"


@pytest.fixture(scope="module")
def dpl_entities(lists_dir: Path) -> list[Entity]:
    return list(dpl.read(lists_dir / "bis-dpl" / "dpl.txt").entities)


def test_rows_join_into_entities(dpl_entities: list[Entity], lists_dir: Path) -> None:
    parsed = dpl.read(lists_dir / "bis-dpl" / "dpl.txt")
    # The file holds 546 data rows (the data README says 545): the last line has no newline.
    assert parsed.notes == ["546 rows joined into 417 entities (same name and effective date)"]
    assert len(dpl_entities) == 417
    schemas = collections.Counter(e.schema for e in dpl_entities)
    assert schemas["Person"] > 250 and schemas["Company"] > 40 and schemas["Organization"] > 20


def test_detected(lists_dir: Path) -> None:
    path = lists_dir / "bis-dpl" / "dpl.txt"
    assert dpl.detect(path)
    assert detect_format(path) == "dpl-txt"
    for other in ("us-csl/csl.csv", "ofac-sdn-2023/sdn.csv", "ofac-sdn-2023", "un/consolidated.xml"):
        assert not dpl.detect(lists_dir / other)


def test_one_order_several_addresses(dpl_entities: list[Entity]) -> None:
    parto = [e for e in dpl_entities if e.caption == "PARTO ABGARDAN COOLING TOWERS CO."]
    assert len(parto) == 1
    assert len(parto[0].addresses) == 7
    assert parto[0].schema in {"Company", "Organization"}
    assert parto[0].listed_on == "2010-10-06"
    # Citations that differ between the rows of one order are all kept.
    nasser = [e for e in dpl_entities if e.caption == "ABDULAH AL NASSER"]
    assert len(nasser) == 1 and len(nasser[0].properties["fr_citation"]) == 2


def test_a_new_order_is_a_new_entity(dpl_entities: list[Entity]) -> None:
    ash = [e for e in dpl_entities if e.caption == "I. ASH"]
    assert sorted(e.listed_on for e in ash) == ["2002-03-04", "2003-06-19"]
    assert len({e.entity_id for e in ash}) == 2


def test_person_fields(dpl_entities: list[Entity]) -> None:
    person = next(e for e in dpl_entities if e.caption == "ADRIAN MANUEL HERNANDEZ")
    assert person.schema == "Person"
    assert person.listed_on == "2017-10-16"
    assert person.properties["expiration_date"] == ["2020-10-13"]
    assert person.properties["fr_citation"] == ["82 F.R. 48792 10/20/2017"]
    assert person.addresses[0].region == "AZ" and person.addresses[0].postal_code == "85043"
    assert person.programs == ["DPL"]
    assert person.source == "bis-dpl" and person.entity_id == f"bis-dpl-{person.source_id}"


def test_embedded_aliases(dpl_entities: list[Entity]) -> None:
    sun = next(e for e in dpl_entities if e.caption == "FUYI SUN")
    assert [(n.full, n.kind) for n in sun.names] == [("FUYI SUN", "primary"), ("FRANK SUN", "alias")]
    assert sun.schema == "Person"


@pytest.mark.parametrize(
    ("name", "schema"),
    [
        ("ADRIAN MANUEL HERNANDEZ", "Person"),
        ("ROBERT J. SHUBERT, SR.", "Person"),
        ("KIM SONG II", "Person"),
        ("AFSHIN (SEAN) NAGHIBI", "Person"),
        ("NEXIANT, LLC", "Company"),
        ("TECHMA GMBH", "Company"),
        ("COTRICOM S.A.", "Company"),
        ("CHEERWAY CORPORATION", "Organization"),
        ("SYNAPTIX.NET", "Organization"),
        ("183RD GUARD AIR DEFENSE MISSILE REGIMENT", "Organization"),
    ],
)
def test_party_schema(name: str, schema: str) -> None:
    assert dpl.party_schema(name) == schema


def test_ids_are_stable_hashes(tmp_path: Path) -> None:
    path = tmp_path / "dpl.txt"
    path.write_text(
        HEADER + _row("JOHN EXAMPLE") + _row("JOHN  EXAMPLE", street="2 OTHER ST"), encoding="utf-8"
    )
    [entity] = dpl.read(path).entities
    assert len(entity.addresses) == 2
    path.write_text(HEADER + _row("john example", street="3 MOVED ST"), encoding="utf-8")
    [again] = dpl.read(path).entities
    assert again.entity_id == entity.entity_id


# ---------------------------------------------------------------------------
# Bad input
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty"),
        (b"\r\n \t\r\n", "empty"),
        (b"\x00PK\x03\x04" * 300, "binary"),
        (b'"Name"\t\x81\x8d\x9d', "not valid"),
        (b"<!doctype html><title>404 Not Found</title>", "HTML"),
    ],
)
def test_unreadable(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "dpl.txt"
    path.write_bytes(content)
    with pytest.raises(ListFormatError, match=message) as info:
        dpl.read(path)
    assert str(path) in str(info.value)
    assert info.value.location == "line 1"
    assert not dpl.detect(path)


def test_wrong_column_count(tmp_path: Path) -> None:
    path = tmp_path / "dpl.txt"
    path.write_text(HEADER + _row("A PERSON") + '"SHORT ROW"\t"X"\n', encoding="utf-8")
    with pytest.raises(ListFormatError, match="expected 12 columns, found 2") as info:
        dpl.read(path)
    assert info.value.location == "line 3"


def test_truncated(tmp_path: Path) -> None:
    path = tmp_path / "dpl.txt"
    path.write_text(HEADER + _row("A PERSON") + '"CUT OFF\t"1 MAIN', encoding="utf-8")
    with pytest.raises(ListFormatError) as info:
        dpl.read(path)
    assert info.value.location == "line 3"


def test_bad_date_and_no_name(tmp_path: Path) -> None:
    path = tmp_path / "dpl.txt"
    path.write_text(HEADER + _row("A PERSON", effective="someday"), encoding="utf-8")
    with pytest.raises(ListFormatError, match="not a date") as info:
        dpl.read(path)
    assert info.value.location == "line 2"
    path.write_text(HEADER + _row(" "), encoding="utf-8")
    with pytest.raises(ListFormatError, match="no name"):
        dpl.read(path)


def test_header_only(tmp_path: Path) -> None:
    path = tmp_path / "dpl.txt"
    path.write_text(HEADER, encoding="utf-8")
    with pytest.raises(ListFormatError, match="no entries"):
        dpl.read(path)


def test_huge_field(tmp_path: Path) -> None:
    path = tmp_path / "dpl.txt"
    path.write_text(HEADER + _row("A PERSON", street="z" * 300_000), encoding="utf-8")
    with pytest.raises(ListFormatError, match="field") as info:
        dpl.read(path)
    assert info.value.location == "line 2"


def test_other_lists_are_refused(tmp_path: Path, lists_dir: Path) -> None:
    for other in ("us-csl/csl.csv", "ofac-sdn-2023/sdn.csv"):
        copy = tmp_path / "dpl.txt"
        shutil.copy(lists_dir / other, copy)
        assert not dpl.detect(copy)
        with pytest.raises(ListFormatError, match="not a Denied Persons List"):
            dpl.read(copy)
    with pytest.raises(ListFormatError, match="folder"):
        dpl.read(tmp_path)
