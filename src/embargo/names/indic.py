"""Names in the Brahmic scripts of South Asia, written as their bearers write them in English.

ICU romanises Devanagari, Bengali, Gurmukhi, Gujarati, Oriya, Tamil, Telugu, Kannada and
Malayalam letter by letter in ISO 15919 (through normality), writing each consonant's inherent
vowel; anyascii drops every inherent vowel ("nrendr" for Narendra, "pirpakrn" for Prabhakaran,
"cmdrbabu" for Chandrababu). :func:`indic_word` reads a word of these scripts with ICU and:

- in the scripts of North and East India (Devanagari, Bengali, Gurmukhi, Gujarati, Oriya) leaves
  out the inherent vowels those languages do not say (:func:`_silent_vowels`): at the end of a
  word after a single consonant (Rahul, Gautam, Vijay; after a cluster it stays: Narendra), and
  inside a word between two syllables said with a vowel (Rahman, Manmohan, Sukhbir). Dravidian
  languages (Tamil, Telugu, Kannada, Malayalam) say it, and write a virama where they do not
  ("చంద్రశేఖర్", "Chandrashekar").
- writes the ISO letters as English spellings of Indian names write them: श/ষ/ਸ਼ and ष "sh" (Shah,
  Shashi), ऋ "ri" (Krishna), च "ch" and छ "chh" (Chandra, Chhabra); in the Dravidian scripts the
  dental t "th" (Muthuvel, Revanth, Tharoor; the retroflex ṭ is "t": Mammootty) and ழ "zh"
  (Kozhikode, Kanimozhi); Bengali's w, written ও and য় before a vowel, "w" (Wazed).
- reads the signs ICU leaves out or misreads: Gurmukhi's tippi (ੰ, a nasal, as its bindi: "ਸਿੰਘ"
  is "singh", not "sigha") and addak (ੱ, the next consonant doubled: "ਨਿੱਜਰ", Nijjar; "ਸਿੱਧੂ",
  Siddhu), Malayalam's chillu letters (ൻ: a final n) and vowel signs of o and au (ICU wrote
  "മോഹൻ" "mēāhan"), Bengali's khanda ta (ৎ: a final t).

Sinhala (which ICU does not romanise) and Thai stay with anyascii.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from normality import ascii_text, latinize_text

#: A word in one of the Brahmic scripts ICU romanises (U+0900-U+0D7F, without the dandas that end
#: a sentence), with the zero-width (non-)joiners that shape its conjuncts.
INDIC_WORD = re.compile(r"[\u0900-\u0963\u0966-\u0d7f\u200c\u200d]+")
#: Each script's block of 128 code points follows one layout (ISCII's), by offset in the block:
_BLOCK = 0x80
#: consonants; the aspirated stops (kha, gha ... bha: each after its plain one); the nukta that
#: changes a consonant; the vowel signs; the virama that joins a consonant to the next one; the
#: signs of a nasal or an h after a vowel (candrabindu, anusvara, visarga); independent vowels.
_CONSONANTS = frozenset(range(0x15, 0x3A)) | frozenset(range(0x58, 0x60))
_ASPIRATES = frozenset({0x16, 0x18, 0x1B, 0x1D, 0x20, 0x22, 0x25, 0x27, 0x2B, 0x2D})
_NUKTA, _VIRAMA = 0x3C, 0x4D
_VOWEL_SIGNS = frozenset(range(0x3E, 0x4D)) | frozenset({0x55, 0x56, 0x57, 0x62, 0x63})
_CODAS = frozenset({0x01, 0x02, 0x03})
_VOWELS = frozenset(range(0x04, 0x15)) | frozenset({0x60, 0x61})
#: Blocks (first code point) of the scripts whose languages leave out inherent vowels (see
#: _silent_vowels), and of those whose English spellings write the dental t "th".
_NORTH = frozenset({0x0900, 0x0980, 0x0A00, 0x0A80, 0x0B00})
_DRAVIDIAN = frozenset({0x0B80, 0x0C00, 0x0C80, 0x0D00})
#: Signs ICU leaves out or misreads, written as the letters they stand for.
_SIGNS = str.maketrans(
    {
        "\u0a70": "\u0a02",  # Gurmukhi tippi: a nasal, as the bindi ICU reads
        "\u09ce": "\u09a4\u09cd",  # Bengali khanda ta: ত with a virama
        "\u0d7a": "\u0d23\u0d4d",  # Malayalam chillu letters: the consonant with a virama (ണ്)
        "\u0d7b": "\u0d28\u0d4d",  # ന്
        "\u0d7c": "\u0d30\u0d4d",  # ര്
        "\u0d7d": "\u0d32\u0d4d",  # ല്
        "\u0d7e": "\u0d33\u0d4d",  # ള്
        "\u0d7f": "\u0d15\u0d4d",  # ക്
        # Malayalam's vowel signs of o and au, which ICU reads as their two parts ("mēāhan" for
        # മോഹൻ): a virama, then the vowel's own letter ("മ്ഓഹൻ", "mōhan").
        "\u0d4a": "\u0d4d\u0d12",
        "\u0d4b": "\u0d4d\u0d13",
        "\u0d4c": "\u0d4d\u0d14",
        "\u0d57": "\u0d4d\u0d14",
        "\u200c": None,
        "\u200d": None,
    }
)
#: Gurmukhi's addak, then the consonant it doubles.
_ADDAK = re.compile("\u0a71([\u0a15-\u0a39\u0a59-\u0a5e])")
#: Bengali writes a w as ও and য় before a vowel ("ওয়াজেদ", Wazed), which ICU reads "ōẏ".
_BENGALI_W = re.compile("ōẏ(?=[aāiīuūeēoō])")
#: ISO 15919 letters as English spellings of Indian names write them (before the marks are dropped).
_ISO_TO_ENGLISH = (("ś", "sh"), ("ṣ", "sh"), ("r̥", "ri"), ("ḻ", "zh"), ("ch", "chh"))
#: ISO's "c" (च) is English "ch"; its "ch" (छ) has become "chh" above.
_ISO_C = re.compile(r"c(?!hh)")
#: A dental t, doubled or not, not aspirated (ISO's retroflex is "ṭ"; "th" is aspirated).
_DENTAL_T = re.compile(r"t{1,2}(?!h)")


def _offset(letter: str) -> int:
    return ord(letter) % _BLOCK


class _Akshara(NamedTuple):
    """One written syllable: its consonants (none for a vowel letter), whether it carries a vowel
    of its own (a vowel letter or sign) or ends with a virama, and whether a nasal or h follows."""

    text: str
    consonants: int
    vowel_sign: bool
    virama: bool
    coda: bool

    @property
    def inherent(self) -> bool:
        """A consonant syllable that is said with the script's inherent vowel "a"."""
        return self.consonants > 0 and not self.vowel_sign and not self.virama


def _aksharas(word: str) -> list[_Akshara]:
    """The written syllables of a word; the letters of no syllable (digits, marks) join the last."""
    parts: list[list[str]] = []
    for letter in word:
        offset = _offset(letter)
        after_virama = bool(parts) and _offset(parts[-1][-1]) == _VIRAMA
        # A consonant after a virama is the next of a cluster ("न्द्र" is one syllable).
        if not parts or offset in _VOWELS or (offset in _CONSONANTS and not after_virama):
            parts.append([letter])
        else:
            parts[-1].append(letter)
    aksharas = []
    for letters in parts:
        offsets = [_offset(letter) for letter in letters]
        aksharas.append(
            _Akshara(
                text="".join(letters),
                consonants=sum(o in _CONSONANTS for o in offsets),
                vowel_sign=offsets[0] in _VOWELS or any(o in _VOWEL_SIGNS for o in offsets),
                virama=offsets[-1] == _VIRAMA,
                coda=any(o in _CODAS for o in offsets),
            )
        )
    return aksharas


def _silent_vowels(word: str) -> str:
    """The word with a virama after each consonant whose inherent vowel Hindi, Bengali, Punjabi,
    Gujarati and Odia leave out, as their names are spelt in English.

    At the end of a word after a single consonant ("राहुल", Rahul; not after a cluster: "नरेंद्र",
    Narendra), and inside a word after a single consonant between two syllables said with a vowel
    ("रहमान", Rahman; "ਮਨਮੋਹਨ", Manmohan; "অরবিন্দ", Arvind): the rule of schwa deletion, read from the
    end of the word, so that "गौतम" keeps its "ta" before the final "m" (Gautam). Never in the first
    syllable, after a nasal or h (a syllable closed already), nor before a consonant cluster.
    """
    aksharas = _aksharas(word)
    last = len(aksharas) - 1
    silent = [False] * len(aksharas)

    def said(i: int) -> bool:
        return aksharas[i].vowel_sign or (aksharas[i].inherent and not silent[i])

    for i in range(last, 0, -1):
        current = aksharas[i]
        if not current.inherent or current.consonants != 1 or current.coda:
            continue
        between_vowels = (
            i < last
            and said(i - 1)
            and not aksharas[i - 1].coda
            and aksharas[i + 1].consonants == 1
            and said(i + 1)
        )
        silent[i] = i == last or between_vowels
    virama = chr(ord(word[0]) // _BLOCK * _BLOCK + _VIRAMA)
    return "".join(a.text + virama if quiet else a.text for a, quiet in zip(aksharas, silent, strict=True))


def _doubled(match: re.Match[str]) -> str:
    """An addak's consonant doubled: its plain form, then it ("ੱਧ" is "ddh", as in Siddhu)."""
    letter = match.group(1)
    first = chr(ord(letter) - 1) if _offset(letter) in _ASPIRATES else letter
    return first + chr(ord(letter) // _BLOCK * _BLOCK + _VIRAMA) + letter


@lru_cache(maxsize=4096)
def indic_word(word: str) -> str:
    """A word in a Brahmic script of South Asia as its name is written in English.

    "राहुल" -> "rahul", "রহমান" -> "rahman", "ਸਿੰਘ" -> "singh", "பிரபாகரன்" -> "pirapakaran",
    "చంద్రబాబు" -> "chandrababu" (see the module's docstring).
    """
    word = _ADDAK.sub(_doubled, word).translate(_SIGNS)
    if not word:
        return ""
    block = ord(word[0]) // _BLOCK * _BLOCK
    if block in _NORTH:
        word = _silent_vowels(word)
    latin = latinize_text(word)
    if block == 0x0980:
        latin = _BENGALI_W.sub("w", latin)
    for iso, english in _ISO_TO_ENGLISH:
        latin = latin.replace(iso, english)
    latin = _ISO_C.sub("ch", latin)
    if block in _DRAVIDIAN:
        latin = _DENTAL_T.sub("th", latin)
    return ascii_text(latin)


__all__ = ["INDIC_WORD", "indic_word"]
