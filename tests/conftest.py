from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from hypothesis import settings

# Property tests explore the same examples on every run: a red CI always means a real change.
settings.register_profile("deterministic", derandomize=True, database=None)
settings.load_profile("deterministic")

ROOT = Path(__file__).resolve().parent.parent
RAW = ROOT / "raw"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture
def seeds_dir(tmp_path: Path) -> Path:
    """A private copy of the shipped sample input."""
    target = tmp_path / "raw"
    shutil.copytree(RAW, target)
    return target


@pytest.fixture(scope="session")
def gold() -> dict:
    return json.loads((FIXTURES / "seeds.gold.json").read_text(encoding="utf-8"))


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
