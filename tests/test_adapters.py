"""Each seed adapter on its real page: what it must find, and what it must leave out.

``fixtures/adapters/<page>.json`` holds each page's full expected record, written by
``tests/make_adapter_fixtures.py`` and reviewed by hand; a change to an adapter's output shows up
here as a diff to review (and a version bump for the adapter)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline import blocks, extract, rawstore
from pipeline.adapters import REGISTRY, choose
from pipeline.models import PageRecord

from conftest import FIXTURES, RAW


def page_record(name: str) -> PageRecord:
    path = next(RAW.glob(f"{name}_*"))
    (record,) = extract.extract(rawstore.load(rawstore.RawFile(path.name, path, 0)))
    return record


@pytest.mark.parametrize(
    ("name", "adapter"),
    [("000", "quick_digest"), ("001", "quick_digest"), ("002", "scored_keypoints"), ("003", "cached_copy"),
     ("004", "generic_digest")],
)  # fmt: skip
def test_each_shape_is_claimed_by_its_adapter_only(name: str, adapter: str) -> None:
    path = next(RAW.glob(f"{name}_*"))
    page = blocks.from_text(path.read_text(encoding="utf-8"))
    assert choose(page).name == adapter
    sure = REGISTRY[adapter].claims(page)
    assert [n for n, a in REGISTRY.items() if n != adapter and a.claims(page) >= sure] == []


@pytest.mark.parametrize("path", sorted(RAW.iterdir()), ids=lambda p: p.name[:3])
def test_adapter_output_matches_its_reviewed_fixture(path: Path) -> None:
    expected = json.loads((FIXTURES / "adapters" / f"{path.stem}.json").read_text(encoding="utf-8"))
    assert json.loads(page_record(path.name[:3]).model_dump_json()) == expected


def test_quick_digest_names_its_generator_on_every_machine_text() -> None:
    rec = page_record("000")
    machine = [t for t in rec.texts if t.origin != "original"] + list(rec.key_points)
    assert machine and all(t.generator == "gpt-5-mini-2025-08-07" for t in machine)
    assert {t.origin for t in rec.texts if t.lang == "ja"} == {"machine_translation"}


def test_quick_digest_reads_the_header_time_as_utc() -> None:
    assert page_record("000").published_at[0].value == "2026-04-27T06:00:00Z"
    assert {c.value for c in page_record("001").published_at} == {"2026-02-27T05:30:00Z"}


def test_quick_digest_nested_implications_have_their_parent() -> None:
    points = page_record("000").key_points
    parent = next(i for i, k in enumerate(points) if k.text == "Engineer implications:")
    children = [k for k in points if k.parent == parent]
    assert len(children) == 3 and all(k.kind == "implication" for k in children)
    assert points[parent].kind == "key_point"


def test_quick_digest_implication_section_is_kind_implication() -> None:
    points = page_record("001").key_points
    assert sum(k.kind == "implication" for k in points) == 4
    assert all(k.parent is None for k in points)


def test_quick_digest_headline_is_kept_apart_from_the_title() -> None:
    rec = page_record("001")
    headline = [t.text for t in rec.texts if t.kind == "headline"]
    assert headline == [
        "OpenAI and Microsoft reaffirm partnership; Azure remains exclusive for stateless APIs"
    ]
    assert not [t for t in page_record("000").texts if t.kind == "headline"]  # same as the title there


def test_scored_page_reads_score_tags_and_machine_key_points() -> None:
    rec = page_record("002")
    assert [(s.name, s.value) for s in rec.scores] == [("score", 7.5)]
    assert [t.text for t in rec.tags] == ["OpenAI", "微软", "AI合作", "云计算"]
    zh = [k for k in rec.key_points if k.lang == "zh"]
    assert len(zh) == 3 and {k.origin for k in zh} == {"machine_generated"}


def test_scraped_original_loses_its_chrome() -> None:
    rec = page_record("002")
    body = next(t.text for t in rec.texts if t.kind == "body")
    for chrome in (
        "Skip to main content",
        "opens in a new window",
        "Loading",
        "Keep reading",
        "card image",
        "©",
    ):
        assert chrome not in body
    assert body.startswith("The rapid pace of innovation") and body.endswith("around the world.")
    assert (
        next(t.text for t in rec.texts if t.kind == "subtitle")
        == "Amended agreement provides long-term clarity."
    )
    assert rec.publisher.value == "OpenAI" and rec.category.value == "Company" and rec.authors == ["OpenAI"]


def test_cached_copy_unescapes_markdown_and_splits_the_flattened_list() -> None:
    rec = page_record("003")
    body = next(t for t in rec.texts if t.kind == "body")
    assert "\\" not in body.text and "long-term" in body.text and "non-exclusive" in body.text
    assert body.fidelity == 1
    assert [k.text for k in rec.key_points][-1] == (
        "Microsoft continues to participate directly in OpenAI’s growth as a major shareholder."
    )
    assert "[2026]" not in body.text and "2026](" not in body.text
    assert rec.cached_at == "2026-05-08T09:31"
    assert rec.canonical_url == "https://openai.com/index/next-phase-of-microsoft-partnership/"


def test_cached_copy_similar_articles_are_title_feed_description_cards() -> None:
    similar = page_record("003").related
    assert len(similar) == 5 and {r.relation for r in similar} == {"similar"}
    assert similar[1].title == "Joint Statement from OpenAI and Microsoft"
    assert similar[1].publisher == "OpenAI Blog"
    assert similar[1].summary.startswith("OpenAI and Microsoft issue a joint statement")


def test_the_generic_reader_takes_a_bilingual_summary_page_by_its_labelled_languages() -> None:
    rec = page_record("004")
    assert sorted(t.lang for t in rec.texts if t.kind == "summary") == ["en", "zh"]
    assert rec.canonical_url == "https://openai.com/index/next-phase-of-microsoft-partnership/"


def test_a_quick_digest_without_its_header_date_is_rejected_with_a_reason() -> None:
    text = (RAW / "000_75628813fdd9d8f5.txt").read_text(encoding="utf-8").split("\n", 1)[1]
    page = rawstore.DecodedPage("x.txt", "0", "OpenAI News\n" + text, "utf-8", "test", "text")
    with pytest.raises(extract.Rejected, match="quick_digest: quick digest header has no publication date"):
        extract.extract(page)


def test_no_adapter_claims_above_its_ceiling_and_choose_asks_only_what_can_win() -> None:
    """``choose`` skips adapters whose ceiling cannot beat the best claim so far: the choice must be
    the one asking every adapter would make (highest score, ties to the first name)."""
    pages = [blocks.from_text(p.read_text(encoding="utf-8")) for p in sorted(RAW.iterdir())]
    pages += [blocks.from_html(blocks.to_html(page)) for page in pages]
    digests = sorted((FIXTURES / "digests").iterdir())
    pages += [blocks.from_text(p.read_text(encoding="utf-8")) for p in digests]
    for page in pages:
        scores = {name: adapter.claims(page) for name, adapter in sorted(REGISTRY.items())}
        assert all(score <= REGISTRY[name].ceiling for name, score in scores.items())
        top = max(scores.values())
        expected = min(name for name, score in scores.items() if score == top) if top > 0 else None
        assert choose(page) is (REGISTRY[expected] if expected else None)
