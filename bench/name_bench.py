"""Name-matching benchmark: Embargo's score_pair against nomenklatura's logic-v2.

Scores the 826 labelled name pairs of the OpenSanctions name benchmark
(``shared/data/bench/name_bench/cases.csv``) with Embargo's
``embargo.match.score_pair`` at its ``DEFAULT_THRESHOLD`` and, in the same run,
with nomenklatura's logic-v2 at 0.70 (in the separate ``.venv-bench`` through
bench/logicv2_runner.py). Prints precision/recall/F1 overall, per quality tier
and per case group side by side, microseconds per pair (median of several
passes), a threshold sweep and Embargo's STRONG-tier failures::

    .venv/bin/python bench/name_bench.py                 # both matchers
    .venv/bin/python bench/name_bench.py --embargo-only  # no nomenklatura needed
    .venv/bin/python bench/name_bench.py --failures --json bench/out/names.json
"""

from __future__ import annotations

import argparse
import csv
import importlib
import importlib.util
import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from rich.console import Console
from rich.table import Table

REPO_ROOT = Path(__file__).resolve().parent.parent
DATA_DIR = Path(os.environ.get("EMBARGO_TEST_DATA", REPO_ROOT.parent / "shared" / "data"))
BENCH_DIR = DATA_DIR / "bench" / "name_bench"
DEFAULT_BENCH_PYTHON = REPO_ROOT / ".venv-bench" / "bin" / "python"
SWEEP = [round(0.50 + 0.05 * i, 2) for i in range(10)]
QUALITIES = ("STRONG", "MEDIUM", "WEAK")
#: Pairs not in the benchmark, in its scripts and schemas: both matchers score them once first.
WARM_UP = Path(__file__).resolve().parent / "data" / "warmup_pairs.csv"

Scorer = Callable[[str, str, str | None], float]

#: Wide enough for the side-by-side tables when the output goes to a file or pipe.
console = Console(width=None if sys.stdout.isatty() else 160)


@dataclass(slots=True)
class Case:
    """One labelled pair of the benchmark."""

    case_group: str
    schema: str
    name1: str
    name2: str
    is_match: bool
    quality: str
    category: str
    notes: str

    @property
    def key(self) -> tuple[str, str, str, str]:
        """The identity used to join with the stored reference results."""
        return (self.case_group, self.schema, self.name1, self.name2)


def read_cases(path: Path) -> list[Case]:
    """Read cases.csv into :class:`Case` rows."""
    with path.open(newline="", encoding="utf-8") as fh:
        return [
            Case(
                case_group=row["case_group"],
                schema=row["schema"],
                name1=row["name1"],
                name2=row["name2"],
                is_match=row["is_match"].strip().lower() == "true",
                quality=row["quality"].strip().upper(),
                category=row.get("category") or "",
                notes=row.get("notes") or "",
            )
            for row in csv.DictReader(fh)
        ]


def load_scorer(spec: str) -> tuple[Scorer, float | None]:
    """Import ``module:function`` or ``path/to/file.py:function``; also its module's DEFAULT_THRESHOLD."""
    target, _, func_name = spec.partition(":")
    func_name = func_name or "score_pair"
    if target.endswith(".py"):
        module_spec = importlib.util.spec_from_file_location("bench_scorer", target)
        if module_spec is None or module_spec.loader is None:
            raise SystemExit(f"cannot load scorer file {target}")
        module = importlib.util.module_from_spec(module_spec)
        module_spec.loader.exec_module(module)
    else:
        module = importlib.import_module(target)
    return getattr(module, func_name), getattr(module, "DEFAULT_THRESHOLD", None)


def metrics(truth: Iterable[bool], predicted: Iterable[bool]) -> dict[str, float | int]:
    """Counts, precision, recall, F1 and accuracy of predictions against the labels."""
    tp = fp = fn = tn = 0
    for expected, got in zip(truth, predicted, strict=True):
        if got and expected:
            tp += 1
        elif got:
            fp += 1
        elif expected:
            fn += 1
        else:
            tn += 1
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    total = tp + fp + fn + tn
    return {
        "n": total,
        "tp": tp,
        "fp": fp,
        "fn": fn,
        "tn": tn,
        "precision": precision,
        "recall": recall,
        "f1": f1,
        "accuracy": (tp + tn) / total if total else 0.0,
    }


def time_passes(scorer: Scorer, cases: list[Case], passes: int) -> tuple[list[float], list[float]]:
    """Score all cases ``passes`` times; the first pass's scores and each pass's seconds."""
    scores: list[float] = []
    seconds: list[float] = []
    # Scoring pairs not in the benchmark first loads each library's one-time data (transliteration
    # and legal-form tables, pinyin dictionaries), so pass 1 measures names the matcher has never
    # seen rather than process start-up, and later passes show the effect of its caches.
    with WARM_UP.open(newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            scorer(row["name1"], row["name2"], row["schema"])
    for number in range(max(1, passes)):
        started = time.perf_counter()
        current = [float(scorer(c.name1, c.name2, c.schema)) for c in cases]
        seconds.append(time.perf_counter() - started)
        if number == 0:
            scores = current
    return scores, seconds


def run_logic_v2(cases_path: Path, python: Path, passes: int) -> dict:
    """Run bench/logicv2_runner.py in the benchmark venv and return its JSON."""
    if not python.exists():
        raise SystemExit(
            f"benchmark venv not found at {python}; create it with\n"
            "  python3 -m venv .venv-bench && .venv-bench/bin/pip install -r bench/requirements-bench.txt\n"
            "or pass --embargo-only"
        )
    runner = Path(__file__).resolve().parent / "logicv2_runner.py"
    proc = subprocess.run(
        [str(python), str(runner), str(cases_path), "--passes", str(passes), "--warm-up", str(WARM_UP)],
        capture_output=True,
        text=True,
        check=False,
    )
    if proc.returncode != 0:
        raise SystemExit(f"logic-v2 runner failed:\n{proc.stderr[-2000:]}")
    return json.loads(proc.stdout)


def reference_agreement(cases: list[Case], scores: list[float], threshold: float, path: Path) -> dict:
    """How far our logic-v2 run agrees with the project's stored per-case logic-v2 results."""
    if not path.exists():
        return {"available": False}
    with path.open(newline="", encoding="utf-8") as fh:
        reference = {(r["case_group"], r["schema"], r["name1"], r["name2"]): r for r in csv.DictReader(fh)}
    same_decision = close_score = joined = 0
    differing: list[dict] = []
    for case, score in zip(cases, scores, strict=True):
        ref = reference.get(case.key)
        if ref is None:
            continue
        joined += 1
        ref_score = float(ref["score"])
        ours = score >= threshold
        if ours == (ref["predicted_match"].strip().lower() == "true"):
            same_decision += 1
        else:
            differing.append(
                {"name1": case.name1, "name2": case.name2, "ours": score, "reference": ref_score}
            )
        if abs(ref_score - score) <= 0.005:
            close_score += 1
    return {
        "available": True,
        "reference_rows": len(reference),
        "joined": joined,
        "same_decision": same_decision,
        "decision_agreement": same_decision / joined if joined else 0.0,
        "score_within_0.005": close_score / joined if joined else 0.0,
        "differing": differing,
    }


def evaluate(cases: list[Case], scores: list[float], threshold: float) -> dict:
    """Overall, per quality tier and per case group metrics, plus the sweep."""
    predicted = [s >= threshold for s in scores]
    truth = [c.is_match for c in cases]

    def subset(keep: Callable[[Case], bool]) -> dict:
        idx = [i for i, c in enumerate(cases) if keep(c)]
        return metrics([truth[i] for i in idx], [predicted[i] for i in idx])

    groups = sorted({c.case_group for c in cases})
    return {
        "threshold": threshold,
        "overall": metrics(truth, predicted),
        "by_quality": {q: subset(lambda c, q=q: c.quality == q) for q in QUALITIES},
        "by_group": {g: subset(lambda c, g=g: c.case_group == g) for g in groups},
        "by_schema": {s: subset(lambda c, s=s: c.schema == s) for s in sorted({c.schema for c in cases})},
        "sweep": {str(t): metrics(truth, [s >= t for s in scores]) for t in SWEEP},
    }


def speed(seconds: list[float], pairs: int) -> dict:
    """Microseconds per pair: median over passes, and the first (cold) pass."""
    per_pair = [s / pairs * 1e6 for s in seconds]
    # Later passes are the steady state; the best one is the least disturbed by other load.
    steady = per_pair[1:] or per_pair
    return {
        "median_us": statistics.median(steady),
        "best_us": min(steady),
        "first_pass_us": per_pair[0],
        "passes_us": per_pair,
    }


def _fmt(m: dict) -> str:
    return f"{m['precision']:.3f} / {m['recall']:.3f} / [bold]{m['f1']:.3f}[/]"


def print_report(result: dict, cases: list[Case], show_all_failures: bool) -> None:
    """Print the side-by-side tables, speeds, sweep and failures."""
    emb = result["embargo"]
    lv2 = result.get("logic_v2")
    table = Table(title=f"Name benchmark: {len(cases)} pairs — precision / recall / F1")
    table.add_column("slice")
    table.add_column("n", justify="right")
    table.add_column(f"Embargo @ {emb['threshold']:.2f}", justify="right")
    if lv2:
        table.add_column(f"logic-v2 @ {lv2['threshold']:.2f}", justify="right")
    rows = [("overall", emb["overall"], lv2["overall"] if lv2 else None)]
    for q in QUALITIES:
        rows.append((f"quality {q}", emb["by_quality"][q], lv2["by_quality"][q] if lv2 else None))
    for g in emb["by_group"]:
        rows.append((f"group {g}", emb["by_group"][g], lv2["by_group"][g] if lv2 else None))
    for s in emb["by_schema"]:
        rows.append((f"schema {s}", emb["by_schema"][s], lv2["by_schema"][s] if lv2 else None))
    for label, m_emb, m_lv2 in rows:
        cells = [label, str(m_emb["n"]), _fmt(m_emb)]
        if lv2:
            cells.append(_fmt(m_lv2))
        table.add_row(*cells)
    console.print(table)

    counts = Table(title="Confusion counts (overall)")
    for col in ("matcher", "TP", "FP", "FN", "TN", "accuracy"):
        counts.add_column(col, justify="right")
    for name, m in (("Embargo", emb["overall"]), ("logic-v2", lv2["overall"] if lv2 else None)):
        if m:
            counts.add_row(
                name, str(m["tp"]), str(m["fp"]), str(m["fn"]), str(m["tn"]), f"{m['accuracy']:.3f}"
            )
    console.print(counts)

    sp = result["speed"]
    passes = len(sp["embargo"]["passes_us"])
    speed_table = Table(
        title=f"Speed, µs per pair ({passes} passes over {len(cases)} pairs, after the warm-up pairs)"
    )
    for col in ("matcher", "pass 1 (unseen names)", "repeat: median", "repeat: best", "note"):
        speed_table.add_column(col, justify="right" if col not in ("matcher", "note") else "left")
    e = sp["embargo"]
    speed_table.add_row(
        "Embargo", f"{e['first_pass_us']:.1f}", f"{e['median_us']:.1f}", f"{e['best_us']:.1f}", ""
    )
    if lv2:
        v = sp["logic_v2"]
        speed_table.add_row(
            "logic-v2",
            f"{v['first_pass_us']:.1f}",
            f"{v['median_us']:.1f}",
            f"{v['best_us']:.1f}",
            f"FtM entity building excluded ({v['build_us']:.1f} µs/pair)",
        )
    console.print(speed_table)
    if lv2:
        console.print(
            f"Embargo runs at {sp['ratio_first_pass']:.2f}x the speed of logic-v2 on unseen names (pass 1), "
            f"{sp['ratio_logic_v2_over_embargo']:.2f}x on repeats (median; {sp['ratio_best']:.2f}x best)"
        )

    sweep = Table(title="Threshold sweep (precision / recall / F1)")
    sweep.add_column("threshold", justify="right")
    sweep.add_column("Embargo", justify="right")
    if lv2:
        sweep.add_column("logic-v2", justify="right")
    for t in SWEEP:
        cells = [f"{t:.2f}", _fmt(emb["sweep"][str(t)])]
        if lv2:
            cells.append(_fmt(lv2["sweep"][str(t)]))
        sweep.add_row(*cells)
    console.print(sweep)

    ref = result.get("reference")
    if ref and ref.get("available"):
        console.print(
            f"logic-v2 cross-check against reference-logicv2.csv: {ref['joined']} of {len(cases)} cases "
            f"joined; same decision on {ref['same_decision']} ({ref['decision_agreement']:.1%}); "
            f"score within 0.005 on {ref['score_within_0.005']:.1%}"
        )

    failures = [f for f in result["failures"] if show_all_failures or f["quality"] == "STRONG"]
    title = "All Embargo failures" if show_all_failures else "Embargo failures in the STRONG tier"
    ftable = Table(title=f"{title} ({len(failures)})")
    for col in ("group", "schema", "name1", "name2", "truth", "Embargo", "logic-v2", "notes"):
        ftable.add_column(col)
    for f in failures:
        lv2_score = f.get("logic_v2")
        ftable.add_row(
            f["case_group"],
            f["schema"],
            f["name1"],
            f["name2"],
            "match" if f["is_match"] else "no match",
            f"{f['embargo']:.3f}",
            "" if lv2_score is None else f"{lv2_score:.3f}",
            (f["notes"] or f["category"])[:60],
        )
    console.print(ftable)


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print (and optionally write) the results."""
    parser = argparse.ArgumentParser(description="Embargo vs nomenklatura logic-v2 on the name benchmark")
    parser.add_argument("--cases", type=Path, default=BENCH_DIR / "cases.csv")
    parser.add_argument("--reference", type=Path, default=BENCH_DIR / "reference-logicv2.csv")
    parser.add_argument("--threshold", type=float, default=None, help="Embargo threshold (default: its own)")
    parser.add_argument("--passes", type=int, default=5, help="timed passes over all pairs (median reported)")
    parser.add_argument("--embargo-only", action="store_true", help="skip nomenklatura's logic-v2")
    parser.add_argument(
        "--bench-python", type=Path, default=DEFAULT_BENCH_PYTHON, help="python of .venv-bench"
    )
    parser.add_argument(
        "--scorer", default="embargo.match:score_pair", help="module:function or file.py:function"
    )
    parser.add_argument("--failures", action="store_true", help="list every Embargo failure, not only STRONG")
    parser.add_argument("--json", type=Path, default=None, help="write all numbers to this JSON file")
    args = parser.parse_args(argv)

    if not args.cases.exists():
        raise SystemExit(f"cases file not found: {args.cases} (set EMBARGO_TEST_DATA)")
    cases = read_cases(args.cases)
    scorer, default_threshold = load_scorer(args.scorer)
    threshold = args.threshold if args.threshold is not None else default_threshold
    if threshold is None:
        raise SystemExit(f"{args.scorer} has no DEFAULT_THRESHOLD; pass --threshold")

    with console.status(f"Embargo: scoring {len(cases)} pairs x {args.passes} passes"):
        emb_scores, emb_seconds = time_passes(scorer, cases, args.passes)
    result: dict = {
        "cases": len(cases),
        "scorer": args.scorer,
        "embargo": evaluate(cases, emb_scores, threshold),
        "speed": {"embargo": speed(emb_seconds, len(cases))},
    }
    lv2_scores: list[float] | None = None
    if not args.embargo_only:
        with console.status(f"logic-v2: scoring {len(cases)} pairs x {args.passes} passes (.venv-bench)"):
            lv2 = run_logic_v2(args.cases, args.bench_python, args.passes)
        lv2_scores = lv2["scores"]
        result["logic_v2"] = evaluate(cases, lv2_scores, lv2["threshold"])
        result["logic_v2"]["versions"] = {
            "nomenklatura": lv2["nomenklatura"],
            "followthemoney": lv2["followthemoney"],
        }
        lv2_speed = speed(lv2["pass_seconds"], len(cases))
        lv2_speed["build_us"] = lv2["build_seconds"] / len(cases) * 1e6
        result["speed"]["logic_v2"] = lv2_speed
        result["speed"]["ratio_first_pass"] = (
            lv2_speed["first_pass_us"] / result["speed"]["embargo"]["first_pass_us"]
        )
        result["speed"]["ratio_best"] = lv2_speed["best_us"] / result["speed"]["embargo"]["best_us"]
        result["speed"]["ratio_logic_v2_over_embargo"] = (
            lv2_speed["median_us"] / result["speed"]["embargo"]["median_us"]
        )
        result["reference"] = reference_agreement(cases, lv2_scores, lv2["threshold"], args.reference)

    result["failures"] = [
        {
            "case_group": c.case_group,
            "schema": c.schema,
            "name1": c.name1,
            "name2": c.name2,
            "is_match": c.is_match,
            "quality": c.quality,
            "category": c.category,
            "notes": c.notes,
            "embargo": score,
            "logic_v2": lv2_scores[i] if lv2_scores else None,
        }
        for i, (c, score) in enumerate(zip(cases, emb_scores, strict=True))
        if (score >= threshold) != c.is_match
    ]
    print_report(result, cases, args.failures)
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        result["embargo_scores"] = emb_scores
        result["logic_v2_scores"] = lv2_scores
        args.json.write_text(json.dumps(result, indent=2, ensure_ascii=False), encoding="utf-8")
        console.print(f"wrote {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
