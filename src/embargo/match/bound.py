"""A cheap upper bound on the name score, so that candidates that cannot reach the threshold are skipped.

Screening fully scores a few dozen candidate names per query, and for a name
that is not listed (most of a customer book) nearly all of them score far
below the threshold. :meth:`ListedTokens.reachable` tells, for every candidate at once,
whether its name score *could* reach a cut-off; only those that could are
scored by :func:`~embargo.match.names.compare_names`. The bound never drops a
candidate that full scoring would keep (a property test checks that on real
list names and perturbed queries).

How it works, for a query reading ``q`` and a listed name ``c``:

1. Every token pair gets an upper bound ``ub`` of :func:`token_similarity`,
   computed for all query tokens against all candidate tokens of the search in
   three vectorised rapidfuzz calls (OSA distance, Levenshtein similarity,
   common prefix) plus equal metaphone keys, vowel patterns and spellings without
   doubled letters, and the first letters (person tokens that do not start alike
   are conflicts). Two neighbouring tokens written as one (a merge) are bounded
   the same way.
2. The name score is ``factor * sum(W_p * s_p) / (sum(W_p) + sum(w_k * share_k))``
   over aligned pairs ``p`` and tokens ``k`` left without a partner, with
   ``factor <= 1`` and ``W_p`` the mean of the heaviest token weight on each
   side. It reaches ``t`` only if
   ``sum(W_p * (s_p - t)) - t * sum(w_k * share_k) >= 0``. Splitting each pair's
   term between the tokens it covers and letting every token take its best
   option on its own (a partner at its best ``ub``, or none) can only raise that
   sum; the aligner pairs tokens until one side has none left, so the bound takes
   the better of "every query token has a partner" and "every listed token has
   one". When even that relaxed sum is negative, no alignment reaches ``t``.
   Acronym pairs of organisation names ("PLA" for "People Liberation Army") are
   further partner options, computed exactly.

Names in an abjad (compared by consonant skeleton) and the same tokens in another
order or glued are not bounded: such candidates are always fully scored.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

import numpy as np
from rapidfuzz.distance import OSA, Levenshtein, Prefix
from rapidfuzz.process import cdist

from embargo.match.names import (
    _FIRST_LETTER_GROUP,
    ABBREVIATION_SCORE,
    BLOCK_CREDIT,
    CONFLICT_CREDIT_MAX,
    EDIT_COST,
    EXTRA_FAMILY_WEIGHT,
    EXTRA_MIDDLE_WEIGHT,
    EXTRA_SINGLE_WEIGHT,
    EXTRA_WEIGHT,
    EXTRA_WEIGHT_DEFAULT,
    INITIAL_SCORE,
    PATRONYMIC_PARTICLES,
    PHONETIC_SCORE,
    Rarity,
    acronym_pairs,
    could_be_acronym,
    token_weights,
    vowel_pattern,
    without_doubles,
)
from embargo.names.analysis import NAME, PER, NameForm, phonetic_key

#: Most edits a token pair may differ by and still be a typo-like variant (see typo_budget).
_MAX_TYPO_EDITS = 3
#: Most a merged pair of tokens may differ in length from its counterpart (see merge_pairs).
_MERGE_LENGTH_SLACK = 2
_NONE = -np.inf


class ListedTokens:
    """Every listed name's tokens, flattened into arrays once per index, with what the bound needs of them.

    Columns of a search are the tokens of its candidate names, then every pair of
    neighbouring tokens written as one (a merge), with one empty sentinel merge per
    name so that every name has a merge column.
    """

    #: Derived from the forms again when loaded, rather than saved (quicker to rebuild than to unpickle).
    _REBUILT = ("tokens", "merged", "merged_offset", "token_start", "token_count", "initials", "acronyms")

    def __init__(self, forms: Sequence[NameForm], rarity: Rarity) -> None:
        self.forms = forms
        self._layout()
        tokens, merged = self.tokens, self.merged
        phonetic = [key for form in forms for key in form.phonetic]
        # Metaphone keys and vowel patterns as integer codes ("" is -1: it equals nothing).
        self.codes: dict[str, int] = {"": -1}
        self.phonetic = self._encode(phonetic + [phonetic_key(m) for m in merged])
        self.vowels = self._encode([_vowel_key(t) for t in tokens + merged])
        self.doubles = self._encode([_doubles_key(t) for t in tokens + merged])
        self.lengths = np.fromiter(map(len, tokens + merged), np.int32, 2 * len(tokens))
        self.letters = _letters(tokens + merged)
        self.particles = _particles(tokens + merged)
        self.weights = np.asarray([w for form in forms for w in token_weights(form, rarity)], dtype=float)
        self.family = np.asarray([f for form in forms for f in form.family], dtype=bool)
        self.person = np.asarray([form.tag == PER for form in forms], dtype=bool)
        self.names = np.asarray([form.kinds.count(NAME) for form in forms], dtype=np.intp)
        self.base_extra = np.asarray([EXTRA_WEIGHT.get(form.tag, EXTRA_WEIGHT_DEFAULT) for form in forms])

    def _layout(self) -> None:
        """Tokens, merges and their positions, initials and possible acronyms of every form."""
        tokens: list[str] = []
        merged: list[str] = []
        merged_offset: list[int] = []
        starts: list[int] = []
        for form in self.forms:
            starts.append(len(tokens))
            tokens.extend(form.tokens)
            merged.extend(a + b for a, b in zip(form.tokens, form.tokens[1:], strict=False))
            merged.append("")
            merged_offset.extend(range(len(form.tokens) - 1))
            merged_offset.append(-1)
        self.tokens = tokens
        self.merged = merged
        self.merged_offset = np.asarray(merged_offset, dtype=np.intp)
        self.token_start = np.asarray(starts, dtype=np.intp)
        self.token_count = np.fromiter((len(f.tokens) for f in self.forms), np.intp, len(self.forms))
        self.initials = ["".join(t[0] for t in form.tokens) for form in self.forms]
        self.acronyms = [() if form.tag == PER else _acronym_tokens(form.tokens) for form in self.forms]

    def __getstate__(self) -> dict:
        return {k: v for k, v in self.__dict__.items() if k not in self._REBUILT}

    def __setstate__(self, state: dict) -> None:
        self.__dict__.update(state)
        self._layout()

    def _encode(self, keys: list[str]) -> np.ndarray:
        codes = self.codes
        return np.fromiter((codes.setdefault(k, len(codes)) for k in keys), np.int32, len(keys))

    def code(self, key: str) -> int:
        """The integer code of a key (-1 for "", -2 for a key no listed token has)."""
        return self.codes.get(key, -2)

    def reachable(
        self,
        readings: dict[str, list[NameForm]],
        candidates: Sequence[tuple[int, str, float]],
        rarity: Rarity,
    ) -> list[bool]:
        """Per candidate, False only when its name score is certainly below its cut-off.

        ``readings`` are the query's readings per name type (PER, ORG ...);
        ``candidates`` are (form number, type of the query readings it is compared
        with, name score it needs). A candidate's score is the best over those readings.
        """
        result = [True] * len(candidates)
        pending = []
        unbounded = {tag: _Unbounded(forms) for tag, forms in readings.items()}
        for n, (form_id, tag, cutoff) in enumerate(candidates):
            check = unbounded.get(tag)
            if check is None:
                result[n] = False  # no reading of this type: the scorer has nothing to compare
            elif cutoff > 0.0 and not check.abjad and not check(self.forms[form_id]):
                pending.append(n)
        if pending:
            block = _Block(self, [candidates[n] for n in pending])
            for n, ok in zip(pending, block.reach(readings, rarity).tolist(), strict=True):
                result[n] = ok
        return result


class _Unbounded:
    """Tells the listed names the bound does not cover for a set of query readings.

    Those are names written in an abjad (compared by consonant skeleton) and the
    same tokens as a reading in another order or joined otherwise (score 1).
    """

    def __init__(self, readings: list[NameForm]) -> None:
        self.abjad = any(r.abjad for r in readings)
        self.joined = {"".join(r.tokens) for r in readings}
        self.sorted = {tuple(sorted(r.tokens)) for r in readings}

    def __call__(self, form: NameForm) -> bool:
        """True when the bound does not cover this listed name."""
        tokens = form.tokens
        return form.abjad or "".join(tokens) in self.joined or tuple(sorted(tokens)) in self.sorted


def _acronym_tokens(tokens: tuple[str, ...]) -> tuple[str, ...]:
    """The tokens that may be an acronym of other words (see acronym_pairs)."""
    return tuple(t for t in tokens if could_be_acronym(t))


def _spans(starts: np.ndarray, counts: np.ndarray) -> np.ndarray:
    """The positions start, start+1, ... of each span (count long), concatenated."""
    total = int(counts.sum())
    offsets = np.repeat(starts - (np.cumsum(counts) - counts), counts)
    return offsets + np.arange(total)


class _Block:
    """The candidate names of one search, as columns cut out of :class:`ListedTokens`."""

    def __init__(self, listed: ListedTokens, candidates: list[tuple[int, str, float]]) -> None:
        forms = np.fromiter((c[0] for c in candidates), np.intp, len(candidates))
        counts = listed.token_count[forms]
        occ = _spans(listed.token_start[forms], counts)
        merged = occ  # a form has as many merge columns (the last a sentinel) as tokens
        occ_list = merged_list = occ.tolist()
        self.count = len(occ_list)
        self.columns = [listed.tokens[i] for i in occ_list] + [listed.merged[i] for i in merged_list]
        merged_codes = merged + len(listed.tokens)
        columns = np.concatenate([occ, merged_codes])
        self.column_phonetic = listed.phonetic[columns]
        self.column_vowels = listed.vowels[columns]
        self.column_doubles = listed.doubles[columns]
        self.column_lengths = listed.lengths[columns]
        self.column_particles = listed.particles[columns]
        self.column_letters = listed.letters[:, columns]
        self.listed = listed
        self.form_ids = forms.tolist()
        self.starts = np.cumsum(counts) - counts
        self.form_of = np.repeat(np.arange(len(forms)), counts)
        offset = listed.merged_offset[merged]
        self.live = offset >= 0
        self.merged_left = (self.starts[self.form_of] + offset)[self.live]
        self.merged_form = self.form_of[self.live]
        self.weights = listed.weights[occ]
        self.family = listed.family[occ]
        # Tokens neither first nor last in their name: a person's middle names (see compare_names).
        position = np.arange(self.count) - self.starts[self.form_of]
        self.interior = (position > 0) & (position < counts[self.form_of] - 1)
        self.ends = self.starts + counts - 1
        self.person = listed.person[forms]
        self.column_person = np.concatenate([self.person[self.form_of], self.person[self.form_of]])
        self.names = listed.names[forms]
        self.base_extra = listed.base_extra[forms]
        self.tags = np.asarray([c[1] for c in candidates])
        self.cutoffs = np.fromiter((c[2] for c in candidates), np.float64, len(candidates))

    def reach(self, readings: dict[str, list[NameForm]], rarity: Rarity) -> np.ndarray:
        """Per form, whether its score against one of the readings of its type could reach its cut-off."""
        rows: dict[str, int] = {}
        row_phonetic: list[str] = []
        for forms in readings.values():
            for form in forms:
                for token, key in zip(form.tokens, form.phonetic, strict=True):
                    if token not in rows:
                        rows[token] = len(rows)
                        row_phonetic.append(key)
                for a, b in zip(form.tokens, form.tokens[1:], strict=False):
                    if a + b not in rows:
                        rows[a + b] = len(rows)
                        row_phonetic.append(phonetic_key(a + b))
        row_tokens = list(rows)
        code = self.listed.code
        row_lengths = np.fromiter(map(len, row_tokens), np.int64, len(row_tokens))
        bounds = token_bounds(
            (row_tokens, row_lengths, np.asarray([code(k) for k in row_phonetic], dtype=np.int64)),
            (self.columns, self.column_lengths, self.column_phonetic),
            (np.asarray([code(_vowel_key(t)) for t in row_tokens], dtype=np.int64), self.column_vowels),
            (np.asarray([code(_doubles_key(t)) for t in row_tokens], dtype=np.int64), self.column_doubles),
            (_particles(row_tokens), self.column_particles),
            (_letters(row_tokens), self.column_letters, self.column_person),
        )
        # Merge pairs whose lengths differ too much are never formed (see merge_pairs).
        fits = np.abs(np.subtract.outer(row_lengths, self.column_lengths)) <= _MERGE_LENGTH_SLACK
        # The same reading under several name types (a name read as a person and as a company
        # often has the same tokens, kinds and family parts) is bounded once.
        masks: dict[tuple, tuple[NameForm, np.ndarray]] = {}
        for tag, forms in readings.items():
            mine = self.tags == tag
            if not mine.any():
                continue
            for reading in forms:
                key = (reading.tokens, reading.kinds, reading.family)
                seen = masks.get(key)
                masks[key] = (reading, mine if seen is None else seen[1] | mine)
        reach = np.zeros(len(self.cutoffs), dtype=bool)
        for reading, mine in masks.values():
            reach |= mine & self._reach(reading, bounds, fits, rows, rarity)
        return reach

    def _reach(
        self, reading: NameForm, bounds: np.ndarray, fits: np.ndarray, rows: dict[str, int], rarity: Rarity
    ) -> np.ndarray:
        q_tokens = reading.tokens
        n = len(q_tokens)
        token_rows = [rows[t] for t in q_tokens]
        qw = np.asarray(token_weights(reading, rarity))
        t_form = self.cutoffs
        t_occ = t_form[self.form_of]
        # Missing shares (see names.missing_shares): per listed token, and per query token and form.
        single = self.person & (np.minimum(self.names, reading.kinds.count(NAME)) == 1)
        extra = np.where(single, EXTRA_SINGLE_WEIGHT, self.base_extra)
        single_ub = bounds[token_rows, : self.count]  # query tokens x listed tokens
        c_share = np.where(self.person[self.form_of] & self.family, EXTRA_FAMILY_WEIGHT, extra[self.form_of])
        q_family = np.asarray(reading.family, dtype=bool)[:, None]
        q_share = np.where(q_family & self.person[None, :], EXTRA_FAMILY_WEIGHT, extra[None, :])
        # Middle names left out weigh less when the name's first and last tokens can have identical
        # partners (see compare_names): only then may a share drop to EXTRA_MIDDLE_WEIGHT.
        identical = single_ub >= 1.0
        framed = self.person & identical[:, self.starts].any(0) & identical[:, self.ends].any(0)
        middle = framed[self.form_of] & self.interior & ~self.family
        c_share = np.where(middle, np.minimum(c_share, EXTRA_MIDDLE_WEIGHT), c_share)
        q_identical = np.logical_or.reduceat(identical, self.starts, axis=1)  # query tokens x forms
        q_framed = self.person & q_identical[0] & q_identical[-1]
        q_interior = (np.arange(n) > 0) & (np.arange(n) < n - 1)
        q_middle = q_interior[:, None] & ~q_family & q_framed[None, :]
        q_share = np.where(q_middle, np.minimum(q_share, EXTRA_MIDDLE_WEIGHT), q_share)

        # Each token's best term with a partner (the extra option is added at the end).
        c_best = self.weights * (single_ub.max(0) - t_occ) / 2
        q_top = np.maximum.reduceat(single_ub, self.starts, axis=1)  # query tokens x forms
        q_best = qw[:, None] * (q_top - t_form) / 2

        if n > 1:  # two query tokens written as one on the listed side
            merge_rows = [rows[a + b] for a, b in zip(q_tokens, q_tokens[1:], strict=False)]
            ub = np.where(fits[merge_rows, : self.count], bounds[merge_rows, : self.count], _NONE)
            c_best = np.maximum(c_best, self.weights * (ub.max(0) - t_occ) / 2)
            top = np.maximum.reduceat(ub, self.starts, axis=1)  # merge (i, i+1) x forms
            edge = np.full((1, top.shape[1]), _NONE)
            # Token k is in the merges (k-1, k) and (k, k+1).
            top = np.maximum(np.vstack([top, edge]), np.vstack([edge, top]))
            q_best = np.maximum(q_best, _group_gain(qw[:, None], top, t_form))
        if self.live.any():  # two listed tokens written as one on the query side
            ub = np.where(fits[token_rows, self.count :], bounds[token_rows, self.count :], _NONE)
            ub[:, ~self.live] = _NONE
            top = np.maximum.reduceat(ub, self.starts, axis=1)  # each form has as many merge columns
            q_best = np.maximum(q_best, qw[:, None] * (top - t_form) / 2)
            best_merge = ub.max(0)[self.live]
            t_merge = t_form[self.merged_form]
            for occ in (self.merged_left, self.merged_left + 1):
                np.maximum.at(c_best, occ, _group_gain(self.weights[occ], best_merge, t_merge))
        self._add_acronyms(reading, qw, q_best, c_best)
        # The aligner pairs tokens until one side has none left: only one side keeps tokens without
        # a partner. Either the query's tokens all have one, or the listed name's.
        c_alone = np.maximum(c_best, -t_occ * self.weights * c_share)
        q_alone = np.maximum(q_best, -t_form * qw[:, None] * q_share)
        query_paired = q_best.sum(0) + np.add.reduceat(c_alone, self.starts)
        listed_paired = q_alone.sum(0) + np.add.reduceat(c_best, self.starts)
        return np.maximum(query_paired, listed_paired) >= 0.0

    def _add_acronyms(
        self, reading: NameForm, qw: np.ndarray, q_best: np.ndarray, c_best: np.ndarray
    ) -> None:
        """Acronym pairs (see names.acronym_pairs) of organisation names, as further partner options."""
        listed = self.listed
        q_acronyms = _acronym_tokens(reading.tokens)
        q_initials = "".join(t[0] for t in reading.tokens)
        for f, form_id in enumerate(self.form_ids):
            if listed.person[form_id]:
                continue
            initials = listed.initials[form_id]
            if not any(a in initials for a in q_acronyms) and not any(
                a in q_initials for a in listed.acronyms[form_id]
            ):
                continue
            cutoff = self.cutoffs[f]
            start = self.starts[f]
            for score, _, q_side, c_side in acronym_pairs(reading.tokens, listed.forms[form_id].tokens):
                spread_q = 2 if score >= cutoff or len(q_side) == 1 else 2 * len(q_side)
                spread_c = 2 if score >= cutoff or len(c_side) == 1 else 2 * len(c_side)
                for i in q_side:
                    q_best[i, f] = max(q_best[i, f], qw[i] * (score - cutoff) / spread_q)
                for j in c_side:
                    k = start + j
                    c_best[k] = max(c_best[k], self.weights[k] * (score - cutoff) / spread_c)


def _group_gain(weight: np.ndarray, score: np.ndarray, cutoff: np.ndarray) -> np.ndarray:
    """A token's share of a merged pair's term: below the cut-off the heaviest weight is at least the mean."""
    return np.where(score >= cutoff, weight * (score - cutoff) / 2, weight * (score - cutoff) / 4)


def token_bounds(
    queries: tuple[list[str], np.ndarray, np.ndarray],
    listed: tuple[list[str], np.ndarray, np.ndarray],
    vowels: tuple[np.ndarray, np.ndarray],
    doubles: tuple[np.ndarray, np.ndarray],
    particles: tuple[np.ndarray, np.ndarray],
    letters: tuple[np.ndarray, np.ndarray, np.ndarray],
) -> np.ndarray:
    """Matrix of upper bounds of :func:`token_similarity` for every query token against every listed one.

    ``queries`` and ``listed`` are (tokens, lengths, metaphone key codes); ``vowels``
    the codes of their vowel patterns, ``doubles`` of their spellings without doubled
    letters, and ``particles`` whether each is a "son of"
    particle, query side first (codes below 0 equal nothing). Each branch of
    token_similarity is covered: identical (1), a typo-like variant (1 - EDIT_COST x
    OSA distance), a conflict (its credit from the Levenshtein similarity), an initial
    or abbreviation (a prefix of the other token), the same sound or vowel pattern,
    or two particles.
    """
    (q_tokens, q_lengths, q_phonetic), (c_tokens, c_lengths, c_phonetic) = queries, listed
    osa = cdist(q_tokens, c_tokens, scorer=OSA.distance, dtype=np.int32)
    similarity = cdist(q_tokens, c_tokens, scorer=Levenshtein.normalized_similarity, dtype=np.float64)
    prefix = cdist(q_tokens, c_tokens, scorer=Prefix.similarity, dtype=np.int32)
    shorter = np.minimum.outer(q_lengths, c_lengths)
    longer = np.maximum.outer(q_lengths, c_lengths)
    # typo_budget of the mean length; one edit between tokens of one length may be a swap.
    mean = (shorter + longer) / 2
    budget = np.select([mean < 3.5, mean < 5, mean <= 8], [0, 1, 2], default=3)
    budget = np.where((osa == 1) & (shorter == longer), np.maximum(budget, 1), budget)
    within = osa <= budget
    bounds = np.where(within, 1.0 - EDIT_COST * osa, 0.0)
    bounds = np.maximum(bounds, np.clip((similarity - 0.3) / 0.5, 0.0, CONFLICT_CREDIT_MAX) + 1e-9)
    starts = (prefix == shorter) & (shorter > 0)
    bounds = np.where(starts & (shorter == 1), np.maximum(bounds, INITIAL_SCORE), bounds)
    bounds = np.where(starts & (2 * shorter <= longer), np.maximum(bounds, ABBREVIATION_SCORE), bounds)
    same_sound = _same_code(q_phonetic, c_phonetic) & within & (shorter >= 5)
    same_sound |= _same_code(*vowels) | np.outer(*particles)
    bounds = np.where(same_sound, np.maximum(bounds, PHONETIC_SCORE), bounds)
    # Tokens that differ only in doubled letters ("kiimm"/"kim") are a variant.
    doubled = np.maximum(PHONETIC_SCORE - EDIT_COST, 1.0 - EDIT_COST * osa)
    bounds = np.where(_same_code(*doubles), np.maximum(bounds, doubled), bounds)
    # In a person's name, tokens that do not start alike are a conflict of little credit (at most
    # BLOCK_CREDIT), unless they are two "son of" particles.
    (q_first, q_group, q_second, q_third), (c_first, c_group, c_second, c_third), person = letters
    q_first, q_group, c_first, c_group = (
        q_first[:, None],
        q_group[:, None],
        c_first[None, :],
        c_group[None, :],
    )
    start_ok = (q_first == c_first) | ((q_group & c_group) != 0) | ((osa == 1) & (shorter >= 5))
    start_ok |= (c_first == q_second[:, None]) | (c_first == q_third[:, None])
    start_ok |= (q_first == c_second[None, :]) | (q_first == c_third[None, :])
    capped = (~start_ok) & person[None, :] & ~np.outer(*particles)
    bounds = np.where(capped, np.minimum(bounds, BLOCK_CREDIT + 1e-9), bounds)
    return np.minimum(bounds, 1.0)


def _same_code(q_codes: np.ndarray, c_codes: np.ndarray) -> np.ndarray:
    """Where a query key code equals a listed one (negative codes equal nothing)."""
    return np.equal.outer(q_codes, c_codes) & (q_codes >= 0)[:, None]


def _letters(tokens: list[str]) -> np.ndarray:
    """Per token: its first letter, the first-letter groups it is in, its second and third letters.

    Letters are code points (-1 where the token is shorter; -2 for the empty token), the
    groups a bit mask of names._FIRST_LETTER_GROUPS.
    """
    rows = [_token_letters(token) for token in tokens]
    return np.asarray(rows, dtype=np.int32).reshape(len(tokens), 4).T.copy()


@lru_cache(maxsize=1 << 17)
def _token_letters(token: str) -> tuple[int, int, int, int]:
    if not token:
        return (-2, 0, -1, -1)
    groups = sum(1 << g for g in _FIRST_LETTER_GROUP.get(token[0], ()))
    second = ord(token[1]) if len(token) > 1 else -1
    third = ord(token[2]) if len(token) > 2 else -1
    return (ord(token[0]), groups, second, third)


def _particles(tokens: list[str]) -> np.ndarray:
    return np.fromiter((t in PATRONYMIC_PARTICLES for t in tokens), bool, len(tokens))


@lru_cache(maxsize=1 << 16)
def _doubles_key(token: str) -> str:
    return without_doubles(token) if len(token) >= 2 else ""


@lru_cache(maxsize=1 << 16)
def _vowel_key(token: str) -> str:
    # token_similarity compares vowel patterns of tokens of 4 letters or more only.
    return vowel_pattern(token) if len(token) >= 4 else ""
