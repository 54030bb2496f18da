"""End to end: the shipped raw pages through `newsdigest ingest`, checked against the gold."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline import blocks, extract, ingest, merge, rawstore, schemas
from pipeline.cli import main
from pipeline.goldcheck import alignment_scores, failed_checks

from conftest import ROOT, read_jsonl

ENTITY_TABLES = ("articles", "sources", "texts", "key_points", "tags", "scores", "related", "conflicts")


def run_ingest(raw: Path, work: Path, *args: str) -> tuple[int, str]:
    result = CliRunner().invoke(
        main, ["ingest", str(raw), "--db", str(work / "news.db"), "--out", str(work), *args]
    )
    return result.exit_code, result.output


def row_counts(db_path: Path) -> dict[str, int]:
    with sqlite3.connect(db_path) as conn:
        return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ENTITY_TABLES}


def test_seeds_ingest_to_exactly_the_gold(seeds_dir: Path, tmp_path: Path, gold: dict) -> None:
    code, output = run_ingest(seeds_dir, tmp_path)
    assert code == 0, output
    assert failed_checks(read_jsonl(tmp_path / "articles.jsonl"), gold) == []


def test_seed_facts_are_linked_across_languages(seeds_dir: Path, tmp_path: Path, gold: dict) -> None:
    run_ingest(seeds_dir, tmp_path)
    articles = read_jsonl(tmp_path / "articles.jsonl")
    scores = alignment_scores(articles, gold)
    assert scores["precision"] >= 0.9 and scores["f1"] >= 0.9, scores
    for article in articles:
        lang_of = {k["id"]: k["lang"] for k in article["key_points"]}
        kind_of = {k["id"]: k["kind"] for k in article["key_points"]}
        for link in article["alignments"]:
            assert lang_of[link["a"]] != lang_of[link["b"]]
            assert "implication" not in (kind_of[link["a"]], kind_of[link["b"]])


def test_same_topic_article_stays_separate(seeds_dir: Path, tmp_path: Path) -> None:
    run_ingest(seeds_dir, tmp_path)
    groups = sorted(
        sorted(s["path"][:3] for s in a["sources"]) for a in read_jsonl(tmp_path / "articles.jsonl")
    )
    assert groups == [["000", "002", "003", "004"], ["001"]]


def test_conflicting_related_date_is_recorded_and_the_original_wins(seeds_dir: Path, tmp_path: Path) -> None:
    run_ingest(seeds_dir, tmp_path)
    article = next(a for a in read_jsonl(tmp_path / "articles.jsonl") if len(a["sources"]) == 4)
    conflict = next(
        c for c in article["conflicts"] if c["field"] == "related[Introducing ChatGPT Images 2.0].date"
    )
    paths = {s["id"]: s["path"][:3] for s in article["sources"]}
    by_value = {v["value"]: [paths[i] for i in v["source_ids"]] for v in conflict["values"]}
    assert by_value == {"2026-04-21": ["002"], "2026-04-26": ["000"]}
    assert conflict["chosen"] == "2026-04-21"


def test_rerun_is_byte_identical_adds_no_row_and_parses_nothing(seeds_dir: Path, tmp_path: Path) -> None:
    run_ingest(seeds_dir, tmp_path)
    first = (tmp_path / "articles.jsonl").read_bytes()
    counts = row_counts(tmp_path / "news.db")
    code, output = run_ingest(seeds_dir, tmp_path)
    assert code == 0
    assert "0 parsed, 5 unchanged" in output
    assert (tmp_path / "articles.jsonl").read_bytes() == first
    assert row_counts(tmp_path / "news.db") == counts


def test_shuffled_and_renamed_inputs_give_the_same_ids_and_output(seeds_dir: Path, tmp_path: Path) -> None:
    run_ingest(seeds_dir, tmp_path / "a")
    renamed = tmp_path / "renamed"
    for i, path in enumerate(sorted(seeds_dir.iterdir(), reverse=True)):
        target = renamed / f"batch{i % 2}" / f"{i:02d}-{path.stem[::-1]}.capture"
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(path, target)
    run_ingest(renamed, tmp_path / "b")

    def without_paths(path: Path) -> list[dict]:
        articles = read_jsonl(path)
        for a in articles:
            for s in a["sources"]:
                s.pop("path")
        return articles

    assert without_paths(tmp_path / "a" / "articles.jsonl") == without_paths(
        tmp_path / "b" / "articles.jsonl"
    )


def test_unknown_page_is_rejected_with_a_reason_and_the_rest_ingested(
    seeds_dir: Path, tmp_path: Path, gold: dict
) -> None:
    (seeds_dir / "zz_recipe.txt").write_text(
        "Grandma's apple pie\n\nMix flour and butter.\n", encoding="utf-8"
    )
    (seeds_dir / "empty.txt").write_bytes(b"")
    code, output = run_ingest(seeds_dir, tmp_path)
    assert code == ingest.EXIT_REJECTS
    assert "rejected: zz_recipe.txt: no adapter recognises this page" in output
    with sqlite3.connect(tmp_path / "news.db") as conn:
        rejects = dict(conn.execute("SELECT path, reason FROM rejects").fetchall())
    assert set(rejects) == {"zz_recipe.txt", "empty.txt"}
    assert rejects["empty.txt"] == "empty file"
    assert failed_checks(read_jsonl(tmp_path / "articles.jsonl"), gold) == []
    # the rejection is remembered: a re-run does not parse the file again but still reports it
    code, output = run_ingest(seeds_dir, tmp_path)
    assert code == ingest.EXIT_REJECTS
    assert "0 parsed" in output


def test_a_second_raw_folder_adds_to_the_database_and_a_removed_file_leaves(
    seeds_dir: Path, tmp_path: Path, gold: dict
) -> None:
    first, second = tmp_path / "first", tmp_path / "second"
    first.mkdir()
    second.mkdir()
    for path in sorted(seeds_dir.iterdir()):
        shutil.copy(path, (first if path.name < "003" else second) / path.name)
    run_ingest(first, tmp_path)
    run_ingest(second, tmp_path)
    assert failed_checks(read_jsonl(tmp_path / "articles.jsonl"), gold) == []
    (first / "001_80a8af548b3df168.txt").unlink()
    run_ingest(first, tmp_path)
    paths = sorted(s["path"][:3] for a in read_jsonl(tmp_path / "articles.jsonl") for s in a["sources"])
    assert paths == ["000", "002", "003", "004"]


def test_second_ingest_into_a_held_database_fails_clearly(seeds_dir: Path, tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    with ingest._lock(db, wait_seconds=0):
        code, output = run_ingest(seeds_dir, tmp_path, "--wait", "0")
    assert code == ingest.EXIT_BUSY
    assert "another ingest is writing" in output


@pytest.mark.parametrize(
    ("query", "field_lang"),
    [("微软", "zh"), ("非独占", None), ("non-exclusive", "en"), ("共同声明", "ja")],
)
def test_search_finds_text_in_every_language(seeds_dir: Path, tmp_path: Path, query: str, field_lang) -> None:
    run_ingest(seeds_dir, tmp_path)
    result = CliRunner().invoke(main, ["search", query, "--db", str(tmp_path / "news.db")])
    assert result.exit_code == 0, result.output
    assert query.replace("-", "") in result.output.replace("-", "")


def test_search_for_microsoft_in_chinese_finds_the_seed_article(seeds_dir: Path, tmp_path: Path) -> None:
    run_ingest(seeds_dir, tmp_path)
    article = next(a for a in read_jsonl(tmp_path / "articles.jsonl") if len(a["sources"]) == 4)
    for query in ("微软", "非独占", "non-exclusive"):
        result = CliRunner().invoke(main, ["search", query, "--db", str(tmp_path / "news.db")])
        assert article["id"] in result.output, query


@pytest.mark.parametrize(
    "query", ['"', "NEAR(a b)", "foo*", "-bar", "(unbalanced", "a OR", "'; DROP TABLE x"]
)
def test_search_syntax_in_user_text_never_breaks_the_query(
    seeds_dir: Path, tmp_path: Path, query: str
) -> None:
    run_ingest(seeds_dir, tmp_path)
    result = CliRunner().invoke(main, ["search", "--db", str(tmp_path / "news.db"), "--", query])
    assert result.exit_code in (0, 5), result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)


def test_show_prints_an_article_by_id_and_by_url(seeds_dir: Path, tmp_path: Path) -> None:
    run_ingest(seeds_dir, tmp_path)
    article = next(a for a in read_jsonl(tmp_path / "articles.jsonl") if a["canonical_url"])
    db = str(tmp_path / "news.db")
    by_id = CliRunner().invoke(main, ["show", article["id"], "--db", db])
    by_url = CliRunner().invoke(main, ["show", article["canonical_url"], "--db", db])
    assert by_id.exit_code == 0 and by_id.output == by_url.output
    assert "非独占" in by_id.output
    missing = CliRunner().invoke(main, ["show", "art_nope", "--db", db])
    assert missing.exit_code == 5


def test_export_reproduces_the_jsonl(seeds_dir: Path, tmp_path: Path) -> None:
    run_ingest(seeds_dir, tmp_path)
    result = CliRunner().invoke(main, ["export", "--db", str(tmp_path / "news.db")])
    assert result.output == (tmp_path / "articles.jsonl").read_text(encoding="utf-8")


def test_committed_schemas_are_current() -> None:
    for name, model in schemas.SCHEMA_MODELS.items():
        committed = ROOT / "schemas" / f"{name}.schema.json"
        assert committed.exists(), f"missing {committed}: run `make schemas`"
        assert committed.read_text(encoding="utf-8") == schemas.render(model), f"{committed} is stale"


def test_jsonl_records_validate_against_the_article_schema(seeds_dir: Path, tmp_path: Path) -> None:
    from pipeline.models import Article

    run_ingest(seeds_dir, tmp_path)
    for line in (tmp_path / "articles.jsonl").read_text(encoding="utf-8").splitlines():
        assert Article.model_validate_json(line).model_dump_json() == line


@pytest.mark.parametrize("path", sorted(p.name for p in (ROOT / "raw").iterdir()))
def test_html_rendering_of_a_seed_parses_to_the_same_record(path: str, tmp_path: Path) -> None:
    raw = rawstore.RawFile(path=path, abspath=ROOT / "raw" / path, size=0)
    as_text = rawstore.load(raw)
    html_file = tmp_path / (path + ".html")
    html_file.write_text(blocks.to_html(blocks.from_text(as_text.text)), encoding="utf-8")
    as_html = rawstore.load(rawstore.RawFile(path=html_file.name, abspath=html_file, size=0))
    assert as_html.media_type == "html"
    assert extract.extract(as_html) == extract.extract(as_text)


def test_stats_reports_tables_and_last_run(seeds_dir: Path, tmp_path: Path) -> None:
    run_ingest(seeds_dir, tmp_path)
    result = CliRunner().invoke(main, ["stats", "--db", str(tmp_path / "news.db")])
    stats = json.loads(result.output)
    assert stats["tables"]["articles"] == 2
    assert stats["last_run"]["pages_parsed"] == 5


def test_a_rerun_with_one_new_page_fuses_and_aligns_only_its_article(
    seeds_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    run_ingest(seeds_dir, tmp_path)
    fused: list[int] = []
    real_fuse = merge.fuse
    monkeypatch.setattr(merge, "fuse", lambda members: fused.append(len(members)) or real_fuse(members))
    (seeds_dir / "new.md").write_text(
        "# Council approves new cycling lanes\n\nSource: https://council.example.gov/news/cycling-lanes\n\n"
        "## Summary\n\nThe council approved 12 km of protected cycling lanes.\n",
        encoding="utf-8",
    )
    code, output = run_ingest(seeds_dir, tmp_path)
    assert code == 0 and "1 parsed, 5 unchanged" in output and "(1 new, 0 updated, 0 removed)" in output
    assert fused == [1, 1]  # the new page's article, in both passes; the seed articles were taken as stored


def test_a_no_op_rerun_does_no_merge_work_and_keeps_the_output(seeds_dir: Path, tmp_path: Path) -> None:
    run_ingest(seeds_dir, tmp_path)
    first = (tmp_path / "articles.jsonl").read_bytes()
    code, output = run_ingest(seeds_dir, tmp_path)
    assert code == 0 and "merge" not in output.split("seconds:")[1]  # the merge stage did not run
    (tmp_path / "articles.jsonl").unlink()  # a lost output is written again from the same input
    code, output = run_ingest(seeds_dir, tmp_path)
    assert code == 0 and (tmp_path / "articles.jsonl").read_bytes() == first
