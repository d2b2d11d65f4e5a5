"""Request and response bodies of the API, as pydantic models (they make the OpenAPI spec).

Responses are built from the engine's own ``to_dict`` output; these models describe them.
"""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from embargo.model import Query, SchemaName

Text = Annotated[str, StringConstraints(min_length=1, max_length=200)]


class ScreenQuery(BaseModel):
    """One query: a name and the optional evidence of ``embargo.screen``."""

    model_config = ConfigDict(extra="forbid", strict=True, populate_by_name=True)

    name: str = Field(
        min_length=2, max_length=500, pattern=r"\w.*\w", description="The name to screen (at least 2 letters)"
    )
    schema_: SchemaName | None = Field(None, alias="schema", description="Entity type; none means any")
    birth_date: str | None = Field(
        None,
        pattern=r"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$",
        description="Date or year of birth: YYYY[-MM[-DD]]",
    )
    country: str | None = Field(
        None,
        min_length=2,
        max_length=100,
        pattern=r"^[A-Za-z][A-Za-z .'-]*[A-Za-z]$",
        description="ISO alpha-2 code or an English country name",
    )
    identifiers: list[Text] = Field(
        default_factory=list, max_length=50, description="Passport, tax ID, IMO, BIC..."
    )

    def to_query(self) -> Query:
        """The engine's Query for this request."""
        return Query(
            name=self.name,
            schema=self.schema_,
            birth_date=self.birth_date,
            country=self.country,
            identifiers=list(self.identifiers),
        )


class ScreenRequest(ScreenQuery):
    """POST /screen: one query, the number of matches wanted and an optional score threshold."""

    limit: int = Field(10, ge=1, le=100, description="Most matches to return")
    threshold: float | None = Field(
        None, ge=0.0, le=1.0, description="Lowest score returned; default the engine's"
    )


class BatchRequest(BaseModel):
    """POST /screen/batch: several queries screened with the same limit and threshold."""

    model_config = ConfigDict(extra="forbid", strict=True)

    queries: list[ScreenQuery] = Field(min_length=1, description="At most the server's max_batch queries")
    limit: int = Field(10, ge=1, le=100)
    threshold: float | None = Field(None, ge=0.0, le=1.0)


# -- responses (documentation of the engine's JSON) ------------------------------------------


class QueryOut(BaseModel):
    """The query as screened."""

    name: str
    schema_: str | None = Field(None, alias="schema")
    birth_date: str | None = None
    country: str | None = None
    identifiers: list[str] | None = None


class FeatureScoreOut(BaseModel):
    """One feature's part in a score."""

    feature: str
    value: float
    weight: float
    detail: str = ""


class ExplanationOut(BaseModel):
    """Why a candidate scored what it scored."""

    query_name: str
    matched_name: str
    name_kind: str
    features: list[FeatureScoreOut]
    programs: list[str]
    list_version: str | None = None
    summary: str = ""


class MatchOut(BaseModel):
    """One listed entity found for the query."""

    entity_id: str
    source: str
    source_id: str
    schema_: str = Field(alias="schema")
    name: str
    caption: str
    score: float
    explanation: ExplanationOut


class ListVersionOut(BaseModel):
    """A list version the screening used."""

    source: str
    version: str
    snapshot_id: int
    published: str | None = None


class ResultOut(BaseModel):
    """The answer to one screening (the same JSON as ``embargo screen --json``)."""

    query: QueryOut
    threshold: float
    matches: list[MatchOut]
    list_versions: list[ListVersionOut]


class BatchOut(BaseModel):
    """The answers to a batch, in query order, with their audit record ids."""

    count: int
    results: list[ResultOut]
    audit_ids: list[int]


class HealthOut(BaseModel):
    """Liveness and what is loaded."""

    status: str
    version: str
    lists: int


class ListHistoryOut(BaseModel):
    """An older snapshot of a list."""

    snapshot_id: int
    version: str
    loaded_at: str
    entity_count: int


class ListOut(BaseModel):
    """The current version of one list, and its earlier versions."""

    source: str
    version: str
    snapshot_id: int
    published: str | None = None
    format: str
    loaded_at: str
    checked_at: str
    entity_count: int
    counts_by_schema: dict[str, int]
    history: list[ListHistoryOut]


class ListsOut(BaseModel):
    """Every list in the store."""

    lists: list[ListOut]


class LinkedFromOut(BaseModel):
    """An entity that links to this one."""

    entity_id: str
    caption: str
    kind: str


class EntityOut(BaseModel):
    """An entity (documented Entity JSON), the snapshot it comes from and who links to it."""

    entity: dict[str, Any]
    snapshot: ListHistoryOut
    source: str
    current: bool
    linked_from: list[LinkedFromOut]
