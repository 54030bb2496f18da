"""SQL functions for Datasette's connections (the plugin registers them through ``prepare_connection``).

* ``nd_fts_query(text)``: a user's words as the FTS5 query ``pipeline.store.fts_query`` builds (CJK
  runs as quoted bigram phrases, query syntax inert), so ``search_docs_fts MATCH nd_fts_query(:q)``
  finds 微软, 非独占 and non-exclusive. Text with nothing searchable gives ``""``, which matches no
  row (a NULL would be an FTS5 syntax error).
* ``nd_snippet(text, query)``: about 120 characters of ``text`` around the first query word found.
"""

from __future__ import annotations

import sqlite3

from pipeline.store import fts_query

MATCH_NOTHING = '""'


def nd_fts_query(text: str | None) -> str:
    return fts_query(text or "") or MATCH_NOTHING


def nd_snippet(text: str | None, query: str | None, width: int = 60) -> str | None:
    if text is None:
        return None
    needles = [t.casefold() for t in (query or "").split() if t]
    lowered = text.casefold()
    at = min((i for n in needles if (i := lowered.find(n)) >= 0), default=0)
    start = max(at - width // 2, 0)
    piece = " ".join(text[start : start + width * 2].split())
    return ("…" if start else "") + piece + ("…" if start + width * 2 < len(text) else "")


def register(conn: sqlite3.Connection) -> None:
    conn.create_function("nd_fts_query", 1, nd_fts_query, deterministic=True)
    conn.create_function("nd_snippet", 2, nd_snippet, deterministic=True)
