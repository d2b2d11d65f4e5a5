"""A load killed half-way (SIGKILL) leaves the previous snapshot current and the store intact.

The test loads the 2021 SDN set, then starts ``python -m embargo lists load`` on the 2023
set in a subprocess, waits until that process has begun writing its transaction (the
WAL file grows), freezes it with SIGSTOP, checks that the new snapshot is not committed
yet, and kills it with SIGKILL: the kill is certain to land inside the transaction.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from embargo.sources import read_list
from embargo.store import Store

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGSTOP"), reason="needs POSIX signals")

#: WAL bytes that show the loader is writing pages of its open transaction.
WRITING = 64 * 1024


def _wal_size(db: Path) -> int:
    wal = db.with_name(db.name + "-wal")
    try:
        return wal.stat().st_size
    except FileNotFoundError:
        return 0


def _committed_ids(db: Path) -> list[int]:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
    try:
        return [r[0] for r in conn.execute("SELECT id FROM snapshots ORDER BY id")]
    finally:
        conn.close()


def _kill_midway(db: Path, folder: Path, env: dict[str, str]) -> bool:
    """Start the load, SIGKILL it inside its transaction; False if it finished or committed first."""
    before = _committed_ids(db)
    baseline = _wal_size(db)
    proc = subprocess.Popen(
        [sys.executable, "-m", "embargo", "lists", "load", str(folder)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 300
        while time.monotonic() < deadline:
            if proc.poll() is not None:
                return False
            if _wal_size(db) > baseline + WRITING:
                os.kill(proc.pid, signal.SIGSTOP)
                if _committed_ids(db) != before:
                    return False  # it committed between our look and the stop: try again
                os.kill(proc.pid, signal.SIGKILL)
                proc.wait(timeout=30)
                assert proc.returncode == -signal.SIGKILL
                return True
            time.sleep(0.002)
        pytest.fail("the load never started writing")
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(timeout=30)
    return False


def test_sigkill_midway_keeps_previous_snapshot(lists_dir: Path, embargo_home: Path) -> None:
    db = embargo_home / "embargo.db"
    env = dict(os.environ, EMBARGO_HOME=str(embargo_home))
    killed = False
    for _attempt in range(3):
        store = Store.open(db)
        if store.current_snapshot("ofac-sdn") is None:
            store.load(read_list(lists_dir / "ofac-sdn-2021"), origin="test: 2021 set")
        good = store.current_snapshot("ofac-sdn")
        assert good is not None and good.entity_count == 8976
        store.db.close()
        killed = _kill_midway(db, lists_dir / "ofac-sdn-2023", env)
        if killed:
            break
        # The load won the race: start again from a store holding only the 2021 snapshot.
        for suffix in ("", "-wal", "-shm"):
            db.with_name(db.name + suffix).unlink(missing_ok=True)
    assert killed, "could not catch the load inside its transaction in 3 tries"

    store = Store.open(db)
    assert store.db.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    current = store.current_snapshot("ofac-sdn")
    assert current is not None and current.id == good.id and current.entity_count == 8976
    assert [s.id for s in store.snapshots()] == [good.id]
    assert sum(1 for _ in store.iter_entities()) == 8976
    # Nothing of the killed load is visible, and the store takes the next load normally.
    assert store.get_entity("ofac-sdn-35096") is None
    new = store.load(read_list(lists_dir / "ofac-sdn-2023"), origin="test: 2023 set")
    assert new.id != good.id and new.entity_count == 11443
    assert store.db.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
