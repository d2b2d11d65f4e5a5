"""Masculine and feminine forms of one Slavic (and Czech, Polish) name: "PETROV" / "Petrova".

Russian, Ukrainian, Belarusian and Bulgarian family names and patronymics change with
the bearer's sex: Petrov / Petrova, Tolstoy / Tolstaya, Petrovskiy / Petrovskaya, Ivanovich /
Ivanovna; Polish Kowalski / Kowalska, Czech Novak / Novakova; many given names pair the same
way (Aleksandr / Aleksandra, Yevgeniy / Yevgeniya, Stanislav / Stanislava). Letter by letter the
two forms are one or two letters apart, a slip; in fact they name a man and a woman, often of
one family (a listed man's wife, sister or daughter). One such pair alone may be a slip or a
record that kept the husband's form ("Maria Belyaev"); a name whose every differing part is
the other sex's form of the listed one ("Aleksandra Petrova" / "PETROV, Aleksandr") names
another person.

The same endings make family names of names (Karim / Karimov, Ali / Aliyev, Hasan / Hasanova,
as Russian and the languages that took its surnames write them, in Central Asia and the
Caucasus): :func:`family_name_of` tells such a pair, two names rather than a slip.

Names made family names so are written as family names: :func:`written_as_family_name` also
tells those Mauritanian and Persian ones that say "son of" in one word (Ouldali, Hosseinzadeh,
Mohammadpour).

The forms are told apart by the endings of romanised Slavic morphology (a rule of grammar,
not a list of names), on lower-case Latin tokens as the analysis writes them.
"""

from __future__ import annotations

import re
from functools import lru_cache

from embargo.names.romanisation import respelled

#: Feminine endings, each with the masculine endings it pairs with on the same stem (None: the
#: bare stem, Petrov / Petrov-a, Novak / Novak-ova), tried in this order.
_ENDINGS: tuple[tuple[re.Pattern[str], re.Pattern[str] | None], ...] = tuple(
    (re.compile(f"(?:{female})$"), re.compile(male) if male is not None else None)
    for female, male in (
        # Patronymics: Ivanovna / Ivanovich, Sergeyevna / Sergeyevich, Ilyinichna / Ilyich.
        (r"ovna|evna|yevna", r"ovich|evich|yevich|ovitch|evitch"),
        (r"inichna|ichna", r"ich|yich"),
        # Adjectival family names: Tolstaya / Tolstoy, Petrovskaya / Petrovskiy, Gorkaya / Gorkiy.
        (r"aya", r"iy|yy|ij|ii|oy|oi|y|i"),
        # Polish -ska / -cka / -dzka against -ski / -cki / -dzki (and -sky, -cky).
        (r"(?<=[scz]k)a", r"i|y"),
        # Given names in -iya / -ya / -ia: Yevgeniya / Yevgeniy, Valeriya / Valery, Yevgenia / Yevgeny.
        (r"iya|ija|ya|ia", r"iy|ij|ii|yi|y|i"),
        # Czech and Slovak -ova on the bare stem: Novakova / Novak.
        (r"ova", None),
        # -iya / -ia on a stem of five letters or more ending in a consonant: Viktoriya / Viktor
        # (not the men's names Mattia, Kostya).
        (r"(?<=[a-z]{4}[^aeiouy])(?:iya|ia)", None),
        # -iia, as "-iya" folds (see _ROMANISED_FOLDS): Valeryia / Valery.
        (r"iia", r"ii|i"),
        # -a on a stem ending in a consonant: Petrova / Petrov, Putina / Putin, Aleksandra / Aleksandr.
        (r"(?<=[^aeiouy])a", None),
    )
)
#: Letters the shared stem has at least: shorter ones ("Ian" / "Iana") say too little.
_MIN_STEM = 3


#: Letters romanisations of one Cyrillic name differ in ("Aleksandra" / "Alexandr", "Valeriya" /
#: "Valery", "Andrej" / "Andrey"), folded before the forms are compared again. Not a doubled i:
#: Daniil and Danila, Gavriil and Gavrila are men's names.
_ROMANISED_FOLDS = (("x", "ks"), ("y", "i"), ("j", "i"))


@lru_cache(maxsize=1 << 14)
def feminine_of(female: str, male: str) -> bool:
    """True when ``female`` is the feminine form of the Slavic name ``male`` ("petrova" / "petrov"),
    also as another romanisation writes one of them ("Aleksandra" / "Alexandr")."""
    return _feminine_as_written(female, male) or _feminine_as_written(
        respelled(female, _ROMANISED_FOLDS), respelled(male, _ROMANISED_FOLDS)
    )


def _feminine_as_written(female: str, male: str) -> bool:
    if female == male:
        return False
    for female_ending, male_ending in _ENDINGS:
        cut = female_ending.search(female)
        if cut is None:
            continue
        stem = female[: cut.start()]
        if len(stem) < _MIN_STEM or not male.startswith(stem):
            continue
        if male_ending is None:
            if male == stem and stem[-1] not in "aeiouy":
                return True
        elif male_ending.fullmatch(male, len(stem)):
            return True
    return False


def gender_direction(a: str, b: str) -> int:
    """+1 when ``a`` is the feminine form of ``b``, -1 when ``b`` is of ``a``, else 0."""
    if feminine_of(a, b):
        return 1
    if feminine_of(b, a):
        return -1
    return 0


#: Endings that make a family name of a name (masculine, then feminine).
_FAMILY_NAME_ENDINGS = ("ov", "ev", "yev", "iev", "ova", "eva", "yeva", "ieva")


def family_name_of(family: str, name: str) -> bool:
    """True when ``family`` is ``name`` with an ending that makes a family name of it ("karimov" of
    "karim"): another name, not a slip ("Rashid Karimov" is not "KARIM, Rashid")."""
    return len(name) >= _MIN_STEM and family.startswith(name) and family[len(name) :] in _FAMILY_NAME_ENDINGS


#: "Son of" glued before a name in Mauritanian family names (Ouldali, Ouldabdallahi) and after one
#: in Persian ones (Hosseinzadeh, Mohammadpour; in Persian letters read as written, "zadh" and
#: "pwr": زاده, پور), and "pour" written apart ("Mohammad Pour", "محمد پور"). Not Maghrebi "Ben-"
#: (Benítez, Benavides, Benjamin), "-zada" (Shahzada, Akhundzada: titles) nor "-pur" (Jaipur).
_PATRONYMIC_FAMILY = re.compile(r"^ould[a-z]{3,}$|^[a-z]{3,}(?:zadeh|zadh|pour|pwr)$|^(?:pour|pwr)$")
#: The masculine endings of _FAMILY_NAME_ENDINGS: the feminine ones end Spanish names too (Córdova,
#: Villanueva, Casanova).
_MASCULINE_FAMILY_ENDINGS = tuple(ending for ending in _FAMILY_NAME_ENDINGS if not ending.endswith("a"))


def written_as_family_name(token: str) -> bool:
    """True for a name part written as a family name made of a name: with a masculine Slavic ending
    ("Petrov", "Islomov", "Aliyev") or the Mauritanian or Persian word for "son of" ("Ouldali",
    "Hosseinzadeh", "Mohammadpour").

    Not Russian patronymics ("Ivanovich", "Petrovna"), which end otherwise, nor the Indian "-dev"
    (Sukhdev, Vasudev: given names). Bulgarian patronymics end so ("Metodiev"): a query written
    family name first ("Sedov Aleksei Ivanov") is told by its order (see
    embargo.match.names._another_family).
    """
    if _PATRONYMIC_FAMILY.match(token):
        return True
    return not token.endswith("dev") and any(
        token.endswith(ending) and len(token) - len(ending) >= _MIN_STEM
        for ending in _MASCULINE_FAMILY_ENDINGS
    )
