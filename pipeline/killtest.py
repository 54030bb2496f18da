"""Crash safety, shown: SIGKILL an ingest at random moments, re-run it, compare with a clean run.

``python -m pipeline.killtest --pages 2000 --kills 10`` generates a corpus, ingests it once without
interruption (the reference), then for each kill starts a fresh ingest in a subprocess, kills it
with SIGKILL at a random moment of a run, re-runs it to the end and checks that ``articles.jsonl``
is byte-identical to the reference, that every entity table holds the same rows, and that
``PRAGMA integrity_check`` says ``ok``. Prints JSON; exits 1 when any trial differs.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ENTITY_TABLES = (
    "articles", "sources", "texts", "key_points", "alignments", "tags", "scores", "related", "conflicts",
    "rejects", "page_records", "source_files", "search_docs",
)  # fmt: skip


def _ingest_command(raw: Path, work: Path) -> list[str]:
    return [
        sys.executable, "-m", "pipeline.cli", "ingest", str(raw), "--db", str(work / "news.db"),
        "--out", str(work), "--wait", "60",
    ]  # fmt: skip


def _run(raw: Path, work: Path) -> float:
    work.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    result = subprocess.run(_ingest_command(raw, work), capture_output=True, text=True, check=False)
    if result.returncode not in (0, 3):
        raise RuntimeError(f"ingest failed ({result.returncode}): {result.stderr.strip()[-500:]}")
    return time.perf_counter() - started


def _rows(db: Path) -> dict[str, int]:
    with sqlite3.connect(db) as conn:
        return {t: conn.execute(f"SELECT count(*) FROM [{t}]").fetchone()[0] for t in ENTITY_TABLES}


def _integrity(db: Path) -> str:
    with sqlite3.connect(db) as conn:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]


def _killed_at(raw: Path, work: Path, moment: float) -> bool:
    """Start an ingest of ``raw`` into ``work`` and SIGKILL it ``moment`` seconds in; whether it was
    still running then (else it finished, and nothing was killed)."""
    process = subprocess.Popen(
        _ingest_command(raw, work),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    time.sleep(moment)
    killed = process.poll() is None
    if killed:
        os.killpg(process.pid, signal.SIGKILL)
    process.wait()
    return killed


_KILL_ATTEMPTS = 4


def kill_test(pages: int, kills: int, seed: int, folder: Path) -> dict:
    from pipeline.corpus import generate

    raw = folder / "raw"
    generate(raw, pages, seed)
    reference = folder / "reference"
    seconds = _run(raw, reference)
    expected_jsonl = (reference / "articles.jsonl").read_bytes()
    expected_rows = _rows(reference / "news.db")
    rng = random.Random(seed)
    trials = []
    for trial in range(kills):
        work = folder / f"trial{trial}"
        moment = rng.uniform(0.02, 0.7) * seconds
        # (a machine whose load falls after the reference run may finish an ingest before its moment:
        # the trial starts again from nothing, killing it sooner, so that the kill lands)
        attempts, killed = 0, False
        while not killed and attempts < _KILL_ATTEMPTS:
            moment /= 2 if attempts else 1
            attempts += 1
            shutil.rmtree(work, ignore_errors=True)
            work.mkdir()
            killed = _killed_at(raw, work, moment)
        _run(raw, work)
        same_output = (work / "articles.jsonl").read_bytes() == expected_jsonl
        rows = _rows(work / "news.db")
        trials.append(
            {
                "killed_at_s": round(moment, 2),
                "killed": killed,
                "attempts": attempts,
                "identical_jsonl": same_output,
                "identical_rows": rows == expected_rows,
                "integrity_check": _integrity(work / "news.db"),
            }
        )
    ok = all(t["identical_jsonl"] and t["identical_rows"] and t["integrity_check"] == "ok" for t in trials)
    return {
        "pages": pages,
        "kills_landed": sum(t["killed"] for t in trials),
        "reference_seconds": round(seconds, 2),
        "reference_rows": expected_rows,
        "trials": trials,
        "all_identical": ok,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--pages", type=int, default=2000)
    parser.add_argument("--kills", type=int, default=10)
    parser.add_argument("--seed", type=int, default=11)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="newsdigest-killtest-") as tmp:
        report = kill_test(args.pages, args.kills, args.seed, Path(tmp))
    json.dump(report, sys.stdout, indent=2)
    sys.stdout.write("\n")
    return 0 if report["all_identical"] else 1


if __name__ == "__main__":
    sys.exit(main())
