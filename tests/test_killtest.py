"""A run killed with SIGKILL mid-way, then re-run, ends exactly where an uninterrupted run does."""

from __future__ import annotations

from pathlib import Path

from pipeline.killtest import kill_test


def test_sigkill_mid_ingest_then_rerun_gives_identical_output_and_a_sound_database(tmp_path: Path) -> None:
    report = kill_test(pages=80, kills=2, seed=5, folder=tmp_path)
    assert report["kills_landed"] >= 1, report
    for trial in report["trials"]:
        assert trial["identical_jsonl"] and trial["identical_rows"], trial
        assert trial["integrity_check"] == "ok"
