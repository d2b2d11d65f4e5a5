"""Unicode clean-up of a raw name before any analysis.

NFKC folds compatibility forms (full-width Latin, ligatures, Arabic presentation
forms) into their ordinary letters; control, private-use and symbol characters (emoji
included), the zero-width space and the middle dots that separate words in Chinese and
Japanese script become spaces, so they can neither glue two words together nor end up
inside a token. The other invisible format characters are removed: they sit inside a
word (Persian writes "خامنه‌ای", one word, with a zero-width non-joiner before its last
letters; a soft hyphen or a joiner typed into "Pu\u200dtin" is still "Putin").
"""

from __future__ import annotations

import unicodedata

#: Unicode categories that never belong to a name: controls, surrogates, private use,
#: unassigned, and symbols other than currency/maths (emoji are "So").
_DROP_CATEGORIES = frozenset({"Cc", "Cs", "Co", "Cn", "So", "Sk"})
#: Format characters ("Cf") mark a word break only as the zero-width space; the others
#: (joiners, non-joiners, soft hyphens, direction marks) are removed.
_FORMAT = "Cf"
_ZERO_WIDTH_SPACE = "\u200b"
#: Middle dots that separate the words of a name written in Chinese or Japanese characters
#: ("バラク・オバマ", "弗拉基米尔·普京", also typed as a bullet, "弗拉基米尔•普京"): spaces, or
#: transliteration glues the words together.
WORD_DOTS = frozenset("\u00b7\u2022\u2027\u30fb\uff65")


def clean_name(text: str, keep_word_dots: bool = False) -> str:
    """The name in NFKC form with controls, emoji and runs of whitespace reduced to single spaces.

    The middle dots that part the words of a name in Chinese or Japanese characters are spaces,
    unless ``keep_word_dots``: screening keeps them in the name it analyses, where they tell a
    foreign name in characters (see names.chinese.is_transcribed_name).
    """
    if not text:
        return ""
    if text.isascii() and text.isprintable() and "^" not in text and "`" not in text:
        return " ".join(text.split())  # nothing for NFKC or the dropped categories to change
    text = unicodedata.normalize("NFKC", text)
    chars = []
    for ch in text:
        category = unicodedata.category(ch)
        if category == _FORMAT and ch != _ZERO_WIDTH_SPACE:
            continue
        dot = ch in WORD_DOTS and not keep_word_dots
        space = category in _DROP_CATEGORIES or ch.isspace() or dot or ch == _ZERO_WIDTH_SPACE
        chars.append(" " if space else ch)
    return " ".join("".join(chars).split())


def has_name_content(text: str) -> bool:
    """True when the text holds at least one letter or digit (not only punctuation or symbols)."""
    return any(unicodedata.category(ch)[0] in "LN" for ch in text)


def letter_count(text: str) -> int:
    """The number of letters and digits in the text."""
    return sum(1 for ch in text if unicodedata.category(ch)[0] in "LN")


def without_marks(text: str) -> str:
    """The text decomposed (NFKD) without its combining marks: accents, tone marks, Arabic vowel signs."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))
