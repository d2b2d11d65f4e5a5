"""Adverse-media screening: news articles cleaned, deduplicated, screened and read for sanctions signals.

The entry points are :func:`analyze_paths` (files and folders) and :func:`analyze_texts`
(``(id, text)`` pairs, for the API); both return a :class:`NewsReport` whose ``to_dict``
is the documented JSON (docs/news.md) and which :func:`render_html` turns into a report.
"""

from __future__ import annotations

from embargo.news.loader import NewsInputError
from embargo.news.model import SIGNAL_TYPES, NewsReport
from embargo.news.pipeline import analyze_paths, analyze_texts
from embargo.news.report import render_html, write_html

__all__ = [
    "SIGNAL_TYPES",
    "NewsInputError",
    "NewsReport",
    "analyze_paths",
    "analyze_texts",
    "render_html",
    "write_html",
]
