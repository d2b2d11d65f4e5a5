"""The EU Financial Sanctions Files XML reader, on a fixture in the published layout."""

from __future__ import annotations

from pathlib import Path

import pytest

from embargo.errors import ListFormatError
from embargo.model import Entity
from embargo.sources import eu, uk, un


@pytest.fixture
def eu_file(fixtures_dir: Path) -> Path:
    return fixtures_dir / "eu" / "fsf_sample.xml"


@pytest.fixture
def eu_entities(eu_file: Path) -> dict[str, Entity]:
    return {e.source_id: e for e in eu.read(eu_file).entities}


def test_detect_and_version(eu_file: Path) -> None:
    assert eu.detect(eu_file)
    assert not un.detect(eu_file)
    assert not uk.detect(eu_file)
    parsed = eu.read(eu_file)
    assert parsed.format == "eu-xml"
    assert parsed.source == "eu-fsf"
    assert parsed.published == "2024-05-30"
    assert parsed.version == "2024-05-30T18:03:45.123+02:00"


def test_schemas_and_ids(eu_entities: dict[str, Entity]) -> None:
    assert len(eu_entities) == 6
    assert eu_entities["13"].schema == "Person"
    assert eu_entities["13"].entity_id == "eu-fsf-13"
    assert eu_entities["146022"].schema == "Company"  # "LLC ..."
    assert eu_entities["12810"].schema == "Organization"  # IRGC
    assert eu_entities["160404"].schema == "Company"  # "Joint Stock Company ..."


def test_person_names_languages_and_strength(eu_entities: dict[str, Entity]) -> None:
    lavrov = eu_entities["141543"]
    assert lavrov.caption == "Sergey Viktorovich Lavrov"
    assert lavrov.names[0].parts == {"first": "Sergey", "middle": "Viktorovich", "last": "Lavrov"}
    cyrillic = [n for n in lavrov.names if n.script == "Cyrl"]
    assert cyrillic and cyrillic[0].kind == "original_script" and cyrillic[0].lang == "rus"
    saddam = eu_entities["13"]
    weak = [n.full for n in saddam.names if n.is_weak]
    assert weak == ["Abu Ali", "Abou Ali"]
    assert saddam.gender == "male"
    assert saddam.properties["un_reference_number"] == ["IQi.001"]


def test_birth_dates_circa_and_ranges(eu_entities: dict[str, Entity]) -> None:
    saddam = eu_entities["13"]
    assert [d.start for d in saddam.birth_dates] == ["1937-04-28"]
    assert saddam.birth_places == ["al-Awja, near Tikrit, IRAQ"]
    sidorenko = eu_entities["150012"]
    circa = [d for d in sidorenko.birth_dates if d.circa]
    assert circa and circa[0].start == "1971" and circa[0].precision == "year"
    ranges = [d for d in sidorenko.birth_dates if d.precision == "range"]
    assert ranges and (ranges[0].start, ranges[0].end) == ("1968", "1970")
    assert sidorenko.positions == ["Commander", "Head of logistics"]
    assert sidorenko.titles == ["Colonel"]


def test_identifiers(eu_entities: dict[str, Entity]) -> None:
    passport = eu_entities["141543"].identifiers[0]
    assert (passport.kind, passport.value, passport.country) == ("passport", "100000001", "ru")
    assert "Diplomatic passport" in (passport.note or "")
    assert eu_entities["150012"].identifiers[0].kind == "tax_id"
    assert eu_entities["146022"].identifiers[0].kind == "registration"
    assert eu_entities["160404"].identifiers[0].kind == "imo"


def test_programs_addresses_contacts(eu_entities: dict[str, Entity]) -> None:
    tobacco = eu_entities["146022"]
    assert tobacco.programs == ["BLR"]
    assert tobacco.listed_on == "2022-06-03"
    address = tobacco.addresses[0]
    assert (address.city, address.postal_code, address.country) == ("Minsk", "220017", "by")
    assert tobacco.properties["phones"] == ["+375 17 000 00 00"]
    assert eu_entities["160404"].properties["emails"] == [
        "info@arctic-tanker.example",
        "office@arctic-tanker.example",
    ]
    assert "Producer of tobacco products" in tobacco.remarks


def test_file_without_namespace_still_reads(tmp_path: Path) -> None:
    path = tmp_path / "fsf.xml"
    path.write_text(
        '<export generationDate="2024-01-01"><sanctionEntity logicalId="77"><subjectType code="enterprise"/>'
        '<nameAlias wholeName="Acme Trading GmbH" strong="true"/></sanctionEntity></export>',
        encoding="utf-8",
    )
    assert eu.detect(path)
    entities = list(eu.read(path).entities)
    assert entities[0].schema == "Company"


def test_entity_without_logical_id(tmp_path: Path) -> None:
    path = tmp_path / "fsf.xml"
    path.write_text(
        '<export xmlns="http://eu.europa.eu/fpi/fsd/export"><sanctionEntity><subjectType code="person"/>'
        '<nameAlias wholeName="X"/></sanctionEntity></export>',
        encoding="utf-8",
    )
    with pytest.raises(ListFormatError, match="logicalId") as info:
        list(eu.read(path).entities)
    assert "<sanctionEntity> #1" in str(info.value)


def test_generic_export_root_is_not_claimed(tmp_path: Path) -> None:
    path = tmp_path / "other.xml"
    path.write_text("<export><row>1</row></export>", encoding="utf-8")
    assert not eu.detect(path)


def test_truncated_fixture(eu_file: Path, tmp_path: Path) -> None:
    cut = tmp_path / "cut.xml"
    cut.write_bytes(eu_file.read_bytes()[:6000])
    with pytest.raises(ListFormatError, match="truncated") as info:
        list(eu.read(cut).entities)
    assert "sanctionEntity" in str(info.value)


@pytest.mark.parametrize(
    ("name", "company"),
    [
        ("Inter Tobacco LLC", True),
        ("OOO Romashka", True),
        ("Siemens AG", True),
        ("Acme Sp. z o.o.", True),
        ("KOREA MYONGDOK SHIPPING CO", True),
        ("Общество с ограниченной ответственностью “Интер Тобако”", True),
        ("Islamic State in Yemen", False),  # "in" is a legal form somewhere, not here
        ("Kazakh Jama’at", False),
        ("Al-Qaida", False),
        ("Bank Melli Iran", False),
    ],
)
def test_company_form_detection(name: str, company: bool) -> None:
    from embargo.sources.common import has_company_form

    assert has_company_form([name]) is company


@pytest.mark.parametrize(
    ("name", "script"),
    [
        ("Sergey Lavrov", "Latn"),
        ("Сергей Лавров", "Cyrl"),
        ("صدام حسين", "Arab"),
        ("金正恩", "Hani"),
        ("김정은", "Hang"),
        ("東京トレーディング", "Jpan"),
        ("Σωκράτης", "Grek"),
        ("12345", None),
    ],
)
def test_script_detection(name: str, script: str | None) -> None:
    from embargo.sources.common import detect_script

    assert detect_script(name) == script
