"""Recall of listed people whose name is written after a form of address ("Mr", "Dr", "السيد").

Customer records and payment fields often put a form of address or a title of profession before
a person's name, in the language of the record. This benchmark screens the names of listed
people against OFAC SDN 2023 + UN + CSL + DPL (schema Person) twice: as listed, and with a form
of address of their script in front, drawn per name (seeded) from :data:`FORMS`. The names are
every person of the UN list and a sample of OFAC's (``--sample``): their caption (Latin letters)
and each of their names in Arabic or Cyrillic script. It reports, per script and per form,
recall@1 (the entry itself is the first match at the threshold; a person on two lists makes this
a lower bound) and recall@10, without and with the form: handled forms of address leave recall
as it is without them.

    .venv/bin/python bench/address_recall.py [--sample 500] [--seed 13] [--json OUT]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from screen_recall import DATA_DIR, read_lists  # noqa: E402  (the lists of the recall benchmark)

#: Forms of address by script, as records write them before a name: Mr, Mrs, Dr, Professor and
#: Engineer in the languages the script is used for (English, Spanish, Italian, German, Hindi;
#: Arabic, Persian; Russian).
FORMS = {
    "latin": ["Mr.", "Mrs", "Dr.", "Prof.", "Señor", "Sig.", "Herr", "Shri"],
    "arabic": ["السيد", "السيدة", "الدكتور", "المهندس", "الأستاذ", "د.", "آقای", "دکتر"],
    "cyrillic": ["Господин", "Г-н", "Госпожа", "Др."],
}


def _script(name: str) -> str | None:
    """The script of a name among those of FORMS (None for the others)."""
    letters = [ch for ch in name if ch.isalpha()]
    if not letters:
        return None
    if all("\u0600" <= ch <= "\u06ff" or "\u0750" <= ch <= "\u077f" for ch in letters):
        return "arabic"
    if all("\u0400" <= ch <= "\u04ff" for ch in letters):
        return "cyrillic"
    if all(ch.isascii() or "\u00c0" <= ch <= "\u024f" for ch in letters):
        return "latin"
    return None


def queries(sample: int, seed: int):  # noqa: ANN201
    """The index of the four lists and the queries: (name, script, form, entity_id)."""
    from embargo.match import MatchIndex

    lists = read_lists(DATA_DIR / "lists")
    entities = [entity for parsed, _version in lists for entity in parsed.entities]
    versions = [version for _parsed, version in lists]
    people = [e for e in entities if e.schema == "Person"]
    un = sorted((e for e in people if e.source.startswith("un")), key=lambda e: e.entity_id)
    ofac = sorted((e for e in people if e.source.startswith("ofac")), key=lambda e: e.entity_id)
    targets = un + random.Random(seed).sample(ofac, min(sample, len(ofac)))
    cases = []
    for entity in targets:
        names = [entity.caption] + [n.full for n in entity.names if _script(n.full) in ("arabic", "cyrillic")]
        for name in dict.fromkeys(names):
            script = _script(name)
            if script is None:
                continue
            form = random.Random(f"{seed}:{entity.entity_id}:{name}").choice(FORMS[script])
            cases.append((name, script, form, entity.entity_id))
    return MatchIndex.build(entities, versions), cases


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print its summary (and every screening with ``--json``)."""
    from embargo.match import DEFAULT_THRESHOLD
    from embargo.model import Query

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sample", type=int, default=500, help="OFAC people screened (all UN people are)")
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--threshold", type=float, default=DEFAULT_THRESHOLD)
    parser.add_argument("--json", type=Path, help="write every screening's outcome here")
    args = parser.parse_args(argv)

    index, cases = queries(args.sample, args.seed)
    outcomes = []
    for name, script, form, entity_id in cases:
        for written in (name, f"{form} {name}"):
            matches = index.search(Query(name=written, schema="Person"), 10, args.threshold)
            ids = [m.entity_id for m in matches]
            outcomes.append(
                {
                    "query": written,
                    "script": script,
                    "form": None if written == name else form,
                    "entity_id": entity_id,
                    "rank1": bool(ids) and ids[0] == entity_id,
                    "in10": entity_id in ids,
                    "top": [[m.name, m.score] for m in matches[:1]],
                }
            )
    groups: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for outcome in outcomes:
        groups[(outcome["script"], "without" if outcome["form"] is None else "with")].append(outcome)
        if outcome["form"] is not None:
            groups[(outcome["script"], outcome["form"])].append(outcome)
    summary = {}
    print(f"{len(cases):,} names of listed people, each screened as listed and after a form of address")
    for (script, label), group in sorted(groups.items()):
        rank1 = sum(o["rank1"] for o in group) / len(group)
        in10 = sum(o["in10"] for o in group) / len(group)
        summary[f"{script} {label}"] = {
            "n": len(group),
            "recall@1": round(rank1, 4),
            "recall@10": round(in10, 4),
        }
        print(f"  {script:9} {label:10} n={len(group):5,}  recall@1 {rank1:.1%}  recall@10 {in10:.1%}")
    if args.json:
        args.json.write_text(
            json.dumps({"summary": summary, "outcomes": outcomes}, ensure_ascii=False, indent=1)
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
