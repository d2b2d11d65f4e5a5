"""Near-duplicate detection: copies of one story across sites grouped with MinHash and LSH."""

from __future__ import annotations

import re
from collections.abc import Sequence

from datasketch import MinHash, MinHashLSH

#: Estimated Jaccard similarity of word shingles from which two texts are one story.
DUPLICATE_THRESHOLD = 0.6
NUM_PERM = 128
SHINGLE = 5

_WORD = re.compile(r"\w+", re.UNICODE)


def shingles(text: str, size: int = SHINGLE) -> set[str]:
    """Overlapping word n-grams of the lower-cased text (the whole text when it is shorter)."""
    words = _WORD.findall(text.lower())
    if len(words) < size:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i : i + size]) for i in range(len(words) - size + 1)}


def minhash(text: str) -> MinHash:
    """The MinHash signature of a text's shingles."""
    signature = MinHash(num_perm=NUM_PERM, seed=7)
    for shingle in shingles(text):
        signature.update(shingle.encode("utf-8"))
    return signature


def group_duplicates(
    items: Sequence[tuple[str, str]], threshold: float = DUPLICATE_THRESHOLD
) -> list[list[str]]:
    """Group ``(id, cleaned text)`` pairs into stories; each group lists ids in input order.

    Candidates come from LSH; a pair joins a story only when its estimated Jaccard
    similarity reaches ``threshold`` (groups are the connected components).
    """
    if not items:
        return []
    lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
    signatures: dict[str, MinHash] = {}
    order = {item_id: i for i, (item_id, _) in enumerate(items)}
    parent = {item_id: item_id for item_id, _ in items}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for item_id, text in items:
        signature = minhash(text)
        for other in lsh.query(signature):
            if signature.jaccard(signatures[other]) >= threshold:
                a, b = find(item_id), find(other)
                if a != b:
                    # The earlier item stays the root so story ids are stable.
                    if order[a] < order[b]:
                        parent[b] = a
                    else:
                        parent[a] = b
        signatures[item_id] = signature
        if item_id not in lsh:
            lsh.insert(item_id, signature)
    groups: dict[str, list[str]] = {}
    for item_id, _ in items:
        groups.setdefault(find(item_id), []).append(item_id)
    return sorted(groups.values(), key=lambda g: order[g[0]])
