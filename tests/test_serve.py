"""`make serve`: Datasette over an ingested database, checked over HTTP and in a real browser.

One database is built per module by ingesting the shipped raw pages (plus an empty file, which is
rejected, so the rejects query has a row) into a temporary folder, and one Datasette server runs on a
free port of 127.0.0.1 for the module, started with the same command line as ``make serve``
(:func:`pipeline.serve.datasette_command`), polled until ready with a deadline and always stopped.

The browser test drives Debian's chromium headless through Debian's chromedriver (Selenium with
explicit paths, so nothing is downloaded), checks the article page's aligned table and saves a
screenshot to ``tests/artifacts/article.png``. Without chromium, chromedriver, selenium or a CJK
font it skips, except when ``CI`` is set, where it fails.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import socket
import sqlite3
import subprocess
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode

import pytest
import yaml

from pipeline.ingest import ingest
from pipeline.models import Article
from pipeline.serve import METADATA, PLUGINS_DIR, datasette_args, datasette_command, render
from pipeline.serve.sqlfunctions import nd_fts_query, nd_snippet
from pipeline.store import segment

ROOT = Path(__file__).resolve().parent.parent
RAW = ROOT / "raw"
ARTIFACTS = Path(__file__).resolve().parent / "artifacts"
SEED_URL = "https://openai.com/index/next-phase-of-microsoft-partnership/"
CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
READY_TIMEOUT = 60.0
HTTP_TIMEOUT = 30.0
JUNK_NAME = "zz_empty.txt"  # rejected: "empty file"

CANNED = {
    "articles_by_language_coverage": {},
    "conflicts_between_sources": {},
    "rejects_of_last_run": {},
    "aligned_key_points": {"article": SEED_URL},
    "search": {"q": "微软"},
}


# --------------------------------------------------------------------------- fixtures


@pytest.fixture(scope="module")
def news_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seeds plus one empty file (a reject), ingested into ``news.db`` (so the database is ``news``)."""
    base = tmp_path_factory.mktemp("serve")
    raw = base / "raw"
    shutil.copytree(RAW, raw)
    (raw / JUNK_NAME).write_bytes(b"")
    db_path = base / "normalized" / "news.db"
    result = ingest(raw, db_path, base / "normalized")
    assert JUNK_NAME in [r.path for r in result.rejects]
    wal = db_path.with_name("news.db-wal")  # immutable mode reads the main file only
    assert not wal.exists() or wal.stat().st_size == 0
    return db_path


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _stop(proc: subprocess.Popen[bytes]) -> None:
    if proc.poll() is not None:
        return
    proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(timeout=10)


def _wait_ready(proc: subprocess.Popen[bytes], base: str, deadline: float) -> bool:
    """True once the server answers; False if it exited (e.g. the port was taken); raises at the deadline."""
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            return False
        try:
            with urllib.request.urlopen(base + "/-/versions.json", timeout=2) as response:
                if response.status == 200:
                    return True
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            pass
        time.sleep(0.2)
    raise TimeoutError(f"Datasette did not answer on {base} within {READY_TIMEOUT:.0f} s")


@pytest.fixture(scope="module")
def server(news_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Base URL of a Datasette started like ``make serve``, stopped after the module."""
    log_path = tmp_path_factory.mktemp("datasette") / "datasette.log"
    deadline = time.monotonic() + READY_TIMEOUT
    for _attempt in range(3):  # another process may take the free port before Datasette binds it
        port = _free_port()
        base = f"http://127.0.0.1:{port}"
        with open(log_path, "ab") as log:
            proc = subprocess.Popen(
                datasette_command(news_db, port),
                cwd=ROOT,
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        try:
            ready = _wait_ready(proc, base, deadline)
        except TimeoutError as exc:
            _stop(proc)
            pytest.fail(f"{exc}:\n" + log_path.read_text(errors="replace")[-3000:])
        except BaseException:
            _stop(proc)
            raise
        if ready:
            try:
                yield base
            finally:
                _stop(proc)
            return
        _stop(proc)
    pytest.fail("Datasette exited before answering:\n" + log_path.read_text(errors="replace")[-3000:])


def _get(url: str) -> tuple[int, str, str]:
    """(status, content type, body) of a GET; HTTP errors are returned, not raised."""
    try:
        with urllib.request.urlopen(url, timeout=HTTP_TIMEOUT) as response:
            return response.status, response.headers.get("content-type", ""), response.read().decode("utf-8")
    except urllib.error.HTTPError as exc:
        return exc.code, exc.headers.get("content-type", ""), exc.read().decode("utf-8", errors="replace")


def _json(url: str) -> Any:
    status, _, body = _get(url)
    assert status == 200, f"{url}: HTTP {status}: {body[:500]}"
    return json.loads(body)


def _query(base: str, name: str, **params: str) -> list[dict[str, Any]]:
    return _json(f"{base}/news/{name}.json?" + urlencode({**params, "_shape": "array"}))


def _seed_id(db_path: Path) -> str:
    with sqlite3.connect(f"file:{db_path}?mode=ro", uri=True) as conn:
        (article_id,) = conn.execute("SELECT id FROM articles WHERE canonical_url = ?", [SEED_URL]).fetchone()
    return article_id


# --------------------------------------------------------------------------- without a server


def test_command_line_is_read_only_on_localhost(tmp_path: Path) -> None:
    args = datasette_args(tmp_path / "news.db", 8123)
    assert args[0] == "serve"
    assert args[args.index("--immutable") + 1] == str(tmp_path / "news.db")
    assert args[args.index("--host") + 1] == "127.0.0.1"
    assert args[args.index("--port") + 1] == "8123"
    assert Path(args[args.index("--metadata") + 1]) == METADATA and METADATA.is_file()
    assert Path(args[args.index("--plugins-dir") + 1]) == PLUGINS_DIR
    assert list(PLUGINS_DIR.glob("*.py")) and not (PLUGINS_DIR / "__init__.py").exists()
    assert args.count(str(tmp_path / "news.db")) == 1  # only immutable, never also opened writable


def test_metadata_describes_every_table_and_column(news_db: Path) -> None:
    tables = yaml.safe_load(METADATA.read_text(encoding="utf-8"))["databases"]["news"]["tables"]
    with sqlite3.connect(f"file:{news_db}?mode=ro", uri=True) as conn:
        names = [
            name
            for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
            if not name.startswith("search_docs_fts")
        ]
        for name in names:
            assert name in tables, f"metadata.yaml has no entry for table {name}"
            meta = tables[name]
            assert meta.get("description") or meta.get("description_html"), name
            columns = [row[1] for row in conn.execute(f"PRAGMA table_info([{name}])")]
            assert sorted(meta["columns"]) == sorted(columns), name
            assert all(meta["columns"].values()), name
            for facet in meta.get("facets", []):
                column = facet["array"] if isinstance(facet, dict) else facet
                assert column in columns, (name, facet)
    assert set(tables) == set(names)


def test_search_functions() -> None:
    assert nd_fts_query("微软") == '"微软"'
    assert nd_fts_query("非独占") == '"非独 独占"'
    assert nd_fts_query("non-exclusive") == '"non exclusive"'
    assert nd_fts_query("") == nd_fts_query('"*') == '""'  # matches nothing, never a syntax error
    assert segment("非独占") == " 非独 独占 "
    assert nd_snippet("a" * 200 + " 非独占 " + "b" * 200, "非独占").startswith("…")
    assert nd_snippet(None, "x") is None


def test_page_escapes_page_text_and_links_only_to_the_web(news_db: Path) -> None:
    with sqlite3.connect(f"file:{news_db}?mode=ro", uri=True) as conn:
        (record,) = conn.execute("SELECT record FROM articles WHERE canonical_url = ?", [SEED_URL]).fetchone()
    article = Article.model_validate_json(record)
    article.key_points[0].text = "<script>alert(1)</script>"
    article.related[0].url = "javascript:alert(2)"
    page = render.article_page(article, render.Links(base="/prefix/", database="news"))
    assert "<script>alert(1)" not in page and "&lt;script&gt;alert(1)" in page
    assert "javascript:" not in page
    assert 'href="/prefix/-/raw/src_' in page and 'action="/prefix/news/search"' in page
    assert render.web_url("https://example.com/a") == "https://example.com/a"
    assert render.web_url("data:text/html,x") is None and render.web_url(None) is None


# --------------------------------------------------------------------------- over HTTP


def test_database_is_served_immutable(server: str) -> None:
    (database,) = _json(server + "/-/databases.json")
    assert database["name"] == "news"
    assert database["is_mutable"] is False
    plugins = {p["name"] for p in _json(server + "/-/plugins.json")}
    assert "newsdigest_datasette.py" in plugins


@pytest.mark.parametrize("name", sorted(CANNED))
def test_canned_queries_return_rows(server: str, name: str) -> None:
    rows = _query(server, name, **CANNED[name])
    assert rows, name
    status, _, page = _get(f"{server}/news/{name}?" + urlencode(CANNED[name]))
    assert status == 200 and "metadata-description" in page


def test_canned_query_contents(server: str, news_db: Path) -> None:
    seed = _seed_id(news_db)
    coverage = {r["article_id"]: r for r in _query(server, "articles_by_language_coverage")}
    assert coverage[seed]["language_count"] == 3
    assert next(iter(coverage)) == seed  # most languages first
    assert all(f"{lang}:" in coverage[seed]["key_points_by_language"] for lang in ("en", "ja", "zh"))

    conflicts = _query(server, "conflicts_between_sources")
    assert seed in {r["article_id"] for r in conflicts}
    for key in {(r["article_id"], r["field"]) for r in conflicts}:  # one value kept per field at most
        assert sum(r["kept"] == "chosen" for r in conflicts if (r["article_id"], r["field"]) == key) <= 1
    assert any(r["kept"] == "chosen" for r in conflicts)
    assert all(r["stated_by"] and ".txt [" in r["stated_by"] for r in conflicts)

    (reject,) = _query(server, "rejects_of_last_run")
    assert reject["path"] == JUNK_NAME and reject["reason"]

    aligned = _query(server, "aligned_key_points", article=SEED_URL)
    assert {r["article_id"] for r in aligned} == {seed}
    assert {frozenset((r["lang_a"], r["lang_b"])) for r in aligned} >= {
        frozenset(("en", "ja")),
        frozenset(("en", "zh")),
    }
    assert _query(server, "aligned_key_points", article=seed) == aligned
    assert _query(server, "aligned_key_points", article="no-such-article") == []
    assert len(_query(server, "aligned_key_points")) > len(aligned)  # blank: every article


@pytest.mark.parametrize(
    ("query", "lang"), [("微软", "zh"), ("非独占", "zh"), ("非独占", "ja"), ("non-exclusive", "en")]
)
def test_search_finds_cjk_words_of_any_length(server: str, news_db: Path, query: str, lang: str) -> None:
    rows = _query(server, "search", q=query)
    hits = [r for r in rows if r["lang"] == lang]
    assert hits, (query, lang, rows)
    assert _seed_id(news_db) in {r["article_id"] for r in hits}
    assert all(r["article_page"] == f"/-/article/{r['article_id']}" for r in rows)
    assert any(query.replace("-", "") in r["snippet"].replace("-", "") for r in hits)


@pytest.mark.parametrize("query", ["", "   ", '"', "zzqqxx", "NEAR(", "-"])
def test_search_without_a_match_is_empty_not_an_error(server: str, query: str) -> None:
    assert _query(server, "search", q=query) == []


def test_facets(server: str) -> None:
    expected = {
        "articles": {"publisher", "original_language", "languages"},
        "sources": {"adapter", "languages"},
        "texts": {"lang", "origin"},
        "key_points": {"lang", "origin"},
    }
    for table, facets in expected.items():
        data = _json(f"{server}/news/{table}.json")
        assert facets <= set(data["facet_results"]), table
    languages = {
        r["value"] for r in _json(server + "/news/sources.json")["facet_results"]["languages"]["results"]
    }
    assert languages == {"en", "ja", "zh"}


def test_article_page_has_every_language(server: str, news_db: Path) -> None:
    seed = _seed_id(news_db)
    status, content_type, page = _get(f"{server}/-/article/{seed}")
    assert status == 200 and content_type.startswith("text/html")
    assert '<table id="facts"' in page
    for lang in ("en", "ja", "zh"):
        assert f'<th scope="col" data-lang="{lang}"' in page
        assert f'<td data-lang="{lang}" lang="{lang}">' in page
    for label in ("original", "machine summary", "machine translation, gpt-5-mini-2025-08-07"):
        assert f">{label}</span>" in page
    assert "非独占" in page and "non-exclusive" in page and "パートナーシップ" in page
    assert 'id="conflicts"' in page and "related[Introducing ChatGPT Images 2.0].date" in page
    assert 'href="/-/raw/src_' in page and "/news/sources/src_" in page
    assert "/-/article/art_" in page  # a related article that is in the database
    by_url = _get(f"{server}/-/article?key=" + quote(SEED_URL, safe=""))
    assert by_url[0] == 200 and by_url[2] == page


def test_article_list_and_missing_article(server: str, news_db: Path) -> None:
    status, _, page = _get(server + "/-/articles")
    assert status == 200 and f'href="/-/article/{_seed_id(news_db)}"' in page
    assert _get(server + "/-/article/art_missing")[0] == 404


def test_raw_source_link_serves_the_ingested_file(server: str, news_db: Path) -> None:
    with sqlite3.connect(f"file:{news_db}?mode=ro", uri=True) as conn:
        source_id, path = conn.execute("SELECT id, path FROM sources ORDER BY id LIMIT 1").fetchone()
    status, content_type, body = _get(f"{server}/-/raw/{source_id}")
    assert status == 200 and content_type.startswith("text/plain")
    assert body == (RAW / path).read_bytes().decode("utf-8").removeprefix("\ufeff")
    assert _get(f"{server}/-/raw/src_0000000000000000")[0] == 404


# --------------------------------------------------------------------------- in a browser


def _need(condition: bool, reason: str) -> None:
    """Skip when something the browser test needs is missing; fail instead under CI."""
    if condition:
        return
    if os.environ.get("CI"):
        pytest.fail(f"CI is set and {reason}")
    pytest.skip(reason)


def _has_cjk_font() -> bool:
    if not shutil.which("fc-list"):
        return False
    found = subprocess.run(
        ["fc-list", ":lang=ja", "family"], capture_output=True, text=True, timeout=30, check=False
    ).stdout
    found_zh = subprocess.run(
        ["fc-list", ":lang=zh-cn", "family"], capture_output=True, text=True, timeout=30, check=False
    ).stdout
    return bool(found.strip() and found_zh.strip())


@pytest.fixture
def chromium(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    _need(CHROMIUM.is_file(), f"{CHROMIUM} is missing (apt-get install chromium)")
    _need(CHROMEDRIVER.is_file(), f"{CHROMEDRIVER} is missing (apt-get install chromium-driver)")
    try:
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service
    except ImportError:
        _need(False, "the selenium package is not installed")
    _need(_has_cjk_font(), "no Japanese and Chinese font is installed (apt-get install fonts-noto-cjk)")
    monkeypatch.setenv("SE_OFFLINE", "true")  # Selenium Manager must never download anything
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in (
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--hide-scrollbars",
        "--force-device-scale-factor=1",
        "--window-size=1400,1000",
        "--lang=en-US",
        f"--user-data-dir={tmp_path / 'chromium-profile'}",
    ):
        options.add_argument(flag)
    service = Service(str(CHROMEDRIVER), log_output=str(tmp_path / "chromedriver.log"))
    driver = webdriver.Chrome(service=service, options=options)
    try:
        driver.set_page_load_timeout(30)
        driver.set_script_timeout(30)
        yield driver
    finally:
        driver.quit()


def test_article_page_in_chromium(server: str, chromium: Any) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions
    from selenium.webdriver.support.ui import WebDriverWait

    chromium.get(f"{server}/-/article?key=" + quote(SEED_URL, safe=""))
    table = WebDriverWait(chromium, 20).until(
        expected_conditions.visibility_of_element_located((By.CSS_SELECTOR, "table#facts"))
    )
    headers = [
        th.get_attribute("data-lang") for th in table.find_elements(By.CSS_SELECTOR, "thead th[data-lang]")
    ]
    assert headers == ["en", "ja", "zh"]

    scripts = {
        "ja": re.compile(r"[\u3040-\u30ff]"),
        "zh": re.compile(r"[\u4e00-\u9fff]"),
        "en": re.compile(r"[A-Za-z]"),
    }
    complete = []
    for row in table.find_elements(By.CSS_SELECTOR, "tbody tr"):
        texts = {
            lang: " ".join(
                p.text for p in row.find_elements(By.CSS_SELECTOR, f'td[data-lang="{lang}"] .point .text')
            )
            for lang in headers
        }
        if all(scripts[lang].search(text) for lang, text in texts.items()):
            complete.append(texts)
    assert complete, "no row of the facts table has text in en, ja and zh"
    assert any("non-exclusive" in r["en"] and "非独占" in r["zh"] and "非独占" in r["ja"] for r in complete)

    labels = {e.text for e in table.find_elements(By.CSS_SELECTOR, ".point .badge")}
    assert {"original", "machine summary"} <= labels
    assert any(label.startswith("machine translation, ") for label in labels)
    # the three columns sit side by side: their headers share one line, left to right
    boxes = [th.rect for th in table.find_elements(By.CSS_SELECTOR, "thead th[data-lang]")]
    assert len({round(b["y"]) for b in boxes}) == 1 and boxes == sorted(boxes, key=lambda b: b["x"])
    assert chromium.find_element(By.ID, "conflicts").is_displayed()

    height = chromium.execute_script("return document.documentElement.scrollHeight")
    chromium.set_window_size(1400, min(int(height) + 40, 12000))
    chromium.execute_script("window.scrollTo(0, 0)")
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    screenshot = ARTIFACTS / "article.png"
    assert chromium.save_screenshot(str(screenshot))
    assert screenshot.stat().st_size > 10_000
