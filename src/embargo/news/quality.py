"""Source quality: a score in [0, 1] and flags an analyst uses to weigh an article.

The machine-translation / spun-text signal rests on general properties of edited
English news, not on particular words: reporters do not write in the first person
outside quotes, sentences have a verb and a subject, quotation marks pair up, and
punctuation is not doubled. Machine-translated and spun copy breaks these rules
sentence after sentence.
"""

from __future__ import annotations

import re
from typing import Any

from spacy.lang.en.stop_words import STOP_WORDS

from embargo.news.model import Quality

#: Below this share of English function words among alphabetic tokens the text is not English.
ENGLISH_FUNCTION_WORD_MIN = 0.18
#: Share of anomalous sentences from which machine translation or spinning is suspected.
MT_ANOMALY_RATE = 0.15
#: Fewer words than this and the article is too short to judge or to trust.
MIN_WORDS = 120
#: Share of the raw text removed as furniture from which the source is boilerplate-heavy.
BOILERPLATE_HEAVY = 0.4

_QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"")
_FIRST_PERSON = re.compile(r"\b(I|me|my|we|We|our|Our|us)\b")
_PUNCT_ANOMALY = re.compile(r"\.\s+\.|\.\.(?!\.)|“\s*\.|\s[.,;:](?=\s|$)", re.MULTILINE)
_DANGLING_QUOTE = re.compile(r"(^|\s)[“”\"](?=\s|$)", re.MULTILINE)
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl", "csubj"})


def assess(text: str, doc: Any, *, trained: bool, boilerplate_ratio: float, flags: list[str]) -> Quality:
    """Score the cleaned text of one article; ``flags`` from reading and cleaning are kept."""
    features: dict[str, float] = {}
    out = list(dict.fromkeys(flags))
    alpha = [t for t in doc if t.is_alpha]
    words = len(alpha)
    features["words"] = float(words)
    features["boilerplate_ratio"] = boilerplate_ratio
    function_ratio = sum(t.lower_ in STOP_WORDS for t in alpha) / words if words else 0.0
    features["function_word_ratio"] = function_ratio
    latin = sum(1 for ch in text if ch.isalpha() and ch.isascii())
    letters = sum(1 for ch in text if ch.isalpha())
    features["latin_letter_ratio"] = latin / letters if letters else 0.0
    mostly_latin = features["latin_letter_ratio"] >= 0.6
    if letters and (not mostly_latin or (words and function_ratio < ENGLISH_FUNCTION_WORD_MIN)):
        out.append("non_english")
    if words < MIN_WORDS:
        out.append("too_short")
    if boilerplate_ratio > BOILERPLATE_HEAVY:
        out.append("boilerplate_heavy")

    anomaly_rate = _anomaly_rate(text, doc, trained=trained, features=features)
    features["anomaly_rate"] = anomaly_rate
    if "non_english" not in out and words >= 40 and anomaly_rate >= MT_ANOMALY_RATE:
        out.append("machine_translation_suspected")

    score = 1.0
    score -= min(0.6, anomaly_rate * 3.0)
    penalties = {
        "non_english": 0.5,
        "too_short": 0.3,
        "boilerplate_heavy": 0.1,
        "encoding_repaired": 0.05,
    }
    for flag, penalty in penalties.items():
        if flag in out:
            score -= penalty
    return Quality(score=max(0.0, min(1.0, score)), flags=sorted(set(out)), features=features)


def _anomaly_rate(text: str, doc: Any, *, trained: bool, features: dict[str, float]) -> float:
    """The share of sentences that break the conventions of edited English news."""
    sentences = [s for s in doc.sents if sum(t.is_alpha for t in s) >= 3]
    if not sentences:
        return 0.0
    first_person = imperative = fragments = 0
    for sent in sentences:
        if _FIRST_PERSON.search(_QUOTED.sub("", sent.text)) and not _inside_quote(text, sent.start_char):
            first_person += 1
        if trained:
            tokens = [t for t in sent if not t.is_punct and not t.is_space]
            has_subject = any(t.dep_ in _SUBJECTS for t in sent)
            if tokens and tokens[0].tag_ == "VB" and not has_subject:
                imperative += 1
            if not any(t.pos_ in {"VERB", "AUX"} for t in sent):
                fragments += 1
    punctuation = len(_PUNCT_ANOMALY.findall(text))
    dangling = len(_DANGLING_QUOTE.findall(text))
    unbalanced = sum(1 for para in text.split("\n\n") if para.count("“") != para.count("”"))
    features.update(
        {
            "first_person_sentences": first_person,
            "subjectless_imperatives": imperative,
            "verbless_sentences": fragments,
            "punctuation_anomalies": punctuation,
            "dangling_quotes": dangling,
            "unbalanced_quote_paragraphs": unbalanced,
        }
    )
    total = first_person + imperative + fragments + punctuation + dangling + unbalanced
    return total / len(sentences)


def _inside_quote(text: str, offset: int) -> bool:
    """True when an odd number of quotation marks opens before ``offset`` in its paragraph."""
    para_start = text.rfind("\n\n", 0, offset) + 1
    before = text[para_start:offset]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1
