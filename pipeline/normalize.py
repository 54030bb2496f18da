"""Normalisation: the shared vocabulary (``lexicon.toml``) and the text, title, publisher and URL
clean-ups every adapter applies.

Original text is kept as the page gives it (less chrome and UI captions); :func:`fold` makes the
matching copies that merging and de-duplication compare.
"""

from __future__ import annotations

import ipaddress
import re
import tomllib
import unicodedata
from collections.abc import Iterable
from functools import cache, lru_cache
from importlib import resources
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from w3lib.url import canonicalize_url as _w3lib_canonicalize

# (and the newsletter platforms' own: beehiiv's "_bhlid", HubSpot's "_hsenc", Marketo's "mkt_tok", ...)
_TRACKING_PARAMS = re.compile(
    r"^(?:utm_\w+|fbclid|gclid|mc_cid|mc_eid|ref|ref_src|spm|_bhlid|_hsenc|_hsmi|mkt_tok|igshid|msclkid|yclid"
    r"|ck_subscriber_id)$",
    re.IGNORECASE,
)


@cache
def lexicon() -> dict:
    with resources.files("pipeline").joinpath("lexicon.toml").open("rb") as fh:
        return tomllib.load(fh)


@lru_cache(maxsize=1 << 17)
def fold(text: str | None) -> str:
    """Matching key: NFKC, case-folded, whitespace folded, dashes and quotes unified."""
    if not text:
        return ""
    if text.isascii():  # NFKC leaves ASCII as it is, casefold is lower, no dash or quote to unify
        return " ".join(text.lower().split())
    text = unicodedata.normalize("NFKC", text).casefold()
    if _PUNCT_TO_FOLD.search(text):  # str.translate looks every character up: most lines need none
        text = text.translate(_PUNCT_FOLD)
    return " ".join(text.split())


_PUNCT_FOLD = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "–": "-", "—": "-", "‑": "-"})
_PUNCT_TO_FOLD = re.compile("[" + "".join(re.escape(chr(c)) for c in _PUNCT_FOLD) + "]")


@cache
def _label_set(group: str) -> frozenset[str]:
    return frozenset(label_key(x) for x in lexicon()["labels"][group])


# What decorates a label without changing it: emoji and other symbols (So, Sk), their variation
# selectors and joiners (Mn, Me, Cf), and the colon that ends a label line.
_DECORATION_CATEGORIES = frozenset({"So", "Sk", "Mn", "Me", "Cf"})
_LABEL_BRACKETS = {"【": "】", "〖": "〗", "[": "]"}
# arrows that point a label's link on ("阅读原文 →", "» Source"): math symbols and quotation marks
# to Unicode, not the emoji above
_ARROWS = frozenset(" →⟶⇒›»")


@lru_cache(maxsize=1 << 16)
def label_key(text: str | None) -> str:
    """Matching key of a label: folded, less the emoji around it and the colon after it, and out of
    the brackets that enclose it (``📋 内容摘要``, ``【要点】``, ``Summary:`` -> the bare label)."""
    key = fold(text)
    start, end = 0, len(key)
    while start < end and (
        key[start] in _ARROWS or unicodedata.category(key[start]) in _DECORATION_CATEGORIES
    ):
        start += 1
    while start < end and (
        key[end - 1] in ":： "
        or key[end - 1] in _ARROWS
        or unicodedata.category(key[end - 1]) in _DECORATION_CATEGORIES
    ):
        end -= 1
    key = key[start:end]
    closing = _LABEL_BRACKETS.get(key[:1])
    if closing and key.endswith(closing) and closing not in key[1:-1]:
        key = key[1:-1].strip().rstrip(":： ")
    return key


@lru_cache(maxsize=1 << 16)
def label_of(text: str) -> str | None:
    """The lexicon group a label line belongs to (``Key Points`` -> ``key_points``), if any."""
    key = label_key(text)
    unqualified = _unqualified(key)
    if unqualified == key and key.count(" ") >= 2:
        unqualified = _without_language_name(key)
    for candidate in (key,) if unqualified == key else (key, unqualified):
        for group in lexicon()["labels"]:
            if candidate in _label_set(group):
                return group
    return None


def _without_language_name(key: str) -> str:
    """A label of three words or more less the one that names a language: ``original chinese article``
    -> ``original article`` (the label, told in which language the article is)."""
    words = key.split(" ")
    kept = [word for word in words if word not in _latin_language_names()]
    return " ".join(kept) if len(kept) == len(words) - 1 else key


@cache
def _latin_language_names() -> frozenset[str]:
    return frozenset(
        label_key(name) for names in lexicon()["language_names"].values() for name in names if name.isascii()
    )


def is_label(text: str, group: str) -> bool:
    key = label_key(text)
    labels = _label_set(group)
    return key in labels or (key.endswith((")", "）")) and _unqualified(key) in labels)


def _unqualified(key: str) -> str:
    """A label less the few words in brackets after it that qualify it: ``元記事（英語）``,
    ``概要(100文字以内)``, ``Source (English)`` -> the label. Words that are a label themselves
    make it another one: ``摘要（原文）`` is the original's abstract, no summary of the page's."""
    if not key.endswith((")", "）")):  # (most keys: asked of every line, so the cheap test first)
        return key
    match = _QUALIFIER.match(key)
    if match is None or label_of(match.group(2)) is not None:
        return key
    return match.group(1)


_QUALIFIER = re.compile(r"^(\S.*?)\s*[(（]([^()（）]{1,12})[)）]$")


def unbracketed(text: str) -> str:
    """A line less the brackets it is all in: ``(Source : Le Temps, 17 février 2026)``."""
    stripped = text.strip()
    return stripped[1:-1] if stripped[:1] in "(（" and stripped[-1:] in ")）" else text


@lru_cache(maxsize=1 << 14)  # pure; adapters' claims ask it of the same head lines
def labelled_value(text: str, group: str) -> str | None:
    """``著者: OpenAI`` -> ``OpenAI`` when the label belongs to ``group``; also of a line that is
    all in brackets (``(Source : Le Temps, 17 février 2026)``, ``（来源：新华社）``)."""
    text = unbracketed(text)
    for sep in (":", "："):
        if sep in text:
            label, _, value = text.partition(sep)
            if value.strip() and is_label(label, group):
                return value.strip()
    return None


@cache
def _chrome_lines() -> frozenset[str]:
    # (and a machine translator's stamp: "Translated with www.DeepL.com/Translator (free version)")
    stamps = [stamp for stamp, _ in lexicon()["posts"]["machine_translation_stamps"]]
    return frozenset(fold(x) for x in [*lexicon()["chrome"]["lines"], *stamps])


@cache
def _image_card() -> re.Pattern[str]:
    return re.compile(lexicon()["chrome"]["image_card"], re.IGNORECASE)


@cache
def _whole_chrome_line() -> re.Pattern[str]:
    """A line a web archive's page or a feed adds whole ("All snapshots from host ...", "The post
    <title> appeared first on <site>.")."""
    lines = [
        *lexicon()["chrome"]["archive_lines"],
        *(rf"{footer}\.?" for footer in lexicon()["chrome"]["feed_footers"]),
    ]
    return re.compile("|".join(lines), re.IGNORECASE)


@cache
def _captions() -> tuple[str, ...]:
    return tuple(lexicon()["chrome"]["captions"])


def strip_captions(text: str) -> str:
    for caption in _captions():
        text = text.replace(caption, " ")
    return " ".join(text.split())


@lru_cache(maxsize=1 << 16)
def is_chrome(text: str) -> bool:
    """A whole line that is site chrome: navigation, buttons, UI captions, image cards, or a
    capture's run-together of them (``Original Article Export to Word Export to PDF``)."""
    cleaned = strip_captions(text)
    if not cleaned:
        return True
    key = fold(cleaned)
    if key in _chrome_lines() or _image_card().match(cleaned) or _whole_chrome_line().fullmatch(cleaned):
        return True
    # a folded key has no leading space, so a run of chrome phrases starts with one (most lines
    # start with none, and the run's regex need not try them all)
    return key.startswith(_chrome_phrases()) and _chrome_run().fullmatch(key) is not None


@cache
def _chrome_phrases() -> tuple[str, ...]:
    return tuple(sorted(_chrome_lines(), key=len, reverse=True))


@cache
def _chrome_run() -> re.Pattern[str]:
    alternatives = "|".join(re.escape(p) for p in _chrome_phrases())
    return re.compile(rf"(?:\s*(?:{alternatives})\s*)+")


@lru_cache(maxsize=1 << 16)  # pure; readers clean the same block text several times over
def clean_text(text: str) -> str:
    """Page text less UI captions, whitespace folded; meaning untouched."""
    return strip_captions(unicodedata.normalize("NFC", text))


MAX_SITE_NAME = 40  # characters of a site's or outlet's name after a title


def split_title_suffix(title: str) -> tuple[str, str | None]:
    """``The next phase ... | OpenAI`` -> (``The next phase ...``, ``OpenAI``): the part after the
    title's last separator (``How to find your community — and why it matters - Vox``: after ``-``,
    not the dash inside the headline)."""
    splits = []
    for sep in lexicon()["titles"]["separators"]:
        head, found, tail = title.rpartition(sep)
        if found and head.strip() and tail.strip() and len(tail) <= MAX_SITE_NAME and len(tail) < len(head):
            splits.append((len(tail), head.strip(), tail.strip()))
    if not splits:
        return title.strip(), None
    _, head, tail = min(splits, key=lambda split: split[0])
    return head, tail


def outlet_suffix(title: str, url: str | None) -> tuple[str, str | None]:
    """``Fed holds rates - Reuters`` -> (``Fed holds rates``, ``Reuters``) where the name after the
    separator is the outlet's: the linked site's own name (``... - ITRnews`` over itrnews.com), or
    any name over a link of a host that titles its items so (Google News). Else (title, None): a
    title's own second half (``Ghostty — a terminal emulator``) names no site."""
    parts = _url_parts(url)
    if parts is None:
        return title, None
    host = parts[0]
    if host in _url_words("outlet_titling_hosts"):
        head, found, tail = title.rpartition(" - ")
        if found and head.strip() and 0 < len(tail.strip()) <= MAX_SITE_NAME:
            return head.strip(), tail.strip()
        return title, None
    head, tail = split_title_suffix(title)
    # (or a site's bare host name, another's than the link's: "... | Smort.io", the reader that showed it)
    if tail is not None and (_names_site(tail, host) or HOST_NAME.match(tail)):
        # ("... weapon | Surveillance | The Guardian": the site's section, set off as its name is; a
        # Medium story's "... | by William Infante | Nerd For Tech | Medium" names its publication)
        section_head, bar, section = head.rpartition(" | ")
        if (
            bar
            and title.endswith(f" | {tail}")
            and " | " not in section_head
            and len(section.split()) <= _MAX_SECTION_WORDS
        ):
            head = section_head.strip()
        return head, tail
    return host_suffix(title, url) or (title, None)


_MAX_SECTION_WORDS = 3  # a site's section named between a headline and the site ("World news")


def bracketed_lead(title: str, url: str | None) -> tuple[str, str | None]:
    """``[Merkur] – Merz-Regierung einig ...`` -> (``Merz-Regierung einig ...``, ``Merkur``): a name in
    brackets set before a title by a dash is a tag, no word of the headline; it is the outlet's
    name where it names the linked site. ``[SUJET 1/6] – ...`` (bracketed or not) is a count of the
    digest's own."""
    match = _BRACKETED_LEAD.match(title) or _COUNTED_LEAD.match(title)
    if match is None:
        return title, None
    said, headline = match.group("said").strip(), match.group("title").strip()
    parts = _url_parts(url)
    return headline, said if parts is not None and _names_site(said, parts[0]) else None


def outlet_lead(title: str, url: str | None) -> tuple[str, str | None]:
    """``[2026-03-08] Reuters: China Slashes Anti-Dumping Tariff ...`` -> (``China Slashes ...``,
    ``Reuters``): a page's title led by the day it was filed, in brackets, and by the name of the
    site it links before a colon; both are the page's notes on the headline, no words of it. The
    name is read only after such a day (a title may open on its subject, the site's own product:
    "NVIDIA Dynamo: Full-Stack Optimizations ..."), and only where it names a site of ``url``."""
    dated = _BRACKETED_DAY.match(title)
    if dated is None:
        return title, None
    title = title[dated.end() :]
    parts = _url_parts(url)
    named = _NAMED_LEAD.match(title)
    if named is None or parts is None or not _names_site(named.group("said"), parts[0]):
        return title, None
    return named.group("title").strip(), named.group("said").strip()


_BRACKETED_DAY = re.compile(r"^[\[【(（]\d{4}-\d{2}-\d{2}[\]】)）]\s*(?=\S)")
_NAMED_LEAD = re.compile(r"^(?P<said>[^:：\[\]]{2,30})[:：]\s+(?P<title>\S.{9,})$")


# ("SUJET 1/6 – Les agents IA ...": a count of the digest's, unbracketed)
_COUNTED_LEAD = re.compile(r"^(?P<said>[^\W\d]+\s+\d{1,3}\s*/\s*\d{1,3})\s*[-—–:：]\s*(?P<title>\S.{3,})$")
_BRACKETED_LEAD = re.compile(
    r"^[\[【［](?P<said>[^\[\]【】［］]{1,30})[\]】］]\s*[-—–]\s*(?P<title>\S.{3,})$"
)


def host_suffix(title: str, url: str | None) -> tuple[str, str] | None:
    """(``Slow``, ``michaelnotebook.com``) of ``Slow michaelnotebook.com`` over a link there: the
    host a title names after it (Hacker News's habit) is its link's own, no part of the title. None
    where the title's sentence names the site (``I moved my blog to neocities.org``)."""
    head, _, last = title.rpartition(" ")
    if "." not in last or not HOST_NAME.match(last) or not any(c.isalnum() for c in head):
        return None  # ("↗ ANSA.it": a link to the outlet, no title before it)
    if (parts := _url_parts(url)) is None:
        return None
    named, host = last.casefold().removeprefix("www."), parts[0]
    if host != named and not host.endswith("." + named):
        return None
    if head.split()[-1] in _HOST_PREPOSITIONS:
        return None
    return without_trailing_separator(head), last  # (also "Title | Law.asia")


def without_credited_handles(title: str) -> str:
    """A title less the accounts a feed credits after it ("Using Local (AI) Compute ... via
    @sejournal, @chrisgreenseo"): the publisher's and the writer's, no words of the headline."""
    return _CREDITED_HANDLES.sub("", title)


_CREDITED_HANDLES = re.compile(r"\s+via\s+@\w+(?:\s*,\s*@\w+)*\s*$")


def without_trailing_separator(text: str) -> str:
    """``Kudun hires four lawyers |`` -> ``Kudun hires four lawyers``: what is left of a title whose
    site name or date after a separator was cut off."""
    text = text.strip()
    for sep in lexicon()["titles"]["separators"]:
        if text.endswith(sep.strip()) and (head := text[: -len(sep.strip())].strip()):
            return head
    return text


# a bare host name ("blog.kagi.com"), and the words before one that make it the sentence's own
HOST_NAME = re.compile(r"^(?:[a-z0-9-]+\.)+[a-z]{2,}$", re.IGNORECASE)
_HOST_PREPOSITIONS = frozenset("on at to for via from with into onto of in by".split())


def names_its_site(text: str, url: str) -> bool:
    """Whether a link's ``text`` is the name of the site it links, and no more ("[FastMail](https://
    www.fastmail.com/?STKI=16759801)"): the site, not one of its pages."""
    parts = _url_parts(url)
    if parts is None:
        return False
    letters = re.sub(r"\W|_", "", text.casefold())
    labels = parts[0].split(".")
    return bool(letters) and (letters in labels[:-1] or letters in ("".join(labels[:-1]), "".join(labels)))


def site_home(url: str) -> str:
    """The home page of the site ``url`` is on: ``https://www.fastmail.com/?STKI=1`` ->
    ``https://www.fastmail.com/``."""
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}/"


def _names_site(name: str, host: str) -> bool:
    """``Acteurs Publics`` names acteurspublics.fr, ``Investing.com`` fr.investing.com and ``La Revue
    EIN`` revue-ein.com: the name's letters are a label of the host's, or hold one."""
    letters = re.sub(r"\W|_", "", name.casefold().removesuffix(".com"))
    labels = [re.sub(r"\W|_", "", label) for label in host.split(".")[:-1]]
    return bool(letters) and any(
        label == letters or (len(label) >= _MIN_SITE_LABEL and label in letters) for label in labels
    )


_MIN_SITE_LABEL = 5  # letters of a host's label that a longer name must hold ("revueein")


def publisher_from_feed(feed: str) -> str:
    """``OpenAI Blog News`` -> ``OpenAI``: an aggregator names feeds after their publisher."""
    suffixes = {fold(s) for s in lexicon()["feeds"]["suffixes"]}
    words = feed.split()
    while len(words) > 1 and fold(words[-1]) in suffixes:
        words.pop()
    return " ".join(words)


@lru_cache(maxsize=1 << 14)  # pure, and the same link recurs across a page's readers
def canonical_url(url: str | None) -> str | None:
    """Canonical form of an article URL: w3lib's canonicalisation, tracking parameters dropped,
    scheme and host lower-cased, fragment dropped."""
    if not url:
        return None
    # (an exit page's address, stated bare or in front matter, is the address it leads to, and a web
    # archive's copy of an article names that article)
    url = unwrap_redirect(url.strip().strip("<>"))
    url = archived_original(url) or url
    try:
        parts = urlsplit(url)
        _ = parts.port
    except ValueError:
        # ("http://0.0.0.0:8000에서", an address run into the words after it, or a lone "[": no page)
        return None
    if parts.scheme.lower() not in ("http", "https") or not _public_host(parts.hostname):
        return None
    query = urlencode(
        [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _TRACKING_PARAMS.match(k)]
    )
    scheme, netloc = parts.scheme.lower(), parts.netloc.lower()
    if _DEFAULT_PORTS.get(scheme) == parts.port:
        # ("http://www.techcrunch.com:80/2005/08/03/...", as a web archive names the page it saved)
        netloc = netloc.removesuffix(f":{parts.port}")
    rebuilt = urlunsplit((scheme, netloc, parts.path or "/", query, ""))
    return _w3lib_canonicalize(rebuilt, keep_fragments=False)


_DEFAULT_PORTS = {"http": 80, "https": 443}


def _public_host(host: str | None) -> bool:
    """Whether a host can serve a published article: a name with a dot in it, or an address. A
    relative link read as absolute (``item?id=42770125`` -> ``http://item/?id=42770125``) and an
    intranet name (``http://wiki/``) name no page a reader can open, nor does an address of no public
    network (``http://0.0.0.0:8000``, ``http://127.0.0.1/``, ``http://192.168.1.10/``: a README's
    local server)."""
    if not host or ("." not in host and ":" not in host):
        return False
    if not (host[0].isdigit() or ":" in host):
        return True  # a name, not an address
    try:
        return ipaddress.ip_address(host).is_global
    except ValueError:
        return True  # a name, not an address


def archived_original(url: str) -> str | None:
    """The original address inside a web archive's copy of it
    (``https://web.archive.org/web/20210710232118/https://www.hkcnews.com/...`` -> the latter)."""
    match = _ARCHIVE_COPY.match(url.strip())
    return match.group(1) if match else None


_ARCHIVE_COPY = re.compile(
    # (the capture's timestamp may be left out: ".../web/https://techcrunch.com/..." is the latest)
    r"^https?://(?:web\.archive\.org/web|archive\.(?:ph|today|is|org/wayback))/(?:[0-9a-z_*]+/)?(https?://\S+)$",
    re.IGNORECASE,
)


def shared_address(hrefs: Iterable[str]) -> str | None:
    """The address a page's share buttons carry (``https://www.linkedin.com/shareArticle?url=
    https://www.databreaches.net/...``, a web archive's copy of them too: ``https://archive.ph/o/
    rsmmS/https://twitter.com/intent/tweet?...&url=...``), where two or more name one address and
    none another: the page's own, which an archive's short link (``http://archive.today/rsmmS``)
    does not name."""
    named: set[str] = set()
    buttons = 0
    for href in hrefs:
        href = _ARCHIVE_WRAPPED.sub("", href.strip())
        if not is_share_url(href if "//" in href else f"https://{href}"):
            continue
        said = [v for k, v in parse_qsl(urlsplit(href).query) if k in ("url", "u") and looks_like_url(v)]
        if said:
            buttons += 1
            named.update(said)
    return named.pop() if buttons >= _MIN_SHARE_BUTTONS and len(named) == 1 else None


def archive_short_link(url: str) -> bool:
    """``http://archive.today/rsmmS``: archive.today's short link to a capture, naming no page."""
    return bool(_ARCHIVE_SHORT.match(url.strip()))


def archive_today_capture(url: str) -> bool:
    """Whether an address is archive.today's capture of a page (``http://archive.today/rsmmS``,
    ``https://archive.ph/2021.../https://...``): a page that states the capture's time as its own
    date, where the Wayback Machine's copy keeps the captured page's."""
    return bool(_ARCHIVE_TODAY_PAGE.match(url.strip()))


# archive.today's wrapper around the captured page's links ("https://archive.ph/o/rsmmS/https://...")
_ARCHIVE_TODAY = r"^https?://archive\.(?:today|ph|is|li|vn|fo|md)/"
_ARCHIVE_TODAY_PAGE = re.compile(_ARCHIVE_TODAY, re.IGNORECASE)
_ARCHIVE_WRAPPED = re.compile(_ARCHIVE_TODAY + r"o/[0-9A-Za-z]+/", re.IGNORECASE)
_ARCHIVE_SHORT = re.compile(_ARCHIVE_TODAY + r"[0-9A-Za-z]{4,8}/?$", re.IGNORECASE)
_MIN_SHARE_BUTTONS = 2


def unwrap_redirect(href: str) -> str:
    """The address a link through a site's exit page leads to (``https://link.zhihu.com/?target=
    https%3A//code.facebook.com/posts/...`` -> ``https://code.facebook.com/posts/...``; ``[urls]
    redirectors``); any other link as it is."""
    if "?" not in href:  # (most links: no query, nothing to ask)
        return href
    # ("https://link.juejin.im?target=...": the query may follow the host with no path between)
    if href.partition("//")[2].partition("/")[0].partition("?")[0].lower() not in _redirector_hosts():
        return href  # (and most others: no exit page's host, no parse)
    try:
        parts = urlsplit(href.strip())
    except ValueError:  # ("http://[?a=1": an address no parser reads)
        return href
    keys = _redirectors().get(f"{parts.netloc}{parts.path or '/'}".lower())
    if keys is None:
        return href
    query = parse_qsl(parts.query)
    target = next((value for name, value in query if name in keys), "")
    if target.startswith("/") and (publication := dict(query).get("for_pub")):
        # Substack's sign-in page names the post by its path on the publication it names
        # ("substack.com/sign-in?redirect=%2Fp%2F<slug>&for_pub=noetikai" -> noetikai.substack.com/p/<slug>)
        target = f"https://{publication}.substack.com{target}" if _SUBDOMAIN.fullmatch(publication) else ""
    elif target.isdigit() and parts.path == "/app-link/post":
        # ... and an email's app link names it by its number, beside the reader's own token
        # ("substack.com/app-link/post?publication_id=2660&post_id=208550714&token=..." ->
        # substack.com/home/post/p-208550714)
        target = f"https://substack.com/home/post/p-{target}"
    # ("?url=https%3A%2Ftech.devsisters.com%2F...": one slash, which browsers read as two)
    target = _ONE_SLASH.sub(r"\1://", target)
    return target if looks_like_url(target) else href


_ONE_SLASH = re.compile(r"^(https?):/(?!/)", re.IGNORECASE)
_SUBDOMAIN = re.compile(r"[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?", re.IGNORECASE)


@lru_cache(maxsize=1)
def _redirector_hosts() -> frozenset[str]:
    return frozenset(page.split("/", 1)[0] for page in _redirectors())


@lru_cache(maxsize=1)
def _redirectors() -> dict[str, frozenset[str]]:
    """{host and path: the query keys that hold the address} of ``[urls] redirectors``."""
    found: dict[str, set[str]] = {}
    for entry in lexicon()["urls"]["redirectors"]:
        page, key = entry.lower().rsplit("?", 1)
        found.setdefault(page, set()).add(key)
    return {page: frozenset(keys) for page, keys in found.items()}


def url_key(url: str | None) -> str | None:
    """What two URLs of one article share: the canonical form less ``www.``, the scheme and a
    trailing slash (``http://www.x.com/a/`` and ``https://x.com/a`` name the same page)."""
    canonical = canonical_url(url)
    if canonical is None:
        return None
    parts = urlsplit(canonical)
    host = parts.netloc.removeprefix("www.")
    path = parts.path.rstrip("/") or "/"
    return urlunsplit(("", host, path, parts.query, "")).lstrip("/")


def article_url(candidates: Iterable[str]) -> str | None:
    """The first of ``candidates`` (URLs a page states as its source, in page order) that can be
    the article itself, as stated.

    A page often names the site's news listing next to the article ("Source: [Anthropic News]
    (https://www.anthropic.com/news)", "Official link: .../news/anthropic-nec"): a listing page
    (a path that is one of ``lexicon.toml``'s ``[urls] listing_segments``, after an optional
    language segment), a feed (``[urls] feed_hosts``, ``/rss``, ``/index.xml``) and the section of
    another candidate on the same host (a path prefix of it) and a search's results (``[urls]
    search_segments`` with a query) are never the article. A site's home
    page is taken only when no candidate names more: a story can be about a site, but two digests
    that each name only a listing are not one article, and a brief citing five outlets' home pages
    names none of them.
    """
    parsed = [(url, parts) for url in candidates if (parts := _url_parts(url)) is not None]
    home = profile = None
    homes: set[str] = set()
    for url, (host, segments, has_query) in parsed:
        if _is_feed(host, segments):
            continue
        if not has_query and _profile_parts(host, segments):
            # (a speaker's LinkedIn profile before the talk's page: who, not the story's page)
            profile = profile or url
            continue
        if has_query and _is_search(url, segments):
            continue  # a search's results ("google.com/search?q=...") list pages, none of them this one
        if has_query:  # ?p=123 names an article on any path
            return url
        lead = _without_language(segments)
        if not lead:
            home = home or url
            homes.add(host)
            continue
        if len(lead) == 1 and lead[0].lower() in _url_words("listing_segments"):
            continue
        n = len(segments)
        if any(h == host and len(other) > n and other[:n] == segments for _, (h, other, _) in parsed):
            continue  # the section of a more specific candidate
        return url
    if profile is not None:
        return profile  # (a story that links only a person's profile is about that person)
    return home if len(homes) == 1 else None  # the home pages of several sites name no one article


def _is_search(url: str, segments: tuple[str, ...]) -> bool:
    """A search page ([urls] search_segments) asked a search ([urls] search_keys: ``q=``, ``wd=``).
    WeChat's articles live at ``/s?__biz=...``: a page's query must ask a search."""
    if not segments or segments[-1].lower() not in _url_words("search_segments"):
        return False
    asked = {key.lower() for key, _ in parse_qsl(urlsplit(url).query, keep_blank_values=True)}
    return bool(asked & _url_words("search_keys"))


def is_search_url(url: str) -> bool:
    """A search's results page (``https://www.google.com/search?q=...``): it lists pages, none."""
    parts = _url_parts(url)
    return parts is not None and parts[2] and _is_search(url, parts[1])


def is_share_url(url: str) -> bool:
    """Whether an address is a site's page for sharing another (``https://twitter.com/intent/tweet?
    url=...``, ``https://wa.me/?text=...``, ``mailto:?body=...``; ``[urls] share_pages``): a button,
    no article."""
    if url[:7].lower() == "mailto:":  # ("mailto:?subject=...&body=https://...": sharing by e-mail)
        return "?" in url
    rest = url.partition("//")[2].lower()
    return rest.startswith(_share_pages())


@lru_cache(maxsize=1)
def _share_pages() -> tuple[str, ...]:
    return tuple(page.lower() for page in lexicon()["urls"]["share_pages"])


def is_feed_url(url: str) -> bool:
    """A feed's address (``https://example.com/rss``, ``.../feed.xml``): a list of articles, none."""
    parts = _url_parts(url)
    return parts is not None and _is_feed(parts[0], parts[1])


def _is_feed(host: str, segments: tuple[str, ...]) -> bool:
    if host in _url_words("feed_hosts"):
        return True
    last = segments[-1].lower() if segments else ""
    return last in _url_words("feed_segments") or last.endswith(_feed_endings())


@cache
def _feed_endings() -> tuple[str, ...]:
    return tuple(sorted(_url_words("feed_endings")))


def names_many_articles(url: str | None) -> bool:
    """A URL that pages about different articles may all cite: a site's home page, or a log of
    announcements (a path segment that is, or ends in, one of ``[urls] log_segments``:
    ``/release-notes/overview``, ``/articles/12138966-release-notes``). It is a page's source as
    stated, but not evidence that two pages citing it are about one article."""
    parts = _url_parts(url)
    if parts is None:
        return False
    _, segments, has_query = parts
    if has_query:
        return False
    if not _without_language(segments):
        return True
    logs = _url_words("log_segments")
    endings = _log_endings()
    return any(s in logs or s.endswith(endings) for s in map(str.lower, segments))


@cache
def _log_endings() -> tuple[str, ...]:
    """``-release-notes`` for each log segment, sorted: a segment's ending names a log too."""
    return tuple(sorted("-" + word for word in _url_words("log_segments")))


def url_host(url: str | None) -> str | None:
    """The host of ``url`` less ``www.`` (``edition.cnn.com``), else None."""
    parts = _url_parts(url)
    return parts[0] if parts else None


def url_site(url: str) -> str | None:
    """The site a host belongs to: ``eshop.yomiuri.co.jp`` and ``www.yomiuri.co.jp`` are
    ``yomiuri.co.jp``; ``news.example.com`` is ``example.com``."""
    host = url_host(url)
    if host is None:
        return None
    labels = host.split(".")
    keep = 3 if len(labels) >= 3 and len(labels[-1]) == 2 and len(labels[-2]) <= 3 else 2
    return ".".join(labels[-keep:])


def home_page_site(url: str | None) -> str | None:
    """The site (host less ``www.``) whose home page ``url`` is, else None: a story that names only
    a home page is about something of that site, never of another's."""
    parts = _url_parts(url)
    if parts is None or parts[2] or _without_language(parts[1]):
        return None
    return parts[0]


def profile_page(url: str | None) -> bool:
    """Whether ``url`` is a person's profile on a site of many (``https://github.com/nosark``,
    ``https://x.com/simonw``, ``https://www.linkedin.com/in/<name>/``; ``[urls] profile_hosts``,
    ``profile_paths``): who someone is, never a story's page."""
    parts = _url_parts(url)
    return parts is not None and not parts[2] and _profile_parts(parts[0], parts[1])


def _profile_parts(host: str, segments: tuple[str, ...]) -> bool:
    """A profile's host and path: one segment on a ``profile_hosts`` site (``github.com/nosark``), or
    a ``profile_paths`` prefix and a name (``linkedin.com/in/<name>``, ``reddit.com/user/<name>``)."""
    if len(segments) == 1:
        return host in _url_words("profile_hosts")
    return len(segments) == 2 and f"{host}/{segments[0].lower()}" in _url_words("profile_paths")


def _url_parts(url: str | None) -> tuple[str, tuple[str, ...], bool] | None:
    """(host less ``www.``, path segments, has a query) of a URL's :func:`url_key`."""
    key = url_key(url)
    if key is None:
        return None
    address, _, query = key.partition("?")
    host, _, path = address.partition("/")
    return host, tuple(s for s in path.split("/") if s), bool(query)


def _without_language(segments: tuple[str, ...]) -> tuple[str, ...]:
    return segments[1:] if segments and _LANGUAGE_SEGMENT.match(segments[0]) else segments


_LANGUAGE_SEGMENT = re.compile(r"^[a-z]{2}(?:[-_][a-zA-Z]{2,4})?$")


@cache
def _url_words(kind: str) -> frozenset[str]:
    return frozenset(s.lower() for s in lexicon()["urls"][kind])


_URL = re.compile(r"https?://\S+")


def looks_like_url(text: str) -> bool:
    return bool(_URL.fullmatch(text.strip()))
