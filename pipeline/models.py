"""Record shapes: the single source of truth for every record the pipeline passes or stores.

Two families live here:

* the page-level records an adapter produces from one raw page (``PageRecord`` and its parts), and
* the canonical ``Article`` (SPEC.md) that merging builds from many page records, plus the
  bookkeeping rows (``Reject``, ``RunReport``).

``schemas/*.json`` is generated from these models (``newsdigest schemas``); a test fails when the
committed schemas are stale.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter

Origin = Literal["original", "machine_generated", "machine_translation", "unknown"]
KeyPointKind = Literal["key_point", "body_list", "implication"]
Relation = Literal["related", "similar"]
TextKind = Literal["title", "subtitle", "headline", "summary", "description", "body"]

# Lower ranks win when sources disagree: the publisher's own text beats an aggregator's rewrite.
ORIGIN_RANK: dict[str, int] = {
    "original": 0,
    "unknown": 1,
    "machine_generated": 2,
    "machine_translation": 3,
}


class Record(BaseModel):
    model_config = ConfigDict(extra="forbid")


# --------------------------------------------------------------------------- page level


class PageText(Record):
    """One text an adapter found on a page: a title, summary, body ..., with its origin."""

    kind: TextKind
    lang: str
    text: str
    origin: Origin
    generator: str | None = None
    # 0 = taken from a well-structured rendering; higher = lossy (e.g. flattened Markdown).
    fidelity: int = 0


class PageKeyPoint(Record):
    lang: str
    text: str
    kind: KeyPointKind
    origin: Origin
    generator: str | None = None
    parent: int | None = Field(default=None, description="index of the parent in the page's key_points")


class PageRelated(Record):
    relation: Relation
    title: str
    url: str | None = None
    date: str | None = None
    category: str | None = None
    publisher: str | None = None
    summary: str | None = None
    origin: Origin = "unknown"


class Claim(Record):
    """A metadata value with the origin of the part of the page that states it."""

    value: str
    origin: Origin
    lang: str | None = None


class PageRecord(Record):
    """Everything one adapter extracted from one raw page, before merging."""

    adapter: str
    adapter_version: int
    canonical_url: str | None = None
    publisher: Claim | None = None
    feed: str | None = None
    category: Claim | None = None
    authors: list[str] = []
    authors_origin: Origin = "unknown"
    published_at: list[Claim] = []
    cached_at: str | None = None
    fetched_at: str | None = None
    digest_date: str | None = Field(default=None, description="the date of the digest, not of the article")
    original_language: str | None = None
    position: int | None = Field(default=None, description="the item's place on a page holding many stories")
    flags: list[str] = Field(default=[], description="e.g. summary_failed, truncated, title_only")
    texts: list[PageText] = []
    key_points: list[PageKeyPoint] = []
    tags: list[Tag] = []
    scores: list[PageScore] = []
    related: list[PageRelated] = []

    def languages(self) -> list[str]:
        langs = {t.lang for t in self.texts} | {k.lang for k in self.key_points} | {t.lang for t in self.tags}
        return sorted(langs)


_PAGE_RECORDS = TypeAdapter(list[PageRecord])


def records_json(records: list[PageRecord]) -> str:
    """A page's records as the JSON array the record cache stores."""
    return "[" + ",".join(r.model_dump_json() for r in records) + "]"


def records_of(text: str) -> list[PageRecord]:
    """The records :func:`records_json` stored."""
    return _PAGE_RECORDS.validate_json(text)


class PageScore(Record):
    name: str
    value: float


# --------------------------------------------------------------------------- canonical article


class Tag(Record):
    lang: str
    text: str


class Summary(Record):
    lang: str
    text: str
    origin: Origin
    generator: str | None = None
    kind: Literal["summary", "description"] = "summary"
    source_ids: list[str]


class Body(Record):
    lang: str
    text: str
    origin: Origin
    generator: str | None = None
    source_ids: list[str]


class KeyPoint(Record):
    id: str
    lang: str
    text: str
    kind: KeyPointKind
    parent_id: str | None = None
    origin: Origin
    generator: str | None = None
    source_ids: list[str]


class Alignment(Record):
    a: str
    b: str
    score: float


class Score(Record):
    source_id: str
    name: str
    value: float


class Related(Record):
    relation: Relation
    title: str
    url: str | None = None
    date: str | None = None
    category: str | None = None
    publisher: str | None = None
    summary: str | None = None
    article_id: str | None = None
    source_ids: list[str] = []


class Source(Record):
    id: str
    path: str
    adapter: str
    url: str | None = None
    fetched_at: str | None = None
    cached_at: str | None = None
    sha256: str
    languages: list[str]
    encoding: str
    media_type: Literal["html", "text"]
    position: int | None = Field(default=None, description="the item's place on a multi-story page")
    flags: list[str] = []


class ConflictValue(Record):
    value: str | None
    source_ids: list[str]


class Conflict(Record):
    field: str
    values: list[ConflictValue]
    chosen: str | None


class Article(Record):
    """One canonical article: SPEC.md's record, one JSONL line."""

    id: str
    canonical_url: str | None
    publisher: str | None
    category: str | None
    authors: list[str]
    published_at: str | None
    original_language: str | None
    languages: list[str]
    titles: dict[str, str]
    title_origins: dict[str, Origin] = Field(default={}, description="origin of each title, per language")
    subtitles: dict[str, str] = {}
    headlines: dict[str, str] = Field(default={}, description="an aggregator's own headline, per language")
    summaries: list[Summary]
    bodies: list[Body]
    key_points: list[KeyPoint]
    alignments: list[Alignment]
    tags: list[Tag]
    scores: list[Score]
    related: list[Related]
    sources: list[Source]
    conflicts: list[Conflict]


# --------------------------------------------------------------------------- bookkeeping


class Reject(Record):
    path: str
    sha256: str
    reason: str
    run_id: str
    parser_version: str


class RunReport(Record):
    id: str
    started_at: str
    finished_at: str
    raw_dir: str
    pages_seen: int
    pages_skipped: int
    pages_parsed: int
    pages_rejected: int
    articles: int
    articles_new: int
    articles_updated: int
    articles_removed: int = 0
    sources: int = Field(default=0, description="sources (stories) behind the articles")
    merged_sources: int = Field(default=0, description="sources that joined another source's article")
    links: int = Field(default=0, description="cross-language key point links")
    seconds: dict[str, float]


PageRecord.model_rebuild()
