"""Hostile and broken XML against every XML reader: refused with a clear ListFormatError."""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

import pytest

from embargo.errors import ListFormatError
from embargo.sources import eu, uk, un

UN_DOC = """<?xml version="1.0" encoding="UTF-8"?>
<CONSOLIDATED_LIST dateGenerated="2026-01-01T00:00:00Z"><INDIVIDUALS>
<INDIVIDUAL><FIRST_NAME>JOHN</FIRST_NAME><SECOND_NAME>{payload}</SECOND_NAME>
<UN_LIST_TYPE>DRC</UN_LIST_TYPE><REFERENCE_NUMBER>CDi.900</REFERENCE_NUMBER></INDIVIDUAL>
</INDIVIDUALS><ENTITIES/></CONSOLIDATED_LIST>
"""
EU_DOC = """<?xml version="1.0" encoding="UTF-8"?>
<export xmlns="http://eu.europa.eu/fpi/fsd/export" generationDate="2024-01-01T00:00:00">
<sanctionEntity logicalId="1"><subjectType code="person"/>
<nameAlias wholeName="John {payload}" strong="true"/><remark>{payload}</remark></sanctionEntity>
</export>
"""
UK_DOC = """<?xml version="1.0" encoding="utf-8"?>
<Designations><Designation><UniqueID>RUS9999</UniqueID><IndividualEntityShip>Individual</IndividualEntityShip>
<Names><Name><Name1>John</Name1><Name6>{payload}</Name6><NameType>Primary Name</NameType></Name></Names>
</Designation></Designations>
"""

READERS: list[tuple[ModuleType, str]] = [(un, UN_DOC), (eu, EU_DOC), (uk, UK_DOC)]
IDS = ["un", "eu", "uk"]

BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol9 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
]>
"""


def _write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    else:
        path.write_bytes(content)
    return path


def _consume(module: ModuleType, path: Path) -> list:
    return list(module.read(path).entities)


def _with_doctype(doc: str, doctype: str, payload: str) -> str:
    body = doc.format(payload=payload).split("\n", 1)[1]
    return doctype + body


@pytest.mark.parametrize(("module", "doc"), READERS, ids=IDS)
def test_valid_minimal_document_reads(tmp_path: Path, module: ModuleType, doc: str) -> None:
    path = _write(tmp_path, "list.xml", doc.format(payload="SMITH"))
    assert module.detect(path)
    entities = _consume(module, path)
    assert len(entities) == 1
    assert "SMITH" in entities[0].names[0].full


@pytest.mark.parametrize(("module", "doc"), READERS, ids=IDS)
def test_billion_laughs_is_refused(tmp_path: Path, module: ModuleType, doc: str) -> None:
    path = _write(tmp_path, "bomb.xml", _with_doctype(doc, BILLION_LAUGHS, "&lol9;"))
    with pytest.raises(ListFormatError) as info:
        _consume(module, path)
    assert "refused" in str(info.value)
    assert str(path) in str(info.value)


@pytest.mark.parametrize(("module", "doc"), READERS, ids=IDS)
def test_external_entity_is_refused_and_not_read(tmp_path: Path, module: ModuleType, doc: str) -> None:
    secret = _write(tmp_path, "secret.txt", "TOP-SECRET-CONTENT")
    doctype = f'<?xml version="1.0"?>\n<!DOCTYPE x [ <!ENTITY xxe SYSTEM "file://{secret}"> ]>\n'
    path = _write(tmp_path, "xxe.xml", _with_doctype(doc, doctype, "&xxe;"))
    with pytest.raises(ListFormatError) as info:
        _consume(module, path)
    assert "refused" in str(info.value)
    assert "TOP-SECRET" not in str(info.value)


@pytest.mark.parametrize(("module", "doc"), READERS, ids=IDS)
def test_external_dtd_is_refused(tmp_path: Path, module: ModuleType, doc: str) -> None:
    doctype = '<?xml version="1.0"?>\n<!DOCTYPE x SYSTEM "http://example.invalid/evil.dtd">\n'
    path = _write(tmp_path, "dtd.xml", _with_doctype(doc, doctype, "SMITH"))
    with pytest.raises(ListFormatError, match="refused"):
        _consume(module, path)


@pytest.mark.parametrize(("module", "doc"), READERS, ids=IDS)
def test_truncated_xml_fails_with_location(tmp_path: Path, module: ModuleType, doc: str) -> None:
    text = doc.format(payload="SMITH")
    path = _write(tmp_path, "cut.xml", text[: int(len(text) * 0.7)])
    with pytest.raises(ListFormatError) as info:
        _consume(module, path)
    message = str(info.value)
    assert str(path) in message
    assert "line" in message
    assert "truncated" in message or "not well-formed" in message


@pytest.mark.parametrize(("module", "doc"), READERS, ids=IDS)
@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", "empty"),
        (b"   \n\n", "empty"),
        (b"<!DOCTYPE html><html><body>503 Service Unavailable</body></html>", "HTML"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary"),
    ],
    ids=["zero-bytes", "blank", "html", "binary"],
)
def test_not_xml_at_all(tmp_path: Path, module: ModuleType, doc: str, content: bytes, expected: str) -> None:
    path = _write(tmp_path, "bad.xml", content)
    assert not module.detect(path)
    with pytest.raises(ListFormatError, match=expected):
        module.read(path)


@pytest.mark.parametrize(("module", "doc"), READERS, ids=IDS)
def test_wrong_encoding_is_reported(tmp_path: Path, module: ModuleType, doc: str) -> None:
    # Declared UTF-8 but written in Latin-1: the accented byte is not valid UTF-8.
    path = _write(tmp_path, "latin1.xml", doc.format(payload="MÜLLER").encode("latin-1"))
    with pytest.raises(ListFormatError) as info:
        _consume(module, path)
    assert "line" in str(info.value)
    assert "not well-formed" in str(info.value)


@pytest.mark.parametrize(("module", "doc"), READERS, ids=IDS)
def test_other_lists_are_not_claimed(tmp_path: Path, module: ModuleType, doc: str) -> None:
    for other, other_doc in READERS:
        if other is module:
            continue
        path = _write(tmp_path, f"{other.FORMAT}.xml", other_doc.format(payload="SMITH"))
        assert not module.detect(path)
        with pytest.raises(ListFormatError, match="root element"):
            module.read(path)


@pytest.mark.parametrize(("module", "doc"), READERS, ids=IDS)
def test_json_file_is_not_xml(tmp_path: Path, module: ModuleType, doc: str) -> None:
    path = _write(tmp_path, "data.json", '{"id": "x", "schema": "Person", "properties": {}}\n')
    assert not module.detect(path)
    with pytest.raises(ListFormatError):
        _consume(module, path)


def test_detect_never_raises_on_a_folder_or_missing_file(tmp_path: Path) -> None:
    for module, _ in READERS:
        assert module.detect(tmp_path) is False
        assert module.detect(tmp_path / "missing.xml") is False


def test_large_document_streams(tmp_path: Path) -> None:
    """A UN-layout file with 20,000 records parses record by record."""
    path = tmp_path / "big.xml"
    with path.open("w", encoding="utf-8") as handle:
        handle.write('<?xml version="1.0"?>\n<CONSOLIDATED_LIST dateGenerated="2026-01-01"><INDIVIDUALS>\n')
        for i in range(20_000):
            handle.write(
                f"<INDIVIDUAL><FIRST_NAME>PERSON</FIRST_NAME><SECOND_NAME>NUMBER {i}</SECOND_NAME>"
                f"<UN_LIST_TYPE>X</UN_LIST_TYPE><REFERENCE_NUMBER>XXi.{i:05d}</REFERENCE_NUMBER></INDIVIDUAL>\n"
            )
        handle.write("</INDIVIDUALS></CONSOLIDATED_LIST>\n")
    count = sum(1 for _ in un.read(path).entities)
    assert count == 20_000


def test_registry_picks_the_right_reader(fixtures_dir: Path) -> None:
    from embargo.sources import detect_format, read_list

    assert detect_format(fixtures_dir / "eu" / "fsf_sample.xml") == "eu-xml"
    assert detect_format(fixtures_dir / "uk" / "uk_sanctions_list.xml") == "uk-xml"
    assert detect_format(fixtures_dir / "ftm" / "relations.ftm.json") == "ftm-json"
    parsed = read_list(fixtures_dir / "uk" / "uk_sanctions_list.xml", "uk-xml")
    assert parsed.source == "uk-fcdo"
