"""Reading news files: folders expanded, encodings detected or repaired, bad files refused one by one."""

from __future__ import annotations

import codecs
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from embargo.errors import EmbargoError

#: Larger files are refused: a news article is tens of kilobytes, not megabytes.
MAX_BYTES = 5 * 1024 * 1024
#: File name endings read when a folder is given.
ARTICLE_SUFFIXES = frozenset({".txt", ".text", ".html", ".htm", ".xhtml", ".md"})


class NewsInputError(EmbargoError):
    """A news file or text that cannot be analysed (empty, binary, too large, undecodable)."""


@dataclass(slots=True)
class RawArticle:
    """One input before cleaning: its id (file stem), where it came from, and its decoded text."""

    id: str
    source: str
    text: str
    flags: list[str] = field(default_factory=list)


def expand_paths(paths: Iterable[Path | str]) -> Iterator[Path]:
    """Files named directly, and the article files of named folders (sorted, recursive).

    A path that does not exist is yielded as is so the caller reports it per file.
    """
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if (
                    child.is_file()
                    and child.suffix.lower() in ARTICLE_SUFFIXES
                    and not child.name.startswith(".")
                ):
                    yield child
        else:
            yield path


def read_article(path: Path, *, max_bytes: int = MAX_BYTES) -> RawArticle:
    """Read one article file; raise :class:`NewsInputError` naming the file when it cannot be used."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise NewsInputError(f"{path}: cannot read file: {exc.strerror or exc}") from exc
    if size > max_bytes:
        raise NewsInputError(f"{path}: file is too large ({size:,} bytes, limit {max_bytes:,})")
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise NewsInputError(f"{path}: cannot read file: {exc.strerror or exc}") from exc
    text, flags = decode_bytes(raw, str(path))
    return RawArticle(id=path.stem, source=str(path), text=text, flags=flags)


def decode_bytes(raw: bytes, where: str = "input") -> tuple[str, list[str]]:
    """Decode article bytes: BOMs honoured, UTF-8 preferred, cp1252 as the fallback.

    Returns the text and flags (``encoding_repaired`` when the text was not clean UTF-8
    or held mojibake that was repaired). Raises :class:`NewsInputError` for empty and
    binary input.
    """
    if not raw.strip():
        raise NewsInputError(f"{where}: file is empty")
    flags: list[str] = []
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return _check_text(raw.decode("utf-16"), where), ["encoding_repaired"]
        except UnicodeDecodeError as exc:
            raise NewsInputError(f"{where}: invalid UTF-16 text") from exc
    if b"\x00" in raw[:8192]:
        raise NewsInputError(f"{where}: file is binary (NUL bytes), not text or HTML")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("cp1252", errors="replace")
        flags.append("encoding_repaired")
    repaired = repair_mojibake(text)
    if repaired != text:
        text = repaired
        if "encoding_repaired" not in flags:
            flags.append("encoding_repaired")
    return _check_text(text, where), flags


def text_input(item_id: str, text: str | bytes, source: str | None = None) -> RawArticle:
    """Wrap a text given directly (API, tests) as a :class:`RawArticle`, checked like a file."""
    where = source or item_id
    if isinstance(text, bytes):
        if len(text) > MAX_BYTES:
            raise NewsInputError(f"{where}: text is too large ({len(text):,} bytes, limit {MAX_BYTES:,})")
        decoded, flags = decode_bytes(text, where)
        return RawArticle(id=item_id, source=where, text=decoded, flags=flags)
    if len(text) > MAX_BYTES:
        raise NewsInputError(f"{where}: text is too large ({len(text):,} characters, limit {MAX_BYTES:,})")
    if not text.strip():
        raise NewsInputError(f"{where}: text is empty")
    repaired = repair_mojibake(text)
    flags = ["encoding_repaired"] if repaired != text else []
    return RawArticle(id=item_id, source=where, text=_check_text(repaired, where), flags=flags)


def repair_mojibake(text: str) -> str:
    """Undo UTF-8 read as cp1252 ("â€™" for "’") when that is plainly what happened."""
    markers = ("â€", "Ã©", "Ã¨", "Ã¤", "Ã¶", "Ã¼", "Â ")
    if not any(marker in text for marker in markers):
        return text
    try:
        fixed = text.encode("cp1252").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return _repair_piecewise(text)
    return fixed


def _repair_piecewise(text: str) -> str:
    """Repair line by line when only some lines are double-encoded."""
    lines = []
    for line in text.split("\n"):
        try:
            lines.append(line.encode("cp1252").decode("utf-8"))
        except (UnicodeEncodeError, UnicodeDecodeError):
            lines.append(line)
    return "\n".join(lines)


def _check_text(text: str, where: str) -> str:
    """Refuse decoded text that is mostly control characters (a binary file without NULs)."""
    sample = text[:20000]
    if not sample.strip():
        raise NewsInputError(f"{where}: file is empty")
    control = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\n\r\t\f")
    replacement = sample.count("\ufffd")
    if (control + replacement) / max(len(sample), 1) > 0.05:
        raise NewsInputError(f"{where}: file is binary or not text in a known encoding")
    return text.replace("\r\n", "\n").replace("\r", "\n")
