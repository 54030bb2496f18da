"""HTML of the article pages, from the article record alone (pure: no database, no Datasette).

:func:`article_page` lays an article out as a reader checks it: its titles per language with their
origin, then its facts as rows and its languages as columns (``pipeline.factgroups.fact_table``),
every cell marked original / machine summary / machine translation with its generator
(``cell_label``) and linked to the raw pages it came from, then implications, conflicts between
sources, summaries, bodies, related articles and the sources themselves. :func:`articles_index`
lists articles. Templates are in ``templates/``, rendered by Jinja2 with autoescaping.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode, urlsplit

import jinja2

from pipeline.factgroups import ORIGIN_LABELS, cell_label, fact_table, pivot_language
from pipeline.models import Article, KeyPoint

TEMPLATES = Path(__file__).resolve().parent / "templates"

LANGUAGE_NAMES = {
    "en": "English",
    "ja": "日本語",
    "zh": "中文",
    "ko": "한국어",
    "de": "Deutsch",
    "fr": "Français",
    "es": "Español",
    "it": "Italiano",
    "pt": "Português",
    "ru": "Русский",
}


@dataclass(frozen=True)
class Links:
    """Where the page's links point: Datasette's ``base_url`` and the database's name."""

    base: str = "/"
    database: str = "news"

    def path(self, path: str) -> str:
        return self.base.rstrip("/") + path

    def article(self, article_id: str) -> str:
        return self.path("/-/article/" + quote(article_id, safe=""))

    def articles(self) -> str:
        return self.path("/-/articles")

    def raw(self, source_id: str) -> str:
        return self.path("/-/raw/" + quote(source_id, safe=""))

    def row(self, table: str, pk: str) -> str:
        return self.path(f"/{quote(self.database)}/{quote(table)}/{quote(pk, safe='')}")

    def table(self, table: str, **params: str) -> str:
        query = f"?{urlencode(params)}" if params else ""
        return self.path(f"/{quote(self.database)}/{quote(table)}{query}")

    def query(self, name: str, **params: str) -> str:
        return self.table(name, **params)

    def home(self) -> str:
        return self.path("/")


@dataclass(frozen=True)
class SourceRef:
    id: str
    label: str  # S1, S2 ... in the order the record lists its sources
    path: str
    adapter: str
    languages: list[str]
    encoding: str
    media_type: str
    position: int | None = None
    flags: tuple[str, ...] = ()


@dataclass(frozen=True)
class Cell:
    lang: str
    points: list[dict[str, Any]]


@cache
def _environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATES)),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def web_url(url: str | None) -> str | None:
    """``url`` when it is an http(s) address, else None: a raw page's ``javascript:`` link is never a link."""
    if not url:
        return None
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    return url.strip() if parts.scheme.lower() in ("http", "https") and parts.netloc else None


def language_name(lang: str | None) -> str:
    return LANGUAGE_NAMES.get(lang or "", lang or "?")


def display_title(titles: dict[str, str], original_language: str | None) -> tuple[str, str | None]:
    """(title, its language): the original language's title, else English, else any."""
    for lang in (original_language, "en", *sorted(titles)):
        if lang and lang in titles:
            return titles[lang], lang
    return "(untitled)", None


def article_page(article: Article, links: Links | None = None) -> str:
    """The article page's HTML."""
    links = links or Links()
    refs = {
        s.id: SourceRef(
            s.id,
            f"S{i}",
            s.path,
            s.adapter,
            s.languages,
            s.encoding,
            s.media_type,
            getattr(s, "position", None),
            tuple(getattr(s, "flags", ())),
        )
        for i, s in enumerate(article.sources, 1)
    }

    def sources_of(ids: list[str]) -> list[SourceRef]:
        return [refs[i] for i in ids if i in refs]

    def point(k: KeyPoint) -> dict[str, Any]:
        return {
            "id": k.id,
            "lang": k.lang,
            "text": k.text,
            "kind": k.kind,
            "origin": k.origin,
            "label": cell_label(k),
            "sources": sources_of(k.source_ids),
        }

    table = fact_table(article)
    rows = [
        [Cell(lang, [point(k) for k in row.cells.get(lang, [])]) for lang in table.languages]
        for row in table.rows
    ]
    complete_rows = sum(all(cell.points for cell in row) for row in rows)
    title, title_lang = display_title(article.titles, article.original_language)

    titles = [
        {"kind": "title", "lang": lang, "text": text, "origin": article.title_origins.get(lang, "unknown")}
        for lang, text in sorted(
            article.titles.items(), key=lambda kv: (kv[0] != article.original_language, kv[0])
        )
    ]
    titles += [
        {"kind": "subtitle", "lang": lang, "text": text, "origin": "original"}
        for lang, text in sorted(article.subtitles.items())
    ]
    titles += [
        {"kind": "headline", "lang": lang, "text": text, "origin": "machine_generated"}
        for lang, text in sorted(article.headlines.items())
    ]
    for t in titles:
        t["label"] = ORIGIN_LABELS[t["origin"]]

    def text_item(kind: str, t: Any) -> dict[str, Any]:
        label = ORIGIN_LABELS[t.origin] + (f", {t.generator}" if t.generator else "")
        return {
            "kind": kind,
            "lang": t.lang,
            "text": t.text,
            "origin": t.origin,
            "label": label,
            "sources": sources_of(t.source_ids),
        }

    conflicts = [
        {
            "field": c.field,
            "chosen": c.chosen,
            "values": [
                {"value": v.value, "chosen": v.value == c.chosen, "sources": sources_of(v.source_ids)}
                for v in c.values
            ],
        }
        for c in article.conflicts
    ]
    related = [
        {
            "relation": r.relation,
            "title": r.title,
            "url": web_url(r.url),
            "article_url": links.article(r.article_id) if r.article_id else None,
            "date": r.date,
            "category": r.category,
            "publisher": r.publisher,
            "summary": r.summary,
            "sources": sources_of(r.source_ids),
        }
        for r in article.related
    ]
    context = {
        "a": article,
        "links": links,
        "title": title,
        "title_lang": title_lang,
        "canonical_href": web_url(article.canonical_url),
        "language_name": language_name,
        "languages": table.languages,
        "pivot": pivot_language(article),
        "rows": rows,
        "complete_rows": complete_rows,
        "implications": [point(k) for k in table.implications],
        "titles": titles,
        "summaries": [text_item(s.kind, s) for s in article.summaries],
        "bodies": [text_item("body", b) for b in article.bodies],
        "conflicts": conflicts,
        "related": related,
        "sources": list(refs.values()),
        "scores": [
            {"name": s.name, "value": s.value, "sources": sources_of([s.source_id])} for s in article.scores
        ],
        "origin_labels": ORIGIN_LABELS,
    }
    return _environment().get_template("article.html").render(**context)


def articles_index(articles: list[dict[str, Any]], links: Links | None = None) -> str:
    """The list of articles. Each item: id, titles (dict), original_language, languages (list),
    publisher, published_at, key_points (count), sources (count)."""
    links = links or Links()
    items = []
    for a in articles:
        title, title_lang = display_title(a["titles"], a["original_language"])
        items.append({**a, "title": title, "title_lang": title_lang, "url": links.article(a["id"])})
    return (
        _environment()
        .get_template("articles.html")
        .render(items=items, links=links, language_name=language_name)
    )


def not_found_page(message: str, links: Links | None = None) -> str:
    return _environment().get_template("not_found.html").render(message=message, links=links or Links())
