"""Page shapes found on the thirty-third real-page check: an old article page dated only in its
``<title>``."""

from __future__ import annotations

import pytest
from capture import read_capture

from pipeline.adapters.base import AdapterError


def test_an_article_page_dated_only_by_a_part_of_its_title_has_that_date() -> None:
    def read(title: str) -> list:
        story = (
            "Justin Verlander has pitched well in each of his first two starts, though he does not "
            "have a win to show for those efforts against the Kansas City Royals this spring. "
        ) * 6
        page = (
            f"<html><head><title>{title}</title></head><body>"
            '<div class="nav"><a href="/">Home</a> <a href="/mlb">MLB</a></div>'
            f"<h1>Tigers-Royals Preview</h1><div class='story'><p>{story}</p><p>{story}</p></div>"
            "</body></html>"
        )
        return read_capture(page, "html")

    (record,) = read("Detroit Tigers vs. Kansas City Royals - Preview - April 16, 2012")
    assert [c.value for c in record.published_at] == ["2012-04-16"]
    # a date inside a part of the title is the headline's own words, and dates nothing
    with pytest.raises(AdapterError, match="no title, date or author"):
        read("Detroit Tigers vs. Kansas City Royals - Preview of April 16, 2012")
