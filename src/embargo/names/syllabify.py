"""Cut a word into the fewest syllables of a romanisation's table (Palladius, Wade-Giles)."""

from __future__ import annotations

from collections.abc import Container


def fewest_syllables(word: str, syllables: Container[str], longest: int) -> tuple[str, ...] | None:
    """The word as the fewest pieces that are all in ``syllables`` (each at most ``longest``
    letters); None when it cannot be cut so. "цзиньпин" -> ("цзинь", "пин")."""
    best: list[tuple[str, ...] | None] = [()] + [None] * len(word)
    for end in range(1, len(word) + 1):
        for start in range(max(0, end - longest), end):
            head, piece = best[start], word[start:end]
            if head is None or piece not in syllables:
                continue
            candidate, current = (*head, piece), best[end]
            if current is None or len(candidate) < len(current):
                best[end] = candidate
    return best[len(word)]
