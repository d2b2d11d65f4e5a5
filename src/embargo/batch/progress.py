"""The rich progress bar of a batch run: rows done, names per second, matches, rejects, ETA."""

from __future__ import annotations

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    Task,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.text import Text


class RateColumn(ProgressColumn):
    """Rows per second over the last few chunks."""

    def render(self, task: Task) -> Text:
        """The rate, or a dash before the first chunk."""
        speed = task.finished_speed or task.speed
        return Text(f"{speed:,.0f} names/s" if speed else "- names/s", style="progress.data.speed")


class RichProgress:
    """Shows a progress bar on a terminal; does nothing when ``enabled`` is False."""

    def __init__(self, console: Console, *, enabled: bool = True, description: str = "screening") -> None:
        self.enabled = enabled and console.is_terminal
        self._progress = Progress(
            TextColumn("[bold]{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            RateColumn(),
            TextColumn("{task.fields[matched]:,} matched, {task.fields[rejected]:,} rejected"),
            TimeElapsedColumn(),
            TextColumn("ETA"),
            TimeRemainingColumn(),
            console=console,
            transient=False,
            speed_estimate_period=30.0,
            refresh_per_second=4,
            disable=not self.enabled,
        )
        self._description = description
        self._task: int | None = None

    def start(self, total: int, completed: int) -> None:
        """Start the bar at ``completed`` of ``total`` rows (an earlier run's rows count as done)."""
        self._progress.start()
        self._task = self._progress.add_task(
            self._description, total=total, completed=completed, matched=0, rejected=0
        )

    def advance(self, rows: int, matched: int, rejected: int) -> None:
        """Rows were written."""
        if self._task is None:
            return
        task = self._progress.tasks[self._task]
        self._progress.update(
            self._task,
            advance=rows,
            matched=task.fields["matched"] + matched,
            rejected=task.fields["rejected"] + rejected,
        )

    def stop(self) -> None:
        """Stop drawing."""
        self._progress.stop()
