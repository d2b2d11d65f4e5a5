"""Pair scoring: the name score two names get, as screening computes it.

``score_pair`` is the name-only score used by the name benchmark; screening
uses the same :func:`best_name_score` over every reading of the query name and
every listed name of a candidate, then adds the evidence features of
:mod:`embargo.match.features`.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from embargo.match.names import NameScore, Rarity, compare_names, is_logographic, logographic_similarity
from embargo.model import Explanation, FeatureScore
from embargo.names.analysis import ENT, LEGAL, ORG, PER, NameForm, analyze_name, type_tag_for_schema
from embargo.names.asides import has_asides
from embargo.names.orgtypes import LegalFormSpeller

#: A name matched without the asides one side wrote in parentheses ("HAQQANI NETWORK" for "HAQQANI
#: NETWORK (HQN)") scores this much of its score: a little below the name as written, so that a
#: listed name with the query's aside, even misspelt, ranks first ("AL-HARAMAYN FOUDNATION (KENAY)":
#: the Kenya branch before "AL-HARAMAYN FOUNDATION"), and "identical" stays for names alike in full.
ASIDE_FACTOR = 0.95

#: Default threshold: a candidate is reported when its score is at or above this value.
#: See docs/matching.md ("Threshold") for how it was chosen and how to tune it.
DEFAULT_THRESHOLD = 0.75


def _no_rarity(_token: str) -> float:
    return 1.0


def best_name_score(
    queries: Iterable[NameForm],
    candidates: Iterable[NameForm],
    rarity: Rarity = _no_rarity,
    explain: bool = False,
    cutoff: float = 0.0,
) -> NameScore | None:
    """The best-scoring pair among query readings and candidate names (None when either side is empty).

    ``cutoff``: the score that matters; pairs certainly below it may score 0.0 unaligned (see
    :func:`~embargo.match.names.compare_names`).
    """
    best: NameScore | None = None
    candidates = list(candidates)
    for query in queries:
        for candidate in candidates:
            result = _compare(query, candidate, rarity, cutoff=cutoff)
            if result is None:
                continue
            if best is None or result.score > best.score:
                best = result
                best_pair = (query, candidate)
                if result.score >= 1.0:
                    break
        if best is not None and best.score >= 1.0:
            break
    if best is not None and explain:
        best = _compare(best_pair[0], best_pair[1], rarity, explain=True)
    return best


def _compare(
    query: NameForm, candidate: NameForm, rarity: Rarity, explain: bool = False, cutoff: float = 0.0
) -> NameScore | None:
    """:func:`compare_names`; with a reading whose asides were left out, only where it stands for its
    name (None elsewhere) and times ASIDE_FACTOR."""
    if not (query.aside_left_out or candidate.aside_left_out):
        return compare_names(query, candidate, rarity, explain=explain, cutoff=cutoff)
    if not _stands_without_asides(query, candidate):
        return None
    result = compare_names(query, candidate, rarity, explain=explain, cutoff=cutoff / ASIDE_FACTOR)
    detail = f"{result.detail}; asides left out (x{ASIDE_FACTOR:.2f})" if explain else ""
    return NameScore(result.score * ASIDE_FACTOR, result.query, result.candidate, detail, result.inexact)


def _stands_without_asides(query: NameForm, candidate: NameForm) -> bool:
    """Whether a reading with asides left out may stand for its name against the other name.

    Only against a name with no aside and no word more than the reading: "Deutsche Bank AG" is
    "Deutsche Bank (Schweiz) AG", but asides that differ, or a place written as a word on the
    other side, tell two parties apart ("Bank of China (Hong Kong) Limited" and "Bank of China
    (Singapore) Limited"; "Bowne Global Solutions (Ireland), Ltd." and "Bowne Global Solutions
    Japan, Inc."): those names are compared as written.
    """
    if query.aside_left_out and candidate.aside_left_out:
        return False
    bare, other = (query, candidate) if query.aside_left_out else (candidate, query)
    return not has_asides(other.original) and len(other.tokens) <= len(bare.tokens)


def raw_name_score(
    query: str,
    readings: Iterable[NameForm],
    candidate: str,
    forms: Iterable[NameForm],
    person: bool,
    rarity: Rarity = _no_rarity,
    cutoff: float = 0.0,
    explain: bool = False,
) -> NameScore | None:
    """The score of two raw names and their readings, as screening scores a candidate name.

    Names written only in CJK characters on both sides are compared character by character
    (:func:`logographic_similarity`); persons' only so, while an organisation name in characters
    is made of words and is also compared word by word, the better score counting: a place or
    legal form left out costs what it costs in Latin script. ``cutoff``: see :func:`best_name_score`;
    ``explain``: with the aligned parts of the best pair of readings.
    """
    if not (is_logographic(query) and is_logographic(candidate)):
        return best_name_score(readings, forms, rarity, explain=explain, cutoff=cutoff)
    similarity = logographic_similarity(query, candidate)
    by_character = NameScore(similarity, query, candidate, "by character", inexact=similarity < 1.0)
    if person:
        return by_character
    by_word = best_name_score(readings, forms, rarity, explain=explain, cutoff=cutoff)
    return by_character if by_word is None or by_word.score <= by_character.score else by_word


@lru_cache(maxsize=1 << 12)
def pair_readings(name: str, other: str, tag: str) -> tuple[NameForm, ...]:
    """The readings of ``name`` scored against ``other``, as screening reads a query against a listed name.

    An organisation name is also read with the legal forms it misspells mended, when ``other``
    has them ("ELVEGARD SHIPPING LDT" as "ELVEGARD SHIPPING LTD" against "ELVEGARD SHIPPING
    LTD"): screening mends a query's legal forms after those of the listed names (see
    embargo.names.orgtypes.LegalFormSpeller), and a pair is scored alike whichever name holds
    the slip. Cached: a caller scoring a list of pairs (the name benchmark) meets them again.
    """
    forms = tuple(analyze_name(name, tag))
    if tag not in (ORG, ENT) or not _legal_forms(analyze_name(other, tag)) - _legal_forms(forms):
        return forms  # the other name has no legal form this one lacks: nothing to mend after it
    words = set(other.casefold().split())
    return tuple(with_readings_of(forms, LegalFormSpeller([other]).correct(name, words.__contains__), tag))


def with_readings_of(forms: Iterable[NameForm], texts: Iterable[str], tag: str) -> list[NameForm]:
    """``forms``, then the readings of ``texts`` (a name with its legal forms mended) they lack."""
    forms = list(forms)
    seen = {form.tokens for form in forms}
    for form in (form for text in texts for form in analyze_name(text, tag)):
        if form.tokens not in seen:
            seen.add(form.tokens)
            forms.append(form)
    return forms


def _legal_forms(forms: Iterable[NameForm]) -> set[str]:
    """The legal-form tokens of a name's readings (rigour's compare forms: "llc", "jsc")."""
    return {
        token for form in forms for token, kind in zip(form.tokens, form.kinds, strict=True) if kind == LEGAL
    }


def score_pair(name1: str, name2: str, schema: str | None = None) -> float:
    """Name-only similarity of two names in [0, 1], with the scorer screening uses."""
    tag = type_tag_for_schema(schema)
    readings1, readings2 = pair_readings(name1, name2, tag), pair_readings(name2, name1, tag)
    result = raw_name_score(name1, readings1, name2, readings2, tag == PER)
    return 0.0 if result is None else round(result.score, 4)


def explain_pair(name1: str, name2: str, schema: str | None = None) -> Explanation:
    """The score of :func:`score_pair` with the aligned name parts that produced it."""
    tag = type_tag_for_schema(schema)
    readings1, readings2 = pair_readings(name1, name2, tag), pair_readings(name2, name1, tag)
    result = raw_name_score(name1, readings1, name2, readings2, tag == PER, explain=True)
    if result is None:
        return Explanation(
            query_name=name1, matched_name=name2, name_kind="primary", summary="no name content"
        )
    feature = FeatureScore("name", round(result.score, 4), 1.0, result.detail)
    return Explanation(
        query_name=result.query,
        matched_name=result.candidate,
        name_kind="primary",
        features=[feature],
        summary=f"name {result.score:.2f}: {result.detail}",
    )
