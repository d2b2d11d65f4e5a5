"""Listed tokens within two edits of a query token: typos that share no lookup key with the name.

The index's keys (the token, its one-letter deletions, trigrams, metaphone) find a
token with one slip, or with two slips far apart in a long word. Two slips in a
word of four to ten letters ("Eslami" typed "Elsamk", "Injai" typed "Ijnaj") often
leave no key in common, while the scorer still reads such a pair as a variant:
that name was never a candidate. :class:`TokenNeighbours` finds, for a token the
lists do not have, the listed tokens at most two edits away (optimal string
alignment: a swap of two letters is one edit) with the SymSpell method: every
spelling of a token with up to two letters deleted is a key, and two tokens within
two edits share one.

The keys are kept as 32-bit CRC hashes in one sorted array (a few MB for every
listed token, quick to save and load); a hash collision only adds a token that
the edit-distance check then drops.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterable

import numpy as np
from rapidfuzz.distance import OSA
from rapidfuzz.process import cdist

from embargo.names.symspell import deletions

#: Most edits between a query token and a listed one it is taken for.
MAX_EDITS = 2
#: Listed tokens of these lengths get keys: shorter ones are other words at two edits, longer
#: ones keep trigrams or one-letter deletion keys in common with a typo.
MIN_LENGTH, MAX_LENGTH = 4, 10
#: Shortest mean length of two tokens two edits apart that the scorer may still call variants.
MIN_TWO_EDIT_MEAN = 5
#: Query tokens whose neighbours are remembered.
CACHE_SIZE = 1 << 16


def _hashes(keys: Iterable[str]) -> np.ndarray:
    return np.fromiter((zlib.crc32(k.encode()) for k in keys), dtype=np.uint32)


class TokenNeighbours:
    """A SymSpell dictionary of listed tokens: the ones within two edits of a given token."""

    def __init__(self, tokens: Iterable[str]) -> None:
        vocabulary = sorted({t for t in tokens if MIN_LENGTH <= len(t) <= MAX_LENGTH and t.isalpha()})
        keys: list[str] = []
        owners: list[int] = []
        for number, token in enumerate(vocabulary):
            found = deletions(token, MAX_EDITS)
            keys.extend(found)
            owners.extend([number] * len(found))
        hashes = _hashes(keys)
        owner_ids = np.asarray(owners, dtype=np.int32)
        order = np.lexsort((owner_ids, hashes))
        hashes, owner_ids = hashes[order], owner_ids[order]
        # A token's keys may collide with each other: keep each (hash, token) pair once.
        first = np.ones(len(hashes), dtype=bool)
        first[1:] = (hashes[1:] != hashes[:-1]) | (owner_ids[1:] != owner_ids[:-1])
        self.tokens = vocabulary
        self._lengths = np.fromiter(map(len, vocabulary), dtype=np.int32, count=len(vocabulary))
        self._hashes = hashes[first]
        self._owners = owner_ids[first]
        self._found: dict[str, list[str]] = {}

    def __len__(self) -> int:
        return len(self.tokens)

    def __getstate__(self) -> dict:
        return {k: v for k, v in self.__dict__.items() if k != "_found"}

    def __setstate__(self, state: dict) -> None:
        self.__dict__.update(state)
        self._found = {}

    def near(self, token: str) -> list[str]:
        """The listed tokens 1 or 2 edits from ``token`` (not the token itself), sorted.

        Only pairs whose mean length allows two edits in a variant (five letters or more: at
        five, two letters left out of six or the same sound, see
        :func:`embargo.match.names.typo_budget`) are looked for. Answers are remembered
        (a customer book repeats its names), up to :data:`CACHE_SIZE` tokens.
        """
        found = self._found.get(token)
        if found is None:
            if len(self._found) >= CACHE_SIZE:
                self._found.clear()
            found = self._found[token] = self._lookup(token)
        return list(found)

    def _lookup(self, token: str) -> list[str]:
        """:meth:`near` without the memory: hash the token's deletions, gather, check the distance."""
        if not self.tokens or not token.isalpha() or not MIN_LENGTH <= len(token) <= MAX_LENGTH + MAX_EDITS:
            return []
        wanted = np.unique(_hashes(deletions(token, MAX_EDITS)))
        starts = np.searchsorted(self._hashes, wanted, side="left")
        counts = np.searchsorted(self._hashes, wanted, side="right") - starts
        if not counts.any():
            return []
        spans = np.repeat(starts - np.cumsum(counts) + counts, counts) + np.arange(int(counts.sum()))
        hits = np.unique(self._owners[spans])
        hits = hits[self._lengths[hits] >= 2 * MIN_TWO_EDIT_MEAN - len(token)]
        found = [self.tokens[n] for n in hits.tolist()]
        # One call for every hit (a common spelling has hundreds): distances above the cut-off read 3.
        distances = cdist([token], found, scorer=OSA.distance, score_cutoff=MAX_EDITS, dtype=np.int32)[0]
        return [
            t
            for t, distance in zip(found, distances.tolist(), strict=True)
            if distance <= MAX_EDITS and t != token
        ]
