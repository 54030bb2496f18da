"""``make eval``: scores the pipeline against the evaluation sets in ``../shared`` and prints JSON.

Reads the sets where they are and copies nothing into the repository; a set that is absent is
reported as skipped.

* ``seeds``: the shipped gold (``gold/seeds.gold.json``): every ingest check, and alignment
  precision, recall and F1 by the gold's rule.
* ``ntrex``: NTREX-128 (newstest2019), 123 English news documents with professional Japanese and
  Chinese translations. *Links*: per document, the English lines and the other language's lines
  become two shuffled key point lists, 15% of the other side's lines left out, and links are scored
  against line identity. *Document merge*: each document becomes an English page and a translated
  page (first line the title, the rest the body, no date, no URL), and the cross-language merge is
  scored pairwise: a document's two pages must merge, different documents must not.
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
import re
import sys
import tempfile
import time
import unicodedata
from collections import defaultdict
from pathlib import Path

from pipeline import rawstore
from pipeline.align import align
from pipeline.cluster import Item, cluster
from pipeline.crosslang import merge_across_languages
from pipeline.encoder import CachedEncoder, Encoder, default_encoder
from pipeline.extract import Rejected, extract
from pipeline.goldcheck import alignment_scores, failed_checks, prf
from pipeline.ingest import ingest
from pipeline.models import KeyPoint, PageRecord, PageText
from pipeline.normalize import url_key

LEFT_OUT = 0.15
SEED = 20260227


def eval_seeds(shared: Path) -> dict:
    seeds, gold_path = shared / "seeds", shared / "gold" / "seeds.gold.json"
    if not seeds.is_dir() or not gold_path.is_file():
        return {"skipped": f"{seeds} or {gold_path} not found"}
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory() as tmp:
        started = time.perf_counter()
        result = ingest(seeds, Path(tmp) / "news.db", Path(tmp))
        seconds = time.perf_counter() - started
        lines = (Path(tmp) / "articles.jsonl").read_text(encoding="utf-8").splitlines()
    articles = [json.loads(line) for line in lines]
    failures = failed_checks(articles, gold)
    return {
        "pages": result.report.pages_seen,
        "articles": result.report.articles,
        "rejected": result.report.pages_rejected,
        "ingest_failed_checks": failures,
        "ingest_ok": not failures,
        "alignment": alignment_scores(articles, gold),
        "seconds": round(seconds, 3),
    }


def _load_ntrex(folder: Path) -> tuple[dict[str, list[int]], dict[str, list[str]]] | None:
    files = {
        "ids": folder / "DOCUMENT_IDS.tsv",
        "en": folder / "newstest2019-src.eng.txt",
        "ja": folder / "newstest2019-ref.jpn.txt",
        "zh": folder / "newstest2019-ref.zho-CN.txt",
    }
    if not all(p.is_file() for p in files.values()):
        return None
    read = {k: p.read_text(encoding="utf-8").rstrip("\n").split("\n") for k, p in files.items()}
    documents: dict[str, list[int]] = defaultdict(list)
    for line, doc in enumerate(read["ids"]):
        documents[doc.strip().split("\t")[0]].append(line)
    return dict(documents), {k: v for k, v in read.items() if k != "ids"}


def ntrex_links(
    documents: dict[str, list[int]], lines: dict[str, list[str]], lang: str, encoder: Encoder
) -> dict:
    rng = random.Random(SEED)
    tp = fp = fn = 0
    started = time.perf_counter()
    n_points = 0
    for doc in sorted(documents):
        ids = documents[doc]
        english = [_point(f"en{i}", "en", lines["en"][i], "src-en") for i in ids]
        other = [
            _point(f"{lang}{i}", lang, lines[lang][i], f"src-{lang}") for i in ids if rng.random() >= LEFT_OUT
        ]
        points = english + other
        rng.shuffle(points)
        n_points += len(points)
        predicted = {(al.a, al.b) for al in align(points, encoder)}
        wanted = {tuple(sorted((f"en{p.id[len(lang) :]}", p.id))) for p in other}
        tp += len(predicted & wanted)
        fp += len(predicted - wanted)
        fn += len(wanted - predicted)
    seconds = time.perf_counter() - started
    return {**prf(tp, fp, fn), "key_points": n_points, "seconds": round(seconds, 2)}


def ntrex_document_merge(
    documents: dict[str, list[int]], lines: dict[str, list[str]], lang: str, encoder: Encoder
) -> dict:
    items = []
    for doc in sorted(documents):
        ids = documents[doc]
        for code in ("en", lang):
            texts = [
                PageText(kind="title", lang=code, text=lines[code][ids[0]], origin="original"),
                PageText(
                    kind="body", lang=code, text=" ".join(lines[code][i] for i in ids[1:]), origin="original"
                ),
            ]
            items.append(Item(f"{code}:{doc}", PageRecord(adapter="eval", adapter_version=1, texts=texts)))
    groups = merge_across_languages(cluster(items), encoder)
    predicted = {
        pair for group in groups for pair in itertools.combinations(sorted(it.source_id for it in group), 2)
    }
    wanted = {tuple(sorted((f"en:{doc}", f"{lang}:{doc}"))) for doc in documents}
    tp = len(predicted & wanted)
    return {**prf(tp, len(predicted - wanted), len(wanted - predicted)), "documents": len(documents)}


def eval_ntrex(shared: Path, encoder: Encoder) -> dict:
    loaded = _load_ntrex(shared / "dev" / "ntrex")
    if loaded is None:
        return {"skipped": f"{shared / 'dev' / 'ntrex'} not found"}
    documents, lines = loaded
    return {
        "links": {f"en-{lang}": ntrex_links(documents, lines, lang, encoder) for lang in ("ja", "zh")},
        "document_merge": {
            f"en-{lang}": ntrex_document_merge(documents, lines, lang, encoder) for lang in ("ja", "zh")
        },
    }


def eval_aggregators(shared: Path) -> dict:
    """The digest dev set: story clustering, original URLs, key points and publication dates."""
    folder = shared / "dev" / "aggregators"
    if not (folder / "gold.json").is_file():
        return {"skipped": f"{folder} not found"}
    gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))["files"]
    with tempfile.TemporaryDirectory() as tmp:
        result = ingest(folder / "pages", Path(tmp) / "news.db", Path(tmp))
        articles = [
            json.loads(x) for x in (Path(tmp) / "articles.jsonl").read_text(encoding="utf-8").splitlines()
        ]
    article_of = {Path(s["path"]).name: a["id"] for a in articles for s in a["sources"]}
    pairs_pred = {
        (x["file"], y["file"])
        for x, y in itertools.combinations(gold, 2)
        if article_of.get(x["file"]) and article_of.get(x["file"]) == article_of.get(y["file"])
    }
    pairs_gold = {
        (x["file"], y["file"]) for x, y in itertools.combinations(gold, 2) if x["story_key"] == y["story_key"]
    }
    tp = len(pairs_pred & pairs_gold)
    clustering = prf(tp, len(pairs_pred - pairs_gold), len(pairs_gold - pairs_pred))
    url_ok = url_total = date_ok = kp_found = kp_total = kp_out = 0
    misses: dict[str, list] = {"url": [], "date": []}
    for entry in gold:
        raw = rawstore.RawFile(entry["file"], folder / "pages" / entry["file"], 0)
        try:
            records = extract(rawstore.load(raw))
        except Rejected as exc:
            misses["date"].append((entry["file"], f"rejected: {exc}"))
            continue
        record = records[0]
        if entry.get("original_url_stated"):
            url_total += 1
            if url_key(record.canonical_url) == url_key(entry["original_url_stated"]):
                url_ok += 1
            else:
                misses["url"].append((entry["file"], record.canonical_url))
        got_date = record.published_at[0].value[:10] if record.published_at else None
        if got_date == entry.get("published_at"):
            date_ok += 1
        else:
            misses["date"].append((entry["file"], got_date))
        wanted = {_plain(k["text_plain"]) for k in entry["key_points"]}
        got = {_plain(k.text) for r in records for k in r.key_points}
        kp_found += len(wanted & got)
        kp_total += len(wanted)
        kp_out += len(got)
    return {
        "pages": len(gold),
        "rejected": result.report.pages_rejected,
        "story_clustering": clustering,
        "original_url_found": round(url_ok / url_total, 4) if url_total else None,
        "key_point_recall": round(kp_found / kp_total, 4) if kp_total else None,
        "key_point_precision": round(kp_found / kp_out, 4) if kp_out else None,
        "publication_date_right": round(date_ok / len(gold), 4),
        "misses": {k: v for k, v in misses.items() if v},
    }


def html5lib_documents(folder: Path) -> list[str]:
    """Every ``#data`` section of the html5lib tree-construction tests: malformed documents."""
    docs = []
    for path in sorted(folder.rglob("*.dat")):
        lines = path.read_text(encoding="utf-8", errors="surrogateescape").split("\n")
        current: list[str] | None = None
        for line in lines:
            if line == "#data":
                if current is not None:
                    docs.append("\n".join(current))
                current = []
            elif (
                line.startswith("#")
                and current is not None
                and line
                in ("#errors", "#document", "#new-errors", "#document-fragment", "#script-off", "#script-on")
            ):
                docs.append("\n".join(current))
                current = None
            elif current is not None:
                current.append(line)
        if current is not None:
            docs.append("\n".join(current))
    return docs


def eval_html5lib(shared: Path) -> dict:
    """Ingest every malformed html5lib document as a raw page: nothing may crash; each page that
    yields nothing is rejected with a reason."""
    folder = shared / "dev" / "html5lib-tests" / "tree-construction"
    if not folder.is_dir():
        return {"skipped": f"{folder} not found"}
    docs = html5lib_documents(folder)
    with tempfile.TemporaryDirectory() as tmp:
        raw = Path(tmp) / "raw"
        raw.mkdir()
        for index, doc in enumerate(docs):
            (raw / f"doc{index:05d}.html").write_bytes(doc.encode("utf-8", "surrogateescape"))
        started = time.perf_counter()
        result = ingest(raw, Path(tmp) / "news.db", Path(tmp))
        seconds = time.perf_counter() - started
    reasons: dict[str, int] = defaultdict(int)
    for reject in result.rejects:
        reasons[re.sub(r"\(first line: .*\)$", "(first line: ...)", reject.reason)] += 1
    return {
        "documents": len(docs),
        "distinct_documents": len(set(docs)),  # identical bytes are one page
        "crashes": 0,  # ingest returned: a crash would have raised out of it
        "ingested_as_articles": result.report.articles,
        "rejected": len(result.rejects),
        "rejected_by_reason": dict(sorted(reasons.items(), key=lambda kv: -kv[1])),
        "seconds": round(seconds, 2),
    }


def _plain(text: str) -> str:
    text = re.sub(r"(\*\*|__|`)", "", text)
    return " ".join(unicodedata.normalize("NFKC", text).split())


def _point(id_: str, lang: str, text: str, source: str) -> KeyPoint:
    return KeyPoint(id=id_, lang=lang, text=text, kind="key_point", origin="original", source_ids=[source])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument(
        "--only",
        choices=["seeds", "aggregators", "ntrex", "html5lib", "extraction"],
        action="append",
        help="run only these sets",
    )
    args = parser.parse_args(argv)
    wanted = set(args.only or ["seeds", "aggregators", "ntrex", "html5lib", "extraction"])
    encoder = CachedEncoder(default_encoder())
    report: dict[str, dict] = {}
    if "seeds" in wanted:
        report["seeds"] = eval_seeds(args.shared)
    if "aggregators" in wanted:
        report["aggregators"] = eval_aggregators(args.shared)
    if "ntrex" in wanted:
        report["ntrex"] = eval_ntrex(args.shared, encoder)
    if "html5lib" in wanted:
        report["html5lib"] = eval_html5lib(args.shared)
    if "extraction" in wanted:
        from pipeline.extraction_eval import eval_extraction

        report["extraction"] = eval_extraction(args.shared)
    json.dump(report, sys.stdout, indent=2, ensure_ascii=False)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
