"""The ingest job, as a library call: raw folder in, SQLite and JSONL out.

Stages run one way: raw store -> page blocks -> adapter (page record) -> cluster -> fuse -> store.
Page records are cached by content hash, so unchanged files are never parsed twice; the articles
are rebuilt from all page records every run (cheap), written in one transaction, and the JSONL is
replaced atomically. A run killed at any moment leaves the previous state or the new one, and a
re-run finishes the job.
"""

from __future__ import annotations

import fcntl
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from pipeline import rawstore, store
from pipeline.adapters import use_profiles
from pipeline.align import align, texts_to_embed
from pipeline.cluster import Item, cluster
from pipeline.crosslang import merge_across_languages
from pipeline.dates import now_utc
from pipeline.encoder import CachedEncoder, Encoder, default_encoder
from pipeline.engines import Engine, LocalEngine, Parsed, page_stage
from pipeline.extract import parser_version
from pipeline.fuse import SourcedItem, fuse, key_point_id, resolve_references
from pipeline.models import Article, PageRecord, Reject, RunReport, Source

BATCH_SIZE = 200
EMBED_BATCH = 2048
# Bumped when clustering, fusion or alignment change what an article is: stored articles are then
# rebuilt rather than reused.
MERGE_REVISION = 1

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_REJECTS = 3  # the run finished, but some raw files were rejected (see the rejects table)
EXIT_BUSY = 4  # another ingest holds the database


class IngestBusy(RuntimeError):
    pass


@dataclass
class IngestResult:
    report: RunReport
    rejects: list[Reject] = field(default_factory=list)
    articles: list[Article] = field(default_factory=list)

    @property
    def exit_code(self) -> int:
        return EXIT_REJECTS if self.rejects else EXIT_OK


Progress = Callable[[str, int, int], None]


@contextmanager
def _lock(db_path: Path, wait_seconds: float) -> Iterator[None]:
    lock_path = db_path.with_name(db_path.name + ".lock")
    lock_path.parent.mkdir(parents=True, exist_ok=True)
    with open(lock_path, "w") as fh:
        deadline = time.monotonic() + wait_seconds
        while True:
            try:
                fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise IngestBusy(f"another ingest is writing {db_path}; try again when it ends") from None
                time.sleep(0.2)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


def source_id(sha256: str) -> str:
    return "src_" + sha256[:16]


def ingest(
    raw_dir: Path,
    db_path: Path,
    out_dir: Path,
    *,
    follow_symlinks: bool = False,
    wait_seconds: float = 30.0,
    progress: Progress | None = None,
    encoder: Encoder | None = None,
    profile_dirs: tuple[Path, ...] = (),
    engine: Engine | None = None,
) -> IngestResult:
    """Ingest every page under ``raw_dir``; ``profile_dirs`` adds site profiles of one's own;
    ``engine`` runs the per-page stage (default: a process pool on all cores)."""
    if not raw_dir.is_dir():
        raise FileNotFoundError(f"raw folder not found: {raw_dir}")
    use_profiles(tuple(profile_dirs))
    own_engine = engine is None
    engine = engine or LocalEngine()
    try:
        with _lock(db_path, wait_seconds):
            return _ingest(
                raw_dir,
                db_path,
                out_dir,
                follow_symlinks=follow_symlinks,
                progress=progress,
                encoder=encoder,
                engine=engine,
                stage=page_stage(tuple(profile_dirs)),
            )
    finally:
        if own_engine:
            engine.close()


def _ingest(
    raw_dir: Path,
    db_path: Path,
    out_dir: Path,
    *,
    follow_symlinks: bool,
    progress: Progress | None,
    encoder: Encoder | None,
    engine: Engine,
    stage: Callable[[rawstore.RawUnit], Parsed],
) -> IngestResult:
    run_id = "run_" + uuid.uuid4().hex[:12]
    started = now_utc()
    timings: dict[str, float] = {}
    clock = time.perf_counter()
    db = store.open_db(db_path)
    try:
        files = rawstore.scan(raw_dir, follow_symlinks=follow_symlinks)
        raw_root = str(raw_dir.resolve())
        version = parser_version()
        build = f"{version}:{MERGE_REVISION}"
        jsonl = out_dir / "articles.jsonl"
        hashed = _hash_pages(files)
        fingerprint = store.fingerprint_with(db, raw_root, hashed, build)
        timings["scan"] = time.perf_counter() - clock
        if store.get_meta(db, "fingerprint") == fingerprint and store.get_meta(
            db, "jsonl_sha256"
        ) == store.file_sha256(jsonl):
            # Nothing changed since the last run: no page is parsed, nothing is merged or written.
            return _unchanged_run(db, run_id, started, raw_dir, files, hashed, timings, progress)
        cache = store.cached_records(db, version)
        rejected_before = store.known_rejects(db, version)

        clock = time.perf_counter()
        sourced: dict[str, SourcedItem] = {}
        rejects: list[Reject] = []
        pending: list[tuple[str, str, str, list[PageRecord]]] = []
        parsed = skipped = 0
        current: dict[str, tuple[str, str | None, str | None]] = {}
        seen: set[str] = set()
        batch: list[rawstore.RawUnit] = []

        def parse_batch() -> None:
            nonlocal parsed, pending
            for unit, result in zip(batch, engine.map(stage, batch), strict=True):
                if result.records is None:
                    reason = result.reason or "unreadable"
                    rejects.append(_reject(unit.path, result.sha256, reason, run_id, version))
                    continue
                parsed += 1
                pending.append((result.sha256, result.encoding, result.media_type, result.records))
                for item in _sourced_items(
                    unit.path,
                    result.sha256,
                    result.records,
                    result.encoding or "",
                    result.media_type or "text",
                    url=unit.url,
                    fetched_at=unit.fetched_at,
                ):
                    sourced[item.source.id] = item
            batch.clear()
            if len(pending) >= BATCH_SIZE:
                store.save_records(db, version, pending)
                pending = []

        for n, raw in enumerate(files, 1):
            archive_errors: list[str] = []
            for unit in _units(raw, archive_errors):
                sha = rawstore.sha256_of(unit.data)
                current[unit.path] = (sha, unit.url, unit.fetched_at)
                if sha in seen:
                    continue  # the same bytes under another name: one source
                seen.add(sha)
                cached = cache.get(sha)
                if cached is not None:
                    skipped += 1
                    for item in _sourced_items(
                        unit.path,
                        sha,
                        cached.records,
                        cached.encoding,
                        cached.media_type,
                        url=unit.url,
                        fetched_at=unit.fetched_at,
                    ):
                        sourced[item.source.id] = item
                elif sha in rejected_before:
                    skipped += 1
                    rejects.append(_reject(unit.path, sha, rejected_before[sha], run_id, version))
                else:
                    batch.append(unit)
                    if len(batch) >= BATCH_SIZE:
                        parse_batch()
            for problem in archive_errors:
                rejects.append(_reject(raw.path, "", _one_line(problem), run_id, version))
            if progress:
                progress("read", n, len(files))
        parse_batch()
        store.save_records(db, version, pending)
        store.record_rejects(db, rejects)
        store.replace_source_files(db, raw_root, current, run_id)
        for path, sha, page, url, fetched_at in store.other_roots_pages(db, raw_root):
            for item in _sourced_items(
                path, sha, page.records, page.encoding, page.media_type, url=url, fetched_at=fetched_at
            ):
                sourced.setdefault(item.source.id, item)
        timings["extract"] = time.perf_counter() - clock

        clock = time.perf_counter()
        if progress:
            progress("merge", 0, 1)
        previous = store.articles_by_sources(db) if store.get_meta(db, "build") == build else {}
        articles = build_articles(
            list(sourced.values()), CachedEncoder(encoder or default_encoder(), db), previous=previous
        )
        timings["merge"] = time.perf_counter() - clock
        if progress:
            progress("merge", 1, 1)

        clock = time.perf_counter()
        written = store.write_articles(db, articles)
        store.write_jsonl(jsonl, articles)
        store.set_meta(
            db, {"fingerprint": fingerprint, "build": build, "jsonl_sha256": store.file_sha256(jsonl) or ""}
        )
        timings["store"] = time.perf_counter() - clock

        report = RunReport(
            id=run_id,
            started_at=started,
            finished_at=now_utc(),
            raw_dir=str(raw_dir),
            pages_seen=len(files),
            pages_skipped=skipped,
            pages_parsed=parsed,
            pages_rejected=len(rejects),
            articles=len(articles),
            articles_new=written.new,
            articles_updated=written.updated,
            articles_removed=written.removed,
            sources=sum(len(a.sources) for a in articles),
            merged_sources=sum(len(a.sources) - 1 for a in articles),
            links=sum(len(a.alignments) for a in articles),
            seconds={k: round(v, 4) for k, v in timings.items()},
        )
        store.record_run(db, report)
        return IngestResult(report=report, rejects=rejects, articles=articles)
    finally:
        db.close()


def build_articles(
    items: list[SourcedItem],
    encoder: Encoder | None = None,
    *,
    previous: dict[frozenset[str], str] | None = None,
) -> list[Article]:
    """Cluster and fuse page records into canonical articles, and align each one's key points
    across languages when an encoder is given (pure; any input order).

    ``previous`` maps the source ids of already built articles to their records: a cluster whose
    sources did not change is taken from there instead of being fused and aligned again.
    """
    by_id = {it.source.id: it for it in items}
    groups = cluster([it.item for it in items])
    if encoder is not None:
        groups = merge_across_languages(groups, encoder)
    articles = []
    fresh: list[Article] = []
    for group in groups:
        stored = (previous or {}).get(frozenset(i.source_id for i in group))
        if stored is not None:
            articles.append(Article.model_validate_json(stored))
            continue
        fresh.append(fuse([by_id[i.source_id] for i in group]))
    if encoder is not None and fresh:
        # large batches embed faster than many small ones (bounded, for memory); align reads the cache
        wanted = sorted({t for a in fresh for t in texts_to_embed(a.key_points)})
        for start in range(0, len(wanted), EMBED_BATCH):
            encoder.encode(wanted[start : start + EMBED_BATCH])
        for article in fresh:
            article.alignments = align(article.key_points, encoder)
    articles.extend(fresh)
    return sorted(resolve_references(_unique_ids(articles)), key=lambda a: a.id)


def _unique_ids(articles: list[Article]) -> list[Article]:
    """Two articles can share the id their title and day give (a title too short to merge on, no
    URL): each then takes its first source's id as a suffix, the same on every run, and its key
    point ids follow."""
    counts: dict[str, int] = {}
    for article in articles:
        counts[article.id] = counts.get(article.id, 0) + 1
    for article in articles:
        if counts[article.id] == 1:
            continue
        article.id = f"{article.id}-{min(s.id for s in article.sources).removeprefix('src_')[:8]}"
        renamed = {k.id: key_point_id(article.id, k.lang, k.text) for k in article.key_points}
        for point in article.key_points:
            point.id = renamed[point.id]
            point.parent_id = renamed.get(point.parent_id) if point.parent_id else None
        for link in article.alignments:
            link.a, link.b = sorted((renamed[link.a], renamed[link.b]))
    return articles


def _hash_pages(files: list[rawstore.RawFile]) -> dict[str, str]:
    """path -> sha256 of every page the files hold (what decides whether anything changed)."""
    hashed: dict[str, str] = {}
    for raw in files:
        for unit in _units(raw, []):
            hashed[unit.path] = rawstore.sha256_of(unit.data)
    return hashed


def _unchanged_run(
    db,
    run_id: str,
    started: str,
    raw_dir: Path,
    files: list[rawstore.RawFile],
    hashed: dict[str, str],
    timings: dict[str, float],
    progress: Progress | None,
) -> IngestResult:
    present = {f.path for f in files}
    rejects = [
        r.model_copy(update={"run_id": run_id})
        for r in store.rejects_of(db)
        if hashed.get(r.path) == r.sha256 or (r.sha256 == "" and r.path in present)
    ]
    store.record_rejects(db, rejects)
    counts = store.article_counts(db)
    if progress:
        progress("read", len(files), len(files))
    report = RunReport(
        id=run_id,
        started_at=started,
        finished_at=now_utc(),
        raw_dir=str(raw_dir),
        pages_seen=len(files),
        pages_skipped=len(hashed),
        pages_parsed=0,
        pages_rejected=len(rejects),
        articles=counts["articles"],
        articles_new=0,
        articles_updated=0,
        sources=counts["sources"],
        merged_sources=counts["sources"] - counts["articles"],
        links=counts["alignments"],
        seconds={k: round(v, 4) for k, v in timings.items()},
    )
    store.record_run(db, report)
    return IngestResult(report=report, rejects=rejects)


def _units(raw: rawstore.RawFile, errors: list[str]) -> Iterator[rawstore.RawUnit]:
    """The raw file's pages; a file that cannot even be read becomes an error, not a crash."""
    try:
        yield from rawstore.units(raw, errors)
    except OSError as exc:
        errors.append(f"cannot read the file: {exc.strerror or exc}")
    except rawstore.PageTooLarge as exc:
        errors.append(str(exc))


def _sourced_items(
    path: str,
    sha: str,
    records: list[PageRecord],
    encoding: str,
    media_type: str,
    *,
    url: str | None = None,
    fetched_at: str | None = None,
) -> list[SourcedItem]:
    """One source per record: a multi-story page gives each story its own id (``src_…-N``)."""
    items = []
    for record in records:
        sid = source_id(sha) if record.position is None else f"{source_id(sha)}-{record.position}"
        source = Source(
            id=sid,
            path=path,
            adapter=record.adapter,
            url=url,
            fetched_at=fetched_at or record.fetched_at,
            cached_at=record.cached_at,
            sha256=sha,
            languages=record.languages(),
            encoding=encoding,
            media_type=media_type,  # type: ignore[arg-type]
            position=record.position,
            flags=record.flags,
        )
        items.append(SourcedItem(item=Item(source_id=sid, record=record), source=source))
    return items


def _reject(path: str, sha: str, reason: str, run_id: str, version: str) -> Reject:
    return Reject(path=path, sha256=sha, reason=reason, run_id=run_id, parser_version=version)


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split())[:300] or type(exc).__name__
