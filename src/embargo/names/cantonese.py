"""Chinese names in characters read as Hong Kong writes them (Cantonese).

Hong Kong romanises Chinese names by their Cantonese sound, in the Hong Kong Government
Cantonese Romanisation of identity cards: 林鄭月娥 is "LAM CHENG, Yuet-ngor", 鄧炳強 "TANG,
Ping-keung", 李家超 "LEE, Ka Chiu", which share little with their pinyin ("lin zheng yue e",
"deng bing qiang", "li jia chao"). The lists write Hong Kong people so (OFAC's Hong Kong
designations), often with no pinyin alias: a name in characters is also read in Cantonese.

cantonese-romanisation maps each character to its spellings in that romanisation (several:
"lee", "lei" and "li" for 李), in alphabetical order. It mixes in spellings of other conventions
that write an unaspirated initial as such ("gwok" for 國, "dang" for 鄧, "jeung" for 蔣); the
government's romanisation writes both kinds of initial with the letters of the aspirated one
(Kwok, Tang, Cheung), so each such spelling is also written so, and those spellings come first.

Only a person's name shaped as a Chinese one is read so: two to four characters (a family name
of one or two, a given name of one or two), every one known to the romanisation; not a foreign
name written in characters, whose parts a middle dot separates ("約翰·李"). A name gets one
reading per combination of its characters' spellings, those with fewest spellings chosen after
each character's first coming first, at most :data:`MOST_READINGS`; one token per character, as
the lists write them ("LEE, Ka Chiu"; a hyphenated given name, "Ka-chiu", is the two tokens
written as one). The table lacks some of Hong Kong's spellings (智 is "chi" there, "Chee" in
Jimmy Lai's name; 振 "jan", "Chun" in Leung Chun-ying's): such names are not found so.
"""

from __future__ import annotations

import heapq
import json
import pkgutil
import re
from functools import lru_cache
from itertools import product

from embargo.names.chinese import simplified
from embargo.names.syllabify import fewest_syllables

#: A person's name in Chinese characters: two to four (spaces between them are left out first).
_HAN_NAME = re.compile(r"^[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]{2,4}$")
#: Readings of one name, at most (most characters have two or three spellings).
MOST_READINGS = 8
#: A final h or r after a vowel (before another syllable's consonant or at the end): only a mark of the vowel.
_VOWEL_MARKS = re.compile(r"(?<=[aeiou])[hr](?![aeiouy])")
#: Initials of other conventions and how the government's romanisation writes them (the longest first).
_UNASPIRATED = (("gw", "kw"), ("b", "p"), ("d", "t"), ("g", "k"), ("j", "ch"))


@lru_cache(maxsize=1)
def _table() -> dict[str, list[str]]:
    """Character -> its spellings, cantonese-romanisation's table (loaded on first use).

    Read from the package's data as its ``Cantonese`` class does, without the five tables of other
    romanisations and of the way back that the class loads too (17 MB in all, this one 3 MB).
    Spellings that are no letters (the table writes "$" for characters it has no spelling of) are left out.
    """
    table = json.loads(pkgutil.get_data("cantoroman", "data/charToRoman.json") or b"{}")
    spelt = {character: [s for s in spellings if s.isalpha()] for character, spellings in table.items()}
    return {character: spellings for character, spellings in spelt.items() if spellings}


@lru_cache(maxsize=1)
def _traditional_forms() -> dict[str, tuple[str, ...]]:
    """Simplified character -> the table's traditional characters written so.

    OpenCC's traditional-to-simplified conversion (names.chinese.simplified) of every character of
    the table, read backwards: "启" is "啟" (the table has it, not Hong Kong's "啓"), "发" both "發"
    and "髮". The converter is loaded for names in characters anyway; its simplified-to-traditional
    ones would cost 42 MB more.
    """
    characters = list(_table())
    written = simplified("\n".join(characters)).split("\n")
    if len(written) != len(characters):  # never seen: each line is one character
        written = [simplified(character) for character in characters]
    forms: dict[str, list[str]] = {}
    for character, simple in zip(characters, written, strict=True):
        if simple != character and len(simple) == 1:
            forms.setdefault(simple, []).append(character)
    return {simple: tuple(traditional) for simple, traditional in forms.items()}


@lru_cache(maxsize=1 << 14)
def hong_kong_spellings(character: str) -> tuple[str, ...]:
    """A character's spellings in Hong Kong's romanisation, its own way of writing initials first.

    "國" -> ("kwok", "gwok"); "鄧" -> ("tang", "dang"); "李" -> ("lee", "lei", "li"); a simplified
    character the table lacks has those of its traditional forms ("邓" those of "鄧"); () if unknown.
    """
    table = _table()
    spellings = table.get(character) or [
        spelling for traditional in _traditional_forms().get(character, ()) for spelling in table[traditional]
    ]
    own = [_aspirated(spelling) for spelling in spellings]
    # One spelling of those that differ only in a final h or r (see without_vowel_marks): the
    # comparison takes them for one, and a reading less is a name searched once less.
    by_marks = {without_vowel_marks(spelling): spelling for spelling in reversed([*own, *spellings])}
    return tuple(dict.fromkeys(by_marks[without_vowel_marks(spelling)] for spelling in [*own, *spellings]))


@lru_cache(maxsize=1 << 16)
def without_vowel_marks(spelling: str) -> str:
    """A romanised syllable (or several written as one) without the h or r that only marks the vowel
    before it as long or open: "wah", "ngor", "kar", "boh" are "wa", "ngo", "ka", "bo", written with
    it or not ("Yuet-ngor", "Kwai-wa")."""
    return _VOWEL_MARKS.sub("", spelling)


def _aspirated(spelling: str) -> str:
    for initial, written in _UNASPIRATED:
        if spelling.startswith(initial):
            return written + spelling[len(initial) :]
    return spelling


@lru_cache(maxsize=1)
def _syllables() -> frozenset[str]:
    """Every spelling of a syllable in the romanisation, without marks of its vowel (see
    hong_kong_spellings, without_vowel_marks)."""
    table = _table()
    return frozenset(
        without_vowel_marks(written)
        for spellings in table.values()
        for spelling in spellings
        for written in (spelling, _aspirated(spelling))
    )


@lru_cache(maxsize=1 << 14)
def is_cantonese_spelt(token: str) -> bool:
    """True for a token spelt as one or two characters in Hong Kong's romanisation ("wah", "kachiu")."""
    syllables = _syllables()
    pieces = fewest_syllables(without_vowel_marks(token), syllables, _longest_syllable())
    return pieces is not None and len(pieces) <= 2


@lru_cache(maxsize=1)
def _longest_syllable() -> int:
    return max(map(len, _syllables()))


@lru_cache(maxsize=4096)
def cantonese_readings(text: str) -> tuple[str, ...]:
    """The readings in Cantonese of a person's name written in Chinese characters; () for others.

    "林鄭月娥" -> ("lam cheng yuet ngo", "lam jeng yuet ngo"); "李家超" -> ("lee ka chiu", "lee ga chiu",
    "lei ka chiu", ...); simplified characters are read as their traditional ones ("林郑月娥" alike).
    """
    characters = "".join(text.split())
    if not _HAN_NAME.match(characters):
        return ()
    options = [hong_kong_spellings(character) for character in characters]
    if not all(options):
        return ()
    # Fewest spellings chosen after each character's first come first (on a tie, the later
    # characters' spellings changed first).
    choices = heapq.nsmallest(
        MOST_READINGS, product(*(range(len(spellings)) for spellings in options)), key=lambda c: (sum(c), c)
    )
    return tuple(
        " ".join(spellings[i] for spellings, i in zip(options, choice, strict=True)) for choice in choices
    )
