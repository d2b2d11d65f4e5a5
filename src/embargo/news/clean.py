"""Main-text extraction: trafilatura for HTML, line-level boilerplate removal for plain text.

Plain text scraped from news sites carries the site around the story: navigation,
teaser lists, bylines, share buttons, "See also" links injected by re-publishers,
placeholder text, cookie and comment prompts and footers. The story itself is a run
of long, sentence-like paragraphs; the cleaner finds that run, keeps every paragraph
and sub-heading in it and drops what is boilerplate by its form, not by its words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from embargo.news.loader import NewsInputError

# Site furniture recognised anywhere in a line: placeholder text, footers, widget labels.
_ANYWHERE_PATTERNS: tuple[re.Pattern[str], ...] = tuple(
    re.compile(p, re.IGNORECASE)
    for p in (
        r"\blorem ipsum\b|\bdolor sit amet\b",
        r"©|\ball rights reserved\b",
        r"\b(arrow|button) icon\b|placeholder alt text",
        r"your email address will not be published|required fields are marked",
    )
)
# Furniture recognised in lines shorter than a story paragraph; a long paragraph that merely
# talks about cookies or newsletters is story.
_SHORT_LINE_PATTERNS: tuple[re.Pattern[str], ...] = tuple(
    re.compile(p, re.IGNORECASE)
    for p in (
        r"^\s*(see also|read more|related|more from|recommended|also read|read next|watch)\b\s*[:\-–—]?\s",
        r"^\s*(see also|read more|related stories|related articles|most popular|latest in\b.*"
        r"|latest updates)\s*$",
        r"\(c\)\s*\d{4}|\bcopyright\b",
        r"\b(cookies?|privacy policy|terms (of use|and conditions)|do not sell)\b",
        r"\b(subscribe|sign up|newsletter|never miss a story|follow (us|your favou?rite))\b",
        r"^\s*(leave a (reply|comment)|post a comment|\d+\s+comments?|comments?)\s*$",
        r"^\s*\(?(reporting|additional reporting|editing|writing|compiled) by\b",
        r"^\s*(by|written by|words by)\s+[A-Z][\w.'\-]+(\s+[A-Z][\w.'\-]+){0,4}\s*$",
        r"^\s*write to\b",
        r"^\s*(our standards|about the authors?|see full bio|share (this|on)|click here|advertisement)\b",
        r"^\s*(play|watch) video\s*$",
        r"^\s*(photo|image|video|source|credit)s?\s*:",
        r"^\s*\d+\s+(seconds?|minutes?|hours?|days?|weeks?)\s+ago\s*$",
        r"^\s*view \d+ more\b",
    )
)
#: Lines of at least this many words are never furniture by the short-line patterns.
LONG_LINE_WORDS = 30
_BULLET = re.compile(r"^\s*[•·▪►»|]\s*")
_DATE = re.compile(
    r"\b(?P<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s+(?P<day>\d{1,2}),?\s+(?P<year>(19|20)\d{2})\b"
    r"|\b(?P<iso>(19|20)\d{2}-\d{2}-\d{2})(?!\d)"
    r"|\b(?P<day2>\d{1,2})\s+(?P<month2>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|"
    r"Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\s+(?P<year2>(19|20)\d{2})\b",
    re.IGNORECASE,
)
_COPYRIGHT_YEAR = re.compile(r"(?:©|copyright)\s*(?:©\s*)?((?:19|20)\d{2})", re.IGNORECASE)
_GLUED_WIDGET = re.compile(r"(?<=[.!?\"”’])\s*(Play Video|Watch Video|Read More|Show More|Listen)\s*$")
_CAMEL_GLUE = re.compile(r"[a-z][A-Z][a-z]")
_SENTENCE_END = re.compile(r"[.!?…][\"”’')\]]*\s*$|[\"”’]\s*$")
_MONTHS = {
    m: i + 1
    for i, names in enumerate(
        [
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ]
    )
    for m in names
}

#: A story paragraph has at least this many words (shorter lines are headings or furniture) ...
PARAGRAPH_MIN_WORDS = 10
#: ... unless it is a complete sentence of at least this many words.
SENTENCE_MIN_WORDS = 6
#: Lines under the headline this long are its standfirst, kept with the story.
STANDFIRST_MIN_WORDS = 12
#: More furniture lines than this in a row end one block of story text.
BLOCK_GAP_LINES = 3


@dataclass(slots=True)
class CleanText:
    """The story text of one article, with what could be found about it."""

    text: str
    title: str | None = None
    published: str | None = None
    published_from: str | None = None
    removed_lines: int = 0
    kept_lines: int = 0
    raw_chars: int = 0
    is_html: bool = False
    flags: list[str] = field(default_factory=list)

    @property
    def boilerplate_ratio(self) -> float:
        """The share of the raw characters removed as boilerplate."""
        if not self.raw_chars:
            return 0.0
        return max(0.0, 1.0 - len(self.text) / self.raw_chars)


def looks_like_html(text: str) -> bool:
    """True when the text is an HTML document or fragment rather than plain text."""
    head = text.lstrip()[:2000].lower()
    if head.startswith(("<!doctype html", "<html", "<?xml")):
        return True
    tags = len(re.findall(r"</?(p|div|body|head|article|span|a|br|h[1-6]|script|meta)\b", head))
    return tags >= 3


def clean_article(text: str) -> CleanText:
    """The cleaned story of an article given as HTML or plain text.

    Raises :class:`NewsInputError` when no story text is left (HTML without text).
    """
    if looks_like_html(text):
        return clean_html(text)
    return clean_plain(text)


def clean_html(html: str) -> CleanText:
    """Extract the main text, title and date of an HTML page with trafilatura."""
    import trafilatura

    extracted = trafilatura.bare_extraction(
        html, include_comments=False, include_tables=False, favor_precision=True, with_metadata=True
    )
    body = ""
    title = published = None
    if extracted is not None:
        data = extracted.as_dict() if hasattr(extracted, "as_dict") else dict(extracted)
        body = data.get("text") or ""
        title = data.get("title") or None
        published = data.get("date") or None
    if not body.strip():
        # trafilatura refuses very short pages; fall back to the visible text, cleaned as plain text.
        visible = _visible_text(html)
        if not visible.strip():
            raise NewsInputError("HTML without text: no article text could be extracted")
        cleaned = clean_plain(visible)
        cleaned.is_html = True
        cleaned.raw_chars = len(html)
        cleaned.title = cleaned.title or title
        return cleaned
    paragraphs = [line.strip() for line in body.split("\n") if line.strip()]
    cleaned_text = "\n\n".join(paragraphs)
    return CleanText(
        text=cleaned_text,
        title=title,
        published=published,
        published_from="html-metadata" if published else None,
        kept_lines=len(paragraphs),
        raw_chars=len(cleaned_text),
        is_html=True,
    )


def _visible_text(html: str) -> str:
    """The text of an HTML page without scripts, styles and tags (a last resort)."""
    from html import unescape

    without = re.sub(r"(?is)<(script|style|noscript|template|head|title|nav|footer)\b.*?</\1>", " ", html)
    without = re.sub(r"(?i)<br\s*/?>|</(p|div|h[1-6]|li|tr)>", "\n", without)
    return unescape(re.sub(r"<[^>]+>", " ", without))


def clean_plain(text: str) -> CleanText:
    """Remove site furniture from scraped plain text, keeping every story paragraph."""
    lines = [_GLUED_WIDGET.sub("", line.rstrip()).strip() for line in text.split("\n")]
    kinds = [_classify(line) for line in lines]
    blocks = _story_blocks(kinds)
    if not blocks:
        return _unstructured(lines, kinds, text)
    keep = _kept_lines(lines, kinds, blocks)
    first_story = blocks[0][0]
    title_index = _find_title(lines[:first_story], kinds[:first_story])
    title = lines[title_index] if title_index is not None else None
    # A standfirst (summary lines under the headline) is story too.
    for i in range((title_index if title_index is not None else -1) + 1, first_story):
        if kinds[i] in {"short", "para"} and len(lines[i].split()) >= STANDFIRST_MIN_WORDS:
            keep.add(i)
    published, published_from = _find_date(lines, first_story, blocks[-1][1])
    paragraphs = [lines[i] for i in sorted(keep)]
    nonempty = sum(1 for line in lines if line)
    return CleanText(
        text="\n\n".join(paragraphs),
        title=title,
        published=published,
        published_from=published_from,
        removed_lines=nonempty - len(paragraphs),
        kept_lines=len(paragraphs),
        raw_chars=len(text.strip()),
    )


def _unstructured(lines: list[str], kinds: list[str], text: str) -> CleanText:
    """Text without any paragraph of running English: keep what is not furniture, flagged.

    Short notes and text in scripts without spaces (Chinese, Japanese) end up here; the
    quality step then flags them (too short, not English) instead of the batch failing.
    """
    kept = [line for line, kind in zip(lines, kinds, strict=True) if kind in {"short", "para"}]
    if not kept:
        kept = [line for line in lines if line and any(ch.isalpha() for ch in line)]
        kept = [line for line in kept if not any(p.search(line) for p in _ANYWHERE_PATTERNS)]
    if not kept:
        raise NewsInputError("no article text found (only markup, symbols or site furniture)")
    body = "\n\n".join(kept)
    return CleanText(
        text=body,
        title=None,
        removed_lines=sum(1 for line in lines if line) - len(kept),
        kept_lines=len(kept),
        raw_chars=len(text.strip()),
        flags=["no_paragraphs"],
    )


def _classify(line: str) -> str:
    """One of "blank", "boiler" (furniture by its form), "para" (running text) or "short"."""
    if not line:
        return "blank"
    words = line.split()
    if any(p.search(line) for p in _ANYWHERE_PATTERNS):
        return "boiler"
    if len(words) < LONG_LINE_WORDS and any(p.search(line) for p in _SHORT_LINE_PATTERNS):
        return "boiler"
    if _BULLET.match(line) and len(words) < PARAGRAPH_MIN_WORDS:
        return "boiler"
    letters = sum(ch.isalpha() for ch in line)
    if letters < 0.5 * len(line.replace(" ", "")):
        return "boiler"
    if len(words) >= PARAGRAPH_MIN_WORDS and (_SENTENCE_END.search(line) or len(words) >= 40):
        return "para"
    if len(words) >= SENTENCE_MIN_WORDS and line[:1].isupper() and _SENTENCE_END.search(line):
        return "para"
    return "short"


def _story_blocks(kinds: list[str]) -> list[tuple[int, int]]:
    """Runs of story paragraphs (start, end inclusive) worth keeping.

    Paragraphs separated by more than :data:`BLOCK_GAP_LINES` furniture lines belong to
    different blocks. The longest block is the story; another block is kept when it
    also looks like story (several paragraphs), so an article split by an inline teaser
    list keeps both halves while lone captions in a footer are dropped.
    """
    blocks: list[list[int]] = []
    gap = 0
    for i, kind in enumerate(kinds):
        if kind == "para":
            if blocks and gap <= BLOCK_GAP_LINES:
                blocks[-1].append(i)
            else:
                blocks.append([i])
            gap = 0
        elif kind != "blank":
            gap += 1
    if not blocks:
        return []
    largest = max(len(b) for b in blocks)
    kept = [b for b in blocks if len(b) == largest or len(b) >= 3]
    return [(b[0], b[-1]) for b in kept]


def _kept_lines(lines: list[str], kinds: list[str], blocks: list[tuple[int, int]]) -> set[int]:
    """Indexes of the lines kept: story paragraphs and the sub-headings between them."""
    keep: set[int] = set()
    for start, end in blocks:
        for i in range(start, end + 1):
            if kinds[i] == "para" or kinds[i] == "short" and _is_subheading(lines, kinds, i):
                keep.add(i)
    return keep


def _is_subheading(lines: list[str], kinds: list[str], i: int) -> bool:
    """A short title-like line standing alone between two story paragraphs."""
    line = lines[i]
    words = line.split()
    if len(words) > 12 or not line[:1].isupper() or "/" in line or "|" in line or _CAMEL_GLUE.search(line):
        return False
    if _DATE.search(line):
        return False
    prev_kind = next((kinds[j] for j in range(i - 1, -1, -1) if kinds[j] != "blank"), None)
    next_kind = next((kinds[j] for j in range(i + 1, len(kinds)) if kinds[j] != "blank"), None)
    return prev_kind == "para" and next_kind == "para"


def _find_title(header: list[str], kinds: list[str]) -> int | None:
    """The index of the headline: the first title-like line above the story (nav and bylines excluded)."""
    for i, (line, kind) in enumerate(zip(header, kinds, strict=True)):
        if kind not in {"short", "para"}:
            continue
        words = line.split()
        if len(words) < 4 or len(words) > 30 or _CAMEL_GLUE.search(line) or _DATE.search(line):
            continue
        return i
    return None


def _find_date(lines: list[str], first_story: int, last_story: int) -> tuple[str | None, str | None]:
    """The publication date: a dateline above the story, else the copyright year of the footer."""
    for line in lines[:first_story]:
        found = parse_date(line)
        if found and len(line.split()) <= 12:
            return found, "dateline"
    for line in lines[last_story + 1 : last_story + 40]:
        match = _COPYRIGHT_YEAR.search(line)
        if match:
            return match.group(1), "copyright"
    return None, None


def parse_date(text: str) -> str | None:
    """The first date written in the text as an ISO date ("March 18, 2022" -> "2022-03-18")."""
    match = _DATE.search(text)
    if not match:
        return None
    if match.group("iso"):
        return match.group("iso")
    if match.group("month"):
        month, day, year = match.group("month"), match.group("day"), match.group("year")
    else:
        month, day, year = match.group("month2"), match.group("day2"), match.group("year2")
    number = _MONTHS.get(month.lower().rstrip("."))
    if number is None or not 1 <= int(day) <= 31:
        return None
    return f"{year}-{number:02d}-{int(day):02d}"
