"""API test fixtures: a real store with a small list, API keys, a TestClient and a real uvicorn server."""

from __future__ import annotations

import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
import uvicorn
from fastapi import FastAPI
from fastapi.testclient import TestClient

from embargo.api import ApiSettings, create_app
from embargo.model import DateValue, Entity, Identifier, Link, Name, make_entity_id
from embargo.sources.base import ParsedList
from embargo.store import Store
from embargo.store.keys import create_key, revoke_key

SOURCE = "test-sanctions"


def _entity(source_id: str, schema: str, names: list[str], **kwargs: object) -> Entity:
    return Entity(
        entity_id=make_entity_id(SOURCE, source_id),
        source=SOURCE,
        source_id=source_id,
        schema=schema,  # type: ignore[arg-type]
        names=[Name(full=n, kind="primary" if i == 0 else "alias") for i, n in enumerate(names)],
        programs=["TEST-PROGRAM"],
        **kwargs,  # type: ignore[arg-type]
    )


def sample_entities() -> list[Entity]:
    """A small list written for these tests, shaped like real designations."""
    boss = _entity(
        "1001",
        "Person",
        ["Ivan Petrovich SIDOROV", "Ivan SIDOROFF"],
        birth_dates=[DateValue.single("1965-03-02")],
        nationalities=["ru"],
        identifiers=[Identifier(kind="passport", value="AB1234567", country="ru")],
    )
    return [
        boss,
        _entity(
            "1002",
            "Person",
            ["Maria SIDOROVA"],
            links=[Link(kind="family", target_name="Ivan Petrovich SIDOROV", target_id=boss.entity_id)],
        ),
        _entity("2001", "Company", ["Northern Shipping Trading LLC", "NST LLC"], countries=["ae"]),
        _entity("2002", "Organization", ["Al-Qard al-Hassan Association"], countries=["lb"]),
        _entity("3001", "Vessel", ["OCEAN STAR"], identifiers=[Identifier(kind="imo", value="IMO 9123456")]),
        _entity(
            "4001", "Person", ["Kim Jong Su"], nationalities=["kp"], birth_dates=[DateValue.single("1970")]
        ),
    ]


@dataclass
class Keys:
    """Secrets of the test keys."""

    full: str
    read_only: str
    revoked: str


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    """A store file holding the sample list."""
    path = tmp_path / "api.db"
    store = Store.open(path)
    store.load(
        ParsedList(format="test", source=SOURCE, files=[], entities=sample_entities(), version="v1"),
        origin="tests",
    )
    store.db.close()
    return path


@pytest.fixture
def keys(store_path: Path) -> Keys:
    """A full key, a read-only key and a revoked key in the store."""
    store = Store.open(store_path)
    revoked = create_key(store, "old")
    revoke_key(store, "old")
    out = Keys(
        full=create_key(store, "ci"), read_only=create_key(store, "viewer", read_only=True), revoked=revoked
    )
    store.db.close()
    return out


@pytest.fixture
def settings() -> ApiSettings:
    """Small limits, so the limit tests stay fast."""
    return ApiSettings(max_body_bytes=64_000, max_batch=5, request_timeout_s=20.0)


@pytest.fixture
def app(store_path: Path, keys: Keys, settings: ApiSettings) -> FastAPI:
    """The application over the sample store."""
    return create_app(store_path, settings)


@pytest.fixture
def client(app: FastAPI, keys: Keys) -> Iterator[TestClient]:
    """An in-process client authenticated with the full key."""
    with TestClient(app, headers={"Authorization": f"Bearer {keys.full}"}) as c:
        yield c


def free_port() -> int:
    """A TCP port free on 127.0.0.1 right now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def serve_process(store_path: Path, port: int, *options: str) -> subprocess.Popen[bytes]:
    """``embargo serve`` over the store on 127.0.0.1:port as a process of its own (output dropped)."""
    command = [
        "from embargo.cli import main; main()",
        "serve",
        "--port",
        str(port),
        "--store",
        str(store_path),
    ]
    return subprocess.Popen(
        [sys.executable, "-c", *command, *options, "--log-level", "warning"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def wait_healthy(base: str, proc: subprocess.Popen[bytes]) -> None:
    """Wait until the server at ``base`` answers /health; fail when it exits or takes four minutes."""
    deadline = time.monotonic() + 240
    while True:
        try:
            if httpx.get(f"{base}/health", timeout=2).status_code == 200:
                return
        except httpx.TransportError:
            pass
        if proc.poll() is not None or time.monotonic() > deadline:
            raise AssertionError("the server did not start")
        time.sleep(0.2)


@pytest.fixture
def server(app: FastAPI) -> Iterator[str]:
    """A real uvicorn server on 127.0.0.1 in a background thread; yields its base URL."""
    config = uvicorn.Config(app, host="127.0.0.1", port=free_port(), log_level="warning", lifespan="on")
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 240
    while not srv.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("the test server did not start")
        time.sleep(0.02)
    yield f"http://127.0.0.1:{config.port}"
    srv.should_exit = True
    thread.join(timeout=20)


@pytest.fixture
def http(server: str, keys: Keys) -> Iterator[httpx.Client]:
    """An httpx client on the real server, authenticated with the full key."""
    with httpx.Client(base_url=server, headers={"Authorization": f"Bearer {keys.full}"}, timeout=60) as c:
        yield c


def engine_available() -> bool:
    """True once the screening engine is installed."""
    try:
        import embargo.screening  # noqa: F401
    except ImportError:
        return False
    return True


needs_engine = pytest.mark.skipif(not engine_available(), reason="the screening engine is not installed yet")
