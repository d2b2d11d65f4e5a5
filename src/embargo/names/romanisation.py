"""One name as other languages romanise it: Russian and Persian names in the conventions of other languages.

The lists write Russian, Ukrainian and Persian names in English conventions
(BGN/PCGN and its kin: Zhukov, Shoigu, Khodorkovsky, Yevgeniy, Javad). Payments,
customer records and the press of other countries carry them in the conventions
of their own language: German (Schukow, Schoigu, Chodorkowski, Jewgeni, Dschawad),
French (Joukov, Choïgou, Khodorkovski, Evgueni, Prigojine), Polish (Szojgu,
Kowalczuk, Szczerbakow), Lithuanian and Latvian with their own endings (Lavrovas,
Lavrovs); Ukraine and Belarus romanise their own people's names in national systems
that write г "h" (Hryhoriy, Pryhozhyn, Halavanau) where the Russian spelling has "g"
(Grigoriy, Prigozhin). The conventions write some sounds with other
letters, so edit distance takes one name for two ("Choïgou"/"Shoigu": another first
letter; "Prigojine"/"Prigozhin": three edits; "Hryhoriy"/"Grigoriy": two).

:func:`romanised_spellings` undoes each convention: the token as English would
have written what that convention wrote, each spelling then *folded* where the
English-language conventions disagree among themselves (y/i/j, ye-/e-, -iy/-i,
yo/e for ё, kh/h, w/v in words of five letters or more, doubled letters, z/s inside a word,
-off/-ov). Two tokens are one romanised name (:func:`same_romanised_name`) when the folded
spelling of one is among the spellings of the other.

Names of other languages written in Cyrillic carry Russian's letters for their sounds: х for
the h, ḥ and kh of Arabic and Persian names, к for their q, дж for j, and no final h ("Сираджуддин
Хаккани" is "Sirajuddin Haqqani", "Абдулла Хамза" "Abdullah Hamzah"). Read as Russian
("siradzhuddin khakkani"), such a name differs from the lists' spelling in the letters the folds
join, a final h, and one of a sound's letters (k/q), which the metaphone key joins:
:func:`same_romanised_sound`.

The rules are the conventions' letter tables for the letters they write
differently (German as in the Duden, French as the French press and
administration write Russian names, Polish), not a list of names. No maintained
Python library undoes them: anyascii, pypinyin and rigour romanise *from* other
scripts, and metaphone keys English sounds.
"""

from __future__ import annotations

import re
from functools import lru_cache

import jellyfish

from embargo.names.transliterate import is_pinyin_syllable

#: Shortest token read in other languages' conventions: in shorter ones the letters a convention
#: changes are most of the name (Chin/Shin, Chan/Khan, Jang/Yang are different names).
MIN_LENGTH = 5
#: Shortest token compared by its folded English spelling only ("Pyotr" / "Petr", "Aly" / "Ali").
MIN_FOLD_LENGTH = 3

#: Most letters one name's spellings differ by in length ("Schtscherbakow" / "Shcherbakov": 3), the
#: English folds' letters counted as they fold ("Khadzhdzhi" / "Hajji", Хаджджи, as "hajji").
MAX_LENGTH_CHANGE = 4

#: Per convention, what it writes -> what English writes for the same Cyrillic (or Persian) letter.
#: Longer spellings first: "tsch" is one letter (ч), not "t" + "sch".
_CONVENTIONS: tuple[tuple[tuple[str, str], ...], ...] = (
    # German: Schoigu, Chodorkowski, Tschemesow, Jewgeni, Dschawad, Zwetkow.
    (("schtsch", "shch"), ("tsch", "ch"), ("dsch", "dzh"), ("sch", "sh"), ("ch", "kh"), ("w", "v"),
     ("j", "y"), ("z", "ts")),
    # French: Choïgou, Joukov, Tchemezov, Djokhar, Evgueni, Prigojine (a final mute e after n).
    (("chtch", "shch"), ("tch", "ch"), ("dj", "dzh"), ("ch", "sh"), ("j", "zh"), ("ou", "u"),
     ("gue", "ge"), ("gui", "gi"), ("ine$", "in")),
    # Polish: Szojgu, Kowalczuk, Szczerbakow, Rzewski, Chodorkowski.
    (("szcz", "shch"), ("sz", "sh"), ("cz", "ch"), ("rz", "zh"), ("ch", "kh"), ("w", "v"), ("j", "y")),
    # Ukrainian and Belarusian national romanisations: г is "h" (Hryhoriy, Pryhozhyn, Halavanau), and
    # "zgh" where з and г meet. Not the h of kh, zh, sh and ch, written so for other letters.
    (("zgh", "zg"), ("(?<![kzsc])h", "g")),
    # Lithuanian and Latvian: names take the nominative ending of a masculine noun (Lavrovas,
    # Sergejus, Jevgenijus, Abramovičius; Lavrovs, Sergejs, Jevgenijs) and write й "j".
    (("ijus$", "iy"), ("jus$", "y"), ("ijs$", "iy"), ("js$", "y"), ("ius$", ""), ("as$", ""),
     ("(?<=[bcdfgklmnprtvz])s$", ""), ("j", "y")),
)  # fmt: skip


def _compile(rules: tuple[tuple[str, str], ...]) -> tuple[re.Pattern[str], dict[str, str]]:
    """One pattern of the rules' spellings (regular expressions, longer first), and each one's English."""
    pattern = re.compile("|".join(f"(?P<r{n}>{spelling})" for n, (spelling, _) in enumerate(rules)))
    return pattern, {f"r{n}": english for n, (_, english) in enumerate(rules)}


_COMPILED = tuple(_compile(rules) for rules in _CONVENTIONS)
#: German writes з "s" (Selenskyj, Sacharowa), as it writes с at the start of a word (Sergej); once
#: folded only the first letter keeps them apart, and a first letter tells names apart (Zaida /
#: Saida). So an initial "s" is read as з only in a word German spellings mark elsewhere.
_GERMAN = 0
_GERMAN_VOICED_S = re.compile(r"^s(?=[aeiouy])")
#: How many spellings :func:`romanised_spellings` gives a token it reads: its own, one per convention.
SPELLINGS = 1 + len(_CONVENTIONS)

#: Where English-language romanisations of one name disagree, replaced in this order in every spelling.
_FOLDS = (
    ("dzh", "j"),  # Dzhokhar / Jokhar
    ("kh", "h"),  # Khasan / Hasan, Shamkhani / Shamhani
    ("ph", "f"),
    ("x", "ks"),  # Alexey / Aleksey
    ("y", "i"),  # Yuri / Iuri, Dmitriy / Dmitrii, Alexey / Alexei
    # A w that glides from a to a long u, which Arabic names are written with or without (Dawud /
    # Daud, Tawus / Taus), and South Asian spellings write "oo" (Dawood, Rawoof). Not "oo" elsewhere:
    # a long o in Dutch and Estonian names (Antoon, Toomas), and other names in English (Moon / Munn).
    # Persian, Turkish and Azeri write that و as v (Davud, Davood, Tavus), as do the Dravidian
    # scripts' readings (ദാവൂദ്, Dawood, is "davud").
    ("awoo", "au"),
    ("awu", "au"),
    ("avoo", "au"),
    ("avu", "au"),
)
#: Arabic and Persian و, English w, Russian and Persian v (Jawad / Javad / Джавад, Waziri / Вазири),
#: as Polish and German names are written (Wiktor / Viktor, Weber / Veber). Only in words of five
#: letters or more: in shorter ones the letter is much of the name (Won / Von, Wall / Val).
_W = ("w", "v")
_DOUBLES = re.compile(r"(.)\1+")
_YO = re.compile(r"(?<=[b-df-hj-np-tv-xz])yo")
#: Fewest letters a folded token keeps once a final h after a or e is left out (see
#: _without_final_h): a shorter word left would be more another word than a spelling of this one
#: (Allah / Ala, Jarrah / Jara, Sarah / Sara).
_FINAL_H_KEEPS = 5


def _without_final_h(folded: str) -> str:
    """A folded token without a final h after a or e, which romanisations of Arabic and Persian
    (ة, a final ه) write or leave out: Abdullah / Abdulla (Russian and Uzbek write "Абдулла"),
    Fatimah / Fatima, Hamzah / Hamza. Not after i, y, o or u: the Russian family names in -ykh and
    -ikh are others than those without (Chernykh / Cherny)."""
    if len(folded) > _FINAL_H_KEEPS and folded[-1] == "h" and folded[-2] in "ae":
        return folded[:-1]
    return folded


def respelled(token: str, replacements: tuple[tuple[str, str], ...]) -> str:
    """The token with each (spelling, replacement) pair replaced, in order."""
    for spelling, replacement in replacements:
        token = token.replace(spelling, replacement)
    return token


def _respell(token: str, compiled: tuple[re.Pattern[str], dict[str, str]]) -> str:
    pattern, english = compiled
    return pattern.sub(lambda m: english[m.lastgroup or ""], token)


@lru_cache(maxsize=1 << 17)
def _letter_folds(token: str, w: bool = True) -> str:
    """The token with ё's "yo" after a consonant written "e", :data:`_FOLDS` folded and, with ``w``,
    :data:`_W`."""
    # ё after a consonant is "yo" in BGN/PCGN and "e" in passports (ICAO): Pyotr / Petr, Fyodor /
    # Fedor, Seleznyov / Seleznev. A "yo" that starts a word or follows a vowel is a y and an o.
    token = respelled(_YO.sub("e", token), _FOLDS)
    return token.replace(*_W) if w and len(token) >= MIN_LENGTH else token


@lru_cache(maxsize=1 << 17)
def fold(token: str, w: bool = True) -> str:
    """A token with the letters English-language romanisations disagree on folded to one spelling.

    ``w``: w as v too (:data:`_W`); not in a spelling read in another convention, whose letters it
    would join with others' (the Ukrainian h for g: "Gaven" / "Hawen" read "gawen").
    """
    token = _letter_folds(token, w)
    # z and s inside a word (Ramzan / Ramsan, Prigozhin / Prigoshin; a first letter tells names
    # apart: Zaid / Said); doubled letters (Vassili / Vasili); ye- and e- (Yevgeniy / Evgeni);
    # -off and -ov (Smirnoff / Smirnov).
    token = _DOUBLES.sub(r"\1", token[:1] + token[1:].replace("z", "s"))
    if token.startswith("ie"):
        token = token[1:]
    if token.endswith(("of", "ef")):
        token = token[:-1] + "v"
    return token


@lru_cache(maxsize=1 << 17)
def romanised_spellings(token: str) -> tuple[str, ...]:
    """The folded token, then its folded English spelling under each convention; () if too short.

    "prigojine" -> ("prigojine", "prigoine", "prigoshin", "prigoine", "prigojine", "prigoine"): as French,
    it folds to what "prigozhin" folds to. Only lower-case ASCII words of
    :data:`MIN_LENGTH` letters or more are read in the conventions; the tuple then has one
    entry per convention (German, French, Polish, Ukrainian, Baltic) after the token's own.
    Words of :data:`MIN_FOLD_LENGTH` letters get their folded spelling in every entry ("petr").
    """
    if len(token) < MIN_FOLD_LENGTH or not token.isalpha() or not token.isascii():
        return ()
    if len(token) < MIN_LENGTH:
        return (fold(token),) * SPELLINGS  # English spellings only
    spellings = [fold(token)]
    for convention, compiled in enumerate(_COMPILED):
        respelled = _respell(token, compiled)
        if convention == _GERMAN and respelled != token:
            respelled = _GERMAN_VOICED_S.sub("z", respelled)
        spellings.append(fold(respelled, w=False))
    return tuple(spellings)


#: Fewest letters of a metaphone key that vouch for a word's changed letters as one sound (here and
#: in match.names._spelling_similarity).
PHONETIC_KEY_MIN = 3
#: Letters romanisations write one consonant with: the k of Arabic ق and ك, Russian к, Latin c
#: (Qasim / Kasim / Cassim, Victoria / Viktoriya); the s of a soft c or z (Nacer / Nasser,
#: Patrizia / Patricia). Not t and d, which the key joins too but names tell apart (Abbott / Abood).
_ONE_SOUND_LETTERS = ("kqc", "szc")


@lru_cache(maxsize=1 << 17)
def _sound_spelling(token: str) -> str:
    """The token with the letter folds of :func:`fold` (:func:`_letter_folds`, doubled letters), not
    its folds of z to s, ye- to e- and -off to -ov; "ck" written "k" (Tareck / Tarek), and without a
    final h after a or e (:func:`_without_final_h`)."""
    # Not in fold: with the other conventions' letters the final h made other names one (the French
    # j for zh: "Manja" / "Manshah", "Elijah" / "Elisha").
    return _without_final_h(_DOUBLES.sub(r"\1", _letter_folds(token).replace("ck", "k")))


@lru_cache(maxsize=1 << 17)
def romanised_sound(token: str) -> str:
    """The sound of a person-name token: the first letter and metaphone key of its folded spelling
    (:func:`_sound_spelling`).

    "" for a token under :data:`MIN_LENGTH` letters, one not of ASCII letters (analysis hands over
    lower-case tokens), a pinyin syllable, or one whose key is under three letters. "khakkani" and
    "haqqani" both sound "hHKN". The first letter keeps apart names the key joins (Zamira / Samira,
    both "SMR"), but for the letters romanisations write the sound k with ("Kasim" / "Qasim").
    """
    if len(token) < MIN_LENGTH or not token.isalpha() or not token.isascii() or is_pinyin_syllable(token):
        return ""
    folded = _sound_spelling(token)
    key = jellyfish.metaphone(folded)
    if len(key) < PHONETIC_KEY_MIN:
        return ""
    return ("k" if folded[0] in "cq" else folded[0]) + key


def same_romanised_sound(a: str, b: str) -> bool:
    """True when two person-name tokens are one name in two romanisations that write a final h or
    not, or one consonant with another letter for its sound: their folded spellings
    (:func:`_sound_spelling`) are equal or differ in that letter alone (:data:`_ONE_SOUND_LETTERS`),
    and sound alike (:func:`romanised_sound`).

    "Khakkani" / "Haqqani": a Russian spelling of an Arabic name, х for h and к for q, folded
    "hakani" / "haqani"; "Khamza" / "Hamzah" (Хамза), both "hamza". Not vowels: names that differ
    in them are judged by their vowels (names._vowels_only_differ), and the metaphone key leaves
    them out ("Zakhar" / "Zuhair"). The fold of z to s is left out here: with it one letter alone
    would tell "Kazim" from "Qasim", two names (كاظم, قاسم).
    """
    sound = romanised_sound(a)
    if not sound or sound != romanised_sound(b):
        return False
    folded_a, folded_b = _sound_spelling(a), _sound_spelling(b)
    if len(folded_a) != len(folded_b):
        return False
    changed = [(x, y) for x, y in zip(folded_a, folded_b, strict=True) if x != y]
    if not changed:
        return True
    return len(changed) == 1 and any(set(changed[0]) <= set(letters) for letters in _ONE_SOUND_LETTERS)


#: The letters romanisations write one sound of a company's name with (Russian, Persian, Arabic,
#: Burmese names: "Kholding" / "Holding", "Pharm" / "Farm", "Vladeks" / "Wladex", "Yas" / "Ias"),
#: folded in organisation words. Not the other folds of person names (z/s, doubled letters, the
#: Ukrainian h for g, German ch): between English words they make different words one ("Haze" /
#: "Chase", "Gamer" / "Hammer", "Gary" / "Harry").
_ORGANISATION_FOLDS = (("kh", "h"), ("ph", "f"), ("x", "ks"), ("w", "v"), ("y", "i"))


def organisation_spelling(token: str) -> str:
    """An organisation name's word with the letters of :data:`_ORGANISATION_FOLDS` folded ("khan": "han")."""
    return respelled(token, _ORGANISATION_FOLDS)


def same_organisation_word(a: str, b: str) -> bool:
    """True when two words of organisation names are one word in two romanisations: one name
    (:func:`same_romanised_name`) that differs only in the letters of :data:`_ORGANISATION_FOLDS`.

    "wladex" and "vladeks", "farm" and "pharm", "ias" and "yas"; not "haze" and "chase". Only
    pairs that are one name as well: the score bound covers those (see match.bound.token_bounds).
    """
    return organisation_spelling(a) == organisation_spelling(b) and same_romanised_name(a, b)


#: Groups of letters spellings of one word write one sound with, folded first: German, Slavic,
#: French and English spellings ("dj", "dzh" and "j"; "ck" and "k"; "ou" and "u"), "gh" and "th"
#: as "g" and "t" ("Agha" / "AGA"). "ch" is read twice, as kh (German, Russian х: "Kach" /
#: "Kakh") and as tsh (English, German "tsch", Polish "cz", and pinyin "zh", which Wade-Giles
#: writes "ch": "Tschatas" / "Chatas", "Czad" / "Chad", "Zhang" / "Chang").
_SOUND_GROUPS = (
    ("dzh", "j"),
    ("dj", "j"),
    ("ck", "k"),
    ("ph", "f"),
    ("gh", "g"),
    ("th", "t"),
    ("x", "ks"),
    ("ou", "u"),
    ("oo", "u"),
    ("ee", "i"),
)
_CH_AS_KH = (("sch", "s"), ("ch", "h"), ("kh", "h"))
#: (tsh is written "C", which the letters below leave as it is).
_CH_AS_TSH = (("tsch", "C"), ("tch", "C"), ("sch", "s"), ("ch", "C"), ("cz", "C"), ("zh", "C"), ("kh", "k"))
#: A final h after a vowel, which Persian and Arabic spellings write or not ("Kalah" / "Kala"): left
#: out of the word as written, before "ch" and "kh" become "h". Wider than _without_final_h, the
#: person names' rule (after a or e, five letters left): the readings only tell a word spelt two
#: ways from a slip, and never make two words one.
_FINAL_H = re.compile(r"(?<=[aeiou])h$")
#: ... then single letters: "sh" and "zh" as "s", as ş, ž and š lose their marks; "qu" before a
#: vowel, q and a hard c as k, a soft c as s, z as s, w as v, y as i, a j after a vowel as i
#: ("Maja" / "Maya", "Kraj" / "Kray"), doubled letters once.
_SOUND_LETTERS = (
    (re.compile(r"sh|zh|z"), "s"),
    (re.compile(r"qu(?=[aeio])"), "k"),
    (re.compile(r"q|c(?![eiy])"), "k"),
    (re.compile(r"c"), "s"),
    (re.compile(r"w"), "v"),
    (re.compile(r"y"), "i"),
    (re.compile(r"(?<=[aeiou])j(?=[aeiou]|$)"), "i"),
    (_DOUBLES, r"\1"),
)


@lru_cache(maxsize=1 << 14)
def sound_readings(token: str) -> tuple[str, str]:
    """The token written with one letter for each sound that spellings of one word write otherwise,
    "ch" read as kh and as tsh: ("kah", "kaC") for "kach", ("kah", "kak") for "kakh"; "aksa" for
    "aqsa", "sahi" for "shahi".

    Two words with one reading in common are one word spelt two ways, not a slip of letters. The
    readings say nothing of which spellings are names: they serve only to tell such pairs apart.
    """
    readings = []
    written = respelled(_FINAL_H.sub("", token), _SOUND_GROUPS)
    for ch in (_CH_AS_KH, _CH_AS_TSH):
        reading = respelled(written, ch)
        for pattern, replacement in _SOUND_LETTERS:
            reading = pattern.sub(replacement, reading)
        readings.append(reading)
    return readings[0], readings[1]


def same_romanised_name(a: str, b: str) -> bool:
    """True when two name tokens are one name in two romanisation conventions.

    "schoigu", "choigou" and "shoigu"; "jewgeni", "evgueni" and "yevgeniy";
    "prigojine" and "prigozhin". Not for a Chinese syllable in pinyin (Chang/Zhang,
    Chen/Shen are different names), nor tokens under :data:`MIN_FOLD_LENGTH` letters
    ("pyotr" and "petr" fold alike; a token under five letters is not read in other conventions).
    """
    if (
        abs(len(_letter_folds(a)) - len(_letter_folds(b))) > MAX_LENGTH_CHANGE
        or is_pinyin_syllable(a)
        or is_pinyin_syllable(b)
    ):
        return False
    spellings_a, spellings_b = romanised_spellings(a), romanised_spellings(b)
    if not spellings_a or not spellings_b:
        return False
    return spellings_a[0] in spellings_b or spellings_b[0] in spellings_a
