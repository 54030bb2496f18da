"""Page shapes found on the fortieth real-page check: a reader service's copy of an archive's
capture, which states the capture's time where the post's date should be; stories told again in
another script; newsletters of told links, of prose items and of dated cards; front matter in
Franklin.jl's variables, in a yaml fence, or with a key YAML cannot read; kramdown's HTML and
attribute lists; a digest's own closing parts; a meeting's notes; a byline's date read as a name;
and a speaker's profile before the talk's page."""

from __future__ import annotations

from capture import PROSE_EN, read_capture, rejection, texts_of, title_of
from hypothesis import given
from hypothesis import strategies as st

from pipeline import blocks
from pipeline.adapters.digest import _in_each_script, _with_retold_titles_raised
from pipeline.normalize import archive_today_capture


def _reader_copy_of(address: str, stated: str, dateline: str) -> str:
    return (
        f"Title: A breach laid bare\n\nURL Source: {address}\n\nPublished Time: {stated}\n\n"
        "Markdown Content:\n"
        "archived 23 Sep 2022 02:28:51 UTC\n\n# A breach laid bare\n\n"
        f"*   __ {dateline}\n*   __[Dissent](https://archive.ph/o/rsmmS/https://www.databreaches.example/)\n\n"
        f"{PROSE_EN}\n\n{_STATEMENT}\n"
    )


_STATEMENT = (
    "As you may already know, the service was attacked on the ninth of November, during which an "
    "individual gained access to some of our users' registered email addresses. He then tried to send "
    "an email to all our registered users, but he was only able to reach less than one percent of them. "
    "When we realised this, our only concern was to protect our users, and we took the service down "
    "for several hours while we checked each component carefully."
)


def test_an_archive_capture_states_when_it_was_captured_not_when_the_post_was_written() -> None:
    (record,) = read_capture(
        _reader_copy_of("http://archive.today/rsmmS", "2022-09-23T02:28:51Z", "November 12, 2014")
    )
    assert title_of(record) == "A breach laid bare"
    assert [claim.value for claim in record.published_at] == ["2014-11-12"]
    assert record.cached_at == "2022-09-23T02:28:51Z"


def test_an_archive_capture_without_a_dateline_states_no_day() -> None:
    (record,) = read_capture(_reader_copy_of("https://archive.ph/rsmmS", "2022-09-23T02:28:51Z", "Dissent"))
    assert record.published_at == []


def test_a_wayback_copy_keeps_the_captured_pages_date() -> None:
    # (the Wayback Machine serves the captured page's own head, its publication date with it)
    address = "https://web.archive.org/web/20210710232118/https://news.example/2017/01/post"
    (record,) = read_capture(_reader_copy_of(address, "2017-01-08", "November 12, 2014"))
    assert [claim.value for claim in record.published_at] == ["2017-01-08"]


def test_archive_today_hosts_are_told_from_others() -> None:
    assert archive_today_capture("http://archive.today/rsmmS")
    assert archive_today_capture("https://ARCHIVE.PH/2021.01.01-000000/https://news.example/a")
    assert not archive_today_capture("https://web.archive.org/web/2021/https://news.example/a")
    assert not archive_today_capture("https://archive.org/details/newsletter")


def _retold_story(title: str, lead: str, url: str, title_ru: str, lead_ru: str) -> str:
    return (
        f'<BrowserWindow url="tovima.gr">\n### {title}\n\n{lead}\n\n'
        f'<a className="button" href="{url}"> Ανοίξτε το άρθρο </a>\n</BrowserWindow>\n\n'
        f"<h3>{title_ru}</h3>\n\n{lead_ru}\n\n"
    )


_RETOLD = (
    (
        "Καταψηφίστηκε η πρόταση δυσπιστίας κατά της κυβέρνησης",
        "Απορρίφθηκε από την ολομέλεια της Βουλής η πρόταση δυσπιστίας κατά της κυβέρνησης, "
        "που υπέβαλαν τα κόμματα της αντιπολίτευσης για το θέμα των Τεμπών.",
        "https://www.tovima.example/2024/03/28/politics/protasi-dyspistias/",
        "Предложение о недоверии правительству отклонили",
        "Предложение о недоверии правительству, поданное партиями оппозиции по вопросу Темпи, "
        "отклонили на пленарном заседании парламента.",
    ),
    (
        "Αφρικανική σκόνη: Νέα εισβολή στη χώρα",
        "Η χώρα βρίσκεται σε κλοιό ζέστης και αφρικανικής σκόνης. Η άμμος από τη Σαχάρα διασχίζει "
        "με τη βοήθεια των νοτιάδων τη Μεσόγειο και φτάνει στην Ελλάδα.",
        "https://www.tovima.example/2024/03/31/society/afrikaniki-skoni/",
        "Африканская пыль: новое нашествие",
        "Страна находится во власти жары и африканской пыли. Пески Сахары через Средиземное море "
        "достигли Греции.",
    ),
)


def test_stories_each_told_again_in_another_script_are_one_story_each_in_two_languages() -> None:
    page = "---\ntitle: 25/03/2024-31/03/2024\n---\n\n## Πολιτική\n\n" + "".join(
        _retold_story(*story) for story in _RETOLD
    )
    records = read_capture(page)
    assert [title_of(r) for r in records] == [story[0] for story in _RETOLD]
    first = records[0]
    assert first.canonical_url == _RETOLD[0][2]
    assert {(t.lang, t.text) for t in texts_of(first, "title")} == {
        ("el", _RETOLD[0][0]),
        ("ru", _RETOLD[0][3]),
    }
    assert {(t.lang, t.text) for t in texts_of(first, "summary")} == {
        ("el", _RETOLD[0][1]),
        ("ru", _RETOLD[0][4]),
    }


def test_a_story_in_another_script_after_one_linked_story_stays_a_story() -> None:
    told, again = _RETOLD
    page = blocks.parse(
        f"### {told[0]}\n\n{told[1]}\n\n[Ανοίξτε το άρθρο](https://one.example/a)\n\n"
        f"### {told[3]}\n\n{told[4]}\n\n"
        f"### {again[0]}\n\n{again[1]}\n\n[Ανοίξτε το άρθρο](https://two.example/b)\n\n",
        "text",
    )
    assert _with_retold_titles_raised(list(page.blocks)) == list(page.blocks)
    twice = blocks.parse(page_text := _retold_story(*told) + _retold_story(*again), "text")
    raised = _with_retold_titles_raised(list(twice.blocks))
    assert [b.text for b in raised if b.kind == "heading"] == [told[0], again[0]], page_text


def test_a_summary_in_two_non_latin_scripts_is_a_text_and_its_translation() -> None:
    sides = _in_each_script([_RETOLD[0][1], _RETOLD[0][4]])
    assert sides == [_RETOLD[0][1], _RETOLD[0][4]]
    assert _in_each_script([_RETOLD[0][1], _RETOLD[1][1]]) == [f"{_RETOLD[0][1]}\n\n{_RETOLD[1][1]}"]


def _told_after_link(k: int) -> str:
    return (
        f"[Release {k} of the Widget Toolkit Is Out]"
        f'(https://weekly.example/link/{121000 + k}/web "tool{k}.example")'
        f" — The toolkit's {k}th release adds a faster renderer and drops support for old runtimes.\n\n"
    )


def test_groups_of_stories_each_told_after_its_link_are_those_stories() -> None:
    page = (
        "---\ntitle: 'Node Weekly #429'\ndate: '2022-03-18'\n---\n\n"
        + "".join(map(_told_after_link, range(1, 3)))
        + "## **Quick bits:**\n\n"
        + "".join(map(_told_after_link, range(3, 9)))
        + "## 🛠 Code & Tools\n\n"
        + "".join(map(_told_after_link, range(9, 15)))
    )
    records = read_capture(page)
    assert [title_of(r) for r in records] == [
        f"Release {k} of the Widget Toolkit Is Out" for k in range(1, 15)
    ]
    assert texts_of(records[8], "summary")[0].text.startswith("The toolkit's 9th release")


def test_franklin_page_variables_are_the_pages_front_matter() -> None:
    source = (
        '@def title = "This Month in Julia World"\n@def authors = "Stefan Krastanov"\n'
        '@def published = "1 January 2025"\n@def rss_pubdate = Date(2025, 1, 1)\n'
        '@def rss = """Community Newsletter\nfor December 2024"""\n'
        '@def tags = ["julia", "a \\"quoted\\" tag"]\n\n'
    )
    front_matter, rest = blocks.split_front_matter(source + "A monthly newsletter.\n")
    assert front_matter == {
        "title": "This Month in Julia World",
        "authors": "Stefan Krastanov",
        "published": "1 January 2025",
        "description": "Community Newsletter\nfor December 2024",
        "tags": ["julia", 'a "quoted" tag'],
    }
    assert rest.strip() == "A monthly newsletter."
    (record,) = read_capture(source + f"{PROSE_EN}\n\n{_STATEMENT}\n")
    assert title_of(record) == "This Month in Julia World"
    assert [claim.value for claim in record.published_at] == ["2025-01-01"]


def test_one_julia_line_is_no_front_matter() -> None:
    text = '@def title = "Just one"\n\nThe page\'s text.\n'
    assert blocks.split_front_matter(text) == ({}, text)


def test_front_matter_with_a_time_that_is_none_is_read_as_text() -> None:
    # (a Korean translation's "date: 2021-04-21 13:04:76": YAML takes it for a timestamp and fails)
    page = (
        "---\ntitle: (번역) Node.js 16버전 업데이트\ndate: 2021-04-21 13:04:76\n"
        "thumbnail: { thumbnailSrc }\n---\n\n"
    )
    front_matter, _ = blocks.split_front_matter(page)
    assert front_matter["title"] == "(번역) Node.js 16버전 업데이트"
    assert front_matter["date"] == "2021-04-21 13:04:76"
    assert blocks.split_front_matter("---\ndate: 2021-02-30\n---\n")[0] == {"date": "2021-02-30"}


@given(st.integers(0, 99999), st.integers(0, 99), st.integers(0, 99), st.integers(0, 999999))
def test_any_timestamp_shaped_front_matter_value_reads_without_error(
    year: int, month: int, day: int, clock: int
) -> None:
    time = f"{clock // 10000:02}:{clock // 100 % 100:02}:{clock % 100:02}"
    page = f"---\ntitle: A post\ndate: {year:04}-{month:02}-{day:02} {time}\n---\n\nText.\n"
    front_matter, rest = blocks.split_front_matter(page)
    assert front_matter["title"] == "A post"
    assert rest.strip() == "Text."


def _skimming_card(day: str, title: str, url: str, abstract: str, outlet: str) -> str:
    return (
        f"---\n{day} <br>\n{{: .fs-4 .fw-700 .lh-0  }}\n"
        '<p style="font-weight:500; margin:0px" markdown="1">\n'
        f'{title}<a href="{url}"> Full Text</a>\n</p>\n'
        f"<details>\n  <summary>Abstract</summary>\n{abstract}\n</details>\n"
        f'<div style="text-align: right" markdown="1">\n{outlet}\n{{: .fs-2 .fw-300 .lh-0}}\n</div>\n'
    )


_CARDS = (
    (
        "November 12, 2021",
        "Costco Confirms: A Data Skimmer's Been Ripping Off Customers",
        "https://threatpost.example/costco-data-skimmer/176320/",
        "Big-box retailer Costco is offering victims 12 months of credit monitoring and ID theft recovery.",
        "Threatpost",
    ),
    (
        "November 7, 2021",
        "New Magecart group uses an e-Skimmer that avoids VMs and sandboxes",
        "https://securityaffairs.example/124287/magecart-e-skimmer.html",
        "A new Magecart group leverages a browser script to evade virtualized environments and sandboxes.",
        "Security Affairs",
    ),
    (
        "May 31, 2021",
        "WooCommerce Credit Card Skimmer Hides in Plain Sight",
        "https://blog.sucuri.example/2021/05/woocommerce-skimmer.html",
        "The attackers use what appears to be a Google Tag Manager script to hide a skimmer.",
        "Sucuri",
    ),
)


def test_html_elements_close_on_their_end_tag_and_attribute_lists_show_nothing() -> None:
    page = blocks.parse("## Skimming\n" + "".join(_skimming_card(*card) for card in _CARDS), "text")
    texts = [b.text for b in page.blocks]
    assert texts[:6] == [
        "Skimming",
        "November 12, 2021",
        f"{_CARDS[0][1]} Full Text",
        "Abstract",
        _CARDS[0][3],
        "Threatpost",
    ]
    assert "November 7, 2021" in texts
    assert not any("{:" in text or text.startswith("---") for text in texts)


def test_an_element_over_several_lines_holds_its_lines() -> None:
    page = blocks.parse('<div\nstyle="float: right">\n<p>Boxed.</p>\n</div>\n**Topics:**\n\n- One\n', "text")
    assert [(b.kind, b.text) for b in page.blocks] == [
        ("paragraph", "Boxed."),
        ("paragraph", "Topics:"),
        ("list_item", "One"),
    ]


def test_cards_each_a_date_over_its_linked_title_are_stories() -> None:
    page = "---\ntitle: Skimming\nparent: Issues\n---\n\n## Skimming\n" + "".join(
        _skimming_card(*card) for card in _CARDS
    )
    records = read_capture(page)
    assert [(title_of(r), r.canonical_url) for r in records] == [(card[1], card[2]) for card in _CARDS]
    assert [[claim.value for claim in r.published_at] for r in records] == [
        ["2021-11-12"],
        ["2021-11-07"],
        ["2021-05-31"],
    ]
    assert texts_of(records[1], "summary")[0].text == _CARDS[1][3]


def test_a_short_clips_closing_source_line_is_no_field_of_its_head() -> None:
    page = (
        '---\nsource: "https://www.gendigital.example/blog/infostealers-your-ai-agent"\n'
        'title: "Infostealers Have Found a New Target: Your AI Agent"\nauthor: "Jan Rubín"\n'
        'date_published: "2026-09-08"\ndate_clipped: "2026-09-24"\n---\n\n'
        "# Infostealers Have Found a New Target: Your AI Agent\n\n"
        f"{_STATEMENT}\n\n{_STATEMENT.replace('the service', 'the agent')}\n\n"
        "Source: [Original article](https://www.gendigital.example/blog/infostealers-your-ai-agent).\n"
    )
    (record,) = read_capture(page)
    assert title_of(record) == "Infostealers Have Found a New Target: Your AI Agent"
    (body,) = texts_of(record, "body")
    assert body.text.startswith("As you may already know")


_HEADLINES = (
    (
        "Claude 4 Release",
        "Anthropic announces Claude 4 with enhanced reasoning and improved safety measures.",
    ),
    ("Apple AI Integration", "Apple unveils comprehensive AI features across iOS, including a new Siri."),
    ("LangChain 0.3", "Significant performance improvements and new memory management features"),
    ("Nvidia NIM Updates", "New AI inference microservices make enterprise deployment easier to run."),
    ("Fast.ai Update", "Jeremy Howard announces a new practical deep learning course for this year."),
)


def test_a_list_of_bold_headlines_leaves_out_the_issues_stats_and_credits() -> None:
    page = (
        '---\nlayout: post\ntitle: "Weekly AI News - Week 26, 2025"\ndate: 2025-06-27\n---\n\n'
        "# Weekly AI News - Week 26, 2025\n\nWelcome to this week's AI news roundup!\n\n"
        "## 🔥 Trending This Week\n\n"
        + "".join(f"- **{title}**: {said}\n" for title, said in _HEADLINES)
        + "\n---\n\n## 📊 Weekly Stats\n\n- **Total Items**: 23\n- **Research Papers**: 4\n"
        "- **New Tools**: 7\n\n"
        "## 🤝 Contributors\n\nThanks to our community contributors:\n"
        "- @airesearcher for research paper submissions\n- @devtools_fan for tool updates\n"
    )
    records = read_capture(page)
    assert [title_of(r) for r in records] == [
        "Claude 4 Release",
        "Apple AI Integration",
        f"LangChain 0.3: {_HEADLINES[2][1]}",
        "Nvidia NIM Updates",
        "Fast.ai Update",
    ]
    assert texts_of(records[0], "summary")[0].text == _HEADLINES[0][1]


def test_a_story_headed_by_a_closing_word_is_still_a_story() -> None:
    from pipeline.adapters.digest import _closes_the_digest

    assert _closes_the_digest("📊 Weekly Stats")
    assert _closes_the_digest("Contributors:")
    assert not _closes_the_digest("Statistics Canada reports a rise in jobs")
    assert not _closes_the_digest("Credits Suisse shares fall")


def test_front_matter_set_in_a_yaml_fence_is_the_pages() -> None:
    page = (
        '```yaml\n---\ntitle: "Three Essential Performance Tips for .NET 9"\n'
        "source: https://medium.example/@writer/three-tips-a51c4010e6a2\n"
        "date_published: 2025-03-12\n---\n```\n\n"
        "# Three Essential Performance Tips for .NET 9\n\nText.\n"
    )
    front_matter, rest = blocks.split_front_matter(page)
    assert front_matter["title"] == "Three Essential Performance Tips for .NET 9"
    assert rest.lstrip().startswith("# Three Essential")


def test_front_matter_with_one_key_yaml_cannot_read_keeps_the_others() -> None:
    page = (
        '---\ntitle: "[翻訳] 検索関連性向上への第一歩"\nemoji: "🔍"\n'
        'topics: ["opensearch", "relevance"]\n  - "opensearch"\n  - "関連性"\n'
        "published: true\npublished_at: 2025-08-13\n---\n\n本文です。\n"
    )
    front_matter, rest = blocks.split_front_matter(page)
    assert front_matter["title"] == "[翻訳] 検索関連性向上への第一歩"
    assert "topics" not in front_matter
    assert str(front_matter["published_at"]) == "2025-08-13"
    assert rest.strip() == "本文です。"


def test_a_page_opening_on_a_rule_over_prose_has_no_front_matter() -> None:
    text = (
        "---\nThis is: a page of prose that opens on a rule.\n[and] a line YAML: cannot read [\n---\n\nOn.\n"
    )
    assert blocks.split_front_matter(text) == ({}, text)


def test_a_capture_stamp_marks_a_clippers_copy() -> None:
    page = (
        '---\ntitle: "Three Essential Performance Tips for .NET 9"\n'
        "source: https://medium.example/@writer/three-tips-a51c4010e6a2\n"
        "date_published: 2025-03-12T11:16:41.887Z\ndate_captured: 2025-08-06T17:49:15.711Z\n---\n\n"
        f"# Three Essential Performance Tips for .NET 9\n\n{PROSE_EN}\n\n{_STATEMENT}\n"
    )
    assert blocks.clipped_copy(blocks.split_front_matter(page)[0])
    (record,) = read_capture(page)
    assert record.canonical_url == "https://medium.example/@writer/three-tips-a51c4010e6a2"
    assert record.cached_at == "2025-08-06T17:49:15Z"


_OSM_WEEKLY = """---
title: 'weeklyOSM 816'
date: 2026-03-19
---

05/03/2026-11/03/2026

## Mapping

* AndreaDp27 [proposed](https://www.openstreetmap.org/user/AndreaDp271/diary/408338) a tagging scheme for \
mapping officially designated civil protection zones.

## Community

* Ben Hur Pintor [gave a talk](https://media.ccc.de/v/sotm2025-71684-awesome-osm-games) at State of the \
Map 2025 on awesome OSM games that anyone can play.
* Mikel Maron [vibe-coded](https://www.openstreetmap.org/user/mikelmaron/diary/408323) a tool to compare \
OpenStreetMap and Overture Maps.
* Cute little [GUI](https://discourse.example/t/startyourpk-gui/124197) for creating packages

## Software

* [HeiGIT](https://heigit.org/) [reports](https://heigit.org/a-map-is-better) that they have built an open \
platform that reveals gaps in access to education.
"""


def test_a_digest_of_prose_items_each_linking_its_story_in_its_words() -> None:
    records = read_capture(_OSM_WEEKLY)
    assert [(title_of(r), r.canonical_url) for r in records] == [
        (
            "AndreaDp27 proposed a tagging scheme for mapping officially designated civil protection zones",
            "https://www.openstreetmap.org/user/AndreaDp271/diary/408338",
        ),
        (
            "Ben Hur Pintor gave a talk at State of the Map 2025 on awesome OSM games that anyone can play",
            "https://media.ccc.de/v/sotm2025-71684-awesome-osm-games",
        ),
        (
            "Mikel Maron vibe-coded a tool to compare OpenStreetMap and Overture Maps",
            "https://www.openstreetmap.org/user/mikelmaron/diary/408323",
        ),
        ("Cute little GUI for creating packages", "https://discourse.example/t/startyourpk-gui/124197"),
        (
            "HeiGIT reports that they have built an open platform that reveals gaps in access to education",
            "https://heigit.org/a-map-is-better",
        ),
    ]


def test_a_post_of_prose_items_whose_title_names_no_digest_stays_the_post() -> None:
    (record,) = read_capture(_OSM_WEEKLY.replace("weeklyOSM 816", "What I mapped in March"))
    assert title_of(record) == "What I mapped in March"


def test_periodicals_named_in_their_own_ways_are_digests() -> None:
    from pipeline.adapters.digest import names_a_digest

    assert names_a_digest("weeklyOSM 816")
    assert names_a_digest("Тижневик OSM 816")
    assert names_a_digest("This Month in Julia World")
    assert not names_a_digest("macOS tips for the iPhone")


def test_a_first_sentence_runs_past_a_title_or_initials() -> None:
    from pipeline.adapters.digest import _first_sentence_of

    assert (
        _first_sentence_of("The good Dr. Dave Syer wrote a post. More.")
        == "The good Dr. Dave Syer wrote a post"
    )
    assert _first_sentence_of("The U.S. Army said no. Then more.") == "The U.S. Army said no"
    assert _first_sentence_of("Simple. Two.") == "Simple"


_RELEASES = (
    ("TypeScript 发布 4.7 Beta", "https://devblogs.example/typescript/announcing-typescript-4-7-beta/"),
    ("webpack 发布 5.72.0", "https://github.com/webpack/webpack/releases/tag/v5.72.0"),
    ("GraphQL Yoga 发布 2", "https://www.the-guild.example/blog/announcing-graphql-yoga-v2"),
    ("RedwoodJS 发布 1", "https://community.redwoodjs.example/t/redwood-1-0-is-now-available/2958"),
)


def _weekly_story(title: str, url: str) -> str:
    said = "非常好的入门教程，作者从目录结构、各种功能，到数据的加载和提交都讲得非常清楚，值得一读。"
    return f"## {title}\n{url}\n\n{said}\n\n"


def test_a_group_of_releases_titled_in_two_scripts_tells_each_release() -> None:
    page = (
        "# MDH 前端周刊第 48 期：Remix Routes、ShadowRealms\n\n"
        + _weekly_story("Remix Routes", "https://www.smashing.example/2022/03/remix-routes-demystified/")
        + _weekly_story("ShadowRealms", "https://2ality.example/2022/04/shadow-realms.html")
        + _weekly_story("Rome Formatter", "https://rome.example/blog/2022/04/05/rome_formatter_release")
        + _weekly_story("Resumability", "https://www.builder.example/blog/why-resumability")
        + "## 发布\n\n以下是上周社区的其他重要发布。\n\n"
        + "".join(f"- [{title}]({url})\n" for title, url in _RELEASES)
        + "\n## 小结\n\n以上就是本期我的分享。持续更新不易，如果你喜欢本周刊，欢迎转发给你的朋友。\n"
    )
    titles = [title_of(r) for r in read_capture(page)]
    assert titles == [
        "Remix Routes",
        "ShadowRealms",
        "Rome Formatter",
        "Resumability",
        *(title for title, _ in _RELEASES),
    ]


def test_mixed_script_headlines_count_their_characters_as_words() -> None:
    from pipeline.adapters.digest import _is_headline

    assert _is_headline("webpack 发布 5.72.0")
    assert _is_headline("RedwoodJS 发布 1")
    assert not _is_headline("数据结构课程 1")
    assert not _is_headline("今日头条")
    assert not _is_headline("GitHub 热门")


def test_a_dated_meetings_notes_with_its_roll_are_no_news() -> None:
    page = (
        "# Node Foundation TSC Meeting 2016-01-07\n\n## Links\n\n* **GitHub Issue**: <https://github.com/nodejs/TSC/issues/27>\n\n"
        "## Present\n\n## Agenda\n\n### nodejs/node\n\n"
        "* invite prior contributors to the nodejs org [#3802](https://github.com/nodejs/node/issues/3802)\n"
        "* doc: add Working Groups document [#24](https://github.com/nodejs/TSC/pull/24)\n\n"
        "## Next Meeting\n\n2016-01-14\n"
    )
    assert rejection(page) == "a meeting's minutes, not a page of news"
    story = (
        f"---\ntitle: Fed meeting ends with rates held\ndate: 2026-01-28\n---\n\n{PROSE_EN}\n\n{_STATEMENT}\n"
    )
    assert title_of(read_capture(story)[0]) == "Fed meeting ends with rates held"


def test_a_dates_words_in_a_byline_name_no_author() -> None:
    from pipeline.adapters.article_page import _a_dates_words

    assert _a_dates_words("Jan 9")
    assert _a_dates_words("Wednesday January")
    assert not _a_dates_words("June Smith")
    paragraphs = "".join(
        f"<p>{PROSE_EN} The {k}th release note says what changed and how to update the toolchain.</p>"
        for k in range(1, 7)
    )
    page = (
        "<html><head><title>Announcing Rust 1.84.0 | Rust Blog</title></head><body>"
        '<section class="white"><header><h2>Announcing Rust 1.84.0</h2></header>'
        '<div class="publish-date-author">Jan. 9, 2025 &middot; The Rust Release Team</div>'
        f'<div class="post">{paragraphs}</div></section></body></html>'
    )
    (record,) = read_capture(page, "html")
    assert "Jan 9" not in record.authors


def test_a_pages_title_shown_twice_by_its_sites_chrome_tells_no_two_stories() -> None:
    title = "⚡ Weekly Recap: Cisco 0-Day, AI Agent RCE and Browser Hijacks"
    url = "https://thehackernews.example/2026/09/weekly-recap-cisco-0-day.html"
    page = (
        f"---\ntitle: {title}\nurl: {url}\ndate: 2026-09-21\n---\n\n# {title}\n\n"
        "#1 Trusted Cybersecurity News Platform\n\n[Follow us](https://twitter.com/thehackersnews)\n\n"
        "Reach out to get featured: contact us with your story idea.\n\n"
        f"# [{title}]({url})\n\n{PROSE_EN}\n\n{_STATEMENT}\n"
    )
    records = read_capture(page)
    assert len(records) == 1
    assert records[0].canonical_url == url


def test_a_persons_profile_is_a_storys_address_only_where_it_names_no_other() -> None:
    from pipeline.normalize import article_url, profile_page

    assert profile_page("https://www.linkedin.com/in/eduardo-apolinario-7b222035/")
    assert profile_page("https://www.reddit.com/user/someone")
    assert not profile_page("https://www.linkedin.com/pulse/why-flyte-eduardo-apolinario")
    talk = "https://www.youtube.com/watch?v=ikOAwVLjHUM"
    assert article_url(["https://www.linkedin.com/in/eduardo-apolinario-7b222035/", talk]) == talk
    assert article_url(["https://github.com/moan0s", "https://news.example/a"]) == "https://news.example/a"
    assert article_url(["https://x.com/simonw"]) == "https://x.com/simonw"
