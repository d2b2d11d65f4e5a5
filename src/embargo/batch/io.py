"""Reading and writing batch files: CSV, JSON lines and Parquet.

Readers yield :class:`InputRow` objects numbered from 1 in input order; a row that cannot be
parsed (a malformed CSV record, a line that is not a JSON object, bytes not valid in the
encoding) still gets its number and carries the reason in ``error`` so it reaches the reject
file. Writers append and report a durable ``position`` (a byte offset, or a number of Parquet
part files) that the checkpoint records; reopening at a position drops anything written after it.
"""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

import pyarrow as pa
import pyarrow.parquet as pq

from embargo.errors import EmbargoError

FORMATS = ("csv", "jsonl", "parquet")
_EXTENSIONS = {
    ".csv": "csv",
    ".tsv": "csv",
    ".txt": "csv",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "jsonl",
    ".parquet": "parquet",
    ".pq": "parquet",
}
#: Largest CSV field the reader accepts; larger fields make the row a reject, not a crash.
CSV_FIELD_LIMIT = 64 * 1024 * 1024
#: Largest JSON line read whole; longer lines are rejected without being parsed.
JSONL_LINE_LIMIT = 16 * 1024 * 1024

#: Output columns, in order (documented in docs/batch.md).
OUTPUT_COLUMNS = ("id", "row", "name", "status", "top_score", "match_count", "matches", "list_versions")
REJECT_COLUMNS = ("id", "row", "reason")


class BatchInputError(EmbargoError):
    """A batch input file that cannot be read at all (missing, unreadable, wrong format)."""


class BatchOutputError(EmbargoError):
    """A batch output that cannot be written or resumed."""


@dataclass(slots=True)
class InputRow:
    """One input record: its 1-based number, its fields, or the reason it could not be parsed."""

    number: int
    values: dict[str, Any] | None
    error: str | None = None


def detect_format(path: Path, override: str | None = None) -> str:
    """The file format from ``override`` or the file extension; a clear error if neither says."""
    if override:
        fmt = override.lower().replace("ndjson", "jsonl")
        if fmt not in FORMATS:
            raise BatchInputError(f"unknown format {override!r} (known: {', '.join(FORMATS)})")
        return fmt
    fmt = _EXTENSIONS.get(path.suffix.lower())
    if fmt is None:
        raise BatchInputError(
            f"{path}: cannot tell the format from the extension {path.suffix!r};"
            f" name it with --input-format/--output-format ({', '.join(FORMATS)})"
        )
    return fmt


# ---------------------------------------------------------------------------------------
# Readers
# ---------------------------------------------------------------------------------------


class Reader(Protocol):
    """What the runner needs from an input reader."""

    path: Path

    def columns(self) -> list[str]:
        """The field names the input offers (CSV header, first JSON object's keys, Parquet schema)."""
        ...

    def count(self) -> int:
        """How many rows the input holds (for the progress bar)."""
        ...

    def rows(self) -> Iterator[InputRow]:
        """Every row, numbered from 1."""
        ...


def open_reader(path: Path, fmt: str, *, encoding: str = "utf-8") -> Reader:
    """The reader for a file; raises BatchInputError for a missing or unreadable file."""
    if not path.exists():
        raise BatchInputError(f"{path}: no such file")
    if not path.is_file():
        raise BatchInputError(f"{path}: not a file")
    try:
        with path.open("rb"):
            pass
    except OSError as exc:
        raise BatchInputError(f"{path}: cannot read: {exc.strerror or exc}") from exc
    if fmt == "csv":
        return CsvReader(path, encoding=encoding)
    if fmt == "jsonl":
        return JsonlReader(path, encoding=encoding)
    return ParquetReader(path)


def _detect_encoding(head: bytes, encoding: str) -> str:
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    if encoding.lower().replace("_", "-") in {"utf-8", "utf8"}:
        return "utf-8-sig"  # tolerate a byte-order mark
    return encoding


class CsvReader:
    """A delimited text file with a header row; the dialect is sniffed (comma, semicolon, tab, pipe)."""

    def __init__(self, path: Path, *, encoding: str = "utf-8") -> None:
        self.path = path
        with path.open("rb") as handle:
            head = handle.read(65536)
        try:
            self.encoding = _detect_encoding(head, encoding)
            "".encode(self.encoding)
        except LookupError:
            raise BatchInputError(f"unknown encoding {encoding!r}") from None
        if b"\x00" in head and self.encoding != "utf-16":
            raise BatchInputError(f"{path}: binary data (NUL bytes), not a CSV file; wrong --input-format?")
        sample = head.decode(self.encoding, errors="replace")
        self.dialect: type[csv.Dialect] | csv.Dialect
        lines = sample.splitlines()
        if len(head) == 65536 and len(lines) > 1:
            lines = lines[:-1]  # the last line of the sample may be cut short
        try:
            self.dialect = csv.Sniffer().sniff("\n".join(lines[:50]), delimiters=",;\t|")
            self.dialect.doublequote = True
        except csv.Error:
            self.dialect = csv.excel_tab if path.suffix.lower() == ".tsv" else csv.excel
        csv.field_size_limit(CSV_FIELD_LIMIT)
        self._header: list[str] | None = None

    def _open(self) -> io.TextIOWrapper:
        return open(self.path, encoding=self.encoding, errors="surrogateescape", newline="")  # noqa: SIM115

    def columns(self) -> list[str]:
        """The header row, with surrounding spaces removed."""
        if self._header is None:
            with self._open() as handle:
                reader = csv.reader(handle, self.dialect, strict=True)
                try:
                    header = next((r for r in reader if r), [])  # leading blank lines are not the header
                except csv.Error as exc:
                    raise BatchInputError(f"{self.path}: the header row is not valid CSV: {exc}") from exc
            self._header = [h.strip() for h in header]
            if any("\udc80" <= ch <= "\udcff" for h in self._header for ch in h):
                raise BatchInputError(
                    f"{self.path}: the header is not valid {self.encoding}; name the encoding with --encoding"
                )
        return self._header

    def count(self) -> int:
        """The number of records after the header."""
        total = 0
        with self._open() as handle:
            reader = csv.reader(handle, self.dialect, strict=False)
            next((r for r in reader if r), None)
            for record in reader:
                total += bool(record)
        return total

    def rows(self) -> Iterator[InputRow]:
        """Every record after the header; a malformed record or a wrong field count is an error row."""
        header = self.columns()
        width = len(header)
        with self._open() as handle:
            reader = csv.reader(handle, self.dialect, strict=True)
            try:
                if next((r for r in reader if r), None) is None:
                    return
            except csv.Error:
                return
            number = 0
            while True:
                try:
                    record = next(reader)
                except StopIteration:
                    return
                except csv.Error as exc:
                    number += 1
                    yield InputRow(number, None, f"malformed CSV near line {reader.line_num}: {exc}")
                    continue
                if not record:
                    continue  # a blank line is not a row
                number += 1
                if len(record) != width:
                    yield InputRow(
                        number,
                        None,
                        f"line {reader.line_num}: {len(record)} fields where the header has {width}",
                    )
                    continue
                yield InputRow(number, dict(zip(header, record, strict=True)))


class JsonlReader:
    """One JSON object per line; blank lines are skipped."""

    def __init__(self, path: Path, *, encoding: str = "utf-8") -> None:
        self.path = path
        try:
            "".encode(encoding)
        except LookupError:
            raise BatchInputError(f"unknown encoding {encoding!r}") from None
        self.encoding = "utf-8-sig" if encoding.lower().replace("_", "-") in {"utf-8", "utf8"} else encoding
        self._columns: list[str] | None = None

    def _lines(self) -> Iterator[tuple[int, bytes]]:
        with self.path.open("rb") as handle:
            for line_no, line in enumerate(handle, start=1):
                if line_no == 1 and line.startswith(b"\xef\xbb\xbf"):
                    line = line[3:]
                if line.strip():
                    yield line_no, line

    def columns(self) -> list[str]:
        """The keys of the first 100 lines that are JSON objects (empty if there is none)."""
        if self._columns is None:
            keys: dict[str, None] = {}
            for _, row in zip(range(100), self.rows(), strict=False):
                if row.values is not None:
                    keys.update(dict.fromkeys(row.values))
            self._columns = list(keys)
        return self._columns

    def count(self) -> int:
        """The number of non-blank lines."""
        return sum(1 for _ in self._lines())

    def rows(self) -> Iterator[InputRow]:
        """Every non-blank line as a row; a line that is not a JSON object is an error row."""
        for number, (line_no, line) in enumerate(self._lines(), start=1):
            if len(line) > JSONL_LINE_LIMIT:
                yield InputRow(
                    number, None, f"line {line_no} is {len(line):,} bytes long (limit {JSONL_LINE_LIMIT:,})"
                )
                continue
            try:
                text = line.decode(self.encoding)
            except UnicodeDecodeError as exc:
                yield InputRow(number, None, f"line {line_no} is not valid {self.encoding}: {exc.reason}")
                continue
            try:
                value = json.loads(text)
            except json.JSONDecodeError as exc:
                yield InputRow(
                    number, None, f"line {line_no} is not valid JSON: {exc.msg} at column {exc.colno}"
                )
                continue
            if not isinstance(value, dict):
                yield InputRow(
                    number, None, f"line {line_no} is a JSON {type(value).__name__}, not an object"
                )
                continue
            yield InputRow(number, value)


class ParquetReader:
    """A Parquet file, read in record batches."""

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            self._file = pq.ParquetFile(path)
        except (pa.ArrowException, OSError) as exc:
            raise BatchInputError(f"{path}: not a readable Parquet file: {exc}") from exc

    def columns(self) -> list[str]:
        """The schema's column names."""
        return list(self._file.schema_arrow.names)

    def count(self) -> int:
        """The row count from the file's metadata."""
        return int(self._file.metadata.num_rows)

    def rows(self) -> Iterator[InputRow]:
        """Every row, numbered from 1."""
        number = 0
        try:
            for batch in self._file.iter_batches(batch_size=4096):
                for values in batch.to_pylist():
                    number += 1
                    yield InputRow(number, values)
        except (pa.ArrowException, OSError) as exc:
            raise BatchInputError(f"{self.path}: Parquet data damaged after row {number}: {exc}") from exc


# ---------------------------------------------------------------------------------------
# Writers
# ---------------------------------------------------------------------------------------


def _fsync_dir(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


class Writer(Protocol):
    """What the runner needs from an output writer."""

    path: Path

    def write(self, rendered: Any) -> None:
        """Append a chunk's rows as :mod:`embargo.batch.render` rendered them (not yet durable)."""
        ...

    def sync(self) -> int:
        """Make everything written durable; returns the position to record in the checkpoint."""
        ...

    def finish(self) -> None:
        """Complete the file (Parquet: assemble the parts) and close it."""
        ...

    def close(self) -> None:
        """Close without completing (on an interruption)."""
        ...


class _AppendingTextWriter:
    """Shared logic of CSV and JSON-lines output: append, fsync, truncate back on resume."""

    def __init__(self, path: Path, position: int) -> None:
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        if position == 0 and path.exists():
            path.unlink()
        if position > 0:
            if not path.exists() or path.stat().st_size < position:
                raise BatchOutputError(
                    f"{path}: shorter than the checkpoint says ({position} bytes were written);"
                    " it was changed since; start over with --restart"
                )
            with path.open("r+b") as handle:
                handle.truncate(position)  # drop rows written after the last checkpoint
        self._handle = path.open("a", encoding="utf-8", newline="")
        self._synced = -1

    def sync(self) -> int:
        """Flush and fsync (unless nothing was written since the last sync); the byte size is the position."""
        self._handle.flush()
        size = self._handle.tell()
        if size != self._synced:
            os.fsync(self._handle.fileno())
            self._synced = size
        return size

    def finish(self) -> None:
        """Sync and close."""
        self.sync()
        self._handle.close()
        _fsync_dir(self.path.parent)

    def close(self) -> None:
        """Close the file."""
        if not self._handle.closed:
            self._handle.close()


class TextWriter(_AppendingTextWriter):
    """CSV or JSON lines output: chunks arrive rendered as text (see :mod:`embargo.batch.render`)."""

    def __init__(self, path: Path, position: int, header: str = "") -> None:
        super().__init__(path, position)
        if position == 0 and header:
            self._handle.write(header)

    def write(self, rendered: str) -> None:
        """Append a chunk's text."""
        self._handle.write(rendered)


class RejectWriter(_AppendingTextWriter):
    """The reject file: CSV with columns id, row, reason."""

    def __init__(self, path: Path, position: int) -> None:
        super().__init__(path, position)
        self._csv = csv.writer(self._handle)
        if position == 0:
            self._csv.writerow(REJECT_COLUMNS)

    def write(self, rendered: list[tuple[str, int, str]]) -> None:
        """Append (id, row, reason) rows."""
        self._csv.writerows(rendered)


def _csv_line(values: tuple[Any, ...]) -> str:
    buffer = io.StringIO()
    csv.writer(buffer).writerow(values)
    return buffer.getvalue()


PARQUET_SCHEMA = pa.schema(
    [
        ("id", pa.string()),
        ("row", pa.int64()),
        ("name", pa.string()),
        ("status", pa.string()),
        ("top_score", pa.float64()),
        ("match_count", pa.int32()),
        ("matches", pa.string()),
        ("list_versions", pa.string()),
    ]
)


class ParquetWriter:
    """Parquet output: one part file per chunk beside the output, assembled into OUTPUT at the end.

    A Parquet file is only readable once its footer is written, so a run that dies half-way
    keeps its finished parts; the position is the number of parts.
    """

    def __init__(self, path: Path, position: int) -> None:
        self.path = path
        self.parts_dir = path.with_name(path.name + ".parts")
        path.parent.mkdir(parents=True, exist_ok=True)
        if position == 0 and self.parts_dir.exists():
            shutil.rmtree(self.parts_dir)
        self.parts_dir.mkdir(parents=True, exist_ok=True)
        existing = sorted(self.parts_dir.glob("part-*.parquet"))
        if len([p for p in existing if self._index(p) <= position]) < position:
            raise BatchOutputError(
                f"{self.parts_dir}: fewer part files than the checkpoint says; start over with --restart"
            )
        for part in self.parts_dir.iterdir():
            if not part.name.endswith(".parquet") or self._index(part) > position:
                part.unlink()  # written after the last checkpoint, or a torn temporary file
        self._parts = position
        self._pending: list[tuple[Any, ...]] = []

    @staticmethod
    def _index(part: Path) -> int:
        try:
            return int(part.stem.split("-", 1)[1])
        except (IndexError, ValueError):
            return 1 << 62

    def write(self, rendered: list[tuple[Any, ...]]) -> None:
        """Buffer row tuples (``PARQUET_SCHEMA`` order); they become a part file at the next sync."""
        self._pending.extend(rendered)

    def sync(self) -> int:
        """Write the buffered records as the next part file (atomically); returns the part count."""
        if not self._pending:
            return self._parts
        columns = list(zip(*self._pending, strict=True))
        table = pa.Table.from_arrays(
            [pa.array(values, type=f.type) for values, f in zip(columns, PARQUET_SCHEMA, strict=True)],
            schema=PARQUET_SCHEMA,
        )
        index = self._parts + 1
        final = self.parts_dir / f"part-{index:06d}.parquet"
        tmp = self.parts_dir / f".part-{index:06d}.tmp"
        with tmp.open("wb") as handle:
            pq.write_table(table, handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, final)
        _fsync_dir(self.parts_dir)
        self._pending.clear()
        self._parts = index
        return index

    def finish(self) -> None:
        """Assemble the parts into the output file (one row group per part) and remove them."""
        self.sync()
        tmp = self.path.with_name(self.path.name + ".tmp")
        with pq.ParquetWriter(tmp, PARQUET_SCHEMA) as writer:
            for i in range(1, self._parts + 1):
                writer.write_table(
                    pq.read_table(self.parts_dir / f"part-{i:06d}.parquet", schema=PARQUET_SCHEMA)
                )
        with tmp.open("rb") as handle:
            os.fsync(handle.fileno())
        os.replace(tmp, self.path)
        _fsync_dir(self.path.parent)
        shutil.rmtree(self.parts_dir, ignore_errors=True)

    def close(self) -> None:
        """Nothing to close: parts are written whole at each sync."""


def open_writer(path: Path, fmt: str, position: int) -> Writer:
    """The output writer for a format, reopened at a checkpoint position (0 starts afresh)."""
    try:
        if fmt == "csv":
            return TextWriter(path, position, _csv_line(OUTPUT_COLUMNS))
        if fmt == "jsonl":
            return TextWriter(path, position)
        return ParquetWriter(path, position)
    except OSError as exc:
        raise BatchOutputError(f"{path}: cannot write: {exc.strerror or exc}") from exc


def open_rejects(path: Path, position: int) -> RejectWriter:
    """The reject file (always CSV: id, row, reason)."""
    try:
        return RejectWriter(path, position)
    except OSError as exc:
        raise BatchOutputError(f"{path}: cannot write: {exc.strerror or exc}") from exc


def read_output(path: Path, fmt: str | None = None) -> list[dict[str, Any]]:
    """Read a batch output back as records with nested matches (for tests and tooling)."""
    fmt = detect_format(path, fmt)
    if fmt == "jsonl":
        with path.open(encoding="utf-8") as handle:
            return [json.loads(line) for line in handle if line.strip()]
    if fmt == "parquet":
        rows = pq.read_table(path).to_pylist()
    else:
        with path.open(encoding="utf-8", newline="") as handle:
            rows = list(csv.DictReader(handle))
        for row in rows:
            row["row"] = int(row["row"])
            row["match_count"] = int(row["match_count"])
            row["top_score"] = float(row["top_score"]) if row["top_score"] else None
    for row in rows:
        for key in ("matches", "list_versions"):
            if isinstance(row.get(key), str):
                row[key] = json.loads(row[key]) if row[key] else []
    return rows
