"""Store stage: SQLite through sqlite-utils, plus the JSONL export.

One table per entity (articles, sources, texts, key_points, alignments, tags, scores, related,
conflicts, rejects, runs), foreign keys on, rows keyed by stable ids. ``page_records`` caches each
raw file's extraction by content hash and parser version, so a re-run over unchanged files parses
nothing. Writes of one run's articles happen in one transaction, and an article whose record did
not change is not rewritten, so a re-run over the same inputs adds and changes no row.

Full-text search works in every language: ``search_docs`` holds each searchable text with its CJK
runs cut into overlapping character bigrams, indexed by FTS5's unicode61 tokenizer. A query is
segmented the same way and searched as quoted phrases, so ``微软`` (two characters, which FTS5's
trigram tokenizer cannot find) and ``非独占`` match, and query syntax in user text is inert.
The index has external content (``search_docs``) and no triggers: the article writers below add
and remove its rows in bulk, so rows reach ``search_docs`` only through them.
"""

from __future__ import annotations

import hashlib
import json
import operator
import os
import re
import sqlite3
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import sqlite_utils

from pipeline.cluster import ClusterKey
from pipeline.models import Article, PageRecord, Reject, RunReport, records_of

# 3: the full-text index is filled by write_articles in bulk, not by per-row triggers (version 2
# had them); a version-2 database is upgraded in place by dropping its triggers.
SCHEMA_VERSION = 3
_FTS_TRIGGERS = ("search_docs_ai", "search_docs_ad", "search_docs_au")
# kana, CJK ideographs (extension A, unified, compatibility), hangul, half-width katakana
_CJK_RANGES = ((0x3040, 0x30FF), (0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF), (0xAC00, 0xD7AF),
               (0xFF66, 0xFF9F))  # fmt: skip
_CJK_RUN = re.compile("[" + "".join(f"{chr(low)}-{chr(high)}" for low, high in _CJK_RANGES) + "]+")
_IS_CJK = np.zeros(0x10000, dtype=bool)  # every range lies in the basic multilingual plane
for _low, _high in _CJK_RANGES:
    _IS_CJK[_low : _high + 1] = True


class StoreError(RuntimeError):
    """The database cannot be used by this version of the program."""


# Every connection of ours: foreign keys enforced, and write-ahead logging, so that people can
# query the database while a run writes it (the price: each page is written to the log, then
# copied into the database by a checkpoint). A new database is laid out in 16 KiB pages, set
# before the log is (a database in WAL mode keeps the page size it has): each article row carries
# its whole record, a few KB of JSON that 4 KiB pages spill into overflow chains, and the log
# writes every page twice. On one set of the bench's 10,000 pages it took our writes from 2.22 s
# to 1.99 s; an existing database keeps its page size.
CONNECTION_PRAGMAS = (
    "PRAGMA page_size = 16384",
    "PRAGMA foreign_keys = ON",
    "PRAGMA journal_mode = WAL",
    "PRAGMA synchronous = NORMAL",
)


def open_db(path: Path) -> sqlite_utils.Database:
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(str(path), timeout=30)
    db = sqlite_utils.Database(conn)
    for pragma in CONNECTION_PRAGMAS:
        db.execute(pragma)
    _ensure_schema(db)
    return db


def _ensure_schema(db: sqlite_utils.Database) -> None:
    if "articles" in db.table_names():
        row = db.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        if row is not None and int(row[0]) == 2:
            _upgrade_from_2(db)
            row = (str(SCHEMA_VERSION),)
        if row is None or int(row[0]) != SCHEMA_VERSION:
            found = row[0] if row else "unknown"
            raise StoreError(
                f"database schema version {found} is not this program's ({SCHEMA_VERSION}); "
                "ingest into a new database file"
            )
        _ensure_file_stats(db)
        if "keys" not in db["page_records"].columns_dict:
            # a database made before cluster keys were cached: keys are computed from the records
            db.execute("ALTER TABLE page_records ADD COLUMN keys TEXT")
        return
    with db.atomic():
        db["page_records"].create(
            {
                "sha256": str,
                "parser_version": str,
                "adapter": str,
                "encoding": str,
                "media_type": str,
                "record": str,
                "keys": str,
            },
            pk="sha256",
        )
        db["articles"].create(
            {
                "id": str,
                "canonical_url": str,
                "publisher": str,
                "category": str,
                "authors": str,
                "published_at": str,
                "original_language": str,
                "languages": str,
                "titles": str,
                "record": str,
            },
            pk="id",
        )
        db["sources"].create(
            {
                "id": str,
                "article_id": str,
                "path": str,
                "adapter": str,
                "url": str,
                "fetched_at": str,
                "cached_at": str,
                "sha256": str,
                "languages": str,
                "encoding": str,
                "media_type": str,
                "position": int,
                "flags": str,
            },
            pk="id",
            foreign_keys=[("article_id", "articles", "id")],
        )
        db["texts"].create(
            {
                "id": str,
                "article_id": str,
                "kind": str,
                "lang": str,
                "text": str,
                "origin": str,
                "generator": str,
                "source_ids": str,
            },
            pk="id",
            foreign_keys=[("article_id", "articles", "id")],
        )
        db["key_points"].create(
            {
                "id": str,
                "article_id": str,
                "position": int,
                "lang": str,
                "text": str,
                "kind": str,
                "parent_id": str,
                "origin": str,
                "generator": str,
                "source_ids": str,
            },
            pk="id",
            foreign_keys=[("article_id", "articles", "id")],
        )
        db["alignments"].create(
            {"article_id": str, "a": str, "b": str, "score": float},
            pk=("a", "b"),
            foreign_keys=[
                ("article_id", "articles", "id"),
                ("a", "key_points", "id"),
                ("b", "key_points", "id"),
            ],
        )
        db["tags"].create(
            {"article_id": str, "lang": str, "text": str},
            pk=("article_id", "lang", "text"),
            foreign_keys=[("article_id", "articles", "id")],
        )
        db["scores"].create(
            {"article_id": str, "source_id": str, "name": str, "value": float},
            pk=("article_id", "source_id", "name"),
            foreign_keys=[("article_id", "articles", "id")],
        )
        db["related"].create(
            {
                "id": str,
                "article_id": str,
                "relation": str,
                "title": str,
                "url": str,
                "date": str,
                "category": str,
                "target_article_id": str,
                "source_ids": str,
            },
            pk="id",
            foreign_keys=[("article_id", "articles", "id")],
        )
        db["conflicts"].create(
            {"id": str, "article_id": str, "field": str, "chosen": str, "values_json": str},
            pk="id",
            foreign_keys=[("article_id", "articles", "id")],
        )
        db["rejects"].create(
            {"path": str, "sha256": str, "reason": str, "run_id": str, "parser_version": str},
            pk=("path", "sha256"),
        )
        db["source_files"].create(
            {"raw_root": str, "path": str, "sha256": str, "url": str, "fetched_at": str, "run_id": str},
            pk=("raw_root", "path"),
        )
        db["runs"].create(
            {
                "id": str,
                "started_at": str,
                "finished_at": str,
                "raw_dir": str,
                "pages_seen": int,
                "pages_skipped": int,
                "pages_parsed": int,
                "pages_rejected": int,
                "articles": int,
                "articles_new": int,
                "articles_updated": int,
                "articles_removed": int,
                "sources": int,
                "merged_sources": int,
                "links": int,
                "seconds": str,
            },
            pk="id",
        )
        db["search_docs"].create(
            {"id": str, "article_id": str, "field": str, "lang": str, "text": str, "segmented": str},
            pk="id",
            foreign_keys=[("article_id", "articles", "id")],
        )
        db["search_docs"].enable_fts(
            ["segmented"], tokenize="unicode61 remove_diacritics 2", create_triggers=False
        )
        for table, column in [
            ("sources", "article_id"),
            ("texts", "article_id"),
            ("key_points", "article_id"),
            ("related", "article_id"),
            ("conflicts", "article_id"),
            ("search_docs", "article_id"),
            ("alignments", "article_id"),
        ]:
            db[table].create_index([column])
        db["meta"].insert({"key": "schema_version", "value": str(SCHEMA_VERSION)}, pk="key")
    _ensure_file_stats(db)


def _ensure_file_stats(db: sqlite_utils.Database) -> None:
    if "file_stats" not in db.table_names():
        db["file_stats"].create(
            {"raw_root": str, "path": str, "size": int, "mtime_ns": int, "hashed_at_ns": int, "sha256": str},
            pk=("raw_root", "path"),
        )


def _upgrade_from_2(db: sqlite_utils.Database) -> None:
    """Version 2 kept the full-text index in step with ``search_docs`` through triggers, so the
    index is complete; from now on write_articles keeps it, and the triggers would index every row
    a second time. The version goes up so that an older program, which relies on the triggers,
    refuses the database instead of writing rows it never indexes."""
    with db.atomic():
        for name in _FTS_TRIGGERS:
            db.execute(f"DROP TRIGGER IF EXISTS [{name}]")
        db.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", [str(SCHEMA_VERSION)])


# --------------------------------------------------------------------------- page-record cache


@dataclass(frozen=True)
class CachedPage:
    """A cached page's decoding facts and its records' cluster keys (None when the cache holds
    none of this code's revision: compute them from the records)."""

    encoding: str
    media_type: str
    keys: list[ClusterKey] | None


def cached_shas(db: sqlite_utils.Database, parser_version: str) -> set[str]:
    """The pages whose records this parser version already extracted."""
    rows = db.execute("SELECT sha256 FROM page_records WHERE parser_version = ?", [parser_version])
    return {sha for (sha,) in rows}


def _chunked(values: list[str], size: int = 500) -> Iterable[list[str]]:
    for start in range(0, len(values), size):
        yield values[start : start + size]


def cached_pages(db: sqlite_utils.Database, shas: Iterable[str]) -> dict[str, CachedPage]:
    out: dict[str, CachedPage] = {}
    for chunk in _chunked(sorted(set(shas))):
        marks = ",".join("?" * len(chunk))
        for sha, enc, media, keys in db.execute(
            f"SELECT sha256, encoding, media_type, keys FROM page_records WHERE sha256 IN ({marks})", chunk
        ):
            rows = json.loads(keys) if keys else []
            parsed = [ClusterKey.from_row(row) for row in rows]
            known = [k for k in parsed if k is not None]
            out[sha] = CachedPage(enc, media, known if rows and len(known) == len(rows) else None)
    return out


def page_records(db: sqlite_utils.Database, shas: Iterable[str]) -> dict[str, list[PageRecord]]:
    """The cached records of these pages."""
    out: dict[str, list[PageRecord]] = {}
    for chunk in _chunked(sorted(set(shas))):
        marks = ",".join("?" * len(chunk))
        for sha, record in db.execute(
            f"SELECT sha256, record FROM page_records WHERE sha256 IN ({marks})", chunk
        ):
            out[sha] = records_of(record)
    return out


def save_keys(db: sqlite_utils.Database, keys: dict[str, list[ClusterKey]]) -> None:
    """Store recomputed cluster keys (sha256 -> its records' keys)."""
    with db.atomic():
        db.conn.executemany(
            "UPDATE page_records SET keys = ? WHERE sha256 = ?",
            [(_keys_json(k), sha) for sha, k in sorted(keys.items())],
        )


def _keys_json(keys: Iterable[ClusterKey]) -> str:
    return json.dumps([k.to_row() for k in keys], ensure_ascii=False)


@dataclass(frozen=True)
class ParsedPage:
    """One freshly extracted page for the record cache."""

    sha256: str
    encoding: str
    media_type: str
    adapter: str
    records_json: str
    keys: tuple[ClusterKey, ...]


def save_records(db: sqlite_utils.Database, parser_version: str, pages: Iterable[ParsedPage]) -> None:
    rows = [
        (p.sha256, parser_version, p.adapter, p.encoding, p.media_type, p.records_json, _keys_json(p.keys))
        for p in pages
    ]
    if rows:
        with db.atomic():
            db.conn.executemany(
                "INSERT OR REPLACE INTO page_records "
                "(sha256, parser_version, adapter, encoding, media_type, record, keys) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                rows,
            )


# A file's sha256 is trusted from file_stats only when its mtime is this much older than the moment
# it was hashed: a file rewritten within one timestamp tick of being hashed could otherwise keep
# its size and mtime with new bytes (git's "racy" index entries).
RACY_NS = 2_000_000_000


def known_file_hashes(db: sqlite_utils.Database, raw_root: str) -> dict[str, FileHash]:
    """path -> how each plain file of ``raw_root`` looked when an earlier run hashed it."""
    rows = db.execute(
        "SELECT path, size, mtime_ns, hashed_at_ns, sha256 FROM file_stats WHERE raw_root = ?", [raw_root]
    )
    return {path: FileHash(size, mtime, at, sha) for path, size, mtime, at, sha in rows}


@dataclass(frozen=True)
class FileHash:
    size: int
    mtime_ns: int
    hashed_at_ns: int
    sha256: str

    def still_valid(self, size: int, mtime_ns: int) -> bool:
        """Whether a file with this size and mtime still holds the hashed bytes."""
        return (size, mtime_ns) == (self.size, self.mtime_ns) and mtime_ns < self.hashed_at_ns - RACY_NS


def replace_file_hashes(db: sqlite_utils.Database, raw_root: str, hashes: dict[str, FileHash]) -> None:
    """Remember how every plain file ``raw_root`` holds looked when it was hashed."""
    with db.atomic():
        db.execute("DELETE FROM file_stats WHERE raw_root = ?", [raw_root])
        db.conn.executemany(
            "INSERT INTO file_stats (raw_root, path, size, mtime_ns, hashed_at_ns, sha256) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [
                (raw_root, path, h.size, h.mtime_ns, h.hashed_at_ns, h.sha256)
                for path, h in sorted(hashes.items())
            ],
        )


def replace_source_files(
    db: sqlite_utils.Database,
    raw_root: str,
    files: dict[str, tuple[str, str | None, str | None]],
    run_id: str,
) -> None:
    """Record which pages (path -> sha256, fetched URL, fetch time) ``raw_root`` holds now."""
    with db.atomic():
        db.execute("DELETE FROM source_files WHERE raw_root = ?", [raw_root])
        db["source_files"].insert_all(
            [
                {
                    "raw_root": raw_root,
                    "path": p,
                    "sha256": sha,
                    "url": url,
                    "fetched_at": at,
                    "run_id": run_id,
                }
                for p, (sha, url, at) in sorted(files.items())
            ]
        )


def other_roots_files(
    db: sqlite_utils.Database, raw_root: str
) -> list[tuple[str, str, str | None, str | None]]:
    """(path, sha256, url, fetched_at) of the pages other raw folders ingested into this database
    hold, so ingesting folder B after folder A keeps A's articles."""
    rows = db.execute(
        """
        SELECT f.path, f.sha256, f.url, f.fetched_at
        FROM source_files f JOIN page_records p ON p.sha256 = f.sha256
        WHERE f.raw_root != ? ORDER BY f.raw_root, f.path
        """,
        [raw_root],
    ).fetchall()
    return [tuple(r) for r in rows]


def record_rejects(db: sqlite_utils.Database, rejects: list[Reject]) -> None:
    if rejects:
        with db.atomic():
            db["rejects"].upsert_all([r.model_dump() for r in rejects], pk=("path", "sha256"))


def known_rejects(db: sqlite_utils.Database, parser_version: str) -> dict[str, str]:
    """sha256 -> reason for files an earlier run rejected with this parser version."""
    rows = db.execute("SELECT sha256, reason FROM rejects WHERE parser_version = ?", [parser_version])
    return dict(rows.fetchall())


def record_run(db: sqlite_utils.Database, report: RunReport) -> None:
    row = report.model_dump()
    row["seconds"] = json.dumps(report.seconds, sort_keys=True)
    with db.atomic():
        db["runs"].insert(row, pk="id", replace=True)


# --------------------------------------------------------------------------- articles


@dataclass(frozen=True)
class WriteResult:
    new: int
    updated: int
    removed: int


def write_articles(db: sqlite_utils.Database, articles: list[Article]) -> WriteResult:
    """Make the article tables hold exactly ``articles``, in one transaction.

    Unchanged articles are not touched; changed ones are replaced with their children; articles
    that no longer exist (their sources merged elsewhere) are removed with their children. Rows are
    written table by table with one ``executemany`` each.
    """
    with db.atomic():
        removed = remove_articles_except(db, [a.id for a in articles])
        written = upsert_articles(db, articles)
    return WriteResult(new=written.new, updated=written.updated, removed=removed)


def upsert_articles(db: sqlite_utils.Database, articles: list[Article]) -> WriteResult:
    """Write ``articles`` that are new or changed (with their children and their full-text index
    rows), in one transaction; other articles in the database stay as they are (``removed`` is 0).

    Reads only the stored records of these articles' ids, so a caller can write a large set chunk
    by chunk inside one outer ``db.atomic()`` (this then runs in a savepoint) and finish with
    :func:`remove_articles_except`.
    """
    existing = _stored_records(db, [a.id for a in articles])
    changed: list[tuple[Article, str]] = []
    updated = 0
    for article in articles:
        record = article.model_dump_json()
        if existing.get(article.id) == record:
            continue
        updated += article.id in existing
        changed.append((article, record))
    rows = _Rows()
    for article, record in changed:
        rows.add(article, record)
    tables = rows.finish()
    with db.atomic():
        _delete_articles(db, [a.id for a, _ in changed if a.id in existing])
        (last_doc,) = db.execute("SELECT coalesce(max(rowid), 0) FROM search_docs").fetchone()
        for table in _INSERT_ORDER:
            if tables[table]:
                db.conn.executemany(_INSERT_SQL[table], tables[table])
        _index_docs_after(db, last_doc, len(tables["search_docs"]))
    return WriteResult(new=len(changed) - updated, updated=updated, removed=0)


def remove_articles_except(db: sqlite_utils.Database, keep_ids: Iterable[str]) -> int:
    """Remove every article whose id is not in ``keep_ids``, with its children and index rows;
    returns how many were removed."""
    keep = set(keep_ids)
    gone = sorted(aid for (aid,) in db.execute("SELECT id FROM articles") if aid not in keep)
    if gone:
        with db.atomic():
            _delete_articles(db, gone)
    return len(gone)


def _stored_records(db: sqlite_utils.Database, article_ids: list[str]) -> dict[str, str]:
    """id -> stored record of those of ``article_ids`` the database holds."""
    out: dict[str, str] = {}
    for chunk in _chunked(article_ids):
        marks = ",".join("?" * len(chunk))
        out.update(db.execute(f"SELECT id, record FROM articles WHERE id IN ({marks})", chunk).fetchall())
    return out


class ArticleWriter:
    """Writes a run's articles chunk by chunk, then removes the articles the run no longer has.

    For a run too large to hold every article: unchanged articles are not touched, changed ones
    are replaced with their children, and a stored article holding a source that an article being
    written now holds (its sources merged elsewhere) is removed first. Call inside one outer
    transaction to change everything at once.
    """

    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db
        self.kept: set[str] = set()
        self.displaced: set[str] = set()
        self.new = 0
        self.updated = 0

    def write(self, articles: list[Article]) -> None:
        ids = [a.id for a in articles]
        owners: set[str] = set()
        for chunk in _chunked([s.id for a in articles for s in a.sources]):
            marks = ",".join("?" * len(chunk))
            owners.update(
                i for (i,) in self.db.execute(f"SELECT article_id FROM sources WHERE id IN ({marks})", chunk)
            )
        displaced = sorted(owners - set(ids))
        with self.db.atomic():
            _delete_articles(self.db, displaced)
            written = upsert_articles(self.db, articles)
        # an article removed because another took its source, then written again, was updated
        again = len(self.displaced & set(ids))
        self.new += written.new - again
        self.updated += written.updated + again
        self.displaced.update(displaced)
        self.kept.update(ids)

    def finish(self) -> WriteResult:
        """Remove the stored articles no chunk wrote; the counts of the whole run."""
        gone = remove_articles_except(self.db, self.kept)
        removed = gone + len(self.displaced - self.kept)
        return WriteResult(new=self.new, updated=self.updated, removed=removed)


_CHILD_TABLES = (
    "alignments",
    "search_docs",
    "conflicts",
    "related",
    "scores",
    "tags",
    "key_points",
    "texts",
    "sources",
)
_INSERT_ORDER = ("articles", *reversed(_CHILD_TABLES))
_ON_CONFLICT = {"tags": "OR IGNORE", "scores": "OR REPLACE"}
# Column order of each table's rows as _article_rows builds them (the tables' own order).
_COLUMNS: dict[str, tuple[str, ...]] = {
    "articles": (
        "id", "canonical_url", "publisher", "category", "authors", "published_at", "original_language",
        "languages", "titles", "record",
    ),
    "sources": (
        "id", "article_id", "path", "adapter", "url", "fetched_at", "cached_at", "sha256", "languages",
        "encoding", "media_type", "position", "flags",
    ),
    "texts": ("id", "article_id", "kind", "lang", "text", "origin", "generator", "source_ids"),
    "key_points": (
        "id", "article_id", "position", "lang", "text", "kind", "parent_id", "origin", "generator",
        "source_ids",
    ),
    "alignments": ("article_id", "a", "b", "score"),
    "tags": ("article_id", "lang", "text"),
    "scores": ("article_id", "source_id", "name", "value"),
    "related": (
        "id", "article_id", "relation", "title", "url", "date", "category", "target_article_id",
        "source_ids",
    ),
    "conflicts": ("id", "article_id", "field", "chosen", "values_json"),
    "search_docs": ("id", "article_id", "field", "lang", "text", "segmented"),
}  # fmt: skip
_INSERT_SQL = {
    table: " ".join(filter(None, ["INSERT", _ON_CONFLICT.get(table), "INTO", f"[{table}]"]))
    + f" ({', '.join(f'[{c}]' for c in columns)}) VALUES ({', '.join('?' * len(columns))})"
    for table, columns in _COLUMNS.items()
}


def _delete_articles(db: sqlite_utils.Database, article_ids: list[str]) -> None:
    for chunk in _chunked(article_ids):
        marks = ",".join("?" * len(chunk))
        # The index has external content: it forgets a row given the text it indexed, so the
        # row leaves the index before it leaves search_docs.
        db.execute(
            "INSERT INTO search_docs_fts (search_docs_fts, rowid, segmented) "
            f"SELECT 'delete', rowid, segmented FROM search_docs WHERE article_id IN ({marks})",
            chunk,
        )
        for table in _CHILD_TABLES:
            db.execute(f"DELETE FROM [{table}] WHERE article_id IN ({marks})", chunk)
        db.execute(f"DELETE FROM articles WHERE id IN ({marks})", chunk)


def _index_docs_after(db: sqlite_utils.Database, last_rowid: int, count: int) -> None:
    """Index the ``count`` search_docs rows just inserted after rowid ``last_rowid``, in one
    statement.

    Per-row triggers made FTS5 flush its pending terms at every row (each trigger program is a
    savepoint), which cost more than all other inserts together. SQLite gives a row without an
    explicit rowid one more than the largest in the table, so the new rows are exactly those above
    ``last_rowid``; the count is checked all the same, since an index missing rows fails silently.
    """
    if not count:
        return
    cursor = db.execute(
        "INSERT INTO search_docs_fts (rowid, segmented) "
        "SELECT rowid, segmented FROM search_docs WHERE rowid > ?",
        [last_rowid],
    )
    if cursor.rowcount != count:
        raise StoreError(f"full-text index: {cursor.rowcount} rows indexed, {count} written")


# texts segmented at once: numpy takes tens of bytes a character, so a write of any size is cut up
_SEGMENT_BATCH = 8192


class _Rows:
    """Every row some articles put in the database, as tuples in ``_COLUMNS`` order, by table.

    Rows are built as tuples straight from the models (no per-row dicts), and the JSON of the
    short string lists that repeat across an article's rows (source ids, languages, flags) is
    computed once per distinct list: ``json.dumps`` costs more in its Python wrappers than in
    encoding such a list.
    """

    def __init__(self) -> None:
        self.tables: dict[str, list[tuple]] = {table: [] for table in _COLUMNS}
        self._json: dict[tuple[str, ...], str] = {}
        self._docs: list[tuple[str, str, str, str, str]] = []  # search_docs rows but their segmented

    def _list_json(self, items: list[str]) -> str:
        key = tuple(items)
        text = self._json.get(key)
        if text is None:
            text = self._json[key] = json.dumps(items)
        return text

    def add(self, a: Article, record: str) -> None:
        aid = a.id
        lj = self._list_json
        t = self.tables
        texts = [
            ("title", lang, text, a.title_origins.get(lang, "unknown"), None, [])
            for lang, text in sorted(a.titles.items())
        ]
        texts += [
            ("subtitle", lang, text, "original", None, []) for lang, text in sorted(a.subtitles.items())
        ]
        texts += [
            ("headline", lang, text, "machine_generated", None, [])
            for lang, text in sorted(a.headlines.items())
        ]
        texts += [(s.kind, s.lang, s.text, s.origin, s.generator, s.source_ids) for s in a.summaries]
        texts += [("body", b.lang, b.text, b.origin, b.generator, b.source_ids) for b in a.bodies]
        t["articles"].append(
            (
                aid,
                a.canonical_url,
                a.publisher,
                a.category,
                json.dumps(a.authors, ensure_ascii=False),
                a.published_at,
                a.original_language,
                lj(a.languages),
                json.dumps(a.titles, ensure_ascii=False, sort_keys=True),
                record,
            )
        )
        t["sources"] += [
            (
                s.id,
                aid,
                s.path,
                s.adapter,
                s.url,
                s.fetched_at,
                s.cached_at,
                s.sha256,
                lj(s.languages),
                s.encoding,
                s.media_type,
                s.position,
                lj(s.flags),
            )
            for s in a.sources
        ]
        t["texts"] += [
            (f"{aid}:{kind}:{i}", aid, kind, lang, text, origin, gen, lj(ids))
            for i, (kind, lang, text, origin, gen, ids) in enumerate(texts)
        ]
        t["key_points"] += [
            (k.id, aid, i, k.lang, k.text, k.kind, k.parent_id, k.origin, k.generator, lj(k.source_ids))
            for i, k in enumerate(a.key_points)
        ]
        t["alignments"] += [(aid, al.a, al.b, al.score) for al in a.alignments]
        t["tags"] += [(aid, tag.lang, tag.text) for tag in a.tags]
        t["scores"] += [(aid, s.source_id, s.name, s.value) for s in a.scores]
        t["related"] += [
            (f"{aid}:{r.relation}:{i}", aid, r.relation, r.title, r.url, r.date, r.category, r.article_id,
             lj(r.source_ids))
            for i, r in enumerate(a.related)
        ]  # fmt: skip
        t["conflicts"] += [
            (
                f"{aid}:conflict:{i}",
                aid,
                c.field,
                c.chosen,
                json.dumps([v.model_dump() for v in c.values], ensure_ascii=False),
            )
            for i, c in enumerate(a.conflicts)
        ]
        docs = self._docs
        docs += [(f"{aid}:text:{i}", aid, kind, lang, text) for i, (kind, lang, text, *_) in enumerate(texts)]
        docs += [(f"{aid}:kp:{k.id}", aid, "key_point", k.lang, k.text) for k in a.key_points]
        docs += [(f"{aid}:tag:{i}", aid, "tag", tag.lang, tag.text) for i, tag in enumerate(a.tags)]

    def finish(self) -> dict[str, list[tuple]]:
        """The rows by table, search_docs' segmented for the index all at once (far cheaper than
        one text at a time)."""
        rows = self.tables["search_docs"] = []
        for start in range(0, len(self._docs), _SEGMENT_BATCH):
            docs = self._docs[start : start + _SEGMENT_BATCH]
            segmented = segment_many([doc[4] for doc in docs])
            rows += [(*doc, text) for doc, text in zip(docs, segmented, strict=True)]
        return self.tables


def get_meta(db: sqlite_utils.Database, key: str) -> str | None:
    row = db.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
    return row[0] if row else None


def set_meta(db: sqlite_utils.Database, values: dict[str, str]) -> None:
    with db.atomic():
        db["meta"].upsert_all([{"key": k, "value": v} for k, v in sorted(values.items())], pk="key")


def fingerprint_with(
    db: sqlite_utils.Database, raw_root: str, pages: dict[str, str], build_version: str
) -> str:
    """A hash of every page every raw folder holds once ``raw_root`` holds ``pages`` (path ->
    sha256), and of the code that builds articles: equal fingerprints mean an ingest has nothing
    to do."""
    rows = [
        tuple(r)
        for r in db.execute("SELECT raw_root, path, sha256 FROM source_files WHERE raw_root != ?", [raw_root])
    ]
    rows += [(raw_root, path, sha) for path, sha in pages.items()]
    digest = hashlib.sha256(build_version.encode())
    for row in sorted(rows):
        digest.update("\x00".join(str(v) for v in row).encode() + b"\n")
    return digest.hexdigest()


def rejects_of(db: sqlite_utils.Database) -> list[Reject]:
    rows = db.execute(
        "SELECT path, sha256, reason, run_id, parser_version FROM rejects ORDER BY path"
    ).fetchall()
    return [Reject(path=p, sha256=h, reason=r, run_id=i, parser_version=v) for p, h, r, i, v in rows]


def article_counts(db: sqlite_utils.Database) -> dict[str, int]:
    return {
        t: db.execute(f"SELECT count(*) FROM [{t}]").fetchone()[0]
        for t in ("articles", "sources", "alignments")
    }


def article_index(db: sqlite_utils.Database) -> dict[frozenset[str], str]:
    """The id of each stored article, keyed by its set of source ids."""
    sources: dict[str, list[str]] = {}
    for article_id, source in db.execute("SELECT article_id, id FROM sources"):
        sources.setdefault(article_id, []).append(source)
    return {frozenset(ids): article_id for article_id, ids in sources.items()}


def article_record(db: sqlite_utils.Database, article_id: str) -> str | None:
    row = db.execute("SELECT record FROM articles WHERE id = ?", [article_id]).fetchone()
    return row[0] if row else None


def file_sha256(path: Path) -> str | None:
    if not path.is_file():
        return None
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


# --------------------------------------------------------------------------- search


def segment(text: str) -> str:
    """Text for the index: CJK runs as overlapping character bigrams, the rest as it is."""
    if text.isascii():  # no CJK run to cut: skips the scan for most non-CJK text
        return text
    return _CJK_RUN.sub(_bigrams, text)


def segment_many(texts: list[str]) -> list[str]:
    """``[segment(t) for t in texts]``, computed over all the texts at once with numpy: a run
    of n CJK characters becomes a space, then each character followed by the next and a space
    (a lone character: itself and a space); every other character stays as it is."""
    out = list(texts)
    wide = [i for i, text in enumerate(texts) if not text.isascii()]
    if not wide:
        return out
    # surrogatepass: a lone surrogate in some text stays what it was instead of failing the run
    joined = "".join(texts[i] for i in wide).encode("utf-32-le", "surrogatepass")
    codes = np.frombuffer(joined, dtype=np.uint32)
    ends = np.cumsum([len(texts[i]) for i in wide])
    starts = ends - [len(texts[i]) for i in wide]
    cjk = _IS_CJK[np.minimum(codes, 0xFFFF)]
    linked = np.ones(len(codes), dtype=bool)  # a character and the next are of one text
    linked[ends[ends > starts] - 1] = False
    next_cjk = np.zeros(len(codes), dtype=bool)
    next_cjk[:-1] = cjk[1:] & linked[:-1]
    prev_cjk = np.zeros(len(codes), dtype=bool)
    prev_cjk[1:] = next_cjk[:-1] & cjk[:-1]
    run_start = cjk & ~prev_cjk
    pair = cjk & next_cjk
    single = run_start & ~next_cjk
    # characters written for each input character (a run's last is written by its pair)
    counts = (~cjk).view(np.int8) + run_start.view(np.int8) + 3 * pair.view(np.int8)
    counts += 2 * single.view(np.int8)
    bounds = np.zeros(len(codes) + 1, dtype=np.int64)
    np.cumsum(counts, out=bounds[1:])
    result = np.empty(bounds[-1], dtype=np.uint32)
    plain = np.flatnonzero(~cjk)
    result[bounds[plain]] = codes[plain]
    result[bounds[np.flatnonzero(run_start)]] = _SPACE
    at = bounds[:-1] + run_start  # where a CJK character's own output begins
    first = np.flatnonzero(pair)
    result[at[first]] = codes[first]
    result[at[first] + 1] = codes[first + 1]
    result[at[first] + 2] = _SPACE
    alone = np.flatnonzero(single)
    result[at[alone]] = codes[alone]
    result[at[alone] + 1] = _SPACE
    text = result.tobytes().decode("utf-32-le", "surrogatepass")
    for i, a, b in zip(wide, bounds[starts].tolist(), bounds[ends].tolist(), strict=True):
        out[i] = text[a:b]
    return out


_SPACE = ord(" ")


def _bigrams(match: re.Match[str]) -> str:
    run = match.group()
    if len(run) == 1:
        return f" {run} "
    return " " + " ".join(map(operator.add, run, run[1:])) + " "


def fts_query(query: str) -> str | None:
    """A user's words as an FTS5 query of quoted phrases (AND), or None when nothing is searchable.

    Every term is reduced to word characters before quoting, so FTS5 syntax in user text (quotes,
    ``NEAR``, ``*``, ``-``, parentheses) is searched literally or dropped, never interpreted.
    """
    phrases = []
    for term in query.split():
        tokens = re.findall(r"\w+", segment(term))
        if not tokens:
            continue
        phrase = '"' + " ".join(tokens) + '"'
        if len(tokens) == 1 and _CJK_RUN.fullmatch(tokens[0]) and len(tokens[0]) == 1:
            phrase += "*"  # a lone CJK character: any bigram starting with it
        phrases.append(phrase)
    return " AND ".join(phrases) if phrases else None


@dataclass(frozen=True)
class Hit:
    article_id: str
    title: str
    field: str
    lang: str
    snippet: str


def search(db: sqlite_utils.Database, query: str, *, limit: int = 20) -> list[Hit]:
    expression = fts_query(query)
    if expression is None:
        return []
    rows = db.execute(
        """
        SELECT d.article_id, a.titles, d.field, d.lang, d.text, bm25(search_docs_fts) AS rank
        FROM search_docs_fts
        JOIN search_docs d ON d.rowid = search_docs_fts.rowid
        JOIN articles a ON a.id = d.article_id
        WHERE search_docs_fts MATCH ?
        ORDER BY rank, d.article_id, d.id
        """,
        [expression],
    ).fetchall()
    hits: list[Hit] = []
    seen: set[str] = set()
    needles = [t for t in query.split() if t]
    for article_id, titles, field, lang, text, _rank in rows:
        if article_id in seen:
            continue
        seen.add(article_id)
        title_map = json.loads(titles)
        title = title_map.get("en") or next(iter(sorted(title_map.items())), ("", ""))[1]
        hits.append(Hit(article_id, title, field, lang, _snippet(text, needles)))
        if len(hits) >= limit:
            break
    return hits


def _snippet(text: str, needles: list[str], width: int = 60) -> str:
    lowered = text.casefold()
    at = min((i for n in needles if (i := lowered.find(n.casefold())) >= 0), default=0)
    start = max(at - width // 2, 0)
    piece = " ".join(text[start : start + width * 2].split())
    return ("…" if start else "") + piece + ("…" if start + width * 2 < len(text) else "")


# --------------------------------------------------------------------------- JSONL


def write_jsonl(path: Path, articles: Iterable[Article]) -> None:
    """Write articles sorted by id, atomically: readers never see a half-written file."""
    _write_lines(path, (a.model_dump_json() for a in sorted(articles, key=lambda a: a.id)))


def export_jsonl(db: sqlite_utils.Database, path: Path) -> None:
    """Write the stored articles sorted by id, streamed from the database, atomically."""
    _write_lines(path, (record for (record,) in db.execute("SELECT record FROM articles ORDER BY id")))


def _write_lines(path: Path, lines: Iterable[str]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".articles.", suffix=".jsonl.tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            for line in lines:
                fh.write(line + "\n")
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def load_article(db: sqlite_utils.Database, key: str) -> Article | None:
    """An article by id or by (canonical) URL."""
    row = db.execute("SELECT record FROM articles WHERE id = ? OR canonical_url = ?", [key, key]).fetchone()
    return Article.model_validate_json(row[0]) if row else None


def all_articles(db: sqlite_utils.Database) -> list[Article]:
    return [Article.model_validate_json(r) for (r,) in db.execute("SELECT record FROM articles ORDER BY id")]
