"""Hacker News front pages saved as HTML (``news.ycombinator.com``, any year's markup): one record
per ranked story, its title and the page it links (the discussion itself for an Ask HN), its
points as a score. The rows, not the blocks, are read: a story's rank, vote arrow, title and its
line of points and comments are cells of one table, which blocks would split apart.

Both markups seen are read: today's (``tr.athing`` > ``span.titleline`` > ``a``, and
``span.score`` in the ``td.subtext`` row under it) and the older one (``td.title`` > ``a``, the
site in ``span.comhead``).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple
from urllib.parse import urljoin

import lxml.html
from lxml import etree

from pipeline.adapters.base import Adapter, AdapterError, detect, register
from pipeline.blocks import Page
from pipeline.models import PageRecord, PageScore, PageText

SITE = "https://news.ycombinator.com/"
_RANK = re.compile(r"^\s*(\d{1,4})\.\s*$")
_POINTS = re.compile(r"(\d+)\s+points?\b")
_THREAD = re.compile(r"^item\?id=\d+$|^https?://news\.ycombinator\.com/item\?id=\d+$")
_MIN_STORIES = 2


@register
class HackerNews(Adapter):
    name = "hacker_news"
    version = 1
    ceiling = 0.9

    def claims(self, page: Page) -> float:
        # (cheap test first: most pages name no thread of the site's)
        if not page.source or "item?id=" not in page.source:
            return 0.0
        return self.ceiling if len(_stories(page.source)) >= _MIN_STORIES else 0.0

    def extract(self, page: Page) -> list[PageRecord]:
        stories = _stories(page.source or "")
        if len(stories) < _MIN_STORIES:
            raise AdapterError("hacker news page without two ranked stories")
        return [self._record(story) for story in stories]

    def _record(self, story: _Story) -> PageRecord:
        title = PageText(kind="title", lang=detect(story.title, "en"), text=story.title, origin="original")
        # (a copy may keep a title the site cut short: "Big Cable says investment is flourishing, but thei…")
        cut = story.title.endswith(("…", "..."))
        return self.record(
            canonical_url=story.url,
            feed="Hacker News",
            position=story.rank,
            flags=["title_only", "truncated"] if cut else ["title_only"],
            texts=[title],
            scores=[PageScore(name="score", value=float(story.points))] if story.points is not None else [],
        )


class _Story(NamedTuple):
    rank: int
    title: str
    url: str
    points: int | None


@lru_cache(maxsize=4)
def _stories(html: str) -> tuple[_Story, ...]:
    """The ranked stories of a front page: a row whose cell holds its rank ("1.") and whose title
    link stands in ``span.titleline`` (or, in the older markup, straight in ``td.title``), with a
    row of its points and its thread (``item?id=``) under it. Empty for any other page. (Kept for
    the few pages last read: the claim reads a page, and its reading follows at once.)"""
    try:
        root = lxml.html.fromstring(html)
    except (etree.ParserError, ValueError):
        return ()
    stories: list[_Story] = []
    threads = 0
    for row in root.iter("tr"):
        rank = _rank(row)
        if rank is None:
            continue
        link = next(iter(row.xpath(".//span[contains(@class, 'titleline')]/a[@href]")), None)
        if link is None:
            link = next(iter(row.xpath("./td[contains(@class, 'title')]/a[@href]")), None)
        title = " ".join(link.text_content().split()) if link is not None else ""
        if link is None or not title:
            continue
        # (a story's row of points and thread may be missing from a trimmed copy: the rows that
        # have theirs say what the page is)
        subtext = _subtext_under(row)
        threads += subtext is not None and _names_its_thread(subtext)
        points = _POINTS.search(subtext.text_content()) if subtext is not None else None
        url = urljoin(SITE, link.get("href", "").strip())
        stories.append(_Story(rank, title, url, int(points.group(1)) if points else None))
    return tuple(stories) if threads * 2 >= len(stories) else ()


def _rank(row: lxml.html.HtmlElement) -> int | None:
    """The rank a story's row states in a title cell of its own ("1.")."""
    for td in _cells(row, "title"):
        if ranked := _RANK.match(td.text_content()):
            return int(ranked.group(1))
    return None


def _cells(row: lxml.html.HtmlElement, css_class: str) -> list[lxml.html.HtmlElement]:
    return [td for td in row if td.tag == "td" and css_class in (td.get("class") or "").split()]


def _subtext_under(row: lxml.html.HtmlElement) -> lxml.html.HtmlElement | None:
    """The ``td.subtext`` of the first row after ``row`` that has cells (spacer rows have none)."""
    for sibling in row.itersiblings("tr"):
        cells = _cells(sibling, "subtext")
        if cells:
            return cells[0]
        if any(td.tag == "td" for td in sibling):
            return None
    return None


def _names_its_thread(subtext: lxml.html.HtmlElement) -> bool:
    return any(_THREAD.match(a.get("href", "").strip()) for a in subtext.iter("a"))
