"""The candidate index: every listed name of every source, searchable in milliseconds.

Built once per set of list versions from the entities in the store:

* every name (primary, alias, former, original-script) of every entity is
  analysed once (:mod:`embargo.names`) and kept as plain :class:`NameSpec` data;
* an inverted index maps keys to the names that have them: whole tokens,
  their phonetic key (jellyfish metaphone), character trigrams of tokens (typos,
  glued and split words), and rigour's known-name symbols (the same given or
  family name across scripts and spellings). Each key weighs its IDF, so rare
  tokens find their names and common ones hardly count;
* identifiers map to their entities, so an exact passport or IMO number finds
  its party whatever the name.

A search collects the keys of the query, sums key weights per name with numpy,
and fully scores only the best few dozen names with the scorer.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

import jellyfish
import numpy as np
from rigour.names import Name, NameTypeTag, SymbolCategory

from embargo.match.features import (
    Evidence,
    birth_date_feature,
    country_feature,
    identifier_feature,
    identifier_keys,
    schema_feature,
)
from embargo.match.names import NameScore, is_logographic, logographic_similarity
from embargo.match.scorer import best_name_score
from embargo.model import Entity, Explanation, FeatureScore, ListVersion, Match, Query
from embargo.names.analysis import NameSpec, analyze_name, from_spec, to_spec, type_tag_for_schema

#: Bump when the index layout or analysis changes: persisted indexes of another version are rebuilt.
INDEX_FORMAT = 3
#: Names fully scored per search (the rest of the list is ranked by key overlap only).
CANDIDATE_NAMES = 32
#: Key kinds and how much a shared key of that kind counts, times its IDF.
KEY_WEIGHTS = {"t": 1.0, "p": 0.5, "g": 0.25, "s": 0.6}
#: Trigram keys shared by more than this share of all names are skipped at search time.
MAX_TRIGRAM_SHARE = 0.05
#: Weak aliases (OFAC "weak", UN "low quality") score this much below a strong name.
WEAK_ALIAS_PENALTY = 0.05


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


@dataclass(slots=True)
class NameRecord:
    """One listed name: its entity, the raw text and every analysed reading."""

    entity: int
    raw: str
    kind: str
    weak: bool
    specs: tuple[NameSpec, ...]


def _name_keys(names: Iterable[Name]) -> set[str]:
    keys: set[str] = set()
    for name in names:
        for part in name.parts:
            token = part.comparable
            if not token:
                continue
            keys.add("t" + token)
            if len(token) >= 3 and token.isascii() and token.isalpha():
                keys.add("p" + jellyfish.metaphone(token))
            padded = f" {token} "
            for i in range(len(padded) - 2):
                keys.add("g" + padded[i : i + 3])
        for span in name.spans:
            if span.symbol.category == SymbolCategory.NAME:
                keys.add("s" + span.symbol.id)
    return keys


def _evidence(entity: Entity) -> Evidence:
    return Evidence(
        schema=entity.schema,
        birth_dates=[(d.start, d.end, d.precision) for d in entity.birth_dates],
        countries=frozenset(entity.all_countries),
        identifiers=frozenset(identifier_keys([i.value for i in entity.identifiers])),
    )


@dataclass
class MatchIndex:
    """The in-memory candidate index over every current list; see the module docstring."""

    entities: list[EntityRecord]
    names: list[NameRecord]
    postings: dict[str, np.ndarray]
    identifiers: dict[str, list[int]]
    list_versions: list[ListVersion]
    format: int = INDEX_FORMAT
    _token_idf: dict[str, float] = field(default_factory=dict)
    _name_cache: dict[int, tuple[Name, ...]] = field(default_factory=dict, repr=False)

    # ------------------------------------------------------------------ building

    @classmethod
    def build(cls, entities: Iterable[Entity], list_versions: list[ListVersion]) -> MatchIndex:
        """Analyse every name of every entity and build the postings."""
        versions = {v.source: f"{v.source} {v.version}" for v in list_versions}
        records: list[EntityRecord] = []
        names: list[NameRecord] = []
        postings: dict[str, list[int]] = defaultdict(list)
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
                analysed = analyze_name(listed.full, tag, listed.parts or None)
                if not analysed:
                    continue
                name_idx = len(names)
                names.append(
                    NameRecord(
                        entity=entity_idx,
                        raw=listed.full,
                        kind=listed.kind,
                        weak=listed.is_weak,
                        specs=tuple(to_spec(n) for n in analysed),
                    )
                )
                for key in _name_keys(analysed):
                    postings[key].append(name_idx)
        arrays = {k: np.asarray(v, dtype=np.int32) for k, v in postings.items()}
        index = cls(records, names, arrays, dict(identifiers), list(list_versions))
        index._prepare()
        return index

    def _prepare(self) -> None:
        total = max(1, len(self.names))
        self._token_idf = {
            key[1:]: math.log((total + 1) / (len(ids) + 1))
            for key, ids in self.postings.items()
            if key[0] == "t"
        }
        self._max_idf = math.log(total + 1)
        self._name_cache = {}

    def __getstate__(self) -> dict:
        return {
            "entities": self.entities,
            "names": self.names,
            "postings": self.postings,
            "identifiers": self.identifiers,
            "list_versions": self.list_versions,
            "format": self.format,
        }

    def __setstate__(self, state: dict) -> None:
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

    def _names_of(self, name_idx: int) -> tuple[Name, ...]:
        cached = self._name_cache.get(name_idx)
        if cached is None:
            if len(self._name_cache) > 50_000:
                self._name_cache.clear()
            cached = tuple(from_spec(s) for s in self.names[name_idx].specs)
            self._name_cache[name_idx] = cached
        return cached

    def _candidates(self, keys: set[str], limit: int) -> list[int]:
        total = len(self.names)
        if not total:
            return []
        max_trigram = max(50, int(total * MAX_TRIGRAM_SHARE))
        arrays = []
        weights = []
        for key in keys:
            ids = self.postings.get(key)
            if ids is None or (key[0] == "g" and len(ids) > max_trigram):
                continue
            arrays.append(ids)
            weights.append(KEY_WEIGHTS[key[0]] * math.log((total + 1) / (len(ids) + 1)))
        if not arrays:
            return []
        ids = np.concatenate(arrays)
        lens = np.fromiter((len(a) for a in arrays), dtype=np.int64, count=len(arrays))
        scores = np.bincount(ids, weights=np.repeat(np.asarray(weights), lens), minlength=total)
        count = min(limit, int(np.count_nonzero(scores)))
        if count == 0:
            return []
        top = np.argpartition(-scores, count - 1)[:count]
        return [int(i) for i in top[np.argsort(-scores[top], kind="stable")]]

    def search(self, query: Query, limit: int, threshold: float) -> list[Match]:
        """The listed entities scoring at or above ``threshold`` for the query, best first."""
        readings: dict[NameTypeTag, list[Name]] = {}
        schema_tag = type_tag_for_schema(query.schema) if query.schema else None
        tags = [schema_tag] if schema_tag is not None else [NameTypeTag.PER, NameTypeTag.ORG, NameTypeTag.OBJ]
        keys: set[str] = set()
        for tag in tags:
            readings[tag] = analyze_name(query.name, tag)
            keys |= _name_keys(readings[tag])
        query_ids = identifier_keys(query.identifiers)
        best: dict[int, tuple[float, NameScore, NameRecord]] = {}
        for name_idx in self._candidates(keys, CANDIDATE_NAMES):
            record = self.names[name_idx]
            entity = self.entities[record.entity]
            tag = schema_tag or type_tag_for_schema(entity.schema)
            scored = self._score_name(query.name, readings.get(tag) or [], record, name_idx)
            if scored is None:
                continue
            score = scored.score - (WEAK_ALIAS_PENALTY if record.weak else 0.0)
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
        scored_entities.sort(key=lambda item: (-item[0], self.entities[item[1]].entity_id))
        return [
            self._finish(query, total, entity_idx, name_score, scored, record, features, readings, schema_tag)
            for total, entity_idx, name_score, scored, record, features in scored_entities[:limit]
        ]

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
        self, raw_query: str, readings: list[Name], record: NameRecord, name_idx: int
    ) -> NameScore | None:
        if is_logographic(raw_query) and is_logographic(record.raw):
            return NameScore(
                logographic_similarity(raw_query, record.raw), raw_query, record.raw, "by character"
            )
        return best_name_score(readings, self._names_of(name_idx), self.rarity)

    def _finish(
        self,
        query: Query,
        score: float,
        entity_idx: int,
        name_score: float,
        scored: NameScore,
        record: NameRecord | None,
        evidence_features: list[FeatureScore],
        readings: dict[NameTypeTag, list[Name]],
        schema_tag: NameTypeTag | None,
    ) -> Match:
        entity = self.entities[entity_idx]
        detail = scored.detail
        if record is not None and not detail and name_score < 1.0:
            tag = schema_tag or type_tag_for_schema(entity.schema)
            names = self._names_of_record(record)
            explained = best_name_score(readings.get(tag) or [], names, self.rarity, True)
            if explained is not None:
                detail = explained.detail
        name_feature = FeatureScore("name", round(name_score, 4), 1.0, detail or "identical")
        if record is not None and record.weak:
            name_feature.detail += f" (weak alias, -{WEAK_ALIAS_PENALTY})"
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

    def _names_of_record(self, record: NameRecord) -> tuple[Name, ...]:
        return tuple(from_spec(s) for s in record.specs)

    def __len__(self) -> int:
        return len(self.entities)
