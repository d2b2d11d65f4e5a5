"""Korean names in the South's Latin spellings against North Korean names as the lists write them.

The lists write North Korean names as the North romanises them (McCune-Reischauer: "RI",
"PAK", "CHOE", "RIM", "RYU", "JONG"); records, passports and payments from the South and
abroad write the same family names "Lee", "Park", "Choi", "Lim", "Yoo", "Jeong". This benchmark
screens each listed person of the UN list and OFAC SDN 2023 whose words are all Korean
syllables as the lists write them and whose family name (written first) has a customary
Southern spelling, with that family name in its Southern spelling(s), and reports:

- found first: the listed entry, or another carrying exactly the listed name (the same person
  on both lists), is the first match at the threshold;
- in the first ten: the listed entry is among the first ten matches.

With ``--non-listed-file`` (a TSV of ``bench/perturb.py generate --locales ko_KR,...``), it also
screens the Korean person names in Hangul there written in Latin letters, in Revised
Romanization (anyascii, "Jiwon Bag") and with customary family names ("Ji-Won Park"), and
counts the alerts: South Korean customers who are not listed.

The Southern spellings below are the customary ones of the most common family names (as
passports write them); they are test data, not the engine's rules.

    .venv/bin/python bench/korean_latin_recall.py [--non-listed-file TSV] [--json OUT] [--shown N]
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from listed_bench import (  # noqa: E402
    generated_persons,
    parse_arguments,
    print_not_first,
    reported_alerts,
    same_korean_name,
    screen_listed_queries,
    write_report,
)

#: Listed (McCune-Reischauer) family name -> its customary Southern spellings.
SOUTHERN_FAMILY_NAMES = {
    "ri": ("Lee", "Yi"),
    "rim": ("Lim",),
    "ryu": ("Yoo",),
    "ro": ("Roh",),
    "ra": ("Na",),
    "ryang": ("Yang",),
    "pak": ("Park",),
    "choe": ("Choi",),
    "jong": ("Jeong",),
    "chong": ("Jeong",),
    "yun": ("Yoon",),
    "o": ("Oh",),
    "so": ("Seo",),
    "ho": ("Heo",),
    "cho": ("Jo",),
    "jo": ("Cho",),
    "chang": ("Jang",),
    "jang": ("Chang",),
}
#: Hangul family name -> its customary Latin spelling (for the non-listed names).
CUSTOMARY_FAMILY_NAMES = {
    "김": "Kim", "이": "Lee", "박": "Park", "최": "Choi", "정": "Jung", "강": "Kang", "조": "Cho",
    "윤": "Yoon", "장": "Jang", "임": "Lim", "한": "Han", "오": "Oh", "서": "Seo", "신": "Shin",
    "권": "Kwon", "황": "Hwang", "안": "Ahn", "송": "Song", "류": "Ryu", "유": "Yoo", "홍": "Hong",
    "전": "Jeon", "고": "Ko", "문": "Moon", "양": "Yang", "손": "Son", "배": "Bae", "백": "Baek",
    "허": "Heo", "노": "Noh",
}  # fmt: skip


def listed_queries(entities: list) -> list[tuple[str, str, str]]:
    """The queries: (a listed Korean name, family name in a Southern spelling; listed name; entity_id)."""
    from embargo.names.transliterate import is_korean_syllable

    queries = []
    for entity in entities:
        if entity.schema != "Person" or entity.source not in ("un-sc", "ofac-sdn"):
            continue
        for name in entity.names:
            words = re.findall(r"[A-Za-z]+", name.full)
            if not 2 <= len(words) <= 4 or not all(is_korean_syllable(w.lower()) for w in words):
                continue
            for southern in SOUTHERN_FAMILY_NAMES.get(words[0].lower(), ()):
                queries.append((" ".join([southern, *words[1:]]), name.full, entity.entity_id))
    return queries


def southern_spellings(path: Path) -> dict[str, list[str]]:
    """The Korean person names in Hangul of a generated TSV, in Revised Romanization and customary."""
    from anyascii import anyascii

    spelt: dict[str, list[str]] = {"revised": [], "customary": []}
    for row in generated_persons(path, "ko_KR"):
        *given, family = row["name"].split()  # Faker writes them given name first
        spelt["revised"].append(" ".join(anyascii(word).capitalize() for word in [*given, family]))
        given_words = ["-".join(anyascii(ch).capitalize() for ch in word) for word in given]
        family_word = CUSTOMARY_FAMILY_NAMES.get(family, anyascii(family).capitalize())
        spelt["customary"].append(" ".join([*given_words, family_word]))
    return spelt


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print its summary (and a JSON report with ``--json``)."""
    args = parse_arguments(__doc__.split("\n\n")[0], argv)
    index, outcomes, summary = screen_listed_queries(
        listed_queries,
        "listed Korean person names with the family name in the South's spelling",
        "no listed Korean person names: are the lists there?",
        args.threshold,
        same_korean_name,
    )
    print_not_first(outcomes, args.shown, key="in10", label="missed")
    alerts: dict[str, list] = {}
    if args.non_listed_file:
        for convention, names in southern_spellings(args.non_listed_file).items():
            label = f"non-listed Korean names, {convention}"
            alerts[convention], summary[f"alerts_{convention}"] = reported_alerts(
                index, names, "Person", args.threshold, label, args.shown
            )
    write_report(args.json, {"summary": summary, "outcomes": outcomes, "alerts": alerts})
    return 0


if __name__ == "__main__":
    sys.exit(main())
