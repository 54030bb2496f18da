"""Page shapes found on the thirty-eighth real-page check: link lists grouped under topic headings
whose items each say what their link is, ..."""

from __future__ import annotations

from capture import read_capture, rejection, title_of

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
