"""Building the compiled per-page modules with mypyc: ``python -m pipeline.nativebuild
[status|build|ensure|clean]`` (``make`` runs ``ensure``). What is compiled, and the check that a
process never runs a stale build, live in :mod:`pipeline.native`.
"""

from __future__ import annotations

import importlib.machinery
import json
import os
import subprocess
import sys
from pathlib import Path

from pipeline.native import (
    GROUP,
    MANIFEST,
    NATIVE_MODULES,
    PACKAGE_DIR,
    PURE_ENV,
    build_problem,
    source_hashes,
    source_path,
    status,
)


def clean() -> None:
    """Remove the manifest first (so a half-finished clean leaves no trusted build), then every
    extension of the package."""
    MANIFEST.unlink(missing_ok=True)
    for suffix in importlib.machinery.EXTENSION_SUFFIXES:
        for path in PACKAGE_DIR.rglob(f"*{suffix}"):
            path.unlink()


def build() -> None:
    """Compile :data:`NATIVE_MODULES` in place; the manifest is written last, once every
    extension is in place, so an interrupted build is never trusted."""
    from mypyc.build import mypycify
    from setuptools import setup

    root = PACKAGE_DIR.parent
    clean()
    here = Path.cwd()
    os.chdir(root)  # mypycify takes paths relative to the project and builds beside them
    try:
        paths = [str(source_path(m).relative_to(root)) for m in NATIVE_MODULES]
        setup(
            name="newsdigest-native",
            ext_modules=mypycify(paths, opt_level="3", group_name=GROUP),
            script_args=["--quiet", "build_ext", "--inplace", "--build-temp", "build/native"],
        )
    finally:
        os.chdir(here)
    manifest = {"python": sys.implementation.cache_tag, "sources": source_hashes()}
    tmp = MANIFEST.with_suffix(".tmp")
    tmp.write_text(json.dumps(manifest, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    tmp.replace(MANIFEST)


def ensure(log: Path = PACKAGE_DIR.parent / "build" / "native.log") -> str:
    """Build unless the build is current (or pure Python is asked for); a failed build is a
    warning, not an error: the modules then run as Python. Returns what the next process runs."""
    if os.environ.get(PURE_ENV, "") not in ("", "0"):
        return f"pure Python ({PURE_ENV} is set)"
    if build_problem() is None:
        return "compiled"
    log.parent.mkdir(parents=True, exist_ok=True)
    with log.open("wb") as out:
        done = subprocess.run(
            [sys.executable, "-m", "pipeline.nativebuild", "build"],
            stdout=out,
            stderr=subprocess.STDOUT,
            check=False,
        )
    if done.returncode != 0:
        clean()  # a half-built set of extensions is not left beside the sources
        return f"pure Python (the mypyc build failed: see {log})"
    problem = build_problem()
    return "compiled" if problem is None else f"pure Python ({problem})"


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    command = args[0] if args else "status"
    if command not in ("status", "build", "clean", "ensure"):
        print(
            f"usage: python -m pipeline.nativebuild [status|build|ensure|clean] (not {command!r})",
            file=sys.stderr,
        )
        return 2
    if command == "ensure":  # run by make before other targets, whose stdout may be JSON
        print(f"newsdigest per-page modules: {ensure()}", file=sys.stderr)
        return 0
    if command == "build":
        build()
    elif command == "clean":
        clean()
    if command == "status":
        print(f"newsdigest per-page modules: {status()}")
    else:  # this process decided before the change; say what the next one will run
        problem = build_problem()
        print(f"newsdigest per-page modules: {'compiled' if problem is None else f'pure Python ({problem})'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
