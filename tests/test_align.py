"""Alignment: anchors, segments, and the links on the seeds against the gold."""

from __future__ import annotations

import random

import pytest

from pipeline.align import align, names, numbers, polarity, segments
from pipeline.encoder import default_encoder
from pipeline.models import KeyPoint


def kp(id_: str, lang: str, text: str, kind: str = "key_point", source: str = "s1") -> KeyPoint:
    return KeyPoint(id=id_, lang=lang, text=text, kind=kind, origin="machine_generated", source_ids=[source])


@pytest.mark.parametrize(
    ("a", "b"),
    [("through 2032", "2032 年まで"), ("through 2032", "持续至2032年"), ("$13 billion", "130億ドル"),
     ("1,000 engineers", "1000人"), ("13 billion", "130亿")],
)  # fmt: skip
def test_numbers_match_across_languages_by_value(a: str, b: str) -> None:
    assert numbers(a) & numbers(b)


def test_different_figures_do_not_match() -> None:
    assert not numbers("through 2030") & numbers("2032 年まで")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Microsoft holds a non-exclusive license", {"nonexclusive"}),
        ("その ライセンスは非独占的となる。", {"nonexclusive"}),
        ("微软对OpenAI的IP授权变为非独占", {"nonexclusive"}),
        ("独占ライセンス", {"exclusive"}),
        ("an exclusive license", {"exclusive"}),
        ("revenue share", set()),
    ],
)
def test_polarity_words_are_classified_in_every_language(text: str, expected: set[str]) -> None:
    assert polarity(text) == expected


def test_names_of_a_cjk_text_are_its_latin_words() -> None:
    assert names("Microsoft は OpenAI の IP に対するライセンス", "ja") == {"microsoft", "openai", "ip"}
    assert names("Microsoft retains exclusive IP license", "en") == {"microsoft", "ip"}


def test_multi_fact_bullets_are_split_into_their_clauses() -> None:
    assert segments("OpenAI can serve on any cloud; pays Microsoft revenue share through 2030 (capped)")[
        1:
    ] == [
        "OpenAI can serve on any cloud",
        "pays Microsoft revenue share through 2030 (capped)",
    ]
    assert segments(
        "Joint engineering focus: scaling datacenter power, collaborating on silicon, and applying AI"
    )[1:] == ["scaling datacenter power", "collaborating on silicon", "applying AI"]
    assert len(segments("微软仍是OpenAI的主要云合作伙伴,但OpenAI可自由选择其他云服务商。")) == 3
    assert segments("One simple fact about the world.") == ["One simple fact about the world."]


@pytest.fixture(scope="module")
def encoder():
    return default_encoder()


def test_translations_link_one_to_one_and_a_missing_translation_links_nothing(encoder) -> None:
    english = [
        kp("e1", "en", "The central bank raised interest rates by half a point on Tuesday."),
        kp("e2", "en", "Heavy snow closed the mountain pass for three days."),
        kp("e3", "en", "The museum will reopen next spring after renovation."),
    ]
    japanese = [
        kp("j1", "ja", "中央銀行は火曜日に金利を0.5ポイント引き上げた。", source="s2"),
        kp("j2", "ja", "大雪のため峠は3日間通行止めになった。", source="s2"),
    ]
    links = {(al.a, al.b) for al in align(english + japanese, encoder)}
    assert links == {("e1", "j1"), ("e2", "j2")}


def test_implications_are_never_linked(encoder) -> None:
    points = [
        kp("e1", "en", "Plan integrations and testing on Azure first.", kind="implication"),
        kp("j1", "ja", "まず Azure 上で統合とテストを計画する。"),
    ]
    assert align(points, encoder) == []


def test_opposite_polarity_is_not_the_same_fact(encoder) -> None:
    points = [
        kp("e1", "en", "Microsoft keeps an exclusive license to the models."),
        kp("e2", "en", "The deal runs through 2032."),
        kp("j1", "ja", "そのライセンスは非独占的となる。", source="s2"),
        kp("j2", "ja", "契約は 2032 年まで続く。", source="s2"),
    ]
    links = {(al.a, al.b) for al in align(points, encoder)}
    assert ("e1", "j1") not in links
    assert ("e2", "j2") in links


def test_links_do_not_depend_on_key_point_order(encoder) -> None:
    points = [
        kp("a", "en", "Revenue share payments continue through 2030."),
        kp("b", "en", "Microsoft no longer pays a revenue share."),
        kp("c", "zh", "收入分成将持续到2030年。", source="s2"),
        kp("d", "zh", "微软不再支付收入分成。", source="s2"),
    ]
    expected = align(points, encoder)
    shuffled = points[:]
    random.Random(7).shuffle(shuffled)
    assert align(shuffled, encoder) == expected
    assert {(al.a, al.b) for al in expected} >= {("a", "c")}
