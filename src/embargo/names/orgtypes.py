"""Organisation types ("Public Joint Stock Company" = "PJSC" = "ПАО"; "Aktiengesellschaft" = "AG").

rigour's organisation-type database (OCCRP's list, ISO 20275 legal forms and
Wikipedia's business-entity types) rewrites every spelling of a legal form into
one compare form; the analysis tags those tokens LEGAL so the matcher weighs
them lightly.
"""

from __future__ import annotations

from rigour.names import replace_org_types_compare


def compare_form(text: str) -> str:
    """The name with its legal forms in rigour's compare form ("OOO Romashka" -> "llc romashka")."""
    return replace_org_types_compare(text.casefold(), generic=True)
