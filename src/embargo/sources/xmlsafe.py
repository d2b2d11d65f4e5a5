"""Safe, streaming XML parsing shared by the XML list readers (UN, EU, UK).

Lists come from the network and may be hostile: the parser is defusedxml's, with
DTDs forbidden outright (so no entity-expansion bombs and no external entities).
Records are streamed: each record element is handed over complete, then detached
from its parent so a list of any size parses in constant memory.

Element and attribute names are reduced to their local part (the namespace is
dropped), so readers write ``find("nameAlias")`` whatever namespace a file uses.
Every problem becomes a :class:`~embargo.errors.ListFormatError` naming the file,
the line and column, and the record being read.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import DefusedXMLParser

from embargo.errors import ListFormatError
from embargo.sources.base import looks_like_html, sniff

__all__ = [
    "XmlRoot",
    "iter_records",
    "peek_root",
    "root_tag",
    "text",
    "texts",
]

_CHUNK = 64 * 1024
_PEEK_LIMIT = 1024 * 1024


def local_name(tag: str) -> str:
    """``{namespace}name`` -> ``name``."""
    return tag.rsplit("}", 1)[-1] if tag.startswith("{") else tag


@dataclass
class XmlRoot:
    """The root element of a document: local name, namespace and attributes."""

    tag: str
    namespace: str | None
    attrib: dict[str, str] = field(default_factory=dict)


class _Target:
    """Parser target that builds record elements and queues each one once complete."""

    def __init__(self, record_tags: frozenset[str], expat: object) -> None:
        self.builder = ET.TreeBuilder()
        self.record_tags = record_tags
        self.expat = expat
        self.stack: list[ET.Element] = []
        self.root: XmlRoot | None = None
        self.ready: list[tuple[ET.Element, int]] = []
        self.record_lines: list[int] = []
        self.current_record: str | None = None

    def _line(self) -> int:
        return int(getattr(self.expat, "CurrentLineNumber", 0) or 0)

    def start(self, tag: str, attrs: dict[str, str]) -> ET.Element:
        name = local_name(tag)
        attrib = {local_name(k): v for k, v in attrs.items()}
        if self.root is None:
            namespace = tag[1:].split("}", 1)[0] if tag.startswith("{") else None
            self.root = XmlRoot(tag=name, namespace=namespace, attrib=dict(attrib))
        elem = self.builder.start(name, attrib)
        if name in self.record_tags:
            self.record_lines.append(self._line())
            self.current_record = name
        self.stack.append(elem)
        return elem

    def end(self, tag: str) -> ET.Element:
        name = local_name(tag)
        elem = self.builder.end(name)
        self.stack.pop()
        if name in self.record_tags:
            line = self.record_lines.pop() if self.record_lines else 0
            if self.stack:
                # Detach the finished record so the tree never grows with the file.
                self.stack[-1].remove(elem)
            self.ready.append((elem, line))
        return elem

    def data(self, data: str) -> None:
        self.builder.data(data)

    def close(self) -> ET.Element | None:
        try:
            return self.builder.close()
        except AssertionError:  # pragma: no cover - only on documents expat already rejected
            return None


def _make_parser(record_tags: frozenset[str]) -> tuple[DefusedXMLParser, _Target]:
    target = _Target(record_tags, None)
    parser = DefusedXMLParser(target=target, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    target.expat = parser.parser
    return parser, target


def _check_head(path: Path, head: bytes) -> None:
    """Reject, with a clear message, the files that are obviously not XML lists."""
    if not head.strip():
        raise ListFormatError(path, "file is empty")
    if b"\x00" in head and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ListFormatError(path, "file is binary (NUL bytes), not an XML list")
    if looks_like_html(head.decode("utf-8", errors="replace")):
        raise ListFormatError(path, "this is an HTML page, not an XML list (an error page served instead?)")


def _location(parser: DefusedXMLParser, target: _Target, count: int, exc: BaseException | None = None) -> str:
    position = getattr(exc, "position", None)
    if position:
        line, column = position
    else:
        line = int(getattr(parser.parser, "CurrentLineNumber", 0) or 0)
        column = int(getattr(parser.parser, "CurrentColumnNumber", 0) or 0)
    where = f"line {line}, column {column}"
    if target.record_lines and target.current_record:
        where += f", in <{target.current_record}> #{count + 1}"
    elif target.stack:
        where += f", in <{target.stack[-1].tag}>"
    return where


def _hostile_message(exc: DefusedXmlException) -> str:
    name = type(exc).__name__
    if name == "DTDForbidden":
        return "refused: the XML declares a DTD (entity definitions are not allowed in list files)"
    if name == "EntitiesForbidden":
        return "refused: the XML defines entities (possible entity-expansion attack)"
    if name == "ExternalReferenceForbidden":
        return "refused: the XML refers to an external resource (possible XXE attack)"
    return f"refused unsafe XML ({name})"


def iter_records(path: Path, record_tags: set[str] | frozenset[str]) -> Iterator[tuple[ET.Element, int]]:
    """Every complete element whose local name is in ``record_tags``, with its start line.

    Raises :class:`ListFormatError` for unreadable, truncated, malformed or hostile XML,
    naming the line, column and the record being read.
    """
    tags = frozenset(record_tags)
    parser, target = _make_parser(tags)
    count = 0
    try:
        handle = path.open("rb")
    except OSError as exc:
        raise ListFormatError(path, f"cannot read file: {exc.strerror or exc}") from exc
    with handle:
        first = True
        while True:
            try:
                chunk = handle.read(_CHUNK)
            except OSError as exc:
                raise ListFormatError(path, f"cannot read file: {exc.strerror or exc}") from exc
            if first:
                _check_head(path, chunk[:4096])
                first = False
            try:
                if chunk:
                    parser.feed(chunk)
                else:
                    parser.close()
            except ET.ParseError as exc:
                message = _parse_message(exc, truncated=not chunk)
                raise ListFormatError(path, message, _location(parser, target, count, exc)) from None
            except DefusedXmlException as exc:
                raise ListFormatError(path, _hostile_message(exc), _location(parser, target, count)) from None
            except RecursionError:
                where = _location(parser, target, count)
                raise ListFormatError(path, "XML nested too deeply", where) from None
            while target.ready:
                elem, line = target.ready.pop(0)
                count += 1
                yield elem, line
            if not chunk:
                break
    if target.root is None:
        raise ListFormatError(path, "no XML element found")


def _parse_message(exc: ET.ParseError, truncated: bool) -> str:
    text = str(exc).split(":", 1)[0]
    if truncated or "no element found" in text or "unclosed token" in text:
        return f"XML ends too early (truncated download?): {text}"
    if "not well-formed" in text or "invalid token" in text:
        return f"XML is not well-formed (wrong encoding or not XML?): {text}"
    return f"XML parse error: {text}"


def peek_root(path: Path) -> XmlRoot:
    """The root element of an XML file, read from its first bytes; raises ListFormatError.

    Hostile and malformed starts are reported here already, so ``read()`` fails early.
    """
    parser, target = _make_parser(frozenset())
    try:
        handle = path.open("rb")
    except OSError as exc:
        raise ListFormatError(path, f"cannot read file: {exc.strerror or exc}") from exc
    with handle:
        read = 0
        first = True
        while target.root is None and read < _PEEK_LIMIT:
            chunk = handle.read(4096)
            if first:
                _check_head(path, chunk)
                first = False
            read += len(chunk)
            try:
                if chunk:
                    parser.feed(chunk)
                else:
                    parser.close()
            except ET.ParseError as exc:
                message = _parse_message(exc, truncated=not chunk)
                raise ListFormatError(path, message, _location(parser, target, 0, exc)) from None
            except DefusedXmlException as exc:
                raise ListFormatError(path, _hostile_message(exc), _location(parser, target, 0)) from None
            if not chunk:
                break
    if target.root is None:
        raise ListFormatError(path, "no XML root element found at the start of the file")
    return target.root


def has_root(path: Path, root: str) -> bool:
    """True for a file whose first element is ``root`` (for format detection); never raises."""
    try:
        return path.is_file() and root_tag(sniff(path)) == root
    except Exception:  # noqa: BLE001 - detection must answer, not fail
        return False


def expect_root(path: Path, root: str, list_name: str) -> XmlRoot:
    """The root element of a list file, checked to be ``root``; the error names the list expected."""
    found = peek_root(path)
    if found.tag != root:
        raise ListFormatError(path, f"not {list_name}: root element is <{found.tag}>, not <{root}>")
    return found


_PROLOG = re.compile(r"^\s*(?:<\?.*?\?>\s*|<!--.*?-->\s*|<!DOCTYPE[^>]*>\s*)*", re.DOTALL)
_FIRST_TAG = re.compile(r"<([A-Za-z_][\w.:-]*)")


def root_tag(head: str) -> str | None:
    """The local name of the first element in a file's first bytes, or None; never raises."""
    head = head.lstrip("\ufeff")
    match = _PROLOG.match(head)
    rest = head[match.end() :] if match else head
    first = _FIRST_TAG.match(rest)
    if not first:
        return None
    return first.group(1).rsplit(":", 1)[-1]


def text(elem: ET.Element | None, path: str | None = None) -> str | None:
    """The stripped text of ``elem`` (or of its child at ``path``); None when empty."""
    if elem is None:
        return None
    node = elem.find(path) if path else elem
    if node is None or node.text is None:
        return None
    value = " ".join(node.text.split())
    return value or None


def texts(elem: ET.Element, path: str) -> list[str]:
    """The non-empty stripped texts of every element at ``path`` under ``elem``."""
    values: list[str] = []
    for node in elem.iterfind(path):
        value = text(node)
        if value and value not in values:
            values.append(value)
    return values
