"""Load test of POST /screen: N concurrent clients on loopback, bounded in time and request count.

The script builds a temporary store with the four real lists (OFAC SDN 2023, UN, US CSL,
BIS DPL from the shared data folder), creates an API key, starts ``embargo serve`` on
127.0.0.1 itself (``--workers``, default 1, on a free port), warms it up, then runs
``--clients`` clients (asyncio, one keep-alive connection each) for ``--duration`` seconds
or ``--max-requests`` requests, whichever comes first. The clients use a minimal HTTP/1.1
client (``--client raw``, about 0.7 ms of CPU per request here) rather than httpx (about
3.5 ms, ``--client httpx``), so that the load generator takes less of the CPU it shares
with the server. A run stops with the server's output if the server exits. Queries are
realistic: half are listed names with a perturbation (typo, reordering, transliteration ...),
half are names of people and companies that are not listed (bench/data/non-listed-names.tsv).

Two modes:

- **closed loop** (default): each client sends its next request as soon as the previous one
  is answered. The throughput is then whatever the server does, and by Little's law the mean
  latency is ``clients / throughput``: with 50 clients a 50 ms latency needs 1,000 req/s.
- **paced** (``--rate R`` requests/s per client, or ``--total-rate T`` for all clients): each
  client follows a schedule (``--arrival poisson``, the default, or ``uniform`` intervals),
  its first request at a random offset so the clients do not fire in step. A client waits
  for its answer before sending the next request, so an overloaded server makes it fall
  behind: the report then shows the achieved rate below the offered one, and the lag.

The report states the mode, offered and achieved rate, requests, errors, latency
p50/p95/p99/max (from sending a request to its answer), for paced runs the schedule lag and
the latency counted from the scheduled time, and the CPU seconds the server and the client
used. ``--repeat N`` runs N measurement windows against the same server and adds the median
of each figure; ``--total-rate 40,60,80`` measures several rates in one call.
The load generator shares the machine with the server: on a small machine it takes a
part of the CPU, which the numbers include, and so does anything else running there
(the report gives the load average before each run).

    .venv/bin/python bench/api_load.py --duration 60 --clients 50
    .venv/bin/python bench/api_load.py --duration 30 --clients 50 --total-rate 40,60 --repeat 3
"""

from __future__ import annotations

import argparse
import asyncio
import csv
import json
import os
import random
import resource
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import IO

import httpx

BENCH_DIR = Path(__file__).resolve().parent
REPO = BENCH_DIR.parent
LISTS = ("ofac-sdn-2023", "un", "us-csl", "bis-dpl")
#: Seconds a single request may take before it counts as an error (and the run can end).
REQUEST_TIMEOUT_S = 30.0


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
    key = create_key(store, f"load-test-{time.time_ns()}")
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


def free_port() -> int:
    """A TCP port free on 127.0.0.1 now (so parallel runs of this script do not collide)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def start_server(
    home: Path, port: int, workers: int, log: IO[bytes] | None = None
) -> subprocess.Popen[bytes]:
    """``embargo serve`` on 127.0.0.1:port over the store in ``home`` (its output to ``log``)."""
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
        stdout=log,
        stderr=subprocess.STDOUT if log is not None else None,
    )


def check_alive(proc: subprocess.Popen[bytes], log: IO[bytes]) -> None:
    """Stop with the server's last output when it has exited (a crash must not pass as a result)."""
    if proc.poll() is None:
        return
    log.flush()
    log.seek(0)
    tail = log.read()[-3000:].decode("utf-8", "replace")
    raise SystemExit(f"the server exited with code {proc.returncode} during the run:\n{tail}")


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


def process_tree(pid: int) -> list[int]:
    """``pid`` and its descendants (uvicorn's worker processes), from /proc; [] where there is none."""
    out: list[int] = []
    todo = [pid]
    while todo:
        current = todo.pop()
        out.append(current)
        try:
            children = Path(f"/proc/{current}/task/{current}/children").read_text().split()
        except OSError:
            continue
        todo.extend(int(c) for c in children)
    return out


def cpu_seconds(pids: list[int]) -> dict[int, float]:
    """User + system CPU seconds used so far by each process (Linux /proc; empty elsewhere)."""
    tick = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100
    out: dict[int, float] = {}
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        out[pid] = (int(fields[11]) + int(fields[12])) / tick
    return out


def _own_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def percentile(sorted_values: list[float], p: float) -> float | None:
    """The nearest-rank percentile ``p`` (0-100) of sorted values, in ms; None when there are none."""
    if not sorted_values:
        return None
    rank = max(1, min(len(sorted_values), -(-len(sorted_values) * p // 100)))
    return round(sorted_values[int(rank) - 1] * 1000, 2)


def _summary(values: list[float]) -> dict[str, float | None]:
    values = sorted(values)
    return {
        "mean": round(statistics.fmean(values) * 1000, 2) if values else None,
        "p50": percentile(values, 50),
        "p95": percentile(values, 95),
        "p99": percentile(values, 99),
        "max": round(values[-1] * 1000, 2) if values else None,
    }


class RawConnection:
    """One keep-alive HTTP/1.1 connection, written for this load test: far less client CPU than httpx.

    On a 2-core machine the load generator competes with the server, so its cost per request
    shows in the server's numbers; httpx spends several ms of CPU per request on this machine.
    It sends a POST with a JSON body and reads the answer by Content-Length (or chunked, or to
    the close); any protocol problem closes the connection and raises ``OSError``.
    """

    def __init__(self, host: str, port: int, headers: dict[str, str]) -> None:
        self.host, self.port = host, port
        self.head = "".join(f"{k}: {v}\r\n" for k, v in headers.items())
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None

    async def post(self, path: str, data: object) -> tuple[int, bytes]:
        """POST ``data`` as JSON; the status and the body."""
        body = json.dumps(data).encode("utf-8")
        request = (
            f"POST {path} HTTP/1.1\r\nHost: {self.host}:{self.port}\r\n{self.head}"
            f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n"
        ).encode("latin-1") + body
        if self.reader is not None and self.reader.at_eof():
            self.close()  # the server closed the idle connection, as a pooled client would notice
        if self.writer is None:
            self.reader, self.writer = await asyncio.open_connection(self.host, self.port)
        assert self.reader is not None
        try:
            self.writer.write(request)
            head = await self.reader.readuntil(b"\r\n\r\n")
            lines = head.decode("latin-1").split("\r\n")
            status = int(lines[0].split(" ", 2)[1])
            fields = {}
            for line in lines[1:]:
                name, sep, value = line.partition(":")
                if sep:
                    fields[name.strip().lower()] = value.strip().lower()
            if "content-length" in fields:
                payload = await self.reader.readexactly(int(fields["content-length"]))
            elif fields.get("transfer-encoding") == "chunked":
                payload = await self._chunked()
            else:
                payload = await self.reader.read()
                fields["connection"] = "close"
        except (asyncio.IncompleteReadError, asyncio.LimitOverrunError, ValueError, IndexError) as exc:
            self.close()
            raise OSError(f"bad response: {type(exc).__name__}") from None
        except BaseException:
            self.close()
            raise
        if fields.get("connection") == "close":
            self.close()
        return status, payload

    async def _chunked(self) -> bytes:
        assert self.reader is not None
        parts = []
        while True:
            size = int((await self.reader.readuntil(b"\r\n")).split(b";")[0], 16)
            if size == 0:
                await self.reader.readuntil(b"\r\n")
                return b"".join(parts)
            parts.append(await self.reader.readexactly(size))
            await self.reader.readexactly(2)

    def close(self) -> None:
        """Drop the connection; the next request opens a new one."""
        if self.writer is not None:
            self.writer.close()
        self.reader = self.writer = None


class HttpxConnection:
    """The same interface over a shared ``httpx.AsyncClient`` (``--client httpx``)."""

    def __init__(self, http: httpx.AsyncClient) -> None:
        self.http = http

    async def post(self, path: str, data: object) -> tuple[int, bytes]:
        """POST ``data`` as JSON; the status and the body."""
        response = await self.http.post(path, json=data)
        return response.status_code, response.content

    def close(self) -> None:
        """Nothing to do: the shared client closes its pool."""


async def run_load(
    base: str,
    key: str,
    queries: list[dict[str, str]],
    clients: int,
    duration: float,
    max_requests: int,
    rate: float | None,
    arrival: str = "poisson",
    seed: int = 0,
    server_pids: list[int] | None = None,
    client_kind: str = "raw",
) -> dict[str, object]:
    """Run ``clients`` clients (closed loop, or paced to ``rate`` requests/s each); returns the statistics.

    No request is sent after ``duration`` seconds or once ``max_requests`` were sent; each
    one may take at most :data:`REQUEST_TIMEOUT_S`, so the run ends by duration + that.
    A request counts as an error unless it is answered 200 with a JSON Result.
    """
    latencies: list[float] = []
    from_schedule: list[float] = []
    lags: list[float] = []
    errors: dict[str, int] = {}
    issued = 0
    headers = {"Authorization": f"Bearer {key}"}
    load_before = os.getloadavg() if hasattr(os, "getloadavg") else None
    url = httpx.URL(base)

    def error(name: str) -> None:
        errors[name] = errors.get(name, 0) + 1

    async def client(
        index: int, conn: RawConnection | HttpxConnection, start: float, deadline: float
    ) -> None:
        nonlocal issued
        rng = random.Random(seed * 100_003 + index)
        i = index
        scheduled = start
        if rate:  # the clients do not fire in step; a Poisson schedule has no phase to keep
            scheduled += rng.expovariate(rate) if arrival == "poisson" else rng.uniform(0, 1.0 / rate)
        while issued < max_requests:
            if rate:
                if scheduled >= deadline:
                    break
                delay = scheduled - time.monotonic()
                if delay > 0:
                    await asyncio.sleep(delay)
            elif time.monotonic() >= deadline:
                break
            issued += 1
            query = queries[i % len(queries)]
            i += clients
            started = time.perf_counter()
            sent_at = time.monotonic()
            try:
                status, payload = await asyncio.wait_for(conn.post("/screen", query), REQUEST_TIMEOUT_S)
                elapsed = time.perf_counter() - started
                if status != 200:
                    error(str(status))
                elif not payload.startswith(b"{") or b'"matches"' not in payload:
                    error("not a Result")
                else:
                    latencies.append(elapsed)
                    if rate:
                        lags.append(max(0.0, sent_at - scheduled))
                        from_schedule.append(time.monotonic() - scheduled)
            except (OSError, TimeoutError, httpx.HTTPError) as exc:
                conn.close()
                error(type(exc).__name__)
            if rate:
                gap = rng.expovariate(rate) if arrival == "poisson" else 1.0 / rate
                scheduled += gap
        conn.close()

    async def run_clients(make: object) -> float:
        started = time.monotonic()
        deadline = started + duration
        await asyncio.gather(*(client(i, make(), started, deadline) for i in range(clients)))  # type: ignore[operator]
        return time.monotonic() - started

    pids = server_pids or []
    cpu_before, own_before = cpu_seconds(pids), _own_cpu()
    if client_kind == "httpx":
        limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
        async with httpx.AsyncClient(
            base_url=base, headers=headers, limits=limits, timeout=REQUEST_TIMEOUT_S
        ) as http:
            wall = await run_clients(lambda: HttpxConnection(http))
    else:
        wall = await run_clients(lambda: RawConnection(url.host, url.port or 80, headers))
    cpu_after, own_after = cpu_seconds(pids), _own_cpu()
    server_cpu = {pid: round(cpu_after[pid] - cpu_before.get(pid, 0.0), 2) for pid in cpu_after}
    ok = len(latencies)
    report: dict[str, object] = {
        "mode": f"paced ({arrival} arrivals)" if rate else "closed loop",
        "client": client_kind,
        "clients": clients,
        "rate_per_client": rate,
        "offered_rps": round(rate * clients, 1) if rate else None,
        "achieved_rps": round(ok / wall, 1) if wall else 0.0,
        "duration_s": round(wall, 2),
        "requests": ok + sum(errors.values()),
        "ok": ok,
        "errors": errors,
        "latency_ms": _summary(latencies),
        "server_cpu_s": round(sum(server_cpu.values()), 2),
        "server_cpu_s_per_process": server_cpu,
        "client_cpu_s": round(own_after - own_before, 2),
        "loadavg_before": [round(x, 2) for x in load_before] if load_before else None,
    }
    if ok:
        report["server_cpu_ms_per_request"] = round(sum(server_cpu.values()) / ok * 1000, 2)
    if rate:
        report["schedule_lag_ms"] = _summary(lags)
        report["latency_from_schedule_ms"] = _summary(from_schedule)
    return report


def _median_report(runs: list[dict[str, object]]) -> dict[str, object]:
    """The median over runs of each rate and latency figure, and the total errors."""

    def med(get) -> float | None:  # noqa: ANN001
        values = [v for v in (get(r) for r in runs) if v is not None]
        return round(statistics.median(values), 2) if values else None

    errors: dict[str, int] = {}
    for run in runs:
        for name, count in run["errors"].items():  # type: ignore[attr-defined]
            errors[name] = errors.get(name, 0) + count
    out: dict[str, object] = {
        "mode": runs[0]["mode"],
        "client": runs[0]["client"],
        "runs": len(runs),
        "offered_rps": runs[0]["offered_rps"],
        "achieved_rps": med(lambda r: r["achieved_rps"]),
        "requests": sum(int(r["requests"]) for r in runs),  # type: ignore[call-overload]
        "errors": errors,
        "latency_ms": {p: med(lambda r, p=p: r["latency_ms"][p]) for p in ("p50", "p95", "p99", "max")},
        "server_cpu_ms_per_request": med(lambda r: r.get("server_cpu_ms_per_request")),
    }
    if runs[0]["offered_rps"] is not None:
        out["latency_from_schedule_ms"] = {
            p: med(lambda r, p=p: r["latency_from_schedule_ms"][p]) for p in ("p50", "p99")
        }
    return out


def format_report(report: dict[str, object], workers: int) -> str:
    """One run (or the median of several) as a few lines of text."""
    lat = report["latency_ms"]
    rate = f"offered {report['offered_rps']} req/s, " if report.get("offered_rps") is not None else ""
    span = f"in {report['duration_s']} s" if "duration_s" in report else f"over {report['runs']} runs"
    clients = f", {report['clients']} clients" if "clients" in report else ""
    lines = [
        f"[{report['mode']}, {report.get('client', 'raw')} client] {report['requests']} requests"
        f" {span}{clients}, server workers {workers}",
        f"  {rate}achieved {report['achieved_rps']} req/s, errors: {report['errors'] or 0}",
        "  latency ms: p50 {p50}  p95 {p95}  p99 {p99}  max {max}".format(**lat),  # type: ignore[arg-type]
    ]
    if report.get("latency_from_schedule_ms"):
        sched = report["latency_from_schedule_ms"]
        lines.append(f"  from the scheduled time: p50 {sched['p50']}  p99 {sched['p99']}")  # type: ignore[index]
    if report.get("schedule_lag_ms"):
        lines.append(f"  schedule lag ms: p99 {report['schedule_lag_ms']['p99']}")  # type: ignore[index]
    if report.get("server_cpu_ms_per_request") is not None:
        extra = f", client {report['client_cpu_s']} s" if "client_cpu_s" in report else ""
        lines.append(f"  server CPU {report['server_cpu_ms_per_request']} ms/request{extra}")
    if report.get("loadavg_before"):
        lines.append(f"  load average before: {report['loadavg_before']}")
    return "\n".join(lines)


def _rates(args: argparse.Namespace) -> list[float | None]:
    if args.total_rate:
        try:
            totals = [float(x) for x in args.total_rate.split(",") if x.strip()]
        except ValueError:
            raise SystemExit(f"--total-rate: not a list of numbers: {args.total_rate!r}") from None
        if not totals or any(t <= 0 for t in totals):
            raise SystemExit("--total-rate: give positive numbers")
        return [t / args.clients for t in totals]
    if args.rate is not None and args.rate <= 0:
        raise SystemExit("--rate must be positive")
    return [args.rate]


def main(argv: list[str] | None = None) -> int:
    """Run the load test and print its report."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--duration", type=float, default=60.0, help="seconds of load per run (default 60)")
    parser.add_argument("--clients", type=int, default=50, help="concurrent clients (default 50)")
    parser.add_argument(
        "--max-requests", type=int, default=500_000, help="stop a run after this many requests"
    )
    parser.add_argument(
        "--rate", type=float, default=None, help="paced: requests/s per client (default: closed loop)"
    )
    parser.add_argument(
        "--total-rate", default=None, help="paced: requests/s of all clients together; a comma list runs each"
    )
    parser.add_argument(
        "--arrival",
        choices=("poisson", "uniform"),
        default="poisson",
        help="paced schedule (default poisson)",
    )
    parser.add_argument(
        "--client",
        choices=("raw", "httpx"),
        default="raw",
        help="raw: a minimal HTTP/1.1 client, light on CPU (default); httpx: the httpx library",
    )
    parser.add_argument("--repeat", type=int, default=1, help="measurement runs per rate (default 1)")
    parser.add_argument("--workers", type=int, default=1, help="server worker processes (default 1)")
    parser.add_argument("--port", type=int, default=0, help="server port (default: a free one)")
    parser.add_argument("--warmup", type=float, default=3.0, help="seconds of warm-up load, not counted")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--lists-dir", type=Path, default=_data_dir() / "lists")
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    parser.add_argument(
        "--home", type=Path, default=None, help="keep the store in this EMBARGO_HOME (reused)"
    )
    args = parser.parse_args(argv)
    if args.clients < 1 or args.repeat < 1 or args.duration <= 0 or args.max_requests < 1:
        raise SystemExit("--clients, --repeat, --duration and --max-requests must be positive")
    rates = _rates(args)
    if not (args.lists_dir / "un").is_dir():
        print(f"list files not found in {args.lists_dir} (set EMBARGO_TEST_DATA)", file=sys.stderr)
        return 2
    results: list[dict[str, object]] = []
    with tempfile.TemporaryDirectory(prefix="embargo-load-") as tmp, tempfile.TemporaryFile() as log:
        home = args.home or Path(tmp)
        home.mkdir(parents=True, exist_ok=True)
        key, listed = build_store(home, args.lists_dir)
        queries = make_queries(listed, 5000, args.seed)
        port = args.port or free_port()
        base = f"http://127.0.0.1:{port}"
        proc = start_server(home, port, args.workers, log)
        try:
            wait_healthy(base, proc)
            if args.workers > 1:
                time.sleep(5.0)  # the other workers load the index too; /health answers with the first
            pids = process_tree(proc.pid)
            if args.warmup > 0:
                asyncio.run(
                    run_load(
                        base,
                        key,
                        queries,
                        args.clients,
                        args.warmup,
                        10**9,
                        rates[0],
                        client_kind=args.client,
                    )
                )
            for rate in rates:
                runs = []
                for n in range(args.repeat):
                    report = asyncio.run(
                        run_load(
                            base,
                            key,
                            queries,
                            args.clients,
                            args.duration,
                            args.max_requests,
                            rate,
                            args.arrival,
                            seed=args.seed + n,
                            server_pids=pids,
                            client_kind=args.client,
                        )
                    )
                    check_alive(proc, log)
                    report["server_workers"] = args.workers
                    report["cpu_count"] = os.cpu_count()
                    runs.append(report)
                    if not args.json:
                        print(format_report(report, args.workers), flush=True)
                entry: dict[str, object] = {"runs": runs}
                if args.repeat > 1:
                    entry["median"] = _median_report(runs)
                    if not args.json:
                        print("median " + format_report(entry["median"], args.workers), flush=True)  # type: ignore[arg-type]
                results.append(entry)
        finally:
            proc.terminate()
            proc.wait(timeout=30)
    if args.json:
        print(json.dumps(results if len(results) > 1 else results[0], indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
