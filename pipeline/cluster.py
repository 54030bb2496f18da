"""Clustering stage: which page records describe the same original article.

Two records join when they name the same article URL (whatever dates they give: an aggregator may
cover one article twice, months apart; a site's home page or release notes, which pages about
different articles cite alike, name no article here), when they give the same title (in any
language: a digest that carries the English and the Japanese title bridges both) and their
publication dates agree, or when their texts are near-identical. A join by title or text is refused
when the two groups would then hold two different URLs, dates days apart or titles that differ in a
figure: same-topic articles with shared vocabulary stay apart because nothing here compares
vocabulary, only identity.

Clustering never holds whole records: each record is reduced to a small :class:`ClusterKey` (its
URL key, title keys, days, language and a MinHash signature of its text), computed once by the
per-page stage and cached with the record. Whole records are loaded only to confirm a
near-duplicate candidate, so memory grows with the number of pages by a key each (about 1.4 KB
in memory on the generated corpus: the 512-byte signature, the titles and their folded keys).

Pure and order-independent: the result depends on the set of inputs, not their order.
"""

from __future__ import annotations

import base64
import re
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache

import numpy as np
import xxhash

from pipeline import dates
from pipeline.align import numbers
from pipeline.models import PageRecord
from pipeline.normalize import fold, home_page_site, names_many_articles, url_key

_MIN_TITLE_WORDS = 3
_MIN_TITLE_CJK = 6
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")

# Bumped whenever what :func:`cluster_key` computes changes: cached keys are then recomputed.
KEY_REVISION = 5

RecordLoader = Callable[[Sequence[str]], dict[str, PageRecord]]
"""Source ids -> their page records (from memory, or from the database's record cache)."""


def source_id(sha256: str, position: int | None = None) -> str:
    """The stable id of a page's record: its content hash, and its story's position on a page
    that holds several (``src_…-N``)."""
    base = "src_" + sha256[:16]
    return base if position is None else f"{base}-{position}"


@dataclass(frozen=True)
class Item:
    """One page record with its stable source id."""

    source_id: str
    record: PageRecord


@dataclass(frozen=True, slots=True)
class ClusterKey:
    """What the merge stages need to know about one record while all of them are in memory."""

    source_id: str
    url: str | None
    title_keys: tuple[str, ...]
    days: tuple[str, ...]
    lang: str
    signature: bytes | None  # MinHash values of the text's shingles; None when it is too short
    titles: tuple[tuple[str, str], ...]  # (language, title): the first title in each language
    home_site: str | None = None  # the site whose home page is the record's URL (no merge key)
    digest_days: tuple[str, ...] = ()  # the dates of the digests that carried it (not publication)

    def to_row(self) -> list:
        """A JSON-ready form for the record cache (:meth:`from_row` reads it back)."""
        signature = base64.b64encode(self.signature).decode("ascii") if self.signature else None
        return [
            KEY_REVISION,
            self.source_id,
            self.url,
            self.title_keys,
            self.days,
            self.lang,
            signature,
            self.titles,
            self.home_site,
            self.digest_days,
        ]

    @classmethod
    def from_row(cls, row: list) -> ClusterKey | None:
        """The key :meth:`to_row` stored, or None when an older revision of this code stored it."""
        if not row or row[0] != KEY_REVISION:
            return None
        _, source_id, url, title_keys, days, lang, signature, titles, home_site, digest_days = row
        return cls(
            source_id=source_id,
            url=url,
            title_keys=tuple(title_keys),
            days=tuple(days),
            lang=lang,
            signature=base64.b64decode(signature) if signature else None,
            titles=tuple((lang_, title) for lang_, title in titles),
            home_site=home_site,
            digest_days=tuple(digest_days),
        )


def cluster_key(source_id: str, record: PageRecord) -> ClusterKey:
    titles: dict[str, str] = {}
    for text in record.texts:
        if text.kind == "title":
            titles.setdefault(text.lang, text.text)
    return ClusterKey(
        source_id=source_id,
        url=record_url(record),
        title_keys=tuple(sorted(title_keys(record))),
        days=tuple(sorted(record_days(record))),
        lang=record.original_language or next((t.lang for t in record.texts), "und"),
        signature=_signature(shingles(content(record))),
        titles=tuple(titles.items()),
        home_site=home_page_site(record.canonical_url),
        digest_days=(record.digest_date[:10],) if record.digest_date else (),
    )


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
    """The record's article URL as a matching key (see :func:`pipeline.normalize.url_key`); none
    for a URL that pages about different articles cite alike (a home page, release notes)."""
    if names_many_articles(record.canonical_url):
        return None
    return url_key(record.canonical_url)


def record_days(record: PageRecord) -> set[str]:
    return {claim.value[:10] for claim in record.published_at}


class _Groups:
    def __init__(self, keys: Sequence[ClusterKey]) -> None:
        self.parent = {k.source_id: k.source_id for k in keys}
        self.urls = {k.source_id: {k.url} if k.url else set() for k in keys}
        self.days = {k.source_id: set(k.days) for k in keys}
        self.digest_days = {k.source_id: set(k.digest_days) for k in keys}
        self.figures = {k.source_id: _title_figures(k) for k in keys}

    def find(self, x: str) -> str:
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: str, b: str, *, by_url: bool) -> bool:
        """Joins the groups of ``a`` and ``b`` unless (``by_url`` aside) something says they are
        two articles; whether they are one group now."""
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return True
        if not by_url:
            if self.urls[ra] and self.urls[rb] and not (self.urls[ra] & self.urls[rb]):
                return False  # same title, different articles (a weekly column, a reused headline)
            if not days_agree(self.days[ra], self.digest_days[ra], self.days[rb], self.digest_days[rb]):
                return False  # the URL names the article; without one, dates days apart mean two articles
            if not _figures_agree(self.figures[ra], self.figures[rb]):
                return False  # one text under "2025年08月01日" and "2025年08月13日": two days' pages
        low, high = sorted((ra, rb))
        self.parent[high] = low
        self.urls[low] |= self.urls.pop(high)
        self.days[low] |= self.days.pop(high)
        self.digest_days[low] |= self.digest_days.pop(high)
        self.figures[low] |= self.figures.pop(high)
        return True

    def join_each(self, ids: list[str]) -> None:
        """Each of ``ids`` (pages under one title) joins the first of the groups before it that
        allows it: the same headline in June and twice in August is two articles, the August
        pair one, whichever page comes first."""
        roots: list[str] = []
        for source_id in ids:
            if not any(self.union(root, source_id, by_url=False) for root in roots):
                roots.append(source_id)
            roots = list(dict.fromkeys(self.find(root) for root in roots))


def _title_figures(key: ClusterKey) -> set[str]:
    return set().union(*(numbers(title) for _, title in key.titles))


def _figures_agree(a: set[str], b: set[str]) -> bool:
    """Titles that differ in their figures name different news, however alike the texts; a copy's
    title may drop a figure, not change one."""
    return not a or not b or a <= b or b <= a


DIGEST_REACH_DAYS = 31  # a digest's stories were published within the month before its date


def days_agree(days_a: set[str], digest_a: set[str], days_b: set[str], digest_b: set[str]) -> bool:
    """Whether two groups' dates allow one article: publication days within a day of each other;
    where a side has none, the month before a digest's date stands for it (a linkless story in a
    2025-06-23 issue is not the one in a 2025-08-09 issue, however alike their titles)."""
    if days_a and days_b:
        return any(dates.compatible(x, y) for x in days_a for y in days_b)
    spans_a, spans_b = _spans(days_a, digest_a), _spans(days_b, digest_b)
    if not spans_a or not spans_b:
        return True
    return any(low_a <= high_b and low_b <= high_a for low_a, high_a in spans_a for low_b, high_b in spans_b)


def _spans(days: set[str], digest_days: set[str]) -> list[tuple[int, int]]:
    """The day ranges (as ordinals) a group's article can have been published in."""
    if days:
        return [(d - 1, d + 1) for d in _ordinals(days)]
    return [(d - DIGEST_REACH_DAYS, d + 1) for d in _ordinals(digest_days)]


def _ordinals(days: set[str]) -> list[int]:
    return sorted(parsed.toordinal() for day in days if (parsed := dates.day_of(day)) is not None)


NEAR_DUPLICATE = 0.8  # Jaccard of shingles above which two same-language pages are one text
NUM_PERM = 64
MINHASH_SCHEME = "affine32"  # datasketch 2's default, named because stored signatures depend on it
# Shingles are hashed with xxHash32 rather than datasketch's default SHA-1: a MinHash needs a
# well-mixed 32-bit hash, not a cryptographic one, and SHA-1 was most of a page's signature time.
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


def content(record: PageRecord) -> str:
    """The text near-duplicates are compared on."""
    parts = [t.text for t in record.texts if t.kind in ("title", "summary", "body")]
    parts += [k.text for k in record.key_points]
    return "\n".join(parts)


def _signature(shingle_set: set[str]) -> bytes | None:
    if len(shingle_set) < _MIN_SHINGLES:
        return None
    from datasketch import MinHash

    # The minimum over a set does not depend on its order, so the shingles go in unsorted.
    minhash = MinHash(
        num_perm=NUM_PERM,
        seed=1,
        scheme=MINHASH_SCHEME,
        permutations=_permutations(),
        hashfunc=xxhash.xxh32_intdigest,
    )
    minhash.update_batch([s.encode("utf-8") for s in shingle_set])
    return minhash.hashvalues.astype("<u8").tobytes()


@cache
def _permutations() -> np.ndarray:
    """The seed's permutation parameters, drawn once per process: drawing them is most of the
    cost of a fresh MinHash, and every signature here uses the same ones. Kept as datasketch's own
    (2, NUM_PERM) array, which a MinHash takes as it is (a pair of rows it would copy and check:
    twice the cost of the MinHash)."""
    from datasketch import MinHash

    parameters = MinHash(num_perm=NUM_PERM, seed=1, scheme=MINHASH_SCHEME).permutations
    parameters.flags.writeable = False
    return parameters


def near_duplicates(keys: Sequence[ClusterKey], load: RecordLoader) -> list[tuple[str, str]]:
    """Pairs of same-language pages whose texts are near-identical (an edited copy), found through
    MinHash LSH candidates (no all-pairs step) and confirmed by the exact Jaccard of their shingles,
    for which only the candidates' records are loaded."""
    from datasketch import LeanMinHash, MinHashLSH

    by_lang: dict[str, list[ClusterKey]] = defaultdict(list)
    for key in keys:
        if key.signature is not None:
            by_lang[key.lang].append(key)
    candidates: list[tuple[str, str]] = []
    for lang in sorted(by_lang):
        entries = by_lang[lang]
        if len(entries) < 2:
            continue
        lsh = MinHashLSH(threshold=NEAR_DUPLICATE, num_perm=NUM_PERM)
        for key in entries:
            minhash = LeanMinHash(
                seed=1, hashvalues=np.frombuffer(key.signature or b"", dtype="<u8"), scheme=MINHASH_SCHEME
            )
            candidates += [(other, key.source_id) for other in sorted(lsh.query(minhash))]
            lsh.insert(key.source_id, minhash)
    wanted = sorted({sid for pair in candidates for sid in pair})
    hashed: dict[str, np.ndarray] = {}
    for start in range(0, len(wanted), 500):
        for sid, record in load(wanted[start : start + 500]).items():
            hashed[sid] = _hashed_shingles(content(record))
    confirmed = []
    for a, b in candidates:
        common = len(np.intersect1d(hashed[a], hashed[b], assume_unique=True))
        if common / (len(hashed[a]) + len(hashed[b]) - common) >= NEAR_DUPLICATE:
            confirmed.append((a, b))
    return confirmed


def _hashed_shingles(text: str) -> np.ndarray:
    """A text's shingles as sorted 64-bit hashes: an exact Jaccard (bar a 2**-64 collision) in a
    tenth of the memory strings take."""
    return np.unique(np.fromiter((hash(s) for s in shingles(text)), dtype=np.int64))


def cluster_keys(keys: Sequence[ClusterKey], load: RecordLoader) -> list[list[ClusterKey]]:
    """Groups of keys, each sorted by source id, the groups sorted by their first source id."""
    keys = sorted(keys, key=lambda k: k.source_id)
    groups = _Groups(keys)
    by_url: dict[str, list[str]] = defaultdict(list)
    by_title: dict[str, list[str]] = defaultdict(list)
    for key in keys:
        if key.url:
            by_url[key.url].append(key.source_id)
        for title in key.title_keys:
            by_title[title].append(key.source_id)
    for ids in by_url.values():
        for other in ids[1:]:
            groups.union(ids[0], other, by_url=True)
    for title in sorted(by_title):
        groups.join_each(by_title[title])
    for a, b in near_duplicates(keys, load):
        groups.union(a, b, by_url=False)
    members: dict[str, list[ClusterKey]] = defaultdict(list)
    for key in keys:
        members[groups.find(key.source_id)].append(key)
    return sorted(members.values(), key=lambda group: group[0].source_id)


def memory_loader(items: Sequence[Item]) -> RecordLoader:
    by_id = {it.source_id: it.record for it in items}
    return lambda ids: {i: by_id[i] for i in ids}


def cluster(items: Sequence[Item]) -> list[list[Item]]:
    """:func:`cluster_keys` for records already in memory."""
    by_id = {it.source_id: it for it in items}
    keys = [cluster_key(it.source_id, it.record) for it in items]
    return [[by_id[k.source_id] for k in group] for group in cluster_keys(keys, memory_loader(items))]
