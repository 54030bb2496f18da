"""Page shapes found on the forty-second real-page check: translations whose head names a model as
their translator or says a machine translated them, a bilingual translation under a labelled head,
an article that closes on its own conclusion, links with spaces around their address, attribute
lists after emphasis, items that each title and link one summarised page, readers' lists of what
they read, and dated headlines closed by a "details" link."""

from __future__ import annotations

from capture import PROSE_EN

from pipeline import blocks

_PROSE = "\n\n".join([PROSE_EN] * 4)  # an article's worth of text


def _days(record) -> list[str]:
    return [claim.value for claim in record.published_at]


# --------------------------------------------------------------------------- machine translations

_ZH_ORIGINAL = "https://git.example/kd/article-diy-signing-device-summit/blob/main/article.md"


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


# --------------------------------------------------------------------------- one article, many sections


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
