"""A run killed with SIGKILL mid-way, then re-run, ends exactly where an uninterrupted run does."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline import killtest
from pipeline.killtest import kill_test


def test_sigkill_mid_ingest_then_rerun_gives_identical_output_and_a_sound_database(tmp_path: Path) -> None:
    report = kill_test(pages=80, kills=2, seed=5, folder=tmp_path)
    assert report["kills_landed"] >= 1, report
    for trial in report["trials"]:
        assert trial["identical_jsonl"] and trial["identical_rows"], trial
        assert trial["integrity_check"] == "ok"


def test_a_trial_whose_ingest_ends_before_its_moment_starts_again_sooner(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # (a machine whose load falls after the reference run finishes a trial's ingest before the kill)
    def run(raw: Path, work: Path) -> float:
        work.mkdir(parents=True, exist_ok=True)
        (work / "articles.jsonl").write_bytes(b"{}\n")
        return 10.0

    landed = iter([False, False, True])
    moments: list[float] = []

    def killed_at(raw: Path, work: Path, moment: float) -> bool:
        moments.append(moment)
        return next(landed)

    monkeypatch.setattr("pipeline.corpus.generate", lambda raw, pages, seed: None)
    monkeypatch.setattr(killtest, "_run", run)
    monkeypatch.setattr(killtest, "_killed_at", killed_at)
    monkeypatch.setattr(killtest, "_rows", lambda db: {})
    monkeypatch.setattr(killtest, "_integrity", lambda db: "ok")
    report = killtest.kill_test(pages=1, kills=1, seed=5, folder=tmp_path)
    (trial,) = report["trials"]
    assert (trial["killed"], trial["attempts"], report["kills_landed"]) == (True, 3, 1)
    assert moments == [moments[0], moments[0] / 2, moments[0] / 4]
