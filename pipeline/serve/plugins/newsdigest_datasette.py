"""newsdigest's Datasette plugin, loaded with ``datasette serve --plugins-dir pipeline/serve/plugins``.

* ``prepare_connection``: the SQL functions ``nd_fts_query(text)`` and ``nd_snippet(text, query)``
  (``pipeline.serve.sqlfunctions``) behind the ``search`` canned query.
* ``register_routes``: ``/-/articles``, ``/-/article/ID`` (also ``/-/article?key=ID-or-URL``) and
  ``/-/raw/SOURCE_ID`` (``pipeline.serve.views``).
* ``render_cell``: a column named ``article_page`` holding ``/-/article/ID`` becomes a link.
* ``menu_links``: the article list in Datasette's navigation menu.

This file is loaded by path, not as part of the package, so it only wires hooks to package code.
"""

from __future__ import annotations

from typing import Any

import markupsafe
from datasette import hookimpl

from pipeline.serve import sqlfunctions, views


@hookimpl
def prepare_connection(conn: Any) -> None:
    sqlfunctions.register(conn)


@hookimpl
def register_routes() -> list[tuple[str, Any]]:
    return [
        (r"^/-/articles$", views.articles_view),
        (r"^/-/article$", views.article_view),
        (r"^/-/article/(?P<key>[^/]+)$", views.article_view),
        (r"^/-/raw/(?P<source_id>[A-Za-z0-9_-]+)$", views.raw_view),
    ]


@hookimpl
def render_cell(value: Any, column: str, datasette: Any) -> markupsafe.Markup | None:
    if column == "article_page" and isinstance(value, str) and value.startswith("/-/article/"):
        href = datasette.urls.path(value)
        return markupsafe.Markup('<a href="{}">{}</a>').format(href, value.removeprefix("/-/article/"))
    return None


@hookimpl
def menu_links(datasette: Any) -> list[dict[str, str]]:
    return [{"href": datasette.urls.path("/-/articles"), "label": "Articles, side by side"}]
