"""A Markdown page that is an article of its own site (a blog's or a newsroom's post, as Hugo,
Jekyll, Astro or Hexo keep them): front matter stating its title and date over prose, with none of
a digest's parts (no summary or key point sections, no source it summarises: the generic digest
reader claims those first), and no digest's issue. The post is the original: its title, date,
authors, tags and address from the front matter, its description as its own, its text the body.
A page without front matter states the same in its first lines: its title heading over a byline
with a date (``**Posted by mountainriver on 2025-06-25**``, a forum post kept as Markdown).
"""

from __future__ import annotations

import re

from pipeline import dates
from pipeline.adapters.article_page import substantial
from pipeline.adapters.base import Adapter, AdapterError, body_text, content, detect, register
from pipeline.adapters.digest import names_a_digest
from pipeline.blocks import Block, Page, front_matter_text, looks_like_url, normalize_space
from pipeline.models import Claim, PageRecord, PageText, Tag

_TITLE_KEYS = ("title", "headline")
_DATE_KEYS = ("date", "pub_datetime", "published", "published_at", "pubdate", "publish_date", "created_at")
_URL_KEYS = ("canonical_url", "canonical", "url", "permalink")
_AUTHOR_KEYS = ("author", "authors")
_TAG_KEYS = ("tags", "keywords")
_DESCRIPTION_KEYS = ("description", "excerpt", "subtitle")
# the body's lines: a section heading stays as its own line ("What Does This Designation Mean?")
_BODY_KINDS = ("paragraph", "list_item", "heading")
_TEMPLATE_TAG = re.compile(r"\{\{[<%].*?[>%]\}\}|\{%.*?%\}")
_MAX_LINK_LINE = 80  # a line that is one link this short is the site's, not the text's


@register
class FrontMatterPost(Adapter):
    name = "front_matter_post"
    version = 1
    ceiling = 0.2  # below the generic digest reader's 0.3: a page it reads stays with it

    def claims(self, page: Page) -> float:
        if page.source is not None:  # an HTML page has no front matter
            return 0.0
        fm, byline = _head(page)
        title = _title(fm) if fm else None
        if title is None or _published(fm) is None:
            return 0.0
        # a digest's issue ("AI News Daily - 2026-05-05") tells many stories, not one of its own; a
        # roundup that cites no page ("Weekly Finance Roundup" in the site's own words) is its own
        if names_a_digest(title) and _cites_pages(page):
            return 0.0
        return self.ceiling if substantial(_body(page, title, byline)) else 0.0

    def extract(self, page: Page) -> PageRecord:
        fm, byline = _head(page)
        title = _title(fm)
        if title is None:
            raise AdapterError("the post's front matter states no title")
        body = _body(page, title, byline)
        if not body:
            raise AdapterError("the post has no text under its front matter")
        lang = detect(body[:2000], None)
        texts = [PageText(kind="title", lang=detect(title, lang), text=title, origin="original")]
        if description := front_matter_text(fm, *_DESCRIPTION_KEYS):
            description = normalize_space(description)
            texts.append(
                PageText(
                    kind="description", lang=detect(description, lang), text=description, origin="original"
                )
            )
        texts.append(PageText(kind="body", lang=lang, text=body, origin="original"))
        url = front_matter_text(fm, *_URL_KEYS)
        published = _published(fm)
        return self.record(
            canonical_url=url if url and looks_like_url(url) else None,
            authors=_texts(fm, _AUTHOR_KEYS),
            authors_origin="original",
            published_at=[Claim(value=published, origin="original")] if published else [],
            original_language=lang,
            texts=texts,
            tags=[Tag(lang=lang, text=t) for t in _texts(fm, _TAG_KEYS)],
        )


# "Posted by mountainriver on 2025-06-25", "By Jane Doe · March 3, 2026", "Written by X, 2026-01-02"
_BYLINE = re.compile(
    r"^(?:(?:posted|written|published)\s+)?by\s+(?P<author>\S[^\n]{0,58}?)\s*(?:\bon\b|[·|,—–-])\s*(?P<date>[^\n]{6,40})$",
    re.IGNORECASE,
)


def _head(page: Page) -> tuple[dict, str | None]:
    """The page's front matter; without one, what front matter would state from its first lines
    (its title heading straight over a byline naming its author and date), and that byline's line,
    which is no part of the body."""
    if page.front_matter:
        return page.front_matter, None
    head = page.blocks[:2]
    if len(head) < 2 or head[0].kind != "heading" or head[1].kind != "paragraph" or head[1].links:
        return {}, None
    byline = _BYLINE.match(head[1].text.strip())
    if byline is None or (day := dates.parse_date(byline.group("date"))) is None:
        return {}, None
    return {"title": head[0].text, "date": day, "author": byline.group("author")}, head[1].text


def _cites_pages(page: Page) -> bool:
    """Links to two or more pages: what a digest gives its stories."""
    cited = {link.href for block in page.blocks for link in block.links if looks_like_url(link.href)}
    return len(cited) >= 2


def _title(fm: dict) -> str | None:
    title = front_matter_text(fm, *_TITLE_KEYS)
    return normalize_space(title) if title else None


def _published(fm: dict) -> str | None:
    return next(iter(dates.front_matter_dates(fm, *_DATE_KEYS)), None)


def _texts(fm: dict, keys: tuple[str, ...]) -> list[str]:
    """A key's texts, whether the front matter gives a list or one text."""
    for key in keys:
        value = fm.get(key)
        if isinstance(value, list):
            return [
                normalize_space(str(v)) for v in value if isinstance(v, str | int | float) and str(v).strip()
            ]
        if isinstance(value, str) and value.strip():
            return [normalize_space(value)]
    return []


def _body(page: Page, title: str, byline: str | None = None) -> str:
    return body_text(content(b for b in page.blocks if _in_body(b, title) and b.text != byline))


def _in_body(block: Block, title: str) -> bool:
    """Whether a block is the post's text: not its title again, not a line that is one short link
    ("🌐 Leer este artículo en español", "Read more"), not a template's tag (Hugo's ``{{< details >}}``,
    Liquid's ``{% include %}``) or what markup left of one ("{{}}")."""
    text = block.text
    if block.kind not in _BODY_KINDS or text == title or _TEMPLATE_TAG.search(text):
        return False
    if not any(c.isalnum() for c in text):
        return False
    one_link = (
        len(block.links) == 1
        and block.links[0].text.strip()
        and block.text.strip(" *_🌐") == block.links[0].text
    )
    return not (one_link and len(block.text) <= _MAX_LINK_LINE)
