"""Page shapes found on the thirty-fifth real-page check: translations that say so in Japanese,
Korean or English, clippers' stamps over a linked title, links through a site's exit page, quotes
set in list items, digests that list their stories with a note under each, lead a list with a
story told at length, group quick hits among linked headings, name each story's outlet after its
link, or leave a template's field empty."""

from __future__ import annotations

from capture import PROSE_EN, read_capture, texts_of, title_of
from hypothesis import given
from hypothesis import strategies as st

from pipeline import blocks, extract, normalize

_JA = (
    "私たちはデータベース設計のための新しいツールを開発しており、ついこの度リリースしました。"
    "その紹介をさせてください。"
)


def test_a_page_that_says_it_translates_an_article_in_japanese_is_that_articles_translation() -> None:
    (record,) = read_capture(
        '---\ntitle: "Liam ERDでER図を自動生成する"\ntopics: ["database"]\npublished: true\n---\n\n'
        "この記事は、Liam ERDのブログ [Introducing Liam ERD](https://liambx.com/blog/liam-erd-introduction)"
        " からの翻訳記事です。\n\n---\n\n"
        f"{_JA}\n\n## TL;DR\n\n- ER 図を自動生成するツールをリリースしました\n- Web 版ですぐに試せます\n\n"
        + "".join(f"## 機能 {n}\n\n{_JA}\n\n" for n in range(3))
    )
    assert record.canonical_url == "https://liambx.com/blog/liam-erd-introduction"
    (body,) = texts_of(record, "body")
    # the translated article whole, its own TL;DR in it: no machine summary of it, no key points
    assert body.origin == "unknown" and "TL;DR" in body.text and "翻訳記事" not in body.text
    assert not texts_of(record, "summary") and not record.key_points


def test_a_title_heading_over_the_line_naming_the_article_it_translates_heads_that_translation() -> None:
    (record,) = read_capture(
        "# Docker は何の役に立つの?\n\n"
        "この記事は「[What does Docker provide if not virtualization?](https://opensource.com/business/14/8/"
        "docker-is-not-virtualization)」の翻訳記事です。\n\n" + f"{_JA}\n\n" * 4
    )
    assert record.canonical_url == "https://opensource.com/business/14/8/docker-is-not-virtualization"
    assert title_of(record) == "Docker は何の役に立つの?"
    assert all(t.origin == "unknown" for t in record.texts)


def test_an_authors_note_that_the_post_translates_an_article_names_that_article() -> None:
    original = "http://blog.xebia.fr/2015/04/17/plus-dexcuses-les-tests-en-android-cest-possible/"
    (record,) = read_capture(
        "---\nlayout: post\ntitle: No more excuses, Android testing is possible\n---\n\n"
        "*This article is a translation of an article I wrote in French and published on "
        f"[Xebia blog]({original})*"
        "\n\n" + f"{PROSE_EN}\n\n" * 4
    )
    assert record.canonical_url == original
    (body,) = texts_of(record, "body")
    assert body.origin == "unknown" and not body.text.startswith("This article is a translation")


def test_a_read_later_plugins_stamp_over_a_linked_title_is_a_copy_of_the_linked_page() -> None:
    url = "https://www.lesswrong.com/posts/ADwayvunaJqBLzawa/contra-hofstadter-on-gpt-3-nonsense"
    page = f"[[ReadItLater]] [[Article]]\n\n# [Contra Hofstadter on GPT-3 Nonsense - LessWrong]({url})\n\n"
    (record,) = read_capture(page + f"{PROSE_EN}\n\n" * 4)
    assert record.canonical_url == url and title_of(record) == "Contra Hofstadter on GPT-3 Nonsense"
    (body,) = texts_of(record, "body")
    assert body.text.startswith("The team measured") and body.origin == "original"
    # ... under a vault's own front matter and breadcrumb too
    vault = (
        "---\ntitle: Contra Hofstadter on GPT-3 Nonsense\nnote_type: Webclips\n---\n\n"
        "Parent : [[_Webclips]]\n\n"
    )
    (record,) = read_capture(vault + page + f"{PROSE_EN}\n\n" * 4)
    assert record.canonical_url == url
    assert not texts_of(record, "body")[0].text.startswith("Parent")


def test_a_stamp_is_the_clippers_name_and_one_word_after_it_at_most() -> None:
    assert blocks.clipper_mark("ReadItLater Article")
    assert not blocks.clipper_mark("ReadItLater saved this")
    assert not blocks.clipper_mark("Clipped articles")


def test_a_link_through_a_sites_exit_page_is_a_link_to_where_it_leads() -> None:
    original = "https://code.facebook.com/posts/172423326753505/announcing-pytorch-1-0/"
    assert (
        normalize.unwrap_redirect(
            "https://link.zhihu.com/?target=https%3A//code.facebook.com/posts/172423326753505/"
            "announcing-pytorch-1-0/"
        )
        == original
    )
    assert normalize.unwrap_redirect(f"https://www.google.com/url?sa=t&url={original}") == original
    assert normalize.unwrap_redirect("https://example.com/search?target=https://x.example/a") == (
        "https://example.com/search?target=https://x.example/a"
    )
    (block,) = blocks.from_text(
        "原文链接：[原文](https://link.zhihu.com/?target=https%3A//x.example/a/b)"
    ).blocks
    assert block.links[0].href == "https://x.example/a/b"


@given(st.text(max_size=200))
def test_unwrapping_any_link_gives_an_address_or_the_link_itself(href: str) -> None:
    unwrapped = normalize.unwrap_redirect(href)
    assert unwrapped == href or unwrapped.startswith(("http://", "https://"))
    assert normalize.unwrap_redirect(f"http://[{href}?target=x") == f"http://[{href}?target=x"


def test_a_quote_set_in_a_list_item_reads_without_its_marks() -> None:
    page = "* [Announcing .NET Core 3](https://devblogs.example/net-core-3)\n    >Download it now.\n    >\n"
    texts = [b.text for b in blocks.from_text(page + "    >More text.\n").blocks]
    assert texts == ["Announcing .NET Core 3", "Download it now.", "More text."]


def test_a_digests_groups_of_linked_items_each_with_a_note_under_it_are_stories() -> None:
    def group(n: int) -> str:
        items = "".join(
            f"- [第 {n} 组第 {k} 条新闻的标题在这里](https://news.example/{n}/{k}) (36kr)\n"
            f"  这是第 {k} 条新闻的摘要，说明发生了什么事，以及它为什么重要。\n\n"
            for k in range(4)
        )
        return f"## {n}. 第 {n} 组\n\n{items}"

    records = read_capture(
        "# Daily Tech News | 2026-01-23\n\n今日科技圈重磅消息频出。\n\n" + "".join(map(group, (1, 2, 3)))
    )
    assert [r.canonical_url for r in records] == [
        f"https://news.example/{n}/{k}" for n in (1, 2, 3) for k in range(4)
    ]
    assert all(texts_of(r, "summary")[0].text.startswith("这是第") for r in records)


def test_a_story_told_at_length_under_its_linked_heading_leads_a_digests_lists() -> None:
    lead = "https://www.technologyreview.example/s/613508/ai-fairer-than-judge/"
    items = "".join(
        f"* [Researchers design material number {n}](https://phys.example/news/{n}) - What they found.\n\n"
        for n in range(4)
    )
    records = read_capture(
        '---\ntitle: "Last Week in AI #36"\n---\n\n### Mini Briefs\n\n'
        f"#### [Can you make AI fairer than a judge? Play our game]({lead})\n\n{PROSE_EN}\n\n{PROSE_EN}\n\n"
        f"### Advances & Business\n\n{items}"
    )
    assert [r.canonical_url for r in records] == [lead, *(f"https://phys.example/news/{n}" for n in range(4))]


def test_a_group_of_quick_hits_among_linked_headings_leaves_each_heading_its_story() -> None:
    def story(n: int, outlet: str) -> str:
        url = f"https://site{n}.example/p/story-{n}"
        return f"### [Story number {n} of the day]({url}) — {outlet}\n\n{PROSE_EN}\n\n"

    hits = "".join(
        f"- [Startup {n} raised money](https://tc.example/hit-{n}) led by a fund, for agents.\n"
        for n in range(3)
    )
    page = (
        '---\ntitle: "AI Daily Digest — 2026-10-01"\n---\n\n## Analysis\n\n'
        + "".join(
            story(n, outlet)
            for n, outlet in enumerate(
                ["TechCrunch", "A Few Thoughts on Cryptographic Engineering", "Google / Google DeepMind"]
            )
        )
        + f"### Funding and valuations\n\n{hits}\n## Research\n\n"
        + "".join(story(n, "Anthropic (Jane Roe and John Doe)") for n in (3, 4))
    )
    records = read_capture(page)
    assert [r.canonical_url for r in records] == [
        *(f"https://site{n}.example/p/story-{n}" for n in range(3)),
        *(f"https://tc.example/hit-{n}" for n in range(3)),
        *(f"https://site{n}.example/p/story-{n}" for n in (3, 4)),
    ]
    # the outlet named after each heading's link is no word of its title
    assert [title_of(r) for r in records[:3]] == [f"Story number {n} of the day" for n in range(3)]
    assert title_of(records[-1]) == "Story number 4 of the day"


def test_a_note_in_lower_case_after_a_headings_link_stays_in_its_title() -> None:
    stories = "".join(
        f"### [Ghostty {n}](https://g{n}.example/post) — a terminal emulator\n\n{PROSE_EN}\n\n"
        for n in range(3)
    )
    records = read_capture('---\ntitle: "Weekly Digest 12"\n---\n\n' + stories)
    assert [title_of(r) for r in records] == [f"Ghostty {n} — a terminal emulator" for n in range(3)]


def test_a_templates_empty_field_among_a_storys_fields_is_no_key_point() -> None:
    def story(n: int) -> str:
        return (
            f"### 🌐 Story number {n} of the week\n\n- **カテゴリ**: `その他`\n"
            "- **公開日**: 2025-11-23 17:40 (Hacker News)\n"
            f"- **URL**: [記事を読む](https://site{n}.example/post)\n"
            "- 📰 **AI要約**: 父の死後、家族は愛の手紙を発見した。\n"
            "- 💡 **自分のコメント欄**:\n\n"
        )

    records = read_capture("# 📅 2025-11-23 週の技術系ニュースまとめ\n\n" + "".join(map(story, range(3))))
    assert len(records) == 3
    for record in records:
        assert not record.key_points
        assert [t.text for t in texts_of(record, "summary")] == ["父の死後、家族は愛の手紙を発見した。"]
        assert record.published_at[0].value.startswith("2025-11-23")


def test_todays_picks_and_a_weeks_links_name_digests() -> None:
    from pipeline.adapters.digest import names_a_digest

    assert names_a_digest("今日推荐(自动生成)")
    assert names_a_digest("Link della settimana 2019#11")
    assert names_a_digest("Last Week in AI #36")


def test_a_translation_given_paragraph_by_paragraph_beside_its_original_keeps_both_texts() -> None:
    pairs = [
        ("Let me start by saying this is absolutely not a Docker bashing article, I love Docker.", _JA),
        (
            "Now before you start rounding up a virtual posse in the comments, hear me out.",
            _JA + "ちょっとだけ。",
        ),
        (
            "First of all, it is important to realize that it is hard to agree on a definition.",
            _JA + "難しい。",
        ),
    ]
    page = (
        "# Docker は何の役に立つの?\n\n"
        "この記事は「[What does Docker provide?](https://opensource.example/docker)」の翻訳記事です。\n\n(画像)\n\n"
        + "".join(f"{en}\n\n{ja}\n\n" for en, ja in pairs)
    )
    (record,) = read_capture(page)
    original, translation = texts_of(record, "body")
    assert (original.lang, original.origin) == ("en", "original") and original.text.startswith("Let me start")
    assert (translation.lang, translation.origin) == ("ja", "unknown") and "(画像)" not in translation.text
    assert record.original_language == "en"


def test_an_outliners_page_properties_are_its_front_matter() -> None:
    url = "https://www.coolapk.example/feed/53858973"
    page = blocks.from_text(
        f"icon:: 💾\nauthor:: \ncreated:: [[20240810]]\nsource:: {url}\ntype:: archives-web\n\n"
        f"- 序言：{_JA}\n"
    )
    assert page.front_matter == {"icon": "💾", "created": "20240810", "source": url, "type": "archives-web"}
    assert [b.text for b in page.blocks] == [f"序言：{_JA}"]
    (record,) = read_capture(
        f"source:: {url}\ntype:: archives-web\n\n" + "".join(f"- {_JA}{n}\n" for n in range(4))
    )
    assert record.canonical_url == url and texts_of(record, "body")[0].origin == "original"
    # (a code page's first line is no property)
    assert blocks.from_text("std::vector<int> v;\nstd::sort(v.begin(), v.end());\n").front_matter == {}


def test_an_html_blog_posts_readers_comments_are_no_stories_of_it() -> None:
    comments = "".join(
        f"<p>Comment number {n}: {PROSE_EN}</p>"
        f'<p><a href="http://profile.example/reader{n}">Reader{n}</a> on February 12, 2010 11:{n}2 PM</p>'
        for n in range(5)
    )
    page = (
        "<html><head><title>Coding Horror: Welcome Back Comments</title></head><body>"
        '<h2>Feb 12, 2010</h2><h3><a href="http://blog.example/2010/02/welcome-back-comments.html">'
        "Welcome Back Comments</a></h3>"
        + f"<p>{PROSE_EN}</p>" * 8
        + f"<p>Comments</p>{comments}</body></html>"
    )
    (record,) = read_capture(page, "html")  # the post, not a story for each of its readers
    assert "Welcome Back Comments" in title_of(record)
    assert texts_of(record, "body")[0].text.startswith("The team measured")


def test_a_readers_signature_is_no_storys_linked_title() -> None:
    from pipeline.adapters.digest import _signs_a_comment

    (signed,) = blocks.from_text(
        "[LnxWalt](http://profile.example/lnxwalt) on February 12, 2010 11:32 PM"
    ).blocks
    (titled,) = blocks.from_text(
        "[OpenAI ships a new model today](https://openai.example/m) 2026-03-05"
    ).blocks
    assert _signs_a_comment(signed) and not _signs_a_comment(titled)


def test_a_mirrors_title_under_the_lines_naming_its_original_heads_the_copy() -> None:
    original = "https://www.valtersit.example/guides/security/lock-down-ssh/"
    (record,) = read_capture(
        f"> 📖 **Original article:** [Lock Down SSH: Configuring 2FA]({original})\n"
        "> *Mirror of the full guide published on [valtersit.com](https://www.valtersit.example)*\n\n---\n\n"
        "# Secure Your Server: Forcing 2FA on SSH Connections\n\n" + f"{PROSE_EN}\n\n" * 4
    )
    assert record.canonical_url == original
    assert title_of(record) == "Secure Your Server: Forcing 2FA on SSH Connections"
    (body,) = texts_of(record, "body")
    assert body.text.startswith("The team measured") and "Mirror of" not in body.text


def test_an_exit_pages_path_is_matched_whatever_its_case() -> None:
    href = "https://www.oschina.net/action/GoToLink?url=https%3A%2F%2Fwww.emqx.example%2Fproducts%2Fbroker"
    assert normalize.unwrap_redirect(href) == "https://www.emqx.example/products/broker"


def test_a_digests_closing_index_of_its_headlines_tells_its_stories_no_more() -> None:
    urls = [f"https://github.blog/changelog/2026-03-04-feature-{n}" for n in range(3)]
    told = "".join(
        f"- [Feature {n} is now available to everyone]({url})  \n  Why it matters: {PROSE_EN}\n\n"
        for n, url in enumerate(urls)
    )
    index = "".join(f"- [Feature {n} is now available to everyone]({url})\n" for n, url in enumerate(urls))
    page = (
        '---\ntitle: "AI & GitHub Agent News – March 05, 2026"\n---\n\n## GitHub & Copilot\n\n'
        f"{told}## 📰 Recent Headlines by Source\n\n### GitHub Changelog\n{index}\n"
        "Generated on March 05, 2026 · 3 articles analyzed\n"
    )
    assert [r.canonical_url for r in read_capture(page)] == urls


def test_a_table_rows_empty_first_cell_is_a_cell() -> None:
    rows = "".join(
        f"||[IT之家第 {n} 条新闻的标题在这里](https://www.ithome.example/0/787/{n}.htm)|\n" for n in range(4)
    )
    first = "|[IT之家](https://www.ithome.example/rss/)|[首条新闻的标题在这里](https://www.ithome.example/0/787/9.htm)|"
    page = f"# 2024-08-10\n\n|来源|标题|\n|---|---|\n{first}\n{rows}"
    assert blocks.from_text(page).blocks[3].cells == ("", "IT之家第 0 条新闻的标题在这里")
    assert len(read_capture(page)) == 5


def test_an_untitled_page_of_linked_headlines_each_dated_under_it_is_a_digest() -> None:
    items = "".join(
        f'<li><a href="https://news{n}.example/post-{n}">第 {n} 条新闻的标题在这里</a>'
        f'<div class="ai-meta">来源：OpenAI · 日期：2026-01-2{n}</div>'
        "<div><span>重点：</span>模型大规模退役。</div></li>\n"
        for n in range(4)
    )
    records = read_capture(
        f'---\nlayout: home\n---\n\n<div class="ai-tab-panel">\n<ul class="ai-list">\n{items}</ul>\n</div>\n'
    )
    assert [r.canonical_url for r in records] == [f"https://news{n}.example/post-{n}" for n in range(4)]
    assert [r.published_at[0].value for r in records] == [f"2026-01-2{n}" for n in range(4)]
    # (undated, such a page is no digest: a bookmarks page, an awesome list)
    undated = items.replace("来源：OpenAI · 日期：2026-01-2", "来源：OpenAI · 编号 ")
    assert extract.choose(blocks.parse(f"<ul>{undated}</ul>\n", "text")) is None


def test_a_links_words_broken_over_lines_are_one_link() -> None:
    page = (
        "- [Remove special treatment of Box by borrow\n  checker](https://github.com/rust-lang/rfcs/pull/130)\n"
        "- The borrow checker [has seen a bunch of\n  cleanup](https://github.com/rust-lang/rust/pull/14947)"
        " removing\n"
        "This week Steve Klabnik [has been hired to work\nexclusively on our\ndocumentation](http://r.example/28bew8),\n"
    )
    texts = [(b.text, [link.href for link in b.links]) for b in blocks.from_text(page).blocks]
    assert texts[:2] == [
        ("Remove special treatment of Box by borrow checker", ["https://github.com/rust-lang/rfcs/pull/130"]),
        (
            "The borrow checker has seen a bunch of cleanup removing",
            ["https://github.com/rust-lang/rust/pull/14947"],
        ),
    ]
    assert texts[2][1] == ["http://r.example/28bew8"]
    # (a bracket no address closes leaves the lines as they are)
    assert len(blocks.from_text("Item [1 of 3\nNext line here.\n").blocks) == 2


def test_a_translations_note_over_its_title_names_the_article_not_the_sites_home_page() -> None:
    (record,) = read_capture(
        "# この文書について\n\n"
        "この文書は [lwn.net](https://lwn.net/) において 2013 年に公開された記事 "
        "([http://lwn.net/Articles/531114/](http://lwn.net/Articles/531114/))を翻訳したものです。\n\n"
        "この文書のライセンスは原文と同じく CC BY-SA 4.0 のもとに提供されています。\n\n"
        "# Namespaces in operation, part 2: namespaces API\n\n" + f"{_JA}\n\n" * 4
    )
    assert record.canonical_url == "http://lwn.net/Articles/531114/"
    assert title_of(record) == "Namespaces in operation, part 2: namespaces API"
    assert not texts_of(record, "body")[0].text.startswith("この文書")


def test_a_clippers_properties_under_the_copys_title_are_its_front_matter() -> None:
    url = "https://www.stephendiehl.example/posts/exotic03.html"
    page = (
        "# Exotic Programming Ideas: Part 3 (Effect Systems)\n\n"
        f"markdownload-timestamp:: 2023-04-14T09:46:44 (UTC -05:00)\nmarkdownload-source:: {url}\n"
        "author:: Stephen Diehl\ntags:: \n\n\n" + f"{PROSE_EN}\n\n" * 4
    )
    parsed = blocks.from_text(page)
    assert parsed.front_matter == {
        "clipped_at": "2023-04-14T09:46:44 (UTC -05:00)",
        "source": url,
        "author": "Stephen Diehl",
    }
    assert parsed.blocks[0].text == "Exotic Programming Ideas: Part 3 (Effect Systems)"
    (record,) = read_capture(page)
    assert record.canonical_url == url and record.authors == ["Stephen Diehl"]


def test_groups_of_paragraphs_each_led_by_its_storys_link_make_a_newsletter_whatever_its_title() -> None:
    def group(name: str, n0: int) -> str:
        return f"## {name}\n\n" + "".join(
            f"[The story number {n} of this week](https://site{n}.example/post-{n}): what it says.\n\n"
            for n in range(n0, n0 + 5)
        )

    page = (
        "---\ntitle: '050: Healing, Move Slowly and Fix Things'\n---\n\n"
        f"{PROSE_EN}\n\n{PROSE_EN}\n\n" + group("People", 0) + group("Process", 5)
    )
    records = read_capture(page)
    assert [r.canonical_url for r in records] == [f"https://site{n}.example/post-{n}" for n in range(10)]
    # (one group of links is no newsletter's)
    one_group = blocks.parse(page.replace(group("Process", 5), ""), "text")
    assert getattr(extract.choose(one_group), "name", None) != "generic_digest"


def test_a_story_tagged_sponsored_at_the_close_of_its_note_is_no_story() -> None:
    stories = "".join(
        f"### [Story number {n} of the week](https://site{n}.example/p)\n\n{PROSE_EN}\n\n" for n in range(3)
    )
    sponsored = (
        "### [Continuous Delivery for Mobile](https://ads.example/cd)\n\n"
        f"{PROSE_EN} [Check it out](https://ads.example/cd). *SPONSORED*\n\n"
    )
    records = read_capture('---\ntitle: "Weekly Digest 12"\n---\n\n' + sponsored + stories)
    assert [r.canonical_url for r in records] == [f"https://site{n}.example/p" for n in range(3)]


def test_a_weeks_links_each_told_in_one_sentence_around_its_link_are_stories() -> None:
    items = "".join(
        f"1. Relato número {n} da [migração do backend de MongoDB para PostgreSQL](https://site{n}.example/p).\n\n"
        for n in range(4)
    )
    records = read_capture(f"---\ntitle: 'Links da Semana #45'\n---\n\n{items}")
    assert [r.canonical_url for r in records] == [f"https://site{n}.example/p" for n in range(4)]
    assert title_of(records[0]) == "Relato número 0 da migração do backend de MongoDB para PostgreSQL."
