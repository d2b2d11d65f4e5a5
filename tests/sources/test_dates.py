"""The shared date parser: every way the lists write a date."""

from __future__ import annotations

import pytest

from embargo.sources.dates import parse_date, parse_dates


@pytest.mark.parametrize(
    ("text", "start", "end", "precision", "circa"),
    [
        ("07 Oct 1952", "1952-10-07", "1952-10-07", "day", False),
        ("7 October 1952", "1952-10-07", "1952-10-07", "day", False),
        ("Oct 7, 1952", "1952-10-07", "1952-10-07", "day", False),
        ("Oct 1952", "1952-10", "1952-10", "month", False),
        ("September 1952", "1952-09", "1952-09", "month", False),
        ("1952", "1952", "1952", "year", False),
        ("circa 1952", "1952", "1952", "year", True),
        ("approximately 1952", "1952", "1952", "year", True),
        ("1960 to 1962", "1960", "1962", "range", False),
        ("between 1960 and 1962", "1960", "1962", "range", False),
        ("circa 1970-1972", "1970", "1972", "range", True),
        ("01 Jan 1960 to 31 Dec 1962", "1960-01-01", "1962-12-31", "range", False),
        ("2017-10-16", "2017-10-16", "2017-10-16", "day", False),
        ("2017-10-16T00:00:00", "2017-10-16", "2017-10-16", "day", False),
        ("2017-10", "2017-10", "2017-10", "month", False),
        ("10/16/2017", "2017-10-16", "2017-10-16", "day", False),
        ("16.10.2017", "2017-10-16", "2017-10-16", "day", False),
        ("1952.", "1952", "1952", "year", False),
    ],
)
def test_parse_date_forms(text: str, start: str, end: str, precision: str, circa: bool) -> None:
    value = parse_date(text)
    assert value is not None
    assert (value.start, value.end, value.precision, value.circa) == (start, end, precision, circa)
    assert value.text == text.rstrip(".")


def test_slashed_dates_are_us_unless_dayfirst() -> None:
    assert parse_date("05/06/2017").start == "2017-05-06"
    assert parse_date("05/06/2017", dayfirst=True).start == "2017-06-05"
    # A first number above 12 can only be the day.
    assert parse_date("16/10/2017").start == "2017-10-16"


@pytest.mark.parametrize(
    "text", ["", None, "foo", "31 Feb 2000", "13/13/2017", "Mon 1952", "0000", "x" * 500]
)
def test_not_a_date(text: str | None) -> None:
    assert parse_date(text) is None


def test_leap_day() -> None:
    assert parse_date("29 Feb 2000").start == "2000-02-29"
    assert parse_date("29 Feb 1900") is None


def test_parse_dates_lists() -> None:
    assert [d.start for d in parse_dates("1974; 1975")] == ["1974", "1975"]
    assert [d.start for d in parse_dates("1960, 1961")] == ["1960", "1961"]
    assert [d.start for d in parse_dates("Oct 7, 1952")] == ["1952-10-07"]
    assert [d.start for d in parse_dates("1952; nonsense; 1953")] == ["1952", "1953"]
    assert parse_dates("") == []
