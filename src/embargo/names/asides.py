"""Asides in parentheses: "SINO ENERGY SHIPPING (HONG KONG) LTD" names "SINO ENERGY SHIPPING LTD".

Organisation names, on the lists and in the records screened, carry in parentheses what is
not their name proper: an acronym ("HAQQANI NETWORK (HQN)"), a place or a branch
("AL-HARAMAYN FOUNDATION (KENYA)", "IMAM KHOMEINI RELIEF COMMITTEE (LEBANON BRANCH)"), a
form or a status ("COMOIL (PVT) LTD", "LABICO SAL (OFF SHORE)"). The name without its
asides names the same party, and is a second reading of the name: without it, "HAQQANI
NETWORK" scored as a name with a word left out against the listed "HAQQANI NETWORK (HQN)"
(0.73). Where that reading may stand for the name is the scorer's to say
(:func:`embargo.match.scorer.best_name_score`).
"""

from __future__ import annotations

import re

from embargo.names.normalize import letter_count

#: One aside: a parenthesis (ASCII or full-width) with no parenthesis inside, and the spaces around it.
_ASIDE = re.compile(r"\s*[(（][^()（）]*[)）]\s*")
_SPACES = re.compile(r"\s+")
#: Spaces an aside left before a comma or a full stop ("LA HACIENDA (USA), LLC").
_SPACE_BEFORE_MARK = re.compile(r"\s+(?=[,.;])")
#: Letters the name must keep without its asides (as the "/" alternatives of a name must).
_MIN_LETTERS = 3


def has_asides(text: str) -> bool:
    """True when the name has an aside in parentheses."""
    return _ASIDE.search(text) is not None


def without_asides(text: str) -> str | None:
    """The name with its parenthesised asides left out, or None when it has none or little else.

    "ZDAS (HK) Company" -> "ZDAS Company"; "PCC (UK)" -> "PCC"; "(UK)" -> None.
    """
    if not has_asides(text):
        return None
    bare = _SPACE_BEFORE_MARK.sub("", _SPACES.sub(" ", _ASIDE.sub(" ", text))).strip(" ,")
    return bare if letter_count(bare) >= _MIN_LETTERS else None
