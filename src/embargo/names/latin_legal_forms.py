"""Legal forms in Latin letters that rigour's organisation-type database lacks.

rigour knows many forms only in their own script (Bulgarian ЕООД and ЕАД, Macedonian ДООЕЛ,
Ukrainian ПрАТ) or not at all (the Arab states' Latin abbreviations: Lebanon's S.A.L., the
Gulf's W.L.L.; Japan's K.K.; Indonesia's Tbk; France's SASU; the "Pvt" of South Asia's "Pvt
Ltd"), and the lists write them in Latin letters at the end of a name: "VABO-2005 EOOD", "REX
LOTO AD", "LABICO SAL OFFSHORE". Left unread they were name words: "Vabo-2005" scored below
the threshold against "VABO-2005 EOOD". Each is rewritten to the compare form rigour gives its
equivalent; abbreviations that are also words ("AD", "SAL") only where a form stands, at the end.
names.orgtypes reads them with the Persian and Arabic forms.
"""

from __future__ import annotations

#: At the end of a name: only stops, spaces and closing parentheses after it.
_AT_END = r"(?!\w)(?=[\s.)]*$)"
#: Lebanon's offshore regime, kept as a legal word after the form ("LABICO SAL OFFSHORE").
OFFSHORE = "offshore"
OFFSHORE_PATTERN = r"off[\s-]?shore"

#: (pattern, compare form); matched on lower-case text with apostrophes left out, in this order.
FORMS: tuple[tuple[str, str], ...] = (
    # The Arab states' abbreviations: Lebanon's S.A.L. with its offshore regime ("SAL OFFSHORE",
    # "OFF-SHORE SAL", "S.A.L. (OFF-SHORE)": the word stays, a legal one), the Gulf's W.L.L.
    # (with limited liability), Kuwait's K.S.C.(C/P), Bahrain's B.S.C.(c), Qatar's Q.P.S.C., the
    # public shareholding P.S.C., the Emirates' F.Z.C. and the FZ of "FZ LLC".
    (
        rf"\b(?:{OFFSHORE_PATTERN}[\s/(]*)?sal\b(?:[\s/(]*{OFFSHORE_PATTERN}\b\)?)?{_AT_END}",
        "jsc",
    ),
    (rf"\bwll{_AT_END}", "llc"),
    (rf"\b(?:ksc[cp]?|bsc(?:\s*\(\s*c(?:losed)?\s*\))?|q?psc){_AT_END}", "jsc"),
    (rf"\bfzc{_AT_END}|\bfz(?=[\s-]+llc{_AT_END})", "llc"),
    # Forms rigour knows in Cyrillic only, romanised: Bulgarian ЕООД, Macedonian ДООЕЛ
    # (single-member limited liability), Bulgarian ЕАД and АД (after a word), Ukrainian ПрАТ.
    (rf"\b(?:eood|dooel){_AT_END}", "llc"),
    (rf"\bead{_AT_END}|(?<=\w\s)ad{_AT_END}|\bprat{_AT_END}", "jsc"),
    # Japan's kabushiki kaisha (K.K.) and godo kaisha, Indonesia's Tbk (a listed PT), France's SASU.
    (rf"\b(?:kk|kabushiki\s+kaisha|tbk){_AT_END}|^kabushiki\s+kaisha\b", "jsc"),
    (rf"\b(?:godo\s+kaisha|sasu){_AT_END}", "llc"),
    # South Asia's private companies: "(Pvt)", "(Private)", "(SMC-Private)" (a single member's),
    # "Pvt" after a word, "Private" before "Ltd" or "Limited" ("(Pvt) Ltd", "Private Limited").
    (r"\(\s*(?:pvt|private|smc-?(?:private|pvt))\.?\s*\)", "llc"),
    (r"(?<=\w\s)pvt\b\.?", "llc"),
    (r"\b(?:private|smc-?private)\b(?=\s*(?:ltd|limited)\b)", "llc"),
)
