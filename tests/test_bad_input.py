"""Bad input never stops a run and never loses data: each bad file is rejected with one line."""

from __future__ import annotations

import os
import random
from pathlib import Path

from click.testing import CliRunner

from pipeline import ingest
from pipeline.cli import main
from pipeline.goldcheck import failed_checks

from conftest import read_jsonl


def bad_pages(folder: Path) -> dict[str, str]:
    """name -> a fragment of the reason each must be rejected with."""
    rng = random.Random(3)
    (folder / "empty.html").write_bytes(b"")
    (folder / "binary.bin").write_bytes(bytes(rng.randrange(256) for _ in range(4096)) + b"\x00" * 2048)
    (folder / "truncated.html").write_bytes(
        b"<!doctype html><html><head><title>Cut</title></head><body><p>Half a se"
    )
    (folder / "nested.html").write_text(
        "<html><body>" + "<div>" * 100_000 + "deep" + "</div>" * 10, encoding="utf-8"
    )
    (folder / "mislabelled.html").write_bytes(
        b'<html><head><meta charset="utf-8"></head>'
        b"<body><p>\xff\xfe\xfa broken \x00\x00\x00</p></body></html>"
    )
    with open(folder / "huge.txt", "wb") as fh:  # 25 MB, over the page cap
        fh.truncate(25 * 1024 * 1024)
        fh.seek(0)
        fh.write(b"# A very long page\n")
    (folder / "surrogate.txt").write_bytes("Lone \ud800 surrogate page".encode("utf-8", "surrogatepass"))
    return {
        "empty.html": "empty file",
        "binary.bin": "binary content (NUL bytes)",
        "truncated.html": "no adapter recognises this page",
        "nested.html": "no text blocks on the page",
        "mislabelled.html": "undecodable: no text encoding fits the bytes",
        "huge.txt": "over the 20 MiB page cap",
        "surrogate.txt": "no adapter recognises this page",
    }


def test_bad_files_are_rejected_one_line_each_and_the_rest_is_ingested(
    seeds_dir: Path, tmp_path: Path, gold: dict
) -> None:
    expected = bad_pages(seeds_dir)
    result = CliRunner().invoke(
        main, ["ingest", str(seeds_dir), "--db", str(tmp_path / "n.db"), "--out", str(tmp_path)]
    )
    assert result.exit_code == ingest.EXIT_REJECTS, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    rejected = {
        line.split(": ", 2)[1]: line.split(": ", 2)[2]
        for line in result.output.splitlines()
        if line.startswith("rejected: ")
    }
    assert set(rejected) == set(expected)
    for name, fragment in expected.items():
        assert fragment in rejected[name], (name, rejected[name])
        assert "\n" not in rejected[name] and len(rejected[name]) <= 300
    assert failed_checks(read_jsonl(tmp_path / "articles.jsonl"), gold) == []


def test_an_unreadable_file_is_rejected_not_fatal(seeds_dir: Path, tmp_path: Path) -> None:
    locked = seeds_dir / "locked.txt"
    locked.write_text("# Locked\n\nSource: https://x.example/a\n", encoding="utf-8")
    locked.chmod(0)
    try:
        if os.access(locked, os.R_OK):  # root reads anything: nothing to show here
            return
        result = CliRunner().invoke(
            main, ["ingest", str(seeds_dir), "--db", str(tmp_path / "n.db"), "--out", str(tmp_path)]
        )
        assert result.exit_code == ingest.EXIT_REJECTS
        assert "rejected: locked.txt: cannot read the file" in result.output
    finally:
        locked.chmod(0o644)
