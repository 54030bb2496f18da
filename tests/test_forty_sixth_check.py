"""Page shapes found on the forty-sixth real-page check: a full reference link closed by a colon,
a translation that names its original's post and signs itself at its close, stories a front
matter lists with their addresses by site, an issue dated by another key, an RFC's template, an
event's own page, and a digest that sets each story's lines beside its title."""

from __future__ import annotations

from capture import PROSE_EN, read_capture, rejection, texts_of, title_of
from hypothesis import given
from hypothesis import strategies as st

from pipeline import blocks
from pipeline.normalize import is_chrome

# --------------------------------------------------------------------------- reference links


def test_a_full_reference_link_closed_by_a_colon_is_resolved() -> None:
    # (a 2014 link round-up: "1. [Dogs Are People, Too][no1]: Functional MRI for dogs!")
    page = blocks.parse(
        "1. [Dogs Are People, Too][no1]: Functional MRI for dogs!\n\n"
        "[no1]: http://www.nytimes.com/2013/10/06/opinion/sunday/dogs-are-people-too.html\n",
        "text",
    )
    (item,) = page.blocks
    assert item.text == "Dogs Are People, Too: Functional MRI for dogs!"
    assert [link.href for link in item.links] == [
        "http://www.nytimes.com/2013/10/06/opinion/sunday/dogs-are-people-too.html"
    ]


@given(st.text(alphabet="ab[]:. \n", max_size=40))
def test_reference_links_resolve_only_to_defined_addresses(text: str) -> None:
    page = blocks.parse(f"{text}\n\n[a]: https://example.com/a\n", "text")
    assert {link.href for b in page.blocks for link in b.links} <= {"https://example.com/a"}
    assert all(not b.text.startswith("[a]: https://") for b in page.blocks)


def test_a_bracketed_word_before_a_colon_with_no_definition_stays_as_written() -> None:
    page = blocks.parse("[Update]: the venue has moved.\n\n[a]: https://example.com/a\n", "text")
    assert [(b.text, b.links) for b in page.blocks] == [("[Update]: the venue has moved.", ())]


def test_a_link_round_up_in_reference_links_gives_a_story_per_item() -> None:
    titles = ["Dogs Are People, Too", "What the World Eats", "Meat Atlas", "How Doctors Die"]
    items = "\n\n".join(f"{i}. [{t}][no{i}]: {PROSE_EN}" for i, t in enumerate(titles, 1))
    definitions = "\n".join(f"[no{i}]: https://example.com/story-{i}" for i in range(1, len(titles) + 1))
    page = f"---\ntitle: Link Round-up\n---\n\nSome things I read.\n\n{items}\n\n{definitions}\n"
    records = read_capture(page)
    assert sorted((title_of(r), r.canonical_url) for r in records) == sorted(
        (t, f"https://example.com/story-{i}") for i, t in enumerate(titles, 1)
    )


# --------------------------------------------------------------------------- translations

_NOTE_URL = "https://note.com/ch_suginami/n/n22781eba6766"


def _translated_post(close: str) -> str:
    return (
        "# lishogi updates and regarding the byoyomi format #\n\n"
        f"*(Original post by ch_suginami-san: {_NOTE_URL})*\n\n"
        + "\n\n".join([PROSE_EN] * 4)
        + f"\n\n{close}\n"
    )


def test_a_post_that_names_its_original_post_is_that_posts_copy() -> None:
    (record,) = read_capture(_translated_post("Thanks for reading."))
    assert record.canonical_url == _NOTE_URL


def test_a_copy_signed_translated_at_its_close_is_no_original_text() -> None:
    (record,) = read_capture(_translated_post("~translated from Japanese by Illion"))
    (body,) = texts_of(record, "body")
    assert body.origin != "original"


def test_a_copy_whose_close_denies_translating_stays_original() -> None:
    (record,) = read_capture(_translated_post("This is not translated from anything."))
    (body,) = texts_of(record, "body")
    assert body.origin == "original"


# --------------------------------------------------------------------------- front matter


def test_front_matter_stories_take_their_first_address_by_site() -> None:
    # (a game newsletter's "articles:" list, each entry's "sourceUrls: {steam: ..., igdb: ...}")
    entries = "".join(
        f'  - title: "Game {n} ships on PC"\n    summary: "{PROSE_EN}"\n    sourceUrls:\n'
        f'      steam: "https://store.steampowered.com/app/{n}/"\n      igdb: "https://www.igdb.com/games/g{n}"\n'
        for n in (1, 2, 3)
    )
    page = (
        '---\nissueNumber: 10\npublishDate: 2026-06-05\ntitle: "第10号 - 2026年夏のゲーム情報"\n'
        f"articles:\n{entries}---\n\nGameQuestra 第10号をお届けします。\n"
    )
    records = read_capture(page)
    assert sorted(r.canonical_url for r in records) == [
        f"https://store.steampowered.com/app/{n}/" for n in (1, 2, 3)
    ]
    # (the issue is dated by its "publishDate", as by a "date")
    assert {r.digest_date for r in records} == {"2026-06-05"}


def test_a_summary_page_is_dated_by_its_date_published() -> None:
    # (an RSS collector's copy: "date_published: 2026-07-13" beside "date_collected: 2026-07-14")
    page = (
        "---\ntitle: Claude Sonnet 5 ships\nurl: https://qiita.com/a/items/47a2b51bf6c4f513ec49\n"
        "date_published: 2026-07-13\ndate_collected: 2026-07-14\n---\n\n"
        f"## Summary\n\n{PROSE_EN}\n\n## Key points\n\n- It ships today.\n- It costs less.\n"
    )
    (record,) = read_capture(page)
    assert [c.value for c in record.published_at] == ["2026-07-13"]


# --------------------------------------------------------------------------- no news


def test_an_rfc_template_with_its_pull_request_field_is_a_proposal() -> None:
    # (Ember's RFC: "- RFC PR: (leave this empty)" beside its start date)
    page = (
        "- Start Date: 2016-11-18\n- RFC PR: (leave this empty)\n- Ember Issue: (leave this empty)\n\n"
        f"# Summary\n\n{PROSE_EN}\n\n# Motivation\n\n{PROSE_EN}\n"
    )
    assert rejection(page) == "a design proposal, not a page of news"


def test_a_talks_own_page_is_an_event() -> None:
    page = (
        '---\ntitle: "How to determine uncertainty interval"\nlocation: Hannover, Germany\n'
        "date: 2022-07-19T19:25:19.826Z\ndate_end: 2022-07-21T15:00:00.000Z\nall_day: true\n"
        "event: 13th Summer Workshop on Interval Methods\nevent_url: https://swim.de\n---\n\n"
        + "\n\n".join([PROSE_EN] * 3)
    )
    assert rejection(page) == "an event's page, not a page of news"


def test_a_meetups_page_is_an_event() -> None:
    page = (
        "---\ndate: 2017-12-19 19:00\ntitle: Lightning talks\nmeetup:\n  id: 237210926\nschedule:\n"
        "  - duration: 15\n    title: Doors Open\n---\n\n" + "\n\n".join([PROSE_EN] * 3)
    )
    assert rejection(page) == "an event's page, not a page of news"


def test_a_post_naming_one_event_is_still_read() -> None:
    page = (
        "---\ntitle: What we learned at KubeCon\ndate: 2019-05-24\nevent: KubeCon Europe 2019\n---\n\n"
        + "\n\n".join([PROSE_EN] * 4)
    )
    assert [title_of(r) for r in read_capture(page)] == ["What we learned at KubeCon"]


def test_a_changelog_under_its_title_is_no_news() -> None:
    # (a Laravel project's "# Changelog" over "## [2.2.0](.../compare/v2.1.0...v2.2.0) (2024-03-13)")
    page = (
        "# Changelog\n\nAll notable changes to this project will be documented in this file.\n\n"
        + "".join(
            f"## [{v}](https://bitbucket.org/x/y/compare/v{v}) (2024-03-1{n})\n\n### Features\n\n"
            f"* Creato config per cache ([74b387](https://bitbucket.org/x/y/commit/74b387{n}))\n\n"
            for n, v in enumerate(["2.2.0", "2.1.0", "2.0.1"])
        )
    )
    assert rejection(page) == "a software changelog, not a page of news"


def test_a_story_titled_history_over_dated_sections_is_still_read() -> None:
    # ("# History" over sections that name no version: an article's own parts)
    page = "---\ntitle: History\ndate: 2026-01-02\n---\n\n# History\n\n" + "".join(
        f"## {part}\n\n{PROSE_EN}\n\n" for part in ("The founding", "The move to Berlin", "Today")
    )
    assert [title_of(r) for r in read_capture(page)] == ["History"]


# --------------------------------------------------------------------------- chrome


def test_a_feeds_footer_is_chrome() -> None:
    assert is_chrome(
        "The post NVIDIA Releases TensorRT Model Connect in Public Preview: Hugging Face Checkpoint to "
        "Native C++ Inference in Two Commands appeared first on MarkTechPost."
    )
    assert is_chrome(
        "This article originally appeared on Engadget at https://www.engadget.com/a.html?src=rss"
    )


def test_a_sentence_about_a_post_office_is_no_feed_footer() -> None:
    assert not is_chrome(
        "The post office appeared first on the list of closures, officials said, and then the bank."
    )


def test_a_review_packet_of_numbered_cases_is_no_news() -> None:
    # (a search test set's label review: "## 1. `tempi-fact-001`" over its question and linked articles)
    cases = "".join(
        f"## {n}. `tempi-fact-00{n}`\n\n**Question:** Πόσοι νεκροί αναφέρονται;\n\n"
        f"- `9cf3fa800bd1f53{n}` — [Τραγωδία στα Τέμπη: {n} νεκροί](https://www.kathimerini.gr/society/56230{n}/)\n"
        f"  - Stored excerpt: “Σε 57 ανέρχονται οι επιβεβαιωμένοι νεκροί.”\n\n- [ ] Confirm both labels\n\n"
        for n in range(1, 6)
    )
    page = f"# Phase 4 label review packet\n\n{PROSE_EN}\n\n{cases}"
    assert rejection(page) == "generic_digest: the page holds no story"


def test_a_digest_with_one_story_named_like_an_id_keeps_its_stories() -> None:
    titles = ["Rust 1.80 ships with lazy statics", "release-2024-07", "Cargo gains a new resolver"]
    stories = "".join(f"## [{t}](https://example.com/{k})\n\n{PROSE_EN}\n\n" for k, t in enumerate(titles))
    records = read_capture(f"# This Week in Rust 555\n\n{stories}")
    assert len(records) == len(titles)


# --------------------------------------------------------------------------- digests


def test_interesting_links_name_a_link_list() -> None:
    # ("Interesting Links Dec 2011": a comment, then the link it is about)
    items = "".join(f"- {PROSE_EN} [Paper number {n}](https://example.com/paper-{n})\n" for n in range(4))
    page = f"---\ntitle: Interesting Links Dec 2011\ndate: 2011-12-31\n---\n\n**Hardware**\n\n{items}"
    records = read_capture(page)
    assert sorted(r.canonical_url for r in records) == [f"https://example.com/paper-{n}" for n in range(4)]


_BESIDE = "- **{title}**\n- 📍 Claude Blog · 9月11日 · [原文]({url})\n- 概要：{said}\n- 影响：{said}\n"


_BRIEF_STORIES = [
    (f"Model release number {n} reaches more users", f"https://example.com/news/{n}") for n in range(4)
]
_BRIEF_SAID = "资产管理公司宣布在其投研流程中扩大对模型的使用，覆盖更多投研与分析环节。"
_BRIEF = "# 晓报 · 早报 — 2026-09-12\n\n## AI 前沿\n\n" + "".join(
    _BESIDE.format(title=t, url=u, said=_BRIEF_SAID) for t, u in _BRIEF_STORIES
)


def test_a_digest_setting_each_storys_lines_beside_its_title_gives_a_story_each() -> None:
    # (an AI morning brief: "- **Title**", "- 📍 Outlet · date · [原文](...)", "- 概要：...", "- 影响：...")
    records = read_capture(_BRIEF)
    assert sorted((title_of(r), r.canonical_url) for r in records) == sorted(_BRIEF_STORIES)
    assert all(texts_of(r, "summary")[0].text == _BRIEF_SAID for r in records)


def test_a_storys_outlet_day_and_link_line_is_no_key_point() -> None:
    # ("- 📍 Claude Blog · 9月11日 · [原文](...)" among a story's lines: where and when, no point of it)
    points = [p.text for r in read_capture(_BRIEF) for p in r.key_points]
    assert points and not any("Claude Blog" in point for point in points)


def test_a_list_of_notes_with_a_link_now_and_then_is_not_split_so() -> None:
    # (a post's plain list: most items link nothing, one in a while does)
    items = "".join(
        f"- Note {n} about the build\n- It ran {n} times\n- It took longer\n- See [log](https://example.com/log/{n})\n"
        f"- More about it\n- And more\n"
        for n in range(3)
    )
    page = f"# Build notes\n\n{PROSE_EN}\n\n{items}"
    assert rejection(page).startswith("no adapter recognises this page")


# --------------------------------------------------------------------------- article pages

_KHAN_TITLE = "Distancing Was Never an Option for People Trying to Handle Multiple Jobs"


def _article_page(head: str, tail: str = "") -> str:
    paragraphs = "".join(f"<p>{PROSE_EN} {k}</p>" for k in range(5))
    return (
        f"<html><head><title>{_KHAN_TITLE}</title></head><body><article>{head}{paragraphs}{tail}"
        "</article></body></html>"
    )


def test_a_byline_set_as_a_lists_item_is_no_part_of_the_text() -> None:
    # (Kyunghyang Shinmun's English edition: "<dl><dt>title</dt><dd>By Kim Hui-jin</dd></dl>")
    page = _article_page(f"<dl><dt>{_KHAN_TITLE}</dt><dd>By Kim Hui-jin</dd></dl>")
    (record,) = read_capture(page, "html")
    (body,) = texts_of(record, "body")
    assert body.text.startswith(PROSE_EN[:30])


def test_a_listed_line_opening_on_by_that_says_more_stays_text() -> None:
    page = _article_page(
        f"<h1>{_KHAN_TITLE}</h1><ul><li>By 2030 the city plans to halve its emissions</li></ul>"
    )
    (record,) = read_capture(page, "html")
    (body,) = texts_of(record, "body")
    assert body.text.startswith("- By 2030 the city plans")


def test_a_writers_page_linked_again_in_the_bio_names_one_author() -> None:
    # (olemagazyn.pl: the byline's "Mariusz Bielski" and the bio's "Czytaj inne felietony Mariusza")
    author = "http://olemagazyn.pl/author/mariuszbielski/"
    page = _article_page(
        f"<h1>{_KHAN_TITLE}</h1><div class='author'><a href='{author}'>Mariusz Bielski</a></div>",
        f"<div class='author'><p>Kocham futbol.</p><a href='{author}'>Czytaj inne felietony Mariusza</a>"
        "</div>",
    )
    (record,) = read_capture(page, "html")
    assert record.authors == ["Mariusz Bielski"]
