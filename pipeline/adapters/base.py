"""What every adapter shares: the adapter interface, the registry, and small readers over blocks
(sections under a label, key point lists with nesting, body text, related-article lines).

An adapter is one small module: a class with a ``name``, a ``version`` (bumped when its output
changes, so cached page records are re-parsed), ``claims(page)`` returning how sure it is that a
page has its shape (0 = not mine), its ``ceiling`` (the most ``claims`` ever returns), and
``extract(page)`` returning a :class:`PageRecord`. Adapters are chosen by content signature, never
by file name.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from functools import cache
from typing import ClassVar

from pipeline import dates
from pipeline.blocks import Block, Page, is_generic_link_text
from pipeline.lang import detect_language
from pipeline.models import Origin, PageKeyPoint, PageRecord, PageRelated
from pipeline.normalize import clean_text, fold, is_chrome, is_label, label_of, lexicon


class AdapterError(ValueError):
    """The page has the adapter's shape but not the parts it needs; the reason is one line."""


class Adapter:
    name: ClassVar[str]
    version: ClassVar[int] = 1
    # The highest score ``claims`` ever returns: :func:`choose` does not ask an adapter that could
    # not beat the best claim so far. An adapter that does not say may claim anything.
    ceiling: ClassVar[float] = 1.0

    def claims(self, page: Page) -> float:
        raise NotImplementedError

    def extract(self, page: Page) -> PageRecord:
        raise NotImplementedError

    def record(self, **fields: object) -> PageRecord:
        return PageRecord(adapter=self.name, adapter_version=self.version, **fields)  # type: ignore[arg-type]


REGISTRY: dict[str, Adapter] = {}


def register(cls: type[Adapter]) -> type[Adapter]:
    REGISTRY[cls.name] = cls()
    return cls


def choose(page: Page) -> Adapter | None:
    """The adapter most sure of the page; ties go to the first name, so the choice is stable.

    Adapters are asked highest ceiling first, and only while they could still win: a generic
    reader is not asked about a page a more specific adapter has claimed above its ceiling."""
    best: tuple[float, str] | None = None
    for name, adapter in sorted(REGISTRY.items(), key=lambda item: (-item[1].ceiling, item[0])):
        if best is not None and (adapter.ceiling, best[1]) < (best[0], name):
            break  # neither it nor any after it (none with a higher ceiling) can win
        score = adapter.claims(page)
        if score > 0 and (best is None or (score, best[1]) > (best[0], name)):
            best = (score, name)
    return REGISTRY[best[1]] if best else None


# --------------------------------------------------------------------------- block readers


# what a publisher's own article or post says of itself in ``og:type``
ARTICLE_OG_TYPES = frozenset({"article", "news", "newsarticle", "blog"})


def states_an_article(page: Page) -> bool:
    """Whether the page's ``og:type`` says it is an article or a post of its own site."""
    return fold(page.meta.get("og:type", "")) in ARTICLE_OG_TYPES


def find(blocks: Sequence[Block], pred: Callable[[Block], bool], start: int = 0) -> int | None:
    for i in range(start, len(blocks)):
        if pred(blocks[i]):
            return i
    return None


def texts_equal(a: str, b: str) -> bool:
    return fold(a) == fold(b)


def labelled(group: str) -> Callable[[Block], bool]:
    return lambda b: b.kind != "list_item" and is_label(b.text, group)


def any_label(b: Block) -> bool:
    return b.kind != "list_item" and label_of(b.text) is not None


def body_text(blocks: Iterable[Block]) -> str:
    """Body text of blocks: paragraphs apart, list items one per line with their nesting."""
    out: list[str] = []
    previous_item = False
    for block in blocks:
        text = clean_text(block.text)
        if not text:
            continue
        if block.kind == "list_item":
            line = "  " * block.depth + "- " + text
            if previous_item:
                out[-1] += "\n" + line
            else:
                out.append(line)
            previous_item = True
        else:
            out.append(text)
            previous_item = False
    return "\n\n".join(out)


def content(blocks: Iterable[Block]) -> list[Block]:
    """Blocks less chrome lines, with UI captions cut out of the rest."""
    kept = []
    for block in blocks:
        if is_chrome(block.text):
            continue
        text = clean_text(block.text)
        kept.append(
            block if text == block.text else Block(block.kind, text, block.depth, block.level, block.links)
        )
    return kept


def key_points(
    items: Sequence[Block],
    *,
    lang: str | None,
    origin: Origin,
    generator: str | None,
    kind: str = "key_point",
    offset: int = 0,
) -> list[PageKeyPoint]:
    """Key points from list items, parents linked by nesting depth.

    Children of an item that is itself an implication label (``Engineer implications:``) are
    implications. ``offset`` is the index the first one will have in the page's list.
    """
    return [
        PageKeyPoint(
            lang=lang or detect_language(text) or "und",
            text=text,
            kind=item_kind,  # type: ignore[arg-type]
            origin=origin,
            generator=generator,
            parent=parent,
        )
        for text, item_kind, parent in key_point_tree(items, kind=kind, offset=offset)
    ]


def key_point_tree(
    items: Sequence[Block], *, kind: str = "key_point", offset: int = 0
) -> list[tuple[str, str, int | None]]:
    """(text, kind, parent index) of each key point :func:`key_points` makes of ``items``: for a
    reader that knows the points' language only once it has read them."""
    out: list[tuple[str, str, int | None]] = []
    stack: list[tuple[int, int, bool]] = []  # (depth, index, is implication label)
    for block in items:
        if block.kind != "list_item":
            continue
        text = clean_text(_without_closing_link(block))
        if not any(map(str.isalnum, text)) or _PROPERTY_LINE.match(text):
            # ("- -", an item that only went somewhere, "([View Highlight](...))"; "Date:: September
            # 21st, 2021": a note's property of the point) no point
            continue
        while stack and stack[-1][0] >= block.depth:
            stack.pop()
        parent = stack[-1] if stack else None
        item_kind = "implication" if (parent and parent[2]) or kind == "implication" else kind
        out.append((text, item_kind, parent[1] if parent else None))
        stack.append((block.depth, offset + len(out) - 1, is_label(text, "implications")))
    return out


def _without_closing_link(block: Block) -> str:
    """An item's text less the "go there" links it closes with ("... with data. ([View Highlight](
    https://read.readwise.io/...))", "... [Read more](...)") and a note's block id after them ("([View
    Highlight](...)) [Open in Readwise](...) ^rw229730440"): the words say nothing of the point."""
    said = _BLOCK_ID.sub("", block.text.rstrip())
    for link in reversed(block.links):
        if not link.text or not is_generic_link_text(link.text):
            break
        cut = next(
            (
                said[: -len(closing)].rstrip()
                for closing in (f"({link.text})", f"（{link.text}）", link.text)
                if said.endswith(closing)
            ),
            None,
        )
        if cut is None:
            break
        said = cut
    return said if said != block.text.rstrip() else block.text


# an Obsidian block id closing a line ("... ^rw229730440"), by which a note links that line
_BLOCK_ID = re.compile(r"\s+\^[A-Za-z0-9-]+$")
# a note's property line ("Date:: [[September 21st, 2021, Tuesday]]", Logseq's and Dataview's)
_PROPERTY_LINE = re.compile(r"^[A-Za-z][\w-]{0,40}::\s")


_RELATED_SPLIT = re.compile(r"\s+[—–|]\s+")
# a card's label run into the words before and after it: "...can laughCategoryResearchDateNov 24"
_GLUED_CARD_LABEL = re.compile(r"(?<=[a-z0-9.!?)])(?:Category|Date|Published|Updated)(?=[A-Z0-9])")


def related_from_line(
    text: str, *, relation: str = "related", origin: Origin = "unknown"
) -> PageRelated | None:
    """One "keep reading" line: ``Title — Category — Mar 19, 2026``, ``2026年4月26日 — Title`` or
    ``Title Category Apr 26, 2026`` (a card whose parts ran together), or its parts run together
    with their labels (``The first AI that can laughCategoryResearchDateNov 24, 2022``)."""
    text = _GLUED_CARD_LABEL.sub(" — ", clean_text(text))
    span = dates.match_span(text)
    if span is None:
        return None
    date = dates.parse_date(text[span[0] : span[1]])
    rest = (text[: span[0]] + " " + text[span[1] :]).strip(" —–|")
    parts = [p.strip() for p in _RELATED_SPLIT.split(rest) if p.strip(" —–|")]
    category = None
    if len(parts) >= 2:
        title = max(parts, key=len)
        others = [p for p in parts if p is not title]
        category = others[0] if others and len(others[0].split()) <= 3 else None
    elif parts:
        title = parts[0]
        words = title.split()
        # "Our principles Company": a card whose title and section name ran together
        for n in (2, 1):
            if len(words) > n and fold(" ".join(words[-n:])) in known_categories():
                title, category = " ".join(words[:-n]), " ".join(words[-n:])
                break
    else:
        return None
    return PageRelated(relation=relation, title=title, date=date, category=category, origin=origin)  # type: ignore[arg-type]


@cache
def known_categories() -> frozenset[str]:
    return frozenset(fold(c) for c in lexicon()["categories"]["names"])


def detect(text: str, context: str | None = None) -> str:
    return detect_language(text, context) or context or "und"
