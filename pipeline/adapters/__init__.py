"""Per-aggregator adapters, one small module each, chosen by content signature.

Importing this package registers every Python adapter, the generic digest reader and the shipped
site profiles; :func:`use_profiles` adds a folder of one's own. :func:`choose` picks the adapter
most sure of a page.
"""

from pathlib import Path

from pipeline.adapters import article_page, cached_copy, hacker_news, post, quick_digest, scored_keypoints
from pipeline.adapters.base import REGISTRY, Adapter, AdapterError, choose
from pipeline.adapters.digest import DigestAdapter
from pipeline.profiles import GENERIC, load_profiles


def use_profiles(extra_dirs: tuple[Path, ...] = ()) -> None:
    """Register the generic digest reader and every site profile (shipped and ``extra_dirs``)."""
    for name in [n for n, a in REGISTRY.items() if isinstance(a, DigestAdapter)]:
        del REGISTRY[name]
    for profile in [GENERIC, *load_profiles(extra_dirs)]:
        REGISTRY[profile.name] = DigestAdapter(profile)


use_profiles()

__all__ = [
    "REGISTRY",
    "Adapter",
    "AdapterError",
    "DigestAdapter",
    "article_page",
    "cached_copy",
    "choose",
    "hacker_news",
    "post",
    "quick_digest",
    "scored_keypoints",
    "use_profiles",
]
