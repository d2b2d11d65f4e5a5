"""Who says so: the source a sentence attributes its claim to ("four U.S. officials said")."""

from __future__ import annotations

import re

_SAY = (
    r"said|says|say|told|tells|warned|warns|added|adds|noted|notes|stated|states|claimed|claims|alleged|"
    r"alleges|argued|argues|reported|reports|wrote|writes|announced|announces|insisted|insists|"
    r"acknowledged|confirmed|confirms|believes|believe|accused|accuses|contended|maintained|predicted|predict"
)
_AUX = (
    r"(?:(?:has|have|had|was|were|is|are|also|previously|publicly|privately|repeatedly|recently|later)\s+)*"
)
#: "X said" with X the words since the last clause boundary.
_SUBJECT_VERB = re.compile(
    rf"(?:^|[,;:“”\"—–(]\s*|\bthat\s+)(?P<who>[^,;:“”\"—–()]{{2,100}}?)\s+{_AUX}(?:{_SAY})\b"
)
#: "said X" after a quote or clause: '..." said Anthony Ruggiero, who ...'.
_VERB_SUBJECT = re.compile(rf"[,”\"]\s*(?:{_SAY})\s+(?P<who>(?:the\s+|a\s+|an\s+)?[A-Z][^,;.“”\"()]{{1,80}})")
_ACCORDING = re.compile(r"\baccording to\s+(?P<who>[^,;.“”\"()]{2,100})")
_PRONOUNS = frozenset({"it", "he", "she", "they", "we", "i", "you", "this", "that", "which", "who"})
_NOT_SOURCES = re.compile(
    r"^(the|a|an)?\s*(report|statement|measure|move|decision|sanctions?|law|rule)s?$", re.I
)


def find_attribution(sentence: str) -> str | None:
    """The source a sentence attributes its content to, as written, or None.

    "according to X" wins, then "X said/told/warned", then '"...", said X'.
    Pronouns are returned as written ("she") since resolving them needs the paragraph.
    """
    match = _ACCORDING.search(sentence)
    if match:
        return _tidy(match.group("who"))
    candidates = []
    for found in _SUBJECT_VERB.finditer(sentence):
        who = _tidy(found.group("who"))
        if who and not _NOT_SOURCES.match(who):
            candidates.append((found.start("who"), who))
    # The reporting clause usually closes the sentence: prefer the last one that names someone.
    named = [c for c in candidates if c[1].lower() not in _PRONOUNS]
    if named:
        return named[-1][1]
    match = _VERB_SUBJECT.search(sentence)
    if match:
        return _tidy(match.group("who"))
    if candidates:
        return candidates[-1][1]
    return None


def _tidy(text: str) -> str | None:
    text = re.sub(r"\s+", " ", text).strip(" .,'’")
    text = re.sub(r"^(but|and|however|still|yet|so|then|now)\s+", "", text, flags=re.I)
    words = text.split()
    if not words or len(words) > 14:
        return None
    return text
