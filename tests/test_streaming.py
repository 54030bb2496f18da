"""The streaming merge stage: chunked output equals the whole, keys survive the cache, memory
stays bounded where it says so, and the engine streams in order."""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np
import pytest
from test_merge import record, sourced

from pipeline import store
from pipeline.cluster import KEY_REVISION, ClusterKey, Item, cluster_key, memory_loader
from pipeline.encoder import CachedEncoder
from pipeline.engines import LocalEngine
from pipeline.merge import build_articles, merge_articles
from pipeline.models import Article, PageRelated


def corpus() -> list:
    """Pages that exercise every global step: clusters by URL and title, a near-duplicate, a
    related link to another article, and two articles whose title and day give one id."""
    body = " ".join(f"Sentence {i} about the harbour bridge repair works and its cost." for i in range(12))
    return [
        sourced("a1", record("Harbour bridge closes for repairs", url="https://n.example/bridge", body=body)),
        sourced("a2", record("Harbour bridge closes for repairs", date="2026-05-01")),
        sourced("a3", record("Bridge works start", body=body + " Edited.", date="2026-05-01")),
        sourced(
            "b1",
            record(
                "Council budget passes",
                url="https://n.example/budget",
                related=[PageRelated(relation="related", title="Harbour bridge closes for repairs")],
            ),
        ),
        sourced("c1", record("Short", date="2026-05-02")),
        sourced("c2", record("Short", date="2026-05-02", points=["another story"])),
    ]


def test_chunked_merge_gives_the_same_articles_as_one_chunk() -> None:
    items = corpus()
    whole = build_articles(items)
    by_id = {it.source.id: it for it in items}
    plain = [it.item for it in items]
    chunks: list[list[Article]] = []
    merge_articles(
        [cluster_key(it.source_id, it.record) for it in plain],
        memory_loader(plain),
        lambda sid, _record: by_id[sid].source,
        chunks.append,
        chunk_groups=1,
    )
    assert len(chunks) == len(whole) > 1
    assert sorted((a for c in chunks for a in c), key=lambda a: a.id) == whole
    bridge = next(a for a in whole if a.canonical_url == "https://n.example/bridge")
    budget = next(a for a in whole if a.canonical_url == "https://n.example/budget")
    assert budget.related[0].article_id == bridge.id  # resolved across chunks
    assert len({a.id for a in whole}) == len(whole)  # clashing ids got their suffixes


def test_cluster_keys_round_trip_and_an_older_revision_is_recomputed() -> None:
    key = cluster_key("src_1", corpus()[0].item.record)
    assert key.signature is not None and len(key.signature) == 64 * 8
    assert ClusterKey.from_row(key.to_row()) == key
    stale = key.to_row()
    stale[0] = KEY_REVISION - 1
    assert ClusterKey.from_row(stale) is None


def test_signatures_do_not_depend_on_the_process_string_hash_seed() -> None:
    """Shingle sets iterate in an order that changes with PYTHONHASHSEED; a signature cached by one
    run is compared with those of the next, so it must not."""
    import subprocess
    import sys

    script = (
        "from pipeline.cluster import _signature, shingles;"
        "text = ' '.join(f'word{i} 港湾の橋{i}' for i in range(40));"
        "print(_signature(shingles(text)).hex())"
    )
    signatures = {
        subprocess.run(
            [sys.executable, "-c", script],
            env={**os.environ, "PYTHONHASHSEED": seed},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for seed in ("1", "2", "3")
    }
    assert len(signatures) == 1 and len(next(iter(signatures)).strip()) == 64 * 8 * 2


def test_records_cached_without_keys_get_them_computed(tmp_path: Path) -> None:
    from pipeline.ingest import _Sources

    db = store.open_db(tmp_path / "news.db")
    rec = corpus()[0].item.record
    page = store.ParsedPage("ab" * 32, "utf-8", "text", "test", "[" + rec.model_dump_json() + "]", ())
    store.save_records(db, "v", [page])
    db.execute("UPDATE page_records SET keys = NULL")
    sources = _Sources(db)
    sources.add_cached([("a.txt", "ab" * 32, None, None)])
    (key,) = sources.keys.values()
    assert key == cluster_key(key.source_id, rec)
    assert store.cached_pages(db, ["ab" * 32])["ab" * 32].keys == [key]  # and stored for next time


class CountingEncoder:
    name = "counting"

    def __init__(self) -> None:
        self.calls = 0

    def encode(self, texts):
        self.calls += len(texts)
        return np.array([[float(len(t)), 1.0] + [0.0] * 510 for t in texts], dtype=np.float32)


def test_the_vector_cache_stays_within_its_capacity_and_answers_alike(tmp_path: Path) -> None:
    inner = CountingEncoder()
    cached = CachedEncoder(inner, store.open_db(tmp_path / "e.db"), capacity=10)
    texts = [f"text {i}" * (i % 7 + 1) for i in range(40)]
    first = cached.encode(texts + texts[:5])
    assert len(cached._memory) == 10
    assert np.array_equal(first, inner.encode(texts + texts[:5]))
    calls = inner.calls
    again = cached.encode(texts)  # memory for ten, the table for the rest: no model call
    assert inner.calls == calls and np.array_equal(again, first[:40])


def square(x: int) -> int:
    return x * x


@pytest.mark.parametrize(("count", "per_task"), [(3, 64), (200, 64), (300, 64), (200, 7), (200, 1)])
def test_the_pool_streams_in_input_order(count: int, per_task: int) -> None:
    engine = LocalEngine(workers=2)
    try:
        pairs = list(engine.stream(square, iter(range(count)), per_task=per_task))
    finally:
        engine.close()
    assert pairs == [(i, i * i) for i in range(count)]


def test_the_last_tasks_shrink_so_the_workers_finish_together() -> None:
    from pipeline.engines import _task_size

    assert _task_size(500, 64, 2, all_read=False) == 64
    left, sizes = 172, []
    while left:
        sizes.append(_task_size(left, 64, 2, all_read=True))
        left -= sizes[-1]
    assert sizes[0] == 43 and sizes[-4:] == [1, 1, 1, 1]
    assert sizes == sorted(sizes, reverse=True) and sum(sizes) == 172
    assert _task_size(3, 64, 2, all_read=True) == 1


def test_a_task_of_no_items_is_refused_rather_than_dropping_the_stream() -> None:
    engine = LocalEngine(workers=2)
    try:
        with pytest.raises(ValueError, match="per_task"):
            list(engine.stream(square, iter(range(200)), per_task=0))
    finally:
        engine.close()


def test_clustering_needs_only_keys_and_the_loader() -> None:
    items = [it.item for it in corpus()]
    asked: list[str] = []
    inner = memory_loader(items)

    def load(ids):
        asked.extend(ids)
        return inner(ids)

    from pipeline.cluster import cluster_keys

    groups = cluster_keys([cluster_key(it.source_id, it.record) for it in items], load)
    assert sorted(asked) == ["a1", "a3"]  # only the near-duplicate candidates were read
    assert [k.source_id for k in groups[0]] == ["a1", "a2", "a3"]
    assert Item  # the in-memory form stays available for callers that hold records
