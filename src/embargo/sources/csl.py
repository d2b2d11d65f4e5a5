"""The US Consolidated Screening List (trade.gov ``csl.csv``): one CSV, many US lists.

Header row; each row is one party on one of the underlying lists, named in the
``source`` column ("Entity List (EL) - Bureau of Industry and Security", "Specially
Designated Nationals (SDN) - Treasury Department", ...). That list name goes to
``properties["list_names"]`` and its short code ("EL", "SDN", "DPL", "MEU") to
``programs`` next to the row's own programs.

Multi-valued columns (alt_names, addresses, dates_of_birth, places_of_birth,
nationalities, citizenships, ids, programs) are separated by ``;``. Each ``ids`` group
is written ``[country, ]value, label`` ("RU, 1137746390572, Registration ID",
"IMO 8898831, Vessel Registration Identification"); the label-first order
``label, value[, country[, issue date[, expiration date]]]`` is read too. Groups are
read with OFAC's remarks vocabulary (:func:`embargo.sources.ofac_remarks.parse_labelled`),
so "Website", "Email Address", "Secondary sanctions risk:" and directives become the
same properties as in the OFAC reader.

``source_id``: the ``entity_number`` column when present (OFAC's ent_num for SDN and
SSI rows), else an ``id``/``_id`` column if the file has one, else a stable hash: the
list's short code, a dash, and the first 16 hex digits of SHA-1 over
``"<list name>|<name>|<addresses>"``. Rows that end up with the same ``source_id`` are
one entity (their names and addresses are merged).
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
from pathlib import Path

from embargo.errors import ListFormatError
from embargo.model import Address, Entity, Identifier, Link, Name, SchemaName, make_entity_id
from embargo.sources.base import ParsedList, checked_rows, limit_csv_fields, looks_like_html, sniff
from embargo.sources.dates import parse_date, parse_dates
from embargo.sources.dpl import iso_country, party_schema
from embargo.sources.ofac import gc_paused, organisation_schema, person_name, read_list_text, resolve_links
from embargo.sources.ofac_remarks import RemarkFacts, parse_labelled, parse_remarks

FORMAT = "csl-csv"
DEFAULT_SOURCE = "us-csl"

_REQUIRED = ("source", "name")
#: Columns that only the CSL has; detection wants the required ones and one of these.
_MARKERS = ("entity_number", "alt_names", "source_list_url", "federal_register_notice", "license_policy")
_SCHEMA_BY_TYPE: dict[str, SchemaName] = {"individual": "Person", "vessel": "Vessel", "aircraft": "Aircraft"}
_LIST_CODE = re.compile(r"\(([A-Z][A-Z0-9-]{1,10})\)")
_SPLIT = re.compile(r"\s*;\s*")


def _header(path: Path) -> list[str] | None:
    head = sniff(path, 4096).lstrip("\ufeff")
    if not head.strip() or looks_like_html(head):
        return None
    first = head.splitlines()[0]
    try:
        return [c.strip().lower() for c in next(csv.reader([first]))]
    except (csv.Error, StopIteration):
        return None


def detect(path: Path) -> bool:
    """True for a trade.gov Consolidated Screening List CSV (judged by its header row)."""
    try:
        path = Path(path)
        if not path.is_file():
            return False
        columns = _header(path)
        if not columns:
            return False
        return all(c in columns for c in _REQUIRED) and any(c in columns for c in _MARKERS)
    except (OSError, ValueError):
        return False


def _split(value: str) -> list[str]:
    return [v for v in (p.strip() for p in _SPLIT.split(value or "")) if v]


def list_code(list_name: str) -> str | None:
    """The short code of an underlying list: "Entity List (EL) - Bureau ..." -> "EL"."""
    match = _LIST_CODE.search(list_name or "")
    return match.group(1) if match else None


def _schema(row: dict[str, str], name: str) -> SchemaName:
    kind = row.get("type", "").strip().lower()
    if kind in _SCHEMA_BY_TYPE:
        return _SCHEMA_BY_TYPE[kind]
    if kind == "entity":
        return organisation_schema(name)
    if row.get("dates_of_birth") or row.get("places_of_birth"):
        return "Person"
    return party_schema(name)


def _source_id(row: dict[str, str]) -> str:
    for column in ("entity_number", "id", "_id"):
        value = row.get(column, "").strip()
        if value:
            return value
    list_name = row.get("source", "")
    digest = hashlib.sha1(
        f"{list_name}|{row.get('name', '')}|{row.get('addresses', '')}".encode()
    ).hexdigest()
    return f"{list_code(list_name) or 'csl'}-{digest[:16]}"


def _address(text: str) -> Address:
    """One CSL address: comma-separated parts, the country code last ("..., Miami, FL, 33130, US")."""
    parts = [p.strip() for p in text.split(",") if p.strip()]
    # The last part is an ISO code in the real file ("..., Dubai, UAE, AE"); a name is read too.
    country = iso_country(parts[-1]) if parts else None
    return Address(full=text.strip(), country=country)


def _is_code(text: str) -> bool:
    return len(text) == 2 and text.isalpha() and text.isupper()


def _ids(value: str, facts: RemarkFacts) -> None:
    """Read the ``ids`` column into ``facts`` (see the module docstring for the layouts)."""
    for group in _split(value):
        parts = [p.strip() for p in group.split(",")]
        if len(parts) < 2:
            facts.remarks.append(group)
            continue
        label_first = (
            len(parts) >= 3
            and not _is_code(parts[0])
            and any(ch.isdigit() for ch in parts[1])
            and (parts[2] == "" or _is_code(parts[2]))
        )
        if label_first:
            value_text = parts[1]
            issued = parse_date(parts[3]) if len(parts) > 3 else None
            expires = parse_date(parts[4]) if len(parts) > 4 else None
            if issued:
                value_text += f" issued {issued.start}"
            if expires:
                value_text += f" expires {expires.start}"
            parse_labelled(parts[0], value_text, parts[2] or None, facts)
            continue
        body = parts[:-1]
        country = None
        if len(body) > 1 and _is_code(body[0]):
            country, body = body[0], body[1:]
        parse_labelled(parts[-1], ", ".join(body), country, facts)


def _new_entity(row: dict[str, str], source: str, source_id: str, path: Path, line: int) -> Entity:
    name = " ".join(row.get("name", "").split())
    if not name:
        raise ListFormatError(path, "row has no name", f"line {line}")
    schema = _schema(row, name)
    entity = Entity(
        entity_id=make_entity_id(source, source_id),
        source=source,
        source_id=source_id,
        schema=schema,
        names=[person_name(name) if schema == "Person" else Name(full=name)],
    )
    return entity


def _fill(entity: Entity, row: dict[str, str]) -> None:
    """Add one row's facts to its entity."""
    list_name = row.get("source", "").strip()
    entity.add_property("list_names", list_name)
    programs = _split(row.get("programs", ""))
    code = list_code(list_name)
    for program in ([code] if code else []) + programs:
        if program not in entity.programs:
            entity.programs.append(program)
    known = {n.full.casefold() for n in entity.names}
    for alias in _split(row.get("alt_names", "")):
        alias = re.sub(r"^and\s+", "", alias).strip(" .")
        if alias and alias.casefold() not in known:
            entity.names.append(
                person_name(alias, "alias") if entity.schema == "Person" else Name(full=alias, kind="alias")
            )
            known.add(alias.casefold())
    for text in _split(row.get("addresses", "")):
        address = _address(text)
        if all(a.full != address.full for a in entity.addresses):
            entity.addresses.append(address)
    for date in parse_dates(row.get("dates_of_birth", "")):
        if date not in entity.birth_dates:
            entity.birth_dates.append(date)
    for place in _split(row.get("places_of_birth", "")):
        if place not in entity.birth_places:
            entity.birth_places.append(place)
    for column, target in (("nationalities", entity.nationalities), ("citizenships", entity.citizenships)):
        for text in re.split(r"\s*[;,]\s*", row.get(column, "")):
            code_ = iso_country(text)
            if code_ and code_ not in target:
                target.append(code_)
    title = row.get("title", "").strip()
    if title and title not in entity.titles:
        entity.titles.append(title)
    start = parse_date(row.get("start_date"))
    if start and not entity.listed_on:
        entity.listed_on = start.start
    end = parse_date(row.get("end_date"))
    entity.add_property("end_date", end.start if end else row.get("end_date"))
    for column in ("federal_register_notice", "standard_order", "license_requirement", "license_policy"):
        entity.add_property(column, row.get(column))
    entity.add_property("source_url", row.get("source_list_url"))
    entity.add_property("source_information_url", row.get("source_information_url"))
    call_sign = row.get("call_sign", "").strip()
    if call_sign and all(i.value != call_sign for i in entity.identifiers):
        entity.identifiers.append(Identifier(kind="call_sign", value=call_sign, label="Call Sign"))
    entity.add_property("vessel_type", row.get("vessel_type"))
    entity.add_property("tonnage", row.get("gross_tonnage"))
    entity.add_property("gross_registered_tonnage", row.get("gross_registered_tonnage"))
    flag = row.get("vessel_flag", "").strip()
    if flag:
        flag_code = iso_country(flag)
        entity.add_property("vessel_flag", flag_code or flag)
        if flag_code and flag_code not in entity.countries:
            entity.countries.append(flag_code)
    owner = row.get("vessel_owner", "").strip()
    if owner:
        entity.links.append(Link(kind="owner", target_name=owner))
    facts = parse_remarks(row.get("remarks", ""))
    _ids(row.get("ids", ""), facts)
    facts.apply(entity)


def read(path: Path, source: str | None = None) -> ParsedList:
    """Read a Consolidated Screening List CSV into entities."""
    path = Path(path)
    if path.is_dir():
        raise ListFormatError(path, "expected the Consolidated Screening List file (csl.csv), got a folder")
    with gc_paused():
        return _read(path, source or DEFAULT_SOURCE)


def _read(path: Path, source: str) -> ParsedList:
    text = read_list_text(path)
    limit_csv_fields()
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = [h.strip().lower() for h in next(reader)]
    except StopIteration:
        raise ListFormatError(path, "file is empty", "line 1") from None
    except csv.Error as exc:
        raise ListFormatError(path, f"not valid CSV: {exc}", "line 1") from None
    missing = [c for c in _REQUIRED if c not in header]
    if missing:
        raise ListFormatError(
            path, f"header row lacks {', '.join(missing)}: not a Consolidated Screening List file", "line 1"
        )
    entities: dict[str, Entity] = {}
    rows = 0
    try:
        for line, fields in checked_rows(reader, path, len(header)):
            rows += 1
            row = dict(zip(header, fields, strict=True))
            source_id = _source_id(row)
            entity = entities.get(source_id)
            if entity is None:
                entity = _new_entity(row, source, source_id, path, line)
                entities[source_id] = entity
            elif row.get("name", "").strip() and row["name"].strip() not in {n.full for n in entity.names}:
                entity.names.append(Name(full=" ".join(row["name"].split()), kind="alias"))
            _fill(entity, row)
    except csv.Error as exc:
        raise ListFormatError(path, f"not valid CSV: {exc}", f"line {reader.line_num}") from None
    if not entities:
        raise ListFormatError(path, "no entries found")
    result = list(entities.values())
    resolve_links(result)
    return ParsedList(
        format=FORMAT,
        source=source,
        files=[path],
        entities=result,
        notes=[f"{rows} rows read into {len(result)} entities"],
    )
