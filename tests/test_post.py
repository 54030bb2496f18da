"""The reader of a site's own Markdown post (front matter with a title and a date over prose)."""

from __future__ import annotations

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline import blocks, extract
from pipeline.adapters import REGISTRY, AdapterError, post
from pipeline.models import PageRecord

_BODY = (
    "Cloud dependency is no longer just an IT issue; it has become a matter of national security and "
    "financial stability. In an unprecedented move, the UK Treasury has designated four providers as "
    "critical third parties to the British financial sector.\n\n"
    "### What Does This Designation Mean?\n"
    "Starting July 13, 2026, specified critical services supplied by these entities will enter a new "
    "supervisory regime, so that an outage does not take down the country's banks and insurers.\n"
)
_POST = (
    "---\n"
    'title: "Cloud Giants Designated as Critical Third Parties in the UK"\n'
    "pubDatetime: 2026-07-11T10:00:00Z\n"
    "author: Nauta Lab\n"
    "tags:\n  - cloud\n  - regulation\n"
    'description: "The UK Treasury mandates new resilience rules for cloud giants."\n'
    "canonicalURL: https://example.org/posts/uk-critical-third-parties\n"
    "---\n\n"
    "*🌐 [Leer este artículo en español](/posts/uk-critical-third-parties-es)*\n\n"
    '{{< figure src="/img/cloud.png" >}}\n\n' + _BODY
)


def read(text: str) -> list[PageRecord]:
    """The records of a Markdown page, whether its adapter gives one or several."""
    page = blocks.parse(text, "text")
    adapter = extract.choose(page)
    assert adapter is not None
    got = adapter.extract(page)
    return got if isinstance(got, list) else [got]


def chosen(text: str) -> str | None:
    adapter = extract.choose(blocks.parse(text, "text"))
    return adapter.name if adapter else None


def test_a_post_is_read_from_its_front_matter_and_text() -> None:
    page = blocks.parse(_POST, "text")
    assert extract.choose(page) is REGISTRY["front_matter_post"]
    record = extract.choose(page).extract(page)
    assert record.canonical_url == "https://example.org/posts/uk-critical-third-parties"
    assert [c.value for c in record.published_at] == ["2026-07-11T10:00:00Z"]
    assert record.authors == ["Nauta Lab"]
    assert [t.text for t in record.tags] == ["cloud", "regulation"]
    texts = {t.kind: t for t in record.texts}
    assert texts["title"].text == "Cloud Giants Designated as Critical Third Parties in the UK"
    assert texts["description"].text == "The UK Treasury mandates new resilience rules for cloud giants."
    body = texts["body"]
    assert (body.lang, body.origin) == ("en", "original")
    # the language switch and the template's figure tag are the site's, not the post's
    assert body.text.startswith("Cloud dependency is no longer")
    assert "What Does This Designation Mean?" in body.text
    assert "Leer" not in body.text and "{{" not in body.text
    assert record.original_language == "en"


def test_a_pelican_post_is_read_from_its_metadata_header() -> None:
    header = "Title: Cloud Giants Designated as Critical Third Parties in the UK\nDate: 2026-07-11 10:00\n"
    page = blocks.parse(header + "Author: Nauta Lab\n\n" + _BODY, "text")
    record = extract.choose(page).extract(page)
    assert record.adapter == "front_matter_post"
    assert [c.value for c in record.published_at] == ["2026-07-11T10:00"]
    assert record.authors == ["Nauta Lab"]
    assert record.texts[0].text == "Cloud Giants Designated as Critical Third Parties in the UK"


@pytest.mark.parametrize(
    ("change", "why"),
    [
        (("pubDatetime: 2026-07-11T10:00:00Z\n", ""), "no date: a page, not a post"),
        ((_BODY, "A short note.\n"), "too little text to be an article"),
    ],
)
def test_what_is_no_post_is_not_read_as_one(change: tuple[str, str], why: str) -> None:
    assert change[0] in _POST
    assert chosen(_POST.replace(*change)) != "front_matter_post", why


def test_an_issue_that_cites_pages_is_no_post_but_a_roundup_in_its_own_words_is() -> None:
    issue = _POST.replace(
        "Cloud Giants Designated as Critical Third Parties in the UK", "Cloud News Daily - 2026-07-11"
    )
    assert chosen(issue) == "front_matter_post"  # the site's own words about the week: its post
    cited = issue + (
        "\n- [Treasury names four providers](https://gov.example.uk/news/ctp)\n"
        "- [Banks welcome the regime](https://news.example.com/banks-ctp)\n"
    )
    assert chosen(cited) != "front_matter_post"  # an issue's stories cite their pages


def test_a_post_that_summarises_another_page_stays_with_the_digest_reader() -> None:
    summarised = _POST.replace("canonicalURL:", "source_url: https://www.gov.uk/news/ctp\ncanonicalURL:")
    assert chosen(summarised) == "generic_digest"
    with_summary = _POST.replace("### What Does", "## Summary\n\nThe Treasury acts.\n\n### What Does")
    assert chosen(with_summary) == "generic_digest"


def test_an_html_page_is_never_a_post() -> None:
    html = "<html><head><title>Cloud Giants</title></head><body><p>" + _BODY + "</p></body></html>"
    page = blocks.parse(html, "html")
    assert post.FrontMatterPost().claims(page) == 0.0


_FRONT_MATTER_VALUES = st.one_of(
    st.none(), st.integers(), st.text(max_size=30), st.lists(st.text(max_size=10), max_size=3), st.dates()
)


@settings(max_examples=150, deadline=None)
@given(
    fm=st.dictionaries(
        st.sampled_from(["title", "date", "author", "authors", "tags", "description", "url", "pubDatetime"]),
        _FRONT_MATTER_VALUES,
    ),
    body=st.text(max_size=600),
)
def test_any_front_matter_and_text_is_read_or_refused_in_one_line(fm: dict, body: str) -> None:
    text = "---\n" + yaml.safe_dump(fm, allow_unicode=True) + "---\n\n" + body
    page = blocks.parse(text, "text")
    reader = post.FrontMatterPost()
    if reader.claims(page) == 0.0:
        return
    try:
        record = reader.extract(page)
    except AdapterError as error:
        assert "\n" not in str(error)
        return
    assert any(t.kind == "title" and t.text for t in record.texts)
    assert any(t.kind == "body" and t.text for t in record.texts)


@pytest.mark.parametrize(
    ("byline", "author", "day"),
    [
        ("**Posted by mountainriver on 2025-06-25**", "mountainriver", "2025-06-25"),
        ("By Jane Doe · March 3, 2026", "Jane Doe", "2026-03-03"),
    ],
)
def test_a_post_without_front_matter_states_its_title_and_byline_in_its_first_lines(
    byline: str, author: str, day: str
) -> None:
    page = blocks.parse(f"# The scam that is Visa Account Updater\n\n{byline}\n\n{_BODY}", "text")
    assert extract.choose(page) is REGISTRY["front_matter_post"]
    record = extract.choose(page).extract(page)
    assert record.authors == [author]
    assert [c.value for c in record.published_at] == [day]
    texts = {t.kind: t.text for t in record.texts}
    assert texts["title"] == "The scam that is Visa Account Updater"
    assert texts["body"].startswith("Cloud dependency") and author not in texts["body"]


@pytest.mark.parametrize(
    ("dateline", "day"),
    [
        ("*Published: February 3, 2026*", "2026-02-03"),
        ("Published :`2024-07-19 11:13:27`", "2024-07-19T11:13:27"),
        ("发布时间：2026年2月3日", "2026-02-03"),
    ],
)
def test_a_post_without_front_matter_may_state_its_date_in_a_dateline(dateline: str, day: str) -> None:
    page = blocks.parse(f"# The scam that is Visa Account Updater\n\n{dateline}\n\n{_BODY}", "text")
    assert extract.choose(page) is REGISTRY["front_matter_post"]
    record = extract.choose(page).extract(page)
    assert [c.value for c in record.published_at] == [day]
    assert record.authors == []
    texts = {t.kind: t.text for t in record.texts}
    assert texts["title"] == "The scam that is Visa Account Updater"
    assert texts["body"].startswith("Cloud dependency")


def test_a_title_over_a_date_alone_is_no_byline() -> None:
    # a digest's or a briefing's date line names no author: no post is read from it
    assert chosen(f"# Daily Briefing\n\n2026-03-01\n\n{_BODY}") != "front_matter_post"


@pytest.mark.parametrize(
    ("head", "day"),
    [
        ("NICOLE ROE\n\n2020-09-11 16:53:27", "2020-09-11T16:53:27"),
        ("日期：Tue, 30 Jun 2020 07:45:33 +0000", "2020-06-30T07:45:33Z"),
        ("31 分钟前", None),  # an archived copy need not state its date
    ],
)
def test_an_archived_article_is_read_from_its_linked_title(head: str, day: str | None) -> None:
    url = "https://cn.news.example.com/usa/20200911/cloud-rules/"
    page = blocks.parse(
        f"<!--1602236799000-->\n[云服务商被列为关键第三方]({url})\n------\n\n{head}\n\n{_BODY}", "text"
    )
    assert extract.choose(page) is REGISTRY["front_matter_post"]
    record = extract.choose(page).extract(page)
    assert record.canonical_url == url
    assert [c.value for c in record.published_at] == ([day] if day else [])
    texts = {t.kind: t for t in record.texts}
    assert texts["title"].text == "云服务商被列为关键第三方" and texts["title"].origin == "original"
    assert texts["body"].origin == "original"
    assert texts["body"].text.startswith("Cloud dependency" if day else head)


def test_a_heading_linked_to_a_relative_page_is_no_archived_article() -> None:
    assert chosen(f"# [Cloud rules](./cloud-rules.md)\n\n{_BODY}") != "front_matter_post"


def _read(text: str):
    page = blocks.parse(text, "text")
    adapter = extract.choose(page)
    assert adapter is not None and adapter.name == "front_matter_post"
    return adapter.extract(page)


def test_a_web_clippers_copy_names_its_original_under_its_title() -> None:
    text = (
        "# Economist fears ‘end of capitalism’ amid ‘Greedflation’ | Fortune\n"
        "[Economist fears ‘end of capitalism’ amid ‘Greedflation’ | Fortune]"
        "(https://fortune.com/2023/04/05/end-of-capitalism-greedflation/) \n\n" + _BODY
    )
    record = _read(text)
    assert record.canonical_url == "https://fortune.com/2023/04/05/end-of-capitalism-greedflation/"
    assert record.publisher is not None and record.publisher.value == "Fortune"
    assert [t.text for t in record.texts if t.kind == "title"] == [
        "Economist fears ‘end of capitalism’ amid ‘Greedflation’"
    ]
    assert next(t for t in record.texts if t.kind == "body").text.startswith("Cloud dependency")


def test_a_reader_services_copy_is_read_from_its_header() -> None:
    text = (
        "Title: The Future is NOT Self-Hosted\n\n"
        "URL Source: https://www.example.com/story/the-future-is-not-self-hosted/\n\n"
        "Published Time: 2025-07-25T11:58:53.000Z\n\nMarkdown Content:\n" + _BODY
    )
    record = _read(text)
    assert record.canonical_url == "https://www.example.com/story/the-future-is-not-self-hosted/"
    assert [c.value for c in record.published_at] == ["2025-07-25T11:58:53Z"]
    assert [t.text for t in record.texts if t.kind == "title"] == ["The Future is NOT Self-Hosted"]
    assert "URL Source" not in next(t for t in record.texts if t.kind == "body").text


_CLIP_HEAD = (
    "---\n"
    'title: "Loop Engineering"\n'
    'source: "https://addyo.substack.com/p/loop-engineering"\n'
    "author:\n"
    '  - "[[Addy Osmani]]"\n'
    "published:\n"
    "created: 2026-06-10\n"
    'description: "Loop engineering is replacing yourself as the person who prompts the agent."\n'
)


@pytest.mark.parametrize(
    "marks",
    [
        'tags:\n  - "clippings"\n',  # Obsidian Web Clipper's default template
        "clipped_at: 2026-06-10\ntags: ['agents']\n",
    ],
)
def test_a_web_clippers_copy_in_front_matter_is_the_original_at_its_source(marks: str) -> None:
    record = _read(_CLIP_HEAD + marks + "---\n" + _BODY)
    assert record.canonical_url == "https://addyo.substack.com/p/loop-engineering"
    assert record.authors == ["Addy Osmani"]
    assert record.published_at == []  # the clipper left the original's date empty
    assert record.cached_at == "2026-06-10"
    body = next(t for t in record.texts if t.kind == "body")
    assert (body.origin, body.text[:16]) == ("original", "Cloud dependency")
    assert not [t for t in record.texts if t.kind == "summary"]


def test_a_summary_naming_its_source_in_front_matter_is_no_clip() -> None:
    # (with no clip mark, and not all the keys of Obsidian Web Clipper's own template: no "published:")
    text = _CLIP_HEAD.replace("published:\n", "") + "tags:\n  - agents\n---\n" + _BODY
    page = blocks.parse(text, "text")
    assert chosen(text) == "generic_digest"
    record = extract.choose(page).extract(page)[0]
    assert record.canonical_url == "https://addyo.substack.com/p/loop-engineering"
    assert [t.origin for t in record.texts if t.kind == "summary"] == ["machine_generated"]
    assert record.authors == ["Addy Osmani"]  # the note-taking app's link to a note is a name


def test_a_clip_whose_text_opens_with_its_date_alone_is_dated_by_it() -> None:
    record = _read(_CLIP_HEAD + 'tags:\n  - "clippings"\n---\n2025年10月14日\n\n  \n\n' + _BODY)
    assert [c.value for c in record.published_at] == ["2025-10-14"]
    assert record.cached_at == "2026-06-10"
    undated = _read(_CLIP_HEAD + 'tags:\n  - "clippings"\n---\nOn 2025-10-14 the Treasury met.\n\n' + _BODY)
    assert undated.published_at == []  # a sentence naming a day is no dateline


_FEED_EXPORT = (
    "---\n"
    "category: comp-journalism\n"
    "date: '{date}'\n"
    "exported_at: '2025-11-11T15:20:02.501045+00:00'\n"
    "feed: https://www.theguardian.com/media/data-journalism/rss\n"
    "source_url: https://www.theguardian.com/news/2023/nov/30/the-crunch-noisychart-audio-video-series\n"
    "title: Welcome to The Crunch. Wait, what is The Crunch?\n"
    "---\n\n"
)


def test_a_feed_readers_export_of_an_item_is_its_articles_text() -> None:
    promotion = (
        "[skip past newsletter promotion](#EmailSignup-skip-link-15)\n\nSign up to\n\nThe Crunch\n\n"
        "Free fortnightly newsletter\n\nafter newsletter promotion\n\n"
    )
    text = _FEED_EXPORT.format(date="2025-11-11T15:20:00.732876+00:00") + _BODY + "\n" + promotion + _BODY
    record = _read(text)
    assert record.canonical_url.endswith("/the-crunch-noisychart-audio-video-series")
    assert record.published_at == []  # "date:" is when the export was made, not the article
    assert record.cached_at == "2025-11-11T15:20:02Z"
    (body,) = [t for t in record.texts if t.kind == "body"]
    assert body.origin == "original" and body.text.startswith("Cloud dependency")
    assert "newsletter" not in body.text  # the sign-up box a screen reader may skip
    assert not [t for t in record.texts if t.kind == "summary"]
    dated = _read(_FEED_EXPORT.format(date="2023-11-30T06:00:00+00:00") + _BODY)
    assert [c.value for c in dated.published_at] == ["2023-11-30T06:00:00Z"]


def test_a_clips_related_list_ends_its_text_however_long_the_sites_chrome_after_it() -> None:
    related = "".join(
        f"- [Related headline number {n} about the cloud](https://www.example.com/r{n})\n" for n in range(4)
    )
    chrome = "".join(
        f"[Tag {n}](https://www.example.com/tag/{n}) / [Topic {n}](https://www.example.com/t/{n})\n\n"
        for n in range(60)
    )
    text = (
        _CLIP_HEAD
        + 'tags:\n  - "clippings"\n---\n'
        + _BODY
        + "\n#### Related articles\n\n"
        + related
        + "\n#### Tag cloud\n\n"
        + chrome
        + "#### Blogger in Chief\n\nJane Roe, an editor since 2009.\n\nFollow us on Twitter: @example\n"
    )
    (body,) = [t for t in _read(text).texts if t.kind == "body"]
    assert body.text.rstrip().endswith("insurers.")


def test_a_read_later_export_is_the_saved_article_at_its_read_original_address() -> None:
    page = (
        "---\nid: f733a94a-e867-11ee-b4c7-77e9f7d786bc\ntitle: The current branch in git\n"
        "tags:\n  - RSS\ndate_published: 2024-03-22 08:15:02\n---\n\n"
        "# The current branch in git\n#Omnivore\n\n"
        "[Read on Omnivore](https://omnivore.app/me/the-current-branch-in-git-18e66f5d7c5)\n"
        "[Read Original](https://blog.example.ca/2024/03/22/the-current-branch-in-git/)\n\n" + _BODY
    )
    (record,) = read(page)
    assert record.adapter == "front_matter_post"
    assert record.canonical_url == "https://blog.example.ca/2024/03/22/the-current-branch-in-git/"
    assert [c.value for c in record.published_at] == ["2024-03-22T08:15:02"]
    (body,) = [t for t in record.texts if t.kind == "body"]
    assert body.origin == "original" and body.text.startswith("Cloud dependency is no longer")
    assert "Omnivore" not in body.text and "Read Original" not in body.text


def test_a_clipped_article_that_closes_on_its_own_summary_section_is_the_article() -> None:
    page = (
        '---\ntitle: "Cloud Giants Designated as Critical Third Parties"\n'
        'source: "https://news.example.org/2026/07/11/cloud-giants"\npublished: 2026-07-11\n'
        "created: 2026-07-30\ntags:\n  - clippings\n---\n"
        + _BODY
        + "\n## Summary\n\nFour cloud providers now answer to the regulators of the City of London.\n"
    )
    (record,) = read(page)
    assert record.adapter == "front_matter_post"
    assert record.canonical_url == "https://news.example.org/2026/07/11/cloud-giants"
    assert [t.kind for t in record.texts if t.kind in ("summary", "body")] == ["body"]


def _text_of(record: PageRecord, kind: str) -> list[str]:
    return [t.text for t in record.texts if t.kind == kind]


def test_a_web_archives_copy_is_its_originals_text_at_its_originals_address() -> None:
    record = _read(
        "---\n"
        'title: "360全景──日本合掌村秋色"\n'
        'date: "2017-01-08"\n'
        'author: "黃志全"\n'
        'url: "https://web.archive.org/web/20210710232118/https://www.hkcnews.com/article/200/x"\n'
        "---\n\n"
        "# 360全景──日本合掌村秋色\n\n"
        "名列世界遺產的日本岐阜縣合掌村，說它是世外桃源並不為過，從繽紛混濁的世界踏足深山小村，"
        "山明水秀，五色紛陳，強大的氣場令燥動慣的心自自然然平靜下來。\n\n"
        "拍攝器材及參數：Nikon D800 Sigma 10mm鏡 ISO:200 F:9 S:1/200，攝於秋天的合掌村。\n\n"
        "村中的合掌造建築以茅草為頂，屋頂陡斜，以抵禦冬季的大雪；秋天時滿山紅葉，與灰黃的屋頂相映成趣，"
        "遊人不多，村民照常生活，田間還可見到收割後的稻草，一切彷彿停留在百年前的模樣。\n"
    )
    assert record.canonical_url == "https://www.hkcnews.com/article/200/x"
    assert _text_of(record, "body")[0].startswith("名列世界遺產的日本岐阜縣合掌村")


def test_a_markdownload_clip_is_titled_by_its_heading_and_keeps_its_excerpt_apart() -> None:
    record = _read(
        "---\n"
        "created: 2023-07-20T23:08:15 (UTC +08:00)\n"
        "tags: []\n"
        "source: https://medium.com/nerd-for-tech/switching-github-accounts-d87e50bb5511\n"
        "author: William Infante\n"
        "---\n\n"
        "# Switching GitHub accounts in your terminal | by William Infante | Nerd For Tech | Medium\n\n"
        "> ## Excerpt\n"
        "> Quick rundown on what to check and change when you're switching GitHub accounts\n\n"
        "---\n"
        "[\n\n![William Infante](https://miro.medium.com/1.jpeg)\n\n"
        "](https://medium.com/@williaminfante?source=post_page)[\n\n"
        "![Nerd For Tech](https://miro.medium.com/2.png)\n\n](https://medium.com/nerd-for-tech)\n\n" + _BODY
    )
    assert record.canonical_url == "https://medium.com/nerd-for-tech/switching-github-accounts-d87e50bb5511"
    # Medium's title signs the story and names its publication after it
    assert _text_of(record, "title") == ["Switching GitHub accounts in your terminal"]
    assert record.publisher is not None and record.publisher.value == "Nerd For Tech"
    assert record.authors == ["William Infante"]
    assert _text_of(record, "description") == [
        "Quick rundown on what to check and change when you're switching GitHub accounts"
    ]
    assert _text_of(record, "body")[0].startswith("Cloud dependency is no longer just an IT issue")


def test_a_clippers_summary_box_is_the_copys_summary_not_its_text() -> None:
    record = _read(
        "---\n"
        'title: "AI 시대, JPA의 복잡성 대신 본질에 집중하기"\n'
        'source: "https://brunch.co.kr/@cleancode/95"\n'
        "published: 2025-12-21\n"
        'tags:\n  - "clippings"\n'
        "---\n\n"
        "> [!summary]\n"
        "> Argues that JPA/Hibernate is overkill for most modern Spring Boot microservices.\n\n" + _BODY
    )
    assert _text_of(record, "summary") == [
        "Argues that JPA/Hibernate is overkill for most modern Spring Boot microservices."
    ]
    assert _text_of(record, "body")[0].startswith("Cloud dependency is no longer just an IT issue")


def test_a_read_later_exports_template_head_is_no_text_of_the_copy() -> None:
    record = _read(
        "---\n"
        "title: Cloud Giants Designated as Critical Third Parties in the UK\n"
        "date_saved: 2024-02-16 08:34:51\n"
        "date_published: 2024-02-16 08:34:51\n"
        "---\n\n"
        "# Cloud Giants Designated as Critical Third Parties in the UK\n#Omnivore\n\n"
        "[Read on Omnivore](https://omnivore.app/me/cloud-giants)\n\n"
        "[Read Original](https://www.example.co.uk/cloud-giants)\n\n"
        "date_saved: 2024-02-16 08:34:51\n\n"
        "date_published: 2024-02-16 08:34:51\n\n"
        "--- \n\n# Full Content: \n\n" + _BODY
    )
    assert _text_of(record, "body")[0].startswith("Cloud dependency is no longer just an IT issue")


def test_a_clipped_article_whose_overview_follows_its_own_sections_is_the_article() -> None:
    text = (
        "---\n"
        'title: "ROS2講座17 parameterを使う2"\n'
        'source: "https://qiita.com/srs/items/9ab7456e4a3a4c5cf645"\n'
        "published: 2024-02-12\n"
        "created: 2025-08-26\n"
        'tags:\n  - "clippings"\n'
        "---\n\n"
        "## 環境\n\nこの記事は以下の環境で動いています。\n\n"
        "## 概要\n\n前回はROS2のパラメーターを操作するROSノードの記載について解説しました。"
        "今回はROS2の起動時にパラメーターを設定する方法を解説します。\n\n"
        "## ソースコード\n\nパラメーターを読み込むノードのソースコードを以下に示します。"
        "launchファイルから値を渡し、ノードの中ではdeclare_parameterで宣言してから読み出します。\n\n"
        "## 実行\n\nビルドしてからlaunchファイルを実行すると、設定した値がログに表示されます。"
        "値を変えて何度か試し、パラメーターが起動時に反映されることを確かめてください。\n"
    )
    assert chosen(text) == "front_matter_post"


def test_a_clips_title_loses_the_site_name_its_own_heading_goes_without() -> None:
    export = (
        "---\nid: 10b48cfa\ntitle: |\n  揭秘最强视频生成模型 Sora，OpenAI 是怎么实现的？ | 爱范儿\n"
        "tags:\n  - RSS\ndate_published: 2024-02-16 08:34:51\n---\n\n"
        "# 揭秘最强视频生成模型 Sora，OpenAI 是怎么实现的？ | 爱范儿\n#Omnivore\n\n"
        "[Read Original](https://www.ifanr.com/1575461)\n\n"
        "## 揭秘最强视频生成模型 Sora，OpenAI 是怎么实现的？\n\n" + _BODY
    )
    record = _read(export)
    assert [t.text for t in record.texts if t.kind == "title"] == [
        "揭秘最强视频生成模型 Sora，OpenAI 是怎么实现的？"
    ]
    assert record.publisher is not None and record.publisher.value == "爱范儿"
    assert next(t for t in record.texts if t.kind == "body").text.startswith("Cloud dependency")
    unshown = export.replace("## 揭秘最强视频生成模型 Sora，OpenAI 是怎么实现的？\n\n", "")
    assert next(t.text for t in _read(unshown).texts if t.kind == "title").endswith("| 爱范儿")


def test_a_digests_issue_whose_stories_are_told_in_prose_is_read_as_the_sites_post() -> None:
    # "This Week In Rust 1": its news in sentences under "## Notable additions", which the digest
    # reader cannot tell apart; the issue is the site's own post rather than no record at all
    head = (
        "---\ntitle: Rust Weekly 1\ndate: 2013-06-07 18:46\n---\n\n"
        "Hello and welcome to the first issue of *This Week In Rust*, a weekly overview of Rust and "
        "its community. I'll be covering what's cooking in incoming, meeting summaries, meetups, and "
        "anything else pertinent.\n\n"
        "The Rust interns arrived this week and have got cracking right away. We can look forward to "
        "work all over the place, especially in the runtime and the debug info.\n\n"
        "## Notable additions\n\n"
    )
    told = (
        "- Ben added the `as_c_str` string function as a method, as part of the overall "
        "methodization covered by [6045](https://github.com/mozilla/rust/pull/6045).\n"
        "- James landed a much better optimization pipeline in "
        "[6881](https://github.com/mozilla/rust/pull/6881), fixing a bunch of nascent optimization "
        "problems, especially with inlining.\n"
    )
    assert chosen(head + told) == "front_matter_post"
    (record,) = read(head + told)
    assert next(t.text for t in record.texts if t.kind == "title") == "Rust Weekly 1"
    assert [c.value[:10] for c in record.published_at] == ["2013-06-07"]
    # an issue that lists its stories by their linked titles stays with the digest reader
    listed = "".join(
        f"- [{title}](https://blog.example.org/2013/06/{n}/) — {title} was announced this week, with "
        "notes on what changed and why.\n"
        for n, title in enumerate(["Servo reaches a milestone", "Cargo ships its first release"])
    )
    assert chosen(head + listed) == "generic_digest"


def test_an_astro_posts_pubdate_dates_it() -> None:
    astro = _POST.replace("pubDatetime: 2026-07-11T10:00:00Z", "pubDate: 2026-05-01T00:00:00.000Z")
    (record,) = read(astro)
    assert record.adapter == "front_matter_post"
    assert [c.value for c in record.published_at] == ["2026-05-01T00:00:00Z"]


def test_a_read_later_export_without_a_stated_title_is_titled_by_its_heading() -> None:
    export = (
        "---\nid: 54e6d9fb-06d1-48e6-bb6b-7e79c8b242c4\n\nurl: https://cosx.org/2012/03/causality2-rcm/\n---\n\n\n"
        "tags:: \n\n"
        "# 因果推断简介之二：Rubin Causal Model (RCM) 和随机化试验\n#Omnivore\n\n"
        "[Read on Omnivore](https://omnivore.app/me/rubin-causal-model-rcm-18f9b5a091e)\n"
        "[Read Original](https://cosx.org/2012/03/causality2-rcm/)\n\n"
        + "因果推断用的最多的模型是 Rubin Causal Model 和 Causal Diagram，这部分主要讲前者。" * 9
        + "\n"
    )
    assert chosen(export) == "front_matter_post"
    (record,) = read(export)
    assert record.canonical_url == "https://cosx.org/2012/03/causality2-rcm/"
    texts = {t.kind: t.text for t in record.texts}
    assert texts["title"] == "因果推断简介之二：Rubin Causal Model (RCM) 和随机化试验"
    assert "Omnivore" not in texts["body"]


def test_an_omnivore_export_with_its_own_closing_summary_is_one_article() -> None:
    text = "Daily notes are an ideal way of keeping records of your day, and Dataview lists them. " * 12
    export = (
        "---\ntitle: |\n  How to use Dataview in Obsidian Daily Notes\nauthor: |\n  Ric Raftis\n"
        "date_saved: 2023-08-08 00:08:02\ndate_published: 2022-12-11 19:39:26\n---\n\n"
        "# How to use Dataview in Obsidian Daily Notes\n#Omnivore\n\n"
        "[Read on Omnivore](https://omnivore.app/me/how-to-use-dataview-189d354946c)\n\n"
        "[Read Original](https://medium.com/@ricraftis/how-to-use-dataview-e3a2c9939c0c)\n\n"
        "date_saved: 2023-08-08 00:08:02\n\n--- \n\n# Full Content: \n\n"
        "Photo by [Krishna Pandey](https://unsplash.com/@krishna2803) on [Unsplash](https://unsplash.com/)\n\n"
        f"{text}\n\n## Summary\n\nDataview is a powerful plugin in Obsidian and has many uses.\n"
    )
    (record,) = read(export)
    assert record.adapter == "front_matter_post"
    assert record.canonical_url == "https://medium.com/@ricraftis/how-to-use-dataview-e3a2c9939c0c"


def test_a_read_it_later_save_states_its_fields_under_headings() -> None:
    export = (
        "---\nfavorite: false\ntags:\n  - clippings\n---\n"
        "# Chrome拡張機能をTypescriptで作ってみた - Qiita\n  #ReadItLater \n #ReadableArticle\n\n"
        "## articleURL\nhttps://qiita.com/y_inoue15/items/8c3d21b97ec251af853f\n\n"
        "## siteName\nQiita\n\n## date\n2024-11-28\n\n## articleContent\n"
        + "皆さんはマジカルミライをご存知でしょうか。チケットを応募する際に面倒な点がありました。" * 8
        + "\n"
    )
    (record,) = read(export)
    assert record.canonical_url == "https://qiita.com/y_inoue15/items/8c3d21b97ec251af853f"
    assert record.cached_at == "2024-11-28"
    assert record.published_at == []
    texts = {t.kind: t.text for t in record.texts}
    assert texts["title"] == "Chrome拡張機能をTypescriptで作ってみた"
    assert texts["body"].startswith("皆さんは")


def test_a_copy_headed_by_its_site_linked_to_the_original_is_that_article() -> None:
    copy = (
        "# InnoDB重做日志架构和innodb\\_redo\\_log\\_capacity系统变量(译文)\n\n"
        "[blog.csdn.net](https://blog.csdn.net/weixin_43424368/article/details/128506402)成就一亿技术人!\n\n"
        + "从MySQL 8.0.30开始，InnoDB的重做日志架构发生了重大变化，重做日志文件被固定为32个。" * 8
        + "\n"
    )
    (record,) = read(copy)
    assert record.adapter == "front_matter_post"
    assert record.canonical_url == "https://blog.csdn.net/weixin_43424368/article/details/128506402"
    assert "成就一亿技术人" not in next(t.text for t in record.texts if t.kind == "body")


@pytest.mark.parametrize(
    "stamp",
    [
        'slurped: 2026-07-03T15:34\nlink: "https://www.glukhov.org/fr/outbox/"',
        'source: "https://www.glukhov.org/fr/outbox/"\ntags:\n  - "archive-web"',
    ],
)
def test_a_clipped_copys_sources_section_names_no_original_of_it(stamp: str) -> None:
    copy = (
        f"---\ntitle: Patron Outbox transactionnel en Go avec PostgreSQL\n{stamp}\n---\n\n"
        + "Deux écritures qui devraient réussir ensemble échoueront éventuellement séparément. " * 10
        + "\n\n## Sources\n\n- [PostgreSQL FOR UPDATE SKIP LOCKED](https://www.postgresql.org/docs/current/sql-select.html)\n"
    )
    (record,) = read(copy)
    assert record.adapter == "front_matter_post"
    assert record.canonical_url == "https://www.glukhov.org/fr/outbox/"


def test_obsidians_own_clip_template_marks_a_clip_whatever_its_tags() -> None:
    clip = (
        '---\ntitle: "Google、すべてのサービスにMCPサーバを提供すると宣言"\n'
        'source: "https://www.publickey1.jp/blog/25/googleaimcp.html"\nauthor: ""\npublished: ""\n'
        'created: "2025-12-11"\ndescription: "Googleは、MCPサーバを提供すると発表しました。"\n'
        'tags:\n  - "raw"\n---\n\n'
        "2025年12月11日\n\n"
        + "Googleは、生成AIと同社のクラウドサービスを接続できるMCPサーバを提供すると発表しました。" * 6
        + "\n"
    )
    (record,) = read(clip)
    assert record.canonical_url == "https://www.publickey1.jp/blog/25/googleaimcp.html"
    assert record.cached_at == "2025-12-11"


def test_a_title_cut_short_is_made_whole_by_the_heading_that_gives_it() -> None:
    copy = (
        "Title: BrowserStack analysis: unpatched inactive machine compromised by shel…\n\n"
        "URL Source: http://archive.today/rsmmS\n\nPublished Time: 2022-09-23T02:28:51Z\n\n"
        "Markdown Content:\n"
        "# BrowserStack analysis: unpatched inactive machine compromised by shellshock vulnerability\n\n"
        + "BrowserStack found that an unpatched inactive machine had been compromised by shellshock. " * 8
        + "\n"
    )
    (record,) = read(copy)
    assert next(t.text for t in record.texts if t.kind == "title") == (
        "BrowserStack analysis: unpatched inactive machine compromised by shellshock vulnerability"
    )
