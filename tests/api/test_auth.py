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


def test_right_key_id_with_wrong_secret_is_401_even_after_the_key_was_used(server: str, keys: Keys) -> None:
    """The verified-key cache is keyed by the whole secret: knowing a key id is not enough."""
    assert httpx.get(f"{server}/lists", headers={"X-API-Key": keys.full}).status_code == 200
    key_id = keys.full.split("_")[1]
    for forged in (f"emb_{key_id}_" + "x" * 43, keys.full[:-1] + ("A" if keys.full[-1] != "A" else "B")):
        _assert_error(httpx.get(f"{server}/lists", headers={"X-API-Key": forged}), 401, "unauthorized")
    assert httpx.get(f"{server}/lists", headers={"X-API-Key": keys.full}).status_code == 200


@needs_engine
def test_revoking_a_key_in_use_refuses_its_next_screening(server: str, keys: Keys, store_path: Path) -> None:
    """A key verified moments ago (cached) is refused on the very next request after revocation."""
    headers = {"Authorization": f"Bearer {keys.read_only}"}
    for _ in range(3):
        assert (
            httpx.post(f"{server}/screen", json={"name": "Ivan Sidorov"}, headers=headers).status_code == 200
        )
    revoke_key(Store.open(store_path), "viewer")
    _assert_error(httpx.post(f"{server}/screen", json={"name": "Ivan Sidorov"}, headers=headers), 401)


def test_find_key_is_cheap_until_verified(store_path: Path) -> None:
    """find_key reads the row (revocation) and tells whether the PBKDF2 check is still to run."""
    from embargo.store.keys import create_key, find_key

    store = Store.open(store_path)
    secret = create_key(store, "fresh")
    check = find_key(store, secret)
    assert check is not None and not check.verified and check.key.name == "fresh"
    # The secret part (after "emb_<key id>_"; it may itself hold "_") is never in a log line or a traceback.
    assert secret.split("_", 2)[2] not in repr(check)
    assert check.verify() is True
    again = find_key(store, secret)
    assert again is not None and again.verified
    wrong = find_key(store, secret[:-2] + "zz")
    assert wrong is not None and not wrong.verified and wrong.verify() is False
    revoke_key(store, "fresh")
    assert find_key(store, secret) is None
    for hostile in (None, "", " ", "emb_" + "0" * 12 + "_" + "x" * 43, "x" * 10_000, "emb_\x00"):
        assert find_key(store, hostile) is None
