"""Page shapes found on the thirty-sixth real-page check: a digest's stories that link nothing or
tell nothing in prose now and then, stories closed by their address alone, machine translations
that say so in front matter, Markdown escapes in a front-matter title, newsletter platforms'
tracking parameters, exit pages stated bare, and clippers' "Clipped from" and 剪藏自 stamps."""

from __future__ import annotations

from capture import read_capture, title_of
from hypothesis import given
from hypothesis import strategies as st

from pipeline import normalize

_ZH = (
    "这一期我们整理了本周值得关注的几件事情，包括开源社区的新动向、几个重要项目的版本发布，"
    "以及开发者们在论坛上讨论最多的话题，供大家参考。"
)
_EN = (
    "The team measured the new build on three machines and found it twice as fast as the last one, "
    "which matters to everyone who runs the nightly jobs on small servers."
)


def _texts(record, kind: str) -> list:
    return [t for t in record.texts if t.kind == kind]


def test_a_digests_stories_may_now_and_then_link_nothing_or_tell_nothing_in_prose() -> None:
    def story(n: int) -> str:
        if n == 3:  # a story with no address
            return f"### 给青年程序员的建议 {n}\n\n{_ZH}\n\n"
        if n == 7:  # a story that is its link alone, no prose
            return f"### 数据结构课程 {n}\n\n> https://video.example/course-{n}\n\n"
        return f"### 本周话题 {n}\n\n> https://news{n}.example/post/{n}\n\n{_ZH}\n\n"

    page = "---\ntitle: Mine Weekly 第 54 期\ndate: 2024-09-15\n---\n\n"
    groups = [range(1, 5), range(5, 9), range(9, 13)]
    for name, numbers in zip(("科技动态", "技术文章", "工具资源"), groups, strict=True):
        page += f"## {name}\n\n> 最新的动态与文章\n\n" + "".join(story(n) for n in numbers)
    records = read_capture(page)
    assert len(records) == 12  # the stories, not the three groups
    assert title_of(records[0]) == "本周话题 1"
    assert records[6].canonical_url == "https://video.example/course-7"


def test_community_news_is_a_digest_whose_stories_close_on_their_address() -> None:
    def story(n: int) -> str:
        address = f"https://p{n}.example/r/{n}"
        told = "" if n % 3 == 0 else f"{_ZH}\n\n"  # or in a few short lines, then the address alone
        return f"## 项目 {n} 发布新版本\n\n{told}- 支持更多平台\n\n[{address}]({address})\n\n"

    page = "---\npub_date: Thu, 30 Apr 2021 18:00:00 GMT\n---\n\n# 社区热点\n\n编辑：张三\n\n---\n\n"
    records = read_capture(page + "".join(story(n) for n in range(1, 11)))
    assert len(records) == 10
    assert records[2].canonical_url == "https://p3.example/r/3"


def test_a_post_whose_front_matter_says_a_machine_translated_it_is_a_machine_translation() -> None:
    original = "https://blog.example.org/native-speed-backend"
    (record,) = read_capture(
        '---\nlayout: post\ntitle: "네이티브 스피드 백엔드"\n'
        f'source_url: "{original}"\nsource_published_date: "2026-07-08"\n'
        'translation_status: "draft"\ntranslator: "openai"\n---\n\n'
        f"_이 글은 [Native-speed backend]({original})를 한국어로 번역한 글입니다._\n\n"
        + "이 글에서는 새 백엔드가 어떻게 동작하는지, 그리고 왜 빠른지를 자세히 설명합니다. "
        * 8
    )
    (body,) = _texts(record, "body")
    assert body.origin == "machine_translation" and body.generator == "openai"
    assert record.canonical_url == original
    # the original's date, which the translation's front matter states
    assert [claim.value for claim in record.published_at] == ["2026-07-08"]


def test_a_translation_status_of_machine_needs_no_translator_named() -> None:
    (record,) = read_capture(
        "---\nlayout: post\ntitle: Reading Model States Through Newline Tokens\ndate: 2026-04-26\n"
        "translation_status: machine\n---\n\n" + f"{_EN}\n\n" * 6
    )
    assert {t.origin for t in record.texts} == {"machine_translation"}
    assert record.original_language is None
    (record,) = read_capture(
        "---\nlayout: post\ntitle: Reading Model States\ndate: 2026-04-26\n"
        "translation_status: reviewed\ntranslator: Jane Doe\n---\n\n" + f"{_EN}\n\n" * 6
    )
    assert {t.origin for t in record.texts} == {"original"}


def test_markdown_escapes_in_a_front_matter_title_show_no_backslash() -> None:
    (record,) = read_capture(
        "---\nlayout: post\ntitle: \\[번역] An In-Depth Technical Analysis\ndate: 2020-01-20\n---\n\n"
        + f"{_EN}\n\n" * 6
    )
    assert title_of(record) == "[번역] An In-Depth Technical Analysis"


def test_newsletter_platforms_tracking_parameters_name_no_other_page() -> None:
    url = "https://developers.example.com/gemma-4/?utm_source=x&_bhlid=a0130544dce3&_hsenc=p2A&id=7"
    assert normalize.canonical_url(url) == "https://developers.example.com/gemma-4/?id=7"


def test_an_exit_page_stated_bare_is_the_address_it_leads_to() -> None:
    # (one slash after the scheme, which browsers read as two)
    wrapped = "https://www.smort.io/article?url=https:/tech.example.com/posts/devops"
    assert normalize.canonical_url(wrapped) == "https://tech.example.com/posts/devops"
    assert normalize.url_key(wrapped) == normalize.url_key("https://tech.example.com/posts/devops/")


@given(st.text(max_size=120))
def test_canonicalising_any_address_gives_an_http_address_or_none(url: str) -> None:
    try:
        canonical = normalize.canonical_url(url)
    except ValueError:  # (an address no parser reads: "http://[")
        return
    assert canonical is None or canonical.startswith(("http://", "https://"))


def test_a_bare_host_name_after_a_titles_separator_is_a_sites_name() -> None:
    title = "“DevOps”의 인적 확장 (The human scalability of “DevOps”) | Smort.io"
    head, outlet = normalize.outlet_suffix(title, "https://tech.example.com/posts/devops")
    assert (head, outlet) == ("“DevOps”의 인적 확장 (The human scalability of “DevOps”)", "Smort.io")
    assert normalize.outlet_suffix("Ghostty — a terminal emulator", "https://ghostty.org/")[1] is None


def test_a_clip_stamped_under_its_title_is_a_copy_of_the_page_it_names() -> None:
    (record,) = read_capture(
        '---\n{"dg-publish":true,"dg-permalink":"/pages/cc-2022-09-27-113615/"}\n---\n\n'
        "# PicGo v2.2 更新，快捷键系统与一波插件推荐 \n\n"
        "> [!quote] 本文剪藏自[PicGo v2.2 更新 - 少数派 (sspai.com)](https://sspai.com/post/58223)\n\n"
        f"## 前言\n\n{_ZH}\n\n## 插件推荐\n\n"
        + "".join(f"### {n}. plugin-{n}\n\n[插件](https://github.com/p/p{n})\n\n{_ZH}\n\n" for n in (1, 2, 3))
    )
    assert record.canonical_url == "https://sspai.com/post/58223"
    assert title_of(record) == "PicGo v2.2 更新，快捷键系统与一波插件推荐"
    (body,) = _texts(record, "body")
    assert body.origin == "original" and "plugin-3" in body.text


def test_a_notes_clipped_from_line_names_the_page_it_copies() -> None:
    original = "https://blog.example.com/uncle-bob/2013/05/27/TheTransformationPriorityPremise.html"
    (record,) = read_capture(
        "---\ndate_created: +002020-09-15T11:24:57.000\n---\n\n# Code Evolution Steps\n\n"
        f"Clipped from: {original}\n\n" + f"{_EN}\n\n" * 4
    )
    assert record.canonical_url == original
