"""The compiled hot path: which modules mypyc compiles, how they are built, and never running a
stale build.

The per-page stage (page model, adapters, normalisation, dates) is ordinary typed Python. ``make``
also compiles those modules with mypyc into C extensions beside their sources, which makes that
stage about 1.4x faster (``make bench``). Nothing depends on it: without a C compiler, or with
``NEWSDIGEST_PURE=1``, the same sources run as plain Python and produce the same output.

Python imports an extension module in preference to its ``.py`` file, so an extension built from
an older source would silently run old code. The build therefore records each source's sha256 in a
manifest, and :func:`guard` (run when the package is imported, before any listed module is) imports
every listed module from source unless all of them match: the compiled modules call each other
directly, so they are used all together or not at all.
"""

from __future__ import annotations

import hashlib
import importlib.abc
import importlib.machinery
import importlib.util
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType

PACKAGE_DIR = Path(__file__).resolve().parent
MANIFEST = PACKAGE_DIR / "_native.json"
GROUP = "pipeline._native"  # the shared library all compiled modules live in
PURE_ENV = "NEWSDIGEST_PURE"

# The modules a page passes through between its bytes and its page records, in import order.
NATIVE_MODULES: tuple[str, ...] = (
    "pipeline.normalize",
    "pipeline.cjkdates",
    "pipeline.dates",
    "pipeline.lang",
    "pipeline.blocks",
    "pipeline.adapters.digest_reader",
)


def source_path(module: str) -> Path:
    return PACKAGE_DIR.parent.joinpath(*module.split(".")).with_suffix(".py")


def source_hashes() -> dict[str, str]:
    return {m: hashlib.sha256(source_path(m).read_bytes()).hexdigest() for m in NATIVE_MODULES}


def _extension_present(module: str) -> bool:
    stem = source_path(module).with_suffix("")
    return any(Path(f"{stem}{suffix}").exists() for suffix in importlib.machinery.EXTENSION_SUFFIXES)


def build_problem() -> str | None:
    """Why the compiled modules cannot be used in this process, or None when they can."""
    if os.environ.get(PURE_ENV, "") not in ("", "0"):
        return f"{PURE_ENV} is set"
    if not MANIFEST.exists():
        return "not built (make builds it; it needs a C compiler)"
    try:
        recorded = json.loads(MANIFEST.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return f"unreadable {MANIFEST.name}"
    if recorded.get("python") != sys.implementation.cache_tag:
        return f"built for {recorded.get('python')}, not {sys.implementation.cache_tag}"
    if recorded.get("sources") != source_hashes():
        return "stale: a source changed since the build (make rebuilds it)"
    if not all(_extension_present(m) for m in (*NATIVE_MODULES, f"{GROUP}__mypyc")):
        return "incomplete: an extension module is missing"
    return None


class _SourceFirst(importlib.abc.MetaPathFinder):
    """Imports the listed modules from their ``.py`` files, whatever extensions lie beside them."""

    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> importlib.machinery.ModuleSpec | None:
        if fullname not in NATIVE_MODULES:
            return None
        return importlib.util.spec_from_file_location(fullname, source_path(fullname))


_problem: str | None = None
_guarded = False


def guard() -> None:
    """Decide once per process, before any listed module is imported, compiled or pure."""
    global _problem, _guarded
    if _guarded:
        return
    _guarded = True
    imported = [m for m in NATIVE_MODULES if m in sys.modules]
    if imported:  # too late to choose; report what was loaded
        loaded_native = all(
            getattr(sys.modules[m], "__file__", "").endswith(tuple(importlib.machinery.EXTENSION_SUFFIXES))
            for m in imported
        )
        _problem = None if loaded_native else "imported from source before the guard ran"
        return
    _problem = build_problem()
    if _problem is not None and any(_extension_present(m) for m in NATIVE_MODULES):
        sys.meta_path.insert(0, _SourceFirst())


def status() -> str:
    """``compiled``, or ``pure Python (<why>)``: what this process runs."""
    guard()
    return "compiled" if _problem is None else f"pure Python ({_problem})"


def is_compiled() -> bool:
    guard()
    return _problem is None
