"""Honorifics and titles in person names ("Mr.", "Dr.", "Shaikh", "Haji").

rigour removes the honorifics it knows from the head of a person name
(``remove_person_prefixes``, data from rigour's stopwords resource); the
analysis does this for every person reading, so "Dr. Rami Makhlouf" and
"Rami Makhlouf" have the same tokens.
"""

from __future__ import annotations

from rigour.names import remove_person_prefixes


def strip_honorifics(text: str) -> str:
    """The person name without leading honorifics ("Dr. Rami Makhlouf" -> "Rami Makhlouf")."""
    stripped = remove_person_prefixes(text)
    return stripped if stripped.strip() else text
