"""`embargo lists update` against a real HTTP server on 127.0.0.1 serving the real list files.

The server plays the official publishers, including their bad days: empty bodies, HTML
error pages, 404/500 answers, cut-off transfers, truncated files and stalls. Every
failure must be one clear line, exit code 1, and leave the last good snapshot current.
"""

from __future__ import annotations

import hashlib
import shutil
import socket
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx
import pytest

from embargo.cli import app
from embargo.cli.common import run_safely
from embargo.errors import FetchError
from embargo.fetch import download_file
from embargo.sources_catalog import SOURCES, SourceFile, resolve_urls
from embargo.store import Store


@dataclass
class Reply:
    """One canned answer: status, body, and how to misbehave."""

    status: int = 200
    body: bytes = b""
    delay: float = 0.0
    #: Declare the full length but send only this many bytes, then close (a cut-off transfer).
    cut_at: int | None = None
    content_type: str = "application/octet-stream"


@dataclass
class FakePublisher:
    """Routes path -> replies; each request takes the next reply, the last one repeats."""

    routes: dict[str, list[Reply]] = field(default_factory=dict)
    hits: dict[str, int] = field(default_factory=dict)
    base_url: str = ""

    def serve(self, path: str, *replies: Reply) -> None:
        self.routes[path] = list(replies)
        self.hits[path] = 0

    def serve_folder(self, source: str, folder: Path, names: dict[str, str] | None = None) -> None:
        """Serve the files of a real list folder under /{source}/{file name}."""
        names = names or {}
        for file in SOURCES[source].files:
            local = folder / names.get(file.name, file.name)
            if local.is_file():
                self.serve(f"/{source}/{file.name}", Reply(body=local.read_bytes()))
            else:
                self.serve(f"/{source}/{file.name}", Reply(status=404, body=b"not found"))

    def next_reply(self, path: str) -> Reply:
        replies = self.routes.get(path)
        if not replies:
            return Reply(status=404, body=b"no such file")
        count = self.hits[path]
        self.hits[path] = count + 1
        return replies[min(count, len(replies) - 1)]


def _handler(publisher: FakePublisher) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 - the http.server API
            reply = publisher.next_reply(self.path)
            if reply.delay:
                time.sleep(reply.delay)
            try:
                self.send_response(reply.status)
                self.send_header("Content-Type", reply.content_type)
                self.send_header("Content-Length", str(len(reply.body)))
                self.end_headers()
                if reply.cut_at is not None:
                    self.wfile.write(reply.body[: reply.cut_at])
                    self.wfile.flush()
                    self.connection.shutdown(socket.SHUT_RDWR)
                    self.close_connection = True
                    return
                self.wfile.write(reply.body)
            except (BrokenPipeError, ConnectionResetError, OSError):
                self.close_connection = True

        def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - the http.server API
            pass

    return Handler


@pytest.fixture
def publisher() -> Iterator[FakePublisher]:
    """A real HTTP server on 127.0.0.1 with an ephemeral port."""
    pub = FakePublisher()
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(pub))
    server.daemon_threads = True
    server.block_on_close = False
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    pub.base_url = f"http://127.0.0.1:{server.server_address[1]}"
    yield pub
    server.shutdown()
    server.server_close()


@dataclass
class CliResult:
    """What a run of the real CLI entry point printed and returned."""

    exit_code: int
    stdout: str
    stderr: str

    @property
    def output(self) -> str:
        return self.stdout + self.stderr


def run_cli(*args: str) -> CliResult:
    """Run the CLI as the `embargo` script does (run_safely turns EmbargoError into exit 1)."""
    import contextlib
    import io

    out, err = io.StringIO(), io.StringIO()
    code = 0
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            run_safely(app, list(args))
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else 1
    return CliResult(code, out.getvalue(), err.getvalue())


def run_update(base_url: str, *args: str) -> CliResult:
    return run_cli(
        "lists", "update", "--base-url", base_url, "--retries", "1", "--backoff", "0", "--timeout", "2", *args
    )


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# -- a good store to damage ---------------------------------------------------------------


@pytest.fixture(scope="module")
def baseline_db(lists_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store holding ofac-cons (the 2021 non-SDN files) loaded through `lists update`, built once."""
    home = tmp_path_factory.mktemp("baseline-home")
    pub = FakePublisher()
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(pub))
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        pub.serve_folder("ofac-cons", lists_dir / "ofac-non-sdn-2021")
        mp = pytest.MonkeyPatch()
        mp.setenv("EMBARGO_HOME", str(home))
        try:
            result = run_update(f"http://127.0.0.1:{server.server_address[1]}", "ofac-cons")
        finally:
            mp.undo()
        assert result.exit_code == 0, result.output
    finally:
        server.shutdown()
        server.server_close()
    store = Store.open(home / "embargo.db")
    store.db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.db.close()
    return home / "embargo.db"


@pytest.fixture
def good_store(baseline_db: Path, embargo_home: Path) -> Store:
    """This test's store, a copy of the baseline: one good ofac-cons snapshot."""
    shutil.copy(baseline_db, embargo_home / "embargo.db")
    return Store.open(embargo_home / "embargo.db")


def assert_untouched(store: Store, before: object) -> None:
    current = store.current_snapshot("ofac-cons")
    assert current is not None
    assert current.id == before.id
    assert current.entity_count == before.entity_count
    assert len(store.snapshots("ofac-cons")) == 1
    assert store.db.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def assert_one_line_error(result: CliResult, *needles: str) -> None:
    assert result.exit_code == 1, result.output
    err = result.stderr.strip()
    assert err.startswith("error: ofac-cons:"), err
    assert "\n" not in err, err
    assert "Traceback" not in result.output
    for needle in needles:
        assert needle in err, err


# -- success ------------------------------------------------------------------------------


def test_update_downloads_checks_and_loads(publisher: FakePublisher, lists_dir: Path) -> None:
    folder = lists_dir / "ofac-sdn-2023"
    publisher.serve_folder("ofac-sdn", folder)
    result = run_update(publisher.base_url, "ofac-sdn", "--json")
    assert result.exit_code == 0, result.output
    store = Store.open()
    snap = store.current_snapshot("ofac-sdn")
    assert snap is not None and snap.entity_count == 11443
    # The checksums recorded are those of the files served; the origin names the URLs.
    assert snap.checksums == {name: sha256(folder / name) for name in ("sdn.csv", "alt.csv", "add.csv")}
    assert f"{publisher.base_url}/ofac-sdn/sdn.csv" in snap.origin
    # The optional comments file was missing (404, retried once) without failing the update.
    assert publisher.hits["/ofac-sdn/sdn_comments.csv"] == 2
    assert any("sdn_comments.csv not downloaded" in note for note in snap.notes)


def test_update_again_with_same_content_keeps_one_snapshot(
    publisher: FakePublisher, lists_dir: Path, good_store: Store
) -> None:
    publisher.serve_folder("ofac-cons", lists_dir / "ofac-non-sdn-2021")
    before = good_store.current_snapshot("ofac-cons")
    result = run_update(publisher.base_url, "ofac-cons", "--json")
    assert result.exit_code == 0, result.output
    assert_untouched(good_store, before)
    assert '"unchanged": true' in result.output


CONS = "/ofac-cons/cons_prim.csv"


def test_500_then_success_is_retried(publisher: FakePublisher, lists_dir: Path, good_store: Store) -> None:
    folder = lists_dir / "ofac-non-sdn-2021"
    publisher.serve_folder("ofac-cons", folder)
    body = (folder / "cons_prim.csv").read_bytes()
    publisher.serve(CONS, Reply(status=500, body=b"oops"), Reply(status=503, body=b"busy"), Reply(body=body))
    result = run_update(publisher.base_url, "ofac-cons", "--retries", "2")
    assert result.exit_code == 0, result.output
    assert publisher.hits[CONS] == 3


def test_404_then_success_is_retried(publisher: FakePublisher, lists_dir: Path, good_store: Store) -> None:
    folder = lists_dir / "ofac-non-sdn-2021"
    publisher.serve_folder("ofac-cons", folder)
    publisher.serve(
        "/ofac-cons/cons_alt.csv",
        Reply(status=404, body=b"not yet"),
        Reply(body=(folder / "cons_alt.csv").read_bytes()),
    )
    result = run_update(publisher.base_url, "ofac-cons")
    assert result.exit_code == 0, result.output
    assert publisher.hits["/ofac-cons/cons_alt.csv"] == 2


# -- failures: one line, exit 1, last good snapshot untouched -------------------------------


def _failing(publisher: FakePublisher, lists_dir: Path, good_store: Store, *replies: Reply) -> CliResult:
    publisher.serve_folder("ofac-cons", lists_dir / "ofac-non-sdn-2021")
    publisher.serve(CONS, *replies)
    before = good_store.current_snapshot("ofac-cons")
    result = run_update(publisher.base_url, "ofac-cons")
    assert_untouched(good_store, before)
    return result


@pytest.fixture(scope="module")
def cons_prim(lists_dir: Path) -> bytes:
    return (lists_dir / "ofac-non-sdn-2021" / "cons_prim.csv").read_bytes()


def test_empty_download(publisher: FakePublisher, lists_dir: Path, good_store: Store) -> None:
    result = _failing(publisher, lists_dir, good_store, Reply(body=b""))
    assert_one_line_error(result, "cons_prim.csv", "empty file (0 bytes)", "the store is unchanged")


def test_html_error_page(publisher: FakePublisher, lists_dir: Path, good_store: Store) -> None:
    page = (
        b"<!DOCTYPE html><html><head><title>Maintenance</title></head><body>"
        + b"x" * 300_000
        + b"</body></html>"
    )
    result = _failing(publisher, lists_dir, good_store, Reply(body=page, content_type="text/html"))
    assert_one_line_error(result, "HTML page")


def test_server_error_every_time(publisher: FakePublisher, lists_dir: Path, good_store: Store) -> None:
    result = _failing(publisher, lists_dir, good_store, Reply(status=500, body=b"oops"))
    assert_one_line_error(result, "HTTP 500", "after 2 tries")
    assert publisher.hits[CONS] == 2


def test_forbidden_is_not_retried(publisher: FakePublisher, lists_dir: Path, good_store: Store) -> None:
    result = _failing(publisher, lists_dir, good_store, Reply(status=403, body=b"no"))
    assert_one_line_error(result, "HTTP 403")
    assert publisher.hits[CONS] == 1


def test_cut_off_transfer(
    publisher: FakePublisher, lists_dir: Path, good_store: Store, cons_prim: bytes
) -> None:
    result = _failing(publisher, lists_dir, good_store, Reply(body=cons_prim, cut_at=len(cons_prim) // 2))
    assert_one_line_error(result, "truncated")


def test_truncated_file(
    publisher: FakePublisher, lists_dir: Path, good_store: Store, cons_prim: bytes
) -> None:
    """A complete transfer of a file cut in the middle of a record: the reader refuses it."""
    cut = cons_prim.index(b',"', len(cons_prim) * 3 // 4) + 5  # inside a quoted field
    result = _failing(publisher, lists_dir, good_store, Reply(body=cons_prim[:cut]))
    assert_one_line_error(result, f"{publisher.base_url}/ofac-cons/cons_prim.csv")


def test_file_cut_at_a_record_boundary_is_an_implausible_shrink(
    publisher: FakePublisher, lists_dir: Path, good_store: Store, cons_prim: bytes
) -> None:
    cut = cons_prim.index(b"\n", len(cons_prim) // 4) + 1
    result = _failing(publisher, lists_dir, good_store, Reply(body=cons_prim[:cut]))
    assert_one_line_error(result, "implausible shrink", "--allow-shrink")


def test_implausibly_small_file(
    publisher: FakePublisher, lists_dir: Path, good_store: Store, cons_prim: bytes
) -> None:
    result = _failing(
        publisher, lists_dir, good_store, Reply(body=cons_prim[: cons_prim.index(b"\n", 2000) + 1])
    )
    assert_one_line_error(result, "implausibly small")


def test_slow_server_times_out(publisher: FakePublisher, lists_dir: Path, good_store: Store) -> None:
    result = _failing(publisher, lists_dir, good_store, Reply(body=b"late", delay=4.0))
    assert_one_line_error(result, "no answer from 127.0.0.1 in time")


def test_unreachable_network(good_store: Store) -> None:
    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    before = good_store.current_snapshot("ofac-cons")
    result = run_update(f"http://127.0.0.1:{port}", "ofac-cons")
    assert_untouched(good_store, before)
    assert_one_line_error(result, "cannot connect to 127.0.0.1", "network")


def test_un_xml_html_page_and_truncated_xml(publisher: FakePublisher, lists_dir: Path) -> None:
    xml = (lists_dir / "un" / "consolidated.xml").read_bytes()
    path = "/un-sc/consolidated.xml"
    publisher.serve(path, Reply(body=xml, content_type="application/xml"))
    assert run_update(publisher.base_url, "un-sc").exit_code == 0
    store = Store.open()
    good = store.current_snapshot("un-sc")
    assert good is not None and good.entity_count == 1003

    page = b"<html><head><title>404 Not Found</title></head><body>" + b" " * 300_000 + b"</body></html>"
    publisher.serve(path, Reply(body=page, content_type="text/html"))
    result = run_update(publisher.base_url, "un-sc")
    assert result.exit_code == 1 and "HTML page" in result.stderr and "\n" not in result.stderr.strip()

    publisher.serve(path, Reply(body=xml[: len(xml) * 3 // 5], content_type="application/xml"))
    result = run_update(publisher.base_url, "un-sc")
    assert result.exit_code == 1
    err = result.stderr.strip()
    assert err.startswith(f"error: un-sc: {publisher.base_url}{path} (") and "\n" not in err, err

    assert [s.id for s in store.snapshots("un-sc")] == [good.id]
    assert sum(1 for _ in store.iter_entities()) == 1003


def test_unknown_source_is_a_clear_error(publisher: FakePublisher) -> None:
    result = run_update(publisher.base_url, "no-such-list")
    assert result.exit_code == 1
    assert "unknown source 'no-such-list'" in result.stderr


def test_one_failed_source_does_not_stop_the_others(
    publisher: FakePublisher, lists_dir: Path, good_store: Store
) -> None:
    publisher.serve_folder("ofac-cons", lists_dir / "ofac-non-sdn-2021")
    publisher.serve(CONS, Reply(body=b""))
    publisher.serve_folder("bis-dpl", lists_dir / "bis-dpl")
    result = run_update(publisher.base_url, "ofac-cons", "bis-dpl", "--json")
    assert result.exit_code == 1
    assert good_store.current_snapshot("bis-dpl") is not None
    assert len(good_store.snapshots("ofac-cons")) == 1


# -- the download function itself ---------------------------------------------------------


def _download(
    publisher: FakePublisher, tmp_path: Path, file: SourceFile, **kwargs: object
) -> Callable[[], object]:
    def go() -> object:
        with httpx.Client(timeout=2.0) as client:
            return download_file(
                client, f"{publisher.base_url}/x/{file.name}", tmp_path / file.name, file, backoff=0, **kwargs
            )

    return go


def test_download_over_the_cap_is_refused(publisher: FakePublisher, tmp_path: Path) -> None:
    publisher.serve("/x/big.xml", Reply(body=b"<a>" + b"x" * 5000 + b"</a>"))
    with pytest.raises(FetchError, match="too large"):
        _download(publisher, tmp_path, SourceFile("big.xml", "", min_bytes=1, max_bytes=1000))()
    assert not list(tmp_path.iterdir())  # no partial file left behind


def test_download_of_an_html_page_leaves_nothing(publisher: FakePublisher, tmp_path: Path) -> None:
    publisher.serve("/x/list.xml", Reply(body=b"<!doctype html><html><body>Not found</body></html>"))
    with pytest.raises(FetchError, match="HTML page.*after 3 tries"):
        _download(publisher, tmp_path, SourceFile("list.xml", "", min_bytes=1), retries=2)()
    assert not list(tmp_path.iterdir())
    assert publisher.hits["/x/list.xml"] == 3


def test_download_records_size_and_sha256(publisher: FakePublisher, tmp_path: Path) -> None:
    body = b"<list>" + b"y" * 4000 + b"</list>"
    publisher.serve("/x/list.xml", Reply(body=body))
    got = _download(publisher, tmp_path, SourceFile("list.xml", "", min_bytes=100))()
    assert got.size == len(body)
    assert got.sha256 == hashlib.sha256(body).hexdigest()
    assert (tmp_path / "list.xml").read_bytes() == body


def test_urls_are_overridable(monkeypatch: pytest.MonkeyPatch) -> None:
    un = SOURCES["un-sc"]
    assert resolve_urls(un)["consolidated.xml"].startswith("https://scsanctions.un.org/")
    monkeypatch.setenv("EMBARGO_SOURCE_BASE_URL", "http://mirror.example/lists/")
    assert resolve_urls(un) == {"consolidated.xml": "http://mirror.example/lists/un-sc/consolidated.xml"}
    assert resolve_urls(un, url_map={"un-sc": "http://other/un.xml"}) == {
        "consolidated.xml": "http://other/un.xml"
    }


def test_catalog_is_sane() -> None:
    from embargo.sources import READERS, reader

    for source in SOURCES.values():
        assert source.format in READERS
        # Stored under the same name as the reader gives a file of that list loaded by hand.
        module = reader(source.format)
        assert source.name in {module.DEFAULT_SOURCE, getattr(module, "CONSOLIDATED_SOURCE", None)}
        assert source.files and all(f.url.startswith("https://") for f in source.files)
        assert all(0 < f.min_bytes < f.max_bytes for f in source.files)
