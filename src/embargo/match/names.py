"""Name similarity: aligned tokens, weighted by how much each token identifies.

Two analysed names (:class:`~embargo.names.NameForm`) are compared in three steps:

1. every query token is compared with every candidate token (and with two
   neighbouring candidate tokens written as one, and the other way round:
   glued and split words) by :func:`token_similarity`, which tells a spelling
   variant (a typo, a transliteration variant, an initial) from a *different*
   token (a conflict);
2. pairs are taken greedily, best first, each token at most once; variants
   before conflicts. Person names are order-insensitive, organisation names
   prefer tokens in the same position;
3. the name score is the weighted mean of the pair scores, where tokens left
   without a counterpart count with a reduced weight (one name is a shorter
   form of the other) and each conflict multiplies the score down: relatives
   share most of their names, one clearly different part is strong evidence of
   another party. When every part has its counterpart, conflicts that are a few
   slips for a name that long, or one word two slips away beside parts written
   alike, are typos of the name (:func:`name_typos`). A person
   name in Latin letters matched with no identical part and with letter slips is
   lowered (:data:`NO_IDENTICAL_PART_FACTOR`).
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import product

from rapidfuzz.distance import OSA, Levenshtein
from rigour.text import is_stopword

from embargo.names.analysis import (
    ARABIC_ARTICLE,
    ENT,
    GENERIC,
    INITIAL,
    LEGAL,
    NAME,
    NUMBER,
    OBJ,
    ORG,
    PER,
    STOP,
    NameForm,
    plain_words,
)
from embargo.names.cantonese import is_cantonese_spelt, without_vowel_marks
from embargo.names.chinese import simplified
from embargo.names.cognates import cognate_items, forms_agree, share_items
from embargo.names.gendered import family_name_of, gender_direction, written_as_family_name
from embargo.names.korean import (
    glued_as,
    hangul_sources,
    hangul_words,
    has_hangul,
    other_syllables,
    spells,
    syllable_added,
)
from embargo.names.orgtypes import written_legal_words, written_words
from embargo.names.romanisation import (
    PHONETIC_KEY_MIN,
    organisation_spelling,
    same_organisation_word,
    same_romanised_name,
    same_romanised_sound,
    sound_readings,
)
from embargo.names.tokenize import comma_parts
from embargo.names.transliterate import (
    ALIF_MAQSURA,
    ALIF_OR_WORD_START,
    DIGRAPH_MARK,
    FINAL_HA_MARK,
    INNER_ALIF,
    KAF_HE_MARK,
    VOWEL_START,
    W_START,
    Y_START,
    abjad_word_start,
    arabic_geresh_spelling,
    has_hebrew,
    hebrew_soft_spelling,
    is_korean_syllable,
    is_pinyin_syllable,
    pinyin_syllable_count,
    pinyin_syllables,
    spell_hebrew_geresh,
    with_hebrew_marks,
    with_long_vowel_marks,
    written_in_latin,
)

#: Score of two tokens with the same metaphone key but other letters (Mohammed/Muhammad, Ivanov/Ivanoff).
PHONETIC_SCORE = 0.85
#: Score of two forms of one given name in two languages ("Serhiy" / "Sergei", "Mykola" / "Nikolai":
#: see names.cognates): one name, not one spelling, a little below PHONETIC_SCORE.
COGNATE_SCORE = 0.8
#: Score of two organisation words that share a meaning in rigour's symbols: one word in two
#: languages or scripts ("Kontsern" / "CONCERN", "Zavod" / "PLANT", "Группа" / "GROUP"), words of
#: one sense ("Corporation" / "Company"), a number in words and figures ("First" / "1st").
SYNONYM_SCORE = 0.95
#: Most a token pair compared by consonant skeleton gets (a vowel-less spelling is ambiguous).
ABJAD_SCORE = 0.9
#: A name part paired at this score or better counts as matched as written (NameScore.inexact):
#: identical, two words written as one, a synonym or a number written otherwise (0.95). Below it is
#: a near spelling, a romanisation variant included ("Mohammed" / "Muhammad" 0.88).
AS_WRITTEN_SCORE = 0.9
#: Equal skeletons by length: one or two consonants say little ("l" is Ali, Eli, Leo, Luay, Yuliya).
_SKELETON_SCORES = {0: 0.7, 1: 0.7, 2: 0.8, 3: ABJAD_SCORE}
#: Score of an initial that starts the other token ("J" for "Joachim").
INITIAL_SCORE = 0.8
#: Score of an abbreviation: a token at most half as long that starts the other ("Corp", "Intl").
ABBREVIATION_SCORE = 0.6
#: Score of an acronym standing for the words it abbreviates.
ACRONYM_SCORE = 0.8
#: Score lost per edit of a typo-like difference (1 edit: 0.88, 2: 0.76, 3: 0.64).
EDIT_COST = 0.12
#: Most a conflict (two different tokens standing for each other) gets from its spelling similarity.
CONFLICT_CREDIT_MAX = 0.8
#: ... and a conflict of one changed block at the start or end of a shared stem (another name).
BLOCK_CREDIT = 0.3
#: Most a conflict between two different pinyin syllables gets (see token_similarity).
SYLLABLE_CREDIT_MAX = 0.7
#: Shortest changed block that makes a different name (shorter ones are typos or inflections).
BLOCK_MIN = 3
#: Least credit of a conflict between a legal form and a name word for them to pair: a word that
#: shares most of its letters is a slip of the form ("LLD" / "LLC": 0.73); one that shares fewer is
#: another word, and both are left out.
LEGAL_SLIP_CREDIT = 0.5
#: Each conflict multiplies the name score by 1 - CONFLICT_PENALTY x (1 - credit) x weight.
CONFLICT_PENALTY = 0.5
#: Weight of a token without counterpart on the other side, relative to a matched one.
EXTRA_WEIGHT = {PER: 0.2, OBJ: 0.6}
EXTRA_WEIGHT_DEFAULT = 0.75
#: ... for a generic organisation word (see analysis.GENERIC: "State Corporation Rostec" is
#: "Rostec") when a word of the query that is not generic has an identical partner and the listed
#: name has such a word: what names the organisation matched, the words that describe it may be
#: left out, as legal forms are.
EXTRA_GENERIC_WEIGHT = 0.2
#: ... for persons when one name has a single word (a mononym or one-word alias).
EXTRA_SINGLE_WEIGHT = 0.35
#: ... and of a person's known family name (from "LAST, First") left out: a different family.
EXTRA_FAMILY_WEIGHT = 0.6
#: ... and of a person's first given name left out ("Mohammed Khaled" for "Abdulbaqi Mohammed
#: Khaled"): people are called by it, and without it an Arabic name is the father's.
EXTRA_FIRST_NAME_WEIGHT = 0.5
#: ... but of one part of a family name of several ("GUZMAN SALAZAR, Jesus") left out when another
#: part and a given name agree exactly: Hispanic and Portuguese names carry two surnames and
#: are mostly written with one ("Jesus Guzman", "Jesus Salazar").
EXTRA_COMPOUND_FAMILY_WEIGHT = 0.3
#: ... and of a person's middle name left out when the first and last names agree exactly: middle
#: names are the parts most often dropped, and long Arabic or Pashtun names have several.
EXTRA_MIDDLE_WEIGHT = 0.1
#: ... whatever the middle name in names of at least this many tokens (see :func:`compare_names`).
MIDDLE_MIN_TOKENS = 4
#: ... and of a pinyin syllable left out when either name is a romanised Chinese name (every token
#: a pinyin syllable): a given name has one or two syllables, so "Wang Wen" and "Wang Wen Chou"
#: are two people.
EXTRA_SYLLABLE_WEIGHT = 1.0
#: Most a Latin word gets against a word of a name written in Hangul when no convention spells
#: that word's syllables so (see :mod:`embargo.names.korean`): another syllable, another character.
HANGUL_SYLLABLE_CREDIT = 0.5
#: Most a pinyin word gets against one of another number of syllables ("Liu" / "Liwu") in a
#: romanised Chinese name: a conflict, the shared syllable half the pair.
SYLLABLE_COUNT_CREDIT = 0.5
#: Token weights by kind (names weigh their rarity: 1.0 without an index). A differing number
#: (a vessel's or a fund's series) counts, but less than a differing name.
KIND_WEIGHTS = {INITIAL: 0.5, NUMBER: 0.5, LEGAL: 0.2, STOP: 0.2}
#: Each organisation word matched out of order (see words_out_of_order) multiplies the score by this.
ORDER_FACTOR = 0.9
#: Particles meaning "son/daughter of" in Arabic, Hebrew, Berber and Malay names, and as names in
#: an abjad write them ("bn": بن, בן; "wld": ولد, walad; "bnt": بنت). English "son of" is read "bin"
#: (see embargo.names.patronymics).
PATRONYMIC_PARTICLES = frozenset(
    {"bin", "ibn", "ben", "bint", "binti", "bte", "ould", "walad", "bn", "wld", "bnt"}
)
#: A person name matched across such a particle is multiplied by this.
PATRONYMIC_FACTOR = 0.6
#: Organisation tokens in another position than their counterpart lose this much per place.
POSITION_COST = 0.01
#: Factor on a person name written in Latin letters on both sides when none of its matched parts is
#: identical and some are only letter slips: near spellings in every part ("Alvaro Campos" /
#: "ALVARES, Carlos") are as often other names as one name misspelled several times. Not when
#: every difference is a known way of writing the name (another romanisation convention:
#: "Gennadi Timtschenko" / "TIMCHENKO, Gennady"), nor across scripts, where a romanisation rarely
#: spells any part as the list does ("Володимир Зеленський" / "Volodymyr Zelenskyy").
NO_IDENTICAL_PART_FACTOR = 0.95
#: Factor on such a name instead when a part is two letter slips or more from its counterpart: one
#: more doubt on the same pair ("Sarah Mensah" / "TARAH, Musah", "Manuel León" / "LEONE, Miguel"),
#: where a name misspelt once in each part is each part one slip away ("HIJZI, Umra" / "HIJAZI,
#: Umar").
NO_IDENTICAL_PART_FURTHER_FACTOR = 0.9
#: Factor on an organisation's name named by one word on each side (the other words legal forms,
#: generic or stop words), the two words a letter slip of each other (match.names.is_letter_slip:
#: letters changed, not a known way of writing one word) that changes much of a short word (see
#: SHORT_WORD_LETTERS): any one letter of a word of four or fewer ("Rios" / "RIHS", "Kade" /
#: "KADEK", "Melo Ltda." / "MELON LTDA."), two or more of a word of six or fewer ("Mark Ltd" /
#: "MARKUS LLC", "Parker LLC" / "PARSEK LLC", "Tauber AG" / "TROBER, S.A."), or its first letter
#: changed for another in such a word ("Mach" / "KACH", "Sabah Ltd" / "NABAH LTD"; not one left
#: out or put before, "Al-Adid" / "AL-HADID", nor one consonant romanised two ways, "Baek" /
#: "PAEK", "Al-Gihad" / "AL-JIHAD"; two swapped are one slip). One word spelt two ways is no slip:
#: two words with a reading of one letter per sound in common (names.romanisation.sound_readings:
#: "Al-Aksa" / "AL-AQSA", "Kakh" / "KACH", "Nadja" / "NAJA", "Şahi" / "SHAHI"), a vowel for
#: another ("Hoda" / "HUDA"), a vowel put between two final consonants ("Badr" / "BADER") or a
#: plural's s; other slips count as written ("Dizdar" / "DISDA": two). With nothing else to name
#: the party, such a word is more often another word than the listed one misspelt: short words lie
#: close together (see typo_budget), most of all a language's own surnames, the names companies
#: most often take. Not for other known spellings (vowels, one sound, doubled letters, one word
#: romanised two ways: "Amin" / "AMEEN", "Ghods" / "QODS", "Bameks" / "BAMEX"; "Barros" /
#: "BARUS" stays a variant), not when a generic word pairs as written too ("Taoln Company" /
#: "TALOON COMPANY"), nor in an abjad (its words are compared by consonant skeletons, see
#: ABJAD_SCORE). Vessels' and aircraft's names are left as they were: no sample of names that are
#: not listed was measured for them, and an aircraft's is a registration code.
SHORT_WORD_FACTOR = 0.8
#: Longest word (the shorter of the two) that one slip and that two or more make another word of,
#: for SHORT_WORD_FACTOR; a first letter changed for another counts as two.
SHORT_WORD_LETTERS = {1: 4, 2: 6}
#: Factor on a person name of which two or more parts are the other sex's forms of the listed ones,
#: all one way ("Aleksandra Petrova" / "PETROV, Aleksandr"; see :mod:`embargo.names.gendered`):
#: a man and a woman, often of one family, not one person misspelt.
OTHER_SEX_FACTOR = 0.7
#: Factor on a person name of which two syllables of one word written in Hangul have partners in
#: the other order (see _hangul_syllables_reordered): another given name, as 은정 is not 정은; and of
#: a name in characters read in Cantonese whose given name's characters do (_characters_reordered).
SYLLABLE_ORDER_FACTOR = 0.7
#: Parts in the other sex's form that make another person (one alone may be a slip, or a
#: record that kept the husband's family name: "Maria Belyaev" / "BELYAEVA, Maria").
OTHER_SEX_MIN_PARTS = 2
#: Letters of a name per edit it may carry as a whole, when every part has its counterpart: a slip
#: or two in one short word of a long name ("PASARGAD BAAN", "BAZHENOV, Timpfdy") is a typo there.
NAME_LETTERS_PER_EDIT = 6
#: Most edits one token may carry under that name-level budget.
NAME_TYPO_MAX_EDITS = 2
#: Letters a word of an organisation name needs so that a start shifted by letters put before it
#: ("Yevrotekh" / "Evrotek") may come with a slip besides (see _spelling_similarity).
SHIFTED_SLIP_LENGTH = 7
#: Name or number parts written alike that let the one misspelt word beside them carry
#: NAME_TYPO_MAX_EDITS whatever the name's letters: two agreeing parts make the third a slip more
#: often than another name, and typed names of three short parts ("LONG XING 603") carry two slips.
CONTEXT_IDENTICAL_PARTS = 2
#: ... or one such part this rare (rarity, from the index's IDF, runs from 0.5 to 1.5; in the four
#: lists' 33,691 names 1.3 is a token of at most 7 of them), when the misspelt word has four letters
#: or more on average ("ANDRIC, Gpan" / "ANDRIC, Goran"): few people share so rare a name.
CONTEXT_RARITY = 1.3
#: See CONTEXT_RARITY.
CONTEXT_RARE_LETTERS = 4

#: Rarity factor of a token (1.0 = average); the index supplies IDF-based ones.
Rarity = Callable[[str], float]

#: A "w" (و) that is a consonant: at the start, or before a vowel letter.
_CONSONANT_W = re.compile(r"^w|w(?=[aeiouy])")
_ABJAD_FOLD = str.maketrans({"z": "s", "q": "k", "c": "k", "p": "b", "v": "f", "g": "j"})
#: Hebrew writes g (ג) and j (ג׳, for the ج of Arabic names) with letters of their own: a plain
#: ג is no j, so a name in Hebrew letters keeps g apart ("גבארה" is no "Jafari").
_HEBREW_FOLD = {letter: fold for letter, fold in _ABJAD_FOLD.items() if letter != ord("g")}
_ABJAD_DROP = re.compile(r"[aeiouwy]")
#: First letters that transliterations of one sound use interchangeably.
_FIRST_LETTER_GROUPS = ("vw", "kqc", "iyj", "aeiou")
_FIRST_LETTER_GROUP = {
    ch: frozenset(n for n, group in enumerate(_FIRST_LETTER_GROUPS) if ch in group)
    for ch in "".join(_FIRST_LETTER_GROUPS)
}
_NO_GROUP: frozenset[int] = frozenset()
_DOUBLES = re.compile(r"(.)\1+")
#: How a final ح ends a token (see names.transliterate).
_MARKED_HA = "h" + FINAL_HA_MARK
_VOWEL_RUNS = re.compile(r"[aeiouy]+")
#: Two letters anyascii writes for one Arabic or Persian letter, ending in "h".
_DIGRAPH_H = ("sh", "kh", "gh", "th", "dh", "zh", "ch")
#: One of them, its first letter kept as the group (see long_vowels_agree).
_DIGRAPH = re.compile(f"([{''.join(sorted(d[0] for d in _DIGRAPH_H))}])h")
_VOWELS = re.compile(r"[aeiou]")


def _no_rarity(_token: str) -> float:
    return 1.0


@dataclass(slots=True)
class NameScore:
    """The best alignment of two names: score in [0, 1] and a readable account of it."""

    score: float
    query: str
    candidate: str
    detail: str
    #: Whether a name part (a word of kind NAME: not a legal form, a generic word or a number)
    #: matched below AS_WRITTEN_SCORE, not as written; never for a name read from an abjad. Set by
    #: compare_names, and for names in CJK characters compared character by character when any
    #: character differs.
    inexact: bool = False


def typo_budget(length: float) -> int:
    """How many edits a token of this (mean) length may carry and still be the same token misspelled.

    Two edits need a mean length above five: two letters changed in five make another name more
    often than a typo ("Sabil" / "Salim", "Aryan" / "Ayman"). _spelling_similarity still takes two
    letters left out of a six-letter word, or two edits that keep the sound, for a variant.
    """
    if length < 3.5:
        return 0
    if length <= 5:
        return 1
    if length <= 8:
        return 2
    return 3


def skeleton(token: str, hebrew: bool = False) -> str:
    """The consonant skeleton of a token, for comparing with names written in an abjad.

    Arabic and Hebrew write consonants (and long vowels as w/y); their Latin
    spellings add vowels. Vowels, w and y are dropped, close consonants folded
    and doubles collapsed: "mohammed" and Arabic "mhmd" both give "mhmd".
    ``hebrew``: compared with a name in Hebrew letters, g and j stay apart (see
    :data:`_HEBREW_FOLD`).
    """
    fold = _HEBREW_FOLD if hebrew else _ABJAD_FOLD
    return _DOUBLES.sub(r"\1", _ABJAD_DROP.sub("", _without_mark(token).translate(fold)))


def skeleton_keeping_doubles(token: str, hebrew: bool = False) -> str:
    """:func:`skeleton` with a letter written twice as written once ("hassan" -> "hsn", as an abjad
    writes it), but two letters vowels part, or that the folds make alike, kept ("abubakar" ->
    "bbkr", "jackson" -> "jkksn")."""
    fold = _HEBREW_FOLD if hebrew else _ABJAD_FOLD
    return _ABJAD_DROP.sub("", _DOUBLES.sub(r"\1", _without_mark(token)).translate(fold))


def final_ha(token: str) -> bool:
    """Whether a token of a name in Arabic script ends with ح, written "hx" (see names.transliterate).

    Latin spellings always write that letter, unlike the ta marbuta ة and ه (also "h").
    """
    return token.endswith(_MARKED_HA)


def _without_mark(token: str) -> str:
    """The token without the mark of a final ح ("slhx", صالح, is "slh"), also where two words of a
    name are read glued ("slhxmhmd", صالح محمد)."""
    return token.replace(_MARKED_HA, "h") if FINAL_HA_MARK in token else token


def vowel_pattern(token: str) -> str:
    """The token with every run of vowels written "a" (transliterations differ mostly in vowels)."""
    return _VOWEL_RUNS.sub("a", token)


def english_singular(token: str) -> str:
    """An English plural written "-ies" in the singular ("technologies" -> "technology"); else the token.

    Plurals in "-s" are one edit from the singular, within every typo budget ("services"); "-ies"
    for "-y" is three, and so would be a changed ending (a conflict) without this.
    """
    if len(token) >= 6 and token.endswith("ies"):
        return token[:-3] + "y"
    return token


def without_doubles(token: str) -> str:
    """The token with every run of one letter written once ("hassan" -> "hasan")."""
    return _DOUBLES.sub(r"\1", token)


def _affixes(a: str, b: str) -> tuple[int, int]:
    """Length of the common prefix, and of the common suffix of what follows it."""
    n = min(len(a), len(b))
    p = 0
    while p < n and a[p] == b[p]:
        p += 1
    s = 0
    while s < n - p and a[-1 - s] == b[-1 - s]:
        s += 1
    return p, s


def _first_letters_agree(a: str, b: str) -> bool:
    """True when two tokens start alike: the same letter, or letters transliterations swap (V/W, K/Q/C)."""
    if a[0] == b[0]:
        return True
    return bool(_FIRST_LETTER_GROUP.get(a[0], _NO_GROUP) & _FIRST_LETTER_GROUP.get(b[0], _NO_GROUP))


@lru_cache(maxsize=1 << 18)
def token_similarity(a: str, b: str, pa: str = "", pb: str = "", person: bool = True) -> tuple[float, bool]:
    """(score in [0, 1], is_variant) for two tokens; ``pa``/``pb`` are their metaphone keys.

    See :func:`_spelling_similarity`. One name written in two romanisation conventions
    ("Schoigu"/"Shoigu", "Prigojine"/"Prigozhin", "Jewgeni"/"Yevgeniy": German, French, English),
    or in two that also write a sound with other letters ("Khakkani"/"Haqqani", a Russian spelling
    of an Arabic name), is a variant of at least PHONETIC_SCORE (see names.romanisation); in
    organisation names, one word romanised with other letters for one sound ("Wladex"/"VLADEKS",
    "Farm"/"PHARM").
    """
    score, variant, _slip, _reason = _spelling_similarity(a, b, pa, pb, person)
    if score < PHONETIC_SCORE and _one_romanised_word(a, b, person):
        return PHONETIC_SCORE, True
    return score, variant


def _one_romanised_word(a: str, b: str, person: bool) -> bool:
    """One name or word romanised two ways (see token_similarity)."""
    if person:
        return same_romanised_name(a, b) or same_romanised_sound(a, b)
    return same_organisation_word(a, b)


@lru_cache(maxsize=1 << 14)
def is_letter_slip(a: str, b: str, pa: str = "", pb: str = "", person: bool = True) -> bool:
    """True when two tokens are variants only as a few letters changed (a typo, not a known spelling).

    Initials, abbreviations, same sounds, vowels or doubled letters written otherwise and other
    romanisation conventions are known ways of writing one name; letters edited anywhere are not.
    """
    _score, variant, slip, _reason = _spelling_similarity(a, b, pa, pb, person)
    return variant and slip and not _one_romanised_word(a, b, person)


def _spelling_similarity(a: str, b: str, pa: str, pb: str, person: bool) -> tuple[float, bool, bool, str]:
    """(score in [0, 1], is_variant, is_letter_slip, reason) of two tokens from their letters and
    metaphone keys; the reason says in words what makes a variant one (see :func:`variant_reason`).

    A variant is the same token written differently: an initial of the other, an
    abbreviation (a start at most half as long, or a contraction: "Mohd", "Intl"), the
    same sound (metaphone, same first letter), other vowels, a Persian "gh" for "q", in
    organisation names the English plural ("technologies" / "technology"), or a few edits
    scattered in the word (a typo: the third value, a letter slip, says so). A
    *conflict* is a different token: another first letter (in person names, but
    for one slip in a word of 5+ letters: Yang/Kang, Wei/Lei; a brand with one letter
    changed, Beta/Meta, stays a variant), too many edits for its
    length, or one block of other letters at the start or the end of a shared stem
    (Rosneft/Transneft, Zuckermann/Zuckerberg, Sancho/Sanchez: a shared stem with
    another ending is another name; typos are single letters, anywhere).
    """
    if a == b:
        return 1.0, True, False, ""
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    if len(short) == 1:
        if not long_.startswith(short) or long_.isdigit():
            return 0.0, False, False, ""
        # A person's initial stands for a given name; in other names a lone letter is more often
        # the name itself ("A Grupp", "X Corp") than a word cut short: an abbreviation.
        return (
            (INITIAL_SCORE, True, False, "initial")
            if person
            else (ABBREVIATION_SCORE, True, False, "abbreviation")
        )
    if a.isdigit() or b.isdigit():
        return 0.0, False, False, ""
    if one_particle(a, b):
        return PHONETIC_SCORE, True, False, "particle spelt otherwise"
    if (
        (len(short) <= 2 or not person)
        and len(short) * 2 <= len(long_)
        and long_.startswith(short)
        and not is_stopword(short)
    ):
        return ABBREVIATION_SCORE, True, False, "abbreviation"
    if a[0] == b[0] and a[-1] == b[-1] and set(a) == set(b) and without_doubles(a) == without_doubles(b):
        # Only doubled letters differ ("Kiimm"/"Kim", "Hassan"/"Hasan"): a slip or a spelling habit.
        score = max(PHONETIC_SCORE - EDIT_COST, 1.0 - EDIT_COST * OSA.distance(a, b))
        return score, True, False, "letters doubled otherwise"
    if not person and english_singular(long_) == short:
        # One word in the singular and the plural ("Huawei Technologies" / "HUAWEI TECHNOLOGY").
        return PHONETIC_SCORE, True, False, "singular and plural"
    budget = typo_budget((len(a) + len(b)) / 2)
    distance = OSA.distance(a, b)
    if distance == 1 and budget == 0 and len(a) == len(b) and sorted(a) == sorted(b):
        budget = 1  # two swapped letters keep every letter, even in a short token (bin/ibn)
    elif budget == 0 and _middle_letter_dropped(short, long_):
        budget = 1  # "Km" for "Kim", "Se" for "Soe": the first and last letters keep the word
    elif budget == 1 and distance == 2 == len(long_) - len(short) and len(short) >= 4:
        budget = 2  # two letters left out keep four or more in order ("Hdba"/"Hudbah", "Rost"/"Troost")
    agree = _first_letters_agree(a, b)
    # A known spelling one edit away scores as that slip would: no less than a changed letter.
    known = max(PHONETIC_SCORE, 1.0 - EDIT_COST * distance)
    # The same sound keeps two edits of a five-letter word a spelling ("Vcita" / "Vista"), when the
    # key has three letters: two ("Singh" / "Sinie", both "SN") tell few words apart.
    if len(pa) >= PHONETIC_KEY_MIN and pa == pb and len(short) >= 5 and agree and distance <= max(budget, 2):
        return known, True, False, "same sound"
    if len(short) >= 4 and a[0] == b[0] and _vowels_only_differ(a, b, person):
        # Transliterations disagree mostly on vowels: Aleem/Alim, Noorani/Nurani, Yousef/Yusuf.
        return known, True, False, "other vowels"
    if len(short) >= 4 and _uvular_variant(a, b, person):
        return known, True, False, "gh, g or q for one sound"
    # A letter put before the start ("Tscherif"/"Cherif") or a single slip keeps the start; a single
    # slip at the start of a short word keeps it when the other's first letter follows ("Ssad"/"Asad").
    single_slip = distance == 1 and (len(short) >= 5 or b[0] in a[1:3] or a[0] in b[1:3])
    # In organisation names another first letter is a slip ("Beta" / "Meta") only when nothing else
    # changed, or the other's opening in another convention ("Tschipping" / "Shipping").
    # A shifted start with a slip besides is another word when short ("Ertas" / "Sertal", "Galkin" /
    # "Alkon"), a spelling when long ("Yevrotekh" / "Evrotek").
    shifted = shifted_start(a, b) and (person or long_.endswith(short) or len(short) >= SHIFTED_SLIP_LENGTH)
    start_ok = agree or single_slip or shifted or (not person and (distance == 1 or _same_onset(a, b)))
    # Two romanised Chinese syllables: each is a word of its own, so a changed letter makes another
    # name (Kong/Kang, Yang/Yan, Xue/Xie). A conflict, but one letter away keeps more credit than an
    # unrelated token, up to SYLLABLE_CREDIT_MAX: a name that agrees everywhere else still alerts.
    syllables = person and is_pinyin_syllable(a) and is_pinyin_syllable(b)
    if distance <= budget and start_ok:
        if _another_ending(a, b, distance, person):
            return BLOCK_CREDIT, False, False, ""
        if syllables:
            return min(SYLLABLE_CREDIT_MAX, _conflict_credit(a, b)), False, False, ""
        return (
            max(0.0, 1.0 - EDIT_COST * distance),
            True,
            True,
            "typo" if distance == 1 else f"typo of {distance} letters",
        )
    if is_contraction(short, long_):
        return ABBREVIATION_SCORE, True, False, "abbreviation"
    credit = min(CONFLICT_CREDIT_MAX, _conflict_credit(a, b))
    if credit > BLOCK_CREDIT and (not start_ok or _another_ending(a, b, distance, person)):
        credit = BLOCK_CREDIT
    return (min(SYLLABLE_CREDIT_MAX, credit) if syllables else credit), False, False, ""


def _conflict_credit(a: str, b: str) -> float:
    """What a conflict keeps of its letters in common: (similarity - 0.3) / 0.5, at least 0."""
    return max(0.0, (Levenshtein.normalized_similarity(a, b) - 0.3) / 0.5)


def _same_onset(a: str, b: str) -> bool:
    """True when two tokens open with one sound of sh, ch or zh as English, French or German write it.

    "Shipping", "Chipping", "Schipping", "Tschipping"; "Zhenghua", "Schenghua", "Jenghua".
    """
    return _ONSET.sub("S", a, count=1)[:1] == _ONSET.sub("S", b, count=1)[:1] == "S"


#: The openings of :func:`_same_onset`.
_ONSET = re.compile(r"^(?:t?sch|t?ch|sh|d?zh|dj|j)")


def shifted_start(a: str, b: str) -> bool:
    """True when one token starts as the other does one or two letters in ("Tscherif" / "Cherif"),
    or with its first two letters swapped ("Moar" / "Omar"): a letter put before the start, or a slip
    there, keeps the word's opening. Not one shared letter somewhere near the start ("Roman" / "Zoran",
    "Vlasenko" / "Lyashenko": other names).
    """
    return (
        b[:2] in (a[1:3], a[2:4])
        or a[:2] in (b[1:3], b[2:4])
        or (len(a) >= 2 and len(b) >= 2 and a[:2] == b[1::-1])
    )


def _shared_symbol_score(person: bool) -> float:
    """What two tokens sharing a symbol score (see _pairs): one Korean syllable of a person's name
    written otherwise, a variant; one meaning of an organisation's word, a synonym."""
    return PHONETIC_SCORE if person else SYNONYM_SCORE


def _share_symbol(a: str, b: str) -> bool:
    """True when two tokens' symbols (NameForm.symbols: "co|corp", "co") have one in common."""
    if not a or not b:
        return False
    return a == b or not set(a.split("|")).isdisjoint(b.split("|"))


def uvular_fold(token: str) -> str:
    """The token with "gh" and "g" written "q", "dh" written "d" (see :func:`_uvular_variant`)."""
    return token.replace("gh", "q").replace("dh", "d").replace("g", "q")


def _uvular_variant(a: str, b: str, person: bool) -> bool:
    """True when two tokens are one word, its "q" written "gh" or "g" on one side (and maybe other vowels).

    Persian romanisations write ق (and غ, which Persian says alike) "gh" where Arabic-style ones
    write "q": Ghasem / Qasem, Ghalibaf / Qalibaf, Bagher / Baqer, Ghods / Qods (the lists
    themselves name one firm "MAHAB GHODSS" and "MAHAB QODS"). Libyan, Gulf, Sudanese and
    Upper Egyptian Arabic say ق "g", and so spell it: Gaddafi / Qadhafi, Gargash / Qarqash,
    Gasim / Qasim, Rafig / Rafiq (where ذ is often "d" too: Gaddafi). Arabic tells غ and ج
    from ق, so a variant of PHONETIC_SCORE, not one spelling; only between a token that writes
    "q" and one that does not (Latin names rarely have a "q" that is not ق).
    """
    if ("q" in a) == ("q" in b):
        return False
    folded_a, folded_b = without_doubles(uvular_fold(a)), without_doubles(uvular_fold(b))
    if folded_a == folded_b:
        return True
    return folded_a[0] == folded_b[0] and _vowels_only_differ(folded_a, folded_b, person)


def _middle_letter_dropped(short: str, long_: str) -> bool:
    """True when a two-letter token is a three-letter one without its middle letter ("km"/"kim")."""
    return len(short) == 2 and len(long_) == 3 and short[0] == long_[0] and short[1] == long_[2]


def could_be_contraction(token: str) -> bool:
    """True for a token written like a contraction: 3+ letters, no vowel after the second ("mhmd", "mohd")."""
    return len(token) >= 3 and token.isalpha() and not _VOWELS.search(token, 2)


def is_contraction(short: str, long_: str) -> bool:
    """True when ``short`` is ``long_`` with inner letters left out, as names and words are abbreviated.

    "Mohd" and "Mhmd" for Mohammed, "Intl" for International, "Shpg" for Shipping: the same
    first and last letters, the others in order, two or more letters fewer, not a start of
    the longer word, and no vowel after the second letter ("Ali" is not a contraction of
    "Abdali").
    """
    if len(long_) < len(short) + 2 or short[0] != long_[0] or short[-1] != long_[-1]:
        return False
    if long_.startswith(short):
        return False  # a start, not a contraction: Ping is not Pingkeung (see the abbreviation rule)
    if not could_be_contraction(short):
        return False
    rest = iter(long_)
    return all(letter in rest for letter in short)


def _vowels_only_differ(a: str, b: str, person: bool) -> bool:
    """True when two tokens differ only in their vowels, as transliterations of one name do.

    In person names, not when one has a single syllable (Kong/Kang, Cheng/Chang,
    Saad/Said: the vowel is the name), nor when a final vowel differs (Kana/Kunio,
    Haruka/Hareaki: in Japanese, Slavic or Italian names the ending vowel tells names,
    or men and women, apart). In other names of fewer than three consonants, the first vowels
    must agree. In person names doubled letters count once: transliterations of Arabic drop or
    keep the doubling (shadda) as they do vowels ("Mohamed" / "Muhammad", "Husayn" / "Hussein").
    """
    if person:
        a, b = without_doubles(a), without_doubles(b)
    if vowel_pattern(a) != vowel_pattern(b):
        return False
    if not person:
        # With fewer than three consonants the vowels are much of the word: the first vowels must
        # agree (Adun/Adoon; not Auger/Agir, Poole/Palea).
        return len(_VOWEL_RUNS.sub("", a)) >= 3 or _VOWEL_RUNS.findall(a)[0] == _VOWEL_RUNS.findall(b)[0]
    runs_a, runs_b = _VOWEL_RUNS.findall(a), _VOWEL_RUNS.findall(b)
    if min(len(runs_a), len(runs_b)) < 2:
        return False
    return a[-1] not in "aeiouy" or runs_a[-1] == runs_b[-1]


def _another_ending(a: str, b: str, distance: int, person: bool) -> bool:
    """True when two tokens are one stem with other endings: a changed block at the start or end
    (:func:`_edge_block`) or, in person names, a family name made of the other ("Karimov" / "Karim",
    :func:`embargo.names.gendered.family_name_of`)."""
    if _edge_block(a, b, distance):
        return True
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    return person and family_name_of(long_, short)


def _edge_block(a: str, b: str, distance: int) -> bool:
    """True when two tokens differ by one block of other letters at the start or end of a shared stem."""
    if distance < 2:
        return False
    p, s = _affixes(a, b)
    qm, cm = a[p : len(a) - s], b[p : len(b) - s]
    block = max(len(qm), len(cm))
    if block < BLOCK_MIN or not (p < 2 or s == 0 or (s == 1 and block >= 3)):
        return False
    shared = sum(min(qm.count(ch), cm.count(ch)) for ch in set(qm))
    return shared * 2 <= min(len(qm), len(cm))


#: Most an abjad token gets against a Latin one of its consonants without a long vowel it writes
#: there (see long_vowels_agree): a conflict.
LONG_VOWEL_CREDIT = 0.6
#: Latin letters that may write each long vowel an abjad writes: ي "y" (ī, ē, ai), و "w" (ū, ō, au),
#: and the marks of abjad_token_written: an alif inside a word (ā, which Maghrebi spellings write
#: "e", Tajik and Uzbek ones "o": Djamel, Rahmon; and "u": the UN list gives "عبد الغفار" as
#: "abd-al-Ghafur", IQi.021), an alif after a letter that does not join the next, where a word
#: written on may start with it (any vowel: "محمدابراهیم", Mohammad Ibrahim), and the alif maqsura
#: (ā, or ī as Egyptian spellings write it: "مرسى", Morsi; "o" in Tajik: "Mustafo"). An "a" of a
#: token is none: it may be a fatha, or the article read as a word ("al", which Latin spellings
#: write "ul", "ud" ...).
_LONG_VOWELS = {
    "y": frozenset("iey"),
    "w": frozenset("uowv"),
    INNER_ALIF: frozenset("aeou"),
    ALIF_OR_WORD_START: frozenset("aeiou"),
    ALIF_MAQSURA: frozenset("aeioy"),
}
#: How Latin spellings end a name whose last letter is ی: ī, or the ā of an alif maqsura.
_FINAL_YA = frozenset("ieya")
_LONG_VOWEL_MARKS = INNER_ALIF + ALIF_OR_WORD_START + ALIF_MAQSURA
_CONSONANT_RUNS = re.compile(f"[^aeiouwy{_LONG_VOWEL_MARKS}]")
#: An alif between two of one consonant, which the skeleton writes once ("يمام", "ymm": "m"): left
#: out with it, so that the written token has as many consonants as its skeleton.
_ALIF_IN_DOUBLE = re.compile(f"(.)[{INNER_ALIF}{ALIF_OR_WORD_START}](?=\\1)")


@lru_cache(maxsize=1 << 16)
def long_vowels_agree(written: str, latin: str) -> bool:
    """False when a Latin token lacks a long vowel its abjad counterpart writes, at the same place.

    Arabic and Persian leave short vowels out but write long ones (ي, و, ا): "سينا" (Sina)
    is "syn" here, its consonant skeleton "sn" that of "Son" too. Between each two consonants
    (and before the first, after the last) a written "y" needs an i, e or y in the Latin
    spelling there, a "w" a u, o, w or v, an alif or alif maqsura (``written`` as
    :func:`abjad_token_written` gives it) the letters :data:`_LONG_VOWELS` says ("Son" has none of
    "سينا"'s ī; "Saud" none of the ī of "سعیدی", Saeedi; "Ali" none of the ā of "علاء", Alaa;
    "Bashar" nothing after the r of "بشرى", Bushra). Only checked when both sides have as many
    consonants (after the folds of :func:`skeleton`), counting a consonant written with an "h"
    after it (sh, gh, zh ...) as two letters or as one: the two sides may write one sound with one
    letter and with two ("gh", غ, for the g of "Sergei"; "j", ج, for the zh of "Prigozhin"). The
    vowels agree when they do in one of the two counts; a count that does not align the consonants
    checks nothing.
    """
    outcomes = [
        _vowels_agree(_vowel_gaps(written, joined), _vowel_gaps(latin, joined)) for joined in (False, True)
    ]
    return True in outcomes or outcomes == [None, None]


#: A Latin k sound and an h apart, a vowel between ("Cohen", "Kahana", "Kohn").
_K_THEN_H = re.compile(r"[kcq][aeiouy]+h")
#: A Latin sound of two letters, the second an h ("kh", "gh", "dh", "th"; "ch" as German writes خ).
_LATIN_DIGRAPH = re.compile(r"[kgdtc]h")


def written_letters_agree(written: str, latin: str) -> bool:
    """False when a Latin token lacks what its abjad counterpart writes (``written`` as
    :func:`abjad_token_written` gives it): a long vowel (see :func:`long_vowels_agree`), or in Hebrew
    the k and h of a כ before ה, which a Latin spelling writes apart ("כהן" is "Cohen", no "Khan",
    whose kh is one sound, ח or a soft כ: ICU reads both "khn"), or the one sound of a letter with
    a geresh, which it writes together ("ח'אן" is "Khan", no "Cohen"; "ד'אן" "Dhan", no "Dahan").
    The marks of the written form (:data:`~embargo.names.transliterate.KAF_HE_MARK`,
    :data:`~embargo.names.transliterate.DIGRAPH_MARK`) say where."""
    apart, together = written.count(KAF_HE_MARK), written.count(DIGRAPH_MARK)
    if apart and len(_K_THEN_H.findall(latin)) < apart:
        return False
    if together and len(_LATIN_DIGRAPH.findall(latin)) < together:
        return False
    if apart or together:
        written = written.replace(KAF_HE_MARK, "").replace(DIGRAPH_MARK, "")
    return long_vowels_agree(written, latin)


def _vowels_agree(gaps_written: list[str], gaps_latin: list[str]) -> bool | None:
    """Whether the long vowels of the abjad side's gaps are in the Latin side's; None when the
    gaps are not as many (the consonants do not align)."""
    if len(gaps_written) != len(gaps_latin):
        return None
    last = len(gaps_written) - 1
    for place, (mine, theirs) in enumerate(zip(gaps_written, gaps_latin, strict=True)):
        if place == last and mine == "y":
            # A final ی is also the alif maqsura Persian writes with it: "مجتبی" is Mojtaba.
            if _FINAL_YA.isdisjoint(theirs):
                return False
            continue
        for vowel, spellings in _LONG_VOWELS.items():
            if vowel in mine and spellings.isdisjoint(theirs):
                return False
    return True


def _vowel_gaps(token: str, joined: bool) -> list[str]:
    """The runs of vowels (and w, y) before, between and after a token's consonants, doubles as one;
    ``joined``: a consonant and the "h" after it as one (see :func:`long_vowels_agree`)."""
    letters = _without_mark(token)
    if joined:
        letters = _DIGRAPH.sub(r"\1", letters)
    letters = _ALIF_IN_DOUBLE.sub(r"\1", letters.translate(_ABJAD_FOLD))
    return _CONSONANT_RUNS.split(_DOUBLES.sub(r"\1", letters))


def abjad_similarity(
    a: str,
    b: str,
    skeletons: bool = False,
    a_final_h: bool = True,
    b_final_h: bool = True,
    seam: int | None = None,
) -> tuple[float, bool]:
    """(score, is_variant) of two tokens from an abjad, or of two consonant skeletons (``skeletons``).

    Without vowels every letter carries more of the name: one changed letter is a
    variant only in long tokens. Between skeletons, a final "h" on one side only is no
    difference: Arabic ends many names with a ta marbuta (ة, written "h"), which Latin
    spellings write as a vowel or as "h" ("Usama" / "Usamah", "Haniya" / "Haniyeh").
    ``a_final_h``, ``b_final_h``: whether that side's last "h" may be left out (see
    :func:`_final_h`: "الشايع", "lshy", has the skeleton "lsh", and is no "Lis" with a ta marbuta).
    ``seam``: ``a`` is two words glued, the second from this place; the one letter a long pair
    may differ in must then be next to it (see :func:`_abjad_glued_pair`).
    """
    if a == b:
        return _SKELETON_SCORES[min(len(a), 3)], True
    if (
        skeletons
        and min(len(a), len(b)) >= 2
        and ((a + "h" == b and b_final_h) or (b + "h" == a and a_final_h))
    ):
        return _SKELETON_SCORES[min(len(a), len(b), 3)], True
    if (
        min(len(a), len(b)) >= 5
        and Levenshtein.distance(a, b, score_cutoff=1) <= 1
        and (seam is None or _edited_at(a, b, seam))
    ):
        return 1.0 - 2 * EDIT_COST, True
    return min(BLOCK_CREDIT, _conflict_credit(a, b)), False


def _edited_at(a: str, b: str, place: int) -> bool:
    """Whether the one letter ``a`` and ``b`` differ in is where the words glued in ``a`` join.

    Two words written as one differ where they join, if anywhere: a letter of the join said
    otherwise or left out ("Akhunzada" / "آخوند زاده"; "Abdur Rahman" / "عبدالرحمن", the
    article's "l" said as the letter after it; "Abd Rahman"), or the "l" of an article that
    the next word carries ("Abdul" in "NAZIR MOHAMMAD ABDUL BASIR" / "محمدعبد البصیر"). Another
    letter changed is another name ("AZARI JAHROMI" is no "ضرغامی", Zarghami, without its "r").
    """
    for operation, position, other_position in Levenshtein.editops(a, b):
        if abs(position - place) <= 1:
            continue
        if operation == "insert":
            letters, at_an_end = b[other_position], position in (0, len(a))
        else:
            letters = a[position] + (b[other_position] if operation == "replace" else "")
            at_an_end = position in (0, len(a) - 1)
        if not (at_an_end and "l" in letters):
            return False
    return True


def token_weights(form: NameForm, rarity: Rarity) -> list[float]:
    """How much each token of a name counts: its kind's weight, or its rarity for a name token."""
    return [
        KIND_WEIGHTS.get(kind) or rarity(token) for token, kind in zip(form.tokens, form.kinds, strict=True)
    ]


def missing_shares(query: NameForm, candidate: NameForm) -> tuple[list[float], list[float]]:
    """Per token of each side, the share of its weight it adds to the total when left without a partner."""
    extra = EXTRA_WEIGHT.get(candidate.tag, EXTRA_WEIGHT_DEFAULT)
    if candidate.tag != PER:
        return [extra] * len(query.tokens), [extra] * len(candidate.tokens)
    # A one-word name ("Youcef") says little: the other name's further parts count more, and
    # none of them is singled out as the first given name.
    single = min(query.kinds.count(NAME), candidate.kinds.count(NAME)) == 1
    if single:
        extra = EXTRA_SINGLE_WEIGHT
    return _person_shares(query, extra, not single), _person_shares(candidate, extra, not single)


def _person_shares(form: NameForm, extra: float, first_name: bool) -> list[float]:
    """Missing shares of a person name's tokens: family names, the first given name, the others.

    ``first_name``: whether the first given name has its own share (not when a name is one word).
    """
    shares = [EXTRA_FAMILY_WEIGHT if family else extra for family in form.family]
    if first_name:
        first = next((i for i, kind in enumerate(form.kinds) if kind == NAME and not form.family[i]), None)
        if first is not None:
            shares[first] = max(shares[first], EXTRA_FIRST_NAME_WEIGHT)
    return shares


def could_be_acronym(token: str) -> bool:
    """True for a token that may stand for the first letters of other words (2 to 6 letters)."""
    return 2 <= len(token) <= 6 and token.isalpha()


def acronym_pairs(qt: tuple[str, ...], ct: tuple[str, ...]) -> list[tuple[float, bool, tuple, tuple]]:
    """An acronym on one side and the words it abbreviates on the other ("PLA": People Liberation Army)."""
    pairs = []
    for left, right, flip in ((qt, ct, False), (ct, qt, True)):
        for i, token in enumerate(left):
            size = len(token)
            if not could_be_acronym(token) or size > len(right):
                continue
            for start in range(len(right) - size + 1):
                if all(right[start + k][0] == token[k] for k in range(size)):
                    span = tuple(range(start, start + size))
                    pairs.append((ACRONYM_SCORE, True, *(((i,), span) if not flip else (span, (i,)))))
    return pairs


def _pairs(
    query: NameForm,
    candidate: NameForm,
    abjad: bool,
    syllabic: bool = False,
    pinyin: bool = False,
) -> list[tuple[float, bool, tuple, tuple]]:
    """Every scored token pair (score, variant, query indexes, candidate indexes), merges included.

    ``abjad``: a side is written in an abjad, tokens are compared strictly (see
    :func:`_abjad_pair`); ``syllabic``: a side is a romanised Chinese name (see
    :func:`_syllables_differ`); ``pinyin``: every token of both sides reads as pinyin (see
    :func:`_syllable_changed`).
    """
    qt, ct = query.tokens, candidate.tokens
    hebrew = abjad and _hebrew_against_latin(query, candidate)
    # How the words of the side in an abjad start, when only one side is (see starts_agree).
    starts, starts_in_query, written = None, False, None
    if abjad:
        fold = query.abjad != candidate.abjad
        if fold:
            starts_in_query = query.abjad
            starts = abjad_token_starts(query if starts_in_query else candidate)
            written = abjad_token_written(query if starts_in_query else candidate)
        qt = tuple(_abjad_reading(t, query.abjad, fold, hebrew)[0] for t in qt)
        ct = tuple(_abjad_reading(t, candidate.abjad, fold, hebrew)[0] for t in ct)
    qp, cp = query.phonetic, candidate.phonetic
    person = candidate.tag == PER
    pairs = []
    similarity = token_similarity
    q_legal = [kind == LEGAL for kind in query.kinds]
    c_legal = [kind == LEGAL for kind in candidate.kinds]
    q_symbols, c_symbols = query.symbols, candidate.symbols
    symbolic = bool(q_symbols and c_symbols)
    # A person's symbols are the Hangul syllables of a name shaped as a Korean one (see
    # names.korean.latin_korean_syllables), an organisation's the meanings of its generic words.
    korean = person and symbolic
    symbol_score = _shared_symbol_score(person)
    # Given names of one origin in two languages' forms (names.cognates): persons in letters only.
    given_name_forms = person and not abjad
    for i, a in enumerate(qt):
        pa = qp[i]
        for j, b in enumerate(ct):
            if abjad:
                abjad_index = i if starts_in_query else j
                start = None if starts is None else starts[abjad_index]
                score, variant = _abjad_pair(
                    query.tokens[i],
                    candidate.tokens[j],
                    query.abjad,
                    candidate.abjad,
                    hebrew,
                    start,
                    person,
                    None if written is None else written[abjad_index],
                )
            else:
                score, variant = similarity(a, b, pa, cp[j], person)
            shared = symbolic and _share_symbol(q_symbols[i], c_symbols[j])
            if shared and korean and (syllabic or pinyin) and _two_syllables(a, b):
                shared = False  # in a name that may be Chinese, two pinyin syllables are two characters
            if shared and score < symbol_score:
                score, variant = symbol_score, True
            if given_name_forms and score < COGNATE_SCORE and _cognate_pair(query, i, candidate, j):
                score, variant = COGNATE_SCORE, True
            if q_legal[i] != c_legal[j] and not variant and score < LEGAL_SLIP_CREDIT:
                # A legal form is no name part: with nothing like it to pair with, it is left out
                # ("Achim Shipping Co Ltd" / "Achim Shipping Co"), which costs little, not a conflict;
                # nor is a word unlike it ("ELVEGARD SHIPPING LMT" / "ELVEGARD SHIPPING LTD") another
                # spelling of it, evidence of another party: each is left out.
                continue
            # Other characters of a Chinese or Korean name, unless one Hangul syllable ("lee" is no
            # "le e" of pinyin).
            if (
                variant
                and score < 1.0
                and not (korean and shared)
                and _other_characters(a, b, syllabic, pinyin, korean)
            ):
                score, variant = min(score, SYLLABLE_COUNT_CREDIT), False
            pairs.append((score, variant, (i,), (j,)))
    if not person and not abjad:
        # Not between consonant skeletons: their first letters spell no acronym ("tl" of "tly lkwhlh"
        # is the skeleton of "Tolou").
        pairs.extend(acronym_pairs(qt, ct))
    q_exact = {qi[0] for score, _, qi, _ in pairs if score == 1.0}
    c_exact = {ci[0] for score, _, _, ci in pairs if score == 1.0}
    if abjad:
        pairs.extend(_abjad_merge_pairs(query, candidate, q_exact, c_exact, hebrew, person, starts, written))
    else:
        pairs.extend(merge_pairs(qt, ct, q_exact, c_exact, person, pinyin, korean))
    return pairs


def _cognate_pair(query: NameForm, i: int, candidate: NameForm, j: int) -> bool:
    """True when a query token and a listed one are forms of one given name in two languages
    (names.cognates: "Serhiy" / "Sergei"). A listed token read with the index and without items
    is none; else the letters are tested first, the items (read now for a pair scored without an
    index) last."""
    if candidate.cognates and not candidate.cognates[j]:
        return False
    return forms_agree(query.tokens[i], candidate.tokens[j]) and share_items(
        cognate_items(query, i), cognate_items(candidate, j)
    )


#: A word in Latin letters or digits (of a name in an abjad that has some).
_LATIN_WORD = re.compile(r"[a-z0-9]+")


def variant_reason(
    query: NameForm, candidate: NameForm, qi: tuple[int, ...], ci: tuple[int, ...], score: float, abjad: bool
) -> str:
    """In words, what makes aligned parts one name part written otherwise, for an explanation:
    "typo", "same sound", "initial", "another romanisation", "one given name in another
    language's form" ("serhiy" / "sergei"), "acronym", ...; "" for identical parts, or when the
    score came another way than those named (a reading's own rules)."""
    if abjad:
        side, token = (query, query.tokens[qi[0]]) if query.abjad else (candidate, candidate.tokens[ci[0]])
        if token not in _LATIN_WORD.findall(side.original.casefold()):  # not a Latin word among others
            return (
                "read from the Hebrew script" if has_hebrew(side.original) else "read from the Arabic script"
            )
    if len(qi) > 1 or len(ci) > 1:
        if len(ci) == 1:
            words, word = [query.tokens[k] for k in qi], candidate.tokens[ci[0]]
        else:
            words, word = [candidate.tokens[k] for k in ci], query.tokens[qi[0]]
        return "acronym" if word == "".join(w[0] for w in words) else "words written together or apart"
    i, j = qi[0], ci[0]
    a, b = query.tokens[i], candidate.tokens[j]
    if a == b:
        return ""
    person = candidate.tag == PER
    if person and score == COGNATE_SCORE and _cognate_pair(query, i, candidate, j):
        return "one given name in another language's form"
    symbol_score = _shared_symbol_score(person)
    symbolic = bool(query.symbols and candidate.symbols)
    if score == symbol_score and symbolic and _share_symbol(query.symbols[i], candidate.symbols[j]):
        return "one Korean syllable" if person else "one meaning"
    spelt, variant, _slip, reason = _spelling_similarity(
        a, b, query.phonetic[i], candidate.phonetic[j], person
    )
    if variant and spelt == score:
        return reason
    if score == PHONETIC_SCORE and _one_romanised_word(a, b, person):
        return "another romanisation"
    korean = query.hanja or candidate.hanja or has_hangul(query.original) or has_hangul(candidate.original)
    if person and score == PHONETIC_SCORE and korean:
        return "another romanisation of the Korean syllables"
    return ""


def _hebrew_against_latin(query: NameForm, candidate: NameForm) -> bool:
    """True when one name is in Hebrew letters and the other is not in an abjad (see skeleton)."""
    if query.abjad == candidate.abjad:
        return False
    return has_hebrew((query if query.abjad else candidate).original)


@lru_cache(maxsize=1 << 16)
def _abjad_reading(token: str, abjad: bool, fold: bool, hebrew: bool = False) -> tuple[str, tuple[str, ...]]:
    """A token as a comparison with a side in an abjad compares it, and its alternative readings.

    ``fold``: only one side is in an abjad, so both are compared by consonant skeleton, the
    abjad side's tokens also as Latin spellings may read them and the Latin side's as the
    abjad may have written them (see :func:`abjad_alternatives`, :func:`latin_alternatives`).
    ``hebrew``: that side is in Hebrew letters (see :func:`hebrew_alternatives`).
    """
    if not fold:
        return token, ()
    if abjad:
        alternatives = hebrew_alternatives(token) if hebrew else abjad_alternatives(token)
    else:
        alternatives = latin_alternatives(token, hebrew)
    return ((skeleton(token, hebrew) or token) if token.isalpha() else token), alternatives


@lru_cache(maxsize=1 << 17)
def _abjad_pair(
    query_token: str,
    candidate_token: str,
    query_abjad: bool,
    candidate_abjad: bool,
    hebrew: bool,
    abjad_start: str | None = None,
    person: bool = True,
    written: str | None = None,
) -> tuple[float, bool]:
    """(score, is_variant) of two tokens of names of which one or both are in an abjad
    (``hebrew``: the one in an abjad is in Hebrew letters, the other in Latin ones;
    ``abjad_start``: when only one is, how its word starts, see :func:`abjad_token_starts`;
    ``person``: of a person's name, see :func:`starts_agree`; ``written``: when only one is,
    its token with the long vowels it writes marked, see :func:`abjad_token_written`).

    Cached: a search compares its query's few tokens with the same listed tokens many times.
    """
    fold = query_abjad != candidate_abjad
    a, a_alternatives = _abjad_reading(query_token, query_abjad, fold, hebrew)
    b, b_alternatives = _abjad_reading(candidate_token, candidate_abjad, fold, hebrew)
    finals = (_final_h(query_token, query_abjad), _final_h(candidate_token, candidate_abjad))
    score, variant = _best_abjad_similarity(a, b, a_alternatives, b_alternatives, fold, finals)
    if fold and variant:
        abjad_token, latin_token = (
            (query_token, candidate_token) if query_abjad else (candidate_token, query_token)
        )
        if not written_letters_agree(written or abjad_token, latin_token):
            return min(score, LONG_VOWEL_CREDIT), False
        if not starts_agree(abjad_start, latin_token, abjad_token, person, hebrew):
            score, variant = min(score, LONG_VOWEL_CREDIT), False  # still a particle ("Ibn" / "بن")
    if not variant and one_particle(query_token, candidate_token):
        return PHONETIC_SCORE, True
    return score, variant


#: The only Latin first letters of a word starting with و or ي (Hebrew ו, י), the letters Latin
#: spellings write those consonants with: و as w or v, or as French writes it, "ou" ("Walid",
#: "Vahid", "Ouahid"); ي as y, i, j or e ("Yusuf", "Iusuf", "Itzhak"). Not another consonant: the
#: skeletons leave w and y out as the vowels they may write, so "واصل" (Wasil, "wsl") read like "Salah".
_FIRST_LETTERS = {W_START: frozenset("wvou"), Y_START: frozenset("yije")}
#: The Latin letters that write و and ي (Hebrew ו, י) first, and no other consonant.
_SEMIVOWELS = frozenset("wy")
#: ... but و is also "and", written joined to the next word, which other names have ("جماعة نصرة
#: الإسلام والمسلمين", "... WA AL-MUSLIMIN"; not a person's): there و starts no "a", "e" or "i".
_W_NOT_FIRST = frozenset("aei")


def starts_agree(
    abjad_start: str | None,
    latin_token: str,
    abjad_token: str = "",
    person: bool = True,
    hebrew: bool = False,
) -> bool:
    """False when a Latin token starts with a letter that a word starting so in an abjad cannot have.

    "Agrosoyuz" and "قرادة" share a skeleton once the alif anyascii drops and the vowels are
    gone, but a Latin spelling that starts with a vowel writes a word that starts with the letter
    that carries it, or with a consonant Latin spellings leave out or write as a vowel (see
    :func:`embargo.names.transliterate.abjad_word_start`): "قرادة" is no "Agrosoyuz", "دانة"
    (Dana) no "Adnan", "לוי" (Levi) no "Aluoalii"; "عدنان" is Adnan. A word starting with و or ي
    starts with the letters that write them (:data:`_FIRST_LETTERS`): "واصل" is no "Salah"; in
    other names than a person's (``person``) a و may be "and" (:data:`_W_NOT_FIRST`). A Latin
    "y" or "w" first writes those two letters, not another consonant: "שושן" (Shoshan) is no
    "Yassin" (a word after the article starts as the article does: "الوليد" is "al-Walid"). A word
    in Hebrew letters (``hebrew``) starting with alef or ayin starts with a vowel in Latin letters
    too ("אמיר", Amir, is no "Mire", "אשר", Asher, no "Yasar"), or with the "ye" of a Russian name
    (Hebrew writes "Yelena" "אלנה"); Maghrebi spellings of Arabic names may leave it out ("Brahim"
    for "إبراهيم", "Mhamed" for "امحمد").
    ``abjad_token``: the word as read, for the kunya "Abu", which Maghrebi and colloquial
    spellings write without its alif ("بو", "bw": "بوتفليقة" Bouteflika, "بوبكر" Aboubakr).
    """
    if abjad_start is None or not latin_token:
        return True
    if latin_token.startswith(("abu", "abou", "abo")) and abjad_token.startswith("bw"):
        return True
    if abjad_start == W_START and not person:
        return latin_token[0] not in _W_NOT_FIRST
    if abjad_start in _FIRST_LETTERS:
        return latin_token[0] in _FIRST_LETTERS[abjad_start]
    if abjad_start == VOWEL_START:
        return not hebrew or bool(_VOWELS.match(latin_token)) or latin_token.startswith("ye")
    # CONSONANT_START, another consonant first: no vowel, nor a Latin y or w (see abjad_word_start).
    return not _VOWELS.match(latin_token) and latin_token[0] not in _SEMIVOWELS


@lru_cache(maxsize=1 << 14)
def _word_starts(original: str, tokens: tuple[str, ...]) -> tuple[str | None, ...]:
    """How the word each token reads starts (see abjad_token_starts)."""
    words = original.split()
    if len(words) == len(tokens) and all(len(plain_words(word)) == 1 for word in words):
        return tuple(abjad_word_start(word) for word in words)
    # Readings that split a word or drop one: match each token with a word read alone, and the
    # article's "al" read as a word of its own (see names.analysis), with the word after it. In
    # Arabic script that word starts as the whole word does: Latin spellings glue the article's
    # vowel to it ("الرحمن" is "ur-Rahman").
    starts: dict[str, str | None] = {}

    def note(reading: list[str], start: str | None) -> None:
        if len(reading) == 1:
            token = reading[0]
            starts[token] = start if starts.get(token, start) == start else None

    for word in words:
        note(plain_words(word), abjad_word_start(word))
        if ARABIC_ARTICLE.match(word):
            rest = ARABIC_ARTICLE.sub("", word, count=1)
            # Hebrew spellings of Arabic names write the article joined, Latin ones apart: the word
            # after it starts as written there ("אלחכים", al-Hakim).
            note(plain_words(rest), abjad_word_start(rest) if has_hebrew(rest) else VOWEL_START)
            note(["al"], VOWEL_START)
    return tuple(starts.get(token) for token in tokens)


def abjad_token_starts(form: NameForm) -> tuple[str | None, ...] | None:
    """How the word of each token of a name in an abjad starts (see
    :func:`embargo.names.transliterate.abjad_word_start`; None where no word reads as the token
    alone), or None for a name not in an abjad."""
    if not form.abjad:
        return None
    parts = comma_parts(form.original) if form.tag == PER else None
    # A person's "FAMILY, Given" is read given name first (names.analysis): its words in that order.
    return _word_starts(form.original if parts is None else f"{parts[1]} {parts[0]}", form.tokens)


def abjad_token_written(form: NameForm) -> tuple[str, ...] | None:
    """Each token of a name in an abjad with the long vowels of its word that anyascii leaves out or
    writes as a short one marked (see :func:`embargo.names.transliterate.with_long_vowel_marks`:
    "جمال" is "jml", written "jm1l"), the token as it is where no word reads as it alone; None for
    a name not in an abjad."""
    if not form.abjad:
        return None
    return _tokens_written(form.original, form.tokens)


@lru_cache(maxsize=1 << 14)
def _tokens_written(original: str, tokens: tuple[str, ...]) -> tuple[str, ...]:
    """See abjad_token_written; each word and, after its article, the word without it (as
    :func:`_word_starts` reads them)."""
    written: dict[str, str | None] = {}
    for word in original.split():
        readings = [word]
        if ARABIC_ARTICLE.match(word):
            readings.append(ARABIC_ARTICLE.sub("", word, count=1))
        for reading in readings:
            for as_read, as_marked in _marked_spellings(reading):
                plain, marked = plain_words(as_read), plain_words(as_marked)
                if len(plain) != len(marked):
                    continue
                for token, spelling in zip(plain, marked, strict=True):
                    if _unmarked(spelling) == token:
                        written[token] = spelling if written.get(token, spelling) == spelling else None
    return tuple(written.get(token) or token for token in tokens)


def _marked_spellings(word: str) -> list[tuple[str, str]]:
    """A word of a name in an abjad as read, and with what its reading leaves out marked: an
    Arabic-script word's long vowels; a Hebrew word's alefs and כ before ה, also as read with a
    soft כ and with the geresh of Arabic's sounds."""
    if not has_hebrew(word):
        return [(word, with_long_vowel_marks(word))]
    # The geresh as the analysis reads it ("ג׳מאל" is "jml"), after the marks, which count letters.
    word, marked = spell_hebrew_geresh(word), spell_hebrew_geresh(with_hebrew_marks(word))
    spellings = [(word, marked)]
    readings = (
        (hebrew_soft_spelling(word), hebrew_soft_spelling(marked)),
        (arabic_geresh_spelling(word), arabic_geresh_spelling(marked, marked=True)),
    )
    spellings.extend((as_read, as_marked) for as_read, as_marked in readings if as_read and as_marked)
    return spellings


def _unmarked(spelling: str) -> str:
    """A spelling with long vowel marks as anyascii writes the word, and without the marks of a
    Hebrew כ before ה and of a sound of two letters (see abjad_token_written)."""
    return (
        spelling.replace(INNER_ALIF, "")
        .replace(ALIF_OR_WORD_START, "")
        .replace(ALIF_MAQSURA, "a")
        .replace(KAF_HE_MARK, "")
        .replace(DIGRAPH_MARK, "")
    )


def _final_h(token: str, abjad: bool) -> bool:
    """Whether a token's last "h" may be left out (see :func:`abjad_similarity`).

    Always for a Latin token; for one in an abjad, when "h" is its last letter ("hmzh", حمزة) or
    its last consonant on its own, vowel letters after it ("khmnhy", خامنه‌ای, Khamenei), not the
    "h" of "sh", "kh", "th" and the like ("lshy", الشايع), nor a final ح, which Latin spellings
    always write ("slhx", صالح, is no "Sale": see :func:`final_ha`).
    """
    if not abjad or token.endswith("h"):
        return True
    if final_ha(token):
        return False
    consonants = token.rstrip("aeiouwy")
    return consonants.endswith("h") and not consonants.endswith(_DIGRAPH_H)


def _best_abjad_similarity(
    a: str,
    b: str,
    a_alts: Sequence[str],
    b_alts: Sequence[str],
    skeletons: bool = False,
    finals: tuple[bool, bool] = (True, True),
    seam: int | None = None,
) -> tuple[float, bool]:
    """The best :func:`abjad_similarity` of two tokens, each also read as its alternatives say.

    ``finals``: whether each side's last "h" may be left out; ``seam``: where the second of two
    words glued starts in ``a`` (see :func:`abjad_similarity`; not for ``a_alts``).
    """
    best = abjad_similarity(a, b, skeletons, *finals, seam)
    for x in a_alts:
        best = max(best, abjad_similarity(x, b, skeletons, *finals))
        for y in b_alts:
            # "القذافي" / "Gaddafi": ذ as d, g as ق
            best = max(best, abjad_similarity(x, y, skeletons, *finals))
    for y in b_alts:
        best = max(best, abjad_similarity(a, y, skeletons, *finals, seam))
    return best


#: A final "h" may be anyascii's ta marbuta (ة), which is said "t" before the next word of a phrase
#: and is written so in Latin ("جبهة النصرة", Jabhat al-Nusra; "هيئة تحرير الشام", Hay'at Tahrir
#: al-Sham; "حركة", Harakat), as in names from it (Izzat, Nusratullah). anyascii writes ه "h" too,
#: and "kh", "gh", "dh", "zh" may be a letter before either; not "sh" and "th" (ش and ث end many
#: names: Darwish, Harith), which would read as common Latin endings.
_TA_MARBUTA = re.compile(r"(?<=[^st])h$")


@lru_cache(maxsize=1 << 14)
def abjad_alternatives(token: str) -> tuple[str, ...]:
    """Other skeletons of one token of a name in an abjad, as Latin spellings may read its letters.

    anyascii writes ذ and ظ "dh", as Latin spellings often do ("Dhahabi"), but as often they
    write "z" ("al-Zawahiri", "Nazir"), or "d" where they are said so ("Gaddafi"); "dh" is also
    د before ه ("Adham"). It writes the Persian ژ "zh", which Latin spellings often write "j"
    ("Ahmadinejad"); "zh" is also ز before ه ("Zahra"). And و before a vowel letter or at the
    start is a consonant, "v" in Persian names ("Javad", "Mousavi", "Vahid") and "w" in Arabic
    ones ("Zawahiri"), which the skeleton drops as a vowel; anyascii leaves out the alif, so a و
    before one looks like a vowel too ("جواد" is "jwd"): every و is also read as "v". The
    token's own skeleton is compared too: folding "dh" on both sides instead made "Madhi" a
    skeleton of "Musavi". A final "h" is also read "t" (see :data:`_TA_MARBUTA`), and غ, "gh", the
    g of a name from another language (:data:`FOREIGN_G`).
    """
    if not token.isalpha():
        return ()
    folded = token.replace("dh", "z").replace("zh", "j")
    readings = (
        folded,
        _CONSONANT_W.sub("v", folded),
        folded.replace("w", "v"),
        token.replace("dh", "d"),
        # ث, "th", is said "s" in Persian, Urdu and Pashto names: Ghiyas, Sanaullah, Haris.
        folded.replace("th", "s"),
        token.replace("dh", "z"),  # ظ before ه: "مظهری", Mazhari (folding "zh" too made it "mjry")
        # Arabic has no letter for g: names from other languages write it غ, "gh" (Sergei سيرغي,
        # Gennady غينادي, Prigozhin بريغوجين). Read as a mark only a Latin g matches (see
        # latin_alternatives): the skeleton folds g with j, which is ج (غسان is no "Jason").
        folded.replace("gh", FOREIGN_G),
    )
    if _TA_MARBUTA.search(token):
        readings += (token[:-1] + "t",)
    return tuple(sorted({skeleton(r) for r in readings} - {skeleton(token)}))


def tz_as_one_letter(token: str) -> tuple[str, ...]:
    """A Latin token with its "tz" written "z", as Hebrew writes it with one letter, צ ("Yitzhak",
    יצחק; ICU writes צ "z"); () for a token with no "tz", or several. The score bound, which reads
    every abjad as Arabic script, reads every Latin token so too (see bound._abjad_readings)."""
    return (token.replace("tz", "z"),) if token.count("tz") == 1 else ()


def as_hebrew_letters(token: str) -> tuple[str, ...]:
    """A Latin token as ICU reads the Hebrew letters that write its "kh" and "sh": ח "h", as Hebrew
    writes the kh of names from Arabic and Persian ("Khaled" / חאלד, "Khamenei" / חמינאי), and ש
    "s" ("Mashal" / משעל); () for a token with neither. The score bound reads every Latin token so
    too (see bound._abjad_readings)."""
    if "kh" not in token and "sh" not in token:
        return ()
    return (token.replace("kh", "h").replace("sh", "s"),)


#: غ read as the g of a name from another language (see abjad_alternatives): a letter no skeleton
#: has otherwise (tokens are lower case), matched by the g of a Latin token only.
FOREIGN_G = "G"
_LATIN_G = re.compile(r"g(?!h)")

#: French spellings of Arabic letters (Algeria, Tunisia, Morocco, the Sahel): "dj" ج, "ch" ش (not
#: the English ch, nor the German one, خ), "c" before e, i or y ص or س. "ou" (و) needs no
#: reading: the skeleton drops vowels and w alike.
_FRENCH_ARABIC = re.compile(r"dj|ch|c(?=[eiy])")
_FRENCH_ARABIC_SOUNDS = {"dj": "j", "ch": "sh", "c": "s"}


@lru_cache(maxsize=1 << 14)
def hebrew_alternatives(token: str) -> tuple[str, ...]:
    """Other skeletons of one token of a name in Hebrew letters: ו also read as the consonant "v"
    (see :func:`abjad_alternatives`), but none of the readings of Arabic letters Hebrew does not
    have (ذ, ظ, ث, ژ, غ, ة): its "dh" and "zh" are two letters, ד or ז before ה ("דהן" is Dahan,
    no "Yaseen"; "זהבי" is Zehavi, no "Shafi"), and ג׳, its j, is read "j" before this; and פ also
    read "f", צ׳ as ض (see :func:`other_hebrew_sounds`).

    Only readings the Arabic-script reading of the token also gives (folded further), and those
    of :func:`other_hebrew_sounds`, which the bound adds: the score bound reads every abjad token
    as Arabic, and a reading it lacks could score above it.
    """
    if not token.isalpha():
        return ()
    arabic = {skeleton(token), *abjad_alternatives(token)}
    readings = {_CONSONANT_W.sub("v", token), token.replace("w", "v")}
    own = skeleton(token, hebrew=True)
    skeletons = {skeleton(r, hebrew=True) for r in readings if skeleton(r) in arabic}
    skeletons.update(skeleton(r, hebrew=True) for r in other_hebrew_sounds(token))
    return tuple(sorted(skeletons - {own}))


#: How Latin spellings write ض: "d" (Ramadan), "dh" (North African ones: Romdhane), "z" (Persian,
#: Urdu and Pashto ones: Fazl), as the readings of the Arabic script's "dh" do (abjad_alternatives).
_DAD_SOUNDS = ("d", "dh", "z")


def other_hebrew_sounds(token: str) -> tuple[str, ...]:
    """A token of a name in Hebrew letters with the other sounds of two of its letters: "p" read
    "f", as ICU reads פ and ף "p", and unpointed Hebrew writes p and f with that one letter
    ("מצטפא", Mustafa; "יוסף", Yusuf); "ch" (צ׳, see names.transliterate.spell_hebrew_geresh) read
    as Latin spellings write the ض of Arabic names, which Hebrew writes so ("פאצ׳ל", Fadil;
    "רמצ׳אן", Ramadan; :data:`_DAD_SOUNDS`), not first in the word, where צ׳ is far more often the
    ch of another language's name (Chemezov, Cheng); () for a token with neither.
    The score bound reads every abjad token so too (see bound._abjad_readings), and reads them as
    Arabic script otherwise."""
    readings = {token, token.replace("p", "f")}
    if "ch" in token[1:]:
        readings |= {r[0] + r[1:].replace("ch", sound) for r in readings for sound in _DAD_SOUNDS}
    return tuple(sorted(readings - {token}))


@lru_cache(maxsize=1 << 14)
def latin_alternatives(token: str, hebrew: bool = False) -> tuple[str, ...]:
    """Other skeletons of a Latin token, as the name may be written in an abjad.

    Persian romanisations write ق "gh" where Arabic-style ones and anyascii write "q"
    (Ghalibaf / قالیباف, Bagher / باقر), and spellings of Libyan and Gulf names "g" (Gaddafi /
    القذافي; see :func:`_uvular_variant`): "gh" and "g" are also read as "q", "dh" as "d".
    North African names are written in French conventions (see :data:`_FRENCH_ARABIC`): the
    token is also read back from them ("Djermane" / جرمان, "Akkacha" / عكاشة, "Lounici" /
    لونيسي, "Belgacem" / بلقاسم, with "g" as ق too). Russian and other European names are written
    in Arabic script with ج for "zh" (Prigozhin / بريغوجين, Zhukov / جوكوف), تش for "ch" (Sechin /
    سيتشين) and غ for "g" (Sergei / سيرغي, read as :data:`FOREIGN_G`). An "x" is written with two
    letters, "ks" (Alexander / ألكسندر, אלכסנדר). ``hebrew``: against a name in Hebrew letters,
    skeletons are folded as :func:`skeleton` folds them for Hebrew, g kept apart from j: a Latin g
    is read as written (ג) or as the ج of Egyptian spellings ("Gamal", which Hebrew writes ג׳מאל),
    not as غ or ق, which Hebrew does not write with ג; and "tz" is also read as the one letter it
    writes, צ (Yitzhak / יצחק, Katz / כץ), and "kh" and "sh" as ICU reads ח and ש (see
    :func:`as_hebrew_letters`).
    """
    if not token.isalpha():
        return ()
    readings = {token, token.replace("zh", "j"), token.replace("ch", "tsh"), token.replace("x", "ks")}
    if hebrew:
        readings.add(_LATIN_G.sub("j", token))
        readings.update(tz_as_one_letter(token))
        readings.update(as_hebrew_letters(token))
    else:
        readings |= {_LATIN_G.sub(FOREIGN_G, r) for r in readings if "g" in r}  # g as غ
    french = _FRENCH_ARABIC.sub(lambda m: _FRENCH_ARABIC_SOUNDS[m.group(0)], token)
    readings.add(french)
    if not hebrew:
        readings |= {uvular_fold(r) for r in readings if "g" in r or "dh" in r}
    return tuple(sorted({skeleton(r, hebrew) for r in readings} - {skeleton(token, hebrew)}))


def merge_pairs(
    qt: tuple[str, ...],
    ct: tuple[str, ...],
    q_exact: set[int],
    c_exact: set[int],
    person: bool,
    pinyin: bool = False,
    korean: bool = False,
) -> list[tuple[float, bool, tuple, tuple]]:
    """Glued and split words: two neighbouring tokens written as one on the other side.

    Only tokens without an identical partner (``q_exact``, ``c_exact``) can be such
    a pair, and only variants count. ``pinyin``: both names read as pinyin, and a given name
    split on one side ("jun xiong", 俊雄) with a syllable changed on the other ("yanxiong") is
    another given name, as when both are glued (see :func:`_syllable_changed`). ``korean``: both
    names are shaped as Korean ones, and the glued word must be the split words' syllables (see
    names.korean.glued_as: "Eunjeong" is no "EUN SONG"). (Names with a side in an abjad:
    :func:`_abjad_merge_pairs`.)
    """
    pairs = []
    for left, right, flip, left_exact, right_exact in (
        (qt, ct, False, q_exact, c_exact),
        (ct, qt, True, c_exact, q_exact),
    ):
        for i in range(len(left) - 1):
            if i in left_exact or i + 1 in left_exact:
                continue
            merged = left[i] + left[i + 1]
            for j, b in enumerate(right):
                if j in right_exact or abs(len(b) - len(merged)) > 2:
                    continue
                score, variant = token_similarity(merged, b, person=person)
                if not variant or (pinyin and _syllable_changed(merged, b)):
                    continue
                if korean and not glued_as(b, left[i], left[i + 1]):
                    continue
                pair = ((i, i + 1), (j,)) if not flip else ((j,), (i, i + 1))
                pairs.append((score, True, *pair))
    return pairs


def _abjad_merge_pairs(
    query: NameForm,
    candidate: NameForm,
    q_exact: set[int],
    c_exact: set[int],
    hebrew: bool,
    person: bool,
    starts: tuple[str | None, ...] | None,
    written: tuple[str, ...] | None,
) -> list[tuple[float, bool, tuple, tuple]]:
    """:func:`merge_pairs` for names with a side in an abjad (see :func:`_abjad_glued_pair`;
    ``hebrew``: that side is in Hebrew letters, the other in Latin ones; ``person``: a person's
    names). When only one side is, ``starts`` and ``written`` are its tokens' starts and written
    forms (:func:`abjad_token_starts`, :func:`abjad_token_written`): the first word of the glued
    two and the one word start alike (see :func:`starts_agree`)."""
    pairs = []
    for left, right, flip, left_exact, right_exact in (
        (query, candidate, False, q_exact, c_exact),
        (candidate, query, True, c_exact, q_exact),
    ):
        fold = left.abjad != right.abjad
        # The two glued words with their long vowels, when only they are in an abjad. Not one word
        # of an abjad against two Latin ones: it may be two written solid, an alif the second one's
        # first letter ("غلاماسحاق", Ghulam Ishaq).
        left_written = written if fold and left.abjad else None
        for i in range(len(left.tokens) - 1):
            if i in left_exact or i + 1 in left_exact:
                continue
            x, y = left.tokens[i], left.tokens[i + 1]
            x_length, x_lengths = _reading_lengths(x, left.abjad, fold, hebrew)
            y_length, y_lengths = _reading_lengths(y, left.abjad, fold, hebrew)
            glued_length = x_length + y_length
            near = {a + b + d for a in x_lengths for b in y_lengths for d in (-1, 0, 1)}
            for j, b in enumerate(right.tokens):
                if j in right_exact:
                    continue
                b_length, b_lengths = _reading_lengths(b, right.abjad, fold, hebrew)
                if abs(b_length - glued_length) > 2 or near.isdisjoint(b_lengths):
                    # Quicker than the comparison: a variant is one letter away at most.
                    continue
                written = left_written[i] + left_written[i + 1] if left_written else None
                score, variant = _abjad_glued_pair(x, y, b, left.abjad, right.abjad, hebrew, written)
                if variant and starts is not None:
                    start, abjad_token, latin_token = (starts[i], x, b) if left.abjad else (starts[j], b, x)
                    variant = starts_agree(start, latin_token, abjad_token, person, hebrew)
                if variant:
                    pair = ((i, i + 1), (j,)) if not flip else ((j,), (i, i + 1))
                    pairs.append((score, True, *pair))
    return pairs


@lru_cache(maxsize=1 << 16)
def _reading_lengths(token: str, abjad: bool, fold: bool, hebrew: bool) -> tuple[int, frozenset[int]]:
    """The length of a token as :func:`_abjad_reading` reads it, and those of all its readings."""
    reading, alternatives = _abjad_reading(token, abjad, fold, hebrew)
    return len(reading), frozenset(map(len, (reading, *alternatives)))


@lru_cache(maxsize=1 << 17)
def _abjad_glued_pair(
    x: str,
    y: str,
    other: str,
    glued_abjad: bool,
    other_abjad: bool,
    hebrew: bool,
    written: str | None = None,
) -> tuple[float, bool]:
    """(score, is_variant) of two neighbouring tokens ``x y`` written as one against ``other``.

    Compared as :func:`_abjad_pair` compares tokens (each glued reading of the two, with
    their alternatives), a letter changed only where they join (see :func:`_edited_at`); not a
    variant when a long vowel of the abjad side (``written``: as :func:`abjad_token_written`
    gives it, when only one side is in an abjad) is missing on the Latin side.
    (:func:`_abjad_merge_pairs` asks only for pairs whose lengths may make one.)
    """
    fold = glued_abjad != other_abjad
    xs, x_alternatives = _abjad_reading(x, glued_abjad, fold, hebrew)
    ys, y_alternatives = _abjad_reading(y, glued_abjad, fold, hebrew)
    b, b_alternatives = _abjad_reading(other, other_abjad, fold, hebrew)
    score, variant = max(
        _best_abjad_similarity(p + q, b, (), b_alternatives, seam=len(p))
        for p in (xs, *x_alternatives)
        for q in (ys, *y_alternatives)
    )
    if not variant and fold and glued_abjad and not hebrew:
        # A letter that ends the first word and starts the second, which the Latin spelling
        # writes twice with a vowel between ("أبو بكر", "b" + "bkr", is "Abubakar"), whose
        # skeleton writes the two as one ("bkr", as if "Abu" were not there). One such letter,
        # scored as the shorter skeleton: within the score bound's one edit. Not in Hebrew letters,
        # whose skeletons keep g and j apart where the bound, reading Arabic script, folds them.
        apart, written = skeleton_keeping_doubles(other, hebrew), skeleton(other, hebrew)
        glued = {p + q for p in (xs, *x_alternatives) for q in (ys, *y_alternatives) if p[-1:] == q[:1]}
        if len(apart) == len(written) + 1 >= 3 and apart in glued:
            score, variant = _SKELETON_SCORES[min(len(written), 3)], True
    if variant and fold:
        abjad_word, latin_word = (x + y, other) if glued_abjad else (other, x + y)
        variant = written_letters_agree(written or abjad_word, latin_word)
    return score, variant


def _syllables_differ(a: str, b: str) -> bool:
    """True for two pinyin words of different numbers of syllables ("liu" / "liwu", "yong" / "yongan").

    In a romanised Chinese name each syllable is a name part: a one-syllable given name
    and a two-syllable one written as one word name two people, however alike they look.
    """
    count_a, count_b = pinyin_syllable_count(a), pinyin_syllable_count(b)
    return count_a > 0 and count_b > 0 and count_a != count_b


def _other_characters(a: str, b: str, syllabic: bool, pinyin: bool, korean: bool = False) -> bool:
    """True when two pinyin words of a Chinese name are other characters, not one misspelt, or two
    words of names shaped as Korean ones (``korean``) other syllables (names.korean.other_syllables)
    or a given name of two syllables and one of them (names.korean.syllable_added).

    ``syllabic``: a side is a romanised Chinese name (:func:`_syllables_differ`, :func:`_two_syllables`);
    ``pinyin``: every token of both names reads as pinyin (:func:`_syllable_changed`).
    """
    if syllabic and (_syllables_differ(a, b) or _two_syllables(a, b)):
        return True
    if pinyin and _syllable_changed(a, b):
        return True
    return korean and (other_syllables(a, b) or syllable_added(a, b))


def _as_characters(
    query: NameForm, candidate: NameForm, pairs: list[tuple[float, bool, tuple, tuple]]
) -> list[tuple[float, bool, tuple, tuple]]:
    """The token pairs of a comparison with a name in characters read in Cantonese (NameForm.syllables).

    Each token of such a reading is a character, and the character's other spellings are other
    readings: a pair is a variant only when identical, or written with and without a mark of its
    vowel ("wa" / "Wah", names.cantonese.without_vowel_marks; scored as a slip of those letters);
    any other is another character, a conflict of at most SYLLABLE_CREDIT_MAX ("Chiu" / "Chin",
    "Tang" / "Tsang"). The family name (the reading's first character, or first two of four) is
    never written glued to another character ("朱志", "chu chi", is no "CHUCHI"), and pairs only
    with the other name's family name when that name says which it is ("韦磊明", "wai lui ming",
    is no "LUI, Wai Ming"): other pairs are left out.
    """
    kept = []
    for pair in pairs:
        score, variant, q_side, c_side = pair
        if (query.syllables and not _character_pair(query, candidate, q_side, c_side)) or (
            candidate.syllables and not _character_pair(candidate, query, c_side, q_side)
        ):
            continue
        if score < 1.0:
            q_text = "".join(query.tokens[i] for i in q_side)
            c_text = "".join(candidate.tokens[j] for j in c_side)
            if without_vowel_marks(q_text) == without_vowel_marks(c_text):
                # One spelling, with a mark of its vowel or without: a variant, scored as the letters
                # it differs by would score as a slip (what the score bound allows it).
                score, variant = max(score, 1.0 - EDIT_COST * OSA.distance(q_text, c_text)), True
            else:
                score, variant = min(score, SYLLABLE_CREDIT_MAX), False
        kept.append((score, variant, q_side, c_side))
    return kept


def _character_pair(reading: NameForm, other: NameForm, mine: tuple, theirs: tuple) -> bool:
    """Whether tokens ``mine`` of a name read in Cantonese may pair with tokens ``theirs`` of the other
    name (see _as_characters)."""
    if len(mine) > 1 and 0 in mine:
        return False  # the family name glued to another character
    if not any(other.family):
        return True  # the other name does not say which part is its family name
    family = _family_characters(reading)
    with_family = all(other.family[j] for j in theirs)
    if len(mine) == 1 and mine[0] < family:
        return with_family  # the family name with the family name only
    return not with_family or mine[0] < family  # a given name's character not with the family name


def _family_characters(reading: NameForm) -> int:
    """How many characters of a name read in Cantonese are its family name: two of four ("林鄭",
    "歐陽"), else one."""
    return 2 if len(reading.tokens) == 4 else 1


def _characters_reordered(query: NameForm, candidate: NameForm, paired: list[tuple[int, int]]) -> bool:
    """True when the given name's characters of a name read in Cantonese have partners in another
    order ("劉偉志", "lau wai chi", is no "LAU, Chi Wai": 偉志 is not 志偉). ``paired`` holds the
    aligned pairs (query index, candidate index); the family name is left out."""
    flip = not query.syllables
    reading, other = (candidate, query) if flip else (query, candidate)
    given_from = _family_characters(reading)
    order = []
    for i, j in paired:
        mine, theirs = (j, i) if flip else (i, j)
        if mine >= given_from and not other.family[theirs]:
            order.append((mine, theirs))
    return words_out_of_order(order) > 0


def _spelt_in_cantonese(form: NameForm) -> bool:
    """True when every token of a name is one or two characters as Hong Kong spells them."""
    return all(map(is_cantonese_spelt, form.tokens))


def _two_syllables(a: str, b: str) -> bool:
    """True for two different pinyin syllables (each a character: "zheng" / "zhang", "huang" / "hu")."""
    return a != b and is_pinyin_syllable(a) and is_pinyin_syllable(b)


def _syllable_changed(a: str, b: str) -> bool:
    """True for two pinyin words of two or more syllables, as many on each side, one of which is
    another syllable, not a slip of it ("xiaohong" / "xiaoming": hong / ming; "jinfeng" / "jicheng").

    Each syllable of a Chinese given name is a character: one changed character names
    someone else, as in a name written in characters (see :func:`logographic_similarity`).
    A syllable one edit from the other's ("xiaoming" / "xiaomeng") may be a typo and stays a variant.
    """
    syllables_a, syllables_b = pinyin_syllables(a), pinyin_syllables(b)
    if len(syllables_a) < 2 or len(syllables_a) != len(syllables_b):
        return False
    return any(OSA.distance(x, y, score_cutoff=2) >= 2 for x, y in zip(syllables_a, syllables_b, strict=True))


@lru_cache(maxsize=1 << 16)
def reads_as_pinyin(tokens: tuple[str, ...]) -> bool:
    """True when every token of a name reads as glued pinyin syllables ("zhang xiaoming")."""
    return all(pinyin_syllable_count(t) > 0 for t in tokens)


@lru_cache(maxsize=1 << 16)
def syllable_name(tokens: tuple[str, ...]) -> bool:
    """True for a name of two or more tokens, each one Chinese or Korean syllable ("jang bom su")."""
    return len(tokens) >= 2 and all(map(_romanised_syllable, tokens))


@lru_cache(maxsize=1 << 16)
def is_syllabic(tokens: tuple[str, ...]) -> bool:
    """True for a romanised Chinese name: two or more tokens, each a pinyin syllable ("wang wen chou")."""
    return len(tokens) >= 2 and all(is_pinyin_syllable(t) for t in tokens)


def _crosses_patronymic(
    qt: tuple[str, ...], ct: tuple[str, ...], order: list[tuple[int, int]], paired: list[tuple[int, int]]
) -> bool:
    """True when names matched across a "son of" particle: "Salman bin Muhammad" is not "Muhammad bin Salman".

    Person names are otherwise order-insensitive, but the particles fix who is whose son
    (or daughter): each name part has a generation, the number of particles before it, and
    two or more matched parts (``order``) of different generations on the two sides name other
    people. A token paired with a particle (any pair in ``paired``, a conflict too) is one too,
    misspelt ("Tarek Bnee Habib ben ...", "... Taher Beb Faleh ...").
    """
    q_particles = {i for i, t in enumerate(qt) if t in PATRONYMIC_PARTICLES}
    c_particles = {j for j, t in enumerate(ct) if t in PATRONYMIC_PARTICLES}
    if not q_particles or not c_particles:
        return False
    for i, j in paired:
        if i in q_particles or j in c_particles:
            q_particles.add(i)
            c_particles.add(j)
    crossed = 0
    for i, j in order:
        if i in q_particles:
            continue
        if sum(1 for p in q_particles if p < i) != sum(1 for p in c_particles if p < j):
            crossed += 1
    return crossed >= 2


def _generations(tokens: tuple[str, ...]) -> list[int]:
    """Per token, how many "son of" particles stand before it (see _crosses_patronymic).

    A particle misspelt by one letter counts ("oulld", "beb"): the generations only order equal
    pairs, and a slip in a particle must not send the words after it to another generation.
    """
    generations = []
    count = 0
    for token in tokens:
        generations.append(count)
        count += _particle_like(token)
    return generations


def one_particle(a: str, b: str) -> bool:
    """True for two "son of" particles: one word transliterated or written in two languages (bin /
    ibn / ben; ولد, "wld", / "bin"; "ould" / بن)."""
    return a in PATRONYMIC_PARTICLES and b in PATRONYMIC_PARTICLES


#: The particles a slip is looked for in (not "walad": one letter from the name Walid).
_SHORT_PARTICLES = ("bin", "ibn", "ben", "bint", "ould")


@lru_cache(maxsize=1 << 12)
def _particle_like(token: str) -> bool:
    """A "son of" particle, or one letter from one of the short ones (bin, ibn, ben, bint, ould)."""
    if token in PATRONYMIC_PARTICLES:
        return True
    return 3 <= len(token) <= 5 and any(OSA.distance(token, p) == 1 for p in _SHORT_PARTICLES)


def words_out_of_order(order: list[tuple[int, int]]) -> int:
    """How many matched words must move for both names to have them in one order.

    ``order`` holds (query position, candidate position) of matched words. The words that
    keep their order are a longest increasing run of candidate positions: "C.B.A." against
    "A.B.C." has two words out of order, and one word moved from the end of a name to its
    front ("Instruments Mitishinskiy Scientific Research Institute") one, however long the name.
    """
    tails: list[int] = []  # patience sorting: tails[k] is the least end of an increasing run of k + 1
    for _, position in sorted(order):
        k = bisect_left(tails, position)
        if k == len(tails):
            tails.append(position)
        else:
            tails[k] = position
    return len(order) - len(tails)


def _pair_order(
    ranked: tuple[bool, float, float, tuple, tuple], generations: tuple[list[int], list[int]] | None
) -> tuple:
    """Sort key of a ranked pair (variant, rank, score, query indexes, candidate indexes).

    With ``generations`` (per token of each side, see :func:`_generations`), equal pairs of one
    generation come first: a word a name has twice ("... OULD MUHAMMAD AL-HUSAYN OULD MUHAMMAD")
    pairs with its occurrence on the same side of the particles (see :func:`_crosses_patronymic`).
    """
    variant, rank, _score, qi, ci = ranked
    apart = generations is not None and generations[0][qi[0]] != generations[1][ci[0]]
    return (not variant, -rank, apart, qi, ci)


def _hangul_checked(
    pairs: list[tuple[float, bool, tuple, tuple]], query: NameForm, candidate: NameForm
) -> tuple[list[tuple[float, bool, tuple, tuple]], set[tuple[tuple, tuple]]]:
    """The pairs scored by the syllables of the side written in Hangul, and those made conflicts.

    A person name written in Hangul (on one side only) says which syllables it has: "정수 김" is
    Jeong-su, Jong Su or Chung Soo, not "Yong Su" (영수), one letter away. A pair of a Hangul-read
    word (or two) and Latin words whose letters no convention writes for the syllables that word
    was read from (:func:`embargo.names.korean.spells`) is another syllable: a conflict of at most
    HANGUL_SYLLABLE_CREDIT ("sun" / "un" for 순 and 은 too), never a slip of the whole name. When
    the query is the Hangul side, a pair that such a convention spells is a variant of at least
    PHONETIC_SCORE (이 is "Ri" in the North and "Lee", "Yi" in the South; the bound leaves such
    queries to full scoring). A word of the Hangul side that reads no Hangul of the name (a Latin
    part of it) is compared as before. A name in Chinese characters read in Korean
    (NameForm.hanja) is such a side, each word the syllable of its character; raised so only
    against a name of :func:`shaped_korean_glued` (which the score bound leaves to full scoring for
    it): against the others, the symbols its words share with theirs raise them (see _pairs), as
    the bound knows.
    """
    hangul_is_query = _written_in_syllables(query)
    hangul_form, latin_form = (query, candidate) if hangul_is_query else (candidate, query)
    checked = []
    other_hangul: set[tuple[tuple, tuple]] = set()
    for score, variant, qi, ci in pairs:
        if score < 1.0:
            hangul_indexes, latin_indexes = (qi, ci) if hangul_is_query else (ci, qi)
            sources = [_syllables_of(hangul_form, i) for i in hangul_indexes]
            latin = "".join(latin_form.tokens[j] for j in latin_indexes)
            if all(sources) and latin.isalpha():
                if any(spells("".join(run), latin) for run in product(*sources)):
                    if hangul_is_query and (not hangul_form.hanja or shaped_korean_glued(latin_form)):
                        score, variant = max(score, PHONETIC_SCORE), True
                else:
                    score, variant = min(score, HANGUL_SYLLABLE_CREDIT), False
                    other_hangul.add((qi, ci))
        checked.append((score, variant, qi, ci))
    return checked, other_hangul


def shaped_korean_glued(form: NameForm) -> bool:
    """True for a person's name with Korean syllables (symbols) in some words but not all: a Korean
    name with a word of several syllables, which has none ("PAEK, Chang-Ho": "changho"), whose
    spelling only tells which syllables it may be; also a name of other words, some of which spell a
    syllable ("al" of "SADDAM HUSSEIN AL-TIKRITI")."""
    return form.tag == PER and any(form.symbols) and not all(form.symbols)


def _written_in_syllables(form: NameForm) -> bool:
    """True for a person name that says which Korean syllables it has: written in Hangul, or in
    Chinese characters read in Korean (NameForm.hanja)."""
    return form.hanja or has_hangul(form.original)


def _syllables_of(form: NameForm, index: int) -> frozenset[str]:
    """The Hangul syllables a token of a name of :func:`_written_in_syllables` was read from: the
    runs of its Hangul that the token spells, or the one syllable of a character read in Korean."""
    if form.hanja:
        return frozenset({form.symbols[index]})
    return hangul_sources(form.original, form.tokens[index])


def _korean_syllables_left(form: NameForm, index: int) -> bool:
    """True when a token left without a partner is syllables of a Korean name.

    On the side written in Hangul (or in characters read in Korean), a token read from its
    syllables; on the Latin side, a romanised Korean syllable in a name of Chinese and Korean
    syllables only ("JANG YONG SON").
    """
    if _written_in_syllables(form):
        return bool(_syllables_of(form, index))
    return is_korean_syllable(form.tokens[index]) and syllable_name(form.tokens)


def _hangul_syllables_reordered(query: NameForm, candidate: NameForm, paired: list[tuple[int, int]]) -> bool:
    """True when the syllables of a word written in Hangul have partners in another order.

    Hangul writes a given name's syllables in their order: "은정" (Eun-jeong) is no "JONG UN"
    (정은), whatever the order of the Latin side's words. ``paired`` holds the aligned pairs
    (query index, candidate index). Left out: a listed family name (its place moves with the
    convention, "KIM, Jong Un") and a one-syllable word of its own (the family name written
    after the given name, "은정 김").
    """
    flip = not _written_in_syllables(query)
    hangul, latin = (candidate, query) if flip else (query, candidate)
    alone = {word for word in hangul_words(hangul.original) if len(word) == 1}  # none in characters
    order = []
    for i, j in paired:
        h, other = (j, i) if flip else (i, j)
        # Of a name in characters read in Korean, the family name is its first word.
        if latin.family[other] or (hangul.hanja and h == 0) or _syllables_of(hangul, h) & alone:
            continue
        order.append((h, other))
    return words_out_of_order(order) > 0


def _other_sex(qt: tuple[str, ...], ct: tuple[str, ...], differing: list[tuple[int, int]]) -> bool:
    """True when OTHER_SEX_MIN_PARTS or more aligned parts are the other sex's forms, all one way.

    ``differing`` holds the aligned pairs (query index, candidate index) of one token each that
    are not identical; "Aleksandra Petrova" / "PETROV, Aleksandr" has two feminine forms of the
    listed masculine ones. A pair the other way round ("Aleksandra Petrov" / "PETROVA, Aleksandr")
    is no family pattern and leaves the name to the other rules.
    """
    directions = [gender_direction(qt[i], ct[j]) for i, j in differing]
    feminine, masculine = directions.count(1), directions.count(-1)
    return (feminine >= OTHER_SEX_MIN_PARTS and not masculine) or (
        masculine >= OTHER_SEX_MIN_PARTS and not feminine
    )


def _another_family(query: NameForm, i: int) -> bool:
    """True when the query's part ``i``, left without a partner, is its family name, the listed
    name's family name having a partner among the query's given names (the caller's test): another
    family.

    A query written without a comma and given names first (the listed family name paired with a
    query part after the first, or in a word that writes a given name and it together,
    "Muhammadali") ends with its family name, here when that part is written
    as one (:func:`embargo.names.gendered.written_as_family_name`: "Muhammadali Islomov" is no
    "'ALI, Muhammad"). Not a Hispanic second family name, as often left out of a list ("Jesus
    Guzman Villanueva" / "GUZMAN, Jesus"), nor a query written family name first ("Sedov Aleksei
    Ivanov" / "SEDOV, Aleksei": a Bulgarian patronymic).
    """
    return (
        i == len(query.tokens) - 1
        and not any(query.family)
        and query.kinds[i] == NAME
        and written_as_family_name(query.tokens[i])
    )


def _compound_family_named(family: tuple[bool, ...], exact: set[int], spelled: set[int]) -> bool:
    """True when a name of two or more family parts has one of them matched exactly and a given name
    matched exactly or as one name romanised two ways (``spelled``: see :func:`_spelled_pairs`).

    A family part spelt otherwise is no such evidence: with the other family name left out, "Lopes"
    and "Lopez", "Flórez" and "Flores" are the names of other families ("Felipe Lopes" / "VERA
    LOPEZ, Felipe" alerted, 0.82, in a first version).
    """
    if sum(family) < 2:
        return False
    return any(family[i] for i in exact) and any(not family[i] for i in exact | spelled)


def _spelled_pairs(
    query: NameForm, candidate: NameForm, near_pairs: list[tuple[int, int]]
) -> tuple[set[int], set[int]]:
    """The tokens of each side in variant pairs that are one name romanised two ways
    (:func:`_one_romanised_word`: "Tarek" / "TARECK", "Nikolas" / "NICOLAS", "Sergiy" / "SERGII").

    Not the other variants, initials or letter slips ("J" / "JOAQUIN", "Mapuro" / "MADURO"), nor
    names of one sound and other letters ("Elena" / "ELIANA", "Danilo" / "DANIEL", "Hamdi" /
    "HAMID", "Margo" / "MARCO"): in a second version, which took every variant of one sound, such
    given names made Hispanic namesakes alert.
    """
    spelled = [
        (i, j) for i, j in near_pairs if _one_romanised_word(query.tokens[i], candidate.tokens[j], True)
    ]
    return {i for i, _ in spelled}, {j for _, j in spelled}


@dataclass(slots=True)
class _Conflict:
    """An aligned pair of different tokens: its indexes, credit, weight, penalty and line of explanation."""

    q: tuple[int, ...]
    c: tuple[int, ...]
    score: float
    weight: float
    penalty: float
    line: int


#: First letters that romanisations write for one consonant, not another first letter for
#: SHORT_WORD_FACTOR: those of Korean (and Wade-Giles of Chinese), voiced or not ("Baek" / "PAEK",
#: "Gim" / "KIM"), and the g Egyptian spellings write for ج ("Al-Gihad" / "AL-JIHAD").
_ONE_CONSONANT_PAIRS = frozenset(
    {frozenset("bp"), frozenset("dt"), frozenset("gk"), frozenset("jc"), frozenset("gj")}
)
#: The letters a Latin spelling writes vowels with (see _spelling_habit).
_VOWEL_LETTERS = frozenset("aeiouy")
#: Kinds of tokens that name a party (see SHORT_WORD_FACTOR): not legal forms, generic or stop words.
_NAMING_KINDS = frozenset({NAME, INITIAL, NUMBER})


def _short_word_respelt(query: NameForm, candidate: NameForm, near_pairs: list[tuple[int, int]]) -> bool:
    """True when two organisation names are each named by one word, slips of a short word (SHORT_WORD_FACTOR).

    ``near_pairs``: the aligned variant pairs of one token each that are not identical.
    """
    if candidate.tag not in (ORG, ENT):
        return False
    named = [i for i, kind in enumerate(query.kinds) if kind in _NAMING_KINDS]
    listed = [j for j, kind in enumerate(candidate.kinds) if kind in _NAMING_KINDS]
    if len(named) != 1 or len(listed) != 1 or (named[0], listed[0]) not in near_pairs:
        return False
    word, partner = query.tokens[named[0]], candidate.tokens[listed[0]]
    if not is_letter_slip(word, partner, query.phonetic[named[0]], candidate.phonetic[listed[0]], False):
        return False
    # One word spelt two ways is no slip: a reading of one letter per sound in common ("Al-Aksa" /
    # "AL-AQSA", "Kakh" / "KACH", "Nadja" / "NAJA"), or a habit of transliterations. Otherwise the
    # letters as written count: "Dizdar" / "DISDA" keeps its two slips.
    if _reading_slips(word, partner) == 0:
        return False
    edits = OSA.distance(word, partner)
    if edits == 1 and _spelling_habit(word, partner):
        return False
    if edits == 1 and word[0] != partner[0]:
        if len(word) != len(partner) or _one_consonant_first(word, partner):
            # A first letter left out or put before is a spelling ("Al-Adid" / "AL-HADID"), as is
            # one sound written with another letter ("Baek" / "PAEK").
            return False
        if word[:2] != partner[1::-1]:
            edits = 2  # another first letter makes another word as two slips do ("Mach" / "KACH")
    return min(len(word), len(partner)) <= SHORT_WORD_LETTERS[min(edits, 2)]


def _spelling_habit(word: str, partner: str) -> bool:
    """True when two words one edit apart differ as transliterations do: by a vowel for another
    ("Hoda" / "HUDA", "Zein" / "ZAIN"), by a vowel put between two final consonants, as
    romanisations of Arabic do ("Badr" / "BADER", "Nasr" / "NASER"; not elsewhere: "Lara" /
    "LRA"), or by the final s of a plural ("Star" / "STARS")."""
    if len(word) == len(partner):
        changed = [(x, y) for x, y in zip(word, partner, strict=True) if x != y]
        return len(changed) == 1 and set(changed[0]) <= _VOWEL_LETTERS
    short, long_ = sorted((word, partner), key=len)
    if len(long_) != len(short) + 1 or len(short) < 3:
        return False
    vowel = len(long_) - 2
    return long_ == short + "s" or (
        long_[:vowel] + long_[vowel + 1 :] == short
        and long_[vowel] in _VOWEL_LETTERS
        and not _VOWEL_LETTERS.intersection(short[-2:])
    )


def _one_consonant_first(word: str, partner: str) -> bool:
    """True when two words open with one sound: first letters transliterations interchange (V/W,
    K/Q/C), one consonant in two romanisations (_ONE_CONSONANT_PAIRS), or one of the letters
    organisation names are romanised with ("Khan" / "HAN", see names.romanisation)."""
    word, partner = organisation_spelling(word), organisation_spelling(partner)
    return _first_letters_agree(word, partner) or frozenset((word[0], partner[0])) in _ONE_CONSONANT_PAIRS


def _letter_slips(
    query: NameForm, candidate: NameForm, near_pairs: list[tuple[int, int]]
) -> list[tuple[int, int]] | None:
    """The matched variant pairs of one token each (``near_pairs``) that are letter slips (see
    NO_IDENTICAL_PART_FACTOR): :func:`is_letter_slip`, not a known spelling of the name. None unless
    both names are written in Latin letters.
    """
    if not (written_in_latin(query.original) and written_in_latin(candidate.original)):
        return None
    return [
        (i, j)
        for i, j in near_pairs
        if is_letter_slip(query.tokens[i], candidate.tokens[j], query.phonetic[i], candidate.phonetic[j])
    ]


def legal_form_slips(query: NameForm, candidate: NameForm) -> list[tuple[int, int]]:
    """(query, candidate) token pairs of a word that leads or ends one name and is the legal form the
    other name writes at that end typed short: a letter after the first left out, or two
    neighbouring letters after the first swapped ("SSA" / "SAS", "GMB" / "GMBH", "EOD" / "EOOD").

    The form as the other name writes it there, one word (names.orgtypes.written_legal_words), not
    its compare form: "ssa" is "sas" typed short, not "llc". A letter put in or changed makes
    words ("Kohas Age" / "KOHAS AG", "Oak Sertal" / "OAO SERTAL", "Delta Door" / "DELTA DOO"), as
    does a word of two letters ("TV" / "TOV", "FC" / "FZC", "PA" / "PAO"); those are left to the
    screen's speller (names.orgtypes.LegalFormSpeller), which mends a slip without the other name
    where it can tell it from a name word. Both names have a name word besides.
    A name has one legal form: a word at one end of a name with a form at its other end is a name
    word, unless the other name has a form at both ends too ("Sara Sitar s.p." / "SARL SIDAR":
    Sara is no SARL).
    """
    found: list[tuple[int, int]] = []
    for form, other, flipped in ((query, candidate, False), (candidate, query, True)):
        last, other_last = len(form.tokens) - 1, len(other.tokens) - 1
        # Two letters are as often an abbreviation ("Era Media TV" / "ERA-MEDIA TOV").
        ends = [
            (i, j)
            for i, j in ((0, 0), (last, other_last))
            if form.kinds[i] == NAME and other.kinds[j] == LEGAL and len(form.tokens[i]) >= 3
        ]
        if not ends or NAME not in other.kinds or form.kinds.count(NAME) < 2:
            continue
        written = written_words(other.original)
        if len(written) != len(other.tokens):
            continue  # words and tokens one to one: a form of one word ("joint" is no form alone)
        for i, j in ends:
            edge = written[0] if j == 0 else written[-1]
            if not _typed_short(form.tokens[i], edge):
                continue
            if form.kinds[last - i] == LEGAL and other.kinds[other_last - j] != LEGAL:
                continue  # a name has one form: with one at its other end, this word is a name word
            if edge in written_legal_words(other.original):
                found.append((j, i) if flipped else (i, j))
    return found


def _typed_short(word: str, written: str) -> bool:
    """True when ``word`` is ``written`` with a letter after its first left out, or two neighbouring
    letters after its first swapped ("gmb" / "gmbh", "ssa" / "sas"): one edit, the first letter kept,
    and as many letters or one fewer (a swap keeps every letter)."""
    if word[0] != written[0] or OSA.distance(word, written) != 1:
        return False
    return len(word) == len(written) - 1 or (len(word) == len(written) and sorted(word) == sorted(written))


def _slipped_further(query: NameForm, candidate: NameForm, slipped: list[tuple[int, int]]) -> bool:
    """True when a pair of ``slipped`` (letter slips, and conflicts taken for typos of the name) is two
    slips or more apart (NO_IDENTICAL_PART_FURTHER_FACTOR), as written or on the words' readings of one
    letter per sound, the fewer: "Zakhartschenko" / "ZAKHARCHENKO" (tsch, ch) and "Said" / "SAEED"
    have none, "Segrei" / "SERGEY" (ei, ey) and "Cohe" / "CHOE" one.
    """
    return any(_slips_apart(query.tokens[i], candidate.tokens[j]) >= 2 for i, j in slipped)


def _reading_slips(a: str, b: str) -> int:
    """Letter slips between two words read one letter per sound (names.romanisation.sound_readings):
    0 for one word spelt two ways."""
    return min(OSA.distance(x, y) for x in sound_readings(a) for y in sound_readings(b))


def _slips_apart(a: str, b: str) -> int:
    """Letter slips between two words: as written or read one letter per sound, the fewer."""
    return min(_reading_slips(a, b), OSA.distance(a, b))


def name_typo_budget(query: NameForm, candidate: NameForm) -> int:
    """Edits the shorter of two names may carry in all as slips of one name (see NAME_LETTERS_PER_EDIT)."""
    letters = min(sum(map(len, query.tokens)), sum(map(len, candidate.tokens)))
    return letters // NAME_LETTERS_PER_EDIT


def name_typos(
    query: NameForm,
    candidate: NameForm,
    conflicts: list[_Conflict],
    syllabic: bool,
    pinyin: bool = False,
    context: tuple[int, bool] = (0, False),
) -> list[int] | None:
    """The edits of each conflicting pair when all of them are slips the name can carry, else None.

    A different token is taken for a misspelled one only in context, and never in a romanised
    Chinese name (each syllable is a name of its own: Kong/Kang, Liu/Liwu). The pair is one
    token on each side, not a number (a vessel's series) nor two pinyin syllables (as "Kong"
    and "Kang" in "Kong Hongmei" / "KANG, Hong-Mun"), starting alike, long enough to carry
    a typo on its own (Tim/Tom, Ti/Tim stay different names), at most NAME_TYPO_MAX_EDITS
    apart, and, when both names read as pinyin (``pinyin``), not another syllable of a given
    name (see :func:`_syllable_changed`); and the edits of all such pairs fit the name's budget,
    or there is one such pair, its two words not both romanised Korean or Chinese syllables, and
    ``context`` (the name or number parts paired identically, and whether one of them is rare)
    vouches for it: CONTEXT_IDENTICAL_PARTS such parts ("FU YAU YU 8683" / "FU YUAN YU 8683",
    "KIM CHOL NSMM" / "KIM CHOL NAM"), or a rare one beside a word of CONTEXT_RARE_LETTERS
    ("ANDRIC, Gpan" / "ANDRIC, Goran").
    """
    if syllabic:
        return None
    edits = []
    for conflict in conflicts:
        if len(conflict.q) != 1 or len(conflict.c) != 1:
            return None
        i, j = conflict.q[0], conflict.c[0]
        if NUMBER in (query.kinds[i], candidate.kinds[j]):
            return None
        a, b = query.tokens[i], candidate.tokens[j]
        if not _first_letters_agree(a, b):
            return None
        if typo_budget((len(a) + len(b)) / 2) == 0 or (is_pinyin_syllable(a) and is_pinyin_syllable(b)):
            return None
        if pinyin and _syllable_changed(a, b):
            return None
        distance = OSA.distance(a, b, score_cutoff=NAME_TYPO_MAX_EDITS + 1)
        if distance > NAME_TYPO_MAX_EDITS:
            return None
        edits.append(distance)
    if len(edits) == 1 and _vouched_slip(a, b, context):  # a, b: the one conflicting pair
        return edits
    return edits if sum(edits) <= name_typo_budget(query, candidate) else None


def _slip_context(query: NameForm, exact: set[int], rarity: Rarity) -> tuple[int, bool]:
    """The name or number parts of the query paired identically, and whether one is rare (see name_typos)."""
    identical = [i for i in exact if query.kinds[i] in (NAME, NUMBER)]
    return len(identical), any(
        query.kinds[i] == NAME and rarity(query.tokens[i]) >= CONTEXT_RARITY for i in identical
    )


def _vouched_slip(written: str, listed: str, context: tuple[int, bool]) -> bool:
    """Whether the parts paired identically beside the one conflicting pair vouch for it (see name_typos)."""
    identical, rare = context
    long_enough = len(written) + len(listed) >= 2 * CONTEXT_RARE_LETTERS
    return (identical >= CONTEXT_IDENTICAL_PARTS or (rare and long_enough)) and _non_word_slip(
        written, listed
    )


def _non_word_slip(written: str, listed: str) -> bool:
    """False when both tokens are romanised Korean or Chinese syllables: "NSMM" for "NAM" is a
    slip, "HUAN" for "HYON" another syllable, another name."""
    return not (_romanised_syllable(written) and _romanised_syllable(listed))


def _romanised_syllable(token: str) -> bool:
    """True for one syllable of a romanised Korean or Chinese name."""
    return is_korean_syllable(token) or is_pinyin_syllable(token)


def _lowest_shares(form: NameForm, shares: list[float], person: bool) -> list[float]:
    """The least share of its weight each token may add when left out (see compare_names).

    Against a person's name (``person``, whatever the type of this side's reading), a middle
    name may cost EXTRA_MIDDLE_WEIGHT, a part of a family name of several
    EXTRA_COMPOUND_FAMILY_WEIGHT; a generic organisation word may cost EXTRA_GENERIC_WEIGHT:
    which of them applies depends on the alignment, so each token takes the lowest it could.
    """
    lowest = []
    for i, share in enumerate(shares):
        if person:
            share = min(share, EXTRA_COMPOUND_FAMILY_WEIGHT if form.family[i] else EXTRA_MIDDLE_WEIGHT)
        if form.kinds[i] == GENERIC:
            share = min(share, EXTRA_GENERIC_WEIGHT)
        lowest.append(share)
    return lowest


def _pairs_could_reach(
    query: NameForm,
    candidate: NameForm,
    pairs: list[tuple[float, bool, tuple, tuple]],
    weights: tuple[list[float], list[float]],
    cutoff: float,
) -> bool:
    """False only when no alignment of these pairs scores ``cutoff`` (slips of the whole name aside).

    The score is at most ``weighted / total``, which reaches ``t`` only when the sum of
    ``W_p * (s_p - t)`` over aligned pairs, less ``t * w_k * share_k`` over tokens left out,
    is not negative. Each pair's term is split between the tokens it covers (a negative
    one evenly, a positive one whole to each side), and every token takes the better of its
    best pair and being left out at its lowest share: that sum is at least the one of any
    alignment. Written for names in an abjad, which have no slips (see :mod:`.bound`, which
    bounds the others in bulk).
    """
    if not any(score >= cutoff for score, _, _, _ in pairs):
        return False  # the score is at most the best pair's (most candidates stop here)
    qw, cw = weights
    q_best = [-math.inf] * len(qw)
    c_best = [-math.inf] * len(cw)
    for score, _variant, qi, ci in pairs:
        term = (max([qw[i] for i in qi]) + max([cw[j] for j in ci])) / 2 * (score - cutoff)
        for best, side in ((q_best, qi), (c_best, ci)):
            share = term / 2 if term >= 0.0 else term / (2 * len(side))
            for k in side:
                if share > best[k]:
                    best[k] = share
    q_shares, c_shares = missing_shares(query, candidate)
    total = 0.0
    for best, own, shares in (
        (q_best, qw, _lowest_shares(query, q_shares, candidate.tag == PER)),
        (c_best, cw, _lowest_shares(candidate, c_shares, candidate.tag == PER)),
    ):
        for k, option in enumerate(best):
            total += max(option, -cutoff * own[k] * shares[k])
    return total >= 0.0


#: Arabic articles: a last word after one is a nisba ("AL-TIKRITI"), which a name is often known
#: without ("Saddam Hussein"), not a family name that must be there.
_ARABIC_ARTICLES = frozenset({"al", "el"})


def _without_initials_for_family_names(
    query: NameForm, candidate: NameForm, pairs: list[tuple[float, bool, tuple, tuple]]
) -> list[tuple[float, bool, tuple, tuple]]:
    """The pairs less those of a word with an initial when no word after the initial agrees.

    An initial stands for a given or middle name, and those come before the family name: in
    "JOHN B. PRIDMORE-SMITH" the family name follows "B.". When no word after the initial has a
    partner that is a variant or a slip of it on the other side, a word paired with the initial
    ("Benson" of "John Benson") is the other name's family name, not the name "B." stands for:
    that pair would leave the family name out at the cost of a middle name (0.82 for "John
    Benson"). Without it the two family names are compared (0.24). A word after the initial
    that agrees keeps the pairs, whatever follows it ("JOHN B. SMITH JR", "JUAN C. GARCIA
    LOPEZ"). Either side may have the initial.
    """
    q_alone = _initial_without_family_name(query, candidate, pairs, query_side=True)
    c_alone = _initial_without_family_name(candidate, query, pairs, query_side=False)
    if not q_alone and not c_alone:
        return pairs
    kept = []
    for pair in pairs:
        _, _, qi, ci = pair
        if len(qi) == len(ci) == 1:
            q_token, c_token = query.tokens[qi[0]], candidate.tokens[ci[0]]
            q_initial = q_alone and len(q_token) == 1 < len(c_token)
            c_initial = c_alone and len(c_token) == 1 < len(q_token)
            if q_initial or c_initial:
                continue
        kept.append(pair)
    return kept


def _initial_without_family_name(
    form: NameForm, other: NameForm, pairs: list[tuple[float, bool, tuple, tuple]], query_side: bool
) -> bool:
    """True when ``form`` has an initial before its last word (a name word, not a nisba after an
    Arabic article) and no word after the initial has a variant partner in ``other``, or one a slip
    away (see name_typos: the same first letters, NAME_TYPO_MAX_EDITS edits at most, four letters
    or more)."""
    tokens = form.tokens
    if len(tokens) < 3 or len(tokens[-1]) < 2 or form.kinds[-1] != NAME or tokens[-2] in _ARABIC_ARTICLES:
        return False
    first = next((k for k, token in enumerate(tokens[:-1]) if len(token) == 1), None)
    if first is None:
        return False
    for _, variant, qi, ci in pairs:
        mine, theirs = (qi, ci) if query_side else (ci, qi)
        if mine[-1] <= first or len(tokens[mine[-1]]) < 2:
            continue
        if variant:
            return False
        if len(mine) == len(theirs) == 1:
            word, partner = tokens[mine[0]], other.tokens[theirs[0]]
            if (
                min(len(word), len(partner)) >= 4
                and _first_letters_agree(word, partner)
                and OSA.distance(word, partner) <= NAME_TYPO_MAX_EDITS
            ):
                return False
    return True


def compare_names(
    query: NameForm,
    candidate: NameForm,
    rarity: Rarity = _no_rarity,
    explain: bool = False,
    cutoff: float = 0.0,
) -> NameScore:
    """Similarity of two analysed names in [0, 1], 1.0 for the same tokens.

    ``cutoff``: when a side is written in an abjad and the names certainly score below it
    (see :func:`_pairs_could_reach`), 0.0 without aligning them: screening only needs to know
    that such a candidate falls short, and most do.
    """
    cantonese = query.syllables or candidate.syllables  # only person names are read so
    if query.tokens == candidate.tokens or (
        "".join(query.tokens) == "".join(candidate.tokens) and not cantonese
    ):
        return NameScore(1.0, query.original, candidate.original, "identical" if explain else "")
    person = candidate.tag == PER
    patronymic = PATRONYMIC_PARTICLES.intersection(query.tokens) and PATRONYMIC_PARTICLES.intersection(
        candidate.tokens
    )
    hangul_pair = person and _written_in_syllables(query) != _written_in_syllables(candidate)
    if (
        person
        and not patronymic
        and not hangul_pair
        and not cantonese
        and sorted(query.tokens) == sorted(candidate.tokens)
    ):
        return NameScore(1.0, query.original, candidate.original, "identical" if explain else "")
    abjad = query.abjad or candidate.abjad
    qw = token_weights(query, rarity)
    cw = token_weights(candidate, rarity)
    # A romanised Chinese name on either side: every syllable is a name part.
    syllabic = person and (is_syllabic(query.tokens) or is_syllabic(candidate.tokens))
    # Both names read as pinyin (a romanised Chinese name, or one in characters): given names
    # are compared syllable by syllable.
    pinyin = person and not abjad and reads_as_pinyin(query.tokens) and reads_as_pinyin(candidate.tokens)
    pairs = _pairs(query, candidate, abjad, syllabic=syllabic, pinyin=pinyin)
    # A word that is the legal form the other name writes at that end typed short ("EL KAIRO
    # INTERNACIONAL SSA" / "... SAS") pairs with it as a slip, weighing as a legal form when paired.
    form_slips: set[tuple[tuple[int, ...], tuple[int, ...]]] = set()
    if not person and not abjad and (slipped := legal_form_slips(query, candidate)):
        pairs = [*pairs, *((1.0 - EDIT_COST, True, (i,), (j,)) for i, j in slipped)]
        form_slips = {((i,), (j,)) for i, j in slipped}
    if cantonese:
        # A name in characters read in Cantonese: each of its tokens is a character (see
        # _as_characters); left out, a character is missing (see below).
        pairs = _as_characters(query, candidate, pairs)
        syllabic = True  # for what follows: no slip of the whole name, a syllable left out costs in full
    if person and not abjad:
        pairs = _without_initials_for_family_names(query, candidate, pairs)
    other_hangul: set[tuple[tuple, tuple]] = set()
    if hangul_pair:
        pairs, other_hangul = _hangul_checked(pairs, query, candidate)
    if abjad and cutoff > 0.0 and not _pairs_could_reach(query, candidate, pairs, (qw, cw), cutoff):
        return NameScore(0.0, query.original, candidate.original, "below the cut-off" if explain else "")
    # Best pairs first; among equal ones, the earliest tokens first ("Gun" pairs with the first
    # "Gun" of "Gun Gun Rusman Gunawan", not the second). Organisation words lose a little per
    # place they moved.
    if person:
        ranked = [(v, sc, sc, qi, ci) for sc, v, qi, ci in pairs]
    else:
        ranked = [(v, sc - POSITION_COST * abs(qi[0] - ci[0]), sc, qi, ci) for sc, v, qi, ci in pairs]
    generations = (
        (_generations(query.tokens), _generations(candidate.tokens)) if person and patronymic else None
    )
    ranked.sort(key=lambda pair: _pair_order(pair, generations))
    q_used: set[int] = set()
    c_used: set[int] = set()
    q_exact: set[int] = set()
    c_exact: set[int] = set()
    q_count, c_count = len(query.tokens), len(candidate.tokens)
    q_identical: set[int] = set()  # query tokens in identical pairs, glued or split ones included
    q_read: set[int] = set()  # ... and in pairs at the best an abjad reading gets (ABJAD_SCORE)
    near_pairs: list[tuple[int, int]] = []
    inexact = False
    listed_family_after_given = False  # see _another_family
    listed_has_family = person and any(candidate.family)
    differing: list[tuple[int, int]] = []  # aligned pairs of one token each that are not identical
    generic_as_written = False  # a generic word paired as written (see SHORT_WORD_FACTOR)
    total = weighted = 0.0
    conflicts: list[_Conflict] = []
    described: list[str] = []
    order: list[tuple[int, int]] = []
    paired: list[tuple[int, int]] = []
    for variant, _rank, score, qi, ci in ranked:
        if len(q_used) == q_count or len(c_used) == c_count:
            break
        if not q_used.isdisjoint(qi) or not c_used.isdisjoint(ci):
            continue
        q_used.update(qi)
        c_used.update(ci)
        paired.append((qi[0], ci[0]))
        if listed_has_family and not listed_family_after_given:
            listed_family_after_given = (qi[0] > 0 or not candidate.family[ci[0]]) and any(
                candidate.family[j] for j in ci
            )
        if abjad and score >= ABJAD_SCORE:
            q_read.update(qi)
        if not inexact and score < AS_WRITTEN_SCORE and not abjad:
            # A near spelling (see NameScore.inexact); a name read from an abjad is its reading, which
            # the skeleton's length already scores.
            inexact = NAME in [query.kinds[i] for i in qi] or NAME in [candidate.kinds[j] for j in ci]
        if score == 1.0:
            q_identical.update(qi)
            if len(qi) == len(ci) == 1:
                q_exact.add(qi[0])
                c_exact.add(ci[0])
        elif len(qi) == len(ci) == 1:
            differing.append((qi[0], ci[0]))
            if variant:
                near_pairs.append((qi[0], ci[0]))
        if not person and score >= AS_WRITTEN_SCORE and any(query.kinds[i] == GENERIC for i in qi):
            generic_as_written = True
        if (qi, ci) in form_slips:
            weight = KIND_WEIGHTS[LEGAL]
        else:
            weight = (max([qw[i] for i in qi]) + max([cw[j] for j in ci])) / 2
        total += weight
        weighted += weight * score
        movable = query.kinds[qi[0]] in (LEGAL, STOP) or candidate.kinds[ci[0]] in (LEGAL, STOP)
        if variant and not movable:
            order.append((qi[0], ci[0]))
        if not variant:
            # Two different numbers (a vessel's series) are told apart by their weight, not penalised.
            numbers = all(query.kinds[i] == NUMBER for i in qi) and all(
                candidate.kinds[j] == NUMBER for j in ci
            )
            penalty = 0.0 if numbers else CONFLICT_PENALTY
            conflicts.append(_Conflict(qi, ci, score, weight, penalty, len(described)))
        if explain:
            how = "variant" if variant else "conflict"
            q_text = " ".join(query.tokens[i] for i in qi)
            c_text = " ".join(candidate.tokens[j] for j in ci)
            if not variant or score == 1.0:
                reason = ""
            elif (qi, ci) in form_slips:
                reason = "legal form misspelt"
            else:
                reason = variant_reason(query, candidate, qi, ci, score, abjad)
            described.append(
                f"{q_text}~{c_text} ({how} {score:.2f}x{weight:.2f}{', ' + reason if reason else ''})"
            )
    slips = None
    hard = any((c.q, c.c) in other_hangul for c in conflicts)
    if conflicts and not abjad and not hard and len(q_used) == q_count and len(c_used) == c_count:
        context = _slip_context(query, q_exact, rarity) if len(conflicts) == 1 else (0, False)
        slips = name_typos(query, candidate, conflicts, syllabic, pinyin, context)
        for conflict, edits in zip(conflicts, slips or (), strict=False):
            # Every part has its counterpart and the differences are a few slips for a name this
            # long: a typo of the name, not another token.
            typo = max(conflict.score, 1.0 - EDIT_COST * edits)
            weighted += conflict.weight * (typo - conflict.score)
            conflict.score, conflict.penalty = typo, 0.0
            order.append((conflict.q[0], conflict.c[0]))
            if explain:
                q_text, c_text = query.tokens[conflict.q[0]], candidate.tokens[conflict.c[0]]
                how = f"typo in the name {typo:.2f}x{conflict.weight:.2f}"
                described[conflict.line] = f"{q_text}~{c_text} ({how})"
    factor = 1.0
    for conflict in conflicts:
        factor *= 1.0 - conflict.penalty * (1.0 - conflict.score) * min(1.0, conflict.weight)
    if not person:
        # Organisation and vessel names keep their word order: "C.B.A." is not "A.B.C.".
        factor *= ORDER_FACTOR ** min(words_out_of_order(order), 5)
        if not abjad and not generic_as_written and _short_word_respelt(query, candidate, near_pairs):
            factor *= SHORT_WORD_FACTOR
            if explain:
                described.append(f"one name word, near-spelt and short (x{SHORT_WORD_FACTOR:.2f})")
    else:
        if _crosses_patronymic(query.tokens, candidate.tokens, order, paired):
            factor *= PATRONYMIC_FACTOR
        if _other_sex(query.tokens, candidate.tokens, differing):
            factor *= OTHER_SEX_FACTOR
            if explain:
                described.append(f"parts in the other sex's form (x{OTHER_SEX_FACTOR:.2f})")
        if cantonese and _characters_reordered(query, candidate, paired):
            factor *= SYLLABLE_ORDER_FACTOR
            if explain:
                described.append(
                    f"characters of the given name in another order (x{SYLLABLE_ORDER_FACTOR:.2f})"
                )
        if hangul_pair and _hangul_syllables_reordered(query, candidate, paired):
            factor *= SYLLABLE_ORDER_FACTOR
            if explain:
                described.append(
                    f"syllables of a Hangul word in another order (x{SYLLABLE_ORDER_FACTOR:.2f})"
                )
        slipped = (
            _letter_slips(query, candidate, near_pairs) if not q_identical and len(q_used) >= 2 else None
        )
        if slipped is not None and (slips or slipped):
            typo_pairs = [(conflict.q[0], conflict.c[0]) for conflict in conflicts] if slips else []
            if _slipped_further(query, candidate, slipped + typo_pairs):
                factor *= NO_IDENTICAL_PART_FURTHER_FACTOR
                if explain:
                    described.append(
                        "no part identical, letter slips, a part two slips away"
                        f" (x{NO_IDENTICAL_PART_FURTHER_FACTOR:.2f})"
                    )
            else:
                factor *= NO_IDENTICAL_PART_FACTOR
                if explain:
                    described.append(f"no part identical, letter slips (x{NO_IDENTICAL_PART_FACTOR:.2f})")
    q_shares, c_shares = missing_shares(query, candidate)
    # A Hispanic name's other family name left out costs little when a family name has an identical
    # counterpart and a given name an identical one or one romanised otherwise ("Tarek El Aissami" /
    # "EL AISSAMI MADDAH, Tareck Zaidan"; see _compound_family_named).
    spelled: tuple[set[int], set[int]] = (set(), set())
    if person and not abjad and (sum(query.family) >= 2 or sum(candidate.family) >= 2):
        spelled = _spelled_pairs(query, candidate, near_pairs)
    # An organisation named by an identical word (or two written as one: "Almaz Antey" /
    # "ALMAZ-ANTEY"; in an abjad, by two words read at its best: "صادرات ایران" / "SADERAT IRAN",
    # as one vowel-less word is many: "مهر" is Mehr and Maher): its generic words cost little when
    # left out (not in a name of generic words only: "Islamic Revolutionary Guard Corps" is named
    # by them).
    named = (
        not person
        and NAME in candidate.kinds
        and (
            any(query.kinds[i] == NAME for i in q_identical)
            or sum(query.kinds[i] == NAME for i in q_read) >= 2
        )
    )
    for side, used, weights, shares, form in (
        (0, q_used, qw, q_shares, query),
        (1, c_used, cw, c_shares, candidate),
    ):
        # A person name whose first and last parts have identical counterparts: what is missing
        # between them are middle names.
        exact = q_exact if side == 0 else c_exact
        framed = person and {0, len(form.tokens) - 1} <= exact
        compound = person and _compound_family_named(form.family, exact, spelled[side])
        long_name = len(form.tokens) >= MIDDLE_MIN_TOKENS
        # Characters of a name read in Cantonese, or the parts of the other name when all are spelt as
        # Hong Kong spells characters ("Wah" of "CHENG, Yeuk Wah" against "鄭若"): another name
        # without any of them. Not with "Carrie" in "LAM CHENG, Carrie Yuet-ngor", an English name:
        # one left out costs what a given name costs.
        characters = form.syllables or (cantonese and _spelt_in_cantonese(form))
        for i, token in enumerate(form.tokens):
            if i in used:
                continue
            share = shares[i]
            if compound and form.family[i]:
                share = min(share, EXTRA_COMPOUND_FAMILY_WEIGHT)
            if framed and not form.family[i] and (long_name or len(_VOWEL_RUNS.findall(token)) >= 2):
                # In a three-part name, a one-syllable middle part is half of a CJK given
                # name ("YAN, Su Xuan", "KIM, Song Chol"): leaving it out names someone else.
                share = EXTRA_MIDDLE_WEIGHT
            if syllabic and (
                is_pinyin_syllable(token) or (is_korean_syllable(token) and syllable_name(form.tokens))
            ):
                # Against a romanised Chinese name, a syllable left out of a Korean one is half of
                # its given name too ("Yang Su" / "JANG BOM SU", "Cha Jun" / "CHA, Sung Jun").
                share = EXTRA_SYLLABLE_WEIGHT
            if hangul_pair and _korean_syllables_left(form, i):
                # One name in Hangul: each syllable is a character of the name, and one left out
                # on either side names someone else ("성수 김" / "KIM, Song").
                share = EXTRA_SYLLABLE_WEIGHT
            if characters:
                share = EXTRA_SYLLABLE_WEIGHT
            if named and form.kinds[i] == GENERIC:
                share = min(share, EXTRA_GENERIC_WEIGHT)
            if side == 0 and listed_family_after_given and _another_family(query, i):
                share = max(share, EXTRA_FAMILY_WEIGHT)
            total += weights[i] * share
            if explain:
                text = f"{token}~-" if side == 0 else f"-~{token}"
                described.append(f"{text} (missing 0.00x{weights[i] * share:.2f})")
    score = factor * weighted / total if total > 0 else 0.0
    score = min(1.0, max(0.0, score))
    return NameScore(score, query.original, candidate.original, "; ".join(described), inexact)


_LOGOGRAPHIC = re.compile(r"^[\s\W\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7a3]+$")


def is_logographic(text: str) -> bool:
    """True for names written only in Chinese characters, kana or Hangul syllables."""
    return bool(_LOGOGRAPHIC.match(text)) and any(not ch.isspace() and ch.isalpha() for ch in text)


def logographic_similarity(query: str, candidate: str) -> float:
    """Similarity of two names written in CJK characters, compared character by character.

    Each character is a syllable and usually a morpheme, so one different
    character is a different name, not a typo: the edit similarity is squared.
    Traditional characters are compared as simplified ones (國際 and 国际 are one word).
    """
    q = "".join(ch for ch in simplified(query) if ch.isalpha())
    c = "".join(ch for ch in simplified(candidate) if ch.isalpha())
    if not q or not c:
        return 0.0
    return Levenshtein.normalized_similarity(q, c) ** 2
