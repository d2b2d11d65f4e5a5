"""What every CLI command shares: consoles, JSON output and one-line errors."""

from __future__ import annotations

import json
import sys
from typing import Any

import typer
from rich.console import Console

from embargo.errors import EmbargoError

console = Console()
console_err = Console(stderr=True)


def print_json(data: Any) -> None:
    """Write data as JSON to stdout (the documented ``--json`` interface)."""
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2, default=str))
    sys.stdout.write("\n")


def fail(message: str, code: int = 1) -> typer.Exit:
    """Print a one-line error to stderr and return the Exit to raise."""
    console_err.print(f"[bold red]error:[/] {message}", highlight=False, soft_wrap=True)
    return typer.Exit(code)


def run_safely(app: typer.Typer, argv: list[str]) -> None:
    """Run the Typer app, turning EmbargoError into a one-line message and exit code 1."""
    try:
        app(args=argv, prog_name="embargo", standalone_mode=True)
    except EmbargoError as exc:
        console_err.print(f"[bold red]error:[/] {exc}", highlight=False, soft_wrap=True)
        raise SystemExit(1) from None
