"""Page shapes found on the thirtieth real-page check: front matter with a colon in a plain value,
a read-later service named as the source, bold-titled items that cite their outlet, tables of
stories after numbered ones, a roundup of links under no digest's title, a group's long note over
its linked headlines, and the original's author and date on a translation."""

from __future__ import annotations

from capture import read_capture, title_of

from pipeline import blocks, extract
from pipeline.adapters import REGISTRY, digest
from pipeline.blocks import split_front_matter
from pipeline.models import PageRecord


def kinds(record: PageRecord) -> set[str]:
    return {t.kind for t in record.texts}


def test_front_matter_with_a_colon_in_a_plain_value_is_read_line_by_line() -> None:
    front_matter, body = split_front_matter(
        "---\ntitle: Hands-On IoT Hacking, Pt. 2\nurl: https://www.rapid7.com/blog/post/2022/iot/\n"
        "source: Instapaper: Unread\ndate: 2022-10-27\n---\n\n# Hands-On IoT Hacking\n"
    )
    assert front_matter == {
        "title": "Hands-On IoT Hacking, Pt. 2",
        "url": "https://www.rapid7.com/blog/post/2022/iot/",
        "source": "Instapaper: Unread",
        "date": "2022-10-27",
    }
    assert body == "\n# Hands-On IoT Hacking\n"
    # a nested key or a quote left open is still no front matter to guess at
    assert split_front_matter("---\ntitle: a: b\n  nested: c\n---\nText\n")[0] == {}
    assert split_front_matter('---\ntitle: "open: quote\n---\nText\n')[0] == {}


_PROSE = (
    "The next step in the exercise is to find the active partition and extract its file system, "
    "which the post walks through with the tools a reader would have at hand. "
)


def test_a_read_later_export_naming_its_service_as_source_is_the_article_not_a_summary() -> None:
    (record,) = read_capture(
        "---\ntitle: Hands-On IoT Hacking, Pt. 2\n"
        "url: https://www.rapid7.com/blog/post/2022/10/25/hands-on-iot-hacking/\n"
        "source: Instapaper: Unread\ndate: 2022-10-27\n---\n\n"
        "# Hands-On IoT Hacking, Pt. 2\n\n"
        f"{_PROSE}\n\n## Extracting partition data\n\n{_PROSE * 2}\n\n"
        "## Summary\n\n- We found the partitions.\n- We mounted them.\n"
    )
    assert record.adapter == "front_matter_post"
    assert record.canonical_url == "https://www.rapid7.com/blog/post/2022/10/25/hands-on-iot-hacking/"
    assert "body" in kinds(record) and "summary" not in kinds(record)


def _cited_items(rows: list[tuple[str, str, str, str]], between: str) -> str:
    """``- **Lead**: says ([Outlet](https://host/news/N))`` items, one a row (lead, says, outlet, host)."""
    return between.join(
        f"- **{lead}**: {said} ([{outlet}](https://{host}/news/{n}))\n"
        for n, (lead, said, outlet, host) in enumerate(rows)
    )


def test_bold_titled_items_citing_their_outlet_are_titled_by_the_bold_lead() -> None:
    items = _cited_items(
        [
            (
                "Acme Cuts Off Widget Models",
                "Acme has decided to stop shipping its widgets.",
                "Gov Info",
                "govinfo.example",
            ),
            (
                "Trends 2026: What to Expect",
                "The article discusses where the field is going next.",
                "Softco",
                "softco.example",
            ),
            (
                "States Pass New Rules",
                "A report highlights twenty-nine states' patchwork of laws.",
                "Insider",
                "insider.example",
            ),
            (
                "Stock Model Sets a Price",
                "A model predicts modest gains for the maker of chips.",
                "Finbold",
                "finbold.example",
            ),
            (
                "Schools Add a New Subject",
                "The cabinet made the subject compulsory in all schools.",
                "Gulf Today",
                "gulf.example",
            ),
        ],
        between="\n",
    )
    records = read_capture(f"# AI News - September 2026\n\n## 2026-09-01\n{items}")
    assert [title_of(r) for r in records] == [
        "Acme Cuts Off Widget Models",
        "Trends 2026: What to Expect",
        "States Pass New Rules",
        "Stock Model Sets a Price",
        "Schools Add a New Subject",
    ]
    assert records[0].canonical_url == "https://govinfo.example/news/0"
    summary = next(t.text for t in records[0].texts if t.kind == "summary")
    assert summary.startswith("Acme has decided")


def test_a_table_whose_title_column_also_holds_the_link_lists_the_stories() -> None:
    rows = "\n".join(
        f"| **{n}** | [{title}](https://{host}/post/{n}) | ⭐ {n * 10} "
        f"| [HN Thread](https://news.ycombinator.com/item?id={n}) |"
        for n, (title, host) in enumerate(
            [
                ("World Labs Is Joining AMD", "worldlabs.example"),
                ("Pirating the Pirates", "mubi.example"),
                ("Hijacking the PS5's RTMP stream", "yash.example"),
            ],
            start=1,
        )
    )
    records = read_capture(
        "# 📰 Tech & AI News Digest — 2026-09-28\n\n"
        "| # | Story & Link | Points | Discussion |\n|:---:|:---|:---:|:---:|\n" + rows + "\n"
    )
    assert [(title_of(r), r.canonical_url) for r in records] == [
        ("World Labs Is Joining AMD", "https://worldlabs.example/post/1"),
        ("Pirating the Pirates", "https://mubi.example/post/2"),
        ("Hijacking the PS5's RTMP stream", "https://yash.example/post/3"),
    ]


def test_a_table_of_papers_after_numbered_ones_gives_a_story_a_row() -> None:
    numbered = "\n".join(
        f"### {n}. {title}\n\n🏷️ `cs.LG` | 📄 [arXiv](http://arxiv.org/abs/2604.0{n}v1)\n\n"
        f"**背景与痛点**: 该研究针对大语言模型后训练阶段的问题，提出了新的方法并做了实验。\n\n---\n"
        for n, title in [
            (1, "Unifying Policy Optimization via Sample Routing"),
            (2, "Batched Contextual Reinforcement"),
        ]
    )
    table = "\n".join(
        f"| {n} | [{title}](http://arxiv.org/abs/2604.1{n}v1) `cs.AI (人工智能)` "
        "| 该工作提出了新方法，解决了长期存在的问题。 |"
        for n, title in [
            (4, "Novel Memory Forgetting Techniques"),
            (5, "Brief Is Better"),
            (6, "Neuro-RIT Tuning"),
        ]
    )
    records = read_capture(
        f"# 🧪 ArXiv AI 日报\n\n## 🔥 今日必读\n\n{numbered}\n## 📋 同样值得关注\n\n"
        f"| # | 论文 | 推荐理由 |\n|:-:|---|---|\n{table}\n"
    )
    assert [title_of(r) for r in records][2:] == [
        "Novel Memory Forgetting Techniques",
        "Brief Is Better",
        "Neuro-RIT Tuning",
    ]
    assert records[2].canonical_url == "http://arxiv.org/abs/2604.14v1"
    assert len(records) == 5


_ROUNDUP = [
    (
        "7 façons dont NotebookLM peut dynamiser votre processus créatif",
        "https://www.geeky-gadgets.com/notebooklm/",
    ),
    (
        "Google rejoint OpenAI pour pousser les autorités sur l'usage loyal",
        "https://arstechnica.com/google/2025/03/fair/",
    ),
    ("Un assistant de codage IA refuse d'écrire du code", "https://arstechnica.com/ai/2025/03/cursor/"),
    (
        "OpenAI dévoile un modèle d'IA doué pour l'écriture créative",
        "https://www.theguardian.com/technology/2025/mar/12/ai",
    ),
    ("J'ai comparé Manus AI à ChatGPT et voici pourquoi", "https://www.techradar.com/computing/manus/"),
    (
        "L'IA de DuckDuckGo surpasse Perplexity sur un point majeur",
        "https://www.zdnet.com/article/duckduckgo/",
    ),
]


def test_a_roundup_of_links_each_over_what_it_says_is_a_digest_whatever_its_title() -> None:
    stories = "\n\n".join(
        f"[{title}]({url}) • EN • 5 min  \n"
        "Cet article explique en détail ce qui s'est passé cette semaine et pourquoi."
        for title, url in _ROUNDUP
    )
    records = read_capture(
        "# De ma terrasse #4\n\n_Bienvenue dans ma revue des liens du dimanche._\n\n"
        f"## Intelligence artificielle\n\n{stories}\n"
    )
    assert [(title_of(r), r.canonical_url) for r in records] == _ROUNDUP


def test_an_articles_own_linked_words_over_its_text_are_no_roundup() -> None:
    # one site's pages linked from the prose of a post, each link on a line of its own (as a converter
    # leaves them) over the sentence that goes on: the post, not six stories
    sentence = "and the rest of the sentence goes on to say what the team is launching this week."
    text = "\n\n".join(
        f"[{words}](https://www.theguardian.com/news/2023/nov/{n})\n\n{sentence}"
        for n, words in enumerate(
            [
                "new video series",
                "our newsletter here",
                "a single banner",
                "the charts app",
                "this demo",
                "that page",
            ]
        )
    )
    records = read_capture(
        "---\ntitle: Welcome to The Crunch\ndate: 2023-11-30\n"
        "source_url: https://www.theguardian.com/news/2023/nov/30/the-crunch\n---\n\n" + text + "\n"
    )
    assert len(records) == 1
    assert title_of(records[0]) == "Welcome to The Crunch"


def test_a_groups_long_note_over_its_linked_headlines_leaves_a_story_a_line() -> None:
    def group(name: str, note: str, items: list[tuple[str, str]]) -> str:
        lines = "".join(f'<li><a href="{url}">{title}</a></li>' for title, url in items)
        return f"<h2>{name}</h2><p>{note}</p><ul>{lines}</ul>"

    news = [
        (
            "Unease at F.B.I. Intensifies as Patel Ousts Top Officials",
            "https://www.nytimes.com/2025/06/01/us/fbi.html",
        ),
        (
            "The Law Firms That Appeased Trump and Angered Their Clients",
            "https://www.wsj.com/us-news/law/firms",
        ),
        (
            "Northern Lights May Be Visible as Far South as Alabama",
            "https://www.nytimes.com/2025/06/01/weather/lights.html",
        ),
    ]
    blogs = [
        ("Trump Must Be Tried", "https://joycevance.substack.com/p/trump-must-be-tried"),
        ("HAPPY 1-MONTH ANNIVERSARY (TO ME)!", "https://katiephang.substack.com/p/happy-1-month"),
        (
            "How to Dismantle a Democracy, One Job Posting at a Time",
            "https://data4democracy.substack.com/p/dismantle",
        ),
        ("The Final Act", "https://joycevance.substack.com/p/the-final-act"),
        ("June 1, 2025", "https://heathercoxrichardson.substack.com/p/june-1-2025"),
    ]
    note = (
        "A collection of links shared recently by legal-type folks with URLs that look like they point to "
        "{kind}, sorted by popularity."
    )
    records = read_capture(
        "<html><head><title>ICYMI (Law) Digest for Monday June 2, 2025</title></head><body>"
        "<h1>In Case You Missed It (Law) Digest for Monday June 2, 2025</h1>"
        + group("News-like Links", note.format(kind="news articles"), news)
        + group("Blog-like Links", note.format(kind="blogs and newsletters"), blogs)
        + "</body></html>",
        "html",
    )
    assert [title_of(r) for r in records] == [title for title, _ in news + blogs]


def test_a_translations_header_states_the_originals_author_and_date() -> None:
    (record,) = read_capture(
        "# 交互式解释\n\n原文标题：Interactive explanations\n"
        "原文链接：https://simonwillison.net/guides/agentic-engineering-patterns/interactive-explanations/\n"
        "原文作者：Simon Willison\n原文发布日期：2026-02-28\n\n## 译文说明\n\n"
        "本文为《Interactive explanations》的示范中文版，标题采用“交互式解释”，"
        "因为本文强调的是用动画和界面来解释代码。\n"
    )
    assert record.authors == ["Simon Willison"]
    assert [d.value for d in record.published_at] == ["2026-02-28"]


def test_an_official_original_link_is_the_stories_source() -> None:
    (record,) = read_capture(
        '---\ntitle: "Kolibri: A Sovereign Open-Weight Model"\ndate: "2026-10-04"\nsource: "HN"\n---\n\n'
        "# Kolibri: A Sovereign Open-Weight Model\n\n## 事件背景\n"
        "Aleph Alpha于德国统一日发布英德双语模型Kolibri，面向本地部署、政企文档与工具调用，并开放其权重。\n\n"
        "## 附带链接\n- [官方原文](https://aleph-alpha.com/en/blog/kolibri-has-landed/)\n"
        "- [HN讨论](https://news.ycombinator.com/item?id=49942706)\n"
    )
    assert record.canonical_url == "https://aleph-alpha.com/en/blog/kolibri-has-landed/"


def test_a_jekyll_post_without_a_date_is_still_the_sites_post() -> None:
    (record,) = read_capture(
        "---\nlayout: post\ntitle: notes on a conversation with the nyt\n---\n\n"
        "The acronym - NYT - means 'now' in Finnish and that's how I've come to think of this digital "
        "place, the first thing my muscle memory punches into the URL bar in the morning.\n\n"
        "A long time ago, on a Finnish forum, someone lauded the visual design of the NYT website, the old "
        "school page that looks like someone lifted the front page of a newspaper.\n\n"
        "So when a friend asked whether I would like to talk to people from its technology team, I said yes "
        "at once, and these are the notes I kept from that conversation about their data and their tools.\n"
    )
    assert record.adapter == "front_matter_post"
    assert title_of(record) == "notes on a conversation with the nyt"
    assert next(t for t in record.texts if t.kind == "body").text.startswith("The acronym - NYT")
    # a note without a site's post layout and without a date stays unclaimed by the post reader
    page = blocks.parse("---\ntitle: a note\n---\n\nSome words of a note kept for later.\n", "text")
    assert extract.choose(page) is None or extract.choose(page).name != "front_matter_post"


def test_a_roundup_by_its_shape_is_one_of_paragraphs_not_of_a_posts_list_items() -> None:
    # a post's list of links with the author's notes under them ("What I Read This Week") is read as
    # the post unless its title names a digest; the same links as paragraphs are a roundup
    stories = [
        (title, f"https://{host}/{n}")
        for n, (title, host) in enumerate(
            [
                ("How To Be Successful", "blog.samaltman.example"),
                ("Donald Knuth on work habits and happiness", "shuvomoy.example"),
                ("The forgotten benefits of low tech interfaces", "uxdesign.example"),
                ("Why SQLite may become foundational", "venturebeat.example"),
                ("An amateur programmer fought cancer with GPUs", "howardchen.example"),
            ]
        )
    ]
    note = "I think this one is worth the time: the author makes a point I had not seen put so well."
    profile = REGISTRY["generic_digest"].profile  # type: ignore[attr-defined]
    as_items = blocks.parse("".join(f"- [{t}]({u})\n\n  {note}\n\n" for t, u in stories), "text").blocks
    as_paragraphs = blocks.parse("".join(f"[{t}]({u})\n\n{note}\n\n" for t, u in stories), "text").blocks
    assert digest._link_roundup(list(as_items), profile) is None
    roundup = digest._link_roundup(list(as_paragraphs), profile)
    assert roundup is not None
    assert [story[0].text for story in roundup[1:]] == [title for title, _ in stories]


def test_a_masthead_linking_the_digests_home_above_its_first_section_is_no_story() -> None:
    cards = "".join(
        f'<p><a href="https://{host}/news/{n}">{title}</a></p>'
        f"<p>{host} 宣布了一项新的产品计划，面向免费用户和订阅用户，并说明了后续的推出时间和范围。</p>"
        f"<p>{host}</p>"
        for n, (title, host) in enumerate(
            [
                ("Testing ads in ChatGPT", "openai.example"),
                ("Bringing ChatGPT to GenAI.mil", "openai.example"),
                ("Sci-Fi with a touch of Madness", "latent.example"),
                ("Google Earnings, Google Cloud Crushes", "stratechery.example"),
            ]
        )
    )
    records = read_capture(
        "<html><head><title>小虾AI日报 2026-02-10</title></head><body>"
        '<p><a href="https://justin7974.github.io/Daily-News/">🦐 小虾AI日报</a></p>'
        '<p><a href="archive.html">查看日报列表归档 →</a></p>'
        "<p>2026 年 2 月 10 日 · 星期二 📰 7 篇文章</p>"
        f"<h3>🔥 精选推荐</h3>{cards}</body></html>",
        "html",
    )
    assert [title_of(r) for r in records] == [
        "Testing ads in ChatGPT",
        "Bringing ChatGPT to GenAI.mil",
        "Sci-Fi with a touch of Madness",
        "Google Earnings, Google Cloud Crushes",
    ]


def test_a_storys_fields_give_its_implication_and_no_address_as_a_point() -> None:
    stories = "".join(
        f"- **{title}**\n  - Link: https://{host}/\n  - Discussion: https://news.ycombinator.com/item?id={n}\n"
        f"  - Score: 91 | Comments: 59\n  - Why it matters: This offers a low-cost alternative to static "
        "benchmarks for evaluating the reasoning of models, which the community finds interesting.\n"
        for n, (title, host) in enumerate(
            [
                ("Can a MUD evaluate LLMs? A $99 proof of concept", "cruciblebench.example"),
                ("Solar Open 2: Korea's Sovereign Foundation Model", "upstage.example"),
            ]
        )
    )
    records = read_capture(f"# Hacker News AI Daily Digest 2026-07-23\n\n#### 🔬 Research\n{stories}")
    assert [r.canonical_url for r in records] == [
        "https://cruciblebench.example/",
        "https://upstage.example/",
    ]
    for record in records:
        assert [(p.kind, p.text[:20]) for p in record.key_points] == [("implication", "This offers a low-co")]


def test_a_reposts_first_line_gives_the_original_articles_address() -> None:
    body = (
        "想让你的 Meshtastic 节点具备实时人流监控的能力吗？通过集成 Paxcounter，我们可以轻松实现这一点，"
        "并在整个网络中查看每个节点周围的人流数据，这对活动现场和公共空间的管理都很有帮助。\n\n"
    )
    (record,) = read_capture(
        '---\ntitle: "Paxcounter 功能全攻略"\ndate: "2025-07-20"\n---\n\n'
        "> 本文转载自 MeshCN（Meshtastic 中国社区），原文链接：https://meshcn.net/how-to-enable-pax/\n\n"
        + body
        * 3
    )
    assert record.adapter == "front_matter_post"
    assert record.canonical_url == "https://meshcn.net/how-to-enable-pax/"
    # a post that says nothing of copying keeps no address of another's
    (own,) = read_capture('---\ntitle: "Paxcounter 功能全攻略"\ndate: "2025-07-20"\n---\n\n' + body * 3)
    assert own.canonical_url is None


def test_a_translation_of_anothers_article_is_its_copy_in_the_translators_words() -> None:
    section = (
        "向量检索在嵌入模型针对目标领域微调后，显著优于传统方法。但换成领域外任务时，情况就变了，"
        "预训练嵌入模型可能优于 BM25，但多半不会，此时最好的办法是把两种检索结合起来使用。\n\n"
    )
    (record,) = read_capture(
        "---\ntitle: 混合检索：BM25 词法检索 + 向量语义检索\n"
        "source_url: https://www.pinecone.io/learn/hybrid-search-intro/\ntranslated: true\n---\n\n"
        "> **来源**：本文翻译自 [Getting Started with Hybrid Search](https://www.pinecone.io/learn/hybrid-search-intro/)，"
        "作者 James Briggs。\n\n"
        f"{section}## 领域外数据集的困境\n\n{section * 2}## 混合检索\n\n{section * 2}## 小结\n\n{section}"
    )
    assert record.adapter == "front_matter_post"
    assert record.canonical_url == "https://www.pinecone.io/learn/hybrid-search-intro/"
    assert {(t.kind, t.origin) for t in record.texts} == {("title", "unknown"), ("body", "unknown")}
    assert record.original_language is None


def test_a_korean_or_japanese_original_link_inside_a_line_is_the_source() -> None:
    (record,) = read_capture(
        '---\nlayout: default\ntitle: "Show HN: Claudraband — Claude Code 래퍼"\n---\n\n'
        '<a href="../2026-04-13" class="back-link">&larr; 4월 13일 목록</a>\n\n'
        "# Claudraband — Claude Code 래퍼\n\n"
        "Hacker News에 halfwhey가 올린 **Claudraband**는 Claude Code를 제어된 터미널에 래핑하여 장기 실행 "
        "워크플로우를 지원하는 도구입니다. 세션 관리와 작업 큐가 포함되어 있습니다. "
        '<a href="https://github.com/halfwhey/claudraband" class="source-link">원문</a>\n'
    )
    assert record.canonical_url == "https://github.com/halfwhey/claudraband"


def test_a_date_before_a_storys_title_dates_it() -> None:
    entries = "".join(
        f"### 🔥 {day} — {title}\n{title} was announced with breakthrough results on the benchmarks.\n"
        f"- **Source:** [{outlet}](https://{host}/)\n- **Tags:** `#llm` `#release`\n\n"
        for day, title, outlet, host in [
            ("2025-11-18", "Gemini 3 Release", "Google DeepMind", "deepmind.example"),
            ("2025-11-28", "Grok 4.1 EQ-Bench3 Leader", "xAI", "x.example"),
        ]
    )
    records = read_capture(f"# Awesome AI Chronicle — November 2025\n\n## Entries\n\n{entries}")
    assert [(title_of(r), [d.value for d in r.published_at]) for r in records] == [
        ("Gemini 3 Release", ["2025-11-18"]),
        ("Grok 4.1 EQ-Bench3 Leader", ["2025-11-28"]),
    ]


def test_a_personal_sites_title_loses_its_authors_name_as_a_sites_name() -> None:
    paragraph = (
        "<p>So finally you're testing your frontend JavaScript code? Great! The more you write tests, the "
        "more confident you are with your code, but how much precisely? That's where code coverage might "
        "help, and here is how I set it up for a small project of mine this week.</p>"
    )
    (record,) = read_capture(
        "<html><head><title>Get your Frontend JavaScript Code Covered | Code | Nicolas Perriault</title>"
        '<meta name="author" content="Nicolas Perriault"></head><body>'
        '<header><h1><a href="/">Hi, I\'m <strong>Nicolas.</strong></a></h1></header>'
        f"<article><p>September 29, 2013</p>{paragraph * 4}</article></body></html>",
        "html",
    )
    assert title_of(record) == "Get your Frontend JavaScript Code Covered | Code"
    assert record.authors == ["Nicolas Perriault"]


def test_a_storys_summary_over_its_sources_is_no_groups_note() -> None:
    stories = [
        (
            "OpenAI releases GPT-9",
            "OpenAI released GPT-9 today, a model it says is faster and cheaper than the last, and made it "
            "available to every paying user of its API from this morning.",
            [
                ("Introducing GPT-9 for developers", "openai.example/gpt-9"),
                ("OpenAI launches GPT-9 with lower prices", "techcrunch.example/gpt-9"),
            ],
        ),
        (
            "Figma buys Weavy",
            "Figma has bought Weavy, a start-up whose tools build creative workflows from models, for an "
            "undisclosed sum, and will fold its team into the design tool's AI group.",
            [
                ("Figma acquires Weavy to build AI-native tools", "figma.example/weavy"),
                ("Figma snaps up Weavy in its latest AI deal", "verge.example/weavy"),
            ],
        ),
    ]
    text = "".join(
        f"### {title}\n\n{summary}\n\n"
        + "".join(f"- [{words}](https://{url})\n" for words, url in links)
        + "\n"
        for title, summary, links in stories
    )
    records = read_capture(f"# AI Daily Digest 2026-10-30\n\n{text}")
    assert [title_of(r) for r in records] == ["OpenAI releases GPT-9", "Figma buys Weavy"]


def test_a_heading_over_two_links_one_a_sources_name_is_no_group_of_stories() -> None:
    def section(links: list[tuple[str, str]]) -> list[blocks.Block]:
        text = "### Anthropic opens a Tokyo office\n\n" + "".join(f"- [{w}](https://{u})\n" for w, u in links)
        return list(blocks.parse(text, "text").blocks)

    sources = section(
        [("Anthropic: Opening our Tokyo office to serve Japan", "a.example/1"), ("Nikkei", "b.example/2")]
    )
    assert digest._ungrouped(sources) == [sources]
    # three or more lines, most of them headlines, are a group's (a post titled "The Final Act" among them)
    group = section(
        [
            ("Trump Must Be Tried", "a.example/1"),
            ("How to Dismantle a Democracy, One Job Posting at a Time", "b.example/2"),
            ("Why SQLite may become foundational for digital progress", "c.example/3"),
            ("The Final Act", "d.example/4"),
        ]
    )
    assert [story[0].text for story in digest._ungrouped(group)] == [
        "Trump Must Be Tried",
        "How to Dismantle a Democracy, One Job Posting at a Time",
        "Why SQLite may become foundational for digital progress",
        "The Final Act",
    ]


def test_a_bold_name_before_a_colon_is_no_headline_of_an_outlet_cited_item() -> None:
    items = _cited_items(
        [
            (
                "OpenAI",
                "released a new model today that it says reasons faster.",
                "TechCrunch",
                "tc.example",
            ),
            (
                "Google",
                "opened its coding agent to every developer this week.",
                "The Verge",
                "verge.example",
            ),
            ("Meta", "cut the price of its glasses by a third in Europe.", "Reuters", "reuters.example"),
            (
                "Nvidia",
                "reported record sales on demand for its data-centre chips.",
                "CNBC",
                "cnbc.example",
            ),
            (
                "Apple",
                "delayed its smart home hub until next spring, people say.",
                "Bloomberg",
                "bbg.example",
            ),
        ],
        between="",
    )
    records = read_capture(f"# AI News - September 2026\n\n## 2026-09-01\n{items}")
    assert len(records) == 5
    assert all(title_of(r) not in {"OpenAI", "Google", "Meta", "Nvidia", "Apple"} for r in records)


def test_a_post_about_translation_automation_is_no_translation() -> None:
    body = (
        "这个工具可以把文档批量翻译成多种语言，并保留原有的格式和链接，适合需要经常发布多语言内容的团队使用。"
        "我们在三个项目里试用了一个月，下面是具体的配置步骤和遇到的问题。\n\n"
    )
    (record,) = read_capture(
        '---\ntitle: "我的翻译自动化工具"\ndate: "2025-07-20"\n---\n\n'
        "本文介绍我写的翻译自动化工具，代码在 https://github.com/example/translate-bot 。\n\n" + body * 3
    )
    assert record.canonical_url is None
    assert {t.origin for t in record.texts} == {"original"}
