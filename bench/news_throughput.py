"""News pipeline throughput: generated articles analysed with a progress bar; prints articles per second.

Usage: python bench/news_throughput.py [--count 1000] [--screen] [--no-model] [--dir DIR]

Without ``--screen`` mentions are not screened (pure text pipeline: cleaning, quality,
NER, signals, dedupe). With ``--screen`` they are screened against the lists loaded in
the store of $EMBARGO_HOME (load some first with ``embargo lists load``). The model
load and the first-call warm-up are timed separately from the batch.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

sys.path.insert(0, str(Path(__file__).resolve().parent))

from embargo.news import analyze_paths  # noqa: E402
from embargo.news.nlp import get_nlp  # noqa: E402
from gen_articles import generate  # noqa: E402


def main() -> None:
    """Generate, analyse and report throughput."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--screen", action="store_true", help="screen mentions against the loaded lists")
    parser.add_argument("--no-model", action="store_true", help="use the rule-based fallback NER")
    parser.add_argument("--dir", type=Path, default=None, help="where to write the articles (default: temp)")
    args = parser.parse_args()
    console = Console()
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.dir or Path(tmp) / "articles"
        paths = generate(folder, args.count)
        start = time.perf_counter()
        get_nlp(fallback=True if args.no_model else None)
        load_s = time.perf_counter() - start
        with Progress(
            TextColumn("[bold]analysing"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            console=console,
        ) as bar:
            task = bar.add_task("articles", total=len(paths))

            def progress(done: int, total: int, _id: str) -> None:
                bar.update(task, completed=done)

            start = time.perf_counter()
            report = analyze_paths(
                paths, progress=progress, screen=args.screen, fallback_ner=True if args.no_model else None
            )
            elapsed = time.perf_counter() - start
    mentions = sum(len(a.mentions) for a in report.articles)
    signals = sum(len(a.signals) for a in report.articles)
    console.print(f"model load: {load_s:.1f} s ({get_nlp(fallback=True if args.no_model else None).name})")
    rate = len(report.articles) / elapsed
    screening = "on" if report.screened else "off"
    console.print(
        f"{len(report.articles)} articles in {elapsed:.1f} s = [bold]{rate:.1f} articles/s[/]"
        f" (screening {screening}); {len(report.stories)} stories, {mentions} mentions,"
        f" {signals} signals, {len(report.alerts)} alerts, {len(report.errors)} errors"
    )


if __name__ == "__main__":
    main()
