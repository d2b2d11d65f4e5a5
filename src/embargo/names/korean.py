"""Which Latin spellings a Korean name written in Hangul can have: "정수" is Jeongsu, Jong Su, Chung Soo.

A name in Hangul says exactly which syllables it has; its Latin spellings vary by convention:
Revised Romanization (the South's official one: "Jeong", "Gim", "Bak"), McCune-Reischauer as
the lists write North Korean names ("Jong", "Kim", "Pak", "Ch'oe", "Ryong", the initial ㄹ kept),
and customary spellings ("Chung", "Lee", "Park", "Choi", "Young", "Soo"). One syllable written in
any of them is that syllable; a Latin syllable that no convention writes for it is another
syllable, another character of the name: "정수 김" (Kim Jeong-su) is not "KIM, Yong Su" (영수),
though "jong" and "yong" are one letter apart.

:func:`syllable_spellings` writes each syllable's spellings from its letters (the jamo of
the Unicode decomposition): per initial consonant, vowel and final consonant, the letters the
conventions write for it. :func:`spells` tells whether a Latin word is one of the spellings of a
run of syllables written as one word ("yongsu" for "영수"). Read backwards, the tables tell
which syllables a Latin word may spell (:func:`latin_korean_syllables`): two names in Latin
letters, one as the North writes it and one as the South does ("RI SU YONG", "Lee Su Yong"),
are then compared syllable by syllable. These are the conventions' letter tables, not a list
of names; anyascii and rigour write one convention each, and no maintained Python library reads
Latin spellings back into Hangul.
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache
from itertools import product

from rapidfuzz.distance import OSA

_FIRST_SYLLABLE = 0xAC00
_HANGUL_RUN = re.compile(r"[\uac00-\ud7a3]+")
#: Syllables of a word read as one name part at most ("정은", "영수", rarely three).
_MOST_SYLLABLES = 3

#: Spellings of the 19 initial consonants, in Unicode order
#: (ㄱ ㄲ ㄴ ㄷ ㄸ ㄹ ㅁ ㅂ ㅃ ㅅ ㅆ ㅇ ㅈ ㅉ ㅊ ㅋ ㅌ ㅍ ㅎ).
#: Revised Romanization voices the plain stops (g, d, b, j), McCune-Reischauer does not (k, t, p,
#: ch; its apostrophe marks the aspirated ones, left out in the tokens); ㄹ is r or l, and the
#: North writes an initial ㄹ where the South writes ㄴ (노 / 로, Noh / Roh).
_INITIALS: tuple[tuple[str, ...], ...] = (
    ("g", "k"),
    ("kk", "gg", "k", "g"),
    ("n", "r", "l"),
    ("d", "t"),
    ("tt", "dd", "t", "d"),
    ("r", "l", "n"),
    ("m",),
    ("b", "p"),
    ("pp", "bb", "p", "b"),
    ("s", "sh"),
    ("ss", "s", "sh"),
    ("",),
    ("j", "ch"),
    ("jj", "tch", "j", "ch"),
    ("ch",),
    ("k", "kh"),
    ("t", "th"),
    ("p", "ph"),
    ("h",),
)
#: Spellings of the 21 vowels (ㅏ ㅐ ㅑ ㅒ ㅓ ㅔ ㅕ ㅖ ㅗ ㅘ ㅙ ㅚ ㅛ ㅜ ㅝ ㅞ ㅟ ㅠ ㅡ ㅢ ㅣ): ㅓ is
#: "eo" (RR), "o" (MR without its breve) or "u" (customary: Sung, Jung); ㅕ "yeo", "yo", "you" or "yu"
#: (Young, Hyun); ㅜ "u" or "oo" (Soo); ㅡ "eu" or "u" (Eun, Un); ㅢ also "i", "ee" (Hee).
_VOWELS: tuple[tuple[str, ...], ...] = (
    ("a",),
    ("ae", "ai", "e"),
    ("ya",),
    ("yae", "ye"),
    ("eo", "o", "u"),
    ("e",),
    ("yeo", "yo", "you", "yu"),
    ("ye",),
    ("o",),
    ("wa", "oa"),
    ("wae", "oe", "we"),
    ("oe", "oi", "we"),
    ("yo",),
    ("u", "oo", "ou"),
    ("wo", "weo", "uo"),
    ("we",),
    ("wi", "wee", "ui"),
    ("yu", "yoo", "you"),
    ("eu", "u", "ue"),
    ("ui", "eui", "ei", "i", "ee"),
    ("i", "ee"),
)
#: Spellings of the 28 finals
#: (none, ㄱ ㄲ ㄳ ㄴ ㄵ ㄶ ㄷ ㄹ ㄺ ㄻ ㄼ ㄽ ㄾ ㄿ ㅀ ㅁ ㅂ ㅄ ㅅ ㅆ ㅇ ㅈ ㅊ ㅋ ㅌ ㅍ ㅎ).
_FINALS: tuple[tuple[str, ...], ...] = (
    ("",),
    ("k", "g"),
    ("k", "kk"),
    ("k", "ks", "gs"),
    ("n",),
    ("n", "nj"),
    ("n", "nh"),
    ("t", "d"),
    ("l", "r"),
    ("k", "lk", "lg"),
    ("m", "lm"),
    ("l", "lb", "lp"),
    ("l", "ls"),
    ("l", "lt"),
    ("p", "lp"),
    ("l", "lh"),
    ("m",),
    ("p", "b"),
    ("p", "ps", "bs"),
    ("t", "s"),
    ("t", "ss"),
    ("ng",),
    ("t", "j"),
    ("t", "ch"),
    ("k",),
    ("t",),
    ("p",),
    ("t", "h"),
)
#: Vowels after which the South drops an initial ㄹ (이, 유, 양 for the North's 리, 류, 량): an
#: initial-less syllable with them is also written with r or l (Ri, Ryu, Lee, Rhee), or y (Yi).
_I_OR_Y_VOWELS = frozenset({2, 3, 6, 7, 12, 17, 20})
#: The jamo the rules below name, by their place in the tables above.
_INITIAL_N, _INITIAL_R, _INITIAL_B, _INITIAL_S, _NO_INITIAL, _INITIAL_H = 2, 5, 7, 9, 11, 18
_VOWEL_A, _VOWEL_EO, _VOWEL_YEO, _VOWEL_O, _VOWEL_U, _VOWEL_UI, _VOWEL_I = 0, 4, 6, 8, 13, 19, 20
_NO_FINAL, _FINAL_N = 0, 4
#: The customary "u" of ㅓ and ㅕ (Sung, Hyun).
_CUSTOMARY_U = {_VOWEL_EO: "u", _VOWEL_YEO: "yu"}
#: Initials of the syllables written with a customary "hn" (Ahn, Sohn, Hahn).
_AHN_INITIALS = frozenset({_NO_INITIAL, _INITIAL_S, _INITIAL_H})


@lru_cache(maxsize=1 << 14)
def syllable_spellings(syllable: str) -> frozenset[str]:
    """The Latin spellings of one Hangul syllable under the conventions above ("김": kim, gim)."""
    code = ord(syllable) - _FIRST_SYLLABLE
    initial, vowel, final = code // 588, (code % 588) // 28, code % 28
    initials = list(_INITIALS[initial])
    if initial in (_INITIAL_N, _INITIAL_R) and vowel in _I_OR_Y_VOWELS:
        # Before i and y the South drops ㄹ and ㄴ (리, 니: Lee, Yi); the North keeps each as it is.
        initials = [letter for letter in initials if (letter == "n") == (initial == _INITIAL_N)]
    if initial == _NO_INITIAL and vowel in _I_OR_Y_VOWELS:
        initials += ["r", "l", "rh"]
    if initial == _NO_INITIAL and vowel == _VOWEL_I:
        initials.append("y")  # 이: Yi
    if initial == _NO_INITIAL and vowel == _VOWEL_U:
        initials.append("w")  # 우: Woo
    vowels = list(_VOWELS[vowel])
    if vowel == _VOWEL_A and initial == _INITIAL_B and final != _NO_FINAL:
        vowels.append("ar")  # 박: Park
    finals = list(_FINALS[final])
    if final == _NO_FINAL:
        finals.append("h")  # 오, 노, 서: Oh, Noh, Suh
        if vowel == _VOWEL_EO:
            finals.append("r")  # 허: Hur
    elif final == _FINAL_N and initial in _AHN_INITIALS and vowel in (_VOWEL_A, _VOWEL_O):
        finals.append("hn")  # 안, 손, 한: Ahn, Sohn, Hahn
    spellings = {a + b + c for a, b, c in product(initials, vowels, finals)}
    if final == _NO_FINAL and vowel in _CUSTOMARY_U:
        # The customary "u" of ㅓ and ㅕ is written before a final (Sung, Jung, Hyun) or an "h"
        # or "r" (Suh, Huh, Hur), never alone, where it would be ㅜ's and ㅠ's: 허 is no "Hu".
        spellings -= {a + _CUSTOMARY_U[vowel] for a in initials}
    return frozenset(spellings)


#: Finals a syllable of a Korean name ends with (none, ㄱ ㄴ ㄹ ㅁ ㅂ ㅇ). The others are rare in
#: names, and with them most short Latin words would spell some syllable.
_NAME_FINALS = (0, 1, 4, 8, 16, 17, 21)
#: Most Latin words a Korean name is written in: a family name and a given name of two syllables.
_MOST_NAME_WORDS = 4


@lru_cache(maxsize=1)
def _name_syllables_by_spelling() -> dict[str, str]:
    """Per Latin spelling, the Hangul syllables of names it spells (see syllable_spellings), as one string.

    ㅢ is in names only as 의 and 희 (its spellings "ei", "i" would make other syllables of it).
    """
    spelt: dict[str, list[str]] = defaultdict(list)
    for initial, vowel, final in product(range(len(_INITIALS)), range(len(_VOWELS)), _NAME_FINALS):
        if vowel == _VOWEL_UI and (initial not in (_NO_INITIAL, _INITIAL_H) or final != _NO_FINAL):
            continue
        syllable = chr(_FIRST_SYLLABLE + initial * 588 + vowel * 28 + final)
        for spelling in syllable_spellings(syllable):
            spelt[spelling].append(syllable)
    return {spelling: "".join(sorted(syllables)) for spelling, syllables in spelt.items()}


def latin_korean_syllables(tokens: tuple[str, ...]) -> tuple[str, ...]:
    """Per word of a name written in Latin letters, the Hangul syllables it may spell ("" for a word
    of two or three syllables: "Je-Son", "Hongil"); () when some word spells no syllables, or the
    name is not shaped as a Korean one (two to four words).

    The South writes "Lee", "Yi", "Rhee" for the 리 the North writes "Ri" (and "Lim", "Yu", "Roh"
    for "Rim", "Ryu", "Ro"), "Park" for "Pak", "Gim" for "Kim", "Jeong" for "Jong": spellings of
    one syllable, one name: two words that spell one syllable share it here.
    """
    if not 2 <= len(tokens) <= _MOST_NAME_WORDS:
        return ()
    by_spelling = _name_syllables_by_spelling()
    syllables = []
    for token in tokens:  # most names have a word that is no Korean syllable: stop there
        spelt = by_spelling.get(token, "")
        if not spelt and not _spells_syllables(token, _MOST_SYLLABLES):
            return ()
        syllables.append(spelt)
    return tuple(syllables) if any(syllables) else ()


@lru_cache(maxsize=1 << 14)
def _spells_syllables(word: str, most: int) -> bool:
    """True when a Latin word spells a run of at most ``most`` syllables of names ("jeson", "hongil")."""
    spelt = _name_syllables_by_spelling()
    if word in spelt:
        return True
    return most > 1 and any(
        word[:end] in spelt and _spells_syllables(word[end:], most - 1) for end in range(1, len(word))
    )


@lru_cache(maxsize=1 << 16)
def glued_as(word: str, first: str, second: str) -> bool:
    """True when a Latin word may be the two words ``first`` and ``second`` of a Korean name
    written as one: read as two syllables, each spells a syllable its word spells too, or is one
    letter from it (a slip); also when the word reads as no two syllables (a slip somewhere).

    A given name's syllables are its characters: "eunjeong" is "eun jeong", not "eun song" (정
    and 송 are two names), "juwon" not "jung won"; "myongchul" may be "pyong chul" misspelt.
    """
    splits = _two_syllable_readings(word)
    return not splits or any(_part_agrees(x, first) and _part_agrees(y, second) for x, y in splits)


@lru_cache(maxsize=1 << 16)
def other_syllables(a: str, b: str) -> bool:
    """True when two Latin words, each a Korean given name of two syllables written as one, have
    another syllable: no reading of ``a`` as two syllables is one of ``b`` (see :func:`glued_as`).

    "Seunghyeon" (승현) is no "Songhun" (성훈), though they sound alike. False when either word
    does not read as two syllables (one, or a slip: nothing to compare syllable by syllable).
    """
    splits = _two_syllable_readings(a)
    if not splits or not _two_syllable_readings(b):
        return False
    return not any(glued_as(b, first, second) for first, second in splits)


def syllable_added(a: str, b: str) -> bool:
    """True when of two Latin words one is a Korean given name of two syllables written as one and
    the other one of those syllables ("jongun" / "jong", "pongju" / "pong", "jongun" / "un").

    A given name of two syllables and one of one name two people ("Kim Jong-un" is no "KIM Jong"),
    as in pinyin ("yongan" / "yong"). Not when the other word is none of the two: a word one letter
    from a syllable may read as two ("iong" as "i" "ong") while it is that syllable misspelt
    ("yong"); nor when the syllable more is one letter, a slip as likely ("songi" / "song").
    """
    one, two = (a, b) if len(a) < len(b) else (b, a)
    if one in _name_syllables_by_spelling() and two not in _name_syllables_by_spelling():
        for first, second in _two_syllable_readings(two):
            more = second if one == first else first if one == second else ""
            if len(more) > 1:
                return True
    return False


def _two_syllable_readings(word: str) -> list[tuple[str, str]]:
    """Every way to read a Latin word as two syllables of names ("eunjeong": "eun" "jeong")."""
    spelt = _name_syllables_by_spelling()
    return [
        (word[:end], word[end:]) for end in range(1, len(word)) if word[:end] in spelt and word[end:] in spelt
    ]


def _part_agrees(part: str, word: str) -> bool:
    """Whether one syllable of a glued word is the word of the other name (see :func:`glued_as`)."""
    if OSA.distance(part, word, score_cutoff=1) <= 1:
        return True  # a slip, as a pinyin syllable one edit from the other's may be
    spelt = _name_syllables_by_spelling()
    return not set(spelt.get(part, "")).isdisjoint(spelt.get(word, ""))


@lru_cache(maxsize=1 << 16)
def spells(hangul: str, latin: str) -> bool:
    """True when the lower-case Latin word is a spelling of the Hangul syllables ("영수", "yongsu")."""
    positions = {0}
    for syllable in hangul:
        spellings = syllable_spellings(syllable)
        positions = {
            start + len(spelling)
            for start in positions
            for spelling in spellings
            if latin.startswith(spelling, start)
        }
        if not positions:
            return False
    return len(latin) in positions


@lru_cache(maxsize=1 << 14)
def hangul_sources(original: str, token: str) -> frozenset[str]:
    """The runs of Hangul syllables in ``original`` that ``token`` spells (empty: none, or no Hangul).

    Runs of one to three syllables within a word of the name are tried: "정수 김" gives "정수" for
    "jeongsu" and "정" for "jong".
    """
    found = set()
    for word in _HANGUL_RUN.findall(original):
        for start in range(len(word)):
            for end in range(start + 1, min(len(word), start + _MOST_SYLLABLES) + 1):
                if spells(word[start:end], token):
                    found.add(word[start:end])
    return frozenset(found)


def hangul_words(text: str) -> list[str]:
    """The runs of Hangul syllables in the text, in order: the words of a name written in Hangul."""
    return _HANGUL_RUN.findall(text)


def has_hangul(text: str) -> bool:
    """True when the text has a Hangul syllable."""
    return _HANGUL_RUN.search(text) is not None
