"""``embargo demo``: load lists and screen a few names, end to end, in a store of its own.

The demo tries the official sources first. When they cannot be reached it loads
the sample list shipped with Embargo (fictional entries written by the project)
and says so loudly: a sample is not sanctions data and must never be screened
against in earnest. Official and sample data live in separate demo stores under
``$EMBARGO_HOME/demo/``, so neither mixes with the other nor with the user's own store.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.markup import escape
from rich.panel import Panel
from rich.table import Table

from embargo import config
from embargo.errors import EmbargoError

SAMPLE_PATH = Path(__file__).resolve().parent / "data" / "sample_list.ftm.json"
SAMPLE_SOURCE = "embargo-sample"
SAMPLE_FORMAT = "ftm-json"

#: The official sources the demo downloads: small and quick, yet the two lists most screened against.
DEMO_SOURCES = ("ofac-sdn", "un-sc")

#: Names screened against the sample list: a transliteration, a corporate-form variant, the
#: original script, an identifier, and a name that must not match.
SAMPLE_EXAMPLES: tuple[tuple[str, dict[str, Any]], ...] = (
    ("Dmitry Volkovskiy", {"schema": "Person", "birth_date": "1968"}),
    ("OOO Severnaya Logistika", {"schema": "Company"}),
    ("张伟明", {}),
    ("Ocean Lantern", {"schema": "Vessel", "identifiers": ["IMO 9999993"]}),
    ("Sevzapinvest Bank", {"identifiers": ["SZIVRU2P"]}),
    ("Maria Schmidt", {"schema": "Person"}),
)

#: Names screened against the official lists.
OFFICIAL_EXAMPLES: tuple[tuple[str, dict[str, Any]], ...] = (
    ("Vladimir Putin", {"schema": "Person", "birth_date": "1952"}),
    ("Banco Nacional de Cuba", {}),
    ("Al-Shabaab", {}),
    ("Maria Schmidt", {"schema": "Person"}),
)


@dataclass
class DemoOutcome:
    """What the demo did, for tests and callers."""

    mode: str  # "official" or "sample"
    home: Path
    snapshots: list[Any] = field(default_factory=list)
    update_errors: list[str] = field(default_factory=list)
    results: list[Any] = field(default_factory=list)
    screening_skipped: str | None = None


@contextmanager
def use_home(path: Path) -> Iterator[Path]:
    """Point ``EMBARGO_HOME`` at ``path`` for the block (the store, indexes and audit follow it)."""
    previous = os.environ.get(config.HOME_ENV)
    os.environ[config.HOME_ENV] = str(path)
    try:
        path.mkdir(parents=True, exist_ok=True)
        yield path
    finally:
        if previous is None:
            os.environ.pop(config.HOME_ENV, None)
        else:
            os.environ[config.HOME_ENV] = previous


def load_sample(store: Any) -> Any:
    """Load the shipped sample list into a store; returns its snapshot."""
    from embargo.sources import read_list

    parsed = read_list(SAMPLE_PATH, SAMPLE_FORMAT, source=SAMPLE_SOURCE)
    return store.load(parsed, origin=f"sample list shipped with Embargo ({SAMPLE_PATH.name})")


def sample_warning() -> Panel:
    """The loud notice shown whenever the sample list is in use."""
    return Panel(
        "[bold]The official lists could not be downloaded, so this demo uses the SAMPLE list shipped with"
        " Embargo.[/]\n\nIts entries are FICTIONAL, written by the Embargo project to show how screening"
        " works."
        " They are NOT real sanctions designations. Do not screen real customers against them.\n\n"
        "For real data run [bold]embargo lists update[/] (needs network) or load the official files with"
        " [bold]embargo lists load PATH[/].",
        title="[bold white on red] SAMPLE DATA - NOT REAL SANCTIONS DATA [/]",
        border_style="bold red",
        padding=(1, 2),
    )


def _try_official(console: Console, timeout: float, base_url: str | None) -> tuple[list[Any], list[str]]:
    from embargo.fetch import update_source
    from embargo.sources_catalog import get_source
    from embargo.store import Store

    store = Store.open()
    done, errors = [], []
    for name in DEMO_SOURCES:
        with console.status(f"Downloading {name} from its official source ..."):
            try:
                done.append(
                    update_source(
                        store, get_source(name), base_url=base_url, timeout=timeout, retries=0, backoff=0.5
                    )
                )
            except EmbargoError as exc:
                errors.append(str(exc))
                console.print(f"[yellow]could not update {name}:[/] {exc}", highlight=False, soft_wrap=True)
    if not done:
        # An earlier demo run may have left official snapshots: use them rather than the sample.
        done = [s for s in store.current_snapshots() if s.source in DEMO_SOURCES]
        if done:
            console.print("[yellow]Using the official lists downloaded by an earlier demo run.[/]")
    return done, errors


def _screen_examples(console: Console, examples: tuple[tuple[str, dict[str, Any]], ...]) -> list[Any] | str:
    try:
        from embargo.screening import screen
    except ModuleNotFoundError as exc:
        if exc.name != "embargo.screening":
            raise
        return "the screening module (embargo.screening) is not installed in this build"
    table = Table(title="Screening examples", title_justify="left")
    table.add_column("query", style="bold")
    table.add_column("best match")
    table.add_column("score", justify="right")
    table.add_column("list (version)")
    table.add_column("programs")
    with console.status("Screening the example names (the first one also loads the name tables) ..."):
        results = [screen(name, limit=3, **kwargs) for name, kwargs in examples]
    for (name, kwargs), result in zip(examples, results, strict=True):
        query = escape(name) + "".join(f"  [dim]{k}={escape(str(v))}[/]" for k, v in kwargs.items())
        if not result.matches:
            table.add_row(query, "[green]no match[/]", "-", "-", "-")
            continue
        best = result.matches[0]
        version = next((v.version for v in result.list_versions if v.source == best.source), "")
        table.add_row(
            query,
            f"{escape(best.caption)} [dim]({escape(best.entity_id)})[/]",
            f"{best.score:.2f}",
            f"{best.source} ({version})" if version else best.source,
            ", ".join(best.explanation.programs),
        )
    console.print(table)
    return results


def run_demo(
    console: Console,
    *,
    offline: bool = False,
    timeout: float = 10.0,
    base_url: str | None = None,
) -> DemoOutcome:
    """Load lists (official if reachable, else the marked sample) and screen example names."""
    from embargo.store import Store

    demo_root = config.home_dir() / "demo"
    snapshots: list[Any] = []
    errors: list[str] = []
    if not offline:
        with use_home(demo_root / "official"):
            snapshots, errors = _try_official(console, timeout, base_url)
    if snapshots:
        outcome = DemoOutcome(
            mode="official", home=demo_root / "official", snapshots=snapshots, update_errors=errors
        )
        examples = OFFICIAL_EXAMPLES
    else:
        outcome = DemoOutcome(mode="sample", home=demo_root / "sample", update_errors=errors)
        examples = SAMPLE_EXAMPLES
        console.print(sample_warning())
        with use_home(outcome.home):
            outcome.snapshots = [load_sample(Store.open())]
    for snap in outcome.snapshots:
        console.print(
            f"[bold]{snap.source}[/] version {snap.version}: {snap.entity_count:,} entities"
            f" ({', '.join(f'{k} {v}' for k, v in snap.counts_by_schema.items())})",
            highlight=False,
        )
    with use_home(outcome.home):
        screened = _screen_examples(console, examples)
    if isinstance(screened, str):
        outcome.screening_skipped = screened
        console.print(f"[yellow]Screening step skipped: {screened}.[/]")
    else:
        outcome.results = screened
    if outcome.mode == "sample":
        console.print(
            "[bold red]Reminder: these results come from the FICTIONAL SAMPLE list, not from real sanctions"
            " data.[/]"
        )
    console.print(f"[dim]Demo store: {outcome.home}[/]")
    return outcome
