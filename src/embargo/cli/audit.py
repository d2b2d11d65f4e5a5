"""``embargo audit``: show, verify, export and replay the screening audit trail."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path
from typing import Any

import typer

from embargo.cli.common import console, fail, print_json
from embargo.errors import ValidationError
from embargo.store import Store
from embargo.store.audit import export_records, iter_records, replay, verify_chain

audit_app = typer.Typer(help="The audit trail of every screening.", no_args_is_help=True)


def _filters(since: str | None, until: str | None, actor: str | None, channel: str | None) -> dict[str, Any]:
    return {"since": since, "until": until, "actor": actor, "channel": channel}


@audit_app.command("show")
def show(
    limit: int = typer.Option(20, min=0, help="The newest N records"),
    since: str | None = typer.Option(None, help="From this ISO time (inclusive)"),
    until: str | None = typer.Option(None, help="Before this ISO time"),
    actor: str | None = typer.Option(None, help="Only this actor (key:NAME#ID or user)"),
    channel: str | None = typer.Option(
        None, help="Only this channel: api, api-batch, api-match, cli, batch, news"
    ),
    json_out: bool = typer.Option(False, "--json", help="Print JSON"),
) -> None:
    """Show the newest audit records."""
    records = list(iter_records(Store.open(), limit=limit, **_filters(since, until, actor, channel)))
    if json_out:
        print_json([r.to_dict() for r in records])
        return
    if not records:
        console.print("No audit records.")
        return
    from rich.table import Table

    table = Table("id", "time", "actor", "channel", "query", "matches", "top")
    for r in records:
        matches = r.result.get("matches", [])
        top = f"{matches[0]['score']:.3f} {matches[0]['caption']}" if matches else ""
        table.add_row(str(r.id), r.created_at, r.actor, r.channel, r.query_name, str(len(matches)), top)
    console.print(table)


@audit_app.command("verify")
def verify(json_out: bool = typer.Option(False, "--json", help="Print JSON")) -> None:
    """Check the hash chain of every record; exits 1 if a record was edited, removed or reordered."""
    report = verify_chain(Store.open())
    if json_out:
        print_json(report.to_dict())
    elif report.ok:
        console.print(
            f"OK: {report.count} records, chain intact. Head hash: {report.head_hash}", highlight=False
        )
    if not report.ok:
        raise fail(f"audit trail broken at record {report.first_bad_id}: {report.reason}")


@audit_app.command("export")
def export(
    fmt: str = typer.Option(..., "--format", "-f", help="csv or jsonl"),
    output: str = typer.Option(..., "--output", "-o", help="File to write ('-' for stdout)"),
    since: str | None = typer.Option(None, help="From this ISO time (inclusive)"),
    until: str | None = typer.Option(None, help="Before this ISO time"),
    actor: str | None = typer.Option(None, help="Only this actor"),
    channel: str | None = typer.Option(None, help="Only this channel"),
) -> None:
    """Export audit records as CSV or JSON lines (the file appears whole or not at all)."""
    if fmt not in ("csv", "jsonl"):
        raise ValidationError(f"unknown export format {fmt!r}; use csv or jsonl")
    store = Store.open()
    filters = _filters(since, until, actor, channel)
    if output == "-":
        export_records(store, fmt, sys.stdout, **filters)  # type: ignore[arg-type]
        return
    target = Path(output)
    if target.is_dir():
        raise fail(f"{target} is a directory")
    if not target.parent.is_dir():
        raise fail(f"{target.parent}: no such directory")
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            count = export_records(store, fmt, handle, **filters)  # type: ignore[arg-type]
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    console.print(f"Wrote {count} records to {target}", highlight=False)


@audit_app.command("replay")
def replay_cmd(
    record_id: int = typer.Argument(..., min=1, help="The audit record id"),
    json_out: bool = typer.Option(False, "--json", help="Print JSON"),
) -> None:
    """Screen a recorded query again against the list versions it used, and compare."""
    original, replayed = replay(Store.open(), record_id)
    new = replayed.to_dict()
    before = [(m["entity_id"], round(m["score"], 6)) for m in original.get("matches", [])]
    after = [(m["entity_id"], round(m["score"], 6)) for m in new["matches"]][: max(len(before), 1)]
    same = before == after[: len(before)] and len(after) == len(before)
    if json_out:
        print_json({"record_id": record_id, "identical": same, "original": original, "replayed": new})
        return
    state = "[green]identical[/]" if same else "[yellow]different[/]"
    console.print(f"Record {record_id}: {original.get('query', {}).get('name', '')!r} - replay {state}")
    for label, rows in (("original", before), ("replayed", after)):
        console.print(
            f"  {label}: " + (", ".join(f"{eid} {score:.3f}" for eid, score in rows) or "no matches")
        )


def register(app: typer.Typer) -> None:
    """Add ``embargo audit`` to the CLI."""
    app.add_typer(audit_app, name="audit")
