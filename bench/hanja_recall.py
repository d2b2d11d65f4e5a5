"""North Korean names written in Chinese characters (Hanja) against the lists' Latin spellings.

Chinese texts write a North Korean's name in the characters of its syllables (金正恩, Kim Jong
Un), and so do Chinese banks' records; the UN list itself gives 金铁三 for KIM CHOL SAM
(KPi.035). This benchmark takes each name of a person listed under a North Korea programme
(the UN list's DPRK, OFAC SDN 2023's DPRK to DPRK4) that is three words, each a Korean syllable
as the lists write them ("KIM CHOL SAM", "RI, Su Yong"; also "Chang-Ho" hyphenated),
writes it in characters, one per syllable, in traditional characters and, where they differ, in
simplified ones (OpenCC), screens each as a person's name, and reports:

- found first: the listed entry, or another carrying exactly the listed name (the same person
  on both lists), is the first match at the threshold;
- in the first ten: the listed entry is among the first ten matches.

The lists do not give the characters of most names, so each syllable is written with a
character drawn (``--seed``) from those the ``hanja`` package's table reads as a Hangul syllable
that one of Korean's conventions spells so (names.korean.syllable_spellings: "thaek" is 택), the
family name Kim with 金; names with a word no such character spells are left out. The benchmark
checks the reading of such a name against the lists' spellings, not which characters a person
has.

With ``--non-listed-file`` (a TSV of ``bench/perturb.py generate --locales zh_CN,zh_TW,...``), it
also screens the person names there of three Chinese characters and counts the alerts: Chinese
customers who are not listed, whose names are now also read in Korean.

    .venv/bin/python bench/hanja_recall.py [--non-listed-file TSV] [--seed N] [--json OUT] [--shown N]
"""

from __future__ import annotations

import random
import re
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from listed_bench import (  # noqa: E402
    generated_persons,
    non_listed_parser,
    print_not_first,
    reported_alerts,
    same_korean_name,
    screen_listed_queries,
    without_apostrophes,
    write_report,
)

#: A person's name of three Chinese characters (spaces left out first, see non_listed_names).
_THREE_CHARACTERS = re.compile(r"^[\u4e00-\u9fff]{3}$")
#: The family name written with its own character, whatever other characters read it.
_FAMILY_CHARACTERS = {"kim": "金"}


def characters_by_spelling() -> dict[str, list[str]]:
    """Latin spelling of a Korean syllable -> the characters read as it, among the traditional
    characters in common use (those Big5 encodes: names are written with them, not with the rare
    characters that fill most of the table)."""
    from hanja.table import hanja_table

    from embargo.names.korean import syllable_spellings

    spelt: dict[str, list[str]] = defaultdict(list)
    for character, reading in sorted(hanja_table.items()):
        if _in_codec(character, "big5") and len(reading) == 1 and "\uac00" <= reading <= "\ud7a3":
            for spelling in syllable_spellings(reading):
                spelt[spelling].append(character)
    return spelt


def _in_codec(text: str, codec: str) -> bool:
    """Whether every character of the text is in the character set of that codec (big5, gb2312)."""
    try:
        text.encode(codec)
    except UnicodeEncodeError:
        return False
    return True


def written_in_characters(words: list[str], spelt: dict[str, list[str]], rng: random.Random) -> str | None:
    """A name's syllables written each with a character read as it (None when one has none)."""
    characters = []
    for place, word in enumerate(words):
        if place == 0 and word in _FAMILY_CHARACTERS:
            characters.append(_FAMILY_CHARACTERS[word])
        elif spelt.get(word):
            characters.append(rng.choice(spelt[word]))
        else:
            return None
    return "".join(characters)


def listed_queries(entities: list, seed: int) -> list[tuple[str, str, str]]:
    """The queries: (a listed Korean name in characters; listed name; entity_id), in traditional
    characters and, where they differ, in simplified ones."""
    import opencc

    from embargo.names.transliterate import is_korean_syllable

    simplify = opencc.OpenCC("t2s").convert
    spelt = characters_by_spelling()
    rng = random.Random(seed)
    queries = []
    for entity in entities:
        if entity.schema != "Person" or not any(program.startswith("DPRK") for program in entity.programs):
            continue
        for name in entity.names:
            words = re.findall(r"[a-z]+", without_apostrophes(name.full).lower())
            if len(words) != 3 or not all(is_korean_syllable(word) for word in words):
                continue
            written = written_in_characters(words, spelt, rng)
            if written is None:
                continue
            simplified = simplify(written)
            # In simplified characters where they differ and GB 2312, mainland China's common set, has them.
            forms = (written, simplified) if _in_codec(simplified, "gb2312") else (written,)
            for form in dict.fromkeys(forms):
                queries.append((form, name.full, entity.entity_id))
    return queries


def non_listed_names(path: Path) -> list[str]:
    """The person names of three Chinese characters of a generated TSV, family name first, as
    Chinese writes them (Faker writes them given name first, a space between: "秀英 李")."""
    names = ["".join(reversed(row["name"].split())) for row in generated_persons(path)]
    return [name for name in dict.fromkeys(names) if _THREE_CHARACTERS.match(name)]


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print its summary (and a JSON report with ``--json``)."""
    parser = non_listed_parser(__doc__.split("\n\n")[0])
    parser.add_argument("--seed", type=int, default=38, help="draws the characters of each syllable")
    args = parser.parse_args(argv)
    index, outcomes, summary = screen_listed_queries(
        lambda entities: listed_queries(entities, args.seed),
        "listed Korean person names written in Chinese characters",
        "no listed Korean person names: are the lists there?",
        args.threshold,
        same_korean_name,
    )
    print_not_first(outcomes, args.shown, key="in10", label="missed")
    print_not_first(outcomes, args.shown)
    raised: list[list] = []
    if args.non_listed_file:
        names = non_listed_names(args.non_listed_file)
        label = "non-listed names of three Chinese characters"
        raised, summary["alerts"] = reported_alerts(index, names, "Person", args.threshold, label, args.shown)
    write_report(args.json, {"summary": summary, "outcomes": outcomes, "alerts": raised})
    return 0


if __name__ == "__main__":
    sys.exit(main())
