"""What every list reader returns, and small helpers the readers share."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from embargo.errors import ListFormatError
from embargo.model import Entity


@dataclass
class ParsedList:
    """One list file (or file set) read into entities.

    ``entities`` may be a generator: the store consumes it inside one transaction,
    so a reader error half-way leaves the last good snapshot untouched.
    ``version`` is the list's own version or generation date when the file states
    one, else None (the store then derives a version from the content checksum).
    """

    format: str
    source: str
    files: list[Path]
    entities: Iterable[Entity]
    published: str | None = None
    version: str | None = None
    notes: list[str] = field(default_factory=list)


def read_text(path: Path, encodings: tuple[str, ...] = ("utf-8-sig", "cp1252")) -> str:
    """Read a text file, trying each encoding in turn; a clear error names the file if none fits.

    An empty file or one that holds NUL bytes (a binary file) is rejected here so every
    reader says the same thing about them.
    """
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ListFormatError(path, f"cannot read file: {exc.strerror or exc}") from exc
    if not raw.strip():
        raise ListFormatError(path, "file is empty")
    if b"\x00" in raw[:4096]:
        raise ListFormatError(path, "file is binary (NUL bytes), not a text list")
    for encoding in encodings:
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise ListFormatError(path, f"text is not valid in any of {', '.join(encodings)}")


def looks_like_html(head: str) -> bool:
    """True for an HTML page (an error page served instead of a list file)."""
    start = head.lstrip()[:512].lower()
    return start.startswith("<!doctype html") or start.startswith("<html") or "<html" in start[:200]


def sniff(path: Path, size: int = 4096) -> str:
    """The first bytes of a file decoded leniently, for format detection."""
    try:
        with path.open("rb") as handle:
            return handle.read(size).decode("utf-8", errors="replace")
    except OSError:
        return ""


#: Longest CSV field a list file may hold (the csv module's default); longer is damage.
MAX_LIST_FIELD_CHARS = 131_072


def limit_csv_fields() -> None:
    """Set the csv module's field limit for list files.

    The limit is process-wide and the batch reader raises it for customer files,
    so list readers set theirs before each read rather than trusting the default.
    """
    import csv

    csv.field_size_limit(MAX_LIST_FIELD_CHARS)


def checked_rows(reader: Any, path: Path, width: int) -> Iterator[tuple[int, list[str]]]:
    """The non-blank rows of a csv reader with their line numbers; a row of another width is an error.

    ``csv.Error`` is left to the caller, which knows how to name the format.
    """
    for fields in reader:
        if not fields or all(not f.strip() for f in fields):
            continue
        if len(fields) != width:
            raise ListFormatError(
                path, f"expected {width} columns, found {len(fields)}", f"line {reader.line_num}"
            )
        yield reader.line_num, fields
