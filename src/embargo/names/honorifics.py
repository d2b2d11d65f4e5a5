"""Honorifics and titles in person names ("Mr.", "Dr.", "Shaikh", "Haji").

rigour removes the honorifics it knows from the head of a person name
(``remove_person_prefixes``, data from rigour's stopwords resource) and its
tagger marks religious and social titles anywhere in the name with a
``SYMBOL`` symbol (SHEIKH, HAJI, ...). The matcher gives such parts a low
weight, so "Haji Asad Khan" and "Asad Khan" stay close while the title alone
never makes a match.
"""

from __future__ import annotations

from rigour.names import Name, NamePart, NamePartTag, SymbolCategory, remove_person_prefixes

#: Part tags that describe a title or particle rather than an identifying name.
TITLE_TAGS = frozenset({NamePartTag.HONORIFIC, NamePartTag.TITLE, NamePartTag.STOP, NamePartTag.SUFFIX})


def strip_honorifics(text: str) -> str:
    """The person name without leading honorifics ("Dr. Rami Makhlouf" -> "Rami Makhlouf")."""
    stripped = remove_person_prefixes(text)
    return stripped if stripped.strip() else text


def title_parts(name: Name) -> set[NamePart]:
    """Parts of a person name that are titles, particles or honorifics rather than names.

    A part counts when its tag says so, or when the tagger gave it a ``SYMBOL``
    meaning (SHEIKH, HAJI, BIN ...) but no person-name meaning.
    """
    titles = {p for p in name.parts if p.tag in TITLE_TAGS}
    named: set[NamePart] = set()
    symbolic: set[NamePart] = set()
    for span in name.spans:
        if span.symbol.category == SymbolCategory.NAME:
            named.update(span.parts)
        elif span.symbol.category == SymbolCategory.SYMBOL:
            symbolic.update(span.parts)
    return titles | (symbolic - named)
