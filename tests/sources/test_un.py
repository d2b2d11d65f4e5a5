"""The UN Security Council consolidated list reader, on the real published file."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from embargo.errors import ListFormatError
from embargo.model import Entity
from embargo.sources import un


@pytest.fixture(scope="module")
def un_file(lists_dir: Path) -> Path:
    return lists_dir / "un" / "consolidated.xml"


@pytest.fixture(scope="module")
def un_entities(un_file: Path) -> dict[str, Entity]:
    parsed = un.read(un_file)
    return {entity.source_id: entity for entity in parsed.entities}


def test_detects_and_states_its_version(un_file: Path) -> None:
    assert un.detect(un_file)
    parsed = un.read(un_file)
    assert parsed.format == "un-xml"
    assert parsed.source == "un-sc"
    assert parsed.version == "2026-02-27T00:00:09.554Z"
    assert parsed.published == "2026-02-27"
    assert un.read(un_file, source="un-test").source == "un-test"


def test_counts_by_schema(un_entities: dict[str, Entity]) -> None:
    counts = Counter(entity.schema for entity in un_entities.values())
    assert counts["Person"] == 730
    assert sum(counts.values()) - counts["Person"] == 273
    assert set(counts) <= {"Person", "Organization", "Company"}
    assert len(un_entities) == 1003  # reference numbers are unique


def test_every_entity_has_a_name_program_and_stable_id(un_entities: dict[str, Entity]) -> None:
    for source_id, entity in un_entities.items():
        assert entity.names, source_id
        assert entity.names[0].kind == "primary"
        assert entity.programs, source_id
        assert entity.entity_id == f"un-sc-{source_id.lower().replace('.', '-')}"


def test_person_with_original_script_and_low_alias(un_entities: dict[str, Entity]) -> None:
    saddam = un_entities["IQi.001"]
    assert saddam.schema == "Person"
    assert saddam.caption == "SADDAM HUSSEIN AL-TIKRITI"
    assert saddam.names[0].parts == {"first": "SADDAM", "second": "HUSSEIN", "third": "AL-TIKRITI"}
    original = [n for n in saddam.names if n.kind == "original_script"]
    assert original and original[0].script == "Arab"
    assert any(n.full == "Abu Ali" and n.quality == "low" and n.is_weak for n in saddam.names)
    assert saddam.birth_dates[0].start == "1937-04-28"
    assert saddam.nationalities == ["iq"]
    assert saddam.programs == ["Iraq"]
    assert saddam.listed_on == "2003-06-27"


def test_alias_qualities(un_entities: dict[str, Entity]) -> None:
    qualities = Counter((n.kind, n.quality) for e in un_entities.values() for n in e.names)
    assert qualities[("alias", "good")] > 1000
    assert qualities[("alias", "low")] > 500
    # Entity aliases are a.k.a. (no quality) or f.k.a. (formerly).
    assert qualities[("formerly", None)] > 0
    assert not any(n.full == "" for e in un_entities.values() for n in e.names)


def test_birth_date_ranges_and_circa(un_entities: dict[str, Entity]) -> None:
    dates = [d for e in un_entities.values() for d in e.birth_dates]
    ranges = [d for d in dates if d.precision == "range"]
    assert len(ranges) >= 31
    assert all(len(d.start) == 4 and d.start < d.end for d in ranges)
    assert any(d.circa for d in dates)
    omar = un_entities["TAi.004"]
    assert any(d.start == "1966" and d.circa for d in omar.birth_dates)


def test_passports_and_national_ids(un_entities: dict[str, Entity]) -> None:
    kinds = Counter(i.kind for e in un_entities.values() for i in e.identifiers)
    assert kinds["passport"] > 250
    assert kinds["national_id"] > 100
    passports = [i for e in un_entities.values() for i in e.identifiers if i.kind == "passport"]
    assert sum(1 for p in passports if p.country) > 200
    assert all(p.value for p in passports)


def test_entity_schema_addresses_and_aliases(un_entities: dict[str, Entity]) -> None:
    komid = un_entities["KPe.001"]
    assert komid.schema == "Company"  # "... CORPORATION"
    assert komid.addresses[0].city == "Pyongyang"
    assert komid.addresses[0].country == "kp"
    assert sum(1 for n in komid.names if n.kind == "alias") >= 3
    al_qaida = next(e for e in un_entities.values() if e.caption.upper().startswith("AL-QAIDA"))
    assert al_qaida.schema == "Organization"


def test_positions_titles_remarks(un_entities: dict[str, Entity]) -> None:
    assert any("Mullah" in e.titles for e in un_entities.values())
    assert sum(1 for e in un_entities.values() if e.positions) > 300
    assert un_entities["CDi.001"].remarks
    assert un_entities["CDi.001"].gender == "male"


def test_truncated_real_file_fails_while_streaming(un_file: Path, tmp_path: Path) -> None:
    cut = tmp_path / "consolidated.xml"
    cut.write_bytes(un_file.read_bytes()[:300_000])
    parsed = un.read(cut)  # the start is fine ...
    with pytest.raises(ListFormatError) as info:
        list(parsed.entities)  # ... the end is not
    message = str(info.value)
    assert "truncated" in message
    assert "<INDIVIDUAL> #" in message


def test_record_without_reference_number(tmp_path: Path) -> None:
    path = tmp_path / "list.xml"
    path.write_text(
        "<CONSOLIDATED_LIST><INDIVIDUALS><INDIVIDUAL><FIRST_NAME>X</FIRST_NAME></INDIVIDUAL>"
        "</INDIVIDUALS></CONSOLIDATED_LIST>",
        encoding="utf-8",
    )
    with pytest.raises(ListFormatError, match="REFERENCE_NUMBER"):
        list(un.read(path).entities)


def test_registry_detects_the_un_file(un_file: Path) -> None:
    from embargo.sources import detect_format

    assert detect_format(un_file) == "un-xml"


def test_names_written_together_are_read_apart(un_entities: dict[str, Entity]) -> None:
    """Aliases that hold a name in two scripts, or a list of spellings, give each name alone."""

    def names(source_id: str) -> set[tuple[str, str]]:
        return {(n.full, n.kind) for n in un_entities[source_id].names}

    assert {("Akrin Saleh Akrin", "alias"), ("أقرين صالح أقرين", "original_script")} <= names("LYi.004")
    ghul = {("حسن غول", "original_script"), ("Hassan Ghul", "alias"), ("Hasan Gul", "alias")}
    assert ghul <= names("QDi.306")
    assert {("Amir Khazmat", "alias"), ("Амир Хазмат", "original_script")} <= names("QDi.396")
    assert ("Encep Nurjaman", "alias") in names("QDi.087")  # "(birth name)" is a note
    every = [n.full for e in un_entities.values() for n in e.names]
    assert not [full for full in every if "original script" in full or "(birth name)" in full]
