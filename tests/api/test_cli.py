"""`embargo keys`, `embargo audit` and `embargo serve` on a real store (in the test's EMBARGO_HOME)."""

from __future__ import annotations

import csv
import json
import socket
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from typer.testing import CliRunner

from embargo.cli import app
from embargo.errors import EmbargoError
from embargo.model import ListVersion, Query, Result
from embargo.store import Store
from embargo.store.audit import record_screening
from embargo.store.keys import authenticate

from .conftest import free_port

runner = CliRunner()


def _run(*args: str) -> tuple[int, str, BaseException | None]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.stdout, result.exception


def test_keys_create_list_revoke() -> None:
    code, out, _ = _run("keys", "create", "ci")
    assert code == 0
    secret = out.strip().splitlines()[0]
    assert secret.startswith("emb_")
    assert authenticate(Store.open(), secret) is not None
    code, out, _ = _run("keys", "create", "viewer", "--read-only", "--json")
    assert code == 0 and json.loads(out)["read_only"] is True
    code, out, _ = _run("keys", "list", "--json")
    listed = json.loads(out)
    assert [k["name"] for k in listed] == ["ci", "viewer"]
    assert secret not in out and all("key" not in k for k in listed)
    code, out, _ = _run("keys", "revoke", "ci")
    assert code == 0 and "Revoked" in out
    assert authenticate(Store.open(), secret) is None
    code, out, _ = _run("keys", "list")
    assert "viewer" in out and "read-only" in out


@pytest.mark.parametrize("args", [("keys", "create", "bad name"), ("keys", "revoke", "nobody")])
def test_keys_errors_are_one_line(args: tuple[str, ...]) -> None:
    code, _, exc = _run(*args)
    assert code != 0 and isinstance(exc, EmbargoError)
    assert "\n" not in str(exc)


def _recorded(n: int) -> Store:
    store = Store.open()
    for i in range(n):
        record_screening(
            store,
            actor="alice",
            channel="cli",
            result=Result(Query(name=f"Name {i}"), [], 0.7, [ListVersion("un-sc", "v1", 1)]),
        )
    return store


def test_audit_show_verify_export(tmp_path: Path) -> None:
    store = _recorded(3)
    code, out, _ = _run("audit", "show", "--json", "--limit", "2")
    assert code == 0 and [r["id"] for r in json.loads(out)] == [2, 3]
    code, out, _ = _run("audit", "show")
    assert code == 0 and "Name 2" in out
    code, out, _ = _run("audit", "verify")
    assert code == 0 and "3 records" in out
    target = tmp_path / "audit.csv"
    code, out, _ = _run("audit", "export", "--format", "csv", "-o", str(target))
    assert code == 0
    rows = list(csv.DictReader(target.open(encoding="utf-8")))
    assert [r["query_name"] for r in rows] == ["Name 0", "Name 1", "Name 2"]
    target = tmp_path / "audit.jsonl"
    code, out, _ = _run("audit", "export", "--format", "jsonl", "-o", str(target), "--actor", "alice")
    assert [json.loads(line)["id"] for line in target.read_text().splitlines()] == [1, 2, 3]
    code, _, exc = _run("audit", "export", "--format", "xml", "-o", str(tmp_path / "x"))
    assert code != 0 and not (tmp_path / "x").exists()
    code, _, _ = _run("audit", "export", "--format", "csv", "-o", str(tmp_path / "missing" / "x.csv"))
    assert code != 0
    store.db.close()


def test_audit_verify_fails_on_tampering() -> None:
    store = _recorded(2)
    path = store.path
    store.db.close()
    conn = sqlite3.connect(path)
    conn.execute("DROP TRIGGER audit_records_no_update")
    conn.execute("UPDATE audit_records SET actor = 'mallory' WHERE id = 1")
    conn.commit()
    conn.close()
    code, out, _ = _run("audit", "verify", "--json")
    assert code == 1 and json.loads(out)["first_bad_id"] == 1


def test_audit_replay_unknown_record() -> None:
    code, _, exc = _run("audit", "replay", "7")
    assert code != 0 and "no audit record 7" in str(exc)


@pytest.mark.slow
def test_serve_starts_on_loopback(tmp_path: Path, embargo_home: Path) -> None:
    Store.open()  # an empty store in EMBARGO_HOME
    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, "-c", "from embargo.cli import main; main()", "serve", "--port", str(port)],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                response = httpx.get(f"http://127.0.0.1:{port}/health", timeout=2)
                break
            except httpx.TransportError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise AssertionError(
                        proc.stdout.read().decode() if proc.stdout else "server died"
                    ) from None
                time.sleep(0.2)
        assert response.status_code == 200 and response.json()["lists"] == 0
        assert httpx.get(f"http://127.0.0.1:{port}/lists", timeout=5).status_code == 401
    finally:
        proc.terminate()
        proc.wait(timeout=20)


@pytest.mark.slow
def test_serve_keep_alive_option_closes_idle_connections(embargo_home: Path) -> None:
    """``--keep-alive`` reaches uvicorn: an idle keep-alive connection is closed by the server."""
    Store.open()
    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, "-c", "from embargo.cli import main; main()", "serve", "--port", str(port)]
        + ["--keep-alive", "1", "--log-level", "warning"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                sock = socket.create_connection(("127.0.0.1", port), timeout=2)
                break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise AssertionError("the server did not start") from None
                time.sleep(0.2)
        with sock:
            sock.settimeout(20)
            sock.sendall(b"GET /health HTTP/1.1\r\nHost: x\r\n\r\n")
            reply = b""
            while b"\r\n\r\n" not in reply or not reply.rstrip().endswith(b"}"):
                reply += sock.recv(4096)
            assert reply.startswith(b"HTTP/1.1 200")
            assert sock.recv(4096) == b""  # closed by the server once idle for a second
    finally:
        proc.terminate()
        proc.wait(timeout=20)
