"""POST /news/analyze: find sanctioned parties and risk signals in news texts (the news pipeline).

Importing this module fails when the news pipeline is not installed; the app then starts
without the endpoint. Every screening of a mention is recorded in the audit trail
(channel ``news``) before the answer is sent.
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict, Field

from embargo.api.auth import require_key
from embargo.api.engine import new_request_id
from embargo.api.errors import ApiError, responses
from embargo.api.limits import run_blocking, screening_limiter
from embargo.model import Query, Result
from embargo.news.linking import default_screener
from embargo.news.pipeline import analyze_texts
from embargo.store.keys import ApiKey

router = APIRouter(tags=["news"])


class NewsItem(BaseModel):
    """One text: an id of the caller's choice and the raw text or HTML."""

    model_config = ConfigDict(extra="forbid", strict=True)

    id: str = Field(min_length=1, max_length=200)
    text: str = Field(min_length=1)


class NewsRequest(BaseModel):
    """Texts to analyse; ``screen: false`` finds mentions and signals without screening them."""

    model_config = ConfigDict(extra="forbid", strict=True)

    items: list[NewsItem] = Field(min_length=1)
    screen: bool = True


class NewsReportOut(BaseModel):
    """The news report (documented in docs/json.md): articles, stories, alerts, errors."""

    model_config = ConfigDict(extra="allow")


@router.post("/news/analyze", response_model=NewsReportOut, responses=responses(400, 401, 413, 422, 503))
async def analyze(body: NewsRequest, request: Request, key: ApiKey = Depends(require_key)) -> JSONResponse:
    """Analyse news texts: mentions of listed parties, with the sentences that carry risk signals."""
    store = request.app.state.store
    settings = request.app.state.settings
    if len(body.items) > settings.max_batch:
        raise ApiError(
            413, f"{len(body.items)} texts in one request; at most {settings.max_batch}", "batch_too_large"
        )
    request_id = new_request_id()
    items = [(item.id, item.text) for item in body.items]

    def work(cancelled: Any) -> dict[str, Any]:
        screened: list[Result] = []
        screener = None
        if body.screen:
            default = default_screener(store)
            if default is not None:
                engine, _ = default

                def screener(query: Query) -> Result:
                    result = engine(query)
                    screened.append(result)
                    return result

        report = analyze_texts(
            items,
            screener=screener,
            screen=screener is not None,
            entity_lookup=store.get_entity if screener else None,
        )
        if screened and not cancelled.is_set():
            request.app.state.audit.submit(
                actor=key.actor, channel="news", results=screened, request_id=request_id
            ).result()
        return report.to_dict()

    data = await run_blocking(settings.request_timeout_s, work, limiter=screening_limiter(request.app.state))
    return JSONResponse(data, headers={"X-Request-ID": request_id})
