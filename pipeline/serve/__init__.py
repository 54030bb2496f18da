"""Serve newsdigest's SQLite output with Datasette: read-only, described, searchable in every language.

``make serve`` runs Datasette on 127.0.0.1 over ``normalized/news.db`` opened immutable (read-only,
no locks, nothing written), with

* ``metadata.yaml``: table and column descriptions, facets and canned queries (search in every
  language, articles by language coverage, conflicts between sources, rejects of the last run, an
  article's aligned key points), and
* the plugin in ``plugins/`` (loaded with ``--plugins-dir``): SQL functions ``nd_fts_query`` and
  ``nd_snippet`` for CJK-aware full-text search, and the pages ``/-/articles`` and
  ``/-/article/ID`` (an article's facts as rows, languages as columns, every cell marked with its
  origin and linked to the raw pages it came from).

:func:`datasette_args` is the one place the command line is spelled out; ``python -m pipeline.serve``
runs it.
"""

from __future__ import annotations

import sys
from pathlib import Path

SERVE_DIR = Path(__file__).resolve().parent
METADATA = SERVE_DIR / "metadata.yaml"
PLUGINS_DIR = SERVE_DIR / "plugins"
DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8001


def datasette_args(db_path: Path | str, port: int = DEFAULT_PORT, host: str = DEFAULT_HOST) -> list[str]:
    """The arguments after ``datasette``: ``serve`` the database immutable (read-only) on ``host:port``
    with newsdigest's metadata and plugin. The database is named after its file (``news``)."""
    return [
        "serve",
        "--immutable",
        str(db_path),
        "--host",
        host,
        "--port",
        str(port),
        "--metadata",
        str(METADATA),
        "--plugins-dir",
        str(PLUGINS_DIR),
    ]


def datasette_command(db_path: Path | str, port: int = DEFAULT_PORT, host: str = DEFAULT_HOST) -> list[str]:
    """The full command: this interpreter's Datasette (``python -m datasette``) and :func:`datasette_args`."""
    return [sys.executable, "-m", "datasette", *datasette_args(db_path, port, host)]
