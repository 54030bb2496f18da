"""Extraction stage: one decoded raw page in, one :class:`PageRecord` out (or a one-line reason).

Pure: no I/O, no database. ``PARSER_VERSION`` changes whenever an adapter's output may change, so
page records cached by an earlier run are re-parsed only then.
"""

from __future__ import annotations

import hashlib

from pipeline import blocks
from pipeline.adapters import REGISTRY, AdapterError, choose
from pipeline.models import PageRecord
from pipeline.rawstore import DecodedPage

PARSER_VERSION = hashlib.sha256(
    ",".join(f"{name}:{REGISTRY[name].version}" for name in sorted(REGISTRY)).encode()
).hexdigest()[:12]


class Rejected(ValueError):
    """A page that yields no record; ``str()`` is the one-line reason."""


def extract(page: DecodedPage) -> PageRecord:
    model = blocks.parse(page.text, page.media_type)
    if not model.blocks:
        raise Rejected("no text blocks on the page")
    adapter = choose(model)
    if adapter is None:
        first = model.blocks[0].text[:60]
        raise Rejected(f"no adapter recognises this page (first line: {first!r})")
    try:
        return adapter.extract(model)
    except AdapterError as exc:
        raise Rejected(f"{adapter.name}: {exc}") from exc
