"""The matching engine: candidate index, scorer and explanations.

Public API: :data:`DEFAULT_THRESHOLD`, :func:`score_pair`, :func:`explain_pair`
and :class:`MatchIndex` (build, search, save, load).
"""

from embargo.match.scorer import DEFAULT_THRESHOLD, explain_pair, score_pair

__all__ = ["DEFAULT_THRESHOLD", "MatchIndex", "explain_pair", "score_pair"]


def __getattr__(name: str):  # noqa: ANN202 - lazy import keeps `score_pair` light
    if name == "MatchIndex":
        from embargo.match.index import MatchIndex

        return MatchIndex
    raise AttributeError(name)
