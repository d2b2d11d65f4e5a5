"""``embargo lists ...``, ``embargo entity show`` and ``embargo demo``: managing the lists in the store."""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path
from typing import Any

import typer
from rich import box
from rich.markup import escape
from rich.panel import Panel
from rich.table import Table

from embargo.cli.common import console, console_err, fail, print_json
from embargo.errors import EmbargoError, ListFormatError, UnknownFormatError
from embargo.model import Entity, make_entity_id

lists_app = typer.Typer(
    help="Load, update and inspect the sanctions lists in the store.", no_args_is_help=True
)
entity_app = typer.Typer(help="Look up one listed entity.", no_args_is_help=True)

JSON_HELP = "Print JSON (documented in docs/json.md) instead of tables."


def _open_store():  # noqa: ANN202 - returns embargo.store.Store
    from embargo.store import Store

    return Store.open()


def file_checksums(paths: list[Path]) -> dict[str, str]:
    """sha256 of each file (the files of a folder, for a file-set list), keyed by file name."""
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files.extend(sorted(p for p in path.iterdir() if p.is_file()))
        elif path.is_file():
            files.append(path)
    sums: dict[str, str] = {}
    for file in files:
        digest = hashlib.sha256()
        with file.open("rb") as handle:
            for block in iter(lambda h=handle: h.read(1 << 20), b""):
                digest.update(block)
        sums[file.name] = digest.hexdigest()
    return sums


def _snapshot_table(title: str, snapshots: list[Any], history: dict[str, int] | None = None) -> Table:
    table = Table(title=title, title_justify="left", box=box.SIMPLE_HEAD)
    table.add_column("source", style="bold", no_wrap=True)
    table.add_column("version", overflow="fold", min_width=10)
    table.add_column("entities", justify="right", no_wrap=True)
    table.add_column("by schema")
    table.add_column("loaded UTC", no_wrap=True)
    table.add_column("snapshot", no_wrap=True)
    for snap in snapshots:
        version = escape(snap.version) + (f"\npublished {escape(snap.published)}" if snap.published else "")
        notes = [f"{history[snap.source]} kept"] if history and snap.source in history else []
        if snap.unchanged:
            notes.append("unchanged")
        table.add_row(
            escape(snap.source),
            version,
            f"{snap.entity_count:,}",
            "\n".join(f"{schema} {count:,}" for schema, count in _by_count(snap.counts_by_schema)),
            snap.loaded_at[:16].replace("T", "\n"),
            "\n".join([f"#{snap.id}", *notes]),
        )
    return table


def _by_count(counts: dict[str, int]) -> list[tuple[str, int]]:
    return sorted(counts.items(), key=lambda kv: -kv[1])


def _print_loaded(title: str, snapshots: list[Any]) -> None:
    console.print(_snapshot_table(title, snapshots))
    for snap in snapshots:
        if snap.unchanged:
            console.print(
                f"{snap.source}: unchanged, snapshot #{snap.id} kept (checked {snap.checked_at})",
                highlight=False,
            )


# -- lists load ----------------------------------------------------------------------------


def _expand(path: Path, format_name: str | None) -> list[Path]:
    """A file, a file-set folder (OFAC CSV set), or a folder of list files: what to read, one list each."""
    from embargo.sources import detect_format

    if format_name is not None or path.is_file():
        return [path]
    try:
        detect_format(path)
        return [path]
    except UnknownFormatError:
        pass
    found = []
    for child in sorted(p for p in path.iterdir() if p.is_file() and not p.name.startswith(".")):
        try:
            detect_format(child)
        except ListFormatError:
            continue
        found.append(child)
    if not found:
        raise UnknownFormatError(path, "the folder holds no list file Embargo knows (name one with --format)")
    return found


@lists_app.command("load")
def load(
    paths: list[Path] = typer.Argument(..., help="List files, or folders of a file set (OFAC CSV set)."),
    source: str | None = typer.Option(None, "--source", "-s", help="Store under this source name."),
    format_name: str | None = typer.Option(
        None, "--format", "-f", help="The list format (default: detected from the content)."
    ),
    as_json: bool = typer.Option(False, "--json", help=JSON_HELP),
) -> None:
    """Load list files into the store, each as a new snapshot of its source (atomically)."""
    from embargo.sources import read_list, reader

    if source is not None and len(paths) > 1:
        raise fail("--source names one list; give a single PATH with it")
    if format_name is not None:
        reader(format_name)  # an unknown format fails here, before anything is read
    for path in paths:
        if not path.exists():
            raise ListFormatError(path, "no such file or folder")
        if path.is_dir() and not any(p.is_file() for p in path.iterdir()):
            raise ListFormatError(path, "the folder holds no list file")
    targets = [target for path in paths for target in _expand(path, format_name)]
    if source is not None and len(targets) > 1:
        raise fail(f"--source names one list; {paths[0]} holds {len(targets)}: give one file")
    store = _open_store()
    loaded = []
    for path in targets:
        parsed = read_list(path, format_name, source=source)
        files = [Path(f) for f in parsed.files] or [path]
        snapshot = store.load(parsed, origin=str(path.resolve()), checksums=file_checksums(files))
        previous = [s for s in store.snapshots(snapshot.source) if s.id < snapshot.id]
        if not as_json and previous and snapshot.entity_count < previous[-1].entity_count * 0.5:
            console_err.print(
                f"[yellow]warning:[/] {snapshot.source} now holds {snapshot.entity_count:,} entities,"
                f" down from {previous[-1].entity_count:,}; check that {path} is the whole list",
                highlight=False,
            )
        loaded.append(snapshot)
    if as_json:
        print_json([s.to_dict() for s in loaded])
        return
    _print_loaded("Loaded", loaded)


# -- lists update --------------------------------------------------------------------------


@lists_app.command("update")
def update(
    sources: list[str] = typer.Argument(None, help="Sources to update (default: all official sources)."),
    base_url: str | None = typer.Option(
        None,
        "--base-url",
        help="Download from {BASE}/{source}/{file} instead (a mirror); or $EMBARGO_SOURCE_BASE_URL.",
    ),
    timeout: float = typer.Option(60.0, "--timeout", help="Seconds to wait for the server at each step."),
    retries: int = typer.Option(3, "--retries", min=0, help="Extra tries after a failed download."),
    backoff: float = typer.Option(
        1.0, "--backoff", min=0.0, help="Seconds before the first retry (doubles each time)."
    ),
    allow_shrink: bool = typer.Option(
        False, "--allow-shrink", help="Accept a list with fewer than half the entities of the current one."
    ),
    as_json: bool = typer.Option(False, "--json", help=JSON_HELP),
) -> None:
    """Download the official lists, check them and load each as a new snapshot."""
    from rich.progress import BarColumn, DownloadColumn, Progress, TextColumn, TransferSpeedColumn

    from embargo.fetch import update_source
    from embargo.sources_catalog import SOURCES, get_source

    chosen = [get_source(name) for name in (sources or list(SOURCES))]
    store = _open_store()
    done: list[Any] = []
    failed: list[tuple[str, str]] = []
    progress = Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        DownloadColumn(),
        TransferSpeedColumn(),
        console=console_err,
        transient=True,
        disable=as_json or not console_err.is_terminal,
    )
    with progress:
        for source in chosen:
            try:
                done.append(
                    update_source(
                        store,
                        source,
                        base_url=base_url,
                        timeout=timeout,
                        retries=retries,
                        backoff=backoff,
                        progress=progress,
                        allow_shrink=allow_shrink,
                    )
                )
            except EmbargoError as exc:
                failed.append((source.name, str(exc)))
                progress.console.print(f"[bold red]error:[/] {exc}", highlight=False, soft_wrap=True)
    if as_json:
        print_json(
            {
                "updated": [s.to_dict() for s in done],
                "failed": [{"source": name, "error": error} for name, error in failed],
            }
        )
    elif done:
        _print_loaded("Updated", done)
    if failed:
        if len(chosen) > 1 and not as_json:
            console_err.print(
                f"{len(failed)} of {len(chosen)} sources not updated; their last good snapshots stay current",
                highlight=False,
            )
        raise typer.Exit(1)


# -- lists status --------------------------------------------------------------------------


@lists_app.command("status")
def status(as_json: bool = typer.Option(False, "--json", help=JSON_HELP)) -> None:
    """Each source's current version, publication date, entity counts and load time."""
    store = _open_store()
    current = store.current_snapshots()
    history: dict[str, int] = {}
    for snap in store.snapshots():
        history[snap.source] = history.get(snap.source, 0) + 1
    if as_json:
        print_json(
            {
                "store": str(store.path),
                "sources": [dict(s.to_dict(), snapshot_count=history.get(s.source, 0)) for s in current],
                "entity_count": sum(s.entity_count for s in current),
            }
        )
        return
    if not current:
        console.print(
            "The store holds no list yet. Load one with [bold]embargo lists load PATH[/] or download the"
            " official lists with [bold]embargo lists update[/]."
        )
        return
    console.print(_snapshot_table(f"Lists in {store.path}", current, history))
    console.print(f"{sum(s.entity_count for s in current):,} entities in {len(current)} sources.")


# -- lists diff ----------------------------------------------------------------------------


@lists_app.command("diff")
def diff(
    source: str = typer.Argument(..., help="The source to compare (see `embargo lists status`)."),
    limit: int = typer.Option(200, "--limit", min=0, help="Rows shown per table (JSON always has all)."),
    old_id: int | None = typer.Option(
        None, "--from", help="Compare from this snapshot (see `lists history`)."
    ),
    new_id: int | None = typer.Option(
        None, "--to", help="Compare to this snapshot (default: the current one)."
    ),
    as_json: bool = typer.Option(False, "--json", help=JSON_HELP),
) -> None:
    """Designations added, removed and changed between the last two snapshots of a source."""
    store = _open_store()
    result = store.diff(source, old_id=old_id, new_id=new_id)
    if as_json:
        print_json(result.to_dict())
        return
    old = f"#{result.old.id} ({result.old.version})" if result.old else "nothing (first snapshot)"
    console.print(
        f"[bold]{source}[/]: {old} -> #{result.new.id} ({result.new.version}): "
        f"[green]{len(result.added):,} added[/], [red]{len(result.removed):,} removed[/], "
        f"[yellow]{len(result.changed):,} changed[/]",
        highlight=False,
    )
    for title, rows, style in (
        ("Added", result.added, "green"),
        ("Removed", result.removed, "red"),
        ("Changed", result.changed, "yellow"),
    ):
        if not rows:
            continue
        table = Table(title=f"{title} ({len(rows):,})", title_justify="left", title_style=style)
        table.add_column("entity_id")
        table.add_column("schema")
        table.add_column("name")
        if title == "Changed":
            table.add_column("fields changed")
        for change in rows[:limit]:
            cells = [escape(change.entity_id), change.schema, escape(change.caption)]
            if title == "Changed":
                cells.append(", ".join(change.fields))
            table.add_row(*cells)
        console.print(table)
        if len(rows) > limit:
            console.print(f"... and {len(rows) - limit:,} more (use --limit or --json)")


@lists_app.command("history")
def history(
    source: str = typer.Argument(..., help="The source (see `embargo lists status`)."),
    as_json: bool = typer.Option(False, "--json", help=JSON_HELP),
) -> None:
    """Every snapshot kept of a source, oldest first."""
    store = _open_store()
    snapshots = store.snapshots(source)
    if not snapshots:
        raise fail(f"no snapshot of source {source!r}; load or update it first")
    if as_json:
        print_json([s.to_dict() for s in snapshots])
        return
    console.print(_snapshot_table(f"Snapshots of {source}", snapshots))


@lists_app.command("export")
def export(
    output: Path = typer.Option(..., "--output", "-o", help="FtM JSON-lines file to write ('-': stdout)."),
    sources: list[str] = typer.Argument(None, help="Sources to export (default: every current source)."),
    snapshot_id: int | None = typer.Option(None, "--snapshot", help="Export this snapshot instead."),
) -> None:
    """Write the current lists (or one snapshot) as OpenSanctions FollowTheMoney JSON lines."""
    from embargo.sources.ftm import export_entities

    store = _open_store()
    if snapshot_id is not None:
        if store.snapshot(snapshot_id) is None:
            raise fail(f"no snapshot {snapshot_id}")
        snapshot_ids = [snapshot_id]
    else:
        current = {s.source: s.id for s in store.current_snapshots()}
        unknown = [s for s in sources or [] if s not in current]
        if unknown:
            raise fail(f"no snapshot of source {', '.join(map(repr, unknown))}; load or update it first")
        snapshot_ids = [current[s] for s in (sources or sorted(current))]
    if not snapshot_ids:
        raise fail("the store holds no lists; load or update one first")
    if str(output) == "-":
        count = export_entities(store.iter_entities(snapshot_ids), sys.stdout)
    else:
        tmp = output.with_name(output.name + ".part")
        with tmp.open("w", encoding="utf-8") as handle:
            count = export_entities(store.iter_entities(snapshot_ids), handle)
        tmp.replace(output)
    console_err.print(f"exported {count:,} entities from {len(snapshot_ids)} snapshot(s)")


# -- entity show ---------------------------------------------------------------------------


def _find_record(store: Any, ident: str, snapshot_id: int | None) -> Any:
    """An entity record by entity_id, ``SOURCE:SOURCE_ID``, or a bare list id unique across sources."""
    record = store.entity_record(ident, snapshot_id)
    if record is not None:
        return record
    if ":" in ident:
        src, _, source_id = ident.partition(":")
        return store.entity_record(make_entity_id(src.strip(), source_id.strip()), snapshot_id)
    found = [
        r
        for r in (
            store.entity_record(make_entity_id(s.source, ident), snapshot_id)
            for s in store.current_snapshots()
        )
        if r is not None
    ]
    if len(found) > 1:
        choices = ", ".join(r.entity.entity_id for r in found)
        raise fail(f"{ident!r} is an id in several lists; name one of: {choices}")
    return found[0] if found else None


def _dates(entity: Entity) -> str:
    out = []
    for d in entity.birth_dates:
        text = d.start if d.start == d.end else f"{d.start} to {d.end}"
        out.append(("circa " if d.circa else "") + text)
    return "; ".join(out)


@entity_app.command("show")
def show(
    ident: str = typer.Argument(..., metavar="ID", help="entity_id (ofac-sdn-35096) or SOURCE:SOURCE_ID."),
    snapshot_id: int | None = typer.Option(None, "--snapshot", help="Show it as in this snapshot."),
    as_json: bool = typer.Option(False, "--json", help=JSON_HELP),
) -> None:
    """The full record of one listed entity, with its source, list version and linked entities."""
    store = _open_store()
    record = _find_record(store, ident, snapshot_id)
    if record is None:
        where = f" in snapshot {snapshot_id}" if snapshot_id is not None else ""
        raise fail(
            f"no entity {ident!r}{where} in the store (ids look like ofac-sdn-35096 or ofac-sdn:35096)"
        )
    entity: Entity = record.entity
    snap = record.snapshot
    if as_json:
        print_json(
            {
                "entity": entity.to_dict(),
                "snapshot": snap.to_dict(),
                "current": record.current,
                "linked_from": [
                    {"entity_id": eid, "caption": caption, "kind": kind}
                    for eid, caption, kind in record.linked_from
                ],
            }
        )
        return
    table = Table.grid(padding=(0, 2))
    table.add_column(style="bold")
    table.add_column()

    def row(label: str, value: str | list[str]) -> None:
        text = "\n".join(value) if isinstance(value, list) else value
        if text:
            table.add_row(label, escape(text))

    row("entity_id", entity.entity_id)
    row("schema", entity.schema)
    row("source", f"{entity.source} id {entity.source_id}")
    status_text = "current" if record.current else "NOT CURRENT: a later snapshot dropped or changed it"
    row("list version", f"{snap.version} (snapshot #{snap.id}, loaded {snap.loaded_at}, {status_text})")
    if snap.published:
        row("published", snap.published)
    for kind in ("primary", "alias", "formerly", "original_script"):
        names = []
        for n in entity.names:
            if n.kind != kind:
                continue
            extra = ", ".join(x for x in (n.quality, n.script, n.lang) if x)
            names.append(f"{n.full} ({extra})" if extra else n.full)
        row(
            {
                "primary": "name",
                "alias": "aliases",
                "formerly": "formerly",
                "original_script": "original script",
            }[kind],
            names,
        )
    row("gender", entity.gender or "")
    row("birth date", _dates(entity))
    row("birth place", entity.birth_places)
    row("nationality", ", ".join(entity.nationalities))
    row("citizenship", ", ".join(entity.citizenships))
    row("countries", ", ".join(entity.countries))
    row("programs", ", ".join(entity.programs))
    row("listed on", entity.listed_on or "")
    row("titles", entity.titles)
    row("positions", entity.positions)
    row(
        "identifiers",
        [
            f"{i.label or i.kind}: {i.value}"
            + (f" ({i.country})" if i.country else "")
            + (f" {i.note}" if i.note else "")
            for i in entity.identifiers
        ],
    )
    row("addresses", [a.full for a in entity.addresses])
    row(
        "links to",
        [
            f"{link.kind}: {link.target_name}" + (f" [{link.target_id}]" if link.target_id else "")
            for link in entity.links
        ],
    )
    row("linked from", [f"{kind}: {caption} [{eid}]" for eid, caption, kind in record.linked_from])
    for key, values in sorted(entity.properties.items()):
        row(key.replace("_", " "), values)
    row("remarks", entity.remarks)
    console.print(Panel(table, title=f"[bold]{escape(entity.caption)}[/]", title_align="left", expand=False))


# -- demo ----------------------------------------------------------------------------------


def demo(
    offline: bool = typer.Option(
        False, "--offline", help="Do not try to download; use the shipped sample list."
    ),
    timeout: float = typer.Option(10.0, "--timeout", help="Seconds to wait for the official servers."),
) -> None:
    """Load lists (official if reachable, else a clearly marked SAMPLE) and screen a few names."""
    from embargo.demo import run_demo

    run_demo(console, offline=offline, timeout=timeout)
