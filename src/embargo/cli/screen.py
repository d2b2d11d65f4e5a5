"""``embargo screen NAME``: screen one name against every current list."""

from __future__ import annotations

import getpass

import typer

from embargo.cli.common import console, fail, print_json
from embargo.errors import ValidationError
from embargo.model import Result


def screen_command(
    name: str = typer.Argument(..., help="The name to screen, in any script and order"),
    type_: str = typer.Option("any", "--type", help="person, company, organization, vessel, aircraft or any"),
    dob: str | None = typer.Option(None, "--dob", help="Birth date: YYYY, YYYY-MM or YYYY-MM-DD"),
    country: str | None = typer.Option(None, "--country", help="Country: ISO code or name"),
    ids: list[str] = typer.Option([], "--id", help="An identifier (passport, tax ID, IMO, BIC); repeatable"),
    limit: int = typer.Option(10, "--limit", help="Most matches to show"),
    threshold: float | None = typer.Option(None, "--threshold", help="Minimum score (default: the engine's)"),
    json_out: bool = typer.Option(False, "--json", help="Print the Result as JSON (see docs/matching.md)"),
) -> None:
    """Screen a name; exit code 0 whether or not anything matches, 2 for an invalid query."""
    from embargo.screening import screen
    from embargo.store import Store
    from embargo.store.audit import record_screening

    store = Store.open()
    try:
        result = screen(
            name,
            schema=type_,
            birth_date=dob,
            country=country,
            identifiers=list(ids),
            limit=limit,
            threshold=threshold,
            store=store,
        )
    except ValidationError as exc:
        raise fail(f"invalid query: {exc}", code=2) from None
    record_screening(store, actor=getpass.getuser(), channel="cli", result=result)
    if json_out:
        print_json(result.to_dict())
        return
    _print_table(result)


def _print_table(result: Result) -> None:
    from rich.table import Table

    versions = ", ".join(f"{v.source} {v.version}" for v in result.list_versions) or "no lists loaded"
    if not result.matches:
        console.print(
            f"No match for {result.query.name!r} at threshold {result.threshold:.2f} ({versions}).",
            highlight=False,
        )
        return
    table = Table(title=f"{result.query.name!r} at threshold {result.threshold:.2f}", title_justify="left")
    for column in ("score", "listed name", "entity", "schema", "source", "programs", "why"):
        table.add_column(column, overflow="fold")
    for m in result.matches:
        why = "; ".join(
            f"{f.feature} {f.value:.2f}" if f.feature == "name" else f"{f.feature} {f.value * f.weight:+.2f}"
            for f in m.explanation.features
        )
        table.add_row(
            f"{m.score:.2f}",
            m.name if m.name == m.caption else f"{m.name}\n(= {m.caption})",
            m.entity_id,
            m.schema,
            m.explanation.list_version or m.source,
            ", ".join(m.explanation.programs[:4]),
            why,
        )
    console.print(table)
    console.print(f"Lists: {versions}", highlight=False)


def register(app: typer.Typer) -> None:
    """Add the ``screen`` command to the CLI."""
    app.command("screen")(screen_command)
