"""Embargo: sanctions screening and sanctions-risk intelligence.

``embargo.screen(name, ...)`` screens one name against every list in the store.
"""

from __future__ import annotations

from typing import Any

__version__ = "0.1.0"


def screen(name: str, **kwargs: Any):  # noqa: ANN201 - returns embargo.model.Result
    """Screen one name against the lists in the store; see :func:`embargo.screening.screen`."""
    from embargo.screening import screen as _screen

    return _screen(name, **kwargs)


__all__ = ["screen", "__version__"]
