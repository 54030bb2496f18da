"""Datasette views of the plugin: ``/-/articles``, ``/-/article/ID`` (or ``/-/article?key=ID-or-URL``)
and ``/-/raw/SOURCE_ID``.

They read the first attached database that has an ``articles`` table (``news`` under ``make serve``)
through Datasette's own connections, so they are read-only like the rest of the server.
``/-/raw/SOURCE_ID`` serves the raw page a source was read from, as UTF-8 plain text (never rendered
as HTML), only when a file recorded for that source in ``source_files`` still has the sha256 the
source was ingested with.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from datasette.utils.asgi import Response

from pipeline.models import Article
from pipeline.serve import render

HTML_HEADERS = {"X-Content-Type-Options": "nosniff"}


async def _database(datasette: Any) -> Any | None:
    for name, db in datasette.databases.items():
        if name.startswith("_"):
            continue
        if await db.table_exists("articles"):
            return db
    return None


def _links(datasette: Any, db: Any) -> render.Links:
    return render.Links(base=datasette.setting("base_url") or "/", database=db.name)


async def articles_view(datasette: Any, request: Any) -> Response:
    db = await _database(datasette)
    if db is None:
        return Response.html(
            render.not_found_page("No database with an articles table is attached."), status=404
        )
    result = await db.execute(
        """
        select a.id, a.titles, a.original_language, a.languages, a.publisher, a.published_at,
          (select count(*) from key_points k where k.article_id = a.id) as key_points,
          (select count(*) from sources s where s.article_id = a.id) as sources
        from articles a
        order by a.published_at desc, a.id
        """
    )
    articles = [
        {
            "id": row["id"],
            "titles": json.loads(row["titles"] or "{}"),
            "original_language": row["original_language"],
            "languages": json.loads(row["languages"] or "[]"),
            "publisher": row["publisher"],
            "published_at": row["published_at"],
            "key_points": row["key_points"],
            "sources": row["sources"],
        }
        for row in result.rows
    ]
    return Response.html(render.articles_index(articles, _links(datasette, db)), headers=HTML_HEADERS)


async def article_view(datasette: Any, request: Any) -> Response:
    key = request.url_vars.get("key") or request.args.get("key") or ""
    db = await _database(datasette)
    if db is None:
        return Response.html(
            render.not_found_page("No database with an articles table is attached."), status=404
        )
    links = _links(datasette, db)
    if not key:
        return Response.redirect(links.articles())
    result = await db.execute(
        "select record from articles where id = ? or canonical_url = ? order by id limit 1", [key, key]
    )
    row = result.first()
    if row is None:
        return Response.html(
            render.not_found_page(f"No article with id or canonical URL {key!r}.", links), status=404
        )
    article = Article.model_validate_json(row["record"])
    return Response.html(render.article_page(article, links), headers=HTML_HEADERS)


async def raw_view(datasette: Any, request: Any) -> Response:
    source_id = request.url_vars["source_id"]
    db = await _database(datasette)
    if db is None:
        return Response.text("no newsdigest database attached", status=404)
    source = (
        await db.execute("select sha256, path, encoding from sources where id = ?", [source_id])
    ).first()
    if source is None:
        return Response.text(f"no source {source_id}", status=404)
    places = []
    if await db.table_exists("source_files"):
        found = await db.execute(
            "select raw_root, path from source_files where sha256 = ? order by raw_root, path",
            [source["sha256"]],
        )
        places = [Path(r["raw_root"]) / r["path"] for r in found.rows]
    for place in places:
        try:
            data = place.read_bytes()
        except OSError:
            continue
        if hashlib.sha256(data).hexdigest() != source["sha256"]:
            continue
        text = data.decode(source["encoding"] or "utf-8", errors="replace").removeprefix("\ufeff")
        return Response.text(text, headers={**HTML_HEADERS, "Content-Disposition": "inline"})
    where = ", ".join(str(p) for p in places) or source["path"]
    return Response.text(
        f"the raw file of {source_id} ({source['path']}) is no longer where it was ingested, "
        f"or has changed since: {where}",
        status=404,
    )
