"""Screening recall and false-alert benchmark on real lists.

Loads OFAC SDN (2023), the UN consolidated list, the US CSL sample and the BIS Denied
Persons List into a throw-away store (temporary EMBARGO_HOME), then screens:

- every UN individual and entity, and a seeded sample of OFAC SDN entries, each as
  listed ("exact") and perturbed the ways bench/perturb.py describes (typos, order,
  dropped middle names, transliteration variants, case/punctuation, legal forms) and,
  where the list gives one, by its original-script name, with one word of an organisation
  name in the other number where it has such a word, and each name it gives in Chinese
  characters also in the other character set (simplified / traditional, OpenCC);
- realistic names that are on none of the lists (bench/data/non-listed-names.tsv,
  made by ``bench/perturb.py generate``), minus any that equal a listed name or a variant of one
  that the queries above require to match it (its middle names dropped, its legal form written
  otherwise or left out; a name in Chinese characters whose pinyin is a listed name: see
  perturb.listed_variant_keys), and two that are listed companies written another way
  (LISTED_PARTIES_SPELT_OTHERWISE).

Reports recall@1 and recall@10 of the right entry per perturbation kind (with the
query's schema and without), the share of non-listed names that raise any alert at the
default threshold, samples of misses and false alerts, and screening latency::

    .venv/bin/python bench/screen_recall.py          # ~13,700 screenings: a few minutes
    .venv/bin/python bench/screen_recall.py --sample 500 --non-listed 1000   # a quick look
    .venv/bin/python bench/screen_recall.py --per-entry 0 --json bench/out/recall.json  # every kind

The false-alert names are fixed (tuning looks at them); to check that a rule holds on names it
was not tuned on, generate another set and screen it instead::

    .venv-bench/bin/python bench/perturb.py generate --n 6000 --seed 7 --out /tmp/non-listed-7.tsv
    .venv/bin/python bench/screen_recall.py --non-listed-file /tmp/non-listed-7.tsv --sample 200

A hit at rank k counts when the entry found is the target, or another listed entry
that carries exactly the same name (the same person on two lists, or two entries
sharing a name), or an entry that carries exactly the query's name (a perturbation
that turned one listed name into another): a name screen cannot tell those apart.
"""

from __future__ import annotations

import argparse
import csv
import functools
import importlib
import importlib.util
import json
import os
import random
import statistics
import sys
import tempfile
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

sys.path.insert(0, str(Path(__file__).resolve().parent))
from perturb import (  # noqa: E402
    EXTRA_PERTURBATIONS,
    PERTURBATIONS,
    exclusion_key,
    generated_name_keys,
    listed_variant_keys,
    perturb,
)

REPO_ROOT = Path(__file__).resolve().parent.parent
DATA_DIR = Path(os.environ.get("EMBARGO_TEST_DATA", REPO_ROOT.parent / "shared" / "data"))
NON_LISTED = Path(__file__).resolve().parent / "data" / "non-listed-names.tsv"

#: The lists loaded, relative to the shared data folder's lists/.
LISTS = ("ofac-sdn-2023", "un/consolidated.xml", "us-csl/csl.csv", "bis-dpl/dpl.txt")

console = Console(width=None if sys.stdout.isatty() else 160)


@dataclass(slots=True)
class QueryCase:
    """One screening query built from a listed entry (or a non-listed name)."""

    kind: str
    name: str
    schema: str | None
    target: str | None  # entity_id, None for non-listed names
    target_caption: str = ""
    source: str = ""
    accept: frozenset[str] = field(default_factory=frozenset)
    origin: str = ""
    lands_elsewhere: bool = False  # the perturbed name is exactly another entry's listed name


@dataclass(slots=True)
class Outcome:
    """What one screening returned, reduced to what the report needs."""

    case: QueryCase
    rank: int | None  # 1-based rank of the first acceptable hit, None = missed
    top: list[tuple[str, str, float]]  # (entity_id, name, score) of the matches, best first
    seconds: float
    error: str | None = None  # the engine's ValidationError message for a refused query


def read_lists(lists_dir: Path) -> list[tuple[Any, Any]]:
    """Each benchmark list read from its file, with a ListVersion for an in-memory index (no store)."""
    from embargo.model import ListVersion
    from embargo.sources import read_list

    read = []
    for number, rel in enumerate(LISTS):
        parsed = read_list(lists_dir / rel)
        read.append(
            (parsed, ListVersion(source=parsed.source, version=parsed.version or rel, snapshot_id=number))
        )
    return read


def load_lists(store: Any, lists_dir: Path) -> dict[str, Any]:
    """Load the benchmark lists into the store; a list whose reader fails is reported and skipped."""
    from embargo.sources import read_list

    loaded: dict[str, Any] = {}
    for rel in LISTS:
        path = lists_dir / rel
        try:
            started = time.perf_counter()
            snapshot = store.load(read_list(path), origin=str(path))
            loaded[rel] = {
                "source": snapshot.source,
                "entities": snapshot.entity_count,
                "seconds": round(time.perf_counter() - started, 2),
            }
        except Exception as exc:  # noqa: BLE001 - a missing reader must not stop the benchmark
            console.print(f"[yellow]skipped {rel}: {type(exc).__name__}: {exc}[/]")
    return loaded


@functools.lru_cache(maxsize=1)
def _character_set_converters() -> tuple[Any, Any]:
    import opencc

    return opencc.OpenCC("t2s"), opencc.OpenCC("s2t")


def _other_character_set(name: str) -> str | None:
    """A name in Chinese characters written in the other set (OpenCC), or None when nothing changes."""
    from embargo.names.chinese import has_han

    if not has_han(name):
        return None
    for converter in _character_set_converters():
        other = converter.convert(name)
        if other != name:
            return other
    return None


def build_queries(entities: list[Any], sample: int, seed: int, per_entry: int = 0) -> list[QueryCase]:
    """Every UN entry and a seeded sample of OFAC entries, exact and perturbed.

    Each entry gets ``per_entry`` variants drawn from its applicable kinds ("exact"
    included; 0 = all of them), plus its original-script name where listed.
    """
    by_key: dict[str, set[str]] = defaultdict(set)
    for entity in entities:
        for name in entity.names:
            if not name.is_weak:
                by_key[exclusion_key(name.full)].add(entity.entity_id)

    def same_name(entity: Any) -> frozenset[str]:
        """The target and every entry that carries one of its (non-weak) names exactly."""
        ids = {entity.entity_id}
        for name in entity.names:
            if not name.is_weak:
                ids |= by_key.get(exclusion_key(name.full), set())
        return frozenset(ids)

    un = sorted((e for e in entities if e.source.startswith("un")), key=lambda e: e.entity_id)
    ofac = sorted((e for e in entities if e.source.startswith("ofac")), key=lambda e: e.entity_id)
    rng = random.Random(seed)
    targets = un + rng.sample(ofac, min(sample, len(ofac)))

    cases: list[QueryCase] = []
    for entity in targets:
        accept = same_name(entity)
        base = entity.caption
        variants = [("exact", base)]
        for kind in PERTURBATIONS:
            out = perturb(base, kind, random.Random(f"{seed}:{entity.entity_id}:{kind}"), entity.schema)
            if out is not None:
                variants.append((kind, out))
        if per_entry and len(variants) > per_entry:
            variants = random.Random(f"{seed}:{entity.entity_id}").sample(variants, per_entry)
        for kind in EXTRA_PERTURBATIONS:
            out = perturb(base, kind, random.Random(f"{seed}:{entity.entity_id}:{kind}"), entity.schema)
            if out is not None:
                variants.append((kind, out))
        # Original-script names are rare and matter: always screened where the list gives one.
        originals = [n for n in entity.names if n.kind == "original_script" or (n.script or "Latn") != "Latn"]
        if originals:
            variants.append(("original_script", originals[0].full))
        # A Chinese name is as often written in the other character set (simplified in the PRC,
        # traditional in Hong Kong and Taiwan): each listed one is screened in the other too.
        for name in entity.names:
            other = _other_character_set(name.full)
            if other is not None:
                variants.append(("other_charset", other))
        # A perturbation that lands exactly on another entry's listed name ("KIM CHOL HO" less
        # its middle name is "KIM, Chol"; "EP-IBL" one slip away is "EP-IEL") makes that entry
        # as right an answer as the target: a name screen cannot tell them apart.
        for kind, name in variants:
            elsewhere = by_key.get(exclusion_key(name), set()) - accept
            cases.append(
                QueryCase(
                    kind,
                    name,
                    entity.schema,
                    entity.entity_id,
                    entity.caption,
                    entity.source,
                    accept=accept | elsewhere,
                    lands_elsewhere=bool(elsewhere),
                )
            )
    return cases


#: Generated names that a reviewer found to be a listed party written another way (not equal to any
#: listed name, so not dropped by the check below): a hit on them is no false alert.
LISTED_PARTIES_SPELT_OTHERWISE = {
    # Faker's ru_RU company words made the sanctioned Bank Rossiya, listed by OFAC SDN as
    # "OTKRYTOE AKTSIONERNOE OBSHCHESTVO AKTSIONERNY BANK ROSSIYA" ...
    "Aktsionernyy bank Rossiya",
    # ... and "Трансойл", the name of the sanctioned "OOO TRANSOIL" (ofac-sdn-16807, ООО «Трансойл»).
    "Transoyl",
}


def read_non_listed(
    path: Path, listed_keys: set[str], n: int, seed: int
) -> tuple[list[QueryCase], list[str]]:
    """The generated non-listed names, minus any that is listed; and those dropped.

    Dropped: names equal to a listed name or to a variant the recall set requires to match one
    (``listed_keys``: see perturb.listed_variant_keys and perturb.generated_name_keys), and
    LISTED_PARTIES_SPELT_OTHERWISE.
    """
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    random.Random(seed).shuffle(rows)
    kept: list[QueryCase] = []
    dropped: list[str] = []
    for row in rows:
        keys = generated_name_keys(row["name"], row["schema"])
        if not keys.isdisjoint(listed_keys) or row["name"] in LISTED_PARTIES_SPELT_OTHERWISE:
            dropped.append(row["name"])
            continue
        kept.append(QueryCase("non_listed", row["name"], row["schema"], None, origin=row["origin"]))
        if len(kept) >= n:
            break
    return kept, dropped


def load_screen(spec: str) -> Any:
    """Import the screening function from ``module:function`` or ``path/to/file.py:function``."""
    target, _, func_name = spec.partition(":")
    if target.endswith(".py"):
        module_spec = importlib.util.spec_from_file_location("bench_screen", target)
        if module_spec is None or module_spec.loader is None:
            raise SystemExit(f"cannot load {target}")
        module = importlib.util.module_from_spec(module_spec)
        module_spec.loader.exec_module(module)
    else:
        module = importlib.import_module(target)
    return getattr(module, func_name or "screen_query")


def screen_all(
    screen_query: Any,
    cases: list[QueryCase],
    store: Any,
    threshold: float | None,
    label: str,
    no_schema: bool,
) -> list[Outcome]:
    """Screen every case (without its schema when ``no_schema``), with a progress bar."""
    from embargo.errors import EmbargoError
    from embargo.model import Query

    outcomes: list[Outcome] = []
    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, console=console, transient=True) as progress:
        task = progress.add_task(label, total=len(cases))
        for case in cases:
            query = Query(name=case.name, schema=None if no_schema else case.schema)
            started = time.perf_counter()
            try:
                result = screen_query(query, limit=10, threshold=threshold, store=store)
            except EmbargoError as exc:  # a query the engine refuses counts as a miss, with its reason
                outcomes.append(Outcome(case, None, [], time.perf_counter() - started, error=str(exc)))
                progress.advance(task)
                continue
            except Exception as exc:  # noqa: BLE001 - an engine crash is a finding: count it, go on
                error = f"CRASH {type(exc).__name__}: {exc}"
                outcomes.append(Outcome(case, None, [], time.perf_counter() - started, error=error))
                progress.advance(task)
                continue
            seconds = time.perf_counter() - started
            rank = None
            for i, match in enumerate(result.matches, start=1):
                if match.entity_id in case.accept:
                    rank = i
                    break
            top = [(m.entity_id, m.name, m.score) for m in result.matches]
            outcomes.append(Outcome(case, rank, top, seconds))
            progress.advance(task)
    return outcomes


def recall_table(outcomes: list[Outcome]) -> dict[str, dict[str, float | int]]:
    """recall@1 and recall@10 per perturbation kind, per source and overall."""
    groups: dict[str, list[Outcome]] = defaultdict(list)
    for o in outcomes:
        groups[o.case.kind].append(o)
        groups[f"source {o.case.source}"].append(o)
        groups[f"schema {o.case.schema}"].append(o)
        groups["ALL"].append(o)
    return {
        key: {
            "n": len(items),
            "recall@1": sum(1 for o in items if o.rank == 1) / len(items),
            "recall@10": sum(1 for o in items if o.rank is not None) / len(items),
        }
        for key, items in groups.items()
    }


def latency(outcomes: list[Outcome]) -> dict[str, float]:
    """Median and p95 screening time in milliseconds."""
    times = sorted(o.seconds * 1000 for o in outcomes)
    if not times:
        return {}
    return {
        "n": len(times),
        "median_ms": statistics.median(times),
        "p95_ms": times[min(len(times) - 1, int(0.95 * len(times)))],
        "max_ms": times[-1],
    }


def _order(keys: list[str]) -> list[str]:
    kinds = ["exact", *PERTURBATIONS, *EXTRA_PERTURBATIONS, "original_script", "other_charset"]
    first = [k for k in kinds if k in keys]
    rest = sorted(k for k in keys if k not in kinds and k != "ALL")
    return [*first, *rest, "ALL"]


def print_recall(with_schema: dict, without_schema: dict) -> None:
    """The recall table: per kind, with and without the query's schema."""
    table = Table(title="Recall of the listed entry (at the default threshold)")
    for col in ("kind", "n", "recall@1", "recall@10", "n (no schema)", "recall@1", "recall@10"):
        table.add_column(col, justify="right" if col != "kind" else "left")
    for key in _order(list(with_schema)):
        a = with_schema[key]
        b = without_schema.get(key)
        table.add_row(
            key,
            str(a["n"]),
            f"{a['recall@1']:.1%}",
            f"{a['recall@10']:.1%}",
            str(b["n"]) if b else "",
            f"{b['recall@1']:.1%}" if b else "",
            f"{b['recall@10']:.1%}" if b else "",
        )
    console.print(table)


def main(argv: list[str] | None = None) -> int:
    """Build the store, screen the queries and print the report."""
    parser = argparse.ArgumentParser(description="Screening recall and false alerts on real lists")
    parser.add_argument(
        "--sample", type=int, default=2000, help="OFAC entries sampled (all UN entries are used)"
    )
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument(
        "--per-entry",
        type=int,
        default=2,
        help="variants screened per listed entry (0 = every applicable kind)",
    )
    parser.add_argument("--non-listed", type=int, default=5000, help="non-listed names screened")
    parser.add_argument(
        "--non-listed-file",
        type=Path,
        default=NON_LISTED,
        help="TSV of non-listed names (name, schema, origin), e.g. another seed of perturb.py generate",
    )
    parser.add_argument(
        "--no-schema-share", type=float, default=0.2, help="share of queries also run without schema"
    )
    parser.add_argument(
        "--threshold", type=float, default=None, help="screening threshold (default: engine's)"
    )
    parser.add_argument("--lists-dir", type=Path, default=DATA_DIR / "lists")
    parser.add_argument("--samples-shown", type=int, default=15, help="misses and false alerts listed")
    parser.add_argument("--json", type=Path, default=None, help="write all numbers to this JSON file")
    parser.add_argument(
        "--screen", default="embargo.screening:screen_query", help="module:function to benchmark"
    )
    args = parser.parse_args(argv)

    run_started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="embargo-bench-") as home:
        os.environ["EMBARGO_HOME"] = home
        from embargo.store import Store

        store = Store.open(Path(home) / "embargo.db")
        with console.status("loading lists into a temporary store"):
            started = time.perf_counter()
            loaded = load_lists(store, args.lists_dir)
            entities = list(store.iter_entities())
            load_seconds = time.perf_counter() - started
        console.print(f"loaded {len(entities)} entities in {load_seconds:.1f}s: {json.dumps(loaded)}")
        if not entities:
            raise SystemExit("no list could be loaded")

        cases = build_queries(entities, args.sample, args.seed, args.per_entry)
        listed_keys: set[str] = set()
        for entity in entities:
            for name in entity.names:
                # The recall queries perturb strong names only: a weak alias counts as written.
                listed_keys |= (
                    {exclusion_key(name.full)}
                    if name.is_weak
                    else listed_variant_keys(name.full, entity.schema)
                )
        non_listed, dropped = read_non_listed(args.non_listed_file, listed_keys, args.non_listed, args.seed)
        # Each query's draw is its own (seeded by the query), so that adding queries of a new kind
        # leaves the sample of the others as it was.
        no_schema_cases = [
            c
            for c in cases
            if random.Random(f"{args.seed}:{c.target}:{c.kind}:{c.name}").random() < args.no_schema_share
        ]
        non_listed_rng = random.Random(f"{args.seed}:non-listed without schema")
        console.print(
            f"{len(cases)} queries from {len({c.target for c in cases})} listed entries "
            f"({dict(Counter(c.kind for c in cases))}); {len(no_schema_cases)} also without schema; "
            f"{len(non_listed)} non-listed names ({len(dropped)} generated names dropped as listed)"
        )
        landed = sum(1 for c in cases if c.lands_elsewhere)
        console.print(f"{landed} perturbed queries read exactly as another entry's listed name")

        from embargo.model import Query

        screen_query = load_screen(args.screen)
        started = time.perf_counter()
        warm = screen_query(Query(name="warm up the index"), limit=10, threshold=args.threshold, store=store)
        first_seconds = time.perf_counter() - started
        threshold = warm.threshold

        listed = screen_all(
            screen_query, cases, store, args.threshold, "listed names (with schema)", no_schema=False
        )
        listed_ns = screen_all(
            screen_query, no_schema_cases, store, args.threshold, "listed names (no schema)", no_schema=True
        )
        clean = screen_all(
            screen_query, non_listed, store, args.threshold, "non-listed names", no_schema=False
        )
        clean_ns = screen_all(
            screen_query,
            # Drawn with a generator of its own: the sample must not change when queries are added.
            [c for c in non_listed if non_listed_rng.random() < args.no_schema_share],
            store,
            args.threshold,
            "non-listed names (no schema)",
            no_schema=True,
        )

    with_schema = recall_table(listed)
    without_schema = recall_table(listed_ns)
    print_recall(with_schema, without_schema)

    def alert_rate(items: list[Outcome]) -> dict[str, Any]:
        by_group: dict[str, list[Outcome]] = defaultdict(list)
        for o in items:
            by_group[f"{o.case.schema} {o.case.origin.split('/')[-1]}"].append(o)
        return {
            "n": len(items),
            "alerts": sum(1 for o in items if o.top),
            "rate": sum(1 for o in items if o.top) / len(items) if items else 0.0,
            "by_group": {
                k: {"n": len(v), "rate": sum(1 for o in v if o.top) / len(v)}
                for k, v in sorted(by_group.items())
            },
        }

    false_alerts = {"with_schema": alert_rate(clean), "no_schema": alert_rate(clean_ns)}
    fa = false_alerts["with_schema"]
    console.print(
        f"False alerts at threshold {threshold}: {fa['alerts']} of {fa['n']} non-listed names "
        f"({fa['rate']:.2%}) raise a match with schema; without schema "
        f"{false_alerts['no_schema']['alerts']} of {false_alerts['no_schema']['n']} "
        f"({false_alerts['no_schema']['rate']:.2%})"
    )
    groups = Table(title="False-alert rate by schema and name style (with schema)")
    for col in ("group", "n", "rate"):
        groups.add_column(col)
    for key, value in fa["by_group"].items():
        groups.add_row(key, str(value["n"]), f"{value['rate']:.2%}")
    console.print(groups)

    refused = [o for o in listed + listed_ns + clean + clean_ns if o.error]
    crashed = [o for o in refused if o.error and o.error.startswith("CRASH")]
    if crashed:
        console.print(f"[bold red]{len(crashed)} queries crashed the engine[/] (counted as misses), e.g.:")
        for o in crashed[:5]:
            console.print(f"  {o.case.kind} {o.case.name!r} ({o.case.schema}) -> {o.error}")
    if refused:
        reasons = Counter(o.error for o in refused).most_common(5)
        console.print(f"[yellow]{len(refused)} queries refused or failed[/]; most common: {reasons}")
        for o in refused[: args.samples_shown]:
            console.print(f"  refused: {o.case.kind} {o.case.name!r} -> {o.error}")
    lat = latency([o for o in listed + listed_ns + clean + clean_ns if not o.error])
    console.print(
        f"Latency over {lat['n']} screenings (index loaded): median {lat['median_ms']:.2f} ms, "
        f"p95 {lat['p95_ms']:.2f} ms, max {lat['max_ms']:.2f} ms; first screening (builds/loads the index) "
        f"{first_seconds * 1000:.0f} ms"
    )

    rng = random.Random(args.seed)
    alerts = [o for o in clean if o.top]
    misses = [o for o in listed if o.rank is None]
    shown_alerts = rng.sample(alerts, min(args.samples_shown, len(alerts)))
    shown_misses = rng.sample(misses, min(args.samples_shown, len(misses)))
    table = Table(title=f"Sample of false alerts ({len(alerts)} in all)")
    for col in ("query", "schema", "origin", "top match", "score"):
        table.add_column(col)
    for o in shown_alerts:
        table.add_row(o.case.name, str(o.case.schema), o.case.origin, o.top[0][1], f"{o.top[0][2]:.3f}")
    console.print(table)
    table = Table(title=f"Sample of misses (not in top 10, with schema; {len(misses)} in all)")
    for col in ("kind", "query", "schema", "listed as", "top match (score)"):
        table.add_column(col)
    for o in shown_misses:
        top = f"{o.top[0][1]} ({o.top[0][2]:.3f})" if o.top else "-"
        table.add_row(o.case.kind, o.case.name, str(o.case.schema), o.case.target_caption, top)
    console.print(table)

    below = [o for o in listed if o.rank is not None and o.rank > 1]
    table = Table(title=f"Sample found but not first (with schema; {len(below)} in all)")
    for col in ("kind", "query", "rank", "ranked first (score)", "target's score"):
        table.add_column(col)
    for o in rng.sample(below, min(args.samples_shown, len(below))):
        target_score = next((f"{sc:.3f}" for eid, _, sc in o.top if eid in o.case.accept), "")
        table.add_row(
            o.case.kind, o.case.name, str(o.rank), f"{o.top[0][1]} ({o.top[0][2]:.3f})", target_score
        )
    console.print(table)
    console.print(f"total run time {time.perf_counter() - run_started:.0f}s")

    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        payload = {
            "threshold": threshold,
            "seed": args.seed,
            "sample": args.sample,
            "lists": loaded,
            "entities": len(entities),
            "load_seconds": load_seconds,
            "queries_landing_on_another_entry": landed,
            "recall_with_schema": with_schema,
            "recall_no_schema": without_schema,
            "false_alerts": false_alerts,
            "non_listed_dropped_as_listed": dropped,
            "latency_ms": lat,
            "first_screen_ms": first_seconds * 1000,
            "refused": [{"kind": o.case.kind, "query": o.case.name, "error": o.error} for o in refused],
            "misses": [
                {
                    "kind": o.case.kind,
                    "query": o.case.name,
                    "schema": o.case.schema,
                    "listed": o.case.target_caption,
                    "top": o.top,
                }
                for o in misses
            ],
            "found_below_rank_1": [
                {
                    "kind": o.case.kind,
                    "query": o.case.name,
                    "listed": o.case.target_caption,
                    "rank": o.rank,
                    "top": o.top,
                }
                for o in listed
                if o.rank is not None and o.rank > 1
            ],
            "false_alert_samples": [
                {"query": o.case.name, "schema": o.case.schema, "origin": o.case.origin, "top": o.top}
                for o in alerts
            ],
            "false_alerts_without_schema": [
                {"query": o.case.name, "schema": o.case.schema, "origin": o.case.origin, "top": o.top}
                for o in clean_ns
                if o.top
            ],
        }
        args.json.write_text(json.dumps(payload, indent=2, ensure_ascii=False), encoding="utf-8")
        console.print(f"wrote {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
