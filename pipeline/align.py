"""Alignment stage: link the key points of one article that state the same fact in different
languages.

No single cosine threshold separates true from false pairs (a true en-ja pair can score below a
same-topic wrong one), so a link is decided from several pieces of evidence:

1. **Segments.** A bullet may state several facts ("OpenAI can serve on any cloud; pays Microsoft
   revenue share through 2030"), which a translation may give as separate bullets. Each key point is
   embedded whole and, when it has several sentences, semicolon clauses, contrastive clauses
   (但, ただし, but) or a "Label: a, b, and c" list, clause by clause; a pair scores its best
   segment pair.
2. **Masked names.** Names that most key points of the article share (Microsoft, OpenAI) dominate
   multilingual embeddings and say nothing about which fact a bullet states; they are removed
   before embedding.
3. **Lexical anchors** that survive translation: numbers compared by value with their
   multipliers (``2032`` = ``2032 年`` = ``2032年``; ``13 billion`` = ``130億``), Latin-script names
   weighted by rarity in the article, and polarity words (exclusive vs non-exclusive / 非独占 / 独占).
   Shared anchors raise the score, different numbers or opposite polarity lower it.
4. **Best counterpart with a margin, in both directions.** A pair links when it is (within
   ``margin``) the best counterpart of one side and close to the best of the other side. The other
   side's best may be a paraphrase from another list of the same article (a digest bullet and the
   original's bullet state the same fact); then closeness to that paraphrase is enough.

Implications (an aggregator's advice) are not facts of the article and are never linked. Pure
given an encoder; ``score`` on each link is the combined evidence, rounded for stable output.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

import numpy as np

from pipeline.encoder import Encoder
from pipeline.lang import CJK_LANGUAGES
from pipeline.models import Alignment, KeyPoint
from pipeline.normalize import is_label, lexicon


@dataclass(frozen=True)
class AlignParams:
    floor: float = 0.3  # no link below this combined score
    margin: float = 0.0  # how far below a side's best a pair may be and still be "its best"
    near_best: float = 0.1  # how close to the other side's best a pair must be
    paraphrase: float = 0.4  # same-language similarity that makes two key points paraphrases
    paraphrase_slack: float = 0.5  # how far below the other side's best a paraphrase's pair may be
    common_share: float = 0.5  # names in at least this share of key points are masked
    number_bonus: float = 0.1
    number_penalty: float = 0.1
    name_bonus: float = 0.1
    polarity_bonus: float = 0.05
    polarity_penalty: float = 0.3


DEFAULT_PARAMS = AlignParams()

_LABEL = re.compile(r"^[^:：\n]{1,40}[:：]\s*(?=\S)")
_SENTENCES = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9\"“‘(])|(?<=[。！？])(?=\S)|;\s*|；")
_CONTRAST = re.compile(r"[,，]\s*(?=但|而且|并且|不过)|、?ただし|[,，]\s*(?:but|while)\s+")
_LIST_ITEM = re.compile(r",\s*(?:and\s+)?|、")
_LATIN = re.compile(r"[A-Za-z][A-Za-z0-9\-]*")
_CAPITALISED = re.compile(r"\b[A-Z][A-Za-z0-9\-]*")
_MIN_SEGMENT = 6


def segments(text: str) -> list[str]:
    """The whole text (less a short ``Label:`` prefix) and, if it states several, its clauses."""
    label = _LABEL.match(text)
    labelled = bool(label and len(label.group(0).split()) <= 5)
    body = text[label.end() :] if labelled and label else text
    parts = [c for s in _SENTENCES.split(body) for c in _CONTRAST.split(s)]
    parts = [p.strip(" ,;，、") for p in parts if p and len(p.strip()) >= _MIN_SEGMENT]
    if labelled and len(parts) == 1:
        items = [i.strip(" .") for i in _LIST_ITEM.split(body) if len(i.strip(" .")) >= _MIN_SEGMENT]
        if len(items) >= 3:
            parts = items
    return [body] + (parts if len(parts) > 1 else [])


@cache
def _multipliers() -> dict[str, float]:
    return {k.casefold(): float(v) for k, v in lexicon()["anchors"]["multipliers"].items()}


@cache
def _number_pattern() -> re.Pattern[str]:
    units = "|".join(sorted((re.escape(k) for k in _multipliers()), key=len, reverse=True))
    return re.compile(rf"(?<![\d.])(\d+(?:[.,]\d+)*)\s*({units})?", re.IGNORECASE)


def numbers(text: str) -> set[str]:
    found = set()
    for match in _number_pattern().finditer(text):
        raw = match.group(1)
        # "1,000" is a thousands separator; "3,5" (a decimal comma) is read as 3.5
        raw = (
            raw.replace(",", "") if re.fullmatch(r"\d{1,3}(,\d{3})+(\.\d+)?", raw) else raw.replace(",", ".")
        )
        try:
            value = float(raw)
        except ValueError:
            continue
        value *= _multipliers().get((match.group(2) or "").casefold(), 1.0)
        found.add(f"{value:.4g}")
    return found


@cache
def _polarity_classes() -> list[tuple[str, re.Pattern[str]]]:
    classes = []
    for name, words in lexicon()["anchors"]["polarity"].items():
        alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
        classes.append((name, re.compile(alternatives, re.IGNORECASE)))
    return classes


@cache
def _opposites() -> set[tuple[str, str]]:
    pairs = set()
    for a, others in lexicon()["anchors"]["opposites"].items():
        for b in others:
            pairs |= {(a, b), (b, a)}
    return pairs


def polarity(text: str) -> set[str]:
    found = set()
    for name, pattern in _polarity_classes():
        if pattern.search(text):
            found.add(name)
            text = pattern.sub(" ", text)
    return found


def names(text: str, lang: str) -> set[str]:
    """Latin-script names: every Latin word of a CJK text, capitalised words of any other."""
    if lang in CJK_LANGUAGES:
        return {w.casefold() for w in _LATIN.findall(text)}
    return {w.casefold() for w in _CAPITALISED.findall(text)}


def _linkable(point: KeyPoint) -> bool:
    return point.kind != "implication" and not is_label(point.text, "implications")


def _prepare(points: Sequence[KeyPoint], params: AlignParams):
    """The linkable key points, their segments and the masked texts the encoder embeds."""
    candidates = [p for p in points if _linkable(p)]
    if len({p.lang for p in candidates}) < 2:
        return None
    document_frequency: dict[str, int] = {}
    for p in candidates:
        for name in {w.casefold() for w in _LATIN.findall(p.text)}:
            document_frequency[name] = document_frequency.get(name, 0) + 1
    n = len(candidates)
    common = {w for w, c in document_frequency.items() if n >= 4 and c / n >= params.common_share}
    idf = {w: math.log((n + 1) / (c + 1)) + 1e-3 for w, c in document_frequency.items()}
    seg_text: list[str] = []
    seg_owner: list[int] = []
    for index, point in enumerate(candidates):
        for segment in segments(point.text):
            seg_text.append(segment)
            seg_owner.append(index)
    masked = [_mask(t, common) for t in seg_text]
    return candidates, common, idf, seg_text, seg_owner, masked


def texts_to_embed(points: Sequence[KeyPoint], params: AlignParams = DEFAULT_PARAMS) -> list[str]:
    """What :func:`align` will ask the encoder for: embed many articles' texts in one batch first
    (through a cache) and aligning them costs no encoder call."""
    prepared = _prepare(points, params)
    return prepared[5] if prepared else []


def align(
    points: Sequence[KeyPoint], encoder: Encoder, params: AlignParams = DEFAULT_PARAMS
) -> list[Alignment]:
    """Links between key points of different languages stating the same fact."""
    prepared = _prepare(points, params)
    if prepared is None:
        return []
    candidates, common, idf, seg_text, seg_owner, masked = prepared
    vectors = encoder.encode(masked)
    similarity = vectors @ vectors.T
    owner = np.array(seg_owner)
    anchors = _Anchors.of(seg_text, [candidates[o].lang for o in seg_owner], common, idf, params)
    signature = [_list_signature(candidates[o]) for o in seg_owner]

    best: dict[tuple[int, int], float] = {}
    langs = sorted({p.lang for p in candidates})
    seg_lang = np.array([candidates[o].lang for o in seg_owner])
    for i, lang_a in enumerate(langs):
        for lang_b in langs[i + 1 :]:
            rows = np.flatnonzero(seg_lang == lang_a)
            cols = np.flatnonzero(seg_lang == lang_b)
            score = similarity[np.ix_(rows, cols)] + anchors.adjust(rows, cols)
            linked = _decide(score, similarity, rows, cols, signature, params)
            for x, y in zip(*np.nonzero(linked), strict=True):
                a, b = candidates[owner[rows[x]]], candidates[owner[cols[y]]]
                key = (owner[rows[x]], owner[cols[y]])
                best[key] = max(best.get(key, -1.0), float(score[x, y]))
    links = []
    for (ia, ib), value in best.items():
        a, b = sorted((candidates[ia].id, candidates[ib].id))
        links.append(Alignment(a=a, b=b, score=round(value, 3)))
    return sorted(links, key=lambda al: (al.a, al.b))


def _decide(
    score: np.ndarray,
    similarity: np.ndarray,
    rows: np.ndarray,
    cols: np.ndarray,
    signature: list[tuple],
    p: AlignParams,
) -> np.ndarray:
    row_best = score.max(axis=1, keepdims=True)
    col_best = score.max(axis=0, keepdims=True)
    best_row_for_col = rows[score.argmax(axis=0)]  # per column: the row segment it prefers
    best_col_for_row = cols[score.argmax(axis=1)]
    sig_rows = np.array([hash(signature[r]) for r in rows])
    sig_cols = np.array([hash(signature[c]) for c in cols])
    sig_of = {r: hash(signature[r]) for r in np.concatenate([rows, cols])}
    preferred_row_sig = np.array([sig_of[r] for r in best_row_for_col])
    preferred_col_sig = np.array([sig_of[c] for c in best_col_for_row])
    # a row is a paraphrase (from another list) of the row its column prefers, and vice versa
    para_rows = np.where(
        sig_rows[:, None] != preferred_row_sig[None, :], similarity[np.ix_(rows, best_row_for_col)], -1.0
    )
    para_cols = np.where(
        preferred_col_sig[:, None] != sig_cols[None, :], similarity[np.ix_(best_col_for_row, cols)], -1.0
    )
    near_col = (score >= col_best - p.near_best) | (
        (para_rows >= p.paraphrase) & (score >= col_best - p.paraphrase_slack)
    )
    near_row = (score >= row_best - p.near_best) | (
        (para_cols >= p.paraphrase) & (score >= row_best - p.paraphrase_slack)
    )
    return (score >= p.floor) & (
        ((score >= row_best - p.margin) & near_col) | ((score >= col_best - p.margin) & near_row)
    )


def _list_signature(point: KeyPoint) -> tuple:
    """Which list a key point comes from: bullets of one list never restate each other."""
    return (point.kind, point.origin, tuple(point.source_ids))


def _mask(text: str, common: set[str]) -> str:
    if not common:
        return text
    masked = _LATIN.sub(lambda m: "" if m.group(0).casefold() in common else m.group(0), text)
    return " ".join(masked.split()) or text


@dataclass
class _Anchors:
    has_numbers: np.ndarray
    numbers: np.ndarray
    name_weight: np.ndarray
    name_total: np.ndarray
    polarity: np.ndarray
    opposite: np.ndarray
    params: AlignParams

    @classmethod
    def of(
        cls, texts: list[str], langs: list[str], common: set[str], idf: dict[str, float], params: AlignParams
    ) -> _Anchors:
        number_sets = [numbers(t) for t in texts]
        name_sets = [names(t, lang) - common for t, lang in zip(texts, langs, strict=True)]
        polarity_sets = [polarity(t) for t in texts]
        number_vocab = sorted(set().union(*number_sets)) if number_sets else []
        name_vocab = sorted(set().union(*name_sets)) if name_sets else []
        classes = [name for name, _ in _polarity_classes()]
        num = _indicator(number_sets, number_vocab)
        name_ind = _indicator(name_sets, name_vocab)
        weights = np.array([idf.get(w, 1.0) for w in name_vocab], dtype=np.float32)
        pol = _indicator(polarity_sets, classes)
        opp = np.array(
            [[1.0 if (a, b) in _opposites() else 0.0 for b in classes] for a in classes], dtype=np.float32
        ).reshape(len(classes), len(classes))
        return cls(
            has_numbers=num.sum(axis=1) > 0,
            numbers=num,
            name_weight=name_ind * weights[None, :] if len(name_vocab) else name_ind,
            name_total=(name_ind * weights[None, :]).sum(axis=1) if len(name_vocab) else np.zeros(len(texts)),
            polarity=pol,
            opposite=pol @ opp if len(classes) else pol,
            params=params,
        )

    def adjust(self, rows: np.ndarray, cols: np.ndarray) -> np.ndarray:
        p = self.params
        adj = np.zeros((len(rows), len(cols)), dtype=np.float32)
        both = self.has_numbers[rows][:, None] & self.has_numbers[cols][None, :]
        shared = (self.numbers[rows] @ self.numbers[cols].T) > 0
        adj += np.where(both & shared, p.number_bonus, 0.0)
        adj -= np.where(both & ~shared, p.number_penalty, 0.0)
        shared_names = self.name_weight[rows] @ (self.name_weight[cols] > 0).T
        union = self.name_total[rows][:, None] + self.name_total[cols][None, :] - shared_names
        adj += np.where(shared_names > 0, p.name_bonus * shared_names / np.maximum(union, 1e-9), 0.0)
        same_polarity = (self.polarity[rows] @ self.polarity[cols].T) > 0
        opposite = (self.opposite[rows] @ self.polarity[cols].T) > 0
        adj += np.where(same_polarity, p.polarity_bonus, 0.0)
        adj -= np.where(opposite & ~same_polarity, p.polarity_penalty, 0.0)
        return adj


def _indicator(sets: list[set[str]], vocab: list[str]) -> np.ndarray:
    index = {v: i for i, v in enumerate(vocab)}
    matrix = np.zeros((len(sets), len(vocab)), dtype=np.float32)
    for row, items in enumerate(sets):
        for item in items:
            matrix[row, index[item]] = 1.0
    return matrix
