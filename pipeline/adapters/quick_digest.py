"""Quick Digest pages (seeds 000, 001): a feed header with the publication time, the original
title, a machine digest (headline, short key points, summary, detailed key points, implications)
and a machine "Full Translation" of the article, each part naming its generator model
(``openaienmodel: gpt-5-mini``). The header time is UTC: the site's translations restate it with
a ``Z`` (seed 001: "Feb 27, 2026, 5:30 AM" = ``2026-02-27T05:30:00.000Z``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from pipeline import dates
from pipeline.adapters.base import (
    Adapter,
    AdapterError,
    any_label,
    body_text,
    content,
    detect,
    key_points,
    register,
    related_from_line,
    texts_equal,
)
from pipeline.blocks import Block, Page
from pipeline.models import Claim, PageKeyPoint, PageRecord, PageRelated, PageText
from pipeline.normalize import fold, is_label, label_of, labelled_value, publisher_from_feed

_GENERATOR = re.compile(r"^(?P<vendor>[a-z]+?)(?P<lang>[a-z]{2})model\s*:\s*(?P<model>\S+)$", re.IGNORECASE)


def _generator(block: Block) -> re.Match[str] | None:
    return _GENERATOR.match(block.text.strip()) if block.kind != "list_item" else None


@register
class QuickDigest(Adapter):
    name = "quick_digest"
    version = 1
    ceiling = 0.9

    def claims(self, page: Page) -> float:
        folded = {fold(b.text) for b in page.blocks[:40] if b.kind != "list_item"}
        if "quick digest" not in folded:  # the header label is required
            return 0.0
        signals = [
            "quick digest" in folded,
            "full translation" in folded,
            any(_generator(b) for b in page.blocks),
            "key points" in folded,
        ]
        return self.ceiling if signals[0] and sum(signals) >= 3 else 0.0

    def extract(self, page: Page) -> PageRecord:
        blocks = list(page.blocks)
        if len(blocks) < 3:
            raise AdapterError("quick digest page too short: no header and title")
        header = dates.find_date(blocks[0].text, assume_utc=True)
        if header is None:
            raise AdapterError("quick digest header has no publication date")
        span = dates.match_span(blocks[0].text)
        feed, publisher = _feed_and_publisher(blocks[0].text[: span[0]] if span else "")
        title = blocks[1].text.strip()
        split = next((i for i, b in enumerate(blocks) if fold(b.text) == "full translation"), len(blocks))
        digest_lang = detect(title, "en")
        digest_texts, digest_points = self._digest(blocks[2:split], title, digest_lang)
        translation = self._translation(blocks[split:], offset=len(digest_points))
        return self.record(
            publisher=Claim(value=publisher, origin="unknown") if publisher else None,
            feed=feed or None,
            published_at=[Claim(value=header.iso(), origin="unknown"), *translation.published_at],
            original_language=digest_lang,
            texts=[
                PageText(kind="title", lang=digest_lang, text=title, origin="original"),
                *digest_texts,
                *translation.texts,
            ],
            key_points=[*digest_points, *translation.key_points],
            category=translation.category,
            authors=translation.authors,
            authors_origin="machine_translation",
            related=translation.related,
        )

    def _digest(
        self, blocks: list[Block], title: str, lang: str
    ) -> tuple[list[PageText], list[PageKeyPoint]]:
        texts: list[PageText] = []
        points: list[PageKeyPoint] = []
        generator: str | None = None
        expect_headline = False
        section: str | None = None
        items: list[Block] = []
        paragraphs: list[str] = []

        def close() -> None:
            nonlocal items, paragraphs
            if section in ("key_points", "implications") and items:
                kind = "implication" if section == "implications" else "key_point"
                points.extend(
                    key_points(
                        items,
                        lang=lang,
                        origin="machine_generated",
                        generator=generator,
                        kind=kind,
                        offset=len(points),
                    )
                )
            if section == "summary" and paragraphs:
                texts.append(
                    PageText(
                        kind="summary",
                        lang=lang,
                        text="\n\n".join(paragraphs),
                        origin="machine_generated",
                        generator=generator,
                    )
                )
            items, paragraphs = [], []

        for block in content(blocks):
            gen = _generator(block)
            if gen:
                generator, expect_headline = gen.group("model"), True
                continue
            if expect_headline and block.kind != "list_item" and not any_label(block):
                expect_headline = False
                if not texts_equal(block.text, title):
                    texts.append(
                        PageText(
                            kind="headline",
                            lang=lang,
                            text=block.text,
                            origin="machine_generated",
                            generator=generator,
                        )
                    )
                continue
            group = label_of(block.text) if block.kind != "list_item" else None
            if group:
                close()
                section = group
                continue
            if block.kind == "list_item":
                items.append(block)
            else:
                paragraphs.append(block.text)
        close()
        return texts, points

    def _translation(self, blocks: list[Block], *, offset: int) -> _Translation:
        out = _Translation()
        kept = content(blocks)
        gen_at = next((i for i, b in enumerate(kept) if _generator(b)), None)
        if gen_at is None or gen_at + 1 >= len(kept):
            return out
        gen = _generator(kept[gen_at])
        assert gen is not None
        generator, lang_code = gen.group("model"), gen.group("lang").lower()
        rest = kept[gen_at + 1 :]
        title = rest[0].text
        i = 1
        while i < len(rest) and texts_equal(rest[i].text, title):
            i += 1
        lang = detect(title, lang_code)
        out.texts.append(
            PageText(kind="title", lang=lang, text=title, origin="machine_translation", generator=generator)
        )
        if i < len(rest) and (found := dates.find_date(rest[i].text)):
            meta_line = rest[i].text
            out.published_at.append(Claim(value=found.iso(), origin="machine_translation"))
            if labelled_value(meta_line, "published") is None and "|" in meta_line:
                category = meta_line.rsplit("|", 1)[1].strip()
                if category and not dates.find_date(category):
                    out.category = Claim(value=category, origin="machine_translation", lang=lang)
            i += 1
        body: list[Block] = []
        in_related = False
        for block in rest[i:]:
            author = labelled_value(block.text, "author") if block.kind != "list_item" else None
            if author:
                out.authors = [a.strip() for a in re.split(r"[,、，]| and ", author) if a.strip()]
                continue
            if block.kind != "list_item" and is_label(block.text, "related"):
                in_related = True
                continue
            if in_related:
                if item := related_from_line(block.text, origin="machine_translation"):
                    out.related.append(item)
                continue
            body.append(block)
        out.key_points = key_points(
            body,
            lang=lang,
            origin="machine_translation",
            generator=generator,
            kind="body_list",
            offset=offset,
        )
        if body:
            out.texts.append(
                PageText(
                    kind="body",
                    lang=lang,
                    text=body_text(body),
                    origin="machine_translation",
                    generator=generator,
                )
            )
        return out


@dataclass
class _Translation:
    texts: list[PageText] = field(default_factory=list)
    key_points: list[PageKeyPoint] = field(default_factory=list)
    published_at: list[Claim] = field(default_factory=list)
    category: Claim | None = None
    authors: list[str] = field(default_factory=list)
    related: list[PageRelated] = field(default_factory=list)


def _feed_and_publisher(prefix: str) -> tuple[str, str]:
    """``OpenAIOpenAI News`` (a logo's alt text, then the feed name) -> (``OpenAI News``, ``OpenAI``)."""
    prefix = prefix.strip()
    for cut in range(1, len(prefix) // 2 + 1):
        logo, feed = prefix[:cut], prefix[cut:]
        if feed.startswith(logo) and cut >= 2:
            return feed.strip(), logo.strip()
    return prefix, publisher_from_feed(prefix) if prefix else ""
