"""POST /match/{dataset}: the request and response shapes of OpenSanctions yente's match API.

A yente client sends FollowTheMoney (FtM) entity examples::

    {"queries": {"q1": {"schema": "Person", "properties": {"name": ["..."], "birthDate": ["1970"]}}}}

and gets ``{"responses": {"q1": {"status": 200, "results": [...], "total": {...}, "query": {...}}},
"matcher": {...}, "limit": 5}``, each result an FtM entity with ``score``, ``features`` and ``match``.
Each name of a query is screened on its own and the best score per listed entity is kept;
every one of those screenings is recorded in the audit trail (channel ``api-match``).
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, Path, Query, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict, Field

from embargo.api.auth import require_key
from embargo.api.engine import new_request_id, screen_one
from embargo.api.errors import ApiError, responses
from embargo.model import Entity, Match, Result
from embargo.model import Query as ScreenQuery
from embargo.store import Store
from embargo.store.keys import ApiKey

router = APIRouter(tags=["yente"])

#: FtM schema -> Embargo schema (None: any). FtM's other schemata are not screenable parties.
SCHEMA_IN: dict[str, str | None] = {
    "Thing": None,
    "LegalEntity": "LegalEntity",
    "Person": "Person",
    "Organization": "Organization",
    "PublicBody": "Organization",
    "Company": "Company",
    "Vessel": "Vessel",
    "Airplane": "Aircraft",
    "CryptoWallet": "CryptoWallet",
}
SCHEMA_OUT = {"Aircraft": "Airplane"}

NAME_PROPS = ("name", "alias", "previousName", "weakAlias", "abbreviation")
NAME_PART_PROPS = ("firstName", "secondName", "middleName", "fatherName", "lastName")
COUNTRY_PROPS = ("nationality", "citizenship", "country", "jurisdiction", "mainCountry", "flag")
IDENTIFIER_PROPS = (
    "idNumber",
    "passportNumber",
    "taxNumber",
    "registrationNumber",
    "innCode",
    "ogrnCode",
    "okpoCode",
    "leiCode",
    "swiftBic",
    "bicCode",
    "dunsCode",
    "vatCode",
    "imoNumber",
    "mmsi",
    "callSign",
    "serialNumber",
    "publicKey",
    "icaoCode",
    "uniqueEntityId",
)
#: Embargo identifier kind -> FtM property.
IDENTIFIER_OUT = {
    "passport": "passportNumber",
    "tax_id": "taxNumber",
    "registration": "registrationNumber",
    "swift_bic": "swiftBic",
    "imo": "imoNumber",
    "mmsi": "mmsi",
    "lei": "leiCode",
    "crypto": "publicKey",
    "call_sign": "callSign",
    "aircraft_serial": "serialNumber",
}
MAX_NAMES = 10
ALL_DATASETS = ("default", "sanctions", "all")

PropertyValue = str | int | float | list[str | int | float]


class EntityExample(BaseModel):
    """An FtM entity to match: a schema and properties (each a value or a list of values)."""

    model_config = ConfigDict(populate_by_name=True, strict=True)

    id: str | None = Field(None, max_length=200)
    schema_: str = Field(alias="schema", max_length=100, examples=["Person"])
    properties: dict[str, PropertyValue] = Field(examples=[{"name": ["John Doe"]}])


class EntityMatchQuery(BaseModel):
    """The yente match request: named queries, and weights (accepted, not used)."""

    queries: dict[str, EntityExample]
    weights: dict[str, float] = Field(default_factory=dict)
    config: dict[str, Any] = Field(default_factory=dict)


class TotalSpec(BaseModel):
    """How many results were found."""

    value: int
    relation: str = "eq"


class ScoredEntityResponse(BaseModel):
    """An FtM entity with its score."""

    id: str
    caption: str
    schema_: str = Field(alias="schema")
    properties: dict[str, list[str]]
    datasets: list[str]
    referents: list[str]
    target: bool
    first_seen: str | None = None
    last_seen: str | None = None
    last_change: str | None = None
    score: float
    features: dict[str, float]
    match: bool


class EntityExampleOut(BaseModel):
    """The query as understood, properties as lists."""

    id: str | None = None
    schema_: str = Field(alias="schema")
    properties: dict[str, list[str]]


class EntityMatches(BaseModel):
    """The answer to one query."""

    status: int
    results: list[ScoredEntityResponse]
    total: TotalSpec
    query: EntityExampleOut


class EntityMatchResponse(BaseModel):
    """The yente match response."""

    responses: dict[str, EntityMatches]
    matcher: dict[str, Any]
    limit: int


def _values(key: str, prop: str, value: PropertyValue) -> list[str]:
    items = value if isinstance(value, list) else [value]
    out: list[str] = []
    for item in items:
        if isinstance(item, bool):
            raise ApiError(422, f"queries.{key}.properties.{prop}: true/false is not a property value")
        text = str(item).strip()
        if len(text) > 500:
            raise ApiError(422, f"queries.{key}.properties.{prop}: values are limited to 500 characters")
        if text and text not in out:
            out.append(text)
    if len(out) > 50:
        raise ApiError(422, f"queries.{key}.properties.{prop}: at most 50 values")
    return out


def example_to_queries(key: str, example: EntityExample) -> tuple[list[ScreenQuery], dict[str, Any]]:
    """The Embargo queries (one per name) for an FtM example, and the example echoed back."""
    if example.schema_ not in SCHEMA_IN:
        known = ", ".join(sorted(SCHEMA_IN))
        raise ApiError(
            400,
            f"queries.{key}.schema: unknown schema {example.schema_!r}; use one of {known}",
            "unknown_schema",
        )
    props = {p: _values(key, p, v) for p, v in example.properties.items()}
    props = {p: v for p, v in props.items() if v}
    names: list[str] = []
    for prop in NAME_PROPS:
        names.extend(n for n in props.get(prop, []) if n not in names)
    if not names:
        parts = [props[p][0] for p in NAME_PART_PROPS if props.get(p)]
        if parts:
            names.append(" ".join(parts))
    if not names:
        raise ApiError(
            422, f"queries.{key}: a query needs a name (properties.name, alias or name parts)", "no_name"
        )
    country = next((props[p][0] for p in COUNTRY_PROPS if props.get(p)), None)
    birth_date = (props.get("birthDate") or [None])[0]
    identifiers: list[str] = []
    for prop in IDENTIFIER_PROPS:
        identifiers.extend(i for i in props.get(prop, []) if i not in identifiers)
    schema = SCHEMA_IN[example.schema_]
    queries = [
        ScreenQuery(
            name=name, schema=schema, birth_date=birth_date, country=country, identifiers=identifiers[:50]
        )
        for name in names[:MAX_NAMES]
    ]
    echo = {"id": example.id, "schema": example.schema_, "properties": props}
    return queries, echo


def entity_properties(entity: Entity) -> dict[str, list[str]]:
    """An Embargo entity's data as FtM properties."""
    props: dict[str, list[str]] = {}

    def add(prop: str, value: str | None) -> None:
        if value:
            values = props.setdefault(prop, [])
            if value not in values:
                values.append(value)

    for name in entity.names:
        if name.kind == "primary":
            add("name", name.full)
        elif name.kind == "formerly":
            add("previousName", name.full)
        elif name.is_weak:
            add("weakAlias", name.full)
        else:
            add("alias", name.full)
    for date in entity.birth_dates:
        add("birthDate", date.start)
        if date.end != date.start:
            add("birthDate", date.end)
    for place in entity.birth_places:
        add("birthPlace", place)
    add("gender", entity.gender)
    for code in entity.nationalities:
        add("nationality", code)
    for code in entity.citizenships:
        add("citizenship", code)
    for code in entity.countries:
        add("country", code)
    for address in entity.addresses:
        add("address", address.full)
    for ident in entity.identifiers:
        add(IDENTIFIER_OUT.get(ident.kind, "idNumber"), ident.value)
    for program in entity.programs:
        add("program", program)
    for title in entity.titles:
        add("title", title)
    for position in entity.positions:
        add("position", position)
    for remark in entity.remarks:
        add("notes", remark)
    add("createdAt", entity.listed_on)
    for url in entity.properties.get("source_url", []):
        add("sourceUrl", url)
    props["topics"] = ["sanction"]
    return props


def _scored(match: Match, entity: Entity | None, threshold: float) -> dict[str, Any]:
    schema = SCHEMA_OUT.get(match.schema, match.schema)
    features = {f.feature: round(float(f.value), 6) for f in match.explanation.features}
    return {
        "id": match.entity_id,
        "caption": match.caption,
        "schema": schema,
        "properties": entity_properties(entity) if entity is not None else {"name": [match.caption]},
        "datasets": [match.source],
        "referents": [],
        "target": True,
        "first_seen": None,
        "last_seen": None,
        "last_change": None,
        "score": match.score,
        "features": features,
        "match": match.score >= threshold,
    }


def _merge(results: list[Result]) -> list[tuple[Match, int | None]]:
    """Best match per entity over the screenings of a query's names, best first."""
    best: dict[str, tuple[Match, int | None]] = {}
    for result in results:
        snapshots = {v.source: v.snapshot_id for v in result.list_versions}
        for match in result.matches:
            seen = best.get(match.entity_id)
            if seen is None or match.score > seen[0].score:
                best[match.entity_id] = (match, snapshots.get(match.source))
    return sorted(best.values(), key=lambda item: -item[0].score)


def _default_threshold() -> float:
    try:
        from embargo.match import DEFAULT_THRESHOLD
    except ImportError:  # pragma: no cover - only while the engine is missing
        return 0.7
    return float(DEFAULT_THRESHOLD)


@router.post(
    "/match/{dataset}",
    response_model=EntityMatchResponse,
    responses=responses(400, 401, 404, 413, 422, 503),
)
async def match(
    body: EntityMatchQuery,
    request: Request,
    dataset: str = Path(
        max_length=100, description="'default' (every list) or one source name, e.g. 'un-sc'"
    ),
    limit: int = Query(5, ge=1, le=100, description="Most results per query"),
    threshold: float | None = Query(None, ge=0.0, le=1.0, description="Score from which 'match' is true"),
    cutoff: float = Query(0.0, ge=0.0, le=1.0, description="Lowest score returned"),
    algorithm: str = Query("embargo", max_length=100, description="Accepted for compatibility; ignored"),
    key: ApiKey = Depends(require_key),
) -> JSONResponse:
    """Match FtM entity examples, answering in yente's response shape so yente clients can switch."""
    from embargo.api.limits import run_blocking, screening_limiter

    store: Store = request.app.state.store
    settings = request.app.state.settings
    if len(body.queries) > settings.max_batch:
        raise ApiError(
            413, f"{len(body.queries)} queries; at most {settings.max_batch} are allowed", "batch_too_large"
        )
    sources = {s.source for s in store.current_snapshots()}
    if dataset not in ALL_DATASETS and dataset not in sources:
        raise ApiError(
            404, f"unknown dataset {dataset!r}; use 'default' or one of: {', '.join(sorted(sources))}"
        )
    only = None if dataset in ALL_DATASETS else dataset
    match_threshold = _default_threshold() if threshold is None else threshold
    prepared = {k: example_to_queries(k, ex) for k, ex in body.queries.items()}
    request_id = new_request_id()
    fetch = limit if only is None else min(100, limit * 5)
    pool = request.app.state.pool

    def work(cancelled: Any) -> dict[str, Any]:
        responses_out: dict[str, Any] = {}
        all_results: list[Result] = []
        feature_docs: dict[str, Any] = {}
        for k, (queries, echo) in prepared.items():
            results = [screen_one(store, q, limit=fetch, threshold=cutoff, pool=pool) for q in queries]
            all_results.extend(results)
            merged = [(m, s) for m, s in _merge(results) if only is None or m.source == only]
            scored = []
            for m, snapshot_id in merged[:limit]:
                scored.append(_scored(m, store.get_entity(m.entity_id, snapshot_id), match_threshold))
                for f in m.explanation.features:
                    feature_docs.setdefault(
                        f.feature,
                        {"description": f.detail or f.feature, "coefficient": f.weight, "url": None},
                    )
            responses_out[k] = {
                "status": 200,
                "results": scored,
                "total": {"value": len(merged), "relation": "eq"},
                "query": echo,
            }
        if not cancelled.is_set():
            request.app.state.audit.submit(
                actor=key.actor, channel="api-match", results=all_results, request_id=request_id
            ).result()
        return {"responses": responses_out, "matcher": feature_docs, "limit": limit}

    data = await run_blocking(settings.request_timeout_s, work, limiter=screening_limiter(request.app.state))
    return JSONResponse(data, headers={"X-Request-ID": request_id})
