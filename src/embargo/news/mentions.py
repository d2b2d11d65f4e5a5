"""People, organisations and places named in an article, with the titles written around them.

With the trained spaCy pipeline the statistical NER finds the names; without it a
rule-based extractor finds capitalised spans and types them by their form (org
suffixes, country names, person-like spans after titles). Person mentions are then
resolved within the article: a surname alone ("Putin", "Mr Xi") takes the article's
fullest form of the same person as its canonical name.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from spacy.lang.en.stop_words import STOP_WORDS

from embargo.news.model import Mention
from embargo.sources.countries import country_code
from embargo.sources.dates import MONTH_NAMES

_NER_TYPES = {
    "PERSON": "person",
    "ORG": "organization",
    "GPE": "place",
    "LOC": "place",
    "FAC": "place",
}
HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "dr", "prof", "sir", "madam", "mme", "m"})
#: Words that name a role or office; they make up the titles written before or after a name.
ROLE_WORDS = frozenset(
    [
        "president",
        "vice",
        "prime",
        "minister",
        "premier",
        "chancellor",
        "secretary",
        "spokesperson",
        "spokesman",
        "spokeswoman",
        "adviser",
        "advisor",
        "ambassador",
        "envoy",
        "diplomat",
        "director",
        "chairman",
        "chairwoman",
        "chair",
        "ceo",
        "chief",
        "executive",
        "founder",
        "owner",
        "head",
        "leader",
        "governor",
        "mayor",
        "general",
        "admiral",
        "colonel",
        "commander",
        "senator",
        "representative",
        "deputy",
        "foreign",
        "defense",
        "defence",
        "finance",
        "treasury",
        "state",
        "national",
        "security",
        "king",
        "queen",
        "prince",
        "emir",
        "sheikh",
        "sultan",
        "ayatollah",
        "judge",
        "prosecutor",
        "minister-president",
        "member",
        "official",
        "officer",
        "economist",
        "analyst",
        "expert",
        "oligarch",
        "businessman",
        "businesswoman",
        "tycoon",
        "billionaire",
        "banker",
        "emperor",
        "dictator",
        "president-elect",
        "first",
        "lady",
        "press",
        "attorney",
        "counsel",
        "commissioner",
        "supreme",
        "top",
    ]
)
ORG_WORDS = frozenset(
    [
        "inc",
        "inc.",
        "ltd",
        "ltd.",
        "llc",
        "plc",
        "corp",
        "corp.",
        "corporation",
        "company",
        "co",
        "co.",
        "group",
        "holding",
        "holdings",
        "bank",
        "ministry",
        "department",
        "agency",
        "council",
        "committee",
        "commission",
        "office",
        "service",
        "services",
        "fund",
        "organization",
        "organisation",
        "association",
        "union",
        "university",
        "institute",
        "foundation",
        "center",
        "centre",
        "party",
        "army",
        "navy",
        "forces",
        "force",
        "guard",
        "police",
        "court",
        "parliament",
        "congress",
        "senate",
        "assembly",
        "embassy",
        "exchange",
        "industries",
        "enterprises",
        "trust",
        "partners",
        "capital",
        "ventures",
        "airlines",
        "airways",
        "shipping",
        "petroleum",
        "oil",
        "gas",
        "energy",
        "systems",
        "technologies",
        "technology",
        "network",
        "networks",
        "media",
        "news",
        "times",
        "post",
        "press",
        "agency",
        "gmbh",
        "ag",
        "sa",
        "spa",
        "jsc",
        "pjsc",
        "ooo",
        "oao",
        "zao",
    ]
)
_TIME_WORDS = frozenset(
    [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "today",
        "yesterday",
        "tomorrow",
    ]
) | frozenset(MONTH_NAMES)
_POSSESSIVE = re.compile(r"(’s|'s|’|')$")


def extract_mentions(doc: Any, text: str, *, trained: bool) -> list[Mention]:
    """Every person, organisation and place mention in the text, in order, with context and canonical name."""
    spans = _ner_spans(doc) if trained else _rule_spans(doc, text)
    mentions: list[Mention] = []
    for start, end, kind in spans:
        cleaned = _trim(text, start, end)
        if cleaned is None:
            continue
        start, end = cleaned
        surface = text[start:end]
        if not (surface[:1].isupper() or surface[:1].isdigit()):
            continue
        if kind == "place":
            code = place_country(surface)
            mentions.append(
                Mention(text=surface, type="place", start=start, end=end, canonical=surface, country=code)
            )
            continue
        context = title_context(text, start, end)
        if kind == "person" and _looks_like_org(surface):
            kind = "organization"
        mentions.append(
            Mention(
                text=surface,
                type=kind,
                start=start,
                end=end,
                canonical=surface,
                context=context,
                country=_context_country(context),
            )
        )
    mentions = _propagate(mentions, text)
    resolve_people(mentions)
    return mentions


def _propagate(mentions: list[Mention], text: str) -> list[Mention]:
    """Add the occurrences of names found once that the NER missed elsewhere in the article."""
    taken = [(m.start, m.end) for m in mentions]
    added: list[Mention] = []
    seen: set[str] = set()
    for mention in mentions:
        if mention.type not in {"person", "organization"} or mention.text in seen:
            continue
        seen.add(mention.text)
        if len(mention.text) < 4 and not mention.text.isupper():
            continue
        for found in re.finditer(rf"(?<!\w){re.escape(mention.text)}(?!\w)", text):
            start, end = found.span()
            if any(start < e and s < end for s, e in taken):
                continue
            taken.append((start, end))
            added.append(
                Mention(
                    text=mention.text,
                    type=mention.type,
                    start=start,
                    end=end,
                    canonical=mention.canonical,
                    context=title_context(text, start, end) or list(mention.context),
                    country=mention.country,
                )
            )
    return sorted([*mentions, *added], key=lambda m: m.start)


def place_country(text: str) -> str | None:
    """The ISO alpha-2 country code of a place or demonym ("Moscow" -> "ru"), or None."""
    code = country_code(text.strip())
    if code is None and text.lower().startswith("the "):
        code = country_code(text[4:])
    return code.split("-")[0] if code else None


def article_countries(doc: Any, mentions: list[Mention], *, trained: bool) -> list[str]:
    """Countries the article names (places and nationality adjectives), most mentioned first."""
    # Places, and the countries titles name ("Russian President"), count alike.
    counts: Counter[str] = Counter(m.country for m in mentions if m.country)
    if trained:
        for ent in doc.ents:
            if ent.label_ == "NORP":
                code = place_country(ent.text)
                if code:
                    counts[code] += 1
    return [code for code, _ in counts.most_common()]


def resolve_people(mentions: list[Mention]) -> None:
    """Give surname-only and honorific person mentions the article's fullest form of that person.

    A name token is indexed both as first and last token so that names written surname
    first ("Xi Jinping" -> "Xi") resolve as well as "Vladimir Putin" -> "Putin". The
    context and country of all mentions of one person are pooled.
    """
    people = [m for m in mentions if m.type == "person"]
    full = [m for m in people if len(m.canonical.split()) >= 2]
    by_last: dict[str, list[Mention]] = {}
    by_first: dict[str, list[Mention]] = {}
    for m in full:
        tokens = m.canonical.split()
        by_last.setdefault(tokens[-1].lower(), []).append(m)
        by_first.setdefault(tokens[0].lower(), []).append(m)
    for m in people:
        tokens = m.canonical.split()
        key = tokens[-1].lower() if len(tokens) == 1 else None
        candidates: list[Mention] = []
        if key is not None:
            candidates = by_last.get(key) or by_first.get(key) or []
        else:
            # A shorter full name contained in a longer one ("Joe Biden" in "Joseph R. Biden"? no:
            # only the same surname and first name) takes the longer form.
            candidates = [
                c for c in by_last.get(tokens[-1].lower(), []) if c.canonical.split()[0] == tokens[0]
            ]
        if candidates:
            names = Counter(c.canonical for c in candidates)
            longest = max(names, key=lambda n: (len(n.split()), names[n]))
            m.canonical = longest
    groups: dict[str, list[Mention]] = {}
    for m in people:
        groups.setdefault(m.canonical, []).append(m)
    for group in groups.values():
        context = list(dict.fromkeys(c for m in group for c in m.context))
        country = next((m.country for m in group if m.country), None)
        for m in group:
            m.context = context
            m.country = country


def title_context(text: str, start: int, end: int) -> list[str]:
    """Titles written around a name: "Russian President" before it, ", a spokesman for X," after it."""
    found: list[str] = []
    before = _title_before(text, start)
    if before:
        found.append(before)
    after = _apposition_after(text, end)
    if after:
        found.append(after)
    return found


def _title_before(text: str, start: int) -> str | None:
    """The run of title words right before a name, inside the same clause."""
    window = text[max(0, start - 120) : start]
    tokens = re.findall(r"[\w’'.\-]+|[^\w\s]", window)
    taken: list[str] = []
    for token in reversed(tokens):
        bare = _POSSESSIVE.sub("", token).rstrip(".")
        low = bare.lower()
        if not bare or not (bare[0].isalnum()):
            break
        if low in ROLE_WORDS or low in HONORIFICS:
            taken.append(token)
            continue
        if bare[0].isupper() and low not in _TIME_WORDS and low not in STOP_WORDS:
            taken.append(token)
            continue
        if low in {"of", "the"} and taken:
            taken.append(token)
            continue
        break
    while taken and taken[-1].lower() in {"of", "the"}:
        taken.pop()
    if not taken:
        return None
    phrase = " ".join(reversed(taken))
    words = {w.lower().rstrip(".") for w in phrase.split()}
    if not words & ROLE_WORDS:
        return None
    return phrase


def _apposition_after(text: str, end: int) -> str | None:
    """An apposition after a name: ", a spokesman for the Chinese Foreign Ministry," -> that phrase."""
    match = re.match(r"\s*,\s*((?:a|an|the|who is|who was)\s+[^,.;:()“”\"]{3,100})", text[end : end + 140])
    if not match:
        return None
    phrase = match.group(1).strip()
    words = {w.lower() for w in re.findall(r"[\w\-]+", phrase)}
    return phrase if words & ROLE_WORDS else None


def _context_country(context: list[str]) -> str | None:
    """The country a title names ("Russian President" -> "ru", "the Chinese Foreign Ministry" -> "cn")."""
    for phrase in context:
        for word in re.findall(r"[A-Z][\w\-]+", phrase):
            code = place_country(_POSSESSIVE.sub("", word))
            if code:
                return code
    return None


def _trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Drop leading articles, honorifics and titles, and a trailing possessive, from a span."""
    surface = text[start:end]
    while True:
        head = re.match(r"(the|The|[A-Z][a-z]{0,3}\.?)\s+", surface)
        if head is None:
            break
        word = head.group(1).lower().rstrip(".")
        if word not in HONORIFICS and word != "the":
            break
        start += head.end()
        surface = text[start:end]
    possessive = _POSSESSIVE.search(surface)
    if possessive and len(surface) > 2:
        end -= len(possessive.group(0))
        surface = text[start:end]
    surface_stripped = surface.strip(" \t\n,;:-–—“”\"'")
    if not surface_stripped or not any(ch.isalpha() for ch in surface_stripped):
        return None
    offset = surface.find(surface_stripped)
    start += offset
    end = start + len(surface_stripped)
    return start, end


def _looks_like_org(surface: str) -> bool:
    words = [w.lower().strip(".,") for w in surface.split()]
    return bool(words) and (words[-1] in ORG_WORDS or words[0] in {"ministry", "department", "bank"})


def _ner_spans(doc: Any) -> list[tuple[int, int, str]]:
    """Entity spans from the statistical NER."""
    return [(e.start_char, e.end_char, _NER_TYPES[e.label_]) for e in doc.ents if e.label_ in _NER_TYPES]


def _rule_spans(doc: Any, text: str) -> list[tuple[int, int, str]]:
    """Capitalised token runs typed by their form: the fallback when no trained model is installed.

    A run stops at punctuation and sentence ends; "of"/"for"/"de" may join capitalised
    words ("Bank of Russia"). Leading stop words ("But", "After") are dropped, and
    titles at the head of a run ("Russian President", "Press Secretary") are left out
    of the name so they serve as its context.
    """
    spans: list[tuple[int, int, str]] = []
    singles: list[tuple[int, int]] = []
    for sent in doc.sents:
        tokens = list(sent)
        i = 0
        while i < len(tokens):
            if not _is_cap(tokens[i]):
                i += 1
                continue
            j = i + 1
            while j < len(tokens):
                if _is_cap(tokens[j]):
                    j += 1
                elif tokens[j].lower_ in _CONNECTORS and j + 1 < len(tokens) and _is_cap(tokens[j + 1]):
                    j += 2
                else:
                    break
            run = tokens[i:j]
            i = j
            while run and (run[0].lower_ in STOP_WORDS or run[0].lower_ in _TIME_WORDS):
                run = run[1:]
            if not run:
                continue
            lows = [t.lower_.rstrip(".") for t in run]
            last_role = max((k for k, w in enumerate(lows) if w in ROLE_WORDS or w in HONORIFICS), default=-1)
            rest = lows[last_role + 1 :]
            if last_role >= 0 and rest and not any(w in ORG_WORDS for w in rest):
                run = run[last_role + 1 :]
            if not any(w in ORG_WORDS for w in lows):
                while len(run) > 1 and place_country(run[0].text):
                    run = run[1:]
            if not run:
                continue
            start, end = run[0].idx, run[-1].idx + len(run[-1].text)
            kind = _rule_type(text, start, text[start:end], sentence_start=run[0].is_sent_start)
            if kind:
                spans.append((start, end, kind))
            elif len(run) == 1:
                singles.append((start, end))
    # A lone capitalised word that is a part of a person's full name elsewhere is that person.
    parts = {
        part.lower()
        for start, end, kind in spans
        if kind == "person"
        for part in text[start:end].split()
        if len(text[start:end].split()) >= 2
    }
    spans.extend((start, end, "person") for start, end in singles if text[start:end].lower() in parts)
    spans.sort()
    return spans


def _is_cap(token: Any) -> bool:
    word = token.text
    return bool(word[:1].isupper()) and any(ch.isalpha() for ch in word) and not token.is_punct


_CONNECTORS = frozenset({"of", "for", "de", "del", "al", "bin", "van", "von", "der"})


def _rule_type(text: str, start: int, surface: str, *, sentence_start: bool) -> str | None:
    tokens = surface.split()
    lows = [t.lower().strip(".,’'") for t in tokens]
    if all(t in _TIME_WORDS or t in STOP_WORDS for t in lows):
        return None
    if place_country(_POSSESSIVE.sub("", surface)):
        return "place"
    if any(t in ORG_WORDS for t in lows) or (surface.isupper() and 2 <= len(surface) <= 6):
        return "organization"
    if len(tokens) == 1:
        before = _title_before(text, start)
        return "person" if before and not sentence_start else None
    if (
        2 <= len(tokens) <= 4
        and all(t[:1].isupper() for t in tokens)
        and not any(t in ROLE_WORDS for t in lows)
    ):
        return "person"
    return None
