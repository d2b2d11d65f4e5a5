"""Legal forms in Latin letters that rigour's organisation-type database lacks.

rigour knows many forms only in their own script (Bulgarian ЕООД and ЕАД, Macedonian ДООЕЛ)
or not at all (the Arab states' Latin abbreviations: Lebanon's S.A.L., the Gulf's W.L.L.;
Japan's K.K.; Indonesia's Tbk; France's SASU; South Asia's "(Pvt) Ltd"), and the lists write
them in Latin letters after the name: "VABO-2005 EOOD", "REX LOTO AD", "LABICO SAL OFFSHORE".
Left unread they were name words: "Vabo-2005" scored 0.57 against "VABO-2005 EOOD". Each is
rewritten to the compare form rigour gives its equivalent. Abbreviations are read where a form
stands: at the end of the name, or before one word more (a seat: "VTB BANKA AD BEOGRAD"), and
"Pvt" / "Private" before "Ltd" / "Limited" or in parentheses. names.orgtypes reads them with the
Persian and Arabic forms.
"""

from __future__ import annotations

#: At the end of a name: only stops, spaces and closing parentheses after it.
_AT_END = r"(?=[\s.)]*$)"
#: ... or before one word more, the seat the lists add after some forms ("AD BEOGRAD").
_AT_END_OR_SEAT = r"(?=(?:\s+[^\W\d_]+)?[\s.)]*$)"
#: After a word of the name (and maybe a comma: "REX LOTO, AD").
_AFTER_A_WORD = r"(?:(?<=[^\W_][\s,])|(?<=[^\W_],\s))"
#: Lebanon's offshore regime, kept as a legal word after the form ("LABICO SAL OFFSHORE").
OFFSHORE = "offshore"
OFFSHORE_PATTERN = r"off[\s-]?shore"

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
)
