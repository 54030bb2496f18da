"""The ingest job, as a library call: raw folder in, SQLite and JSONL out.

Stages run one way: raw store -> page blocks -> adapter (page record + cluster key) -> merge
(cluster, cross-language merge, fuse, align; :mod:`pipeline.merge`) -> store. Files are hashed
first (unchanged size and mtime reuse the last hash); when nothing changed the run stops there.
Page records are cached by content hash, so unchanged pages are never parsed or read twice; only
cluster keys stay in memory, and articles whose sources did not change are taken as stored. The
articles are written in one transaction and the JSONL is exported from the database and replaced
atomically. A run killed at any moment leaves the previous state or the new one, and a re-run
finishes the job.
"""

from __future__ import annotations

import fcntl
import time
import uuid
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from pipeline import rawstore, store
from pipeline.adapters import use_profiles
from pipeline.cluster import ClusterKey, cluster_key, source_id
from pipeline.dates import now_utc
from pipeline.encoder import CachedEncoder, Encoder, PooledEncoder
from pipeline.engines import Engine, LocalEngine, Parsed, page_stage
from pipeline.extract import parser_version
from pipeline.merge import build_articles, merge_articles
from pipeline.models import PageRecord, Reject, RunReport, Source

__all__ = ["build_articles", "ingest"]

BATCH_SIZE = 200
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


def ingest(
    raw_dir: Path,
    db_path: Path,
    out_dir: Path,
    *,
    follow_symlinks: bool = False,
    rehash: bool = False,
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
                rehash=rehash,
                progress=progress,
                encoder=encoder,
                engine=engine,
                stage=page_stage(tuple(profile_dirs)),
            )
    finally:
        if own_engine:
            engine.close()


@dataclass(frozen=True)
class SourceRef:
    """Where a source's record came from: what its provenance entry says besides the record."""

    path: str
    sha256: str
    encoding: str
    media_type: str
    url: str | None
    fetched_at: str | None


CachedFile = tuple[str, str, str | None, str | None]  # (path, sha256, url, fetched_at)


class _Sources:
    """Every source of the run as a cluster key and a reference; records stay in the database."""

    def __init__(self, db) -> None:
        self.db = db
        self.keys: dict[str, ClusterKey] = {}
        self.refs: dict[str, SourceRef] = {}

    def add(self, keys: Iterable[ClusterKey], ref: SourceRef, *, replace: bool = True) -> None:
        for key in keys:
            if replace or key.source_id not in self.keys:
                self.keys[key.source_id] = key
                self.refs[key.source_id] = ref

    def add_cached(self, pages: list[CachedFile], *, replace: bool = True) -> None:
        """Add pages whose records the cache holds; keys an older revision stored are recomputed."""
        for start in range(0, len(pages), 1000):
            chunk = pages[start : start + 1000]
            cached = store.cached_pages(self.db, (sha for _, sha, _, _ in chunk))
            stale = [sha for sha, page in cached.items() if page.keys is None]
            recomputed = {
                sha: [cluster_key(source_id(sha, r.position), r) for r in records]
                for sha, records in store.page_records(self.db, stale).items()
            }
            if recomputed:
                store.save_keys(self.db, recomputed)
            for path, sha, url, fetched_at in chunk:
                if sha not in cached:
                    continue
                page = cached[sha]
                keys = page.keys if page.keys is not None else recomputed[sha]
                ref = SourceRef(path, sha, page.encoding, page.media_type, url, fetched_at)
                self.add(keys, ref, replace=replace)

    def load(self, source_ids: Sequence[str]) -> dict[str, PageRecord]:
        wanted = set(source_ids)
        out: dict[str, PageRecord] = {}
        for sha, records in store.page_records(self.db, {self.refs[i].sha256 for i in wanted}).items():
            for record in records:
                sid = source_id(sha, record.position)
                if sid in wanted:
                    out[sid] = record
        return out

    def source_of(self, sid: str, record: PageRecord) -> Source:
        ref = self.refs[sid]
        return Source(
            id=sid,
            path=ref.path,
            adapter=record.adapter,
            url=ref.url,
            fetched_at=ref.fetched_at or record.fetched_at,
            cached_at=record.cached_at,
            sha256=ref.sha256,
            languages=record.languages(),
            encoding=ref.encoding,
            media_type=ref.media_type,  # type: ignore[arg-type]
            position=record.position,
            flags=record.flags,
        )


def _ingest(
    raw_dir: Path,
    db_path: Path,
    out_dir: Path,
    *,
    follow_symlinks: bool,
    rehash: bool,
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
        hashed = _hash_pages(db, raw_root, files, rehash=rehash)
        fingerprint = store.fingerprint_with(db, raw_root, hashed, build)
        timings["scan"] = time.perf_counter() - clock
        if store.get_meta(db, "fingerprint") == fingerprint and store.get_meta(
            db, "jsonl_sha256"
        ) == store.file_sha256(jsonl):
            # Nothing changed since the last run: no page is parsed, nothing is merged or written.
            return _unchanged_run(db, run_id, started, raw_dir, files, hashed, timings, progress)
        cached = store.cached_shas(db, version)
        rejected_before = store.known_rejects(db, version)

        clock = time.perf_counter()
        sources = _Sources(db)
        rejects: list[Reject] = []
        pending: list[store.ParsedPage] = []
        from_cache: list[CachedFile] = []
        parsed = skipped = 0
        current: dict[str, tuple[str, str | None, str | None]] = {}
        seen: set[str] = set()

        def needs_parsing(path: str, sha: str, url: str | None, fetched_at: str | None) -> bool:
            """Record a page; whether it must be parsed (else the cache or a reject covers it)."""
            nonlocal skipped
            current[path] = (sha, url, fetched_at)
            if sha in seen:
                return False  # the same bytes under another name: one source
            seen.add(sha)
            if sha in cached:
                skipped += 1
                from_cache.append((path, sha, url, fetched_at))
                return False
            if sha in rejected_before:
                skipped += 1
                rejects.append(_reject(path, sha, rejected_before[sha], run_id, version))
                return False
            return True

        def to_parse() -> Iterator[rawstore.RawUnit]:
            """The pages that need parsing. A plain file the hashing pass already knows is read
            again only then; an archive is read again for its pages."""
            for n, raw in enumerate(files, 1):
                known = None if rawstore.is_archive(raw.path) else hashed.get(raw.path)
                if known is None or needs_parsing(raw.path, known, None, None):
                    archive_errors: list[str] = []
                    for unit in _units(raw, archive_errors):
                        sha = hashed.get(unit.path) or rawstore.sha256_of(unit.data)
                        if known is not None or needs_parsing(unit.path, sha, unit.url, unit.fetched_at):
                            yield unit
                    for problem in archive_errors:
                        rejects.append(_reject(raw.path, "", _one_line(problem), run_id, version))
                if progress:
                    progress("read", n, len(files))

        for unit, result in engine.stream(stage, to_parse()):
            if result.records_json is None:
                reason = result.reason or "unreadable"
                rejects.append(_reject(unit.path, result.sha256, reason, run_id, version))
                continue
            parsed += 1
            encoding, media_type = result.encoding or "", result.media_type or "text"
            pending.append(
                store.ParsedPage(
                    result.sha256,
                    encoding,
                    media_type,
                    result.adapter or "",
                    result.records_json,
                    result.keys,
                )
            )
            ref = SourceRef(unit.path, result.sha256, encoding, media_type, unit.url, unit.fetched_at)
            sources.add(result.keys, ref)
            if len(pending) >= BATCH_SIZE:
                store.save_records(db, version, pending)
                pending = []
        store.save_records(db, version, pending)
        engine.recycle()
        sources.add_cached(from_cache)
        store.record_rejects(db, rejects)
        store.replace_source_files(db, raw_root, current, run_id)
        sources.add_cached(store.other_roots_files(db, raw_root), replace=False)
        for done_with in (from_cache, seen, cached, current):
            done_with.clear()  # memory the merge stage can use
        timings["extract"] = time.perf_counter() - clock

        clock = time.perf_counter()
        index = store.article_index(db) if store.get_meta(db, "build") == build else {}

        def previous(source_ids: frozenset[str]) -> str | None:
            article_id = index.get(source_ids)
            return store.article_record(db, article_id) if article_id else None

        writer = store.ArticleWriter(db)
        with db.atomic():  # the articles change all at once, or not at all
            totals = merge_articles(
                list(sources.keys.values()),
                sources.load,
                sources.source_of,
                writer.write,
                encoder=CachedEncoder(encoder or PooledEncoder(engine), db),
                previous=previous,
                progress=(lambda done, total: progress("merge", done, total)) if progress else None,
            )
            written = writer.finish()
            store.set_meta(db, {"build": build})
        timings["merge"] = time.perf_counter() - clock

        clock = time.perf_counter()
        store.export_jsonl(db, jsonl)
        store.set_meta(db, {"fingerprint": fingerprint, "jsonl_sha256": store.file_sha256(jsonl) or ""})
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
            articles=totals.articles,
            articles_new=written.new,
            articles_updated=written.updated,
            articles_removed=written.removed,
            sources=totals.sources,
            merged_sources=totals.sources - totals.articles,
            links=totals.links,
            seconds={k: round(v, 4) for k, v in timings.items()},
        )
        store.record_run(db, report)
        return IngestResult(report=report, rejects=rejects)
    finally:
        db.close()


def _hash_pages(db, raw_root: str, files: list[rawstore.RawFile], *, rehash: bool) -> dict[str, str]:
    """path -> sha256 of every page the files hold (what decides whether anything changed).

    A plain file whose size and mtime are those it had when an earlier run hashed it keeps that
    hash without being read, as git's index does (and, as there, not when it was modified within
    two seconds of being hashed); ``rehash`` reads and hashes every file.
    """
    known = store.known_file_hashes(db, raw_root)
    now: dict[str, store.FileHash] = {}
    hashed: dict[str, str] = {}
    for raw in files:
        if rawstore.is_archive(raw.path):
            for unit in _units(raw, []):
                hashed[unit.path] = rawstore.sha256_of(unit.data)
            continue
        entry = known.get(raw.path)
        if not rehash and entry is not None and entry.still_valid(raw.size, raw.mtime_ns):
            now[raw.path] = entry
            hashed[raw.path] = entry.sha256
            continue
        hashed_at = time.time_ns()
        for unit in _units(raw, []):
            hashed[unit.path] = rawstore.sha256_of(unit.data)
            now[raw.path] = store.FileHash(raw.size, raw.mtime_ns, hashed_at, hashed[unit.path])
    if now != known:
        store.replace_file_hashes(db, raw_root, now)
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


def _reject(path: str, sha: str, reason: str, run_id: str, version: str) -> Reject:
    return Reject(path=path, sha256=sha, reason=reason, run_id=run_id, parser_version=version)


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split())[:300] or type(exc).__name__
