"""API keys: created once, stored only as a salted hash, looked up by a public key id.

A key reads ``emb_<key_id>_<secret>``. ``key_id`` (12 hex characters) is stored in the
clear and indexed, so authentication finds the one candidate row without a scan; the
``secret`` (256 random bits) is stored only as PBKDF2-HMAC-SHA256 with a per-key salt.

The hot path: :func:`authenticate` reads the key's row on every call (one indexed
lookup, so a revocation takes effect on the very next request, in every process), and
keeps the outcome of the costly PBKDF2 check in a small in-process cache keyed by the
SHA-256 of the presented key and the stored hash, for :data:`CACHE_SECONDS`.
:func:`find_key` is the cheap part alone, for a server that runs the PBKDF2 check
(:meth:`KeyCheck.verify`) in a worker thread so that it never stalls its event loop.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
import threading
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from embargo.errors import StoreError, ValidationError
from embargo.store.snapshots import Store

KEYS_SCHEMA = """
CREATE TABLE IF NOT EXISTS api_keys (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    key_id TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    salt BLOB NOT NULL,
    hash BLOB NOT NULL,
    iterations INTEGER NOT NULL,
    read_only INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    revoked_at TEXT
);
CREATE UNIQUE INDEX IF NOT EXISTS api_keys_active_name ON api_keys(name) WHERE revoked_at IS NULL;
"""

PREFIX = "emb"
#: The secret is 256 random bits, so stretching is not what protects it; it slows offline guessing of a
#: leaked table further and keeps the first check of a key cheap (about 10 ms).
ITERATIONS = 20_000
#: How long a successful PBKDF2 check is remembered in-process (revocation is checked every call).
CACHE_SECONDS = 300.0
_KEY_RE = re.compile(r"^emb_([0-9a-f]{12})_([A-Za-z0-9_-]{20,100})$")
_NAME_RE = re.compile(r"^[\w.@:-]{1,64}$")


@dataclass(frozen=True)
class ApiKey:
    """An API key's public facts (never the secret)."""

    key_id: str
    name: str
    read_only: bool
    created_at: str
    revoked_at: str | None = None

    @property
    def active(self) -> bool:
        """True while the key is not revoked."""
        return self.revoked_at is None

    @property
    def actor(self) -> str:
        """How audit records name this key."""
        return f"key:{self.name}#{self.key_id}"

    def to_dict(self) -> dict[str, Any]:
        """The key as JSON-ready data."""
        return {
            "key_id": self.key_id,
            "name": self.name,
            "read_only": self.read_only,
            "created_at": self.created_at,
            "revoked_at": self.revoked_at,
            "active": self.active,
        }


_cache: dict[tuple[bytes, bytes], float] = {}
_cache_lock = threading.Lock()


def _ensure(store: Store) -> None:
    store.ensure_schema("api_keys", KEYS_SCHEMA)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _hash(secret: str, salt: bytes, iterations: int) -> bytes:
    return hashlib.pbkdf2_hmac("sha256", secret.encode("utf-8"), salt, iterations)


def _key_from_row(row: Any) -> ApiKey:
    return ApiKey(
        key_id=row["key_id"],
        name=row["name"],
        read_only=bool(row["read_only"]),
        created_at=row["created_at"],
        revoked_at=row["revoked_at"],
    )


def create_key(store: Store, name: str, *, read_only: bool = False) -> str:
    """Create a key called ``name`` and return its secret; only a salted hash is stored.

    Names are 1-64 letters, digits or ``. _ - @ :``, unique among active keys.
    """
    if not isinstance(name, str) or not _NAME_RE.fullmatch(name):
        raise ValidationError(f"invalid key name {name!r}: use 1-64 letters, digits or . _ - @ : (no spaces)")
    _ensure(store)
    key_id = secrets.token_hex(6)
    secret = secrets.token_urlsafe(32)
    salt = secrets.token_bytes(16)
    digest = _hash(secret, salt, ITERATIONS)
    with store.connection() as conn:
        exists = conn.execute(
            "SELECT 1 FROM api_keys WHERE name = ? AND revoked_at IS NULL", (name,)
        ).fetchone()
        if exists:
            raise ValidationError(
                f"an active key named {name!r} exists; revoke it first or pick another name"
            )
        conn.execute(
            "INSERT INTO api_keys (key_id, name, salt, hash, iterations, read_only, created_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            (key_id, name, salt, digest, ITERATIONS, int(read_only), _now()),
        )
    return f"{PREFIX}_{key_id}_{secret}"


def revoke_key(store: Store, name_or_id: str) -> ApiKey:
    """Revoke the active key with this name, or the key with this key id; returns it."""
    _ensure(store)
    with store.connection() as conn:
        row = conn.execute(
            "SELECT * FROM api_keys WHERE key_id = ? OR (name = ? AND revoked_at IS NULL)"
            " ORDER BY revoked_at IS NULL DESC LIMIT 1",
            (name_or_id, name_or_id),
        ).fetchone()
        if row is None:
            raise StoreError(f"no active API key named or with id {name_or_id!r}")
        if row["revoked_at"] is not None:
            raise StoreError(
                f"API key {row['key_id']} ({row['name']}) was already revoked at {row['revoked_at']}"
            )
        conn.execute("UPDATE api_keys SET revoked_at = ? WHERE id = ?", (_now(), row["id"]))
        row = conn.execute("SELECT * FROM api_keys WHERE id = ?", (row["id"],)).fetchone()
    return _key_from_row(row)


def list_keys(store: Store, *, include_revoked: bool = True) -> list[ApiKey]:
    """Every key, oldest first (secrets are never stored, so never listed)."""
    _ensure(store)
    sql = "SELECT * FROM api_keys"
    if not include_revoked:
        sql += " WHERE revoked_at IS NULL"
    return [_key_from_row(r) for r in store.db.conn.execute(sql + " ORDER BY id").fetchall()]


@dataclass(frozen=True)
class KeyCheck:
    """A presented key whose row was found active; :attr:`verified` once its secret is known good.

    :func:`find_key` is cheap (a regex, a SHA-256, one indexed row read); the PBKDF2 check in
    :meth:`verify` costs about 10 ms of CPU, so a server runs it off its event loop, and only
    the first time a key is seen in :data:`CACHE_SECONDS`.
    """

    key: ApiKey
    verified: bool
    # Never shown: a KeyCheck in a log or a traceback must not leak the secret.
    _secret: str = field(repr=False)
    _salt: bytes = field(repr=False)
    _iterations: int = field(repr=False)
    _stored: bytes = field(repr=False)
    _cache_key: tuple[bytes, bytes] = field(repr=False)

    def verify(self) -> bool:
        """True when the secret matches the stored hash (PBKDF2; the outcome is cached when good)."""
        if self.verified:
            return True
        digest = _hash(self._secret, self._salt, self._iterations)
        if not hmac.compare_digest(digest, self._stored):
            return False
        with _cache_lock:
            if len(_cache) > 10_000:
                _cache.clear()
            _cache[self._cache_key] = time.monotonic()
        return True


def find_key(store: Store, secret: str | None) -> KeyCheck | None:
    """The active key a presented secret names, not yet checked unless cached; None when malformed,
    unknown or revoked. The key's row is read on every call, so a revocation applies at once."""
    if not secret or len(secret) > 200:
        return None
    secret = secret.strip()
    match = _KEY_RE.fullmatch(secret)
    if match is None:
        return None
    _ensure(store)
    row = store.db.conn.execute(
        "SELECT key_id, name, salt, hash, iterations, read_only, created_at, revoked_at"
        " FROM api_keys WHERE key_id = ?",
        (match.group(1),),
    ).fetchone()
    if row is None or row["revoked_at"] is not None:
        return None
    stored = bytes(row["hash"])
    cache_key = (hashlib.sha256(secret.encode("utf-8")).digest(), stored)
    with _cache_lock:
        verified_at = _cache.get(cache_key)
    verified = verified_at is not None and time.monotonic() - verified_at <= CACHE_SECONDS
    return KeyCheck(
        key=_key_from_row(row),
        verified=verified,
        _secret=match.group(2),
        _salt=bytes(row["salt"]),
        _iterations=int(row["iterations"]),
        _stored=stored,
        _cache_key=cache_key,
    )


def authenticate(store: Store, secret: str | None) -> ApiKey | None:
    """The active key matching a presented secret, or None (wrong, malformed, unknown or revoked)."""
    check = find_key(store, secret)
    if check is None or not check.verify():
        return None
    return check.key
