"""Analysis of one raw name into comparable Latin tokens, one :class:`NameForm` per reading.

A reading is a way to write the same name: as given; with "LAST, First"
reordered; with glued words split. Every reading is cleaned, stripped of
leading honorifics (persons) or rewritten to rigour's legal-form compare form
(organisations), transliterated to lower-case ASCII and cut into tokens. Each
token gets a kind (name, initial, number, legal form, stop word, generic
organisation word), its metaphone key, and whether it is a known family name
(from "LAST, First").

No person-name tagger runs here (only rigour's organisation tagger, for generic
words such as "State Corporation" and numbers, which builds in a tenth of a second): analysis
costs tens of microseconds, so the whole of the lists is analysed in seconds and a
process answers its first query at once (see docs/matching.md, "Start-up").
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

import jellyfish
from rigour.names import (
    NameTypeTag,
    SymbolCategory,
    analyze_names,
    extract_org_types,
    replace_org_types_compare,
)
from rigour.text import is_stopword

from embargo.names.armenian import western_spelling
from embargo.names.asides import without_asides
from embargo.names.cantonese import cantonese_readings
from embargo.names.chinese import (
    english_reading,
    gloss,
    has_han,
    is_transcribed_name,
    pinyin_words,
    reads_as_words,
    segment,
    transcribed_reading,
)
from embargo.names.cyrillic import own_latin_spelling
from embargo.names.honorifics import strip_degrees, strip_honorifics, without_titles
from embargo.names.indic import indic_spellings
from embargo.names.japanese import japanese_reading
from embargo.names.korean import latin_korean_syllables
from embargo.names.normalize import clean_name, has_name_content, letter_count
from embargo.names.orgtypes import read_own_legal_forms
from embargo.names.palladius import palladius_reading
from embargo.names.patronymics import english_patronymics
from embargo.names.persian_arabic_forms import company_words
from embargo.names.sino_korean import korean_spellings
from embargo.names.tokenize import comma_parts, join_abd_compounds, split_glued
from embargo.names.transliterate import (
    GERESH,
    arabic_geresh_spelling,
    greek_spoken_spelling,
    hacek_spelling,
    hebrew_soft_spelling,
    is_abjad,
    korean_listed_spelling,
    latinize,
    russian_spelling,
    spell_hebrew_geresh,
    split_cjk_family_name,
)
from embargo.names.vessels import without_ship_prefix
from embargo.names.wadegiles import wade_giles_readings

#: Longest name analysed, in characters after clean-up; longer input is refused by the caller.
MAX_ANALYSED_LENGTH = 300

#: Name types (what kind of party a name belongs to).
PER, ORG, ENT, OBJ = "PER", "ORG", "ENT", "OBJ"
#: Token kinds. GENERIC: a generic word that leads an organisation name, before the words that
#: name it ("STATE CORPORATION ROSTEC", "BANK MELLI"), as rigour's name tagger finds them.
NAME, INITIAL, NUMBER, LEGAL, STOP, GENERIC = range(6)
#: rigour symbol categories of generic organisation words: kinds of organisation ("CORP", "GOV",
#: "NATL", "HOLDING") and lines of business ("OIL", "BANK", "SHIPPING"). Not places: "Banco
#: Santander Chile" is not "Banco Santander".
_GENERIC_CATEGORIES = frozenset({SymbolCategory.SYMBOL, SymbolCategory.DOMAIN})

_SCHEMA_TAGS = {
    "Person": PER,
    "Company": ORG,
    "Organization": ORG,
    "LegalEntity": ENT,
    "Vessel": OBJ,
    "Aircraft": OBJ,
    "CryptoWallet": OBJ,
}
_FAMILY_KEYS = ("last", "family")
#: The Arabic article written joined to a word of three letters or more ("السنوار"; not "الله"),
#: also in Hebrew letters, as Hebrew writes Arabic names: before a hyphen or maqaf ("אל-נאצר"), or
#: joined to a word of four letters or more ("אלסנואר"; a letter with its geresh counts as one):
#: Hebrew's own names of "El" and a word of three ("אלחנן", Elhanan; "אלעזר", Elazar) are no
#: article and a name ("Hanan", "Azar"), and the Arabic names after it write their long vowels.
ARABIC_ARTICLE = re.compile(
    r"(^|\s)(?:\u0627\u0644(?=[^\W\d_]{3})"
    rf"|\u05d0\u05dc[-\u05be](?=(?:[^\W\d_][{GERESH}]?){{3}})"
    rf"|\u05d0\u05dc(?=(?:[^\W\d_][{GERESH}]?){{4}}))"
)
#: The article after a word and before a "sun letter" (ت ث د ذ ر ز س ش ص ض ط ظ ن), which it is said
#: as, in the second word of a compound name: a word of three or four letters, not a nisba (-ī, ي).
_SUN_ARTICLE = re.compile(
    r"(?<=[^\W\d_])\s+\u0627\u0644"
    r"(?=[\u062a\u062b\u062f-\u0638\u0646][^\W\d_]{1,2}[^\W\d_\u064a\u0649\u06cc](?![^\W\d_]))"
)
#: The words compound names end with after that article (without it): "the religion" (Nur ad-Din,
#: Jalaluddin), "the Merciful", "the Compassionate" (Shams ar-Rahman, Fazlur Rahim), "the age"
#: (Nur az-Zaman), "the state" (Saif ad-Dawla), "the Messenger" (Ghulam Rasul), "peace" (Dar
#: as-Salam), "the world" (Nur ad-Dunya), "the women" and "the day" of South Asian women's names
#: (Nurunnisa, Kamrun Nahar); and any word after "servant of", "father of", "mother of", "possessor
#: of" (Abd as-Sattar, Ghulam as-Sarwar, Abu as-Suud, Umm as-Saad, Dhu an-Nun). Another word with
#: the article after a name and last in it is as often a family name ("فرات الشايع", Furat
#: al-Shaye, is no "Fercho"); one before further words is glued too (Harunur Rashid).
_COMPOUND_ENDS = frozenset(
    {"دين", "دین", "رحمن", "رحيم", "رحیم", "زمان", "دولة", "دوله", "رسول", "سلام", "دنيا", "دنیا"}
    | {"نساء", "نسا", "نهار"}
)
_COMPOUND_STARTS = frozenset({"عبد", "غلام", "ابو", "أبو", "ام", "أم", "ذو"})
_LETTERS = re.compile(r"[^\W\d_]+")
#: Apostrophes and the marks that stand for them (an ayn or hamza in "TA'I", "Ja'fari"): left out.
APOSTROPHES = re.compile(r"['`\u2018\u2019\u02bc\u02bb\u00b4]")
_ACRONYM = re.compile(r"\b(?:[a-z0-9]\.){2,}")
#: Three or more dotted initials ("S.A.L.", "O.O.O.", "S. C. S."): rigour reads legal forms in them
#: inconsistently ("s.a.l." as "s.a" and "l."), and written together (as they often are) it knows more.
_LONG_ACRONYM = re.compile(r"\b(?:[a-z0-9]\. ?){3,}")
_DOTS_AND_SPACES = re.compile(r"[.\s]")
#: A Roman numeral up to 39 (a series: "Fund IV", "Trust XV"); only after the first word of a non-person.
_ROMAN = re.compile(r"^(?=[ivx])x{0,3}(?:ix|iv|v?i{0,3})$")
#: Single letters written apart in an organisation name ("S A de C V") are an acronym.
_SPACED_LETTERS = re.compile(r"(?<![^\W\d_])[^\W\d_](?: [^\W\d_])+(?![^\W\d_])")
_WORD = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


def type_tag_for_schema(schema: str | None) -> str:
    """The name type for an entity schema (Person -> PER, Company -> ORG, Vessel -> OBJ, else ENT)."""
    if schema is None:
        return ENT
    return _SCHEMA_TAGS.get(schema, ENT)


class NameForm(NamedTuple):
    """One analysed reading of a name: its tokens and what each token is.

    A named tuple: the index keeps one per listed name reading, and tuples pickle
    and load several times faster than dataclass instances.
    """

    original: str
    tag: str
    tokens: tuple[str, ...]
    kinds: tuple[int, ...]
    phonetic: tuple[str, ...]
    family: tuple[bool, ...]
    abjad: bool = False
    #: Per token of an organisation name, the rigour symbols of a generic word ("concern" for
    #: "kontsern", "концерн" and "concern") or a number's value ("1" for "first" and "1st"); "" for
    #: other tokens; () when the name has none. Per token of a person name shaped as a Korean one,
    #: the Hangul syllables it may spell (see names.korean.latin_korean_syllables).
    symbols: tuple[str, ...] = ()
    #: A reading with the name's parenthesised asides left out (see names.asides): it stands for
    #: the name only against a name without asides and with no word more than it (see
    #: embargo.match.scorer._stands_without_asides).
    aside_left_out: bool = False
    #: A person's name in Chinese characters read in Cantonese (see names.cantonese): each token is
    #: one character's syllable, so a token spelt otherwise is another character, not a slip (see
    #: embargo.match.names.compare_names).
    syllables: bool = False
    #: A person's name in Chinese characters read in Korean (see names.sino_korean): each token is
    #: the one Hangul syllable of its symbols, so a token no convention spells for that syllable is
    #: another character, as against a name written in Hangul (see match.names._hangul_checked).
    hanja: bool = False
    #: Per token of a person's name, the Wikidata given-name items its forms in other languages share
    #: ("Serhiy" / "Sergei", see names.cognates), "" for a token without; () when not read for them
    #: (listed names are read with the index, a query's from the index's vocabulary, and a pair
    #: scored without an index when compared: see names.cognates.cognate_items).
    cognates: tuple[str, ...] = ()

    @property
    def comparable(self) -> str:
        """The tokens joined by spaces (equal comparable forms are the same name)."""
        return " ".join(self.tokens)


@lru_cache(maxsize=1 << 16)
def phonetic_key(token: str) -> str:
    """A token's metaphone key (jellyfish); "" for tokens under 3 letters or with digits."""
    return jellyfish.metaphone(token) if len(token) >= 3 and token.isalpha() else ""


def _acronyms(text: str) -> str:
    """Dotted initials written together become one token: "A.B.C. Co" -> "abc co" (an acronym)."""
    return " ".join(_ACRONYM.sub(lambda m: m.group(0).replace(".", "") + " ", text).split())


def _join_long_acronyms(text: str) -> str:
    """Three or more dotted initials become one token unless rigour reads all of them as a legal form.

    "s.a.l." -> "sal" (rigour would read "s.a" and leave "l."), "o.o.o." -> "ooo" (which it
    knows); "d.o.o." stays (it knows that spelling, not "doo").
    """

    def join(match: re.Match[str]) -> str:
        run = match.group(0)
        letters = _DOTS_AND_SPACES.sub("", run)
        found = extract_org_types(run, generic=True)
        if any(_DOTS_AND_SPACES.sub("", matched) == letters for matched, _ in found):
            return run
        return letters + " "

    return _LONG_ACRONYM.sub(join, text)


def _words(latin: str) -> list[str]:
    """Tokens of an ASCII lower-case text; hyphenated compounds stay one token ("pridmoresmith").

    A hyphenated word whose first piece is a stop word ("al-assad", "el-sayed") is
    an article and a name, and becomes two tokens.
    """
    words: list[str] = []
    for match in _WORD.finditer(latin):
        pieces = match.group(0).split("-")
        while len(pieces) > 1 and is_stopword(pieces[0]):
            words.append(pieces.pop(0))
        words.append("".join(pieces))
    return words


def _kind(
    token: str, legal: set[str], generic: set[str], person: bool, first: bool, kept: frozenset[str]
) -> int:
    if token.isdigit() or (not person and not first and _ROMAN.match(token)):
        return NUMBER
    if len(token) == 1:
        return INITIAL
    if token in legal:
        return LEGAL
    if is_stopword(token) and token not in kept:
        return STOP
    if token in generic:
        return GENERIC
    return NAME


#: Words that make one legal form with the legal form after them: "Co., Limited", "Company Limited".
_COMPANY_WORDS = frozenset({"co", "company"})


def _company_before_legal_form(tokens: tuple[str, ...], kinds: tuple[int, ...]) -> tuple[int, ...]:
    """The kinds with "co" or "company" just before a legal form made part of it (LEGAL).

    rigour reads "Co., Ltd." as one legal form but "Co., Limited" as "co" and a legal form, so
    "SINNO ELECTRONICS CO., LIMITED" kept a name word "co" that "Sinno Electronics Co Ltd" lacks.
    Not when no other word would be left to name the company.
    """
    if LEGAL not in kinds:
        return kinds
    joined = tuple(
        LEGAL if token in _COMPANY_WORDS and i + 1 < len(kinds) and kinds[i + 1] == LEGAL else kind
        for i, (token, kind) in enumerate(zip(tokens, kinds, strict=True))
    )
    # Not when nothing else would name the company ("The Company Ltd" is refused as too generic).
    return joined if any(kind not in (LEGAL, STOP) for kind in joined) else kinds


def _leading_generic(kinds: tuple[int, ...]) -> tuple[int, ...]:
    """The kinds with GENERIC kept only before the first NAME token.

    A generic word after the name is part of it ("Green Shipping", "Deutsche Bank Trust
    Company" are other companies than "Green" and "Deutsche Bank"); one before it says what
    kind of body the name is ("State Corporation Rostec": Russian names put the form first).
    """
    if GENERIC not in kinds or NAME not in kinds:
        return kinds
    first = kinds.index(NAME)
    return tuple(NAME if kind == GENERIC and i > first else kind for i, kind in enumerate(kinds))


def _surname_at_end(kinds: tuple[int, ...]) -> tuple[int, ...]:
    """A person's kinds with a stop word that ends the name read as a name word (NAME).

    Particles come before the name they belong to ("de la Cruz", "al-Assad", "van Gogh"); a
    word that is a stop word somewhere and ends a person's name is a family name: Indian Das,
    Vietnamese Lê and Đỗ, Chinese Du, Korean An, Persian Pour, Burmese Za ("TAY ZA, Pye
    Phyo"). Weighed as a stop word, "Asad Das" was the one-word alias "Asad" (0.93). Only the
    last word: a name written family name first without a comma ("Le Van Thanh") keeps it.
    """
    if len(kinds) < 2 or kinds[-1] != STOP or all(kind == STOP for kind in kinds):
        return kinds
    return (*kinds[:-1], NAME)


#: rigour's symbols of the words for a company or corporation ("Company", "Co.", "Corp.",
#: "Kompaniya", "Gesellschaft", "شركة"; names.persian_arabic_forms adds "sherkat" and "شرکت").
_COMPANY_SYMBOLS = frozenset({"co", "corp"})


def _company_word_at_end(
    tokens: tuple[str, ...], kinds: tuple[int, ...], meanings: dict[str, str]
) -> tuple[int, ...]:
    """The kinds with a word for company that ends the name (before its legal forms) GENERIC.

    "Transadria Company", "Elvegard Shipping Co.", "Roshan Shirkat": the word says what the
    name is, as the legal form it often stands for does ("Transadria Ltd"), unlike the other
    generic words after a name, which are part of it ("Green Shipping"). Not when no name word
    comes before it.
    """
    end = len(kinds)
    while end and kinds[end - 1] == LEGAL:
        end -= 1
    if end < 2 or kinds[end - 1] not in (NAME, GENERIC) or NAME not in kinds[: end - 1]:
        return kinds
    symbols = meanings.get(tokens[end - 1])
    if not symbols or not set(symbols.split("|")) <= _COMPANY_SYMBOLS:
        return kinds
    return (*kinds[: end - 1], GENERIC, *kinds[end:])


def _generic_words(text: str) -> tuple[set[str], dict[str, str]]:
    """The words of an organisation name that rigour's tagger reads as generic (see GENERIC), and
    the symbols of those it reads as one word alone (see NameForm.symbols).

    A word's symbols are what it means to rigour, whatever the language: "kontsern", "концерн"
    and "concern" are CONCERN, "zavod", "plant" and "factory" FACTORY, "group" and "группа" GRP.
    A word of several symbols keeps them all ("corporation": CO and CORP). Numbers written in words
    or figures have their value as symbol ("first" and "1st": 1; "IV" and "4": 4; "forty-four",
    one token, and "44": 44); they are not generic words. The Persian and romanised words for a
    company rigour lacks come from names.persian_arabic_forms ("شرکت", "sherkat-e": CO).
    """
    words: set[str] = set()
    meanings: dict[str, set[str]] = {}
    for name in analyze_names(NameTypeTag.ORG, [text], phonetics=False, numerics=True):
        for span in name.spans:
            numeric = span.symbol.category == SymbolCategory.NUMERIC
            if span.symbol.category in _GENERIC_CATEGORIES or numeric:
                parts = [_span_word(part.form) for part in span.parts]
                if not numeric:
                    words.update(parts)
                if len(parts) == 1:
                    meanings.setdefault(parts[0], set()).add(str(span.symbol.id).casefold())
                elif numeric:
                    # A number in words of a hyphenated compound is one token here ("forty-four").
                    meanings.setdefault("".join(parts), set()).add(str(span.symbol.id).casefold())
    for word, symbol in company_words(text).items():  # Persian and romanised ones rigour lacks
        words.add(word)
        meanings.setdefault(word, set()).add(symbol)
    for word in _PLURAL_WORD.findall(text):
        if word not in words and (symbols := _singular_meanings(word)):
            words.add(word)  # "companies", "groups": rigour knows their singular only
            meanings.setdefault(word, set()).update(symbols)
    return words, {word: "|".join(sorted(ids)) for word, ids in meanings.items()}


def _span_word(form: str) -> str:
    """A word of a span rigour's tagger found, as the name's tokens write it: in Chinese characters,
    its syllables in pinyin as one word, as :func:`pinyin_words` writes a company name's words
    ("管理" is "guanli", MGMT to rigour, as "management" is; latinize would write "guan li")."""
    return pinyin_words(form).strip() if has_han(form) else latinize(form)


#: A word in the English plural: "-ies", or "-s" after a consonant other than s, its singular of
#: five letters or more. Not an abbreviation or a combining form rigour knows with an "s" put on
#: it ("corps" is no plural of "corp", "petros" none of "petro", "agros" none of "agro").
_PLURAL_WORD = re.compile(r"\b(?:[a-z]{3,}ies|[a-z]{4,}[b-df-hj-np-rtv-z]s)\b")


@lru_cache(maxsize=4096)
def _singular_meanings(plural: str) -> frozenset[str]:
    """The symbols a plural's singular has as a generic word alone (see _generic_words), if any.

    rigour reads the plurals of most generic words ("industries", "holdings", "services") as it
    reads their singulars, but not all of them: "companies" and "groups" were name words, so
    "PRIVATE MILITARY COMPANIES 'WAGNER'" scored 0.55 against the name in the singular.
    """
    singular = plural[:-3] + "y" if plural.endswith("ies") else plural[:-1]
    words, meanings = _generic_words(singular)
    if singular not in words or singular not in meanings:
        return frozenset()
    return frozenset(meanings[singular].split("|"))


def _read_legal_forms(text: str, kept: frozenset[str] = frozenset()) -> tuple[str, set[str]]:
    """The text with its legal forms in rigour's generic compare form, and the words of those forms.

    "ooo romashka" -> ("llc romashka", {"llc"}). Not a function word inside the name: see
    :func:`_legal_form_segments`. The forms rigour lacks are read first (orgtypes.read_own_legal_forms:
    "sherkat sahami khass kala naft" -> "sherkat jsc kala naft", "vabo-2005 eood" -> "vabo-2005 llc").
    """
    text, own = read_own_legal_forms(text)  # forms rigour's database lacks
    segments = _legal_form_segments(text, kept)
    words = _legal_form_words(segments, generic=True) | own
    segments[::2] = [replace_org_types_compare(segment, generic=True) for segment in segments[::2]]
    return "".join(segments), words


def _legal_form_words(segments: list[str], generic: bool) -> set[str]:
    """The words of the compare forms of the legal forms in the text parts of :func:`_legal_form_segments`."""
    return {
        word
        for segment in segments[::2]
        for _, compare in extract_org_types(segment, generic=generic)
        for word in compare.split()
    }


_INNER_WORD = re.compile(r"(?<=[^\W_])([\s-]+)([^\W\d_]+)(?=[\s-]+[^\W_])")


def _legal_form_segments(text: str, kept: frozenset[str] = frozenset()) -> list[str]:
    """The text cut around its inner function words that rigour alone would read as legal forms.

    rigour's database has legal forms spelt like function words ("in" is an LLC, "at" and "as"
    joint-stock companies), and reads them anywhere: "COMMANDER-IN-CHIEF" became "commander llc
    chief", "AL-QA'IDA IN YEMEN" "al qaida llc yemen". A legal form leads or ends a name; a stop
    word between two other words is the function word. Returned as [text, word, text, word, ...]:
    the even items are read for legal forms, the odd ones kept as they are. ``kept``: words kept
    wherever they stand (a listed organisation's name that rigour reads as a form, see
    :func:`analyze_name`).
    """
    spans = [
        match.span(2)
        for match in _INNER_WORD.finditer(text)
        if is_stopword(match.group(2)) and _alone_a_legal_form(match.group(2))
    ]
    if kept:
        spans += [match.span() for match in _kept_words(kept).finditer(text)]
        spans = sorted(set(spans))
    segments = []
    last = 0
    for start, end in spans:
        if start < last:
            continue
        segments += [text[last:start], text[start:end]]
        last = end
    segments.append(text[last:])
    return segments


@lru_cache(maxsize=256)
def _kept_words(kept: frozenset[str]) -> re.Pattern[str]:
    """A pattern of these words standing alone (not inside another word), also as dotted initials
    ("cic" is "C.I.C.", which stays dotted when rigour reads it as a form as it stands)."""
    spellings = (r"\.?".join(map(re.escape, word)) + r"\.?" for word in sorted(kept))
    return re.compile("|".join(rf"(?<![^\W_]){spelling}(?![^\W_])" for spelling in spellings))


@lru_cache(maxsize=4096)
def _alone_a_legal_form(word: str) -> bool:
    return bool(extract_org_types(word, generic=True))


def _form(
    original: str,
    text: str,
    tag: str,
    family_tokens: frozenset[str],
    abjad: bool,
    kept: frozenset[str] = frozenset(),
) -> NameForm | None:
    """The reading ``text`` of the name ``original`` as a NameForm (None when it has no tokens)."""
    text = APOSTROPHES.sub("", text).casefold()
    legal: set[str] = set()
    generic: set[str] = set()
    meanings: dict[str, str] = {}
    if tag in (ORG, ENT):
        generic, meanings = _generic_words(text)
        # Legal forms are recognised in the original spelling ("beschränkter", "ПАО"; those rigour
        # lacks first as written), long dotted acronyms joined ("S.A.L." -> "sal"), then again once
        # all acronyms are joined ("S A" -> "sa"), then romanised. The words they are rewritten to
        # are legal-form tokens, whether or not rigour reads them back as one ("private military
        # company" -> "mil").
        own: set[str] = set()
        if "." in text:  # the forms rigour lacks with the stops of their initials ("s.a.c.a")
            text, own = read_own_legal_forms(text)
        text, legal = _read_legal_forms(_join_long_acronyms(text), kept)
        legal |= own
        text, words = _read_legal_forms(
            _acronyms(_SPACED_LETTERS.sub(lambda m: m.group(0).replace(" ", ""), text)), kept
        )
        legal |= words | _legal_form_words(_legal_form_segments(text, kept), generic=False)
    else:
        text = _acronyms(text)
    if tag != PER and reads_as_words(text):
        text = pinyin_words(text)  # "华信" is "huaxin", one word, as romanised company names write it
    latin = latinize(text)
    if tag in (ORG, ENT) and latin != text and not abjad:
        # Legal forms rigour knows only in Latin letters, read as in a name listed in them. Not
        # in an abjad: its words romanised are consonants, some spelt like an abbreviation
        # ("الاسد", al-Asad, is "al sd", and "SD" an LLC).
        latin, words = _read_legal_forms(latin, kept)
        legal |= words
    tokens = tuple(_words(latin))
    if not tokens:
        return None
    symbols = tuple(meanings.get(t, "") for t in tokens) if meanings else ()
    if tag == PER and not abjad:
        # Spellings of one Korean syllable ("Lee" / "Ri", "Park" / "Pak") share a symbol: the syllable.
        korean = latin_korean_syllables(tokens)
        if korean and not has_han(original):  # not a name in Chinese characters
            symbols = tuple("|".join(syllables) for syllables in korean)
    kinds = tuple(_kind(t, legal, generic, tag == PER, i == 0, kept) for i, t in enumerate(tokens))
    if tag == PER:
        kinds = _surname_at_end(kinds)
    else:
        kinds = _company_word_at_end(
            tokens, _leading_generic(_company_before_legal_form(tokens, kinds)), meanings
        )
    return NameForm(
        original=original,
        tag=tag,
        tokens=tokens,
        kinds=kinds,
        phonetic=tuple(phonetic_key(t) for t in tokens),
        family=tuple(t in family_tokens for t in tokens),
        abjad=abjad,
        symbols=symbols if any(symbols) else (),
    )


def analyze_name(
    text: str, tag: str, parts: dict[str, str] | None = None, kept: frozenset[str] = frozenset()
) -> list[NameForm]:
    """Every reading of a raw name as a :class:`NameForm`, in a stable order (may be empty).

    ``kept``: words of an organisation name read as name words, not as legal forms of rigour's
    database nor as stop words (plain lower-case words, see :func:`plain_words`; the forms of
    orgtypes.read_own_legal_forms are read first, as ever): rigour reads "IS" as a state
    enterprise and "en" is a French function word, but "IS BANK, AO" and "EN BANK PJSC" are named
    by them (see match.index, where the lists tell which of such words are names).
    """
    family = next((v for k, v in (parts or {}).items() if k in _FAMILY_KEYS and v), None)
    return list(_analyze_raw(text, tag, family, kept))


def _family_tokens(family: str | None) -> frozenset[str]:
    """The tokens of a family name given apart, as the name's readings spell it (also a Cyrillic
    one in its own country's Latin spelling)."""
    if not family:
        return frozenset()
    own_latin = own_latin_spelling(family)
    return frozenset(_words(latinize(family)) + (_words(latinize(own_latin)) if own_latin else []))


@lru_cache(maxsize=16384)
def _analyze_raw(text: str, tag: str, family: str | None, kept: frozenset[str]) -> tuple[NameForm, ...]:
    cleaned = clean_name(text)[:MAX_ANALYSED_LENGTH]
    if not has_name_content(cleaned):
        return ()
    # Cleaning writes the middle dot of a foreign name in characters as a space: told apart here.
    transcribed = tag in (PER, ENT) and is_transcribed_name(text)
    return _analyze_cached(cleaned, tag, family, kept, transcribed)


@lru_cache(maxsize=16384)
def _analyze_cached(
    cleaned: str, tag: str, family: str | None, kept: frozenset[str], transcribed: bool = False
) -> tuple[NameForm, ...]:
    base = spell_hebrew_geresh(cleaned)  # before any reading: later an apostrophe is dropped
    if tag == PER:
        # Degrees first: in "Jan Novák, Ph.D." the comma does not separate "LAST, First".
        base = strip_degrees(base)
        order = comma_parts(base)
        if order is not None:
            family, given = order
            base = f"{given} {family}"
        base = english_patronymics(strip_honorifics(base))  # "son of", "S/O": "bin"
    # A foreign name in characters ("谢尔盖·拉夫罗夫") is read as its words' names in English and
    # sounds, not as a Chinese family name and given name ("xie ergai la fuluofu").
    reading, foreign = transcribed_reading(base) if transcribed else (base, False)
    readings = [reading]
    cantonese: tuple[str, ...] = ()
    hanja: dict[str, tuple[str, ...]] = {}  # a name in Chinese characters read in Korean
    # "Ayatollah Ali Khamenei" is also "Ali Khamenei"; "MV ZEUS" is also "ZEUS".
    untitled = None
    if tag == PER:
        untitled = without_titles(reading)  # also of a foreign name in characters ("Mullah Omar")
    elif tag == OBJ:
        untitled = without_ship_prefix(base)
    if untitled is not None:
        readings.append(untitled)
    alternatives = [part.strip() for part in base.split("/")]
    if len(alternatives) > 1 and all(letter_count(part) >= 3 for part in alternatives):
        readings.extend(alternatives)  # "Al-Qa'ida/Islamic Army": two names of one party
    bare = without_asides(base) if tag in (ORG, ENT) else None
    asides_left_out: set[str] = set()
    if bare is not None:
        readings.append(bare)  # "HAQQANI NETWORK (HQN)" is also "HAQQANI NETWORK"
        asides_left_out.add(bare)
    glued = split_glued(base)
    if glued is not None:
        readings.append(glued)
    if tag == PER:
        abd = join_abd_compounds(base)
        if abd is not None:
            readings.append(abd)  # "ABD AL-RAHMAN" is also "ABDAL RAHMAN", near "Abdulrahman"
        hangul_split = split_cjk_family_name(base)
        if hangul_split is not None:
            readings.append(hangul_split)
        chinese = palladius_reading(base)
        if chinese is not None:
            readings.append(chinese)  # "Си Цзиньпин" is also "xi jinping", the pinyin Russian wrote
        readings.extend(wade_giles_readings(base))  # "Hsi Chin-ping" is also "xi jinping"
        if not transcribed:  # Mandarin's sounds of a foreign name, not a Cantonese name
            cantonese = cantonese_readings(base)  # "林鄭月娥" is also "lam cheng yuet ngor"
        readings.extend(cantonese)
        listed_spelling = korean_listed_spelling(base)
        if listed_spelling is not None:
            readings.append(listed_spelling)  # "김정은" -> "kim jong un", as the lists write it
        if not transcribed:
            # "金正恩" is also "김정은" as Korean reads its characters, "kim jong un" as the lists
            # write it; each word is known to be those syllables (NameForm.symbols, read below).
            hanja = korean_spellings(base)
    elif reads_as_words(base):
        # A company name in Chinese characters, also read word by word and with its words of
        # business and places in English (see names.chinese): "华信船务(香港)有限公司" is also
        # "huaxin chuanwu xianggang llc" and "huaxin chuanwu hong kong llc".
        words = segment(base)
        readings.append(words)
        if bare is not None:
            readings.append(segment(bare))  # "华信船务(香港)有限公司": "华信 船务 有限公司" too
            asides_left_out.add(readings[-1])
        english = english_reading(words, kept=_generic_in_characters_only)
        if english is not None:
            readings.append(english)
        # English names keep a brand in pinyin even when it is a word ("SHANGHAI DONGFENG
        # SHIPPING": 东风 is "east wind"), and translate only the words of business.
        business = english_reading(words, kept=_not_business_in_english)
        if business is not None and business != english:
            readings.append(business)
    # The name spelt as other conventions write its letters (each None for a name without them).
    spellings = (
        russian_spelling(base),  # "Тоқаев" is also "Токаев", as Russian (and so English) writes it
        # "Григорій Сурков" is also "hryhorii surkov", as Ukraine writes it, "Жељка Цвијановић"
        # "zeljka cvijanovic", in Serbia's Latin alphabet.
        own_latin_spelling(base),
        hacek_spelling(base),  # "Lukašenko" is also "lukashenko", as English spells it
        hebrew_soft_spelling(base),  # "סרגיי לברוב" is also "srgyy lvrwv", Sergei Lavrov
        arabic_geresh_spelling(base),  # "ח'אלד" is also "khld", Khaled, as well as "hld"
        greek_spoken_spelling(base),  # "Μπασάρ αλ Άσαντ" is also "basar al asad", as it is said
        # "Գագիկ Ծառուկյան", read "gagik tsarukyan" as Armenia writes it, is also "kakig dzarugian",
        # as the Western diaspora writes it.
        western_spelling(base),
    )
    readings.extend(spelling for spelling in spellings if spelling is not None)
    # "ਅਮਨਦੀਪ" is "amnadip" read from the start, also "amandip" from the end; "சரவணன்" is
    # "charavanan" and also "saravanan", as English spells ச in most names.
    readings.extend(indic_spellings(base))
    # Not of a foreign name the dictionary named a word of: its kanji read in Japanese are words
    # that crowd out its candidates ("阿卜杜拉·阿卜杜拉", Abdullah, as "a boku mori ratsu ...").
    japanese = None if foreign else japanese_reading(base, tag == PER)
    if japanese is not None:
        readings.append(japanese)  # "麻原彰晃" is also "asahara shoko", as Japanese names are written
    abjad = is_abjad(cleaned)
    if abjad:
        # "السنوار" is "al-Sinwar", which Latin spellings often write without the article
        # ("Yahya Sinwar"): also read with the article as a word of its own, as "AL-SINWAR" is.
        readings += [ARABIC_ARTICLE.sub(r"\1al ", r) for r in readings if ARABIC_ARTICLE.search(r)]
        # "نور الدين" is said "Nur ad-Din", the article's l as the sun letter after it, and
        # Latin spellings glue the two ("Noureddine", "Jalaluddin", "Shamsurrahman"): also read
        # so. Not a family name ("أيمن الظواهري": "AYMANZAWAHIRI" collided with "AMIN CHERRI").
        glued = _glue_compounds(base)
        if glued != base:
            readings.append(glued)
            if ARABIC_ARTICLE.search(glued):
                # ... with the article of a word left as a word of its own ("نور الدين الشايع":
                # "nwrdyn al shy", Noureddine Shaye), as above.
                readings.append(ARABIC_ARTICLE.sub(r"\1al ", glued))
    family_tokens = _family_tokens(family)
    forms: list[NameForm] = []
    seen: set[tuple[str, ...]] = set()
    for reading in readings:
        form = _form(cleaned, reading, tag, family_tokens, abjad, kept)
        if form is not None and form.tokens not in seen:
            seen.add(form.tokens)
            if reading in asides_left_out:
                form = form._replace(aside_left_out=True)
            elif reading in cantonese:
                form = form._replace(syllables=True)
            forms.append(form)
    for reading, syllables in hanja.items():
        # Kept beside a reading spelt alike ("an kangmin", 安康民, is its pinyin too): its words are
        # compared otherwise, each a name part of the syllables it was read from, the first the
        # family name (NameForm.hanja).
        form = _form(cleaned, reading, tag, family_tokens, abjad, kept)
        if form is not None and len(form.tokens) == len(syllables):
            forms.append(
                form._replace(
                    kinds=(NAME,) * len(form.tokens),
                    family=(True,) + (False,) * (len(form.tokens) - 1),
                    symbols=syllables,
                    hanja=True,
                )
            )
    return tuple(forms)


def _glue_compounds(text: str) -> str:
    """The name with the article of each compound name glued to the words on both sides, as Latin
    spellings write them, without it ("نور الدين" -> "نوردين", Noureddine; "هارون الرشيد حسن" ->
    "هارونرشيد حسن", Harunur Rashid Hasan; see :data:`_COMPOUND_ENDS`)."""

    def glue(article: re.Match[str]) -> str:
        word_before = text[: article.start()].split()[-1]
        word_after = _LETTERS.match(text, article.end())
        if word_after is None:
            return article.group(0)
        compound = (
            word_before in _COMPOUND_STARTS
            or word_after.group(0) in _COMPOUND_ENDS
            or _LETTERS.search(text, word_after.end()) is not None
        )
        return "" if compound else article.group(0)

    return _SUN_ARTICLE.sub(glue, text)


def plain_words(text: str) -> list[str]:
    """The words of a name as the analysis spells them before reading legal forms: cleaned, in
    lower-case Latin letters, dotted initials joined, hyphenated words apart ("S.A.D. Import" ->
    ["sad", "import"], "IS-Bank" -> ["is", "bank"])."""
    return list(_plain_word_tuple(text))


@lru_cache(maxsize=16384)
def _plain_word_tuple(text: str) -> tuple[str, ...]:
    # Cached: a screening asks for a query's words twice (MatchIndex.identifies, then search).
    return tuple(_PLAIN_WORD.findall(latinize(_acronyms(APOSTROPHES.sub("", clean_name(text)).casefold()))))


_PLAIN_WORD = re.compile(r"[a-z0-9]+")


def between_two_forms(form: NameForm) -> bool:
    """True for an organisation reading without a name word that starts and ends with a legal form
    ("IS BANK, AO": `soe bank jsc`, rigour reading "IS" as a state enterprise)."""
    return (
        form.tag in (ORG, ENT)
        and len(form.kinds) >= 2
        and form.kinds[0] == LEGAL
        and form.kinds[-1] == LEGAL
        and NAME not in form.kinds
    )


def legal_form_ends(form: NameForm) -> tuple[str, str]:
    """The first and the last word of an organisation name when each alone is read as the legal
    form that leads or ends its reading ("IS BANK, AO": ("is", "ao")); "" for an end that is not
    ("JOINT STOCK COMPANY ...": "joint" alone is no form). The first word of a form of several
    words may still be one alone ("LIMITED LIABILITY COMPANY ...": "limited"): a caller reading
    the word as a name checks that the reading changes in that word only. The words are those of
    the whole name (``form.original``), whichever reading ``form`` is.
    """
    if form.tag not in (ORG, ENT) or len(form.tokens) < 2 or LEGAL not in (form.kinds[0], form.kinds[-1]):
        return "", ""  # most names: no need to spell out their words
    words = plain_words(form.original)
    if len(words) < 2:
        return "", ""
    first = words[0] if form.kinds[0] == LEGAL and _alone_read_as(words[0]) == form.tokens[0] else ""
    last = words[-1] if form.kinds[-1] == LEGAL and _alone_read_as(words[-1]) == form.tokens[-1] else ""
    return first, last


def read_away_ends(form: NameForm, legal_ends: tuple[str, str] | None = None) -> tuple[str, str]:
    """The first and the last word of an organisation name when its reading takes that word for
    no name word: a stop word ("EN BANK PJSC": "en", a French function word), or alone the legal
    form that leads or ends the reading (see :func:`legal_form_ends`; ``legal_ends``: those, when
    the caller has them); "" for an end that is neither. The one word of a name of one word is at
    both ends ("MIT"). A word rigour also reads as a generic organisation word is neither:
    "Cooperative", a legal form, describes a body."""
    if form.tag not in (ORG, ENT):
        return "", ""
    first, last = legal_form_ends(form) if legal_ends is None else legal_ends
    if form.kinds[0] == STOP:
        first = form.tokens[0]
    if form.kinds[-1] == STOP:
        last = form.tokens[-1]
    first, last = (word if word and not _is_generic_word(word) else "" for word in (first, last))
    return first, last


@lru_cache(maxsize=4096)
def _is_generic_word(word: str) -> bool:
    return bool(_generic_words(word)[0])


def _not_business_in_english(word: str) -> bool:
    """True for a Chinese word left in characters when only the words of business are translated:
    one neither it nor its gloss is a generic word to rigour (a brand, a place: 东风, "east wind"),
    or one rigour reads so in characters only (see _generic_in_characters_only)."""
    english = gloss(word)
    business = _is_generic_word(word) or (english is not None and _is_generic_word(english))
    return not business or _generic_in_characters_only(word)


def _generic_in_characters_only(word: str) -> bool:
    """True for a Chinese word rigour reads as a generic word whose English gloss it does not
    ("管理", MGMT, glossed "supervise"): its meaning is kept by leaving it in characters."""
    if not _is_generic_word(word):
        return False
    english = gloss(word)
    return english is not None and not _is_generic_word(english)


@lru_cache(maxsize=4096)
def _alone_read_as(word: str) -> str:
    """The legal-form token one word alone is read as ("is" -> "soe", "osk" -> "osk"), else ""."""
    if not word.isalpha() or len(word) < 2:
        return ""
    text, legal = _read_legal_forms(word)
    legal |= _legal_form_words([text], generic=False)
    read = text.split()
    return read[0] if len(read) == 1 and read[0] in legal else ""
