"""Output rows rendered where they are screened: CSV lines, JSON lines or Parquet row tuples.

A worker renders the part of an output row that depends only on the screening result (name,
status, scores, matches as JSON) once per distinct query, and adds each row's id and number.
The client then appends the chunk's text as it is. The bytes are exactly those of the output
row of docs/batch.md written plainly (a test builds that row field by field and holds them
equal): CSV through the ``csv`` module's default dialect, JSON lines as
``json.dumps(record, ensure_ascii=False)``.
"""

from __future__ import annotations

import csv
import io
import json
from typing import Any, Protocol

#: What a renderer keeps per distinct result, and what a chunk renders to.
Piece = Any
Rendered = str | list[tuple[Any, ...]]

_dumps_compact = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
_dumps = json.JSONEncoder(ensure_ascii=False).encode


def _matches_text(data: dict[str, Any], encode: Any) -> str:
    if not data["matches"]:
        return "[]"  # most rows: nothing to encode
    return encode(_matches(data))


def _matches(data: dict[str, Any]) -> list[dict[str, Any]]:
    return [
        {
            "entity_id": m["entity_id"],
            "source": m["source"],
            "source_id": m["source_id"],
            "schema": m["schema"],
            "name": m["name"],
            "caption": m["caption"],
            "score": m["score"],
            "explanation": m["explanation"],
        }
        for m in data["matches"]
    ]


class _VersionsText:
    """The list-versions JSON of a run is the same for every row: encode it once per list object."""

    def __init__(self, encode: Any) -> None:
        self._encode = encode
        self._last: tuple[Any, str] | None = None

    def __call__(self, versions: list[dict[str, Any]]) -> str:
        last = self._last
        if last is not None and (last[0] is versions or last[0] == versions):
            return last[1]
        text = self._encode(versions)
        self._last = (versions, text)
        return text


class Renderer(Protocol):
    """Renders output rows of one format."""

    def piece(self, data: dict[str, Any]) -> Piece:
        """What every row screened with this result shares (computed once per distinct query)."""
        ...

    def render(self, rows: list[tuple[str, int, Piece]]) -> Rendered:
        """A chunk's output rows (row id, row number, piece) in the writer's form."""
        ...


def _fields(data: dict[str, Any], matches_text: str, versions_text: str) -> tuple[Any, ...]:
    matches = data["matches"]
    return (
        data["query"].get("name", ""),
        "match" if matches else "no_match",
        matches[0]["score"] if matches else None,
        len(matches),
        matches_text,
        versions_text,
    )


class CsvRenderer:
    """CSV lines; matches and list_versions are compact JSON text in their cells."""

    def __init__(self) -> None:
        self._versions = _VersionsText(_dumps_compact)

    def piece(self, data: dict[str, Any]) -> Piece:
        """The row's cells after id and row number."""
        name, status, top, count, matches, versions = _fields(
            data, _matches_text(data, _dumps_compact), self._versions(data["list_versions"])
        )
        return (name, status, "" if top is None else top, count, matches, versions)

    def render(self, rows: list[tuple[str, int, Piece]]) -> str:
        """The chunk as CSV text (default dialect, ``\\r\\n`` line ends, as ``csv.DictWriter`` writes)."""
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        writer.writerows((rid, number, *piece) for rid, number, piece in rows)
        return buffer.getvalue()


class JsonlRenderer:
    """JSON lines, one object per row, matches and list_versions nested."""

    def __init__(self) -> None:
        self._versions = _VersionsText(_dumps)

    def piece(self, data: dict[str, Any]) -> Piece:
        """The object's text after ``"row": N`` (``json.dumps`` spacing)."""
        name, status, top, count, matches, versions = _fields(
            data, _matches_text(data, _dumps), self._versions(data["list_versions"])
        )
        return (
            f', "name": {_dumps(name)}, "status": "{status}", "top_score": {_dumps(top)},'
            f' "match_count": {count}, "matches": {matches}, "list_versions": {versions}}}\n'
        )

    def render(self, rows: list[tuple[str, int, Piece]]) -> str:
        """The chunk as JSON lines."""
        return "".join(f'{{"id": {_dumps(rid)}, "row": {number}{piece}' for rid, number, piece in rows)


class ParquetRenderer:
    """Row tuples in ``PARQUET_SCHEMA`` column order; nested values as compact JSON strings."""

    def __init__(self) -> None:
        self._versions = _VersionsText(_dumps_compact)

    def piece(self, data: dict[str, Any]) -> Piece:
        """The row's values after id and row number."""
        return _fields(data, _matches_text(data, _dumps_compact), self._versions(data["list_versions"]))

    def render(self, rows: list[tuple[str, int, Piece]]) -> list[tuple[Any, ...]]:
        """The chunk as row tuples."""
        return [(rid, number, *piece) for rid, number, piece in rows]


def renderer(fmt: str) -> Renderer:
    """The renderer of an output format (csv, jsonl, parquet)."""
    if fmt == "csv":
        return CsvRenderer()
    if fmt == "jsonl":
        return JsonlRenderer()
    if fmt == "parquet":
        return ParquetRenderer()
    raise ValueError(f"unknown output format {fmt!r}")
