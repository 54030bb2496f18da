"""Page shapes found on the forty-fourth real-page check: go-there links that name their site first
or add the source's day, a model's reasoning left in its answer, a report that lists each story's
fields under its title, times stated in UTC, a Chinese government page's breadcrumb trail, and front
matter that lost its opening rule or its quotes' escapes."""

from __future__ import annotations

from pipeline import dates

# --------------------------------------------------------------------------- go-there links


# --------------------------------------------------------------------------- a model's reasoning


# --------------------------------------------------------------------------- stories listed with their fields


# --------------------------------------------------------------------------- dates and pages


def test_a_time_stated_in_utc_is_read_as_utc() -> None:
    assert dates.parse_date("Mon, 08 Sep 2025 05:02:40 GMT") == "2025-09-08T05:02:40Z"
    assert dates.parse_date("Tue, 30 Jun 2020 07:45:33 +0000") == "2020-06-30T07:45:33Z"
    assert dates.parse_date("May 3, 2026 10:30 PM UTC") == "2026-05-03T22:30:00Z"
    # a time in another zone stays the local time it states; "GMT+8" is no UTC
    assert dates.parse_date("Mon, 20 Jul 2026 23:11:32 -0500") == "2026-07-20T23:11:32"
    assert dates.parse_date("September 8, 2025 05:02 GMT+8") == "2025-09-08T05:02"
    assert dates.parse_date("May 3, 2026 10:30 Zurich") == "2026-05-03T10:30"
