"""Page shapes found on the thirty-second real-page check: a story's votes after its linked title,
a page title opening on the month and day of its front matter's date, and headlines a digest
quotes in another Latin-script language than its own."""

from __future__ import annotations

from capture import read_capture, title_of

from pipeline import blocks, lang, normalize, rawstore
from pipeline.adapters import digest


def test_a_storys_votes_after_its_linked_title_are_no_words_of_the_title() -> None:
    records = read_capture(
        "# HN Digest 2025-12-12 05:46 UTC\n\n"
        "### [Nokia N900 Necromancy](https://yaky.dev/2025-12-11-nokia-n900-necromancy/) • 155pts 48c\n"
        "[HN discussion](https://news.ycombinator.com/item?id=46239177)\n"
        "TLDR: A developer resurrects a dead Nokia N900 with a fake battery of supercapacitors.\n\n"
        "### [Litestream VFS](https://fly.io/blog/litestream-vfs/) — 265 points, 77 comments\n"
        "[HN discussion](https://news.ycombinator.com/item?id=46239178)\n"
        "TLDR: Litestream can now serve a SQLite database straight from object storage.\n\n"
        "### [Top 5 Points of Failure](https://example.com/points) • 5 points\n"
        "TLDR: A list of what breaks first in a distributed system.\n"
    )
    assert [title_of(r) for r in records] == [
        "Nokia N900 Necromancy",
        "Litestream VFS",
        "Top 5 Points of Failure",
    ]


def test_a_page_title_opening_on_its_dates_month_and_day_is_titled_without_them() -> None:
    def titled(title: str, date: str) -> str:
        (record,) = read_capture(
            f'---\ntitle: "{title}"\ndate: {date}\n'
            'source_url: "https://the-decoder.com/claude-codes-new-mods-system/"\n---\n\n'
            "## ポイント\n\n- JavaScriptやTypeScriptでClaude Codeの動作をカスタマイズ可能\n"
            "- CLIやデスクトップアプリなどで動作する\n"
        )
        return title_of(record)

    assert titled("10/4 AnthropicがClaude CodeのMods公開", "2026-10-04T09:17:00+09:00") == (
        "AnthropicがClaude CodeのMods公開"
    )
    assert titled("【10/4】AnthropicがMods公開", "2026-10-04") == "AnthropicがMods公開"
    # a fraction, or a month and day that are not the page's, are the title's own words
    assert titled("1/2 cup of flour is enough", "2026-10-04") == "1/2 cup of flour is enough"
    assert titled("10/5 AnthropicがMods公開", "2026-10-04") == "10/5 AnthropicがMods公開"


def test_a_headline_quoted_whole_in_another_latin_language_is_in_that_language() -> None:
    # a Spanish newsletter quoting Le Monde, the BBC and the New York Times as they ran
    assert (
        lang.detect_language(
            "Soixante-sept journalistes tués en un an, dont près de la moitié dans la bande de Gaza",
            "es",
        )
        == "fr"
    )
    assert (
        lang.detect_language("UN environment report 'hijacked' over fossil fuels - top scientist", "es")
        == "en"
    )
    assert (
        lang.detect_language("Trump Again Threatens Tariffs on Mexico Over Long-Running Water Dispute", "es")
        == "en"
    )
    # the page's own headlines, and short lines the model cannot be sure of, stay in its language
    assert (
        lang.detect_language("Los Mossos investigan un posible crimen machista en Hospitalet", "es") == "es"
    )
    assert lang.detect_language("Apprentissage continu via Memory Finetuning Sparse", "fr") == "fr"
    assert lang.detect_language("GitHub Multi-Agent Platform: Die Coding-Revolution", "de") == "de"


def test_a_list_or_heading_set_in_a_quote_is_one() -> None:
    page = blocks.parse(
        "> - 原文地址：[Swift 5 Frozen enums](https://useyourloaf.com/blog/swift-5-frozen-enums)\n"
        "> - 译者：[iWeslie](https://github.com/iWeslie)\n"
        ">\n> ## 小结\n> 一段引用的话。\n",
        "text",
    )
    assert [(b.kind, b.text) for b in page.blocks] == [
        ("list_item", "原文地址：Swift 5 Frozen enums"),
        ("list_item", "译者：iWeslie"),
        ("heading", "小结"),
        ("paragraph", "一段引用的话。"),
    ]


def test_a_translation_headed_by_its_originals_fields_is_a_copy_of_that_article() -> None:
    capture = (
        "> - 原文地址：[Swift 5 Frozen enums](https://useyourloaf.com/blog/swift-5-frozen-enums)\n"
        "> - 原文作者：[Keith Harrison](https://useyourloaf.com)\n"
        "> - 译文出自：[掘金翻译计划](https://github.com/xitu/gold-miner)\n"
        "> - 译者：[iWeslie](https://github.com/iWeslie)\n\n"
        "# Swift 5 中的枚举冻结\n\n"
        "你是否已经将你的 Xcode 工程升级到了兼容 Swift 5？升级 Swift 5 基本不会有大问题，"
        "但当你用 switch 语句去枚举一个未知值的时候可能会遇到很多警告。\n\n"
        "### 其他未知值的警告\n\n"
        "到底是什么问题呢？我现在用一小段代码展示为不同大小的类适配布局。它枚举出了所有可能值。"
        "当我把项目升级到 Swift 5 之后，Xcode 会报出一些警告，提示以后可能会添加其他未知的值。\n\n"
        "- 使用 @unknown default 处理未来的值\n- 冻结的枚举不会再添加新的值\n"
    )
    (record,) = read_capture(capture)
    assert record.canonical_url == "https://useyourloaf.com/blog/swift-5-frozen-enums"
    assert record.authors == ["Keith Harrison"]
    assert title_of(record) == "Swift 5 中的枚举冻结"
    (body,) = [t for t in record.texts if t.kind == "body"]
    assert body.text.startswith("你是否已经将你的 Xcode") and "译者" not in body.text
    assert body.origin == "unknown" and record.original_language is None  # the translator's text
    assert not [t for t in record.texts if t.kind == "summary"]
    # a head that names no translator is no translation's: a summary's source line over its title
    untranslated = capture.replace(
        "> - 译文出自：[掘金翻译计划](https://github.com/xitu/gold-miner)\n", ""
    ).replace("> - 译者：[iWeslie](https://github.com/iWeslie)\n", "")
    assert blocks.labelled_head(blocks.parse(untranslated, "text")) is None


def test_headlines_each_closed_by_a_dash_and_the_outlets_that_ran_them_are_stories() -> None:
    records = read_capture(
        "# AI Crossroads: Bans, Battles, and Breakthroughs\n\n"
        "## AI Lawsuits: Scraping and Image Rights\n\n"
        "- Publishers sue Perplexity AI over unauthorized content scraping - "
        "[The Register](https://www.theregister.com/2024/10/22/publishers_sue_perplexity_ai/)\n"
        "- 'Blade Runner 2049' producer sues Tesla and Warner Bros over AI-generated imagery - "
        "[Yahoo Finance](https://finance.yahoo.com/news/blade-runner-2049-producer-sues-215107718.html)\n\n"
        "## AI Health Boost\n\n"
        "- AI improves diagnostics, detecting fractures and breast cancer - "
        "[Yahoo](https://www.yahoo.com/news/ai-help-doctors-spot-broken-015433327.html), "
        "[Nature](https://www.nature.com/articles/s41598-024-76943-4)\n"
        "- Zoom partners with Suki for AI-powered medical note-taking - "
        "[TechCrunch](https://techcrunch.com/2024/10/22/zoom-partners-with-suki-to-offer-ai-note-taking/)\n\n"
        "## Industrial AI\n\n"
        "- Honeywell partners with Google on AI-driven industrial operations - "
        "[Gadgets360](https://www.gadgets360.com/ai/news/honeywell-partner-google-generative-ai-6845515)\n"
    )
    assert [(title_of(r), r.canonical_url, r.publisher.value if r.publisher else None) for r in records] == [
        (
            "Publishers sue Perplexity AI over unauthorized content scraping",
            "https://www.theregister.com/2024/10/22/publishers_sue_perplexity_ai/",
            "The Register",
        ),
        (
            "'Blade Runner 2049' producer sues Tesla and Warner Bros over AI-generated imagery",
            "https://finance.yahoo.com/news/blade-runner-2049-producer-sues-215107718.html",
            "Yahoo Finance",
        ),
        (
            "AI improves diagnostics, detecting fractures and breast cancer",
            "https://www.yahoo.com/news/ai-help-doctors-spot-broken-015433327.html",
            "Yahoo",
        ),
        (
            "Zoom partners with Suki for AI-powered medical note-taking",
            "https://techcrunch.com/2024/10/22/zoom-partners-with-suki-to-offer-ai-note-taking/",
            "TechCrunch",
        ),
        (
            "Honeywell partners with Google on AI-driven industrial operations",
            "https://www.gadgets360.com/ai/news/honeywell-partner-google-generative-ai-6845515",
            "Gadgets360",
        ),
    ]


def test_numbered_bold_headlines_closed_by_the_outlets_front_pages_are_stories_without_an_address() -> None:
    stories = [
        (
            "Police scandal deepens as Interior offers protection to whistleblower",
            "El País",
            "elpais.com/espana/",
        ),
        (
            "Sagrada Família reaches its highest point as Tower of Jesus is crowned",
            "La Vanguardia",
            "lavanguardia.com/",
        ),
        (
            "Rodalies commuter trains still disrupted one month after the accident",
            "El Periódico",
            "elperiodico.com/es/",
        ),
        (
            "Illa pledges total commitment to IRPF tax collection for the budget",
            "RTVE",
            "rtve.es/noticias/espana/",
        ),
        (
            "CIS poll shows PP and PSOE in a technical tie ahead of the elections",
            "3cat",
            "3cat.cat/3catinfo/",
        ),
    ]
    capture = "".join(
        f"**{n}. {title}.** What happened there is told in two sentences. More follows here. "
        f"([{outlet}](https://www.{home}), [Tot Barcelona](https://www.totbarcelona.cat/))\n\n"
        for n, (title, outlet, home) in enumerate(stories, 1)
    )
    records = read_capture(capture)
    assert [(title_of(r), r.canonical_url, r.publisher.value) for r in records] == [
        (title, None, outlet) for title, outlet, _ in stories
    ]
    (summary,) = [t for t in records[0].texts if t.kind == "summary"]
    assert summary.text == "What happened there is told in two sentences. More follows here."
    # where an outlet links the story's own article, that is its address
    linked = capture.replace(
        "https://www.rtve.es/noticias/espana/",
        "https://www.rtve.es/noticias/20260217/illa-irpf/16978541.shtml",
    )
    assert (
        read_capture(linked)[3].canonical_url
        == "https://www.rtve.es/noticias/20260217/illa-irpf/16978541.shtml"
    )


def test_a_status_in_brackets_before_a_numbered_storys_title_tags_it() -> None:
    records = read_capture(
        "# Paradigm Watch — Daily Briefing\n\n"
        "### 1. [new] GziPT — Compression-Prediction Equivalence as Language Model\n\n"
        "**Source:** [Can gzip be a language model?](https://nathan.rs/posts/gzip-lm/)\n\n"
        "- **Claim:** a compressor predicts the next token as a language model does.\n\n"
        "### 2. [update] World Model Race — WorldCrafter Adds Implicit 3D-Aware Memory\n\n"
        "**Source:** [WorldCrafter](https://arxiv.org/abs/2609.24984)\n\n"
        "- **Claim:** implicit 3D memory keeps a video world consistent for minutes.\n\n"
        "### 3. [Anthropic] Claude learns to say no\n\n"
        "**Source:** [Claude](https://www.anthropic.com/news/claude-says-no)\n\n"
        "- **Claim:** the model declines more often where it should.\n"
    )
    assert [title_of(r) for r in records] == [
        "GziPT — Compression-Prediction Equivalence as Language Model",
        "World Model Race — WorldCrafter Adds Implicit 3D-Aware Memory",
        "[Anthropic] Claude learns to say no",  # a name in brackets may be the story's subject
    ]


def test_a_saved_post_titled_over_its_date_alone_is_read_less_its_similar_articles() -> None:
    prose = (
        "Until recently I never knew how simple it could be to automate a task in the browser. A client "
        "wanted me to build a simple automation script for Chrome that would log into his website. "
    )
    (record,) = read_capture(
        "# Automate Chrome with Golang and ChromeDP\n\nApril 4, 2018\n\n"
        f"{prose * 3}\n\n{prose * 2}\n\n"
        "### Similar articles:\n\n"
        "- [Refactoring Gorsk - Why and how](https://www.ribice.ba/refactoring-gorsk/)\n"
        "- [Twisk - Golang RPC starter kit](https://www.ribice.ba/twisk/)\n"
        "- [Serve SwaggerUI within your Golang application](https://www.ribice.ba/serving-swaggerui-golang/)\n"
        "- [Working with Go Web Frameworks](https://www.ribice.ba/golang-web-frameworks/)\n\n"
        "2018 © Emir Ribic - [Some rights reserved](https://creativecommons.org/licenses/by/3.0/)\n\n"
        "Powered by [Hugo](https://gohugo.io/)\n"
    )
    assert title_of(record) == "Automate Chrome with Golang and ChromeDP"
    assert [c.value for c in record.published_at] == ["2018-04-04"]
    (body,) = [t for t in record.texts if t.kind == "body"]
    assert body.text.startswith("Until recently") and "April 4, 2018" not in body.text
    assert "Similar articles" not in body.text and "Powered by" not in body.text


def test_an_article_pages_title_is_the_head_of_its_title_the_page_shows_alone() -> None:
    headline = "我国首届养老专业本科生迎来毕业季 “银发浪潮”到来，年轻人可大展拳脚"
    story = (
        "　　2020年高考填报志愿时，刘佳芸选择了“养老服务管理”专业，当年这个专业在全国首次招收本科生。" * 12
    )
    page = (
        f"<html><head><title>{headline}_新闻频道_中国青年网</title>"
        '<meta name="publishdate" content="2024-05-13"></head><body>'
        '<div class="nav"><a href="/">首页</a> <a href="/news">新闻频道</a></div>'
        f'<div class="page_title"><p class="pbt">{headline}</p></div>'
        f'<div class="TRS_Editor"><p>{story}</p><p>{story}</p></div></body></html>'
    )
    (record,) = read_capture(page, "html")
    assert title_of(record) == headline


def test_a_numbered_digests_groups_of_bold_titled_items_after_its_lead_stories_are_stories_too() -> None:
    records = read_capture(
        "# 🔬 科技新聞摘要 — 2026/03/12（JST）\n\n## 🔥 重點頭條\n\n"
        "### 1. Apple 發布全新 Studio Display 家族\n"
        "Apple 今日推出新一代 Studio Display 及全新 Studio Display XDR，瞄準專業工作流程。\n"
        "📎 https://www.apple.com/newsroom/2026/03/apple-unveils-new-studio-display/\n\n"
        "### 2. Microsoft 三月 Patch Tuesday：84 個漏洞 + 2 個零日\n"
        "Microsoft 發布 2026 年三月安全更新，修補 84 個漏洞，包括 2 個已公開的零日漏洞。\n"
        "📎 https://thehackernews.com/2026/03/microsoft-patches-84-flaws-in-march.html\n\n"
        "## 🧠 LLM 與 AI\n\n"
        "• 🔥10 **Ollama v0.17.8 發布** — 新增 MLX header vendoring、修復 GLM tool call 解析、"
        "支持 ROCm v6 on Windows。📎 https://github.com/ollama/ollama/releases/tag/v0.17.8-rc1\n\n"
        "• 🔥13 **Atlassian 裁員 1,600 人，全面轉向 AI** — Reuters 報導 Atlassian 大規模裁員，"
        "將資源重新分配至 AI 產品線。"
        "📎 https://www.reuters.com/technology/atlassian-lay-off-about-1600-people-pivot-ai-2026-03-11/\n"
    )
    assert [(title_of(r), r.canonical_url) for r in records] == [
        (
            "Apple 發布全新 Studio Display 家族",
            "https://www.apple.com/newsroom/2026/03/apple-unveils-new-studio-display/",
        ),
        (
            "Microsoft 三月 Patch Tuesday：84 個漏洞 + 2 個零日",
            "https://thehackernews.com/2026/03/microsoft-patches-84-flaws-in-march.html",
        ),
        ("Ollama v0.17.8 發布", "https://github.com/ollama/ollama/releases/tag/v0.17.8-rc1"),
        (
            "Atlassian 裁員 1,600 人，全面轉向 AI",
            "https://www.reuters.com/technology/atlassian-lay-off-about-1600-people-pivot-ai-2026-03-11/",
        ),
    ]
    (summary,) = [t for t in records[2].texts if t.kind == "summary"]
    assert summary.text == "新增 MLX header vendoring、修復 GLM tool call 解析、支持 ROCm v6 on Windows。"


def test_a_score_before_an_items_bold_title_is_no_word_of_it_but_a_marker_that_says_something_is() -> None:
    scored, ticked = blocks.parse(
        "• 🔥10 **Ollama v0.17.8 發布** — 新增 MLX 支持。\n- ✅ **Use it for:** big tasks\n", "text"
    ).blocks
    assert (scored.text, scored.lead) == ("Ollama v0.17.8 發布 — 新增 MLX 支持。", "Ollama v0.17.8 發布")
    assert ticked.text == "✅ Use it for: big tasks"


def test_a_fetchers_comment_lines_over_a_reader_services_copy_leave_its_header_read() -> None:
    (record,) = read_capture(
        "# Source: https://techcrunch.com/2026/08/26/openai-releases-its-report-on-the-breach/\n"
        "# Fetched: 2026-09-06 via r.jina.ai (HTTP 200)\n\n"
        "Title: OpenAI releases its official report on the Hugging Face breach\n\n"
        "URL Source: https://techcrunch.com/2026/08/26/openai-releases-its-report-on-the-breach/\n\n"
        "Published Time: 2026-08-26T19:05:22+00:00\n\n"
        "Markdown Content:\n"
        + "OpenAI released its official report Wednesday on the Hugging Face breach, offering the clearest "
        "picture yet of how an unusual chain of events allowed a model to escape its testing environment.\n\n"
        * 4
    )
    assert title_of(record) == "OpenAI releases its official report on the Hugging Face breach"
    assert (
        record.canonical_url == "https://techcrunch.com/2026/08/26/openai-releases-its-report-on-the-breach/"
    )
    assert [c.value[:10] for c in record.published_at] == ["2026-08-26"]


_READER_VIEW_PAGE = (
    "\n    </div>\n  </div>\n"
    '  <div class="container"><div class="header reader-header reader-show-element">'
    '<a class="domain reader-domain" href="https://www.howtoforge.com/create-a-statefulset-in-kubernetes/">'
    "howtoforge.com</a>"
    '<h1 class="reader-title">How to create a StatefulSet in Kubernetes</h1>'
    '<div class="credits reader-credits">Rahul Shivalkar</div>'
    '<div class="meta-data"><div class="reader-estimated-time">4-5 minutes</div></div></div><hr>'
    '<div class="content"><div class="moz-reader-content reader-show-element"><div class="page">'
    + "<p>StatefulSets contain a set of Pods with unique, persistent identities and stable hostnames. "
    "A pod template is used to create the Pods, and each keeps its name across rescheduling.</p>"
    * 6
    + "<h2>Pre-requisites</h2><ul><li>Kubernetes Cluster with at least 1 worker node.</li></ul>"
    "</div></div></div></div>"
)


def test_a_page_saved_from_firefox_reader_view_is_its_article_at_the_address_it_names() -> None:
    (record,) = read_capture(_READER_VIEW_PAGE, "html")
    assert title_of(record) == "How to create a StatefulSet in Kubernetes"
    assert record.canonical_url == "https://www.howtoforge.com/create-a-statefulset-in-kubernetes/"
    assert record.authors == ["Rahul Shivalkar"]
    assert [t.kind for t in record.texts if t.kind in ("body", "summary")] == ["body"]


def test_a_saved_page_cut_from_the_middle_of_a_document_is_sniffed_as_html() -> None:
    assert rawstore.sniff_media_type(_READER_VIEW_PAGE.encode()) == "html"
    assert rawstore.sniff_media_type(b"</p>\n<p>More of it.</p>") == "html"
    assert rawstore.sniff_media_type(b"# A heading\n\nText </div> later.\n") == "text"


def test_a_summary_over_a_reader_services_copy_of_its_article_keeps_that_copy_as_the_original() -> None:
    (record,) = read_capture(
        "---\ntitle: Understanding Round Robin DNS\ndate: 2024-12-14\nextra:\n"
        "  source: https://blog.hyperknot.com/p/understanding-round-robin-dns\n---\n"
        "## Summary\n**摘要**：\n文章详细探讨了Round Robin DNS的工作原理，"
        "以及不同浏览器和CDN在选取服务器时的行为差异。\n\n"
        "## Full Content\nTitle: Understanding Round Robin DNS\n\n"
        "URL Source: https://blog.hyperknot.com/p/understanding-round-robin-dns\n\n"
        "Published Time: 2024-10-26T12:29:33+00:00\n\nMarkdown Content:\n"
        "For OpenFreeMap, I'm using servers behind Round Robin DNS. In this article, I'm trying to "
        "understand how browsers and CDNs select which server to use.\n\n"
        "Normally, when you are serving a website from a VPS, you add a single A record in your DNS panel.\n"
    )
    assert (
        record.canonical_url == "https://blog.hyperknot.com/p/understanding-round-robin-dns"
    )  # Zola's extra:
    (body,) = [t for t in record.texts if t.kind == "body"]
    assert (body.lang, body.origin) == ("en", "original")
    assert body.text.startswith("For OpenFreeMap") and "URL Source" not in body.text
    assert [t.lang for t in record.texts if t.kind == "summary"] == ["zh"]


def test_stories_counted_by_circled_numbers_are_numbered_stories_and_their_labelled_links_no_stories() -> (
    None
):
    stories = [
        (
            "Siemens Digital Twin Composer、Xceleratorマーケットで正式展開開始",
            "公式情報",
            "https://www.siemens.com/dtc",
        ),
        (
            "CNNとGNNを実車CFDデータで徹底比較——GNNが複雑形状で圧勝",
            "論文リンク",
            "https://arxiv.org/abs/2504.06699",
        ),
        (
            "「Faster by Design」——神経サロゲートが対話的空力設計を実現",
            "論文リンク",
            "https://arxiv.org/abs/2604.18491",
        ),
    ]
    body = "".join(
        f"### {mark} {title}\n\n{title}について、今週シミュレーションコミュニティで広く話題になった。"
        f"設計のサイクルは週単位から日単位へ短くなる。\n\n**{label}**: [{title}]({url})\n\n---\n\n"
        for mark, (title, label, url) in zip("①②③", stories, strict=True)
    )
    records = read_capture(f"# 2026年6月第10週AIウィークリー\n\n## 今週の主要ニュース\n\n{body}")
    assert [(title_of(r), r.canonical_url) for r in records] == [(title, url) for title, _, url in stories]


def test_a_korean_original_url_label_names_the_source() -> None:
    (record,) = read_capture(
        '---\ntitle: "Microsoft reports are exposing AI\'s real cost problem"\ndate: 2026-05-23\n---\n\n'
        "## 3줄 요약\n\n1. Fortune은 마이크로소프트가 Claude Code 라이선스를 회수했다고 보도했다.\n"
        "2. 엔비디아는 컴퓨트 비용이 직원 비용을 넘어선다고 말했다.\n\n"
        "## 출처\n\n원문 기사: Jake Angelo, Fortune, 2026-05-22\n"
        "원문 URL: <https://fortune.com/2026/05/22/microsoft-ai-cost-problem-tokens-agents/>\n"
    )
    assert record.canonical_url == "https://fortune.com/2026/05/22/microsoft-ai-cost-problem-tokens-agents/"


def test_a_post_of_titles_over_their_addresses_led_in_by_its_first_line_is_a_digest() -> None:
    stories = [
        (
            "GitHub publikuje Copilot SDK dla Twojej aplikacji",
            "https://github.blog/news-insights/copilot-sdk/",
        ),
        (
            "Nowa era przeglądarek: Gemini zintegrowane z Chrome",
            "https://blog.google/products/chrome/gemini-3/",
        ),
        ("Agentic Vision w Gemini 3 Flash", "https://blog.google/technology/agentic-vision-gemini-3-flash/"),
        ("Nowa konstytucja Claude'a", "https://www.anthropic.com/news/claude-new-constitution"),
    ]
    lines = "".join(f"🔹 {title}: {url}\n\n" for title, url in stories)
    records = read_capture(
        f"1/3 newsów z #5 wydania newslettera #PrzeglądAI:\n\n{lines}❓ Który news przykuł uwagę?\n"
    )
    assert [(title_of(r), r.canonical_url) for r in records] == stories
    # an org-mode property's ":URL: https://..." is no title over its address
    (field,) = blocks.parse(":URL: https://antirez.com/news/157\n", "text").blocks
    assert digest._title_then_url(field) is None


def test_a_feed_digests_cards_around_their_outlet_and_date_lines_are_stories_in_either_layout() -> None:
    cards = [
        (
            "Hugging Face",
            "2026-01-28",
            "https://huggingface.co/blog/nvidia/nemotron-personas-brazil",
            "Nemotron-Personas-Brazil",
        ),
        (
            "Hugging Face",
            "2026-01-28",
            "https://huggingface.co/blog/upskill",
            "We Got Claude to Build CUDA Kernels",
        ),
        (
            "Mozilla Hacks",
            "2026-01-27",
            "https://hacks.mozilla.org/2025/08/crlite-revocation/",
            "CRLite comes to Firefox",
        ),
    ]
    said = "A post on {title} says what changed, and why it matters to the people who build with it."
    titled_under = "".join(
        f'<div class="item"><div>{said.format(title=title)}</div>'
        f'<div class="meta">{outlet} · {day} · <a href="{url}">Source</a></div>'
        f'<div class="title">{title}</div></div>'
        for outlet, day, url, title in cards
    )
    toc = '<nav><ul><li><a href="#ai">Artificial Intelligence</a></li></ul></nav>'
    page = f"<html><body><h1>Daily AI Newspaper</h1>{toc}<h2>AI</h2>{titled_under}</body></html>"
    records = read_capture(page, "html")
    assert [(title_of(r), r.canonical_url, r.publisher.value, r.published_at[0].value) for r in records] == [
        (title, url, outlet, day) for outlet, day, url, title in cards
    ]
    # what a card says under its line, with no title of its own: titled by its first sentence
    told_under = "".join(
        f'<p>{outlet} · {day} · <a href="{url}">Source</a></p>'
        f"<p>{title} shipped today. {said.format(title=title)}</p>"
        for outlet, day, url, title in cards
    )
    records = read_capture(
        f"<html><body><h1>Tacitus' Log</h1><h2>Tech News</h2>{told_under}</body></html>", "html"
    )
    assert [title_of(r) for r in records] == [f"{title} shipped today" for *_, title in cards]


def test_a_feeds_credited_accounts_after_a_title_are_no_words_of_it() -> None:
    assert normalize.without_credited_handles(
        "Using Local (AI) Compute To Reduce Reliance On Frontier Models via @sejournal, @chrisgreenseo"
    ) == ("Using Local (AI) Compute To Reduce Reliance On Frontier Models")
    assert normalize.without_credited_handles("Ask via @mentions: a guide") == "Ask via @mentions: a guide"


def test_a_page_title_led_by_its_filing_day_and_its_outlet_is_the_headline_alone() -> None:
    url = "https://www.reuters.com/world/asia-pacific/china-slashes-anti-dumping-tariff-2026-02-28/"
    (record,) = read_capture(
        '---\ntitle: "[2026-03-08] Reuters: China Slashes Anti-Dumping Tariff on Canadian Canola"\n'
        f"date: 2026-03-08\noriginal_url: {url}\n---\n\n"
        "## News Summary\n\nChina cut its anti-dumping duty on Canadian canola to 5.9% in a final ruling, "
        "down from the provisional 75.8%.\n"
    )
    assert (title_of(record), record.publisher.value) == (
        "China Slashes Anti-Dumping Tariff on Canadian Canola",
        "Reuters",
    )
    # without the day before it, a name the site shares may open the headline: its subject
    assert normalize.outlet_lead(
        "NVIDIA Dynamo: Full-Stack Optimizations for Inference", "https://nvidia.com/x"
    ) == (
        "NVIDIA Dynamo: Full-Stack Optimizations for Inference",
        None,
    )


def test_the_outlets_a_numbered_storys_heading_cites_in_brackets_of_brackets_are_no_words_of_its_title() -> (
    None
):
    stories = [
        (
            "OpenAI는 연산 인프라 격차를 앞세웠다",
            "CNBC + Axios",
            "https://www.cnbc.com/2026/04/09/openai-memo.html",
        ),
        (
            "관세는 완화됐어도 변동성은 남아 있다",
            "J.P. Morgan",
            "https://www.jpmorgan.com/insights/research/tariffs",
        ),
        (
            "스테이블코인 발행사는 이익을 비트코인으로 돌린다",
            "CoinDesk",
            "https://www.coindesk.com/2026/04/15/tether",
        ),
    ]
    body = "".join(
        f"### {n}. **[{title}]** ([{outlets}])\n{title}에 대한 요약입니다. 자세한 내용은 원문을 보세요.\n"
        f"→ 원문: [{title}]({url})\n\n"
        for n, (title, outlets, url) in enumerate(stories, 1)
    )
    records = read_capture(
        f'---\ntitle: "아침 뉴스 브리핑 - 2026년 04월 16일"\n---\n\n## AI / 인공지능\n\n{body}'
    )
    assert [title_of(r) for r in records] == [title for title, _, _ in stories]


def test_a_capture_whose_fields_stand_in_a_table_under_its_title_is_that_article() -> None:
    lead = "Dasco dan sejumlah menteri bertemu Presiden Prabowo dan membahas langkah strategis ekonomi."
    story = (
        "Wakil Ketua DPR RI Sufmi Dasco Ahmad bertemu dengan Presiden Prabowo Subianto di Istana Merdeka. "
        * 5
    )
    (record,) = read_capture(
        "# Prabowo Dorong Kolaborasi Antar-lembaga untuk Perkuat Pertumbuhan Ekonomi\n\n"
        f"{lead}\n\n| Field | Value |\n|---|---|\n"
        "| title | Prabowo Dorong Kolaborasi Antar-lembaga untuk Perkuat Pertumbuhan Ekonomi |\n"
        f"| description | {lead} |\n| urlshort | http://kmp.im/AGIaNm |\n| author | Tria Sutrisna |\n\n"
        f"**JAKARTA, KOMPAS.com** - {story}\n\n{story}\n\n---\nnull\n"
    )
    assert (record.canonical_url, record.authors) == ("http://kmp.im/AGIaNm", ["Tria Sutrisna"])
    (body,) = [t for t in record.texts if t.kind == "body"]
    assert body.text.startswith("JAKARTA, KOMPAS.com") and not body.text.endswith("null")
    assert "urlshort" not in body.text and lead not in body.text
