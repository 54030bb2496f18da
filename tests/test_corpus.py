"""The synthetic corpus generator: deterministic, the promised mix, a truth for every file, names that
say nothing, and -- most important -- pages the real pipeline reads and clusters as the truth says."""

from __future__ import annotations

import hashlib
import itertools
import json
import random
import re
from collections import Counter
from pathlib import Path

import pytest

from pipeline import corpus
from pipeline.blocks import from_text, to_html
from pipeline.ingest import ingest
from pipeline.normalize import url_key

from conftest import read_jsonl

INGEST_SEED = 13  # 60 pages with every shape and role, and hard negatives


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


@pytest.fixture(scope="module")
def mix(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, corpus.CorpusTruth]:
    raw = tmp_path_factory.mktemp("mix") / "raw"
    return raw, corpus.generate(raw, 800, seed=5)


def test_same_seed_gives_byte_identical_pages_and_truth(tmp_path: Path) -> None:
    a = corpus.generate(tmp_path / "a", 150, seed=7)
    b = corpus.generate(tmp_path / "b", 150, seed=7)
    assert _files(tmp_path / "a") == _files(tmp_path / "b")
    corpus.write_truth(a, tmp_path / "a.json")
    corpus.write_truth(b, tmp_path / "b.json")
    assert (tmp_path / "a.json").read_bytes() == (tmp_path / "b.json").read_bytes()
    corpus.generate(tmp_path / "c", 150, seed=8)
    assert _files(tmp_path / "c") != _files(tmp_path / "a")


def test_exactly_n_pages_in_every_shape_and_language(mix: tuple[Path, corpus.CorpusTruth]) -> None:
    raw, truth = mix
    names = sorted(p.name for p in raw.iterdir())
    assert len(names) == 800
    summary = truth.summary()
    assert set(summary["shapes"]) == set(corpus.SHAPES)
    assert set(summary["languages"]) == {"en", "ja", "zh"}
    assert all(summary["languages"][lang] >= 100 for lang in ("ja", "zh"))
    assert set(summary["roles"]) == {"page", "near_duplicate", "translation_only"}
    assert 0.03 <= summary["roles"]["translation_only"] / 800 <= 0.08
    assert summary["roles"]["near_duplicate"] >= 50
    assert summary["hard_negatives"] >= 20
    sizes = Counter(k for e in truth.files.values() if e["shape"] != "digest_multi" for k in e["stories"])
    assert set(sizes.values()) >= {1, 2, 3, 4, 5}
    layouts = Counter(e["layout"] for e in truth.files.values() if e["shape"].startswith("digest_"))
    assert {"table", "lines", "frontmatter", "hn", "text"} <= set(layouts)
    flags = Counter(f for e in truth.files.values() for f in e["flags"])
    assert set(flags) == {"title_only", "truncated", "summary_failed"}
    encodings = Counter(e["encoding"] for e in truth.files.values())
    assert {"utf-8", "utf-8-sig", "shift_jis", "gb18030"} <= set(encodings)
    assert any(e["newline"] == "crlf" for e in truth.files.values())


def test_truth_covers_every_file_and_only_pages_are_in_the_folder(
    mix: tuple[Path, corpus.CorpusTruth], tmp_path: Path
) -> None:
    raw, truth = mix
    assert set(truth.files) == {p.name for p in raw.iterdir()}
    for entry in truth.files.values():
        assert entry["stories"] and all(k in truth.stories for k in entry["stories"])
        assert entry["lang"] in entry["languages"]
    for story in truth.stories.values():
        assert set(story["titles"]) == {"en", "ja", "zh"} and story["url"].startswith("https://")
    path = corpus.write_truth(truth, corpus.truth_path_for(raw))
    assert path == raw.parent / "raw.truth.json"
    loaded = corpus.load_truth(path)
    assert loaded.files == truth.files and loaded.stories == truth.stories
    assert json.loads(path.read_text(encoding="utf-8"))["n_pages"] == 800


def test_file_names_do_not_reveal_the_story(mix: tuple[Path, corpus.CorpusTruth]) -> None:
    _, truth = mix
    names = sorted(truth.files)
    assert [int(re.fullmatch(r"p(\d{6})\.(?:md|txt|html)", n).group(1)) for n in names] == list(range(800))
    firsts = [truth.files[n]["stories"][0] for n in names]
    # stories are shuffled: neighbours rarely share a story, and story order is not file order
    assert sum(a == b for a, b in itertools.pairwise(firsts)) < 40
    order = list(dict.fromkeys(firsts))
    assert order != sorted(order)


def test_pages_are_distinct_and_near_duplicates_are_small_edits(mix: tuple[Path, corpus.CorpusTruth]) -> None:
    raw, truth = mix
    digests = {hashlib.sha256(p.read_bytes()).hexdigest() for p in raw.iterdir()}
    assert len(digests) == 800  # the ingest would keep one of two byte-identical files
    for name, entry in truth.files.items():
        if entry["role"] != "near_duplicate":
            continue
        base = truth.files[entry["duplicate_of"]]
        assert base["stories"] == entry["stories"] and base["shape"] == entry["shape"]
        a = (raw / name).read_bytes().decode(entry["encoding"]).splitlines()
        b = (raw / entry["duplicate_of"]).read_bytes().decode(base["encoding"]).splitlines()
        assert a != b and len(set(a) ^ set(b)) <= 8


def test_translation_only_pages_carry_no_url(mix: tuple[Path, corpus.CorpusTruth]) -> None:
    raw, truth = mix
    for name, entry in truth.files.items():
        if entry["role"] == "translation_only" or entry["shape"] in ("quick_digest", "scored_keypoints"):
            text = (raw / name).read_bytes().decode(entry["encoding"])
            story = truth.stories[entry["stories"][0]]
            assert not entry["has_url"] and url_key(story["url"]).split("/", 1)[1] not in text
        if entry["role"] == "translation_only":
            assert entry["lang"] in ("ja", "zh")
            assert story["titles"][entry["lang"]] not in text  # the other rendering of the title


def test_html_without_reparsing_front_matter_is_the_same_html() -> None:
    maker = corpus._StoryMaker()
    for i in range(40):
        rng = random.Random(i)
        story = maker.make(f"s{i}", rng, None)
        for lang in corpus.LANGS:
            doc = corpus._digest_doc(story, lang, rng, alt_title=i % 2 == 0, with_url=i % 3 > 0)
            markdown = corpus._render_digest(doc, "frontmatter")
            assert corpus._to_html(markdown, doc, "frontmatter") == to_html(from_text(markdown))


def test_refuses_a_folder_that_is_not_empty(tmp_path: Path) -> None:
    corpus.generate(tmp_path / "raw", 5, seed=1)
    with pytest.raises(FileExistsError):
        corpus.generate(tmp_path / "raw", 5, seed=2)
    corpus.generate(tmp_path / "raw", 3, seed=2, overwrite=True)
    assert len(list((tmp_path / "raw").iterdir())) == 3
    (tmp_path / "raw" / "notes.txt").write_text("mine")
    with pytest.raises(FileExistsError):
        corpus.generate(tmp_path / "raw", 3, seed=2, overwrite=True)


def test_command_line_prints_one_json_line_and_writes_the_truth_beside(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert corpus.main([str(tmp_path / "pages"), "--pages", "40", "--seed", "3"]) == 0
    out = capsys.readouterr().out.strip().splitlines()
    assert len(out) == 1
    summary = json.loads(out[0])
    assert summary["pages"] == 40 and summary["stories"] >= 8
    assert set(summary["shapes"]) <= set(corpus.SHAPES) and set(summary["languages"]) <= {"en", "ja", "zh"}
    assert (tmp_path / "pages.truth.json").is_file() and len(list((tmp_path / "pages").iterdir())) == 40
    assert corpus.main([str(tmp_path / "pages"), "--pages", "40"]) == 2  # not empty


def test_cluster_scores_count_pairs() -> None:
    truth = corpus.CorpusTruth(seed=0, n_pages=4)
    for name, story in (("a", "s1"), ("b", "s1"), ("c", "s1"), ("d", "s2")):
        truth.files[name] = {"stories": [story], "shape": "digest_md"}
    articles = [
        {"id": "x", "sources": [{"path": "a"}, {"path": "b"}]},
        {"id": "y", "sources": [{"path": "c"}, {"path": "d"}]},
    ]
    scores = corpus.cluster_scores(truth, articles)
    assert (scores["true_pairs"], scores["predicted_pairs"], scores["correct_pairs"]) == (3, 2, 1)
    assert scores["precision"] == 0.5 and scores["recall"] == round(1 / 3, 4)


def test_the_pipeline_reads_the_corpus_and_clusters_it_as_the_truth_says(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    truth = corpus.generate(raw, 60, seed=INGEST_SEED)
    summary = truth.summary()
    assert set(summary["shapes"]) == set(corpus.SHAPES) and summary["hard_negatives"] >= 2
    assert set(summary["roles"]) == {"page", "near_duplicate", "translation_only"}

    result = ingest(raw, tmp_path / "news.db", tmp_path / "out")
    assert result.rejects == []
    articles = read_jsonl(tmp_path / "out" / "articles.jsonl")
    scores = corpus.cluster_scores(truth, articles)
    assert scores["missing"] == [] and scores["unknown"] == []
    assert scores["precision"] >= 0.95 and scores["recall"] >= 0.95, scores

    adapters = {
        "quick_digest": "quick_digest",
        "scored_keypoints": "scored_keypoints",
        "cached_copy": "cached_copy",
    }
    units = truth.units()
    for article in articles:
        for source in article["sources"]:
            entry = truth.files[source["path"]]
            assert source["adapter"] == adapters.get(entry["shape"], "generic_digest"), source["path"]
            assert set(entry["flags"]) <= set(source["flags"]), source["path"]
        keys = Counter(units[(s["path"], s.get("position"))] for s in article["sources"])
        story = truth.stories[keys.most_common(1)[0][0]]
        if article["canonical_url"]:
            assert url_key(article["canonical_url"]) == url_key(story["url"])
