"""The API's access to the screening engine and the audit trail, shared by its endpoints."""

from __future__ import annotations

import asyncio
import threading
import uuid
from concurrent.futures import Future
from dataclasses import dataclass
from typing import Any

from embargo.api.errors import ApiError
from embargo.model import Query, Result
from embargo.screening_pool import ScreeningPool
from embargo.store import Store
from embargo.store.audit import AuditWriter, result_data
from embargo.store.keys import ApiKey


def new_request_id() -> str:
    """A fresh id naming one HTTP request in the audit trail and the X-Request-ID header."""
    return uuid.uuid4().hex


def screen_one(
    store: Store, query: Query, *, limit: int, threshold: float | None, pool: ScreeningPool | None = None
) -> Result:
    """Screen one query with the engine (in ``pool``'s processes when given); 503 when it is not available."""
    if pool is not None:
        return pool.screen([query], limit=limit, threshold=threshold)[0]
    try:
        from embargo.screening import screen_query
    except ImportError as exc:  # pragma: no cover - only while the engine is missing
        raise ApiError(503, f"the screening engine is not available: {exc}", "engine_unavailable") from None
    return screen_query(query, limit=limit, threshold=threshold, store=store)


@dataclass
class Screened:
    """Results of one request (as JSON-ready dicts) and the audit commit of their records (None when
    not recorded)."""

    results: list[dict[str, Any]]
    audit: Future[list[int]] | None

    async def audit_ids(self) -> list[int]:
        """Wait, without holding a thread, until the records are committed; their ids."""
        if self.audit is None:
            return []
        return await asyncio.wrap_future(self.audit)


def screen_and_record(
    store: Store,
    queries: list[Query],
    *,
    key: ApiKey,
    writer: AuditWriter,
    channel: str,
    request_id: str,
    limit: int,
    threshold: float | None,
    cancelled: threading.Event,
    pool: ScreeningPool | None = None,
) -> Screened:
    """Screen queries, then hand them to the audit writer as one transaction (unless the request timed out).

    ``pool``: the server's screening processes (None: screen in this thread). The caller answers
    only after :meth:`Screened.audit_ids`, so no answered screening goes unrecorded.
    """
    if pool is not None:
        screened = pool.screen(queries, limit=limit, threshold=threshold)
    else:
        screened = [screen_one(store, q, limit=limit, threshold=threshold) for q in queries]
    # One dict per result serves both the audit record and the response.
    results = [result_data(result) for result in screened]
    if cancelled.is_set():
        return Screened(results, None)
    future = writer.submit(actor=key.actor, channel=channel, results=results, request_id=request_id)
    return Screened(results, future)


def load_engine(store: Store, pool: ScreeningPool | None = None) -> None:
    """Build or load the matching index at startup, so the first request is not the slow one.

    With ``pool``, its processes do that (see ScreeningPool.start); else the server itself.
    """
    if pool is not None:
        results = pool.start()
    else:
        try:
            from embargo import screening
        except ImportError:
            return
        if not store.current_snapshots():
            return
        results = screening.warm_up(store)  # every name table is loaded too
    # The first result turned into JSON imports its converter (about 0.1 s): paid before serving.
    for result in results[:1]:
        result_data(result)
