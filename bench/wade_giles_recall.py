"""Chinese names written in Wade-Giles, as Taiwan writes them, against the lists' pinyin.

The lists write Chinese people in pinyin ("ZHOU, Enlai"); Taiwan's passports, Hong Kong and
older records write them in Wade-Giles, most often without its apostrophes and with the two
syllables of a given name hyphenated ("Chou En-lai", "Li Teng-hui"). This benchmark screens
each listed person of the UN list and OFAC SDN 2023 written "FAMILY, Given" in pinyin, with
a family name of one syllable and a given name of two, in Wade-Giles so written (pypinyin's
Wade-Giles syllables, ü as "u", apostrophes left out), and reports:

- found first: the listed entry, or another carrying exactly the listed name (the same person
  on both lists), is the first match at the threshold;
- in the first ten: the listed entry is among the first ten matches.

With ``--non-listed-file`` (a TSV of ``bench/perturb.py generate --locales zh_CN,zh_TW,...``), it
also screens the Chinese person names in characters there with a given name of two characters,
written the same way from their characters, and counts the alerts: Taiwanese and Chinese
customers who are not listed.

    .venv/bin/python bench/wade_giles_recall.py [--non-listed-file TSV] [--json OUT] [--shown N]
"""

from __future__ import annotations

import sys
from pathlib import Path

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


def wade_giles_name(family: str, given: list[str]) -> str:
    """A name written as Taiwan writes it, from its pinyin syllables: "Chou En-lai"."""
    from embargo.names.wadegiles import wade_giles_syllable

    def spelt(syllable: str) -> str:
        return wade_giles_syllable(syllable).replace("'", "").replace("v", "u").replace("ü", "u")

    return f"{spelt(family).capitalize()} {'-'.join(spelt(s) for s in given).capitalize()}"


def listed_queries(entities: list) -> list[tuple[str, str, str]]:
    """The queries: (a listed pinyin name in Wade-Giles; listed name; entity_id)."""
    from embargo.names.syllabify import fewest_syllables
    from embargo.names.transliterate import known_pinyin_syllables

    syllables = known_pinyin_syllables()
    queries = []
    for family_name, given_name, further, listed, entity_id in family_given_names(entities):
        if further:  # "FAMILY, Given" only
            continue
        family, given = family_name.lower(), fewest_syllables(given_name.lower(), syllables, 6)
        if family not in syllables or given is None or len(given) != 2:
            continue
        queries.append((wade_giles_name(family, list(given)), listed, entity_id))
    return sorted(set(queries))


def non_listed_names(path: Path) -> list[str]:
    """The Chinese person names in characters of a generated TSV with a given name of two characters,
    in Wade-Giles (Faker writes them given name first)."""
    from pypinyin import lazy_pinyin

    names = []
    for row in generated_persons(path, "zh_"):
        words = row["name"].split()
        if len(words) != 2 or len(words[0]) != 2 or len(words[1]) != 1:
            continue
        given, family = words
        if not all("\u4e00" <= ch <= "\u9fff" for ch in given + family):
            continue
        names.append(wade_giles_name(lazy_pinyin(family)[0], lazy_pinyin(given)))
    return names


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print its summary (and a JSON report with ``--json``)."""
    args = parse_arguments(__doc__.split("\n\n")[0], argv)
    index, outcomes, summary = screen_listed_queries(
        listed_queries,
        "listed Chinese person names in Wade-Giles",
        "no listed Chinese person names in pinyin: are the lists there?",
        args.threshold,
    )
    print_not_first(outcomes, args.shown)
    alerts: list = []
    if args.non_listed_file:
        names = non_listed_names(args.non_listed_file)
        label = "non-listed Chinese names in Wade-Giles"
        alerts, summary["alerts"] = reported_alerts(index, names, "Person", args.threshold, label, args.shown)
    write_report(args.json, {"summary": summary, "outcomes": outcomes, "alerts": alerts})
    return 0


if __name__ == "__main__":
    sys.exit(main())
