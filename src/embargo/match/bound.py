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
   are conflicts). A slip of the whole name (:func:`~embargo.match.names.name_typos`)
   depends on the other pairs: every pair within the edits the query's length allows
   (two in any name of two parts or more, where identical parts beside one word let it
   carry two) is bounded as a typo. Two neighbouring tokens written as one (a merge) are bounded
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
   one" (a legal form the aligner leaves out for want of a like partner costs at
   least 0.6 of its weight times ``t`` left out, more than the half a partner's
   option costs at worst). Shares that depend on the alignment (a compound family
   name's parts) take their lowest value. When even that relaxed sum is negative,
   no alignment reaches ``t``.
   Acronym pairs of organisation names ("PLA" for "People Liberation Army") are
   further partner options, computed exactly, as are pairs of a person's given name in two
   languages' forms ("Serhiy" / "Sergei", names.cognates; :meth:`_Block._raise_cognates`).

A query in an abjad (Arabic, Persian, Urdu, Hebrew script) is bounded the same way, its
token pairs by their readings instead (:meth:`_Block._abjad_table`): a pair is a variant only
when a consonant skeleton of one is at most one edit from one of the other, and its score
then at most what :func:`~embargo.match.names.abjad_similarity` gives such skeletons; other
pairs score BLOCK_CREDIT at most. A listed name in an abjad against a query in Latin
letters, the same tokens in another order or glued, and an organisation name with a word at
one end that is the legal form the other name writes there typed short are not bounded: such candidates
are always fully scored (the scorer itself skips those that cannot reach, see
:func:`~embargo.match.names._pairs_could_reach`).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from functools import lru_cache
from typing import NamedTuple

import numpy as np
from rapidfuzz.distance import OSA, LCSseq, Levenshtein, Prefix
from rapidfuzz.process import cdist

from embargo.match.names import (
    _FIRST_LETTER_GROUP,
    _SKELETON_SCORES,
    ABBREVIATION_SCORE,
    BLOCK_CREDIT,
    COGNATE_SCORE,
    CONFLICT_CREDIT_MAX,
    EDIT_COST,
    EXTRA_COMPOUND_FAMILY_WEIGHT,
    EXTRA_FAMILY_WEIGHT,
    EXTRA_GENERIC_WEIGHT,
    EXTRA_MIDDLE_WEIGHT,
    EXTRA_SINGLE_WEIGHT,
    EXTRA_WEIGHT,
    EXTRA_WEIGHT_DEFAULT,
    INITIAL_SCORE,
    NAME_LETTERS_PER_EDIT,
    NAME_TYPO_MAX_EDITS,
    PATRONYMIC_PARTICLES,
    PHONETIC_SCORE,
    SYNONYM_SCORE,
    Rarity,
    _abjad_reading,
    acronym_pairs,
    as_hebrew_letters,
    could_be_acronym,
    could_be_contraction,
    english_singular,
    legal_form_slips,
    other_hebrew_sounds,
    shaped_korean_glued,
    skeleton,
    token_weights,
    typo_budget,
    tz_as_one_letter,
    uvular_fold,
    vowel_pattern,
    without_doubles,
)
from embargo.names.analysis import GENERIC, NAME, PER, NameForm, phonetic_key
from embargo.names.cognates import (
    MAX_SKELETON_EDITS,
    MIN_SKELETON,
    cognate_items,
    cognate_skeleton,
    forms_agree,
    share_items,
)
from embargo.names.korean import has_hangul
from embargo.names.romanisation import SPELLINGS, romanised_sound, romanised_spellings

#: Most edits a token pair may differ by and still be a typo-like variant (see typo_budget).
_MAX_TYPO_EDITS = 3
#: Most a merged pair of tokens may differ in length from its counterpart (see merge_pairs).
_MERGE_LENGTH_SLACK = 2
_NONE = -np.inf
#: The romanised spellings of a token that has none (too short: see names.romanisation).
_NO_SPELLINGS = ("",) * SPELLINGS


class ListedTokens:
    """Every listed name's tokens, flattened into arrays once per index, with what the bound needs of them.

    Columns of a search are the tokens of its candidate names, then every pair of
    neighbouring tokens written as one (a merge), with one empty sentinel merge per
    name so that every name has a merge column.
    """

    #: Derived from the forms again when loaded, rather than saved (quicker to rebuild than to unpickle).
    _REBUILT = (
        "tokens",
        "merged",
        "merged_offset",
        "token_start",
        "token_count",
        "initials",
        "acronyms",
        "joined",
        "sorted_tokens",
        "cognates",
        "has_cognates",
        "column_table",
        "token_flags",
    )

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
        self.contractions = _contractions(tokens + merged)
        self.romanised = self._encode_spellings(tokens + merged)
        self.sounds = self._encode([romanised_sound(t) for t in tokens + merged])
        symbols = [key for form in forms for key in (form.symbols or ("",) * len(form.tokens))]
        self.symbols = self._encode_symbols(symbols + [""] * len(merged))
        self.weights = np.asarray([w for form in forms for w in token_weights(form, rarity)], dtype=float)
        self.family = np.asarray([f for form in forms for f in form.family], dtype=bool)
        self.person = np.asarray([form.tag == PER for form in forms], dtype=bool)
        self.names = np.asarray([form.kinds.count(NAME) for form in forms], dtype=np.intp)
        self.base_extra = np.asarray([EXTRA_WEIGHT.get(form.tag, EXTRA_WEIGHT_DEFAULT) for form in forms])
        self._stack_columns()

    def _stack_columns(self) -> None:
        """Every per-column code in one int32 table, so that a search cuts out its columns in one call.

        Rows: metaphone, vowel pattern and no-doubles codes, length, "son of" particle (0/1), the
        four rows of _letters, whether the column's name is a person's (0/1), whether the
        column may be a contraction (0/1, see names.could_be_contraction), the code of its
        romanised sound (names.romanisation.romanised_sound), the codes of its
        romanised spellings (SPELLINGS rows, see _encode_spellings) and of its symbols (as many rows
        as a listed token has symbols at most, see _encode_symbols).
        """
        person = np.repeat(self.person, self.token_count)
        rows = [self.phonetic, self.vowels, self.doubles, self.lengths, self.particles]
        rows += [*self.letters, np.concatenate([person, person]), self.contractions, self.sounds]
        rows += [*self.romanised.T]
        rows += [*self.symbols.T]
        self.column_table = np.vstack([np.asarray(row, dtype=np.int32) for row in rows])
        # Per token: a person's family name (its missing share is fixed), a token neither first
        # nor last in its name and not a family name (a middle name, see compare_names), and a
        # part of a family name of several (its share may be EXTRA_COMPOUND_FAMILY_WEIGHT).
        position = np.arange(len(self.tokens)) - np.repeat(self.token_start, self.token_count)
        interior = (position > 0) & (position < np.repeat(self.token_count, self.token_count) - 1)
        family_parts = np.zeros(len(self.forms), dtype=np.intp)
        if len(self.forms):
            family_parts = np.add.reduceat(self.family.astype(np.intp), self.token_start)
        compound = np.repeat(family_parts >= 2, self.token_count) & self.family
        # ... and a generic organisation word in a name with a word that is not (its share may be
        # EXTRA_GENERIC_WEIGHT).
        kinds = [kind for form in self.forms for kind in form.kinds]
        generic = np.fromiter((kind == GENERIC for kind in kinds), bool, len(kinds))
        generic &= np.repeat(self.names > 0, self.token_count)
        self.token_flags = np.vstack(
            [person & self.family, interior & ~self.family, person & compound, generic]
        )

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
        # What _Unbounded compares per candidate, kept rather than recomputed for every search.
        self.joined = ["".join(form.tokens) for form in self.forms]
        self.sorted_tokens = [tuple(sorted(form.tokens)) for form in self.forms]
        # Per token, its given-name items (names.cognates; read with the index): "" for most.
        self.cognates = [
            items for form in self.forms for items in (form.cognates or ("",) * len(form.tokens))
        ]
        self.has_cognates = np.fromiter(map(bool, self.cognates), bool, len(self.cognates))

    def __getstate__(self) -> dict:
        return {k: v for k, v in self.__dict__.items() if k not in self._REBUILT}

    def __setstate__(self, state: dict) -> None:
        self.__dict__.update(state)
        self._layout()
        self._stack_columns()

    def _encode(self, keys: list[str]) -> np.ndarray:
        codes = self.codes
        return np.fromiter((codes.setdefault(k, len(codes)) for k in keys), np.int32, len(keys))

    def _encode_spellings(self, tokens: list[str]) -> np.ndarray:
        """Per token, the codes of its romanised spellings (see names.romanisation); -1 where it has none."""
        codes = self.codes
        flat = (
            codes.setdefault(s, len(codes)) if s else -1
            for t in tokens
            for s in (romanised_spellings(t) or _NO_SPELLINGS)
        )
        return np.fromiter(flat, np.int32, SPELLINGS * len(tokens)).reshape(len(tokens), SPELLINGS)

    def _encode_symbols(self, keys: list[str]) -> np.ndarray:
        """Per token, the codes of its symbols (NameForm.symbols), one column each; -1 where none."""
        codes = self.codes
        return _code_table(
            [
                [codes.setdefault(symbol, len(codes)) for symbol in key.split("|")] if key else []
                for key in keys
            ],
            np.int32,
        )

    def symbol_codes(self, keys: list[str]) -> np.ndarray:
        """Per query token, the codes of its symbols (-1: none or padding; -2: no listed token has it)."""
        return _code_table(
            [[self.code(symbol) for symbol in key.split("|")] if key else [] for key in keys], np.int64
        )

    def spelling_codes(self, tokens: list[str]) -> np.ndarray:
        """Per query token, the codes of its romanised spellings (-1: none; -2: no listed token has it)."""
        code = self.code
        flat = (code(s) for t in tokens for s in (romanised_spellings(t) or _NO_SPELLINGS))
        return np.fromiter(flat, np.int64, SPELLINGS * len(tokens)).reshape(len(tokens), SPELLINGS)

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
            elif cutoff > 0.0 and not check.whole_query and not check(self, form_id):
                pending.append(n)
        if pending:
            block = _Block(self, [candidates[n] for n in pending])
            for n, ok in zip(pending, block.reach(readings, rarity).tolist(), strict=True):
                result[n] = ok
        return result


class _Unbounded:
    """Tells the listed names the bound does not cover for a set of query readings.

    Those are names written in an abjad when a reading of the query is not, the
    same tokens as a reading in another order or joined otherwise (score 1), an
    organisation's name with a word at one end that is the other's legal form typed short
    (:func:`~embargo.match.names.legal_form_slips`), a person's name shaped as a Korean one with
    a word of several syllables when the query is a name in Chinese characters read in Korean
    (``read_in_korean``, see :func:`~embargo.match.names.shaped_korean_glued`); and every
    listed name when the query is written in Hangul (``whole_query``: a Hangul word scores a
    listed spelling of its syllables in another convention as a variant, which the letters
    alone do not tell, see :func:`embargo.match.names._hangul_checked`) or is in an abjad
    with a generic organisation word (a synonym of a listed word whatever its letters, see
    names.SYNONYM_SCORE).
    """

    def __init__(self, readings: list[NameForm]) -> None:
        self.whole_query = any(has_hangul(r.original) or (r.abjad and any(r.symbols)) for r in readings)
        # A name in Chinese characters read in Korean scores as a name in Hangul does against a
        # person's name shaped as a Korean one with a word of several syllables (names._hangul_checked).
        self.read_in_korean = any(r.hanja for r in readings)
        # Readings of other than a person, not in an abjad: a word that is the legal form the other
        # name writes at that end typed short pairs with it (see names.legal_form_slips), which the
        # token bounds do not know.
        self.lettered_non_persons = [r for r in readings if r.tag != PER and not r.abjad]
        # Names in an abjad are bounded against a query in an abjad only (see _Block._abjad_table).
        self.latin_query = not all(r.abjad for r in readings)
        self.joined = {"".join(r.tokens) for r in readings}
        self.sorted = {tuple(sorted(r.tokens)) for r in readings}

    def __call__(self, listed: ListedTokens, form_id: int) -> bool:
        """True when the bound does not cover this listed name (a form of ``listed``)."""
        form = listed.forms[form_id]
        return (
            (self.latin_query and form.abjad)
            or listed.joined[form_id] in self.joined
            or listed.sorted_tokens[form_id] in self.sorted
            or (self.read_in_korean and shaped_korean_glued(form))
            or (
                form.tag != PER
                and not form.abjad
                and any(legal_form_slips(reading, form) for reading in self.lettered_non_persons)
            )
        )


def _code_table(rows: list[list[int]], dtype: type) -> np.ndarray:
    """Rows of codes as one table, padded with -1 to the longest row (one column at least)."""
    table = np.full((len(rows), max(map(len, rows), default=0) or 1), -1, dtype=dtype)
    for i, row in enumerate(rows):
        table[i, : len(row)] = row
    return table


def _acronym_tokens(tokens: tuple[str, ...]) -> tuple[str, ...]:
    """The tokens that may be an acronym of other words (see acronym_pairs)."""
    return tuple(t for t in tokens if could_be_acronym(t))


def _spans(starts: np.ndarray, counts: np.ndarray) -> np.ndarray:
    """The positions start, start+1, ... of each span (count long), concatenated."""
    total = int(counts.sum())
    offsets = np.repeat(starts - (np.cumsum(counts) - counts), counts)
    return offsets + np.arange(total)


class _Block:
    """The candidate names of one search, as columns cut out of :class:`ListedTokens`.

    What depends on the candidates only, not on the query reading, is computed here
    once per search: :meth:`_reach` runs once per reading, and on arrays this small
    each numpy call costs more than its arithmetic, so it does as few as it can.
    """

    def __init__(self, listed: ListedTokens, candidates: list[tuple[int, str, float]]) -> None:
        forms = np.fromiter((c[0] for c in candidates), np.intp, len(candidates))
        counts = listed.token_count[forms]
        occ = _spans(listed.token_start[forms], counts)
        occ_list = occ.tolist()
        self.count = len(occ_list)
        # A form has as many merge columns (the last a sentinel) as tokens, at the same positions.
        self.columns = [*map(listed.tokens.__getitem__, occ_list), *map(listed.merged.__getitem__, occ_list)]
        columns = np.concatenate([occ, occ + len(listed.tokens)])
        # One call for every per-column code (see ListedTokens._stack_columns); take() is quicker
        # than [:, columns].
        table = listed.column_table.take(columns, axis=1)
        self.column_phonetic, self.column_vowels, self.column_doubles, self.column_lengths = table[:4]
        self.column_particles = table[4] != 0
        self.column_letters = table[5:9]
        self.column_person = table[9] != 0
        self.column_contractions = table[10] != 0
        self.column_sounds = table[11]
        self.column_spellings = table[12 : 12 + SPELLINGS].T
        self.column_symbols = table[12 + SPELLINGS :].T
        self.listed = listed
        self.form_ids = forms.tolist()
        self.starts = np.cumsum(counts) - counts
        self.form_counts = counts
        self.ends = self.starts + counts - 1
        # Segment starts of the token columns, then of the merge columns (one reduceat gives both).
        self.column_starts = np.concatenate([self.starts, self.starts + self.count])
        self.form_of = np.repeat(np.arange(len(forms)), counts)
        offset = listed.merged_offset[occ]
        self.live = offset >= 0
        self.any_live = bool(self.live.any())
        self.dead_merges = np.flatnonzero(~self.live) + self.count  # sentinel merge columns
        self.merged_left = np.flatnonzero(self.live)  # a merge's column is that of its left token
        self.merged_form = self.form_of[self.live]
        self.weights = listed.weights[occ]
        self.merged_weights = (self.weights[self.merged_left], self.weights[self.merged_left + 1])
        self.person = listed.person[forms]
        # A person's family names, middle names, and parts of a family name of several (see
        # ListedTokens._stack_columns).
        self.family_share, self.middle, self.compound, self.generic = listed.token_flags.take(occ, axis=1)
        self.any_middle = bool(self.middle.any())
        self.names = listed.names[forms]
        self.base_extra = listed.base_extra[forms]
        self.tags = [c[1] for c in candidates]
        self.cutoffs = np.fromiter((c[2] for c in candidates), np.float64, len(candidates))
        self.t_occ = self.cutoffs[self.form_of]
        self.t_merge = self.cutoffs[self.merged_form]
        self.missing_cost = -self.t_occ * self.weights  # times a token's share when it has no partner
        self._shares: dict[int, tuple[np.ndarray, np.ndarray, np.ndarray]] = {}
        # The organisation names, for the acronym options: (form, its initials, its tokens that may be
        # acronyms, cut-off, first token column), as plain values since they are read one at a time.
        person, initials, acronyms = listed.person, listed.initials, listed.acronyms
        self.org_forms = [
            (f, initials[form_id], acronyms[form_id], cutoff, start, listed.forms[form_id].tokens)
            for f, (form_id, cutoff, start) in enumerate(
                zip(self.form_ids, self.cutoffs.tolist(), self.starts.tolist(), strict=True)
            )
            if not person[form_id]
        ]
        self.weight_list = self.weights.tolist()
        self.occurrences = occ

    def reach(self, readings: dict[str, list[NameForm]], rarity: Rarity) -> np.ndarray:
        """Per form, whether its score against one of the readings of its type could reach its cut-off."""
        reach = np.zeros(len(self.cutoffs), dtype=bool)
        for abjad in (False, True):
            chosen = {tag: [f for f in forms if f.abjad == abjad] for tag, forms in readings.items()}
            if any(chosen.values()):
                rows, table = self._abjad_table(chosen) if abjad else self._latin_table(chosen)
                reach |= self._reach_readings(chosen, table, rows, rarity)
        return reach

    def _latin_table(self, readings: dict[str, list[NameForm]]) -> tuple[dict[str, int], _RowTable]:
        """The rows of readings not in an abjad (their tokens and merges) and their bounds."""
        rows: dict[str, int] = {}
        row_phonetic: list[str] = []
        row_symbols: dict[str, str] = {}
        for forms in readings.values():
            for form in forms:
                for token, key in zip(form.tokens, form.phonetic, strict=True):
                    if token not in rows:
                        rows[token] = len(rows)
                        row_phonetic.append(key)
                for token, symbols in zip(form.tokens, form.symbols, strict=False):
                    if symbols:
                        # A token's symbols in every reading: "i" is a Korean syllable in a person's
                        # reading, the number 1 in a company's ("Yeong-Il I" read both ways).
                        known = row_symbols.get(token, symbols).split("|")
                        row_symbols[token] = "|".join(sorted({*symbols.split("|"), *known}))
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
            (_contractions(row_tokens), self.column_contractions),
            (self.listed.spelling_codes(row_tokens), self.column_spellings),
            (np.asarray([code(romanised_sound(t)) for t in row_tokens], dtype=np.int64), self.column_sounds),
            # Only organisation readings with generic words or numbers, and person names shaped as
            # Korean ones, have symbols (most queries none).
            (self.listed.symbol_codes([row_symbols.get(t, "") for t in row_tokens]), self.column_symbols)
            if row_symbols
            else None,
            self._slip_edits(readings),
        )
        if readings.get(PER):
            self._raise_cognates(bounds, rows, readings[PER])
        return rows, self._row_table(bounds, row_lengths)

    def _raise_cognates(self, bounds: np.ndarray, rows: dict[str, int], readings: list[NameForm]) -> None:
        """Pairs of forms of one given name in two languages score up to COGNATE_SCORE (see
        names._cognate_pair): the consonant skeletons of every query token of a person's reading
        against the candidates' listed tokens with items at once; the query token's items only for
        those near."""
        # A token's places in the readings (a given name in one, the family name in another).
        places: dict[str, list[tuple[NameForm, int]]] = defaultdict(list)
        for form in readings:
            for i, token in enumerate(form.tokens):
                if len(cognate_skeleton(token)) >= MIN_SKELETON:
                    places[token].append((form, i))
        with_items = np.flatnonzero(self.listed.has_cognates[self.occurrences])
        if not places or not len(with_items):
            return
        cognates = self.listed.cognates
        # Column, consonant skeleton and items of each listed token with items (names.cognates).
        columns = [
            (k, cognate_skeleton(self.columns[k]), cognates[o])
            for k, o in zip(with_items.tolist(), self.occurrences[with_items].tolist(), strict=True)
        ]
        # Skeletons further apart are never forms of one name (names.cognates.forms_agree): only the
        # near pairs are tested as the scorer tests them.
        near = cdist(
            [cognate_skeleton(token) for token in places],
            [skeleton for _k, skeleton, _items in columns],
            scorer=OSA.distance,
            score_cutoff=MAX_SKELETON_EDITS,
            dtype=np.int32,
        )
        words = list(places.items())
        for w, c in zip(*np.nonzero(near <= MAX_SKELETON_EDITS), strict=True):
            token, token_places = words[w]
            k, _skeleton, items = columns[c]
            row = rows[token]
            if (
                bounds[row, k] < COGNATE_SCORE
                and forms_agree(token, self.columns[k])
                and any(share_items(cognate_items(form, i), items) for form, i in token_places)
            ):
                bounds[row, k] = COGNATE_SCORE

    def _abjad_table(self, readings: dict[str, list[NameForm]]) -> tuple[dict[str, int], _RowTable]:
        """The rows of readings in an abjad (their tokens and merges) and their bounds.

        Such a token pair is a variant only when a reading of one (names._abjad_reading: against
        a listed name in Latin letters each side's consonant skeletons, against one in an
        abjad the token itself) is one edit at most from one of the other (see
        _skeleton_bounds), or both are "son of" particles; else its score is BLOCK_CREDIT at most.
        Two neighbouring words written as one count only as a variant (names._abjad_merge_pairs).
        """
        rows: dict[str, int] = {}
        folded: list[set[str]] = []
        plain: list[set[str]] = []
        for forms in readings.values():
            for form in forms:
                words = [(t, _abjad_readings(t, True, True), (t,)) for t in form.tokens]
                words += [
                    (a + b, _glued_readings(a, b, True, True), (a + b,))
                    for a, b in zip(form.tokens, form.tokens[1:], strict=False)
                ]
                for key, skeletons, itself in words:
                    # A token may be spelled as two others glued: its row takes the readings of both.
                    if key not in rows:
                        rows[key] = len(rows)
                        folded.append(set())
                        plain.append(set())
                    folded[rows[key]].update(skeletons)
                    plain[rows[key]].update(itself)
        fitted = np.full((len(rows), 2 * self.count), _NONE)
        # Whether each column's name is in an abjad (token columns, then merge columns).
        forms = self.listed.forms
        in_abjad = np.fromiter((forms[f].abjad for f in self.form_ids), bool, len(self.form_ids))
        column_abjad = np.tile(in_abjad[self.form_of], 2)
        for abjad, row_readings in ((False, folded), (True, plain)):
            columns = np.flatnonzero(column_abjad == abjad)
            if len(columns):
                column_readings = [self._column_readings(k, abjad) for k in columns.tolist()]
                fitted[:, columns] = _skeleton_bounds([tuple(r) for r in row_readings], column_readings)
        fitted[:, self.dead_merges] = _NONE
        # Two "son of" particles of two languages are one (names._abjad_pair: ولد / "bin").
        two_particles = np.outer(_particles(list(rows)), self.column_particles)
        np.maximum(fitted, PHONETIC_SCORE, out=fitted, where=two_particles)
        single = np.maximum(fitted[:, : self.count], BLOCK_CREDIT + 1e-9)
        return rows, _RowTable(
            single,
            fitted,
            np.maximum.reduceat(single, self.starts, axis=1),
            np.maximum.reduceat(fitted, self.column_starts, axis=1),
        )

    def _column_readings(self, column: int, abjad: bool) -> tuple[str, ...]:
        """A column's readings against a query in an abjad (``abjad``: the column's name is in one too)."""
        if abjad:  # both sides in an abjad: the token itself, or a merge column's two tokens glued
            return (self.columns[column],)
        if column < self.count:
            return _abjad_readings(self.columns[column], False, True)
        left = column - self.count
        if not self.live[left]:
            return ()
        return _glued_readings(self.columns[left], self.columns[left + 1], False, True)

    def _reach_readings(
        self, readings: dict[str, list[NameForm]], table: _RowTable, rows: dict[str, int], rarity: Rarity
    ) -> np.ndarray:
        """Per form, whether one of these readings (all in the table's rows) could reach its cut-off."""
        # The same reading under several name types (a name read as a person and as a company
        # often has the same tokens, kinds and family parts) is bounded once; not when it differs
        # otherwise: a person's reading may carry the Korean syllables of its words, which the
        # company's lacks ("Yeong-Il I": "i" is the "RI" of "RI, Yong Gil" only as a person's).
        masks: dict[NameForm, tuple[NameForm, np.ndarray]] = {}
        for tag, forms in readings.items():
            mine = np.fromiter((t == tag for t in self.tags), bool, len(self.tags))
            if not mine.any():
                continue
            for reading in forms:
                # Given-name items (a person's reading's only) raise person columns alone: not a
                # difference (see _raise_cognates).
                key = reading._replace(original="", tag="", cognates=())
                seen = masks.get(key)
                masks[key] = (reading, mine if seen is None else seen[1] | mine)
        reach = np.zeros(len(self.cutoffs), dtype=bool)
        for reading, mine in masks.values():
            reach |= mine & self._reach(reading, table, rows, rarity)
        return reach

    def _slip_edits(self, readings: dict[str, list[NameForm]]) -> np.ndarray:
        """Per column, the most edits a token pair may differ by as a slip of the whole name.

        See names.name_typos: the shorter name's letters allow one edit per
        NAME_LETTERS_PER_EDIT, the query side bounded by its longest reading; and one slip beside
        identical parts (two, or one rare part) may carry the most edits whatever the letters:
        in any name of two parts or more, when a query reading has two or more too.
        """
        forms = [form for forms in readings.values() for form in forms]
        query = max((sum(map(len, form.tokens)) for form in forms), default=0)
        per_form = np.add.reduceat(self.column_lengths[: self.count], self.starts)
        letters = np.minimum(per_form[self.form_of], query)
        edits = np.minimum(letters // NAME_LETTERS_PER_EDIT, NAME_TYPO_MAX_EDITS)
        if any(len(form.tokens) > 1 for form in forms):
            edits = np.where(self.form_counts[self.form_of] > 1, NAME_TYPO_MAX_EDITS, edits)
        # A merge (two words written as one) is never a slip: its columns allow none.
        return np.concatenate([edits, np.zeros_like(edits)])

    def _row_table(self, bounds: np.ndarray, row_lengths: np.ndarray) -> _RowTable:
        """What the readings take rows of: the bounds, those of possible merges, their maxima per form."""
        # Merge pairs whose lengths differ too much are never formed (see merge_pairs); nor are the
        # sentinel merge columns.
        fits = np.abs(np.subtract.outer(row_lengths, self.column_lengths)) <= _MERGE_LENGTH_SLACK
        fitted = np.where(fits, bounds, _NONE)
        fitted[:, self.dead_merges] = _NONE
        return _RowTable(
            bounds[:, : self.count],
            fitted,
            np.maximum.reduceat(bounds[:, : self.count], self.starts, axis=1),
            np.maximum.reduceat(fitted, self.column_starts, axis=1),
        )

    def _shares_for(self, names: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Missing shares (see names.missing_shares) that depend on the reading only by its count of names.

        Returns the extra weight per form, and per listed token its share when missing, and that
        share for a middle name of a framed name.
        """
        key = min(names, 2)  # min(count, names) == 1 depends only on whether names is 0, 1 or more
        shares = self._shares.get(key)
        if shares is None:
            single = self.person & (np.minimum(self.names, names) == 1)
            extra = np.where(single, EXTRA_SINGLE_WEIGHT, self.base_extra)
            c_share = np.where(self.family_share, EXTRA_FAMILY_WEIGHT, extra[self.form_of])
            # Whether a compound family name's other parts matched is not known here: the lower share.
            c_share = np.where(self.compound, np.minimum(c_share, EXTRA_COMPOUND_FAMILY_WEIGHT), c_share)
            if names > 0:  # a generic word may cost less once a word of the query's matched exactly
                c_share = np.where(self.generic, np.minimum(c_share, EXTRA_GENERIC_WEIGHT), c_share)
            shares = self._shares[key] = (extra, c_share, np.minimum(c_share, EXTRA_MIDDLE_WEIGHT))
        return shares

    def _reach(self, reading: NameForm, table: _RowTable, rows: dict[str, int], rarity: Rarity) -> np.ndarray:
        q_tokens = reading.tokens
        n = len(q_tokens)
        forms = len(self.cutoffs)
        token_rows = [rows[t] for t in q_tokens]
        qw = np.asarray(token_weights(reading, rarity))
        t_form = self.cutoffs
        t_occ = self.t_occ
        extra, c_share, c_share_middle = self._shares_for(reading.kinds.count(NAME))
        single_ub = table.single[token_rows]  # query tokens x listed tokens
        q_top = table.single_top[token_rows]  # query tokens x forms
        # Each query token's missing share per form (one row for all tokens when none is a family name).
        if any(reading.family):
            q_family = np.asarray(reading.family, dtype=bool)[:, None]
            family_share = EXTRA_COMPOUND_FAMILY_WEIGHT if sum(reading.family) >= 2 else EXTRA_FAMILY_WEIGHT
            q_share = np.where(q_family & self.person[None, :], family_share, extra[None, :])
        else:
            q_share = extra[None, :]
        if GENERIC in reading.kinds and NAME in reading.kinds:
            q_generic = np.asarray([kind == GENERIC for kind in reading.kinds])[:, None]
            cheap = q_generic & (~self.person & (self.names > 0))[None, :]
            q_share = np.where(cheap, np.minimum(q_share, EXTRA_GENERIC_WEIGHT), q_share)
        # Middle names left out weigh less when the name's first and last tokens can have identical
        # partners (see compare_names): only then may a share drop to EXTRA_MIDDLE_WEIGHT. Names of
        # one or two tokens (most queries, often every candidate) have no middle names: nothing to do.
        if self.any_middle:
            identical = (single_ub >= 1.0).any(0)  # per listed token
            framed = self.person & identical[self.starts] & identical[self.ends]
            c_share = np.where(framed[self.form_of] & self.middle, c_share_middle, c_share)
        q_middle = [0 < i < n - 1 and not family for i, family in enumerate(reading.family)]
        if any(q_middle):
            q_framed = self.person & (q_top[0] >= 1.0) & (q_top[-1] >= 1.0)
            q_middle = np.asarray(q_middle, dtype=bool)[:, None] & q_framed[None, :]
            q_share = np.where(q_middle, np.minimum(q_share, EXTRA_MIDDLE_WEIGHT), q_share)

        # Each token's best term with a partner (the extra option is added at the end).
        c_best = self.weights * (single_ub.max(0) - t_occ) / 2
        q_best = qw[:, None] * (q_top - t_form) / 2

        if n > 1:  # two query tokens written as one on the listed side
            merge_rows = [rows[a + b] for a, b in zip(q_tokens, q_tokens[1:], strict=False)]
            ub = table.fitted[merge_rows, : self.count]
            c_best = np.maximum(c_best, self.weights * (ub.max(0) - t_occ) / 2)
            top = table.fitted_top[merge_rows, :forms]  # merge (i, i+1) x forms
            # Token k is in the merges (k-1, k) and (k, k+1).
            near = np.empty((n, forms))
            near[:-1] = top
            near[-1] = _NONE
            np.maximum(near[1:], top, out=near[1:])
            q_best = np.maximum(q_best, _group_gain(qw[:, None], near, t_form))
        if self.any_live:  # two listed tokens written as one on the query side
            top = table.fitted_top[token_rows, forms:]  # each form has as many merge columns
            q_best = np.maximum(q_best, qw[:, None] * (top - t_form) / 2)
            best_merge = table.fitted[token_rows, self.count :].max(0)[self.live]
            # Merged pairs do not overlap in their left (or right) token: plain assignment is enough.
            pairs = zip((self.merged_left, self.merged_left + 1), self.merged_weights, strict=True)
            for occ, weights in pairs:
                c_best[occ] = np.maximum(c_best[occ], _group_gain(weights, best_merge, self.t_merge))
        if not reading.abjad:  # no acronyms between consonant skeletons (see names._pairs)
            self._add_acronyms(reading, qw, q_best, c_best)
        # The aligner pairs tokens until one side has none left: only one side keeps tokens without
        # a partner. Either the query's tokens all have one, or the listed name's.
        c_alone = np.maximum(c_best, self.missing_cost * c_share)
        q_alone = np.maximum(q_best, -t_form * qw[:, None] * q_share)
        query_paired = q_best.sum(0) + np.add.reduceat(c_alone, self.starts)
        listed_paired = q_alone.sum(0) + np.add.reduceat(c_best, self.starts)
        return np.maximum(query_paired, listed_paired) >= 0.0

    def _add_acronyms(
        self, reading: NameForm, qw: np.ndarray, q_best: np.ndarray, c_best: np.ndarray
    ) -> None:
        """Acronym pairs (see names.acronym_pairs) of organisation names, as further partner options."""
        q_acronyms = _acronym_tokens(reading.tokens)
        q_initials = "".join(t[0] for t in reading.tokens)
        for f, initials, acronyms, cutoff, start, tokens in self.org_forms:
            if not _any_within(q_acronyms, initials) and not _any_within(acronyms, q_initials):
                continue
            for score, _, q_side, c_side in acronym_pairs(reading.tokens, tokens):
                spread_q = 2 if score >= cutoff or len(q_side) == 1 else 2 * len(q_side)
                spread_c = 2 if score >= cutoff or len(c_side) == 1 else 2 * len(c_side)
                for i in q_side:
                    q_best[i, f] = max(q_best[i, f], qw[i] * (score - cutoff) / spread_q)
                for j in c_side:
                    k = start + j
                    c_best[k] = max(c_best[k], self.weight_list[k] * (score - cutoff) / spread_c)


@lru_cache(maxsize=1 << 16)
def _abjad_readings(token: str, abjad: bool, fold: bool) -> tuple[str, ...]:
    """A token's readings in a comparison with a name in an abjad (see names._abjad_reading).

    A Latin token is also read with its "tz" as one letter and its "kh" and "sh" as ICU reads ח and
    ש, as against Hebrew letters (names.tz_as_one_letter, names.as_hebrew_letters), and a token in
    an abjad with the other sounds of Hebrew's פ and צ׳ (names.other_hebrew_sounds): the bound
    reads every abjad as Arabic script.
    """
    reading, alternatives = _abjad_reading(token, abjad, fold)
    if fold and not abjad:
        alternatives += tuple(skeleton(t) for t in (*tz_as_one_letter(token), *as_hebrew_letters(token)))
    elif fold:
        alternatives += tuple(skeleton(t) for t in other_hebrew_sounds(token))
    return (reading, *alternatives)


@lru_cache(maxsize=1 << 16)
def _glued_readings(left: str, right: str, abjad: bool, fold: bool) -> tuple[str, ...]:
    """The readings of two neighbouring tokens written as one (see names._abjad_glued_pair)."""
    return tuple(
        p + q for p in _abjad_readings(left, abjad, fold) for q in _abjad_readings(right, abjad, fold)
    )


#: names._SKELETON_SCORES by a skeleton's length (3 for 3 or more letters), and the score of two
#: skeletons one edit apart; 1e-9 above them, so that rounding never drops a name exactly at its cut-off.
_SKELETON_BOUNDS = np.asarray([_SKELETON_SCORES[n] for n in range(4)]) + 1e-9
_ONE_EDIT_BOUND = 1.0 - 2 * EDIT_COST + 1e-9


def _skeleton_bounds(rows: list[tuple[str, ...]], columns: list[tuple[str, ...]]) -> np.ndarray:
    """Rows x columns: the best score a reading of the row may have as a variant of one of the column's.

    -inf where none may be a variant. names.abjad_similarity calls two skeletons variants when
    they are equal (a score by their length, _SKELETON_SCORES), one has a final "h" more (by
    the shorter's length), or, five letters long at least, one edit apart (1 - 2 EDIT_COST).
    A column without readings (a sentinel merge) gets the empty reading, to be masked by the caller.
    """
    row_flat = [r for group in rows for r in group]
    column_flat = [r for group in columns for r in (group or ("",))]
    row_starts = np.cumsum([0] + [len(group) for group in rows[:-1]])
    column_starts = np.cumsum([0] + [len(group) or 1 for group in columns[:-1]])
    distance = cdist(row_flat, column_flat, scorer=Levenshtein.distance, score_cutoff=1, dtype=np.int32)
    row_lengths = np.fromiter(map(len, row_flat), np.intp, len(row_flat))
    column_lengths = np.fromiter(map(len, column_flat), np.intp, len(column_flat))
    shorter = np.minimum.outer(row_lengths, column_lengths)
    differ = np.abs(np.subtract.outer(row_lengths, column_lengths))
    by_length = _SKELETON_BOUNDS[np.minimum(shorter, 3)]
    bounds = np.where(distance == 0, by_length, _NONE)
    np.maximum(bounds, by_length, out=bounds, where=(distance == 1) & (differ == 1) & (shorter >= 2))
    np.maximum(bounds, _ONE_EDIT_BOUND, out=bounds, where=(distance == 1) & (shorter >= 5))
    bounds = np.maximum.reduceat(bounds, row_starts, axis=0)
    return np.maximum.reduceat(bounds, column_starts, axis=1)


def _any_within(parts: tuple[str, ...], text: str) -> bool:
    """True when one of the parts occurs in the text (a loop: quicker than any() over a generator)."""
    for part in parts:  # noqa: SIM110
        if part in text:
            return True
    return False


class _RowTable(NamedTuple):
    """Per row of a search's token bounds (query tokens and merges), what :meth:`_Block._reach` reads.

    ``single``: the bounds against the listed tokens; ``fitted``: the bounds against every
    column, -inf where no merge pair can form; ``single_top``: the best of ``single`` per
    form; ``fitted_top``: the best of ``fitted`` per form, token columns then merge columns.
    """

    single: np.ndarray
    fitted: np.ndarray
    single_top: np.ndarray
    fitted_top: np.ndarray


def _group_gain(weight: np.ndarray, score: np.ndarray, cutoff: np.ndarray) -> np.ndarray:
    """A token's share of a merged pair's term: below the cut-off the heaviest weight is at least the mean."""
    gain = weight * (score - cutoff)
    return np.where(score >= cutoff, gain / 2, gain / 4)


def _typo_budgets(longest: int = 17) -> np.ndarray:
    """typo_budget of the mean length of two tokens, indexed by the sum of their lengths (capped)."""
    return np.asarray([typo_budget(total / 2) for total in range(longest + 1)], dtype=np.int64)


#: See _typo_budgets; a sum of lengths of 17 or more (a mean above 8) has the largest budget.
_TYPO_BUDGETS = _typo_budgets()


def token_bounds(
    queries: tuple[list[str], np.ndarray, np.ndarray],
    listed: tuple[list[str], np.ndarray, np.ndarray],
    vowels: tuple[np.ndarray, np.ndarray],
    doubles: tuple[np.ndarray, np.ndarray],
    particles: tuple[np.ndarray, np.ndarray],
    letters: tuple[np.ndarray, np.ndarray, np.ndarray],
    contractions: tuple[np.ndarray, np.ndarray],
    spellings: tuple[np.ndarray, np.ndarray],
    sounds: tuple[np.ndarray, np.ndarray],
    symbols: tuple[np.ndarray, np.ndarray] | None,
    slip_edits: np.ndarray,
) -> np.ndarray:
    """Matrix of upper bounds of :func:`token_similarity` for every query token against every listed one.

    ``queries`` and ``listed`` are (tokens, lengths, metaphone key codes); ``vowels``
    the codes of their vowel patterns, ``doubles`` of their spellings without doubled
    letters, and ``particles`` whether each is a "son of"
    particle, ``contractions`` whether each may be a contraction, and ``spellings`` the
    codes of each one's romanised spellings (tokens x SPELLINGS), ``sounds`` of their romanised
    sounds (names.romanisation.romanised_sound), ``symbols`` of their symbols
    (generic-word meanings, or the Hangul syllables a word of a Korean name may spell; bounded at
    names.SYNONYM_SCORE; None when no query token has one), query side first (codes below 0
    equal nothing). Each branch of token_similarity is covered: identical
    (1), a typo-like variant (1 - EDIT_COST x OSA distance), a conflict (its credit from
    the Levenshtein similarity), an initial or abbreviation (a prefix of the other token),
    a contraction (the shorter token a subsequence of the longer), the same sound or vowel
    pattern, or two particles; and a slip of the whole name (names.name_typos) between tokens
    that start alike, of at most ``slip_edits`` edits (per listed column: the most the shorter of
    the query's longest reading and the column's name can carry).

    Raising a bound where a condition holds is written ``np.maximum(bounds, x, out=bounds,
    where=condition)``: one numpy call instead of three (these arrays are small).
    """
    (q_tokens, q_lengths, q_phonetic), (c_tokens, c_lengths, c_phonetic) = queries, listed
    osa = cdist(q_tokens, c_tokens, scorer=OSA.distance, dtype=np.int32)
    similarity = cdist(q_tokens, c_tokens, scorer=Levenshtein.normalized_similarity, dtype=np.float64)
    prefix = cdist(q_tokens, c_tokens, scorer=Prefix.similarity, dtype=np.int32)
    shorter = np.minimum.outer(q_lengths, c_lengths)
    longer = np.maximum.outer(q_lengths, c_lengths)
    # typo_budget of the mean length; one edit between tokens of one length may be a swap, and
    # between tokens of two and three letters the middle letter dropped (names._middle_letter_dropped);
    # two edits between tokens of four and six letters may be two letters left out.
    budget = _TYPO_BUDGETS[np.minimum(shorter + longer, len(_TYPO_BUDGETS) - 1)]
    within = (
        (osa <= budget)
        | ((osa == 1) & ((shorter == longer) | ((shorter == 2) & (longer == 3))))
        | ((osa == 2) & (longer - shorter == 2) & (shorter >= 4))
    )
    typo = 1.0 - EDIT_COST * osa
    bounds = np.where(within, typo, 0.0)
    # A conflict's credit: np.clip((similarity - 0.3) / 0.5, 0.0, CONFLICT_CREDIT_MAX) + 1e-9, in place.
    conflict = similarity
    conflict -= 0.3
    conflict /= 0.5
    np.maximum(conflict, 0.0, out=conflict)
    np.minimum(conflict, CONFLICT_CREDIT_MAX, out=conflict)
    conflict += 1e-9
    np.maximum(bounds, conflict, out=bounds)
    starts = (prefix == shorter) & (shorter > 0)
    np.maximum(bounds, INITIAL_SCORE, out=bounds, where=starts & (shorter == 1))
    np.maximum(bounds, ABBREVIATION_SCORE, out=bounds, where=starts & (2 * shorter <= longer))
    # A contraction ("mohd"/"mohammed"): one side contraction-shaped, two letters fewer at least,
    # its letters in order in the other (the longest common subsequence is all of it).
    maybe = np.logical_or.outer(*contractions) & (shorter >= 3) & (longer >= shorter + 2)
    if maybe.any():
        subsequence = cdist(q_tokens, c_tokens, scorer=LCSseq.similarity, dtype=np.int32) == shorter
        np.maximum(bounds, ABBREVIATION_SCORE, out=bounds, where=maybe & subsequence)
    two_particles = np.outer(*particles)
    # As names._spelling_similarity: the same sound allows two edits even where the budget is one.
    same_sound = _same_code(q_phonetic, c_phonetic) & (osa <= np.maximum(budget, 2)) & (shorter >= 5)
    same_sound |= _same_code(*vowels) | two_particles
    np.maximum(bounds, PHONETIC_SCORE, out=bounds, where=same_sound)
    # Tokens that differ only in doubled letters ("kiimm"/"kim") are a variant.
    doubled = np.maximum(PHONETIC_SCORE - EDIT_COST, typo)
    np.maximum(bounds, doubled, out=bounds, where=_same_code(*doubles))
    (q_first, q_group, q_second, q_third), (c_first, c_group, c_second, c_third), person = letters
    q_first, q_group, c_first, c_group = (
        q_first[:, None],
        q_group[:, None],
        c_first[None, :],
        c_group[None, :],
    )
    alike = (q_first == c_first) | ((q_group & c_group) != 0)  # names._first_letters_agree
    # Whether the rest of the name agrees is not known per pair: every pair the names' budget
    # allows is bounded as a typo.
    np.maximum(bounds, typo, out=bounds, where=(osa <= slip_edits[None, :]) & (budget > 0) & alike)
    # One name in two romanisation conventions: the own spelling of one side is among the spellings
    # of the other (token_similarity also refuses pinyin syllables, and in organisation names takes
    # fewer letters for one sound: a looser bound).
    q_spellings, c_spellings = spellings
    same_name = np.equal.outer(q_spellings[:, 0], c_spellings).any(2)
    same_name |= np.equal.outer(q_spellings, c_spellings[:, 0]).any(1)
    same_name &= (q_spellings[:, 0] != -1)[:, None]  # -1: no spellings (short)
    # In a person's name, tokens that do not start alike are a conflict of little credit (at most
    # BLOCK_CREDIT), unless they are two "son of" particles.
    if not person.any():  # only organisation names (a company query's candidates often are)
        np.maximum(bounds, PHONETIC_SCORE, out=bounds, where=same_name)
        _raise_shared_symbols(bounds, symbols)
        return np.minimum(bounds, 1.0, out=bounds)
    start_ok = alike | ((osa == 1) & (shorter >= 5))
    start_ok |= (c_first == q_second[:, None]) | (c_first == q_third[:, None])
    start_ok |= (q_first == c_second[None, :]) | (q_first == c_third[None, :])
    capped = ~start_ok & person[None, :] & ~two_particles
    np.minimum(bounds, BLOCK_CREDIT + 1e-9, out=bounds, where=capped)
    # ... but "gh" and "q" start one word alike (names._uvular_variant): the vowel keys fold them, and
    # other tokens with equal keys start with the same consonant or with vowels, which agree.
    np.maximum(bounds, PHONETIC_SCORE, out=bounds, where=capped & _same_code(*vowels))
    # One name whose folded spellings sound alike (names.romanisation.same_romanised_sound): after
    # the cap too, as their first letters may differ as written. Scoring takes it in person names
    # only; raised in every column, the bound is looser in organisation ones, never too low.
    same_name |= _same_code(*sounds)
    np.maximum(bounds, PHONETIC_SCORE, out=bounds, where=same_name)  # after the cap: whatever the start
    _raise_shared_symbols(bounds, symbols)
    return np.minimum(bounds, 1.0, out=bounds)


def _raise_shared_symbols(bounds: np.ndarray, symbols: tuple[np.ndarray, np.ndarray] | None) -> None:
    """Pairs that share a symbol score up to names.SYNONYM_SCORE, whatever their letters: generic
    organisation words of one meaning, or two spellings of one Hangul syllable in a person's name
    ("lee" / "ri", "u" / "woo")."""
    if symbols is None:
        return
    q_symbols, c_symbols = symbols
    shared = np.equal.outer(q_symbols, c_symbols) & (q_symbols >= 0)[:, :, None, None]
    np.maximum(bounds, SYNONYM_SCORE, out=bounds, where=shared.any(axis=(1, 3)))


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


def _contractions(tokens: list[str]) -> np.ndarray:
    """Per token, whether it may be a contraction of another (see names.could_be_contraction)."""
    return np.fromiter(map(could_be_contraction, tokens), bool, len(tokens))


def _particles(tokens: list[str]) -> np.ndarray:
    return np.fromiter((t in PATRONYMIC_PARTICLES for t in tokens), bool, len(tokens))


@lru_cache(maxsize=1 << 16)
def _doubles_key(token: str) -> str:
    return without_doubles(token) if len(token) >= 2 else ""


@lru_cache(maxsize=1 << 16)
def _vowel_key(token: str) -> str:
    # token_similarity compares vowel patterns of tokens of 4 letters or more only. A plural in
    # "-ies" is keyed as its singular: the word in both numbers is a variant of PHONETIC_SCORE
    # (names.english_singular), which the equal keys bound.
    # "gh" is keyed as "q": a Persian and an Arabic-style spelling of one word are a variant of
    # PHONETIC_SCORE when they differ only there and in vowels (names._uvular_variant).
    # Doubled letters count once (names._vowels_only_differ, in person names: a looser key for others).
    return vowel_pattern(without_doubles(english_singular(uvular_fold(token)))) if len(token) >= 4 else ""
