"""Clustering and fusion on small hand-made page records."""

from __future__ import annotations

import itertools

from pipeline.cluster import Item, cluster
from pipeline.fuse import SourcedItem, fuse, resolve_references
from pipeline.ingest import build_articles
from pipeline.models import Claim, PageKeyPoint, PageRecord, PageRelated, PageText, Source


def record(
    title: str,
    *,
    url: str | None = None,
    date: str | None = None,
    origin: str = "original",
    lang: str = "en",
    body: str | None = None,
    points: list[str] = (),
    related: list[PageRelated] = (),
    publisher: str | None = None,
) -> PageRecord:
    texts = [PageText(kind="title", lang=lang, text=title, origin=origin)]
    if body:
        texts.append(PageText(kind="body", lang=lang, text=body, origin=origin))
    return PageRecord(
        adapter="test",
        adapter_version=1,
        canonical_url=url,
        publisher=Claim(value=publisher, origin=origin) if publisher else None,
        published_at=[Claim(value=date, origin=origin)] if date else [],
        texts=texts,
        key_points=[PageKeyPoint(lang=lang, text=p, kind="body_list", origin=origin) for p in points],
        related=list(related),
    )


def sourced(sid: str, rec: PageRecord) -> SourcedItem:
    source = Source(
        id=sid, path=f"{sid}.txt", adapter="test", sha256=sid * 4, languages=rec.languages(),
        encoding="utf-8", media_type="text",
    )  # fmt: skip
    return SourcedItem(item=Item(source_id=sid, record=rec), source=source)


def groups_of(records: dict[str, PageRecord]) -> list[list[str]]:
    return [[it.source_id for it in g] for g in cluster([Item(k, v) for k, v in records.items()])]


def test_same_canonical_url_merges_whatever_the_titles() -> None:
    records = {
        "a": record("Title one here", url="https://x.com/a?utm_source=rss"),
        "b": record("Completely different words", url="https://X.com/a"),
    }
    assert groups_of(records) == [["a", "b"]]


def test_a_url_that_pages_about_different_articles_cite_alike_merges_nothing() -> None:
    records = {
        "a": record("Memory for every user", url="https://help.example.com/en/articles/123-release-notes"),
        "b": record(
            "Desktop app reaches general availability",
            url="https://help.example.com/en/articles/123-release-notes",
        ),
        "c": record("Fusion power deal signed", url="https://www.news.example.com/"),
        "d": record("Retailer drops the assistant", url="https://news.example.com"),
        "e": record("Changelog entry one", url="https://docs.example.dev/changelog/overview"),
        "f": record("Changelog entry two", url="https://docs.example.dev/changelog/overview"),
    }
    assert groups_of(records) == [["a"], ["b"], ["c"], ["d"], ["e"], ["f"]]


def test_same_title_and_day_merge_across_languages_through_a_bilingual_page() -> None:
    bilingual = record("The next phase of the partnership", date="2026-04-27T06:00:00Z")
    bilingual.texts.append(
        PageText(kind="title", lang="ja", text="パートナーシップの次のフェーズ", origin="unknown")
    )
    records = {
        "en": record("The next phase of the partnership", date="2026-04-27"),
        "bi": bilingual,
        "ja": record("パートナーシップの次のフェーズ", lang="ja"),
    }
    assert groups_of(records) == [["bi", "en", "ja"]]


def test_same_title_with_different_urls_or_distant_dates_stays_apart() -> None:
    records = {
        "a": record("Weekly market update", url="https://x.com/1", date="2026-01-01"),
        "b": record("Weekly market update", url="https://x.com/2", date="2026-01-08"),
        "c": record("Weekly market update", date="2026-03-01"),
    }
    assert sorted(groups_of(records)) == [["a"], ["b"], ["c"]]


def test_pages_under_one_title_join_any_earlier_group_that_allows_them() -> None:
    """The first page under a title is not the only one a later page may join."""
    records = {
        "a": record("Weekly market update", date="2026-01-01"),
        "b": record("Weekly market update", date="2026-03-01"),
        "c": record("Weekly market update", date="2026-03-01"),
    }
    assert sorted(groups_of(records)) == [["a"], ["b", "c"]]


def test_a_digest_date_bounds_an_undated_story() -> None:
    """A story in a digest was published within the month before the issue: the same linkless
    headline in issues two months apart is two stories, in issues a week apart one; a dated copy
    joins the issue it could have come in."""

    def story(title: str, issue: str) -> PageRecord:
        return record(title).model_copy(update={"digest_date": issue})

    records = {
        "june": story("Acme opens its model API to companies", "2025-06-23"),
        "august": story("Acme opens its model API to companies", "2025-08-09"),
        "august_weekly": story("Acme opens its model API to companies", "2025-08-15"),
        "original": record("Acme opens its model API to companies", date="2025-06-20"),
    }
    assert sorted(groups_of(records)) == [["august", "august_weekly"], ["june", "original"]]


def test_shared_vocabulary_alone_never_merges() -> None:
    records = {
        "a": record("Microsoft and OpenAI amend their partnership", date="2026-04-27"),
        "b": record("Joint statement from OpenAI and Microsoft on the partnership", date="2026-04-27"),
    }
    assert sorted(groups_of(records)) == [["a"], ["b"]]


def test_clustering_does_not_depend_on_input_order() -> None:
    records = {
        "a": record("Story about things", url="https://x.com/s"),
        "b": record("Story about things", date="2026-01-01"),
        "c": record("Other story entirely", url="https://x.com/s"),
        "d": record("Unrelated headline words"),
    }
    expected = groups_of(records)
    for order in itertools.permutations(records):
        assert groups_of({k: records[k] for k in order}) == expected


def test_original_wins_and_the_disagreement_is_recorded() -> None:
    original = record("T title words", date="2026-04-27", publisher="OpenAI")
    digest = record(
        "T title words", date="2026-04-27T06:00:00Z", origin="machine_generated", publisher="OpenAI Inc"
    )
    article = fuse([sourced("s1", original), sourced("s2", digest)])
    assert article.publisher == "OpenAI"
    assert article.published_at == "2026-04-27T06:00:00Z"  # the day from the original, refined by the time
    conflict = next(c for c in article.conflicts if c.field == "publisher")
    assert conflict.chosen == "OpenAI"
    assert {v.value: v.source_ids for v in conflict.values} == {"OpenAI": ["s1"], "OpenAI Inc": ["s2"]}


def test_identical_key_points_become_one_with_every_source() -> None:
    a = record("Title words here", points=["Fact one.", "Fact two."])
    b = record("Title words here", points=["Fact  one.", "Fact three."])
    article = fuse([sourced("s1", a), sourced("s2", b)])
    by_text = {k.text: k.source_ids for k in article.key_points}
    assert by_text == {"Fact one.": ["s1", "s2"], "Fact two.": ["s1"], "Fact three.": ["s2"]}


def test_near_identical_bodies_are_one_body_from_the_best_copy() -> None:
    text = " ".join(f"word{i}" for i in range(200))
    structured = record("Title words here", body=text)
    flattened = record("Title words here", body="Subtitle sentence. " + text)
    flattened.texts[-1] = flattened.texts[-1].model_copy(update={"fidelity": 1})
    article = fuse([sourced("s2", flattened), sourced("s1", structured)])
    assert len(article.bodies) == 1
    assert article.bodies[0].text == text
    assert article.bodies[0].source_ids == ["s1", "s2"]


def test_related_titles_resolve_to_ingested_articles() -> None:
    pointer = PageRelated(relation="similar", title="The other story title")
    items = [
        sourced("s1", record("First story title words", related=[pointer])),
        sourced("s2", record("The other story title")),
    ]
    articles = build_articles(items)
    first = next(a for a in articles if a.titles["en"] == "First story title words")
    other = next(a for a in articles if a.titles["en"] == "The other story title")
    assert first.related[0].article_id == other.id


def test_article_ids_are_stable_and_independent_of_source_order() -> None:
    items = [
        sourced("s1", record("Some title words", url="https://x.com/a")),
        sourced("s2", record("Some title words")),
    ]
    assert fuse(items).id == fuse(list(reversed(items))).id
    assert resolve_references([fuse(items)])[0].id.startswith("art_")


def test_an_edited_copy_without_url_or_same_title_merges_as_a_near_duplicate() -> None:
    body = " ".join(
        f"Sentence {i} of the report says the plant made {i * 7} units in May." for i in range(30)
    )
    edited = body.replace("Sentence 3 of", "Sentence three of")
    records = {
        "a": record("Plant output rises", body=body, date="2026-06-01"),
        "b": record("Plant output rises again", body=edited, date="2026-06-01"),
        # the same text with other figures is another report, not a copy
        "c": record("Plant output falls", body=body.replace(" units", "0 units"), date="2026-06-01"),
    }
    assert sorted(groups_of(records)) == [["a", "b"], ["c"]]


def test_one_text_under_titles_that_differ_in_a_figure_is_two_pages() -> None:
    # two days' slide decks repeating one month's commentary, generated the same day, no URL
    topics = (
        "推論モデル 公開ウェイト 世界モデル 音声対話 画像生成 検索連携 端末実行 長文読解 安全評価 価格改定"
    )
    commentary = "".join(
        f"今月は{a}と{b}が両輪で進み、各社の発表が相次いだ。" for a in topics.split() for b in topics.split()
    )
    records = {
        "a": record("2025年08月01日", lang="ja", body=commentary, date="2025-08-30"),
        "b": record("2025年08月13日", lang="ja", body=commentary, date="2025-08-30"),
        # a copy whose title drops a figure is still a copy
        "c": record("2025年08月 AI ニュース", lang="ja", body=commentary, date="2025-08-30"),
    }
    assert sorted(groups_of(records)) == [["a", "c"], ["b"]]


def test_shingles_are_character_grams_in_cjk_and_word_grams_elsewhere() -> None:
    from pipeline.cluster import shingles

    assert "微软对ope" not in shingles("微软对OpenAI的IP授权")
    assert {"微软对", "软对"} & shingles("微软对外") == set()  # runs shorter than 5 give the run itself
    assert "微软对外" in shingles("微软对外")
    assert "one two three four five" in shingles("One two three four five six")


def test_articles_that_would_share_an_id_get_distinct_stable_ones() -> None:
    # titles too short to merge on, no URL, no date: two articles whose title key is the same
    items = [
        sourced("s1", record("Update", points=["Fact one."])),
        sourced("s2", record("Update", points=["Fact one."])),
    ]
    articles = build_articles(items)
    assert len({a.id for a in articles}) == 2
    assert len({k.id for a in articles for k in a.key_points}) == 2
    assert [a.id for a in build_articles(list(reversed(items)))] == [a.id for a in articles]


def test_stories_of_one_page_that_would_share_an_id_get_distinct_ones() -> None:
    # two "Update" items of one digest page: one page hash, two positions; the id suffix keeps both
    page = "src_0123456789abcdef"
    items = [sourced(f"{page}-{n}", record("Update", points=[f"Fact {n}."])) for n in (1, 2)]
    items.append(sourced("src_0123456789abcdee", record("Update", points=["Fact 3."])))
    ids = sorted(a.id for a in build_articles(items))
    assert len(set(ids)) == 3
    assert [i.rsplit("-", 2)[1:] for i in ids if i.count("-") == 2] == [["01234567", "1"], ["01234567", "2"]]


def test_ids_stay_distinct_when_page_hashes_start_alike() -> None:
    items = [sourced(f"src_01234567{tail}", record("Update", points=[f"Fact {tail}."])) for tail in "ab"]
    ids = sorted(a.id for a in build_articles(items))
    assert len(set(ids)) == 2 and all(i.endswith(("-01234567a", "-01234567b")) for i in ids)
