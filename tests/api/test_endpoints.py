"""Endpoints on a real store: lists, entities, screening and batch, bad input answered as JSON 4xx."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient

from embargo.store import Store
from embargo.store.audit import iter_records, verify_chain

from .conftest import needs_engine


def _error(response: httpx.Response, status: int, code: str | None = None) -> dict:
    assert response.status_code == status, response.text
    body = response.json()
    assert body["error"]["status"] == status and body["error"]["message"]
    assert "Traceback" not in response.text and 'File "' not in response.text
    if code:
        assert body["error"]["code"] == code, body
    return body["error"]


def test_lists(http: httpx.Client) -> None:
    data = http.get("/lists").json()
    (only,) = data["lists"]
    assert only["source"] == "test-sanctions" and only["version"] == "v1"
    assert only["entity_count"] == 6 and only["counts_by_schema"]["Person"] == 3
    assert only["history"] == []


def test_entity_with_reverse_links(http: httpx.Client) -> None:
    data = http.get("/entities/test-sanctions-1001").json()
    assert data["entity"]["names"][0]["full"] == "Ivan Petrovich SIDOROV"
    assert data["current"] is True and data["source"] == "test-sanctions"
    assert data["linked_from"] == [
        {"entity_id": "test-sanctions-1002", "caption": "Maria SIDOROVA", "kind": "family"}
    ]


@pytest.mark.parametrize(
    ("path", "status"),
    [
        ("/entities/nope", 404),
        ("/entities/test-sanctions-1001?snapshot_id=99", 404),
        ("/entities/test-sanctions-1001?snapshot_id=abc", 422),
        ("/entities/test-sanctions-1001?snapshot_id=-1", 422),
        ("/entities/" + "x" * 400, 422),
        ("/no/such/path", 404),
    ],
)
def test_entity_errors(http: httpx.Client, path: str, status: int) -> None:
    _error(http.get(path), status)


def test_method_not_allowed_is_json(http: httpx.Client) -> None:
    _error(http.delete("/lists"), 405)
    _error(http.get("/screen"), 405)


def test_openapi_spec(server: str) -> None:
    spec = httpx.get(f"{server}/openapi.json").json()
    assert {
        "/health",
        "/lists",
        "/screen",
        "/screen/batch",
        "/entities/{entity_id}",
        "/match/{dataset}",
    } <= set(spec["paths"])
    schemes = spec["components"]["securitySchemes"]
    assert {s["type"] for s in schemes.values()} == {"http", "apiKey"}
    assert "401" in spec["paths"]["/screen"]["post"]["responses"]


@pytest.mark.parametrize(
    ("body", "status", "code"),
    [
        ("{not json", 400, "malformed_json"),
        ('{"name": "a"', 400, "malformed_json"),
        ("", 422, None),
        ("[]", 422, None),
        ('"just a string"', 422, None),
        ('{"name": 123}', 422, "invalid_request"),
        ('{"name": ["a"]}', 422, "invalid_request"),
        ('{"name": ""}', 422, "invalid_request"),
        ('{"name": "   "}', 422, "invalid_request"),
        ('{"name": "' + "x" * 600 + '"}', 422, "invalid_request"),
        ('{"name": "a", "schema": "Spaceship"}', 422, "invalid_request"),
        ('{"name": "a", "limit": 0}', 422, "invalid_request"),
        ('{"name": "a", "limit": "5"}', 422, "invalid_request"),
        ('{"name": "a", "limit": 1e9}', 422, "invalid_request"),
        ('{"name": "a", "threshold": 2}', 422, "invalid_request"),
        ('{"name": "a", "identifiers": "AB123"}', 422, "invalid_request"),
        ('{"name": "a", "unexpected": 1}', 422, "invalid_request"),
        ('{"name": "a", "birth_date": null, "country": {"x": 1}}', 422, "invalid_request"),
    ],
)
def test_bad_screen_bodies(client: TestClient, body: str, status: int, code: str | None) -> None:
    response = client.post("/screen", content=body, headers={"Content-Type": "application/json"})
    error = _error(response, status, code)
    if status == 422 and code:
        assert error["details"] and error["details"][0]["loc"]


def test_non_json_content_type(client: TestClient) -> None:
    response = client.post(
        "/screen", content=b"name=Ivan", headers={"Content-Type": "application/x-www-form-urlencoded"}
    )
    assert 400 <= response.status_code < 500
    assert response.json()["error"]


@pytest.mark.parametrize(
    "body",
    [{"queries": []}, {"queries": [{"name": 1}]}, {"queries": {"name": "a"}}, {"names": ["a"]}],
)
def test_bad_batch_bodies(client: TestClient, body: dict) -> None:
    _error(client.post("/screen/batch", json=body), 422)


def test_batch_over_the_limit(client: TestClient, store_path: Path) -> None:
    error = _error(client.post("/screen/batch", json={"queries": [{"name": f"n{i}"} for i in range(6)]}), 413)
    assert error["code"] == "batch_too_large" and "at most 5" in error["message"]
    assert verify_chain(Store.open(store_path)).count == 0


@needs_engine
def test_screen_answers_a_result_and_audits_it(http: httpx.Client, store_path: Path) -> None:
    response = http.post(
        "/screen",
        json={
            "name": "Ivan Petrovich Sidorov",
            "schema": "Person",
            "birth_date": "1965",
            "country": "ru",
            "identifiers": ["AB1234567"],
        },
    )
    assert response.status_code == 200, response.text
    result = response.json()
    assert set(result) == {"query", "threshold", "matches", "list_versions"}
    assert result["matches"][0]["entity_id"] == "test-sanctions-1001"
    assert result["list_versions"][0]["source"] == "test-sanctions"
    store = Store.open(store_path)
    (record,) = iter_records(store)
    assert str(record.id) == response.headers["x-audit-id"]
    assert record.channel == "api" and record.actor.startswith("key:ci#")
    assert record.request_id == response.headers["x-request-id"]
    assert record.result == result
    assert verify_chain(store).ok


@needs_engine
def test_screen_without_match(http: httpx.Client) -> None:
    result = http.post("/screen", json={"name": "Completely Unrelated Gardening Club"}).json()
    assert all(m["entity_id"] != "test-sanctions-1001" for m in result["matches"])


@needs_engine
def test_batch_in_order_and_audited(http: httpx.Client, store_path: Path) -> None:
    names = ["Ivan Sidorov", "Ocean Star", "Northern Shipping Trading"]
    response = http.post("/screen/batch", json={"queries": [{"name": n} for n in names], "limit": 3})
    assert response.status_code == 200, response.text
    data = response.json()
    assert data["count"] == 3 and [r["query"]["name"] for r in data["results"]] == names
    records = list(iter_records(Store.open(store_path)))
    assert [r.id for r in records] == data["audit_ids"]
    assert {r.channel for r in records} == {"api-batch"} and len({r.request_id for r in records}) == 1


def test_unexpected_errors_are_a_bare_json_500(app, keys) -> None:  # noqa: ANN001
    def boom() -> None:
        raise RuntimeError("secret internals /etc/passwd")

    app.add_api_route("/boom", boom)
    with TestClient(app, raise_server_exceptions=False) as c:
        response = c.get("/boom")
        assert response.status_code == 500
        assert response.json() == {
            "error": {
                "status": 500,
                "code": "internal_error",
                "message": "internal error; the server log has the details",
            }
        }
        assert "secret" not in response.text and "Traceback" not in response.text
        assert c.get("/health").status_code == 200


@needs_engine
def test_replay_reproduces_an_api_screening(http: httpx.Client, store_path: Path) -> None:
    from embargo.store.audit import replay

    response = http.post("/screen", json={"name": "Ivan Sidoroff", "country": "ru"})
    assert response.status_code == 200
    original, replayed = replay(Store.open(store_path), int(response.headers["x-audit-id"]))
    assert original == response.json()
    assert [(m.entity_id, round(m.score, 6)) for m in replayed.matches] == [
        (m["entity_id"], round(m["score"], 6)) for m in original["matches"]
    ]
    assert [v.snapshot_id for v in replayed.list_versions] == [
        v["snapshot_id"] for v in original["list_versions"]
    ]


def test_served_app_freezes_the_loaded_index_out_of_full_collections(store_path: Path, settings) -> None:  # noqa: ANN001
    """``embargo serve``'s app moves what is alive after startup to the permanent GC generation."""
    import gc

    from embargo.api import create_app

    try:
        with TestClient(create_app(store_path, settings, freeze_gc=True)) as c:
            assert c.get("/health").status_code == 200
            assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()
