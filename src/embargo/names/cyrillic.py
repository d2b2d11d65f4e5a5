"""Names in Cyrillic in the Latin spelling of their own country, where it is not Russia's.

Ukraine and Belarus: "Hryhorii", "Pryhozhyn", "Aliaksandr Lukashenka" (:func:`national_spelling`).

rigour, and so the first reading of every name in Cyrillic letters, romanises Cyrillic as
Russian is romanised: г is "g", и "i", є "ie" ("Григорій" -> "grigoriy"). Ukrainian and
Belarusian names are written in their countries' national romanisations, and the sanctions
lists write their people so: OFAC "YANUKOVYCH, Viktor Fedorovych", "HALAVANAU, Viktar
Hryhoryavich", "ZIMOUSKY, Aliaksandr Leanidavich"; OpenSanctions "Tetiana Volodymyrivna". There г is
"h", и "y", ы "y", ў "u", я "ia". Read the Russian way, "Євген Пригожин" scored 0.13 against
"Yevhen PRYHOZHYN" and "Григорій Сурков" 0.42 against "Hryhoriy SURKOV".

translitua implements Ukraine's official romanisation (Cabinet of Ministers resolution 55 of
2010, which BGN/PCGN and UNGEGN adopted). Belarus's national romanisation writes the letters
the two alphabets share as it does (г h, і i, я ia, ю iu, й i, ш sh ...); the letters only
Belarusian and Russian have are first written as the Ukrainian letters for the same sounds, so
that one reading serves both languages: "Аляксандр Рыгоравіч Лукашэнка" -> "Aliaksandr
Ryhoravich Lukashenka".

Serbia and North Macedonia (:func:`south_slavic_spelling`): Serbian has two alphabets, one letter
for one, and the lists write Serbian and Bosnian Serb names in the Latin one ("CVIJANOVIC, Zeljka").
:func:`own_latin_spelling` picks the one a name's letters call for.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Any

from translitua import UkrainianKMU, translit

#: Belarusian (and Russian) letters as the Ukrainian letters for the same sounds: ы и (y), э е (e),
#: ў у (u), ё ьо (io, as Belarus writes it after a consonant), the hard sign an apostrophe.
_TO_UKRAINIAN = str.maketrans(
    {"ы": "и", "Ы": "И", "э": "е", "Э": "Е", "ў": "у", "Ў": "У", "ё": "ьо", "Ё": "ЬО", "ъ": "'", "Ъ": "'"}
)
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")


def national_spelling(text: str) -> str | None:
    """The name in Ukraine's and Belarus's national romanisation, or None when it has no Cyrillic letter.

    "Євген Пригожин" -> "Yevhen Pryhozhyn"; "Сяргей Лаўроў" -> "Siarhei Laurou". Letters of other
    scripts, and Cyrillic letters neither alphabet has (Kazakh қ, Serbian ђ), are left as they are.
    """
    if not _CYRILLIC.search(text):
        return None
    return translit(text.translate(_TO_UKRAINIAN), UkrainianKMU)


#: Letters of the Serbian (ђ ћ џ љ њ ј) and Macedonian (ѓ ќ ѕ, and the Serbian ones but ђ ћ) Cyrillic
#: alphabets that Russian lacks: a name with one is read in its own language's Latin alphabet.
_MACEDONIAN_LETTERS = re.compile("[ѓќѕЃЌЅ]")
_SERBIAN_LETTERS = re.compile("[ђћџљњјЂЋЏЉЊЈ]")


@lru_cache(maxsize=2)
def _icu_transform(name: str) -> Any:
    import icu  # PyICU, installed with normality

    return icu.Transliterator.createInstance(name)


def south_slavic_spelling(text: str) -> str | None:
    """A Serbian or Macedonian name in Cyrillic in its own Latin alphabet; else None.

    Gaj's Latin alphabet writes ц "c", ж "ž", ћ "ć", љ "lj"; a Russian romanisation of "Жељка
    Цвијановић" gives "zhelka tsviyanovich". Macedonian names likewise (ѓ "gj", ќ "kj", ѕ "dz").
    ICU's BGN/PCGN transforms write both. Only for a name with a letter Russian has not.
    """
    if _MACEDONIAN_LETTERS.search(text):
        transform = "Macedonian-Latin/BGN"
    elif _SERBIAN_LETTERS.search(text):
        transform = "Serbian-Latin/BGN"
    else:
        return None
    # ICU writes some letters as a base and a combining mark ("ć" as "c" + U+0301): composed again.
    return unicodedata.normalize("NFC", _icu_transform(transform).transliterate(text))


def own_latin_spelling(text: str) -> str | None:
    """A Cyrillic name in its own country's Latin spelling: Serbian or Macedonian when it has their
    letters, else Ukraine's and Belarus's national romanisation; None without Cyrillic letters."""
    return south_slavic_spelling(text) or national_spelling(text)
