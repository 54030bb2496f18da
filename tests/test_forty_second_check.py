"""Page shapes found on the forty-second real-page check: translations whose head names a model as
their translator or says a machine translated them, a bilingual translation under a labelled head,
an article that closes on its own conclusion, links with spaces around their address, attribute
lists after emphasis, items that each title and link one summarised page, readers' lists of what
they read, and dated headlines closed by a "details" link."""

from __future__ import annotations

from capture import PROSE_EN, read_capture, texts_of, title_of
from hypothesis import given
from hypothesis import strategies as st

from pipeline import blocks
from pipeline.blocks import labelled_field

_PROSE = "\n\n".join([PROSE_EN] * 4)  # an article's worth of text


def _days(record) -> list[str]:
    return [claim.value for claim in record.published_at]


# --------------------------------------------------------------------------- machine translations

_ZH_ORIGINAL = "https://git.example/kd/article-diy-signing-device-summit/blob/main/article.md"


def test_a_head_that_names_a_model_as_translator_makes_a_machine_translation() -> None:
    page = (
        "# A Brief History of DIY Signing Devices\n\n**Author:** 九神二号  \n"
        "**English translation:** ChatGPT  \n**Original publication date:** September 20, 2026\n\n"
        f"> **Original Chinese article:** {_ZH_ORIGINAL}\n\n"
        f"{_PROSE}\n"
    )
    (record,) = read_capture(page)
    assert (record.adapter, record.canonical_url, _days(record)) == (
        "front_matter_post",
        _ZH_ORIGINAL,
        ["2026-09-20"],
    )
    (body,) = texts_of(record, "body")
    assert (body.origin, body.generator) == ("machine_translation", "ChatGPT")
    assert body.text.startswith(PROSE_EN)  # (the head's labelled lines are no text of it)


def test_a_translator_named_as_a_versioned_model_is_a_machine_and_a_person_is_not() -> None:
    page = "---\ntitle: Notes on caching\ndate: 2026-03-02\ntranslator: {who}\n---\n\n{prose}\n"
    (machine,) = read_capture(page.format(who="GLM-5.3-Flash", prose=_PROSE))
    (person,) = read_capture(page.format(who="Claude Durand", prose=_PROSE))
    assert {t.origin for t in texts_of(machine, "body")} == {"machine_translation"}
    assert {t.origin for t in texts_of(person, "body")} == {"original"}


_EN = [
    "A request passes the GPU in two phases.",
    "First, prefill reads the request and context.",
    "Then decode writes output tokens one by one.",
    "Many output tokens are thinking tokens.",
]
# (each translation quotes its original's names in Latin letters, as technical Chinese does)
_ZH = [
    "一个请求经过 GPU 要经历两个阶段（prefill、decode），成本不同。",
    "首先，在预填充（prefill）阶段，模型读取请求和上下文（context）。",
    "然后，在解码（decode）阶段，模型一次写出一个输出 token。",
    "长会话里很多输出 token 都是用来思考的 token。",
]


def test_a_bilingual_translation_under_a_labelled_head_gives_the_original_and_its_translation() -> None:
    interleaved = "\n\n".join(f"{en}\n\n{zh}" for en, zh in zip(_EN * 3, _ZH * 3, strict=True))
    page = (
        "# 最大化会话的价值（中英对照）\n\n"
        "> 原文标题：Maximizing the value of your sessions\n"
        "> 原文链接：https://blog.example/maximizing-the-value-of-your-sessions\n"
        "> 原文作者：Lydia Hallie\n> 发布日期：2026-08-14\n> **翻译模型：** GLM-5.3-Flash\n\n---\n\n"
        f"{interleaved}\n"
    )
    (record,) = read_capture(page)
    assert record.canonical_url == "https://blog.example/maximizing-the-value-of-your-sessions"
    bodies = {text.lang: text for text in texts_of(record, "body")}
    assert (bodies["en"].origin, bodies["zh"].origin) == ("original", "machine_translation")
    assert bodies["en"].text.startswith(_EN[0])
    assert bodies["zh"].text.startswith(_ZH[0])
    titles = {text.lang: (text.text, text.origin) for text in texts_of(record, "title")}
    assert titles["en"] == ("Maximizing the value of your sessions", "original")


def test_a_post_that_says_a_machine_translated_it_is_a_machine_translation() -> None:
    note = (
        "> This post was originally written in Korean, and has been machine translated into English. "
        "It may contain minor errors."
    )
    page = "---\ntitle: Categorical Trace\ndate: 2026-01-26\n---\n\n{note}\n\n{prose}\n"
    (record,) = read_capture(page.format(note=note, prose=_PROSE))
    (body,) = texts_of(record, "body")
    assert body.origin == "machine_translation"
    assert body.text.startswith(PROSE_EN)  # (the note is no text of the post)
    denied = "> This post was not machine translated: I wrote it in English myself."
    (own,) = read_capture(page.format(note=denied, prose=_PROSE))
    assert {t.origin for t in texts_of(own, "body")} == {"original"}


# --------------------------------------------------------------------------- one article, many sections


def test_an_article_that_closes_on_its_own_conclusion_is_no_digest() -> None:
    section = (
        "## {name}\n\n{prose}\n\n{prose}\n\n### Further Reading\n\n- [{name} docs](https://{host}/docs)\n\n"
    )
    page = (
        '---\nlayout: post\ntitle: "Columnar Storage and a SQL Query Engine"\n'
        "date: 2025-04-26 18:00:00 +0900\n---\n\n"
        "*This post is a translated version of the blog post originally written in Korean.*\n\n"
        + "".join(
            section.format(name=name, host=host, prose=PROSE_EN)
            for name, host in (("Database Systems", "db.example"), ("Apache Arrow", "arrow.example"))
        )
        + section.format(name="Apache DataFusion", host="datafusion.example", prose=PROSE_EN)
        + f"## Conclusion\n\n{PROSE_EN}\n"
    )
    (record,) = read_capture(page)
    assert title_of(record) == "Columnar Storage and a SQL Query Engine"
    assert {t.origin for t in texts_of(record, "body")} == {"unknown"}  # (a translation, it says)


# --------------------------------------------------------------------------- inline markup


def test_a_link_may_hold_spaces_around_its_address_and_an_exit_page_leads_on() -> None:
    (block,) = blocks.from_text(
        "* 原文: [Five ways to average]( https://link.juejin.im?target=https%3A%2F%2Fjr.example%2Favg%2F )\n"
    ).blocks
    assert block.text == "原文: Five ways to average"
    assert [link.href for link in block.links] == ["https://jr.example/avg/"]


def test_an_attribute_list_after_emphasis_shows_nothing() -> None:
    (block,) = blocks.from_text("**HEAVYGRAM**{.cve-chip} **Telegram C2**{.cve-chip} `x`{#code}\n").blocks
    assert block.text == "HEAVYGRAM Telegram C2 x"


def test_a_long_label_is_a_field_only_where_it_is_a_known_one() -> None:
    assert labelled_field("Original publication date: September 20, 2026") == (
        "Original publication date",
        "September 20, 2026",
    )
    assert labelled_field("English translation: ChatGPT") == ("English translation", "ChatGPT")
    assert labelled_field("Why it matters for readers: prices rise") is None


@given(st.text(max_size=80))
def test_any_line_is_a_field_or_none(line: str) -> None:
    field = labelled_field(line)
    if field is not None:
        label, value = field
        assert label and value and ":" not in label and "：" not in label
        assert value == value.strip()


# --------------------------------------------------------------------------- what tells stories

_SUMMARIES = """# Join the AI Accelerator - Vercel

[View on Vercel Blog](https://vercel.example/blog/join-the-ai-accelerator)

## AI Accelerator 2024年版：詳細要約

Vercelが主催する「AI Accelerator」は、40のチームを支援する6週間のプログラムです。
参加者はツールとクレジットを受け取ります。

---
# Compose Multiplatform 1.8.0 Released | The Kotlin Blog

[View on JetBrains Blog](https://jetbrains.example/kotlin/2025/05/compose-1-8-0)

Compose Multiplatform 1.8.0 がリリースされ、iOS 版が安定版になりました。
多くの改善が含まれます。

---
# Introducing AI stories | OpenAI

[View on OpenAI](https://openai.example/global-affairs/ai-stories)

## AIストーリー紹介

この記事は、OpenAIがAIの普及と活用を促進するための取り組みを紹介しています。日々の恩恵が描かれています。
"""


def test_headings_each_over_the_page_they_summarise_are_stories_with_sections_of_their_own() -> None:
    records = read_capture(_SUMMARIES)
    assert [r.canonical_url for r in records] == [
        "https://vercel.example/blog/join-the-ai-accelerator",
        "https://jetbrains.example/kotlin/2025/05/compose-1-8-0",
        "https://openai.example/global-affairs/ai-stories",
    ]


def test_a_readers_list_of_what_they_read_is_a_digest() -> None:
    items = "".join(
        f"* [{title}](https://{host}/{k}) – {PROSE_EN[:80]}\n\n"
        for k, (title, host) in enumerate(
            (
                ("How to Prepare for AuthorRank", "seo.example"),
                ("For a Glimpse Of The Future, Try Reading A Floppy Disk", "fast.example"),
                ("The future is now: an expedition into CES", "verge.example"),
                ("Why Print Books Are Here to Stay", "wsj.example"),
            )
        )
    )
    page = (
        "---\ntitle: 'Weekend Weg van het Web – Leesvoer #2'\ndate: 2013-01-12 11:40:15+00:00\n"
        "layout: post\n---\n\n"
        "Het is weer weekend. Een mooi moment om wat goed leesvoer tot je te nemen. Daarom een paar tips.\n\n"
        + items
    )
    records = read_capture(page)
    assert [title_of(r) for r in records] == [
        "How to Prepare for AuthorRank",
        "For a Glimpse Of The Future, Try Reading A Floppy Disk",
        "The future is now: an expedition into CES",
        "Why Print Books Are Here to Stay",
    ]


def test_dated_headlines_closed_by_a_details_link_are_stories() -> None:
    page = (
        "\n- 2020-01-27 02:49:00 深夜重磅！国务院发通知，春节假期延至2月2日  [新闻详情>>](http://news.example/a)\n"
        "- 2020-01-27 14:03:16 总理来到武汉：希望老百姓平安健康  [新闻详情>>](https://video.example/b)\n"
        "- 2020-01-27 15:25:26 上海发布：企业不早于2月9号24时复工  [新闻详情>>](http://news.example/c)\n"
    )
    records = read_capture(page)
    assert [(title_of(r), r.canonical_url) for r in records] == [
        ("深夜重磅！国务院发通知，春节假期延至2月2日", "http://news.example/a"),
        ("总理来到武汉：希望老百姓平安健康", "https://video.example/b"),
        ("上海发布：企业不早于2月9号24时复工", "http://news.example/c"),
    ]
    assert _days(records[1]) == ["2020-01-27T14:03:16"]
