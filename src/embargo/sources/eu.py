"""Reader for the EU Financial Sanctions Files (FSF) consolidated list, XML version 1.1.

The file has an ``export`` root (namespace ``http://eu.europa.eu/fpi/fsd/export``)
with a ``generationDate`` attribute and one ``sanctionEntity`` per designation;
almost everything is in attributes: ``nameAlias`` (wholeName, firstName, ...,
nameLanguage, strong), ``citizenship``, ``birthdate``, ``identification``,
``address`` and ``regulation`` (programme, publicationDate). The entity's
``logicalId`` is the source_id.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

from embargo.errors import ListFormatError
from embargo.model import Address, DateValue, Entity, Identifier, IdentifierKind, make_entity_id
from embargo.sources.annotations import add_annotated_names
from embargo.sources.base import ParsedList, sniff
from embargo.sources.common import (
    append_unique,
    gender,
    join,
    lang_code,
    organisation_schema,
)
from embargo.sources.countries import country_code
from embargo.sources.dates import parse_date
from embargo.sources.xmlsafe import expect_root, has_root, iter_records, text

FORMAT = "eu-xml"
DEFAULT_SOURCE = "eu-fsf"
NAMESPACE = "http://eu.europa.eu/fpi/fsd/export"
ROOT = "export"

_ID_KINDS: dict[str, IdentifierKind] = {
    "passport": "passport",
    "id": "national_id",
    "nationcert": "national_id",
    "ssn": "ssn",
    "fiscalcode": "tax_id",
    "tin": "tax_id",
    "regnumber": "registration",
    "tradelic": "registration",
    "swiftbic": "swift_bic",
    "imo": "imo",
    "drivinglicence": "driving_licence",
}

_CONTACT = {"PHONE": "phones", "FAX": "phones", "EMAIL": "emails", "WEB": "websites"}


def detect(path: Path) -> bool:
    """True for an EU FSF XML file (root ``export`` in the FSF namespace, or with sanctionEntity)."""
    if not has_root(path, ROOT):
        return False
    head = sniff(path)
    return NAMESPACE in head or "<sanctionEntity" in head


def read(path: Path, source: str | None = None) -> ParsedList:
    """Read the EU FSF XML list; entities are streamed from the file."""
    path = Path(path)
    root = expect_root(path, ROOT, "an EU FSF list")
    generated = root.attrib.get("generationDate") or None
    src = source or DEFAULT_SOURCE
    return ParsedList(
        format=FORMAT,
        source=src,
        files=[path],
        entities=_entities(path, src),
        published=generated[:10] if generated else None,
        version=generated,
    )


def _entities(path: Path, source: str) -> Iterator[Entity]:
    for count, (elem, line) in enumerate(iter_records(path, {"sanctionEntity"}), start=1):
        where = f"line {line}, <sanctionEntity> #{count}"
        logical_id = (elem.get("logicalId") or "").strip()
        if not logical_id:
            raise ListFormatError(path, "sanctionEntity has no logicalId", where)
        try:
            entity = _entity(elem, source, logical_id)
        except (ValueError, TypeError, KeyError, AttributeError, IndexError) as exc:
            raise ListFormatError(path, f"cannot read sanctionEntity {logical_id}: {exc}", where) from exc
        if entity is not None:
            yield entity


def _attr(elem: ET.Element, name: str) -> str | None:
    value = elem.get(name)
    if value is None:
        return None
    value = " ".join(value.split())
    return value or None


def _country(elem: ET.Element) -> str | None:
    code = (_attr(elem, "countryIso2Code") or "").lower()
    if len(code) == 2 and code.isalpha() and code != "00":
        return code
    description = _attr(elem, "countryDescription")
    if description and description.upper() != "UNKNOWN":
        return country_code(description)
    return None


def _entity(elem: ET.Element, source: str, logical_id: str) -> Entity | None:
    subject = elem.find("subjectType")
    code = (subject.get("code") if subject is not None else "") or ""
    aliases = [a for a in elem.iterfind("nameAlias")]
    names = [_attr(a, "wholeName") or "" for a in aliases]
    schema = "Person" if code.lower() == "person" else organisation_schema(names)
    entity = Entity(
        entity_id=make_entity_id(source, logical_id),
        source=source,
        source_id=logical_id,
        schema=schema,  # type: ignore[arg-type]
    )
    entity.add_property("eu_reference_number", _attr(elem, "euReferenceNumber"))
    entity.add_property("un_reference_number", _attr(elem, "unitedNationId"))
    entity.add_property("designation_details", _attr(elem, "designationDetails"))
    for remark in elem.iterfind("remark"):
        append_unique(entity.remarks, text(remark))
    _regulations(entity, elem)
    for alias in aliases:
        _name(entity, alias)
    for node in elem.iterfind("citizenship"):
        append_unique(entity.nationalities, _country(node))
    for node in elem.iterfind("birthdate"):
        _birth(entity, node)
    for node in elem.iterfind("identification"):
        _identification(entity, node)
    for node in elem.iterfind("address"):
        _address(entity, node)
    return entity


def _regulations(entity: Entity, elem: ET.Element) -> None:
    dates: list[str] = []
    designated = parse_date(_attr(elem, "designationDate"))
    if designated is not None:
        dates.append(designated.start)
    for regulation in elem.iterfind("regulation"):
        append_unique(entity.programs, _attr(regulation, "programme"))
        entity.add_property("regulations", _attr(regulation, "numberTitle"))
        entity.add_property("source_url", text(regulation, "publicationUrl"))
        published = parse_date(_attr(regulation, "publicationDate"))
        if published is not None:
            dates.append(published.start)
    if dates:
        entity.listed_on = min(dates)


def _name(entity: Entity, alias: ET.Element) -> None:
    whole = _attr(alias, "wholeName")
    first, middle, last = _attr(alias, "firstName"), _attr(alias, "middleName"), _attr(alias, "lastName")
    full = whole or join(first, middle, last, sep=" ")
    if full:
        weak = (alias.get("strong") or "true").strip().lower() == "false"
        remark = " ".join((text(alias, "remark") or "").lower().split())
        if "low quality" in remark:
            weak = True
        kind = "primary" if not any(n.kind == "primary" for n in entity.names) else "alias"
        parts = {"first": first or "", "middle": middle or "", "last": last or ""}
        lang = lang_code(alias.get("nameLanguage"))
        quality = "weak" if weak else None
        add_annotated_names(entity.names, full, kind, quality=quality, lang=lang, parts=parts)
    for value in _split_letters(_attr(alias, "title")):
        append_unique(entity.titles, value)
    function = _attr(alias, "function")
    if entity.schema == "Person":
        for value in _split_letters(function):
            append_unique(entity.positions, value)
        entity.gender = entity.gender or gender(alias.get("gender"))
    elif function:
        append_unique(entity.remarks, function)


def _split_letters(value: str | None) -> list[str]:
    """Split "(a) Mullah, (b) Maulavi" into ["Mullah", "Maulavi"]."""
    if not value:
        return []
    pieces = re.split(r"\([a-z]\)", value)
    return [p.strip(" ,;") for p in pieces if p.strip(" ,;")]


def _birth(entity: Entity, node: ET.Element) -> None:
    circa = (node.get("circa") or "").strip().lower() == "true"
    value: DateValue | None = None
    range_from, range_to = _attr(node, "yearRangeFrom"), _attr(node, "yearRangeTo")
    if range_from and range_to:
        start, end = sorted((range_from, range_to))
        value = DateValue.between(start, end, circa=circa, text=f"{range_from} to {range_to}")
    else:
        value = parse_date(_attr(node, "birthdate"))
        if value is None:
            year = _attr(node, "year")
            month = _attr(node, "monthOfYear") or _attr(node, "month")
            day = _attr(node, "dayOfMonth") or _attr(node, "day")
            if year and year.isdigit():
                iso = year
                if month and month.isdigit():
                    iso += f"-{int(month):02d}"
                    if day and day.isdigit():
                        iso += f"-{int(day):02d}"
                value = parse_date(iso)
        if value is not None:
            value.circa = value.circa or circa
    if value is not None and all((d.start, d.end) != (value.start, value.end) for d in entity.birth_dates):
        entity.birth_dates.append(value)
    country = _country(node)
    place = join(
        _attr(node, "place"),
        _attr(node, "city"),
        _attr(node, "region"),
        _attr(node, "countryDescription") if country else None,
    )
    append_unique(entity.birth_places, place or None)
    append_unique(entity.countries, country)


def _identification(entity: Entity, node: ET.Element) -> None:
    number = _attr(node, "number") or _attr(node, "latinNumber")
    if not number:
        return
    code = (node.get("identificationTypeCode") or "").strip().lower()
    flags = [
        flag
        for flag in ("diplomatic", "knownExpired", "knownFalse", "reportedLost", "revokedByIssuer")
        if (node.get(flag) or "").lower() == "true"
    ]
    note = join(
        *(text(r) for r in node.iterfind("remark")),
        f"issued by {_attr(node, 'issuedBy')}" if _attr(node, "issuedBy") else None,
        f"issued {_attr(node, 'issueDate')}" if _attr(node, "issueDate") else None,
        ", ".join(flags) if flags else None,
        sep="; ",
    )
    identifier = Identifier(
        kind=_ID_KINDS.get(code, "other"),
        value=number,
        country=_country(node),
        label=_attr(node, "identificationTypeDescription") or code or None,
        note=note or None,
    )
    if all((i.kind, i.value) != (identifier.kind, identifier.value) for i in entity.identifiers):
        entity.identifiers.append(identifier)


def _address(entity: Entity, node: ET.Element) -> None:
    for contact in node.iterfind("contactInfo"):
        key = _CONTACT.get((contact.get("key") or "").upper())
        if key:
            for value in (contact.get("value") or "").replace(";", ",").split(","):
                entity.add_property(key, value)
    country = _country(node)
    street, city = _attr(node, "street"), _attr(node, "city")
    region, postal = _attr(node, "region"), _attr(node, "zipCode")
    po_box, place = _attr(node, "poBox"), _attr(node, "place")
    description = _attr(node, "countryDescription")
    if description and description.upper() == "UNKNOWN":
        description = None
    full = join(street, f"P.O. Box {po_box}" if po_box else None, place, city, region, postal, description)
    if not full:
        return
    remarks = join(*(text(r) for r in node.iterfind("remark")), sep="; ")
    _append_address(
        entity,
        Address(
            full=full,
            street=street,
            city=city,
            region=region,
            postal_code=postal,
            country=country,
            remarks=remarks or None,
        ),
    )


def _append_address(entity: Entity, address: Address) -> None:
    """Add an address unless the very same one is already there (lists repeat some)."""
    if address not in entity.addresses:
        entity.addresses.append(address)
