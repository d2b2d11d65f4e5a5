"""Errors that Embargo reports to its users: one clear line each, never a traceback."""

from __future__ import annotations

from pathlib import Path


class EmbargoError(Exception):
    """Base class of every error shown to a user as one line."""


class ListFormatError(EmbargoError):
    """A list file that cannot be read: names the file, the place in it and what is wrong.

    ``location`` is "line 12", "row 3", "element <INDIVIDUAL> #5" and the like.
    """

    def __init__(self, path: Path | str, message: str, location: str | None = None) -> None:
        self.path = str(path)
        self.location = location
        self.message = message
        where = f"{self.path}: {location}" if location else self.path
        super().__init__(f"{where}: {message}")


class UnknownFormatError(ListFormatError):
    """A file whose list format could not be recognised."""


class FetchError(EmbargoError):
    """A download from an official source failed (network, HTTP status, size or content check)."""


class StoreError(EmbargoError):
    """The store cannot do what was asked (unknown source, no snapshot, corrupt file)."""


class ValidationError(EmbargoError):
    """A screening query or other user input that is not valid."""


class EngineUnavailable(EmbargoError):
    """The screening engine cannot answer now (a screening process stopped); the query may be retried."""
