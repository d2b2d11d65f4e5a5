"""``embargo keys``: create, revoke and list API keys (only a salted hash of each is stored)."""

from __future__ import annotations

import typer

from embargo.cli.common import console, console_err, print_json
from embargo.store import Store
from embargo.store.keys import create_key, list_keys, revoke_key

keys_app = typer.Typer(help="API keys for the HTTP API.", no_args_is_help=True)


@keys_app.command("create")
def create(
    name: str = typer.Argument(..., help="A name for the key: who or what uses it"),
    read_only: bool = typer.Option(False, "--read-only", help="May read and screen, never change anything"),
    json_out: bool = typer.Option(False, "--json", help="Print JSON"),
) -> None:
    """Create a key and print it once: it cannot be shown again."""
    store = Store.open()
    secret = create_key(store, name, read_only=read_only)
    if json_out:
        print_json({"name": name, "read_only": read_only, "key": secret})
        return
    typer.echo(secret)
    console_err.print(
        f"Key {name!r} created{' (read-only)' if read_only else ''}. Store it now: it is not shown again.",
        highlight=False,
    )


@keys_app.command("revoke")
def revoke(name_or_id: str = typer.Argument(..., help="The key's name or key id")) -> None:
    """Revoke a key; requests with it are refused from then on."""
    key = revoke_key(Store.open(), name_or_id)
    console.print(f"Revoked key {key.name!r} ({key.key_id}) at {key.revoked_at}", highlight=False)


@keys_app.command("list")
def list_(
    json_out: bool = typer.Option(False, "--json", help="Print JSON"),
    active: bool = typer.Option(False, "--active", help="Only keys that are not revoked"),
) -> None:
    """List keys: name, key id, read-only, created, revoked (never the secret)."""
    keys = list_keys(Store.open(), include_revoked=not active)
    if json_out:
        print_json([k.to_dict() for k in keys])
        return
    if not keys:
        console.print("No API keys. Create one with: embargo keys create NAME")
        return
    from rich.table import Table

    table = Table("name", "key id", "access", "created", "revoked")
    for k in keys:
        table.add_row(
            k.name, k.key_id, "read-only" if k.read_only else "full", k.created_at, k.revoked_at or ""
        )
    console.print(table)


def register(app: typer.Typer) -> None:
    """Add ``embargo keys`` to the CLI."""
    app.add_typer(keys_app, name="keys")
