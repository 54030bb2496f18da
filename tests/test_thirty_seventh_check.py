"""Page shapes found on the thirty-seventh real-page check: bold titles whose closing delimiter a
converter wrote after a line break, and stories whose "Read more:" line names their page while
their prose links others on the way."""

from __future__ import annotations

from capture import PROSE_EN, read_capture, rejection, title_of
from hypothesis import given
from hypothesis import strategies as st

from pipeline import blocks, dates, rawstore
from pipeline.adapters import REGISTRY, digest


def test_a_bold_title_closed_after_its_line_break_is_bold() -> None:
    page = blocks.from_text(
        "_A shorter issue this week.  \n  \n_**Harvard releases its books:  \n"
        "**_…a dataset of old volumes…  \n_ Researchers at the library released the text.\n"
    )
    said = [(b.text, b.strong) for b in page.blocks]
    assert said == [
        ("A shorter issue this week.", False),
        ("Harvard releases its books:", True),
        ("…a dataset of old volumes…", False),
        ("Researchers at the library released the text.", False),
    ]


def test_bold_labels_and_rules_keep_their_delimiters() -> None:
    page = blocks.from_text(
        "**Note:  \n**Survey methodology:** The researchers asked.\n\n***  \n\n **Next:  \n"
    )
    assert [b.text for b in page.blocks][:2] == ["**Note:", "Survey methodology: The researchers asked."]


@given(st.text(alphabet="*_ \nab:", max_size=60))
def test_closing_delimiters_moved_back_lose_no_letters(text: str) -> None:
    page = blocks.from_text(text)
    letters = "".join(b.text for b in page.blocks)
    assert sorted(c for c in letters if c in "ab") == sorted(c for c in text if c in "ab")


def test_stories_titled_by_bold_lines_broken_before_their_closing_delimiter() -> None:
    def story(n: int) -> str:
        return (
            f" **Lab {n} releases a benchmark for agents:  \n**_…and models do badly on it…  \n"
            f"_ {PROSE_EN}  \n"
            f"**What it is made of:** tasks like [a database query](https://docs.example/objects-{n}).  \n"
            f"**Read more:** [The benchmark paper {n} (arXiv)](https://arxiv.org/abs/2506.0{n}).  \n"
            "  \n***  \n  \n"
        )

    page = (
        '---\ntitle: "Import Notes 416: benchmarks"\nauthor: "A Writer"\n---\n\n'
        "Welcome to the newsletter about research.\n\n" + "".join(story(n) for n in range(1, 5))
    )
    records = read_capture(page)
    assert [title_of(r) for r in records] == [f"Lab {n} releases a benchmark for agents" for n in range(1, 5)]
    # the "Read more:" line names the story's page, not the database docs its prose links
    assert [r.canonical_url for r in records] == [f"https://arxiv.org/abs/2506.0{n}" for n in range(1, 5)]


def test_minutes_that_call_the_roll_are_no_news() -> None:
    rst = (
        "=======\nFAPI WG Meeting Notes (2022-01-26)\n=======\n"
        "* Date & Time: 2022-01-26 14:00 UTC\n* Location: GoToMeeting https://meet.example/join/1\n\n"
        "Roll Call (Dave/Nat)\n======\n* Attending:\n\n  * Brian\n  * Chris\n\n"
        "Events\n======\nThe closing date for proposals is Feb 28 - https://events.example/cfp\n"
    )
    assert rejection(rst) == "a meeting's minutes, not a page of news"
    hugo = (
        "---\ntitle: 2024-05-30 Minutes of the Certificate Working Group\ndate: 2024-05-30\n---\n\n"
        f"## Attendees\n\nAlice, Bob\n\n## 1. Roll Call\n\n{PROSE_EN}\n"
    )
    assert rejection(hugo) == "a meeting's minutes, not a page of news"
    japanese = (
        "# 議事録テンプレート\n\n- 日時　2022/10/01\n- 参加者　＊敬称略\n    - 山田\n\n## 議題\n\n- 予算\n"
    )
    assert rejection(japanese) == "a meeting's minutes, not a page of news"


def test_a_news_story_on_a_banks_minutes_is_news() -> None:
    (record,) = read_capture(
        "---\ntitle: Fed minutes show officials split on rate path\n"
        "url: https://news.example/2026/07/fed-minutes\ndate: 2026-07-09\n---\n\n"
        f"# Fed minutes show officials split on rate path\n\n{PROSE_EN}\n\n"
        "Present at the meeting were twelve voting members, the minutes said.\n"
    )
    assert record.canonical_url == "https://news.example/2026/07/fed-minutes"


def test_a_heading_with_no_space_after_its_marks_is_a_heading() -> None:
    page = blocks.from_text(
        "##Hot News\n\n* [A story](https://a.example/1)\n\n###swift\n\n#hashtag\n\n##AI ##tech\n"
    )
    assert [(b.kind, b.text) for b in page.blocks] == [
        ("heading", "Hot News"),
        ("list_item", "A story"),
        ("heading", "swift"),
        ("paragraph", "#hashtag"),
        ("paragraph", "##AI ##tech"),
    ]


def test_a_weekly_whose_headings_have_no_space_after_their_marks() -> None:
    news = [
        "SE-0030 Property Behaviours review period has been [extended one week](https://list.example/m/1).",
        "The [API Design Guidelines](https://swift.example/api-design-guidelines/) have been updated.",
        "Joe Groff has a prototype implementation of [property behaviours](https://list.example/m/2)",
        "[Unofficial list of Swift Packages](https://list.example/m/3)",
    ]
    updates = [
        "swift:270 - Dmitri Gribenko (44), practicalswift (31), Michael Gottesman (31)",
        "swift-corelibs-foundation:1 - Dmitri Gribenko (1)",
        "swift-corelibs-libdispatch:7 - Pierre Habouzit (4), David Grove (3)",
    ]
    page = (
        "# TWISt-shout Newsletter 2016-01-11\nThis Week In Swift for the week of 2016-02-15\n\n##Hot News\n\n"
        + "".join(f"* {item}\n\n" for item in news)
        + "##Code Updates\n\n"
        + "".join(f"* {item}\n" for item in updates)
    )
    urls = {r.canonical_url for r in read_capture(page)}
    assert {"https://list.example/m/1", "https://swift.example/api-design-guidelines/"} <= urls
    assert "https://list.example/m/3" in urls


def test_a_clip_shared_from_a_chat_is_its_article() -> None:
    article = "https://www.oneusefulthing.org/p/prophecies-of-the-flood"
    (record,) = read_capture(
        f'---\nurl: {article}\ntitle: "Prophecies of the Flood"\nclipped: 2025-12-23 11:16\n'
        "source: slack\nslack_channel: research\n---\n\n# Prophecies of the Flood\n\n"
        f"> Source: [{article}]({article})\n\n" + f"{PROSE_EN}\n\n" * 6
    )
    assert record.canonical_url == article  # "source: slack" says where the clip was shared
    assert record.adapter == "front_matter_post"


def test_a_translation_that_says_so_with_words_between_names_its_original() -> None:
    original = "https://jeiwan.cc/posts/building-blockchain-in-go-part-2/"
    (record,) = read_capture(
        '---\ntitle: "Goでブロックチェーンを作る Part 2"\ndate: 2019-02-01T09:24:09-08:00\n---\n\n'
        f"この記事はIvan Kuznetsovさんの[Building Blockchain in Go. Part 2]({original})を"
        "本人の許可を得て翻訳したものです。\n\n"
        + "前回の記事では、ブロックチェーンの本質である非常に単純なデータ構造を作りました。" * 8
        + "\n"
    )
    assert record.canonical_url == original
    (body,) = [t for t in record.texts if t.kind == "body"]
    assert body.origin != "original"  # the translator's text, not the publisher's


def test_a_scraped_copy_that_states_only_its_source_is_that_article() -> None:
    source = "https://www.readingthechinadream.com/cao-tingting-joining-the-dont-buy-crowd/"
    page = blocks.from_text(
        f'---\ntitle: "Cao Tingting, Joining the Dont-Buy Crowd"\ndate: "2025-11-18"\n'
        f'sourceUrl: "{source}"\n---\n\n'
        "**Introduction and Translation by David Ownby**\n\n" + f"{PROSE_EN}\n\n" * 6
    )
    assert REGISTRY["front_matter_post"].extract(page).canonical_url == source


_JSP_PAGE = (
    '<%@ page language="java" contentType="text/html; charset=UTF-8"\n    pageEncoding="UTF-8"%>\n'
    '<%\n response.setHeader("Cache-Control","no-cache");\n%>\n<!DOCTYPE html>\n<html lang="ko">\n'
    "<head><meta charset='UTF-8'><title>Document</title></head>\n<body>\n"
    "<ul><li><a href='/sports'>스포츠</a></li></ul>\n"
    "<h3>前 MLB 단장, FA 시장 예상...류현진 1년 800만$</h3>\n<p>기자 2023-11-01 05:48</p>\n"
    + "<p>류현진이 내년 시즌 1년 계약을 맺을 것이라는 전망이 나왔다. 전 단장은 시장 상황을 분석했다.</p>\n"
    * 6
    + "</body></html>\n"
)


def test_a_server_pages_directives_over_its_markup_leave_it_html() -> None:
    assert rawstore.sniff_media_type(_JSP_PAGE.encode()) == "html"
    assert (
        rawstore.sniff_media_type(b"<?php include 'head.php'; ?>\n<html><body><p>Hi</p></body></html>")
        == "html"
    )
    page = blocks.parse(_JSP_PAGE, "html")
    assert not any("<%" in b.text or "response" in b.text for b in page.blocks)
    assert page.meta["lang"] == "ko"


def test_an_editors_placeholder_title_is_no_title() -> None:
    (record,) = read_capture(_JSP_PAGE, media_type="html")
    assert title_of(record) == "前 MLB 단장, FA 시장 예상...류현진 1년 800만$"


def test_a_daily_list_of_headlines_linked_nowhere_tells_a_story_each() -> None:
    headlines = [
        "呼和浩特发布生育支持政策：一孩补贴 1 万，二孩补贴 5 万",
        "国台办：如果分裂势力胆敢突破红线，我们将不得不采取断然措施",
        "北京：今年 9 月起，将为初一新入学女生免费接种 HPV 疫苗",
        "叙利亚过渡总统 13 日签署宪法宣言，确定过渡阶段为期 5 年",
        "最新 QS 世界大学学科排名：北大清华各有两个学科进世界前三",
        "俄外交部：他国在乌境内部署军队将被视为介入冲突",
    ]
    page = "每天 60s 看世界（2025-03-14）\n\n" + "".join(f"{n}. {h}\n" for n, h in enumerate(headlines, 1))
    records = read_capture(page + "\n【微语】永远不要有等靠要的思想，努力做自己人生困局的破题人")
    assert [title_of(r) for r in records] == headlines  # the motto under them is no story


def test_headlines_closed_by_their_outlets_names_state_them() -> None:
    outlets = ["Dagens Nyheter", "Expressen", "GP"] * 2
    page = "# Latest News - All Topics\n\n_Updated: 2025-11-07 05:56_\n\n## Top Stories\n\n" + "".join(
        f"- Regeringen presenterar förslag nummer {n} om skolan - {outlet}\n"
        for n, outlet in enumerate(outlets)
    )
    records = read_capture(page)
    assert [title_of(r) for r in records] == [
        f"Regeringen presenterar förslag nummer {n} om skolan" for n in range(6)
    ]
    assert [r.publisher.value for r in records if r.publisher] == outlets


def test_an_articles_list_of_points_stays_its_own() -> None:
    points = "".join(f"- The agency said step {n} of the plan will start in the spring\n" for n in range(6))
    (record,) = read_capture(
        "---\ntitle: City unveils its transit plan\ndate: 2026-03-01\n---\n\n"
        f"# City unveils its transit plan\n\n{PROSE_EN}\n\n{points}\n{PROSE_EN}\n"
    )
    assert title_of(record) == "City unveils its transit plan"


def test_a_sites_page_of_one_release_under_its_name_linked_home_is_one_article() -> None:
    site = "https://www.senator.example.gov/public/index.cfm"
    title = "Senators Applaud Advancement of Key Provision to Help School District"
    nav = "".join(
        f"<li><a href='{site}/{s}'>{s.title()}</a></li>" for s in ("home", "about", "services", "issues")
    )
    html = (
        f"<html><head><title>News Releases - Newsroom - {title}   - United States Senator Jo Doe</title>"
        "<meta name='date' content='2015-07-16'></head><body>"
        f"<h1><a href='{site}/home'>United States Senator Jo Doe</a></h1><ul>{nav}</ul>"
        f"<h1 class='title'><a href='{site}/newsreleases?ID=28DA79EB'>{title}</a></h1>"
        + f"<p>{PROSE_EN}</p>" * 5
        + "</body></html>"
    )
    (record,) = read_capture(html, media_type="html")
    assert (record.adapter, title_of(record)) == ("article_page", title)


def test_a_bylines_date_is_no_author_its_name_after_by_is() -> None:
    html = (
        "<html><head><title>Elixir Design Goals</title></head><body><article>"
        "<h1>Elixir Design Goals</h1>"
        "<div class='byline'>August 08, 2013 · by José Valim . in "
        "<a href='/blog/internals'>Internals</a></div>"
        + f"<p>{PROSE_EN}</p>" * 5
        + "</article></body></html>"
    )
    (record,) = read_capture(html, media_type="html")
    assert record.authors == ["José Valim"]


def test_month_and_day_names_are_a_dates_words() -> None:
    assert dates.names_a_day_or_month("August") and dates.names_a_day_or_month("Wed.")
    assert not dates.names_a_day_or_month("Augusta")


def test_a_translation_notice_closing_on_what_it_says_names_the_link_nearest_it() -> None:
    original = "https://dev.to/dashbird/how-i-fixed-jwt-security-flaws-in-3-steps-264k"
    (record,) = read_capture(
        "# JWT의 보안 결함을 3단계로 고치기\n\n"
        f"*본 기사는 [Renato Burro](https://dev.to/byrro)의 [How I Fixed JWT Security Flaws]({original})을 "
        "번역한 기사입니다.*\n\n"
        + "JWT를 사용하는데 있어서 자주 간과하는 세 가지 보안 이슈를 살펴볼게요. 몇 분 밖에 안 걸립니다.\n\n"
        * 8
    )
    assert record.canonical_url == original  # not the writer's page the notice links first
    (body,) = [t for t in record.texts if t.kind == "body"]
    assert body.origin != "original"


def test_a_long_weekly_may_file_one_link_under_two_stories_and_leave_a_few_unlinked() -> None:
    def story(n: int) -> str:
        if n % 9 == 4:  # now and then a story links nothing
            return f"### 프로젝트 {n}, 새 기능 추가\n\n{_KO}\n\n"
        link = (
            "https://git.example/nostr/pull/1384"
            if n in (2, 7)
            else f"https://git.example/p{n}/releases/v{n}"
        )
        return f"### 프로젝트 {n}, 새 버전 출시\n\n[프로젝트 {n}]({link})은 {_KO}\n\n"

    groups = [range(0, 6), range(6, 12), range(12, 18)]
    page = '---\ntitle: "Nostr Compass #30"\ndate: 2026-07-08\n---\n\n'
    page += "주간 가이드에 다시 오신 것을 환영합니다.\n\n"
    for name, numbers in zip(("주요 소식", "태그 릴리스", "미출시 변경 사항"), groups, strict=True):
        page += f"## {name}\n\n" + "".join(story(n) for n in numbers)
    records = read_capture(page)
    assert len(records) == 18  # the stories, not the three groups
    assert records[3].canonical_url == "https://git.example/p3/releases/v3"


_KO = (
    "사용자가 요청한 기능을 반영해 동기화 속도를 높이고 검색을 추가한 릴리스입니다. "
    "여러 버그도 함께 고쳤습니다."
)


def test_a_copy_whose_title_is_over_its_author_and_original_is_that_article() -> None:
    original = "https://mp.weixin.qq.com/s?__biz=MzA4MjYwMTc5Nw==&mid=2649012185&idx=1&sn=e6138"
    text = "这几个月你应该也发现了，各家模型隔三差五就刷一波榜，大家讨论最多的永远是哪个模型写代码最牛。"
    (record,) = read_capture(
        f"# 2026 年，AI 编程 Agent 的真正分水岭\n\n> 作者: 老章很忙\n> 原文链接: {original}\n\n---\n"
        "![cover](data:image/svg+xml,%3Csvg version='1.0'%3E%3Cg transform='translate(-249, -126)'%3E)\n\n"
        "在小说阅读器读本章\n\n去阅读\n\n" + f"{text}\n\n" * 24 + "### 总结\n\n" + f"{text}\n\n" * 2
    )
    assert (record.adapter, record.canonical_url, record.authors) == (
        "front_matter_post",
        original,
        ["老章很忙"],
    )
    (body,) = [t for t in record.texts if t.kind == "body"]
    assert body.text.startswith(text)  # no reader's buttons, nothing of the inlined image


def test_an_image_inlined_as_a_data_uri_shows_nothing() -> None:
    page = blocks.from_text(
        "![x](data:image/svg+xml,%3Cg transform='translate(-2, -1)'%3E)\n\nText ![a](b.png) here.\n"
    )
    assert [b.text for b in page.blocks] == ["Text here."]


def test_an_archive_todays_snapshot_names_the_page_it_saved() -> None:
    original = "https://dougshapiro.substack.com/p/genai-is-foremost-a-creative-tool"
    (record,) = read_capture(
        f"# GenAI is Foremost a Creative Tool\n\nSaved from {original}\n\n"
        "All snapshots from host dougshapiro.substack.com\n\n23 Apr 2025 18:08:30 UTC\n\n"
        + f"{PROSE_EN}\n\n"
        * 8
    )
    assert record.canonical_url == original


def test_a_copys_title_signed_as_substack_signs_it_names_its_author() -> None:
    original = "https://dougshapiro.substack.com/p/genai-is-foremost-a-creative-tool"
    (record,) = read_capture(
        f"# GenAI is Foremost a Creative Tool - by Doug Shapiro\n\nSaved from {original}\n\n"
        + f"{PROSE_EN}\n\n" * 8
    )
    assert (title_of(record), record.authors) == ("GenAI is Foremost a Creative Tool", ["Doug Shapiro"])


def test_a_hubs_copy_names_the_post_at_its_external_url() -> None:
    post = "https://techcommunity.microsoft.com/t5/apps-on-azure-blog/playwright-testing/ba-p/4487103"
    (record,) = read_capture(
        f"---\nexternal_url: {post}\ntitle: Running Playwright Tests at Scale\n"
        "author: Adyshasnotes\nfeed_name: Microsoft Tech Community\ndate: 2026-01-19 11:44:18 +00:00\n---\n\n"
        "Microsoft's testing service runs Playwright suites in parallel in the cloud.\n"
    )
    assert record.canonical_url == post


def test_json_front_matter_fenced_or_bare_is_read() -> None:
    fenced = blocks.from_text(
        '---json\n{\n  "title": "Yet Another Newsletter",\n  "date": "2022-07-17"\n}\n---\n\nHi.\n'
    )
    assert fenced.front_matter["title"] == "Yet Another Newsletter"
    assert [b.text for b in fenced.blocks] == ["Hi."]
    bare = blocks.from_text(
        '{\n  "title": "KubeWeekly #Clean Markup",\n  "events": [\n    {"a": 1}\n  ]\n}\n\n# Hi\n'
    )
    assert bare.front_matter["title"] == "KubeWeekly #Clean Markup"
    assert [b.text for b in bare.blocks] == ["Hi"]
    broken = blocks.from_text("{\n  not json\n}\n")
    assert broken.front_matter == {}


def test_a_periodicals_name_in_camel_case_names_a_digest() -> None:
    assert digest.names_a_digest("KubeWeekly #Clean Markup")
    assert digest.names_a_digest("TechDaily: the day's news")
    assert not digest.names_a_digest("Weeklyn Street reopens")


def test_a_title_given_in_two_scripts_across_a_dash_is_two_titles() -> None:
    (record,) = read_capture(
        '---\ntitle: "The Future for Tyr, a Rust GPU Driver for Arm Mali Hardware - '
        'Arm Mali向けRust GPUドライバ「Tyr」の将来"\n'
        'source_url: "https://lwn.net/Articles/1055590/"\n---\n\n## 要約\n\n'
        "Rust製のMaliドライバTyrはゲームの動作を実証したが、電源管理とメモリ管理はまだ実装されていない。\n"
    )
    titles = {t.lang: t.text for t in record.texts if t.kind == "title"}
    assert titles == {
        "en": "The Future for Tyr, a Rust GPU Driver for Arm Mali Hardware",
        "ja": "Arm Mali向けRust GPUドライバ「Tyr」の将来",
    }


def test_a_cjk_title_naming_a_product_in_latin_letters_stays_one_title() -> None:
    assert digest._title_beside_its_translation("Vue 3.4 - 新機能まとめ") is None
    assert digest._title_beside_its_translation("Claude Code - ターミナルで動くエージェント") is None
