"""Realistic, deterministic perturbations of listed names, and realistic non-listed names.

Used by bench/screen_recall.py to build screening queries. Every perturbation is a
function ``(name, rng) -> str | None`` that returns a changed name, or None when it
does not apply to that name (no middle name to drop, no legal form to swap ...).
All randomness comes from the ``random.Random`` passed in, so a seed reproduces a run.

Kinds (see :data:`PERTURBATIONS`):

- ``typo1`` / ``typo2``: one or two keyboard slips inside a name token: the key next
  to the intended one (QWERTY neighbours), a dropped letter, a doubled letter or two
  swapped letters. The first letter of a token is kept (people rarely mistype it).
- ``reorder``: "LAST, First" written as "First Last"; names without a comma get
  their last token moved to the front (family name first).
- ``drop_middle``: only the first given name and the family name are kept.
- ``translit``: one or two spelling variants that different romanisation systems
  produce for the same sound (see :data:`TRANSLITERATION_VARIANTS`).
- ``case_punct``: upper/lower/title case, punctuation dropped or hyphens as spaces.
- ``corp_form``: the legal form written the other way (abbreviation <-> spelled out,
  via rigour's organisation-type database and :data:`LEGAL_FORM_EXPANSIONS`), or a
  common form added to a Company name that has none.
- ``corp_drop``: the legal form left out ("Rosneft Oil Company PJSC" -> "Rosneft Oil Company").
- ``number`` (in :data:`EXTRA_PERTURBATIONS`, screened wherever it applies): one word of an
  organisation name, not of its legal form, in the other number ("TECHNOLOGY" <-> "TECHNOLOGIES",
  "SYSTEMS" -> "SYSTEM").

``generate_non_listed`` builds realistic names of people and companies from many
cultures with Faker (benchmark venv only); ``python bench/perturb.py generate``
writes them to bench/data/non-listed-names.tsv.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import string
import sys
import unicodedata
from collections.abc import Callable, Sequence
from pathlib import Path

from rigour.names.org_types import extract_org_types, remove_org_types, replace_org_types_display

Perturbation = Callable[..., str | None]

_KEYBOARD_ROWS = ("1234567890", "qwertyuiop", "asdfghjkl", "zxcvbnm")


def _keyboard_neighbours() -> dict[str, str]:
    """Letters adjacent on a QWERTY keyboard: left/right in the row, and the rows above/below."""
    neighbours: dict[str, set[str]] = {}
    for r, row in enumerate(_KEYBOARD_ROWS):
        for i, key in enumerate(row):
            near = neighbours.setdefault(key, set())
            near.update(row[j] for j in (i - 1, i + 1) if 0 <= j < len(row))
            for other in (r - 1, r + 1):
                if 0 <= other < len(_KEYBOARD_ROWS):
                    near.update(
                        _KEYBOARD_ROWS[other][j]
                        for j in (i - 1, i, i + 1)
                        if 0 <= j < len(_KEYBOARD_ROWS[other])
                    )
    return {k: "".join(sorted(v & set(string.ascii_lowercase))) for k, v in neighbours.items() if k.isalpha()}


KEYBOARD_NEIGHBOURS = _keyboard_neighbours()

#: Spellings that romanisation systems (BGN/PCGN, ISO 9, German, French, older English
#: practice) use interchangeably for the same sound of Cyrillic, Arabic and other
#: scripts. Each entry is (pattern, replacements); patterns are case-insensitive and the
#: replacement takes the case of the text it replaces.
TRANSLITERATION_VARIANTS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (r"(?<=[aeiou])v\b", ("ff", "w")),  # -ov/-ev endings: Ivanov, Ivanoff, Iwanow
    (r"ff\b", ("v",)),
    (r"kh", ("h", "ch")),  # Khodorkovsky, Hodorkovsky, Chodorkowski
    (r"ts", ("tz", "c")),  # Tsvetkov, Tzvetkov, Cvetkov
    (r"tz", ("ts",)),
    (r"(?<!s)sh", ("ch", "sch")),  # Shostakovich, Chostakovitch, Schostakowitsch
    (r"(?<![st])ch", ("tch", "tsch")),
    (r"zh", ("j", "sch")),  # Zhukov, Joukov, Schukow
    (r"ou", ("u",)),  # Abdoullah, Abdullah
    (r"(?<=[^aeiou\W])u(?=[^aeiou\W])", ("ou",)),
    (r"y(?=[aeiou])", ("i", "j")),  # Yuri, Iuri, Juri; Yakovlev, Iakovlev
    (r"(?<=[aeiou])y\b", ("i", "j")),  # Sergey, Sergei
    (r"iy\b", ("y", "ii", "i")),  # Dmitriy, Dmitry, Dmitrii
    (r"ks", ("x",)),  # Aleksandr, Alexandr
    (r"x", ("ks",)),
    (r"\bv(?=[a-z])", ("w",)),  # Vladimir, Wladimir
    (r"\bal-", ("el-", "al ", "")),  # Arabic article: al-Assad, el-Assad, al Assad, Assad
    (r"\bel-", ("al-",)),
    (r"\babd(?:ul|el|al)\b", ("abdul", "abdel", "abd al")),
    (r"\babd(?:ul|el)(?=[a-z])", ("abdul-", "abd al-", "abdel")),
    (r"q", ("k",)),  # Qasim, Kasim
    (r"dh", ("z", "th")),
    (r"ee", ("i",)),  # Sheeraz, Shiraz
    (r"(?<=[^\W\daeiou])oo(?=[^\W\daeiou])", ("u",)),  # Noorzai, Nurzai (not "OOO", "EOOD")
    (r"ph", ("f",)),
    (r"aa", ("a",)),
)
_TRANSLIT_COMPILED = tuple((re.compile(p, re.IGNORECASE), r) for p, r in TRANSLITERATION_VARIANTS)

#: Common legal-form abbreviations and their spelled-out forms (abbreviation -> expansion).
#: The other direction (spelled out -> abbreviation) uses rigour's organisation-type database.
LEGAL_FORM_EXPANSIONS: dict[str, str] = {
    "LLC": "Limited Liability Company",
    "JSC": "Joint Stock Company",
    "PJSC": "Public Joint Stock Company",
    "OJSC": "Open Joint Stock Company",
    "CJSC": "Closed Joint Stock Company",
    "LTD": "Limited",
    "CO": "Company",
    "INC": "Incorporated",
    "CORP": "Corporation",
    "PLC": "Public Limited Company",
    "FZE": "Free Zone Establishment",
    "FZCO": "Free Zone Company",
    "GMBH": "Gesellschaft mit beschränkter Haftung",
    "AG": "Aktiengesellschaft",
}
#: Forms added to organisation names that have none ("corp_form" on a bare name).
ADDED_FORMS = ("LLC", "Ltd", "Inc", "JSC", "Co., Ltd.", "Limited")

_TOKEN_RE = re.compile(r"[^\W\d_]+", re.UNICODE)


def _match_case(replacement: str, original: str) -> str:
    """Give ``replacement`` the case pattern of ``original`` (UPPER, Title or lower)."""
    if original.isupper() and len(original) > 1:
        return replacement.upper()
    if original[:1].isupper():
        return replacement[:1].upper() + replacement[1:]
    return replacement


def _word_case(text: str, start: int, matched: str) -> str:
    """The text whose case a replacement should copy: the whole word when it is upper case."""
    left = start
    while left > 0 and text[left - 1].isalpha():
        left -= 1
    right = start
    while right < len(text) and text[right].isalpha():
        right += 1
    word = text[left:right]
    return word if len(word) > 1 and word.isupper() else matched


def _one_typo(name: str, rng: random.Random) -> str | None:
    """Apply one keyboard slip to a letter inside a token of 3+ letters (not its first letter)."""
    tokens = [m for m in _TOKEN_RE.finditer(name) if len(m.group()) >= 3 and m.group().isascii()]
    if not tokens:
        return None
    for _ in range(10):
        token = rng.choice(tokens)
        pos = rng.randrange(token.start() + 1, token.end())
        char = name[pos]
        op = rng.choice(("neighbour", "drop", "double", "transpose"))
        if op == "neighbour":
            near = KEYBOARD_NEIGHBOURS.get(char.lower())
            if not near:
                continue
            new = rng.choice(near)
            changed = name[:pos] + (new.upper() if char.isupper() else new) + name[pos + 1 :]
        elif op == "drop":
            changed = name[:pos] + name[pos + 1 :]
        elif op == "double":
            changed = name[:pos] + char + name[pos:]
        else:
            if pos + 1 >= token.end():
                pos -= 1
            if pos <= token.start():
                continue
            changed = name[:pos] + name[pos + 1] + name[pos] + name[pos + 2 :]
        if changed != name:
            return changed
    return None


def typo1(name: str, rng: random.Random) -> str | None:
    """One keyboard slip: neighbouring key, dropped, doubled or transposed letter."""
    return _one_typo(name, rng)


def typo2(name: str, rng: random.Random) -> str | None:
    """Two keyboard slips (at independent positions)."""
    first = _one_typo(name, rng)
    if first is None:
        return None
    second = _one_typo(first, rng)
    return second if second and second != name else first


def _person_tokens(name: str) -> list[str]:
    """The tokens of a person's name in "given ... family" order ("LAST, First M" -> First M LAST)."""
    if "," in name:
        family, _, given = name.partition(",")
        return given.split() + family.split()
    return name.split()


def reorder(name: str, rng: random.Random) -> str | None:
    """Swap the name order: "LAST, First" -> "First LAST"; "First Last" -> "Last First"."""
    if "," in name:
        family, _, given = name.partition(",")
        if not given.strip() or not family.strip():
            return None
        return f"{given.strip()} {family.strip()}"
    tokens = name.split()
    if len(tokens) < 2:
        return None
    return " ".join([tokens[-1], *tokens[:-1]])


def drop_middle(name: str, rng: random.Random) -> str | None:
    """Keep only the first given name and the family name (needs 3+ tokens)."""
    tokens = _person_tokens(name)
    if len(tokens) < 3:
        return None
    return f"{tokens[0]} {tokens[-1]}"


def translit(name: str, rng: random.Random) -> str | None:
    """Apply one or two transliteration-variant rules (see TRANSLITERATION_VARIANTS)."""
    changed = name
    wanted = rng.choice((1, 1, 2))
    applied = 0
    rules = list(_TRANSLIT_COMPILED)
    rng.shuffle(rules)
    for pattern, replacements in rules:
        # Legal forms (OOO, Oy, EOOD, Ltd) are abbreviations, not romanised names: leave them be.
        protected = _legal_form_spans(changed)
        spots = [
            m
            for m in pattern.finditer(changed)
            if not any(m.start() < end and start < m.end() for start, end in protected)
        ]
        if not spots:
            continue
        spot = rng.choice(spots)
        replacement = _match_case(rng.choice(replacements), _word_case(changed, spot.start(), spot.group()))
        changed = changed[: spot.start()] + replacement + changed[spot.end() :]
        applied += 1
        if applied >= wanted:
            break
    changed = re.sub(r"\s+", " ", changed).strip()
    return changed if changed and changed != name else None


def _legal_form_spans(name: str) -> list[tuple[int, int]]:
    """Where the legal forms rigour recognises sit in a name (start, end)."""
    spans = []
    for match, _compare in extract_org_types(name):
        for found in re.finditer(rf"(?<!\w){re.escape(match)}(?!\w)", name):
            spans.append((found.start(), found.end()))
    return spans


def case_punct(name: str, rng: random.Random) -> str | None:
    """Change case and punctuation the way data entry does; the letters stay the same."""
    variants = []
    no_punct = re.sub(r"\s+", " ", re.sub(r"[^\w\s]", " ", name)).strip()
    for cased in (
        name.lower(),
        name.upper(),
        name.title(),
        no_punct.lower(),
        no_punct.upper(),
        no_punct.title(),
    ):
        if cased != name:
            variants.append(cased)
    if "-" in name:
        variants.append(name.replace("-", " "))
    if "," in name:
        variants.append(name.replace(",", ""))
    if not variants:
        return None
    return rng.choice(variants)


def corp_form(name: str, rng: random.Random, schema: str | None = None) -> str | None:
    """Write the legal form the other way (LLC <-> Limited Liability Company); add one to a bare Company."""
    forms = extract_org_types(name)
    if not forms:
        if schema != "Company":
            return None
        added = rng.choice(ADDED_FORMS)
        return f"{name.rstrip(' .,')} {added.upper() if name.isupper() else added}"
    shortened = replace_org_types_display(name)
    if shortened != name and _letters(shortened) != _letters(name):
        return shortened
    for match, _compare in forms:
        # "CO., LTD." -> "Company Limited": expand each abbreviation inside the matched form.
        parts = re.findall(r"[A-Za-z]+", match)
        expanded = [LEGAL_FORM_EXPANSIONS.get(part.upper()) for part in parts]
        if parts and any(expanded):
            words = [
                (exp.upper() if name.isupper() else exp) if exp else part
                for part, exp in zip(parts, expanded, strict=True)
            ]
            start = name.find(match)
            if start >= 0:
                return name[:start] + " ".join(words) + name[start + len(match) :]
    return None


def corp_drop(name: str, rng: random.Random) -> str | None:
    """Leave the legal form out."""
    if not extract_org_types(name):
        return None
    stripped = without_legal_form(name)
    if not stripped or stripped == name or not _TOKEN_RE.search(stripped):
        return None
    return stripped


#: A word in the plural ("-ies", or "-s" after a consonant other than s) or in a singular ending in
#: a consonant and "y", of five letters or more.
_NUMBERED_WORD = re.compile(r"\b[A-Za-z]{2,}(?:ies|IES|[b-df-hj-np-rtv-zB-DF-HJ-NP-RTV-Z](?:s|S|y|Y))\b")


def number(name: str, rng: random.Random) -> str | None:
    """One word put in the other number: "-ies" <-> "-y", a plural "-s" dropped (not in a legal form)."""
    legal = _legal_form_spans(name)
    words = [
        m
        for m in _NUMBERED_WORD.finditer(name)
        if len(m.group(0)) >= 5 and not any(start < m.end() and m.start() < end for start, end in legal)
    ]
    if not words:
        return None
    match = rng.choice(words)
    word = match.group(0)
    lower = word.lower()
    if lower.endswith("ies"):
        changed = lower[:-3] + "y"
    elif lower.endswith("y"):
        changed = lower[:-1] + "ies"
    else:
        changed = lower[:-1]
    stem = len(os.path.commonprefix([lower, changed]))  # the word's own letters (and case) up to here
    changed = word[:stem] + (changed[stem:].upper() if word.isupper() else changed[stem:])
    return name[: match.start()] + changed + name[match.end() :]


def _letters(text: str) -> str:
    return re.sub(r"\W", "", text).lower()


#: Perturbation kind -> (function, schemas it is meant for; None = any).
PERTURBATIONS: dict[str, tuple[Perturbation, frozenset[str] | None]] = {
    "typo1": (typo1, None),
    "typo2": (typo2, None),
    "reorder": (reorder, frozenset({"Person"})),
    "drop_middle": (drop_middle, frozenset({"Person"})),
    "translit": (translit, frozenset({"Person", "Organization", "Company", "LegalEntity"})),
    "case_punct": (case_punct, None),
    "corp_form": (corp_form, frozenset({"Company", "Organization", "LegalEntity"})),
    "corp_drop": (corp_drop, frozenset({"Company", "Organization", "LegalEntity"})),
}
#: Kinds that apply to few names: screened for every name they apply to, besides the kinds
#: sampled from PERTURBATIONS (so adding one leaves the sampled queries as they were).
EXTRA_PERTURBATIONS: dict[str, tuple[Perturbation, frozenset[str] | None]] = {
    "number": (number, frozenset({"Company", "Organization", "LegalEntity"})),
}


def perturb(name: str, kind: str, rng: random.Random, schema: str | None = None) -> str | None:
    """Apply one perturbation kind to a name; None when it does not apply (or changes nothing)."""
    func, schemas = PERTURBATIONS.get(kind) or EXTRA_PERTURBATIONS[kind]
    if schemas is not None and schema is not None and schema not in schemas:
        return None
    result = func(name, rng, schema) if func is corp_form else func(name, rng)
    if result is None or result.strip() == "" or result == name:
        return None
    return result


def exclusion_key(name: str) -> str:
    """A loose normal form for "is this generated name on the list?": case, accents, punctuation, order."""
    text = unicodedata.normalize("NFKD", name.casefold())
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    tokens = re.findall(r"\w+", text)
    return " ".join(sorted(tokens))


def listed_variant_keys(name: str, schema: str | None) -> set[str]:
    """The exclusion keys of a listed (strong) name and of the variants the recall set requires to
    match it.

    A generated "non-listed" name equal to one of them is the listed name by the recall set's own
    definition, so it is not a non-listed name: the name without its middle names (a person,
    :func:`drop_middle`) and, for an organisation with a legal form or a company, without its form
    (:func:`corp_drop`, which also stands for a form written another way, :func:`corp_form`, and a
    form added to a bare company's name).
    """
    keys = {exclusion_key(name)}
    if schema == "Person":
        shortened = drop_middle(name, random.Random(0))
        if shortened:
            keys.add(exclusion_key(shortened))
    elif schema == "Company" or (schema in PERTURBATIONS["corp_drop"][1] and extract_org_types(name)):
        keys.add(_ORGANISATION + exclusion_key(without_legal_form(name)))
    return keys - {"", _ORGANISATION}


def generated_name_keys(name: str, schema: str | None) -> set[str]:
    """The exclusion keys of a generated name: as written, without its legal form (a company), and
    a name in Chinese characters also in pinyin (surname, then the given name's syllables apart
    and joined): a listed name, written in characters, as its original-script readings are."""
    keys = {exclusion_key(name)}
    if schema != "Person":
        keys.add(_ORGANISATION + exclusion_key(without_legal_form(name)))
    if _HAN_NAME.fullmatch(name):
        from pypinyin import lazy_pinyin

        syllables = lazy_pinyin(name)
        keys.add(exclusion_key(" ".join(syllables)))
        keys.add(exclusion_key(f"{syllables[0]} {''.join(syllables[1:])}"))
    return keys - {"", _ORGANISATION}


def without_legal_form(name: str) -> str:
    """The name with the legal forms rigour recognises left out."""
    return re.sub(r"\s+", " ", remove_org_types(name)).strip(" ,.-")


#: Marks the key of an organisation's name without its legal form: compared with organisations only.
_ORGANISATION = "organisation: "
_HAN_NAME = re.compile(r"[\u4e00-\u9fff]{2,4}")


# ---------------------------------------------------------------------------
# Non-listed names (Faker; benchmark venv only)
# ---------------------------------------------------------------------------

#: Faker locales for people and how their names are written in a screening query:
#: "latin" as Faker gives them, "romanized" through Faker's own romanisation,
#: "latinize" through anyascii (BGN/PCGN-like: Юлия -> Yuliya), "native" left in their script.
PERSON_LOCALES: tuple[tuple[str, str], ...] = (
    ("en_US", "latin"),
    ("en_GB", "latin"),
    ("es_ES", "latin"),
    ("es_MX", "latin"),
    ("en_IN", "latin"),
    ("en_PK", "latin"),
    ("fr_DZ", "latin"),
    ("fr_FR", "latin"),
    ("de_DE", "latin"),
    ("it_IT", "latin"),
    ("pt_BR", "latin"),
    ("tr_TR", "latin"),
    ("pl_PL", "latin"),
    ("en_NG", "latin"),
    ("id_ID", "latin"),
    ("zh_CN", "romanized"),
    ("ja_JP", "romanized"),
    ("ru_RU", "latinize"),
    ("uk_UA", "latinize"),
    ("fa_IR", "native"),
    ("ar_AA", "native"),
    ("ru_RU", "native"),
    ("zh_CN", "native"),
)
COMPANY_LOCALES: tuple[tuple[str, str], ...] = (
    ("en_US", "latin"),
    ("en_GB", "latin"),
    ("de_DE", "latin"),
    ("fr_FR", "latin"),
    ("es_ES", "latin"),
    ("it_IT", "latin"),
    ("nl_NL", "latin"),
    ("pl_PL", "latin"),
    ("tr_TR", "latin"),
    ("en_IN", "latin"),
    ("ru_RU", "latinize"),
    ("zh_CN", "native"),
)


def _person_name(fake, style: str) -> str:  # noqa: ANN001 - a faker.Faker
    """One person's name in a Faker locale, written in the requested style."""
    if style == "romanized":
        return fake.romanized_name()
    if style == "native":
        # Written as the locale writes full names (family name first, no space in Chinese).
        return fake.name()
    male = fake.random_int(0, 1) == 1
    try:
        first = fake.first_name_male() if male else fake.first_name_female()
        last = fake.last_name_male() if male else fake.last_name_female()
    except AttributeError:
        first, last = fake.first_name(), fake.last_name()
    if fake.random_int(0, 4) == 0:
        try:
            middle = fake.first_name_male() if male else fake.first_name_female()
        except AttributeError:
            middle = fake.first_name()
        first = f"{first} {middle}"
    return f"{first} {last}"


def _company_name(fake, rng: random.Random, style: str) -> str:  # noqa: ANN001 - a faker.Faker
    """A plausible company: Faker's own company names, or a trading name with a legal form."""
    if style != "latin" or rng.random() < 0.5:
        return fake.company()
    noun = fake.catch_phrase().split()[-1].title() if rng.random() < 0.5 else fake.bs().split()[-1].title()
    stem = fake.last_name() if rng.random() < 0.6 else fake.city()
    suffix = fake.company_suffix() if hasattr(fake, "company_suffix") else rng.choice(ADDED_FORMS)
    return f"{stem} {noun} {suffix}"


def generate_non_listed(
    n: int, seed: int = 0, company_share: float = 0.4, locales: Sequence[str] = ()
) -> list[tuple[str, str, str]]:
    """``n`` realistic names that are (almost surely) not listed: (name, schema, locale/style).

    People come from many cultures (see :data:`PERSON_LOCALES`), companies from
    :data:`COMPANY_LOCALES`; duplicates are removed. Needs Faker (benchmark venv). With
    ``locales``, names come from those Faker locales instead, in their own script (style
    ``local``: given names, then the family name, as the default style writes Latin names;
    companies as Faker names them): a check on cultures the default set lacks.
    """
    from anyascii import anyascii
    from faker import Faker

    rng = random.Random(seed)
    fakers: dict[str, Faker] = {}
    out: list[tuple[str, str, str]] = []
    seen: set[str] = set()
    attempts = 0
    while len(out) < n and attempts < n * 20:
        attempts += 1
        is_company = rng.random() < company_share
        if locales:
            locale, style = rng.choice(locales), "local"
        else:
            locale, style = rng.choice(COMPANY_LOCALES if is_company else PERSON_LOCALES)
        fake = fakers.get(locale)
        if fake is None:
            fake = fakers[locale] = Faker(locale)
            fake.seed_instance(seed)
        name = _company_name(fake, rng, style) if is_company else _person_name(fake, style)
        if style == "latinize":
            name = anyascii(name.replace("«", '"').replace("»", '"'))
        name = re.sub(r"\s+", " ", name).strip()
        key = exclusion_key(name)
        if not key or key in seen:
            continue
        seen.add(key)
        out.append((name, "Company" if is_company else "Person", f"{locale}/{style}"))
    return out


def main(argv: list[str] | None = None) -> int:
    """``generate``: write non-listed names as TSV (name, schema, locale/style)."""
    parser = argparse.ArgumentParser(description="Generate realistic non-listed names (needs Faker)")
    sub = parser.add_subparsers(dest="command", required=True)
    gen = sub.add_parser("generate", help="write non-listed names as TSV")
    gen.add_argument("--n", type=int, default=5000)
    gen.add_argument("--seed", type=int, default=0)
    gen.add_argument(
        "--out", type=Path, default=Path(__file__).resolve().parent / "data" / "non-listed-names.tsv"
    )
    gen.add_argument(
        "--locales", help="comma-separated Faker locales, names in their own script (default: the mixed set)"
    )
    args = parser.parse_args(argv)
    locales = tuple(args.locales.split(",")) if args.locales else ()
    rows = generate_non_listed(args.n, args.seed, locales=locales)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8") as fh:
        fh.write("name\tschema\torigin\n")
        for name, schema, origin in rows:
            fh.write(f"{name}\t{schema}\t{origin}\n")
    print(f"wrote {len(rows)} names to {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
