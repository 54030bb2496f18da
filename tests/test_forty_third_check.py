"""Page shapes found on the forty-third real-page check: addresses whose port runs into the words
after them, a local server's address, an e-mail's story cards that are links around tables, its
footer's links to the site and to unsubscribing, and a fetcher's copy dated and titled by the day
and the site it was fetched from."""

from __future__ import annotations

from capture import PROSE_EN, read_capture, texts_of, title_of
from hypothesis import given
from hypothesis import strategies as st

from pipeline import blocks
from pipeline.normalize import canonical_url

_PROSE = "\n\n".join([PROSE_EN] * 4)  # an article's worth of text


# --------------------------------------------------------------------------- addresses


def test_an_address_whose_port_runs_into_the_next_words_is_none() -> None:
    # ("서버가 `http://0.0.0.0:8000`에서 시작되며": the code span's marks gone, its port "8000에서")
    assert canonical_url("http://example.com:8000에서") is None
    assert canonical_url("http://example.com:*/path") is None
    assert canonical_url("https://example.com:8443/a") == "https://example.com:8443/a"


def test_an_address_of_no_public_network_names_no_page() -> None:
    for local in ("http://127.0.0.1:8080/", "http://0.0.0.0:8000/", "http://192.168.1.10/x", "http://[::1]/"):
        assert canonical_url(local) is None, local
    assert canonical_url("https://93.184.215.14/news/1") == "https://93.184.215.14/news/1"
    assert canonical_url("https://1password.com/blog/x") == "https://1password.com/blog/x"


@given(st.text(max_size=40))
def test_any_text_after_a_host_reads_as_an_address_or_none(tail: str) -> None:
    url = canonical_url(f"http://example.com:{tail}")
    assert url is None or url.startswith("http://example.com")


def test_a_digest_whose_story_quotes_a_local_address_with_a_wildcard_port_is_read() -> None:
    # (a security feed: "defaulting to `http://127.0.0.1:*`" had stopped the whole page with an error)
    items = [
        ("Vikunja: cross-domain policy trusts every localhost origin", "GHSA-m687-p538-r5hp"),
        ("Nginx UI: signed-request body staging can exhaust storage", "GHSA-j3hg-9rp3-5hw9"),
        ("Contao: cross-site scripting in the comments bundle", "GHSA-628f-v4f6-p37r"),
    ]
    page = "# feedrank: security\n\n" + "\n\n".join(
        f"### {n}. [{title}](https://github.com/advisories/{ghsa})\n\n"
        f"Affected: the API. It ships with `cors.origins` defaulting to `http://127.0.0.1:*` and "
        f"`http://localhost:*`, so any local page may make credentialed requests. {PROSE_EN}"
        for n, (title, ghsa) in enumerate(items, 1)
    )
    records = read_capture(page)
    assert [(title_of(r), r.canonical_url) for r in records] == [
        (title, f"https://github.com/advisories/{ghsa}") for title, ghsa in items
    ]


# --------------------------------------------------------------------------- an e-mail's cards

_CARD = """<tr><td>
  <a href="https://club.example/futbol/{slug}" style="text-decoration:none;">
    <table role="presentation" width="100%"><tr><td>
      <span class="cat">LaLiga Hypermotion</span>
      <h2>{title}</h2>
    </td></tr></table>
  </a>
</td></tr>"""


def _bulletin(cards: list[tuple[str, str]], footer: str) -> str:
    rows = "\n".join(_CARD.format(slug=slug, title=title) for slug, title in cards)
    return (
        "<html><body><table><tr><td><p>Boletín semanal</p><h1>Tu resumen de la semana</h1></td></tr>\n"
        f"{rows}\n<tr><td>{footer}</td></tr></table></body></html>"
    )


_CARDS = [
    ("racing-golea", "El Racing golea en casa y se acerca al playoff"),
    ("sorpresa-colista", "Sorpresa en Segunda Federación: el colista tumba al líder"),
]


def test_a_link_around_a_table_links_the_cards_title() -> None:
    # (libxml2 closes the link where the table opens; an HTML5 parser keeps the table in it)
    page = blocks.parse(_bulletin(_CARDS, ""), "html")
    linked = [(b.kind, b.text, b.links[0].href) for b in page.blocks if b.links]
    assert linked == [("heading", title, f"https://club.example/futbol/{slug}") for slug, title in _CARDS]
    assert not any(b.kind == "paragraph" and not b.text for b in page.blocks)  # no empty link left apart


def test_an_empty_link_before_a_layout_table_keeps_apart() -> None:
    # (a link with nothing in it over a table holding a page's worth of text is no card)
    long_table = "<table><tr><td><h2>Section</h2><p>" + "words " * 300 + "</p></td></tr></table>"
    page = blocks.parse(f'<html><body><a href="https://club.example/"></a>{long_table}</body></html>', "html")
    assert [b.links for b in page.blocks if b.kind == "heading"] == [()]


def test_an_e_mails_links_to_its_site_and_to_unsubscribing_tell_no_story() -> None:
    footer = (
        "<h3>Resultados destacados</h3><table><tr><td>Racing de Santander</td><td>3 – 0</td>"
        "<td>Eibar</td></tr></table><h3>Encuestas abiertas</h3>"
        "<p>🗳️ ¿Quién sube directo desde el Grupo 2?</p>"
        '<p><a href="https://club.example/index.html#encuestas">Votar en la web</a></p>'
        '<p><a href="https://club.example">Ver más en ELOTROFÚTBOLTV</a></p>'
        "<p>Recibes este correo porque te suscribiste al boletín.</p>"
        '<p><a href="https://api.club.example/newsletter/baja?token=xyz">Darme de baja</a></p>'
    )
    records = read_capture(_bulletin(_CARDS, footer), "html")
    assert [(title_of(r), r.canonical_url) for r in records] == [
        (title, f"https://club.example/futbol/{slug}") for slug, title in _CARDS
    ]


def test_an_e_mails_unsubscribe_link_is_its_own_in_many_languages() -> None:
    from pipeline.adapters.digest import _names_own_link

    for words in ("Darme de baja", "Se désabonner", "Abmelden", "配信停止", "수신 거부", "Unsubscribe"):
        assert _names_own_link(words), words
    assert not _names_own_link("Baja la inflación en marzo")


def test_go_there_words_that_name_the_site_name_no_story() -> None:
    assert blocks.is_generic_link_text("Read more on TechCrunch")
    assert blocks.is_generic_link_text("Leggi tutto su Google Cloud Connect")
    assert blocks.is_generic_link_text("Ver más en ELOTROFÚTBOLTV")
    assert blocks.is_generic_link_text("Article Link")  # (a comparison page's card: "<p>Article Link</p>")
    assert not blocks.is_generic_link_text("Ver más en ELOTROFÚTBOLTV sobre el ascenso del Racing")
    assert not blocks.is_generic_link_text("Falcon 9 lands on a droneship")


# --------------------------------------------------------------------------- a fetcher's copy

_FETCHED = """---
title: After Microsoft threatened legal action, a researcher publishes a new zero-day | TechCrunch
url: https://techcrunch.com/2026/08/12/after-microsoft-threatened-legal-action/
site_name: tldr
fetched_at: '2026-08-17T11:22:21.042305'
author: Zack Whittaker
date: '2026-08-17'
published_date: '2026-08-12T15:18:55+00:00'
---

"""


def test_a_fetchers_copy_is_dated_by_its_publication_and_titled_without_its_site() -> None:
    (record,) = read_capture(_FETCHED + _PROSE)
    assert [claim.value for claim in record.published_at] == ["2026-08-12T15:18:55Z"]
    assert title_of(record) == (
        "After Microsoft threatened legal action, a researcher publishes a new zero-day"
    )


def test_a_copys_date_of_another_day_than_its_fetch_stands() -> None:
    (record,) = read_capture(_FETCHED.replace("date: '2026-08-17'", "date: '2026-08-11'") + _PROSE)
    assert [claim.value for claim in record.published_at] == ["2026-08-11"]


# --------------------------------------------------------------------------- a clipped Substack post

_SIGN_IN = "https://substack.com/sign-in?redirect=%2Fp%2Fhow-do-you-use-a-virtual-cell-to&for_pub=noetikai"


def test_substacks_sign_in_page_leads_to_the_post_of_the_publication_it_names() -> None:
    assert canonical_url(_SIGN_IN) == "https://noetikai.substack.com/p/how-do-you-use-a-virtual-cell-to"
    assert canonical_url(_SIGN_IN + "&justTrying=true").startswith("https://noetikai.substack.com/p/")
    # (no publication, or a name no host can carry: the sign-in page it is)
    assert canonical_url("https://substack.com/sign-in?redirect=%2Fp%2Fx").startswith("https://substack.com/")
    assert "substack.com/sign-in" in canonical_url(_SIGN_IN.replace("noetikai", "two.labels"))


_SUBSTACK_CLIP = f"""---
url: {_SIGN_IN}
title: "How do you use a virtual cell to do something actually useful? (1/3)"
clipped: 2026-01-08 16:03
source: browser-history
---

# How do you use a virtual cell to do something actually useful? (1/3)

> Source: [{_SIGN_IN}]({_SIGN_IN})

# How do you use a virtual cell to do something actually useful? (1/3)

### Identifying anti-PD-1 responders

[![Abhishaike Mahajan's avatar](https://substackcdn.com/image/avatar.jpeg)](https://substack.com/@abhishaikemahajan)

[Abhishaike Mahajan](https://substack.com/@abhishaikemahajan)

Sep 05, 2025

72

Share

"""


def test_a_clipped_substack_post_is_dated_by_the_line_under_its_title_and_byline() -> None:
    (record,) = read_capture(_SUBSTACK_CLIP + _PROSE)
    assert (
        canonical_url(record.canonical_url)
        == "https://noetikai.substack.com/p/how-do-you-use-a-virtual-cell-to"
    )
    assert [claim.value for claim in record.published_at] == ["2025-09-05"]


def test_a_date_far_below_a_clipped_title_dates_nothing() -> None:
    far = _SUBSTACK_CLIP.replace("Sep 05, 2025", f"{PROSE_EN}\n\n{PROSE_EN}\n\nSep 05, 2025")
    (record,) = read_capture(far + _PROSE)
    assert record.published_at == []


# --------------------------------------------------------------------------- a named original

_TRANSLATION = """---
layout: blog_detail
title: "PyTorch 2.3 출시 공지"
org_title: "PyTorch 2.3 Release Blog"
category: ["pytorch.org", "translation"]
org_link: https://pytorch.org/blog/pytorch2-3/
---

PyTorch 2.3의 출시를 발표하게 되어 기쁩니다! PyTorch 2.3은 torch.compile()에서 사용자 정의 Triton 커널을
지원합니다. 사용자들은 성능 저하나 연산 그래프의 문제 없이 자체 트리톤 커널을 eager 모드에서 이전할 수
있습니다. 이번 릴리즈는 PyTorch 2.2 이후 426명의 기여자들로부터 3,393회의 커밋으로 구성되었습니다.

헌신적인 커뮤니티의 기여에 진심으로 감사드립니다. 언제나처럼 새 버전을 사용해 보시고 문제가 있으면
알려주시기를 바랍니다. 텐서 병렬 처리는 PyTorch 네이티브 함수를 사용하여 대규모 언어 모델 학습 환경을
개선하였으며, 이는 1000억개 규모의 매개변수 모델 학습을 통해 검증되었습니다.
"""


def test_a_translation_whose_front_matter_names_its_original_is_that_articles_copy() -> None:
    (record,) = read_capture(_TRANSLATION)
    assert record.canonical_url == "https://pytorch.org/blog/pytorch2-3/"
    titles = {(t.text, t.origin) for t in texts_of(record, "title")}
    assert titles == {("PyTorch 2.3 출시 공지", "unknown"), ("PyTorch 2.3 Release Blog", "original")}
    assert {t.origin for t in texts_of(record, "body")} == {"unknown"}


# --------------------------------------------------------------------------- a digest with no links

_CARDS_SAID = "\n\n".join(
    f"## {title}\n\nSummary\n\n{PROSE_EN}\n\nWhy It Matters\n\n{PROSE_EN}\n\nImportance: 9/10"
    for title in (
        "How GPT-5 helped an immunologist solve a 3-year-old mystery",
        "Previewing GPT-5.6 Sol: a next-generation model",
        "Daybreak: Tools for securing every organization in the world",
    )
)


def test_a_digests_labelled_stories_that_link_nothing_are_its_stories() -> None:
    page = (
        "# Daily AI Pulse\n\n30 June 2026\n\n## Executive Summary\n\n"
        "Today's newsletter is automatically generated using Gemini AI.\n\n" + _CARDS_SAID
    )
    records = read_capture(page)
    assert [title_of(r) for r in records] == [
        "How GPT-5 helped an immunologist solve a 3-year-old mystery",
        "Previewing GPT-5.6 Sol: a next-generation model",
        "Daybreak: Tools for securing every organization in the world",
    ]
    assert all(r.canonical_url is None for r in records)


def test_a_monitors_cards_of_named_sources_are_no_stories() -> None:
    cards = _CARDS_SAID
    for headline, name in (
        ("How GPT-5 helped an immunologist solve a 3-year-old mystery", "BAFA – Energie"),
        ("Previewing GPT-5.6 Sol: a next-generation model", "Förderdata"),
        ("Daybreak: Tools for securing every organization in the world", "DTAD Plattform"),
    ):
        cards = cards.replace(headline, name)
    page = "# Daily Funding Digest\n\n30 June 2026\n\n" + cards
    assert len(read_capture(page)) == 1


# --------------------------------------------------------------------------- a topic over a headline


def _briefed(topic: str, headline: str, source: str) -> str:
    return (
        f"# {topic}\n\n## {headline}\n\n> **News within 24 hours**\n\n{PROSE_EN}\n\n"
        f"### What developers should do\n\n- Review the change.\n\n**Source:** [{headline}]({source})\n"
    )


def test_a_storys_topic_heading_over_its_headline_a_level_below_is_no_title() -> None:
    first = (
        "## 🧠 AI Alignment\n\n### OpenAI creates a formal framework for model misalignment disclosure\n\n"
        f"> **News within 24 hours**\n\n{PROSE_EN}\n\n### Why it matters\n\n{PROSE_EN}\n\n"
        "**Source:** [OpenAI framework](https://openai.com/index/model-misalignment-reporting-framework/)\n"
    )
    page = "\n".join(
        [
            "# Daily Tech Brief — 17/09/2026\n\n## 📌 Executive Summary\n\n- Three stories today.\n",
            "# 📰 Top news\n",
            first,
            _briefed(
                "🔐 Application Security",
                "GitHub AI Scan no longer needs the CodeQL default setup",
                "https://github.blog/changelog/2026-09-16-code-scanning-ai-scan/",
            ),
            _briefed(
                "🔑 Enterprise Identity",
                "GitHub automates SSO authorization for classic tokens and SSH keys",
                "https://github.blog/changelog/2026-09-16-automate-sso-authorization/",
            ),
        ]
    )
    titles = [title_of(r) for r in read_capture(page)]
    assert titles == [
        "OpenAI creates a formal framework for model misalignment disclosure",
        "GitHub AI Scan no longer needs the CodeQL default setup",
        "GitHub automates SSO authorization for classic tokens and SSH keys",
    ]
