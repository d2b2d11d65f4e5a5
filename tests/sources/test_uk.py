"""The FCDO UK Sanctions List XML reader, on a fixture in the published layout."""

from __future__ import annotations

from pathlib import Path

import pytest

from embargo.errors import ListFormatError
from embargo.model import Entity
from embargo.sources import eu, uk, un
from embargo.sources.uk import uk_date


@pytest.fixture
def uk_file(fixtures_dir: Path) -> Path:
    return fixtures_dir / "uk" / "uk_sanctions_list.xml"


@pytest.fixture
def uk_entities(uk_file: Path) -> dict[str, Entity]:
    return {e.source_id: e for e in uk.read(uk_file).entities}


def test_detect_and_metadata(uk_file: Path) -> None:
    assert uk.detect(uk_file)
    assert not un.detect(uk_file)
    assert not eu.detect(uk_file)
    parsed = uk.read(uk_file)
    assert (parsed.format, parsed.source, parsed.published) == ("uk-xml", "uk-fcdo", "2024-05-30")


def test_schemas(uk_entities: dict[str, Entity]) -> None:
    schemas = {k: e.schema for k, e in uk_entities.items()}
    assert schemas == {
        "RUS0270": "Person",
        "RUS1501": "Person",
        "RUS0018": "Company",
        "RUS1800": "Vessel",
        "CHW0012": "Company",
        "AQD0100": "Organization",
    }
    assert uk_entities["RUS0270"].entity_id == "uk-fcdo-rus0270"


def test_person(uk_entities: dict[str, Entity]) -> None:
    person = uk_entities["RUS0270"]
    assert person.caption == "Roman Arkadyevich ABRAMOVICH"
    assert person.names[0].parts == {"first": "Roman", "middle": "Arkadyevich", "last": "ABRAMOVICH"}
    assert [n.kind for n in person.names] == ["primary", "alias", "original_script"]
    cyrillic = person.names[2]
    assert (cyrillic.script, cyrillic.lang) == ("Cyrl", "rus")
    assert person.birth_dates[0].start == "1966-10-24"
    assert person.nationalities == ["ru", "il", "pt"]
    assert person.birth_places == ["Saratov, Russia"]
    assert person.identifiers[0].kind == "passport"
    assert person.listed_on == "2022-03-10"
    assert person.programs == ["Russia"]
    assert person.gender == "male"
    assert person.properties["sanctions_imposed"] == ["Asset freeze", "Travel Ban", "Transport sanctions"]


def test_placeholder_dates(uk_entities: dict[str, Entity]) -> None:
    dates = [(d.start, d.precision) for d in uk_entities["RUS1501"].birth_dates]
    assert dates == [("1967", "year"), ("1967-12-19", "day")]
    assert uk_date("dd/mm/1964").start == "1964"  # type: ignore[union-attr]
    assert uk_date("dd/05/1964").start == "1964-05"  # type: ignore[union-attr]
    assert uk_date("2022-03-04T00:00:00").start == "2022-03-04"  # type: ignore[union-attr]
    assert uk_date("05/06/2017").start == "2017-06-05"  # type: ignore[union-attr]
    assert uk_date("") is None


def test_ship_with_imo_owner_and_flag(uk_entities: dict[str, Entity]) -> None:
    ship = uk_entities["RUS1800"]
    assert ship.identifiers[0].kind == "imo" and ship.identifiers[0].value == "9000001"
    assert ship.links[0].kind == "owner"
    assert ship.links[0].target_name == "PUBLIC JOINT STOCK COMPANY SOVCOMFLOT"
    assert ship.properties["vessel_flag"] == ["Gabon"]
    assert ship.countries == ["ga"]
    assert any(n.kind == "formerly" and n.full == "SCF CENTURY" for n in ship.names)


def test_entity_details_and_non_latin_names(uk_entities: dict[str, Entity]) -> None:
    company = uk_entities["RUS0018"]
    assert company.identifiers[0].kind == "registration"
    assert company.addresses[0].city == "Moscow" and company.addresses[0].country == "ru"
    assert company.properties["emails"] == ["info@sovcomflot.example"]
    chinese = [n for n in uk_entities["CHW0012"].names if n.kind == "original_script"]
    assert chinese[0].script == "Hani" and chinese[0].lang == "zho"
    arabic = [n for n in uk_entities["AQD0100"].names if n.kind == "original_script"]
    assert arabic[0].script == "Arab"


def test_designation_without_unique_id(tmp_path: Path) -> None:
    path = tmp_path / "uk.xml"
    path.write_text("<Designations><Designation><Names/></Designation></Designations>", encoding="utf-8")
    with pytest.raises(ListFormatError, match="UniqueID") as info:
        list(uk.read(path).entities)
    assert "<Designation> #1" in str(info.value)
