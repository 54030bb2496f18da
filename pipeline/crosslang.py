"""Cross-language merge: groups of pages that share no URL and no title but are one article in
different languages (a Japanese-only translation page of an English article).

Two groups merge when, comparing only texts of *different* languages, their titles and leads embed
close together, each is the other's best match, and nothing contradicts the merge: no two different
canonical URLs, no two sites (a home page names its site), no publication dates days apart, no
leads far apart (``LEAD_FLOOR``: titles alike say nothing of two digests' issues named alike).
Same-topic articles stay apart because a translation of the same text is far closer than another
article on the topic, and mutual best match keeps the closest only.

Groups arrive as :class:`~pipeline.cluster.ClusterKey` lists (titles, URL and days are in the keys);
the leads, which are long, are read from the records only for the groups a round compares.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

from pipeline import dates
from pipeline.align import numbers
from pipeline.cluster import ClusterKey, Item, RecordLoader, cluster_key, days_agree, memory_loader
from pipeline.encoder import Encoder
from pipeline.lang import CJK_LANGUAGES
from pipeline.models import PageRecord

LEAD_SENTENCES = 8
MERGE_THRESHOLD = 0.5  # mean of title and lead cosines (calibrated on NTREX document merge)
UNDATED_THRESHOLD = 0.55  # stricter when either side has no publication date
# titles alone (no lead on one side to compare) must be this close: a title and its translation
# scored 0.75-0.95 with the shipped encoder, two stories of one company in German and French 0.58
TITLE_ONLY_THRESHOLD = 0.7
SHARED_LANGUAGE_SLACK = 0.05
# no merge below this lead cosine, whatever the titles: translated leads scored at least 0.57 on
# NTREX's 246 document pairs, the leads of two digests' issues on one day 0.39
LEAD_FLOOR = 0.45
SAME_LANGUAGE_MIN = 0.75  # two renderings of one title in one language are at least this close
SEEKER_BLOCK = 64  # seekers compared with their candidates at once (bounds the similarity block)
CANDIDATES = 8  # nearest groups per seeker by title, checked in full (title and lead)


@dataclass
class _Profile:
    urls: set[str] = field(default_factory=set)
    sites: set[str] = field(default_factory=set)  # the hosts of its URLs and of a home page it names
    days: set[str] = field(default_factory=set)
    digest_days: set[str] = field(default_factory=set)
    titles: dict[str, str] = field(default_factory=dict)
    leads: dict[str, str] = field(default_factory=dict)


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|(?<=[。！？])")


def lead(text: str, sentences: int | None = None) -> str:
    """The opening sentences of a text: a measure of length that means the same in every script."""
    count = sentences or LEAD_SENTENCES
    text = text.strip()
    for index, match in enumerate(_SENTENCE_END.finditer(text), 1):
        if index == count:
            return text[: match.start()].strip()
    return text


def _profile(group: Sequence[ClusterKey]) -> _Profile:
    profile = _Profile()
    for key in group:
        if key.url:
            profile.urls.add(key.url)
            profile.sites.add(key.url.partition("/")[0])
        if key.home_site:
            profile.sites.add(key.home_site)
        profile.days.update(key.days)
        profile.digest_days.update(key.digest_days)
        for lang, title in key.titles:
            profile.titles.setdefault(lang, title)
    return profile


def _leads(group: Sequence[ClusterKey], records: dict[str, PageRecord]) -> dict[str, str]:
    bodies: dict[str, str] = {}
    summaries: dict[str, str] = {}
    for key in group:
        for text in records[key.source_id].texts:
            if text.kind == "body":
                bodies.setdefault(text.lang, lead(text.text))
            elif text.kind in ("summary", "description"):
                summaries.setdefault(text.lang, lead(text.text))
    return {**summaries, **bodies}  # the body's opening is the best lead


LOAD_GROUPS = 500  # groups whose records are read at once to take their leads


def _fill_leads(
    indexes: list[int], groups: list[list[ClusterKey]], profiles: list[_Profile], load: RecordLoader
) -> None:
    for start in range(0, len(indexes), LOAD_GROUPS):
        chunk = indexes[start : start + LOAD_GROUPS]
        records = load([k.source_id for i in chunk for k in groups[i]])
        for i in chunk:
            profiles[i].leads = _leads(groups[i], records)


MAX_ROUNDS = 4


def merge_across_languages(groups: list[list[Item]], encoder: Encoder) -> list[list[Item]]:
    """:func:`merge_key_groups` for records already in memory."""
    items = [it for g in groups for it in g]
    by_id = {it.source_id: it for it in items}
    keyed = [[cluster_key(it.source_id, it.record) for it in g] for g in groups]
    merged = merge_key_groups(keyed, encoder, memory_loader(items))
    return [[by_id[k.source_id] for k in g] for g in merged]


def merge_key_groups(
    groups: list[list[ClusterKey]], encoder: Encoder, load: RecordLoader
) -> list[list[ClusterKey]]:
    """Merge groups that are one article in different languages; order-independent. Rounds of
    mutual-best matching repeat until nothing merges: a page whose best match just joined another
    group finds it in the next round."""
    settled: set[str] = set()  # first source ids of groups that a merge made: they no longer seek
    for _ in range(MAX_ROUNDS):
        merged = _merge_round(groups, encoder, settled, load)
        if len(merged) == len(groups):
            return merged
        before = {tuple(k.source_id for k in g) for g in groups}
        settled |= {g[0].source_id for g in merged if tuple(k.source_id for k in g) not in before}
        groups = merged
    return groups


def _merge_round(
    groups: list[list[ClusterKey]], encoder: Encoder, settled: set[str], load: RecordLoader
) -> list[list[ClusterKey]]:
    """One round of mutual-best merging.

    Only a group without a URL can join another (two URLs name two articles), so candidates are
    sought for those alone, among groups of nearby dates, by a blocked nearest-neighbour search
    over title and lead vectors: no step compares all pairs.
    """
    if len(groups) < 2:
        return groups
    profiles = [_profile(g) for g in groups]
    seekers = [i for i, p in enumerate(profiles) if not p.urls and groups[i][0].source_id not in settled]
    if not seekers:
        return groups
    # Titles are short: embed them all to find candidates; leads are long: embed only the
    # seekers' and their candidates'.
    where: dict[tuple[int, str, str], int] = {}
    texts = _texts_of(range(len(profiles)), "title", profiles, where, start=0)
    if not texts:
        return groups
    title_vectors = encoder.encode(texts)
    candidates = sorted(_candidate_pairs(seekers, profiles, where, title_vectors))
    involved = sorted({g for pair in candidates for g in pair})
    _fill_leads(involved, groups, profiles, load)
    # Title scores first, then the title vectors go before the leads are embedded: at 100,000
    # pages each set is over 100 MB, and they are never needed together.
    titled: dict[tuple[int, int], tuple[float | None, bool]] = {}
    for i, j in candidates:
        key = (min(i, j), max(i, j))
        if (
            key not in titled
            and _compatible(profiles[i], profiles[j])
            and _may_join(key, groups, profiles, settled)
        ):
            titled[key] = _best_cross(key[0], key[1], "title", profiles, where, title_vectors)
    del title_vectors
    lead_vectors = encoder.encode(_texts_of(involved, "lead", profiles, where, start=0))
    score: dict[tuple[int, int], float] = {}
    titles_only: set[tuple[int, int]] = set()
    for key, (title, vetoed) in titled.items():
        lead, _ = _best_cross(key[0], key[1], "lead", profiles, where, lead_vectors)
        parts = [p for p in (title, lead) if p is not None]
        # close titles do not carry leads that disagree: two issues' names ("每日 AI 简报", "AI Safety
        # Daily Digest") embed close whatever the issues say
        vetoed = vetoed or (lead is not None and lead < LEAD_FLOOR)
        score[key] = -1.0 if vetoed or not parts else sum(parts) / len(parts)
        if lead is None:
            titles_only.add(key)
    best: dict[int, tuple[float, int]] = {}
    for (a, b), value in sorted(score.items()):
        for x, y in ((a, b), (b, a)):
            if x not in best or value > best[x][0]:
                best[x] = (value, y)
    parent = list(range(len(groups)))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for (a, b), value in sorted(score.items()):
        if best[a][1] == b and best[b][1] == a:
            threshold = MERGE_THRESHOLD if profiles[a].days and profiles[b].days else UNDATED_THRESHOLD
            if (a, b) in titles_only:
                threshold = max(threshold, TITLE_ONLY_THRESHOLD)
            if value >= threshold:
                parent[find(b)] = find(a)
    merged: dict[int, list[ClusterKey]] = {}
    for index, group in enumerate(groups):
        merged.setdefault(find(index), []).extend(group)
    out = [sorted(g, key=lambda k: k.source_id) for g in merged.values()]
    return sorted(out, key=lambda g: g[0].source_id)


def _texts_of(
    indexes, kind: str, profiles: list[_Profile], where: dict[tuple[int, str, str], int], *, start: int
) -> list[str]:
    texts: list[str] = []
    for index in indexes:
        values = profiles[index].titles if kind == "title" else profiles[index].leads
        for lang, text in sorted(values.items()):
            where[(index, kind, lang)] = start + len(texts)
            texts.append(text)
    return texts


def _week(day: str) -> int | None:
    parsed = dates.day_of(day)
    return parsed.toordinal() // 7 if parsed else None


def _candidate_pairs(
    seekers: list[int],
    profiles: list[_Profile],
    where: dict[tuple[int, str, str], int],
    vectors: np.ndarray,
) -> set[tuple[int, int]]:
    """For each seeker, its nearest groups in other languages by title, among groups
    dated within a week of it (an undated group is compared with all)."""
    weeks = [{w for d in p.days if (w := _week(d)) is not None} for p in profiles]
    by_week: dict[int, list[int]] = {}
    undated: list[int] = []
    for index, ws in enumerate(weeks):
        if not ws:
            undated.append(index)
        for w in ws:
            by_week.setdefault(w, []).append(index)
    batches: dict[int | None, list[int]] = {}
    for seeker in seekers:
        for w in sorted(weeks[seeker]) or [None]:
            batches.setdefault(w, []).append(seeker)
    pairs: set[tuple[int, int]] = set()
    everyone = list(range(len(profiles)))
    for w, rows in sorted(batches.items(), key=lambda kv: (kv[0] is None, kv[0] or 0)):
        if w is None:
            cols = everyone
        else:
            cols = sorted({c for dw in (-1, 0, 1) for c in by_week.get(w + dw, [])} | set(undated))
        for start in range(0, len(rows), SEEKER_BLOCK):  # bounds the similarity matrix's memory
            pairs |= _nearest(rows[start : start + SEEKER_BLOCK], cols, "title", profiles, where, vectors)
    return pairs


def _nearest(
    rows: list[int],
    cols: list[int],
    kind: str,
    profiles: list[_Profile],
    where: dict[tuple[int, str, str], int],
    vectors: np.ndarray,
) -> set[tuple[int, int]]:
    attr = "titles" if kind == "title" else "leads"
    row_entries = [
        (pos, lang, where[(g, kind, lang)])
        for pos, g in enumerate(rows)
        for lang in getattr(profiles[g], attr)
    ]
    col_entries = [
        (pos, lang, where[(g, kind, lang)])
        for pos, g in enumerate(cols)
        for lang in getattr(profiles[g], attr)
    ]
    if not row_entries or not col_entries:
        return set()
    sims = vectors[[e[2] for e in row_entries]] @ vectors[[e[2] for e in col_entries]].T
    row_lang = np.array([e[1] for e in row_entries])
    col_lang = np.array([e[1] for e in col_entries])
    sims[row_lang[:, None] == col_lang[None, :]] = -2.0  # only other languages count
    # Best entry per (row group, column group): each group's entries are contiguous, so two
    # reductions do it without the full-size index arrays np.maximum.at would broadcast.
    row_groups, row_starts = _runs([e[0] for e in row_entries])
    col_groups, col_starts = _runs([e[0] for e in col_entries])
    best = np.maximum.reduceat(np.maximum.reduceat(sims, col_starts, axis=1), row_starts, axis=0)
    grid = np.full((len(rows), len(cols)), -2.0, dtype=np.float32)
    grid[np.ix_(row_groups, col_groups)] = best
    same = np.array(rows)[:, None] == np.array(cols)[None, :]
    grid[same] = -2.0
    k = min(CANDIDATES, len(cols))
    top = np.argpartition(-grid, k - 1, axis=1)[:, :k]
    pairs = set()
    for r, picks in enumerate(top):
        for c in picks:
            if grid[r, c] > -2.0:
                pairs.add((rows[r], cols[int(c)]))
    return pairs


def _runs(positions: list[int]) -> tuple[np.ndarray, np.ndarray]:
    """The distinct values of a list whose equal values are contiguous, and where each run starts."""
    values = np.array(positions)
    starts = np.flatnonzero(np.r_[True, values[1:] != values[:-1]])
    return values[starts], starts


def _may_join(
    pair: tuple[int, int], groups: list[list[ClusterKey]], profiles: list[_Profile], settled: set[str]
) -> bool:
    """A group an earlier round built from translations takes only a page in a language it lacks:
    one in a language it holds would have been its best match then."""
    a, b = pair
    for settled_side, other in ((a, b), (b, a)):
        if groups[settled_side][0].source_id in settled:
            have = set(profiles[settled_side].titles) | set(profiles[settled_side].leads)
            if (set(profiles[other].titles) | set(profiles[other].leads)) & have:
                return False
    return True


def _compatible(a: _Profile, b: _Profile) -> bool:
    if a.urls and b.urls and not (a.urls & b.urls):
        return False
    if a.sites and b.sites and not _share_a_site(a.sites, b.sites):
        return False  # a page naming only fixbrowser.org is not one citing reportmill.com/SnapCode
    if not _titles_agree(a, b):
        return False
    if not days_agree(a.days, a.digest_days, b.days, b.digest_days):
        return False
    langs_a = set(a.titles) | set(a.leads)
    langs_b = set(b.titles) | set(b.leads)
    return any(x != y for x in langs_a for y in langs_b)


def _share_a_site(a: set[str], b: set[str]) -> bool:
    """Some host of one is, or is under, some host of the other (``blog.x.com`` is under ``x.com``)."""
    return any(x == y or x.endswith("." + y) or y.endswith("." + x) for x in a for y in b)


def _titles_agree(a: _Profile, b: _Profile) -> bool:
    """Formulaic headlines embed alike ("X raises $250 million" / "Y raises $50 million"): what
    survives translation must agree. Figures in both titles must share a value, and one side's
    figures must be among the other's: a translated title may drop a figure, not change one
    ("$10 billion at $350 billion" is not "200億ドル ... 3,500億ドル"). The Latin-script names a CJK
    title keeps must appear in the other side's title or lead."""
    numbers_a = set().union(*(numbers(t) for t in a.titles.values())) if a.titles else set()
    numbers_b = set().union(*(numbers(t) for t in b.titles.values())) if b.titles else set()
    if numbers_a and numbers_b and not (numbers_a <= numbers_b or numbers_b <= numbers_a):
        return False
    return _names_kept(a, b) and _names_kept(b, a)


def _names_kept(cjk: _Profile, other: _Profile) -> bool:
    kept = {
        w.casefold()
        for lang, title in cjk.titles.items()
        if lang in CJK_LANGUAGES
        for w in _LATIN_NAME.findall(title)
    }
    if not kept or all(lang in CJK_LANGUAGES for lang in other.titles):
        return True
    words = {
        w.casefold() for t in [*other.titles.values(), *other.leads.values()] for w in _LATIN_NAME.findall(t)
    }
    return any(w.startswith(k) or k.startswith(w) for k in kept for w in words)


_LATIN_NAME = re.compile(r"[A-Za-z][A-Za-z0-9\-]+")


def _best_cross(
    i: int,
    j: int,
    kind: str,
    profiles: list[_Profile],
    where: dict[tuple[int, str, str], int],
    vectors: np.ndarray,
) -> tuple[float | None, bool]:
    """The best cross-language cosine of two groups' titles or leads (None when they share no
    two languages), and whether the titles veto the pair.

    A pair scores the mean of its title and lead parts. Where both groups have a title in the
    same language, those titles must agree at least as well as the cross-language ones: two
    renderings of one title in one language are closer than the title and its translation, while
    two articles on one topic are not.
    """

    def cosine(la: str, lb: str) -> float:
        return float(vectors[where[(i, kind, la)]] @ vectors[where[(j, kind, lb)]])

    attr = "titles" if kind == "title" else "leads"
    mine, theirs = getattr(profiles[i], attr), getattr(profiles[j], attr)
    cross = [cosine(la, lb) for la in mine for lb in theirs if la != lb]
    if not cross:
        return None, False
    if kind == "title":
        same = [cosine(lang, lang) for lang in mine if lang in theirs]
        if same and max(same) < max(max(cross) - SHARED_LANGUAGE_SLACK, SAME_LANGUAGE_MIN):
            return max(cross), True
    return max(cross), False
