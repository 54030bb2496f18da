"""Command line: a few lines over the library API for each command.

Exit codes: 0 ok; 1 the run itself failed; 2 usage error; 3 the run finished but some raw files
were rejected (listed on stderr and in the ``rejects`` table); 4 another ingest holds the database;
5 (``show``) nothing found.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from pipeline import ingest as ingest_mod
from pipeline import schemas as schemas_mod
from pipeline import store
from pipeline.models import Article

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
    "--wait",
    "wait_seconds",
    type=float,
    default=30.0,
    show_default=True,
    help="Seconds to wait for another ingest into the same database.",
)
def ingest(raw_dir: Path, db_path: Path, out_dir: Path, follow_symlinks: bool, wait_seconds: float) -> None:
    """Ingest every page under RAW_DIR into DB and OUT/articles.jsonl.

    Exits 3 when some files were rejected (the rest is ingested), 4 when another ingest holds DB.
    """
    try:
        result = ingest_mod.ingest(
            raw_dir, db_path, out_dir, follow_symlinks=follow_symlinks, wait_seconds=wait_seconds
        )
    except ingest_mod.IngestBusy as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(ingest_mod.EXIT_BUSY)
    except FileNotFoundError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(ingest_mod.EXIT_USAGE)
    except store.StoreError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(ingest_mod.EXIT_FAILED)
    r = result.report
    for reject in result.rejects:
        click.echo(f"rejected: {reject.path}: {reject.reason}", err=True)
    click.echo(
        f"pages: {r.pages_seen} seen, {r.pages_parsed} parsed, {r.pages_skipped} unchanged (not re-parsed), "
        f"{r.pages_rejected} rejected; articles: {r.articles} ({r.articles_new} new, "
        f"{r.articles_updated} updated); run {r.id}",
        err=True,
    )
    sys.exit(result.exit_code)


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
    """Show one article by id or canonical URL."""
    db = store.open_db(db_path)
    article = store.load_article(db, key)
    if article is None:
        click.echo(f"error: no article with id or URL {key!r}", err=True)
        sys.exit(EXIT_NOT_FOUND)
    if as_json:
        click.echo(article.model_dump_json(indent=2))
        return
    click.echo(render_article(article))


def render_article(a: Article) -> str:
    lines = [f"{a.id}  {a.titles.get(a.original_language or '', next(iter(a.titles.values()), ''))}"]
    lines.append(
        f"  url: {a.canonical_url or '-'}   published: {a.published_at or '-'}   "
        f"publisher: {a.publisher or '-'}   category: {a.category or '-'}"
    )
    lines.append(f"  languages: {', '.join(a.languages)} (original: {a.original_language or '-'})")
    for lang, title in sorted(a.titles.items()):
        lines.append(f"  title[{lang}]: {title}")
    for s in a.summaries:
        lines.append(
            f"  {s.kind}[{s.lang}] ({s.origin}{', ' + s.generator if s.generator else ''}): {s.text[:160]}"
        )
    lines.append("  key points:")
    for k in a.key_points:
        indent = "      " if k.parent_id else "    "
        lines.append(f"{indent}[{k.lang} {k.kind} {k.origin}] {k.text}")
    if a.related:
        lines.append("  related:")
        for r in a.related:
            target = f" -> {r.article_id}" if r.article_id else ""
            lines.append(f"    [{r.relation}] {r.title} {r.date or ''}{target}")
    if a.conflicts:
        lines.append("  conflicts:")
        for c in a.conflicts:
            values = "; ".join(f"{v.value} ({', '.join(v.source_ids)})" for v in c.values)
            lines.append(f"    {c.field}: {values} -> chosen {c.chosen}")
    lines.append("  sources:")
    for s in a.sources:
        lines.append(f"    {s.id} {s.path} [{s.adapter}] {', '.join(s.languages)}")
    return "\n".join(lines)


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
