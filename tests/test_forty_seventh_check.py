"""Page shapes found on the forty-seventh real-page check: a translation tagged so in its title or
calling itself one, a link's new-window caption, a French link list, hashtags after a story's title,
Weibo's topic search, a list of authors in one text, placeholders for a summary, and a repost
credited in its closing lines."""

from __future__ import annotations

from capture import read_capture, texts_of, title_of

from pipeline import blocks
from pipeline.blocks import listed_names
from pipeline.normalize import article_url, clean_text, is_chrome, is_search_url

# --------------------------------------------------------------------------- translations

_TAGGED_TRANSLATION = (
    "---\n"
    "title: 「译」在Vue中如何使localstorage变为响应式\n"
    "date: 2020-08-13 11:35:38\n"
    "---\n\n"
    "> 原文作者：[Hunor Márton Borbély](https://css-tricks.com/author/hunorborbely/)\n"
    "> 发布时间：Jun 24, 2020\n"
    "> 原文地址：[How to Make localStorage Reactive in Vue](https://css-tricks.com/how-to-make-localstorage-"
    "reactive-in-vue/)\n\n"
    "响应式是Vue的最伟大的特性之一，如果你不知道它在幕后做了什么，那么它对于你来说会显得更加神秘。"
    "就像为什么它只适用于对象和数组，而不适用于其他东西呢，比如我们今天所说的localstorage。\n\n"
    "接下来，让我们一起来回答这个问题。同时，也让localstorage变为响应式的。如果你运行下面代码，"
    "则会看到counter的显示为静态值，不会因为在setInterval中修改了localstorage中的值而作用到页面中：\n\n"
    "```js\nsetInterval(() => {\n  const counter = localStorage.getItem('counter');\n"
    "  localStorage.setItem('counter', +counter + 1);\n}, 1000);\n```\n\n"
    "如何使localstorage中的值发生变更时，同步更新页面呢？首先我们要弄清楚[Vue的响应式系统](https://vuejs.org/v2/guide/"
    "reactivity.html)是如何工作的，"
    "它在初始化时会遍历data中的每个属性，并用getter和setter把它们包装起来。\n\n"
    "那么，为何localstorage不是响应式的呢？因为他不是一个具备属性的对象。\n\n"
    "但是，我们也不能用数组定义getter和setter，那为什么Vue中的数组仍然是响应式的呢？这是因为数组是Vue中的特例。"
    "为了具备响应式数组，[Vue在后台重写了数组的方法](https://github.com/vuejs/vue/blob/dev/src/core/observer/"
    "array.js)，并将它们与vue的响应式系统结合在一起。\n"
)


def test_a_title_tagged_as_a_translation_makes_its_text_no_original() -> None:
    (record,) = read_capture(_TAGGED_TRANSLATION)
    (body,) = texts_of(record, "body")
    assert body.lang == "zh" and body.origin == "unknown"
    assert record.canonical_url == "https://css-tricks.com/how-to-make-localstorage-reactive-in-vue/"


def test_translation_tags_are_read_among_a_titles_bracketed_tags() -> None:
    def tagged(title: str) -> bool:
        return blocks.titled_a_translation(blocks.parse(f'---\ntitle: "{title}"\n---\nSome text.\n', "text"))

    assert tagged("[ECMAScript] [번역] What's New in JavaScript for 2019")
    assert tagged("【翻訳】Truecryptに関する報告")
    assert tagged("(번역) Node.js 16버전 업데이트")
    # a topic's tag, or the word elsewhere than in a leading tag, says nothing of a translation
    assert not tagged("[Python] Structuring a project")
    assert not tagged("How to read a paper (번역 노트) and why")
    assert blocks.titled_a_translation(blocks.parse("# [译] Vue 2.5 发布了\n\n正文。\n", "text"))
    # (or closes on the tag: "OAM和Crossplane: 构建现代应用的下一个阶段(译)")
    assert tagged("OAM和Crossplane: 构建现代应用的下一个阶段(译)")
    assert not tagged("Release notes (2024)")


def test_a_post_that_calls_itself_a_translated_article_is_a_translation() -> None:
    page = blocks.parse(
        "モダンな Web アプリケーションを作る技術\n\nこの記事は翻訳記事です。\n\n"
        "原著者の許可をとって翻訳・掲載しています。\n",
        "text",
    )
    assert blocks.translates_another(page)
    assert blocks.translates_another(
        blocks.parse("本文是翻译文章，文章原作者 Lawrence Abrams。\n\n正文。\n", "text")
    )
    assert not blocks.translates_another(blocks.parse("这不是翻译文章，是我自己写的。\n\n正文。\n", "text"))


# --------------------------------------------------------------------------- chrome


def test_a_links_new_window_caption_is_no_text_in_any_language() -> None:
    assert clean_text("den Namen gewechselt (öffnet im neuen Fenster) – von Clawdbot") == (
        "den Namen gewechselt – von Clawdbot"
    )
    assert clean_text("read the report (opens in a new tab) today") == "read the report today"
    assert clean_text("a window (opens a door) stays") == "a window (opens a door) stays"


# --------------------------------------------------------------------------- digests


def test_liens_en_vrac_names_a_link_list_whose_items_are_stories() -> None:
    # (a French blog's monthly "Liens en vrac — Août 2022": commented links, one per bullet)
    records = read_capture(
        "---\nlayout: post\ntitle: Liens en vrac — Août 2022\ncategory: liens\n---\n\n## Nouvelles\n\n"
        "- [How 1-Time Passcodes Became a Corporate Liability](https://krebsonsecurity.com/2022/08/how-1-time-"
        "passcodes-became-a-corporate-liability/)\n"
        "  — l’utilisation de SMS en tant que second facteur d’authentification est pourtant déconseillée.\n"
        "- [Another free CA to use via ACME!](https://scotthelme.co.uk/another-free-ca-to-use-via-acme/)\n"
        "  — je ne sais pas si c’est nouveau, mais c’est bon à savoir.\n"
        "- [Please stop citing TIOBE](https://blog.nindalf.com/posts/stop-citing-tiobe/)\n"
        "  — la méthodologie utilisée est effectivement absurde.\n"
    )
    assert [r.canonical_url for r in records] == [
        "https://krebsonsecurity.com/2022/08/how-1-time-passcodes-became-a-corporate-liability/",
        "https://scotthelme.co.uk/another-free-ca-to-use-via-acme/",
        "https://blog.nindalf.com/posts/stop-citing-tiobe/",
    ]


def test_hashtags_after_a_storys_title_are_its_tags_not_words_of_its_title() -> None:
    # ("News from the web #5": each story a heading that is a link, its topics' hashtags after it)
    records = read_capture(
        "---\ntitle: News from the web #5\n---\n\nLinks I read this week.\n\n"
        "## [Go and CPU Caches](https://teivah.medium.com/go-and-cpu-caches-af5d32cc5592)"
        " #golang #performance\n\n"
        "How the CPU caches work and what that means for Go code that walks a slice.\n\n"
        "## [Habits of High-Functioning Teams](https://deniseyu.io/2020/05/23/habits-of-high-performing-"
        "teams.html)\n\n"
        "What high-functioning teams do differently, from a manager who has led several.\n"
    )
    assert [(title_of(r), [t.text for t in r.tags]) for r in records] == [
        ("Go and CPU Caches", ["golang", "performance"]),
        ("Habits of High-Functioning Teams", []),
    ]


def test_a_weibo_topic_search_is_no_storys_article() -> None:
    # (a hot-search archive links each topic to Weibo's search of it, a list of posts, no article)
    assert is_search_url("https://s.weibo.com//weibo?q=%23%E7%A5%A8%E6%88%BF%23&Refer=top")
    assert not is_search_url("https://weibo.com/1642634100/Ni7dZ0x8d")
    assert article_url(["https://s.weibo.com/weibo?q=%23topic%23&Refer=top"]) is None


# --------------------------------------------------------------------------- authors


def test_a_front_matters_author_text_that_lists_full_names_is_each_of_them() -> None:
    # (a reading note's "author: Elisa Pereira, Alvin Wang Graylin, Erik Brynjolfsson")
    assert listed_names("Elisa Pereira, Alvin Wang Graylin, Erik Brynjolfsson") == [
        "Elisa Pereira",
        "Alvin Wang Graylin",
        "Erik Brynjolfsson",
    ]
    assert listed_names("A. Lee, B. Kim and C. Park") == ["A. Lee", "B. Kim", "C. Park"]
    # a surname before its given name, one word's name and a note in brackets are one author each
    assert listed_names("Smith, John") == ["Smith, John"]
    assert listed_names("Tom and Jerry") == ["Tom and Jerry"]
    assert listed_names("Roland Gavrilescu (Introspection; Tech Bridge)") == [
        "Roland Gavrilescu (Introspection; Tech Bridge)"
    ]


def test_a_posts_listed_authors_are_its_authors() -> None:
    (record,) = read_capture(
        "---\ntitle: The Pragmatic Engineer in 2025\nauthor: Gergely Orosz, Elin Nilsson\n"
        "date: 2025-01-07\n---\n\n"
        + "A look back at the year in software engineering, and at what comes next. "
        * 6
    )
    assert record.authors == ["Gergely Orosz", "Elin Nilsson"]


# --------------------------------------------------------------------------- summaries


def test_a_lists_placeholders_and_toggles_are_no_summaries() -> None:
    assert is_chrome("展开描述 ...") and is_chrome("Read all comments →") and is_chrome("Comments…")
    assert not is_chrome("Comments on the draft were due by Friday.")
    records = read_capture(
        "# 本周精选 第 12 期\n\n"
        "## [Gemini 3.1 Pro](https://blog.google/technology/ai/gemini-3-1-pro/)\n\n暂无简介\n\n"
        "## [Claude Fable 5](https://www.anthropic.com/news/fable-5)\n\n"
        "Anthropic 发布了新的模型，并在安全评测中给出了详细的数据和说明。\n"
    )
    assert [len(texts_of(r, "summary")) for r in records] == [0, 1]
    assert "summary_failed" in records[0].flags


# --------------------------------------------------------------------------- reposts


def test_a_repost_credited_in_its_closing_lines_names_its_original() -> None:
    body = "张量并行把权重按列切开，每张卡只算自己那一份，最后再把结果拼起来。\n\n" * 3
    page = blocks.parse(
        "---\ntitle: 大模型推理夯实：并行策略图解\ndate: 2026-05-11 10:30:00\n---\n\n"
        + body
        + "## 原文链接\n\n本文转载自微信公众号文章：[大模型推理夯实：并行策略图解](https://mp.weixin.qq.com/s/Dwio3DuMCzGY)\n\n"
        "> 本文由 OpenClaw 自动保存和整理，图片已本地化存储。\n",
        "text",
    )
    assert blocks.reposted_from(page) == "https://mp.weixin.qq.com/s/Dwio3DuMCzGY"
    # (a clipper's closing stamp that names its site's listing names no original)
    saved = blocks.parse(
        body + "> Saved from https://www.hanselman.com/blog/ on 2023-04-16T15:00:09-05:00\n", "text"
    )
    assert blocks.reposted_from(saved) is None
