"""A small real store and a deterministic stand-in screener for the batch tests.

The stand-in screens against a handful of names with rapidfuzz, so the batch machinery
(reading, mapping, writing, checkpoints, executors) is tested apart from the real engine.
"""

from __future__ import annotations

import csv
import json
import os
import time
from pathlib import Path

from rapidfuzz import fuzz

from embargo.errors import EmbargoError, ValidationError
from embargo.model import Entity, Explanation, FeatureScore, Match, Name, Query, Result, make_entity_id
from embargo.sources.base import ParsedList
from embargo.store import Store

LISTED = [
    ("Person", "101", "Ivan Petrovich SIDOROV"),
    ("Company", "102", "Blue Harbour Shipping LLC"),
    ("Person", "103", "Mohammed Al-Rahman"),
]
SOURCE = "test-list"


def load_test_store() -> Store:
    """A real store (in the test's EMBARGO_HOME) holding the three listed entities."""
    entities = [
        Entity(
            entity_id=make_entity_id(SOURCE, sid),
            source=SOURCE,
            source_id=sid,
            schema=schema,  # type: ignore[arg-type]
            names=[Name(full=name)],
        )
        for schema, sid, name in LISTED
    ]
    parsed = ParsedList(format="test", source=SOURCE, files=[], entities=entities, version="2026-01-01")
    store = Store.open()
    store.load(parsed, origin="tests")
    return store


def fake_factory(settings):  # noqa: ANN001, ANN201 - ScreenSettings -> Screener
    """A screener scoring names with rapidfuzz's token ratio; names over 300 characters are invalid."""
    store = Store.open(settings.store_path)
    versions = store.list_versions()
    threshold = settings.threshold if settings.threshold is not None else 0.8

    def screen(query: Query) -> Result:
        if len(query.name) > 300:
            raise ValidationError(f"name is {len(query.name)} characters long (limit 300)")
        matches = []
        for schema, sid, name in LISTED:
            score = round(fuzz.token_sort_ratio(query.name.lower(), name.lower()) / 100, 4)
            if score >= threshold:
                matches.append(
                    Match(
                        entity_id=make_entity_id(SOURCE, sid),
                        source=SOURCE,
                        source_id=sid,
                        schema=schema,
                        name=name,
                        caption=name,
                        score=score,
                        explanation=Explanation(
                            query_name=query.name,
                            matched_name=name,
                            name_kind="primary",
                            features=[FeatureScore("name", score, 1.0, "token sort ratio")],
                            summary=f"name {score:.2f}",
                        ),
                    )
                )
        matches.sort(key=lambda m: -m.score)
        return Result(
            query=query, matches=matches[: settings.limit], threshold=threshold, list_versions=versions
        )

    return screen


def slow_factory(settings):  # noqa: ANN001, ANN201
    """The fake screener, 2 ms per name (for the kill test)."""
    inner = fake_factory(settings)

    def screen(query: Query) -> Result:
        time.sleep(0.002)
        return inner(query)

    return screen


def write_csv(path: Path, rows: list[dict], fieldnames: list[str] | None = None, **kwargs) -> Path:  # noqa: ANN003
    """Write rows as CSV with a header."""
    fieldnames = fieldnames or list(rows[0])
    with path.open("w", encoding=kwargs.pop("encoding", "utf-8"), newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=fieldnames, **kwargs)
        writer.writeheader()
        writer.writerows(rows)
    return path


def write_jsonl(path: Path, rows: list[dict]) -> Path:
    """Write rows as JSON lines."""
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def sample_rows(n: int) -> list[dict]:
    """``n`` rows, every 7th a listed name with a typo-free variation."""
    rows = []
    for i in range(1, n + 1):
        name = LISTED[i % 3][2] if i % 7 == 0 else f"Client Number{i} Example"
        rows.append(
            {"client_id": f"C{i:05d}", "full_name": name, "date_of_birth": "1970-01-0" + str(i % 9 + 1)}
        )
    return rows


#: Queries the counting screener saw (in this process).
SCREENED: list[str] = []


def counting_factory(settings):  # noqa: ANN001, ANN201
    """The fake screener, recording every name it screens in :data:`SCREENED`."""
    inner = fake_factory(settings)

    def screen(query: Query) -> Result:
        SCREENED.append(query.name)
        return inner(query)

    return screen


def failing_factory(settings):  # noqa: ANN001, ANN201
    """A screener that cannot be built (as when the lists changed while a run started)."""
    raise EmbargoError("the lists in the store changed while the batch was starting; run it again")


def dying_factory(settings):  # noqa: ANN001, ANN201
    """The fake screener, but the worker process dies on the name ``CRASH NOW``."""
    inner = fake_factory(settings)

    def screen(query: Query) -> Result:
        if query.name == "CRASH NOW":
            os._exit(3)
        return inner(query)

    return screen
