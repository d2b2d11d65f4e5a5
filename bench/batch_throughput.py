"""Batch screening throughput and index memory against OFAC SDN 2023 + UN + CSL + DPL.

Builds a store of the four lists in a temporary EMBARGO_HOME (or uses ``--home``), generates N
seeded names (bench/gen_names.py: Faker through the benchmark venv when it is there, else name
pools), and measures:

- the index's resident memory: process RSS before and after ``load_index`` in a fresh
  process, in MB and MB per 100,000 entities;
- names/s of ``embargo screen-file``'s engines, each in a fresh process:
  ``local x1`` (one process, one core), ``local xW`` (the default: a pool of one worker
  process per core), ``dask x1`` and ``dask x2`` (LocalCluster workers);
- per configuration: ``--full-runs`` runs over all N names (local x1 and local xW) and
  ``--runs`` runs over the first ``--small`` names (every configuration), with medians;
- names/s per core (local xW / W) and the dask 2-over-1 ratio.

Timings start after the workers have loaded the index and the name data (the executor's
``start``) and include reading, mapping, writing, checkpointing and the audit trail; the
start-up (process, imports, index load) is reported apart. Default chunk size (1000).
Prints one line per run on stderr naming its engine and workers, and a JSON report.

    .venv/bin/python bench/batch_throughput.py --n 100000 --small 3000 --runs 3
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
REPO = BENCH_DIR.parent
LISTS = ("ofac-sdn-2023", "un/consolidated.xml", "us-csl/csl.csv", "bis-dpl/dpl.txt")


def _data_dir() -> Path:
    return Path(os.environ.get("EMBARGO_TEST_DATA", REPO.parent / "shared" / "data")) / "lists"


def build_store() -> dict[str, int]:
    """Load the four lists into the store of the current EMBARGO_HOME; returns entities per source."""
    from embargo.sources import read_list
    from embargo.store import Store

    store = Store.open()
    counts = {}
    for name in LISTS:
        parsed = read_list(_data_dir() / name)
        snapshot = store.load(parsed, origin=str(_data_dir() / name))
        counts[snapshot.source] = snapshot.entity_count
    return counts


def _rss_mb() -> float:
    try:
        import psutil

        return psutil.Process().memory_info().rss / 1e6
    except ImportError:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) * 1024 / 1e6
    return float("nan")


def measure_index() -> dict[str, float]:
    """RSS growth of loading the persisted index (run in a fresh process: ``--measure-index``)."""
    import gc

    from embargo import screening
    from embargo.store import Store

    store = Store.open()
    entities = sum(v.entity_count for v in store.current_snapshots())
    gc.collect()
    before = _rss_mb()
    started = time.perf_counter()
    index = screening.load_index(store)
    seconds = time.perf_counter() - started
    gc.collect()
    after = _rss_mb()
    del index
    mb = after - before
    return {
        "entities": entities,
        "rss_before_mb": round(before, 1),
        "rss_after_mb": round(after, 1),
        "index_mb": round(mb, 1),
        "mb_per_100k_entities": round(mb / entities * 100_000, 1) if entities else float("nan"),
        "load_seconds": round(seconds, 2),
    }


def generate_input(n: int, seed: int, path: Path) -> str:
    """Write N seeded rows to ``path``; returns the generator used ("faker" or "pools")."""
    bench_python = REPO / ".venv-bench" / "bin" / "python"
    if bench_python.exists():
        proc = subprocess.run(
            [
                str(bench_python),
                str(BENCH_DIR / "gen_names.py"),
                "--n",
                str(n),
                "--seed",
                str(seed),
                "--out",
                str(path),
            ],
            capture_output=True,
            text=True,
        )
        if proc.returncode == 0:
            return json.loads(proc.stderr.strip().splitlines()[-1])["generator"]
    sys.path.insert(0, str(BENCH_DIR))
    from gen_names import generate_rows, write_rows

    rows, generator = generate_rows(n, seed)
    write_rows(rows, path)
    return generator


def _executor(engine: str, workers: int):  # noqa: ANN202
    from embargo.batch.distributed import DaskExecutor
    from embargo.batch.local import LocalExecutor, PoolExecutor

    if engine == "dask":
        return DaskExecutor(workers=workers)
    return LocalExecutor() if workers == 1 else PoolExecutor(workers)


def _tree_cpu_seconds() -> float:
    """CPU seconds (user + system) used so far by this process and every live descendant (Linux /proc)."""
    tick = os.sysconf("SC_CLK_TCK")
    total = 0.0
    todo, seen = [os.getpid()], set()
    while todo:
        pid = todo.pop()
        if pid in seen:
            continue
        seen.add(pid)
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            total += (int(fields[11]) + int(fields[12])) / tick
            for task in Path(f"/proc/{pid}/task").iterdir():
                todo.extend(int(c) for c in (task / "children").read_text().split())
        except (OSError, ValueError, IndexError):
            continue
    return total


class _CpuWindow:
    """A batch progress observer that records the CPU time of the screening window (all processes)."""

    def __init__(self) -> None:
        self.started = self.stopped = 0.0

    def start(self, total: int, completed: int) -> None:
        self.started = _tree_cpu_seconds()

    def advance(self, rows: int, matched: int, rejected: int) -> None:
        self.stopped = _tree_cpu_seconds()  # workers are gone by the time the run stops

    def stop(self) -> None:
        pass


def _run_here(src: Path, out: Path, engine: str, workers: int) -> dict[str, float]:
    """One batch run in this process with the given engine and worker count."""
    from embargo.batch import BatchOptions, run_batch

    options = BatchOptions(input=src, output=out, restart=True, actor="bench")
    window = _CpuWindow()
    summary = run_batch(options, executor=_executor(engine, workers), progress=window)
    cpu = window.stopped - window.started
    return {
        "engine": summary.engine,
        "workers": summary.workers,
        "rows": summary.rows,
        "matched": summary.matched,
        "rejected": summary.rejected,
        "reused": summary.reused,
        "engine_errors": summary.engine_errors,
        "seconds": round(summary.seconds, 2),
        "names_per_second": round(summary.names_per_second, 1),
        # CPU of the client and all workers over the screening window: robust to other jobs on the machine
        "cpu_seconds": round(cpu, 1),
        "names_per_cpu_second": round(summary.rows / cpu, 1) if cpu > 0 else None,
    }


def run_once(src: Path, out: Path, *, engine: str, workers: int, label: str) -> dict[str, float]:
    """One batch run in a fresh process, so no cache of an earlier run flatters it."""
    started = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, __file__, "--run", str(src), str(out), engine, str(workers)],
        capture_output=True,
        text=True,
    )
    if proc.returncode != 0:
        raise SystemExit(f"batch run failed ({engine} x{workers}):\n{proc.stderr[-3000:]}")
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    result["startup_seconds"] = round(time.perf_counter() - started - result["seconds"], 1)
    print(
        f"{label}: engine={engine} workers={workers} rows={result['rows']:,}"
        f" {result['names_per_second']:,.1f} names/s ({result['seconds']}s screening,"
        f" {result['names_per_cpu_second']} names per CPU-second,"
        f" {result['startup_seconds']}s start-up and index load)",
        file=sys.stderr,
        flush=True,
    )
    return result


def _median(runs: list[dict[str, float]]) -> float:
    return statistics.median(r["names_per_second"] for r in runs)


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print its JSON report."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=100_000, help="names for the full runs")
    parser.add_argument(
        "--small", type=int, default=10_000, help="names for the repeated runs (dask 1 vs 2 workers)"
    )
    parser.add_argument("--runs", type=int, default=3, help="repeated runs per configuration (median)")
    parser.add_argument("--full-runs", type=int, default=1, help="runs over all N names (local engines)")
    parser.add_argument("--workers", type=int, help="pool size of the default local engine (default: cores)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--no-dask", action="store_true")
    parser.add_argument("--out", type=Path)
    parser.add_argument("--home", type=Path, help="reuse this EMBARGO_HOME (lists loaded once, kept)")
    parser.add_argument("--measure-index", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--run", nargs=4, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.measure_index:
        print(json.dumps(measure_index()))
        return 0
    if args.run:
        src, out, engine, workers = args.run
        print(json.dumps(_run_here(Path(src), Path(out), engine, int(workers))))
        return 0

    from embargo.batch.local import default_workers

    pool = args.workers or default_workers()
    with tempfile.TemporaryDirectory(prefix="embargo-bench-") as tmp:
        home = str(args.home or tmp)
        os.environ["EMBARGO_HOME"] = home
        work = Path(tmp) / "work"
        work.mkdir()
        report: dict[str, object] = {
            "date": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
            "machine": {
                "cpus": os.cpu_count(),
                "usable_cores": default_workers(),
                "python": platform.python_version(),
                "platform": platform.platform(),
            },
            "lists": LISTS,
        }
        started = time.perf_counter()
        from embargo.store import Store

        current = Store.open().current_snapshots()
        if current:  # --home with the lists already loaded
            report["entities"] = {s.source: s.entity_count for s in current}
        else:
            report["entities"] = build_store()
            report["store_build_seconds"] = round(time.perf_counter() - started, 1)

        # Build and persist the index once (the first screening does), then measure loading it fresh.
        from embargo import screening

        started = time.perf_counter()
        screening.load_index(Store.open())
        report["index_build_seconds"] = round(time.perf_counter() - started, 1)
        proc = subprocess.run(
            [sys.executable, __file__, "--measure-index"], capture_output=True, text=True, check=True
        )
        report["index_memory"] = json.loads(proc.stdout.strip().splitlines()[-1])
        memory = report["index_memory"]
        print(
            f"index: {memory['index_mb']} MB resident for {memory['entities']:,} entities"
            f" ({memory['mb_per_100k_entities']} MB per 100,000 entities),"
            f" loaded in {memory['load_seconds']}s",
            file=sys.stderr,
        )

        full_src = work / f"names-{args.n}.csv"
        report["generator"] = generate_input(args.n, args.seed, full_src)
        small_src = work / f"first-{args.small}-of-{args.n}.csv"  # never the full file itself
        with full_src.open(encoding="utf-8") as fin, small_src.open("w", encoding="utf-8") as fout:
            for i, line in enumerate(fin):
                if i > args.small:
                    break
                fout.write(line)

        configs = [("local", 1), ("local", pool)]
        if not args.no_dask:
            configs += [("dask", 1), ("dask", 2)]
        results: dict[str, dict[str, object]] = {}
        for engine, workers in configs:
            key = f"{engine} x{workers}"
            if key in results:
                continue
            entry: dict[str, object] = {"engine": engine, "workers": workers}
            if engine == "local" and args.full_runs:
                runs = [
                    run_once(
                        full_src, work / "full.csv", engine=engine, workers=workers, label=f"{args.n:,} names"
                    )
                    for _ in range(args.full_runs)
                ]
                entry["full_runs"] = runs
                entry["full_median_names_per_second"] = _median(runs)
            runs = [
                run_once(
                    small_src,
                    work / "small.csv",
                    engine=engine,
                    workers=workers,
                    label=f"{args.small:,} names",
                )
                for _ in range(args.runs)
            ]
            entry["small_runs"] = runs
            entry["small_median_names_per_second"] = _median(runs)
            results[key] = entry
        report["runs"] = results

        summary: dict[str, object] = {}
        for key, entry in results.items():
            for size, field in (
                (args.n, "full_median_names_per_second"),
                (args.small, "small_median_names_per_second"),
            ):
                if field in entry:
                    summary[f"{key}, {size:,} names"] = entry[field]
        pooled = results.get(f"local x{pool}", {})
        rate = pooled.get("full_median_names_per_second") or pooled.get("small_median_names_per_second")
        if rate:
            summary[f"per core (local x{pool} / {pool})"] = round(float(rate) / pool, 1)
        if "dask x1" in results and "dask x2" in results:
            one = float(results["dask x1"]["small_median_names_per_second"])
            two = float(results["dask x2"]["small_median_names_per_second"])
            summary["dask x2 / dask x1"] = round(two / one, 2) if one else None
        report["summary"] = summary
        for key, value in summary.items():
            print(f"{key}: {value}", file=sys.stderr)

    text = json.dumps(report, indent=2)
    print(text)
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(text + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
