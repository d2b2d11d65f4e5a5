"""Honorifics and titles in person names ("Mr.", "Dr.", "General", "Shaikh", "Haji").

rigour removes the honorifics it knows from the head of a person name
(``remove_person_prefixes``, data from rigour's stopwords resource): civil and military
titles ("Mr", "Dr.", "Sir", "General", "Colonel General"). It does not know the religious
and honorific titles that lead Arabic, Persian, Afghan and Pakistani names in the lists
and in customer records ("Haji Abdulhai Salek", "Mullah Gul Agha", "Ayatollah Ali
Khamenei", "Shaikh Mohd Ismail"); :data:`RELIGIOUS_TITLES` holds those, in the spellings
the lists use, and a name that starts with them is also read without them. Titles that are
also names or parts of official names are not among them: Imam ("Imam Samudra"), Sayyid /
Seyed / Syed (Iranian and South Asian names carry them).

The forms of address rigour knows are English, German, French and Italian ones. Customer
records in other languages and scripts put theirs before the name too, and a listed person
written so was missed ("الدكتور أيمن الظواهري", "Господин Сергей Шойгу", "Señor Ramzan
Kadyrov" found nothing): :data:`FORMS_OF_ADDRESS` holds the words for Mr, Mrs, Miss, Dr,
Professor and Engineer in Arabic (with the article, as they are used: "السيد" is "Mr", while
"Sayed" and "سید" lead many names and stay), Persian, Urdu, Russian, Hebrew, Spanish,
Portuguese, Italian, Dutch, Turkish and Hindi usage, and :data:`ABBREVIATED_FORMS` the
abbreviations read as such only with their stop ("د." for Dr, "Sig.", "Dhr."). Words are
compared without diacritics, in one spelling of the Arabic letters written several ways
(hamza forms of alif, ta marbuta, Persian ya and kaf), so "الأستاذ" and "الاستاذ" are one.
The Arabic-script forms of the religious titles are in :data:`RELIGIOUS_TITLES` too.

Customer records also carry academic degrees and generations around the name, which rigour
does not know: the degrees Czech, Slovak, Austrian, German and Polish usage writes before it
("Ing. Jan Novák", "MUDr.", "Dipl.-Ing."), post-nominals after it ("Ph.D.", "CSc.", "DiS.",
"B.Sc.", "MBA"), and the Cyrillic forms of address ("Г-н" for Mr, "Г-жа" for Mrs,
"тов." for comrade, "Др." for Dr). Left in, they become name parts, and their letters match
listed names ("Ph.D." is "ph d": an initial D). :func:`strip_degrees` removes them (the
degree systems' own abbreviations, a closed set, not a list of names); a name keeps at least
MIN_WORDS_LEFT words. A generation ("Jr.", "III") stays a part of the name, as the lists write it.
"""

from __future__ import annotations

import re

from rigour.names import remove_person_prefixes

from embargo.names.normalize import without_marks

#: Religious and honorific titles rigour does not remove, in their Latin spellings.
RELIGIOUS_TITLES = frozenset(
    {
        *("sheikh", "shaikh", "shaykh", "sheik", "cheikh", "sheikha", "shaikha"),
        *("haji", "hajji", "hadji", "haj", "hajj", "alhaji", "alhaj", "alhadji", "elhadj"),
        *("mullah", "mulla", "molla", "mollah"),
        *("maulana", "mawlana", "moulana", "maulvi", "maulavi", "mawlawi", "mawlavi", "moulvi", "molvi"),
        *("ayatollah", "ayatullah", "hojatoleslam", "hojjatoleslam", "qari", "mufti"),
        # The same in Arabic script (Arabic, Persian, Pashto, Urdu), compared as plain_spelling writes them.
        *("شيخ", "الشيخ", "شيخه", "الشيخه", "حاج", "الحاج", "حاجي", "الحاجه", "حجي"),
        *("ملا", "الملا", "مولوي", "المولوي", "مولانا", "قاري", "القاري", "مفتي", "المفتي"),
        *("ايه الله", "ايت الله", "ايتالله", "ايهالله", "حجه الاسلام", "حجت الاسلام", "حجتالاسلام"),
    }
)
#: Forms of address and titles of profession before a person name that rigour does not know
#: (Mr, Mrs, Miss, Dr, Professor, Engineer, Lawyer), compared as plain_spelling writes them.
FORMS_OF_ADDRESS = frozenset(
    {
        # Arabic, with the article as they are used before a name.
        *("السيد", "السيده", "الساده", "الانسه", "الدكتور", "الدكتوره", "الاستاذ", "الاستاذه"),
        *("المهندس", "المهندسه", "المحامي", "المحاميه", "البروفيسور", "البروفسور"),
        # Persian and Urdu.
        *("اقاي", "جناب", "سركار", "خانم", "دكتر", "مهندس", "محترم", "محترمه", "ڈاكٹر"),
        # Russian, Hebrew.
        *("господин", "госпожа", "гражданин", "гражданка", "товарищ", "מר", "גברת"),
        # Spanish, Portuguese, Italian, Turkish, Hindi.
        *("senor", "senora", "senorita", "senhor", "senhora", "senhorita", "signor", "signora"),
        *("signorina", "sayin", "shri", "shree", "shrimati"),
    }
)
#: Abbreviated forms of address, read as such only when written with their stop.
ABBREVIATED_FORMS = frozenset({"د", "م", "ا", "sig", "dhr", "mevr", "mw", "smt", "dna"})
#: Letters written several ways in Arabic script, in one spelling (alif forms go with their marks).
_ARABIC_SPELLING = str.maketrans(
    {"ة": "ه", "ۃ": "ه", "ہ": "ه", "ى": "ي", "ی": "ي", "ک": "ك", "ـ": None, "ı": "i"}
)
#: Fewest words a name keeps once its titles are removed: "Mullah Omar" is how the man is called,
#: and "Omar" alone would be any Omar.
MIN_WORDS_LEFT = 2
#: A word of a name (letters and the marks written on them), its stop if any, the space after (matched
#: at the start of the text, or from a position).
_ADDRESS_WORD = re.compile(
    r"\s*((?:[^\W\d_]|\u0640)(?:[^\W\d_]|[\u0300-\u036f\u064b-\u065f\u0670\u0640])*)(\.?)\s+"
)

#: Degrees and forms of address before a name, written with their stop ("Ing.", "doc.", "тов.")
#: where the bare word could be a name, with or without it where it could not ("MUDr", "Г-н").
_LEADING_DEGREE = re.compile(
    r"^\s*(?:(?:ing|doc|mag|arch|bc|bca|mga|inż|inz|lek|dra|sr|sra|srta|тов|гр)\."
    r"|(?:mgr|mudr|mddr|judr|phdr|rndr|pharmdr|thdr|paeddr|mvdr|thlic|icdr|др|г-н|г-жа|г-ца)\.?"
    r"|(?:dipl|univ)(?:\.\s*-?|\s*-)\s*(?:ing|kfm|oec|math|phys|inf|psych|biol|chem|prof)\.?)(?=\s|$)\s*",
    re.IGNORECASE,
)
#: Post-nominal degrees at the end of a name, after an optional comma ("Ph.D.", ", CSc.", "MBA").
#: "MD" and "MA" only with stops: "Md" abbreviates Mohammed, Ma is a name.
_TRAILING_DEGREE = re.compile(
    r"[\s,]+(?:ph\.?\s?d|th\.?\s?d|d\.?\s?sc|dr\.?\s?sc|csc|dis\.|art\.?\s?d|mba|m\.?\s?sc|b\.?\s?sc"
    r"|[bm]\.\s?eng|ll\.\s?[mb]|llm|m\.\s?d|d\.\s?d\.\s?s|dds|dvm|esq|[bm]\.\s?a|mph|cpa)\.?\s*$",
    re.IGNORECASE,
)
#: A generation after a comma ("John Smith, Jr.", "LAVILLA, JR"): a part of the name (the lists
#: write it), not the given name of a "LAST, First" order; the comma goes, the word stays.
_COMMA_GENERATION = re.compile(r"\s*,\s*((?:jr|jnr|sr|snr|ii|iii|iv)\.?)\s*$", re.IGNORECASE)


def strip_honorifics(text: str) -> str:
    """The person name without the leading honorifics rigour knows ("Dr. Rami Makhlouf": "Rami Makhlouf")."""
    stripped = remove_person_prefixes(text)
    return stripped if stripped.strip() else text


def strip_degrees(text: str) -> str:
    """The person name without the degrees and forms of address around it ("Ing. Jan Novák, Ph.D.").

    A generation after a comma loses the comma ("John Smith, Jr." -> "John Smith Jr."), so that the
    comma is not read as "LAST, First".
    """
    stripped = text
    while (end := _leading_address(stripped)) and _words_left(stripped[end:]):
        stripped = stripped[end:]
    while (match := _TRAILING_DEGREE.search(stripped)) and _words_left(stripped[: match.start()]):
        stripped = stripped[: match.start()]
    return _COMMA_GENERATION.sub(r" \1", stripped)


def _words_left(text: str) -> bool:
    return len(text.split()) >= MIN_WORDS_LEFT


def plain_spelling(word: str) -> str:
    """A word case-folded, without diacritics, the Arabic letters written several ways in one spelling
    (as the title sets here and names.persian_arabic_forms' company words are written)."""
    return without_marks(word.casefold()).translate(_ARABIC_SPELLING)


def _leading_address(text: str) -> int:
    """Where the name starts after a leading degree or form of address (0 when it has none)."""
    match = _LEADING_DEGREE.match(text)
    if match:
        return match.end()
    match = _ADDRESS_WORD.match(text)
    if match:
        word = plain_spelling(match.group(1))
        if word in FORMS_OF_ADDRESS or (match.group(2) and word in ABBREVIATED_FORMS):
            return match.end()
    return 0


def without_titles(text: str) -> str | None:
    """The person name without its leading RELIGIOUS_TITLES, or None when it has none to leave out.

    A second reading of the name, not a replacement: the lists write many names with their title
    ("HAJI SHAHBAZ KOOCHI", "QARI SAIFULLAH TOKHI") and are searched with it as often as without.
    A name left with fewer than MIN_WORDS_LEFT words keeps its titles.
    """
    stripped = text
    while end := _leading_title(stripped):
        rest = stripped[end:]
        if len(rest.split()) < MIN_WORDS_LEFT:
            break
        stripped = rest
    return stripped if stripped != text else None


def _leading_title(text: str) -> int:
    """Where the name starts after a leading religious title of one or two words (0 when it has none)."""
    match = _ADDRESS_WORD.match(text)
    if match is None:
        return 0
    if plain_spelling(match.group(1)) in RELIGIOUS_TITLES:
        return match.end()
    second = _ADDRESS_WORD.match(text, match.end())
    if (
        second is not None
        and f"{plain_spelling(match.group(1))} {plain_spelling(second.group(1))}" in RELIGIOUS_TITLES
    ):
        return second.end()  # "آية الله", Ayatollah
    return 0
