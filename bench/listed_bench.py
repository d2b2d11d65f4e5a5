"""What the benchmarks of listed names written another way share (korean_latin_recall.py,
legal_form_recall.py, wade_giles_recall.py, transcribed_recall.py, cyrillic_recall.py): their
arguments, the index of the recall benchmark's lists, the listed names they write another way, how
a listed name written so is found, and the alerts raised by non-listed names."""

from __future__ import annotations

import argparse
import csv
import json
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from perturb import exclusion_key
from screen_recall import DATA_DIR, read_lists


def _same_name(a: str, b: str) -> bool:
    return exclusion_key(a) == exclusion_key(b)


#: The apostrophes of McCune-Reischauer ("Ch'o'l").
_APOSTROPHES = re.compile("['\u2019]")


def without_apostrophes(text: str) -> str:
    """A name without McCune-Reischauer's apostrophes ("Ch'o'l" is "Chol" written with them)."""
    return _APOSTROPHES.sub("", text)


def same_korean_name(a: str, b: str) -> bool:
    """The recall benchmark's test of one name, McCune-Reischauer's apostrophes left out first."""
    return _same_name(without_apostrophes(a), without_apostrophes(b))


def screen_listed(
    index: Any,
    query: str,
    schema: str,
    listed: str,
    entity_id: str,
    threshold: float,
    same_name: Callable[[str, str], bool] = _same_name,
) -> dict[str, Any]:
    """How a listed name written another way (``query``) is found: ``first``, the entry, or another
    carrying exactly the listed name (``same_name``: the same person on two lists), is the first match
    at the threshold; ``in10``, the entry is among the first ten; ``top``, the first three matches."""
    from embargo.model import Query

    matches = index.search(Query(name=query, schema=schema), 10, threshold)
    ids = [m.entity_id for m in matches]
    return {
        "first": bool(matches) and (ids[0] == entity_id or same_name(matches[0].name, listed)),
        "in10": entity_id in ids,
        "top": [[m.name, m.score] for m in matches[:3]],
    }


def screen_persons(
    index: Any,
    queries: list[tuple[str, str, str]],
    threshold: float,
    same_name: Callable[[str, str], bool] = _same_name,
) -> list[dict[str, Any]]:
    """Each (query, listed name, entity_id) screened as a person's name, with its :func:`screen_listed`."""
    return [
        {
            "query": query,
            "listed": listed,
            "entity_id": entity_id,
            **screen_listed(index, query, "Person", listed, entity_id, threshold, same_name),
        }
        for query, listed, entity_id in queries
    ]


def print_not_first(
    outcomes: list[dict[str, Any]], shown: int, key: str = "first", label: str = "not first"
) -> None:
    """The first ``shown`` outcomes of :func:`screen_persons` false at ``key``, one a line."""
    for outcome in [o for o in outcomes if not o[key]][:shown]:
        print(f"  {label}: {outcome['query']} ({outcome['listed']}) -> {outcome['top'][:1]}")


def recall_summary(outcomes: list[dict[str, Any]]) -> dict[str, int]:
    """How many outcomes of :func:`screen_listed` there are, found first and in the first ten."""
    first, in10 = sum(o["first"] for o in outcomes), sum(o["in10"] for o in outcomes)
    return {"queries": len(outcomes), "found_first": first, "in_first_ten": in10}


def recall_line(summary: dict[str, int]) -> str:
    """The counts of :func:`recall_summary` as printed: "found first 79 (80.6%), in the first ten ..."."""
    n, first, in10 = summary["queries"], summary["found_first"], summary["in_first_ten"]
    return f"found first {first} ({first / n:.1%}), in the first ten {in10} ({in10 / n:.1%})"


def argument_parser(description: str) -> argparse.ArgumentParser:
    """A parser of --json, --threshold and --shown."""
    from embargo.match import DEFAULT_THRESHOLD

    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--json", type=Path, help="write every screening's outcome here")
    parser.add_argument("--threshold", type=float, default=DEFAULT_THRESHOLD)
    parser.add_argument("--shown", type=int, default=15, help="misses and alerts printed")
    return parser


def non_listed_parser(description: str) -> argparse.ArgumentParser:
    """A parser of --non-listed-file, and of those of :func:`argument_parser`."""
    parser = argument_parser(description)
    parser.add_argument(
        "--non-listed-file", type=Path, help="generated names (perturb.py generate --locales)"
    )
    return parser


def parse_arguments(description: str, argv: list[str] | None) -> argparse.Namespace:
    """--non-listed-file, and those of :func:`argument_parser`."""
    return non_listed_parser(description).parse_args(argv)


def listed_entities() -> tuple[list[Any], list[Any]]:
    """The entities of the recall benchmark's lists, and the list versions."""
    lists = read_lists(DATA_DIR / "lists")
    return [entity for parsed, _version in lists for entity in parsed.entities], [v for _, v in lists]


def build_index(entities: list[Any], versions: list[Any]) -> Any:
    """The match index of those entities."""
    from embargo.match import MatchIndex

    return MatchIndex.build(entities, versions)


#: A person name written "FAMILY, Given ..." in Latin letters only.
_FAMILY_GIVEN = re.compile(r"^([A-Za-z]+), ([A-Za-z]+)((?: [A-Za-z]+)*)$")


def family_given_names(entities: list[Any]) -> Iterator[tuple[str, str, str, str, str]]:
    """(family name, first given name, the further given names, listed name, entity_id) of each name
    of a person on the UN list or OFAC SDN written "FAMILY, Given ..." in Latin letters only."""
    for entity in entities:
        if entity.schema != "Person" or entity.source not in ("un-sc", "ofac-sdn"):
            continue
        for name in entity.names:
            match = _FAMILY_GIVEN.match(name.full)
            if match is not None:
                family, given, further = match.groups()
                yield family, given, further.strip(), name.full, entity.entity_id


def generated_persons(path: Path, origin: str = "") -> list[dict[str, str]]:
    """The person rows (name, schema, origin) of a generated TSV (``perturb.py generate``), in file
    order; with ``origin``, only those whose origin starts with it ("zh_", "ko_KR")."""
    with path.open(encoding="utf-8", newline="") as fh:
        return [
            row
            for row in csv.DictReader(fh, delimiter="\t")
            if row["schema"] == "Person" and row["origin"].startswith(origin)
        ]


def screen_listed_queries(
    queries_of: Callable[[list[Any]], list[tuple[str, str, str]]],
    what: str,
    missing: str,
    threshold: float,
    same_name: Callable[[str, str], bool] = _same_name,
) -> tuple[Any, list[dict[str, Any]], dict[str, Any]]:
    """The index of the lists, the outcomes of :func:`screen_persons` for the queries ``queries_of``
    makes of their entities, and their :func:`recall_summary`; prints "N {what}: " and the recall
    line. Exits with ``missing`` when there is no query (the lists are not there)."""
    entities, versions = listed_entities()
    queries = queries_of(entities)
    if not queries:
        raise SystemExit(missing)
    index = build_index(entities, versions)
    outcomes = screen_persons(index, queries, threshold, same_name)
    summary = recall_summary(outcomes)
    print(f"{len(outcomes)} {what}: " + recall_line(summary))
    return index, outcomes, summary


def alerts_two_ways(
    index: Any, names: list[tuple[str, str]], threshold: float, label: str, written: str, shown: int
) -> tuple[list[list], list[list]]:
    """The alerts of non-listed person names (written another way, in Latin letters) each way; prints
    "non-listed {label}: X of N raise an alert in {written}, Y in Latin letters" and the first
    ``shown`` alerts of the names written the other way."""
    other = alerts(index, [other for other, _ in names], "Person", threshold)
    latin = alerts(index, [latin for _, latin in names], "Person", threshold)
    print(
        f"non-listed {label}: {len(other)} of {len(names)} raise an alert in {written},"
        f" {len(latin)} in Latin letters"
    )
    print_alerts(other, shown)
    return other, latin


def alerts(index: Any, names: list[str], schema: str, threshold: float) -> list[list]:
    """[name, top match's name, its score] for each name that raises a match."""
    from embargo.model import Query

    raised = []
    for name in names:
        matches = index.search(Query(name=name, schema=schema), 1, threshold)
        if matches:
            raised.append([name, matches[0].name, matches[0].score])
    return raised


def reported_alerts(
    index: Any, names: list[str], schema: str, threshold: float, label: str, shown: int
) -> tuple[list[list], list[int]]:
    """The :func:`alerts` of non-listed names and [alerts, names]; prints "{label}: X of N raise an
    alert" and the first ``shown`` of them."""
    raised = alerts(index, names, schema, threshold)
    print(f"{label}: {len(raised)} of {len(names)} raise an alert")
    print_alerts(raised, shown)
    return raised, [len(raised), len(names)]


def write_report(path: Path | None, report: dict[str, Any]) -> None:
    """The JSON report of a benchmark, when ``--json`` names a file."""
    if path:
        path.write_text(json.dumps(report, ensure_ascii=False, indent=1))


def print_alerts(raised: list[list], shown: int) -> None:
    """The first ``shown`` alerts, one a line."""
    for name, matched, score in raised[:shown]:
        print(f"  alert: {name} -> {matched} ({score:.3f})")
