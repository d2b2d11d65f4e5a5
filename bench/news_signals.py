"""Signal classification measured on a labelled set of composed news sentences.

Usage: python bench/news_signals.py [--data bench/data/signals_labelled.jsonl] [--split all|dev|test]
       [--errors]

Each line of the set is {"id", "text", "labels": [types], "split": "dev"|"test"}; an empty
label list means no signal. The set was written for this benchmark (news-style sentences
about invented or generic events, none taken from the project's five founding articles).
Precision and recall are per type over sentences (a sentence may carry several types).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from rich.console import Console
from rich.table import Table

from embargo.news.model import SIGNAL_TYPES
from embargo.news.signals import classify

DATA = Path(__file__).resolve().parent / "data" / "signals_labelled.jsonl"


def evaluate(rows: list[dict], show_errors: bool = False) -> dict[str, dict[str, float]]:
    """Per-type precision, recall and F1 over the rows; prints the errors when asked."""
    stats = {t: {"tp": 0, "fp": 0, "fn": 0} for t in SIGNAL_TYPES}
    console = Console()
    for row in rows:
        gold = set(row["labels"])
        predicted = set(classify(row["text"]))
        for kind in SIGNAL_TYPES:
            if kind in predicted and kind in gold:
                stats[kind]["tp"] += 1
            elif kind in predicted:
                stats[kind]["fp"] += 1
                if show_errors:
                    console.print(f"[red]FP {kind}[/] {row['id']}: {row['text']}", highlight=False)
            elif kind in gold:
                stats[kind]["fn"] += 1
                if show_errors:
                    console.print(f"[yellow]FN {kind}[/] {row['id']}: {row['text']}", highlight=False)
    result: dict[str, dict[str, float]] = {}
    for kind, s in stats.items():
        precision = s["tp"] / (s["tp"] + s["fp"]) if s["tp"] + s["fp"] else 0.0
        recall = s["tp"] / (s["tp"] + s["fn"]) if s["tp"] + s["fn"] else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        result[kind] = {"precision": precision, "recall": recall, "f1": f1, "support": s["tp"] + s["fn"], **s}
    return result


def main() -> None:
    """Run the benchmark and print a table per split."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--split", choices=["all", "dev", "test"], default="all")
    parser.add_argument("--errors", action="store_true", help="print every false positive and negative")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args()
    rows = [json.loads(line) for line in args.data.read_text("utf-8").splitlines() if line.strip()]
    splits = ["dev", "test", "all"] if args.split == "all" else [args.split]
    output = {}
    console = Console()
    for split in splits:
        chosen = rows if split == "all" else [r for r in rows if r.get("split") == split]
        figures = evaluate(chosen, show_errors=args.errors and split == splits[-1])
        output[split] = figures
        if args.json:
            continue
        table = Table(title=f"Signal classification, split={split} ({len(chosen)} sentences)")
        for column in ("type", "precision", "recall", "F1", "support"):
            table.add_column(column, justify="left" if column == "type" else "right")
        for kind, f in figures.items():
            table.add_row(
                kind, f"{f['precision']:.2f}", f"{f['recall']:.2f}", f"{f['f1']:.2f}", str(f["support"])
            )
        macro_p = sum(f["precision"] for f in figures.values()) / len(figures)
        macro_r = sum(f["recall"] for f in figures.values()) / len(figures)
        table.add_row("macro", f"{macro_p:.2f}", f"{macro_r:.2f}", "", "")
        console.print(table)
    if args.json:
        print(json.dumps(output, indent=2))


if __name__ == "__main__":
    main()
