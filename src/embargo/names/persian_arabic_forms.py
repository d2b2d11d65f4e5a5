"""Legal forms and company words of Persian and Arabic names, in their script and romanised.

rigour's organisation-type database has no Persian or Arabic legal form ("سهامی خاص", a
private joint-stock company; "ذات مسؤولية محدودة", a limited liability company), nor their
romanisations as the lists write them ("SHERKAT SAHAMI KHASS KALA NAFT"), and its tagger
knows the Arabic word for company (شركة) but not the Persian one (شرکت, "SHERKAT-E"). Left
unread they were name words: "Kala Naft" scored 0.47 against "SHERKAT SAHAMI KHASS KALA
NAFT", three of its five words unmatched. No maintained library has them, so they are
written here: the forms of Iran's Commercial Code and of the Arab states' company laws, with
the abbreviations Arab registers use, each rewritten to the compare form rigour gives its
English equivalent ("jsc", "llc", "coop", "gp", "lp"). names.orgtypes reads them with the other
forms rigour lacks (names.latin_legal_forms: the Arab states' Latin abbreviations among them).
"""

from __future__ import annotations

import re

from embargo.names.honorifics import plain_spelling
from embargo.names.transliterate import latinize

_YEH, _TEH_MARBUTA_OR_HEH = "[یيى]", "[ةه]"
#: Before a word in Arabic script: not inside another word, the article joined or (after a
#: reading that splits it off) a word of its own.
_START = r"(?<![^\W_])(?:ال|al\s+)?"
_END = r"(?![^\W_])"
#: Between the two words of a form: a space, or none where a zero-width non-joiner stood (Persian
#: writes "سهامی‌خاص"; the clean-up removes the joiner).
_GAP = r"[\s\u200c]*"
#: Between the letters of a register abbreviation: a stop, a space or both ("ذ.م.م", "ذ م م").
_STOP = r"(?:\s*\.\s*|\s+)"
#: The Persian and Arabic word for a company (شرکت, شركة): some words are a form only after it
#: (Arabic تعاونية alone names Tawuniya, an insurer).
_COMPANY = r"(?P<company>(?<![^\W_])شر[کك](?:ت|[ةه])\s+)"

#: (pattern, compare form) in Arabic script; matched on lower-case text with apostrophes and
#: Arabic vowel marks left out, in this order (a group "company" is kept before the form).
ARABIC_SCRIPT_FORMS: tuple[tuple[str, str], ...] = (
    # Persian با مسئولیت محدود, Arabic ذات (ال)مسؤولية (ال)محدودة: limited liability.
    (
        rf"{_START}(?:(?:با|ذات)\s+)?{_START}مس[ئؤو]?و?ل{_YEH}(?:ت|{_TEH_MARBUTA_OR_HEH}){_GAP}"
        rf"{_START}محدود{_TEH_MARBUTA_OR_HEH}?{_END}",
        "llc",
    ),
    # ذ.م.م and ش.ذ.م.م (a limited liability company), ش.م.م (Lebanon's SARL).
    (rf"{_START}(?:ش{_STOP})?ذ{_STOP}م{_STOP}م{_END}\.?", "llc"),
    (rf"{_START}ش{_STOP}م{_STOP}م{_END}\.?", "llc"),
    # ش.م.ل, ش.م.ع, ش.م.خ, ش.م.ب, ش.م.ك, ش.م.ق, ش.م.ع.ع, ش.م.ع.ق: joint-stock companies.
    (rf"{_START}ش{_STOP}م{_STOP}[لعخبكکق](?:{_STOP}[عقم])*{_END}\.?", "jsc"),
    # Persian سهامی عام / سهامی خاص (public / private joint-stock), and سهامی alone: in a
    # company's name it is the form wherever it stands, as rigour reads "AG" or "SA".
    (rf"{_START}سهام{_YEH}(?:{_GAP}(?:عام|خاص))?{_END}", "jsc"),
    # Arabic مساهمة with عامة / خاصة / مغفلة / مقفلة, or after the word for company: joint-stock.
    (
        rf"{_START}مساهم{_TEH_MARBUTA_OR_HEH}\s+{_START}(?:عام|خاص|مغفل|مقفل){_TEH_MARBUTA_OR_HEH}{_END}",
        "jsc",
    ),
    (rf"{_COMPANY}{_START}مساهم{_TEH_MARBUTA_OR_HEH}{_END}", "jsc"),
    # Persian تعاونی, Arabic تعاونية: a cooperative, after the word for company.
    (rf"{_COMPANY}{_START}تعاون{_YEH}{_TEH_MARBUTA_OR_HEH}?{_END}", "coop"),
    (rf"{_START}تضامن{_YEH}{_END}", "gp"),  # Persian; Arabic تضامن alone is "solidarity", a name word
    (rf"{_START}توص{_YEH}{_TEH_MARBUTA_OR_HEH}{_GAP}بس{_YEH}ط{_TEH_MARBUTA_OR_HEH}{_END}", "lp"),
)
#: ... and romanised, in Latin letters.
ROMANISED_FORMS: tuple[tuple[str, str], ...] = (
    # SAHAMI KHASS, SAHAMI-YE AAM, SAHAMI alone ("SHERKAT SAHAMI ALIAF").
    (r"\bsahami(?:-?y?e)?(?:\s+(?:khass?|khaas|aam|am)\b)?\b", "jsc"),
    (r"\b(?:ba\s+)?mas[uo]{1,2}l[iy]{1,3}at(?:-?e)?\s+mahd[ou]{1,2}d\b", "llc"),
    (
        r"\b(?:dhat|zat)\s+(?:al-?\s?)?mas[uo]{1,2}l[iy]{1,3}(?:ah?|at)\s+(?:al-?\s?)?mahd[ou]{1,2}d(?:a[ht]?)?\b",
        "llc",
    ),
    (r"\bmusahama[ht]?\s+(?:amma[ht]?|khassa[ht]?)\b", "jsc"),
    (r"(?P<company>\b(?:sharika[th]|sherkat(?:-?e)?|shirkat)\s+)musahama[ht]?\b", "jsc"),
    (r"\bta-?avoni\b", "coop"),  # "ta'avoni"; not the Italian family name Tavoni
    (r"\btaz[ae]moni\b", "gp"),
)
#: Arabic vowel signs and the tatweel: "المسؤوليّة", "المسؤولـية" are "المسؤولية".
_VOWEL_SIGNS = re.compile("[\u064b-\u065f\u0670\u0640]")

#: Words for a company or an institution, with the symbol rigour's tagger gives the Arabic and
#: English ones ("شركة" and "company": CO; "مؤسسة": CORP). Arabic-script words in the one
#: spelling of names.honorifics.plain_spelling (Persian شرکت, مؤسسه are شركت, موسسه there).
_ORGANISATION_WORDS: dict[str, str] = {"شركت": "co", "شركه": "co", "موسسه": "corp"}
#: ... and romanised (whole tokens, hyphens left out): SHERKAT, SHERKAT-E, SHARIKAT, SHIRKAT;
#: MU'ASSASAT, MUASSASSAT, MOASSESEH, MOASSESA.
_ROMANISED_ORGANISATION_WORDS = (
    (re.compile(r"sherkate?|sharika[th]|shirkat"), "co"),
    (re.compile(r"m[ou]ass?[ae]ss?[ae](?:h|t)?"), "corp"),
)
#: Letters those words start with, and Arabic script (a quick test).
_ORGANISATION_WORD_HINT = re.compile("sh[aei]r|m[ou]as|[\u0600-\u06ff]")
#: A word (letters, maybe hyphenated), in any script.
WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


def without_vowel_signs(text: str) -> str:
    """The text without Arabic vowel signs and the tatweel (as forms are matched)."""
    return text if text.isascii() else _VOWEL_SIGNS.sub("", text)


def _organisation_word(word: str) -> str | None:
    """The rigour symbol of a Persian or Arabic word for a company or institution, else None."""
    if not word.isascii():
        return _ORGANISATION_WORDS.get(plain_spelling(word))
    token = word.replace("-", "")
    return next(
        (symbol for pattern, symbol in _ROMANISED_ORGANISATION_WORDS if pattern.fullmatch(token)), None
    )


def company_words(text: str) -> dict[str, str]:
    """The words for a company or institution in a lower-case text that rigour's tagger lacks:
    Persian ones and the romanisations of Persian and Arabic ones.

    Returned as their Latin token (as the analysis spells it) -> rigour symbol:
    "شرکت ملی نفت" -> {"shrkt": "co"}; "sherkat-e dey" -> {"sherkate": "co"}.
    """
    found: dict[str, str] = {}
    if not _ORGANISATION_WORD_HINT.search(text):
        return found  # most names: no such word
    for match in WORD.finditer(text):
        word = match.group(0)
        symbol = _organisation_word(word)
        if symbol is not None:
            # As spelt, and without vowel marks, as orgtypes.read_own_legal_forms leaves a name with a form.
            for spelling in {word, _VOWEL_SIGNS.sub("", word)}:
                found[latinize(spelling).replace("-", "")] = symbol
    return found
