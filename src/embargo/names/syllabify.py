"""Chinese names in another romanisation (Palladius, Wade-Giles) cut into that romanisation's syllables."""

from __future__ import annotations

from collections.abc import Callable, Container, Sequence

#: Syllables of a given name written as one word, at most ("Цзиньпин", "Chin-ping": two).
_MOST_SYLLABLES = 2


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


def chinese_name_syllables(
    words: Sequence[str], split: Callable[[str], tuple[str, ...] | None]
) -> list[tuple[str, ...]] | None:
    """Each word's syllables (``split``), when the words are shaped like a Chinese name: two or three
    words, each of one or two syllables, a family name of one syllable first or last. Else None
    ("Иван Путин": no word of one syllable)."""
    if not 2 <= len(words) <= 3:
        return None
    split_words = []
    for word in words:
        syllables = split(word)
        if syllables is None or not 1 <= len(syllables) <= _MOST_SYLLABLES:
            return None
        split_words.append(syllables)
    if len(split_words[0]) != 1 and len(split_words[-1]) != 1:
        return None
    return split_words
