"""Evidence beyond the name: schema, birth date, country and identifiers.

Each feature returns a :class:`~embargo.model.FeatureScore` whose ``value`` is in
[-1, 1] (positive: supports the match, negative: speaks against it) and whose
``weight`` is the most it can move the score; the contribution is
``value * weight``. A feature without data on either side is left out.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from embargo.model import ORGANISATION_SCHEMAS, FeatureScore, normalize_identifier

#: How far each kind of evidence can move the name score (see docs/matching.md).
SCHEMA_WEIGHT = 0.35
BIRTH_DATE_WEIGHT = 0.3
BIRTH_DATE_SUPPORT = 0.05
COUNTRY_WEIGHT = 0.05
IDENTIFIER_WEIGHT = 0.4
#: Identifiers shorter than this (after normalisation) are too unspecific to count.
MIN_IDENTIFIER_LENGTH = 5


@dataclass(slots=True)
class Evidence:
    """What the index keeps of a listed entity, besides its names, to weigh a candidate."""

    schema: str
    birth_dates: list[tuple[str, str, str]] = field(default_factory=list)
    countries: frozenset[str] = frozenset()
    identifiers: frozenset[str] = frozenset()


def max_support(birth_date: str | None, country: str | None, identifiers: list[str]) -> float:
    """The most the evidence features can add to a name score for a query with these fields."""
    support = BIRTH_DATE_SUPPORT if birth_date else 0.0
    support += COUNTRY_WEIGHT if country else 0.0
    return support + (IDENTIFIER_WEIGHT if identifiers else 0.0)


def schema_feature(query_schema: str | None, schema: str) -> FeatureScore | None:
    """Counter-evidence when the query asks for a different kind of party (a person vs a company)."""
    if query_schema is None or query_schema == schema:
        return None
    if "LegalEntity" in (query_schema, schema):
        return None
    if query_schema in ORGANISATION_SCHEMAS and schema in ORGANISATION_SCHEMAS:
        return None
    return FeatureScore("schema", -1.0, SCHEMA_WEIGHT, f"query is a {query_schema}, listed party a {schema}")


def _year(iso: str) -> int | None:
    try:
        return int(iso[:4])
    except ValueError:
        return None


def birth_date_feature(query_date: str | None, dates: list[tuple[str, str, str]]) -> FeatureScore | None:
    """Support for a matching birth date, strong counter-evidence for a conflicting one.

    ``query_date`` is ISO (YYYY, YYYY-MM or YYYY-MM-DD); listed dates are
    (start, end, precision) and may be years or ranges. Equal at the shared
    precision, or inside a listed range, supports; anything else conflicts.
    """
    if not query_date or not dates:
        return None
    best: FeatureScore | None = None
    for start, end, precision in dates:
        if precision == "range":
            qy, sy, ey = _year(query_date), _year(start), _year(end)
            if qy is not None and sy is not None and ey is not None and sy <= qy <= ey:
                return FeatureScore(
                    "birth_date", 0.5, BIRTH_DATE_SUPPORT, f"{query_date} within {start}..{end}"
                )
            continue
        shared = min(len(query_date), len(start))
        if query_date[:shared] == start[:shared]:
            value = 1.0 if shared >= 10 else 0.5
            feature = FeatureScore("birth_date", value, BIRTH_DATE_SUPPORT, f"{query_date} ~ listed {start}")
            if best is None or feature.value > best.value:
                best = feature
    if best is not None:
        return best
    listed = ", ".join(s if p != "range" else f"{s}..{e}" for s, e, p in dates[:3])
    return FeatureScore("birth_date", -1.0, BIRTH_DATE_WEIGHT, f"{query_date} conflicts with listed {listed}")


def country_feature(query_country: str | None, countries: frozenset[str]) -> FeatureScore | None:
    """A little support when the query's country is one of the listed party's, a little doubt otherwise."""
    if not query_country or not countries:
        return None
    if query_country in countries:
        return FeatureScore("country", 1.0, COUNTRY_WEIGHT, f"{query_country} is listed")
    return FeatureScore(
        "country", -1.0, COUNTRY_WEIGHT, f"{query_country} not among listed {', '.join(sorted(countries))}"
    )


def identifier_feature(query_ids: list[str], identifiers: frozenset[str]) -> FeatureScore | None:
    """Strong support when a query identifier equals a listed one (passport, tax ID, IMO, BIC ...)."""
    if not query_ids or not identifiers:
        return None
    for value in query_ids:
        if identifier_keys([value]) & identifiers:
            return FeatureScore("identifier", 1.0, IDENTIFIER_WEIGHT, f"{value} equals a listed identifier")
    return None


def identifier_keys(values: list[str]) -> set[str]:
    """Normalised identifiers long enough to count as evidence (also the index's lookup keys).

    A value with a letter prefix before its digits ("IMO 9187629", "NO. 12345") also
    yields the digits alone, so either spelling finds the other.
    """
    keys: set[str] = set()
    for value in values:
        norm = normalize_identifier(value)
        keys.add(norm)
        stripped = norm.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
        if stripped.isdigit() and stripped != norm:
            keys.add(stripped)
    return {k for k in keys if len(k) >= MIN_IDENTIFIER_LENGTH}
