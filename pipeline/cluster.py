"""Clustering stage: which page records describe the same original article.

Two records join when they name the same article URL (whatever dates they give: an aggregator may
cover one article twice, months apart), or when they give the same title (in any language: a
digest that carries the English and the Japanese title bridges both) and their publication dates
agree. A title join is refused when the two groups would then hold two different URLs or dates days
apart: same-topic articles with shared vocabulary stay apart because nothing here compares
vocabulary, only identity.

Pure and order-independent: the result depends on the set of inputs, not their order.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from pipeline import dates
from pipeline.models import PageRecord
from pipeline.normalize import fold, url_key

_MIN_TITLE_WORDS = 3
_MIN_TITLE_CJK = 6
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


@dataclass(frozen=True)
class Item:
    """One page record with its stable source id."""

    source_id: str
    record: PageRecord


def title_keys(record: PageRecord) -> set[str]:
    keys = set()
    for text in record.texts:
        if text.kind != "title":
            continue
        key = fold(text.text).strip(" .。")
        if len(key.split()) >= _MIN_TITLE_WORDS or len(_CJK.findall(key)) >= _MIN_TITLE_CJK:
            keys.add(key)
    return keys


def record_url(record: PageRecord) -> str | None:
    """The record's article URL as a matching key (see :func:`pipeline.normalize.url_key`)."""
    return url_key(record.canonical_url)


def record_days(record: PageRecord) -> set[str]:
    return {claim.value[:10] for claim in record.published_at}


class _Groups:
    def __init__(self, items: Sequence[Item]) -> None:
        self.parent = {it.source_id: it.source_id for it in items}
        self.urls = {it.source_id: {u} if (u := record_url(it.record)) else set() for it in items}
        self.days = {it.source_id: record_days(it.record) for it in items}

    def find(self, x: str) -> str:
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: str, b: str, *, by_url: bool) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return
        if not by_url:
            if self.urls[ra] and self.urls[rb] and not (self.urls[ra] & self.urls[rb]):
                return  # same title, different articles (a weekly column, a reused headline)
            if not _days_agree(self.days[ra], self.days[rb]):
                return  # the URL names the article; without one, dates days apart mean two articles
        low, high = sorted((ra, rb))
        self.parent[high] = low
        self.urls[low] |= self.urls.pop(high)
        self.days[low] |= self.days.pop(high)


def _days_agree(a: set[str], b: set[str]) -> bool:
    if not a or not b:
        return True
    return any(dates.compatible(x, y) for x in a for y in b)


NEAR_DUPLICATE = 0.8  # Jaccard of shingles above which two same-language pages are one text
NUM_PERM = 64
_MIN_SHINGLES = 8
_CJK_RUN = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]+")
_WORD = re.compile(r"\w+")


def shingles(text: str) -> set[str]:
    """Script-aware shingles: character 5-grams inside CJK runs (a whitespace tokenizer would see a
    whole clause as one token), word 5-grams elsewhere. Numbers are kept: two reports that differ
    only in their figures are different news."""
    folded = fold(text)
    out: set[str] = set()
    for run in _CJK_RUN.findall(folded):
        out |= {run[i : i + 5] for i in range(max(len(run) - 4, 1))}
    words = _WORD.findall(_CJK_RUN.sub(" ", folded))
    out |= {" ".join(words[i : i + 5]) for i in range(max(len(words) - 4, 0))}
    return out


def _content(record: PageRecord) -> str:
    parts = [t.text for t in record.texts if t.kind in ("title", "summary", "body")]
    parts += [k.text for k in record.key_points]
    return "\n".join(parts)


def near_duplicates(items: Sequence[Item]) -> list[tuple[str, str]]:
    """Pairs of same-language pages whose texts are near-identical (an edited copy), found through
    MinHash LSH candidates (no all-pairs step) and confirmed by exact Jaccard. Shingles are kept
    as 64-bit hashes while they wait, not as strings."""
    from datasketch import MinHash, MinHashLSH

    by_lang: dict[str, list[tuple[str, frozenset[int], MinHash]]] = defaultdict(list)
    for it in items:
        sh = shingles(_content(it.record))
        if len(sh) < _MIN_SHINGLES:
            continue
        minhash = MinHash(num_perm=NUM_PERM, seed=1)
        minhash.update_batch([s.encode("utf-8") for s in sorted(sh)])
        lang = it.record.original_language or next((t.lang for t in it.record.texts), "und")
        by_lang[lang].append((it.source_id, frozenset(hash(s) for s in sh), minhash))
    pairs: list[tuple[str, str]] = []
    for lang in sorted(by_lang):
        entries = by_lang[lang]
        if len(entries) < 2:
            continue
        lsh = MinHashLSH(threshold=NEAR_DUPLICATE, num_perm=NUM_PERM)
        hashed = {source_id: sh for source_id, sh, _ in entries}
        for source_id, sh, minhash in entries:
            for other in sorted(lsh.query(minhash)):
                a = hashed[other]
                if len(a & sh) / len(a | sh) >= NEAR_DUPLICATE:
                    pairs.append((other, source_id))
            lsh.insert(source_id, minhash)
    return pairs


def cluster(items: Sequence[Item]) -> list[list[Item]]:
    """Groups of items, each sorted by source id, the groups sorted by their first source id."""
    items = sorted(items, key=lambda it: it.source_id)
    groups = _Groups(items)
    by_url: dict[str, list[str]] = defaultdict(list)
    by_title: dict[str, list[str]] = defaultdict(list)
    for it in items:
        if url := record_url(it.record):
            by_url[url].append(it.source_id)
        for key in title_keys(it.record):
            by_title[key].append(it.source_id)
    for ids in by_url.values():
        for other in ids[1:]:
            groups.union(ids[0], other, by_url=True)
    for key in sorted(by_title):
        ids = by_title[key]
        for other in ids[1:]:
            groups.union(ids[0], other, by_url=False)
    for a, b in near_duplicates(items):
        groups.union(a, b, by_url=False)
    members: dict[str, list[Item]] = defaultdict(list)
    for it in items:
        members[groups.find(it.source_id)].append(it)
    return sorted(members.values(), key=lambda group: group[0].source_id)
