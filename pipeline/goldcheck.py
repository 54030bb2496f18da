"""The project's own reading of a gold file (``tests/fixtures/seeds.gold.json`` shape): which checks an
``articles.jsonl`` passes. Mirrors what the gold's ``about`` and SPEC.md ask, so the end-to-end
test needs nothing outside the repository."""

from __future__ import annotations

import unicodedata
from pathlib import PurePath


def norm(text: str | None) -> str:
    return " ".join(unicodedata.normalize("NFKC", text or "").split()).strip()


def _base(path: str) -> str:
    return PurePath(path or "").name


def failed_checks(articles: list[dict], gold: dict) -> list[str]:
    """Names of the failed checks; empty when the output matches the gold."""
    failures: list[str] = []

    def check(name: str, ok: bool) -> None:
        if not ok:
            failures.append(name)

    by_sources = {frozenset(_base(s["path"]) for s in a["sources"]): a for a in articles}
    out_for = {g["key"]: by_sources.get(frozenset(g["sources"])) for g in gold["articles"]}
    check("article count", len(articles) == len(gold["articles"]))
    for g in gold["articles"]:
        key, a = g["key"], out_for[g["key"]]
        check(f"{key}: cluster", a is not None)
        if a is None:
            continue
        path_of = {s["id"]: _base(s["path"]) for s in a["sources"]}
        check(f"{key}: canonical_url", norm(a["canonical_url"]) == norm(g["canonical_url"]))
        check(f"{key}: published_at", a["published_at"] == g["published_at"])
        check(f"{key}: original_language", a["original_language"] == g["original_language"])
        check(f"{key}: languages", set(a["languages"]) == set(g["languages"]))
        check(f"{key}: publisher", norm(a["publisher"]) == norm(g["publisher"]))
        for lang, title in g["titles"].items():
            check(f"{key}: title[{lang}]", norm(a["titles"].get(lang)) == norm(title))
        if "category" in g:
            check(f"{key}: category", norm(a["category"]) == norm(g["category"]))
        if "tags" in g:
            check(f"{key}: tags", {norm(t["text"]) for t in a["tags"]} == {norm(t) for t in g["tags"]})
        related = {
            (norm(r["title"]), (r["date"] or "")[:10]) for r in a["related"] if r["relation"] == "related"
        }
        check(f"{key}: related", related == {(norm(r["title"]), r["date"]) for r in g["related"]})
        if "similar" in g:
            similar = {norm(r["title"]): r for r in a["related"] if r["relation"] == "similar"}
            check(f"{key}: similar", set(similar) == {norm(t) for t in g["similar"]})
            for title, target_key in g.get("similar_resolves", {}).items():
                target = out_for.get(target_key)
                hit = similar.get(norm(title))
                check(f"{key}: similar resolves", bool(target and hit and hit["article_id"] == target["id"]))
        for s in g.get("summaries", []):
            ok = any(
                x["lang"] == s["lang"] and s["source"] in {path_of.get(i) for i in x["source_ids"]}
                for x in a["summaries"]
            )
            check(f"{key}: summary[{s['lang']}] from {s['source'][:3]}", ok)
        for b in g.get("bodies", []):
            hits = [x for x in a["bodies"] if x["lang"] == b["lang"]]
            ok = bool(hits) and hits[0]["origin"] == b["origin"]
            if ok:
                ok = set(b["sources"]) <= {path_of.get(i) for i in hits[0]["source_ids"]}
            if ok and "starts" in b:
                text = norm(hits[0]["text"])
                ok = text.startswith(norm(b["starts"])) and text.endswith(norm(b["ends"]))
            check(f"{key}: body[{b['lang']}]", ok)
        want: dict[tuple[str, str], dict] = {}
        for k in g["key_points"]:
            want.setdefault((k["lang"], norm(k["text"])), {"sources": set(), "kind": k["kind"]})
            want[(k["lang"], norm(k["text"]))]["sources"].add(k["source"])
        got = {(k["lang"], norm(k["text"])): k for k in a["key_points"]}
        check(f"{key}: key points exactly the gold's", set(got) == set(want))
        for w, spec in want.items():
            if w not in got:
                continue
            check(f"{key}: kind of {w[1][:30]}", got[w]["kind"] == spec["kind"])
            sources = {path_of.get(i) for i in got[w]["source_ids"]}
            check(f"{key}: sources of {w[1][:30]}", spec["sources"] <= sources)
        for k in g["key_points"]:
            if "parent_line" in k:
                point = got.get((k["lang"], norm(k["text"])))
                check(f"{key}: parent of {k['text'][:30]}", bool(point and point["parent_id"]))
    return failures


def alignment_scores(articles: list[dict], gold: dict) -> dict[str, float]:
    """Precision, recall and F1 of the links, by the gold's rule: two fact-bearing key points of
    one article in different languages must be linked iff their fact sets intersect."""
    by_sources = {frozenset(_base(s["path"]) for s in a["sources"]): a for a in articles}
    tp = fp = fn = 0
    for g in gold["articles"]:
        pool = [a for key, a in by_sources.items() if key & set(g["sources"])]
        facts = {(k["lang"], norm(k["text"])): set(k["facts"]) for k in g["key_points"] if k["facts"]}
        key_of = {
            k["id"]: (k["lang"], norm(k["text"]))
            for a in pool
            for k in a["key_points"]
            if (k["lang"], norm(k["text"])) in facts
        }
        wanted = {frozenset((x, y)) for x in facts for y in facts if x[0] < y[0] and facts[x] & facts[y]}
        predicted = set()
        for a in pool:
            for link in a["alignments"]:
                x, y = key_of.get(link["a"]), key_of.get(link["b"])
                if x and y and x[0] != y[0]:
                    predicted.add(frozenset((x, y)))
        tp += len(predicted & wanted)
        fp += len(predicted - wanted)
        fn += len(wanted - predicted)
    return prf(tp, fp, fn)


def prf(tp: int, fp: int, fn: int) -> dict:
    """Precision, recall and F1 from counts, rounded for stable reports."""
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "precision": round(precision, 4),
        "recall": round(recall, 4),
        "f1": round(f1, 4),
        "tp": tp,
        "fp": fp,
        "fn": fn,
    }
