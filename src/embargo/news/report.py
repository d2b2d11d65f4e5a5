"""The HTML report: one self-contained page an analyst reads, alerts first, then stories."""

from __future__ import annotations

from html import escape
from importlib import resources
from pathlib import Path

from jinja2 import Environment, select_autoescape
from markupsafe import Markup

from embargo.news.model import ArticleResult, NewsReport

#: Quality scores below this are shown as low quality.
LOW_QUALITY = 0.5

SIGNAL_LABELS = {
    "designation": "Designation",
    "sanctions_threat": "Sanctions threat",
    "evasion_allegation": "Evasion allegation",
    "military_support_allegation": "Military support allegation",
    "export_control": "Export control",
    "financial_restriction": "Financial restriction",
    "corporate_exit": "Corporate exit",
    "denial": "Denial",
}


def render_html(report: NewsReport) -> str:
    """The report as one HTML document (styles inline, no external resources)."""
    env = Environment(autoescape=select_autoescape(default=True, default_for_string=True))
    template_text = resources.files("embargo.news").joinpath("templates/report.html").read_text("utf-8")
    template = env.from_string(template_text)
    by_id = {a.id: a for a in report.articles}
    stories = [
        {
            "story": story,
            "articles": [by_id[i] for i in story.articles if i in by_id],
        }
        for story in report.stories
    ]
    return template.render(
        report=report,
        stories=stories,
        highlighted={a.id: highlight(a) for a in report.articles},
        labels=SIGNAL_LABELS,
        low_quality=LOW_QUALITY,
        titles={a.id: a.title or a.id for a in report.articles},
    )


def write_html(report: NewsReport, path: Path) -> None:
    """Write the HTML report to a file."""
    path.write_text(render_html(report), encoding="utf-8")


def highlight(article: ArticleResult) -> Markup:
    """The cleaned text as HTML paragraphs, mentions and signal sentences marked up."""
    text = article.text
    marks: list[tuple[int, int, str, str]] = []
    for mention in article.mentions:
        css = "alert" if mention.matches else mention.type
        tip = mention.type
        if mention.matches:
            best = mention.matches[0]
            tip = f"LISTED: {best.name} ({best.source} {best.source_id}, score {best.score:.2f})"
        elif mention.canonical != mention.text:
            tip = f"{mention.type}: {mention.canonical}"
        marks.append((mention.start, mention.end, css, tip))
    signal_spans: dict[tuple[int, int], list[str]] = {}
    for signal in article.signals:
        signal_spans.setdefault((signal.start, signal.end), []).append(
            SIGNAL_LABELS.get(signal.type, signal.type)
        )
    opens: dict[int, list[str]] = {}
    closes: dict[int, int] = {}
    for (start, end), kinds in signal_spans.items():
        opens.setdefault(start, []).append(f'<span class="signal" title="{escape(", ".join(kinds))}">')
        closes[end] = closes.get(end, 0) + 1
    marks.sort()
    out: list[str] = []
    position = 0
    mark_index = 0
    boundaries = sorted({0, len(text), *opens, *closes, *(m[0] for m in marks), *(m[1] for m in marks)})
    open_mark_end: int | None = None
    for boundary in boundaries:
        if boundary > position:
            out.append(_text(text[position:boundary]))
            position = boundary
        if open_mark_end is not None and boundary >= open_mark_end:
            out.append("</mark>")
            open_mark_end = None
        for _ in range(closes.get(boundary, 0)):
            if open_mark_end is not None:
                out.append("</mark>")
                open_mark_end = None
            out.append("</span>")
        out.extend(opens.get(boundary, []))
        while mark_index < len(marks) and marks[mark_index][0] <= boundary:
            start, end, css, tip = marks[mark_index]
            mark_index += 1
            if start == boundary and open_mark_end is None and end > start:
                out.append(f'<mark class="m-{escape(css)}" title="{escape(tip)}">')
                open_mark_end = end
    if open_mark_end is not None:
        out.append("</mark>")
    html = "".join(out)
    paragraphs = [p for p in html.split("\n\n") if p.strip()]
    return Markup("".join(f"<p>{p}</p>" for p in paragraphs))


def _text(value: str) -> str:
    return escape(value, quote=False)
