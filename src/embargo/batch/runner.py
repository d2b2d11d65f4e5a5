"""A batch run from input file to output file: read, screen, write, audit, checkpoint.

The client process reads the input and is the only writer: chunks of rows are mapped, screened
and rendered by an executor (in process, in a local process pool, or on dask workers) and come
back in input order. For each group of finished chunks (one chunk in process; every chunk
already finished at the head of the queue with several workers) the runner appends the output
and reject rows, makes them durable, records their screenings in the audit trail (one
transaction), and only then moves the checkpoint forward.
"""

from __future__ import annotations

import getpass
import math
import time
import uuid
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Protocol

from embargo import config
from embargo.batch.checkpoint import Checkpoint, CheckpointError, checkpoint_path, fingerprint
from embargo.batch.io import (
    BatchInputError,
    BatchOutputError,
    InputRow,
    detect_format,
    open_reader,
    open_rejects,
    open_writer,
)
from embargo.batch.local import LocalExecutor
from embargo.batch.mapping import (
    ColumnMapping,
    RowRejected,
    normalize_schema,
    parse_map,
    resolve_mapping,
)
from embargo.batch.worker import ChunkResult, Row, RowPlan, ScreenerFactory, ScreenSettings
from embargo.errors import StoreError, ValidationError

DEFAULT_LIMIT = 10
DEFAULT_CHUNK_SIZE = 1000
MAX_LIMIT = 100

#: Called with an event name ("written": output synced; "audited": audit committed, checkpoint
#: not yet moved; "checkpoint")
#: and the rows done so far. Tests use it to interrupt a run at the worst moments.
Hook = Callable[[str, int], None]


class Executor(Protocol):
    """Screens chunks of rows and yields them, finished, in input order."""

    name: str
    workers: int

    def start(self, settings: ScreenSettings) -> None:
        """Prepare (load the index, start or reach a cluster)."""
        ...

    def map(
        self, settings: ScreenSettings, plan: RowPlan, chunks: Iterable[list[Row]]
    ) -> Iterator[list[ChunkResult]]:
        """Screen chunks, yielding groups of finished chunks (at least one each) in input order."""
        ...

    def close(self) -> None:
        """Release resources."""
        ...


class Progress(Protocol):
    """What the runner reports while it works (the CLI shows a rich progress bar)."""

    def start(self, total: int, completed: int) -> None:
        """The run begins: ``total`` rows, ``completed`` of them done by an earlier run."""
        ...

    def advance(self, rows: int, matched: int, rejected: int) -> None:
        """Chunks were written."""
        ...

    def stop(self) -> None:
        """The run ended (finished or not)."""
        ...


class _NoProgress:
    def start(self, total: int, completed: int) -> None:
        pass

    def advance(self, rows: int, matched: int, rejected: int) -> None:
        pass

    def stop(self) -> None:
        pass


@dataclass
class BatchOptions:
    """Everything ``embargo screen-file`` takes."""

    input: Path
    output: Path
    mapping: list[str] = field(default_factory=list)
    default_schema: str | None = None
    threshold: float | None = None
    limit: int = DEFAULT_LIMIT
    input_format: str | None = None
    output_format: str | None = None
    rejects: Path | None = None
    restart: bool = False
    chunk_size: int = DEFAULT_CHUNK_SIZE
    encoding: str = "utf-8"
    actor: str | None = None
    worker_home: str | None = None


@dataclass
class BatchSummary:
    """What a run did; ``names_per_second`` counts rows screened in this run over its screening time."""

    input: Path
    output: Path
    rejects: Path
    total_rows: int
    rows: int
    resumed_from: int
    matched: int
    no_match: int
    rejected: int
    seconds: float
    names_per_second: float
    engine: str
    workers: int
    audited: int
    run_id: str
    #: Rejected rows that the engine failed on (their data may be fine): these were not screened.
    engine_errors: int = 0
    #: Output rows of this run that repeated a query and reused its result instead of screening it.
    reused: int = 0

    def line(self) -> str:
        """The one-line summary the CLI prints."""
        resumed = f" (resumed after row {self.resumed_from:,})" if self.resumed_from else ""
        return (
            f"{self.total_rows:,} rows{resumed}: {self.matched:,} matched, {self.no_match:,} no match,"
            f" {self.rejected:,} rejected; {self.rows:,} screened in {self.seconds:.1f}s"
            f" ({self.names_per_second:,.0f} names/s, {self.engine} x{self.workers}"
            + (f", {self.reused:,} repeated queries reused" if self.reused else "")
            + f"); output {self.output}"
            + (f", rejects {self.rejects}" if self.rejected else "")
            + (
                f"; WARNING: {self.engine_errors:,} rows not screened because of engine errors (see rejects)"
                if self.engine_errors
                else ""
            )
        )

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready summary."""
        data = asdict(self)
        for key in ("input", "output", "rejects"):
            data[key] = str(data[key])
        return data


def _check_options(options: BatchOptions) -> str | None:
    if not 1 <= options.limit <= MAX_LIMIT:
        raise ValidationError(f"--limit must be between 1 and {MAX_LIMIT}, got {options.limit}")
    if options.threshold is not None and not 0.0 <= options.threshold <= 1.0:
        raise ValidationError(f"--threshold must be between 0 and 1, got {options.threshold}")
    if not 1 <= options.chunk_size <= 100_000:
        raise ValidationError(f"--chunk-size must be between 1 and 100000, got {options.chunk_size}")
    if options.input.resolve() == options.output.resolve():
        raise ValidationError("the output file must not be the input file")
    if options.default_schema:
        try:
            return normalize_schema(options.default_schema)
        except RowRejected as exc:
            raise ValidationError(f"--type: {exc.reason}") from None
    return None


def _chunks(rows: Iterator[InputRow], *, skip: int, size: int) -> Iterator[list[Row]]:
    """The rows after ``skip``, as chunks of ``size`` (number, values, parse error) tuples."""
    chunk: list[Row] = []
    for row in rows:
        if row.number <= skip:
            continue
        chunk.append((row.number, row.values, row.error))
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def chunk_size_for(requested: int, remaining: int, workers: int) -> int:
    """Rows per chunk: the requested size, smaller when needed to give several workers each a few chunks."""
    if workers <= 1:
        return requested
    return max(1, min(requested, math.ceil(remaining / (4 * workers))))


def _audit_function() -> Callable[..., Any] | None:
    try:
        from embargo.store.audit import record_screenings
    except ImportError:
        return None
    return record_screenings


def run_batch(
    options: BatchOptions,
    *,
    executor: Executor | None = None,
    store: Any = None,
    factory: ScreenerFactory | str | None = None,
    progress: Progress | None = None,
    hook: Hook | None = None,
) -> BatchSummary:
    """Screen every row of ``options.input`` into ``options.output``, resuming an interrupted run.

    Raises an EmbargoError subclass with a one-line message for anything that stops the run
    before it starts (missing file, no name column, no lists loaded, a checkpoint that does not
    fit); bad rows do not stop it, they go to the reject file.
    """
    default_schema = _check_options(options)
    in_fmt = detect_format(options.input, options.input_format)
    out_fmt = detect_format(options.output, options.output_format)
    reader = open_reader(options.input, in_fmt, encoding=options.encoding)
    total = reader.count()
    columns = reader.columns()
    spec = parse_map(options.mapping)
    if total == 0 and not columns:
        mapping = ColumnMapping(name=spec.explicit.get("name", "name"))
    else:
        mapping = resolve_mapping(spec, columns, source=str(options.input), require_all=in_fmt != "jsonl")

    if store is None:
        from embargo.store import Store

        store = Store.open()
    versions = store.list_versions()
    if not versions:
        raise StoreError("no lists are loaded in the store; load or update the lists before screening")
    snapshot_ids = sorted(v.snapshot_id for v in versions)

    output = options.output
    rejects_path = options.rejects or output.with_name(output.name + ".rejects.csv")
    ck_path = checkpoint_path(output)
    fresh = Checkpoint(
        input=fingerprint(options.input),
        options={
            "mapping": mapping.to_dict(),
            "default_schema": default_schema,
            "threshold": options.threshold,
            "limit": options.limit,
            "input_format": in_fmt,
            "output_format": out_fmt,
            "encoding": options.encoding,
            "rejects": str(rejects_path.resolve()),
        },
        snapshot_ids=snapshot_ids,
        run_id=f"batch-{uuid.uuid4().hex[:16]}",
    )
    state = None if options.restart else Checkpoint.load(ck_path)
    if state is not None:
        reason = state.mismatch(fresh)
        if reason:
            raise CheckpointError(
                f"{output}: an interrupted run cannot be resumed: {reason}; pass --restart to start over"
            )
    else:
        parts = output.with_name(output.name + ".parts")
        if not options.restart and (output.exists() or parts.exists()):
            raise BatchOutputError(f"{output} already exists; pass --restart to overwrite it")
        state = fresh
    resumed_from = state.rows_done
    actor = options.actor or _os_user()
    record_screenings = _audit_function()
    # Screenings audited after the last checkpoint (a crash between the audit commit and the
    # checkpoint) are not recorded a second time when their rows are screened again.
    already_audited = 0
    if record_screenings is not None and state is not fresh:
        already_audited = max(0, _audited_count(store, state.run_id) - state.counts.get("audited", 0))

    settings = ScreenSettings(
        store_path=str(store.path),
        home=options.worker_home or str(config.home_dir()),
        limit=options.limit,
        threshold=options.threshold,
        snapshot_ids=tuple(snapshot_ids),
        **({"factory": factory} if factory is not None else {}),
    )
    executor = executor or LocalExecutor()
    progress = progress or _NoProgress()
    try:
        executor.start(settings)  # before any file is touched: a cluster that fails leaves nothing behind
        if state is fresh:
            try:
                ck_path.parent.mkdir(parents=True, exist_ok=True)
                state.save(ck_path)
            except OSError as exc:
                raise BatchOutputError(f"cannot write beside {output}: {exc.strerror or exc}") from exc
        writer = open_writer(output, out_fmt, state.output_position)
        try:
            rejects = open_rejects(rejects_path, state.rejects_position)
        except BaseException:
            writer.close()
            raise
    except BaseException:
        executor.close()
        raise
    plan = RowPlan(mapping=mapping, default_schema=default_schema, output_format=out_fmt)
    size = chunk_size_for(options.chunk_size, total - state.rows_done, executor.workers)
    screened = 0
    reused = 0
    audited = 0
    elapsed = 0.0
    finished = False
    try:
        progress.start(total, state.rows_done)
        chunks = _chunks(reader.rows(), skip=state.rows_done, size=size)
        started = time.perf_counter()
        for group in executor.map(settings, plan, chunks):
            if not group:
                continue
            results: list[dict[str, Any]] = []
            rows = matched = rejected = output_rows = faults = 0
            for chunk in group:
                writer.write(chunk.output)
                if chunk.rejects:
                    rejects.write(chunk.rejects)
                results.extend(chunk.audit)
                rows += chunk.rows
                matched += chunk.matched
                rejected += len(chunk.rejects)
                output_rows += len(chunk.audit)
                faults += chunk.engine_errors
                reused += chunk.reused
            state.output_position = writer.sync()
            state.rejects_position = rejects.sync()
            state.rows_done = group[-1].last
            if hook:
                hook("written", state.rows_done)
            if already_audited and results:
                skipped = min(already_audited, len(results))
                already_audited -= skipped
                state.counts["audited"] = state.counts.get("audited", 0) + skipped
                results = results[skipped:]
            if record_screenings is not None and results:
                record_screenings(
                    store, actor=actor, channel="batch", results=results, request_id=state.run_id
                )
                audited += len(results)
                state.counts["audited"] = state.counts.get("audited", 0) + len(results)
            if hook:
                hook("audited", state.rows_done)
            state.counts["matched"] += matched
            state.counts["no_match"] += output_rows - matched
            state.counts["rejected"] += rejected
            if faults:
                state.counts["engine_errors"] = state.counts.get("engine_errors", 0) + faults
            state.save(ck_path)
            screened += output_rows
            elapsed = time.perf_counter() - started
            if hook:
                hook("checkpoint", state.rows_done)
            progress.advance(rows, matched, rejected)
        writer.finish()
        rejects.finish()
        finished = True
    except OSError as exc:  # disk full, permissions changed, file system gone
        raise BatchOutputError(
            f"cannot write {getattr(exc, 'filename', None) or output}: {exc.strerror or exc};"
            " fix it and run the same command again to resume"
        ) from exc
    finally:
        progress.stop()
        if not finished:
            writer.close()
            rejects.close()
        executor.close()
    Checkpoint.remove(ck_path)
    if state.counts["rejected"] == 0 and options.rejects is None:
        rejects_path.unlink(missing_ok=True)  # no reject file when nothing was rejected
    return BatchSummary(
        input=options.input,
        output=output,
        rejects=rejects_path,
        total_rows=state.rows_done,
        rows=screened,
        resumed_from=resumed_from,
        matched=state.counts["matched"],
        no_match=state.counts["no_match"],
        rejected=state.counts["rejected"],
        seconds=elapsed,
        names_per_second=screened / elapsed if elapsed > 0 else 0.0,
        engine=executor.name,
        workers=executor.workers,
        audited=audited,
        run_id=state.run_id,
        engine_errors=state.counts.get("engine_errors", 0),
        reused=reused,
    )


def _audited_count(store: Any, request_id: str) -> int:
    """How many audit records a run (by its request id) has stored."""
    import sqlite3

    try:
        row = store.db.conn.execute(
            "SELECT COUNT(*) FROM audit_records WHERE request_id = ?", (request_id,)
        ).fetchone()
    except sqlite3.DatabaseError:
        return 0
    return int(row[0]) if row else 0


def _os_user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


__all__ = [
    "BatchInputError",
    "BatchOptions",
    "BatchSummary",
    "DEFAULT_CHUNK_SIZE",
    "DEFAULT_LIMIT",
    "Executor",
    "Progress",
    "chunk_size_for",
    "run_batch",
]
