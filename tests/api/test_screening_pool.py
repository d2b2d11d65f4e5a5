"""Screening in processes of its own (embargo.screening_pool): the same answers as in the server's
threads, every answer audited, a killed screening process answered 503 and replaced, and screening
processes that exit when their server is killed."""

from __future__ import annotations

import os
import signal
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import psutil
import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from embargo.api import ApiSettings, create_app
from embargo.errors import ValidationError
from embargo.screening_pool import default_size
from embargo.store import Store
from embargo.store.audit import iter_records, verify_chain

from .conftest import Keys, free_port, needs_engine, serve_process, wait_healthy

pytestmark = needs_engine

QUERIES = [
    {"name": "Ivan Petrovich SIDOROV"},
    {"name": "SIDOROV, Ivan", "schema": "Person", "birth_date": "1965"},
    {"name": "Иван Сидоров"},
    {"name": "Northern Shipping Trading L.L.C.", "schema": "Company"},
    {"name": "Al Qard al Hasan Assoc."},
    {"name": "Kim Jong Soo", "country": "KP"},
    {"name": "Jane Unlisted Person"},
]


@pytest.fixture
def settings() -> ApiSettings:
    """The conftest's limits, with two screening processes."""
    return ApiSettings(max_body_bytes=64_000, max_batch=5, request_timeout_s=60.0, screen_processes=2)


@pytest.fixture
def threaded(store_path: Path, keys: Keys) -> Iterator[TestClient]:
    """The same application screening in its own threads (no processes), to compare with."""
    app = create_app(store_path, ApiSettings(max_body_bytes=64_000, max_batch=5, request_timeout_s=60.0))
    with TestClient(app, headers={"Authorization": f"Bearer {keys.full}"}) as c:
        yield c


def _screening_processes(parent: psutil.Process) -> list[psutil.Process]:
    return [p for p in parent.children() if "spawn_main" in " ".join(p.cmdline())]


def test_pool_answers_as_the_threads_do(http: httpx.Client, threaded: TestClient, app: FastAPI) -> None:
    """Each query, alone and in a batch, gets the same result from the processes as from a thread."""
    assert app.state.pool is not None and app.state.pool.size == 2
    for query in QUERIES:
        mine, theirs = http.post("/screen", json=query), threaded.post("/screen", json=query)
        assert mine.status_code == theirs.status_code == 200, (query, mine.text)
        assert mine.json() == theirs.json(), query
    batch = QUERIES[:5]  # max_batch: a run of queries for each process
    answer = http.post("/screen/batch", json={"queries": batch})
    assert answer.status_code == 200, answer.text
    assert answer.json()["results"] == [threaded.post("/screen", json=q).json() for q in batch]
    assert len(answer.json()["audit_ids"]) == len(batch)
    assert answer.json()["results"][0]["matches"][0]["source_id"] == "1001"


def test_pool_answers_yente_match(http: httpx.Client, threaded: TestClient) -> None:
    """POST /match/default screens through the processes too, with the thread's answer."""
    body = {"queries": {"q1": {"schema": "Person", "properties": {"name": ["Ivan Sidorov"]}}}}
    mine, theirs = http.post("/match/default", json=body), threaded.post("/match/default", json=body)
    assert mine.status_code == theirs.status_code == 200, mine.text
    assert mine.json() == theirs.json()
    assert mine.json()["responses"]["q1"]["results"]


def test_invalid_query_from_a_process_is_422(http: httpx.Client, threaded: TestClient) -> None:
    """A query the engine refuses (only a legal form) is refused the same way from a process."""
    for name in ("The LLC", "ПАО"):
        body = {"name": name}
        mine, theirs = http.post("/screen", json=body), threaded.post("/screen", json=body)
        assert mine.status_code == theirs.status_code == 422, mine.text
        assert mine.json() == theirs.json()
        assert mine.json()["error"]["code"] == "invalid_query"


def test_a_killed_screening_process_is_replaced(http: httpx.Client, store_path: Path) -> None:
    """SIGKILL one screening process: answers are 200 or 503, never 500; then 200 again, all audited."""
    expected = http.post("/screen", json=QUERIES[0]).json()
    victims = _screening_processes(psutil.Process())
    assert len(victims) == 2
    victims[0].send_signal(signal.SIGKILL)
    victims[0].wait(timeout=10)
    statuses = []
    deadline = time.monotonic() + 120
    while True:
        answer = http.post("/screen", json=QUERIES[0])
        statuses.append(answer.status_code)
        assert answer.status_code in (200, 503), answer.text
        if answer.status_code == 503:
            assert answer.json()["error"]["code"] == "engine_unavailable"
        if answer.status_code == 200 and statuses.count(200) >= 3:
            assert answer.json() == expected
            break
        assert time.monotonic() < deadline, statuses
    while len(fresh := _screening_processes(psutil.Process())) != 2:  # the new pool starts both
        assert time.monotonic() < deadline, fresh
        time.sleep(0.2)
    assert victims[0].pid not in {p.pid for p in fresh}
    store = Store.open(store_path)
    records = list(iter_records(store, channel="api"))
    assert len(records) == 1 + statuses.count(200)  # a 503 is not a screening: nothing recorded
    assert verify_chain(store).ok


def test_screening_processes_exit_with_a_killed_server(store_path: Path, keys: Keys) -> None:
    """A server killed with SIGKILL cannot stop its screening processes: they stop on their own."""
    port = free_port()
    server = serve_process(store_path, port, "--screen-processes", "2")
    try:
        base = f"http://127.0.0.1:{port}"
        wait_healthy(base, server)
        headers = {"Authorization": f"Bearer {keys.full}"}
        answer = httpx.post(f"{base}/screen", json=QUERIES[0], headers=headers, timeout=60)
        assert answer.status_code == 200, answer.text
        children = _screening_processes(psutil.Process(server.pid))
        assert len(children) == 2
    finally:
        server.send_signal(signal.SIGKILL)
        server.wait(timeout=30)
    _, alive = psutil.wait_procs(children, timeout=20)
    for orphan in alive:  # do not leave them running when the test fails
        orphan.kill()
    assert not alive, [p.pid for p in alive]


def test_screen_processes_setting(monkeypatch: pytest.MonkeyPatch) -> None:
    """EMBARGO_API_SCREEN_PROCESSES is read and checked; serve's default fits the machine."""
    monkeypatch.setenv("EMBARGO_API_SCREEN_PROCESSES", "3")
    assert ApiSettings.from_env().screen_processes == 3
    for bad in ("-1", "65", "two"):
        monkeypatch.setenv("EMBARGO_API_SCREEN_PROCESSES", bad)
        with pytest.raises(ValidationError):
            ApiSettings.from_env()
    assert ApiSettings().screen_processes == 0
    assert 1 <= default_size() <= min(2, os.cpu_count() or 1)
