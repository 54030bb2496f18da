"""Page shapes found on the forty-fourth real-page check: go-there links that name their site first
or add the source's day, a model's reasoning left in its answer, a report that lists each story's
fields under its title, times stated in UTC, a Chinese government page's breadcrumb trail, and front
matter that lost its opening rule or its quotes' escapes."""

from __future__ import annotations

from capture import PROSE_EN, read_capture, texts_of, title_of

from pipeline import blocks, dates

# --------------------------------------------------------------------------- go-there links


# --------------------------------------------------------------------------- a model's reasoning


_REASONING = """<think>The user wants me to translate the Tech Community AI Digest into Simplified Chinese.

### Today's Highlights
→
### 今日要闻

| Article | Summary |
| :--- | :--- |
| [Prompt injection is the new SQL injection](https://dev.example/prompt-injection) | Draft. |

---</think>
"""


def test_a_models_reasoning_left_in_its_answer_is_no_part_of_the_page() -> None:
    page = blocks.from_text(f"# 技术社区 AI 动态日报\n\n{_REASONING}\n## 今日要闻\n\n正文。\n")
    said = " ".join(b.text for b in page.blocks)
    assert "The user wants" not in said and "Draft." not in said
    assert [b.text for b in page.blocks] == ["技术社区 AI 动态日报", "今日要闻", "正文。"]


def test_a_think_tag_quoted_in_prose_stays() -> None:
    line = "The model writes its reasoning inside a `<think>...</think>` block before the answer."
    page = blocks.from_text(f"# Reasoning modes\n\n{line}\n\n{PROSE_EN}\n")
    assert any("<think>" in b.text for b in page.blocks)


def test_a_digest_after_a_models_leaked_reasoning_gives_its_stories_once() -> None:
    rows = [
        ("提示注入就是新的 SQL 注入", "https://dev.example/prompt-injection"),
        ("你的 AI 编码智能体说测试通过了，但它真的跑了吗？", "https://dev.example/tests-ran"),
        ("在编码智能体时代，我们还需要代码审查吗？", "https://dev.example/code-review"),
    ]
    table = "\n".join(
        f"| [{t}]({u}) | 24 | 这篇文章讨论了智能体的可靠性与安全问题，并给出了实践建议。 |" for t, u in rows
    )
    page = (
        "# 技术社区 AI 动态日报 2026-09-28\n\n"
        f"{_REASONING}\n## 技术社区 AI 摘要 — 2026年9月28日\n\n### Dev.to 要闻\n\n"
        f"| 文章 | 点赞 | 摘要 |\n| :--- | :---: | :--- |\n{table}\n"
    )
    records = read_capture(page)
    assert sorted((title_of(r), r.canonical_url) for r in records) == sorted(rows)


# --------------------------------------------------------------------------- stories listed with their fields


# --------------------------------------------------------------------------- dates and pages


def test_a_time_stated_in_utc_is_read_as_utc() -> None:
    assert dates.parse_date("Mon, 08 Sep 2025 05:02:40 GMT") == "2025-09-08T05:02:40Z"
    assert dates.parse_date("Tue, 30 Jun 2020 07:45:33 +0000") == "2020-06-30T07:45:33Z"
    assert dates.parse_date("May 3, 2026 10:30 PM UTC") == "2026-05-03T22:30:00Z"
    # a time in another zone stays the local time it states; "GMT+8" is no UTC
    assert dates.parse_date("Mon, 20 Jul 2026 23:11:32 -0500") == "2026-07-20T23:11:32"
    assert dates.parse_date("September 8, 2025 05:02 GMT+8") == "2025-09-08T05:02"
    assert dates.parse_date("May 3, 2026 10:30 Zurich") == "2026-05-03T10:30"


def test_a_front_matter_value_with_unescaped_quotes_is_read_as_its_outer_quotes_hold_it() -> None:
    text = (
        '---\ncategory: "[[Clippings]]"\ntitle: "【翻訳】"Factory Girl"が"Factory Bot"に変わった理由"\n'
        "source: https://qiita.example/items/c71b8f66\npublished: 2017-12-11\ntopics: \n"
        "tags: [clippings Rails FactoryBot]\n---\n\n" + PROSE_EN
    )
    front_matter, _ = blocks.split_front_matter(text)
    assert front_matter["title"] == '【翻訳】"Factory Girl"が"Factory Bot"に変わった理由'
    assert front_matter["source"] == "https://qiita.example/items/c71b8f66"


def test_front_matter_that_lost_its_opening_rule_is_read() -> None:
    text = (
        "title: 【译】解决共享元素在系统UI上绘制的问题\ndate: 2015-06-19 12:49:07\ncategory: Android\n"
        "tag: [动画, 译文]\ntoc: true\n---\n\n\n\n- 原文链接 ：[Dealing with shared elements]"
        "(https://blog.example/posts/shared-elements)\n\n" + PROSE_EN
    )
    front_matter, rest = blocks.split_front_matter(text)
    assert front_matter["title"] == "【译】解决共享元素在系统UI上绘制的问题"
    assert "toc: true" not in rest and rest.lstrip().startswith("- 原文链接")
    records = read_capture(text)
    assert [title_of(r) for r in records] == ["【译】解决共享元素在系统UI上绘制的问题"]
    assert texts_of(records[0], "title")


def test_a_page_that_opens_on_a_title_line_and_a_rule_is_no_front_matter_unless_keys_follow() -> None:
    text = "Title: Weekly notes\n---\n\n" + PROSE_EN
    front_matter, rest = blocks.split_front_matter(text)
    assert front_matter == {} and rest == text
