"""A Markdown page that is an article of its own site (a blog's or a newsroom's post, as Hugo,
Jekyll, Astro or Hexo keep them): front matter stating its title and date over prose, with none of
a digest's parts (no summary or key point sections, no source it summarises: the generic digest
reader claims those first), and no digest's issue. The post is the original: its title, date,
authors, tags and address from the front matter, its description as its own, its text the body.
A page without front matter states the same in its first lines: its title heading over a byline
with a date (``**Posted by mountainriver on 2025-06-25**``, a forum post kept as Markdown) or over a
dateline (``*Published: February 3, 2026*``, an article a news monitor wrote up). So does
an archived copy of an article, whose title heading links the original's address (a feed archive's
``[Title](https://cn.nytimes.com/...)`` over the byline, the date and the fetched text), or whose
title heading stands over that link (a web clipper's ``# Title | Fortune`` over ``[Title |
Fortune](https://fortune.com/...)``). A reader service's copy states them in a header of its own
(Jina Reader's ``Title:``, ``URL Source:``, ``Published Time:``; see :mod:`pipeline.blocks`).
A copy (a clipper's, a read-later service's, a feed reader's export) loses its site's end matter
(:mod:`pipeline.adapters.end_matter`), is dated by a date alone on its first line where its front
matter states none (and not by a ``date:`` stamped the minute it was exported), and, titled by the
copied page's ``<title>``, loses the site's name after it where the page shows its title without it.
A post that says in its first lines that it reposts or translates another site's article ("本文转载自
..., 原文链接：https://...") is that article's copy: its address is the original's, and a translation's
title and text are the translator's (origin unknown, the original's language unstated).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from functools import cache
from typing import NamedTuple

from pipeline import dates
from pipeline.adapters import end_matter
from pipeline.adapters.article_page import substantial
from pipeline.adapters.base import Adapter, AdapterError, body_text, content, detect, register
from pipeline.adapters.digest import beside_its_translation, names_a_digest, names_the_original, tells_stories
from pipeline.blocks import (
    CLIP_DATE_KEYS,
    Block,
    Page,
    clipped_copy,
    clipped_page,
    clipper_mark,
    closing_credits,
    credits_line,
    front_matter_key,
    front_matter_text,
    labelled_field,
    labelled_head,
    line_address,
    listed_names,
    looks_like_url,
    machine_translated,
    normalize_space,
    note_link_text,
    reposted_from,
    translates_another,
    translation_stamp,
    unescape,
)
from pipeline.models import Claim, Origin, PageRecord, PageText, Tag
from pipeline.normalize import (
    archive_short_link,
    archive_today_capture,
    archived_original,
    fold,
    home_page_site,
    label_of,
    labelled_value,
    lexicon,
    outlet_suffix,
    profile_page,
    shared_address,
    split_title_suffix,
    url_host,
    without_credited_handles,
)

_TITLE_KEYS = ("title", "headline")
_DATE_KEYS = (
    "date",
    "pub_datetime",
    "published",
    "published_at",
    "date_published",
    "pubdate",
    "pub_date",  # Astro's "pubDate"
    "publish_date",
    "published_date",
    "created_at",
    "released_at",  # velog's
    "publish_time",  # a WeChat export's, in Unix time
    # (a translation's front matter may date the original it translates: the article's date)
    "source_published_at",
    "source_published_date",
)
_URL_KEYS = ("canonical_url", "canonical", "url", "permalink")
_SITE_KEYS = ("site_name", "site", "publisher")
_AUTHOR_KEYS = ("author", "authors")
_TAG_KEYS = ("tags", "keywords")
_DESCRIPTION_KEYS = ("description", "excerpt", "subtitle")
# the body's lines: a section heading stays as its own line ("What Does This Designation Mean?")
_BODY_KINDS = ("paragraph", "list_item", "heading")
_TEMPLATE_TAG = re.compile(r"\{\{[<%].*?[>%]\}\}|\{%.*?%\}")
_MAX_LINK_LINE = 80  # a line that is one link this short is the site's, not the text's


class _MachineTranslation(NamedTuple):
    translator: str | None  # the model or service named, if any


def _machine_translation(fm: dict, page: Page) -> _MachineTranslation | None:
    """Whether a post says a machine translated it: its front matter (``translation_status:
    machine``, or a ``translator:`` that names a model or a service, ``translator: "openai"``;
    ``[posts] machine_translation_statuses`` and ``machine_translators``), or its first lines ("...
    has been machine translated into English", :func:`machine_translated`)."""
    translator = front_matter_text(fm, "translator", "translated_by", "translation_engine")
    if translator and (
        fold(translator) in _posts_words("machine_translators")
        or (
            _model_family(translator) in _posts_words("machine_translator_families")
            and any(character.isdigit() for character in translator)  # (its version)
        )
    ):
        return _MachineTranslation(translator)
    status = front_matter_text(fm, "translation_status", "translation")
    if status and fold(status) in _posts_words("machine_translation_statuses"):
        return _MachineTranslation(None)
    if service := translation_stamp(page):
        return _MachineTranslation(service)  # ("Translated with www.DeepL.com/Translator (free version)")
    return _MachineTranslation(None) if machine_translated(page) else None


def _model_family(name: str) -> str:
    """The letters a model's name opens with, before its version: ``GLM-5.3-Flash`` -> ``glm``."""
    opening = _MODEL_FAMILY.match(fold(name))
    return opening.group() if opening else ""


_MODEL_FAMILY = re.compile(r"[^\W\d_]+")


@cache
def _posts_words(group: str) -> frozenset[str]:
    return frozenset(fold(word) for word in lexicon()["posts"][group])


def _laid_out_as_post(fm: dict) -> bool:
    """Jekyll's ``layout: post``: the site shows the page as one of its posts, dated by its file's
    name where the front matter states no date."""
    layout = fm.get("layout")
    return isinstance(layout, str) and layout.strip().lower() in _POST_LAYOUTS


_POST_LAYOUTS = frozenset(("post", "posts", "blog", "blog_post", "article"))


def _cross_posted(fm: dict) -> bool:
    """A post published again elsewhere that names where it ran first (dev.to's ``published: true``
    beside ``canonical_url: https://qiita.com/...``): dated by that original, which it need not
    state."""
    published = fm.get("published")
    url = fm.get("canonical_url")
    return published is True and isinstance(url, str) and looks_like_url(url)


def _translated_original(fm: dict) -> str | None:
    """The address of the article a post translates, as its front matter names it (a Korean
    community's ``org_link: https://pytorch.org/blog/pytorch2-3/`` beside ``org_title:``): dated by
    that original, which it need not state."""
    return _first_address(fm, *_ORIGINAL_KEYS)


_ORIGINAL_KEYS = ("org_link", "original_link", "origin_link", "translated_from")
_ORIGINAL_TITLE_KEYS = ("original_title", "org_title", "origin_title")


@register
class FrontMatterPost(Adapter):
    name = "front_matter_post"
    version = 1
    ceiling = 0.2  # below the generic digest reader's 0.3: a page it reads stays with it

    def claims(self, page: Page) -> float:
        if page.source is not None:  # an HTML page has no front matter
            return 0.0
        fm, head = _head(page)
        title = _title(fm) if fm else None
        # (a read-later export whose template states no title is still its original's copy)
        if title is None and _clip_url(fm):
            return self.ceiling if substantial(_body(page, "", head)) else 0.0
        # an archived copy is dated by its original, which it may not state
        if title is None or (
            _published(fm) is None
            and not fm.get(_LINKED_TITLE)
            and not fm.get(_LABELLED_HEAD)
            and not _clip_url(fm)
            and not _read_original(page)
            and not _laid_out_as_post(fm)
            and not _cross_posted(fm)
            and _translated_original(fm) is None
            and reposted_from(page) is None
            and _named_original(page) is None
            and _dated_opening(page, title, head) is None
        ):
            return 0.0
        # a digest's issue ("AI News Daily - 2026-05-05") tells many stories, not one of its own; a
        # roundup that cites no page ("Weekly Finance Roundup" in the site's own words) is its own,
        # and so is an issue told in prose whose stories the digest reader cannot tell apart ("This
        # Week In Rust 1": its news in paragraphs under "## Notable additions"), rather than none
        if names_a_digest(title) and _cites_pages(page) and tells_stories(page):
            return 0.0
        # (a feed item saved with its teaser alone, "[!abstract] <title>" over it, is that item)
        return self.ceiling if _teaser(fm) or substantial(_body(page, title, head)) else 0.0

    def extract(self, page: Page) -> PageRecord:
        fm, head = _head(page)
        title = _title(fm)
        if title is None and not _clip_url(fm):
            raise AdapterError("the post's front matter states no title")
        boxed = () if fm.get(_CALLOUT_TITLE) else _summary_box(page.blocks)
        if boxed:
            head = (*head, *boxed)
        stated = title or ""
        shown = _title_shown(page, fm, title) if title else None
        if shown is not None:
            # "揭秘最强视频生成模型 Sora... | 爱范儿" of a read-later export over the page's own heading
            # "## 揭秘最强视频生成模型 Sora...": the name after the title is the site's
            title, site = shown
            fm = {**fm, _OUTLET: site}
        # ("# AWS Copilot v1.24: ..." over "投稿日: 2022 年 11 月 28 日": the title shown and the date,
        # where no front matter states one, are the post's head, no part of its text)
        dated = _dated_opening(page, stated, head)
        if dated is not None and not _published(fm):
            head = (*head, *dated[1])
        body = _body(page, stated, (*head, title) if shown else head)
        if not body and not (teaser := _teaser(fm)):
            raise AdapterError("the post has no text under its front matter")
        lang = detect((body or teaser)[:2000], None)
        # a translation of another's article ("本文翻译自 [...](...)") is the translator's text, in a
        # language that need not be the original's
        # (or a machine's, as the front matter says: "translation_status: machine", "translator: openai")
        machine = _machine_translation(fm, page)
        translator = machine.translator if machine else None
        translated = _translated_original(fm)
        own: Origin = (
            "machine_translation"
            if machine
            else "unknown"
            if translates_another(page) or translated
            else "original"
        )
        texts = (
            [PageText(kind="title", lang=detect(title, lang), text=title, origin=own, generator=translator)]
            if title
            else []
        )
        # ("原文标题：Maximizing the value of ...": a translation names its original's title)
        original_title = front_matter_text(fm, *_ORIGINAL_TITLE_KEYS)
        if own != "original" and original_title and original_title != title:
            texts.append(
                PageText(
                    kind="title", lang=detect(original_title, None), text=original_title, origin="original"
                )
            )
        if boxed:  # whoever wrote the box (the clipper's reader, a model), it is no text of the original
            summary = boxed[-1]
            texts.append(PageText(kind="summary", lang=detect(summary, None), text=summary, origin="unknown"))
        if description := front_matter_text(fm, *_DESCRIPTION_KEYS):
            description = normalize_space(description)
            texts.append(
                PageText(
                    kind="description",
                    lang=detect(description, lang),
                    text=description,
                    origin=own,
                    generator=translator,
                )
            )
        original_language = lang if own == "original" else None
        if own != "original" and (beside := _beside_its_original(body, title or "")) is not None:
            # ("Let me start by saying ..." over "まず最初に。...": a translation given paragraph by
            # paragraph beside the article it translates, whose text is the original's own)
            (lang, body), (original_language, original) = beside
            texts.append(PageText(kind="body", lang=original_language, text=original, origin="original"))
        if body:
            texts.append(PageText(kind="body", lang=lang, text=body, origin=own, generator=translator))
        url = front_matter_text(fm, *_URL_KEYS)
        # a clipper's copy was made when it says ("created: 2025-06-06" of Obsidian's clipper)
        cached = dates.front_matter_dates(fm, *_COPY_DATE_KEYS) if clipped_copy(fm) else []
        published = _published(fm)
        if published and url and archive_today_capture(url):
            # a copy of an archive's capture ("URL Source: http://archive.today/rsmmS") states the
            # day of the capture ("Published Time: 2022-09-23T02:28:51Z"), not the 2014 post's,
            # which the line under the post's title heading states ("November 12, 2014")
            cached, published = [published], _dated_under_title(page, stated)
        if cached and published and published == _published({"date": fm.get("date")}):
            if _same_minute(published, cached[0]):
                published = None  # a feed export's plain "date:", stamped as it was made, tells nothing
            elif published == cached[0][: len(published)]:
                # ("date: '2026-08-17'" of a page fetched that day, "published_date: '2026-08-12T15:18:55'"
                # beside it: the day of the copy, where a key of its own states the publication)
                others = {key: value for key, value in fm.items() if key != "date"}
                published = _published(others) or published
        published = published or (dated[0] if dated else None)
        if published is None and clipped_copy(fm):
            # (a copy of a Substack post: its title over its subtitle, its author and "Sep 05, 2025")
            published = _dated_under_title(page, stated)
        # (a read-later export names the site it saved the page from: Omnivore's "site_name:")
        outlet = fm.get(_OUTLET) or (front_matter_text(fm, *_SITE_KEYS) if clipped_copy(fm) else None)
        # ("本文转载自：[众成翻译](http://www.zcfy.cc)" over "原文：http://thenewstack.io/...": the home
        # page a repost names is its site's, the original a later line's)
        repost = reposted_from(page)
        if repost and profile_page(repost):
            repost = None  # (a notice that links only its writer's profile names no article)
        address = (
            _clip_url(fm)
            or translated
            or (repost if repost and not home_page_site(repost) else None)
            or _named_original(page)
            or repost
            or (url if url and looks_like_url(url) else _read_original(page))
            # (a scraper's copy that states only the page it copied: "sourceUrl: https://...")
            or _first_address(fm, "source_url", "original_url")
        )
        return self.record(
            canonical_url=_captured_page(address, page),
            cached_at=cached[0] if cached else None,
            publisher=Claim(value=outlet, origin="original") if outlet else None,
            authors=[
                name for text in _texts(fm, _AUTHOR_KEYS) for name in listed_names(note_link_text(text))
            ],
            authors_origin="original",
            published_at=[Claim(value=published, origin="original")] if published else [],
            original_language=original_language,
            texts=texts,
            tags=[Tag(lang=lang, text=t) for t in _texts(fm, _TAG_KEYS)],
        )


def _beside_its_original(body: str, title: str) -> tuple[tuple[str, str], tuple[str, str]] | None:
    """((language, text) of the translation, (language, text) of the original) of a translation
    given paragraph by paragraph beside its original: the translation is in its title's language."""
    halves = beside_its_translation(body)
    if len(halves) != 2:
        return None
    first, second = ((detect(half[:2000], None), half) for half in halves)
    stated = detect(title, None)
    if first[0] == second[0] or stated not in (first[0], second[0]):
        return None
    return (first, second) if first[0] == stated else (second, first)


# "Posted by mountainriver on 2025-06-25", "By Jane Doe · March 3, 2026", "Written by X, 2026-01-02"
_BYLINE = re.compile(
    r"^(?:(?:posted|written|published)\s+)?by\s+(?P<author>\S[^\n]{0,58}?)\s*(?:\bon\b|[·|,—–-])\s*(?P<date>[^\n]{6,40})$",
    re.IGNORECASE,
)


_PLACEHOLDER_TITLE = re.compile(
    r"^(?:blog|blog post|post|article|entry|note|page|draft|untitled|new post|no title)(?:\s*#?\d{1,3})?$",
    re.IGNORECASE,
)


def _head(page: Page) -> tuple[dict, tuple[str, ...]]:
    """The page's front matter; without one, what front matter would state from its first lines
    (its title heading straight over a byline naming its author and date, or its title heading
    linked to its address), and those lines under the title, which are no part of the body."""
    if page.front_matter:
        fm = page.front_matter
        if (cut := _title(fm)) and (whole := _title_cut_short(page, cut)):
            fm = {**fm, "title": whole}
        # (a site template's placeholder, "title: Blog 2", over the post's own title heading)
        opening = page.blocks[0] if page.blocks else None
        if (
            (stated := _title(fm))
            and _PLACEHOLDER_TITLE.match(stated)
            and opening is not None
            and opening.kind == "heading"
            and len(opening.text) > len(stated)
        ):
            fm = {**fm, "title": opening.text}
        # (a read-later export may set its title under a line of the notes app's own: Logseq's "tags::")
        at, first = next(((k, b) for k, b in enumerate(page.blocks[:2]) if b.kind == "heading"), (0, None))
        # (and so may a repost's: a Digital Garden note's "> [!quote] 本文剪藏自[...](...)" under it)
        if (
            _title(fm) is None
            and first is not None
            and (clipped_copy(fm) or clipped_page(page) or reposted_from(page) is not None)
        ):
            # MarkDownload states no title: the copied page's heading gives it, less the site's name
            # ("... | Nerd For Tech | Medium"), and its "## Excerpt" box the page's description
            # (ReadItLater states the address and the site's name under headings of their own)
            fields, lines = _field_headings(page.blocks[at + 1 :])
            address = front_matter_text(fm, "source", "url") or fields.get("url")
            title, outlet = outlet_suffix(first.text, address)
            if signed := _SIGNED_TITLE.match(title):  # "... | by William Infante | Nerd For Tech"
                title, outlet = signed.group("title"), signed.group("publication") or outlet
            fm, under = {**fm, "title": title, **({_OUTLET: outlet} if outlet else {})}, [first.text]
            box = page.blocks[at + 1 : at + 3]
            if len(box) == 2 and box[0].text.strip("#> ").casefold() == "excerpt":
                fm["excerpt"] = box[1].text
                under += [box[0].text, box[1].text]
            return {**fields, **fm}, (*under, *lines)
        # ("publish_time: 1779796081" over "# Title" over "> 原文链接：https://mp.weixin.qq.com/..."
        # and "> 公众号：机器之心": an exporter's copy, titled and sourced under its front matter)
        if (
            _title(fm) is None
            and at == 0
            and first is not None
            and (fields := _fields_under_title(page.blocks[1 : 1 + _TITLE_FIELD_LINES])) is not None
        ):
            stated, lines = fields
            return {**stated, **fm, "title": first.text}, lines
        # ("> [!abstract] Research: Quantifying ... by Ya Gao - 2024-05-13" over the feed's teaser: a
        # feed reader's saved item titled in a callout, the teaser its description)
        if _title(fm) is None and clipped_copy(fm) and (called := _callout_head(page, fm)) is not None:
            return called
        # (Obsidian's ReadItLater under a vault's own front matter: "Parent : [[_Webclips]]" and the
        # plugin's stamp over the copy's title, linked to its address)
        if clipped_page(page) and not front_matter_text(fm, *_URL_KEYS):
            at, linked = next(
                ((k, b) for k, b in enumerate(page.blocks[: _STAMPS + 2]) if b.kind == "heading"), (0, None)
            )
            if (
                linked is not None
                and _linked_title(linked)
                and _short_lines(page.blocks[:at], _MAX_HEAD_LINE)
            ):
                fm = {**fm, "url": linked.links[0].href, _LINKED_TITLE: True}
                return fm, tuple(b.text for b in page.blocks[: at + 1])
        return fm, ()
    if (labelled := labelled_head(page)) is not None:
        # "- 原文地址：[...](...)", "- 译者：..." over "# 标题": the copy's fields, written as lines
        fields, lines = labelled
        return {**fields, _LABELLED_HEAD: True}, tuple(b.text for b in page.blocks[:lines])
    if (tabled := _field_table_head(page.blocks)) is not None:
        return tabled
    if (credited := _credited_head(page)) is not None:
        return credited
    if (opening := _under_its_originals_line(page)) is not None:
        return opening
    if (account := _account_head(page.blocks)) is not None:
        return account
    if (mail := _mail_head(page.blocks)) is not None:
        return mail
    # ("[[ReadItLater]] [[Article]]" over "# [Title](https://...)": the clipper's stamp, then its copy)
    stamps = tuple(itertools.takewhile(lambda b: clipper_mark(b.text), page.blocks[:_STAMPS]))
    head = page.blocks[len(stamps) : len(stamps) + 2]
    if len(head) < 2 or head[0].kind != "heading":
        return {}, ()
    if _linked_title(head[0]) and not any(
        b.kind == "heading" and b.level < head[0].level for b in page.blocks
    ):  # ("### [:house:返回首頁](...)" over "## <the title>": a link home, over the page's own title)
        fm, under = _archived_head(page.blocks[len(stamps) :])
        return fm, (*(b.text for b in stamps), *under)
    if _linked_title(head[1]) and head[1].text == head[0].text:
        # "# Title | Fortune" over "[Title | Fortune](https://...)": a web clipper's copy of the page
        fm, under = _archived_head(page.blocks[1:])
        return fm, (head[1].text, *under)
    if (url := _host_link(head[1])) is not None:
        # "# Title" over "[blog.csdn.net](https://blog.csdn.net/...)成就一亿技术人!": a read-later
        # service's copy (Cubox's) names the copied page by its site, and the site's slogan after it
        return {"title": head[0].text, "url": url, _LINKED_TITLE: True}, (head[1].text,)
    if reposted_from(page) is not None and not names_a_digest(head[0].text):
        # "# Docker は何の役に立つの?" over "この記事は「[What does Docker provide if not virtualization?](
        # https://...)」の翻訳記事です。": a copy's title over the line that names its original
        return _title_under_its_note(page.blocks, len(stamps)) or (_signed(head[0].text), (head[0].text,))
    if (
        fields := _fields_under_title(page.blocks[len(stamps) + 1 : len(stamps) + 1 + _TITLE_FIELD_LINES])
    ) is not None:
        # "# Title" over "> 作者: 老章很忙" and "> 原文链接: https://mp.weixin.qq.com/...": an exporter's
        # copy of the article its head names, the fields front matter would state written out
        stated, lines = fields
        return {"title": head[0].text, **stated}, lines
    if head[1].kind != "paragraph" or head[1].links or len(line := head[1].text.strip()) > _MAX_HEAD_LINE:
        return {}, ()
    if (byline := _BYLINE.match(line)) and (day := dates.parse_date(byline.group("date"))):
        return {"title": head[0].text, "date": day, "author": byline.group("author")}, (head[1].text,)
    # "Published: February 3, 2026", "发布时间：2024-07-19 11:13": a dateline under the title
    if (stated := labelled_value(line, "published")) and (day := dates.parse_date(stated)):
        return {"title": head[0].text, "date": day}, (head[1].text,)
    # "April 4, 2018" alone under a post's title dates it (under "# Daily Briefing" it dates an issue)
    if not names_a_digest(head[0].text) and (day := dates.only_a_date(line)):
        return {"title": head[0].text, "date": day}, (head[1].text,)
    return {}, ()


def _callout_head(page: Page, fm: dict) -> tuple[dict, tuple[str, ...]] | None:
    """(the fields, the head's lines) of a feed item saved under a callout that titles it ("[!abstract]
    <title> by <author> - <date>"), over the feed's teaser and a line linking the item's own page."""
    first = page.blocks[0] if page.blocks else None
    called = _CALLOUT.match(first.text) if first is not None and first.kind == "paragraph" else None
    if called is None:
        return None
    title = called.group("said")
    if (author := front_matter_text(fm, *_AUTHOR_KEYS)) and (cut := title.rfind(f" by {author}")) > 0:
        title = title[:cut]
    stated = {**fm, "title": title.strip(), _CALLOUT_TITLE: True}
    lines = [first.text]
    address = _clip_url(fm)
    feed = front_matter_text(fm, "feed")
    for k, block in enumerate(page.blocks[1 : 1 + _CALLOUT_HEAD_LINES]):
        if k == 0 and block.kind == "paragraph" and not block.links:
            stated.setdefault("description", block.text)
        # (and the item's own note linked by its name, where Obsidian writes a colon as "꞉")
        elif not (
            any(link.href == address for link in block.links)
            or block.text in (feed, stated["title"], stated["title"].replace(":", "\ua789"))
        ):
            break
        lines.append(block.text)
    return stated, tuple(lines)


def _teaser(fm: dict) -> str | None:
    """The feed's teaser of an item saved under a callout that titles it (see :func:`_callout_head`)."""
    return front_matter_text(fm, "description") if fm.get(_CALLOUT_TITLE) else None


_CALLOUT = re.compile(r"^\[!\w+\][+-]?\s+(?P<said>\S.*)$")
_CALLOUT_TITLE = "(callout title)"  # the key that marks a title read from a callout, the box no summary
_CALLOUT_HEAD_LINES = 4  # the teaser, the line linking the item's page, the feed's name, the note's


def _fields_under_title(blocks: Sequence[Block]) -> tuple[dict, tuple[str, ...]] | None:
    """(the fields, their lines) of the labelled lines under a copy's title, where one names the
    original by its address ("原文链接: https://..."); the author's and the date's are read too."""
    stated: dict = {}
    lines: list[str] = []
    for block in blocks:
        field = (
            labelled_field(block.text)
            if block.kind == "paragraph" and len(block.text) <= _MAX_FIELD
            else None
        )
        if field is None:
            break
        label, value = field
        if url := _original_named_in((block,)):
            stated.setdefault("url", url)
        elif label_of(label) == "author":
            stated.setdefault("author", value.strip())
        elif label_of(label) == "published" and (day := dates.parse_date(value)):
            stated.setdefault("date", day)
        lines.append(block.text)
    return (stated, tuple(lines)) if "url" in stated else None


_TITLE_FIELD_LINES = 4  # labelled lines under a copy's title


# Medium's <title>: the story's, its author's byline, its publication ("| Medium" cut before)
_SIGNED_TITLE = re.compile(
    r"^(?P<title>.+?)\s+(?:[|｜]|-)\s+[Bb]y\s+(?P<author>[A-Z][^|｜]{1,59}?)"
    r"(?:\s+[|｜]\s+(?P<publication>[^|｜]{2,60}?))?\s*$"
)


def _signed(title: str) -> dict:
    """A copy's title, less its writer's name set after it as Substack's ``<title>`` sets it ("GenAI
    is Foremost a Creative Tool - by Doug Shapiro"): the name is the author's."""
    if (signed := _SIGNED_TITLE.match(title)) is None:
        return {"title": title}
    return {"title": signed.group("title"), "author": signed.group("author")}


def _title_cut_short(page: Page, title: str) -> str | None:
    """The whole of a stated title cut short ("BrowserStack analysis: unpatched inactive machine
    compromised by shel…", an archive's ``<title>`` as a reader service states it) where a heading
    near the top gives it whole; None where the title is whole or no heading gives more."""
    stem = title.removesuffix("…").removesuffix("...").rstrip()
    if stem == title or not stem:
        return None
    return next(
        (
            b.text
            for b in page.blocks[:_WHOLE_TITLE_LINES]
            if b.kind == "heading" and b.text.startswith(stem) and len(b.text) > len(stem)
        ),
        None,
    )


def _host_link(block: Block) -> str | None:
    """The address a short line opens with, linked by its site's name (``[blog.csdn.net](https://
    blog.csdn.net/...)``)."""
    if block.kind != "paragraph" or len(block.links) != 1 or len(block.text) > _MAX_HEAD_LINE:
        return None
    link = block.links[0]
    host = url_host(link.href)  # (less "www.", as the name is below)
    named = link.text.strip().casefold().removeprefix("www.")
    return link.href if host and block.text.startswith(link.text) and named == host else None


def _field_headings(blocks: Sequence[Block]) -> tuple[dict, tuple[str, ...]]:
    """The fields a read-later template states under headings of their names ("## articleURL" over
    the address, "## siteName", "## date"), down to the heading over the copied text ("##
    articleContent"); and those lines, which are no part of the text. Neither where no such heading
    ends them."""
    fields: dict = {}
    lines: list[str] = []
    k = 0
    while k < len(blocks) and blocks[k].kind == "paragraph" and _HASHTAG.fullmatch(blocks[k].text.strip()):
        lines.append(blocks[k].text)  # "#ReadItLater", "#ReadableArticle": the template's tags
        k += 1
    while k + 1 < min(len(blocks), _FIELD_LINES):
        heading, value = blocks[k], blocks[k + 1]
        key = _FIELD_HEADINGS.get(heading.text.strip().casefold()) if heading.kind == "heading" else None
        if key == "" and fields:  # the copied text's heading: the fields end
            return fields, (*lines, heading.text)
        if key is None or value.kind != "paragraph" or len(value.text) > _MAX_HEAD_LINE:
            break
        fields[key] = value.text.strip()
        lines += [heading.text, value.text]
        k += 2
    return {}, ()


def _under_its_originals_line(page: Page) -> tuple[dict, tuple[str, ...]] | None:
    """A mirror's title heading under the lines that name the article it mirrors ("> 📖 **Original
    article:** [Lock Down SSH: ...](https://...)", "> *Mirror of the full guide published on ...*"
    over "# Secure Your Server: ..."), or say it translates or reposts one: the title, and those
    lines, which are no text of it."""
    at = next((k for k, b in enumerate(page.blocks[: _ORIGINAL_LINES + 1]) if b.kind == "heading"), None)
    if not at or not _short_lines(page.blocks[:at], _MAX_ORIGINAL_LINE):
        return None
    # (or that say it copies one: "* 이 글은 https://lilianweng.github.io/... 를 동의하에 번역한 글입니다.",
    # where the heading under them titles the copy, not its first section: "## 一、导语")
    if _original_named_in(page.blocks[:at]) is None and (
        not any(map(credits_line, page.blocks[:at])) or _SECTION_NUMBER.match(page.blocks[at].text)
    ):
        return None
    return {"title": page.blocks[at].text}, tuple(b.text for b in page.blocks[: at + 1])


_ORIGINAL_LINES = 3  # lines over a mirror's title that may name its original
_SECTION_NUMBER = re.compile(r"^\s*(?:[一二三四五六七八九十]+|\d{1,2})\s*[、.．]")  # "一、导语", "1. Intro"
_MAX_ORIGINAL_LINE = 240


def _title_under_its_note(blocks: Sequence[Block], at: int) -> tuple[dict, tuple[str, ...]] | None:
    """A copy's title under a note's heading of its level and the note's few lines ("# この文書につ
    いて", about this document, over what it translates and its licence, then "# Namespaces in
    operation, part 2"): that later heading, and the note, which is no text of the copy."""
    note = blocks[at]
    title = next(
        (k for k in range(at + 1, min(at + 1 + _NOTE_LINES, len(blocks))) if blocks[k].kind == "heading"),
        None,
    )
    if (
        title is None
        or blocks[title].level != note.level
        or not _short_lines(blocks[at + 1 : title], _MAX_ORIGINAL_LINE)
    ):
        return None
    return {"title": blocks[title].text}, tuple(b.text for b in blocks[at : title + 1])


_NOTE_LINES = 4  # lines of a note over a copy's title


def _short_lines(blocks: Sequence[Block], most: int) -> bool:
    return all(len(b.text) <= most for b in blocks)


def _linked_title(heading: Block) -> bool:
    """``# [华为：英国国会调查称...](http://www.bbc.com/zhongwen/...)``: a title that is one link to a
    page's address, as an archive of fetched articles heads each copy (or a clipper puts under it)."""
    return (
        len(heading.links) == 1
        and heading.text == heading.links[0].text
        and looks_like_url(heading.links[0].href)
    )


def _account_head(blocks: Sequence[Block]) -> tuple[dict, tuple[str, ...]] | None:
    """A WeChat article saved with its page's head: its title heading over the author and the
    account ("微信号 GithubStar", "功能介绍 ...") and the day it was published ("2022-04-17 15:07
    发表于"), and maybe the series it is filed in ("收录于合集 #Github掘金计划 81个"). A copy whose
    date line is empty ("___发表于_") is dated by nothing it states, and read as no post."""
    if not blocks or blocks[0].kind != "heading":
        return None
    head = blocks[1 : 1 + _ACCOUNT_HEAD_LINES]
    if not any(b.text.startswith(_ACCOUNT_ID) for b in head):
        return None
    for k, block in enumerate(head, 1):
        stated = block.text.removesuffix(_PUBLISHED_ON).strip()
        if stated != block.text and (day := dates.only_a_date(stated)) is not None:
            filed = k + 1 < len(blocks) and blocks[k + 1].text.startswith(_FILED_IN)
            return {"title": blocks[0].text, "date": day}, tuple(b.text for b in blocks[: k + 1 + filed])
    return None


_ACCOUNT_HEAD_LINES = 8
_ACCOUNT_ID = "微信号 "  # (WeChat's own captions, as its page shows them)
_PUBLISHED_ON = "发表于"
_FILED_IN = "收录于合集"


def _mail_head(blocks: Sequence[Block]) -> tuple[dict, tuple[str, ...]] | None:
    """A newsletter's mail saved to Markdown: its subject heading over its header fields ("From:",
    "Date:", "Folder:"; ``[posts] mail_headers``), one of them the date it was sent, and maybe the
    line that gives the issue's page on the web ("View this post on the web at https://...",
    ``[posts] mail_web_copy``): the post's title, date and address."""
    if not blocks or blocks[0].kind != "heading":
        return None
    sent_labels = _posts_words("mail_sent_headers")
    stated: dict = {"title": blocks[0].text}
    lines = [blocks[0].text]
    for block in blocks[1 : 1 + _MAIL_HEADER_LINES]:
        field = labelled_field(block.text) if block.kind == "paragraph" else None
        label = fold(field[0]) if field else ""
        if field is None or (label not in _posts_words("mail_headers") and label not in sent_labels):
            break
        sent = label in sent_labels or label_of(field[0]) == "published"
        if sent and "date" not in stated and (day := dates.parse_date(field[1])) is not None:
            stated["date"] = day
        lines.append(block.text)
    if len(lines) - 1 < _MIN_MAIL_HEADERS or "date" not in stated:
        return None
    if len(blocks) > len(lines) and (address := _web_copy(blocks[len(lines)])):
        stated["url"] = address
        lines.append(blocks[len(lines)].text)
    return stated, tuple(lines)


def _web_copy(block: Block) -> str | None:
    """The address a mail's "View this post on the web at https://..." line gives."""
    said = fold(block.text)
    if not any(said.startswith(phrase) for phrase in _posts_words("mail_web_copy")):
        return None
    return line_address(block)


_MAIL_HEADER_LINES = 6
_MIN_MAIL_HEADERS = 2  # (a heading over one "Date:" line is a post's dateline)


def _credited_head(page: Page) -> tuple[dict, tuple[str, ...]] | None:
    """A translation signed with its credits at its close ("via: https://...", "译者：..."): its
    title heading at its top, under what is no title (GCTT's "## https://..." over "# go的多层切片"),
    with the original's address and author from the credits."""
    if (credits := closing_credits(page)) is None:
        return None
    for k, block in enumerate(page.blocks[:_CREDITED_TITLE_LINES]):
        if block.kind != "heading":
            return None
        if not looks_like_url(block.text.strip()):
            head = [b.text for b in page.blocks[: k + 1]]
            under = page.blocks[k + 1] if k + 1 < len(page.blocks) else None
            author = credits[0].get("author")
            if under is not None and author and _byline_of(under, author):
                head.append(under.text)  # ("William Kennedy 2013.9.10": the credited author's byline)
            return {**credits[0], "title": block.text, _LABELLED_HEAD: True}, tuple(head)
    return None


def _byline_of(block: Block, author: str) -> bool:
    """Whether a short line under a title opens with its author's name: a byline, no text."""
    return block.kind == "paragraph" and len(block.text) <= _MAX_HEAD_LINE and block.text.startswith(author)


_CREDITED_TITLE_LINES = 2


def _field_table_head(blocks: Sequence[Block]) -> tuple[dict, tuple[str, ...]] | None:
    """A capture's fields in a table under its title heading (``| Field | Value |`` over ``| title |
    ... |``, ``| author | Tria Sutrisna |``, ``| urlshort | http://kmp.im/... |``), its front matter
    laid out so, maybe under the lead it repeats: the fields, and the lines that are no body."""
    if len(blocks) < 2 or blocks[0].kind != "heading":
        return None
    at = next((k for k, b in enumerate(blocks[1 : 1 + _FIELD_TABLE_REACH], 1) if b.kind == "table_row"), None)
    if at is None or [c.strip().casefold() for c in blocks[at].cells] != ["field", "value"]:
        return None
    rows = list(itertools.takewhile(lambda b: b.kind == "table_row" and len(b.cells) == 2, blocks[at + 1 :]))
    fields = {front_matter_key(key.strip()): value.strip() for key, value in (row.cells for row in rows)}
    if not rows or not _FIELD_TABLE_KEYS & set(fields):
        return None
    if "url" not in fields and looks_like_url(fields.get("urlshort", "")):
        fields["url"] = fields["urlshort"]
    head = [b.text for b in blocks[at : at + 1 + len(rows)]]
    head += [b.text for b in blocks[1:at] if b.text == fields.get("description")]
    return {**fields, "title": blocks[0].text, _LABELLED_HEAD: True}, tuple(head)


_FIELD_TABLE_REACH = 3  # lines under the title a capture's field table may stand after
_FIELD_TABLE_KEYS = frozenset({"title", "author", "url", "urlshort", "date", "published", "description"})


def _archived_head(blocks: Sequence[Block]) -> tuple[dict, tuple[str, ...]]:
    """An archived article's title and address from its linked title, and its date from a short
    line at most a byline below it ("NICOLE PERLROTH" over "2020-09-11 16:53:27", "日期：Tue, 30 Jun
    2020 07:45:33 +0000"); the lines down to the date are its head, no part of the body."""
    title = blocks[0]
    # "Economist fears ... | Fortune" over fortune.com: the name after the title is the outlet's
    text, outlet = outlet_suffix(title.text, title.links[0].href)
    fm: dict = {"title": text, "url": title.links[0].href, _LINKED_TITLE: True, _OUTLET: outlet}
    for k, block in enumerate(blocks[1 : 1 + _HEAD_LINES], 1):
        if block.kind not in ("paragraph", "list_item") or len(block.text) > _MAX_HEAD_LINE:
            break
        if day := dates.parse_date(block.text):
            fm["date"] = day
            return fm, tuple(b.text for b in blocks[1 : k + 1])
    return fm, ()


_STAMPS = 2  # lines of a clipper's stamps over a copy's title
_LINKED_TITLE = "(linked title)"  # the key that marks a head read from a linked title, not stated
_LABELLED_HEAD = "(labelled head)"  # ... and from labelled lines over the title heading
_OUTLET = "(outlet)"  # ... and the key of the outlet its title names after it
# field headings of a read-later template (Obsidian's ReadItLater): the key each states, "" for the
# heading over the copied text (its "date" is the day the page was saved)
_FIELD_HEADINGS = {
    "articleurl": "url",
    "url": "url",
    "sitename": _OUTLET,
    "date": "clipped_at",
    "author": "author",
    "articlecontent": "",
}
_FIELD_LINES = 12
_HASHTAG = re.compile(r"#[^\s#]{1,40}")
_HEAD_LINES = 3  # lines under an archived article's title that may give its byline and date
_WHOLE_TITLE_LINES = 3  # lines at the top of a copy that may give its title cut short whole
_MAX_HEAD_LINE = 80


def _clip_url(fm: dict) -> str | None:
    """The address of the page a web clipper copied (``source: "https://..."``)."""
    if not clipped_copy(fm):
        return None
    # (the first key that states an address: "source: slack" names where the clip was shared)
    url = _first_address(fm, "original_url", "origin_url", "source", "source_url", "url", "link")
    if url and (original := archived_original(url)):
        url = original  # the archive's copy is of this page
    return url if url and looks_like_url(url) else None


def _captured_page(address: str | None, page: Page) -> str | None:
    """The address a copy states, or, where it states only an archive's short link to its capture
    (Jina Reader's copy of ``http://archive.today/rsmmS``), the address the captured page's share
    buttons carry."""
    if address and archive_short_link(address):
        return shared_address(link.href for block in page.blocks for link in block.links) or address
    return address


def _dated_under_title(page: Page, title: str) -> str | None:
    """The date a line among the first three lines of text under the heading that shows a post's
    title states alone, maybe after an icon (``__ November 12, 2014``: the post's own dateline among
    its byline's lines)."""
    shown = [i for i, block in enumerate(page.blocks) if block.kind == "heading" and block.text == title]
    if not shown:
        return None
    # (an avatar's link, no text, is no line: Substack's "[![avatar](...)](...)" over the author)
    near = page.blocks[shown[-1] + 1 : shown[-1] + 1 + 2 * _BYLINE_LINES]
    under = [block for block in near if block.text][:_BYLINE_LINES]
    # ("__": an icon font's glyph a copy kept as its name's underscores)
    return next((day for block in under if (day := dates.only_a_date(block.text.lstrip("_ ")))), None)


_BYLINE_LINES = 3  # the lines under a title that state its date and its author


def _first_address(fm: dict, *keys: str) -> str | None:
    """The first of ``keys`` whose value is an address."""
    return next((said for key in keys if (said := front_matter_text(fm, key)) and looks_like_url(said)), None)


def _named_original(page: Page) -> str | None:
    """The article a post copies, as a line of its head or its close names it by its label
    (``原始链接: https://...`` under the title, ``原文链接：[雷锋网](https://...)`` after a repost's
    last paragraph): the post's text is that article's."""
    return _original_named_in(_head_and_close(page))


def _head_and_close(page: Page) -> tuple[Block, ...]:
    """The lines of a copy's head and of its close, where it names the page it copies."""
    return (*page.blocks[:_READ_LATER_HEAD], *page.blocks[_READ_LATER_HEAD:][-_CLOSING_LINES:])


def _original_named_in(blocks: Sequence[Block]) -> str | None:
    for block in blocks:
        # ("📖 Original article: [aws.amazon.com/blogs/...](https://...)": an icon before its label)
        field = labelled_field(_LEADING_ICONS.sub("", block.text))
        if field is None or not (names_the_original(field[0]) or label_of(field[0]) == "original_text"):
            continue
        if url := line_address(block):
            return url
    return None


_CLOSING_LINES = 3  # lines at the close of a repost that may name its original
_LEADING_ICONS = re.compile(r"^[^\w\[(（]+")


def _read_original(page: Page) -> str | None:
    """A read-later export's link to the page it saved, on a line of its head: "[Read Original](...)"
    beside "[Read on Omnivore](...)"; or of its close, as a notes app's export ends ("[🌐 原始链接](...)"
    over "[📎 在印象笔记中打开](evernote:///...)")."""
    if not clipped_page(page):
        return None
    for block in _head_and_close(page):
        if len(block.links) == 1 and block.text == block.links[0].text and label_of(block.text) == "source":
            href = block.links[0].href
            return href if looks_like_url(href) else None
    return None


_READ_LATER_HEAD = 8  # lines at the top of an export that may hold its "Read Original" link


def _cites_pages(page: Page) -> bool:
    """Links to two or more pages: what a digest gives its stories."""
    cited = {link.href for block in page.blocks for link in block.links if looks_like_url(link.href)}
    return len(cited) >= 2


def _title(fm: dict) -> str | None:
    title = front_matter_text(fm, *_TITLE_KEYS)
    # ("title: \[번역] An In-Depth Technical Analysis of CurveBall": Markdown's escapes show no backslash)
    return (without_credited_handles(normalize_space(unescape(title))) or None) if title else None


def _published(fm: dict) -> str | None:
    return next(iter(dates.front_matter_dates(fm, *_DATE_KEYS)), None)


def _title_shown(page: Page, fm: dict, title: str) -> tuple[str, str] | None:
    """(the title, the site's name) of a clipped page whose stated title is the title it shows as a
    heading of its own and the site's name after a separator (the copied page's ``<title>``), or of
    a copy whose stated title ends in the name of the site its address is on (a fetcher's ``title:
    ... | TechCrunch`` over ``url: https://techcrunch.com/...``); None on other pages."""
    if fm.get(_OUTLET):
        return None
    if clipped_copy(fm) and (url := front_matter_text(fm, *_URL_KEYS)):
        shown, site = outlet_suffix(title, url)
        # (not "<zh title> - The GitHub Blog --- <en title> - The GitHub Blog", a translation's two titles)
        if site is not None and site not in shown:
            return shown, site
    if not clipped_page(page):
        return None
    shown, site = split_title_suffix(title)
    if site is None or not any(b.kind == "heading" and b.text == shown for b in page.blocks):
        return None
    return shown, site


def _dated_opening(page: Page, title: str, head: tuple[str, ...]) -> tuple[str, tuple[str, ...]] | None:
    """The date a post's text opens with, alone on its line (``2025年10月14日`` atop a clip of
    Publickey's article, whose clipper left ``published:`` empty) or labelled (``投稿日: 2022 年 11
    月 28 日``), under the heading that shows its title, if one opens the page; and the lines that
    state it, that heading's among them."""
    shown = page.blocks[0] if page.blocks and page.blocks[0].kind == "heading" else None
    first = next(
        (b for b in page.blocks if b is not shown and _in_body(b, title) and b.text not in head), None
    )
    if first is None or first.kind != "paragraph" or len(text := first.text.strip()) > _MAX_DATELINE:
        return None
    if stated := labelled_value(text, "published"):
        text = stated.strip()
    if dates.match_span(text) != (0, len(text)) or (day := dates.parse_date(text)) is None:
        return None
    return day, (first.text,) if shown is None else (shown.text, first.text)


_MAX_DATELINE = 40
_COPY_DATE_KEYS = (*CLIP_DATE_KEYS, "created", "exported_at")  # when a copy was made


def _same_minute(a: str | None, b: str) -> bool:
    return a is not None and a[: len("2025-11-11T15:20")] == b[: len("2025-11-11T15:20")]


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


def _body(page: Page, title: str, head: tuple[str, ...] = ()) -> str:
    blocks = page.blocks
    if (credits := closing_credits(page)) is not None:
        blocks = blocks[: credits[1]]
    if clipped_page(page):
        blocks = _without_export_head(blocks, page.front_matter)
    kept = _without_field_lines(content(b for b in blocks if _in_body(b, title) and b.text not in head))
    # a copy of a publisher's page has the page's end matter too, and so has a page saved without
    # front matter ("# Title" over "April 4, 2018", the article, "### Similar articles:", the footer)
    if clipped_copy(page.front_matter) or not page.front_matter or _named_original(page):
        # (with its one-link lines still in: a related-stories list under its label is where it starts)
        kept = end_matter.trim(kept, page.blocks)
    # ("null" alone on the copy's last line: a template's empty value, no line of the article)
    return body_text(b for b in kept if not _one_link_line(b) and b.text not in _EMPTY_VALUES)


_EMPTY_VALUES = frozenset({"null", "undefined", "None"})


def _without_field_lines(blocks: list[Block]) -> list[Block]:
    """A post's text less the fields its head writes out over it (``发布日期: 2012-09-01``,
    ``原始链接: https://...``, then ``## 文章内容``, the copy's label): its date, author and original
    are the post's fields, not its text."""
    start = 0
    while start < min(len(blocks), _READ_LATER_HEAD):
        block = blocks[start]
        if block.kind == "heading":
            if label_of(block.text) != "original_text":
                break
        elif not (_head_field(block) or (len(block.text) <= _MAX_FIELD and credits_line(block))):
            break
        start += 1
    return blocks[start:]


def _head_field(block: Block) -> bool:
    """A field the head writes out (``发布日期: 2012-09-01``, ``Source: https://...``): short, or an
    address however long (an e-mail's link, ``Source: https://substack.com/app-link/post?...``,
    carries its reader's token)."""
    field = labelled_field(block.text)
    if field is None or label_of(field[0]) not in _HEAD_FIELDS:
        return False
    return len(block.text) <= _MAX_FIELD or looks_like_url(field[1])


_HEAD_FIELDS = frozenset({"published", "author", "source"})
_MAX_FIELD = 300  # characters of a field's line: a longer one is the text's own


def _summary_box(blocks: tuple[Block, ...]) -> tuple[str, ...]:
    """The lines of a summary box a clipper puts over its copy (Obsidian's callout ``> [!summary]``
    over what the page says), the summary last; none where the page opens without one."""
    first = blocks[0] if blocks else None
    marker = _SUMMARY_CALLOUT.match(first.text) if first is not None and first.kind == "paragraph" else None
    if marker is None:
        return ()
    if said := marker.group(1).strip():  # "[!summary] Argues that ..." on one line
        return (first.text, said)
    after = blocks[1] if len(blocks) > 1 else None
    if after is None or after.kind != "paragraph" or not after.text.strip():
        return ()
    return (first.text, after.text)


def _link_debris(text: str) -> bool:
    """``](https://medium.com/@...)[``: what a copy's link markup, broken over lines, left behind."""
    return "](" in text and not any(map(str.isalnum, _ADDRESS.sub("", text)))


_ADDRESS = re.compile(r"https?://\S+")
_SUMMARY_CALLOUT = re.compile(
    r"^\[!(?:summary|abstract|tldr|tl;dr)\][+-]?\s*(.*)$", re.IGNORECASE | re.DOTALL
)


def _without_export_head(blocks: tuple[Block, ...], fm: dict) -> tuple[Block, ...]:
    """A read-later export's text less its template's head: its front matter's fields said again
    ("date_saved: 2024-02-16 08:34:51") and the label over the copy ("# Full Content:")."""
    keys = {_key_words(str(key)) for key in fm}
    start = 0
    for i, block in enumerate(blocks[:_EXPORT_HEAD]):
        if len(block.text) > _MAX_FIELD:
            break  # the copy's text has begun: a short page's closing "Source: ..." is no head's field
        label, colon, value = block.text.partition(":")
        # ("- By: Clint Watts" of "author:", "- Date published: ..." of "date_published:"; "# Article
        # text", the label over the copy, ends the head and the template's note over it)
        if (
            colon
            and (
                _key_words(label) in keys
                or label_of(label) in _HEAD_FIELDS
                or (block.kind == "heading" and not value.strip())
            )
        ) or (block.kind == "heading" and label_of(block.text) == "original_text"):
            start = i + 1
    return blocks[start:]


def _key_words(key: str) -> str:
    """A front matter key or a label as words: ``date_published`` and ``Date published`` alike."""
    return " ".join(key.replace("_", " ").casefold().split())


_EXPORT_HEAD = 12  # lines of a read-later export's template over its copy


def _in_body(block: Block, title: str) -> bool:
    """Whether a block may be the post's text: not its title again, not a template's tag (Hugo's
    ``{{< details >}}``, Liquid's ``{% include %}``) or what markup left of one ("{{}}")."""
    text = block.text
    if block.kind not in _BODY_KINDS or text == title or _TEMPLATE_TAG.search(text):
        return False
    return any(map(str.isalnum, text)) and not clipper_mark(text) and not _link_debris(text)


def _one_link_line(block: Block) -> bool:
    """A line that is one short link ("🌐 Leer este artículo en español", "Read more"): the site's,
    not the post's text."""
    return (
        len(block.links) == 1
        and bool(block.links[0].text.strip())
        and block.text.strip(" *_🌐") == block.links[0].text
        and len(block.text) <= _MAX_LINK_LINE
    )
