"""Page shapes found on the thirty-ninth real-page check: an address that names no host a reader
can open, release notes' credits to first-time contributors, a changelog, and one project's week of
changes each told under its linked title."""

from __future__ import annotations

from capture import PROSE_EN, PROSE_JA, read_capture, rejection, texts_of, title_of
from hypothesis import given
from hypothesis import strategies as st

from pipeline import blocks, dates
from pipeline.adapters import REGISTRY, end_matter
from pipeline.blocks import Block
from pipeline.lang import detect_language
from pipeline.normalize import canonical_url, shared_address


def test_a_relative_link_read_as_absolute_names_no_article() -> None:
    # (a machine-made Hacker News digest quotes its fetcher's error: "...the URL
    # http://item/?id=42770125, resulting in a 422 status code")
    assert canonical_url("http://item/?id=42770125,") is None
    assert canonical_url("http://localhost:8000/post") is None
    assert canonical_url("http://93.184.215.14/post") == "http://93.184.215.14/post"  # (an address)
    assert canonical_url("https://News.example/a?b=1") == "https://news.example/a?b=1"


def test_a_first_contribution_credit_is_no_story() -> None:
    groups = "".join(
        f"\n## {group}\n\n"
        + "".join(
            f"* [**Release {g}{k} of the tool**](https://news.example/2025/11/release-{g}{k}): "
            "what changed in it, in a sentence of the reader's own.\n"
            for k in range(4)
        )
        for g, group in enumerate(("Cloud", "Security", "Tools"))
    )
    page = (
        '---\ntitle: "What I read this week (Nov 10-16)"\ndate: 2025-11-16\n---\n\nFifth week in a row!\n'
        f"{groups}\n## New Contributors\n\n"
        "* @danielash made their first contribution in https://github.com/acme/db/pull/5376\n"
        "* @francis-rath made their first contribution in https://github.com/acme/db/pull/5336\n"
    )
    records = read_capture(page)
    assert len(records) == 12
    assert title_of(records[-1]) == "Release 23 of the tool"


def test_a_changelog_is_no_news() -> None:
    page = (
        "## [2.36.0] - 2026-08-30\n\n### Added\n\n- Logout all devices button on account page (in #5395)\n\n"
        "### Fixed\n\n- User delete endpoint allowing for root account deletion by @mikiher in #5370\n\n"
        "## [2.35.1] - 2026-08-02\n\n### Fixed\n\n"
        "- Podcast episodes not matching their feed by @mikiher in #5318\n"
    )
    assert rejection(page) == "a software changelog, not a page of news"


def test_a_release_story_with_a_headline_of_words_is_news() -> None:
    page = (
        "---\ntitle: Acme 2.0 ships with a new planner\ndate: 2025-11-16\n---\n\n"
        f"# Acme 2.0 ships with a new planner\n\n{PROSE_EN}\n\n## v2.0.0\n\n{PROSE_EN}\n\n"
        f"## v2.0.1 (2025-11-17)\n\nA fix followed a day later. {PROSE_EN}\n"
    )
    (record,) = read_capture(page)
    assert title_of(record) == "Acme 2.0 ships with a new planner"


def test_one_projects_linked_changes_each_over_its_sentences_are_a_roundup() -> None:
    # ("This Week in Rails": each change its pull request's linked title on a line of its own, over
    # what it does; most link github.com, the site of the project's code)
    changes = "".join(
        f"[{title}](https://github.com/acme/engine/pull/{5380 + n})  \n"
        f"{said} It ships in the next minor release.\n\n"
        for n, (title, said) in enumerate(
            [
                ("Add a planner for joins", "This pull request adds a cost-based planner."),
                ("Fix foreign keys on custom columns", "This PR fixes an error raised on custom columns."),
                ("Migrate normalization to the model layer", "Normalization now lives in the model layer."),
                ("Accept a block for perform_later", "A block is now accepted, as on the base class."),
                ("Use a column's default function on insert", "Fixtures now call the default function."),
            ]
        )
    )
    page = (
        '---\ntitle: "A new planner, foreign key fixes and more!"\ndate: 2024-12-14\n---\n\n'
        "Hey everyone, Happy Saturday! Here are the latest updates.\n\n"
        "[Acme Engine 8.0.1 has been released!](https://acme.example/2024/12/13/engine-8-0-1)  \n"
        "A new minor release is out! Head over to the [CHANGELOG](https://github.com/acme/engine/releases) "
        "for the whole set of changes.\n\n" + changes
    )
    records = read_capture(page)
    assert [r.canonical_url for r in records][:2] == [
        "https://acme.example/2024/12/13/engine-8-0-1",
        "https://github.com/acme/engine/pull/5380",
    ]
    assert len(records) == 6


def test_a_chat_log_is_no_news() -> None:
    # (an IRC meeting's log reposted under a blog post's front matter and a few lines of notes)
    speakers = ("wumpus", "sipa", "gmaxwell", "provoostenator", "jamesob")
    log = "\n".join(
        f"03:{n:02d} {speakers[n % 5]}: the PR #{14336 + n} should be ready to merge, see "
        f"https://github.com/acme/core/pull/{14336 + n}"
        for n in range(24)
    )
    page = (
        "---\ntitle: Core IRC 2018.12.14\ndate: 2018-12-14 03:57:29\n---\n\nIn short:\n\n"
        "* Vista support is dropped\n* An address index waits for BIP157\n\n" + log + "\n"
    )
    assert rejection(page) == "a chat log, not a page of news"


def test_a_story_quoting_a_few_chat_lines_is_news() -> None:
    quoted = "\n\n".join(f"19:0{n} <sipa> we should merge the fix for the {n}th time" for n in range(5))
    page = (
        "---\ntitle: Core developers agree a fix\ndate: 2018-12-14\n---\n\n"
        f"{PROSE_EN}\n\n{quoted}\n\n{PROSE_EN}\n"
    )
    (record,) = read_capture(page)
    assert title_of(record) == "Core developers agree a fix"


def test_persian_and_urdu_are_told_from_arabic_by_their_own_letters() -> None:
    # (a Persian Telegram channel's posts had been read as Arabic, the script's one language here)
    assert detect_language("قیمت طلا در بازار امروز افزایش یافت و دلار گران شد") == "fa"
    assert detect_language("گزارش Reuters از بازار نفت") == "fa"
    assert detect_language("پاکستان کی حکومت نے آج نئے بجٹ کا اعلان کیا ہے") == "ur"
    assert detect_language("ارتفعت أسعار الذهب في السوق اليوم بعد قرار البنك المركزي") == "ar"
    assert detect_language("قال الرئيس إن المفاوضات مستمرة") == "ar"


def _front_page(rows: str) -> str:
    return (
        "<html><head><title>Hacker News</title></head><body><center><table id='hnmain'>"
        "<tr><td><table><tr><td class='pagetop'><b class='hnname'><a href='news'>Hacker News</a></b>"
        "<a href='newest'>new</a> | <a href='ask'>ask</a></td></tr></table></td></tr>"
        f"<tr><td><table>{rows}</table></td></tr></table></center></body></html>"
    )


def _story_rows(rank: int, href: str, title: str, site: str, points: int) -> str:
    item = 47028013 + rank
    return (
        f"<tr class='athing submission' id='{item}'><td class='title'><span class='rank'>{rank}.</span></td>"
        f"<td class='votelinks'><center><a href='vote?id={item}&amp;how=up'><div class='votearrow'></div>"
        f"</a></center></td><td class='title'><span class='titleline'><a href='{href}'>{title}</a>"
        f"<span class='sitebit comhead'> (<a href='from?site={site}'><span class='sitestr'>{site}</span>"
        f"</a>)</span></span></td></tr><tr><td colspan='2'></td><td class='subtext'><span class='subline'>"
        f"<span class='score'>{points} points</span> by <a class='hnuser' href='user?id=x'>x</a> "
        f"<span class='age' title='2026-02-15T21:54:15 1771192455'><a href='item?id={item}'>5 hours ago"
        f"</a></span> | <a href='item?id={item}'>441&nbsp;comments</a></span></td></tr>"
        "<tr class='spacer' style='height:5px'></tr>"
    )


def test_a_hacker_news_front_page_is_its_ranked_stories() -> None:
    page = _front_page(
        _story_rows(
            1, "https://steipete.me/posts/2026/openclaw", "I&#x27;m joining OpenAI", "steipete.me", 606
        )
        + _story_rows(
            2, "https://www.fide.com/carlsen-wins", "Magnus Carlsen Wins the Freestyle", "fide.com", 143
        )
        + _story_rows(3, "item?id=47028099", "Ask HN: What are you working on?", "", 53)
    )
    records = read_capture(page, "html")
    assert [(r.position, title_of(r), r.canonical_url) for r in records] == [
        (1, "I'm joining OpenAI", "https://steipete.me/posts/2026/openclaw"),
        (2, "Magnus Carlsen Wins the Freestyle", "https://www.fide.com/carlsen-wins"),
        (3, "Ask HN: What are you working on?", "https://news.ycombinator.com/item?id=47028099"),
    ]
    assert [r.scores[0].value for r in records] == [606.0, 143.0, 53.0]
    assert {r.adapter for r in records} == {"hacker_news"}


def test_the_older_hacker_news_markup_is_read_too() -> None:
    # (2014: the title link straight in td.title, the site in span.comhead; a trimmed copy may have
    # lost a story's row of points)
    def row(rank: int, href: str, title: str) -> str:
        return (
            f"<tr><td class='title' align='right'>\n{rank}.\n</td><td><center><a href='vote?for=77{rank}'>"
            "<div class='votearrow'></div></a></center></td>"
            f"<td class='title'><a href='{href}'>\n{title}\n</a>"
            "<span class='comhead'> (vox.com) </span></td></tr>"
        )

    subtext = (
        "<tr><td colspan='2'></td><td class='subtext'><span id='score_771'>162 points</span> by "
        "<a href='user?id=luu'>luu</a> 4 hours ago | <a href='item?id=7736240'>11 comments</a></td></tr>"
    )
    page = (
        "<html><body><table>"
        + row(
            1, "http://www.vox.com/2014/5/12/big-cable", "Big Cable says investment is flourishing, but thei…"
        )
        + subtext
        + "<tr style='height:5px'></tr>"
        + row(2, "http://cramer.io/2014/05/12/scaling-sql-with-redis/", "Scaling SQL with Redis")
        + "</table></body></html>"
    )
    records = read_capture(page, "html")
    assert [title_of(r) for r in records] == [
        "Big Cable says investment is flourishing, but thei…",
        "Scaling SQL with Redis",
    ]
    assert "truncated" in records[0].flags
    assert [s.value for s in records[0].scores] == [162.0]
    assert records[1].scores == []


def test_ranked_rows_that_name_no_thread_are_no_hacker_news_page() -> None:
    rows = "".join(
        f"<tr><td class='title'>{n}.</td><td class='title'><a href='https://example.org/{n}'>Result {n}</a>"
        "</td></tr><tr><td class='subtext'>a league table's row</td></tr>"
        for n in range(1, 6)
    )
    page = blocks.parse(f"<html><body><table>{rows}</table></body></html>", "html")
    assert REGISTRY["hacker_news"].claims(page) == 0.0


@given(st.text(max_size=300))
def test_any_text_naming_a_thread_is_read_without_error(text: str) -> None:
    page = blocks.parse(
        f"<html><body><table><tr><td>{text} item?id=1</td></tr></table></body></html>", "html"
    )
    assert REGISTRY["hacker_news"].claims(page) in (0.0, REGISTRY["hacker_news"].ceiling)


def test_a_counted_comments_heading_opens_the_readers_comments() -> None:
    # (WordPress's "12 Comments" over a column's readers, each their name over a dated link to the
    # comment: a Spanish column had been read as a digest of its twelve comments)
    assert end_matter.opens_comments(Block(kind="heading", text="12 Comments", level=2))
    assert end_matter.opens_comments(Block(kind="heading", text="3 Comentarios", level=2))
    assert not end_matter.opens_comments(Block(kind="heading", text="12 Angry Comments", level=2))


def test_an_article_over_its_counted_comments_is_the_article() -> None:
    # (a WordPress column over "12 Comments", each a reader's name over a dated link to the comment
    # and what they said: readers' words, no stories)
    comments = "".join(
        f"<li><p>{name} dice:</p><p><a href='https://columns.example/2019/04/29/fish/#comment-{n}'>"
        f"abril 29, 2019 a las 1{n}:27</a></p><p>{PROSE_EN}</p>"
        f"<p><a href='?replytocom={n}'>Responder</a></p></li>"
        for n, name in enumerate(
            ["Betty", "Francote", "Fabricio", "Charo", "Carlin", "Juan", "Daniel", "Cesar"]
        )
    )
    page = (
        "<html><head><title>Is the fishing fleet a threat?</title>"
        "<link rel='canonical' href='https://columns.example/2019/04/29/fish/'></head>"
        "<body><h1>Columnistas</h1><h1>Is the fishing fleet a threat?</h1>"
        "<p>Published April 29, 2019 by Carlos Espinosa</p>"
        + "".join(f"<p>{PROSE_EN} ({n})</p>" for n in range(8))
        + f"<h2>12 Comments</h2><ol>{comments}</ol></body></html>"
    )
    (record,) = read_capture(page, "html")
    assert title_of(record) == "Is the fishing fleet a threat?"


def _dek_page(closing: str = "") -> str:
    dek = "Rain may reach Musandam, North and South Batinah and Muscat from Monday, forecasters say"
    return (
        "<html><head><title>Low pressure from Monday</title>"
        "<meta property='og:type' content='article'></head><body>"
        f"<h1>Low pressure from Monday</h1><h2>{dek}</h2><p><a href='/web-desk'>Web Desk</a></p>"
        "<p>Published: 7 March 2026 10:33 PM</p>"
        + "".join(f"<p>{PROSE_EN} ({n})</p>" for n in range(6))
        + closing
        + "</body></html>"
    )


def test_a_sentence_heading_under_the_title_is_its_subtitle() -> None:
    # (MediaOne's <h1> title over an <h2> dek, the byline and date under them)
    (record,) = read_capture(_dek_page(), "html")
    assert [t.text for t in texts_of(record, "subtitle")] == [
        "Rain may reach Musandam, North and South Batinah and Muscat from Monday, forecasters say"
    ]
    (body,) = texts_of(record, "body")
    assert body.text.startswith(PROSE_EN)


def test_a_dek_the_article_repeats_further_down_stays_in_its_text() -> None:
    # (Sky News repeats its dek as a paragraph of the article's own)
    closing = (
        "<p>Rain may reach Musandam, North and South Batinah and Muscat from Monday, forecasters say</p>"
    )
    (record,) = read_capture(_dek_page(closing), "html")
    (body,) = texts_of(record, "body")
    assert body.text.endswith("forecasters say")


def test_a_closing_dateline_with_a_share_button_after_it_dates_the_article() -> None:
    # (Security NEXT: "（Security NEXT - 2019/04/26 ） ツイート", the page's only date; the fixture of
    # mercury-parser expects the article, which was rejected for want of a date)
    paragraphs = "".join(f"<p>{PROSE_JA}（{n}）</p>" for n in range(4))
    page = (
        "<html><head><title>【セキュリティ ニュース】「Apache httpd」脆弱性に悪用コード</title></head><body>"
        "<p><a href='http://www.security-next.com/'></a></p><h1>「Apache httpd」脆弱性に悪用コード</h1>"
        f"{paragraphs}<p>（Security NEXT - 2019/04/26 ） <a href='http://twitter.com/share'>ツイート</a></p>"
        "<h3>関連リンク</h3></body></html>"
    )
    (record,) = read_capture(page, "html")
    assert [c.value for c in record.published_at] == ["2019-04-26"]


def _inbox_roundup() -> str:
    cards = "".join(
        f"<div class='card'><p>{sender}</p><h3>{title}</h3><p>{day}</p>"
        f"<p><a href='https://open.substack.com/pub/{pub}/p/{slug}'>Read →</a></p></div>"
        for sender, title, day, pub, slug in [
            (
                "Aishwarya from The Gen Academy",
                "The AI PM Playbook: Building AI Products at Scale",
                "Mon, 20 Jul 2026 08:11:32 +0000",
                "thegenacademy",
                "the-ai-pm-playbook",
            ),
            (
                "Gencay",
                "Claude: Build It (v2)",
                "Sun, 19 Jul 2026 03:16:20 +0000",
                "gencay",
                "claude-build-it",
            ),
            (
                "Wes Pearce from Escape the Cubicle",
                "The Biggest Mistake Writers Make",
                "Sat, 18 Jul 2026 20:29:10 +0900",
                "escapethecubicle",
                "the-biggest-mistake",
            ),
        ]
    )
    return (
        "<html><head><title>Substack Daily Roundup</title></head><body><h1>📬 Substack Daily Roundup</h1>"
        f"<h2>📚 Articles (3)</h2>{cards}</body></html>"
    )


def test_a_read_link_names_no_story_and_its_card_is_titled_by_its_heading() -> None:
    # (an inbox roundup of Substack mails: "Read →" under each card's title and day had made the day
    # the title)
    records = read_capture(_inbox_roundup(), "html")
    assert [title_of(r) for r in records] == [
        "The AI PM Playbook: Building AI Products at Scale",
        "Claude: Build It (v2)",
        "The Biggest Mistake Writers Make",
    ]


def test_an_rfc_2822_date_line_is_a_date_in_utc() -> None:
    assert dates.only_a_date("Mon, 20 Jul 2026 08:11:32 +0000") == "2026-07-20T08:11:32Z"
    assert dates.only_a_date("Sat, 18 Jul 2026 20:29:10 +0900") == "2026-07-18T11:29:10Z"
    assert dates.only_a_date("Tue, 12 Aug 2025 14:00:00 GMT") == "2025-08-12T14:00:00Z"
    assert dates.only_a_date("Mon, 20 Jul 2026 and more") is None


_FEED_ENTRIES = (
    "- [Introducing GPT-5 for developers](https://openai.com/index/introducing-gpt-5-for-developers)"
    " — Thu, 07 Aug 2025 10:00:00 GMT\n"
    "- [Coding and design with GPT-5](https://openai.com/index/gpt-5-coding-design)"
    " — Thu, 07 Aug 2025 00:03:00 GMT\n"
    "- [How Amgen uses GPT-5](https://openai.com/index/gpt-5-amgen) — Wed, 06 Aug 2025 09:00:00 GMT\n"
)


def test_a_feeds_entries_each_its_link_and_day_are_dated_stories() -> None:
    page = (
        '---\ntitle: "News"\nupdatedAt: "2025-08-16"\n---\n\n# News\n\n'
        "Latest updates from OpenAI, Anthropic and Google.\n\n## OpenAI\n\n"
        f"{_FEED_ENTRIES}\n## Anthropic\n\n## Google AI\n"
    )
    records = read_capture(page)
    assert [(title_of(r), [c.value for c in r.published_at]) for r in records] == [
        ("Introducing GPT-5 for developers", ["2025-08-07T10:00:00Z"]),
        ("Coding and design with GPT-5", ["2025-08-07T00:03:00Z"]),
        ("How Amgen uses GPT-5", ["2025-08-06T09:00:00Z"]),
    ]


def test_an_articles_closing_list_of_dated_links_tells_no_stories() -> None:
    page = (
        "---\ntitle: Notebooks run a 700B model from SSD\nsource: 量子位\n"
        "url: https://www.qbitai.com/2026/09/497624.html\n---\n\n# Notebooks run a 700B model from SSD\n\n"
        + "".join(f"{PROSE_EN} ({n})\n\n" for n in range(5))
        + f"## Latest\n\n{_FEED_ENTRIES}"
    )
    (record,) = read_capture(page)
    assert title_of(record) == "Notebooks run a 700B model from SSD"


def test_a_story_labelled_sponsored_before_its_title_is_an_advertisement() -> None:
    # (Data Engineering Weekly: "## Sponsored: Dagster Running Dagster" among its "## Author: Title" stories)
    stories = "".join(
        f"\n## {title}\n\n{PROSE_EN}\n\n**[{url}]({url})**\n"
        for title, url in [
            (
                "Pinterest: Next Generation DB Ingestion",
                "https://medium.com/pinterest-engineering/db-ingestion",
            ),
            ("Sponsored: Dagster Running Dagster", "https://dagster.io/events/dagster-running-dagster"),
            ("Netflix: The Data Canary", "https://netflixtechblog.medium.com/the-data-canary"),
            ("Uber: Introducing uForwarder", "https://www.uber.com/blog/introducing-uforwarder/"),
        ]
    )
    page = f"# Data Engineering Weekly #256\n\nThe week's reading.\n{stories}"
    assert [title_of(r) for r in read_capture(page)] == [
        "Pinterest: Next Generation DB Ingestion",
        "Netflix: The Data Canary",
        "Uber: Introducing uForwarder",
    ]


def test_an_archive_short_link_is_named_by_the_captured_pages_share_buttons() -> None:
    # (Jina Reader's copy of an archive.today capture: "URL Source: http://archive.today/rsmmS", the
    # captured page's links wrapped as "https://archive.ph/o/rsmmS/<link>")
    own = "https://www.databreaches.net/browserstack-analysis-unpatched-machine/"
    page = (
        "Title: BrowserStack analysis: unpatched machine compromised\n\nURL Source: http://archive.today/rsmmS\n\n"
        "Published Time: 2022-09-23T02:28:51Z\n\nMarkdown Content:\n"
        "# BrowserStack analysis: unpatched machine compromised\n\n"
        + "".join(f"{PROSE_EN} ({n})\n\n" for n in range(4))
        + f"*   [Tweet](https://archive.ph/o/rsmmS/https://twitter.com/intent/tweet?text=BrowserStack&url={own})\n"
        + f"*   [Share](https://archive.ph/o/rsmmS/https://www.linkedin.com/shareArticle?mini=true&url={own})\n"
        + f"*   [Pin](https://archive.ph/o/rsmmS/pinterest.com/pin/create/button/?url={own}&description=x)\n"
    )
    (record,) = read_capture(page)
    assert record.canonical_url == own


def test_share_buttons_that_disagree_name_no_page() -> None:
    hrefs = [
        "https://twitter.com/intent/tweet?url=https://news.example/a",
        "https://www.linkedin.com/shareArticle?url=https://news.example/b",
    ]
    assert shared_address(hrefs) is None
    assert shared_address(hrefs[:1]) is None  # (one button alone says too little)


def test_a_digests_closing_conclusions_are_no_stories() -> None:
    # (a generated Spanish weekly: fifteen numbered stories, each over its "Fuente:", then "##
    # Conclusiones y tendencias del período" over bold-led bullets of its own analysis)
    stories = "".join(
        f"{n}. **Novedad {n} de la semana** — {PROSE_EN}\n"
        # (several cite one roundup: "Fuente: [buildfastwithai.com](...)" under three stories)
        f"   Fuente: [noticias.example](https://noticias.example/2026/07/{min(n, 4) if n < 8 else n})\n\n"
        for n in range(1, 11)
    )
    trends = "".join(f"- **Tendencia {n}**: {PROSE_EN}\n" for n in range(1, 5))
    page = (
        "# Informe Semanal de Inteligencia Artificial — Semana 31, 2026\n\n## Resumen ejecutivo\n\n"
        f"{PROSE_EN}\n\n## Noticias destacadas\n\n"
        f"{stories}\n## Conclusiones y tendencias del período\n\n{trends}"
    )
    assert [title_of(r) for r in read_capture(page)] == [f"Novedad {n} de la semana" for n in range(1, 11)]
