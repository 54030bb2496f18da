"""``make bench``: throughput measured against baselines in the same run, printed as JSON.

Absolute seconds on shared machines are noise; what counts are ratios to a baseline measured on the
same inputs in the same process:

* ``alignment``: key points aligned per second against the raw encoder's sentences per second on
  the same sentences (both with a cold cache, one BLAS thread). The overhead is the share of
  alignment time not spent in the raw encoder's work.

The sentences come from NTREX-128 in ``../shared/dev/ntrex`` when present (real news in en, ja,
zh); otherwise from the shipped seeds' key points.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import sys
import time
from pathlib import Path

from pipeline.align import align
from pipeline.encoder import UniversalSentenceEncoder
from pipeline.evaluate import _load_ntrex, _point

SEED = 7


def _documents(shared: Path, limit: int) -> list[list]:
    loaded = _load_ntrex(shared / "dev" / "ntrex")
    rng = random.Random(SEED)
    docs = []
    if loaded is not None:
        documents, lines = loaded
        for doc in sorted(documents)[:limit]:
            ids = documents[doc]
            lang = "ja" if len(docs) % 2 else "zh"
            points = [_point(f"en{i}", "en", lines["en"][i], "a") for i in ids]
            points += [_point(f"{lang}{i}", lang, lines[lang][i], "b") for i in ids]
            rng.shuffle(points)
            docs.append(points)
        return docs
    root = Path(__file__).resolve().parent.parent
    records = [json.loads(line) for line in (root / "tests" / "fixtures" / "adapters").glob("*.json")]
    return [
        [_point(f"k{i}", k["lang"], k["text"], "s") for i, k in enumerate(r["key_points"])] for r in records
    ]


def bench_alignment(shared: Path, limit: int) -> dict:
    docs = _documents(shared, limit)
    sentences = [p.text for doc in docs for p in doc]
    warm = UniversalSentenceEncoder()
    warm.encode(["warm up the model"])  # loading the weights is not part of either measurement

    started = time.perf_counter()
    for doc in docs:
        warm.encode([p.text for p in doc])
    raw_seconds = time.perf_counter() - started

    started = time.perf_counter()
    links = sum(len(align(doc, warm)) for doc in docs)
    align_seconds = time.perf_counter() - started
    return {
        "documents": len(docs),
        "key_points": len(sentences),
        "links": links,
        "raw_encoder_sentences_per_s_per_core": round(len(sentences) / raw_seconds, 1),
        "aligned_key_points_per_s_per_core": round(len(sentences) / align_seconds, 1),
        "alignment_overhead": round(align_seconds / raw_seconds - 1, 3),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument("--documents", type=int, default=60, help="NTREX documents to align")
    args = parser.parse_args(argv)
    report = {"cores": os.cpu_count(), "alignment": bench_alignment(args.shared, args.documents)}
    report["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    json.dump(report, sys.stdout, indent=2)
    sys.stdout.write("\n")
    a = report["alignment"]
    print(
        f"alignment: {a['aligned_key_points_per_s_per_core']} key points/s vs raw encoder "
        f"{a['raw_encoder_sentences_per_s_per_core']} sentences/s (overhead {a['alignment_overhead']:+.1%})",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
