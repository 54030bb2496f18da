"""Dates: every date and time format the pages use, to ISO 8601.

A parsed value keeps its precision: ``2026-04-27`` when only a day is known, ``2026-04-27T06:00``
when a time is known but not its zone, ``2026-04-27T06:00:00Z`` when the time is known to be UTC.
Formats are data (``_PATTERNS``); ambiguous numeric dates (``08/01/2014``) are read month/day/year,
as the US-made aggregators that print them do, unless the caller knows the page reads day first (a
Spanish or British article page); a numeric date that is valid only one way round is read that way,
and ``08.01.2014`` is always day first.
"""

from __future__ import annotations

import email.utils
import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from functools import lru_cache

_MONTHS = {
    m: i + 1
    for i, names in enumerate(
        [
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ]
    )
    for m in names
}

# Month names of the languages whose pages write "30 Eylül 2026", "14 de julio de 2026", "4. März
# 2026", "3 марта 2026" (the genitive, as a date writes it), read only between a day and a year
_OTHER_MONTHS = (  # es, pt, fr, de, it, nl, tr, ru, cs, pl, id; uk, fi, sv, da/nb, ro, el, ar, hi
    "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "januar februar märz april mai juni juli august september oktober november dezember",
    "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "januari februari maart april mei juni juli augustus september oktober november december",
    "ocak şubat mart nisan mayıs haziran temmuz ağustos eylül ekim kasım aralık",
    "января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
    "ledna února března dubna května června července srpna září října listopadu prosince",
    "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia",
    "januari februari maret april mei juni juli agustus september oktober november desember",
    "січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня",
    "tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta elokuuta syyskuuta"
    " lokakuuta marraskuuta joulukuuta",
    "januari februari mars april maj juni juli augusti september oktober november december",
    "januar februar marts april maj juni juli august september oktober november december",
    "ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie noiembrie decembrie",
    "ιανουαρίου φεβρουαρίου μαρτίου απριλίου μαΐου ιουνίου ιουλίου αυγούστου σεπτεμβρίου οκτωβρίου"
    " νοεμβρίου δεκεμβρίου",
    "يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر",
    "जनवरी फ़रवरी मार्च अप्रैल मई जून जुलाई अगस्त सितंबर अक्टूबर नवंबर दिसंबर",
)
# (Thai pages count years from 543 BC, "26 ตุลาคม 2566": not read as this era's)
_DAY_MONTH_NAMES = {name: i + 1 for months in _OTHER_MONTHS for i, name in enumerate(months.split())}
_MONTH = (
    r"(?P<month_name>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_OTHER_MONTH = (
    "(?P<month_name>" + "|".join(sorted(map(re.escape, _DAY_MONTH_NAMES), key=len, reverse=True)) + ")"
)
_TIME = (
    r"(?:,?\s*(?:at\s+)?(?P<hour>\d{1,2}):(?P<minute>\d{2})(?::(?P<second>\d{2}))?"
    r"\s*(?P<ampm>[AaPp]\.?[Mm]\.?)?"
    # UTC as e-mail and feeds state it ("05:02:40 GMT", "08:11:32 +0000"); not "GMT+8". (A time
    # in another zone stays the local time it states, its day the writer's.)
    r"(?:\s*(?P<zone>Z|UTC|GMT|[+-]0000)(?![\w:+-]))?)?"
)
_PATTERNS: tuple[re.Pattern[str], ...] = tuple(
    re.compile(p, re.IGNORECASE)
    for p in (
        # 2026-02-27T05:30:00.000Z, 2026-02-27 05:30, 2026-02-27
        r"(?<!\d)(?P<year>\d{4})-(?P<month>\d{1,2})-(?P<day>\d{1,2})(?!\d)"
        r"(?:[T ](?P<hour>\d{2}):(?P<minute>\d{2})(?::(?P<second>\d{2})(?:\.\d+)?)?"
        r"\s*(?P<zone>Z|UTC|GMT|[+-]\d{2}:?\d{2})?)?",
        # Apr 27, 2026, 6:00 AM / April 27, 2026
        _MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year>\d{4})" + _TIME,
        # 27 April 2026
        r"(?P<day>\d{1,2})\s+" + _MONTH + r",?\s+(?P<year>\d{4})" + _TIME,
        # 30 Eylül 2026, 14 de julio de 2026, 4. März 2026, 3 марта 2026 г.
        r"(?<!\d)(?P<day>\d{1,2})(?:er|\.)?\s+(?:de\s+)?"
        + _OTHER_MONTH
        + r"\s+(?:de\s+)?(?P<year>\d{4})(?!\d)"
        + _TIME,
        # 2026年4月27日 (optionally 15:04 or 15時04分); 2026년 4월 27일 (a Korean weekday, "(월)" or
        # "월요일", may stand before its time: 15:04, 15시 4분, 오후 3:04)
        r"(?P<year>\d{4})\s*年\s*(?P<month>\d{1,2})\s*月\s*(?P<day>\d{1,2})\s*日"
        r"(?:\s*(?P<hour>\d{1,2})\s*[:時时]\s*(?P<minute>\d{2})\s*分?)?",
        r"(?<!\d)(?P<year>\d{4})\s*년\s*(?P<month>\d{1,2})\s*월\s*(?P<day>\d{1,2})\s*일"
        r"(?:\s*[(（]\s*[월화수목금토일](?:요일)?\s*[)）]|\s*[월화수목금토일]요일)?"
        r"(?:\s*(?P<ampm>오전|오후)?\s*(?P<hour>\d{1,2})\s*[:시]\s*(?P<minute>\d{1,2})\s*분?)?",
        # 2026. 4. 27. (Korean pages' dots, each followed by a space: "2026.4.27" may be a version)
        r"(?<![\w.])(?P<year>\d{4})\.\s(?P<month>\d{1,2})\.\s(?P<day>\d{1,2})(?!\d)\.?"
        r"(?:\s*(?P<ampm>오전|오후)?\s*(?P<hour>\d{1,2}):(?P<minute>\d{2}))?",
        # 2026/04/27, 2024 / 08 / 20 (year first is unambiguous)
        r"(?<!\d)(?P<year>\d{4})(?P<gap> ?)/(?P=gap)(?P<month>\d{1,2})(?P=gap)/(?P=gap)(?P<day>\d{1,2})(?!\d)"
        + _TIME,
        # 05/08/26, 09:31 AM and 05/08/2026 (month/day/year, or day/month/year: see _build)
        r"(?<!\d)(?P<first>\d{1,2})/(?P<then>\d{1,2})/(?P<year>\d{4}|\d{2})(?!\d)" + _TIME,
        # 08.01.2014 (day.month.year)
        r"(?<![\w.])(?P<day>\d{1,2})\.(?P<month>\d{1,2})\.(?P<year>\d{4})(?!\.?\d)" + _TIME,
    )
)


_MERIDIEM = {"오전": "am", "오후": "pm"}  # Korean "before noon", "after noon"


@dataclass(frozen=True)
class ParsedDate:
    value: date | datetime
    has_time: bool
    utc: bool

    def iso(self) -> str:
        if not self.has_time:
            return self.value.isoformat() if isinstance(self.value, date) else ""
        assert isinstance(self.value, datetime)
        if self.utc:
            return self.value.strftime("%Y-%m-%dT%H:%M:%SZ")
        if self.value.second:
            return self.value.strftime("%Y-%m-%dT%H:%M:%S")
        return self.value.strftime("%Y-%m-%dT%H:%M")


_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday mon tue wed thu fri".split())


def names_a_day_or_month(word: str) -> bool:
    """``August``, ``Wed``: a date's word, which a reading of a byline may take for a name."""
    folded = word.strip(" .,").casefold()
    return folded in _MONTHS or folded in _WEEKDAYS


def find_date(text: str, *, assume_utc: bool = False, day_first: bool = False) -> ParsedDate | None:
    """The first date (with its time, if given) in ``text``; None when there is none."""
    best: tuple[int, ParsedDate] | None = None
    for pattern in _PATTERNS:
        for match in pattern.finditer(text):
            parsed = _build(match, assume_utc, day_first)
            if parsed is not None:
                if best is None or match.start() < best[0]:
                    best = (match.start(), parsed)
                break
    return best[1] if best else None


@lru_cache(maxsize=1 << 14)  # pure; pages of one day state the same few dates again and again
def parse_date(text: str, *, assume_utc: bool = False, day_first: bool = False) -> str | None:
    parsed = find_date(text, assume_utc=assume_utc, day_first=day_first)
    return parsed.iso() if parsed else None


def match_span(text: str, *, day_first: bool = False) -> tuple[int, int] | None:
    """Where the first date in ``text`` stands, to cut it out of a line."""
    spans = [m.span() for p in _PATTERNS for m in [p.search(text)] if m and _build(m, False, day_first)]
    return min(spans) if spans else None


def _build(match: re.Match[str], assume_utc: bool, day_first: bool = False) -> ParsedDate | None:
    groups = match.groupdict()
    year = int(groups["year"])
    if year < 100:
        year += 2000
    if groups.get("first"):
        month, day = int(groups["first"]), int(groups["then"])
        if day_first:
            month, day = day, month
        if month > 12 >= day:  # 25/12/2014 is day first whatever the page's habit
            month, day = day, month
    else:
        day = int(groups["day"])
        if groups.get("month_name"):
            name = groups["month_name"].lower().rstrip(".")
            month = _MONTHS.get(name) or _DAY_MONTH_NAMES.get(name)
        else:
            month = int(groups["month"])
    try:
        day_value = date(year, month or 0, day)
    except ValueError:
        return None
    if groups.get("hour") is None:
        return ParsedDate(day_value, has_time=False, utc=False)
    hour = int(groups["hour"])
    stated = groups.get("ampm") or ""
    ampm = _MERIDIEM.get(stated) or stated.lower().replace(".", "")
    if ampm == "pm" and hour < 12:
        hour += 12
    elif ampm == "am" and hour == 12:
        hour = 0
    try:
        moment = datetime(
            year, month or 0, day_value.day, hour, int(groups["minute"]), int(groups.get("second") or 0)
        )
    except ValueError:
        return None
    zone = (groups.get("zone") or "").upper()
    if zone and zone not in ("Z", "UTC", "GMT"):
        sign = 1 if zone[0] == "+" else -1
        digits = zone[1:].replace(":", "")
        offset = timedelta(hours=int(digits[:2]), minutes=int(digits[2:]))
        moment = (moment - sign * offset).replace(tzinfo=None)
        zone = "Z"
    return ParsedDate(moment, has_time=True, utc=bool(zone) or assume_utc)


def day_of(iso: str) -> date | None:
    try:
        return date.fromisoformat(iso[:10])
    except ValueError:
        return None


def compatible(a: str, b: str, *, slack_days: int = 1) -> bool:
    """Two ISO values can describe the same moment (a day-only value and a zone-less time may sit
    a day apart from a UTC time)."""
    da, db = day_of(a), day_of(b)
    if da is None or db is None:
        return False
    if a == b:
        return True
    if "T" in a and "T" in b and a.endswith("Z") and b.endswith("Z"):
        return a == b
    return abs((da - db).days) <= slack_days


def precision(iso: str) -> int:
    """0 = day, 1 = local time, 2 = UTC time."""
    if "T" not in iso:
        return 0
    return 2 if iso.endswith("Z") else 1


def now_utc() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def front_matter_dates(data: dict, *keys: str) -> list[str]:
    """The dates front matter states under ``keys``, in their order, each normalised: YAML gives a
    date or a datetime, TOML and JSON a text."""
    found = []
    for key in keys:
        value = data.get(key)
        if value is None:
            continue
        if isinstance(value, int) and not isinstance(value, bool):
            value = _from_epoch(value)
        if value and (parsed := parse_date(value.isoformat() if hasattr(value, "isoformat") else str(value))):
            found.append(parsed)
    return found


def _from_epoch(stamp: int) -> datetime | None:
    """A Unix time as an exporter states it (``publish_time: 1779796081``, in seconds, or in
    milliseconds as JavaScript counts): the moment, in UTC. Other numbers are no date."""
    digits = len(str(stamp))
    if digits == _EPOCH_SECONDS_DIGITS:
        return datetime.fromtimestamp(stamp, tz=UTC)
    if digits == _EPOCH_SECONDS_DIGITS + 3:
        return datetime.fromtimestamp(stamp / 1000, tz=UTC)
    return None


_EPOCH_SECONDS_DIGITS = 10  # 2001-09-09 to 2286: a Unix time of this century in seconds


def only_a_date(line: str) -> str | None:
    """The date a line states with nothing else but brackets and rules around it, and its weekday
    before it ("Domingo, 1 de marzo de 2026", "Friday, January 23, 2026"), normalised."""
    text = line.strip(" ()[]|·—-")
    span = match_span(text) if text else None
    if span is None or (span[0] and not _WEEKDAY.fullmatch(text[: span[0]])):
        return None
    # (and its zone after it, as RFC 2822 writes one: "Mon, 20 Jul 2026 08:11:32 +0000")
    if span[1] != len(text):
        if not _ZONE.fullmatch(text[span[1] :]):
            return None
        return _rfc2822(text) or parse_date(text)
    return parse_date(text)


def only_a_month_day(line: str) -> bool:
    """Whether a line states a day of a month and nothing else, its year left to what it stands in
    (``9月11日``, ``Sep 11``, ``11 September``: an issue's card of a story)."""
    text = line.strip(" ()[]|·—-")
    if _CJK_MONTH_DAY.fullmatch(text):
        return True
    words = text.replace(",", " ").replace(".", " ").split()
    return (
        len(words) == 2
        and any(w.isdigit() and 1 <= int(w) <= _LAST_DAY for w in words)
        and any(names_a_day_or_month(w) for w in words)
    )


_CJK_MONTH_DAY = re.compile(r"\d{1,2}\s*月\s*\d{1,2}\s*[日号號]")
_LAST_DAY = 31


def _rfc2822(text: str) -> str | None:
    """An RFC 2822 date with its zone (a mail's or a feed's), in UTC: the standard library reads
    the form e-mail and RSS write."""
    try:
        stamp = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError):
        return None
    if stamp.tzinfo is None:
        return None
    return stamp.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


_ZONE = re.compile(r"\s*(?:[+-]\d{2}:?\d{2}|GMT|UTC|Z)")
_WEEKDAY = re.compile(r"[^\W\d_]{3,12}\.?,?\s+")  # one word before a date, its weekday: "Friday, ", "Dim. "
