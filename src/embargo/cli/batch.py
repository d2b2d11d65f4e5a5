"""``embargo screen-file``: screen every row of a CSV, JSON lines or Parquet file."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from embargo.cli.common import console, console_err, print_json


def screen_file(
    input: Annotated[Path, typer.Argument(help="Input file: .csv, .jsonl/.ndjson or .parquet.")],
    output: Annotated[Path, typer.Option("--output", "-o", help="Output file (.csv, .jsonl or .parquet).")],
    map_: Annotated[
        list[str] | None,
        typer.Option(
            "--map",
            "-m",
            help="Column mapping, e.g. name=full_name,dob=date_of_birth,ids=passport."
            " Keys: id, name, schema/type, dob, country, ids (repeatable). Repeatable.",
        ),
    ] = None,
    type_: Annotated[
        str | None,
        typer.Option("--type", help="Schema of rows without a type column (Person, Company, ...)."),
    ] = None,
    threshold: Annotated[
        float | None, typer.Option(help="Lowest score reported as a match (default: the engine's).")
    ] = None,
    limit: Annotated[int, typer.Option(help="Most matches reported per row.")] = 10,
    input_format: Annotated[
        str | None, typer.Option(help="csv, jsonl or parquet (default: by extension).")
    ] = None,
    output_format: Annotated[
        str | None, typer.Option(help="csv, jsonl or parquet (default: by extension).")
    ] = None,
    rejects: Annotated[Path | None, typer.Option(help="Reject file (default: OUTPUT.rejects.csv).")] = None,
    restart: Annotated[
        bool, typer.Option("--restart", help="Ignore a checkpoint or an existing output and start over.")
    ] = False,
    engine: Annotated[
        str, typer.Option(help="local (worker processes on this machine) or dask (a dask cluster).")
    ] = "local",
    scheduler: Annotated[
        str | None, typer.Option(help="dask scheduler address (tcp://host:8786) for --engine dask.")
    ] = None,
    workers: Annotated[
        int | None,
        typer.Option(
            help="Worker processes. local: default one per core (1 screens in this process);"
            " dask: start a local cluster of N workers."
        ),
    ] = None,
    worker_home: Annotated[
        str | None,
        typer.Option(help="EMBARGO_HOME as the dask workers see it (default: this machine's)."),
    ] = None,
    chunk_size: Annotated[
        int,
        typer.Option(
            help="Most rows per chunk, the unit of work (smaller when needed to keep every worker busy)."
        ),
    ] = 1000,
    encoding: Annotated[str, typer.Option(help="Text encoding of CSV / JSON lines input.")] = "utf-8",
    actor: Annotated[
        str | None, typer.Option(help="Who runs the screening, for the audit trail (default: OS user).")
    ] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
    json_: Annotated[bool, typer.Option("--json", help="Print the summary as JSON.")] = False,
) -> None:
    """Screen every row of a file against the loaded lists; resumes an interrupted run."""
    from embargo.batch import BatchOptions, run_batch
    from embargo.batch.progress import RichProgress
    from embargo.errors import ValidationError

    options = BatchOptions(
        input=input,
        output=output,
        mapping=list(map_ or []),
        default_schema=type_,
        threshold=threshold,
        limit=limit,
        input_format=input_format,
        output_format=output_format,
        rejects=rejects,
        restart=restart,
        chunk_size=chunk_size,
        encoding=encoding,
        actor=actor,
        worker_home=worker_home,
    )
    engine = engine.lower()
    if workers is not None and workers < 1:
        raise ValidationError(f"--workers must be at least 1, got {workers}")
    if engine == "local":
        from embargo.batch.local import make_executor

        if scheduler:
            raise ValidationError("--scheduler needs --engine dask")
        executor = make_executor(workers)
    elif engine == "dask":
        from embargo.batch.distributed import DaskExecutor

        executor = DaskExecutor(scheduler=scheduler, workers=workers)
    else:
        raise ValidationError(f"unknown engine {engine!r} (local or dask)")
    progress = RichProgress(console_err, enabled=not quiet and not json_)
    try:
        summary = run_batch(options, executor=executor, progress=progress)
    except KeyboardInterrupt:
        console_err.print(
            "[yellow]interrupted[/]: the rows written so far are kept; run the same command again to resume",
            highlight=False,
        )
        raise typer.Exit(130) from None
    if json_:
        print_json(summary.to_dict())
    else:
        console.print(summary.line(), highlight=False, soft_wrap=True)
    if summary.engine_errors:
        raise typer.Exit(2)  # finished, but some rows were not screened


def register(app: typer.Typer) -> None:
    """Add ``screen-file`` to the CLI."""
    app.command("screen-file")(screen_file)
