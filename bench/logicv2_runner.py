"""Score the name-matching benchmark cases with nomenklatura's logic-v2 matcher.

Runs inside the benchmark venv (``.venv-bench``, see bench/requirements-bench.txt),
because nomenklatura pins its own followthemoney/rigour versions. bench/name_bench.py
starts it as a subprocess and reads the JSON it prints::

    .venv-bench/bin/python bench/logicv2_runner.py CASES.csv --passes 5 > out.json

Output: ``{"matcher", "nomenklatura", "threshold", "scores": [...], "pass_seconds": [...],
"build_seconds", "pairs"}``, scores in the order of the CSV rows. Only ``compare`` is
timed; building the FtM entities is timed separately (``build_seconds``).
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
import time
from importlib.metadata import version
from pathlib import Path

#: logic-v2's own match threshold, as used by OpenSanctions' yente.
LOGIC_V2_THRESHOLD = 0.70


def main(argv: list[str] | None = None) -> int:
    """Score every case with LogicV2.compare and print the JSON result on stdout."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("cases", type=Path, help="cases.csv (case_group, schema, name1, name2, ...)")
    parser.add_argument("--passes", type=int, default=5, help="timed passes over all pairs")
    parser.add_argument("--warm-up", type=Path, help="CSV of pairs (schema, name1, name2) scored once first")
    args = parser.parse_args(argv)

    from followthemoney import model
    from nomenklatura.matching import LogicV2, ScoringConfig

    with args.cases.open(newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))

    def make(entity_id: str, schema: str, name: str):  # noqa: ANN202 - FtM entity type
        entity = model.make_entity(schema)
        entity.id = entity_id
        entity.add("name", name)
        return entity

    started = time.perf_counter()
    pairs = [
        (make(f"q{i}", row["schema"], row["name1"]), make(f"c{i}", row["schema"], row["name2"]))
        for i, row in enumerate(rows)
    ]
    build_seconds = time.perf_counter() - started

    config = ScoringConfig.defaults()
    # Pairs not in the benchmark load nomenklatura's one-time data first, so pass 1 measures
    # unseen names (as bench/name_bench.py does for Embargo, with the same pairs).
    warm_up = [("Person", "Warmup Probe Name", "Warmup Probe Nmae")]
    if args.warm_up is not None:
        with args.warm_up.open(newline="", encoding="utf-8") as fh:
            warm_up = [(row["schema"], row["name1"], row["name2"]) for row in csv.DictReader(fh)]
    for n, (schema, name1, name2) in enumerate(warm_up):
        LogicV2.compare(make(f"wq{n}", schema, name1), make(f"wc{n}", schema, name2), config)
    scores: list[float] = []
    pass_seconds: list[float] = []
    for number in range(max(1, args.passes)):
        started = time.perf_counter()
        current = [LogicV2.compare(query, candidate, config).score for query, candidate in pairs]
        pass_seconds.append(time.perf_counter() - started)
        if number == 0:
            scores = current
    json.dump(
        {
            "matcher": LogicV2.NAME,
            "nomenklatura": version("nomenklatura"),
            "followthemoney": version("followthemoney"),
            "threshold": LOGIC_V2_THRESHOLD,
            "pairs": len(pairs),
            "scores": scores,
            "pass_seconds": pass_seconds,
            "build_seconds": build_seconds,
        },
        sys.stdout,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
