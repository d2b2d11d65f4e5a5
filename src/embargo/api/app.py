"""The FastAPI application: ``create_app()`` wires the store, limits, auth and endpoints.

Run it with ``embargo serve`` (uvicorn, 127.0.0.1:8000 by default). docs/api.md documents
every endpoint and the JSON error shape.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI

from embargo import __version__
from embargo.api.engine import load_engine
from embargo.api.errors import CatchAllMiddleware, install_error_handlers
from embargo.api.limits import BodySizeLimitMiddleware
from embargo.api.routes import meta, screen
from embargo.api.settings import ApiSettings
from embargo.screening_pool import ScreeningPool, freeze_long_lived
from embargo.store import Store
from embargo.store.audit import AUDIT_SCHEMA, AuditWriter
from embargo.store.keys import KEYS_SCHEMA

log = logging.getLogger("embargo.api")

DESCRIPTION = """Sanctions screening over HTTP.

Every endpoint except `/health` needs an API key (`embargo keys create NAME`), sent as
`Authorization: Bearer KEY` or `X-API-Key: KEY`. Every screening is recorded in the audit trail.
Errors are JSON: `{"error": {"status", "code", "message", "details"?}}`.
"""


def create_app(
    store_path: Path | str | None = None, settings: ApiSettings | None = None, *, freeze_gc: bool = False
) -> FastAPI:
    """The API application over the store at ``store_path`` (default: settings, then ``$EMBARGO_HOME``).

    ``freeze_gc`` (for a server process of its own, as ``embargo serve``): once the index is
    loaded, move every object alive to the garbage collector's permanent generation, see
    :func:`embargo.screening_pool.freeze_long_lived`.
    """
    settings = settings or ApiSettings.from_env()
    settings.check()
    store = Store.open(store_path or settings.store_path)
    store.ensure_schema("audit", AUDIT_SCHEMA)
    store.ensure_schema("api_keys", KEYS_SCHEMA)

    pool = ScreeningPool(store.path, settings.screen_processes) if settings.screen_processes else None

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        try:
            load_engine(store, pool)
        except Exception:  # the API still answers; screening will report the problem per request
            log.exception("could not prepare the screening index at startup")
        if freeze_gc:
            freeze_long_lived()
        yield
        app.state.audit.close()
        if pool is not None:
            pool.close()

    app = FastAPI(
        title="Embargo",
        version=__version__,
        description=DESCRIPTION,
        docs_url=None,
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.store = store
    app.state.settings = settings
    app.state.audit = AuditWriter(store)
    app.state.pool = pool
    install_error_handlers(app)
    app.add_middleware(BodySizeLimitMiddleware, max_bytes=settings.max_body_bytes)
    app.add_middleware(CatchAllMiddleware)
    app.include_router(meta.router)
    app.include_router(screen.router)
    from embargo.api import yente

    app.include_router(yente.router)
    _include_news(app)
    return app


def _include_news(app: FastAPI) -> None:
    """Add POST /news/analyze when the news pipeline is installed; the API starts without it."""
    try:
        from embargo.api.routes import news
    except ImportError as exc:
        log.info("news analysis endpoint not available: %s", exc)
        return
    app.include_router(news.router)


def app_from_env() -> FastAPI:
    """The uvicorn factory used by ``embargo serve`` (settings from ``EMBARGO_API_*``)."""
    return create_app(freeze_gc=True)
