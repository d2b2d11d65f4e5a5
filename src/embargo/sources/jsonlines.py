"""Streaming JSON-lines reading shared by the FtM and Senzing readers.

One JSON object per line; blank lines are skipped. Files of millions of lines are
read one line at a time. Every problem becomes a ListFormatError naming the line.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from embargo.errors import ListFormatError
from embargo.sources.base import looks_like_html

#: A single line longer than this is not a list record (a binary or minified blob).
MAX_LINE = 64 * 1024 * 1024


def check_head(path: Path) -> None:
    """Reject empty, binary and HTML files with a clear message before parsing."""
    try:
        with path.open("rb") as handle:
            head = handle.read(4096)
    except OSError as exc:
        raise ListFormatError(path, f"cannot read file: {exc.strerror or exc}") from exc
    if not head.strip():
        raise ListFormatError(path, "file is empty")
    if b"\x00" in head:
        raise ListFormatError(path, "file is binary (NUL bytes), not a JSON-lines list")
    if looks_like_html(head.decode("utf-8", errors="replace")):
        message = "this is an HTML page, not a JSON-lines list (an error page served instead?)"
        raise ListFormatError(path, message)


def iter_objects(path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    """(line number, object) for every non-blank line; raises ListFormatError on a bad line."""
    check_head(path)
    try:
        handle = path.open("rb")
    except OSError as exc:
        raise ListFormatError(path, f"cannot read file: {exc.strerror or exc}") from exc
    with handle:
        for number, raw in enumerate(handle, start=1):
            if len(raw) > MAX_LINE:
                raise ListFormatError(path, "line is too long for a list record", f"line {number}")
            if not raw.strip():
                continue
            try:
                line = raw.decode("utf-8-sig" if number == 1 else "utf-8")
            except UnicodeDecodeError as exc:
                raise ListFormatError(path, f"text is not UTF-8 ({exc.reason})", f"line {number}") from None
            where = f"line {number}"
            try:
                data = json.loads(line)
            except json.JSONDecodeError as exc:
                raise ListFormatError(path, f"invalid JSON: {exc.msg} at column {exc.colno}", where) from None
            except RecursionError:
                raise ListFormatError(path, "JSON nested too deeply", where) from None
            if not isinstance(data, dict):
                raise ListFormatError(path, f"expected a JSON object, found {type(data).__name__}", where)
            yield number, data


def first_object(path: Path, limit: int = 1024 * 1024) -> dict[str, Any] | None:
    """The first non-blank line's JSON object, or None; never raises (for detection)."""
    try:
        with path.open("rb") as handle:
            for _ in range(50):
                raw = handle.readline(limit)
                if not raw:
                    return None
                if not raw.strip():
                    continue
                data = json.loads(raw.decode("utf-8-sig"))
                return data if isinstance(data, dict) else None
    except Exception:
        return None
    return None


def strings(value: Any) -> list[str]:
    """A property value as a list of non-empty strings (FtM values are lists of strings)."""
    if value is None:
        return []
    items = value if isinstance(value, list) else [value]
    result: list[str] = []
    for item in items:
        if isinstance(item, (str, int, float)) and not isinstance(item, bool):
            text = " ".join(str(item).split())
            if text and text not in result:
                result.append(text)
    return result
