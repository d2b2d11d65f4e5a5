"""FollowTheMoney JSON lines: reading OpenSanctions data, folding helper records, export round trip."""

from __future__ import annotations

import io
import json
from collections import Counter
from pathlib import Path

import pytest

from embargo.errors import ListFormatError
from embargo.model import Entity
from embargo.sources import eu, ftm, senzing, uk, un


@pytest.fixture
def relations_file(fixtures_dir: Path) -> Path:
    return fixtures_dir / "ftm" / "relations.ftm.json"


def _by_id(path: Path, source: str | None = None) -> dict[str, Entity]:
    return {e.source_id: e for e in ftm.read(path, source=source).entities}


# ---------------------------------------------------------------------------
# The real OpenSanctions sample
# ---------------------------------------------------------------------------


def test_sample_counts_and_detection(lists_dir: Path) -> None:
    path = lists_dir / "opensanctions" / "sample.ftm.json"
    assert ftm.detect(path)
    assert not senzing.detect(path)
    assert not un.detect(path)
    parsed = ftm.read(path)
    assert (parsed.format, parsed.source) == ("ftm-json", "opensanctions")
    entities = list(parsed.entities)
    # Seven lines: four people, two organisations and one Address record (not a party).
    assert Counter(e.schema for e in entities) == {"Person": 4, "Organization": 2}


def test_sample_spot_check(lists_dir: Path) -> None:
    entities = _by_id(lists_dir / "opensanctions" / "sample.ftm.json")
    kuzmenko = entities["NK-2Ka3UvopqbpZmVDFjWd4LA"]
    assert kuzmenko.caption == "Vitaly Yurievich KUZMENKO"
    assert kuzmenko.entity_id == "opensanctions-nk-2ka3uvopqbpzmvdfjwd4la"
    assert kuzmenko.birth_dates[0].start == "1971-01-22"
    assert kuzmenko.identifiers[0].kind == "tax_id" and kuzmenko.identifiers[0].value == "366510784303"
    assert kuzmenko.nationalities == ["ru"]
    assert kuzmenko.gender == "male"
    assert any(n.script == "Cyrl" and n.kind == "original_script" for n in kuzmenko.names)
    assert kuzmenko.properties["topics"] == ["sanction"]
    assert kuzmenko.properties["datasets"] == ["eu_fsf"]
    assert "eu-fsf-eu-11179-96" in kuzmenko.properties["referents"]
    tobacco = entities["NK-2GdmHtZTeNXjNVrBGEXZNj"]
    assert tobacco.caption == "RAB „Inter Tobacco“"
    assert tobacco.identifiers[0].kind == "registration"
    assert any(n.script == "Grek" for n in tobacco.names)


# ---------------------------------------------------------------------------
# Helper schemata folded into their parties
# ---------------------------------------------------------------------------


def test_helper_records_fold_into_parties(relations_file: Path) -> None:
    entities = _by_id(relations_file)
    assert Counter(e.schema for e in entities.values()) == {
        "Person": 2,
        "Company": 1,
        "Vessel": 1,
        "Aircraft": 1,
        "CryptoWallet": 1,
        "Organization": 1,  # PublicBody
    }
    company = entities["co-1"]
    assert company.programs == ["UKR"] and company.listed_on == "2023-06-23"
    assert company.addresses[0].city == "Saint Petersburg" and company.addresses[0].country == "ru"
    assert {i.label for i in company.identifiers} == {"innCode", "ogrnCode"}
    owner = [link for link in company.links if link.kind == "owned_or_controlled_by"]
    assert owner[0].target_name == "Ivan Petrovich Sidorenko"
    assert owner[0].target_id == "opensanctions-pers-1"
    assert owner[0].note == "51%"

    ivan = entities["pers-1"]
    assert ivan.programs == ["RUSSIA-EO14024"] and ivan.listed_on == "2022-04-06"
    passport = ivan.identifiers[0]
    assert (passport.kind, passport.value, passport.country) == ("passport", "720000001", "ru")
    assert ivan.links[0].kind == "family" and ivan.links[0].target_name == "Olga Sidorenko"
    kinds = {(n.full, n.kind, n.quality) for n in ivan.names}
    assert ("Vanya", "alias", "weak") in kinds and ("Ivan Petrov", "formerly", None) in kinds

    olga = entities["pers-2"]
    assert olga.positions == ["Member of the State Duma"]
    assert olga.identifiers[0].kind == "national_id" and olga.identifiers[0].country == "cy"
    assert olga.links[0].target_name == "somebody-not-in-file" and olga.links[0].target_id is None

    vessel = entities["vessel-1"]
    assert vessel.links[0].kind == "owner" and vessel.links[0].target_name == "Arctic Tanker Shipping JSC"
    assert {i.kind for i in vessel.identifiers} == {"imo", "mmsi"}
    assert vessel.properties["vessel_flag"] == ["ga"]
    plane = entities["plane-1"]
    assert {i.kind for i in plane.identifiers} == {"aircraft_tail", "aircraft_serial"}
    assert entities["wallet-1"].identifiers[0].kind == "crypto"


# ---------------------------------------------------------------------------
# Export and read back
# ---------------------------------------------------------------------------


def _projection(entity: Entity) -> dict:
    """What must survive an FtM round trip (FtM has no circa, ranges or name qualities)."""
    same_kind = {"other": "national_id", "driving_licence": "national_id"}
    return {
        "schema": entity.schema,
        "caption": entity.caption,
        "names": sorted(
            (n.full, n.kind, "weak" if n.is_weak and n.kind == "alias" else None, n.script)
            for n in entity.names
        ),
        "dates": sorted({iso for d in entity.birth_dates for iso in (d.start, d.end)}),
        "birth_places": sorted(entity.birth_places),
        "gender": entity.gender,
        "nationalities": sorted(entity.nationalities),
        "citizenships": sorted(entity.citizenships),
        "countries": sorted(set(entity.countries)),
        "addresses": sorted((a.full, a.city or "", a.country or "") for a in entity.addresses),
        "identifiers": sorted(
            (same_kind.get(i.kind, i.kind), i.normalized, i.country or "") for i in entity.identifiers
        ),
        "programs": sorted(entity.programs),
        "listed_on": entity.listed_on,
        "titles": sorted(entity.titles),
        "positions": sorted(entity.positions),
        "remarks": sorted(entity.remarks),
        "links": sorted(
            (
                "owned_or_controlled_by" if (link.kind == "owner" and not link.target_id) else link.kind,
                link.target_name,
            )
            for link in entity.links
        ),
    }


def _round_trip(entities: list[Entity], tmp_path: Path) -> dict[str, Entity]:
    buffer = io.StringIO()
    assert ftm.export_entities(entities, buffer) == len(entities)
    path = tmp_path / "export.ftm.json"
    path.write_text(buffer.getvalue(), encoding="utf-8")
    assert ftm.detect(path)
    return _by_id(path, source="reimport")


def test_round_trip_of_ftm_entities(relations_file: Path, tmp_path: Path) -> None:
    original = list(ftm.read(relations_file).entities)
    back = _round_trip(original, tmp_path)
    assert len(back) == len(original)
    for entity in original:
        again = back[entity.entity_id]
        assert _projection(again) == _projection(entity), entity.entity_id
        assert again.entity_id == f"reimport-{entity.entity_id}"


def test_round_trip_of_official_lists(fixtures_dir: Path, lists_dir: Path, tmp_path: Path) -> None:
    original = list(eu.read(fixtures_dir / "eu" / "fsf_sample.xml").entities)
    original += list(uk.read(fixtures_dir / "uk" / "uk_sanctions_list.xml").entities)
    original += list(un.read(lists_dir / "un" / "consolidated.xml").entities)
    back = _round_trip(original, tmp_path)
    assert len(back) == len(original)
    for entity in original:
        assert _projection(back[entity.entity_id]) == _projection(entity), entity.entity_id


def test_export_lines_are_ftm(tmp_path: Path, relations_file: Path) -> None:
    buffer = io.StringIO()
    ftm.export_entities(ftm.read(relations_file).entities, buffer)
    records = [json.loads(line) for line in buffer.getvalue().splitlines()]
    parties = [r for r in records if r["schema"] in ftm.PARTY_SCHEMATA]
    assert len(parties) == 7
    for record in records:
        assert set(record) >= {"id", "schema", "properties", "datasets"}
        assert all(isinstance(v, list) for v in record["properties"].values())
    assert {r["schema"] for r in records} >= {"Airplane", "Sanction", "Ownership", "Family", "Address"}
    assert all("referents" in r and "caption" in r for r in parties)


# ---------------------------------------------------------------------------
# Bad input
# ---------------------------------------------------------------------------


def _write(tmp_path: Path, content: str | bytes) -> Path:
    path = tmp_path / "data.ftm.json"
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    else:
        path.write_bytes(content)
    return path


GOOD = '{"id": "p1", "schema": "Person", "properties": {"name": ["Jane Roe"]}}\n'


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", "empty"),
        (b"\n\n  \n", "empty"),
        (b"<!DOCTYPE html><html><body>Bad Gateway</body></html>", "HTML"),
        (b"\x00\x01\x02binary\x00", "binary"),
        (b"[1, 2, 3]\n", "not a JSON object"),
        (b'{"RECORD_ID": "1", "NAMES": []}\n', "no 'schema'"),
    ],
    ids=["zero-bytes", "blank", "html", "binary", "array", "senzing"],
)
def test_bad_files_are_refused(tmp_path: Path, content: bytes, expected: str) -> None:
    path = _write(tmp_path, content)
    assert not ftm.detect(path)
    with pytest.raises(ListFormatError, match=expected):
        ftm.read(path)


@pytest.mark.parametrize(
    ("bad_line", "expected"),
    [
        ("[1, 2]", "expected a JSON object"),
        ('"just a string"', "expected a JSON object"),
        ('{"id": "p2", "schema": "Person", "properties": {"name": ["cut', "invalid JSON"),
        ('{"schema": "Person", "properties": {}}', "without a string 'id'"),
        ('{"id": "p3", "schema": "Person", "properties": ["x"]}', "'properties' is not an object"),
    ],
)
def test_bad_line_names_its_number(tmp_path: Path, bad_line: str, expected: str) -> None:
    path = _write(tmp_path, GOOD + "\n" + bad_line + "\n" + GOOD)
    parsed = ftm.read(path)
    with pytest.raises(ListFormatError, match=expected) as info:
        list(parsed.entities)
    assert info.value.location == "line 3"
    assert str(path) in str(info.value)


def test_invalid_utf8_line(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        GOOD.encode()
        + '{"id": "x", "schema": "Person", "properties": {"name": ["Müller"]}}\n'.encode("latin-1"),
    )
    with pytest.raises(ListFormatError, match="UTF-8") as info:
        list(ftm.read(path).entities)
    assert info.value.location == "line 2"


def test_unknown_schemata_are_skipped(tmp_path: Path) -> None:
    path = _write(tmp_path, GOOD + '{"id": "d1", "schema": "Document", "properties": {"title": ["x"]}}\n')
    assert [e.source_id for e in ftm.read(path).entities] == ["p1"]


@pytest.mark.slow
def test_huge_file_streams(tmp_path: Path) -> None:
    """200,000 lines are read line by line (the test checks it completes and counts right)."""
    path = tmp_path / "huge.ftm.json"
    with path.open("w", encoding="utf-8") as handle:
        for i in range(200_000):
            schema = "Person" if i % 2 else "Company"
            handle.write(
                json.dumps(
                    {
                        "id": f"e{i}",
                        "schema": schema,
                        "properties": {"name": [f"Name {i}"], "country": ["ru"]},
                    }
                )
                + "\n"
            )
    entities = ftm.read(path).entities
    assert not isinstance(entities, list)
    count = 0
    for entity in entities:
        count += 1
        assert entity.names
    assert count == 200_000
