"""Unchanged files are recognised by size and mtime without being read (git's index trick), and
every way that could hide a change is covered: new bytes with a new mtime, a rewrite within the
racy window, and ``--rehash`` for a change that restored the old mtime."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline import ingest
from pipeline.cli import main

HOUR_NS = 3600 * 10**9


def run_ingest(raw: Path, work: Path, *args: str) -> tuple[int, str]:
    result = CliRunner().invoke(
        main, ["ingest", str(raw), "--db", str(work / "news.db"), "--out", str(work), *args]
    )
    return result.exit_code, result.output


def age(raw: Path, ns: int = HOUR_NS) -> None:
    """Set every file's mtime back, out of the racy window."""
    for path in raw.iterdir():
        past = time.time_ns() - ns
        os.utime(path, ns=(past, past))


def same_size_edit(path: Path) -> None:
    data = bytearray(path.read_bytes())
    index = data.index(b"the")
    data[index : index + 3] = b"THE"
    path.write_bytes(bytes(data))


def edit_keeping_size_and_mtime(path: Path) -> None:
    """A change a stat cache cannot see: same size, and the mtime put back."""
    stat = path.stat()
    same_size_edit(path)
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))


def test_files_hashed_long_after_their_mtime_are_not_read_again(
    seeds_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    age(seeds_dir)
    assert run_ingest(seeds_dir, tmp_path)[0] == 0

    def no_reading(*_args, **_kwargs):
        raise AssertionError("an unchanged file was read")

    monkeypatch.setattr(ingest, "_units", no_reading)
    code, output = run_ingest(seeds_dir, tmp_path)
    assert code == 0 and "0 parsed, 5 unchanged" in output


def test_a_changed_file_with_a_new_mtime_is_parsed_again(seeds_dir: Path, tmp_path: Path) -> None:
    age(seeds_dir)
    run_ingest(seeds_dir, tmp_path)
    target = sorted(seeds_dir.iterdir())[1]
    same_size_edit(target)
    past = time.time_ns() - HOUR_NS // 2
    os.utime(target, ns=(past, past))
    code, output = run_ingest(seeds_dir, tmp_path)
    assert code == 0 and "1 parsed, 4 unchanged" in output


def test_a_file_rewritten_right_after_it_was_hashed_is_read_again(seeds_dir: Path, tmp_path: Path) -> None:
    age(seeds_dir, 0)  # mtimes of "now": hashed inside the racy window, so never trusted
    run_ingest(seeds_dir, tmp_path)
    edit_keeping_size_and_mtime(sorted(seeds_dir.iterdir())[1])
    code, output = run_ingest(seeds_dir, tmp_path)
    assert code == 0 and "1 parsed, 4 unchanged" in output


def test_rehash_finds_a_change_that_kept_size_and_mtime(seeds_dir: Path, tmp_path: Path) -> None:
    age(seeds_dir)
    run_ingest(seeds_dir, tmp_path)
    edit_keeping_size_and_mtime(sorted(seeds_dir.iterdir())[1])
    code, output = run_ingest(seeds_dir, tmp_path)
    assert code == 0 and "0 parsed, 5 unchanged" in output  # the documented limit of a stat cache
    code, output = run_ingest(seeds_dir, tmp_path, "--rehash")
    assert code == 0 and "1 parsed, 4 unchanged" in output
