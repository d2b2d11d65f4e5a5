"""Benchmark: reading each real list file and loading it into a fresh store.

Each run is a fresh subprocess (so imports, caches and peak RSS are per run): it reads
the list (``read_list`` plus materialising every entity), then loads those entities
into an empty store (one transaction). The table shows the median of the runs (wall
and CPU seconds: CPU time is the fairer figure on a busy machine) and the largest peak RSS.

    .venv/bin/python bench/load_lists.py [--runs 5] [--only ofac-sdn-2023] [--json]

The list files come from ``$EMBARGO_TEST_DATA/lists`` (default ``../shared/data/lists``).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DATA = Path(os.environ.get("EMBARGO_TEST_DATA", REPO.parent / "shared" / "data")) / "lists"

#: name -> path relative to the lists folder.
LISTS: dict[str, str] = {
    "ofac-sdn-2023": "ofac-sdn-2023",
    "ofac-sdn-2021": "ofac-sdn-2021",
    "ofac-non-sdn-2021": "ofac-non-sdn-2021",
    "un": "un/consolidated.xml",
    "us-csl": "us-csl/csl.csv",
    "bis-dpl": "bis-dpl/dpl.txt",
    "opensanctions-ftm": "opensanctions/sample.ftm.json",
    "opensanctions-senzing": "opensanctions/us_congress.senzing.json",
}


def child(path: Path) -> dict[str, object]:
    """One measured run: read, then load into a fresh store; returns timings and peak RSS."""
    import resource

    from embargo.sources import read_list
    from embargo.store import Store

    started, cpu = time.perf_counter(), time.process_time()
    parsed = read_list(path)
    entities = list(parsed.entities)
    read_s, read_cpu = time.perf_counter() - started, time.process_time() - cpu
    with tempfile.TemporaryDirectory() as tmp:
        store = Store.open(Path(tmp) / "bench.db")
        parsed.entities = entities
        started, cpu = time.perf_counter(), time.process_time()
        snapshot = store.load(parsed, origin=str(path))
        load_s, load_cpu = time.perf_counter() - started, time.process_time() - cpu
        store.db.close()
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux
    return {
        "entities": snapshot.entity_count,
        "read_s": read_s,
        "load_s": load_s,
        "read_cpu": read_cpu,
        "load_cpu": load_cpu,
        "peak_mb": peak_kb / 1024,
        "format": parsed.format,
    }


def measure(name: str, path: Path, runs: int) -> dict[str, object]:
    """Median timings over ``runs`` fresh subprocesses."""
    samples = []
    for _ in range(runs):
        done = subprocess.run(
            [sys.executable, __file__, "--child", str(path)], capture_output=True, text=True, check=False
        )
        if done.returncode != 0:
            last = (done.stderr.strip().splitlines() or ["failed"])[-1]
            return {"list": name, "error": last}
        samples.append(json.loads(done.stdout.strip().splitlines()[-1]))
    return {
        "list": name,
        "format": samples[0]["format"],
        "entities": samples[0]["entities"],
        "runs": runs,
        "read_s": statistics.median(s["read_s"] for s in samples),
        "load_s": statistics.median(s["load_s"] for s in samples),
        "total_s": statistics.median(s["read_s"] + s["load_s"] for s in samples),
        "read_cpu": statistics.median(s["read_cpu"] for s in samples),
        "load_cpu": statistics.median(s["load_cpu"] for s in samples),
        "peak_mb": max(s["peak_mb"] for s in samples),
    }


def main() -> None:
    """Run the benchmark and print the table."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--only", action="append", help="bench only these lists (repeatable)")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(args.child)))
        return
    if not DATA.is_dir():
        sys.exit(f"list files not found at {DATA} (set EMBARGO_TEST_DATA)")
    rows = []
    for name, rel in LISTS.items():
        if args.only and name not in args.only:
            continue
        path = DATA / rel
        if not path.exists():
            rows.append({"list": name, "error": "file not present"})
            continue
        rows.append(measure(name, path, args.runs))
        if not args.json:
            print(f"  done {name}", file=sys.stderr)
    if args.json:
        print(json.dumps(rows, indent=2))
        return
    print(
        f"{'list':<24}{'format':<14}{'entities':>9}{'read s':>9}{'load s':>9}{'total s':>9}"
        f"{'read cpu':>10}{'load cpu':>10}{'peak MB':>9}"
    )
    for row in rows:
        if "error" in row:
            print(f"{row['list']:<24}error: {row['error']}")
            continue
        print(
            f"{row['list']:<24}{row['format']:<14}{row['entities']:>9,}{row['read_s']:>9.2f}"
            f"{row['load_s']:>9.2f}{row['total_s']:>9.2f}{row['read_cpu']:>10.2f}{row['load_cpu']:>10.2f}"
            f"{row['peak_mb']:>9.0f}"
        )
    print(
        f"median of {args.runs} runs, each in a fresh process; s = wall seconds, cpu = process CPU seconds;"
        " peak MB is the largest peak RSS of the runs"
    )


if __name__ == "__main__":
    main()
