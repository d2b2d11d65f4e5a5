"""API key authentication: ``Authorization: Bearer KEY`` or ``X-API-Key: KEY`` on every endpoint but /health.

Read-only keys may read (lists, entities) and screen: a screening writes an audit record,
but that record is the server's own log of the call, not a change the caller controls.
Endpoints that change state (none yet; future list updates over the API) depend on
:func:`require_write_key`, which refuses read-only keys with 403.
"""

from __future__ import annotations

import anyio
from fastapi import Depends, Request
from fastapi.security import APIKeyHeader, HTTPAuthorizationCredentials, HTTPBearer

from embargo.api.errors import ApiError
from embargo.store.keys import ApiKey, find_key

bearer_scheme = HTTPBearer(
    auto_error=False, description="An Embargo API key: `Authorization: Bearer emb_...`"
)
header_scheme = APIKeyHeader(name="X-API-Key", auto_error=False, description="An Embargo API key")

_CHALLENGE = {"WWW-Authenticate": 'Bearer realm="embargo"'}


async def require_key(
    request: Request,
    bearer: HTTPAuthorizationCredentials | None = Depends(bearer_scheme),
    header_key: str | None = Depends(header_scheme),
) -> ApiKey:
    """The API key of the request; 401 when it is missing, malformed, unknown or revoked.

    Runs on the event loop: the key's row is one indexed read (so a revocation applies to the
    next request), and only a key not verified recently goes to a worker thread for PBKDF2.
    """
    secret = bearer.credentials if bearer is not None else header_key
    if not secret:
        raise ApiError(
            401,
            "an API key is required: send 'Authorization: Bearer KEY' or 'X-API-Key: KEY'",
            headers=_CHALLENGE,
        )
    check = find_key(request.app.state.store, secret)
    if check is None or not (check.verified or await anyio.to_thread.run_sync(check.verify)):
        raise ApiError(401, "invalid or revoked API key", headers=_CHALLENGE)
    key = check.key
    request.state.api_key = key
    return key


def require_write_key(key: ApiKey = Depends(require_key)) -> ApiKey:
    """An API key that may change state; 403 for read-only keys."""
    if key.read_only:
        raise ApiError(403, f"API key {key.name!r} is read-only")
    return key
