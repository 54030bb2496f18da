"""End matter cut from an article's body: related-story lists, tags and comments sections, paywall
notes, what follows a rights notice, and "Read more: <another story>" lines inside the body."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from pipeline import rawstore
from pipeline.adapters.end_matter import MAX_CUT_SHARE, trim
from pipeline.blocks import Block, Link
from pipeline.extract import extract

PROSE = [
    "The regional council approved the new flood defences on Tuesday after a two-year review that "
    "weighed the cost of the walls against the damage done by last winter's storms.",
    "Work on the first section, along the river's eastern bank, is due to start in the spring and "
    "to finish before the autumn rains, the council's engineering office said in a statement.",
    "Residents who objected to the height of the walls will be offered a say in the choice of "
    "materials, and a public meeting is planned for the end of the month in the town hall.",
]


def paragraphs(*texts: str) -> list[Block]:
    return [Block("paragraph", t) for t in texts]


def linked(kind: str, text: str, href: str = "/other") -> Block:
    return Block(kind, text, links=(Link(text, href),))


def texts(blocks: list[Block]) -> list[str]:
    return [b.text for b in blocks]


def test_a_related_stories_list_under_its_label_goes() -> None:
    related = [linked("list_item", t) for t in ("Storm season ends early", "Bridge reopens after repairs")]
    body = [*paragraphs(*PROSE), Block("heading", "More Must-Reads From The Gazette", level=3), *related]
    assert texts(trim(body, body)) == PROSE


def test_a_list_of_plain_items_at_the_end_stays() -> None:
    items = [Block("list_item", t) for t in ("Storm season ends early", "Bridge reopens after repairs")]
    body = [*paragraphs(*PROSE), *items]
    assert trim(body, body) == body  # the article's own list: no links to the site's other stories


def test_a_tags_section_goes_and_a_comments_heading_over_prose_stays() -> None:
    tags = linked("paragraph", "flood defences, regional council, river")
    body = [*paragraphs(*PROSE), Block("paragraph", "Tags"), tags]
    assert texts(trim(body, body)) == PROSE
    commented = [*paragraphs(*PROSE[:2]), Block("heading", "Comments", level=2), *paragraphs(PROSE[2])]
    assert trim(commented, commented) == commented  # the label stands over the article's own prose


def test_a_paywall_note_goes_and_a_rights_notice_stays_without_what_follows() -> None:
    note = "この記事は会員限定です。電子版に登録すると続きをお読みいただけます。"
    body = paragraphs(*PROSE, note)
    assert texts(trim(body, body)) == PROSE
    notice = "Copyright ©2026 Gazette Media, Inc. All Rights Reserved"
    reprints = "This copy is for your personal, non-commercial use only."
    body = paragraphs(*PROSE, notice, reprints)
    assert texts(trim(body, body)) == [*PROSE, notice]


def test_a_labelled_link_inside_the_body_goes() -> None:
    read_more = Block(
        "paragraph",
        "Read more: Bridge reopens after repairs",
        links=(Link("Bridge reopens after repairs", "/bridge"),),
    )
    body = [*paragraphs(PROSE[0]), read_more, *paragraphs(*PROSE[1:])]
    assert texts(trim(body, body)) == PROSE
    unlinked = [*paragraphs(PROSE[0], "Read more: the council's report is online"), *paragraphs(*PROSE[1:])]
    assert trim(unlinked, unlinked) == unlinked  # a sentence of the article, not a link to another


def test_the_publications_sign_off_goes_and_the_articles_last_word_stays() -> None:
    sign_off = [
        "Email Jane Roe at jroe@gazette.example or follow her @janeroe.",
        "Get the latest updates right in your inbox. Subscribe to the Gazette's newsletters.",
    ]
    body = paragraphs(*PROSE, *sign_off)
    assert texts(trim(body, body)) == PROSE
    last_word = "Follow-up talks with Facebook and the council's engineers are planned for the spring."
    body = paragraphs(*PROSE, "The council said it would follow Twitter's lead and post updates.", last_word)
    assert trim(body, body) == body


def test_no_cut_takes_more_than_half_the_body() -> None:
    related = [linked("list_item", f"Another story number {n} from the site") for n in range(12)]
    body = [*paragraphs(PROSE[0]), *related]
    assert trim(body, body) == body


_LINES = st.sampled_from(
    [*PROSE, "Tags", "Related stories", "Read more: Bridge reopens", "© 2026 Gazette", "Follow us on Twitter"]
)


@st.composite
def bodies(draw: st.DrawFn) -> list[Block]:
    blocks = []
    for text in draw(st.lists(st.one_of(_LINES, st.text(max_size=80)), max_size=12)):
        kind = draw(st.sampled_from(["paragraph", "list_item", "heading"]))
        blocks.append(linked(kind, text) if text and draw(st.booleans()) else Block(kind, text))
    return blocks


@given(bodies())
def test_trim_keeps_a_subsequence_and_most_of_the_text(body: list[Block]) -> None:
    kept = trim(body, body)
    remaining = iter(body)
    assert all(any(block is candidate for candidate in remaining) for block in kept)  # order kept
    assert sum(len(b.text) for b in kept) >= (1 - MAX_CUT_SHARE) * sum(len(b.text) for b in body)


def test_an_article_page_keeps_its_related_links_out_of_body_and_key_points() -> None:
    prose = "".join(f"<p>{p}</p>" for p in PROSE)
    html = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Council approves flood defences</title>
<script type="application/ld+json">{{"@context": "https://schema.org", "@type": "NewsArticle",
 "headline": "Council approves flood defences", "datePublished": "2026-03-03T09:00:00Z"}}</script>
</head><body><article><h1>Council approves flood defences</h1><div class="entry-content">{prose}
<h3>More Must-Reads From The Gazette</h3><ul>
<li><span>Storm season </span><a href="https://gazette.example/storm">ends early</a></li>
<li><a href="https://gazette.example/bridge">Bridge reopens</a><span> after repairs</span></li>
<li><span>School term </span><a href="https://gazette.example/school">starts a week late</a></li></ul>
</div></article></body></html>"""
    data = html.encode("utf-8")
    page = rawstore.DecodedPage("page.html", rawstore.sha256_of(data), html, "utf-8", "declared", "html")
    (record,) = extract(page)
    body = next(t.text for t in record.texts if t.kind == "body")
    assert body.endswith("in the town hall.")
    assert "Storm season" not in body and "More Must-Reads" not in body
    assert record.key_points == []


def test_a_related_list_after_the_article_ends_it_even_under_longer_chrome() -> None:
    related = [linked("list_item", f"Related headline number {n}") for n in range(4)]
    chrome = [linked("paragraph", f"Tag {n} / Topic {n} / Region {n}") for n in range(40)]
    body = [*paragraphs(*PROSE), Block("heading", "あわせて読みたい", level=4), *related, *chrome]
    assert texts(trim(body, body)) == PROSE
    prose_after = [*paragraphs(*PROSE), Block("heading", "Related", level=4), *related, *paragraphs(*PROSE)]
    assert texts(trim(prose_after, prose_after)) == PROSE + PROSE  # the article goes on after the list


def test_a_promotion_a_screen_reader_may_skip_goes() -> None:
    skip = linked("paragraph", "skip past newsletter promotion", "#EmailSignup-skip-link-15")
    box = paragraphs("Sign up to", "The Crunch", "Free fortnightly newsletter")
    body = [*paragraphs(PROSE[0]), skip, *box, *paragraphs("after newsletter promotion", *PROSE[1:])]
    assert texts(trim(body, body)) == PROSE
    unclosed = [*paragraphs(PROSE[0]), skip, *box, *paragraphs(*PROSE[1:])]
    assert texts(trim(unclosed, unclosed)) == texts(unclosed)


def test_the_publishers_end_mark_and_what_follows_it_go() -> None:
    for mark in ("- THE END -", "（完）", "— END —"):
        body = paragraphs(*PROSE, mark, "#Intel#谷歌", "原文链接：雷锋网 责任编辑：万南")
        assert texts(trim(body, body)) == PROSE
    # a word of the article's last line is no mark
    body = paragraphs(*PROSE, "The end of the line for the old bridge.")
    assert trim(body, body) == body
