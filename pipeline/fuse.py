"""Fusion stage: one cluster of page records becomes one canonical :class:`Article`.

Every field keeps its provenance. Where sources disagree the value with the best origin wins
(the publisher's own text, then an aggregator's metadata, then a machine summary, then a machine
translation; ties go to the better-structured copy, then to the lower source id) and the
disagreement is recorded in ``conflicts``. Identical texts and key points from several sources
become one entry listing every source. Pure and order-independent.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from pipeline import dates
from pipeline.cluster import Item
from pipeline.models import (
    ORIGIN_RANK,
    Article,
    Body,
    Claim,
    Conflict,
    ConflictValue,
    KeyPoint,
    PageRelated,
    PageText,
    Related,
    Score,
    Source,
    Summary,
    Tag,
)
from pipeline.normalize import canonical_url, fold, url_key

_NEAR_DUPLICATE = 0.9  # share of the shorter body's word trigrams found in the longer one
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


@dataclass(frozen=True)
class SourcedItem:
    """A page record with its stable source id and the raw-file facts behind it."""

    item: Item
    source: Source


def _rank(origin: str, fidelity: int, source_id: str) -> tuple[int, int, str]:
    return (ORIGIN_RANK[origin], fidelity, source_id)


def article_id(canonical: str | None, original_title: str | None, day: str | None) -> str:
    key = url_key(canonical) or f"title:{fold(original_title)}|{day or ''}"
    return "art_" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


def key_point_id(article: str, lang: str, text: str) -> str:
    return "kp_" + hashlib.sha256(f"{article}|{lang}|{fold(text)}".encode()).hexdigest()[:16]


def fuse(cluster: Sequence[SourcedItem]) -> Article:
    members = sorted(cluster, key=lambda m: m.source.id)
    conflicts: list[Conflict] = []

    url = _choose_scalar(
        "canonical_url",
        [(canonical_url(m.item.record.canonical_url), "original", m.source.id) for m in members],
        conflicts,
        key=url_key,
    )
    publisher = _choose_claims(
        "publisher", [(m.item.record.publisher, m.source.id) for m in members], conflicts
    )
    category = _choose_claims(
        "category", [(m.item.record.category, m.source.id) for m in members], conflicts, per_language=True
    )
    published = _published_at(members, conflicts)
    authors = _authors(members)
    texts = [(t, m.source.id) for m in members for t in m.item.record.texts]
    titles, title_origins = _per_language("title", texts, conflicts)
    original_language = _original_language(members, texts)
    aid = article_id(
        url, titles.get(original_language or "", next(iter(titles.values()), None)), _day(published)
    )

    summaries = _summaries(texts)
    bodies = _bodies(texts)
    key_points = _key_points(aid, members)
    tags = _unique(Tag(lang=t.lang, text=t.text) for m in members for t in m.item.record.tags)
    scores = [
        Score(source_id=m.source.id, name=s.name, value=s.value)
        for m in members
        for s in m.item.record.scores
    ]
    related = _related(members, conflicts)
    languages = sorted(
        {*titles, *(s.lang for s in summaries), *(b.lang for b in bodies), *(k.lang for k in key_points)}
        | {t.lang for t in tags}
    )
    return Article(
        id=aid,
        canonical_url=url,
        publisher=publisher.value if publisher else None,
        category=category.value if category else None,
        authors=authors,
        published_at=published,
        original_language=original_language,
        languages=languages,
        titles=titles,
        title_origins=title_origins,
        subtitles=_per_language("subtitle", texts, conflicts)[0],
        headlines=_per_language("headline", texts, conflicts)[0],
        summaries=summaries,
        bodies=bodies,
        key_points=key_points,
        alignments=[],
        tags=tags,
        scores=scores,
        related=related,
        sources=[m.source for m in members],
        conflicts=sorted(conflicts, key=lambda c: c.field),
    )


# --------------------------------------------------------------------------- scalar fields


def _choose_scalar(
    field: str, candidates: Iterable[tuple[str | None, str, str]], conflicts: list[Conflict], key=lambda v: v
) -> str | None:
    present = [(v, o, s) for v, o, s in candidates if v]
    if not present:
        return None
    # the most widely attested spelling, then the best origin, then the lowest source id
    counts: dict[str, int] = {}
    for value, _, _ in present:
        counts[value] = counts.get(value, 0) + 1
    present.sort(key=lambda c: (-counts[c[0]], *_rank(c[1], 0, c[2])))
    chosen = present[0][0]
    _record_conflict(field, [(v, s) for v, _, s in present], chosen, conflicts, key=key)
    return chosen


def _choose_claims(
    field: str,
    claims: Iterable[tuple[Claim | None, str]],
    conflicts: list[Conflict],
    *,
    per_language: bool = False,
) -> Claim | None:
    present = sorted(((c, s) for c, s in claims if c), key=lambda cs: _rank(cs[0].origin, 0, cs[1]))
    if not present:
        return None
    chosen = present[0][0]
    comparable = [(c.value, s) for c, s in present if not per_language or c.lang == chosen.lang]
    _record_conflict(field, comparable, chosen.value, conflicts, key=fold)
    return chosen


def _record_conflict(
    field: str, values: list[tuple[str, str]], chosen: str | None, conflicts: list[Conflict], key
) -> None:
    grouped: dict[str, tuple[str, list[str]]] = {}
    for value, source_id in values:
        k = key(value)
        if k not in grouped:
            grouped[k] = (value, [])
        if source_id not in grouped[k][1]:
            grouped[k][1].append(source_id)
    if len(grouped) > 1:
        conflicts.append(
            Conflict(
                field=field,
                values=[
                    ConflictValue(value=v, source_ids=sorted(ids)) for v, ids in sorted(grouped.values())
                ],
                chosen=chosen,
            )
        )


def _published_at(members: Sequence[SourcedItem], conflicts: list[Conflict]) -> str | None:
    claims = sorted(
        ((c, m.source.id) for m in members for c in m.item.record.published_at),
        key=lambda cs: _rank(cs[0].origin, 0, cs[1]),
    )
    if not claims:
        return None
    chosen = claims[0][0].value
    # A day-only original date is refined by a precise time another source gives for that day.
    same_day = [c.value for c, _ in claims if c.value[:10] == chosen[:10]]
    refined = max(same_day, key=lambda v: (dates.precision(v), v == chosen))
    disagreeing = [(c.value, s) for c, s in claims if not dates.compatible(c.value, chosen)]
    if disagreeing:
        agreeing = [(c.value, s) for c, s in claims if dates.compatible(c.value, chosen)]
        _record_conflict("published_at", agreeing + disagreeing, refined, conflicts, key=lambda v: v[:10])
    return refined


def _day(published: str | None) -> str | None:
    return published[:10] if published else None


def _authors(members: Sequence[SourcedItem]) -> list[str]:
    ranked = sorted(
        (m for m in members if m.item.record.authors),
        key=lambda m: _rank(m.item.record.authors_origin, 0, m.source.id),
    )
    return list(ranked[0].item.record.authors) if ranked else []


def _original_language(members: Sequence[SourcedItem], texts: list[tuple[PageText, str]]) -> str | None:
    originals = sorted((s, t.lang) for t, s in texts if t.kind == "body" and t.origin == "original")
    if originals:
        return originals[0][1]
    votes: dict[str, int] = {}
    for m in members:
        if lang := m.item.record.original_language:
            votes[lang] = votes.get(lang, 0) + 1
    return min(votes, key=lambda lang: (-votes[lang], lang)) if votes else None


# --------------------------------------------------------------------------- texts


def _per_language(
    kind: str, texts: list[tuple[PageText, str]], conflicts: list[Conflict]
) -> tuple[dict[str, str], dict[str, str]]:
    """The best text of ``kind`` per language, and its origin."""
    chosen: dict[str, str] = {}
    origins: dict[str, str] = {}
    by_lang: dict[str, list[tuple[PageText, str]]] = {}
    for text, source_id in texts:
        if text.kind == kind:
            by_lang.setdefault(text.lang, []).append((text, source_id))
    for lang in sorted(by_lang):
        ranked = sorted(by_lang[lang], key=lambda ts: _rank(ts[0].origin, ts[0].fidelity, ts[1]))
        chosen[lang] = ranked[0][0].text
        origins[lang] = ranked[0][0].origin
        _record_conflict(
            f"{kind}s.{lang}", [(t.text, s) for t, s in ranked], chosen[lang], conflicts, key=fold
        )
    return chosen, origins


def _summaries(texts: list[tuple[PageText, str]]) -> list[Summary]:
    merged: dict[tuple[str, str], Summary] = {}
    for text, source_id in texts:
        if text.kind not in ("summary", "description"):
            continue
        key = (text.lang, fold(text.text))
        if key in merged:
            if source_id not in merged[key].source_ids:
                merged[key].source_ids.append(source_id)
            continue
        merged[key] = Summary(
            lang=text.lang,
            text=text.text,
            origin=text.origin,
            generator=text.generator,
            kind=text.kind,  # type: ignore[arg-type]
            source_ids=[source_id],
        )
    return sorted(merged.values(), key=lambda s: (s.lang, s.kind, ORIGIN_RANK[s.origin], s.source_ids[0]))


def _bodies(texts: list[tuple[PageText, str]]) -> list[Body]:
    """One body per group of near-identical texts in a language; the best-ranked copy's text."""
    candidates = sorted(
        ((t, s) for t, s in texts if t.kind == "body"),
        key=lambda ts: (ts[0].lang, *_rank(ts[0].origin, ts[0].fidelity, ts[1])),
    )
    groups: list[tuple[PageText, list[str], set[str]]] = []
    for text, source_id in candidates:
        shingles = _shingles(text.text)
        for best, ids, best_shingles in groups:
            if best.lang == text.lang and _contained(shingles, best_shingles):
                ids.append(source_id)
                break
        else:
            groups.append((text, [source_id], shingles))
    return [
        Body(lang=t.lang, text=t.text, origin=t.origin, generator=t.generator, source_ids=sorted(ids))
        for t, ids, _ in groups
    ]


def _shingles(text: str) -> set[str]:
    folded = fold(text)
    if len(_CJK.findall(folded)) > len(folded) // 3:
        chars = [c for c in folded if not c.isspace()]
        return {"".join(chars[i : i + 3]) for i in range(max(len(chars) - 2, 1))}
    words = re.findall(r"\w+", folded)
    return {" ".join(words[i : i + 3]) for i in range(max(len(words) - 2, 1))}


def _contained(a: set[str], b: set[str]) -> bool:
    if not a or not b:
        return False
    return len(a & b) / min(len(a), len(b)) >= _NEAR_DUPLICATE


# --------------------------------------------------------------------------- key points, related


def _key_points(aid: str, members: Sequence[SourcedItem]) -> list[KeyPoint]:
    merged: dict[str, KeyPoint] = {}
    for m in members:
        page_points = m.item.record.key_points
        ids = [key_point_id(aid, p.lang, p.text) for p in page_points]
        for point, kp_id in zip(page_points, ids, strict=True):
            if kp_id in merged:
                existing = merged[kp_id]
                if m.source.id not in existing.source_ids:
                    existing.source_ids.append(m.source.id)
                if ORIGIN_RANK[point.origin] < ORIGIN_RANK[existing.origin]:
                    existing.origin, existing.generator = point.origin, point.generator
                continue
            merged[kp_id] = KeyPoint(
                id=kp_id,
                lang=point.lang,
                text=point.text,
                kind=point.kind,
                parent_id=ids[point.parent] if point.parent is not None and point.parent < len(ids) else None,
                origin=point.origin,
                generator=point.generator,
                source_ids=[m.source.id],
            )
    return list(merged.values())


def _related(members: Sequence[SourcedItem], conflicts: list[Conflict]) -> list[Related]:
    groups: dict[tuple[str, str], list[tuple[PageRelated, str]]] = {}
    for m in members:
        for item in m.item.record.related:
            groups.setdefault((item.relation, fold(item.title)), []).append((item, m.source.id))
    out: list[Related] = []
    for (relation, _), entries in groups.items():
        entries.sort(key=lambda es: _rank(es[0].origin, 0, es[1]))
        best = entries[0][0]
        for field in ("date", "category", "url"):
            values = [(getattr(e, field), s) for e, s in entries if getattr(e, field)]
            _record_conflict(
                f"related[{best.title}].{field}", values, getattr(best, field), conflicts, key=fold
            )
        out.append(
            Related(
                relation=relation,  # type: ignore[arg-type]
                title=best.title,
                url=canonical_url(best.url) if best.url else None,
                date=best.date,
                category=best.category,
                publisher=best.publisher,
                summary=best.summary,
                source_ids=sorted({s for _, s in entries}),
            )
        )
    return out


def _unique(tags: Iterable[Tag]) -> list[Tag]:
    seen: dict[tuple[str, str], Tag] = {}
    for tag in tags:
        seen.setdefault((tag.lang, fold(tag.text)), tag)
    return list(seen.values())


def resolve_references(articles: list[Article]) -> list[Article]:
    """Point each related/similar entry whose title names an ingested article at that article."""
    index = title_index((a.id, list(a.titles.values())) for a in articles)
    for article in articles:
        link_references(article, index)
    return articles


def title_index(titled: Iterable[tuple[str, list[str]]]) -> dict[str, str]:
    """Folded title -> the id of the article holding it ((id, titles) pairs in any order; where
    two articles hold one title, the lower id wins)."""
    index: dict[str, str] = {}
    for article_id, titles in sorted(titled):
        for title in titles:
            index.setdefault(fold(title), article_id)
    return index


def link_references(article: Article, index: dict[str, str]) -> None:
    for entry in article.related:
        target = index.get(fold(entry.title))
        entry.article_id = target if target != article.id else None
