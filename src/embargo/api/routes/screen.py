"""POST /screen and POST /screen/batch: screening answered with the engine's Result JSON."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Request
from fastapi.responses import JSONResponse

from embargo.api.auth import require_key
from embargo.api.engine import new_request_id, screen_and_record
from embargo.api.errors import ApiError, responses
from embargo.api.limits import run_blocking, screening_limiter
from embargo.api.models import BatchOut, BatchRequest, ResultOut, ScreenRequest
from embargo.store.keys import ApiKey

router = APIRouter(tags=["screening"])


@router.post("/screen", response_model=ResultOut, responses=responses(400, 401, 413, 422, 503))
async def screen(body: ScreenRequest, request: Request, key: ApiKey = Depends(require_key)) -> JSONResponse:
    """Screen one name against every list; the answer is recorded in the audit trail.

    Headers: ``X-Audit-Id`` names the audit record, ``X-Request-ID`` the request.
    """
    store = request.app.state.store
    settings = request.app.state.settings
    request_id = new_request_id()
    query = body.to_query()
    screened = await run_blocking(
        settings.request_timeout_s,
        lambda cancelled: screen_and_record(
            store,
            [query],
            key=key,
            writer=request.app.state.audit,
            channel="api",
            request_id=request_id,
            limit=body.limit,
            threshold=body.threshold,
            cancelled=cancelled,
            pool=request.app.state.pool,
        ),
        limiter=screening_limiter(request.app.state),
    )
    audit_ids = await screened.audit_ids()
    headers = {"X-Request-ID": request_id, "X-Audit-Id": ",".join(map(str, audit_ids))}
    return JSONResponse(screened.results[0], headers=headers)


@router.post("/screen/batch", response_model=BatchOut, responses=responses(400, 401, 413, 422, 503))
async def screen_batch(
    body: BatchRequest, request: Request, key: ApiKey = Depends(require_key)
) -> JSONResponse:
    """Screen several queries (at most the server's ``max_batch``); results in query order.

    All audit records of a batch are written in one transaction, before the answer is sent.
    """
    store = request.app.state.store
    settings = request.app.state.settings
    if len(body.queries) > settings.max_batch:
        raise ApiError(
            413,
            f"{len(body.queries)} queries in one batch; at most {settings.max_batch} are allowed",
            "batch_too_large",
        )
    request_id = new_request_id()
    queries = [q.to_query() for q in body.queries]
    screened = await run_blocking(
        settings.request_timeout_s,
        lambda cancelled: screen_and_record(
            store,
            queries,
            key=key,
            writer=request.app.state.audit,
            channel="api-batch",
            request_id=request_id,
            limit=body.limit,
            threshold=body.threshold,
            cancelled=cancelled,
            pool=request.app.state.pool,
        ),
        limiter=screening_limiter(request.app.state),
    )
    return JSONResponse(
        {
            "count": len(screened.results),
            "results": screened.results,
            "audit_ids": await screened.audit_ids(),
        },
        headers={"X-Request-ID": request_id},
    )
