"""The news pipeline: read, clean, assess, deduplicate, find mentions, screen them, find signals, report.

``analyze_paths`` and ``analyze_texts`` are the entry points the CLI and the API share.
A file that cannot be analysed becomes an entry in ``NewsReport.errors`` and the rest
of the batch goes on.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from embargo.errors import EmbargoError
from embargo.news.clean import CleanText, clean_article
from embargo.news.dedupe import group_duplicates
from embargo.news.linking import EntityLookup, Linker, Screener, default_screener
from embargo.news.loader import NewsInputError, RawArticle, expand_paths, read_article, text_input
from embargo.news.mentions import article_countries, extract_mentions
from embargo.news.model import Alert, AlertHit, ArticleError, ArticleResult, Mention, NewsReport, Story
from embargo.news.nlp import NLP, get_nlp
from embargo.news.quality import assess
from embargo.news.signals import SentenceSpan, detect_signals

#: Progress callback: (articles done, articles in all, id of the article just done).
Progress = Callable[[int, int, str], None]
#: Longer cleaned texts are cut here before parsing (spaCy needs about 1 GB per 100,000 characters).
MAX_ANALYSED_CHARS = 100_000


def analyze_paths(
    paths: Iterable[Path | str],
    *,
    screener: Screener | None = None,
    entity_lookup: EntityLookup | None = None,
    progress: Progress | None = None,
    screen: bool = True,
    fallback_ner: bool | None = None,
) -> NewsReport:
    """Analyse text and HTML files (folders are searched for .txt/.html/.htm/.md files).

    ``screener`` screens a :class:`~embargo.model.Query` (default: the engine over the
    local store); with ``screen=False`` or no list loaded mentions are not screened.
    """
    raws: list[RawArticle | ArticleError] = []
    for path in expand_paths(paths):
        try:
            raws.append(read_article(path))
        except NewsInputError as exc:
            raws.append(ArticleError(id=path.stem, source=str(path), error=str(exc)))
    return _analyze(
        raws,
        screener=screener,
        entity_lookup=entity_lookup,
        progress=progress,
        screen=screen,
        fallback_ner=fallback_ner,
    )


def analyze_texts(
    items: list[tuple[str, str | bytes]],
    *,
    screener: Screener | None = None,
    entity_lookup: EntityLookup | None = None,
    progress: Progress | None = None,
    screen: bool = True,
    fallback_ner: bool | None = None,
) -> NewsReport:
    """Analyse ``(id, raw text or HTML)`` pairs given directly (the API's input)."""
    raws: list[RawArticle | ArticleError] = []
    for item_id, text in items:
        try:
            raws.append(text_input(item_id, text))
        except NewsInputError as exc:
            raws.append(ArticleError(id=item_id, source=item_id, error=str(exc)))
    return _analyze(
        raws,
        screener=screener,
        entity_lookup=entity_lookup,
        progress=progress,
        screen=screen,
        fallback_ner=fallback_ner,
    )


def _analyze(
    raws: list[RawArticle | ArticleError],
    *,
    screener: Screener | None,
    entity_lookup: EntityLookup | None,
    progress: Progress | None,
    screen: bool,
    fallback_ner: bool | None,
) -> NewsReport:
    nlp = get_nlp(fallback=fallback_ner)
    report = NewsReport(ner=nlp.name)
    linker = _make_linker(screener, entity_lookup) if screen else None
    report.screened = linker is not None
    used_ids: set[str] = set()
    total = len(raws)
    done = 0
    prepared: list[tuple[RawArticle, CleanText, str, list[str]]] = []

    def step(item_id: str) -> None:
        nonlocal done
        done += 1
        if progress is not None:
            progress(done, total, item_id)

    for raw in raws:
        raw.id = _unique_id(raw.id, used_ids)
        if isinstance(raw, ArticleError):
            report.errors.append(raw)
            step(raw.id)
            continue
        try:
            cleaned = clean_article(raw.text)
        except EmbargoError as exc:
            report.errors.append(ArticleError(id=raw.id, source=raw.source, error=_one_line(raw, exc)))
            step(raw.id)
            continue
        text, flags = _bounded(cleaned.text, [*raw.flags, *cleaned.flags])
        prepared.append((raw, cleaned, text, flags))
    # Texts are parsed in batches (faster than one by one); results stream out in input order.
    docs = nlp.pipe([text for _, _, text, _ in prepared])
    for (raw, cleaned, text, flags), doc in zip(prepared, docs, strict=True):
        report.articles.append(analyze_document(raw, cleaned, text, flags, doc, nlp, linker))
        step(raw.id)
    report.stories = _stories(report.articles)
    report.alerts = _alerts(report.articles)
    if linker is not None:
        report.list_versions = linker.list_versions
    return report


def analyze_article(raw: RawArticle, nlp: NLP, linker: Linker | None) -> ArticleResult:
    """Analyse one decoded article (story id and alerts are filled in for the batch)."""
    cleaned = clean_article(raw.text)
    text, flags = _bounded(cleaned.text, [*raw.flags, *cleaned.flags])
    return analyze_document(raw, cleaned, text, flags, nlp(text), nlp, linker)


def analyze_document(
    raw: RawArticle,
    cleaned: CleanText,
    text: str,
    flags: list[str],
    doc: object,
    nlp: NLP,
    linker: Linker | None,
) -> ArticleResult:
    """The analysis of one cleaned and parsed article."""
    quality = assess(text, doc, trained=nlp.trained, boilerplate_ratio=cleaned.boilerplate_ratio, flags=flags)
    mentions = extract_mentions(doc, text, trained=nlp.trained)
    if linker is not None:
        linker.link(mentions)
    signals = detect_signals(sentence_spans(doc, text), mentions)
    return ArticleResult(
        id=raw.id,
        source=raw.source,
        title=cleaned.title,
        published=cleaned.published,
        quality=quality,
        text=text,
        mentions=mentions,
        signals=signals,
        countries=article_countries(doc, mentions, trained=nlp.trained),
        removed_lines=cleaned.removed_lines,
    )


def _bounded(text: str, flags: list[str]) -> tuple[str, list[str]]:
    """Cut a very long cleaned text at a paragraph break, flagged ``truncated``."""
    if len(text) <= MAX_ANALYSED_CHARS:
        return text, flags
    cut = text.rfind("\n\n", 0, MAX_ANALYSED_CHARS)
    return text[: cut if cut > 0 else MAX_ANALYSED_CHARS], [*flags, "truncated"]


def sentence_spans(doc: object, text: str) -> list[SentenceSpan]:
    """The sentences of the text, never running across a paragraph break."""
    spans: list[SentenceSpan] = []
    for sent in doc.sents:  # type: ignore[attr-defined]
        start = sent.start_char
        for part in sent.text.split("\n\n"):
            stripped = part.strip()
            if stripped:
                offset = text.find(stripped, start)
                if offset < 0:
                    offset = start
                spans.append(SentenceSpan(text=stripped, start=offset, end=offset + len(stripped)))
            start += len(part) + 2
    return spans


def _make_linker(screener: Screener | None, entity_lookup: EntityLookup | None) -> Linker | None:
    if screener is not None:
        return Linker(screener=screener, entity_lookup=entity_lookup)
    default = default_screener()
    if default is None:
        return None
    engine, lookup = default
    return Linker(screener=engine, entity_lookup=entity_lookup or lookup)


def _stories(articles: list[ArticleResult]) -> list[Story]:
    groups = group_duplicates([(a.id, a.text) for a in articles])
    by_id = {a.id: a for a in articles}
    stories: list[Story] = []
    for group in groups:
        story_id = f"story-{group[0]}"
        title = next((by_id[i].title for i in group if by_id[i].title), None)
        for article_id in group:
            by_id[article_id].story = story_id
        stories.append(Story(id=story_id, title=title, articles=list(group)))
    return stories


def _alerts(articles: list[ArticleResult]) -> list[Alert]:
    alerts: dict[str, Alert] = {}
    for article in articles:
        hits: dict[str, AlertHit] = {}
        for index, mention in enumerate(article.mentions):
            for match in mention.matches:
                alert = alerts.get(match.entity_id)
                if alert is None:
                    alert = alerts[match.entity_id] = Alert(
                        entity_id=match.entity_id,
                        source=match.source,
                        source_id=match.source_id,
                        name=match.name,
                        score=match.score,
                    )
                alert.score = max(alert.score, match.score)
                hit = hits.get(match.entity_id)
                if hit is None:
                    hit = hits[match.entity_id] = AlertHit(article=article.id)
                    alert.articles.append(hit)
                if mention.text not in hit.mentions:
                    hit.mentions.append(mention.text)
                hit.best_score = max(hit.best_score, match.score)
                for signal in article.signals:
                    if _signal_names(signal.start, signal.end, mention, index, signal):
                        entry = {
                            "type": signal.type,
                            "sentence": signal.sentence,
                            "attribution": signal.attribution,
                        }
                        if entry not in hit.signals:
                            hit.signals.append(entry)
    return sorted(alerts.values(), key=lambda a: (-a.score, a.name))


def _signal_names(start: int, end: int, mention: Mention, index: int, signal: object) -> bool:
    """Whether a signal names the mention: as actor, target, or inside its sentence."""
    parties = [*signal.actors, *signal.targets]  # type: ignore[attr-defined]
    return any(p.mention == index for p in parties) or (start <= mention.start and mention.end <= end)


def _unique_id(item_id: str, used: set[str]) -> str:
    candidate = item_id or "article"
    number = 2
    while candidate in used:
        candidate = f"{item_id}-{number}"
        number += 1
    used.add(candidate)
    return candidate


def _one_line(raw: RawArticle, exc: EmbargoError) -> str:
    message = str(exc)
    return message if message.startswith(raw.source) else f"{raw.source}: {message}"
