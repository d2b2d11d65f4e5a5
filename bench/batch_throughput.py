"""Batch screening throughput and index memory against OFAC SDN 2023 + UN + CSL + DPL.

Builds a store of the four lists in a temporary EMBARGO_HOME, generates N seeded names
(bench/gen_names.py: Faker through the benchmark venv when it is there, else name pools),
and measures:

- the index's resident memory: process RSS before and after ``load_index`` in a fresh
  process, in MB and MB per 100,000 entities;
- names/s of the local engine (one process, one core) over all N names once, and the
  median of ``--runs`` runs over ``--small`` names;
- names/s of the dask engine with 1 and with 2 local worker processes over ``--small``
  names, and their ratio.

Every measured run is a fresh process (the engine caches name analyses, so repeating a run in
one process would flatter it). Timings start after the index and the name data are loaded (the
executor's ``start``) and include reading, writing, checkpointing and the audit trail. Chunks
of 250 rows. Prints a JSON report; ``--out`` also writes it.

    .venv/bin/python bench/batch_throughput.py --n 100000 --small 20000
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


def _run_here(src: Path, out: Path, workers: int, chunk_size: int) -> dict[str, float]:
    """One batch run in this process (local engine when ``workers`` is 0, else a dask LocalCluster)."""
    from embargo.batch import BatchOptions, run_batch
    from embargo.batch.distributed import DaskExecutor

    executor = DaskExecutor(workers=workers) if workers else None
    options = BatchOptions(input=src, output=out, restart=True, actor="bench", chunk_size=chunk_size)
    summary = run_batch(options, executor=executor)
    return {
        "rows": summary.rows,
        "matched": summary.matched,
        "rejected": summary.rejected,
        "engine_errors": summary.engine_errors,
        "seconds": round(summary.seconds, 2),
        "names_per_second": round(summary.names_per_second, 1),
        "client_cpu_seconds": round(time.process_time(), 1),
    }


def run_once(src: Path, out: Path, *, workers: int = 0, chunk_size: int = 250) -> dict[str, float]:
    """One batch run in a fresh process, so no cache of an earlier run flatters it."""
    proc = subprocess.run(
        [sys.executable, __file__, "--run", str(src), str(out), str(workers), str(chunk_size)],
        capture_output=True,
        text=True,
    )
    if proc.returncode != 0:
        raise SystemExit(f"batch run failed:\n{proc.stderr[-3000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print its JSON report."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=100_000, help="names for the single full run")
    parser.add_argument("--small", type=int, default=20_000, help="names for repeated and dask runs")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--no-dask", action="store_true")
    parser.add_argument("--no-full", action="store_true", help="skip the single run over all N names")
    parser.add_argument("--out", type=Path)
    parser.add_argument("--home", type=Path, help="reuse this EMBARGO_HOME (lists loaded once, kept)")
    parser.add_argument("--measure-index", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--run", nargs=4, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.measure_index:
        print(json.dumps(measure_index()))
        return 0
    if args.run:
        src, out, workers, chunk = args.run
        print(json.dumps(_run_here(Path(src), Path(out), int(workers), int(chunk))))
        return 0

    with tempfile.TemporaryDirectory(prefix="embargo-bench-") as tmp:
        home = str(args.home or tmp)
        os.environ["EMBARGO_HOME"] = home
        work = Path(tmp) / "work"
        work.mkdir()
        report: dict[str, object] = {
            "machine": {
                "cpus": os.cpu_count(),
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

        full_src = work / f"names-{args.n}.csv"
        report["generator"] = generate_input(args.n, args.seed, full_src)
        small_src = work / f"names-{args.small}.csv"
        with full_src.open(encoding="utf-8") as fin, small_src.open("w", encoding="utf-8") as fout:
            for i, line in enumerate(fin):
                if i > args.small:
                    break
                fout.write(line)

        if not args.no_full:
            report["local_full"] = run_once(full_src, work / "full.csv")
            print(f"local, {args.n} names: {report['local_full']}", file=sys.stderr)
        runs = [run_once(small_src, work / "small.csv") for _ in range(args.runs)]
        report["local_small_runs"] = runs
        report["local_small_median_names_per_second"] = statistics.median(r["names_per_second"] for r in runs)
        print(
            f"local, {args.small} names x{args.runs}: {report['local_small_median_names_per_second']}",
            file=sys.stderr,
        )

        if not args.no_dask:
            dask_results = {}
            for workers in (1, 2):
                result = run_once(small_src, work / f"dask{workers}.csv", workers=workers)
                dask_results[str(workers)] = result
                print(f"dask x{workers}, {args.small} names: {result}", file=sys.stderr)
            report["dask"] = dask_results
            one = dask_results["1"]["names_per_second"]
            two = dask_results["2"]["names_per_second"]
            report["dask_ratio_2_over_1"] = round(two / one, 2) if one else None

    text = json.dumps(report, indent=2)
    print(text)
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(text + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
