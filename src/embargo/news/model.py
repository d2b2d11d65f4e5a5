"""The data of a news analysis: articles, mentions, signals, stories, alerts and the whole report.

Every class has ``to_dict`` giving the documented JSON form (docs/news.md), which the CLI
``--json`` output and the ``POST /news/analyze`` API answer share.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

#: The sanctions-risk signal types a sentence can carry.
SIGNAL_TYPES: tuple[str, ...] = (
    "designation",
    "sanctions_threat",
    "evasion_allegation",
    "military_support_allegation",
    "export_control",
    "financial_restriction",
    "corporate_exit",
    "denial",
)


@dataclass(slots=True)
class MentionMatch:
    """A listed entity a mention was screened to, with the score after context evidence."""

    entity_id: str
    source: str
    source_id: str
    name: str
    score: float
    schema: str | None = None
    evidence: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """JSON form of the match."""
        return {
            "entity_id": self.entity_id,
            "source": self.source,
            "source_id": self.source_id,
            "name": self.name,
            "score": round(self.score, 4),
            "schema": self.schema,
            "evidence": list(self.evidence),
        }


@dataclass(slots=True)
class Mention:
    """A person, organisation or place named in an article's cleaned text.

    ``start``/``end`` are character offsets into the cleaned text; ``canonical`` the
    article's fullest form of the same name (coreference by surname); ``context`` the
    titles and roles written around the mention ("Russian President").
    ``matches`` hold only listed entities at or above the screening threshold: a
    mention with matches is an alert, one without is an unlisted mention.
    """

    text: str
    type: str
    start: int
    end: int
    canonical: str
    context: list[str] = field(default_factory=list)
    country: str | None = None
    matches: list[MentionMatch] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """JSON form of the mention."""
        return {
            "text": self.text,
            "type": self.type,
            "start": self.start,
            "end": self.end,
            "canonical": self.canonical,
            "context": list(self.context),
            "country": self.country,
            "matches": [m.to_dict() for m in self.matches],
        }


@dataclass(slots=True)
class SignalParty:
    """An actor or target of a signal: the words, and the mention they link to if any."""

    text: str
    mention: int | None = None
    entity_ids: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """JSON form of the party."""
        return {"text": self.text, "mention": self.mention, "entity_ids": list(self.entity_ids)}


@dataclass(slots=True)
class Signal:
    """A sentence that carries a sanctions-risk signal of one type."""

    type: str
    sentence: str
    start: int
    end: int
    actors: list[SignalParty] = field(default_factory=list)
    targets: list[SignalParty] = field(default_factory=list)
    attribution: str | None = None
    cues: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """JSON form of the signal."""
        return {
            "type": self.type,
            "sentence": self.sentence,
            "start": self.start,
            "end": self.end,
            "actors": [a.to_dict() for a in self.actors],
            "targets": [t.to_dict() for t in self.targets],
            "attribution": self.attribution,
            "cues": list(self.cues),
        }


@dataclass(slots=True)
class Quality:
    """How far an analyst can trust the text as a source: a score in [0, 1] and named flags."""

    score: float
    flags: list[str] = field(default_factory=list)
    features: dict[str, float] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """JSON form of the quality assessment."""
        return {
            "score": round(self.score, 3),
            "flags": list(self.flags),
            "features": {k: round(v, 4) for k, v in self.features.items()},
        }


@dataclass(slots=True)
class ArticleResult:
    """Everything the pipeline found in one article."""

    id: str
    source: str
    title: str | None
    published: str | None
    quality: Quality
    text: str
    story: str = ""
    mentions: list[Mention] = field(default_factory=list)
    signals: list[Signal] = field(default_factory=list)
    countries: list[str] = field(default_factory=list)
    removed_lines: int = 0

    def to_dict(self) -> dict[str, Any]:
        """JSON form of the article."""
        return {
            "id": self.id,
            "source": self.source,
            "title": self.title,
            "published": self.published,
            "quality": self.quality.to_dict(),
            "story": self.story,
            "text": self.text,
            "removed_lines": self.removed_lines,
            "mentions": [m.to_dict() for m in self.mentions],
            "signals": [s.to_dict() for s in self.signals],
            "countries": list(self.countries),
        }


@dataclass(slots=True)
class ArticleError:
    """An input that could not be analysed, with a one-line reason."""

    id: str
    source: str
    error: str

    def to_dict(self) -> dict[str, Any]:
        """JSON form of the error."""
        return {"id": self.id, "source": self.source, "error": self.error}


@dataclass(slots=True)
class Story:
    """Near-duplicate articles grouped as one story, with all its sources."""

    id: str
    title: str | None
    articles: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """JSON form of the story."""
        return {"id": self.id, "title": self.title, "articles": list(self.articles)}


@dataclass(slots=True)
class AlertHit:
    """Where a listed entity is named: the article, the words used, and the signals naming it."""

    article: str
    mentions: list[str] = field(default_factory=list)
    best_score: float = 0.0
    signals: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """JSON form of the hit."""
        return {
            "article": self.article,
            "mentions": list(self.mentions),
            "best_score": round(self.best_score, 4),
            "signals": list(self.signals),
        }


@dataclass(slots=True)
class Alert:
    """One listed entity named in the batch, with every article and signal that names it."""

    entity_id: str
    source: str
    source_id: str
    name: str
    score: float
    articles: list[AlertHit] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """JSON form of the alert."""
        return {
            "entity_id": self.entity_id,
            "source": self.source,
            "source_id": self.source_id,
            "name": self.name,
            "score": round(self.score, 4),
            "articles": [a.to_dict() for a in self.articles],
        }


@dataclass(slots=True)
class NewsReport:
    """The analysis of a batch: alerts first, then stories, articles and per-file errors."""

    articles: list[ArticleResult] = field(default_factory=list)
    stories: list[Story] = field(default_factory=list)
    alerts: list[Alert] = field(default_factory=list)
    errors: list[ArticleError] = field(default_factory=list)
    screened: bool = False
    list_versions: list[dict[str, Any]] = field(default_factory=list)
    ner: str = ""

    def to_dict(self) -> dict[str, Any]:
        """JSON form of the whole report (the ``embargo news analyze --json`` output)."""
        return {
            "alerts": [a.to_dict() for a in self.alerts],
            "stories": [s.to_dict() for s in self.stories],
            "articles": [a.to_dict() for a in self.articles],
            "errors": [e.to_dict() for e in self.errors],
            "screened": self.screened,
            "list_versions": list(self.list_versions),
            "ner": self.ner,
        }

    def article(self, article_id: str) -> ArticleResult | None:
        """The analysed article with this id, or None."""
        for item in self.articles:
            if item.id == article_id:
                return item
        return None
