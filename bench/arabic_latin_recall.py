"""Recall of names in Arabic script against parties listed in Latin letters only.

The UN list gives many of its people and groups also in Arabic script; OFAC, the CSL and the
DPL never do. A customer record or payment in Arabic script must still find the party the
lists spell in Latin letters. This benchmark screens every Arabic-script name of a UN entry
against an index of OFAC SDN 2023 + UN + CSL + DPL from which every Arabic-script name has
been taken out, with and without the entry's schema, and reports:

- recall@1: the UN entry (by ``source_id``) is the first match at the threshold;
- recall@10: it is among the first ten;
- no match: nothing reaches the threshold.

A party on two lists (the same person on the UN and OFAC lists) counts as found at rank 1
only when the UN entry itself is first, so recall@1 is a lower bound.

With ``--hebrew academy`` the names are screened in Hebrew letters instead, as Hebrew writes
Arabic names: letter for letter by the Academy of the Hebrew Language's rules for transcribing
Arabic (ح ח, خ ח', ع ע, غ ע', ث ת', ذ ד', ض צ', ظ ט', ج ג', the final forms of ך ם ן ף ץ; short
vowels, which Arabic script rarely writes, left out as Hebrew leaves them; ى as י); ``--hebrew
press`` without the geresh of Arabic's own sounds, as newspapers often write them (خالد مشعل as
חאלד משעל, Khaled Mashal), keeping that of ג׳, Hebrew's everyday j.

    .venv/bin/python bench/arabic_latin_recall.py [--hebrew academy|press] [--json OUT]
        [--threshold T] [--shown N]
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from screen_recall import DATA_DIR, read_lists  # noqa: E402  (the lists of the recall benchmark)

#: Arabic-script letters in Hebrew ones, as the Academy of the Hebrew Language transcribes Arabic
#: (Persian and Urdu letters as their Arabic counterparts); a geresh (׳) marks the Arabic sounds
#: Hebrew has no letter for.
_ARABIC_IN_HEBREW = {
    **dict.fromkeys("اأإآٱء", "א"),
    "ؤ": "ו",
    "ئ": "י",
    "ب": "ב",
    "پ": "פ׳",
    "ت": "ת",
    "ث": "ת׳",
    "ج": "ג׳",
    "چ": "צ׳",
    "ح": "ח",
    "خ": "ח׳",
    "د": "ד",
    "ذ": "ד׳",
    "ر": "ר",
    "ز": "ז",
    "ژ": "ז׳",
    "س": "ס",
    "ش": "ש",
    "ص": "צ",
    "ض": "צ׳",
    "ط": "ט",
    "ظ": "ט׳",
    "ع": "ע",
    "غ": "ע׳",
    "ف": "פ",
    "ق": "ק",
    **dict.fromkeys("كک", "כ"),
    "گ": "ג",
    "ل": "ל",
    "م": "מ",
    "ن": "נ",
    **dict.fromkeys("هةۀ", "ה"),
    "و": "ו",
    # ى is ā in Arabic names ("موسى", Musa) and ī in Afghan ones ("نعمانى", Nomani): י, which a
    # Latin spelling may end with either (the Academy writes the ā א, which would be no Nomani).
    **dict.fromkeys("يیى", "י"),
}
_FINAL_FORMS = str.maketrans("כמנפצ", "ךםןףץ")
#: A letter with a final form at the end of a word (before a geresh too: "ך׳" is rare, and the
#: Academy keeps the plain letter there: only a letter with no geresh after it).
_BEFORE_FINAL_FORM = re.compile("[כמנפצ](?![\u05d0-\u05ea׳])")
#: The geresh that marks Arabic's own sounds (خ غ ث ذ ظ ض), which newspapers often leave out; not
#: that of ג׳ (ج, "j"), the everyday spelling of a j in Hebrew.
_ARABIC_GERESH = re.compile("([חעתדטצ])׳")
#: Short vowels, shadda, sukun, tanwin, the dagger alif and the tatweel: left out.
_ARABIC_MARKS = re.compile("[\u064b-\u065f\u0670\u0640]")


def in_hebrew_letters(name: str, geresh: bool = True) -> str:
    """An Arabic-script name in Hebrew letters (see the module's docstring), with or without the
    geresh of Arabic's own sounds."""
    letters = "".join(_ARABIC_IN_HEBREW.get(ch, ch) for ch in _ARABIC_MARKS.sub("", name))
    if not geresh:
        letters = _ARABIC_GERESH.sub(r"\1", letters)
    return _BEFORE_FINAL_FORM.sub(lambda m: m.group(0).translate(_FINAL_FORMS), letters)


def build(data: Path):  # noqa: ANN201
    """The index without Arabic-script names, and the queries: (name, UN source_id, schema)."""
    from embargo.match import MatchIndex
    from embargo.names.transliterate import is_abjad

    entities, queries = [], []
    lists = read_lists(data)
    for parsed, _version in lists:
        for entity in parsed.entities:
            arabic = [n.full for n in entity.names if is_abjad(n.full)]
            latin = [n for n in entity.names if not is_abjad(n.full)]
            if arabic and latin and entity.source == "un-sc":
                queries += [(query, entity.source_id, entity.schema) for query in arabic]
            if latin:
                entities.append(dataclasses.replace(entity, names=latin))
    return MatchIndex.build(entities, [version for _parsed, version in lists]), queries


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print its summary (and a JSON report with ``--json``)."""
    from embargo.match import DEFAULT_THRESHOLD
    from embargo.model import Query

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--json", type=Path, help="write every screening's outcome here")
    parser.add_argument("--threshold", type=float, default=DEFAULT_THRESHOLD)
    parser.add_argument("--shown", type=int, default=20, help="misses printed")
    parser.add_argument(
        "--hebrew",
        choices=("academy", "press"),
        help="screen the names in Hebrew letters, with (academy) or without (press) the geresh",
    )
    args = parser.parse_args(argv)

    index, queries = build(DATA_DIR / "lists")
    if args.hebrew:
        geresh = args.hebrew == "academy"
        queries = [(in_hebrew_letters(query, geresh), *rest) for query, *rest in queries]
    outcomes = []
    for query, source_id, schema in queries:
        for given in (schema, None):
            matches = index.search(Query(name=query, schema=given), 10, args.threshold)
            ids = [m.source_id for m in matches]
            outcomes.append(
                {
                    "query": query,
                    "schema": given,
                    "source_id": source_id,
                    "rank1": bool(ids) and ids[0] == source_id,
                    "in10": source_id in ids,
                    "top": [[m.name, m.score] for m in matches[:3]],
                }
            )
    total = len(outcomes)
    rank1 = sum(o["rank1"] for o in outcomes)
    in10 = sum(o["in10"] for o in outcomes)
    empty = sum(not o["top"] for o in outcomes)
    summary = {
        "names": len(queries),
        "screenings": total,
        "recall@1": round(rank1 / total, 4),
        "recall@10": round(in10 / total, 4),
        "no_match": empty,
        "threshold": args.threshold,
        "hebrew": args.hebrew,
    }
    print(
        f"{len(queries):,} Arabic-script names of UN entries"
        f"{f' in Hebrew letters ({args.hebrew})' if args.hebrew else ''},"
        f" {total:,} screenings (with and without schema)"
        f" against the four lists without their Arabic-script names:"
        f" recall@1 {rank1:,} ({rank1 / total:.1%}), recall@10 {in10:,} ({in10 / total:.1%}),"
        f" no match at {args.threshold} {empty:,}"
    )
    for outcome in [o for o in outcomes if not o["in10"] and o["schema"]][: args.shown]:
        print(f"  missed: {outcome['query']} ({outcome['source_id']}) -> {outcome['top'][:1]}")
    if args.json:
        args.json.write_text(
            json.dumps({"summary": summary, "outcomes": outcomes}, ensure_ascii=False, indent=1)
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
