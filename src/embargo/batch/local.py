"""The local engine: screen chunks one after another in this process."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from embargo.batch.worker import Item, Outcome, ScreenSettings, screen_chunk, warm


class LocalExecutor:
    """Screens every chunk in the calling process (one core)."""

    name = "local"
    workers = 1

    def start(self, settings: ScreenSettings) -> None:
        """Load the index before the first chunk, so the progress rate is not skewed by it."""
        warm(settings)

    def map(self, settings: ScreenSettings, chunks: Iterable[list[Item]]) -> Iterator[list[Outcome]]:
        """Screen chunks in order, yielding each chunk's outcomes as soon as it is done."""
        for chunk in chunks:
            yield screen_chunk(settings, chunk)

    def close(self) -> None:
        """Nothing to release."""
