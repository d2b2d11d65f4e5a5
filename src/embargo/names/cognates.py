"""One given name in its Russian, Ukrainian and Belarusian forms: "Sergei", "Serhiy", "Siarhei".

The East Slavic languages share their given names, each in its own form: Russian Владимир,
Ukrainian Володимир, Belarusian Уладзімір; Николай, Микола, Мікалай. Romanised, the forms are
other words ("Vladimir" / "Volodymyr", "Nikolai" / "Mykola", "Dmitriy" / "Dmytro", "Kirill" /
"Kyrylo"), and the lists write one person in several: OFAC lists "ANTONOV, Vladimir Nikolaevich"
also as "ANTONOV, Volodymyr Mykolayovych", "SAMOILENKO, Mykyta" as "SAMOYLENKO, Nikita", and
Ukrainian passports write the Ukrainian form. Letter by letter such pairs are conflicts
("Serhiy Ivanov" / "Sergei Ivanov" scored 0.42, "Mykola Azarov" / "Nikolai Azarov" 0.42).

rigour's name tagger knows given names as Wikidata items: a name's spellings in every language
and script carry the items it is a label or alias of. Its Latin spellings of these names share
few items ("Serhiy" and "Sergei" none), and loose aliases join other names' ("Mehmood" and
"Mohammed", "Gustavo" and "Agustin" one each), but their Cyrillic spellings share many (Сергій,
Сергей and Сяргей five to seven). A Latin token is therefore read back into Cyrillic, letter for
letter as the Russian, Ukrainian and Belarusian romanisations write it (cyrtranslit; with the
habits of romanised names it does not read: a final "-ei" or "-iy" is й, "h" is г where
Ukrainian writes it for г, "x" is "ks", English "-er" is "r", and the digraphs of the national
romanisations are its Ukrainian and Belarusian alphabets' letters), and the items of the readings
rigour knows are the token's (:func:`cognate_symbols`). Two forms of one name share two items or
more; one shared item is more often a loose alias ("Oscar" / "Askar", "Vadym" / "Vadik").

The items also join short forms and names that are not one ("Sandra" / "Aleksandra", "Jan" /
"Zhanna", "Tanya" / "Tatiana", the romanisations of one Chinese syllable "Tang" / "Teng"), other
names to a screening analyst. Forms of one name keep its consonants, in the sounds the languages
exchange (г and h, в and ў, o and a): a pair counts as one name only when their consonant
skeletons are one edit apart at most, neither a woman's form of a man's (:func:`forms_agree`),
and each token is long enough to tell (four letters, two syllables, three consonants).
One-syllable names ("Pyotr", "Gleb") are left out. rigour's items are of some family names too
("Ivanov"): a query's word is read unless the query marks it as its family name ("IVANOV,
Serhiy"), as a listed family name is not.

Building rigour's person-name tagger takes seconds (seven on the benchmark machine): the index
reads its listed names' items once with it and keeps them in a :class:`CognateVocabulary`, which
reads a query's words from them without the tagger.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from functools import lru_cache

import cyrtranslit
from rapidfuzz.distance import OSA
from rigour.names import NameTypeTag, SymbolCategory, analyze_names

from embargo.names.analysis import NAME, PER, NameForm
from embargo.names.gendered import gender_direction

#: Shortest token read for cognates: shorter ones ("Jan", "Lev", "Iva") join unrelated names.
MIN_COGNATE_LENGTH = 4
#: Longest token read for cognates: given names and patronymics are shorter ("kostiantynovych").
MAX_COGNATE_LENGTH = 16
#: Fewest consonants (see cognate_skeleton) and syllables a token needs: shorter names share the
#: items of many others, one of two consonants an edit away ("Tanya" / "Tatiana", tn / ttn; "Gary" /
#: "Hari"), and one syllable may be one character of a Chinese, Korean or Vietnamese name, every
#: romanisation of which shares items ("Tang" / "Teng", "Hong" / "Wong").
MIN_SKELETON = 3
MIN_SYLLABLES = 2
#: Most edits between the consonant skeletons of two forms of one name (see forms_agree).
MAX_SKELETON_EDITS = 1
#: Fewest items two forms of one name share: their Cyrillic forms are labels of several items (the
#: name and its forms in each language: Сергій and Сергей of seven), where one shared item is more
#: often a loose alias ("Oscar" / "Askar", "Vadym" / "Vadik", "Ramsey" / "Ramzi").
MIN_SHARED_ITEMS = 2
#: Digraphs of the romanisations and the letters of cyrtranslit's Ukrainian and Belarusian alphabets
#: for their sounds (its Russian one reads "zh", "ch", "sh" and "ya" of them), "ts" last: "tsh" is
#: т and ш ("Gutsheva").
_HACEK_LETTERS = (("shch", "šč"), ("zh", "ž"), ("kh", "x"), ("ch", "č"), ("sh", "š"), ("ts", "c"))
#: "y" or "i" before a vowel at the start or after a vowel: the glide of я, ю, є, ї, й ("Yevhen",
#: "Mykolayovych", "Oleksiyovych").
_Y_GLIDE = re.compile(r"(?:^|(?<=[aeiou]))[yi](?=[aeiou])")
#: A final "i" or "y" after a vowel is й ("Sergei", "Nikolay"); a final "ii", "iy", "yi", "yy" or "ij"
#: is ий or ій ("Dmitriy", "Serhii", "Yuriy").
_FINAL_GLIDE = re.compile(r"(?<=[aeiou])[iy]$")
_FINAL_IY = re.compile(r"(?:ii|iy|yi|yy|ij)$")
#: A final "y" after a consonant is ий or ый ("Gennady", "Dzmitry") ...
_FINAL_Y = re.compile(r"(?<=[^aeiouy])y$")
#: ... and a final "i" may be ій or ий, which Belarus's romanisation writes "i" ("Yauheni", Яўгеній).
_FINAL_I = re.compile(r"(?<=[^aeiouy])i$")
#: An "h" of its own (not of "kh", "zh", "sh", "ch", "ph", "th", "gh"): Ukrainian and Belarusian г,
#: Russian "g".
_LONE_H = re.compile(r"(?<![kzscptg])h")
#: A final "er" after a consonant, as English writes "Aleksandr" and "Petr" ("Alexander", "Peter").
_FINAL_ER = re.compile(r"(?<=[^aeiouy])er$")
#: "і" or "и" and a vowel after a consonant in a Cyrillic reading: the soft vowel of one letter that
#: Ukraine's and Belarus's romanisations write "ia", "iu", "ie", "io" there ...
_I_VOWEL = re.compile(r"(?<=[бвгґджзклмнпрстфхцчшщ])[іи]([аеуо])")
_SOFT = {"а": "я", "у": "ю", "е": "е", "о": "ё"}
#: ... and a "у" after a vowel and before a consonant or the end: Belarusian ў ("u" in "Yauhen").
_SHORT_U = re.compile(r"(?<=[аеёиоуыэюяі])у(?![аеёиоуыэюяіў])")
#: The soft signs the national romanisations leave out: after a final з, ц, л, н, с (Belarusian
#: дзь, "Henadz", Генадзь; Ukrainian "Vasyl", Василь) and after л before a consonant ("Volha", Вольга).
_FINAL_SOFT = re.compile(r"[зцлнс]$")
_L_BEFORE_CONSONANT = re.compile(r"л(?=[бвгґджзклмнпрстфхцчшщ])")
#: Belarusian Łacinka writes a soft л before a vowel "l" (a hard one "ł", "l" once in ASCII):
#: "Alaksandr" is Аляксандр, which Belarus's romanisation writes "Aliaksandr".
_LACINKA_SOFT_L = re.compile(r"l(?=[aou])")
#: A Latin letter cyrtranslit left in a reading (its Belarusian table has no "g").
_LATIN = re.compile(r"[a-z]")
#: Letters that are no consonant of the skeleton: vowels, and the glides "y" and "j".
_NOT_CONSONANT = re.compile(r"[aeiouyj]")
_DOUBLES = re.compile(r"(.)\1+")
_VOWEL_RUNS = re.compile(r"[aeiouy]+")
#: A "u" after a vowel and before a consonant or the end (Belarusian ў), or first before a consonant
#: (Belarusian у), where the others write в: "Yauhen" / "Yevgeny", "Laurou" / "Lavrov", "Uladzimir"
#: / "Vladimir".
_BELARUSIAN_U = re.compile(r"(?<=[aeio])u(?![aeiouy])|^u(?=[^aeiouy])")
#: How a woman's name or family name ends, and a man's may ("Mykola", "Nikita" end in "a" too) ...
_FEMININE_END = re.compile(r"a$")
_CONSONANT_END = re.compile(r"[^aeiouyjw]$")
#: ... and a woman's family name of the Slavic languages (Petrova, Svobodova, Lukyanenkova).
_FEMININE_FAMILY_END = re.compile(r"[oe]va$")


def _latin_variants(token: str) -> set[str]:
    """The token as cyrtranslit should read it: the habits of romanised names written its way."""
    variants = {token, token.replace("x", "ks")}
    variants |= {_FINAL_ER.sub("r", v) for v in variants}
    variants |= (
        {_FINAL_GLIDE.sub("j", v) for v in variants}
        | {_FINAL_IY.sub("ij", v) for v in variants}
        | {_FINAL_Y.sub(ending, v) for v in variants for ending in ("ij", "yj")}
        | {_FINAL_I.sub("ij", v) for v in variants}
    )
    variants |= {_LONE_H.sub("g", v) for v in variants}
    return variants


def _in_hacek_letters(variant: str) -> str:
    """A romanised word in the letters of cyrtranslit's Ukrainian and Belarusian alphabets: the
    digraphs of the national romanisations (Ukraine's of 2010, Belarus's, BGN/PCGN's) as one letter
    each, and "y" or "i" before a vowel as "j" ("mykolayovych" -> "mykolajovyč", "yevhen" -> "jevhen")."""
    for digraph, letter in _HACEK_LETTERS:
        variant = variant.replace(digraph, letter)
    return _Y_GLIDE.sub("j", variant)


def _soft_signs(reading: str) -> str:
    """A Ukrainian or Belarusian reading with the soft signs its romanisation left out (see
    :data:`_FINAL_SOFT`): "генадз" -> "генадзь", "волга" -> "вольга"."""
    return _L_BEFORE_CONSONANT.sub("ль", _FINAL_SOFT.sub(lambda m: m.group(0) + "ь", reading))


def _soft_vowels(reading: str) -> str:
    """A reading with the soft vowels the national romanisations write with "i" after a consonant as
    one letter (іа, іу, іе, іо: я, ю, е, ё) and Belarusian ў after a vowel ("аліаксей" -> "аляксей",
    "арціом" -> "арцём", "яуген" -> "яўген")."""
    return _SHORT_U.sub("ў", _I_VOWEL.sub(lambda m: _SOFT[m.group(1)], reading))


@lru_cache(maxsize=1 << 16)
def cyrillic_spellings(token: str) -> tuple[str, ...]:
    """The Cyrillic words a romanised token may be: "serhii" -> сергій, сергии, серхий, ..."""
    readings = set()
    for variant in _latin_variants(token):
        readings.add(cyrtranslit.to_cyrillic(variant, "ru"))
        in_hacek_letters = _in_hacek_letters(variant)
        for language, spelt in (
            ("ua", in_hacek_letters),
            ("by", in_hacek_letters),
            ("by", _LACINKA_SOFT_L.sub("li", in_hacek_letters)),
        ):
            reading = cyrtranslit.to_cyrillic(spelt, language)
            for soft in (reading, _soft_vowels(reading)):
                readings.update((soft, _soft_signs(soft)))
    return tuple(sorted(reading for reading in readings if not _LATIN.search(reading)))


@lru_cache(maxsize=1 << 16)
def cognate_symbols(token: str) -> str:
    """The Wikidata given-name items of a lower-case Latin token's Cyrillic readings, "|"-joined.

    "" for a token no reading of which rigour knows as a name, and for tokens that cannot be read
    so (see :func:`_may_have_items`).
    """
    if not _may_have_items(token):
        return ""
    names = analyze_names(
        NameTypeTag.PER,
        list(cyrillic_spellings(token)),
        consolidate=False,
        phonetics=False,
        numerics=False,
        rewrite=False,
    )
    items = {symbol.id for name in names for symbol in name.symbols if symbol.category == SymbolCategory.NAME}
    return "|".join(sorted(map(str, items)))


def _may_have_items(token: str) -> bool:
    """Whether a token is read for items: MIN_COGNATE_LENGTH to MAX_COGNATE_LENGTH letters, of
    MIN_SYLLABLES syllables and MIN_SKELETON consonants at least."""
    return (
        MIN_COGNATE_LENGTH <= len(token) <= MAX_COGNATE_LENGTH
        and token.isalpha()
        and token.isascii()
        and len(_VOWEL_RUNS.findall(token)) >= MIN_SYLLABLES
        and len(cognate_skeleton(token)) >= MIN_SKELETON
    )


@lru_cache(maxsize=1 << 16)
def cognate_skeleton(token: str) -> str:
    """A romanised token's consonants, as the three languages exchange them: "h" of г is "g", "w" and
    the "u" of Belarusian ў (and of у before a consonant first) are "v", "x" is "ks", doubles once
    ("volodymyr" -> "vldmr", "serhii" -> "srg", "yauhen" -> "vgn", "uladzimir" -> "vldzmr")."""
    consonants = _LONE_H.sub("g", token).replace("w", "v").replace("x", "ks")
    consonants = _DOUBLES.sub(r"\1", _BELARUSIAN_U.sub("v", consonants))
    return _NOT_CONSONANT.sub("", consonants)


def forms_agree(a: str, b: str) -> bool:
    """True when two tokens that share given-name items (:func:`cognate_symbols`, :func:`share_items`)
    may be one name's forms: their consonant skeletons (:func:`cognate_skeleton`) are one edit apart
    at most ("mykola" / "nikolai", mkl and nkl; not "sandra" / "aleksandra"), and they are not a
    woman's and a man's form ("Emiliya" / "Emil", "Novakova" / "Novak", "Tolstaya" / "Tolstoy").
    """
    if sexes_differ(a, b):
        return False
    first, second = cognate_skeleton(a), cognate_skeleton(b)
    if min(len(first), len(second)) < MIN_SKELETON:
        return False
    return OSA.distance(first, second, score_cutoff=MAX_SKELETON_EDITS) <= MAX_SKELETON_EDITS


def sexes_differ(a: str, b: str) -> bool:
    """True when one token is a woman's form of the other (names.gendered: "Tolstaya" / "Tolstoy",
    "Kowalska" / "Kowalski"), or has a woman's ending the other lacks (see :func:`forms_agree`)."""
    return gender_direction(a, b) != 0 or _woman_and_man(a, b) or _woman_and_man(b, a)


def _woman_and_man(female: str, male: str) -> bool:
    """True when ``female`` has a woman's ending the other lacks: "Emiliya" / "Emil", "Svobodova" /
    "Svoboda" (not "Mykola" / "Nikolai")."""
    if _FEMININE_FAMILY_END.search(female) and not _FEMININE_FAMILY_END.search(male):
        return True
    return bool(_FEMININE_END.search(female) and _CONSONANT_END.search(male))


def with_cognates(form: NameForm, items: Callable[[str], str] = cognate_symbols) -> NameForm:
    """A person's name with the given-name items of its tokens read (NameForm.cognates), by ``items``
    (rigour's tagger, or a :class:`CognateVocabulary`); other names as they are. Not a name read from
    an abjad (consonants), nor one read character by character."""
    if not _has_given_names(form):
        return form
    return form._replace(
        cognates=tuple(
            items(token) if _read_for_items(form, i) else "" for i, token in enumerate(form.tokens)
        )
    )


def _has_given_names(form: NameForm) -> bool:
    """Whether a name's words may be given names with items: a person's, in letters, read word by word."""
    return form.tag == PER and not (form.abjad or form.syllables or form.hanja)


def _read_for_items(form: NameForm, index: int) -> bool:
    """Whether a word of a person's name is read for items: a name word, not its family name."""
    return form.kinds[index] == NAME and not form.family[index]


def cognate_items(form: NameForm, index: int) -> str:
    """The given-name items of a token of a person's name: as read already (see with_cognates), or
    now by rigour's tagger (a pair of names scored without an index)."""
    if form.cognates:
        return form.cognates[index]
    if not _has_given_names(form) or not _read_for_items(form, index):
        return ""
    return cognate_symbols(form.tokens[index])


class CognateVocabulary:
    """The given-name items of the listed names' words, by word and by the Cyrillic words they may be.

    rigour's person-name tagger takes seconds to build in a process (seven on this machine), more
    than a whole screening session of a few names. The index reads its listed names' items once
    with it (:func:`with_cognates`) and keeps them here, saved with it; a query's words are read
    from them (:meth:`items`): a listed word's own items, else those of the listed words with its
    consonants (:func:`cognate_skeleton`) that share a Cyrillic reading with it ("serhii" and a listed
    "serhiy" are both сергій; not "kemal" and a listed "cemal", both кемал: other consonants). A
    given name the lists write in no form that reads alike gets none, and pairs by its letters only.
    """

    def __init__(self, forms: Iterable[NameForm]) -> None:
        self.by_word: dict[str, str] = {}
        by_reading: dict[tuple[str, str], set[str]] = defaultdict(set)
        for form in forms:
            for index, items in enumerate(form.cognates):
                word = form.tokens[index]
                # A listed family name is not read (its "" is no reading), nor a word read already.
                if not _read_for_items(form, index) or word in self.by_word:
                    continue
                self.by_word[word] = items
                if items:
                    for spelling in cyrillic_spellings(word):
                        by_reading[spelling, cognate_skeleton(word)].update(items.split("|"))
        self.by_reading = {key: "|".join(sorted(items)) for key, items in by_reading.items()}

    def items(self, word: str) -> str:
        """The items of a word: a listed word's own, else those of listed words that read alike."""
        known = self.by_word.get(word)
        if known is not None:
            return known
        if not _may_have_items(word):
            return ""
        skeleton = cognate_skeleton(word)
        found = {
            item
            for spelling in cyrillic_spellings(word)
            for item in self.by_reading.get((spelling, skeleton), "").split("|")
            if item
        }
        return "|".join(sorted(found))

    def read(self, form: NameForm) -> NameForm:
        """A query's reading with the items of its words (see :func:`with_cognates`)."""
        return with_cognates(form, self.items)


def share_items(first: str, second: str) -> bool:
    """True when two tokens' items ("Q1|Q2", see cognate_symbols) have MIN_SHARED_ITEMS in common."""
    return (
        bool(first and second)
        and len(set(first.split("|")).intersection(second.split("|"))) >= MIN_SHARED_ITEMS
    )
