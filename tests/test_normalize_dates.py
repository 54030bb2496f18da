"""Dates to ISO 8601, titles, publishers, chrome and URLs."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline import dates
from pipeline.normalize import (
    article_url,
    canonical_url,
    fold,
    is_chrome,
    label_key,
    label_of,
    labelled_value,
    names_many_articles,
    outlet_suffix,
    publisher_from_feed,
    split_title_suffix,
    strip_captions,
)


@pytest.mark.parametrize(
    ("text", "utc", "expected"),
    [
        ("OpenAIOpenAI NewsApr 27, 2026, 6:00 AM", True, "2026-04-27T06:00:00Z"),
        ("Feb 27, 2026, 5:30 PM", True, "2026-02-27T17:30:00Z"),
        ("April 27, 2026", False, "2026-04-27"),
        ("2026年4月27日 | 企業", False, "2026-04-27"),
        ("公開日: 2026-02-27T05:30:00.000Z", False, "2026-02-27T05:30:00Z"),
        ("2026-02-27T14:30:00+09:00", False, "2026-02-27T05:30:00Z"),
        ("Cached at: 05/08/26, 09:31 AM", False, "2026-05-08T09:31"),
        ("Our principles Company Apr 26, 2026", False, "2026-04-26"),
        ("OpenAI to acquire Astral — Company — Mar 19, 2026", False, "2026-03-19"),
        ("27 April 2026", False, "2026-04-27"),
        ("12:00 AM Jan 1", False, None),
    ],
)
def test_dates_in_every_seed_format_become_iso_8601(text: str, utc: bool, expected: str | None) -> None:
    assert dates.parse_date(text, assume_utc=utc) == expected


def test_cached_at_is_month_day_year() -> None:
    assert dates.parse_date("05/08/26") == "2026-05-08"
    assert dates.parse_date("12/31/2025, 11:59 PM") == "2025-12-31T23:59"


def test_numeric_dates_read_day_first_where_the_page_does() -> None:
    assert dates.parse_date("08/01/2014") == "2014-08-01"  # the US-made aggregators' habit
    assert dates.parse_date("08/01/2014", day_first=True) == "2014-01-08"
    assert dates.parse_date("25/12/2014") == "2014-12-25"  # valid only day first
    assert dates.parse_date("12/25/2014", day_first=True) == "2014-12-25"  # valid only month first
    assert dates.parse_date("Stand: 24.11.2026 14:05 Uhr") == "2026-11-24T14:05"  # dotted: day first
    assert dates.parse_date("am 08.01.2014.") == "2014-01-08"
    assert dates.parse_date("v1.2.2026") is None  # a version number
    assert dates.parse_date("1.2.2026.5") is None


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("AI & Teknoloji Radarı Arşivi • 30 Eylül 2026", "2026-09-30"),
        ("Edición del 14 de julio de 2026", "2026-07-14"),
        ("2 de março de 2025", "2025-03-02"),
        ("Stand: 4. März 2026, 10:30", "2026-03-04T10:30"),
        ("le 1er mai 2026", "2026-05-01"),
        ("3 марта 2026 г.", "2026-03-03"),
        ("12 maggio 2026", "2026-05-12"),
        ("5 listopadu 2026", "2026-11-05"),
        ("Огляд новин, 26 жовтня 2023", "2023-10-26"),
        ("Radio Selkouutiset torstai 26. lokakuuta 2023", "2023-10-26"),
        ("Nyhetsöversikt 3 mars 2024", "2024-03-03"),
        ("Revista presei, 7 noiembrie 2025", "2025-11-07"),
        ("Δελτίο ειδήσεων 26 Μαΐου 2024", "2024-05-26"),
        ("راديو سلكوتيست الخميس 26 أكتوبر 2023", "2023-10-26"),
        ("रेडियो सेल्कौउटिसेट गुरुवार 26 अक्टूबर 2023", "2023-10-26"),
    ],
)
def test_month_names_of_other_languages_between_a_day_and_a_year(text: str, iso: str) -> None:
    assert dates.parse_date(text) == iso


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("날짜: 2026년 06월 17일", "2026-06-17"),
        ("2026년6월17일", "2026-06-17"),
        ("2025년 8월 4일 (월)", "2025-08-04"),
        ("2026년 6월 17일 (수) 오후 3:20", "2026-06-17T15:20"),
        ("2026년 6월 17일 수요일 15시 5분", "2026-06-17T15:05"),
        ("작성일 2026. 06. 17. 오전 12:05", "2026-06-17T00:05"),
        ("2026. 6. 17.", "2026-06-17"),
        ("2026년 2월 30일", None),
        ("release 2026.6.17", None),  # a calendar version, no Korean date
    ],
)
def test_korean_dates(text: str, iso: str | None) -> None:
    assert dates.parse_date(text) == iso


def test_a_month_name_without_its_day_is_no_date() -> None:
    assert dates.parse_date("Mai 2026") is None
    assert dates.parse_date("la mars 2026 rover") is None


def test_impossible_dates_are_not_dates() -> None:
    assert dates.parse_date("2026年2月30日") is None
    assert dates.parse_date("13/45/26") is None


def test_day_only_and_utc_times_on_the_same_day_are_compatible() -> None:
    assert dates.compatible("2026-04-27", "2026-04-27T06:00:00Z")
    assert not dates.compatible("2026-04-27", "2026-02-27T05:30:00Z")
    assert not dates.compatible("2026-04-27T06:00:00Z", "2026-04-27T07:00:00Z")


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_date_finder_never_raises(text: str) -> None:
    value = dates.parse_date(text)
    assert value is None or value[:4].isdigit()


def test_site_suffix_is_split_from_a_title() -> None:
    assert split_title_suffix("The next phase of the Microsoft OpenAI partnership | OpenAI") == (
        "The next phase of the Microsoft OpenAI partnership",
        "OpenAI",
    )
    assert split_title_suffix("Joint Statement from OpenAI and Microsoft") == (
        "Joint Statement from OpenAI and Microsoft",
        None,
    )


@pytest.mark.parametrize(
    ("title", "url", "outlet"),
    [
        # the linked site's own name after the title: its outlet
        ("Drought rules eased - ITRnews", "https://itrnews.com/a/1", "ITRnews"),
        ("Rates held again | Investing.com", "https://fr.investing.com/news/x", "Investing.com"),
        ("A museum reopens - La Revue EIN", "https://www.revue-ein.com/a", "La Revue EIN"),
        ("Ferry pilot approved - BBC", "https://www.bbc.co.uk/news/1", "BBC"),
        # Google News titles every item "Title - Outlet", whatever the outlet's name
        (
            "Ferry pilot approved - The New York Times",
            "https://news.google.com/rss/articles/CBMiQ",
            "The New York Times",
        ),
        ("Ferry pilot approved | Tips", "https://news.google.com/rss/articles/CBMiQ?oc=5", None),
        # a title's own second half names no site
        ("Launch HN: Manufact (YC S25) – MCP Cloud", "https://manufact.com/", None),
        ("Ghostty — a terminal emulator", "https://ghostty.org/docs", None),
        ("Blu - ray M - Disc backups", "https://smyck.net/2026/10/03/x", None),
        ("Ferry pilot approved - NPR", None, None),
    ],
)
def test_an_outlet_named_after_a_title_is_its_publisher(
    title: str, url: str | None, outlet: str | None
) -> None:
    bare = title[: title.rindex(outlet)].rstrip(" -|") if outlet else title
    assert outlet_suffix(title, url) == (bare, outlet)


def test_publisher_is_the_feed_name_less_its_kind() -> None:
    assert publisher_from_feed("OpenAI Blog News") == "OpenAI"
    assert publisher_from_feed("OpenAI News") == "OpenAI"
    assert publisher_from_feed("News") == "News"


@pytest.mark.parametrize(
    "line",
    [
        "Skip to main content",
        "(opens in a new window)(opens in a new window)",
        "Original Article Export to Word Export to PDF",
        "Image 2: Images 2.0 blog art card",
        "A condensed section focused on the key takeaways first.",
        "Loading…",
    ],
)
def test_chrome_lines_are_recognised(line: str) -> None:
    assert is_chrome(line)


@pytest.mark.parametrize(
    "line", ["Revenue share payments from OpenAI to Microsoft continue", "Share of revenue", "Microsoft"]
)
def test_article_text_is_not_chrome(line: str) -> None:
    assert not is_chrome(line)


def test_ui_captions_are_cut_out_of_text() -> None:
    assert strip_captions("Try ChatGPT(opens in a new window)") == "Try ChatGPT"


def test_labels_are_recognised_in_any_language() -> None:
    assert label_of("Key Points") == "key_points"
    assert label_of("AI 深度提炼") == "key_points"
    assert label_of("関連投稿:") == "related"
    assert label_of("Impact for engineers") == "implications"
    assert labelled_value("著者: OpenAI", "author") == "OpenAI"
    assert labelled_value("Microsoft: the company", "author") is None


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("📋 内容摘要", "summary"),  # an emoji before the label
        ("Key Points ✨:", "key_points"),  # after it, and a colon
        ("🏷️ Tags", "tags"),  # an emoji with its variation selector
        ("【要点】", "key_points"),  # brackets around the label
        ("[Summary]", "summary"),
        ("网址来源：", "source"),  # a scraper's "URL source:" over the address it read
        ("📰 Top Stories", None),
        ("★", None),  # decoration alone is no label
    ],
)
def test_labels_are_recognised_under_their_decoration(text: str, group: str | None) -> None:
    assert label_of(text) == group


def test_a_label_key_keeps_what_is_inside_the_label() -> None:
    assert label_key("C++:") == "c++"
    assert label_key("【要点】と【まとめ】") == "【要点】と【まとめ】"  # two bracketed labels are not one
    assert label_key("📅 Published at:") == "published at"


def test_urls_are_canonicalised() -> None:
    assert (
        canonical_url("HTTPS://OpenAI.com/index/x/?utm_source=feed&b=2&a=1#top")
        == "https://openai.com/index/x/?a=1&b=2"
    )
    assert canonical_url("javascript:alert(1)") is None
    assert canonical_url(None) is None


def test_a_stated_source_that_lists_articles_is_not_the_article() -> None:
    listing, article = "https://www.example.com/news", "https://www.example.com/news/harbour-bridge"
    assert article_url([listing, article]) == article
    assert article_url(["https://example.org/en/blog/", "https://example.org/launch"]) == (
        "https://example.org/launch"
    )
    # the section of a more specific URL on the same host, whatever its name
    section, story = "https://example.net/reports/2026", "https://example.net/reports/2026/flood"
    assert article_url([section, story]) == story
    # a listing alone names no article; a home page is taken when nothing names more
    assert article_url(["https://www.example.com/press"]) is None
    assert (
        article_url(["https://tool.example.dev/", "https://example.com/ja/news"])
        == "https://tool.example.dev/"
    )
    assert article_url(["https://blog.example.com/?p=4711"]) == "https://blog.example.com/?p=4711"
    # ... but the home pages of several sites (a brief citing "[CNBC Article](https://www.cnbc.com)",
    # "[Reuters Article](https://www.reuters.com)") name no one article
    assert article_url(["https://www.cnbc.com", "https://www.reuters.com/", "https://www.ft.com"]) is None
    assert article_url(["https://www.ft.com", "https://www.ft.com/"]) == "https://www.ft.com"
    # a search's results list pages, none of them the article
    search = "https://www.google.com/search?q=ECB+holds+rates"
    assert article_url([search, article]) == article
    assert article_url(["https://aiqicha.example.com/s?q=千寻智能"]) is None
    wechat = "https://mp.weixin.qq.com/s?__biz=MzA3MzI4MjgzMw%3D%3D&mid=2650&idx=1"  # an article at /s
    assert article_url([wechat]) == wechat
    # a one-segment article path, and page order among articles
    assert article_url(["https://example.com/glasswing", "https://example.com/other"]) == (
        "https://example.com/glasswing"
    )
    assert article_url(["not a url", "javascript:alert(1)"]) is None


def test_a_feed_is_never_the_article() -> None:
    story = "https://fortune.com/2024/02/08/mozilla-ceo"
    # an RSS dump's "RSS feed: https://hnrss.org/frontpage" beside each entry
    assert article_url(["https://hnrss.org/frontpage", story]) == story
    assert article_url(["https://hnrss.org/newest?points=100"]) is None
    for feed in ("https://example.com/blog/feed", "https://example.org/index.xml", "https://x.example/a.rss"):
        assert article_url([feed]) is None, feed
    assert (
        article_url(["https://example.com/feedback-on-the-launch"])
        == "https://example.com/feedback-on-the-launch"
    )


def test_home_pages_and_release_notes_name_many_articles() -> None:
    for url in (
        "https://www.example.com/",
        "https://example.com/ja/",
        "https://support.example.com/en/articles/12138966-release-notes",
        "https://platform.example.com/docs/en/release-notes/overview",
        "https://example.dev/CHANGELOG",
    ):
        assert names_many_articles(url), url
    for url in (
        "https://example.com/news/release-notes-are-late",
        "https://example.com/?p=4711",
        "https://example.com/glasswing",
        None,
        "not a url",
    ):
        assert not names_many_articles(url), url


@given(st.lists(st.text(max_size=40), max_size=5))
@settings(max_examples=200, deadline=None)
def test_the_chosen_source_is_one_of_the_candidates(candidates: list[str]) -> None:
    chosen = article_url(candidates)
    assert chosen is None or chosen in candidates


def test_fold_unifies_width_case_and_typographic_punctuation() -> None:
    assert fold("Microsoft’s  ＯｐｅｎＡＩ") == fold("microsoft's openai")


def test_a_label_holds_in_a_line_all_in_brackets() -> None:
    from pipeline.normalize import labelled_value

    assert labelled_value("(Source : Le Temps, 17 février 2026)", "source") == "Le Temps, 17 février 2026"
    assert labelled_value("（来源：新华社）", "source") == "新华社"
    assert labelled_value("(Reuters) Source: the ministry", "source") is None
