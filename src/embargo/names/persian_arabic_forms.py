"""Legal forms and company words of Persian and Arabic names, in their script and romanised.

rigour's organisation-type database has no Persian or Arabic legal form ("سهامی خاص", a
private joint-stock company; "ذات مسؤولية محدودة", a limited liability company), nor their
romanisations as the lists write them ("SHERKAT SAHAMI KHASS KALA NAFT"), and its tagger
knows the Arabic word for company (شركة) but not the Persian one (شرکت, "SHERKAT-E"). Left
unread they were name words: "Kala Naft" scored 0.47 against "SHERKAT SAHAMI KHASS KALA
NAFT", three of its five words unmatched. No maintained library has them, so they are
written here: the forms of Iran's Commercial Code and of the Arab states' company laws, with
the abbreviations Arab registers use, each rewritten to the compare form rigour gives its
English equivalent ("jsc", "llc", "coop", "gp", "lp").
"""

from __future__ import annotations

import re

from embargo.names.transliterate import latinize

_YEH, _KAF, _TEH_MARBUTA = "[یيى]", "[کك]", "[ةه]"
#: The Arabic article, joined or (after a reading that splits it off) as a word of its own.
_ARTICLE = r"(?:ال|al\s+)?"
_END = r"(?![^\W_])"

#: (pattern, compare form); matched on lower-case text with apostrophes left out, in this order.
_FORMS: tuple[tuple[str, str], ...] = (
    # Persian با مسئولیت محدود, Arabic ذات (ال)مسؤولية (ال)محدودة: limited liability.
    (
        rf"(?:(?:با|ذات)\s+)?{_ARTICLE}مس[ئؤو]?و?ل{_YEH}(?:ت|{_TEH_MARBUTA})\s+{_ARTICLE}محدود{_TEH_MARBUTA}?{_END}",
        "llc",
    ),
    # ذ.م.م and ش.ذ.م.م (a limited liability company), ش.م.م (Lebanon's SARL).
    (r"(?:ش\s*\.\s*)?ذ\s*\.\s*م\s*\.\s*م(?![^\W_])\.?", "llc"),
    (r"ش\s*\.\s*م\s*\.\s*م(?![^\W_])\.?", "llc"),
    # ش.م.ل, ش.م.ع, ش.م.خ, ش.م.ب, ش.م.ك, ش.م.ق, ش.م.ع.ع, ش.م.ع.ق: joint-stock companies.
    (r"ش\s*\.\s*م\s*\.\s*[لعخبكکق](?:\s*\.\s*[عقم])*(?![^\W_])\.?", "jsc"),
    # Persian سهامی عام / سهامی خاص (public / private joint-stock), سهامی alone after شرکت.
    (rf"سهام{_YEH}\s+(?:عام|خاص){_END}", "jsc"),
    (rf"(?<=شر{_KAF}ت\s)سهام{_YEH}{_END}", "jsc"),
    # Arabic مساهمة (عامة / خاصة / مغفلة / مقفلة): joint-stock.
    (rf"مساهم{_TEH_MARBUTA}(?:\s+(?:عام|خاص|مغفل|مقفل){_TEH_MARBUTA})?{_END}", "jsc"),
    (rf"تعاون{_YEH}{_TEH_MARBUTA}?{_END}", "coop"),  # Persian تعاونی, Arabic تعاونية
    (rf"تضامن{_YEH}{_END}", "gp"),  # Persian; Arabic تضامن alone is "solidarity", a name word
    (rf"توص{_YEH}{_TEH_MARBUTA}\s+بس{_YEH}ط{_TEH_MARBUTA}{_END}", "lp"),
    # Romanised: SAHAMI KHASS, SAHAMI-YE AAM; SAHAMI alone after SHERKAT.
    (r"\bsahami(?:-?y?e)?\s+(?:khass?|khaas|aam|am)\b", "jsc"),
    (r"(?<=\bsherkat\s)sahami(?:-?y?e)?\b|(?<=\bsherkat-e\s)sahami(?:-?y?e)?\b", "jsc"),
    (r"\b(?:ba\s+)?mas[uo]{1,2}l[iy]{1,2}at(?:-?e)?\s+mahd[ou]{1,2}d\b", "llc"),
    (r"\b(?:dhat|zat)\s+(?:al-?\s?)?mas[uo]{1,2}l[iy]{1,3}ah?\s+(?:al-?\s?)?mahd[ou]{1,2}dah?\b", "llc"),
    (r"\bmusahama[ht]?(?:\s+(?:amma[ht]?|khassa[ht]?))?\b", "jsc"),
    (r"\bta-?a?voni\b", "coop"),
    (r"\btaz[ae]moni\b", "gp"),
)
_COMPILED = tuple((re.compile(pattern), compare) for pattern, compare in _FORMS)
#: Any of them: most names have none, and one search tells.
_ANY_FORM = re.compile("|".join(f"(?:{pattern})" for pattern, _ in _FORMS))

#: Words for a company or an institution, with the symbol rigour's tagger gives the Arabic and
#: English ones ("شركة" and "company": CO; "مؤسسة": CORP). Arabic-script words in the spelling
#: of :func:`_arabic_key`.
_COMPANY_WORDS: dict[str, str] = {
    "شرکت": "co",
    "شرکه": "co",
    "موسسه": "corp",
    **dict.fromkeys(("sherkat", "sherkate", "sharikat", "sharikah", "sharika", "shirkat"), "co"),
    **dict.fromkeys(
        ("muassasat", "muassasa", "muassasah", "moasseseh", "moassese", "moassesseh", "moassesat"), "corp"
    ),
}
_ARABIC_LETTERS = str.maketrans(
    {"ك": "ک", "ي": "ی", "ى": "ی", "ة": "ه", "ؤ": "و", "أ": "ا", "إ": "ا", "آ": "ا"}
)
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


def read_legal_forms(text: str) -> tuple[str, set[str]]:
    """The text with its Persian and Arabic legal forms in rigour's compare form, and those forms.

    "شرکت سهامی خاص کالا نفت" -> ("شرکت jsc کالا نفت", {"jsc"}); "sherkat sahami khass kala
    naft" -> ("sherkat jsc kala naft", {"jsc"}). ``text`` is lower case.
    """
    found: set[str] = set()
    if not _ANY_FORM.search(text):
        return text, found
    for pattern, compare in _COMPILED:
        text, count = pattern.subn(f" {compare} ", text)
        if count:
            found.add(compare)
    return (" ".join(text.split()), found) if found else (text, found)


def _arabic_key(word: str) -> str:
    """An Arabic-script word with the letters Persian and Arabic write differently made one."""
    return word.translate(_ARABIC_LETTERS)


def company_words(text: str) -> dict[str, str]:
    """The Persian and Arabic words for a company or institution in a lower-case text.

    Returned as their Latin token (as the analysis spells it) -> rigour symbol:
    "شرکت ملی نفت" -> {"shrkt": "co"}; "sherkat-e dey" -> {"sherkate": "co"}.
    """
    found: dict[str, str] = {}
    for match in _WORD.finditer(text):
        word = match.group(0)
        key = word.replace("-", "") if word.isascii() else _arabic_key(word)
        symbol = _COMPANY_WORDS.get(key)
        if symbol is not None:
            found[latinize(word).replace("-", "")] = symbol
    return found
