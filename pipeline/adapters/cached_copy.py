"""Cached copies (seed 003): title, feed name, a machine summary and the feed's description, a
"Cached at" time (month/day/year), the original article as Markdown (often flattened to one line),
then the aggregator's "Similar Articles" (title, feed, description triples).
"""

from __future__ import annotations

from collections import Counter

from pipeline import dates
from pipeline.adapters.base import (
    Adapter,
    AdapterError,
    body_text,
    content,
    detect,
    find,
    key_points,
    labelled,
    register,
    texts_equal,
)
from pipeline.blocks import Block, Page
from pipeline.models import Claim, PageRecord, PageRelated, PageText
from pipeline.normalize import (
    article_url,
    fold,
    is_label,
    labelled_value,
    looks_like_url,
    publisher_from_feed,
)

_MAX_FEED_WORDS = 5


@register
class CachedCopy(Adapter):
    name = "cached_copy"
    version = 1
    ceiling = 0.85

    def claims(self, page: Page) -> float:
        has_cached = any(labelled_value(b.text, "cached") for b in page.blocks[:40])
        if not has_cached:  # required: the rest need not be looked for
            return 0.0
        has_similar = any(is_label(b.text, "similar") for b in page.blocks)
        return (
            self.ceiling
            if has_cached
            and (has_similar or any(fold(b.text) == "view cached full text" for b in page.blocks))
            else 0.0
        )

    def extract(self, page: Page) -> PageRecord:
        blocks = list(page.blocks)
        cached_at_index = find(blocks, lambda b: labelled_value(b.text, "cached") is not None)
        if cached_at_index is None or cached_at_index < 1:
            raise AdapterError("cached copy without a 'Cached at' line")
        title = blocks[0].text
        lang = detect(title, None)
        feed = (
            blocks[1].text if cached_at_index > 1 and len(blocks[1].text.split()) <= _MAX_FEED_WORDS else None
        )
        texts = [PageText(kind="title", lang=lang, text=title, origin="original")]
        summary_at = find(blocks[:cached_at_index], labelled("summary"))
        if summary_at is not None:
            paragraphs = [
                b.text for b in content(blocks[summary_at + 1 : cached_at_index]) if b.kind == "paragraph"
            ]
            if paragraphs:
                texts.append(
                    PageText(
                        kind="summary",
                        lang=detect(paragraphs[0], lang),
                        text=paragraphs[0],
                        origin="machine_generated",
                    )
                )
            for extra in paragraphs[1:]:
                texts.append(
                    PageText(kind="description", lang=detect(extra, lang), text=extra, origin="unknown")
                )
        cached = dates.parse_date(labelled_value(blocks[cached_at_index].text, "cached") or "")
        similar_at = find(blocks, labelled("similar"), cached_at_index) or len(blocks)
        original = blocks[cached_at_index + 1 : similar_at]
        canonical = _source_url(original)
        body = [
            b
            for b in content(original)
            if not (b.kind == "heading" and texts_equal(b.text, title))
            and labelled_value(b.text, "source") is None
            and not _link_only(b)
        ]
        fidelity = 1 if page.meta.get("flattened_markdown") else 0
        body_lang = detect(body_text(body), lang) if body else lang
        if body:
            texts.append(
                PageText(
                    kind="body", lang=body_lang, text=body_text(body), origin="original", fidelity=fidelity
                )
            )
        return self.record(
            canonical_url=canonical,
            publisher=Claim(value=publisher_from_feed(feed), origin="unknown") if feed else None,
            feed=feed,
            cached_at=cached,
            original_language=body_lang if body else None,
            texts=texts,
            key_points=key_points(body, lang=body_lang, origin="original", generator=None, kind="body_list"),
            related=_similar(blocks[similar_at + 1 :]),
        )


def _source_url(blocks: list[Block]) -> str | None:
    candidates = []
    for block in blocks:
        value = labelled_value(block.text, "source")
        if value is None:
            continue
        candidates += [link.href for link in block.links if looks_like_url(link.href)]
        if looks_like_url(value):
            candidates.append(value)
    return article_url(candidates)


def _link_only(block: Block) -> bool:
    """A list item that is nothing but a link (a tag or navigation link), not article text."""
    return block.kind == "list_item" and any(fold(block.text) == fold(link.text) for link in block.links)


def _similar(blocks: list[Block]) -> list[PageRelated]:
    """Cards of (title, feed name, description); the feed name is the short line that repeats."""
    blocks = content(blocks)
    counts = Counter(fold(b.text) for b in blocks if len(b.text.split()) <= _MAX_FEED_WORDS)
    marker = next((text for text, n in counts.most_common() if n >= 2), None)
    out: list[PageRelated] = []
    for i, block in enumerate(blocks):
        if marker is not None:
            if i + 1 < len(blocks) and fold(blocks[i + 1].text) == marker and fold(block.text) != marker:
                summary = (
                    blocks[i + 2].text if i + 2 < len(blocks) and fold(blocks[i + 2].text) != marker else None
                )
                out.append(
                    PageRelated(
                        relation="similar",
                        title=block.text,
                        publisher=blocks[i + 1].text,
                        summary=summary,
                        origin="unknown",
                    )
                )
        elif block.kind != "list_item" and len(block.text) <= 150:
            out.append(PageRelated(relation="similar", title=block.text, origin="unknown"))
    return out
