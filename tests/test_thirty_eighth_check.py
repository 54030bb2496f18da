"""Page shapes found on the thirty-eighth real-page check: link lists grouped under topic headings
whose items each say what their link is, contributors credited by their profiles, copies titled
and dated by the lines under their front matter (a WeChat export, a feed reader's saved item, a
dateline under a translation's title), a notice that links the site by its name, and an article
page whose agency credit is no source it summarises."""

from __future__ import annotations

from capture import PROSE_EN, PROSE_JA, PROSE_KO, PROSE_ZH, read_capture, rejection, texts_of, title_of

from pipeline import blocks, dates
from pipeline.adapters import REGISTRY
from pipeline.normalize import is_chrome

_READING_HEAD = (
    '---\ntitle: "What I read this week (Nov 10-16)"\ndate: 2025-11-16\n---\n\nFifth week in a row!\n'
)


def _reading_list(
    item: str, groups: tuple[str, ...] = ("Cloud", "Security", "Tools"), head: str = _READING_HEAD
) -> str:
    lines = [head]
    for g, group in enumerate(groups):
        lines.append(f"\n## {group}\n\n")
        lines += [item.format(n=f"{g}{k}") + "\n" for k in range(4)]
    return "".join(lines)


def test_list_items_led_by_their_links_under_topic_headings_are_stories() -> None:
    page = _reading_list(
        "* [**Release {n} of the tool**](https://news.example/2025/11/release-{n}): "
        "what changed in it, in a sentence of the reader's own."
    )
    records = read_capture(page)
    assert len(records) == 12
    assert title_of(records[0]) == "Release 00 of the tool"
    assert records[0].canonical_url == "https://news.example/2025/11/release-00"


def test_a_directory_of_sites_home_pages_is_no_digest() -> None:
    page = _reading_list(
        "* [The Daily {n}](https://daily-{n}.example/): the country's paper of record, in English.",
        groups=("Bolivia", "Chile", "Peru"),
        head="# News Websites\n",
    )
    assert rejection(page) == "no adapter recognises this page (first line: 'News Websites')"


def test_minutes_titled_by_a_bold_line_are_no_news() -> None:
    page = (
        "**Compte-rendu de la réunion du 01/07/2015**\n\nLieu : salle n° 9 du centre de formation.\n\n"
        "Présents :\n\n- Borel Badila (développeur)\n- Pierre Poulain (bioinformaticien)\n\n"
        "# Projets de développements\n\nLe document du 27/06/2015 a servi de base à la discussion.\n"
    )
    assert rejection(page) == "a meeting's minutes, not a page of news"


def test_front_matter_dates_in_unix_time() -> None:
    assert dates.front_matter_dates({"publish_time": 1779796081}, "publish_time") == ["2026-05-26T11:48:01Z"]
    assert dates.front_matter_dates({"published": 1779796081000}, "published") == ["2026-05-26T11:48:01Z"]
    # a number of other lengths is no moment: a year, an issue's number
    assert dates.front_matter_dates({"date": 2024, "issue": 125}, "date", "issue") == []


def test_an_untitled_export_titled_and_sourced_under_its_front_matter() -> None:
    page = blocks.from_text(
        "---\npublish_time: 1779796081\n---\n\n# AI手机时代需要怎样的Agent Harness？\n\n"
        "> 原文链接：https://mp.weixin.qq.com/s/I2ztL6sFiHGxAiCfh_FTqg\n> 公众号：机器之心\n\n"
        + f"{PROSE_ZH}\n\n"
        * 3
    )
    post = REGISTRY["front_matter_post"]
    assert post.claims(page) > 0
    record = post.extract(page)
    assert title_of(record) == "AI手机时代需要怎样的Agent Harness？"
    assert record.canonical_url == "https://mp.weixin.qq.com/s/I2ztL6sFiHGxAiCfh_FTqg"
    assert [c.value for c in record.published_at] == ["2026-05-26T11:48:01Z"]
    assert texts_of(record, "body")[0].text == "\n\n".join([PROSE_ZH] * 3)


def test_a_post_dated_by_a_labelled_line_under_its_heading() -> None:
    page = (
        "---\ntitle: 'AWS Copilot v1.29: Pipeline テンプレートのオーバライド'\nimage: ''\n---\n\n"
        "# AWS Copilot v1.29: AWS Copilot v1.29: Pipeline テンプレートのオーバライド！\n\n"
        "投稿日: 2023 年 7 月 20 日\n\n"
        "AWS Copilot コアチームは Copilot v1.29 のリリースを発表します。\n\n" + f"{PROSE_JA}\n\n" * 3
    )
    [record] = read_capture(page)
    assert record.adapter == "front_matter_post"
    assert [c.value for c in record.published_at] == ["2023-07-20"]
    # the title shown and the dateline are the post's head, not its text
    assert texts_of(record, "body")[0].text.startswith("AWS Copilot コアチームは")


def test_a_weeklys_list_of_contributors_credits_people_and_tells_no_stories() -> None:
    pulls = "".join(
        f"* [Fix crash number {n} in the media player](https://github.com/org/engine/pull/{2900 + n}): "
        "a crash when playing media in the reader.\n"
        for n in range(4)
    )
    people = "".join(
        f"* [{name}](https://github.com/{name.lower()})\n" for name in ("Kiro", "Aries", "Liubin")
    )
    page = f"# Weekly Update\n\n## Fixed\n\n{pulls}\n## Thank you\n\n{people}"
    records = read_capture(page)
    assert [r.canonical_url for r in records] == [
        f"https://github.com/org/engine/pull/{2900 + n}" for n in range(4)
    ]


def test_a_translation_notice_that_links_the_sites_name_names_the_site() -> None:
    page = (
        '---\ntitle: "What we talk about when we talk about push"\ndate: "2017-01-14T06:39:00+00:00"\n---\n\n'
        "这篇文章翻译自 [FastMail](https://www.fastmail.com/?STKI=16759801) 官方博客\n\n"
        "原文：https://blog.fastmail.com/2016/12/21/what-we-talk-about-when-we-talk-about-push/\n\n"
        + f"{PROSE_ZH}\n\n"
        * 3
    )
    [record] = read_capture(page)
    assert (
        record.canonical_url
        == "https://blog.fastmail.com/2016/12/21/what-we-talk-about-when-we-talk-about-push/"
    )


def test_an_article_crediting_an_agency_under_a_logo_and_login_links_is_the_article() -> None:
    url = "https://www.novinky.example/koktejl/411224-parasutistovi-se-zamotal-padak.html"
    page = (
        '<html><head><meta property="og:type" content="article">'
        f'<meta property="og:url" content="{url}"><title>Parašutistovi se zamotal padák</title></head><body>'
        '<h2><a href="https://www.novinky.example/"><img src="/logo.gif" alt=""></a></h2>'
        '<p><a href="https://login.example?loggedURL=https%3A//www.novinky.example/koktejl/411224.html">'
        'Přihlásit se</a> | <a href="//www.seznam.example/">Seznam</a></p>'
        "<h1>Parašutistovi se zamotal padák</h1>"
        + "".join(f"<p>{PROSE_EN} {n}</p>" for n in range(4))
        + '<p>zdroj: Caters News, <a href="http://www.ap.example/">AP</a></p></body></html>'
    )
    [record] = read_capture(page, "html")
    assert record.adapter == "article_page"
    assert record.canonical_url == url


def test_a_web_archives_own_lines_are_chrome() -> None:
    assert is_chrome("All snapshots from host dougshapiro.substack.com")
    assert is_chrome("Webpage Screenshot")
    # a sentence that opens so is the text's own
    assert not is_chrome("All snapshots from host countries were lost in the fire.")


def test_a_feed_readers_saved_item_titled_in_a_callout() -> None:
    url = "https://github.blog/2024-05-13-research-quantifying-copilots-impact/"
    page = (
        f'---\nrole: rssitem\nauthor: "Ya Gao"\npublished: 2024-05-13T18:27:34.000Z\nlink: {url}\n'
        'feed: "The GitHub Blog꞉ Product News"\ntags: []\n---\n'
        "> [!abstract] Research: Quantifying Copilot's impact by Ya Gao - 2024-05-13T18:27:34.000Z\n"
        "> We conducted research with developers to understand the tool's impact.\n\n"
        f"🔗Read article [online]({url}). "
        "For other items in this feed see [[The GitHub Blog꞉ Product News]].\n"
        "- [ ] [[Research꞉ Quantifying Copilot's impact]]\n- - -\n" + f"{PROSE_EN}\n\n" * 3
    )
    [record] = read_capture(page)
    assert title_of(record) == "Research: Quantifying Copilot's impact"
    assert record.canonical_url == url
    assert record.authors == ["Ya Gao"]
    assert [t.text for t in texts_of(record, "description")] == [
        "We conducted research with developers to understand the tool's impact."
    ]
    assert texts_of(record, "body")[0].text == "\n\n".join([PROSE_EN] * 3)


def test_a_saved_feed_item_with_its_teaser_alone_is_that_item() -> None:
    page = (
        "---\nrole: rssitem\nauthor: Yoshiya Hinosawa\npublished: 2024-06-10T16:00:00.000Z\n"
        'link: https://deno.com/blog/stabilize-std\nfeed: "[[Deno]]"\n---\n\n'
        "> [!abstract] The stabilization process has begun by Yoshiya Hinosawa - 2024-06-10T16:00:00.000Z\n"
        "> ![[RSS/assets/RSSdefaultImage.svg|200x200]]{.rss-image}\n"
        "> The Deno Standard Library is going to reach 1.0.0 shortly.\n\n"
        "🔗Read article [online](https://deno.com/blog/stabilize-std). "
        "For other items in this feed see [[Deno]].\n"
    )
    [record] = read_capture(page)
    assert title_of(record) == "The stabilization process has begun"
    assert [t.text for t in texts_of(record, "description")] == [
        "The Deno Standard Library is going to reach 1.0.0 shortly."
    ]
    assert texts_of(record, "body") == []


def test_an_items_outlet_in_brackets_takes_its_full_stop_along() -> None:
    page = _reading_list(
        "- **[The Login Worked number {n}](https://news.example/2026/09/login-{n}.html)** (The Hacker News). "
        "A sharp piece on how attackers are moving past credential theft."
    )
    records = read_capture(page)
    assert len(records) == 12
    assert {t.text for r in records for t in texts_of(r, "summary")} == {
        "A sharp piece on how attackers are moving past credential theft."
    }


def test_a_translations_title_under_the_line_that_names_its_original() -> None:
    url = "https://lilianweng.github.io/lil-log/2017/08/20/from-GAN-to-WGAN.html"
    page = f"\n* 이 글은 {url} 를 동의하에 번역한 글입니다.\n\n# From GAN to WGAN\n\n" + f"{PROSE_KO}\n\n" * 3
    [record] = read_capture(page)
    assert title_of(record) == "From GAN to WGAN"
    assert record.canonical_url == url
    assert texts_of(record, "body")[0].origin == "unknown"  # the translator's words, not the original's


def test_a_clips_first_section_heading_is_no_title() -> None:
    page = (
        "Clipped from: http://www.liuhaihua.cn/archives/506225.html\n\n## 一、导语\n\n"
        + f"{PROSE_ZH}\n\n" * 3
    )
    assert rejection(page).startswith("no adapter recognises this page")


def test_a_photos_caption_read_as_its_credit_names_no_author() -> None:
    url = "https://www.novinky.example/koktejl/411224-parasutista.html"
    page = (
        '<html><head><meta property="og:type" content="article">'
        f'<meta property="og:url" content="{url}"><title>Parašutistovi se zamotal padák</title></head><body>'
        "<h1>Parašutistovi se zamotal padák</h1>"
        '<div id="multimediaAuthorBox"><p class="photoDesc">BEZ KOMENTÁŘE: Parašutista přežil bez vážných '
        'následků tvrdý dopad na zem</p><p class="photoAuthor">zdroj: Caters News</p></div>'
        + "".join(f"<p>{PROSE_EN} {n}</p>" for n in range(4))
        + "</body></html>"
    )
    [record] = read_capture(page, "html")
    assert all(len(name.split()) <= 8 for name in record.authors)


def test_a_translation_notice_names_the_article_not_its_writers_profile() -> None:
    page = (
        "---\ntitle: babel-plugin-macros로 무설정 코드 변환\ndate: 2019-01-02T00:00:00+09:00\n---\n\n"
        "이 글은 [Kent C. Dodds](https://twitter.com/kentcdodds)의 [Zero-config code transformation]"
        "(https://babeljs.io/blog/2017/09/11/zero-config-with-babel-macros)를 번역한 글입니다.\n\n"
        + f"{PROSE_KO}\n\n"
        * 3
    )
    [record] = read_capture(page)
    assert record.canonical_url == "https://babeljs.io/blog/2017/09/11/zero-config-with-babel-macros"
    writer_only = page.replace(
        "의 [Zero-config code transformation](https://babeljs.io/blog/2017/09/11/zero-config-with-babel-macros)",
        "의 글",
    )
    [record] = read_capture(writer_only)
    assert record.canonical_url is None  # a profile is no article's address
