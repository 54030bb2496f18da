"""Merge stage: page records in, canonical articles out, in bounded chunks.

Only the small :class:`~pipeline.cluster.ClusterKey` of every record stays in memory. Clustering
and the cross-language merge run on those keys; whole records are read through a
:data:`~pipeline.cluster.RecordLoader` (the database's record cache in an ingest) only for the
groups being worked on, and finished articles go to a sink a chunk at a time, so memory is bounded
by the chunk size rather than by the corpus.

Two passes over the groups. The first fuses each group only to learn its article id and titles:
two articles can share an id (a title too short to merge on, no URL), and related entries point at
articles by title, which both need every article. The second fuses again, aligns the key points
across languages (embedding a whole chunk's sentences in one batch), gives clashing ids their
suffix, resolves references, and hands the chunk to the sink. Fusing twice costs a few percent of
the stage; holding every article would cost memory in proportion to the corpus.

Pure given the encoder: the output depends on the set of records, not on their order.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

from pipeline.align import align, texts_to_embed
from pipeline.cluster import ClusterKey, Item, RecordLoader, cluster_key, cluster_keys, memory_loader
from pipeline.crosslang import merge_key_groups
from pipeline.encoder import Encoder
from pipeline.fuse import SourcedItem, fuse, key_point_id, link_references, title_index
from pipeline.models import Article, PageRecord, Source

CHUNK_GROUPS = 256  # groups fused, aligned and written at once

SourceOf = Callable[[str, PageRecord], Source]
"""(source id, its record) -> the article's provenance entry for it."""

Previous = Callable[[frozenset[str]], str | None]
"""The stored record (JSON) of an article built from exactly these source ids, if any."""


@dataclass
class MergeTotals:
    articles: int = 0
    sources: int = 0
    links: int = 0


def merge_articles(
    keys: Sequence[ClusterKey],
    load: RecordLoader,
    source_of: SourceOf,
    sink: Callable[[list[Article]], None],
    *,
    encoder: Encoder | None = None,
    previous: Previous | None = None,
    chunk_groups: int = CHUNK_GROUPS,
    progress: Callable[[int, int], None] | None = None,
) -> MergeTotals:
    """Cluster, fuse and align; hand the articles to ``sink`` chunk by chunk (each chunk sorted by
    id). A group whose sources match a stored article (``previous``) takes that article as it is."""
    groups = cluster_keys(keys, load)
    if encoder is not None:
        groups = merge_key_groups(groups, encoder, load)

    def built(chunk: list[list[ClusterKey]]) -> Iterator[tuple[list[ClusterKey], Article, bool]]:
        records = load([k.source_id for g in chunk for k in g])
        for group in chunk:
            stored = previous(frozenset(k.source_id for k in group)) if previous else None
            if stored is not None:
                yield group, Article.model_validate_json(stored), False
            else:
                members = [
                    SourcedItem(
                        Item(k.source_id, records[k.source_id]), source_of(k.source_id, records[k.source_id])
                    )
                    for k in group
                ]
                yield group, fuse(members), True

    chunks = [groups[i : i + chunk_groups] for i in range(0, len(groups), chunk_groups)]
    ids: list[tuple[str, str]] = []  # (article id as built, first source id)
    titled: list[tuple[str, list[str]]] = []
    for chunk in chunks:
        for group, article, _ in built(chunk):
            ids.append((article.id, group[0].source_id))
            titled.append((article.id, list(article.titles.values())))
    counts: dict[str, int] = {}
    for article_id, _ in ids:
        counts[article_id] = counts.get(article_id, 0) + 1
    final = {(a, first): _suffixed(a, first) if counts[a] > 1 else a for a, first in ids}
    if len(set(final.values())) < len(final):  # two pages whose hashes start alike: the whole source id
        final = {(a, first): f"{a}-{first.removeprefix('src_')}" if counts[a] > 1 else a for a, first in ids}
    references = title_index((final[pair], titles) for pair, (_, titles) in zip(ids, titled, strict=True))
    del ids, titled

    totals = MergeTotals()
    for done_chunks, chunk in enumerate(chunks):
        if progress:
            progress(done_chunks, len(chunks))
        done = list(built(chunk))
        fresh = [article for _, article, is_fresh in done if is_fresh]
        if encoder is not None and fresh:
            # one batch per chunk embeds faster than one per article; align then reads the cache
            wanted = sorted({t for a in fresh for t in texts_to_embed(a.key_points)})
            if wanted:
                encoder.encode(wanted)
            for article in fresh:
                article.alignments = align(article.key_points, encoder)
        out = []
        for group, article, _ in done:
            renamed = final[(article.id, group[0].source_id)]
            if renamed != article.id:
                _rename(article, renamed)
            link_references(article, references)
            out.append(article)
            totals.articles += 1
            totals.sources += len(article.sources)
            totals.links += len(article.alignments)
        sink(sorted(out, key=lambda a: a.id))
    if progress:
        progress(len(chunks), len(chunks))
    return totals


def build_articles(
    items: list[SourcedItem],
    encoder: Encoder | None = None,
    *,
    previous: dict[frozenset[str], str] | None = None,
) -> list[Article]:
    """:func:`merge_articles` for records already in memory: every article, sorted by id."""
    by_id = {it.source.id: it for it in items}
    plain = [it.item for it in items]
    articles: list[Article] = []
    merge_articles(
        [cluster_key(it.source_id, it.record) for it in plain],
        memory_loader(plain),
        lambda source_id, _record: by_id[source_id].source,
        articles.extend,
        encoder=encoder,
        previous=(previous or {}).get,
    )
    return sorted(articles, key=lambda a: a.id)


def _suffixed(article_id: str, first_source_id: str) -> str:
    """Two articles can share the id their title and day give (a title too short to merge on, no
    URL): each then takes its first source's id as a suffix, the same on every run: the start of
    its page's hash and its story's position on the page (two stories of one page, say two
    "Update" items of a digest, share the hash)."""
    digest, _, position = first_source_id.removeprefix("src_").partition("-")
    return f"{article_id}-{digest[:8]}" + (f"-{position}" if position else "")


def _rename(article: Article, new_id: str) -> None:
    """Give the article a new id; its key point ids (and so its links) follow."""
    article.id = new_id
    renamed = {k.id: key_point_id(new_id, k.lang, k.text) for k in article.key_points}
    for point in article.key_points:
        point.id = renamed[point.id]
        point.parent_id = renamed.get(point.parent_id) if point.parent_id else None
    for link in article.alignments:
        link.a, link.b = sorted((renamed[link.a], renamed[link.b]))
