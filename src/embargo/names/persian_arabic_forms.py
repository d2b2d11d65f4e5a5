"""Legal forms and company words of Persian and Arabic names, in their script and romanised.

rigour's organisation-type database has no Persian or Arabic legal form ("سهامی خاص", a
private joint-stock company; "ذات مسؤولية محدودة", a limited liability company), nor their
romanisations as the lists write them ("SHERKAT SAHAMI KHASS KALA NAFT"), and its tagger
knows the Arabic word for company (شركة) but not the Persian one (شرکت, "SHERKAT-E"). Left
unread they were name words: "Kala Naft" scored 0.47 against "SHERKAT SAHAMI KHASS KALA
NAFT", three of its five words unmatched. No maintained library has them, so they are
written here: the forms of Iran's Commercial Code and of the Arab states' company laws, with
the abbreviations Arab registers use, each rewritten to the compare form rigour gives its
English equivalent ("jsc", "llc", "coop", "gp", "lp"); and the Latin abbreviations of the Arab
states' forms, which rigour lacks too (Lebanon's "S.A.L.", the Gulf's "W.L.L.").
"""

from __future__ import annotations

import re
from collections.abc import Callable

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
#: At the end of a name (in Latin letters): only stops, spaces and closing parentheses after it.
_AT_END = r"(?!\w)(?=[\s.)]*$)"
#: The Persian and Arabic words for a company, and their romanisations: some forms are a form
#: only after one (Arabic تعاونية alone names Tawuniya, an insurer).
_COMPANY = r"(?P<company>(?<![^\W_])شر[کك](?:ت|[ةه])\s+)"

#: (pattern, compare form); matched on lower-case text with apostrophes and Arabic vowel marks
#: left out, in this order.
_FORMS: tuple[tuple[str, str], ...] = (
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
    # Romanised: SAHAMI KHASS, SAHAMI-YE AAM, SAHAMI alone ("SHERKAT SAHAMI ALIAF").
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
    # The Latin abbreviations of the Arab states' forms, which end a name: Lebanon's S.A.L. with
    # its offshore regime ("SAL OFFSHORE", "OFF-SHORE SAL", "S.A.L. (OFF-SHORE)": the word stays,
    # a legal one), the Gulf's W.L.L. (with limited liability), Kuwait's K.S.C.(C/P), Bahrain's
    # B.S.C.(c), Qatar's Q.P.S.C., the public shareholding P.S.C., the Emirates' F.Z.C., FZ LLC.
    (rf"\b(?:off[\s-]?shore[\s/(]*)?sal\b(?:[\s/(]*off[\s-]?shore\b\)?)?{_AT_END}", "jsc"),
    (rf"\bwll{_AT_END}", "llc"),
    (rf"\b(?:ksc[cp]?|bsc(?:\s*\(\s*c(?:losed)?\s*\))?|q?psc){_AT_END}", "jsc"),
    (rf"\bfzc{_AT_END}|\bfz(?=[\s-]+llc{_AT_END})", "llc"),
)
_COMPILED = tuple((re.compile(pattern), compare) for pattern, compare in _FORMS)
#: Any of them: most names have none, and one search tells.
_ANY_FORM = re.compile("|".join(f"(?:{pattern})".replace("(?P<company>", "(?:") for pattern, _ in _FORMS))
#: Arabic vowel marks and the tatweel: "المسؤوليّة", "المسؤولـية" are "المسؤولية".
#: Lebanon's offshore regime, kept as a legal word after the form ("LABICO SAL OFFSHORE").
OFFSHORE = "offshore"
_OFFSHORE = re.compile(r"off[\s-]?shore")
_MARKS = re.compile("[\u064b-\u065f\u0670\u0640]")

#: Words for a company or an institution, with the symbol rigour's tagger gives the Arabic and
#: English ones ("شركة" and "company": CO; "مؤسسة": CORP). Arabic-script words in the spelling
#: of :func:`_arabic_key`.
_ORGANISATION_WORDS: dict[str, str] = {"شرکت": "co", "شرکه": "co", "موسسه": "corp"}
#: ... and romanised (whole tokens, hyphens left out): SHERKAT, SHERKAT-E, SHARIKAT, SHIRKAT;
#: MU'ASSASAT, MUASSASSAT, MOASSESEH, MOASSESA.
_ROMANISED_ORGANISATION_WORDS = (
    (re.compile(r"sherkate?|sharika[th]|shirkat"), "co"),
    (re.compile(r"m[ou]ass?[ae]ss?[ae](?:h|t)?"), "corp"),
)
_ARABIC_LETTERS = str.maketrans(
    {"ك": "ک", "ي": "ی", "ى": "ی", "ة": "ه", "ؤ": "و", "أ": "ا", "إ": "ا", "آ": "ا"}
)
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_LATIN_WORD = re.compile(r"[a-z]+")
#: Initials written with stops ("s.a.l."), read as one word as the analysis joins them.
_DOTTED = re.compile(r"(?<![^\W_])(?:[a-z]\.){2,}[a-z]?\.?")


def read_legal_forms(text: str) -> tuple[str, set[str]]:
    """The text with its Persian and Arabic legal forms in rigour's compare form, and those forms.

    "شرکت سهامی خاص کالا نفت" -> ("شرکت jsc کالا نفت", {"jsc"}); "sherkat sahami khass kala
    naft" -> ("sherkat jsc kala naft", {"jsc"}). ``text`` is lower case. A name of one word is
    left as it is, and so is a name without forms (its vowel marks too: they are read later).
    """
    found: set[str] = set()
    plain = text if text.isascii() else _MARKS.sub("", text)
    if not _ANY_FORM.search(plain) or len(_WORD.findall(plain)) < 2:
        return text, found  # a name of one word is a name ("Sahami", a family name too)
    for pattern, compare in _COMPILED:
        plain, count = pattern.subn(_replacement(compare), plain)
        if count:
            found.add(compare)
    if f"jsc {OFFSHORE} " in plain:
        found.add(OFFSHORE)  # a legal word here, as part of the form
    return (" ".join(plain.split()), found) if found else (text, found)


def legal_form_words(text: str) -> list[str]:
    """The Latin words of the forms :func:`read_legal_forms` reads in a lower-case text, as written.

    "labico sal offshore" -> ["sal", "offshore"]; "sherkat sahami khass" -> ["sahami", "khass"].
    For names.orgtypes.LegalFormSpeller, which mends a form typed with a slip ("LABICO SAL
    OFFSCHORE") once it knows the form's words.
    """
    text = _DOTTED.sub(lambda match: match.group(0).replace(".", "") + " ", text)
    if not _ANY_FORM.search(text) or len(_WORD.findall(text)) < 2:
        return []
    words: list[str] = []
    for pattern, _compare in _COMPILED:
        for match in pattern.finditer(text):
            written = match.group(0)[len(match.groupdict().get("company") or "") :]
            words.extend(_LATIN_WORD.findall(written))
    return words


def _replacement(compare: str) -> Callable[[re.Match[str]], str]:
    """The compare form, after the word for company a form may need before it (kept), and before
    "offshore" when the form has it (Lebanon's offshore companies)."""

    def replace(match: re.Match[str]) -> str:
        offshore = f" {OFFSHORE} " if _OFFSHORE.search(match.group(0)) else " "
        return (match.groupdict().get("company") or "") + f" {compare}{offshore}"

    return replace


def _arabic_key(word: str) -> str:
    """An Arabic-script word without vowel marks, with the letters Persian and Arabic write
    differently made one."""
    return _MARKS.sub("", word).translate(_ARABIC_LETTERS)


def _organisation_word(word: str) -> str | None:
    """The rigour symbol of a Persian or Arabic word for a company or institution, else None."""
    if not word.isascii():
        return _ORGANISATION_WORDS.get(_arabic_key(word))
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
    for match in _WORD.finditer(text):
        word = match.group(0)
        symbol = _organisation_word(word)
        if symbol is not None:
            # As spelt, and without vowel marks, as read_legal_forms leaves a name with a form.
            for spelling in {word, _MARKS.sub("", word)}:
                found[latinize(spelling).replace("-", "")] = symbol
    return found
