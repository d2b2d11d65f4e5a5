"""SymSpell keys: a word and its spellings with letters left out.

Two words within ``n`` edits share a key when each is stored with its spellings of up
to ``n`` deleted letters (a changed letter is one deletion on each side, an added or
dropped one a deletion on one side). The candidate index (one deletion per token), the
legal-form speller and the two-edit token neighbours all look up by these keys.
"""

from __future__ import annotations


def deletions(word: str, depth: int = 1) -> set[str]:
    """The word and every spelling of it with up to ``depth`` letters left out (none left empty)."""
    found = {word}
    layer = {word}
    for _ in range(depth):
        layer = {w[:i] + w[i + 1 :] for w in layer if len(w) > 1 for i in range(len(w))}
        found |= layer
    return found
