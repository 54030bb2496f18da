"""Page shapes found on the thirty-sixth real-page check: a digest's stories that link nothing or
tell nothing in prose now and then, stories closed by their address alone, tables of the day's list
over stories told at length, items closed by an arrow link, plain-text e-mails' links, HTML cards
under their meta lines, machine translations that say so in front matter, placeholder and escaped
titles, tracking parameters, exit pages and web archives stated bare, clippers', scrapers' and
notes apps' stamps, and pages that are no news (issue templates, mailing lists' digests)."""

from __future__ import annotations

import pytest
from capture import PROSE_EN, decoded, read_capture, texts_of, title_of
from hypothesis import given
from hypothesis import strategies as st

from pipeline import blocks, extract, normalize

_ZH = (
    "这一期我们整理了本周值得关注的几件事情，包括开源社区的新动向、几个重要项目的版本发布，"
    "以及开发者们在论坛上讨论最多的话题，供大家参考。"
)


def test_a_digests_stories_may_now_and_then_link_nothing_or_tell_nothing_in_prose() -> None:
    def story(n: int) -> str:
        if n == 3:  # a story with no address
            return f"### 给青年程序员的建议 {n}\n\n{_ZH}\n\n"
        if n == 7:  # a story that is its link alone, no prose
            return f"### 数据结构课程 {n}\n\n> https://video.example/course-{n}\n\n"
        return f"### 本周话题 {n}\n\n> https://news{n}.example/post/{n}\n\n{_ZH}\n\n"

    page = "---\ntitle: Mine Weekly 第 54 期\ndate: 2024-09-15\n---\n\n"
    groups = [range(1, 5), range(5, 9), range(9, 13)]
    for name, numbers in zip(("科技动态", "技术文章", "工具资源"), groups, strict=True):
        page += f"## {name}\n\n> 最新的动态与文章\n\n" + "".join(story(n) for n in numbers)
    records = read_capture(page)
    assert len(records) == 12  # the stories, not the three groups
    assert title_of(records[0]) == "本周话题 1"
    assert records[6].canonical_url == "https://video.example/course-7"


def test_community_news_is_a_digest_whose_stories_close_on_their_address() -> None:
    def story(n: int) -> str:
        address = f"https://p{n}.example/r/{n}"
        told = "" if n % 3 == 0 else f"{_ZH}\n\n"  # or in a few short lines, then the address alone
        return f"## 项目 {n} 发布新版本\n\n{told}- 支持更多平台\n\n[{address}]({address})\n\n"

    page = "---\npub_date: Thu, 30 Apr 2021 18:00:00 GMT\n---\n\n# 社区热点\n\n编辑：张三\n\n---\n\n"
    records = read_capture(page + "".join(story(n) for n in range(1, 11)))
    assert len(records) == 10
    assert records[2].canonical_url == "https://p3.example/r/3"


def test_a_post_whose_front_matter_says_a_machine_translated_it_is_a_machine_translation() -> None:
    original = "https://blog.example.org/native-speed-backend"
    (record,) = read_capture(
        '---\nlayout: post\ntitle: "네이티브 스피드 백엔드"\n'
        f'source_url: "{original}"\nsource_published_date: "2026-07-08"\n'
        'translation_status: "draft"\ntranslator: "openai"\n---\n\n'
        f"_이 글은 [Native-speed backend]({original})를 한국어로 번역한 글입니다._\n\n"
        + "이 글에서는 새 백엔드가 어떻게 동작하는지, 그리고 왜 빠른지를 자세히 설명합니다. "
        * 8
    )
    (body,) = texts_of(record, "body")
    assert body.origin == "machine_translation" and body.generator == "openai"
    assert record.canonical_url == original
    # the original's date, which the translation's front matter states
    assert [claim.value for claim in record.published_at] == ["2026-07-08"]


def test_a_translation_status_of_machine_needs_no_translator_named() -> None:
    (record,) = read_capture(
        "---\nlayout: post\ntitle: Reading Model States Through Newline Tokens\ndate: 2026-04-26\n"
        "translation_status: machine\n---\n\n" + f"{PROSE_EN}\n\n" * 6
    )
    assert {t.origin for t in record.texts} == {"machine_translation"}
    assert record.original_language is None
    (record,) = read_capture(
        "---\nlayout: post\ntitle: Reading Model States\ndate: 2026-04-26\n"
        "translation_status: reviewed\ntranslator: Jane Doe\n---\n\n" + f"{PROSE_EN}\n\n" * 6
    )
    assert {t.origin for t in record.texts} == {"original"}


def test_markdown_escapes_in_a_front_matter_title_show_no_backslash() -> None:
    (record,) = read_capture(
        "---\nlayout: post\ntitle: \\[번역] An In-Depth Technical Analysis\ndate: 2020-01-20\n---\n\n"
        + f"{PROSE_EN}\n\n" * 6
    )
    assert title_of(record) == "[번역] An In-Depth Technical Analysis"


def test_newsletter_platforms_tracking_parameters_name_no_other_page() -> None:
    url = "https://developers.example.com/gemma-4/?utm_source=x&_bhlid=a0130544dce3&_hsenc=p2A&id=7"
    assert normalize.canonical_url(url) == "https://developers.example.com/gemma-4/?id=7"


def test_an_exit_page_stated_bare_is_the_address_it_leads_to() -> None:
    # (one slash after the scheme, which browsers read as two)
    wrapped = "https://www.smort.io/article?url=https:/tech.example.com/posts/devops"
    assert normalize.canonical_url(wrapped) == "https://tech.example.com/posts/devops"
    assert normalize.url_key(wrapped) == normalize.url_key("https://tech.example.com/posts/devops/")


@given(st.text(max_size=120))
def test_canonicalising_any_address_gives_an_http_address_or_none(url: str) -> None:
    try:
        canonical = normalize.canonical_url(url)
    except ValueError:  # (an address no parser reads: "http://[")
        return
    assert canonical is None or canonical.startswith(("http://", "https://"))


def test_a_bare_host_name_after_a_titles_separator_is_a_sites_name() -> None:
    title = "“DevOps”의 인적 확장 (The human scalability of “DevOps”) | Smort.io"
    head, outlet = normalize.outlet_suffix(title, "https://tech.example.com/posts/devops")
    assert (head, outlet) == ("“DevOps”의 인적 확장 (The human scalability of “DevOps”)", "Smort.io")
    assert normalize.outlet_suffix("Ghostty — a terminal emulator", "https://ghostty.org/")[1] is None


def test_a_clip_stamped_under_its_title_is_a_copy_of_the_page_it_names() -> None:
    (record,) = read_capture(
        '---\n{"dg-publish":true,"dg-permalink":"/pages/cc-2022-09-27-113615/"}\n---\n\n'
        "# PicGo v2.2 更新，快捷键系统与一波插件推荐 \n\n"
        "> [!quote] 本文剪藏自[PicGo v2.2 更新 - 少数派 (sspai.com)](https://sspai.com/post/58223)\n\n"
        f"## 前言\n\n{_ZH}\n\n## 插件推荐\n\n"
        + "".join(f"### {n}. plugin-{n}\n\n[插件](https://github.com/p/p{n})\n\n{_ZH}\n\n" for n in (1, 2, 3))
    )
    assert record.canonical_url == "https://sspai.com/post/58223"
    assert title_of(record) == "PicGo v2.2 更新，快捷键系统与一波插件推荐"
    (body,) = texts_of(record, "body")
    assert body.origin == "original" and "plugin-3" in body.text


def test_a_notes_clipped_from_line_names_the_page_it_copies() -> None:
    original = "https://blog.example.com/uncle-bob/2013/05/27/TheTransformationPriorityPremise.html"
    (record,) = read_capture(
        "---\ndate_created: +002020-09-15T11:24:57.000\n---\n\n# Code Evolution Steps\n\n"
        f"Clipped from: {original}\n\n" + f"{PROSE_EN}\n\n" * 4
    )
    assert record.canonical_url == original


def test_an_issue_template_is_no_page_of_news() -> None:
    page = decoded(
        "---\nname: Newsletter Edition\nabout: Save highlights from a newsletter edition\n"
        "title: '[NEWSLETTER] Newsletter Name - Date'\nlabels: ['newsletter']\nassignees: ''\n---\n\n"
        "## Key Highlights\n\n### Article 1\n**Title:** \n**Link:** \n**Summary:** \n\n"
        "### Article 2\n**Title:** \n**Link:** \n**Summary:** \n"
    )
    with pytest.raises(extract.Rejected, match="an issue template, not a page of news"):
        extract.extract(page)


def test_a_mailing_lists_digest_is_no_page_of_news() -> None:
    page = decoded(
        "Send bitcoin-dev mailing list submissions to\n\tbitcoin-dev@lists.example.org\n\n"
        "Today's Topics:\n\n   1. Re: OP_Expire and Coinbase-Like Behavior (Antoine)\n"
        "   2. The Pinning & Replacement Problem Set (John)\n\n"
        "----------------------------------------------------------------------\n\n"
        "Message: 1\nDate: Thu, 2 Nov 2023 05:24:36 +0000\nFrom: Antoine <a@example.com>\n\n"
        + f"{PROSE_EN}\n\n"
        * 5
    )
    with pytest.raises(extract.Rejected, match="a mailing list's digest"):
        extract.extract(page)


def test_a_plain_text_emails_links_in_spaced_brackets_are_links() -> None:
    (block,) = blocks.from_text(
        "Backups aren’t simple [ https://substack.com/redirect/9fdab17f?j=eyJ1 ]"
    ).blocks
    assert block.text == "Backups aren’t simple"
    assert block.links == (
        blocks.Link("Backups aren’t simple", "https://substack.com/redirect/9fdab17f?j=eyJ1"),
    )
    # (a bracketed address inside a sentence is no line's link)
    (block,) = blocks.from_text("See [ https://example.com/a ] for more.").blocks
    assert not block.links


def test_a_plain_text_newsletter_tells_a_story_per_linked_line() -> None:
    def item(n: int) -> str:
        return f"Story number {n} about data [ https://substack.com/redirect/{n}abc?j=t ]\n{PROSE_EN}\n"

    records = read_capture(
        '---\nsource: gmail\nsubject: "Data Science Weekly - Issue 669"\n'
        'date: "Thu, 17 Sep 2026 22:37:23 +0000"\n---\n'
        "View this post on the web at https://dsweekly.substack.com/p/issue-669\n\nIssue #669\nHello!\n"
        "Editor's Picks\n" + "".join(item(n) for n in range(1, 7))
    )
    assert [title_of(r) for r in records] == [f"Story number {n} about data" for n in range(1, 7)]
    assert records[0].canonical_url == "https://substack.com/redirect/1abc?j=t"


def test_a_web_archives_copy_names_the_article_it_copies() -> None:
    original = "http://news.example.com/news/Users-of-Mobile-Portals-293540.shtml"
    assert normalize.canonical_url(f"https://web.archive.org/web/20150912105524/{original}") == original
    assert normalize.url_key(f"https://archive.ph/{original}") == normalize.url_key(original)


def test_a_templates_placeholder_title_yields_to_the_posts_own_heading() -> None:
    (record,) = read_capture(
        '---\ntitle: "Blog 2"\ndate: 2024-01-01\nweight: 1\n---\n'
        "# Understanding techniques to reduce AWS Lambda costs\n" + f"{PROSE_EN}\n\n" * 4
    )
    assert title_of(record) == "Understanding techniques to reduce AWS Lambda costs"
    assert not texts_of(record, "body")[0].text.startswith("Understanding")
    (record,) = read_capture(
        '---\ntitle: "Blog 2026"\ndate: 2024-01-01\n---\n# A longer heading of the post\n'
        + f"{PROSE_EN}\n\n" * 4
    )
    assert title_of(record) == "Blog 2026"  # (a year is no placeholder's number)


def test_a_scrapers_copy_of_an_article_is_that_article_not_a_summary_of_it() -> None:
    url = "https://www.news.example.com/world/ai-agent-money-spending-b3032642.html"
    (record,) = read_capture(
        f"---\ntitle: Your AI agent could go rogue\nsource_url: {url}\nsource_site: The Example\n"
        "scraped_at: '2026-08-13T17:07:59Z'\npublished: '2026-08-13T00:00:00Z'\n---\n\n"
        + f"{PROSE_EN}\n\n"
        * 6
    )
    assert record.canonical_url == url
    assert record.cached_at is not None and record.cached_at.startswith("2026-08-13T17:07:59")
    (body,) = texts_of(record, "body")
    assert body.origin == "original" and not texts_of(record, "summary")


def test_an_ai_summary_over_the_original_keeps_the_original_as_its_text() -> None:
    (record,) = read_capture(
        '---\ntitle: "Superpowers 项目技能优化方案"\nchannel: wechat\n'
        "source_url: https://mp.weixin.qq.com/s/Bfo4TnoT5jcX\nfetched_at: 2026-06-12T04:45:58+00:00\n---\n\n"
        "# Superpowers 项目技能优化方案\n\n> 原文: https://mp.weixin.qq.com/s/Bfo4TnoT5jcX\n\n"
        "## AI 总结\n\n- **核心功能**：提供14个开发相关技能\n- **用户痛点**：调用效率低\n"
        "- **效果**：节省 65% Token\n\n"
        f"## 原文 / 逐字稿\n\n{_ZH}\n\n{_ZH}\n\n{_ZH}\n"
    )
    (body,) = texts_of(record, "body")
    assert body.origin == "original" and body.text.startswith("这一期")
    assert [k.origin for k in record.key_points] == ["machine_generated"] * 3


def test_an_html_row_of_one_cell_is_a_layouts_box_not_a_table() -> None:
    page = blocks.parse(
        "<html><body><table><tr><td><b>Hacker News Daily</b><br>Wednesday, 15 Jul 2026</td></tr>"
        "<tr><td>Rank</td><td>Title</td></tr></table></body></html>",
        "html",
    )
    assert [(b.kind, b.text) for b in page.blocks] == [
        ("paragraph", "Hacker News Daily Wednesday, 15 Jul 2026"),
        ("table_row", "Rank | Title"),
    ]


def test_an_html_digests_cards_each_under_a_line_linking_its_page_again_are_stories() -> None:
    def card(n: int) -> str:
        url = f"https://site{n}.example/posts/{n}"
        return (
            f"<p>{700 - n}</p><p>#{n}</p><p><a href='{url}'>Story title number {n}</a></p>"
            f"<p><a href='{url}'>site{n}.example</a> • <a href='https://news.ycombinator.com/item?id={n}'>"
            f"{n} replies</a> • user{n} • 3d ago</p><p>{PROSE_EN}</p>"
        )

    records = read_capture(
        "<html><body><table><tr><td>Hacker News Daily Wednesday, 15 Jul 2026</td></tr></table>"
        + "".join(card(n) for n in range(1, 7))
        + "</body></html>",
        "html",
    )
    assert [r.canonical_url for r in records] == [f"https://site{n}.example/posts/{n}" for n in range(1, 7)]
    assert title_of(records[0]) == "Story title number 1"


def test_a_table_of_the_days_list_over_stories_retelling_some_rows_gives_each_row_its_story() -> None:
    rows = "".join(
        f"| {n} | [Story title {n}](https://news.ycombinator.com/item?id={n}) | note {n} | {100 + n} |\n"
        for n in range(1, 9)
    )
    told = "".join(
        f"### [Story title {n}](https://news.ycombinator.com/item?id={n}) — {100 + n} 分\n\n{_ZH}\n\n---\n\n"
        for n in (2, 5, 7)
    )
    records = read_capture(
        "# Hacker News 每日热点 · 2026-09-15\n\n## 今日热榜总览\n\n"
        "| 排名 | 标题 | 描述 | 分数 |\n|---|---|---|---|\n" + rows + "\n---\n\n## 重点讨论点评\n\n" + told
    )
    urls = [r.canonical_url for r in records]
    # each row once, and the three told at length once more (the two merge later, one address)
    assert sorted(set(urls)) == sorted(f"https://news.ycombinator.com/item?id={n}" for n in range(1, 9))
    assert len(urls) == 11


def test_an_items_arrow_pointing_at_its_page_leaves_the_item_its_words_for_title() -> None:
    def group(name: str, first: int) -> str:
        items = "".join(
            f"- Council passes bill number {n} after a long debate. [↗](https://news.example.com/a/{n})\n"
            for n in range(first, first + 4)
        )
        return f"### {name}\n\n{items}\n"

    records = read_capture(
        "New York City is bracing for snow next week while the council passes several bills.\n\n"
        + group("Risks & Alerts", 1)
        + group("Civics & Politics", 5)
    )
    assert len(records) == 8
    assert title_of(records[0]) == "Council passes bill number 1 after a long debate."
    assert records[0].canonical_url == "https://news.example.com/a/1"


def test_a_notes_apps_export_closing_on_its_originals_link_is_a_copy_of_that_page() -> None:
    (record,) = read_capture(
        '---\ntitle: "Mac 技巧：截取登录屏幕"\ntype: source\ncreated: 2026-07-15\n'
        "source_path: 印象笔记管理工具/Mac 技巧.md\ntags: [印象笔记]\n---\n\n# Mac 技巧：截取登录屏幕\n\n"
        f"{_ZH}\n\n{_ZH}\n\n1. 进入登录屏幕。\n2. 按下快捷键组合。\n3. 打开「设置」选择「共享」。\n\n"
        f"{_ZH}\n\n{_ZH}\n\n---\n\n"
        "[🌐 原始链接](http://sspai.com/31846)\n\n[📎 在印象笔记中打开](evernote:///view/207087/s1/b70f/)\n"
    )
    assert record.canonical_url == "http://sspai.com/31846"
    (body,) = texts_of(record, "body")
    assert body.origin == "original" and "按下快捷键组合" in body.text
    assert not record.key_points and not texts_of(record, "summary")


def test_a_linked_headings_rank_keycap_and_thread_score_are_no_words_of_its_title() -> None:
    stories = "".join(
        f"### {n}\ufe0f\u20e3 [Story title {n}](https://news.example.com/{n}) — {300 + n} 分 · {n} 评"
        f"\n\n{_ZH}\n\n"
        for n in range(1, 5)
    )
    records = read_capture("# Hacker News 每日热点 · 2026-09-15\n\n" + stories)
    assert [title_of(r) for r in records] == [f"Story title {n}" for n in range(1, 5)]
    assert normalize.is_share_url("mailto:?subject=Radar&body=https%3A%2F%2Fx.example")
    assert not normalize.is_share_url("mailto:editor@example.com")


def test_a_pages_share_buttons_are_no_story() -> None:
    def card(n: int) -> str:
        return (
            f"<p>Story title number {n}</p><p>{PROSE_EN}</p>"
            f"<p><a href='https://news{n}.example/a/{n}'>Devamı →</a> Outlet {n} · 7 Ekim 2026</p>"
        )

    share = (
        "<p><b>Paylaş:</b> <a href='https://twitter.com/intent/tweet?url=https%3A%2F%2Fnews.example%2Fi'>X</a>"
        "<a href='https://www.linkedin.com/sharing/share-offsite/?url=https%3A%2F%2Fnews.example%2Fi'>LinkedIn</a>"
        "<a href='mailto:?subject=Radar&amp;body=https%3A%2F%2Fnews.example%2Fi'>E-posta</a></p>"
    )
    records = read_capture(
        "<html><body><h1>AI Weekly Radar — 7 Ekim 2026</h1>"
        + "".join(card(n) for n in range(1, 6))
        + share
        + "</body></html>",
        "html",
    )
    assert [r.canonical_url for r in records] == [f"https://news{n}.example/a/{n}" for n in range(1, 6)]
