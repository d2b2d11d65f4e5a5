"""The column mapping of a batch file: which input column holds the name, the id, the birth date ...

``--map name=full_name,dob=date_of_birth,ids=passport,ids=tax_id`` names the columns; keys not
mapped are looked up among common column names ("name", "full_name", "dob", "country" ...).
:func:`row_to_query` turns one input row into a :class:`~embargo.model.Query`, or raises
:class:`RowRejected` with the reason the row goes to the reject file.
"""

from __future__ import annotations

import datetime as _dt
import functools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from embargo.errors import ValidationError
from embargo.model import SCHEMAS, Query

#: Mapping keys a user may name, with the key each alias stands for.
KEY_ALIASES: dict[str, str] = {
    "id": "id",
    "name": "name",
    "schema": "schema",
    "type": "schema",
    "dob": "dob",
    "birth_date": "dob",
    "country": "country",
    "ids": "ids",
    "identifiers": "ids",
}

#: Column names recognised without a mapping (compared case- and punctuation-insensitively).
AUTO_COLUMNS: dict[str, tuple[str, ...]] = {
    "id": ("id", "rowid", "recordid", "customerid", "clientid", "partyid", "reference", "ref"),
    "name": ("name", "fullname", "partyname", "entityname", "customername", "clientname"),
    "schema": ("schema", "type", "entitytype", "partytype"),
    "dob": ("dob", "birthdate", "dateofbirth"),
    "country": ("country", "countrycode", "nationality"),
    "ids": ("ids", "identifiers", "identifier"),
}

#: Words users write for a schema, beyond the schema names themselves.
SCHEMA_ALIASES: dict[str, str] = {
    "individual": "Person",
    "person": "Person",
    "people": "Person",
    "company": "Company",
    "business": "Company",
    "organization": "Organization",
    "organisation": "Organization",
    "entity": "LegalEntity",
    "legalentity": "LegalEntity",
    "vessel": "Vessel",
    "ship": "Vessel",
    "aircraft": "Aircraft",
    "cryptowallet": "CryptoWallet",
    "wallet": "CryptoWallet",
}

#: Longest value accepted in any mapped field; longer rows are rejected before screening.
MAX_FIELD_CHARS = 4096

_IDS_SPLIT = re.compile(r"[;|]")


class RowRejected(Exception):
    """An input row that cannot be screened; ``reason`` goes to the reject file."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def _squash(column: str) -> str:
    return re.sub(r"[\W_]+", "", column.lower())


@dataclass(frozen=True)
class ColumnMapping:
    """Input column per mapping key; ``ids`` may name several identifier columns."""

    name: str
    id: str | None = None
    schema: str | None = None
    dob: str | None = None
    country: str | None = None
    ids: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """The mapping as JSON-ready data (stored in the checkpoint)."""
        return {
            "name": self.name,
            "id": self.id,
            "schema": self.schema,
            "dob": self.dob,
            "country": self.country,
            "ids": list(self.ids),
        }

    @property
    def columns(self) -> list[str]:
        """Every input column the mapping reads."""
        cols = [self.name, self.id, self.schema, self.dob, self.country, *self.ids]
        return [c for c in cols if c]


@dataclass
class MappingSpec:
    """What the user asked for with ``--map``, before it is checked against the input's columns."""

    explicit: dict[str, str] = field(default_factory=dict)
    ids: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """The spec as JSON-ready data."""
        return {"explicit": dict(sorted(self.explicit.items())), "ids": list(self.ids)}


def parse_map(values: Iterable[str] | str | None) -> MappingSpec:
    """Parse ``--map`` values (``key=column`` pairs separated by commas; the option may repeat).

    ``ids`` may be given several times, or as ``ids=col1+col2``. Unknown keys raise a
    ValidationError that lists the known ones.
    """
    if values is None:
        values = []
    if isinstance(values, str):
        values = [values]
    spec = MappingSpec()
    for value in values:
        for pair in value.split(","):
            pair = pair.strip()
            if not pair:
                continue
            key, sep, column = pair.partition("=")
            key, column = key.strip().lower(), column.strip()
            if not sep or not column:
                raise ValidationError(f"--map expects key=column pairs, got {pair!r}")
            canonical = KEY_ALIASES.get(key)
            if canonical is None:
                known = ", ".join(sorted(KEY_ALIASES))
                raise ValidationError(f"--map: unknown key {key!r} (known: {known})")
            if canonical == "ids":
                spec.ids.extend(c.strip() for c in column.split("+") if c.strip())
            elif canonical in spec.explicit and spec.explicit[canonical] != column:
                raise ValidationError(
                    f"--map: {key!r} is mapped twice ({spec.explicit[canonical]!r}, {column!r})"
                )
            else:
                spec.explicit[canonical] = column
    return spec


def resolve_mapping(
    spec: MappingSpec, columns: Sequence[str], *, source: str = "input", require_all: bool = True
) -> ColumnMapping:
    """Check the spec against the input's columns and fill unmapped keys from common column names.

    A mapped column that is not in the input, or an input without a name column, is a clear
    ValidationError raised before any row is screened. With ``require_all=False`` (JSON lines,
    whose records need not all have the same keys) only the name column must be present.
    """
    present = list(columns)
    wanted = [*spec.explicit.values(), *spec.ids] if require_all else [spec.explicit.get("name")]
    missing = [c for c in wanted if c and c not in present]
    if missing:
        raise ValidationError(
            f"{source}: column(s) {', '.join(map(repr, missing))} named in --map not found;"
            f" the input has: {_listing(present)}"
        )
    by_squash: dict[str, str] = {}
    for column in present:
        by_squash.setdefault(_squash(column), column)
    found: dict[str, str | None] = {}
    for key, aliases in AUTO_COLUMNS.items():
        if key in spec.explicit:
            found[key] = spec.explicit[key]
            continue
        found[key] = next((by_squash[a] for a in aliases if a in by_squash), None)
    ids = tuple(spec.ids) or ((found["ids"],) if found["ids"] else ())
    name = found["name"]
    if not name:
        raise ValidationError(
            f"{source}: no name column; name it with --map name=COLUMN (the input has: {_listing(present)})"
        )
    return ColumnMapping(
        name=name, id=found["id"], schema=found["schema"], dob=found["dob"], country=found["country"], ids=ids
    )


def _listing(columns: Sequence[str]) -> str:
    shown = ", ".join(repr(c) for c in columns[:20])
    if len(columns) > 20:
        shown += f", ... ({len(columns)} columns)"
    return shown or "no columns"


@functools.lru_cache(maxsize=1024)
def normalize_schema(value: str) -> str:
    """The schema name for a user's type word ("individual" -> "Person"); RowRejected if unknown."""
    squashed = _squash(value)
    for schema in SCHEMAS:
        if squashed == schema.lower():
            return schema
    schema = SCHEMA_ALIASES.get(squashed)
    if schema is None:
        raise RowRejected(f"unknown type {value[:40]!r} (expected one of {', '.join(SCHEMAS)})")
    return schema


_SURROGATES = re.compile("[\udc80-\udcff]")


def _text(value: Any, column: str) -> str | None:
    """A cell as stripped text; None for empty cells. Dates and numbers become text."""
    if value is None:
        return None
    if type(value) is str:  # the common case, kept fast
        if len(value) > MAX_FIELD_CHARS:
            raise RowRejected(
                f"column {column!r} is {len(value):,} characters long (limit {MAX_FIELD_CHARS:,})"
            )
        if not value.isascii() and _SURROGATES.search(value):
            raise RowRejected(
                f"column {column!r} holds bytes that are not valid in the file's encoding (see --encoding)"
            )
        return value.strip() or None
    if isinstance(value, _dt.datetime):
        value = value.date().isoformat()
    elif isinstance(value, _dt.date):
        value = value.isoformat()
    elif isinstance(value, bool):
        value = str(value).lower()
    elif isinstance(value, float) and value.is_integer():
        value = str(int(value))
    elif isinstance(value, list | tuple):
        raise RowRejected(f"column {column!r} holds a list where text is expected")
    elif isinstance(value, dict):
        raise RowRejected(f"column {column!r} holds an object where text is expected")
    text = str(value)
    if len(text) > MAX_FIELD_CHARS:
        raise RowRejected(f"column {column!r} is {len(text):,} characters long (limit {MAX_FIELD_CHARS:,})")
    if _SURROGATES.search(text):
        raise RowRejected(
            f"column {column!r} holds bytes that are not valid in the file's encoding (see --encoding)"
        )
    text = text.strip()
    return text or None


def _identifiers(value: Any, column: str) -> list[str]:
    if value is None:
        return []
    items = value if isinstance(value, list | tuple) else _IDS_SPLIT.split(_text(value, column) or "")
    out = []
    for item in items:
        text = _text(item, column)
        if text:
            out.append(text)
    return out


def row_id(values: dict[str, Any], mapping: ColumnMapping, number: int) -> str:
    """The row's id: its id column where mapped and not empty, else its 1-based row number."""
    if mapping.id:
        try:
            value = _text(values.get(mapping.id), mapping.id)
        except RowRejected:
            value = None
        if value:
            return value
    return str(number)


def row_to_query(
    values: dict[str, Any], mapping: ColumnMapping, *, default_schema: str | None = None
) -> Query:
    """Build the query of one input row; RowRejected says why a row cannot be screened."""
    if mapping.name not in values:
        raise RowRejected(f"no {mapping.name!r} field in this row")
    name = _text(values.get(mapping.name), mapping.name)
    if not name:
        raise RowRejected("empty name")
    schema = default_schema
    if mapping.schema:
        raw = _text(values.get(mapping.schema), mapping.schema)
        if raw:
            schema = normalize_schema(raw)
    birth_date = _text(values.get(mapping.dob), mapping.dob) if mapping.dob else None
    country = _text(values.get(mapping.country), mapping.country) if mapping.country else None
    identifiers: list[str] = []
    for column in mapping.ids:
        identifiers.extend(_identifiers(values.get(column), column))
    return Query(name=name, schema=schema, birth_date=birth_date, country=country, identifiers=identifiers)
