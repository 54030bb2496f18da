"""Reader for a publisher's article page as blocks: the scraped original an aggregator embeds
(seed 002 after "打开原文") and, later, the generic reader's fallback.

Reads, in page order: the document title (``Title | Site``, whose suffix names the publisher), the
date line and the category beside it, the title again, a one-sentence subtitle, the body up to the
author line, the authors, and the site's own "Keep reading" cards. Site chrome around them
(navigation, share buttons, footers, image cards) is left out.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from pipeline import dates
from pipeline.adapters.base import content, find, key_points, related_from_line, texts_equal
from pipeline.blocks import Block
from pipeline.models import PageKeyPoint, PageRelated
from pipeline.normalize import fold, is_chrome, is_label, labelled_value, split_title_suffix

_MAX_SUBTITLE = 200


@dataclass
class ArticleParts:
    title: str | None = None
    site_name: str | None = None
    published_at: str | None = None
    category: str | None = None
    subtitle: str | None = None
    body: list[Block] = field(default_factory=list)
    authors: list[str] = field(default_factory=list)
    related: list[PageRelated] = field(default_factory=list)

    def body_key_points(self, lang: str, *, offset: int = 0) -> list[PageKeyPoint]:
        return key_points(
            self.body, lang=lang, origin="original", generator=None, kind="body_list", offset=offset
        )


def read_article(blocks: list[Block]) -> ArticleParts:
    parts = ArticleParts()
    if not blocks:
        return parts
    parts.title, parts.site_name = split_title_suffix(blocks[0].text)
    date_at = find(blocks, _is_date_line, 1)
    if date_at is None:
        return parts
    parts.published_at = dates.parse_date(blocks[date_at].text)
    title_at = find(blocks, lambda b: texts_equal(b.text, parts.title or ""), date_at + 1)
    if date_at + 1 < len(blocks) and title_at is not None and title_at > date_at + 1:
        category = blocks[date_at + 1].text
        if len(category.split()) <= 3:
            parts.category = category
    start = (title_at if title_at is not None else date_at) + 1
    end = find(blocks, lambda b: _author_or_related(b) is not None, start) or len(blocks)
    body = blocks[start:end]
    # The subtitle is the one short sentence between the title and the chrome that opens the body
    if (
        len(body) > 1
        and body[0].kind == "paragraph"
        and len(body[0].text) <= _MAX_SUBTITLE
        and is_chrome(body[1].text)
    ):
        parts.subtitle = body[0].text
        body = body[1:]
    parts.body = content(body)
    _read_trailer(blocks[end:], parts)
    return parts


def _is_date_line(block: Block) -> bool:
    span = dates.match_span(block.text)
    return span is not None and span[1] - span[0] >= len(block.text.strip()) - 2


def _author_or_related(block: Block) -> str | None:
    if block.kind == "list_item":
        return None
    if is_label(block.text, "author") or labelled_value(block.text, "author"):
        return "author"
    if is_label(block.text, "related"):
        return "related"
    return None


def _read_trailer(blocks: list[Block], parts: ArticleParts) -> None:
    mode: str | None = None
    for block in content(blocks):
        marker = _author_or_related(block)
        if marker == "author":
            value = labelled_value(block.text, "author")
            mode = None if value else "author"
            if value:
                parts.authors.append(value)
            continue
        if marker == "related":
            mode = "related"
            continue
        if mode == "author":
            parts.authors.append(block.text)
            mode = None
        elif mode == "related":
            item = related_from_line(block.text, origin="original")
            if item is None:
                if parts.related:
                    break  # the footer starts where the cards stop
                continue
            parts.related.append(item)
    parts.authors = list(dict.fromkeys(a for a in parts.authors if fold(a)))
