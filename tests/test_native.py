"""The compiled per-page modules: same output as the Python sources, and never a stale build."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline import native, rawstore
from pipeline.corpus import generate
from pipeline.engines import parse_unit

ROOT = Path(__file__).resolve().parent.parent
compiled = pytest.mark.skipif(
    not native.is_compiled(), reason=f"per-page modules not compiled here: {native.status()}"
)


def _run(code: str, *, env: dict[str, str] | None = None, path: Path = ROOT) -> str:
    environ = {k: v for k, v in os.environ.items() if k != native.PURE_ENV}
    environ.update(env or {}, PYTHONPATH=str(path))
    done = subprocess.run(
        [sys.executable, "-c", code], env=environ, cwd=path, capture_output=True, text=True, check=True
    )
    return done.stdout.strip()


WHERE_FROM = "import pipeline.blocks as b, pipeline.native as n; print(b.__file__); print(n.status())"


def test_pure_env_imports_every_listed_module_from_source() -> None:
    code = (
        "import importlib, pipeline.native as n\n"
        "print(all(importlib.import_module(m).__file__.endswith('.py') for m in n.NATIVE_MODULES))\n"
        "print(n.status())"
    )
    loaded_from_py, status = _run(code, env={native.PURE_ENV: "1"}).splitlines()
    assert loaded_from_py == "True"
    assert status == f"pure Python ({native.PURE_ENV} is set)"


def test_a_stale_manifest_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    manifest = tmp_path / "_native.json"
    monkeypatch.setattr(native, "MANIFEST", manifest)
    monkeypatch.delenv(native.PURE_ENV, raising=False)
    assert native.build_problem() is not None and "not built" in native.build_problem()  # type: ignore[operator]
    hashes = native.source_hashes()
    hashes["pipeline.blocks"] = "0" * 64
    manifest.write_text(json.dumps({"python": sys.implementation.cache_tag, "sources": hashes}))
    assert "stale" in (native.build_problem() or "")
    manifest.write_text(json.dumps({"python": "cpython-00", "sources": native.source_hashes()}))
    assert "built for cpython-00" in (native.build_problem() or "")


@compiled
def test_compiled_modules_are_loaded_when_current() -> None:
    blocks_file, status = _run(WHERE_FROM).splitlines()
    assert status == "compiled"
    assert not blocks_file.endswith(".py")


@compiled
def test_an_edited_source_runs_as_python_not_the_old_build(tmp_path: Path) -> None:
    copy = tmp_path / "project"
    shutil.copytree(ROOT / "pipeline", copy / "pipeline", ignore=shutil.ignore_patterns("__pycache__"))
    edited = copy / "pipeline" / "blocks.py"
    source = edited.read_text(encoding="utf-8")
    edited.write_text(source + "\nEDITED_AFTER_THE_BUILD = True\n", encoding="utf-8")
    code = WHERE_FROM + "; import pipeline.adapters.digest_reader as d; print(d.__file__)"
    blocks_file, status, reader_file = _run(code, path=copy).splitlines()
    assert blocks_file == str(edited)
    assert status.startswith("pure Python (stale")
    assert reader_file.endswith(".py")  # all or none: compiled modules call each other directly


@compiled
def test_compiled_and_python_modules_read_pages_identically(tmp_path: Path) -> None:
    """Every page of a generated corpus (all shapes and languages) and of raw/, through both."""
    generate(tmp_path / "raw", 400, seed=11)
    code = (
        "import json, sys\n"
        "from pathlib import Path\n"
        "from pipeline import rawstore\n"
        "from pipeline.engines import parse_unit\n"
        "out = {}\n"
        "for root in sys.argv[1:]:\n"
        "    for f in rawstore.scan(Path(root)):\n"
        "        unit = rawstore.RawUnit(f.path, f.abspath.read_bytes())\n"
        "        out[root + '/' + f.path] = repr(parse_unit(unit))\n"
        "print(json.dumps(out))\n"
    )
    roots = [str(tmp_path / "raw"), str(ROOT / "raw")]
    environ = {k: v for k, v in os.environ.items() if k != native.PURE_ENV}
    environ[native.PURE_ENV] = "1"
    done = subprocess.run(
        [sys.executable, "-c", code, *roots], env=environ, capture_output=True, text=True, check=True
    )
    pure = json.loads(done.stdout)
    ours = {
        f"{root}/{f.path}": repr(parse_unit(rawstore.RawUnit(f.path, f.abspath.read_bytes())))
        for root in roots
        for f in rawstore.scan(Path(root))
    }
    assert len(ours) >= 405
    assert ours == pure


@compiled
def test_without_a_compiler_the_build_falls_back_to_python(tmp_path: Path) -> None:
    """What `make` does on a machine with no C compiler: a warning, no extensions left beside the
    sources, and the pipeline runs as Python."""
    copy = tmp_path / "project"
    shutil.copytree(ROOT / "pipeline", copy / "pipeline", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", copy)
    edited = copy / "pipeline" / "normalize.py"  # a changed source: ensure must rebuild
    edited.write_text(edited.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    said = _run("from pipeline.nativebuild import ensure; print(ensure())", env={"CC": "false"}, path=copy)
    assert "pure Python (the mypyc build failed" in said
    assert not [p for p in (copy / "pipeline").rglob("*.so")]
    assert not (copy / "pipeline" / "_native.json").exists()
    blocks_file, status = _run(WHERE_FROM, path=copy).splitlines()
    assert blocks_file.endswith(".py") and status.startswith("pure Python (not built")
