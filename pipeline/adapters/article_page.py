"""Generic article pages: a news article on its publisher's own site, which no aggregator adapter
claims (openai.com's original of the seeds' article, a newspaper's story page).

trafilatura (``bare_extraction``: main text less boilerplate and comments, precision favoured, no
deduplication, no network) finds the main text and a first reading of the metadata. This module
adds what it lacks, reading the markup itself:

* **title**: the page's ``<h1>`` when a metadata title (JSON-LD ``headline``, ``og:title``,
  ``<title>``) contains it, else the metadata title less a site suffix (or prefix) that names the
  site (``... | OpenAI``, ``..._新浪网``, ``... - NHKニュース``), never a suffix that does not;
* **publication date**, by meaning and in this order: JSON-LD ``datePublished`` of the article,
  ``article:published_time`` and its kin, ``<time datetime>`` outside navigation and cards, a date
  line next to the title in the text (``2026年4月27日``, ``令和8年4月27日``, ``2026/4/27``,
  ``April 27, 2026``; see :mod:`pipeline.cjkdates`), htmldate without its text search (markup and
  URL), and last the update date. A date standing in the body is never taken: it is what the
  article talks about. An ISO value keeps the zone the publisher states (see :func:`stated_date`);
* **language** by script first (:func:`pipeline.lang.detect_language` over title and text, with
  ``<html lang>`` as context only);
* **canonical URL** from ``<link rel=canonical>``, then ``og:url``, then JSON-LD, resolved
  against each other when relative;
* publisher, authors, section, tags and description from JSON-LD and ``<meta>`` before
  trafilatura's guesses.

A body the page cuts into chunks of one class (advertising between them) is joined before
trafilatura reads it, since trafilatura keeps the first container it matches (see
:func:`join_body_chunks`).

The body keeps trafilatura's paragraphs (blank lines between them) and lists (``- item``); the
article's own list items are its key points (kind ``body_list``). A subtitle is the short
sentence between the title and the chrome that opens the body, as in ``pipeline.adapters.article``.

The adapter claims HTML pages only, judged cheaply on the markup and blocks (no extraction runs
for a page another adapter takes): 0.2, below the generic digest reader's 0.3 so that digest pages
stay with it, for article markup (``og:type`` article, JSON-LD ``NewsArticle``/``Article``/
``BlogPosting``, an ``<article>`` element) or a page that reads like one (a title it shows, a date
line by it or a ``<meta>`` date, prose); 0.1 for any other page with enough prose, which is read
only when no other adapter wants it and must then yield a title, a date and a substantial main text.
"""

from __future__ import annotations

import functools
import html
import itertools
import json
import logging
import re
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any
from urllib.parse import urljoin, urlsplit

import lxml.etree
import lxml.html

from pipeline import cjkdates, dates
from pipeline.adapters import end_matter
from pipeline.adapters.base import (
    Adapter,
    AdapterError,
    body_text,
    content,
    detect,
    key_points,
    register,
    states_an_article,
)
from pipeline.adapters.digest import names_a_digest
from pipeline.blocks import READER_VIEW_MARK, Block, Page, normalize_space, reader_view_meta, unseen
from pipeline.lang import detect_language
from pipeline.models import Claim, PageRecord, PageText, Tag
from pipeline.normalize import (
    canonical_url,
    fold,
    home_page_site,
    is_chrome,
    is_label,
    labelled_value,
    lexicon,
    split_title_suffix,
    url_key,
)

CLAIM = 0.2  # below the generic digest reader's 0.3: a digest page stays with it
MAYBE = 0.1  # a page with prose only: read when no other adapter claims it
MARKUP_SCAN = 400_000  # characters of markup searched for article markup

MIN_PAGE_CHARS = 200  # a page with less text than this (all of it, chrome included) is no article
MIN_TEXT_CHARS = 400  # main text this long (Latin) makes a page without article markup an article
MIN_TEXT_CJK = 150  # ... or this many CJK characters
MIN_PROSE_LINE = 40  # a paragraph this long counts as prose when judging a page without markup
MAX_SUBTITLE = 200
MIN_GLUED_HEAD = 10  # characters of headline before a site name glued onto it
DATE_WINDOW_AFTER = 10  # blocks after the title searched for its date line
DATE_WINDOW_BEFORE = 2  # ... and before it (a kicker line, a date above the headline)
MAX_DATE_LINE = 120  # a longer block is prose: the body has begun
MAX_DATE_REST = 40  # a date line holds at most this much besides its date (a time, a source)
MAX_BYLINE = 80
MAX_META_LINES = 4  # datelines and bylines dropped from the head of the main text
MAX_TAGS = 20
MAX_HOME_NAMES = 12
SHORT_PRECISE_TEXT = 1000  # characters: a precise reading this short is checked against a balanced one
PRECISION_CUT_SHARE = 0.15  # ... and replaced when it kept less than this share of the balanced text
MIN_CHUNK_PARAGRAPHS = 2  # prose paragraphs in each chunk of a split body (a comment or card has fewer)
MIN_CHUNK_PARAGRAPH = 80  # characters of such a paragraph
TITLE_SHARE = 0.6  # an <h1> inside a metadata title (or around it) must cover this share of it
MIN_YEAR, MAX_YEAR = 1990, 2100  # a stated date outside is a placeholder (0001-01-01)

_ARTICLE_TYPE = re.compile(r"^(?:\w*Article|BlogPosting|LiveBlogPosting|Report)$")
_JSONLD_ARTICLE = re.compile(
    r"\"@type\"\s*:\s*(?:\[[^\]]*?)?\"(?:\w*Article|BlogPosting|LiveBlogPosting)\"", re.IGNORECASE
)
_ARTICLE_ELEMENT = re.compile(r"<article[\s>]", re.IGNORECASE)
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
_URLISH = re.compile(r"^(?:https?:)?//|^www\.", re.IGNORECASE)

# <meta> names and properties that state the publication date, best first
_PUBLISHED_META = (
    "article:published_time",
    "og:article:published_time",
    "og:published_time",
    "datepublished",
    "article.published",
    "published_time",
    "publish_date",
    "publish-date",
    "publishdate",
    "pubdate",
    "pub_date",
    "date",
    "dc.date.issued",
    "dcterms.issued",
    "dc.date",
    "dcterms.date",
    "dcterms.created",
    "sailthru.date",
    "parsely-pub-date",
    "original-publish-date",
    "citation_publication_date",
)
_SECTION_META = ("article:section", "og:article:section", "section", "category")
_AUTHOR_META = ("author", "article:author", "og:article:author", "byl", "sailthru.author", "parsely-author")
_TAG_META = ("article:tag", "og:article:tag", "news_keywords")

# Words that say which date a line states (publication vs update)
_PUBLISHED_WORDS = re.compile(
    r"公開|公表|掲載|配信|発行|投稿|発表|发布|發布|发表|發表|刊登|出版|published|posted|issued|first\s+published",
    re.IGNORECASE,
)
_UPDATED_WORDS = re.compile(r"更新|修改|修正|updated|modified|last\s+edited|edited", re.IGNORECASE)

# A byline's lead-in
_AUTHOR_PREFIX = re.compile(
    r"^(?:by|(?:written|text|submitted|posted|analysis|opinion|commentary)\s+by|记者|記者|文|作者|著者|执笔|執筆)"
    r"\s*[:：|/]?\s+",
    re.I,
)
# A CMS's "Submitted on Mon, 2019-01-21" read as a byline: a verb where the name would be
_NOT_AUTHOR = re.compile(
    r"^(?:(?:submitted|posted|published|updated|written)\b(?:\s+(?:on|at)\b.*)?|x{3,}|n/?a|none|null|unknown)$",
    re.I,
)  # (and a template's placeholder left in a <meta name="author">: "Xxx")

# A company's legal form: a name that has one is a publisher's, not a person's
_COMPANY = re.compile(
    r"株式会社|有限会社|合同会社|[(（]株[)）]|\b(?:Inc|Ltd|LLC|GmbH|Corp|Co\.,? Ltd|S\.A|AG|K\.K)\b\.?$",
    re.I,
)

# Classes and elements whose <time> is not the article's (cards, comments, navigation)
_NOT_ARTICLE_TAGS = frozenset({"nav", "aside", "footer", "li"})
_NOT_ARTICLE_CLASS = re.compile(r"related|recommend|comment|sidebar|footer|\bnav|menu|teaser|card", re.I)
_BODY_CLASS = re.compile(r"body|article|content|story|text|entry|post", re.I)
_NOT_BODY_CLASS = re.compile(r"comment|widget|card|teaser|related|promo|footer|sidebar|media", re.I)
_BODY_CONTAINERS = ("div", "section", "article", "main")
_CHUNK_BREAKS = frozenset({"h1", "h2"})  # a heading this high between two chunks starts another story
_PUBLISHED_CLASS = re.compile(
    r"publish|posted|pubdate|date-?pub|dateline|byline|timestamp|article-?date", re.I
)

# Separators between a title and a site name beyond pipeline.normalize's (CJK sites use these)
_EXTRA_SEPARATORS = ("_", "｜", "|", " / ", "／", " » ", " « ", "：", " : ", " -- ", "-", "－", "—", "–")
# Host name labels that name no site ("news" in news.example.com)
_GENERIC_HOST_LABELS = frozenset(
    {"www", "com", "org", "net", "edu", "gov", "news", "blog", "blogs", "amp", "mobile", "web", "online"}
    | {"article", "articles", "edition", "story", "english", "world", "home", "html", "shtml", "www3"}
)
_COPYRIGHT_CJK = re.compile(
    r"(?:©|Copyright)?\s*(?:\d{4}[-–\d]*)?\s*([^\s©|,，。]{2,12}?)\s*(?:版权所有|版權所有)"
)

_COPYRIGHT_TEXT = lxml.etree.XPath("//body//text()[contains(., '版权所有') or contains(., '版權所有')]")

_DATE_PARAMS = {
    "extensive_search": False,  # markup, URL and meta only: never a date from the text
    "original_date": True,
    "outputformat": "%Y-%m-%d",
    "max_date": "2100-12-31",  # fixed, so the result does not depend on the day it runs
}


@functools.cache
def _config() -> Any:
    from trafilatura.settings import use_config  # imported on first use: 0.25 s the CLI need not pay

    # their warnings ("discarding data") are for their command line: no stderr noise in ingest
    for name in ("trafilatura", "htmldate", "courlan"):
        logging.getLogger(name).addHandler(logging.NullHandler())
    config = use_config()
    config.set("DEFAULT", "EXTRACTION_TIMEOUT", "0")
    config.set("DEFAULT", "EXTENSIVE_DATE_SEARCH", "off")
    return config


# --------------------------------------------------------------------------- reading the markup


@dataclass
class Markup:
    """What the markup says about the article, before any text is read."""

    jsonld: list[dict] = field(default_factory=list)  # the article objects, first first
    meta: dict[str, list[str]] = field(default_factory=dict)  # lower-cased name/property -> values
    title: str | None = None  # <title>
    h1: list[str] = field(default_factory=list)
    html_lang: str | None = None
    canonical: str | None = None
    times: list[tuple[str, str]] = field(default_factory=list)  # (datetime, published|plain|updated)
    has_article_element: bool = False
    home_names: list[str] = field(default_factory=list)  # how links to the home page name the site
    root: lxml.html.HtmlElement | None = field(default=None, repr=False, compare=False)

    @functools.cached_property
    def bylines(self) -> list[str]:
        """The names the markup marks as an author's (:func:`_marked_authors`), looked for only when
        asked: most pages name their authors otherwise, and the look costs a walk of the tree."""
        return _marked_authors(self.root) if self.root is not None else []

    @functools.cached_property
    def byline_links(self) -> list[str]:
        """The names a byline links to its writers' pages (:func:`_byline_links`), looked for only
        when asked."""
        return _byline_links(self.root) if self.root is not None else []


@dataclass
class Extraction:
    """trafilatura's reading plus the markup's, cached per page source."""

    markup: Markup
    blocks: list[Block]  # the main text as blocks (headings, paragraphs, list items)
    title: str | None
    author: str | None
    date: str | None
    url: str | None
    sitename: str | None
    description: str | None
    categories: list[str]
    tags: list[str]


# lxml.html picks each element's class (form, input, label ...) by a Python callback whenever lxml
# makes an element proxy, and trafilatura makes many: 5-6% of reading a real article page. Nothing
# here or in trafilatura needs the form classes, so every element is a plain HtmlElement, chosen in
# C (same extraction on the 181 pages of the article-extraction benchmark).
_HTML_CLASSES = lxml.etree.ElementDefaultClassLookup(
    element=lxml.html.HtmlElement,
    comment=lxml.html.HtmlComment,
    pi=lxml.html.HtmlProcessingInstruction,
    entity=lxml.html.HtmlEntity,
)
_per_thread = threading.local()  # one parser per thread, as in pipeline.blocks (and for its reason)


def _html_parser() -> lxml.html.HTMLParser:
    parser: lxml.html.HTMLParser | None = getattr(_per_thread, "parser", None)
    if parser is None:
        parser = _per_thread.parser = lxml.html.HTMLParser(recover=True, huge_tree=True, remove_comments=True)
        parser.set_element_class_lookup(_HTML_CLASSES)
    return parser


def _parse(source: str) -> lxml.html.HtmlElement | None:
    source = re.sub(r"^\s*<\?xml[^>]*>", "", source.lstrip("\ufeff"))
    if not source.strip():
        return None
    try:
        return lxml.html.document_fromstring(source, parser=_html_parser())
    except (lxml.etree.ParserError, ValueError):
        return None


def _walk_jsonld(node: Any) -> Iterator[dict]:
    if isinstance(node, list):
        for item in node:
            yield from _walk_jsonld(item)
    elif isinstance(node, dict):
        yield node
        for key in ("@graph", "mainEntity", "itemListElement"):
            if key in node:
                yield from _walk_jsonld(node[key])


def _types(obj: dict) -> list[str]:
    value = obj.get("@type", [])
    return [str(t) for t in (value if isinstance(value, list) else [value])]


def read_markup(root: lxml.html.HtmlElement, *, reader_view: bool = False) -> Markup:
    """The markup's facts about the article; ``reader_view`` where the page may have been saved from
    Firefox's Reader View (its source names the view's article box), which states them its own way."""
    markup = Markup()
    for script in root.iterfind(".//script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json" or not script.text:
            continue
        try:
            data = json.loads(script.text.strip().rstrip(";"), strict=False)
        except ValueError:
            continue
        markup.jsonld += [o for o in _walk_jsonld(data) if any(_ARTICLE_TYPE.match(t) for t in _types(o))]
    for tag in root.iterfind(".//meta[@content]"):
        key = (tag.get("property") or tag.get("name") or tag.get("itemprop") or "").strip().lower()
        value = normalize_space(tag.get("content", ""))
        if key and value:
            markup.meta.setdefault(key, []).append(html.unescape(value))
    title = root.find(".//title")
    if title is not None and title.text_content().strip():
        markup.title = normalize_space(title.text_content())
    markup.h1 = [t for h in root.iterfind(".//h1") if (t := normalize_space(h.text_content()))]
    markup.html_lang = (root.get("lang") or root.get("xml:lang") or "").strip() or None
    for link in root.iterfind(".//link[@rel][@href]"):
        if "canonical" in link.get("rel", "").lower().split():
            markup.canonical = link.get("href", "").strip() or None
            break
    for el in root.iter("time", "meta", "span", "div", "p", "abbr"):
        value = el.get("datetime") if el.tag == "time" else None
        if el.get("itemprop") in ("datePublished", "dateModified"):
            value = el.get("datetime") or el.get("content") or value
        if not value or el.tag == "meta" or _in_cards(el):
            continue  # <meta itemprop> is read with the other <meta>
        markup.times.append((value.strip(), _time_kind(el)))
    markup.has_article_element = root.find(".//article") is not None
    if reader_view and (stated := reader_view_meta(root)):
        markup.canonical = markup.canonical or stated.get("canonical")
        if "author" in stated:
            markup.meta.setdefault("author", []).append(stated["author"])
    markup.home_names = _home_names(root, markup)
    markup.root = root
    own = {url_key(u) for u in [markup.canonical, *markup.meta.get("og:url", [])]} - {None}
    if own and len(markup.jsonld) > 1:  # the page's own article first, then related ones
        markup.jsonld.sort(key=lambda obj: not own & {url_key(u) for u in _urls_of(obj)})
    return markup


def _marked_authors(root: lxml.html.HtmlElement) -> list[str]:
    """The names the markup marks as an author's, in page order: ``<a rel="author">``, ``<span
    rel="sioc:has_creator">``, ``<span itemprop="author">`` (its ``itemprop="name"`` where it has
    one); where none is so marked, an element whose class is ``author`` or ``byline`` (``<ul
    class="author list"><li>太田 亮三</li></ul>``). None on a page that marks more than a byline's
    few (a listing of other stories' bylines)."""
    names: list[str] = []
    for element in _MARKED_AUTHOR(root) or _AUTHOR_CLASS(root):
        named = next(iter(_ITEMPROP_NAME(element)), element)
        text = normalize_space(named.text_content())
        if text and len(text) <= MAX_BYLINE and text not in names:
            names.append(text)
    return names if len(names) <= _MAX_MARKED_AUTHORS else []


_MARKED_AUTHOR = lxml.etree.XPath(
    "//*[not(self::link) and not(self::meta)"
    " and (contains(concat(' ', normalize-space(@rel), ' '), ' author ')"
    " or contains(@rel, 'has_creator') or @itemprop='author')]"
)
_AUTHOR_CLASS = lxml.etree.XPath(
    "//*[(contains(concat(' ', normalize-space(@class), ' '), ' author ')"
    " or contains(concat(' ', normalize-space(@class), ' '), ' byline '))"
    " and not(ancestor::aside) and not(ancestor::footer) and not(ancestor::nav)"
    " and not(ancestor::*[contains(@class, 'comment')])]"
)
_ITEMPROP_NAME = lxml.etree.XPath(".//*[@itemprop='name']")


def _byline_links(root: lxml.html.HtmlElement) -> list[str]:
    """The names an element whose class is ``author`` or ``byline`` links to a writer's page
    (``Wednesday January 18, 2017 11:44 am PST by <a href=".../author/juli-clover/">Juli
    Clover</a>``); none on a page with more such links than a byline's few. A writer's page linked
    again says no more of who wrote: its first link names them ("Mariusz Bielski" over the bio's
    "Czytaj inne felietony Mariusza", read his other columns)."""
    links = [link for byline in _AUTHOR_CLASS(root) for link in _AUTHOR_LINK(byline)]
    by_page: dict[str, str] = {}
    for link in links:
        by_page.setdefault(link.get("href", "").strip().rstrip("/"), normalize_space(link.text_content()))
    names = list(dict.fromkeys(by_page.values()))
    return names if len(names) <= _MAX_MARKED_AUTHORS else []


_AUTHOR_LINK = lxml.etree.XPath(".//a[contains(@href, '/author/') and normalize-space()]")
_MAX_MARKED_AUTHORS = 4


def _home_names(root: lxml.html.HtmlElement, markup: Markup) -> list[str]:
    """The site's name as its logo link and its copyright line give it: the text, title or image
    alt of a link to the home page (``<a href="/"><img alt="新华网"></a>``), ``新华网版权所有``."""
    host = urlsplit(markup.canonical or next(iter(markup.meta.get("og:url", [])), "")).hostname
    names: list[str] = []
    for link in root.iterfind(".//a[@href]"):
        href = link.get("href", "").strip()
        if not href or href.startswith("#"):
            continue
        parts = urlsplit(href)
        if parts.path.strip("/") or parts.query or (parts.netloc and parts.hostname != host):
            continue
        for img in link.iterfind(".//img[@alt]"):
            names.append(img.get("alt", ""))
        names += [link.get("title") or "", link.text_content()]
        if len(names) > MAX_HOME_NAMES:
            break
    for text in _COPYRIGHT_TEXT(root):
        names += _COPYRIGHT_CJK.findall(str(text))
    return list(dict.fromkeys(n for n in (normalize_space(x) for x in names) if 2 <= len(n) <= 40))


def _time_kind(el: lxml.html.HtmlElement) -> str:
    """What a ``<time>`` dates: ``published`` (marked so), ``updated`` (marked or worded so:
    ``Updated April 28``) or ``plain``."""
    if el.get("itemprop") == "dateModified":
        return "updated"
    if el.get("itemprop") == "datePublished" or el.get("pubdate") is not None:
        return "published"
    parent = el.getparent()
    words = normalize_space(
        el.text_content() + " " + (parent.text_content()[:120] if parent is not None else "")
    )
    classes = " ".join((a.get("class") or "") for a in _self_and_up(el, 3))
    if _UPDATED_WORDS.search(words + " " + classes) and not _PUBLISHED_WORDS.search(words):
        return "updated"
    if _PUBLISHED_CLASS.search(classes) or _PUBLISHED_WORDS.search(words):
        return "published"
    return "plain"


def _self_and_up(el: lxml.html.HtmlElement, levels: int) -> Iterator[lxml.html.HtmlElement]:
    for _ in range(levels + 1):
        if el is None:
            return
        yield el
        el = el.getparent()


def _in_cards(el: lxml.html.HtmlElement) -> bool:
    """Inside navigation, a sidebar, a footer, a list of cards or comments."""
    for ancestor in el.iterancestors():
        if ancestor.tag in _NOT_ARTICLE_TAGS:
            return True
        if _NOT_ARTICLE_CLASS.search(ancestor.get("class") or "") or _NOT_ARTICLE_CLASS.search(
            ancestor.get("id") or ""
        ):
            return True
    return False


# --------------------------------------------------------------------------- trafilatura


def _text_of(el: lxml.etree._Element, *, skip: str | None = None) -> str:
    parts: list[str] = []

    def walk(node: lxml.etree._Element) -> None:
        if node.text:
            parts.append(node.text)
        for child in node:
            if child.tag == skip:
                pass
            elif child.tag == "lb":
                parts.append(" ")
            elif child.tag in _XML_BLOCKS or child.tag in ("item", "row", "cell"):
                parts.append(" ")  # block children of a cell or an item: words stay apart
                walk(child)
                parts.append(" ")
            else:
                walk(child)
            if child.tail:
                parts.append(child.tail)

    walk(el)
    return normalize_space("".join(parts))


_XML_BLOCKS = frozenset({"p", "head", "list", "table", "quote", "code", "div", "section", "graphic", "lb"})


def main_blocks(body: lxml.etree._Element | None) -> list[Block]:
    """trafilatura's XML main text as blocks: ``head`` -> heading, ``list``/``item`` -> list items
    with their nesting, ``table`` rows -> paragraphs of cells, everything else -> paragraphs (text
    standing between block elements, as tails, is a paragraph of its own)."""
    out: list[Block] = []
    if body is None:
        return out

    def items(lst: lxml.etree._Element, depth: int) -> None:
        for item in lst:
            if item.tag == "list":
                items(item, depth + 1)
            elif item.tag == "item":
                if text := _text_of(item, skip="list"):
                    out.append(Block("list_item", text, depth=depth))
                for sub in item.iterfind("list"):
                    items(sub, depth + 1)

    def walk(el: lxml.etree._Element) -> None:
        loose: list[str] = [el.text or ""]

        def flush() -> None:
            if text := normalize_space("".join(loose)):
                out.append(Block("paragraph", text))
            loose.clear()

        for child in el:
            tag = child.tag
            if tag not in _XML_BLOCKS:  # inline: hi, ref, del ...
                loose += [_text_of(child), child.tail or ""]
                continue
            flush()
            if tag == "list":
                items(child, 0)
            elif tag == "table":
                for row in child.iterfind("row"):
                    if any(b.tag in _XML_BLOCKS for c in row.iterfind("cell") for b in c):
                        for cell in row.iterfind("cell"):  # a layout table: its cells hold the text
                            walk(cell)
                    elif cells := [t for c in row.iterfind("cell") if (t := _text_of(c))]:
                        out.append(Block("paragraph", " | ".join(cells)))
            elif tag == "head":
                if text := _text_of(child):
                    out.append(Block("heading", text, level=_heading_level(child)))
            elif tag in ("div", "section", "quote") and any(c.tag in _XML_BLOCKS for c in child):
                walk(child)
            elif tag not in ("graphic", "lb") and (text := _text_of(child)):
                out.append(Block("paragraph", text))
            loose.append(child.tail or "")
        flush()

    walk(body)
    return out


def _heading_level(el: lxml.etree._Element) -> int:
    rend = el.get("rend") or ""
    return int(rend[1]) if len(rend) == 2 and rend[0] == "h" and rend[1].isdigit() else 2


def run_trafilatura(
    source: str | lxml.html.HtmlElement, url: str | None = None, *, favor_precision: bool = True
) -> Any:
    """``trafilatura.bare_extraction`` with this project's settings: main text and metadata,
    comments left out, precision favoured (measured best on the extraction benchmark), no
    deduplication across pages (it would make a page's text depend on the pages before it), no
    network, dates from markup and URL only."""
    import trafilatura

    try:
        return trafilatura.bare_extraction(
            source,
            url=url,
            with_metadata=True,
            include_comments=False,
            favor_precision=favor_precision,
            include_tables=True,
            include_images=False,
            include_links=False,
            include_formatting=False,
            deduplicate=False,
            date_extraction_params=dict(_DATE_PARAMS),
            config=_config(),
        )
    except RecursionError:
        raise  # ingest reports it as a page nesting too deeply
    except Exception:  # a third-party reader's failure on one odd page is "no main text", not a crash
        return None


def drop_unseen(root: lxml.html.HtmlElement) -> None:
    """Take out the elements no reader sees (``<h2 class=hide-text>このニュースをシェア</h2>``, a
    heading kept for screen readers), as the page model does: no words of the article's."""
    for element in [el for el in root.iter() if isinstance(el.tag, str) and unseen(el)]:
        if element.getparent() is not None:
            element.drop_tree()


def join_body_chunks(root: lxml.html.HtmlElement) -> int:
    """Join an article body the page splits into chunks, in place; return how many it joined.

    Some publishers cut one body into several containers of the same class, with advertising or
    "more stories" between them (Condé Nast's ``article__chunks``: WIRED, The New Yorker, Ars
    Technica). trafilatura takes the first container its body expressions match, so it kept only
    the first chunk (a third of the text on two WIRED pages of the extraction benchmark). Chunks
    are joined when they share tag and a body-like class, each holds prose paragraphs of its own,
    none contains another, they sit in the same ``<article>`` and no ``<h1>``/``<h2>`` stands
    between them (that would be a listing of several stories); their children move into the
    first, and what stood between them stays where it was.
    """
    groups: dict[tuple[str, str], list[lxml.html.HtmlElement]] = {}
    for element in root.iter(*_BODY_CONTAINERS):
        cls = element.get("class")
        if cls and _BODY_CLASS.search(cls) and not _NOT_BODY_CLASS.search(cls):
            groups.setdefault((element.tag, cls), []).append(element)
    joined = 0
    for chunks in groups.values():
        if len(chunks) < 2 or not all(_holds_prose(chunk) for chunk in chunks):
            continue
        if not _one_story(chunks):
            continue
        first = chunks[0]
        for chunk in chunks[1:]:
            first.extend(list(chunk))
            chunk.drop_tree()
        joined += len(chunks) - 1
    return joined


def tails_as_paragraphs(root: lxml.html.HtmlElement) -> int:
    """Give a paragraph of its own to prose that stands loose after a block in the text, in place;
    return how many. Phoronix opens its text with the tail of a floated image box
    (``<div style="float: left"><img></div>With the start of a new month, ...<br><br>For last
    month, ...``), and trafilatura's precise reading dropped that first paragraph with the box."""
    loose = [
        element
        for element in root.iter("div", "figure")
        if element.tail
        and len(element.tail) >= MIN_CHUNK_PARAGRAPH
        and len(element.tail.strip()) >= MIN_CHUNK_PARAGRAPH
    ]
    for element in loose:  # (moved once all are found: the tree is not changed under its iterator)
        tail = element.tail
        paragraph = lxml.html.Element("p")
        paragraph.text, element.tail = tail, None
        element.addnext(paragraph)
    return len(loose)


def leads_as_paragraphs(root: lxml.html.HtmlElement) -> int:
    """Make a paragraph of a ``<span>`` of prose that opens a container of paragraphs, before the
    first of them, in place; return how many. The UN News Centre sets each story's lead so
    (``<span class="fullstory"><span>The Security Council today discussed ...</span><p>...``),
    and trafilatura, which reads paragraphs, dropped the lead."""
    leads = [
        span
        for paragraph in root.iter("p")
        if (span := paragraph.getprevious()) is not None
        and span.tag == "span"
        and paragraph.getparent() is not None
        and next(paragraph.getparent().iterfind("p")) is paragraph
        and len(span.text_content().strip()) >= MIN_CHUNK_PARAGRAPH
        and not any(child.tag in _BLOCK_TAGS for child in span.iter())
        and _holds_prose(paragraph.getparent())
    ]
    for span in leads:
        span.tag = "p"
    return len(leads)


_BLOCK_TAGS = frozenset({"p", "div", "ul", "ol", "table", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote"})


def _holds_prose(element: lxml.html.HtmlElement) -> bool:
    long_paragraphs = 0
    for paragraph in element.iterfind("p"):
        if len(paragraph.text_content().strip()) > MIN_CHUNK_PARAGRAPH:
            long_paragraphs += 1
            if long_paragraphs >= MIN_CHUNK_PARAGRAPHS:
                return True
    return False


def _one_story(chunks: list[lxml.html.HtmlElement]) -> bool:
    """Whether chunks (in document order) are parts of one body rather than several stories."""
    if len({next(chunk.iterancestors("article"), None) for chunk in chunks}) > 1:
        return False
    for earlier, later in itertools.pairwise(chunks):
        if any(ancestor is earlier for ancestor in later.iterancestors()):
            return False
        if any(element.tag in _CHUNK_BREAKS for element in _between(earlier, later)):
            return False
    return True


def _between(earlier: lxml.html.HtmlElement, later: lxml.html.HtmlElement) -> Iterator[lxml.html.HtmlElement]:
    """The elements after ``earlier``'s subtree and before ``later``, in document order."""
    node: lxml.html.HtmlElement | None = earlier
    while node is not None:
        sibling = node.getnext()
        while sibling is not None:
            for element in sibling.iter():
                if element is later:
                    return
                yield element
            sibling = sibling.getnext()
        node = node.getparent()


@functools.lru_cache(maxsize=8)
def analyse(source: str) -> Extraction | None:
    """The markup's facts and trafilatura's reading of one page (cached: claims and extract both
    need it)."""
    root = _parse(source)
    if root is None:
        return None
    markup = read_markup(root, reader_view=READER_VIEW_MARK in source)
    drop_unseen(root)
    join_body_chunks(root)
    tails_as_paragraphs(root)
    leads_as_paragraphs(root)
    url = _absolute(markup.canonical, markup)
    doc = run_trafilatura(root, url=url)
    if len(getattr(doc, "text", None) or "") < SHORT_PRECISE_TEXT:
        doc = _unless_precision_cut_the_body(doc, root, url)  # trafilatura read a copy of root
    if doc is None:
        return Extraction(markup, [], None, None, None, None, None, None, [], [])
    return Extraction(
        markup=markup,
        blocks=main_blocks(doc.body),
        title=doc.title,
        author=doc.author,
        date=doc.date,
        url=doc.url,
        sitename=doc.sitename,
        description=doc.description,
        categories=list(doc.categories or []),
        tags=list(doc.tags or []),
    )


def _unless_precision_cut_the_body(doc: Any, page: str | lxml.html.HtmlElement, url: str | None) -> Any:
    """The balanced reading of a page (its markup, or the tree the precise reading was given),
    when the precise reading ``doc`` kept less than :data:`PRECISION_CUT_SHARE` of it: precision
    mode then threw away the article itself (on a Barron's page of the extraction benchmark it kept
    the reprints notice and lost 2,400 characters of body under a ``paywall`` wrapper). Only short
    readings pay for the second run."""
    balanced = run_trafilatura(page, url=url, favor_precision=False)
    balanced_length = len(getattr(balanced, "text", None) or "")
    precise_length = len(getattr(doc, "text", None) or "")
    return balanced if precise_length < PRECISION_CUT_SHARE * balanced_length else doc


# --------------------------------------------------------------------------- fields


def _first_meta(markup: Markup, names: tuple[str, ...]) -> str | None:
    for name in names:
        for value in markup.meta.get(name, []):
            if value.strip():
                return value.strip()
    return None


def _ld_values(markup: Markup, key: str) -> list[Any]:
    return [obj[key] for obj in markup.jsonld if obj.get(key)]


def _names(value: Any) -> list[str]:
    """Names in a JSON-LD person/organisation value (an object, a list, a string)."""
    if isinstance(value, list):
        return [n for v in value for n in _names(v)]
    if isinstance(value, dict):
        name = value.get("name")
        return _names(name) if name else []
    if isinstance(value, str) and value.strip() and not _URLISH.match(value.strip()):
        return [html.unescape(normalize_space(value))]
    return []


def _absolute(url: str | None, markup: Markup) -> str | None:
    """An absolute http(s) URL: a relative one is resolved against og:url or JSON-LD's."""
    if not url:
        return None
    url = url.strip()
    if url.startswith("//"):
        url = "https:" + url
    if urlsplit(url).scheme in ("http", "https"):
        return url
    for base in [*markup.meta.get("og:url", []), *(_ld_urls(markup))]:
        if urlsplit(base).scheme in ("http", "https"):
            return urljoin(base, url)
    return None


def _ld_urls(markup: Markup) -> list[str]:
    return [url for obj in markup.jsonld for url in _urls_of(obj)]


def _urls_of(obj: dict) -> list[str]:
    urls = []
    for key in ("url", "mainEntityOfPage"):
        value = obj.get(key)
        if isinstance(value, dict):
            value = value.get("@id") or value.get("url")
        if isinstance(value, str):
            urls.append(value)
    return urls


def page_url(markup: Markup, fallback: str | None = None) -> str | None:
    """``<link rel=canonical>``, then og:url, then JSON-LD's url, then trafilatura's; never the site's
    home page (a ``<base href>`` or a template's canonical names the site, not the article)."""
    for candidate in [markup.canonical, *markup.meta.get("og:url", []), *_ld_urls(markup), fallback]:
        url = _absolute(candidate, markup)
        if url and canonical_url(url) and not home_page_site(url):
            return url
    return None


def site_names(markup: Markup, sitename: str | None, url: str | None) -> list[str]:
    names = [
        *markup.meta.get("og:site_name", []),
        *markup.meta.get("application-name", []),
        *markup.meta.get("twitter:site", []),
        *(n for v in _ld_values(markup, "publisher") for n in _names(v)),
    ]
    if sitename:
        names.append(sitename)
    names += markup.home_names
    host = urlsplit(url or "").hostname or ""
    names += [x for x in host.split(".") if len(x) >= 3 and x not in _GENERIC_HOST_LABELS]
    return [n.lstrip("@") for n in names if n and n.strip()]


def _key(text: str) -> str:
    return re.sub(r"[\W_]+", "", fold(text))


def names_site(part: str, names: list[str]) -> bool:
    """Whether a title's suffix (or prefix) names the site: ``OpenAI``, ``NHKニュース`` (site
    ``NHK``), ``The Verge`` (host ``theverge.com``), ``新浪网``."""
    key = _key(part)
    if not key or len(part) > 40:
        return False
    for name in names:
        other = _key(name)
        if len(other) < 2:
            continue
        if key == other or key.startswith(other) or (other in key and len(other) * 2 >= len(key)):
            return True
        if key in other and len(key) >= 3:  # "新浪网" in "新浪网版权所有"
            return True
    return False


@functools.cache
def _separators() -> tuple[str, ...]:
    return (*lexicon()["titles"]["separators"], *_EXTRA_SEPARATORS)


def strip_site(title: str, names: list[str]) -> str:
    """The title less every suffix or prefix that names the site (and only those): first
    :func:`pipeline.normalize.split_title_suffix`'s split, then any separator, since a site name
    may be longer than a short headline or be set off by ``_`` or ``：`` (CJK sites)."""
    title = normalize_space(html.unescape(title))
    for _ in range(3):
        head, tail = split_title_suffix(title)
        if tail is not None and names_site(tail, names):
            title = head
            continue
        for sep in _separators():
            head, found, tail = title.rpartition(sep)
            if found and head.strip() and tail.strip() and names_site(tail, names):
                title = head.strip()
                break
            head, found, tail = title.partition(sep)
            if found and head.strip() and tail.strip() and names_site(head, names) and len(tail) > len(head):
                title = tail.strip()
                break
        else:
            break
    return title


def choose_title(ex: Extraction, names: list[str]) -> str | None:
    """The page's own headline: an ``<h1>`` that agrees with a metadata title (JSON-LD
    ``headline``, ``og:title``, ``<title>``) less its site suffix, else the first such title. An
    ``<h1>`` holding the site's name or a section's (``The GiveWell Blog``, ``Reviews``) agrees
    with none."""
    markup = ex.markup
    metadata_titles = [
        *(h for v in _ld_values(markup, "headline") for h in ([v] if isinstance(v, str) else [])),
        *markup.meta.get("og:title", []),
        *markup.meta.get("twitter:title", []),
        *([markup.title] if markup.title else []),
        *([ex.title] if ex.title else []),
    ]
    placeholders = _placeholder_titles()
    stripped = [strip_site(t, names) for t in metadata_titles if t and t.strip()]
    stripped = [t for t in stripped if t and fold(t) not in placeholders]
    for h1 in map(functools.partial(_without_glued_site, names=names), markup.h1):
        if not names_site(h1, names) and any(_agrees(h1, t) for t in stripped):
            return h1
    if stripped:
        return _shown_head(stripped[0], markup.root) or stripped[0]
    if markup.h1:
        return markup.h1[0]
    # (a page whose <title> is its template's placeholder, and whose headline is an <h3>)
    if markup.title and fold(markup.title) in placeholders and markup.root is not None:
        return next(
            (said for h in markup.root.iter("h2", "h3") if (said := normalize_space(h.text_content()))), None
        )
    return None


@functools.cache
def _placeholder_titles() -> frozenset[str]:
    return frozenset(fold(t) for t in lexicon()["titles"]["placeholders"])


def _shown_head(title: str, root: lxml.html.HtmlElement | None) -> str | None:
    """The part of a title before a separator that the page shows alone in its body, where it shows
    no ``<h1>`` (``我国首届养老专业本科生迎来毕业季..._新闻频道_中国青年网`` over ``<p class="pbt">我国首届...
    </p>``): what follows is the site's channel and name, which the markup names nowhere else."""
    if root is None:
        return None
    for sep in _SHOWN_HEAD_SEPARATORS:
        head, found, _ = title.partition(sep)
        head = head.strip()
        if (
            found
            and len(head) >= _MIN_SHOWN_HEAD
            # (an element of no elements: a container's text is all of its descendants', to read again)
            and root.xpath("//body//*[not(*)][normalize-space()=$head]", head=head)
        ):
            return head
    return None


# (a hyphen or a colon without spaces joins words of a headline: "Switch-2", "标题：副标题")
_SHOWN_HEAD_SEPARATORS = ("_", " | ", "｜", " - ", " – ", " — ", " · ")
_MIN_SHOWN_HEAD = 8  # characters: a shorter head is a name or a word, not the headline


def _without_glued_site(h1: str, names: list[str]) -> str:
    """An ``<h1>`` less the site's name run straight onto the headline, with no space between:
    one ``<h1>`` holding the headline and the logo's link (``...la InfantaUltima Hora Mallorca``).
    A name after a space is the headline's own word (``Why I left Google``), and a capital inside
    a word starts no name unless what follows it is one of several words (``YouTube``)."""
    for at in range(MIN_GLUED_HEAD, len(h1)):
        if h1[at].isupper() and h1[at - 1].islower() and " " in (tail := h1[at:]) and names_site(tail, names):
            return h1[:at]
    return h1


def _agrees(h1: str, title: str) -> bool:
    """One title is the other, or most of it (a kicker or a truncation apart)."""
    a, b = fold(h1), fold(title)
    if len(a) < 4 or len(b) < 4:
        return a == b
    short, long_ = sorted((a, b), key=len)
    return short in long_ and len(short) >= TITLE_SHARE * len(long_)


_ISO = re.compile(
    r"^\s*(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})"
    r"(?:[T ](?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{2})(?:[.,]\d+)?)?"
    r"\s*(?P<z>Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?)?"
)


_ISO_BASIC = re.compile(r"^\s*(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})?(Z|[+-]\d{4})?\s*$")


def stated_date(value: str | None) -> str | None:
    """A date the markup states, in ISO 8601 with the precision it has. An ISO value keeps the
    publisher's zone (``2026-04-27T08:00:00+09:00``: the day is the one the page prints, which UTC
    would move), UTC stays ``Z``; other forms go through :mod:`pipeline.dates` and
    :mod:`pipeline.cjkdates`. Placeholders (``0001-01-01``, years before 1990) are no date."""
    if not value or not value.strip():
        return None
    if basic := _ISO_BASIC.match(value):  # ISO 8601's basic format: 20180619T055000+0900
        y, m, d, hour, minute, second, zone = basic.groups()
        value = f"{y}-{m}-{d}T{hour}:{minute}:{second or '00'}{zone or ''}"
    match = _ISO.match(value)
    if match is None:
        iso = dates.parse_date(value.strip()) or cjkdates.parse_cjk_date(value)
        return iso if iso and MIN_YEAR <= int(iso[:4]) <= MAX_YEAR else None
    g = match.groupdict()
    try:
        day = date(int(g["y"]), int(g["m"]), int(g["d"]))
        if g["H"] is None:
            moment = None
        else:
            moment = datetime(day.year, day.month, day.day, int(g["H"]), int(g["M"]), int(g["S"] or 0))
    except ValueError:
        return None
    if not MIN_YEAR <= day.year <= MAX_YEAR:
        return None
    if moment is None:
        return day.isoformat()
    zone = (g["z"] or "").upper()
    if zone in ("Z", "UTC", "GMT") or zone.replace(":", "") in ("+00", "-00", "+0000", "-0000"):
        return moment.strftime("%Y-%m-%dT%H:%M:%SZ")
    if zone:
        digits = zone[1:].replace(":", "").ljust(4, "0")
        return moment.strftime("%Y-%m-%dT%H:%M:%S") + f"{zone[0]}{digits[:2]}:{digits[2:]}"
    return moment.strftime("%Y-%m-%dT%H:%M:%S" if moment.second else "%Y-%m-%dT%H:%M")


def markup_date(markup: Markup) -> tuple[str | None, str | None]:
    """(ISO date, how it was found) from JSON-LD, ``<meta>`` and ``<time>``, in that order."""
    for value in _ld_values(markup, "datePublished"):
        if isinstance(value, str) and (iso := stated_date(value)):
            return iso, "json-ld"
    for name in _PUBLISHED_META:
        for value in markup.meta.get(name, []):
            if iso := stated_date(value):
                return iso, "meta"
    for wanted in ("published", "plain"):
        for value, kind in markup.times:
            if kind == wanted and (iso := stated_date(value)):
                return iso, "time"
    return None, None


def title_date(markup: Markup) -> str | None:
    """The date the ``<title>`` sets off as one of its parts (``Detroit Tigers vs. Kansas City
    Royals - Preview - April 16, 2012``): an old site's only statement of the day it wrote for."""
    title = normalize_space(html.unescape(markup.title or ""))
    for sep in _SHOWN_HEAD_SEPARATORS:
        head, found, tail = title.rpartition(sep)
        if found and head.strip() and (iso := dates.only_a_date(tail)):
            return iso
    return None


def updated_date(markup: Markup) -> str | None:
    """The page's update time, the last resort for its date (when nothing says when it was
    first published, the update is the nearest a reader gets)."""
    for value in _ld_values(markup, "dateModified"):
        if isinstance(value, str) and (iso := stated_date(value)):
            return iso
    for value in markup.meta.get("article:modified_time", []) + markup.meta.get("og:updated_time", []):
        if iso := stated_date(value):
            return iso
    return next(
        (iso for value, kind in markup.times if kind == "updated" and (iso := stated_date(value))), None
    )


def _date_in(text: str, day_first: bool = False) -> tuple[str, int, int] | None:
    """The first date in a line, by either reader: (ISO, start, end)."""
    found: list[tuple[int, int, str]] = []
    cjk = cjkdates.find_cjk_date(text)
    if cjk:
        found.append((cjk.start, cjk.end, cjk.iso))
    span = dates.match_span(text, day_first=day_first)
    if span and (iso := dates.parse_date(text[span[0] :], day_first=day_first)):
        found.append((span[0], span[1], iso))
    if not found:
        return None
    start, end, iso = min(found, key=lambda f: (f[0], -(f[1] - f[0])))
    return iso, start, end


def _date_label(text: str, day_first: bool = False) -> tuple[str, str] | None:
    """(ISO date, what the line says it is: ``published``, ``updated`` or ``plain``) of a date
    line: a short line that is a date with at most a label, a byline, a time or a source beside it
    (``公開日：令和8年4月27日``, ``2026年4月27日 15時30分配信``, ``By Jane Roe - 2019-04-10``). A
    sentence that mentions a date (``The outlook is due on May 5, 2026.``) is prose: None."""
    if len(text) > MAX_DATE_LINE:
        return None
    hit = _date_in(text, day_first)
    if hit is None:
        return None
    iso, start, end = hit
    before, after = text[:start], text[end:]
    rest = normalize_space(before + " " + after)
    # (a time beside the date says no words: "Published Thursday, April 20, 2017 | 2:02 p.m.")
    if len(rest) > MAX_DATE_REST or _is_sentence(text, _TIME_OF_DAY.sub(" ", rest)):
        return None
    if _PUBLISHED_WORDS.search(before):
        return iso, "published"
    if _UPDATED_WORDS.search(before):
        return iso, "updated"
    if _PUBLISHED_WORDS.match(after.strip()):
        return iso, "published"
    if _UPDATED_WORDS.match(after.strip()):
        return iso, "updated"
    return iso, "plain"


_TIME_OF_DAY = re.compile(r"\b\d{1,2}[:.]\d{2}\s*[ap]\.\s?m\.", re.IGNORECASE)  # "2:02 p.m."


def _is_sentence(text: str, words: str) -> bool:
    """Prose, not a label: it ends as a sentence does and has words enough for one."""
    if not re.search(r"[.。!?！？]\s*$", text):
        return False
    return len(re.findall(r"[A-Za-z]+", words)) >= 4 or len(_CJK.findall(words)) >= 10


def is_meta_line(block: Block) -> bool:
    """A dateline or a byline at the head of the text: ``2026年4月27日 15時30分``, ``By Jane Roe``."""
    if block.kind == "list_item":
        # ("<dd>By Kim Hui-jin</dd>" under the headline: a byline set as a list's item, a name alone)
        return _LISTED_BYLINE.fullmatch(block.text.strip()) is not None
    text = block.text
    if _date_label(text) is not None or _is_breadcrumb(text):
        return True
    if len(text) > MAX_BYLINE or _is_sentence(text, text):
        return False
    return bool(
        _AUTHOR_PREFIX.match(text)
        or labelled_value(text, "author")
        or re.match(r"^By\s+\w", text)
        or _BYLINE_REMAINS.match(text)
    )


def _is_breadcrumb(text: str) -> bool:
    """``当前位置：公积金网--新闻 > 重要新闻``, ``You are here: Home » News``: where the page stands on
    its site."""
    label, colon, trail = text.replace("：", ":").partition(":")
    return (
        bool(colon) and _TRAIL_STEP.search(trail) is not None and fold(label.strip()) in _breadcrumb_labels()
    )


_TRAIL_STEP = re.compile(r"[>»›→＞/]|--")  # between a trail's places ("首页 > 新闻", "Home » News")


@functools.cache
def _breadcrumb_labels() -> frozenset[str]:
    return frozenset(fold(label) for label in lexicon()["chrome"]["breadcrumbs"])


# "By Kim Hui-jin", "By Jane Roe": "By" and a name of up to four capitalised words, nothing more
_LISTED_BYLINE = re.compile(r"By\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}")
# what a byline leaves behind once its names are taken: "| WASHINGTON" of "By Jane Roe | WASHINGTON"
_BYLINE_REMAINS = re.compile(r"^[|·•/]\s*\S(?:[^.!?。]{0,30})$")


def strip_meta_lines(body: list[Block]) -> list[Block]:
    """The main text less the datelines and bylines trafilatura keeps above its first paragraph."""
    start = 0
    while start < min(len(body), MAX_META_LINES) and is_meta_line(body[start]):
        start += 1
    return body[start:]


_MONTH_FIRST_REGIONS = frozenset({"", "us", "ca", "ph"})


def reads_day_first(markup: Markup) -> bool:
    """Whether the page's language writes numeric dates day first: every language but English,
    and English outside the US, Canada and the Philippines (``en-GB``, ``en-IN``). A page that
    names no language keeps the month-first reading."""
    tag = (markup.html_lang or "").replace("_", "-").lower().split("-")
    if not tag[0]:
        return False
    return tag[0] != "en" or (tag[1] if len(tag) > 1 else "") not in _MONTH_FIRST_REGIONS


def text_date(
    blocks: list[Block], title: str | None, body: list[Block], *, day_first: bool = False
) -> str | None:
    """The date line next to the title: a line that says it is the publication date first, then
    an unlabelled line after the title, then one before it (a header may print today's date
    there), then an update date; the closest to the title wins a tie. Scanning stops where the
    body's prose begins. ``day_first``: the page reads ``08/01/2014`` as 8 January."""
    anchor = _find_block(blocks, title) if title else None
    prose = {fold(b.text) for b in body if b.kind == "paragraph" and _date_label(b.text) is None}
    if anchor is None:
        body_start = next((i for i, b in enumerate(blocks) if fold(b.text) in prose), None)
        if body_start is None:
            return None
        anchor = body_start  # no title on the page: look above the text only
        lo, hi = max(0, body_start - DATE_WINDOW_AFTER), body_start
    else:
        lo = max(0, anchor - DATE_WINDOW_BEFORE)
        hi = min(len(blocks), anchor + 1 + DATE_WINDOW_AFTER)
    ranked: list[tuple[int, int, str]] = []
    for i in range(lo, hi):
        text = blocks[i].text
        if i > anchor and (fold(text) in prose or len(text) > MAX_DATE_LINE):
            # the body has begun: a date from here on is something the article talks about, but for
            # the dateline its first paragraph may open with ("16 January 2008 – The Security Council ...")
            if opened := _opening_dateline(text):
                ranked.append((1, 1, opened))
            break
        if i == anchor:
            continue
        found = _date_label(text, day_first)
        if found is None:
            continue
        iso, label = found
        rank = {"published": 0, "plain": 1 if i > anchor else 2, "updated": 3}[label]
        ranked.append((rank, abs(i - anchor), iso))
    return min(ranked)[2] if ranked else None


def _opening_dateline(text: str) -> str | None:
    """The date a paragraph opens with, set off by a dash: a wire story's dateline."""
    match = _OPENING_DATELINE.match(text)
    return dates.only_a_date(match.group(1)) if match else None


_OPENING_DATELINE = re.compile(r"^(.{6,40}?)\s+[–—-]\s+\w")


def closing_dateline(body: list[Block], *, day_first: bool = False) -> str | None:
    """The date of the line in brackets that closes an article's text, with its outlet's name
    ("（2011年4月15日12時24分 読売新聞）", "(Reuters, 3 July 2019)"): a Japanese paper's habit."""
    if not body:
        return None
    match = _BRACKETED_LINE.match(body[-1].text.strip())
    # (a share button's word may follow it on the line: "（Security NEXT - 2019/04/26 ） ツイート")
    if match is None or (match.group(2) and not is_chrome(match.group(2))):
        return None
    found = _date_label(match.group(1), day_first)
    return found[0] if found else None


_BRACKETED_LINE = re.compile(r"^[（(]([^()（）]{6,60})[)）]\s*(.{0,20})$")


def _find_block(blocks: list[Block], text: str) -> int | None:
    key = fold(text)
    if not key:
        return None
    for i, block in enumerate(blocks):
        if fold(block.text) == key:
            return i
    for i, block in enumerate(blocks):
        if block.kind == "heading" and key in fold(block.text):
            return i
    return None


def split_subtitle(
    blocks: list[Block], title: str | None, body: list[Block]
) -> tuple[str | None, list[Block]]:
    """The subtitle (one short sentence between the title and the chrome that opens the body) and
    the body less it."""
    anchor = _find_block(blocks, title) if title else None
    if anchor is None or anchor + 2 >= len(blocks):
        return None, body
    candidate, after = blocks[anchor + 1], blocks[anchor + 2]
    if len(candidate.text) > MAX_SUBTITLE:
        return None, body
    if candidate.kind == "paragraph":
        if not is_chrome(after.text):
            return None, body
    # (or a heading of a lower level that says a sentence, over the byline: MediaOne's "<h1>" title
    # over its "<h2>" dek, "Web Desk" and the date under them; a section's heading names a part)
    elif not (
        candidate.kind == "heading"
        and blocks[anchor].kind == "heading"
        and candidate.level > blocks[anchor].level
        and len(candidate.text.split()) >= _MIN_DEK_WORDS
        and after.kind != "heading"
        and len(after.text) <= _MAX_BYLINE
    ):
        return None, body
    if _date_label(candidate.text) is not None:
        return None, body  # ("2018年6月18日 10:01 発信地：カノ": the date line, no subtitle)
    if candidate.kind == "heading":
        # (the dek alone leaves the body, where it opens it: Sky News's article repeats its dek as a
        # paragraph of its own further down)
        opens = bool(body) and fold(body[0].text) == fold(candidate.text)
        return candidate.text, body[1:] if opens else body
    rest = [b for b in body if fold(b.text) != fold(candidate.text)]
    return candidate.text, rest


_MIN_DEK_WORDS = 6
_MAX_BYLINE = 80  # characters of the line under a dek: a byline or a date, not the article's text


def _authors(ex: Extraction, names: list[str]) -> list[str]:
    """The article's authors, less the site itself where people are named beside it (``Dana A.
    Ford, ..., and Tom Watkins, CNN``)."""
    found = [n for v in _ld_values(ex.markup, "author") for n in _names(v)]
    if not found:
        meta = _first_meta(ex.markup, _AUTHOR_META)
        if meta and not _URLISH.match(meta) and not _NOT_AUTHOR.match(meta):
            found = [a for a in re.split(r"\s*(?:[,;、，]|\band\b)\s*", meta) if a]
    if not found:
        # (a byline's link to its writer's page says more than trafilatura's reading of the byline's
        # words, which may take its date for a name: "Wednesday January")
        found = ex.markup.byline_links
    if not found and ex.author:
        found = [a.strip() for a in ex.author.split(";") if a.strip()]
    # ("August" of "August 08, 2013 · by José Valim": a date's word is no author's name; nor is a
    # photo's caption read as its credit, "BEZ KOMENTÁŘE Parašutista přežil ... zdroj Caters News")
    cleaned = [
        a
        for a in (_clean_author(name) for name in found)
        if a and not _NOT_AUTHOR.match(a) and not _a_dates_words(a) and len(a.split()) <= _MAX_AUTHOR_WORDS
    ]
    people = [a for a in cleaned if not names_site(a, names) and not _COMPANY.search(a)]
    if not people:
        # no person named, or the site alone (ABC's <meta name="author" content="ABC News">; Impress
        # Watch's "株式会社インプレス", its company): the names its markup marks as an author's
        # ("<div rel="author">By Josh Haskell</div>")
        marked = [
            a
            for a in (_clean_author(_named_after_by(name) or name) for name in ex.markup.bylines)
            if a and not _NOT_AUTHOR.match(a)
        ]
        people = [a for a in marked if not names_site(a, names)]
        if not people and cleaned and all(_COMPANY.search(a) for a in cleaned):
            people = marked  # the site's staff over its company: "AV Watch編集部", not "株式会社インプレス"
    return list(dict.fromkeys(people or cleaned))


def _a_dates_words(name: str) -> bool:
    """``August``, ``Jan 9``, ``Wednesday January``: a date's words and figures, which a reading of
    a byline ("Jan. 9, 2025 · The Rust Release Team") may take for a name."""
    return all(dates.names_a_day_or_month(word) or word.strip(".,").isdigit() for word in name.split())


def _named_after_by(byline: str) -> str | None:
    """The name after a byline's "by", its capitalised words ("August 08, 2013 · by José Valim . in
    Internals": José Valim), where the line opens on something else, a date."""
    match = _AFTER_BY.search(byline)
    if match is None:
        return None
    words = itertools.takewhile(lambda w: w[:1].isupper(), match.group("rest").split())
    return " ".join(list(words)[:_MAX_NAME_WORDS]).strip(" .,;|") or None


_AFTER_BY = re.compile(r"(?:^|[·|•—–,]\s*)by\s+(?P<rest>.+)", re.I)
_MAX_NAME_WORDS = 4
_MAX_AUTHOR_WORDS = 8  # of one author's name ("María de los Ángeles García López" has six)


def text_byline(blocks: list[Block], title: str | None) -> list[str]:
    """The writer a page with no author markup names on the line under its title ("By TIM MOLLOY,
    Associated Press Writer Thu Sep 22, 5:10 PM ET", a 2005 wire story), in its name's own case
    where the line shouts it."""
    at = _find_block(blocks, title) if title else None
    if at is None:
        return []
    for block in blocks[at + 1 : at + 1 + _BYLINE_REACH]:
        if block.kind != "paragraph" or len(block.text) > MAX_BYLINE:
            continue
        if match := _TEXT_BYLINE.match(block.text.strip()):
            name = match.group("name")
            return [name.title() if name.isupper() else name]
    return []


_BYLINE_REACH = 2  # lines under a title that may be its byline
_TEXT_BYLINE = re.compile(
    r"^By\s+(?P<name>[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3})(?=\s*(?:,|\||·|—|\band\b|$))"
)


def _clean_author(name: str) -> str:
    """``Author OpenAI`` / ``By Jane Roe`` / ``記者 山田太郎`` -> the name alone."""
    name = normalize_space(name)
    first, _, rest = name.partition(" ")
    if rest and is_label(first, "author"):
        name = rest
    return _AUTHOR_PREFIX.sub("", name).strip(" ,;|")


def _tags(ex: Extraction) -> list[str]:
    raw: list[str] = []
    for name in _TAG_META:
        raw += ex.markup.meta.get(name, [])
    for value in _ld_values(ex.markup, "keywords"):
        raw += value if isinstance(value, list) else [str(value)]
    raw += ex.tags
    tags = [t.strip(" #") for value in raw for t in re.split(r"[,、，;]", str(value))]
    return list(dict.fromkeys(t for t in tags if t and len(t) <= 60))[:MAX_TAGS]


def _category(ex: Extraction) -> str | None:
    section = _first_meta(ex.markup, _SECTION_META)
    if section:
        return section
    for value in _ld_values(ex.markup, "articleSection"):
        if isinstance(value, list) and value:
            value = value[0]
        if isinstance(value, str) and value.strip():
            return value.strip()
    return ex.categories[0] if ex.categories else None


def _publisher(ex: Extraction) -> str | None:
    for value in _ld_values(ex.markup, "publisher"):
        if names := _names(value):
            return names[0]
    return _first_meta(ex.markup, ("og:site_name",)) or ex.sitename


def _description(ex: Extraction) -> str | None:
    for value in _ld_values(ex.markup, "description"):
        if isinstance(value, str) and value.strip():
            return normalize_space(html.unescape(value))
    return _first_meta(ex.markup, ("og:description", "description", "twitter:description")) or ex.description


def substantial(text: str) -> bool:
    return len(_CJK.findall(text)) >= MIN_TEXT_CJK or len(text) >= MIN_TEXT_CHARS


def has_article_markup(page: Page) -> bool:
    """``og:type`` article, a JSON-LD article type or an ``<article>`` element."""
    if states_an_article(page):
        return True
    head = (page.source or "")[:MARKUP_SCAN]
    return bool(_JSONLD_ARTICLE.search(head) or _ARTICLE_ELEMENT.search(head))


def _prose(page: Page) -> str:
    kinds = ("paragraph", "table_row")
    return "\n".join(b.text for b in page.blocks if b.kind in kinds and len(b.text) >= MIN_PROSE_LINE)


def looks_like_article(page: Page) -> bool:
    """A page without article markup that reads like an article, judged on its blocks alone (no
    extraction: this runs for every HTML page another adapter may claim): a title the page shows
    (an ``<h1>``, or its ``<title>`` less a suffix), a date line by it or a ``<meta>`` date, and
    enough prose."""
    if not substantial(_prose(page)):
        return False
    if any(stated_date(page.meta.get(name)) for name in _PUBLISHED_META):
        return True
    titles = [b.text for b in page.blocks if b.kind == "heading" and b.level == 1]
    if page.meta.get("title"):
        full = page.meta["title"]
        titles += [full, *(full.rpartition(sep)[0] for sep in _separators() if sep in full)]
    blocks = list(page.blocks)
    return any(_find_block(blocks, t) is not None and text_date(blocks, t, []) for t in titles if t.strip())


# --------------------------------------------------------------------------- the article


@dataclass
class ArticleReading:
    """One article page, read: what :class:`ArticlePage` turns into a page record."""

    title: str | None = None
    subtitle: str | None = None
    body: list[Block] = field(default_factory=list)
    published_at: str | None = None
    date_from: str | None = None  # json-ld, meta, time, text, htmldate, title, updated
    lang: str = "und"
    canonical_url: str | None = None
    publisher: str | None = None
    authors: list[str] = field(default_factory=list)
    category: str | None = None
    tags: list[str] = field(default_factory=list)
    description: str | None = None

    @property
    def text(self) -> str:
        return body_text(self.body)


def read_article(page: Page) -> ArticleReading | None:
    """Read an HTML page as an article; None when it is not HTML or holds no main text."""
    if not page.source:
        return None
    ex = analyse(page.source)
    if ex is None:
        return None
    markup = ex.markup
    url = page_url(markup, ex.url)
    names = site_names(markup, ex.sitename, url)
    authors = _authors(ex, names)
    # ("Get your Frontend JavaScript Code Covered | Code | Nicolas Perriault": a personal site's
    # pages are titled by its author's name as a site's are by its own)
    title = choose_title(ex, [*names, *authors])
    body = content(ex.blocks)
    if body and title and fold(body[0].text) == fold(title):
        body = body[1:]  # trafilatura keeps the headline at the top of the text
    subtitle, body = split_subtitle(list(page.blocks), title, body)
    body = end_matter.trim(strip_meta_lines(body), page.blocks)
    authors = authors or text_byline(list(page.blocks), title)
    published, how = markup_date(markup)
    if published is None:
        published, how = text_date(list(page.blocks), title, body, day_first=reads_day_first(markup)), "text"
    if published is None:
        published, how = closing_dateline(body, day_first=reads_day_first(markup)), "text"
    if published is None and ex.date:
        published, how = stated_date(ex.date), "htmldate"
    if published is None:
        published, how = title_date(markup), "title"
    if published is None:
        published, how = updated_date(markup), "updated"
    sample = " ".join([title or "", *(b.text for b in body[:12])])[:3000]
    lang = detect_language(sample, markup.html_lang) or _primary(markup.html_lang) or "und"
    return ArticleReading(
        title=title,
        subtitle=subtitle,
        body=body,
        published_at=published,
        date_from=how if published else None,
        lang=lang,
        canonical_url=url,
        publisher=_publisher(ex),
        authors=authors,
        category=_category(ex),
        tags=_tags(ex),
        description=_description(ex),
    )


def _primary(tag: str | None) -> str | None:
    primary = (tag or "").replace("_", "-").split("-")[0].lower()
    return primary if len(primary) == 2 and primary.isalpha() else None


@register
class ArticlePage(Adapter):
    name = "article_page"
    version = 1
    ceiling = CLAIM

    def claims(self, page: Page) -> float:
        if not page.source or sum(len(b.text) for b in page.blocks) < MIN_PAGE_CHARS:
            return 0.0
        if has_article_markup(page) or looks_like_article(page):
            return CLAIM
        # Enough prose to be an article, nothing more to go on: the reader of last resort, chosen only
        # when no other adapter wants the page; extract then asks for a title and a date as well.
        return MAYBE if substantial(_prose(page)) else 0.0

    def extract(self, page: Page) -> PageRecord:
        article = read_article(page)
        if article is None or not article.body:
            raise AdapterError("no main text found on the article page")
        if not article.title and not article.canonical_url:
            raise AdapterError("the article page has neither a title nor a canonical URL")
        # (a journal's article dated only by its issue's month is signed by its author instead; a
        # newsletter's issue the digest reader could not tell apart is named so: "Newsletter, Issue 2")
        if not (has_article_markup(page) or looks_like_article(page)) and not (
            article.title
            and (article.published_at or article.authors or names_a_digest(article.title))
            and substantial(article.text)
        ):
            raise AdapterError("no article markup, and no title, date or author and main text to make one")
        lang = article.lang
        texts: list[PageText] = []
        if article.title:
            texts.append(
                PageText(
                    kind="title", lang=detect(article.title, lang), text=article.title, origin="original"
                )
            )
        if article.subtitle:
            texts.append(
                PageText(
                    kind="subtitle",
                    lang=detect(article.subtitle, lang),
                    text=article.subtitle,
                    origin="original",
                )
            )
        if article.description and fold(article.description) != fold(article.subtitle or ""):
            texts.append(
                PageText(
                    kind="description",
                    lang=detect(article.description, lang),
                    text=article.description,
                    origin="original",
                )
            )
        texts.append(PageText(kind="body", lang=lang, text=article.text, origin="original"))
        points = key_points(
            [b for b in article.body if b.kind == "list_item"],
            lang="und",  # placeholder: set per point just below, with the page's language as context
            origin="original",
            generator=None,
            kind="body_list",
        )
        points = [p.model_copy(update={"lang": detect(p.text, lang)}) for p in points]
        return self.record(
            canonical_url=article.canonical_url,
            publisher=Claim(value=article.publisher, origin="original") if article.publisher else None,
            category=Claim(value=article.category, origin="original", lang=detect(article.category, lang))
            if article.category
            else None,
            authors=article.authors,
            authors_origin="original",
            published_at=[Claim(value=article.published_at, origin="original")]
            if article.published_at
            else [],
            original_language=lang if lang != "und" else None,
            texts=texts,
            key_points=points,
            tags=[Tag(lang=detect(t, lang), text=t) for t in article.tags],
        )
