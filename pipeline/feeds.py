"""A saved syndication feed (RSS 0.9x-2.0, RSS 1.0/RDF, Atom) as a page of blocks.

People save a site's feed beside its pages (``rss.aspx`` kept as text): each entry is a story,
its title, its link, when it ran and the summary the feed gives. This module owns telling such a
file from any other text and laying its entries out as the blocks a digest reader takes them
from: the feed's title as the page's, then per entry a linked heading, its date line and its
summary. Parsing is feedparser's, the field's standard reader of every feed dialect; it is given
the text itself and never fetches anything.
"""

from __future__ import annotations

import re

import feedparser
from bs4 import BeautifulSoup

from pipeline.blocks import Block, Link, Page, normalize_space

# the opening of a feed document: an XML declaration, comments or a stylesheet before its root
_FEED_ROOT = re.compile(
    r"\A\ufeff?\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*|<\?xml-stylesheet[^>]*>\s*)*<(?:rss|feed|rdf:RDF)\b",
    re.DOTALL,
)
_ENTRY_TAG = re.compile(r"<(?:item|entry)\b")


def looks_like_a_feed(text: str) -> bool:
    """Whether ``text`` is a feed document with at least one entry (its root is ``<rss>``,
    ``<feed>`` or ``<rdf:RDF>``)."""
    return _FEED_ROOT.match(text[:4096]) is not None and _ENTRY_TAG.search(text) is not None


def feed_page(text: str) -> Page | None:
    """The page of a feed's entries; None for any other text, and where feedparser finds no entry
    (a broken or empty feed is read as any other text would be)."""
    if not looks_like_a_feed(text):
        return None
    parsed = feedparser.parse(text, resolve_relative_uris=False, sanitize_html=False)
    entries = [entry for entry in parsed.entries if _plain(entry.get("title", ""))]
    if not entries:
        return None
    blocks: list[Block] = []
    if title := _plain(parsed.feed.get("title", "")):
        blocks.append(Block("heading", title, level=1))
    for entry in entries:
        title = _plain(entry.get("title", ""))
        link = entry.get("link", "")
        blocks.append(Block("heading", title, level=2, links=(Link(title, link),) if link else ()))
        if published := entry.get("published") or entry.get("updated"):
            blocks.append(Block("paragraph", f"Published: {normalize_space(published)}"))
        if summary := _plain(entry.get("summary", "")):
            blocks.append(Block("paragraph", summary))
    meta = {"feed": parsed.get("version") or "feed"}
    if language := parsed.feed.get("language"):
        meta["lang"] = language
    return Page(blocks=tuple(blocks), meta=meta)


def _plain(markup: str) -> str:
    """An entry's field as the words it shows: a summary may be HTML (``<p>...</p>``, entities)."""
    if "<" not in markup and "&" not in markup:
        return normalize_space(markup)
    return normalize_space(BeautifulSoup(markup, "lxml").get_text(" "))
