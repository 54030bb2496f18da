"""Page model: HTML and text captures both become one stream of blocks.

A block is a heading, a paragraph or a list item (with its nesting depth), with the links it holds.
A paragraph that is bold from end to end says so (``strong``): many digests title their stories
with a bold line rather than a heading; what that line is stays the readers' judgement.
Adapters read blocks only, so one adapter serves a page whether it arrived as HTML or as a text
capture (a browser's "save as text", a reader view, Markdown). ``to_html`` renders blocks back to
HTML; parsing that rendering gives the same blocks, which the tests use to show that adapters do
not depend on the form of a page.

Text captures may hold Markdown, including Markdown whose line breaks were lost (a reader view
saved as one line): :func:`unflatten_markdown` restores its block structure from the escapes
Markdown writers leave (``\\-``, ``\\.``) before the lines are read. Stories a page lists in its
YAML front matter (``stories: [{title, url, summary}]``) follow its body as the blocks it would
show them as: a heading that links each, over its summary.
"""

from __future__ import annotations

import copy
import dataclasses
import functools
import html
import itertools
import json
import re
import threading
import tomllib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Literal
from urllib.parse import urlsplit

import lxml.etree
import yaml

from pipeline.dates import only_a_date
from pipeline.normalize import (
    archived_original,
    article_url,
    fold,
    home_page_site,
    label_of,
    lexicon,
    looks_like_url,
    names_its_site,
    profile_page,
    site_home,
    unwrap_redirect,
)

BlockKind = Literal["heading", "paragraph", "list_item", "table_row", "code"]

MAX_DEPTH = 32  # deeper nesting is clamped: it is never meaningful and it costs recursion


@dataclass(frozen=True)
class Link:
    text: str
    href: str


@dataclass(frozen=True)
class Block:
    kind: BlockKind
    text: str
    depth: int = 0  # list nesting, 0 = top-level item
    level: int = 0  # heading level 1-6
    links: tuple[Link, ...] = ()
    cells: tuple[str, ...] = ()  # the cells of a table row
    strong: bool = False  # a paragraph that is all bold (``**...**``, ``<p><strong>``): a title, often
    lead: str = ""  # an item's or paragraph's opening bold words before more text (``**Title**: ...``)


@dataclass(frozen=True)
class Page:
    blocks: tuple[Block, ...]
    meta: dict[str, str] = field(default_factory=dict)
    front_matter: dict = field(default_factory=dict)  # a Markdown page's YAML front matter
    # An HTML page's markup, for adapters that read more than blocks (left out of equality and repr)
    source: str | None = field(default=None, compare=False, repr=False)

    def texts(self) -> list[str]:
        return [b.text for b in self.blocks]


def normalize_space(text: str) -> str:
    return " ".join(text.split())


# --------------------------------------------------------------------------- text captures

_BULLET = re.compile(r"^(?P<indent>[ \t\u3000]*)(?:[•●◦▪‣·∙*+\-]|\d{1,3}[.)])[ \t\u3000]+(?P<text>\S.*)$")
_MD_HEADING = re.compile(r"^(?P<hashes>#{1,6})[ \t]+(?P<text>.+?)(?:[ \t]+#+)?[ \t]*$")
# "##Hot News": a heading as Markdown.pl and the first renderers read it, with no space after its
# marks (two at least: "#tag" is a hashtag)
_TIGHT_HEADING = re.compile(r"^(?P<hashes>#{2,6})(?P<text>[^\W\d_][^#\n]{0,80}?)[ \t]*$")
# Pandoc's fenced divs and the admonitions of Docusaurus and VitePress: ":::", "::: {#page}", ":::tip"
_FENCED_DIV = re.compile(r"^:{3,}(?:\s*\{[^{}]*\}|\s*[\w-]+)?\s*:*$")
# kramdown's and Pandoc's attributes after a heading ("### Title {#title-id .class}", "{-}") name its
# anchor, and show nothing
_HEADING_ATTRIBUTES = re.compile(r"[ \t]*\{(?:[#.][^{}\n]*|-|:[^{}\n]*)\}$")
# (an address broken by spaces, "q_auto: eco /f_auto", as a scraper left it, is still an image's)
# (an image inlined as a data: URI holds parentheses and spaces of its own, "...translate(-249, -126)'%3E...":
# it runs to the line's last parenthesis)
_MD_IMAGE = re.compile(r"!\[[^\]]*\]\((?:data:[^\n]*\)|[^)\n]*\))")
# link text may hold balanced brackets ("[Electric aircraft flies [video]](...)") and an address
# balanced parentheses ("(https://en.wikipedia.org/wiki/Mercury_(planet))"), as CommonMark reads them
# (a relative address, "./Steijn - オランダの....md", may hold spaces: note apps write and follow them)
# (and spaces may stand around the address: "[原文]( https://... )")
_MD_LINK = re.compile(
    r"(?<!\\)\[(?P<text>(?:[^\[\]]|\[[^\[\]]*\])*)\]"
    r"\([ \t]*(?P<href>(?:[^()\s]|\([^()\s]*\))+|\.{1,2}/[^()\n]+?)(?:\s+\"[^\"]*\")?[ \t]*\)"
)
_TASK_BOX = re.compile(r"^\[[ xX]\][ \t]+")
_ITEM_HEADING = re.compile(r"^#{1,6}[ \t]+(?=\S)")
_MD_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~<\"'=:;,/&%$@^])")
_ESCAPED_PUNCT = re.compile(r"\\[.\-!()\[\]#*_]")


def from_text(text: str) -> Page:
    """Blocks of a text capture: one block per non-blank line (per paragraph or item where the page
    is wrapped at a fixed width, see :func:`_hard_wrapped`), bullets become list items, Markdown
    headings, tables and fenced code become their own kinds, YAML front matter is read."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    front_matter, text = split_front_matter(text)
    if fenced := _WHOLE_PAGE_FENCE.match(text):  # a model's answer wrapped whole in "```markdown"
        inner_front_matter, text = split_front_matter(fenced.group("body"))
        front_matter = front_matter or inner_front_matter
    if "<think>" in text:
        text = _LEAKED_REASONING.sub("", text)
    lines: list[str] = []
    meta: dict[str, str] = {}
    for raw_line in text.split("\n"):
        if looks_flattened_markdown(raw_line):
            lines.extend(unflatten_markdown(raw_line))
            meta["flattened_markdown"] = "1"
        else:
            lines.append(raw_line)
    if "{%" in text or "{{<" in text or "{{%" in text:
        lines = _with_template_tags_read(lines)
    if "]:" in text:
        lines = _with_references_resolved(lines)
    if "  \n**" in text or "  \n_" in text:
        lines = _with_emphasis_closed_before_breaks(lines)
    wrapped = _hard_wrapped(lines)
    blocks: list[Block] = []
    open_block: int | None = None  # the paragraph or item the line before made, which a wrapped line goes on
    open_raw = ""  # ... and its Markdown so far
    indents: list[int] = []  # indentation of the open list levels
    fence: str | None = None
    code: list[str] = []
    underlined: int | None = None  # the paragraph made of the line just read, which a rule may underline
    after_box_rule: int | None = None  # where the block after the last line of box-drawing rule goes
    in_comment = False  # inside an HTML comment ("<!-- generated by ... -->"): Markdown shows none of it
    item_quote = False  # the line before was a line of a quote set in a list item
    markup: list[str] = []  # the lines of an HTML block, read as HTML when a blank line ends it
    raw_end: str | None = None  # the end tag of an open <script>, <style>, <pre> or <textarea>
    element: str | None = None  # the name of the element an HTML block opens with, while open
    depth = 0  # ... and how many of its kind stand open
    for index, line in enumerate(lines):
        going_on, open_block = open_block, None  # any line but a paragraph's or an item's closes it
        if raw_end is not None:
            markup.append(line)
            if raw_end in line.lower():
                blocks += _html_block(markup)
                markup, raw_end = [], None
            continue
        if markup:
            if line.strip():
                markup.append(line)
                if element is not None:
                    depth += _depth_change(element, line)
                    if depth <= 0:
                        # the element closes on this line: what follows is Markdown again, as
                        # kramdown (Jekyll's) reads it ("</div>" over "---", a rule, no heading's)
                        blocks += _html_block(markup)
                        markup, element = [], None
                continue
            blocks += _html_block(markup)
            markup, element = [], None
        if fence is None and "<" in line[:4] and (raw := _RAW_HTML_BLOCK.match(line)):
            # blank lines do not end these: a script's text is no Markdown to read
            end = f"</{raw.group(1).lower()}>"
            if end in line.lower():
                blocks += _html_block([line])
            else:
                markup, raw_end = [line], end
            indents.clear()
            underlined = None
            continue
        if fence is None and "<" in line[:4] and (opened := _HTML_BLOCK.match(line)):
            markup = [line]
            # (an element with text of its own closes on its end tag's line; a void one, "<hr />", and
            # an end tag opening the block run to the blank line, as CommonMark reads them)
            element = opened.group(1).lower() if line.lstrip()[1] != "/" else None
            element = None if element in _VOID_ELEMENTS else element
            depth = _depth_change(element, line) if element else 0
            if element and depth <= 0:  # ("<p>...</p>" on one line: the element is whole)
                blocks += _html_block(markup)
                markup, element = [], None
            indents.clear()
            underlined = None
            continue
        if in_comment or (fence is None and line.lstrip().startswith("<!--")):
            in_comment = "-->" not in line
            continue
        if fence is not None:
            if line.strip().startswith(fence):
                blocks += _code_block(code)
                fence, code = None, []
            else:
                code.append(line)
            continue
        # each `"x" in line` test below is a necessary condition of its regex: most lines skip it
        opening = _FENCE.match(line) if "```" in line or "~~~" in line else None
        if opening:
            fence, code = opening.group(1)[0] * 3, []
            indents.clear()
            continue
        stripped = line.strip()
        if stripped.endswith("\\") and (len(stripped) - len(stripped.rstrip("\\"))) % 2:
            # CommonMark's hard line break: a backslash that ends a line shows nothing
            line, stripped = line.rstrip()[:-1], stripped[:-1].rstrip()
        if not stripped:
            underlined = None
            continue
        if stripped[0] == "{" and _ATTRIBUTE_LIST.match(stripped):
            continue  # kramdown's attributes of the block above or below: a class, no text
        if stripped[0] == ":" and _FENCED_DIV.match(stripped):
            # Pandoc's fenced divs ("::: {#page .hfeed}" ... ":::") and the admonitions of Docusaurus and
            # VitePress (":::tip") open and close a box: the lines show nothing of their own
            underlined = None
            continue
        if stripped[0] in _BOX_RULE_CHARS and _BOX_RULE.match(stripped):
            # "━━━━" / "EXECUTIVE SUMMARY" / "━━━━": a plain-text page's banner; one line framed by two
            # such rules heads a section, the first of two or three at the top of the page titles it,
            # and the rules themselves say nothing
            framed = blocks[after_box_rule:] if after_box_rule is not None else []
            if (
                framed
                and all(b.kind == "paragraph" and not b.links for b in framed)
                and (len(framed) == 1 or (after_box_rule == 0 and len(framed) <= _MAX_BANNER_LINES))
            ):
                blocks[len(blocks) - len(framed)] = dataclasses.replace(
                    framed[0], kind="heading", level=1 if after_box_rule == 0 else 2, strong=False
                )
                after_box_rule = None  # the banner is closed: the next rule opens another
            else:
                after_box_rule = len(blocks)
            underlined = None
            indents.clear()
            continue
        if stripped[0] in "-*_=" and _RULE.match(line):
            # a line of dashes under a line of text underlines it as a heading (Markdown's setext
            # headings); anywhere else a rule of -, *, _ or = separates blocks and says nothing. A
            # line that shows an address ("🔗 Read more: https://...") ends an entry the rule separates.
            # ("**Source** : [The Information](...)" over "---": a field's line over a rule, no heading)
            if (
                underlined is not None
                and stripped[0] in "-="
                and " " not in stripped
                and "://" not in blocks[underlined].text
                and not (going_on == underlined and blocks[underlined].links and _labelled_line(open_raw))
            ):
                blocks[underlined] = dataclasses.replace(
                    blocks[underlined],
                    kind="heading",
                    text=_HEADING_ATTRIBUTES.sub("", blocks[underlined].text),
                    level=1 if stripped[0] == "=" else 2,
                    strong=False,
                )
            underlined = None
            indents.clear()
            continue
        underlined = None
        if stripped[0] == ">" and _QUOTED_BLOCK.match(line):
            # "> - 原文地址：[...](...)": a list or a heading set in a quote is one, as CommonMark reads it
            line = _QUOTE.sub("", line, count=1)
            stripped = line.strip()
        bullet = _BULLET.match(line)
        if bullet:
            indent = len(bullet.group("indent").expandtabs(4))
            while indents and indent < indents[-1]:
                indents.pop()
            if not indents or indent > indents[-1]:
                indents.append(indent)
            item = _TASK_BOX.sub("", bullet.group("text"), count=1)  # "- [ ] [Title](...)": a task list's box
            # ("• 🔥10 **Ollama v0.17.8 發布** — ...": a score before the item's bold title is no word of it)
            if item[:1] and not item[0].isalnum() and item[0] not in "*_[":
                item = _BADGE_BEFORE_BOLD.sub("", item, count=1)
            if item[0] == "#":  # "* ### The first AI that can laugh": a heading set in the item, its words
                item = _ITEM_HEADING.sub("", item, count=1)
            text, links = _inline_markdown(item)
            if text or links:
                depth = min(len(indents) - 1, MAX_DEPTH)
                lead = _lead_of(item, text)
                blocks.append(Block("list_item", text, depth=depth, links=links, lead=lead))
                open_block, open_raw = len(blocks) - 1, item
            continue
        if (
            going_on is not None
            and (
                wrapped
                or _goes_on_its_item(blocks[going_on], lines, index)
                # ("- The borrow checker [has seen a bunch of" over "  cleanup](https://...) removing"):
                # a link's words broken over two lines, its address on the second
                or (
                    "[" in open_raw
                    and _LINK_LEFT_OPEN.search(open_raw) is not None
                    and _closes_the_link(lines, index)
                )
            )
            and not _opens_a_block(stripped)
            and not _labelled_line(stripped)
        ):
            # a paragraph broken over lines at a fixed width goes on: one paragraph, as CommonMark reads it
            open_raw = f"{open_raw} {_QUOTE.sub('', line).strip() if '>' in line else stripped}"
            blocks[going_on] = _rejoined(blocks[going_on], open_raw)
            open_block = going_on
            continue
        # ("* [Title](...)" over "    >Download and get started ...": a quote set in the list's item)
        quote = _ITEM_QUOTE if indents or item_quote else _QUOTE
        item_quote = quote is _ITEM_QUOTE and stripped[0] == ">"
        indents.clear()
        if "|" in line and _TABLE_ROW.match(line):
            if not _TABLE_RULE.match(line):
                blocks.append(_table_row(line))
            continue
        if stripped.startswith("[#") and (linked := _LINKED_HEADING.match(stripped)):
            # "[### Title (3 minute read)](url)": a converter kept the heading inside its link
            stripped = f"{linked.group(1)} [{linked.group(2)}"
        heading = (
            (_MD_HEADING.match(stripped) or _TIGHT_HEADING.match(stripped)) if stripped[0] == "#" else None
        )
        if heading:
            # ("#### # Introduction": a converter's heading marks twice over)
            said = _REPEATED_MARKS.sub("", _HEADING_ATTRIBUTES.sub("", heading.group("text")))
            text, links = _inline_markdown(said)
            blocks.append(Block("heading", text, level=len(heading.group("hashes")), links=links))
            continue
        if stripped[-1] in ":：" and (shouted := _SHOUTED_LABEL.match(stripped)):
            # "HIGHLIGHTS:", "ALSO WORTH KNOWING:" alone on a line: a plain-text email's section heading
            blocks.append(Block("heading", shouted.group(1), level=2))
            continue
        unquoted = quote.sub("", line) if ">" in line else line
        text, links = _inline_markdown(unquoted)
        if not links and text.startswith(("http://", "https://")) and looks_like_url(text):
            links = (Link(text, text),)  # an address alone on its line links itself (GFM's autolink)
        if text or links:
            strong = ("**" in stripped[:_MARKER_REACH] or "__" in stripped[:_MARKER_REACH]) and bool(
                _STRONG_LINE.match(stripped)
            )
            lead = "" if strong else _lead_of(unquoted.strip(), text)
            blocks.append(Block("paragraph", text, links=links, strong=strong, lead=lead))
            underlined = len(blocks) - 1
            open_block, open_raw = underlined, unquoted.strip()
    if markup:
        blocks += _html_block(markup)
    if fence is not None:  # an unclosed fence: keep what it held
        blocks += _code_block(code)
    blocks += _front_matter_stories(front_matter)
    return Page(tuple(blocks), meta, front_matter)


_FENCE = re.compile(r"^\s{0,3}(`{3,}|~{3,})")
# a line that stops short of a sentence's end ...
_SENTENCE_GOES_ON = re.compile(r"[^.!?:;。！？：；)）\]」』\"”'’|]\s*$")
# ... and the line after it, going on with a lowercase word (not a "key: value" line, not an address)
_GOES_ON = re.compile(r"(?:>\s*)?[^\W\d_][\w'’-]*(?:[ ,;]|$)")
_LINK_LEFT_OPEN = re.compile(r"(?<![\\!])\[[^\]\[]*$")  # "... [has seen a bunch of": a link's words go on
_WRAPS_SEEN = 3  # lines broken mid-sentence that show a writer wraps at a fixed width ...
_WRAP_SHARE = 5  # ... and one in this many of the page's lines that run on into the next
_WRAP_REACH = 30  # characters of a line broken at a fixed width, at least


def _hard_wrapped(lines: list[str]) -> bool:
    """Whether the page's writer broke its paragraphs over lines of a fixed width, as mailing lists
    and many Jekyll sites do: then a line that opens no block goes on the paragraph or item above
    it. A text capture gives each paragraph one line, and a headline's next line starts a summary
    with a capital: it is never read so."""
    runs_on = wraps = 0
    for line, after, code in zip(lines, lines[1:], _code_lines(lines), strict=False):
        head = line.lstrip()[:1]
        if code or not head or head in "#|<" or not after.strip() or _opens_a_block(after.strip()):
            continue
        if _BULLET.match(after) or _RULE.match(after) or _FENCE.match(after):
            continue
        runs_on += 1
        if (
            len(line.strip()) >= _WRAP_REACH
            and _SENTENCE_GOES_ON.search(line)
            and _GOES_ON.match(after.lstrip())
            and after.lstrip(" >")[:1].islower()
        ):
            wraps += 1
    return wraps >= _WRAPS_SEEN and wraps * _WRAP_SHARE >= runs_on


def _goes_on_its_item(before: Block, lines: list[str], index: int) -> bool:
    """Whether ``lines[index]`` goes on the list item ``before`` made of the line above it, on a
    page not wrapped at a fixed width, as CommonMark reads it:

    * after a hard line break, indented ("- 元情報の範囲␣␣" over "  ご提示の元情報は...");
    * as the lazy continuation of a nested Markdown item whose list goes on below it at the same
      depth ("   - Google AI Studio can build whole apps." / "Google's article..." / "   - [原文]
      (...)"): one item, not a paragraph that ends the list. A text capture's "•" lists are no
      Markdown: there a line between them is a paragraph of its own;
    * as a Markdown item's lazy continuation that is one link to the item's source and nothing
      else ("- **MCP入門**: ...を解説。" / "[元記事](https://zenn.dev/...)"): the item's own link;
    * as a line of links only, indented to the text of the Markdown item above it ("1.  **DeepSeek-
      V4-Flash ...**" over "    [https://www.seangoedecke.com/...](...)" over "    [HN 讨论](...)"):
      the item's own links. (A line of words so indented is a paragraph of its own here, as the
      digests that put a title's summary under it mean it, though CommonMark would join them.)"""
    if before.kind != "list_item":
        return False
    if lines[index][:1] in " \t" and lines[index - 1].endswith("  "):
        return True
    if lines[index][:1] == " " and _links_only(lines[index]) and _under_its_item_text(lines, index):
        return True
    if lines[index][:1] == "[" and _MARKDOWN_ITEM.match(lines[index - 1]) and _source_link_line(lines[index]):
        return True
    if before.depth == 0 or index + 1 >= len(lines):
        return False
    above, below = _MARKDOWN_BULLET.match(lines[index - 1]), _MARKDOWN_BULLET.match(lines[index + 1])
    return (
        above is not None
        and below is not None
        and below.group(1).expandtabs(4) == above.group(1).expandtabs(4)
    )


def _closes_the_link(lines: list[str], index: int) -> bool:
    """Whether ``lines[index]`` or a line straight after it ends a link's words and gives its
    address ("documentation](http://...),"), before any blank line."""
    for line in lines[index : index + _LINK_LINES]:
        if not line.strip():
            return False
        if "](" in line:
            return True
    return False


_LINK_LINES = 3  # lines a link's words may run over


def _under_its_item_text(lines: list[str], index: int) -> bool:
    """Whether ``lines[index]`` and the lines between it and the Markdown item above it are indented
    to that item's text, as a paragraph of the item goes on."""
    indent = len(lines[index]) - len(lines[index].lstrip(" "))
    for above in range(index - 1, max(index - _MAX_ITEM_LINES, -1), -1):
        if item := _MARKDOWN_ITEM_TEXT.match(lines[above]):
            return indent == len(item.group("marker"))
        if not lines[above].strip() or len(lines[above]) - len(lines[above].lstrip(" ")) != indent:
            return False
    return False


_MAX_ITEM_LINES = 12  # lines of one item's paragraph looked back over


def _links_only(line: str) -> bool:
    """A line that shows links and the marks between them only: "[原文链接](...) ｜ [HN 讨论](...)"."""
    stripped = line.strip()
    if "](" not in stripped:
        return looks_like_url(stripped)
    text, links = _inline_markdown(stripped)
    for link in links:
        text = text.replace(link.text, "", 1)
    return bool(links) and not any(char.isalnum() for char in text)


# a nested item's line, as Markdown writes it
_MARKDOWN_BULLET = re.compile(r"^([ \t]+)(?:[*+\-]|\d{1,3}[.)])[ \t]+\S")
# any Markdown item's line ...
_MARKDOWN_ITEM = re.compile(r"^[ \t]*(?:[*+\-]|\d{1,3}[.)])[ \t]+\S")
# ... and what stands before its text
_MARKDOWN_ITEM_TEXT = re.compile(r"^(?P<marker>[ ]*(?:[*+\-]|\d{1,3}[.)])[ ]+)\S")
# a line that is one Markdown link and nothing else
_LINK_LINE = re.compile(r"^\[(?P<text>[^\[\]\n]{1,40})\]\(\s*https?://[^\s()]+\s*\)\s*$")


def _source_link_line(line: str) -> bool:
    """``[元記事](https://...)``, ``[Read more](https://...)``: one link that says it goes to the source."""
    match = _LINK_LINE.match(line.strip())
    if match is None:
        return False
    return names_no_story(match.group("text").strip())


def names_no_story(text: str) -> bool:
    """A link's text that names where it goes, not what: "Source", "原文", "Read more", and so
    with the day of the source after it ("↗ SOURCE · Fri, 28 Aug 2026", see
    :func:`is_generic_link_text`)."""
    return label_of(text) == "source" or is_generic_link_text(text)


def is_generic_link_text(text: str) -> bool:
    """ "Read more", "👉 Read more", "Read more →" ([links] generic): a link's text that names no story,
    nor does one that only adds the site it leads to ("Read more on TechCrunch", "Ver más en
    ELOTROFÚTBOLTV", "DVBで続きを読む"), nor a source's link with its day ("↗ SOURCE · Fri, 28 Aug
    2026")."""
    said = _NON_WORD_EDGES.sub("", fold(text))
    if said in _generic_link_texts():
        return True
    head, dot, day = said.rpartition(" · ")
    if dot and only_a_date(day) is not None and names_no_story(head):
        return True  # ("↗ SOURCE · Fri, 28 Aug 2026": the source's link, with its day)
    on_a_site = _ON_A_SITE.match(said) if " " in said else None
    if on_a_site is not None and on_a_site.group("generic") in _generic_link_texts():
        return True
    site_first = _SITE_FIRST.match(said)
    return site_first is not None and site_first.group("generic") in _generic_link_texts()


_NON_WORD_EDGES = re.compile(r"^\W+|\W+$")
# "<go there> on|at|in <a site's name of up to three words>", in the languages of [links] generic
_ON_A_SITE = re.compile(r"^(?P<generic>.+?) (?:on|at|en|sur|auf|bei|em|no|na|su|op|в|на) \S+(?: \S+){0,2}$")
# "<a site's name in Latin letters> で|の|에서 <go there>", as Japanese and Korean put it ("DVBで続きを読む")
_SITE_FIRST = re.compile(
    r"^[a-z0-9][a-z0-9.&'-]*(?: [a-z0-9.&'-]+){0,2} ?(?:(?:で|の|에서) ?)?"
    r"(?P<generic>[^\x00-\x7f](?:[^\x00-\x7f]| )*)$"
)


@functools.cache
def _generic_link_texts() -> frozenset[str]:
    return frozenset(fold(t) for t in lexicon()["links"]["generic"])


def _opens_a_block(stripped: str) -> bool:
    """A line that starts a heading, a table row or an HTML block rather than going on a paragraph."""
    if stripped.startswith(("[#", "<!--")):
        return True
    return stripped[:1] in ("#", "|", "<") and bool(
        _MD_HEADING.match(stripped) or _TABLE_ROW.match(stripped) or _HTML_BLOCK.match(stripped)
    )


_LABELLED_LINE = re.compile(r"^\W{0,3}(?P<label>[^:：\s][^:：]{0,29}?)\s*[:：]\s*\S")


def _labelled_line(stripped: str) -> bool:
    """``Source: RenewEconomy | https://...``, ``链接: https://...``: a line a label of the lexicon opens
    starts a line of its own, as its writer meant, even in a page wrapped at a fixed width."""
    head = stripped[:40]
    if ":" not in head and "：" not in head:
        return False
    if stripped.startswith("**") and _BOLD_LABEL.match(stripped):
        return True  # ("**论文地址**：https://...": a field its writer set in bold, whatever its label)
    match = _LABELLED_LINE.match(stripped)
    return match is not None and label_of(match.group("label")) is not None


_BOLD_LABEL = re.compile(r"^\*\*[^*\n]{1,30}?(?:\*\*\s*[:：]|[:：]\*\*)")


def _rejoined(block: Block, raw: str) -> Block:
    """The paragraph or item ``block`` read again from all its lines' Markdown ``raw``."""
    text, links = _inline_markdown(raw)
    if block.kind == "list_item":
        return dataclasses.replace(block, text=text, links=links, lead=_lead_of(raw, text))
    strong = bool(_STRONG_LINE.match(raw))
    return dataclasses.replace(
        block, text=text, links=links, strong=strong, lead="" if strong else _lead_of(raw, text)
    )


# A model's reasoning left in its answer: "<think>The user wants me to translate ..." opening a line,
# through the line that closes it ("---</think>"). No reader sees it; it drafts what follows.
_LEAKED_REASONING = re.compile(r"^[ \t]*<think>.*?</think>[^\n]*\n?", re.S | re.M)
_LINKED_HEADING = re.compile(r"^\[(#{1,6})[ \t]+([^\]]+\]\([^()\s]+(?:\s+\"[^\"]*\")?\))$")
_WHOLE_PAGE_FENCE = re.compile(
    r"\A\s*(?P<fence>`{3,}|~{3,})[ \t]*(?:markdown|md)[ \t]*\n(?P<body>.*)\n[ \t]*(?P=fence)[ \t]*\s*\Z",
    re.DOTALL | re.IGNORECASE,
)
# CommonMark's HTML blocks of the sixth kind: a line opening (or closing) one of these elements
# starts HTML that runs to the next blank line, shown as HTML, its Markdown syntax left as text
# (feeds turned into Markdown carry their entries' HTML: "<p>Article URL: <a href=...>"), or, as
# kramdown reads it, to the line that closes the element it opens (see :func:`_depth_change`).
_HTML_BLOCK = re.compile(
    r" {0,3}</?(address|article|aside|blockquote|body|caption|center|col|colgroup|dd|details|dialog|"
    r"dir|div|dl|dt|fieldset|figcaption|figure|footer|form|h[1-6]|header|hr|html|iframe|legend|li|"
    r"main|menu|nav|ol|p|section|summary|table|tbody|td|tfoot|th|thead|tr|ul)(?:[\s/>]|$)",
    re.IGNORECASE,
)


_VOID_ELEMENTS = frozenset({"col", "hr"})  # of the block-opening elements, those with no end tag


def _depth_change(element: str, line: str) -> int:
    """How many more elements named ``element`` a line opens than it closes."""
    lowered = line.lower()
    opened = len(re.findall(rf"<{element}(?=[\s/>]|$)", lowered))
    return opened - lowered.count(f"</{element}>") - len(re.findall(rf"<{element}\b[^>]*/>", lowered))


# ... and of the first kind, which run to their end tag: what a <script> or <style> holds is never
# text on the page (a page's MathJax set-up had been read as its first line)
_RAW_HTML_BLOCK = re.compile(r" {0,3}<(script|pre|style|textarea)(?:[\s>]|$)", re.IGNORECASE)


def _code_block(lines: list[str]) -> list[Block]:
    """A fence's lines as they are written (code keeps its spaces), none for a fence of nothing."""
    code = "\n".join(lines).strip("\n")
    return [Block("code", code)] if code.strip() else []


def _html_block(lines: list[str]) -> list[Block]:
    # (kramdown's attribute lists, "{: .fs-2 .fw-300}" under a line, set its class and show nothing)
    return list(from_html("\n".join(line for line in lines if not _ATTRIBUTE_LIST.match(line))).blocks)


# kramdown's attribute list alone on its line ("{: .fs-4 .fw-700 .lh-0 }", "{:.note}"), for the
# block above or below it
_ATTRIBUTE_LIST = re.compile(r"^ {0,3}\{:[^{}\n]*\}[ \t]*$")


# a label in capitals alone on its line, its section below it ("TREND WATCH:", "RESEARCH / BUILDER SIGNALS:")
_SHOUTED_LABEL = re.compile(r"^([A-Z][A-Z0-9&/' -]{2,48}[A-Z0-9])\s*[:：]$")
# a line of box-drawing rule ("━━━━", "════", "────", "▬▬▬▬") in a plain-text page
_BOX_RULE_CHARS = "━─═▬┄┅┈┉╌╍"
_BOX_RULE = re.compile(f"^[{_BOX_RULE_CHARS}]{{3,}}$")
_MAX_BANNER_LINES = 3  # lines of a page's title banner: its name, its date
_RULE = re.compile(r"^ {0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,}|(?:=[ \t]*){3,})$")
_TABLE_ROW = re.compile(r"^\s*\|.*\|\s*$")
_TABLE_RULE = re.compile(r"^\s*\|?(?:\s*:?-{2,}:?\s*\|)+\s*:?-*:?\s*\|?\s*$")
_QUOTE = re.compile(r"^\s{0,3}>\s?")
_ITEM_QUOTE = re.compile(r"^\s{0,7}>\s?")  # a quote in a list item, indented to its text
_QUOTED_BLOCK = re.compile(r"^\s{0,3}>\s?(?:\s*(?:[-*+•]|\d{1,3}[.)])[ \t]+\S|#{1,6}[ \t]+\S)")
# a score badge: a marker and its figure ("🔥10 **Title**"; "✅ **Use it for:**" says something)
_BADGE_BEFORE_BOLD = re.compile(r"^[^\w\s*_\[>(（]{1,8}\d{1,4}\s+(?=(?:\*\*|__)\S)")
_LEAD_BOLD = re.compile(r"^(\*\*|__)(?=\S)((?:(?!\1).)+?)(?<=\S)\1")


def _lead_of(raw: str, text: str) -> str:
    """``**Title**: what it says`` -> ``Title``: the opening bold span of an item with more after
    it; none when the bold holds a link (the link is the title then) or is all there is."""
    if raw.startswith(("**<!--", "__<!--")):  # "**<!--anchor-->****Title:** ...": the comment shows nothing
        raw = _INLINE_COMMENT.sub("", raw)
    match = _LEAD_BOLD.match(raw) if raw[:2] in ("**", "__") else None  # (most items: no regex)
    if match is None or "](" in match.group(2):
        return ""
    return _lead_before(_inline_markdown(match.group(2))[0], text)


# a line that is one bold span: "**Title**", "__Title__", "**[Title](url)**" (not "**A** and **B**"),
# maybe after a few marker symbols ("📈 **Title**", "🔥🎯 **Title**": no letters, no digits)
_MARKERS = r"[^\w\s*_\[>]{1,8}"
_MARKER_REACH = 12  # how far into a line a bold span can open after its markers
_STRONG_LINE = re.compile(rf"^(?:{_MARKERS}\s+)?(\*\*|__)(?=\S)(?:(?!\1).)+(?<=\S)\1$")
_REPEATED_MARKS = re.compile(r"^#{1,6} (?=\S)")
# (an export may glue the page's title heading to the closing fence: "---# Scrapling 레포 분석")
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n(?:---|\.\.\.)(?:[ \t]*(?:\n|\Z)|(?=# ))", re.DOTALL)


# front matter set in a fenced block of YAML at the top ("```yaml" / "---" ... "---" / "```")
_FENCED_FRONT_MATTER = re.compile(
    r"\A```ya?ml[ \t]*\n(---[ \t]*\n.*?\n---)[ \t]*\n```[ \t]*(?:\n|\Z)", re.DOTALL
)
_LEADING_BLANK_LINES = re.compile(r"\A(?:[ \t]*\r?\n)+")
_INDENTED_FRONT_MATTER = re.compile(r"\A(?P<indent>[ \t]{1,8})---[ \t]*\n")
_MAX_FRONT_MATTER_LINES = 200


# Frog's (Racket's blog generator) metadata: "    Title: ..." / "    Date: ..." indented as code
_INDENTED_METADATA = re.compile(r"\A(?P<indent>[ \t]{1,8})Title:[ \t]*\S")


def _with_header_dedented(body: str, indent: str) -> str:
    """``body`` with its opening metadata lines, up to the first blank line, less the ``indent``
    they all share (Frog's "    Title: Racket News - Issue 29" / "    Date: 2020-04-14T21:00:00").
    Unchanged when a line of it is less indented."""
    head, blank, rest = body.partition("\n\n")
    lines = head.split("\n")
    if len(lines) > _MAX_FRONT_MATTER_LINES or not all(line.startswith(indent) for line in lines):
        return body
    return "\n".join(line.removeprefix(indent) for line in lines) + blank + rest


def _with_front_matter_dedented(body: str, indent: str) -> str:
    """``body`` with its front matter's lines less the ``indent`` they all share: a page written
    from an indented template string ("    ---" / "    title: ..." / "    ---") still has its
    fields. Unchanged when a line of it is less indented or it never closes."""
    lines = body.split("\n", _MAX_FRONT_MATTER_LINES + 1)
    for end, line in enumerate(lines[1:_MAX_FRONT_MATTER_LINES], 1):
        if line.strip() and not line.startswith(indent):
            return body
        if line.rstrip() == f"{indent}---":
            head = [each.removeprefix(indent) for each in lines[: end + 1]]
            return "\n".join([*head, *lines[end + 1 :]])
    return body


_JSON_FRONT_MATTER = re.compile(
    r"\A(?:---json[ \t]*\n(?P<fenced>\{.*?\n\})[ \t]*\n---|(?P<bare>\{[ \t]*\n.*?\n\}))[ \t]*(?:\n|\Z)",
    re.DOTALL,
)
# two or more "@def name = value" lines opening a page (Franklin.jl's), a value maybe a """ text
# over several lines
_PAGE_VARIABLES = re.compile(r'\A(?:@def[ \t]+\w+[ \t]*=[ \t]*(?:"""[\s\S]*?"""|[^\n]*)[ \t]*(?:\n|\Z)){2,}')
_PAGE_VARIABLE = re.compile(r'^@def[ \t]+(\w+)[ \t]*=[ \t]*("""[\s\S]*?"""|[^\n]*)', re.MULTILINE)
_QUOTED_TEXT = re.compile(r'"((?:[^"\\]|\\.)*)"')


def _page_variables(source: str) -> dict:
    """Franklin.jl's page variables as front matter: a quoted text as its text, a list of them as
    a list, a Julia date (``Date(2025, 1, 1)``, ``Date("2025-01-01")``) as the day it names, any
    other value (``true``) as written. Its feed's description
    (``rss``) is the page's, and its feed's date (``rss_pubdate``) stands where no other does."""
    return _julia_values(_PAGE_VARIABLE.findall(source))


def _julia_values(assignments: list[tuple[str, str]]) -> dict:
    """Julia values by name, as :func:`_page_variables` reads them."""
    data: dict = {}
    for name, value in assignments:
        value = value.strip()
        if value.startswith('"""'):
            data[name] = value[3:-3].strip()
        elif value.startswith("["):
            data[name] = [_unescaped(text) for text in _QUOTED_TEXT.findall(value)]
        elif quoted := _QUOTED_TEXT.fullmatch(value):
            data[name] = _unescaped(quoted.group(1))
        elif day := _JULIA_DATE.fullmatch(value):  # "Date(2013, 3, 22)": a date
            data[name] = "{}-{:0>2}-{:0>2}".format(*day.groups())
        elif stated := _JULIA_DATE_TEXT.fullmatch(value):  # 'Date("2013-03-22")': the date it parses
            data[name] = stated.group(1)
        else:
            data[name] = value
    if "rss" in data:
        data.setdefault("description", data.pop("rss"))
    if isinstance(stamp := data.pop("rss_pubdate", None), str) and stamp:
        data.setdefault("published", stamp)  # (its Julia date read as the day it names, above)
    return data


def _unescaped(text: str) -> str:
    """A quoted text's characters, its backslash escapes undone (``\\"`` -> ``"``)."""
    return re.sub(r"\\(.)", r"\1", text)


_JULIA_DATE = re.compile(r"Date\((\d{4}),\s*(\d{1,2}),\s*(\d{1,2})\)")
_JULIA_DATE_TEXT = re.compile(r'Date\("([^"]+)"(?:,\s*"[^"]*")?\)')
# a Julia assignment of Franklin's "+++" block ('title = "Friday Link Dump"'), which TOML cannot read
# where a value is Julia's own ('date = Date("2013-03-22")', a "using Dates" line before it)
_JULIA_ASSIGNMENT = re.compile(r"^([A-Za-z_]\w*)[ \t]*=[ \t]*(\S[^\n]*)$", re.MULTILINE)


def _julia_variables(source: str) -> dict:
    """Franklin's page variables as a "+++" block sets them, one assignment a line (read as its
    ``@def`` lines are); empty unless two or more."""
    assignments = _JULIA_ASSIGNMENT.findall(source)
    return _julia_values(assignments) if len(assignments) >= 2 else {}


_TOML_FRONT_MATTER = re.compile(r"\A\+\+\+[ \t]*\n(.*?)\n\+\+\+[ \t]*(?:\n|\Z)", re.DOTALL)
# MultiMarkdown and Pelican metadata: "Title: ..." on the first line, more "Key: value" lines (a
# value may go on under an indent), then a blank line or the end
_METADATA_KEY = r"[A-Za-z][\w-]*(?: [\w-]+)?"
_METADATA_HEADER = re.compile(
    rf"\A(?:Title|title|TITLE):[ \t]*\S[^\n]*\n(?:{_METADATA_KEY}:[^\n]*\n(?:[ \t]+\S[^\n]*\n)*)+(?:\n|\Z)"
)
# The fields of a reader service's copy of a page (Jina Reader's), in the order it gives them
READER_COPY_FIELDS = ("Title", "URL Source", "Published Time", "Markdown Content")
_READER_HEADER = re.compile(
    r"\ATitle:[ \t]*(?P<title>[^\n]*\S)[ \t]*\n+URL Source:[ \t]*(?P<url>https?://\S+)[ \t]*\n+"
    r"(?:Published Time:[ \t]*(?P<published>[^\n]+)\n+)?(?:(?:Description|Warning):[^\n]*\n+)*"
    r"Markdown Content:[ \t]*\n"
)
_UNOPENED_FRONT_MATTER = re.compile(
    r"\A((?:[A-Za-z_][\w-]*:[^\n]*\n(?:[ \t]+[^\n]*\n)*){2,})---[ \t]*(?:\n|\Z)"
)
_COMMENT_FRONT_MATTER = re.compile(
    r"\A/\*+[ \t]*\n((?:[A-Za-z][\w-]*:[^\n]*\n)(?:(?![ \t]*\*+/)[^\n]*\n)*?)[ \t]*\*+/[ \t]*(?:\n|\Z)"
)
_METADATA_LINE = re.compile(rf"^({_METADATA_KEY}):[ \t]*(.*)$")
# two or more "key:: value" lines opening a page: an outliner's (Logseq's) page properties
_PAGE_PROPERTIES = re.compile(r"\A(?:[A-Za-z][\w-]{0,40}::(?:[ \t][^\n]*)?(?:\n|\Z)){2,}")
_PAGE_PROPERTY = re.compile(r"^([A-Za-z][\w-]{0,40})::[ \t]*([^\n]*)$", re.MULTILINE)
_PROPERTY_REACH = 48  # characters of a page's first line a property's "key::" falls within
_TITLED_PROPERTIES = re.compile(
    r"\A(?P<heading>#[ \t][^\n]*\n)\n*(?P<properties>(?:[A-Za-z][\w-]{0,40}::(?:[ \t][^\n]*)?(?:\n|\Z)){2,})"
)
_TITLED_REACH = 400  # characters of a page's title heading and its first property


def _page_properties(lines: str) -> dict[str, str]:
    """``key:: value`` lines as front matter; a clipper's own keys less its name
    ("markdownload-source" -> "source", its "timestamp" the time it clipped the page)."""
    data = {}
    for key, value in _PAGE_PROPERTY.findall(lines):
        tool, dash, own = key.partition("-")
        if dash and _is_clip_tag(tool):
            key = "clipped_at" if own == "timestamp" else own
        if value.strip():
            data[key] = note_link_text(value.strip())
    return data


# a fetcher's notes over the copy it saved, as comment lines: "# Source: https://...", "# Fetched: ..."
_FETCH_NOTES = re.compile(rf"\A(?:#[ \t]*{_METADATA_KEY}:[^\n]*\n){{1,4}}\n*")


def split_front_matter(text: str) -> tuple[dict, str]:
    """Front matter at the top, YAML (``---`` ... ``---``) or TOML (``+++`` ... ``+++``, Hugo's),
    and the rest; unreadable front matter is left in the text rather than guessed at."""
    body = _LEADING_BLANK_LINES.sub("", text.lstrip("\ufeff"))  # (a blank line may open a template)
    if body[:1] in " \t" and (indented := _INDENTED_FRONT_MATTER.match(body)):
        body = _with_front_matter_dedented(body, indented.group("indent"))
    elif body[:1] in " \t" and (indented := _INDENTED_METADATA.match(body)):
        body = _with_header_dedented(body, indented.group("indent"))
    if body[:3] == "```" and (fenced := _FENCED_FRONT_MATTER.match(body)):
        body = fenced.group(1) + "\n" + body[fenced.end() :]  # a vault's front matter set in a yaml fence
    if body[:1] == "#" and (notes := _FETCH_NOTES.match(body)) and _READER_HEADER.match(body[notes.end() :]):
        body = body[notes.end() :]  # "# Fetched: 2026-09-06 via r.jina.ai" over the reader's header
    data: object
    if match := _FRONT_MATTER.match(body):
        if (data := _yaml_front_matter(match.group(1))) is None:
            return {}, text
    elif match := _TOML_FRONT_MATTER.match(body):
        try:
            data = tomllib.loads(match.group(1))
        except tomllib.TOMLDecodeError:
            # (Franklin.jl's "+++" block is Julia: "using Dates" over 'date = Date("2013-03-22")')
            if not (data := _julia_variables(match.group(1))):
                return {}, text
    elif body[:1] in "-{" and (match := _JSON_FRONT_MATTER.match(body)):
        # JSON, as Eleventy fences it ("---json") and Hugo states it bare ("{" ... "}" at the top)
        try:
            data = json.loads(match.group("fenced") or match.group("bare"))
        except json.JSONDecodeError:
            return {}, text
    elif body[:2] == "/*" and (match := _COMMENT_FRONT_MATTER.match(body)):
        # a flat-file CMS's meta comment (Pico's "/*" over "Title: ...", "Date: 2011/12/27", "*/")
        data = _yaml_front_matter(match.group(1))
    elif body[:6].lower() == "title:" and (match := _UNOPENED_FRONT_MATTER.match(body)):
        # front matter whose opening "---" was lost (a blog's export): keys from the first line on,
        # closed by the rule
        data = _yaml_front_matter(match.group(1))
    elif (match := _METADATA_HEADER.match(body)) and "date" in (header := _metadata_header(match.group(0))):
        data = header  # (only a dated header: "Title: ..." over other labelled lines may be a story's own)
    elif "::" in body[:_PROPERTY_REACH] and (match := _PAGE_PROPERTIES.match(body)):
        # Logseq's page properties ("source:: https://...", "type:: archives-web") over the page
        data = _page_properties(match.group(0))
    elif body[:2] == "# " and "::" in body[:_TITLED_REACH] and (match := _TITLED_PROPERTIES.match(body)):
        # ... under its title heading, as MarkDownload's Logseq template writes them
        # ("markdownload-source:: https://...")
        return _front_matter_keys(_page_properties(match.group("properties"))), match.group("heading") + body[
            match.end() :
        ]
    elif body[:5] == "@def " and (match := _PAGE_VARIABLES.match(body)):
        # Franklin.jl's page variables ("@def title = \"This Month in Julia World\"", "@def published
        # = \"1 January 2025\"") over the page
        data = _page_variables(match.group(0))
    elif body.startswith("Title:") and (match := _READER_HEADER.match(body)):
        # a reader service's copy of a page (Jina Reader: "Title:", "URL Source:", "Published Time:",
        # then "Markdown Content:" over the page's text): the copied page's title, address and date
        data = {"title": match.group("title").strip(), "canonical_url": match.group("url")}
        if match.group("published"):
            data["date"] = match.group("published").strip()
    else:
        return {}, text
    if not isinstance(data, dict):
        return {}, text
    return _front_matter_keys(data), body[match.end() :]


def _yaml_front_matter(source: str) -> object:
    """What YAML front matter states, read past the mistakes its writers make; None when it cannot
    be read."""
    try:
        return _load_yaml(source)
    except yaml.YAMLError:
        pass
    # three mistakes are read past: ``caption: "**Créditos**\: ..."``, a backslash YAML knows no
    # escape for before a mark in a double-quoted value (the mark kept, as written), a template's
    # marker line such as ``<-- toc -->`` among the keys (dropped), and quotes written as HTML
    # entities (``title: &apos;V8 릴리스 v6.7&apos;``, an anchor's "&" to YAML)
    repaired = _COMMENT_MARKER_LINE.sub("", _UNKNOWN_ESCAPE.sub("", source))
    repaired = _ENTITY_QUOTE.sub(lambda quote: _ENTITY_QUOTES[quote.group(0)], repaired)
    try:
        data = _load_yaml(repaired) if repaired != source else None
    except yaml.YAMLError:
        data = None
    # and a fourth: a plain value with a colon of its own ("source: Instapaper: Unread", as a clipper
    # writes it), where every line is a flat "key: value", read as those lines say; and a fifth: one
    # key YAML cannot read ("topics: [...]" over an indented list of more), the others read one by one
    if data is None:
        data = _flat_key_lines(source) or _keys_one_by_one(source)
    return data


def _keys_one_by_one(source: str) -> dict | None:
    """Front matter read key by key, each with the lines indented under it, where YAML cannot read
    it whole; None unless most keys read (the front matter, not a page's text that opens with a
    rule)."""
    entries = _TOP_LEVEL_KEY.split(source)
    if len(entries) < _MIN_KEYS or not _KEY_LINE.match(entries[0]):
        return None
    data: dict = {}
    failed = 0
    for entry in entries:
        try:
            value = _load_yaml(entry)
        except yaml.YAMLError:
            flat = _FLAT_KEY_LINE.match(entry.strip())
            if flat and flat.group(2)[:1] in "\"'[{" and (value := _as_written(flat.group(2))) is not None:
                # a one-line value as its writer meant it: 'title: "【翻訳】"Factory Girl"が..."', quotes
                # inside left unescaped, its outer quotes still holding the whole; "Title: [Side B]
                # Breaking Free from ...", a plain value that opens as a YAML list does and goes on
                data[flat.group(1)] = value
                continue
            failed += 1
            continue
        if isinstance(value, dict):
            data.update(value)
        else:
            failed += 1
    return data if failed * 2 < len(entries) else None


# a line that opens a key of front matter at the margin: a name and a colon
_KEY_LINE = re.compile(r"[A-Za-z_][\w .-]{0,60}:(?:[ \t]|\n|$)")
_TOP_LEVEL_KEY = re.compile(r"\n(?=" + _KEY_LINE.pattern + ")")
_MIN_KEYS = 2


def _flat_key_lines(source: str) -> dict[str, str] | None:
    """``key: value`` lines, each value on its own line and any quote it opens closed there; None
    when any line is more (a list, a nested key, a quote left open)."""
    data: dict[str, str] = {}
    for line in source.split("\n"):
        if not line.strip():
            continue
        match = _FLAT_KEY_LINE.match(line)
        if match is None:
            return None
        if (value := _as_written(match.group(2))) is None:
            return None
        data.setdefault(front_matter_key(match.group(1)), value)
    return data or None


def _as_written(value: str) -> str | None:
    """A flat value as its writer meant it, its outer quotes taken off; None where it opens a quote
    it does not close."""
    value = value.strip()
    if value[:1] not in "\"'":
        return value
    return value[1:-1] if len(value) >= 2 and value[-1] == value[0] else None


_FLAT_KEY_LINE = re.compile(r"^([A-Za-z_][\w-]*):[ \t]+(\S.*)$")


def _metadata_header(header: str) -> dict[str, str]:
    data: dict[str, str] = {}
    key = None
    for line in header.rstrip("\n").split("\n"):
        if line[:1] in (" ", "\t") and key is not None:
            data[key] = f"{data[key]} {line.strip()}".strip()
        elif match := _METADATA_LINE.match(line):
            key = front_matter_key(match.group(1))
            data.setdefault(key, match.group(2).strip())
    return data


def front_matter_text(data: dict, *keys: str) -> str | None:
    """The first of ``keys`` whose value is a text (or a number), stripped."""
    for key in keys:
        value = data.get(key)
        if isinstance(value, str | int | float) and str(value).strip():
            return str(value).strip()
    return None


def note_link_text(text: str) -> str:
    """``[[Addy Osmani]]`` -> ``Addy Osmani``, ``[[people/ada|Ada Lovelace]]`` -> ``Ada Lovelace``: a
    note-taking app's link to a note (an Obsidian clip's author), read as the name it shows."""
    return _NOTE_LINK.sub(r"\1", text) if "[[" in text else text


_NOTE_LINK = re.compile(r"\[\[(?:[^\]|]*\|)?([^\]|]+)\]\]")


def listed_names(text: str) -> list[str]:
    """The names a front matter's one author text lists ("Elisa Pereira, Alvin Wang Graylin, Erik
    Brynjolfsson", "A. Lee, B. Kim and C. Park"): split at its commas only where every part is a
    name of two to four words, so that "Smith, John", a surname before its given name, stays one."""
    parts = [_LEADING_AND.sub("", part).strip() for part in _NAME_SEPARATORS.split(text)]
    if len(parts) < 2 or not all(1 < len(part.split()) <= _NAME_WORDS and _balanced(part) for part in parts):
        return [text]  # (nor is a note in brackets cut: "Roland Gavrilescu (Introspection; Tech Bridge)")
    return parts


def _balanced(text: str) -> bool:
    return text.count("(") == text.count(")") and text.count("（") == text.count("）")


_NAME_SEPARATORS = re.compile(r"\s*[,;，、]\s*|\s+and\s+")
_LEADING_AND = re.compile(r"^and\s+")
_NAME_WORDS = 4  # a longer part is a phrase ("Staff, with reporting by the Associated Press"), no name


# what a web clipper marks its copy of a page with: Obsidian Web Clipper's ``tags: [clippings]``, a
# ``clipped_at:`` date; a read-later service's export its ``date_saved:`` and its own address
_CLIP_TAGS = frozenset(
    {
        "clippings",
        "clipping",
        "clipped",
        "webclip",
        "webclips",
        "web_clip",
        "web_clipping",
        "webclipping",
        "omnivore",
        "readitlater",  # Obsidian's ReadItLater plugin ("#ReadItLater" under the title)
        "markdownload",
        "archive_web",  # a vault's own tag for saved pages ("archive-web", "web-archive")
        "web_archive",
        "archives_web",
        "クリッピング",  # Obsidian's tag as Japanese, Chinese and Korean users rename it
        "剪藏",
        "剪报",
        "스크랩",
        # a notes app's web clips, filed under its name ("tags: [印象笔记]", Evernote's Chinese name)
        "evernote",
        "印象笔记",
        "印象筆記",
        "有道云笔记",
    }
)
# (Obsidian's Slurp stamps "slurped: 2026-07-03T15:34"; a scraper or a feed reader "scraped_at:",
# "fetch_date:")
CLIP_DATE_KEYS = (
    "clipped_at",
    "clipped",
    "clipped_on",
    "clip_date",
    "date_clipped",
    "date_saved",
    "captured_at",
    "date_captured",
    "slurped",
    "scraped_at",
    "scraped_on",
    "crawled_at",
    "fetched_at",
    "fetch_date",
)
_READ_LATER_KEYS = (
    "omnivore_url",
    "pocket_url",
    "wallabag_url",
    "instapaper_url",
    "readwise_url",
    "origin_url",  # a clipper's name for the page it copied ("origin_url: https://vercel.com/guides/...")
)
_CLIP_KEYS = frozenset((*CLIP_DATE_KEYS, *_READ_LATER_KEYS))
_READ_LATER_SERVICES = frozenset(
    ("instapaper", "pocket", "omnivore", "wallabag", "readwise", "raindrop", "matter")
)


def clipper_mark(text: str) -> bool:
    """A line that is only a clipper's stamp of its own name or tag ("#Omnivore", "[[Omnivore]]",
    "#clippings"): no line of the copied text."""
    if len(text) > _MAX_CLIP_MARK:
        return False
    # ("[[ReadItLater]] [[Article]]": the plugin's stamp and the kind of page it saved)
    first, *rest = text.split() or [""]
    return _is_clip_tag(text) or (len(rest) == 1 and _is_clip_tag(first) and rest[0][:1].isupper())


_MAX_CLIP_MARK = 20  # characters of a stamp line: "[[Omnivore]]", "#web_clipping"


def _is_clip_tag(text: str) -> bool:
    """``clippings``, ``#Omnivore``, ``[[Web Clipping]]``: a clipper's tag, in any spelling."""
    key = text.strip("#[] ").lower()
    return key in _CLIP_TAGS or (key.replace(" ", "_").replace("-", "_") in _CLIP_TAGS)


def clipped_page(page: Page) -> bool:
    """Whether a page is a clipper's copy: its front matter says so, or a line of its head stamps
    the clipper's name ("#Omnivore" under the title)."""
    return clipped_copy(page.front_matter) or any(clipper_mark(b.text) for b in page.blocks[:_STAMP_LINES])


_STAMP_LINES = 3


# a bare address ends at a space, a closing bracket or quote, or CJK punctuation ("（https://...）")
BARE_URL = re.compile(
    r"https?://[^\s<>\"')\]\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65]+"
)


def reposted_from(page: Page) -> str | None:
    """The address of the article a post copies, as its first lines state it ("> 本文转载自 MeshCN
    （Meshtastic 中国社区），原文链接：https://meshcn.net/...", "*Originally published at [The Blog](
    https://...)*"; ``[posts] repost_markers``): the post's article is that page's."""
    return next((url for url, _ in _repost_lines(page)), None)


def translates_another(page: Page) -> bool:
    """Whether a post's first lines say it translates the article it names ("来源：本文翻译自 [Getting
    Started with Hybrid Search](https://...)"; ``[posts] translation_markers``): its text is no
    publisher's own."""
    said = list(_repost_lines(page))
    # ("本文转载自：众成翻译" over "译者：文蔺": a repost whose head names its translator)
    # (or says so without naming it: "_This article is an English translation of the original Japanese
    # article._", a cross-post whose front matter names the original)
    return (
        any(translated for _, translated in said)
        or (
            bool(said)
            and (
                any(_names_translator(b) for b in page.blocks[:_LABELLED_HEAD_LINES])
                # (or signs it at its close: "~translated from Japanese by Illion" under a copy whose
                # head names only "Original post by ch_suginami-san: https://note.com/...")
                or _says_translated(page.blocks[-_CREDIT_LINES:], any_case=True)
            )
        )
        or _says_translated(page.blocks[:_REPOST_HEAD])
        or titled_a_translation(page)
        or machine_translated(page)
    )


def titled_a_translation(page: Page) -> bool:
    """Whether a post's title opens on a bracketed tag that says it is a translation ("「译」在Vue中如何
    使localstorage变为响应式", "[ECMAScript] [번역] What's New in JavaScript for 2019"; ``[posts]
    translation_title_tags``), or closes on one ("OAM和Crossplane: 构建现代应用的下一个阶段(译)"), the
    title its front matter states or, with none, its first heading."""
    title = front_matter_text(page.front_matter, "title")
    if title is None:
        title = next((b.text for b in page.blocks[:_REPOST_HEAD] if b.kind == "heading"), "")
    tags = "".join(
        found.group() for found in (_LEADING_TAGS.match(title), _TRAILING_TAG.search(title)) if found
    )
    return any(fold(tag) in _translation_title_tags() for tag in _BRACKETED.findall(tags))


# a title's leading tags, each in brackets of any kind ("[Flutter][번역] ", "【译】"), and its closing one
_OPENING, _CLOSING = r"\[【「『（(〔", r"\]】」』）)〕"
_LEADING_TAGS = re.compile(rf"\s*(?:[{_OPENING}][^{_CLOSING}\n]{{1,20}}[{_CLOSING}]\s*)+")
_TRAILING_TAG = re.compile(rf"[{_OPENING}][^{_OPENING}{_CLOSING}\n]{{1,20}}[{_CLOSING}]\s*$")
_BRACKETED = re.compile(rf"[{_OPENING}]\s*([^{_CLOSING}]+?)\s*[{_CLOSING}]")


@functools.cache
def _translation_title_tags() -> frozenset[str]:
    return frozenset(fold(tag) for tag in lexicon()["posts"]["translation_title_tags"])


def _says_translated(blocks: Sequence[Block], *, any_case: bool = False) -> bool:
    """Whether a line of ``blocks`` says a translation marker (``[posts] translation_markers``), as
    written or, with ``any_case``, in any case (a sign-off's "~translated from Japanese")."""
    markers = [m.lower() for m in _translation_markers()] if any_case else _translation_markers()
    lines = (b.text.lower() if any_case else b.text for b in blocks)  # (each line lowered once)
    return any(_says_so(line, m) for line in lines for m in markers)


def machine_translated(page: Page) -> bool:
    """Whether a post's first lines say a machine translated it ("This post ... has been machine
    translated into English"; ``[posts] machine_translation_markers``), in a sentence that does not
    deny it, or any line is a machine translator's stamp (see :func:`translation_stamp`)."""
    head = page.blocks[:_REPOST_HEAD]
    return any(map(_says_machine_translated, head)) or translation_stamp(page) is not None


def translation_stamp(page: Page) -> str | None:
    """The service whose stamp one of a page's lines is ("Translated with www.DeepL.com/Translator
    (free version)", ``[posts] machine_translation_stamps``), wherever it stands: a text pasted from
    a machine translator's free version carries one under each part it translated."""
    stamps = machine_translation_stamps()
    longest = _longest_stamp()  # (most lines are longer, and are not folded to be looked up)
    return next(
        (stamps[key] for b in page.blocks if len(b.text) <= longest and (key := fold(b.text)) in stamps), None
    )


@functools.cache
def machine_translation_stamps() -> dict[str, str]:
    """{a machine translator's stamp, folded: the service}."""
    return {fold(stamp): service for stamp, service in lexicon()["posts"]["machine_translation_stamps"]}


@functools.cache
def _longest_stamp() -> int:
    return max(map(len, machine_translation_stamps()))


def _says_machine_translated(block: Block) -> bool:
    text = block.text.casefold()
    return any(_says_so(text, marker) for marker in _machine_translation_markers())


def _says_so(text: str, marker: str) -> bool:
    """Whether ``text`` says ``marker`` in a sentence that does not deny it ("이 글은 원문을 번역한 글은
    아니다", this post is no translation of the original)."""
    if not _says(text, marker):
        return False
    at = text.find(marker)
    start = max((text.rfind(stop, 0, at) for stop in _SENTENCE_STOPS), default=-1) + 1
    ends = [end for stop in _SENTENCE_STOPS if (end := text.find(stop, at)) >= 0]
    return _NEGATION.search(text[start : min(ends, default=len(text))]) is None


_SENTENCE_STOPS = (". ", "。", "! ", "? ", "！", "？", "\n")
# words that deny what their sentence says: Korean, Japanese, Chinese and English
_NEGATION = re.compile(r"아니|않|ではな|じゃな|ではありません|不是|并非|並非|\bnot\b|n't\b", re.IGNORECASE)


def _names_translator(block: Block) -> bool:
    field = labelled_field(block.text) if block.kind in _FIELD_KINDS else None
    return field is not None and is_translator_label(field[0])


def is_translator_label(label: str) -> bool:
    """``译者``, ``译文出处``, ``Translated by``: a label that names who translated a copy."""
    return any(word in fold(label) for word in _translator_labels())


def credits_line(block: Block) -> bool:
    """A line of a copy's head that credits another's work, no line of its text: it says the post
    reposts an article ("本文转载自：众成翻译"), names its translator ("译者：文蔺") or says a machine
    translated it ("... has been machine translated into English. It may contain minor errors.")."""
    return _names_translator(block) or (
        block.kind in _FIELD_KINDS
        and (
            any(_says(block.text, marker) for marker in _repost_markers()) or _says_machine_translated(block)
        )
    )


def _repost_lines(page: Page) -> Iterator[tuple[str, bool]]:
    """(the original's address, whether the line says it is translated) of each first or last line
    that says the post copies it."""
    # (or its last lines, where a repost's credit closes it: "本文转载自微信公众号文章：[大模型推理夯实：
    # 并行策略图解](https://mp.weixin.qq.com/s/...)" under "## 原文链接")
    closing = page.blocks[max(_REPOST_HEAD, len(page.blocks) - _REPOST_CLOSE) :]
    for at, block in enumerate((*page.blocks[:_REPOST_HEAD], *closing)):
        said = [block.text.find(marker) for marker in _repost_markers() if _says(block.text, marker)]
        if not said:
            continue
        # ("本文由 [简悦 SimpRead](...) 转码， 原文地址 [new.qq.com](...)": the clipper's link before what
        # the line says, the original's after it)
        after = [link for link in block.links if block.text.find(link.text, min(said)) >= 0]
        # ("[Renato Burro](https://dev.to/byrro)의 [How I Fixed ...](https://dev.to/...)을 번역한 기사입니다":
        # where the line closes on what it says, the link nearest it, the writer's page before it)
        links = after or list(reversed(block.links))
        links = links or [Link("", url) for url in BARE_URL.findall(block.text)]
        urls = [link.href for link in links if looks_like_url(link.href)]
        # ("... [lwn.net](https://lwn.net/) において ... ([http://lwn.net/Articles/531114/](...)) を翻訳
        # したものです": the site's home page names the site, the later address the article; so does a
        # link that is the site's name, "翻译自 [FastMail](https://www.fastmail.com/?STKI=...) 官方博客",
        # which stands for the site's home)
        sites = {link.href: site_home(link.href) for link in links if names_its_site(link.text, link.href)}
        # (nor is the writer's profile the article: "[Kent C. Dodds](https://twitter.com/kentcdodds)의 ...")
        if original := next(
            (url for url in urls if url not in sites and not home_page_site(url) and not profile_page(url)),
            urls[0] if urls else None,
        ):
            original = sites.get(original, original)
            if at >= _REPOST_HEAD and not _an_articles_address(original):
                continue  # (a closing "Saved from https://www.hanselman.com/blog/ on ..." names a listing)
            yield original, any(_says(block.text, marker) for marker in _translation_markers())
    if (head := labelled_head(page)) is not None:
        yield head[0]["url"], True
    if (credits := closing_credits(page)) is not None:
        yield credits[0]["url"], True


def _an_articles_address(url: str) -> bool:
    """Whether an address can be an article's: no site's home, listing, feed or search, no image."""
    return (
        article_url([url]) == url and not home_page_site(url) and not _IMAGE_PATH.search(urlsplit(url).path)
    )


_IMAGE_PATH = re.compile(r"\.(?:png|jpe?g|gif|webp|svg|bmp|avif)$", re.IGNORECASE)


def labelled_head(page: Page) -> tuple[dict[str, str], int] | None:
    """A translation's head of labelled lines around its title heading, its front matter written out
    ("- 原文地址：[Swift 5 Frozen enums](https://...)", "- 原文作者：...", "- 译者：iWeslie" over "# Swift 5
    中的枚举冻结"; or under it: "原文出处：[Percona](https://...)   译文出处：[开源中国](...)";
    ``[posts] translator_labels``): its fields (title, the original's url and author), and how many
    lines the head takes, the title's among them where the lines stand under it. None unless every
    line over the first heading (or every line from the one under it to the text) is so labelled,
    one links the original and one names the translator."""
    blocks = page.blocks
    if page.front_matter:
        return None
    at = next((k for k, b in enumerate(blocks[: _LABELLED_HEAD_LINES + 1]) if b.kind == "heading"), None)
    if at is None:  # (no heading: the title is the original's, as its link names it)
        lines = list(itertools.takewhile(_a_field_line, blocks[:_LABELLED_HEAD_LINES]))
        fields = {}
    else:
        lines = list(blocks[:at]) or list(
            itertools.takewhile(_a_field_line, blocks[at + 1 : at + 1 + _LABELLED_HEAD_LINES])
        )
        fields = {"title": blocks[at].text}
    if not lines:
        return None
    translated = False
    for block in lines:
        if block.kind in _FIELD_KINDS and _BLANK_FIELD.match(block.text):
            continue  # ("校对者：", the proofreader's field left empty)
        field = labelled_field(block.text) if block.kind in _FIELD_KINDS else None
        if field is None:
            return None
        label, value = field
        group = label_of(label)
        # ("Original Chinese article: https://...": the original's address written out)
        address = (
            block.links[0].href if block.links else (bare.group() if (bare := BARE_URL.search(value)) else "")
        )
        if group in ("source", "original_text") and looks_like_url(address):
            fields.setdefault("url", address)
            if at is None and block.links and _names_its_article(block.links[0].text):
                fields.setdefault("title", block.links[0].text.strip())
        elif group == "author":
            fields.setdefault("author", value)
        elif group == "original_title":  # ("原文标题：Maximizing the value of ...": the original's own)
            fields.setdefault("original_title", value)
        elif group == "published":  # ("Original publication date: September 20, 2026")
            fields.setdefault("date", value)
        elif is_translator_label(label):  # ("English translation: ChatGPT": who or what translated it)
            fields.setdefault("translator", value)
        # (either label of "原文出处：[...](...)   译文出处：[...](...)")
        labels = [label, *_LATER_LABEL.findall(value)]
        translated = translated or any(map(is_translator_label, labels))
    if not (translated and "url" in fields and "title" in fields):
        return None
    if at is None:  # the labelled lines alone
        return fields, len(lines)
    # (the lines over the title heading, or the title and the lines under it)
    return fields, at if at else 1 + len(lines)


def _a_field_line(block: Block) -> bool:
    return block.kind in _FIELD_KINDS and (
        labelled_field(block.text) is not None or _BLANK_FIELD.match(block.text) is not None
    )


def _names_its_article(text: str) -> bool:
    """Whether a link's text is its article's title ("[Java Array Methods – How to Print an Array
    in Java](https://...)"), not its address or its site's name ("[Percona](...)")."""
    text = text.strip()
    return len(text) >= _MIN_LINKED_TITLE and not looks_like_url(text) and " " in text


_MIN_LINKED_TITLE = 12
_BLANK_FIELD = re.compile(r"^[^:：\n]{1,16}[:：]\s*$")


def closing_credits(page: Page) -> tuple[dict[str, str], int] | None:
    """A translation's credits at its close, as translation projects sign theirs ("via: https://
    opensource.com/...", "作者：Ravi Chandran", "译者：LazyWolfLin", "校对：wxy" under its last
    paragraph): the original's address and author, and the block the credits start at (they are
    no part of the text). None unless a line there gives the original's address ("via:" or a
    source's label) and a line after it names the translator."""
    blocks = page.blocks
    for at in range(max(0, len(blocks) - _CREDIT_LINES), len(blocks)):
        field = labelled_field(blocks[at].text) if blocks[at].kind in _FIELD_KINDS else None
        if field is None or (fold(field[0]) != "via" and label_of(field[0]) != "source"):
            continue
        if (url := line_address(blocks[at], field[1])) is None:
            continue
        fields = {"url": url}
        translated = False
        for block in blocks[at + 1 :]:
            if (later := labelled_field(block.text) if block.kind in _FIELD_KINDS else None) is None:
                continue
            if label_of(later[0]) == "author":
                fields.setdefault("author", later[1])
            translated = translated or _names_translator(block)
        return (fields, at) if translated else None
    return None


_CREDIT_LINES = 8  # lines at a translation's close that may hold its credits


_FIELD_KINDS = ("paragraph", "list_item")


def line_address(block: Block, said: str | None = None) -> str | None:
    """The first page address a line links, or else states bare (in ``said``, the part of its text
    that may hold one; all of it by default)."""
    urls = [link.href for link in block.links] or BARE_URL.findall(block.text if said is None else said)
    return next((url for url in urls if looks_like_url(url)), None)


def labelled_field(text: str) -> tuple[str, str] | None:
    """``原始链接: https://...`` -> (``原始链接``, ``https://...``): a short label (or a longer known
    one), either colon, then a value; None for a line that is no field."""
    pair = _HEAD_FIELD.match(text)
    if pair is None:
        return None
    label = pair.group("label").strip()
    # a label longer than a short one is one only where it is a known one: "Original publication
    # date", "English translation" (where "Why it matters for you: ..." opens a sentence)
    if len(pair.group("label")) > _SHORT_LABEL and label_of(label) is None and not is_translator_label(label):
        return None
    return label, pair.group("value").strip()


_LABELLED_HEAD_LINES = 8
_HEAD_FIELD = re.compile(r"^(?P<label>[^:：\n]{1,32})[:：]\s*(?P<value>\S.*)$")
_SHORT_LABEL = 16  # characters of any label ("原始链接", "Published"); a longer one must be known
_LATER_LABEL = re.compile(r"\s([^\s:：]{1,16})[:：]")  # a second field's label on the line


@functools.cache
def _translator_labels() -> tuple[str, ...]:
    return tuple(fold(label) for label in lexicon()["posts"]["translator_labels"])


def _says(text: str, marker: str) -> bool:
    """Whether ``text`` holds ``marker`` as words of its own: "翻译自" (translated from), not the
    "翻译自动化" (translation automation) it opens."""
    at = text.find(marker)
    while at >= 0:
        after = text[at + len(marker) : at + len(marker) + 1]
        if not (marker.endswith("自") and after in _SELF_WORD_ENDINGS):
            return True
        at = text.find(marker, at + 1)
    return False


# what follows 自 where it is a word of its own, not "from": 自动 (automatic), 自然, 自己, 自由, ...
_SELF_WORD_ENDINGS = frozenset("动動然己由主身行助我信")


_REPOST_HEAD = 3  # lines at the top of a post that may say whose article it copies
_REPOST_CLOSE = 3  # ... and at its close


@functools.cache
def _repost_markers() -> tuple[str, ...]:
    return tuple(lexicon()["posts"]["repost_markers"])


@functools.cache
def _translation_markers() -> tuple[str, ...]:
    return tuple(lexicon()["posts"]["translation_markers"])


@functools.cache
def _machine_translation_markers() -> tuple[str, ...]:
    return tuple(marker.casefold() for marker in lexicon()["posts"]["machine_translation_markers"])


def clipped_copy(data: dict) -> bool:
    """Whether front matter marks its page a web clipper's copy of another page: the text under it
    is that page's own, not a summary of it."""
    if not _CLIP_KEYS.isdisjoint(data):
        return True
    # a web archive's copy ("url: https://web.archive.org/web/2021.../https://..."), and MarkDownload's
    # clip, which stamps when it was made in its own way beside the page it copied
    addresses = [data.get(key) for key in ("url", "source", "source_url", "link")]
    if any(isinstance(url, str) and archived_original(url) for url in addresses):
        return True
    # a feed reader's export of one of a feed's items ("feed: https://.../rss" beside its address, or
    # the feed's name beside "link: https://...", as Obsidian's RSS reader saves an item)
    feed = data.get("feed")
    stated = [url for url in addresses if isinstance(url, str)]
    if (
        isinstance(feed, str)
        and feed.strip()
        and stated
        and (looks_like_url(feed) or any(map(looks_like_url, stated)))
    ):
        return True
    created, source = data.get("created"), data.get("source")
    if isinstance(created, str) and _MARKDOWNLOAD_STAMP.search(created) and isinstance(source, str):
        return True
    # a read-later service's export names the service as the page's source, and its folder
    # ("source: Instapaper: Unread")
    if isinstance(source, str) and source.split(":", 1)[0].strip().lower() in _READ_LATER_SERVICES:
        return True
    # Obsidian Web Clipper's own template states these keys, "published" empty where the page gave
    # no date, whatever tags a vault renames "clippings" to
    if data.keys() >= _OBSIDIAN_KEYS and isinstance(source, str) and looks_like_url(source):
        return True
    tags = data.get("tags")
    listed = tags if isinstance(tags, list) else [tags] if isinstance(tags, str) else []
    # (Logseq's "type:: archives-web" names what the page is, as a tag would)
    return any(isinstance(tag, str) and _is_clip_tag(tag) for tag in [*listed, data.get("type")])


_OBSIDIAN_KEYS = frozenset({"source", "author", "published", "created", "description"})
# MarkDownload's "created: 2023-07-11T18:07:04 (UTC +08:00)", the time it saved the page
_MARKDOWNLOAD_STAMP = re.compile(r"\(UTC ?[+-]\d\d:?\d\d\)\s*$")


# a digest that keeps its stories in its front matter ("stories: [{title, url, summary}, ...]")
_FRONT_MATTER_STORY_KEYS = ("stories", "items", "articles", "news", "entries", "posts", "links")
_STORY_TITLE_KEYS = ("title", "headline", "name")
_STORY_URL_KEYS = ("url", "link", "href", "source_url", "original_url")
_STORY_TEXT_KEYS = ("summary", "description", "excerpt", "abstract")


def _front_matter_stories(front_matter: dict) -> list[Block]:
    """The stories front matter lists, as the blocks a page would show them in: a heading that
    links each, over its summary (the body of such a page may be no more than a comment). The
    list may stand at the top or inside a theme's sections (Hugo Wowchemy's ``sections: [{content:
    {items: [{name, description}]}}]``), and an entry's address may be a Markdown link in its
    description (``[뉴스 전문 보기](https://...)``)."""
    for value in _story_lists(front_matter, _STORY_LIST_DEPTH):
        found: list[Block] = []
        for entry in value:
            if not isinstance(entry, dict):
                continue
            title = front_matter_text(entry, *_STORY_TITLE_KEYS)
            url = front_matter_text(entry, *_STORY_URL_KEYS) or _first_listed_address(entry)
            text, links = _inline_markdown(normalize_space(front_matter_text(entry, *_STORY_TEXT_KEYS) or ""))
            if url is None and links:
                url = links[0].href
                if text == links[0].text:  # a description that is only the link ("read the full story")
                    text = ""
            if title and url and looks_like_url(url):
                title = normalize_space(title)
                found.append(Block("heading", title, level=2, links=(Link(title, url),)))
                if text:
                    found.append(Block("paragraph", text))
        if found:
            return found
    return []


_STORY_LIST_DEPTH = 4  # levels of a theme's front matter searched for a list of stories
# an entry's addresses, by site or in a list ("sourceUrls: {steam: https://..., igdb: https://...}")
_STORY_URL_LIST_KEYS = ("source_urls", "urls", "sources", "links")


def _first_listed_address(entry: dict) -> str | None:
    """The first address an entry of front matter lists under a key of several
    (``_STORY_URL_LIST_KEYS``, spelled any way: ``sourceUrls``), as a table by site or a list."""
    listed = {front_matter_key(key): value for key, value in entry.items()}
    for key in _STORY_URL_LIST_KEYS:
        value = listed.get(key)
        values = value.values() if isinstance(value, dict) else value if isinstance(value, list) else ()
        stated = (v.strip() for v in values if isinstance(v, str))
        if url := next((v for v in stated if looks_like_url(v)), None):
            return url
    return None


def _story_lists(data: object, depth: int) -> Iterator[list]:
    """The lists under a story key ("items", "stories"...), the shallowest first."""
    level: list[object] = [data]
    for _ in range(depth):
        deeper: list[object] = []
        for node in level:
            if isinstance(node, dict):
                for key in _FRONT_MATTER_STORY_KEYS:
                    if isinstance(value := node.get(key), list):
                        yield value
                deeper += [v for v in node.values() if isinstance(v, dict | list)]
            elif isinstance(node, list):
                deeper += [v for v in node if isinstance(v, dict | list)]
        level = deeper


_CAMEL_HUMP = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")


def front_matter_key(key: object) -> str:
    """One spelling for a front-matter key: ``sourceUrl``, ``source-url`` and ``Source URL`` are
    ``source_url``, ``publishedAt`` is ``published_at``; readers look keys up in that form."""
    return re.sub(r"[\s\-]+", "_", _CAMEL_HUMP.sub("_", str(key).strip())).lower()


def _front_matter_keys(data: dict) -> dict:
    """Keys in one spelling (the first of two that meet wins), and Hugo's ``params:`` table and
    Zola's ``extra:`` (a theme's own fields: ``params: {summary: ...}``, ``extra: {source: ...}``)
    read as if at the top level."""
    out: dict = {}
    own = [
        item
        for table in ("params", "extra")
        if isinstance(fields := data.get(table), dict)
        for item in fields.items()
    ]
    for key, value in [*data.items(), *own]:
        out.setdefault(front_matter_key(key), _unicode_escapes_undone(value))
    for key, english in _LOCAL_KEYS.items():  # ("titel:", "datum:" of a German site's posts)
        if key in out:
            out.setdefault(english, out[key])
    return out


def _unicode_escapes_undone(value: object) -> object:
    """A value a scraper wrote as JSON's escapes, unquoted (``title: \\uad6c\\uc131\\uc774 ...``), as
    the text they stand for; any other value as it is."""
    if not isinstance(value, str) or "\\u" not in value or not _ESCAPED_TEXT.fullmatch(value):
        return value
    try:
        return json.loads('"' + value.replace('"', '\\"') + '"')
    except json.JSONDecodeError:
        return value


# a text of JSON's "\\uXXXX" escapes and the spaces and marks between them, no other backslash
_ESCAPED_TEXT = re.compile(r"(?:\\u[0-9a-fA-F]{4}|[^\\])*")


# keys a site names in its own language, and the English keys readers look up
_LOCAL_KEYS = {
    "titel": "title",
    "titre": "title",
    "título": "title",
    "titolo": "title",
    "datum": "date",
    "fecha": "date",
    "autor": "author",
    "auteur": "author",
    "zusammenfassung": "summary",
    "resumen": "summary",
    "kategorie": "category",
    "catégorie": "category",
    "categoría": "category",
    "schlagworte": "tags",
    "schlagwörter": "tags",
    "etiquetas": "tags",
    "quelle": "source",
    "fuente": "source",
    "fonte": "source",
    "źródło": "source",
    "bron": "source",
    "kaynak": "source",
}


# libyaml (CSafeLoader) reads front matter several times faster than PyYAML's pure-Python parser.
# Both feed the same constructor and resolver, and on the simplest shape of front matter they read
# the same data: one ``key: value`` a line, the value plain ASCII, a double-quoted string without
# escapes, control characters or surrogates, or a flow list of such strings. Anything else (and
# anything libyaml refuses) goes to the pure-Python parser, so results never depend on libyaml.
_YAML_STRING = r'"[^"\\\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff\ufeff\ufffe\uffff]*"'
_SIMPLE_YAML_LINE = re.compile(
    rf"[A-Za-z_][A-Za-z0-9_]*:(?: (?:{_YAML_STRING}|[A-Za-z0-9](?:[A-Za-z0-9 ._+/-]*[A-Za-z0-9._+/-])?"
    rf"|\[(?:{_YAML_STRING}(?:, {_YAML_STRING})*)?\]))?"
)
_CSafeLoader = getattr(yaml, "CSafeLoader", None)


# a backslash inside a double-quoted YAML value before a character that is no escape YAML knows
_UNKNOWN_ESCAPE = re.compile(
    r'(?<=[^\\])\\(?=[^0abtnvfre "/\\N_LPxuU\t\n])(?=[^"\n]*"[^"\n]*$)',  # (its value closes on its line)
    re.MULTILINE,
)


# quotes written as HTML entities, as a template escaped them (``title: &apos;V8 v6.7&apos;``)
_ENTITY_QUOTES = {"&apos;": "'", "&#39;": "'", "&quot;": '"', "&#34;": '"'}
_ENTITY_QUOTE = re.compile("|".join(_ENTITY_QUOTES))
# an HTML-comment-like marker alone on a line (``<!-- toc -->``, ``<-- -->``): no YAML, and no data
_COMMENT_MARKER_LINE = re.compile(r"^[ \t]*<!?--[^\n]*-->[ \t]*(?:\n|\Z)", re.MULTILINE)


def _load_yaml(source: str) -> object:
    try:
        if _CSafeLoader is not None and all(_SIMPLE_YAML_LINE.fullmatch(line) for line in source.split("\n")):
            try:
                return yaml.load(source, Loader=_CSafeLoader)  # CSafeLoader: safe, like safe_load
            except yaml.YAMLError:
                pass
        return yaml.safe_load(source)
    except (ValueError, OverflowError) as error:
        # a value YAML takes for a timestamp that is no time ("date: 2021-04-21 13:04:76"): the
        # front matter is read as any other YAML it cannot read
        raise yaml.YAMLError(str(error)) from error


def _table_row(line: str) -> Block:
    # one pipe opens and one closes the row: "||[Title](...)|" is an empty cell, then the title's
    row = line.strip().removeprefix("|")
    row = row[:-1] if row.endswith("|") and not row.endswith("\\|") else row
    cells, links = [], []
    for raw in re.split(r"(?<!\\)\|", row):
        text, cell_links = _inline_markdown(raw)
        cells.append(text)
        links.extend(cell_links)
    return Block("table_row", " | ".join(cells).removeprefix(" | "), links=tuple(links), cells=tuple(cells))


_EMPHASIS = re.compile(
    r"(?<!\\)(\*\*)(?=\S)(.+?)(?<=[^\s\\])\1"
    # "__strong__", never opened or closed inside a word: "[https://mp.weixin.qq.com/s?__biz=...](https://
    # mp.weixin.qq.com/s?__biz=...)" holds two "__" that strengthen nothing
    r"|(?<![\w\\])__(?=\S)(.+?)(?<=[^\s\\])__(?!\w)"
    r"|(?<![\w*\\])\*(?=[^\s*])([^*\n]+?)(?<=[^\s*\\])\*(?![\w*])"
    # "_emphasis_", never inside a word ("web_fetch", "snake_case_name")
    r"|(?<![\w\\])_(?=[^\s_])([^_\n]+?)(?<=[^\s_\\])_(?!\w)"
)
_CODE_SPAN = re.compile(r"(?<!\\)(`+)(.+?)\1")


def _strip_emphasis(text: str) -> str:
    """``**bold**``, ``*em*``, ``_em_`` and ``` `code` ``` lose their markers, keep their words."""
    if "`" in text:
        text = _CODE_SPAN.sub(lambda m: m.group(2).strip(), text)
    if "*" in text or "_" in text:
        text = _EMPHASIS.sub(lambda m: next(g for g in m.groups()[1:] if g is not None), text)
    return text


# Markdown allows inline HTML: an <a href> in a capture is a link like [text](href)
_HTML_ANCHOR = re.compile(
    r"<a\s[^>]*?\bhref\s*=\s*(?P<quote>[\"'])(?P<href>.*?)(?P=quote)[^>]*>(?P<text>.*?)</a\s*>",
    re.IGNORECASE | re.DOTALL,
)
_HTML_TAG = re.compile(r"<[^>]*>")


def _anchor_as_markdown(match: re.Match[str]) -> str:
    label = html.unescape(_HTML_TAG.sub("", match.group("text"))).replace("[", "(").replace("]", ")")
    href = html.unescape(match.group("href")).strip().replace(" ", "%20").replace(")", "%29")
    return f"[{label}]({href})" if href else label


# CommonMark's raw inline HTML: an open or closing tag, which a browser shows none of (an autolink
# "<https://...>" has a colon, never in a tag name, and stays)
_INLINE_TAG = re.compile(
    r"</?(?P<name>[A-Za-z][A-Za-z0-9-]*)"
    r"(?:\s+[A-Za-z_:][\w.:-]*(?:\s*=\s*(?:[^\s\"'=<>`]+|'[^']*'|\"[^\"]*\"))?)*\s*/?>"
)
_WIKI_EMBED = re.compile(r"!\[\[[^\[\]\n]+\]\]")
_WIKI_LINK = re.compile(r"\[\[(?P<page>[^\[\]|\n]+?)(?:\|(?P<shown>[^\[\]\n]+?))?\]\]")
_AUTOLINK = re.compile(r"<(https?://[^\s<>()\[\]]+)>", re.IGNORECASE)
_BREAKING_TAGS = frozenset("br p div li tr td th hr h1 h2 h3 h4 h5 h6".split())


def _tag_gap(match: re.Match[str]) -> str:
    return " " if match.group("name").lower() in _BREAKING_TAGS else ""


def _without_tags(text: str) -> str:
    """Inline HTML tags out of Markdown text, code spans (`` `<div>` ``) left as written."""
    if "`" not in text:
        return _INLINE_TAG.sub(_tag_gap, text)
    pieces, pos = [], 0
    for span in _CODE_SPAN.finditer(text):
        pieces += [_INLINE_TAG.sub(_tag_gap, text[pos : span.start()]), span.group(0)]
        pos = span.end()
    pieces.append(_INLINE_TAG.sub(_tag_gap, text[pos:]))
    return "".join(pieces)


# "[1]: https://... "Title"": a link reference definition, which shows nothing of its own
_LINK_DEFINITION = re.compile(
    r"^ {0,3}\[(?P<label>[^\]]{1,200})\]:[ \t]*<?(?P<href>[^\s<>]+)>?"
    r"(?:[ \t]+(?:\"[^\"]*\"|'[^']*'|\([^)]*\)))?[ \t]*$"
)
# "[^1]: https://..." or "[^note]: Reuters, 3 March": a footnote, and "[^1]" where it is cited
_FOOTNOTE_DEFINITION = re.compile(r"^ {0,3}\[\^(?P<label>[^\]\s]{1,50})\]:[ \t]*(?P<said>\S.*)$")
_FOOTNOTE_CITATION = re.compile(r"\[\^(?P<label>[^\]\s]{1,50})\](?!:)")
_FOOTNOTE_ADDRESS = re.compile(r"<?(?P<href>https?://[^\s<>()\[\]]+)>?|\[[^\]]*\]\((?P<linked>[^()\s]+)\)")
# "[text][label]", "[text][]" and "[label]" alone (not an inline link's, nor a definition's); a full
# reference may close on a colon ("1. [Dogs Are People, Too][no1]: Functional MRI for dogs!")
_REFERENCE = re.compile(r"(?<![\\\]])\[(?P<text>[^\[\]]+)\](?:\[(?P<label>[^\[\]]*)\](?![(\[])|(?![(\[:]))")


_DANGLING_CLOSERS = ("**", "_")
_BREAK_LINES = 2  # blank lines a converter may set between an emphasis and its closing delimiter


def _with_emphasis_closed_before_breaks(lines: list[str]) -> list[str]:
    """The lines with each emphasis closed where it ends: an HTML-to-Markdown converter that meets
    a ``<br>`` inside ``<strong>`` writes the closing delimiter after the break ("**Title:  " over
    "**_…subtitle…"), where it can only open, so no bold would show and its line would run into the
    next. A line with one delimiter left open, over one that opens on a lone closing delimiter (one
    left over from the line above; an opening ``_`` is never followed by a space or a ``*``), takes
    the delimiter back. Code blocks are left as they are."""
    read = list(lines)
    code = _code_lines(lines)
    for index, line in enumerate(read):
        if code[index] or not line.endswith("  ") or _RULE.match(line):
            continue
        after = next(
            (i for i in range(index + 1, min(index + 2 + _BREAK_LINES, len(read))) if read[i].strip()),
            None,
        )
        if after is None or code[after]:
            continue
        following = read[after].lstrip()
        said = line.strip()
        for closer in _DANGLING_CLOSERS:
            if not following.startswith(closer):
                continue
            if closer == "**":
                dangling = said.count("**") % 2 == 1 and following.count("**") % 2 == 1
            else:
                dangling = (
                    said.startswith("_")
                    and said.count("_") == 1
                    and len(said) > 1
                    and not said[1].isspace()
                    and (len(following) == 1 or following[1] in " *")
                )
            if dangling:
                read[index] = f"{said}{closer}"
                read[after] = following[len(closer) :]
                break
    return read


def _with_template_tags_read(lines: list[str]) -> list[str]:
    """The lines with each template tag a static site's generator runs standing alone on its lines
    (Liquid's ``{% include news-card.html title="..." url="..." %}``, Hugo's ``{{< card ... >}}``)
    read as what it shows: a card that names a title and an address shows the title linked, over
    its summary; any other tag (``{% include toc.html %}``, ``{{< youtube id >}}``) shows no words.
    Code blocks are left as they are."""
    read: list[str] = []
    tag: list[str] = []  # the lines of a tag not yet closed
    for line, code in zip(lines, _code_lines(lines), strict=True):
        if tag:
            tag.append(line)
        elif not code and _TEMPLATE_TAG_OPENING.match(line):
            tag = [line]
        else:
            read.append(line)
            continue
        said = "\n".join(tag)
        if _TEMPLATE_TAG.match(said):
            read += ["", *_what_a_card_shows(said), ""]
            tag = []
        elif len(tag) > _MAX_TAG_LINES:  # never closed: it was no tag
            read += tag
            tag = []
    return read + tag


def _what_a_card_shows(tag: str) -> list[str]:
    """The Markdown lines a template tag's card shows: its title linked, over its summary; none
    where the tag names no title and address."""
    named = {
        m.group("name").lower(): m.group("double") or m.group("single") or ""
        for m in _TAG_ARGUMENT.finditer(tag)
    }
    title = normalize_space(next((named[k] for k in ("title", "headline", "name") if named.get(k)), ""))
    address = next(
        (named[k] for k in ("url", "link", "href", "source_url") if looks_like_url(named.get(k, ""))), ""
    )
    if not title or not address:
        return []
    summary = normalize_space(
        next((named[k] for k in ("summary", "description", "excerpt") if named.get(k)), "")
    )
    shown = title.replace("[", "\\[").replace("]", "\\]")
    return [f"**[{shown}]({address})**", *(["", summary] if summary else [])]


_TEMPLATE_TAG_OPENING = re.compile(r"^[ \t]{0,3}(?:\{%-?|\{\{[<%])")
_TEMPLATE_TAG = re.compile(r"^[ \t]{0,3}(?:\{%-?.*-?%\}|\{\{<.*>\}\}|\{\{%.*%\}\})[ \t]*$", re.DOTALL)
_TAG_ARGUMENT = re.compile(r"""(?P<name>[A-Za-z_][\w-]*)\s*=\s*(?:"(?P<double>[^"]*)"|'(?P<single>[^']*)')""")
_MAX_TAG_LINES = 40


def _with_references_resolved(lines: list[str]) -> list[str]:
    """The lines less their link reference definitions, each reference link to a defined label
    written as the inline link it stands for ("（[路透社][1]）" with "[1]: https://..." is
    "（[路透社](https://...)）"), as CommonMark reads them. Code blocks are left as they are.

    Footnotes (GitHub's "[^1]" with "[^1]: https://..." below) show no words where they are
    cited: a citation is a link with no text of its own to its footnote's first address, a
    footnote that is only an address shows nothing, and one that says more is an item of the
    page's notes."""
    defined: dict[str, str] = {}
    footnotes: dict[str, str] = {}  # label -> the footnote's first address, or ""
    kept: list[tuple[str, bool]] = []  # (line, whether it is code)
    for line, code in zip(lines, _code_lines(lines), strict=True):
        if not code and (footnote := _FOOTNOTE_DEFINITION.match(line)):
            said = footnote.group("said").strip()
            address = _FOOTNOTE_ADDRESS.search(said)
            footnotes.setdefault(
                footnote.group("label"), (address.group("href") or address.group("linked")) if address else ""
            )
            if not (address and address.group(0) == said):
                kept.append((f"- {said}", False))
        elif not code and (definition := _LINK_DEFINITION.match(line)):
            defined.setdefault(_reference_key(definition.group("label")), definition.group("href"))
        else:
            kept.append((line, code))
    if not defined and not footnotes:
        return lines

    def inline(match: re.Match[str]) -> str:
        label = match.group("label") or match.group("text")  # "[text][]" and "[label]" name themselves
        href = defined.get(_reference_key(label))
        if href:
            return f"[{match.group('text')}]({href})"
        # "[Bitcoin Core #16902][]" defined in a file the site includes: its words, as a link's
        return match.group("text") if match.group("label") is not None else match.group(0)

    def cite(match: re.Match[str]) -> str:
        if (href := footnotes.get(match.group("label"))) is None:
            return match.group(0)
        return f"[]({href})" if href else ""

    out = []
    for line, code in kept:
        if not code and "[" in line:
            if footnotes and "[^" in line:
                line = _FOOTNOTE_CITATION.sub(cite, line)
            if defined:
                line = _REFERENCE.sub(inline, line)
        out.append(line)
    return out


def _code_lines(lines: list[str]) -> list[bool]:
    """Per line, whether it belongs to a fenced code block, its fences included."""
    out = []
    fence: str | None = None
    for line in lines:
        opening = _FENCE.match(line)
        if opening and (fence is None or line.strip().startswith(fence)):
            out.append(True)
            fence = opening.group(1)[0] * 3 if fence is None else None
        else:
            out.append(fence is not None)
    return out


def _reference_key(label: str) -> str:
    """Reference labels match case-insensitively, their inner spaces collapsed."""
    return " ".join(label.split()).casefold()


_ATTRIBUTE_LIST = re.compile(r"\{:[^{}\n]*\}")
# Pandoc's attributes of a link, an image or a span ("[Skip](#content){.skip-link}", "![](a.png){#logo}"),
# and Python-Markdown's attr_list after emphasis ("**HEAVYGRAM**{.cve-chip}", a tag chip)
_PANDOC_ATTRIBUTES = re.compile(r"(?<=[)\]*_`])\{[#.][^{}\n]*\}")
# an inline comment, with the bold around it that holds nothing else ("**<!--anchor-->**")
_INLINE_COMMENT = re.compile(r"\*\*<!--.*?-->\*\*|__<!--.*?-->__|<!--.*?-->", re.DOTALL)


_PLAIN_TEXT_LINK = re.compile(r"^(?P<text>[^\n]*?\S)\s\[ (?P<href>https?://[^\s\]]+) \]$")


def _inline_markdown(text: str) -> tuple[str, tuple[Link, ...]]:
    if "<" in text:
        if "<!--" in text:  # "**<!--anchor-->**": a comment shows nothing, wherever it stands
            text = _INLINE_COMMENT.sub("", text)
        if "<a" in text or "<A" in text:
            text = _HTML_ANCHOR.sub(_anchor_as_markdown, text)
        if "<http" in text:  # an autolink, "<https://...>", is a link whose text is its address
            text = _AUTOLINK.sub(r"[\1](\1)", text)
        text = _without_tags(text)
    if "{" in text:  # kramdown's attribute lists ("[Title](...){:target="_blank"}") show nothing
        text = _PANDOC_ATTRIBUTES.sub("", _ATTRIBUTE_LIST.sub("", text))
    if text.endswith(" ]") and (plain := _PLAIN_TEXT_LINK.match(text)):
        # a plain-text e-mail's link: the line's words, then the address in spaced brackets
        # ("Backups aren't simple [ https://substack.com/redirect/... ]")
        words = normalize_space(unescape(_strip_emphasis(plain.group("text"))))
        return words, (Link(words, unwrap_redirect(plain.group("href"))),)
    if "[[" in text:  # a wiki link, "[[Page]]" or "[[Page|what it shows]]", shows its words
        # (an embed, "![[RSS/assets/image.svg|200x200]]", shows the file it embeds, no words)
        text = _WIKI_LINK.sub(lambda m: m.group("shown") or m.group("page"), _WIKI_EMBED.sub("", text))
    text = _strip_emphasis(text)
    if "\\" not in text and "](" not in text:
        return normalize_space(_entities(text)), ()
    text = _MD_IMAGE.sub("", text)
    links: list[Link] = []
    pieces: list[str] = []  # each stretch is unescaped exactly once, link labels included
    pos = 0
    for match in _MD_LINK.finditer(text):
        label = unescape(match.group("text"))
        links.append(Link(normalize_space(label), unwrap_redirect(_entities(match.group("href")))))
        pieces += [unescape(text[pos : match.start()]), label]
        pos = match.end()
    pieces.append(unescape(text[pos:]))
    return normalize_space("".join(pieces)), tuple(links)


def unescape(text: str) -> str:
    """Backslash escapes, then character references: ``\\*`` is ``*``, ``&#8217;`` is ``’``."""
    return _entities(_MD_ESCAPE.sub(r"\1", text))


def _entities(text: str) -> str:
    """Markdown decodes HTML character references in text (``&amp;``, ``&quot;``, ``&#8217;``)
    as a browser would; feeds turned into Markdown are full of them."""
    return html.unescape(text) if "&" in text else text


def looks_flattened_markdown(line: str) -> bool:
    """A long single line carrying Markdown block markers and Markdown escapes."""
    if len(line) < 200 or len(_ESCAPED_PUNCT.findall(line)) < 2:
        return False
    return line.lstrip().startswith("# ") or len(_ITEM_MARK.findall(line)) >= 2


_ITEM_MARK = re.compile(r"(?<=\S) - (?=\S)")
_SENTENCE_END = re.compile(r"(?:\\[.!?]|[。！？])(?=\s|$)")
_LEAD_LABEL = re.compile(r"\s(?=(?:Source|URL|Link|Original|原文|出典|来源|ソース)\s*[:：])", re.IGNORECASE)
_LABEL_WITH_VALUE = re.compile(
    r"^(?P<label>\S+\s*[:：]\s*(?:\[[^\]]*\]\([^)]*\)|\S+))\s+(?P<rest>.+)$", re.DOTALL
)


def unflatten_markdown(line: str) -> list[str]:
    """Markdown lines from a Markdown document whose line breaks were collapsed to spaces.

    Writers escape literal ``-``, ``.`` and friends, so an unescaped `` - `` is a list marker. The
    one thing the flattening destroys is where a list's last item ends and the next paragraph
    starts; that item keeps as many sentences as its siblings typically have.
    """
    segments = _ITEM_MARK.split(line.strip())
    out: list[str] = []
    head = segments[0]
    if head.startswith("# "):
        parts = _LEAD_LABEL.split(head, maxsplit=1)
        out.append(parts[0])
        head = parts[1] if len(parts) > 1 else ""
        labelled = _LABEL_WITH_VALUE.match(head)
        if labelled:
            out.append(labelled.group("label"))
            head = labelled.group("rest")
    if head:
        out.append(head)
    items = segments[1:]
    run: list[str] = []
    for item in [*items, None]:
        if item is not None and not _is_link_only(item):
            run.append(item)
            continue
        out.extend(_close_item_run(run))
        run = []
        if item is not None:
            out.append("- " + item)
    return out


def _is_link_only(item: str) -> bool:
    return _MD_LINK.sub("", item).strip() == "" and "](" in item


def _close_item_run(run: list[str]) -> list[str]:
    if not run:
        return []
    lines = ["- " + item for item in run[:-1]]
    last = run[-1]
    ends = [m.end() for m in _SENTENCE_END.finditer(last)]
    if len(run) > 1 and len(ends) > 1:
        counts = sorted(max(1, len(_SENTENCE_END.findall(item))) for item in run[:-1])
        typical = max(set(counts), key=lambda c: (counts.count(c), -c))
        if len(ends) > typical:
            cut = ends[typical - 1]
            lines.append("- " + last[:cut].strip())
            lines.append(last[cut:].strip())
            return lines
    lines.append("- " + last)
    return lines


# --------------------------------------------------------------------------- HTML

# (a ruby's reading, <rt> and its fallback brackets <rp>, is a reading aid over the text, not text:
# "<ruby>米<rt>こめ</rt></ruby>" reads 米)
_SKIP_TAGS = frozenset(
    {
        "script",
        "style",
        "noscript",
        "template",
        "head",
        "svg",
        "math",
        "iframe",
        "object",
        "button",
        "select",
        "rt",
        "rp",
    }
)
_BLOCK_TAGS = frozenset(
    {
        "p",
        "div",
        "section",
        "article",
        "main",
        "header",
        "footer",
        "aside",
        "nav",
        "blockquote",
        "pre",
        "li",
        "dt",
        "dd",
        "dl",
        "figure",
        "figcaption",
        "table",
        "tr",
        "td",
        "th",
        "caption",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "ul",
        "ol",
        "form",
        "fieldset",
        "address",
        "details",
        "summary",
        "body",
        "html",
        "center",
        "hr",
    }
)
_HEADINGS = {f"h{i}": i for i in range(1, 7)}
_PARAGRAPH_TAGS = frozenset({"p", "td", "th", "dd", "dt", "figcaption", "blockquote"})


def _element_roles() -> dict[str, str]:
    """What an element does to the block stream, by tag; a tag not here is inline text."""
    roles = dict.fromkeys(_BLOCK_TAGS, "block")  # a block boundary before and after
    roles.update(dict.fromkeys(_HEADINGS, "heading"))  # ... whose text is a heading
    roles.update(dict.fromkeys(_PARAGRAPH_TAGS, "paragraph"))  # ... a paragraph
    roles.update(li="item", ul="list", ol="list")  # ... a list item, a list level
    roles.update(br="break", pre="code", tr="row")
    roles.update(dict.fromkeys(_SKIP_TAGS, "skip"))
    return roles


_ROLES = _element_roles()


@dataclass
class _Builder:
    blocks: list[Block] = field(default_factory=list)
    # text since the last block boundary; empty, or its first piece is not all whitespace
    buf: list[str] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)  # links since the last block boundary
    contexts: list[tuple[str, int]] = field(default_factory=list)  # (kind marker, value)
    list_depth: int = 0
    # per open <li>, how many blocks stood before it: its first block is the item, any later one
    # (a <p> or <div> after it: "<li><a>Title</a><div>Source · date</div></li>") continues it as a
    # paragraph, as an item's indented paragraph does in Markdown
    item_starts: list[int] = field(default_factory=list)

    def flush(self) -> None:
        """A block boundary: the text and links since the last one become a block."""
        if self.links:
            links = tuple(self.links)
            self.links = []
        elif self.buf:
            links = ()
        else:
            return  # nothing since the last boundary (the common case between block tags)
        raw = "".join(self.buf)
        text = normalize_space(raw)
        self.buf.clear()
        if text or links:
            self.add(text, links, one_line="\n" not in raw.strip())

    def append(self, text: str | None) -> None:
        """Text of the block being built. Whitespace opening a block is dropped at once: the block's
        text is whitespace-folded, so it would be dropped there anyway."""
        if text and (self.buf or not text.isspace()):
            self.buf.append(text)

    def add(self, text: str, links: tuple[Link, ...], *, one_line: bool = True) -> None:
        """A block of the innermost context's kind (``one_line``: its source text held no line break)."""
        kind, value = self.contexts[-1] if self.contexts else ("p", 0)
        if kind == "h":
            self.blocks.append(Block("heading", text, level=value, links=links))
        elif kind == "li" and len(self.blocks) == self.item_starts[-1]:
            self.blocks.append(Block("list_item", text, depth=min(value, MAX_DEPTH), links=links))
        elif one_line and text.startswith("#") and (heading := _MD_HEADING_TEXT.match(text)):
            # "<p># The Rundown: Title</p>": a writer's Markdown heading that reached the page unrendered
            # (alone on its line: "# Title" over more lines in one <p> is text the page shows as is)
            self.blocks.append(Block("heading", heading.group(2), level=len(heading.group(1)), links=links))
        else:
            self.blocks.append(Block("paragraph", text, links=links))


_MD_HEADING_TEXT = re.compile(r"^(#{1,6}) +(\S.{0,199})$")


def from_html(markup: str) -> Page:
    """Blocks of an HTML page, plus its metadata (``<title>``, ``lang``, canonical link, ``og:*``)."""
    root = _parse_html(markup)
    if root is None:
        return Page(())
    if "<table" in markup or "<TABLE" in markup:
        _rejoin_table_cards(root)
    builder = _Builder()
    body = root.find("body")
    _walk(body if body is not None else root, builder)
    builder.flush()
    meta = _html_meta(root)
    if READER_VIEW_MARK in markup:
        meta = {**reader_view_meta(root), **meta}
    front_matter = {}
    if _FRONT_MATTER_META in meta:
        try:
            front_matter = json.loads(meta.pop(_FRONT_MATTER_META))
        except ValueError:
            front_matter = {}
    return Page(
        tuple(builder.blocks), meta, front_matter if isinstance(front_matter, dict) else {}, source=markup
    )


_FRONT_MATTER_META = "newsdigest:front-matter"


def _rejoin_table_cards(root: lxml.etree._Element) -> None:
    """An e-mail's card is a link around a table (``<a href><table>...<h2>Title</h2>...</table></a>``);
    libxml2 closes the link where the table opens (``<a href></a><table>``), where an HTML5 parser
    keeps the table inside it. The table goes back into its link: an empty link straight before a
    card-sized table."""
    split = [
        anchor
        for anchor in root.iter("a")
        if anchor.get("href")
        and len(anchor) == 0
        and not (anchor.text or "").strip()
        and not (anchor.tail or "").strip()
        and (card := anchor.getnext()) is not None
        and card.tag == "table"
        and _holds_at_most(card, _MAX_TABLE_CARD)
    ]
    for anchor in split:
        anchor.append(anchor.getnext())


_MAX_TABLE_CARD = 1000  # characters of a table a link may hold as one card (no page's layout table)


# The page model needs plain elements only: lxml.html's element classes are chosen by a Python
# callback for every element proxy lxml creates, which costs more than the parse itself. This is
# lxml.html.HTMLParser's configuration without that lookup (same tree, plain etree elements).
def _html_parser() -> lxml.etree.HTMLParser:
    return lxml.etree.HTMLParser(recover=True, huge_tree=True, remove_comments=True)


# One parser per thread, made once: building one costs about a fifth of parsing a typical page.
# Per thread, because a Dask worker runs pages on several threads: a parser shared between them is
# safe, but lxml locks it for the whole parse (the _ParserContext lock in parser.pxi), so they
# would parse one page at a time. The lxml FAQ ("Can I use threads to concurrently access the lxml
# API?") gives the rule: the GIL is freed while parsing with a parser per thread.
_per_thread = threading.local()


def _thread_parser() -> lxml.etree.HTMLParser:
    parser: lxml.etree.HTMLParser | None = getattr(_per_thread, "html_parser", None)
    if parser is None:
        parser = _per_thread.html_parser = _html_parser()
    return parser


_text_content = lxml.etree.XPath("string()", smart_strings=False)  # what text_content() runs


_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*>")


_SERVER_CODE = re.compile(r"<%.*?%>", re.DOTALL)


def _parse_html(markup: str) -> lxml.etree._Element | None:
    markup = markup.lstrip("\ufeff")
    if not markup or markup.isspace():  # (not a stripped copy of the page to find out)
        return None
    # lxml refuses str input that declares an encoding; an XML declaration is dropped for it.
    markup = _XML_DECLARATION.sub("", markup)
    if "<%" in markup:  # a server page's directives and code (JSP's "<%@ page ... %>") show nothing
        markup = _SERVER_CODE.sub("", markup)
    try:
        # None for an empty document (where lxml.html.document_fromstring raised ParserError)
        return lxml.etree.fromstring(markup, _thread_parser())
    except (lxml.etree.ParserError, ValueError):
        return None


def _walk(el: lxml.etree._Element, b: _Builder, depth: int = 0) -> None:
    tag = el.tag
    if not isinstance(tag, str) or depth > 400:  # a processing instruction, or nesting too deep
        role: str | None = "skip"
    else:
        tag = tag.lower()
        role = _ROLES.get(tag)
        if role == "row" and _lays_out(el):
            role = "block"  # an e-mail's layout table: its cells are the page's blocks, not a row
    if role != "skip" and unseen(el):  # (a tag of no string is "skip" already)
        role = "skip"  # ("<h2 class=hide-text>このニュースをシェア</h2>": a screen reader's label)
    elif role not in (None, "skip") and advertising(el):
        role = "skip"  # ("<div class="textads"><p>Anzeigen</p><ul>...": a sidebar's text ads, no story)
    elif role is None and tag == "a" and _is_permalink(el):
        role = "skip"  # a heading's "#" or "¶" linking to itself: a mark of the site's, no word of it
    elif role is None and tag == "span" and b.contexts and b.contexts[-1][0] == "h" and _is_badge(el):
        role = "skip"  # "<h3>Title<span class=source-badge>HN</span></h3>": a badge, no word of the title
    if role is None:  # inline: its text joins the block around it
        if tag != "img":  # alt text is an image card, not text of the page
            b.append(el.text)
        card = -1
        if tag == "a":
            href = el.get("href")
            if href and _holds_blocks(el):
                card = len(b.blocks)  # a card: the link wraps a title and more (see _link_card)
            elif href:
                text = normalize_space(_text_content(el))
                if text and _continues_its_link(el, b.links):
                    # one link written as two anchors side by side to one address
                    # ("<a href=X>DevTools -&nbsp;</a><a href=X>Google I/O</a>"): one link
                    b.links.pop()
                    text = normalize_space(f"{_text_content(el.getprevious())}{_text_content(el)}")
                b.links.append(Link(text, unwrap_redirect(href.strip())))
        for child in el:
            _walk(child, b, depth + 1)
        if card >= 0:
            b.flush()
            _link_card(
                b.blocks,
                card,
                Link(normalize_space(_text_content(el)), unwrap_redirect(el.get("href", "").strip())),
            )
    elif role == "skip":
        pass
    elif role == "break":
        if b.contexts and b.contexts[-1][0] == "h":
            b.append(" ")  # a heading set over two lines ("<h1>WireGuard による<br>転送中暗号化</h1>") is one
        else:
            b.flush()
    elif role == "code":
        b.flush()
        code = _text_content(el).strip("\n")
        if code.strip():
            b.blocks.append(Block("code", code))
    elif role == "row":
        b.flush()
        _table_row_of(el, b)
    else:
        b.flush()
        context: tuple[str, int] | None = None
        if role == "heading":
            context = ("h", _HEADINGS[tag])
        elif role == "item":
            context = ("li", max(b.list_depth - 1, 0))
            b.item_starts.append(len(b.blocks))
        elif role == "paragraph" and not (b.contexts and b.contexts[-1][0] == "li"):
            context = ("p", 0)  # (a <p> in an <li> is the item's first block, or its paragraph)
        elif role == "list":
            b.list_depth += 1
        if context is not None:
            b.contexts.append(context)
        text = el.text
        if len(el):
            b.append(text)
            made = len(b.blocks)
            for child in el:
                _walk(child, b, depth + 1)
            b.flush()
            if role == "paragraph" and len(b.blocks) == made + 1 and _all_bold(el):
                b.blocks[-1] = dataclasses.replace(b.blocks[-1], strong=True)
            elif (
                role in ("item", "paragraph")
                and len(b.blocks) > made
                and (lead := _html_lead(el, b.blocks[made]))
            ):
                b.blocks[made] = dataclasses.replace(b.blocks[made], lead=lead)
        elif text and (folded := normalize_space(text)):  # a leaf: its text is the whole block
            b.add(folded, (), one_line="\n" not in text.strip())
        if context is not None:
            b.contexts.pop()
            if role == "item":
                b.item_starts.pop()
        elif role == "list":
            b.list_depth -= 1
    b.append(el.tail)


def advertising(el: lxml.etree._Element) -> bool:
    """A block a page marks by its class as advertising (``textads``, ``ad-slot``, ``advertisement``)
    that holds an ad's few words: a page's wrapper whose classes flag its ad settings holds the page."""
    classes = el.get("class")
    return (
        bool(classes)
        and _AD_CLASS.search(classes) is not None
        and el.tag not in _PAGE_WRAPPERS
        and _holds_at_most(el, _MAX_AD_TEXT)
    )


def _holds_at_most(el: lxml.etree._Element, chars: int) -> bool:
    """Whether an element's text runs to at most ``chars`` characters (read only that far)."""
    for text in el.itertext():
        chars -= len(text)
        if chars < 0:
            return False
    return True


# a class word, between spaces or hyphens, that names advertising ("textads", "ad-slot"; not the
# underscores of "f_ads_a9_timeout", a page's ad settings)
_AD_CLASS = re.compile(
    r"(?:^|[\s-])(?:ads?|adverts?|advertis(?:ements?|ing)|textads?|adsense|adslot|adunit)(?=$|[\s-])",
    re.IGNORECASE,
)
_PAGE_WRAPPERS = frozenset({"html", "body", "main", "article"})
_MAX_AD_TEXT = 1500


def unseen(el: lxml.etree._Element) -> bool:
    """An element no reader sees: ``hidden``, styled ``display: none``, or of a class that keeps its
    text for screen readers only (``sr-only``, ``visually-hidden``, ``hide-text``)."""
    if el.get("hidden") is not None:
        return True
    style = el.get("style")
    if style and _NOT_DISPLAYED.search(style):
        return True
    classes = el.get("class")
    return bool(classes) and not _SCREEN_READER_CLASSES.isdisjoint(classes.lower().split())


_NOT_DISPLAYED = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_SCREEN_READER_CLASSES = frozenset(
    {
        "sr-only",
        "visually-hidden",
        "visuallyhidden",
        "screen-reader-text",
        "hide-text",
        "a11y-hidden",
        "u-hidden-visually",
    }
)


def _is_badge(span: lxml.etree._Element) -> bool:
    """A short span whose class says it labels what it stands in (``source-badge``, ``category``,
    ``tag``): a card heading's source or category, set beside its title."""
    classes = (span.get("class") or "").lower()
    return (
        bool(classes)
        and bool(_BADGE_CLASS.search(classes))
        and len(_text_content(span).strip()) <= _MAX_BADGE
    )


_BADGE_CLASS = re.compile(r"(?:^|[\s_-])(?:badge|tag|label|category|source|pill|chip)(?:$|[\s_-])")
_MAX_BADGE = 16


def _is_permalink(anchor: lxml.etree._Element) -> bool:
    """``<a class=anchor href=#section>#</a>``, ``<a class=headerlink href=#id>¶</a>``: a link to a
    place on the page itself, hidden or no more than a mark (or an icon, no text at all)."""
    href = anchor.get("href")
    if not href or not href.startswith("#"):
        return False
    return anchor.get("hidden") is not None or normalize_space(_text_content(anchor)) in _PERMALINK_MARKS


_PERMALINK_MARKS = frozenset(
    {"", "#", "¶", "§", "🔗", "🔗\ufe0e", "🔗\ufe0f", "⚓", "⚓\ufe0e", "∞", "\u200b"}
)


def _holds_blocks(anchor: lxml.etree._Element) -> bool:
    """``<a href><h3>Title</h3><p>Excerpt</p></a>``: a link around blocks (HTML5 allows it)."""
    return any(
        isinstance(el.tag, str) and _ROLES.get(el.tag.lower()) not in (None, "skip", "break")
        for el in anchor.iterdescendants()
    )


def _link_card(blocks: list[Block], first: int, link: Link) -> None:
    """The link of a card goes to its heading, else to the first block inside it that has text, as
    if that block (the card's title, most often) were the link's text: ``<h3><a href>Title</a></h3>``
    (a number or a badge before the heading, ``01``, ``政策``, is not the title). A card of no text
    (an image), or one whose first text is an ``<h1>`` (a masthead linking the site's home), keeps
    its link apart, as an empty paragraph, as any image link does."""
    texts = [i for i in range(first, len(blocks)) if blocks[i].text and blocks[i].kind != "code"]
    if texts and not (blocks[texts[0]].kind == "heading" and blocks[texts[0]].level == 1):
        # a card's number or badge before its heading ("01", "政策") is not its title
        i = next((i for i in texts if blocks[i].kind == "heading"), texts[0])
        block = blocks[i]
        if not any(own.href == link.href for own in block.links):
            blocks[i] = dataclasses.replace(block, links=(Link(block.text, link.href), *block.links))
        return
    blocks.insert(first, Block("paragraph", "", links=(link,)))


_BOLD_TAGS = frozenset({"strong", "b"})


def _opening_bold(el: lxml.etree._Element) -> lxml.etree._Element | None:
    """The element's first child when it is bold and no text stands before it but a few marker
    symbols (``<p>📈 <strong>Title</strong></p>``)."""
    return _bold_after_markers(el, el[0])


def _bold_after_markers(el: lxml.etree._Element, child: lxml.etree._Element) -> lxml.etree._Element | None:
    """``child`` when it is bold and no text stands before it in ``el`` but a few marker symbols."""
    if isinstance(child.tag, str) and child.tag.lower() in _BOLD_TAGS:
        before = (el.text or "").strip()
        if not before or _MARKERS_ONLY.fullmatch(before):
            return child
    return None


_MARKERS_ONLY = re.compile(_MARKERS)


def _all_bold(el: lxml.etree._Element) -> bool:
    """``<p><strong>Title</strong></p>``: the element's one child is bold and holds all its text.
    Line breaks around it do not count (``<p><br><strong>Title</strong></p>``, a Jekyll export's
    way of spacing its stories)."""
    children = [child for child in el if not _bare_break(child)]
    bold = _bold_after_markers(el, children[0]) if len(children) == 1 else None
    return bold is not None and not (bold.tail or "").strip()


def _bare_break(el: lxml.etree._Element) -> bool:
    """A ``<br>`` with no text after it."""
    return el.tag == "br" and not (el.tail or "").strip()


def _html_lead(item: lxml.etree._Element, block: Block) -> str:
    """``<li><strong>Title</strong>: what it says</li>``: the bold words an item or a paragraph
    opens with."""
    bold = _opening_bold(item)
    if block.kind not in ("list_item", "paragraph") or bold is None or bold.find(".//a") is not None:
        return ""
    return _lead_before(normalize_space(_text_content(bold)), block.text)


def _lead_before(lead: str, text: str) -> str:
    """``lead`` when the item's ``text`` opens with it and says more; else nothing."""
    return lead if lead and text.startswith(lead) and len(text) > len(lead) else ""


def _lays_out(row: lxml.etree._Element) -> bool:
    """A table row that lays out a page rather than holding data: a cell holds a heading, a list
    or another table, or two paragraphs (newsletters are tables of tables, a whole digest in one
    row); in a table laid inside another's cell, one paragraph is enough (an e-mail's section
    whose stories are one ``<p>`` of titles and summaries between line breaks)."""
    with_a_paragraph = False
    for cell in row:
        paragraphs = 0
        for el in cell.iterdescendants():
            role = _ROLES.get(el.tag.lower()) if isinstance(el.tag, str) else None
            if role in ("heading", "list", "row"):
                return True
            if role in ("block", "paragraph"):
                paragraphs += 1
                if paragraphs >= 2:
                    return True
        with_a_paragraph = with_a_paragraph or paragraphs == 1
    return with_a_paragraph and _in_a_cell(row)


def _continues_its_link(anchor: lxml.etree._Element, links: list[Link]) -> bool:
    """An anchor straight after another to the same address, nothing between them, whose link was
    the last one taken (and named: an empty anchor after it is none of its words)."""
    before = anchor.getprevious()
    return (
        bool(links)
        and before is not None
        and isinstance(before.tag, str)
        and before.tag.lower() == "a"
        and not before.tail
        and before.get("href", "").strip() == anchor.get("href", "").strip() == links[-1].href
        and bool(links[-1].text)
    )


def _in_a_cell(row: lxml.etree._Element) -> bool:
    """A row of a table that stands in another table's cell."""
    return any(isinstance(el.tag, str) and el.tag.lower() in ("td", "th") for el in row.iterancestors())


def _cell_text(cell: lxml.etree._Element) -> str:
    """A table cell's text, a line break in it a space ("<b>Hacker News Daily</b><br>Wednesday")."""
    if cell.find(".//br") is None:
        return _text_content(cell)
    cell = copy.deepcopy(cell)  # (the page's tree stays as it is for whoever reads it next)
    for br in cell.iter("br"):
        br.tail = f" {br.tail or ''}"
    return _text_content(cell)


def _table_row_of(row: lxml.etree._Element, b: _Builder) -> None:
    cells = [c for c in row if isinstance(c.tag, str) and c.tag.lower() in ("td", "th")]
    texts = tuple(normalize_space(_cell_text(c)) for c in cells)
    links = tuple(
        Link(normalize_space(_text_content(a)), unwrap_redirect(a.get("href", "").strip()))
        for c in cells
        for a in c.iter("a")
        if a.get("href")
    )
    filled = [text for text in texts if text]
    if len(filled) == 1 and len(texts) == 1:
        # a row of one cell is a layout's box, no table's (an e-mail's "Hacker News Daily" masthead)
        b.blocks.append(Block("paragraph", filled[0], links=links))
    elif filled or links:
        b.blocks.append(Block("table_row", " | ".join(texts), links=links, cells=texts))


READER_VIEW_MARK = "moz-reader-content"  # the class of Firefox Reader View's article box


def reader_view_meta(root: lxml.etree._Element) -> dict[str, str]:
    """What a page saved from Firefox's Reader View states of the one article it shows: its address
    in the domain link over the title (``<a class="domain reader-domain" href="https://...">``), its
    author in the credits under it (``<div class="credits reader-credits">``), and that it is an
    article (``og:type``). Nothing where the page holds no Reader View article box."""
    meta: dict[str, str] = {}
    for el in root.iter("a", "div"):
        classes = (el.get("class") or "").split()
        if el.tag == "a" and "reader-domain" in classes and el.get("href"):
            meta.setdefault("canonical", el.get("href", "").strip())
        elif "reader-credits" in classes and (said := normalize_space(_text_content(el))):
            meta.setdefault("author", said)
        elif READER_VIEW_MARK in classes:
            meta["og:type"] = "article"
    return meta if "og:type" in meta else {}


def _html_meta(root: lxml.etree._Element) -> dict[str, str]:
    meta: dict[str, str] = {}
    title = root.find(".//title")
    if title is not None and (text := normalize_space(_text_content(title))):
        meta["title"] = text
    if root.get("lang"):
        meta["lang"] = root.get("lang", "").strip()
    for link in root.iterfind(".//link[@rel][@href]"):
        if "canonical" in link.get("rel", "").lower().split():
            meta.setdefault("canonical", link.get("href", "").strip())
    for tag in root.iterfind(".//meta[@content]"):
        key = (tag.get("property") or tag.get("name") or "").strip().lower()
        if key and key not in meta:
            meta[key] = normalize_space(tag.get("content", ""))
    return meta


# --------------------------------------------------------------------------- rendering


def to_html(page: Page) -> str:
    """Render blocks as an HTML document that :func:`from_html` reads back to the same blocks."""
    out = ["<!doctype html>", '<html><head><meta charset="utf-8">']
    for key, value in sorted(page.meta.items()):
        if key == "title":
            out.append(f"<title>{html.escape(value)}</title>")
        else:
            out.append(f'<meta name="{html.escape(key)}" content="{html.escape(value)}">')
    if page.front_matter:
        encoded = json.dumps(page.front_matter, ensure_ascii=False, sort_keys=True, default=str)
        out.append(f'<meta name="{_FRONT_MATTER_META}" content="{html.escape(encoded)}">')
    out.append("</head><body>")
    open_lists = 0
    in_table = False
    for block in page.blocks:
        if block.kind == "table_row":
            if not in_table:
                out.append(_close_lists(open_lists))
                open_lists = 0
                out.append("<table>")
                in_table = True
            cells = "".join(f"<td>{_render_cell(cell, block.links)}</td>" for cell in block.cells)
            out.append(f"<tr>{cells}</tr>")
            continue
        if in_table:
            out.append("</table>")
            in_table = False
        if block.kind == "list_item":
            target = block.depth + 1
            if open_lists >= target:
                out.append("</li>")
            while open_lists > target:
                out.append("</ul></li>")
                open_lists -= 1
            while open_lists < target:
                out.append("<ul>")
                open_lists += 1
                if open_lists < target:
                    out.append("<li>")
            if block.lead:
                rest = dataclasses.replace(block, text=block.text[len(block.lead) :])
                out.append(f"<li><strong>{html.escape(block.lead)}</strong>{_render_inline(rest)}")
            else:
                out.append(f"<li>{_render_inline(block)}")
            continue
        out.append(_close_lists(open_lists))
        open_lists = 0
        if block.kind == "heading":
            out.append(f"<h{block.level}>{_render_inline(block)}</h{block.level}>")
        elif block.kind == "code":
            out.append(f"<pre>{html.escape(block.text)}</pre>")
        elif block.strong:
            out.append(f"<p><strong>{_render_inline(block)}</strong></p>")
        elif block.lead:
            rest = dataclasses.replace(block, text=block.text[len(block.lead) :])
            out.append(f"<p><strong>{html.escape(block.lead)}</strong>{_render_inline(rest)}</p>")
        else:
            out.append(f"<p>{_render_inline(block)}</p>")
    if in_table:
        out.append("</table>")
    out.append(_close_lists(open_lists))
    out.append("</body></html>")
    return "\n".join(out)


def _render_cell(cell: str, links: tuple[Link, ...]) -> str:
    for link in links:
        if link.text and link.text == cell:
            return f'<a href="{html.escape(link.href)}">{html.escape(cell)}</a>'
    return html.escape(cell)


def _close_lists(open_lists: int) -> str:
    return "</li></ul>" * open_lists


def _render_inline(block: Block) -> str:
    text = block.text
    pieces: list[str] = []
    pos = 0
    for link in block.links:
        anchor = f'<a href="{html.escape(link.href)}">{html.escape(link.text)}</a>'
        at = text.find(link.text, pos) if link.text else -1
        if at < 0:
            pieces.append(html.escape(text[pos:]))
            pos = len(text)
            pieces.append(anchor)
            continue
        pieces.append(html.escape(text[pos:at]))
        pieces.append(anchor)
        pos = at + len(link.text)
    pieces.append(html.escape(text[pos:]))
    return "".join(pieces)


def parse(text: str, media_type: str) -> Page:
    return from_html(text) if media_type == "html" else from_text(text)
