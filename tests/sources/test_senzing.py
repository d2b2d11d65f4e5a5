"""Senzing JSON lines (OpenSanctions PEP export): the real US Congress file and bad input."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from embargo.errors import ListFormatError
from embargo.model import Entity
from embargo.sources import ftm, senzing


@pytest.fixture(scope="module")
def congress_file(lists_dir: Path) -> Path:
    return lists_dir / "opensanctions" / "us_congress.senzing.json"


@pytest.fixture(scope="module")
def congress(congress_file: Path) -> dict[str, Entity]:
    return {e.source_id: e for e in senzing.read(congress_file).entities}


def test_detect_and_source(congress_file: Path) -> None:
    assert senzing.detect(congress_file)
    assert not ftm.detect(congress_file)
    parsed = senzing.read(congress_file)
    assert (parsed.format, parsed.source) == ("senzing-json", "os_us_congress")
    assert senzing.read(congress_file, source="pep").source == "pep"


def test_counts(congress: dict[str, Entity]) -> None:
    # 1,319 records: 1,317 people and the two positions they hold (not parties).
    assert Counter(e.schema for e in congress.values()) == {"Person": 1317}
    assert "Q13218630" not in congress and "Q4416090" not in congress


def test_spot_check(congress: dict[str, Entity]) -> None:
    person = congress["NK-AQ4HymsADSK2D63MkyTqfC"]
    assert person.caption == "Jennifer L. McClellan"
    assert person.entity_id == "os_us_congress-nk-aq4hymsadsk2d63mkytqfc"
    assert person.birth_dates[0].start == "1972" and person.birth_dates[0].precision == "year"
    assert person.nationalities == ["us"]
    assert person.positions == ["United States representative"]
    assert person.properties["topics"] == ["role.pep"]
    assert person.properties["source_url"] == [
        "https://www.opensanctions.org/entities/NK-AQ4HymsADSK2D63MkyTqfC"
    ]
    assert not person.programs  # PEPs are not sanctioned


def test_aliases_positions_and_deaths(congress: dict[str, Entity]) -> None:
    franklin = congress["Q101198561"]
    assert [(n.full, n.kind) for n in franklin.names] == [
        ("Scott Franklin", "primary"),
        ("C. Scott Franklin", "alias"),
    ]
    assert franklin.properties["wikidata_id"] == ["Q101198561"]
    assert sum(1 for e in congress.values() if "death_dates" in e.properties) == 42
    both = [e for e in congress.values() if len(e.positions) == 2]
    assert len(both) == 49


def test_organisations_identifiers_addresses(tmp_path: Path) -> None:
    record = {
        "DATA_SOURCE": "DEMO",
        "RECORD_ID": "org-1",
        "RECORD_TYPE": "ORGANIZATION",
        "NAMES": [
            {"NAME_TYPE": "PRIMARY", "NAME_ORG": "Acme Trading LLC"},
            {"NAME_TYPE": "ALIAS", "NAME_ORG": "Acme"},
        ],
        "ADDRESSES": [{"ADDR_LINE1": "1 Main St", "ADDR_CITY": "Dubai", "ADDR_COUNTRY": "AE"}],
        "IDENTIFIERS": [{"LEI_NUMBER": "529900T8BM49AURSDO55"}, {"TAX_ID_NUMBER": "100000000000003"}],
        "COUNTRIES": [{"REGISTRATION_COUNTRY": "ae"}],
    }
    person = {
        "DATA_SOURCE": "DEMO",
        "RECORD_ID": "p-1",
        "RECORD_TYPE": "PERSON",
        "NAME_FIRST": "Jane",
        "NAME_LAST": "Roe",
        "DATE_OF_BIRTH": "1970-02-03",
        "PASSPORT_NUMBER": "X1234567",
        "PASSPORT_COUNTRY": "GB",
        "GENDER": "F",
    }
    path = tmp_path / "demo.json"
    path.write_text(json.dumps(record) + "\n\n" + json.dumps(person) + "\n", encoding="utf-8")
    assert senzing.detect(path)
    entities = {e.source_id: e for e in senzing.read(path).entities}
    org = entities["org-1"]
    assert org.source == "demo"
    assert org.schema == "Company"
    assert {i.kind for i in org.identifiers} == {"lei", "tax_id"}
    assert org.addresses[0].city == "Dubai" and org.addresses[0].country == "ae"
    assert org.countries == ["ae"]
    jane = entities["p-1"]
    assert jane.caption == "Jane Roe" and jane.names[0].parts == {"first": "Jane", "last": "Roe"}
    assert jane.birth_dates[0].start == "1970-02-03"
    assert (jane.identifiers[0].kind, jane.identifiers[0].country) == ("passport", "gb")
    assert jane.gender == "female"


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", "empty"),
        (b"<html><head></head><body>Not found</body></html>", "HTML"),
        (b"\x00\x00\x00\x00", "binary"),
        (b'["not", "an", "object"]\n', "not a Senzing record"),
        (b'{"id": "x", "schema": "Person", "properties": {}}\n', "not a Senzing record"),
    ],
    ids=["empty", "html", "binary", "array", "ftm"],
)
def test_bad_files(tmp_path: Path, content: bytes, expected: str) -> None:
    path = tmp_path / "bad.json"
    path.write_bytes(content)
    assert not senzing.detect(path)
    with pytest.raises(ListFormatError, match=expected):
        senzing.read(path)


def test_bad_line_names_its_number(tmp_path: Path) -> None:
    good = json.dumps({"DATA_SOURCE": "X", "RECORD_ID": "1", "RECORD_TYPE": "PERSON", "NAMES": []})
    path = tmp_path / "bad.json"
    path.write_text(good + "\n" + "42\n" + good + "\n", encoding="utf-8")
    with pytest.raises(ListFormatError, match="expected a JSON object") as info:
        list(senzing.read(path).entities)
    assert info.value.location == "line 2"
    path.write_text(good + "\n" + '{"RECORD_TYPE": "PERSON", "NAMES": []}\n', encoding="utf-8")
    with pytest.raises(ListFormatError, match="RECORD_ID") as info:
        list(senzing.read(path).entities)
    assert info.value.location == "line 2"
