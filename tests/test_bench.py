"""The benchmark's fairness rule: no timed pass meets page text remembered from an earlier one."""

from __future__ import annotations

from pipeline import bench, lang
from pipeline.normalize import fold, lexicon


def test_forgetting_pages_empties_text_memos_but_keeps_the_lexicon():
    lexicon()
    fold("A line of some page")
    lang.detect_language("Une phrase en français, assez longue pour le modèle.")
    assert fold.cache_info().currsize > 0 and lang.detect_language.cache_info().currsize > 0
    lang.script_profile("仍是")
    assert len(lang._SCRIPT_CODES) > 0
    bench._forget_pages()
    assert len(lang._SCRIPT_CODES) == 0
    assert fold.cache_info().currsize == 0
    assert lang.detect_language.cache_info().currsize == 0
    assert lexicon.cache_info().currsize == 1  # data, not a page's text: kept


def test_each_timed_pass_starts_cold_and_warmed_on_other_pages():
    events: list[str] = []

    def warm_up() -> None:
        events.append(f"warm:{fold.cache_info().currsize}")
        fold("an other page's line")

    def timed() -> None:
        events.append(f"timed:{fold.cache_info().currsize}")
        fold("the timed page's line")

    best = bench._best_of({"ours": timed}, rounds=2, before_each=bench._cold_start(warm_up))
    assert events == ["warm:0", "timed:1", "warm:0", "timed:1"]
    assert best["ours"] >= 0


def test_every_write_anchor_writes_exactly_our_rows(seeds_dir, tmp_path):
    import sqlite3

    from click.testing import CliRunner

    from pipeline.cli import main

    db = tmp_path / "news.db"
    assert (
        CliRunner()
        .invoke(main, ["ingest", str(seeds_dir), "--db", str(db), "--out", str(tmp_path)])
        .exit_code
        == 0
    )
    result = bench._bench_writes(db, tmp_path / "writes", repeats=1)
    assert result["rows"] > 100 and result["ours_vs_raw_same_setup"] > 0

    def contents(name: str) -> dict[str, list[tuple]]:
        with sqlite3.connect(tmp_path / "writes" / name) as conn:
            tables = [
                t
                for (t,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
                if t not in ("meta", "page_records", "runs") and not t.startswith("search_docs_fts")
            ]
            rows = {t: sorted(map(tuple, conn.execute(f"SELECT * FROM [{t}]"))) for t in tables}
            rows["fts"] = sorted(
                conn.execute("SELECT rowid FROM search_docs_fts WHERE search_docs_fts MATCH 'OpenAI'")
            )
            return rows

    ours = contents("ours0.db")
    assert ours["articles"] and ours["fts"]
    for anchor in ("raw0.db", "raw_same_schema0.db", "raw_same_setup0.db"):
        assert contents(anchor) == ours, anchor
    with sqlite3.connect(tmp_path / "writes" / "raw_same_setup0.db") as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    with sqlite3.connect(tmp_path / "writes" / "raw0.db") as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
