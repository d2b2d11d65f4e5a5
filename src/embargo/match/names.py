"""Name similarity: aligned name parts, weighted by how much each part identifies.

Two analysed names are compared in three steps (the idea of nomenklatura's
logic-v2, built here on rigour's primitives):

1. ``pair_symbols`` pairs parts both names share a *meaning* for: the same
   known given or family name (across scripts and spellings: Muhammad =
   Mohammed = محمد), the same initial, number, legal form or generic word.
2. the remaining parts are put in corresponding order (person names are
   order-insensitive) and aligned by ``compare_parts``, a typo-aware edit
   distance that also sees glued and split words.
3. every aligned pair scores in [0, 1]; parts left without a counterpart score
   0. The name score is the weighted mean, where a part's weight says how much
   it identifies: rare tokens more than common ones (IDF from the index),
   titles, particles and legal forms little.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from rapidfuzz.distance import OSA, Levenshtein
from rigour.names import (
    Alignment,
    CompareConfig,
    Name,
    NamePart,
    NamePartTag,
    NameTypeTag,
    SymbolCategory,
    align_person_name_order,
    compare_parts,
    pair_symbols,
)

from embargo.names.honorifics import title_parts
from embargo.names.orgtypes import generic_parts, legal_parts

#: Score of a part pair explained by a shared symbol, by symbol category. A shared
#: known name is strong but not literal (Mohammed/Muhammad), an initial weaker.
SYMBOL_SCORES: dict[SymbolCategory, float] = {
    SymbolCategory.NAME: 0.9,
    SymbolCategory.NICK: 0.75,
    SymbolCategory.INITIAL: 0.8,
    SymbolCategory.PHONETIC: 0.7,
}
#: Weight of a part that has no counterpart at all on the other side (one name is a
#: shorter form of the other: a dropped middle name, a legal form left out), relative to
#: a matched part. Person names are often given partially; organisations less so.
EXTRA_WEIGHT = {NameTypeTag.PER: 0.25, NameTypeTag.ORG: 0.6, NameTypeTag.ENT: 0.6, NameTypeTag.OBJ: 0.6}
#: A part that stands where the other name has a *different* part is a conflict: relatives
#: share most of their names, so one clearly different part is strong evidence of a
#: different party. A conflict gets credit from its spelling similarity, from 0 at or below
#: CONFLICT_LOW to 1 at CONFLICT_HIGH (Tim/Tom is a typo, Rami/Ihab a different name), and
#: multiplies the name score by 1 - CONFLICT_PENALTY * (1 - credit).
CONFLICT_LOW = 0.3
CONFLICT_HIGH = 0.7
CONFLICT_PENALTY = 0.5
#: Credit for an initial or abbreviation (a part of one or two letters) that starts the other part.
ABBREVIATION_CREDIT = 0.8
#: Part weights by role (before the rarity factor of the index).
TITLE_WEIGHT = 0.2
LEGAL_WEIGHT = 0.2
GENERIC_ORG_WEIGHT = 0.5
STOP_WEIGHT = 0.2
INITIAL_WEIGHT = 0.5
#: Typo budget of rigour's residue comparison (1.0 = rigour's default; lower is stricter).
COMPARE_CONFIG = CompareConfig(budget_tolerance=1.0)

#: Rarity factor of a token's comparable form (1.0 = average); the index supplies IDF-based ones.
Rarity = Callable[[str], float]


def _no_rarity(_token: str) -> float:
    return 1.0


@dataclass(slots=True)
class NameScore:
    """The best alignment of two names: score in [0, 1] and a readable account of it."""

    score: float
    query: str
    candidate: str
    detail: str


def part_weights(name: Name, rarity: Rarity) -> dict[NamePart, float]:
    """How much each part of a name identifies the party (see the module docstring)."""
    weights: dict[NamePart, float] = {}
    if name.tag == NameTypeTag.PER:
        low = {p: TITLE_WEIGHT for p in title_parts(name)}
    elif name.tag in (NameTypeTag.ORG, NameTypeTag.ENT):
        low = {p: GENERIC_ORG_WEIGHT for p in generic_parts(name)}
        low.update({p: LEGAL_WEIGHT for p in legal_parts(name)})
    else:
        low = {}
    for part in name.parts:
        if part in low:
            weight = low[part]
        elif part.tag == NamePartTag.STOP:
            weight = STOP_WEIGHT
        elif len(part.comparable) == 1 and not part.numeric:
            weight = INITIAL_WEIGHT
        else:
            weight = rarity(part.comparable)
        weights[part] = weight
    return weights


def _side_weight(parts: Sequence[NamePart], weights: dict[NamePart, float]) -> float:
    if not parts:
        return 0.0
    return max(weights.get(p, 1.0) for p in parts)


def _describe(alignments: list[Alignment]) -> str:
    items = []
    for a in alignments:
        q = a.qstr or "-"
        r = a.rstr or "-"
        how = a.symbol.category.value if a.symbol is not None else "fuzzy"
        items.append(f"{q}~{r} ({how} {a.score:.2f}x{a.weight:.2f})")
    return "; ".join(items)


_LOGOGRAPHIC = re.compile(r"^[\s\W\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7a3]+$")


def is_logographic(text: str) -> bool:
    """True for names written only in Chinese characters, kana or Hangul syllables."""
    return bool(_LOGOGRAPHIC.match(text)) and any(not ch.isspace() and ch.isalpha() for ch in text)


def logographic_similarity(query: str, candidate: str) -> float:
    """Similarity of two names written in CJK characters, compared character by character.

    Each character is a syllable and usually a morpheme, so one different
    character is a different name, not a typo: the edit similarity is squared.
    """
    q = "".join(ch for ch in query if ch.isalpha())
    c = "".join(ch for ch in candidate if ch.isalpha())
    if not q or not c:
        return 0.0
    return Levenshtein.normalized_similarity(q, c) ** 2


def spelling_similarity(query: str, candidate: str) -> float:
    """Edit similarity of two parts in [0, 1] (a swap of neighbouring letters is one edit)."""
    return OSA.normalized_similarity(query, candidate)


def conflict_credit(query: str, candidate: str) -> float:
    """Credit in [0, 1] for two different parts standing for each other (see CONFLICT_LOW/HIGH).

    An initial or two-letter abbreviation that begins the other part ("J"/"Joachim",
    "Dr"/"Drissi") is not a conflict and gets :data:`ABBREVIATION_CREDIT`.
    """
    short, long_ = sorted((query, candidate), key=len)
    if 0 < len(short) <= 2 < len(long_) + 1 and long_.startswith(short) and " " not in short:
        return ABBREVIATION_CREDIT
    sim = spelling_similarity(query, candidate)
    return min(1.0, max(0.0, (sim - CONFLICT_LOW) / (CONFLICT_HIGH - CONFLICT_LOW)))


def _conflict_factor(credit: float, weight: float, numeric: bool) -> float:
    """The multiplier a conflict applies to the name score; differing numbers count as typos."""
    if numeric or credit >= ABBREVIATION_CREDIT:
        return 1.0
    return 1.0 - CONFLICT_PENALTY * (1.0 - credit) * min(1.0, weight)


def _numeric(parts: Sequence[NamePart]) -> bool:
    return all(p.numeric for p in parts)


def _resolve_leftovers(
    alignments: list[Alignment],
    q_weights: dict[NamePart, float],
    c_weights: dict[NamePart, float],
    extra: float,
) -> tuple[float, float, float]:
    """Weight and score the alignments: (total weight, weighted score, conflict factor)."""
    total = 0.0
    weighted = 0.0
    factor = 1.0
    q_left: list[Alignment] = []
    c_left: list[Alignment] = []
    for a in alignments:
        if a.qps and a.rps:
            a.weight = (_side_weight(a.qps, q_weights) + _side_weight(a.rps, c_weights)) / 2
            if a.symbol is None and a.score <= 0.0:
                a.score = conflict_credit(a.qstr, a.rstr)
                factor *= _conflict_factor(a.score, a.weight, _numeric(a.qps) and _numeric(a.rps))
            elif a.symbol is None and a.score < 1.0:
                # rigour's residue score is lenient on long words (Rosneft ~ Transneft); cap it
                # by the plain edit similarity of the joined parts.
                joined = spelling_similarity(a.qstr.replace(" ", ""), a.rstr.replace(" ", ""))
                a.score = min(a.score, joined)
            total += a.weight
            weighted += a.weight * a.score
        elif a.qps:
            q_left.append(a)
        else:
            c_left.append(a)
    # Unmatched parts on both sides stand for each other: a conflict, not a missing part.
    while q_left and c_left:
        qa, ca, credit = max(
            ((qa, ca, conflict_credit(qa.qstr, ca.rstr)) for qa in q_left for ca in c_left),
            key=lambda item: item[2],
        )
        q_left.remove(qa)
        c_left.remove(ca)
        weight = (_side_weight(qa.qps, q_weights) + _side_weight(ca.rps, c_weights)) / 2
        qa.weight = ca.weight = weight / 2
        qa.score = ca.score = credit
        total += weight
        weighted += weight * credit
        factor *= _conflict_factor(credit, weight, _numeric(qa.qps) and _numeric(ca.rps))
    for a in q_left:
        a.weight = _side_weight(a.qps, q_weights) * extra
        a.score = 0.0
        total += a.weight
    for a in c_left:
        a.weight = _side_weight(a.rps, c_weights) * extra
        a.score = 0.0
        total += a.weight
    return total, weighted, factor


def compare_names(
    query: Name, candidate: Name, rarity: Rarity = _no_rarity, explain: bool = False
) -> NameScore:
    """Similarity of two analysed names in [0, 1], 1.0 for the same comparable form."""
    if query.comparable == candidate.comparable:
        return NameScore(1.0, query.original, candidate.original, "identical" if explain else "")
    extra = EXTRA_WEIGHT.get(candidate.tag, 0.6)
    q_weights = part_weights(query, rarity)
    c_weights = part_weights(candidate, rarity)
    best_score = 0.0
    best: list[Alignment] = []
    pairings = pair_symbols(query, candidate) or [()]
    for edges in pairings:
        alignments: list[Alignment] = []
        for edge in edges:
            edge.score = SYMBOL_SCORES.get(edge.symbol.category, 1.0) if edge.symbol is not None else 1.0
            if edge.qstr == edge.rstr:
                edge.score = 1.0
            alignments.append(edge)
        q_used = {p for e in edges for p in e.qps}
        c_used = {p for e in edges for p in e.rps}
        q_rest = [p for p in query.parts if p not in q_used]
        c_rest = [p for p in candidate.parts if p not in c_used]
        if q_rest or c_rest:
            if query.tag == NameTypeTag.PER:
                q_rest, c_rest = align_person_name_order(q_rest, c_rest)
            else:
                q_rest = NamePart.tag_sort(q_rest)
                c_rest = NamePart.tag_sort(c_rest)
            alignments.extend(compare_parts(q_rest, c_rest, COMPARE_CONFIG))
        total, weighted, factor = _resolve_leftovers(alignments, q_weights, c_weights, extra)
        score = factor * weighted / total if total > 0 else 0.0
        if score > best_score or not best:
            best_score = score
            best = alignments
    best_score = min(1.0, max(0.0, best_score))
    detail = _describe(best) if explain else ""
    return NameScore(best_score, query.original, candidate.original, detail)
