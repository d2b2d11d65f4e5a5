"""Legal forms in Latin letters that rigour's organisation-type database lacks.

rigour knows many forms only in their own script (Bulgarian ЕООД and ЕАД, Macedonian ДООЕЛ)
or not at all (the Arab states' Latin abbreviations: Lebanon's S.A.L., the Gulf's W.L.L.;
Japan's K.K.; Indonesia's Tbk; France's SASU; South Asia's "(Pvt) Ltd"; Mexico's "S. DE R.L.";
Peru's S.A.C.; Spain's S.L.; Denmark's A/S; the Balkans' d.o.o. without its stops; Vietnam's
"Công ty TNHH" spelt out, or as "Cong ty CP"), and the lists write them in Latin letters after the
name: "VABO-2005 EOOD", "REX LOTO AD", "LABICO SAL OFFSHORE", "ARANEKS DOO", "EASY CASH S. DE
R.L.". Left unread they were name words: "Vabo-2005" scored 0.57 against "VABO-2005 EOOD". Each
is rewritten to the compare form rigour gives its equivalent. Abbreviations that are also words
are read only where a form stands: at the end of the name, some also before one word more (a
seat: "VTB BANKA AD BEOGRAD"), "Pvt" / "Private" before "Ltd" / "Limited" or in parentheses;
forms of several words ("S. DE R.L.", "Công ty TNHH", "Sp. j.") wherever they are. names.orgtypes
reads them with the Persian and Arabic forms, on the name as written (the stops of "S.A.C.A" kept)
and once its initials are joined.
"""

from __future__ import annotations

import unicodedata

#: At the end of a name: only stops, spaces and closing parentheses after it.
_AT_END = r"(?=[\s.)]*$)"
#: ... or before one word more, the seat the lists add after some forms ("AD BEOGRAD").
_AT_END_OR_SEAT = r"(?=(?:\s+[^\W\d_]+)?[\s.)]*$)"
#: After a word of the name (and maybe a comma: "REX LOTO, AD").
_AFTER_A_WORD = r"(?:(?<=[^\W_][\s,])|(?<=[^\W_],\s))"
#: Mexico's "de capital variable" after a form ("S. DE R.L. DE C.V."): part of it (rigour alone
#: reads "C.V." as a Dutch limited partnership).
_DE_CV = r"(?:(?:\s*,)?\s*de\s+c\.?\s?v\b\.?)?"
#: Lebanon's offshore regime, kept as a legal word after the form ("LABICO SAL OFFSHORE").
OFFSHORE = "offshore"
OFFSHORE_PATTERN = r"off[\s-]?shore"


def _vietnamese(pattern: str) -> str:
    """The pattern with each vowel and "d" also matching Vietnamese letters on it ("cong" -> "công").

    Every such letter of ``pattern`` is read as a letter: it must have no escape like ``\\d``.
    """
    return "".join(_VIETNAMESE_LETTERS.get(char, char) for char in pattern)


def _letters_on(base: str) -> str:
    """A character class of ``base`` and the Latin letters written on it with diacritics."""
    found = {
        char
        for code in [*range(0xC0, 0x250), *range(0x1E00, 0x1F00)]
        if unicodedata.normalize("NFD", char := chr(code))[0] == base
    }
    if base == "d":
        found.add("đ")  # a letter of its own, not "d" with a mark
    return "[" + base + "".join(sorted(found)) + "]"


_VIETNAMESE_LETTERS = {base: _letters_on(base) for base in "aeiouyd"}

#: (pattern, compare form); matched on lower-case text with apostrophes left out, in this order.
FORMS: tuple[tuple[str, str], ...] = (
    # The Arab states' abbreviations: Lebanon's S.A.L. with its offshore regime ("SAL OFFSHORE",
    # "OFF-SHORE SAL", "S.A.L. (OFF-SHORE)", "SAL - OFFSHORE": the word stays, a legal one), the
    # Gulf's W.L.L. (with limited liability), Kuwait's K.S.C.(C/P), Bahrain's B.S.C.(c), Qatar's
    # Q.P.S.C., the public shareholding P.S.C., the Emirates' F.Z.C. and the FZ of "FZ LLC".
    (
        rf"\b(?:{OFFSHORE_PATTERN}[\s/(-]*)?s\.?a\.?l\b\.?(?:[\s/(-]*{OFFSHORE_PATTERN}\b\)?)?{_AT_END}",
        "jsc",
    ),
    (rf"\bw\.?l\.?l\b\.?{_AT_END}", "llc"),
    (rf"\b(?:ksc[cp]?|bsc(?:\s*\(\s*c(?:losed)?\s*\))?|q?psc){_AT_END}", "jsc"),
    (rf"\bf\.?z\.?c\b\.?{_AT_END}|\bfz(?=[\s-]+llc{_AT_END})", "llc"),
    # Forms rigour knows in Cyrillic only, romanised: Bulgarian ЕООД, Macedonian ДООЕЛ
    # (single-member limited liability), Bulgarian ЕАД and АД (after a word, maybe in parentheses).
    (rf"\b(?:eood|dooel){_AT_END_OR_SEAT}", "llc"),
    (rf"\be\.?a\.?d\b\.?{_AT_END_OR_SEAT}|{_AFTER_A_WORD}\(?a\.?d\b\.?\)?{_AT_END_OR_SEAT}", "jsc"),
    # Japan's kabushiki kaisha (K.K.), godo and yugen kaisha; Indonesia's Tbk (a listed PT);
    # France's SASU.
    (rf"\bk\.?\s?k\b\.?{_AT_END}|\bkabushiki[\s-]+[gk]aisha\b|\btbk{_AT_END}", "jsc"),
    (rf"\b(?:godo|yugen)[\s-]+[gk]aisha\b|\bsasu{_AT_END}", "llc"),
    # South Asia's private companies: "(Pvt)", "(P)", "(Private)", "(SMC-Private)" (a single
    # member's), and "Pvt", "Private", "SMC-Pvt" before "Ltd" or "Limited" or ending the name.
    (r"\(\s*(?:pvt|p|private|smc[\s-]?(?:private|pvt))\.?\s*\)", "llc"),
    (
        rf"\b(?:smc[\s-]?)?(?:pvt|private)\b\.?(?=\s*(?:ltd|limited)\b)|{_AFTER_A_WORD}pvt\b\.?{_AT_END}",
        "llc",
    ),
    # Spanish America: Mexico's and Central America's companies of limited liability, also of
    # rural production ("S. DE R.L.", "S.P.R. DE R.L.", "S. R.L. DE C.V."),
    # cooperatives of limited liability ("S.C. DE R.L."), the S.A.B., S.A.P.I. and S.A.S. "DE
    # C.V.", and a civil association (A.C.); with their stops, ending the name, Peru's S.A.C. and
    # S.A.A., Venezuela's S.A.C.A., the Southern Cone's S.A.C.I., S.A.I.C. ... (commercial,
    # industrial, financial), Egypt's S.A.E. (without stops "sac", "sae" are words: "Hermes Sac").
    (rf"\bs\.?\s?(?:p\.?\s?r\.?\s?)?de\s?r\.?\s?l\b\.?{_DE_CV}", "llc"),
    (r"\bs\.?\s?r\.?\s?l\b\.?(?:\s*,)?\s*de\s+c\.?\s?v\b\.?", "llc"),
    (rf"\bs\.?\s?c\.?\s?de\s?r\.?\s?l\b\.?{_DE_CV}", "coop"),
    (r"\bs\.?\s?a\.?\s?(?:b|p\.?\s?i(?:\.?\s?b)?)\.?(?:\s*,)?\s*de\s+c\.?\s?v\b\.?", "jsc"),
    (r"\bs\.?\s?a\.?\s?s\.?(?:\s*,)?\s*de\s+c\.?\s?v\b\.?", "llc"),
    (rf"{_AFTER_A_WORD}a\.\s?c\b\.?{_AT_END}", "ngo"),
    (
        rf"{_AFTER_A_WORD}s\.\s?a\.\s?(?:c\.\s?a|c\.\s?i(?:\.\s?f)?|i\.\s?c(?:\.\s?(?:a|f(?:\.\s?i)?))?|e\.\s?c\.\s?a|[cae])"
        rf"\b\.?{_AT_END}",
        "jsc",
    ),
    # Spain's S.L. (and S.L.U., S.L.L., S.L.N.E.), sociedad cooperativa, sociedad comanditaria.
    (rf"{_AFTER_A_WORD}s\.?\s?l\.?(?:[ul]\.?|n\.?e\.?)?\b\.?{_AT_END}", "llc"),
    (rf"\bs\.?\s?coop\b\.?{_AT_END}", "coop"),
    (rf"{_AFTER_A_WORD}s\.?\s?com\b\.?{_AT_END}", "lp"),
    # Brazil's S/A; Denmark's and Norway's A/S, Denmark's partnerships I/S and K/S (Norway's ASA,
    # Sweden's HB and KB are also words: "Karya Asa", "Pizza Hut HB"); Poland's spółka jawna and
    # komandytowa (Sp. j., Sp. k.).
    (rf"{_AFTER_A_WORD}(?:s\s?/\s?a|a\s?/\s?s){_AT_END}", "jsc"),
    (rf"{_AFTER_A_WORD}i\s?/\s?s{_AT_END}|\bsp\.?\s?j\b\.?{_AT_END}|\bsp[oó][lł]ka\s+jawna\b", "gp"),
    (rf"{_AFTER_A_WORD}k\s?/\s?s{_AT_END}|\bsp\.?\s?k\b\.?{_AT_END}|\bsp[oó][lł]ka\s+komandytowa\b", "lp"),
    # The Balkans' d.o.o. written without its stops, ending the name ("ARANEKS DOO"). Not leading
    # it or before a seat: "Doo" is also a Korean syllable ("Doo Won Trading", "Sam Doo Electronics").
    (rf"{_AFTER_A_WORD}doo{_AT_END}", "llc"),
    # Vietnam's company forms, before the name or after it, with or without diacritics ("CONG TY
    # TNHH", "Cty TNHH MTV", "Công ty trách nhiệm hữu hạn": limited liability, of one member; "cổ
    # phần", CP, CTCP: joint-stock; "hợp danh": partnership; "doanh nghiệp tư nhân": a private
    # enterprise). rigour reads some with diacritics, and "cty tnhh", but not the rest.
    (
        _vietnamese(
            r"\b(?:c(?:ong\s+)?ty\s+)?(?:tnhh|trach\s+nhiem\s+huu\s+han)(?:\s+(?:mtv|mot\s+thanh\s+vien))?\b"
        ),
        "llc",
    ),
    (_vietnamese(r"\bc(?:ong\s+)?ty\s+(?:co\s+phan|cp)\b|\bctcp\b"), "jsc"),
    (_vietnamese(r"\bc(?:ong\s+)?ty\s+hop\s+danh\b"), "gp"),
    (_vietnamese(r"\bdoanh\s+nghiep\s+tu\s+nhan\b"), "llc"),
)
#: Letters every Vietnamese form above has, as a quick test (see names.orgtypes): "ty" or "cty"
#: of "công ty", TNHH, CTCP, and the first words of the forms without it.
VIETNAMESE_HINT = _vietnamese(r"\bc?ty\b|tnhh|ctcp|trach|doanh")
