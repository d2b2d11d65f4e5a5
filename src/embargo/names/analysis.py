"""Analysis of one raw name into rigour ``Name`` objects, one per plausible reading.

A reading is a way to write the same name: as given; with "LAST, First"
reordered; with glued words split; transliterated to Latin. Each reading is
analysed by ``rigour.names.analyze_names`` which strips honorific prefixes,
rewrites legal forms, tags parts (given, family, legal, stop word, number) and
attaches symbols (known given/family names by Wikidata id, initials, numbers,
organisation classes). The matcher compares every reading and keeps the best.

A :class:`NameSpec` is the plain-data form of an analysed name: the index keeps
specs (picklable, small) and rebuilds rigour objects only for the few
candidates it scores, without running the tagger again.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from rigour.names import Name, NamePartTag, NameTypeTag, Symbol, SymbolCategory, analyze_names

from embargo.names.normalize import clean_name, has_name_content
from embargo.names.tokenize import comma_parts, split_glued
from embargo.names.transliterate import latinize, needs_latin, split_cjk_family_name

#: Longest name analysed, in characters after clean-up; longer input is refused by the caller.
MAX_ANALYSED_LENGTH = 300

_SCHEMA_TAGS: dict[str, NameTypeTag] = {
    "Person": NameTypeTag.PER,
    "Company": NameTypeTag.ORG,
    "Organization": NameTypeTag.ORG,
    "LegalEntity": NameTypeTag.ENT,
    "Vessel": NameTypeTag.OBJ,
    "Aircraft": NameTypeTag.OBJ,
    "CryptoWallet": NameTypeTag.OBJ,
}
_PART_KEYS: dict[str, NamePartTag] = {
    "first": NamePartTag.GIVEN,
    "given": NamePartTag.GIVEN,
    "middle": NamePartTag.MIDDLE,
    "last": NamePartTag.FAMILY,
    "family": NamePartTag.FAMILY,
    "patronymic": NamePartTag.PATRONYMIC,
    "matronymic": NamePartTag.MATRONYMIC,
}
_CATEGORIES = {c.value: c for c in (getattr(SymbolCategory, n) for n in dir(SymbolCategory) if n.isupper())}
_PART_TAGS = {t.value: t for t in (getattr(NamePartTag, n) for n in dir(NamePartTag) if n.isupper())}
_TYPE_TAGS = {t.value: t for t in (getattr(NameTypeTag, n) for n in dir(NameTypeTag) if n.isupper())}


def type_tag_for_schema(schema: str | None) -> NameTypeTag:
    """rigour's name type for an entity schema (Person -> PER, Company -> ORG, Vessel -> OBJ)."""
    if schema is None:
        return NameTypeTag.ENT
    return _SCHEMA_TAGS.get(schema, NameTypeTag.ENT)


def _readings(text: str, tag: NameTypeTag) -> tuple[list[str], dict[NamePartTag, list[str]]]:
    part_tags: dict[NamePartTag, list[str]] = {}
    base = text
    if tag == NameTypeTag.PER:
        order = comma_parts(text)
        if order is not None:
            family, given = order
            base = f"{given} {family}"
            part_tags = {NamePartTag.FAMILY: [family], NamePartTag.GIVEN: [given]}
    readings = [base]
    glued = split_glued(base)
    if glued is not None:
        readings.append(glued)
    if needs_latin(base):
        readings.append(latinize(base))
    if tag == NameTypeTag.PER:
        korean = split_cjk_family_name(base)
        if korean is not None:
            readings.append(korean)
    return readings, part_tags


def analyze_name(
    text: str,
    tag: NameTypeTag,
    parts: dict[str, str] | None = None,
) -> list[Name]:
    """Every reading of a raw name as an analysed rigour Name, in a stable order (may be empty)."""
    cleaned = clean_name(text)[:MAX_ANALYSED_LENGTH]
    if not has_name_content(cleaned):
        return []
    return list(_analyze_cached(cleaned, tag, tuple(sorted((parts or {}).items()))))


@lru_cache(maxsize=8192)
def _analyze_cached(cleaned: str, tag: NameTypeTag, parts: tuple[tuple[str, str], ...]) -> tuple[Name, ...]:
    readings, part_tags = _readings(cleaned, tag)
    for key, value in parts:
        part_tag = _PART_KEYS.get(key)
        if part_tag is not None and value:
            part_tags.setdefault(part_tag, []).append(value)
    names = analyze_names(
        tag,
        readings,
        part_tags or None,
        infer_initials=tag == NameTypeTag.PER,
        phonetics=False,
        consolidate=False,
    )
    return tuple(sorted(names, key=lambda n: (n.form != readings[0].casefold(), n.form)))


@dataclass(slots=True, frozen=True)
class NameSpec:
    """An analysed name as plain data: enough to rebuild the rigour Name without the tagger."""

    original: str
    form: str
    tag: str
    part_tags: tuple[str, ...]
    spans: tuple[tuple[tuple[int, ...], str, str], ...]


def to_spec(name: Name) -> NameSpec:
    """The plain-data form of an analysed Name."""
    return NameSpec(
        original=name.original,
        form=name.form,
        tag=name.tag.value,
        part_tags=tuple(p.tag.value for p in name.parts),
        spans=tuple(
            (tuple(p.index for p in span.parts), span.symbol.category.value, span.symbol.id)
            for span in name.spans
        ),
    )


def from_spec(spec: NameSpec) -> Name:
    """Rebuild the analysed Name of a spec (tags and symbols included)."""
    name = Name(spec.original, form=spec.form, tag=_TYPE_TAGS[spec.tag], phonetics=False)
    parts = name.parts
    if len(parts) == len(spec.part_tags):
        for part, tag in zip(parts, spec.part_tags, strict=True):
            part.tag = _PART_TAGS[tag]
    for indexes, category, symbol_id in spec.spans:
        symbol = Symbol(_CATEGORIES[category], symbol_id)
        if len(indexes) == 1 and indexes[0] < len(parts):
            name.apply_part(parts[indexes[0]], symbol)
        elif all(i < len(parts) for i in indexes):
            name.apply_phrase(" ".join(parts[i].form for i in indexes), symbol)
    return name
