"""Organisation types ("Public Joint Stock Company" = "PJSC" = "ПАО"; "Aktiengesellschaft" = "AG").

rigour's organisation-type database (OCCRP's list, ISO 20275 legal forms and
Wikipedia's business-entity types) rewrites every spelling of a legal form into
one compare form during analysis and tags the part ``LEGAL`` with an
``ORG_CLASS`` symbol. This module names the parts that carry such generic
meaning so the matcher can weigh them lightly.
"""

from __future__ import annotations

from rigour.names import Name, NamePart, NamePartTag, SymbolCategory, replace_org_types_compare

#: Symbol categories of generic organisation words: legal form, "Group", "International", "Bank".
GENERIC_ORG_CATEGORIES = frozenset({SymbolCategory.ORG_CLASS, SymbolCategory.SYMBOL, SymbolCategory.DOMAIN})


def compare_form(text: str) -> str:
    """The name with its legal forms in rigour's compare form ("OOO Romashka" -> "llc romashka")."""
    return replace_org_types_compare(text.casefold(), generic=True)


def legal_parts(name: Name) -> set[NamePart]:
    """Parts that are a legal form (LLC, AG, PJSC, ...)."""
    parts = {p for p in name.parts if p.tag == NamePartTag.LEGAL}
    for span in name.spans:
        if span.symbol.category == SymbolCategory.ORG_CLASS:
            parts.update(span.parts)
    return parts


def generic_parts(name: Name) -> set[NamePart]:
    """Parts with a generic organisation meaning (legal form, "Group", "Bank", "International", "of")."""
    parts = {p for p in name.parts if p.tag in (NamePartTag.LEGAL, NamePartTag.STOP)}
    for span in name.spans:
        if span.symbol.category in GENERIC_ORG_CATEGORIES:
            parts.update(span.parts)
    return parts
