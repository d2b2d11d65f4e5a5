"""Honorifics and titles in person names ("Mr.", "Dr.", "General", "Shaikh", "Haji").

rigour removes the honorifics it knows from the head of a person name
(``remove_person_prefixes``, data from rigour's stopwords resource): civil and military
titles ("Mr", "Dr.", "Sir", "General", "Colonel General"). It does not know the religious
and honorific titles that lead Arabic, Persian, Afghan and Pakistani names in the lists
and in customer records ("Haji Abdulhai Salek", "Mullah Gul Agha", "Ayatollah Ali
Khamenei", "Shaikh Mohd Ismail"); :data:`RELIGIOUS_TITLES` holds those, in the spellings
the lists use, and a name that starts with them is also read without them. Titles that are
also names or parts of official names are not among them: Imam ("Imam Samudra"), Sayyid /
Seyed / Syed (Iranian and South Asian names carry them).
"""

from __future__ import annotations

import re

from rigour.names import remove_person_prefixes

#: Religious and honorific titles rigour does not remove, in their Latin spellings.
RELIGIOUS_TITLES = frozenset(
    {
        *("sheikh", "shaikh", "shaykh", "sheik", "cheikh", "sheikha", "shaikha"),
        *("haji", "hajji", "hadji", "haj", "hajj", "alhaji", "alhaj", "alhadji", "elhadj"),
        *("mullah", "mulla", "molla", "mollah"),
        *("maulana", "mawlana", "moulana", "maulvi", "maulavi", "mawlawi", "mawlavi", "moulvi", "molvi"),
        *("ayatollah", "ayatullah", "hojatoleslam", "hojjatoleslam", "qari", "mufti"),
    }
)
#: Fewest words a name keeps once its titles are removed: "Mullah Omar" is how the man is called,
#: and "Omar" alone would be any Omar.
MIN_WORDS_LEFT = 2
_FIRST_WORD = re.compile(r"^\s*([^\W\d_]+)\.?\s+", re.UNICODE)


def strip_honorifics(text: str) -> str:
    """The person name without the leading honorifics rigour knows ("Dr. Rami Makhlouf": "Rami Makhlouf")."""
    stripped = remove_person_prefixes(text)
    return stripped if stripped.strip() else text


def without_titles(text: str) -> str | None:
    """The person name without its leading RELIGIOUS_TITLES, or None when it has none to leave out.

    A second reading of the name, not a replacement: the lists write many names with their title
    ("HAJI SHAHBAZ KOOCHI", "QARI SAIFULLAH TOKHI") and are searched with it as often as without.
    A name left with fewer than MIN_WORDS_LEFT words keeps its titles.
    """
    stripped = text
    while (match := _FIRST_WORD.match(stripped)) and match.group(1).casefold() in RELIGIOUS_TITLES:
        rest = stripped[match.end() :]
        if len(rest.split()) < MIN_WORDS_LEFT:
            break
        stripped = rest
    return stripped if stripped != text else None
