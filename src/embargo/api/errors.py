"""Every error the API answers has one JSON shape, and none carries a stack trace.

``{"error": {"status": 401, "code": "unauthorized", "message": "...", "details": [...]}}``
(``details`` only for validation errors: where in the request and what is wrong).
"""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException as StarletteHTTPException

from embargo.errors import EmbargoError, EngineUnavailable, StoreError, ValidationError

log = logging.getLogger("embargo.api")

_CODES = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    406: "not_acceptable",
    411: "length_required",
    413: "payload_too_large",
    415: "unsupported_media_type",
    422: "invalid_request",
    500: "internal_error",
    503: "unavailable",
}


class ErrorDetail(BaseModel):
    """One problem in a request: where it is and what is wrong."""

    loc: list[str | int] = Field(default_factory=list)
    msg: str
    type: str | None = None


class ErrorInfo(BaseModel):
    """What went wrong."""

    status: int
    code: str
    message: str
    details: list[ErrorDetail] | None = None


class ErrorResponse(BaseModel):
    """The body of every error response."""

    error: ErrorInfo


class ApiError(Exception):
    """An error answered to the client with a status, a code and a one-line message."""

    def __init__(
        self, status: int, message: str, code: str | None = None, headers: dict[str, str] | None = None
    ):
        super().__init__(message)
        self.status = status
        self.message = message
        self.code = code or _CODES.get(status, "error")
        self.headers = headers


def error_body(
    status: int, message: str, code: str | None = None, details: list[dict[str, Any]] | None = None
):
    """The JSON error body as a dict."""
    info: dict[str, Any] = {"status": status, "code": code or _CODES.get(status, "error"), "message": message}
    if details is not None:
        info["details"] = details
    return {"error": info}


def error_response(
    status: int,
    message: str,
    code: str | None = None,
    details: list[dict[str, Any]] | None = None,
    headers: dict[str, str] | None = None,
) -> JSONResponse:
    """A JSONResponse in the documented error shape."""
    return JSONResponse(error_body(status, message, code, details), status_code=status, headers=headers)


def _validation_details(exc: RequestValidationError) -> list[dict[str, Any]]:
    details = []
    for err in exc.errors():
        loc = [p if isinstance(p, int) else str(p) for p in err.get("loc", ())]
        details.append({"loc": loc, "msg": str(err.get("msg", "invalid")), "type": err.get("type")})
    return details


def _summary(details: list[dict[str, Any]]) -> str:
    if not details:
        return "the request is not valid"
    first = details[0]
    where = ".".join(str(p) for p in first["loc"]) or "request"
    more = f" (and {len(details) - 1} more problems)" if len(details) > 1 else ""
    return f"{where}: {first['msg']}{more}"


def install_error_handlers(app: FastAPI) -> None:
    """Map every exception to the JSON error shape; unexpected ones become a bare 500."""

    @app.exception_handler(ApiError)
    async def _api_error(request: Request, exc: ApiError) -> JSONResponse:
        return error_response(exc.status, exc.message, exc.code, headers=exc.headers)

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        details = _validation_details(exc)
        if any(d.get("type") == "json_invalid" for d in details):
            return error_response(400, "the body is not valid JSON", "malformed_json", details)
        return error_response(422, _summary(details), "invalid_request", details)

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        message = exc.detail if isinstance(exc.detail, str) else "request failed"
        return error_response(exc.status_code, message, headers=getattr(exc, "headers", None))

    @app.exception_handler(ValidationError)
    async def _embargo_invalid(request: Request, exc: ValidationError) -> JSONResponse:
        return error_response(422, str(exc), "invalid_query")

    @app.exception_handler(StoreError)
    async def _store(request: Request, exc: StoreError) -> JSONResponse:
        return error_response(503, str(exc), "store_unavailable")

    @app.exception_handler(EngineUnavailable)
    async def _engine(request: Request, exc: EngineUnavailable) -> JSONResponse:
        return error_response(503, str(exc), "engine_unavailable")

    @app.exception_handler(EmbargoError)
    async def _embargo(request: Request, exc: EmbargoError) -> JSONResponse:
        return error_response(400, str(exc), "bad_request")

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
        log.exception("unexpected error on %s %s", request.method, request.url.path)
        return error_response(500, "internal error; the server log has the details", "internal_error")


def responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI ``responses`` entries documenting the error statuses of an endpoint."""
    descriptions = {
        400: "Malformed JSON or an unusable request",
        401: "Missing or wrong API key",
        403: "The key may not do this",
        404: "Not found",
        413: "Request body too large, or too many queries",
        422: "The request does not fit the schema",
        503: "Timed out, or the store or the screening engine is unavailable",
    }
    return {s: {"model": ErrorResponse, "description": descriptions.get(s, "Error")} for s in statuses}


class CatchAllMiddleware:
    """Answer an unexpected exception with the JSON 500 and keep the connection usable.

    Starlette's own last-resort handler re-raises to the server, which then drops the
    connection; this one logs the trace and stops there.
    """

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def tracking_send(message: Any) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, receive, tracking_send)
        except Exception:
            log.exception("unexpected error on %s %s", scope.get("method"), scope.get("path"))
            if started:
                raise
            response = error_response(500, "internal error; the server log has the details", "internal_error")
            await response(scope, receive, send)
