"""Arabic, Persian and Pashto names written in Russian Cyrillic ("Сираджуддин Хаккани").

Russian texts, and the customer records of banks that write names in Cyrillic (Russia, Central
Asia), write such names by Russian practical transcription: х for h, ḥ and kh, к for q, дж for j
("Sirajuddin Haqqani" is "Сираджуддин Хаккани"). The engine reads Cyrillic as Russian is romanised
("siradzhuddin khakkani"), which the lists' spelling differs from in those letters. This benchmark:

- screens each UN-listed person whose entry gives the name in Arabic script (an Arabic, Persian or
  Pashto name), by the first name in Latin letters the list gives, written in Cyrillic as Russian
  transcribes such English-style spellings (:func:`to_cyrillic`; "FAMILY, Given" given name
  first): found first (the entry, or another with the very name) and in the first ten;
- screens the person names of ``--non-listed-file`` (bench/perturb.py generate) from the origins
  ``--origins`` (default en_PK: Pakistani names in Latin letters), in Cyrillic and as written, and
  counts the alerts of each: a name in Cyrillic should alert no more than the same name in Latin.

The transcription is the benchmark's, written from Russian practice (digraphs first: kh, sh, ch,
zh, th, dh, gh as х, ш, ч, ж, с, з, г; j and dj дж, q к, h х, w в, ou and oo у, ee и, y й after
a vowel, no final h after a vowel: Абдулла, Хамза); the engine has no such table, it reads the
Cyrillic back as Russian. Russian writes from the Arabic, not from the English spelling, so this
is an approximation: it keeps what English spellings tell apart and Russian does not (q and k, w
and v, h and kh all one letter), which is what the engine has to undo, but not every Russian
habit (Russian writes some names otherwise: "Усама" for "Osama").

    .venv/bin/python bench/cyrillic_recall.py [--non-listed-file F --origins en_PK] [--json OUT] [--shown N]
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from listed_bench import (  # noqa: E402
    alerts_two_ways,
    generated_persons,
    non_listed_parser,
    print_not_first,
    screen_listed_queries,
)

_ARABIC_SCRIPT = re.compile("[\u0600-\u06ff]")
#: A name in Latin letters, spaces, hyphens, apostrophes and a comma only.
_LATIN_NAME = re.compile(r"^[A-Za-z][A-Za-z '’‘`\-,]*$")

#: English-style spellings of Arabic and Persian names -> Russian letters, longest first.
_SPELLINGS = {
    "kh": "х", "sh": "ш", "ch": "ч", "zh": "ж", "th": "с", "dh": "з", "gh": "г", "ph": "ф", "ts": "ц",
    "ya": "я", "yu": "ю", "ye": "е", "yo": "йо", "ou": "у", "oo": "у", "ee": "и", "aa": "а", "ii": "и",
    "uu": "у", "ei": "ей", "ey": "ей", "yi": "йи", "dj": "дж",
    "a": "а", "b": "б", "c": "к", "d": "д", "e": "е", "f": "ф", "g": "г", "h": "х", "i": "и", "j": "дж",
    "k": "к", "l": "л", "m": "м", "n": "н", "o": "о", "p": "п", "q": "к", "r": "р", "s": "с", "t": "т",
    "u": "у", "v": "в", "w": "в", "x": "кс", "z": "з",
}  # fmt: skip
_APOSTROPHE = re.compile("['’‘`]")
#: The Arabic article as Russian writes it.
_ARTICLES = {"al": "аль", "el": "эль"}
_LETTERS = re.compile("|".join(sorted(map(re.escape, _SPELLINGS), key=len, reverse=True)) + "|y")


def _word_to_cyrillic(word: str) -> str:
    """One lower-case word in Russian letters: a y after a vowel is й, else и ("Ayman" "Айман",
    "Yasin" "Ясин" by "ya"); an initial e is э ("Emad" "Эмад"); a final h after a vowel is left out
    ("Abdullah" "Абдулла")."""
    if len(word) > 2 and word.endswith("h") and word[-2] in "aeiou":
        word = word[:-1]

    def letter(match: re.Match[str]) -> str:
        if match.group() != "y":
            return _SPELLINGS[match.group()]
        return "й" if match.start() and word[match.start() - 1] in "aeiou" else "и"

    cyrillic = _LETTERS.sub(letter, word)
    if word.startswith("e"):
        cyrillic = "э" + cyrillic[1:]
    return cyrillic


def to_cyrillic(name: str) -> str:
    """A listed name in Latin letters as Russian writes it: "HAQQANI, Sirajuddin" -> "Сираджуддин Хаккани".

    "FAMILY, Given" is turned to "Given Family"; the article al- and el-, or al and el apart, is
    "аль" and "эль";
    apostrophes (ayn, hamza) are left out, the letters on each side written apart ("Sa'ad" "Саад").
    """
    family, comma, given = name.partition(",")
    ordered = (f"{given} {family}" if comma else name).lower()
    words = []
    for word in ordered.split():
        parts = word.split("-")
        # The article before a hyphen, or as a word of its own.
        last = len(parts) - 1
        written = [_ARTICLES.get(part) if i < last or not last else None for i, part in enumerate(parts)]
        parts = [
            w or "".join(map(_word_to_cyrillic, _APOSTROPHE.split(p)))
            for w, p in zip(written, parts, strict=True)
        ]
        words.append("-".join(p[:1].upper() + p[1:] for p in parts if p))
    return " ".join(w for w in words if w)


def listed_queries(entities: list) -> list[tuple[str, str, str]]:
    """(the name in Cyrillic, the listed name, entity_id) per UN person with a name in Arabic script."""
    queries = []
    for entity in entities:
        if entity.schema != "Person" or entity.source != "un-sc":
            continue
        if not any(_ARABIC_SCRIPT.search(name.full) for name in entity.names):
            continue
        latin = next((n.full for n in entity.names if not n.is_weak and _LATIN_NAME.match(n.full)), None)
        if latin:
            queries.append((to_cyrillic(latin), latin, entity.entity_id))
    return sorted(set(queries))


def non_listed_names(path: Path, origins: set[str]) -> list[tuple[str, str]]:
    """The person names of a generated file from ``origins``: (in Cyrillic, as written)."""
    names = {
        row["name"]
        for row in generated_persons(path)
        if row["origin"].split("/")[0] in origins and _LATIN_NAME.match(row["name"])
    }
    return sorted((to_cyrillic(name), name) for name in names)


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print its summary (and a JSON report with ``--json``)."""
    parser = non_listed_parser(__doc__.split("\n\n")[0])
    parser.add_argument("--origins", default="en_PK", help="comma-separated locales of the non-listed names")
    args = parser.parse_args(argv)
    index, outcomes, summary = screen_listed_queries(
        listed_queries,
        "listed person names written in Cyrillic",
        "no UN-listed person with a name in Arabic script: are the lists there?",
        args.threshold,
    )
    print_not_first(outcomes, args.shown)
    report: dict = {"summary": summary, "outcomes": outcomes}
    if args.non_listed_file:
        names = non_listed_names(args.non_listed_file, set(args.origins.split(",")))
        in_cyrillic, in_latin = alerts_two_ways(index, names, args.threshold, "names", "Cyrillic", args.shown)
        summary["alerts"] = {"cyrillic": len(in_cyrillic), "latin": len(in_latin), "names": len(names)}
        report.update(alerts=in_cyrillic, latin_alerts=in_latin)
    if args.json:
        args.json.write_text(json.dumps(report, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
