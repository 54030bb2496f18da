"""Cross-language merge of pages that share no URL and no title."""

from __future__ import annotations

from pipeline.cluster import Item, cluster
from pipeline.crosslang import lead, merge_across_languages
from pipeline.encoder import default_encoder
from pipeline.models import Claim, PageRecord, PageText

MUSEUM_EN = (
    "City museum reopens after three-year renovation",
    "The city museum reopened on Saturday after a renovation that took three years and cost 40 million "
    "dollars. Visitors queued from early morning to see the restored main hall. The new wing holds the "
    "museum's collection of Edo-period prints, shown together for the first time.",
)
MUSEUM_JA = (
    "市立博物館、3年間の改修を終え再開",
    "市立博物館は3年をかけ4000万ドルを投じた改修を終え、土曜日に再開した。来館者は早朝から列を作り、"
    "修復された大ホールを見学した。新館には同館所蔵の江戸時代の版画が初めてまとめて展示されている。",
)
OTHER_MUSEUM_JA = (
    "県立美術館、耐震工事のため2年間休館へ",
    "県立美術館は耐震工事のため来月から2年間休館すると発表した。工事費は約30億円の見込み。"
    "休館中は所蔵品の一部を市内の図書館で展示する。",
)


def record(title: str, body: str, lang: str, day: str | None = "2026-03-07") -> PageRecord:
    return PageRecord(
        adapter="test",
        adapter_version=1,
        published_at=[Claim(value=day, origin="original")] if day else [],
        texts=[
            PageText(kind="title", lang=lang, text=title, origin="original"),
            PageText(kind="body", lang=lang, text=body, origin="original"),
        ],
    )


def merged_ids(records: dict[str, PageRecord]) -> list[list[str]]:
    groups = cluster([Item(k, v) for k, v in records.items()])
    return [[it.source_id for it in g] for g in merge_across_languages(groups, default_encoder())]


def test_a_translation_page_merges_with_its_original_and_a_same_topic_article_stays_apart() -> None:
    records = {
        "en": record(*MUSEUM_EN, "en"),
        "ja": record(*MUSEUM_JA, "ja"),
        "other": record(*OTHER_MUSEUM_JA, "ja"),
    }
    assert merged_ids(records) == [["en", "ja"], ["other"]]


def test_dates_days_apart_keep_translations_apart() -> None:
    records = {"en": record(*MUSEUM_EN, "en", "2026-03-07"), "ja": record(*MUSEUM_JA, "ja", "2026-05-20")}
    assert merged_ids(records) == [["en"], ["ja"]]


def test_undated_stories_of_digests_months_apart_stay_apart() -> None:
    """Without a link or a publication date, the issue's date is what keeps a June digest's story
    from joining an August digest's translation of a like one."""

    def story(title: str, body: str, lang: str, issue: str) -> PageRecord:
        return record(title, body, lang, None).model_copy(update={"digest_date": issue})

    months_apart = {"en": story(*MUSEUM_EN, "en", "2026-03-07"), "ja": story(*MUSEUM_JA, "ja", "2026-05-20")}
    assert merged_ids(months_apart) == [["en"], ["ja"]]
    days_apart = {"en": story(*MUSEUM_EN, "en", "2026-03-07"), "ja": story(*MUSEUM_JA, "ja", "2026-03-09")}
    assert merged_ids(days_apart) == [["en", "ja"]]


def test_same_language_pages_are_never_merged_by_embedding() -> None:
    paraphrase = (
        "After three years of building work costing 40 million dollars, the city's museum opened its doors "
        "again on Saturday, with long queues outside and a new wing for its Edo-period prints."
    )
    reworded = record("The city museum reopens after a three-year renovation", paraphrase, "en")
    records = {"a": record(*MUSEUM_EN, "en"), "b": reworded}
    assert sorted(merged_ids(records)) == [["a"], ["b"]]


def test_lead_counts_sentences_in_every_script() -> None:
    assert lead("One. Two. Three.", 2) == "One. Two."
    assert lead("一。二。三。", 2) == "一。二。"


def test_a_translated_title_may_drop_a_figure_but_not_change_one() -> None:
    en = ("Museum raises $40 million for a $90 million wing", MUSEUM_EN[1])
    dropped = ("博物館、新館のため4000万ドルを調達", MUSEUM_JA[1])  # the $90 million left out
    changed = ("博物館、新館のため5000万ドルを調達　総額9000万ドル", MUSEUM_JA[1])  # 40 became 50
    assert merged_ids({"en": record(*en, "en"), "ja": record(*dropped, "ja")}) == [["en", "ja"]]
    assert merged_ids({"en": record(*en, "en"), "ja": record(*changed, "ja")}) == [["en"], ["ja"]]


def test_a_page_naming_one_site_never_joins_a_page_of_another() -> None:
    # a home page is no merge key (pages about many articles cite it), but it names its site: a
    # translation that names only another site is about something else
    records = {
        "en": record(*MUSEUM_EN, "en").model_copy(update={"canonical_url": "https://citymuseum.example/"}),
        "ja": record(*MUSEUM_JA, "ja").model_copy(
            update={"canonical_url": "https://news.example.org/2026/03/museum"}
        ),
    }
    assert merged_ids(records) == [["en"], ["ja"]]
    # a page of the site's own, or of a host under it, may
    records["ja"] = records["ja"].model_copy(
        update={"canonical_url": "https://www.citymuseum.example/news/1"}
    )
    assert merged_ids(records) == [["en", "ja"]]


def test_two_issues_whose_names_agree_but_whose_leads_do_not_stay_apart() -> None:
    """Digest issues named alike ("每日 AI 简报", "AI Daily Brief") on one day: the names embed close
    whatever the issues say, so a lead that disagrees keeps them apart."""
    records = {
        "zh": record(
            "每日 AI 简报",
            "今日新闻虽少，但联想在MWC上展示的AI工作伴侣概念，指向了AI硬件化的趋势：从无形的软件助手，"
            "演变为有形的生产力伙伴。这并非简单的机器人化，而是将大模型的交互与感知带到桌面。",
            "zh",
            "2026-03-02",
        ),
        "en": record(
            "AI Daily Brief",
            "Frontier AI companies' policies on military use are inconsistent and vague, and their public "
            "statements leave room for optionality, a new report argues. It reviews the defence and "
            "intelligence terms of five labs.",
            "en",
            "2026-03-02",
        ),
    }
    assert merged_ids(records) == [["en"], ["zh"]]


def test_stories_told_by_their_titles_alone_merge_only_when_the_titles_are_one_title() -> None:
    """With no lead to compare, two titles naming one company (0.58 apart) are two stories; a title
    and its translation (0.88) are one."""

    def titled(title: str, lang: str) -> PageRecord:
        return PageRecord(
            adapter="test",
            adapter_version=1,
            texts=[PageText(kind="title", lang=lang, text=title, origin="original")],
        )

    company = {"de": titled("OpenAI Frontier Launch", "de"), "fr": titled("[Prism] (OpenAI)", "fr")}
    assert merged_ids(company) == [["de"], ["fr"]]
    translated = {
        "de": titled("Apple stellt faltbares iPhone vor", "de"),
        "en": titled("Apple unveils foldable iPhone", "en"),
    }
    assert merged_ids(translated) == [["de", "en"]]
