"""Listed persons screened with their given name in another language's form, as the lists pair them.

OFAC lists one person under the Russian and the Ukrainian forms of a given name: "ANTONOV,
Vladimir Nikolaevich" a.k.a. "ANTONOV, Volodymyr Mykolayovych"; "SAMOILENKO, Mykyta" a.k.a.
"SAMOYLENKO, Nikita"; "BALYTSKYI, Yevhen" a.k.a. "BALITSKY, Evgeniy". This benchmark takes those
pairs from the lists themselves: two names of one person listed under a Russia, Ukraine or Belarus
programme, written "FAMILY, Given ...", the family names alike (Levenshtein similarity 0.75 or
more), the first given names of four letters or more and unlike (below 0.7), neither among the
other name's words. Every person listed under those programmes whose first given name is one of a
pair is then screened with the other form in its place ("Volodymyr Nikolaevich ANTONOV" for the
pair Vladimir / Volodymyr), given names first, unless one of the entry's names already has that
form. (Other programmes' persons have names in two forms too, but as often other names: "KHATIB,
Esmail" a.k.a. "KHATIB, Seyed Esmaeil".) It reports:

- found first: the listed entry, or another carrying exactly the listed name, is the first match;
- in the first ten: the listed entry is among the first ten matches.

With ``--non-listed-file`` (a TSV of ``bench/perturb.py generate``), it also screens the person
names there and counts the alerts.

    .venv/bin/python bench/cognate_recall.py [--non-listed-file TSV] [--json OUT] [--shown N]
"""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

from rapidfuzz.distance import Levenshtein

sys.path.insert(0, str(Path(__file__).resolve().parent))
from listed_bench import (  # noqa: E402
    family_given_names,
    generated_persons,
    parse_arguments,
    print_not_first,
    reported_alerts,
    screen_listed_queries,
    write_report,
)

#: Family names at least this alike make two names of one person the same name's forms ...
FAMILY_ALIKE = 0.75
#: ... and first given names below this alike two forms of one given name, not a spelling of it.
GIVEN_UNLIKE = 0.7
#: Fewest letters of a given name taken into a pair.
MIN_GIVEN_LETTERS = 4
#: Words of the programmes whose persons are taken (OFAC's "RUSSIA-EO14024", "UKRAINE-EO13660",
#: "BELARUS", "CAATSA - RUSSIA" ...).
PROGRAMME_WORDS = ("RUSSIA", "UKRAINE", "BELARUS")


def east_slavic(entities: list) -> list:
    """The persons listed under a Russia, Ukraine or Belarus programme."""
    return [
        entity
        for entity in entities
        if entity.schema == "Person"
        and any(word in program.upper() for program in entity.programs for word in PROGRAMME_WORDS)
    ]


def given_name_pairs(names: list[tuple[str, str, str, str, str]]) -> dict[str, set[str]]:
    """Lower-case first given name -> its other forms, from the names of each listed person
    (:func:`listed_bench.family_given_names`)."""
    names_of: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
    for family, given, further, _full, entity_id in names:
        names_of[entity_id].append((family.lower(), given.lower(), further.lower()))
    pairs: dict[str, set[str]] = defaultdict(set)
    for names in names_of.values():
        for family, given, further in names:
            for other_family, other_given, other_further in names:
                if (
                    min(len(given), len(other_given)) >= MIN_GIVEN_LETTERS
                    and Levenshtein.normalized_similarity(family, other_family) >= FAMILY_ALIKE
                    and Levenshtein.normalized_similarity(given, other_given) < GIVEN_UNLIKE
                    and other_given not in further.split()
                    and given not in other_further.split()
                ):
                    pairs[given].add(other_given)
    return pairs


def listed_queries(
    entities: list, names: list[tuple[str, str, str, str, str]], pairs: dict[str, set[str]]
) -> list[tuple[str, str, str]]:
    """The queries: (one of the listed ``names`` with its first given name in another form of
    ``pairs``; listed name; entity_id)."""
    words_of: dict[str, set[str]] = defaultdict(set)
    for entity in entities:
        for name in entity.names:
            words_of[entity.entity_id].update(name.full.lower().replace(",", " ").split())
    queries = {}
    for family, given, further, full, entity_id in names:
        for other in sorted(pairs.get(given.lower(), ())):
            if other in words_of[entity_id]:
                continue
            query = " ".join(word for word in (other.capitalize(), further, family) if word)
            queries[query, entity_id] = (query, full, entity_id)
    return list(queries.values())


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print its summary (and a JSON report with ``--json``)."""
    args = parse_arguments(__doc__.split("\n\n")[0], argv)
    pairs: dict[str, set[str]] = {}

    def queries_of(entities: list) -> list[tuple[str, str, str]]:
        names = list(family_given_names(east_slavic(entities)))
        pairs.update(given_name_pairs(names))
        return listed_queries(entities, names, pairs)

    index, outcomes, summary = screen_listed_queries(
        queries_of,
        "names of persons listed under Russia, Ukraine and Belarus programmes with the first given"
        " name in another form the lists pair it with",
        "no listed given names in two forms: are the lists there?",
        args.threshold,
    )
    shown = sorted({tuple(sorted((a, b))) for a, others in pairs.items() for b in others})
    summary["given_name_pairs"] = len(shown)
    print(f"{len(shown)} pairs of given names: " + ", ".join(f"{a}/{b}" for a, b in shown))
    print_not_first(outcomes, args.shown)
    alerts: dict[str, list] = {}
    if args.non_listed_file:
        alerts["non_listed"], summary["alerts"] = reported_alerts(
            index,
            [row["name"] for row in generated_persons(args.non_listed_file)],
            "Person",
            args.threshold,
            "non-listed persons",
            args.shown,
        )
    write_report(args.json, {"summary": summary, "pairs": shown, "outcomes": outcomes, "alerts": alerts})
    return 0


if __name__ == "__main__":
    sys.exit(main())
