"""A Korean name written in Chinese characters (Hanja), read as Korean says it: 金正恩 is 김정은.

Korean names are Chinese characters said the Korean way: 金正恩 is 김정은 (Kim Jong Un), 崔龍海
최룡해 (Choe Ryong Hae), 李炳哲 리병철 (Ri Pyong Chol). Chinese texts write North Korean names so,
in simplified or traditional characters, and so does the UN list now and then (金铁三, KPi.035);
Mandarin reads them otherwise ("jin zheng en", "cui long hai"), sharing next to nothing with the
spelling the lists give them. :func:`korean_reading` writes such a name in Hangul, one syllable
per character, from the character table of the ``hanja`` package (the Korean reading of 27,000
characters, simplified forms among them), and :func:`korean_spellings` writes that as the lists
write Korean names ("kim jong un", "kim jongun"), each word with the syllables it was read from,
so that the matcher compares it as a name written in Hangul (names.korean: the other conventions'
spellings of each syllable).

The table gives each character's reading as a word. Two family names are said otherwise, which
the family name of a Korean name is read as: 金 is Kim (김; the word "gold" is 금) and 沈 Sim (심;
the word is 침). Readings keep the initial ㄹ and ㄴ that the North writes and the South drops at
the start of a word (리, 룡, 력: "RI", "RYONG"; the table does not drop them, and names.korean
spells 리 "Lee" and "Li" too).
"""

from __future__ import annotations

import re
from functools import lru_cache

from embargo.names.transliterate import listed_syllable

#: A person's name that may be Korean, in Chinese characters: a family name of one character and a
#: given name of two, perhaps a space between them, as most Korean names are. Names of two
#: characters, mostly Chinese ones, read so alerted against Korean names listed with two syllables
#: or more (李成, "ri song", / "RI, U'n-so'ng"); four characters are more often a Japanese name.
_HAN = "[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]"
_HAN_NAME = re.compile(f"^{_HAN} ?{_HAN}{{2}}$")

#: Family names said otherwise than the character's reading as a word.
FAMILY_READINGS = {"金": "김", "沈": "심"}


@lru_cache(maxsize=1)
def _table() -> dict[str, str]:
    """The ``hanja`` package's table: character -> its Korean reading (one Hangul syllable)."""
    from hanja.table import hanja_table  # loads its YAML table on import (about 0.2 s)

    return hanja_table


def korean_spellings(text: str) -> dict[str, tuple[str, ...]]:
    """A person's name of three Chinese characters as the lists write a Korean name: each spelling
    with the Hangul syllables of its words; {} for other text.

    "金正恩" -> {"kim jong un": ("김", "정", "은"), "kim jongun": ("김", "정은")}: a word per syllable,
    and the given name as one word, as records that hyphenate it ("Chang-Ho") write it.
    """
    hangul = korean_reading(text)
    if hangul is None:
        return {}
    family, given = hangul[0], hangul[1:]
    words = [listed_syllable(syllable) for syllable in hangul]
    return {
        " ".join(words): tuple(hangul),
        f"{words[0]} {''.join(words[1:])}": (family, given),
    }


def korean_reading(text: str) -> str | None:
    """A person's name of three Chinese characters in Hangul, as Korean reads it; else None.

    "金正恩" -> "김정은", "崔龙海" -> "최룡해", "金 与正" -> "김여정". None for other text, or a
    character the table does not read as one Hangul syllable.
    """
    name = text.strip()
    if not _HAN_NAME.match(name):
        return None
    characters = name.replace(" ", "")
    table = _table()
    syllables = [FAMILY_READINGS.get(characters[0]) or table.get(characters[0], "")]
    syllables.extend(table.get(character, "") for character in characters[1:])
    if not all(len(syllable) == 1 and "\uac00" <= syllable <= "\ud7a3" for syllable in syllables):
        return None
    return "".join(syllables)
