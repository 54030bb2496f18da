"""Fetch into the raw folder, then ingest the WARC archive: URL, fetch time and HTTP charset flow
through to the sources."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline.cli import main

from conftest import FIXTURES, RAW, read_jsonl

PAGES = {
    "/bilingual": (next(RAW.glob("004_*")).read_bytes(), "text/plain; charset=utf-8"),
    "/report": (
        (FIXTURES / "digests" / "ja_report.md").read_text(encoding="utf-8").encode("shift_jis"),
        "text/plain; charset=Shift_JIS",
    ),
}


class Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        if self.path == "/robots.txt":
            body, kind = b"User-agent: *\nAllow: /\n", "text/plain"
        elif self.path in PAGES:
            body, kind = PAGES[self.path]
        else:
            self.send_error(404)
            return
        self.send_response(200)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def site() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_fetched_pages_are_ingested_from_the_archive_with_url_fetch_time_and_charset(
    site: str, tmp_path: Path
) -> None:
    raw = tmp_path / "raw"
    runner = CliRunner()
    fetched = runner.invoke(
        main,
        [
            "fetch",
            f"{site}/bilingual",
            f"{site}/report",
            "--raw",
            str(raw),
            "--allow-private",
            "--delay",
            "0",
        ],
    )
    assert fetched.exit_code == 0, fetched.output
    summary = json.loads(fetched.stdout.strip().splitlines()[-1])
    assert summary["outcomes"] == {"fetched": 2} and summary["records"] == 2
    ingested = runner.invoke(
        main, ["ingest", str(raw), "--db", str(tmp_path / "n.db"), "--out", str(tmp_path)]
    )
    assert ingested.exit_code == 0, ingested.output
    sources = {s["url"]: s for a in read_jsonl(tmp_path / "articles.jsonl") for s in a["sources"]}
    assert set(sources) == {f"{site}/bilingual", f"{site}/report"}
    report = sources[f"{site}/report"]
    assert report["encoding"] == "shift_jis" and report["fetched_at"].endswith("Z")
    assert report["path"].startswith("warc/") and "#" in report["path"]
    article = next(
        a for a in read_jsonl(tmp_path / "articles.jsonl") if a["sources"][0]["url"] == f"{site}/report"
    )
    assert "全路線対応: 4 月 1 日から全 42 路線で利用可能" in [k["text"] for k in article["key_points"]]


def test_fetch_without_urls_is_a_usage_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["fetch", "--raw", str(tmp_path)])
    assert result.exit_code == 2 and "give URLs or --urls FILE" in result.output
