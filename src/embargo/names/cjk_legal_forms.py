"""Korean and Japanese legal forms abbreviated to one character in parentheses, which rigour lacks.

Korean registers and letterheads write a joint-stock company (주식회사) as "(주)" or "㈜" before
or after the name ("(주)마루", "마루㈜"), Japanese ones a kabushiki kaisha (株式会社) as "(株)" or
"㈱" and a yūgen kaisha (有限会社) as "(有)" or "㈲". rigour reads the full words, and the Korean
"(유)", but not these: "(주)" was read as the name word "ju". names.orgtypes reads them with the
other forms rigour lacks, in rigour's compare forms.
"""

from __future__ import annotations

#: (pattern, compare form), as names.latin_legal_forms.FORMS.
FORMS: tuple[tuple[str, str], ...] = (
    (r"\(\s*[주株]\s*\)|[㈜㈱]", "jsc"),
    (r"\(\s*有\s*\)|㈲", "llc"),
)
#: Characters every such form has: a quick test before the search.
HINT = "[주株有㈜㈱㈲]"
