"""Command line: a few lines over the library API for each command.

Exit codes: 0 ok; 1 the run itself failed; 2 usage error; 3 the run finished but some raw files
were rejected (listed on stderr and in the ``rejects`` table); 4 another ingest holds the database;
5 (``show``) nothing found.
"""

from __future__ import annotations

import json
import re
import shutil
import sys
import textwrap
from pathlib import Path

import click

from pipeline import ingest as ingest_mod
from pipeline import schemas as schemas_mod
from pipeline import store
from pipeline.engines import make_engine
from pipeline.factgroups import ORIGIN_LABELS, cell_label, fact_table
from pipeline.models import Article, RunReport
from pipeline.profiles import ProfileError

EXIT_NOT_FOUND = 5
DEFAULT_DB = Path("normalized/news.db")


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="newsdigest")
def main() -> None:
    """newsdigest: raw aggregator pages in, one canonical record per original article out."""


@main.command()
@click.argument("raw_dir", type=click.Path(file_okay=False, path_type=Path), default=Path("raw"))
@click.option(
    "--db",
    "db_path",
    type=click.Path(dir_okay=False, path_type=Path),
    default=DEFAULT_DB,
    show_default=True,
    help="SQLite database to write.",
)
@click.option(
    "--out",
    "out_dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("normalized"),
    show_default=True,
    help="Folder for articles.jsonl.",
)
@click.option("--follow-symlinks", is_flag=True, help="Follow symlinks that leave RAW_DIR.")
@click.option(
    "--rehash",
    is_flag=True,
    help="Read and hash every file, even those whose size and mtime show them unchanged.",
)
@click.option(
    "--wait",
    "wait_seconds",
    type=float,
    default=30.0,
    show_default=True,
    help="Seconds to wait for another ingest into the same database.",
)
@click.option(
    "--profiles",
    "profile_dirs",
    multiple=True,
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    help="A folder of site profiles (*.toml) to use besides the shipped ones; repeatable.",
)
@click.option(
    "--engine",
    type=click.Choice(["local", "dask"]),
    default="local",
    show_default=True,
    help="Where the per-page stage runs: a local process pool, or a Dask cluster.",
)
@click.option(
    "--scheduler", default=None, help="With --engine dask: the scheduler address (default: a LocalCluster)."
)
@click.option("--workers", type=int, default=None, help="Worker processes (default: all cores).")
def ingest(
    raw_dir: Path,
    db_path: Path,
    out_dir: Path,
    follow_symlinks: bool,
    rehash: bool,
    wait_seconds: float,
    profile_dirs: tuple[Path, ...],
    engine: str,
    scheduler: str | None,
    workers: int | None,
) -> None:
    """Ingest every page under RAW_DIR into DB and OUT/articles.jsonl.

    Exits 3 when some files were rejected (the rest is ingested), 4 when another ingest holds DB.
    """
    bar = _ProgressBar() if sys.stderr.isatty() else None
    runner = make_engine(engine, scheduler=scheduler, workers=workers)
    try:
        result = ingest_mod.ingest(
            raw_dir,
            db_path,
            out_dir,
            follow_symlinks=follow_symlinks,
            rehash=rehash,
            wait_seconds=wait_seconds,
            profile_dirs=profile_dirs,
            progress=bar.update if bar else None,
            engine=runner,
        )
    except ProfileError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(ingest_mod.EXIT_USAGE)
    except ingest_mod.IngestBusy as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(ingest_mod.EXIT_BUSY)
    except FileNotFoundError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(ingest_mod.EXIT_USAGE)
    except store.StoreError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(ingest_mod.EXIT_FAILED)
    finally:
        runner.close()
        if bar:
            bar.close()
    for reject in result.rejects:
        click.echo(f"rejected: {reject.path}: {reject.reason}", err=True)
    click.echo(run_report(result.report), err=True)
    sys.exit(result.exit_code)


def run_report(r: RunReport) -> str:
    """The end-of-run report, as printed and as kept in the ``runs`` table."""
    stages = ", ".join(f"{name} {seconds:.2f}s" for name, seconds in r.seconds.items())
    return (
        f"pages: {r.pages_seen} seen, {r.pages_parsed} parsed, {r.pages_skipped} unchanged (not re-parsed), "
        f"{r.pages_rejected} rejected\n"
        f"articles: {r.articles} ({r.articles_new} new, {r.articles_updated} updated, "
        f"{r.articles_removed} removed) from {r.sources} sources, {r.merged_sources} merged; "
        f"{r.links} cross-language links\n"
        f"seconds: {stages}; run {r.id}"
    )


class _ProgressBar:
    """A progress bar on stderr, only when it is a terminal (a scheduler's log stays clean)."""

    def __init__(self) -> None:
        self._bar = None
        self._stage = ""
        self._done = 0

    def update(self, stage: str, done: int, total: int) -> None:
        if stage != self._stage:
            self.close()
            self._bar = click.progressbar(length=total, label=f"{stage:>8}", file=sys.stderr, show_pos=True)
            self._bar.__enter__()
            self._stage, self._done = stage, 0
        self._bar.update(done - self._done)
        self._done = done

    def close(self) -> None:
        if self._bar is not None:
            self._bar.__exit__(None, None, None)
            self._bar = None


@main.command()
@click.argument("urls", nargs=-1)
@click.option(
    "--urls",
    "url_file",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="A file of URLs, one per line ('#' starts a comment).",
)
@click.option(
    "--raw",
    "raw_dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("raw"),
    show_default=True,
    help="Raw folder the WARC archive is written into (under warc/).",
)
@click.option(
    "--allow-private",
    is_flag=True,
    help="Allow loopback and private addresses (link-local and metadata addresses stay refused).",
)
@click.option(
    "--delay", type=float, default=1.0, show_default=True, help="Seconds between requests to one host."
)
@click.option("--concurrency", type=int, default=8, show_default=True, help="Requests in flight overall.")
@click.option(
    "--max-bytes",
    type=int,
    default=10 * 1024 * 1024,
    show_default=True,
    help="Cap on a response's raw bytes (checked on the stream, before decompression).",
)
def fetch(
    urls: tuple[str, ...],
    url_file: Path | None,
    raw_dir: Path,
    allow_private: bool,
    delay: float,
    concurrency: int,
    max_bytes: int,
) -> None:
    """Fetch URLs politely into RAW/warc/*.warc.gz (robots.txt, rate limits, retries, size caps,
    conditional re-fetch, SSRF guard); `ingest` reads the archive.

    Exits 3 when some URLs were not fetched (each is printed with its reason).
    """
    from pipeline.fetch import FetchConfig, load_url_list
    from pipeline.fetch import fetch as fetch_urls

    todo = list(urls) + (load_url_list(url_file) if url_file else [])
    if not todo:
        raise click.UsageError("give URLs or --urls FILE")
    config = FetchConfig(
        allow_private=allow_private, host_delay=delay, max_concurrency=concurrency, max_bytes=max_bytes
    )
    report = fetch_urls(
        todo, raw_dir, config, progress=lambda r: click.echo(f"{r.outcome}: {r.url}: {r.reason}", err=True)
    )
    summary = {
        "warc": str(report.warc_path) if report.warc_path else None,
        "records": report.records,
        "outcomes": report.counts(),
    }
    click.echo(json.dumps(summary, ensure_ascii=False))
    sys.exit(ingest_mod.EXIT_REJECTS if report.failures else 0)


@main.command()
@click.argument("key")
@click.option(
    "--db",
    "db_path",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    default=DEFAULT_DB,
    show_default=True,
)
@click.option("--json", "as_json", is_flag=True, help="Print the record as JSON.")
def show(key: str, db_path: Path, as_json: bool) -> None:
    """Show one article by id or canonical URL: its facts side by side in every language."""
    db = store.open_db(db_path)
    article = store.load_article(db, key)
    if article is None:
        click.echo(f"error: no article with id or URL {key!r}", err=True)
        sys.exit(EXIT_NOT_FOUND)
    if as_json:
        click.echo(article.model_dump_json(indent=2))
        return
    click.echo(render_article(article))


def render_article(a: Article, width: int | None = None) -> str:
    """The article as a person reads it: metadata, then one row per fact and a column per language."""
    width = width or shutil.get_terminal_size((140, 40)).columns
    title = a.titles.get(a.original_language or "", next(iter(a.titles.values()), ""))
    lines = [f"{a.id}  {title}"]
    lines.append(
        f"  url: {a.canonical_url or '-'}   published: {a.published_at or '-'}   "
        f"publisher: {a.publisher or '-'}   category: {a.category or '-'}"
    )
    lines.append(f"  languages: {', '.join(a.languages)} (original: {a.original_language or '-'})")
    for lang, text in sorted(a.titles.items()):
        lines.append(f"  title[{lang}] ({ORIGIN_LABELS[a.title_origins.get(lang, 'unknown')]}): {text}")
    for s in a.summaries:
        gen = f", {s.generator}" if s.generator else ""
        lines.append(
            f"  {s.kind}[{s.lang}] ({ORIGIN_LABELS[s.origin]}{gen}): {textwrap.shorten(s.text, 160)}"
        )
    table = fact_table(a)
    if table.rows:
        lines.append(f"\nFacts ({len(table.rows)} rows, {len(a.alignments)} cross-language links):")
        lines.append(_render_rows(table, width))
    if table.implications:
        lines.append("\nImplications (the aggregator's advice, not facts of the article):")
        for k in table.implications:
            lines.append(f"  [{k.lang}, {cell_label(k)}] {k.text}")
    if a.related:
        lines.append("\nRelated:")
        for r in a.related:
            target = f" -> {r.article_id}" if r.article_id else ""
            lines.append(f"  [{r.relation}] {r.title} {r.date or ''}{target}")
    if a.conflicts:
        lines.append("\nConflicts:")
        for c in a.conflicts:
            values = "; ".join(f"{v.value} ({', '.join(v.source_ids)})" for v in c.values)
            lines.append(f"  {c.field}: {values} -> chosen {c.chosen}")
    lines.append("\nSources:")
    for src in a.sources:
        lines.append(f"  {src.id} {src.path} [{src.adapter}] {', '.join(src.languages)}")
    return "\n".join(lines)


def _render_rows(table, width: int) -> str:
    from tabulate import tabulate  # imported here: only `show` draws tables, and ingest starts faster

    column = max(24, (width - 4 - 3 * len(table.languages)) // max(len(table.languages), 1))
    rows = []
    for row in table.rows:
        cells = []
        for lang in table.languages:
            texts = [f"{k.text}\n({cell_label(k)})" for k in row.cells.get(lang, [])]
            cells.append("\n".join(_wrap(t, column) for t in texts))
        rows.append(cells)
    return tabulate(rows, headers=table.languages, tablefmt="grid")


_WRAP_TOKENS = re.compile(
    r"[\u3000-\u9fff\uac00-\ud7af\uff00-\uffef]|[^\s\u3000-\u9fff\uac00-\ud7af\uff00-\uffef]+|\s+"
)


def _wrap(text: str, width: int) -> str:
    """Wrap by display width: between words, and between any two CJK characters (two columns each)."""
    from wcwidth import wcswidth

    out: list[str] = []
    for paragraph in text.split("\n"):
        line = ""
        for token in _WRAP_TOKENS.findall(paragraph):
            if line and wcswidth(line + token) > width:
                out.append(line.rstrip())
                line = token.lstrip()
            else:
                line += token
            while wcswidth(line) > width:  # a single token longer than the column
                out.append(line[:width])
                line = line[width:]
        out.append(line.rstrip())
    return "\n".join(out)


@main.command()
@click.argument("query")
@click.option(
    "--db",
    "db_path",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    default=DEFAULT_DB,
    show_default=True,
)
@click.option("--limit", type=int, default=20, show_default=True)
def search(query: str, db_path: Path, limit: int) -> None:
    """Full-text search in every language (CJK words of any length). Exits 5 when nothing matches."""
    hits = store.search(store.open_db(db_path), query, limit=limit)
    for hit in hits:
        click.echo(f"{hit.article_id}\t{hit.title}\t{hit.field}[{hit.lang}]\t{hit.snippet}")
    if not hits:
        click.echo(f"no match for {query!r}", err=True)
        sys.exit(EXIT_NOT_FOUND)


@main.command()
@click.option(
    "--db",
    "db_path",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    default=DEFAULT_DB,
    show_default=True,
)
@click.option(
    "--out",
    "out_path",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Write here instead of standard output.",
)
def export(db_path: Path, out_path: Path | None) -> None:
    """Export every article as JSONL, sorted by id."""
    articles = store.all_articles(store.open_db(db_path))
    if out_path:
        store.write_jsonl(out_path, articles)
        return
    for a in articles:
        click.echo(a.model_dump_json())


@main.command()
@click.option(
    "--out",
    "out_dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("schemas"),
    show_default=True,
)
def schemas(out_dir: Path) -> None:
    """Write the JSON Schema of every record, generated from the pydantic models."""
    for path in schemas_mod.write_schemas(out_dir):
        click.echo(str(path))


@main.command()
@click.option(
    "--db",
    "db_path",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    default=DEFAULT_DB,
    show_default=True,
)
def stats(db_path: Path) -> None:
    """Row counts per table and the last run's report, as JSON."""
    db = store.open_db(db_path)
    counts = {t: db[t].count for t in sorted(db.table_names()) if not t.startswith("search_docs_fts")}
    last = db.execute("SELECT * FROM runs ORDER BY started_at DESC, id DESC LIMIT 1").fetchone()
    columns = [c.name for c in db["runs"].columns]
    report = dict(zip(columns, last, strict=True)) if last else None
    click.echo(json.dumps({"tables": counts, "last_run": report}, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
