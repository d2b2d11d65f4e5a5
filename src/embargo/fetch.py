"""Downloading official lists: the only module of Embargo that talks to the network.

A source's files are downloaded into a temporary folder (timeouts, retries with
exponential backoff, a size sanity check, an HTML-error-page check, a sha256 of
each file), then read with the source's reader and loaded into the store in one
transaction. Whatever fails, the last good snapshot stays current.
"""

from __future__ import annotations

import hashlib
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import httpx

from embargo import __version__ as _embargo_version
from embargo.errors import FetchError, ListFormatError
from embargo.sources import read_list, reader
from embargo.sources.base import looks_like_html
from embargo.sources_catalog import OfficialSource, SourceFile, resolve_urls

if TYPE_CHECKING:
    from rich.progress import Progress

    from embargo.store import Snapshot, Store

USER_AGENT = f"embargo/{_embargo_version} (sanctions list update)"

#: HTTP statuses worth another try: server trouble, rate limits, and 404, which the
#: publishers' CDNs answer for a moment while a new release is being published.
RETRY_STATUSES = frozenset({404, 408, 425, 429, 500, 502, 503, 504})

#: A new download with fewer entities than this share of the current snapshot is refused
#: unless the caller allows it: a list that halves overnight is far likelier a broken file.
DEFAULT_MIN_RATIO = 0.5

_CHUNK = 256 * 1024


@dataclass
class DownloadedFile:
    """One file downloaded and checked."""

    name: str
    url: str
    path: Path
    size: int
    sha256: str


@dataclass
class Download:
    """A source's files, downloaded into ``folder``."""

    source: OfficialSource
    folder: Path
    files: list[DownloadedFile] = field(default_factory=list)
    #: Optional files that could not be had, with the reason (recorded in the snapshot's notes).
    skipped: list[str] = field(default_factory=list)

    @property
    def checksums(self) -> dict[str, str]:
        """File name -> sha256 hex digest, as recorded in the snapshot."""
        return {f.name: f.sha256 for f in self.files}

    @property
    def list_path(self) -> Path:
        """What to give the reader: the file of a one-file source, else the folder."""
        if len(self.source.files) == 1 and self.files:
            return self.files[0].path
        return self.folder


class _Retryable(FetchError):
    """A failure that another attempt may not repeat (network, server error, empty body)."""


def _describe_transport_error(exc: httpx.TransportError, url: str) -> str:
    host = httpx.URL(url).host
    if isinstance(exc, httpx.TimeoutException):
        kind = type(exc).__name__.replace("Timeout", " timeout").lower().strip()
        return f"no answer from {host} in time ({kind})"
    if isinstance(exc, httpx.ConnectError):
        reason = str(exc) or "connection failed"
        return f"cannot connect to {host} ({reason}: is the network reachable?)"
    if isinstance(exc, httpx.RemoteProtocolError):
        return f"{host} closed the connection before the file was complete (truncated transfer)"
    return f"network error talking to {host}: {exc or type(exc).__name__}"


def _check_head(path: Path, file: SourceFile, size: int) -> None:
    """Refuse an empty, implausibly small, or HTML body."""
    if size == 0:
        raise _Retryable("the server sent an empty file (0 bytes)")
    with path.open("rb") as handle:
        head = handle.read(4096).decode("utf-8", errors="replace")
    if looks_like_html(head):
        raise _Retryable("the server sent an HTML page instead of the list (an error or maintenance page?)")
    if size < file.min_bytes:
        raise _Retryable(
            f"the file is implausibly small ({size:,} bytes; a real release is at least {file.min_bytes:,})"
        )


def _download_once(
    client: httpx.Client,
    url: str,
    target: Path,
    file: SourceFile,
    progress: Progress | None,
    task_id: int | None,
) -> DownloadedFile:
    digest = hashlib.sha256()
    size = 0
    partial = target.with_name(target.name + ".part")
    try:
        with client.stream("GET", url) as response:
            if response.status_code in RETRY_STATUSES:
                raise _Retryable(f"HTTP {response.status_code} {response.reason_phrase}")
            if response.status_code >= 400:
                raise FetchError(f"HTTP {response.status_code} {response.reason_phrase}")
            declared = response.headers.get("content-length")
            total = int(declared) if declared and declared.isdigit() else None
            if total is not None and total > file.max_bytes:
                raise FetchError(f"the file is too large ({total:,} bytes; the cap is {file.max_bytes:,})")
            if progress is not None and task_id is not None:
                progress.reset(task_id, total=total)
            with partial.open("wb") as out:
                for chunk in response.iter_bytes(_CHUNK):
                    size += len(chunk)
                    if size > file.max_bytes:
                        raise FetchError(f"the file is too large (over the cap of {file.max_bytes:,} bytes)")
                    digest.update(chunk)
                    out.write(chunk)
                    if progress is not None and task_id is not None:
                        progress.advance(task_id, len(chunk))
            encoded = response.headers.get("content-encoding", "identity").lower() not in ("", "identity")
            if total is not None and not encoded and response.num_bytes_downloaded != total:
                raise _Retryable(f"truncated transfer ({response.num_bytes_downloaded:,} of {total:,} bytes)")
    except httpx.TransportError as exc:
        partial.unlink(missing_ok=True)
        raise _Retryable(_describe_transport_error(exc, url)) from exc
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    try:
        _check_head(partial, file, size)
    except FetchError:
        partial.unlink(missing_ok=True)
        raise
    partial.replace(target)
    return DownloadedFile(name=file.name, url=url, path=target, size=size, sha256=digest.hexdigest())


def download_file(
    client: httpx.Client,
    url: str,
    target: Path,
    file: SourceFile,
    *,
    retries: int = 3,
    backoff: float = 1.0,
    progress: Progress | None = None,
    label: str | None = None,
) -> DownloadedFile:
    """Download one file with retries and exponential backoff; raises FetchError naming the URL."""
    task_id = progress.add_task(label or file.name, total=None) if progress is not None else None
    attempt = 0
    try:
        while True:
            try:
                return _download_once(client, url, target, file, progress, task_id)
            except _Retryable as exc:
                if attempt >= retries:
                    tries = f" after {attempt + 1} tries" if attempt else ""
                    raise FetchError(f"{url}: {exc}{tries}") from exc
            except FetchError as exc:
                raise FetchError(f"{url}: {exc}") from exc
            time.sleep(min(backoff * (2**attempt), 30.0))
            attempt += 1
    finally:
        if progress is not None and task_id is not None:
            progress.remove_task(task_id)


@contextmanager
def _client(timeout: float) -> Iterator[httpx.Client]:
    # connect/read/write/pool each bounded: a server that trickles or stalls fails in `timeout` s.
    with httpx.Client(
        timeout=httpx.Timeout(timeout),
        follow_redirects=True,
        headers={"User-Agent": USER_AGENT},
    ) as client:
        yield client


def download_source(
    source: OfficialSource,
    folder: Path,
    *,
    base_url: str | None = None,
    url_map: dict[str, str] | None = None,
    timeout: float = 60.0,
    retries: int = 3,
    backoff: float = 1.0,
    progress: Progress | None = None,
    client: httpx.Client | None = None,
) -> Download:
    """Download every file of a source into ``folder`` and check each; raises FetchError."""
    urls = resolve_urls(source, base_url=base_url, url_map=url_map)
    download = Download(source=source, folder=folder)
    with nullcontext(client) if client is not None else _client(timeout) as http:
        for file in source.files:
            url = urls[file.name]
            try:
                got = download_file(
                    http,
                    url,
                    folder / file.name,
                    file,
                    retries=retries,
                    backoff=backoff,
                    progress=progress,
                    label=f"{source.name}/{file.name}",
                )
            except FetchError as exc:
                if file.required:
                    raise
                download.skipped.append(f"optional file {file.name} not downloaded: {exc}")
                continue
            download.files.append(got)
    return download


def update_source(
    store: Store,
    source: OfficialSource,
    *,
    base_url: str | None = None,
    url_map: dict[str, str] | None = None,
    timeout: float = 60.0,
    retries: int = 3,
    backoff: float = 1.0,
    progress: Progress | None = None,
    allow_shrink: bool = False,
    min_ratio: float = DEFAULT_MIN_RATIO,
) -> Snapshot:
    """Download a source, read it and load it as a new snapshot, atomically.

    Any failure (network, HTTP, size, content, reader, implausible shrink) raises an
    :class:`~embargo.errors.EmbargoError` naming the source and leaves the store as it was.
    """
    with tempfile.TemporaryDirectory(prefix=f"embargo-{source.name}-") as tmp:
        try:
            download = download_source(
                source,
                Path(tmp),
                base_url=base_url,
                url_map=url_map,
                timeout=timeout,
                retries=retries,
                backoff=backoff,
                progress=progress,
            )
        except FetchError as exc:
            raise FetchError(f"{source.name}: {exc}; the store is unchanged") from exc
        urls = {f.name: f.url for f in download.files}
        path = download.list_path
        try:
            if not reader(source.format).detect(path):
                raise FetchError(
                    f"{source.name}: {', '.join(urls.values())}: the download is not a {source.format} list;"
                    " the store is unchanged"
                )
            parsed = read_list(path, source.format, source=source.name)
            entities = list(parsed.entities)
        except ListFormatError as exc:
            url = urls.get(Path(exc.path).name, ", ".join(urls.values()))
            where = f" ({exc.location})" if exc.location else ""
            raise FetchError(f"{source.name}: {url}{where}: {exc.message}; the store is unchanged") from exc
        current = store.current_snapshot(source.name)
        if current is not None and not allow_shrink and len(entities) < current.entity_count * min_ratio:
            raise FetchError(
                f"{source.name}: the download holds {len(entities):,} entities against"
                f" {current.entity_count:,} in the current snapshot; refusing an implausible shrink"
                " (use --allow-shrink if the list really shrank)"
            )
        parsed.entities = entities
        parsed.notes.extend(download.skipped)
        origin = ", ".join(urls.values())
        return store.load(parsed, origin=origin, checksums=download.checksums)
