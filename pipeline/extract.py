"""Extraction stage: one decoded raw page in, its page records out (or a one-line reason).

Pure: no I/O, no database. A page usually yields one record; a page holding many stories yields
one per story. :func:`parser_version` changes whenever an adapter's or profile's output may change,
so page records cached by an earlier run are re-parsed only then.
"""

from __future__ import annotations

import hashlib
import re
from functools import cache
from importlib import resources

from pipeline import blocks, feeds
from pipeline.adapters import REGISTRY, AdapterError, choose
from pipeline.lang import word_pattern, writes_cjk
from pipeline.models import PageRecord
from pipeline.normalize import fold, lexicon
from pipeline.rawstore import DecodedPage

# Bumped when the page model or the shared reading code (the digest reader every profile runs)
# changes what pages yield.
READER_REVISION = 409


def parser_version() -> str:
    """Changes with the reading code's revision, any adapter's or profile's version, and the
    vocabulary in ``lexicon.toml`` (a new label changes what pages yield)."""
    vocabulary = resources.files("pipeline").joinpath("lexicon.toml").read_bytes()
    parts = [
        f"reader:{READER_REVISION}",
        "lexicon:" + hashlib.sha256(vocabulary).hexdigest()[:12],
        *(f"{name}:{REGISTRY[name].version}" for name in sorted(REGISTRY)),
    ]
    return hashlib.sha256(",".join(parts).encode()).hexdigest()[:12]


class Rejected(ValueError):
    """A page that yields no record; ``str()`` is the one-line reason."""


def page_model(page: DecodedPage) -> blocks.Page:
    """The blocks of a decoded page: a saved feed's entries (``feeds``), else its text or markup's."""
    if page.media_type != "html" and (fed := feeds.feed_page(page.text)) is not None:
        return fed
    return blocks.parse(page.text, page.media_type)


def extract(page: DecodedPage) -> list[PageRecord]:
    model = page_model(page)
    if (kind := _not_news(model)) is not None:
        raise Rejected(f"{kind}, not a page of news")
    # (stories listed in front matter are blocks of the page model; a summary page may be all front
    # matter, its title and texts in fields)
    adapter = choose(model) if model.blocks or model.front_matter else None
    if not model.blocks and adapter is None:
        reason = "no text blocks on the page"
        raise Rejected(f"{reason}, and no stories in its front matter" if model.front_matter else reason)
    if adapter is None:
        first = model.blocks[0].text[:60]
        raise Rejected(f"no adapter recognises this page (first line: {first!r})")
    try:
        result = adapter.extract(model)
    except AdapterError as exc:
        raise Rejected(f"{adapter.name}: {exc}") from exc
    records = result if isinstance(result, list) else [result]
    if not records:
        raise Rejected(f"{adapter.name}: the page holds no story")
    return records


_ISSUE_TEMPLATE_KEYS = frozenset({"name", "about", "title", "labels", "assignees", "type", "projects"})
_HEAD_BLOCKS = 12  # blocks of a page's head that say what the page is


def _not_news(model: blocks.Page) -> str | None:
    """What a page is that no reading takes for news, whatever its shape: a GitHub issue template
    (front matter of ``name:`` and ``about:``, a form's empty fields under it), a mailing list's
    digest of its members' messages (``[not_news] mailing_list_digest``, all said in its head), or a
    meeting's minutes (see :func:`_minutes`)."""
    front = model.front_matter
    if {"name", "about"} <= front.keys() and front.keys() <= _ISSUE_TEMPLATE_KEYS:
        return "an issue template"
    head = " ".join(b.text for b in model.blocks[:_HEAD_BLOCKS]).casefold()
    if all(phrase.casefold() in head for phrase in lexicon()["not_news"]["mailing_list_digest"]):
        return "a mailing list's digest"
    if _minutes(model):
        return "a meeting's minutes"
    if _changelog(model):
        return "a software changelog"
    if _chat_log(model):
        return "a chat log"
    if _proposal(model):
        return "a design proposal"
    if _event_page(model):
        return "an event's page"
    return None


def _proposal(model: blocks.Page) -> bool:
    """A page whose first lines or front matter are a design proposal's fields ("- Start Date:
    2016-03-09", "- RFC PR: rust-lang/rfcs#1535", "kep-number: 7"; ``[not_news] proposal_fields``),
    three of them or more, or two where one numbers the proposal: an RFC or a KEP, which proposes
    what a project may do."""
    stated = {
        fold(label)
        for b in model.blocks[:_HEAD_BLOCKS]
        if b.kind in ("list_item", "paragraph") and (label := b.text.partition(":")[0]) != b.text
    } | _front_matter_fields(model)
    fields = stated & _lexicon_fields("proposal_fields")
    return len(fields) >= _MIN_PROPOSAL_FIELDS or (
        len(fields) >= _MIN_NUMBERED_FIELDS and bool(fields & _lexicon_fields("proposal_numbers"))
    )


_MIN_PROPOSAL_FIELDS = 3
_MIN_NUMBERED_FIELDS = 2


def _event_page(model: blocks.Page) -> bool:
    """A page whose front matter holds two or more of an event's fields (``[not_news] event_fields``:
    a talk's "event_url:" and "date_end:", a meetup's "venue:" and "schedule:"): a talk, a meetup or
    a conference announces itself so, no story of what happened."""
    return len(_front_matter_fields(model) & _lexicon_fields("event_fields")) >= _MIN_EVENT_FIELDS


_MIN_EVENT_FIELDS = 2


def _front_matter_fields(model: blocks.Page) -> set[str]:
    """A page's front-matter keys as the lexicon names fields: ``event_url`` is ``event url``."""
    return {fold(key.replace("_", " ")) for key in model.front_matter}


@cache
def _lexicon_fields(group: str) -> frozenset[str]:
    return frozenset(fold(field) for field in lexicon()["not_news"][group])


def _chat_log(model: blocks.Page) -> bool:
    """A page most of whose lines are a chat's, each its time and speaker ("03:00 wumpus: #topic
    High priority for review", "[19:02] <sipa> hi"): an IRC meeting's log, a Slack or Discord
    export, however a blog post heads it. A story quoting a chat quotes a few lines."""
    lines = [b for b in model.blocks if b.kind in ("paragraph", "list_item")]
    said = sum(1 for b in lines if _CHAT_LINE.match(b.text))
    return said >= _MIN_CHAT_LINES and said * 2 >= len(lines)


# "03:00 wumpus: ...", "[19:00:20] <wumpus> ...": the time, then the speaker's handle
_CHAT_LINE = re.compile(r"\[?\d{1,2}:\d{2}(?::\d{2})?\]?\s+(?:<[^>\s]{1,32}>|[\w.|`^\[\]-]{1,32}:)\s")
_MIN_CHAT_LINES = 20


def _changelog(model: blocks.Page) -> bool:
    """A page whose first heading names a version ("## [2.36.0] - 2026-08-30", "## v1.2.3"), or
    follows a title that names a changelog (``[not_news] changelog_titles``), and which has another
    such heading under it: a project's changelog, each version's notes under its number. A news
    story on a release has a headline of words."""
    headings = [b.text for b in model.blocks if b.kind == "heading"]
    # (or under a title that names it: "# Changelog" over "## [2.2.0](.../v2.1.0...v2.2.0) (2024-03-13)")
    if headings and fold(headings[0]).strip(" :：") in _lexicon_fields("changelog_titles"):
        headings = headings[1:]
    if not headings or not _VERSION_HEADING.fullmatch(headings[0]):
        return False
    return sum(1 for heading in headings[1:] if _VERSION_HEADING.fullmatch(heading)) >= 1


# "[2.36.0] - 2026-08-30", "v1.2.3", "1.2.3 (2024-01-01)": a version number, its day at most
_VERSION_HEADING = re.compile(
    r"\[?v?\d+(?:\.\d+){1,3}(?:-[0-9A-Za-z.]+)?\]?(?:\s*[-–—]?\s*\(?\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\)?)?",
    re.IGNORECASE,
)


def _minutes(model: blocks.Page) -> bool:
    """A title that names a meeting's minutes ("FAPI WG Meeting Notes (2022-01-26)", "議事録") over a
    line that calls its roll ("## Attendees", "* Attending:", "- 参加者"): a news story on a central
    bank's minutes calls no roll of its own."""
    stated = model.front_matter.get("title")
    # (or a bold line over the roll: "**Compte-rendu de la réunion du 01/07/2015**" over "Présents :")
    heading = next((b.text for b in model.blocks[:_HEAD_BLOCKS] if b.kind == "heading" or b.strong), "")
    if not _minutes_titles().search(fold(f"{stated if isinstance(stated, str) else ''} {heading}")):
        return False
    labels = [label.casefold() for label in lexicon()["not_news"]["minutes_roll"]]
    return any(_calls_the_roll(b, labels) for b in model.blocks)


@cache
def _minutes_titles() -> re.Pattern[str]:
    return word_pattern([fold(phrase) for phrase in lexicon()["not_news"]["minutes_titles"]])


def _calls_the_roll(block: blocks.Block, labels: list[str]) -> bool:
    """A heading that opens on a roll's label ("1. Roll Call (Dave/Nat)"), or a line that is one
    ("Attending:", "参加者　＊敬称略")."""
    said = _ROLL_LINE_START.sub("", block.text).casefold()
    for label in labels:
        if said.startswith(label):
            rest = said[len(label) :].lstrip()
            if block.kind == "heading" or not rest or rest[0] in ":：" or writes_cjk(label):
                return True
    return False


_ROLL_LINE_START = re.compile(r"^[\W\d_]+")  # "1. Roll Call", "· 参加者": its number and marks
