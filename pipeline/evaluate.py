"""``make eval``: scores the pipeline against the evaluation sets in ``../shared`` and prints JSON.

Reads the sets where they are and copies nothing into the repository; a set that is absent is
reported as skipped.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

from pipeline.goldcheck import failed_checks
from pipeline.ingest import ingest


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
    failures = failed_checks([json.loads(line) for line in lines], gold)
    return {
        "pages": result.report.pages_seen,
        "articles": result.report.articles,
        "rejected": result.report.pages_rejected,
        "failed_checks": failures,
        "ok": not failures,
        "seconds": round(seconds, 3),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    args = parser.parse_args(argv)
    report = {"seeds_gold": eval_seeds(args.shared)}
    json.dump(report, sys.stdout, indent=2, ensure_ascii=False)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
