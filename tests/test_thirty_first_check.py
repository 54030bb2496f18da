"""Page shapes found on the thirty-first real-page check: a story's source link on the line under
its item (Markdown's lazy continuation), relative links to note files whose names hold spaces, and
a static site's template tags that show a card of a story."""

from __future__ import annotations

from capture import read_capture, title_of

from pipeline import blocks, extract, normalize
from pipeline.adapters.base import related_from_line


def test_a_source_link_on_the_line_under_an_item_is_the_items_own_link() -> None:
    page = blocks.parse(
        "#### Zenn\n"
        "- **MCP入門**: Model Context Protocolの基本概念を解説。\n"
        "[元記事](https://zenn.dev/mkj/articles/0ed4d02ef3439c)\n\n"
        "- **A2Aの概要**: GoogleによるA2Aプロトコルの解説。\n"
        "[Read more](https://zenn.dev/hakoten/articles/06557100337fb3)\n",
        "text",
    )
    items = [b for b in page.blocks if b.kind == "list_item"]
    assert [b.links[0].href for b in items] == [
        "https://zenn.dev/mkj/articles/0ed4d02ef3439c",
        "https://zenn.dev/hakoten/articles/06557100337fb3",
    ]
    assert [b.kind for b in page.blocks] == ["heading", "list_item", "list_item"]


def test_a_line_under_an_item_that_says_more_than_a_source_link_is_a_paragraph_of_its_own() -> None:
    page = blocks.parse(
        "- **MCP入門**: Model Context Protocolの基本概念を解説。\n"
        "[MCP is everywhere now](https://example.com/mcp) and here is why.\n"
        "- Another item\n"
        "[A story of its own](https://example.com/story)\n"
        "• A text capture's bullet\n"
        "[元記事](https://example.com/source)\n",
        "text",
    )
    assert [b.kind for b in page.blocks] == [
        "list_item",
        "paragraph",
        "list_item",
        "paragraph",
        "list_item",
        "paragraph",
    ]


def test_a_relative_link_to_a_note_whose_name_holds_spaces_is_a_link() -> None:
    page = blocks.parse(
        "- **[Steijn - オランダの食事計画AI](./Steijn - オランダの食事計画AI.md)**: "
        "アルバート・ハインの事例。\n",
        "text",
    )
    (item,) = page.blocks
    assert item.text.startswith("Steijn - オランダの食事計画AI: ")
    assert item.links[0].href == "./Steijn - オランダの食事計画AI.md"
    # an absolute address holds no space: text after one is no part of it
    (said,) = blocks.parse("See [the post](https://example.com/a b) here.\n", "text").blocks
    assert said.links == ()


_CARD = (
    "{% include news-card.html\n"
    '  title="Critical Splunk Enterprise flaw lets attackers run code"\n'
    '  url="https://thehackernews.com/2026/06/critical-splunk-enterprise-flaw-lets.html"\n'
    '  image="https://example.com/a.jpg"\n'
    '  summary="Splunk released updates for a critical flaw, CVE-2026-20253, rated 9.8."\n'
    '  source="The Hacker News"\n'
    "%}\n"
)


def test_a_template_tag_naming_a_title_and_an_address_shows_the_title_linked_over_its_summary() -> None:
    page = blocks.parse(
        "{% include ai-summary-card.html %}\n\n## Security news\n\n### 1.1 Splunk\n\n"
        + _CARD
        + "\nAnalysis of the flaw follows.\n",
        "text",
    )
    assert [(b.kind, b.text) for b in page.blocks] == [
        ("heading", "Security news"),
        ("heading", "1.1 Splunk"),
        ("paragraph", "Critical Splunk Enterprise flaw lets attackers run code"),
        ("paragraph", "Splunk released updates for a critical flaw, CVE-2026-20253, rated 9.8."),
        ("paragraph", "Analysis of the flaw follows."),
    ]
    card = page.blocks[2]
    assert card.strong
    assert card.links[0].href == "https://thehackernews.com/2026/06/critical-splunk-enterprise-flaw-lets.html"


def test_hugo_shortcodes_show_their_card_and_tags_in_code_or_left_open_are_text() -> None:
    shortcode = blocks.parse(
        '{{< link-card title="A title" link="https://example.com/post" >}}\n\n{{< youtube abc123 >}}\n',
        "text",
    )
    assert [(b.text, b.links[0].href) for b in shortcode.blocks] == [("A title", "https://example.com/post")]
    in_code = blocks.parse('```liquid\n{% include card.html title="T" url="https://e.com/" %}\n```\n', "text")
    assert [b.kind for b in in_code.blocks] == ["code"]
    left_open = blocks.parse("{% this never closes\n" + "word\n" * 50, "text")
    assert left_open.blocks[0].text == "{% this never closes"
    assert len(left_open.blocks) == 51


def test_a_digest_of_linked_items_with_source_lines_reads_each_story() -> None:
    records = read_capture(
        "# 2025-07-01 AI研究・技術トレンド 日次サマリー\n\n"
        "## 📈 カテゴリ別サマリー\n\n### 🔧 技術プラットフォーム (2記事)\n\n#### Zenn\n"
        "- **MCP入門**: Model Context Protocol（MCP）の基本概念とアーキテクチャを解説。"
        "AIアシスタントが外部データにアクセスするための共通プロトコル。\n"
        "[元記事](https://zenn.dev/mkj/articles/0ed4d02ef3439c)\n\n"
        "- **Agent2Agent（A2A)プロトコルの概要**: GoogleによるA2Aプロトコルの概要解説。AIエージェント同士が"
        "相互通信するためのオープンプロトコル。\n"
        "[元記事](https://zenn.dev/hakoten/articles/06557100337fb3)\n"
    )
    assert sorted((title_of(r), r.canonical_url) for r in records) == [
        ("Agent2Agent（A2A)プロトコルの概要", "https://zenn.dev/hakoten/articles/06557100337fb3"),
        ("MCP入門", "https://zenn.dev/mkj/articles/0ed4d02ef3439c"),
    ]


def test_an_original_article_line_with_an_address_names_the_source_and_a_topic_heading_the_title() -> None:
    (record,) = read_capture(
        "### Main Topic: Learning Sequential Tasks\n\n"
        "**Main Thesis:** Training models to learn step-by-step algorithms is hard, because models "
        "prefer memorising shortcuts; specific training methods force them to learn the sequence.\n\n"
        "**Simple Summary:** To teach a model to follow a sequence of steps, researchers chose tasks "
        "where the order matters, checked only the final answer and shared weights across layers.\n\n"
        "---\n*Original article: https://www.lesswrong.com/posts/QEbC3t4XpLsiwhRqg/training-a-transformer*\n"
    )
    assert title_of(record) == "Learning Sequential Tasks"
    assert record.canonical_url == "https://www.lesswrong.com/posts/QEbC3t4XpLsiwhRqg/training-a-transformer"
    assert "summary" in {t.kind for t in record.texts}


def test_front_matter_written_from_an_indented_template_is_read() -> None:
    front_matter, body = blocks.split_front_matter(
        '    ---\n    title: "Chrome Extension Turns Malicious"\n    emoji: "🔒"\n    ---\n\n    ## 概要\n'
    )
    assert front_matter == {"title": "Chrome Extension Turns Malicious", "emoji": "🔒"}
    assert body == "\n    ## 概要\n"
    # a line less indented than the opening one, or no closing line: no front matter to guess at
    assert blocks.split_front_matter("    ---\n    title: A\ntitle: B\n    ---\n")[0] == {}
    assert blocks.split_front_matter("    ---\n    title: A\n\n    Text\n")[0] == {}


def test_a_labelled_line_of_a_translation_names_the_original_and_front_matter_source_urls_do_too() -> None:
    (translated,) = read_capture(
        "原文網址：https://gnomad.broadinstitute.org/news/2020-11-gnomad-v3-1-mitochondrial-dna-variants/\n\n"
        "原文作者：Kristen Laricchia, Sarah E. Calvo\n\n# Overview\n\n"
        "gnomAD自v3.1版本開始提供粒線體DNA的變異資料。gnomAD團隊針對56,434個全基因組定序資料進行粒線體DNA"
        "的變異位點偵測，在最初始的釋出版本中共包含了10,850個獨特的變異位點。\n"
    )
    assert translated.canonical_url == (
        "https://gnomad.broadinstitute.org/news/2020-11-gnomad-v3-1-mitochondrial-dna-variants/"
    )
    (brief,) = read_capture(
        '---\ntitle: "Post-Quantum Cryptography in Kubernetes"\nsource_urls:\n'
        '  - "https://kubernetes.io/blog/2025/07/18/pqc-in-k8s/"\n---\n'
        "Here's the rewritten news brief: **Headline:** Kubernetes gets quantum-safe by default with "
        "hybrid post-quantum KEMs. **Bullet Key Points:** * The Go standard library's crypto/tls "
        "package introduced support for X25519MLKEM768 in version 1.24.\n"
    )
    assert brief.canonical_url == "https://kubernetes.io/blog/2025/07/18/pqc-in-k8s/"
    assert {(t.kind, t.origin) for t in brief.texts} >= {("summary", "machine_generated")}


_ENERGY_DIGEST = (
    "# Energiepolitik: Top-Meldungen (Stand: 2025-11-14)\n\n"
    "## 1. [Merkur] – Merz-Regierung einig bei drei Krisen-Maßnahmen\n"
    "**Überschrift:** Merz-Regierung einig bei drei Krisen-Maßnahmen: Wirtschaft reagiert sofort\n"
    "**Kurzbeschreibung:** Die Bundesregierung hat in zentralen Punkten Einigkeit erzielt, mit teils "
    "heftigen Reaktionen aus Wirtschaft und Opposition.\n"
    "**URL:** https://www.merkur.de/wirtschaft/koalitionsausschuss-zr-94036261.html\n\n"
    "## 2. [InfoWorld] – Generative AI news, features, and analysis\n"
    "**Überschrift:** Aktuelle Nachrichten, Features und Analysen zu Generative AI\n"
    "**Kurzbeschreibung:** InfoWorld bündelt aktuelle Nachrichten und Analysen rund um generative KI "
    "für Entwickler und Unternehmen.\n"
    "**URL:** https://www.infoworld.com/generative-ai/\n"
)


def test_a_bracketed_outlet_before_a_dash_is_no_word_of_the_title_and_a_stated_headline_titles_it() -> None:
    merkur, infoworld = read_capture(_ENERGY_DIGEST)
    assert title_of(merkur) == "Merz-Regierung einig bei drei Krisen-Maßnahmen: Wirtschaft reagiert sofort"
    assert merkur.publisher is not None and merkur.publisher.value == "Merkur"
    assert [(t.lang, t.text) for t in merkur.texts if t.kind == "title"] == [
        ("de", "Merz-Regierung einig bei drei Krisen-Maßnahmen: Wirtschaft reagiert sofort")
    ]
    assert {(t.lang, t.text) for t in infoworld.texts if t.kind == "title"} == {
        ("de", "Aktuelle Nachrichten, Features und Analysen zu Generative AI"),
        ("en", "Generative AI news, features, and analysis"),
    }
    assert [t.kind for t in infoworld.texts if t.lang == "de"] == ["title", "summary"]


def test_a_bracketed_tag_before_a_dash_is_dropped_and_names_no_outlet() -> None:
    assert normalize.bracketed_lead(
        "[SUJET 1/6] – Tensions entre Emmanuel Macron et Donald Trump", "https://www.franceinfo.fr/politique/"
    ) == ("Tensions entre Emmanuel Macron et Donald Trump", None)
    assert normalize.bracketed_lead("[Merkur] – Merz-Regierung einig", "https://www.merkur.de/a.html") == (
        "Merz-Regierung einig",
        "Merkur",
    )
    # brackets that are the title's own, or no dash after them: the title as it is
    assert normalize.bracketed_lead("[Video] Rust 1.80 released", None) == (
        "[Video] Rust 1.80 released",
        None,
    )


def test_links_indented_under_an_items_text_are_its_own_but_words_so_indented_a_paragraph() -> None:
    page = blocks.parse(
        "1.  **DeepSeek-V4-Flash means LLM steering is interesting again**\n"
        "    [https://www.seangoedecke.com/steering-vectors/](https://www.seangoedecke.com/steering-vectors/)\n"
        "    [HN 讨论](https://news.ycombinator.com/item?id=48160807)\n"
        "    **分数:** 201 | **评论:** 67\n\n"
        "2. **Ephemeral Testing**\n"
        "   Lemire 讨论用完即弃的测试环境。\n"
        "   [原文链接](https://lemire.me/ephemeral) ｜ [HN 讨论](https://news.ycombinator.com/item?id=2)\n"
        "- [Haskell: A Great Procedural Language](https://entropicthoughts.com/haskell) by kqr\n"
        "  > This article really tried to become a monad tutorial.\n"
        "- Not under the text\n"
        "     [further in](https://example.com/further)\n",
        "text",
    )
    assert [(b.kind, b.text) for b in page.blocks] == [
        (
            "list_item",
            "DeepSeek-V4-Flash means LLM steering is interesting again "
            "https://www.seangoedecke.com/steering-vectors/ HN 讨论",
        ),
        ("paragraph", "分数: 201 | 评论: 67"),
        ("list_item", "Ephemeral Testing"),
        ("paragraph", "Lemire 讨论用完即弃的测试环境。"),
        ("paragraph", "原文链接 ｜ HN 讨论"),
        ("list_item", "Haskell: A Great Procedural Language by kqr"),
        ("paragraph", "This article really tried to become a monad tutorial."),
        ("list_item", "Not under the text"),
        ("paragraph", "further in"),
    ]
    assert [link.href for link in page.blocks[0].links] == [
        "https://www.seangoedecke.com/steering-vectors/",
        "https://news.ycombinator.com/item?id=48160807",
    ]


def test_a_point_closing_on_a_go_there_link_is_the_point_without_it() -> None:
    (record,) = read_capture(
        "---\ntitle: Data Platform Explained Part I\n"
        "url: https://engineering.atspotify.com/2024/04/data-platform-explained/\n---\n\n"
        "# Data Platform Explained Part I\n\n## Highlights\n"
        "- Today, we rely on insights drawn from 1.4 trillion data points processed daily. "
        "([View Highlight](https://read.readwise.io/read/01j2e2ep9sr4d6y2wgysef52d1))\n"
        "- The need for a data platform emerged organically. [Read more](https://example.com/more)\n"
        "- [View Highlight](https://read.readwise.io/read/01j2e2esn8s3fqbhdzy53ftsq5)\n"
    )
    assert [point.text for point in record.key_points] == [
        "Today, we rely on insights drawn from 1.4 trillion data points processed daily.",
        "The need for a data platform emerged organically.",
    ]


def test_a_closing_line_crediting_the_tool_that_made_the_digest_links_no_story() -> None:
    stories = "".join(
        f"{n}. **{title}**\n   [Link]({url}) | [HN](https://news.ycombinator.com/item?id={n})\n"
        f"   Why it matters: {title} shows where the field is going this week.\n\n"
        for n, (title, url) in enumerate(
            [
                (
                    "DeepSeek-V4-Flash means LLM steering is interesting again",
                    "https://www.seangoedecke.com/s/",
                ),
                ("Local, reviewable repo memory for coding agents", "https://github.com/aictx/memory"),
            ],
            1,
        )
    )
    page = (
        "# Hacker News AI Community Digest 2026-05-17\n\n## Top News\n\n"
        + stories
        + "## Worth Deep Reading\n\n1. **Spend Your Compute on Correctness**\n"
        "   A concise engineering philosophy advocating for investing in verification.\n\n---\n"
    )
    for credit in (
        "*This digest is auto-generated by [agents-radar](https://github.com/DenisZheng/agents-radar).*",
        "*本日报由 [agents-radar](https://github.com/DenisZheng/agents-radar) 自动生成。*",
    ):
        urls = [record.canonical_url for record in read_capture(page + credit + "\n")]
        assert "https://github.com/DenisZheng/agents-radar" not in urls
        assert "https://www.seangoedecke.com/s/" in urls


def test_an_editors_colophon_closing_the_page_links_its_own_pages_and_a_dash_before_an_address_goes() -> None:
    records = read_capture(
        "# Gopher Daily (20240611)\n\n## Go技术生态\n\n"
        "- 1. Grab工程团队：Grab服务上的PGO优化 - https://engineering.grab.com/profile-guided-optimisation\n\n"
        "- 2. Go 中的错误流 - https://preslav.me/2024/06/06/error-flows-in-golang/\n\n"
        "- 3. GoReleaser v2 发布 - https://goreleaser.com/blog/goreleaser-v2/\n\n----\n\n"
        "- 编辑：Tony Bai\n- [编辑主页](https://tonybai.com)：https://tonybai.com\n"
        "- [GopherDaily项目](https://github.com/bigwhite/gopherdaily)：github.com/bigwhite/gopherdaily\n"
        "- [订阅GopherDaily](https://gopherdaily.tonybai.com/subscribe)\n"
    )
    assert [(title_of(r), r.canonical_url) for r in records] == [
        ("Grab工程团队：Grab服务上的PGO优化", "https://engineering.grab.com/profile-guided-optimisation"),
        ("Go 中的错误流", "https://preslav.me/2024/06/06/error-flows-in-golang/"),
        ("GoReleaser v2 发布", "https://goreleaser.com/blog/goreleaser-v2/"),
    ]


def test_a_badge_span_in_a_card_heading_is_no_word_of_the_title() -> None:
    page = blocks.parse(
        "<html><body><div class=card><h3 class=card-title>GitHub 浏览器插件：PR中追踪AI代码贡献 "
        "<span class='source-badge hn-badge'>HN</span></h3><p>一款新的浏览器插件。</p></div>"
        "<h3>1. OpenAI发布GPT-5.3-Codex<span class=source>国际</span><span class=category>头条</span></h3>"
        "<h3>Rust 1.80 <span class=version>released</span></h3></body></html>",
        "html",
    )
    assert [b.text for b in page.blocks if b.kind == "heading"] == [
        "GitHub 浏览器插件：PR中追踪AI代码贡献",
        "1. OpenAI发布GPT-5.3-Codex",
        "Rust 1.80 released",
    ]


def test_a_table_title_linked_to_a_search_for_it_takes_the_articles_link_from_its_source_cell() -> None:
    rows = [
        ("OpenAI announces AI-powered hiring platform", "https://techcrunch.com/2025/09/04/openai-hiring/"),
        (
            "Anthropic agrees to pay $1.5 billion to settle",
            "https://www.reuters.com/legal/anthropic-settles/",
        ),
    ]
    records = read_capture(
        "# 2025-09-06 科技服務資訊週記\n\n## 參考資料\n\n"
        "| 編號 | 文章標題 | 發布日期 | 來源 |\n| :- | :- | :- | :- |\n"
        + "".join(
            f"| {n} | [{title}](https://www.google.com/search?q={title.replace(' ', '+')}) | 2025-09-04 | "
            f"[Outlet]({url}) |\n"
            for n, (title, url) in enumerate(rows, 1)
        )
    )
    assert [(title_of(r), r.canonical_url) for r in records] == rows
    assert normalize.is_search_url("https://www.google.com/search?q=OpenAI")
    assert not normalize.is_search_url("https://mp.weixin.qq.com/s?__biz=MzA3&mid=2651")


def test_stories_told_again_under_each_hours_heading_are_still_stories() -> None:
    stories = [
        ("春节假期首日：爸妈批量住进一线城市酒店", "https://www.thepaper.cn/newsDetail_forward_32617354"),
        ("新春走基层丨马年春运，有个05后在车厢里暴走", "https://www.thepaper.cn/newsDetail_forward_32575666"),
        ("除夕天气大反转，北方多地迎来降雪", "https://www.thepaper.cn/newsDetail_forward_32600001"),
    ]
    hour = "".join(
        f"#### {title}\n\n**来源：** www.thepaper.cn\n\n[阅读全文]({url})\n\n---\n\n"
        for title, url in stories
    )
    records = read_capture(
        "# 2026-02-16 新闻\n\n本页面每小时更新一次最新新闻。\n\n"
        f"## 00:00 更新\n\n### 时政新闻\n\n{hour}## 01:00 更新\n\n### 时政新闻\n\n{hour}"
    )
    assert sorted({(title_of(r), r.canonical_url) for r in records}) == sorted(stories)
    assert len(records) == 6


def test_an_element_no_reader_sees_shows_no_words() -> None:
    page = blocks.parse(
        "<html><body><h1>動画：ナイジェリアで自爆攻撃</h1>"
        "<section><h2 class='hide-text'>このニュースをシェア</h2><p hidden>Hidden note</p>"
        "<p style='display: none'>Not displayed</p><span class='sr-only'>Skip to content</span></section>"
        "<p>【6月18日 AFP】ナイジェリア北東部ボルノ州で16日夜、自爆攻撃が起きた。</p></body></html>",
        "html",
    )
    assert [b.text for b in page.blocks] == [
        "動画：ナイジェリアで自爆攻撃",
        "【6月18日 AFP】ナイジェリア北東部ボルノ州で16日夜、自爆攻撃が起きた。",
    ]


def _site_article(headlines: str) -> str:
    menu = "".join(f"<li><a href='/{section}/'>{section}</a></li>" for section in "abcdefghijkl")
    return (
        "<html><body><ul>" + menu + "</ul><h1>海水汚染には猫トイレの砂…セシウム吸着</h1>"
        "<p>東京電力福島第一原子力発電所では１５日、水素爆発を防ぐための１号機の窒素注入や、汚染水対策など、"
        "安定化に向けた作業が引き続き行われた。</p>"
        "<p>１号機では、毎時２８立方メートルずつ格納容器に窒素が注入され、同日朝までに注入量が約５２００立方メートルに"
        "達した。東電が目標とする６０００立方メートルに近づいたが、容器内の圧力はここ数日横ばいで、同容器から窒素や"
        "水蒸気が漏れている可能性がある。</p>"
        "<p>東電は、海水の汚染対策として、セシウムを吸着する性質がある鉱物「ゼオライト」を詰めた土のうを１０個準備し、"
        "２号機、３号機の取水口付近にそれぞれ投入すると発表した。ゼオライトは吸着力が高く、猫用トイレの砂などに使われる。</p>"
        "<p>（2011年4月15日12時24分 読売新聞）</p>" + headlines + "</body></html>"
    )


def test_a_news_sites_article_among_its_own_headlines_is_the_article_dated_by_its_closing_line() -> None:
    headlines = (
        "<h3>最新主要ニュース</h3><ul>"
        + "".join(
            f"<li><a href='http://www.yomiuri.co.jp/national/news/2011041{n}-OYT1T00{n}.htm'>見出しその{n}の記事</a></li>"
            for n in range(8)
        )
        + "</ul>"
    )
    (record,) = read_capture(_site_article(headlines), "html")
    assert record.adapter == "article_page"
    assert title_of(record) == "海水汚染には猫トイレの砂…セシウム吸着"
    assert [claim.value for claim in record.published_at] == ["2011-04-15T12:24"]
    # a digest written out, no site menus around it, is a digest for all the prose over its headlines
    prose = "Okay, let's tackle this. The user wants me to summarize AI news articles into markdown. " * 5
    digest = (
        "# Weekly AI News Summary\n\n"
        + prose
        + "\n\n### 2025-07-15\n"
        + "".join(
            f"- [TechCrunch story number {n} about AI agents](https://techcrunch.com/2025/07/1{n}/story-{n}/)\n"
            for n in range(6)
        )
    )
    assert {r.adapter for r in read_capture(digest)} == {"generic_digest"}


def test_release_notes_whose_items_link_their_pull_requests_tell_no_stories() -> None:
    page = blocks.parse(
        "## Version 2.3.0.0 2022-08-04\n\nCompatible with OpenSearch 2.3.0\n### Enhancement\n"
        + "".join(
            f"* {said} ([#{n}](https://github.com/opensearch-project/dashboards/pull/{n}))\n"
            for n, said in [
                (236, "Change alignment of Snapshot Management panels in pages/Main/Main.tsx"),
                (221, "Update Rollup help text"),
                (229, "Refactored dependency used by test mock"),
                (230, "Bumped moment version to resolve dependabot alert"),
                (231, "Remove extra forward slash for URL to snapshot management docs"),
            ]
        ),
        "text",
    )
    assert extract.choose(page) is None


_CITED_STORIES = [
    (
        "Anthropic、650億ドル資金調達で企業価値9650億ドルに",
        "AIスタートアップのAnthropicが、650億ドルのシリーズHラウンドを完了した。",
        "Anthropic raises $65 billion, nears $1T valuation ahead of IPO - TechCrunch",
        "https://techcrunch.com/2026/05/28/anthropic-raises-65-billion/",
    ),
    (
        "GitHub Copilot、新トークンベース課金を導入",
        "GitHubは、GitHub Copilotの料金モデルをトークンベースに変更すると発表した。",
        "What a joke: Github Copilot's new token-based billing spurs consternation - TechCrunch",
        "https://techcrunch.com/2026/05/30/github-copilot-token-billing/",
    ),
    (
        "Groq、650百万ドル資金調達を検討",
        "AIチップのGroqが、650百万ドルの資金調達を検討していると報じられた。",
        "AI chip startup Groq reportedly raising $650M - TechCrunch",
        "https://techcrunch.com/2026/05/29/groq-raising-650m/",
    ),
]


def _cited_digest(links: list[tuple[str, str]]) -> str:
    stories = "".join(f"## {title}\n\n{said}\n\n---\n\n" for title, said, *_ in _CITED_STORIES)
    cited = "".join(f"- [{text}]({url})\n" for text, url in links)
    return (
        "# AI開発ニュースまとめ（2026年5月31日）\n\n今週の動き。\n\n---\n\n"
        + stories
        + "## 参考リンク\n\n"
        + cited
    )


def test_stories_cited_in_order_at_the_digests_end_are_each_paired_with_their_link() -> None:
    records = read_capture(_cited_digest([(text, url) for *_, text, url in _CITED_STORIES]))
    assert [(title_of(r), r.canonical_url) for r in records] == [
        (title, url) for title, _, _, url in _CITED_STORIES
    ]
    # links in another order than the stories' (no shared word): no pairing to trust
    shuffled = [(text, url) for *_, text, url in _CITED_STORIES]
    shuffled = [shuffled[1], shuffled[2], shuffled[0]]
    assert {r.canonical_url for r in read_capture(_cited_digest(shuffled))} == {None}


def test_a_date_after_a_dash_closing_a_story_title_dates_it() -> None:
    records = read_capture(
        "# 今日のマイクロソフト\n\n## Microsoft Updates\n\n"
        + "".join(
            f"### [{title}]({url}) — 2026年3月31日\n\n{title}についての要約です。詳しくはリンク先を参照。\n\n"
            for title, url in [
                (
                    "Open to Work: How to Get Ahead in the Age of AI",
                    "https://blogs.microsoft.com/blog/open-to-work/",
                ),
                ("Securing the open source supply chain", "https://github.blog/security/supply-chain/"),
            ]
        )
    )
    assert [title_of(r) for r in records] == [
        "Open to Work: How to Get Ahead in the Age of AI",
        "Securing the open source supply chain",
    ]
    assert {claim.value for r in records for claim in r.published_at} == {"2026-03-31"}


def test_a_summary_whose_only_source_is_a_thread_names_that_thread() -> None:
    (record,) = read_capture(
        '---\ntitle: "GNU gettext 1.0, 30년 만에 정식 버전 출시"\ndate: 2026-02-02 05:00:17 +0900\n---\n\n'
        "## 3줄 요약\n- GNU gettext가 30년 개발 끝에 1.0 버전 출시\n- LLM 기반 자동 번역 기능 추가\n\n"
        "## 📌 주요 내용\n\nGNU gettext가 30년 만에 1.0 버전에 도달했습니다. PO 파일 처리가 개선.\n\n"
        '> <a href="https://news.slashdot.org/story/26/01/30/2154235/gnu-gettext-reaches-version-10" '
        'target="_blank">원문 기사 보기</a>\n'
    )
    assert (
        record.canonical_url
        == "https://news.slashdot.org/story/26/01/30/2154235/gnu-gettext-reaches-version-10"
    )


def test_a_fields_line_over_a_rule_is_no_heading_and_a_veille_with_counted_subjects_tells_them() -> None:
    page = blocks.parse(
        "**Thème** : Industrie\n**Source** : [The Information](https://www.theinformation.com/a)\n---\n",
        "text",
    )
    assert [b.kind for b in page.blocks] == ["paragraph", "paragraph"]
    subjects = [
        ("Les agents IA autonomes passent à la décision", "https://erp.today/autonomous-ai-agents/"),
        ("Anthropic redéfinit le comportement éthique de Claude", "https://www.axios.com/2026/01/21/claude/"),
        (
            "DeepSeek dévoile un modèle IA réduisant les coûts",
            "https://www.wsj.com/tech/ai/deepseek-785facc2",
        ),
    ]
    records = read_capture(
        "# Veille IA & LLM – Semaine du 16/01/2026 au 23/01/2026\n\n"
        "## Introduction\n\nUne semaine chargée.\n\n"
        + "".join(
            f"## SUJET {n}/3 – {title}\n\n### Résumé\nCe que dit l'article, en quelques phrases.\n"
            f"### Points de vue croisés\n**[Outlet]**\nUne analyse de plus.\n"
            f"### Sources\n- [Outlet]({url})\n- [Dev.to](https://dev.to/story-{n})\n---\n\n"
            for n, (title, url) in enumerate(subjects, 1)
        )
        + "## Synthèse finale\n\n---\n"
    )
    assert [(title_of(r), r.canonical_url) for r in records] == subjects


def test_a_copied_pages_title_is_less_the_byline_its_site_set_after_it() -> None:
    menu = "".join(f"{word}\n" for word in ("Skip to main content", "News", "Opinion", "Sport", "Culture"))
    said = "AI agents are being handed real authority inside companies, and we have no way to measure it. "
    (record,) = read_capture(
        "> Source: https://www.theguardian.com/commentisfree/2026/jul/28/rogue-ai-agent-instructions\n\n"
        "How do we prevent AI agents from going rogue? | Bruce Schneier and Barath Raghavan | The Guardian\n"
        + menu
        + "Bruce Schneier and Barath Raghavan\n"
        + said * 6
        + "\n"
    )
    assert title_of(record) == "How do we prevent AI agents from going rogue?"
    # a name no line of the page shows is the title's own words
    (other,) = read_capture(
        "> Source: https://www.theguardian.com/commentisfree/2026/jul/28/rogue-ai-agent-instructions\n\n"
        "Rogue agents | Lessons from the Hugging Face breach | The Guardian\n" + menu + said * 6 + "\n"
    )
    assert title_of(other) == "Rogue agents | Lessons from the Hugging Face breach"


def test_a_cached_copys_similar_cards_are_read_from_their_headings_and_run_together_labels() -> None:
    page = blocks.parse(
        "## Similar articles\n\n* ### The first AI that can laughCategoryResearchDateNov 24, 2022\n", "text"
    )
    assert page.blocks[-1].text == "The first AI that can laughCategoryResearchDateNov 24, 2022"
    card = related_from_line(page.blocks[-1].text, relation="similar")
    assert card is not None
    assert (card.title, card.category, card.date) == ("The first AI that can laugh", "Research", "2022-11-24")


def test_a_copied_articles_own_headings_stay_in_its_text_under_the_original_label() -> None:
    (record,) = read_capture(
        "---\ntitle: OpenCode 高级使用教程\nsource_url: https://www.cnblogs.com/gyc567/p/19483739\n---\n"
        "# OpenCode 高级使用教程\n\n> 此文档为原始素材，请勿直接修改。\n\n## 原文内容\n\n"
        "# [OpenCode 高级使用教程](https://www.cnblogs.com/gyc567/p/19483739)\n\n"
        "**Author:** gyc567\n\n## Overview & Prerequisites\n\nThis guide assumes the basic setup is done.\n\n"
        "- Install OpenCode\n- Install Oh My OpenCode\n\n## Advanced usage\n\nUse ulw mode for long tasks.\n"
        "\n## 原始連結\n- https://www.cnblogs.com/gyc567/p/19483739\n"
    )
    assert record.key_points == []
    (body,) = [t for t in record.texts if t.kind == "body"]
    assert body.origin == "original"
    assert "Overview & Prerequisites" in body.text and "Use ulw mode for long tasks." in body.text
    assert "原始連結" not in body.text
    # a language-qualified original ("### English Original") is a section of its own, after a translation's
    (note,) = read_capture(
        "# OphMAE: Bridging Volumetric and Planar Imaging\n\n## 摘要速读\n\n### 中文翻译\n\n"
        "这篇论文提出 OphMAE 眼科多模态基础模型，用来连接三维体数据和二维平面影像。\n\n"
        "### English Original\n\nOphMAE bridges volumetric and planar imaging with a foundation model.\n\n"
        "## 为什么值得读\n\n论文提出 OphMAE 眼科多模态基础模型。\n\n"
        "[arXiv](http://arxiv.org/abs/2605.02714v1)\n"
    )
    assert {(t.kind, t.origin, t.text) for t in note.texts if t.kind == "body"} == {
        (
            "body",
            "machine_translation",
            "这篇论文提出 OphMAE 眼科多模态基础模型，用来连接三维体数据和二维平面影像。",
        ),
        ("body", "original", "OphMAE bridges volumetric and planar imaging with a foundation model."),
    }


def test_a_strip_of_labelled_fields_in_a_list_names_each_and_local_front_matter_keys_are_read() -> None:
    body = (
        "# Stałe zbiory ewaluacyjne ulegają dezaktualizacji\n\n"
        "- **Autor:** @HamelHusain | **Data:** `Tue Sep 22 17:00:01 +0000 2026` | "
        "**Źródło:** [Post na X](https://x.com/HamelHusain/status/2102442807575076880)\n"
        "- **Kluczowe pojęcia:** Ewaluacja LLM, Gold dataset\n\n---\n\n"
        "## Kontekst i problem\nZespół zbudował ręcznie oznaczony zbiór ewaluacyjny do pomiaru jakości.\n\n"
        "## Rada inżynierska\nTraktuj zbiór ewaluacyjny jako żywy artefakt i prowadź analizę błędów.\n"
    )
    (record,) = read_capture(body)
    assert record.canonical_url == "https://x.com/HamelHusain/status/2102442807575076880"
    for key in ("źródło", "quelle", "fuente"):
        front_matter, _ = blocks.split_front_matter(f"---\n{key}: https://x.com/a/status/1\n---\n")
        assert front_matter["source"] == "https://x.com/a/status/1"


def test_an_articles_text_has_no_words_of_an_unseen_heading_and_its_date_line_is_no_subtitle() -> None:
    said = "ナイジェリア北東部ボルノ州で16日夜、イスラム過激派組織によるものと思われる自爆攻撃が起きた。"
    html = (
        "<html><head><title>動画：ナイジェリアで自爆攻撃 写真1枚 国際ニュース：AFPBB News</title>"
        '<meta property="og:type" content="article"></head><body>'
        "<article><header><h1>動画：ナイジェリアで自爆攻撃</h1>"
        "<div><span>2018年6月18日 10:01 発信地：カノ/ナイジェリア</span></div></header>"
        "<section><h2 class='hide-text'>このニュースをシェア</h2>"
        "<ul><li><a href='#'>Tweet</a></li></ul></section>"
        "<div class='article-body'>"
        + "".join(f"<p>【6月18日 AFP】{said}{n}</p>" for n in range(6))
        + "</div>"
        "</article></body></html>"
    )
    (record,) = read_capture(html, "html")
    (body,) = [t for t in record.texts if t.kind == "body"]
    assert body.text.startswith("【6月18日 AFP】")
    assert "このニュースをシェア" not in body.text
    assert [t for t in record.texts if t.kind == "subtitle"] == []
