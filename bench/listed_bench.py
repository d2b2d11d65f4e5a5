"""What the benchmarks of listed names written another way share (korean_latin_recall.py,
legal_form_recall.py): their arguments, the index of the recall benchmark's lists, and the
alerts raised by non-listed names."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from screen_recall import DATA_DIR, read_lists


def parse_arguments(description: str, argv: list[str] | None) -> argparse.Namespace:
    """--non-listed-file, --json, --threshold and --shown."""
    from embargo.match import DEFAULT_THRESHOLD

    parser = argparse.ArgumentParser(description=description)
    parser.add_argument(
        "--non-listed-file", type=Path, help="generated names (perturb.py generate --locales)"
    )
    parser.add_argument("--json", type=Path, help="write every screening's outcome here")
    parser.add_argument("--threshold", type=float, default=DEFAULT_THRESHOLD)
    parser.add_argument("--shown", type=int, default=15, help="misses and alerts printed")
    return parser.parse_args(argv)


def listed_entities() -> tuple[list[Any], list[Any]]:
    """The entities of the recall benchmark's lists, and the list versions."""
    lists = read_lists(DATA_DIR / "lists")
    return [entity for parsed, _version in lists for entity in parsed.entities], [v for _, v in lists]


def build_index(entities: list[Any], versions: list[Any]) -> Any:
    """The match index of those entities."""
    from embargo.match import MatchIndex

    return MatchIndex.build(entities, versions)


def alerts(index: Any, names: list[str], schema: str, threshold: float) -> list[list]:
    """[name, top match's name, its score] for each name that raises a match."""
    from embargo.model import Query

    raised = []
    for name in names:
        matches = index.search(Query(name=name, schema=schema), 1, threshold)
        if matches:
            raised.append([name, matches[0].name, matches[0].score])
    return raised


def print_alerts(raised: list[list], shown: int) -> None:
    """The first ``shown`` alerts, one a line."""
    for name, matched, score in raised[:shown]:
        print(f"  alert: {name} -> {matched} ({score:.3f})")
