"""Screening: one query against every current list, answered with a :class:`~embargo.model.Result`.

``screen()`` is the Python API (``embargo.screen``); ``screen_query()`` is what
the batch runner, the HTTP API and the news pipeline call. Both validate the
query, get the process's index (:func:`load_index`: built once per list
version, persisted, reloaded at start-up) and search it.
"""

from __future__ import annotations

from embargo.errors import ValidationError
from embargo.match import DEFAULT_THRESHOLD
from embargo.match.persist import load_index, reset_index
from embargo.model import SCHEMAS, Query, Result
from embargo.names import ORG, PER, analyze_name, clean_name, has_name_content
from embargo.names.analysis import LEGAL, STOP
from embargo.names.normalize import letter_count

#: Longest name accepted, in characters as given.
MAX_NAME_LENGTH = 1000
#: Most matches one screening may return.
MAX_LIMIT = 1000
MAX_IDENTIFIERS = 20
MAX_IDENTIFIER_LENGTH = 100

_SCHEMA_ALIASES = {s.lower(): s for s in SCHEMAS} | {
    "organisation": "Organization",
    "org": "Organization",
    "entity": "LegalEntity",
    "legal_entity": "LegalEntity",
    "legalentity": "LegalEntity",
    "crypto": "CryptoWallet",
    "individual": "Person",
}

__all__ = ["load_index", "reset_index", "screen", "screen_query", "validate_query", "warm_up"]

#: Names whose screening loads the name-analysis data of every name (what a batch worker warms).
COMMON_WARM_UP_NAMES: tuple[tuple[str, str | None], ...] = (
    ("Maria Petrova", None),
    ("Northern Shipping Company LLC", None),
)
#: Those and one name of each script and reading that name analysis treats apart. The first name of
#: a kind loads its tables (pykakasi's dictionary for Japanese, about 1 s; an ICU transliterator per
#: script); screened before serving, no real screening waits for them.
WARM_UP_NAMES: tuple[tuple[str, str | None], ...] = (
    *COMMON_WARM_UP_NAMES,
    ("Иван Петров", None),
    ("Қасым-Жомарт Тоқаев", "Person"),
    ("محمد علي", None),
    ("محمدرضا حسینی", "Person"),
    ("משה כהן", None),
    ("Γιώργος Παπαδόπουλος", None),
    ("王艳", "Person"),
    ("金正恩", "Person"),  # three characters: also read in Korean (the hanja table)
    ("华为技术有限公司", "Company"),
    ("山田太郎", "Person"),
    ("やまだ たろう", "Person"),
    ("김정은", "Person"),
    ("नरेंद्र मोदी", None),
    ("Արամ Խաչատրյան", None),
    ("გიორგი ბერიძე", None),
    ("สมชาย ใจดี", None),
)


def _schema(value: str | None) -> str | None:
    if value is None:
        return None
    key = str(value).strip().lower()
    if key in ("", "any"):
        return None
    try:
        return _SCHEMA_ALIASES[key]
    except KeyError:
        raise ValidationError(
            f"unknown type {value!r}: use person, company, organization, legalentity, vessel, aircraft or any"
        ) from None


def _birth_date(value: str | None) -> str | None:
    if value is None or not str(value).strip():
        return None
    from embargo.sources.dates import parse_date

    text = str(value).strip()
    if len(text) > 64:
        raise ValidationError("birth date is too long")
    parsed = parse_date(text)
    if parsed is None or parsed.precision == "range":
        raise ValidationError(f"birth date {text!r} is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)")
    return parsed.start


def _country(value: str | None) -> str | None:
    if value is None or not str(value).strip():
        return None
    from embargo.sources.countries import country_code

    text = str(value).strip()
    code = country_code(text[:100])
    if code is None:
        raise ValidationError(
            f"unknown country {text[:60]!r} (use an ISO code such as 'ru' or a country name)"
        )
    return code


def _identifiers(values: list[str] | str | None) -> list[str]:
    if values is None:
        return []
    if isinstance(values, str):
        values = [values]
    cleaned = [str(v).strip() for v in values if v is not None and str(v).strip()]
    if len(cleaned) > MAX_IDENTIFIERS:
        raise ValidationError(f"too many identifiers ({len(cleaned)}, at most {MAX_IDENTIFIERS})")
    for value in cleaned:
        if len(value) > MAX_IDENTIFIER_LENGTH:
            raise ValidationError(
                f"identifier is too long ({len(value)} characters, at most {MAX_IDENTIFIER_LENGTH})"
            )
    return cleaned


def _name(value: object, schema: object = None) -> str:
    if not isinstance(value, str):
        raise ValidationError("name must be text")
    if len(value) > MAX_NAME_LENGTH:
        raise ValidationError(f"name is too long ({len(value)} characters, at most {MAX_NAME_LENGTH})")
    cleaned = clean_name(value, keep_word_dots=True)
    if not cleaned:
        raise ValidationError("name is empty")
    if not has_name_content(cleaned):
        raise ValidationError(f"name {cleaned!r} has no letters or digits")
    if letter_count(cleaned) < 2:
        raise ValidationError(f"name {cleaned!r} is too short to screen (at least 2 letters)")
    if not _has_identifying_part(cleaned, _first_reading(schema)):
        raise ValidationError(
            f"name {cleaned!r} has only generic words (articles, legal forms), nothing to screen"
        )
    return cleaned


def _has_identifying_part(name: str, first: str = ORG) -> bool:
    """False for names made only of articles and legal forms ("The LLC", "Ltd.").

    Read as an organisation or as a person, the name must keep a token that is
    not a stop word or legal form. (A single *common* word such as "Company" is
    refused by :func:`screen_query`, which knows from the index how common it is.)
    ``first``: the reading tried first, the one the search will make (the other is
    then seldom needed: analysing a name costs as much as a good part of a search).
    """
    return any(
        kind not in (LEGAL, STOP)
        for tag in (first, PER if first == ORG else ORG)
        for form in analyze_name(name, tag)
        for kind in form.kinds
    )


def _first_reading(schema: object) -> str:
    """PER for a query typed as a person (however written: "person", "Individual"), else ORG."""
    person = isinstance(schema, str) and _SCHEMA_ALIASES.get(schema.strip().lower()) == "Person"
    return PER if person else ORG


#: Schemas a name that is only a legal form is refused for (a person may be called "Sa" or "Ag").
_ORGANISATION_SCHEMAS = frozenset({None, "Company", "Organization", "LegalEntity"})


def _only_legal_form(name: str) -> bool:
    """True for a name that, read as an organisation, is one legal form and nothing else but articles.

    "AG", "ПАО", "S.A.", "株式会社": rigour writes many legal forms as one compare form ("jsc"),
    so such a query would equal any listed name that is also only a legal form (OFAC lists "SE"
    as a weak alias) and name no party. One word only: rigour also reads some acronyms as legal
    forms, and "OSK AO" (ОСК, the United Shipbuilding Corporation) is a listed name.
    """
    forms = analyze_name(name, ORG)
    return bool(forms) and all([kind for kind in form.kinds if kind != STOP] == [LEGAL] for form in forms)


def validate_query(query: Query) -> Query:
    """The query checked and normalised (schema name, ISO date, country code); ValidationError if invalid."""
    name = _name(query.name, query.schema)
    schema = _schema(query.schema)
    if schema in _ORGANISATION_SCHEMAS and _only_legal_form(name):
        raise ValidationError(f"name {name!r} is only a legal form, nothing to screen")
    return Query(
        name=name,
        schema=schema,
        birth_date=_birth_date(query.birth_date),
        country=_country(query.country),
        identifiers=_identifiers(query.identifiers),
    )


def _threshold(value: float | None) -> float:
    if value is None:
        return DEFAULT_THRESHOLD
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise ValidationError(f"threshold {value!r} is not a number") from None
    if not 0.0 <= number <= 1.0:
        raise ValidationError(f"threshold {number} is outside [0, 1]")
    return number


def _limit(value: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError(f"limit {value!r} is not a whole number")
    if not 1 <= value <= MAX_LIMIT:
        raise ValidationError(f"limit {value} is outside 1..{MAX_LIMIT}")
    return value


def screen_query(query: Query, *, limit: int = 10, threshold: float | None = None, store=None) -> Result:  # noqa: ANN001
    """Screen a :class:`Query` against the store's current lists (see :func:`screen`)."""
    checked = validate_query(query)
    limit = _limit(limit)
    cutoff = _threshold(threshold)
    index = load_index(store)
    if not index.identifies(checked.name):
        raise ValidationError(
            f"name {checked.name!r} has only generic words (articles, legal forms), nothing to screen"
        )
    matches = index.search(checked, limit=limit, threshold=cutoff)
    return Result(query=checked, matches=matches, threshold=cutoff, list_versions=list(index.list_versions))


def warm_up(store=None, names: tuple[tuple[str, str | None], ...] = WARM_UP_NAMES) -> list[Result]:  # noqa: ANN001
    """Load the index, the Chinese dictionaries and the tables that screening ``names`` loads on first use.

    Returns the warm-up screenings' results (a caller may warm what it does with results too).

    ``store``: an embargo.store.Store, or None for the default store. For a server, every script
    (the default): without it the first name of each script pays its tables' loading (the first
    Japanese one about a second) while the requests behind it wait; that costs a few seconds and
    the Japanese dictionaries' memory (about 124 MB) once. Batch workers warm
    :data:`COMMON_WARM_UP_NAMES` only: a second of one worker does not matter there, its memory
    times the workers does.
    """
    from embargo.names.chinese import load_dictionaries
    from embargo.names.transliterate import known_korean_syllables

    load_dictionaries()
    known_korean_syllables()  # the matcher asks whether a misspelt word is another Korean syllable
    results = []
    for name, schema in names:
        try:
            results.append(screen_query(Query(name=name, schema=schema), limit=1, store=store))
        except ValidationError:  # a store whose lists make a warm-up name generic: nothing to warm
            continue
    return results


def screen(
    name: str,
    *,
    schema: str | None = None,
    birth_date: str | None = None,
    country: str | None = None,
    identifiers: list[str] | None = None,
    limit: int = 10,
    threshold: float | None = None,
    store=None,  # noqa: ANN001 - embargo.store.Store or None for the default store
) -> Result:
    """Screen one name against every current list in the store.

    ``schema`` narrows the kind of party (person, company, organization, vessel,
    aircraft, any); ``birth_date`` (YYYY[-MM[-DD]]), ``country`` (ISO code or
    name) and ``identifiers`` (passport, tax ID, IMO, BIC ...) add evidence.
    Returns matches at or above ``threshold`` (default
    :data:`embargo.match.DEFAULT_THRESHOLD`), best first, at most ``limit``.
    Raises :class:`embargo.errors.ValidationError` for an invalid query.
    """
    query = Query(
        name=name,
        schema=schema,
        birth_date=birth_date,
        country=country,
        identifiers=list(identifiers or []),
    )
    return screen_query(query, limit=limit, threshold=threshold, store=store)
