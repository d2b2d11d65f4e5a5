"""API keys on a real uvicorn server: missing, wrong, revoked, Bearer and X-API-Key, read-only."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest

from embargo.store import Store
from embargo.store.keys import revoke_key

from .conftest import Keys, needs_engine

PROTECTED = [
    ("GET", "/lists", None),
    ("GET", "/entities/test-sanctions-1001", None),
    ("POST", "/screen", {"name": "Ivan Sidorov"}),
    ("POST", "/screen/batch", {"queries": [{"name": "Ivan Sidorov"}]}),
    ("POST", "/match/default", {"queries": {"q": {"schema": "Person", "properties": {"name": ["Ivan"]}}}}),
]


def _assert_error(response: httpx.Response, status: int, code: str | None = None) -> dict:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert set(body) == {"error"}
    assert body["error"]["status"] == status and body["error"]["message"]
    assert "Traceback" not in response.text
    if code:
        assert body["error"]["code"] == code
    return body


def test_health_needs_no_key(server: str) -> None:
    response = httpx.get(f"{server}/health")
    assert response.status_code == 200
    assert response.json()["status"] == "ok" and response.json()["lists"] == 1


@pytest.mark.parametrize(("method", "path", "body"), PROTECTED)
def test_missing_key_is_401(server: str, method: str, path: str, body: dict | None) -> None:
    response = httpx.request(method, f"{server}{path}", json=body)
    _assert_error(response, 401, "unauthorized")
    assert response.headers["www-authenticate"].startswith("Bearer")


@pytest.mark.parametrize(("method", "path", "body"), PROTECTED)
@pytest.mark.parametrize(
    "headers",
    [
        {"Authorization": "Bearer emb_000000000000_" + "x" * 43},
        {"Authorization": "Bearer"},
        {"Authorization": "Basic dXNlcjpwYXNz"},
        {"X-API-Key": "not-a-key"},
        {"X-API-Key": "' OR 1=1 --"},
    ],
)
def test_wrong_key_is_401(server: str, method: str, path: str, body: dict | None, headers: dict) -> None:
    _assert_error(httpx.request(method, f"{server}{path}", json=body, headers=headers), 401, "unauthorized")


def test_revoked_key_is_401(server: str, keys: Keys) -> None:
    response = httpx.get(f"{server}/lists", headers={"Authorization": f"Bearer {keys.revoked}"})
    _assert_error(response, 401)


def test_bearer_and_x_api_key_both_work(server: str, keys: Keys) -> None:
    assert httpx.get(f"{server}/lists", headers={"Authorization": f"Bearer {keys.full}"}).status_code == 200
    assert httpx.get(f"{server}/lists", headers={"X-API-Key": keys.full}).status_code == 200
    assert httpx.get(f"{server}/lists", headers={"authorization": f"bearer {keys.full}"}).status_code == 200


def test_revocation_applies_to_a_running_server(server: str, keys: Keys, store_path: Path) -> None:
    headers = {"X-API-Key": keys.full}
    assert httpx.get(f"{server}/lists", headers=headers).status_code == 200
    store = Store.open(store_path)  # as `embargo keys revoke ci` from another process
    revoke_key(store, "ci")
    _assert_error(httpx.get(f"{server}/lists", headers=headers), 401)


def test_read_only_key_reads(server: str, keys: Keys) -> None:
    headers = {"X-API-Key": keys.read_only}
    assert httpx.get(f"{server}/lists", headers=headers).status_code == 200
    assert httpx.get(f"{server}/entities/test-sanctions-1001", headers=headers).status_code == 200


@needs_engine
def test_read_only_key_screens_and_is_audited(server: str, keys: Keys, store_path: Path) -> None:
    response = httpx.post(
        f"{server}/screen", json={"name": "Ivan Sidorov"}, headers={"X-API-Key": keys.read_only}
    )
    assert response.status_code == 200
    from embargo.store.audit import get_record

    record = get_record(Store.open(store_path), int(response.headers["x-audit-id"]))
    assert record is not None and record.actor.startswith("key:viewer#")


def test_write_dependency_refuses_read_only_keys() -> None:
    from embargo.api.auth import require_write_key
    from embargo.api.errors import ApiError
    from embargo.store.keys import ApiKey

    ro = ApiKey(key_id="0" * 12, name="viewer", read_only=True, created_at="2026-01-01")
    with pytest.raises(ApiError) as info:
        require_write_key(ro)
    assert info.value.status == 403
    full = ApiKey(key_id="1" * 12, name="ci", read_only=False, created_at="2026-01-01")
    assert require_write_key(full) is full
