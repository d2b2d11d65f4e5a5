"""Reader and writer for FollowTheMoney (FtM) JSON lines, the OpenSanctions export format.

Each line is one FtM entity: ``{"id", "schema", "properties": {prop: [values]},
"datasets", "referents", ...}``. Parties (Person, Company, Organization,
LegalEntity, PublicBody, Vessel, Airplane, CryptoWallet) become entities; the
helper schemata are folded into the party they describe when they appear in the
same file: Sanction -> programs and listed_on, Identification/Passport ->
identifiers, Address -> addresses, Occupancy/Position -> positions, and the
relations (Ownership, Directorship, Family, Associate, UnknownLink, ...) ->
:class:`~embargo.model.Link` objects.

The file is streamed: a first pass keeps only those helper records (and, when
there are relations, a second pass the captions of their targets); the parties
are then built one line at a time, so millions of lines read in bounded memory.

:func:`export_entities` writes Embargo entities back as FtM JSON lines.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, TextIO

from embargo.errors import ListFormatError
from embargo.model import (
    Address,
    DateValue,
    Entity,
    Identifier,
    IdentifierKind,
    Link,
    LinkKind,
    SchemaName,
    make_entity_id,
)
from embargo.sources.base import ParsedList
from embargo.sources.common import add_name, append_unique, gender, join, make_name
from embargo.sources.countries import country_code
from embargo.sources.dates import parse_date
from embargo.sources.jsonlines import check_head, first_object, iter_objects, strings

FORMAT = "ftm-json"
DEFAULT_SOURCE = "opensanctions"

#: FtM schema -> Embargo schema, for the parties a screening can match.
PARTY_SCHEMATA: dict[str, SchemaName] = {
    "Person": "Person",
    "Company": "Company",
    "Organization": "Organization",
    "PublicBody": "Organization",
    "LegalEntity": "LegalEntity",
    "Vessel": "Vessel",
    "Airplane": "Aircraft",
    "CryptoWallet": "CryptoWallet",
}
EXPORT_SCHEMATA: dict[str, str] = {"Aircraft": "Airplane"}

#: FtM identifier property -> identifier kind.
ID_PROPS: dict[str, IdentifierKind] = {
    "passportNumber": "passport",
    "idNumber": "national_id",
    "taxNumber": "tax_id",
    "innCode": "tax_id",
    "vatCode": "tax_id",
    "irsCode": "tax_id",
    "registrationNumber": "registration",
    "ogrnCode": "registration",
    "okpoCode": "registration",
    "dunsCode": "registration",
    "uniqueEntityId": "registration",
    "cageCode": "registration",
    "swiftBic": "swift_bic",
    "bicCode": "swift_bic",
    "imoNumber": "imo",
    "mmsi": "mmsi",
    "leiCode": "lei",
    "publicKey": "crypto",
    "callSign": "call_sign",
    "serialNumber": "aircraft_serial",
    "socialSecurityNumber": "ssn",
    "npiCode": "other",
}
EXPORT_ID_PROPS: dict[str, str] = {
    "passport": "passportNumber",
    "national_id": "idNumber",
    "tax_id": "taxNumber",
    "registration": "registrationNumber",
    "swift_bic": "swiftBic",
    "imo": "imoNumber",
    "mmsi": "mmsi",
    "lei": "leiCode",
    "crypto": "publicKey",
    "call_sign": "callSign",
    "aircraft_serial": "serialNumber",
    "aircraft_tail": "registrationNumber",
    "ssn": "socialSecurityNumber",
    "driving_licence": "idNumber",
    "other": "idNumber",
}

#: FtM property -> Entity.properties key, for plain values kept as they are.
PLAIN_PROPS: dict[str, str] = {
    "topics": "topics",
    "website": "websites",
    "email": "emails",
    "phone": "phones",
    "flag": "vessel_flag",
    "type": "vessel_type",
    "tonnage": "tonnage",
    "grossRegisteredTonnage": "gross_registered_tonnage",
    "model": "aircraft_model",
    "sourceUrl": "source_url",
    "deathDate": "death_dates",
    "programId": "program_ids",
    "legalForm": "legal_form",
    "incorporationDate": "incorporation_date",
    "buildDate": "build_date",
    "currency": "currency",
    "sector": "sector",
    "religion": "religion",
    "ethnicity": "ethnicity",
    "modifiedAt": "modified_at",
}

#: Relation schema -> (property on the entity that gets the link, property of the other party, kind, note).
RELATIONS: dict[str, tuple[str, str, LinkKind, str]] = {
    "Ownership": ("asset", "owner", "owned_or_controlled_by", "owner"),
    "Directorship": ("organization", "director", "linked_to", "director"),
    "Family": ("person", "relative", "family", "relative"),
    "Associate": ("person", "associate", "associate", "associate"),
    "UnknownLink": ("subject", "object", "linked_to", "linked to"),
    "Membership": ("member", "organization", "linked_to", "member of"),
    "Employment": ("employee", "employer", "linked_to", "employed by"),
    "Representation": ("client", "agent", "linked_to", "represented by"),
    "Succession": ("successor", "predecessor", "linked_to", "successor of"),
}
#: Link kind -> relation schema and the (self, other) properties, for the export.
EXPORT_RELATIONS: dict[str, tuple[str, str, str]] = {
    "owned_or_controlled_by": ("Ownership", "asset", "owner"),
    "family": ("Family", "person", "relative"),
    "associate": ("Associate", "person", "associate"),
    "linked_to": ("UnknownLink", "subject", "object"),
    "other": ("UnknownLink", "subject", "object"),
}


def detect(path: Path) -> bool:
    """True for FtM JSON lines: the first line is an object with ``schema`` and ``properties``."""
    try:
        if not path.is_file():
            return False
        data = first_object(path)
        return bool(data) and "schema" in data and isinstance(data.get("properties"), dict)  # type: ignore[operator]
    except Exception:
        return False


def read(path: Path, source: str | None = None) -> ParsedList:
    """Read an FtM JSON-lines file; entities are streamed (the file is read two or three times)."""
    path = Path(path)
    check_head(path)
    data = first_object(path)
    if data is None:
        raise ListFormatError(path, "first line is not a JSON object: not an FtM JSON-lines file", "line 1")
    if "schema" not in data or "id" not in data:
        message = "first line has no 'schema' and 'id': not an FtM JSON-lines file"
        raise ListFormatError(path, message, "line 1")
    src = source or DEFAULT_SOURCE
    return ParsedList(format=FORMAT, source=src, files=[path], entities=_entities(path, src))


@dataclass
class _Extras:
    """What the helper records of a file say about each party, keyed by the party's FtM id."""

    addresses: dict[str, Address] = field(default_factory=dict)
    positions: dict[str, str] = field(default_factory=dict)
    programs: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    listed: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    identifiers: dict[str, list[Identifier]] = field(default_factory=lambda: defaultdict(list))
    links: dict[str, list[tuple[LinkKind, str, str | None, str | None]]] = field(
        default_factory=lambda: defaultdict(list)
    )
    posts: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    targets: set[str] = field(default_factory=set)
    captions: dict[str, str] = field(default_factory=dict)


def _first(props: dict[str, Any], name: str) -> str | None:
    values = strings(props.get(name))
    return values[0] if values else None


def _country(value: str) -> str | None:
    value = value.strip()
    if len(value) == 2 and value.isalpha():
        return value.lower()
    return country_code(value)


def _collect(path: Path) -> _Extras:
    """First pass: keep the helper records (sanctions, identifications, addresses, relations)."""
    extras = _Extras()
    for number, obj in iter_objects(path):
        schema = obj.get("schema")
        ftm_id = obj.get("id")
        if not isinstance(schema, str) or not isinstance(ftm_id, str) or not ftm_id:
            raise ListFormatError(path, "FtM entity without a string 'id' and 'schema'", f"line {number}")
        props = obj.get("properties")
        if not isinstance(props, dict):
            raise ListFormatError(path, f"entity {ftm_id}: 'properties' is not an object", f"line {number}")
        if schema in PARTY_SCHEMATA:
            for prop in ("owner", "operator"):
                extras.targets.update(strings(props.get(prop)))
            continue
        if schema == "Address":
            full = _first(props, "full") or obj.get("caption") or ""
            country = _first(props, "country")
            address = Address(
                full=str(full) or join(_first(props, "street"), _first(props, "city"), country),
                street=_first(props, "street"),
                city=_first(props, "city"),
                region=_first(props, "region") or _first(props, "state"),
                postal_code=_first(props, "postalCode"),
                country=_country(country) if country else None,
                remarks=_first(props, "summary"),
            )
            # Parties may point at an address by any of its merged ids (OpenSanctions referents).
            for key in [ftm_id, *strings(obj.get("referents"))]:
                extras.addresses[key] = address
        elif schema == "Position":
            name = _first(props, "name") or obj.get("caption")
            if name:
                extras.positions[ftm_id] = str(name)
        elif schema == "Sanction":
            for party in strings(props.get("entity")):
                for program in strings(props.get("program")):
                    append_unique(extras.programs[party], program)
                for value in strings(props.get("listingDate")) + strings(props.get("startDate")):
                    parsed = parse_date(value)
                    if parsed is not None:
                        extras.listed[party].append(parsed.start)
        elif schema in ("Identification", "Passport"):
            _collect_identification(extras, schema, props)
        elif schema == "Occupancy":
            for holder in strings(props.get("holder")):
                extras.posts[holder].extend(strings(props.get("post")))
        elif schema in RELATIONS:
            own, other, kind, default_note = RELATIONS[schema]
            note = join(
                *strings(props.get("relationship")),
                *strings(props.get("role")),
                *strings(props.get("percentage")),
            )
            described = _first(props, "description")
            for party in strings(props.get(own)):
                for target in strings(props.get(other)):
                    extras.links[party].append((kind, target, note or default_note, described))
                    extras.targets.add(target)
    return extras


def _collect_identification(extras: _Extras, schema: str, props: dict[str, Any]) -> None:
    label = _first(props, "type")
    kind: IdentifierKind = "passport" if schema == "Passport" else "national_id"
    folded = (label or "").lower()
    if "passport" in folded:
        kind = "passport"
    elif "tax" in folded:
        kind = "tax_id"
    elif "regist" in folded:
        kind = "registration"
    elif folded and "id" not in folded and "identit" not in folded and "national" not in folded:
        kind = "other"
    country = _first(props, "country")
    note = join(_first(props, "summary"), _first(props, "authority"), sep="; ") or None
    for holder in strings(props.get("holder")):
        for number in strings(props.get("number")):
            extras.identifiers[holder].append(
                Identifier(
                    kind=kind,
                    value=number,
                    country=_country(country) if country else None,
                    label=label or schema,
                    note=note,
                )
            )


def _collect_captions(path: Path, extras: _Extras) -> None:
    """Second pass, only when there are relations: the display names of their targets."""
    for _, obj in iter_objects(path):
        if obj.get("schema") not in PARTY_SCHEMATA:
            continue
        keys = [obj.get("id"), *strings(obj.get("referents"))]
        wanted = [key for key in keys if isinstance(key, str) and key in extras.targets]
        if wanted:
            props = obj.get("properties") if isinstance(obj.get("properties"), dict) else {}
            caption = str(obj.get("caption") or _first(props, "name") or wanted[0])
            for key in wanted:
                extras.captions[key] = caption


def _entities(path: Path, source: str) -> Iterator[Entity]:
    extras = _collect(path)
    if extras.targets:
        _collect_captions(path, extras)
    for number, obj in iter_objects(path):
        schema = obj.get("schema")
        if schema not in PARTY_SCHEMATA:
            continue
        try:
            yield _party(obj, source, extras)
        except (ValueError, TypeError, KeyError, AttributeError, IndexError) as exc:
            message = f"cannot read entity {obj.get('id')}: {exc}"
            raise ListFormatError(path, message, f"line {number}") from exc


def _party(obj: dict[str, Any], source: str, extras: _Extras) -> Entity:
    ftm_id = str(obj["id"])
    schema = PARTY_SCHEMATA[str(obj["schema"])]
    props = obj.get("properties")
    if not isinstance(props, dict):
        raise ValueError("'properties' is not an object")
    entity = Entity(entity_id=make_entity_id(source, ftm_id), source=source, source_id=ftm_id, schema=schema)
    # Only the properties present are cleaned, once: most entities use a handful of the many known.
    values: dict[str, list[str]] = {key: strings(raw) for key, raw in props.items()}
    _names(entity, obj, values)
    for value in values.get("birthDate", []):
        parsed = parse_date(value)
        known = {(d.start, d.end) for d in entity.birth_dates}
        if parsed is not None and (parsed.start, parsed.end) not in known:
            entity.birth_dates.append(parsed)
    for value in values.get("birthPlace", []):
        append_unique(entity.birth_places, value)
    entity.gender = gender(next(iter(values.get("gender", [])), None))
    for prop, target in (("nationality", entity.nationalities), ("citizenship", entity.citizenships)):
        for value in values.get(prop, []):
            append_unique(target, _country(value))
    for prop in ("country", "jurisdiction", "mainCountry", "birthCountry", "residency", "flag"):
        for value in values.get(prop, []):
            append_unique(entity.countries, _country(value))
    for value in values.get("address", []):
        _add_address(entity, Address(full=value))
    for ref in values.get("addressEntity", []):
        if ref in extras.addresses:
            _add_address(entity, extras.addresses[ref])
    for prop, kind in ID_PROPS.items():
        if prop == "registrationNumber" and schema == "Aircraft":
            kind = "aircraft_tail"
        for value in values.get(prop, []):
            _add_identifier(entity, Identifier(kind=kind, value=value, label=prop))
    for identifier in extras.identifiers.get(ftm_id, ()):
        _add_identifier(entity, identifier, any_kind=True)
    for value in values.get("program", []) + extras.programs.get(ftm_id, []):
        append_unique(entity.programs, value)
    created = [parse_date(value) for value in values.get("createdAt", [])]
    listed = extras.listed.get(ftm_id) or [p.start for p in created if p is not None]
    if listed:
        entity.listed_on = min(listed)
    for value in values.get("title", []):
        append_unique(entity.titles, value)
    for value in values.get("position", []):
        append_unique(entity.positions, value)
    for post in extras.posts.get(ftm_id, ()):
        append_unique(entity.positions, extras.positions.get(post))
    for prop in ("notes", "summary", "description"):
        for value in values.get(prop, []):
            append_unique(entity.remarks, value)
    for prop, key in PLAIN_PROPS.items():
        for value in values.get(prop, []):
            entity.add_property(key, value)
    for prop in ("owner", "operator"):
        for target in values.get(prop, []):
            entity.links.append(_link(source, extras, ("owner", target, prop, None)))
    for relation in extras.links.get(ftm_id, ()):
        entity.links.append(_link(source, extras, relation))
    for key in ("datasets", "referents"):
        for value in strings(obj.get(key)):
            entity.add_property(key, value)
    for key in ("first_seen", "last_seen", "last_change"):
        entity.add_property(key, obj.get(key) if isinstance(obj.get(key), str) else None)
    if isinstance(obj.get("target"), bool):
        entity.add_property("target", "true" if obj["target"] else "false")
    return entity


def _names(entity: Entity, obj: dict[str, Any], values: dict[str, list[str]]) -> None:
    names = list(values.get("name", []))
    caption = obj.get("caption")
    if isinstance(caption, str) and caption in names:
        names.remove(caption)
        names.insert(0, caption)
    if not names:
        parts = tuple(next(iter(values.get(k, [])), None) for k in ("firstName", "middleName", "lastName"))
        built = join(*parts, sep=" ")
        if built:
            names = [built]
    for value in names:
        add_name(entity.names, make_name(value, "primary"))
    for value in values.get("alias", []) + values.get("abbreviation", []):
        add_name(entity.names, make_name(value, "alias"))
    for value in values.get("weakAlias", []):
        add_name(entity.names, make_name(value, "alias", quality="weak"))
    for value in values.get("previousName", []):
        add_name(entity.names, make_name(value, "formerly"))
    if not entity.names and isinstance(caption, str) and caption.strip():
        add_name(entity.names, make_name(caption, "primary"))


def _add_address(entity: Entity, address: Address) -> None:
    for existing in entity.addresses:
        if existing == address or (existing.full == address.full and not address.remarks):
            return
    entity.addresses.append(replace(address))


def _add_identifier(entity: Entity, identifier: Identifier, *, any_kind: bool = False) -> None:
    """Add an identifier, or complete the one with the same value (and kind) with country and note.

    ``any_kind`` is for Identification/Passport records, whose free-text type says less
    about the kind than the holder's own identifier property does.
    """
    for existing in entity.identifiers:
        same_kind = any_kind or existing.kind == identifier.kind
        if same_kind and existing.normalized == identifier.normalized:
            existing.country = existing.country or identifier.country
            existing.note = existing.note or identifier.note
            return
    entity.identifiers.append(identifier)


def _link(source: str, extras: _Extras, relation: tuple[LinkKind, str, str | None, str | None]) -> Link:
    kind, target, note, described = relation
    caption = extras.captions.get(target)
    return Link(
        kind=kind,
        target_name=caption or described or target,
        target_id=make_entity_id(source, target) if caption else None,
        note=note,
    )


# ---------------------------------------------------------------------------
# Export
# ---------------------------------------------------------------------------


def _date_values(values: Iterable[DateValue]) -> list[str]:
    result: list[str] = []
    for value in values:
        for iso in (value.start, value.end):
            if iso not in result:
                result.append(iso)
    return result


def _put(props: dict[str, list[str]], key: str, value: str | None) -> None:
    if value is None or not str(value).strip():
        return
    values = props.setdefault(key, [])
    if value not in values:
        values.append(value)


def _line(handle: TextIO, ftm_id: str, schema: str, props: dict[str, list[str]], datasets: list[str]) -> None:
    record = {"id": ftm_id, "schema": schema, "properties": props, "datasets": datasets}
    handle.write(json.dumps(record, ensure_ascii=False, sort_keys=True))
    handle.write("\n")


def export_entities(entities: Iterable[Entity], handle: TextIO) -> int:
    """Write entities as FtM JSON lines; returns the number of entities written.

    Each entity becomes one line (``id`` = entity_id, ``schema``, ``properties``,
    ``caption``, ``datasets``, ``referents``); its programs become a Sanction line,
    its structured addresses Address lines, identifiers with an issuing country
    Identification/Passport lines and its links relation lines (Ownership,
    Family, Associate, UnknownLink), so that :func:`read` gives the entities back.
    """
    count = 0
    for entity in entities:
        count += 1
        eid = entity.entity_id
        datasets = entity.properties.get("datasets") or [entity.source]
        props: dict[str, list[str]] = {}
        for name in entity.names:
            if name.kind in ("primary", "original_script"):
                _put(props, "name", name.full)
            elif name.kind == "formerly":
                _put(props, "previousName", name.full)
            elif name.is_weak:
                _put(props, "weakAlias", name.full)
            else:
                _put(props, "alias", name.full)
        for iso in _date_values(entity.birth_dates):
            _put(props, "birthDate", iso)
        for place in entity.birth_places:
            _put(props, "birthPlace", place)
        _put(props, "gender", entity.gender)
        for code in entity.nationalities:
            _put(props, "nationality", code)
        for code in entity.citizenships:
            _put(props, "citizenship", code)
        for code in entity.countries:
            _put(props, "country", code)
        for title in entity.titles:
            _put(props, "title", title)
        for position in entity.positions:
            _put(props, "position", position)
        for remark in entity.remarks:
            _put(props, "notes", remark)
        if entity.listed_on:
            _put(props, "createdAt", entity.listed_on)
        for prop, key in PLAIN_PROPS.items():
            for value in entity.properties.get(key, []):
                _put(props, prop, value)
        for index, identifier in enumerate(entity.identifiers):
            prop = identifier.label if ID_PROPS.get(identifier.label or "") == identifier.kind else None
            if identifier.kind == "aircraft_tail":
                prop = "registrationNumber"
            _put(props, prop or EXPORT_ID_PROPS[identifier.kind], identifier.value)
            if identifier.country or identifier.note:
                doc_schema = "Passport" if identifier.kind == "passport" else "Identification"
                doc = {"holder": [eid], "number": [identifier.value]}
                _put(doc, "country", identifier.country)
                _put(doc, "summary", identifier.note)
                _put(doc, "type", identifier.label)
                _line(handle, f"{eid}-id-{index}", doc_schema, doc, datasets)
        for index, address in enumerate(entity.addresses):
            addr_id = f"{eid}-addr-{index}"
            _put(props, "addressEntity", addr_id)
            addr: dict[str, list[str]] = {"full": [address.full]}
            _put(addr, "street", address.street)
            _put(addr, "city", address.city)
            _put(addr, "region", address.region)
            _put(addr, "postalCode", address.postal_code)
            _put(addr, "country", address.country)
            _put(addr, "summary", address.remarks)
            _line(handle, addr_id, "Address", addr, datasets)
        if entity.programs:
            sanction: dict[str, list[str]] = {"entity": [eid], "program": list(entity.programs)}
            _put(sanction, "authority", entity.source)
            _put(sanction, "listingDate", entity.listed_on)
            _line(handle, f"{eid}-sanction", "Sanction", sanction, datasets)
        for index, link in enumerate(entity.links):
            _export_link(handle, entity, props, link, index, datasets)
        record = {
            "id": eid,
            "schema": EXPORT_SCHEMATA.get(entity.schema, entity.schema),
            "caption": entity.caption,
            "properties": props,
            "datasets": datasets,
            "referents": entity.properties.get("referents", []),
        }
        handle.write(json.dumps(record, ensure_ascii=False, sort_keys=True))
        handle.write("\n")
    return count


def _export_link(
    handle: TextIO, entity: Entity, props: dict[str, list[str]], link: Link, index: int, datasets: list[str]
) -> None:
    target = link.target_id or f"{entity.entity_id}-party-{index}"
    if link.kind == "owner" and link.target_id:
        _put(props, "owner", target)
        return
    if link.kind == "owner":
        schema, own, other = EXPORT_RELATIONS["owned_or_controlled_by"]
    else:
        schema, own, other = EXPORT_RELATIONS.get(link.kind, EXPORT_RELATIONS["other"])
    relation: dict[str, list[str]] = {own: [entity.entity_id], other: [target]}
    if not link.target_id:
        _put(relation, "description", link.target_name)
    note_prop = "relationship" if schema == "Family" else "role"
    _put(relation, note_prop, link.note)
    _line(handle, f"{entity.entity_id}-link-{index}", schema, relation, datasets)
