"""Page shapes found on the thirty-fourth real-page check: translations signed at their close or
headed by labelled lines alone, reposts that name a site's home page first, a copy's chrome over its
article's title, models' answers pasted whole under each story, digests whose top stories are told
again in their sections, and digests of linked headings and linked one-line hits."""

from __future__ import annotations

import re

import lxml.html
from capture import read_capture, title_of
from hypothesis import given
from hypothesis import strategies as st

from pipeline import blocks, extract

_ZH = (
    "Git 非常有助于小团队管理他们的软件开发进度，但有些方法能让你变得更高效。我发现了许多有助于我的团队"
    "的最佳实践，尤其是当不同 Git 水平的新人加入时。每个人都应当遵循对于分支命名、标记和编码的规范。"
)


def _body(record) -> str:
    (body,) = [t for t in record.texts if t.kind == "body"]
    return body.text


def test_a_translation_signed_with_its_credits_at_its_close_is_the_article_it_names_there() -> None:
    page = (
        "6 个在团队中使用 Git 的最佳实践\n======\n\n> 采用这些 Git 协作策略，让团队工作更高效。\n\n"
        + "".join(f"{_ZH}\n\n### 第 {n} 节\n\n" for n in range(4))
        + "-" * 40
        + "\n\nvia: https://opensource.com/article/20/7/git-best-practices\n\n"
        "作者：[Ravi Chandran][a]\n选题：[lujun9972][b]\n译者：[LazyWolfLin](https://github.com/LazyWolfLin)\n"
        "校对：[wxy](https://github.com/wxy)\n\n"
        "本文由 [LCTT](https://github.com/LCTT/TranslateProject) 原创编译，"
        "[Linux中国](https://linux.cn/) 荣誉推出\n\n[a]: https://opensource.com/users/ravichandran\n"
        "[b]: https://github.com/lujun9972\n"
    )
    (record,) = read_capture(page)
    assert record.canonical_url == "https://opensource.com/article/20/7/git-best-practices"
    assert record.authors == ["Ravi Chandran"]
    title = next(t for t in record.texts if t.kind == "title")
    assert title.text == "6 个在团队中使用 Git 的最佳实践" and title.origin == "unknown"  # the translator's
    body = _body(record)
    assert body.startswith("采用这些 Git 协作策略") and "via:" not in body and "译者" not in body
    # (without the translator's line, the credits name no translation: no adapter claims the page)
    assert extract.choose(blocks.parse(page.replace("译者：", "编辑："), "text")) is None


def test_a_translation_whose_credits_follow_an_address_heading_is_titled_by_its_own_heading() -> None:
    (record,) = read_capture(
        "## https://www.ardanlabs.com/blog/2013/09/slices-of-slices-of-slices-in-go.html\n\n# go的多层切片\n"
        "William Kennedy 2013.9.10\n\n" + f"{_ZH}\n\n" * 4 + "---\n\n"
        "via: https://www.ardanlabs.com/blog/2013/09/slices-of-slices-of-slices-in-go.html\n\n"
        "作者：[William Kennedy](https://github.com/ardanlabs/gotraining)\n译者：[xmge](https://github.com/xmge)\n"
        "校对：[polaris1119](https://github.com/polaris1119)\n"
    )
    assert next(t.text for t in record.texts if t.kind == "title") == "go的多层切片"
    assert record.canonical_url.endswith("/slices-of-slices-of-slices-in-go.html")
    assert _body(record).startswith("Git 非常有助于")  # the byline under the title is none of it


def test_a_translation_headed_by_labelled_lines_alone_is_titled_by_its_originals_link() -> None:
    (record,) = read_capture(
        "\n> * 原文地址：[Java Array Methods – How to Print an Array in Java](https://www.freecodecamp.org/news/"
        "java-array-methods-how-to-print-an-array-in-java/)\n> * 作者：Thanoshan MV\n> * 译者：Tengfei Wang\n"
        "> * 校对者：\n\n" + f"{_ZH}\n\n" * 8
    )
    assert record.canonical_url.endswith("/java-array-methods-how-to-print-an-array-in-java/")
    assert next(t.text for t in record.texts if t.kind == "title") == (
        "Java Array Methods – How to Print an Array in Java"
    )
    assert _body(record).startswith("Git 非常有助于")


def test_a_repost_naming_a_sites_home_page_first_is_the_original_its_later_line_names() -> None:
    (record,) = read_capture(
        "---\ntitle: '【译】关于转译器 JavaScript 程序员需要知道的'\ndate: 2019-02-07 2:30:15\n---\n\n"
        '<blockquote><p>本文转载自：<a href="http://www.zcfy.cc">众成翻译</a><br>译者：<a href="http://www.zcfy.cc/@wemlin">'
        '文蔺</a><br>链接：<a href="http://www.zcfy.cc/article/895">http://www.zcfy.cc/article/895</a><br>原文：'
        '<a href="http://thenewstack.io/javascript-transpilers-need-know/">http://thenewstack.io/javascript-'
        "transpilers-need-know/</a></p></blockquote>\n"
        + f"<p>{_ZH}</p>\n" * 4
        + "\n# 版权声明\n本文资源来源互联网，仅供学习研究使用。\n"
    )
    assert record.canonical_url == "http://thenewstack.io/javascript-transpilers-need-know/"
    (body,) = [t for t in record.texts if t.kind == "body"]
    assert body.origin == "unknown"  # its head names its translator
    assert body.text.startswith("Git 非常有助于") and "版权声明" not in body.text


def test_a_copys_chrome_over_the_articles_own_title_heading_is_no_part_of_its_text() -> None:
    story = "ChatGPT's page-fetching bot is disallowed by more sites than any other AI bot of its kind. " * 4
    (record,) = read_capture(
        '---\ntitle: "OpenAI Says Robots.txt May Not Apply via @sejournal, @MattGSouthern"\n'
        'original_url: "https://www.searchenginejournal.com/openai-robots/585864/"\n---\n\n'
        "# OpenAI Says Robots.txt May Not Apply via @sejournal, @MattGSouthern\n\n"
        "## RSS 摘要\n\nNew data shows ChatGPT's bot is reaching sites that disallowed it.\n\n"
        "## 原文正文\n\nSkip to content\n\nRegister Now\n\n- SEJ\n- AI Search\n\n"
        f"## OpenAI Says Robots.txt May Not Apply\n\n- One AI bot reached disallowed pages.\n\n{story}\n\n"
        f"### Where The Bypasses Land\n\n{story}\n"
    )
    assert next(t.text for t in record.texts if t.kind == "title") == "OpenAI Says Robots.txt May Not Apply"
    assert not record.key_points  # the article's own list is its text, no summary's point
    body = _body(record)
    assert body.startswith("- One AI bot reached") and "Skip to content" not in body
    assert "Where The Bypasses Land" in body


def test_a_models_answer_pasted_under_each_linked_story_is_that_storys_own() -> None:
    def story(n: int) -> str:
        return (
            f"## [Story number {n} about databases](https://example{n}.com/post)\n📰 翻訳・要約:\n"
            f"# 記事{n}の見出し\n\n## 概要\n\n"
            f"この記事はデータベースの性能について分析しています。番号{n}の話です。\n\n"
        )

    records = read_capture("# 🌍 Hacker News Top 10 (翻訳版)\n\n" + "".join(story(n) for n in range(1, 5)))
    assert [r.canonical_url for r in records] == [f"https://example{n}.com/post" for n in range(1, 5)]
    for record in records:
        assert {t.kind for t in record.texts} == {"title", "summary"}
        assert all(t.text != "📰 翻訳・要約:" for t in record.texts)  # a label, no translated title


def test_a_digests_top_stories_told_again_in_their_sections_are_stories() -> None:
    def story(n: int, title: str) -> str:
        link = f"- **Sources:** [Outlet](https://news.example/{n})\n" if n != 3 else ""
        return (
            f"### {title}\n\n- **Category:** Security\n{link}"
            f"- **Summary:** What happened in story {n}, told in one sentence of its own.\n\n"
        )

    records = read_capture(
        '+++\ntitle = "2026-06-21 digest"\n+++\n\n## Top stories\n\n'
        + story(1, "Splunk deadline is today")
        + story(2, "Linux removes strncpy")
        + "## AI\n\n"
        + story(3, "Anthropic access remains suspended")
        + story(4, "Export-control history piece")
        + "## Security\n\n"
        + story(1, "Splunk flaw under active exploitation")
        + story(5, "AMD reinstates memory encryption")
    )
    # six stories under headings, one told twice (a link two stories share names neither)
    assert [title_of(r) for r in records] == [
        "Splunk deadline is today",
        "Linux removes strncpy",
        "Anthropic access remains suspended",
        "Export-control history piece",
        "Splunk flaw under active exploitation",
        "AMD reinstates memory encryption",
    ]
    assert [r.canonical_url for r in records][1:4] == [
        "https://news.example/2",
        None,
        "https://news.example/4",
    ]


def test_linked_headings_and_linked_hits_make_a_digest_whatever_its_title() -> None:
    prose = "這是這則新聞的摘要，說明發生了什麼事，以及它為什麼重要。" * 3
    heads = "".join(f"### [頭條新聞第 {n} 則](https://head.example/{n})\n\n{prose}\n\n" for n in range(3))
    hits = "".join(
        f"- **[快報第 {n} 則標題](https://hit.example/{n})** — 一句話說明這則快報的重點內容。\n"
        for n in range(6)
    )
    records = read_capture(
        f'---\ntitle: "GTC 萬億炸場、Mistral 開源殺入"\ndate: 2026-03-17\n---\n\n{prose}\n\n'
        f"## 🌊 今日浪頭\n\n{heads}## ⚡ 衝浪快報\n\n{hits}"
    )
    urls = [r.canonical_url for r in records]
    assert urls == [
        *(f"https://head.example/{n}" for n in range(3)),
        *(f"https://hit.example/{n}" for n in range(6)),
    ]


def test_one_headings_own_link_does_not_stop_a_digests_headings_telling_their_stories() -> None:
    def story(n: int) -> str:
        return (
            f"## Chủ đề số {n} trong tuần\n\n"
            f"Bài viết thú vị này [giới thiệu](https://site{n}.example/post) một "
            "kỹ thuật mới cho lập trình viên iOS, mời các bạn tham khảo nhé.\n\n"
        )

    proposals = (
        "## Thông tin Swift Evolution Proposals\n\n- Chấp nhận:\n  - [SE-0287](https://github.com/apple/swift-"
        "evolution/blob/master/proposals/0287.md): Extend implicit member syntax\n\n"
    )
    page = "# Bản tin Swift Việt Nam #13\n\n" + proposals + "".join(story(n) for n in range(4))
    linked = (
        page
        + "## Not Phở by [@linhbouniol](https://twitter.com/linhbouniol)\n\n"
        + "Một ứng dụng vui của bạn Linh.\n\n"
    )
    assert len(read_capture(linked)) == 6


def test_a_notes_url_original_field_is_its_source() -> None:
    (record,) = read_capture(
        '---\ntitle: "Context Engineering Enterprise SaaS 2025 - LinkedIn"\n'
        'url_original: "https://www.linkedin.com/posts/tayler-ramsay_context-engineering-activity-7366"\n---\n\n'
        "# Context Engineering Enterprise SaaS 2025\n\n## Resumo\n\n"
        "A engenharia de contexto é a prática de projetar o ambiente de informação onde a IA opera.\n"
    )
    assert (
        record.canonical_url
        == "https://www.linkedin.com/posts/tayler-ramsay_context-engineering-activity-7366"
    )
    assert title_of(record) == "Context Engineering Enterprise SaaS 2025"


def test_a_mirrors_copy_of_an_article_under_its_source_line_is_the_articles_text() -> None:
    def paragraph(n: int) -> str:
        linked = (
            f"the agency [upgraded an investigation](https://apnews.com/a/{n}) into it" if n % 2 else "it"
        )
        return f"Paragraph {n} of the report says that {linked}, and that owners will be told by letter soon."

    page = (
        "# Tesla facing another massive recall -- this time to fix warning lights\n\n"
        "> 来源：[https://nypost.com/2024/02/02/business/tesla-recall/](https://nypost.com/2024/02/02/business/"
        "tesla-recall/)\n\n" + "\n\n".join(paragraph(n) for n in range(5)) + "\n"
    )
    (record,) = read_capture(page)
    assert record.canonical_url == "https://nypost.com/2024/02/02/business/tesla-recall/"
    assert [(t.kind, t.origin) for t in record.texts if t.kind != "title"] == [("body", "original")]
    # (a summary links no words of its sentences: the same page without the links is one)
    (summary,) = read_capture(re.sub(r"\[([^\]]+)\]\(https://apnews[^)]+\)", r"\1", page))
    assert [t.kind for t in summary.texts if t.kind != "title"] == ["summary"]


def test_an_archived_address_without_its_capture_time_names_the_archived_page() -> None:
    assert blocks.archived_original("https://web.archive.org/web/https://techcrunch.com/2015/10/13/x/") == (
        "https://techcrunch.com/2015/10/13/x/"
    )
    assert blocks.archived_original("https://web.archive.org/web/2015/") is None


def test_a_text_in_another_language_than_its_originals_stated_title_is_a_translation() -> None:
    (record,) = read_capture(
        "# 交互式解释\n\n原文标题：Interactive explanations\n"
        "原文链接：https://simonwillison.net/guides/agentic-engineering-patterns/interactive-explanations/\n\n"
        + "\n\n".join(f"{_ZH}[第 {n} 段](https://example.com/{n})还有更多内容。" for n in range(5))
    )
    (body,) = [t for t in record.texts if t.kind == "body"]
    assert body.lang == "zh" and body.origin == "unknown"


def test_an_old_news_page_is_dated_by_the_dateline_its_text_opens_with_and_signed_by_its_byline() -> None:
    story = (
        "<p>Secretary-General Ban Ki-moon's Special Representative told reporters after today's meeting "
        "that he briefed the fifteen-member body about the most recent report on the mission.</p>"
    ) * 6

    def page(opening: str, byline: str = "") -> str:
        return (
            "<html><head><title>No agreement reached on Kosovo's future status</title></head><body>"
            '<div class="nav"><a href="/">Home</a> <a href="/news">News</a></div>'
            f"<h2>No agreement reached on Kosovo's future status</h2>{byline}"
            f"<p>{opening} The Security Council today discussed the peacekeeping mission in Kosovo, with "
            f"no agreement being reached over its future status.</p>{story}</body></html>"
        )

    (record,) = read_capture(page("16 January 2008 –"), "html")
    assert [c.value for c in record.published_at] == ["2008-01-16"]
    (signed,) = read_capture(
        page("LOS ANGELES -", "<p>By TIM MOLLOY, Associated Press Writer Thu Sep 22, 5:10 PM ET</p>"), "html"
    )
    assert signed.authors == ["Tim Molloy"]


def test_a_sidebars_text_ads_are_no_stories_of_an_article_page() -> None:
    story = (
        "<p>Monitoring hilft bei der Automatisierung von Abläufen im Rechenzentrum und spart Zeit. </p>" * 8
    )
    ads = "".join(
        f'<li><h4><a href="https://ad{n}.example/">Anzeige Nummer {n}</a></h4><p>Günstig und schnell '
        f'bestellen, jetzt mit Rabatt für alle Kunden.</p><a href="https://ad{n}.example/">ad{n}.example</a></li>'
        for n in range(3)
    )
    page = (
        "<html><head><title>Monitoring für eine bessere Automatisierung | it-administrator.de</title></head>"
        f"<body><h1>Monitoring für eine bessere Automatisierung</h1><p>22.05.2017</p>{story}"
        f'<div class="textads"><p>Anzeigen</p><ul>{ads}</ul></div></body></html>'
    )
    (record,) = read_capture(page, "html")
    assert title_of(record) == "Monitoring für eine bessere Automatisierung"
    assert blocks.advertising(lxml.html.fromstring('<div class="ad-slot">Buy</div>'))
    # (a page's wrapper whose classes flag its ad settings holds the page, no ad)
    assert not blocks.advertising(lxml.html.fromstring('<div class="page f-ads">' + story * 3 + "</div>"))


def test_a_blog_post_closing_on_its_conclusion_before_its_comments_is_the_post() -> None:
    prose = "<p>I have a love hate relationship with the Twitter API and its many strange limits. </p>" * 8
    (record,) = read_capture(
        "<html><head><title>Twitter API and Me « Find Time for the Karussell</title>"
        "<link rel='canonical' href='http://karussell.wordpress.com/2011/03/07/twitter-api-and-me/'/></head>"
        '<body><h1><a href="http://karussell.wordpress.com/">Find Time for the Karussell</a></h1>'
        '<h3><a href="http://karussell.wordpress.com/2011/03/07/twitter-api-and-me">'
        "Twitter API and Me</a></h3>"
        f"<p>Published 7 March, 2011</p>{prose}<h3>Strange things</h3>{prose}<h3>Conclusion</h3>"
        "<p>So, keep this all in mind when you build on the Twitter API.</p><ul><li>Share this:</li></ul>"
        "<h4>0 Responses to “Twitter API and Me”</h4><h3>Leave a Reply</h3></body></html>",
        "html",
    )
    assert title_of(record) == "Twitter API and Me"
    assert [t.kind for t in record.texts if t.kind != "title"] == ["body"]


def test_an_article_pages_address_is_never_its_sites_home_page() -> None:
    story = (
        "<p>Cloud-Networking verbindet lokale Rechenzentren mit den Diensten der großen Anbieter. </p>" * 8
    )
    (record,) = read_capture(
        '<html><head><base href="https://www.nt4admins.de/"/><link rel="canonical" href="https://www.nt4admins.de/"/>'
        "<title>Cloud-Networking in einer Hybrid-IT-Welt</title></head><body>"
        f"<h1>Cloud-Networking in einer Hybrid-IT-Welt</h1><p>23.06.2017</p>{story}</body></html>",
        "html",
    )
    assert record.canonical_url is None


def test_a_storys_rating_and_topic_after_its_linked_title_are_no_words_of_it() -> None:
    def story(n: int) -> str:
        return (
            f"### [模型 {n} 号今日发布](https://news.example/{n}) ⭐️ 9.{n}/10 [人工智能与大模型]\n\n"
            "**核心要点速览**:\n- 这则新闻的第一个要点。\n- 这则新闻的第二个要点。\n\n"
        )

    records = read_capture(
        "# 科技新闻摘要 2026-08-14\n\n## AI 探索\n\n" + "".join(story(n) for n in range(3))
    )
    assert [title_of(r) for r in records] == [f"模型 {n} 号今日发布" for n in range(3)]


def test_a_digests_headline_groups_beside_a_group_with_summaries_are_all_stories() -> None:
    headlines = "".join(f"{n}. [虎扑热帖第 {n} 条](https://bbs.hupu.com/{n}.html)\n\n" for n in range(1, 9))
    told = "".join(
        f"{n}. [少数派文章第 {n} 篇](https://sspai.com/post/{n})\n"
        "   > 这篇文章介绍了一款新奇的产品，值得一读。\n\n"
        for n in range(1, 4)
    )
    records = read_capture(
        f"# 📅 每日资讯日报\n\n## ⚽ 虎扑 (8 条)\n\n{headlines}## 🎯 少数派 (3 条)\n\n{told}"
    )
    assert len(records) == 11
    assert {r.canonical_url for r in records} >= {"https://bbs.hupu.com/1.html", "https://sspai.com/post/3"}


def test_a_posts_closing_original_article_line_names_its_original_behind_an_icon() -> None:
    prose = "When building server-side rendering apps on AWS, one challenge is reaching AWS services. " * 6
    (record,) = read_capture(
        '---\ntitle: "Blog 3"\ndate: 2024-01-01\n---\n# INTEGRATING IAM COMPUTE ROLES\n\n'
        f"{prose}\n\n{prose}\n\n"
        "📖 **Original article:** [aws.amazon.com/blogs/mobile/iam-compute-roles](https://aws.amazon.com/blogs/"
        "mobile/iam-compute-roles/)\n\n🔗 **Link to the post in the FCJ group:** [facebook.com/share/p/1P]"
        "(https://www.facebook.com/share/p/1P/)\n"
    )
    assert record.canonical_url == "https://aws.amazon.com/blogs/mobile/iam-compute-roles/"


def test_a_summary_notes_title_less_its_summary_label() -> None:
    (record,) = read_capture(
        "---\ntitle: '摘要：Orb 自建记忆与路由的 Claude Code 封装框架'\n"
        "source_url: https://x.com/karry_viber/status/2050483217858482374\n---\n\n### 一句话摘要\n\n"
        "Orb 是一个自建记忆与路由的 Claude Code 封装框架，帮助开发者管理多个会话。\n"
    )
    assert title_of(record) == "Orb 自建记忆与路由的 Claude Code 封装框架"


_CREDIT_LINES = st.sampled_from(
    [
        "via: https://opensource.com/article/20/7/x",
        "作者：[Ravi](https://a.example/r)",
        "译者：[Lazy](https://github.com/l)",
        "校对者：",
        "原文地址：[A Title Of Words](https://b.example/t)",
        "本文转载自：[站点](http://www.zcfy.cc)",
        "> * 译者：x",
        "# 标题",
        "## https://c.example/p",
        "正文的一段话。",
        "via:",
        ":",
        "",
    ]
)


@given(lines=st.lists(st.one_of(_CREDIT_LINES, st.text(max_size=40)), max_size=14))
def test_credits_and_labelled_heads_of_arbitrary_lines_never_raise_and_name_addresses(
    lines: list[str],
) -> None:
    page = blocks.parse("\n\n".join(lines), "text")
    credits, head = blocks.closing_credits(page), blocks.labelled_head(page)
    for found in (credits, head):
        if found is not None:
            fields, at = found
            assert blocks.looks_like_url(fields["url"]) and 0 <= at <= len(page.blocks)
    assert isinstance(blocks.translates_another(page), bool)
    assert all(isinstance(blocks.credits_line(b), bool) for b in page.blocks)
