"""Names in the Brahmic scripts of South Asia, written as their bearers write them in English.

ICU romanises Devanagari, Bengali, Gurmukhi, Gujarati, Oriya, Tamil, Telugu, Kannada and
Malayalam letter by letter in ISO 15919 (through normality), writing each consonant's inherent
vowel; anyascii drops every inherent vowel ("nremdr" for Narendra, "pirpakrn" for Prabhakaran,
"cmdrbabu" for Chandrababu). :func:`indic_word` reads a word of these scripts with ICU and:

- in the scripts of North and East India (Devanagari, Bengali, Gurmukhi, Gujarati, Oriya) leaves
  out the inherent vowels those languages do not say (:func:`_silent_vowels`): at the end of a
  word after a single consonant (Rahul, Gautam, Vijay; after a cluster it stays: Narendra), and
  inside a word between two syllables said with a vowel (Rahman, Manmohan, Harbhajan; in Hindi and
  Punjabi also before a consonant with r: Harpreet, Omprakash). Dravidian languages (Tamil,
  Telugu, Kannada, Malayalam) say it, and write a virama where they do not ("చంద్రశేఖర్",
  "Chandrashekar").
- writes the ISO letters as English spellings of Indian names write them: श/ষ/ਸ਼ and ष "sh" (Shah,
  Shashi; "sr" at the start of a word in the Dravidian scripts: Srinivas, Sreesanth), ऋ "ri"
  (Krishna), च "ch" and छ "chh" (Chandra, Chhabra), ज्ञ "gy" (Gyan, Pragya; "gn" in the Dravidian
  scripts: Gnanam), a nasal at the end of a word in the North's scripts "n" (Dhillon, Chand; Bengali "ng"); in
  the Dravidian scripts the dental t "th" (Muthuvel, Revanth, Tharoor; the retroflex ṭ is "t":
  Mammootty) and ழ "zh" (Kozhikode, Kanimozhi); Tamil's ஃப "f" (Fathima), Malayalam's ന്റ "nt"
  and റ്റ "tt" (Antony); Telugu's and Kannada's endings -āvu "ao" (Rao) and -ayya "aiah"
  (Siddaramaiah); Bengali's and Oriya's য/ଯ "j" (Jamuna, Jashoda; য় is "y") and Bengali's w,
  written ও and য় before a vowel, "w" (Wazed).
- reads the signs ICU leaves out or misreads: Gurmukhi's tippi (ੰ, a nasal, as its bindi: "ਸਿੰਘ"
  is "singh", not "sigha") and addak (ੱ, the next consonant doubled: "ਨਿੱਜਰ", Nijjar; an aspirate
  is written once, as English spells it: "ਸਿੱਧੂ", Sidhu), Malayalam's chillu letters (ൻ: a final
  n) and vowel signs of o and au (ICU wrote "മോഹൻ" "mēāhan"), Bengali's khanda ta (ৎ: a final t).

Where English spells such names two ways, a name is also read the other way (one more reading):
schwa deletion read from the end of a word, as compounds whose first part ends in a consonant are
said (Amandeep, Amarnath; from the start: Harbhajan, Fadnavis), Bengali and Oriya য/ଯ "y" (Yuvraj),
ज्ञ "jn", Telugu and Kannada -ayya as written (Venkayya); Tamil ச, which English spells "s"
(Saravanan, Selvam) and "ch" (Chidambaram), "s" (:func:`indic_spellings`).

Sinhala (which ICU does not romanise) and Thai stay with anyascii.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from anyascii import anyascii
from normality import latinize_text

_LETTERS = "\u0900-\u0963\u0966-\u0d7f"
#: A word in one of the Brahmic scripts ICU romanises (U+0900-U+0D7F, without the dandas that end
#: a sentence), with the zero-width (non-)joiners that shape its conjuncts (not one alone: Persian
#: writes a zero-width non-joiner inside its words too).
INDIC_WORD = re.compile(f"[\u200c\u200d]*[{_LETTERS}][{_LETTERS}\u200c\u200d]*")
#: Each script's block of 128 code points (named by its first) follows one layout (ISCII's).
_BLOCK = 0x80
_DEVANAGARI, _BENGALI, _GURMUKHI, _GUJARATI, _ORIYA = 0x0900, 0x0980, 0x0A00, 0x0A80, 0x0B00
_TAMIL, _TELUGU, _KANNADA, _MALAYALAM = 0x0B80, 0x0C00, 0x0C80, 0x0D00
#: By offset in the block:
#: consonants (Assamese ৱ and Oriya ୱ at 0x71 in their blocks, where Gurmukhi has a sign);
#: the aspirated stops (kha, gha ... bha: each after its plain one); the letter r; the vowel signs;
#: the virama that joins a consonant to the next one; the signs of a nasal or an h after a vowel
#: (candrabindu, anusvara, visarga); independent vowels.
_CONSONANTS = frozenset(range(0x15, 0x3A)) | frozenset(range(0x58, 0x60))
_EXTRA_CONSONANTS = {_BENGALI: frozenset({0x71}), _ORIYA: frozenset({0x71})}
_ASPIRATES = frozenset({0x16, 0x18, 0x1B, 0x1D, 0x20, 0x22, 0x25, 0x27, 0x2B, 0x2D})
_RA, _VIRAMA = 0x30, 0x4D
_VOWEL_SIGNS = frozenset(range(0x3E, 0x4D)) | frozenset({0x55, 0x56, 0x57, 0x62, 0x63})
_CODAS = frozenset({0x01, 0x02, 0x03})
_VOWELS = frozenset(range(0x04, 0x15)) | frozenset({0x60, 0x61})
#: The scripts whose languages leave out inherent vowels (see _silent_vowels); those (Hindi and
#: Punjabi) that leave one out before a consonant with r too; the Dravidian scripts.
_NORTH = frozenset({_DEVANAGARI, _BENGALI, _GURMUKHI, _GUJARATI, _ORIYA})
_BEFORE_R = frozenset({_DEVANAGARI, _GURMUKHI})
_DRAVIDIAN = frozenset({_TAMIL, _TELUGU, _KANNADA, _MALAYALAM})
#: Signs ICU leaves out or misreads, written as the letters they stand for.
_SIGNS = str.maketrans(
    {
        "\u0a70": "\u0a02",  # Gurmukhi tippi: a nasal, as the bindi ICU reads
        "\u09ce": "\u09a4\u09cd",  # Bengali khanda ta: ত with a virama
        "\u09f0": "\u09b0",  # Assamese ra: Bengali র, which ICU reads
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
#: Bengali য and Oriya ଯ, said "j" (য় and ୟ, with a nukta, are "y"), not after a virama (ব্য, "by").
_BENGALI_ORIYA_JA = re.compile("(?<![\u09cd\u0b4d])([\u09af\u0b2f])(?![\u09bc\u0b3c])")
_JA = {"\u09af": "\u099c", "\u0b2f": "\u0b1c"}
#: Bengali writes a w as ও and য় before a vowel ("ওয়াজেদ", Wazed), which ICU reads "ōẏ".
_BENGALI_W = re.compile("ōẏ(?=[aāiīuūeēoō])")
#: ISO 15919 letters as English spellings of Indian names write them (before the marks are dropped).
_ISO_TO_ENGLISH = (("ś", "sh"), ("ṣ", "sh"), ("r̥", "ri"), ("ḻ", "zh"), ("m̐", "n"), ("ch", "chh"))
#: ISO's "c" (च) is English "ch"; its "ch" (छ) has become "chh" above.
_ISO_C = re.compile(r"c(?!hh)")
#: An anusvara that ends a word in the North's scripts ("ḍhillōṁ", Dhillon): ICU writes the one
#: before a consonant as the nasal said there already.
_FINAL_ANUSVARA = re.compile("ṁ$")
#: A dental t, doubled or not, not aspirated (ISO's retroflex is "ṭ"; "th" is aspirated).
_DENTAL_T = re.compile(r"t{1,2}(?!h)")
#: Letters of the Dravidian scripts as English writes them, after the dental t: Malayalam's ന്റ
#: "nt" and റ്റ "tt" (Antony, Vincent), Tamil's ஃப, read "ḥp", "f" (Fathima).
_DRAVIDIAN_LETTERS = {
    _TAMIL: (("ḥp", "f"),),
    _MALAYALAM: (("nṟ", "nt"), ("ṉṟ", "nt"), ("ṟṟ", "tt")),
}
#: Endings of Telugu and Kannada names as English spells them: -āvu and -āv "ao" (రావు, ರಾವ್: Rao;
#: Venkatrao), -ayya "aiah" (Siddaramaiah, Ramaiah).
_TELUGU_KANNADA_ENDINGS = re.compile("āvu?$|ayya$")
_TELUGU_KANNADA = frozenset({_TELUGU, _KANNADA})
#: Tamil's stops, one letter for a voiceless and a voiced sound: said voiced after a nasal and
#: between vowels (and before r), as English spells most Tamil names ("முருகன்", ISO "murukaṉ", is
#: Murugan; "சுந்தரம்" Sundaram; "அன்பழகன்" Anbazhagan; "இப்ராஹிம்" Ibrahim). Not doubled ("kk") nor at
#: the start of a word; ச (ISO "c") is read "s" there by another reading (see _tamil_s_spelling).
_TAMIL_VOICED_STOPS = re.compile("(?:(?<=[ṅñṇnmṉ])|(?<=[aāiīuūeēoō]))([kṭtp])(?=[aāiīuūeēoōr])")
_VOICED = {"k": "g", "ṭ": "ḍ", "t": "d", "p": "b"}
#: Tamil ச that English spells "s": not doubled (ச்ச, "chch") nor after ஞ (ஞ்ச, "nj").
_TAMIL_CA = re.compile("(?<!\u0b9a\u0bcd)(?<!\u0b9e\u0bcd)\u0b9a(?!\u0bcd\u0b9a)")


def _block(letter: str) -> int:
    return ord(letter) // _BLOCK * _BLOCK


def _offset(letter: str) -> int:
    return ord(letter) % _BLOCK


def _is_consonant(letter: str) -> bool:
    offset = _offset(letter)
    return offset in _CONSONANTS or offset in _EXTRA_CONSONANTS.get(_block(letter), ())


class _Akshara(NamedTuple):
    """One written syllable: its consonants (none for a vowel letter), whether it carries a vowel
    of its own (a vowel letter or sign) or ends with a virama, whether a nasal or h follows, and
    whether its last consonant is r."""

    text: str
    consonants: int
    own_vowel: bool
    virama: bool
    coda: bool
    ends_in_r: bool

    @property
    def inherent(self) -> bool:
        """A consonant syllable that is said with the script's inherent vowel "a"."""
        return self.consonants > 0 and not self.own_vowel and not self.virama


def _aksharas(word: str) -> list[_Akshara]:
    """The written syllables of a word; the letters of no syllable (digits, marks) join the last."""
    parts: list[list[str]] = []
    for letter in word:
        offset = _offset(letter)
        after_virama = bool(parts) and _offset(parts[-1][-1]) == _VIRAMA
        # A consonant after a virama is the next of a cluster ("न्द्र" is one syllable).
        if not parts or offset in _VOWELS or (_is_consonant(letter) and not after_virama):
            parts.append([letter])
        else:
            parts[-1].append(letter)
    aksharas = []
    for letters in parts:
        offsets = [_offset(letter) for letter in letters]
        consonants = [letter for letter in letters if _is_consonant(letter)]
        aksharas.append(
            _Akshara(
                text="".join(letters),
                consonants=len(consonants),
                own_vowel=offsets[0] in _VOWELS or any(o in _VOWEL_SIGNS for o in offsets),
                virama=offsets[-1] == _VIRAMA,
                coda=any(o in _CODAS for o in offsets),
                ends_in_r=bool(consonants) and _offset(consonants[-1]) == _RA,
            )
        )
    return aksharas


def _silent_vowels(word: str, from_end: bool = False) -> str:
    """The word with a virama after each consonant whose inherent vowel Hindi, Bengali, Punjabi,
    Gujarati and Odia leave out, as their names are spelt in English.

    At the end of a word after a single consonant ("राहुल", Rahul; not after a cluster: "नरेंद्र",
    Narendra); then, from the start of the word, after a single consonant between two syllables
    said with a vowel ("रहमान", Rahman; "ਮਨਮੋਹਨ", Manmohan; "अरविंद", Arvind), a syllable whose vowel
    is left out keeping the next one's ("ਹਰਭਜਨ", Harbhajan; "फडणवीस", Fadnavis): the rule of schwa
    deletion. "गौतम" keeps its "ta" before the final "m" (Gautam). Never in the first syllable, after
    a nasal or h (a syllable closed already), nor before a consonant cluster, save in Hindi and
    Punjabi one of two consonants ending in r ("ਹਰਪ੍ਰੀਤ", Harpreet; "ओमप्रकाश", Omprakash).
    ``from_end``: read from the end of the word instead, as compounds whose first part ends in a
    consonant are said ("ਅਮਨਦੀਪ", Amandeep; "अमरनाथ", Amarnath; "मोहनलाल", Mohanlal): which way a
    compound splits is not written, so a name is read both ways (see :func:`indic_spellings`).
    """
    aksharas = _aksharas(word)
    last = len(aksharas) - 1
    if last < 1:
        return word
    silent = [False] * len(aksharas)
    final = aksharas[last]
    silent[last] = final.inherent and final.consonants == 1 and not final.coda
    before_r = _block(word[0]) in _BEFORE_R

    def said(i: int) -> bool:
        return aksharas[i].own_vowel or (aksharas[i].inherent and not silent[i])

    for i in range(last - 1, 0, -1) if from_end else range(1, last):
        current, following = aksharas[i], aksharas[i + 1]
        if not current.inherent or current.consonants != 1 or current.coda or aksharas[i - 1].coda:
            continue
        single = following.consonants == 1 or (before_r and following.consonants == 2 and following.ends_in_r)
        silent[i] = said(i - 1) and single and said(i + 1)
    virama = chr(_block(word[0]) + _VIRAMA)
    return "".join(a.text + virama if quiet else a.text for a, quiet in zip(aksharas, silent, strict=True))


def _doubled(match: re.Match[str]) -> str:
    """An addak's consonant doubled ("ੱਜ" is "jj", Nijjar); an aspirate once, as English writes it
    ("ੱਧ" is "dh", Sidhu; "ੱਢ" is "dh", Chadha)."""
    letter = match.group(1)
    if _offset(letter) in _ASPIRATES:
        return letter
    return letter + chr(_block(letter) + _VIRAMA) + letter


def _runs(word: str) -> list[str]:
    """The word cut where its letters change script (each script is read with its own rules)."""
    runs: list[str] = []
    for letter in word:
        if runs and _block(letter) == _block(runs[-1][-1]):
            runs[-1] += letter
        else:
            runs.append(letter)
    return runs


@lru_cache(maxsize=4096)
def indic_word(word: str, other: bool = False) -> str:
    """A word in a Brahmic script of South Asia as its name is written in English.

    "राहुल" -> "rahul", "রহমান" -> "rahman", "ਸਿੰਘ" -> "singh", "பிரபாகரன்" -> "pirapakaran",
    "చంద్రబాబు" -> "chandrababu" (see the module's docstring). ``other``: as English also spells it
    (see :func:`indic_spellings`).
    """
    word = _ADDAK.sub(_doubled, word).translate(_SIGNS)
    return "".join(_read_run(run, other) for run in _runs(word))


def _read_run(word: str, other: bool) -> str:
    block = _block(word[0])
    if block in (_BENGALI, _ORIYA) and not other:
        word = _BENGALI_ORIYA_JA.sub(lambda m: _JA[m.group(1)], word)
    if block in _NORTH:
        word = _silent_vowels(word, from_end=other)
    latin = latinize_text(word)
    if block == _TAMIL and other:
        latin = _TAMIL_VOICED_STOPS.sub(lambda m: _VOICED[m.group(1)], latin)
    if block in _NORTH:  # Dravidian languages say it "m" there: "തിരുവനന്തപുരം", Thiruvananthapuram
        latin = _FINAL_ANUSVARA.sub("ng" if block == _BENGALI else "n", latin)
    if block == _BENGALI:
        latin = _BENGALI_W.sub("w", latin)
    if block in _DRAVIDIAN:
        if latin.startswith("śr"):
            latin = "s" + latin[1:]
        latin = latin.replace("jñ", "gn")
    else:
        latin = latin.replace("jñ", "jn" if other else "gy")
    for iso, english in _ISO_TO_ENGLISH:
        latin = latin.replace(iso, english)
    latin = _ISO_C.sub("ch", latin)
    if block in _TELUGU_KANNADA:
        latin = _TELUGU_KANNADA_ENDINGS.sub(lambda m: _ending(m.group(0), other), latin)
    if block in _DRAVIDIAN:
        latin = _DENTAL_T.sub("th", latin)
        for iso, english in _DRAVIDIAN_LETTERS.get(block, ()):
            latin = latin.replace(iso, english)
    # anyascii, not an ASCII fold: a letter ICU leaves as it is (a rare sign) still gets a reading.
    return anyascii(latin)


def _ending(ending: str, other: bool) -> str:
    """A Telugu or Kannada name's ending as English spells it: -āvu "ao" (Rao); -ayya "aiah"
    (Siddaramaiah), or as written in the other spelling (Venkayya, Ramayya)."""
    if ending.startswith("ā"):
        return "ao"
    return ending if other else "aiah"


def indic_spellings(text: str) -> tuple[str, ...]:
    """The name's other spellings where English spells its words in these scripts two ways, each
    one more reading of the name: Tamil ச "s" (:func:`_tamil_s_spelling`), then the rest
    (:func:`_other_spelling`), of the name and of its spelling with ச "s"; () for most names."""
    tamil_s = _tamil_s_spelling(text)
    spellings = (tamil_s, _other_spelling(text), None if tamil_s is None else _other_spelling(tamil_s))
    return tuple(spelt for spelt in spellings if spelt is not None)


def _other_spelling(text: str) -> str | None:
    """The name with its words in these scripts as English also spells them, where two spellings
    are usual; None when that is the spelling :func:`indic_word` gives. One more reading of a name.

    Schwa deletion read from the end of a word (Amandeep, Amarnath; see :func:`_silent_vowels`),
    Bengali and Oriya য/ଯ kept "y" as names from Sanskrit are spelt (Yuvraj, Yadav), ज्ञ "jn"
    (Jnanendra), Telugu and Kannada -ayya kept (Venkayya), Tamil's stops voiced where Tamil says
    them so (Murugan, Sundaram; the letters of the main spelling are those of names from Sanskrit,
    whose sounds Tamil writes alike: Lalitha, Shakti).
    """
    if INDIC_WORD.search(text) is None:
        return None
    main = INDIC_WORD.sub(lambda m: indic_word(m.group(0)), text)
    other = INDIC_WORD.sub(lambda m: indic_word(m.group(0), True), text)
    return other if other != main else None


def _tamil_s_spelling(text: str) -> str | None:
    """The name with Tamil ச read "s", as English spells it in most names ("சரவணன்", Saravanan;
    "செல்வம்", Selvam); None for a name without it. Not ச doubled or after ஞ ("ch", "nj")."""
    if "\u0b9a" not in text:
        return None
    spelt = _TAMIL_CA.sub("\u0bb8", text)  # ஸ, the letter Tamil writes for "s" in loanwords
    return spelt if spelt != text else None


__all__ = ["INDIC_WORD", "indic_spellings", "indic_word"]
