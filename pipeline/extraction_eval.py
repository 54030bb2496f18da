"""Main-text extraction measured on the scrapinghub article-extraction benchmark (181 real article
pages in ``../shared/dev/article-extraction-benchmark/``: ``html/<id>.html.gz`` and
``ground-truth.json`` mapping each id to its ``articleBody`` and ``url``; read in place, never
copied into the repository).

Each page is decoded as ingest decodes it (:func:`pipeline.rawstore.decode`), turned into blocks
and read by the generic article reader (:func:`pipeline.adapters.article_page.read_article`); its
body text is scored against ``articleBody`` by token precision, recall and F1, averaged over
pages. Tokens are whitespace-separated words for Latin text and character bigrams for CJK text
(runs of Han, kana and Hangul, which have no spaces between words), so one scorer serves every
page. trafilatura alone, with the same settings, is run in the same process on the same decoded
pages as the baseline, and with its default settings as a second one; pages per second are
measured for each.
"""

from __future__ import annotations

import gzip
import json
import re
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import trafilatura

from pipeline import blocks
from pipeline.adapters import choose
from pipeline.adapters.article_page import analyse, read_article, run_trafilatura
from pipeline.rawstore import decode

BENCHMARK = Path("dev") / "article-extraction-benchmark"

_CJK_RUN = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]+")


def tokens(text: str) -> list[str]:
    """Whitespace tokens; inside a token, each CJK run becomes its character bigrams (a lone CJK
    character stays a unigram) and the Latin pieces around it stay words."""
    out: list[str] = []
    for word in text.split():
        pos = 0
        for run in _CJK_RUN.finditer(word):
            if run.start() > pos:
                out.append(word[pos : run.start()])
            chars = run.group(0)
            out += [chars] if len(chars) == 1 else [chars[i : i + 2] for i in range(len(chars) - 1)]
            pos = run.end()
        if pos < len(word):
            out.append(word[pos:])
    return out


def token_prf(predicted: str, gold: str) -> tuple[float, float, float]:
    """Bag-of-tokens precision, recall and F1 of one page."""
    p, g = Counter(tokens(predicted)), Counter(tokens(gold))
    if not p and not g:
        return 1.0, 1.0, 1.0
    overlap = sum((p & g).values())
    precision = overlap / sum(p.values()) if p else 0.0
    recall = overlap / sum(g.values()) if g else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def load_benchmark(shared: Path) -> list[tuple[str, str, str]]:
    """(id, decoded HTML, gold article body) per page, in id order; empty when the set is absent."""
    root = shared / BENCHMARK
    truth_file = root / "ground-truth.json"
    if not truth_file.is_file():
        return []
    truth = json.loads(truth_file.read_text(encoding="utf-8"))
    pages = []
    for page_id in sorted(truth):
        path = root / "html" / f"{page_id}.html.gz"
        if not path.is_file():
            continue
        text, _, _ = decode(gzip.decompress(path.read_bytes()))
        pages.append((page_id, text, truth[page_id].get("articleBody") or ""))
    return pages


def ours(markup: str) -> str:
    """The body text the article reader gives the page's record."""
    article = read_article(blocks.from_html(markup))
    return article.text if article else ""


def trafilatura_same_settings(markup: str) -> str:
    doc = run_trafilatura(markup)
    return (doc.text or "") if doc else ""


def trafilatura_defaults(markup: str) -> str:
    return trafilatura.extract(markup) or ""


EXTRACTORS: dict[str, Callable[[str], str]] = {
    "article_page": ours,
    "trafilatura_same_settings": trafilatura_same_settings,
    "trafilatura_defaults": trafilatura_defaults,
}


def _means(results: list[tuple[float, float, float]], seconds: float) -> dict[str, float]:
    n = len(results)
    return {
        "precision": round(sum(r[0] for r in results) / n, 4),
        "recall": round(sum(r[1] for r in results) / n, 4),
        "f1": round(sum(r[2] for r in results) / n, 4),
        "pages_per_second": round(n / seconds, 1) if seconds else 0.0,
    }


def eval_extraction(shared: Path) -> dict:
    """Scores of the article reader and of trafilatura alone on the benchmark, as JSON-ready data;
    ``{"available": False}`` when the set is not in ``shared``.

    The extractors take turns on each page (so a slow moment of the machine costs each alike),
    after one warm-up call each (the language model and trafilatura's stop lists load once)."""
    pages = load_benchmark(shared)
    if not pages:
        return {"available": False}
    for extractor in EXTRACTORS.values():
        extractor(pages[0][1])
    analyse.cache_clear()
    results: dict[str, list[tuple[float, float, float]]] = {name: [] for name in EXTRACTORS}
    seconds = dict.fromkeys(EXTRACTORS, 0.0)
    for _, markup, gold in pages:
        for name, extractor in EXTRACTORS.items():
            started = time.perf_counter()
            text = extractor(markup)
            seconds[name] += time.perf_counter() - started
            results[name].append(token_prf(text, gold))
    report: dict = {"available": True, "pages": len(pages)}
    report |= {name: _means(results[name], seconds[name]) for name in EXTRACTORS}
    chosen = Counter(
        (adapter.name if (adapter := choose(blocks.from_html(markup))) else "none") for _, markup, _ in pages
    )
    report["adapter_chosen"] = dict(sorted(chosen.items()))
    return report


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    print(json.dumps(eval_extraction(parser.parse_args().shared), indent=2))
