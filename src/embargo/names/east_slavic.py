"""Cyrillic names as Ukraine and Belarus romanise them: "Hryhorii", "Pryhozhyn", "Aliaksandr Lukashenka".

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
"""

from __future__ import annotations

import re

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
