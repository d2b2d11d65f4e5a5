"""Screening mentions against the lists, with the article's context as evidence.

Each person or organisation is screened once per batch under its canonical name
(the article's fullest form), with the schema its mention type allows and the
country its title names. Candidates are then weighed with what the article says
about them: a title that matches the listed position ("Russian President" and
"President of the Russian Federation") raises the score a little, a country that
contradicts the listed ones lowers it. Only candidates at or above the screening
threshold become alerts.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from embargo.errors import EmbargoError
from embargo.model import ORGANISATION_SCHEMAS, Entity, Query, Result
from embargo.news.mentions import HONORIFICS, ORG_WORDS, ROLE_WORDS, place_country
from embargo.news.model import Mention, MentionMatch

Screener = Callable[[Query], Result]
EntityLookup = Callable[[str], "Entity | None"]

#: Score added when the article's title for a person matches a listed position or title.
POSITION_BONUS = 0.05
#: Score removed when the country the article ties a party to is not among the listed countries.
COUNTRY_CONFLICT_PENALTY = 0.1
#: Candidates this far below the threshold are still weighed (evidence may lift them).
EVIDENCE_MARGIN = 0.05

#: Jaro-Winkler similarity from which two name parts of four letters or more are the same part.
PART_SIMILARITY = 0.88
#: Legal-form words ignored when comparing organisation names.
LEGAL_FORMS = frozenset(
    [
        "llc",
        "ltd",
        "limited",
        "inc",
        "incorporated",
        "corp",
        "corporation",
        "co",
        "company",
        "plc",
        "pjsc",
        "ojsc",
        "cjsc",
        "jsc",
        "ao",
        "oao",
        "zao",
        "ooo",
        "pao",
        "gmbh",
        "ag",
        "sa",
        "s",
        "a",
        "spa",
        "bv",
        "nv",
        "kg",
        "fze",
        "fzco",
        "llp",
        "lp",
        "the",
        "of",
        "and",
    ]
)

_GENERIC_ROLE_WORDS = frozenset(
    {"member", "official", "officer", "top", "head", "state", "national", "security"}
)


@dataclass
class Linker:
    """Screens mentions with one screener, caching answers for the whole batch."""

    screener: Screener
    entity_lookup: EntityLookup | None = None
    _cache: dict[tuple[object, ...], list[MentionMatch]] = field(default_factory=dict)
    _results: dict[tuple[str, str, str | None], Result | None] = field(default_factory=dict)
    _entities: dict[str, Entity | None] = field(default_factory=dict)
    list_versions: list[dict[str, object]] = field(default_factory=list)

    def link(self, mentions: list[Mention]) -> None:
        """Fill ``matches`` of every screenable person and organisation mention."""
        for mention in mentions:
            if not screenable(mention):
                continue
            key = (mention.canonical, mention.type, mention.country, tuple(mention.context))
            if key not in self._cache:
                self._cache[key] = self._screen(mention)
            mention.matches = [_copy(m) for m in self._cache[key]]

    def _result(self, mention: Mention) -> Result | None:
        schema = "Person" if mention.type == "person" else None
        key = (mention.canonical, schema or "", mention.country)
        if key not in self._results:
            query = Query(name=mention.canonical, schema=schema, country=mention.country)
            try:
                self._results[key] = self.screener(query)
            except EmbargoError:
                # A name the engine refuses (no identifying part) cannot name a listed party.
                self._results[key] = None
        return self._results[key]

    def _screen(self, mention: Mention) -> list[MentionMatch]:
        result = self._result(mention)
        if result is None:
            return []
        if not self.list_versions and result.list_versions:
            self.list_versions = [
                {
                    "source": v.source,
                    "version": v.version,
                    "snapshot_id": v.snapshot_id,
                    "published": v.published,
                }
                for v in result.list_versions
            ]
        found: list[MentionMatch] = []
        for match in result.matches:
            if not schema_fits(mention.type, match.schema):
                continue
            if match.score < result.threshold - EVIDENCE_MARGIN:
                continue
            if not name_covered(mention.canonical, match.name, mention.type):
                continue
            score, evidence = weigh(mention, match.score, self._entity(match.entity_id))
            if score >= result.threshold:
                found.append(
                    MentionMatch(
                        entity_id=match.entity_id,
                        source=match.source,
                        source_id=match.source_id,
                        name=match.name,
                        score=min(1.0, score),
                        schema=match.schema,
                        evidence=evidence,
                    )
                )
        if any(exact_cover(mention.canonical, m.name) for m in found):
            # The written name is listed as such: its spelling variants are other people.
            found = [m for m in found if exact_cover(mention.canonical, m.name)]
        found.sort(key=lambda m: -m.score)
        return found

    def _entity(self, entity_id: str) -> Entity | None:
        if self.entity_lookup is None:
            return None
        if entity_id not in self._entities:
            try:
                self._entities[entity_id] = self.entity_lookup(entity_id)
            except EmbargoError:
                # A failed lookup only means no extra evidence.
                self._entities[entity_id] = None
        return self._entities[entity_id]


def screenable(mention: Mention) -> bool:
    """Whether a mention is specific enough to screen.

    A person needs at least two name tokens in its canonical form (a surname alone that
    the article never writes in full is not screened: it would match every listed
    namesake); an organisation must not be a bare generic word ("Group", "Ministry").
    """
    tokens = [t for t in re.findall(r"[\w\-]+", mention.canonical)]
    if mention.type == "person":
        names = [t for t in tokens if t.lower() not in HONORIFICS and t.lower() not in ROLE_WORDS]
        return len(names) >= 2
    if mention.type == "organization":
        if len(tokens) == 1:
            word = tokens[0]
            return len(word) >= 2 and word.lower() not in ORG_WORDS
        return bool(tokens)
    return False


def name_parts(name: str) -> list[str]:
    """The comparable parts of a name: ASCII, lower case, honorifics dropped."""
    from anyascii import anyascii

    parts = re.findall(r"[a-z0-9]+", anyascii(name).lower())
    return [p for p in parts if p not in HONORIFICS]


def _part_matches(part: str, others: list[str]) -> bool:
    """A name part matches another when equal, or, for parts of five letters or more, when they are
    spelling variants: close Jaro-Winkler with the same initial, a dropped initial letter of a
    transliteration ("Yevgeny"/"Evgeny"), or the same Metaphone key ("Viktor"/"Victor").
    Short parts and acronyms must be equal ("NATO" is not "NATA").
    """
    import jellyfish
    from rapidfuzz.distance import JaroWinkler

    for other in others:
        if part == other:
            return True
        if min(len(part), len(other)) < 5:
            continue
        if part[0] == other[0] and JaroWinkler.similarity(part, other) >= PART_SIMILARITY:
            return True
        longer, shorter = (part, other) if len(part) >= len(other) else (other, part)
        if len(longer) - len(shorter) <= 2 and longer.endswith(shorter):
            return True
        if (
            jellyfish.metaphone(part) == jellyfish.metaphone(other)
            and JaroWinkler.similarity(part, other) >= 0.8
        ):
            return True
    return False


def exact_cover(written: str, listed: str) -> bool:
    """Whether every written name part is literally a part of the listed name."""
    theirs = set(name_parts(listed))
    mine = [p for p in name_parts(written) if p not in LEGAL_FORMS]
    return bool(mine) and all(p in theirs for p in mine)


def name_covered(written: str, listed: str, mention_type: str) -> bool:
    """Whether every part of the name written in the article is a part of the listed name.

    News gives only a name, so a candidate that leaves a written part unexplained
    ("Yoon Sang" for "JI, Sang Jun") is a different person. Listed names may have more
    parts (patronymics, middle names) for persons; for organisations the listed name
    may add only legal forms ("PJSC SBERBANK" for "Sberbank").
    """
    mine = name_parts(written)
    theirs = name_parts(listed)
    if mention_type != "person":
        mine = [p for p in mine if p not in LEGAL_FORMS]
        theirs = [p for p in theirs if p not in LEGAL_FORMS]
        if not all(_part_matches(p, mine) for p in theirs):
            return False
    return bool(mine) and all(_part_matches(p, theirs) for p in mine)


def schema_fits(mention_type: str, schema: str | None) -> bool:
    """A person mention only matches persons; an organisation mention only organisations."""
    if schema is None:
        return True
    if mention_type == "person":
        return schema == "Person"
    return schema in ORGANISATION_SCHEMAS


def weigh(mention: Mention, score: float, entity: Entity | None) -> tuple[float, list[str]]:
    """Adjust a candidate's score with the article's evidence; returns the score and the reasons."""
    evidence: list[str] = []
    if entity is None:
        return score, evidence
    listed_roles = [*entity.positions, *entity.titles]
    if mention.type == "person" and listed_roles and mention.context:
        written = _role_profile(" ".join(mention.context))
        for role in listed_roles:
            listed = _role_profile(role)
            roles_agree = written[0] & listed[0] - _GENERIC_ROLE_WORDS
            countries_agree = not written[1] or not listed[1] or bool(written[1] & listed[1])
            if roles_agree and countries_agree:
                score += POSITION_BONUS
                evidence.append(f"title in article matches listed position: {role}")
                break
    listed_countries = entity.all_countries
    if mention.country and listed_countries:
        if mention.country in listed_countries:
            evidence.append(f"country in article matches: {mention.country}")
        else:
            score -= COUNTRY_CONFLICT_PENALTY
            evidence.append(f"country in article ({mention.country}) not among listed countries")
    return score, evidence


def _role_profile(text: str) -> tuple[set[str], set[str]]:
    """The role words and the country codes a title names ("President of the Russian Federation")."""
    words = re.findall(r"[A-Za-z][\w\-]*", text)
    roles = {w.lower() for w in words if w.lower() in ROLE_WORDS}
    countries: set[str] = set()
    for phrase in _country_phrases(words):
        code = place_country(phrase)
        if code:
            countries.add(code)
    return roles, countries


def _country_phrases(words: list[str]) -> list[str]:
    """Single capitalised words and adjacent pairs/triples, as candidate country names."""
    caps = [w for w in words if w[:1].isupper()]
    phrases = list(caps)
    for size in (2, 3):
        phrases.extend(" ".join(words[i : i + size]) for i in range(len(words) - size + 1))
    return phrases


def _copy(match: MentionMatch) -> MentionMatch:
    return MentionMatch(
        entity_id=match.entity_id,
        source=match.source,
        source_id=match.source_id,
        name=match.name,
        score=match.score,
        schema=match.schema,
        evidence=list(match.evidence),
    )


def default_screener(store: object | None = None) -> tuple[Screener, EntityLookup] | None:
    """The engine over the local store, or None when no list is loaded.

    The screener searches a little below the engine's threshold so that context
    evidence can lift a candidate, and reports the engine's own threshold.
    """
    from embargo.store import Store

    opened = store if store is not None else Store.open()
    if not opened.current_snapshots():  # type: ignore[attr-defined]
        return None
    # The engine is imported only when there is something to screen against.
    from embargo.match import DEFAULT_THRESHOLD
    from embargo.screening import screen_query

    low = max(0.0, DEFAULT_THRESHOLD - EVIDENCE_MARGIN)

    def screener(query: Query) -> Result:
        result = screen_query(query, threshold=low, store=opened)
        return replace(result, threshold=DEFAULT_THRESHOLD)

    return screener, opened.get_entity  # type: ignore[attr-defined]
