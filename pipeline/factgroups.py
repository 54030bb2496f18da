"""Fact groups: an article's key points arranged as rows of one fact, columns of languages.

Rows are anchored on the pivot list: the original language's key points from the publisher's own
text (or, without such, the language with the most key points). Every other key point joins the
row of the linked key point it is most strongly aligned with, strongest links first, so a digest
bullet reaches its row through its translation. Key points linked to nothing get rows of their
own; implications (advice, not facts) are listed apart. Pure and deterministic.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from pipeline.models import Article, KeyPoint

ORIGIN_LABELS = {
    "original": "original",
    "machine_generated": "machine summary",
    "machine_translation": "machine translation",
    "unknown": "unknown origin",
}


@dataclass
class FactRow:
    cells: dict[str, list[KeyPoint]] = field(default_factory=dict)


@dataclass
class FactTable:
    languages: list[str]
    rows: list[FactRow]
    implications: list[KeyPoint]


def pivot_language(article: Article) -> str | None:
    originals = Counter(k.lang for k in article.key_points if k.origin == "original")
    if originals:
        return min(originals, key=lambda lang: (-originals[lang], lang != article.original_language, lang))
    counts = Counter(k.lang for k in article.key_points if k.kind != "implication")
    if article.original_language in counts:
        return article.original_language
    return min(counts, key=lambda lang: (-counts[lang], lang)) if counts else None


def fact_table(article: Article) -> FactTable:
    facts = [
        k
        for k in article.key_points
        if k.kind != "implication" and not _is_parent_of_implications(k, article)
    ]
    implications = [k for k in article.key_points if k not in facts]
    pivot = pivot_language(article)
    anchors = [
        k for k in facts if k.lang == pivot and (k.origin == "original" or not _has_original(facts, pivot))
    ]
    row_of: dict[str, int] = {k.id: i for i, k in enumerate(anchors)}
    rows = [FactRow({k.lang: [k]}) for k in anchors]
    by_id = {k.id: k for k in facts}
    links = sorted(
        (al for al in article.alignments if al.a in by_id and al.b in by_id),
        key=lambda al: (-al.score, al.a, al.b),
    )
    # hop by hop: a key point joins the row of its strongest link into the rows built so far
    while True:
        joins: dict[str, tuple[float, int]] = {}
        for link in links:
            for have, want in ((link.a, link.b), (link.b, link.a)):
                if have in row_of and want not in row_of:
                    current = joins.get(want)
                    if current is None or link.score > current[0]:
                        joins[want] = (link.score, row_of[have])
        if not joins:
            break
        for point_id, (_, row) in sorted(joins.items()):
            row_of[point_id] = row
            rows[row].cells.setdefault(by_id[point_id].lang, []).append(by_id[point_id])
    for k in facts:
        if k.id not in row_of:
            row_of[k.id] = len(rows)
            rows.append(FactRow({k.lang: [k]}))
    position = {k.id: i for i, k in enumerate(article.key_points)}
    for row in rows:
        for cell in row.cells.values():
            cell.sort(key=lambda k: position[k.id])
    languages = sorted({k.lang for k in facts}, key=lambda lang: (lang != pivot, lang))
    return FactTable(languages=languages, rows=rows, implications=implications)


def _has_original(facts: list[KeyPoint], lang: str | None) -> bool:
    return any(k.lang == lang and k.origin == "original" for k in facts)


def _is_parent_of_implications(point: KeyPoint, article: Article) -> bool:
    children = [k for k in article.key_points if k.parent_id == point.id]
    return bool(children) and all(k.kind == "implication" for k in children)


def cell_label(point: KeyPoint) -> str:
    label = ORIGIN_LABELS[point.origin]
    return f"{label}, {point.generator}" if point.generator else label
