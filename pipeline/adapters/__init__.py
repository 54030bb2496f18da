"""Per-aggregator adapters, one small module each, chosen by content signature.

Importing this package registers every adapter; :func:`choose` picks the one most sure of a page.
"""

from pipeline.adapters import bilingual_summary, cached_copy, quick_digest, scored_keypoints
from pipeline.adapters.base import REGISTRY, Adapter, AdapterError, choose

__all__ = [
    "REGISTRY",
    "Adapter",
    "AdapterError",
    "bilingual_summary",
    "cached_copy",
    "choose",
    "quick_digest",
    "scored_keypoints",
]
