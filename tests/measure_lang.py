"""Measure language detectors on the lines of the seed pages in raw/ and print JSON.

Run from anywhere: ``.venv/bin/python tests/measure_lang.py`` (``--errors`` lists every detector's
mistakes, ``--lines`` prints every labelled line with each detector's answer). Not a test: pytest
does not collect it (the name does not start with ``test_``).

Every non-blank line of every page is labelled by hand below, page by page: a page is cut into
sections (the language the page itself declares for that part: the aggregator's English digest,
its Japanese translation, a Chinese reader's chrome), each line takes its section's language unless
listed in ``labels``, and lines that are pure chrome with no language (``7.5Score``, a bare
``OpenAI``, a model name, a URL) are listed in ``skip``. Lines mixing a Japanese date with an
English title are listed in ``mixed``: they are reported with each detector's answer but not
scored, since either answer is defensible. The section language is also what the pipeline knows
about a line's surroundings, so ``newsdigest+context`` passes it as ``context``.

Timing: ``us_per_call_mean``/``_median`` time every call of ``REPEATS`` passes over all lines,
after a first pass whose wall time is ``first_pass_s`` (model loading included; lingua shares
loaded models within a process, so a later detector may find its models already loaded).

Each page's sha256 is pinned: if a page changes, the labels are stale and the script stops.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RAW = ROOT / "raw"
LINGUA_SET = ("en", "fr", "de", "es", "it", "pt", "nl", "ru", "ja", "zh", "ko")
REPEATS = 5  # timed passes over all lines, after one warm-up pass

# file -> sha256 prefix, sections (first line, language), per-line label overrides, skip, mixed.
PAGES: dict[str, dict] = {
    "000_75628813fdd9d8f5.txt": {
        "sha256": "70a7a7037a6ae994",
        "sections": [(1, "en"), (47, "ja")],
        "labels": {},
        "skip": {1, 15, 47},  # "OpenAIOpenAI NewsApr 27, ...", model names
        "mixed": {86, 87},  # "2026年4月26日 — Introducing ChatGPT Images 2.0"
    },
    "001_80a8af548b3df168.txt": {
        "sha256": "bac053526c079081",
        "sections": [(1, "en"), (52, "ja")],
        # related-article titles left in English on the Japanese translation
        "labels": {86: "en", 87: "en", 88: "en"},
        "skip": {1, 15, 52},
        "mixed": set(),
    },
    "002_a38a68a0f2aafeb6.txt": {
        "sha256": "b9c5127dced139e9",
        "sections": [(1, "zh"), (17, "en")],  # a Chinese reader's chrome, then the captured page
        "labels": {5: "en", 7: "en", 10: "en"},  # "OpenAI Blog", the English title twice
        "skip": {1, 2, 9, 22, 28, 54, 78},  # "T", "traeai", "7.5Score", "[](http://...)", brands
        "mixed": set(),
    },
    "003_cc9b995149adc8e8.txt": {
        "sha256": "00fceb85189e0afc",
        "sections": [(1, "en")],
        "labels": {},
        "skip": set(),
        "mixed": set(),
    },
    "004_1db0cc39164bb9cd.txt": {
        "sha256": "37d5027f75aa8edf",
        "sections": [(1, "en"), (4, "zh"), (6, "en")],
        "labels": {4: "en"},  # the heading "Summary (ZH)" opens the Chinese section
        "skip": {7},  # URL
        "mixed": set(),
    },
}


@dataclass(frozen=True)
class Line:
    page: str
    number: int
    text: str
    label: str  # a language code, or "mixed"
    section: str

    @property
    def short(self) -> bool:
        letters = sum(ch.isalpha() for ch in self.text)
        return letters < 15 or len(self.text.split()) < 3


def load_lines() -> tuple[list[Line], int]:
    lines: list[Line] = []
    skipped = 0
    for name, page in PAGES.items():
        data = (RAW / name).read_bytes()
        digest = hashlib.sha256(data).hexdigest()
        if not digest.startswith(page["sha256"]):
            sys.exit(f"{name} changed (sha256 {digest[:16]}): re-label it in {__file__}")
        for number, raw in enumerate(data.decode("utf-8").splitlines(), start=1):
            text = raw.strip()
            listed = number in page["skip"] or number in page["mixed"] or number in page["labels"]
            if not text:
                if listed:
                    sys.exit(f"{name}:{number} is blank but labelled")
                continue
            if number in page["skip"]:
                skipped += 1
                continue
            section = [lang for first, lang in page["sections"] if first <= number][-1]
            label = "mixed" if number in page["mixed"] else page["labels"].get(number, section)
            lines.append(Line(name, number, text, label, section))
    return lines, skipped


def _norm(code: str | None) -> str | None:
    return code.split("-")[0].lower() if code else None


def make_detectors() -> dict[str, Callable[[Line], str | None]]:
    import langdetect
    from langdetect import DetectorFactory, LangDetectException
    from lingua import IsoCode639_1, LanguageDetectorBuilder

    sys.path.insert(0, str(ROOT))
    from pipeline import lang
    from pipeline.lang import detect_language

    DetectorFactory.seed = 0

    def run_langdetect(line: Line) -> str | None:
        try:
            return _norm(langdetect.detect(line.text))
        except LangDetectException:
            return None

    def lingua_runner(builder: LanguageDetectorBuilder) -> Callable[[Line], str | None]:
        detector = builder.build()

        def run(line: Line) -> str | None:
            found = detector.detect_language_of(line.text)
            return found.iso_code_639_1.name.lower() if found else None

        return run

    def restricted() -> LanguageDetectorBuilder:
        return LanguageDetectorBuilder.from_iso_codes_639_1(
            *(getattr(IsoCode639_1, c.upper()) for c in LINGUA_SET)
        )

    # newsdigest with its lingua model in low-accuracy mode: does high accuracy earn its cost?
    low = (
        LanguageDetectorBuilder.from_iso_codes_639_1(
            *(getattr(IsoCode639_1, c.upper()) for c in lang.LINGUA_LANGUAGES)
        )
        .with_low_accuracy_mode()
        .build()
    )

    def run_newsdigest_low(line: Line) -> str | None:
        saved = lang._lingua
        lang._lingua = lambda: low  # type: ignore[assignment]  # measurement only
        try:
            return detect_language(line.text)
        finally:
            lang._lingua = saved

    # newsdigest first: lingua shares loaded models between the detectors of one process, so only
    # the first detector to use a model pays for loading it in its first_pass_s.
    return {
        "newsdigest": lambda line: detect_language(line.text),
        "newsdigest+context": lambda line: detect_language(line.text, line.section),
        "newsdigest, low-accuracy model": run_newsdigest_low,
        "langdetect (seed 0)": run_langdetect,
        "lingua, all languages": lingua_runner(LanguageDetectorBuilder.from_all_languages()),
        "lingua, restricted": lingua_runner(restricted()),
        "lingua, restricted, low accuracy": lingua_runner(restricted().with_low_accuracy_mode()),
    }


def _accuracy(results: list[tuple[Line, str | None]]) -> dict[str, float | int]:
    scored = [(line, got) for line, got in results if line.label != "mixed"]
    correct = sum(got == line.label for line, got in scored)
    accuracy = round(correct / len(scored), 4) if scored else 0
    return {"n": len(scored), "correct": correct, "accuracy": accuracy}


def _has_latin(line: Line) -> bool:
    return any(ch.isascii() and ch.isalpha() for ch in line.text)


def measure(lines: list[Line], detector: Callable[[Line], str | None]) -> dict:
    start = time.perf_counter()
    answers = [detector(line) for line in lines]  # cold: includes loading models
    cold = time.perf_counter() - start
    timings: list[int] = []
    for _ in range(REPEATS):
        for line, expected in zip(lines, answers, strict=True):
            t0 = time.perf_counter_ns()
            got = detector(line)
            timings.append(time.perf_counter_ns() - t0)
            if got != expected:
                sys.exit(f"non-deterministic answer for {line.page}:{line.number}")
    results = list(zip(lines, answers, strict=True))
    labels = sorted({line.label for line in lines} - {"mixed"})
    return {
        **_accuracy(results),
        "by_label": {lab: _accuracy([r for r in results if r[0].label == lab]) for lab in labels},
        "short_lines": _accuracy([r for r in results if r[0].short]),
        "cjk_lines_with_latin": _accuracy(
            [r for r in results if r[0].label in ("ja", "zh") and _has_latin(r[0])]
        ),
        "us_per_call_mean": round(statistics.fmean(timings) / 1000, 1),
        "us_per_call_median": round(statistics.median(timings) / 1000, 1),
        "first_pass_s": round(cold, 3),
        "_results": results,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--errors", action="store_true", help="list every detector's mistakes")
    parser.add_argument("--lines", action="store_true", help="print every line with each answer")
    args = parser.parse_args()

    lines, skipped = load_lines()
    report: dict = {
        "lines": {
            "labelled": len(lines),
            "scored": sum(line.label != "mixed" for line in lines),
            "mixed_not_scored": sum(line.label == "mixed" for line in lines),
            "skipped_chrome": skipped,
            "by_label": {
                lab: sum(line.label == lab for line in lines) for lab in sorted({x.label for x in lines})
            },
            "short": sum(line.short and line.label != "mixed" for line in lines),
        },
        "repeats": REPEATS,
        "detectors": {},
    }
    answers: dict[str, list[str | None]] = {}
    for name, detector in make_detectors().items():
        result = measure(lines, detector)
        results = result.pop("_results")
        answers[name] = [got for _, got in results]
        wrong = [
            {"at": f"{line.page[:3]}:{line.number}", "label": line.label, "got": got, "text": line.text[:50]}
            for line, got in results
            if line.label != "mixed" and got != line.label
        ]
        if args.errors or name.startswith("newsdigest"):
            result["errors"] = wrong
        report["detectors"][name] = result
    report["mixed"] = [
        {"text": line.text, **{name: answers[name][i] for name in answers}}
        for i, line in enumerate(lines)
        if line.label == "mixed"
    ]
    if args.lines:
        report["all_lines"] = [
            {"at": f"{line.page[:3]}:{line.number}", "label": line.label, "text": line.text[:60]}
            | {name: answers[name][i] for name in answers}
            for i, line in enumerate(lines)
        ]
    json.dump(report, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
