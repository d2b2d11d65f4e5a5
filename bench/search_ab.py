"""Engine speed of this tree against a git revision: CPU ms per search, paired, on the same queries.

Timings taken hours apart on a shared machine move with its load, so a change's cost is only
known from a paired run. This script exports ``--base`` (a git revision) with ``git archive``
into a temporary folder, builds (or reuses, ``--home``) one store with OFAC SDN 2023 + UN + CSL
+ DPL, and screens the same queries with both trees, each run in a fresh process and the two
trees alternating ``--runs`` times. Each tree builds and keeps its own index (the file name
includes the index format). Queries: half generated non-listed names from
bench/data/non-listed-names.tsv, half listed names with one letter dropped (as
bench/bound_effect.py); or, with ``--names FILE``, the names and schemas of a TSV (such as one
written by ``perturb.py generate``), ``--origin`` keeping the rows of some locales only, a third
of them (at most 300) screened first to warm up. It prints CPU ms per search for every run, the
medians and their ratio, and how many queries raised a match with each tree.

    .venv/bin/python bench/search_ab.py --base 174d589 --runs 3
    .venv/bin/python bench/search_ab.py --base 174d589 --names names.tsv --origin ar_AA,fa_IR --count 400
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
REPO = BENCH_DIR.parent
sys.path.insert(0, str(BENCH_DIR))

from bound_effect import prepare  # noqa: E402 - the bench folder is not a package


def _named_queries(path: Path, origins: str | None, count: int) -> list[tuple[str, str | None]]:
    """(name, schema) of the first ``count`` rows of a TSV with a header (name, schema[, origin]).

    ``origins``: keep only rows whose origin column contains one of these (comma-separated), such
    as "ar_AA,fa_IR" in a file written by ``perturb.py generate``.
    """
    wanted = [o for o in (origins or "").split(",") if o]
    queries = []
    for line in path.read_text(encoding="utf-8").splitlines()[1:]:
        name, schema, origin = ([*line.split("\t"), "", ""])[:3]
        if not wanted or any(o in origin for o in wanted):
            queries.append((name, schema or None))
    return queries[:count]


def measure(home: Path, count: int, seed: int, names: Path | None = None, origins: str | None = None) -> dict:
    """In this process (whichever tree is on its path): CPU ms per search and queries with a match.

    Queries: those of ``names`` (see _named_queries) when given, after a third of them (at most
    300) are screened once to warm up; else the default mix of the module docstring.
    """
    import random
    import time

    os.environ["EMBARGO_HOME"] = str(home)
    from embargo.errors import ValidationError
    from embargo.model import Query
    from embargo.screening import load_index, validate_query
    from embargo.store import Store

    index = load_index(Store.open())
    if names is not None:
        given = _named_queries(names, origins, count)
        warm_up, given = given[: min(300, len(given) // 3)], given[min(300, len(given) // 3) :]
    else:
        rng = random.Random(seed)
        rows = (BENCH_DIR / "data" / "non-listed-names.tsv").read_text(encoding="utf-8").splitlines()[1:]
        unlisted = [line.split("\t")[0] for line in rows[: count // 2]]
        listed = sorted({record.raw for record in index.names})
        listed = [listed[rng.randrange(len(listed))] for _ in range(count - len(unlisted))]
        listed = [n[:3] + n[4:] if len(n) > 6 else n for n in listed]
        warm_up, given = [("warm up probe", None)], [(name, None) for name in unlisted + listed]

    def valid(rows: list[tuple[str, str | None]]) -> list[Query]:
        queries = []
        for name, schema in rows:
            try:
                queries.append(validate_query(Query(name=name, schema=schema)))
            except ValidationError:
                continue
        return queries

    # Validated apart: a refused warm-up name must not move a timed query into the warm-up.
    for query in valid(warm_up):
        index.search(query, 10, 0.75)
    queries = valid(given)
    started = time.process_time()
    matched = sum(bool(index.search(q, 10, 0.75)) for q in queries)
    seconds = time.process_time() - started
    return {"queries": len(queries), "cpu_ms": seconds / len(queries) * 1000, "matched": matched}


def export(revision: str, folder: Path) -> Path:
    """The ``src`` folder of ``revision``, written under ``folder`` by ``git archive``."""
    archive = subprocess.run(
        ["git", "-C", str(REPO), "archive", revision, "src"], capture_output=True, check=True
    ).stdout
    subprocess.run(["tar", "-x", "-C", str(folder)], input=archive, check=True)
    return folder / "src"


def main(argv: list[str] | None = None) -> int:
    """Run the paired comparison and print its report."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", required=True, help="git revision to compare this tree with")
    parser.add_argument("--runs", type=int, default=3, help="runs per tree (median)")
    parser.add_argument("--count", type=int, default=3000, help="queries per run")
    parser.add_argument("--home", type=Path, help="reuse this EMBARGO_HOME (lists loaded once)")
    parser.add_argument("--names", type=Path, help="screen this TSV's names (header: name, schema[, origin])")
    parser.add_argument("--origin", help="with --names: only rows whose origin contains one of these (a,b)")
    parser.add_argument("--measure", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    home = args.home or Path(tempfile.mkdtemp(prefix="embargo-ab-"))
    if args.measure:
        print(json.dumps(measure(home, args.count, 5, args.names, args.origin)))
        return 0
    prepare(home)
    with tempfile.TemporaryDirectory(prefix="embargo-base-") as folder:
        trees = {"base": export(args.base, Path(folder)), "this": REPO / "src"}
        results: dict[str, list[dict]] = {name: [] for name in trees}
        for run in range(args.runs):
            for name, source in trees.items():
                command = [sys.executable, __file__, "--base", args.base, "--home", str(home)]
                command += ["--count", str(args.count), "--measure"]
                if args.names is not None:
                    command += ["--names", str(args.names.resolve()), "--origin", args.origin or ""]
                environment = {**os.environ, "PYTHONPATH": str(source)}
                out = subprocess.run(command, capture_output=True, text=True, check=True, env=environment)
                result = json.loads(out.stdout.strip().splitlines()[-1])
                results[name].append(result)
                print(
                    f"run {run + 1} {name}: {result['cpu_ms']:.2f} CPU ms per search, "
                    f"{result['matched']} of {result['queries']} queries with a match"
                )
    base = statistics.median(r["cpu_ms"] for r in results["base"])
    this = statistics.median(r["cpu_ms"] for r in results["this"])
    ratio = base / this
    print(f"median CPU ms per search: base ({args.base}) {base:.2f}, this tree {this:.2f}: {ratio:.2f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
