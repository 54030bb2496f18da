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
Markdown writers leave (``\\-``, ``\\.``) before the lines are read.
"""

from __future__ import annotations

import dataclasses
import html
import json
import re
import threading
import tomllib
from dataclasses import dataclass, field
from typing import Literal

import lxml.etree
import yaml

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
_MD_IMAGE = re.compile(r"!\[[^\]]*\]\([^)\s]*(?:\s+\"[^\"]*\")?\)")
_MD_LINK = re.compile(r"(?<!\\)\[(?P<text>[^\]]*)\]\((?P<href>[^)\s]+)(?:\s+\"[^\"]*\")?\)")
_MD_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~<\"'=:;,/&%$@^])")
_ESCAPED_PUNCT = re.compile(r"\\[.\-!()\[\]#*_]")


def from_text(text: str) -> Page:
    """Blocks of a text capture: one block per non-blank line, bullets become list items,
    Markdown headings, tables and fenced code become their own kinds, YAML front matter is read."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    front_matter, text = split_front_matter(text)
    lines: list[str] = []
    meta: dict[str, str] = {}
    for raw_line in text.split("\n"):
        if looks_flattened_markdown(raw_line):
            lines.extend(unflatten_markdown(raw_line))
            meta["flattened_markdown"] = "1"
        else:
            lines.append(raw_line)
    blocks: list[Block] = []
    indents: list[int] = []  # indentation of the open list levels
    fence: str | None = None
    code: list[str] = []
    underlined: int | None = None  # the paragraph made of the line just read, which a rule may underline
    for line in lines:
        if fence is not None:
            if line.strip().startswith(fence):
                blocks.append(Block("code", "\n".join(code).strip("\n")))
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
        if not stripped:
            underlined = None
            continue
        if stripped[0] in "-*_=" and _RULE.match(line):
            # a line of dashes under a line of text underlines it as a heading (Markdown's setext
            # headings); anywhere else a rule of -, *, _ or = separates blocks and says nothing
            if underlined is not None and stripped[0] in "-=" and " " not in stripped:
                blocks[underlined] = dataclasses.replace(
                    blocks[underlined], kind="heading", level=1 if stripped[0] == "=" else 2, strong=False
                )
            underlined = None
            indents.clear()
            continue
        underlined = None
        bullet = _BULLET.match(line)
        if bullet:
            indent = len(bullet.group("indent").expandtabs(4))
            while indents and indent < indents[-1]:
                indents.pop()
            if not indents or indent > indents[-1]:
                indents.append(indent)
            text, links = _inline_markdown(bullet.group("text"))
            if text or links:
                depth = min(len(indents) - 1, MAX_DEPTH)
                lead = _lead_of(bullet.group("text"), text)
                blocks.append(Block("list_item", text, depth=depth, links=links, lead=lead))
            continue
        indents.clear()
        if "|" in line and _TABLE_ROW.match(line):
            if not _TABLE_RULE.match(line):
                blocks.append(_table_row(line))
            continue
        heading = _MD_HEADING.match(stripped) if stripped.startswith("#") else None
        if heading:
            text, links = _inline_markdown(heading.group("text"))
            blocks.append(Block("heading", text, level=len(heading.group("hashes")), links=links))
            continue
        unquoted = _QUOTE.sub("", line) if ">" in line else line
        text, links = _inline_markdown(unquoted)
        if text or links:
            strong = ("**" in stripped[:_MARKER_REACH] or "__" in stripped[:_MARKER_REACH]) and bool(
                _STRONG_LINE.match(stripped)
            )
            lead = "" if strong else _lead_of(unquoted.strip(), text)
            blocks.append(Block("paragraph", text, links=links, strong=strong, lead=lead))
            underlined = len(blocks) - 1
    if fence is not None and code:  # an unclosed fence: keep what it held
        blocks.append(Block("code", "\n".join(code).strip("\n")))
    return Page(tuple(blocks), meta, front_matter)


_FENCE = re.compile(r"^\s{0,3}(`{3,}|~{3,})")
_RULE = re.compile(r"^ {0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,}|(?:=[ \t]*){3,})$")
_TABLE_ROW = re.compile(r"^\s*\|.*\|\s*$")
_TABLE_RULE = re.compile(r"^\s*\|?(?:\s*:?-{2,}:?\s*\|)+\s*:?-*:?\s*\|?\s*$")
_QUOTE = re.compile(r"^\s{0,3}>\s?")
_LEAD_BOLD = re.compile(r"^(\*\*|__)(?=\S)((?:(?!\1).)+?)(?<=\S)\1")


def _lead_of(raw: str, text: str) -> str:
    """``**Title**: what it says`` -> ``Title``: the opening bold span of an item with more after
    it; none when the bold holds a link (the link is the title then) or is all there is."""
    match = _LEAD_BOLD.match(raw) if raw[:2] in ("**", "__") else None  # (most items: no regex)
    if match is None or "](" in match.group(2):
        return ""
    return _lead_before(_inline_markdown(match.group(2))[0], text)


# a line that is one bold span: "**Title**", "__Title__", "**[Title](url)**" (not "**A** and **B**"),
# maybe after a few marker symbols ("📈 **Title**", "🔥🎯 **Title**": no letters, no digits)
_MARKERS = r"[^\w\s*_\[>]{1,8}"
_MARKER_REACH = 12  # how far into a line a bold span can open after its markers
_STRONG_LINE = re.compile(rf"^(?:{_MARKERS}\s+)?(\*\*|__)(?=\S)(?:(?!\1).)+(?<=\S)\1$")
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)


_TOML_FRONT_MATTER = re.compile(r"\A\+\+\+[ \t]*\n(.*?)\n\+\+\+[ \t]*(?:\n|\Z)", re.DOTALL)


def split_front_matter(text: str) -> tuple[dict, str]:
    """Front matter at the top, YAML (``---`` ... ``---``) or TOML (``+++`` ... ``+++``, Hugo's),
    and the rest; unreadable front matter is left in the text rather than guessed at."""
    body = text.lstrip("\ufeff")
    data: object
    if match := _FRONT_MATTER.match(body):
        try:
            data = _load_yaml(match.group(1))
        except yaml.YAMLError:
            return {}, text
    elif match := _TOML_FRONT_MATTER.match(body):
        try:
            data = tomllib.loads(match.group(1))
        except tomllib.TOMLDecodeError:
            return {}, text
    else:
        return {}, text
    if not isinstance(data, dict):
        return {}, text
    return _front_matter_keys(data), body[match.end() :]


_CAMEL_HUMP = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")


def front_matter_key(key: object) -> str:
    """One spelling for a front-matter key: ``sourceUrl``, ``source-url`` and ``Source URL`` are
    ``source_url``, ``publishedAt`` is ``published_at``; readers look keys up in that form."""
    return re.sub(r"[\s\-]+", "_", _CAMEL_HUMP.sub("_", str(key).strip())).lower()


def _front_matter_keys(data: dict) -> dict:
    """Keys in one spelling (the first of two that meet wins), and Hugo's ``params:`` table (a
    theme's own fields: ``params: {summary: ...}``) read as if at the top level."""
    out: dict = {}
    params = data.get("params")
    for key, value in [*data.items(), *(params.items() if isinstance(params, dict) else ())]:
        out.setdefault(front_matter_key(key), value)
    return out


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


def _load_yaml(source: str) -> object:
    if _CSafeLoader is not None and all(_SIMPLE_YAML_LINE.fullmatch(line) for line in source.split("\n")):
        try:
            return yaml.load(source, Loader=_CSafeLoader)  # CSafeLoader: safe, like safe_load
        except yaml.YAMLError:
            pass
    return yaml.safe_load(source)


def _table_row(line: str) -> Block:
    raw_cells = re.split(r"(?<!\\)\|", line.strip().strip("|"))
    cells, links = [], []
    for raw in raw_cells:
        text, cell_links = _inline_markdown(raw)
        cells.append(text)
        links.extend(cell_links)
    return Block("table_row", " | ".join(cells), links=tuple(links), cells=tuple(cells))


_EMPHASIS = re.compile(
    r"(?<!\\)(\*\*|__)(?=\S)(.+?)(?<=[^\s\\])\1"
    r"|(?<![\w*\\])\*(?=[^\s*])([^*\n]+?)(?<=[^\s*\\])\*(?![\w*])"
)
_CODE_SPAN = re.compile(r"(?<!\\)(`+)(.+?)\1")


def _strip_emphasis(text: str) -> str:
    """``**bold**``, ``*em*`` and ``` `code` ``` lose their markers, keep their words."""
    if "`" in text:
        text = _CODE_SPAN.sub(lambda m: m.group(2).strip(), text)
    if "*" in text or "__" in text:
        text = _EMPHASIS.sub(lambda m: m.group(2) if m.group(2) is not None else m.group(3), text)
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


def _inline_markdown(text: str) -> tuple[str, tuple[Link, ...]]:
    if "<a" in text or "<A" in text:
        text = _HTML_ANCHOR.sub(_anchor_as_markdown, text)
    text = _strip_emphasis(text)
    if "\\" not in text and "](" not in text:
        return normalize_space(_entities(text)), ()
    text = _MD_IMAGE.sub("", text)
    links: list[Link] = []
    pieces: list[str] = []  # each stretch is unescaped exactly once, link labels included
    pos = 0
    for match in _MD_LINK.finditer(text):
        label = _unescape(match.group("text"))
        links.append(Link(normalize_space(label), _entities(match.group("href"))))
        pieces += [_unescape(text[pos : match.start()]), label]
        pos = match.end()
    pieces.append(_unescape(text[pos:]))
    return normalize_space("".join(pieces)), tuple(links)


def _unescape(text: str) -> str:
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

_SKIP_TAGS = frozenset(
    {"script", "style", "noscript", "template", "head", "svg", "math", "iframe", "object", "button", "select"}
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

    def flush(self) -> None:
        """A block boundary: the text and links since the last one become a block."""
        if self.links:
            links = tuple(self.links)
            self.links = []
        elif self.buf:
            links = ()
        else:
            return  # nothing since the last boundary (the common case between block tags)
        text = normalize_space("".join(self.buf))
        self.buf.clear()
        if text or links:
            self.add(text, links)

    def append(self, text: str | None) -> None:
        """Text of the block being built. Whitespace opening a block is dropped at once: the block's
        text is whitespace-folded, so it would be dropped there anyway."""
        if text and (self.buf or not text.isspace()):
            self.buf.append(text)

    def add(self, text: str, links: tuple[Link, ...]) -> None:
        """A block of the innermost context's kind."""
        kind, value = self.contexts[-1] if self.contexts else ("p", 0)
        if kind == "h":
            self.blocks.append(Block("heading", text, level=value, links=links))
        elif kind == "li":
            self.blocks.append(Block("list_item", text, depth=min(value, MAX_DEPTH), links=links))
        else:
            self.blocks.append(Block("paragraph", text, links=links))


def from_html(markup: str) -> Page:
    """Blocks of an HTML page, plus its metadata (``<title>``, ``lang``, canonical link, ``og:*``)."""
    root = _parse_html(markup)
    if root is None:
        return Page(())
    builder = _Builder()
    body = root.find("body")
    _walk(body if body is not None else root, builder)
    builder.flush()
    meta = _html_meta(root)
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


def _parse_html(markup: str) -> lxml.etree._Element | None:
    markup = markup.lstrip("\ufeff")
    if not markup or markup.isspace():  # (not a stripped copy of the page to find out)
        return None
    # lxml refuses str input that declares an encoding; an XML declaration is dropped for it.
    markup = _XML_DECLARATION.sub("", markup)
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
    if role is None:  # inline: its text joins the block around it
        if tag != "img":  # alt text is an image card, not text of the page
            b.append(el.text)
        card = -1
        if tag == "a":
            href = el.get("href")
            if href and _holds_blocks(el):
                card = len(b.blocks)  # a card: the link wraps a title and more (see _link_card)
            elif href:
                b.links.append(Link(normalize_space(_text_content(el)), href.strip()))
        for child in el:
            _walk(child, b, depth + 1)
        if card >= 0:
            b.flush()
            _link_card(b.blocks, card, Link(normalize_space(_text_content(el)), el.get("href", "").strip()))
    elif role == "skip":
        pass
    elif role == "break":
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
        elif role == "paragraph":
            context = ("p", 0)
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
            if role == "paragraph" and len(el) == 1 and len(b.blocks) == made + 1 and _all_bold(el):
                b.blocks[-1] = dataclasses.replace(b.blocks[-1], strong=True)
            elif (
                role in ("item", "paragraph")
                and len(b.blocks) > made
                and (lead := _html_lead(el, b.blocks[made]))
            ):
                b.blocks[made] = dataclasses.replace(b.blocks[made], lead=lead)
        elif text and (text := normalize_space(text)):  # a leaf: its text is the whole block
            b.add(text, ())
        if context is not None:
            b.contexts.pop()
        elif role == "list":
            b.list_depth -= 1
    b.append(el.tail)


def _holds_blocks(anchor: lxml.etree._Element) -> bool:
    """``<a href><h3>Title</h3><p>Excerpt</p></a>``: a link around blocks (HTML5 allows it)."""
    return any(
        isinstance(el.tag, str) and _ROLES.get(el.tag.lower()) not in (None, "skip", "break")
        for el in anchor.iterdescendants()
    )


def _link_card(blocks: list[Block], first: int, link: Link) -> None:
    """The link of a card goes to the first block inside it that has text, as if that block
    (the card's title, most often) were the link's text: ``<h3><a href>Title</a></h3>``. A card
    of no text (an image), or one whose first text is an ``<h1>`` (a masthead linking the site's
    home), keeps its link apart, as an empty paragraph, as any image link does."""
    for i in range(first, len(blocks)):
        block = blocks[i]
        if block.text and block.kind != "code":
            if block.kind == "heading" and block.level == 1:
                break
            if not any(own.href == link.href for own in block.links):
                blocks[i] = dataclasses.replace(block, links=(Link(block.text, link.href), *block.links))
            return
    blocks.insert(first, Block("paragraph", "", links=(link,)))


_BOLD_TAGS = frozenset({"strong", "b"})


def _opening_bold(el: lxml.etree._Element) -> lxml.etree._Element | None:
    """The element's first child when it is bold and no text stands before it but a few marker
    symbols (``<p>📈 <strong>Title</strong></p>``)."""
    first = el[0]
    if isinstance(first.tag, str) and first.tag.lower() in _BOLD_TAGS:
        before = (el.text or "").strip()
        if not before or _MARKERS_ONLY.fullmatch(before):
            return first
    return None


_MARKERS_ONLY = re.compile(_MARKERS)


def _all_bold(el: lxml.etree._Element) -> bool:
    """``<p><strong>Title</strong></p>``: the element's one child is bold and holds all its text."""
    bold = _opening_bold(el)
    return bold is not None and not (bold.tail or "").strip()


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


def _table_row_of(row: lxml.etree._Element, b: _Builder) -> None:
    cells = [c for c in row if isinstance(c.tag, str) and c.tag.lower() in ("td", "th")]
    texts = tuple(normalize_space(_text_content(c)) for c in cells)
    links = tuple(
        Link(normalize_space(_text_content(a)), a.get("href", "").strip())
        for c in cells
        for a in c.iter("a")
        if a.get("href")
    )
    if any(texts) or links:
        b.blocks.append(Block("table_row", " | ".join(texts), links=links, cells=texts))


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
