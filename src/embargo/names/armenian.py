"""Names in Armenian letters as Armenians write them in Latin letters, East and West.

ICU's default transform (ISO 9985, its marks then dropped) writes ծ and ց "c", ճ and չ "c", խ "x",
ղ "g" and շ "s", where Armenia's passports, the lists and the press write "ts", "ch", "kh", "gh"
and "sh": read so, "Գագիկ Ծառուկյան" ("gagik carukyan") scored 0.42 against "Gagik TSARUKYAN",
and "Խաչատուր" was "xacatur" for "Khachatur". A name's Armenian letters are read in two ways
(both):

- **Eastern**, as Armenia writes its citizens' names, the name's first reading (see
  names.transliterate.latinize, :func:`eastern_spelling`): ICU's BGN/PCGN transform ("Tsarukyan",
  "Khachatryan", "Yeghishe", "Voskanyan"), with ռ written "r" as the passports write it (BGN's
  "rr": "Rruben" for Ruben), and without the apostrophes that mark aspirated letters ("K'och'aryan"
  is "Kocharyan").
- **Western** (:func:`western_spelling`, one more reading of the name), as the diaspora of
  Lebanon, Syria, France and the Americas writes its names:
  Western Armenian says the old voiced stops and affricates voiceless and the voiceless ones
  voiced (բ/պ, գ/կ, դ/տ, ձ/ծ, ջ/ճ change places: Հակոբյան is "Hagopian", Գևորգ "Kevork",
  Վարդանյան "Vartanian"), and writes the ending -յան "ian" ("Sarkissian", "Avanessian").

Both are read from the reformed spelling Armenia has used since 1922; a name in the classical
spelling the diaspora keeps is first respelt so (:func:`reformed_spelling`: "Յակոբ Յակոբեան" is
"Hagop Hagopian" in the West). The Western reading gives different names one spelling where the
West says them alike (Ադամյան and Աթամյան are both "Atamian", Բաբայան and Պապայան swap), and, as
for Eastern spellings, two family names a letter apart in that spelling score as a slip.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Any

#: Armenian letters (the alphabet block and its ligatures).
_ARMENIAN = re.compile(r"[\u0531-\u058f\ufb13-\ufb17]")
#: ռ (trilled r) as ր: Armenia's passports write both "r".
_ONE_R = str.maketrans({"ռ": "ր", "Ռ": "Ր"})
#: The Western Armenian consonant shift: each letter as the one the West says like it.
_WESTERN = str.maketrans(
    {
        "բ": "պ", "պ": "բ", "գ": "կ", "կ": "գ", "դ": "տ", "տ": "դ", "ձ": "ծ", "ծ": "ձ", "ջ": "ճ", "ճ": "ջ",
        "Բ": "Պ", "Պ": "Բ", "Գ": "Կ", "Կ": "Գ", "Դ": "Տ", "Տ": "Դ", "Ձ": "Ծ", "Ծ": "Ձ", "Ջ": "Ճ", "Ճ": "Ջ",
    }
)  # fmt: skip
#: ICU's BGN transform writes ո after an aspirated letter as at the start of a word ("K'voch'aryan"):
#: inside a word it is "o".
_VO_AFTER_MARK = re.compile(r"(?<=[\u2019'])v(?=[oO])|(?<=[\u2019'])V(?=O)")
_MARKS = re.compile(r"[\u2019\u2018'ʼʻ]")
#: The classical spelling as the reformed one: եա is յա (the ending -եան is -յան), իւ is յու, and ւ
#: anywhere else than in ու is վ (Աւետիս, Avetis); ICU's transform reads only the reformed letters
#: ("Kiւlpenkean" for Կիւլպէնկեան).
_CLASSICAL = (
    (re.compile(r"(?<=[\u0531-\u0587])եա"), "յա"),
    (re.compile(r"(?<=[\u0531-\u0587])ԵԱ"), "ՅԱ"),
    (re.compile(r"իւ"), "յու"),
    (re.compile(r"ԻՒ"), "ՅՈՒ"),
    (re.compile(r"(?<![ոՈ])ւ"), "վ"),
    (re.compile(r"(?<![ոՈ])Ւ"), "Վ"),
)
#: ... and a word's first յ, said "h" in the classical spelling (Յակոբ, Hagop), "y" in the reformed
#: one (Յուրի, Yuri): respelt հ only in a name that shows the classical spelling.
_CLASSICAL_FIRST_Y = re.compile(r"(?<![\u0531-\u0587])([Յյ])(?=[\u0531-\u0587])")
#: The patronymic ending -յան, which the West writes "ian".
_YAN_END = re.compile(r"(?<=[^\W\d_])yan\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def _bgn() -> Any:
    import icu  # PyICU, installed with normality

    return icu.Transliterator.createInstance("Armenian-Latin/BGN")


def _romanised(text: str) -> str:
    latin = _bgn().transliterate(text.translate(_ONE_R))
    latin = _VO_AFTER_MARK.sub("", latin)
    return unicodedata.normalize("NFC", _MARKS.sub("", latin))


def reformed_spelling(text: str) -> tuple[str, bool]:
    """The text in the reformed Armenian spelling, and whether it was in the classical one.

    "Յակոբ Յակոբեան" -> ("Յակոբ Յակոբյան", True); "Կիւլպէնկեան" -> ("Կյուլպէնկյան", True);
    a name in the reformed spelling comes back as it is, with False.
    """
    respelt = text
    for pattern, reformed in _CLASSICAL:
        respelt = pattern.sub(reformed, respelt)
    return respelt, respelt != text


def eastern_spelling(text: str) -> str:
    """The name's Armenian letters as Armenia writes them in Latin letters ("Ծառուկյան" -> "Tsarukyan").

    The first reading of a name (names.transliterate.latinize) spells its Armenian words so.
    """
    return _romanised(reformed_spelling(text)[0])


def _ian(match: re.Match[str]) -> str:
    return "ian" if match.group(0).islower() else "IAN"


def has_armenian(text: str) -> bool:
    """True when the name holds an Armenian letter."""
    return bool(_ARMENIAN.search(text))


def western_spelling(text: str) -> str | None:
    """The name's Armenian letters as the Western diaspora writes them in Latin letters; None when it
    has none ("Հակոբ Հակոբյան" -> "Hagop Hagopian"). Other letters are left as they are, but for
    apostrophes and a Latin "-yan".
    """
    if not has_armenian(text):
        return None
    text, classical = reformed_spelling(text)
    if classical:
        text = _CLASSICAL_FIRST_Y.sub(lambda m: "Հ" if m.group(1) == "Յ" else "հ", text)
    return _YAN_END.sub(_ian, _romanised(text.translate(_WESTERN)))
