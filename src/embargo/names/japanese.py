"""Japanese names in kanji and kana, read as they are written in Latin letters (Hepburn).

anyascii reads every kanji as a Chinese character in pinyin, so a Japanese name in kanji
("安倍晋三", "麻原彰晃") or in kanji and kana ("オウム真理教", Aum Shinrikyo) never met its
listed spelling; and it reads kana one character at a time, so a syllable written with a small
kana is two ("ショウコウ", Shoko, -> "shiyoukou"; "キョウコ" -> "kiyouko"; "ジュン" -> "jiyun")
and a doubled consonant is not doubled ("ニッポン" -> "nitpon"). pykakasi (a maintained kana/kanji
converter with the dictionaries of the KAKASI project) gives each word its Japanese reading in
Hepburn romanisation; the lists write Hepburn without long-vowel marks, so "ou", "oo" and "uu"
are written "o" and "u" ("shinzou" -> "shinzo", "shinrikyou" -> "shinrikyo"). Its reading is one
more reading of the name (see analysis): anyascii's stays, since rigour knows the katakana words
of business in the name as written ("アブ・サヤフ・グループ", Abu Sayyaf Group) and anyascii leaves
out the ー of a foreign name ("イーゴリ・セーチン" "igori sechin", pykakasi "iigori seechin").

A name in kanji alone may be Chinese as well as Japanese. It is read the Japanese way (an extra
reading, next to the pinyin one: see analysis) only when it is a person's name of four kanji or
more, as most Japanese full names are and Chinese ones are not (two or three characters: read
the Japanese way, "唐建" and "王想" raised two false alerts of 4,994 in the benchmark), and every
character has a Japanese reading (simplified Chinese characters, "张", "习", have none).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

#: Hiragana and katakana (a name with any is Japanese); not the katakana middle dot, which Chinese
#: texts write between the words of a foreign name too ("谢尔盖・拉夫罗夫"), as others do ("John・Smith").
_KANA = re.compile(r"[\u3040-\u30fa\u30fc-\u30ff\uff66-\uff9f]")
#: Kanji (CJK unified ideographs, with extension A and the compatibility block).
_KANJI = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
#: Long vowels as Hepburn without macrons writes them, a long o written おお or with ー too
#: ("オオノ", "ショーコー" -> "ono", "shoko"; other vowels doubled by ー stay as pykakasi writes them).
_LONG_VOWELS = (("ou", "o"), ("oo", "o"), ("uu", "u"))


@lru_cache(maxsize=1)
def _converter() -> Any:
    import pykakasi

    return pykakasi.kakasi()


def has_kana(text: str) -> bool:
    """True when a name has hiragana or katakana (a name with any is Japanese)."""
    return _KANA.search(text) is not None


def has_japanese_script(text: str) -> bool:
    """True when a name is written with kana or kanji (what :func:`japanese_reading` reads)."""
    return has_kana(text) or _KANJI.search(text) is not None


#: Fewest kanji of a person's name in kanji alone that is read the Japanese way.
MIN_PERSON_KANJI = 4


@lru_cache(maxsize=4096)
def japanese_reading(text: str, person: bool) -> str | None:
    """The name in Hepburn romanisation, one word per word pykakasi finds; None when not Japanese.

    "麻原彰晃" -> "asahara shoko", "オウム真理教" -> "omu shinrikyo", "ショウコウ" -> "shoko".
    None for text without kana or kanji, for kanji alone unless a person's name of
    :data:`MIN_PERSON_KANJI` or more, and for text with a character that has no Japanese
    reading (simplified Chinese: "张伟明").
    """
    if not has_kana(text):
        kanji = len(_KANJI.findall(text))
        if not person or kanji < MIN_PERSON_KANJI:
            return None
    words = []
    for part in _converter().convert(text):
        original, reading = part["orig"], part["hepburn"]
        if not reading.strip():
            if has_japanese_script(original):
                return None  # a character pykakasi cannot read: not Japanese
            continue
        words.append(reading if has_japanese_script(original) else original)
    reading = " ".join(" ".join(words).split()).lower()
    for long_vowel, written in _LONG_VOWELS:
        reading = reading.replace(long_vowel, written)
    return reading or None
