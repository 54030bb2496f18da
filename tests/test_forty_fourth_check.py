"""Page shapes found on the forty-fourth real-page check: go-there links that name their site first
or add the source's day, a model's reasoning left in its answer, a report that lists each story's
fields under its title, times stated in UTC, a Chinese government page's breadcrumb trail, and front
matter that lost its opening rule or its quotes' escapes."""

from __future__ import annotations

from capture import PROSE_EN, PROSE_ZH, read_capture, rejection, texts_of, title_of
from hypothesis import given
from hypothesis import strategies as st

from pipeline import blocks, dates
from pipeline.adapters.article_page import strip_meta_lines
from pipeline.blocks import Block, is_generic_link_text, names_no_story
from pipeline.normalize import label_of

# --------------------------------------------------------------------------- go-there links


def test_go_there_words_after_the_sites_name_name_no_story() -> None:
    # (a Japanese digest's cards close on "▶ DVBで続きを読む →", "▶ MizzimaTV動画を見る →")
    assert is_generic_link_text("▶ DVBで続きを読む →")
    assert is_generic_link_text("MizzimaTV動画を見る")
    assert is_generic_link_text("Yonhap에서 원문 보기")
    assert is_generic_link_text("Leggi articolo")
    # a site's name before words that say what happened is a headline
    assert not is_generic_link_text("Reutersで報道された日銀の利上げ")
    assert not is_generic_link_text("Apple Vision Pro発表")


def test_a_sources_link_with_its_day_names_no_story() -> None:
    assert names_no_story("↗ SOURCE · Fri, 28 Aug 2026")
    assert names_no_story("Read more · May 3, 2026")
    assert not names_no_story("Visa signs a stablecoin deal · Fri, 28 Aug 2026")
    assert not names_no_story("↗ SOURCE · Ledger Insights")


@given(st.text(max_size=60))
def test_any_link_text_is_told_go_there_or_not_without_error(text: str) -> None:
    assert isinstance(is_generic_link_text(text), bool)
    assert isinstance(names_no_story(text), bool)


_DLT_STORY = """<div class="bn"><span class="tag">🔗</span><h3>{title}</h3><p>{said}</p>
<a class="bn-src" href="{url}">↗ SOURCE · Fri, 28 Aug 2026</a></div>"""
_READ_CARD = """<p>Read of the Week</p><div class="read-card">
<div class="read-meta">SOURCE · Fri, 28 Aug 2026 · Ledger Insights · ~4 min read</div>
<h3>{title}</h3><p>{said}</p><a href="{url}">↗ Read on Ledger Insights</a></div>"""


def test_stories_closed_by_a_dated_source_link_keep_their_headings_as_titles() -> None:
    # (a weekly's lead stories, then its "Read of the Week" card on one of them under its source line)
    stories = [
        ("Visa signs 2nd Korean stablecoin deal with Dunamu", "https://news.example/visa-dunamu"),
        ("Nordic momentum powers Eurex's clearing expansion", "https://trade.example/eurex-nordic"),
    ]
    cards = "\n".join(_DLT_STORY.format(title=t, said=PROSE_EN, url=u) for t, u in stories)
    read = _READ_CARD.format(title=stories[0][0], said=PROSE_EN, url=stories[0][1])
    head = "<h1>Montis Weekly</h1><p>Aug 31, 2026</p><p>Big News of the Week</p>"
    page = f"<html><body>{head}{cards}{read}</body></html>"
    records = read_capture(page, "html")
    assert [(title_of(r), r.canonical_url) for r in records] == [*stories, stories[0]]


_PRESS_CARD = """<div class="evento-box"><div class="evento-titolo">{outlet}</div><p>{said}</p>
<a class="btn-link" href="{url}">Leggi articolo</a></div>"""


def test_a_press_reviews_cards_are_titled_by_their_headings_not_their_go_there_links() -> None:
    cards = [
        ("Il Giornale di Vicenza – Villa Giustiva", "https://giornale.example/thiene/villa-giustiva-1.34"),
        ("Belluno Press – Dolomiti Bellunesi", "https://bellunopress.example/2016/04/12/dolomiti/"),
        ("CISL Vicenza – Ricordo Nerio Brian", "https://cisl.example/news/nerio-brian"),
    ]
    body = "\n".join(
        _PRESS_CARD.format(outlet=o, said="Articolo sulla rassegna e sul suo pubblico.", url=u)
        for o, u in cards
    )
    page = (
        "<html><body><h1>Rassegna Stampa</h1><p>Articoli, citazioni e copertura sui media locali.</p>"
        f"<h2>Articoli e citazioni</h2>{body}</body></html>"
    )
    records = read_capture(page, "html")
    assert [(title_of(r), r.canonical_url) for r in records] == cards


# --------------------------------------------------------------------------- a model's reasoning


_REASONING = """<think>The user wants me to translate the Tech Community AI Digest into Simplified Chinese.

### Today's Highlights
→
### 今日要闻

| Article | Summary |
| :--- | :--- |
| [Prompt injection is the new SQL injection](https://dev.example/prompt-injection) | Draft. |

---</think>
"""


def test_a_models_reasoning_left_in_its_answer_is_no_part_of_the_page() -> None:
    page = blocks.from_text(f"# 技术社区 AI 动态日报\n\n{_REASONING}\n## 今日要闻\n\n正文。\n")
    said = " ".join(b.text for b in page.blocks)
    assert "The user wants" not in said and "Draft." not in said
    assert [b.text for b in page.blocks] == ["技术社区 AI 动态日报", "今日要闻", "正文。"]


def test_a_think_tag_quoted_in_prose_stays() -> None:
    line = "The model writes its reasoning inside a `<think>...</think>` block before the answer."
    page = blocks.from_text(f"# Reasoning modes\n\n{line}\n\n{PROSE_EN}\n")
    assert any("<think>" in b.text for b in page.blocks)


def test_a_digest_after_a_models_leaked_reasoning_gives_its_stories_once() -> None:
    rows = [
        ("提示注入就是新的 SQL 注入", "https://dev.example/prompt-injection"),
        ("你的 AI 编码智能体说测试通过了，但它真的跑了吗？", "https://dev.example/tests-ran"),
        ("在编码智能体时代，我们还需要代码审查吗？", "https://dev.example/code-review"),
    ]
    table = "\n".join(
        f"| [{t}]({u}) | 24 | 这篇文章讨论了智能体的可靠性与安全问题，并给出了实践建议。 |" for t, u in rows
    )
    page = (
        "# 技术社区 AI 动态日报 2026-09-28\n\n"
        f"{_REASONING}\n## 技术社区 AI 摘要 — 2026年9月28日\n\n### Dev.to 要闻\n\n"
        f"| 文章 | 点赞 | 摘要 |\n| :--- | :---: | :--- |\n{table}\n"
    )
    records = read_capture(page)
    assert sorted((title_of(r), r.canonical_url) for r in records) == sorted(rows)


# --------------------------------------------------------------------------- stories listed with their fields


def _fielded(items: list[tuple[str, str, str | None]]) -> str:
    lines = []
    for n, (title, url, day) in enumerate(items, 1):
        lines.append(f"{n}. **{title}**\n   - **Fuente:** BBC News")
        if day:
            lines.append(f"   - **Fecha:** {day}")
        lines.append(f"   - **URL:** {url}\n")
    return "\n".join(lines)


_REAL = [
    (
        "Huge drugs bust reveals battles on cocaine 'superhighway'",
        "https://www.bbc.example/news/articles/c5yvplyrrwno",
    ),
    ("Little to no service as Tube strike continues", "https://www.bbc.example/news/articles/c931px90z48o"),
    (
        "Alcaraz edges Sinner trilogy to win US Open",
        "https://www.bbc.example/sport/tennis/articles/c8xrpd5jeveo",
    ),
]


def test_a_report_listing_each_storys_fields_under_its_title_gives_a_story_each() -> None:
    items = [(t, u, f"Mon, 08 Sep 2025 0{n}:02:40 GMT") for n, (t, u) in enumerate(_REAL, 1)]
    # (a feed item the tool could not read, titled by the address's id: no title, no story)
    items.append(
        ("BBC News Article c8xrejzk0edo", "https://www.bbc.example/news/articles/c8xrejzk0edo", None)
    )
    page = (
        "# 📰 NOTICIAS COMPLETAS ACOPIADAS CON FUENTE Y FECHA\n\n**Total de noticias:** 54\n\n"
        f"## 📰 NOTICIAS PRINCIPALES\n\n{_fielded(items)}\n---\n\n"
        "## 🔮 ANÁLISIS\n\nLas noticias de hoy muestran una tendencia clara en la política británica.\n"
    )
    records = read_capture(page)
    assert [(title_of(r), r.canonical_url) for r in records] == _REAL
    assert [[c.value for c in r.published_at] for r in records] == [
        ["2025-09-08T01:02:40Z"],
        ["2025-09-08T02:02:40Z"],
        ["2025-09-08T03:02:40Z"],
    ]
    assert not any("tendencia" in t.text for r in records for t in r.texts)


def test_items_with_a_link_in_a_field_among_others_are_no_fielded_stories_unless_most_are_fields() -> None:
    # an outline whose points each cite a page among notes of their own is an outline
    page = "# Reading notes\n\n" + "\n".join(
        f"- {t}\n  - Source: {u}\n  - I liked this one because it explains the trade-offs well."
        for t, u in _REAL
    )
    assert [r.canonical_url for r in read_capture(page)] != [u for _, u in _REAL]


def test_a_digests_later_list_of_all_its_stories_is_read_after_its_lead_stories() -> None:
    lead = "\n\n".join(
        f"### {n}. {t}\n\n- **원문 기사**: [{t}]({u})\n- **주요 내용**: {PROSE_EN}"
        for n, (t, u) in enumerate(_REAL[:2], 1)
    )
    listed = [
        *_REAL,
        ("Apple names a new head of design: the team reports to the COO", "https://news.example/apple"),
    ]
    more = "\n\n".join(
        f"{n}. **[뉴스] {t}**\n   - 출처: BBC\n   - URL: `{u}`" for n, (t, u) in enumerate(listed, 1)
    )
    page = (
        "# AI & Tech 뉴스 스크랩 (2026.08.30 ~ 2026.09.04)\n\n"
        f"## 1. 핵심 다이제스트\n\n{lead}\n\n## 2. 주요 뉴스 목록\n\n{more}\n"
    )
    records = read_capture(page)
    assert {r.canonical_url for r in records} == {u for _, u in listed}


# --------------------------------------------------------------------------- dates and pages


def test_a_time_stated_in_utc_is_read_as_utc() -> None:
    assert dates.parse_date("Mon, 08 Sep 2025 05:02:40 GMT") == "2025-09-08T05:02:40Z"
    assert dates.parse_date("Tue, 30 Jun 2020 07:45:33 +0000") == "2020-06-30T07:45:33Z"
    assert dates.parse_date("May 3, 2026 10:30 PM UTC") == "2026-05-03T22:30:00Z"
    # a time in another zone stays the local time it states; "GMT+8" is no UTC
    assert dates.parse_date("Mon, 20 Jul 2026 23:11:32 -0500") == "2026-07-20T23:11:32"
    assert dates.parse_date("September 8, 2025 05:02 GMT+8") == "2025-09-08T05:02"
    assert dates.parse_date("May 3, 2026 10:30 Zurich") == "2026-05-03T10:30"


def test_a_breadcrumb_trail_over_an_article_is_no_part_of_its_text() -> None:
    body = Block("paragraph", "沪公积金管委会〔2018〕6号")
    head = [
        Block("paragraph", "当前位置：公积金网--新闻 > 重要新闻"),
        Block("paragraph", "发布日期：2018-06-26 | 来源：上海市公积金管理中心 | 字体大小[ 大 中 小 ]"),
    ]
    assert strip_meta_lines([*head, body]) == [body]
    assert strip_meta_lines([Block("paragraph", "You are here: Home » News"), body]) == [body]
    # a line under the same words that is no trail of places is the article's
    prose = Block("paragraph", "当前位置：我们仍在等待监管部门的最终批复，预计下月公布")
    assert strip_meta_lines([prose, body]) == [prose, body]


def test_a_front_matter_value_with_unescaped_quotes_is_read_as_its_outer_quotes_hold_it() -> None:
    text = (
        '---\ncategory: "[[Clippings]]"\ntitle: "【翻訳】"Factory Girl"が"Factory Bot"に変わった理由"\n'
        "source: https://qiita.example/items/c71b8f66\npublished: 2017-12-11\ntopics: \n"
        "tags: [clippings Rails FactoryBot]\n---\n\n" + PROSE_EN
    )
    front_matter, _ = blocks.split_front_matter(text)
    assert front_matter["title"] == '【翻訳】"Factory Girl"が"Factory Bot"に変わった理由'
    assert front_matter["source"] == "https://qiita.example/items/c71b8f66"


def test_front_matter_that_lost_its_opening_rule_is_read() -> None:
    text = (
        "title: 【译】解决共享元素在系统UI上绘制的问题\ndate: 2015-06-19 12:49:07\ncategory: Android\n"
        "tag: [动画, 译文]\ntoc: true\n---\n\n\n\n- 原文链接 ：[Dealing with shared elements]"
        "(https://blog.example/posts/shared-elements)\n\n" + PROSE_EN
    )
    front_matter, rest = blocks.split_front_matter(text)
    assert front_matter["title"] == "【译】解决共享元素在系统UI上绘制的问题"
    assert "toc: true" not in rest and rest.lstrip().startswith("- 原文链接")
    records = read_capture(text)
    assert [title_of(r) for r in records] == ["【译】解决共享元素在系统UI上绘制的问题"]
    assert texts_of(records[0], "title")


def test_a_page_that_opens_on_a_title_line_and_a_rule_is_no_front_matter_unless_keys_follow() -> None:
    text = "Title: Weekly notes\n---\n\n" + PROSE_EN
    front_matter, rest = blocks.split_front_matter(text)
    assert front_matter == {} and rest == text


def test_a_dated_issues_linkless_stories_each_with_its_dev_take_are_its_stories() -> None:
    headlines = [
        "Anthropic Built a Model Too Dangerous to Release and Hit $30B Revenue Anyway",
        "Claude Code Routines: Scheduled Automation on Anthropic's Infrastructure",
        "ClawGUI Ships a Unified Framework for GUI Agents",
    ]
    stories = "\n\n---\n\n".join(
        f"### {h}\n{PROSE_EN}\n"
        + "\n".join(f"- Point {k} about it that matters to developers" for k in range(3))
        + "\n\n"
        '**🔧 Dev Take:** "Convenient until the vendor changes its pricing."'
        for h in headlines
    )
    hits = "\n".join(
        f"- **Tool {n} (25.4K ⭐)** is trending as the layer for production agents" for n in range(3)
    )
    page = (
        "# theba.sh — 2026-04-15\n\nThe tension between automation and control peaks this week.\n\n---\n\n"
        f"## Headlines\n\n{stories}\n\n---\n\n## Quick Hits\n\n{hits}\n\n---\n\n"
        "*theba.sh — built for builders*\n"
    )
    records = read_capture(page)
    assert [title_of(r) for r in records] == headlines
    assert all(r.canonical_url is None for r in records)


_WECHAT = """#  一个误操作，GitHub上十年攒的54k+Star全没了！

小金  [ Github掘金计划 ](javascript:void\\(0\\);)

**Github掘金计划** ![]()

微信号 GithubStar

功能介绍 用心发掘 Github 和 Gitee 上优质的开源项目。

____

{dated}

收录于合集 #Github掘金计划 81个

{body}
"""


def test_a_wechat_article_saved_with_its_pages_head_is_read_by_the_day_it_states() -> None:
    page = _WECHAT.format(dated="_2022-04-17 15:07_ _发表于_", body="\n\n".join([PROSE_ZH] * 4))
    (record,) = read_capture(page)
    assert title_of(record) == "一个误操作，GitHub上十年攒的54k+Star全没了！"
    assert [c.value for c in record.published_at] == ["2022-04-17T15:07"]
    (body,) = texts_of(record, "body")
    assert body.text.startswith(PROSE_ZH[:20]) and "微信号" not in body.text


def test_a_wechat_copy_whose_date_line_is_empty_is_no_post() -> None:
    page = _WECHAT.format(dated="___发表于_", body="\n\n".join([PROSE_ZH] * 4))
    assert "no adapter" in rejection(page)


def test_a_design_proposal_is_no_news() -> None:
    page = (
        "- Feature Name: N/A\n- Start Date: 2016-03-09\n"
        "- RFC PR: [rust-lang/rfcs#1535](https://github.com/rust-lang/rfcs/pull/1535)\n"
        "- Rust Issue: [rust-lang/rust#33134](https://github.com/rust-lang/rust/issues/33134)\n\n"
        "# Summary\n\nStabilize the `-C overflow-checks` command line argument.\n\n"
        f"# Motivation\n\n{PROSE_EN}\n"
    )
    assert rejection(page) == "a design proposal, not a page of news"


def test_a_story_that_states_a_start_date_is_no_proposal() -> None:
    page = (
        "---\ntitle: City opens its new library\ndate: 2026-05-01\n---\n\n"
        "- Start Date: 2026-06-01\n- Venue: Main Street\n- Tracking Issue: none\n\n"
        + "\n\n".join([PROSE_EN] * 4)
    )
    assert [title_of(r) for r in read_capture(page)] == ["City opens its new library"]


def test_a_newsletters_related_topics_head_its_links_not_a_story() -> None:
    # (a Microsoft newsletter's "## Related topics" over links to its dev centre had been a story)
    assert label_of("Related topics") == "related"
    assert label_of("Related resources") == "related"
