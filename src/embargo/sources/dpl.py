"""The BIS Denied Persons List: tab-separated text with quoted fields and a header row.

Columns: Name, Street_Address, City, State, Country, Postal_Code, Effective_Date,
Expiration_Date, Standard_Order, Last_Update, Action, FR_Citation.

One denial order often covers a party at several addresses, one row each, and later
Federal Register notices are cited on some of those rows only. Rows are therefore
joined into one entity when they have the same name (case and spacing ignored) and
the same Effective_Date; their addresses and citations are collected. The 545 rows of
the real file give 417 entities this way. A party denied again under a new order (a
new effective date) is a separate entity, as it is a separate denial.

The list has no identifiers, so ``source_id`` is a stable hash:
the first 16 hex digits of SHA-1 over ``"<normalised name>|<Effective_Date as ISO>"``.
It stays the same across versions as long as the order's name and date do.

The list does not say whether a party is a person or a company: :func:`party_schema`
decides from the name (legal forms and organisation words from rigour; else a short
name of plain words is a person).
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
from pathlib import Path

from rigour.names import NameTypeTag, SymbolCategory, analyze_names, extract_org_types
from rigour.territories import lookup_by_identifier

from embargo.errors import ListFormatError
from embargo.model import Address, Entity, Name, SchemaName, make_entity_id
from embargo.sources.base import ParsedList, checked_rows, limit_csv_fields, sniff
from embargo.sources.dates import parse_date
from embargo.sources.ofac import read_list_text
from embargo.sources.ofac_remarks import country_code

FORMAT = "dpl-txt"
DEFAULT_SOURCE = "bis-dpl"

COLUMNS = (
    "Name",
    "Street_Address",
    "City",
    "State",
    "Country",
    "Postal_Code",
    "Effective_Date",
    "Expiration_Date",
    "Standard_Order",
    "Last_Update",
    "Action",
    "FR_Citation",
)
_REQUIRED = ("Name", "Effective_Date")

_ORG_SYMBOLS = {SymbolCategory.ORG_CLASS, SymbolCategory.SYMBOL, SymbolCategory.DOMAIN}
_PERSON_TOKEN = re.compile(r"^[^\W\d_][\w'’.-]*$")
_ROMAN = re.compile(r"^[ivx]+$")
_PUNCT_SPACE = re.compile(r"[()\"“”,;]")
_EMBEDDED_AKA = re.compile(r"\s+(?:a/k/a|a\.k\.a\.?|aka|f/k/a|f\.k\.a\.?|d/b/a|dba)\s+", re.IGNORECASE)
_PAREN_AKA = re.compile(
    r"\(\s*(?:a/k/a|a\.k\.a\.?|aka|f/k/a|f\.k\.a\.?|d/b/a|dba)\s+([^()]+)\)", re.IGNORECASE
)
_DOMAIN_LIKE = re.compile(r"\w\.(?:com|net|org|biz|info|[a-z]{2})$", re.IGNORECASE)


def party_schema(name: str) -> SchemaName:
    """Person, Company or Organization for a name a list does not type.

    Company: the name carries a legal form (rigour's org-type database: LLC, LTD, INC,
    S.A., GmbH, FZCO ...). Organization: rigour's organisation tagger finds an
    organisation word (corporation, systems, airlines, university, ...), or the name holds
    a number or a web domain, or it is a single word. Person: everything else, i.e. two
    to six plain words ("ADRIAN MANUEL HERNANDEZ", "I. ASH", "JOEL PRADO, JR.").
    """
    folded = name.casefold()
    # A roman numeral ("KIM SONG II") is a generation suffix, not a legal form.
    if any(not _ROMAN.match(matched) for matched, _ in extract_org_types(folded)):
        return "Company"
    tokens = _PUNCT_SPACE.sub(" ", name).split()
    if len(tokens) < 2 or len(tokens) > 6 or any(_DOMAIN_LIKE.search(t) for t in tokens):
        return "Organization"
    for analysed in analyze_names(NameTypeTag.ORG, [name], phonetics=False, consolidate=False):
        for span in analysed.spans:
            text = " ".join(part.form for part in span.parts)
            if span.symbol.category in _ORG_SYMBOLS and not _ROMAN.match(text):
                return "Organization"
    if all(_PERSON_TOKEN.match(t) for t in tokens):
        return "Person"
    return "Organization"


def split_embedded_aliases(name: str) -> tuple[str, list[str]]:
    """A listed name and the aliases written into it: "FUYI SUN A/K/A FRANK SUN",
    "PEARL (A.K.A. NEI-CHIEN CHU) LI" -> ("PEARL LI", ["NEI-CHIEN CHU"])."""
    aliases = [m.strip() for m in _PAREN_AKA.findall(name) if m.strip()]
    primary = " ".join(_PAREN_AKA.sub(" ", name).split())
    parts = [p.strip(" ,;") for p in _EMBEDDED_AKA.split(primary)]
    parts = [p for p in parts if p]
    if not parts:
        return name, []
    return parts[0], aliases + parts[1:]


def detect(path: Path) -> bool:
    """True for a BIS Denied Persons List text file (tab-separated, its header row)."""
    try:
        path = Path(path)
        if not path.is_file():
            return False
        head = sniff(path, 2048).lstrip("\ufeff")
        first = head.splitlines()[0] if head.strip() else ""
        columns = [c.strip().strip('"') for c in first.split("\t")]
        return all(c in columns for c in _REQUIRED) and "FR_Citation" in columns
    except (OSError, IndexError, ValueError):
        return False


def iso_country(text: str | None) -> str | None:
    """A country given as ISO code ("US", "de") or name, as lower-case alpha-2 code.

    Codes are looked up directly: that avoids building rigour's table of country names,
    which costs seconds, for lists that only use codes.
    """
    text = (text or "").strip()
    if not text:
        return None
    if len(text) in (2, 3) and text.isalpha():
        territory = lookup_by_identifier(text.upper())
        if territory is not None and territory.code:
            return territory.code.lower()
    return country_code(text)


def _hash_id(name_key: str, effective: str) -> str:
    return hashlib.sha1(f"{name_key}|{effective}".encode()).hexdigest()[:16]


def _name_key(name: str) -> str:
    return " ".join(name.casefold().split())


def read(path: Path, source: str | None = None) -> ParsedList:
    """Read a Denied Persons List file into entities (rows of one order joined, see above)."""
    path = Path(path)
    source = source or DEFAULT_SOURCE
    if path.is_dir():
        raise ListFormatError(path, "expected the Denied Persons List file (dpl.txt), got a folder")
    text = read_list_text(path)
    limit_csv_fields()
    reader = csv.reader(io.StringIO(text, newline=""), delimiter="\t", quotechar='"', strict=True)
    try:
        header = [h.strip() for h in next(reader)]
    except StopIteration:
        raise ListFormatError(path, "file is empty", "line 1") from None
    except csv.Error as exc:
        raise ListFormatError(path, f"not valid tab-separated text: {exc}", "line 1") from None
    missing = [c for c in _REQUIRED if c not in header]
    if missing:
        raise ListFormatError(
            path, f"header row lacks {', '.join(missing)}: not a Denied Persons List file", "line 1"
        )
    index = {name: header.index(name) for name in COLUMNS if name in header}

    entities: dict[str, Entity] = {}
    rows = 0
    try:
        for line, fields in checked_rows(reader, path, len(header)):
            rows += 1
            row = {name: fields[i].strip() for name, i in index.items()}
            _add_row(entities, row, source, path, line)
    except csv.Error as exc:
        raise ListFormatError(
            path, f"not valid tab-separated text: {exc}", f"line {reader.line_num}"
        ) from None
    if not entities:
        raise ListFormatError(path, "no entries found")
    return ParsedList(
        format=FORMAT,
        source=source,
        files=[path],
        entities=list(entities.values()),
        notes=[f"{rows} rows joined into {len(entities)} entities (same name and effective date)"],
    )


def _add_row(entities: dict[str, Entity], row: dict[str, str], source: str, path: Path, line: int) -> None:
    name = " ".join(row["Name"].split())
    if not name:
        raise ListFormatError(path, "row has no name", f"line {line}")
    effective_text = row.get("Effective_Date", "")
    effective = parse_date(effective_text)
    if effective_text and effective is None:
        raise ListFormatError(path, f"Effective_Date {effective_text[:40]!r} is not a date", f"line {line}")
    effective_iso = effective.start if effective else ""
    source_id = _hash_id(_name_key(name), effective_iso)
    entity = entities.get(source_id)
    if entity is None:
        primary, aliases = split_embedded_aliases(name)
        entity = Entity(
            entity_id=make_entity_id(source, source_id),
            source=source,
            source_id=source_id,
            schema=party_schema(primary),
            names=[Name(full=primary)] + [Name(full=a, kind="alias") for a in aliases],
            programs=["DPL"],
            listed_on=effective_iso or None,
        )
        entities[source_id] = entity
    expiration = parse_date(row.get("Expiration_Date"))
    entity.add_property("expiration_date", expiration.start if expiration else row.get("Expiration_Date"))
    entity.add_property("fr_citation", row.get("FR_Citation"))
    entity.add_property("standard_order", row.get("Standard_Order"))
    entity.add_property("action", row.get("Action"))
    last_update = parse_date(row.get("Last_Update"))
    entity.add_property("last_update", last_update.start if last_update else row.get("Last_Update"))
    address = _address(row)
    if address is not None and all(a.full != address.full for a in entity.addresses):
        entity.addresses.append(address)


def _address(row: dict[str, str]) -> Address | None:
    street, city, state = row.get("Street_Address", ""), row.get("City", ""), row.get("State", "")
    country_text, postal = row.get("Country", ""), row.get("Postal_Code", "")
    parts = [p for p in (street, city, state, postal, country_text) if p]
    if not parts:
        return None
    return Address(
        full=", ".join(parts),
        street=street or None,
        city=city or None,
        region=state or None,
        postal_code=postal or None,
        country=iso_country(country_text),
    )
