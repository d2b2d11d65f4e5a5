"""Listed names screened in the forms people write them: titles, "Abd al-" compounds, ship prefixes.

Loads OFAC SDN 2023 + UN + CSL + DPL into a throw-away store (as bench/screen_recall.py) and,
for every listed entry a probe applies to, screens the name as it is often written elsewhere
and counts how many find that entry first:

- ``title``: a UN person listed with three words ("FIRST MIDDLE LAST") screened as
  "Mullah FIRST LAST": a religious title where the listed middle name was;
- ``abd``: a person listed with an "ABD AL-X" / "ABD EL X" compound screened with it in one
  word ("Abdulx"), per list;
- ``ship_prefix``: a listed vessel screened as "MV NAME";
- ``hong_kong``: the Hong Kong officials OFAC SDN 2023 lists under program HK-EO13936, screened
  by their names in Chinese characters (``data/hong-kong-names.tsv``: the names as Hong Kong
  writes them, in traditional characters, with each one's OFAC entry; the lists write them in
  Cantonese romanisation, four also in pinyin), and in simplified characters (``hong_kong_simplified``);
- ``armenian``: persons OFAC SDN 2023 and DPL list with Armenian family names, screened by their
  names in Armenian letters (``data/armenian-names.tsv``, the rows with a list entry);
- ``indic``: persons OFAC SDN 2023 lists with Indian names, screened by their names in Devanagari,
  Gurmukhi, Gujarati and Bengali letters (``data/indic-names.tsv``, the rows with a list entry);
- ``chinese_company``: Chinese companies the lists name in English (or in pinyin), screened by their
  names in simplified characters as Chinese registers write them: place, brand, line of business,
  legal form (``data/chinese-company-names.tsv``; a brand is written with characters read as the
  listed pinyin, which may not be the ones the company registered: the probe tests reading and
  translating, not knowing the characters).

It also scores the other rows of those files, names in Armenian letters, and in the scripts of
India and Bangladesh, against their usual Latin spellings (``armenian pairs``, ``indic pairs``):
the pairs at or above the default threshold either way round, and of the names paired with the
Latin spelling of every other row in the same script, those at or above it (other persons).

It also builds the index of the four lists in fresh processes and reports the median CPU
seconds and peak RSS of a build. Compare two trees by running the script with each tree's
source first on the path::

    .venv/bin/python bench/form_probes.py --runs 3 --json out.json
    PYTHONPATH=<other tree>/src .venv/bin/python bench/form_probes.py --runs 3
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from screen_recall import DATA_DIR, load_lists  # noqa: E402 - the bench folder is not a package

_ABD = re.compile(r"\bABD (?:AL|EL)[- ](\w+)", re.IGNORECASE)
#: Names in Chinese characters of listed Hong Kong officials, with their OFAC SDN 2023 entries.
HONG_KONG_NAMES = Path(__file__).resolve().parent / "data" / "hong-kong-names.tsv"
#: Names in Armenian letters with a Latin spelling, and for listed persons their list entry.
ARMENIAN_NAMES = Path(__file__).resolve().parent / "data" / "armenian-names.tsv"
#: Names in the Brahmic scripts of South Asia with their English spelling, and for listed persons
#: their list entry.
INDIC_NAMES = Path(__file__).resolve().parent / "data" / "indic-names.tsv"
#: Names in Chinese characters of Chinese companies the lists name in English, with their entries.
CHINESE_COMPANY_NAMES = Path(__file__).resolve().parent / "data" / "chinese-company-names.tsv"


def _probe_cases(entities: list[Any]) -> dict[str, list[tuple[str, str, str]]]:
    """Per probe, (query, schema, entity_id) for every entry it applies to."""
    cases: dict[str, list[tuple[str, str, str]]] = {
        "title (UN)": [],
        "abd (UN)": [],
        "abd (OFAC)": [],
        "ship_prefix": [],
        "hong_kong": [],
        "hong_kong_simplified": [],
        "armenian": [],
        "indic": [],
        "chinese_company": [],
    }
    hong_kong = _hong_kong_names()
    armenian = _listed_rows(ARMENIAN_NAMES)
    indic = _listed_rows(INDIC_NAMES)
    chinese_companies: dict[tuple[str, str], list[str]] = {}
    for row in _rows(CHINESE_COMPANY_NAMES):
        chinese_companies.setdefault((row["source"], row["source_id"]), []).append(row["name"])
    for entity in entities:
        caption = entity.caption
        if entity.schema == "Person" and entity.source == "un-sc" and len(caption.split()) == 3:
            first, _, last = caption.split()
            cases["title (UN)"].append((f"Mullah {first} {last}", "Person", entity.entity_id))
        if entity.schema == "Person" and _ABD.search(caption):
            key = {"un-sc": "abd (UN)", "ofac-sdn": "abd (OFAC)"}.get(entity.source)
            if key:
                query = _ABD.sub(lambda m: "Abdul" + m.group(1).lower(), caption)
                cases[key].append((query, "Person", entity.entity_id))
        if entity.schema == "Vessel":
            cases["ship_prefix"].append((f"MV {caption}", "Vessel", entity.entity_id))
        if entity.source == "ofac-sdn" and entity.source_id in hong_kong:
            name = hong_kong[entity.source_id]
            cases["hong_kong"].append((name, "Person", entity.entity_id))
            cases["hong_kong_simplified"].append((_simplified(name), "Person", entity.entity_id))
        for probe, names in (("armenian", armenian), ("indic", indic)):
            for name in names.get(entity.entity_id, ()):
                cases[probe].append((name, "Person", entity.entity_id))
        for name in chinese_companies.get((entity.source, entity.source_id), ()):
            cases["chinese_company"].append((name, entity.schema, entity.entity_id))
    return cases


def _listed_rows(path: Path) -> dict[str, list[str]]:
    """Entity id -> the names of the rows of a probe file with a list entry (source, source_id)."""
    listed: dict[str, list[str]] = {}
    for row in _rows(path):
        if row["source"]:
            listed.setdefault(f"{row['source']}-{row['source_id']}", []).append(row["name"])
    return listed


def _script_pairs(path: Path) -> dict[str, int]:
    """How many unlisted rows of a probe file score at or above the default threshold against their
    Latin spelling, either way round; and how many of their names do against the Latin spelling of
    another row in the same script (another person: none should)."""
    from embargo.match import DEFAULT_THRESHOLD, score_pair

    rows = [row for row in _rows(path) if not row["source"]]
    matched = sum(
        min(score_pair(r["name"], r["latin"], r["schema"]), score_pair(r["latin"], r["name"], r["schema"]))
        >= DEFAULT_THRESHOLD
        for r in rows
    )
    others = [(r, o) for r in rows for o in rows if o is not r and o.get("script") == r.get("script")]
    alerts = sum(score_pair(r["name"], o["latin"], r["schema"]) >= DEFAULT_THRESHOLD for r, o in others)
    return {"n": len(rows), "at_threshold": matched, "other_pairs": len(others), "other_at_threshold": alerts}


def _rows(path: Path) -> list[dict[str, str]]:
    """The rows of one of the probes' TSV files, by the names of its header's columns."""
    lines = path.read_text(encoding="utf-8").splitlines()
    header = lines[0].split("\t")
    return [dict(zip(header, line.split("\t"), strict=True)) for line in lines[1:] if line]


def _hong_kong_names() -> dict[str, str]:
    """OFAC source id -> the name in traditional characters (see HONG_KONG_NAMES)."""
    return {row["source_id"]: row["name"] for row in _rows(HONG_KONG_NAMES)}


def _simplified(name: str) -> str:
    from embargo.names.chinese import simplified

    return simplified(name)


def _build_once(home: str) -> dict[str, float]:
    """In this process: CPU seconds and peak RSS (MB) of building the index of the store."""
    import resource
    import time

    from embargo.match import MatchIndex
    from embargo.store import Store

    store = Store.open(Path(home) / "embargo.db")
    entities = list(store.iter_entities())
    versions = store.list_versions()
    started = time.process_time()
    MatchIndex.build(entities, versions)
    seconds = time.process_time() - started
    return {"cpu_s": seconds, "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Listed names screened in other written forms")
    parser.add_argument("--runs", type=int, default=3, help="index builds, each in a fresh process")
    parser.add_argument("--lists-dir", type=Path, default=DATA_DIR / "lists")
    parser.add_argument("--json", type=Path, default=None)
    parser.add_argument("--build-only", metavar="HOME", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.build_only:
        print(json.dumps(_build_once(args.build_only)))
        return 0

    with tempfile.TemporaryDirectory(prefix="embargo-bench-") as home:
        os.environ["EMBARGO_HOME"] = home
        from embargo.errors import ValidationError
        from embargo.screening import screen
        from embargo.store import Store

        store = Store.open(Path(home) / "embargo.db")
        load_lists(store, args.lists_dir)
        entities = list(store.iter_entities())
        report: dict[str, Any] = {"probes": {}}
        for probe, cases in _probe_cases(entities).items():
            first = 0
            for query, schema, entity_id in cases:
                try:
                    result = screen(query, schema=schema, store=store, limit=3)
                except ValidationError:
                    continue
                first += bool(result.matches) and result.matches[0].entity_id == entity_id
            report["probes"][probe] = {"n": len(cases), "found_first": first}
            print(f"{probe:20} {first:4} of {len(cases):4} found first")
        for label, path in (("armenian", ARMENIAN_NAMES), ("indic", INDIC_NAMES)):
            pairs = _script_pairs(path)
            report[f"{label}_pairs"] = pairs
            print(
                f"{label + ' pairs':20} {pairs['at_threshold']:4} of {pairs['n']:4} at the default "
                f"threshold; other persons {pairs['other_at_threshold']} of {pairs['other_pairs']}"
            )

        builds = []
        for _ in range(args.runs):
            proc = subprocess.run(
                [sys.executable, __file__, "--build-only", home],
                capture_output=True,
                text=True,
                check=True,
                env=os.environ.copy(),
            )
            builds.append(json.loads(proc.stdout.strip().splitlines()[-1]))
        if builds:  # --runs 0: the probes only
            report["index_build"] = {
                "runs": builds,
                "median_cpu_s": round(statistics.median(b["cpu_s"] for b in builds), 2),
                "median_peak_rss_mb": round(statistics.median(b["peak_rss_mb"] for b in builds)),
            }
            build = report["index_build"]
            print(
                f"index build, {len(builds)} fresh processes: median {build['median_cpu_s']} CPU s, "
                f"peak RSS {build['median_peak_rss_mb']} MB "
                "(runs " + ", ".join(f"{b['cpu_s']:.2f}" for b in builds) + ")"
            )
    if args.json:
        args.json.write_text(json.dumps(report, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
