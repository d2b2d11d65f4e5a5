"""POST /match/{dataset}: yente's request and response shapes, and its bad-input answers."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient

from embargo.api.errors import ApiError
from embargo.api.yente import EntityExample, entity_properties, example_to_queries
from embargo.store import Store
from embargo.store.audit import iter_records, verify_chain

from .conftest import needs_engine, sample_entities


def _example(schema: str, **properties: object) -> EntityExample:
    return EntityExample.model_validate({"schema": schema, "properties": properties})


def test_example_to_queries() -> None:
    queries, echo = example_to_queries(
        "q1",
        _example(
            "Person",
            name=["Ivan Sidorov", "Ivan Sidorov"],
            alias="Ivan Sidoroff",
            birthDate=["1965-03-02"],
            nationality=["ru"],
            passportNumber=["AB1234567"],
            address=["somewhere"],
        ),
    )
    assert [q.name for q in queries] == ["Ivan Sidorov", "Ivan Sidoroff"]
    assert {q.schema for q in queries} == {"Person"}
    assert queries[0].birth_date == "1965-03-02" and queries[0].country == "ru"
    assert queries[0].identifiers == ["AB1234567"]
    assert echo["properties"]["name"] == ["Ivan Sidorov"] and echo["schema"] == "Person"


def test_name_parts_and_schema_mapping() -> None:
    queries, _ = example_to_queries("q", _example("Person", firstName="Ivan", lastName=["Sidorov"]))
    assert queries[0].name == "Ivan Sidorov"
    queries, _ = example_to_queries("q", _example("Airplane", name="RA-12345"))
    assert queries[0].schema == "Aircraft"
    queries, _ = example_to_queries("q", _example("Thing", name="x"))
    assert queries[0].schema is None
    queries, _ = example_to_queries("q", _example("Vessel", name="Ocean Star", imoNumber=9123456))
    assert queries[0].identifiers == ["9123456"]


@pytest.mark.parametrize(
    ("example", "status"),
    [
        (_example("Spaceship", name="x"), 400),
        (_example("Person", birthDate="1965"), 422),
        (_example("Person", name=["  ", ""]), 422),
        (_example("Person", name="x" * 501), 422),
        (_example("Person", name=[f"n{i}" for i in range(51)]), 422),
    ],
)
def test_bad_examples(example: EntityExample, status: int) -> None:
    with pytest.raises(ApiError) as info:
        example_to_queries("q", example)
    assert info.value.status == status


def test_entity_properties_are_ftm() -> None:
    props = entity_properties(sample_entities()[0])
    assert props["name"] == ["Ivan Petrovich SIDOROV"] and props["alias"] == ["Ivan SIDOROFF"]
    assert props["birthDate"] == ["1965-03-02"] and props["nationality"] == ["ru"]
    assert props["passportNumber"] == ["AB1234567"] and props["topics"] == ["sanction"]
    assert all(isinstance(v, list) and all(isinstance(x, str) for x in v) for v in props.values())


@pytest.mark.parametrize(
    ("body", "status"),
    [
        ({"queries": {"q": {"schema": "Spaceship", "properties": {"name": ["x"]}}}}, 400),
        ({"queries": {"q": {"properties": {"name": ["x"]}}}}, 422),
        ({"queries": {"q": {"schema": "Person", "properties": {"name": {"x": 1}}}}}, 422),
        ({"queries": {"q": {"schema": "Person", "properties": {"birthDate": ["1965"]}}}}, 422),
        ({"queries": {"q": {"schema": "Person", "properties": {"name": True}}}}, 422),
        ({"queries": {"q": {"schema": "Person", "properties": {"name": [None]}}}}, 422),
        ({"queries": [{"schema": "Person", "properties": {"name": ["x"]}}]}, 422),
        ({"queries": {f"q{i}": {"schema": "Person", "properties": {"name": ["x"]}} for i in range(6)}}, 413),
        ({}, 422),
    ],
)
def test_bad_match_requests(client: TestClient, body: dict, status: int) -> None:
    response = client.post("/match/default", json=body)
    assert response.status_code == status, response.text
    assert response.json()["error"]["status"] == status


def test_unknown_dataset_is_404(client: TestClient) -> None:
    body = {"queries": {"q": {"schema": "Person", "properties": {"name": ["x"]}}}}
    response = client.post("/match/no-such-list", json=body)
    assert response.status_code == 404 and "test-sanctions" in response.json()["error"]["message"]


@needs_engine
def test_yente_request_and_response_shape(http: httpx.Client, store_path: Path) -> None:
    body = {
        "queries": {
            "q1": {
                "schema": "Person",
                "properties": {"name": ["Ivan Petrovich Sidorov"], "birthDate": ["1965"]},
            },
            "q2": {"schema": "Company", "properties": {"name": "Gardening Club of Nowhere"}},
        }
    }
    response = http.post("/match/default", json=body, params={"limit": 3})
    assert response.status_code == 200, response.text
    data = response.json()
    assert set(data) == {"responses", "matcher", "limit"} and data["limit"] == 3
    q1 = data["responses"]["q1"]
    assert q1["status"] == 200 and q1["query"]["schema"] == "Person"
    assert q1["total"]["relation"] == "eq" and q1["total"]["value"] >= 1
    top = q1["results"][0]
    assert {
        "id",
        "caption",
        "schema",
        "properties",
        "datasets",
        "referents",
        "target",
        "score",
        "features",
        "match",
    } <= set(top)
    assert top["id"] == "test-sanctions-1001" and top["schema"] == "Person"
    assert top["datasets"] == ["test-sanctions"] and top["properties"]["name"] == ["Ivan Petrovich SIDOROV"]
    assert isinstance(top["match"], bool) and 0 <= top["score"] <= 1
    assert all(isinstance(v, float) for v in top["features"].values())
    assert len(q1["results"]) <= 3
    records = list(iter_records(Store.open(store_path)))
    assert records and {r.channel for r in records} == {"api-match"}
    assert verify_chain(Store.open(store_path)).ok


@needs_engine
def test_match_on_one_dataset(http: httpx.Client) -> None:
    body = {"queries": {"q": {"schema": "Vessel", "properties": {"name": ["Ocean Star"]}}}}
    data = http.post("/match/test-sanctions", json=body).json()
    assert all(r["datasets"] == ["test-sanctions"] for r in data["responses"]["q"]["results"])
