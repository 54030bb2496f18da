"""Page shapes found on the thirty-first real-page check: a story's source link on the line under
its item (Markdown's lazy continuation), relative links to note files whose names hold spaces, and
a static site's template tags that show a card of a story."""

from __future__ import annotations

from pipeline import blocks, extract
from pipeline.models import PageRecord


def read_capture(text: str, media_type: str = "text") -> list[PageRecord]:
    page = blocks.parse(text, media_type)
    adapter = extract.choose(page)
    assert adapter is not None
    result = adapter.extract(page)
    return result if isinstance(result, list) else [result]


def title_of(record: PageRecord) -> str:
    return next(t.text for t in record.texts if t.kind == "title")


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
