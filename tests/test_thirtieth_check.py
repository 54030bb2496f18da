"""Page shapes found on the thirtieth real-page check: front matter with a colon in a plain value,
a read-later service named as the source, and a Jekyll post that states no date."""

from __future__ import annotations

from pipeline import blocks, extract
from pipeline.blocks import split_front_matter
from pipeline.models import PageRecord


def read_capture(text: str, media_type: str = "text") -> list[PageRecord]:
    page = blocks.parse(text, media_type)
    adapter = extract.choose(page)
    assert adapter is not None
    result = adapter.extract(page)
    return result if isinstance(result, list) else [result]


def title_of(record: PageRecord) -> str:
    return next(t.text for t in record.texts if t.kind == "title")


def kinds(record: PageRecord) -> set[str]:
    return {t.kind for t in record.texts}


def test_front_matter_with_a_colon_in_a_plain_value_is_read_line_by_line() -> None:
    front_matter, body = split_front_matter(
        "---\ntitle: Hands-On IoT Hacking, Pt. 2\nurl: https://www.rapid7.com/blog/post/2022/iot/\n"
        "source: Instapaper: Unread\ndate: 2022-10-27\n---\n\n# Hands-On IoT Hacking\n"
    )
    assert front_matter == {
        "title": "Hands-On IoT Hacking, Pt. 2",
        "url": "https://www.rapid7.com/blog/post/2022/iot/",
        "source": "Instapaper: Unread",
        "date": "2022-10-27",
    }
    assert body == "\n# Hands-On IoT Hacking\n"
    # a nested key or a quote left open is still no front matter to guess at
    assert split_front_matter("---\ntitle: a: b\n  nested: c\n---\nText\n")[0] == {}
    assert split_front_matter('---\ntitle: "open: quote\n---\nText\n')[0] == {}


_PROSE = (
    "The next step in the exercise is to find the active partition and extract its file system, "
    "which the post walks through with the tools a reader would have at hand. "
)


def test_a_read_later_export_naming_its_service_as_source_is_the_article_not_a_summary() -> None:
    (record,) = read_capture(
        "---\ntitle: Hands-On IoT Hacking, Pt. 2\n"
        "url: https://www.rapid7.com/blog/post/2022/10/25/hands-on-iot-hacking/\n"
        "source: Instapaper: Unread\ndate: 2022-10-27\n---\n\n"
        "# Hands-On IoT Hacking, Pt. 2\n\n"
        f"{_PROSE}\n\n## Extracting partition data\n\n{_PROSE * 2}\n\n"
        "## Summary\n\n- We found the partitions.\n- We mounted them.\n"
    )
    assert record.adapter == "front_matter_post"
    assert record.canonical_url == "https://www.rapid7.com/blog/post/2022/10/25/hands-on-iot-hacking/"
    assert "body" in kinds(record) and "summary" not in kinds(record)


def test_a_jekyll_post_without_a_date_is_still_the_sites_post() -> None:
    (record,) = read_capture(
        "---\nlayout: post\ntitle: notes on a conversation with the nyt\n---\n\n"
        "The acronym - NYT - means 'now' in Finnish and that's how I've come to think of this digital "
        "place, the first thing my muscle memory punches into the URL bar in the morning.\n\n"
        "A long time ago, on a Finnish forum, someone lauded the visual design of the NYT website, the old "
        "school page that looks like someone lifted the front page of a newspaper.\n\n"
        "So when a friend asked whether I would like to talk to people from its technology team, I said yes "
        "at once, and these are the notes I kept from that conversation about their data and their tools.\n"
    )
    assert record.adapter == "front_matter_post"
    assert title_of(record) == "notes on a conversation with the nyt"
    assert next(t for t in record.texts if t.kind == "body").text.startswith("The acronym - NYT")
    # a note without a site's post layout and without a date stays unclaimed by the post reader
    page = blocks.parse("---\ntitle: a note\n---\n\nSome words of a note kept for later.\n", "text")
    assert extract.choose(page) is None or extract.choose(page).name != "front_matter_post"
