"""Load test of POST /screen: N concurrent clients on loopback, bounded in time and request count.

The script builds a temporary store with the four real lists (OFAC SDN 2023, UN, US CSL,
BIS DPL from the shared data folder), creates an API key, starts ``embargo serve`` on
127.0.0.1 itself (``--workers``, default 1), warms it up, then runs ``--clients`` closed-loop
clients (asyncio + httpx, one keep-alive connection each) for ``--duration`` seconds or
``--max-requests`` requests, whichever comes first. Queries are realistic: half are listed
names with a perturbation (typo, reordering, transliteration ...), half are names of people
and companies that are not listed (bench/data/non-listed-names.tsv).

It reports requests, errors, throughput and p50/p95/p99/max latency (``--json`` for JSON).
The load generator shares the machine with the server: on a small machine it takes a
large part of the CPU, which the numbers include.

    .venv/bin/python bench/api_load.py --duration 60 --clients 50
    .venv/bin/python bench/api_load.py --duration 60 --clients 50 --rate 10   # 10 req/s per client
"""

from __future__ import annotations

import argparse
import asyncio
import csv
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

BENCH_DIR = Path(__file__).resolve().parent
REPO = BENCH_DIR.parent
LISTS = ("ofac-sdn-2023", "un", "us-csl", "bis-dpl")


def _data_dir() -> Path:
    return Path(os.environ.get("EMBARGO_TEST_DATA", REPO.parent / "shared" / "data")).resolve()


def build_store(home: Path, lists_dir: Path) -> tuple[str, list[tuple[str, str]]]:
    """Load the lists into a store under ``home``; return an API key and (name, schema) of listed entities."""
    os.environ["EMBARGO_HOME"] = str(home)
    from embargo.errors import ListFormatError
    from embargo.sources import read_list
    from embargo.store import Store
    from embargo.store.keys import create_key

    store = Store.open()
    loaded = len(store.current_snapshots()) >= len(LISTS)  # a reused --home
    for name in LISTS if not loaded else ():
        path = lists_dir / name
        started = time.perf_counter()
        try:
            parsed = read_list(path)
        except ListFormatError:  # a folder holding one list file
            (path,) = [p for p in path.iterdir() if p.is_file()]
            parsed = read_list(path)
        snap = store.load(parsed, origin=str(path))
        print(
            f"loaded {snap.source}: {snap.entity_count} entities in {time.perf_counter() - started:.1f} s",
            file=sys.stderr,
        )
    listed = [(e.caption, e.schema) for e in store.iter_entities()]
    key = create_key(store, f"load-test-{int(time.time())}")
    store.db.close()
    return key, listed


def make_queries(listed: list[tuple[str, str]], n: int, seed: int) -> list[dict[str, str]]:
    """Half perturbed listed names, half non-listed names."""
    rng = random.Random(seed)
    sys.path.insert(0, str(BENCH_DIR))
    try:
        from perturb import PERTURBATIONS, perturb
    except ImportError:  # perturb.py needs only rigour, but keep the load test independent of it
        PERTURBATIONS, perturb = {}, None  # noqa: N806
    non_listed: list[tuple[str, str]] = []
    tsv = BENCH_DIR / "data" / "non-listed-names.tsv"
    if tsv.exists():
        with tsv.open(encoding="utf-8") as handle:
            non_listed = [(r["name"], r["schema"]) for r in csv.DictReader(handle, delimiter="\t")]
    queries: list[dict[str, str]] = []
    kinds = list(PERTURBATIONS)
    while len(queries) < n:
        if non_listed and rng.random() < 0.5:
            name, schema = rng.choice(non_listed)
        else:
            name, schema = rng.choice(listed)
            if perturb is not None and kinds:
                name = perturb(name, rng.choice(kinds), rng, schema) or name
        query = {"name": name}
        if rng.random() < 0.3 and schema in ("Person", "Company", "Organization", "Vessel"):
            query["schema"] = schema
        queries.append(query)
    return queries


def start_server(home: Path, port: int, workers: int) -> subprocess.Popen[bytes]:
    """``embargo serve`` on 127.0.0.1:port over the store in ``home``."""
    env = {**os.environ, "EMBARGO_HOME": str(home)}
    return subprocess.Popen(
        [
            sys.executable,
            "-c",
            "from embargo.cli import main; main()",
            "serve",
            "--port",
            str(port),
            "--workers",
            str(workers),
            "--log-level",
            "warning",
        ],
        env=env,
    )


def wait_healthy(base: str, proc: subprocess.Popen[bytes], timeout: float = 300) -> None:
    """Wait until /health answers (the index is built at startup)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit("the server exited")
        try:
            if httpx.get(f"{base}/health", timeout=2).status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.25)
    raise SystemExit("the server did not start in time")


async def run_load(
    base: str,
    key: str,
    queries: list[dict[str, str]],
    clients: int,
    duration: float,
    max_requests: int,
    rate: float | None,
) -> dict[str, object]:
    """Closed-loop clients (optionally paced to ``rate`` requests/s each); returns the statistics."""
    latencies: list[float] = []
    errors: dict[str, int] = {}
    issued = 0
    deadline = time.monotonic() + duration
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    headers = {"Authorization": f"Bearer {key}"}

    async def client(index: int, http: httpx.AsyncClient) -> None:
        nonlocal issued
        i = index
        next_at = time.monotonic()
        while time.monotonic() < deadline and issued < max_requests:
            issued += 1
            query = queries[i % len(queries)]
            i += clients
            started = time.perf_counter()
            try:
                response = await http.post("/screen", json=query)
                elapsed = time.perf_counter() - started
                if response.status_code == 200:
                    latencies.append(elapsed)
                else:
                    errors[str(response.status_code)] = errors.get(str(response.status_code), 0) + 1
            except httpx.HTTPError as exc:
                errors[type(exc).__name__] = errors.get(type(exc).__name__, 0) + 1
            if rate:
                next_at += 1.0 / rate
                await asyncio.sleep(max(0.0, next_at - time.monotonic()))

    async with httpx.AsyncClient(base_url=base, headers=headers, limits=limits, timeout=30) as http:
        started = time.monotonic()
        await asyncio.gather(*(client(i, http) for i in range(clients)))
        wall = time.monotonic() - started
    latencies.sort()

    def pct(p: float) -> float:
        if not latencies:
            return float("nan")
        return latencies[min(len(latencies) - 1, int(p / 100 * len(latencies)))] * 1000

    return {
        "clients": clients,
        "rate_per_client": rate,
        "duration_s": round(wall, 2),
        "requests": len(latencies) + sum(errors.values()),
        "ok": len(latencies),
        "errors": errors,
        "throughput_rps": round(len(latencies) / wall, 1) if wall else 0.0,
        "latency_ms": {
            "mean": round(statistics.fmean(latencies) * 1000, 2) if latencies else None,
            "p50": round(pct(50), 2),
            "p95": round(pct(95), 2),
            "p99": round(pct(99), 2),
            "max": round(latencies[-1] * 1000, 2) if latencies else None,
        },
    }


def main(argv: list[str] | None = None) -> int:
    """Run the load test and print its report."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--duration", type=float, default=60.0, help="seconds of load (default 60)")
    parser.add_argument("--clients", type=int, default=50, help="concurrent clients (default 50)")
    parser.add_argument("--max-requests", type=int, default=500_000, help="stop after this many requests")
    parser.add_argument(
        "--rate", type=float, default=None, help="requests/s per client (default: closed loop)"
    )
    parser.add_argument("--workers", type=int, default=1, help="server worker processes (default 1)")
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--warmup", type=float, default=3.0, help="seconds of warm-up load, not counted")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--lists-dir", type=Path, default=_data_dir() / "lists")
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    parser.add_argument(
        "--home", type=Path, default=None, help="keep the store in this EMBARGO_HOME (reused)"
    )
    args = parser.parse_args(argv)
    if not (args.lists_dir / "un").is_dir():
        print(f"list files not found in {args.lists_dir} (set EMBARGO_TEST_DATA)", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="embargo-load-") as tmp:
        home = args.home or Path(tmp)
        home.mkdir(parents=True, exist_ok=True)
        key, listed = build_store(home, args.lists_dir)
        queries = make_queries(listed, 5000, args.seed)
        base = f"http://127.0.0.1:{args.port}"
        proc = start_server(home, args.port, args.workers)
        try:
            wait_healthy(base, proc)
            if args.warmup > 0:
                asyncio.run(run_load(base, key, queries, args.clients, args.warmup, 10**9, args.rate))
            report = asyncio.run(
                run_load(base, key, queries, args.clients, args.duration, args.max_requests, args.rate)
            )
        finally:
            proc.terminate()
            proc.wait(timeout=30)
    report["server_workers"] = args.workers
    report["cpu_count"] = os.cpu_count()
    if args.json:
        print(json.dumps(report, indent=2))
    else:
        lat = report["latency_ms"]
        print(
            f"{report['requests']} requests in {report['duration_s']} s from {report['clients']} clients"
            f" ({'closed loop' if not args.rate else f'{args.rate:g} req/s each'}),"
            f" server workers: {args.workers}\n"
            f"errors: {report['errors'] or 0}   throughput: {report['throughput_rps']} req/s\n"
            f"latency ms: p50 {lat['p50']}  p95 {lat['p95']}  p99 {lat['p99']}  max {lat['max']}"  # type: ignore[index]
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
