"""The generic digest reader: any aggregator's digest page, in Markdown (with YAML front matter),
HTML or a text capture, in English, Japanese, Chinese and whatever ``lexicon.toml`` learns next.

It reads a page the way a person skims it: the title (front matter, first heading, ``<title>``),
the metadata (front matter, ``| label | value |`` tables, ``Label: value`` lines, ``Score: 12 |
[HN](...) | Link: ...`` strips), then the sections by their headings' roles: summary (Summary,
TL;DR, 概要, 摘要 ...), key points (any other section's bullets), implications and commentary
(Impact for engineers, 開発者への影響, Comment pulse ...), related links, translations and the
original's text. Dates keep their meaning: the labelled publication date is the article's, a
capture time is the capture's, front matter ``date`` is the digest's, and a date inside the text
is nobody's publication date.
The original article's link is the one a source label names, never a discussion thread.

A page holding many stories becomes one record per story, with its position. The readings are
tried in order (:func:`_split_items`): cards each closed by a "go there" link (``원문에서 확인 ↗``)
first, then numbered headings (``## 1. ...``), headings that link their
stories, headings whose stories each have a link and labelled parts of their own; then, on a page
whose title names it a digest, linked items or HTML cards with prose under them, headings each
giving a link in prose, and last one story per list item (``- **Title** — [link](...)``). Bold
lines a page uses as titles (``**1. Acme ships X**``) read as headings (:func:`_with_bold_titles`),
and group headings straight over lists of stories give way to the items, as a section of one-line
stories does (``⚡ Quick Hits``); a closing sign-off (``That's it for May!``) is no story, and an
address that stories of different titles all state is a roundup they cite, each one's related page
rather than its URL (:func:`_without_shared_sources`). Front matter may state
the summary, the points and the sources. A site profile (``pipeline/profiles.py``) can add labels,
roles, chrome and date labels for one aggregator without code.
"""

from __future__ import annotations

import dataclasses
import itertools
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import NamedTuple
from urllib.parse import urlsplit

from pipeline import dates
from pipeline.adapters import end_matter
from pipeline.adapters.base import Adapter, detect, key_point_tree, related_from_line, states_an_article
from pipeline.blocks import (
    BARE_URL,
    READER_COPY_FIELDS,
    Block,
    Link,
    Page,
    clipped_page,
    front_matter_text,
    is_generic_link_text,
    listed_names,
    names_no_story,
    normalize_space,
    note_link_text,
    reposted_from,
    translates_another,
)
from pipeline.cjkdates import find_cjk_date
from pipeline.lang import (
    CJK_LANGUAGES,
    IDENTIFIED_LANGUAGES,
    OTHER_CYRILLIC_LANGUAGES,
    OWN_SCRIPT_LANGUAGES,
    detect_language,
    script_profile,
    word_pattern,
    writes_cjk,
)
from pipeline.models import Claim, PageKeyPoint, PageRecord, PageRelated, PageScore, PageText, Tag
from pipeline.normalize import (
    HOST_NAME,
    MAX_SITE_NAME,
    archived_original,
    article_url,
    bracketed_lead,
    canonical_url,
    clean_text,
    fold,
    home_page_site,
    host_suffix,
    is_chrome,
    is_feed_url,
    is_search_url,
    is_share_url,
    label_key,
    label_of,
    labelled_value,
    lexicon,
    looks_like_url,
    outlet_lead,
    outlet_suffix,
    profile_page,
    split_title_suffix,
    unbracketed,
    url_host,
    url_site,
    without_credited_handles,
    without_trailing_separator,
)
from pipeline.profiles import GENERIC, Profile

# lexicon label group -> section role
_GROUP_ROLES = {
    "summary": "summary",
    "key_points": "key_points",
    "implications": "implications",
    "related": "related",
    "similar": "related",
    "metadata": "metadata",
    "translation": "translation",
    "original_text": "original_text",
}
# "1. Title", "2) Title", "3、标题" and "3.Title" (no space, but no "3.5 billion" either)
_NUMBERED = re.compile(r"^\s*(\d{1,3})[.)、](?:\s+(?=\S)|(?=[^\d\s.,]))")
# a story's number before its title: "### [01] Title", "## Article 1: Title", "## 第3条：Title"
_STORY_NUMBER = re.compile(
    r"^\s*(?:[\[【［(（]\d{1,3}[\]】］)）]\s*"
    r"|(?:Article|Story|Item|News|No\.)\s*\d{1,3}\s*[:：.\-–—]\s*|第\s*\d{1,3}\s*[条條则則篇]\s*[:：、.]?\s*)(?=\S)",
    re.IGNORECASE,
)
# what a one-line "Why it matters: ..." states at least, in characters ("Impact: high" is a rating)
_MIN_STATED_POINT = 20
_HASHTAGS = re.compile(r"^(?:#[^#\s][^#]*){2,}$")
# Weibo's topics before a post's text, each between two marks: "#IBM公布路线图##量子计算#IBM近日宣布..."
_WEIBO_TOPICS = re.compile(r"^(?:#[^#\s]{1,40}#)+")
# a story's hashtags after its title on the heading's line: "## [Go and CPU Caches](...) #golang #performance"
_TRAILING_HASHTAGS = re.compile(r"(?:\s+#[^\W\d_][\w-]{0,40})+$")
# stars or a score after a story's title: "Hunyuan3D-Omni ⭐ 280", "[Title](...) — 86/100"
_SCORE_TAIL = re.compile(
    r"\s*(?:(?:[—–|·-]\s*)?⭐\ufe0f?\s*[\d.,]+[kK]?(?:\s*/\s*(?:5|10|100))?"  # "⭐ 280", "⭐️ 9.0/10"
    r"|[\[【]⭐\ufe0f?\s*[\d.,]+(?:\s*/\s*(?:5|10|100))?[\]】]"  # "[⭐ 9.0/10]"
    r"|[—–|·-]\s*\d{1,3}(?:\.\d)?\s*/\s*(?:5|10|100)"  # " — 86/100"
    r"|[(（]\d{1,3}(?:\.\d)?\s*/\s*(?:5|10|100)[)）])\s*$"  # "(8.5/10)"
)
# an outlet's Latin name, then the title it ran in Japanese quotes (Chinese quotes a phrase so:
# "海澜之家与阿迪达斯「抱团取暖」" is one title)
_OUTLET_QUOTED_TITLE = re.compile(r"^(?P<outlet>[A-Za-z][A-Za-z0-9 .&'-]{1,29})「(?P<title>[^「」]{4,})」$")
# a story's votes after its title: "(26pts)", "• 155pts 48c", "— 155 points, 48 comments"
_VOTES = r"\d+\s*(?:pts?|points?|점)(?:[,，]?\s*\d+\s*(?:c|comments?|댓글))?"
_POINTS = re.compile(rf"\s*(?:[(（]\s*{_VOTES}\s*[)）]|[•·|—–]\s*{_VOTES})\s*$", re.IGNORECASE)
# a newsletter's reading time after a story's title: "Inside The White House's Push (3 minute read)"
_READING_TIME = re.compile(r"\s*[(（]\s*\d{1,3}\s*(?:minutes?|mins?)\.?\s+read\s*[)）]\s*$", re.IGNORECASE)
# "Zenn Ai General (https://zenn.dev/...): ChatGPTは...": a source, its address and its title
_CITATION = re.compile(r"^[^()（）:：\n]{1,60}[(（]\s*(?:https?://|www\.)[^\s)）]+\s*[)）]\s*[:：]")
_PAIR = re.compile(r"^(?P<label>[^:：|]{1,40}?)\s*[:：]\s*(?P<value>.+)$")
_URL = BARE_URL
# between the labelled values of a ``Score: 12 | Link: ...`` strip (or "来源：OpenAI · 日期：2026-01-29")
_STRIP_SEP = re.compile(r"\s+[|·]\s+")
_TERMINAL = re.compile(r"[.!?。！？」』）)\]】\"”:：]$")  # "... [h/t Jane Roe]" ends a note, not cut off
_SENTENCE_END = re.compile(r"[.!?。！？」』”\"…]$")
_STATEMENT_END = re.compile(r"[.!。！…]$")
_STATED_TITLE_CONTEXT = "en"
_PAGE_SAMPLE_BLOCKS = 40  # the opening blocks that tell a page's language
_PAGE_SAMPLE_CHARS = 2000
_PROSE_CHARS = 80  # a line this long is prose even without a sentence end (a cut-off summary)
_PROSE_CJK_CHARS = 20  # ... and a line of this many CJK letters
_LEAD_IN = re.compile(r"[:：]$")
_MAX_LEAD_IN = 200


# A key point before the page's language (which its text helps decide) is known: (text, kind,
# origin, parent index); ``_read`` makes the PageKeyPoint.
_Point = tuple[str, str, str, int | None]


@dataclass
class _Meta:
    """Labelled facts about a page or an item, with what the labels mean."""

    pairs: list[tuple[str, str, tuple[Link, ...]]] = field(default_factory=list)
    discussion: list[str] = field(default_factory=list)


_LANGUAGE_TAG = re.compile(
    r"^(?P<label>.+?)\s*[(（]\s*(?P<lang>[A-Za-z]{2})(?:-[A-Za-z]+)?\s*[)）]\s*[:：]?$"
)


def _role_of_heading(text: str, profile: Profile) -> str | None:
    return _heading_role(text, profile.section_keys)


@lru_cache(maxsize=1 << 14)  # pure; a page's readers ask for the role of each heading many times
def _heading_role(text: str, section_keys: frozenset[tuple[str, str]]) -> str | None:
    said, text = text, _heading_language(text)[0]
    role = dict(section_keys).get(label_key(text))
    if role is not None:
        return role
    group = label_of(text)
    if said != text and (whole := label_of(said)) in _GROUP_ROLES:
        group = whole  # ("English Original" names a section, as the "Original" its language leaves does not)
    if group:
        return _GROUP_ROLES.get(group)
    # "一句话总结 (TL;DR)", "要点 (Key Points)": a label glossed by another of the same role
    if (glossed := _GLOSSED.match(text)) is not None:
        role = _heading_role(glossed.group("label"), section_keys)
        glossed_as = _heading_role(glossed.group("gloss"), section_keys)
        return role if role is not None and role == glossed_as else None
    return "related" if _names_related_reading(text) else None


@lru_cache(maxsize=1 << 12)  # pure; asked of each heading whenever its role is
def _names_related_reading(text: str) -> bool:
    """A short CJK heading that ends in a related-reading label ("姉妹サイトの関連記事": the sister
    site's related articles, "ネットワーク内の関連記事")."""
    key = label_key(text)
    if len(key) > _MAX_RELATED_HEADING or key.isascii():
        return False
    return any(key.endswith(label) and len(label) >= 4 for label in _cjk_related_labels())


_MAX_RELATED_HEADING = 16


@lru_cache(maxsize=1)
def _cjk_related_labels() -> tuple[str, ...]:
    labels = lexicon()["labels"]
    return tuple(
        label_key(label) for label in (*labels["related"], *labels["similar"]) if not label.isascii()
    )


_GLOSSED = re.compile(r"^(?P<label>[^()（）]{1,40}?)\s*[(（](?P<gloss>[^()（）]{1,40})[)）]\s*$")


@lru_cache(maxsize=1 << 14)  # pure; asked of each heading by the role lookup and by _sections
def _heading_language(text: str) -> tuple[str, str | None]:
    """``Summary (ZH)`` -> (``Summary``, ``zh``), ``한국어 요약`` -> (``요약``, ``ko``): a section that
    names its language (whether what is left is a section's label is the caller's to ask)."""
    match = _LANGUAGE_TAG.match(text.strip())
    if match is not None and match.group("lang").lower() in IDENTIFIED_LANGUAGES:  # not "Smart Tier (GA)"
        return match.group("label"), match.group("lang").lower()
    if (named := _language_named().match(text.strip())) is not None:
        return named.group("label"), _language_names()[fold(named.group("name") or named.group("cjk_name"))]
    return text, None


@cache
def _language_names() -> dict[str, str]:
    return {fold(name): lang for lang, names in lexicon()["language_names"].items() for name in names}


@cache
def _language_named() -> re.Pattern[str]:
    """A label after the name of its language: apart from a Latin name, written on after a CJK one."""
    names = sorted(_language_names(), key=len, reverse=True)
    latin = "|".join(re.escape(name) for name in names if name.isascii())
    cjk = "|".join(re.escape(name) for name in names if not name.isascii())
    return re.compile(
        rf"^(?:(?P<name>{latin})\s+|(?P<cjk_name>{cjk})\s*)(?P<label>\S.{{0,30}})$", re.IGNORECASE
    )


_MAX_LABEL = 40
_LEAD_CHARS = 400
_ARTICLE_PARAGRAPHS = 8  # a lead of this many paragraphs of prose, and ...
_ARTICLE_CHARS = 2500  # ... characters is an article's text, no summary of it


_MAX_BOLD_TITLE = 200
_MAX_ISSUE_TITLE = 80  # characters of a title that names an issue by its date ...
_MAX_ISSUE_NAME = 40  # ... of which at most this many besides the date
# a dotted date, read only in an issue's title: elsewhere "2016.05.04" may be a version
_DOTTED_DATE = re.compile(r"(?<![\d.])(?:19|20)\d\d\.(?:0?[1-9]|1[0-2])\.(?:0?[1-9]|[12]\d|3[01])(?![\d.])")
# a year's month, read only in an issue's title ("2023/05 2週目", "Monthly Web 2017-07")
_ISSUE_MONTH = re.compile(r"(?<![\d/.-])(?:19|20)\d\d[/-](?:0[1-9]|1[0-2])(?![\d/.-])")
_ISSUE_PUNCTUATION = " \t-–—|:：()（）[]【】#*_,，·"


def _structured(blocks: list[Block], profile: Profile) -> list[Block]:
    """The page's blocks with the headings its writer meant: section labels, bold titles, and no
    heading that only gives the one above it in another script."""
    blocks = _with_counted_headings(_without_translated_headings(_with_answers_nested(blocks)))
    return _with_bold_titles(_with_label_headings(blocks, profile), profile)


def _with_answers_nested(blocks: list[Block]) -> list[Block]:
    """A model's answer pasted whole under each story's linked heading ("## [Why Nextcloud feels
    slow to use](https://...)" over "# Nextcloud が遅く感じられる理由" and "## 概要"): the answer's
    headings go one level below the story's, where half the stories or more hold such headings of
    the story's level or above. They are no stories, nor sections of the page."""
    links = {i: link for i, b in enumerate(blocks) if b.kind == "heading" and (link := _heading_link(b))}
    linked = list(links)
    if len(linked) < _MIN_ANSWERED_STORIES or len({blocks[i].level for i in linked}) != 1:
        return blocks
    level = blocks[linked[0]].level
    if len(set(links.values())) < len(linked):
        return blocks
    spans = list(itertools.pairwise([*linked, len(blocks)]))
    answered = [[j for j in range(a + 1, b) if blocks[j].kind == "heading"] for a, b in spans]
    # (the answer opens right under the story's heading, "📰 翻訳・要約:" at most between them)
    opened = sum(
        bool(inner) and inner[0] - a <= _ANSWER_OPENING and blocks[inner[0]].level <= level
        for (a, _), inner in zip(spans, answered, strict=True)
    )
    if 2 * opened < len(linked):
        return blocks
    out = list(blocks)
    for inner in answered:
        for j in inner:
            out[j] = dataclasses.replace(blocks[j], level=min(_DEEPEST_HEADING, level + blocks[j].level))
    return out


_MIN_ANSWERED_STORIES = 3
_ANSWER_OPENING = 2  # blocks from a story's heading to its answer's first heading
_DEEPEST_HEADING = 6


def _with_counted_headings(blocks: list[Block]) -> list[Block]:
    """Headings counted by circled numbers ("### ① Siemens Digital Twin Composer ...", "### ② ...")
    as numbered ones ("1. ..."), where two or more are: the page numbers its stories so."""
    counted = [i for i, b in enumerate(blocks) if b.kind == "heading" and _CIRCLED_NUMBER.match(b.text)]
    if len(counted) < 2:
        return blocks
    out = list(blocks)
    for i in counted:
        text = blocks[i].text
        number = int(unicodedata.numeric(text.lstrip()[0]))
        out[i] = dataclasses.replace(blocks[i], text=f"{number}. {_CIRCLED_NUMBER.sub('', text, count=1)}")
    return out


# ①..⑳, ❶..❿, ➀..➉, ➊..➓
_CIRCLED_NUMBER = re.compile(r"^\s*[\u2460-\u2473\u2776-\u277f\u2780-\u2789\u278a-\u2793]\s*(?=\S)")


def _without_translated_headings(blocks: list[Block]) -> list[Block]:
    """A heading straight over one of its level that gives it in another script ("### Anthropic
    Ends Paid Access..." over "### Anthropic מפסיקה גישה בתשלום..."): the second is the first's
    title translated, a line under it, not a story of its own."""
    pairs = [
        i
        for i in range(1, len(blocks))
        if blocks[i].kind == "heading" == blocks[i - 1].kind
        and blocks[i].level == blocks[i - 1].level
        and not blocks[i].links
        and _line_in_two(blocks[i - 1].text, dataclasses.replace(blocks[i], kind="paragraph")) is not None
    ]
    out = list(blocks)
    for i in pairs:
        out[i] = dataclasses.replace(blocks[i], kind="paragraph", level=0)
    return _with_retold_titles_raised(out)


def _with_retold_titles_raised(blocks: list[Block]) -> list[Block]:
    """Stories each told, then told again in another script under a heading of the same level that
    links nothing ("### Καταψηφίστηκε η πρόταση..." over its lead and its link, then "### Предложение
    о недоверии..." over the lead translated): the second heading is the first's title translated,
    raised to stand under it as a line, and its text the story's text translated, set before the
    story's link as a summary's translation is. Two such stories
    at least make the page's way; a heading in another script after one story only is a story."""
    headings = [i for i, b in enumerate(blocks) if b.kind == "heading"]
    retold = [
        (told, again, after)
        for told, again, after in zip(headings, headings[1:], [*headings[2:], len(blocks)], strict=False)
        if blocks[told].level == blocks[again].level
        and not blocks[again].links
        and any(b.links for b in blocks[told + 1 : again])
        and not any(b.links for b in blocks[again + 1 : after])
        and _told_in_two_scripts(blocks[told].text, blocks[again].text)
    ]
    if len(retold) < _MIN_RETOLD_STORIES:
        return blocks
    out = list(blocks)
    for told, again, after in reversed(retold):
        # (its text told, then told again, then the link to it: the two texts read as one and its
        # translation, as a summary given in two scripts is)
        told_text = blocks[told + 1 : again]
        out[told + 1 : after] = [
            dataclasses.replace(blocks[again], kind="paragraph", level=0),
            *(b for b in told_text if not b.links),
            *blocks[again + 1 : after],
            *(b for b in told_text if b.links),
        ]
    return out


def _told_in_two_scripts(title: str, again: str) -> bool:
    """Two titles in two scripts, the second no longer than a translation of the first runs."""
    if writes_cjk(title) != writes_cjk(again):
        return True
    return _in_other_alphabets(title, again) and len(again) <= len(title) * _OTHER_ALPHABET_STRETCH


_MIN_RETOLD_STORIES = 2


def _with_bold_titles(blocks: list[Block], profile: Profile) -> list[Block]:
    """Bold lines that title what follows them become headings, one level below their section's.

    Many digests title each story with a bold line (``**1. Acme ships X**``, then its summary and
    source) instead of a heading. A bold line is a title where the page makes that its habit: a
    section holds two or more of them, each with content of its own. Then every such bold line
    under a heading of that level is one (a group with a single story included). A lone bold line
    under a heading of another level, the deck under a story's own heading, stays a paragraph; so
    does a bold line in a known section ("## 概要" over "**アップデート前の課題**"): it is a part of that
    section, not a story.

    An HTML line numbered in its text, not bold, titles as a bold line does where its section
    numbers such lines 1, 2, 3... without starting over: numbers that start over within one heading
    count the items of parts the page does not head, and their titles are read as written.
    """
    if not any(b.strong or (b.text[:1].isdigit() and _numbered_title_line(b)) for b in blocks):  # most pages
        return blocks
    section_level: list[int] = []  # per block: the level of the heading it stands under (0: none)
    titled: list[bool] = []
    under: dict[int, list[int]] = {}  # heading index (-1: none yet) -> the bold titles in its section
    level, heading = 0, -1
    labelled = _in_labelled_sections(blocks, profile)
    for i, block in enumerate(blocks):
        if block.kind == "heading":
            level, heading = block.level, i
        section_level.append(level)
        titled.append(not labelled[i] and _is_bold_title(blocks, i))
        if titled[-1]:
            under.setdefault(heading, []).append(i)
    for heading, lines in under.items():
        numbered = [i for i in lines if not blocks[i].strong]
        numbers = [int(_NUMBERED.match(blocks[i].text).group(1)) for i in numbered]  # type: ignore[union-attr]
        if any(later != earlier + 1 for earlier, later in itertools.pairwise(numbers)):
            for i in numbered:
                titled[i] = False
            under[heading] = [i for i in lines if blocks[i].strong]
    habit = {blocks[h].level if h >= 0 else 0 for h, lines in under.items() if len(lines) >= 2}
    if not habit:
        return blocks
    return [
        Block("heading", b.text, level=min(section_level[i] + 1, 6), links=b.links)
        if titled[i] and section_level[i] in habit
        else b
        for i, b in enumerate(blocks)
    ]


def _is_bold_title(blocks: list[Block], i: int) -> bool:
    block = blocks[i]
    # a bold link ("**1. [Title](https://...)**") is left to the rules for linked items: on a page
    # of news items, papers and repositories, those rules choose the news
    if block.links or len(block.text) > _MAX_BOLD_TITLE:
        return False
    if not block.strong and not _numbered_title_line(block):
        return False
    after = blocks[i + 1] if i + 1 < len(blocks) else None
    return after is not None and after.kind != "heading" and not after.strong


def _numbered_title_line(block: Block) -> bool:
    """An HTML paragraph numbered by its text that is no sentence ("<div class="news-title">2. Agentic
    AI vs. AI Agents: Key Differences - testRigor 2026-02-20</div>"): a title set apart as bold
    lines are (a Markdown or text numbered line is a list item). A title may ask ("3. What are AI
    Agents?") and run long; it does not end as a statement does."""
    return (
        block.kind == "paragraph"
        and block.text[:1].isdigit()
        and bool(_NUMBERED.match(block.text))
        and _STATEMENT_END.search(block.text) is None
    )


def _with_label_headings(blocks: list[Block], profile: Profile) -> list[Block]:
    """A text capture has no heading markup: a short line that is a known section label is a
    heading (the lowest level), so plain captures read like Markdown and HTML.

    So is a list item that is nothing but a section label with its content under it ("- TL;DR"
    then the summary, "- Comment pulse" then nested bullets): the nested items move up to the
    top level of that section. A run of label items (a table of contents) stays a list.
    """
    out = []
    dedent_below: int | None = None  # the depth of the label item whose nested items are moving up
    # (a contents list's line names a heading further down: "总结" over the text, then "### 总结")
    headings = {fold(b.text) for b in blocks if b.kind == "heading"}
    for i, block in enumerate(blocks):
        if dedent_below is not None:
            if block.kind == "heading" or (block.kind == "list_item" and block.depth <= dedent_below):
                dedent_below = None
            elif block.kind == "list_item":
                out.append(dataclasses.replace(block, depth=block.depth - dedent_below - 1))
                continue
        if block.kind == "paragraph" and _is_label_line(block, profile) and fold(block.text) not in headings:
            out.append(Block("heading", block.text.rstrip(":： "), level=6, links=block.links))
        elif block.kind == "list_item" and _is_label_item(blocks, i, profile):
            out.append(Block("heading", block.text.rstrip(":： "), level=6, links=block.links))
            dedent_below = block.depth
        else:
            out.append(block)
    return out


def _is_label_line(block: Block, profile: Profile) -> bool:
    return len(block.text) <= _MAX_LABEL and _role_of_heading(block.text, profile) is not None


def _is_label_item(blocks: list[Block], i: int, profile: Profile) -> bool:
    """``blocks[i]`` is a list item that labels what follows it: nested items, or text."""
    item = blocks[i]
    after = blocks[i + 1] if i + 1 < len(blocks) else None
    # (a nested "- 中文摘要：" over its points is a field of the story item above it, no section)
    if after is None or item.depth or not _is_label_line(item, profile):
        return False
    if after.kind == "list_item":
        return _has_children(blocks, i)
    if after.kind != "paragraph":
        return False
    before = blocks[i - 1] if i else None
    sibling = before is not None and before.kind == "list_item" and before.depth == item.depth
    return not (sibling and _is_label_line(before, profile))  # the last entry of a contents list


@cache
def _discussion_hosts() -> frozenset[str]:
    return frozenset(lexicon()["discussion"]["hosts"])


@cache
def _discussion_subdomains() -> tuple[str, ...]:
    return tuple(sorted("." + host for host in _discussion_hosts()))


_SCHEME = re.compile(r"^https?://")


def _is_discussion(url: str) -> bool:
    host = _SCHEME.sub("", url).split("/")[0].lower()
    return host in _discussion_hosts() or host.endswith(_discussion_subdomains())


def _latin_page_language(blocks: list[Block]) -> str | None:
    """The language of a page's opening prose when it is a Latin-script one, else None (on a CJK
    page, Latin words are names or originals' titles, which say nothing of the page's language)."""
    sample = " ".join(itertools.islice((b.text for b in blocks if b.kind != "code"), _PAGE_SAMPLE_BLOCKS))
    language = detect_language(_URL.sub(" ", sample)[:_PAGE_SAMPLE_CHARS])
    return language if language in IDENTIFIED_LANGUAGES and language not in CJK_LANGUAGES else None


def _stated_thread(blocks: list[Block]) -> str | None:
    """A story whose first link is a discussion thread's bare address ("- https://news.ycombinator.com/
    item?id=1" under "## Launch HN: ...") is the thread's own post: the addresses in its text are
    what the post links to, not the story."""
    first = next((b for b in blocks[1:] if b.links), None)
    if first is None or len(first.links) != 1:
        return None
    link = first.links[0]
    stated = looks_like_url(link.text) and first.text.strip() == link.text.strip()
    return link.href if stated and _is_thread(link.href) else None


def _thread_of(story: list[Block]) -> str | None:
    """The first discussion thread a story links."""
    return next((link.href for b in story for link in b.links if _is_thread(link.href)), None)


def _is_thread(url: str) -> bool:
    """A link to one discussion thread: ``news.ycombinator.com/item?id=1``, ``reddit.com/r/x/comments/1a``."""
    if not _is_discussion(url):
        return False
    parts = urlsplit(url)
    if "id=" in parts.query:
        return True
    segments = [s for s in parts.path.lower().split("/") if s]
    thread = _thread_segments()
    return any(s in thread for s in segments[:-1])


@cache
def _thread_segments() -> frozenset[str]:
    return frozenset(lexicon()["discussion"]["thread_segments"])


@cache
def _notice_phrases() -> tuple[str, ...]:
    return tuple(fold(p) for p in lexicon()["notices"]["phrases"])


def _is_notice(text: str) -> bool:
    folded = fold(text)
    return any(phrase in folded for phrase in _notice_phrases())


@cache
def _failure_phrases() -> tuple[str, ...]:
    return tuple(fold(p) for p in lexicon()["failures"]["summary"])


def _label_group(label: str, profile: Profile) -> str | None:
    return _group_of_label(label, profile.published_keys, profile.captured_keys)


@lru_cache(maxsize=1 << 14)  # pure; metadata labels are looked up once per field asked for
def _group_of_label(label: str, published: frozenset[str], captured: frozenset[str]) -> str | None:
    key = label_key(label)
    if key in published:
        return "published"
    if key in captured:
        return "cached"
    return label_of(label)


class DigestAdapter(Adapter):
    """One instance per profile; the generic one claims what nothing more specific does."""

    def __init__(self, profile: Profile = GENERIC) -> None:
        self.profile = profile
        self.name = profile.name  # type: ignore[misc]
        self.version = profile.version  # type: ignore[misc]
        # a site profile's signature is surer than the generic reader's skim
        self.ceiling = 0.3 if profile.is_generic else 0.75  # type: ignore[misc]

    def claims(self, page: Page) -> float:
        """A title and (summary, key point or implication sections, or a source link); never a
        publisher's own article page. What decides is looked at first, the source link last."""
        if not page.blocks:  # a summary page told in front matter alone: its title and texts in fields
            fm = page.front_matter
            return self.ceiling if self.profile.is_generic and _fm_title(fm) and _states_texts(fm) else 0.0
        if not self.profile.is_generic:
            texts = [b.text for b in page.blocks]
            headings = {label_key(b.text) for b in page.blocks if b.kind != "list_item"}
            lines_ok = all(any(p.search(t) for t in texts) for p in self.profile.signature_lines)
            labels_ok = all(label_key(label) in headings for label in self.profile.signature_labels)
            return self.ceiling if lines_ok and labels_ok else 0.0
        labelled = _structured(_before_its_comments(list(page.blocks), page), self.profile)
        title = _title(labelled, page, page.front_matter, numbered=False, profile=self.profile)
        if title is None:
            # (an untitled page of linked headlines, each over the line that names its source and
            # date: "来源：OpenAI · 日期：2026-01-29", a site's page that only lists its news)
            return self.ceiling if _dated_stories(_split_items(labelled, self.profile)[1:]) else 0.0
        has_sections = _labels_texts(labelled, page.front_matter, self.profile)
        own_article = states_an_article(page)
        # a clipper's copy of an article that closes on its own "まとめ" / "Summary" is the article, and
        # so is a repost or a translation of one ("> 来源：本文翻译自 [...](https://...)" over it)
        # (a translation's "## TL;DR" is its original's, translated with the rest)
        a_copy = clipped_page(page) or reposted_from(page) is not None
        copied_whole = has_sections and (
            (a_copy and (_copies_its_own_sections(labelled, title, self.profile) or translates_another(page)))
            or _closes_on_its_own_summary(labelled, self.profile)
        )
        if has_sections and not own_article and not copied_whole:
            return self.ceiling
        titles = _page_titles(title, labelled, page)
        stories = _split_items(labelled, self.profile, titles=titles)
        # (nor is an article that closes on its own conclusion a digest, whatever sections link their
        # sources, unless its title names one: "## Apache Arrow" over its "### Further Reading")
        if copied_whole and (_few(stories) or not _names_a_digest(titles)):
            return 0.0
        # stories, each with its link; a site that marks every page og:type article still names
        # its digests so ("2026年3月25日 | HackerNews 日本語まとめ")
        # (and a publisher's post so named tells stories: "The Daily Brief: Saturday, January 24,
        # 2026" whose only links are its site's menu and tags is a post of its own)
        # (a publisher named "週刊アスキー", Weekly ASCII, names no digest in its articles' titles)
        # (a clipper's copy of one article, or a repost, tells its sections, not stories, unless its
        # title names a digest: "> [!quote] 本文剪藏自[PicGo v2.2 更新...](...)" over "### 1. vs-picgo")
        if (
            len(stories) > 1
            and not (a_copy and not _names_a_digest(titles))
            and (
                not own_article
                or (_names_a_digest(_less_site_name(titles, page)) and _stories_told(stories[1:], page) > 1)
            )
            and not _article_over_its_sites_headlines(labelled, stories[1:], page)
            and not (_one_page_of_its_site(stories[1:], page) and not _names_a_digest(titles))
        ):
            return self.ceiling
        # a page's own <link rel=canonical> names the page, not an original it digests: not a signal
        meta = _collect_meta(list(page.blocks), page, self.profile, source_sections=True)
        source = _source_url(meta, page, own_canonical=False)
        # a publisher's own article page (og:type article) needs a source link, even one with a
        # "Key Points" box, and one to another site: "Source: Trump 'irritated' by Conway attacks"
        # on a CNN article links CNN's next story; a web clipper's copy names the page it copied,
        # not one it summarises
        # (nor is an agency a publisher's article credits its source: "zdroj: Caters News, [AP](http://
        # www.ap.org/)" links the agency's home page, no page of the story)
        if source is None or (
            own_article and (_on_its_own_site(source, page) or _cites_sources(page) or home_page_site(source))
        ):
            return 0.0
        if url_host(source) == _links_most(page):
            return 0.0  # "リンク" in the footer of a page whose menus link its own site: no original of it
        # (a copy names the page it copies, and a repost the article it reposts, not one it summarises)
        return 0.0 if a_copy else self.ceiling

    def extract(self, page: Page) -> list[PageRecord]:  # type: ignore[override]
        kept = [b for b in page.blocks if not self._chrome(b) and not _pager(b, page)]
        if len(kept) > 1 and _credits_its_maker(kept[-1]):
            kept.pop()  # ("*This digest is auto-generated by [agents-radar](...)*": the tool's link)
        blocks = _structured(_before_its_comments(kept, page), self.profile)
        title = _title(blocks, page, page.front_matter, numbered=False, profile=self.profile)
        items = _split_items(blocks, self.profile, titles=_page_titles(title, blocks, page))
        if _mostly(_titled_by_an_id, items[1:]):
            return []  # a review packet's cases, "## 1. `tempi-fact-001`" each: records of a dataset, no news
        stories = _without_closing_section(
            [
                story
                for story in items[1:]
                if not _sponsored(story) and not _credits_a_person(story) and not _closing_part(story)
            ]
        )
        if len(stories) > 1 and _signs_off(stories[-1]):
            stories = stories[:-1]
        if len(stories) > 1:  # ("⚡ Quick Hits" over a line per story, beside stories of their own)
            # (a note the groups share the opening of is the digest's own, however long)
            openings = [_group_note_opening(story) for story in stories]
            shared = Counter(openings)
            stories = [
                each
                for story, opening in zip(stories, openings, strict=True)
                for each in _ungrouped(story, shared_note=opening is not None and shared[opening] >= 2)
            ]
        if not stories:
            return [self._read(blocks, page, position=None, inherited=None, title=title)]
        head = items[0]
        shared = _collect_meta(head, page, self.profile)
        language = _latin_page_language(blocks)
        issued = _issue_date(page, title, day_first=_writes_day_first(language)) or _dated_head(head)
        issue_of = _issues(blocks, stories)
        # ("## 1. Économie et emploi" over "**Cablex supprime des postes**" over what happened, on
        # each of a page's stories: the headings name topics, the bold lines the stories)
        titled_in_bold = _mostly(lambda story: _titled_under_its_topic(story) is not None, stories)
        return _without_shared_sources(
            [
                self._read(
                    story,
                    page,
                    position=i,
                    inherited=shared,
                    page_language=language,
                    issued=issue_of[i - 1] or issued,
                    titled_in_bold=titled_in_bold,
                )
                for i, story in enumerate(stories, 1)
            ]
        )

    def _chrome(self, block: Block) -> bool:
        if block.kind == "code":
            return False
        if self.profile.chrome_keys and fold(block.text) in self.profile.chrome_keys:
            return True
        if block.kind == "heading" and _role_of_heading(block.text, self.profile) in _WHOLE_TEXT_ROLES:
            return False  # "## Original Article" over the text: a label, not a tab of the site's
        if _link_only(block) and is_generic_link_text(block.text) and looks_like_url(block.links[0].href):
            return False  # "查看原文" under a story: the link to its original, not a button of the site
        if block.links and all(is_share_url(link.href) for link in block.links):
            return True  # "Paylaş: X LinkedIn WhatsApp": buttons that share the page, no story's links
        return block.kind != "table_row" and is_chrome(block.text)

    # ------------------------------------------------------------------ one story

    def _read(
        self,
        blocks: list[Block],
        page: Page,
        *,
        position: int | None,
        inherited: _Meta | None,
        title: str | None = None,
        page_language: str | None = None,
        issued: str | None = None,
        titled_in_bold: bool = False,
    ) -> PageRecord:
        profile = self.profile
        fm = page.front_matter if position is None else {}
        if title is None:  # (the page's own title, when the caller has it, is this one's)
            title = _title(blocks, page, fm, numbered=position is not None, profile=profile)
        filed_under = None  # "## LLMs" over "Title: [Acme ships X](...)": the heading names a category
        if (
            position is not None
            and blocks
            and blocks[0].kind == "heading"
            and (stated := _stated_title(blocks))
        ):
            filed_under, title = title, stated
        elif position is not None and (scored := _titled_under_its_score(blocks)):
            title = scored
        elif position is not None and title and (filled := _titled_under_a_placeholder(blocks, title)):
            title = filled
        elif titled_in_bold and title and (bold := _titled_under_its_topic(blocks)):
            filed_under, title = _NUMBERED.sub("", title).strip(), bold
        elif position is not None and (filed := _bold_title_under_its_category(blocks)):
            filed_under, title = filed
        meta = _collect_meta(blocks, page, profile, source_sections=position is None)
        own = _Meta(pairs=meta.pairs)  # (the head's pairs join a new list below, not this one)
        if inherited is not None:
            meta.pairs = [*meta.pairs, *inherited.pairs]
        if position is not None:
            url = _story_url(blocks, page, meta, own)
        else:
            url = _source_url(meta, page) or _source_thread(meta)
            # ("> 原文：<https://web.archive.org/web/https://techcrunch.com/...>": the archived page's)
            if url:
                url = archived_original(url) or url
        # "What are AI Agents? | UiPath 2026-02-20": a date after a story's title is the story's
        title, title_date = _without_stated_date(title) if position is not None else (title, None)
        if title and position is not None:
            # ("[Grok 4.6 发布](https://...) ⭐️ 9.5/10 [人工智能与大模型]": the digest's rating and topic;
            # "4️⃣ [周期性三体轨道图谱](...) — 319 分 · 72 评": its rank's keycap, the thread's score)
            title = _RATED_AFTER.sub("", title).strip() or title
            title = _KEYCAP.sub("", _SCORED_AFTER.sub("", title)).strip() or title
        # "Fed holds rates - Reuters" over a Google News link: the name after the title is its outlet's
        title, outlet = outlet_suffix(title, url) if title else (title, None)
        if (
            position is not None
            and blocks
            and title == blocks[0].text
            and (after := _outlet_after_link(blocks[0]))
        ):
            title, outlet = after  # "### [Title](https://...) — A Few Thoughts on Cryptographic Engineering"
        if title and position is None:
            title = without_credited_handles(_less_its_day(_less_its_byline(title, blocks, fm), fm))
            # ("摘要：codeflow: github上...": a summary note's title names what it is, then the article)
            if (field := _SUMMARY_TITLE.match(title)) and label_of(field.group(1)) == "summary":
                title = field.group(2).strip()
            title, led = outlet_lead(title, url)  # "[2026-03-08] Reuters: China Slashes ..."
            outlet = outlet or led
        if title and position is not None:
            title, named = bracketed_lead(title, url)  # "[Merkur] – Merz-Regierung einig ..."
            outlet = outlet or named
        # ("## 1. [InfoWorld] – Generative AI news" over "**Überschrift:** ...": the heading's outlet,
        # and the headline it states)
        filed_as, filed_outlet = (
            bracketed_lead(_NUMBERED.sub("", filed_under).strip(), url) if filed_under else (None, None)
        )
        outlet = outlet or filed_outlet
        if title and (quoted := _OUTLET_QUOTED_TITLE.match(title)):
            # "TechCrunch AI「OpenAI barrels toward IPO」": an outlet, then the title it ran, quoted
            title, outlet = quoted.group("title"), outlet or quoted.group("outlet").strip()
        # what stands before the title heading is the site's (navigation, breadcrumbs), not the story's;
        # a title from front matter heads the whole body, unless a heading repeats it
        if _fm_title(fm) is None:
            start = _title_index(blocks, profile) or 0
        else:
            # ("Honda Conducts ... Test | Honda Global Corporate Website" over "# Honda Conducts ... Test")
            # (or as stated: "# ... via @sejournal, @MattGSouthern" heads the page, not its copy's "## ...")
            named = {
                text
                for stated in (title, _fm_title(fm))
                if stated
                for text in (stated, split_title_suffix(stated)[0])
            }
            start = next((i for i, b in enumerate(blocks) if b.kind == "heading" and b.text in named), 0)
        # "<a>Axios compromised on NPM</a>" over "Axios 受到 NPM 攻击": the title, then it translated
        # a page's own title heading over its original's headline: the same, in two scripts
        if position is not None:
            # ... or a story's title heading over that title put into CJK ("### Let's Buy Spirit Air"
            # over "让我们收购 Spirit Air"; a line of Latin under a CJK heading is as often its tags)
            translated = _link_title_in_two(blocks)
            if translated is None and title and not writes_cjk(title):
                translated = _heading_title_in_two(blocks, 0, title)
            translated_at = 1
        else:
            translated, translated_at = _heading_title_in_two(blocks, start, title), start + 1
        told = [
            b
            for b in blocks[start:]
            if (translated is None or b is not blocks[translated_at]) and not _restates_title(b, title)
        ]
        if position is None and title:
            told = _copy_from_its_title(told, {title, split_title_suffix(title)[0]}, profile)
        # a text given paragraph by paragraph with its translation under each: two texts, not a summary
        interleaved = _interleaved(told) if position is None else None
        if interleaved:
            paired = {id(b) for side in interleaved for b in side}
            told = [b for b in told if id(b) not in paired]
        summaries, points, related, bodies, flags = self._sections(told, profile)
        if position is None and (
            _copies_a_web_page(page.blocks, profile) or _copies_an_article(told, profile)
        ):
            # a page's header ("**URL:** ...", "fetched_at: ...") over a copy of the whole web page,
            # its skip links and all: the text is the original's, no summary, its lists no points
            summaries, points = [], []
            bodies = [*bodies, _body_of(_copied_text(told, profile), "original")]
        if interleaved:
            bodies.extend(_interleaved_texts(*interleaved))
        if fm:
            _add_front_matter_texts(fm, summaries, points, profile)
        sample = " ".join([title or "", *(t for t, _ in summaries[:1]), *(p[0] for p in points[:5])])
        if not summaries and not points:  # a page of texts only: the original's lead says more than a title
            sample += " " + next((t.text[:_LEAD_CHARS] for t in bodies if t.origin == "original"), "")
        # a story told by its title alone is too short to identify ("Show HN: SnapCode – a real Java
        # IDE in the browser" reads as Dutch): on a page written in one Latin-script language it is in it
        hint = page_language if not summaries and not points else None
        if page_language in OTHER_CYRILLIC_LANGUAGES:
            hint = page_language  # a Ukrainian story's few lines may lack the letters Russian does not write
        lang = profile.language or (detect(sample, hint) if sample.strip() else "und")
        texts: list[PageText] = []
        values = _grouped(meta, profile)
        # "原文标题: There's White Stuff Growing on Your Cheese": the original's title, in its language;
        # "中文标题: 奶酪上的白色物质": the title translated next to the original's
        stated_titles = [
            (stated, origin)
            for group, origin in (("original_title", "original"), ("translated_title", "machine_translation"))
            if (stated := _first(values, group) or _fm(fm, group))
        ]
        if titled := (_title_in_two(blocks, profile) if position is not None else None) or translated:
            stated_titles.append((titled, "unknown"))
        elif (
            position is None
            and title
            and _fm_title(fm)
            and (retitled := _heading_in_other_script(blocks, title))
        ):
            stated_titles.append((retitled, "unknown"))
        if title and not stated_titles and (halves := _title_beside_its_translation(title)):
            # "The Future for Tyr, a Rust GPU Driver for Arm Mali Hardware - Arm Mali向けRust GPUドライバ
            # 「Tyr」の将来": the original's title, then the page's own in another script
            title, translation = halves
            stated_titles.append((translation, "unknown"))
        if title:
            # "🔸 Google ships X", "⛨ The Cyber Wire": a marker before the title is no word of it, nor
            # are a Weibo post's topics ("#IBM公布量子计算路线图#IBM近日宣布...": tags)
            title = _WEIBO_TOPICS.sub("", _LEADING_MARKERS.sub("", title, count=1)).strip() or title
            title = _TRAILING_HASHTAGS.sub("", title) or title
            # "**全球石油危機加劇：**" over its points: the colon leads into them, no part of the title
            title = title.rstrip(":： ") or title
            # ("Go 中的错误流 - https://preslav.me/...": the dash led to the story's address)
            if position is not None:
                title = without_trailing_separator(title)
            # Beside a title stated in another language, the page's language says nothing of this
            # one's; a Latin-script title (this or the stated one) that detection cannot settle ("Web
            # Browser Engineering", Dutch to langdetect) is taken for English, as the originals these
            # digests cite mostly are. So is an ASCII title over a CJK page that detection would give
            # a third language: it is the original's ("Web Server on a Nintendo Wii" had been Italian)
            # (beside the original's title stated as such, a Latin-script page's own is in the page's
            # language: "Título original: Quoting OpenClaw" under "Gym-booking website vulnerable a ...")
            translates = lang not in CJK_LANGUAGES and any(
                origin == "original" and fold(stated) != fold(title) for stated, origin in stated_titles
            )
            title_lang = detect(title, _STATED_TITLE_CONTEXT if stated_titles and not translates else lang)
            if lang in CJK_LANGUAGES and title_lang not in (lang, "en") and title.isascii():
                title_lang = _STATED_TITLE_CONTEXT
            elif title_lang in CJK_LANGUAGES and not writes_cjk(title):
                # a headline of Latin letters alone over a Chinese summary is the original's, in a
                # Latin-script language ("Prolog Basics Explained with Pokémon" had been Chinese)
                title_lang = detect(title, _STATED_TITLE_CONTEXT)
            texts.append(PageText(kind="title", lang=title_lang, text=title, origin="unknown"))
            for stated, origin in stated_titles:
                if (stated_lang := detect(stated, _STATED_TITLE_CONTEXT)) != title_lang:
                    texts.append(PageText(kind="title", lang=stated_lang, text=stated, origin=origin))
            # "## 1. [InfoWorld] – Generative AI news, features, and analysis" over "**Überschrift:**
            # Aktuelle Nachrichten ...": a heading that is a headline, not a category, titles the
            # story too, where its language is another
            if (
                filed_as
                and not stated_titles
                and _reads_as_headline(filed_as)
                and not _shares_most_words(filed_as, title)  # (the stated headline told in full)
                and (headline_lang := detect(filed_as, _STATED_TITLE_CONTEXT)) != title_lang
            ):
                texts.append(PageText(kind="title", lang=headline_lang, text=filed_as, origin="unknown"))
        generator = _first(values, "generator") or _fm(fm, "generator", "model") or profile.generator
        # a summary that only says the title again ("Summary: <the title>") says nothing
        titled = {fold(t.text) for t in texts if t.kind == "title"}
        summaries = [(text, stated) for text, stated in summaries if fold(text) not in titled]
        # (a saved feed's entry summaries are its publisher's own words, no aggregator's)
        fed = bool(page.meta.get("feed"))
        summary_origin = "original" if fed else profile.origin("summary")
        for text, stated_lang in summaries:
            if any(phrase in fold(text) for phrase in _failure_phrases()):
                flags.append("summary_failed")
                continue
            texts.append(
                PageText(
                    kind="summary",
                    lang=stated_lang or detect(text, lang),
                    text=text,
                    origin=summary_origin,
                    generator=None if fed else generator,
                )
            )
        # folded text has no line breaks, and neither has a phrase: a phrase is in the paragraphs
        # joined by line breaks only where it is in one of them
        paragraphs = [fold(b.text) for b in blocks if b.kind == "paragraph"]
        joined = "\n".join(paragraphs)
        if paragraphs and any(phrase in joined for phrase in _failure_phrases()):
            flags.append("summary_failed")  # the aggregator says its summary could not be made
        # a text in another language than the original's stated title ("原文标题：Interactive
        # explanations" over the Chinese text) is a translation's, whoever made it
        original_langs = {detect(stated, None) for stated, origin in stated_titles if origin == "original"}
        # (and so is the text of a page that says it translates another's: "「译」在Vue中如何使..." over
        # "> 原文地址：[How to Make localStorage Reactive in Vue](https://css-tricks.com/...)")
        translation = position is None and translates_another(page)
        texts.extend(
            body.model_copy(update={"origin": "unknown"})
            if body.origin == "original"
            and (translation or (original_langs and body.lang not in original_langs))
            else body
            for body in bodies
        )
        texts.extend(_front_matter_translations(fm, texts, profile))
        # a story's tags are its own: the head's ("キーワード: AIインフラ, 半導体...") tag the whole issue
        tags = _tags(values if inherited is None else _grouped(own, profile), fm, blocks)
        page_points = [
            PageKeyPoint(
                lang=detect(text, lang),
                text=text,
                kind=kind,  # type: ignore[arg-type]
                origin=origin,  # type: ignore[arg-type]
                generator=generator,
                parent=parent,
            )
            for text, kind, origin, parent in _without_tags(points, tags)
        ]
        if blocks and _cut_off(blocks[-1]):
            flags.append("truncated")
        if not summaries and not page_points and not bodies and title:
            flags.append("title_only")
        day_first = _writes_day_first(page_language or lang)  # "Datum: 10/08/2026" is 10 August
        published = _dates(values, "published", day_first) + dates.front_matter_dates(fm, *_PUBLISHED_KEYS)
        # (the title translated on the line under it comes before the date: "📅 April 4, 2026")
        undated = [b for k, b in enumerate(blocks) if translated is None or k != translated_at]
        if not published and position is not None and (stated := _date_line(undated) or title_date):
            published.append(stated)
        if position is not None and (card := _outlet_and_date(blocks)):  # "CNIL · 2026-08-10"
            outlet = outlet or card[0]
            published = published or [card[1]]
        if (named := _named_source(meta)) is not None:
            # "(Source : Le Temps, 17 février 2026)": the outlet, and the day it ran the story
            outlet = outlet or named[0]
            published = published or ([named[1]] if named[1] else [])
        captured = _dates(values, "cached", day_first) + dates.front_matter_dates(
            fm, "captured", "cached", "fetched", "captured_at", "cached_at", "fetched_at"
        )
        digest_day = _dates(values, "digest_date", day_first) + dates.front_matter_dates(
            fm, "date", "digest_date", "issue_date", "posted_at"
        )
        if issued:
            digest_day.append(issued)
        return self.record(
            canonical_url=url,
            publisher=Claim(value=outlet, origin="unknown") if outlet else None,
            category=_claim(_first(values, "category") or filed_under, lang),
            authors=_authors(values, fm),
            authors_origin="unknown",
            published_at=[Claim(value=v, origin="unknown") for v in published[:1]],
            cached_at=captured[0] if captured else None,
            digest_date=digest_day[0] if digest_day else None,
            original_language=None,
            position=position,
            flags=sorted(set(flags)),
            texts=texts,
            key_points=page_points,
            tags=[Tag(lang=lang, text=t) for t in tags],
            scores=_scores(values, fm),
            related=related,
        )

    def _sections(
        self, blocks: list[Block], profile: Profile
    ) -> tuple[list[tuple[str, str | None]], list[_Point], list[PageRelated], list[PageText], list[str]]:
        summaries: list[tuple[str, str | None]] = []
        points: list[_Point] = []
        related: list[PageRelated] = []
        bodies: list[PageText] = []
        flags: list[str] = []
        stack: list[tuple[int, str | None, str | None]] = []  # (heading level, role, language)
        paragraphs: list[str] = []
        items: list[Block] = []
        # The first run of prose outside any labelled section: the summary of a page that labels
        # none ("# Title", a source line, then the aggregator's paragraph)
        lead: list[str] = []
        lead_done = False
        # "Onderbelichte trend: ..." or "核心内容：...": prose under a short label of no known group,
        # which is the story's summary only where it tells nothing else
        labelled_prose: list[str] = []
        implied: list[tuple[str, str, str, int | None]] = []  # one-line implications ("Why it matters: ...")

        def role() -> str | None:
            return next((r for _, r, _ in reversed(stack) if r), None)

        def whole_text_level() -> int:
            """The level of the label heading a text given whole stands under, else 0."""
            level, nearest = next(((level, r) for level, r, _ in reversed(stack) if r), (0, None))
            return level if nearest in _WHOLE_TEXT_ROLES else 0

        def section_lang() -> str | None:
            return next((lang for _, _, lang in reversed(stack) if lang), None)

        def close() -> None:
            nonlocal paragraphs, items
            current = role()
            if current == "summary" and paragraphs:
                summaries.extend((text, section_lang()) for text in _in_each_script(paragraphs))
            if current in ("translation", "original_text") and paragraphs:
                origin = "machine_translation" if current == "translation" else "original"
                body = _body_of(paragraphs, origin)
                if bodies and (bodies[-1].origin, bodies[-1].lang) == (body.origin, body.lang):
                    # the text goes on under a heading of its own ("## Full Document" over the article's
                    # "## Code Style"): one text, in parts
                    body = _body_of([bodies.pop().text, *paragraphs], origin)
                bodies.append(body)
            if items and current not in ("related", "metadata", "ignore", *_WHOLE_TEXT_ROLES):
                kind = "implication" if current == "implications" else "key_point"
                origin = profile.origin(current or "key_points")
                points.extend(
                    (text, point_kind, origin, parent)
                    for text, point_kind, parent in key_point_tree(items, kind=kind, offset=len(points))
                )
            if items and current == "related":
                related.extend(_related(items))
            paragraphs, items = [], []

        metadata = _metadata_lists(blocks, profile)
        # a story whose list items are all fields ("- Link: ...", "- Score: 91 | Comments: 59", "- Why it
        # matters: ..."): its labelled implication is one, not a point as written
        fielded = _lists_only_fields(blocks, metadata, profile)
        for index, block in enumerate(blocks):
            if lead and block.kind != "paragraph":
                lead_done = True
            if block.kind == "heading":
                heading_role = _role_of_heading(block.text, profile)
                if heading_role is None and _over_a_reader_copy(blocks, index):
                    heading_role = "original_text"  # "## Full Content" over Jina Reader's copy of the page
                whole = whole_text_level() if heading_role is None else 0
                if (
                    whole
                    and label_of(block.text) is None  # ("## 原始連結" after "## 原文全文": the page's field)
                    and (block.level >= whole or (not paragraphs and _heading_link(block) is not None))
                ):
                    # a heading of the text given whole is the text's own: of its label's level or
                    # below ("## 日本語訳" over "## About RESTful Web Services"), or the copied
                    # article's linked title opening it ("## 原文内容" over "# [Title](https://...)")
                    paragraphs.append(block.text)
                    continue
                close()
                while stack and stack[-1][0] >= block.level:
                    stack.pop()
                # only a section label names its section's language: "Summary (ZH)", not a title's "(GA)"
                stated = _heading_language(block.text)[1] if heading_role else None
                stack.append((block.level, heading_role, stated))
                continue
            if block.kind in ("code", "table_row"):
                continue
            if (
                role() == "original_text"
                and block.kind == "paragraph"
                and _READER_COPY_LINE.match(block.text)
            ):
                continue  # the reader's header over its copy ("URL Source: https://..."), no text of it
            if block.kind == "list_item" and role() in _WHOLE_TEXT_ROLES:
                # a list in a text given whole is its text ("- Certain types of input automation ...")
                line = "  " * block.depth + "- " + clean_text(block.text)
                if paragraphs and index and blocks[index - 1].kind == "list_item":
                    paragraphs[-1] += "\n" + line
                else:
                    paragraphs.append(line)
                continue
            pair = _PAIR.match(block.text)  # "Label: value": asked of this block twice below
            group = _label_group(pair.group("label"), profile) if pair else None
            if group == "summary":
                summaries.append((pair.group("value").strip(), None))  # "- 要約: ...", "简介：..."
                continue
            if group == "key_points" and block.kind == "list_item":  # "- 要点: ..." under a story's title
                points.append((pair.group("value").strip(), "key_point", profile.origin("key_points"), None))
                continue
            if group and block.kind == "list_item" and looks_like_url(pair.group("value").strip()):
                continue  # "- Discussion: https://news.ycombinator.com/item?id=...": an address, no point
            if (
                group == "implications"
                and (block.kind == "paragraph" or fielded)
                and role() is None
                and len(pair.group("value")) >= _MIN_STATED_POINT
            ):
                # "Why it matters: This story underscores ...": a labelled implication on one line
                # outside any section (in "### LLM perspective", "- Impact: ..." is a point as written,
                # and so is "- Why it matters: ..." among "- What: ..." items)
                implied.append(
                    (pair.group("value").strip(), "implication", profile.origin("implications"), None)
                )
                lead_done = lead_done or bool(lead)  # (it ends the lead, as any labelled line does)
                continue
            if block.kind == "list_item":
                if index in metadata:
                    continue
                if _is_meta_line(block) or _link_only(block):
                    if role() == "related" and _link_only(block):
                        items.append(block)
                    continue
                if not block.links and looks_like_url(block.text):
                    continue  # "* https://www.bleepingcomputer.com/...": a story's address, no point of it
                if not items and _announces_summary(block.text) and not _has_children(blocks, index):
                    continue  # "• Here's a concise summary of the article, as bullet points:" leads in
                items.append(block)
            elif block.kind == "paragraph" and not _is_meta_paragraph(block, profile):
                if not any(map(str.isalnum, block.text)):
                    continue  # "⚖", "📚": a card's icon over its heading says nothing
                said = _without_go_there(block)
                if role() == "summary" and (_bare_label(said) or _date_stamp(said)):
                    # "**방법론**:" over its list: the label of a part of the summary, no prose of it;
                    # "*自动生成于 2026-02-03*" under it: when it was made
                    continue
                if not said:  # "Read more →", "Baca selengkapnya [di sini](...).": the story's link
                    lead_done = lead_done or bool(lead)  # (which ends the lead, as any link line does)
                    continue
                paragraphs.append(said)
                if not lead_done and role() is None and not _is_notice(block.text):
                    if pair and _is_short_label(pair.group("label")):
                        # "💡 実践ポイント: ...", "注：...": a labelled part of its own, not the summary
                        lead_done = bool(lead)
                        if _tells_under_a_label(pair.group("label"), block.text, profile):
                            labelled_prose.append(block.text)
                    elif _announces_summary(block.text):
                        following = blocks[index + 1].kind if index + 1 < len(blocks) else None
                        if following == "paragraph":
                            lead.clear()  # "Here is a short summary:": what stood before was a preamble
                        elif lead:  # "Highlights include:" and a list: the prose before is the lead
                            lead_done = True
                    elif _is_prose(said):
                        lead.append(said)
                    elif lead:  # a byline or a link line after the prose ends it
                        lead_done = True
        close()
        if (
            not summaries
            and lead
            and len(lead) >= _ARTICLE_PARAGRAPHS
            and sum(map(len, lead)) >= _ARTICLE_CHARS
        ):
            # no summary runs to eight paragraphs and more: a copy of the article itself ("# Title",
            # "📅 ... 🔗 阅读原文", then the BBC's text), its original text
            bodies.append(_body_of(lead, "original"))
        elif not summaries and (lead or labelled_prose):
            summaries.extend((text, None) for text in _in_each_script(lead or labelled_prose[:1]))
        points.extend(implied)  # after the points of the sections, whose list items close with them
        return summaries, points, related, bodies, flags


def _without_go_there(block: Block) -> str:
    """A paragraph's text less the "go there" link it closes with ("The bank held its rate. [Read
    more](...)", "... Baca selengkapnya [di sini](...)."): the link is the story's, the words say nothing."""
    text = block.text
    if not block.links:
        return text
    tail = _GO_THERE_TAIL.search(text)
    start = tail.start("words") if tail else 0
    words = tail.group("words") if tail else text
    if len(words) > _MAX_GO_THERE or not any(link.text and link.text in words for link in block.links):
        return text
    return text[:start].rstrip() if is_generic_link_text(words) else text


_MAX_GO_THERE = 40


# the words after a paragraph's last sentence: "... this month. Read more →"
_GO_THERE_TAIL = re.compile(
    r"[.!?。！？…](?:\s+|(?=[^\s.!?。！？…]))(?P<words>[^.!?。！？…\n]{2,40}?)[\s.!?。！？…»→›]*$"
)


def _in_each_script(paragraphs: list[str]) -> list[str]:
    """A summary's text: one, or one in each of two scripts where its paragraphs are a text and its
    translation ("The airport tram opened..." over "机场有轨电车于周二开通..."): as many paragraphs
    in each, each prose, and about as much said (a CJK character says as much as a few Latin ones).
    A quote in another script inside a summary is no translation of it and stays where it is."""
    whole = ["\n\n".join(paragraphs)]
    if len(paragraphs) < 2 or len(paragraphs) % 2 or len(set(map(_main_script, paragraphs))) < 2:
        return whole  # (most summaries: one script, no language asked)
    scripts = [_script_of(text) for text in paragraphs]
    kinds = sorted(set(scripts), key=scripts.index)
    if len(kinds) != 2 or None in kinds or scripts.count(kinds[0]) != scripts.count(kinds[1]):
        return whole
    sides = [
        [text for text, script in zip(paragraphs, scripts, strict=True) if script == kind] for kind in kinds
    ]
    said = [
        sum(map(_said_in, side)) if kind == "cjk" else sum(map(len, side))
        for side, kind in zip(sides, kinds, strict=True)
    ]
    if not all(map(_is_prose, paragraphs)) or min(said) * _TRANSLATION_RATIO < max(said):
        return whole
    return ["\n\n".join(side) for side in sides]


_TRANSLATION_RATIO = 3  # a text and its translation: neither says more than this many times the other


def _said_in(text: str) -> int:
    """How much a CJK paragraph says in Latin characters: a CJK letter says as much as a few, and the
    names and code it quotes in Latin letters ("你的 `CLAUDE.md`") as much as they take."""
    letters = script_profile(text)
    cjk = letters["han"] + letters["kana"] + letters["hangul"]
    return cjk * _LATIN_PER_CJK_CHAR + len(text) - cjk


def beside_its_translation(text: str) -> list[str]:
    """A text given paragraph by paragraph beside its translation ("Let me start by saying ..." over
    "まず最初に。..."), as the two texts; else the text alone. A line that is no prose (an image's
    "(画像)") is in neither."""
    paragraphs = text.split("\n\n")
    if len(paragraphs) < _MIN_SIDE_BY_SIDE:
        return [text]
    sides = _in_each_script([p for p in paragraphs if _is_prose(p)])
    return sides if len(sides) == 2 else [text]


_MIN_SIDE_BY_SIDE = 4  # paragraphs of a text given beside its translation: two of each at least


def _letters_of(text: str) -> str:
    """A cheap first look at a text's letters: "latin" when it has no others, else "mixed"."""
    return (
        "latin"
        if text.isascii() or all(c.isascii() or not c.isalpha() or c <= "\u024f" for c in text)
        else "mixed"
    )


def _main_script(text: str) -> str:
    """The script most of a text's letters are in, Han, kana and Hangul as one."""
    if _letters_of(text) == "latin":
        return "latin"
    counts = script_profile(text)
    counts["han"] += counts.pop("kana") + counts.pop("hangul")
    return max(sorted(counts), key=counts.__getitem__)


def _script_of(text: str) -> str | None:
    """The script a text is written in, as its language says: "cjk" (Han, kana, Hangul), "latin",
    or the language of a script of its own ("th", "he", "ru"). A Chinese or Thai paragraph naming
    products in Latin letters is still Chinese or Thai."""
    lang = detect_language(text)
    if lang is None:
        return None
    if lang in CJK_LANGUAGES:
        return "cjk"
    return lang if lang in OWN_SCRIPT_LANGUAGES else "latin"


# ---------------------------------------------------------------------- items


def _split_items(
    blocks: list[Block], profile: Profile, *, titles: tuple[str | None, ...] = ()
) -> list[list[Block]]:
    """[page head, story 1, story 2, ...] when the page gives its stories under headings of one
    level; else [all blocks]. Numbered headings ("1. Title") are stories when all but one in five
    have a link of their own. Unnumbered headings that are no section label are stories when each
    links its story in the heading itself ("### [Title](https://...)"), or has a link of its own
    (four in five no other story's) and labelled parts of its own ("### Key Findings", "- Source:
    ..."): the sections of one article have neither. On a page one of whose ``titles`` names it a
    digest ("Hacker News 日报"), a link of its own (no two the same) is enough, at the level with
    the most such stories (below the "## 资讯" groups that hold them)."""
    if carded := (
        _link_closed_cards(blocks)
        or _meta_lined_cards(blocks)
        or _address_closed_items(blocks)
        or _address_labelled_items(blocks)
    ):
        return carded
    numbered: dict[int, list[int]] = {}
    plain: dict[int, list[int]] = {}
    # "## 関連リンク" over "### [元ソース: ...](...)": links, not stories; "## Full Document" over
    # "#### 1. Claude Code": the original's own sections
    within: int | None = None
    named = _names_a_digest(titles)
    for i, block in enumerate(blocks):
        if block.kind != "heading":
            continue
        if within is not None and block.level > within:
            continue
        role = _role_of_heading(block.text, profile)
        if role == "related" and named and label_key(block.text) in _digest_keys("digest_link_sections"):
            role = None  # "## Links 📌" of "Weekly Thing for August 26, 2017": its stories
        within = block.level if role == "related" or role in _WHOLE_TEXT_ROLES else None
        if _NUMBERED.match(block.text):
            numbered.setdefault(block.level, []).append(i)
        elif role is None and not _lists_contents(blocks, i) and not _dates_a_field(block.text):
            plain.setdefault(block.level, []).append(i)
    if cited := _cited_at_the_end(blocks, plain, profile):
        return cited
    digest = (
        named
        or _numbers_its_links(blocks)
        or _heads_stories_and_hits(blocks)
        or _groups_linked_paragraphs(blocks)
    )
    if not digest and (listed := _listed_links(blocks, profile)):
        return listed
    for level in sorted(numbered):
        starts = numbered[level]
        if digest:  # "### 1. Title" stories, then "### 1. Q&A" points of a later section: its run is none
            starts = [
                i
                for run in _numbered_runs(blocks, starts)
                if _tells_stories(blocks, run, level, profile)
                for i in run
            ]
            if len(numbered) == 1 and (alone := _lone_numbered_story(blocks, starts, level, profile)):
                return [blocks[: starts[0]], alone]
        if len(starts) < 2:
            continue
        stories = _stories(blocks, starts, level)
        linked = sum(_names_its_source(story, profile) for story in stories)
        # the numbered sections of one brief may cite one page again and again ("1) 前回引け ... (出典:
        # traders.co.jp)", "2) 業種 ... (出典: traders.co.jp)"); stories link pages of their own, within
        # each numbered run on a digest (its "## GitHub Trending" and "## Hacker News" runs may both
        # tell one story)
        links = _cited(stories)
        runs = _numbered_runs(blocks, starts) if digest else [starts]
        own_links = _mostly_own(links) or (
            len(runs) >= 2 and all(_mostly_own(_cited(_stories(blocks, run, level))) for run in runs)
        )
        if linked >= 2 and linked * 5 >= len(stories) * 4 and own_links:
            # "## 1. 今日必读" over a list of linked stories, "## 2. 趋势与解读" over more: groups
            if all(map(_lists_linked_stories, stories)) and (
                grouped := _grouped_list_stories(blocks, starts, titles, profile)
            ):
                return grouped
            beside = _stories_beside(blocks, plain.get(level, []), level, profile, set(links))
            starts = sorted([*starts, *beside])
            stories = _linked_by_title(_stories(blocks, starts, level), blocks)
            if digest:  # "### 1. Title" papers, then "| 4 | [Title](...) |" rows of more
                placed = list(zip(starts, stories, strict=True))
                # ... or a later section's stories, titled at a level below ("# 📌 今日要闻" numbers the
                # lead stories, "# 📋 详细内容" holds "## 💬 社区信号" groups of "**Title**" stories)
                placed += _later_sections_stories(blocks, placed, level, plain, profile, set(links))
                # ... or "## 🧠 LLM 與 AI" groups of "- **Title** — what it says 📎 https://..." items
                hits = _quick_hits(blocks, placed, profile, titled_in_bold=True)
                # ... or a later list of all the week's stories, each over its fields ("1. **[LLM]
                # Title**" over "- 출처: ...", "- URL: `https://...`"), the lead stories among them
                told_up_to = max(i + len(story) for i, story in placed)
                hits += [(i, story) for i, story in _field_listed_stories(blocks) if i >= told_up_to]
                placed = sorted([*placed, *hits], key=lambda s: s[0])
                stories = [story for _, story in _with_table_stories(blocks, placed)]
            return [blocks[: starts[0]], *stories]
    # headings that link their stories first, at any level: "## iOS Blog" groups "### [Title](...)"s;
    # on a digest, a heading of that level before the first ("## 2026-07-03 日报") heads the page,
    # not a story, when no linked heading stands under it (an article's "#### More:" over linked
    # cards is no digest's)
    for level in sorted(plain):
        # "### Headlines & Launches" straight over "### [Title](...)", and more such groups: names at
        # the stories' own level, no stories (one "#### More:" over linked cards ends an article)
        groups = [i for i in plain[level] if _names_a_group(blocks, i)]
        starts = [i for i in plain[level] if i not in groups] if len(groups) >= 2 else plain[level]
        if digest:
            first = next((k for k, i in enumerate(starts) if _heading_link(blocks[i])), len(starts))
            head = blocks[starts[0] : starts[first]] if first < len(starts) else []
            if any(b.kind == "heading" and _heading_link(b) for b in head):
                continue
            starts = starts[first:]
            while starts and _heading_link(blocks[starts[-1]]) is None:
                starts = starts[:-1]  # a closing "他の日報を見る" over links to other issues: no story
        links = [_heading_link(blocks[i]) for i in starts]
        # ("### Funding and valuations" over linked items, among a digest's linked headings: a group
        # of stories, told as quick hits, no story of its own)
        groups = _list_groups(blocks, starts, links, level) if digest else set()
        told = [(i, link) for i, link in zip(starts, links, strict=True) if i not in groups]
        tellings = (
            _first_tellings(blocks, [i for i, _ in told], [link for _, link in told])
            if digest
            else [link for _, link in told]
        )
        # (on a digest, a story or two in five may link nothing: "### Figma acquiert Weavy" among
        # twenty-seven linked headlines is one more)
        if len(tellings) >= 2 and (
            _mostly_distinct(tellings, retold=digest) or (digest and _mostly_linked(tellings))
        ):
            if digest:  # "### [Title](...)" lead stories over "#### [Title](...)" cards
                starts = sorted([*starts, *_linked_headings_below(blocks, starts, level)])
            stories = [
                (i, story)
                for i, story in zip(starts, _stories(blocks, starts, level), strict=True)
                if i not in groups
            ]
            # an article's own linked headings ("#### Home" in its site's menu, "#### <the author>"
            # over the bio) leave its text between them, under a heading of a higher level
            if not digest and not _tell_most_of(blocks, [story for _, story in stories]):
                continue
            if digest:
                stories = sorted([*stories, *_quick_hits(blocks, stories, profile)], key=lambda s: s[0])
                stories = _with_table_stories(blocks, stories)
            return [blocks[: min(starts[0], stories[0][0])], *(story for _, story in stories)]
    if not digest and (fed := _feed_dump_stories(blocks, plain) or _fed_paragraphs(blocks)):
        return [[], *fed]
    linked_stories: list[tuple[int, int]] = []  # (stories, level) of levels where each has its own link
    labelled_stories: list[tuple[int, int]] = []  # ... and its labelled parts too
    labelled_starts: dict[int, list[int]] = {}  # the headings of those, by level
    shown = _titled(titles)
    for level in sorted(plain):
        starts = plain[level]
        if len(starts) < 2:  # a page's one title heading, the common case
            continue
        # (a capture with its site's chrome may show the page's title twice, once linked: no stories)
        if shown and all(_LEADING_MARKERS.sub("", blocks[i].text, count=1) in shown for i in starts):
            continue
        stories = _stories(blocks, starts, level)
        # (a story that links only its discussion thread is that thread's: "Score: 424 · Discussion")
        links = [next(iter(_links_or_thread(story)), None) or _own_page(story) for story in stories]
        labelled = [_has_labelled_parts(story, profile) for story in stories]
        # a digest's closing notes ("## Editor's Analysis", "## Source pool used today") tell no story
        told = len(stories) - (_trailing(labelled, False) if digest else 0)
        # ... and its opening overview ("## 📊 今日观察"), unlabelled and linking nothing, heads the page
        opening = 0
        while digest and opening < told and not labelled[opening] and links[opening] is None:
            opening += 1
        # stories with labelled parts of their own may repeat a link now and then (a digest that
        # files one source under two stories); the sections of one article have neither
        # (or name no page but each its source, "**Nguồn:** VnExpress + Tuổi Trẻ", an inbox of news)
        # (a home page that stories' source lines share names none of them: a Reddit scan's self-posts,
        # "URL: https://self.LocalLLaMA" each)
        own_links = [
            None if link and home_page_site(link) and links.count(link) > 1 else link for link in links
        ]
        if (
            told - opening >= 2
            and all(labelled[opening:told])
            and (
                _mostly_distinct(links[opening:told])
                # (a page updated hourly tells the same stories again under each hour's heading; a
                # digest's "## Top stories" are told again in their topics' sections)
                or (
                    digest
                    and (
                        _mostly_distinct(_first_tellings(blocks, starts[opening:told], links[opening:told]))
                        or _mostly_linked(links[opening:told])
                    )
                )
                or (
                    all(_states_its_source(story, profile) for story in stories[opening:told])
                    and _distinct([link for link in own_links[opening:told] if link])
                )
                # (or link nothing at all, as a digest a model wrote from its feed may: "## <headline>"
                # over "Summary" / "Why It Matters" / "Future Outlook", three or more of them; a
                # monitor's cards of the sources it watches, "## BAFA – Energie", are named, no news)
                or (
                    digest
                    and told - opening >= _MIN_LINKLESS_STORIES
                    and not any(links[opening:told])
                    and _distinct([blocks[i].text for i in starts[opening:told]])
                    and all(_is_headline(blocks[i].text) for i in starts[opening:told])
                )
            )
        ):
            labelled_stories.append((told - opening, -level))
            labelled_starts[level] = starts[opening:told]
        # a story tells itself in prose; "### 🏭 产业动态" over a list of linked items is a group of
        # stories. A feed reader's digest may give a story its title and address alone ("#### Title"
        # over "<https://...>"), some with the feed's summary under them
        elif (
            (_distinct(links) and all(map(_tells_in_prose, stories)))
            # (on a digest, a story or two in five may link nothing or tell nothing in prose: "###
            # 给青年程序员的几个建议" with no address, "### 来自 MIT 的数据结构课程" over its link alone)
            or (
                digest
                and _mostly_linked(links)
                # (a long weekly may file one link under two of its stories: "PR #1384" of rust-nostr
                # under its own heading and under the protocol's)
                and _repeats_one_at_most([x for x in links if x])
                and _mostly(_tells_in_prose, stories)
            )
            or (digest and _mostly_distinct(links) and all(map(_over_its_address, stories)))
            # (a newsletter's sections, one of them the community's links, may repeat a project's
            # page; where headings of this level or below link stories, those are read as such)
            or (
                digest
                and _mostly_distinct(links)
                and _mostly(_tells_or_closes_on_its_address, stories)
                # (one heading's link is no heading's story: "## Not Phở by [@linhbouniol](...)")
                and sum(
                    _heading_link(blocks[i]) is not None
                    for other in plain
                    if other >= level
                    for i in plain[other]
                )
                < 2
            )
        ):
            linked_stories.append((len(starts), level))
    if paired := _told_then_linked_stories(blocks):
        return paired
    # (groups whose parts are labelled, "## AI" over "### Title" / "[原文連結](...)" / "- **What it is**"
    # on a digest: the linked stories below them, more than the groups, are the stories)
    below: list[tuple[int, int]] = []
    if labelled_stories:
        most, deepest = max(labelled_stories)
        below = [(told, level) for told, level in linked_stories if told > most and level > -deepest]
    if digest and below:
        level = max(below)[1]
        return [blocks[: plain[level][0]], *map(_from_linked_heading, _stories(blocks, plain[level], level))]
    if labelled_stories:
        # the level with most ("## Models" groups "### Acme ships X" with its "Source:")
        most, level = max(labelled_stories)
        level = -level
        # as many one-story groups ("## NASA" straight over "### NASA Pushes New Wing Design"): the
        # stories are the cards below their group names
        deeper = [-other for told, other in labelled_stories if told == most and -other > level]
        if deeper and all(_names_one_story(blocks, i, profile) for i in labelled_starts[level]):
            level = min(deeper)
        starts = labelled_starts[level]
        if grouped := _grouped_list_stories(blocks, starts, titles, profile) or _untitled_groups(
            blocks, plain, titles, profile
        ):
            return grouped
        # "## BBC News" over a table of ten "| 标题 | 原文链接 |" rows: the rows are the stories
        if len(table_stories := _table_stories(blocks)) > len(starts):
            return [blocks[: table_stories[0][0]], *(story for _, story in table_stories)]
        return [
            blocks[: starts[0]],
            *(_from_topic_heading(s, profile) for s in _stories(blocks, starts, level)),
        ]
    if digest and (run_stories := _numbered_run_stories(blocks, numbered, profile)):
        return run_stories
    if not linked_stories and not any(
        (b.links or "://" in b.text) and b.kind in ("list_item", "paragraph", "table_row") for b in blocks
    ):
        # nothing a digest's title would split (most pages: ask no more), but stories it links nowhere
        return (digest and _linkless_stories(blocks, plain, profile)) or [blocks]
    if not digest:
        # an untitled page of headlines, each over its text and a line that links its outlet's
        # article by the outlet's name ("[Reuters](https://www.reuters.com/...)"), is a digest too;
        # and so is one whose only headings name groups of linked items ("## 金融" over "- **Title**"
        # with its "链接：[...](...)"), under a line of its own that opens the page
        return (
            (linked_stories and _outlet_cited_stories(blocks, plain[max(linked_stories)[1]]))
            or _outlet_cited_items(blocks)
            or _sourced_items(blocks, profile)
            or _field_listed_items(blocks)
            or _untitled_groups(blocks, plain, titles, profile)
            or _untitled_items(blocks, profile)
            or _link_roundup(blocks, profile)
            or _dated_link_items(blocks)
            or _dated_table_stories(blocks)
            or _addressed_stories(blocks, plain)
            or [blocks]
        )
    if len(table_stories := _table_stories(blocks)) >= 2:
        # (a list of linked headlines, then tables that file some of them again by kind: "| 序号 |
        # 文章标题 | 来源 | 链接 |" under "### 漏洞利用", the list's items are the stories)
        if len(listed := _list_stories(blocks, profile)) > len(table_stories) and _tells_again(
            table_stories, listed
        ):
            return _with_lead_stories(blocks, listed)
        return [blocks[: table_stories[0][0]], *(story for _, story in table_stories)]
    if len(item_stories := _linked_item_stories(blocks, profile)) >= 2:
        # (a digest whose groups list linked headlines, one group's with the feed's summary under
        # each: the headlines alone are stories too, "## ⚽ 虎扑 (35 条)" beside "## 🎯 少数派 (30 条)")
        listed = _list_stories(blocks, profile)
        if len(listed) >= 2 * len(item_stories) and {i for i, _ in item_stories} <= {i for i, _ in listed}:
            item_stories = listed
        return _with_lead_stories(blocks, item_stories)
    if cited := _outlet_cited_items(blocks):
        return cited
    if linked_stories:
        level = max(linked_stories)[1]
        if grouped := _grouped_list_stories(blocks, plain[level], titles, profile):
            return grouped
        # ("## 🛠 Code & Tools" over "[Taiko: A Library ...](...) — This differs from ...", more such
        # paragraphs under it: a group of stories each told after its link, no story of its own)
        if _groups_linked_paragraphs(blocks) and len(told := _list_stories(blocks, profile)) >= 2 * len(
            plain[level]
        ):
            return _with_lead_stories(blocks, told)
        return [blocks[: plain[level][0]], *map(_from_linked_heading, _stories(blocks, plain[level], level))]
    told = _prose_link_items(blocks, profile) if digest else None
    if len(item_stories := _list_stories(blocks, profile)) >= 2:
        # (items each of prose that links its story, some led by their link: all of them are stories)
        if told and len(told) - 1 > len(item_stories):
            return told
        return _with_lead_stories(blocks, item_stories)
    if dated := _dated_link_cards(blocks) or _dated_title_stories(blocks):
        return [blocks[: dated[0][0]], *(story for _, story in dated)]
    if told:
        return told
    return _linkless_stories(blocks, plain, profile) or [blocks]


def _prose_link_items(blocks: list[Block], profile: Profile) -> list[list[Block]] | None:
    """[page head, stories...] of a digest that tells each story in a list item of prose, its link
    set in its words ("* Derlamaer [proposed](https://www.openstreetmap.org/user/.../diary/408326)
    a new tag for pedestrian signals ..."): three or more top-level items outside labelled
    sections (or paragraphs between the page's opening and sign-off, on a page of no list), four in
    five of them such prose (a line or two that is none, "Cute little [GUI](...) for creating Julia
    packages", is a story too), their links four in five their own. The story is titled by its
    first sentence and linked by its first link to a page (not a site's home page, nor a person's
    profile: "[HeiGIT](https://heigit.org/) [reports](...)")."""
    labelled = _in_labelled_sections(blocks, profile)
    items = _top_items(blocks, labelled)
    # (or in a paragraph of prose each, where the page lists nothing: "We were very happy when
    # Nodejitsu announced [major new features][1] this week, ...")
    in_paragraphs = len(items) < _MIN_HEADLINE_STORIES
    if in_paragraphs:
        items = [i for i, b in enumerate(blocks) if b.kind == "paragraph" and not labelled[i]]
    told = {i: link for i in items if (link := _page_linked(blocks[i])) and _some_words(blocks[i].text)}
    if told and in_paragraphs:  # (the page's opening and sign-off are no items)
        items = [i for i in items if min(told) <= i <= max(told)]
    prose = sum(_is_prose(blocks[i].text) for i in told)
    if prose < _MIN_HEADLINE_STORIES or prose * 5 < len(items) * 4:
        return None
    if not _mostly_own([link.href for link in told.values()]):
        return None
    starts = list(told)
    stories = []
    for start, end in itertools.pairwise([*starts, len(blocks)]):
        item = blocks[start]
        under = [b for b in blocks[start + 1 : end] if b.kind == "list_item" and b.depth > 0]
        if _led_by_its_link(item) and _is_link_title(item.links[0].text):
            # ("[Title](...) - what the writer thinks of it": the link's words are the story's title)
            stories.append([*_story_of_its_link(item), *under])
            continue
        heading = Block("heading", _first_sentence_of(item.text).rstrip(".。"), level=6, links=(told[start],))
        stories.append([heading, Block("paragraph", item.text, links=item.links), *under])
    return [blocks[: starts[0]], *stories]


def _top_items(blocks: list[Block], labelled: list[bool]) -> list[int]:
    """Where the top-level list items outside labelled sections are."""
    return [i for i, b in enumerate(blocks) if b.kind == "list_item" and b.depth == 0 and not labelled[i]]


def _page_linked(item: Block) -> Link | None:
    """The first link of an item's prose to a page of a story: not a site's home page, nor a
    person's profile."""
    return next(
        (
            link
            for link in item.links
            if looks_like_url(link.href) and not home_page_site(link.href) and not profile_page(link.href)
        ),
        None,
    )


def _with_lead_stories(blocks: list[Block], listed: list[tuple[int, list[Block]]]) -> list[list[Block]]:
    """[page head, stories...] of a digest that lists its stories, and tells one or two at length
    before them under headings that link them ("### Mini Briefs" over "#### [Can you make AI fairer
    than a judge?](https://...)" and its prose, over the issue's lists of linked headlines)."""
    stories = [*_lead_stories(blocks, listed[0][0]), *listed]
    return [blocks[: stories[0][0]], *(story for _, story in stories)]


def _lead_stories(blocks: list[Block], first: int) -> list[tuple[int, list[Block]]]:
    """(where it starts, its blocks) of each story told in prose under a heading that links it,
    before ``first``."""
    leads = []
    for i in range(first):
        heading = blocks[i]
        if heading.kind != "heading" or not _heading_link(heading) or not _is_link_title(heading.text):
            continue
        end = next(
            (
                j
                for j in range(i + 1, first)
                if blocks[j].kind == "heading" and blocks[j].level <= heading.level
            ),
            first,
        )
        if _tells_in_prose(story := blocks[i:end]):
            leads.append((i, story))
    return leads


def _dated_link_cards(blocks: list[Block]) -> list[tuple[int, list[Block]]]:
    """(where it starts, its blocks) of each story of a page of cards that each open on a line that
    is a date alone, over the story's title linked to it ("November 12, 2021" over "Costco Confirms:
    A Data Skimmer's Been Ripping Off Customers [Full Text](https://threatpost.com/...)"), then what
    it says: three or more. The card's closing line (its outlet's name) stands over the next date,
    no title of the story below."""
    starts = [
        i
        for i in range(len(blocks) - 1)
        if blocks[i].kind == "paragraph"
        and not blocks[i].links
        and dates.only_a_date(_LEADING_MARKERS.sub("", blocks[i].text, count=1))
        and _titled_by_its_link_line(blocks[i + 1])
    ]
    linked = {blocks[i + 1].links[0].href for i in starts}
    if len(starts) < _MIN_HEADLINE_STORIES or len(linked) < len(starts):
        return []
    return [
        (
            start,
            [
                Block("heading", _less_go_there(blocks[start + 1]), level=6, links=blocks[start + 1].links),
                blocks[start],
                *blocks[start + 2 : end],
            ],
        )
        for start, end in itertools.pairwise([*starts, len(blocks)])
    ]


def _titled_by_its_link_line(block: Block) -> bool:
    """A paragraph of a title's words that links one page, by its title or a "go there" link."""
    if block.kind != "paragraph" or len({link.href for link in block.links}) != 1:
        return False
    title = _less_go_there(block)
    return _some_words(title) and len(title) <= _MAX_CARD_TITLE and not _SENTENCE_END.search(title)


def _less_go_there(block: Block) -> str:
    """A line's text less the "go there" link it ends with ("Costco Confirms: ... Full Text")."""
    text = block.text.rstrip()
    words = block.links[-1].text.strip() if block.links else ""
    if words and is_generic_link_text(words) and (cut := _without_tail(text, words)) is not None:
        return cut
    return text


def _dated_title_stories(blocks: list[Block]) -> list[tuple[int, list[Block]]]:
    """(where it starts, its blocks) of each story of a digest that gives a story's title a line of
    its own over its dateline ("Federal judge orders stop to immigration raids" over "🕒 Published:
    2025-07-12 03:08"), then its text and its address ("🔗 Read more: https://..."): three or
    more, four in five of them naming an address. Empty where the page has fewer."""
    starts = [i for i in range(len(blocks) - 1) if _titles_over_its_dateline(blocks[i], blocks[i + 1])]
    if len(starts) < _MIN_HEADLINE_STORIES:
        return []
    stories = [
        (start, [dataclasses.replace(blocks[start], kind="heading", level=6), *blocks[start + 1 : end]])
        for start, end in itertools.pairwise([*starts, len(blocks)])
    ]
    addressed = sum(any(b.links or "://" in b.text for b in story) for _, story in stories)
    return stories if addressed * 5 >= len(stories) * 4 else []


def _titles_over_its_dateline(line: Block, after: Block) -> bool:
    """A paragraph of some words that is no label's line, straight over a line that dates it and
    says nothing else ("🕒 Published: 2025-07-12 04:01", "2025-07-12")."""
    if line.kind != "paragraph" or after.kind != "paragraph" or after.links:
        return False
    title = line.text
    if not _some_words(title) or len(title) > _MAX_CARD_TITLE or _line_label(title) or "://" in title:
        return False
    dateline = _LEADING_MARKERS.sub("", after.text, count=1)
    stated = labelled_value(dateline, "published")
    return bool(dates.only_a_date(stated) if stated is not None else dates.only_a_date(dateline))


def _linkless_stories(
    blocks: list[Block], plain: dict[int, list[int]], profile: Profile
) -> list[list[Block]] | None:
    """The last readings of a digest: stories it links nowhere, under headlines, as items or as
    paragraphs over their source lines."""
    return (
        _contents_stories(blocks, plain)
        or _headline_stories(blocks, plain, profile)
        or _noted_item_stories(blocks, profile)
        or _sourced_paragraph_stories(blocks)
        or _headline_items(blocks, profile)
    )


def _headline_items(blocks: list[Block], profile: Profile) -> list[list[Block]] | None:
    """[page head, stories...] of a digest that is one list of headlines linked nowhere ("1. 呼和浩特
    发布生育支持政策：一孩补贴 1 万..." fifteen times under "每天 60s 看世界（2025-03-14）"): five or
    more top-level items outside labelled sections (its "## 📊 Weekly Stats"), each a headline's
    length, four in five of the lines from the first on; a line after them (the issue's motto,
    "【微语】...") tells no story. A headline in bold over what it says ("**Claude 4 Release**:
    Anthropic announces ...") is the story's title over its text."""
    labelled = _in_labelled_sections(blocks, profile)
    items = _top_items(blocks, labelled)
    if len(items) < _MIN_HEADLINE_ITEMS:
        return None
    # (an item's own notes, nested under it, are its story's lines: "- Amazon Lex, AWS CloudFormation
    # 지원 시작 (2021-12-11)" over "  - Amazon Lex는 ...")
    lines = sum(
        b.kind in ("paragraph", "list_item", "table_row") and not labelled[k] and not _nested_note(b)
        for k, b in enumerate(blocks[items[0] :], items[0])
    )
    if len(items) * 5 < lines * 4:
        return None
    if any(
        blocks[i].links or not _MIN_HEADLINE_CHARS <= len(blocks[i].text) <= _MAX_HEADLINE_CHARS
        for i in items
    ):
        return None
    if any(b.links for i in items for b in itertools.takewhile(_nested_note, blocks[i + 1 :])):
        return None  # (a headline over its linked sources is another reading's)
    outlet_named = _outlets_named(blocks, items)
    return [
        blocks[: items[0]],
        *(
            [*_headline_story(blocks[i], outlet_named), *itertools.takewhile(_nested_note, blocks[i + 1 :])]
            for i in items
        ),
    ]


def _nested_note(block: Block) -> bool:
    return block.kind == "list_item" and block.depth > 0


def _outlets_named(blocks: list[Block], items: list[int]) -> bool:
    """Whether a feed's headlines close on their outlets' names, as Google News titles them
    ("Mexikos president inte välkommen i Peru - GP"): four in five, the names coming again and again."""
    outlets = [outlet for i in items if (outlet := _outlet_after_dash(blocks[i].text)) is not None]
    return len(outlets) * 5 >= len(items) * 4 and len(set(outlets)) * 2 <= len(outlets)


def _outlet_after_dash(headline: str) -> str | None:
    head, dash, outlet = headline.rpartition(" - ")
    return outlet.strip() if dash and head.strip() and _names_an_outlet(outlet) else None


def _headline_story(item: Block, outlet_named: bool) -> list[Block]:
    headline = item.text
    # ("**Claude 4 Release**: Anthropic announces ...": the bold title over what it says, where that
    # is prose; "**LangChain 0.3**: Significant performance improvements" stays one headline)
    if (said := _said_after_lead(headline, item.lead)) is not None:
        return [Block("heading", item.lead.strip(_ITEM_SEPARATORS), level=6), Block("paragraph", said)]
    if outlet_named and (outlet := _outlet_after_dash(headline)) is not None:
        title = headline.rpartition(" - ")[0].strip()
        return [Block("heading", title, level=6), Block("paragraph", f"Source: {outlet}")]
    return [Block("heading", headline, level=6)]


_MIN_HEADLINE_ITEMS = 5
_MIN_HEADLINE_CHARS = 8
_MAX_HEADLINE_CHARS = 200


def _contents_stories(blocks: list[Block], plain: dict[int, list[int]]) -> list[list[Block]] | None:
    """[page head, stories...] of an issue that opens on a line naming its stories ("Vastaamon
    oikeudenkäynti. Itärajan aita. Metsä Board. ... Sää.", a radio bulletin's) over headings of one
    level that take them up: three or more, as many as the line names (give or take one), half of
    them or more worded as it words them (a translation may word a name two ways)."""
    for level, starts in sorted(plain.items()):
        if len(starts) < _MIN_HEADLINE_STORIES:
            continue
        titles = [_contents_key(blocks[i].text) for i in starts]
        for block in blocks[: starts[0]]:
            if block.kind != "paragraph" or block.links:
                continue
            named = {_contents_key(part) for part in _CONTENTS_SEPARATOR.split(block.text) if part.strip()}
            if abs(len(named) - len(titles)) > 1:
                continue
            found = sum(title in named for title in titles)
            if found >= _MIN_HEADLINE_STORIES and found * 2 >= len(titles):
                return [blocks[: starts[0]], *_stories(blocks, starts, level)]
    return None


_CONTENTS_SEPARATOR = re.compile(r"[.。।·•|;；]\s*")


def _contents_key(text: str) -> str:
    return fold(text).strip(" .。।")


def _sourced_paragraph_stories(blocks: list[Block]) -> list[list[Block]] | None:
    """[page head, stories...] of a digest that tells each story in paragraphs alone: its title
    (a line that ends as no sentence does), one to three paragraphs of prose, then a line that
    names its source by a label ("カナダと中国が関係修復へ" / what happened / "出典: Financial
    Times"). Three or more, the paragraphs between one source line and the next each a story."""
    cited = [
        i
        for i, b in enumerate(blocks)
        if b.kind == "paragraph" and labelled_value(b.text, "source") is not None
    ]
    # the source lines under one story ("来源：<outlet>" over "連結：<its page>") close it together
    cites = [i for i in cited if i - 1 not in cited]
    if len(cites) < _MIN_HEADLINE_STORIES:
        return None
    stories: list[list[Block]] = []
    first = start = next((i + 1 for i in range(cites[0] - 1, -1, -1) if blocks[i].kind != "paragraph"), 0)
    for cite in cites:
        if start == cite:
            return None
        title, *told = blocks[start:cite]
        if (
            not 1 <= len(told) <= _MAX_BRIEF_BLOCKS - 1
            or any(b.kind != "paragraph" for b in (title, *told))
            or len(title.text) > _MAX_CARD_TITLE
            or _STATEMENT_END.search(title.text)
            or not all(_is_prose(b.text) for b in told)
        ):
            return None
        end = cite + 1
        while end in cited:
            end += 1
        stories.append([Block("heading", title.text, level=6, links=title.links), *told, *blocks[cite:end]])
        start = end
        while start < len(blocks) and blocks[start].kind == "heading":
            start += 1  # ("## 2. Défense et coopération internationale": a section of one story or more)
    return [blocks[:first], *stories]


def _noted_item_stories(blocks: list[Block], profile: Profile) -> list[list[Block]] | None:
    """[page head, stories...] of a digest that tells a story per list item, linked nowhere, each
    its bold title and what happened ("- **Arbitrum Dominates TVL** — Arbitrum kept its L2 lead
    with $18B+ TVL. (MEXC)"): three or more, four in five of the top-level items outside any
    labelled section, that name their outlets in brackets at the end or stand under two headings
    or more ("## DeFi", "## Stablecoins"). One list of bold points under one heading is an
    article's, as a key point names no outlet of its own."""
    labelled = _in_labelled_sections(blocks, profile)
    items = [i for i, b in enumerate(blocks) if b.kind == "list_item" and b.depth == 0 and not labelled[i]]
    # ... or an item that is its title alone, over the lines that tell it ("- **Hurricane Melissa
    # Death Toll Rises to 28**" / "*Source: BBC News*" / "Prime Minister Andrew Holness warns...")
    notes = {i: _notes_under(blocks, i) for i in items}
    noted = [i for i in items if _told_under_its_title(blocks[i]) or notes[i]]
    if len(noted) < _MIN_HEADLINE_STORIES or len(noted) * 5 < len(items) * 4:
        return None
    # a page that tells as many bold-titled paragraphs ("**Altın — tarihi satış.** Ons altın...")
    # tells its news in those, and its items are notes within them
    paragraphs = sum(b.kind == "paragraph" and _told_under_its_title(b) for b in blocks)
    if paragraphs >= len(noted):
        return None
    # ("1. **美股期貨走弱**  投資人..." over "來源：<https://www.moomoo.com/>" and "連結：<its page>")
    cited = {i: [] if notes[i] else _source_lines_under(blocks, i) for i in noted}
    outlets = sum(
        bool(_OUTLETS_AT_END.search(blocks[i].text))
        or any(labelled_value(b.text, "source") for b in notes[i])
        or bool(cited[i])
        for i in noted
    )
    headings = {_heading_above(blocks, i) for i in noted}
    if outlets * 5 < len(noted) * 4 and len(headings) < 2:
        return None
    stories = []
    for i in noted:
        item = blocks[i]
        if notes[i]:
            stories.append([Block("heading", item.text, level=6), *notes[i]])
            continue
        rest = item.text[len(item.lead) :].strip(_ITEM_SEPARATORS)
        title = item.lead.strip(_ITEM_SEPARATORS)
        nested = list(itertools.takewhile(lambda b: b.kind == "list_item" and b.depth > 0, blocks[i + 1 :]))
        stories.append([Block("heading", title, level=6), Block("paragraph", rest), *nested, *cited[i]])
    return [blocks[: noted[0]], *stories]


def _source_lines_under(blocks: list[Block], index: int) -> list[Block]:
    """The lines straight under an item that each name a source by a label."""
    return list(
        itertools.takewhile(
            lambda b: b.kind == "paragraph" and labelled_value(b.text, "source") is not None,
            blocks[index + 1 :],
        )
    )


def _notes_under(blocks: list[Block], index: int) -> list[Block]:
    """The paragraphs under an item that is a title alone (some words, no link, no lead of its own),
    down to the next item or heading: a few lines, one of them prose. Empty where it is no such
    title over such lines."""
    item = blocks[index]
    if item.links or item.lead or not _some_words(item.text) or len(item.text) > _MAX_CARD_TITLE:
        return []
    under = list(itertools.takewhile(lambda b: b.kind == "paragraph", blocks[index + 1 :]))
    if not under or len(under) > _MAX_BRIEF_BLOCKS or any(b.links for b in under):
        return []
    return under if any(_is_prose(b.text) for b in under) else []


def _told_under_its_title(item: Block) -> bool:
    """A title of some words, then prose ("**63** developments assessed" names no story)."""
    title = item.lead.strip(_ITEM_SEPARATORS)
    return _some_words(title) and not item.links and _is_prose(item.text[len(item.lead) :])


def _heading_above(blocks: list[Block], index: int) -> int | None:
    """Where the heading a block stands under is (None: above the first)."""
    return next((j for j in range(index - 1, -1, -1) if blocks[j].kind == "heading"), None)


# "... volatility. (BeInCrypto)", "(The Block, Bybit)": the outlets a linkless story names at its end
_OUTLETS_AT_END = re.compile(r"[(（][^()（）\d]{2,40}[)）][.。]?$")


def _headline_stories(
    blocks: list[Block], plain: dict[int, list[int]], profile: Profile
) -> list[list[Block]] | None:
    """[page head, stories...] of a digest that tells its stories under headings and links them
    nowhere ("## Apple unveils its foldable iPhone" over a paragraph of summary, then the next): at
    the level with most, three or more headings, four in five a headline (some words, as a
    section's name has not), each over a short text of its own (a few paragraphs or items, no
    heading, code or table: an article's sections run longer and vary), all but one in five with
    no link of their own. Else None: a page whose stories link their pages is read by its links."""
    found: list[list[Block]] | None = None
    head_end = 0  # where the chosen stories begin
    for level, starts in sorted(plain.items()):
        # "## Welcome to the Tech Roundup!" opens the issue: its own words, no story
        starts = [i for i in starts if not _names_a_group(blocks, i) and not names_a_digest(blocks[i].text)]
        if len(starts) < _MIN_HEADLINE_STORIES or (found and len(found) >= len(starts)):
            continue
        stories = _stories(blocks, starts, level)
        titles = [fold(story[0].text) for story in stories]
        if (
            len(set(titles)) == len(titles)
            and sum(_is_headline(story[0].text) for story in stories) * 5 >= len(stories) * 4
            and sum(not _story_links(story) for story in stories) * 5 >= len(stories) * 4
            and all(_tells_in_brief(story) for story in stories)
        ):
            found, head_end = stories, starts[0]
    return [blocks[:head_end], *found] if found else None


_MIN_HEADLINE_STORIES = 3
_MAX_BRIEF_BLOCKS = 4  # blocks under a linkless story's headline: its summary, a note, a source
_MIN_HEADLINE_WORDS = 4

_MIN_HEADLINE_CJK = 8


def _is_headline(title: str) -> bool:
    """A heading that says what happened in some words ("Ferry adds a night service", "央行下调存款
    准备金率"), where a section's name says what part it is ("Background", "背景")."""
    letters = script_profile(title)
    cjk = letters["han"] + letters["kana"] + letters["hangul"]
    if cjk >= _MIN_HEADLINE_CJK:
        return True
    # ("webpack 发布 5.72.0": a CJK verb between names, each of its characters about a word; a name in
    # CJK alone, "今日头条", is a section's)
    tokens = [token for token in title.split() if not writes_cjk(token)]
    named = any(c.isalpha() for token in tokens for c in token)  # ("数据结构课程 1": a number names nothing)
    words = len(tokens) + cjk if cjk and named else len(title.split())
    return words >= _MIN_HEADLINE_WORDS and not _LEAD_IN.search(title)


def _tells_in_brief(story: list[Block]) -> bool:
    """A few paragraphs or items under a headline, some of them prose, and nothing else (a name
    closing it, "AWS", is the next story's company or category, over its headline)."""
    told = story[1:]
    if len(told) > 1 and told[-1].kind == "paragraph" and _names_the_next(told[-1].text):
        told = told[:-1]
    return (
        0 < len(told) <= _MAX_BRIEF_BLOCKS
        and all(b.kind in ("paragraph", "list_item") for b in told)
        and _tells_in_prose(story)
    )


def _names_the_next(text: str) -> bool:
    """A name alone on its line: a few words, no sentence, no label."""
    return len(text.split()) <= _MAX_NAME_WORDS and not _SENTENCE_END.search(text) and ":" not in text


_MAX_NAME_WORDS = 3


def _story_url(blocks: list[Block], page: Page, meta: _Meta, own: _Meta) -> str | None:
    """One story of many: what it labels its source, else the link it gives (a source the page's
    head names is the digest's, or another story's: it comes last)."""
    linked = article_url(_story_links(blocks))
    if linked is not None and home_page_site(linked) and _links_elsewhere(page, blocks, linked):
        linked = None  # the site's own home, in its head and its footer alike, is no story's address
    url = (
        _source_url(own, None)
        or _stated_thread(blocks)
        or _read_more(blocks)
        or linked
        or _source_url(meta, None)
    )
    if url is None and blocks and blocks[0].kind == "heading" and (link := _heading_link(blocks[0])):
        # "### [Ask HN: ...](https://news.ycombinator.com/item?id=1)"; a listing page
        # ("### [Paper title](https://huggingface.co/papers/)") is no story's address
        url = article_url([link])
    return url


def _read_more(story: list[Block]) -> str | None:
    """The link a story's line labels to be read ("**Read more:** [The paper (arXiv)](https://...)"):
    the story's own page, whatever its prose links on the way."""
    for block in story[1:]:
        if (
            block.lead
            and block.links
            and is_generic_link_text(block.lead)
            and looks_like_url(block.links[0].href)
        ):
            return block.links[0].href
    return None


def _without_shared_sources(records: list[PageRecord]) -> list[PageRecord]:
    """The page's stories, less an address that stories of different titles all state: a roundup
    they were drawn from ("Fuente: buildfastwithai.com" under five of a weekly's stories), no one
    story's own (as each story's, it would make them one article). It stays as a related page."""
    titles_of: dict[str, list[str]] = {}
    for record in records:
        if record.canonical_url:
            titles = " ".join(sorted(t.text for t in record.texts if t.kind == "title"))
            titles_of.setdefault(record.canonical_url, []).append(titles)
    # (a story told twice, in the top stories and in its section, is told alike: one article)
    shared = {
        url
        for url, titles in titles_of.items()
        if any(not _alike_titles(a, b) for a, b in itertools.combinations(titles, 2))
    }
    if not shared:
        return records
    return [
        record.model_copy(
            update={
                "canonical_url": None,
                "related": [
                    *record.related,
                    PageRelated(
                        relation="related", title=url_host(record.canonical_url), url=record.canonical_url
                    ),
                ],
            }
        )
        if record.canonical_url in shared
        else record
        for record in records
    ]


def _alike_titles(a: str, b: str) -> bool:
    """Titles that share at least :data:`ALIKE_TITLE_SHARE` of the shorter one's words (character
    pairs in CJK): "BI-Rate held at 5.75%: strengthening stability" and "Bank Indonesia holds BI-Rate
    at 5.75% to strengthen stability" tell one story."""
    words_a, words_b = _title_words(a), _title_words(b)
    if not words_a or not words_b:
        return a == b
    return len(words_a & words_b) >= ALIKE_TITLE_SHARE * min(len(words_a), len(words_b))


def _title_words(title: str) -> set[str]:
    folded = fold(title)
    words = set(_CJK_RUNS.sub(" ", folded).split())
    words = {w.strip(_WORD_EDGES) for w in words} - {""}
    for run in _CJK_RUNS.findall(folded):
        words |= {run[i : i + 2] for i in range(max(len(run) - 1, 1))}
    return words


ALIKE_TITLE_SHARE = 0.4
_CJK_RUNS = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]+")
_WORD_EDGES = "\"'“”‘’()[]{}.,:;!?%-–—|/"


def _links_elsewhere(page: Page, story: list[Block], url: str) -> bool:
    """Whether more of the page's blocks link ``url`` than the story's do (the story's blocks may be
    the page's remade, so they are counted, not looked up)."""

    def linking(blocks: Sequence[Block]) -> int:
        return sum(any(link.href == url for link in block.links) for block in blocks)

    return linking(page.blocks) > linking(story)


def _tells_under_a_label(label: str, text: str, profile: Profile) -> bool:
    """``Onderbelichte trend: ...``, ``核心内容：...``, ``Abstract: ...``: prose under a label of no
    known group; not a title, a metadata strip (``rubric: ai · source: https://...``) or an address."""
    return (
        _is_prose(text)
        and _label_group(label, profile) is None
        and label_key(label) not in _digest_keys("title_labels")
        and _URL.search(text) is None
    )


def _without_closing_section(stories: list[list[Block]]) -> list[list[Block]]:
    """The stories less a section of the page's own that closes it a level below the stories'
    headings ("<h3>Overgeslagen</h3>", the items a bot skipped, after the last "<h2>" card): where no
    other story of three or more has a heading within it, the last one's first is no part of it."""
    if len(stories) < _CLOSED_AFTER or any(_heading_within(story) is not None for story in stories[:-1]):
        return stories
    cut = _heading_within(stories[-1])
    return stories if cut is None else [*stories[:-1], stories[-1][:cut]]


_CLOSED_AFTER = 3  # stories, none with a heading of its own within it, before a closing section


def _heading_within(story: list[Block]) -> int | None:
    """Where the first heading after the story's title (its heading or headings) and some text stands."""
    text = next((i for i, block in enumerate(story) if block.kind != "heading"), None)
    if text is None:
        return None
    return next((i for i in range(text + 1, len(story)) if story[i].kind == "heading"), None)


def _lists_contents(blocks: list[Block], heading: int) -> bool:
    """A table of contents ("## 📑 目录" over "1. Title" items linking "#article-1"): a heading over
    two or more items and nothing else, each linking a place on the page itself."""
    under = 0
    for index in range(heading + 1, len(blocks)):  # (asked of every heading: no copy of the rest)
        block = blocks[index]
        if block.kind == "heading":
            break
        if not block.links or not all(link.href.startswith("#") for link in block.links):
            return False
        under += 1
    return under >= 2


def _quick_hits(
    blocks: list[Block],
    stories: list[tuple[int, list[Block]]],
    profile: Profile,
    *,
    titled_in_bold: bool = False,
) -> list[tuple[int, list[Block]]]:
    """(where it starts, its blocks) of the stories a digest of linked headings lists between them
    in a group of its own: "## Quick Hits" over "- [Title](https://...) · arXiv cs.LG" items, one
    story each. Only items outside the linked headings' stories and any labelled section, that
    open with a link titling a story (``titled_in_bold``: with a bold title over what the item says
    and an address, a numbered digest's groups of items after its lead stories), none linking a page
    a story under a heading links."""
    covered = {start + k for start, story in stories for k in range(len(story))}
    labelled = _in_labelled_sections(blocks, profile)
    starts = [
        i
        for i, block in enumerate(blocks)
        if i not in covered
        and (block.kind == "list_item" or (block.kind == "paragraph" and _link_only(block)))
        and block.depth == 0
        and not labelled[i]
        and (
            _titled_in_bold_with_a_link(block)
            if titled_in_bold
            # (not "2025-06-20"; "- **[Title](...)** — what it says": its link and a note on it)
            else (_opens_with_its_link(block) or _linked_hit(block)) and _is_link_title(block.links[0].text)
        )
    ]
    if len(starts) < 2:
        return []
    told = {link for _, story in stories for link in _story_links(story)}
    return [
        (start, story)
        for start, story in _told_stories(blocks, starts)
        if _heading_link(story[0]) not in told
    ]


def _titled_in_bold_with_a_link(item: Block) -> bool:
    """``- **Ollama v0.17.8 發布** — 新增 MLX header vendoring。📎 https://...``: an item titled by its
    bold lead, no label, that says more after it and links a page of its own."""
    return (
        item.kind == "list_item"
        and bool(item.lead)
        and label_of(item.lead) is None
        and _said_after_lead(item.text, item.lead) is not None
        and (
            any(looks_like_url(link.href) and not _is_discussion(link.href) for link in item.links)
            or _URL.search(item.text) is not None  # "📎 https://..." after what it says
        )
    )


def _linked_headings_below(blocks: list[Block], starts: list[int], level: int) -> list[int]:
    """Headings below ``level``, after the first story's heading, that title stories of their own
    by their links: two or more, no two the same and none a story's at ``level`` (a lead story over
    "#### [Title](...)" cards, a grid of them under the top stories). A heading whose link names a
    part ("#### [Paper](...)", "#### [Code](...)") is no story's."""
    below = {
        i: link
        for i in range(starts[0] + 1, len(blocks))
        if blocks[i].kind == "heading"
        and blocks[i].level > level
        and _is_link_title(blocks[i].text)
        and (link := _heading_link(blocks[i]))
    }
    links = list(below.values())
    told = {_heading_link(blocks[i]) for i in starts}
    if len(below) < 2 or not _distinct(links) or told & set(links):
        return []
    return list(below)


def _with_table_stories(
    blocks: list[Block], stories: list[tuple[int, list[Block]]]
) -> list[tuple[int, list[Block]]]:
    """The stories, and the stories a table after them gives a row each ("| 순위 | 제목 | 출처 |"),
    none linking a page a story links: the story the table stands in ends before it."""
    rows = _table_stories(blocks)
    if len(rows) < 2:
        return stories
    if rows[-1][0] < stories[0][0]:
        # a table of the day's list over the stories that tell some of its rows again at length ("|
        # 1 | [Title](...) |" rows over "### 🥇 [Title](...)"): each row is a story, told twice or once
        listed = {_heading_link(row[0]) for _, row in rows}
        told = [_heading_link(story[0]) for _, story in stories]
        if len(rows) > len(stories) and all(link in listed for link in told):
            return sorted([*rows, *stories], key=lambda story: story[0])
        return stories
    if (first := rows[0][0]) < stories[-1][0]:
        return stories  # only a table after the last story's start is read beside them
    start, last = stories[-1]
    stories = [*stories[:-1], (start, last[: first - start])]
    told = {link for _, story in stories for link in _story_links(story)}
    if any(_heading_link(row[0]) in told for _, row in rows):
        return stories
    return [*stories, *rows]


_MIN_LINKLESS_STORIES = 3  # a digest's labelled stories that link nothing: fewer may be one article's parts


def _trailing(flags: list[bool], value: bool) -> int:
    """How many of the last ``flags`` in a row are ``value``."""
    return next((k for k, flag in enumerate(reversed(flags)) if flag != value), len(flags))


def _numbered_run_stories(
    blocks: list[Block], numbered: dict[int, list[int]], profile: Profile
) -> list[list[Block]] | None:
    """[page head, stories...] of a digest that numbers stories it links nowhere, or not each ("###
    1. NVIDIA支えた台湾半導体産業、米国シフトに懸念の声" over its summary; "### 2. ..." over "（元投稿に直接の
    URLなし）"): the first run of three or more headings of one level numbered 1, 2, 3... whose every
    story has a title of some words (not a section's name: "## 1. ツール"), no section label, no
    heading below it, and prose of its own (paragraphs or points), no two by one link."""
    for level in sorted(numbered):
        for run in _numbered_runs(blocks, numbered[level]):
            numbers = [int(_NUMBERED.match(blocks[i].text).group(1)) for i in run]  # type: ignore[union-attr]
            if len(run) < 3 or numbers != list(range(1, len(run) + 1)):
                continue
            stories = _stories(blocks, run, level)
            titles = [_NUMBERED.sub("", story[0].text).strip() for story in stories]
            links = _cited(stories)
            if (
                len(set(titles)) == len(titles)
                and len(set(links)) == len(links)
                and all(
                    _is_link_title(title)
                    and _role_of_heading(story[0].text, profile) is None
                    and not any(b.kind == "heading" for b in story[1:])
                    and any(b.kind in ("paragraph", "list_item") and _is_prose(b.text) for b in story)
                    for title, story in zip(titles, stories, strict=True)
                )
            ):
                return [blocks[: run[0]], *_linked_by_title(stories, blocks)]
    return None


def _linked_by_title(stories: list[list[Block]], blocks: list[Block]) -> list[list[Block]]:
    """The stories, each that links nowhere and whose title is the text of one link elsewhere on
    the page (an index of the issue's articles: "## 全記事一覧" of "1. [Title](https://...)") linked
    by it in its heading. A title may be a headline's first part ("ソフトバンクG、OpenAIへ「賭け金」
    10兆円に" of "... 10兆円に　市場は財務負担懸念")."""
    hrefs: dict[str, set[str]] = {}
    for block in blocks:
        for link in block.links:
            if looks_like_url(link.href):
                hrefs.setdefault(normalize_space(link.text), set()).add(link.href)
    linked = []
    for story in stories:
        title = _NUMBERED.sub("", story[0].text).strip()
        found: set[str] = set()
        if _is_link_title(title) and not _story_links(story):
            found = hrefs.get(title) or {
                h for text, hs in hrefs.items() if text.startswith(f"{title} ") for h in hs
            }
        if len(found) == 1:
            story = [dataclasses.replace(story[0], links=(Link(title, next(iter(found))),)), *story[1:]]
        linked.append(story)
    return linked


def _repeats_one_at_most(links: Sequence[str | None]) -> bool:
    """No link is more than one other's, and one at most is that."""
    return len(links) - len(set(links)) <= 1


def _mostly_own(links: Sequence[str | None]) -> bool:
    """Four in five of the links are no other's."""
    return len(set(links)) * 5 >= len(links) * 4


def _first_tellings(blocks: list[Block], starts: list[int], links: list[str | None]) -> list[str | None]:
    """The links of the headings at ``starts`` that title a story first: a digest's later section
    may tell its stories again under the same titles, linked or not ("## Emerging Signals" over
    "### Databricks brings GPT-5.5 to enterprise agent workflows", told above with its link)."""
    seen: set[str] = set()
    first: list[str | None] = []
    for start, link in zip(starts, links, strict=True):
        title = fold(_without_badge(blocks[start]))
        if title not in seen:
            seen.add(title)
            first.append(link)
    return first


def _list_groups(blocks: list[Block], starts: list[int], links: list[str | None], level: int) -> set[int]:
    """Those of ``starts`` whose heading links nothing and stands over a list of linked items ("###
    📚 Статьи и видео"): groups of stories, each item one, not stories themselves."""
    groups = set()
    for start, link, story in zip(starts, links, _stories(blocks, starts, level), strict=True):
        items = [b for b in itertools.takewhile(lambda b: b.kind == "list_item", story[1:]) if b.depth == 0]
        if link is None and len(items) >= 2 and sum(bool(b.links) for b in items) * 5 >= len(items) * 4:
            groups.add(start)
    return groups


def _mostly_linked(links: Sequence[str | None]) -> bool:
    """Five or more stories, four in five with a link, and those links none more than two's."""
    linked = [link for link in links if link]
    return len(links) >= 5 and len(linked) * 5 >= len(links) * 4 and _told_twice_at_most(linked)


def _told_twice_at_most(links: Sequence[str | None]) -> bool:
    """None of the links is more than two's, and two in three are no other's: a brief's "Top
    Picks" whose headings link their stories, over its sections that tell those stories again."""
    return len(set(links)) * 3 >= len(links) * 2 and max(Counter(links).values(), default=0) <= 2


def _lone_numbered_story(
    blocks: list[Block], starts: list[int], level: int, profile: Profile
) -> list[Block] | None:
    """The story of an issue that tells one: its only numbered heading, "1. Title", citing its
    sources ("## 1. ChatGPT PlusからGeminiへ..." over its points and two quoted sources)."""
    if len(starts) != 1 or not (number := _NUMBERED.match(blocks[starts[0]].text)) or number.group(1) != "1":
        return None
    (story,) = _stories(blocks, starts, level)
    return story if _names_its_source(story, profile) else None


def _numbered_runs(blocks: list[Block], starts: list[int]) -> list[list[int]]:
    """Numbered headings in runs: a number no greater than the one before starts a new run."""
    runs: list[list[int]] = []
    previous = 0
    for i in starts:
        number = int(_NUMBERED.match(blocks[i].text).group(1))  # type: ignore[union-attr]
        if not runs or number <= previous:
            runs.append([])
        runs[-1].append(i)
        previous = number
    return runs


def _tells_stories(blocks: list[Block], run: list[int], level: int, profile: Profile) -> bool:
    """All but one in five of a run's numbered headings name their source (a lone one must)."""
    named = sum(_names_its_source(story, profile) for story in _stories(blocks, run, level))
    return named * 5 >= len(run) * 4


def _dated_table_stories(blocks: list[Block]) -> list[list[Block]]:
    """An untitled press review: tables whose story rows are dated in a column so named ("| Date |
    Site | URL |" over "| 2019-04-10 | Ouest-France | [Lustres, tissages, ...](...) |"). A table of
    linked headlines that says when each ran is a digest whatever the page is called."""
    stories = _table_stories(blocks, dated=True)
    if not stories or _mostly_job_ads([story[0].text for _, story in stories]):
        return []  # ("| [Fly.io (YC W20) Is Hiring Platform Engineers](...) | 4/20/2022 |": job ads)
    return [blocks[: stories[0][0]], *(story for _, story in stories)]


def _mostly_job_ads(titles: list[str]) -> bool:
    ads = sum(any(ad in fold(title) for ad in _job_ads()) for title in titles)
    return ads * 5 >= len(titles) * 4


@cache
def _job_ads() -> tuple[str, ...]:
    return tuple(fold(ad) for ad in lexicon()["not_news"]["job_ads"])


def _table_stories(blocks: list[Block], dated: bool = False) -> list[tuple[int, list[Block]]]:
    """(where it starts, its blocks) of each story a digest gives as a table row, under a header
    row that names a title column ("| 评级 | 来源 | 标题 | 摘要 |", "| Title | Summary |"): the title
    cell, linked by the row's story link (the title's own, else the row's first), over the summary
    cell's text. Each table has its header (several tables under category headings read alike).
    Empty unless two rows or more tell stories, four in five with a link no other row has."""
    stories: list[tuple[int, list[Block]]] = []
    when: list[bool] = []  # whether each story's row says when it ran
    columns: _Columns | None = None  # of the table the row stands in
    for i, block in enumerate(blocks):
        if block.kind != "table_row":
            columns = None
            continue
        # (a row that links is no header, whatever its cells say: "| 11위 | [Title](...) | 네이버뉴스 |")
        header = None if block.links else _table_columns(block.cells)
        if header is not None:
            columns = header
            continue
        if columns is None and not dated and (story := _headerless_row_story(block)):
            # ("| DroneShield | [These were the worst-performing ASX 200 shares ...](...) fool.com.au — Sat,
            # 01 Aug 2026 |", rows of a table with no header: the one linked headline titles its row)
            stories.append((i, story))
            continue
        if columns is None or len(block.cells) != columns.width:
            continue
        if dated and columns.published is None:
            return []
        title = block.cells[columns.title].strip()
        # a row whose one link is a discussion thread (a Reddit post) is that thread's story
        links = [link for link in block.links if looks_like_url(link.href)]
        links = [link for link in links if not _is_discussion(link.href)] or links
        # (a title cell linked to a search for it, the article's own link in its source cell)
        links = [link for link in links if not is_search_url(link.href)] or links
        if not title or not links:
            continue
        if columns.linked and not _is_linked_headline(title, links):
            continue
        title = _without_thread_link(title, block.links)
        # "[Title](...) `cs.AI`": a title cell that opens with its link, a tag after it
        title = next((link.text for link in links if link.text and _opens_cell(title, link.text)), title)
        href = next((link.href for link in links if link.text == title), links[0].href)
        story = [Block("heading", title, level=6, links=(Link(title, href),))]
        if columns.summary is not None and len(said := block.cells[columns.summary].strip()) >= _MIN_SAID:
            # the column's label says what the cell is, as "摘要: ..." on a line would
            story.append(Block("paragraph", f"{columns.summary_label}: {said}"))
        # the date, outlet and tags cells, as lines their labels would open ("Source: SANS ISC")
        for column, label in (
            (columns.published, columns.published_label),
            (columns.outlet, columns.outlet_label),
            (columns.tags, columns.tags_label),
        ):
            if column is not None and column != columns.title and (value := block.cells[column].strip()):
                story.append(Block("paragraph", f"{label}: {value}"))
        stories.append((i, story))
        when.append(columns.published is not None and bool(block.cells[columns.published].strip()))
    links = {story[0].links[0].href for _, story in stories}
    if dated and sum(when) * 5 < len(when) * 4:
        return []  # four rows in five say when they ran (one may leave its date blank)
    return stories if len(stories) >= 2 and len(links) * 5 >= len(stories) * 4 else []


def _headerless_row_story(row: Block) -> list[Block] | None:
    """The story of a table row under no header: its one link, a headline that opens its cell, and
    what that cell says after it (the outlet and the time it ran)."""
    links = [link for link in row.links if looks_like_url(link.href)]
    if len(links) != 1 or not _is_linked_headline(links[0].text, links):
        return None
    (link,) = links
    cell = next((cell.strip() for cell in row.cells if cell.strip().startswith(link.text)), None)
    if cell is None:
        return None
    story = [Block("heading", link.text, level=6, links=(link,))]
    said = cell[len(link.text) :].strip(_ITEM_SEPARATORS)
    if named := _names_outlet_and_date(said, _ROW_META_SEPARATOR):
        # "fool.com.au — Sat, 01 Aug 2026 20:30:00 GMT": the outlet, and when it ran
        story += [Block("paragraph", f"Source: {named[0]}"), Block("paragraph", f"Date: {named[1]}")]
    elif said:
        story.append(Block("paragraph", said))
    return story


_ROW_META_SEPARATOR = re.compile(r"\s+[—–·•|｜]\s+")  # (a row's line may part its outlet and date by a dash)


def _tells_again(stories: list[tuple[int, list[Block]]], told: list[tuple[int, list[Block]]]) -> bool:
    """All but one in five of ``stories`` link a page that one of ``told`` links first."""
    pages = {canonical_url(story[0].links[0].href) for _, story in stories}
    before = {canonical_url(link.href) for _, story in told for block in story for link in block.links}
    return len(pages - before) * 5 <= len(pages)


def _opens_cell(cell: str, text: str) -> bool:
    """A link's text opens the cell, and what follows it is a tag or a note ("`cs.AI (人工智能)`")."""
    return cell != text and cell.startswith(text) and len(cell) - len(text) <= max(len(text), _MAX_CELL_TAG)


_MAX_CELL_TAG = 30  # characters after a title cell's link


def _without_thread_link(title: str, links: tuple[Link, ...]) -> str:
    """A title cell less the link to its discussion after the title ("**[A sleep-like
    consolidation mechanism for LLMs](https://arxiv.org/...)** — [HN Discussion](https://news.
    ycombinator.com/item?id=...)"): the thread is the story's discussion, not part of its title."""
    threads = {link.text for link in links if _is_discussion(link.href) and link.text}
    for thread in threads:
        if (cut := _without_tail(title, thread)) is not None:
            return cut
    return title


def _without_tail(text: str, tail: str, separators: str = "") -> str | None:
    """``text`` less ``tail`` at its end and the separators before it (``_ITEM_SEPARATORS`` and
    ``separators``); None where it ends otherwise."""
    if not tail or len(text) <= len(tail) or not text.endswith(tail):
        return None
    return text[: -len(tail)].rstrip(_ITEM_SEPARATORS + separators)


class _Columns(NamedTuple):
    """Where a table of stories keeps them: the title column, the summary column (and its
    header's words), and how many columns a row has."""

    title: int
    summary: int | None
    summary_label: str
    width: int
    published: int | None = None
    published_label: str = ""
    outlet: int | None = None
    outlet_label: str = ""
    tags: int | None = None
    tags_label: str = ""
    linked: bool = False  # the title column is the link column: a row's title is its link's text


def _table_columns(cells: tuple[str, ...]) -> _Columns | None:
    """The columns a table's header row names; None for any other row. A CJK header may qualify
    its title word ("活动标题", the event's title)."""
    title = next((k for k, cell in enumerate(cells) if _names_title_column(cell)), None)
    if title is None:  # "| # | トピック | 概要 | ソース |": the topic titles the row
        title = next(
            (k for k, cell in enumerate(cells) if label_key(cell) in _digest_keys("topic_columns")), None
        )
    linked = title is None  # "| Date | Site | URL |": the link's text titles the row
    if title is None:
        title = next(
            (k for k, cell in enumerate(cells) if label_key(cell) in _digest_keys("link_columns")), None
        )
    if title is None:
        return None
    # ("Published (UTC)": a header may say in brackets how its cells are written)
    named = [label_of(_PARENTHESES.sub("", cell)) for cell in cells]
    summary = next((k for k, group in enumerate(named) if group == "summary"), None)
    published = next((k for k, group in enumerate(named) if group == "published"), None)
    outlet = next(
        (
            k
            for k, cell in enumerate(cells)
            if label_key(cell) in _outlet_labels() | _digest_keys("outlet_columns")
        ),
        None,
    )
    tags = next((k for k, group in enumerate(named) if group == "tags"), None)
    return _Columns(
        title,
        summary,
        cells[summary] if summary is not None else "",
        len(cells),
        published,
        _PARENTHESES.sub("", cells[published]).strip() if published is not None else "",
        outlet,
        cells[outlet] if outlet is not None else "",
        tags,
        cells[tags] if tags is not None else "",
        linked,
    )


def _names_title_column(cell: str) -> bool:
    key = label_key(cell)
    if key in _digest_keys("title_columns"):
        return True
    # "Story & Link", "Title / URL", "标题/链接": the title column, and the link in it
    parts = [label_key(part) for part in _JOINED_COLUMNS.split(cell) if part.strip()]
    if len(parts) == 2 and parts[0] in _digest_keys("title_columns") and label_of(parts[1]) == "source":
        return True
    return len(key) <= _MAX_CJK_COLUMN and writes_cjk(key) and key.endswith(_cjk_title_columns())


_MAX_CJK_COLUMN = 6  # characters of a CJK header that qualifies a title word
_JOINED_COLUMNS = re.compile(r"\s*[&/＆／+]\s*|\s+and\s+")


def _is_linked_headline(cell: str, links: list[Link]) -> bool:
    """A link column's cell that is one linked headline ("[Bercy lance une start-up pour anticiper les
    faillites](...)"), not a bare address or a site's name ("[GitHub](...)")."""
    if not any(link.text == cell for link in links) or looks_like_url(cell):
        return False
    return len(cell.split()) >= _MIN_LINKED_HEADLINE_WORDS or (writes_cjk(cell) and len(cell) >= 8)


_MIN_LINKED_HEADLINE_WORDS = 4


@cache
def _digest_keys(group: str) -> frozenset[str]:
    """The label keys of a ``[digests]`` word list of the lexicon ("title_columns", "link_columns")."""
    return frozenset(label_key(word) for word in lexicon()["digests"][group])


@cache
def _cjk_title_columns() -> tuple[str, ...]:
    return tuple(sorted(word for word in _digest_keys("title_columns") if writes_cjk(word)))


def _names_its_source(story: list[Block], profile: Profile) -> bool:
    """A story names its source by a link (its heading's, even a discussion thread's: "### 1. [Ask
    HN: ...](https://news.ycombinator.com/item?id=1)"), or by a label ("出典: MIT Technology Review")."""
    return (
        _heading_link(story[0]) is not None
        or any(_story_link(x) for x in story)
        or _has_labelled_parts(story, profile)
    )


def _later_sections_stories(
    blocks: list[Block],
    placed: list[tuple[int, list[Block]]],
    level: int,
    plain: dict[int, list[int]],
    profile: Profile,
    told: set[str],
) -> list[tuple[int, list[Block]]]:
    """(where it starts, its blocks) of the stories a digest titles at a level below its numbered
    ones, after the last of those ends: the first deeper level whose headings there head stories
    of their own (``_stories_beside``); none where none does."""
    last, story = placed[-1]
    end = last + len(story)
    for deeper in sorted(other for other in plain if other > level):
        if kept := _stories_beside(blocks, [i for i in plain[deeper] if i >= end], deeper, profile, told):
            return list(zip(kept, _stories(blocks, kept, deeper), strict=True))
    return []


def _stories_beside(
    blocks: list[Block], starts: list[int], level: int, profile: Profile, told: set[str]
) -> list[int]:
    """The unnumbered headings, of the numbered stories' level, that head stories of their own: a
    page may number one section's stories ("### 1. owner/repo") and title another's in bold
    ("**🔥 Acme ships X**" over its points and source). Two or more, each naming its source (a
    link, or a label: "来源: Reuters"), no two by one link and none by a link of the ``told``
    stories (a later section's notes on them, "### C-3-1. ～ことから" citing a story's page, or a
    "Quick start" section trying told stories out); else none (a lone "### About this digest" with
    its link is no story). Those that cite a told page are left out, while at least half cite
    pages of their own; else the run is notes, and none is taken."""
    beside = [
        (start, story)
        for start, story in zip(starts, _stories(blocks, starts, level), strict=True)
        if _names_its_source(story, profile)
    ]
    seen = set(told)
    kept = []
    for start, story in beside:
        link = next(iter(_story_links(story)), None)
        if link in seen:
            continue
        if link is not None:
            seen.add(link)
        kept.append(start)
    if len(kept) < 2 or len(kept) * 2 < len(beside):
        return []
    return kept


def _grouped_list_stories(
    blocks: list[Block], heading_starts: list[int], titles: tuple[str | None, ...], profile: Profile
) -> list[list[Block]] | None:
    """[page head, stories...] when the headings a reading would take for stories are groups
    ("### TechCrunch", "### Anthropic (Claude)") over lists, or bold-titled paragraphs, that tell
    a story each: on a digest, each heading but one in five followed at once by its list or such
    a paragraph (a "⛈️ Weather" group may close the page with a forecast), and more stories than
    headings."""
    if not _names_a_digest(titles):
        return None
    grouping = sum(_opens_on_a_story(blocks, start) for start in heading_starts)
    if grouping * 5 < len(heading_starts) * 4:
        return None
    return _stories_of_groups(blocks, heading_starts, profile)


def _stories_of_groups(
    blocks: list[Block], heading_starts: list[int], profile: Profile
) -> list[list[Block]] | None:
    """[page head, stories...] of the items under group headings, where they outnumber the groups."""
    items = _list_stories(blocks, profile)
    if len(items) <= len(heading_starts):
        return None
    return _with_lead_stories(blocks, items)


def _untitled_groups(
    blocks: list[Block], plain: dict[int, list[int]], titles: tuple[str | None, ...], profile: Profile
) -> list[list[Block]] | None:
    """[page head, stories...] of a page that opens on a line, not a title (none stated: the title a
    reading found is a group's name), and whose headings, all of one level, are groups over lists of
    stories (see ``_grouped_list_stories``)."""
    if not blocks or blocks[0].kind == "heading" or len(plain) != 1:
        return None
    ((level, starts),) = plain.items()
    if len(starts) < 2 or any(b.kind == "heading" and b.level != level for b in blocks):
        return None
    if any(title and title not in {blocks[i].text for i in starts} for title in titles[:2]):
        return None  # (a title stated, or the page's <title>; its opening line is no title)
    if not all(_opens_on_a_story(blocks, start) for start in starts):
        return None
    return _stories_of_groups(blocks, starts, profile)


def _untitled_items(blocks: list[Block], profile: Profile) -> list[list[Block]] | None:
    """[page head, stories...] of a page that has no heading and opens on the first of its linked
    items, each over what it says (an issue's body alone: "- [Title](https://...)" over the quote
    from it, item after item): three or more, the page's text from its first line on."""
    if not blocks or blocks[0].kind != "list_item" or any(b.kind == "heading" for b in blocks):
        return None
    stories = _linked_item_stories(blocks, profile)
    if len(stories) < _MIN_HEADLINE_STORIES or stories[0][0] != 0:
        return None
    return [[], *(story for _, story in stories)]


def _opens_on_a_story(blocks: list[Block], heading: int) -> bool:
    """Whether the first block under a heading is a list item, a bold-titled paragraph or a
    card's title over its source line."""
    k = next((k for k in range(heading + 1, len(blocks)) if blocks[k].kind != "heading"), None)
    if k is None:
        return False
    if _notes_a_list(blocks, k):
        k += 1  # "⚠ 本板块本次覆盖不足（1/10）" over the group's one item
    return blocks[k].kind == "list_item" or (
        blocks[k].kind == "paragraph" and (bool(blocks[k].lead) or _over_its_source(blocks, k))
    )


def _notes_a_list(blocks: list[Block], k: int, most: int | None = None) -> bool:
    """A short line linking nothing straight over a list: a note on the list (or its lead-in)."""
    return (
        k + 1 < len(blocks)
        and blocks[k].kind == "paragraph"
        and not blocks[k].links
        and len(blocks[k].text) <= (most or _MAX_LIST_NOTE)
        and blocks[k + 1].kind == "list_item"
    )


_MAX_LIST_NOTE = 80  # characters
_MAX_GROUP_NOTE = 200  # characters of a note over a group's list of linked headlines


def _mostly_headlines(texts: list[str]) -> bool:
    """Every text a headline, or more than half of three or more (a blog's posts titled "June 1,
    2025" or "The Final Act" among a group's headlines; a story's sources, "[OpenAI: Introducing X]"
    beside "[TechCrunch]", are two and not both headlines)."""
    headlines = sum(map(_is_headline, texts))
    return headlines == len(texts) or (len(texts) >= 3 and headlines * 2 > len(texts))


def _group_note_opening(story: list[Block]) -> str | None:
    """The first words of the line that links nothing under a story's heading, over a list."""
    if len(story) < 3 or story[0].kind != "heading" or not _notes_a_list(story, 1, _MAX_GROUP_NOTE):
        return None
    return " ".join(fold(story[1].text).split()[:_NOTE_OPENING_WORDS]) or None


_NOTE_OPENING_WORDS = 4


def _list_stories(blocks: list[Block], profile: Profile) -> list[tuple[int, list[Block]]]:
    """(where it starts, its blocks) of each story of a digest that tells one story per list item,
    the last reading tried: "- **[Title](https://...)** — 120 points" with nested notes, "- **Title**"
    over a nested link, "- **Title**: what it says ([source](https://...))", "- What it says.
    [Title](https://...)". Empty unless two in three top-level items outside any labelled section
    are such stories, four in five of them with a link no other has. Where the items tell none, a
    page's paragraphs that open with a bold title are read alike ("**Title** — what it says" over
    its "🔗 https://..." lines)."""
    metadata = _metadata_lists(blocks, profile)
    starts: dict[str, list[int]] = {"list_item": [], "paragraph": [], "linked": []}
    labelled = _in_labelled_sections(blocks, profile)
    feeds = _feeds(blocks)  # "- HackerNoon" over its entries: a feed's name, no story
    fetched: set[int] = set()
    if fields := _sibling_fields(blocks):  # (read as the items under their title that they are)
        blocks = [dataclasses.replace(b, depth=1) if i in fields else b for i, b in enumerate(blocks)]
    for i, block in enumerate(blocks):
        if block.kind == "heading" or labelled[i] or i in metadata:
            continue
        if block.kind == "list_item" and block.depth == 0 and _lists_a_feed(block):
            fetched.add(i)  # "✓ Kyiv Post · 100 条 · https://www.kyivpost.com/feed": a fetch log's line
        elif (
            block.kind == "list_item"
            and block.depth == 0
            # "* [https://...](...)" is a link of the item above, not an item of its own
            and not (_link_only(block) and looks_like_url(block.text))
        ):
            starts["list_item"] += feeds.get(i, [i])
        elif block.kind == "paragraph" and (
            block.lead
            or _title_then_url(block)
            or _over_its_source(blocks, i)
            or _titles_a_card(blocks, i)
            or _tells_after_its_link(block)
        ):
            starts["paragraph"].append(i)
        elif _titled_by_its_link(blocks, i) or _among_linked_titles(blocks, i):
            starts["linked"].append(i)
    return (
        _told_stories(blocks, starts["list_item"], frozenset(feeds) | frozenset(fetched))
        or _told_stories(blocks, starts["paragraph"], _notes_after_told_stories(blocks, starts["paragraph"]))
        # a page of none of those: its paragraphs that are a story's linked title alone
        or _told_stories(blocks, starts["linked"], frozenset())
    )


def _sibling_fields(blocks: list[Block]) -> frozenset[int]:
    """The top-level items that are the fields of a title item over them, not stories of their own,
    where a digest sets each story's lines beside its title rather than under it ("- **T. Rowe Price
    brings more of Claude ...**" over "- 📍 Claude Blog · 9月11日 · [原文](https://...)", "- 概要：...",
    "- 影响：..."): three or more titles (a line of some words that links nothing and is no labelled
    field), each over one to four such items, one of them its only link, four in five of the titles
    so. Empty where the page has fewer."""
    titles = [
        i
        for i, b in enumerate(blocks)
        if b.kind == "list_item"
        and b.depth == 0
        and not b.links
        and not b.lead
        and len(b.text) <= _MAX_BOLD_TITLE
        and not _is_field(b)
    ]
    if len(titles) < _MIN_HEADLINE_STORIES:
        return frozenset()
    fields: set[int] = set()
    grouped = 0
    for start, limit in itertools.pairwise([*titles, len(blocks)]):
        run = list(
            itertools.takewhile(
                lambda k: blocks[k].kind == "list_item" and blocks[k].depth == 0, range(start + 1, limit)
            )
        )
        linked = [k for k in run if blocks[k].links]
        if 1 <= len(run) <= _MAX_SIBLING_FIELDS and len(linked) == 1 and len(blocks[linked[0]].links) == 1:
            grouped += 1
            fields.update(run)
    return frozenset(fields) if grouped * 5 >= len(titles) * 4 else frozenset()


_MAX_SIBLING_FIELDS = 4


def _notes_after_told_stories(blocks: list[Block], starts: list[int]) -> frozenset[int]:
    """The paragraphs after a story told whole in its own paragraph ("🌟 [Title](...) — what it
    says") that open with a marker of their own and link nothing ("📊 NL East race: ..."): a
    briefing's notes, each an item of its own, not more of that story."""
    notes: set[int] = set()
    for start, limit in itertools.pairwise([*starts, len(blocks)]):
        if not _tells_after_its_link(blocks[start]):
            continue
        for j in range(start + 1, limit):
            block = blocks[j]
            if block.kind != "paragraph" or block.links or not _LEADING_MARKERS.match(block.text):
                break
            notes.add(j)
    return frozenset(notes)


def _tells_after_its_link(paragraph: Block) -> bool:
    """``🌟 [Title](https://...) — what it says``: a paragraph that opens with its story's linked
    title and goes on to tell it."""
    if not _led_by_its_link(paragraph) or not _is_link_title(paragraph.links[0].text):
        return False
    return _is_prose(_said_after_its_link(paragraph))


def _said_after_its_link(block: Block) -> str:
    """What a line led by its link (marker symbols at most before it) says after it."""
    return _LEADING_MARKERS.sub("", block.text, count=1)[len(block.links[0].text) :].strip(_ITEM_SEPARATORS)


def _titled_by_its_link(blocks: list[Block], i: int) -> bool:
    """A paragraph that is its story's linked title alone, over a line that links nothing (the
    title translated, or what the story says): "<a class=title-en>Axios compromised on NPM</a>" over
    "<div class=title-zh>Axios 受到 NPM 攻击</div>" and its points and thread."""
    if not _is_linked_title(blocks[i]) or i + 1 >= len(blocks):
        return False
    after = blocks[i + 1]
    return after.kind == "paragraph" and not after.links and _line_label(after.text) is None


def _among_linked_titles(blocks: list[Block], i: int) -> bool:
    """A paragraph that is a story's linked title alone beside another such (a scraped list of
    headlines, "<div><p><a>US PRESIDENT BIDEN REVOKES ...</a></p></div>" one after another): each
    is its story, told by its title."""
    return _linked_title_line(blocks[i]) and any(
        0 <= j < len(blocks) and _linked_title_line(blocks[j]) for j in (i - 1, i + 1)
    )


def _is_linked_title(block: Block) -> bool:
    """A paragraph that is one link alone whose text can title a story (no address, no "Read more")."""
    if block.kind != "paragraph" or len(block.links) != 1 or not _link_only(block):
        return False
    title = block.links[0].text
    return _is_link_title(title) and not looks_like_url(title)


def _linked_title_line(block: Block) -> bool:
    return _is_linked_title(block) and looks_like_url(block.links[0].href)


def _lists_a_feed(item: Block) -> bool:
    """An item whose links are all feeds' addresses: a feed it reads, no story."""
    return bool(item.links) and all(is_feed_url(link.href) for link in item.links)


def _feeds(blocks: list[Block]) -> dict[int, list[int]]:
    """{feed's item: its entries' items} of an RSS digest that lists each feed's name over its
    entries ("- HackerNoon" over "  - [Title](https://...)" items): when two of the top-level items
    that could be feeds have two entries or more, all of them are (a feed gave one entry today);
    else none (a story's item over its one source)."""
    feeds = {
        i: entries
        for i, block in enumerate(blocks)
        if block.kind == "list_item" and block.depth == 0 and (entries := _feed_entries(blocks, i))
    }
    several = sum(len(entries) >= _MIN_FEED_ENTRIES for entries in feeds.values())
    return feeds if several >= _MIN_FEEDS else {}


def _feed_entries(blocks: list[Block], i: int) -> list[int]:
    """The items nested under a top-level item that may name a feed ("- HackerNoon", "- Nicolas
    Krassas / @Dinosn"), each of them its link to one entry ("  - [Title](https://...)"). Empty for
    a story's item over its sources: a bold title, a link or a sentence of its own says the item
    tells a story."""
    group = blocks[i]
    if group.links or group.lead or len(group.text) > _MAX_FEED_NAME or _is_prose(group.text):
        return []
    entries, others = [], 0
    for k in range(i + 1, len(blocks)):
        block = blocks[k]
        if block.kind != "list_item" or block.depth == 0:
            break
        if block.depth == 1:
            if _opens_with_its_link(block) and _is_link_title(block.links[0].text):
                entries.append(k)
            else:
                others += 1
    return entries if others * 5 <= len(entries) else []  # an entry titled "PDF" now and then


_MAX_FEED_NAME = 80
_MIN_FEED_ENTRIES = 2
_MIN_FEEDS = 2  # feeds with that many entries that make a page an RSS digest of feeds


def _over_its_source(blocks: list[Block], i: int) -> bool:
    """A short paragraph without links over a line naming its source ("看低空经济发展新动向" over
    "来源：光明网 · 2026-02-25", "Legora acquires Qura" over "The Global Legal Post →"): a story's
    title, as a card sets it."""
    block = blocks[i]
    if block.links or len(block.text) > _MAX_BOLD_TITLE or i + 1 >= len(blocks):
        return False
    after = blocks[i + 1]
    if after.kind != "paragraph":
        return False
    # ... or over its outlet's name linked with an arrow to the story ("Marketech APAC →"; "Read more
    # →" names no outlet: what stands over it may be the story's summary)
    pointed = (
        _link_only(after)
        and len(after.text) <= _MAX_CARD_LINK
        and after.text.endswith(_POINTERS)
        and not is_generic_link_text(after.text)
    )
    return pointed or _line_label(after.text) == "source"


_POINTERS = ("→", "›", "»", "↗", "➜", "➔")


def _titles_a_card(blocks: list[Block], i: int) -> bool:
    """A short paragraph without links over a paragraph of prose and a line that is no more than
    one short link ("Claude Designが正式リリース" over what it says and "詳細を見る", "📎 X/@OpenAI"): a
    card's title, as a page of cards sets it; not a line under a labelled one ("来源：光明网" over
    "今日新增低空经济政策" tags the card above)."""
    if i + 2 >= len(blocks) or (i > 0 and _line_label(blocks[i - 1].text) is not None):
        return False
    title, said, link = blocks[i : i + 3]
    if title.links or len(title.text) > _MAX_CARD_TITLE or len(title.text) >= len(said.text):
        return False
    if _line_label(title.text) is not None:  # "来源：光明网", no title
        return False
    if any(0 <= j < len(blocks) and blocks[j].text == title.text for j in (i - 3, i + 3)):
        return False  # "虎嗅" under each linked headline, over its text: the outlet's name, no card's title
    if said.kind != "paragraph" or said.links or not _is_prose(said.text):
        return False
    go_there = link.links[0].text if len(link.links) == 1 else ""
    return (
        link.kind == "paragraph"
        and bool(go_there)
        and len(link.text) <= _MAX_CARD_LINK
        # the link alone, or "Devamı → Google DeepMind · 30 Eylül 2026": "go there", then the outlet
        and (
            len(link.text) - len(go_there) <= 3
            or (is_generic_link_text(go_there) and link.text.startswith(go_there))
        )
    )


def _line_label(text: str) -> str | None:
    """The lexicon group of a ``Label: value`` line's label ("来源：光明网 · 2026-02-25": source)."""
    return label_of(pair.group("label")) if (pair := _PAIR.match(text)) else None


_MAX_CARD_TITLE = 120
_MAX_CARD_LINK = 60  # "詳細を見る", "📎 X/@AnthropicAI": a card's link line names no story


# "[新闻] React DevTools 支持 Hooks：https://github.com/...": a title, a colon, the story's address;
# "Golang编码规范 http://www.jianshu.com/p/ea7dfe61f705": a title and its address after a space
# (a title may hold a colon: "Nowa era przeglądarek: Gemini w Chrome: https://...")
# (an address ends at CJK punctuation, and a note may follow it: "Title：https://github.com/antvis/f2，
# 效果展示。" names https://github.com/antvis/f2)
_ADDRESS_THEN_NOTE = r"(?P<url>https?://[^\s\u3000-\u303f\uff01-\uff65]+)(?:[\u3000-\u303f\uff01-\uff65].*)?$"
_TITLE_THEN_URL = re.compile(r"^(?P<title>.{4,200}?)\s*[:：]\s*" + _ADDRESS_THEN_NOTE)
_TITLE_SPACE_URL = re.compile(r"^(?P<title>\S.{3,199}?)\s+" + _ADDRESS_THEN_NOTE)


def _title_then_url(block: Block) -> re.Match[str] | None:
    """A paragraph that is a title and the address it names ("Title：https://...", "Title
    https://..."), not a label's ("原文：https://...", "Source: https://..."): its title and url
    groups. A title is no sentence of prose ("Read the full story at https://...")."""
    if "://" not in block.text:
        return None
    match = _TITLE_THEN_URL.match(block.text)
    if match is not None and _names_a_field(match.group("title")):
        return None  # ":URL: https://...": an org-mode property
    if match is None and (match := _TITLE_SPACE_URL.match(block.text)) is not None:
        title = match.group("title")
        if (
            _LEAD_IN.search(title)
            or title.endswith((".", "。"))
            or len(title) > _MAX_CARD_TITLE
            or "://" in title
        ):
            return None
    if match is None or label_of(title := match.group("title")) is not None or is_generic_link_text(title):
        return None  # "🔗 Read more: https://..." ends a story, as "Source: https://..." does
    return match


def _names_a_field(title: str) -> bool:
    """A colon in a title before its address is a title's only in three words or more."""
    return _COLON.search(title) is not None and len(title.split()) < _COLONED_TITLE_WORDS


_COLON = re.compile("[:：]")
_COLONED_TITLE_WORDS = 3


def _told_stories(
    blocks: list[Block], starts: list[int], groups: frozenset[int] = frozenset()
) -> list[tuple[int, list[Block]]]:
    """Stories of the items at ``starts``; an item in ``groups`` (a feed's name) ends the story
    before it and belongs to none."""
    # (start, its story's heading): an item that tells no story of its own stays in the story before,
    # unless it signs the issue ("编辑: Asta"), which ends the story as a feed's name does
    signatures = {start for start in starts if _signs_the_issue(blocks[start])}
    editor = max((start for start in signatures if _names_its_editor(blocks[start])), default=None)
    colophon: set[int] = set()
    if editor is not None and not any(b.kind == "heading" for b in blocks[editor:]):
        # the issue's colophon closes the page: "- 编辑：Tony Bai" over "- [编辑主页](https://...)",
        # "- [GopherDaily项目](https://github.com/...)", "- [订阅GopherDaily](...)": its own pages
        colophon = {start for start in starts if start > editor}
        signatures |= colophon
    groups = groups | signatures

    def end(start: int, limit: int) -> int:
        limit = min((g for g in groups if start < g < limit), default=limit)
        return _next_heading(blocks, start, limit)

    told = []
    for start, limit in itertools.pairwise([*starts, len(blocks)]):
        if start not in colophon and (
            heading := _item_title(blocks[start], blocks[start + 1 : end(start, limit)])
        ):
            told.append((start, heading))
    # a section none of whose items tells a story ("### 헤드라인", the headlines the details below
    # repeat) says nothing against the sections that do; what stands before the first heading (a
    # site's navigation) always does
    section = _sections_of(blocks)
    telling = {section[start] for start, _ in told} | {-1}
    # the issue's own lines ("编辑: Asta", "订阅新闻: https://...") tell no story, nor claim to
    counted = [start for start in starts if section[start] in telling and start not in signatures]
    if len(told) < 2 or len(told) * 3 < len(counted) * 2:
        return []
    stories = []
    for (start, heading), (limit, _) in itertools.pairwise([*told, (len(blocks), None)]):
        stories.append((start, [*heading, *blocks[start + 1 : end(start, limit)]]))
    # (a digest's closing index of its headlines, "### GitHub Changelog" over the stories' links
    # again and nothing more, tells them no more)
    stories = _without_bare_retellings(blocks, stories)
    # a log of many days may list one story twice (the two merge later); many items linking one
    # page are a list of that page's entries, not stories of their own
    return stories if _mostly_own([_heading_link(story[0]) for _, story in stories]) else []


def _without_bare_retellings(
    blocks: list[Block], stories: list[tuple[int, list[Block]]]
) -> list[tuple[int, list[Block]]]:
    """``stories`` less those whose item is only a link a story before them told in more words (a
    site's menu, its links bare wherever it stands, is no retelling)."""
    told: set[str] = set()
    kept = []
    for start, story in stories:
        link = _heading_link(story[0])
        bare = _link_only(blocks[start])
        if link is None or link not in told or not bare:
            kept.append((start, story))
        if link is not None and not (bare and len(story) == 1):
            told.add(link)
    return kept


def _signs_the_issue(item: Block) -> bool:
    """An issue's own line: who edited it ("编辑: Asta", a label over a short value and no link), or
    where to subscribe or find its archive (``_names_own_link``)."""
    pair = _PAIR.match(item.text)
    if pair is None:
        return False
    label, value = pair.group("label"), pair.group("value")
    if "://" not in item.text and not item.links:
        return len(label) <= _MAX_SIGNATURE_LABEL and len(value) <= _MAX_SIGNATURE_VALUE
    return _names_own_link(label)


def _names_its_editor(item: Block) -> bool:
    """ "编辑: Tony Bai", "Editor: Jane Roe": the line that signs an issue by who made it."""
    pair = _PAIR.match(item.text)
    if pair is None or item.depth:
        return False
    label = pair.group("label")
    return label_of(label) == "author" or label_key(label) in _digest_keys("editor_labels")


_MAX_SIGNATURE_LABEL = 12
_MAX_SIGNATURE_VALUE = 40


def _over_a_reader_copy(blocks: list[Block], heading: int) -> bool:
    """Whether a heading stands over a reader service's copy of a page, its header first ("Title:
    ...", "URL Source: https://...", "Markdown Content:"): the copied page's own text, given whole."""
    opening = [f"{field}:" for field in READER_COPY_FIELDS[:_READER_COPY_HEAD]]
    head = blocks[heading + 1 : heading + 1 + _READER_COPY_HEAD]
    return len(head) == _READER_COPY_HEAD and all(
        b.kind == "paragraph" and b.text.startswith(field) for b, field in zip(head, opening, strict=True)
    )


_READER_COPY_HEAD = 2  # its first fields: "Title:" over "URL Source:"
_READER_COPY_LINE = re.compile(rf"^(?:{'|'.join(map(re.escape, READER_COPY_FIELDS))}):")


def _sections_of(blocks: list[Block]) -> list[int]:
    """Per block, the index of the heading it stands under (-1 before the first)."""
    out, current = [], -1
    for i, block in enumerate(blocks):
        current = i if block.kind == "heading" else current
        out.append(current)
    return out


# "Title — what it says" (a dash first: a title may hold a colon), else "Title: what it says"
_ITEM_TITLE_DASH = re.compile(r"^(?P<title>[^—–]{2,200}?)\s+[—–]{1,2}\s*(?P<rest>\S.*)$", re.DOTALL)
# (not a path's "::": "`std::kinds` is called `std::marker`" has no title "std")
_ITEM_TITLE = re.compile(r"^(?P<title>[^:：]{2,200}?)\s*[:：](?![:：])\s*(?P<rest>\S.*)$", re.DOTALL)
# "【Title】（来源: OpenAI Blog）": lenticular brackets mark a title in Chinese and Japanese
# (a short one is a tag: "【速報】", "[국내 종합]" before the title or its link)
_BRACKETED_TITLE = re.compile(r"^【(?P<title>[^【】]{16,200})】(?P<rest>.*)$", re.DOTALL)
_BRACKETED_TAG = re.compile(r"^[\[【〔［][^\]】〕］]{1,15}[\]】〕］]$")
_OUTLET_OR_DASH_AFTER = re.compile(r"^\s*(?:[(（][^()（）]{1,40}[)）]\s*)?[-—–]\s")  # " (Rust) - ", " — "
_ITEM_SEPARATORS = " \t—–-·|:：,，"
_ADDRESS_POINTERS = " \t📎🔗👉→➡:："  # what points at an address that follows
# a category word in brackets before an item's title ("[新闻] ", "【速報】"); "[Anthropic] ..." names
# the story's subject and stays
_CATEGORY_TAG = re.compile(r"^[\[【〔［][^\]】〕］A-Za-z0-9\s]{1,4}[\]】〕］]\s*(?=\S)")
_CITED_OUTLETS_TAIL = re.compile(r"(?<=\S)\s*[(（]\[[^\[\]()]{1,60}\][)）]\s*$")
_STATUS_TAG = re.compile(r"^\s*\[[a-z][a-z -]{1,14}\]\s+(?=\S)")  # "[new] ", "[update] ", "[follow-up] "
_WHOLE_BRACKETS = re.compile(r"^\s*[\[【［]([^\[\]【】［］]+)[\]】］]\s*$")  # "1. [Title]" over its summary
# a first sentence (ending in a CJK stop, or a Latin one before a capital) and more said after it
_MAX_SENTENCE_TITLE = 160  # characters of an item told in one sentence that titles its story
_FIRST_SENTENCE = re.compile(
    r"^(?P<title>[^\n]{8,120}?(?:[。！？]|[.!?](?=\s+[\"“‘(]?[A-Z0-9])))\s*(?P<rest>\S.{9,})$", re.DOTALL
)
# a short note in brackets after an item's linked title: "(36kr)", "（InfoQ）", "(VentureBeat via HN)"
_OUTLET_NOTE = re.compile(r"^\s*[(（](?=[^()（）\n]{1,40}[)）])[^()（）\s]+(?:\s[^()（）\s]+){0,4}[)）]")
_OUTLET_DASH = re.compile(r"^(?P<title>.{10,200}?)\s+[-—–]{1,2}\s+(?P<rest>\S.*)$", re.DOTALL)


def _without_outlet_note(rest: str) -> str:
    """What an item says after its linked title, without the outlet's name in brackets that may
    open it ("(36kr) what it says"); a date in brackets ("(2026-03-01)") stays, the story's date."""
    note = _OUTLET_NOTE.match(rest)
    if note is None or dates.only_a_date(note.group(0)) or _labelled_day(note.group(0)):
        return rest
    # ("(The Hacker News). A sharp piece on ...": the stop that closed the title's line goes too)
    return rest[note.end() :].lstrip(_ITEM_SEPARATORS + ".。;；")


def _labelled_day(text: str) -> str | None:
    """The date of a line that only states when the story ran ("(发布日期: 2025-12-24)")."""
    value = labelled_value(text.strip(_ITEM_SEPARATORS), "published")
    return value if value and dates.only_a_date(value) else None


_CLOCK_TIME = re.compile(r"(?:[01]?\d|2[0-3])[:：][0-5]\d(?:\s*[AaPp]\.?[Mm]\.?)?")


# a link that names a change by its number: "#221", "GH-1234", "PR #221", "!512" (GitLab)
_CHANGE_REFERENCE = re.compile(r"^\s*(?:(?:PR|MR|GH)[\s-]?#?|[#!])\d+\s*$", re.IGNORECASE)


def _item_title(item: Block, nested: list[Block]) -> list[Block] | None:
    """A list item read as a story's opening: its title heading (linked), and what it says."""
    text, lead, dated = item.text, item.lead, None
    if lead and text.startswith(lead) and dates.only_a_date(lead) is not None:
        # "**2025-10-14** [The Fall of Democracy](...)": the date dates the story, the rest titles it
        text, lead, dated = text[len(lead) :].strip(_ITEM_SEPARATORS), "", lead
    elif lead and text.startswith(lead) and _CLOCK_TIME.fullmatch(lead.strip(" :：")):
        # "**20:00**: [Thị trường chứng quyền ngày 13/08/2026](...)": the hour it came, then its title
        text, lead = text[len(lead) :].strip(_ITEM_SEPARATORS), ""
    own = [link for link in item.links if looks_like_url(link.href) and not _is_discussion(link.href)]
    if own and all(_CHANGE_REFERENCE.match(link.text) for link in own):
        return None  # "Update Rollup help text ([#221](https://github.com/...))": a change, its pull request
    if not own and len(item.links) == 1 and _is_thread(item.links[0].href) and _opens_with_its_link(item):
        own = list(item.links)  # "- [[D] Has anyone read ...](reddit.com/r/x/comments/1a/...)": the post
    if len(own) == 1 and own[0].text.strip() in _GO_THERE_ARROWS and text.endswith(own[0].text):
        # "Unions brace to bargain with new boss Zohran Mamdani. [↗](https://...)": an arrow that
        # points at the story's page, the words before it the story told in a line
        text = text[: -len(own[0].text)].rstrip()
        own = [Link(text, own[0].href)]
    if not own and "://" in text:  # "**Title** — what it says. https://..." (a bare address)
        own = [Link(url, url) for url in _URL.findall(text) if not _is_discussion(url)]
        if not own and (match := _title_then_url(item)) and _is_thread(thread := match.group("url")):
            own = [Link(thread, thread)]  # "Title https://reddit.com/r/x/comments/...": the post
        # (and the marker that pointed at it: "... on Windows。📎 https://...")
        text = _URL.sub("", text).strip().rstrip(_ADDRESS_POINTERS) if own else text
    shown_address = any(looks_like_url(link.text) for link in own if link in item.links)
    if shown_address and (shown := normalize_space(_URL.sub(" ", text)).strip(" -–—:：|")):
        # "Says what happened. [https://...](https://...)": the address it shows is no words of the
        # item's ("https" would end a title cut at its colon); what it says is its title
        text = shown
    title: str | None = None
    rest = ""
    href: str | None = None
    if own:
        first, last = own[0], own[-1]
        numbered = _LEADING_MARKERS.sub("", _without_card_number(text), count=1)
        # "[Title](...) — 120 points"; "**Title: its subtitle** — says [link](...)"; "Says. [Title](...)";
        # "Title — says", "Title: says ([source](...))"
        if first.text and numbered.startswith(first.text):
            title, href, rest = first.text, first.href, _without_outlet_note(numbered[len(first.text) :])
        elif (
            lead
            and label_of(lead) is None
            # "**[新闻]** Title" is a tag; "**[VCAD]** (Rust) - what it says" a title in brackets
            and (not _BRACKETED_TAG.match(lead) or _OUTLET_OR_DASH_AFTER.match(text[len(lead) :]))
            # (a better title where its first sentence gives one)
            and not (_continues_its_lead(text, lead) and _FIRST_SENTENCE.match(text))
        ):
            if _names_a_category(lead):
                # "**Africa:** The Sudan crisis deepens as ... [famine](...)": a category, then the news
                title, href, rest = text[len(lead) :].strip(), first.href, ""
            else:
                title, href, rest = lead.rstrip(" :："), first.href, text[len(lead) :]
        elif match := _BRACKETED_TITLE.match(numbered):
            title, href, rest = match.group("title"), first.href, match.group("rest")
        elif (
            _is_link_title(last.text)
            and (text.endswith(last.text) or text.rstrip(" .。)）]").endswith(last.text))
            and not _continues_the_sentence(text, last.text)
        ):
            title, href, rest = last.text, last.href, text[: text.rfind(last.text)]
        elif (source := next((link for link in own if names_no_story(link.text)), None)) and (
            match := _OUTLET_DASH.match(text[: text.find(source.text)] if source.text in text else text)
        ):
            # "Title - Outlet — what it says. [Source](...)", as news feeds title their entries: the
            # title stands before the dash, and an outlet's name alone says nothing
            title, href, rest = match.group("title"), source.href, match.group("rest")
            rest = rest if _is_prose(rest) else ""
        elif match := _title_then_url(item):
            title, href, rest = match.group("title"), match.group("url"), ""  # "Title：https://..."
        elif match := _ITEM_TITLE_DASH.match(text) or _ITEM_TITLE.match(text):
            title, href, rest = match.group("title"), first.href, match.group("rest")
        elif match := _FIRST_SENTENCE.match(text):
            # "Anthropic 是否走错了方向？宝玉认为，…[点击查看（AI资讯）](...)…": a story told in prose with
            # its source linked within it, and no title but its first sentence
            title, href, rest = match.group("title"), first.href, match.group("rest")
        elif (
            len(own) == 1
            and _is_link_title(first.text)
            and len(text) <= _MAX_SENTENCE_TITLE
            and _SENTENCE_END.search(text)
        ):
            # "Relato da [migração do backend do The Guardian ...](...).": one sentence that tells the
            # story, its link on words of it (not a pull request's number, "in [6881](...)")
            title, href, rest = text, first.href, ""
        elif shown_address and not looks_like_url(text):
            title, href, rest = text, first.href, ""
    elif lead and (nested_urls := _links_or_thread(nested)):  # "**Title** — says" over its link
        title, href, rest = lead, nested_urls[0], text[len(lead) :]
        if _names_a_category(lead):
            # "**Outlook:** Storms return midweek." over its link: a category, then the news as
            # its title; a category over a paragraph of prose has none
            title, rest = (rest.strip() if len(rest.strip()) <= _MAX_BOLD_TITLE else None), ""
    elif len(text) <= _MAX_BOLD_TITLE and (nested_urls := _links_or_thread(nested)):
        title, href = text, nested_urls[0]  # "- Title" over its link
    title = _WHOLE_BRACKETS.sub(r"\1", _CATEGORY_TAG.sub("", title)) if title else title
    if title and href:
        title = _without_its_host(title, href)
    if (
        not title
        or not href
        or label_of(title) is not None
        or looks_like_url(title)
        or _names_own_link(title)
        or HOST_NAME.match(title)  # "- cehub.jp" over its address: a source list names sites, no story
        or is_feed_url(href)  # "✓ Kyiv Post · 100 条 · https://.../feed": a feed a fetch log read
    ):
        return None
    heading = Block("heading", title.strip(), level=6, links=(Link(title.strip(), href),))
    if own and rest.rstrip().endswith(own[-1].text) and not _is_link_title(own[-1].text):
        rest = rest.rstrip()[: -len(own[-1].text)]  # "... [Read more](...)" says no more
    rest = rest.strip(_ITEM_SEPARATORS)
    if dated is None and dates.only_a_date(rest):
        dated, rest = rest, ""  # "[Title](...) — Tue, 12 Aug 2025 00:00:00 GMT": a feed's entry, its day
    elif dated is None and (day := _labelled_day(rest)):
        dated, rest = day, ""  # "[Title](...) (发布日期: 2025-12-24)": its day, so labelled
    said = [Block("paragraph", rest)] if len(rest) >= _MIN_SAID else []
    return [heading, *([Block("paragraph", dated)] if dated else []), *said]


def _dated_link_items(blocks: list[Block]) -> list[list[Block]] | None:
    """[page head, stories...] of a page that lists a feed's entries, each its link and its day and
    no more ("- [Introducing GPT-5 for developers](https://...) — Thu, 07 Aug 2025 10:00:00 GMT"):
    three or more, four in five of the page's list items, each linking a page of its own, that
    hold most of its text. A site's menu dates none of its links; an article's closing list of its
    site's latest (dated) stories holds little of its text."""
    items = [i for i, b in enumerate(blocks) if b.kind == "list_item"]
    read = {i: told for i in items if (told := _dated_link_item(blocks[i])) is not None}
    dated = sorted(read)
    if len(dated) < _MIN_HEADLINE_STORIES or len(dated) * 5 < len(items) * 4:
        return None
    if not _hold_most_text(blocks, sum(len(blocks[i].text) for i in dated)):
        return None
    if not _mostly_own([read[i].links[0].href for i in dated]):
        return None
    stories = [story for i in dated if (story := _item_title(read[i], []))]
    return [blocks[: dated[0]], *stories] if len(stories) == len(dated) else None


def _dated_link_item(item: Block) -> Block | None:
    """A feed entry's item as :func:`_item_title` reads it: its link then its day ("[Title](...) —
    Thu, 07 Aug 2025"), or its day, its headline and a link that only says "go there" ("2020-01-27
    02:49:00 深夜重磅！国务院发通知... [新闻详情>>](...)", read as "**<day>** [<headline>](...)")."""
    if len(item.links) != 1:
        return None
    if _opens_with_its_link(item) and _is_link_title(item.links[0].text):
        return item if dates.only_a_date(_said_after_its_link(item)) is not None else None
    span = dates.match_span(item.text)
    if span is None or span[0] != 0 or not is_generic_link_text(item.links[0].text):
        return None
    day = item.text[: span[1]].strip()
    headline = _less_go_there(item)[span[1] :].strip(_ITEM_SEPARATORS)
    if dates.only_a_date(day) is None or not _some_words(headline):
        return None
    return dataclasses.replace(
        item, text=f"{day} {headline}", lead=day, links=(Link(headline, item.links[0].href),)
    )


def _continues_the_sentence(text: str, link: str) -> bool:
    """A closing link whose words go on with the sentence before it ("Sergey Matveev [fasste in
    einem Blogeintrag ... zusammen](...)"): it starts in lower case after words that end no sentence."""
    before = text[: text.rfind(link)].rstrip()
    return bool(before) and link[:1].islower() and before[-1] not in _SENTENCE_ENDS


_SENTENCE_ENDS = '.!?:：。！？—–-|)）]】»"”'


def _names_a_category(lead: str) -> bool:
    """``**Africa:**`` before the news it files: a short name that leads in. A lead of some words
    (``**Watchtower BOLT proposal updated:**``, ``**LN avec une proposition :**``) titles its news."""
    return bool(_LEAD_IN.search(lead)) and _is_short_label(lead.rstrip(" :："))


def _without_its_host(title: str, href: str) -> str:
    """``Slow michaelnotebook.com`` -> ``Slow`` (see :func:`normalize.host_suffix`)."""
    found = host_suffix(title, href)
    return found[0] if found else title


def _continues_its_lead(text: str, lead: str) -> bool:
    """The bold words an item opens with are its sentence's subject, not its title: the sentence
    goes on in lower case or with a particle ("**ChatGPT** just dropped a new feature", "**Claude
    Sonnet 4.5** 的发布...")."""
    rest = text[len(lead) :].lstrip() if text.startswith(lead) else ""
    return bool(rest) and (rest[0].islower() or rest[0] in _PARTICLES)


_PARTICLES = frozenset("的是在将已于のはがをにも은는이가을를의")
_MIN_SAID = 10  # shorter than this after the title, an item says nothing more ("(PDF)", "— HN")


def _names_own_link(title: str) -> bool:
    """A few words that end in what the digest's own link is ("订阅新闻", "GoCN 归档", "Archives"):
    the line links the digest's subscription or archive, no story."""
    key = label_key(title)
    if len(key) > _MAX_OWN_LINK_TITLE or len(key.split()) > _MAX_OWN_LINK_WORDS:
        return False
    return any(
        key == word or (key.endswith(word) and (writes_cjk(word) or key[-len(word) - 1] == " "))
        for word in _own_link_words()
    )


_MAX_OWN_LINK_TITLE = 20
_MAX_OWN_LINK_WORDS = 3


@cache
def _own_link_words() -> tuple[str, ...]:
    return tuple(label_key(word) for word in lexicon()["digests"]["own_links"])


def _is_link_title(text: str) -> bool:
    """A link's text that can be a story's title: some words, not "Read more" ([links] generic)."""
    if is_generic_link_text(text):
        return False
    return len(text.split()) >= 3 or (len(text) >= 10 and not text.isascii())


def _from_topic_heading(story: list[Block], profile: Profile) -> list[Block]:
    """A story whose heading names a topic ("## 🧠 AI Alignment", no headline, no link) straight over
    a headline one level below ("### OpenAI tạo framework chính thức cho ..."): it starts at the
    headline, as its siblings, set a level higher, start at theirs. Not a title over its translation
    (:func:`_title_in_two`), nor over a title its label opens ("#### 新闻摘要：...")."""
    if (
        len(story) > 1
        and story[0].kind == story[1].kind == "heading"
        and story[1].level == story[0].level + 1
        and _heading_link(story[0]) is None
        and not _is_headline(story[0].text)
        and _is_headline(story[1].text)
        and _PAIR.match(story[1].text) is None
        and _title_in_two(story, profile) is None
    ):
        return story[1:]
    return story


def _from_linked_heading(story: list[Block]) -> list[Block]:
    """A story under a group heading ("### 关键事件") whose first heading within links it
    ("#### [3700亿美元之争...](https://...)") starts at that heading: it is the story's title."""
    if _heading_link(story[0]) is None:
        first = next((i for i, b in enumerate(story[1:], 1) if b.kind == "heading"), None)
        if first is not None and _heading_link(story[first]) is not None:
            return story[first:]
    return story


def _linked_item_stories(
    blocks: list[Block], profile: Profile, *, items: bool = True
) -> list[tuple[int, list[Block]]]:
    """(where it starts, its blocks) of each story a digest tells as a list item that is its link
    ("- **[Title](https://...)**", maybe with a short note) and the prose under it, up to the next
    such item or heading; the link becomes the story's title heading. An HTML digest's cards read
    alike: a paragraph that is the story's link ("1 [Title](https://...)"), its outlet, its
    summary (the page's navigation, a paragraph of several links, is none). Empty unless each has a
    link of its own and all but one in five tell their story in prose."""
    starts: dict[str, list[int]] = {"list_item": [], "paragraph": []}
    labelled = _in_labelled_sections(blocks, profile)
    for i, block in enumerate(blocks):
        if (
            (
                (block.kind == "list_item" and block.depth == 0)
                or (block.kind == "paragraph" and _links_one_story(block))
            )
            and not labelled[i]
            and i + 1 < len(blocks)
            and blocks[i + 1].kind == "paragraph"
            and _opens_with_its_link(block)
            # "## Title" over "[https://yle.fi/a/74-20186153](...)": the address is that story's source
            and not looks_like_url(block.text)
            # "**Title.** What it says." over "[KOLD News 13](...)": the link is that story's outlet
            and not (block.kind == "paragraph" and i > 0 and _titled_without_link(blocks[i - 1]))
            and not _signs_a_comment(block)
            # ("danq.me • 473 replies • MrVandemar • 3d ago" under the card's title, linking its page
            # again: the card's meta line, no story of its own)
            and not (
                starts[block.kind] and starts[block.kind][-1] == i - 1 and _links_again(blocks[i - 1], block)
            )
        ):
            starts[block.kind].append(i)
    # items first: where a page gives its news as items, its linked paragraphs (a paper's, a
    # repository's) stay within them, as they would under a heading
    return (items and _item_stories(blocks, starts["list_item"])) or _item_stories(
        blocks, starts["paragraph"]
    )


def _links_again(title: Block, under: Block) -> bool:
    """Whether the line under a card's title opens with a link to the page the title links."""
    return bool(title.links and under.links) and title.links[0].href == under.links[0].href


def _signs_a_comment(block: Block) -> bool:
    """``[LnxWalt](http://profile.typepad.com/lnxwalt) on February 12, 2010 11:32 PM``: a comment's
    signature, its writer's name linked to their profile and when they wrote it, no story's title."""
    name = block.links[0].text if block.links else ""
    return not _is_link_title(name) and _date_stamp(block.text.removeprefix(name).strip())


def _link_roundup(blocks: list[Block], profile: Profile) -> list[list[Block]] | None:
    """[page head, stories...] of a roundup of links whatever its title ("De ma terrasse #4"): five
    or more stories told as a paragraph that is their link over a paragraph of what it says, four
    in five linking a page no other does, that hold most of the page's prose. (A list of links with
    the author's notes under a post's own title, "What I Read This Week", stays the post.)"""
    stories = _linked_item_stories(blocks, profile, items=False)
    links = [_heading_link(story[0]) for _, story in stories]
    if len(stories) < _MIN_OUTLET_CITED or not _mostly_own(links):
        return None
    # each a title over a sentence or more; links to many sites (an article's own words linked to
    # its site's pages, "[new video series](...)" over "and", tell nothing)
    if not all(
        _is_link_title(story[0].text) and any(_is_prose(b.text) for b in story[1:]) for _, story in stories
    ):
        return None
    # (one project's pages, each over sentences of its own, are its week's news: "[Rails Version
    # 8.0.1 has been released!](https://rubyonrails.org/...)" over "A new minor release ...", seven
    # more linking github.com/rails/rails pull requests)
    hosts = Counter(url_host(link) for link in links if link)
    if max(hosts.values(), default=0) * 2 > len(stories) and not all(
        _opens_a_sentence(story[1]) for _, story in stories
    ):
        return None
    if not _hold_most_text(blocks, sum(len(b.text) for _, story in stories for b in story)):
        return None
    return [blocks[: stories[0][0]], *(story for _, story in stories)]


def _hold_most_text(blocks: list[Block], told: int) -> bool:
    """Whether stories that tell ``told`` characters hold two in three of the page's text (its
    paragraphs, list items and headings)."""
    return told * 3 >= sum(len(b.text) for b in blocks if b.kind in ("paragraph", "list_item", "heading")) * 2


def _opens_a_sentence(block: Block) -> bool:
    """A paragraph that opens a sentence of its own, not one going on from the line above ("and the
    rest of the sentence ...")."""
    return block.kind == "paragraph" and not block.text[:1].islower()


def _links_one_story(block: Block) -> bool:
    """A line whose links go to one page, maybe beside its discussion's ("[Title](...) host / [65
    comments](https://news.ycombinator.com/item?id=...)")."""
    hrefs = {link.href for link in block.links}
    return len(hrefs) == 1 or len({href for href in hrefs if not _is_discussion(href)}) == 1


def _titled_without_link(block: Block) -> bool:
    """A paragraph that opens with its bold title and tells its story, with no link of its own."""
    return block.kind == "paragraph" and bool(block.lead) and not block.links and _is_prose(block.text)


def _titled_twice(item: Block) -> bool:
    """An item that is two links to one address, in a Latin and a CJK script ("[Baidu Releases Ernie
    5.1](url) [百度发布Ernie 5.1](url)"): one title in two languages."""
    if len(item.links) != 2 or item.links[0].href != item.links[1].href:
        return False
    first, second = item.links[0].text, item.links[1].text
    return item.text == f"{first} {second}" and writes_cjk(first) != writes_cjk(second)


def _item_stories(blocks: list[Block], starts: list[int]) -> list[tuple[int, list[Block]]]:
    stories = []
    extra: list[tuple[int, list[Block]]] = []  # the stories a card's closing list tells
    for start, limit in itertools.pairwise([*starts, len(blocks)]):
        item = blocks[start]
        if _titled_twice(item):  # a title in two languages: two headings, the second one level below
            titles = [
                Block("heading", link.text, level=5 + k, links=(link,)) for k, link in enumerate(item.links)
            ]
        elif (titled := _titled_under_its_meta(blocks, start, limit)) is not None:
            # "<a class=card>" around "CNIL · 2026-08-10", the title, the summary: the link is the
            # card's, the title the line under the outlet and date, which stay its meta line
            link = Link(titled.text, item.links[0].href)
            story = [Block("heading", titled.text, level=6, links=(link,)), Block("paragraph", item.text)]
            stories.append((start, [*story, *blocks[start + 2 : _next_heading(blocks, start, limit)]]))
            continue
        else:
            titles = [Block("heading", item.links[0].text, level=6, links=item.links)]
        end = _next_heading(blocks, start, limit)
        cut, extras = _trailing_link_run(blocks, start, end)
        stories.append((start, [*titles, *blocks[start + 1 : cut]]))
        extra.extend((i, _story_of_its_link(blocks[i])) for i in extras)
    # a masthead that links the digest's own home over its date line ("🦐 小虾AI日报" over "查看日报列表
    # 归档 →"), above the first section's heading, is no story
    if len(stories) > 2 and _heads_the_page(blocks, stories[0][0], stories[1][0]):
        stories = stories[1:]
    # all but one in five cards tell their story in prose (a card may lack it); on a long page, half
    # do (a feed's cards from an outlet that gives no summary: "点击查看原文>")
    cards = len(stories)
    told = sum(_tells_in_prose(story) for _, story in stories)
    # (or all but one in five link their discussion: a Hacker News digest of titles, no summaries)
    discussed = sum(
        any(_is_discussion(link.href) for link in blocks[start].links[1:]) for start, _ in stories
    )
    told_enough = told >= 2 and (told * 5 >= cards * 4 or (told >= _MANY_TOLD and told * 2 >= cards))
    if not told_enough and (cards < _MANY_TOLD or discussed * 5 < cards * 4):
        return []
    stories = sorted([*stories, *extra], key=lambda story: story[0])
    # a feed may list one story again under a later day ("2026-04-13" and "2026-04-12" both)
    return stories if _mostly_distinct([_heading_link(story[0]) for _, story in stories]) else []


_MANY_TOLD = 5  # stories told in prose that make a page of linked cards a digest's, with half told


def _heads_the_page(blocks: list[Block], start: int, next_start: int) -> bool:
    """The page's first linked line stands above the first section heading, with nothing under it
    that tells (its archive link, its date line): the masthead, not a story."""
    heading = _next_heading(blocks, start, next_start)
    if any(b.kind == "heading" for b in blocks[:start]):
        return False
    return heading < next_start and not any(
        _is_prose(b.text) and not _day_line(b) for b in blocks[start + 1 : heading]
    )


def _trailing_link_run(blocks: list[Block], start: int, end: int) -> tuple[int, list[int]]:
    """(where a linked card's story ends, where the list items after it stand) of the card's
    blocks from ``start`` to ``end``: the items are stories of their own when they close it, three
    or more, each led by its own link (four in five; the rest open with it) to a page of its own,
    to three hosts or more, none the card's (under "**Extras:**" after "[Fresh 1.0](https://deno.
    com/...)" and its summary: "📜 [React Query FAQs](https://tkdodo.eu/...): ...", "📦 [Gatsby
    4.17](...): ..."). The label line over them goes too; a label of the card's own ("Sources:")
    keeps them its links."""
    first = end
    while first - 1 > start + 1 and blocks[first - 1].kind == "list_item" and not blocks[first - 1].depth:
        first -= 1
    run = [blocks[i] for i in range(first, end)]
    # (four in five led by their link: "📦Vavite: ..." wants a space after its marker)
    led = sum(_led_by_its_link(b) for b in run)
    if (
        len(run) < _MIN_LINK_RUN
        or led * 5 < len(run) * 4
        or not all(b.links and b.links[0].text and not is_generic_link_text(b.links[0].text) for b in run)
    ):
        return end, []
    hrefs = [b.links[0].href for b in run]
    hosts = {url_host(href) for href in hrefs}
    if not _distinct(hrefs) or len(hosts) < _MIN_LINK_RUN or url_host(blocks[start].links[0].href) in hosts:
        return end, []
    over = blocks[first - 1]
    if (
        over.kind == "paragraph"
        and not over.links
        and len(over.text) <= _MAX_LABEL
        and over.text.endswith(":")
    ):
        if label_of(over.text) is not None:
            return end, []
        return first - 1, list(range(first, end))
    return first, list(range(first, end))


_MIN_LINK_RUN = 3


def _story_of_its_link(item: Block) -> list[Block]:
    """A story told by a line led by its link: the link's words its title, what follows its text."""
    link = item.links[0]
    at = item.text.find(link.text)
    told = item.text[at + len(link.text) :].strip(_ITEM_SEPARATORS) if at >= 0 else ""
    return [
        Block("heading", link.text, level=6, links=(link,)),
        *([Block("paragraph", told)] if told else []),
    ]


def _titled_under_its_meta(blocks: list[Block], start: int, limit: int) -> Block | None:
    """The line under a card's linked first line where that line is its outlet and date alone
    ("CNIL · 2026-08-10"): a title (no statement, no longer than a card's), not the summary."""
    item, under = blocks[start], blocks[start + 1] if start + 1 < limit else None
    if under is None or under.kind != "paragraph" or under.links or not _link_only(item):
        return None
    if _names_outlet_and_date(item.text) is None:
        return None
    if len(under.text) > _MAX_CARD_TITLE or _STATEMENT_END.search(under.text):
        return None
    return under


def _outlet_cited_stories(blocks: list[Block], starts: list[int]) -> list[list[Block]] | None:
    """[page head, stories...] where each heading of ``starts`` (five or more) is a headline, linked
    nowhere, over a few paragraphs of prose that end in a line that is one link named by an outlet
    (a short name, no go-there words, no label) to an article's own page, no two alike. A page of
    several articles' sources cited in one place has no such line under each section."""
    if len(starts) < _MIN_OUTLET_CITED:
        return None
    level = blocks[starts[0]].level
    stories = _stories(blocks, starts, level)
    hrefs = []
    for story in stories:
        cite = story[-1]
        if story[0].links or not _is_headline(story[0].text) or not _tells_in_brief(story):
            return None
        if cite.kind != "paragraph" or len(cite.links) != 1 or not _link_only(cite):
            return None
        if not _names_an_outlet(cite.links[0].text) or not article_url([cite.links[0].href]):
            return None
        hrefs.append(cite.links[0].href)
    if len(set(hrefs)) != len(hrefs):
        return None
    # the outlet's name, as a line its label would open ("Source: Reuters"), under its link
    return [
        blocks[: starts[0]],
        *([*story, Block("paragraph", f"Source: {story[-1].text}")] for story in stories),
    ]


_MIN_OUTLET_CITED = 5


def _address_closed_items(blocks: list[Block]) -> list[list[Block]] | None:
    """[page head, stories...] of a page that lists each story as a run of items closed by its bare
    address ("* Title" / "* 标题" (the title translated) / "* Fri, 03 Jan 2025 15:42:02 +0000" /
    "* https://..."): three or more runs of two to five items, each address distinct, and no
    other top-level item on the page. The first item titles the story, linked to the address."""
    closers = [i for i, b in enumerate(blocks) if b.kind == "list_item" and looks_like_url(b.text)]
    if len(closers) < _MIN_HEADLINE_STORIES or not _distinct([blocks[i].text for i in closers]):
        return None
    first = closers[0] - 1
    while first > 0 and blocks[first - 1].kind == "list_item":
        first -= 1
    bounds = list(zip([first, *(c + 1 for c in closers[:-1])], closers, strict=True))
    if any(not 1 <= end - start < _MAX_ITEM_RUN for start, end in bounds):
        return None
    if any(b.kind == "list_item" and b.depth == 0 for b in blocks[closers[-1] + 1 :]):
        return None
    stories: list[list[Block]] = []
    for start, end in bounds:
        lines = blocks[start:end]
        title = lines[0]
        if any(b.kind != "list_item" for b in lines) or looks_like_url(title.text):
            return None
        if dates.only_a_date(title.text):
            return None
        address = blocks[end].text
        heading = dataclasses.replace(
            title, kind="heading", level=6, depth=0, links=(Link(title.text, address),), lead=""
        )
        stories.append([heading, *(dataclasses.replace(b, kind="paragraph", depth=0) for b in lines[1:])])
    return [blocks[:first], *stories]


_MAX_ITEM_RUN = 5  # items of a story over its address: a title, its translation, a date, a note


def _address_labelled_items(blocks: list[Block]) -> list[list[Block]] | None:
    """[page head, stories...] of a page that lists each story as an item labelling its address
    ("- URL: https://www.yna.co.kr/view/...") over a labelled line of what it says ("핵심 내용 요약:
    광주시, 시민참여예산 사업 21건 선정."): three or more in one list under one heading, four in five
    linking a page of their own. A story names no title but the first sentence of what it says."""
    labelled = {
        i: address
        for i, b in enumerate(blocks)
        if b.kind == "list_item" and b.depth == 0 and (address := _labelled_address(b)) is not None
    }
    starts, addresses = list(labelled), list(labelled.values())
    if len(starts) < _MIN_HEADLINE_STORIES or not _mostly_own(addresses):
        return None
    if any(b.kind == "heading" for b in blocks[starts[0] : starts[-1]]):
        return None  # (stories under headings of their own, "## xAI" over its fields, are told by those)
    stories: list[list[Block]] = []
    for (start, end), address in zip(itertools.pairwise([*starts, len(blocks)]), addresses, strict=True):
        lines = list(itertools.takewhile(lambda b: b.kind != "heading", blocks[start + 1 : end]))
        said = next(
            (
                pair.group("value").strip()
                for b in lines
                if (pair := _PAIR.match(b.text)) and label_of(pair.group("label")) == "summary"
            ),
            None,
        )
        if said is None:
            continue  # (an address alone, or over its date, tells nothing)
        title = _first_sentence_of(said).rstrip(".。")
        heading = Block("heading", title, level=6, links=(Link(title, address),))
        stories.append([heading, *lines])
    if len(stories) * 5 < len(starts) * 4:
        return None
    return [blocks[: starts[0]], *stories]


def _field_listed_items(blocks: list[Block]) -> list[list[Block]] | None:
    """[page head, stories...] of a page that lists each story as an item of its title alone over
    items of its labelled fields, one of them its address (see ``_field_listed_stories``)."""
    stories = _field_listed_stories(blocks)
    if not stories:
        return None
    return [blocks[: stories[0][0]], *(story for _, story in stories)]


def _field_listed_stories(blocks: list[Block]) -> list[tuple[int, list[Block]]]:
    """(position, story) of the items that give a story's title alone over items of its labelled
    fields, one of them its address ("1. **Huge drugs bust ...**" over "- **Fuente:** BBC News", "-
    **Fecha:** Mon, 08 Sep 2025", "- **URL:** https://..."): three or more, four in five with fields
    only and an address no other story's; else none. A story ends where its fields do: what follows
    the list (a report's analysis, its conclusion) is none of its."""
    listed: list[tuple[int, str, list[Block]]] = []  # (where, its address, its fields)
    fields_only = 0
    for i, block in enumerate(blocks):
        if block.kind != "list_item" or block.depth != 0 or _is_field(block):
            continue
        fields = list(itertools.takewhile(_is_nested_item, itertools.islice(blocks, i + 1, None)))
        address = next((a for b in fields if (a := _labelled_address(b)) is not None), None)
        if address is None or _placeholder_title(block.text, address):
            continue
        listed.append((i, address, fields))
        fields_only += all(_PAIR.match(b.text) for b in fields)
    if (
        len(listed) < _MIN_HEADLINE_STORIES
        or fields_only * 5 < len(listed) * 4
        or not _mostly_own([address for _, address, _ in listed])
    ):
        return []
    stories: list[tuple[int, list[Block]]] = []
    for start, address, fields in listed:
        title = blocks[start].text
        stories.append((start, [Block("heading", title, level=6, links=(Link(title, address),)), *fields]))
    return stories


def _is_nested_item(block: Block) -> bool:
    return block.kind == "list_item" and block.depth > 0


def _is_field(block: Block) -> bool:
    """``Fuente: BBC News``: a labelled value, its label one of the lexicon's (a title may hold a
    colon: "와이어드 특종: Cursor, ...")."""
    pair = _PAIR.match(block.text)
    return pair is not None and label_of(pair.group("label")) is not None


def _placeholder_title(title: str, address: str) -> bool:
    """ "BBC News Article c8xrejzk0edo" for https://www.bbc.com/news/articles/c8xrejzk0edo: a title a
    tool made of a name and the address's id, where the page had none (a feed's item it could not
    read). An id of letters and digits closes it, in at most four words."""
    words = title.split()
    last = address.split("?")[0].rstrip("/").rsplit("/", 1)[-1]
    return (
        2 <= len(words) <= 4
        and words[-1].casefold() == last.casefold()
        and last.isalnum()
        and not last.isalpha()
        and not last.isdigit()
    )


def _labelled_address(block: Block) -> str | None:
    """The address of ``URL: https://...``, ``Link: https://...``: a source's label over an address
    and nothing more."""
    pair = _PAIR.match(block.text)
    if pair is None or label_of(pair.group("label")) != "source":
        return None
    address = pair.group("value").strip()
    return address if looks_like_url(address) else None


def _link_closed_cards(blocks: list[Block]) -> list[list[Block]] | None:
    """[page head, stories...] of a page of cards each closed by a line that is one "go there" link
    to its article ("동아일보 · LG전자" / its title / "무슨 내용인가요?" / what happened / "원문에서 확인
    ↗"): three or more, each address distinct. A card's title is its first line after the short ones
    over it (an outlet, a count: each at most half the next line), its text the prose after that.
    The first card is as long as the shortest gap between two closing lines."""
    closers = [
        i
        for i, b in enumerate(blocks)
        if b.kind == "paragraph"
        and _link_only(b)
        and (is_generic_link_text(b.text) or _outlet_then_arrow(b.text))
        and looks_like_url(b.links[0].href)
    ]
    if len(closers) < _MIN_HEADLINE_STORIES:
        return None
    hrefs = [blocks[i].links[0].href for i in closers]
    # (four in five distinct: two cards may close on one outlet's live page)
    if not _mostly_own(hrefs) or not all(article_url([href]) for href in hrefs):
        return None
    gaps = [b - a - 1 for a, b in itertools.pairwise(closers)]
    first = closers[0] - min(gaps)
    if min(gaps) < 2 or first < 0:
        return None
    # a card after a section's opening ("02" / "全球政治 Politics" / its note) is as long as most are
    usual = min(Counter(gaps).most_common(), key=lambda pair: (-pair[1], pair[0]))[0]
    bounds = [
        (start if end - start <= 2 * usual else end - usual, end)
        for start, end in zip([first, *(c + 1 for c in closers)], closers, strict=False)
    ]
    headed = sum(any(b.kind == "heading" for b in blocks[start:end]) for start, end in bounds)
    if headed * 2 > len(bounds):
        return None  # (cards under headings of their own are told by those: "### Title {#news-1}")
    stories: list[list[Block]] = []
    for start, end in bounds:
        lines = [b for b in blocks[start:end] if b.kind != "heading"]
        if any(b.kind != "paragraph" or b.links for b in lines):
            return None
        at = 0
        while (
            at + 2 < len(lines)
            and len(lines[at].text) <= _MAX_CARD_NOTE
            and len(lines[at].text) * 2 <= len(lines[at + 1].text)
        ):
            at += 1  # ("동아일보 · LG전자", "3건": an outlet or a count over the title)
        if at >= len(lines) or len(lines[at].text) > _MAX_CARD_TITLE:
            return None
        title = lines[at].text
        told = [  # (less a short question over the text: "무슨 내용인가요?", what is it about?)
            b
            for b in lines[at + 1 :]
            if _is_prose(b.text)
            and b.text != title
            and not (len(b.text) <= _MAX_CARD_NOTE and b.text[-1] in "?？")
        ]
        if not told and not is_generic_link_text(blocks[end].text):
            return None  # (an outlet's linked name under a bare title closes no card: it titles one's source)
        stories.append([Block("heading", title, level=6), *told, blocks[end]])
    return [blocks[:first], *stories]


_MAX_CARD_NOTE = 20  # characters of an outlet's name or a count over a card's title


def _outlet_then_arrow(text: str) -> bool:
    """ "BBC News →", "Al Jazeera ↗": a link to the card's article at its outlet, named so."""
    name = text.rstrip()
    if not name or name[-1] not in _GO_THERE_ARROWS:
        return False
    name = name[:-1].strip()  # (a name, not a note: "Ongoing · day 2 ↗" links a thread)
    return bool(name) and _names_an_outlet(name) and not any(c in _NAME_BREAKS for c in name)


_NAME_BREAKS = frozenset("·|•:：/")


_GO_THERE_ARROWS = frozenset("→↗»›➜➔")


def _told_then_linked_stories(blocks: list[Block]) -> list[list[Block]] | None:
    """[page head, stories...] of a digest that tells each story in a paragraph of prose with no
    title, then gives its address on a line of its own (under "## Intelligenza Artificiale": "Il
    Vaticano ha pubblicato un documento sull'etica dell'IA..." over "[https://gizmodo.com/...]
    (https://gizmodo.com/...)"): three or more such pairs, four in five of the page's paragraphs
    of prose, each address an article's page of its own. Each story is titled by its first
    sentence (or by all it says, when that is short)."""
    # (or a numbered item, its address on the indented line under it: "1. RT-Thread Safety Auto 通过
    # 最高等级功能安全认证。" over "   https://mp.weixin.qq.com/s/...")
    told = [b.kind == "paragraph" or (b.kind == "list_item" and b.depth == 0) for b in blocks]
    pairs = [
        i
        for i in range(len(blocks) - 1)
        if _addresses_alone(blocks[i + 1]) and told[i] and not blocks[i].links and _is_prose(blocks[i].text)
    ]
    if len(pairs) < _MIN_HEADLINE_STORIES:
        return None
    prose = sum(told[k] and not _link_only(b) and _is_prose(b.text) for k, b in enumerate(blocks))
    if len(pairs) * 5 < prose * 4:
        return None
    hrefs = [blocks[i + 1].links[0].href for i in pairs]
    if len(set(hrefs)) != len(hrefs) or not all(article_url([href]) for href in hrefs):
        return None
    stories = []
    for i in pairs:
        title, rest = _opening_sentence(blocks[i].text)
        if title is None:
            return None
        said = [Block("paragraph", rest)] if rest else []
        stories.append([Block("heading", title, level=6), *said, blocks[i + 1]])
    return [blocks[: pairs[0]], *stories]


def _cited_at_the_end(
    blocks: list[Block], plain: dict[int, list[int]], profile: Profile
) -> list[list[Block]] | None:
    """[page head, stories...] of a digest that tells its stories under headings of one level with
    no link of their own, and cites their articles at its end, in the same order, in a section of
    links ("## 参考リンク" over "- [Anthropic raises $65 billion ... - TechCrunch](https://...)", one
    a story): each story is paired with its link, where two in three of the pairs share a word."""
    for level in sorted(plain):
        starts = plain[level]
        if len(starts) < _MIN_CITED_STORIES:
            continue
        closing = next(
            (
                i
                for i in range(starts[-1] + 1, len(blocks))
                if blocks[i].kind == "heading"
                and blocks[i].level <= level
                and _role_of_heading(blocks[i].text, profile) == "related"
            ),
            None,
        )
        if closing is None:
            continue
        cited = [b for b in blocks[closing + 1 :] if b.kind == "list_item" and b.depth == 0]
        if len(cited) != len(starts) or not all(len(b.links) == 1 and _opens_with_its_link(b) for b in cited):
            continue
        stories = _stories(blocks[:closing], starts, level)
        if any(b.links for story in stories for b in story):
            return None  # stories that link their own articles need no citing
        hrefs = [b.links[0].href for b in cited]
        if len(set(hrefs)) != len(hrefs) or not all(article_url([href]) for href in hrefs):
            return None
        shared = sum(
            bool(_words_of(" ".join(b.text for b in story)) & _words_of(item.links[0].text))
            for story, item in zip(stories, cited, strict=True)
        )
        if shared * 3 < len(stories) * 2:
            return None
        return [
            blocks[: starts[0]],
            *(
                [*story, Block("paragraph", item.links[0].text, links=item.links)]
                for story, item in zip(stories, cited, strict=True)
            ),
        ]
    return None


_MIN_CITED_STORIES = 3


def _words_of(text: str) -> set[str]:
    """A text's Latin words of three letters or more and its numbers (names and figures a story
    and its source's headline share across languages), and its pairs of CJK characters."""
    folded = fold(text)
    words = {word for word in _LATIN_WORD.findall(folded) if len(word) >= 3 or word.isdigit()}
    for run in _CJK_RUNS.findall(folded):
        words.update(run[k : k + 2] for k in range(len(run) - 1))
    return words


_LATIN_WORD = re.compile(r"[a-z0-9]+")


def _meta_lined_cards(blocks: list[Block]) -> list[list[Block]] | None:
    """[page head, stories...] of a feed digest's cards, each around a line naming its outlet and
    date and linking its article by a word ("Ars Technica (AI) · 2026-02-03 · [Source](https://...)"),
    three or more, four in five of the page's linked lines: that line under what the story says
    (titled by its first sentence), or between what it says and its title ("A Hugging Face post says
    ..." / the line / "We Got Claude to Build CUDA Kernels"), as the first card shows."""
    cards = {i: meta for i, b in enumerate(blocks) if (meta := _card_meta(b)) is not None}
    metas = list(cards)
    if len(metas) < _MIN_HEADLINE_STORIES:
        return None  # (most pages: ask no more)
    # (a table of contents' "#section" links are the page's own)
    linked = sum(
        1
        for b in blocks
        if b.kind in ("paragraph", "list_item") and any(not link.href.startswith("#") for link in b.links)
    )
    if len(metas) * 5 < linked * 4:
        return None
    first, last = metas[0], metas[-1]
    titled_after = (
        first > 0
        and last + 1 < len(blocks)
        and all(_says_prose(blocks[i - 1]) and _titles_a_card_after(blocks, i) for i in metas)
    )
    stories = []
    for i in metas:
        outlet, day, link = cards[i]
        if titled_after:
            title, said = blocks[i + 1].text, blocks[i - 1].text
        elif i + 1 < len(blocks) and _says_prose(blocks[i + 1]):
            # (what the card says is its summary whole, its first sentence standing for a title)
            title, said = _first_sentence_of(blocks[i + 1].text), blocks[i + 1].text
        else:
            return None
        if not title:
            return None
        told = [Block("paragraph", said)] if said else []
        cite = [Block("paragraph", outlet, links=(link,)), Block("paragraph", f"Source: {outlet}")]
        stories.append([Block("heading", title, level=6), Block("paragraph", day), *told, *cite])
    return [blocks[: first - 1 if titled_after else first], *stories]


def _card_meta(block: Block) -> tuple[str, str, Link] | None:
    """(outlet, date, link) of a card's line "Hugging Face · 2026-01-28 · [Source](https://...)"."""
    if block.kind != "paragraph" or len(block.links) != 1:
        return None
    said = block.links[0].text
    if not (is_generic_link_text(said) or label_of(said) == "source"):  # "Source", "Read more"
        return None
    parts = [part.strip() for part in block.text.split(" · ")]
    if len(parts) != _CARD_META_PARTS or parts[-1] != block.links[0].text.strip():
        return None
    outlet, day = parts[0], dates.only_a_date(parts[1])
    if not outlet or len(outlet) > _MAX_OUTLET_NAME or day is None or not looks_like_url(block.links[0].href):
        return None
    return outlet, day, block.links[0]


def _first_sentence_of(text: str) -> str:
    """The first sentence of what a card says, however long: a card that names no title is titled
    by it."""
    for match in _SENTENCE_STOP.finditer(text):
        rest = text[match.end() :].lstrip()
        if match.group() == "." and _ABBREVIATION.search(text, 0, match.start()):
            continue  # ("the good Dr. Dave Syer", "U.S. Army": a short form's stop, no sentence's)
        if not rest or _ends_a_sentence(match.group(), rest):
            return text[: match.end()].rstrip(".")
    return text


# the word before a stop that shortens a title or a name: "Dr", "Mr", "St", a lone capital ("U.S")
_ABBREVIATION = re.compile(r"(?:^|[\s(])(?:Dr|Mr|Mrs|Ms|Prof|St|Jr|Sr|Mt|vs|[A-Z](?:\.[A-Z])*)$")


def _ends_a_sentence(stop: str, rest: str) -> bool:
    """A stop ends a sentence where it is a CJK one, or what follows opens another: a capital, a
    digit or a quote ("... religione? Il Vaticano ...")."""
    return stop in "。！？" or (bool(rest) and (rest[0].isupper() or rest[0].isdigit() or rest[0] in '"“‘('))


_CARD_META_PARTS = 3
_MAX_OUTLET_NAME = 60


def _says_prose(block: Block) -> bool:
    return block.kind == "paragraph" and not block.links and _is_prose(block.text)


def _titles_a_card_after(blocks: list[Block], meta: int) -> bool:
    """The line under a card's meta line is its title: a short line of no sentence, linking nothing."""
    after = blocks[meta + 1] if meta + 1 < len(blocks) else None
    return (
        after is not None
        and after.kind == "paragraph"
        and not after.links
        and len(after.text) <= _MAX_CARD_TITLE
        and _card_meta(after) is None
        and not after.text.rstrip().endswith((".", "。"))
    )


def _opening_sentence(text: str) -> tuple[str | None, str]:
    """(its first sentence, the rest) of a paragraph: up to the first stop before a capital, a
    digit or a quote ("... religione? Il Vaticano ..."), or a CJK stop; the whole of a short one.
    (None, "") where a first sentence runs past a headline's length."""
    for match in _SENTENCE_STOP.finditer(text, 8, _MAX_OPENING_SENTENCE + 1):
        rest = text[match.end() :].lstrip()
        if _ends_a_sentence(match.group(), rest):
            return text[: match.end()], rest
    return (text, "") if len(text) <= _MAX_CARD_TITLE else (None, "")


_SENTENCE_STOP = re.compile(r"[.!?](?=\s)|[。！？]")
_MAX_OPENING_SENTENCE = 200


def _addresses_alone(block: Block) -> bool:
    """A paragraph that is one link alone named by its own address."""
    return (
        block.kind == "paragraph"
        and len(block.links) == 1
        and looks_like_url(block.links[0].text)
        and _link_only(block)
    )


# "... kill three ([Le Monde](https://...))." : an item's outlet, named in brackets at its end
_CITED_AT_END = re.compile(r"\s*[(（](?P<outlet>[^()（）]{2,40})[)）][.。]?$")


def _outlet_cited_items(blocks: list[Block]) -> list[list[Block]] | None:
    """[page head, stories...] of a "current events" page: five or more list items (or numbered
    paragraphs), four in five of all, each a headline that ends in its outlet's name, linked to an
    article's own page, and four in five to a page no other links. The name stands in brackets
    after the headline ("• Bangkok bar fire death toll rises to 30 ([Guardian World](https://...)).")
    or closes a story told in prose, titled by its first sentence ("1. Planet Labs 获上调至"买入"评级。
    分析机构将其评级由持有上调至买入…… [Yahoo Finance](https://...)"), where those stories hold most
    of the page's text (an article's numbered references end in their journal's name too). Each item
    is a story at its outlet's address."""
    items = [
        i
        for i, b in enumerate(blocks)
        if (b.kind == "list_item" and b.depth == 0) or (b.kind == "paragraph" and _NUMBERED.match(b.text))
    ]
    if len(items) < _MIN_OUTLET_CITED:
        return None
    cited: list[tuple[int, str, str, Link]] = []
    told_after = 0  # items titled by their first sentence
    for i in items:
        item = blocks[i]
        if (dashed := _outlets_after_dash(item)) is not None:
            # "Publishers sue Perplexity AI over scraping - [The Register](...)", or more outlets after
            # the dash, comma by comma: the headline, told at its first outlet's address
            cited.append((i, dashed, "", item.links[0]))
            continue
        if (bracketed := _outlets_in_brackets(item)) is not None:
            # "**1. Title.** What happened. ([El País](https://elpais.com/espana/), [RTVE](...))": a
            # story its outlets ran, at the first one's article where one links an article
            cited.append((i, *bracketed))
            continue
        if len(item.links) != 1 or not _names_an_outlet(item.links[0].text):
            continue
        link, outlet = item.links[0], item.links[0].text.strip()
        if (end := _CITED_AT_END.search(item.text)) is not None and end.group("outlet").strip() == outlet:
            headline, rest = item.text[: end.start()].strip(), ""
            # "**Title**: what it says. ([Outlet](...))": the bold lead is the headline
            if (said := _said_after_lead(headline, item.lead)) is not None:
                headline, rest = item.lead.strip(_ITEM_SEPARATORS), said
        elif item.text.rstrip(" .。").endswith(f" {outlet}"):
            told = _NUMBERED.sub("", item.text.rstrip(" .。")[: -len(outlet)]).strip()
            headline, rest = _opening_sentence(told)
            if headline is None or not rest:
                continue
            headline = headline.rstrip("。")  # (a headline states, and stops on no full stop)
            told_after += 1
        else:
            continue
        if _is_headline(headline) and article_url([link.href]):
            cited.append((i, headline, rest, link))
    if len(cited) < _MIN_OUTLET_CITED or len(cited) * 5 < len(items) * 4:
        return None
    # (stories whose outlets are linked by their front pages alone name no article, nor share one)
    articles = [link.href for *_, link in cited if link.href and article_url([link.href])]
    if articles and not _mostly_own(articles):
        return None
    if told_after and sum(len(blocks[i].text) for i, *_ in cited) * 2 <= sum(
        len(b.text) for b in blocks if b.kind in ("paragraph", "list_item")
    ):
        return None
    stories: list[list[Block]] = []
    told: set[str] = set()
    for _, headline, rest, link in cited:
        if link.href in told:  # an article filed under two of the page's topics: one story
            continue
        # (a link to an outlet's front or section page names the outlet, no article of the story)
        cite = Block("paragraph", link.text, links=(link,) if link.href else ())
        if cite.links:
            told.add(link.href)
        text = [Block("paragraph", rest)] if rest else []
        stories.append(
            [Block("heading", headline, level=6), *text, cite, Block("paragraph", f"Source: {link.text}")]
        )
    return [blocks[: cited[0][0]], *stories]


def _outlets_after_dash(item: Block) -> str | None:
    """The headline of an item that ends in a dash and the names of the outlets it links, nothing
    else after it ("AI improves diagnostics - [Yahoo](...), [Nature](...)"), where the first links an
    article's own page."""
    names = _outlet_names(item)
    headline, dash, after = item.text.rpartition(" - " if " - " in item.text else " — ")
    if names is None or not dash or after.strip() != names or not article_url([item.links[0].href]):
        return None
    headline = headline.strip()
    return headline if _is_headline(headline) else None


def _outlets_in_brackets(item: Block) -> tuple[str, str, Link] | None:
    """(headline, what it says, its link) of an item whose bold lead titles it and that closes on the
    names of two or more outlets it links, in brackets ("**1. Title.** What happened. ([El País](...),
    [RTVE](...))"); the link is the first to an article's own page, else the first."""
    names = _outlet_names(item)
    text = item.text.rstrip(" .。")
    if len(item.links) < 2 or names is None or not text.endswith((f"({names})", f"（{names}）")):
        return None
    told = text[: -len(names) - 2].strip()
    lead = _NUMBERED.sub("", item.lead).strip()
    said = _said_after_lead(told, item.lead)
    if said is None and item.lead.rstrip().endswith((".", "。")) and told.startswith(item.lead):
        said = told[len(item.lead) :].strip()  # "**1. Title.** What happened.": a bold sentence over more
    if said is None or not _is_headline(headline := lead.rstrip(" .。:：")):
        return None
    link = next((link for link in item.links if _names_an_article(link.href)), None)
    return headline, said, link or Link(item.links[0].text, "")


def _outlet_after_link(heading: Block) -> tuple[str, str] | None:
    """(title, outlet) of a heading that links its title and names the outlet after the link ("### [The
    Dot and the Swarm](https://...) — One Useful Thing", "... — Anthropic (Russell Legate-Yang and
    Maxim Massenkoff)"): words set off by a dash, each capitalised but for a joining word, or a host.
    A note in lower case after the link ("— a terminal emulator") is the title's own."""
    if heading.kind != "heading" or not heading.links:
        return None
    link = heading.links[0]
    title = link.text.strip()
    if not title or not heading.text.startswith(link.text) or not looks_like_url(link.href):
        return None
    after = _NAME_AFTER_LINK.match(heading.text[len(link.text) :])
    if after is None:
        return None
    words = (name := after.group("name")).split()
    named = len(words) <= _MAX_OUTLET_WORDS and all(
        not word[0].islower() or word in _JOINING_WORDS or "." in word for word in words
    )
    return (title, name) if named else None


# " — One Useful Thing", " - Google / Google DeepMind (authors)": a name after a dash, its people after
_NAME_AFTER_LINK = re.compile(r"^\s+[—–-]\s+(?P<name>[^\s()][^()]*?)\s*(?:\([^()]*\))?\s*$")
_MAX_OUTLET_WORDS = 6
_JOINING_WORDS = frozenset({"of", "on", "the", "and", "for", "in", "de", "la", "le", "du", "des", "&", "/"})


def _outlet_names(item: Block) -> str | None:
    """ "The Register", "Yahoo, Nature": the names of the outlets an item links, as it writes them
    one after another, where every link of it names an outlet."""
    if not item.links or not all(_names_an_outlet(link.text) for link in item.links):
        return None
    return ", ".join(link.text.strip() for link in item.links)


def _names_an_article(url: str) -> bool:
    """A URL whose path names one page of its site: a slug of three words or more, or a number of
    four digits or more (an id, a year), not a front page's or a section's ("/espana/", "/noticias/
    espana/", "/baix-emporda/")."""
    path = urlsplit(url).path
    return bool(_ARTICLE_ID.search(path)) or any(
        len(_SLUG_WORDS.split(segment.rsplit(".", 1)[0])) >= 3 for segment in path.split("/")
    )


_ARTICLE_ID = re.compile(r"\d{4,}")
_SLUG_WORDS = re.compile(r"[-_+]")


def _said_after_lead(text: str, lead: str) -> str | None:
    """What an item says after its bold lead and a colon or dash ("**Title**: what it says."), when
    the lead is a title of its own: no label, and no subject its sentence goes on from (in lower
    case after the colon: "**OpenAI**: released a new model ...")."""
    if not lead or not text.startswith(lead) or label_of(lead) is not None or _continues_its_lead(text, lead):
        return None
    rest = text[len(lead) :]
    if not rest.lstrip(" ").startswith((":", "：", "—", "–", "- ")) and not lead.rstrip().endswith(
        (":", "：")
    ):
        return None
    said = rest.strip(_ITEM_SEPARATORS)
    if said[:1].islower() or said[:1] in _PARTICLES:
        return None
    return said if len(said) >= _MIN_SAID and _is_prose(said) else None


def _sourced_items(blocks: list[Block], profile: Profile) -> list[list[Block]] | None:
    """[page head, stories...] of a press review: five or more list items, four in five of all that
    link something, each a story of its own, a bold title over what happened and a closing label
    naming its linked sources ("**Assalto a bancomat** — Bologna: Una banda ... Fonti: [Ansa](...),
    [Il Resto del Carlino](...)"), four in five of their first sources no other item's. Each item is
    a story under its title, its sources a line of their own (the notes a log keeps between them,
    linking nothing, are none)."""
    items = [i for i, b in enumerate(blocks) if b.kind == "list_item" and b.depth == 0 and b.links]
    if len(items) < _MIN_OUTLET_CITED:
        return None
    cited: list[tuple[int, re.Match[str]]] = []
    for i in items:
        item = blocks[i]
        if not item.lead or not item.text.startswith(item.lead):
            continue
        end = _SOURCES_AT_END.search(item.text)
        if end is None or _label_group(end.group("label"), profile) != "source":
            continue
        if all(link.text and link.text in end.group("value") for link in item.links):
            cited.append((i, end))
    if len(cited) < _MIN_OUTLET_CITED or len(cited) * 5 < len(items) * 4:
        return None
    if not _mostly_own([blocks[i].links[0].href for i, _ in cited]):
        return None
    stories = []
    for i, end in cited:
        item = blocks[i]
        told = item.text[len(item.lead) : end.start()].strip(" —–-:：")
        sources = Block("paragraph", item.text[end.start("label") :], links=item.links)
        stories.append([Block("heading", item.lead, level=6), Block("paragraph", told), sources])
    return [blocks[: cited[0][0]], *stories]


# "... a story's last sentence. Fonti: Ansa, Il Resto del Carlino": a label and what it names, closing
_SOURCES_AT_END = re.compile(
    r"(?:^|(?<=[.。!?！？)]))\s*(?P<label>[^\s:：.。]{2,24})\s*[:：]\s*(?P<value>[^:：]+)$"
)


def _names_an_outlet(name: str) -> bool:
    """A link's text that can be an outlet's name: short, no go-there words, no label, no change's
    number ("#236": a changelog's pull request)."""
    name = name.strip()
    return (
        len(name) <= MAX_SITE_NAME
        and not is_generic_link_text(name)
        and not label_of(name)
        and not _CHANGE_REFERENCE.match(name)
    )


def _tells_in_prose(story: list[Block]) -> bool:
    return any(b.kind == "paragraph" and _is_prose(b.text) for b in story)


def _tells_or_closes_on_its_address(story: list[Block]) -> bool:
    """A story told in prose, or in a few lines closed by its address alone ("## 42 个在生产环境使用
    Rust 的公司" over "https://kerkour.com/blog/..."; "- mrustc 是一个..." items, then the address)."""
    last = story[-1]
    return _tells_in_prose(story) or (
        len(story) > 1 and (_link_only(last) or (last.kind == "paragraph" and looks_like_url(last.text)))
    )


def _titled(titles: tuple[str | None, ...]) -> frozenset[str]:
    """The page's titles less any marker symbols they open with ("⚡ Weekly Recap: ...")."""
    return frozenset(_LEADING_MARKERS.sub("", title, count=1) for title in titles if title)


def _page_titles(title: str | None, blocks: list[Block], page: Page) -> tuple[str | None, ...]:
    """What names the page: its title, its ``<title>``, and an opening line that leads into what
    follows ("以下是今日精选的技术内容：", "Here are today's top stories:") or is short enough to be
    the page's own title over its first heading ("📰 **Daily Tech Digest – August 15, 2025**"); and
    the bold tagline straight under the title heading ("# AI Feed" over "**Automated News Collection
    - Updated Daily**"). A title heading over a line that is its date names an issue with it."""
    first = blocks[0] if blocks else None
    # "🤖 infoIA" over "Domingo, 1 de marzo de 2026": an issue's name over its date
    if (
        title
        and first
        and first.kind == "heading"
        and first.text == title
        and len(blocks) > 1
        and (dated := _day_line(blocks[1])) is not None
    ):
        title = f"{title} {dated}"
    lead_in = None
    if (
        first
        and first.kind == "paragraph"
        and (_LEAD_IN.search(first.text) or len(first.text) <= _MAX_BOLD_TITLE)
    ):
        lead_in = first.text
    tagline = None
    if first and first.kind == "heading" and len(blocks) > 1:
        under = blocks[1]
        if under.kind == "paragraph" and under.strong and not under.links and len(under.text) <= _MAX_TAGLINE:
            tagline = under.text
    return title, page.meta.get("title"), lead_in, tagline, _filed_under(page)


def _filed_under(page: Page) -> str | None:
    """The categories a post's front matter files it under ("categories: weekly", a newsletter's
    issues), as one line, on a page that links pages on three sites or more (a news site files its
    own article under "最新新闻", latest news)."""
    fm = page.front_matter
    value = fm.get("categories", fm.get("category"))
    if value is None or len(_link_hosts(page)) < _MIN_FILED_DIGEST_HOSTS:
        return None
    listed = value if isinstance(value, list) else [value]
    named = [str(v) for v in listed if isinstance(v, str | int) and str(v).strip()]
    return " · ".join(named) or None


_MAX_TAGLINE = 80
_MIN_FILED_DIGEST_HOSTS = 3


def _link_hosts(page: Page) -> Counter[str]:
    """How many of the page's links go to each host."""
    hosts = Counter(
        url_host(link.href) for block in page.blocks for link in block.links if looks_like_url(link.href)
    )
    hosts.pop(None, None)
    return hosts


def _opens_with_its_link(item: Block) -> bool:
    """``**[Title](https://...)**``, or ``**[Title](https://...)**（来源：OpenAI）``: the item is its link,
    with at most a short note after it (and a card's number before it: ``1 [Title](...)``). A link
    named by a label (``[Source](...)``, ``[原文](...)``) is no title."""
    if not item.links or not item.links[0].text:
        return False
    title = item.links[0].text
    # a card's number before its link ("1 [Title](...)"), not a number the title opens with
    text = item.text if item.text.startswith(title) else _without_card_number(item.text)
    if _titled_twice(item):  # "[Title](url) [标题](url)": a card's title in two languages, one link
        return looks_like_url(item.links[0].href) and label_of(title) is None
    return (
        text.startswith(title)
        and len(_note_after(text[len(title) :], item)) <= _MAX_LABEL
        and looks_like_url(item.links[0].href)
        and label_of(title) is None
        and not is_generic_link_text(title)
    )


def _note_after(rest: str, item: Block) -> str:
    """What an item says after its title link, less its discussion's link and its site's name
    ("progressandpoverty.substack.com / [0 comments](https://news.ycombinator.com/item?id=...)")."""
    for link in item.links[1:]:
        if _is_discussion(link.href) and link.text:
            rest = rest.replace(link.text, " ")
    return " ".join(word for word in rest.split() if not HOST_NAME.fullmatch(word))


# a card's number: "1 ", "1. ", "1、" (no space after a CJK comma)
_CARD_NUMBER = re.compile(r"^\d{1,3}(?:[.)]?\s+|[、，]\s*)")


def _without_card_number(text: str) -> str:
    """``1 Title`` -> ``Title``: a card's or an item's number before its title, or the date it
    is filed under (``2026-08-14 — ⭐ Title``), or its score in brackets (``(305★) Title``, ``[100]
    Title``)."""
    if text[:1] in "(（" and (scored := _SCORE_LEAD.match(text)):
        return text[scored.end() :]
    if text[:1] in "[［" and (ranked := _BRACKETED_NUMBER_LEAD.match(text)):
        return text[ranked.end() :]
    if not text[:1].isdigit():
        return text
    if dated := _DATE_LEAD.match(text):
        return _LEADING_MARKERS.sub("", text[dated.end() :], count=1)
    return _CARD_NUMBER.sub("", text, count=1)


_DATE_LEAD = re.compile(r"^\d{4}-\d{2}-\d{2}\s*[—–:|-]\s*")
_BRACKETED_NUMBER_LEAD = re.compile(r"^[\[［]\d{1,4}[\]］]\s+")
_SCORE_LEAD = re.compile(r"^[(（][^()（）]{0,30}?\d+\s*[★⭐▲👍][^()（）]{0,20}[)）]\s+")


def _next_heading(blocks: list[Block], start: int, limit: int) -> int:
    """Where the story that starts at ``start`` ends: the next heading, at ``limit`` at the latest."""
    return next((j for j in range(start + 1, limit) if blocks[j].kind == "heading"), limit)


def _distinct(links: list[str | None]) -> bool:
    """Every story has a link, and no two the same."""
    return all(links) and len(set(links)) == len(links)


def _sponsored(story: list[Block]) -> bool:
    """A story whose heading marks it an advertisement ("Don't sleep on AI (Sponsor)", "【PR】...")."""
    if not story or story[0].kind != "heading":
        return False
    title = fold(story[0].text)
    if any(title.startswith(marker) or title.endswith(marker) for marker in _sponsor_markers()):
        return True
    # ("... *SPONSORED*" closing the note under the title, in capitals as such tags are set)
    return any(block.text.rstrip(" .").endswith(_sponsor_tags()) for block in story[1:_TAGGED_NOTE_LINES])


def _titled_by_an_id(story: list[Block]) -> bool:
    """A "story" whose heading is a record's identifier, maybe numbered ("## 1. `tempi-fact-001`",
    a review packet's case over its question and its labelled articles): lowercase words joined by
    hyphens or underscores that end on a number, no headline's words. A page most of whose stories
    are so titled holds records of a dataset, no news."""
    if not story or story[0].kind != "heading":
        return False
    return _RECORD_ID.fullmatch(_NUMBERED.sub("", story[0].text, count=1).strip(" `")) is not None


_RECORD_ID = re.compile(r"[a-z][a-z0-9]*(?:[-_][a-z0-9]+)*[-_]\d+")


def _credits_a_person(story: list[Block]) -> bool:
    """A story that opens on a line that is a link to someone's profile and no more ("* [Kyle
    Nosar](https://github.com/nosark)" of a weekly's "New Contributors"), or that names someone by
    their handle for their first contribution ("* @francisrath made their first contribution in
    https://github.com/.../pull/5336", GitHub's release notes): a credit, not a story."""
    first = story[0] if story else None
    if first is None:
        return False
    if len(first.links) == 1 and _link_only(first) and profile_page(first.links[0].href):
        return True
    opening = _CREDITED_HANDLE.match(first.text)
    return opening is not None and fold(opening.group(1)).startswith(_contributor_credits())


_CREDITED_HANDLE = re.compile(r"@[\w.-]+\s+(.*)")


@cache
def _contributor_credits() -> tuple[str, ...]:
    return tuple(fold(phrase) for phrase in lexicon()["digests"]["contributor_credits"])


def _mostly(test: Callable[[list[Block]], bool], stories: list[list[Block]]) -> bool:
    """Whether four in five of the stories, and at least three, pass ``test``."""
    passed = sum(map(test, stories))
    return passed >= _MIN_HEADLINE_STORIES and passed * 5 >= len(stories) * 4


def _signs_off(story: list[Block]) -> bool:
    """A last "story" that is the writer's sign-off ("**That's it for May!**" over "Thanks for
    reading!", "👋 That's a wrap!"): its heading opens with one of ``[digests] sign_offs``."""
    return (
        bool(story)
        and story[0].kind == "heading"
        and _LEADING_MARKERS.sub("", fold(story[0].text), count=1).startswith(_sign_offs())
    )


def _ungrouped(story: list[Block], *, shared_note: bool = False) -> list[list[Block]]:
    """A section read as one story that is a group of them: a heading ("⚡ Quick Hits") over two or
    more lines, each led by its own link whose words are a headline ("🇩🇪 More ice age than thaw:
    what this winter could mean for Berlin | A rare climate combo ..."), and nothing else. One story
    a line, its link's words the title and the rest its summary; else the story as it was."""
    lines = story[1:]
    if lines and not story[0].links and _notes_a_list(lines, 0, _MAX_GROUP_NOTE if shared_note else None):
        # "### r/LocalLLaMA" over "_Today's highlights from this corner of Reddit._" over its items
        # (under a story's own linked title, the short line is what it says), or, where other groups
        # open their notes alike, "## News-like Links" over "A collection of links shared recently by
        # legal-type folks, sorted by popularity." (a story's summary over its sources is no such note)
        lines = lines[1:]
    if (
        len(lines) < 2
        or story[0].kind != "heading"
        or any(b.kind not in ("paragraph", "list_item") or b.depth for b in lines)
        or not all(_led_by_its_link(b) for b in lines)
        # (a blog's posts may be titled by a day, "June 1, 2025", or in a few words, "The Final Act",
        # among the group's headlines; sources' names, "TechCrunch", are none)
        or not _mostly_headlines([b.links[0].text for b in lines])
        or not _distinct([b.links[0].href for b in lines])
    ):
        return [story]
    return [_story_of_its_link(line) for line in lines]


def _credits_its_maker(block: Block) -> bool:
    """A closing line that credits the tool that made the digest (``[digests] credits``): "*This
    digest is auto-generated by [agents-radar](https://github.com/...)*"."""
    said = fold(block.text)
    return (
        block.kind == "paragraph"
        and bool(block.links)
        and len(block.text) <= _MAX_CREDIT_LINE
        and any(words in said for words in _credits())
    )


_MAX_CREDIT_LINE = 160


@cache
def _credits() -> tuple[str, ...]:
    return tuple(fold(words) for words in lexicon()["digests"]["credits"])


@cache
def _sign_offs() -> tuple[str, ...]:
    return tuple(fold(words) for words in lexicon()["digests"]["sign_offs"])


@cache
def _sponsor_markers() -> tuple[str, ...]:
    return tuple(fold(marker) for marker in lexicon()["digests"]["sponsor_markers"])


@cache
def _sponsor_tags() -> tuple[str, ...]:
    return tuple(lexicon()["digests"]["sponsor_tags"])


_TAGGED_NOTE_LINES = 3  # lines under a story's title whose end may tag it sponsored


def _lists_linked_stories(section: list[Block]) -> bool:
    """A heading straight over a list of two or more items, each opening with a link of its own
    (what follows the list, a page's footer, aside): a group of stories, not one."""
    tops = [item for item in _list_run(section[1:]) if item.kind == "list_item" and item.depth == 0]
    return (
        len(tops) >= 2
        and all(map(_led_by_its_link, tops))
        and _distinct([item.links[0].href for item in tops])
    )


def _list_run(blocks: list[Block]) -> list[Block]:
    """The list ``blocks`` open with, each item's own note under it too ("- [Title](https://...)
    (36kr)" over "  SpaceX 已选定...", a paragraph of its own here)."""
    run: list[Block] = []
    for block in blocks:
        if block.kind != "list_item" and not (
            run and run[-1].kind == "list_item" and block.kind == "paragraph"
        ):
            break
        run.append(block)
    return run


def _led_by_its_link(item: Block) -> bool:
    """``[Title](https://...) (InfoQ) what it says``, ``🌟 [Title](https://...) — what it says``: the
    item's text starts with its first link, after marker symbols at most, and may say more after it
    (where :func:`_opens_with_its_link` allows a short note at most)."""
    first = item.links[0] if item.links else None
    return (
        first is not None
        and bool(first.text)
        and looks_like_url(first.href)
        and _LEADING_MARKERS.sub("", _without_card_number(item.text), count=1).startswith(first.text)
    )


# "🌟 ", "📰 ", "• " before an item's title: no letters, digits, brackets or quotes
_LEADING_MARKERS = re.compile(r"^[^\w\s\[(（\"“'‘]{1,8}\s+")


def _names_a_group(blocks: list[Block], index: int) -> bool:
    """A heading with no link and nothing of its own, straight over a linked heading of its level
    (a card's label that says the heading again, "📰 NY Times" under "📰 NY Times", is nothing)."""
    heading = blocks[index]
    after = blocks[index + 1] if index + 1 < len(blocks) else None
    if (
        after is not None
        and after.kind == "paragraph"
        and not after.links
        and fold(after.text) == fold(heading.text)
    ):
        after = blocks[index + 2] if index + 2 < len(blocks) else None
    return (
        _heading_link(heading) is None
        and after is not None
        and after.kind == "heading"
        and after.level == heading.level
        and _heading_link(after) is not None
    )


def _mostly_distinct(links: list[str | None], *, retold: bool = False) -> bool:
    """Every story has a link, and four in five a link no other has (two or more stories); or, when
    stories may be ``retold`` (linked headings), none has a link more than one other has."""
    if len(links) < 2 or not all(links):
        return False
    return _mostly_own(links) or (retold and _told_twice_at_most(links))


def _heading_link(block: Block) -> str | None:
    """The link a heading gives its story: "### [Title](https://...)", "### [cURL](...) 取消漏洞赏金"."""
    # a heading that opens with a link named by a label ("#### [Submission URL](...) | 102 points | by
    # [user](...)") is a labelled part, not a title, whatever links follow
    # ("### Claude finds zero-days [Link]": a label's link after the title is the story's own)
    first = next((link for link in block.links if looks_like_url(link.href)), None)
    if first is None:
        return None
    before = block.text[: max(block.text.find(first.text), 0)]
    opens = not any(c.isalnum() for c in before)
    return first.href if label_of(first.text) is None or not opens else None


@lru_cache(maxsize=1 << 12)  # pure; asked of a page's titles by claims and again by extract
def _names_a_digest(titles: tuple[str | None, ...]) -> bool:
    """Whether what names the page (see :func:`_page_titles`) names a digest: a title or line with
    a digest's word, or the page's title or ``<title>`` being an issue's name and date."""
    return any(map(_is_digest_title, titles)) or any(map(_is_issue_title, titles[:2]))


def _listed_links(blocks: list[Block], profile: Profile) -> list[list[Block]] | None:
    """[page head, stories...] of a page one of whose headings names its list of the stories it
    takes up ("## Episode links" of a news podcast's show notes, ``[digests] link_sections``): the
    linked items under it, two or more (not its hosts' pages, nor its tags, listed elsewhere)."""
    at = next(
        (i for i, b in enumerate(blocks) if b.kind == "heading" and fold(b.text) in _link_sections()), None
    )
    if at is None:
        return None
    level = blocks[at].level
    end = next(
        (j for j in range(at + 1, len(blocks)) if blocks[j].kind == "heading" and blocks[j].level <= level),
        len(blocks),
    )
    section = blocks[at + 1 : end]
    items = _linked_item_stories(section, profile) or _list_stories(section, profile)
    if len(items) < 2:
        return None
    return [blocks[: at + 1 + items[0][0]], *(story for _, story in items)]


def _heads_stories_and_hits(blocks: list[Block]) -> bool:
    """Whether a page titles its stories by linked headings ("### [Jensen Huang just put ...](...)")
    and lists more as items that open with a link of their own and say what it is ("- **[xAI 11
    人創始團隊僅剩 2 人](...)** — 不到三年..."): a digest, whatever its title."""
    headed = {link for b in blocks if b.kind == "heading" and (link := _heading_link(b))}
    if len(headed) < 2:
        return False
    hits = {b.links[0].href for b in blocks if b.kind == "list_item" and _linked_hit(b)}
    return len(hits - headed) >= _MIN_HITS


def _linked_hit(item: Block) -> bool:
    """``[Title](https://...) — what it says``: an item that is a story's link and a note on it."""
    link = item.links[0] if item.links else None
    if link is None or not link.text or not item.text.startswith(link.text):
        return False
    note = item.text[len(link.text) :].strip()
    return (
        note[:1] in _NOTE_DASHES
        and len(note) >= _MIN_HIT_NOTE
        and looks_like_url(link.href)
        and label_of(link.text) is None
    )


_MIN_HITS = 5
_MIN_HIT_NOTE = 10
_NOTE_DASHES = frozenset("—–-:：|")


def _groups_linked_paragraphs(blocks: list[Block]) -> bool:
    """Whether a page groups, under two headings or more, paragraphs or list items that each open
    with a story's linked title ("## People" over "[Time to move on from DevOps ...](...): CI/CD,
    DevOps are so 2007.", "* [**IncusOS Announced**](...): ..."), three or more in a group and ten
    in all, nearly each linking a page no other does: a newsletter of links, whatever its title."""
    groups: list[list[str]] = []
    home_pages = 0
    for block in blocks:
        if block.kind == "heading":
            groups.append([])
        elif (
            groups
            and block.kind in ("paragraph", "list_item")
            and _led_by_its_link(block)
            and _is_link_title(block.links[0].text)
            # (an item says what its link is: a menu's items are links alone)
            and (block.kind == "paragraph" or len(block.text) - len(block.links[0].text) >= _MIN_HIT_NOTE)
        ):
            if home_page_site(block.links[0].href):
                home_pages += 1
            else:
                groups[-1].append(block.links[0].href)
    links = [link for group in groups if len(group) >= _MIN_GROUPED_LINKS for link in group]
    grouped = sum(len(group) >= _MIN_GROUPED_LINKS for group in groups)
    # (a directory of sites, "## Bolivia" over its papers' home pages or an awesome list of
    # newsletters, links many a site's home: no story's page)
    return (
        grouped >= 2
        and len(links) >= _MIN_LINKED_PARAGRAPHS
        and _mostly_own(links)
        and home_pages * _HOME_PAGE_SHARE < home_pages + sum(map(len, groups))
    )


_HOME_PAGE_SHARE = 3  # of a newsletter's linked items, fewer than one in three link a site's home
_MIN_GROUPED_LINKS = 3
_MIN_LINKED_PARAGRAPHS = 10


def _numbers_its_links(blocks: list[Block]) -> bool:
    """Whether the page numbers the links it takes up in its lines' bold leads, 1, 2, 3 and on, each
    line one link ("**Michael #1:** [auto-py-to-exe](...)", a podcast's hosts taking turns)."""
    numbers = [
        int(numbered.group(1))
        for block in blocks
        if block.lead and len(block.links) == 1 and (numbered := _NUMBERED_LEAD.match(block.lead))
    ]
    return len(numbers) >= _MIN_HEADLINE_STORIES and numbers == list(range(1, len(numbers) + 1))


_NUMBERED_LEAD = re.compile(r"^(?:[^\W\d][\w .'-]{0,30} )?#(\d{1,2})\s*[:：]?$")


@cache
def _link_sections() -> frozenset[str]:
    return frozenset(fold(label) for label in lexicon()["digests"]["link_sections"])


def _less_site_name(titles: tuple[str | None, ...], page: Page) -> tuple[str | None, ...]:
    """The titles less the site's name (``og:site_name``) before or after a separator
    ("普通に使える...の実機チェック - 週刊アスキー")."""
    site = page.meta.get("og:site_name", "").strip()
    if not site:
        return titles
    return tuple(_site_name_around(site).sub("", t).strip() or t if t else t for t in titles)


@lru_cache(maxsize=256)
def _site_name_around(site: str) -> re.Pattern[str]:
    name = re.escape(site)
    return re.compile(rf"^{name}\s*[-|–—:：·]\s*|\s*[-|–—:：·]\s*{name}$")


def names_a_digest(title: str) -> bool:
    """Whether a page's title names it a digest of many stories ("AI News Daily - 2026-05-05",
    "Hacker News 日报"): for readers of one article, which such a page is not."""
    return _names_a_digest((title,))


def tells_stories(page: Page) -> bool:
    """Whether the generic digest reader finds stories on ``page`` to tell apart: what a page whose
    title names it a digest must have to be no one article's."""
    labelled = _structured(_before_its_comments(list(page.blocks), page), GENERIC)
    title = _title(labelled, page, page.front_matter, numbered=False, profile=GENERIC)
    stories = _split_items(labelled, GENERIC, titles=_page_titles(title, labelled, page))
    if len(stories) > 1 and _few(stories) and clipped_page(page):
        # (as the reader's claim asks: a clipper's copy of an article with sections of its own)
        return not (
            _labels_texts(labelled, page.front_matter, GENERIC)
            and _copies_its_own_sections(labelled, title, GENERIC)
        )
    return len(stories) > 1


def _labels_texts(blocks: list[Block], fm: dict, profile: Profile) -> bool:
    """Whether a page labels sections of texts (a summary, key points, a translation ...) or states
    them in its front matter."""
    roles = {_role_of_heading(b.text, profile) for b in blocks if b.kind == "heading"}
    return bool(roles & _TEXT_ROLES) or _states_texts(fm)


def _few(stories: list[list[Block]]) -> bool:
    """Two stories or one (and the page's head): what a clipper's copy of an article with sections of
    its own may seem to tell under its title heading and the export's "# Full Content:"."""
    return len(stories) - 1 <= _SEEMING_STORIES


_SEEMING_STORIES = 2


def _is_digest_title(title: str | None) -> bool:
    """A title that names its page a digest of many stories: "Hacker News 日报", "Tech Daily Digest"."""
    # ("tecnologia_diaria", "daily_digest": a file's name for a title spaces its words with "_")
    if not title:
        return False
    # "PrzeglądAI #7: AI podczas Super Bowl", "Newsletter #30": a periodical's name and its issue's number
    # ("KubeWeekly #Clean Markup", "TechDaily": a periodical's name set in camel case)
    spaced = _CAMEL_CASE_JOIN.sub(" ", title)
    return (
        _digest_words().search(fold(spaced).replace("_", " ")) is not None
        or bool(_ISSUE_NUMBER.match(title))
        or _ISSUE_SEGMENT.search(title) is not None
    )


# ("TechDaily", "weeklyOSM": a name glued to the word before it)
_CAMEL_CASE_JOIN = re.compile(r"(?<=[a-z])(?=[A-Z])")


_ISSUE_NUMBER = re.compile(r"^[^\W\d][\w.-]{1,30}(?: [\w.-]{1,30})? #\d{1,4}(?:\s*[:：—–|-]|\s*$)")


# "Racket News - Issue 29", "Issue 9", "Ausgabe Nr. 12: ...": an issue named by its number, a part of
# the title of its own
_ISSUE_SEGMENT = re.compile(
    r"(?:^|[-–—:|·,(]\s*)(?:Issue|Ausgabe|Numéro|Número|Edição|Edición|Выпуск|Випуск|Wydanie)"
    r"\s*(?:No\.?\s*|Nr\.?\s*|N[°º]\s*|#\s*)?\d{1,4}\s*(?:$|[-–—:|·)])",
    re.IGNORECASE,
)


def _is_issue_title(title: str | None) -> bool:
    """A title that is a short name beside a full date, as a periodical names an issue: "Hacker
    News Top 10 - 2026-09-03", "TL;DR — 2026-05-07", "AI 资讯 2026年5月7日". An article's title
    that mentions a date says more besides it."""
    if not title or len(title) > _MAX_ISSUE_TITLE:
        return False
    span = dates.match_span(title)
    if span is None:
        found = find_cjk_date(title)
        span = (found.start, found.end) if found else None
    if span is None and (dotted := _DOTTED_DATE.search(title)):  # "Data Is Plural — 2016.05.04 edition"
        span = dotted.span()
    if span is None and (month := _ISSUE_MONTH.search(title)):  # "2023/05 2週目": a month's second week
        span = month.span()
    if span is None:
        return False
    name = (title[: span[0]] + title[span[1] :]).strip(_ISSUE_PUNCTUATION)
    return len(name) <= _MAX_ISSUE_NAME


@cache
def _digest_words() -> re.Pattern[str]:
    """``[digests] title_words``: words of scripts that space them (Latin, Cyrillic) as whole words,
    CJK and Hangul words anywhere."""
    return word_pattern([fold(w) for w in lexicon()["digests"]["title_words"]])


def _tell_most_of(blocks: list[Block], stories: list[list[Block]]) -> bool:
    """Whether the stories hold at least half of the page's text from the first of them on."""
    told = {id(block) for story in stories for block in story}
    first = next((i for i, block in enumerate(blocks) if id(block) in told), len(blocks))
    said = [block for block in blocks[first:] if block.kind != "heading"]
    return 2 * sum(len(block.text) for block in said if id(block) in told) >= sum(len(b.text) for b in said)


def _stories(blocks: list[Block], starts: list[int], level: int) -> list[list[Block]]:
    """Each story from its heading to the next heading of its level or higher."""
    stories = []
    for a, b in itertools.pairwise([*starts, len(blocks)]):
        end = next(
            (j for j in range(a + 1, b) if blocks[j].kind == "heading" and blocks[j].level <= level), b
        )
        stories.append(blocks[a:end])
    return stories


def _stated_title(story: list[Block]) -> str | None:
    """The title a line under a story's heading states ("Title: [Acme ships X](https://...)",
    ``[digests] title_labels``), before anything else the story says."""
    for block in story[1:3]:
        pair = _PAIR.match(block.text) if block.kind == "paragraph" else None
        if pair and label_key(pair.group("label")) in _digest_keys("title_labels"):
            return pair.group("value").strip() or None
    return None


def _reads_as_headline(heading: str) -> bool:
    """Whether a story's heading (less its number and bracketed tag) reads as a headline rather than
    a category: four words at least, or a CJK line of ten characters."""
    return len(heading.split()) >= _HEADLINE_WORDS or (writes_cjk(heading) and len(heading) >= _HEADLINE_CJK)


_HEADLINE_WORDS = 4
_HEADLINE_CJK = 10


def _shares_most_words(shorter: str, longer: str) -> bool:
    """Whether at least half of ``shorter``'s words are ``longer``'s too."""
    words = fold(shorter).split()
    others = set(fold(longer).split())
    return bool(words) and sum(word in others for word in words) * 2 >= len(words)


def _titled_under_its_score(story: list[Block]) -> str | None:
    """The bold line under a story heading that only scores it ("### 1. Оценка: 9.8/10" over
    "**ФРС США повысила ключевую ставку до 5.5%**"): the story's title."""
    if len(story) < 2 or story[0].kind != "heading":
        return None
    pair = _PAIR.match(_NUMBERED.sub("", story[0].text).strip())
    if pair is None or label_of(pair.group("label")) != "score":
        return None
    under = story[1]
    titled = under.kind == "paragraph" and under.strong and not under.links
    return under.text if titled and len(under.text) <= _MAX_BOLD_TITLE else None


def _bold_title_under_its_category(story: list[Block]) -> tuple[str, str] | None:
    """(the category, the title) of a story whose heading labels its category ("### 分类：Core Models
    / Release") over its bold title ("**1. GPT-5.6 系列发布...**") and its labelled fields."""
    if len(story) < 2 or story[0].kind != "heading" or story[0].links:
        return None
    pair = _PAIR.match(story[0].text)
    if pair is None or label_of(pair.group("label")) != "category" or not _bold_title_line(story[1]):
        return None
    return pair.group("value").strip(), _NUMBERED.sub("", story[1].text).strip()


def _bold_title_line(block: Block) -> bool:
    """A bold paragraph that may title a story: short, linking nothing, and no label ("**Key
    points:**" stands over a story's points)."""
    if (
        not (block.kind == "paragraph" and block.strong and not block.links)
        or len(block.text) > _MAX_BOLD_TITLE
    ):
        return False
    return not block.text.rstrip().endswith((":", "：")) and label_of(block.text) is None


def _titled_under_its_topic(story: list[Block]) -> str | None:
    """The one bold line straight under a story's heading, over what happened ("## 1. Économie et
    emploi" over "**Cablex supprime des postes malgré une croissance**"): on a page whose stories
    are all so told, the story's title, the heading its category."""
    if len(story) < 3 or story[0].kind != "heading" or story[0].links:
        return None  # ("### 🥇 [tester-army/e2e](...) — 今日榜首" links what it names: the story's title)
    under = story[1]
    if not _bold_title_line(under):
        return None
    if any(b.strong for b in story[2:]) or not _is_prose(story[2].text):
        return None  # (bold lines that head its parts, or no text under it)
    return under.text


def _titled_under_a_placeholder(story: list[Block], title: str) -> str | None:
    """The bold line straight under a story's heading that is its template's word for a title, left
    unfilled ("## 1) Headline" over "**Fara-7B — Microsoft Research releases a 7B model ...**",
    ``[digests] placeholder_headings``): the story's title."""
    if len(story) < 2 or story[0].kind != "heading" or fold(title) not in _placeholder_headings():
        return None
    return story[1].text if _bold_title_line(story[1]) else None


@cache
def _placeholder_headings() -> frozenset[str]:
    return frozenset(fold(heading) for heading in lexicon()["digests"]["placeholder_headings"])


def _names_one_story(blocks: list[Block], index: int, profile: Profile) -> bool:
    """A heading straight over a heading one level down that is not its title in another script."""
    following = blocks[index + 1] if index + 1 < len(blocks) else None
    return (
        following is not None
        and following.kind == "heading"
        and _title_in_two(blocks[index : index + 2], profile) is None
    )


def _title_beside_its_translation(title: str) -> tuple[str, str] | None:
    """(the Latin-script title, the CJK one) of a title given in both, one after the other across a
    dash: four words or more of Latin letters alone, then a CJK title."""
    latin, dash, other = title.partition(" - ")
    latin, other = latin.strip(), other.strip()
    if not dash or " - " in other or writes_cjk(latin) or not writes_cjk(other):
        return None
    if len(latin.split()) < _MIN_TWO_TITLE_WORDS or not _some_words(other):
        return None
    return latin, other


_MIN_TWO_TITLE_WORDS = 4


def _title_in_two(story: list[Block], profile: Profile) -> str | None:
    """The heading right under a story's title heading, one level below it, that gives the title
    in the other of a Latin and a CJK script ("### Adobe推出Photoshop的AI助手" over "#### Adobe is
    debuting an AI assistant for Photoshop"): a title of some words each, neither a label nor
    labelled ("【GitHub】最新ニュース" over "新闻摘要：..." is a group's name over a title)."""
    if len(story) < 2 or story[0].kind != "heading" or story[1].kind != "heading":
        return None
    title, under = story[0].text, story[1].text
    if story[1].level != story[0].level + 1 or _role_of_heading(under, profile) is not None:
        return None
    if not (_some_words(title) and _some_words(under)) or _PAIR.match(title) or _PAIR.match(under):
        return None
    return under if writes_cjk(title) != writes_cjk(under) else None


def _link_title_in_two(story: list[Block]) -> str | None:
    """The line right under a story's title, where that title is its link alone, that gives the title
    in the other script (see ``_line_in_two``)."""
    if len(story) < 2 or not _link_only(story[0]) or len(story[0].text) > _MAX_CARD_TITLE:
        return None  # a linked post's text, no title
    return _line_in_two(story[0].text, story[1])


def _heading_title_in_two(blocks: list[Block], start: int, title: str | None) -> str | None:
    """The line right under a page's own title heading that gives that title in the other script
    ("在明斯克，该公司的董事从事毒品交易" over "В Минске директор фирмы приторговывал наркотиками", a
    machine translation's page over its original's headline; see ``_line_in_two``)."""
    if title is None or start + 1 >= len(blocks) or blocks[start].kind != "heading":
        return None
    # (a numbered story's heading, "6. Big Investors Doubled Down", titles it without its number)
    if title not in (blocks[start].text, _NUMBERED.sub("", blocks[start].text).strip()):
        return None
    return _line_in_two(title, blocks[start + 1])


def _line_in_two(title: str, under: Block) -> str | None:
    """A paragraph that gives ``title`` in the other of a CJK and a non-CJK script: some words, no
    sentence (a summary's), no label, link or meta line, and no longer than a translation runs (a CJK
    title is shorter than its English, in characters)."""
    if under.kind != "paragraph" or under.links or _line_label(under.text) or not _some_words(under.text):
        return None
    if under.lead:  # "**标语**：AI开发工具排行榜": a field the card labels in bold, no title
        return None
    if under.text.rstrip().endswith((":", "：")):  # "📰 翻訳・要約:", a label over what follows it
        return None
    if sum(script_profile(title).values()) < _MIN_TITLE_LETTERS:
        return None  # "📅 2026-02-04" over "1件の記事": a date, no title to translate
    if _SENTENCE_END.search(under.text):
        return None
    title_cjk = writes_cjk(title)
    if title_cjk == writes_cjk(under.text):
        # ... or in another alphabet than a non-CJK title ("Anthropic Ends Paid Access..." over
        # "Anthropic מפסיקה גישה בתשלום..."), which may run longer than it
        if title_cjk or not _in_other_alphabets(title, under.text):
            return None
        longest = len(title) * _OTHER_ALPHABET_STRETCH
    else:
        longest = len(title) * _LATIN_PER_CJK_CHAR if title_cjk else len(title)
    if _META_LINE.search(under.text):
        return None  # "Kyiv Independent · 10-04 02:14", "(WorkAtAStartup, 2026-02-26)"
    if under.text.isascii() and len(under.text.split()) < _MIN_TRANSLATED_WORDS:
        return None  # "Hacker News AI", "GeekNews 21pts": a feed's name, no title
    if _words_of_letters(under.text) <= 1 and any(c.isdigit() for c in under.text):
        return None  # "🔥 129 likes", "🔥 313345": a count
    if _NAMED_HANDLE.fullmatch(under.text.strip()):
        return None  # "Matt Van Horn (@mvanhorn)": who wrote it, a byline
    return under.text if len(under.text) <= longest else None


# a person's name over their handle: "Matt Van Horn (@mvanhorn)", "Jane Roe · @jroe"
_NAMED_HANDLE = re.compile(r"[^\W\d][\w.' -]{1,60}?\s*(?:\(@[\w.]{1,40}\)|[·|—-]\s*@[\w.]{1,40})")


_OTHER_ALPHABET_STRETCH = 2  # a title put into another alphabet runs at most this many times longer


def _in_other_alphabets(title: str, line: str) -> bool:
    """Two non-CJK texts in two scripts, one of them a script of its own (Hebrew, Cyrillic, Thai),
    the line words as a title is ("HN (752 pts) / r/it" is a meta line of counts and names)."""
    if _letters_of(title) == _letters_of(line) == "latin":
        return False  # (most lines: two Latin texts, no language asked)
    marks = sum(not c.isspace() for c in line)
    if sum(c.isalpha() for c in line) < _TITLE_LETTER_SHARE * marks:
        return False
    first, second = _script_of(title), _script_of(line)
    return None not in (first, second) and first != second and "cjk" not in (first, second)


_TITLE_LETTER_SHARE = 0.8  # of a title's printed characters, at least, letters


# a meta line's marks: separators between its fields, a date, a time, a bracketed outlet
_META_LINE = re.compile(r"[·|｜•]|\d{1,4}[/.-]\d{1,2}|\d:\d\d|^[(（\[]")
_MIN_TRANSLATED_WORDS = 4  # of a Latin translation under a CJK title
_MIN_TITLE_LETTERS = 4  # of a title that a line under it may translate
_LATIN_PER_CJK_CHAR = 4  # characters of an English title per character of its CJK translation, at most


def _words_of_letters(text: str) -> int:
    """How many of the text's words hold a letter ("🔥 129 likes" holds one)."""
    return sum(any(c.isalpha() for c in word) for word in text.split())


def _some_words(text: str) -> bool:
    """Two words or more, or five letters of a script without spaces ("弥补运营AI的差距"), not "Tech"."""
    return len(text.split()) >= 2 or (not text.isascii() and len(text) >= 5)


def _has_labelled_parts(story: list[Block], profile: Profile) -> bool:
    for block in story[1:]:
        if block.kind == "heading" and _role_of_heading(block.text, profile) is not None:
            return True
        pair = _PAIR.match(block.text) if block.kind in ("paragraph", "list_item") else None
        if pair and _label_group(pair.group("label"), profile) in (*_META_GROUPS, "summary", "implications"):
            return True
        # "[Submission URL](https://...)", "[Read full article](https://...)", "[Read more](https://...)"
        if any(
            _label_group(link.text, profile) == "source" or is_generic_link_text(link.text)
            for link in block.links
        ):
            return True
    return False


def _states_its_source(story: list[Block], profile: Profile) -> bool:
    """A story with one line of its own labelled as its source ("**Nguồn:** VnExpress (vnexpress.net)");
    a group of stories ("### Politics & Society" over five items) has a line for each."""
    lines = [
        b
        for b in story[1:]
        if b.kind in ("paragraph", "list_item")
        and (pair := _PAIR.match(b.text)) is not None
        and _label_group(pair.group("label"), profile) == "source"
    ]
    return len(lines) == 1


def _story_links(blocks: list[Block]) -> list[str]:
    """The story's links (and bare URLs) to pages outside the discussion sites, in page order."""
    urls = []
    for block in blocks:
        stated = [link.href for link in block.links if looks_like_url(link.href)] or _URL.findall(block.text)
        urls += [url for url in stated if not _is_discussion(url)]
    return urls


def _links_or_thread(blocks: list[Block]) -> list[str]:
    """The story's links, else the discussion thread it links (a Reddit post is its own story)."""
    return _story_links(blocks) or ([thread] if (thread := _thread_of(blocks)) else [])


def _own_page(story: list[Block]) -> str | None:
    """A story's "Read more →" to a page of the digest's own site ("/news/012ea8e993c2"): no
    original's address, but a page of the story's own, as a link elsewhere would be."""
    for block in story[1:]:
        if _link_only(block) and is_generic_link_text(block.text):
            href = block.links[0].href
            if href.startswith("/") and not href.startswith("//") and len(href) > 1:
                return href
    return None


def _cited(stories: list[list[Block]]) -> list[str]:
    """The first link of each story that gives one."""
    return [found[0] for story in stories if (found := _story_links(story))]


def _story_link(block: Block) -> bool:
    return any(looks_like_url(link.href) and not _is_discussion(link.href) for link in block.links) or bool(
        _URL.search(block.text)
    )


# ---------------------------------------------------------------------- metadata


def _collect_meta(
    blocks: list[Block], page: Page, profile: Profile, *, source_sections: bool = False
) -> _Meta:
    """The labelled values of ``blocks``. With ``source_sections`` (a page of one story), the
    linked items of a section its heading labels a source ("### Source:" over "1. [Reuters](...)")
    are its sources too; on a page of many stories such a section lists the whole page's."""
    meta = _Meta()
    section_role: str | None = None
    source_label: str | None = None
    metadata = _metadata_lists(blocks, profile)
    for index, block in enumerate(blocks):
        if block.kind == "heading":
            section_role = _role_of_heading(block.text, profile)
            label = block.text.rstrip(" :：")
            source_label = label if source_sections and _label_group(label, profile) == "source" else None
            if (
                source_sections
                and _heads_one_value(blocks, index)
                and _label_group(label, profile) in _HEADED_VALUES
            ):
                # "## URL" over "https://...", "## Date" over "2025-06-23": a field as a section, on a
                # page of one story (a digest's "## Source" names what the whole issue was made from)
                nxt = blocks[index + 1]
                meta.pairs.append((label, nxt.text, nxt.links))
            continue
        # (a linked item, or a line that is one link or one address: "## リンク" over "[https://openai.com/
        # ...](...)", "## 出典" over "- https://claude.com/blog/...")
        if source_label and (
            (block.links and (block.kind == "list_item" or _link_only(block))) or _lone_address(blocks, index)
        ):
            meta.pairs.append((source_label, block.text, block.links))
            continue
        if index in metadata and (pair := _PAIR.match(block.text)):
            # ("- **Autor:** @HamelHusain | **Data:** ... | **Źródło:** [Post na X](...)": a strip of
            # fields; "Source: [EC](...) | [White House](...)" is one field's two values)
            fields = _strip_fields(block)
            if len(fields) > 1 and all(fields):
                meta.pairs += [field for field in fields if field]
            else:
                meta.pairs.append((pair.group("label"), pair.group("value").strip(), block.links))
            continue
        if block.kind == "table_row" and len(block.cells) == 2:
            label, value = block.cells
            meta.pairs.append((label, value, block.links))
            continue
        if block.kind not in ("paragraph", "list_item"):
            continue
        if block.kind == "paragraph" and block.links:
            # a link that says it is the original, in a line of more: "新闻 ● 2026-08-17 · 查看俄语原文 ↗"
            meta.pairs += [
                ("source", link.href, (link,)) for link in block.links if names_the_original(link.text)
            ]
        if _is_meta_line(block) or section_role == "metadata":
            meta.pairs += [field for field in _strip_fields(block) if field]
            for link in block.links:
                if _is_discussion(link.href):
                    meta.discussion.append(link.href)
        elif (
            block.kind == "paragraph"
            and index + 1 < len(blocks)
            and blocks[index + 1].kind == "paragraph"
            and not block.links  # ("阅读原文 →" is its own link's label)
            and _label_group(block.text, profile) in ("source", "published", "cached")
        ):
            nxt = blocks[index + 1]  # a label alone on its line, its value on the next
            meta.pairs.append((block.text, nxt.text, nxt.links))
        elif (
            block.kind == "paragraph"
            and (pair := _PAIR.match(unbracketed(block.text)))
            # (a line is no field's when it is prose, or a list of the page's sources; one long
            # address is neither: Google News's)
            and (len(block.text) <= _MAX_FIELD_LINE or _one_long_address(block.text))
        ):
            group = _label_group(pair.group("label"), profile)
            value = pair.group("value").strip()
            if group == "original_text" and looks_like_url(value):
                # "Original article: https://...": where the original is, not its text
                meta.pairs.append(("source", value, block.links))
            elif group in _META_GROUPS:
                meta.pairs.append((pair.group("label"), value, block.links))
        elif len(block.links) == 1 and label_key(block.text) == label_key(block.links[0].text):
            # a link named by a source label, in a list of links: "[公式発表 (What's New)](https://...)",
            # "[公式リリースノート - Oracle Database@Google Cloud](https://...)"
            label = _LABEL_TAIL.split(_PARENTHESES.sub("", block.text), maxsplit=1)[0].strip()
            if label and _label_group(label, profile) == "source":
                meta.pairs.append((label, block.links[0].href, block.links))
    return meta


_MAX_FIELD_LINE = 200  # characters of a "Label: value" line, less its one address


def _strip_fields(block: Block) -> list[tuple[str, str, tuple[Link, ...]] | None]:
    """(label, value, the links in it) of each segment of a strip of labelled values (``Score: 12 |
    Link: ...``), None for a segment that is no ``Label: value``."""
    fields: list[tuple[str, str, tuple[Link, ...]] | None] = []
    for segment in _STRIP_SEP.split(block.text):
        pair = _PAIR.match(segment.strip())
        links = tuple(link for link in block.links if link.text and link.text in segment) or block.links
        fields.append((pair.group("label"), pair.group("value").strip(), links) if pair else None)
    return fields


def _one_long_address(text: str) -> bool:
    addresses = _URL.findall(text)
    return len(addresses) == 1 and len(text) - len(addresses[0]) <= _MAX_FIELD_LINE


def names_the_original(text: str) -> bool:
    """A link's short CJK words that end in one of ``[label_endings] original`` ("查看俄语原文",
    "点击阅读原文": view the original, whatever words before say which or how)."""
    key = label_key(text)
    if len(key) > _MAX_ORIGINAL_LINK or not key.endswith(_original_endings()):
        return False
    letters = script_profile(key)
    return letters["han"] + letters["kana"] + letters["hangul"] == len(key)  # CJK words alone


@cache
def _original_endings() -> tuple[str, ...]:
    return tuple(lexicon()["label_endings"]["original"])


_MAX_ORIGINAL_LINK = 8


_PARENTHESES = re.compile(r"\s*[(（][^)）]*[)）]")
_LABEL_TAIL = re.compile(r"\s+[-–—]\s+|\s*[:：]\s*")


def _in_labelled_sections(blocks: list[Block], profile: Profile) -> list[bool]:
    """Per block: does it stand in a labelled section ("## Key Points", "### 関連リンク"), the
    section's heading included? Readers of stories look outside them. A section a label line
    opens ("**Executive Summary:**", a level-6 heading to :func:`_with_label_headings`) also ends
    at a bold line that is no label ("**Policy**" over its stories): the page has no headings to
    close it with."""
    flags = []
    labelled = by_line = False
    for block in blocks:
        if block.kind == "heading":
            labelled = _role_of_heading(block.text, profile) is not None or _closes_the_digest(block.text)
            by_line = block.level == 6
        elif labelled and by_line and block.strong and _role_of_heading(block.text, profile) is None:
            labelled = False
        flags.append(labelled)
    return flags


def _closing_part(story: list[Block]) -> bool:
    """A story read from the page's own closing part: a heading that names it ("## 小结") over
    lines that link nothing ("以上就是本期我的分享 ...")."""
    return (
        bool(story)
        and story[0].kind == "heading"
        and _closes_the_digest(story[0].text)
        and not any(b.links for b in story)
    )


def _closes_the_digest(heading: str) -> bool:
    """A heading over the page's own closing analysis ("## Conclusiones y tendencias del período",
    "## Key Takeaways"; ``[digests] closing_sections``), or its counts or credits, the heading whole
    ("## 📊 Weekly Stats"; ``closing_headings``): its items are the writer's, no stories."""
    said = _LEADING_MARKERS.sub("", fold(heading), count=1)
    return _closing_sections().match(said) is not None or said.strip(" :：") in _closing_headings()


@cache
def _closing_headings() -> frozenset[str]:
    return frozenset(fold(heading) for heading in lexicon()["digests"]["closing_headings"])


@cache
def _closing_sections() -> re.Pattern[str]:
    # (a whole word or words at the heading's start: "Conclusiones y tendencias", not "Conclusionary")
    phrases = sorted((fold(p) for p in lexicon()["digests"]["closing_sections"]), key=len, reverse=True)
    return re.compile("(?:" + "|".join(map(re.escape, phrases)) + r")(?![^\W\d_])")


def _metadata_lists(blocks: list[Block], profile: Profile) -> frozenset[int]:
    """Indices of list items that are a page's metadata, not its key points: a list, outside any
    known section, whose every item is a short ``Label: value`` (or a link alone) and whose labels include a
    metadata label (``- Source: [blog.example](...)``, ``- Score: 8``, ``- Comments: 0``); and a
    nested item that gives the source or date of the item it stands under (``  - Source: ...``)."""
    found: list[int] = []
    run: list[int] = []
    labelled = _in_labelled_sections(blocks, profile)

    def end_run() -> None:
        if not run:  # called after every block that is no top-level item
            return
        labels = [_PAIR.match(blocks[i].text) for i in run]
        groups = {_label_group(m.group("label"), profile) for m in labels if m}
        if labelled[run[0]]:
            # in a section of key points, only a list of nothing but the original's facts, its
            # source among them ("- 元記事（英語）: ... — https://...", "- 著者: ..."), is no point
            if all(labels) and len(run) >= 2 and "source" in groups and groups <= _META_GROUPS:
                found.extend(run)
        # a link alone among them ("- [Link To Text](raw.md)") is one more pointer, not a point, and a
        # template's field left empty ("- 💡 **自分のコメント欄**:") one more field
        elif all(
            m or _link_only(blocks[i]) or _bare_label(blocks[i].text)
            for m, i in zip(labels, run, strict=True)
        ) and ((len(run) >= 2 and groups & _META_GROUPS) or (len(run) == 1 and groups & _STORY_FACTS)):
            found.extend(run)
        run.clear()

    for index, block in enumerate(blocks):
        text = block.text
        if block.kind == "list_item" and (
            len(text) <= _MAX_FIELD_LINE or len(_URL.sub("", text)) <= _MAX_FIELD_LINE
        ):  # (an address says little)
            if run and labelled[index] != labelled[run[0]]:
                end_run()
            if block.depth == 0:
                run.append(index)
                continue
            if labelled[index]:
                end_run()
                continue
            pair = _PAIR.match(block.text)
            if pair and _label_group(pair.group("label"), profile) in _STORY_FACTS:
                found.append(index)
        end_run()
    end_run()
    return frozenset(found)


_META_GROUPS = frozenset(
    {
        "source",
        "published",
        "cached",
        "author",
        "category",
        "tags",
        "generator",
        "score",
        "digest_date",
        "original_title",
        "translated_title",
    }
)


# What a heading can label when its section is one line, its value ("## URL" over the address)
_HEADED_VALUES = frozenset({"source", "published", "cached", "author"})


def _heads_one_value(blocks: list[Block], index: int) -> bool:
    """A heading whose section is one short paragraph, up to the next heading or the page's end."""
    if index + 1 >= len(blocks) or blocks[index + 1].kind != "paragraph" or len(blocks[index + 1].text) > 200:
        return False
    return index + 2 >= len(blocks) or blocks[index + 2].kind == "heading"


# What a one-item list can state about a story ("- Date: 2026-03-02"): no key point says only this
_STORY_FACTS = frozenset({"source", "published", "cached"})


def _is_meta_paragraph(block: Block, profile: Profile) -> bool:
    """Metadata, not prose: ``Label: value``, a label alone, a bare URL, hashtags, a strip, a
    citation (``Zenn (https://zenn.dev/...): its title``)."""
    text = block.text.strip()
    if _is_meta_line(block) or _HASHTAGS.match(text) or looks_like_url(text) or _CITATION.match(text):
        return True
    if _label_group(text, profile) in _META_GROUPS:
        return True
    pair = _PAIR.match(text)
    if pair and looks_like_url(pair.group("value").strip()):
        return True  # "DOI: https://doi.org/10.20535/...": a labelled address
    return bool(pair and len(text) <= 200 and _label_group(pair.group("label"), profile) in _META_GROUPS)


def _lists_only_fields(blocks: list[Block], metadata: frozenset[int], profile: Profile) -> bool:
    """Every list item is a field: metadata, a labelled address or a labelled implication, with
    one implication at least."""
    implied = False
    for index, block in enumerate(blocks):
        if block.kind != "list_item" or index in metadata or _is_meta_line(block):
            continue
        pair = _PAIR.match(block.text)
        group = _label_group(pair.group("label"), profile) if pair else None
        if pair is None or group is None:
            return False
        if looks_like_url(pair.group("value").strip()):
            continue
        if group != "implications":
            return False
        implied = True
    return implied


def _is_meta_line(block: Block) -> bool:
    """``Score: 1667 | [HN](...) | Link: https://...``: labelled values strung together, or an
    outlet's name, a day and its link (``📍 Claude Blog · 9月11日 · [原文](...)``)."""
    if "|" not in block.text and "·" not in block.text:  # one segment (the common case, without a regex)
        return False
    segments = _STRIP_SEP.split(block.text)
    if len(segments) < 2:
        return False
    linked = {link.text for link in block.links}
    labelled = sum(bool(_PAIR.match(s.strip())) or s.strip() in linked for s in segments)
    if labelled == len(segments):
        return True
    # ("📍 Claude Blog · 9月11日 · [原文](...)": the outlet, the day and a link to the story)
    outlet = _LEADING_MARKERS.sub("", segments[0], count=1).strip()
    dated = [s for s in segments[1:] if dates.only_a_date(s.strip()) or dates.only_a_month_day(s)]
    return (
        0 < len(outlet) <= _MAX_OUTLET_SEGMENT
        and not _SENTENCE_END.search(outlet)
        and len(dated) == 1
        and labelled >= 1
        and 1 + len(dated) + labelled == len(segments)
    )


_MAX_OUTLET_SEGMENT = 40


def _over_its_address(story: list[Block]) -> bool:
    """A story heading straight over the address of its story, alone on its line (or over the title
    in another script, then the address: "### TanStack npm Supply-Chain Compromise" / "TanStack npm
    供應鏈攻擊" / "[原文連結](...)")."""
    at = 2 if len(story) >= 3 and _line_in_two(story[0].text, story[1]) is not None else 1
    return (
        len(story) > at
        and story[at].kind == "paragraph"
        and (looks_like_url(story[at].text) or _link_only(story[at]))
    )


def _addressed_stories(blocks: list[Block], plain: dict[int, list[int]]) -> list[list[Block]]:
    """An untitled page that opens on the first of three or more headings of one level, each over
    its story's address or closed by it, most told in prose after it ("#### Secret Back Doors in
    Cheap phones" over "http://www.nytimes.com/..." and a quote of it): a list of news, no article
    (an article's sections do not each stand on an address of their own). A story may hold sections
    of its own ("# <title>" over "[View on Vercel Blog](...)", then "## ...：詳細要約")."""
    level = min(plain, default=0)
    starts = plain.get(level, [])
    if len(starts) < _MIN_FED or starts[0] != 0:
        return []
    stories = _stories(blocks, starts, level)
    links = [next(iter(_links_or_thread(story)), None) or _own_page(story) for story in stories]
    if not (_distinct(links) and all(map(_addressed, stories)) and _mostly(_tells_in_prose, stories)):
        return []
    return [[], *map(_without_closing_url, stories)]


def _without_closing_url(story: list[Block]) -> list[Block]:
    """A story whose heading closes on its address, titled by the words before it and linked to it."""
    heading = story[0]
    if (match := _CLOSING_URL.search(heading.text)) is None:
        return story
    title, href = heading.text[: match.start()].rstrip(_ITEM_SEPARATORS), match.group(0).strip()
    return [dataclasses.replace(heading, text=title, links=(Link(title, href),)), *story[1:]]


def _addressed(story: list[Block]) -> bool:
    """A story heading over its address (``_over_its_address``), or closed by it ("#### Targetted
    Attacks on Civil Society Groups https://www.johnscottrailton.com/...")."""
    return _over_its_address(story) or _CLOSING_URL.search(story[0].text) is not None


_CLOSING_URL = re.compile(r"\shttps?://\S+$")
_MIN_FED = 3  # titled items that make a page with no title of its own a feed's dump
_MAX_DECK = 2  # lines between a fed item's title and its address (a dek, a byline)


def _feed_dump_stories(blocks: list[Block], plain: dict[int, list[int]]) -> list[list[Block]]:
    """The items of a feed's dump with no title of its own: the page opens on the first of three or
    more titles of one level ("**Title**" lines), each over at most a dek and a byline, then its own
    address alone on its line (``**Title**\\`` / ```By X``\\`` / ``https://...``). An article's
    sections do not each end on an address of their own, nor does its title stand over a lone one."""
    level = min(plain, default=0)
    starts = plain.get(level, [])
    if len(starts) < _MIN_FED or starts[0] != 0:
        return []
    if any(b.kind == "heading" and b.level < level for b in blocks):  # a section label over them
        return []
    stories = _stories(blocks, starts, level)
    addresses = []
    for story in stories:
        under = story[1 : 2 + _MAX_DECK]
        address = next((b for b in under if b.kind == "paragraph" and looks_like_url(b.text)), None)
        if address is None or len(story) > under.index(address) + 2 or not address.links:
            return []  # (the story ends on its address)
        addresses.append(address.links[0].href)
    return stories if _distinct(addresses) else []


def _fed_paragraphs(blocks: list[Block]) -> list[list[Block]]:
    """The items of a feed's dump in plain lines, no heading on the page: from its first line on,
    three or more runs of a title, at most a dek, then its own address alone on its line
    ("[Technology] Publishers in UK can opt out of Google AI search results" / "Publishers in UK
    can opt out..." / "https://www.bbc.com/news/articles/..."). A dek that only cuts the title
    short says nothing; a category in brackets before the title files it."""
    if len(blocks) < _MIN_FED * 2 or any(b.kind != "paragraph" for b in blocks):
        return []
    stories: list[list[Block]] = []
    run: list[Block] = []
    for block in blocks:
        if not (looks_like_url(block.text) and block.links):
            run.append(block)
            if len(run) > 1 + _MAX_DECK:
                return []
            continue
        # (a title is a headline: no address, no statement closed by its stop, a headline's length)
        title = run[0].text if run else ""
        if (
            not title
            or looks_like_url(title)
            or _STATEMENT_END.search(title)
            or len(title) > _MAX_HEADLINE_CHARS
        ):
            return []
        stories.append(_fed_story(run, block.links[0]))
        run = []
    if run or len(stories) < _MIN_FED or not _distinct([story[0].links[0].href for story in stories]):
        return []
    return stories


def _fed_story(run: list[Block], address: Link) -> list[Block]:
    title, category = run[0].text, None
    if filed := _FILED_TITLE.match(title):
        title, category = filed.group("title"), filed.group("category")
    deck = [b for b in run[1:] if not title.startswith(b.text.rstrip(".…").rstrip())]
    return [
        Block("heading", title, level=6, links=(Link(title, address.href),)),
        *([Block("paragraph", f"Category: {category}")] if category else []),
        *deck,
    ]


_FILED_TITLE = re.compile(r"^\[(?P<category>[^\[\]]{1,24})\]\s+(?P<title>\S.*)$")


def _interleaved(blocks: list[Block]) -> tuple[list[Block], list[Block]] | None:
    """(the original's paragraphs, their translations) of a page that gives each paragraph of an
    article, then the same in the other of a CJK and a non-CJK script ("KYIV, Feb 26 (Reuters) -
    Russian forces pounded..." over "俄羅斯透過火砲與巡弋飛彈進攻烏克蘭..."): three pairs or more, in
    the script of the first paragraph and then the other, that hold two in three of the page's
    prose paragraphs (a paragraph may be left untranslated) and half of its text."""
    paragraphs = [b for b in blocks if b.kind == "paragraph"]
    if len(paragraphs) < 2 * _MIN_INTERLEAVED_PAIRS:
        return None
    scripts = [writes_cjk(b.text) for b in paragraphs]
    if len(set(scripts)) < 2:  # (most pages: one script)
        return None
    told = [
        (b, c)
        for b, c in zip(paragraphs, scripts, strict=True)
        if _is_prose(b.text) and not _PAIR.match(b.text)
    ]
    if not told:
        return None
    prose, cjk = [b for b, _ in told], [c for _, c in told]
    first, pairs, paired, k = cjk[0], 0, 0, 0
    while k < len(prose):
        if cjk[k] == first and k + 1 < len(prose) and cjk[k + 1] != first:
            pairs, paired, k = pairs + 1, paired + len(prose[k].text) + len(prose[k + 1].text), k + 2
        else:
            k += 1
    if pairs < _MIN_INTERLEAVED_PAIRS or 2 * pairs * 3 < len(prose) * 2:
        return None
    # ... and half of all it says: a write-up of key points that quotes its source line by line,
    # each quote with its translation, tells the rest in lists of its own
    if 2 * paired < sum(len(b.text) for b in blocks if b.kind in ("paragraph", "list_item")):
        return None
    return [b for b, c in zip(prose, cjk, strict=True) if c == first], [
        b for b, c in zip(prose, cjk, strict=True) if c != first
    ]


_MIN_INTERLEAVED_PAIRS = 3


def _interleaved_texts(originals: list[Block], translations: list[Block]) -> list[PageText]:
    return [
        _body_of([b.text for b in originals], "original"),
        _body_of([b.text for b in translations], "unknown"),
    ]


def _copies_a_web_page(blocks: Sequence[Block], profile: Profile) -> bool:
    """Whether a page's text holds a site's skip link ("Skip to main content") before any heading
    that labels a summary, points or a text: a copy of a whole web page, not a summary of one (an
    aggregator's "原文" section may hold such a copy under its own points)."""
    for block in blocks:
        if block.kind == "heading" and _role_of_heading(block.text, profile) in _TEXT_ROLES:
            return False
        if block.kind in ("paragraph", "list_item") and _is_skip_link(block.text):
            return True
    return False


def _copies_an_article(blocks: Sequence[Block], profile: Profile) -> bool:
    """Whether a page that labels no summary, points or text gives an article's text as its page
    had it: four or more paragraphs of prose, two or more of them with links in their sentences
    ("The agency also said it has [upgraded a 2023 investigation](...) into ..."), which no summary
    keeps. A feed mirror's copy ("# Title - *The Verge*", "> 来源：https://...", the text) reads so."""
    prose = linked = 0
    for block in blocks:
        if block.kind == "heading" and _role_of_heading(block.text, profile) in _TEXT_ROLES:
            return False
        if block.kind != "paragraph":
            continue
        if _line_label(block.text) in _TEXT_ROLES:  # "摘要：...": a summary, however it is written
            return False
        if _is_prose(block.text):
            prose += 1
            linked += _links_in_its_sentences(block)
    return prose >= _COPIED_PARAGRAPHS and linked >= _COPIED_LINKED_PARAGRAPHS


def _links_in_its_sentences(block: Block) -> bool:
    """Whether a paragraph links words of its sentences, not only a "Read more" or source at its end."""
    text = block.text.rstrip(" .。)）")
    return any(
        link.text.strip() and link.text in text and not text.endswith(link.text) and text != link.text
        for link in block.links
    )


_COPIED_PARAGRAPHS = 4
_COPIED_LINKED_PARAGRAPHS = 2


def _is_skip_link(text: str) -> bool:
    return len(text) <= _MAX_SKIP_LINK and fold(text).startswith(_skip_links())


_MAX_SKIP_LINK = 40


@cache
def _skip_links() -> tuple[str, ...]:
    return tuple(fold(text) for text in lexicon()["chrome"]["skip_links"])


_TEXT_ROLES = frozenset({"summary", "key_points", "implications", "translation", "original_text"})
_WHOLE_TEXT_ROLES = frozenset({"translation", "original_text"})  # a text given whole, not in parts


def _copied_text(blocks: list[Block], profile: Profile) -> list[str]:
    """The paragraphs and items of a copied page, less its related and similar sections."""
    texts: list[str] = []
    related_level: int | None = None
    for block in blocks:
        if block.kind == "heading":
            if related_level is not None and block.level <= related_level:
                related_level = None
            if related_level is None and _role_of_heading(block.text, profile) == "related":
                related_level = block.level
        elif (
            related_level is None
            and block.kind in ("paragraph", "list_item")
            and not _is_skip_link(block.text)
        ):
            # (the copy's header: "URL: https://...", "Page Title: ...")
            pair = _PAIR.match(block.text) if len(block.text) <= _MAX_HEADER_LINE else None
            if pair is None or _label_group(pair.group("label"), profile) is None:
                texts.append(block.text)
    return texts


_MAX_HEADER_LINE = 300


def _body_of(paragraphs: list[str], origin: str) -> PageText:
    """A text given whole (an original's, a translation's) from its paragraphs, in its own language."""
    text = "\n\n".join(paragraphs)
    return PageText(kind="body", lang=detect(text, None), text=text, origin=origin)


def _restates_title(block: Block, title: str | None) -> bool:
    """A paragraph that says the title again beside a link ("<title> 查看俄语原文 ↗"): no text."""
    if title is None or block.kind != "paragraph" or not block.links:
        return False
    rest = block.text
    for link in block.links:
        rest = rest.replace(link.text, " ")
    return fold(rest) == fold(title)


def _link_only(block: Block) -> bool:
    return bool(block.links) and fold(block.text) == fold(" ".join(link.text for link in block.links))


# labelled values by the group of their label (None: a label of no group), in page order
_Values = dict[str | None, list[tuple[str, tuple[Link, ...]]]]


def _grouped(meta: _Meta, profile: Profile) -> _Values:
    """Each label's group looked up once, however many fields a record asks for."""
    values: _Values = {}
    for label, value, links in meta.pairs:
        values.setdefault(_label_group(label, profile), []).append((value, links))
    return values


def _named_source(meta: _Meta) -> tuple[str, str | None] | None:
    """``Source: Politico``: a source label that names an outlet, with a name for its value rather
    than an address, names the publisher ("Original: <its title>" names the story; a linked value
    names the page it links: "Source: [Title](https://...)"); with the day it ran the story where a
    date follows the name ("Source : Le Temps, 17 février 2026")."""
    for label, value, links in meta.pairs:
        # "出典: Financial Times（国際ニュース・政治）": the outlet, then its section in brackets
        name = _BRACKETED_NOTE_AT_END.sub("", value.strip(" *_")) or value.strip(" *_")
        before, comma, after = name.rpartition(",")
        day = dates.only_a_date(after) if comma and before.strip() else None
        if day:
            name = before.strip()
        if (
            not links
            and label_key(label) in _outlet_labels()
            and 2 <= len(name) <= MAX_SITE_NAME
            and "://" not in name
            and not looks_like_url(name)
            and any(c.isalpha() for c in name)
        ):
            return name, day
    return None


# (full-width brackets: "The Block (Bybit)" may name two outlets, as "(GovTech)" names a column's)
_BRACKETED_NOTE_AT_END = re.compile(r"\s*（[^()（）]*）\s*\d*$")


@cache
def _outlet_labels() -> frozenset[str]:
    return frozenset(label_key(label) for label in lexicon()["outlet_labels"]["names"])


def _first(values: _Values, group: str) -> str | None:
    found = values.get(group)
    return found[0][0] if found else None


_FRONT_MATTER_SOURCE_KEYS = (
    "source",
    "sources",
    "url",
    "link",
    "original",
    "original_url",
    "original_link",
    "url_original",  # (a Portuguese or Spanish note's order of the words)
    "link_original",
    "canonical",
    "source_url",
    "source_urls",
    "source_link",
    "article_url",
    "external_url",  # (a hub's copy of a post: "external_url: https://techcommunity.microsoft.com/...")
)


def _source_url(meta: _Meta, page: Page | None, *, own_canonical: bool = True) -> str | None:
    candidates: list[str] = []
    for label, value, links in meta.pairs:
        if label_of(label) != "source":
            continue
        candidates += [
            link.href for link in links if looks_like_url(link.href) and not _headline_to_a_home(link)
        ]
        candidates += _URL.findall(value)
    if page is not None:
        for key in _FRONT_MATTER_SOURCE_KEYS:
            value = page.front_matter.get(key)
            # "sources: [{title: ..., url: https://...}, ...]", or a list of URLs
            for each in value if isinstance(value, list) else [value]:
                if isinstance(each, dict):
                    each = next(
                        (each[k] for k in ("url", "link", "href") if isinstance(each.get(k), str)), None
                    )
                if isinstance(each, str):
                    candidates += _URL.findall(each)
        if own_canonical and page.meta.get("canonical"):
            candidates.append(page.meta["canonical"])
        if address := _address_under_title(page.blocks):
            candidates.append(address)
    return article_url(url for url in candidates if not _is_discussion(url))


def _source_thread(meta: _Meta) -> str | None:
    """The thread a page of one story names as its only source ("[원문 기사 보기](https://news.
    slashdot.org/story/...)"): the page summarises that thread's story."""
    return next(
        (
            link.href
            for label, _, links in meta.pairs
            if label_of(label) == "source"
            for link in links
            if _is_thread(link.href)
        ),
        None,
    )


def _told_before_sections(blocks: list[Block], profile: Profile) -> bool:
    """Whether a page tells a text of its own before its first summary, points or text section."""
    told = 0
    for block in blocks:
        if block.kind == "heading" and _role_of_heading(block.text, profile) in _TEXT_ROLES:
            break
        if block.kind == "paragraph" and _is_prose(block.text):
            told += len(block.text)
    return told >= _TOLD_BEFORE


_TOLD_BEFORE = 300  # characters of prose before the first labelled section: an article's own text


# "摘要：Orb 自建记忆...": a label before a summary note's title ("摘要", Summary), then the title
_SUMMARY_TITLE = re.compile(r"^([^:：\s]{1,12})\s*[:：]\s*(\S.{7,})$")
# a rating out of ten after a story's title, and the topic in brackets after it
_RATED_AFTER = re.compile(r"\s*(?:⭐️?|★)\s*\d{1,2}(?:\.\d)?\s*/\s*10\s*(?:\[[^\]\n]{1,30}\])?\s*$")
_SCORED_AFTER = re.compile(
    r"\s+[—–-]\s*\d[\d,]*\s*(?:分|points?|pts)(?:\s*[·•|,]\s*\d[\d,]*\s*(?:评论?|評論?|comments?|replies))?\s*$",
    re.IGNORECASE,
)
_KEYCAP = re.compile(r"^[0-9#*]\ufe0f?\u20e3\s*")  # "4️⃣", a rank's keycap emoji


def _copy_from_its_title(blocks: list[Block], titles: set[str], profile: Profile) -> list[Block]:
    """A page's copy of the article less what the copied page showed over the article's title
    ("## 原文正文" over the site's skip link, its banner, its breadcrumbs, then "## <the title>"):
    the copy starts under the title. Unchanged where no such title heading opens the copy."""
    label = next(
        (
            k
            for k, b in enumerate(blocks)
            if b.kind == "heading" and _role_of_heading(b.text, profile) == "original_text"
        ),
        None,
    )
    if label is None:
        return blocks
    reach = blocks[label + 1 : label + 1 + _COPIED_CHROME_BLOCKS]
    title = next((j for j, b in enumerate(reach, label + 1) if b.kind == "heading"), None)
    if title is None or blocks[title].text not in titles or blocks[title].level < blocks[label].level:
        return blocks
    return [*blocks[: label + 1], *blocks[title + 1 :]]


_COPIED_CHROME_BLOCKS = 12  # blocks of a copied page's chrome over the article's title


def _dated_stories(stories: list[list[Block]]) -> bool:
    """Three stories or more, each linked and dated by a short line of its own, four in five linking
    a page no other does."""
    links = [_heading_link(story[0]) for story in stories if story]
    return (
        len(stories) >= _MIN_DATED_STORIES
        and all(links)
        and _mostly_own(links)
        and all(any(_dateline(b) for b in story[1:]) for story in stories)
    )


def _dateline(block: Block) -> bool:
    return (
        block.kind == "paragraph"
        and len(block.text) <= _MAX_DATELINE
        and dates.parse_date(block.text) is not None
    )


_MIN_DATED_STORIES = 3
_MAX_DATELINE = 80  # characters of a line that dates a story and names its source


def _before_its_comments(blocks: list[Block], page: Page) -> list[Block]:
    """An HTML page's blocks before its readers' comments ("Comments" after an article's worth of
    text, over notes each signed "LnxWalt on February 12, 2010 11:32 PM"): readers' words tell no
    story of the page."""
    if page.source is None:
        return blocks
    told = 0
    for index, block in enumerate(blocks):
        if told >= _TOLD_BEFORE_CLOSING and end_matter.opens_comments(block):
            return blocks[:index]
        told += len(block.text)
    return blocks


def _closes_on_its_own_summary(blocks: list[Block], profile: Profile) -> bool:
    """Whether a page's only summary, points or text section is its last section, after an
    article's worth of prose of its own (a repost's "**总结**" over its closing paragraphs): the
    article's conclusion. A summary page gives its summary before the original it copies."""
    # (the page's end matter may follow: "Share this:", "Leave a Reply" and the comments' headings)
    end = next((i for i, b in enumerate(blocks) if end_matter.is_label(b)), len(blocks))
    headings = [i for i, b in enumerate(blocks[:end]) if b.kind == "heading"]
    first = next((i for i in headings if _role_of_heading(blocks[i].text, profile) in _TEXT_ROLES), None)
    if first is None or first != headings[-1]:
        return False
    told = sum(len(b.text) for b in blocks[:first] if b.kind == "paragraph" and _is_prose(b.text))
    return told >= _TOLD_BEFORE_CLOSING


_TOLD_BEFORE_CLOSING = 1000  # characters of prose before a closing summary: an article's own text


def _copies_its_own_sections(blocks: list[Block], title: str | None, profile: Profile) -> bool:
    """Whether a clipper's copy holds the copied page's own text before any summary, points or text
    section (its closing "まとめ"), or opens on a section of its own: the copied article's overview
    follows its other sections ("## 環境", then "## 概要"), while a clipper's summary of the page it
    copies stands first ("## Summary" over the copy)."""
    if _told_before_sections(blocks, profile):
        return True
    first = next((b for b in blocks if b.kind == "heading" and b.text != title), None)
    # (or on the copy under its label: Omnivore's "# Article text")
    return first is not None and _role_of_heading(first.text, profile) not in _TEXT_ROLES - {"original_text"}


def _on_its_own_site(url: str, page: Page) -> bool:
    """Whether ``url`` is on the site of the page's own address (its canonical link or og:url)."""
    own = page.meta.get("canonical") or page.meta.get("og:url")
    here, there = url_host(own), url_host(url)
    # (a subdomain is the site's too: edition.cnn.com, cnn.com)
    return bool(here and there) and (
        here == there or f".{here}".endswith(f".{there}") or f".{there}".endswith(f".{here}")
    )


def _article_over_its_sites_headlines(blocks: list[Block], stories: list[list[Block]], page: Page) -> bool:
    """A news site's article page with no article markup (a 2011 capture): the site's menus (links
    to its own paths, "/politics/"), its title heading over the article's text, and lists of the
    site's own headlines around it ("最新主要ニュース8本", "福島原発 特集") that read like a digest's
    stories: all but one in five told by a headline alone, two in three on one site. A digest's
    stories link pages of many sites, or tell themselves; a digest written out has no site menus."""
    title = next((i for i, b in enumerate(blocks) if b.kind == "heading" and b.level == 1), None)
    if title is None or _own_path_links(page) < _OWN_SITE_LINKS:
        return False
    lead: set[int] = set()  # the article's first paragraphs, whichever story they fell in
    for block in blocks[title + 1 : title + 1 + _ARTICLE_LEAD_BLOCKS]:
        if block.kind == "heading":
            break
        if block.kind == "paragraph" and not block.links and _is_prose(block.text):
            lead.add(id(block))
    if sum(len(b.text) for b in blocks if id(b) in lead) < _TOLD_BEFORE:
        return False
    told = sum(
        any(b.kind == "paragraph" and id(b) not in lead and _is_prose(b.text) for b in story[1:])
        for story in stories
    )
    if told * 5 > len(stories):
        return False
    sites = Counter(url_site(links[0]) for story in stories if (links := _story_links(story)))
    sites.pop(None, None)
    return bool(sites) and sites.most_common(1)[0][1] * 3 >= len(stories) * 2


def _one_page_of_its_site(stories: list[list[Block]], page: Page) -> bool:
    """An HTML page of one article with no article markup, under its site's name linked home
    ("United States Senator Patty Murray" over "Murray & Cantwell Applaud ..."): two "stories" at
    most, linking one site, one of them the one its ``<title>`` names."""
    named = fold(page.meta.get("title", ""))
    if page.source is None or not named or len(stories) > _MAX_SITE_PAGE_STORIES:
        return False
    sites = {url_site(links[0]) for story in stories if (links := _story_links(story))}
    return len(sites) == 1 and any(
        story and story[0].text and fold(story[0].text) in named for story in stories
    )


_MAX_SITE_PAGE_STORIES = 2
_ARTICLE_LEAD_BLOCKS = 6  # blocks under an article's title heading that may hold its first paragraphs


def _own_path_links(page: Page) -> int:
    """How many of a page's links go to a path of its own site ("/politics/", "/feature/eq2011/")."""
    return sum(
        link.href.startswith("/") and not link.href.startswith("//")
        for block in page.blocks
        for link in block.links
    )


def _links_most(page: Page) -> str | None:
    """The host most of a page's links go to, where it has links enough for that to say something
    (a site's menus and footer): its own site, whatever its markup says."""
    hosts = _link_hosts(page)
    if not hosts:
        return None
    (host, count), *_ = hosts.most_common(1)
    return host if count >= _OWN_SITE_LINKS and count * 2 > sum(hosts.values()) else None


_OWN_SITE_LINKS = 10


def _pager(block: Block, page: Page) -> bool:
    """A blog's line to its previous and next posts ("← 谈天说地:狄奇周刊(二) 谈天说地:狄奇周刊(四) →",
    "« Collection partial variable naming"): nothing but links marked with arrows, to the site's own
    pages."""
    if not block.links or block.kind not in ("paragraph", "list_item") or _ARROWS.isdisjoint(block.text):
        return False
    if not all(_PAGER_LINK.match(link.text) for link in block.links):
        return False
    if any(is_generic_link_text(link.text.strip(" «‹←»›→")) for link in block.links):
        return False  # "Read more →" under a story: its link, to the digest's own page of it
    rest = block.text
    for link in block.links:
        rest = rest.replace(link.text, "", 1)
    if any(map(str.isalnum, rest)):
        return False
    own = _links_most(page)
    return all(
        not looks_like_url(link.href) or _on_its_own_site(link.href, page) or url_host(link.href) == own
        for link in block.links
    )


_ARROWS = frozenset("«‹←»›→")
_PAGER_LINK = re.compile(r"^\s*(?:[«‹←]\s*\S.*|.*\S\s*[»›→])\s*$")


def _cites_sources(page: Page) -> bool:
    """Whether a line of the page cites its sources on two sites or more ("Sources: New York Times,
    NBC News / Photo Credit: ..." under a publisher's rewrite): an article naming what it drew on,
    not a summary of one original."""
    for block in page.blocks:
        if block.kind == "paragraph" and len(block.links) >= 2 and labelled_value(block.text, "source"):
            hosts = {url_host(link.href) for link in block.links if looks_like_url(link.href)}
            if len(hosts - {None}) >= 2:
                return True
    return False


def _stories_told(stories: list[list[Block]], page: Page) -> int:
    """How many of the stories say something beyond a link to the site's own page (a menu's "About",
    a tag's "Politics"): more than one line, or a link to another site."""
    return sum(
        sum(1 for block in story if block.text) > 1
        or any(
            looks_like_url(link.href) and not _on_its_own_site(link.href, page)
            for block in story
            for link in block.links
        )
        for story in stories
    )


def _headline_to_a_home(link: Link) -> bool:
    """A headline linked to a site's home page ("[Boing Boing: Britannica sues OpenAI for scraping
    nearly 100,000 articles](https://boingboing.net)"): the generator lost the article's path, and
    the home page is no address of it. A site's name linked home may be what a story is about."""
    return home_page_site(link.href) is not None and _is_headline(link.text) and len(link.text) > 30


def _lone_address(blocks: list[Block], index: int) -> bool:
    """A line that is one bare address, with none beside it: a source section's one source (five
    under "#### Kaynaklar" are what an essay drew on, none of them its original)."""
    if not looks_like_url(blocks[index].text):
        return False
    return not any(0 <= k < len(blocks) and looks_like_url(blocks[k].text) for k in (index - 1, index + 1))


def _address_under_title(blocks: Sequence[Block]) -> str | None:
    """The address a page's title heading stands straight over, alone on its line ("## Codexデスク
    トップアプリが..." over "https://www.benshoemaker.us/writing/codex-app-launch/"): what the
    page summarises."""
    # (a heading of no words, the site's logo linked home, is no title: "Přihlásit se | Seznam", the
    # login links under it, name no page the article summarises)
    first = next((i for i, b in enumerate(blocks) if b.kind == "heading" and b.text.strip()), None)
    if first is None or first + 1 >= len(blocks):
        return None
    under = blocks[first + 1]
    if under.kind != "paragraph":
        return None
    address = under.text.strip()
    if " " not in address and looks_like_url(address):
        return address
    # "[arXiv:2602.22647](https://arxiv.org/abs/...) | [GitHub](...)": a paper's links, itself first
    # (not a byline's and a section's links on the site's own host, nor share buttons with no words)
    if (
        2 <= len(under.links) <= _MAX_TITLE_LINKS
        and all(link.text for link in under.links)
        and not _LINK_SEPARATORS.sub("", _without_link_texts(under))
        and looks_like_url(under.links[0].href)
        and len({url_host(link.href) for link in under.links}) == len(under.links)
    ):
        return under.links[0].href
    return None


def _without_link_texts(block: Block) -> str:
    rest = block.text
    for link in block.links:
        rest = rest.replace(link.text, " ", 1)
    return rest


_LINK_SEPARATORS = re.compile(r"[\s|·•/]+")


_MAX_TITLE_LINKS = 3  # links on a line under a summary's title that are its paper's, code's, project's


def _issue_date(page: Page, title: str | None, *, day_first: bool = False) -> str | None:
    """The date of the issue its stories came in: what the front matter dates, else the date the
    issue's title states ("2025年06月23日 AI NEWS TLDR", "AINews - 2025-08-09"); ``day_first``
    on a page in a language that writes "Semaine du 10/08/2026" for 10 August."""
    stated = dates.front_matter_dates(page.front_matter, "date", "digest_date", *_PUBLISHED_KEYS)
    if stated:
        return stated[0]
    return dates.parse_date(title, day_first=day_first) if title else None


# front-matter keys that date a page's publication ("publishDate: 2026-06-05", "published: 2014-01-17
# 12:19:24"): an issue's, or a summary page's story
_PUBLISHED_KEYS = ("published", "published_at", "pubdate", "publish_date", "pub_date", "date_published")


def _dated_head(head: list[Block]) -> str | None:
    """The date of an issue that states it on a line alone over its stories ("July 15, 2026",
    "**May 24 2026**"; "2026-09-10" under the site's name), before any line that links (a menu's
    or a pager's dates name other issues)."""
    for block in head:
        if block.links:
            return None
        if block.kind in ("paragraph", "heading") and (day := dates.only_a_date(block.text)):
            return day
    return None


def _issues(blocks: list[Block], stories: list[list[Block]]) -> list[str | None]:
    """Per story, the date of the issue it came in, on a page that logs several issues under
    headings of their own ("### GoCN每日新闻(2017-05-08)", "### GoCN每日新闻(2017-05-09)"): the
    issue heading's before the story. A feed's day lines ("2026-04-13" over that day's cards, two
    cards or more under each) date the cards alike; a date line by each card is the card's own.
    All None on a page of one issue."""
    titles = {id(story[0]) for story in stories if story}  # a story's own title names no issue
    headings = [
        (i, day)
        for i, block in enumerate(blocks)
        if block.kind == "heading"
        and id(block) not in titles
        and _is_issue_title(block.text)
        and (day := dates.parse_date(block.text))
    ]
    starts = _story_starts(blocks, stories)
    if not headings:
        headings = _day_lines(blocks, starts)
    if len({day for _, day in headings}) < 2:
        return [None] * len(stories)
    out: list[str | None] = []
    for start in starts:
        before = [day for i, day in headings if start is not None and i < start]
        out.append(before[-1] if before else None)
    return out


def _story_starts(blocks: list[Block], stories: list[list[Block]]) -> list[int | None]:
    """Where on the page each story starts: its first block's place, or for a title made from an
    item, the item that holds its words."""
    where = {id(block): i for i, block in enumerate(blocks)}
    starts: list[int | None] = []
    cursor = 0
    for story in stories:
        start = next((where[id(block)] for block in story if id(block) in where), None)
        if start is None and story:
            said = story[0].text
            start = next((i for i in range(cursor, len(blocks)) if said in blocks[i].text), None)
        cursor = start if start is not None else cursor
        starts.append(start)
    return starts


def _day_lines(blocks: list[Block], starts: list[int | None]) -> list[tuple[int, str]]:
    """A feed's day lines, each over two stories or more (a card's own date line, below its
    summary, stands over the next card alone)."""
    lines = [(i, day) for i, block in enumerate(blocks) if (day := _day_line(block))]
    if len(lines) < 2:
        return []
    bounds = [i for i, _ in lines] + [len(blocks)]
    placed = [start for start in starts if start is not None]
    under = [sum(a < start < b for start in placed) for a, b in itertools.pairwise(bounds)]
    return lines if min(under) >= _CARDS_A_DAY else []


_CARDS_A_DAY = 2  # stories under each of a feed's day lines, at least


def _day_line(block: Block) -> str | None:
    """The date a paragraph with no link is, and nothing else ("2026-04-13", "(2026年4月13日)")."""
    return dates.only_a_date(block.text) if block.kind == "paragraph" and not block.links else None


def _outlet_and_date(story: list[Block]) -> tuple[str, str] | None:
    """(outlet, date) of the line right under a story's title that names them alone, one beside
    the other ("CNIL · 2026-08-10", "Reuters | 2026-03-01")."""
    if len(story) < 2 or story[1].kind != "paragraph" or story[1].links:
        return None
    return _names_outlet_and_date(story[1].text)


def _dates_a_field(text: str) -> bool:
    """``Lưu lúc : 03:55 05/08/2026`` ("saved at"), a text capture's header line set as a heading: a
    label over a date alone, no story's title."""
    pair = _PAIR.match(text)
    return pair is not None and dates.only_a_date(_LEADING_TIME.sub("", pair.group("value"))) is not None


_LEADING_TIME = re.compile(r"^\d{1,2}:\d\d(?::\d\d)?\s+")


def _names_outlet_and_date(text: str, separator: re.Pattern[str] | None = None) -> tuple[str, str] | None:
    parts = [part.strip() for part in (separator or _CARD_META_SEPARATOR).split(text)]
    if len(parts) != 2 or not all(parts):
        return None
    for name, day in (parts, parts[::-1]):
        if (stated := dates.only_a_date(day)) and len(name) <= MAX_SITE_NAME and not dates.only_a_date(name):
            return name, stated
    return None


_CARD_META_SEPARATOR = re.compile(r"\s+[·•|｜]\s+")


def _without_stated_date(title: str | None) -> tuple[str | None, str | None]:
    """(the title, the date) of a title a numeric date closes ("Gemini 3.1 Pro 2026-02-20", a card's
    date badge run into its title line) or opens before a dash ("🔥 2025-11-18 — Gemini 3 Release", a
    chronicle's entry), or a bracketed date in words; else (title, None)."""
    if not title:
        return title, None
    # ("🔥 " before the date: a marker, as before an item's title)
    dated = _LEADING_MARKERS.sub("", title, count=1)
    if (
        (lead := _DATE_LEAD.match(dated)) is not None
        and any(c.isalnum() for c in dated[lead.end() :])
        and (day := dates.parse_date(dated[:10])) is not None
    ):
        return dated[lead.end() :], day
    found = _TRAILING_DATE.match(title)
    if found is not None and (day := dates.parse_date(found.group("date"))) is not None:
        return without_trailing_separator(found.group("title")), day
    # a date in words, in brackets of its own ("Meta: miljarden in ontwikkeling AI (12 juni 2025)") or
    # after a dash ("[Open to Work: How to Get Ahead in the Age of AI](...) — 2026年3月31日")
    for pattern in (_BRACKETED_DATE, _DASHED_DATE):
        found = pattern.match(title)
        if found is not None and (day := dates.only_a_date(found.group("date"))) is not None:
            return found.group("title"), day
    return title, None


_TRAILING_DATE = re.compile(r"(?P<title>.*\w\W*?)\s+[(\[（]?(?P<date>\d{4}[-/.]\d{1,2}[-/.]\d{1,2})[)\]）]?$")
_BRACKETED_DATE = re.compile(r"(?P<title>.*\S)\s*[(\[（](?P<date>[^()\[\]（）]{6,40})[)\]）]$")
_DASHED_DATE = re.compile(r"(?P<title>.*\S)\s+[—–-]{1,2}\s+(?P<date>[^—–]{6,30})$")


def _date_line(story: list[Block]) -> str | None:
    """The date a story states on a line of its own under its title, before it tells anything
    ("## Prices rose in September" over its source's address and "2025-10-01")."""
    for block in story[1 : 1 + _DATE_LINE_REACH]:
        if block.kind != "paragraph":
            return None
        if stated := dates.only_a_date(_LEADING_MARKERS.sub("", block.text, count=1)):  # ("📅 2026-04-04")
            return stated
        if not (looks_like_url(block.text) or _link_only(block)):
            return None  # the story has begun: a date from here on is something it talks about
    return None


_DATE_LINE_REACH = 2  # lines under a story's title: its source's address, then its date


def _writes_day_first(language: str | None) -> bool:
    """Whether a page in ``language`` writes ``10/08/2026`` for 10 August: every language read here
    but English, and the CJK ones, which write the year first."""
    return language not in (None, "en", "und", *CJK_LANGUAGES)


def _dates(values: _Values, group: str, day_first: bool = False) -> list[str]:
    found = []
    for value, _ in values.get(group, []):
        if parsed := dates.parse_date(value, day_first=day_first):
            found.append(parsed)
    return found


# front matter that states the page's summary and its points ("summary: ...", "points: [...]")
_FRONT_MATTER_SUMMARY_KEYS = ("summary", "tldr", "tl_dr", "abstract")
_FRONT_MATTER_POINT_KEYS = ("points", "key_points", "keypoints", "highlights", "takeaways", "key_takeaways")


def _states_texts(fm: dict) -> bool:
    return _fm(fm, *_FRONT_MATTER_SUMMARY_KEYS) is not None or bool(_fm_list(fm, *_FRONT_MATTER_POINT_KEYS))


def _add_front_matter_texts(
    fm: dict, summaries: list[tuple[str, str | None]], points: list[_Point], profile: Profile
) -> None:
    """The summary and the points a page states in its front matter, before (summary) and after
    (points) what its body gives, each once."""
    summary = _fm(fm, *_FRONT_MATTER_SUMMARY_KEYS)
    if summary and all(summary != text for text, _ in summaries):
        summaries.insert(0, (summary, None))
    known = {point[0] for point in points}
    origin = profile.origin("key_points")
    points.extend(
        (text, "key_point", origin, None)
        for text in _fm_list(fm, *_FRONT_MATTER_POINT_KEYS)
        if text not in known
    )


def _front_matter_translations(fm: dict, texts: list[PageText], profile: Profile) -> list[PageText]:
    """The title and summary front matter states once more in another language, under the key
    with a language suffix (``titleCn``, ``summary_ja``: read as ``title_cn``, ``summary_ja``)."""
    out = []
    for key in sorted(fm):
        kind = "title" if _suffixed(key, "title") else "summary" if _suffixed(key, "summary") else None
        if kind is None or not (text := _fm(fm, key)):
            continue
        lang = _KEY_LANGUAGES[key.rpartition("_")[2]]
        if all(t.text != text for t in [*texts, *out]):
            origin = "unknown" if kind == "title" else profile.origin("summary")
            out.append(PageText(kind=kind, lang=lang, text=text, origin=origin))  # type: ignore[arg-type]
    return out


def _suffixed(key: str, kind: str) -> bool:
    """``title_cn`` is a title (``kind``) in a language."""
    stem, _, suffix = key.rpartition("_")
    return stem == kind and suffix in _KEY_LANGUAGES


# a key's language suffix: an ISO 639-1 code, and the country codes sites write for three of them
_KEY_LANGUAGES = {
    **{code: code for code in ("en", "zh", "ja", "ko", "de", "fr", "es", "pt", "it", "ru", "vi")},
    "cn": "zh",
    "jp": "ja",
    "kr": "ko",
}


def _fm_list(fm: dict, *keys: str) -> list[str]:
    for key in keys:
        value = fm.get(key)
        if isinstance(value, list):
            texts = [normalize_space(str(v)) for v in value if isinstance(v, str | int | float)]
            if texts := [t for t in texts if t]:
                return texts
    return []


_fm = front_matter_text


def _fm_title(fm: dict) -> str | None:
    """What the front matter titles the page: its title, or an e-mail's subject (a Buttondown export's
    ``subject: Weekly Thing for August 26, 2017``)."""
    return _fm(fm, "title", "subject")


def _claim(value: str | None, lang: str) -> Claim | None:
    return Claim(value=value, origin="unknown", lang=lang) if value else None


def _authors(values: _Values, fm: dict) -> list[str]:
    value = fm.get("authors") or fm.get("author")
    if isinstance(value, list):
        return [note_link_text(str(v).strip()) for v in value if str(v).strip()]
    if isinstance(value, str) and value.strip():
        return listed_names(note_link_text(value.strip()))
    found = _first(values, "author")
    if found and "://" in found:  # "Kevin Crosby — https://github.blog/author/kevincrosby/": the name
        found = re.sub(r"[\s—–|·(]+$", "", _URL.sub("", found)) or found
    named = [a.strip() for a in re.split(r"[,、，]| and ", found) if a.strip()] if found else []
    people = [name for name in named if not _names_a_role(name)]  # ("..., Personal Finance Reporter")
    return people or named


def _names_a_role(name: str) -> bool:
    """``Personal Finance Reporter``, ``本报记者``: a job (a Latin part's last word, a CJK part's end)."""
    words = name.casefold().split()
    latin, cjk = _roles()
    return bool(words) and (words[-1] in latin or name.endswith(cjk))


@cache
def _roles() -> tuple[frozenset[str], tuple[str, ...]]:
    roles = [role.casefold() for role in lexicon()["authors"]["roles"]]
    return frozenset(r for r in roles if r.isascii()), tuple(r for r in roles if not r.isascii())


def _tags(values: _Values, fm: dict, blocks: list[Block]) -> list[str]:
    tags: list[str] = []
    for key in ("tags", "categories", "keywords"):
        value = fm.get(key)
        if isinstance(value, list):
            tags += [str(v) for v in value]
        elif isinstance(value, str):
            tags += [t.strip() for t in re.split(r"[,、，]", value)]
    found = _first(values, "tags")
    if found:
        tags += [t.strip(" #") for t in re.split(r"[,、，#]", found)]
    for block in blocks:
        if block.kind == "paragraph" and _HASHTAGS.match(block.text):
            tags += [t.strip() for t in block.text.split("#")]
        elif block.kind in ("paragraph", "heading") and (topics := _WEIBO_TOPICS.match(block.text)):
            tags += topics.group(0).split("#")
        elif block.kind == "heading" and (hashtags := _TRAILING_HASHTAGS.search(block.text)):
            tags += [t.strip() for t in hashtags.group(0).split("#")]
    return list(dict.fromkeys(t for t in tags if t))


def _without_tags(points: list[_Point], tags: list[str]) -> list[_Point]:
    """Key points less those that only repeat one of the page's tags (a list of the services and
    topics a post is tagged with, "- **Amazon Aurora**"); a point with points under it stays."""
    tagged = {fold(tag) for tag in tags}
    parents = {parent for *_, parent in points if parent is not None}
    keep = [i for i, point in enumerate(points) if i in parents or fold(point[0]) not in tagged]
    if len(keep) == len(points):
        return points
    renumbered = {old: new for new, old in enumerate(keep)}
    return [
        (text, kind, origin, None if parent is None else renumbered[parent])
        for text, kind, origin, parent in (points[i] for i in keep)
    ]


def _scores(values: _Values, fm: dict) -> list[PageScore]:
    stated = [v for v, _ in values.get("score", [])]
    if isinstance(fm.get("score"), int | float | str):
        stated.append(str(fm["score"]))
    scores = []
    for value in stated:
        number = re.search(r"\d+(?:\.\d+)?", value)
        if number:
            scores.append(PageScore(name="score", value=float(number.group(0))))
    return scores[:1]


def _related(items: list[Block]) -> list[PageRelated]:
    out = []
    for block in items:
        link = next((link for link in block.links if link.href), None)
        if (link is None or not link.text) and (card := related_from_line(block.text, relation="similar")):
            out.append(card)  # "The first AI that can laughCategoryResearchDateNov 24, 2022": a dated card
            continue
        title = clean_text(link.text if link and link.text else block.text)
        if not title:
            continue
        url = link.href if link and looks_like_url(link.href) else None
        out.append(PageRelated(relation="similar", title=title, url=url, origin="unknown"))
    return out


def _title(blocks: list[Block], page: Page, fm: dict, *, numbered: bool, profile: Profile) -> str | None:
    if title := _fm_title(fm):
        return title
    # "title_ru: ..." over "title_en: ...": the first language the front matter titles it in
    if stated := next((text for key in fm if _suffixed(key, "title") and (text := _fm(fm, key))), None):
        return stated
    headings = [b for b in blocks if b.kind == "heading" and _role_of_heading(b.text, profile) is None]
    if headings:
        top = min(b.level for b in headings)
        heading = next(b for b in headings if b.level == top)
        if label_key(heading.text) in _digest_keys("title_labels") and (
            stated := _under_its_label(blocks, heading)
        ):
            return stated  # "# タイトル" over the title's line: a field of the page, headed by its name
        if (pair := _PAIR.match(heading.text)) and label_key(pair.group("label")) in _digest_keys(
            "title_labels"
        ):
            return pair.group("value").strip()  # "### Main Topic: Learning Sequential Tasks"
        if not numbered:
            return heading.text
        text = _without_badge(heading)
        # ("### 1. [new] GziPT — ...": a status in brackets, in lower case, tags the story)
        untagged = _STATUS_TAG.sub("", _STORY_NUMBER.sub("", _NUMBERED.sub("", text)), count=1)
        title = _READING_TIME.sub("", untagged).strip() or text
        # "[CodeBoarding - 코드베이스용 다이어그램] (26pts)": its points, then the brackets it stands in;
        # "Hunyuan3D-Omni ⭐ 280", "[Title](...) — 86/100": its stars or score
        # ("[Headline] ([CNBC + Axios])": the outlets it cites, in brackets of brackets, after it)
        title = _CITED_OUTLETS_TAIL.sub("", title)
        return _WHOLE_BRACKETS.sub(r"\1", _SCORE_TAIL.sub("", _POINTS.sub("", title))).strip() or title
    if page.meta.get("title"):
        return split_title_suffix(page.meta["title"])[0]
    # no heading: the first line, unless it only labels a value ("Source: https://...") or what
    # follows it ("BRIEF RUNDOWN:"), or has no word at all ("━━━━", "* * *"), or is a story's title
    # over its address ("🔹 Claude trafia do Excela: https://..."); else a first line that leads
    # into those stories ("1/3 newsów z #5 wydania newslettera #PrzeglądAI:")
    lines = [
        b
        for b in blocks
        if b.kind == "paragraph"
        and _line_label(b.text) is None
        and any(map(str.isalnum, b.text))
        and not _link_only(b)
    ]
    leads_in = len(lines) > 1 and lines[0] is blocks[0] and lines[0].text.rstrip().endswith((":", "："))
    if leads_in and _title_then_url(lines[1]) and (lead := lines[0].text.rstrip().rstrip(":：").strip()):
        return lead
    stated = (b.text for b in lines if not b.text.rstrip().endswith((":", "：")) and not _title_then_url(b))
    return next(stated, None)


def _less_its_byline(title: str, blocks: list[Block], fm: dict) -> str:
    """A copied page's title less the author's name its site set after it ("How do we prevent AI
    agents from going rogue? ... | Bruce Schneier and Barath Raghavan"), where the page shows that
    name on a line of its own, its byline; or less "by" its front matter's author, as a notes
    export titles a highlighted article ("# Introducing MUI Core V5.0 - MUI by mui.com")."""
    if (author := _fm(fm, "author")) and (cut := _without_tail(title, f" by {author}")):
        return cut
    head, separator, tail = title.rpartition(" | ")
    if not separator or not head.strip() or not 2 <= len(tail.split()) <= _MAX_BYLINE_WORDS:
        return title
    name = fold(tail)
    return head.strip() if any(b.kind == "paragraph" and fold(b.text) == name for b in blocks) else title


_MAX_BYLINE_WORDS = 8


def _less_its_day(title: str, fm: dict) -> str:
    """A page's title less the month and day it opens with ("10/4 AnthropicがClaude CodeのMods公開",
    "【10/4】..."), where they are its front matter's date's: a bare "10/4" is a date only so."""
    found = _DAY_LEAD.match(title)
    stated = dates.front_matter_dates(fm, "date", "published", "digest_date")
    if found is None or not stated or not found.group("rest").strip():
        return title
    month, day = int(stated[0][5:7]), int(stated[0][8:10])
    first, second = int(found.group("first")), int(found.group("second"))
    return found.group("rest").strip() if (first, second) in {(month, day), (day, month)} else title


_DAY_LEAD = re.compile(
    r"^(?P<open>[【\[(（])?(?P<first>\d{1,2})[/月](?P<second>\d{1,2})日?(?(open)[】\])）]\s*|\s+)(?P<rest>.+)$"
)


def _under_its_label(blocks: list[Block], heading: Block) -> str | None:
    """The line straight under a heading that names a field ("# Title"), when it is a line."""
    at = next(i for i, b in enumerate(blocks) if b is heading)
    after = blocks[at + 1] if at + 1 < len(blocks) else None
    if after is None or after.kind != "paragraph" or len(after.text) > _MAX_CARD_TITLE:
        return None
    return after.text


_GLUED_WORD = re.compile(r"^[A-Za-z][\w-]{0,19}$")


def _without_badge(heading: Block) -> str:
    """A story heading's text without a badge glued to its link: "<a>Gemini 2.0 is now available to
    everyone</a><span class=badge>contextual</span>" reads "...everyonecontextual"; one Latin word
    run into the link's last letter is markup's, not the title's. A link after the title that only
    says where it goes ("... Every Major OS [Link]", "... — Read more") is no part of it either."""
    last = heading.links[-1].text if heading.links else ""
    cut = _without_tail(heading.text, last, " ([")
    if cut is not None and (label_of(last) is not None or is_generic_link_text(last)):
        return cut
    link = heading.links[0].text if heading.links else ""
    rest = heading.text[len(link) :]
    glued = bool(link) and link[-1].isascii() and link[-1].isalnum() and bool(_GLUED_WORD.match(rest))
    return link if glued and heading.text.startswith(link) else heading.text


def _heading_in_other_script(blocks: list[Block], title: str) -> str | None:
    """The page's first heading, a top-level one, where it titles the page in another script than
    its front matter does: "title: FFmpeg has issued a DMCA takedown on GitHub" (the original's)
    over "# FFmpegがGitHubにDMCA申立て — ...", the digest's own title in its language."""
    first = next((b for b in blocks if b.kind == "heading"), None)
    if first is None or first.level != 1 or first.text == title:
        return None
    return first.text if writes_cjk(first.text) != writes_cjk(title) else None


def _title_index(blocks: list[Block], profile: Profile) -> int | None:
    """Where the title heading (the first of the highest level that is no section label) stands."""
    headings = [
        (i, b)
        for i, b in enumerate(blocks)
        if b.kind == "heading" and _role_of_heading(b.text, profile) is None
    ]
    if not headings:
        return None
    top = min(b.level for _, b in headings)
    return next(i for i, b in headings if b.level == top)


@cache
def _summary_words() -> tuple[str, ...]:
    return tuple(label_key(label) for label in lexicon()["labels"]["summary"])


def _announces_summary(text: str) -> bool:
    """``Here is a short summary:``, ``以下是该文章的简洁摘要：``: a line that introduces the summary."""
    if len(text) > _MAX_LEAD_IN or not _LEAD_IN.search(text):
        return False
    folded = fold(text)
    return any(word in folded for word in _summary_words())


def _has_children(blocks: list[Block], index: int) -> bool:
    """The list item at ``index`` has items nested under it."""
    after = blocks[index + 1] if index + 1 < len(blocks) else None
    return after is not None and after.kind == "list_item" and after.depth > blocks[index].depth


def _is_short_label(label: str) -> bool:
    """``💡 実践ポイント``, ``注``, ``Why it matters``; not the start of a sentence with a colon (a
    CJK clause is short in characters: ``Aikido 的这篇安全报告说得很直接：`` is no label)."""
    wide = sum(1 for char in label if char >= "\u2e80")  # CJK, kana, Hangul (and emoji)
    return len(label) <= _MAX_LABEL // 2 and len(label.split()) <= 3 and wide <= _MAX_LABEL // 4


def _bare_label(text: str) -> bool:
    """A short label and its colon, and nothing after it ("**방법론**:" over its list)."""
    label = text[:-1]
    return text.endswith((":", "：")) and not {":", "：", "|"} & set(label) and _is_short_label(label)


def _date_stamp(text: str) -> bool:
    """A line that is a date and a few words ("自动生成于 2026-02-03", "Updated May 2, 2026")."""
    span = dates.match_span(text) if len(text) <= _MAX_STAMP else None
    return (
        span is not None and len((text[: span[0]] + text[span[1] :]).strip(" *_()（）")) <= _MAX_STAMP_WORDS
    )


_MAX_STAMP = 40
_MAX_STAMP_WORDS = 12


def _is_prose(text: str) -> bool:
    """A sentence or more, not a byline, a tag line or a label (``— *TechCrunch*``). A CJK clause
    says as much in fewer characters, and often ends without a stop ("...API提供を両立へ")."""
    if len(text) >= _PROSE_CHARS or _SENTENCE_END.search(text) is not None:
        return True
    if _LEAD_IN.search(text) or len(text) < _PROSE_CJK_CHARS:  # "...排查：" leads into what follows
        return False
    letters = script_profile(text)
    return letters["han"] + letters["kana"] + letters["hangul"] >= _PROSE_CJK_CHARS


def _cut_off(block: Block) -> bool:
    """A page whose last text stops mid-sentence was cut off in capture (a URL or a labelled
    value at the end is metadata, not a sentence)."""
    text = block.text.strip()
    if block.kind != "paragraph" or len(text) <= 80 or _TERMINAL.search(text):
        return False
    return not (looks_like_url(text) or _URL.fullmatch(text) or _PAIR.match(text) or block.links)
