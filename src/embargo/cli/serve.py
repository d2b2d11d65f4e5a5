"""``embargo serve``: run the HTTP API with uvicorn (127.0.0.1:8000 unless told otherwise)."""

from __future__ import annotations

import ipaddress
import os
from pathlib import Path

import typer

from embargo.cli.common import console_err, fail


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def serve(
    host: str = typer.Option("127.0.0.1", help="Interface to bind; 0.0.0.0 exposes the API to the network"),
    port: int = typer.Option(8000, min=1, max=65535, help="TCP port"),
    workers: int = typer.Option(1, min=1, max=64, help="Worker processes"),
    store: Path | None = typer.Option(None, help="Store file (default $EMBARGO_HOME/embargo.db)"),
    max_batch: int | None = typer.Option(None, min=1, help="Most queries in one batch request (default 100)"),
    max_body_bytes: int | None = typer.Option(None, min=1024, help="Largest request body (default 1000000)"),
    timeout: float | None = typer.Option(None, min=0.1, help="Seconds before a request is answered 503"),
    screen_processes: int | None = typer.Option(
        None,
        min=0,
        max=64,
        help="Processes that screen, each with its own index (default 2, or 1 on one CPU; "
        "0 screens in the server's threads)",
    ),
    keep_alive: int = typer.Option(
        30, min=1, max=3600, help="Seconds an idle keep-alive connection stays open (outlast clients' pools)"
    ),
    log_level: str = typer.Option("info", help="uvicorn log level ('warning' also drops the access log)"),
) -> None:
    """Start the HTTP API (docs/api.md). Every endpoint but /health needs an API key (`embargo keys`)."""
    import uvicorn

    from embargo.api.settings import ENV_PREFIX, ApiSettings
    from embargo.screening_pool import default_size

    if screen_processes is None and not os.environ.get(ENV_PREFIX + "SCREEN_PROCESSES"):
        screen_processes = default_size()
    # The settings travel by environment so that every worker process reads the same ones.
    for name, value in (
        ("STORE_PATH", str(store.resolve()) if store else None),
        ("MAX_BATCH", max_batch),
        ("MAX_BODY_BYTES", max_body_bytes),
        ("REQUEST_TIMEOUT_S", timeout),
        ("SCREEN_PROCESSES", screen_processes),
    ):
        if value is not None:
            os.environ[ENV_PREFIX + name] = str(value)
    ApiSettings.from_env()  # refuse bad settings before starting workers
    if store is not None and not store.exists():
        raise fail(f"{store}: no such store file")
    if not _is_loopback(host):
        console_err.print(
            f"[yellow]warning:[/] binding to {host}: the API is reachable from the network; "
            "put it behind TLS and keep API keys secret",
            highlight=False,
        )
    uvicorn.run(
        "embargo.api.app:app_from_env",
        factory=True,
        host=host,
        port=port,
        workers=workers,
        log_level=log_level,
        timeout_keep_alive=keep_alive,
        server_header=False,
        timeout_graceful_shutdown=10,
    )


def register(app: typer.Typer) -> None:
    """Add ``embargo serve`` to the CLI."""
    app.command("serve")(serve)
