"""API keys on a real store: hashed at rest, looked up by key id, revocable, hostile input refused."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from embargo.errors import StoreError, ValidationError
from embargo.store import Store
from embargo.store.keys import authenticate, create_key, list_keys, revoke_key


def test_create_and_authenticate(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "s.db")
    secret = create_key(store, "ci")
    key = authenticate(store, secret)
    assert key is not None and key.name == "ci" and not key.read_only and key.active
    assert key.actor == f"key:ci#{key.key_id}"
    ro = authenticate(store, create_key(store, "viewer", read_only=True))
    assert ro is not None and ro.read_only


def test_secret_is_not_stored(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "s.db")
    secret = create_key(store, "ci")
    store.db.close()
    wal = tmp_path / "s.db-wal"
    raw = (tmp_path / "s.db").read_bytes() + (wal.read_bytes() if wal.exists() else b"")
    tail = secret.split("_", 2)[2]  # the secret part after "emb_<key id>_" (it may hold "_" itself)
    assert tail.encode() not in raw
    conn = sqlite3.connect(tmp_path / "s.db")
    row = conn.execute("SELECT salt, hash, iterations FROM api_keys").fetchone()
    assert len(row[0]) == 16 and len(row[1]) == 32 and row[2] >= 10_000


def test_wrong_malformed_and_hostile_secrets(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "s.db")
    secret = create_key(store, "ci")
    key_id = secret.split("_")[1]
    for bad in [
        None,
        "",
        "nope",
        secret[:-1] + ("A" if secret[-1] != "A" else "B"),  # right key id, wrong secret
        f"emb_{key_id}_" + "x" * 43,
        "emb_000000000000_" + "x" * 43,  # unknown key id
        secret + "x" * 500,
        "emb_' OR 1=1 --_" + "x" * 43,
        "\x00" * 50,
    ]:
        assert authenticate(store, bad) is None, bad
    assert authenticate(store, secret) is not None


def test_revoke_takes_effect_at_once(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "s.db")
    secret = create_key(store, "ci")
    assert authenticate(store, secret) is not None  # now cached
    # Revoked through another connection, as `embargo keys revoke` in another process would.
    other = Store.open(tmp_path / "s.db")
    revoked = revoke_key(other, "ci")
    assert revoked.revoked_at is not None
    assert authenticate(store, secret) is None
    with pytest.raises(StoreError, match="ci"):
        revoke_key(store, "ci")
    with pytest.raises(StoreError, match="already revoked"):
        revoke_key(store, revoked.key_id)


def test_names_unique_among_active_keys(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "s.db")
    create_key(store, "ci")
    with pytest.raises(ValidationError, match="exists"):
        create_key(store, "ci")
    revoke_key(store, "ci")
    second = create_key(store, "ci")  # the name is free again once revoked
    assert authenticate(store, second) is not None
    keys = list_keys(store)
    assert [k.active for k in keys] == [False, True]
    assert [k.name for k in list_keys(store, include_revoked=False)] == ["ci"]


@pytest.mark.parametrize("name", ["", " ", "a b", "x" * 65, "name\n", "'; DROP TABLE api_keys; --", "é/../"])
def test_invalid_names(tmp_path: Path, name: str) -> None:
    store = Store.open(tmp_path / "s.db")
    with pytest.raises(ValidationError, match="invalid key name"):
        create_key(store, name)
    assert list_keys(store) == []
