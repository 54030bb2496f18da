"""The fact table `newsdigest show` prints: rows of one fact, columns of languages."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from pipeline.cli import main, render_article
from pipeline.factgroups import fact_table, pivot_language
from pipeline.models import Alignment, Article, KeyPoint

from conftest import read_jsonl


def article_with(points: list[KeyPoint], links: list[Alignment]) -> Article:
    return Article(
        id="art_x", canonical_url=None, publisher=None, category=None, authors=[], published_at=None,
        original_language="en", languages=["en", "ja"], titles={"en": "T"}, summaries=[], bodies=[],
        key_points=points, alignments=links, tags=[], scores=[], related=[], sources=[], conflicts=[],
    )  # fmt: skip


def point(id_: str, lang: str, origin: str = "original", kind: str = "body_list") -> KeyPoint:
    return KeyPoint(id=id_, lang=lang, text=id_, kind=kind, origin=origin, source_ids=["s"])


def test_rows_are_anchored_on_the_original_and_reached_through_translations() -> None:
    points = [
        point("en1", "en"),
        point("en2", "en"),
        point("ja1", "ja", "machine_translation"),
        point("ja2", "ja", "machine_translation"),
        point("digest", "en", "machine_generated", "key_point"),
        point("advice", "en", "machine_generated", "implication"),
    ]
    links = [
        Alignment(a="en1", b="ja1", score=0.9),
        Alignment(a="en2", b="ja2", score=0.8),
        Alignment(a="digest", b="ja2", score=0.7),
        Alignment(a="digest", b="ja1", score=0.4),
    ]
    table = fact_table(article_with(points, links))
    assert table.languages == ["en", "ja"]
    cells = [{lang: [k.id for k in ks] for lang, ks in row.cells.items()} for row in table.rows]
    assert cells == [{"en": ["en1"], "ja": ["ja1"]}, {"en": ["en2", "digest"], "ja": ["ja2"]}]
    assert [k.id for k in table.implications] == ["advice"]


def test_unlinked_key_points_get_rows_of_their_own() -> None:
    table = fact_table(article_with([point("en1", "en"), point("ja9", "ja", "machine_translation")], []))
    assert len(table.rows) == 2


def test_pivot_is_the_language_of_the_publishers_text() -> None:
    article = article_with([point("j", "ja"), point("e", "en", "machine_generated")], [])
    assert pivot_language(article) == "ja"


def test_show_prints_the_seed_facts_side_by_side_with_their_origins(seeds_dir: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    runner.invoke(main, ["ingest", str(seeds_dir), "--db", str(tmp_path / "news.db"), "--out", str(tmp_path)])
    record = next(a for a in read_jsonl(tmp_path / "articles.jsonl") if len(a["sources"]) == 4)
    article = Article.model_validate(record)
    table = fact_table(article)
    assert table.languages == ["en", "ja", "zh"]
    assert any(set(row.cells) == {"en", "ja", "zh"} for row in table.rows)
    placed = [k.id for row in table.rows for ks in row.cells.values() for k in ks]
    assert len(placed) == len(set(placed))  # each fact appears once
    output = render_article(article, width=200)
    for label in ("(original)", "(machine translation, gpt-5-mini-2025-08-07)", "(machine summary)"):
        assert label in output
    shown = runner.invoke(main, ["show", article.id, "--db", str(tmp_path / "news.db")])
    assert shown.exit_code == 0 and "Facts (" in shown.output
