"""Reader for the UN Security Council Consolidated List (official XML).

The file (https://scsanctions.un.org/resources/xml/en/consolidated.xml) has a
``CONSOLIDATED_LIST`` root with ``dateGenerated``, then ``INDIVIDUALS/INDIVIDUAL``
and ``ENTITIES/ENTITY`` records. ``REFERENCE_NUMBER`` ("QDi.001") is the
source_id. Records are streamed, so a broken file fails with a ListFormatError
while the store is consuming it, and the store keeps the last good snapshot.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

from embargo.errors import ListFormatError
from embargo.model import Address, DateValue, Entity, Identifier, IdentifierKind, make_entity_id
from embargo.sources.annotations import add_annotated_names
from embargo.sources.base import ParsedList
from embargo.sources.common import append_unique, gender, join, make_name, organisation_schema
from embargo.sources.countries import country_code
from embargo.sources.dates import parse_date
from embargo.sources.xmlsafe import expect_root, has_root, iter_records, text, texts

FORMAT = "un-xml"
DEFAULT_SOURCE = "un-sc"
ROOT = "CONSOLIDATED_LIST"

_NAME_FIELDS = ("FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME")
_PART_KEYS = ("first", "second", "third", "fourth")


def detect(path: Path) -> bool:
    """True for a UN consolidated list XML file (root ``CONSOLIDATED_LIST``)."""
    return has_root(path, ROOT)


def read(path: Path, source: str | None = None) -> ParsedList:
    """Read the UN consolidated list; entities are streamed from the file."""
    path = Path(path)
    root = expect_root(path, ROOT, "a UN consolidated list")
    generated = root.attrib.get("dateGenerated") or None
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
    counts = {"INDIVIDUAL": 0, "ENTITY": 0}
    for elem, line in iter_records(path, {"INDIVIDUAL", "ENTITY"}):
        counts[elem.tag] += 1
        where = f"line {line}, <{elem.tag}> #{counts[elem.tag]}"
        reference = text(elem, "REFERENCE_NUMBER") or text(elem, "DATAID")
        if not reference:
            raise ListFormatError(path, "record has no REFERENCE_NUMBER", where)
        try:
            if elem.tag == "INDIVIDUAL":
                yield _individual(elem, source, reference)
            else:
                yield _entity(elem, source, reference)
        except (ValueError, TypeError, KeyError, AttributeError, IndexError) as exc:
            raise ListFormatError(path, f"cannot read record {reference}: {exc}", where) from exc


def _base(elem: ET.Element, source: str, reference: str, schema: str) -> Entity:
    entity = Entity(
        entity_id=make_entity_id(source, reference),
        source=source,
        source_id=reference,
        schema=schema,  # type: ignore[arg-type]
    )
    program = text(elem, "UN_LIST_TYPE")
    if program:
        entity.programs.append(program)
    listed = parse_date(text(elem, "LISTED_ON"))
    if listed is not None:
        entity.listed_on = listed.start
    comment = text(elem, "COMMENTS1")
    if comment:
        entity.remarks.append(comment)
    entity.add_property("un_data_id", text(elem, "DATAID"))
    for value in texts(elem, "LIST_TYPE/VALUE"):
        entity.add_property("list_names", value)
    updated = sorted(texts(elem, "LAST_DAY_UPDATED/VALUE"))
    if updated:
        entity.add_property("last_updated", updated[-1])
    return entity


def _add_original_script(entity: Entity, elem: ET.Element) -> None:
    original = text(elem, "NAME_ORIGINAL_SCRIPT")
    if original:
        add_annotated_names(entity.names, original, "original_script")


def _individual(elem: ET.Element, source: str, reference: str) -> Entity:
    entity = _base(elem, source, reference, "Person")
    parts = {key: text(elem, field) for key, field in zip(_PART_KEYS, _NAME_FIELDS, strict=True)}
    full = join(*parts.values(), sep=" ")
    if full:
        entity.names.append(make_name(full, "primary", parts={k: v for k, v in parts.items() if v}))
    _add_original_script(entity, elem)
    for alias in elem.iterfind("INDIVIDUAL_ALIAS"):
        _alias(entity, alias)
        # Some aliases carry the birth data of that identity.
        _add_date(entity.birth_dates, "EXACT", text(alias, "DATE_OF_BIRTH"), None, None, None)
        place = join(text(alias, "CITY_OF_BIRTH"), text(alias, "COUNTRY_OF_BIRTH"))
        append_unique(entity.birth_places, place or None)
    entity.gender = gender(text(elem, "GENDER"))
    for value in texts(elem, "TITLE/VALUE"):
        append_unique(entity.titles, value)
    for value in texts(elem, "DESIGNATION/VALUE"):
        append_unique(entity.positions, value)
    for value in texts(elem, "NATIONALITY/VALUE"):
        code = country_code(value)
        if code:
            append_unique(entity.nationalities, code)
        else:
            entity.remarks.append(f"Nationality: {value}")
    for dob in elem.iterfind("INDIVIDUAL_DATE_OF_BIRTH"):
        _add_date(
            entity.birth_dates,
            (text(dob, "TYPE_OF_DATE") or "EXACT").upper(),
            text(dob, "DATE") or text(dob, "YEAR"),
            text(dob, "FROM_YEAR"),
            text(dob, "TO_YEAR"),
            text(dob, "NOTE"),
        )
    for pob in elem.iterfind("INDIVIDUAL_PLACE_OF_BIRTH"):
        country = text(pob, "COUNTRY")
        place = join(text(pob, "STREET"), text(pob, "CITY"), text(pob, "STATE_PROVINCE"), country)
        if place:
            note = text(pob, "NOTE")
            append_unique(entity.birth_places, f"{place} ({note})" if note else place)
        code = country_code(country)
        if code:
            append_unique(entity.countries, code)
    for document in elem.iterfind("INDIVIDUAL_DOCUMENT"):
        _document(entity, document)
    for address in elem.iterfind("INDIVIDUAL_ADDRESS"):
        _address(entity, address)
    return entity


def _entity(elem: ET.Element, source: str, reference: str) -> Entity:
    primary = join(*(text(elem, field) for field in _NAME_FIELDS), sep=" ")
    aliases = texts(elem, "ENTITY_ALIAS/ALIAS_NAME")
    entity = _base(elem, source, reference, organisation_schema([primary, *aliases]))
    if primary:
        add_annotated_names(entity.names, primary, "primary")
    _add_original_script(entity, elem)
    for alias in elem.iterfind("ENTITY_ALIAS"):
        _alias(entity, alias)
    for address in elem.iterfind("ENTITY_ADDRESS"):
        _address(entity, address)
    return entity


def _alias(entity: Entity, alias: ET.Element) -> None:
    value = text(alias, "ALIAS_NAME")
    if not value:
        return
    quality_text = (text(alias, "QUALITY") or "").lower().replace(" ", "")
    kind = "alias"
    quality: str | None = None
    if quality_text in {"good", "low"}:
        quality = quality_text
    elif quality_text.startswith(("f.k.a", "fka")):
        kind = "formerly"
    note = (text(alias, "NOTE") or "").lower()
    if "formerly listed" in note or "previously listed" in note:
        kind = "formerly"
    add_annotated_names(entity.names, value, kind, quality=quality)  # type: ignore[arg-type]


def _add_date(
    dates: list[DateValue],
    kind: str,
    value: str | None,
    from_year: str | None,
    to_year: str | None,
    note: str | None,
) -> None:
    circa = kind.startswith("APPROX") or (note or "").lower().startswith("approx")
    result: DateValue | None = None
    if from_year and to_year:
        start, end = sorted((from_year.strip(), to_year.strip()))
        result = DateValue.between(start, end, circa=circa, text=note)
    elif value:
        parsed = parse_date(value)
        if parsed is not None:
            parsed.circa = parsed.circa or circa
            if note:
                parsed.text = f"{parsed.text} ({note})"
            result = parsed
    elif note:
        result = parse_date(note)
    known = {(d.start, d.end, d.circa) for d in dates}
    if result is not None and (result.start, result.end, result.circa) not in known:
        dates.append(result)


def _document_kind(label: str) -> IdentifierKind:
    folded = label.lower()
    if "passport" in folded or "passeport" in folded or "pasaporte" in folded:
        return "passport"
    if "national" in folded or "identity" in folded or "identification" in folded or "id card" in folded:
        return "national_id"
    if "tax" in folded:
        return "tax_id"
    if "driv" in folded:
        return "driving_licence"
    return "other"


def _document(entity: Entity, document: ET.Element) -> None:
    label = join(text(document, "TYPE_OF_DOCUMENT"), text(document, "TYPE_OF_DOCUMENT2"), sep=" / ")
    number = text(document, "NUMBER")
    issued = text(document, "DATE_OF_ISSUE")
    note = join(
        text(document, "NOTE"),
        f"issued {issued}" if issued else None,
        f"in {text(document, 'CITY_OF_ISSUE')}" if text(document, "CITY_OF_ISSUE") else None,
        sep="; ",
    )
    if not number:
        if label or note:
            entity.remarks.append(join(label, note, sep=": "))
        return
    country_text = text(document, "ISSUING_COUNTRY") or text(document, "COUNTRY_OF_ISSUE")
    identifier = Identifier(
        kind=_document_kind(label),
        value=number,
        country=country_code(country_text),
        label=label or None,
        note=note or None,
    )
    if all((i.kind, i.value) != (identifier.kind, identifier.value) for i in entity.identifiers):
        entity.identifiers.append(identifier)


def _address(entity: Entity, elem: ET.Element) -> None:
    street, city = text(elem, "STREET"), text(elem, "CITY")
    region, postal = text(elem, "STATE_PROVINCE"), text(elem, "ZIP_CODE")
    country = text(elem, "COUNTRY")
    full = join(street, city, region, postal, country)
    if not full:
        return
    _append_address(
        entity,
        Address(
            full=full,
            street=street,
            city=city,
            region=region,
            postal_code=postal,
            country=country_code(country),
            remarks=text(elem, "NOTE"),
        ),
    )


def _append_address(entity: Entity, address: Address) -> None:
    """Add an address unless the very same one is already there (lists repeat some)."""
    if address not in entity.addresses:
        entity.addresses.append(address)
