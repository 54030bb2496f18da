"""Page shapes found on the forty-fifth real-page check: a Kubernetes enhancement proposal, a
flat-file CMS's meta comment, a machine translator's stamp, a newsletter's mail saved to Markdown, a
model's digest that left its template's "Headline" unfilled, scored briefing items, a reading list's
title, a lead set outside the paragraphs, and addresses with a default port or an email's app link."""

from __future__ import annotations

from capture import PROSE_EN, read_capture, rejection, texts_of, title_of
from hypothesis import given
from hypothesis import strategies as st

from pipeline.adapters.article_page import _date_label
from pipeline.blocks import split_front_matter
from pipeline.normalize import canonical_url, url_key

# --------------------------------------------------------------------------- no news


def test_a_kubernetes_enhancement_proposal_is_no_news() -> None:
    # (KUDO's KEP 7: its fields in front matter, its sections a design)
    page = (
        "---\nkep-number: 7\ntitle: CLI Skeleton generator\nshort-desc: Generate operator skeletons\n"
        'authors:\n  - "@djannot"\nowners:\n  - "@djannot"\neditor: "@fabianbaier"\n'
        "creation-date: 2019-04-18\nstatus: provisional\n---\n\n# Skeleton generator\n\n"
        f"## Summary\n\n{PROSE_EN}\n\n## Motivation\n\n{PROSE_EN}\n"
    )
    assert rejection(page) == "a design proposal, not a page of news"


def test_a_post_whose_front_matter_names_its_reviewers_is_no_proposal() -> None:
    page = (
        "---\ntitle: City opens its new library\ndate: 2026-05-01\nreviewers: [Ann, Bo]\n---\n\n"
        + "\n\n".join([PROSE_EN] * 4)
    )
    assert [title_of(r) for r in read_capture(page)] == ["City opens its new library"]


# --------------------------------------------------------------------------- front matter


def test_a_flat_file_cms_meta_comment_is_read_as_front_matter() -> None:
    page = (
        "/*\nTitle: Sortie du firmware 1.9.16 et revue de Web\nDescription: \nAuthor: Sébastien Lucas\n"
        "Date: 2011/12/27\nRobots: noindex,nofollow\n*/\n# Sortie du firmware 1.9.16\n\nBody.\n"
    )
    data, rest = split_front_matter(page)
    assert data["title"] == "Sortie du firmware 1.9.16 et revue de Web"
    assert data["author"] == "Sébastien Lucas"
    assert rest.startswith("# Sortie du firmware 1.9.16")


def test_a_licence_comment_over_a_page_is_no_front_matter() -> None:
    page = "/*\n * Copyright 2020 Example Inc.\n * Licensed under MIT.\n */\n# Title\n"
    assert split_front_matter(page) == ({}, page)


@given(st.text(max_size=200))
def test_any_page_opening_on_a_comment_splits_without_error(text: str) -> None:
    data, rest = split_front_matter("/*\n" + text)
    assert isinstance(data, dict) and isinstance(rest, str)


def test_a_value_that_opens_as_a_yaml_list_and_goes_on_is_read_as_written() -> None:
    # (Pico's front matter, "Title: [Side B] Breaking Free ...", which YAML reads as a list gone wrong)
    page = (
        "---\nTitle: [Side B] Breaking Free from Vibe Coding Fatigue\nDescription: \nAuthor: D\n"
        "Date: 2026-03-25T22:11:30.000Z\nTemplate: index\n---\nBody.\n"
    )
    data, _ = split_front_matter(page)
    assert data["title"] == "[Side B] Breaking Free from Vibe Coding Fatigue"
    assert data["author"] == "D"


def test_a_list_in_flow_style_beside_an_empty_key_stays_a_list() -> None:
    page = '---\ntitle: "A "quoted" word"\ntopics: \ntags: [clippings Rails]\n---\nBody.\n'
    data, _ = split_front_matter(page)
    assert data["tags"] == ["clippings Rails"]


# --------------------------------------------------------------------------- machine translation

_DEEPL_STAMP = "Translated with www.DeepL.com/Translator (free version)"


def test_a_post_with_a_machine_translators_stamp_is_its_translation() -> None:
    # (a Chinese post pasted through DeepL's free version, its stamp under each part)
    page = (
        "---\ntitle: Come on, let's make a microblogging system.\ndate: 2023-11-06 17:04:00\n---\n"
        + f"\n\n{_DEEPL_STAMP}\n\n".join([PROSE_EN * 2] * 3)
        + f"\n\n{_DEEPL_STAMP}\n"
    )
    (record,) = read_capture(page)
    (body,) = texts_of(record, "body")
    assert (body.origin, body.generator) == ("machine_translation", "DeepL")
    assert "DeepL" not in body.text
    assert {t.origin for t in record.texts} == {"machine_translation"}


def test_a_post_that_names_deepl_in_prose_is_no_machine_translation() -> None:
    page = (
        "---\ntitle: Translators compared\ndate: 2023-11-06\n---\n"
        f"We translated with DeepL and with a person, and compared the two. {PROSE_EN}\n\n"
        + "\n\n".join([PROSE_EN * 2] * 3)
    )
    (record,) = read_capture(page)
    assert {t.origin for t in record.texts} == {"original"}


# --------------------------------------------------------------------------- a mail saved to Markdown

_MAIL = """# Run prompts against images, audio and video in your terminal using LLM

**From:** "Simon Willison from Simon Willison’s Newsletter" <simonw@substack.com>
**Date:** 2024-10-30T02:44:27.000Z
**Folder:** simon

---

View this post on the web at https://simonw.substack.com/p/run-prompts-against-images-audio

{body}
"""


def test_a_newsletters_mail_saved_to_markdown_is_a_post_of_its_subject_date_and_web_page() -> None:
    (record,) = read_capture(_MAIL.format(body="\n\n".join([PROSE_EN] * 3)))
    assert title_of(record) == "Run prompts against images, audio and video in your terminal using LLM"
    assert [c.value for c in record.published_at] == ["2024-10-30T02:44:27Z"]
    assert record.canonical_url == "https://simonw.substack.com/p/run-prompts-against-images-audio"
    (body,) = texts_of(record, "body")
    assert body.text.startswith(PROSE_EN[:30]) and "simonw@substack.com" not in body.text


def test_a_mail_is_dated_by_its_date_header_not_by_another_that_holds_a_day() -> None:
    # (an archive's folder named by a day, over the mail's own date)
    page = (
        "# Run prompts against images in your terminal\n\n**Folder:** 2023-12-31\n"
        "**From:** Simon Willison <simonw@substack.com>\n**Date:** 2024-10-30T02:44:27.000Z\n\n---\n\n"
        + "\n\n".join([PROSE_EN] * 3)
    )
    (record,) = read_capture(page)
    assert [c.value for c in record.published_at] == ["2024-10-30T02:44:27Z"]


def test_a_heading_over_fields_that_are_no_mail_headers_is_no_mail() -> None:
    page = "# Release planning\n\nOwner: Ann\nStatus: draft\n\n" + "\n\n".join([PROSE_EN] * 3)
    assert "no adapter" in rejection(page)


# --------------------------------------------------------------------------- digests


def test_a_story_heading_left_as_its_templates_word_is_titled_by_the_bold_line_under_it() -> None:
    # (a model's weekly: "## 1) Headline" over the real title in bold, its summary and source)
    stories = [
        ("Fara-7B — Microsoft Research releases a 7B agentic model.", "https://ms.example/fara-7b"),
        ("Claude Opus 4.5 lands in Microsoft Foundry.", "https://ms.example/opus-foundry"),
    ]
    parts = [
        f"## {i}) Headline\n\n**{title}**\n\n**Executive summary**\n{PROSE_EN}\n\n"
        f"**Source:** [Microsoft]({url})\n\n---\n"
        for i, (title, url) in enumerate(stories, 1)
    ]
    page = "---\ntitle: Microsoft weekly - agentic models\ndate: 2025-11-29\n---\n" + "\n".join(parts)
    records = read_capture(page)
    assert [title_of(r) for r in records] == [title for title, _ in stories]


_BRIEFING_ITEM = "- [{score}] [{title}]({url}) · IT之家 · 2 min\n  {said}\n"


def test_a_briefings_scored_items_are_its_stories() -> None:
    # ("- [100] [Title](https://...) · IT之家 · 1 min": the item's score in brackets before its link)
    stories = [
        ("Anthropic 升级 Claude Code，可后台操控用户 Mac", "https://www.ithome.com/0/997/852.htm"),
        ("智谱 AI 入驻天猫开设官方旗舰店", "https://www.ithome.com/0/997/340.htm"),
        ("微信支付 AI 专属卡支持接入 DeepSeek", "https://www.ithome.com/0/996/655.htm"),
    ]
    items = "".join(
        _BRIEFING_ITEM.format(score=100 - i, title=t, url=u, said=PROSE_EN)
        for i, (t, u) in enumerate(stories)
    )
    page = f"# My Briefing · 2026-09-03\n\n## 今日值得看\n\n{items}"
    assert [title_of(r) for r in read_capture(page)] == [t for t, _ in stories]


def test_a_good_reads_list_of_linked_items_gives_a_story_each() -> None:
    reads = [
        ("Lessons Learned in 2011", "http://meghan.example/post/14844563285/lessons"),
        ("Who Needs Process", "http://ted.example/2011/12/process.html"),
        ("The Fat Trap", "http://www.nytimes.com/2012/01/01/magazine/fat-trap.html"),
    ]
    items = "".join(
        f"1. *[{t}]({u})* makes a case worth reading about how we work and what it costs us.\n"
        for t, u in reads
    )
    page = (
        "---\ntitle: Good Reads - December 31st\ndate: 2012-01-01 02:39:02\n---\n\n"
        f"There was a lot of excellent writing out there today. Below are some good ones.\n\n{items}"
    )
    assert [title_of(r) for r in read_capture(page)] == [t for t, _ in reads]


# --------------------------------------------------------------------------- an article's lead

_LEAD = (
    "The Security Council today discussed the United Nations peacekeeping mission in Kosovo, "
    "with no agreement being reached over its future status."
)


def test_a_lead_set_in_a_span_before_the_paragraphs_is_the_texts_first_paragraph() -> None:
    # (the UN News Centre: <span class="fullstory"><span>lead</span><p>...</p>..., trafilatura read
    # the paragraphs alone)
    paragraphs = "".join(f"<p><span>{PROSE_EN} {k}</span></p>" for k in range(5))
    page = (
        "<html><head><title>No agreement reached on Kosovo's future status</title></head><body>"
        "<div id='main'><h2>No agreement reached on Kosovo's future status</h2>"
        "<span class='fullstory'>\n<span>16 January 2008 –</span>\n</span>\n"
        f"<span class='fullstory'>\n<span>{_LEAD}</span>\n{paragraphs}</span></div></body></html>"
    )
    (record,) = read_capture(page, "html")
    (body,) = texts_of(record, "body")
    assert body.text.startswith(_LEAD)
    assert [c.value for c in record.published_at] == ["2008-01-16"]


# --------------------------------------------------------------------------- addresses


def test_an_address_with_its_schemes_default_port_is_the_address_without_it() -> None:
    # (a web archive names the page it saved "http://www.techcrunch.com:80/2005/08/03/...")
    assert canonical_url("http://www.techcrunch.com:80/2005/08/03/profile/") == (
        "http://www.techcrunch.com/2005/08/03/profile/"
    )
    assert url_key("https://example.com:443/a") == url_key("http://example.com/a")
    assert canonical_url("https://example.com:8443/a") == "https://example.com:8443/a"
    assert canonical_url("https://example.com:80/a") == "https://example.com:80/a"


def test_an_emails_app_link_to_a_substack_post_is_the_post_by_its_number() -> None:
    link = (
        "https://substack.com/app-link/post?publication_id=2660&post_id=208550714"
        "&utm_source=post-email-title&isFreemail=true&r=2flx6&token=eyJ1c2VyX2lkIjo0"
    )
    assert canonical_url(link) == "https://substack.com/home/post/p-208550714"
    odd = "https://substack.com/app-link/post?post_id=latest"
    assert canonical_url(odd) == odd


def test_a_dateline_with_its_time_of_day_is_no_part_of_the_text() -> None:
    # (the Las Vegas Sun: "Published Thursday, April 20, 2017 | 2:02 p.m." over "Updated ..."; the
    # "p.m." had ended a sentence of four words)
    head = "".join(
        f"<p>{said} Thursday, April 20, 2017 | {time} p.m.</p>"
        for said, time in (("Published", "2:02"), ("Updated", "2:17"))
    )
    paragraphs = "".join(f"<p>{PROSE_EN} {k}</p>" for k in range(5))
    page = (
        "<html><head><title>Lease: No rent for Raiders at Las Vegas stadium</title></head><body>"
        f"<article><h1>Lease: No rent for Raiders at Las Vegas stadium</h1>{head}{paragraphs}"
        "</article></body></html>"
    )
    (record,) = read_capture(page, "html")
    (body,) = texts_of(record, "body")
    assert body.text.startswith(PROSE_EN[:30])
    assert [c.value for c in record.published_at] == ["2017-04-20"]


def test_a_dateline_with_its_time_of_day_is_a_date_line_and_a_sentence_with_one_is_prose() -> None:
    assert _date_label("Published Thursday, April 20, 2017 | 2:02 p.m.") == ("2017-04-20", "published")
    assert _date_label("The vote is due on May 5, 2026 at 2:00 p.m.") is None


def test_a_source_line_under_the_title_is_a_field_however_long_its_address() -> None:
    # (a fetcher's copy of a newsletter e-mail: "Source: https://substack.com/app-link/post?...&token=..."
    # under its title, the address longer than any field's line)
    link = "https://substack.com/app-link/post?publication_id=2660&post_id=208550714&token=" + "x" * 400
    page = (
        f'---\ntitle: "ChinAI #368: The Affordable Luxury of Kimi K3"\nurl: "{link}"\n'
        "fetched_at: 2026-07-28T04:00:29+00:00\nsource_date: 2026-07-27\ntags: [newsletter, auto-ingested]\n"
        "---\n\n# ChinAI #368: The Affordable Luxury of Kimi K3\n\n"
        f"Source: {link}\n\n" + "\n\n".join([PROSE_EN] * 3)
    )
    (record,) = read_capture(page)
    (body,) = texts_of(record, "body")
    assert body.text.startswith(PROSE_EN[:30]) and "token" not in body.text
