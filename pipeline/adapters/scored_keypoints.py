"""Scored key-point pages (seed 002, a Chinese aggregator): the feed name, the title, a score
(``7.5Score``), machine-extracted key points (``AI 深度提炼``), hashtags, then the publisher's page
as scraped (``打开原文``, "open the original"), chrome and all.
"""

from __future__ import annotations

import re

from pipeline.adapters.article import read_article
from pipeline.adapters.base import (
    Adapter,
    AdapterError,
    body_text,
    detect,
    find,
    key_points,
    register,
)
from pipeline.blocks import Block, Page
from pipeline.models import Claim, PageRecord, PageScore, PageText, Tag
from pipeline.normalize import fold, is_chrome, is_label

_SCORE = re.compile(r"^(?P<value>\d{1,2}(?:\.\d+)?)\s*(?P<name>Score|分|评分)$", re.IGNORECASE)
_HASHTAGS = re.compile(r"^(?:#[^#\s][^#]*){1,}$")
_OPEN_ORIGINAL = ("打开原文", "查看原文", "阅读原文", "open original")


@register
class ScoredKeyPoints(Adapter):
    name = "scored_keypoints"
    version = 1
    ceiling = 0.8

    def claims(self, page: Page) -> float:
        head = page.blocks[:60]
        if not any(_SCORE.match(b.text) for b in head):  # the score line is required
            return 0.0
        signals = [
            any(_SCORE.match(b.text) for b in head),
            any(b.kind != "list_item" and is_label(b.text, "key_points") for b in head),
            any(_HASHTAGS.match(b.text) for b in head),
            any(fold(b.text) in _OPEN_ORIGINAL for b in head),
        ]
        return self.ceiling if signals[0] and sum(signals) >= 3 else 0.0

    def extract(self, page: Page) -> PageRecord:
        blocks = list(page.blocks)
        score_at = find(blocks, lambda b: bool(_SCORE.match(b.text)))
        if score_at is None or score_at == 0:
            raise AdapterError("scored key-point page without a score line after its title")
        score = _SCORE.match(blocks[score_at].text)
        assert score is not None
        title = blocks[score_at - 1].text
        feed = next((b.text for b in reversed(blocks[: score_at - 1]) if not is_chrome(b.text)), None)
        kp_at = find(blocks, lambda b: b.kind != "list_item" and is_label(b.text, "key_points"), score_at)
        items: list[Block] = []
        tags: list[str] = []
        after = (kp_at or score_at) + 1
        for i in range(after, len(blocks)):
            block = blocks[i]
            if block.kind == "list_item":
                items.append(block)
                continue
            if _HASHTAGS.match(block.text):
                tags = [t.strip() for t in block.text.split("#") if t.strip()]
                continue
            after = i
            break
        else:
            after = len(blocks)
        lang = detect(" ".join(b.text for b in items), None) if items else "zh"
        points = key_points(items, lang=lang, origin="machine_generated", generator=None)
        original_at = find(blocks, lambda b: fold(b.text) in _OPEN_ORIGINAL, after - 1)
        article = read_article(blocks[original_at + 1 :] if original_at is not None else [])
        article_lang = detect(article.title or title, None)
        texts = [PageText(kind="title", lang=detect(title, article_lang), text=title, origin="original")]
        if article.subtitle:
            texts.append(
                PageText(kind="subtitle", lang=article_lang, text=article.subtitle, origin="original")
            )
        if article.body:
            texts.append(
                PageText(kind="body", lang=article_lang, text=body_text(article.body), origin="original")
            )
        points += article.body_key_points(article_lang, offset=len(points))
        publisher = article.site_name
        return self.record(
            publisher=Claim(value=publisher, origin="original") if publisher else None,
            feed=feed,
            category=Claim(value=article.category, origin="original", lang=article_lang)
            if article.category
            else None,
            authors=article.authors,
            authors_origin="original",
            published_at=[Claim(value=article.published_at, origin="original")]
            if article.published_at
            else [],
            original_language=article_lang if article.body else None,
            texts=texts,
            key_points=points,
            tags=[Tag(lang=lang, text=t) for t in tags],
            scores=[PageScore(name=score.group("name").lower(), value=float(score.group("value")))],
            related=article.related,
        )
