"""The candidate index: every listed name of every source, searchable in milliseconds.

Built once per set of list versions from the entities in the store:

* every name (primary, alias, former, original-script) of every entity is
  analysed once (:mod:`embargo.names`) and kept as :class:`NameForm` readings;
* an inverted index maps keys to the names that have them: whole tokens and
  neighbouring tokens joined, their metaphone key (jellyfish), character
  trigrams, every token with one letter deleted (SymSpell: a typo on either side
  still shares a key), and the consonant skeleton of listed tokens (a query in
  Arabic or Hebrew script finds Latin spellings). Each key weighs its IDF, so
  rare tokens find their names and common ones hardly count;
* identifiers map to their entities, so an exact passport or IMO number finds
  its party whatever the name.

A search groups the query's keys by query token (a token's keys count at most
its own IDF), sums key weights per name with numpy, and fully scores only the
best few dozen names with the scorer (see docs/matching.md).
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache, partial
from typing import NamedTuple

import numpy as np
from rapidfuzz import fuzz, utils

from embargo.match.bound import ListedTokens
from embargo.match.features import (
    Evidence,
    birth_date_feature,
    country_feature,
    identifier_feature,
    identifier_keys,
    max_support,
    schema_feature,
)
from embargo.match.names import (
    EXTRA_WEIGHT,
    EXTRA_WEIGHT_DEFAULT,
    NameScore,
    abjad_alternatives,
    as_hebrew_letters,
    is_logographic,
    latin_alternatives,
    other_hebrew_sounds,
    skeleton,
)
from embargo.match.neighbours import TokenNeighbours
from embargo.match.scorer import best_name_score, raw_name_score, with_readings_of
from embargo.model import Entity, Explanation, FeatureScore, ListVersion, Match, Name, Query
from embargo.names.analysis import (
    APOSTROPHES,
    ENT,
    LEGAL,
    NAME,
    OBJ,
    ORG,
    PER,
    STOP,
    NameForm,
    analyze_name,
    between_two_forms,
    legal_form_ends,
    plain_words,
    read_away_ends,
    type_tag_for_schema,
)
from embargo.names.cognates import CognateVocabulary, with_cognates
from embargo.names.normalize import clean_name
from embargo.names.orgtypes import LegalFormSpeller
from embargo.names.symspell import deletions
from embargo.names.transliterate import has_hebrew

#: Bump when the index layout or analysis changes: persisted indexes of another version are rebuilt.
INDEX_FORMAT = 87
#: Names fully scored per search (the rest of the list is ranked by key overlap only).
CANDIDATE_NAMES = 32
#: Of a query read several ways (a name in an abjad), the best names of each reading kept as
#: candidates besides the overall best (see MatchIndex._candidates).
READING_CANDIDATES = 8
#: Key kinds and how much a shared key of that kind counts, times its IDF ("n": a listed token
#: two edits from a query token the lists do not have, see neighbours.py).
KEY_WEIGHTS = {"t": 1.0, "p": 0.5, "g": 0.25, "k": 0.5, "d": 0.3, "n": 0.3, "h": 0.5}
#: Consonant skeletons at least this long count as a whole token when shared (see _key_weight).
LONG_SKELETON = 5
#: Two neighbouring listed tokens get a key of their skeleton joined when it is at least this long.
JOINED_SKELETON = 4
#: Longest token that gets one-deletion keys.
MAX_DELETION_LENGTH = 14
#: Trigram keys shared by more than this share of all names are skipped at search time.
MAX_TRIGRAM_SHARE = 0.05
#: Tokens in more than this share of the listed organisation names are generic words ("company").
GENERIC_SHARE = 0.02
#: ... and in at least this many (a word shared by a few names of a small list is not generic).
GENERIC_MIN_NAMES = 10
#: Weak aliases (OFAC "weak", UN "low quality") score this much below a strong name ...
WEAK_ALIAS_PENALTY = 0.05
#: ... and this much more when a name part matched only as a near spelling (NameScore.inexact). OFAC
#: calls its weak AKAs broad or generic and does not expect them screened (they confirm a hit found
#: on another name): one alerts on its name parts as written (a legal form otherwise, "DURATEX
#: COMPANY" / "DURATEX S.A.") or read from an abjad, not on a slip ("Seip" / "SEI") nor on another
#: romanisation of them ("Yakub Mohammed" / "MOHAMMED, Yaqub" 0.78, against 0.88 for a strong name).
WEAK_ALIAS_NEAR_PENALTY = 0.10


@dataclass(slots=True)
class EntityRecord:
    """What the index keeps of one listed entity."""

    entity_id: str
    source: str
    source_id: str
    schema: str
    caption: str
    programs: list[str]
    list_version: str
    evidence: Evidence


_EMPTY = np.zeros(0, dtype=np.int32)


class NameRecord(NamedTuple):
    """One listed name: its entity, the raw text and every analysed reading."""

    entity: int
    raw: str
    kind: str
    weak: bool
    forms: tuple[NameForm, ...]


@lru_cache(maxsize=1 << 17)
def _token_keys(token: str, phonetic: str, skeletons: bool) -> tuple[str, ...]:
    """The lookup keys of one token (cached: list names share most of their tokens)."""
    keys = {"t" + token}
    if phonetic:
        keys.add("p" + phonetic)
    padded = f" {token} "
    keys.update("g" + padded[i : i + 3] for i in range(len(padded) - 2))
    if skeletons and len(token) >= 3 and token.isalpha():
        keys.add("k" + skeleton(token))
        keys.update("k" + alternative for alternative in latin_alternatives(token))
        # As Hebrew letters read (ח "h" for a kh, ש "s" for a sh): "Khaled" for "חאלד".
        keys.update("k" + skeleton(reading) for reading in as_hebrew_letters(token))
    keys.update(_deletion_keys(token))
    return tuple(keys)


def _key_weight(key: str) -> float:
    """How much a shared key counts, times its IDF: by its kind, a long consonant skeleton as a word.

    Five consonants or more in a row of a query in an abjad ("shmsdn", شمس الدين, for the listed
    "SHAMSUDDIN") are as telling as the word itself; shorter skeletons ("dn") are not.
    """
    if key[0] == "k" and len(key) > LONG_SKELETON:
        return KEY_WEIGHTS["t"]
    return KEY_WEIGHTS[key[0]]


def _deletion_keys(token: str) -> list[str]:
    """The token and its one-letter deletions (SymSpell): a typo on either side shares a key."""
    if not 2 <= len(token) <= MAX_DELETION_LENGTH:
        return []
    return ["d" + key for key in (deletions(token) if len(token) >= 3 else (token,))]


@lru_cache(maxsize=1 << 14)
def _abjad_keys(token: str, hebrew: bool = False) -> tuple[str, ...]:
    """The lookup keys of a query token written in an abjad: itself, its deletions, its skeleton.

    No metaphone or trigram keys: those model Latin spelling, and a token without its vowels
    ("ymn" for Ayman) would share them with other Latin words ("Min", "Man"). Arabic writes the
    article joined to its word ("الحوثي", "lhwthy"), the lists apart ("AL-HOUTHI"): the skeleton
    of the word without it is a key too, as are a skeleton without a final "h" (Hamza, "hmzh")
    and those read other ways (see names.abjad_alternatives: "al-Zawahiri", "Javad"; ``hebrew``:
    a token in Hebrew letters also as names.other_hebrew_sounds reads it, "Latif" for "לטיף").
    """
    keys = {"t" + token, *_deletion_keys(token)}
    if len(token) >= 3 and token.isalpha():
        words = (token, token[1:]) if token.startswith("l") else (token,)
        if hebrew:
            words += tuple(reading for w in words for reading in other_hebrew_sounds(w))
        skeletons = {skeleton(w) for w in words} | {alt for w in words for alt in abjad_alternatives(w)}
        for consonants in skeletons:
            keys.add("k" + consonants)
            if consonants.endswith("h") and len(consonants) >= 3:
                keys.add("k" + consonants[:-1])  # a ta marbuta, see names.abjad_similarity
    return tuple(keys)


def _syllable_keys(form: NameForm) -> list[tuple[str, list[str]]]:
    """Per token of a person name shaped as a Korean one, the keys of the Hangul syllables it may
    spell (NameForm.symbols): "Lee" shares one with "RI", "Park" with "PAK"; none for other names."""
    if form.tag != PER or not form.symbols:
        return []
    return [
        (token, ["h" + syllable for syllable in symbols.split("|")])
        for token, symbols in zip(form.tokens, form.symbols, strict=True)
        if symbols
    ]


def _query_key_groups(forms: Iterable[NameForm]) -> dict[str, set[str]]:
    """The query's lookup keys grouped by the token they come from (keyed by its "t" key).

    Tokens of a query written in an abjad get :func:`_abjad_keys`, the others :func:`_token_keys`,
    and those of a name shaped as a Korean one their syllables' keys.
    """
    groups: dict[str, set[str]] = defaultdict(set)
    for form in forms:
        hebrew = form.abjad and has_hebrew(form.original)
        for token, phonetic in zip(form.tokens, form.phonetic, strict=True):
            keys = _abjad_keys(token, hebrew) if form.abjad else _token_keys(token, phonetic, False)
            groups["t" + token].update(keys)
        for token, keys in _syllable_keys(form):
            groups["t" + token].update(keys)
        for a, b in zip(form.tokens, form.tokens[1:], strict=False):
            groups["t" + a + b].add("t" + a + b)
            if form.abjad and (a + b).isalpha():
                # "عبد الملك" (two words) is listed as "ABDULMALIK": their skeletons joined.
                groups["t" + a + b].add("k" + skeleton(a + b))
    return groups


def _reading_groups(readings: dict[str, list[NameForm]]) -> list[frozenset[str]]:
    """The key groups (see :func:`_query_key_groups`) of each distinct reading of a query."""
    groups = {
        frozenset(
            ["t" + token for token in form.tokens]
            + ["t" + a + b for a, b in zip(form.tokens, form.tokens[1:], strict=False)]
        )
        for forms in readings.values()
        for form in forms
    }
    return sorted(groups, key=sorted)


def _name_keys(forms: Iterable[NameForm]) -> set[str]:
    """Lookup keys of a listed name: its tokens' keys (skeletons included) and joined neighbours."""
    keys: set[str] = set()
    for form in forms:
        for token, phonetic in zip(form.tokens, form.phonetic, strict=True):
            keys.update(_token_keys(token, phonetic, True))
        for _token, syllable_keys in _syllable_keys(form):
            keys.update(syllable_keys)
        # Neighbouring tokens written as one ("Hong Sop" / "Hong-Sop"), on both sides, and their
        # skeleton, which a name in an abjad writes as one word ("ABDUL RAHMAN" / "عبدالرحمان"),
        # unless it is short: "BEAUTY LILY" as "btl" would be any three-letter Arabic word.
        for a, b in zip(form.tokens, form.tokens[1:], strict=False):
            keys.add("t" + a + b)
            joined = skeleton(a + b) if (a + b).isalpha() else ""
            if len(joined) >= JOINED_SKELETON:
                keys.add("k" + joined)
    return keys


def _evidence(entity: Entity) -> Evidence:
    return Evidence(
        schema=entity.schema,
        birth_dates=[(d.start, d.end, d.precision) for d in entity.birth_dates],
        countries=frozenset(entity.all_countries),
        identifiers=frozenset(identifier_keys([i.value for i in entity.identifiers])),
    )


#: Names of organisations with a name word and a stop word or lone legal form at one end that the
#: lists must hold before a word's absence from that end says anything (see
#: _named_by_words_read_away): the four lists hold 1,661 at the first word and 2,955 at the last,
#: the UN list alone 111 and 34, CSL alone 10 and 66 (where "JSC" would lead no other name).
READ_AWAY_EVIDENCE = 100


def _named_by_words_read_away(
    analysed: list[tuple[int, Name, list[NameForm]]], entities: list[EntityRecord]
) -> tuple[list[tuple[int, Name, list[NameForm]]], frozenset[str]]:
    """The listed names, with those named by a word the analysis reads away read anew; the words.

    An organisation has a name, but the analysis finds no name word in some names: theirs is
    spelt like a legal form of rigour's database ("IS", a state enterprise; "KB", a Swedish
    limited partnership; "OSK", "STG"; "SAD", Spain's sporting company) or like a stop word ("en",
    French for "in"; "para", "des"). "IS BANK, AO" was read `soe bank jsc`, and "Bank AO" matched
    it (0.89); "EN BANK PJSC" was `en bank jsc`, and "EN Bank", its own name, was refused as
    generic words only. The lists tell which word at an end of such a name is its name:

    * when both ends are read as legal forms, one word each, the form is the word the lists use as
      a legal form at an end of more names ("AO" on 188 of the four lists' names, "IS" on 4), and
      the other end the name;
    * else (ends used as often, or one end only read away) a word at an end read as a stop word,
      or alone as a legal form (see names.analysis.read_away_ends), is the name when no other
      listed entity has an organisation name with a name word and that word so at that end: "the",
      "al" and "JSC" lead hundreds, "en" and "sad" none. Absence tells only in lists with many such
      names (:data:`READ_AWAY_EVIDENCE`), and when both ends are such words nothing tells which
      is the name.

    The name is read with that word kept (see names.analysis.analyze_name), when doing so makes
    that word a name word and leaves the other words and legal forms as they were. The counts are
    of each listed name's first reading.
    """
    uses: Counter[str] = Counter()
    # (0 for the first word, 1 for the last, the word) -> the entities whose named names have it so
    ends_of_named: dict[tuple[int, str], set[int]] = defaultdict(set)
    evidence = [0, 0]  # named names with a word read away at the first / the last word
    for entity_idx, _listed, forms in analysed:
        legal_ends = legal_form_ends(forms[0])
        uses.update(word for word in legal_ends if word)
        if NAME in forms[0].kinds:
            for end, word in enumerate(read_away_ends(forms[0], legal_ends)):
                if word:
                    ends_of_named[end, word].add(entity_idx)
                    evidence[end] += 1

    def unused(end: int, word: str, entity_idx: int) -> bool:
        """True when no other entity's named name has ``word`` read away at that end, in lists
        that hold enough named names with a word read away there to tell."""
        others = ends_of_named.get((end, word), set()) - {entity_idx}
        return bool(word) and evidence[end] >= READ_AWAY_EVIDENCE and not others

    named: set[str] = set()
    result = []
    for entity_idx, listed, forms in analysed:
        for word, at, form in _names_read_away(forms, uses, partial(unused, entity_idx=entity_idx)):
            tag = type_tag_for_schema(entities[entity_idx].schema)
            again = _listed_forms(listed, tag, kept=frozenset({word}))
            if any(_named_at(form, reading, at, word) for reading in again):
                forms = again
                named.add(word)
                break
        result.append((entity_idx, listed, forms))
    return result, frozenset(named)


def _listed_forms(listed: Name, tag: str, kept: frozenset[str] = frozenset()) -> list[NameForm]:
    """The readings of a listed name: those of its own spellings, a person's with the given-name items
    of its words read (names.cognates, once here rather than at every search). Not the reading in
    Korean of a name in Chinese characters (names.sino_korean), a query's guess at a Korean name,
    which a listed Chinese person's name would turn into alerts on Korean ones."""
    return [
        with_cognates(form)
        for form in analyze_name(listed.full, tag, listed.parts or None, kept=kept)
        if not form.hanja
    ]


def _names_read_away(
    forms: list[NameForm], uses: Counter[str], unused: Callable[[int, str], bool]
) -> Iterator[tuple[str, int, NameForm]]:
    """The words that may name a listed name whose readings lack a name word (see
    _named_by_words_read_away), with their place and the reading they stand in, in reading order."""
    for form in forms:
        if NAME in form.kinds:
            continue
        legal_ends = legal_form_ends(form)
        if between_two_forms(form):
            first, last = legal_ends
            if first and last and uses[first] != uses[last]:
                word = first if uses[first] < uses[last] else last
                yield word, 0 if word == first else len(form.tokens) - 1, form
                continue
        first, last = read_away_ends(form, legal_ends)
        if len(form.tokens) == 1:  # the one word is at both ends
            if unused(0, first) and unused(1, last):
                yield first, 0, form
        elif unused(0, first) != unused(1, last):  # both: nothing tells which is the name
            yield (first, 0, form) if unused(0, first) else (last, len(form.tokens) - 1, form)


def _named_at(form: NameForm, reading: NameForm, at: int, word: str) -> bool:
    """True when ``reading`` is ``form`` with the token at ``at`` the name word ``word`` and its other
    legal forms the same (generic words after a name become part of it: "IS BANK": "is bank")."""
    if len(reading.tokens) != len(form.tokens) or reading.tokens[at] != word or reading.kinds[at] != NAME:
        return False

    def others(name: NameForm) -> list[tuple[str, bool]]:
        pairs = enumerate(zip(name.tokens, name.kinds, strict=True))
        return [(token, kind == LEGAL) for n, (token, kind) in pairs if n != at]

    return others(form) == others(reading)


class Postings:
    """Key -> sorted name ids, stored as one id array with offsets (compact, quick to save and load)."""

    __slots__ = ("_rows", "_keys", "_offsets", "_ids")

    def __init__(self, lists: dict[str, list[int]]) -> None:
        keys = list(lists)
        sizes = np.fromiter((len(lists[k]) for k in keys), dtype=np.int64, count=len(keys))
        offsets = np.zeros(len(keys) + 1, dtype=np.int64)
        np.cumsum(sizes, out=offsets[1:])
        ids = np.fromiter((i for k in keys for i in lists[k]), dtype=np.int32, count=int(offsets[-1]))
        self._set(keys, offsets, ids)

    def _set(self, keys: list[str], offsets: np.ndarray, ids: np.ndarray) -> None:
        self._keys = keys
        self._rows = dict(zip(keys, range(len(keys)), strict=True))
        self._offsets = offsets
        self._ids = ids

    def get(self, key: str, default: np.ndarray | None = None) -> np.ndarray | None:
        """The ids of the names that have this key (a read-only view), or ``default``."""
        row = self._rows.get(key)
        if row is None:
            return default
        return self._ids[self._offsets[row] : self._offsets[row + 1]]

    def sizes(self, prefix: str) -> dict[str, int]:
        """How many names have each key of one kind (keys starting with ``prefix``, prefix removed)."""
        counts = np.diff(self._offsets)
        return {k[1:]: int(counts[r]) for k, r in self._rows.items() if k[0] == prefix}

    def __len__(self) -> int:
        return len(self._keys)

    def __getstate__(self) -> tuple:
        return (self._keys, self._offsets, self._ids)

    def __setstate__(self, state: tuple) -> None:
        self._set(*state)


def _plain_words(text: str) -> str:
    """The text in lower case, apostrophes left out ("AL-TA'I" is "al tai"), other marks as spaces."""
    return utils.default_process(APOSTROPHES.sub("", text))


def _closeness(typed: str, record: NameRecord | None) -> tuple[float, float, int]:
    """Sort key among equal scores: the listed spelling closest to the query as typed comes first.

    First its words in any order, punctuation and case aside ("MEHSUD NOOR WALI" is closer to
    "NOOR WALI MEHSUD" than to "WALI MEHSUD, Mufti Noor"; "P L C" to "P.L.C." than to "PLC";
    "SULTAN AL-TA'I" to "SULTAN HASHIM AHMAD AL-TA'I" than to "AL-TAI, Sultan Hashim Ahmad"),
    then the letters as typed, in order, then how many of the typed letters it has in any order:
    of two names one slip away, the one with every letter typed ("EP-MFO": "EP-MOF", two letters
    swapped, before "EP-MHO", one changed) needs the likelier slip, one swap rather than one
    letter among all the others.
    """
    if record is None:
        return (0.0, 0.0, 0)
    words = fuzz.token_sort_ratio(typed, record.raw, processor=_plain_words)
    in_order = fuzz.ratio(typed.casefold(), record.raw.casefold())
    return (-words, -in_order, -_letters_in_common(typed, record.raw))


def _letters_in_common(typed: str, listed: str) -> int:
    """How many of the typed letters and digits the listed name has, in any order, case aside."""

    def letters(text: str) -> Counter[str]:
        return Counter(ch for ch in text.casefold() if ch.isalnum())

    return (letters(typed) & letters(listed)).total()


def _weak_alias_penalty(record: NameRecord, scored: NameScore) -> float:
    """What a listed name's score loses as a weak alias (none for a strong name), see WEAK_ALIAS_PENALTY."""
    if not record.weak:
        return 0.0
    return WEAK_ALIAS_PENALTY + (WEAK_ALIAS_NEAR_PENALTY if scored.inexact else 0.0)


def _needed_score(record: NameRecord, cutoff: float) -> float:
    """The name score a listed name needs to reach ``cutoff`` (more for a weak alias: it loses a penalty)."""
    return cutoff + WEAK_ALIAS_PENALTY if record.weak else cutoff


def _best(named: np.ndarray, ranking: np.ndarray, limit: int) -> list[int]:
    """The ``limit`` names of lowest ranking (negated similarity), best first.

    Equal rankings (one name on two lists) are cut and ordered by name id: argpartition alone
    would leave the choice to numpy's partition routine, which differs between machines, and a
    screening must give the same candidates wherever it is replayed.
    """
    count = min(limit, len(named))
    if count == 0:
        return []
    cut = np.partition(ranking, count - 1)[count - 1]
    better = np.flatnonzero(ranking < cut)
    top = np.concatenate([better, np.flatnonzero(ranking == cut)[: count - len(better)]])
    return named[top[np.lexsort((top, ranking[top]))]].tolist()


@dataclass
class MatchIndex:
    """The in-memory candidate index over every current list; see the module docstring."""

    entities: list[EntityRecord]
    names: list[NameRecord]
    postings: Postings
    identifiers: dict[str, list[int]]
    list_versions: list[ListVersion]
    format: int = INDEX_FORMAT
    #: How many listed organisation names have each token (tokens in 2+ names), and their number.
    org_tokens: dict[str, int] = field(default_factory=dict)
    org_names: int = 0
    _token_idf: dict[str, float] = field(default_factory=dict)
    #: The listed tokens as arrays for the score bound (built with the index, saved with it).
    _listed: ListedTokens | None = None
    #: The listed tokens by their spellings with two letters left out (built with the index, saved).
    _neighbours: TokenNeighbours | None = None
    #: Legal-form words of the listed organisation names, to mend a misspelt one (built on first use).
    _speller: LegalFormSpeller | None = None
    #: Tokens of two or more listed names, not counting two neighbours written as one (built on first use).
    _words: frozenset[str] | None = None
    #: Words the analysis reads as legal forms or stop words that name listed organisations ("is"
    #: of "IS BANK, AO", "en" of "EN BANK PJSC"; see _named_by_words_read_away): a query's are read
    #: as name words too.
    words_named: frozenset[str] = frozenset()
    #: The given-name items of the listed names' words, to read a query's (names.cognates).
    cognates: CognateVocabulary = field(default_factory=lambda: CognateVocabulary(()))

    # ------------------------------------------------------------------ building

    @classmethod
    def build(cls, entities: Iterable[Entity], list_versions: list[ListVersion]) -> MatchIndex:
        """Analyse every name of every entity and build the postings."""
        versions = {v.source: f"{v.source} {v.version}" for v in list_versions}
        records: list[EntityRecord] = []
        analysed_names: list[tuple[int, Name, list[NameForm]]] = []
        identifiers: dict[str, list[int]] = defaultdict(list)
        for entity in entities:
            entity_idx = len(records)
            records.append(
                EntityRecord(
                    entity_id=entity.entity_id,
                    source=entity.source,
                    source_id=entity.source_id,
                    schema=entity.schema,
                    caption=entity.caption,
                    programs=list(entity.programs),
                    list_version=versions.get(entity.source, entity.source),
                    evidence=_evidence(entity),
                )
            )
            for key in records[-1].evidence.identifiers:
                identifiers[key].append(entity_idx)
            tag = type_tag_for_schema(entity.schema)
            seen: set[str] = set()
            for listed in entity.names:
                if listed.full in seen:
                    continue
                seen.add(listed.full)
                analysed = _listed_forms(listed, tag)
                if analysed:
                    analysed_names.append((entity_idx, listed, analysed))
        analysed_names, words_named = _named_by_words_read_away(analysed_names, records)
        names: list[NameRecord] = []
        postings: dict[str, list[int]] = defaultdict(list)
        for entity_idx, listed, analysed in analysed_names:
            name_idx = len(names)
            names.append(
                NameRecord(
                    entity=entity_idx,
                    raw=listed.full,
                    kind=listed.kind,
                    weak=listed.is_weak,
                    forms=tuple(analysed),
                )
            )
            for key in _name_keys(analysed):
                postings[key].append(name_idx)
        org_tokens: Counter[str] = Counter()
        org_names = 0
        for record in names:
            if record.forms[0].tag != PER:
                org_names += 1
                org_tokens.update(set(record.forms[0].tokens))
        index = cls(
            records,
            names,
            Postings(postings),
            dict(identifiers),
            list(list_versions),
            org_tokens={t: n for t, n in org_tokens.items() if n >= 2},
            org_names=org_names,
            words_named=words_named,
            cognates=CognateVocabulary(form for record in names for form in record.forms),
        )
        index._prepare()
        # Built now rather than on first use, so that they are saved with the index.
        index._listed_tokens()
        index._token_neighbours()
        return index

    def _prepare(self) -> None:
        total = max(1, len(self.names))
        self._token_idf = {
            token: math.log((total + 1) / (size + 1)) for token, size in self.postings.sizes("t").items()
        }
        self._max_idf = math.log(total + 1)
        self._first_form = np.cumsum([0] + [len(record.forms) for record in self.names[:-1]]).tolist()
        #: Per listed name, the name type of its entity's schema (asked for every candidate of a search).
        self._name_tags = [type_tag_for_schema(self.entities[record.entity].schema) for record in self.names]
        # Each name's weight for the candidate ranking: the IDF sum of the tokens of its first reading,
        # and the share of it that counts when left out of a match (as in the name score).
        idf = self._token_idf
        self._name_mass = np.fromiter(
            # fsum: exactly rounded whatever the order of the set, which changes between processes;
            # a plain sum could differ in the last bit and so reorder equal candidates at the cut.
            (math.fsum(idf.get(t, self._max_idf) for t in set(r.forms[0].tokens)) for r in self.names),
            dtype=np.float64,
            count=len(self.names),
        )
        #: Per listed name, whether it is written in an abjad (see _candidates).
        self._abjad_names = np.fromiter(
            (record.forms[0].abjad for record in self.names), dtype=np.bool_, count=len(self.names)
        )
        self._extra_share = np.fromiter(
            (EXTRA_WEIGHT.get(record.forms[0].tag, EXTRA_WEIGHT_DEFAULT) for record in self.names),
            dtype=np.float64,
            count=len(self.names),
        )

    def __getstate__(self) -> dict:
        return {
            "entities": self.entities,
            "names": self.names,
            "postings": self.postings,
            "identifiers": self.identifiers,
            "list_versions": self.list_versions,
            "format": self.format,
            "org_tokens": self.org_tokens,
            "org_names": self.org_names,
            "words_named": self.words_named,
            "cognates": self.cognates,
            "_listed": self._listed,
            "_neighbours": self._neighbours,
        }

    def __setstate__(self, state: dict) -> None:
        self._listed = None
        self._neighbours = None
        for key, value in state.items():
            setattr(self, key, value)
        self._prepare()

    def save(self, path) -> None:  # noqa: ANN001 - str or Path
        """Write the index to a file (see :mod:`embargo.match.persist`)."""
        from embargo.match.persist import save_index

        save_index(self, path)

    @classmethod
    def load(cls, path) -> MatchIndex:  # noqa: ANN001 - str or Path
        """Read an index written by :meth:`save`; raises StoreError when it is unreadable."""
        from embargo.match.persist import load_index_file

        return load_index_file(path)

    # ------------------------------------------------------------------ searching

    def rarity(self, token: str) -> float:
        """How much a token identifies, from its IDF: 0.5 (in every name) to 1.5 (unseen)."""
        idf = self._token_idf.get(token)
        if idf is None:
            return 1.5
        return 0.5 + idf / self._max_idf

    def _legal_speller(self) -> LegalFormSpeller:
        """The legal-form words of the listed organisation names, built on first use."""
        if self._speller is None:
            self._speller = LegalFormSpeller(r.raw for r in self.names if r.forms[0].tag != PER)
        return self._speller

    def _known_token(self, token: str) -> bool:
        """True when two or more listed names, not people's, have this token (one may have the same slip).

        A word of the names, not two of their words written as one: the postings' "t" keys
        include those ("OO OO KHINE" has "oooo", which made "OOOO" for "OOO" look like a word).
        Not of people's names: the speller asks of a word of an organisation's name, and a given name
        ("Oo" in Burmese, "Ssu" in Chinese names) made "KONTUR OO" and "WOODFORD ... SSU" words
        of the lists, not the forms "OOO" and "SASU" typed with a slip.
        """
        if self._words is None:
            counts = Counter(
                token
                for r in self.names
                if r.forms[0].tag != PER
                for token in {t for f in r.forms for t in f.tokens}
            )
            self._words = frozenset(token for token, names in counts.items() if names >= 2)
        return token in self._words

    def identifies(self, name: str) -> bool:
        """False when the name, read as an organisation, has no identifying token.

        Only names with an article or legal form are judged ("The Company Ltd"; a lone
        "Mohammad" is a name). Identifying: not a stop word or legal form, and not a
        generic organisation word: one in more than :data:`GENERIC_SHARE` of the listed
        organisation names, and at least :data:`GENERIC_MIN_NAMES` ("company", "trading").
        Two or more generic words together do identify ("Central Bank").
        """
        forms = analyze_name(name, ORG)
        extra = [form for form, _words in self._named_word_readings([name], forms, ORG)]
        return any(self._identifying(form) for form in [*forms, *extra])

    def _identifying(self, form: NameForm) -> bool:
        """True when an organisation reading has an identifying token (see :meth:`identifies`)."""
        limit = max(GENERIC_MIN_NAMES, GENERIC_SHARE * self.org_names)
        content = [t for t, k in zip(form.tokens, form.kinds, strict=True) if k not in (LEGAL, STOP)]
        common = [t for t in content if self.org_tokens.get(t, 0) > limit]
        return (
            not content or len(content) > len(common) or len(common) >= 2 or len(content) == len(form.tokens)
        )

    def _named_word_readings(
        self, texts: list[str], forms: list[NameForm], tag: str
    ) -> list[tuple[NameForm, frozenset[str]]]:
        """The readings a query (``texts``: it and its mended spellings, read as ``forms``) also has
        with its words that name listed organisations though the analysis reads them as legal
        forms or stop words (see _named_by_words_read_away) read as name words, each with those
        words: "IS Bank" is also "is bank", "AO IS Bank" "jsc is bank", "EN Bank" "en bank". Only
        words the lists name an organisation by: "JSC Bank" stays a legal form and a generic word."""
        if not self.words_named:
            return []
        seen = {(form.tokens, form.kinds) for form in forms}
        extra = []
        for text in texts:
            words = self.words_named.intersection(plain_words(text))
            # Each word alone, and all together: "IS Bank des" is "is bank" and a stop word.
            kept_sets = [frozenset({word}) for word in sorted(words)]
            if len(words) > 1:
                kept_sets.append(frozenset(words))
            for kept in kept_sets:
                for form in analyze_name(text, tag, kept=kept):
                    if (form.tokens, form.kinds) not in seen:
                        seen.add((form.tokens, form.kinds))
                        extra.append((form, kept))
        return extra

    @staticmethod
    def _readings_for(
        forms: list[NameForm], record: NameRecord, named_by: dict[tuple, frozenset[str]]
    ) -> list[NameForm]:
        """The query readings compared with a listed name: those of :meth:`_named_word_readings` only
        with a name the word names ("IS Bank" read "is bank" against "IS BANK, AO", not against
        "ISLAMIC GROUP", which "IS Group" read so would have matched at 0.78)."""
        if not named_by:
            return forms
        names = {t for f in record.forms for t, kind in zip(f.tokens, f.kinds, strict=True) if kind == NAME}
        return [f for f in forms if (words := named_by.get((f.tokens, f.kinds))) is None or words & names]

    def _candidates(
        self,
        groups: dict[str, set[str]],
        limit: int,
        *,
        by_script: bool = False,
        readings: Sequence[frozenset[str]] = (),
    ) -> list[int]:
        """The names closest to the query by shared key weight, best first.

        Keys are grouped by query token: a token's keys add up to at most the IDF
        of the token itself, so a name matching one common token exactly (and so all
        its trigrams and deletion forms) does not outrank one that matches two
        tokens, one exactly and one with a typo. Names are ranked as the name score
        ranks them: ``shared / (query + share x (name - shared))``, each side's weight
        the IDF sum of its tokens and ``share`` what a listed token left without a
        partner counts for its name type (see names.EXTRA_WEIGHT). Of the 69 listed names
        with "Sberbank" in them, the query "Sberbank" takes "PJSC SBERBANK" before
        "SBERBANK LIFE INSURANCE IC LLC", as the scorer will. Equal rankings go by name id.

        ``readings``: the token keys of each reading of the query, when its readings are other
        ways to split the same words (a name in an abjad: "شمس الدين" as "shms ldyn", "shms al
        dyn" and "shmsdyn"). A name then ranks by its closest reading: summed over all of them,
        "TAJ AL DIN" shared four groups with the one word "الدين" and outranked "SHAMSUDDIN".
        Readings are not ranked alike (one of fewer words shares its few keys with more names,
        and the similarities of its names run higher), so the READING_CANDIDATES best names of
        each reading are kept too: "عبد الرحمن ياسين" read as "bd al rhmn ysyn" ranks "ABDUL
        RAHMAN YASIN" first, but 32 names of "bdrhmn ysyn" ("ABDERRAHMANE") ranked before it.

        ``by_script`` (a query written in an abjad) takes ``limit`` names written in an abjad and
        ``limit`` written otherwise: the query's tokens share whole-token keys with the first and
        only consonant skeletons with the second, so one ranking would fill the cut with any
        Arabic-script name sharing a common word ("السيد") before the Latin spelling of the
        person named ("بشار الاسد" / "AL-ASAD, Bashar").
        """
        total = len(self.names)
        if not total:
            return []
        if readings:
            shared_by_group = {key: self._shared_weights(key, groups[key]) for key in sorted(groups)}
            ranked = [self._ranking([shared_by_group[key] for key in sorted(keys)]) for keys in readings]
            named = np.unique(np.concatenate([ids for ids, _ranking in ranked]))
            ranking = np.zeros(len(named), dtype=np.float64)
            for ids, reading_ranking in ranked:
                at = np.searchsorted(named, ids)
                np.minimum.at(ranking, at, reading_ranking)
            each_reading = [
                name
                for ids, reading_ranking in ranked
                for name in self._by_script(ids, reading_ranking, READING_CANDIDATES, by_script)
            ]
        else:
            # One group at a time: each array has an entry per listed name, and only the sum is kept.
            named, ranking = self._ranking(self._shared_weights(key, groups[key]) for key in sorted(groups))
            each_reading = []
        if not len(named):
            return []
        if not by_script and not readings:
            return _best(named, ranking, limit)
        chosen_ids = self._by_script(named, ranking, limit, by_script) + each_reading
        chosen = np.unique(np.asarray(chosen_ids, dtype=named.dtype))
        at = np.searchsorted(named, chosen)  # ``named`` is ascending
        return chosen[np.lexsort((chosen, ranking[at]))].tolist()

    def _by_script(self, named: np.ndarray, ranking: np.ndarray, limit: int, by_script: bool) -> list[int]:
        """The ``limit`` best names (see _best); ``by_script``: as many written in an abjad and as
        many written otherwise (see _candidates)."""
        if not by_script:
            return _best(named, ranking, limit)
        abjad = self._abjad_names[named]
        return _best(named[abjad], ranking[abjad], limit) + _best(named[~abjad], ranking[~abjad], limit)

    def _shared_weights(self, token_key: str, keys: set[str]) -> tuple[float, np.ndarray | None]:
        """(the token's IDF, per listed name the weight of the keys it shares, at most that IDF)."""
        total = len(self.names)
        max_trigram = max(50, int(total * MAX_TRIGRAM_SHARE))
        cap = self._token_idf.get(token_key[1:], self._max_idf)  # the IDF of the token itself
        arrays = []
        weights = []
        # Sorted: a set's order changes between processes, and with it the float sums that
        # decide ties at the candidate cut. The same query must get the same candidates.
        for key in sorted(keys):
            ids = self.postings.get("t" + key[1:] if key[0] == "n" else key)
            if ids is None or (key[0] in "gdn" and len(ids) > max_trigram):
                continue
            arrays.append(ids)
            weights.append(_key_weight(key) * math.log((total + 1) / (len(ids) + 1)))
        if not arrays:
            return cap, None
        ids = np.concatenate(arrays)
        lens = np.fromiter((len(a) for a in arrays), dtype=np.int64, count=len(arrays))
        token_scores = np.bincount(ids, weights=np.repeat(np.asarray(weights), lens), minlength=total)
        return cap, np.minimum(token_scores, cap, out=token_scores)

    def _ranking(self, groups: Iterable[tuple[float, np.ndarray | None]]) -> tuple[np.ndarray, np.ndarray]:
        """The names sharing a key with the query (ascending ids) and their -similarity to it."""
        scores = np.zeros(len(self.names), dtype=np.float64)
        query_mass = 0.0
        for cap, shared in groups:
            query_mass += cap
            if shared is not None:
                scores += shared
        # Ascending name ids. (A boolean mask first: numpy's nonzero is several times slower on floats.)
        named = np.flatnonzero(scores != 0.0)
        # -similarity, with similarity = scores / (query_mass + left_out), for the names with a key only.
        shared = scores[named]
        ranking = np.subtract(self._name_mass[named], shared)
        np.maximum(ranking, 0.0, out=ranking)
        ranking *= self._extra_share[named]
        ranking += query_mass
        np.divide(shared, ranking, out=ranking)
        np.negative(ranking, out=ranking)
        return named, ranking

    def search(self, query: Query, limit: int, threshold: float, *, prune: bool = True) -> list[Match]:
        """The listed entities scoring at or above ``threshold`` for the query, best first.

        ``prune=False`` fully scores every candidate instead of skipping those whose score
        bound falls short (the results are the same; for tests and benchmarks).
        """
        readings: dict[str, list[NameForm]] = {}
        schema_tag = type_tag_for_schema(query.schema) if query.schema else None
        tags = [schema_tag] if schema_tag is not None else [PER, ORG, OBJ]
        groups: dict[str, set[str]] = defaultdict(set)
        mended: list[str] | None = None
        named_by: dict[tuple, frozenset[str]] = {}  # readings with a word named (see _named_word_readings)
        for tag in tags:
            readings[tag] = analyze_name(query.name, tag)
            if tag == PER:
                readings[tag] = [self.cognates.read(form) for form in readings[tag]]
            if tag in (ORG, ENT):
                # A legal form typed with a slip ("LIMTIED", "LDT") is also read as the form it
                # misspells: more readings, so a wrong guess can only fail to help.
                if mended is None:
                    mended = self._legal_speller().correct(query.name, self._known_token)
                readings[tag] = with_readings_of(readings[tag], mended, tag)
                extra = self._named_word_readings([query.name, *mended], readings[tag], tag)
                readings[tag] = [*readings[tag], *(form for form, _words in extra)]
                named_by.update(((form.tokens, form.kinds), words) for form, words in extra)
            # Not the readings in Korean of a name in Chinese characters: they get candidates of their own.
            for token_key, keys in _query_key_groups(f for f in readings[tag] if not f.hanja).items():
                groups[token_key] |= keys
        if named_by and not any(
            self._identifying(form)
            for tag in (ORG, ENT)
            for form in readings.get(tag, ())
            if (form.tokens, form.kinds) not in named_by
        ):
            # Only a word that names a listed organisation identifies the query ("EN Bank", "Para
            # Company"): the query is that word's reading alone, compared with the names it names.
            readings = {
                tag: named
                for tag, forms in readings.items()
                if (named := [f for f in forms if (f.tokens, f.kinds) in named_by])
            }
        korean = [form for form in readings.get(PER, ()) if form.hanja]
        # The query's other readings (of a name not read in Korean, all of them).
        others = {tag: [f for f in fs if not f.hanja] for tag, fs in readings.items()} if korean else readings
        self._add_neighbours(groups, others)
        self._add_listed_triples(groups, others)
        query_ids = identifier_keys(query.identifiers)
        best: dict[int, tuple[float, NameScore, NameRecord]] = {}
        abjad_query = any(form.abjad for forms in readings.values() for form in forms)
        candidates = self._candidates(
            groups,
            CANDIDATE_NAMES,
            by_script=abjad_query,
            readings=_reading_groups(readings) if abjad_query else (),
        )
        # A name in Chinese characters read in Korean ("金正恩" as "kim jong un", names.sino_korean):
        # those readings share no word with its readings in Chinese, and the syllables of many listed
        # Korean names, pooled with those, crowded listed Chinese names out. They are searched as a
        # query of their own: their own candidates, bounded and compared with them only.
        korean_pool = self._korean_candidates(korean, schema_tag) if korean else []
        # The name score a candidate needs to reach the threshold, with all the evidence in its favour
        # (less a rounding margin): candidates whose bound falls short are never fully scored.
        cutoff = threshold - max_support(query.birth_date, query.country, query.identifiers) - 1e-4
        if cutoff > 0 and prune:
            if is_logographic(query.name):
                # Listed names in CJK characters are compared character by character (cheap, not
                # bounded); the others through the query's romanised readings.
                by_character = {n for n in candidates if is_logographic(self.names[n].raw)}
                kept = set(
                    self._reachable(
                        [n for n in candidates if n not in by_character], others, schema_tag, cutoff
                    )
                )
                candidates = [n for n in candidates if n in by_character or n in kept]
            else:
                candidates = self._reachable(candidates, others, schema_tag, cutoff)
            korean_pool = self._reachable(korean_pool, {PER: korean}, PER, cutoff) if korean_pool else []
        compared_with: dict[int, list[NameForm]] = {}
        for name_idx in candidates:
            compared_with[name_idx] = others.get(schema_tag or self._name_tags[name_idx]) or []
        for name_idx in korean_pool:
            compared_with[name_idx] = [*compared_with.get(name_idx, []), *korean]
        for name_idx, forms in compared_with.items():
            record = self.names[name_idx]
            # Names the bound does not cover (see bound._Unbounded): the scorer skips them when they
            # cannot reach.
            needed = _needed_score(record, cutoff) if cutoff > 0 and prune else 0.0
            compared = self._readings_for(forms, record, named_by)
            scored = self._score_name(query.name, compared, record, needed)
            if scored is None:
                continue
            score = scored.score - _weak_alias_penalty(record, scored)
            current = best.get(record.entity)
            if current is None or score > current[0]:
                best[record.entity] = (score, scored, record)
        for key in query_ids:
            for entity_idx in self.identifiers.get(key, []):
                if entity_idx not in best:
                    best[entity_idx] = (
                        0.0,
                        NameScore(0.0, query.name, self.entities[entity_idx].caption, ""),
                        None,
                    )
        scored_entities = []
        for entity_idx, (name_score, scored, record) in best.items():
            features = self._evidence_features(query, entity_idx)
            total = name_score + sum(f.value * f.weight for f in features)
            total = round(min(1.0, max(0.0, total)), 4)
            if total >= threshold:
                scored_entities.append((total, entity_idx, name_score, scored, record, features))
        scored_entities.sort(
            key=lambda item: (-item[0], *_closeness(query.name, item[4]), self.entities[item[1]].entity_id)
        )
        return [
            self._finish(
                query, total, entity_idx, name_score, scored, record, features, readings, schema_tag, named_by
            )
            for total, entity_idx, name_score, scored, record, features in scored_entities[:limit]
        ]

    def _korean_candidates(self, korean: list[NameForm], schema_tag: str | None) -> list[int]:
        """The candidates of a name's readings in Korean (NameForm.hanja) alone: listed persons'
        names in letters (any name in letters, for a query of a person's schema)."""
        groups = _query_key_groups(korean)
        self._add_neighbours(groups, {PER: korean})
        chosen = self._candidates(groups, CANDIDATE_NAMES, readings=_reading_groups({PER: korean}))
        # Not a name in characters: those are compared character by character (raw_name_score).
        return [
            n
            for n in chosen
            if (schema_tag or self._name_tags[n]) == PER and not is_logographic(self.names[n].raw)
        ]

    def _add_neighbours(self, groups: dict[str, set[str]], readings: dict[str, list[NameForm]]) -> None:
        """Key each query token the lists do not have by the listed tokens two edits from it."""
        neighbours = self._token_neighbours()
        for forms in readings.values():
            for form in forms:
                for token in form.tokens:
                    token_key = "t" + token
                    if self.postings.get(token_key) is None:
                        groups[token_key].update("n" + near for near in neighbours.near(token))

    def _add_listed_triples(self, groups: dict[str, set[str]], readings: dict[str, list[NameForm]]) -> None:
        """Key three neighbouring query tokens written as one when the lists have that word.

        A listed "Nur-al-Din" is the token "nuraldin": the query "Nur al Din" shares no key with it
        but the family name, and 32 names with "Nur", "al" and "Din" outranked it. Two tokens joined
        are keyed always (see _query_key_groups); three only when a listed name has them as one
        word, so that other queries keep their candidates.
        """
        for forms in readings.values():
            for form in forms:
                if form.abjad:
                    continue
                for a, b, c in zip(form.tokens, form.tokens[1:], form.tokens[2:], strict=False):
                    token_key = "t" + a + b + c
                    if self.postings.get(token_key) is not None:
                        groups[token_key].add(token_key)

    def _token_neighbours(self) -> TokenNeighbours:
        """The listed tokens by their two-letter deletions (built with the index, or on first use)."""
        if self._neighbours is None:
            self._neighbours = TokenNeighbours(t for r in self.names for form in r.forms for t in form.tokens)
        return self._neighbours

    def _listed_tokens(self) -> ListedTokens:
        """The listed tokens as arrays for the score bound (built with the index, or on first use)."""
        if self._listed is None:
            self._listed = ListedTokens([form for record in self.names for form in record.forms], self.rarity)
        return self._listed

    def _reachable(
        self,
        candidates: list[int],
        readings: dict[str, list[NameForm]],
        schema_tag: str | None,
        cutoff: float,
    ) -> list[int]:
        """The candidate names whose score could reach ``cutoff`` (see :mod:`embargo.match.bound`)."""
        listed = self._listed_tokens()
        owners: list[int] = []
        entries: list[tuple[int, str, float]] = []
        for name_idx in candidates:
            record = self.names[name_idx]
            tag = schema_tag or self._name_tags[name_idx]
            needed = _needed_score(record, cutoff)
            first = self._first_form[name_idx]
            for form_id in range(first, first + len(record.forms)):
                owners.append(name_idx)
                entries.append((form_id, tag, needed))
        flags = listed.reachable(readings, entries, self.rarity)
        keep = {name_idx for name_idx, ok in zip(owners, flags, strict=True) if ok}
        return [name_idx for name_idx in candidates if name_idx in keep]

    def _evidence_features(self, query: Query, entity_idx: int) -> list[FeatureScore]:
        evidence = self.entities[entity_idx].evidence
        features = (
            schema_feature(query.schema, evidence.schema),
            birth_date_feature(query.birth_date, evidence.birth_dates),
            country_feature(query.country, evidence.countries),
            identifier_feature(query.identifiers, evidence.identifiers),
        )
        return [f for f in features if f is not None]

    def _score_name(
        self, raw_query: str, readings: list[NameForm], record: NameRecord, cutoff: float
    ) -> NameScore | None:
        person = record.forms[0].tag == PER
        return raw_name_score(raw_query, readings, record.raw, record.forms, person, self.rarity, cutoff)

    def _finish(
        self,
        query: Query,
        score: float,
        entity_idx: int,
        name_score: float,
        scored: NameScore,
        record: NameRecord | None,
        evidence_features: list[FeatureScore],
        readings: dict[str, list[NameForm]],
        schema_tag: str | None,
        named_by: dict[tuple, frozenset[str]],
    ) -> Match:
        entity = self.entities[entity_idx]
        detail = scored.detail
        if record is not None and not detail and name_score < 1.0:
            tag = schema_tag or type_tag_for_schema(entity.schema)
            compared = self._readings_for(readings.get(tag) or [], record, named_by)
            explained = best_name_score(compared, record.forms, self.rarity, True)
            if explained is not None:
                detail = explained.detail
        detail = detail or "identical"
        if record is not None and not clean_name(query.name).startswith(scored.query):
            # The best reading was a mended one (a misspelt legal form): say what was compared.
            # (A reading of a very long name is its start: analysis stops at MAX_ANALYSED_LENGTH.)
            detail = f'query read as "{scored.query}": {detail}'
        name_feature = FeatureScore("name", round(name_score, 4), 1.0, detail)
        if record is not None and record.weak:
            near = " matched by a near spelling" if scored.inexact else ""
            name_feature.detail += f" (weak alias{near}, -{_weak_alias_penalty(record, scored):.2f})"
        features = [name_feature, *evidence_features]
        matched = record.raw if record is not None else entity.caption
        summary = ", ".join(
            f"{f.feature} {f.value:.2f}" if f.feature == "name" else f"{f.feature} {f.value * f.weight:+.2f}"
            for f in features
        )
        explanation = Explanation(
            query_name=query.name,
            matched_name=matched,
            name_kind=record.kind if record is not None else "none",
            features=features,
            programs=list(entity.programs),
            list_version=entity.list_version,
            summary=f"{score:.2f} = {summary}",
        )
        return Match(
            entity_id=entity.entity_id,
            source=entity.source,
            source_id=entity.source_id,
            schema=entity.schema,
            name=matched,
            caption=entity.caption,
            score=score,
            explanation=explanation,
        )

    def __len__(self) -> int:
        return len(self.entities)
