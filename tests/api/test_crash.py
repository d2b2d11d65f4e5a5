"""Kill the server (SIGKILL) in the middle of a batch: no audit record is lost or half-written."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import threading
import time
from pathlib import Path

import httpx
import pytest

from embargo.store import Store
from embargo.store.audit import record_screening, verify_chain

from .conftest import Keys, free_port, needs_engine, serve_process, wait_healthy

BATCH = 3000


def _start(store_path: Path, port: int) -> subprocess.Popen[bytes]:
    return serve_process(store_path, port, "--max-batch", str(BATCH), "--max-body-bytes", "10000000")


@needs_engine
@pytest.mark.slow
def test_sigkill_mid_batch_loses_nothing(store_path: Path, keys: Keys) -> None:
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    headers = {"Authorization": f"Bearer {keys.full}"}
    proc = _start(store_path, port)
    try:
        wait_healthy(base, proc)
        answered = []
        for name in ("Ivan Sidorov", "Ocean Star", "Kim Jong Su"):
            response = httpx.post(f"{base}/screen", json={"name": name}, headers=headers, timeout=60)
            assert response.status_code == 200
            answered.append(int(response.headers["x-audit-id"]))
        outcome: dict[str, object] = {}

        def fire() -> None:
            queries = [{"name": f"Ivan Sidorov {i}", "country": "ru"} for i in range(BATCH)]
            try:
                outcome["response"] = httpx.post(
                    f"{base}/screen/batch", json={"queries": queries}, headers=headers, timeout=120
                )
            except httpx.TransportError as exc:
                outcome["error"] = exc

        thread = threading.Thread(target=fire)
        thread.start()
        time.sleep(1.0)  # the batch is being screened now
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=20)
        thread.join(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(timeout=20)

    conn = sqlite3.connect(store_path)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
    store = Store.open(store_path)
    report = verify_chain(store)
    assert report.ok, report
    if "response" in outcome:  # the batch finished before the kill: all of it is recorded
        assert outcome["response"].status_code == 200  # type: ignore[union-attr]
        assert report.count == len(answered) + BATCH
    else:  # killed mid-batch: none of it is recorded, every answered screening is
        assert report.count == len(answered)
    # The store keeps working and the chain continues.
    from embargo.model import Query, Result

    record_screening(store, actor="after", channel="cli", result=Result(Query(name="x"), [], 0.7, []))
    assert verify_chain(store).ok
