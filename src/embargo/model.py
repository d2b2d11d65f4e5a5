"""The one vocabulary of Embargo: list entities, screening queries and their results.

Every reader produces :class:`Entity` objects, the store keeps them, the matcher
screens a :class:`Query` against them and every interface (CLI, API, batch, news)
answers with the same :class:`Result`.

The classes are plain dataclasses with ``slots`` so that loading a list of tens of
thousands of entries stays fast; ``to_dict``/``from_dict`` give the stable JSON
form documented in docs/json.md.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import asdict, dataclass, field
from typing import Any, Literal, get_args

SchemaName = Literal[
    "Person",
    "Company",
    "Organization",
    "LegalEntity",
    "Vessel",
    "Aircraft",
    "CryptoWallet",
]
SCHEMAS: tuple[str, ...] = get_args(SchemaName)

#: Schemas that stand for a party with a legal personality (used by the matcher to
#: decide whether a schema difference is a conflict or merely less specific).
PARTY_SCHEMAS = frozenset({"Person", "Company", "Organization", "LegalEntity"})
ORGANISATION_SCHEMAS = frozenset({"Company", "Organization", "LegalEntity"})

NameKind = Literal["primary", "alias", "formerly", "original_script"]
NAME_KINDS: tuple[str, ...] = get_args(NameKind)

IdentifierKind = Literal[
    "passport",
    "national_id",
    "tax_id",
    "registration",
    "swift_bic",
    "imo",
    "mmsi",
    "lei",
    "crypto",
    "call_sign",
    "aircraft_serial",
    "aircraft_tail",
    "ssn",
    "driving_licence",
    "other",
]
IDENTIFIER_KINDS: tuple[str, ...] = get_args(IdentifierKind)

LinkKind = Literal["linked_to", "owned_or_controlled_by", "owner", "family", "associate", "other"]
LINK_KINDS: tuple[str, ...] = get_args(LinkKind)

DatePrecision = Literal["day", "month", "year", "range"]


@dataclass(slots=True)
class Name:
    """One name of an entity, as listed.

    ``quality`` keeps the list's own judgement: OFAC "strong"/"weak" a.k.a.,
    UN "good"/"low" quality. ``script`` is an ISO 15924 code ("Cyrl", "Hani",
    "Arab") for names the list gives in their original script, ``lang`` an
    ISO 639 code where the list states the language.
    """

    full: str
    kind: NameKind = "primary"
    quality: str | None = None
    script: str | None = None
    lang: str | None = None
    #: Name parts where the list gives them separately (first, middle, last, ...).
    parts: dict[str, str] = field(default_factory=dict)

    @property
    def is_weak(self) -> bool:
        """True for aliases the list itself marks as weak or low quality."""
        return (self.quality or "").lower() in {"weak", "low"}


@dataclass(slots=True)
class DateValue:
    """A date as lists give it: exact, month, year, a range, possibly "circa".

    ``start`` and ``end`` are ISO dates (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``)
    and are equal for a single date; ``text`` keeps the list's original wording.
    """

    start: str
    end: str
    precision: DatePrecision
    circa: bool = False
    text: str | None = None

    @classmethod
    def single(cls, iso: str, *, circa: bool = False, text: str | None = None) -> DateValue:
        """A single date whose precision follows from the ISO string's length."""
        precision: DatePrecision = {4: "year", 7: "month"}.get(len(iso), "day")  # type: ignore[assignment]
        return cls(start=iso, end=iso, precision=precision, circa=circa, text=text)

    @classmethod
    def between(cls, start: str, end: str, *, circa: bool = False, text: str | None = None) -> DateValue:
        """A range of dates ("1960 to 1962")."""
        return cls(start=start, end=end, precision="range", circa=circa, text=text)


@dataclass(slots=True)
class Address:
    """A postal address; ``country`` is an ISO 3166-1 alpha-2 code in lower case."""

    full: str
    street: str | None = None
    city: str | None = None
    region: str | None = None
    postal_code: str | None = None
    country: str | None = None
    remarks: str | None = None


@dataclass(slots=True)
class Identifier:
    """An official identifier: passport, tax ID, SWIFT/BIC, IMO number, ...

    ``value`` is as listed; ``country`` the issuing country (ISO alpha-2, lower
    case) where known; ``label`` the list's own wording of the kind
    ("Passport", "Tax ID No.", "Vessel Registration Identification").
    """

    kind: IdentifierKind
    value: str
    country: str | None = None
    label: str | None = None
    note: str | None = None

    @property
    def normalized(self) -> str:
        """The value with case, spaces and punctuation removed, for comparison."""
        return normalize_identifier(self.value)


@dataclass(slots=True)
class Link:
    """A relation to another party: "Linked To:", "Owned or Controlled By", vessel owner.

    ``target_name`` is the name as written in the list; ``target_id`` the entity_id
    of the other party once it is resolved (within the same list version).
    """

    kind: LinkKind
    target_name: str
    target_id: str | None = None
    note: str | None = None


@dataclass(slots=True)
class Entity:
    """One designated party from one list version.

    ``source`` names the list ("ofac-sdn", "un-sc", "us-csl", ...), ``source_id``
    is the list's own identifier (OFAC ent_num, UN REFERENCE_NUMBER, EU logicalId)
    and ``entity_id`` is derived from both, so it is stable across versions.
    ``countries`` are ISO 3166-1 alpha-2 codes in lower case; the list's wording
    stays in addresses, birth places and remarks.
    """

    entity_id: str
    source: str
    source_id: str
    schema: SchemaName
    names: list[Name] = field(default_factory=list)
    birth_dates: list[DateValue] = field(default_factory=list)
    birth_places: list[str] = field(default_factory=list)
    gender: str | None = None
    nationalities: list[str] = field(default_factory=list)
    citizenships: list[str] = field(default_factory=list)
    countries: list[str] = field(default_factory=list)
    addresses: list[Address] = field(default_factory=list)
    identifiers: list[Identifier] = field(default_factory=list)
    programs: list[str] = field(default_factory=list)
    listed_on: str | None = None
    titles: list[str] = field(default_factory=list)
    positions: list[str] = field(default_factory=list)
    remarks: list[str] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)
    #: Everything else a list states, keyed by a documented property name:
    #: websites, emails, phones, vessel_type, vessel_flag, tonnage, gross_registered_tonnage,
    #: aircraft_model, secondary_sanctions_risk, directives, list_names, source_url ...
    properties: dict[str, list[str]] = field(default_factory=dict)

    @property
    def caption(self) -> str:
        """The display name: the first primary name, else the first name at all."""
        for name in self.names:
            if name.kind == "primary":
                return name.full
        return self.names[0].full if self.names else self.source_id

    @property
    def all_countries(self) -> set[str]:
        """Every country code the entity is tied to (nationality, citizenship, addresses)."""
        codes = set(self.countries) | set(self.nationalities) | set(self.citizenships)
        codes.update(a.country for a in self.addresses if a.country)
        return codes

    def add_property(self, key: str, value: str | None) -> None:
        """Append a value to ``properties[key]`` unless it is empty or already there."""
        if value is None:
            return
        value = value.strip()
        if not value:
            return
        values = self.properties.setdefault(key, [])
        if value not in values:
            values.append(value)

    def to_dict(self) -> dict[str, Any]:
        """The entity as JSON-ready data (the documented ``Entity`` JSON form).

        Hand-built rather than ``_prune(asdict(self))``: same output, about 3x faster, and
        list loading serialises every entity.
        """
        out: dict[str, Any] = {}
        for name in self.__slots__:
            value = getattr(self, name)
            if name in _NESTED_FIELDS:
                value = [_slots_dict(item) for item in value]
            elif name == "properties":
                value = {k: list(v) for k, v in value.items() if v}
            elif isinstance(value, list):
                value = list(value)
            if not _is_empty(value):
                out[name] = value
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Entity:
        """Rebuild an entity from :meth:`to_dict` output."""
        return cls(
            entity_id=data["entity_id"],
            source=data["source"],
            source_id=data["source_id"],
            schema=data["schema"],
            names=[Name(**n) for n in data.get("names", [])],
            birth_dates=[DateValue(**d) for d in data.get("birth_dates", [])],
            birth_places=list(data.get("birth_places", [])),
            gender=data.get("gender"),
            nationalities=list(data.get("nationalities", [])),
            citizenships=list(data.get("citizenships", [])),
            countries=list(data.get("countries", [])),
            addresses=[Address(**a) for a in data.get("addresses", [])],
            identifiers=[Identifier(**i) for i in data.get("identifiers", [])],
            programs=list(data.get("programs", [])),
            listed_on=data.get("listed_on"),
            titles=list(data.get("titles", [])),
            positions=list(data.get("positions", [])),
            remarks=list(data.get("remarks", [])),
            links=[Link(**link) for link in data.get("links", [])],
            properties={k: list(v) for k, v in data.get("properties", {}).items()},
        )

    def content_hash(self) -> str:
        """A digest of the entity's content, used to find changed designations between versions."""
        import json

        payload = json.dumps(self.to_dict(), sort_keys=True, ensure_ascii=False)
        return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def make_entity_id(source: str, source_id: str) -> str:
    """The stable entity_id for a list's own identifier: ``{source}-{slug}``.

    The same list entry keeps the same id in every version of that list.
    """
    slug = re.sub(r"[^0-9a-z]+", "-", source_id.lower()).strip("-")
    if not slug:
        slug = hashlib.sha1(source_id.encode("utf-8")).hexdigest()[:16]
    return f"{source}-{slug}"


def normalize_identifier(value: str) -> str:
    """Upper-case an identifier and drop spaces and punctuation ("AB 12-34" -> "AB1234")."""
    return re.sub(r"[\W_]+", "", value, flags=re.UNICODE).upper()


# ---------------------------------------------------------------------------
# Screening: query and result
# ---------------------------------------------------------------------------


@dataclass(slots=True)
class Query:
    """What to screen: a name and, optionally, evidence that sharpens the score.

    ``schema`` is one of :data:`SCHEMAS` or None for any; ``birth_date`` an ISO
    date or year; ``country`` an ISO alpha-2 code or a country name;
    ``identifiers`` free-form identifier values (passport, tax ID, IMO, BIC ...).
    """

    name: str
    schema: str | None = None
    birth_date: str | None = None
    country: str | None = None
    identifiers: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """The query as JSON-ready data."""
        return _prune(asdict(self))


@dataclass(slots=True)
class FeatureScore:
    """One feature's part in a score, for the explanation."""

    feature: str
    value: float
    weight: float
    detail: str = ""


@dataclass(slots=True)
class Explanation:
    """Why a candidate scored what it scored, in data a regulator can read."""

    query_name: str
    matched_name: str
    name_kind: str
    features: list[FeatureScore] = field(default_factory=list)
    programs: list[str] = field(default_factory=list)
    list_version: str | None = None
    summary: str = ""


@dataclass(slots=True)
class Match:
    """One listed entity found for a query, with its score and explanation."""

    entity_id: str
    source: str
    source_id: str
    schema: str
    name: str
    caption: str
    score: float
    explanation: Explanation

    def to_dict(self) -> dict[str, Any]:
        """The match as JSON-ready data."""
        return asdict(self)


@dataclass(slots=True)
class ListVersion:
    """The version of one list a screening used."""

    source: str
    version: str
    snapshot_id: int
    published: str | None = None


@dataclass(slots=True)
class Result:
    """The answer to one screening: matches best first, and the list versions used."""

    query: Query
    matches: list[Match]
    threshold: float
    list_versions: list[ListVersion] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """The result as JSON-ready data (the documented ``Result`` JSON form)."""
        return {
            "query": self.query.to_dict(),
            "threshold": self.threshold,
            "matches": [m.to_dict() for m in self.matches],
            "list_versions": [asdict(v) for v in self.list_versions],
        }


_NESTED_FIELDS = frozenset({"names", "birth_dates", "addresses", "identifiers", "links"})


def _is_empty(value: Any) -> bool:
    return value is None or value == [] or value == {}


def _slots_dict(obj: Any) -> dict[str, Any]:
    """A slotted dataclass of plain values as a pruned dict (what ``_prune(asdict(obj))`` gives)."""
    out: dict[str, Any] = {}
    for name in obj.__slots__:
        value = getattr(obj, name)
        if isinstance(value, dict):
            value = {k: v for k, v in value.items() if not _is_empty(v)}
        elif isinstance(value, list):
            value = list(value)
        if not _is_empty(value):
            out[name] = value
    return out


def _prune(value: Any) -> Any:
    """Drop None, empty lists and empty dicts from nested data to keep JSON small."""
    if isinstance(value, dict):
        pruned = {k: _prune(v) for k, v in value.items()}
        return {k: v for k, v in pruned.items() if v is not None and v != [] and v != {}}
    if isinstance(value, list):
        return [_prune(v) for v in value]
    return value


__all__ = [
    "Address",
    "DateValue",
    "Entity",
    "Explanation",
    "FeatureScore",
    "Identifier",
    "Link",
    "ListVersion",
    "Match",
    "Name",
    "Query",
    "Result",
    "SCHEMAS",
    "make_entity_id",
    "normalize_identifier",
]
