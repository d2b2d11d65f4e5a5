"""Chinese names romanised in Wade-Giles, read back as pinyin.

Taiwan, older texts and many records write Chinese names in Wade-Giles: 习近平 is "Hsi
Chin-p'ing", 毛泽东 "Mao Tse-tung", 蔣經國 "Chiang Ching-kuo". They share little with the
pinyin the lists write ("XI, Jinping"; "hsi" is no pinyin at all). pypinyin writes each pinyin
syllable in Wade-Giles (``Style.WADEGILES``); read backwards, a Wade-Giles name gives its
pinyin, as :mod:`embargo.names.palladius` reads Chinese names written in Cyrillic.

Wade-Giles marks aspiration with an apostrophe (p'ing is ping, ping is bing), which names
mostly leave out: a syllable written without it reads both ways ("tse" is ze or ce), and a
name gets one reading per combination, at most :data:`MOST_READINGS`. Only a name shaped like
a Chinese one is read so: two or three words, a family name of one syllable first or last,
given names of at most two syllables (hyphenated, "Chin-ping", or not), every syllable a
Wade-Giles one and at least one of them marked with an apostrophe or written so only in
Wade-Giles: no pinyin and no Korean syllable as the lists write Korean names ("hsi", "tse",
"chiang"), or a given name of two syllables hyphenated as Wade-Giles writes it and a syllable
no Korean one ("Chou En-lai", whose syllables all spell pinyin too: "lai" is no Korean syllable),
so that a name in pinyin ("Zhang Wei", "Zhou Enlai"), a Korean one ("CHO YONG HO", "An Ha-jun",
whose syllables Wade-Giles also has) or one of another language is left alone.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import product

from pypinyin import Style
from pypinyin.style import convert

from embargo.names.syllabify import chinese_name_syllables, fewest_syllables
from embargo.names.transliterate import is_korean_syllable, is_pinyin_syllable, known_pinyin_syllables

#: A name in Latin letters, apostrophes (of aspiration), spaces, hyphens, commas and stops only.
_LATIN_NAME = re.compile(r"^[A-Za-züÜ'’‘ʼ`\s,.\-]+$")
_APOSTROPHES = re.compile(r"['’‘ʼ`]")
_WORD = re.compile(r"[a-z'\-]+")
#: Letters Wade-Giles never writes (it spells pinyin b, d, q and x as p, t, ch' and hs): a quick
#: test that most names of other languages fail.
_NOT_WADE_GILES = re.compile(r"[bdqvx]")
#: The longest Wade-Giles syllable has six letters ("hsiung", "ch'uang").
_LONGEST = 7
#: Readings of one name, at most (a syllable without its apostrophe reads two ways).
MOST_READINGS = 8
#: The syllables with ü (lü, nü, lüe, nüe), as pypinyin writes them.
_U_UMLAUT = frozenset({"lv", "nv", "lve", "nve"})


#: Syllables pypinyin 0.55 writes wrongly in Wade-Giles, as Wade-Giles writes them. Its table
#: keeps "lai", "hai", "huo" ... as they are, and such an entry falls through to its rules for
#: finals, which write "ai" as "ei" and "uo" as "o" ("lai" came out "lei", the Wade-Giles of 累,
#: so "Hsieh Hai-tao" had no reading); and it writes "tie" "t'oeh" for "t'ieh". Its rules are right
#: where its table differs ("guo" is "kuo", "luo" "lo", "zhuo" "cho").
_WADE_GILES_FIXES = {
    **{syllable: syllable for syllable in ("ai", "hai", "lai", "mai", "nai", "sai", "shai", "wai", "yai")},
    "huo": "huo",
    "shuo": "shuo",
    "tie": "t'ieh",
}


def wade_giles_syllable(syllable: str) -> str:
    """A pinyin syllable as Wade-Giles writes it ("jing": "ching", "lai": "lai"), ü as "v"."""
    return _WADE_GILES_FIXES.get(syllable) or convert(syllable, Style.WADEGILES, strict=True)


@lru_cache(maxsize=1)
def _syllables() -> dict[str, tuple[str, ...]]:
    """Wade-Giles syllable -> the pinyin syllables it writes, unaspirated first.

    Each syllable pypinyin knows, in Wade-Giles with its apostrophe ("p'ing": ping) and without
    it ("ping": bing, as Wade-Giles reads it, and ping, as names write it). pypinyin writes ü
    "v"; names write "u" or "ü" ("Hsü", "Hsu": xu), and pinyin names "u" after l and n.
    """
    table: dict[str, list[str]] = {}
    written = {s for s in known_pinyin_syllables() if s.isascii() and s.isalpha()} | _U_UMLAUT
    for syllable in sorted(written, key=lambda s: (len(s), s)):
        wade = wade_giles_syllable(syllable).replace("v", "u").replace("`", "'")
        pinyin = syllable.replace("v", "u")
        for key in dict.fromkeys((wade, wade.replace("'", ""))):
            readings = table.setdefault(key, [])
            if pinyin not in readings:
                if "'" in wade and key != wade:
                    readings.append(pinyin)  # aspirated, its apostrophe left out: the second reading
                else:
                    readings.insert(0, pinyin)
    return {key: tuple(readings) for key, readings in table.items()}


@lru_cache(maxsize=4096)
def _split(word: str) -> tuple[str, ...] | None:
    """The Wade-Giles syllables of one lower-case word, fewest first; None if it is not cut so."""
    return fewest_syllables(word, _syllables(), _LONGEST)


def _word_syllables(word: str) -> tuple[str, ...] | None:
    """The Wade-Giles syllables of a word, hyphenated ("chin-ping": one given name) or not."""
    syllables: list[str] = []
    for part in filter(None, word.split("-")):
        pieces = _split(part)
        if pieces is None:
            return None
        syllables.extend(pieces)
    return tuple(syllables)


def _only_wade_giles(syllable: str) -> bool:
    """True for a syllable only Wade-Giles writes so: marked with an apostrophe, or neither a pinyin
    syllable nor a romanised Korean one ("hsi", "tse", "chiang"; not "chung", "cho", "tung")."""
    return "'" in syllable or not (is_pinyin_syllable(syllable) or is_korean_syllable(syllable))


def _hyphenated_given_name(word: str, syllables: tuple[str, ...]) -> bool:
    """True for a given name of two Wade-Giles syllables joined by a hyphen ("En-lai", "Teng-hui"),
    ``syllables`` the word's (see _word_syllables: each part of it one syllable or more).

    Wade-Giles, and Taiwan's spellings after it, hyphenate a given name of two syllables; pinyin
    writes it as one word ("Enlai", "Denghui"). So such a name is read in Wade-Giles even when each
    of its syllables also spells pinyin ("Chou En-lai": chou, en and lai are pinyin syllables too,
    and its pinyin is "Zhou Enlai"). Korean given names are hyphenated too ("Ha-jun", "YUN,
    Ho-chin"): a name is read so only when one of its syllables is no Korean one as the lists write
    Korean names (see wade_giles_readings).
    """
    return word.count("-") == 1 and len(syllables) == 2


def wade_giles_readings(text: str) -> list[str]:
    """The pinyin readings of a person's name written in Wade-Giles; [] for other names.

    "Hsi Chin-ping" -> ["xi jinbing", "xi jinping", "xi qinbing", "xi qinping"]; "Mao Tse-tung"
    -> ["mao zedong", "mao zetong", "mao cedong", "mao cetong"]; "Zhang Wei" -> [].
    """
    if not _LATIN_NAME.match(text):
        return []
    lowered = _APOSTROPHES.sub("'", text.casefold().replace("ü", "u"))
    if _NOT_WADE_GILES.search(lowered):
        return []
    words = _WORD.findall(lowered)
    split = chinese_name_syllables(words, _word_syllables)
    if split is None:
        return []
    name_syllables = [s for word in split for s in word]
    hyphenated = any(map(_hyphenated_given_name, words, split))
    if not any(map(_only_wade_giles, name_syllables)) and not (
        hyphenated and not all(map(is_korean_syllable, name_syllables))
    ):
        return []  # pinyin, Korean as the lists write it ("CHO YONG HO"), or another language
    table = _syllables()
    options = [[table[s] for s in syllables] for syllables in split]
    readings = []
    for choice in product(*(product(*word) for word in options)):
        readings.append(" ".join("".join(word) for word in choice))
        if len(readings) == MOST_READINGS:
            break
    return readings
