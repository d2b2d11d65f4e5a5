"""OFAC's legacy CSV file sets: the SDN list and the consolidated (non-SDN) list.

The SDN set is ``sdn.csv`` (primary records), ``alt.csv`` (aliases), ``add.csv``
(addresses) and optionally ``sdn_comments.csv`` (the part of a long remarks field
that did not fit in ``sdn.csv``). The consolidated set has the same layout under
``cons_prim.csv``, ``cons_alt.csv``, ``cons_add.csv`` and ``cons_comments.csv``.

The files have no header row; ``-0-`` (with trailing spaces) means empty; fields may
or may not be quoted; the official files end with the DOS end-of-file byte 0x1A; the
encoding is cp1252 or UTF-8. Several programs are joined as ``PROG1] [PROG2``.

``read()`` accepts the folder or any file of a set. Entities get
``entity_id = make_entity_id(source, ent_num)``. After all rows are read, every
:class:`Link` (``Linked To:``, vessel owner) is resolved to the entity of the same
set whose primary name or strong alias equals its target name, ignoring case,
spacing and punctuation.
"""

from __future__ import annotations

import csv
import gc
import io
import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from rigour.names import extract_org_types

from embargo.errors import ListFormatError
from embargo.model import Address, Entity, Identifier, Link, Name, SchemaName, make_entity_id
from embargo.sources.base import ParsedList, limit_csv_fields, looks_like_html, read_text, sniff
from embargo.sources.ofac_remarks import country_code, parse_remarks

FORMAT = "ofac-csv"
DEFAULT_SOURCE = "ofac-sdn"
CONSOLIDATED_SOURCE = "ofac-cons"

#: File roles -> (SDN file name, consolidated file name, column count).
_FILES: dict[str, tuple[str, str, int]] = {
    "primary": ("sdn.csv", "cons_prim.csv", 12),
    "alt": ("alt.csv", "cons_alt.csv", 5),
    "add": ("add.csv", "cons_add.csv", 6),
    "comments": ("sdn_comments.csv", "cons_comments.csv", 2),
}
_PRIMARY_TYPES = {"individual", "vessel", "aircraft", "-0-", ""}
_ALT_TYPES = {"aka": "alias", "fka": "formerly", "nka": "alias"}
_SCHEMA_BY_TYPE: dict[str, SchemaName] = {"individual": "Person", "vessel": "Vessel", "aircraft": "Aircraft"}
_EOF = "\x1a"


# ---------------------------------------------------------------------------
# Low-level CSV reading
# ---------------------------------------------------------------------------


def _clean(value: str) -> str:
    """A field without padding; OFAC's ``-0-`` (empty) becomes ""."""
    value = value.strip()
    return "" if value == "-0-" else value


def read_list_text(path: Path) -> str:
    """The text of a list file, with :func:`read_text`'s checks, every error naming a line.

    Whole-file problems (empty, binary) are reported at line 1; a text that is valid in
    no accepted encoding at the line of the first byte UTF-8 cannot read.
    """
    try:
        text = read_text(path)
    except ListFormatError as exc:
        if exc.location:
            raise
        line = 1
        if "not valid" in exc.message:
            try:
                path.read_bytes().decode("utf-8")
            except UnicodeDecodeError as decode_error:
                line = path.read_bytes().count(b"\n", 0, decode_error.start) + 1
            except OSError:
                pass
        raise ListFormatError(path, exc.message, f"line {line}") from None
    if looks_like_html(text[:1024]):
        raise ListFormatError(
            path, "this is an HTML page, not a list file (an error page served instead?)", "line 1"
        )
    return text


def _rows(path: Path, columns: int) -> Iterator[tuple[int, list[str]]]:
    """(line number, cleaned fields) for every record of one headerless OFAC CSV file.

    Stops at the DOS end-of-file byte 0x1A (with whatever padding follows it on that
    line); raises :class:`ListFormatError` naming the file and line for anything else
    that does not fit.
    """
    text = read_list_text(path)
    eof = text.find(_EOF)
    if eof >= 0:
        # Some copies pad the end-of-file line with commas; anything else after it is damage.
        if text[eof + 1 :].strip(" ,\r\n\x1a"):
            line = text.count("\n", 0, eof) + 1
            raise ListFormatError(path, "end-of-file byte 0x1A before the end of the data", f"line {line}")
        text = text[:eof]
    limit_csv_fields()
    reader = csv.reader(io.StringIO(text, newline=""), strict=False)
    first = True
    try:
        for fields in reader:
            if not fields or (len(fields) == 1 and not fields[0].strip()):
                continue
            if first:
                first = False
                if _is_header(fields):
                    continue  # third-party copies add a header row; the official files have none
            if len(fields) != columns:
                raise ListFormatError(
                    path,
                    f"expected {columns} columns, found {len(fields)} (wrong file or damaged line)",
                    f"line {reader.line_num}",
                )
            cleaned = [f.strip() for f in fields]
            yield reader.line_num, ["" if f == "-0-" else f for f in cleaned]
    except csv.Error as exc:
        raise ListFormatError(path, f"not valid CSV: {exc}", f"line {reader.line_num}") from None


def _is_header(fields: list[str]) -> bool:
    """True for a header row such as ``ent_num,SDN_Name,SDN_Type,...``."""
    return fields[0].strip().lower().replace(" ", "_") in {"ent_num", "entnum", "ent_number"}


def _ent_num(path: Path, line: int, value: str) -> str:
    if not value.isdigit():
        raise ListFormatError(path, f"entry number {value[:40]!r} is not a number", f"line {line}")
    return value


# ---------------------------------------------------------------------------
# Detection and file sets
# ---------------------------------------------------------------------------


def _first_record(path: Path) -> list[str] | None:
    """The first CSV record of a file, read from its first 4 KB; None if there is none."""
    head = sniff(path)
    if not head or looks_like_html(head):
        return None
    for line in head.splitlines():
        if line.strip() and not line.startswith(_EOF):
            try:
                fields = next(csv.reader([line]))
            except (csv.Error, StopIteration):
                return None
            if not _is_header(fields):
                return fields
    return None


def _role_by_content(path: Path) -> str | None:
    """Which file of a set this is, judged by its first record; None if it is no OFAC CSV file."""
    fields = _first_record(path)
    if not fields:
        return None
    fields = [f.strip() for f in fields]
    if not fields[0].isdigit():
        return None
    if len(fields) == 12 and fields[2].lower() in _PRIMARY_TYPES:
        return "primary"
    if len(fields) == 5 and fields[1].isdigit() and fields[2].lower() in _ALT_TYPES:
        return "alt"
    if len(fields) == 6 and fields[1].isdigit():
        return "add"
    if len(fields) == 2 and path.name.lower().endswith("comments.csv"):
        return "comments"
    return None


def _find(folder: Path, name: str) -> Path | None:
    """A file of the folder by name, ignoring case (SDN.CSV and sdn.csv are both seen)."""
    candidate = folder / name
    if candidate.is_file():
        return candidate
    try:
        for child in folder.iterdir():
            if child.name.lower() == name and child.is_file():
                return child
    except OSError:
        return None
    return None


def _file_set(path: Path) -> tuple[str, dict[str, Path]]:
    """('sdn' or 'cons', role -> file) for a folder or any file of a set."""
    if path.is_dir():
        for kind, index in (("sdn", 0), ("cons", 1)):
            primary = _find(path, _FILES["primary"][index])
            if primary is not None:
                return kind, _siblings(path, kind, {"primary": primary})
        raise ListFormatError(path, "folder holds no OFAC sdn.csv or cons_prim.csv")
    name = path.name.lower()
    for role, (sdn_name, cons_name, _) in _FILES.items():
        for kind, file_name in (("sdn", sdn_name), ("cons", cons_name)):
            if name == file_name:
                files = _siblings(path.parent, kind, {})
                files[role] = path
                if "primary" not in files:
                    raise ListFormatError(
                        path, f"the OFAC set has no {_FILES['primary'][0 if kind == 'sdn' else 1]}"
                    )
                return kind, files
    # A file under another name: judge it by content; it is read alone.
    role = _role_by_content(path)
    if role != "primary":
        raise ListFormatError(
            path, "not an OFAC primary records file (sdn.csv / cons_prim.csv layout)", "line 1"
        )
    kind = "cons" if "cons" in name else "sdn"
    return kind, {"primary": path}


def _siblings(folder: Path, kind: str, files: dict[str, Path]) -> dict[str, Path]:
    index = 0 if kind == "sdn" else 1
    for role, names in _FILES.items():
        if role not in files:
            found = _find(folder, names[index])
            if found is not None:
                files[role] = found
    return files


def detect(path: Path) -> bool:
    """True for an OFAC legacy CSV folder or file (judged by content, never raises)."""
    try:
        path = Path(path)
        if path.is_dir():
            for index in (0, 1):
                primary = _find(path, _FILES["primary"][index])
                if primary is not None and _role_by_content(primary) == "primary":
                    return True
            return False
        if not path.is_file() or path.stat().st_size == 0:
            return False
        return _role_by_content(path) is not None
    except (OSError, ValueError):
        return False


# ---------------------------------------------------------------------------
# Entities
# ---------------------------------------------------------------------------


def _programs(value: str) -> list[str]:
    """``"PROG1] [PROG2"`` (or ``"[PROG1] [PROG2]"``) -> ["PROG1", "PROG2"]."""
    parts = re.split(r"\]\s*\[", value)
    return [p.strip(" []") for p in parts if p.strip(" []")]


def organisation_schema(name: str) -> SchemaName:
    """Company when a name carries a legal form (LLC, LTD, S.A., GmbH, OOO, JSC...), else Organization.

    The legal forms come from rigour's organisation-type database (ISO 20275 and more).
    """
    return "Company" if extract_org_types(name.casefold()) else "Organization"


def person_name(full: str, kind: str = "primary", quality: str | None = None) -> Name:
    """An individual's name as OFAC writes it, ``"LAST, First Middle"``, with its parts."""
    parts: dict[str, str] = {}
    if "," in full:
        last, _, first = full.partition(",")
        if last.strip() and first.strip():
            parts = {"last": last.strip(), "first": first.strip()}
    return Name(full=full, kind=kind, quality=quality, parts=parts)  # type: ignore[arg-type]


def _new_entity(path: Path, line: int, fields: list[str], source: str) -> Entity:
    ent_num = _ent_num(path, line, fields[0])
    name, sdn_type, program, title = fields[1], fields[2].lower(), fields[3], fields[4]
    if not name:
        raise ListFormatError(path, f"entry {ent_num} has no name", f"line {line}")
    if sdn_type not in _PRIMARY_TYPES:
        raise ListFormatError(path, f"unknown SDN type {fields[2][:40]!r}", f"line {line}")
    schema = _SCHEMA_BY_TYPE.get(sdn_type) or organisation_schema(name)
    entity = Entity(
        entity_id=make_entity_id(source, ent_num),
        source=source,
        source_id=ent_num,
        schema=schema,
        names=[person_name(name) if schema == "Person" else Name(full=name)],
        programs=_programs(program),
    )
    if title:
        entity.titles.append(title)
    call_sign, vessel_type, tonnage, grt, flag, owner = fields[5:11]
    if call_sign:
        entity.identifiers.append(Identifier(kind="call_sign", value=call_sign, label="Call Sign"))
    entity.add_property("vessel_type", vessel_type)
    entity.add_property("tonnage", tonnage)
    entity.add_property("gross_registered_tonnage", grt)
    if flag:
        code = country_code(flag)
        entity.add_property("vessel_flag", code or flag)
        if code:
            entity.countries.append(code)
    if owner:
        entity.links.append(Link(kind="owner", target_name=owner))
    return entity


def _apply_remarks(entity: Entity, remarks: str) -> None:
    facts = parse_remarks(remarks)
    facts.apply(entity)
    # OFAC often repeats the title as the last remark; keep it once.
    entity.remarks = [r for r in entity.remarks if r not in entity.titles]


def _address(fields: list[str]) -> Address | None:
    street, city, country, remarks = fields[2], fields[3], fields[4], fields[5]
    parts = [p for p in (street, city, country) if p]
    if not parts and not remarks:
        return None
    return Address(
        full=", ".join(parts) or remarks,
        street=street or None,
        city=city or None,
        country=country_code(country) if country else None,
        remarks=remarks or None,
    )


_NORMALISE = re.compile(r"[^\w]+", re.UNICODE)
_DROP = str.maketrans("", "", ".'")


def normalise_link_name(name: str) -> str:
    """A name reduced for link resolution: case, spacing and punctuation ignored."""
    return _NORMALISE.sub(" ", name.casefold().translate(_DROP)).strip()


def resolve_links(entities: list[Entity]) -> None:
    """Point every link's ``target_id`` at the entity of the same list named by it.

    Primary names win over aliases; a target that names several entities the same way
    is left unresolved rather than guessed.
    """
    primary: dict[str, set[str]] = {}
    alias: dict[str, set[str]] = {}
    for entity in entities:
        for name in entity.names:
            if name.is_weak:
                continue
            table = primary if name.kind == "primary" else alias
            table.setdefault(normalise_link_name(name.full), set()).add(entity.entity_id)
    for entity in entities:
        for link in entity.links:
            key = normalise_link_name(link.target_name)
            for table in (primary, alias):
                found = table.get(key, set()) - {entity.entity_id}
                if len(found) == 1:
                    link.target_id = next(iter(found))
                    break
                if found:
                    break


@contextmanager
def gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while a list is read.

    Reading creates hundreds of thousands of small objects that live on; the collector's
    repeated passes over them cost more than the parsing itself (measured: about half the
    read time of the 2023 SDN set). Reference counting still frees everything short-lived.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def read(path: Path, source: str | None = None) -> ParsedList:
    """Read an OFAC legacy CSV set (folder or any of its files) into entities."""
    path = Path(path)
    if not path.exists():
        raise ListFormatError(path, "no such file or folder")
    with gc_paused():
        return _read(path, source)


def _read(path: Path, source: str | None) -> ParsedList:
    kind, files = _file_set(path)
    source = source or (DEFAULT_SOURCE if kind == "sdn" else CONSOLIDATED_SOURCE)
    primary_path = files["primary"]

    entities: dict[str, Entity] = {}
    raw_remarks: dict[str, str] = {}
    for line, fields in _rows(primary_path, _FILES["primary"][2]):
        entity = _new_entity(primary_path, line, fields, source)
        if entity.source_id in entities:
            raise ListFormatError(
                primary_path, f"entry number {entity.source_id} appears twice", f"line {line}"
            )
        entities[entity.source_id] = entity
        if fields[11]:
            raw_remarks[entity.source_id] = fields[11]
    if not entities:
        raise ListFormatError(primary_path, "no entries found")

    notes: list[str] = []
    if "comments" in files:
        comments_path = files["comments"]
        for line, fields in _rows(comments_path, _FILES["comments"][2]):
            ent_num = _ent_num(comments_path, line, fields[0])
            # The comments file continues a remarks field cut at a fixed length, mid-word.
            raw_remarks[ent_num] = raw_remarks.get(ent_num, "") + fields[1]
    if "alt" in files:
        alt_path = files["alt"]
        for line, fields in _rows(alt_path, _FILES["alt"][2]):
            entity = entities.get(_ent_num(alt_path, line, fields[0]))
            if entity is None or not fields[3]:
                continue
            alt_kind = _ALT_TYPES.get(fields[2].lower(), "alias")
            if entity.schema == "Person":
                entity.names.append(person_name(fields[3], alt_kind, "strong"))
            else:
                entity.names.append(Name(full=fields[3], kind=alt_kind, quality="strong"))  # type: ignore[arg-type]
            if fields[4]:
                entity.remarks.append(f"{fields[3]}: {fields[4]}")

    # After the strong aliases, so a weak a.k.a. that repeats one is not listed twice.
    for ent_num, remarks in raw_remarks.items():
        if ent_num in entities:
            _apply_remarks(entities[ent_num], remarks)

    if "add" in files:
        add_path = files["add"]
        for line, fields in _rows(add_path, _FILES["add"][2]):
            entity = entities.get(_ent_num(add_path, line, fields[0]))
            if entity is None:
                continue
            address = _address(fields)
            if address is not None:
                entity.addresses.append(address)
    missing = [role for role in ("alt", "add") if role not in files]
    if missing:
        notes.append(f"no {' or '.join(missing)} file next to {primary_path.name}: read without them")

    result = list(entities.values())
    resolve_links(result)
    return ParsedList(
        format=FORMAT,
        source=source,
        files=[files[role] for role in ("primary", "alt", "add", "comments") if role in files],
        entities=result,
        notes=notes,
    )
