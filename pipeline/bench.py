"""``make bench``: throughput measured against baselines in the same run, printed as JSON (and a
short table on stderr).

Absolute seconds on shared machines are noise; what counts are ratios to anchors measured on the
same inputs in the same run:

* the parse and normalise stages (decode, page model, adapter, normalised records) against
  trafilatura's extraction of the same HTML pages and against lxml's parse alone (the floor); the
  whole per-page stage (which adds the page's hash, its cluster key and the records' JSON) is
  reported beside them;
* alignment against the raw encoder's time for the same sentences;
* SQLite writes against raw ``executemany`` of the same rows (tables alone, and with our indexes);
* the whole ingest against the sum of the floors (lxml parse + encoder + raw inserts);
* a no-op re-run against the first run; the parse stage on two workers against one;
* MinHash + LSH (datasketch) on the same texts, as the near-duplicate stage's anchor;
* the Dask engine's output against the local engine's, byte for byte.

Pages are timed as a nightly run meets them, once each: before every timed pass of a per-page
stage, every cache that remembers page text is emptied (:func:`_forget_pages`) and the caches are
warmed again on other pages; sides are the best of three interleaved passes.

The corpus is :mod:`pipeline.corpus`'s seeded generator (N = 1,000 and 10,000 by default, 100,000
with ``--large``), so cluster precision and recall are measured against its truth. The alignment
anchor also runs on NTREX-128 sentences from ``../shared`` when present.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from pipeline import rawstore
from pipeline.align import align
from pipeline.encoder import UniversalSentenceEncoder
from pipeline.engines import LocalEngine, Parsed, page_stage
from pipeline.evaluate import _load_ntrex, _point

SEED = 7
SAMPLE = 400  # pages timed for the slower anchors (trafilatura), the same pages for ours


def _timed(fn, *args, **kwargs) -> tuple[float, object]:
    started = time.perf_counter()
    value = fn(*args, **kwargs)
    return time.perf_counter() - started, value


def _ingest_subprocess(raw: Path, work: Path, *extra: str) -> tuple[float, dict[str, float], str]:
    """(seconds, peak memory in MB, stderr) of one ``newsdigest ingest`` in a child process, sampled
    from /proc twice a second: RSS of the ingest process itself, of its largest worker and of the
    whole process tree at once, and the tree's PSS (shared pages counted once)."""
    work.mkdir(parents=True, exist_ok=True)
    command = [
        sys.executable, "-m", "pipeline.cli",
        "ingest", str(raw), "--db", str(work / "news.db"), "--out", str(work), *extra,
    ]  # fmt: skip
    started = time.perf_counter()
    with tempfile.TemporaryFile("w+", encoding="utf-8") as err:
        child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=err, text=True)
        peaks = {"main": 0, "largest_worker": 0, "tree": 0, "tree_pss": 0}
        while child.poll() is None:
            family = [child.pid, *_descendants(child.pid)]
            rss = [_status_kb(p, "VmRSS") for p in family]
            peaks["main"] = max(peaks["main"], rss[0])
            peaks["largest_worker"] = max([peaks["largest_worker"], *rss[1:]])
            peaks["tree"] = max(peaks["tree"], sum(rss))
            # PSS counts a page shared by several processes once in all (RSS counts it in each)
            peaks["tree_pss"] = max(peaks["tree_pss"], sum(_pss_kb(p) for p in family))
            time.sleep(0.5)
        seconds = time.perf_counter() - started
        err.seek(0)
        stderr = err.read()
    if child.returncode not in (0, 3):
        raise RuntimeError(f"ingest failed: {stderr[-800:]}")
    return seconds, {k: round(v / 1024, 1) for k, v in peaks.items()}, stderr


def _status_kb(pid: int, field: str) -> int:
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as fh:
            return next((int(line.split()[1]) for line in fh if line.startswith(field + ":")), 0)
    except OSError:
        return 0


def _pss_kb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/smaps_rollup", encoding="ascii") as fh:
            return next((int(line.split()[1]) for line in fh if line.startswith("Pss:")), 0)
    except OSError:
        return 0


def _descendants(pid: int) -> list[int]:
    found: list[int] = []
    stack = [pid]
    while stack:
        parent = stack.pop()
        try:
            tasks = os.listdir(f"/proc/{parent}/task")
        except OSError:
            continue
        for task in tasks:
            try:
                with open(f"/proc/{parent}/task/{task}/children", encoding="ascii") as fh:
                    kids = [int(x) for x in fh.read().split()]
            except OSError:
                continue
            found += kids
            stack += kids
    return found


def _stage_seconds(stderr: str) -> dict[str, float]:
    line = next((x for x in stderr.splitlines() if x.startswith("seconds:")), "")
    out = {}
    for part in line.removeprefix("seconds:").split(";")[0].split(","):
        name, _, value = part.strip().partition(" ")
        if value.endswith("s"):
            out[name] = float(value[:-1])
    return out


def _parse_and_normalise(unit: rawstore.RawUnit) -> list:
    from pipeline.extract import Rejected, extract

    try:
        return extract(rawstore.load_unit(unit))
    except (rawstore.DecodeError, Rejected):
        return []


def _best_of(
    sides: dict[str, Callable[[], object]], rounds: int = 3, before_each: Callable[[], None] | None = None
) -> dict[str, float]:
    """Each side's fastest of ``rounds`` passes, the sides interleaved: the machine is shared, and
    the minimum is each side's least disturbed pass over the same pages. ``before_each`` runs
    before every pass, untimed."""
    best = dict.fromkeys(sides, float("inf"))
    for _ in range(rounds):
        for side, run in sides.items():
            if before_each is not None:
                before_each()
            best[side] = min(best[side], _timed(run)[0])
    return best


def _forget_pages() -> None:
    """Empty every memo that holds results for page text: the bounded caches of our modules and
    trafilatura's own. A nightly run meets each page once, so a pass must not find the timed
    pages' strings remembered from the pass before (that made our stage look twice as fast).
    Language identification's table of the characters seen so far is emptied too."""
    from trafilatura.meta import reset_caches

    from pipeline import lang

    lang._SCRIPT_CODES.clear()

    for name, module in list(sys.modules.items()):
        if name.split(".")[0] != "pipeline":
            continue
        for value in list(vars(module).values()):
            info = getattr(value, "cache_info", None)
            if callable(info) and info().maxsize is not None:  # lru_cache; @cache holds the lexicon
                value.cache_clear()
    reset_caches()


def _cold_start(warm_up: Callable[[], object]) -> Callable[[], None]:
    """What runs before each timed pass: forget the pages, then warm both sides up again on other
    pages, so the caches hold what any page repeats (labels, chrome, models) and nothing more."""

    def before_each() -> None:
        _forget_pages()
        warm_up()

    return before_each


def bench_corpus(n_pages: int, folder: Path, *, dask: bool) -> dict:
    from pipeline.corpus import cluster_scores, generate

    raw = folder / f"raw{n_pages}"
    truth = generate(raw, n_pages, SEED)
    files = rawstore.scan(raw)
    data = [(f, f.abspath.read_bytes()) for f in files]
    decoded = [rawstore.load(f, d) for f, d in data]
    html_pages = [p for p in decoded if p.media_type == "html"]
    rng = random.Random(SEED)
    sample = rng.sample(html_pages, min(SAMPLE, len(html_pages)))

    # --- anchors and our parse stage on the same pages
    import lxml.html
    import trafilatura

    lxml_all, _ = _timed(lambda: [lxml.html.document_fromstring(p.text.encode("utf-8")) for p in decoded])
    stage = page_stage(())
    units = [rawstore.RawUnit(p.path, p.text.encode("utf-8")) for p in sample]
    # One-time costs (loading each language's model) are not throughput: warm both up on other
    # pages of the corpus, in every language, so the sample's own strings reach no cache early.
    others = [p for p in decoded if p.media_type != "html"][:200] or sample[:20]

    def warm_up() -> None:
        for page in others:
            stage(rawstore.RawUnit(page.path, page.text.encode("utf-8")))
            trafilatura.extract(page.text)

    # Best of three rounds, the sides interleaved, each pass starting from caches that know other
    # pages only (see _forget_pages)
    sides = {
        # what trafilatura.extract does and more: decode, page model, adapter, normalised records
        "parse": lambda: [_parse_and_normalise(u) for u in units],
        # the whole per-page stage: the above plus the page hash, its cluster key and record JSON
        "page_stage": lambda: [stage(u) for u in units],
        "trafilatura": lambda: [trafilatura.extract(p.text) for p in sample],
    }
    best = _best_of(sides, before_each=_cold_start(warm_up))
    # lxml's parse remembers nothing between pages: the floor needs no cold start
    best |= _best_of({"lxml": lambda: [lxml.html.document_fromstring(u.data) for u in units]})
    # One worker runs in this process, two are forked from it: each pass starts from forgotten
    # caches, warmed on pages of another corpus (which also starts the pool outside the timing),
    # or the forked workers would inherit every page the in-process pass just read. Best of three
    # each, interleaved: on this shared machine one pass of the same work varies by a third.
    all_units = [rawstore.RawUnit(f.path, d) for f, d in data]
    generate(folder / f"warm{n_pages}", 128, SEED + 1)
    foreign = [
        rawstore.RawUnit(f.path, f.abspath.read_bytes()) for f in rawstore.scan(folder / f"warm{n_pages}")
    ]

    # Both sides through LocalEngine.stream, the path ingest parses with (small tasks, a few in
    # flight per worker); map's few large chunks left a worker idle at the end.
    def parse_all(engine: LocalEngine) -> list[Parsed]:
        return [result for _, result in engine.stream(stage, all_units)]

    one_worker = two_workers = float("inf")
    in_process = LocalEngine(workers=1)
    for _ in range(3):
        _forget_pages()
        in_process.map(stage, foreign)
        one_worker = min(one_worker, _timed(parse_all, in_process)[0])
        _forget_pages()
        pool = LocalEngine(workers=2)
        pool.map(stage, foreign, pool_from=1)
        seconds, parsed = _timed(parse_all, pool)
        two_workers = min(two_workers, seconds)
        pool.close()

    # --- near-duplicate anchor: MinHash + LSH on the same texts
    from datasketch import MinHash, MinHashLSH

    from pipeline.cluster import NUM_PERM, shingles

    texts = [p.text for p in decoded]

    def minhash_lsh() -> None:
        lsh = MinHashLSH(threshold=0.8, num_perm=NUM_PERM)
        for i, text in enumerate(texts):
            m = MinHash(num_perm=NUM_PERM, seed=1)
            m.update_batch([s.encode() for s in sorted(shingles(text))])
            lsh.query(m)
            lsh.insert(str(i), m)

    lsh_s, _ = _timed(minhash_lsh)

    # --- encoder floor: the raw encoder on every key point sentence once
    sentences = sorted({k.text for r in parsed if r.records for rec in r.records for k in rec.key_points})
    sentences += sorted(
        {t.text for r in parsed if r.records for rec in r.records for t in rec.texts if t.kind == "title"}
    )
    encoder = UniversalSentenceEncoder()
    encoder.encode(["warm up"])
    encoder_s, _ = _timed(encoder.encode, sentences)

    # --- the whole ingest, then a no-op re-run, in child processes (peak RSS per run)
    work = folder / f"work{n_pages}"
    first_s, first_rss, first_err = _ingest_subprocess(raw, work)
    again_s, _, _ = _ingest_subprocess(raw, work)
    articles = [json.loads(x) for x in (work / "articles.jsonl").read_text(encoding="utf-8").splitlines()]
    stages = _stage_seconds(first_err)

    # --- SQLite writes against raw executemany of the same rows
    writes = _bench_writes(work / "news.db", folder / f"writes{n_pages}")
    floors = lxml_all + encoder_s + writes["raw_executemany_s"]
    result = {
        "pages": n_pages,
        "html_pages": len(html_pages),
        "articles": len(articles),
        "clusters_vs_truth": {
            k: v for k, v in cluster_scores(truth, articles).items() if k in ("precision", "recall", "f1")
        },
        "parse_pages_per_s": round(len(units) / best["parse"], 1),
        "page_stage_pages_per_s": round(len(units) / best["page_stage"], 1),
        "trafilatura_pages_per_s": round(len(units) / best["trafilatura"], 1),
        "lxml_parse_pages_per_s": round(len(units) / best["lxml"], 1),
        "parse_vs_trafilatura": round(best["trafilatura"] / best["parse"], 2),
        "page_stage_vs_trafilatura": round(best["trafilatura"] / best["page_stage"], 2),
        "parse_speedup_2_workers": round(one_worker / two_workers, 2),
        "minhash_lsh_pages_per_s": round(len(texts) / lsh_s, 1),
        "raw_encoder_sentences_per_s": round(len(sentences) / encoder_s, 1),
        "end_to_end_s": round(first_s, 2),
        "end_to_end_pages_per_s": round(n_pages / first_s, 1),
        "stage_seconds": stages,
        "floors_s": {"lxml_parse": round(lxml_all, 2), "encoder": round(encoder_s, 2),
                     "raw_inserts": round(writes["raw_executemany_s"], 2)},
        "end_to_end_vs_floors": round(first_s / floors, 2),
        "noop_rerun_s": round(again_s, 2),
        "noop_rerun_share": round(again_s / first_s, 4),
        "sqlite_writes": writes,
        "peak_rss_mb": first_rss,
    }  # fmt: skip
    if dask:
        result["dask_identical_to_local"] = _dask_identical(raw, work, folder / f"dask{n_pages}")
    return result


def _bench_writes(db_path: Path, folder: Path, repeats: int = 3) -> dict:
    """Our article writes against raw ``executemany`` of exactly the rows they produce, the
    full-text index's included; each side's best of ``repeats`` runs into a fresh file (the
    machine is shared, and the minimum is the least disturbed run of either side). CPU seconds
    are reported next to wall seconds: on a loaded machine they vary far less.

    Three anchors: ``raw`` creates our tables but not our secondary indexes (on ``article_id``,
    which deletes need) and so measures the rows alone; ``raw_same_schema`` also creates every
    index we create, so it writes the same rows into the same schema; ``raw_same_setup`` also
    opens the database as we do (:data:`store.CONNECTION_PRAGMAS`: page size, write-ahead log, foreign keys),
    so what remains between it and ours is our Python. All fill an FTS5 table declared exactly as
    ours (external content from ``search_docs``) straight from the rows.
    """
    from pipeline import store

    def timed(fn, *args) -> tuple[float, float]:
        wall, cpu = time.perf_counter(), time.process_time()
        fn(*args)
        return time.perf_counter() - wall, time.process_time() - cpu

    folder.mkdir(parents=True, exist_ok=True)
    source = store.open_db(db_path)
    articles = store.all_articles(source)
    source.close()
    ours_runs = []
    for attempt in range(repeats):
        ours = store.open_db(folder / f"ours{attempt}.db")
        ours_runs.append(timed(store.write_articles, ours, articles))
        if attempt < repeats - 1:
            ours.close()
    tables = [t for t in ours.table_names() if t not in ("meta",) and not t.startswith("search_docs_fts")]
    rows = {t: [tuple(r) for r in ours.execute(f"SELECT * FROM [{t}]").fetchall()] for t in tables}
    schema = ours.execute(
        "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL AND type IN ('table', 'index')"
    ).fetchall()
    fts_rows = [tuple(r) for r in ours.execute("SELECT rowid, segmented FROM search_docs").fetchall()]
    ours.close()

    def raw_write(path: Path, indexes: bool, our_setup: bool = False) -> tuple[float, float]:
        raw = sqlite3.connect(path)
        for pragma in store.CONNECTION_PRAGMAS if our_setup else ():
            raw.execute(pragma)
        for kind, name, sql in schema:
            # FTS5 creates its shadow tables itself, from the virtual table's declaration
            if name.startswith("search_docs_fts_") or name == "meta" or (kind == "index" and not indexes):
                continue
            raw.execute(sql)

        def write() -> None:
            with raw:
                for table, table_rows in rows.items():
                    if table_rows:
                        marks = ",".join("?" * len(table_rows[0]))
                        raw.executemany(f"INSERT INTO [{table}] VALUES ({marks})", table_rows)
                raw.executemany("INSERT INTO search_docs_fts (rowid, segmented) VALUES (?, ?)", fts_rows)

        seconds = timed(write)
        raw.close()
        return seconds

    raw_runs = [raw_write(folder / f"raw{i}.db", indexes=False) for i in range(repeats)]
    same_runs = [raw_write(folder / f"raw_same_schema{i}.db", indexes=True) for i in range(repeats)]
    setup_runs = [
        raw_write(folder / f"raw_same_setup{i}.db", indexes=True, our_setup=True) for i in range(repeats)
    ]
    best = {
        name: (min(w for w, _ in runs), min(c for _, c in runs))
        for name, runs in (("ours", ours_runs), ("raw", raw_runs), ("same", same_runs), ("setup", setup_runs))
    }
    return {
        "rows": sum(len(r) for r in rows.values()),
        "ours_s": round(best["ours"][0], 3),
        "raw_executemany_s": round(best["raw"][0], 3),
        "raw_same_schema_s": round(best["same"][0], 3),
        "raw_same_setup_s": round(best["setup"][0], 3),
        "ours_vs_raw": round(best["ours"][0] / best["raw"][0], 2),
        "ours_vs_raw_same_schema": round(best["ours"][0] / best["same"][0], 2),
        "ours_vs_raw_same_setup": round(best["ours"][0] / best["setup"][0], 2),
        "ours_vs_raw_cpu": round(best["ours"][1] / best["raw"][1], 2),
        "ours_vs_raw_same_schema_cpu": round(best["ours"][1] / best["same"][1], 2),
        "ours_vs_raw_same_setup_cpu": round(best["ours"][1] / best["setup"][1], 2),
    }


def _dask_identical(raw: Path, local_work: Path, work: Path) -> bool:
    _ingest_subprocess(raw, work, "--engine", "dask", "--workers", "2")
    return (work / "articles.jsonl").read_bytes() == (local_work / "articles.jsonl").read_bytes()


def bench_alignment(shared: Path, limit: int) -> dict:
    """Alignment against the raw encoder on the same sentences (NTREX when present, else seeds)."""
    loaded = _load_ntrex(shared / "dev" / "ntrex")
    rng = random.Random(SEED)
    docs = []
    if loaded is not None:
        documents, lines = loaded
        for doc in sorted(documents)[:limit]:
            ids = documents[doc]
            lang = "ja" if len(docs) % 2 else "zh"
            points = [_point(f"en{i}", "en", lines["en"][i], "a") for i in ids]
            points += [_point(f"{lang}{i}", lang, lines[lang][i], "b") for i in ids]
            rng.shuffle(points)
            docs.append(points)
    else:
        root = Path(__file__).resolve().parent.parent
        for path in sorted((root / "tests" / "fixtures" / "adapters").glob("*.json")):
            record = json.loads(path.read_text(encoding="utf-8"))
            docs.append(
                [_point(f"k{i}", k["lang"], k["text"], "s") for i, k in enumerate(record["key_points"])]
            )
    sentences = [p.text for doc in docs for p in doc]
    encoder = UniversalSentenceEncoder()
    encoder.encode(["warm up the model"])
    # best of three, interleaved: one pass of each swung the ratio by a fifth on this shared machine
    # (nothing here remembers a sentence from one pass to the next)
    links = 0

    def align_all() -> None:
        nonlocal links
        links = sum(len(align(doc, encoder)) for doc in docs)

    best = _best_of(
        {"raw": lambda: [encoder.encode([p.text for p in doc]) for doc in docs], "align": align_all}
    )
    raw_s, align_s = best["raw"], best["align"]
    return {
        "documents": len(docs),
        "key_points": len(sentences),
        "links": links,
        "raw_encoder_sentences_per_s_per_core": round(len(sentences) / raw_s, 1),
        "aligned_key_points_per_s_per_core": round(len(sentences) / align_s, 1),
        "alignment_vs_raw_encoder": round(align_s / raw_s, 3),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument("--pages", type=int, action="append", help="corpus sizes (default 1000 and 10000)")
    parser.add_argument("--large", action="store_true", help="also 100,000 pages")
    parser.add_argument("--no-dask", action="store_true", help="skip the Dask engine comparison")
    args = parser.parse_args(argv)
    sizes = args.pages or [1000, 10000]
    if args.large:
        sizes.append(100_000)
    report: dict = {"cores": os.cpu_count(), "alignment": bench_alignment(args.shared, 60), "corpora": []}
    with tempfile.TemporaryDirectory(prefix="newsdigest-bench-") as tmp:
        for n in sizes:
            report["corpora"].append(bench_corpus(n, Path(tmp), dask=(n == min(sizes)) and not args.no_dask))
    json.dump(report, sys.stdout, indent=2)
    sys.stdout.write("\n")
    a = report["alignment"]
    print(
        f"alignment: {a['alignment_vs_raw_encoder']}x the raw encoder's time (target <= 1.25)",
        file=sys.stderr,
    )
    for c in report["corpora"]:
        print(
            f"{c['pages']:>7} pages: parse {c['parse_vs_trafilatura']}x trafilatura (>= 10; "
            f"{c['page_stage_vs_trafilatura']}x with hashing, cluster keys and JSON), "
            f"2 workers {c['parse_speedup_2_workers']}x (>= 1.7), "
            f"writes {c['sqlite_writes']['ours_vs_raw']}x raw (<= 2; "
            f"{c['sqlite_writes']['ours_vs_raw_same_schema']}x with our indexes, "
            f"{c['sqlite_writes']['ours_vs_raw_same_setup']}x with them, "
            "our write-ahead log and foreign keys), "
            f"end to end {c['end_to_end_vs_floors']}x floors (<= 2), no-op re-run "
            f"{c['noop_rerun_share']:.1%} (<= 3%), clusters P {c['clusters_vs_truth']['precision']} "
            f"R {c['clusters_vs_truth']['recall']}, peak RSS {c['peak_rss_mb']['main']} MB "
            f"(tree {c['peak_rss_mb']['tree']} MB)",
            file=sys.stderr,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
