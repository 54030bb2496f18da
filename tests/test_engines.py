"""Engines change where the stages run, never what they produce."""

from __future__ import annotations

from pathlib import Path

from pipeline.engines import POOL_THRESHOLD, DaskEngine, LocalEngine, page_stage
from pipeline.ingest import ingest
from pipeline.rawstore import RawUnit

from conftest import FIXTURES, RAW


def corpus(folder: Path, copies: int) -> Path:
    """The seeds and digest fixtures, copied with one changed byte so each copy is a distinct page."""
    folder.mkdir()
    pages = sorted(RAW.iterdir()) + sorted((FIXTURES / "digests").iterdir())
    for i in range(copies):
        for page in pages:
            (folder / f"{i:03d}-{page.name}").write_bytes(page.read_bytes() + f"\n\n<!-- {i} -->\n".encode())
    return folder


def run(raw: Path, out: Path, engine) -> bytes:
    out.mkdir()
    ingest(raw, out / "news.db", out, engine=engine)
    return (out / "articles.jsonl").read_bytes()


def test_a_process_pool_gives_the_same_records_as_one_process(tmp_path: Path) -> None:
    raw = corpus(tmp_path / "raw", copies=POOL_THRESHOLD // 12 + 1)
    units = [RawUnit(f.name, f.read_bytes()) for f in sorted(raw.iterdir())]
    stage = page_stage(())
    assert LocalEngine(workers=2).map(stage, units) == LocalEngine(workers=1).map(stage, units)


def test_ingest_output_is_byte_identical_across_engines(tmp_path: Path) -> None:
    raw = corpus(tmp_path / "raw", copies=2)
    serial = run(raw, tmp_path / "serial", LocalEngine(workers=1))
    pooled = run(raw, tmp_path / "pool", LocalEngine(workers=2))
    assert serial == pooled


def test_the_dask_engine_on_a_local_cluster_gives_byte_identical_output(tmp_path: Path) -> None:
    raw = corpus(tmp_path / "raw", copies=2)
    local = run(raw, tmp_path / "local", LocalEngine(workers=1))
    engine = DaskEngine(workers=2)
    try:
        assert run(raw, tmp_path / "dask", engine) == local
    finally:
        engine.close()


def _marker_seen(_item: int) -> str | None:
    import pipeline.engines

    return getattr(pipeline.engines, "_test_marker", None)


def test_workers_after_recycle_do_not_inherit_this_process_memory() -> None:
    """Parse workers are forked (they share the parent's pages); the next stage's workers come
    from a fork server, so they carry none of what the parent built up during the run."""
    import pipeline.engines

    engine = LocalEngine(workers=2)
    pipeline.engines._test_marker = "set in the parent"  # type: ignore[attr-defined]
    try:
        assert set(engine.map(_marker_seen, range(8), pool_from=1)) == {"set in the parent"}
        engine.recycle()
        assert set(engine.map(_marker_seen, range(8), pool_from=1)) == {None}
    finally:
        del pipeline.engines._test_marker  # type: ignore[attr-defined]
        engine.close()
