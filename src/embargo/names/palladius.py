"""Chinese names written in Cyrillic (the Palladius system), read back as pinyin.

Russian writes Chinese names in the Palladius system: 习近平 is "Си Цзиньпин", 王毅 "Ван И",
张伟 "Чжан Вэй". Romanised letter by letter as Russian ("si tszinpin", "van i"), they share
little with the pinyin the lists write ("XI, Jinping", "WANG, Yi"). pypinyin writes each pinyin
syllable in Palladius (``Style.CYRILLIC``); read backwards, a Cyrillic word cut into such
syllables gives its pinyin: "цзиньпин" is "цзинь" + "пин", "jinping".

Russian names can be cut into Palladius syllables too ("Иван" is "и" + "ван"), so only a
name shaped like a Chinese one is read so: two or three words, a family name of one syllable
first or last, given names of at most two syllables each. The reading is one more reading of
the name, next to its Russian romanisation, not a replacement.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pypinyin import Style
from pypinyin.style import convert

from embargo.names.syllabify import chinese_name_syllables, fewest_syllables
from embargo.names.transliterate import known_pinyin_syllables

#: A name made of Cyrillic words only, apart from spaces, hyphens, commas and stops.
_CYRILLIC_NAME = re.compile(r"^[\u0400-\u04ff\s,.\-]+$")
_WORD = re.compile(r"[\u0400-\u04ff]+")
#: The longest Palladius syllable has six letters ("цзюань").
_LONGEST = 6
#: The syllables with ü (lü, nü, lüe, nüe), as pypinyin writes them.
_U_UMLAUT = frozenset({"lv", "nv", "lve", "nve"})


@lru_cache(maxsize=1)
def _syllables() -> dict[str, str]:
    """Palladius syllable -> pinyin syllable, for every syllable pypinyin knows.

    Russian texts often write "е" for the Palladius "э" ("Вей", "Хуавей" for "Вэй", "Хуавэй"): such
    spellings are read too where they are not themselves another syllable ("се" is xie, not se).
    Where two pinyin syllables share one spelling ("ло": luo, and the interjection lo), the longer
    is kept.
    """
    table: dict[str, str] = {}
    # After l and n, pinyin writes ü (pypinyin: "v"), which the lists write "u" (LU for 吕).
    written = {s for s in known_pinyin_syllables() if s.isascii() and s.isalpha()} | _U_UMLAUT
    for syllable in sorted(written, key=lambda s: (len(s), s)):
        table[convert(syllable, Style.CYRILLIC, strict=True)] = syllable.replace("v", "u")
    variants = {
        cyrillic.replace("э", "е"): syllable for cyrillic, syllable in table.items() if "э" in cyrillic
    }
    for cyrillic, syllable in variants.items():
        table.setdefault(cyrillic, syllable)
    return table


@lru_cache(maxsize=4096)
def _split(word: str) -> tuple[str, ...] | None:
    """The pinyin syllables of one lower-case Cyrillic word, fewest first; None if it is not cut so."""
    table = _syllables()
    pieces = fewest_syllables(word, table, _LONGEST)
    return None if pieces is None else tuple(table[piece] for piece in pieces)


def palladius_reading(text: str) -> str | None:
    """The pinyin of a person's name written in Cyrillic the Palladius way; None for other names.

    "Си Цзиньпин" -> "xi jinping", "Ван И" -> "wang yi", "Чжан Вэй" -> "zhang wei".
    """
    if not _CYRILLIC_NAME.match(text):
        return None
    split = chinese_name_syllables(_WORD.findall(text.lower()), _split)
    return None if split is None else " ".join("".join(syllables) for syllables in split)
