"""CJK dates: the date forms Japanese and Chinese pages print, to ISO 8601.

``pipeline.dates`` reads ``2026年4月27日`` and ``2026/4/27`` when the digits are ASCII and nothing
stands between the day and the time. Publishers' own pages print more than that, and htmldate
returns nothing (or a wrong date) for most of it:

* full-width digits and spaces: ``２０２６年４月２７日``;
* a weekday between the day and the time: ``2026年4月27日(月) 10時30分``, ``2026年4月27日 星期一 10:30``;
* Japanese era years: ``令和8年4月27日`` (令和1年 = 元年 = 2019), ``平成31年4月30日`` (平成1年 = 1989),
  ``昭和64年1月7日`` (昭和1年 = 1926), and their initials ``R8.4.27`` / ``H31/4/30``;
* Chinese numerals: ``二〇二六年四月二十七日``;
* dots as separators: ``2026.4.27``.

A parsed value keeps the precision ``pipeline.dates`` uses: ``2026-04-27`` for a day,
``2026-04-27T10:30`` for a printed local time (the zone is not printed, so none is claimed).

Everything here is a pure function of its argument.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime

__all__ = ["ERAS", "FoundDate", "era_year", "find_cjk_date", "parse_cjk_date"]

# Era name -> the Gregorian year of its first year (元年).
ERAS: dict[str, int] = {"令和": 2019, "平成": 1989, "昭和": 1926, "大正": 1912, "明治": 1868}
_ERA_INITIALS: dict[str, str] = {"R": "令和", "H": "平成", "S": "昭和", "T": "大正", "M": "明治"}
# The last day of each era (an era year past it does not exist: 平成32年 is a typo).
_ERA_ENDS: dict[str, date] = {
    "平成": date(2019, 4, 30),
    "昭和": date(1989, 1, 7),
    "大正": date(1926, 12, 25),
    "明治": date(1912, 7, 30),
}

_KANJI_DIGITS = {
    "〇": 0,
    "零": 0,
    "一": 1,
    "二": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
_KANJI_NUMBER = "[〇零一二三四五六七八九十]"

_WEEKDAY = (
    r"(?:\s*[(（]\s*(?:[月火水木金土日]|[一二三四五六日天])(?:曜日?)?\s*[)）]"
    r"|\s*(?:星期|礼拜|禮拜|周|週)[一二三四五六日天]"
    r"|\s*[月火水木金土日]曜日)?"
)
_TIME = (
    r"(?:\s*(?:(?P<ampm>午前|午後|上午|下午|早上|晚上))?\s*(?P<hour>\d{1,2})\s*(?:[:：]|時|时|点|點)\s*"
    r"(?P<minute>\d{1,2})\s*分?(?:\s*[:：]?\s*(?P<second>\d{1,2})\s*秒?)?)?"
)
_ERA_NAMES = "|".join(ERAS)

_PATTERNS: tuple[re.Pattern[str], ...] = tuple(
    re.compile(p)
    for p in (
        # 令和8年4月27日, 令和元年5月1日
        rf"(?P<era>{_ERA_NAMES})\s*(?P<era_year>元|\d{{1,2}})\s*年\s*(?P<month>\d{{1,2}})\s*月\s*"
        rf"(?P<day>\d{{1,2}})\s*日" + _WEEKDAY + _TIME,
        # R8.4.27, H31/4/30 (era initial, year, month, day)
        r"(?<![A-Za-z0-9])(?P<initial>[RHST])\s?(?P<era_year>\d{1,2})[./](?P<month>\d{1,2})[./]"
        r"(?P<day>\d{1,2})(?![\d./])" + _WEEKDAY + _TIME,
        # 2026年4月27日
        r"(?<!\d)(?P<year>\d{4})\s*年\s*(?P<month>\d{1,2})\s*月\s*(?P<day>\d{1,2})\s*[日号號]"
        + _WEEKDAY
        + _TIME,
        # 二〇二六年四月二十七日
        rf"(?P<kyear>[〇零一二三四五六七八九]{{4}})\s*年\s*(?P<kmonth>{_KANJI_NUMBER}{{1,3}})\s*月\s*"
        rf"(?P<kday>{_KANJI_NUMBER}{{1,3}})\s*[日号號]",
        # 2026/4/27, 2026.4.27, 2026-4-27 (year first is unambiguous)
        r"(?<![\d./-])(?P<year>\d{4})(?P<sep>[./-])(?P<month>\d{1,2})(?P=sep)(?P<day>\d{1,2})(?![\d./-])"
        + _WEEKDAY
        + _TIME,
    )
)


@dataclass(frozen=True)
class FoundDate:
    """A date found in a text: its ISO value and where it stands."""

    iso: str
    start: int
    end: int


def era_year(era: str, year: int) -> int:
    """``era_year("令和", 8)`` -> 2026; raises ``KeyError`` for an unknown era."""
    return ERAS[era] + year - 1


def _kanji_number(text: str) -> int | None:
    """``二十七`` -> 27, ``十`` -> 10, ``〇四`` -> 4; digit strings (``二〇二六``) read digit by digit."""
    if "十" not in text:
        value = 0
        for ch in text:
            value = value * 10 + _KANJI_DIGITS[ch]
        return value
    tens, _, ones = text.partition("十")
    if "十" in ones:
        return None
    return (_KANJI_DIGITS[tens] if tens else 1) * 10 + (_KANJI_DIGITS[ones] if ones else 0)


def _normalise(text: str) -> str:
    # NFKC turns full-width digits, colons and spaces into ASCII and keeps every length but a few
    # compatibility characters'; the spans are reported on the normalised text's indices only
    # when the lengths agree (see find_cjk_date).
    return unicodedata.normalize("NFKC", text)


def _build(match: re.Match[str]) -> str | None:
    g = match.groupdict()
    try:
        if g.get("kyear"):
            year = _kanji_number(g["kyear"])
            month = _kanji_number(g["kmonth"])
            day_ = _kanji_number(g["kday"])
            if year is None or month is None or day_ is None:
                return None
        else:
            month, day_ = int(g["month"]), int(g["day"])
            era = g.get("era") or _ERA_INITIALS.get(g.get("initial") or "")
            if era:
                number = 1 if g["era_year"] == "元" else int(g["era_year"])
                if number < 1:
                    return None
                year = era_year(era, number)
            else:
                year = int(g["year"])
        value = date(year, month, day_)
    except (ValueError, KeyError):
        return None
    era_end = _ERA_ENDS.get(g.get("era") or _ERA_INITIALS.get(g.get("initial") or "", ""))
    if era_end is not None and value > era_end:
        return None
    if not 1900 <= value.year <= 2200:
        return None
    if g.get("hour") is None:
        return value.isoformat()
    hour, minute = int(g["hour"]), int(g["minute"])
    second = int(g["second"] or 0)
    if g.get("ampm") in ("午後", "下午", "晚上") and hour < 12:
        hour += 12
    elif g.get("ampm") in ("午前", "上午", "早上") and hour == 12:
        hour = 0
    try:
        moment = datetime(value.year, value.month, value.day, hour, minute, second)
    except ValueError:
        return value.isoformat()
    return moment.strftime("%Y-%m-%dT%H:%M:%S" if second else "%Y-%m-%dT%H:%M")


def find_cjk_date(text: str) -> FoundDate | None:
    """The first CJK-style date in ``text`` (with its time, when one follows), or None."""
    normal = _normalise(text)
    same_length = len(normal) == len(text)
    best: tuple[int, int, str] | None = None
    for pattern in _PATTERNS:
        for match in pattern.finditer(normal):
            iso = _build(match)
            if iso is None:
                continue
            if best is None or match.start() < best[0]:
                best = (match.start(), match.end(), iso)
            break
    if best is None:
        return None
    start, end, iso = best
    if not same_length:  # map the span back onto the caller's text approximately
        start, end = _index_before(text, start), _index_before(text, end)
    return FoundDate(iso, start, end)


def _index_before(text: str, normal_index: int) -> int:
    """The index in ``text`` whose normalised prefix has ``normal_index`` characters (or fewer)."""
    lo, hi = 0, len(text)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if len(_normalise(text[:mid])) <= normal_index:
            lo = mid
        else:
            hi = mid - 1
    return lo


def parse_cjk_date(text: str) -> str | None:
    """ISO value of the first CJK-style date in ``text``: ``令和8年4月27日`` -> ``2026-04-27``."""
    found = find_cjk_date(text)
    return found.iso if found else None
