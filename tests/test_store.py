"""Article writes: the full-text index follows every new, changed and removed article."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pipeline import store
from pipeline.models import Article, Body, KeyPoint, Tag


def article(id_: str, title: str, body: str, point: str = "a point", tag: str = "tagged") -> Article:
    return Article(
        id=id_, canonical_url=f"https://example.com/{id_}", publisher="Example", category=None, authors=[],
        published_at=None, original_language="en", languages=["en"], titles={"en": title},
        summaries=[], bodies=[Body(lang="en", text=body, origin="original", source_ids=["s"])],
        key_points=[KeyPoint(id=f"{id_}-k", lang="en", text=point, kind="key_point", origin="original",
                             source_ids=["s"])],
        alignments=[], tags=[Tag(lang="en", text=tag)], scores=[], related=[], sources=[], conflicts=[],
    )  # fmt: skip


def found(db, query: str) -> list[str]:
    return sorted(h.article_id for h in store.search(db, query))


def index_is_consistent(db) -> bool:
    """FTS5's own check of an external-content index against its content table."""
    db.execute("INSERT INTO search_docs_fts (search_docs_fts, rank) VALUES ('integrity-check', 1)")
    fts_rows = db.execute("SELECT count(*) FROM search_docs_fts_docsize").fetchone()[0]
    return fts_rows == db.execute("SELECT count(*) FROM search_docs").fetchone()[0]


def test_search_follows_new_changed_and_removed_articles(tmp_path: Path) -> None:
    db = store.open_db(tmp_path / "news.db")
    result = store.write_articles(
        db, [article("a1", "Harbour cranes", "微软 builds"), article("a2", "Rain", "wet")]
    )
    assert result == store.WriteResult(new=2, updated=0, removed=0)
    assert found(db, "cranes") == ["a1"] and found(db, "微软") == ["a1"] and found(db, "wet") == ["a2"]
    assert index_is_consistent(db)

    result = store.write_articles(
        db, [article("a1", "Harbour gantries", "谷歌 builds"), article("a2", "Rain", "wet")]
    )
    assert result == store.WriteResult(new=0, updated=1, removed=0)
    assert found(db, "cranes") == [] and found(db, "微软") == []
    assert found(db, "gantries") == ["a1"] and found(db, "谷歌") == ["a1"] and found(db, "wet") == ["a2"]
    assert index_is_consistent(db)

    result = store.write_articles(db, [article("a2", "Rain", "wet")])
    assert result == store.WriteResult(new=0, updated=0, removed=1)
    assert found(db, "gantries") == [] and found(db, "谷歌") == [] and found(db, "wet") == ["a2"]
    assert index_is_consistent(db)


def test_an_unchanged_article_is_not_rewritten(tmp_path: Path) -> None:
    db = store.open_db(tmp_path / "news.db")
    store.write_articles(db, [article("a1", "Harbour cranes", "steel")])
    before = db.execute("SELECT rowid, id FROM search_docs ORDER BY rowid").fetchall()
    assert store.write_articles(db, [article("a1", "Harbour cranes", "steel")]) == store.WriteResult(0, 0, 0)
    assert db.execute("SELECT rowid, id FROM search_docs ORDER BY rowid").fetchall() == before


def test_a_version_2_database_loses_its_triggers_and_keeps_its_index(tmp_path: Path) -> None:
    path = tmp_path / "news.db"
    db = store.open_db(path)
    store.write_articles(db, [article("a1", "Harbour cranes", "steel")])
    # what version 2 had: triggers keeping the index in step, row by row
    db.execute(
        "CREATE TRIGGER search_docs_ai AFTER INSERT ON search_docs BEGIN "
        "INSERT INTO search_docs_fts (rowid, segmented) VALUES (new.rowid, new.segmented); END"
    )
    db.execute(
        "CREATE TRIGGER search_docs_ad AFTER DELETE ON search_docs BEGIN "
        "INSERT INTO search_docs_fts (search_docs_fts, rowid, segmented) "
        "VALUES ('delete', old.rowid, old.segmented); END"
    )
    db.execute("UPDATE meta SET value = '2' WHERE key = 'schema_version'")
    db.conn.commit()
    db.close()

    db = store.open_db(path)
    assert store.get_meta(db, "schema_version") == str(store.SCHEMA_VERSION)
    assert db.execute("SELECT count(*) FROM sqlite_master WHERE type = 'trigger'").fetchone()[0] == 0
    store.write_articles(db, [article("a1", "Harbour gantries", "steel"), article("a2", "Rain", "wet")])
    assert found(db, "cranes") == [] and found(db, "gantries") == ["a1"] and found(db, "wet") == ["a2"]
    assert index_is_consistent(db)


def test_a_database_of_another_version_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "news.db"
    store.open_db(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'")
    conn.close()
    with pytest.raises(store.StoreError):
        store.open_db(path)


def test_a_new_database_has_large_pages_and_an_older_one_keeps_its_own(tmp_path: Path) -> None:
    fresh = store.open_db(tmp_path / "fresh.db")
    assert fresh.execute("PRAGMA page_size").fetchone()[0] == 16384
    assert fresh.execute("PRAGMA journal_mode").fetchone()[0] == "wal"

    # a database an earlier version made, in SQLite's default 4 KiB pages
    older = tmp_path / "older.db"
    db = store.open_db(older)
    db.close()
    with sqlite3.connect(older) as conn:
        conn.execute("PRAGMA journal_mode = DELETE")
        conn.execute("PRAGMA page_size = 4096")
        conn.execute("VACUUM")
    conn.close()
    db = store.open_db(older)
    assert db.execute("PRAGMA page_size").fetchone()[0] == 4096
    store.write_articles(db, [article("a1", "Harbour cranes", "steel")])
    assert found(db, "cranes") == ["a1"] and index_is_consistent(db)


def table_rows(db) -> dict[str, list]:
    tables = ["articles", "texts", "key_points", "tags", "search_docs"]
    return {t: db.execute(f"SELECT * FROM [{t}] ORDER BY 1, 2").fetchall() for t in tables}


def test_chunks_in_one_transaction_write_what_one_call_writes(tmp_path: Path) -> None:
    old = [
        article("a1", "Harbour cranes", "steel"),
        article("a2", "Rain", "wet"),
        article("a3", "Old", "gone"),
    ]
    new = [
        article("a1", "Harbour gantries", "steel"),
        article("a2", "Rain", "wet"),
        article("a4", "Snow", "cold"),
    ]
    whole = store.open_db(tmp_path / "whole.db")
    store.write_articles(whole, old)
    assert store.write_articles(whole, new) == store.WriteResult(new=1, updated=1, removed=1)

    chunked = store.open_db(tmp_path / "chunked.db")
    store.write_articles(chunked, old)
    with chunked.atomic():
        first = store.upsert_articles(chunked, new[:2])
        second = store.upsert_articles(chunked, new[2:])
        removed = store.remove_articles_except(chunked, [a.id for a in new])
    assert (first, second, removed) == (store.WriteResult(0, 1, 0), store.WriteResult(1, 0, 0), 1)
    assert table_rows(chunked) == table_rows(whole)
    assert (
        found(chunked, "gone") == []
        and found(chunked, "cold") == ["a4"]
        and found(chunked, "gantries") == ["a1"]
    )
    assert index_is_consistent(chunked)


@given(st.text(alphabet=st.sampled_from("ab 1.-微软非独占ｶﾀ한국éñ\u3000"), max_size=30))
def test_segment_cuts_cjk_runs_into_bigrams_and_leaves_the_rest(text: str) -> None:
    expected = store._CJK_RUN.sub(
        lambda m: (
            f" {m[0]} "
            if len(m[0]) == 1
            else " " + " ".join(m[0][i : i + 2] for i in range(len(m[0]) - 1)) + " "
        ),
        text,
    )
    assert store.segment(text) == expected


@given(
    st.lists(
        st.text(alphabet=st.sampled_from("ab 1\n微软非独占ｶﾀ한국éñ\u3000\ud800\U0002000b"), max_size=12),
        max_size=8,
    )
)
def test_segment_many_is_segment_of_each_text(texts: list[str]) -> None:
    # a run of CJK never continues from one text into the next, empty texts included
    assert store.segment_many(texts) == [store.segment(t) for t in texts]


def test_a_write_larger_than_a_segmenting_batch_indexes_every_text(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(store, "_SEGMENT_BATCH", 2)
    db = store.open_db(tmp_path / "news.db")
    articles = [article(f"a{i}", f"港口起重机 {i}", f"第{i}号钢铁报告", point=f"要点{i}") for i in range(3)]
    store.write_articles(db, articles)
    rows = db.execute("SELECT text, segmented FROM search_docs ORDER BY rowid").fetchall()
    assert len(rows) == 3 * 4  # title, body, key point and tag of each
    assert all(segmented == store.segment(text) for text, segmented in rows)
    assert found(db, "起重") == ["a0", "a1", "a2"]
    assert found(db, "要点1") == ["a1"]
    assert index_is_consistent(db)
