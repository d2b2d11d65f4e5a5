"""``embargo news analyze``: adverse-media screening of news articles (text and HTML files)."""

from __future__ import annotations

import getpass
import json
from pathlib import Path
from typing import Annotated

import typer

from embargo.cli.common import console, console_err, fail
from embargo.model import Query, Result

news_app = typer.Typer(help="Adverse-media screening of news articles.", no_args_is_help=True)


@news_app.command("analyze")
def analyze(
    paths: Annotated[list[Path], typer.Argument(help="Article files (.txt, .html) or folders of them.")],
    json_out: Annotated[
        Path | None, typer.Option("--json", help="Write the analysis as JSON to this file ('-' for stdout).")
    ] = None,
    html_out: Annotated[
        Path | None, typer.Option("--html", help="Write the HTML report to this file.")
    ] = None,
    no_screen: Annotated[
        bool, typer.Option("--no-screen", help="Do not screen mentions against the loaded lists.")
    ] = False,
    no_model: Annotated[
        bool, typer.Option("--no-model", help="Use the rule-based name finder instead of the spaCy model.")
    ] = False,
) -> None:
    """Clean, deduplicate and screen news articles; report alerts, stories and sanctions signals."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from embargo.news import analyze_paths, write_html

    missing = [str(p) for p in paths if not p.exists()]
    if missing and len(missing) == len(paths):
        raise fail(f"no such file or folder: {', '.join(missing)}")
    with Progress(
        TextColumn("[bold]news"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TextColumn("{task.description}"),
        console=console_err,
        transient=True,
    ) as bar:
        task = bar.add_task("loading", total=None)

        def progress(done: int, total: int, item_id: str) -> None:
            bar.update(task, completed=done, total=total, description=item_id)

        screened: list[Result] = []
        screener, lookup = (None, None) if no_screen else _audited_screener(screened)
        report = analyze_paths(
            paths,
            progress=progress,
            screen=not no_screen,
            screener=screener,
            entity_lookup=lookup,
            fallback_ner=True if no_model else None,
        )
    if screened:
        from embargo.store import Store
        from embargo.store.audit import record_screenings

        record_screenings(Store.open(), actor=getpass.getuser(), channel="news", results=screened)

    if json_out is not None:
        payload = json.dumps(report.to_dict(), ensure_ascii=False, indent=2)
        if str(json_out) == "-":
            typer.echo(payload)
        else:
            json_out.write_text(payload + "\n", encoding="utf-8")
    if html_out is not None:
        write_html(report, html_out)
    _summary(report, quiet=str(json_out) == "-")
    if not report.articles and report.errors:
        raise typer.Exit(1)


def _audited_screener(screened: list[Result]) -> tuple[object, object]:
    """The engine's screener over the local store, keeping each Result for the audit trail."""
    from embargo.news.linking import default_screener

    engine = default_screener()
    if engine is None:
        return None, None
    screen, lookup = engine

    def screener(query: Query) -> Result:
        result = screen(query)
        screened.append(result)
        return result

    return screener, lookup


def _summary(report: object, *, quiet: bool) -> None:
    """A short human summary on stderr (stdout stays clean for --json -)."""
    out = console_err if quiet else console
    articles = report.articles  # type: ignore[attr-defined]
    out.print(
        f"{len(articles)} article(s), {len(report.stories)} stor(y/ies), "  # type: ignore[attr-defined]
        f"{len(report.alerts)} alert(s), {len(report.errors)} file error(s)",  # type: ignore[attr-defined]
        highlight=False,
    )
    if not report.screened:  # type: ignore[attr-defined]
        out.print("[yellow]mentions not screened: no list loaded (embargo lists load ...)[/]")
    for alert in report.alerts:  # type: ignore[attr-defined]
        where = ", ".join(hit.article for hit in alert.articles)
        out.print(
            f"[bold red]ALERT[/] {alert.name} ({alert.source} {alert.source_id}) in {where}", highlight=False
        )
    for article in articles:
        if article.quality.flags:
            out.print(
                f"[yellow]{article.id}[/]: quality {article.quality.score:.2f}"
                f" ({', '.join(article.quality.flags)})",
                highlight=False,
            )
    for error in report.errors:  # type: ignore[attr-defined]
        console_err.print(f"[red]error[/] {error.error}", highlight=False, soft_wrap=True)


def register(app: typer.Typer) -> None:
    """Add the ``news`` command group to the embargo CLI."""
    app.add_typer(news_app, name="news")
