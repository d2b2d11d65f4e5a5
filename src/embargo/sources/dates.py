"""Dates as sanctions lists write them, parsed into :class:`~embargo.model.DateValue`.

Shared by every reader. The public API is stable:

* :func:`parse_date` reads ONE date expression and returns a ``DateValue`` or None:

  - exact: ``"07 Oct 1952"``, ``"7 October 1952"``, ``"Oct 7, 1952"``, ``"1952-10-07"``
    (a time part such as ``"T00:00:00"`` is ignored), ``"10/16/2017"`` (US month/day/year;
    pass ``dayfirst=True`` for ``"16/10/2017"`` lists such as the UK's; a first number
    above 12 is read as the day either way), ``"16.10.2017"`` (always day first);
  - month: ``"Oct 1952"``, ``"October 1952"``, ``"1952-10"``;
  - year: ``"1952"``;
  - circa: ``"circa 1952"``, ``"approximately 1952"``, ``"approx. 1952"``, ``"c. 1952"``,
    ``"ca. 1952"``, ``"1952 (approx.)"``;
  - range: ``"1960 to 1962"``, ``"between 1960 and 1962"``, ``"from 1960 to 1962"``,
    ``"1960-1962"``, ``"01 Jan 1960 to 31 Dec 1962"``.

* :func:`parse_dates` reads a field that may hold several dates separated by ``;``
  (or by ``,`` where every part is a date) and returns every date it understands.

The ``text`` of every result keeps the wording it was parsed from. Nothing here raises
on bad input: an expression that is not a date gives None (or is skipped).
"""

from __future__ import annotations

import re

from embargo.model import DateValue

__all__ = ["MONTHS", "MONTH_NAMES", "parse_date", "parse_dates"]

#: The English month names, January first.
MONTH_NAMES: tuple[str, ...] = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
#: English month names and abbreviations -> month number.
MONTHS: dict[str, int] = {}
for _number, _name in enumerate(MONTH_NAMES, start=1):
    MONTHS[_name] = _number
    MONTHS[_name[:3]] = _number
MONTHS["sept"] = 9

_MONTH = r"(?P<{g}>[A-Za-z]{{3,9}})\.?"
_CIRCA_PREFIX = re.compile(r"^(?:circa|approximately|approx\.?|about|around|ca\.|c\.)\s*", re.IGNORECASE)
_CIRCA_SUFFIX = re.compile(r"\s*\((?:circa|approx\.?|approximately|approximate)\)$", re.IGNORECASE)
_RANGE_BETWEEN = re.compile(
    r"^(?:between|from)\s+(?P<a>.+?)\s+(?:and|to|until|-)\s+(?P<b>.+)$", re.IGNORECASE
)
_RANGE_TO = re.compile(r"^(?P<a>.+?)\s+(?:to|until|through|-|–)\s+(?P<b>.+)$", re.IGNORECASE)
_RANGE_YEARS = re.compile(r"^(?P<a>\d{4})\s*[-–/]\s*(?P<b>\d{4})$")

_ISO = re.compile(
    r"^(?P<y>\d{4})(?:-(?P<m>\d{1,2})(?:-(?P<d>\d{1,2}))?)?"
    r"(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$"
)
_DMY_NAMED = re.compile(
    r"^(?P<d>\d{1,2})(?:st|nd|rd|th)?[\s-]+" + _MONTH.format(g="m") + r"[\s,-]+(?P<y>\d{4})$"
)
_MDY_NAMED = re.compile(r"^" + _MONTH.format(g="m") + r"\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y>\d{4})$")
_MY_NAMED = re.compile(r"^" + _MONTH.format(g="m") + r"[\s,-]+(?P<y>\d{4})$")
_SLASHED = re.compile(r"^(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>\d{4})$")
_DOTTED = re.compile(r"^(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4})$")
_MONTH_SLASH_YEAR = re.compile(r"^(?P<m>\d{1,2})/(?P<y>\d{4})$")

_DAYS_IN_MONTH = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _iso(year: int, month: int | None = None, day: int | None = None) -> str | None:
    """An ISO string for a valid date (or month, or year), None when out of range."""
    if not 1000 <= year <= 2999:
        return None
    if month is None:
        return f"{year:04d}"
    if not 1 <= month <= 12:
        return None
    if day is None:
        return f"{year:04d}-{month:02d}"
    if not 1 <= day <= _DAYS_IN_MONTH[month - 1]:
        return None
    if month == 2 and day == 29 and not (year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)):
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


def _month_number(word: str) -> int | None:
    return MONTHS.get(word.lower().rstrip("."))


def _parse_single(text: str, dayfirst: bool) -> str | None:
    """One date without circa or range, as an ISO string of day, month or year precision."""
    text = text.strip().strip(".,;").strip()
    if not text:
        return None
    match = _ISO.match(text)
    if match:
        month = int(match["m"]) if match["m"] else None
        day = int(match["d"]) if match["d"] else None
        return _iso(int(match["y"]), month, day)
    match = _DMY_NAMED.match(text) or _MDY_NAMED.match(text)
    if match:
        month = _month_number(match["m"])
        return _iso(int(match["y"]), month, int(match["d"])) if month else None
    match = _MY_NAMED.match(text)
    if match:
        month = _month_number(match["m"])
        return _iso(int(match["y"]), month) if month else None
    match = _SLASHED.match(text)
    if match:
        month, day = int(match["a"]), int(match["b"])
        if dayfirst:
            month, day = day, month
        if month > 12 and day <= 12:  # unambiguous: the other reading is the only valid one
            month, day = day, month
        return _iso(int(match["y"]), month, day)
    match = _DOTTED.match(text)
    if match:
        return _iso(int(match["y"]), int(match["m"]), int(match["d"]))
    match = _MONTH_SLASH_YEAR.match(text)
    if match:
        return _iso(int(match["y"]), int(match["m"]))
    return None


def parse_date(text: str | None, *, dayfirst: bool = False) -> DateValue | None:
    """One date expression as a :class:`DateValue`, or None if it is not a date.

    ``dayfirst`` decides how ``"05/06/2017"`` is read (False: 6 May, US style).
    """
    if not text:
        return None
    original = " ".join(str(text).split()).rstrip(".;,").strip()
    work = original
    if not work or len(work) > 80:
        return None
    circa = False
    stripped = _CIRCA_PREFIX.sub("", work)
    if stripped != work:
        circa, work = True, stripped
    stripped = _CIRCA_SUFFIX.sub("", work)
    if stripped != work:
        circa, work = True, stripped.strip()
    single = _parse_single(work, dayfirst)
    if single is not None:
        return DateValue.single(single, circa=circa, text=original)
    for pattern in (_RANGE_YEARS, _RANGE_BETWEEN, _RANGE_TO):
        match = pattern.match(work)
        if not match:
            continue
        start = _parse_single(_CIRCA_PREFIX.sub("", match["a"]), dayfirst)
        end = _parse_single(_CIRCA_PREFIX.sub("", match["b"]), dayfirst)
        if start is None or end is None:
            continue
        if start > end:
            start, end = end, start
        return DateValue.between(start, end, circa=circa, text=original)
    return None


def parse_dates(text: str | None, *, dayfirst: bool = False) -> list[DateValue]:
    """Every date in a field that may list several (``"1974; 1975"``, ``"1960, 1961"``).

    Parts that are not dates are skipped; a field that is one date with a comma in it
    (``"Oct 7, 1952"``) is read as that one date.
    """
    if not text:
        return []
    results: list[DateValue] = []
    for part in re.split(r"\s*;\s*|\s+/\s+", str(text)):
        part = part.strip()
        if not part:
            continue
        value = parse_date(part, dayfirst=dayfirst)
        if value is not None:
            results.append(value)
            continue
        pieces = [p for p in (p.strip() for p in part.split(",")) if p]
        if len(pieces) > 1:
            values = [parse_date(p, dayfirst=dayfirst) for p in pieces]
            results.extend(v for v in values if v is not None)
    return results
