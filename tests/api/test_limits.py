"""Request size limits and timeouts: huge bodies are refused early, never buffered, never a 500."""

from __future__ import annotations

import asyncio
import socket
import threading
import time
from collections.abc import Iterator
from urllib.parse import urlparse

import httpx
import pytest
from fastapi.testclient import TestClient

from embargo.api.errors import ApiError
from embargo.api.limits import run_blocking

from .conftest import Keys

HUNDRED_MB = 100 * 1024 * 1024


def test_declared_oversized_body_is_413(client: TestClient) -> None:
    body = b'{"name": "' + b"x" * 70_000 + b'"}'
    response = client.post("/screen", content=body, headers={"Content-Type": "application/json"})
    assert response.status_code == 413
    assert response.json()["error"]["code"] == "payload_too_large"


def test_chunked_oversized_body_is_413(client: TestClient) -> None:
    def chunks() -> Iterator[bytes]:
        yield b'{"name": "'
        for _ in range(100):
            yield b"x" * 1000
        yield b'"}'

    response = client.post("/screen", content=chunks(), headers={"Content-Type": "application/json"})
    assert response.status_code == 413
    assert response.json()["error"]["status"] == 413


def test_invalid_content_length_is_400(server: str, keys: Keys) -> None:
    url = urlparse(server)
    with socket.create_connection((url.hostname, url.port), timeout=10) as sock:
        sock.sendall(
            b"POST /screen HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
            b"Authorization: Bearer " + keys.full.encode() + b"\r\nContent-Length: -5\r\n\r\n"
        )
        reply = sock.recv(4096)
    assert reply.startswith(b"HTTP/1.1 400")


def test_hundred_megabyte_upload_is_refused_early(server: str, keys: Keys) -> None:
    """A 100 MB upload gets 413 after the headers: the server reads (almost) none of it."""
    sent = 0

    def body() -> Iterator[bytes]:
        nonlocal sent
        block = b"x" * (1 << 20)
        while sent < HUNDRED_MB:
            sent += len(block)
            yield block

    started = time.monotonic()
    response = httpx.post(
        f"{server}/screen/batch",
        content=body(),
        headers={
            "Authorization": f"Bearer {keys.full}",
            "Content-Type": "application/json",
            "Content-Length": str(HUNDRED_MB),
        },
        timeout=60,
    )
    assert response.status_code == 413
    assert response.json()["error"]["code"] == "payload_too_large"
    assert sent < HUNDRED_MB  # the upload was cut off, not read to the end
    assert time.monotonic() - started < 30
    assert httpx.get(f"{server}/health").status_code == 200  # and the server is fine


def test_hundred_megabyte_upload_by_raw_socket(server: str, keys: Keys) -> None:
    url = urlparse(server)
    with socket.create_connection((url.hostname, url.port), timeout=10) as sock:
        sock.sendall(
            b"POST /screen HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
            b"Authorization: Bearer " + keys.full.encode() + b"\r\n"
            b"Content-Length: " + str(HUNDRED_MB).encode() + b"\r\n\r\n"
        )
        # No body bytes: the declared length alone is refused, before any is read. (Bytes sent and
        # left unread when the server closes make its TCP stack reset the connection, which can
        # drop the 413 before the client reads it: this test failed so once under load.)
        reply = b""
        while chunk := sock.recv(4096):  # the server closes the connection after the 413
            reply += chunk
    assert reply.startswith(b"HTTP/1.1 413")
    assert b'"payload_too_large"' in reply


def test_oversized_bodies_on_every_post(client: TestClient) -> None:
    big = b"[" + b"1," * 40_000 + b"1]"
    for path in ("/screen", "/screen/batch", "/match/default"):
        response = client.post(path, content=big, headers={"Content-Type": "application/json"})
        assert response.status_code == 413, path


def test_run_blocking_times_out_and_flags_the_work() -> None:
    flags: list[bool] = []
    release = threading.Event()

    def slow(cancelled: threading.Event) -> str:
        release.wait(5)
        flags.append(cancelled.is_set())
        return "late"

    async def main() -> None:
        with pytest.raises(ApiError) as info:
            await run_blocking(0.1, slow)
        assert info.value.status == 503 and info.value.code == "timeout"
        release.set()
        await asyncio.sleep(0.2)

    asyncio.run(main())
    assert flags == [True]

    async def fast() -> str:
        return await run_blocking(5, lambda cancelled: "ok")

    assert asyncio.run(fast()) == "ok"
