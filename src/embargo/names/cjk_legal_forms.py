"""Korean and Japanese legal forms abbreviated to one character in parentheses, which rigour lacks.

Korean registers and letterheads write a joint-stock company (주식회사) as "(주)" before or after
the name ("(주)마루", "마루(주)"), Japanese ones a kabushiki kaisha (株式会社) as "(株)". rigour
reads the full words, and the Korean "(유)", but not these: "(주)" was read as the name word
"ju". The one-character forms "㈜" and "㈱" are these once the name is cleaned (NFKC). Japan's
"(有)" (yūgen kaisha, none founded since 2006) is left out: rigour takes 有 for a function
word. names.orgtypes reads them with the other forms rigour lacks, in rigour's compare forms.
"""

from __future__ import annotations

#: (pattern, compare form), as names.latin_legal_forms.FORMS.
FORMS: tuple[tuple[str, str], ...] = ((r"\(\s*[주株]\s*\)", "jsc"),)
#: Characters every such form has: a quick test before the search.
HINT = "[주株]"
