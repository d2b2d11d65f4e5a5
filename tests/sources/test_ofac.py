"""The OFAC legacy CSV reader: the real SDN and consolidated sets, a written fixture, and bad input."""

from __future__ import annotations

import collections
import shutil
from pathlib import Path

import pytest

from embargo.errors import ListFormatError
from embargo.model import Entity
from embargo.sources import detect_format, ofac, read_list


@pytest.fixture(scope="module")
def sdn_2023(lists_dir: Path) -> dict[str, Entity]:
    parsed = ofac.read(lists_dir / "ofac-sdn-2023")
    return {e.source_id: e for e in parsed.entities}


# ---------------------------------------------------------------------------
# Real files
# ---------------------------------------------------------------------------


def test_sdn_2023_counts(sdn_2023: dict[str, Entity]) -> None:
    assert len(sdn_2023) == 11443
    assert sum("RUSSIA-EO14024" in e.programs for e in sdn_2023.values()) == 1843
    schemas = collections.Counter(e.schema for e in sdn_2023.values())
    assert schemas["Person"] > 5000 and schemas["Vessel"] > 500 and schemas["Aircraft"] > 200
    assert schemas["Company"] > 0 and schemas["Organization"] > 0


def test_putin(sdn_2023: dict[str, Entity]) -> None:
    putin = sdn_2023["35096"]
    assert putin.entity_id == "ofac-sdn-35096"
    assert putin.schema == "Person"
    assert putin.caption == "PUTIN, Vladimir Vladimirovich"
    assert putin.names[0].parts == {"last": "PUTIN", "first": "Vladimir Vladimirovich"}
    aliases = [(n.full, n.quality) for n in putin.names if n.kind == "alias"]
    assert ("PUTIN, Vladimir", "strong") in aliases
    assert [d.start for d in putin.birth_dates] == ["1952-10-07"]
    assert putin.birth_places == ["Leningrad, Russia"]
    assert putin.nationalities == ["ru"]
    assert putin.gender == "male"
    assert putin.programs == ["RUSSIA-EO14024"]
    assert len(putin.addresses) == 4
    assert {a.country for a in putin.addresses} == {"ru"}
    linked = [e for e in sdn_2023.values() if any(link.target_id == putin.entity_id for link in e.links)]
    assert linked, "entries 'Linked To: PUTIN, Vladimir Vladimirovich' resolve to his entity"


def test_last_record_before_eof_byte(sdn_2023: dict[str, Entity], lists_dir: Path) -> None:
    # The 2023 file ends with 0x1A padded by commas; the record before it is read whole.
    raw = (lists_dir / "ofac-sdn-2023" / "sdn.csv").read_bytes()
    assert b"\x1a" in raw[-20:]
    last_line = raw.split(b"\x1a")[0].rstrip(b"\r\n").rsplit(b"\n", 1)[-1]
    last_id = last_line.split(b",", 1)[0].decode()
    assert last_id in sdn_2023
    assert sdn_2023[last_id].caption


def test_vessel_with_imo(sdn_2023: dict[str, Entity]) -> None:
    vessels = [e for e in sdn_2023.values() if e.schema == "Vessel"]
    with_imo = [v for v in vessels if any(i.kind == "imo" and len(i.value) == 7 for i in v.identifiers)]
    assert len(with_imo) > 400
    assert any(v.properties.get("vessel_flag") for v in with_imo)
    assert any(i.kind == "call_sign" for v in vessels for i in v.identifiers)


def test_company_with_swift(sdn_2023: dict[str, Entity]) -> None:
    banks = [e for e in sdn_2023.values() if any(i.kind == "swift_bic" for i in e.identifiers)]
    assert len(banks) > 100
    assert all(e.schema != "Person" for e in banks)


def test_weak_aliases(sdn_2023: dict[str, Entity]) -> None:
    bnc = sdn_2023["306"]  # BANCO NACIONAL DE CUBA, remarks "a.k.a. 'BNC'."
    assert ("BNC", "alias", "weak") in [(n.full, n.kind, n.quality) for n in bnc.names]
    assert ("NATIONAL BANK OF CUBA", "alias", "strong") in [(n.full, n.kind, n.quality) for n in bnc.names]


def test_links_resolve(sdn_2023: dict[str, Entity]) -> None:
    links = [link for e in sdn_2023.values() for link in e.links if link.kind == "linked_to"]
    assert len(links) > 4000
    resolved = [link for link in links if link.target_id]
    assert len(resolved) / len(links) > 0.99
    assert all(link.target_id.startswith("ofac-sdn-") for link in resolved)


def test_schema_of_untyped_entries(sdn_2023: dict[str, Entity]) -> None:
    assert sdn_2023["173"].schema == "Company"  # ANGLO-CARIBBEAN CO., LTD.
    assert sdn_2023["480"].schema == "Company"  # CECOEX, S.A.
    assert sdn_2023["306"].schema == "Organization"  # BANCO NACIONAL DE CUBA


def test_sdn_2021_with_comments(lists_dir: Path) -> None:
    parsed = ofac.read(lists_dir / "ofac-sdn-2021" / "alt.csv")  # any file of the set names the set
    entities = {e.source_id: e for e in parsed.entities}
    assert len(entities) == 8976
    assert parsed.source == "ofac-sdn"
    assert any(p.name == "sdn_comments.csv" for p in parsed.files)
    # 28264's remarks continue in sdn_comments.csv: the clauses read from there are facts too.
    continued = entities["28264"]
    assert any(link.target_name == "LAZARUS GROUP" for link in continued.links)
    assert {"blackjack1987", "khaleesi"} <= {n.full for n in continued.names if n.quality == "weak"}


def test_consolidated_set(lists_dir: Path) -> None:
    parsed = ofac.read(lists_dir / "ofac-non-sdn-2021")
    assert parsed.source == "ofac-cons"
    # The file holds 442 records (the data README says 441).
    assert len(parsed.entities) == 442
    assert all(e.entity_id.startswith("ofac-cons-") for e in parsed.entities)


def test_detection_of_real_sets(lists_dir: Path) -> None:
    for name in ("ofac-sdn-2023", "ofac-sdn-2021", "ofac-non-sdn-2021"):
        assert ofac.detect(lists_dir / name)
        assert detect_format(lists_dir / name) == "ofac-csv"
    assert ofac.detect(lists_dir / "ofac-sdn-2023" / "sdn.csv")
    for other in (
        "us-csl/csl.csv",
        "bis-dpl/dpl.txt",
        "un/consolidated.xml",
        "opensanctions/sample.ftm.json",
    ):
        assert not ofac.detect(lists_dir / other)


# ---------------------------------------------------------------------------
# The written fixture (quoted and unquoted fields, cp1252, 0x1A, comments)
# ---------------------------------------------------------------------------


@pytest.fixture
def fixture_set(fixtures_dir: Path) -> dict[str, Entity]:
    parsed = read_list(fixtures_dir / "ofac" / "sdn")
    assert parsed.format == "ofac-csv"
    return {e.source_id: e for e in parsed.entities}


def test_fixture_person(fixture_set: dict[str, Entity]) -> None:
    person = fixture_set["10001"]
    assert person.programs == ["RUSSIA-EO14024", "UKRAINE-EO13661"]
    assert person.titles == ["Director of Example Works"]
    assert [d.start for d in person.birth_dates] == ["1961-02-01", "1962"]
    assert [(i.kind, i.value, i.country, i.note) for i in person.identifiers] == [
        ("passport", "7100001", "ru", "expires 2020"),
        ("tax_id", "770000000001", "ru", None),
    ]
    assert [(n.full, n.quality) for n in person.names[1:]] == [("EXAMPLE, Ivan", "strong"), ("VANYA", "weak")]
    assert person.links[0].target_id == "ofac-sdn-10002"


def test_fixture_vessel_and_owner(fixture_set: dict[str, Entity]) -> None:
    vessel = fixture_set["10003"]
    assert vessel.schema == "Vessel"
    assert {(i.kind, i.value) for i in vessel.identifiers} == {
        ("call_sign", "9BXX1"),
        ("imo", "9000001"),
        ("mmsi", "422000001"),
    }
    assert vessel.properties["vessel_type"] == ["Crude Oil Tanker"]
    assert vessel.properties["tonnage"] == ["150,000"]
    assert vessel.properties["vessel_flag"] == ["ir"]
    owner = [link for link in vessel.links if link.kind == "owner"][0]
    assert owner.target_id == "ofac-sdn-10004"


def test_fixture_comments_and_encoding(fixture_set: dict[str, Entity]) -> None:
    # "Linked To: SEA EXAM" + comments "PLE." -> SEA EXAMPLE
    shipping = fixture_set["10004"]
    assert shipping.schema == "Organization"
    assert [link.target_id for link in shipping.links] == [
        "ofac-sdn-10001",
        "ofac-sdn-10002",
        "ofac-sdn-10003",
    ]
    assert fixture_set["10005"].caption == "CAFÉ EXAMPLE"  # cp1252
    assert fixture_set["10005"].addresses == []  # an all-empty address row
    assert fixture_set["10002"].schema == "Company"
    assert [n.kind for n in fixture_set["10002"].names] == ["primary", "formerly"]


def test_utf8_and_quoted_or_not(tmp_path: Path) -> None:
    (tmp_path / "sdn.csv").write_text(
        '1,"ŁÓDŹ TRADING, S.A.",-0- ,"CUBA",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \n'
        "2,PLAIN NAME,individual,CUBA,-0-,-0-,-0-,-0-,-0-,-0-,-0-,DOB 1950\n",
        encoding="utf-8",
    )
    entities = ofac.read(tmp_path / "sdn.csv").entities
    assert [e.caption for e in entities] == ["ŁÓDŹ TRADING, S.A.", "PLAIN NAME"]
    assert entities[1].birth_dates[0].start == "1950"


# ---------------------------------------------------------------------------
# Bad input: one clear ListFormatError naming the file and the line
# ---------------------------------------------------------------------------

GOOD_ROW = "1,NAME,-0- ,CUBA,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \n"


def _write_set(folder: Path, sdn: bytes | str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "sdn.csv"
    if isinstance(sdn, str):
        path.write_text(sdn, encoding="utf-8")
    else:
        path.write_bytes(sdn)
    return path


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty"),
        (b"  \r\n\r\n", "empty"),
        (b"\x00\x01\x02PK\x03\x04" * 100, "binary"),
        (b"1,\x81\x8d\x8f\x90\x9d,-0-", "not valid"),
        (b"<!DOCTYPE html><html><body>503 Service Unavailable</body></html>", "HTML"),
    ],
)
def test_unreadable_files(tmp_path: Path, content: bytes, message: str) -> None:
    path = _write_set(tmp_path, content)
    with pytest.raises(ListFormatError, match=message) as info:
        ofac.read(path)
    assert str(path) in str(info.value)
    assert info.value.location == "line 1"


def test_wrong_column_count_names_the_line(tmp_path: Path) -> None:
    path = _write_set(tmp_path, GOOD_ROW + GOOD_ROW.replace("1,", "2,", 1) + "3,NAME,-0- ,CUBA\n")
    with pytest.raises(ListFormatError, match="expected 12 columns, found 4") as info:
        ofac.read(path)
    assert info.value.location == "line 3"


def test_truncated_file(tmp_path: Path) -> None:
    path = _write_set(tmp_path, GOOD_ROW + '2,"TRUNCATED NAME, IN THE MIDDLE OF A QUO')
    with pytest.raises(ListFormatError, match="columns") as info:
        ofac.read(path)
    assert info.value.location == "line 2"


def test_eof_byte_in_the_middle(tmp_path: Path) -> None:
    path = _write_set(tmp_path, GOOD_ROW + "\x1a" + GOOD_ROW.replace("1,", "2,", 1))
    with pytest.raises(ListFormatError, match="0x1A") as info:
        ofac.read(path)
    assert info.value.location == "line 2"


def test_entry_number_not_a_number(tmp_path: Path) -> None:
    path = _write_set(tmp_path, GOOD_ROW.replace("1,", "X1,", 1))
    with pytest.raises(ListFormatError, match="not a number") as info:
        ofac.read(path)
    assert info.value.location == "line 1"


def test_unknown_type_and_duplicates(tmp_path: Path) -> None:
    path = _write_set(tmp_path, GOOD_ROW.replace("-0- ,CUBA", "spaceship,CUBA", 1))
    with pytest.raises(ListFormatError, match="unknown SDN type"):
        ofac.read(path)
    path = _write_set(tmp_path, GOOD_ROW + GOOD_ROW)
    with pytest.raises(ListFormatError, match="appears twice") as info:
        ofac.read(path)
    assert info.value.location == "line 2"


def test_huge_remarks_field(tmp_path: Path) -> None:
    path = _write_set(tmp_path, GOOD_ROW.replace(",-0- \n", ',"' + "x" * 300_000 + '"\n'))
    with pytest.raises(ListFormatError, match="line 1|field"):
        ofac.read(path)


def test_bad_alt_file_names_its_own_line(tmp_path: Path) -> None:
    _write_set(tmp_path, GOOD_ROW)
    (tmp_path / "alt.csv").write_text('1,1,"aka","OTHER",-0- \n1,2,"aka"\n', encoding="utf-8")
    with pytest.raises(ListFormatError, match="expected 5 columns") as info:
        ofac.read(tmp_path)
    assert info.value.path.endswith("alt.csv") and info.value.location == "line 2"


def test_other_formats_are_not_ofac(tmp_path: Path, lists_dir: Path) -> None:
    for other in ("us-csl/csl.csv", "bis-dpl/dpl.txt"):
        copy = tmp_path / "sdn.csv"
        shutil.copy(lists_dir / other, copy)
        assert not ofac.detect(copy)
        with pytest.raises(ListFormatError):
            ofac.read(copy)
    with pytest.raises(ListFormatError, match="not an OFAC"):
        ofac.read(lists_dir / "us-csl" / "csl.csv")


def test_folder_without_a_set(tmp_path: Path) -> None:
    assert not ofac.detect(tmp_path)
    with pytest.raises(ListFormatError, match="no OFAC"):
        ofac.read(tmp_path)
    with pytest.raises(ListFormatError, match="no such"):
        ofac.read(tmp_path / "missing")


def test_detect_never_raises(tmp_path: Path) -> None:
    (tmp_path / "weird.csv").write_bytes(b"\xff\xfe\x00\x00garbage")
    assert ofac.detect(tmp_path / "weird.csv") is False
    assert ofac.detect(tmp_path / "nothing-here") is False


def test_header_row_of_third_party_copies_is_skipped(tmp_path: Path) -> None:
    header = "ent_num,SDN_Name,SDN_Type,Program,Title,Call_Sign,Vess_type,Tonnage,GRT,Vess_flag,Vess_owner,"
    header += "Remarks\n"
    _write_set(tmp_path, header + GOOD_ROW)
    assert ofac.detect(tmp_path)
    [entity] = ofac.read(tmp_path).entities
    assert entity.caption == "NAME"


def test_bad_encoding_names_the_line(tmp_path: Path) -> None:
    # Valid in neither UTF-8 nor cp1252 (0x81 is undefined in cp1252), on the third line.
    path = _write_set(tmp_path, (GOOD_ROW * 2).encode() + b"3,BAD \x81 NAME,-0-\n")
    with pytest.raises(ListFormatError, match="not valid") as info:
        ofac.read(path)
    assert info.value.location == "line 3"
