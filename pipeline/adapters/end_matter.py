"""The end of an article's body: what a publisher prints after the article and a main-text
extractor keeps with it, and the promotions it prints inside it.

A page's last lines are often no part of the article: a list of links to the site's other
stories ("More Must-Reads From TIME"), a tags or comments section, a paywall's "subscribe to read
on", the publication's sign-off ("Follow us on Twitter"), and whatever follows a rights notice.
Inside the body, "Read more: <another story>" lines link elsewhere. :func:`trim` cuts them from the
body the article reader keeps, so they are neither body text nor key points. Words come from the
lexicon's ``[end_matter]`` table; whether a line is a link is read off the page's own blocks,
which keep their links (the extractor's text does not).

The cuts are bounded: together they never take more than :data:`MAX_CUT_SHARE` of the body's
text, and a section label counts only in the body's second half, so an article about comments
keeps its own. One cut goes further: a related-reading list under its label (three links or more)
after :data:`MIN_ARTICLE` characters of article, with only short lines after it, ends the body
whatever those lines weigh (a short clipped article under a site's long tag cloud and author box).
A promotion the page lets a screen reader skip ("skip past newsletter promotion" ... "after
newsletter promotion") goes wherever it stands.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from functools import cache

from pipeline.blocks import Block
from pipeline.normalize import fold, label_key, lexicon

MAX_CUT_SHARE = 0.5  # of the body's characters: a cut that would take more is no end matter
MAX_LABEL = 60  # characters of a line that opens the end matter ("Related stories")
MAX_NOTICE = 300  # characters of a rights notice or paywall note
NOTICE_REACH = 3  # a rights notice or paywall note is one of the body's last this many blocks
MAX_SHORT_LINE = 200  # characters: a longer line is prose (end matter after a label is short lines)
MIN_LINK_RUN = 2  # trailing lines that are each one link: a related-stories list
LINK_LINE_SHARE = 0.8  # of a line's characters in link text: the line is a link
MAX_SKIPPED_BLOCKS = 30  # lines a "skip past" link may skip
MIN_RELATED_LINKS = 3  # links under a label that make a related-reading list ...
MIN_ARTICLE = 400  # ... that ends the body after this many characters, whatever follows's length


@cache
def _table() -> dict:
    return lexicon()["end_matter"]


@cache
def _labels() -> frozenset[str]:
    return frozenset(label_key(x) for x in _table()["labels"])


@cache
def _openings() -> tuple[str, ...]:
    return tuple(fold(x) for x in _table()["label_openings"])


@cache
def _label_opening() -> re.Pattern[str]:
    """A label at the start of a line, before a colon or a space: ``Read more: <a story>``."""
    labels = sorted((label for label in _labels() if label), key=len, reverse=True)
    return re.compile("^(?:" + "|".join(re.escape(label) for label in labels) + r")[:：\s]+")


@cache
def _phrases(group: str) -> re.Pattern[str]:
    return re.compile("|".join(re.escape(fold(p)) for p in _table()[group]))


# A sentence asking the reader to follow, subscribe, share or write, and naming where: the
# publication's sign-off, not the article ("Follow us on Twitter", "Subscribe to our newsletter").
_CALL_TO_ACTION = re.compile(
    r"(?:^|[.!?]\s+)"
    r"(?:follow|subscribe|sign up|get|like this|share|listen to|e-?mail|write to|have a tip)\b(?!-)",
    re.IGNORECASE,
)
_CALL_TO_ACTION_WHERE = re.compile(
    r"newsletter|inbox|letterbox|twitter|facebook|instagram|youtube|share it|@\w|\S@\S+\.\w", re.IGNORECASE
)
_COPYRIGHT_OPENING = re.compile(r"^(?:copyright\b|©|\(c\)\s*\d{4})", re.IGNORECASE)


def is_label(block: Block) -> bool:
    """A short line that opens the end matter: ``Tags``, ``Comments``, ``Related stories``,
    ``More Must-Reads From TIME``."""
    if len(block.text) > MAX_LABEL:
        return False
    key = label_key(block.text).rstrip(".…")
    return key in _labels() or key.startswith(_openings())


def opens_comments(block: Block) -> bool:
    """A label line over readers' comments (``Comments``, ``Post a comment``, ``评论``), no link; it
    may count them first (``12 Comments``, WordPress's heading)."""
    if len(block.text) > MAX_LABEL or block.links:
        return False
    return _COMMENT_COUNT.sub("", label_key(block.text), count=1) in _comment_labels()


_COMMENT_COUNT = re.compile(r"^\d{1,5}\s+")


@cache
def _comment_labels() -> frozenset[str]:
    return frozenset(label_key(x) for x in _table()["comments"])


def is_rights_notice(block: Block) -> bool:
    """``Copyright ©2019 Dow Jones & Company, Inc. All Rights Reserved``."""
    if len(block.text) > MAX_NOTICE:
        return False
    return bool(_COPYRIGHT_OPENING.match(block.text) or _phrases("rights").search(fold(block.text)))


def is_end_mark(block: Block) -> bool:
    """``- THE END -``, ``（完）``: the publisher's mark that its article ends there."""
    return len(block.text) <= MAX_LABEL and fold(block.text.strip(_AROUND_A_MARK)) in _end_marks()


_AROUND_A_MARK = " -—–=*_()（）[]【】<>《》"


@cache
def _end_marks() -> frozenset[str]:
    return frozenset(fold(x) for x in _table()["end_marks"])


def is_paywall_note(block: Block) -> bool:
    """``この記事は会員限定です。電子版に登録すると続きをお読みいただけます。``"""
    return len(block.text) <= MAX_NOTICE and bool(_phrases("paywall").search(fold(block.text)))


def is_call_to_action(block: Block) -> bool:
    """``Get the latest updates right in your inbox. Subscribe to NJ.com's newsletters.``"""
    return (
        len(block.text) <= MAX_NOTICE
        and _CALL_TO_ACTION.search(block.text) is not None
        and _CALL_TO_ACTION_WHERE.search(block.text) is not None
    )


def linked_characters(page_blocks: Iterable[Block]) -> dict[str, int]:
    """Characters of link text in each of the page's lines that holds a link, by folded text."""
    return {
        fold(block.text): sum(len(link.text) for link in block.links) for block in page_blocks if block.links
    }


class _Lines:
    """What the page's own blocks say of a body line: whether it is a link, or a label before one."""

    def __init__(self, page_blocks: Iterable[Block]) -> None:
        self.linked = linked_characters(page_blocks)

    def is_link(self, block: Block) -> bool:
        """A line (nearly) all link text: a story card's title, a related-stories item."""
        return len(block.text) <= MAX_SHORT_LINE and self.is_linked(block)

    def is_linked(self, block: Block) -> bool:
        """A line of any length (nearly) all link text: a line of tags."""
        return self.linked.get(fold(block.text), 0) >= LINK_LINE_SHARE * len(block.text)

    def is_labelled_link(self, block: Block) -> bool:
        """``Read more: <a story's title>``, ``DON'T MISS <titles>``: a label, then link text."""
        if len(block.text) > MAX_NOTICE or not (opening := _label_opening().match(fold(block.text))):
            return False
        rest = len(block.text) - opening.end()
        return rest > 0 and self.linked.get(fold(block.text), 0) >= LINK_LINE_SHARE * rest


def _without_inline_promotions(body: list[Block], lines: _Lines) -> list[Block]:
    """Body less the site's promotions inside it: a labelled link line, and a label line with the
    link lines under it (``DON'T MISS`` over a line of headlines)."""
    kept: list[Block] = []
    index = 0
    while index < len(body):
        block = body[index]
        if lines.is_labelled_link(block):
            index += 1
            continue
        if (skipped := _skip_link_span(body, index)) is not None:
            index = skipped
            continue
        if is_label(block) and (after := _after_its_links(body, index, lines)) > index + 1:
            index = after
            continue
        kept.append(block)
        index += 1
    return kept


def _after_its_links(body: list[Block], index: int, lines: _Lines) -> int:
    """The index after the link lines that stand straight under ``body[index]`` (a label's list)."""
    after = index + 1
    while after < len(body) and lines.is_link(body[after]):
        after += 1
    return after


def _skip_link_span(body: list[Block], index: int) -> int | None:
    """Where a promotion the page lets a screen reader skip ends: the Guardian's "skip past
    newsletter promotion" link over a sign-up box closed by "after newsletter promotion". The index
    after that closing line; None where ``body[index]`` opens no such span."""
    opening = _SKIP_PAST.match(body[index].text)
    if opening is None:
        return None
    closing = "after " + opening.group(1).casefold()
    for after in range(index + 1, min(len(body), index + 1 + MAX_SKIPPED_BLOCKS)):
        if body[after].text.strip().casefold() == closing:
            return after + 1
    return None


_SKIP_PAST = re.compile(r"^\s*skip past (\w[\w ]{0,40}?)\s*$", re.IGNORECASE)


def _under_a_label(block: Block, lines: _Lines) -> bool:
    """What an end-matter label stands over: list items (a comments policy), short lines, links."""
    if block.kind == "list_item":
        return len(block.text) <= MAX_SHORT_LINE
    return len(block.text) <= MAX_LABEL or lines.is_linked(block)


def trim(body: list[Block], page_blocks: Iterable[Block]) -> list[Block]:
    """``body`` less the end matter at its end and the promotions inside it."""
    lines = _Lines(page_blocks)
    body = body[: _related_list(body, lines)]
    kept = _without_inline_promotions(body, lines)
    kept = _without_end_matter(kept, lines)
    if sum(len(b.text) for b in kept) < (1 - MAX_CUT_SHARE) * sum(len(b.text) for b in body):
        return body  # promotions and end matter together would take most of it: it is all the article
    return kept


def _related_list(body: list[Block], lines: _Lines) -> int:
    """Where the page's end matter starts when it opens with a related-reading list under its label
    (``あわせて読みたい`` over four headlines) after at least :data:`MIN_ARTICLE` characters, and
    only short lines follow the list (the site's "next story", its tag cloud, its author box): on a
    short article these may outweigh it, so no share bounds this cut. ``len(body)`` where there
    is none."""
    before = 0
    for index, block in enumerate(body):
        if before >= MIN_ARTICLE and is_label(block):
            after = _after_its_links(body, index, lines)
            if after - index > MIN_RELATED_LINKS and all(_under_a_label(b, lines) for b in body[after:]):
                return index
        before += len(block.text)
    return len(body)


def _without_end_matter(body: list[Block], lines: _Lines) -> list[Block]:
    if not body:
        return body
    before = list(itertools.accumulate((len(b.text) for b in body), initial=0))  # characters before each
    total = before[-1]

    def may_cut_from(index: int) -> bool:
        return index > 0 and total - before[index] <= MAX_CUT_SHARE * total

    end = len(body)
    while end > 0 and is_call_to_action(body[end - 1]) and may_cut_from(end - 1):
        end -= 1
    for index in range(max(0, end - NOTICE_REACH), end):
        if (is_paywall_note(body[index]) or is_end_mark(body[index])) and may_cut_from(index):
            end = index
            break
        if is_rights_notice(body[index]) and may_cut_from(index + 1):
            end = index + 1
            break
    for index in range(end):
        if (
            before[index] >= total / 2
            and is_label(body[index])
            and all(_under_a_label(b, lines) for b in body[index + 1 : end])
            and may_cut_from(index)
        ):
            end = index
            break
    last = end  # a related-stories list may stand over the rights notice that closes the page
    while last > 0 and is_rights_notice(body[last - 1]):
        last -= 1
    start = last
    while start > 0 and lines.is_link(body[start - 1]):
        start -= 1
    if last - start >= MIN_LINK_RUN and may_cut_from(start):
        end = start - 1 if start > 1 and is_label(body[start - 1]) else start
    return body[:end]
