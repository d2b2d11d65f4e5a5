"""Readers of the official list formats: one module per format, each a pure function of a file.

Every reader module exposes ``FORMAT`` (its name), ``DEFAULT_SOURCE`` (the source
name its lists are stored under), ``detect(path) -> bool`` and
``read(path, source=None) -> ParsedList``. This module finds the right one.
"""

from __future__ import annotations

import importlib
from pathlib import Path
from types import ModuleType

from embargo.errors import ListFormatError, UnknownFormatError
from embargo.sources.base import ParsedList, looks_like_html, sniff

#: Format name -> reader module, in the order formats are tried by detection.
READERS: dict[str, str] = {
    "ofac-csv": "embargo.sources.ofac",
    "un-xml": "embargo.sources.un",
    "eu-xml": "embargo.sources.eu",
    "uk-xml": "embargo.sources.uk",
    "csl-csv": "embargo.sources.csl",
    "dpl-txt": "embargo.sources.dpl",
    "ftm-json": "embargo.sources.ftm",
    "senzing-json": "embargo.sources.senzing",
}


def reader(format_name: str) -> ModuleType:
    """The reader module for a format name; a clear error lists the known ones."""
    try:
        module_name = READERS[format_name]
    except KeyError:
        known = ", ".join(READERS)
        raise UnknownFormatError(format_name, f"unknown list format (known: {known})") from None
    return importlib.import_module(module_name)


def detect_format(path: Path) -> str:
    """The format of a list file or file-set folder, by content; raises if none fits."""
    if not path.exists():
        raise ListFormatError(path, "no such file or folder")
    if path.is_file():
        if path.stat().st_size == 0:
            raise ListFormatError(path, "file is empty (0 bytes)")
        if looks_like_html(sniff(path)):
            raise ListFormatError(path, "an HTML page, not a list file (an error page served instead?)")
    for name in READERS:
        module = reader(name)
        if module.detect(path):
            return name
    raise UnknownFormatError(path, "not a list format Embargo knows; name one with --format")


def _single_list_file(path: Path) -> Path | None:
    """The one file inside a folder that holds exactly one (e.g. ``un/consolidated.xml``)."""
    if not path.is_dir():
        return None
    files = [p for p in path.iterdir() if p.is_file() and not p.name.startswith(".")]
    return files[0] if len(files) == 1 else None


def read_list(path: Path, format_name: str | None = None, source: str | None = None) -> ParsedList:
    """Read a list file (or folder) with the named or detected reader.

    A folder that no reader claims as a file set but holds a single file is read as that file.
    """
    path = Path(path)
    if format_name is None:
        try:
            format_name = detect_format(path)
        except UnknownFormatError:
            inner = _single_list_file(path)
            if inner is None:
                raise
            path, format_name = inner, detect_format(inner)
    return reader(format_name).read(path, source=source)
