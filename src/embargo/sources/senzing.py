"""Reader for Senzing entity-specification JSON lines (as OpenSanctions exports them).

One record per line: ``DATA_SOURCE``, ``RECORD_ID`` (the source_id),
``RECORD_TYPE`` (PERSON, ORGANIZATION, VESSEL, ...), ``NAMES``, ``DATES``,
``COUNTRIES``, ``ADDRESSES``, ``IDENTIFIERS``, ``RISKS`` and the like. Attributes
may also sit at the top level of the record (flat Senzing style), so both are read.

OpenSanctions PEP exports also hold records without a RECORD_TYPE that stand for
a political position ("United States senator"), pointed to by the people holding
it through an "Occupancy" relationship. Those become the people's ``positions``
rather than entities of their own, which needs a first pass over the file.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from embargo.errors import ListFormatError
from embargo.model import Address, Entity, Identifier, IdentifierKind, SchemaName, make_entity_id
from embargo.sources.base import ParsedList
from embargo.sources.common import add_name, append_unique, gender, join, make_name, organisation_schema
from embargo.sources.countries import country_code
from embargo.sources.dates import parse_date
from embargo.sources.jsonlines import check_head, first_object, iter_objects, strings

FORMAT = "senzing-json"
DEFAULT_SOURCE = "senzing"

_RECORD_TYPES: dict[str, SchemaName] = {
    "PERSON": "Person",
    "ORGANIZATION": "Organization",
    "ORGANISATION": "Organization",
    "COMPANY": "Company",
    "VESSEL": "Vessel",
    "AIRCRAFT": "Aircraft",
}

#: Senzing identifier attribute -> (identifier kind, the attribute holding its country).
_ID_ATTRS: dict[str, tuple[IdentifierKind, str | None]] = {
    "PASSPORT_NUMBER": ("passport", "PASSPORT_COUNTRY"),
    "NATIONAL_ID_NUMBER": ("national_id", "NATIONAL_ID_COUNTRY"),
    "TAX_ID_NUMBER": ("tax_id", "TAX_ID_COUNTRY"),
    "SSN_NUMBER": ("ssn", None),
    "DRIVERS_LICENSE_NUMBER": ("driving_licence", "DRIVERS_LICENSE_STATE"),
    "LEI_NUMBER": ("lei", None),
    "DUNS_NUMBER": ("registration", None),
    "NPI_NUMBER": ("other", None),
    "ACCOUNT_NUMBER": ("other", None),
    "SWIFT_BIC": ("swift_bic", None),
    "IMO_NUMBER": ("imo", None),
    "MMSI_NUMBER": ("mmsi", None),
    "CRYPTO_WALLET_ADDRESS": ("crypto", None),
}

_NAME_PART_KEYS = ("NAME_FIRST", "NAME_MIDDLE", "NAME_LAST")


def detect(path: Path) -> bool:
    """True for Senzing JSON lines: the first object has DATA_SOURCE/RECORD_ID and Senzing attributes."""
    try:
        if not path.is_file():
            return False
        data = first_object(path)
        if not data:
            return False
        return ("RECORD_ID" in data or "DATA_SOURCE" in data) and any(
            key in data for key in ("NAMES", "RECORD_TYPE", "NAME_FULL", "NAME_ORG", "NAME_LAST")
        )
    except Exception:
        return False


def read(path: Path, source: str | None = None) -> ParsedList:
    """Read a Senzing JSON-lines file; the source defaults to its DATA_SOURCE, lower-cased."""
    path = Path(path)
    check_head(path)
    data = first_object(path)
    if data is None or "RECORD_ID" not in data:
        raise ListFormatError(path, "first line is not a Senzing record (no RECORD_ID)", "line 1")
    src = source
    if src is None:
        data_source = data.get("DATA_SOURCE")
        src = data_source.strip().lower() if isinstance(data_source, str) else None
        src = src or DEFAULT_SOURCE
    return ParsedList(format=FORMAT, source=src, files=[path], entities=_entities(path, src))


def _items(record: dict[str, Any], key: str) -> list[dict[str, Any]]:
    """The objects of a Senzing list attribute, plus the record itself for flat attributes."""
    value = record.get(key)
    items = [item for item in value if isinstance(item, dict)] if isinstance(value, list) else []
    return [*items, record]


def _is_position(record: dict[str, Any]) -> bool:
    """A typeless record that other records point at (an OpenSanctions position)."""
    if record.get("RECORD_TYPE"):
        return False
    relationships = record.get("RELATIONSHIPS")
    return isinstance(relationships, list) and any(
        isinstance(r, dict) and r.get("REL_ANCHOR_KEY") for r in relationships
    )


def _record_name(record: dict[str, Any]) -> str | None:
    for item in _items(record, "NAMES"):
        value = item.get("NAME_FULL") or item.get("NAME_ORG")
        if isinstance(value, str) and value.strip():
            return value.strip()
    return None


def _entities(path: Path, source: str) -> Iterator[Entity]:
    positions: dict[str, str] = {}
    for _, record in iter_objects(path):
        if _is_position(record):
            name = _record_name(record)
            for rel in record.get("RELATIONSHIPS") or []:
                if isinstance(rel, dict) and rel.get("REL_ANCHOR_KEY") and name:
                    positions[str(rel["REL_ANCHOR_KEY"])] = name
    for number, record in iter_objects(path):
        if _is_position(record):
            continue
        record_id = record.get("RECORD_ID")
        if not isinstance(record_id, (str, int)) or not str(record_id).strip():
            raise ListFormatError(path, "record has no RECORD_ID", f"line {number}")
        try:
            yield _record(record, source, str(record_id).strip(), positions)
        except (ValueError, TypeError, KeyError, AttributeError, IndexError) as exc:
            raise ListFormatError(path, f"cannot read record {record_id}: {exc}", f"line {number}") from exc


def _record(record: dict[str, Any], source: str, record_id: str, positions: dict[str, str]) -> Entity:
    record_type = str(record.get("RECORD_TYPE") or "").upper()
    names = [
        (item, str(item.get("NAME_ORG") or item.get("NAME_FULL") or "").strip())
        for item in _items(record, "NAMES")
    ]
    schema: SchemaName = _RECORD_TYPES.get(record_type, "LegalEntity")
    if schema == "Organization":
        schema = organisation_schema([n for _, n in names if n])
    entity = Entity(
        entity_id=make_entity_id(source, record_id),
        source=source,
        source_id=record_id,
        schema=schema,
    )
    for item, full in names:
        parts = {key.removeprefix("NAME_").lower(): str(item.get(key) or "") for key in _NAME_PART_KEYS}
        if not full:
            full = join(*parts.values(), sep=" ")
        if not full:
            continue
        name_type = str(item.get("NAME_TYPE") or "PRIMARY").upper()
        kind = "primary" if name_type == "PRIMARY" else "alias"
        add_name(entity.names, make_name(full, kind, parts=parts))  # type: ignore[arg-type]
    for item in _items(record, "DATES"):
        for key, target in (("DATE_OF_BIRTH", "birth"), ("DATE_OF_DEATH", "death")):
            parsed = parse_date(str(item.get(key) or ""))
            if parsed is None:
                continue
            if target == "birth":
                if (parsed.start, parsed.end) not in {(d.start, d.end) for d in entity.birth_dates}:
                    entity.birth_dates.append(parsed)
            else:
                entity.add_property("death_dates", parsed.start)
    for item in _items(record, "COUNTRIES"):
        for key, target in (
            ("NATIONALITY", entity.nationalities),
            ("CITIZENSHIP", entity.citizenships),
            ("REGISTRATION_COUNTRY", entity.countries),
            ("COUNTRY_OF_ASSOCIATION", entity.countries),
        ):
            for value in strings(item.get(key)):
                append_unique(target, _country(value))
        for value in strings(item.get("PLACE_OF_BIRTH")):
            append_unique(entity.birth_places, value)
    for item in _items(record, "ADDRESSES"):
        _address(entity, item)
    for item in _items(record, "IDENTIFIERS"):
        _identifiers(entity, item)
    for item in _items(record, "GENDERS"):
        entity.gender = entity.gender or gender(str(item.get("GENDER") or ""))
    for item in _items(record, "RISKS"):
        for topic in strings(item.get("TOPIC")):
            entity.add_property("topics", topic)
    for item in _items(record, "RELATIONSHIPS"):
        key = item.get("REL_POINTER_KEY")
        if key is not None and str(key) in positions:
            append_unique(entity.positions, positions[str(key)])
    for item in _items(record, "PHONES"):
        entity.add_property("phones", _str(item.get("PHONE_NUMBER")))
    for item in _items(record, "EMAILS"):
        entity.add_property("emails", _str(item.get("EMAIL_ADDRESS")))
    for item in _items(record, "WEBSITES"):
        entity.add_property("websites", _str(item.get("WEBSITE_ADDRESS")))
    entity.add_property("source_url", _str(record.get("URL")))
    entity.add_property("last_change", _str(record.get("LAST_CHANGE")))
    entity.add_property("datasets", _str(record.get("DATA_SOURCE")))
    return entity


def _str(value: Any) -> str | None:
    return str(value) if isinstance(value, (str, int)) and not isinstance(value, bool) else None


def _country(value: str) -> str | None:
    value = value.strip()
    if len(value) == 2 and value.isalpha():
        return value.lower()
    return country_code(value)


def _address(entity: Entity, item: dict[str, Any]) -> None:
    full = _str(item.get("ADDR_FULL"))
    street = join(_str(item.get("ADDR_LINE1")), _str(item.get("ADDR_LINE2")), _str(item.get("ADDR_LINE3")))
    city, region = _str(item.get("ADDR_CITY")), _str(item.get("ADDR_STATE"))
    postal, country = _str(item.get("ADDR_POSTAL_CODE")), _str(item.get("ADDR_COUNTRY"))
    full = full or join(street, city, region, postal, country)
    if not full or any(a.full == full for a in entity.addresses):
        return
    entity.addresses.append(
        Address(
            full=full,
            street=street or None,
            city=city,
            region=region,
            postal_code=postal,
            country=_country(country) if country else None,
        )
    )


def _identifiers(entity: Entity, item: dict[str, Any]) -> None:
    for key, (kind, country_key) in _ID_ATTRS.items():
        value = _str(item.get(key))
        if not value or not value.strip():
            continue
        country = _str(item.get(country_key)) if country_key else None
        code = _country(country) if country else None
        _add(entity, Identifier(kind=kind, value=value.strip(), country=code, label=key))
    # OTHER_ID_* and TRUSTED_ID_* name their type (WIKIDATA, OPEN_SANCTIONS, ...): kept as properties.
    for prefix in ("OTHER_ID", "TRUSTED_ID"):
        number = _str(item.get(f"{prefix}_NUMBER"))
        id_type = _str(item.get(f"{prefix}_TYPE")) or prefix
        if number:
            entity.add_property(f"{id_type.lower()}_id", number)


def _add(entity: Entity, identifier: Identifier) -> None:
    if all((i.kind, i.value) != (identifier.kind, identifier.value) for i in entity.identifiers):
        entity.identifiers.append(identifier)
