"""Page shapes found on the forty-first real-page check: press reviews kept as tables (titled by
their link column, or with no header at all), a list of linked headlines the tables after it file
again, untitled pages of headings over their addresses, issues named by their number or an e-mail's
subject, a digest's "Links" section, Frog's indented metadata, highlight exports, translations
that say so without a link (or say they are none), front matter a scraper escaped, and linkless
headlines with notes nested under them."""

from __future__ import annotations

from capture import PROSE_EN, decoded, read_capture, rejection, texts_of, title_of
from hypothesis import given
from hypothesis import strategies as st

from pipeline import blocks, extract, feeds
from pipeline.adapters.digest import _table_stories
from pipeline.normalize import label_of


def _told(page: str) -> list:
    """The records a page gives, none where it is rejected."""
    return read_capture(page) if extract.choose(blocks.parse(page, "text")) is not None else []


def _days(record) -> list[str]:
    return [claim.value for claim in record.published_at]


# --------------------------------------------------------------------------- tables of stories

_PRESS_REVIEW = """# 2019

## Presse

| Date | Site | URL | Accès |
| --- | --- | --- | --- |
| 2019-04-10 | Ouest-France | [Le Mobilier national montre ses trésors](https://presse.example/a) | Public |
| 2019-04-09 | France Inter | [Et si l'IA sauvait les entreprises ?](https://radio.example/b) | Public |
| 2019-04-04 | Les Échos | [Bercy lance une start-up contre les faillites](https://eco.example/c) | Payant |
| 2019-04-01 | Le Figaro | [Les députés auront un outil de simulation](https://figaro.example/e) | Payant |
| | SHOM | [Devenez entrepreneur d'intérêt général en 2018](https://shom.example/d) | Public |
"""


def test_an_untitled_press_review_table_gives_a_story_per_linked_headline() -> None:
    records = read_capture(_PRESS_REVIEW)
    assert [title_of(r) for r in records] == [
        "Le Mobilier national montre ses trésors",
        "Et si l'IA sauvait les entreprises ?",
        "Bercy lance une start-up contre les faillites",
        "Les députés auront un outil de simulation",
        "Devenez entrepreneur d'intérêt général en 2018",
    ]
    assert records[0].canonical_url == "https://presse.example/a"
    assert _days(records[0]) == ["2019-04-10"]
    assert _days(records[4]) == []  # (its row leaves the date blank)


def test_a_link_column_of_site_names_titles_no_story() -> None:
    page = (
        "# 2024\n\n| Date | Tool | Link |\n| --- | --- | --- |\n"
        "| 2024-01-02 | Alpha | [GitHub](https://code.example/alpha) |\n"
        "| 2024-01-03 | Beta | [GitHub](https://code.example/beta) |\n"
        "| 2024-01-04 | Gamma | [GitHub](https://code.example/gamma) |\n"
    )
    assert _table_stories(list(blocks.parse(page, "text").blocks)) == []


_ROWS = (
    (
        "DroneShield",
        "AAA",
        "These were the worst-performing shares in July 2026 - fool.com.au",
        "fool.com.au",
        "Sat, 01 Aug 2026 20:30:00 GMT",
    ),
    (
        "Firmus",
        "BBB",
        "Firmus running on Tasmanian rainwater and spin - AFR",
        "AFR",
        "Sun, 02 Aug 2026 10:00:00 GMT",
    ),
    (
        "LinkedIn",
        "CCC",
        "LinkedIn set to be caught up in the big tech fight over news - Nine",
        "Nine",
        "Sun, 02 Aug 2026 14:07:18 GMT",
    ),
)
_HEADERLESS = (
    "<html><body><h2>Member News — 02 Aug 2026</h2><p>3 new mentions found in the last 30 hours:</p><table>"
    + "".join(
        f'<tr><td>{name}</td><td><a href="https://news.google.com/rss/articles/{key}?oc=5">{title}</a><br>'
        f"<span>{outlet} — {when}</span></td></tr>"
        for name, key, title, outlet, when in _ROWS
    )
    + "</table></body></html>"
)


def test_rows_of_a_table_with_no_header_are_its_linked_headlines() -> None:
    records = read_capture(_HEADERLESS, "html")
    assert [title_of(r) for r in records] == [
        "These were the worst-performing shares in July 2026",
        "Firmus running on Tasmanian rainwater and spin",
        "LinkedIn set to be caught up in the big tech fight over news",
    ]
    assert _days(records[0]) == ["2026-08-01T20:30:00Z"]


def _wechat(k: int) -> str:
    return f"https://mp.weixin.qq.com/s?__biz=MzA{k}MTE3ODU3MQ==&mid=26506{k}&idx=1&sn=5af{k}"


def test_a_list_of_linked_headlines_outranks_the_tables_that_file_some_again() -> None:
    titles = [f"漏洞预警第{k}号：某管理平台存在远程代码执行漏洞" for k in range(1, 7)]
    listed = "\n".join(f"- [{t}]({_wechat(k)}) (发布日期: 2025-12-24)" for k, t in enumerate(titles, 1))
    table = "\n".join(
        f"| {k} | {t} | Doonsec | [{_wechat(k)}]({_wechat(k)}) |" for k, t in enumerate(titles[:4], 1)
    )
    page = (
        "# 2025-12-24 安全威胁态势报告\n\n## 📰 文章详细列表\n\n"
        f"{listed}\n\n## 🎯 威胁详情分析\n\n| 序号 | 文章标题 | 来源 | 链接 |\n|---|---|---|---|\n{table}\n"
    )
    records = read_capture(page)
    assert [title_of(r) for r in records] == titles
    assert _days(records[0]) == ["2025-12-24"]


def test_double_underscores_inside_an_address_strengthen_nothing() -> None:
    url = "https://mp.weixin.qq.com/s?__biz=MzA1==&mid=26&idx=4&sn=5af"
    (row,) = blocks.parse(f"| 1 | [{url}]({url}) |\n", "text").blocks
    assert row.links[0].href == url
    (line,) = blocks.parse("关于__init.py__的所有, and __strong__ words\n", "text").blocks
    assert line.text == "关于__init.py__的所有, and strong words"


# --------------------------------------------------------------------------- headings over addresses

_UNTITLED_NEWS = """
#### New report to dramatically reduce vulnerabilities in software.
http://www.register.example/2016/12/06/software_can_be_more_secure/

_The full report is called Dramatically Reducing Software Vulnerabilities, a report to the White House._

#### Insider threat: IT worker snoops on his own company's executives
http://money.example/2016/12/05/technology/insider-trading/index.html

Prosecutors say that between 2013 and 2016 he exploited his access to devices used by executives.

#### Targeted Attacks on Civil Society Groups https://research.example/security-for-the-high-risk-user/

#### Secret Back Doors in Cheap phones
http://www.times.example/2016/11/16/china-phones-software-security.html

The firm that found the flaw said the software sent the full contents of text messages.

#### Election is over, but the hacking goes on
http://www.news.example/news/us-news/election-over-hacking-goes-on-n683651

The attack came from the crew that officials have linked to attacks on the White House.
"""


def test_an_untitled_page_of_headings_over_their_addresses_tells_those_stories() -> None:
    records = read_capture(_UNTITLED_NEWS)
    assert [title_of(r) for r in records] == [
        "New report to dramatically reduce vulnerabilities in software.",
        "Insider threat: IT worker snoops on his own company's executives",
        "Targeted Attacks on Civil Society Groups",
        "Secret Back Doors in Cheap phones",
        "Election is over, but the hacking goes on",
    ]
    assert records[2].canonical_url == "https://research.example/security-for-the-high-risk-user/"


def test_an_articles_sections_that_quote_an_address_stay_the_article() -> None:
    page = "#### How we moved our builds\n\n" + "".join(
        f"#### Step {k}\nhttps://docs.example/step-{k}\n\n{PROSE_EN}\n\n" for k in (1, 2, 3)
    )
    assert len(_told(page)) <= 1


# --------------------------------------------------------------------------- what names a digest


def _sections(titles: list[str]) -> str:
    return "".join(
        f"### [{t}](https://blog{k}.example/post)\n\n"
        "The editor's note on why this one is worth reading this week.\n\n"
        for k, t in enumerate(titles)
    )


_LINKED = [
    "Remote leaders do eight things differently",
    "Launching the speech commands dataset",
    "Pronouns and stock prices",
]


def test_an_issue_named_by_its_number_is_a_digest() -> None:
    page = (
        "---\ntitle: Racket News - Issue 29\ndate: 2020-04-14\n---\n\nWelcome to the issue.\n\n"
        + "# Around the web\n\n"
        + "".join(f"* [{t}](https://blog{k}.example/post) by a writer.\n" for k, t in enumerate(_LINKED))
    )
    assert [title_of(r) for r in read_capture(page)] == _LINKED


def test_an_e_mails_subject_titles_its_export_and_its_links_section_holds_the_stories() -> None:
    page = (
        "---\nsubject: Weekly Thing for August 26, 2017\npublish_date: '2017-08-26T13:00:00Z'\n---\n"
        "Summer is coming to its end and the kids go back to school on Monday.\n\n## Links 📌\n"
        + _sections(_LINKED)
    )
    records = read_capture(page)
    assert [title_of(r) for r in records] == _LINKED


def test_a_links_section_of_a_post_stays_its_related_reading() -> None:
    page = (
        f"---\ntitle: Moving house\ndate: 2017-08-26\n---\n{PROSE_EN}\n\n{PROSE_EN}\n\n## Links\n"
        + _sections(_LINKED)
    )
    (record,) = read_capture(page)
    assert title_of(record) == "Moving house"


def test_a_numbered_issue_of_an_essay_with_two_go_there_lines_stays_one_record() -> None:
    page = (
        "# FLOOR 9 - Issue N°07\n\n## 01 - Let's be honest first\n\n"
        f"{PROSE_EN}\n\n## 02 - What changed\n\n{PROSE_EN}\n\n## Tweet of the week\n\n"
        "> Loops are the new prompts.\n\nFull tweet: https://x.com/someone/status/2068454349815308582\n\n"
        "Worth watching - a deep dive on building agents: https://www.youtube.com/watch?v=julbw1JuAz0\n"
    )
    assert len(_told(page)) <= 1


def test_a_monthly_issue_in_japanese_is_a_digest() -> None:
    page = "---\ntitle: Vim Magazine 8 月号\n---\n\n## 話題\n\n" + "".join(
        f"- [{t}](https://vim{k}.example/)\n"
        for k, t in enumerate(("vimrc読書会の第十回", "TokyoVim 第十回の開催", "新しいプラグインの紹介"))
    )
    assert len(read_capture(page)) == 3


def test_frogs_indented_metadata_is_front_matter() -> None:
    data, body = blocks.split_front_matter(
        "    Title: Racket News - Issue 29\n    Date: 2020-04-14T21:00:00\n\nWelcome.\n"
    )
    assert data == {"title": "Racket News - Issue 29", "date": "2020-04-14T21:00:00"}
    assert body == "Welcome.\n"


def test_indented_code_that_opens_a_page_is_no_front_matter() -> None:
    source = "    Title: a string\n    print(title)\n\nWelcome.\n"
    data, body = blocks.split_front_matter(source)
    assert data == {}
    assert body == source


# --------------------------------------------------------------------------- headlines with notes


def test_linkless_headlines_with_notes_nested_under_them_are_stories() -> None:
    items = "".join(
        f"- {service} 지원 시작 (2021-12-{10 + k})\n  - {service}는 새로운 기능을 제공하는 서비스입니다.\n"
        f"  - 이번에 추가된 기능은 콘솔 밖에서도 설정할 수 있도록 업데이트 되었습니다.\n\n"
        for k, service in enumerate(
            ("Amazon Lex", "Amazon Polly", "AWS CDK", "Amazon Redshift", "Amazon EBS")
        )
    )
    records = read_capture(f"## AWS 주간 소식 모음 - 2021년 12월 13일\n\n### 주요 AWS 최신 뉴스\n{items}")
    assert [title_of(r) for r in records][:2] == ["Amazon Lex 지원 시작", "Amazon Polly 지원 시작"]
    assert _days(records[0]) == ["2021-12-10"]
    assert len(records[0].key_points) == 2


# --------------------------------------------------------------------------- highlights exports


def _highlight(text: str, k: int) -> str:
    view, readwise = (
        f"[View Highlight](https://ip.example/{k})",
        f"[Open in Readwise](https://rw.example/{k})",
    )
    return f"- {text} ({view}) {readwise} ^rw{k}\n"


_HIGHLIGHTS = (
    "---\nauthor: mui.com\n---\n# Introducing MUI Core V5.0 - MUI by mui.com\n\n## Metadata\n"
    "- Author: [[mui.com]]\n- URL: https://mui.com/blog/mui-core-v5/\n\n"
    "## Highlights\n### New highlights synced\n"
    + _highlight("We made styled() the lowest level primitive for styles.", 1)
    + "    - Date:: [[September 21st, 2021, Tuesday]]\n"
    + _highlight("The Box component is five times faster in v5.", 2)
    + "### New highlights synced\n"
    + _highlight("A new Stack component lays out one row.", 3)
    + "- ([View Highlight](https://ip.example/4))\n"
)


def test_a_highlights_export_is_one_record_of_its_article_with_clean_points() -> None:
    (record,) = read_capture(_HIGHLIGHTS)
    assert title_of(record) == "Introducing MUI Core V5.0 - MUI"
    assert record.canonical_url == "https://mui.com/blog/mui-core-v5/"
    assert [point.text for point in record.key_points] == [
        "We made styled() the lowest level primitive for styles.",
        "The Box component is five times faster in v5.",
        "A new Stack component lays out one row.",
    ]


# --------------------------------------------------------------------------- translations

_ZH_ORIGINAL = "https://ai-coding.example/sequoia-state-of-ai/"


def test_a_read_the_original_label_may_name_the_originals_language() -> None:
    assert label_of("Original Chinese article") == label_of("Original article")
    assert label_of("Read the Chinese original") == label_of("Read the original")
    assert label_of("Chinese New Year") is None


def test_a_translation_note_names_its_original_in_a_labelled_language() -> None:
    page = (
        "# A Brief History of DIY Signing Devices\n\n**Author:** 九神二号  \n"
        "**Original publication date:** September 20, 2026\n\n"
        f"> **Original Chinese article:** {_ZH_ORIGINAL}\n\n"
        f"{PROSE_EN}\n\n{PROSE_EN}\n"
    )
    (record,) = read_capture(page)
    assert record.canonical_url == _ZH_ORIGINAL


_CROSS_POST = """---
devto_id: 4355861
canonical_url: https://qiita.example/hiro/items/4047a643
title: Testing Cron Triggers Locally
published: true
---

_This article is an English translation of the original Japanese article._

{prose}

{prose}

{prose}
"""


def test_a_cross_post_that_says_it_translates_its_original_is_that_translation() -> None:
    (record,) = read_capture(_CROSS_POST.format(prose=PROSE_EN))
    assert record.canonical_url == "https://qiita.example/hiro/items/4047a643"
    assert {text.origin for text in texts_of(record, "body")} == {"unknown"}


def test_a_post_that_says_it_is_no_translation_is_the_writers_own() -> None:
    page = (
        "---\ntitle: 샘플 앱을 만들며 본 화면 이동\ndate: 2025-05-26\n---\n\n"
        "이 글은 원문을 번역한 글은 아니다. 공식 글에서 말한 방향을 작은 앱으로 확인해 본 사용기다.\n\n"
        f"{PROSE_EN}\n\n{PROSE_EN}\n\n{PROSE_EN}\n"
    )
    (record,) = read_capture(page)
    assert {text.origin for text in texts_of(record, "body")} == {"original"}


def test_a_byline_with_a_handle_is_no_translated_title() -> None:
    page = (
        "# Hermes Agent：人们实际上用它来做什么\n\nMatt Van Horn (@mvanhorn)\n\n## 1. 通话前客户调研\n\n"
        "信号最强的商业用途。我告诉它我要见谁，它会汇总所有相关信息，并在通话前给我发一份摘要。每次都能省下二三十分钟。\n\n"
        "Source: [Matt Van Horn on X](https://x.com/mvanhorn/status/2045935785661349956)\n"
    )
    (record,) = read_capture(page)
    assert "Matt Van Horn (@mvanhorn)" not in [text.text for text in texts_of(record, "title")]


# --------------------------------------------------------------------------- front matter a tool escaped


def test_quotes_written_as_entities_read_as_quotes() -> None:
    data, _ = blocks.split_front_matter(
        "---\ntitle: &apos;V8 릴리스 v6.7&apos;\nauthor: &apos;V8 팀&apos;\ndate: 2018-05-04\n---\nBody\n"
    )
    assert data["title"] == "V8 릴리스 v6.7"
    assert data["author"] == "V8 팀"


def test_a_value_written_as_json_escapes_reads_as_its_text() -> None:
    data, _ = blocks.split_front_matter(
        "---\ntitle: \\uad6c\\uc131 Smart Placement\nnote: C:\\\\temp\n---\nBody\n"
    )
    assert data["title"] == "구성 Smart Placement"
    assert data["note"] == "C:\\\\temp"


def test_an_empty_digest_template_is_rejected() -> None:
    assert rejection("Tweets Digest\n\n{{.TweetsMarkup}}\n\nGithub activities\n\n{{.GithubMarkup}}\n")


# --------------------------------------------------------------------------- saved feeds and job ads

_RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Portada</title><link>https://www.prensa.example/</link>
<language>es-ES</language>
<item><title>El acuerdo sobre la ley se enfría</title>
<link>https://www.prensa.example/nacional/noticia-acuerdo-20231107140439.html</link>
<description>Los negociadores siguen &quot;trabajando&quot; en las cuestiones técnicas.</description>
<pubDate>Tue, 07 Nov 2023 13:04:39 GMT</pubDate></item>
<item><title>La Audiencia abre la puerta a llevar el caso al tribunal europeo</title>
<link>https://www.prensa.example/nacional/noticia-audiencia-20231107120356.html</link>
<description><![CDATA[<p>El juez ha abierto la puerta a una cuestión al tribunal.</p>]]></description>
<pubDate>Tue, 07 Nov 2023 11:03:56 GMT</pubDate></item>
</channel></rss>
"""

_ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Release notes</title>
<entry><title>Version 2.0 ships a new parser</title><link href="https://blog.example/v2"/>
<updated>2024-03-01T10:00:00Z</updated><summary>The parser reads twice as fast.</summary></entry>
<entry><title>Version 2.1 fixes the cache</title><link href="https://blog.example/v21"/>
<updated>2024-04-01T10:00:00Z</updated><summary>A stale entry could be served.</summary></entry>
</feed>
"""


def test_a_saved_rss_feed_gives_a_story_per_item_with_the_publishers_summary() -> None:
    records = extract.extract(decoded(_RSS))
    assert [title_of(r) for r in records] == [
        "El acuerdo sobre la ley se enfría",
        "La Audiencia abre la puerta a llevar el caso al tribunal europeo",
    ]
    assert (
        records[0].canonical_url == "https://www.prensa.example/nacional/noticia-acuerdo-20231107140439.html"
    )
    assert _days(records[0]) == ["2023-11-07T13:04:39Z"]
    (summary,) = texts_of(records[1], "summary")
    assert summary.text == "El juez ha abierto la puerta a una cuestión al tribunal."
    assert summary.origin == "original"


def test_a_saved_atom_feed_gives_its_entries() -> None:
    records = extract.extract(decoded(_ATOM))
    assert [r.canonical_url for r in records] == ["https://blog.example/v2", "https://blog.example/v21"]


def test_a_page_that_only_quotes_a_feed_is_no_feed() -> None:
    assert not feeds.looks_like_a_feed(f"# How to write a feed\n\n{PROSE_EN}\n\n```xml\n{_RSS}```\n")
    assert feeds.looks_like_a_feed(_RSS)


def test_a_table_of_dated_job_ads_is_no_press_review() -> None:
    rows = "".join(
        f"| {k} | [{name} (YC W{k}) Is Hiring Engineers](https://{name.lower()}.example/jobs) "
        f"| 4/{10 + k}/2022 05:00 PM |\n"
        for k, name in enumerate(("Daily", "Fly", "Opvia", "Rescale", "Massdriver"), 1)
    )
    page = f"# Hackernews Jobs\n\n| id | Title | Posted On |\n|---|---|---|\n{rows}"
    assert _told(page) == [] or len(_told(page)) == 1


@given(st.text(max_size=300), st.sampled_from(["", "<rss><channel><item><title>", '<feed xmlns="x"><entry>']))
def test_any_text_reads_as_a_feed_or_none_without_error(tail: str, opening: str) -> None:
    page = feeds.feed_page(opening + tail)
    assert page is None or all(block.text for block in page.blocks)


def test_franklins_julia_block_is_front_matter() -> None:
    source = (
        '+++\nusing Dates\ntitle = "Friday Link Dump"\ndate = Date("2013-03-22")\ntags = ["random"]\n'
        "+++\n\nBody\n"
    )
    data, body = blocks.split_front_matter(source)
    assert data == {"title": "Friday Link Dump", "date": "2013-03-22", "tags": ["random"]}
    assert body == "\nBody\n"


def test_toml_front_matter_reads_as_before() -> None:
    data, _ = blocks.split_front_matter('+++\ntitle = "A post"\ndate = 2024-01-02\n+++\nBody\n')
    assert data["title"] == "A post"


_TOLD_IN_PARAGRAPHS = (
    "---\ntitle: TGIF! Our top links of the week (4)\nauthor: Lena\n---\n"
    "*One more weekly collection of great things we found on the internet last week.*\n\n"
    "We were very happy when the host announced [major new features](https://host.example/features) this "
    "week, including support for the new runtime and a fix for stuck processes.\n\n"
    "This very interesting [collection of maps](https://maps.example/2013/08/maps-of-the-world) "
    "depicting global social structures will change the way you see the world forever.\n\n"
    "Should designers code? A discussion of why they should not in [part 1](https://design.example/one), "
    "and why that is the wrong answer to the right question in part 2.\n\n"
    "A piece about a chef's [coming out](https://paper.example/chef) as a gay father, and what it meant to "
    "his readers.\n\n*Have a sunny weekend!*\n"
)


def test_a_digest_told_in_paragraphs_that_link_their_stories_gives_each_paragraph() -> None:
    records = read_capture(_TOLD_IN_PARAGRAPHS)
    assert [r.canonical_url for r in records] == [
        "https://host.example/features",
        "https://maps.example/2013/08/maps-of-the-world",
        "https://design.example/one",
        "https://paper.example/chef",
    ]


def _fed(title: str, slug: str) -> str:
    return (
        f"[Technology] {title}\n{title[:24]}...\nhttps://www.news.example/articles/{slug}?at_medium=RSS\n\n"
    )


def test_a_feeds_dump_in_plain_lines_gives_a_story_per_title_over_its_address() -> None:
    page = (
        _fed("Publishers in the UK can opt out of AI search results", "c775")
        + _fed("A rocket company sets its price for a record stock market debut", "cvgz")
        + _fed("Phone signal on trains is not good enough most of the time", "c5yr")
    )
    records = read_capture(page)
    assert [title_of(r) for r in records] == [
        "Publishers in the UK can opt out of AI search results",
        "A rocket company sets its price for a record stock market debut",
        "Phone signal on trains is not good enough most of the time",
    ]
    assert texts_of(records[0], "summary") == []  # (the dek only cut the title short)


def test_prose_with_an_address_after_each_paragraph_is_no_feed() -> None:
    page = "".join(
        f"{PROSE_EN}\n{PROSE_EN}\n{PROSE_EN}\nhttps://docs.example/step-{k}\n\n" for k in (1, 2, 3)
    )
    assert len(_told(page)) <= 1
