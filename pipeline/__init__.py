"""newsdigest: multilingual news-digest ingestion pipeline."""

from pipeline import native

native.guard()  # before any compiled module is imported: a stale build must not be loaded
