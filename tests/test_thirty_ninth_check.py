"""Page shapes found on the thirty-ninth real-page check: an address that names no host a reader
can open, release notes' credits to first-time contributors, a changelog, and one project's week of
changes each told under its linked title."""

from __future__ import annotations

from pipeline.normalize import canonical_url


def test_a_relative_link_read_as_absolute_names_no_article() -> None:
    # (a machine-made Hacker News digest quotes its fetcher's error: "...the URL
    # http://item/?id=42770125, resulting in a 422 status code")
    assert canonical_url("http://item/?id=42770125,") is None
    assert canonical_url("http://localhost:8000/post") is None
    assert canonical_url("http://127.0.0.1/post") == "http://127.0.0.1/post"
    assert canonical_url("https://News.example/a?b=1") == "https://news.example/a?b=1"
