"""Reader for the UK Sanctions List published by the FCDO (XML).

The file (UK_Sanctions_List.xml) has a ``Designations`` root with one
``Designation`` per listed person, entity or ship: ``UniqueID`` (the source_id,
e.g. "RUS0251"), ``RegimeName``, ``IndividualEntityShip``, ``Names/Name``
(Name1..Name6 with Name6 the family name, NameType "Primary Name" or "Alias"),
``NonLatinNames``, ``Addresses``, ``IndividualDetails``, ``EntityDetails``,
``ShipDetails``, ``DateDesignated`` and ``OtherInformation``. Dates are written
day first (``04/03/2022``), sometimes with ``dd``/``mm`` for an unknown part.
Leaf elements are looked up anywhere inside their section, so the exact
wrapper names of a release do not matter.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

from embargo.errors import ListFormatError
from embargo.model import Address, DateValue, Entity, Identifier, IdentifierKind, Link, make_entity_id
from embargo.sources.annotations import add_annotated_names
from embargo.sources.base import ParsedList
from embargo.sources.common import (
    add_name,
    append_unique,
    gender,
    join,
    lang_code,
    make_name,
    organisation_schema,
)
from embargo.sources.countries import country_code
from embargo.sources.dates import parse_date
from embargo.sources.xmlsafe import expect_root, has_root, iter_records, text, texts

FORMAT = "uk-xml"
DEFAULT_SOURCE = "uk-fcdo"
ROOT = "Designations"

_PLACEHOLDER_DATE = re.compile(r"^(?P<d>\d{1,2}|dd)/(?P<m>\d{1,2}|mm)/(?P<y>\d{4})$", re.IGNORECASE)
_ROOT_DATE_ATTRS = ("DateGenerated", "dateGenerated", "GeneratedDate", "LastUpdated", "PublicationDate")


def detect(path: Path) -> bool:
    """True for a UK Sanctions List XML file (root ``Designations``)."""
    return has_root(path, ROOT)


def read(path: Path, source: str | None = None) -> ParsedList:
    """Read the UK Sanctions List; entities are streamed from the file."""
    path = Path(path)
    root = expect_root(path, ROOT, "a UK Sanctions List")
    generated = next((root.attrib[a] for a in _ROOT_DATE_ATTRS if root.attrib.get(a)), None)
    published = uk_date(generated)
    src = source or DEFAULT_SOURCE
    return ParsedList(
        format=FORMAT,
        source=src,
        files=[path],
        entities=_entities(path, src),
        published=published.start if published else None,
        version=generated,
    )


def uk_date(value: str | None) -> DateValue | None:
    """A UK list date: ``04/03/2022``, ``dd/mm/1964`` (year only), ``2022-03-04T00:00:00``."""
    if not value:
        return None
    value = value.strip()
    match = _PLACEHOLDER_DATE.match(value)
    if match:
        year, month, day = match["y"], match["m"], match["d"]
        if not month.isdigit():
            return parse_date(year)
        if not day.isdigit():
            return parse_date(f"{year}-{int(month):02d}")
    return parse_date(value, dayfirst=True)


def _entities(path: Path, source: str) -> Iterator[Entity]:
    for count, (elem, line) in enumerate(iter_records(path, {"Designation"}), start=1):
        where = f"line {line}, <Designation> #{count}"
        unique_id = text(elem, "UniqueID")
        if not unique_id:
            raise ListFormatError(path, "Designation has no UniqueID", where)
        try:
            yield _designation(elem, source, unique_id)
        except (ValueError, TypeError, KeyError, AttributeError, IndexError) as exc:
            raise ListFormatError(path, f"cannot read designation {unique_id}: {exc}", where) from exc


def _schema(elem: ET.Element, names: list[str]) -> str:
    kind = (text(elem, "IndividualEntityShip") or "").lower()
    if kind.startswith("individual"):
        return "Person"
    if kind.startswith("ship"):
        return "Vessel"
    entity_types = texts(elem, ".//EntityDetails//TypeOfEntity")
    return organisation_schema([*names, *entity_types])


def _names(elem: ET.Element) -> list[tuple[str, str, dict[str, str]]]:
    """(full name, name type, parts) for every Names/Name."""
    result: list[tuple[str, str, dict[str, str]]] = []
    for name in elem.iterfind(".//Names/Name"):
        given = [text(name, f"Name{i}") for i in range(1, 6)]
        last = text(name, "Name6")
        full = join(*given, last, sep=" ") or text(name, "Name") or ""
        if not full:
            continue
        parts = {"first": given[0] or "", "middle": join(*given[1:], sep=" "), "last": last or ""}
        result.append((full, (text(name, "NameType") or "").lower(), parts))
    return result


def _designation(elem: ET.Element, source: str, unique_id: str) -> Entity:
    names = _names(elem)
    schema = _schema(elem, [n[0] for n in names])
    entity = Entity(
        entity_id=make_entity_id(source, unique_id),
        source=source,
        source_id=unique_id,
        schema=schema,  # type: ignore[arg-type]
    )
    for full, name_type, parts in names:
        if name_type.startswith("primary") and not any(n.kind == "primary" for n in entity.names):
            kind = "primary"
        else:
            kind = "alias"
        add_annotated_names(entity.names, full, kind, parts=parts if schema == "Person" else None)
    if entity.names and not any(n.kind == "primary" for n in entity.names):
        entity.names[0].kind = "primary"
    for node in elem.iter("NameNonLatinScript"):
        value = text(node)
        if value:
            add_annotated_names(entity.names, value, "original_script")
    _non_latin_languages(elem, entity)
    for regime in texts(elem, "RegimeName"):
        append_unique(entity.programs, regime)
    designated = uk_date(text(elem, "DateDesignated"))
    if designated is not None:
        entity.listed_on = designated.start
    updated = uk_date(text(elem, "LastUpdated"))
    if updated is not None:
        entity.add_property("last_updated", updated.start)
    entity.add_property("ofsi_group_id", text(elem, "OFSIGroupID"))
    entity.add_property("un_reference_number", text(elem, "UNReferenceNumber"))
    entity.add_property("designation_source", text(elem, "DesignationSource"))
    for measure in (text(elem, "SanctionsImposed") or "").split("|"):
        entity.add_property("sanctions_imposed", measure)
    for tag in ("OtherInformation", "UKStatementofReasons"):
        append_unique(entity.remarks, text(elem, tag))
    for value in texts(elem, ".//PhoneNumbers/PhoneNumber"):
        entity.add_property("phones", value)
    for value in texts(elem, ".//EmailAddresses/EmailAddress"):
        for email in re.split(r"[;\s]+", value):
            entity.add_property("emails", email)
    for value in texts(elem, ".//Websites/Website"):
        entity.add_property("websites", value)
    for address in elem.iterfind(".//Addresses/Address"):
        _address(entity, address)
    for individual in elem.iterfind(".//IndividualDetails/Individual"):
        _individual(entity, individual)
    for details in elem.iterfind("EntityDetails"):
        _entity_details(entity, details)
    for ship in elem.iterfind(".//ShipDetails/Ship"):
        _ship(entity, ship)
    return entity


def _non_latin_languages(elem: ET.Element, entity: Entity) -> None:
    """Attach NonLatinScriptLanguage to the non-Latin name it describes (its sibling)."""
    for parent in elem.iter():
        value = text(parent, "NameNonLatinScript")
        language = lang_code(text(parent, "NonLatinScriptLanguage"))
        if value and language:
            for name in entity.names:
                if name.full == " ".join(value.split()):
                    name.lang = name.lang or language


def _address(entity: Entity, node: ET.Element) -> None:
    lines = [text(node, f"AddressLine{i}") for i in range(1, 7)]
    postal = text(node, "AddressPostalCode")
    country = text(node, "AddressCountry")
    full = join(*lines, postal, country)
    if not full:
        return
    _append_address(
        entity,
        Address(
            full=full,
            street=join(*lines[:3]) or None,
            city=lines[5] or lines[3],
            region=lines[4],
            postal_code=postal,
            country=country_code(country),
        ),
    )


def _identifier(
    entity: Entity, kind: IdentifierKind, value: str | None, label: str, note: str | None
) -> None:
    if not value:
        return
    if all((i.kind, i.value) != (kind, value) for i in entity.identifiers):
        entity.identifiers.append(Identifier(kind=kind, value=value, label=label, note=note))


def _individual(entity: Entity, node: ET.Element) -> None:
    for value in texts(node, ".//DOBs/DOB"):
        parsed = uk_date(value)
        known = {(d.start, d.end) for d in entity.birth_dates}
        if parsed is not None and (parsed.start, parsed.end) not in known:
            entity.birth_dates.append(parsed)
    for value in texts(node, ".//Nationalities/Nationality"):
        code = country_code(value)
        if code:
            append_unique(entity.nationalities, code)
        else:
            append_unique(entity.remarks, f"Nationality: {value}")
    for value in texts(node, ".//Positions/Position"):
        append_unique(entity.positions, value)
    for value in texts(node, ".//Titles/Title") or texts(node, "Title"):
        append_unique(entity.titles, value)
    for value in texts(node, ".//Genders/Gender") or texts(node, "Gender"):
        entity.gender = entity.gender or gender(value)
    for location in node.iterfind(".//BirthDetails/Location"):
        country = text(location, "CountryOfBirth")
        append_unique(entity.birth_places, join(text(location, "TownOfBirth"), country) or None)
        append_unique(entity.countries, country_code(country))
    for passport in node.iter("Passport"):
        _identifier(
            entity,
            "passport",
            text(passport, "PassportNumber"),
            "Passport",
            text(passport, "PassportAdditionalInformation"),
        )
    for national in node.iter("NationalIdentifier"):
        _identifier(
            entity,
            "national_id",
            text(national, "NationalIdentifierNumber"),
            "National identifier",
            text(national, "NationalIdentifierAdditionalInformation"),
        )


def _entity_details(entity: Entity, node: ET.Element) -> None:
    for value in texts(node, ".//TypeOfEntities/TypeOfEntity") or texts(node, "TypeOfEntity"):
        entity.add_property("legal_form", value)
    for value in texts(node, ".//BusinessRegistrationNumbers/BusinessRegistrationNumber"):
        _identifier(entity, "registration", value, "Business registration number", None)
    for value in texts(node, ".//ParentCompanies/ParentCompany"):
        entity.links.append(Link(kind="owned_or_controlled_by", target_name=value, note="parent company"))
    for value in texts(node, ".//Subsidiaries/Subsidiary"):
        entity.links.append(Link(kind="linked_to", target_name=value, note="subsidiary"))


def _ship(entity: Entity, ship: ET.Element) -> None:
    for value in texts(ship, ".//IMONumbers/IMONumber"):
        _identifier(entity, "imo", value, "IMO number", None)
    for value in texts(ship, ".//HINs/HIN"):
        _identifier(entity, "other", value, "Hull identification number", None)
    for value in texts(ship, ".//CurrentOwnerOperators/CurrentOwnerOperator"):
        entity.links.append(Link(kind="owner", target_name=value, note="current owner/operator"))
    for value in texts(ship, ".//CurrentBelievedFlagOfShips/CurrentBelievedFlagOfShip"):
        entity.add_property("vessel_flag", value)
        append_unique(entity.countries, country_code(value))
    for value in texts(ship, ".//PreviousFlags/PreviousFlag"):
        entity.add_property("previous_flags", value)
    for value in texts(ship, ".//PreviousNames/PreviousName"):
        add_name(entity.names, make_name(value, "formerly"))
    for value in texts(ship, ".//TypeOfShips/TypeOfShip"):
        entity.add_property("vessel_type", value)
    for value in texts(ship, ".//Tonnages/Tonnage"):
        entity.add_property("tonnage", value)
    for value in texts(ship, ".//Lengths/Length"):
        entity.add_property("length", value)
    for value in texts(ship, ".//YearBuilts/YearBuilt"):
        entity.add_property("build_year", value)


def _append_address(entity: Entity, address: Address) -> None:
    """Add an address unless the very same one is already there (lists repeat some)."""
    if address not in entity.addresses:
        entity.addresses.append(address)
