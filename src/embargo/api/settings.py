"""The API's limits and options, with defaults that suit a single-host deployment."""

from __future__ import annotations

import os
from dataclasses import dataclass, fields
from pathlib import Path

from embargo.errors import ValidationError

ENV_PREFIX = "EMBARGO_API_"
#: Most screening processes one server process may start (each holds an index of its own).
MAX_SCREEN_PROCESSES = 64


@dataclass(frozen=True)
class ApiSettings:
    """Limits of the HTTP API; each can be set from ``EMBARGO_API_<FIELD>`` (upper case)."""

    #: Largest request body accepted, in bytes; larger ones get 413 before they are read.
    max_body_bytes: int = 1_000_000
    #: Most queries in one POST /screen/batch (or one POST /match request).
    max_batch: int = 100
    #: Screenings run at once per worker process (CPU-bound; more threads only add contention).
    screen_threads: int = 2
    #: Processes of their own that screen (see embargo.screening_pool); 0 screens in the server's threads.
    #: ``embargo serve`` starts two (one on a machine of one CPU) unless told otherwise.
    screen_processes: int = 0
    #: Seconds a request may run before it is answered 503 "timeout".
    request_timeout_s: float = 30.0
    #: The store file; None means ``$EMBARGO_HOME/embargo.db``.
    store_path: Path | None = None

    @classmethod
    def from_env(cls) -> ApiSettings:
        """Settings from the environment, defaults for what is not set."""
        values: dict[str, object] = {}
        for f in fields(cls):
            raw = os.environ.get(ENV_PREFIX + f.name.upper())
            if raw is None or raw == "":
                continue
            try:
                if f.name == "store_path":
                    values[f.name] = Path(raw)
                elif f.name == "request_timeout_s":
                    values[f.name] = float(raw)
                else:
                    values[f.name] = int(raw)
            except ValueError:
                raise ValidationError(f"{ENV_PREFIX}{f.name.upper()}={raw!r} is not a number") from None
        settings = cls(**values)  # type: ignore[arg-type]
        settings.check()
        return settings

    def check(self) -> None:
        """Refuse limits that make no sense."""
        if self.max_body_bytes < 1024:
            raise ValidationError("max_body_bytes must be at least 1024")
        if self.max_batch < 1 or self.screen_threads < 1:
            raise ValidationError("max_batch and screen_threads must be at least 1")
        if not 0 <= self.screen_processes <= MAX_SCREEN_PROCESSES:
            raise ValidationError(f"screen_processes must be between 0 and {MAX_SCREEN_PROCESSES}")
        if self.request_timeout_s <= 0:
            raise ValidationError("request_timeout_s must be positive")
