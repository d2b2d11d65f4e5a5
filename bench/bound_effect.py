"""What the score bound saves: search CPU time with pruning on and off, on names never seen before.

Builds (or reuses, ``--home``) a store with OFAC SDN 2023 + UN + CSL + DPL, then screens the same
queries (half generated non-listed names from bench/data/non-listed-names.tsv, half listed names
with one letter dropped) with ``MatchIndex.search(prune=True)`` and ``prune=False``, each run in a
fresh process so that no cache carries over, alternating the two modes ``--runs`` times. It prints
CPU ms per search for every run, the medians and their ratio, and checks that both modes return
the same matches.

    .venv/bin/python bench/bound_effect.py --runs 3
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
LISTS = ("ofac-sdn-2023", "un", "us-csl", "bis-dpl")


def _lists_dir() -> Path:
    data = Path(os.environ.get("EMBARGO_TEST_DATA", BENCH_DIR.parent.parent / "shared" / "data"))
    return data.resolve() / "lists"


def prepare(home: Path) -> None:
    """Load the four lists into the store under ``home`` unless they are there."""
    os.environ["EMBARGO_HOME"] = str(home)
    from embargo.screening import load_index
    from embargo.sources import read_list
    from embargo.store import Store

    store = Store.open()
    if len(store.current_snapshot_ids()) < len(LISTS):
        for name in LISTS:
            path = _lists_dir() / name
            store.load(read_list(path), origin=str(path))
    load_index(store)


def measure(home: Path, prune: bool, count: int, seed: int) -> dict:
    """In this process: CPU ms per search over ``count`` queries, and the matches found."""
    os.environ["EMBARGO_HOME"] = str(home)
    from embargo.errors import ValidationError
    from embargo.model import Query
    from embargo.screening import load_index, validate_query
    from embargo.store import Store

    index = load_index(Store.open())
    rng = random.Random(seed)
    rows = (BENCH_DIR / "data" / "non-listed-names.tsv").read_text(encoding="utf-8").splitlines()[1:]
    unlisted = [line.split("\t")[0] for line in rows[: count // 2]]
    listed = [index.names[rng.randrange(len(index.names))].raw for _ in range(count - len(unlisted))]
    listed = [n[:3] + n[4:] if len(n) > 6 else n for n in listed]
    queries = []
    for name in unlisted + listed:
        try:
            queries.append(validate_query(Query(name=name)))
        except ValidationError:
            continue
    index.search(Query(name="warm up probe"), 10, 0.75, prune=prune)
    started = time.process_time()
    found = [[m.entity_id for m in index.search(q, 10, 0.75, prune=prune)] for q in queries]
    seconds = time.process_time() - started
    return {"prune": prune, "queries": len(queries), "cpu_ms": seconds / len(queries) * 1000, "found": found}


def main(argv: list[str] | None = None) -> int:
    """Run the comparison and print its report."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="runs per mode (median)")
    parser.add_argument("--count", type=int, default=3000, help="queries per run")
    parser.add_argument("--home", type=Path, help="reuse this EMBARGO_HOME (lists loaded once)")
    parser.add_argument("--measure", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    home = args.home or Path(tempfile.mkdtemp(prefix="embargo-bound-"))
    if args.measure:
        print(json.dumps(measure(home, args.measure[0] == "1", args.count, int(args.measure[1]))))
        return 0
    prepare(home)
    results: dict[bool, list[dict]] = {True: [], False: []}
    for run in range(args.runs):
        for prune in (True, False):
            command = [sys.executable, __file__, "--home", str(home), "--count", str(args.count)]
            command += ["--measure", "1" if prune else "0", "5"]
            out = subprocess.run(command, capture_output=True, text=True, check=True).stdout
            result = json.loads(out.strip().splitlines()[-1])
            results[prune].append(result)
            mode = "pruned" if prune else "full  "
            print(
                f"run {run + 1} {mode}: {result['cpu_ms']:.2f} CPU ms per search, {result['queries']} queries"
            )
    pruned = statistics.median(r["cpu_ms"] for r in results[True])
    full = statistics.median(r["cpu_ms"] for r in results[False])
    same = all(r["found"] == results[False][0]["found"] for r in results[True] + results[False])
    print(f"median CPU ms per search: pruned {pruned:.2f}, full {full:.2f}: {full / pruned:.2f}x")
    print(f"same matches in every run: {same}")
    return 0 if same else 1


if __name__ == "__main__":
    raise SystemExit(main())
