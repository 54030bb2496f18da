"""The benchmark's fairness rule: no timed pass meets page text remembered from an earlier one."""

from __future__ import annotations

from pipeline import bench, lang
from pipeline.normalize import fold, lexicon


def test_forgetting_pages_empties_text_memos_but_keeps_the_lexicon():
    lexicon()
    fold("A line of some page")
    lang.detect_language("Une phrase en français, assez longue pour le modèle.")
    assert fold.cache_info().currsize > 0 and lang.detect_language.cache_info().currsize > 0
    lang.script_profile("仍是")
    assert len(lang._SCRIPT_CODES) > 0
    bench._forget_pages()
    assert len(lang._SCRIPT_CODES) == 0
    assert fold.cache_info().currsize == 0
    assert lang.detect_language.cache_info().currsize == 0
    assert lexicon.cache_info().currsize == 1  # data, not a page's text: kept


def test_each_timed_pass_starts_cold_and_warmed_on_other_pages():
    events: list[str] = []

    def warm_up() -> None:
        events.append(f"warm:{fold.cache_info().currsize}")
        fold("an other page's line")

    def timed() -> None:
        events.append(f"timed:{fold.cache_info().currsize}")
        fold("the timed page's line")

    best = bench._best_of({"ours": timed}, rounds=2, before_each=bench._cold_start(warm_up))
    assert events == ["warm:0", "timed:1", "warm:0", "timed:1"]
    assert best["ours"] >= 0
