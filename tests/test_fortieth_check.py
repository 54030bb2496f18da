"""Page shapes found on the fortieth real-page check: a reader service's copy of an archive's
capture, which states the capture's time where the post's date should be."""

from __future__ import annotations

from capture import PROSE_EN, read_capture, title_of

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
