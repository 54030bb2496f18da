"""The fetcher against a real HTTP server started on 127.0.0.1 inside the test run.

Nothing here leaves the machine: the server listens on 127.0.0.1 (port 0), every other host name
is answered by a test resolver, and addresses such as 169.254.169.254 are only ever judged by the
guard, which refuses them before any socket is opened.
"""

from __future__ import annotations

import email.utils
import gzip
import itertools
import re
import socket
import threading
import time
import tracemalloc
import urllib.robotparser
import zlib
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from protego import Protego
from warcio.archiveiterator import ArchiveIterator

from pipeline import rawstore, warc
from pipeline.fetch import (
    DEFAULT_USER_AGENT,
    FetchConfig,
    FetchReport,
    address_refusal,
    fetch,
    load_url_list,
    normalize_url,
    parse_retry_after,
)

ROBOTS = "User-agent: *\nDisallow: /private/\nDisallow: /*.pdf$\n"
UTF8_PAGE = "<html><head><title>Café 東京</title></head><body><p>Ünïcödé news</p></body></html>"
SJIS_PAGE = "<html><head><title>日本語のニュース</title></head><body><p>東京で会議</p></body></html>"
LAST_MODIFIED = "Wed, 01 May 2024 10:00:00 GMT"
BOMB_SIZE = 200 * 1024 * 1024


def _make_bomb() -> bytes:
    compressor = zlib.compressobj(6, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    zeros = bytes(1024 * 1024)
    parts = [compressor.compress(zeros) for _ in range(BOMB_SIZE // len(zeros))]
    parts.append(compressor.flush())
    return b"".join(parts)


_BOMB: list[bytes] = []


def bomb() -> bytes:
    if not _BOMB:
        _BOMB.append(_make_bomb())
    return _BOMB[0]


class Server(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(
        self, robots_status: int = 200, robots_text: str = ROBOTS, robots_location: str = ""
    ) -> None:
        super().__init__(("127.0.0.1", 0), Handler)
        self.robots_status = robots_status
        self.robots_text = robots_text
        self.robots_location = robots_location
        self.lock = threading.Lock()
        self.hits: list[tuple[float, str, dict[str, str]]] = []
        self.active = 0
        self.max_active = 0

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # clients hang up on purpose here (caps, timeouts)

    def paths(self) -> list[str]:
        with self.lock:
            return [path for _, path, _ in self.hits]

    def hits_of(self, path: str) -> list[tuple[float, str, dict[str, str]]]:
        with self.lock:
            return [hit for hit in self.hits if hit[1] == path]


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: Server

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def send(
        self,
        status: int,
        body: bytes = b"",
        content_type: str | None = "text/html; charset=utf-8",
        **headers: str,
    ) -> None:
        self.send_response(status)
        if content_type:
            self.send_header("Content-Type", content_type)
        for name, value in headers.items():
            self.send_header(name.replace("_", "-"), value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:
        srv = self.server
        path = self.path
        with srv.lock:
            srv.hits.append((time.monotonic(), path, {k.lower(): v for k, v in self.headers.items()}))
            seen = sum(1 for _, p, _ in srv.hits if p == path)
        if path == "/robots.txt":
            extra = {"Location": srv.robots_location} if srv.robots_location else {}
            self.send(srv.robots_status, srv.robots_text.encode(), "text/plain", **extra)
        elif path == "/utf8":
            self.send(200, UTF8_PAGE.encode("utf-8"), "text/html; charset=UTF-8")
        elif path == "/sjis":
            self.send(200, SJIS_PAGE.encode("shift_jis"), 'text/html; charset="Shift_JIS"')
        elif path == "/gzipped":
            self.send(
                200,
                gzip.compress(b"plain text, gzip on the wire"),
                "text/plain",
                Content_Encoding="gzip",
            )
        elif path.startswith("/flaky/"):
            if seen == 1:
                self.send(429, b"slow down", "text/plain", Retry_After="1")
            else:
                self.send(200, b"<p>finally</p>")
        elif path == "/busy":
            self.send(503, b"come back tomorrow", "text/plain", Retry_After="3600")
        elif path == "/bomb":
            self.send(200, bomb(), "text/html", Content_Encoding="gzip")
        elif path == "/big":
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.send_header("Transfer-Encoding", "chunked")
            self.end_headers()
            chunk = b"x" * 65536
            for _ in range(32):  # 2 MiB, no Content-Length
                self.wfile.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
            self.wfile.write(b"0\r\n\r\n")
        elif path == "/declared-big":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(50_000_000))
            self.end_headers()
            self.wfile.write(b"<html>")
            self.close_connection = True
        elif path == "/meta-redirect":
            self.send(302, b"", Location="http://169.254.169.254/latest/meta-data/")
        elif path == "/etag":
            if self.headers.get("If-None-Match") == '"v1"':
                self.send(304, content_type=None, ETag='"v1"')
            else:
                self.send(200, b"<p>tagged</p>", ETag='"v1"')
        elif path == "/lastmod":
            if self.headers.get("If-Modified-Since") == LAST_MODIFIED:
                self.send(304, content_type=None)
            else:
                self.send(200, b"<p>dated</p>", Last_Modified=LAST_MODIFIED)
        elif path == "/slow":
            time.sleep(3.0)
            self.send(200, b"<p>too late</p>")
        elif path == "/image.png":
            self.send(200, b"\x89PNG\r\n\x1a\n" + bytes(100), "image/png")
        elif path == "/loop/a":
            self.send(302, b"", Location="/loop/b")
        elif path == "/loop/b":
            self.send(302, b"", Location="/loop/a")
        elif path == "/old":
            self.send(301, b"moved", Location="/utf8")
        elif path.startswith("/sleepy/"):
            with srv.lock:
                srv.active += 1
                srv.max_active = max(srv.max_active, srv.active)
            time.sleep(0.2)
            with srv.lock:
                srv.active -= 1
            self.send(200, b"rested", "text/plain")
        else:
            self.send(404, b"no such page", "text/plain")


@pytest.fixture
def make_server() -> Iterator[Callable[..., Server]]:
    started: list[Server] = []

    def start(**kwargs: Any) -> Server:
        server = Server(**kwargs)
        thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        thread.start()
        started.append(server)
        return server

    yield start
    for server in started:
        server.shutdown()
        server.server_close()


@pytest.fixture
def server(make_server: Callable[..., Server]) -> Server:
    return make_server()


def config(**overrides: Any) -> FetchConfig:
    """Fast settings for a server on 127.0.0.1 (which only allow_private admits)."""
    values: dict[str, Any] = {
        "allow_private": True,
        "host_delay": 0.0,
        "max_per_host": 4,
        "connect_timeout": 2.0,
        "read_timeout": 2.0,
        "total_timeout": 5.0,
        "retries": 0,
        "backoff_base": 0.05,
    }
    values.update(overrides)
    return FetchConfig(**values)


def outcomes(report: FetchReport) -> dict[str, str]:
    return {r.url: r.outcome for r in report.results}


def warc_files(raw: Path) -> list[Path]:
    return sorted((raw / "warc").glob("*.warc.gz")) if (raw / "warc").is_dir() else []


# --------------------------------------------------------------------------- pages and the archive


def test_pages_are_archived_and_read_back(server: Server, tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    urls = [server.base + p for p in ("/utf8", "/sjis", "/gzipped", "/old")]
    before = time.time()
    report = fetch(urls, raw, config())
    after = time.time()

    assert outcomes(report) == dict.fromkeys(urls, "fetched")
    assert report.results[3].final_url == server.base + "/utf8"
    assert "via 1 redirect" in report.results[3].reason
    assert report.warc_path is not None and report.warc_path.parent == raw / "warc"
    assert re.fullmatch(r"fetch-\d{8}T\d{6}Z-[0-9a-f]{8}\.warc\.gz", report.warc_path.name)
    assert [p.name for p in (raw / "warc").iterdir()] == [report.warc_path.name]  # no .part left
    assert report.records == 5  # four pages and the 301

    errors: list[str] = []
    pages = list(warc.read_responses(report.warc_path, errors=errors))
    assert errors == []
    by_url = {}
    for page in pages:
        by_url.setdefault(page.url, page)
        assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", page.fetched_at)
        stamp = time.mktime(time.strptime(page.fetched_at, "%Y-%m-%dT%H:%M:%SZ")) - time.timezone
        assert before - 1 <= stamp <= after + 1
        assert page.status == 200
    assert sorted(by_url) == sorted(server.base + p for p in ("/utf8", "/sjis", "/gzipped"))
    assert len(pages) == 4  # /utf8 twice (directly and through /old); the 301 is not a page

    utf8 = by_url[server.base + "/utf8"]
    assert utf8.http_charset == "utf-8"
    assert utf8.body.decode("utf-8") == UTF8_PAGE
    sjis = by_url[server.base + "/sjis"]
    assert sjis.http_charset == "shift_jis"
    assert sjis.body == SJIS_PAGE.encode("shift_jis")
    text, encoding, method = rawstore.decode(sjis.body, declared=sjis.http_charset)
    assert (text, encoding, method) == (SJIS_PAGE, "shift_jis", "declared")
    plain = by_url[server.base + "/gzipped"]
    assert plain.http_charset is None
    assert plain.body == b"plain text, gzip on the wire"  # Content-Encoding undone on reading

    # The archive holds the response as received, the redirect, and the address connected to.
    with open(report.warc_path, "rb") as fh:
        records = [
            (r.rec_type, r.http_headers.get_statuscode() if r.http_headers else None, r.rec_headers)
            for r in ArchiveIterator(fh)
        ]
    responses = [(status, headers) for kind, status, headers in records if kind == "response"]
    assert sorted(status for status, _ in responses) == ["200", "200", "200", "200", "301"]
    assert {h.get_header("WARC-IP-Address") for _, h in responses} == {"127.0.0.1"}
    assert sum(1 for kind, _, _ in records if kind == "request") == 5


def test_http_error_is_archived_but_not_a_page(server: Server, tmp_path: Path) -> None:
    report = fetch([server.base + "/missing"], tmp_path, config())
    [result] = report.results
    assert (result.outcome, result.status) == ("http_error", 404)
    assert report.warc_path is not None and report.records == 1
    assert list(warc.read_responses(report.warc_path)) == []


def test_bad_urls_are_reported_not_raised(tmp_path: Path) -> None:
    report = fetch(["ftp://example.invalid/x", "no url here", "http://user:pw@example.invalid/"], tmp_path)
    assert [r.outcome for r in report.results] == ["error", "error", "error"]
    assert "scheme" in report.results[0].reason
    assert "credentials" in report.results[2].reason
    assert report.warc_path is None


def test_url_helpers(tmp_path: Path) -> None:
    assert normalize_url(" http://Example.com/a#frag ") == "http://example.com/a"
    listing = tmp_path / "urls.txt"
    listing.write_text("# news\nhttp://a.example/1\n\n  http://b.example/2  \n", encoding="utf-8")
    assert load_url_list(listing) == ["http://a.example/1", "http://b.example/2"]


# --------------------------------------------------------------------------- robots.txt


def test_robots_disallow_is_obeyed_with_wildcards(server: Server, tmp_path: Path) -> None:
    urls = [server.base + "/private/secret", server.base + "/files/report.pdf", server.base + "/utf8"]
    report = fetch(urls, tmp_path, config())
    assert [r.outcome for r in report.results] == ["disallowed_by_robots", "disallowed_by_robots", "fetched"]
    paths = server.paths()
    assert paths.count("/robots.txt") == 1  # once per origin and run
    assert "/private/secret" not in paths and "/files/report.pdf" not in paths

    # Rules for our product token apply to the full User-Agent string we send.
    ours = Protego.parse("User-agent: newsdigest\nDisallow: /x")
    assert not ours.can_fetch("http://h.example/x", DEFAULT_USER_AGENT)

    # Why protego: the standard library's parser reads "/*.pdf$" literally and allows the PDF.
    stdlib = urllib.robotparser.RobotFileParser()
    stdlib.parse(ROBOTS.splitlines())
    assert stdlib.can_fetch("newsdigest", server.base + "/files/report.pdf")


def test_robots_5xx_disallows_and_404_allows(make_server: Callable[..., Server], tmp_path: Path) -> None:
    failing = make_server(robots_status=503, robots_text="busy")
    absent = make_server(robots_status=404, robots_text="not here")
    report = fetch([failing.base + "/utf8", absent.base + "/utf8"], tmp_path, config())
    assert [r.outcome for r in report.results] == ["disallowed_by_robots", "fetched"]
    assert "503" in report.results[0].reason
    assert failing.paths() == ["/robots.txt"]


# --------------------------------------------------------------------------- retries


def test_429_is_retried_after_retry_after(server: Server, tmp_path: Path) -> None:
    report = fetch([server.base + "/flaky/a"], tmp_path, config(retries=2))
    [result] = report.results
    assert (result.outcome, result.attempts) == ("fetched", 2)
    first, second = server.hits_of("/flaky/a")
    assert second[0] - first[0] >= 0.95  # Retry-After: 1
    pages = list(warc.read_responses(report.warc_path))  # type: ignore[arg-type]
    assert [p.body for p in pages] == [b"<p>finally</p>"]  # the 429 is archived, not a page


def test_retry_after_over_the_cap_gives_up(server: Server, tmp_path: Path) -> None:
    report = fetch([server.base + "/busy"], tmp_path, config(retries=3))
    [result] = report.results
    assert (result.outcome, result.status, result.attempts) == ("http_error", 503, 1)
    assert "3600 s is over the 60 s cap" in result.reason


def test_parse_retry_after() -> None:
    now = time.time()
    assert parse_retry_after("7") == 7.0
    assert parse_retry_after(email.utils.formatdate(now + 30, usegmt=True), now=now) == pytest.approx(
        30, abs=1
    )
    assert parse_retry_after(email.utils.formatdate(now - 30, usegmt=True), now=now) == 0.0
    assert parse_retry_after("soon") is None
    assert parse_retry_after(None) is None


# --------------------------------------------------------------------------- size caps


def test_gzip_bomb_is_stopped_at_the_cap(server: Server, tmp_path: Path) -> None:
    bomb()  # built before measuring
    cap = 1024 * 1024
    tracemalloc.start()
    try:
        report = fetch([server.base + "/bomb"], tmp_path, config(max_bytes=cap))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    [result] = report.results
    assert result.outcome == "too_large"
    assert "gzip-decoded body is over the cap of 1048576 bytes" in result.reason
    assert peak < 8 * cap, peak  # the bomb inflates to 200 MiB
    assert report.warc_path is None  # nothing archived


def test_raw_cap_with_and_without_content_length(server: Server, tmp_path: Path) -> None:
    report = fetch(
        [server.base + "/big", server.base + "/declared-big"], tmp_path, config(max_bytes=1024 * 1024)
    )
    assert [r.outcome for r in report.results] == ["too_large", "too_large"]
    assert "raw body is over the cap" in report.results[0].reason
    assert "Content-Length 50000000" in report.results[1].reason


def test_wrong_content_type_is_refused(server: Server, tmp_path: Path) -> None:
    report = fetch([server.base + "/image.png"], tmp_path, config())
    [result] = report.results
    assert result.outcome == "bad_content_type"
    assert "image/png" in result.reason
    assert report.warc_path is None


# --------------------------------------------------------------------------- SSRF guard and redirects


@pytest.fixture
def connects(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every address a socket is opened to (httpcore connects through socket.create_connection)."""
    seen: list[str] = []
    real = socket.create_connection

    def spy(address: tuple[str, int], *args: Any, **kwargs: Any) -> socket.socket:
        seen.append(address[0])
        return real(address, *args, **kwargs)

    monkeypatch.setattr(socket, "create_connection", spy)
    return seen


def test_redirect_to_metadata_address_is_refused(server: Server, tmp_path: Path, connects: list[str]) -> None:
    # allow_private admits the 127.0.0.1 server; link-local metadata stays refused regardless.
    report = fetch(
        [server.base + "/meta-redirect", "http://169.254.169.254/latest/meta-data/"], tmp_path, config()
    )
    assert [r.outcome for r in report.results] == ["refused_address", "refused_address"]
    assert "169.254.169.254" in report.results[0].reason
    assert report.results[0].final_url == "http://169.254.169.254/latest/meta-data/"
    assert connects and set(connects) == {"127.0.0.1"}  # refused before any socket was opened


def test_robots_redirect_to_metadata_is_refused(
    make_server: Callable[..., Server], tmp_path: Path, connects: list[str]
) -> None:
    tricky = make_server(robots_status=302, robots_location="http://169.254.169.254/robots.txt")
    report = fetch([tricky.base + "/utf8"], tmp_path, config())
    [result] = report.results
    assert result.outcome == "disallowed_by_robots"
    assert "refused address" in result.reason
    assert tricky.paths() == ["/robots.txt"]
    assert set(connects) == {"127.0.0.1"}


def test_loopback_is_refused_without_allow_private(
    server: Server, tmp_path: Path, connects: list[str]
) -> None:
    port = server.server_address[1]
    report = fetch(
        [server.base + "/utf8", f"http://localhost:{port}/utf8"], tmp_path, config(allow_private=False)
    )
    assert [r.outcome for r in report.results] == ["refused_address", "refused_address"]
    assert "loopback" in report.results[0].reason
    assert "localhost resolves to" in report.results[1].reason  # judged after DNS resolution
    assert server.paths() == []
    assert connects == []


def test_connection_goes_to_the_checked_address(server: Server, tmp_path: Path) -> None:
    port = server.server_address[1]
    asked: list[str] = []

    def resolver(host: str, _port: int) -> list[str]:
        asked.append(host)
        return {"news.example": ["127.0.0.1"], "mixed.example": ["127.0.0.1", "169.254.169.254"]}[host]

    urls = [f"http://news.example:{port}/utf8", f"http://mixed.example:{port}/utf8"]
    report = fetch(urls, tmp_path, config(), resolver=resolver)
    assert [r.outcome for r in report.results] == ["fetched", "refused_address"]
    assert {h[2]["host"] for h in server.hits_of("/utf8")} == {f"news.example:{port}"}
    assert set(asked) == {"news.example", "mixed.example"}


@pytest.mark.parametrize(
    ("address", "refused", "refused_even_if_private_allowed"),
    [
        ("169.254.169.254", True, True),
        ("::ffff:169.254.169.254", True, True),
        ("2002:a9fe:a9fe::1", True, True),
        ("64:ff9b::a9fe:a9fe", True, True),
        ("fd00:ec2::254", True, True),
        ("100.100.100.200", True, True),
        ("fe80::1%eth0", True, True),
        ("224.0.0.1", True, True),
        ("0.0.0.0", True, True),
        ("127.0.0.1", True, False),
        ("::1", True, False),
        ("10.1.2.3", True, False),
        ("192.168.0.10", True, False),
        ("fc00::5", True, False),
        ("93.184.215.14", False, False),
        ("2606:4700::6810:84e5", False, False),
    ],
)
def test_address_refusal(address: str, refused: bool, refused_even_if_private_allowed: bool) -> None:
    assert (address_refusal(address) is not None) is refused
    assert (address_refusal(address, allow_private=True) is not None) is refused_even_if_private_allowed


def test_redirect_loop_hits_the_limit(server: Server, tmp_path: Path) -> None:
    report = fetch([server.base + "/loop/a"], tmp_path, config(max_redirects=5))
    [result] = report.results
    assert result.outcome == "too_many_redirects"
    assert len([p for p in server.paths() if p.startswith("/loop/")]) == 6


# --------------------------------------------------------------------------- conditional re-fetch


def test_refetch_answered_304_adds_no_record(server: Server, tmp_path: Path) -> None:
    urls = [server.base + "/etag", server.base + "/lastmod"]
    first = fetch(urls, tmp_path, config())
    assert [r.outcome for r in first.results] == ["fetched", "fetched"]
    assert len(warc_files(tmp_path)) == 1
    assert (tmp_path / ".newsdigest" / "fetch-state.sqlite").is_file()
    assert [f.path for f in rawstore.scan(tmp_path)] == [f"warc/{first.warc_path.name}"]  # type: ignore[union-attr]

    second = fetch(urls, tmp_path, config())
    assert [r.outcome for r in second.results] == ["not_modified", "not_modified"]
    assert second.warc_path is None and second.records == 0
    assert len(warc_files(tmp_path)) == 1
    assert server.hits_of("/etag")[-1][2]["if-none-match"] == '"v1"'
    assert server.hits_of("/lastmod")[-1][2]["if-modified-since"] == LAST_MODIFIED

    # Without the archive that held the copy, validators are not sent: the page is fetched again.
    first.warc_path.unlink()  # type: ignore[union-attr]
    third = fetch(urls, tmp_path, config())
    assert [r.outcome for r in third.results] == ["fetched", "fetched"]
    assert "if-none-match" not in server.hits_of("/etag")[-1][2]


# --------------------------------------------------------------------------- timeouts and politeness


def test_slow_server_times_out(server: Server, tmp_path: Path) -> None:
    started = time.monotonic()
    report = fetch([server.base + "/slow"], tmp_path, config(read_timeout=0.5))
    elapsed = time.monotonic() - started
    [result] = report.results
    assert result.outcome == "timeout"
    assert "read timeout" in result.reason
    # the server answers after 3 s; the bound leaves room for a loaded machine's slowness
    assert elapsed < 2.5


def test_per_host_concurrency_is_bounded(server: Server, tmp_path: Path) -> None:
    urls = [f"{server.base}/sleepy/{i}" for i in range(6)]
    report = fetch(urls, tmp_path, config(max_concurrency=6, max_per_host=2))
    assert all(r.outcome == "fetched" for r in report.results)
    assert server.max_active == 2


def test_per_host_delay_spaces_requests(server: Server, tmp_path: Path) -> None:
    urls = [f"{server.base}/sleepy/d{i}" for i in range(3)]
    report = fetch(urls, tmp_path, config(host_delay=0.3, max_concurrency=3, max_per_host=3))
    assert all(r.outcome == "fetched" for r in report.results)
    arrivals = sorted(t for t, _, _ in server.hits)  # robots.txt counts: it is a request to the host too
    assert len(arrivals) == 4
    # Starts are 0.3 s apart at the client; arrivals at the server jitter by connection set-up.
    assert min(b - a for a, b in itertools.pairwise(arrivals)) >= 0.2
    assert arrivals[-1] - arrivals[0] >= 0.85
