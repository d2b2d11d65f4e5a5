"""Where Embargo keeps its data, and the settings read from the environment."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_dir

HOME_ENV = "EMBARGO_HOME"


def home_dir() -> Path:
    """The data directory: ``$EMBARGO_HOME``, else the platform's user data dir. Created if missing."""
    configured = os.environ.get(HOME_ENV)
    path = Path(configured).expanduser() if configured else Path(user_data_dir("embargo", appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def store_path() -> Path:
    """The SQLite file that holds list snapshots, the audit trail and API keys."""
    return home_dir() / "embargo.db"


def index_dir() -> Path:
    """The folder of persisted matching indexes (derived data, safe to delete)."""
    path = home_dir() / "index"
    path.mkdir(parents=True, exist_ok=True)
    return path
