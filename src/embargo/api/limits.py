"""Request size limits, enforced while the body streams in so a huge upload is never buffered.

A declared ``Content-Length`` over the limit is answered 413 before a byte of the body is
read; a body without one (chunked) is counted as it arrives and cut off at the limit.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from typing import TypeVar

import anyio
from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from embargo.api.errors import ApiError, error_body

T = TypeVar("T")


class BodyTooLarge(HTTPException):
    """Raised inside ``receive`` when the streamed body passes the limit.

    An HTTPException, so FastAPI's body parsing re-raises it instead of turning it into a 400.
    """

    def __init__(self, limit: int) -> None:
        super().__init__(413, f"request body larger than {limit} bytes")


async def _send_error(send: Send, status: int, message: str) -> None:
    body = json.dumps(error_body(status, message)).encode("utf-8")
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(body)).encode("ascii")),
                (b"connection", b"close"),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})


class BodySizeLimitMiddleware:
    """Pure ASGI middleware: 413 for bodies over ``max_bytes``, 400 for a bad Content-Length."""

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = None
        for name, value in scope.get("headers", []):
            if name == b"content-length":
                declared = value
                break
        if declared is not None:
            try:
                length = int(declared)
                if length < 0:
                    raise ValueError
            except ValueError:
                await _send_error(send, 400, "invalid Content-Length header")
                return
            if length > self.max_bytes:
                await _send_error(send, 413, f"request body larger than {self.max_bytes} bytes")
                return
        received = 0
        started = False

        async def limited_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_bytes:
                    raise BodyTooLarge(self.max_bytes)
            return message

        async def tracking_send(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, limited_receive, tracking_send)
        except BodyTooLarge as exc:
            if not started:
                await _send_error(send, 413, str(exc.detail))


async def run_blocking(
    timeout_s: float, fn: Callable[[threading.Event], T], limiter: anyio.CapacityLimiter | None = None
) -> T:
    """Run blocking work in a worker thread; answer 503 "timeout" if it takes longer than ``timeout_s``.

    The thread cannot be killed: ``fn`` receives an Event that is set on timeout and must
    check it before doing anything the client should not be charged with (an audit record).
    ``limiter`` bounds how many such threads run at once; waiting for it counts in the timeout.
    """
    cancelled = threading.Event()
    try:
        with anyio.fail_after(timeout_s):
            return await anyio.to_thread.run_sync(fn, cancelled, abandon_on_cancel=True, limiter=limiter)
    except TimeoutError:
        cancelled.set()
        raise ApiError(503, f"the request took longer than {timeout_s:g} s", "timeout") from None


def screening_limiter(state: object) -> anyio.CapacityLimiter:
    """The app's limiter on concurrent screenings (created on first use, inside the event loop).

    Screening is CPU-bound Python: a few threads keep the CPU busy, while dozens would only
    fight over the GIL and serve requests out of order. The others wait their turn in line.
    With screening processes (``screen_processes``), one thread waits on each process.
    """
    limiter = getattr(state, "screen_limiter", None)
    if limiter is None:
        settings = state.settings  # type: ignore[attr-defined]
        limiter = anyio.CapacityLimiter(settings.screen_processes or settings.screen_threads)
        state.screen_limiter = limiter  # type: ignore[attr-defined]
    return limiter
