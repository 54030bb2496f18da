"""Page shapes found on the thirty-second real-page check: a story's votes after its linked title,
a page title opening on the month and day of its front matter's date, and headlines a digest
quotes in another Latin-script language than its own."""

from __future__ import annotations

from capture import read_capture, title_of

from pipeline import lang


def test_a_storys_votes_after_its_linked_title_are_no_words_of_the_title() -> None:
    records = read_capture(
        "# HN Digest 2025-12-12 05:46 UTC\n\n"
        "### [Nokia N900 Necromancy](https://yaky.dev/2025-12-11-nokia-n900-necromancy/) • 155pts 48c\n"
        "[HN discussion](https://news.ycombinator.com/item?id=46239177)\n"
        "TLDR: A developer resurrects a dead Nokia N900 with a fake battery of supercapacitors.\n\n"
        "### [Litestream VFS](https://fly.io/blog/litestream-vfs/) — 265 points, 77 comments\n"
        "[HN discussion](https://news.ycombinator.com/item?id=46239178)\n"
        "TLDR: Litestream can now serve a SQLite database straight from object storage.\n\n"
        "### [Top 5 Points of Failure](https://example.com/points) • 5 points\n"
        "TLDR: A list of what breaks first in a distributed system.\n"
    )
    assert [title_of(r) for r in records] == [
        "Nokia N900 Necromancy",
        "Litestream VFS",
        "Top 5 Points of Failure",
    ]


def test_a_page_title_opening_on_its_dates_month_and_day_is_titled_without_them() -> None:
    def titled(title: str, date: str) -> str:
        (record,) = read_capture(
            f'---\ntitle: "{title}"\ndate: {date}\n'
            'source_url: "https://the-decoder.com/claude-codes-new-mods-system/"\n---\n\n'
            "## ポイント\n\n- JavaScriptやTypeScriptでClaude Codeの動作をカスタマイズ可能\n"
            "- CLIやデスクトップアプリなどで動作する\n"
        )
        return title_of(record)

    assert titled("10/4 AnthropicがClaude CodeのMods公開", "2026-10-04T09:17:00+09:00") == (
        "AnthropicがClaude CodeのMods公開"
    )
    assert titled("【10/4】AnthropicがMods公開", "2026-10-04") == "AnthropicがMods公開"
    # a fraction, or a month and day that are not the page's, are the title's own words
    assert titled("1/2 cup of flour is enough", "2026-10-04") == "1/2 cup of flour is enough"
    assert titled("10/5 AnthropicがMods公開", "2026-10-04") == "10/5 AnthropicがMods公開"


def test_a_headline_quoted_whole_in_another_latin_language_is_in_that_language() -> None:
    # a Spanish newsletter quoting Le Monde, the BBC and the New York Times as they ran
    assert (
        lang.detect_language(
            "Soixante-sept journalistes tués en un an, dont près de la moitié dans la bande de Gaza",
            "es",
        )
        == "fr"
    )
    assert (
        lang.detect_language("UN environment report 'hijacked' over fossil fuels - top scientist", "es")
        == "en"
    )
    assert (
        lang.detect_language("Trump Again Threatens Tariffs on Mexico Over Long-Running Water Dispute", "es")
        == "en"
    )
    # the page's own headlines, and short lines the model cannot be sure of, stay in its language
    assert (
        lang.detect_language("Los Mossos investigan un posible crimen machista en Hospitalet", "es") == "es"
    )
    assert lang.detect_language("Apprentissage continu via Memory Finetuning Sparse", "fr") == "fr"
    assert lang.detect_language("GitHub Multi-Agent Platform: Die Coding-Revolution", "de") == "de"

