"""CJK dates: Western-calendar 年月日, Japanese eras, Chinese numerals, full-width digits, weekdays
between the day and the time."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pipeline.cjkdates import ERAS, era_year, find_cjk_date, parse_cjk_date


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("2026年4月27日", "2026-04-27"),
        ("2020年2月19日", "2020-02-19"),
        ("２０２６年４月２７日", "2026-04-27"),
        ("2026年04月27日 10:30", "2026-04-27T10:30"),
        ("2026年4月27日(月) 10時30分配信", "2026-04-27T10:30"),
        ("２０２６年４月２７日（月）　１０：３０", "2026-04-27T10:30"),
        ("2026年4月27日 星期一 下午3:05", "2026-04-27T15:05"),
        ("2026/04/27 15:04:09", "2026-04-27T15:04:09"),
        ("发布时间：2026-04-27 10:30", "2026-04-27T10:30"),
        ("2026.4.27", "2026-04-27"),
        ("二〇二六年四月二十七日", "2026-04-27"),
        ("二〇二〇年二月十九日", "2020-02-19"),
        ("令和8年4月27日", "2026-04-27"),
        ("令和元年5月1日", "2019-05-01"),
        ("令和８年４月２７日 午後3時5分", "2026-04-27T15:05"),
        ("平成31年4月30日", "2019-04-30"),
        ("平成元年1月8日", "1989-01-08"),
        ("昭和64年1月7日", "1989-01-07"),
        ("R8.4.27", "2026-04-27"),
        ("H31/4/30", "2019-04-30"),
        ("2026年4月26日 — Our principles", "2026-04-26"),
    ],
)
def test_reads_the_date(text: str, iso: str) -> None:
    assert parse_cjk_date(text) == iso


@pytest.mark.parametrize(
    "text",
    [
        "平成32年1月1日",  # 平成 ended on 2019-04-30
        "昭和64年1月8日",  # the first day of 平成
        "令和0年1月1日",
        "2026年2月30日",
        "2026年13月1日",
        "4月27日",  # no year: not guessed
        "第2026号",
        "",
    ],
)
def test_no_date_where_there_is_none(text: str) -> None:
    assert parse_cjk_date(text) is None


def test_the_first_date_wins_and_its_span_is_given() -> None:
    text = "更新 2026年4月28日 公開 2026年4月27日"
    found = find_cjk_date(text)
    assert found is not None and found.iso == "2026-04-28"
    assert text[found.start : found.end] == "2026年4月28日"


def test_span_of_full_width_text_points_into_the_callers_text() -> None:
    text = "配信：令和８年４月２７日"
    found = find_cjk_date(text)
    assert found is not None and found.iso == "2026-04-27"
    assert text[found.start : found.end] == "令和８年４月２７日"


def test_era_year() -> None:
    assert era_year("令和", 1) == 2019
    assert era_year("令和", 8) == 2026
    assert era_year("平成", 31) == 2019


@given(st.dates(min_value=date(2019, 5, 1), max_value=date(2100, 12, 31)))
def test_reiwa_round_trip(day: date) -> None:
    text = f"令和{day.year - ERAS['令和'] + 1}年{day.month}月{day.day}日"
    assert parse_cjk_date(text) == day.isoformat()


@given(st.text(max_size=40))
def test_never_raises(text: str) -> None:
    found = find_cjk_date(text)
    if found is not None:
        assert 0 <= found.start <= found.end <= len(text)
