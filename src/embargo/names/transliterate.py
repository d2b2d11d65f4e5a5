"""Transliteration of names in other scripts to Latin.

rigour already romanises the scripts it admits (Latin, Cyrillic, Greek,
Armenian, Georgian, Hangul) inside every name part's ``comparable`` form. For
the rest this module builds a Latin spelling of the whole name: Chinese with
pypinyin (family name first, given name syllables joined, as pinyin names are
written: 习近平 -> "xi jinping"), Armenian and Hebrew with ICU's transliterator
(through normality), the Brahmic scripts of South Asia with ICU as Indian names
are written in English (:func:`embargo.names.indic.indic_word`), everything
else (Arabic, kana, Thai, Ethiopic, Sinhala ...) with anyascii.

Korean names get one more spelling, :func:`korean_listed_spelling`: the sanctions
lists write North Korean names as the DPRK's own romanisation does, a variant of
McCune-Reischauer ("KIM JONG UN", "RI SU YONG", "PAK PONG JU"), one word per
syllable, while anyascii spells Hangul in Revised Romanization letter by letter
("GimJeongEun", "LiSuYong", "BagBongJu").
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Any

from anyascii import anyascii
from normality import ascii_text
from pypinyin import lazy_pinyin
from rigour.text.scripts import text_scripts

from embargo.names.armenian import eastern_spelling, has_armenian
from embargo.names.chinese import HAN_RUN
from embargo.names.indic import INDIC_WORD, indic_word
from embargo.names.normalize import without_marks

#: ض: anyascii writes it "d", as د. Latin spellings write it "d" in Arabic names, "z" in Persian,
#: Urdu and Pashto ones (Fazal, Zia, Raza) and "dh" in North African ones (Romdhane, Abdelhadhi):
#: written "dh", as ذ and ظ are, it gets their readings (see match.names.abjad_alternatives).
_DAD = str.maketrans({"ض": "dh"})
#: The long vowels an Arabic-script word writes that anyascii leaves out or writes as a short one,
#: marked with digits, which no letter reads as (see :func:`with_long_vowel_marks`).
INNER_ALIF, ALIF_OR_WORD_START, ALIF_MAQSURA = "1", "2", "3"
#: כ before ה inside a word, two consonants, k and h ("כהן", Cohen), which ICU reads "kh" (and the
#: reading of a soft כ, see hebrew_soft_spelling, "khh"), as a Latin spelling writes the one sound
#: of ח or of a soft כ ("Khan"): marked between the two letters in a word's written form (see
#: :func:`with_hebrew_marks`), a digit no letter reads as. Not a final ה, which writes a vowel
#: ("מיכה", Micha).
KAF_HE_MARK = "4"
#: A sound of two Latin letters that one Hebrew letter with a geresh writes (ח' "kh"), marked
#: between them in a word's written form (see arabic_geresh_spelling).
DIGRAPH_MARK = "5"
#: The Hebrew letters (a character class's range), and the signs typed as a geresh after one: an
#: apostrophe, a right single quotation mark, or the Hebrew sign ׳.
HEBREW_LETTERS = "\u05d0-\u05ea"
GERESH = "'\u05f3\u2019"
#: ح at the end of a word. anyascii writes it "h", as it writes ه and the ta marbuta ة, which Latin
#: spellings often leave out at the end of a name ("Usama" / أسامة, "Zade" / زاده); they always
#: write ح ("Saleh" / صالح, "Salah" / صلاح). It is written "hx" there, "x" being a letter anyascii
#: writes for no letter of these scripts (see match.names.final_ha). Not before the marks of
#: long vowels inside the word (see with_long_vowel_marks).
_FINAL_HA = re.compile(
    f"\u062d(?![\u064b-\u065f\u0670]*(?:[^\\W\\d_]|[{INNER_ALIF}{ALIF_OR_WORD_START}{ALIF_MAQSURA}]))"
)
FINAL_HA_MARK = "x"
#: Greek letters, with the accented ones of polytonic Greek.
_GREEK = re.compile(r"[\u0370-\u03ff\u1f00-\u1fff]")
#: Scripts rigour romanises by itself inside NamePart.comparable.
_RIGOUR_SCRIPTS = frozenset({"Latin", "Cyrillic", "Greek", "Armenian", "Georgian", "Hangul", "Common"})
#: Armenian and Hebrew letters (with their presentation forms), which ICU romanises letter by
#: letter as names are written: anyascii writes Armenian ու "ow" and Ռ "rr" ("Rrowben" for Ruben),
#: and Hebrew ב and ו always "v" (ו is also a vowel, ב also "b": "vnymyn" for Binyamin). Armenian
#: as Armenia writes names (see names.armenian), Hebrew in ICU's default transform.
_ICU_RUN = re.compile(r"[\u0530-\u058f\ufb13-\ufb17\u0590-\u05ff\ufb1d-\ufb4f]+")
_HANGUL_WORD = re.compile(r"^[\uac00-\ud7a3]{2,4}$")
_HANGUL = re.compile(r"[\uac00-\ud7a3]")
_HANGUL_RUN = re.compile(r"[\uac00-\ud7a3]+")
#: A romanised Hangul syllable: its initial consonants, vowel letters and final consonants.
_SYLLABLE_PARTS = re.compile(r"^([^aeiouwy]*)([aeiouwy]+)(.*)$")
#: Revised Romanization (as anyascii writes each syllable) to the lists' McCune-Reischauer
#: spelling: plain stops are voiceless at the start of a syllable (g/d/b/j -> k/t/p/ch in
#: McCune-Reischauer; the DPRK keeps j), an initial l is r ("Ri", "Ryong"); the vowels eo and
#: eu are written o and u once their breves are dropped; a final g/d/b is k/t/p.
_MR_INITIAL = {"g": "k", "d": "t", "b": "p", "l": "r", "gg": "kk", "dd": "tt", "bb": "pp"}
_MR_VOWEL = (("eo", "o"), ("eu", "u"))
_MR_FINAL = {"g": "k", "d": "t", "b": "p", "gg": "k", "s": "t", "ss": "t", "j": "t", "ch": "t"}
#: Scripts that write consonants and long vowels only (abjads): their Latin spelling lacks vowels.
_ABJAD_SCRIPTS = frozenset({"Arabic", "Hebrew", "Syriac", "Thaana"})
_LATIN = frozenset({"Latin"})


#: Letters of the Cyrillic alphabets of Kazakh, Kyrgyz, Bashkir and Tatar that rigour and anyascii
#: write "q", "gh" and "ng", and the Russian letters Russian spellings of the same names use
#: ("Тоқаев" is "Токаев" in Russian): English spellings of Central Asian names follow the Russian
#: one ("TOKAYEV", not "Toqaev"). The other letters of those alphabets (ә, ө, ү, ұ, һ, і, ҳ, ҷ)
#: already come out as Russian spellings write them, or as spellings the comparison folds.
_RUSSIAN_LETTERS = str.maketrans("ҚқҒғҠҡҢң", "ККГГККНН")


def needs_latin(text: str) -> bool:
    """True when the name holds letters of a script that rigour does not romanise itself."""
    return bool(text_scripts(text) - _RIGOUR_SCRIPTS)


@lru_cache(maxsize=1 << 16)
def written_in_latin(text: str) -> bool:
    """True when every letter of the name is a Latin letter (accents included)."""
    return text_scripts(text) <= _LATIN


def is_abjad(text: str) -> bool:
    """True when the name is written in an abjad (Arabic, Hebrew, Syriac, Thaana)."""
    return bool(text_scripts(text) & _ABJAD_SCRIPTS)


#: How a word in Arabic or Hebrew letters starts (see abjad_word_start): with a letter a Latin
#: spelling may start with a vowel for (alif and its hamza forms, hamza, the high hamza of Kazakh,
#: the ئ that carries a first vowel in Uyghur and Kurdish; ayin, a consonant Latin spellings leave
#: out; Hebrew alef and ayin), with w or y (و, ي; ו, י), or with another consonant.
VOWEL_START, W_START, Y_START, CONSONANT_START = "vowel", "w", "y", "consonant"
_VOWEL_CARRIERS = frozenset("\u0627\u0623\u0625\u0622\u0671\u0621\u0674\u0639\u0626\u05d0\u05e2")
_W_LETTERS = frozenset("\u0648\u05d5")
_Y_LETTERS = frozenset("\u064a\u06cc\u0649\u05d9")
_TATWEEL = "\u0640"  # a stroke that lengthens a join, no letter
_ARABIC_OR_HEBREW = frozenset({"Arabic", "Hebrew"})


@lru_cache(maxsize=1 << 14)
def abjad_word_start(word: str) -> str | None:
    """How a word in Arabic or Hebrew letters starts: VOWEL_START, W_START, Y_START or
    CONSONANT_START; None for a word in other letters.

    Neither script writes a vowel alone at the start of a word: a word said with one first
    starts with alif, the letter that carries it ("أحمد" Ahmad, "אבי" Avi). A Latin spelling
    that starts with a vowel also writes a word starting with ayin, a consonant it leaves out
    ("علي" Ali, "עמר" Omer), or with و or ي, consonants that French and other spellings write
    "ou" and "i" ("وحيد", Ouahid; "יצחק", Itzhak). anyascii drops the alif and the skeletons
    drop vowels, so "قرادة" (Qarada, "qrdh") reads like "Agrosoyuz" ("krs"); how it starts
    tells them apart.
    """
    letters = [ch for ch in unicodedata.normalize("NFKC", word) if ch.isalpha() and ch != _TATWEEL]
    if not letters:
        return None
    first = letters[0]
    if _ARABIC_GERESH.match(word):
        return CONSONANT_START  # ע' is غ, "gh" (ע'אזי Ghazi): no ayin a Latin spelling leaves out
    if first in _VOWEL_CARRIERS:
        return VOWEL_START
    if first in _W_LETTERS:
        return W_START
    if first in _Y_LETTERS:
        return Y_START
    if text_scripts(first) & _ARABIC_OR_HEBREW:
        return CONSONANT_START
    return None


#: An alif inside a word writes a long ā ("جمال" Jamal, Djamel; "رحمان" Rahmon). Not the first
#: letter, which carries the word's first vowel ("احمد" Ahmad), nor an alif after two letters or
#: more, or after a one-letter preposition (ب, ف, ك), and before a ل that another letter follows
#: (the article of a word glued on: "عبدالله" Abdullah, "نورالدين" Nur ad-Din, "بالدم" bil-Dima;
#: "صالح" is Saleh) or after the article (a word starting with alif: "الاسلام" al-Islam).
_ARABIC_LETTER = re.compile("[\u0620-\u063f\u0641-\u064a\u066e-\u06d3]")
_PROCLITICS = frozenset("\u0628\u0641\u0643")
_INNER_ALIF = re.compile(f"(?<={_ARABIC_LETTER.pattern})(?<!\u0627\u0644)[\u0627\u0622]")
#: Letters that do not join the next one (and ه, before which Persian writes a zero-width
#: non-joiner, which the cleaning leaves out): a word written solid after them may start with its
#: alif ("محمدابراهیم", Mohammad Ibrahim; "خامنه‌ای").
_NOT_JOINING = re.compile(
    "[\u0621-\u0625\u0627\u0629\u062f-\u0632\u0647\u0648\u0671\u0688-\u0699\u06c0\u06c4-\u06cb\u06cf\u06d5]"
)
#: Short vowels and shadda (a word with them is read as it was, see with_long_vowel_marks) and the
#: tatweel, a stroke that lengthens a join.
_MARKS = re.compile(r"[\u064b-\u0652\u0640]")


def with_long_vowel_marks(word: str) -> str:
    """An Arabic-script word with the long vowels anyascii leaves out marked: an alif inside it
    :data:`INNER_ALIF` ("جمال" -> "جم1ل", "jm1l"), or :data:`ALIF_OR_WORD_START` after a letter that
    does not join the next (a word written on may start there), and the alif maqsura ى, which
    anyascii writes "a" as it writes a fatha, :data:`ALIF_MAQSURA`. Without short vowels, shadda
    and tatweel; other words as they are."""
    word = _MARKS.sub("", word)

    def alif(match: re.Match[str]) -> str:
        at = match.start()
        before_article = at >= 2 or word[at - 1] in _PROCLITICS
        if before_article and word.startswith("\u0644", at + 1) and _ARABIC_LETTER.match(word, at + 2):
            return match.group(0)  # the article of a word glued on
        return ALIF_OR_WORD_START if _NOT_JOINING.match(word, at - 1) else INNER_ALIF

    return _INNER_ALIF.sub(alif, word).replace("\u0649", ALIF_MAQSURA)


#: An alef after a letter, which ICU leaves out: a vowel, the long ā of an Arabic name as Hebrew
#: writes it ("חאלד", Khaled; "ג׳מאל", Jamal), or one said on its own ("מיכאל", Michael; "שאול",
#: Shaul). Not after the article ("אלאמין", al-Amin), nor the article of a word glued on after two
#: letters or more ("עבדאללה", Abdallah).
_HEBREW_INNER_ALEF = re.compile(f"(?<=[{HEBREW_LETTERS}{GERESH}])(?<!\u05d0\u05dc)\u05d0")
_HEBREW_LETTER = re.compile(f"[{HEBREW_LETTERS}]")
_KAF_BEFORE_HE = re.compile(f"\u05db(?=\u05d4[{HEBREW_LETTERS}])")


def with_hebrew_marks(word: str) -> str:
    """A Hebrew word with what ICU's reading leaves out marked: an alef after a letter (or a letter
    and its geresh) :data:`INNER_ALIF` ("חאלד" -> "ח1לד", read "h1ld"; see with_long_vowel_marks), and
    :data:`KAF_HE_MARK` between each כ and the ה after it ("כהן" -> "כ4הן", read "k4hn"); other
    words as they are."""

    def alef(match: re.Match[str]) -> str:
        at = match.start()
        glued = len(_HEBREW_LETTER.findall(word, 0, at)) >= 2 and word.startswith("\u05dc", at + 1)
        if glued and _HEBREW_LETTER.match(word, at + 2):
            return match.group(0)  # the article of a word glued on
        return INNER_ALIF

    return _KAF_BEFORE_HE.sub("\u05db" + KAF_HE_MARK, _HEBREW_INNER_ALEF.sub(alef, word))


def _pinyin_word(run: str) -> str:
    syllables = [s for s in lazy_pinyin(run) if s.strip()]
    if 2 <= len(syllables) <= 4:
        # A Chinese personal name: one-syllable family name, then the given name written as one word.
        return syllables[0] + " " + "".join(syllables[1:])
    return "".join(syllables)


def _icu_run_latin(match: re.Match[str]) -> str:
    run = match.group(0)
    return eastern_spelling(run) if has_armenian(run) else ascii_text(run)


@lru_cache(maxsize=4096)
def latinize(text: str) -> str:
    """A Latin spelling of the whole name (lower case; may equal the input for Latin text)."""
    if not text.isascii():  # anyascii leaves ASCII as it is: skip its per-character work
        text = _ICU_RUN.sub(_icu_run_latin, text)
        text = INDIC_WORD.sub(lambda m: indic_word(m.group(0)), text)
        text = _FINAL_HA.sub("\u062d" + FINAL_HA_MARK, text.translate(_DAD))
        text = anyascii(HAN_RUN.sub(lambda m: " " + _pinyin_word(m.group(0)) + " ", text))
    return " ".join(text.replace("`", "").replace("'", "").split()).lower()


@lru_cache(maxsize=1)
def known_pinyin_syllables() -> frozenset[str]:
    """Every toneless pinyin syllable pypinyin knows ("wang", "lv" and "lu" for lü)."""
    from pypinyin.constants import PINYIN_DICT

    readings = {r for value in PINYIN_DICT.values() for r in value.split(",")}
    syllables: set[str] = set()
    for reading in readings:
        base = without_marks(reading.replace("ü", "v"))
        syllables.update((base, base.replace("v", "u")))
    return frozenset(syllables)


def is_pinyin_syllable(token: str) -> bool:
    """True when a lower-case token is one Mandarin syllable in pinyin ("kong", "yan"; not "liwu")."""
    return token in known_pinyin_syllables()


#: The longest pinyin syllables have six letters ("zhuang", "shuang").
_LONGEST_SYLLABLE = 6


def pinyin_syllable_count(token: str) -> int:
    """The fewest pinyin syllables a token can be read as, glued ("liwu" -> 2, "kong" -> 1); 0 if none.

    Chinese given names of two syllables are often written as one word ("Jinping",
    "Suxuan"); telling how many syllables a word holds lets a one-syllable name part
    be told apart from a two-syllable one.
    """
    return len(pinyin_syllables(token))


@lru_cache(maxsize=1 << 16)
def pinyin_syllables(token: str) -> tuple[str, ...]:
    """The token read as the fewest glued pinyin syllables ("xiaohong" -> ("xiao", "hong")); () if none.

    Of several readings with as few syllables, the one with the longest last syllable
    ("fangan" -> ("fan", "gan")): the same for the same letters, whatever else is compared.
    """
    syllables = known_pinyin_syllables()
    fewest = [0] + [-1] * len(token)  # fewest syllables for each prefix; -1: not pinyin
    starts = [0] * (len(token) + 1)  # where the last syllable of that reading starts
    for end in range(1, len(token) + 1):
        for start in range(max(0, end - _LONGEST_SYLLABLE), end):
            if fewest[start] >= 0 and token[start:end] in syllables:
                count = fewest[start] + 1
                if fewest[end] < 0 or count < fewest[end]:
                    fewest[end] = count
                    starts[end] = start
    if not token or fewest[-1] < 0:
        return ()
    found = []
    end = len(token)
    while end > 0:
        found.append(token[starts[end] : end])
        end = starts[end]
    return tuple(reversed(found))


def listed_syllable(syllable: str) -> str:
    """One Hangul syllable in the lists' spelling (see :data:`_MR_INITIAL`)."""
    parts = _SYLLABLE_PARTS.match(anyascii(syllable).lower())
    if parts is None:
        return anyascii(syllable).lower()
    initial, vowel, final = parts.groups()
    for revised, listed in _MR_VOWEL:
        vowel = vowel.replace(revised, listed)
    return _MR_INITIAL.get(initial, initial) + vowel + _MR_FINAL.get(final, final)


@lru_cache(maxsize=1)
def known_korean_syllables() -> frozenset[str]:
    """Every Hangul syllable romanised as anyascii writes it (Revised Romanization: "seong",
    "gyeong") and as the lists write North Korean names (:func:`listed_syllable`: "song",
    "kyong", "sung")."""
    syllables: set[str] = set()
    for code in range(0xAC00, 0xD7A4):
        syllable = chr(code)
        syllables.update((anyascii(syllable).lower(), listed_syllable(syllable)))
    return frozenset(syllables)


def is_korean_syllable(token: str) -> bool:
    """True when a lower-case token is one romanised Korean syllable ("bom", "hwa", "kyong")."""
    return token in known_korean_syllables()


def korean_listed_spelling(text: str) -> str | None:
    """A name in Hangul spelt as the lists spell Korean names, one word per syllable; else None.

    "김정은" -> "kim jong un", "박봉주" -> "pak pong ju", "리수용" -> "ri su yong". Text
    outside Hangul is kept as it is.
    """
    if not _HANGUL.search(text):
        return None
    return _HANGUL_RUN.sub(lambda m: " " + " ".join(map(listed_syllable, m.group(0))) + " ", text)


def split_cjk_family_name(text: str) -> str | None:
    """For a one-word Korean name (김정은), the family name split off ("김 정은"); else None."""
    if _HANGUL_WORD.match(text.strip()):
        word = text.strip()
        return f"{word[0]} {word[1:]}"
    return None


#: ICU rules: the letter pairs Greek writes b, d, g and u with, then BGN/PCGN romanisation
#: (which reads them so only at the start of a word) and accents dropped.
_GREEK_AS_SAID = """
::NFD;
[Μμ] [Ππ] > b;
[Νν] [Ττ] > d;
[Γγ] [Κκ] > g;
[Οο] [\u0301]? [Υυ] > u;
::NFC;
::Greek-Latin/BGN;
::Latin-ASCII;
"""


@lru_cache(maxsize=1)
def _greek_as_said() -> Any:
    import icu  # PyICU, installed with normality

    forward = icu.UTransDirection.FORWARD
    return icu.Transliterator.createFromRules("embargo-greek-as-said", _GREEK_AS_SAID, forward)


def greek_spoken_spelling(text: str) -> str | None:
    """A name in Greek letters as English writes what it says; else None.

    anyascii spells Greek letter by letter, as Greek passports do (ELOT 743): "μπ" "mp", "ντ"
    "nt", "γκ" "gk", and "ου" "oy". Those pairs say b, d, g and u, which is how Greek writes
    foreign names ("Μπασάρ αλ Άσαντ" is "basar al asad", "Βλαντίμιρ Πούτιν" "vladimir putin",
    "Οσάμα μπιν Λάντεν" "osama bin laden") and how English often writes Greek ones ("Ντόρα
    Μπακογιάννη", "dora bakoyianni"). The rest is BGN/PCGN romanisation through ICU. Both
    spellings are read: Greek names are also written letter by letter ("Konstantinos").
    """
    if not _GREEK.search(text):
        return None
    return _greek_as_said().transliterate(text)


def russian_spelling(text: str) -> str | None:
    """A Cyrillic name with Kazakh, Kyrgyz or Bashkir letters in the Russian letters for them; else None.

    "Қасым-Жомарт Тоқаев" -> "Касым-Жомарт Токаев", romanised "kasymzhomart tokaev" as the
    lists write "TOKAYEV, Kassym-Jomart" (see _RUSSIAN_LETTERS).
    """
    return _translated(text, _RUSSIAN_LETTERS)


def _translated(text: str, table: dict[int, str]) -> str | None:
    """The text with the table's letters replaced, or None when it has none of them."""
    spelled = text.translate(table)
    return spelled if spelled != text else None


#: Letters with a háček, as Czech, Slovak, Slovene, Croatian, Serbian, Lithuanian and Latvian (and the
#: ISO 9 romanisation of Cyrillic) write the sounds English writes "sh", "zh" and "ch".
_HACEK_DIGRAPHS = str.maketrans({"š": "sh", "Š": "Sh", "ž": "zh", "Ž": "Zh", "č": "ch", "Č": "Ch"})


def hacek_spelling(text: str) -> str | None:
    """A Latin name with š, ž or č written as English writes those sounds; None when it has none.

    "Lukašenko" -> "Lukashenko", "Prigožin" -> "Prigozhin", "Abramovič" -> "Abramovich": Central
    European and Baltic spellings of Russian and Ukrainian names, which the lists write in English
    conventions. Folded to ASCII, the letters lose the "h" ("Lukasenko"), one edit from the list's.
    """
    return _translated(text, _HACEK_DIGRAPHS)


#: Hebrew letters with a geresh (an apostrophe, or the Hebrew sign ׳), which write the sounds of
#: other languages Hebrew has no letter for: ג' "j", ז' "zh", צ' and ץ' "ch" (ג'ורג' George,
#: פריגוז'ין Prigozhin, אברמוביץ' Abramovich). Without this the geresh is dropped as an apostrophe.
_HEBREW_GERESH = re.compile(f"([\u05d2\u05d6\u05e6\u05e5])[{GERESH}]")
_GERESH_SOUNDS = {"\u05d2": "j", "\u05d6": "zh", "\u05e6": "ch", "\u05e5": "ch"}
#: ... and the letters with a geresh of Arabic's own sounds, as Hebrew transcribes Arabic names:
#: ח' "kh" (خ), ע' "gh" (غ), ד' "dh" (ذ), ת' "th" (ث), ט' "z" (ظ, as Latin spellings mostly write
#: it: Hafiz). Read so in a reading of their own (see arabic_geresh_spelling): Latin spellings also
#: write some of those sounds as the letter without the geresh reads ("Han", "Hamenei", "Diab"), the
#: reading where it is dropped. (צ' is also ض there, see match.names.other_hebrew_sounds.)
_ARABIC_GERESH = re.compile(f"([\u05d7\u05e2\u05d3\u05ea\u05d8])[{GERESH}]")
_ARABIC_GERESH_SOUNDS = {"\u05d7": "kh", "\u05e2": "gh", "\u05d3": "dh", "\u05ea": "th", "\u05d8": "z"}
#: Unpointed Hebrew writes b and v with one letter (ב) and k and kh with another (כ, final ך).
_HEBREW_SOFT = str.maketrans({"\u05d1": "v", "\u05db": "kh", "\u05da": "kh"})


def spell_hebrew_geresh(text: str) -> str:
    """The text with each Hebrew letter and geresh of :data:`_HEBREW_GERESH` written as the sound
    they stand for ("j", "zh", "ch")."""
    if not any(sign in text for sign in GERESH):
        return text
    return _HEBREW_GERESH.sub(lambda m: _GERESH_SOUNDS[m.group(1)], text)


def arabic_geresh_spelling(text: str, marked: bool = False) -> str | None:
    """The text with each Hebrew letter and geresh of Arabic's own sounds written as that sound
    ("ח'אלד" -> "khאלד", Khaled; "ע'אזי" -> "ghאזי", Ghazi; see :data:`_ARABIC_GERESH`); None for
    a text without one. ``marked``: a sound of two Latin letters with :data:`DIGRAPH_MARK` between
    them ("k5hאלד"), for a word's written form: one sound, which Latin spellings write with the two
    letters together ("Khan"; no "Cohen", whose k and h are two)."""
    if not _ARABIC_GERESH.search(text):
        return None

    def sound(match: re.Match[str]) -> str:
        spelt = _ARABIC_GERESH_SOUNDS[match.group(1)]
        return spelt[0] + DIGRAPH_MARK + spelt[1:] if marked and len(spelt) == 2 else spelt

    return _ARABIC_GERESH.sub(sound, text)


def has_hebrew(text: str) -> bool:
    """True when the text has a Hebrew letter."""
    return "Hebrew" in text_scripts(text)


def hebrew_soft_spelling(text: str) -> str | None:
    """A Hebrew name with ב read "v" and כ "kh"; None when it has neither letter.

    Without vowel points Hebrew does not tell b from v (ב, בּ) nor k from kh (כ, כּ), and ICU reads
    them "b" and "k": "סרגיי לברוב" is "srgyy lbrwb", far from "Sergei LAVROV", "מיכאיל" "mykyl"
    from "Mikhail". The name is also read with the other sounds.
    """
    return _translated(text, _HEBREW_SOFT)
