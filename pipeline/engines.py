"""Engines: where the per-page and per-article stages run.

Both stages are pure functions of their input, so an engine only decides *where* they run and
must return results in input order; the output is then byte-identical whatever the engine:

* :class:`LocalEngine`: in this process, or across a process pool on all cores;
* :class:`DaskEngine`: as a Dask bag on a ``dask.distributed`` cluster (a ``LocalCluster`` when
  no scheduler address is given), the per-page stage over pages and the merge stage by cluster
  key.

The per-page stage is :func:`parse_unit` (decode + extract one raw page); the per-article stage
is :func:`build_article` (fuse one cluster and align its key points).
"""

from __future__ import annotations

import gc
import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from functools import partial
from itertools import chain, islice
from pathlib import Path
from typing import Any, Protocol

from pipeline import rawstore
from pipeline.cluster import ClusterKey, cluster_key, source_id
from pipeline.models import Article, PageRecord, records_json, records_of

# Below this many items a pool costs more than it saves.
POOL_THRESHOLD = 64


@dataclass(frozen=True)
class Parsed:
    """What the per-page stage made of one raw page: its records (as the JSON the record cache
    stores, so the parent process never rebuilds them) and their cluster keys, or why there are
    none."""

    sha256: str
    encoding: str | None = None
    media_type: str | None = None
    records_json: str | None = None
    keys: tuple[ClusterKey, ...] = ()
    adapter: str | None = None
    reason: str | None = None

    @property
    def records(self) -> list[PageRecord] | None:
        return records_of(self.records_json) if self.records_json is not None else None


_PROFILE_DIRS: tuple[str, ...] | None = None


def _ensure_profiles(profile_dirs: tuple[str, ...]) -> None:
    """Register the same site profiles in whatever process runs the stage."""
    global _PROFILE_DIRS
    if profile_dirs != _PROFILE_DIRS:
        from pipeline.adapters import use_profiles

        use_profiles(tuple(Path(d) for d in profile_dirs))
        _PROFILE_DIRS = profile_dirs


def parse_unit(unit: rawstore.RawUnit, profile_dirs: tuple[str, ...] = ()) -> Parsed:
    """Decode and extract one page; never raises (a failure is a one-line reason)."""
    from pipeline.extract import Rejected, extract

    _ensure_profiles(profile_dirs)
    sha = rawstore.sha256_of(unit.data)
    try:
        page = rawstore.load_unit(unit)
        records = extract(page)
        keys = tuple(cluster_key(source_id(sha, r.position), r) for r in records)
        return Parsed(sha, page.encoding, page.media_type, records_json(records), keys, records[0].adapter)
    except (rawstore.DecodeError, Rejected) as exc:
        return Parsed(sha, reason=one_line(exc))
    except RecursionError:
        return Parsed(sha, reason="page nests too deeply to read")
    except Exception as exc:  # an adapter bug must not stop the run or lose the rest
        return Parsed(
            sha, reason=f"internal error while reading the page: {type(exc).__name__}: {one_line(exc)}"
        )


def one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split())[:300] or type(exc).__name__


class Engine(Protocol):
    name: str

    def map(self, fn: Callable[[Any], Any], items: Sequence[Any], *, pool_from: int = ...) -> list[Any]:
        """``fn`` over ``items``, results in input order; ``pool_from`` is the fewest items worth
        sending to workers (heavy items make it small)."""
        ...

    def stream(
        self, fn: Callable[[Any], Any], items: Iterable[Any], *, pool_from: int = ..., per_task: int = ...
    ) -> Iterator[tuple[Any, Any]]:
        """(item, ``fn(item)``) in input order, reading ``items`` only a bounded way ahead;
        ``per_task`` items go to a worker at a time (1 for heavy items)."""
        ...

    def recycle(self) -> None:
        """Between stages: let go of what the last stage's workers hold (caches, models)."""
        ...

    def close(self) -> None: ...


# Items per task when streaming. Each task costs this process time to hand out and collect, on the
# cores the workers need: on two workers over 10,000 generated pages, 64 gave 1.74x one worker,
# 32 1.73x, 16 1.68x, one page a task 1.05x.
STREAM_CHUNK = 64
STREAM_WINDOW = 4  # tasks in flight per worker: keeps workers busy while results are stored


def _task_size(left: int, per_task: int, workers: int, *, all_read: bool) -> int:
    """How many of the ``left`` items read but not handed out go in the next task: ``per_task``
    until every item is read, then a share of what is left that shrinks with it, so the last
    tasks are small and no worker waits long on another's."""
    if not all_read:
        return per_task
    return max(1, min(per_task, left, -(-left // (2 * workers))))


def _apply(fn: Callable[[Any], Any], items: list[Any]) -> list[Any]:
    return [fn(item) for item in items]


def stream_in_batches(engine: Engine, fn: Callable[[Any], Any], items: Iterable[Any], size: int):
    """:meth:`Engine.stream` as successive :meth:`Engine.map` calls over ``size`` items."""
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield from zip(batch, engine.map(fn, batch), strict=True)


def _new_pool(workers: int, *, clean: bool = False) -> ProcessPoolExecutor:
    """A pool of forked workers. They share this process's memory copy-on-write; freezing the
    objects that exist now keeps the workers' garbage collector from writing to them, which would
    copy every page they sit on into each worker (the gc.freeze recipe for forking servers).

    ``clean`` workers come from a fork server instead, a small process started for the purpose:
    they hold only what their tasks load, not a copy of this process's memory (by the merge stage
    that is every cluster key, which embedding workers never read)."""
    if clean:
        return ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("forkserver"))
    gc.freeze()
    return ProcessPoolExecutor(max_workers=workers)


class LocalEngine:
    """In-process for small inputs, a process pool of ``workers`` (default: all cores) otherwise."""

    name = "local"

    def __init__(self, workers: int | None = None) -> None:
        self.workers = workers or os.cpu_count() or 1
        self._pool: ProcessPoolExecutor | None = None
        self._clean_workers = False  # after recycle(): workers that do not inherit this process

    def map(
        self, fn: Callable[[Any], Any], items: Sequence[Any], *, pool_from: int = POOL_THRESHOLD
    ) -> list[Any]:
        if self.workers <= 1 or len(items) < pool_from:
            return [fn(item) for item in items]
        if self._pool is None:
            self._pool = _new_pool(self.workers, clean=self._clean_workers)
        chunk = max(1, len(items) // (self.workers * 4))
        return list(self._pool.map(fn, items, chunksize=chunk))

    def stream(
        self,
        fn: Callable[[Any], Any],
        items: Iterable[Any],
        *,
        pool_from: int = POOL_THRESHOLD,
        per_task: int = STREAM_CHUNK,
    ) -> Iterator[tuple[Any, Any]]:
        """Tasks of ``per_task`` items, a few per worker in flight, so the workers parse while
        this process reads files and stores results (a batch-by-batch map would leave them idle
        then). Fewer than ``pool_from`` items run here.

        Items are read a little further ahead than the next task, so the end of ``items`` is seen
        coming: the last items go out in shrinking tasks (:func:`_task_size`), and the workers
        finish together instead of one waiting on the other's last full task. On 300 generated
        pages, two workers did 1.63x one worker so, against 1.48x with tasks all of 64 pages."""
        if per_task < 1:
            raise ValueError(f"per_task must be at least 1, not {per_task}")
        iterator = iter(items)
        head = list(islice(iterator, pool_from))
        if self.workers <= 1 or len(head) < pool_from:
            yield from ((item, fn(item)) for item in chain(head, iterator))
            return
        if self._pool is None:
            self._pool = _new_pool(self.workers, clean=self._clean_workers)
        pending: deque[Any] = deque(head)  # read, not yet handed out
        wanted = per_task * (self.workers + 1)  # the next task, and a task per worker beyond it
        in_flight: deque[tuple[list[Any], Future]] = deque()

        def submit() -> None:
            while len(pending) < wanted and (more := list(islice(iterator, wanted - len(pending)))):
                pending.extend(more)
            if not pending:
                return
            size = _task_size(len(pending), per_task, self.workers, all_read=len(pending) < wanted)
            chunk = [pending.popleft() for _ in range(size)]
            in_flight.append((chunk, self._pool.submit(_apply, fn, chunk)))  # type: ignore[union-attr]

        for _ in range(self.workers * STREAM_WINDOW):
            submit()
        while in_flight:
            chunk, future = in_flight.popleft()
            results = future.result()
            submit()
            yield from zip(chunk, results, strict=True)

    def recycle(self) -> None:
        """Stop the pool; the next stage starts fresh workers (parse workers keep language
        models and caches the embedding stage does not need), from a fork server rather than
        from this process, whose memory has grown with the run by then."""
        self.close()
        self._clean_workers = True

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown()
            self._pool = None


class DaskEngine:
    """A Dask bag on a ``dask.distributed`` cluster; a LocalCluster when no address is given."""

    name = "dask"

    def __init__(self, scheduler: str | None = None, workers: int | None = None) -> None:
        from dask.distributed import Client, LocalCluster

        self._cluster = None
        if scheduler:
            self.client = Client(scheduler)
        else:
            self._cluster = LocalCluster(
                n_workers=workers or os.cpu_count() or 1,
                threads_per_worker=1,
                processes=True,
                dashboard_address=None,
                silence_logs=40,
            )
            self.client = Client(self._cluster)

    def stream(
        self,
        fn: Callable[[Any], Any],
        items: Iterable[Any],
        *,
        pool_from: int = POOL_THRESHOLD,
        per_task: int = STREAM_CHUNK,
    ) -> Iterator[tuple[Any, Any]]:
        """Batches of ``200 x workers`` items through :meth:`map` (its partitions are the tasks)."""
        workers = max(1, len(self.client.scheduler_info()["workers"]))
        return stream_in_batches(self, fn, items, 200 * workers)

    def map(
        self, fn: Callable[[Any], Any], items: Sequence[Any], *, pool_from: int = POOL_THRESHOLD
    ) -> list[Any]:
        import dask.bag

        if not items:
            return []
        partitions = max(1, min(len(items), len(self.client.scheduler_info()["workers"]) * 4))
        bag = dask.bag.from_sequence(list(items), npartitions=partitions)
        return bag.map(fn).compute(scheduler=self.client.get)

    def recycle(self) -> None:
        """A cluster's workers manage their own memory."""

    def close(self) -> None:
        self.client.close()
        if self._cluster is not None:
            self._cluster.close()


def make_engine(name: str, *, scheduler: str | None = None, workers: int | None = None) -> Engine:
    if name == "local":
        return LocalEngine(workers)
    if name == "dask":
        return DaskEngine(scheduler, workers)
    raise ValueError(f"unknown engine {name!r}: use local or dask")


def page_stage(profile_dirs: tuple[Path, ...]) -> Callable[[rawstore.RawUnit], Parsed]:
    return partial(parse_unit, profile_dirs=tuple(str(d) for d in profile_dirs))


def build_article(cluster: Sequence[Any], encoder: Any | None = None) -> Article:
    """Fuse one cluster into its article and align its key points (pure given the encoder)."""
    from pipeline.align import align
    from pipeline.fuse import fuse

    article = fuse(cluster)
    if encoder is not None:
        article.alignments = align(article.key_points, encoder)
    return article
