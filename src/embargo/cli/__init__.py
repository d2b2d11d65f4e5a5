"""The ``embargo`` command line: thin commands over the modules below it.

Each command group lives in a module of its own and registers itself here.
"""

from __future__ import annotations

import sys

import typer

from embargo.cli.common import console_err, run_safely

app = typer.Typer(
    name="embargo",
    help="Sanctions screening and sanctions-risk intelligence.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


def _register() -> None:
    from embargo.cli import lists

    app.add_typer(lists.lists_app, name="lists")
    app.add_typer(lists.entity_app, name="entity")
    app.command("demo")(lists.demo)
    for module_name in ("screen", "batch", "serve", "keys", "audit", "news"):
        module = _optional(module_name)
        if module is not None:
            module.register(app)


def _optional(module_name: str):  # noqa: ANN202 - returns a module or None
    import importlib

    try:
        return importlib.import_module(f"embargo.cli.{module_name}")
    except ModuleNotFoundError as exc:
        if exc.name == f"embargo.cli.{module_name}":
            return None
        raise


_register()


def main() -> None:
    """Entry point of the ``embargo`` script."""
    run_safely(app, sys.argv[1:])


__all__ = ["app", "main", "console_err"]
