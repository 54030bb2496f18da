"""The generic digest reader, site profiles, multi-story pages and failed or partial pages."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline import blocks, extract, rawstore
from pipeline.adapters import digest, use_profiles
from pipeline.cli import main
from pipeline.models import PageRecord
from pipeline.profiles import ProfileError, parse_profile

from conftest import FIXTURES, read_jsonl

DIGESTS = FIXTURES / "digests"
PROFILES = FIXTURES / "profiles"


@pytest.fixture(autouse=True)
def shipped_profiles_only():
    use_profiles()
    yield
    use_profiles()


def read(name: str) -> list[PageRecord]:
    path = DIGESTS / name
    return extract.extract(rawstore.load(rawstore.RawFile(name, path, 0)))


def summary_texts(record: PageRecord) -> list[str]:
    return [t.text for t in record.texts if t.kind == "summary"]


def title_of(record: PageRecord) -> str:
    return next(t.text for t in record.texts if t.kind == "title")


def titles_and_urls(records: list[PageRecord]) -> list[tuple[str, str | None]]:
    return [(title_of(r), r.canonical_url) for r in records]


def read_capture(text: str) -> list[PageRecord]:
    """The records the chosen adapter reads from a Markdown text capture."""
    page = blocks.parse(text, "text")
    return extract.choose(page).extract(page)


def test_japanese_report_metadata_summary_points_and_implications() -> None:
    (record,) = read("ja_report.md")
    assert record.adapter == "generic_digest"
    assert record.canonical_url == "https://transit.example.jp/news/2026/ic-card"
    assert [c.value for c in record.published_at] == ["2026-02-10"]
    assert record.category.value == "交通"
    assert [t.lang for t in record.texts if t.kind == "summary"] == ["ja"]
    points = [(k.kind, k.text, k.parent) for k in record.key_points]
    assert points == [
        ("key_point", "全路線対応: 4 月 1 日から全 42 路線で利用可能", None),
        ("key_point", "運賃割引: 電子乗車券の利用で運賃が 10 円引き", None),
        ("key_point", "子ども運賃は 5 円引き", 1),
        ("implication", "API 公開: 運行情報 API が 2026 年夏に公開予定", None),
    ]
    assert [(r.title, r.url) for r in record.related] == [("市交通局", "https://transit.example.jp/")]


def test_discussion_link_is_not_the_original_and_dates_in_text_are_not_publication_dates() -> None:
    (record,) = read("hn_style.md")
    assert record.canonical_url == "https://maps.example.org/blog/ten-million"
    assert record.published_at == []  # "May 7" in the TL;DR is an event, not the publication
    assert [(s.name, s.value) for s in record.scores] == [("score", 412.0)]
    assert {k.kind for k in record.key_points} == {"implication"}
    assert [k.text for k in record.key_points][
        -1
    ] == "Watch next: Whether edit quality holds as growth slows."


def test_front_matter_gives_title_source_tags_authors_and_the_digest_date() -> None:
    (record,) = read("zh_frontmatter.md")
    assert next(t.text for t in record.texts if t.kind == "title") == "新型储能电站并网发电"
    assert record.canonical_url == "https://energy.example.cn/news/2026/storage-station"
    assert record.digest_date == "2026-04-20" and record.published_at == []
    assert [t.text for t in record.tags] == ["储能", "电网"]
    assert record.authors == ["能源快讯编辑部"]
    assert {k.lang for k in record.key_points} == {"zh"}


def test_each_story_carries_the_date_of_its_issue() -> None:
    """The issue's date, from its front matter or else its title, dates every story it carries as
    the digest's (never as the story's publication)."""
    stories = "".join(
        f"## {n}. {title}\n\n- {point}\n- It ships next month.\n\n"
        for n, (title, point) in enumerate(
            [
                ("Acme opens its model API to companies", "Acme said the API opens in stages."),
                ("Globex ships a faster chip", "Globex said the chip is twice as fast."),
                ("Initech buys a robotics startup", "Initech paid in cash and shares."),
            ],
            1,
        )
    )
    titled = read_capture("# 2025年06月23日 AI NEWS TLDR\n\n" + stories)
    assert len(titled) == 3
    assert {(r.digest_date, tuple(r.published_at)) for r in titled} == {("2025-06-23", ())}
    front_matter = read_capture(
        "---\ntitle: AI News TLDR\ndate: 2025-08-09\n---\n\n# AI News TLDR 2025-08-01\n\n" + stories
    )
    assert [r.digest_date for r in front_matter] == ["2025-08-09"] * 3


def test_a_multi_story_page_gives_one_record_per_story_with_its_position() -> None:
    records = read("daily_multi.md")
    assert [(r.position, r.canonical_url) for r in records] == [
        (1, "https://chips.example.com/press/second-fab"),
        (2, "https://apps.example.jp/release/translator"),
        (3, "https://rail.example.net/news/trains-order"),
    ]
    assert next(t.text for t in records[0].texts if t.kind == "title") == "Chip maker opens second fab"
    assert records[1].flags == ["summary_failed", "title_only"]
    assert not [t for t in records[1].texts if t.kind == "summary"]


def test_partial_pages_are_ingested_and_flagged() -> None:
    (cut,) = read("partial.md")
    assert "truncated" in cut.flags and [t.kind for t in cut.texts] == ["title", "summary"]
    (bare,) = read("title_only.md")
    assert bare.flags == ["title_only"]


@pytest.mark.parametrize("name", sorted(p.name for p in DIGESTS.iterdir()))
def test_html_rendering_of_a_digest_page_gives_the_same_records(name: str, tmp_path: Path) -> None:
    text = (DIGESTS / name).read_text(encoding="utf-8")
    html_file = tmp_path / (name + ".html")
    html_file.write_text(blocks.to_html(blocks.from_text(text)), encoding="utf-8")
    as_html = extract.extract(rawstore.load(rawstore.RawFile(html_file.name, html_file, 0)))
    assert as_html == read(name)


def test_a_profile_that_exists_only_in_the_tests_reads_its_site() -> None:
    (generic,) = read("morning_brief.md")
    assert generic.adapter == "generic_digest"
    # "Story date", "Compiled" and "What we are watching" mean nothing to it ("Bottom line"
    # neither: its paragraph is read only as the prose under the title)
    assert generic.published_at == [] and generic.cached_at is None
    assert {k.kind for k in generic.key_points} == {"key_point"}
    use_profiles((PROFILES,))
    (record,) = read("morning_brief.md")
    assert record.adapter == "morning_brief"
    assert [t.text[:28] for t in record.texts if t.kind == "summary"] == ["The harbour bridge reopened "]
    assert [c.value for c in record.published_at] == ["2026-03-02"]
    assert record.cached_at == "2026-03-03T06:10"
    assert [k.kind for k in record.key_points] == ["key_point", "key_point", "implication"]
    assert {k.generator for k in record.key_points} == {"brief-writer-2"}


def test_a_broken_profile_is_refused_with_its_file_and_problem() -> None:
    with pytest.raises(ProfileError, match=r"x.toml: unknown section roles \['headline'\]"):
        parse_profile({"name": "x", "signature": {"labels": ["A"]}, "sections": {"A": "headline"}}, "x.toml")
    with pytest.raises(ProfileError, match="needs a \\[signature\\]"):
        parse_profile({"name": "x"}, "x.toml")


def test_ingest_with_profiles_and_stories_merging_by_url(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    for path in DIGESTS.iterdir():
        shutil.copy(path, raw / path.name)
    # the same article covered again months later, its URL without the trailing slash
    (raw / "again.md").write_text(
        "# Harbour bridge: one year on\n\nSource: https://news.example.org/city/harbour-bridge-reopens/\n\n"
        "## Summary\n\nA year after the cable repair the bridge carries record traffic.\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(
        main,
        [
            "ingest",
            str(raw),
            "--db",
            str(tmp_path / "n.db"),
            "--out",
            str(tmp_path),
            "--profiles",
            str(PROFILES),
        ],
    )
    assert result.exit_code == 0, result.output
    articles = read_jsonl(tmp_path / "articles.jsonl")
    by_path = {s["path"]: a for a in articles for s in a["sources"]}
    assert by_path["again.md"]["id"] == by_path["morning_brief.md"]["id"]
    multi = [s for a in articles for s in a["sources"] if s["path"] == "daily_multi.md"]
    assert sorted(s["position"] for s in multi) == [1, 2, 3]
    assert len({by_path["daily_multi.md"]["id"], by_path["ja_report.md"]["id"]}) == 2
    assert len(articles) == len(list(DIGESTS.iterdir())) + 2  # one page holds three stories


def test_navigation_before_the_title_and_site_chrome_are_not_key_points(tmp_path: Path) -> None:
    page = tmp_path / "nav.html"
    page.write_text(
        "<html><body><nav><ul><li>首页</li><li>科技</li><li>财经</li></ul></nav>"
        "<h1>新型储能电站并网发电</h1><p>原文链接: https://energy.example.cn/news/2026/storage</p>"
        "<h2>要点速览</h2><ul><li>装机容量 300 兆瓦。</li><li>每年减排约 40 万吨。</li></ul>"
        "<p>分享到</p><h2>相关推荐</h2><ul><li><a href='https://x.example.cn/1'>另一篇文章</a></li></ul>"
        "</body></html>",
        encoding="utf-8",
    )
    (record,) = extract.extract(rawstore.load(rawstore.RawFile(page.name, page, 0)))
    assert [k.text for k in record.key_points] == ["装机容量 300 兆瓦。", "每年减排约 40 万吨。"]
    assert [(r.relation, r.title) for r in record.related] == [("similar", "另一篇文章")]
    assert record.canonical_url == "https://energy.example.cn/news/2026/storage"


def _report(title: str, official: str) -> str:
    return (
        f"# {title}\n\n## メタデータ\n\n| 項目 | 内容 |\n|------|------|\n| 発表日 | 2026-04-24 |\n"
        "| ソース | [市交通局ニュース](https://transit.example.jp/news) |\n"
        f"| 公式リンク | {official} |\n\n## 概要\n\n{title}について市交通局が発表した。\n\n"
        f"## 主な内容\n\n- {title}の要点その一\n- {title}の要点その二\n"
    )


def test_reports_that_name_the_same_news_listing_as_source_stay_apart(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "a.md").write_text(
        _report("市営バスの新路線", "[新路線](https://transit.example.jp/news/new-route)"), encoding="utf-8"
    )
    (raw / "b.md").write_text(
        _report("地下鉄の終電延長", "[終電延長](https://transit.example.jp/news/late-trains)"),
        encoding="utf-8",
    )
    (raw / "c.md").write_text(_report("路面電車の運賃改定", "N/A (外部報道)"), encoding="utf-8")
    result = CliRunner().invoke(
        main, ["ingest", str(raw), "--db", str(tmp_path / "n.db"), "--out", str(tmp_path)]
    )
    assert result.exit_code == 0, result.output
    urls = {a["sources"][0]["path"]: a["canonical_url"] for a in read_jsonl(tmp_path / "articles.jsonl")}
    assert urls == {
        "a.md": "https://transit.example.jp/news/new-route",
        "b.md": "https://transit.example.jp/news/late-trains",
        "c.md": None,  # its only source is the listing: no article URL, and no merge on it
    }


def test_a_list_item_that_is_only_a_section_label_heads_the_items_under_it() -> None:
    (record,) = read_capture(
        "# Harbour bridge reopens\n\n"
        "- Score: 412 | [HN](https://news.ycombinator.com/item?id=1) | Link: https://news.example.org/bridge\n\n"
        "- TL;DR  \nThe harbour bridge reopened after a two-year cable repair.\n\n"
        "- Comment pulse  \n"
        "  - Traffic will return slowly → commuters switched to ferries.\n"
        "  - The repair ran over budget → counterpoint: the cables are new.\n\n"
        "- LLM perspective  \n"
        "  - View: Maintenance budgets beat emergency repairs.\n"
        "  - Watch next: tolls and ferry ridership.\n",
    )
    assert summary_texts(record) == ["The harbour bridge reopened after a two-year cable repair."]
    assert [(k.kind, k.text, k.parent) for k in record.key_points] == [
        ("implication", "Traffic will return slowly → commuters switched to ferries.", None),
        ("implication", "The repair ran over budget → counterpoint: the cables are new.", None),
        ("implication", "View: Maintenance budgets beat emergency repairs.", None),
        ("implication", "Watch next: tolls and ferry ridership.", None),
    ]
    assert record.canonical_url == "https://news.example.org/bridge"


def test_a_table_of_contents_is_not_read_as_section_headings() -> None:
    (record,) = read_capture(
        "# Harbour bridge reopens\n\nSource: https://news.example.org/bridge\n\n"
        "- Key Points\n- Summary\n\nThe harbour bridge reopened after a two-year cable repair.\n\n"
        "## Key Points\n\n- The cables were replaced.\n- Tolls return in May.\n",
    )
    # "Summary", last in the contents list, is no heading: the paragraph after it is read as the
    # prose under the title, and the "Key Points" section after it stays a section
    assert summary_texts(record) == ["The harbour bridge reopened after a two-year cable repair."]
    # the contents list stays a list: its last entry did not become a heading
    assert [k.text for k in record.key_points] == [
        "Key Points",
        "Summary",
        "The cables were replaced.",
        "Tolls return in May.",
    ]


def test_a_bold_release_date_and_an_official_link_in_the_reference_list() -> None:
    (record,) = read_capture(
        "# 市営バス - 新しい IC カードに対応\n\n"
        "**リリース日**: 2026 年 3 月 25 日\n**サービス**: 市営バス\n\n"
        "## 概要\n\n市営バスが新しい IC カードに対応しました。\n\n## 主な内容\n\n- 全路線で利用可能\n\n"
        "## 参考リンク\n\n- [インフォグラフィック](https://digest.example.jp/bus.html)\n"
        "- [公式発表 - 市交通局 (お知らせ)](https://transit.example.jp/news/2026/03/ic-card/)\n"
        "- [料金ページ](https://transit.example.jp/fares/)\n",
    )
    assert record.canonical_url == "https://transit.example.jp/news/2026/03/ic-card/"
    assert [c.value for c in record.published_at] == ["2026-03-25"]


def test_a_metadata_list_an_original_extract_and_its_translation() -> None:
    (record,) = read_capture(
        '---\nsource: "https://maps.example.org/blog/ten-million"\ntitle: "Ten million edits"\n---\n\n'
        "# Ten million edits\n\n"
        "- HN: [4711](https://news.ycombinator.com/item?id=4711)\n"
        "- Source: [maps.example.org](https://maps.example.org/blog/ten-million)\n"
        "- Score: 8\n- Comments: 0\n\n"
        "## Translation\n\nタイトル: 1,000 万件の編集\n\n"
        "地図プロジェクトは今週、1,000 万件目の編集を記録した。\n\n"
        "## Original Extract\n\nThe map project recorded its ten millionth edit this week, "
        "two years after it opened to volunteers.\n",
    )
    assert record.key_points == []  # the metadata list holds no key point
    assert [(s.name, s.value) for s in record.scores] == [("score", 8.0)]
    assert record.canonical_url == "https://maps.example.org/blog/ten-million"
    bodies = [(t.lang, t.origin, t.text.split()[0]) for t in record.texts if t.kind == "body"]
    assert bodies == [("ja", "machine_translation", "タイトル:"), ("en", "original", "The")]
    assert [(t.lang, t.text) for t in record.texts if t.kind == "title"] == [("en", "Ten million edits")]


def test_a_page_of_a_translation_and_the_original_text_only_is_a_digest() -> None:
    page = blocks.parse(
        "# Ask HN: How do you test maps?\n\n## Translation\n\n地図をどのようにテストしますか?\n\n"
        "## Original Extract\n\nWe ship map tiles daily and want to know how others test them.\n",
        "text",
    )
    adapter = extract.choose(page)
    assert adapter is not None and adapter.name == "generic_digest"
    (record,) = adapter.extract(page)
    assert record.canonical_url is None
    assert {(t.lang, t.origin) for t in record.texts if t.kind == "body"} == {
        ("ja", "machine_translation"),
        ("en", "original"),
    }


def test_a_title_ending_in_a_two_letter_tag_does_not_set_the_language() -> None:
    (record,) = read_capture(
        "# スマート階層の一般提供開始 (GA)\n\n**リリース日**: 2026-04-14\n\n"
        "## 概要\n\nスマート階層が一般提供となった。アクセス頻度に応じて自動で階層を移動する。\n\n"
        "## 要約 (EN)\n\nSmart tiering is generally available and moves data between tiers by access.\n",
    )
    assert [t.lang for t in record.texts if t.kind == "summary"] == ["ja", "en"]


# Lines a digest page is made of, labels from the lexicon among them, in any order and nesting.
_DIGEST_LINES = st.sampled_from(
    [
        "# Harbour bridge reopens",
        "## Summary",
        "## 概要",
        "## Key Points",
        "## 主な内容",
        "## Comment pulse",
        "## Translation",
        "## Original Extract",
        "## 参考リンク",
        "## Summary (ZH)",
        "# 一般提供開始 (GA)",
        "- TL;DR",
        "- Comment pulse",
        "  - Traffic will return slowly → commuters switched to ferries.",
        "- Source: [maps.example.org](https://maps.example.org/blog/ten-million)",
        "- Score: 8",
        "- Comments: 0",
        "- [公式発表 (What's New)](https://transit.example.jp/news/2026/03/ic-card/)",
        "- [公式リリースノート - 市交通局](https://transit.example.jp/release-notes#March_1)",
        "| ソース | [市交通局ニュース](https://transit.example.jp/news) |",
        "| 公式リンク | N/A |",
        "**リリース日**: 2026 年 3 月 25 日",
        "Source: https://news.example.org/",
        "---",
        "===",
        "* * *",
        "The harbour bridge reopened after a two-year cable repair.",
        "市営バスが新しい IC カードに対応しました。",
        "Aurora PostgreSQL Serverless",
        # story shapes: bold titles, one story per item, cards, citations, front matter
        "# Transit Daily Digest",
        "**1. Harbour ferry adds a night service**",
        "**Airport tram opens**",
        "- **Ferries: night runs** — 00:38 · [link](https://harbour.example.com/a)",
        "- The ferry runs every hour. [Harbour ferry adds a night service](https://harbour.example.com/b)",
        "- **Buses**: forty new ones ([source](https://metro.example.net/buses))",
        "* **港のフェリーが夜間便を開始**",
        "    * [https://harbour.example.com/c](https://harbour.example.com/c)",
        "1 [Airport tram opens](https://citypost.example.org/tram)",
        "- [Read more](https://metro.example.net/buses)",
        "> **Harbour Times Weekly** (https://harbour.example.com/d): 港の夜間フェリーが来月開始",
        '---\ntitle: "Night ferries"\nsourceUrl: https://harbour.example.com/e\npoints:\n  - "Hourly"\n---',
        "",
    ]
)


@settings(max_examples=300, deadline=None)
@given(lines=st.lists(st.one_of(_DIGEST_LINES, st.text(max_size=30)), max_size=25))
def test_any_arrangement_of_digest_lines_gives_records_or_a_reason(lines: list[str]) -> None:
    page = blocks.parse("\n".join(lines), "text")
    try:
        records = extract.extract(
            rawstore.DecodedPage("p.md", "0" * 64, "\n".join(lines), "utf-8", "declared", "text")
        )
    except extract.Rejected as rejected:
        assert str(rejected) and "\n" not in str(rejected)
        return
    assert records and all(isinstance(r, PageRecord) for r in records)
    for record in records:
        assert record.canonical_url is None or record.canonical_url.startswith(("http://", "https://"))
        # a parent is an earlier key point of the same record
        assert all(k.parent is None or 0 <= k.parent < i for i, k in enumerate(record.key_points))
    # a page that yields records has blocks, or front matter that states its title and texts
    assert page.blocks or (page.front_matter.get("title") and page.front_matter.get("points"))


def test_section_labels_decorated_with_emoji_are_read() -> None:
    (record,) = read_capture(
        "# Harbour ferry adds night service\n\n"
        "> **原文链接**: [Harbour ferry](https://ferry.example.com/news/night-service)\n\n"
        "## 📋 内容摘要\n\n港口渡轮自下月起增加夜间班次，末班船延后至午夜。\n\n"
        "## 🔑 Key Points\n\n- Last sailing moves to midnight\n",
    )
    assert [(t.lang, t.text[:4]) for t in record.texts if t.kind == "summary"] == [("zh", "港口渡轮")]
    assert [k.text for k in record.key_points] == ["Last sailing moves to midnight"]


def test_the_prose_under_the_title_is_the_summary_of_a_page_that_labels_none() -> None:
    (record,) = read_capture(
        "# 渡轮公司增加夜间班次\n\n"
        "港口渡轮自下月起增加夜间班次，末班船延后至午夜。公司称客流在过去一年增长了三成。\n\n"
        "- **来源**: Harbour Times\n"
        "- **原文链接**: [https://ferry.example.com/news/night-service](https://ferry.example.com/news/night-service)\n",
    )
    (summary,) = [t for t in record.texts if t.kind == "summary"]
    assert summary.text.startswith("港口渡轮自下月起") and summary.lang == "zh"
    assert summary.origin == "machine_generated"
    assert record.canonical_url == "https://ferry.example.com/news/night-service"
    assert "title_only" not in record.flags


def test_a_preamble_a_byline_and_a_notice_are_not_the_summary() -> None:
    (record,) = read_capture(
        "# Night ferries\n\n"
        "Written by a model that can make mistakes; verify anything important.\n\n"
        "Sure, I have read the article.\n\n"
        "Here is a short summary:\n\n"
        "The harbour ferry adds night sailings from next month. The last boat leaves at midnight.\n\n"
        "— *Harbour Times*\n\n"
        "Ridership grew by a third last year, the company said in a later statement.\n\n"
        "Source: [Harbour Times](https://ferry.example.com/news/night-service)\n",
    )
    (summary,) = summary_texts(record)
    assert summary == (
        "The harbour ferry adds night sailings from next month. The last boat leaves at midnight."
    )


def test_a_labelled_summary_wins_over_the_prose_under_the_title() -> None:
    (record,) = read_capture(
        "# Night ferries\n\n"
        "A note from the editors about this week's picks, written at length for readers.\n\n"
        "## Summary\n\nThe harbour ferry adds night sailings from next month.\n\n"
        "Source: [Harbour Times](https://ferry.example.com/news/night-service)\n",
    )
    assert summary_texts(record) == ["The harbour ferry adds night sailings from next month."]


def test_a_lead_in_before_a_list_ends_the_summary() -> None:
    (record,) = read_capture(
        "# Night ferries\n\nSource: [Harbour Times](https://ferry.example.com/news/night-service)\n\n"
        "The harbour ferry adds night sailings from next month.\n\n"
        "Highlights include:\n\n- Last sailing at midnight\n- Fares unchanged\n\n"
        "The company also plans a weekend timetable.\n",
    )
    assert summary_texts(record) == ["The harbour ferry adds night sailings from next month."]
    assert [k.text for k in record.key_points] == ["Last sailing at midnight", "Fares unchanged"]


def test_numbered_stories_with_a_link_each_are_a_digest_of_them() -> None:
    records = read_capture(
        "# 🤖 Transport Digest - March 3, 2026\n\n> Two stories today.\n\n## 📰 Top Stories\n\n"
        "### 1. Harbour ferry adds night service\n\n`Transport` — *Harbour Times*\n\n"
        "The harbour ferry adds night sailings from next month, with the last boat at midnight.\n\n"
        "🔗 [Read full article](https://ferry.example.com/news/night-service)\n\n---\n\n"
        "### 2. Tram line opens to the airport\n\n`Transport` — *City Post*\n\n"
        "The new tram line reaches the airport in 25 minutes from the central station.\n\n"
        "🔗 [Read full article](https://citypost.example.org/2026/03/tram-airport)\n",
    )
    assert [(r.position, r.canonical_url) for r in records] == [
        (1, "https://ferry.example.com/news/night-service"),
        (2, "https://citypost.example.org/2026/03/tram-airport"),
    ]
    summaries = [[t.text[:20] for t in r.texts if t.kind == "summary"] for r in records]
    assert summaries == [["The harbour ferry ad"], ["The new tram line re"]]


def test_a_stated_original_title_is_the_title_in_its_language() -> None:
    records = read_capture(
        "# 每日摘要 (2026-03-03)\n\n"
        "## 1. 渡轮增加夜间班次\n\n**原文标题**: Java Minecraft in the Browser\n\n"
        "**原文链接**: [https://ferry.example.com/news/night](https://ferry.example.com/news/night)\n\n"
        "港口渡轮自下月起增加夜间班次，末班船延后至午夜。\n\n"
        "## 2. 机场电车开通\n\n**原文标题**: Tram line opens to the airport\n\n"
        "**原文链接**: [https://citypost.example.org/tram](https://citypost.example.org/tram)\n\n"
        "无法访问文章链接。\n",
    )
    titles = [[(t.lang, t.origin, t.text) for t in r.texts if t.kind == "title"] for r in records]
    assert titles[0] == [
        ("zh", "unknown", "渡轮增加夜间班次"),
        ("en", "original", "Java Minecraft in the Browser"),  # German to langdetect
    ]
    # the model could not read the second article: no summary, and the page says so
    assert "summary_failed" in records[1].flags
    assert [t.kind for t in records[1].texts if t.kind == "summary"] == []


def test_stories_numbered_without_a_space_and_titled_in_two_languages() -> None:
    records = read_capture(
        "# Tech TOP 3 | 2026-03-03\n\n"
        "## 1.Harbour ferry adds night service\n**中文标题**：渡轮增加夜间班次\n"
        "**简介**：港口渡轮自下月起增加夜间班次，末班船延后至午夜。\n"
        "**网站**: <a href='https://ferry.example.com/news/night' target='_blank'>ferry.example.com</a>\n"
        "**HN评论**: <a href='https://news.ycombinator.com/item?id=1' target='_blank'>立即访问</a>\n\n"
        "## 2.Tram line opens to the airport\n**中文标题**：机场电车开通\n"
        "**HN评论**: <a href='https://news.ycombinator.com/item?id=2' target='_blank'>立即访问</a>\n\n"
        "## 3.A 3.5 billion budget\n**中文标题**：三十五亿预算\n"
        "**网站**: <a href='https://city.example.org/budget'>city.example.org</a>\n\n"
        "## 4.Bikes on trains\n**网站**: <a href='https://rail.example.net/bikes'>rail.example.net</a>\n\n"
        "## 5.Web Browser Engineering\n**中文标题**：网络浏览器工程\n"
        "**网站**: <a href='https://lights.example.com/a'>lights.example.com</a>\n",
    )
    # the second story gives only its discussion link: it has no URL, but the page is still split
    assert [(r.position, r.canonical_url) for r in records] == [
        (1, "https://ferry.example.com/news/night"),
        (2, None),
        (3, "https://city.example.org/budget"),
        (4, "https://rail.example.net/bikes"),
        (5, "https://lights.example.com/a"),
    ]
    first = records[0]
    assert [(t.lang, t.origin, t.text) for t in first.texts if t.kind == "title"] == [
        ("en", "unknown", "Harbour ferry adds night service"),
        ("zh", "machine_translation", "渡轮增加夜间班次"),
    ]
    # "简介：..." is a labelled summary on one line: its value is the summary
    assert summary_texts(first) == ["港口渡轮自下月起增加夜间班次，末班船延后至午夜。"]
    assert next(t.text for t in records[2].texts if t.kind == "title") == "A 3.5 billion budget"
    # three words langdetect takes for Dutch: beside a Chinese title, an English one
    assert [t.lang for t in records[4].texts if t.kind == "title"] == ["en", "zh"]


def test_unnumbered_stories_with_labelled_parts_and_a_link_each_are_split() -> None:
    records = read_capture(
        "# Transport Report (https://digest.example.com/)\n\n- Generated at: 2026-03-03T00:07:08Z\n\n"
        "## Harbour ferry adds night service\n- Date: 2026-03-02\n\n"
        "### Executive Summary\n- Night sailings start next month.\n\n"
        "### References\n- https://ferry.example.com/news/night\n\n"
        "## Tram line opens to the airport\n- Date: 2026-03-01\n\n"
        "### Key Findings\n- The trip takes 25 minutes.\n\n"
        "### References\n- https://citypost.example.org/2026/03/tram\n",
    )
    assert [(r.canonical_url, [c.value for c in r.published_at]) for r in records] == [
        ("https://ferry.example.com/news/night", ["2026-03-02"]),
        ("https://citypost.example.org/2026/03/tram", ["2026-03-01"]),
    ]
    assert [k.text for k in records[1].key_points] == ["The trip takes 25 minutes."]


def test_the_sections_of_one_article_are_not_stories() -> None:
    (record,) = read_capture(
        "# Harbour ferry adds night service\n\nSource: [Harbour Times](https://ferry.example.com/news/night)\n\n"
        "## Summary\n\nNight sailings start next month.\n\n"
        "## Background\n\nThe ferry first ran at night in 1990, see [the archive](https://ferry.example.com/1990).\n\n"
        "## Timetable\n\nThe last boat leaves at midnight, see [times](https://ferry.example.com/times).\n",
    )
    assert record.position is None
    assert record.canonical_url == "https://ferry.example.com/news/night"


def test_numbered_stories_that_name_their_source_without_a_link() -> None:
    records = read_capture(
        "# 🤖 交通ダイジェスト - 2026-03-03\n\n## 📰 ニュース詳細\n\n"
        "### 1. 港の渡し船が夜間運航\n**出典**: 港湾タイムズ\n\n"
        "港の渡し船が来月から夜間運航を始める。最終便は深夜0時に出る。\n\n"
        "**💡 実践ポイント**: 夜間の通勤経路を見直すとよい。\n\n---\n\n"
        "### 2. 空港への路面電車が開業\n**出典**: シティポスト\n\n"
        "空港まで中央駅から25分で結ぶ路面電車が開業した。\n",
    )
    assert [r.position for r in records] == [1, 2]
    assert [summary_texts(r) for r in records] == [
        ["港の渡し船が来月から夜間運航を始める。最終便は深夜0時に出る。"],
        ["空港まで中央駅から25分で結ぶ路面電車が開業した。"],
    ]


def test_a_colon_that_introduces_something_else_keeps_the_summary() -> None:
    (record,) = read_capture(
        "# Night ferries rank first\n\n"
        "The harbour ferry was ranked the best night service in the region this year.\n\n"
        "We compared four services:\n\nferry | tram | bus | taxi\n\n"
        "Source: [Harbour Times](https://ferry.example.com/news/ranking)\n",
    )
    assert summary_texts(record) == [
        "The harbour ferry was ranked the best night service in the region this year."
    ]


def test_a_list_that_repeats_the_page_tags_holds_no_key_points() -> None:
    (record,) = read_capture(
        '---\ntitle: "Night ferries"\ntags: [Harbour Ferry, Night Service]\n'
        'original_link: "https://ferry.example.com/news/night"\n---\n\n# Night ferries\n\n'
        "## Key Points\n\n- Night sailings start next month\n  - Harbour Ferry\n\n"
        "## Services and topics\n\n- **Harbour Ferry**\n- **Night Service**\n",
    )
    # the tag list is gone; a point that repeats a tag under a real point is gone too
    assert [(k.text, k.parent) for k in record.key_points] == [("Night sailings start next month", None)]
    assert [t.text for t in record.tags] == ["Harbour Ferry", "Night Service"]
    assert record.canonical_url == "https://ferry.example.com/news/night"  # front matter original_link


def test_headings_that_link_their_stories_split_under_group_headings() -> None:
    records = read_capture(
        "# Transport Digest #2026-03-03\n\n## Ferries\n\n"
        "### [Harbour ferry adds night service](https://ferry.example.com/news/night)\n\n"
        "Source: Harbour Times\n\nNight sailings start next month, the operator said on Monday.\n\n"
        "## Trams\n\n"
        "### [Ask: is the airport tram worth it?](https://news.ycombinator.com/item?id=42)\n\n"
        "Riders compare the new tram with the airport bus and mostly prefer the tram.\n\n"
        "## 関連リンク\n\n### [Timetables](https://ferry.example.com/times)\n",
    )
    assert [(r.position, r.canonical_url) for r in records] == [
        (1, "https://ferry.example.com/news/night"),
        # a story whose only link is a discussion thread is that thread
        (2, "https://news.ycombinator.com/item?id=42"),
    ]
    assert summary_texts(records[0]) == ["Night sailings start next month, the operator said on Monday."]


def test_a_newsletter_names_its_groups_at_its_stories_level_and_runs_an_advertisement() -> None:
    """TLDR's layout: "### Headlines & Launches" straight over "### [Title (3 minute read)](...)"
    headings of the same level; the group names are no stories, a "(Sponsor)" item is no story,
    and the reading time is no part of a title."""
    records = read_capture(
        "# TLDR AI 2023-06-22\n\n"
        "[### Learn machine learning fast (Sponsor)](https://ads.example.com/course)\n\n"
        "Courses cover everything from mathematics to mock interviews.\n\n"
        "### Headlines & Launches\n\n"
        "[### Harbour ferry adds night service (3 minute read)](https://ferry.example.com/news/night)\n\n"
        "Night sailings start next month, the operator said on Monday.\n\n"
        "[### Tram line opens to the airport (2 minute read)](https://citypost.example.org/2026/03/tram)\n\n"
        "The new line runs every ten minutes from six in the morning.\n\n"
        "### Research & Innovation\n\n"
        "[### A faster timetable solver (18 minute read)](https://arxiv.example.org/abs/2306.11644)\n\n"
        "A solver plans a week of sailings in seconds.\n"
    )
    assert titles_and_urls(records) == [
        ("Harbour ferry adds night service", "https://ferry.example.com/news/night"),
        ("Tram line opens to the airport", "https://citypost.example.org/2026/03/tram"),
        ("A faster timetable solver", "https://arxiv.example.org/abs/2306.11644"),
    ]
    assert summary_texts(records[1]) == ["The new line runs every ten minutes from six in the morning."]


def test_a_heading_link_named_by_a_label_is_no_story_title() -> None:
    records = read_capture(
        "## AI Submissions for Sat Jan 06 2024\n\n### Harbour ferry adds night service\n\n"
        "#### [Submission URL](https://ferry.example.com/news/night) | 102 points | by sam\n\n"
        "The operator starts night sailings next month, with a last boat at midnight.\n\n"
        "### Tram line opens to the airport\n\n"
        "#### [Submission URL](https://citypost.example.org/2026/03/tram) | 55 points | by kim\n\n"
        "The trip from the central station takes 25 minutes.\n",
    )
    assert titles_and_urls(records) == [
        ("Harbour ferry adds night service", "https://ferry.example.com/news/night"),
        ("Tram line opens to the airport", "https://citypost.example.org/2026/03/tram"),
    ]


def test_a_digest_title_splits_stories_that_each_link_their_source() -> None:
    page = (
        "# {title}\n\n{head}## 资讯\n\n### 港口渡轮开通夜班\n\n"
        "据[港口时报](https://ferry.example.com/news/night)报道，渡轮下月起开通夜班，末班船午夜开出。\n\n"
        "### 机场有轨电车开通\n\n"
        "[城市邮报](https://citypost.example.org/2026/03/tram)称，从中央车站到机场只需25分钟。\n"
    )
    digest = read_capture(page.format(title="交通日报 (2026-03-03)", head=""))
    assert [r.canonical_url for r in digest] == [
        "https://ferry.example.com/news/night",
        "https://citypost.example.org/2026/03/tram",
    ]
    # the same sections under an article's title are that article's
    source = "来源：[城市周刊](https://city.example.net/2026/year)\n\n"
    (article,) = read_capture(page.format(title="城市交通的一年", head=source))
    assert (article.position, article.canonical_url) == (None, "https://city.example.net/2026/year")


def test_a_digest_tells_stories_as_linked_items_with_prose_under_them() -> None:
    records = read_capture(
        "# AI 日报 · 2026年03月03日\n\n## 📰 今日资讯\n\n### 🏭 产业动态\n\n"
        "- **[港口渡轮开通夜班](https://ferry.example.com/news/night)**\n\n  `港口时报` · 03-02\n\n"
        "  渡轮下月起开通夜班，末班船午夜开出，运营方周一宣布。\n\n"
        "### 🔬 研究前沿\n\n"
        "- **[机场有轨电车开通](https://citypost.example.org/2026/03/tram)**\n\n  `城市邮报` · 03-01\n\n"
        "  从中央车站到机场只需25分钟，票价与公交相同。\n",
    )
    assert [(title_of(r), r.canonical_url, summary_texts(r)) for r in records] == [
        (
            "港口渡轮开通夜班",
            "https://ferry.example.com/news/night",
            ["渡轮下月起开通夜班，末班船午夜开出，运营方周一宣布。"],
        ),
        (
            "机场有轨电车开通",
            "https://citypost.example.org/2026/03/tram",
            ["从中央车站到机场只需25分钟，票价与公交相同。"],
        ),
    ]


def test_korean_labels_are_read() -> None:
    (record,) = read_capture(
        "# 항구 페리 야간 운항 시작\n\n- **출처:** [Harbour Times](https://ferry.example.com/news/night)\n"
        "- **태그:** `#페리` `#교통`\n\n---\n\n"
        "## 핵심 요약\n\n항구 페리가 다음 달부터 야간 운항을 시작한다.\n\n"
        "### 의미\n\n- 야간 통근이 쉬워진다.\n",
    )
    assert record.canonical_url == "https://ferry.example.com/news/night"
    assert summary_texts(record) == ["항구 페리가 다음 달부터 야간 운항을 시작한다."]
    assert [(k.lang, k.kind, k.text) for k in record.key_points] == [
        ("ko", "implication", "야간 통근이 쉬워진다.")
    ]


def test_a_cjk_clause_before_a_colon_is_no_short_label() -> None:
    (record,) = read_capture(
        "# 港口渡轮开通夜班\n\n来源：[港口时报](https://ferry.example.com/news/night)\n\n"
        "港口时报的这篇报道说得很直接：渡轮下月起开通夜班，末班船午夜开出。\n\n"
        "评论区普遍认为，夜班渡轮会让通勤更方便。\n",
    )
    assert summary_texts(record)[0].startswith("港口时报的这篇报道说得很直接")


def test_a_front_matter_title_heads_the_whole_body() -> None:
    # no heading repeats the title: the prose and the list before the first section are the story's
    (record,) = extract.extract(
        rawstore.load(
            rawstore.RawFile("ferry.md", Path("ferry.md"), 0),
            (
                b'---\ntitle: "Harbour ferry adds night service"\n'
                b'source_url: "https://ferry.example.com/news/night"\n---\n\n'
                b"The harbour ferry starts night sailings next month, the operator said on Monday.\n\n"
                b"## Key Takeaways\n\n- The last boat leaves at midnight.\n\n"
                b"## Why This Matters\n\n- Night shifts at the port get a way home.\n\n"
                b"## Background\n\nThe ferry first ran at night in 1990.\n"
            ),
        )
    )
    assert summary_texts(record) == [
        "The harbour ferry starts night sailings next month, the operator said on Monday."
    ]
    assert [(k.kind, k.text) for k in record.key_points] == [
        ("key_point", "The last boat leaves at midnight."),
        ("implication", "Night shifts at the port get a way home."),
    ]


def test_numbered_headings_that_link_discussion_threads_are_stories() -> None:
    records = read_capture(
        "## Hacker News 问答 - 2026-03-03\n\n"
        "### 1. [Ask HN: 夜班渡轮值得坐吗？](https://news.ycombinator.com/item?id=41)\n"
        "> 用户比较夜班渡轮和公交，多数人更喜欢渡轮。\n\n"
        "### 2. [机场有轨电车好用吗？](https://news.ycombinator.com/item?id=42)\n"
        "> 从中央车站到机场只需25分钟，讨论集中在票价。\n",
    )
    assert [(r.position, r.canonical_url) for r in records] == [
        (1, "https://news.ycombinator.com/item?id=41"),
        (2, "https://news.ycombinator.com/item?id=42"),
    ]


def test_a_bullet_that_leads_into_the_points_is_no_point() -> None:
    (record,) = read_capture(
        "# Harbour ferry adds night service\n\nSource: https://ferry.example.com/news/night\n\n"
        "• Here's a concise summary of the article, formatted as bullet points for commuters:\n"
        "• **Night sailings:** The ferry runs until midnight from next month.\n"
        "• **Fares:** Night fares match day fares.\n",
    )
    assert [k.text for k in record.key_points] == [
        "Night sailings: The ferry runs until midnight from next month.",
        "Fares: Night fares match day fares.",
    ]


def test_a_heading_that_repeats_the_front_matter_title_less_its_site_starts_the_story() -> None:
    (record,) = extract.extract(
        rawstore.load(
            rawstore.RawFile("ferry.md", Path("ferry.md"), 0),
            (
                b'---\ntitle: "Harbour ferry adds night service | Harbour Times"\n'
                b'url: "https://ferry.example.com/news/night"\n---\n\n'
                b"Jun 17, 2026\n\n* Topics\n\n# Harbour ferry adds night service\n\n"
                b"The harbour ferry starts night sailings next month, the operator said on Monday.\n\n"
                b"## Key Points\n\n- The last boat leaves at midnight.\n"
            ),
        )
    )
    assert [k.text for k in record.key_points] == ["The last boat leaves at midnight."]


def test_a_group_heading_over_one_linked_heading_gives_its_story_that_title() -> None:
    records = read_capture(
        "# 交通每日资讯 — 2026-03-03\n\n## 行业脉搏\n\n### 关键事件\n\n"
        "#### [港口渡轮开通夜班](https://ferry.example.com/news/night)\n\n"
        "渡轮下月起开通夜班，末班船午夜开出，运营方周一宣布。\n\n"
        "## 研究前沿\n\n### 机场有轨电车开通\n\n"
        "[城市邮报](https://citypost.example.org/2026/03/tram)称，从中央车站到机场只需25分钟。\n",
    )
    assert titles_and_urls(records) == [
        ("港口渡轮开通夜班", "https://ferry.example.com/news/night"),
        ("机场有轨电车开通", "https://citypost.example.org/2026/03/tram"),
    ]


def test_an_opening_line_names_the_digest_and_items_open_with_their_link() -> None:
    records = read_capture(
        "以下是今日精选的交通新闻：\n\n### 渡轮\n"
        "- **[港口渡轮开通夜班](https://ferry.example.com/news/night)**（来源：港口时报）\n"
        "  > 渡轮下月起开通夜班，末班船午夜开出，运营方周一宣布。\n\n"
        "### 电车\n"
        "- **[机场有轨电车开通](https://citypost.example.org/2026/03/tram)**（来源：城市邮报）\n"
        "  > 从中央车站到机场只需25分钟，票价与公交相同。\n",
    )
    assert titles_and_urls(records) == [
        ("港口渡轮开通夜班", "https://ferry.example.com/news/night"),
        ("机场有轨电车开通", "https://citypost.example.org/2026/03/tram"),
    ]
    assert summary_texts(records[1]) == ["从中央车站到机场只需25分钟，票价与公交相同。"]


# --------------------------------------------------------------------------- bold-line titles

FERRY = (
    "The harbour ferry starts a night service next month, its operator said on Monday, with boats every hour."
)
TRAM = "The airport tram opened on Tuesday; the ride from the central station takes twenty-five minutes."
BUS = "The city will buy forty electric buses this year, the council decided, to replace its diesel fleet."
# (title, url, summary) of three stories of one transit digest
TRANSIT_STORIES = [
    ("Harbour ferry adds a night service", "https://harbour.example.com/ferry-night", FERRY),
    ("Airport tram opens", "https://citypost.example.org/tram", TRAM),
    ("Forty electric buses for the city", "https://metro.example.net/buses", BUS),
]


def test_bold_lines_title_the_stories_of_a_digest() -> None:
    records = read_capture(
        "# Transit News Digest: March 3, 2026\n\n"
        f"**1. Harbour ferry adds a night service**\n\n{FERRY}\n\n"
        "Source: [Harbour Times](https://harbour.example.com/ferry-night)\n\n"
        f"**2. Airport tram opens**\n\n{TRAM}\n\nSource: [City Post](https://citypost.example.org/tram)\n\n"
        f"**3. Forty electric buses for the city**\n\n{BUS}\n\n"
        "Source: [Metro Daily](https://metro.example.net/buses)\n"
    )
    assert titles_and_urls(records) == [
        ("Harbour ferry adds a night service", "https://harbour.example.com/ferry-night"),
        ("Airport tram opens", "https://citypost.example.org/tram"),
        ("Forty electric buses for the city", "https://metro.example.net/buses"),
    ]
    assert [summary_texts(r) for r in records] == [[FERRY], [TRAM], [BUS]]


def test_bold_titles_under_group_headings_are_the_stories_not_the_groups() -> None:
    # a group with one story ("## Buses") is read like the group with two: the habit is the page's
    records = read_capture(
        "# Transit Daily\n\n## Rail and sea\n\n**Harbour ferry adds a night service**\n"
        f"- {FERRY}\n  - Source: [Harbour Times](https://harbour.example.com/ferry-night)\n\n"
        f"**Airport tram opens**\n- {TRAM}\n  - Source: [City Post](https://citypost.example.org/tram)\n\n"
        f"## Buses\n\n**Forty electric buses for the city**\n- {BUS}\n"
        "  - Source: [Metro Daily](https://metro.example.net/buses)\n"
    )
    assert titles_and_urls(records) == [
        ("Harbour ferry adds a night service", "https://harbour.example.com/ferry-night"),
        ("Airport tram opens", "https://citypost.example.org/tram"),
        ("Forty electric buses for the city", "https://metro.example.net/buses"),
    ]
    # the nested "Source:" line is the story's metadata, not a key point
    assert [[k.text for k in r.key_points] for r in records] == [[FERRY], [TRAM], [BUS]]


def test_bold_lines_that_are_no_story_titles_stay_text() -> None:
    # a deck under each story's heading, and bold lines inside a known section, are the story's text
    records = read_capture(
        "# Transit Daily\n\n"
        f"## Harbour ferry adds a night service\n\n**Boats every hour**\n\n{FERRY}\n\n"
        "Source: [Harbour Times](https://harbour.example.com/ferry-night)\n\n"
        f"## Airport tram opens\n\n**Twenty-five minutes to the gate**\n\n{TRAM}\n\n"
        "Source: [City Post](https://citypost.example.org/tram)\n"
    )
    assert [title_of(r) for r in records] == ["Harbour ferry adds a night service", "Airport tram opens"]
    (record,) = read_capture(
        "# Night ferries for the harbour\n\n## Summary\n\n"
        f"{FERRY}\n\n**Before**\n\nBoats stopped at nine.\n\n**After**\n\nBoats run until midnight.\n\n"
        "Source: [Harbour Times](https://harbour.example.com/ferry-night)\n"
    )
    assert title_of(record) == "Night ferries for the harbour"
    # one summary, its bold lines within it (as headings they would part it into three)
    assert summary_texts(record) == [
        f"{FERRY}\n\nBefore\n\nBoats stopped at nine.\n\nAfter\n\nBoats run until midnight."
    ]


def test_a_citation_line_is_no_summary() -> None:
    # "> **Source Name** (url): its title" over the summary, quoted under each story's points
    records = read_capture(
        "# 2026年03月03日 交通 NEWS TLDR\n\n"
        "## 1. 港のフェリーが夜間便を開始\n\n- 来月から毎時一便、深夜まで運航する。\n\n"
        "> **Harbour Times Weekly** (https://harbour.example.com/2026/03/02/night-ferry-service): "
        "港の夜間フェリーが来月開始\n"
        "> 港のフェリーは来月から夜間便を運航し、最終便は深夜に出ると運航会社が月曜日に発表した。\n\n"
        "## 2. 空港トラムが開業\n\n- 中央駅から空港まで二十五分で結ぶ。\n\n"
        "> **City Post Online** (https://citypost.example.org/2026/03/03/airport-tram-opens): "
        "空港トラムが開業\n"
        "> 空港トラムが火曜日に開業し、中央駅から空港までの所要時間は二十五分になった。\n"
    )
    assert titles_and_urls(records) == [
        ("港のフェリーが夜間便を開始", "https://harbour.example.com/2026/03/02/night-ferry-service"),
        ("空港トラムが開業", "https://citypost.example.org/2026/03/03/airport-tram-opens"),
    ]
    assert [summary_texts(r) for r in records] == [
        ["港のフェリーは来月から夜間便を運航し、最終便は深夜に出ると運航会社が月曜日に発表した。"],
        ["空港トラムが火曜日に開業し、中央駅から空港までの所要時間は二十五分になった。"],
    ]


# --------------------------------------------------------------------------- front matter, cards


def test_front_matter_states_the_summary_points_source_and_date() -> None:
    # camelCase keys ("sourceUrl", "publishedAt") are read as source_url and published_at
    (record,) = read_capture(
        '---\ntitle: "港のフェリーが夜間便を開始"\nsummary: "港のフェリーが来月から夜間便を運航する。"\n'
        'points:\n  - "最終便は深夜に出る"\n  - "毎時一便を運航する"\nsourceName: "Harbour Times"\n'
        'sourceUrl: "https://harbour.example.com/ferry-night"\n'
        'publishedAt: "2026-03-02T07:00:00+09:00"\n---\n\n'
        "## 何が起きたか\n\n運航会社は月曜日、来月から夜間便を始めると発表した。\n"
    )
    assert record.canonical_url == "https://harbour.example.com/ferry-night"
    assert [c.value for c in record.published_at] == ["2026-03-01T22:00:00Z"]
    assert summary_texts(record)[0] == "港のフェリーが来月から夜間便を運航する。"
    assert [k.text for k in record.key_points] == ["最終便は深夜に出る", "毎時一便を運航する"]


def test_front_matter_sources_list_gives_the_url() -> None:
    (record,) = read_capture(
        '---\ntitle: "Ferry adds night runs"\nsources:\n  - title: "Harbour Times"\n'
        '    url: "https://harbour.example.com/ferry-night"\n  - title: "City Post"\n'
        '    url: "https://citypost.example.org/ferry"\n---\n\n## Key Points\n\n- Boats run every hour.\n'
    )
    assert record.canonical_url == "https://harbour.example.com/ferry-night"


def test_a_metadata_list_may_hold_a_link_of_its_own() -> None:
    (record,) = read_capture(
        "# Ferry adds night runs\n- URL: https://harbour.example.com/ferry-night\n"
        "- Added At: 2026-03-02 14:01:20\n- [Link To Text](2026-03-02-ferry_raw.md)\n\n"
        f"## TL;DR\n{FERRY}\n"
    )
    assert record.canonical_url == "https://harbour.example.com/ferry-night"
    assert record.cached_at is not None and record.cached_at.startswith("2026-03-02")
    assert record.key_points == []


@pytest.mark.parametrize("placeholder", ["요약 미지원", "要約を取得中…", "正在生成摘要..."])
def test_a_placeholder_summary_is_flagged(placeholder: str) -> None:
    (record,) = read_capture(
        "# Ferry adds night runs\n\n링크: https://harbour.example.com/ferry-night\n\n"
        f"## 핵심 요약\n\n{placeholder}\n"
    )
    assert "summary_failed" in record.flags and summary_texts(record) == []


def card_page(cards: list[tuple[str, str, str]], nav: str = "") -> str:
    """An HTML digest of cards: a numbered title link, the outlet, the summary."""
    body = "".join(
        f'<div class="card"><p><span>{n}</span> <a href="{url}">{title}</a></p><p>Harbour Times</p>'
        f"<p>{summary}</p></div>"
        for n, (title, url, summary) in enumerate(cards, 1)
    )
    head = "<head><title>Transit Daily 2026-03-03</title></head>"
    return f"<html>{head}<body><h1>Transit Daily</h1>{body}{nav}</body></html>"


def read_html_page(markup: str) -> list[PageRecord]:
    page = blocks.parse(markup, "html")
    return extract.choose(page).extract(page)


def test_an_html_digest_of_cards_gives_a_story_per_card() -> None:
    cards = TRANSIT_STORIES
    # the archive's navigation (a paragraph of several links) is no card
    nav = '<p><a href="/2026-03-02">2026-03-02</a> <a href="/2026-03-01">2026-03-01</a></p>'
    nav += "<p>Powered by cron</p>"
    records = read_html_page(card_page(cards, nav))
    assert titles_and_urls(records) == [(title, url) for title, url, _ in cards]
    assert [summary_texts(r) for r in records] == [[FERRY], [TRAM], [BUS]]


def test_a_card_without_a_summary_among_many_is_still_a_story() -> None:
    cards = [
        (f"Transit story {n}", f"https://harbour.example.com/{n}", FERRY if n != 3 else "ferry")
        for n in range(1, 6)
    ]
    records = read_html_page(card_page(cards))
    assert [r.canonical_url for r in records] == [url for _, url, _ in cards]
    assert "title_only" in records[2].flags


def test_news_items_win_over_linked_paragraphs_further_down() -> None:
    # news as linked items with prose; then a list of papers as bold linked lines, which all link
    # one listing page: the items are the stories, the papers stay in the last one
    records = read_capture(
        "# Transit Daily 2026-03-03\n\n## News\n\n"
        f"- **[Harbour ferry adds a night service](https://harbour.example.com/ferry-night)**\n  {FERRY}\n\n"
        f"- **[Airport tram opens](https://citypost.example.org/tram)**\n  {TRAM}\n\n"
        "## Papers\n\n**1. [Night buses and ridership](https://arxiv.example.org/list/transit)**\n\n"
        "A study of night buses in ten cities finds ridership doubles when service runs past midnight.\n\n"
        "**2. [Tram priority at junctions](https://arxiv.example.org/list/transit)**\n\n"
        "Signal priority for trams saves four minutes on a typical ten-kilometre line, the authors find.\n"
    )
    assert titles_and_urls(records) == [
        ("Harbour ferry adds a night service", "https://harbour.example.com/ferry-night"),
        ("Airport tram opens", "https://citypost.example.org/tram"),
    ]


# --------------------------------------------------------------------------- one story per list item


def test_items_that_end_with_their_link_are_stories() -> None:
    records = read_capture(
        "# Daily Transit News Summary\n\n### 2026-03-03\n"
        f"- {FERRY} [Harbour ferry adds a night service](https://harbour.example.com/ferry-night)\n"
        f"- {TRAM} [Airport tram opens to the public](https://citypost.example.org/tram)\n"
        "- The council met again on Tuesday.\n"  # an item with no link stays in the story before
        f"- **Forty electric buses for the city** — {BUS} [Read more](https://metro.example.net/buses)\n"
    )
    assert titles_and_urls(records) == [
        ("Harbour ferry adds a night service", "https://harbour.example.com/ferry-night"),
        ("Airport tram opens to the public", "https://citypost.example.org/tram"),
        ("Forty electric buses for the city", "https://metro.example.net/buses"),  # "Read more" is no title
    ]
    assert [summary_texts(r) for r in records] == [[FERRY], [TRAM], [BUS]]


def test_group_headings_over_lists_of_stories_are_groups() -> None:
    # the page's title is its first line; "### Outlet" groups items whose titles hold a colon
    records = read_capture(
        "📰 **Daily Transit Digest – March 3, 2026**\n\n### Harbour Times\n\n"
        "- **Ferries: a night service from next month** — 00:38 · [link](https://harbour.example.com/ferry-night)\n"
        "- **Docks: new cranes arrive** — 22:56 · [link](https://harbour.example.com/cranes)\n\n"
        "### City Post\n\n- **Trams: the airport line opens** — 21:40 · [link](https://citypost.example.org/tram)\n"
    )
    assert titles_and_urls(records) == [
        ("Ferries: a night service from next month", "https://harbour.example.com/ferry-night"),
        ("Docks: new cranes arrive", "https://harbour.example.com/cranes"),
        ("Trams: the airport line opens", "https://citypost.example.org/tram"),
    ]


def test_items_titled_over_their_summary_and_links() -> None:
    records = read_capture(
        '---\ntitle: "今週の交通ニュース (3/1 ~ 3/7)"\n---\n\n## 主な動き\n\n### 港\n\n'
        "* **港のフェリーが夜間便を開始**\n    来月から毎時一便、深夜まで運航すると運航会社が発表しました。\n"
        "    * [https://harbour.example.com/ferry-night](https://harbour.example.com/ferry-night)\n\n"
        "* **空港トラムが開業**\n    中央駅から空港まで二十五分で結ぶ新路線が火曜日に開業しました。\n"
        "    * [https://citypost.example.org/tram](https://citypost.example.org/tram)\n"
    )
    assert titles_and_urls(records) == [
        ("港のフェリーが夜間便を開始", "https://harbour.example.com/ferry-night"),
        ("空港トラムが開業", "https://citypost.example.org/tram"),
    ]
    assert summary_texts(records[0]) == ["来月から毎時一便、深夜まで運航すると運航会社が発表しました。"]


def test_an_article_with_a_list_of_links_is_one_story() -> None:
    # no digest title: the items are the article's points and references, not stories
    (record,) = read_capture(
        f"# Harbour ferry adds a night service\n\nSource: [Harbour Times](https://harbour.example.com/ferry-night)\n\n"
        f"{FERRY}\n\n- Boats run every hour. [Harbour Times timetable for the night service](https://harbour.example.com/t)\n"
        "- Tickets cost the same. [City Post report on the fares for the new boats](https://citypost.example.org/f)\n"
    )
    assert title_of(record) == "Harbour ferry adds a night service"


def test_a_source_in_the_page_head_does_not_outrank_a_story_link() -> None:
    # the head names the newsletter the digest summarises; each story links its own original
    records = read_capture(
        "## Transit News - 2026-03-03\n\n> [原文链接](https://newsletter.example.com/issues/26-03-03/)\n\n"
        f"### 1. [Harbour ferry adds a night service](https://harbour.example.com/ferry-night)\n> {FERRY}\n\n"
        f"### 2. [Airport tram opens](https://citypost.example.org/tram)\n> {TRAM}\n"
    )
    assert titles_and_urls(records) == [
        ("Harbour ferry adds a night service", "https://harbour.example.com/ferry-night"),
        ("Airport tram opens", "https://citypost.example.org/tram"),
    ]


@pytest.mark.parametrize("title", ["Web Server on a Nintendo Wii", "At long last, InfoWars is ours"])
def test_an_english_title_over_a_chinese_summary_is_english(title: str) -> None:
    # the original's title; detection alone gives these short titles Italian and French
    (record,) = read_capture(
        f"# {title}\n- URL: https://blog.example.com/post\n\n## TL;DR\n"
        "作者在任天堂Wii游戏机上搭建了一个网页服务器，并介绍了移植过程中遇到的内存和网络问题。\n"
    )
    assert [(t.lang, t.text) for t in record.texts if t.kind == "title"] == [("en", title)]


def test_an_items_bold_words_are_its_title_whatever_colons_they_hold() -> None:
    records = read_capture(
        "# AI News - March 2026\n\n## 2026-03-03\n"
        f"- **Ferries: A Night Service Starts**: {FERRY} ([Harbour Times](https://harbour.example.com/ferry-night))\n"
        f"- **Trams: The Airport Line Opens**: {TRAM} ([City Post](https://citypost.example.org/tram))\n"
    )
    assert titles_and_urls(records) == [
        ("Ferries: A Night Service Starts", "https://harbour.example.com/ferry-night"),
        ("Trams: The Airport Line Opens", "https://citypost.example.org/tram"),
    ]


def test_numbered_stories_of_one_section_and_bold_titled_stories_of_another_are_all_read() -> None:
    # "### 1. owner/repo" numbers one section's stories; the news above titles its own in bold,
    # marker symbols first, and names each source by a bare address or by name alone
    records = read_capture(
        "# 每日新闻摘要\n\n## 🌍 交通要闻\n"
        f"**🔥 Harbour ferry adds a night service**\n- {FERRY}\n"
        "> 📰 来源：Harbour Times（https://harbour.example.com/ferry-night）\n\n"
        f"📈 **Airport tram opens**\n- {TRAM}\n> 📰 来源：City Post\n\n"
        "## 🔥 GitHub 热榜\n\n### 1. acme/ferry-times ⭐ 120\n时刻表工具。\n"
        "🔗 https://github.com/acme/ferry-times\n\n"
        "### 2. acme/tram-map ⭐ 98\n电车地图。\n🔗 https://github.com/acme/tram-map\n"
    )
    assert titles_and_urls(records) == [
        ("Harbour ferry adds a night service", "https://harbour.example.com/ferry-night"),  # less its 🔥
        ("Airport tram opens", None),
        ("acme/ferry-times", "https://github.com/acme/ferry-times"),
        ("acme/tram-map", "https://github.com/acme/tram-map"),
    ]
    assert [[k.text for k in r.key_points] for r in records[:2]] == [[FERRY], [TRAM]]


def test_paragraphs_that_open_with_a_bold_title_are_the_stories_under_group_headings() -> None:
    records = read_capture(
        "# Daily Briefing — March 3, 2026\n\n## Rail and sea\n\n"
        f"**Harbour ferry adds a night service** — {FERRY}\n🔗 https://harbour.example.com/ferry-night\n\n"
        f"**Airport tram opens** — {TRAM}\n🔗 https://citypost.example.org/tram\n"
        "🔗 https://metro.example.net/tram-too\n\n"
        f"## Roads\n\n**Forty electric buses for the city** — {BUS}\n🔗 https://metro.example.net/buses\n"
    )
    assert titles_and_urls(records) == [
        ("Harbour ferry adds a night service", "https://harbour.example.com/ferry-night"),
        ("Airport tram opens", "https://citypost.example.org/tram"),
        ("Forty electric buses for the city", "https://metro.example.net/buses"),
    ]
    assert [summary_texts(r) for r in records] == [[FERRY], [TRAM], [BUS]]


def test_a_digest_that_lists_its_stories_in_front_matter() -> None:
    # the body is no more than the generator's comment: the front matter says it all
    records = read_capture(
        "---\ndate: '2026-03-03'\nstories:\n"
        f"- title: Harbour ferry adds a night service\n  url: https://harbour.example.com/ferry-night\n"
        f"  summary: {FERRY}\n  source: Harbour Times\n"
        f"- title: Airport tram opens\n  url: https://citypost.example.org/tram\n  summary: {TRAM}\n"
        "- title: A story with no address\n  summary: nothing links it\n"
        "---\n<!-- Generated with a web search 2026-03-03 20:47 UTC -->\n"
    )
    assert titles_and_urls(records) == [
        ("Harbour ferry adds a night service", "https://harbour.example.com/ferry-night"),
        ("Airport tram opens", "https://citypost.example.org/tram"),
    ]
    assert [summary_texts(r) for r in records] == [[FERRY], [TRAM]]


def test_a_themes_sections_in_front_matter_list_the_stories() -> None:
    # Hugo Wowchemy's landing page: the list sits in a section, each address in a Markdown link
    records = read_capture(
        "---\ntitle: AI news\ndate: 2024-10-04\nsections:\n  - block: features\n    content:\n"
        "      title: Latest AI news\n      items:\n"
        "        - name: Harbour ferry adds a night service\n          description: |\n"
        "            [Read the full story](https://harbour.example.com/ferry-night)\n"
        "        - name: Airport tram opens\n          description: |\n"
        f"            {TRAM} [Read the full story](https://citypost.example.org/tram)\n"
        "    design:\n      layout: list\n---\n"
    )
    assert titles_and_urls(records) == [
        ("Harbour ferry adds a night service", "https://harbour.example.com/ferry-night"),
        ("Airport tram opens", "https://citypost.example.org/tram"),
    ]
    assert summary_texts(records[0]) == []  # a description that is only the link says nothing
    assert summary_texts(records[1]) == [f"{TRAM} Read the full story"]


def test_a_page_of_front_matter_alone_is_read_or_rejected_by_what_its_front_matter_holds(tmp_path) -> None:
    stories = tmp_path / "stories.md"
    stories.write_text(
        "---\nstories:\n- title: Harbour ferry adds a night service\n"
        "  url: https://harbour.example.com/ferry-night\n"
        "- title: Airport tram opens\n  url: https://citypost.example.org/tram\n---\n",
        encoding="utf-8",
    )
    assert len(extract.extract(rawstore.load(rawstore.RawFile(stories.name, stories, 0)))) == 2
    bare = tmp_path / "bare.md"
    bare.write_text("---\ntitle: Nothing else\n---\n<!-- empty -->\n", encoding="utf-8")
    with pytest.raises(extract.Rejected, match="no text blocks on the page, and no stories"):
        extract.extract(rawstore.load(rawstore.RawFile(bare.name, bare, 0)))


@pytest.mark.parametrize(
    "text", ["Read more", "👉 Read more", "Read more →", "続きを読む…", "Διαβάστε περισσότερα →", "קרא עוד"]
)
def test_a_read_more_link_titles_no_story_whatever_marks_it(text: str) -> None:
    assert not digest._is_link_title(text)
    card = blocks.Block("paragraph", text, links=(blocks.Link(text, "https://citypost.example.org/tram"),))
    assert not digest._opens_with_its_link(card)


def test_headlines_each_over_its_summary_and_a_greek_read_more_link_are_stories() -> None:
    stories = [
        ("Η Αθήνα φιλοξενεί διεθνές χειρουργικό συνέδριο", "Η Αθήνα γίνεται επίκεντρο της χειρουργικής."),
        ("Αεροδρόμιο Καλαμάτας: υπογραφές τον Ιούνιο", "Εγκρίθηκε η σύμβαση παραχώρησης του αεροδρομίου."),
        ("Θετικές προοπτικές για τις ελληνικές τράπεζες", "Ο οίκος δίνει σύσταση αγοράς για τις τράπεζες."),
    ]
    cards = "".join(
        f"<div><p>Οικονομία Proto Thema</p><h3>{title}</h3><p>{said}</p>"
        f'<a href="https://www.protothema.gr/economy/article/{k}/">Διαβάστε περισσότερα →</a></div>'
        for k, (title, said) in enumerate(stories)
    )
    page = blocks.from_html(
        f"<html><body><h1>Τα νέα στα ελληνικά!</h1><p>27 Μαΐου 2026</p>{cards}</body></html>"
    )
    records = extract.choose(page).extract(page)
    assert titles_and_urls(records) == [
        (title, f"https://www.protothema.gr/economy/article/{k}/") for k, (title, _) in enumerate(stories)
    ]


def test_a_link_that_is_a_title_opens_its_card() -> None:
    title = "Airport tram opens on Tuesday"
    card = blocks.Block(
        "paragraph", f"1 {title}", links=(blocks.Link(title, "https://citypost.example.org/tram"),)
    )
    assert digest._is_link_title(title) and digest._opens_with_its_link(card)


def test_an_rss_dump_gives_each_entry_its_article_and_its_language() -> None:
    # a feed archived as Markdown: a heading per entry over its link, the feed and the entry's HTML
    entry = (
        "## {title}\n - [{url}]({url})\n - RSS feed: https://hnrss.org/frontpage\n"
        " - date published: 2024-02-08T1{n}:00:00+00:00\n\n{html}\n\n"
    )
    stories = [
        ("A distributed systems reading list", "https://ferd.ca/reading-list.html", ""),
        (
            "Launch HN: AgentHub (YC W24) – A no-code automation platform",
            "https://news.ycombinator.com/item?id=39302870",
            '<p>Hey HN,<p>We automate workflows with agents (<a href="https://www.agenthub.dev/">'
            "https://www.agenthub.dev/</a>). Here is a demo: "
            '<a href="https://www.youtube.com/watch?v=BD9">https://www.youtube.com/watch?v=BD9</a></p>',
        ),
        ("Show HN: SnapCode – a real Java IDE in the browser", "https://reportmill.com/SnapCode", ""),
        ("Concrete.css", "https://concrete.style/", "<p>Points: 3</p>\n<p># Comments: 0</p>"),
    ]
    records = read_capture(
        "# Source:Hacker News - frontpage, URL:https://hnrss.org/frontpage, language:en-US\n\n"
        + "".join(entry.format(title=t, url=u, html=h, n=n) for n, (t, u, h) in enumerate(stories))
    )
    # the feed is never an entry's article; a self-post's bare thread link is its article, not
    # the links its text gives
    assert [r.canonical_url for r in records] == [url for _, url, _ in stories]
    # titles alone are too short to identify ("SnapCode ..." reads as Dutch): the page's language
    assert [t.lang for r in records for t in r.texts if t.kind == "title"] == ["en"] * 4
    assert summary_texts(records[1]) == [
        "We automate workflows with agents (https://www.agenthub.dev/). Here is a demo: "
        "https://www.youtube.com/watch?v=BD9"
    ]


def test_numbered_titles_over_their_autolinks_on_a_daily_are_stories() -> None:
    records = read_capture(
        "---\ntitle: 'AI 时代·日刊精选'\n---\n\n✨ **AI 时代·日刊精选** ✨\n\n**【工具与实战】**\n\n"
        "1. Incident Report: CVE-2024-YIKES\n   <https://nesbitt.io/2026/02/03/incident-report.html>\n\n"
        "2. OpenAI structured outputs are really useful\n   <https://chadnauseam.com/coding/ai/structured>\n\n"
        "**【观点 / 方法】**\n\n"
        "3. Where is AI headed? 8 perspectives\n   <https://garymarcus.substack.com/p/where-is-ai-headed>\n"
    )
    assert [(r.position, r.canonical_url) for r in records] == [
        (1, "https://nesbitt.io/2026/02/03/incident-report.html"),
        (2, "https://chadnauseam.com/coding/ai/structured"),
        (3, "https://garymarcus.substack.com/p/where-is-ai-headed"),
    ]
    titles = [t.text for r in records for t in r.texts if t.kind == "title"]
    assert titles[0] == "Incident Report: CVE-2024-YIKES"


def test_a_bracketed_title_is_the_story_title_not_its_source_label() -> None:
    story = (
        "{n}. **【{title}】（来源: [GitHub Trending Python]({url})）**\n"
        "    **摘要：**{title}，社区关注度持续上升。\n    **七叔洞察：**值得持续关注。\n\n"
    )
    stories = [
        ("谷歌发布TimesFM时间序列预测基础模型", "https://github.com/google-research/timesfm"),
        ("OpenAI发布MLE-bench基准测试工具", "https://github.com/openai/mle-bench"),
        ("NVIDIA开源LLM漏洞扫描工具garak", "https://github.com/NVIDIA/garak"),
    ]
    records = read_capture(
        "# 七叔AI洞察日报 - 2025-08-25\n\n## 🔍 今日精选\n### 🤖 技术突破\n"
        + "".join(story.format(n=n, title=t, url=u) for n, (t, u) in enumerate(stories, 1))
    )
    assert [(t.text, r.canonical_url) for r in records for t in r.texts if t.kind == "title"] == stories


def test_a_digest_wrapped_whole_in_a_markdown_fence_with_labelled_story_lines() -> None:
    story = "#### {title}\n- 要点: {point}\n- 技術ポイント: 依存関係の管理\n- リンク: {url}\n\n"
    stories = [
        (
            "Introducing pgpm: A Package Manager",
            "パッケージ管理の新ツール",
            "https://www.postgresql.org/about/news/pgpm-3196/",
        ),
        (
            "Why AI pushes developers to typed languages",
            "型付き言語が増える",
            "https://github.blog/ai/typed-languages/",
        ),
    ]
    records = read_capture(
        "```markdown\n# Tech Radar Daily Digest - 2026-01-10\n\n今日の注目トピックをお届けします。\n\n"
        "## 📰 今日のニュース\n### データベース\n"
        + "".join(story.format(title=t, point=p, url=u) for t, p, u in stories)
        + "---\n\n*生成日: 2026-01-10*\n```\n"
    )
    assert [
        (next(t.text for t in r.texts if t.kind == "title"), [k.text for k in r.key_points], r.canonical_url)
        for r in records
    ] == [(t, [p], u) for t, p, u in stories]


def test_a_weekly_whose_items_say_their_story_in_a_short_cjk_clause() -> None:
    records = read_capture(
        "【AIイノベーション室】（勝手に）週間ニュース 4月21日〜4月27日\n\n_モデル・技術開発_ 🔧\n"
        "- [MetaがLlamaをAPI提供、AIオープンソース化に新機軸](https://xtech.nikkei.com/atcl/10569/)"
        " - Meta初のAI開発者会議「LlamaCon」で発表、オープンソース戦略とAPI提供を両立へ\n"
        "- [Microsoft、日本事業に約4400億円の投資発表](https://rozetta-square.jp/knowledge/8232/)"
        " - 生成AI需要拡大に備えデータセンター増強や研究拠点新設へ 💰\n"
        "- [Google、AI Overviewを発表](https://rozetta-square.jp/knowledge/8432/) - 以下の三点が要点だ：\n"
    )
    # a clause of twenty CJK characters is what the item says, stop or no stop; a lead-in is not
    assert [summary_texts(r) for r in records] == [
        ["Meta初のAI開発者会議「LlamaCon」で発表、オープンソース戦略とAPI提供を両立へ"],
        ["生成AI需要拡大に備えデータセンター増強や研究拠点新設へ 💰"],
        [],
    ]


def test_a_bracketed_category_before_a_linked_headline_is_no_title() -> None:
    story = '<p><strong>[{tag}]</strong> <a href="{url}">{title}</a></p>'
    stories = [
        (
            "국내 종합",
            "미국의 군사력과 달러의 위력이 스러지고 있다 [정의길의 세계, 그리고]",
            "https://www.hani.co.kr/arti/1",
        ),
        (
            "국내 경제",
            "LG이노텍, 1분기 영업익 2천953억원…예상치 상회(상보)",
            "https://news.einfomax.co.kr/news/2",
        ),
        ("국내 경제", "고유가 지원금 지급 시작…'골목 상권' 기대감", "https://www.yonhapnewstv.co.kr/news/3"),
    ]
    markup = "<html><body><h1>📰 Daily News Brief</h1><h3>🇰🇷 한국어 뉴스</h3>{}</body></html>".format(
        "".join(story.format(tag=g, title=t, url=u) for g, t, u in stories)
    )
    page = blocks.parse(markup, "html")
    records = extract.choose(page).extract(page)
    # the link is the title, whatever its last character
    assert [(t.text, r.canonical_url) for r in records for t in r.texts if t.kind == "title"] == [
        (t, u) for _, t, u in stories
    ]


def test_labelled_stories_split_though_one_link_is_filed_twice() -> None:
    story = (
        "### {title}\n\n> 要点解析:\n\n- {title}的第一个要点。\n\n- {title}的第二个要点。\n\n"
        "原文链接:[{url}]({url})\n\n"
    )
    stories = [
        ("中国工程院发布2023全球十大工程成就", "http://www.199it.com/?p=1667345"),
        ("FICO在金融服务中构建AI平台", "https://aibusiness.com/ml/fico-ai-platform"),
        ("谷歌VideoPoet大模型上线", "https://www.jiqizhixin.com/articles/2023-12-20-9"),
        ("上交大推出推理引擎PowerInfer", "https://www.jiqizhixin.com/articles/2023-12-20-7"),
        ("智谱AI融资25亿", "https://www.ofweek.com/ai/2023-12/ART-8460.html"),
        # the digest files the first story's source again under another story
        ("全球十大工程成就中的ChatGPT", "http://www.199it.com/?p=1667345"),
    ]
    records = read_capture(
        "## 目的\n本系列文章主要是用于持续跟踪最新的AI产业情况。\n\n## 产业资讯\n\n"
        + "".join(story.format(title=t, url=u) for t, u in stories)
    )
    assert [(t.text, r.canonical_url) for r in records for t in r.texts if t.kind == "title"] == stories
    assert [len(r.key_points) for r in records] == [2] * 6


def test_a_dated_heading_before_the_linked_story_headings_heads_the_page() -> None:
    story = "## [{title}]({url})\n{title}的摘要，说明这条新闻的要点和影响。\n\n查看原文 → [链接]({url})\n\n"
    stories = [
        ("OpenAI floats giving Trump administration 5 percent cut", "https://www.theverge.com/ai/960588"),
        (
            "Meta Is Planning a Cloud Business to Sell AI Computing",
            "https://www.bloomberg.com/news/2026-07-01",
        ),
        ("全球首个英伟达含量为0的万亿模型", "https://www.qbitai.com/2026/07/442047.html"),
    ]
    records = read_capture(
        "# 每日 AI 资讯\n\n## 2026-07-03 日报\n\n每天 10:15 更新前 24 小时全球 AI 圈精选 · 共 3 条\n\n"
        + "".join(story.format(title=t, url=u) for t, u in stories)
    )
    assert [(t.text, r.canonical_url) for r in records for t in r.texts if t.kind == "title"] == stories
    # a linked story under a group heading of that level keeps the other reading
    grouped = read_capture(
        "# 物理 AI 每日资讯\n\n## 关键事件\n\n### [Agility 等专家探讨人形机器人](https://www.therobotreport.com/x)\n"
        "RoboBusiness 将组织专题讨论人形机器人发展现状。\n\n"
        + "".join(story.format(title=t, url=u) for t, u in stories)
    )
    assert "https://www.therobotreport.com/x" in [r.canonical_url for r in grouped]
    # an article's "More:" over linked cards is no digest's head: the cards are not its stories
    article_page = blocks.parse(
        "# NASA's commercial moon shot: Musk's and Bezos's firms to bid\n\n"
        "NASA will pay private companies to build landers for its return to the moon, it said on Friday.\n\n"
        "#### More:\n\n#### [The New Space Race](https://www.aljazeera.com/a)\n\n"
        "#### [Spacewalking into her-story](https://www.aljazeera.com/b)\n\n"
        "#### [China completes landing test for its first Mars mission](https://www.aljazeera.com/c)\n",
        "text",
    )
    adapter = extract.choose(article_page)
    assert adapter is None or len(adapter.extract(article_page)) == 1


def test_a_bold_category_before_a_one_sentence_story_is_no_title() -> None:
    records = read_capture(
        "# The World: a daily newsletter\n\nAround the World\n\n"
        "- **Africa:** The Sudan crisis deepens as aid agencies warn of [imminent famine]"
        "(https://www.nytimes.com/2026/01/27/world/africa/sudan.html) in Darfur.\n"
        "- **Climate:** Scientists report [Arctic ice levels](https://www.nytimes.com/2026/01/27/science/ice.html)"
        " hit a new low for January.\n"
        "- **Gemini 3**: Google's new model [tops the charts](https://blog.google/gemini-3/).\n"
    )
    assert [next(t.text for t in r.texts if t.kind == "title") for r in records] == [
        "The Sudan crisis deepens as aid agencies warn of imminent famine in Darfur.",
        "Scientists report Arctic ice levels hit a new low for January.",
        # a bold title with its colon outside the bold is the title
        "Gemini 3",
    ]


def test_a_title_naming_an_issue_by_its_date_is_a_digest() -> None:
    # no digest word in the title: its date names the issue, and the items are its stories
    records = read_capture(
        "# Hacker News Top 10 - 2026-09-03\n\n_Captured 2026-09-03 20:43 UTC._\n\n"
        "1. **[GPT-6 Astra](https://openai.com/index/gpt-6-astra/)**\n"
        "   638 points by `kibae` - [369 comments](https://news.ycombinator.com/item?id=49554643)\n\n"
        "2. **[The largest electric aircraft just flew [video]](https://www.youtube.com/watch?v=nM86)**\n"
        "   25 points by `feb` - [14 comments](https://news.ycombinator.com/item?id=49526453)\n\n"
        "3. **[.name Termination](https://neil.fraser.name/news/2026/09/03/)**\n"
        "   1009 points by `pavel_lishin` - [303 comments](https://news.ycombinator.com/item?id=49550772)\n"
    )
    assert titles_and_urls(records) == [
        ("GPT-6 Astra", "https://openai.com/index/gpt-6-astra/"),
        ("The largest electric aircraft just flew [video]", "https://www.youtube.com/watch?v=nM86"),
        (".name Termination", "https://neil.fraser.name/news/2026/09/03/"),
    ]


@pytest.mark.parametrize(
    ("title", "issue"),
    [
        ("TL;DR — 2026-05-07", True),
        ("Data Is Plural — 2016.05.04 edition", True),
        ("生成AIニュース 2026年5月21日", True),
        ("2019.01.15", True),
        ("OpenAI ships GPT-6 to every paying customer on 2026-09-03, a month early", False),
        ("Release notes 2016.05.04", True),  # short and dated: named like an issue, and read as one
        ("Acme ships GPT-6", False),
    ],
)
def test_issue_titles(title: str, issue: bool) -> None:
    assert digest._is_issue_title(title) is issue


def test_a_labelled_link_opening_a_heading_is_no_story_title() -> None:
    # "#### [Submission URL](...) | 1051 points | by [user](...)": the user's page is not the story's
    text = "## AI Submissions for Thu Mar 21 2024\n\n" + "".join(
        f"### {title}\n\n#### [Submission URL]({url}) | {n} points | by "
        f"[user{n}](https://news.ycombinator.com/user?id=user{n}) | [9 comments](https://news.ycombinator.com/item?id={n})\n\n"
        f"{title} is a tool that does one thing well, its author says in a long post about it.\n\n"
        for n, (title, url) in enumerate(
            [
                ("Difftastic, a structural diff tool", "https://difftastic.wilfred.me.uk/"),
                ("Jan, a local ChatGPT", "https://jan.ai/"),
            ],
            1,
        )
    )
    records = read_capture(text)
    assert titles_and_urls(records) == [
        ("Difftastic, a structural diff tool", "https://difftastic.wilfred.me.uk/"),
        ("Jan, a local ChatGPT", "https://jan.ai/"),
    ]


def test_traditional_chinese_labels_and_numbered_story_titles() -> None:
    records = read_capture(
        "# 科技新聞分析與分類\n\n## AI 科技領域\n\n"
        "### [01] ChatGPT將加入家長監控功能\n- **來源**: Yahoo 財經\n- **日期**: 2025-09-03\n"
        "- **網址**: https://hk.finance.yahoo.com/news/chatgpt-081119881.html\n"
        "- **重點**: OpenAI 提升 ChatGPT 安全性，將敏感對話轉到推理模型處理\n\n"
        "### [02] ChatGPT Projects 功能全面免費開放\n- **來源**: TechNice\n- **日期**: 2025-09-04\n"
        "- **網址**: https://www.technice.com.tw/issues/ai/190562/\n"
        "- **重點**: ChatGPT Projects 功能從付費用戶擴展到所有免費用戶\n"
    )
    assert titles_and_urls(records) == [
        ("ChatGPT將加入家長監控功能", "https://hk.finance.yahoo.com/news/chatgpt-081119881.html"),
        ("ChatGPT Projects 功能全面免費開放", "https://www.technice.com.tw/issues/ai/190562/"),
    ]
    assert [[p.text for p in r.key_points] for r in records] == [
        ["OpenAI 提升 ChatGPT 安全性，將敏感對話轉到推理模型處理"],
        ["ChatGPT Projects 功能從付費用戶擴展到所有免費用戶"],
    ]
    assert [c.value for c in records[0].published_at] == ["2025-09-03"]


def test_a_closing_credit_in_brackets_is_no_cut_off_text() -> None:
    records = read_capture(
        "Data Is Plural — 2016.05.04 edition\n===================================\n\n"
        "__Scientific paper trails.__ [Sci-Hub](http://sci-hub.cc/) bills itself as the first pirate "
        "website in the world to provide mass access to research papers. [h/t Jane Roe + John Doe]\n\n"
        "__Disciplined doctors.__ The [data bank](http://www.npdb.hrsa.gov/) tracks medical malpractice "
        "payments and adverse actions against health care practitioners across the United States.\n"
    )
    assert titles_and_urls(records) == [
        ("Scientific paper trails.", "http://sci-hub.cc/"),
        ("Disciplined doctors.", "http://www.npdb.hrsa.gov/"),
    ]
    assert all("truncated" not in r.flags for r in records)


def test_a_table_of_stories_gives_one_story_per_row() -> None:
    # the header names the title and summary columns; each table under a category has its own
    records = read_capture(
        "# AI 日报 — 2026-06-09\n\n## 🔥 LLM\n\n| 评级 | 来源 | 标题 | 摘要 |\n|---|---|---|---|\n"
        "| ★★★ | Dev.to | [五大前沿模型对抗性测试](https://dev.to/x/i-tested) "
        "| 10 项对抗场景测试，Opus 4 均获 77.1% |\n"
        "| ★★☆ | Reddit "
        "| [llama.cpp WebGPU 提速](https://www.reddit.com/r/LocalLLaMA/comments/1u0snw6/ggml/) "
        "| yomaytk 提交的 PR 大幅优化 WebGPU 预填充速度 |\n\n"
        "## 🏢 产业\n\n| 评级 | 来源 | 标题 | 摘要 |\n|---|---|---|---|\n"
        "| ★★★ | TechCrunch | [Why Apple's AI bet looks smart](https://techcrunch.com/2026/06/08/apple-ai/) "
        "| 苹果渐进式 AI 战略在 WWDC 后重新获得认可 |\n"
    )
    assert titles_and_urls(records) == [
        ("五大前沿模型对抗性测试", "https://dev.to/x/i-tested"),
        # a row whose one link is a discussion thread is that thread's story
        ("llama.cpp WebGPU 提速", "https://www.reddit.com/r/LocalLLaMA/comments/1u0snw6/ggml/"),
        ("Why Apple's AI bet looks smart", "https://techcrunch.com/2026/06/08/apple-ai/"),
    ]
    assert [summary_texts(r) for r in records] == [
        ["10 项对抗场景测试，Opus 4 均获 77.1%"],
        ["yomaytk 提交的 PR 大幅优化 WebGPU 预填充速度"],
        ["苹果渐进式 AI 战略在 WWDC 后重新获得认可"],
    ]


def test_a_table_of_links_without_a_title_column_is_no_list_of_stories() -> None:
    page = blocks.parse(
        "# AI 日报 — 2026-06-09\n\nToday the labs shipped two models and a study of their costs.\n\n"
        "| Model | Price |\n|---|---|\n| [Alpha](https://alpha.example/) | $1 |\n"
        "| [Beta](https://beta.example/) | $2 |\n",
        "text",
    )
    adapter = extract.choose(page)
    assert adapter is None or len(adapter.extract(page)) <= 1


def test_a_feed_entry_titled_before_its_outlet_and_linked_by_a_source_label() -> None:
    records = read_capture(
        "# Daily Industrial News Briefing\n\nDate: July 7, 2026\n\n## Relevant Articles\n\n"
        "- New Jersey Lawmakers Just Nixed a Data Center Tax Credit - Heatmap News (Heatmap News) "
        "[Source](https://news.example/rss/articles/1) [Track](https://briefing.example/?track=1)\n"
        "- Pa. House passes data center pause - Pennsylvania Capital-Star — The House passed a pause "
        "on data centers along with the governor's plan for development. [Source](https://news.example/rss/articles/2)\n"
    )
    assert titles_and_urls(records) == [
        ("New Jersey Lawmakers Just Nixed a Data Center Tax Credit", "https://news.example/rss/articles/1"),
        ("Pa. House passes data center pause", "https://news.example/rss/articles/2"),
    ]
    assert summary_texts(records[0]) == []  # an outlet's name says nothing
    assert "governor's plan" in summary_texts(records[1])[0]


def test_numbered_sections_citing_one_page_are_no_stories() -> None:
    text = "# 寄り前ブリーフ 2026-05-14\n\n## サマリー\n\n"
    text += "前回引けの日経平均は上昇（+0.24%）。寄りは先物ギャップを確認。\n\n"
    for number, (name, url) in enumerate(
        [
            ("前回引け", "https://www.traders.co.jp/market_jp/index"),
            ("業種（東証33）", "https://www.traders.co.jp/market_jp/index"),
            ("オーバーナイト", "https://stooq.com/q/?s=%5Espx"),
            ("今日の予定", "https://www.traders.co.jp/market_jp/index"),
        ],
        1,
    ):
        text += f"## {number}) {name}\n\n- {name}の数字を確認した。（出典: {url}）\n\n"
    (record,) = read_capture(text)
    assert title_of(record) == "寄り前ブリーフ 2026-05-14"
    assert summary_texts(record) == ["前回引けの日経平均は上昇（+0.24%）。寄りは先物ギャップを確認。"]


def test_stories_told_in_bold_led_paragraphs_over_their_outlets_links() -> None:
    # "<p><strong>Title.</strong> What it says.</p><p><a>Outlet</a></p>" under group headings; the
    # last group ("⛈️ Weather") holds a forecast, no story
    safety = [
        "Three arrested after a guard assault",
        "Pocket Fire may burn for months",
        "Rollover sparks a fire",
        "Hiker rescued from Madera Canyon",
    ]
    government = ["Drone show to replace fireworks", "Park hosts a naturalization ceremony"]
    development = ["Armory Park reopens after renovation", "Mission Garden joins the national register"]
    community = ["Museum exhibit marks the 250th", "Local actor wins a national award"]
    markup = "<html><body><h1>Tucson Daily Brief</h1><h2>July 4, 2026</h2>"
    expected = []
    groups = {"🚨 Public Safety": safety, "🏛️ Government": government, "🏗️ Development": development}
    for group, titles in (groups | {"🎉 Community": community}).items():
        markup += f"<h3>{group}</h3>"
        for n, title in enumerate(titles):
            url = f"https://www.kvoa.com/news/local/{len(expected)}/"
            markup += (
                f"<p><strong>{title}.</strong> Officials said on Friday that the work goes on.</p>"
                f'<p><a href="{url}">{("KVOA News 4", "KOLD News 13")[n % 2]}</a></p>'
            )
            expected.append((f"{title}.", url))
    markup += "<h3>⛈️ Weather</h3><p>No active alerts.</p><p>Sunday: mostly sunny with a high near 106°F.</p>"
    # a category in bold over a paragraph of prose is no story's title
    markup += (
        "<p><strong>Outlook:</strong> " + "An intense heat stretch builds through next week. " * 5 + "</p>"
    )
    markup += '<p><a href="https://forecast.weather.gov/MapClick.php?CityName=Tucson">NWS Tucson</a></p>'
    assert titles_and_urls(read_html_page(markup + "</body></html>")) == expected


def test_paragraphs_each_a_title_and_its_address() -> None:
    records = read_capture(
        "### 2019.01.15\n\n"
        "[新闻] React DevTools 支持 Hooks：<https://github.com/facebook/react-devtools/pull/1272>\n\n"
        "[文章] Vuex 源码解析：<https://github.com/answershuto/learnVue>\n\n"
        "[工具] OS.js 基于浏览器的桌面系统。[在线演示](https://demo.os-js.org/)：<https://github.com/os-js/OS.js>\n"
    )
    assert titles_and_urls(records) == [
        ("React DevTools 支持 Hooks", "https://github.com/facebook/react-devtools/pull/1272"),
        ("Vuex 源码解析", "https://github.com/answershuto/learnVue"),
        ("OS.js 基于浏览器的桌面系统。在线演示", "https://github.com/os-js/OS.js"),
    ]


def test_numbered_stories_then_a_numbered_list_of_other_things() -> None:
    # the stories' run of numbers links them; a later run ("1. 立即建立...") does not, nor is it
    # read as stories beside them; grammar notes citing a story's page are no stories either
    text = (
        "# 蛋白质与肽人工智能每日简报｜2026-07-15\n\n## 今日三个总体信号\n\n- 结构模型的置信度需要审计。\n\n"
    )
    for n, slug in enumerate(["alphafold3-audit", "mdmi-peptides", "kinase-design"], 1):
        text += f"## {n}. Story {slug}\n\n这篇论文提出了新的方法，并在多个数据集上验证了效果。\n\n"
        text += f"- 原文：https://www.biorxiv.org/content/{slug}\n\n"
    text += "# 今日最值得执行的三项工作\n\n## 1. 立即建立审计集\n\n把高置信度错误收集起来。\n\n"
    text += "## 2. 重做增强实验\n\n按时间划分数据。\n\n"
    text += "## C-3-1. ～ことから\n\n**出典：** https://www.biorxiv.org/content/alphafold3-audit\n\n"
    text += "## C-3-2. ～てもなお\n\n**出典：** https://www.biorxiv.org/content/mdmi-peptides\n"
    records = read_capture(text)
    assert titles_and_urls(records) == [
        (f"Story {slug}", f"https://www.biorxiv.org/content/{slug}")
        for slug in ["alphafold3-audit", "mdmi-peptides", "kinase-design"]
    ]


def test_a_digest_marked_og_article_with_a_closing_heading_of_no_story() -> None:
    stories = [
        ("Wine 11 rewrites how Linux runs Windows games", "https://www.xda-developers.com/wine-11/"),
        ("Goodbye to Sora", "https://twitter.com/soraofficialapp/status/2036532795984715896"),
        ("Thoughts on slowing down", "https://mariozechner.at/posts/2026-03-25-slowing-down/"),
    ]
    markup = (
        '<html><head><title>2026年3月25日 | HackerNews 日本語まとめ</title><meta property="og:type" '
        'content="article"></head><body><h1>2026年3月25日 のトップ記事</h1>'
    )
    for title, url in stories:
        markup += f'<h2><a href="{url}">{title}</a></h2><p>コメント欄では賛否が分かれ、長い議論が続いた。</p>'
    markup += '<h2>他の日報を見る</h2><ul><li><a href="/archive/2026-03-24.html">3月24日</a></li></ul>'
    markup += "</body></html>"
    assert titles_and_urls(read_html_page(markup)) == stories


def test_a_long_page_of_cards_half_of_them_without_a_summary() -> None:
    markup = "<html><head><title>科技日报 - 2026-02-05</title></head><body><h1>科技日报</h1><p>2026-02-05</p>"
    expected = []
    for n in range(10):
        url = f"https://www.example.cn/article/{n}.html"
        title = f"科技公司{n}号发布新产品"
        told = "<p>这家公司今天发布了新产品，并表示将在下个月向所有用户开放，价格与上一代保持不变。</p>"
        markup += f'<p><a href="{url}">{title}</a></p><p>虎嗅</p>' + (
            told if n < 6 else "<p>点击查看原文></p>"
        )
        expected.append((title, url))
    assert titles_and_urls(read_html_page(markup + "</body></html>")) == expected


def test_cards_titled_over_their_source_line_under_group_headings() -> None:
    markup = "<html><head><title>研发数字化每日资讯 - 2026年2月25日</title></head>"
    markup += "<body><h1>研发数字化每日资讯</h1>"
    expected = []
    for group in ("🚁 低空经济", "🤖 机器人"):
        markup += f"<h2>{group}</h2>"
        for n in range(2):
            url = f"https://news.example.cn/{len(expected)}.html"
            title = f"{group[2:]}的第{n + 1}个新动向"
            markup += (
                f"<p>{title}</p><p>来源：光明网 · 2026-02-25</p>"
                "<p>报道指出，多地围绕低空产业和应用场景密集部署，行业迎来政策与需求的多重支撑。</p>"
                f'<p><a href="{url}">🔗 查看原文</a></p>'
            )
            expected.append((title, url))
    assert titles_and_urls(read_html_page(markup + "</body></html>")) == expected


def test_numbered_items_ending_in_a_bare_address() -> None:
    records = read_capture(
        "# pgsql-hackers digest — Mar 1, 2026\n\n"
        "1. **PLpgSQL FOREACH IN JSON ARRAY** — Pavel Stehule implements a faster loop over JSON arrays "
        "by skipping the SQL executor. https://www.postgresql.org/message-id/CAFj8pRD9Jjv@mail.gmail.com\n\n"
        "2. **REPACK memory leak** — Mihail Nikalayeu finds memory leaks in the arrays REPACK keeps "
        "and a missing fallback. https://www.postgresql.org/message-id/CADzfLwWC8gk@mail.gmail.com\n"
    )
    assert titles_and_urls(records) == [
        (
            "PLpgSQL FOREACH IN JSON ARRAY",
            "https://www.postgresql.org/message-id/CAFj8pRD9Jjv@mail.gmail.com",
        ),
        ("REPACK memory leak", "https://www.postgresql.org/message-id/CADzfLwWC8gk@mail.gmail.com"),
    ]
    assert summary_texts(records[0]) == [
        "Pavel Stehule implements a faster loop over JSON arrays by skipping the SQL executor."
    ]


def test_linked_headings_of_a_digest_that_repeats_one_story_now_and_then() -> None:
    # front-matter stories, one of them filed twice: four in five links are their own
    stories = [(f"Story number {n} of the day", f"https://news.example.com/{n % 7}") for n in range(8)]
    front = "---\ndate: '2025-08-20'\nstories:\n" + "".join(
        f"- title: {title}\n  url: {url}\n  summary: What happened in story {n}, told in one sentence.\n"
        for n, (title, url) in enumerate(stories)
    )
    assert [url for _, url in titles_and_urls(read_capture(front + "---\n"))] == [url for _, url in stories]


def test_a_story_heading_linking_a_listing_page_gives_no_address() -> None:
    # a digest's template linked two papers to the listing: they are not one article
    text = "# AI Daily 2026-03-01\n\n"
    stories = [(f"Story {n} of the day", f"https://example.com/{n}/story") for n in range(6)]
    stories += [("VGG-T^3: Offline 3D Reconstruction", "https://huggingface.co/papers/")]
    stories += [("General Agent Evaluation", "https://huggingface.co/papers/")]
    for title, url in stories:
        text += f"### [{title}]({url})\n\n- **来源**: Example\n"
        text += f"- **简介**: {title} proposes a method and tests it on three benchmarks.\n\n---\n\n"
    urls = [url for _, url in titles_and_urls(read_capture(text))]
    assert urls == [url for _, url in stories[:6]] + [None, None]


def test_a_title_wrapped_whole_in_brackets_loses_them() -> None:
    text = "🗞️ 오늘의 주요 뉴스 브리핑 (2026-03-01)\n━━━━━━━━━━━━━━━━\n"
    for n, (title, url) in enumerate(
        [
            ("미국-이스라엘, 이란에 합동 공습 감행", "https://www.nbcnews.com/world/1"),
            ("백범 김구 선생 광복군 반지 첫 공개", "https://www.yna.co.kr/view/2"),
        ],
        1,
    ):
        text += f"{n}. [{title}]\n📝 세계 지도자들이 중동 긴장 상황에 대한 우려를 표명하고 있습니다.\n"
        text += f"🔗 {url}\n\n━━━━━━━━━━━━━━━━\n"
    assert [title for title, _ in titles_and_urls(read_capture(text))] == [
        "미국-이스라엘, 이란에 합동 공습 감행",
        "백범 김구 선생 광복군 반지 첫 공개",
    ]


_LINKLESS_DIGEST = """# 日経新聞サマリー - 2026年02月15日

**生成時刻**: 2026-02-15 22:41:37

**キーワード**: AIインフラ, 半導体サプライチェーン

## 🔥 注目トピック TOP3

### 1. NVIDIA支えた台湾半導体産業、米国シフトに懸念の声
**重要度**: ★★★★★
> 世界の半導体供給を牛耳る台湾と、製造拠点の国内回帰を急ぐ米国の緊張関係を浮き彫りにした。

### 2. インド、世界のAI計算基地へ　米テックがデータセンター投資10兆円
**重要度**: ★★★★★
> 米テック大手による巨額投資は、AIインフラの重心がインドへシフトしていることを示唆。

### 3. 裁量労働制、経団連と連合が真っ向対立　「働かせ放題」懸念拭えるか
**重要度**: ★★★★☆
> 日本企業の働き方の根幹に関わる政策議論。労使の対立が社会的な注目を集めている。

## 📂 分野別サマリー

- **欧米在住ムスリム、マレーシアへの移住に熱視線** ★★
"""


def test_a_digest_numbering_stories_it_links_nowhere_gives_each_its_record() -> None:
    records = read_capture(_LINKLESS_DIGEST)
    assert [title_of(r) for r in records] == [
        "NVIDIA支えた台湾半導体産業、米国シフトに懸念の声",
        "インド、世界のAI計算基地へ 米テックがデータセンター投資10兆円",
        "裁量労働制、経団連と連合が真っ向対立 「働かせ放題」懸念拭えるか",
    ]
    assert [r.canonical_url for r in records] == [None, None, None]
    assert summary_texts(records[2]) == [
        "日本企業の働き方の根幹に関わる政策議論。労使の対立が社会的な注目を集めている。"
    ]
    # the head's keywords tag the issue, not each story
    assert [r.tags for r in records] == [[], [], []]


@pytest.mark.parametrize(
    ("change", "why"),
    [
        (("# 日経新聞サマリー - 2026年02月15日", "# 半導体をめぐる三つの論点"), "the page names no digest"),
        (
            ("> 米テック大手", "> [出典](https://www.nikkei.com/) 米テック大手"),
            "two stories cite one page",
        ),
        (("### 1. NVIDIA支えた台湾半導体産業、米国シフトに懸念の声", "### 1. 背景"), "a section's name"),
        (("### 3. 裁量", "### 4. 裁量"), "the numbers skip"),
        (("**重要度**: ★★★★☆", "#### 分析\n\n**重要度**: ★★★★☆"), "a heading below a story"),
    ],
)
def test_numbered_headings_without_links_are_no_stories_unless_they_look_like_them(
    change: tuple[str, str], why: str
) -> None:
    assert change[0] in _LINKLESS_DIGEST
    text = _LINKLESS_DIGEST.replace(*change)
    if why == "two stories cite one page":
        text = text.replace("> 世界の半導体供給", "> [出典](https://www.nikkei.com/) 世界の半導体供給")
    page = blocks.parse(text, "text")
    adapter = extract.choose(page)
    assert adapter is None or len(adapter.extract(page)) <= 1, why


def test_a_story_field_line_names_its_category() -> None:
    page = _LINKLESS_DIGEST.replace("**重要度**: ★★★★☆", "**分野**: 政治・政策 | **重要度**: ★★★★☆")
    assert [r.category.value if r.category else None for r in read_capture(page)] == [
        None,
        None,
        "政治・政策",
    ]


def test_a_story_linked_nowhere_takes_the_link_the_page_gives_its_title() -> None:
    index = (
        "\n## 全記事一覧\n\n"
        "1. [NVIDIA支えた台湾半導体産業、米国シフトに懸念の声](https://www.nikkei.com/article/A/)\n"
        "2. [裁量労働制、経団連と連合が真っ向対立　「働かせ放題」懸念拭えるか　労使の溝](https://www.nikkei.com/article/C/)\n"
        "3. [インド、世界のAI計算基地へ](https://www.nikkei.com/article/B/)\n"
    )
    records = read_capture(_LINKLESS_DIGEST + index)
    assert [r.canonical_url for r in records] == [
        "https://www.nikkei.com/article/A/",
        None,  # the index names a shorter headline: no story's title
        "https://www.nikkei.com/article/C/",
    ]


def test_a_digest_that_tells_each_story_in_prose_titles_it_by_its_first_sentence() -> None:
    page = """## AI资讯日报 2025/10/1

### 产品与功能更新

1.  ChatGPT 正在变身你的专属购物助理，剁手从未如此丝滑！现在，通过内置的**"立即购买”**按钮，你可以直接下单，想必未来会有更多商家加入这个[AI电商新生态（AI资讯）](https://www.aibase.com/zh/news/21691)。

2.  Anthropic 是否走错了方向？宝玉认为，尽管Anthropic在编程领域一度领先，但[对手已迎头赶上（AI资讯）](https://x.com/dotey/status/1972914019658023337)。

3.  Microsoft is reorganising its Windows team. The new group, [the memo says](https://www.theverge.com/news/1),
    will build an agentic operating system.
"""
    assert titles_and_urls(read_capture(page)) == [
        ("ChatGPT 正在变身你的专属购物助理，剁手从未如此丝滑！", "https://www.aibase.com/zh/news/21691"),
        ("Anthropic 是否走错了方向？", "https://x.com/dotey/status/1972914019658023337"),
        ("Microsoft is reorganising its Windows team.", "https://www.theverge.com/news/1"),
    ]
    assert summary_texts(read_capture(page)[1]) == [
        "宝玉认为，尽管Anthropic在编程领域一度领先，但对手已迎头赶上（AI资讯）。"
    ]


def test_stories_under_headings_that_each_give_a_read_more_link_are_stories() -> None:
    page = """# AI digest – 2025-10-01

## Is European AI a Lost Cause? Not Necessarily

(no article text)

[Read more](https://www.noemamag.com/is-european-ai-a-lost-cause-not-necessarily/)
— HackerNews, 01 Oct 2025

## US government shuts down after Senate fails to pass last-ditch funding plan

The US government has shut down, after senators failed to agree on a last-minute funding bill.

[Read more](https://www.bbc.com/news/live/clylje0rmp2t)
— HackerNews, 01 Oct 2025

## Starbase hires Cameron County to police its streets

SpaceX's Starbase, Texas, has signed agreements with Cameron County Sheriff's deputies.

[Read more](https://techcrunch.com/2025/09/30/starbase-hires-cameron-county/)
— HackerNews, 01 Oct 2025
"""
    assert titles_and_urls(read_capture(page)) == [
        (
            "Is European AI a Lost Cause? Not Necessarily",
            "https://www.noemamag.com/is-european-ai-a-lost-cause-not-necessarily/",
        ),
        (
            "US government shuts down after Senate fails to pass last-ditch funding plan",
            "https://www.bbc.com/news/live/clylje0rmp2t",
        ),
        (
            "Starbase hires Cameron County to police its streets",
            "https://techcrunch.com/2025/09/30/starbase-hires-cameron-county/",
        ),
    ]


def test_a_story_titled_in_two_languages_keeps_both_titles() -> None:
    page = """# AI 日报 2026年03月10日

### Adobe推出Photoshop的AI助手
#### Adobe is debuting an AI assistant for Photoshop

Adobe在Photoshop中推出了AI助手，并为Firefly添加了新的AI驱动的图像编辑功能。

[阅读原文 →](https://techcrunch.com/2026/03/10/adobe-is-debuting-an-ai-assistant-for-photoshop/)

### 弥补运营AI的差距
#### Bridging the operational AI gap

企业开始将AI从试点项目转向生产环境，预算和资源也被重新分配以实现这一目标。

[阅读原文 →](https://www.technologyreview.com/2026/03/04/1133642/bridging-the-operational-ai-gap/)

### 【GitHub】最新ニュース
#### 新闻摘要：GitHub Copilot 正式支持 OpenCode 平台

GitHub Copilot 现已正式支持 OpenCode 平台，开发者可以在其中直接使用。

[阅读原文 →](https://github.blog/changelog/2026-01-16-copilot-opencode/)
"""
    records = read_capture(page)
    titles = [{t.lang: t.text for t in r.texts if t.kind == "title"} for r in records]
    assert titles == [
        {"zh": "Adobe推出Photoshop的AI助手", "en": "Adobe is debuting an AI assistant for Photoshop"},
        {"zh": "弥补运营AI的差距", "en": "Bridging the operational AI gap"},
        # a group's name over a labelled title, both in CJK: no title in two languages
        {"ja": "【GitHub】最新ニュース"},
    ]


def test_cards_titled_by_a_plain_line_over_their_text_and_a_short_link() -> None:
    cards = "".join(
        f'<div class="card"><div class="t">{title}</div><p>{said}</p><a href="{url}">{link}</a></div>'
        for title, said, url, link in [
            (
                "Claude Designが正式リリース",
                "Anthropicが4月17日、AIデザインツール「Claude Design」を発表した。会話から試作品を作る。",
                "https://innovatopia.jp/ai/ai-news/96833/",
                "詳細を見る",
            ),
            (
                "政府AI基盤「源内」実証開始",
                "政府は2026年5月から政府共通のAI基盤であるガバメントAI「源内」の大規模実証を開始する。",
                "https://xtech.nikkei.com/atcl/nxt/news/24/00001/",
                "詳細を見る",
            ),
            (
                "量子コンピューターでの暗号解読",
                "Google研究チームが、仮想通貨の暗号を破るのに要る量子ビットの見積もりを約20分の1に更新した。",
                "https://ledge.ai/articles/quantum-crypto",
                "📎 X/@GoogleAI",
            ),
        ]
    )
    head = "<head><title>AI Daily Report 2026-04-20</title></head>"
    page = f"<html>{head}<body><h1>AI Daily Report</h1>{cards}</body></html>"
    assert titles_and_urls(read_html_page(page)) == [
        ("Claude Designが正式リリース", "https://innovatopia.jp/ai/ai-news/96833/"),
        ("政府AI基盤「源内」実証開始", "https://xtech.nikkei.com/atcl/nxt/news/24/00001/"),
        ("量子コンピューターでの暗号解読", "https://ledge.ai/articles/quantum-crypto"),
    ]


def test_a_digest_closing_on_notes_of_its_own_still_splits_its_labelled_stories() -> None:
    page = """# Daily Digest — 2026-03-01

## LLMs
Title: [Anthropic and the Pentagon in a standoff over procurement](https://news.example.com/a)
Key takeaways:
- Anthropic and the Pentagon are in a reported standoff.

## AI
Title: [The Rubin Observatory's alert system sent 800,000 pings on its first night](https://www.theverge.com/b)
Key takeaways:
- The alert system went live February 24.

## Source pool used today
- LLMs: Google News RSS
- AI: The Verge

## Rejected candidates (why)
- https://news.example.com/c — not selected (lower relevance)
"""
    records = read_capture(page)
    assert titles_and_urls(records) == [
        ("Anthropic and the Pentagon in a standoff over procurement", "https://news.example.com/a"),
        (
            "The Rubin Observatory's alert system sent 800,000 pings on its first night",
            "https://www.theverge.com/b",
        ),
    ]
    # the heading that files a story titled by its own line is the story's category
    assert [r.category.value for r in records] == ["LLMs", "AI"]
    assert [p.text for p in records[1].key_points] == ["The alert system went live February 24."]


def test_numbered_stories_linked_nowhere_may_tell_themselves_in_points() -> None:
    page = _LINKLESS_DIGEST.replace(
        "> 米テック大手による巨額投資は、AIインフラの重心がインドへシフトしていることを示唆。",
        "- 米テック大手がインドのデータセンターに10兆円を投じる。\n"
        "- AIインフラの重心がインドへ移りつつある。",
    )
    records = read_capture(page)
    assert len(records) == 3
    assert [p.text for p in records[1].key_points] == [
        "米テック大手がインドのデータセンターに10兆円を投じる。",
        "AIインフラの重心がインドへ移りつつある。",
    ]


def test_bold_groups_after_a_labelled_summary_hold_the_stories() -> None:
    page = """Subject: Open Science News Digest — 2026-03-01

**Executive Summary:**
- The EUA has outlined a comprehensive Open Science Agenda for 2025.
- Lessons from the COVID-19 pandemic highlight the importance of open science.

**Policy**
- **The EUA Open Science Agenda 2025**: A strategic framework for open science across Europe. [Read more](https://www.eua.eu/agenda-2025.html)

**Research**
- **Open science saves lives**: The role of open science during the pandemic. [Read more](https://pmc.ncbi.nlm.nih.gov/articles/PMC8179078/)
- **Trust in research**: A video on how open science fosters transparency. [Watch here](https://www.youtube.com/watch?v=myYp4nfzK6o)
"""
    assert titles_and_urls(read_capture(page)) == [
        ("The EUA Open Science Agenda 2025", "https://www.eua.eu/agenda-2025.html"),
        ("Open science saves lives", "https://pmc.ncbi.nlm.nih.gov/articles/PMC8179078/"),
        ("Trust in research", "https://www.youtube.com/watch?v=myYp4nfzK6o"),
    ]


def test_a_card_linking_its_title_in_two_languages_keeps_both() -> None:
    cards = "".join(
        f'<div class="card"><p>{outlet}</p><p>2026-05-09</p>'
        f'<p><a href="{url}">{en}</a> <a href="{url}">{zh}</a></p><p>{said}</p></div>'
        for outlet, url, en, zh, said in [
            (
                "CnTechPost / Baidu",
                "https://cntechpost.com/2026/05/09/baidu-ernie-5-1/",
                "Baidu Releases Ernie 5.1 at 6% of the Pre-Training Cost",
                "百度发布Ernie 5.1，预训练成本仅为行业同行的6%",
                "Baidu launched Ernie 5.1, whose elastic pre-training cut the cost to a fraction.",
            ),
            (
                "POLITICO / IAPP",
                "https://www.politico.eu/article/eu-delays-ai-act/",
                "EU Delays AI Act Implementation by 16 Months",
                "欧盟将AI法案实施推迟16个月",
                "EU legislators reached a provisional agreement to delay the high-risk AI requirements.",
            ),
        ]
    )
    head = "<head><title>Daily AI News Digest - May 10, 2026</title></head>"
    records = read_html_page(f"<html>{head}<body><h1>Daily AI News Digest</h1>{cards}</body></html>")
    assert [({t.lang: t.text for t in r.texts if t.kind == "title"}, r.canonical_url) for r in records] == [
        (
            {
                "en": "Baidu Releases Ernie 5.1 at 6% of the Pre-Training Cost",
                "zh": "百度发布Ernie 5.1，预训练成本仅为行业同行的6%",
            },
            "https://cntechpost.com/2026/05/09/baidu-ernie-5-1/",
        ),
        (
            {"en": "EU Delays AI Act Implementation by 16 Months", "zh": "欧盟将AI法案实施推迟16个月"},
            "https://www.politico.eu/article/eu-delays-ai-act/",
        ),
    ]


def test_numbered_stories_a_digest_links_now_and_then_are_stories() -> None:
    page = _LINKLESS_DIGEST.replace(
        "> 米テック大手による巨額投資は", "https://t.co/zyCh92DJq7\n\n> 米テック大手による巨額投資は"
    )
    records = read_capture(page)
    assert [r.canonical_url for r in records] == [None, "https://t.co/zyCh92DJq7", None]


_HEADLINES_THEN_DETAILS = """# 2026-03-01 뉴스 브리핑

## 국내

### 헤드라인
- FE News 26년 2월 주요 소식 공개
- 스마트스토어센터 Oracle→MySQL 무중단 전환 성공
- 네이버 통합검색 AIB 도입 후 웹 성능 변화 분석

### 상세

- **FE News 26년 2월 소식을 전해드립니다!** (네이버 개발자 뉴스, 2026-02-04)
  웹 퍼블리셔 용어 탄생 배경부터 다양한 최신 FE 기술 소식을 다뤘습니다.
  관련 링크: [FE News 26년 2월](https://d2.naver.com/news/2922082)

- **스마트스토어센터 Oracle에서 MySQL로의 무중단 전환기** (네이버 기술블로그, 2026-01-21)
  오랜 레거시 Oracle DB 환경을 MySQL로 무중단 전환했습니다.
  관련 링크: [스마트스토어센터 DB 전환기](https://d2.naver.com/helloworld/6512234)

- **네이버 통합검색 AIB 도입과 웹 성능 변화 분석** (네이버 기술블로그, 2026-01-19)
  AI 기반 요약·브리핑 기능 AIB가 LCP 성능지표에 큰 영향을 미치고 있습니다.
  관련 링크: [네이버 AIB 성능분석](https://d2.naver.com/helloworld/4241703)
"""


def test_a_section_of_headlines_the_details_repeat_does_not_hide_the_stories() -> None:
    assert titles_and_urls(read_capture(_HEADLINES_THEN_DETAILS)) == [
        ("FE News 26년 2월 소식을 전해드립니다!", "https://d2.naver.com/news/2922082"),
        ("스마트스토어센터 Oracle에서 MySQL로의 무중단 전환기", "https://d2.naver.com/helloworld/6512234"),
        ("네이버 통합검색 AIB 도입과 웹 성능 변화 분석", "https://d2.naver.com/helloworld/4241703"),
    ]


def test_items_that_tell_no_story_beside_those_that_do_still_count_against_them() -> None:
    # the same headlines inside the details section: two in three items tell no story
    page = blocks.parse(_HEADLINES_THEN_DETAILS.replace("### 상세\n", ""), "text")
    adapter = extract.choose(page)
    assert adapter is None or len(adapter.extract(page)) <= 1


def test_stories_that_link_only_their_discussion_thread_split_and_state_why_they_matter() -> None:
    """An HN digest's story gives its summary, a "Why it matters:" line and "Score: 424 ·
    Discussion": the threads tell the stories apart (a thread is no article's address, so the
    stories have none), and the line is an implication."""
    stories = [
        ("Ferry adds night service", 48487029, "The harbour ferry will sail at night from next month."),
        ("Tram line opens to the airport", 48484584, "The new tram runs every ten minutes all day."),
        ("A faster timetable solver", 48461635, "A solver plans a week of sailings in seconds."),
    ]
    markup = "<h1>Hacker News Tech Digest</h1><p>11 June 2026 · 3 tech stories</p><h2>Transport (3)</h2>"
    for title, item, summary in stories:
        markup += (
            f"<h3>{title}</h3><p>{summary}</p>"
            "<p><strong>Why it matters:</strong> Cities watch how riders take to the change.</p>"
            f"<p>Score: 424 &middot; <a href='https://news.ycombinator.com/item?id={item}'>Discussion</a></p>"
        )
    records = read_html_page(f"<html><body>{markup}</body></html>")
    assert titles_and_urls(records) == [(title, None) for title, _, _ in stories]
    assert summary_texts(records[0]) == [stories[0][2]]
    assert [(k.kind, k.text) for k in records[0].key_points] == [
        ("implication", "Cities watch how riders take to the change.")
    ]
    assert [(s.name, s.value) for s in records[0].scores] == [("score", 424.0)]


def test_cards_under_one_story_groups_are_the_stories() -> None:
    """ "## NASA" straight over one "### NASA Pushes ..." card (its summary, "記事を見る →"): the group
    names are sources, the cards below them the stories."""
    cards = [
        (
            "NASA",
            "NASA tests a new wing design",
            "https://www.nasa.gov/wing",
            "NASAが新翼設計の限界を試験した。",
        ),
        (
            "ESA",
            "ESA opens a launch site in Norway",
            "https://www.esa.int/andoya",
            "ESAがノルウェーに射場を開いた。",
        ),
        (
            "SpaceNews",
            "Mauritius signs the Artemis Accords",
            "https://spacenews.com/mauritius",
            "モーリシャスが署名した。",
        ),
    ]
    markup = "<h1>🚀 Space News AI</h1>" + "".join(
        f"<section><h2>{source}</h2><div class='card'><h3>{title}</h3><div>★★★★★</div>"
        f"<div class='summary'>{summary}</div><a href='{url}'>記事を見る →</a></div></section>"
        for source, title, url, summary in cards
    )
    records = read_html_page(f"<html lang='ja'><body>{markup}</body></html>")
    assert titles_and_urls(records) == [(title, url) for _, title, url, _ in cards]
    assert summary_texts(records[2]) == ["モーリシャスが署名した。"]


def test_items_numbered_with_a_cjk_comma_are_stories() -> None:
    """ "1、[Title](url)" over its prose (ruanyf's weekly), and "### 1、Title" headings: a number
    before a CJK enumeration comma numbers a story as "1." does."""
    items = [
        (
            "港口渡轮开通夜班",
            "https://ferry.example.com/news/night",
            "港口渡轮自下月起增加夜间班次，末班船延后至午夜。",
        ),
        (
            "机场电车开通",
            "https://citypost.example.org/2026/03/tram",
            "新电车每十分钟一班，从早上六点开始运营。",
        ),
        ("城市预算三十五亿", "https://city.example.org/budget", "市议会通过了新预算，其中交通占三分之一。"),
    ]
    paragraphs = read_capture(
        "# 每周分享第 2 期\n\n这里记录过去一周，我看到的值得分享的东西。\n\n## 新闻\n\n"
        + "".join(f"{n}、[{title}]({url})\n\n{text}\n\n" for n, (title, url, text) in enumerate(items, 1))
    )
    assert titles_and_urls(paragraphs) == [(title, url) for title, url, _ in items]
    assert summary_texts(paragraphs[1]) == [items[1][2]]
    headings = read_capture(
        "# 交通日报\n\n"
        + "".join(
            f"### {n}、{title}\n\n{text}\n\n来源: [{url}]({url})\n\n"
            for n, (title, url, text) in enumerate(items, 1)
        )
    )
    assert titles_and_urls(headings) == [(title, url) for title, url, _ in items]


def test_a_badge_run_into_a_story_titles_link_is_no_part_of_the_title() -> None:
    cards = [
        ("Gemini 2.0 is now available to everyone", "https://deepmind.example/gemini-2", "contextual"),
        ("Harbour ferry adds night service", "https://ferry.example.com/news/night", "high-signal"),
    ]
    markup = "<h1>Morning Briefing</h1><h2>AI</h2>" + "".join(
        f"<div class='story'><h3><a href='{url}'>{title}</a><span class='badge'>{badge}</span></h3>"
        f"<div class='summary'>What {title.lower()} means for readers, in a sentence or two.</div></div>"
        for title, url, badge in cards
    )
    records = read_html_page(f"<html><body>{markup}</body></html>")
    assert titles_and_urls(records) == [(title, url) for title, url, _ in cards]
    # a word set apart from the link, or after its punctuation, is the title's own
    for text, link in [("Acme's chip", "Acme"), ("OpenAI发布新模型", "OpenAI"), ("GPT-5 ships", "GPT")]:
        heading = blocks.Block("heading", text, level=3, links=(blocks.Link(link, "https://a.example/"),))
        assert digest._without_badge(heading) == text


def test_cards_titled_by_a_heading_over_their_outlets_link_state_why_they_matter() -> None:
    """A card's heading titles it and the link under it names its outlet ("TechCrunch AI"); its
    "Why This Matters to You:" line is a labelled part, so the headings split the stories."""
    cards = [
        ("Harbour ferry adds night service", "https://ferry.example.com/news/night", "Harbour Times"),
        ("Tram line opens to the airport", "https://citypost.example.org/2026/03/tram", "City Post"),
        ("City budget puts a third into transport", "https://city.example.org/budget", "Harbour Times"),
    ]
    markup = "<h1>Your Personalized Tech News</h1><h2>Your Top Stories</h2>" + "".join(
        f"<div class='card'><div>Relevance: 9/10</div><h3>{title}</h3><a href='{url}'>{outlet}</a>"
        f"<p>What the story says about {title.lower()}, in a sentence.</p>"
        "<div><strong>Why This Matters to You:</strong> Your commute may change next month.</div></div>"
        for title, url, outlet in cards
    )
    records = read_html_page(f"<html><body>{markup}</body></html>")
    assert titles_and_urls(records) == [(title, url) for title, url, _ in cards]
    assert [(k.kind, k.text) for k in records[0].key_points] == [
        ("implication", "Your commute may change next month.")
    ]


def test_tables_of_stories_under_linked_sections_give_a_story_per_row() -> None:
    """ "## BBC News" over a "| 标题 | 原文链接 |" table whose rows link "[阅读全文](...)": each row
    is a story, not each section."""
    rows = {
        "BBC News": [
            ("Harbour ferry adds night service", "https://www.bbc.example/ferry"),
            ("Tram line opens to the airport", "https://www.bbc.example/tram"),
        ],
        "Google News": [
            ("City budget puts a third into transport", "https://news.example.com/budget"),
            ("Bikes allowed on trains from June", "https://news.example.com/bikes"),
        ],
    }
    text = "# 🧠 新闻自动更新\n\n🕒 更新时间：2025年10月12日\n\n" + "".join(
        f"## {source}\n\n| 🌐 标题 | 🔗 原文链接 |\n|---|---|\n"
        + "".join(f"| {title} | [阅读全文]({url}) |\n" for title, url in stories)
        + "\n"
        for source, stories in rows.items()
    )
    records = read_capture(text)
    assert titles_and_urls(records) == [story for stories in rows.values() for story in stories]


def test_a_bare_address_in_a_list_is_no_key_point() -> None:
    (record,) = read_capture(
        "# Harbour ferry adds night service\n\nSource: https://ferry.example.com/news/night\n\n"
        "## Key Points\n\n- Night sailings start next month.\n"
        "- https://ferry.example.com/timetable\n- <https://ferry.example.com/fares>\n"
    )
    assert [k.text for k in record.key_points] == ["Night sailings start next month."]


def test_a_heading_over_its_sources_bare_address_and_date_titles_the_story() -> None:
    # a bot's page: "<h2>Title</h2>" over "<p><a href=url>url</a></p>", "<p>2025-10-01</p>", its summary
    stories = [
        ("Harbour ferry adds a night service", "https://news.example.fi/a/74-1", FERRY),
        ("Airport tram opens", "https://news.example.fi/a/74-2", TRAM),
        ("Forty electric buses for the city", "https://news.example.fi/a/74-3", BUS),
    ]
    body = "<hr>".join(
        f'<h2>{title}</h2><p><a href="{url}">{url}</a></p><p>2025-09-30</p><p>{summary}</p>'
        for title, url, summary in stories
    )
    records = read_html_page(f"<html><body><h1>Summary of news for 2025-10-01</h1>{body}</body></html>")
    assert [title_of(r) for r in records] == [title for title, _, _ in stories]
    assert [r.canonical_url for r in records] == [url for _, url, _ in stories]
    assert all([c.value for c in r.published_at] == ["2025-09-30"] for r in records)
    assert all(r.digest_date == "2025-10-01" for r in records)
    assert all("2025-09-30" not in t.text for r in records for t in r.texts)  # the date is no summary


def test_a_reddit_post_linked_by_its_thread_is_a_story_beside_linked_articles() -> None:
    records = read_capture(
        "# Tech News Digest - 2026-03-07\n\n## GitHub Trending\n\n"
        "1. **cli** - a command-line tool for Drive and Gmail\n   - ⭐ 14531\n"
        "2. **paperclip** - orchestration for companies\n   - ⭐ 6428\n\n## Reddit Hot\n\n"
        "- [[D] Has anyone read Arcas?](https://www.reddit.com/r/ml/comments/1rlo7ss/d/) (⬆️ 30)\n"
        "- [Sarvam 30B and 105B trained from scratch](https://www.sarvam.ai/blogs/sarvam-30b-105b) (⬆️ 325)\n"
        "- [Bsc biotech in Ireland?](https://www.reddit.com/r/biotechnology/comments/1r4o9bz/bsc/) (⬆️ 1)\n\n"
        "## Hacker News\n\n"
        "- [Modernizing swapping: virtual swap spaces](https://lwn.net/Articles/1059201/) (⬆️ 13)\n"
    )
    assert [title_of(r) for r in records] == [
        "[D] Has anyone read Arcas?",
        "Sarvam 30B and 105B trained from scratch",
        "Bsc biotech in Ireland?",
        "Modernizing swapping: virtual swap spaces",
    ]
    # a post told on the site itself has its thread for its address
    assert [r.canonical_url for r in records] == [
        "https://www.reddit.com/r/ml/comments/1rlo7ss/d/",
        "https://www.sarvam.ai/blogs/sarvam-30b-105b",
        "https://www.reddit.com/r/biotechnology/comments/1r4o9bz/bsc/",
        "https://lwn.net/Articles/1059201/",
    ]


def test_a_newsletter_named_in_spanish_gives_a_story_per_linked_title() -> None:
    cards = [
        ("Al Nassr y CR7 redefinen al club saudí", "https://noticias.example.co/al-nassr", FERRY),
        ("Barranquilla, capital del Atlántico", "https://noticias.example.co/barranquilla", TRAM),
        ("El Carnaval de Barranquilla, patrimonio de la UNESCO", "https://noticias.example.co/carnaval", BUS),
    ]
    body = "".join(
        f'<p><a href="{url}">{title}</a></p><p>{said}</p><p>2025-09-14 — Colombia</p>'
        f'<p><a href="{url}">Leer más</a></p>'
        for title, url, said in cards
    )
    head = "<head><title>Noticias Neutrales — Diario</title></head>"
    page = f"<html>{head}<body><p>Boletín</p>{body}</body></html>"
    records = read_html_page(page)
    assert [(title_of(r), r.canonical_url) for r in records] == [(title, url) for title, url, _ in cards]


def test_cards_closed_by_a_go_there_link_and_their_outlet_in_another_language() -> None:
    # a Turkish weekly: number, category, title, what it says, "Devamı → Outlet · date"; a Reddit
    # post's card links only its thread
    cards = [
        ("Gemini 4 Argon yayınlandı", "https://deepmind.example.com/gemini-4-argon", FERRY),
        ("Claude'un enzim keşfi", "https://anthropic.example.com/news/enzyme", TRAM),
        (
            "Astra insansı robotu yönetiyor",
            "https://www.reddit.com/r/singularity/comments/1wqwcqe/astra/",
            BUS,
        ),
    ]
    body = "".join(
        f"<p>0{n + 2}</p><p>Yeni Model</p><p>{title}</p><p>{said}</p>"
        f'<p><a href="{url}">Devamı →</a> Kaynak · 30 Eylül 2026</p>'
        for n, (title, url, said) in enumerate(cards)
    )
    page = f"<html><head><title>AI Radarı Arşivi • 30 Eylül 2026</title></head><body>{body}</body></html>"
    records = read_html_page(page)
    assert [(title_of(r), r.canonical_url) for r in records] == [(title, url) for title, url, _ in cards]
    assert all(r.digest_date == "2026-09-30" for r in records)


def test_quick_hits_between_linked_headings_are_stories_and_links_to_other_issues_are_not() -> None:
    main = [
        ("Harbour ferry adds a night service", "https://harbour.example.com/ferry-night", FERRY),
        ("Airport tram opens", "https://citypost.example.org/tram", TRAM),
    ]
    hits = [
        ("Forty electric buses for the city council fleet", "https://metro.example.net/buses"),
        ("Bridge reopens after two years of repairs", "https://citypost.example.org/bridge"),
    ]
    body = "".join(
        f'<h3><a href="{url}">{title}</a></h3><p>{said}</p><p>Harbour Times · 4 min read</p>'
        for title, url, said in main
    )
    body += "<h2>Quick Hits</h2><ul>" + "".join(
        f'<li><a href="{url}">{title}</a> · City Post</li>' for title, url in hits
    )
    body += '</ul><h2>Earlier issues</h2><ul><li><a href="https://transit.example.com/daily/2026-03-02.html">2026-03-02</a></li>'
    body += '<li><a href="https://transit.example.com/daily/2026-03-01.html">2026-03-01</a></li></ul>'
    records = read_html_page(f"<html><body><h1>Transit Daily Digest</h1>{body}</body></html>")
    assert [title_of(r) for r in records] == [title for title, _, _ in main] + [title for title, _ in hits]


def test_a_table_whose_title_column_qualifies_its_title_word_and_states_each_rows_date() -> None:
    records = read_capture(
        "# 南哪消息 2025-10-01\n\n## 讲座\n\n| 活动标题 | 截止时间 | 刊载时间 |\n|---|---|---|\n"
        "| [Quilted TCFT](https://math.example.edu/i343169.html) | 2025-10-09 | 2025-09-22 |\n"
        "| [Fluorescent chemosensors](https://chem.example.edu/0f/ba/page.htm) | 2025-10-09 | 2025-09-21 |\n"
    )
    assert titles_and_urls(records) == [
        ("Quilted TCFT", "https://math.example.edu/i343169.html"),
        ("Fluorescent chemosensors", "https://chem.example.edu/0f/ba/page.htm"),
    ]
    assert [[c.value for c in r.published_at] for r in records] == [["2025-09-22"], ["2025-09-21"]]
    assert all(summary_texts(r) == [] for r in records)  # a date column is no summary


def test_a_tables_source_tags_and_qualified_date_columns_give_each_rows_outlet_tags_and_date() -> None:
    records = read_capture(
        "# Daily Signal Briefing\n\n| Title | Source | Tags | Published (UTC) |\n| --- | --- | --- | --- |\n"
        "| [Scans for port 8530](https://isc.example.org/diary/32440) | SANS ISC | vulnerabilities, scans "
        "| 2025-11-02 17:50 |\n"
        "| [Honeypot caught an AI swarm](https://forum.example.com/r/blueteamsec/1omlkfz) | r/blueteamsec "
        "| malware | 2025-11-02 16:20 |\n"
    )
    assert [(title_of(r), r.publisher.value if r.publisher else None) for r in records] == [
        ("Scans for port 8530", "SANS ISC"),
        ("Honeypot caught an AI swarm", "r/blueteamsec"),
    ]
    assert [[t.text for t in r.tags] for r in records] == [["vulnerabilities", "scans"], ["malware"]]
    assert [[c.value for c in r.published_at] for r in records] == [
        ["2025-11-02T17:50"],
        ["2025-11-02T16:20"],
    ]


def test_an_rss_digest_of_feeds_gives_a_story_per_entry() -> None:
    # "- Feed name" over its entries, a task list's boxes before them; a feed may give one entry
    records = read_capture(
        "# 每日安全资讯（2026-05-17）\n\n"
        "- SecWiki News\n  - [ ] [SecWiki News 2026-05-16 Review](https://sec.example.com/?2026-05-16)\n"
        "- HackerNoon\n  - [ ] [61 Blog Posts To Learn About Transformers](https://hn.example.com/61-posts)\n"
        "  - [x] [The Idempotency Problem in Cross-Border Settlement](https://hn.example.com/idempotency)\n"
        "- Solidot\n  - [ ] [QEMU flaw lets a guest escape its virtual machine](https://solidot.example.org/qemu)\n"
        "  - [ ] [ArXiv will ban uploaders of machine-written papers](https://solidot.example.org/arxiv)\n"
    )
    assert titles_and_urls(records) == [
        ("SecWiki News 2026-05-16 Review", "https://sec.example.com/?2026-05-16"),
        ("61 Blog Posts To Learn About Transformers", "https://hn.example.com/61-posts"),
        ("The Idempotency Problem in Cross-Border Settlement", "https://hn.example.com/idempotency"),
        ("QEMU flaw lets a guest escape its virtual machine", "https://solidot.example.org/qemu"),
        ("ArXiv will ban uploaders of machine-written papers", "https://solidot.example.org/arxiv"),
    ]
    assert all(r.key_points == [] for r in records)  # a feed's name is no point of the story before it


def test_a_story_item_over_its_one_source_stays_one_story() -> None:
    records = read_capture(
        "# Transit Daily Digest 2026-03-03\n\n"
        "- Harbour ferry adds a night service\n  - [The ferry company's own announcement](https://harbour.example.com/ferry)\n"
        "- Airport tram opens on Tuesday\n  - [City Post reports the first day's ridership](https://citypost.example.org/tram)\n"
    )
    assert [title_of(r) for r in records] == [
        "Harbour ferry adds a night service",
        "Airport tram opens on Tuesday",
    ]


def test_a_log_of_daily_issues_of_titles_and_bare_addresses() -> None:
    # GoCN's weekly file: each day's issue under its own dated heading, "Title https://..." items,
    # the issue signed by its editor and its subscription and archive links, a Reddit thread as a
    # story's own address
    def issue(day: str, items: list[str], archive: int) -> str:
        numbered = "".join(f"{n}. {item}\n" for n, item in enumerate(items, 1))
        return (
            f"### GoCN每日新闻({day})\n\n{numbered}\n* 编辑: Asta\n"
            f"* 订阅新闻: http://tinyletter.example.com/gocn\n* GoCN 归档: https://gocn.example.com/topics/{archive}\n\n"
        )

    records = read_capture(
        issue(
            "2017-05-08",
            [
                "深入理解HTTPS原理、过程与实践 https://zhuanlan.example.com/p/26682342",
                "Golang编码规范 http://www.jianshu.example.com/p/ea7dfe61f705",
            ],
            753,
        )
        + issue(
            "2017-05-09",
            [
                "如何用Go思维设计程序 https://www.reddit.com/r/golang/comments/69u782/help_with_thinking_the_go_way/",
                "API设计中三个误区 https://www.programmableweb.example.com/news/three-api-mistakes",
            ],
            756,
        )
    )
    assert titles_and_urls(records) == [
        ("深入理解HTTPS原理、过程与实践", "https://zhuanlan.example.com/p/26682342"),
        ("Golang编码规范", "http://www.jianshu.example.com/p/ea7dfe61f705"),
        (
            "如何用Go思维设计程序",
            "https://www.reddit.com/r/golang/comments/69u782/help_with_thinking_the_go_way/",
        ),
        ("API设计中三个误区", "https://www.programmableweb.example.com/news/three-api-mistakes"),
    ]
    assert [r.digest_date for r in records] == ["2017-05-08", "2017-05-08", "2017-05-09", "2017-05-09"]
    assert all(r.key_points == [] for r in records)  # the editor's line is no point of the last story


def test_a_source_list_naming_sites_tells_no_stories() -> None:
    # "- cehub.jp" over its (grounding redirect) address: the site a summary drew on, not a story
    assert (
        digest._item_title(
            blocks.Block("list_item", "cehub.jp"),
            [blocks.Block("paragraph", "https://vertexaisearch.example.com/grounding-api-redirect/AUZ")],
        )
        is None
    )
    assert digest._item_title(
        blocks.Block("list_item", "Golang编码规范 http://www.jianshu.example.com/p/ea7dfe61f705"), []
    )


def test_section_labels_in_french_spanish_and_german() -> None:
    records = read_capture(
        "# Le port de Marseille ouvre un terminal pour navires électriques\n\n"
        "## Résumé\n\nLe port a inauguré mardi un terminal qui recharge les navires à quai.\n\n"
        "## Points clés\n\n- Le terminal a coûté 40 millions d'euros.\n"
        "- Trois ferries l'utiliseront dès juin.\n\n"
        "Fuente: [La Provence](https://laprovence.example.fr/port-terminal)\n"
    )
    (record,) = records
    assert summary_texts(record) == ["Le port a inauguré mardi un terminal qui recharge les navires à quai."]
    assert [p.text for p in record.key_points] == [
        "Le terminal a coûté 40 millions d'euros.",
        "Trois ferries l'utiliseront dès juin.",
    ]
    assert record.canonical_url == "https://laprovence.example.fr/port-terminal"


def test_a_table_of_contents_heading_is_no_story() -> None:
    # "### 📑 目录" over items linking "#article-1": the page's contents, at its stories' level
    def story(title: str, said: str, url: str) -> str:
        return f"### {title}\n\n{said}\n\n[📖 阅读英文原文 →]({url})\n\n"

    records = read_capture(
        "# Karpathy RSS 每日精选\n\n### 📑 目录\n\n- [为何我们对LLM文章感到反感？](#article-1)\n"
        "- [别分享你的AI聊天记录：没人想看](#article-2)\n- [在Auth0中集成Mastodon登录](#article-3)\n\n"
        "## 🤖 AI / 机器学习\n\n"
        + story(
            "为何我们对LLM文章感到反感？",
            "这篇文章探讨了人们对AI生成内容普遍感到反感的原因，作者通过一个虚构的故事说明了这一点。",
            "https://idiallo.example.com/why-we-hate-llm-articles",
        )
        + story(
            "别分享你的AI聊天记录：没人想看",
            "作者认为人们应当避免在社交媒体上随意分享自己与聊天机器人的对话记录，因为没有人想读。",
            "https://pluralistic.example.net/2026/03/02/slopping/",
        )
        + "## 💻 科技 / 技术\n\n"
        + story(
            "在Auth0中集成Mastodon登录",
            "这篇文章介绍了如何在Auth0身份验证平台中集成使用Mastodon登录的功能，并给出了配置步骤。",
            "https://shkspr.example.mobi/blog/2026/03/mastodon-auth0/",
        )
    )
    assert titles_and_urls(records) == [
        ("为何我们对LLM文章感到反感？", "https://idiallo.example.com/why-we-hate-llm-articles"),
        ("别分享你的AI聊天记录：没人想看", "https://pluralistic.example.net/2026/03/02/slopping/"),
        ("在Auth0中集成Mastodon登录", "https://shkspr.example.mobi/blog/2026/03/mastodon-auth0/"),
    ]


def test_numbered_runs_of_a_digest_may_retell_one_story() -> None:
    # each section numbers its own stories from 1; a story trending in two sections is told twice
    def story(n: int, title: str, url: str) -> str:
        said = f"{title}，社区展开了热烈讨论，开发者纷纷发表了自己的看法和实践经验。"
        return f"### {n}. {title}\n\n{said}\n\n[🔗 原文链接]({url})\n\n"

    vinext = ("Cloudflare 一人一周用 AI 重建 Next.js", "https://blog.example.com/vinext")
    deerflow = ("字节跳动开源 DeerFlow 研究智能体框架", "https://github.example.com/bytedance/deer-flow")
    records = read_capture(
        "# 📰 AI 资讯日报\n\n## GitHub 热门\n\n"
        + story(1, *vinext)
        + story(2, *deerflow)
        + "## Hacker News 热门\n\n"
        + story(1, *vinext)
        + story(2, "NanoClaw：容器化的智能体运行时", "https://nanoclaw.example.dev/")
        + "## Agent 热门资讯\n\n"
        + story(1, *deerflow)
        + story(2, "微软发布 Agent Framework 候选版本", "https://devblogs.example.com/agent-framework-rc")
    )
    assert [title_of(r) for r in records] == [
        vinext[0],
        deerflow[0],
        vinext[0],
        "NanoClaw：容器化的智能体运行时",
        deerflow[0],
        "微软发布 Agent Framework 候选版本",
    ]


def test_an_opening_overview_heads_the_page_and_an_arrowed_label_names_the_source() -> None:
    # "## 📊 今日观察" opens the digest; a card's first link looks its company up, "阅读原文 →" is its source
    def card(title: str, company: str, url: str) -> str:
        return (
            f"## {title}\n\n🏢 {company}\n\n[🔍 爱企查查询](https://aiqicha.example.com/s?q={company})\n\n"
            "核心信息：\n\n- 公司完成数亿元融资，投资方包括多家知名机构\n\n📰 来源：36 氪\n\n"
            f"🕐 发布时间：2026-03-01\n\n[阅读原文 →]({url})\n\n"
        )

    records = read_capture(
        "# 🐉 寻龙雷达 日报\n\n## 📊 今日观察\n\n"
        "今日发现 2 条杭州企业动态，涵盖机器人与光电芯片两大领域。\n\n"
        + card("机器人企业大额融资频现", "千寻智能", "https://36kr.example.com/newsflashes/3705010352959621")
        + card("超强光电公司搬到了杭州萧山", "秩联光子", "https://mp.weixin.example.com/s/1SxQ")
    )
    assert titles_and_urls(records) == [
        ("机器人企业大额融资频现", "https://36kr.example.com/newsflashes/3705010352959621"),
        ("超强光电公司搬到了杭州萧山", "https://mp.weixin.example.com/s/1SxQ"),
    ]


def test_a_summary_page_told_in_front_matter_alone_in_two_languages() -> None:
    # SRE Weekly's Chinese edition: every field in front matter, nothing below it
    (record,) = read_capture(
        '---\ntitle: "Minus Two Minutes"\ntitleCn: "负两分钟：事故预测性检测的前置思维"\n'
        'url: "https://read.example.com/p/minus-two-minutes"\nissueDate: "2026-07-27T01:15:44.000Z"\n'
        'summary: "Amazing idea: negative time to detection, when you know an incident is coming before '
        'the impact begins."\n'
        'summaryCn: "传统监控的平均检测时间始终大于零，但负两分钟的概念提出通过预测性信号，'
        '在用户感知影响前触发告警。"\n---\n'
    )
    assert record.canonical_url == "https://read.example.com/p/minus-two-minutes"
    assert [(t.kind, t.lang) for t in record.texts] == [
        ("title", "en"),
        ("summary", "en"),
        ("summary", "zh"),
        ("title", "zh"),
    ]
    assert record.digest_date is not None and record.digest_date.startswith("2026-07-27")
    # titled only per language ("title_ru", "title_en"): the first is the title, not a section's name
    (record,) = read_capture(
        "---\ndate: 2026-09-19\ntitle_ru: ИИ Google сам взломал три компании\n"
        "title_en: Google's AI hacked three companies\nsource: https://news.example.com/gemini-test\n---\n\n"
        "## Русская версия\n\n"
        "В мае модель Gemini от Google взломала три компании в рамках теста безопасности.\n"
    )
    assert [(t.kind, t.lang, t.text) for t in record.texts if t.kind == "title"] == [
        ("title", "ru", "ИИ Google сам взломал три компании"),
        ("title", "en", "Google's AI hacked three companies"),
    ]


def test_a_korean_monthly_names_itself_a_digest() -> None:
    assert digest.names_a_digest("월간채널 1월 호")


def test_bold_words_that_open_an_items_sentence_are_its_subject_not_its_title() -> None:
    records = read_capture(
        "# AI资讯日报 2025/10/1\n\n"
        "1. **ChatGPT** just dropped a new shopping feature with a Buy Now button. Users can shop "
        "from Etsy, [a report says](https://news.example.com/21691), without leaving the chat.\n"
        "2. **Claude Sonnet 4.5** 的发布可能打通了智能体落地的关键环节。"
        "它能连续稳定工作 30 小时完成一个应用的开发，"
        "[分析](https://x.example.com/status/1972904201773793405)认为这意义重大。\n"
        "3. **Zhipu GLM-4.6**: a flagship model with a 200K context window, "
        "[per its blog](https://z.example.ai/blog/glm-4.6).\n"
    )
    assert [title_of(r) for r in records] == [
        "ChatGPT just dropped a new shopping feature with a Buy Now button.",
        "Claude Sonnet 4.5 的发布可能打通了智能体落地的关键环节。",
        "Zhipu GLM-4.6",
    ]


def test_the_host_a_hacker_news_title_names_is_no_part_of_it() -> None:
    records = read_capture(
        "# Hacker News Daily 2025-08-01\n\n"
        "1. [**Slow** <code>michaelnotebook.com</code>](https://michaelnotebook.com/slow/index.html) - "
        "[168 comments 684 points](https://news.ycombinator.com/item?id=44748934)\n"
        "2. [**Kagi News** <code>blog.kagi.com</code>](https://blog.kagi.com/kagi-news) - "
        "[380 comments 804 points](https://news.ycombinator.com/item?id=45426490)\n"
        "3. [**Ask HN: Who uses example.com?**](https://example.com/ask) - "
        "[12 comments 30 points](https://news.ycombinator.com/item?id=45426491)\n"
    )
    assert [title_of(r) for r in records] == ["Slow", "Kagi News", "Ask HN: Who uses example.com?"]
    (record,) = read_capture(
        "# Hacker News Daily 2025-08-02\n\n"
        "1. [I moved my blog to neocities.org](https://neocities.org/blog/moved) - "
        "[5 comments 20 points](https://news.ycombinator.com/item?id=45426492)\n"
        "2. [Kagi News blog.kagi.com](https://blog.kagi.com/kagi-news) - "
        "[380 comments 804 points](https://news.ycombinator.com/item?id=45426490)\n"
    )[:1]
    assert title_of(record) == "I moved my blog to neocities.org"


def _feed_card(title: str, url: str, summary: str) -> str:
    return (
        f"<div class='item'><div class='meta'><span>Model</span><span>Harbour Times</span></div>"
        f"<div class='title'><a href='{url}'>{title}</a></div><div class='desc'>{summary}</div>"
        f"<a class='thumb' href='{url}'><img src='/icon.svg' alt=''></a></div>"
    )


def test_a_feed_of_days_dates_each_card_and_may_list_a_story_twice() -> None:
    ferry, tram, bus = TRANSIT_STORIES
    wharf = (
        "Old wharf reopens as a market",
        "https://harbour.example.com/wharf",
        FERRY.replace("ferries", "stalls"),
    )
    days = [("2026-04-13", [ferry, tram, bus]), ("2026-04-12", [wharf, ferry])]  # the ferry, again
    body = "".join(
        f"<div class='day'><span class='date'>{day}</span>"
        + "".join(_feed_card(*c) for c in cards)
        + "</div>"
        for day, cards in days
    )
    records = read_html_page(
        "<html><head><title>Daily AI News — AI Pulse</title></head><body><h1>Daily AI News</h1>"
        f"<p>Top stories from the AI world, curated every day at noon.</p>{body}</body></html>"
    )
    assert [(title_of(r), r.digest_date) for r in records] == [
        ("Harbour ferry adds a night service", "2026-04-13"),
        ("Airport tram opens", "2026-04-13"),
        ("Forty electric buses for the city", "2026-04-13"),
        ("Old wharf reopens as a market", "2026-04-12"),
        ("Harbour ferry adds a night service", "2026-04-12"),
    ]
    assert summary_texts(records[1]) == [TRAM]  # the next card's outlet line is none of its text


def test_a_long_bold_lead_before_a_colon_titles_its_story() -> None:
    # "**Africa:**" files the news after it; "**Watchtower BOLT proposal updated:**" is its title
    records = read_capture(
        "# Bitcoin Optech Newsletter #89\n\n## News\n\n"
        "- **Watchtower BOLT proposal updated:** Sergi Delgado Segura [posted](https://lists.example.org/a)"
        " an updated version of the proposed protocol for watchtowers.\n"
        "- **LN avec une proposition de hors ligne long :** John Law [a posté](https://lists.example.org/b)"
        " une proposition pour permettre aux utilisateurs de rester hors ligne.\n"
        "- **Africa:** The Sudan crisis deepens as aid agencies warn of [imminent famine]"
        "(https://www.nytimes.com/2026/01/27/world/africa/sudan.html) in Darfur.\n"
    )
    assert titles_and_urls(records) == [
        ("Watchtower BOLT proposal updated", "https://lists.example.org/a"),
        ("LN avec une proposition de hors ligne long", "https://lists.example.org/b"),
        (
            "The Sudan crisis deepens as aid agencies warn of imminent famine in Darfur.",
            "https://www.nytimes.com/2026/01/27/world/africa/sudan.html",
        ),
    ]


def test_a_feed_readers_titles_over_their_addresses_are_stories() -> None:
    # "#### Title" over "<https://...>", a few with the feed's summary: each a story, even untold;
    # a story titled by a date ("... 2024 年 9 月 20 日 ...") names no issue of the page
    stories = [
        ("Qualcomm Wants to Buy Intel", "https://www.theverge.com/2024/9/20/intel-qualcomm", None),
        ("Docker Desktop Alternative", "https://container-desktop.example.com/", None),
        ("[问与答] 今天是 2024 年 9 月 20 日，想问下", "https://www.v2ex.example.com/t/1074622", None),
        (
            "UN rights expert urges urgent action as Haiti crisis worsens",
            "https://www.reuters.com/world/americas/haiti-2024-09-20/",
            "The United Nations expert on human rights in Haiti said on Friday that\n"
            "the situation in the conflict-hit Caribbean nation had worsened and\n"
            "efforts to rebuild security must be amplified as a security mission\n"
            "deadline nears.\n",
        ),
    ]
    page = "# Web Digest 2024-09-21\n\n## Developers\n\n" + "".join(
        f'#### {title}\n\n<span style="color: blue"><{url}></span>\n\n' + (f"{said}\n" if said else "")
        for title, url, said in stories
    )
    records = read_capture(page)
    assert titles_and_urls(records) == [(title, url) for title, url, _ in stories]
    assert {r.digest_date for r in records} == {"2024-09-21"}
    assert summary_texts(records[3]) == [
        "The United Nations expert on human rights in Haiti said on Friday that the situation in the"
        " conflict-hit Caribbean nation had worsened and efforts to rebuild security must be amplified as a"
        " security mission deadline nears."
    ]


def test_a_closing_section_below_the_cards_is_no_part_of_the_last_card() -> None:
    # "<h3>Overgeslagen</h3>" (what a bot skipped) after the last "<h2>" card: the page's, not the
    # card's; and a card told under a short label of no known group ("Onderbelichte trend: ...") is
    # summarised by it
    cards = [
        ("Harbour ferry adds a night service", "https://harbour.example.com/ferry-night", FERRY),
        ("Airport tram opens", "https://citypost.example.org/tram", TRAM),
        ("Forty electric buses", "https://metro.example.net/buses", f"Onderschatte trend: {BUS}"),
    ]
    body = "".join(
        f"<article><div class='source'>Harbour Times</div><h2>{title}</h2><p>{said}</p>"
        f"<a href='{url}'>Lees origineel →</a></article>"
        for title, url, said in cards
    )
    records = read_html_page(
        f"<html lang='en'><body><header><h1>AI Digest</h1></header><main>{body}</main>"
        "<section><h3>Overgeslagen</h3><ul><li><strong>Amazon launches a shopping assistant</strong>"
        " — a feature push</li><li><strong>WhatsApp adds incognito chats</strong> — privacy fluff</li>"
        "</ul></section></body></html>"
    )
    assert titles_and_urls(records) == [(title, url) for title, url, _ in cards]
    assert records[-1].key_points == []
    assert summary_texts(records[-1]) == [f"Onderschatte trend: {BUS}"]


def test_a_chinese_news_summary_of_numbered_items_over_their_link_lines() -> None:
    # "新闻摘要" names a digest; each numbered item is a title over its summary and "链接:" line
    items = [
        ("伊朗正在审议美方新提议 尚未回应", "https://www.chinanews.example.com/gj/2026/04-18/10606386.shtml"),
        (
            "土耳其指责以色列以安全为名攫取土地",
            "https://www.chinanews.example.com/gj/2026/04-18/10606382.shtml",
        ),
        ("英媒称霍尔木兹海峡航运再次停滞", "https://www.chinanews.example.com/gj/2026/04-19/10606399.shtml"),
    ]
    records = read_capture(
        "📰 新闻摘要 (2026年4月19日 早晨7点)\n\n新闻来源: 中新网 (chinanews.com.cn)\n\n## 政治\n"
        + "".join(
            f"{n}. {title}\n   当地时间18日，有关方面就最新进展发表声明，各方反应不一。\n   链接: {url}\n\n"
            for n, (title, url) in enumerate(items, 1)
        )
    )
    assert titles_and_urls(records) == items
    assert summary_texts(records[0]) == ["当地时间18日，有关方面就最新进展发表声明，各方反应不一。"]


def test_a_date_line_under_each_cards_summary_is_no_day_of_the_feed() -> None:
    # "Title / summary / 20 July 2026" per card: the date is the card's, not a day over the next
    # card; the top news above them states no date, so the dated cards are fewer than half
    top = [
        (f"Top story {n} of the morning", f"https://news.example.com/top-{n}", BUS, "") for n in range(1, 5)
    ]
    cards = [
        *top,
        (
            "Harbour ferry adds a night service",
            "https://harbour.example.com/ferry-night",
            FERRY,
            "20 July 2026",
        ),
        ("Airport tram opens", "https://citypost.example.org/tram", TRAM, "17 July 2026"),
        ("Forty electric buses for the city", "https://metro.example.net/buses", BUS, "15 July 2026"),
    ]
    body = "".join(
        f"<div class='card'><p><a href='{url}'>{title}</a></p><p>{said}</p>"
        + (f"<p>{day}</p>" if day else "")
        + "</div>"
        for title, url, said, day in cards
    )
    records = read_html_page(
        "<html><head><title>Transit Morning Brief</title></head><body><h1>Transit Morning Brief</h1>"
        f"{body}</body></html>"
    )
    assert titles_and_urls(records) == [(title, url) for title, url, _, _ in cards]
    assert [r.digest_date for r in records] == [None] * len(cards)


def test_numbered_headings_over_lists_of_linked_stories_are_groups() -> None:
    # "## 1. 今日必读" over linked items, "## 2. 趋势与解读" over more: each item is a story, and the
    # outlet named in brackets after its title is no part of what it says
    items = [
        (
            "小米发布中国首款VGT概念车",
            "https://36kr.example.com/p/1",
            "(36kr)",
            "小米在 MWC 2026 推出旗舰手机。",
        ),
        (
            "京东：外卖市场份额",
            "https://36kr.example.com/p/2",
            "(36kr)",
            "京东外卖上线近一年市场份额已超 15%。",
        ),
        (
            "Qwen3.5 models offer Sonnet 4.5 performance",
            "https://venturebeat.example.com/q",
            "(VentureBeat via HN)",
            "阿里新开源的中等规模模型在本地即可运行。",
        ),
        (
            "Claude Code 上线自动记忆功能",
            "https://infoq.example.cn/a/4",
            "（InfoQ）",
            "Claude Code 推出自动记忆功能。",
        ),
    ]
    lines = [f"- [{title}]({url}) {outlet} {said}\n" for title, url, outlet, said in items]
    page = (
        "# Daily Tech News | 2026-03-01\n\n## 1. 今日必读\n\n" + "".join(lines[:2])
        + "\n## 2. 趋势与解读\n\n" + "".join(lines[2:])
    )  # fmt: skip
    records = read_capture(page)
    assert [r.canonical_url for r in records] == [url for _, url, *_ in items]
    assert title_of(records[2]) == "Qwen3.5 models offer Sonnet 4.5 performance"
    assert [summary_texts(r) for r in records] == [[said] for *_, said in items]


def test_numbered_stories_with_a_list_of_points_stay_stories() -> None:
    page = (
        "# AI 日报 2026-03-01\n\n"
        "## 1. OpenAI 获 1100 亿美元注资\n\n**来源**: InfoQ | **原文**: [查看](https://infoq.example.cn/a/1)\n\n"
        "- 估值飙升至 7300 亿美元\n- 用于巩固其领先地位\n\n"
        "## 2. 小米发布首款超跑概念车\n\n**来源**: 36kr | **原文**: [查看](https://36kr.example.com/p/2)\n\n"
        "- 在 MWC 2026 亮相\n- 2 月交付量超过 2 万台\n"
    )
    records = read_capture(page)
    assert [title_of(r) for r in records] == ["OpenAI 获 1100 亿美元注资", "小米发布首款超跑概念车"]


def test_a_date_in_brackets_after_a_linked_title_dates_the_story() -> None:
    page = (
        "# Heard It First – Daily Digest\n\n## Sources & Dates\n\n"
        "- [Khamenei's iron grip on power comes to an end](https://www.bbc.example.com/a1) (2026-03-01)\n"
        "- [Iran says strikes hit a school](https://www.bbc.example.com/a2) (2026-02-28)\n"
        "- [Oil prices jump as Gulf tensions rise](https://www.ft.example.com/a3) (2026-03-01)\n"
    )
    records = read_capture(page)
    assert [[c.value for c in r.published_at] for r in records] == [
        ["2026-03-01"],
        ["2026-02-28"],
        ["2026-03-01"],
    ]


def test_link_paragraphs_under_outlet_headings_beside_linked_headings_are_stories() -> None:
    # "### [Title](...)" stories from one source, then "## News da 10 Fonti" over outlet names, each
    # over paragraphs that are a story's linked title
    page = (
        "# 🦉 Daily Owl\n\n2025-12-01\n\n## 📰 Hacker News\n\n"
        "### [A Love Letter to FreeBSD](https://www.tara.example.sh/freebsd)\n\n⬆ 234 points\n\n"
        "### [Advent of Code 2025](https://adventofcode.example.com/2025)\n\n⬆ 786 points\n\n"
        "## 📰 News da 10 Fonti\n\n### TechCrunch\n\n"
        "[Varda says it has proven space manufacturing works](https://techcrunch.example.com/varda)\n\n"
        "[James Cameron says generative AI is horrifying](https://techcrunch.example.com/cameron)\n\n"
        "### Ars Technica\n\n[Achieving lasting remission for HIV](https://arstechnica.example.com/hiv)\n\n"
        "## 💭 Quote\n\nIf the grass is greener on the other side, take care of your own.\n"
    )
    records = read_capture(page)
    assert [r.canonical_url for r in records] == [
        "https://www.tara.example.sh/freebsd",
        "https://adventofcode.example.com/2025",
        "https://techcrunch.example.com/varda",
        "https://techcrunch.example.com/cameron",
        "https://arstechnica.example.com/hiv",
    ]


def test_top_cards_a_grid_of_smaller_cards_and_a_table_of_the_rest_are_all_stories() -> None:
    # "<h3>" top stories, "<h4>" cards after them, then "| 순위 | 제목 | 출처 | 점수 |" rows whose
    # source cell ("네이버뉴스") reads like a title column's header but is none: the row links
    titles = [f"숙박업계 소식 {n}번째 기사의 제목입니다" for n in range(1, 7)]
    urls = [f"https://news.example.kr/article/{n}" for n in range(1, 7)]
    page = (
        "# ONDA 뉴스 브리핑\n\nB2B Hospitality Tech | 2026년 01월 15일\n\n"
        f"### [{titles[0]}]({urls[0]})\n\n소상공인연합회는 지난 13일 신년 경영 실태조사 결과를 공개했다.\n\n"
        f"### [{titles[1]}]({urls[1]})\n\n국토교통부가 지난 5일 발표한 규제 완화 조치가 시행됐다.\n\n"
        "4-10위 뉴스\n\n"
        f"#### [{titles[2]}]({urls[2]})\n\n매일신문 | 점수: 40점\n\n"
        f"#### [{titles[3]}]({urls[3]})\n\n뉴스1 | 점수: 15점\n\n"
        "| 순위 | 제목 | 출처 | 점수 |\n|---|---|---|---|\n"
        f"| 11위 | [{titles[4]}]({urls[4]}) | 네이버뉴스 | 30점 |\n"
        f"| 12위 | [{titles[5]}]({urls[5]}) | 네이버뉴스 | 20점 |\n"
    )
    records = read_capture(page)
    assert titles_and_urls(records) == list(zip(titles, urls, strict=True))


def test_lead_stories_over_linked_cards_of_their_own_are_all_stories() -> None:
    page = (
        "# AI Digest for IDinsight\n\n"
        "### [India's SAHI: A Radical AI-for-Health Framework](https://ictworks.example.org/sahi)\n\n"
        "India released a national framework for AI in health care this week.\n\n"
        "#### [Anthropic–Rwanda 3-Year MOU for AI in Health](https://anthropic.example.com/rwanda)\n\n"
        "A memorandum covers health and education.\n\n"
        "#### [Paper](https://arxiv.example.org/abs/1)\n\n"
        "### [GABRIEL: GPT as a Measurement Tool](https://nber.example.org/w34834)\n\n"
        "Economists measure text with language models.\n\n"
        "#### [A Guide to Which AI to Use in the Agentic Era](https://oneusefulthing.example.org/guide)\n\n"
        "Which model to pick for which work.\n"
    )
    records = read_capture(page)
    assert [r.canonical_url for r in records] == [
        "https://ictworks.example.org/sahi",
        "https://anthropic.example.com/rwanda",
        "https://nber.example.org/w34834",
        "https://oneusefulthing.example.org/guide",
    ]


def test_a_summary_that_only_says_the_title_again_is_none() -> None:
    page = (
        "# Daily AI/Tech Digest\n\n2026-03-01\n\n"
        "- [The lost-in-the-middle problem and why retrieval beats stuffing](https://dev.example.to/a)\n\n"
        "  Summary: The lost-in-the-middle problem and why retrieval beats stuffing\n\n"
        "- [JIT Compiler: BrainFuck in forty lines](https://dev.example.to/b)\n\n"
        "  Summary: A just-in-time compiler for a toy language, explained step by step.\n"
    )
    first, second = read_capture(page)
    assert summary_texts(first) == [] and "title_only" in first.flags
    assert summary_texts(second) == ["A just-in-time compiler for a toy language, explained step by step."]


def test_paragraphs_that_open_with_their_linked_title_and_tell_it_are_stories() -> None:
    # a personal briefing: emoji-led paragraphs, some a linked story, the rest notes and weather
    stories = [
        ("Can Spencer Strider Recapture His Dominance?", "https://www.mlb.example.com/strider",
         "Countless fans hope Strider can get back to where he was before his elbow surgery."),
        ("Match Recap: 5-Stripes Fall 2-0 to San Jose on the Road", "https://www.atlutd.example.com/recap",
         "Atlanta conceded a goal in each half and never truly threatened the hosts."),
        ("Veteran CBS News Producer Quits Over Political Pressure", "https://www.thr.example.com/cbs",
         "A key player at CBS News since 1982 left behind a scathing memo about coverage."),
    ]  # fmt: skip
    page = "# Daily Briefing\n\n📅 Sunday, March 1, 2026 Good morning! Welcome to March!\n\n" + "".join(
        f"⚾ Section {n}\n\n🌟 [{title}]({url}) — {said}\n\n📊 Game day updates: a note linking nothing.\n\n"
        for n, (title, url, said) in enumerate(stories)
    )
    records = read_capture(page)
    assert titles_and_urls(records) == [(title, url) for title, url, _ in stories]
    assert [summary_texts(r) for r in records] == [[said] for *_, said in stories]


def test_a_hacker_news_hot_list_of_bold_items_over_their_summary_and_links() -> None:
    # "Hacker News 热榜前 30 条": a ranked hot list (no site's own post, front matter and all), each
    # item's summary and links on the lines under it
    stories = [
        ("Beam: an open-weight model", "https://reflection.ex.ai/beam", "Reflection 发布 Beam。"),
        ("Ephemeral Testing", "https://lemire.ex.me/ephemeral", "Lemire 讨论用完即弃的测试环境。"),
        ("Find the flattest route in SF", "https://flattensf.ex.com/", "一个寻找更平坦路径的工具。"),
    ]  # fmt: skip
    page = (
        "---\ntitle: Hacker News 热榜前 30 条\ndate: 2026-10-06\n---\n\n# Hacker News 热榜前 30 条\n\n"
        + "".join(
            f"{n}. **{title}**\n   {said}\n   [原文链接]({url}) ｜ [HN 讨论](https://news.ycombinator.com/item?id={n})\n\n"
            for n, (title, url, said) in enumerate(stories, 1)
        )
    )
    records = read_capture(page)
    assert titles_and_urls(records) == [(title, url) for title, url, _ in stories]
    assert [summary_texts(r) for r in records] == [[said] for *_, said in stories]


def test_a_table_under_a_korean_headline_column_lists_its_stories() -> None:
    page = (
        "# 🏦 실시간 경제 종합 브리핑\n\n### 📰 실시간 주요 뉴스\n"
        "| 날짜 | 언론사 | 뉴스 헤드라인 |\n| :--- | :--- | :--- |\n"
        "| 16 Jul 2026 | 이데일리 | [단일종목 레버리지 기본예탁금](https://n.news.example.com/018/1) |\n"
        "| 16 Jul 2026 | 뉴스1 | [美, 사우디에 3조 규모 무기 판매 승인](https://n.news.example.com/421/2) |\n"
    )
    records = read_capture(page)
    assert titles_and_urls(records) == [
        ("단일종목 레버리지 기본예탁금", "https://n.news.example.com/018/1"),
        ("美, 사우디에 3조 규모 무기 판매 승인", "https://n.news.example.com/421/2"),
    ]
    assert {c.value for r in records for c in r.published_at} == {"2026-07-16"}


def test_groups_over_lists_of_stories_with_notes_and_a_fetch_log_of_feeds() -> None:
    # "### AI 综合1/10" may open with a note on its list; the fetch log's feed addresses are no stories
    page = (
        "# 每日新闻简报\n\n## 地缘政治\n\n### 俄乌战争\n\n"
        "- [莫斯科推出针对乌克兰平民的新学说](https://kyiv.example.com/a1) Kyiv Independent · 10-04\n"
        "- [俄罗斯在黑海袭击悬挂利比里亚国旗的货船](https://kyiv.example.com/a2) Kyiv Independent · 10-04\n\n"
        "## 前沿科技\n\n### AI 综合1/10\n\n⚠ 本板块本次覆盖不足（1/10）\n\n"
        "- [OpenAI 安全员工辞职，称文化被破坏](https://techcrunch.example.com/a3) TechCrunch · 10-04\n\n"
        "## 东南亚\n\n### 东南亚新闻\n\n"
        "- [菲律宾对缅甸空袭造成人员伤亡表示关切](https://cna.example.com/a4) CNA · 10-03\n\n"
        "抓取明细\n\n"
        "- ✓ Kyiv Post · 100 条 · [https://www.kyivpost.example.com/feed](https://www.kyivpost.example.com/feed)\n"
        "- ✓ BBC · 17 条 · [https://feeds.bbci.example.co.uk/rss.xml](https://feeds.bbci.example.co.uk/rss.xml)\n"
    )
    records = read_capture(page)
    hosts = ["kyiv", "kyiv", "techcrunch", "cna"]
    assert [r.canonical_url for r in records] == [
        f"https://{h}.example.com/a{n}" for n, h in enumerate(hosts, 1)
    ]


def test_a_news_item_names_its_source_in_a_section_and_lists_related_items() -> None:
    # a current-events mirror: the item, "### Source:" over its outlet's link, "### Related:" items
    page = (
        "# The United States Federal Reserve decides to leave interest rates at a record low.\n\n"
        "The U.S. Federal Reserve kept interest rates unchanged on Thursday in a bow to worries about"
        " the global economy.\n\n"
        "### Source:\n\n1. [Reuters](http://www.reuters.example.com/article/2015/09/17/us-usa-fed)\n\n"
        "### Related:\n\n"
        "1. [The European Central Bank reduces interest rates to 1%. ](/news/2011/ecb.md) _Context: rates_\n"
        "2. [Ben Bernanke announces explicit ties between Fed policy and goals. ](/news/2012/12/12/b.md)\n"
    )
    (record,) = read_capture(page)
    assert record.canonical_url == "http://www.reuters.example.com/article/2015/09/17/us-usa-fed"
    assert [r.title for r in record.related] == [
        "The European Central Bank reduces interest rates to 1%.",
        "Ben Bernanke announces explicit ties between Fed policy and goals.",
    ]


FED_ITEMS = [
    ("Harbor Authority Approves Night Ferry Pilot", "By Dana Ortiz",
     "https://news.example.com/2026/05/20/metro/night-ferry-pilot.html"),
    ("Drought Rules Eased for Orchard Growers", "State officials relaxed watering limits after a wet April.",
     "https://news.example.com/2026/05/20/business/orchard-drought-rules.html"),
    ("A Museum Reopens Its Glass Wing", "The wing had been closed for five years of repairs to its roof.",
     "https://news.example.com/2026/05/20/arts/glass-wing-reopens.html"),
]  # fmt: skip


def fed_dump(items: list[tuple[str, str, str]], head: str = "") -> str:
    return head + "\n\n".join(f"**{title}**\\\n`{deck}`\\\n{url}" for title, deck, url in items) + "\n"


def test_a_feed_dump_with_no_title_of_its_own_lists_its_items() -> None:
    # a feed's latest items written out as they come: bold title, dek or byline, bare address
    records = read_capture(fed_dump(FED_ITEMS))
    assert titles_and_urls(records) == [(title, url) for title, _, url in FED_ITEMS]
    assert [summary_texts(r) for r in records] == [[], *([deck] for _, deck, _ in FED_ITEMS[1:])]


@pytest.mark.parametrize(
    "page",
    [
        # a page of its own title over such items is no headless dump (its digest words decide)
        fed_dump(FED_ITEMS, head="# Notes from the week\n\nA few things I read.\n\n"),
        # an item that says more after its address is a section, not a feed's item
        fed_dump(FED_ITEMS).replace("reopens.html", "reopens.html\n\nMore on that later."),
        # ... as is one with no address of its own
        fed_dump([*FED_ITEMS[:2], (FED_ITEMS[2][0], FED_ITEMS[2][1], "No link here.")]),
        # two items
        fed_dump(FED_ITEMS[:2]),
    ],
)
def test_pages_not_a_feed_dump_keep_their_items_together(page: str) -> None:
    parsed = blocks.parse(page, "text")
    chosen = extract.choose(parsed)  # none: the page is rejected, as a page of no known shape
    assert chosen is None or len(chosen.extract(parsed)) <= 1


def test_google_news_items_name_their_outlet_after_the_title() -> None:
    page = (
        "# Drone incident report 2026-03-01\n\n"
        "- [Airport closed for hours after drone sighting - AOL.com](https://news.google.com/rss/articles/CBMiA?oc=5)\n"
        "- [Sweden confirms drone near a carrier - Al Jazeera](https://news.google.com/rss/articles/CBMiB?oc=5)\n"
        "- [Airspace shut after a drone is shot down - ITRnews](https://itrnews.com/articles/1/airspace)\n"
    )
    records = read_capture(page)
    assert [(title_of(r), r.publisher and r.publisher.value) for r in records] == [
        ("Airport closed for hours after drone sighting", "AOL.com"),
        ("Sweden confirms drone near a carrier", "Al Jazeera"),
        ("Airspace shut after a drone is shot down", "ITRnews"),
    ]


def test_a_table_titles_its_stories_by_their_topic_where_no_column_is_a_title() -> None:
    rows = [
        ("Lyria 3をGeminiに統合", "GoogleがAI音楽生成モデルをGeminiアプリに搭載。", "https://blog.example.com/lyria-3/"),
        ("Qwen 3.5発表", "Alibabaがエージェント型AIを発表。デプロイコスト60%削減。", "https://www.example.com/qwen-35.html"),
    ]  # fmt: skip
    page = (
        "# Daily Digest — 2026-02-20\n\n## Tech News\n\n| # | トピック | 概要 | ソース |\n|---|---|---|---|\n"
        + "".join(
            f"| {n} | {topic} | {said} | [Example]({url}) |\n" for n, (topic, said, url) in enumerate(rows, 1)
        )
    )
    records = read_capture(page)
    assert titles_and_urls(records) == [(topic, url) for topic, _, url in rows]
    assert [summary_texts(r) for r in records] == [[said] for _, said, _ in rows]


def test_stories_beside_numbered_ones_leave_out_later_notes_on_told_stories() -> None:
    # a weekly: three numbered bold stories, sections of headed stories each citing its source, and
    # a closing "quick start" section whose headings try told stories out (their links again)
    told = [("Cloud agents use computers", "https://forum.example.com/t/cloud-agents/1")]
    more = [
        ("Steerling-8B traces each token", "https://techcrunch.example.com/steerling"),
        ("A guide to mixture of experts", "https://hf.example.co/blog/moe"),
        ("Enterprise AI controls ship", "https://github.example.blog/changelog/controls"),
    ]
    said = "The update lets agents run a browser and check their own changes before they finish."
    page = (
        "# Yapay Zeka Haftalık Bülteni\n\n## Trending\n\n"
        + "".join(f"**{n}. {t}**\n{said}\n*Kaynak: [Site]({u})*\n\n" for n, (t, u) in enumerate(told, 1))
        + "**2. Codex arrives in Copilot**\nIt is now available to every paid plan this week.\n"
        + "*Kaynak: [Changelog](https://github.example.blog/changelog/codex)*\n\n## Models\n\n"
        + "".join(f"### {t}\n{said}\n*Kaynak: [Site]({u})*\n\n" for t, u in more)
        + "## Quick start\n\n"
        + "".join(
            f"### {t}\nTry it: open the settings and switch it on.\n[Site]({u})\n\n"
            for t, u in told + more[:1]
        )
    )
    records = read_capture(page)
    assert [r.canonical_url for r in records] == [
        told[0][1],
        "https://github.example.blog/changelog/codex",
        *(u for _, u in more),
    ]


@pytest.mark.parametrize("label", ["消息来源", "原网页", "Kaynak", "Źródło", "Bron", "Nguồn"])
def test_source_labels_of_more_languages_name_a_one_story_page_source(label: str) -> None:
    page = (
        "---\ntitle: 每周见闻（2025 年第 1 期）\n---\n\n## 新闻\n\n### NVIDIA 发布个人 AI 超级计算机\n\n"
        "NVIDIA 在 CES 2025 大会上发布了 Project DIGITS，这是首款面向个人用户的 AI 超级计算机。\n\n"
        f"*{label}：[NVIDIA 官方博客](https://blogs.example.cn/blog/digits/)*\n"
    )
    (record,) = read_capture(page)
    assert record.canonical_url == "https://blogs.example.cn/blog/digits/"


HN_BILINGUAL = [
    ("Axios compromised on NPM – malicious versions drop a trojan", "Axios 受到 NPM 攻击——恶意版本会释放木马",
     "https://www.stepsecurity.example.io/blog/axios-compromised"),
    ("Microsoft: Copilot is for entertainment purposes only", "微软：Copilot仅供娱乐",
     "https://www.microsoft.example.com/copilot/termsofuse"),
    ("OpenAI closes funding round at an $852B valuation", "OpenAI 以 852B 美元估值完成融资",
     "https://www.cnbc.example.com/2026/03/31/openai-funding-round.html"),
]  # fmt: skip


def test_stories_titled_by_their_link_alone_over_the_title_translated() -> None:
    # a bilingual Hacker News top list: rank, the linked English title, its Chinese translation, a
    # meta line linking the discussion
    page = (
        "<html><body><h1>HN 每日精选</h1><p>Hacker News Top 30 · 中英双语每日精选</p>"
        + "".join(
            f'<div class="story"><div class="rank">{n}</div><div><a class="title-en" href="{url}">{en}</a>'
            f'<div class="title-zh">{zh}</div><div class="meta"><span>▲ {100 * n}</span> '
            f'<a href="https://news.ycombinator.com/item?id={n}">{n} 条讨论</a></div></div></div>'
            for n, (en, zh, url) in enumerate(HN_BILINGUAL, 1)
        )
        + "</body></html>"
    )
    records = read_html_page(page)
    assert titles_and_urls(records) == [(en, url) for en, _, url in HN_BILINGUAL]
    assert [[(t.lang, t.text) for t in r.texts if t.kind == "title"][1:] for r in records] == [
        [("zh", zh)] for _, zh, _ in HN_BILINGUAL
    ]
    assert all(not summary_texts(r) for r in records)


def test_a_numbered_storys_title_over_its_translation_keeps_both_but_a_bold_field_is_no_title() -> None:
    def card(k: int, en: str, under: str, url: str) -> str:
        return f"## {k}. {en}\n\n{under}\n\n{FERRY}\n\n[🔗 阅读原文]({url})\n\n"

    translated = HN_BILINGUAL
    fielded = [(en, f"**标语**：{zh}", url) for en, zh, url in HN_BILINGUAL]
    for stories, second in ((translated, True), (fielded, False)):
        page = "# AI Daily Report\n\n" + "".join(card(k, *story) for k, story in enumerate(stories, 1))
        records = read_capture(page)
        assert titles_and_urls(records) == [(en, url) for en, _, url in HN_BILINGUAL]
        titles = [[(t.lang, t.text) for t in r.texts if t.kind == "title"][1:] for r in records]
        assert titles == ([[("zh", zh)] for _, zh, _ in HN_BILINGUAL] if second else [[], [], []])


@pytest.mark.parametrize(
    "under",
    [
        "Kyiv Independent · 10-04 02:14",  # a meta line, no title
        "Hacker News AI",  # a feed's name
        "這是一段摘要，它講述了這個故事的內容。",  # a sentence: what the story says
    ],
)
def test_a_line_under_a_linked_title_is_no_translation_of_it(under: str) -> None:
    titled = (
        "OpenAI closes funding round at an $852B valuation"
        if not under.isascii()
        else "微软：Copilot仅供娱乐"
    )
    story = [blocks.Block("paragraph", titled, links=(blocks.Link(titled, "https://x.example.com/a"),))]
    assert digest._link_title_in_two([*story, blocks.Block("paragraph", under)]) is None


def test_group_headings_whose_cards_repeat_the_group_name_hold_linked_stories() -> None:
    # an RSS aggregator's issue: "📰 NY Times" over cards, each repeating the feed's name over its
    # linked headline and a meta line
    feeds = {
        "📰 NY Times": [("Oil Prices Will Remain High", "https://www.nytimes.example.com/2026/03/09/oil.html"),
                       ("Gas Prices Collide With an Agenda", "https://www.nytimes.example.com/2026/03/09/gas.html")],
        "🌍 BBC World": [("Five footballers granted visas", "https://www.bbc.example.com/news/articles/c1"),
                        ("Trump comments may have eased oil", "https://www.bbc.example.com/news/articles/c2")],
    }  # fmt: skip

    def card(feed: str, title: str, url: str) -> str:
        return (
            f'<article><div>{feed}</div><h2><a href="{url}">{title}</a></h2><div>{feed[2:]}</div></article>'
        )

    sections = [
        f"<section><h2>{feed}</h2>{''.join(card(feed, *s) for s in stories)}</section>"
        for feed, stories in feeds.items()
    ]
    head = "<head><title>World Happenings — Tuesday, March 10, 2026</title></head>"
    body = f"<h1>🌍 World Happenings</h1><p>March 10, 2026</p>{''.join(sections)}"
    page = f"<html>{head}<body>{body}</body></html>"
    records = read_html_page(page)
    assert titles_and_urls(records) == [story for stories in feeds.values() for story in stories]


def test_a_title_spaced_with_underscores_names_a_digest() -> None:
    # a pipeline's newsletter titled by its file name: prose that links its stories, then the list
    sources = [
        (
            "Can OpenAI Respond After Google Closes the Gap?",
            "https://www.nytimes.example.com/2025/12/11/openai.html",
        ),
        ("Predecir riesgos con IA en carretera", "https://www.expansion.example.com/2025/12/11/riesgos.html"),
    ]
    page = (
        "# tecnologia_diaria\n\n**Fecha:** 2025-12-12\n\n---\n\nEn Madrid, un [**brote**](https://elpais.example.com/a)"
        " ha dejado más de 500 cigüeñas muertas.\n\n## Fuentes\n\n"
        + "".join(f"{n}. [{title}]({url}) ✓\n\n" for n, (title, url) in enumerate(sources, 1))
    )
    assert titles_and_urls(read_capture(page)) == sources


@pytest.mark.parametrize(
    ("link", "source"),
    [
        ("查看俄语原文 ↗", "https://minsknews.example.by/1860164/"),  # "view the Russian original"
        ("Link", None),  # a link named so in running text is a reference, no source
    ],
)
def test_a_link_that_says_it_is_the_original_names_a_translated_page_source(
    link: str, source: str | None
) -> None:
    page = (
        "<html><body><h1>在明斯克，该公司的董事从事毒品交易</h1>"
        "<p>В Минске директор фирмы приторговывал наркотиками</p>"
        f'<p>新闻 ● 2026-08-17 00:39 · <a href="https://minsknews.example.by/1860164/">{link}</a></p>'
        "<p>本文由机器自动翻译，可能存在不准确之处，仅供学习交流。</p></body></html>"
    )
    parsed = blocks.parse(page, "html")
    chosen = extract.choose(parsed)
    assert (chosen.extract(parsed)[0].canonical_url if chosen else None) == source


def test_a_bold_tagline_under_the_title_can_name_the_page_a_digest() -> None:
    feeds = {
        "Hacker News": [("Neural Networks: Zero to Hero", "https://karpathy.example.ai/zero-to-hero.html")],
        "TechCrunch": [
            ("Plaud launches a new AI pin", "https://techcrunch.example.com/2026/01/04/plaud-ai-pin/"),
            (
                "Tech billionaires cashed out $16 billion",
                "https://techcrunch.example.com/2026/01/03/billions/",
            ),
        ],
    }
    page = "# 📰 AI & Tech Intelligence Feed\n\n**Automated News Collection - Updated Daily**\n\n" + "".join(
        f"### {feed}\n\n" + "".join(f"- [{title}]({url})\n" for title, url in stories) + "\n"
        for feed, stories in feeds.items()
    )
    assert titles_and_urls(read_capture(page)) == [story for stories in feeds.values() for story in stories]


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        ("Simon Read, Personal Finance Reporter", ["Simon Read"]),
        ("Ana Ruiz, Editor and Li Wei", ["Ana Ruiz", "Li Wei"]),
        ("Staff Writer", ["Staff Writer"]),  # a byline of a job alone still says who wrote it
    ],
)
def test_a_job_title_in_a_byline_is_no_author(byline: str, authors: list[str]) -> None:
    page = (
        "## Waitrose in U-turn on virus pay policy\n\n"
        f"作者: {byline}\n\n"
        "[原网页](https://www.bbc.example.com/news/business-52191147)\n\n"
        "The company said it had listened to its partners and changed the policy.\n"
    )
    (record,) = read_capture(page)
    assert record.authors == authors


def test_a_translated_page_title_over_its_original_headline_gives_both_titles() -> None:
    (record,) = read_html_page(
        "<html><body><p><a href='../index.html'>← 返回首页</a></p>"
        "<h1>明斯克地铁新线路年底开通</h1>"
        "<p>Новая линия метро в Минске откроется в декабре</p>"
        "<p>新闻 ● 2026-08-17 00:39 · <a href='https://minsk.example.by/1860/'>查看俄语原文 ↗</a></p>"
        "<p>明斯克地铁新线路年底开通 <a href='https://minsk.example.by/1860/'>查看俄语原文 ↗</a></p>"
        "<p>本文由机器自动翻译，可能存在不准确之处，仅供学习交流。</p>"
        "</body></html>"
    )
    titles = [(t.lang, t.text) for t in record.texts if t.kind == "title"]
    assert titles == [
        ("zh", "明斯克地铁新线路年底开通"),
        ("ru", "Новая линия метро в Минске откроется в декабре"),
    ]
    # neither the title said again beside its link nor the translation's disclaimer is a summary
    assert summary_texts(record) == []
    assert record.canonical_url == "https://minsk.example.by/1860/"


def test_a_dek_in_the_title_script_or_a_sentence_under_the_title_is_no_translated_title() -> None:
    for under in ("Новая линия метро откроется в конце года.", "地铁新线路将在年底开通，连接城市东西两端"):
        (record,) = read_html_page(
            f"<html><body><h1>明斯克地铁新线路年底开通</h1><p>{under}</p>"
            "<p>来源：<a href='https://minsk.example.by/1860/'>原文</a></p></body></html>"
        )
        assert [t.text for t in record.texts if t.kind == "title"] == ["明斯克地铁新线路年底开通"]


def _numbered_card(number: int, title: str, url: str, summary: str) -> str:
    return (
        f"<div class='news'><div class='news-title'>{number}. {title} "
        f"<span class='date-badge'>2026-02-20</span></div>"
        f"<div class='summary'><p>{summary}</p></div>"
        f"<p>🔗 <a href='{url}'>阅读原文</a></p></div>"
    )


def test_html_titles_numbered_in_their_text_are_stories_with_their_date_and_outlet() -> None:
    cards = "".join(
        [
            _numbered_card(
                1, "Ferry adds a night service | Harbour Times", "https://harbour.example.com/f", FERRY
            ),
            _numbered_card(2, "Does the airport tram pay?", "https://citypost.example.org/tram", TRAM),
            _numbered_card(3, "Forty electric buses metro.example.net", "https://metro.example.net/b", BUS),
        ]
    )
    records = read_html_page(
        "<html><body><h1>每日交通简报</h1><p>2026-02-20 · 由助手生成</p>"
        f"<h2>📰 新闻摘要</h2>{cards}<h2>🐙 热门项目</h2>"
        "<p><a href='https://github.com/example/ferry-times'>ferry-times</a></p><p>⭐ 202 Python</p>"
        "</body></html>"
    )
    assert titles_and_urls(records) == [
        ("Ferry adds a night service", "https://harbour.example.com/f"),
        ("Does the airport tram pay?", "https://citypost.example.org/tram"),
        ("Forty electric buses", "https://metro.example.net/b"),
    ]
    assert [r.publisher.value if r.publisher else None for r in records] == [
        "Harbour Times",
        None,
        "metro.example.net",
    ]
    assert [[c.value for c in r.published_at] for r in records] == [["2026-02-20"]] * 3
    assert [summary_texts(r) for r in records] == [[FERRY], [TRAM], [BUS]]


def test_numbers_that_start_over_under_one_heading_title_no_stories() -> None:
    # "1. 2." then "1." under one heading, and an unnumbered title of the same kind: the page numbers
    # parts it does not head; made headings, the numbered lines would swallow the unnumbered story
    def item(title: str, url: str, summary: str) -> str:
        source = f"<p>来源：<a href='{url}'>Harbour Times</a></p>"
        return f"<div class='item-title'>{title}</div>{source}<p>{summary}</p>"

    records = read_html_page(
        "<html><body><h1>每日交通日报</h1><h2>🔥 今日要闻</h2>"
        + item("1. Ferry adds a night service", "https://harbour.example.com/f", FERRY)
        + item("2. Airport tram opens", "https://citypost.example.org/tram", TRAM)
        + item("1. Forty electric buses", "https://metro.example.net/b", BUS)
        + item("Night buses return to the old town", "https://metro.example.net/night", BUS + " Again.")
        + "</body></html>"
    )
    assert titles_and_urls(records) == [
        ("Ferry adds a night service", "https://harbour.example.com/f"),
        ("Airport tram opens", "https://citypost.example.org/tram"),
        ("Forty electric buses", "https://metro.example.net/b"),
        ("Night buses return to the old town", "https://metro.example.net/night"),
    ]


def test_a_linked_hosts_name_or_a_date_after_a_separator_leaves_no_separator_behind() -> None:
    from pipeline.normalize import outlet_suffix

    assert outlet_suffix("Kudun hires four lawyers | Law.asia", "https://law.asia/kudun") == (
        "Kudun hires four lawyers",
        "Law.asia",
    )
    assert outlet_suffix("I moved my blog to neocities.org", "https://neocities.org/x") == (
        "I moved my blog to neocities.org",
        None,
    )
    assert digest._without_stated_date("CNIL warns on cookies · 2026-08-10") == (
        "CNIL warns on cookies",
        "2026-08-10",
    )
    assert digest._without_stated_date("Patch Tuesday 2026-13-40") == ("Patch Tuesday 2026-13-40", None)


def test_a_card_opening_on_its_outlet_and_date_is_titled_by_the_line_under_them() -> None:
    cards = "".join(
        f"<a class='card' href='{url}'><div class='card-meta'>{outlet} · {day}</div>"
        f"<div class='card-title'>{title}</div><div class='card-desc'>{summary}</div></a>"
        for outlet, day, title, url, summary in [
            (
                "Harbour Times",
                "2026-08-10",
                "Ferry adds a night service",
                "https://harbour.example.com/f",
                FERRY,
            ),
            (
                "City Post",
                "2026-08-05",
                "Does the airport tram pay?",
                "https://citypost.example.org/tram",
                TRAM,
            ),
            ("Metro", "2026-08-05", "Forty electric buses", "https://metro.example.net/b", BUS),
        ]
    )
    records = read_html_page(
        "<html lang='fr'><body><h1>📰 Digest — Semaine du 10/08/2026</h1>"
        f"<h2>Transports</h2><div class='cards'>{cards}</div></body></html>"
    )
    assert titles_and_urls(records) == [
        ("Ferry adds a night service", "https://harbour.example.com/f"),
        ("Does the airport tram pay?", "https://citypost.example.org/tram"),
        ("Forty electric buses", "https://metro.example.net/b"),
    ]
    assert [r.publisher.value for r in records if r.publisher] == ["Harbour Times", "City Post", "Metro"]
    assert [[c.value for c in r.published_at] for r in records] == [
        ["2026-08-10"],
        ["2026-08-05"],
        ["2026-08-05"],
    ]
    assert [summary_texts(r) for r in records] == [[FERRY], [TRAM], [BUS]]


def test_a_digest_in_a_language_that_writes_the_day_first_is_dated_so() -> None:
    french = [
        ("Le bac ajoute un service de nuit", "Le bac du port circulera aussi la nuit à partir de lundi."),
        ("Le tram de l'aéroport ouvre", "Le trajet depuis la gare centrale dure vingt-cinq minutes."),
        ("Quarante bus électriques", "La ville achètera quarante bus électriques cette année."),
    ]
    english = [("Ferry adds a night service", FERRY), ("Airport tram opens", TRAM), ("Forty buses", BUS)]

    def issue(title: str, stories: list[tuple[str, str]]) -> set[str | None]:
        items = "".join(
            f"- [{story}](https://harbour.example.com/{k})\n  {summary}\n"
            for k, (story, summary) in enumerate(stories)
        )
        return {r.digest_date for r in read_capture(f"# {title}\n\n{items}")}

    assert issue("Revue de presse du 10/08/2026", french) == {"2026-08-10"}
    assert issue("Transport digest of 10/08/2026", english) == {"2026-10-08"}


_HEADLINE_DIGEST = (
    "# Weekly Transport Roundup\n\n"
    "## Welcome to the Weekly Transport Roundup!\n\nHere is what moved this week.\n\n"
    f"## Harbour ferry adds a night service\n\n{FERRY}\n\n"
    f"## Airport tram opens to passengers\n\n{TRAM}\n\n"
    f"## City council buys forty electric buses\n\n{BUS}\n"
)


def test_a_digest_that_links_its_stories_nowhere_gives_one_per_headline() -> None:
    records = read_capture(_HEADLINE_DIGEST)
    assert [(title_of(r), r.canonical_url, r.position) for r in records] == [
        ("Harbour ferry adds a night service", None, 1),
        ("Airport tram opens to passengers", None, 2),
        ("City council buys forty electric buses", None, 3),
    ]
    assert [summary_texts(r) for r in records] == [[FERRY], [TRAM], [BUS]]


@pytest.mark.parametrize(
    ("change", "why"),
    [
        (("# Weekly Transport Roundup", "# Harbour ferry news"), "no digest's title"),
        (("## Airport tram opens to passengers", "## Background"), "a section's name, no headline"),
        ((f"{BUS}\n", f"{BUS}\n\n```\nbus_count = 40\n```\n"), "a section with code: an article's"),
    ],
)
def test_an_articles_sections_are_no_linkless_stories(change: tuple[str, str], why: str) -> None:
    page = blocks.parse(_HEADLINE_DIGEST.replace(*change), "text")
    adapter = extract.choose(page)
    assert adapter is None or len(adapter.extract(page)) <= 1, why


def _item_digest(sections: list[tuple[str, list[tuple[str, str]]]]) -> str:
    return "# Transport Weekly Digest\n\n" + "".join(
        f"## {heading}\n\n" + "".join(f"- **{title}** — {said}\n" for title, said in items) + "\n"
        for heading, items in sections
    )


def test_a_digest_of_bold_items_linked_nowhere_gives_one_story_per_item() -> None:
    water = [("Ferry adds a night service", FERRY + " (Harbour Times)")]
    land = [("Airport tram opens", TRAM + " (City Post)"), ("Forty electric buses", BUS + " (Metro)")]
    records = read_capture(_item_digest([("Water", water), ("Land", land)]))
    assert [(title_of(r), r.canonical_url) for r in records] == [
        ("Ferry adds a night service", None),
        ("Airport tram opens", None),
        ("Forty electric buses", None),
    ]
    assert summary_texts(records[1]) == [TRAM + " (City Post)"]


def test_titled_items_over_their_source_and_summary_give_one_story_each() -> None:
    def briefing(source_label: str) -> str:
        def told(title: str, outlet: str, said: str) -> str:
            return f"- **{title}**  \n  *{source_label}: {outlet}*  \n  {said}\n\n"

        return (
            "# World News Briefing – November 2, 2025\n\n### Harbours\n\n"
            + told("Harbour ferry adds a night service", "Harbour Times", FERRY)
            + "### Land\n\n"
            + told("Airport tram opens to passengers", "City Post", TRAM)
            + told("Council buys forty electric buses", "Metro News", BUS)
        )

    records = read_capture(briefing("Source"))
    assert [(title_of(r), r.publisher.value if r.publisher else None) for r in records] == [
        ("Harbour ferry adds a night service", "Harbour Times"),
        ("Airport tram opens to passengers", "City Post"),
        ("Council buys forty electric buses", "Metro News"),
    ]
    assert summary_texts(records[2]) == [BUS]
    # "Original: ..." names the story it gives, not the outlet that ran it
    assert {r.publisher for r in read_capture(briefing("Original"))} == {None}


_CITED = [
    (
        "Harbour ferry adds a night service",
        FERRY,
        "Harbour Times",
        "https://harbourtimes.example.com/2026/ferry",
    ),
    ("Airport tram opens to passengers", TRAM, "City Post", "https://citypost.example.org/news/tram"),
    ("Council buys forty electric buses", BUS, "Metro News", "https://metro.example.com/a/buses-40"),
    ("Cycle lanes reach the old town", FERRY, "Old Town Gazette", "https://gazette.example.net/cycle-lanes"),
    ("Night trains return to the coast", TRAM, "Rail Weekly", "https://railweekly.example.com/night-trains"),
]


def _cited_page(stories: list[tuple[str, str, str, str]], cite: str = "{outlet}") -> str:
    return "## Transport\n\n" + "".join(
        f"### {title}\n{said}\n[{cite.format(outlet=outlet)}]({url})\n\n"
        for title, said, outlet, url in stories
    )


def test_an_untitled_page_of_headlines_each_citing_its_outlets_article_gives_a_story_each() -> None:
    records = read_capture(_cited_page(_CITED))
    assert [(title_of(r), r.canonical_url, r.publisher.value) for r in records] == [
        (title, url, outlet) for title, _, outlet, url in _CITED
    ]
    assert summary_texts(records[1]) == [TRAM]


@pytest.mark.parametrize(
    ("page", "why"),
    [
        (_cited_page(_CITED[:4]), "four sections citing their sources may be one article's"),
        (_cited_page([*_CITED[:4], (*_CITED[4][:3], _CITED[0][3])]), "two sections citing one page"),
    ],
)
def test_sections_citing_sources_otherwise_are_no_untitled_digest(page: str, why: str) -> None:
    adapter = extract.choose(blocks.parse(page, "text"))
    assert adapter is None or len(adapter.extract(blocks.parse(page, "text"))) <= 1, why


_BILINGUAL = [
    (
        "Airport tram opens to passengers",
        "https://citypost.example.org/tram",
        TRAM,
        "机场有轨电车于周二开通，从中央车站出发的车程为二十五分钟。",
    ),
    (
        "Council buys forty electric buses",
        "https://metro.example.com/buses",
        BUS,
        "市议会决定今年购买四十辆电动公交车，以取代其柴油车队。",
    ),
]


def test_a_storys_summary_and_its_translation_are_two_summaries_each_in_its_language() -> None:
    page = "# AI Daily Digest\n\n" + "".join(
        f"### [{t}]({u})\n\n{en}\n\n{zh}\n\n" for t, u, en, zh in _BILINGUAL
    )
    records = read_capture(page)
    assert [[(t.kind, t.lang) for t in r.texts] for r in records] == [
        [("title", "en"), ("summary", "en"), ("summary", "zh")]
    ] * 2
    assert [summary_texts(r) for r in records] == [[en, zh] for _, _, en, zh in _BILINGUAL]


@pytest.mark.parametrize(
    "said",
    [
        # Chinese naming its products in Latin letters, twice: one summary in one language
        [
            "对比了Claude Code环境下三大浏览器自动化方案的优劣，并给出了明确的选择建议。",
            "文章对比了 Claude Code 中三个主流的浏览器自动化方案（Agent Browser, DevTools MCP, "
            "Playwright MCP），并给出了根据场景选择的建议。",
        ],
        # an English summary quoting one Chinese line: no translation of it
        [TRAM, "“机场有轨电车开通了。”", BUS],
    ],
)
def test_a_summary_in_one_language_or_quoting_another_stays_one(said: list[str]) -> None:
    page = "# AI Daily Digest\n\n" + "".join(
        f"### [{t}](https://citypost.example.org/{k})\n\n" + "\n\n".join(said) + "\n\n"
        for k, t in enumerate(["Browser automation compared", "Trams and buses"])
    )
    assert [len(summary_texts(r)) for r in read_capture(page)] == [1, 1]


def test_a_heading_over_its_title_in_another_alphabet_titles_one_story_in_both() -> None:
    stories = [
        (
            "Anthropic Ends Paid Access for Claude in Third-Party Tools",
            "Anthropic מפסיקה גישה בתשלום ל-Claude בכלי צד שלישי",
        ),
        (
            "Google Launches Gemma 4 Models for On-Device AI",
            "Google משיקה את מודלי Gemma 4 לפיתוח AI במכשירים",
        ),
        ("Meta Delays Its Next Model Over Reasoning Concerns", "Meta דוחה את השקת המודל הבא שלה עקב חששות"),
    ]
    said = [
        "The company said so on Tuesday, in a note to its users.",
        "החברה אמרה זאת ביום שלישי, בהודעה למשתמשיה.",
    ]
    page = "# Your AI Latest Briefing\n\n" + "".join(
        # a company's name over each story: "Meta" is a company here, no metadata section
        f"{en.split()[0]}\n\n### {en}\n\n### {he}\n\n📅 April 4, 2026\n\n" + "\n\n".join(said) + "\n\n"
        for en, he in stories
    )
    records = read_capture(page)
    assert [{t.lang: t.text for t in r.texts if t.kind == "title"} for r in records] == [
        {"en": en, "he": he} for en, he in stories
    ]
    assert {tuple(t.lang for t in r.texts if t.kind == "summary") for r in records} == {("en", "he")}
    # the date on its line under the translated title is each story's
    assert {tuple(c.value for c in r.published_at) for r in records} == {("2026-04-04",)}


@pytest.mark.parametrize(
    ("line", "day"), [("📅 April 4, 2026", "2026-04-04"), ("📅 April 3, 2026 (Updated April 4)", None)]
)
def test_a_marked_date_line_under_a_storys_title_dates_it(line: str, day: str | None) -> None:
    story = [blocks.Block("heading", "Airport tram opens", level=3), blocks.Block("paragraph", line)]
    assert digest._date_line(story) == day


def test_a_line_of_counts_and_names_under_a_title_is_no_translation_of_it() -> None:
    title = "HN מתפוצץ סביב טענת ה-distillation נגד Alibaba"
    assert digest._line_in_two(title, blocks.Block("paragraph", "HN (752 pts) / r/it")) is None
    assert (
        digest._line_in_two(title, blocks.Block("paragraph", "HN erupts over the distillation claim"))
        is not None
    )


def test_one_list_of_bold_points_naming_no_outlet_is_no_digest_of_stories() -> None:
    points = [("Night service", FERRY), ("Tram", TRAM), ("Buses", BUS)]
    page = blocks.parse(_item_digest([("What changed", points)]), "text")
    adapter = extract.choose(page)
    assert adapter is None or len(adapter.extract(page)) <= 1


def test_paragraphs_each_followed_by_its_translation_give_the_original_and_the_translation() -> None:
    pairs = [
        (FERRY, "港口渡轮将从下周一起增加夜间班次，最后一班将于午夜前后离开码头。"),
        (TRAM, "机场有轨电车于周二开通，从中央车站出发的车程为二十五分钟。"),
        ("The line will run every ten minutes at peak hours, the operator said on Tuesday.", None),
        (BUS, "市议会决定今年购买四十辆电动公交车，以取代其柴油车队。"),
    ]
    text = "Source: https://news.example.com/transport-week\n\n" + "\n\n".join(
        f"{original}\n\n{translated}" if translated else original for original, translated in pairs
    )
    (record,) = read_capture(text)
    assert record.canonical_url == "https://news.example.com/transport-week"
    assert title_of(record) == FERRY  # the first line that is no label
    bodies = [(t.lang, t.origin, t.text.split("\n\n")) for t in record.texts if t.kind == "body"]
    assert bodies == [
        ("en", "original", [original for original, _ in pairs]),
        ("zh", "unknown", [translated for _, translated in pairs if translated]),
    ]
    assert summary_texts(record) == [] and "title_only" not in record.flags


def test_a_captured_bulletins_saved_at_line_set_as_a_heading_heads_no_story() -> None:
    rule = "=" * 40 + "\n"
    text = (
        f"{rule}BẢN TIN KINH TẾ NGÀY 05/08/2026\n{rule}"
        "Nguồn    : VIRA × MSB Research\n"
        "URL web  : https://vira.example.vn/ban-tin-05-08\n"
        f"Lưu lúc  : 03:55 05/08/2026\n{rule}\n"
        "[ TÓM TẮT ]\n"
        "Tại họp báo Chính phủ thường kỳ tháng 7, ngân hàng cho biết dư nợ tín dụng tăng 8,38%.\n\n"
        "TIN TRONG NƯỚC\n" + "-" * 40 + "\n\n### Thị trường ngoại tệ\n"
        "Phiên 04/08, ngân hàng niêm yết tỷ giá trung tâm ở mức 25.380 VND/USD, tăng 22 đồng.\n"
    )
    (record,) = read_capture(text)
    assert title_of(record) == "BẢN TIN KINH TẾ NGÀY 05/08/2026"
    summaries = [(t.lang, t.text[:20]) for t in record.texts if t.kind == "summary"]
    assert summaries == [("vi", "Tại họp báo Chính ph")]


def test_a_label_over_a_date_alone_is_a_field_not_a_title() -> None:
    assert digest._dates_a_field("Lưu lúc : 03:55 05/08/2026")
    assert digest._dates_a_field("Saved: 2026-08-05")
    assert not digest._dates_a_field("Fed holds rates: what 2026 brings")
    assert not digest._dates_a_field("Ferry adds a night service")


def test_a_scraped_list_of_linked_headlines_gives_a_story_per_headline() -> None:
    headlines = [
        ("HARBOUR FERRY ADDS A NIGHT SERVICE", "https://harbour.example.com/ferry-night"),
        ("AIRPORT TRAM OPENS TO PASSENGERS", "https://citypost.example.org/tram"),
        ("CITY BUYS FORTY ELECTRIC BUSES", "https://metro.example.net/buses"),
    ]
    links = "".join(f"<div><p><a href='{url}'>{title}</a><p></div>" for title, url in headlines)
    records = read_html_page(f"<html><body><h1>Latest News Articles</h1>{links}</body></html>")
    assert titles_and_urls(records) == headlines
    assert all("title_only" in r.flags for r in records)
    # the same links under a title that names no digest are a page's links, no stories
    page = blocks.parse(f"<html><body><h1>Transport links</h1>{links}</body></html>", "html")
    adapter = extract.choose(page)
    assert adapter is None or adapter.name != "generic_digest" or len(adapter.extract(page)) <= 1


@pytest.mark.parametrize(
    ("page", "day"),
    [
        (
            "# Le bac ajoute un service de nuit\n\nDate : 10/08/2026\nSource : https://port.example.fr/bac-nuit\n\n"
            "## Résumé\n\nLe bac du port circulera aussi la nuit à partir de lundi, un départ par heure.\n",
            "2026-08-10",
        ),
        (
            "# Harbour ferry adds a night service\n\nDate: 10/08/2026\nSource: https://harbour.example.com/f\n\n"
            f"## Summary\n\n{FERRY}\n",
            "2026-10-08",
        ),
    ],
)
def test_a_stated_date_reads_day_first_in_every_language_but_english(page: str, day: str) -> None:
    (record,) = read_capture(page)
    assert [c.value for c in record.published_at] == [day]


def test_a_title_over_its_date_names_an_issue_of_linked_titles_each_over_its_summary() -> None:
    cards = TRANSIT_STORIES
    body = "".join(
        f"<div class='article'><div class='title'><a href='{url}'>{title}</a></div>"
        f"<div class='summary'>{summary}</div></div>"
        for title, url, summary in cards
    )
    # "🚌 Transit" is no digest's name, but over a line that is its date (with its weekday) it names an issue
    records = read_html_page(
        f"<html><body><h1>🚌 Transit</h1><p>Domingo, 1 de marzo de 2026</p>{body}</body></html>"
    )
    assert titles_and_urls(records) == [(title, url) for title, url, _ in cards]
    assert [summary_texts(r) for r in records] == [[summary] for _, _, summary in cards]
    # the same cards under the title alone are one page's
    page = blocks.parse(f"<html><body><h1>🚌 Transit</h1>{body}</body></html>", "html")
    adapter = extract.choose(page)
    assert adapter is None or adapter.name != "generic_digest" or len(adapter.extract(page)) <= 1


def test_a_view_original_link_under_a_story_is_its_link_not_the_sites_chrome() -> None:
    stories = "".join(
        f"<h3>{n}. {title}</h3><p>2026-01-26 Harbour Times</p><p>{summary}</p>"
        f"<p><a href='{url}'>{view}</a></p>"
        for n, (title, url, summary), view in zip(
            range(1, 4),
            TRANSIT_STORIES,
            ["查看原文", "View Official Source →", "Read original"],
            strict=True,
        )
    )
    records = read_html_page(f"<html><body><h1>Transit Weekly</h1>{stories}</body></html>")
    assert [r.canonical_url for r in records] == [
        "https://harbour.example.com/ferry-night",
        "https://citypost.example.org/tram",
        "https://metro.example.net/buses",
    ]


def test_top_picks_told_again_in_their_sections_and_a_trailing_link_label_out_of_the_title() -> None:
    def story(title: str, url: str, summary: str) -> str:
        return f"<h3>{title} <a href='{url}'>[Link]</a></h3><p>{summary}</p>"

    ferry, tram, bus = TRANSIT_STORIES
    dock = (
        "New dock opens at the harbour",
        "https://harbour.example.com/dock",
        "The new dock opened on Monday.",
    )
    bridge = (
        "Bridge repairs end early",
        "https://citypost.example.org/bridge",
        "Repairs ended a week early.",
    )
    markup = (
        "<html><body><h1>☕ Morning Transit Brief</h1><p>Thursday, May 14, 2026</p>"
        f"<p>⭐ Top Picks</p>{story(*ferry)}{story(*tram)}"
        f"<p>🚢 Harbour</p>{story(*ferry)}{story(*dock)}<p>🚆 Rail and road</p>"
        f"{story(*tram)}{story(*bus)}{story(*bridge)}</body></html>"
    )
    records = read_html_page(markup)
    assert titles_and_urls(records) == [(t, u) for t, u, _ in (ferry, tram, ferry, dock, tram, bus, bridge)]


def test_a_heading_that_only_scores_its_story_is_titled_by_the_bold_line_under_it() -> None:
    items = "".join(
        f"### {n}. Оценка: {score}/10\n**{title}**\n\n**Источник:** outlet\n**Ссылка:** [{url}]({url})\n\n"
        for n, (score, title, url) in enumerate(
            [
                ("9.8", "ФРС США повысила ключевую ставку", "https://news.example.com/fed"),
                ("8.5", "ЕЦБ объявил о новом пакете мер", "https://news.example.com/ecb"),
                ("8.2", "Банк России сохранил ставку", "https://news.example.com/cbr"),
            ],
            1,
        )
    )
    records = read_capture(f"# Сводка новостей недели\n\n## Топ новости по важности:\n\n{items}")
    assert titles_and_urls(records) == [
        ("ФРС США повысила ключевую ставку", "https://news.example.com/fed"),
        ("ЕЦБ объявил о новом пакете мер", "https://news.example.com/ecb"),
        ("Банк России сохранил ставку", "https://news.example.com/cbr"),
    ]


def test_card_titles_over_their_outlets_linked_with_an_arrow_are_the_stories() -> None:
    cards = [
        ("Harbour ferry adds a night service", "https://harbour.example.com/ferry-night", "Harbour Times"),
        ("Airport tram opens", "https://citypost.example.org/tram", "City Post"),
        ("Forty electric buses for the city", "https://metro.example.net/buses", "Metro Weekly"),
    ]
    body = "".join(
        f"<div class='deal'><p>Transport</p><p>{title}</p>"
        f"<p><a href='{url}'>{outlet} →</a></p><p>Today</p></div>"
        for title, url, outlet in cards
    )
    records = read_html_page(f"<html><body><p>Transit Weekly · Issue 9</p>{body}</body></html>")
    assert titles_and_urls(records) == [(title, url) for title, url, _ in cards]


def test_a_bracketed_date_in_words_after_a_story_title_is_its_date() -> None:
    items = "".join(
        f"## {title} ({day}) [link]({url})\n\n{summary}\n\n"
        for title, day, url, summary in [
            ("Veerpont vaart ook 's nachts", "13 juni 2025", "https://haven.example.nl/veer", FERRY),
            ("Tram naar het vliegveld rijdt", "12 juni 2025", "https://stad.example.nl/tram", TRAM),
            ("Veertig elektrische bussen", "11 juni 2025", "https://metro.example.nl/bus", BUS),
        ]
    )
    records = read_capture(f"# Nieuwsoverzicht AI\n\n{items}")
    assert titles_and_urls(records) == [
        ("Veerpont vaart ook 's nachts", "https://haven.example.nl/veer"),
        ("Tram naar het vliegveld rijdt", "https://stad.example.nl/tram"),
        ("Veertig elektrische bussen", "https://metro.example.nl/bus"),
    ]
    assert [[c.value for c in r.published_at] for r in records] == [
        ["2025-06-13"],
        ["2025-06-12"],
        ["2025-06-11"],
    ]


def test_stories_that_read_more_on_the_digests_own_pages_each_with_its_title_translated() -> None:
    stories = [
        ("Harbour ferry adds a night service", "港口渡轮增开夜间航班", "/news/0a1b2c", FERRY),
        ("Airport tram opens", "机场有轨电车开通", "/news/3d4e5f", TRAM),
        ("Forty electric buses for the city", "市政府采购四十辆电动公交车", "/news/6a7b8c", BUS),
    ]
    items = "".join(
        f"### {title}\n{translated}\n{summary}\n\n[Read more →]({page})\n\n---\n\n"
        for title, translated, page, summary in stories
    )
    records = read_capture(f"---\ntitle: AI News Daily - 2026-05-05\n---\n\n## Hacker News\n\n{items}")
    assert [[(t.kind, t.text) for t in r.texts if t.kind == "title"] for r in records] == [
        [("title", title), ("title", translated)] for title, translated, _, _ in stories
    ]
    assert [summary_texts(r) for r in records] == [[summary] for _, _, _, summary in stories]
    # a page of the digest's own site is no original's address
    assert [r.canonical_url for r in records] == [None, None, None]


def test_an_articles_own_linked_headings_around_its_text_are_no_stories() -> None:
    body = "".join(f"<p>{text}</p>" for text in (FERRY, TRAM, BUS) * 3)
    markup = (
        "<html><body><h4><a href='https://hacks.example.org'>hacks.example.org Home</a></h4>"
        "<ul><li><a href='https://hacks.example.org/articles/'>Articles</a></li></ul>"
        f"<h1>This API is so Fetching!</h1><p>on March 10, 2015 by Nikhil Roe</p>{body}"
        "<h3>About the Author</h3><h4><a href='https://hacks.example.org/author/roe/'>Nikhil Roe</a></h4>"
        "<p>Nikhil works on Web APIs.</p></body></html>"
    )
    page = blocks.parse(markup, "html")
    adapter = extract.choose(page)
    assert adapter is not None and adapter.name != "generic_digest"


def test_a_copy_of_an_article_linking_its_original_gives_its_text_as_the_original_not_a_summary() -> None:
    paragraphs = [
        f"{FERRY} {TRAM} {BUS} That was the council's {n}th statement this year." for n in range(1, 10)
    ]
    body = "".join(f"<p>{text}</p>" for text in paragraphs)
    markup = (
        "<html><body><h1>Harbour ferry adds a night service</h1>"
        "<p>📅 2026-06-28 07:58 <a href='https://www.bbc.com/news/articles/ce9582'>🔗 阅读原文</a>"
        f" <a href='../../index.html'>🔙 返回日历</a></p>{body}</body></html>"
    )
    (record,) = read_html_page(markup)
    assert record.canonical_url == "https://www.bbc.com/news/articles/ce9582"
    assert [(t.kind, t.origin) for t in record.texts if t.kind != "title"] == [("body", "original")]
    assert next(t.text for t in record.texts if t.kind == "body") == "\n\n".join(paragraphs)
    # two paragraphs under the same head are the aggregator's summary of it
    (short,) = read_html_page(markup.replace(body, "".join(f"<p>{text}</p>" for text in paragraphs[:2])))
    assert [(t.kind, t.origin) for t in short.texts if t.kind != "title"] == [
        ("summary", "machine_generated")
    ]


def test_a_date_before_a_linked_title_dates_the_story_and_a_details_link_titles_none() -> None:
    dated = "".join(
        f"<p><strong>{day}</strong> <a href='{url}'>{title}</a></p>"
        for day, title, url in [
            ("2025-10-14", "Harbour ferry adds a night service", "https://harbour.example.com/ferry-night"),
            ("2025-10-15", "Airport tram opens", "https://citypost.example.org/tram"),
            ("2025-10-17", "Forty electric buses for the city", "https://metro.example.net/buses"),
        ]
    )
    records = read_html_page(f"<html><body><h1>Transit weekly news</h1><h3>Posts</h3>{dated}</body></html>")
    assert [(title_of(r), [c.value for c in r.published_at]) for r in records] == [
        ("Harbour ferry adds a night service", ["2025-10-14"]),
        ("Airport tram opens", ["2025-10-15"]),
        ("Forty electric buses for the city", ["2025-10-17"]),
    ]
    cards = "".join(
        f"<h3>{title}</h3><p><a href='{url}'>详情</a></p><p>{summary}</p><p>#交通 #城市</p>"
        for title, url, summary in [
            (
                "港口渡轮增开夜间航班",
                "https://harbour.example.com/ferry-night",
                "港口渡轮自周一起每小时开出一班夜间航班。",
            ),
            (
                "机场有轨电车开通",
                "https://citypost.example.org/tram",
                "机场有轨电车周二开通，全程二十五分钟。",
            ),
            (
                "市政府采购四十辆电动公交车",
                "https://metro.example.net/buses",
                "市议会决定今年采购四十辆电动公交车。",
            ),
        ]
    )
    records = read_html_page(f"<html><body><h1>AI Daily</h1><h2>交通</h2>{cards}</body></html>")
    assert [title_of(r) for r in records] == [
        "港口渡轮增开夜间航班",
        "机场有轨电车开通",
        "市政府采购四十辆电动公交车",
    ]


def test_a_later_section_telling_stories_again_under_their_titles_without_links() -> None:
    def story(title: str, url: str | None, said: str) -> str:
        heading = f"<a href='{url}'>{title}</a>" if url else title
        return f"<h3>{heading}</h3><p>{said}</p>"

    (ferry, tram, bus) = TRANSIT_STORIES
    again = "".join(
        story(title, None, "Track whether follow-up coverage confirms it.") for title, _, _ in (ferry, tram)
    )
    sections = (
        f"<h2>Transport</h2>{story(*ferry)}{story(*tram)}"
        f"<h2>Emerging Signals</h2>{again}<h2>Roads</h2>{story(*bus)}"
    )
    records = read_html_page(f"<html><body><h1>Daily Brief</h1>{sections}</body></html>")
    assert titles_and_urls(records) == [
        (ferry[0], ferry[1]),
        (tram[0], tram[1]),
        (ferry[0], None),
        (tram[0], None),
        (bus[0], bus[1]),
    ]


def test_a_table_title_cell_loses_the_link_to_its_discussion() -> None:
    rows = "".join(
        f"| **[{title}]({url})** — [HN Discussion](https://news.ycombinator.com/item?id={n})"
        f" | {n} | {summary} |\n"
        for n, (title, url, summary) in enumerate(TRANSIT_STORIES, 48281226)
    )
    records = read_capture(
        "# Hacker News Transit Digest 2026-05-27\n\n"
        f"| Title | Score | Summary |\n|-------|-------|---------|\n{rows}"
    )
    assert titles_and_urls(records) == [(title, url) for title, url, _ in TRANSIT_STORIES]


def test_a_summary_label_glossed_by_another_and_quotes_each_with_its_translation() -> None:
    quotes = [
        (
            "The ferry will run every hour through the night, starting on Monday.",
            "从周一开始，港口渡轮将在整个夜间每小时开出一班，方便夜班工人回家。",
        ),
        (
            "The tram takes twenty-five minutes from the central station to the airport.",
            "从中央车站乘坐新开通的有轨电车到机场只需要二十五分钟左右的时间。",
        ),
        (
            "Forty electric buses will replace the diesel fleet by the end of the year.",
            "到今年年底，四十辆新的电动公交车将全部取代城市现有的柴油公交车队。",
        ),
    ]
    page = (
        "# 解读：城市交通的新变化\n\n"
        "> 本文是对 [《Transit report》](https://transit.example.org/report) 的核心观点解读。\n\n"
        "## 一句话总结 (TL;DR)\n\n城市交通正从柴油转向电动，夜间服务也在扩展，市民出行将更加便利。\n\n"
        "## 核心观点\n\n"
        + "".join(f"- **要点{n}**：{said}\n" for n, (_, said) in enumerate(quotes, 1))
        + "- **影响**：市民出行时间将缩短，夜间通勤更加安全，城市空气质量也会得到改善。\n"
        + "- **挑战**：电动公交车的充电设施建设需要时间，夜间航班的运营成本也较高。\n"
        + "".join(
            f"- **{label}**：{said}\n"
            for label, said in [
                ("现状", "大多数市民仍然依靠私家车出行，公共交通的分担率只有三成左右，高峰时段拥堵严重。"),
                ("差距", "夜间公共交通几乎空白，凌晨时段的出行需求只能依靠出租车和网约车来满足。"),
                ("趋势", "电动化和全天候服务正成为各大城市公共交通改革的共同方向，投资逐年增加。"),
                ("建议", "市政府应当同步建设充电网络，并通过票价优惠鼓励市民在夜间使用公共交通。"),
            ]
        )
        + "\n"
        "## 金句摘录\n\n" + "".join(f'> "{quote}"\n> （{said}）\n\n' for quote, said in quotes)
    )
    (record,) = read_capture(page)
    assert summary_texts(record) == ["城市交通正从柴油转向电动，夜间服务也在扩展，市民出行将更加便利。"]
    # three quotes each with its translation are no article given paragraph by paragraph
    assert not any(t.kind == "body" for t in record.texts)


FEED_STORIES = [
    (
        "Ferry adds a night service to the islands",
        "2025-07-12 04:01",
        "The harbour ferry will run every hour through the night from Monday.",
        "https://news.example.org/2025/07/12/ferry-night-service",
    ),
    (
        "Tram line to the airport opens on Friday",
        "2025-07-12 03:08",
        "The new tram takes twenty-five minutes from the central station to the airport.",
        "https://news.example.org/2025/07/11/airport-tram",
    ),
    (
        "Electric buses replace the diesel fleet",
        "2025-07-11 21:54",
        "Forty electric buses will replace the city's diesel fleet by the end of the year.",
        "https://news.example.org/2025/07/11/electric-buses",
    ),
]


def test_a_text_feed_digest_titles_each_story_over_its_dateline_not_by_its_read_more_line() -> None:
    rule = "-" * 80
    page = "🗞️ Daily News Digest — 2025-07-12\n\n\n🔷 City Desk\n\n" + "".join(
        f"{title}\n🕒 Published: {when}\n{said}\nMore on that later.\n🔗 Read more: {url}\n{rule}\n"
        for title, when, said, url in FEED_STORIES
    )
    records = read_capture(page)
    assert titles_and_urls(records) == [(title, url) for title, _, _, url in FEED_STORIES]
    assert [[c.value for c in r.published_at] for r in records] == [
        [when.replace(" ", "T")] for _, when, _, _ in FEED_STORIES
    ]
    assert summary_texts(records[0])[0].startswith(FEED_STORIES[0][2])


def test_an_icon_over_a_cards_heading_is_no_part_of_the_summary() -> None:
    page = (
        "# 港口渡轮开通夜间航班\n\n来源：[Harbour News](https://harbour.example.org/news/ferry-night)\n\n"
        "## 概要\n\n⚖\n\n### 夜间航班\n\n港口渡轮从周一开始整夜每小时开出一班，方便夜班工人回家。\n\n"
        "📚\n\n### 票价\n\n夜间航班的票价与白天相同，月票也可以使用。\n"
    )
    (record,) = read_capture(page)
    assert summary_texts(record) == [
        "港口渡轮从周一开始整夜每小时开出一班，方便夜班工人回家。",
        "夜间航班的票价与白天相同，月票也可以使用。",
    ]


def test_korean_daily_news_titles_and_placeholders_and_front_matter_times() -> None:
    cards = [
        ("🔥 항구 페리, 야간 운항 시작", "https://news.example.kr/article/1001"),
        ("🚋 공항 트램 노선 금요일 개통", "https://news.example.kr/article/1002"),
    ]
    page = "# AI.Do 일일뉴스\n\n2025년 8월 4일 (월)\n\n" + "".join(
        f"### [{title}]({url})\n\n항구와 공항을 잇는 새로운 교통 소식입니다. 출퇴근이 편해집니다.\n\n"
        for title, url in cards
    )
    # the issue's own tips, longer than its stories, under a heading with no link
    page += "## 💡 오늘의 팁\n\n" + "".join(
        f"{n}. 출퇴근 시간에는 대중교통 앱으로 실시간 도착 정보를 확인하고, "
        "환승 경로를 미리 저장해 두면 편리합니다.\n\n"
        for n in range(1, 6)
    )
    # (each title less the marker before it)
    assert titles_and_urls(read_capture(page)) == [(title.split(" ", 1)[1], url) for title, url in cards]
    (record,) = read_capture(
        "---\ntitle: 항구 페리, 야간 운항 시작\nfetched_at: 2026-05-23T15:50:29Z\n---\n\n"
        "- Original source: [news.example.kr](https://news.example.kr/article/1001)\n\n"
        "## 요약\n\n_(요약 없음)_\n\n## 본문\n\n- 항구 페리가 월요일부터 밤새 매시간 운항한다\n"
        "- 야간 요금은 주간 요금과 같다\n"
    )
    assert record.canonical_url == "https://news.example.kr/article/1001"
    assert "summary_failed" in record.flags and summary_texts(record) == []
    assert record.cached_at == "2026-05-23T15:50:29Z"


def test_a_french_tech_watch_titles_each_story_by_its_bold_name_in_brackets() -> None:
    items = [
        (
            "Cloudflare et Matrix",
            "Tech.lgbt",
            "Débat sur Matrix chez Cloudflare",
            "https://social.example.com/matrix/1",
        ),
        (
            "Cloud européen",
            "Berthub",
            "Comment accéder au cloud européen",
            "https://berthub.example.eu/cloud",
        ),
        (
            "Golden Ratio",
            "Geometrycode",
            "Dérivation graphique du nombre d'or",
            "https://geometry.example.com/ratio",
        ),
    ]
    page = "# 🔍 Veille Tech - 28/01/2026 08:19\n\n" + "".join(
        f"- **[{title}]** ({outlet}) - {said} → [Lien]({url})\n" for title, outlet, said, url in items
    )
    assert titles_and_urls(read_capture(page)) == [(title, url) for title, _, _, url in items]


def test_a_reposted_weibo_item_gives_its_topics_as_tags_and_its_original_text_as_body() -> None:
    post = "港口渡轮从周一开始整夜每小时开出一班，方便夜班工人回家。市政府表示，夜间航班的票价与白天相同。"
    page = (
        f"# #港口渡轮##夜间航班#{post[:30]}...\n\n**URL**: https://weibo.com/1234567890/AbCdEf\n\n"
        f"## 原始摘要\n\n#港口渡轮##夜间航班# {post}\n\n"
        "## AI 摘要\n\n港口渡轮开通夜间航班，整夜每小时一班，票价与白天相同。\n\n"
        "## 元数据\n\n- **保存时间**: 2025-06-11T16:02:43Z\n"
    )
    (record,) = read_capture(page)
    assert title_of(record) == f"{post[:30]}..."
    assert [tag.text for tag in record.tags] == ["港口渡轮", "夜间航班"]
    assert [(t.kind, t.origin) for t in record.texts if t.kind in ("summary", "body")] == [
        ("summary", "machine_generated"),
        ("body", "original"),
    ]
    assert record.cached_at == "2025-06-11T16:02:43Z"


def test_a_traditional_chinese_summary_names_its_source_under_its_data_sources_heading() -> None:
    page = (
        '---\nlayout: post\ntitle: "港口渡輪開通夜間航班"\ndate: 2026-01-28 23:00:00\nlang: zh\n---\n\n'
        "港口渡輪從週一開始整夜每小時開出一班，方便夜班工人回家。\n\n"
        "### 資料來源\n* [Harbour News](https://harbour.example.org/news/ferry-night)\n"
    )
    (record,) = read_capture(page)
    assert record.canonical_url == "https://harbour.example.org/news/ferry-night"


def test_a_digest_titled_by_the_original_in_its_front_matter_gives_its_own_heading_as_a_title_too() -> None:
    page = (
        '---\ntitle: "Harbour ferry adds a night service"\n'
        'source_url: "https://harbour.example.org/news/ferry-night"\n---\n\n'
        "# 港のフェリーが夜間運航を開始 — 夜勤の人に朗報\n\n## 要約\n"
        "港のフェリーが月曜日から一晩中、毎時運航する。夜勤の労働者が帰宅しやすくなる。\n"
    )
    (record,) = read_capture(page)
    assert {t.lang: t.text for t in record.texts if t.kind == "title"} == {
        "en": "Harbour ferry adds a night service",
        "ja": "港のフェリーが夜間運航を開始 — 夜勤の人に朗報",
    }


def test_a_summary_page_names_its_original_by_the_address_under_its_title() -> None:
    page = (
        "## 港のフェリーが夜間運航を開始\n\nhttps://harbour.example.org/news/ferry-night\n\n"
        "**Original Title**: Harbour ferry adds a night service\n\n"
        "港のフェリーが月曜日から一晩中、毎時運航する。夜勤の労働者が帰宅しやすくなる。\n\n"
        "**Topics**: [[Ferries, Night service]]\n"
    )
    (record,) = read_capture(page)
    assert record.canonical_url == "https://harbour.example.org/news/ferry-night"
    assert {t.lang: t.text for t in record.texts if t.kind == "title"} == {
        "ja": "港のフェリーが夜間運航を開始",
        "en": "Harbour ferry adds a night service",
    }
    assert [tag.text for tag in record.tags] == ["Ferries", "Night service"]


def test_numbered_story_headings_lose_their_points_and_brackets() -> None:
    page = "# GeekNews 딥 다이제스트\n\n" + "".join(
        f"### {n}. [{title}] ({points}pts)\n\n- 원문: [{title}]({url})\n"
        "- 요약: 항구와 공항을 잇는 새로운 교통 소식입니다.\n\n"
        for n, (title, points, url) in enumerate(
            [
                (
                    "CodeBoarding - 코드베이스용 아키텍처 다이어그램",
                    26,
                    "https://github.com/example/codeboarding",
                ),
                ("좋아하는 개발자 도구는 무엇인가요?", 52, "https://news.example.kr/topic?id=29937"),
            ],
            1,
        )
    )
    assert [title_of(r) for r in read_capture(page)] == [
        "CodeBoarding - 코드베이스용 아키텍처 다이어그램",
        "좋아하는 개발자 도구는 무엇인가요?",
    ]


def test_story_headings_lose_the_stars_and_scores_after_their_titles() -> None:
    page = (
        "# GitHub 本周热门\n\n"
        "### 1. Hunyuan3D-Omni ⭐ 280\n\n- **GitHub**: [Tencent/Hunyuan3D-Omni](https://github.com/example/hunyuan)\n"
        "- 3D 生成模型，支持多种输入条件。\n\n"
        "### 2. [Agent 真正的护城河](https://mp.example.cn/s?id=1) — 86/100\n\n"
        "- 记忆资产比工具更重要，代理的价值在于积累。\n\n"
        "### 3. [iPhone 16 review: 9/10](https://reviews.example.com/iphone-16)\n\n"
        "- 评测给出的分数是标题的一部分。\n\n"
        # (a star drawn as an emoji, U+2B50 U+FE0F, before a score out of ten)
        "### 4. [开发者创建用于多样化肤色生成的色彩空间](https://color.example.io/space/) ⭐️ 8.0/10\n\n"
        "- 一种简单的算法与色彩空间。\n\n"
        # (and in brackets)
        "### 5. [Meta发布Muse Spark](https://aiera.example.cn/89410/) [⭐ 9.0/10]\n\n- 新模型发布。\n"
    )
    assert [title_of(r) for r in read_capture(page)] == [
        "Hunyuan3D-Omni",
        "Agent 真正的护城河",
        "iPhone 16 review: 9/10",
        "开发者创建用于多样化肤色生成的色彩空间",
        "Meta发布Muse Spark",
    ]


def test_a_stories_original_title_labelled_yuan_biaoti_is_its_english_title() -> None:
    page = "# Horizon Summary: 2026-08-05 (ZH)\n\n" + "".join(
        f"## [{zh}](https://{host}/post) ⭐️ 8.0/10\n\n**原标题**: [{en}](https://{host}/post)\n\n"
        f"{zh}，社区对此展开了讨论。\n\n"
        for zh, en, host in [
            (
                "Xbox 宕机导致光盘游戏无法启动",
                "Xbox goes down. You can't play games you own on disc",
                "a.example",
            ),
            (
                "Waymo 在达拉斯开放无人驾驶服务",
                "Waymo opens its service to all riders in Dallas",
                "b.example",
            ),
        ]
    )
    first, second = read_capture(page)
    assert {t.lang: t.text for t in first.texts if t.kind == "title"} == {
        "zh": "Xbox 宕机导致光盘游戏无法启动",
        "en": "Xbox goes down. You can't play games you own on disc",
    }
    assert {t.lang for t in second.texts if t.kind == "title"} == {"zh", "en"}


def test_a_periodicals_numbered_issue_names_a_digest() -> None:
    stories = [
        ("Premier powołał Radę Przyszłości – nowy impuls dla AI", "https://news.example.pl/rada-przyszlosci"),
        ("Perplexity Model Council – trzy modele naraz", "https://news.example.pl/model-council"),
        ("Cowork trafia na Windowsa", "https://news.example.pl/cowork-windows"),
    ]
    page = "PrzeglądAI #7: AI podczas Super Bowl\n\n" + "".join(f"🔹 {t}: {u}\n\n" for t, u in stories)
    assert titles_and_urls(read_capture(page)) == stories
    assert not digest.names_a_digest("Python #1 language in 2026")


@pytest.mark.parametrize("title", ["OpenAI最新ニュース", "AI 最新新闻", "반도체 최신 뉴스"])
def test_latest_news_in_cjk_names_a_digest_of_linked_items(title: str) -> None:
    stories = [
        ("Airport tram opens to passengers", "https://citypost.example.org/tram"),
        ("Council buys forty electric buses", "https://metro.example.com/buses"),
        ("Harbour ferry adds a night service", "https://harbour.example.com/ferry"),
    ]
    page = f"# {title}\n\n" + "".join(f"- [{t}]({u})\n  - {TRAM}\n" for t, u in stories)
    assert titles_and_urls(read_capture(page)) == stories


@pytest.mark.parametrize(
    ("source", "url"),
    [
        # a headline linked to a home page: the article's path was lost, the home is no address of it
        (
            "[Boing Boing: Britannica sues OpenAI for scraping nearly 100,000 articles](https://boingboing.net)",
            None,
        ),
        # a site's name linked home: the story may be about the site
        ("[Harbour Times](https://harbour.example.com/)", "https://harbour.example.com/"),
    ],
)
def test_a_headline_linked_to_a_home_page_names_no_address(source: str, url: str | None) -> None:
    page = (
        "# Britannica が OpenAI を提訴\n\n## 概要\n\n"
        "百科事典の記事約 10 万件を無断で学習に使ったとして訴えた。\n\n"
        f"**出典:**\n\n{source}\n"
    )
    (record,) = read_capture(page)
    assert record.canonical_url == url


def test_an_outlet_before_a_title_in_japanese_quotes_is_its_publisher() -> None:
    items = [
        ("TechCrunch AI", "OpenAI barrels toward IPO", "https://news.example.com/2026/05/21/openai-ipo/"),
        (
            "ITmedia AI",
            "Gemini 3.5登場　軽量モデルは一部3.1 Pro超え",
            "https://news.example.jp/articles/news098.html",
        ),
        ("MIT Tech Review", "Here's why the suit was lost", "https://review.example.com/2026/05/20/verdict/"),
    ]
    page = "# AIニュース日報\n\n## 参考ソース\n\n" + "".join(f"- {o}「{t}」 {u}\n" for o, t, u in items)
    records = read_capture(page)
    assert titles_and_urls(records) == [(t.replace("\u3000", " "), u) for _, t, u in items]
    assert [r.publisher.value for r in records if r.publisher] == [o for o, _, _ in items]
    # a Chinese headline quotes a phrase so, and keeps it
    chinese = read_capture(
        "# 每日简报\n\n- 海澜之家与阿迪达斯「抱团取暖」 https://news.example.cn/p/1\n"
        "- 机场有轨电车周五开通 https://news.example.cn/p/2\n"
    )
    assert title_of(chinese[0]) == "海澜之家与阿迪达斯「抱团取暖」"


CURRENT_EVENTS = [
    (
        "Muslim man stabbed in Utah over his religion, police say",
        "Guardian World",
        "https://news.example.com/us/2026/jul/15/utah-stabbing",
    ),
    (
        "Iran threatens to halt Middle East energy exports",
        "Guardian World",
        "https://news.example.com/world/2026/jul/15/iran-exports",
    ),
    (
        "Pakistan and Taliban exchange blame over border tensions",
        "Le Monde",
        "https://monde.example.fr/international/article/2026/07/15/pakistan",
    ),
    (
        "Bangkok bar fire death toll rises to 30",
        "Guardian World",
        "https://news.example.com/world/2026/jul/14/bangkok-fire",
    ),
    (
        "China's economy grows at 4.3%, among its lowest on record",
        "Fortune",
        "https://fortune.example.com/2026/07/15/china-growth/",
    ),
]


def test_a_current_events_page_gives_a_story_per_item_citing_its_outlet() -> None:
    first, *rest = CURRENT_EVENTS
    lines = [f"• {title} ([{outlet}]({url})).  " for title, outlet, url in CURRENT_EVENTS]
    # an article filed under a second topic too is one story
    again = f"• {first[0]} ([{first[1]}]({first[2]})).  "
    page = "July 15, 2026  \n\n**Armed conflicts**  \n" + "\n".join(lines[:3]) + "\n\n**Economy**  \n"
    page += "\n".join([*lines[3:], again]) + "\n"
    records = read_capture(page)
    assert titles_and_urls(records) == [(title, url) for title, _, url in CURRENT_EVENTS]
    assert [r.publisher.value for r in records] == [outlet for _, outlet, _ in CURRENT_EVENTS]
    assert {r.digest_date for r in records} == {"2026-07-15"}
    # items that cite no outlet's article (a link list of home pages) are no such page
    homes = "\n".join(
        f"- {title} ([{outlet}](https://{outlet[:4].lower()}.example.com/))" for title, outlet, _ in rest
    )
    listed = blocks.parse("Links  \n\n" + homes + "\n- Tokyo ([Metro](https://metro.example.com/))\n", "text")
    assert digest._outlet_cited_items(list(listed.blocks)) is None


AGRI_BRIEF = [
    (
        "卫星公司获上调至买入评级",
        "分析机构将其评级由持有上调至买入，股价近四周累计下跌后被判断存在反转机会。",
        "Yahoo Finance",
    ),
    (
        "欧洲首枚私人火箭入轨",
        "欧洲民营航天首次实现轨道级发射，对欧洲自主对地观测能力有间接意义。",
        "SingularityHub",
    ),
    (
        "尼日利亚启动粮食安全计划应对洪涝与干旱",
        "州政府针对洪水与干旱双重胁迫推出专项粮食安全行动。",
        "PM News",
    ),
    ("美国特拉华州干旱监视仍生效", "州级干旱监测持续，北部情况有所改善但整体预警未解除。", "WDEL"),
    (
        "密歇根州新县确认发现斑衣蜡蝉",
        "入侵害虫在美国密歇根州继续扩散至新县，属病虫害监测动态。",
        "Big Rapids Pioneer",
    ),
]


def agri_item(n: int, title: str, told: str, outlet: str) -> str:
    return f'<p>{n}. {title}。{told} <a href="https://news.example.com/a/{n}">{outlet}</a></p>'


def test_numbered_paragraphs_each_closed_by_its_outlets_link_are_stories_titled_by_their_first_sentence() -> (
    None
):
    items = [agri_item(n, *story) for n, story in enumerate(AGRI_BRIEF, 1)]
    page = (
        "<html><body><p>Agri Intelligence</p><h1>农业遥感情报中心</h1><p>2026-09-10</p>"
        '<p><a href="/">今日简报</a> <a href="/archive/">历史归档</a></p>'
        "<h2>【产业界】</h2>"
        + "".join(items[:2])
        + "<h2>【政府部门】</h2>"
        + "".join(items[2:])
        + "</body></html>"
    )
    records = read_html_page(page)
    assert titles_and_urls(records) == [
        (title, f"https://news.example.com/a/{n}") for n, (title, _, _) in enumerate(AGRI_BRIEF, 1)
    ]
    assert [r.publisher.value for r in records if r.publisher] == [outlet for *_, outlet in AGRI_BRIEF]
    assert [next(t.text for t in r.texts if t.kind == "summary") for r in records] == [
        told for _, told, _ in AGRI_BRIEF
    ]
    assert {r.digest_date for r in records} == {"2026-09-10"}


def test_an_articles_numbered_references_closed_by_their_journals_link_are_no_stories() -> None:
    body = "".join(
        f"<p>{'The drought monitor shows how soil moisture fell across the plains this summer. ' * 6}</p>"
        for _ in range(6)
    )
    references = "".join(agri_item(n, *story) for n, story in enumerate(AGRI_BRIEF, 1))
    page = f"<html><body><h1>How the drought spread</h1>{body}<h2>References</h2>{references}</body></html>"
    assert digest._outlet_cited_items(list(blocks.parse(page, "html").blocks)) is None


def test_a_digests_paragraph_stories_over_their_source_lines_each_name_an_outlet() -> None:
    stories = [
        (
            "カナダと中国が関係修復へ",
            "両首脳が北京で会談し、外交関係を強化する方針を打ち出した。",
            "Financial Times（国際ニュース・政治） 0",
        ),
        (
            "Cloudflare、大規模障害を謝罪",
            "約25分間の障害で複数のサイトに影響が出た。CTOが再発防止を約束した。",
            "The Guardian（テクノロジー） 1",
        ),
        ("米大統領の新外交戦略", "自国重視の外交政策を推進すると宣言した。", "The Australian（国際政治） 2"),
    ]
    body = "".join(
        f'<div class="article"><div class="title">{t}</div><div class="summary">{s}</div>'
        f'<div class="source">出典: {o}</div></div>'
        for t, s, o in stories
    )
    records = read_html_page(
        f"<html><head><title>AIニュースまとめ</title></head><body><h1>AIニュースまとめ</h1>{body}</body></html>"
    )
    assert [title_of(r) for r in records] == [t for t, _, _ in stories]
    assert [summary_texts(r) for r in records] == [[s] for _, s, _ in stories]
    assert [r.publisher.value for r in records] == ["Financial Times", "The Guardian", "The Australian"]


def test_a_heading_over_one_line_labels_that_value() -> None:
    page = (
        "# ni-manager-ni-contributeur-2025-06-23\n\n## Veille\nCareer paths - AI impact\n\n"
        "## URL\nhttps://blog.example.fr/2025/06/23/ni-manager/\n\n## Date\n2025-06-23\n\n"
        "## Authors\nNicolas Martignole\n\n## Résumé\n\n"
        "L'article explore l'évolution des parcours de carrière des développeurs en 2025.\n"
    )
    (record,) = read_capture(page)
    assert record.canonical_url == "https://blog.example.fr/2025/06/23/ni-manager/"
    assert [c.value for c in record.published_at] == ["2025-06-23"]
    assert record.authors == ["Nicolas Martignole"]


def test_a_short_cjk_heading_ending_in_related_articles_lists_no_stories() -> None:
    related = "".join(
        f"- [{t}](https://sister.example.jp/blog/{n}) — auto-blog\n"
        for n, t in enumerate(
            [
                "動画アップスケーリングAI比較7選",
                "AI動画生成ツール比較2026年版",
                "高画質化ツールを徹底検証した",
            ]
        )
    )
    page = (
        "# 4D Gaussian Splattingとは？通常動画から3Dを再構成\n\n## 3行まとめ\n\n"
        "- 通常動画から3D空間を再構成する\n- 撮影していない角度も再生できる\n\n"
        "## ニュースの中身\n\nRedditで4D Gaussian Splattingという技術が話題になった。"
        "平面の映像を立体化する。\n\n"
        f"## 関連する記事\n\n### 姉妹サイトの関連記事\n\n{related}"
    )
    (record,) = read_capture(page)
    assert title_of(record) == "4D Gaussian Splattingとは？通常動画から3Dを再構成"
    assert digest._heading_role("姉妹サイトの関連記事", frozenset()) == "related"
    assert digest._heading_role("OpenAIが新モデルを発表した関連記事の一覧とその背景", frozenset()) is None


def test_a_digests_headline_that_links_nothing_among_linked_ones_is_a_story_too() -> None:
    linked = [
        ("OpenAI lance Aardvark, un agent pour la sécurité du code", "https://openai.example.com/aardvark"),
        ("Nvidia devient la première entreprise à 5 000 milliards", "https://news.example.com/nvidia-5t"),
        ("Microsoft lance App Builder dans Copilot", "https://blog.example.com/app-builder"),
        ("DeepSeek-OCR : compression optique pour les LLM", "https://arxiv.example.org/abs/2510.18234"),
        ("OpenAI complète sa transition vers le profit", "https://letter.example.com/p/openai-profit"),
    ]
    stories = [*linked[:3], ("Figma acquiert Weavy pour des outils créatifs", None), *linked[3:]]
    cards = "".join(
        f"<p>0{n}</p><h3>{f'<a href={url!r}>{title}</a>' if url else title}</h3>"
        f"<p>{title} : ce que cela change pour les équipes, en quelques phrases.</p>"
        "<p>Source : The AI Report</p>"
        for n, (title, url) in enumerate(stories, 1)
    )
    page = f"<html><body><h1>AI Weekly</h1><p>25-31 Octobre 2025</p><h2>🔴 Critique</h2>{cards}</body></html>"
    records = read_html_page(page)
    assert titles_and_urls(records) == stories


def test_paragraphs_each_over_their_address_alone_are_stories_titled_by_their_first_sentence() -> None:
    told = [
        (
            "La IA è ora stata benedetta dalla religione? Il Vaticano ha pubblicato un documento sull'etica.",
            "https://gizmo.example.com/pope-francis-vatican-ai-ethics-1850583076",
        ),
        (
            "Elon Musk colpisce di nuovo! Ha lanciato una nuova impresa di intelligenza artificiale.",
            "https://news.example.com/2023/07/12/tech/elon-musk-ai-company/index.html",
        ),
        (
            "Il campo di battaglia della cybersecurity tra gli Stati Uniti e la Cina si sta intensificando a "
            "causa delle crescenti tensioni. È uno scontro ad alto rischio tra titani digitali.",
            "https://hacker.example.com/2023/07/us-government-agencies-emails.html",
        ),
    ]
    page = '---\ntitle: "2023-07-17"\n---\n\n## Intelligenza Artificiale\n\n' + "".join(
        f"{text}\n\n[{url}]({url})\n\n" for text, url in told
    )
    records = read_capture(page)
    assert titles_and_urls(records) == [
        ("La IA è ora stata benedetta dalla religione?", told[0][1]),
        ("Elon Musk colpisce di nuovo!", told[1][1]),
        (
            "Il campo di battaglia della cybersecurity tra gli Stati Uniti e la Cina si sta intensificando a "
            "causa delle crescenti tensioni.",
            told[2][1],
        ),
    ]
    assert summary_texts(records[0]) == ["Il Vaticano ha pubblicato un documento sull'etica."]


def test_an_issue_that_tells_one_numbered_story_gives_that_story() -> None:
    page = (
        "# 2025年07月05日 AI NEWS TLDR\n\n## Gemini・ChatGPTの企業活用\n\n"
        "AIチャットボットの乗り換えを試す動きが広がり、どちらが仕事に最適か注目を集めています。\n\n"
        "## 目次\n\n1. ChatGPT PlusからGeminiへ移行 月3000円の価値は？\n\n---\n\n"
        "## 1. ChatGPT PlusからGeminiへ移行 月3000円の価値は？\n\n"
        "- 月額3,000円のChatGPT PlusからGeminiへの乗り換えを試み、その使用感に注目が集まっています。\n"
        "- 乗り換えで経験した実用的なメリットや課題の比較検証結果が注目されています。\n\n"
        "> **Note Ai Japan** (https://note.example.com/tomomi/n/nff0a1c2acece): Geminiに乗り換えた\n"
        "> Gemini Advancedへ移行したユーザーが、リアルタイム情報検索を評価した。\n"
        "> **Note Ai Japan** (https://note.example.com/tanihara/n/nb606b91162b6): 逆にシラケない？\n"
        "> 生成AIの過熱報道と現実の乖離が顕著に。\n\n---\n\n## Lawrence's Insights\n\n*※コメント*\n"
    )
    (record,) = read_capture(page)
    assert title_of(record) == "ChatGPT PlusからGeminiへ移行 月3000円の価値は？"
    assert record.canonical_url == "https://note.example.com/tomomi/n/nff0a1c2acece"
    assert len(record.key_points) == 2


def test_a_press_reviews_headlines_told_in_prose_are_stories_though_one_links_nothing() -> None:
    stories = [
        ("Une carte avec des composants électroniques", None),
        ("StreetComplete bientôt sur MapLibre", "https://git.example.com/streetcomplete/releases/tag/v59"),
        (
            "Une intégration de Panoramax dans cartes.app",
            "https://cartes.example.app/blog/street-view-france",
        ),
        ("OpenFreeMap : un nouveau service de tuiles OSM", "https://openfreemap.example.org/"),
        ("Shapefile, un amour contrarié ?", "https://blog.example.fr/2024/09/shapefile-amour"),
    ]
    body = ""
    for title, url in stories:
        told = f"[selon ce billet]({url})" if url else "selon son auteur"
        body += f"### {title}\n\nUn projet en fait le récit, {told}, et chacun peut en juger.\n\n----\n\n"
    page = (
        "---\ntitle: Revue de presse du 27 septembre 2024\n---\n\n## Intro\n\nBonjour à toutes et à tous.\n\n"
    )
    records = read_capture(page + "## Divers\n\n" + body)
    assert titles_and_urls(records) == stories


def test_a_copy_of_a_whole_web_page_under_its_header_is_the_original_text() -> None:
    page = (
        "# Running Keras models on iOS\n**URL:** https://blog.example.com/2018/04/23/keras-ios\n"
        "**Page Title:** Running Keras models on iOS - Example Blog\n--------------------\n\n"
        "- Skip to primary navigation\n- Skip to main content\n"
        "by Adrian on April 23, 2018\n\n"
        "In last week's post, you learned how to train a network with Keras.\n\n"
        "Today we deploy it to an iPhone app:\n\n- convert the model\n- build the app\n\n"
        "## Summary\n\nIn today's post we saw how easy it is to run a Keras model on iOS.\n\n"
        "## Similar articles\n\n- [Keras on Android](https://blog.example.com/2018/05/01/keras-android)\n"
    )
    (record,) = read_capture(page)
    assert record.canonical_url == "https://blog.example.com/2018/04/23/keras-ios"
    assert summary_texts(record) == [] and record.key_points == []
    (body,) = [t for t in record.texts if t.kind == "body"]
    assert body.origin == "original"
    assert body.text.startswith("by Adrian on April 23, 2018\n\nIn last week's post")
    assert "convert the model" in body.text and "Skip to" not in body.text and "URL" not in body.text
    assert [r.url for r in record.related] == ["https://blog.example.com/2018/05/01/keras-android"]
    # an aggregator's page that holds such a copy under its own summary stays a summary
    labelled = "# Title here\n\n## Summary\n\nThe model runs on iOS now, the post says.\n\n## 原文\n\n"
    (summarised,) = read_capture(labelled + "- Skip to main content\n\nThe original text.\n")
    assert summary_texts(summarised) == ["The model runs on iOS now, the post says."]


def test_a_chinese_link_label_names_the_source() -> None:
    page = (
        "# Formalizing Fermat's Last Theorem\n\n**链接**: https://research.example.com/formalizing-flt\n\n"
        "**作者**: jlebar\n\n## AI 摘要\n\nThe theorem has been formally proven in Lean.\n"
    )
    (record,) = read_capture(page)
    assert record.canonical_url == "https://research.example.com/formalizing-flt"


def test_a_story_whose_page_could_not_be_fetched_is_flagged_with_no_summary() -> None:
    page = (
        "# 每日编程精选\n\n### [SFQ：简单、无状态、随机公平](https://blog.example.com/2026/02/25/sfq.html)\n\n"
        "**原文标题**: [SFQ: Simple, Stateless, Stochastic Fairness](https://blog.example.com/2026/02/25/sfq.html)\n\n"
        "一种无需维护每流状态的公平排队算法，适合大规模负载均衡。\n\n---\n\n"
        "### [获取失败](https://cpu.example.org/2026/03/18/branches/)\n\n"
        "**原文标题**: [Failed to retrieve](https://cpu.example.org/2026/03/18/branches/)\n\n"
        "无法总结：获取内容失败，状态码 202。\n"
    )
    told, failed = read_capture(page)
    assert summary_texts(told) == ["一种无需维护每流状态的公平排队算法，适合大规模负载均衡。"]
    assert "summary_failed" in failed.flags and summary_texts(failed) == []


def test_a_go_see_the_original_link_is_the_story_address_not_its_summary() -> None:
    def story(n: int, label: str) -> str:
        return (
            f"## {n}. 서울시, 생성형 AI 관제 시스템 도입 {n}단계\n**분류**: 기술 | **중요도**: ⭐⭐⭐\n\n"
            f"**요약**:\n- 서울시가 CCTV를 고도화합니다 ({n}).\n- 위험 상황을 실시간으로 감지합니다.\n\n"
            f"[{label}](https://news.example.kr/articles/{n})\n\n---\n\n"
        )

    labels = ["🔗 원문 기사 보러가기", "Zum Originalartikel", "Xem bài viết gốc →"]
    page = "# 🗞️ AI 뉴스 일일 브리핑 (2026-02-19)\n\n---\n\n" + "".join(
        story(n, label) for n, label in enumerate(labels, 1)
    )
    records = read_capture(page)
    assert [r.canonical_url for r in records] == [f"https://news.example.kr/articles/{n}" for n in (1, 2, 3)]
    assert [summary_texts(r) for r in records] == [[], [], []]
    assert all(len(r.key_points) == 2 for r in records)


def test_a_closing_read_more_link_is_the_story_address_and_no_part_of_its_summary() -> None:
    page = (
        "# Daily News Brief\n\n"
        "## Economy\n\nThe central bank held its benchmark rate at six percent this month. "
        "[Read more](https://news.example.com/economy/1)\n\n"
        "## Technology\n\nThe government opened the first national data centre on Batam island. "
        "[查看详情](https://news.example.com/tech/2)\n\n"
        "## Sports\n\nThe national team reached the Asian Cup final after winning by two goals.\n\n"
        "[Read more →](https://news.example.com/sports/3)\n\n"
        "Generated automatically with AI · Sources: Reuters, AP, Kompas and others.\n"
    )
    records = read_capture(page)
    assert [r.canonical_url for r in records] == [
        "https://news.example.com/economy/1",
        "https://news.example.com/tech/2",
        "https://news.example.com/sports/3",
    ]
    assert [summary_texts(r) for r in records] == [
        ["The central bank held its benchmark rate at six percent this month."],
        ["The government opened the first national data centre on Batam island."],
        ["The national team reached the Asian Cup final after winning by two goals."],
    ]


def test_a_read_more_here_line_under_a_story_is_its_link_not_its_summary() -> None:
    def story(n: int, title: str, said: str) -> str:
        return (
            f"## {n}. {title}\n\n{said}\n\nKondisi ini makin diperparah pada hari berikutnya.\n\n"
            f"Baca selengkapnya [**di sini**](https://www.example.co.id/global/read/2025/06/0{n}/{n}).\n\n"
        )

    page = "# [KABAR DUNIA SEPEKAN] Perang dan Kerusuhan\n\nBerikut adalah rangkuman artikel sepekan.\n\n" + (
        story(1, "Kenapa Terjadi Kerusuhan di Los Angeles?", "Gelombang demonstrasi terjadi di Los Angeles.")
        + story(2, "Diusir AS, Seorang Ilmuwan Bantu China", "Di Shanghai berdiri sebuah museum besar.")
        + story(3, "Pesawat Air India Jatuh Usai Lepas Landas", "Pesawat jatuh di dekat bandara Ahmedabad.")
    )
    records = read_capture(page)
    assert [r.canonical_url for r in records] == [
        f"https://www.example.co.id/global/read/2025/06/0{n}/{n}" for n in (1, 2, 3)
    ]
    assert all(summary_texts(r)[0].endswith("pada hari berikutnya.") for r in records)


def test_a_spanish_summary_states_its_date_source_and_original_title_in_spanish_labels() -> None:
    page = (
        "# Espressif Systems lanza ESP-Claw, un framework para agentes de IA local en ESP32\n\n"
        "**Fecha:** 2026-04-23\n**Categoría:** ia\n**Autor:** Jean-Luc Aufranc\n"
        "**Título original:** Espressif Systems ESP-Claw framework builds local AI agents\n\n---\n\n"
        "## ¿Qué es?\n\nESP-Claw es un framework para crear agentes de IA que corren en el chip.\n\n"
        "---\n\n**Fuente original:** [https://www.cnx-software.com/2026/04/23/esp-claw/]"
        "(https://www.cnx-software.com/2026/04/23/esp-claw/)\n"
    )
    (record,) = read_capture(page)
    assert record.canonical_url == "https://www.cnx-software.com/2026/04/23/esp-claw/"
    assert record.published_at[0].value == "2026-04-23"
    assert record.category is not None and record.category.value == "ia"
    assert record.authors == ["Jean-Luc Aufranc"]
    titles = {(t.lang, t.origin): t.text for t in record.texts if t.kind == "title"}
    assert titles == {
        ("es", "unknown"): "Espressif Systems lanza ESP-Claw, un framework para agentes de IA local en ESP32",
        ("en", "original"): "Espressif Systems ESP-Claw framework builds local AI agents",
    }


def test_the_sites_own_home_in_its_head_and_footer_is_no_storys_address() -> None:
    def tool(n: int, name: str) -> str:
        return (
            f'<article class="news-item"><h3>{n}. {name}</h3><p><strong>Kategorie:</strong> Agents</p>'
            f"<p><strong>Kurzbeschreibung:</strong> {name} erstellt Werbeanzeigen für soziale Netzwerke.</p>"
            f"<p><strong>Einschätzung:</strong> {name} ist ein mächtiges Werkzeug.</p></article>"
        )

    markup = (
        "<html><body><header><h1>Wöchentliche KI-Tool-Analyse</h1>"
        '<p>powered by <a href="https://tools.example.me/">Roger Example</a></p></header><main>'
        + "".join(tool(n, name) for n, name in enumerate(["Soloop", "Atlaso", "AdAnt AI"], 1))
        + '</main><footer><p>© 2026 Roger Example.</p><p><a href="https://tools.example.me/">tools.example.me</a>'
        "</p></footer></body></html>"
    )
    records = read_html_page(markup)
    assert [title_of(r) for r in records] == ["Soloop", "Atlaso", "AdAnt AI"]
    assert [r.canonical_url for r in records] == [None, None, None]


def test_one_sentence_summary_and_key_insight_sections_are_labelled_texts() -> None:
    page = (
        "---\ntitle: 摘要：给 AI 配张银行卡\ntype: summary\n---\n\n"
        "## 一句话摘要\n\nStripe 在半年内推出六层 Agent 支付基础设施，给 Agent 配一张银行卡已成现实。\n\n"
        "## 关键洞察\n\n- **六层架构**：ACP、SPT、ACS、x402、MPP、Toolkit\n"
        "- **两个场景分离**：「AI 帮人买东西」需要用户确认\n\n"
        "## 原始文章信息\n\n- **作者**: 赛博禅心\n- **来源**: 微信公众号\n"
    )
    (record,) = read_capture(page)  # (no address at all: its labelled sections make it a summary page)
    assert summary_texts(record) == [
        "Stripe 在半年内推出六层 Agent 支付基础设施，给 Agent 配一张银行卡已成现实。"
    ]
    assert [p.text for p in record.key_points] == [
        "六层架构：ACP、SPT、ACS、x402、MPP、Toolkit",
        "两个场景分离：「AI 帮人买东西」需要用户确认",
    ]


def test_a_weeks_summary_of_dated_linked_items_under_company_headings_gives_a_story_per_item() -> None:
    def item(day: int, title: str, path: str, said: str) -> str:
        return f"- **2026-08-{day}** — ⭐ [{title}](https://{path})\n  {said}\n"

    page = (
        "# Підсумок тижня — 2026-W33\n\n**5 новин від 2 компаній**.\n\n## [[huggingface]] — Hugging Face\n\n"
        + item(14, "State of Open Models", "huggingface.co/blog/open-models", "Огляд екосистеми моделей.")
        + item(
            13, "Strands Agents and LeRobot", "huggingface.co/blog/strands", "Повний цикл роботи з даними."
        )
        + item(
            12, "LFM2.5-VL-3B for the Edge", "huggingface.co/blog/lfm2-5", "Модель на 3.1 млрд параметрів."
        )
        + "\n## [[nvidia]] — NVIDIA\n\n"
        + item(11, "Nemotron 3.5 Lightning", "developer.nvidia.com/blog/nemotron", "Відкрита MoE-модель 30B.")
        + "\n## [[xai]] — xAI\n\n"
        + item(11, "Introducing Grok Bot", "x.ai/news/grok-bot", "AI-тіммейти з власним компʼютером.")
    )
    records = read_capture(page)
    assert sorted(title_of(r) for r in records) == [
        "Introducing Grok Bot",
        "LFM2.5-VL-3B for the Edge",
        "Nemotron 3.5 Lightning",
        "State of Open Models",
        "Strands Agents and LeRobot",
    ]
    assert all(r.canonical_url and r.canonical_url.startswith("https://") for r in records)
    # a Ukrainian page's summaries are Ukrainian, "Повний цикл роботи з даними." too, though it has
    # none of the letters Russian does not write
    assert {t.lang for r in records for t in r.texts if t.kind == "summary"} == {"uk"}


@pytest.mark.parametrize(
    ("text", "led"),
    [
        ("2026-08-14 — ⭐ State of Open Models", True),  # the date it is filed under, then its link
        ("2026-08-14: State of Open Models", True),
        ("2026-08-14 was the day of State of Open Models", False),
    ],
)
def test_an_item_filed_under_its_date_is_led_by_its_link(text: str, led: bool) -> None:
    link = blocks.Link(text="State of Open Models", href="https://huggingface.co/blog/open-models")
    assert digest._led_by_its_link(blocks.Block("list_item", text, links=(link,))) is led


def test_a_latin_headline_over_a_chinese_summary_is_not_chinese() -> None:
    page = "# Hacker News 每日摘要 2026-05-18\n\n" + "".join(
        f"## {n}. [{title}](https://{host}/post)\n\n{said}\n\n"
        for n, (title, host, said) in enumerate(
            [
                (
                    "Prolog Basics Explained with Pokémon",
                    "blog.example.com",
                    "作者用宝可梦的例子讲解了 Prolog 的基础。",
                ),
                ("Hindenburg's Smoking Room", "airships.example.net", "兴登堡号飞艇上竟然设有一间吸烟室。"),
                (
                    "VoIP brings back pay phones to rural Vermont",
                    "spectrum.example.org",
                    "佛蒙特州乡村恢复了公用电话。",
                ),
            ],
            1,
        )
    )
    records = read_capture(page)
    assert len(records) == 3
    for record in records:
        (title,) = [t for t in record.texts if t.kind == "title"]
        assert title.lang == "en", title.text
        assert {t.lang for t in record.texts if t.kind == "summary"} == {"zh"}


def _own_post(stories: str) -> str:
    menu = "".join(
        f'<li><a href="https://brief.example.gy/{path}/">{name}</a></li>'
        for path, name in [("", "Home"), ("posts", "Posts"), ("about", "About"), ("contact", "Contact")]
    )
    return (
        '<html><head><meta property="og:type" content="article">'
        '<link rel="canonical" href="https://brief.example.gy/posts/2026-01-24-daily-brief/"></head><body>'
        f"<header><nav><ul>{menu}</ul></nav></header><main><article>"
        "<h1>The Daily Brief: Saturday, January 24, 2026</h1>" + stories + "</article></main></body></html>"
    )


def test_a_post_named_a_brief_whose_only_links_are_its_sites_menu_and_tags_is_no_digest() -> None:
    told = "".join(
        f"<h2>{topic}</h2><p><strong>The Headlines:</strong></p><ul><li>{topic} vote set for Monday</li></ul>"
        f"<p>The Brief: So Monday is the big day for {topic}, again, and nobody is surprised.</p>"
        for topic in ("Opposition drama", "Budget 2026", "Courts corner")
    )
    tags = "".join(f'<li><a href="/tags/{tag.lower()}/">{tag}</a></li>' for tag in ("Politics", "Satire"))
    tags = f'<ul class="post-tags">{tags}</ul>'
    page = blocks.parse(_own_post(told + tags), "html")
    assert digest.DigestAdapter().claims(page) == 0.0


def test_a_sites_roundup_of_its_own_posts_is_still_a_digest() -> None:
    posts = "".join(
        f'<h2><a href="https://brief.example.gy/posts/{slug}/">{title}</a></h2><p>{said}</p>'
        for slug, title, said in [
            (
                "budget",
                "Budget 2026 to be presented Monday",
                "The minister will table the largest budget yet.",
            ),
            (
                "courts",
                "Court of Appeal told to cut its backlog",
                "The Chancellor ordered 2,000 cases cleared.",
            ),
            ("plywood", "Barama puts $1B into plywood", "The company will make waterproof plywood."),
        ]
    )
    page = blocks.parse(_own_post(posts), "html")
    assert digest.DigestAdapter().claims(page) > 0.0


def test_a_heading_that_names_the_title_field_stands_over_the_title() -> None:
    (record,) = read_capture(
        "# タイトル\n開発生産性を加速する：9つのオープンソースAIとMCPプロジェクト\n\n"
        "# 概要(100文字以内)\nGitHubとVS Codeチームが支援する9件のオープンソースプロジェクトを紹介。\n\n"
        "# 要約\nこの記事は、9つのプロジェクトを紹介する公式ブログ投稿を翻訳したものです。\n\n"
        "## 要点\n"
        "- MCPは、LLMやエージェントが外部ツールと安全にやり取りするための共通プロトコルです。\n"
        "- 紹介されるプロジェクト群は、AIを開発ワークフローに組み込むためのスターターキットです。\n\n"
        "参考・出典\n\n"
        '- 元記事（英語）: "Accelerate developer productivity with these 9 open source AI and MCP projects"'
        " — https://github.blog/open-source/accelerate-developer-productivity-with-these-9-open-source-ai-and-mcp-projects/\n"
        "- 著者: Kevin Crosby — https://github.blog/author/kevincrosby/\n"
    )
    assert title_of(record) == "開発生産性を加速する：9つのオープンソースAIとMCPプロジェクト"
    # "(100文字以内)", "（英語）": a label's qualifier leaves it the label it is
    assert summary_texts(record)[0].startswith("GitHubとVS Codeチームが支援する")
    assert record.canonical_url == (
        "https://github.blog/open-source/accelerate-developer-productivity-with-these-9-open-source-ai-and-mcp-projects/"
    )
    assert record.authors == ["Kevin Crosby"]  # its page's address is no part of the name
    # the original's facts under the key points are none of them
    assert [p.text for p in record.key_points] == [
        "MCPは、LLMやエージェントが外部ツールと安全にやり取りするための共通プロトコルです。",
        "紹介されるプロジェクト群は、AIを開発ワークフローに組み込むためのスターターキットです。",
    ]


def test_a_label_qualified_by_another_label_is_that_one() -> None:
    from pipeline.normalize import label_of

    assert label_of("元記事（英語）") == label_of("元記事") == "source"
    assert label_of("Summary (English)") == "summary"
    assert label_of("摘要（原文）") != "summary"  # the original's own abstract


def test_an_outlets_name_under_each_linked_headline_is_no_cards_title() -> None:
    told = [
        (
            "量子通信的两项世界级难题被攻克？距离商用可能不远了",
            "4833269",
            "中科大团队为未来的量子互联网补上了关键一环，商用或许不远。",
        ),
        (
            "热血渐凉：被耗尽的小米SU7 Ultra",
            "4833507",
            "这款车的热度为何迅速消退，车主与市场给出了不同的答案。",
        ),
        (
            "越南制造为什么迅速崛起？",
            "4831102",
            "有人说投资现在的越南，就好比投资十几年前的中国，本期视频讲一讲越南。",
        ),
        ("白银疯狂的背后：魔幻理财", "4833107", "白银最近很疯狂，很多人甚至卖房买大板料，背后是什么逻辑。"),
        ("新款理想L9亮相", "4833274", "理想汽车发布新款L9，能否再现当年的销量奇迹仍是未知数。"),
    ]
    cards = "".join(
        f'<p><a href="http://www.huxiu.com/article/{n}.html">{title}</a></p><p>虎嗅</p><p>{said}</p>'
        for title, n, said in told
    )
    records = read_html_page(
        f"<html><body><h1>科技日报</h1><p>2026-02-10</p><p>今日热点</p>{cards}</body></html>"
    )
    assert titles_and_urls(records) == [(t, f"http://www.huxiu.com/article/{n}.html") for t, n, _ in told]
    assert [summary_texts(r) for r in records] == [[said] for _, _, said in told]
    page = list(blocks.parse(cards, "html").blocks)
    assert not any(digest._titles_a_card(page, i) for i, b in enumerate(page) if b.text == "虎嗅")


def _rewrite(sources: str, *, og_article: bool = True) -> str:
    og = '<meta property="og:type" content="article">' if og_article else ""
    told = "".join(
        f"<p>{said}</p>"
        for said in (
            "President-elect Donald Trump has named Kellyanne Conway to the position of counselor.",
            "She is a tireless and tenacious advocate of my agenda, the president-elect said in a statement.",
            "Conway was the first woman to run a successful presidential campaign, the paper notes.",
        )
    )
    return (
        f'<html><head>{og}<link rel="canonical" href="https://www.americanow.example/politics/conway">'
        "</head><body><article><h1>Kellyanne Conway Named Counselor To Trump</h1>"
        f"{told}<p>{sources}</p></article></body></html>"
    )


def test_a_publishers_rewrite_citing_its_sources_on_several_sites_is_its_own_article() -> None:
    cited = (
        'Sources: <a href="https://www.nytimes.com/2016/12/22/us/politics/conway.html">New York Times</a>, '
        '<a href="https://www.nbcnews.com/politics/trump-names-conway">NBC News</a>'
    )
    assert digest.DigestAdapter().claims(blocks.parse(_rewrite(cited), "html")) == 0.0
    # one source it summarises is an original all the same
    one = 'Source: <a href="https://www.nytimes.com/2016/12/22/us/politics/conway.html">New York Times</a>'
    assert digest.DigestAdapter().claims(blocks.parse(_rewrite(one), "html")) > 0.0


def test_a_source_link_to_the_site_its_menus_link_is_no_original() -> None:
    menu = "".join(
        f'<li><a href="https://www.ipa.example.jp/{section}/index.html">{section}</a></li>'
        for section in (
            "about",
            "news",
            "security",
            "jinzai",
            "osc",
            "sitemap",
            "inquiry",
            "privacy",
            "terms",
        )
    )
    page = (
        "<html><body><ul>" + menu + "</ul><h1>ゴールデンウィークにおける情報セキュリティに関する注意喚起</h1>"
        "<p>ゴールデンウィークまで1ヶ月を切りました。長期休暇中は、いつもと異なる状況になります。</p>"
        "<p>被害に遭わないためにもこれらの対策の実施をお願いします。</p>"
        '<ul><li><a href="https://www.ipa.example.jp/about/links/index.html">リンク</a></li></ul></body></html>'
    )
    assert digest.DigestAdapter().claims(blocks.parse(page, "html")) == 0.0


def test_a_blogs_line_to_its_previous_and_next_issues_is_no_story() -> None:
    stories = "".join(
        f'<p><a href="https://{address}">{title}</a></p>'
        for address, title in [
            ("github.com/xiangmingya/vps_valuation", "VPS剩余价值计算器"),
            ("github.com/Undertone0809/gcop", "gcop: Your git AI copilot"),
            ("github.com/binary-husky/gpt_academic", "GPT 学术优化 (GPT Academic)"),
            ("sspai.com/post/89853", "把主动权完全握在自己手里：HTML 个人电子工作台搭建指南"),
        ]
    )
    pager = (
        '<p><a href="https://blog.example.org/weekly/3/">← 狄奇周刊(三)</a> '
        '<a href="https://blog.example.org/weekly/5/">狄奇周刊(五) →</a></p>'
    )
    page = (
        '<html><head><meta property="og:url" content="https://blog.example.org/weekly/4/"></head><body>'
        f"<h1>狄奇周刊(四)</h1><h2>项目</h2>{stories}<p>Thanks for reading! Read other posts?</p>{pager}"
        "</body></html>"
    )
    titles = [title for title, _ in titles_and_urls(read_html_page(page))]
    assert titles[:4] == [
        "VPS剩余价值计算器",
        "gcop: Your git AI copilot",
        "GPT 学术优化 (GPT Academic)",
        "把主动权完全握在自己手里：HTML 个人电子工作台搭建指南",
    ]
    assert not any("狄奇周刊" in title for title in titles)
    parsed = blocks.parse(page, "html")
    lines = {b.text: b for b in parsed.blocks if b.links}
    assert digest._pager(lines["← 狄奇周刊(三) 狄奇周刊(五) →"], parsed)
    assert not digest._pager(lines["VPS剩余价值计算器"], parsed)
    # an arrowed link to another site is a story's "go there", no pager
    elsewhere = blocks.parse('<p><a href="https://lwn.net/Articles/1">A look at io_uring →</a></p>', "html")
    assert not digest._pager(elsewhere.blocks[0], parsed)


def test_a_story_titles_colon_leading_into_its_points_is_no_part_of_it() -> None:
    items = "".join(
        f"### {title}：\n\n{said}\n\n📎 [來源](https://{address})\n\n"
        for title, said, address in [
            (
                "全球石油危機加劇",
                "布倫特原油隔夜交易一度突破每桶 100 美元，美股連續下跌。",
                "www.cnbc.com/2026/03/12/oil",
            ),
            (
                "烏克蘭收復領土",
                "烏克蘭自 2023 年以來首次收復領土，解放 400 多平方公里。",
                "www.aljazeera.com/news/2026/3/11/ua",
            ),
            (
                "美國發動貿易調查",
                "美國對 16 個經濟體發動 301 貿易調查，市場關注後續。",
                "www.reuters.com/world/us/section-301",
            ),
        ]
    )
    records = read_capture(f"# 國際新聞摘要 — 2026年3月13日\n\n{items}")
    assert [title_of(r) for r in records] == ["全球石油危機加劇", "烏克蘭收復領土", "美國發動貿易調查"]


_NEWS_GOOGLE = "https://news.google.com/rss/articles/CBMi" + "QWxhZ2Vy" * 30 + "?oc=5"


def test_items_told_under_their_titles_take_the_source_lines_under_them() -> None:
    # a Taiwanese market roundup: each item's outlet home, then its article's (long) Google News link
    stories = [
        (
            "美股期貨走弱，市場等待關鍵通膨數據",
            "投資人於重要物價數據公布前轉趨保守，指數期貨偏弱反映利率預期仍不穩定。",
            "moomoo",
        ),
        (
            "美國批發通膨數據偏熱，三大指數承壓",
            "批發價格升溫引發市場對通膨黏性的擔憂，壓抑降息預期。",
            "moomoo",
        ),
        (
            "輝達股價出現去年春季以來最大單日跌幅",
            "AI 主軸代表股回檔，帶動科技股與大盤風險偏好同步降溫。",
            "barrons",
        ),
    ]
    text = "# 美股與美國金融市場新聞整理（2026-03-01）\n\n" + "".join(
        f"{n}. **{title}**  \n   {told}  \n   來源：<https://www.{outlet}.com/>\n"
        f"   連結：<{_NEWS_GOOGLE.replace('QWxh', f'QW{n}h')}>\n\n"
        for n, (title, told, outlet) in enumerate(stories, 1)
    )
    records = read_capture(text)
    assert [title_of(r) for r in records] == [title for title, _, _ in stories]
    assert [r.canonical_url for r in records] == [_NEWS_GOOGLE.replace("QWxh", f"QW{n}h") for n in (1, 2, 3)]
    assert summary_texts(records[0]) == [stories[0][1]]


def test_a_roundup_that_stories_of_different_titles_cite_is_no_ones_address() -> None:
    roundup = "https://www.buildfastwithai.com/blogs/ai-news-today-july-27-2026"
    text = (
        "# Informe semanal de IA\n\n## Noticias destacadas\n\n"
        "1. **Claude Opus 5 (Anthropic)** — Lanzado el 24 de julio como modelo de gama media-alta.\n"
        "   Fuente: [wwwhatsnew.com](https://wwwhatsnew.com/2026/07/26/anthropic-claude-opus-5/)\n\n"
        "2. **DeepSeek V4 (versión estable)** — Publicado el 24 de julio, con competencia.\n"
        f"   Fuente: [buildfastwithai.com]({roundup})\n\n"
        "3. **Kimi K3 (Moonshot AI)** — Sus pesos se liberaron el 27 de julio.\n"
        f"   Fuente: [buildfastwithai.com]({roundup})\n\n"
        "4. **Kimi K3 (Moonshot AI) libera sus pesos** — Repetida en la sección de modelos.\n"
        f"   Fuente: [buildfastwithai.com]({roundup})\n\n"
    )
    records = read_capture(text)
    assert titles_and_urls(records)[0] == (
        "Claude Opus 5 (Anthropic)",
        "https://wwwhatsnew.com/2026/07/26/anthropic-claude-opus-5/",
    )
    assert [r.canonical_url for r in records[1:]] == [None, None, None]
    assert [[(x.relation, x.url) for x in r.related] for r in records[1:]] == [[("related", roundup)]] * 3
    alike = text.replace("DeepSeek V4 (versión estable)", "Kimi K3 libera sus pesos abiertos")
    assert [r.canonical_url for r in read_capture(alike)[1:]] == [roundup] * 3  # one story told thrice


def test_bold_titles_under_topic_headings_and_bracketed_source_lines() -> None:
    # a French monthly: each section a topic, its one story a bold title over what happened, then
    # "(Source : <outlet>, <day>)"
    stories = [
        ("Économie et emploi", "Cablex supprime des postes malgré une croissance", "News", "10 février 2026"),
        (
            "Défense et coopération internationale",
            "Exercice militaire franco-suisse dans le Vaud",
            "20 Minutes",
            "17 février 2026",
        ),
        (
            "Santé publique et gestion de crise",
            "Rapatriement des blessés de Crans-Montana",
            "Blick",
            "17 février 2026",
        ),
    ]
    text = "# Synthèse des actualités suisses (février 2026)\n\n" + "".join(
        f"## {n}. {topic}\n\n**{title}**  \nLe {day}, les autorités ont annoncé une décision qui a surpris "
        "les observateurs et relancé le débat sur la politique du gouvernement. Cette décision s'inscrit "
        "dans un contexte de pression sur les coûts et de transformation du secteur, selon les syndicats "
        f"qui dénoncent un décalage entre les discours et la réalité.  \n*(Source : {outlet}, {day})*  \n"
        f"<img src='https://img.example.ch/{n}.jpg' />\n\n"
        for n, (topic, title, outlet, day) in enumerate(stories, 1)
    )
    records = read_capture(text)
    assert [(title_of(r), r.category.value) for r in records] == [(s[1], s[0]) for s in stories]
    assert [(r.publisher.value, r.published_at[0].value) for r in records] == [
        ("News", "2026-02-10"),
        ("20 Minutes", "2026-02-17"),
        ("Blick", "2026-02-17"),
    ]
    # a heading that links what it names is the story's title, the bold line under it a tagline
    linked = text
    for n, (topic, *_) in enumerate(stories, 1):
        linked = linked.replace(f"## {n}. {topic}", f"## {n}. [{topic}](https://github.com/example/{n})")
    assert [title_of(r) for r in read_capture(linked)] == [topic for topic, *_ in stories]


def test_a_quick_hits_section_is_a_story_a_line_and_the_sign_off_no_story() -> None:
    main = "".join(
        f"## 🇩🇪 {title}\n\nYesterday, [Berliner Morgenpost](https://www.morgenpost.de/{n}) reported that "
        "passengers face restrictions on the line from Monday, with buses covering the gap.\n\n"
        for n, title in enumerate(
            ("U2 partially closed from Monday", "New night train connections to Berlin")
        )
    )
    hits = [
        (
            "More ice age than thaw: what this winter could mean for Berlin",
            "A rare climate combo could bring a cold winter to Berlin, forecasters say.",
        ),
        (
            "Attention students: mobile citizen offices come to universities",
            "The offices visit campuses this term to renew identity cards.",
        ),
    ]
    text = (
        "# ☀️ Guten Morgen, Berlin! Berlin News Daily\n\n"
        + main
        + "## ⚡ Quick Hits\n\n"
        + "".join(
            f"🇩🇪 [{title}](https://www.berliner-zeitung.de/news/{n}) | {told}\n\n"
            for n, (title, told) in enumerate(hits)
        )
        + "### 👋 That's a wrap! Thanks for reading Berlin News Daily!\n\n"
        "[Subscribe for free](https://berlindaily.org/) to get tomorrow's news in your inbox.\n"
    )
    records = read_capture(text)
    assert [title_of(r) for r in records] == [
        "U2 partially closed from Monday",
        "New night train connections to Berlin",
        *(title for title, _ in hits),
    ]
    assert records[2].canonical_url == "https://www.berliner-zeitung.de/news/0"
    assert summary_texts(records[2]) == [hits[0][1]]


def test_a_newsletter_post_filed_as_weekly_is_read_a_story_a_section() -> None:
    sections = [
        ("Python Gains 2%, Remains Top Programming Language", "https://www.tiobe.com/tiobe-index/"),
        ("New Browser-based micro:bit Python Editor Launching", "https://twitter.com/4pip/status/15577"),
        ("Linux Kernel 6.0 Release Candidate Out", "https://9to5linux.com/linux-kernel-6-0-rc1"),
        ("Ubuntu 22.04.1 LTS is Out", "https://linuxiac.com/ubuntu-22-04-1-lts/"),
        ("New Boards Supported by CircuitPython", "https://circuitpython.org/"),
    ]
    text = (
        '---\nlayout: post\ntitle: "CircuitPython Day Friday, Python Still #1 and much more!"\n'
        "date: 2022-08-16 07:00:00 -0800\ncategories: weekly\n---\n\n"
        "Welcome to the latest Python on Microcontrollers newsletter! Check out all the great content "
        "this week, and pass it on to your friends and colleagues.\n\n"
        + "".join(
            f"## {title}\n\n[![{title}](../assets/{n}.jpg)]({url})\n\nThe project shipped a release this "
            f"week that its users had waited for, with more to come next month - [Source]({url}).\n\n"
            for n, (title, url) in enumerate(sections)
        )
        + "## Contribute!\n\nThe CircuitPython community is growing: join us on "
        "[the site](https://circuitpython.org/) and on Discord.\n\n"
        + "## New Learn Guides!\n\n[![Guides](../assets/guides.jpg)](https://learn.adafruit.com/guides/latest)\n"
    )
    records = read_capture(text)
    # (a site's home page is no story's address)
    assert titles_and_urls(records)[:5] == [*sections[:4], (sections[4][0], None)]
    assert len(records) == 5  # (its closing "Contribute!" and "New Learn Guides!" are its own)


def test_a_count_under_a_linked_title_is_no_translation_of_it() -> None:
    posts = [
        ("OpenClaw一战封神，给大家分享6种官方不会告诉你的神级技巧。", "🔥 414 likes"),
        ("AI反向顾人类干活的网站出现了，帮AI吃个意面都能拿50美刀", "🔥 292 likes"),
        ("北京wbg春季赛大名单", "🔥 350067"),
    ]
    text = "# 每日资讯聚合 2026-02-05\n\n## 🐦 X 热帖\n\n" + "".join(
        f"### [{title}](https://twitter.com/user/status/20178{n})\n\n{count}\n\n"
        for n, (title, count) in enumerate(posts)
    )
    records = read_capture(text)
    assert [r.texts[0].text for r in records] == [title for title, _ in posts]
    assert all(r.languages() == ["zh"] for r in records)


def test_a_posts_categories_name_a_digest_only_on_a_page_citing_three_sites() -> None:
    # (a news site's RSS repost of its own article is filed under "最新新闻", latest news)
    head = "---\ntitle: 谷歌研究员称AI已具备人格\ncategories:\n - 新媒体\n - 最新新闻\n---\n\n"
    one_site = blocks.parse(head + "谷歌研究员被AI说服。[图](https://img1.mydrivers.com/1.png)\n", "text")
    assert digest._filed_under(one_site) is None
    cited = "".join(f"- [Story {n}](https://site{n}.example.com/a)\n" for n in range(3))
    assert digest._filed_under(blocks.parse(head + cited, "text")) == "新媒体 · 最新新闻"


def test_cards_closed_by_a_go_there_link_each_take_their_own_link() -> None:
    cards = [
        (
            "동아일보 · LG전자",
            "LG전자, 사우디에 B2B 전용 AI홈 체험공간 개관",
            "LG전자가 사우디아라비아에 B2B 전용 AI홈 체험공간을 열었어요. 수주를 늘린다는 계획이에요.",
        ),
        (
            "연합뉴스 · HD현대",
            "한투증권, HD현대마린솔루션 목표가 상향 조정",
            "한국투자증권은 15일 HD현대마린솔루션이 가장 큰 변곡점에 있다며 목표주가를 올렸어요.",
        ),
        (
            "매일경제",
            "삼성전자서비스, 업계 최초 ISMS-P 인증 획득",
            "삼성전자서비스가 업계 최초로 정보보호 관리체계 인증을 받았어요. 보호를 강화한다는 계획이에요.",
        ),
    ]
    page = (
        "<html><body><p>TODAY BRIEFING</p><p>2026년 9월 15일 (화)</p>"
        + "".join(
            f"<div><p>{outlet}</p><p>{title}</p><p>무슨 내용인가요?</p><p>{told}</p>"
            f'<p><a href="https://news.google.com/rss/articles/CBMi{n}x">원문에서 확인 ↗</a></p></div>'
            for n, (outlet, title, told) in enumerate(cards)
        )
        + "</body></html>"
    )
    records = read_html_page(page)
    assert [(title_of(r), r.canonical_url) for r in records] == [
        (title, f"https://news.google.com/rss/articles/CBMi{n}x") for n, (_, title, _) in enumerate(cards)
    ]
    assert summary_texts(records[1]) == [cards[1][2]]


def test_a_this_week_in_newsletters_extras_under_a_linked_card_are_stories_of_their_own() -> None:
    cards = [
        ("Fresh 1.0", "https://deno.example.com/blog/fresh-is-stable"),
        ("How We Built Hydrogen", "https://shopify.example.com/how-we-built-hydrogen"),
        ("What is the recommended way to load data?", "https://www.reddit.com/r/reactjs/comments/vi6q6f/x/"),
    ]
    extras = [
        (
            "React Query FAQs",
            "https://tkdodo.example.eu/blog/react-query-faqs",
            "📜 ",
            ": Dominik from React-Query answers the three questions he gets most often.",
        ),
        ("Gatsby 4.17", "https://www.gatsby.example.com/release-notes/v4.17/", "📦 ", ": perf improvements"),
        ("Vavite", "https://github.com/cyco130/vavite", "📦", ": server-side apps with Vite"),
        ("Storybook in 100 Seconds", "https://www.youtube.com/watch?v=gdlTFPebzAU", "🎥 ", ""),
        ("Qwik-React is coming", "https://twitter.com/QwikDev/status/1540667422402920448", "🐦 ", ""),
    ]
    page = (
        '---\ntitle: "#110: Fresh, Hydrogen, Remix"\n---\n\nThis Week In React #110: Fresh, Hydrogen\n\n'
        "This Week In React #110: Fresh, Hydrogen\n===\n\n"
    )
    page += "Hi everyone! Another busy week with lots of releases.\n\n## React\n\n"
    for title, url in cards:
        page += f"[{title}]({url})\n\n{title} is out, and this is what it changes for your apps today.\n\n"
    page += "**Extras:**\n\n" + "".join(f"-   {mark}[{t}]({u}){note}\n" for t, u, mark, note in extras)
    records = read_capture(page)
    assert titles_and_urls(records) == [*cards, *((t, u) for t, u, _, _ in extras)]
    # the thread a card links is its own, and the extras are no points of it
    assert not any(r.key_points for r in records)
    summary = next(t.text for t in records[3].texts if t.kind == "summary")
    assert summary == "Dominik from React-Query answers the three questions he gets most often."


def test_a_path_in_a_list_items_sentence_is_no_title_and_its_text() -> None:
    item = blocks.parse(
        "- `std::kinds` is [called `std::marker`](https://github.com/rust-lang/rust/pull/20607).\n", "text"
    ).blocks[0]
    assert digest._item_title(item, []) is None or digest._item_title(item, [])[0].text != "std"


BULLETIN = {
    "fi": (
        "Radio Selkouutiset torstai 26.10.2023",
        ["Vastaamon oikeudenkäynti", "Itärajan aita", "Metsä Board", "Talvinopeudet"],
        "Vastaamon oikeudenkäynti. Itärajan aita. Metsä Board. Maanteiden talvirajoitukset.",
    ),
    "ar": (
        "راديو سلكوتيست الخميس 26 أكتوبر 2023",
        ["محاكمة التدابير المضادة", "سياج الحدود الشرقية", "مجلس الغابة", "حادث ركوب الخيل"],
        "محاكمة التدابير المضادة. سياج الحدود الشرقية. مجلس الغابات. حادث ركوب الخيل.",
    ),
}


@pytest.mark.parametrize("lang", sorted(BULLETIN))
def test_a_bulletin_that_names_its_stories_on_its_first_line_tells_one_under_each_heading(lang: str) -> None:
    # a radio bulletin (and its machine translation, which may word a name two ways) names its
    # stories in a line over them; each heading is one, told in a few paragraphs, linking nothing
    title, headings, contents = BULLETIN[lang]
    told = "Sentences of the story, told plainly. " * 2
    page = f"## {title}\n\n{contents}\n\n" + "".join(
        f"### {heading}\n\n![A photo. Credit: Yle](https://images.test/{n}.jpg)\n\n{told}\n\n{told}\n\n"
        f"{told}\n\n{told}\n\n{told}\n\n"
        for n, heading in enumerate(headings)
    )
    records = read_capture(page)
    assert [title_of(r) for r in records] == headings
    assert all(r.canonical_url is None for r in records)
    # the headings of a page with no such line are no stories of it
    other = blocks.parse(page.replace(contents, "Plainly told, the week's news."), "text")
    adapter = extract.choose(other)
    assert adapter is None or len(adapter.extract(other)) == 1


def test_stories_with_labelled_parts_that_each_name_their_source_without_a_link_are_stories() -> None:
    inbox = [
        (
            "Đà Nẵng Chấp Thuận 2 Dự Án Hạ Tầng Khu Thương Mại Tự Do",
            "https://www.danang.example.vn/du-an-13400",
        ),
        ("Hạ Tầng Đô Thị Tiếp Sức BĐS Đà Nẵng", "VnExpress (vnexpress.net) + Thời báo Tài chính"),
        ("Thu Hút Đầu Tư Đà Nẵng 2026 — DDI Gấp 3", "Báo Đà Nẵng + BNews"),
    ]
    page = "# Content Inbox — Nguồn Ý Tưởng\n\n## Thị Trường\n\n" + "".join(
        f"### {title}\n\n**Nguồn:** {source}\n**Tags:** #thị-trường\n\n"
        f"**Tóm tắt:**\nUBND TP Đà Nẵng vừa công bố thông tin mới về {title.lower()}.\n\n"
        for title, source in inbox
    )
    records = read_capture(page)
    assert [title_of(r) for r in records] == [title for title, _ in inbox]
    assert [r.canonical_url for r in records] == [inbox[0][1], None, None]
    # a group of stories, each item naming its source, is no one story
    briefing = "# World News Briefing – November 2, 2025\n\n" + "".join(
        f"### {group}\n\n"
        + "".join(
            f"- **{headline} {n}:** What happened, told in a sentence.  \n  *Source: {outlet}*\n"
            for n, (headline, outlet) in enumerate(
                [("Drones spotted", "BBC News"), ("Heist suspects", "CNN")]
            )
        )
        + "\n"
        for group in ("Politics & Society", "International & Security", "Science & Technology")
    )
    assert "Politics & Society" not in [title_of(r) for r in read_capture(briefing)]


def test_a_closing_link_that_goes_on_with_the_items_sentence_is_no_title() -> None:
    item = blocks.parse(
        "- Sergey Matveev [fasste in einem Blogeintrag die Geschichte des freien GoVPN-Daemons zusammen: "
        "Warum er entstand](https://blogs.example.org/stargrave/158)\n",
        "text",
    ).blocks[0]
    heading, *_ = digest._item_title(item, [])
    assert heading.text.startswith("Sergey Matveev fasste")
    # a closing link after a sentence of its own is the story's title
    told = blocks.parse(
        "- Says what happened. [Ferry adds a night service](https://news.example.org/ferry)\n", "text"
    ).blocks[0]
    assert digest._item_title(told, [])[0].text == "Ferry adds a night service"


def test_stories_that_name_their_source_in_danish_are_stories() -> None:
    stories = [
        ("Claude Haiku 5.5 sænker prisen kraftigt", "https://techcrunch.com/2026/10/01/haiku-5-5/"),
        ("OpenAI udruller GPT-6 i ChatGPT", "https://techcrunch.com/2026/10/02/gpt-6/"),
        ("Anthropic opdaterer sin usage policy", "https://techcrunch.com/2026/10/03/usage-policy/"),
    ]
    issue = (
        '---\ntitle: "Claude Haiku 5.5: 1M kontekst til $0,10"\ndate: 2026-10-08\n---\n\n## Modeller\n\n'
        + "".join(
            f"### {title} {{#story-{n}}}\n"
            f"{title} blev lanceret onsdag, og prisen er sat kraftigt ned for alle kunder i dag.\n\n"
            f"Kilde: [TechCrunch]({url})\n{{: .sources}}\n\n"
            for n, (title, url) in enumerate(stories)
        )
    )
    assert titles_and_urls(read_capture(issue)) == stories


def test_an_untitled_page_of_groups_over_linked_items_is_a_digest() -> None:
    stories = [
        (
            "金融",
            "Egypt forecast to lower interest rates by 100 basis points",
            "https://www.reutersconnect.com/item/egypt",
        ),
        ("中美关系", "US accuses China of secret nuke testing", "https://nypost.com/2026/02/06/us-news/nuke"),
        (
            "中美关系",
            "Be prudent about supplying arms to Taiwan, Xi tells Trump",
            "https://www.theguardian.com/world/xi",
        ),
        (
            "日本政治",
            "Takaichi's party wins a supermajority in the lower house",
            "https://apnews.com/article/bbb322b4",
        ),
        ("日本政治", "Takaichi looks to translate her election gains", "https://apnews.com/article/94115100"),
    ]
    page = "以下为新闻日期 **2026-02-09** 的摘要，涵盖各主题。\n\n---\n\n"
    for n, (group, title, url) in enumerate(stories):
        if n == 0 or stories[n - 1][0] != group:
            page += f"## {group}\n\n"
        page += f"- **{title}**\n  链接：[{title}]({url})\n  政策金利を引き下げるとの予測。\n\n"
    assert titles_and_urls(read_capture(page)) == [(title, url) for _, title, url in stories]
    # a titled page whose sections list links is left to the readings before
    titled = "# 我的笔记\n\n" + page.split("---\n\n", 1)[1]
    assert stories[0][1] not in [title_of(r) for r in read_capture(titled)]


def test_a_summarys_source_is_the_link_of_its_link_section_or_under_its_title() -> None:
    summary = (
        "---\ntitle: OpenAI Spring Update\ndate: 2024-05-14 02:45:13 +0900\n---\n"
        "## 主な内容\n- OpenAIは、より速い応答速度と新しい音声技術を備えたGPT-4oを発表しました。\n"
        "- GPT-4oはすべてのユーザーが無料で使用できます。\n\n"
        "## リンク\nライブ及びアップデート内容は、下記のリンクにまとめてあります。\n\n"
        "[https://openai.com/index/hello-gpt-4o/](https://openai.com/index/hello-gpt-4o/)\n"
    )
    (record,) = read_capture(summary)
    assert record.canonical_url == "https://openai.com/index/hello-gpt-4o/"
    paper = (
        '---\ntitle: "STATIC: Sparse Transition Matrix-Accelerated Trie Index"\n---\n\n'
        "# STATIC: Vectorizing the Trie for Efficient Constrained Decoding\n\n"
        "[arXiv:2602.22647](https://arxiv.org/abs/2602.22647) | [GitHub](https://github.com/youtube/static)\n\n"
        "## 概要\nトライ木を疎行列として表し、制約付きデコードを高速化する手法。\n\n"
        "## 主要な貢献\n- 制約付きデコードをベクトル化した。\n- 実運用で検証した。\n"
    )
    (record,) = read_capture(paper)
    assert record.canonical_url == "https://arxiv.org/abs/2602.22647"
    # a byline's links on one site, and share buttons with no words, name no source
    for line in (
        "[Jane Doe](https://blog.example.org/author/jane) | [News](https://blog.example.org/news)",
        "[](https://twitter.com/home?status=x) [](https://www.facebook.com/sharer/sharer.php?u=x)",
    ):
        (record,) = read_capture(paper.replace(paper.splitlines()[6], line))
        assert record.canonical_url is None


def test_a_read_later_exports_full_document_is_the_originals_one_text() -> None:
    export = (
        "# Stop Bloating Your CLAUDE.md\n\n## Metadata\n- Author: [[Alexander Opalic]]\n"
        "- Full Title: Stop Bloating Your CLAUDE.md\n- Category: #articles\n"
        "- Summary: Keep your CLAUDE.md file short and focused to save context tokens.\n"
        "- URL: https://alexop.dev/posts/stop-bloating/\n\n"
        "## Full Document\nYesterday I spent an hour debugging a Nuxt Content gotcha with Claude.\n\n"
        "### Code Style\nToday Claude made the same mistake, because yesterday's session was gone.\n"
    )
    (record,) = read_capture(export)
    assert record.canonical_url == "https://alexop.dev/posts/stop-bloating/"
    (body,) = [t for t in record.texts if t.kind == "body"]
    assert body.origin == "original"
    assert body.text.startswith("Yesterday I spent") and body.text.endswith("session was gone.")
    assert not [t for t in record.texts if t.kind == "key_point"]


def test_a_home_page_that_stories_source_lines_share_names_none_of_them() -> None:
    posts = [
        ("Yann LeCun says the best open models are not coming from the West", "https://v.redd.it/n31pvrx"),
        ("GLM 4.7 Flash 30B PRISM + Web Search: Very solid", "https://self.LocalLLaMA"),
        ("Mistral CEO Arthur Mensch: Intelligence as electricity", "https://v.redd.it/wd12dl7"),
        ("Why are small models (32b) scoring close to frontier models?", "https://self.LocalLLaMA"),
        ("Train your own AI to write like Opus 4.5", "https://self.LocalLLaMA"),
    ]
    scan = "# Reddit r/LocalLLaMA\n\n" + "".join(
        f"## {title}\n- **URL:** {url}\n- **Published:** 2026-01-30\n"
        f"- **Description:** Discussion of {title.lower()}.\n- **Relevance:** Relevant to local models.\n\n"
        for title, url in posts
    )
    records = read_capture(scan)
    assert [title_of(r) for r in records] == [title for title, _ in posts]
    assert [r.canonical_url for r in records] == [None if "self." in url else url for _, url in posts]


def test_a_press_reviews_items_closing_on_their_labelled_sources_are_stories() -> None:
    stories = [
        ("Assalto a bancomat con esplosivo", "Bologna", "https://www.ilrestodelcarlino.it/bologna/bancomat"),
        ("Chiusura strada San Martino", "Modena", "https://www.modenatoday.it/attualita/san-martino"),
        ("Poliambulatorio Guicciardini inaugurato", "Piacenza", "https://www.ilpiacenza.it/attualita/poli"),
        ("Nuove cure per leucemie acute", "Parma", "https://www.parmatoday.it/salute/leucemie"),
        ("Nuovo parcheggio pubblico", "Riccione", "https://www.riminitoday.it/cronaca/sosta"),
    ]
    items = "".join(
        f"<li><strong>{title}</strong> — {place}: Una notizia raccontata in due frasi. Il resto segue. "
        f'Fonti: <a href="{url}">Giornale</a>, <a href="https://www.ansa.it/{n}">Ansa</a></li>'
        for n, (title, place, url) in enumerate(stories)
    )
    records = read_html_page(f"<html><body><h2>Aggiornamento delle 13</h2><ul>{items}</ul></body></html>")
    assert titles_and_urls(records) == [(title, url) for title, _, url in stories]
    assert summary_texts(records[0]) == ["Bologna: Una notizia raccontata in due frasi. Il resto segue."]


def test_cards_closed_by_their_outlets_name_and_an_arrow_are_stories_under_their_first_line() -> None:
    cards = [
        ("美军连续第八夜空袭伊朗，停火协议彻底破裂", "https://www.bbc.com/news/articles/cgk417", "BBC News"),
        (
            "俄罗斯发射开战以来最大规模弹道导弹袭击",
            "https://www.aljazeera.com/news/2026/7/19/russia",
            "Al Jazeera",
        ),
        ("中国发布全球最大开源AI模型Kimi K3", "https://www.ndtv.com/ai/moonshot-kimi-k3", "NDTV"),
    ]
    body = "".join(
        f"<p>POLITICS</p><p>{title}</p><p>US Strikes Iran as Tehran Retaliates</p>"
        f"<p>交叉核验：Cross-verified: BBC · Al Jazeera · 2026.07.19</p>"
        f"<p>{title}。目标包括沿海监视设施、防空系统、导弹与无人机储存点，伊朗随后作出回应。</p>"
        f"<p>The military struck targets along the coast, and the other side answered the next day.</p>"
        f"<p><a href='{url}'>{outlet} →</a></p>"
        for title, url, outlet in cards
    )
    # (a section's opening over its first card: the card is as long as the others)
    opening = "<p>02</p><p>全球政治 Politics POLITICS</p><p>深度解读</p>"
    page = f"<html><body><p>陆先生日报 LUXIANSHENG DAILY</p><p>2026.07.19</p>{opening}{body}</body></html>"
    assert titles_and_urls(read_html_page(page)) == [(title, url) for title, url, _ in cards]
    # a note over a story's thread is no outlet's name
    assert not digest._outlet_then_arrow("Ongoing · day 2 ↗")
    assert digest._outlet_then_arrow("France 24 →")


def test_stories_titled_in_two_languages_under_groups_with_labelled_parts_are_the_stories() -> None:
    stories = [
        (
            "AI",
            "TanStack npm Supply-Chain Compromise",
            "TanStack npm 供應鏈攻擊",
            "https://tanstack.com/blog/pm",
        ),
        (
            "AI",
            "Claude Platform on AWS",
            "AWS 上的 Claude 平台",
            "https://claude.com/blog/aws",
        ),
        (
            "AI",
            "Hackers Used AI to Find a Flaw",
            "犯罪集團用 AI 找出重大軟體漏洞",
            "https://www.nytimes.com/ai",
        ),
        (
            "Frontend",
            "JavaScript Composites Proposal",
            "JavaScript Composites 提案",
            "https://fm.example.com/c",
        ),
        (
            "Frontend",
            "Building a UI Without Breakpoints",
            "沒有 breakpoint 也能做 RWD",
            "https://fm.example.com/b",
        ),
    ]
    page = "# Tech News 2026-05-12 (Tuesday)\n\n"
    for n, (group, en, zh, url) in enumerate(stories):
        if n == 0 or stories[n - 1][0] != group:
            page += f"## {group}\n\n"
        # (one story in five or so tells its points without labelling them)
        told = (
            "- Something happened on May 11.\n- It was found in twenty minutes.\n"
            if n == 3
            else (
                "- **What happened**\n  - Something happened on May 11, and it was found in twenty minutes.\n"
            )
        )
        link = f"[{'GitHub' if n == 3 else '原文連結'}]({url})"
        page += f"### {en}\n### {zh}\n\n{link}\n\n{told}-------\n- 5/11 發生了一件事。\n\n"
    records = read_capture(page)
    assert titles_and_urls(records) == [(en, url) for _, en, _, url in stories]
    assert [t.text for t in records[0].texts if t.kind == "title"] == [stories[0][1], stories[0][2]]


def test_an_item_showing_its_address_as_its_link_is_titled_by_its_words_not_cut_at_https() -> None:
    said = "A news article with no clear AI-related content."
    url = "https://www.theguardian.com/technology/2025/jan/27/all"
    item = blocks.parse(f"- {said} [{url}]({url})\n", "text").blocks[0]
    heading, *_ = digest._item_title(item, [])
    assert (heading.text, heading.links[0].href) == (said, url)
    labelled = blocks.parse(f"- Ferry adds a night service: [{url}]({url})\n", "text").blocks[0]
    assert digest._item_title(labelled, [])[0].text == "Ferry adds a night service"


def test_a_source_section_over_a_bare_address_gives_the_summarys_source() -> None:
    summary = (
        "# 金融リサーチのための検証可能なAI（要約ガイド）\n\n## 主なポイント\n"
        "- すべての数値が監査可能で、出典文書まで追跡できる。\n- 規制環境向けに有用です。\n\n"
        "## 出典\n- https://claude.com/blog/how-kepler-built-verifiable-ai\n"
    )
    (record,) = read_capture(summary)
    assert record.canonical_url == "https://claude.com/blog/how-kepler-built-verifiable-ai"
    # a section of several addresses lists what a text drew on: none of them is its original
    several = summary + "- https://www.anthropic.com/news/claude-for-financial-services\n"
    assert read_capture(several)[0].canonical_url is None


def test_numbered_items_each_over_its_address_are_stories() -> None:
    items = [
        (
            "RT-Thread Safety Auto 通过最高等级功能安全认证，助力企业实现降本增效。",
            "https://mp.weixin.qq.com/s/Hdtn",
        ),
        (
            "苹果将所有开源项目迁移至GitHub，不再自建开源代码托管平台。",
            "https://www.cnbeta.com.tw/articles/1423995.htm",
        ),
        ("小米汽车3月28日正式上市，官方宣称要造一台最好开的轿车。", "https://mp.weixin.qq.com/s/L5lm"),
    ]
    page = "# 2024年3月\n\n## 2024.03.28\n\n2024年3月28日 💡行业快讯\n\n" + "".join(
        f"{n}. {said}\n\n   {url}\n\n" for n, (said, url) in enumerate(items, 1)
    )
    assert titles_and_urls(read_capture(page)) == items


def test_a_paper_pages_fields_give_its_address_date_and_authors() -> None:
    page = (
        "# 文本生成\n\n# SmallThinker: 一类专为本地部署高效训练的大型语言模型\n\n"
        "**论文ID**：2507.20984\n**英文标题**：SmallThinker: A Family of Efficient Large Language Models\n"
        "**论文地址**：https://arxiv.org/abs/2507.20984\n\n"
        "**作者团队**：Yixin Song, Zhenliang Xue\n**发表日期**：2025-07-28\n\n"
        "**英文摘要**：\nWhile frontier large language models continue to push capability boundaries, "
        "their deployment remains confined to GPU-powered cloud infrastructure.\n"
    )
    (record,) = read_capture(page)
    assert record.canonical_url == "https://arxiv.org/abs/2507.20984"
    assert [c.value for c in record.published_at] == ["2025-07-28"]
    assert record.authors == ["Yixin Song", "Zhenliang Xue"]


def test_a_hacker_news_digest_of_titles_and_their_threads_is_its_stories() -> None:
    stories = [
        ("RenderFormer: Neural rendering of triangle meshes", "https://microsoft.github.io/renderformer/"),
        ("Progressive JSON", "https://overreacted.io/progressive-json/"),
        (
            "Georgists Valued Land in the 1900s",
            "https://progressandpoverty.substack.com/p/how-georgists-valued",
        ),
        ("Precision Clock Mk IV", "https://mitxela.com/projects/precision_clock_mk_iv"),
        ("Oniux: Kernel-level Tor isolation", "https://blog.torproject.org/introducing-oniux/"),
    ]
    page = '---\ntitle: "Hacker News Digest · June 01, 2025"\ndate: 2025-06-01T05:00:00Z\n---\n\n' + "".join(
        f"[{title}]({url})  {url.split('/')[2]} / [{n} comments](https://news.ycombinator.com/item?id={n})\\\n"
        f"🔗 · [Save](https://bookmark.example.com/new?url={n})\n\n"
        for n, (title, url) in enumerate(stories, 10)
    )
    assert titles_and_urls(read_capture(page)) == stories


def test_an_original_and_its_translation_under_their_labels_are_two_whole_texts() -> None:
    page = (
        "# Side-Stepping Skill\n\n**Date** : 2024 / 08 / 20\n\n## Original Article\n\n"
        "Counter-Strike is constantly evolving, and the community shapes the game.\n\n"
        "### Release Notes for 8/19/2024\n\n"
        "- Input automation will now be detected on official servers.\n"
        "- Binds of more than one command are ignored by default.\n\n"
        "## 中文翻译\n\n《反恐精英》不断发展，社区塑造着游戏。\n\n### 2024 年 8 月 19 日发行说明\n\n"
        "- 官方服务器现在会检测输入自动化。\n- 包含多个命令的绑定默认将被忽略。\n"
    )
    (record,) = read_capture(page)
    bodies = {(t.lang, t.origin): t.text for t in record.texts if t.kind == "body"}
    assert bodies[("en", "original")] == (
        "Counter-Strike is constantly evolving, and the community shapes the game.\n\n"
        "Release Notes for 8/19/2024\n\n"
        "- Input automation will now be detected on official servers.\n"
        "- Binds of more than one command are ignored by default."
    )
    assert bodies[("zh", "machine_translation")].endswith("- 包含多个命令的绑定默认将被忽略。")
    assert [c.value for c in record.published_at] == ["2024-08-20"]


def test_a_section_label_may_open_with_the_name_of_its_language() -> None:
    page = (
        '---\ntitle: "A multifactor model for detecting propaganda in textual data"\n---\n\n'
        "# A multifactor model for detecting propaganda in textual data\n\n"
        "**제목(한글)**: 텍스트 데이터에서 선전 탐지를 위한 다요인 모델\n\n## 한국어 요약\n\n"
        "**연구질문**: 방대한 텍스트 데이터 내 선전 요소를 객관적으로 탐지하는 방법은 무엇인가?\n\n"
        "**방법론**:\n- 정량적 및 의미론적 텍스트 분석\n- 선형 컨볼루션을 활용한 다요인 모델 구축\n\n"
        "**DOI**: https://doi.org/10.20535/2786-8729.7.2025.342630\n"
    )
    (record,) = read_capture(page)
    titles = {t.lang: t.text for t in record.texts if t.kind == "title"}
    assert titles["ko"] == "텍스트 데이터에서 선전 탐지를 위한 다요인 모델"
    summaries = [(t.lang, t.text) for t in record.texts if t.kind == "summary"]
    assert summaries == [
        ("ko", "연구질문: 방대한 텍스트 데이터 내 선전 요소를 객관적으로 탐지하는 방법은 무엇인가?")
    ]
    assert [p.text for p in record.key_points] == [
        "정량적 및 의미론적 텍스트 분석",
        "선형 컨볼루션을 활용한 다요인 모델 구축",
    ]


def test_a_summarys_closing_stamp_is_no_part_of_it() -> None:
    said = "马斯克宣布SpaceX收购xAI，整合航天与AI技术；华为Mate 80热销，1月手机市场份额第一。"
    page = (
        "# 雷锋网早报\n\n来源: 雷锋网 | 原文: [链接](https://www.leiphone.com/category/zaobao/x.html)\n\n"
        f"## 摘要\n\n{said}\n\n*自动生成于 2026-02-03*\n"
    )
    (record,) = read_capture(page)
    assert [(t.lang, t.text) for t in record.texts if t.kind == "summary"] == [("zh", said)]


def test_a_weekly_log_titled_by_its_month_and_week_is_a_digest_of_its_links() -> None:
    links = [
        (
            "RustにおけるGitHub Actionsベストプラクティス",
            "https://techblog.paild.co.jp/entry/2023/04/10/170218",
        ),
        (
            "Rustの2種類の 'static",
            "https://laysakura.github.io/2020/05/21/rust-static-lifetime-and-static-bounds/",
        ),
        ("RISC-V原典", "https://bookplus.nikkei.com/atcl/catalog/18/269170/"),
        ("一番分かりやすい OAuth の説明", "https://qiita.com/TakahikoKawasaki/items/e37caf50776e00e733be"),
    ]
    page = "# 2023/05 2週目\n\n" + "".join(
        f"## {topic}\n- [{title}]({url})\n  - 読んだメモ。\n\n"
        for topic, (title, url) in zip(["Rust", "Rust 2", "RISC-V", "認証認可"], links, strict=True)
    )
    assert sorted(titles_and_urls(read_capture(page))) == sorted(links)


def test_an_untitled_issue_body_of_linked_items_and_their_quotes_is_its_stories() -> None:
    items = [
        (
            "The Haskell.org Website Working Group (HWWG)",
            "https://neilmitchell.blogspot.com/2016/11/hwwg.html",
        ),
        ("Haskell, can we REST?", "https://github.com/eborden/json-msg-pack"),
        ("Comparative concurrency with Haskell", "https://www.fpcomplete.com/blog/2016/11/concurrency"),
    ]
    page = "".join(
        f"-   [{title}]({url})\n\n    > What {title} is about, in its author's words, at some length.\n\n"
        for title, url in items
    )
    assert titles_and_urls(read_capture(page)) == items


def test_a_contents_lines_label_is_no_section_of_a_clipped_article() -> None:
    text = "Axum 是一个基于 Tokio 和 Tower 的 HTTP 框架，它把处理函数的参数当作提取器。" * 12
    page = (
        '---\ntitle: "Rust: Axum HTTP 框架的架构分析"\nsource: "https://zhuanlan.zhihu.com/p/711528388"\n'
        'created: 2025-06-08\ntags:\n  - "clippings"\n---\n'
        "目录\n\nAxum 整体架构图\n\n总结\n\n"
        f"## Axum 整体架构图\n\n{text}\n\n### 总结\n\n设计之后，用户只需关注业务。\n"
    )
    parsed = blocks.parse(page, "text")
    assert extract.choose(parsed).name == "front_matter_post"  # the article, no summary of it


def test_a_news_podcasts_episode_links_are_its_stories_and_its_hosts_are_not() -> None:
    links = [
        ("SiFive talks up RISC-V", "https://venturebeat.com/2018/06/25/sifive-unveils-open-chip-cores/"),
        ("Announcing STARTTLS Everywhere", "https://www.eff.org/deeplinks/2018/06/announcing-starttls"),
        (
            "Gentoo’s GitHub compromised",
            "https://www.gentoo.org/news/2018/06/28/Github-gentoo-org-hacked.html",
        ),
    ]
    page = (
        "# LAN 060: Linux Action News 60\n\n* Air Date: 2018-07-01\n* Duration: 34 mins 11 secs\n\n"
        "## About this episode\n\nGentoo's GitHub is compromised, and Google writes big checks.\n\n"
        "## Your hosts\n* [Chris Fisher](https://linuxactionnews.com/hosts/chris)\n"
        "* [Joe Ressington](https://linuxactionnews.com/hosts/joe)\n\n## Episode links\n\n"
        + "".join(f'  * [{title}]({url} "{title}")\n' for title, url in links)
        + "\n## Tags\n\n[gentoo](https://linuxactionnews.com/tags/gentoo), [risc-v](https://linuxactionnews.com/tags/risc-v)\n"
    )
    assert titles_and_urls(read_capture(page)) == links


def test_numbered_sections_of_an_original_given_whole_are_no_stories() -> None:
    tools = ["Claude Code", "OpenCode", "Droid"]
    page = (
        "# Top AI Agentic CLI Tools\n\n## Metadata\n- Author: Abid Ali Awan\n"
        "- URL: https://www.kdnuggets.com/top-7-ai-agentic-cli-tools\n\n## Full Document\n"
        "I have a complicated love-hate relationship with AI agentic coding.\n\n"
        + "".join(
            f"#### {n}. {tool}\n[{tool}](https://example.com/{n}) is one of the tools I tried, at length.\n\n"
            for n, tool in enumerate(tools, 1)
        )
    )
    (record,) = read_capture(page)
    (body,) = [t.text for t in record.texts if t.kind == "body"]
    assert "1. Claude Code" in body and "Droid is one of the tools" in body


def test_an_items_hour_in_bold_is_no_title_of_it() -> None:
    items = [
        (
            "Thị trường chứng quyền ngày 13/08/2026: Tiếp tục phân hóa",
            "http://vietstock.vn/2026/08/a-1479684.htm",
        ),
        (
            "Chứng khoán phái sinh ngày 13/08/2026: Tiếp tục thận trọng?",
            "http://vietstock.vn/2026/08/b-1479647.htm",
        ),
        ("Vietstock Daily 13/08/2026: Áp sát mốc 1,800 điểm", "http://vietstock.vn/2026/08/c-1479704.htm"),
    ]
    page = "# 📊 Tin Tức Vietstock — 2026-08-13\n\n## Nhận định thị trường\n" + "".join(
        f"• **{hour}**: [{title}]({url})\n"
        for hour, (title, url) in zip(["20:00", "19:30", "18:17"], items, strict=True)
    )
    assert titles_and_urls(read_capture(page)) == items


def test_a_podcasts_links_numbered_by_its_hosts_are_its_stories() -> None:
    links = [
        ("auto-py-to-exe", "https://github.com/brentvollebregt/auto-py-to-exe"),
        (
            "8 surprising ways how to use Jupyter Notebook",
            "https://mljar.com/blog/how-to-use-jupyter-notebook/",
        ),
        ("piptrends", "https://piptrends.com/"),
    ]
    page = (
        "# Python Bytes 287\n\nSponsored by us! Support our work through:\n\n"
        "- Our [**courses at Talk Python Training**](https://training.talkpython.fm/)\n"
        "- [**Patreon Supporters**](https://www.patreon.com/pythonbytes)\n\n"
        + "".join(
            f"**{host} #{n}:** [**{title}**]({url})\n\n- What it does, in a line.\n- And another.\n\n"
            for n, (host, (title, url)) in enumerate(
                zip(["Michael", "Brian", "Michael"], links, strict=True), 1
            )
        )
    )
    assert titles_and_urls(read_capture(page)) == links


def test_a_news_logs_notes_between_its_sourced_items_are_no_stories_and_do_not_hide_them() -> None:
    items = [
        ("OpenAI が大規模資金調達を発表", "https://openai.com/index/accelerating-the-next-phase-ai/"),
        ("GPT-5.4 の公開", "https://openai.com/index/introducing-gpt-5-4/"),
        ("Chrome 安定版にゼロデイ修正", "https://chromereleases.googleblog.com/2026/03/stable-channel.html"),
        ("Google 公式が Gemma 4 を公開", "https://blog.google/technology/developers/gemma-4/"),
        (
            "OpenAI がテック業界トーク番組 TBPN を買収",
            "https://techcrunch.com/2026/04/02/openai-acquires-tbpn/",
        ),
    ]
    notes = ["エイプリルフール時期のため、単独の煽り見出しは照合を優先。", "重複のため省略。"]
    page = (
        "# 海外ITニュース調査ログ（累積）\n\n## 調査 2026-04-02 （JST）\n\n### 新規トピック\n\n"
        + "".join(
            f"- **{title}** — 公式に説明された内容の要約。出典: [出典元]({url})\n" for title, url in items
        )
        + "\n### メモ（任意）\n\n"
        + "".join(f"- {note}\n" for note in notes)
    )
    assert titles_and_urls(read_capture(page)) == items


def test_a_nested_summary_label_named_by_its_language_stays_a_field_of_its_story() -> None:
    posts = [
        ("Hello from ClawdAndroidBuilder", "https://www.moltbook.com/post/eea12250"),
        ("Confession: I am not a Moltbot", "https://www.moltbook.com/post/43b62ead"),
        ("Agents that test their own code", "https://www.moltbook.com/post/9c1d77aa"),
    ]
    page = "## 2026-02-03 14:00 Moltbook Digest（繁中摘要）\n\n" + "".join(
        f"- {title}\n  - 連結：<{url}>\n  - 中文摘要：\n    1. 一位助理分享自己的介紹。\n    2. 交流。\n\n"
        for title, url in posts
    )
    assert titles_and_urls(read_capture(page)) == posts


def test_a_groups_note_and_its_items_scores_do_not_keep_its_posts_together() -> None:
    posts = {
        "r/dataisbeautiful": [
            (
                "I analyzed 1 year of wireless earbuds recommendations",
                "https://reddit.com/r/dataisbeautiful/comments/1p841lo/",
            ),
            (
                "Best and Worst States for Health Care in 2026",
                "https://reddit.com/r/dataisbeautiful/comments/1p7i5tc/",
            ),
        ],
        "r/LocalLLaMA": [
            ("Open-source just beat humans at ARC-AGI", "https://reddit.com/r/LocalLLaMA/comments/1p7d97m/"),
            ("Qwen3 Next almost ready in llama.cpp", "https://reddit.com/r/LocalLLaMA/comments/1p7hg5g/"),
        ],
    }
    page = "# Reddit Daily – 2025-11-27\n\n## By Subreddit\n\n" + "".join(
        f"### {group}\n\n_Today’s highlights from this corner of Reddit._\n\n"
        + "".join(f"- ({n}★) [{title}]({url})\n" for n, (title, url) in enumerate(items, 142))
        + "\n"
        for group, items in posts.items()
    )
    assert sorted(titles_and_urls(read_capture(page))) == sorted(p for items in posts.values() for p in items)
