"""Raw store: finds raw pages under a folder, hashes them and decodes their bytes to text.

The raw folder is read-only to the project. Every regular file below it (recursively, in sorted
path order, symlinks leaving the folder not followed) is a candidate page. Decoding never guesses
silently: a byte-order mark wins, then a ``<meta charset>`` declaration, then a strict UTF-8 check,
then charset-normalizer; the method that decided is recorded with the encoding.
"""

from __future__ import annotations

import codecs
import hashlib
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import charset_normalizer

MediaType = Literal["html", "text"]

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_HTML_START = re.compile(
    # (a server page's directives over its markup: JSP's "<%@ page ... %>", PHP's "<?php ... ?>")
    rb"\A\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*|<%.*?%>\s*|<\?php.*?\?>\s*)*"
    # (a copy cut from the middle of a saved page may open on a closing tag: "</div>")
    rb"<(?:!doctype\s+html|/?(?:html|head|body|meta|title|div|p|article|h[1-6]))[\s>/]",
    re.IGNORECASE | re.DOTALL,
)
# A Markdown page may open on an HTML banner (a README's ``<p align="center"><strong>...``) and go on
# in Markdown: headings and table rules at the starts of lines, and no document element anywhere.
_MARKDOWN_BLOCK_LINE = re.compile(rb"^(?:#{1,6}[ \t]+\S|\|[ \t]*:?-{3,})", re.MULTILINE)
_DOCUMENT_ELEMENT = re.compile(rb"<(?:!doctype|html|head|body)[\s>]", re.IGNORECASE)
_MARKDOWN_REACH = 1 << 16  # bytes looked at for them

# Labels some pages declare that Python spells differently (WHATWG encoding labels).
_CODEC_ALIASES = {"x-sjis": "shift_jis", "gb2312": "gb18030", "gbk": "gb18030", "x-euc-jp": "euc_jp"}


class DecodeError(ValueError):
    """The bytes of a page cannot be turned into text with confidence."""


@dataclass(frozen=True)
class RawFile:
    path: str  # relative to the raw folder, POSIX separators
    abspath: Path
    size: int
    mtime_ns: int = 0


@dataclass(frozen=True)
class DecodedPage:
    path: str
    sha256: str
    text: str
    encoding: str
    encoding_method: str
    media_type: MediaType


def scan(raw_dir: Path, *, follow_symlinks: bool = False) -> list[RawFile]:
    """Every regular file below ``raw_dir`` in sorted relative-path order: hidden files and
    folders are skipped (and never descended into), symlinked folders are not followed, and a
    symlinked file counts only while it resolves inside ``raw_dir`` (unless ``follow_symlinks``).

    ``os.scandir`` rather than ``Path.rglob``: a nightly re-run over unchanged pages is mostly this
    listing, and directory entries carry their type, so only files are stat-ed, once each.
    """
    root = raw_dir.resolve()
    found: list[RawFile] = []
    folders = [(str(raw_dir), "")]  # (folder, its path relative to raw_dir with a trailing /)
    while folders:
        folder, prefix = folders.pop()
        with os.scandir(folder) as entries:
            for entry in entries:
                if entry.name.startswith("."):
                    continue
                if entry.is_dir(follow_symlinks=False):
                    folders.append((entry.path, f"{prefix}{entry.name}/"))
                    continue
                path = Path(entry.path)
                if entry.is_symlink():
                    if not follow_symlinks and not path.resolve().is_relative_to(root):
                        continue
                    if not path.is_file():  # broken, a loop, or a folder
                        continue
                elif not entry.is_file(follow_symlinks=False):
                    continue
                stat = entry.stat()
                found.append(RawFile(prefix + entry.name, path, stat.st_size, stat.st_mtime_ns))
    return sorted(found, key=lambda f: f.path)


def is_archive(path: str) -> bool:
    return path.lower().endswith(WARC_SUFFIXES)


def sha256_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def sniff_media_type(data: bytes) -> MediaType:
    head = data[:2048]
    for bom, codec in _BOMS:
        if head.startswith(bom):
            # Sniff the characters, not the code units: UTF-16/32 markup is full of NUL bytes.
            head = head[len(bom) :].decode(codec, "ignore").encode("utf-8")
            break
    if b"\x00" in head[:64]:  # UTF-16/32 without a BOM is not sniffed as markup
        return "text"
    if not _HTML_START.match(head):
        return "text"
    sample = data[:_MARKDOWN_REACH]
    if not _DOCUMENT_ELEMENT.search(sample) and len(_MARKDOWN_BLOCK_LINE.findall(sample)) >= 2:
        return "text"  # a Markdown page under an HTML banner
    return "html"


def decode(data: bytes, *, declared: str | None = None) -> tuple[str, str, str]:
    """Bytes to ``(text, encoding, method)``; raises :class:`DecodeError` when nothing fits."""
    if not data.strip():
        raise DecodeError("empty file")
    for bom, codec in _BOMS:
        if data.startswith(bom):
            decoded = _strict(data[len(bom) :], codec, "bom")
            if not decoded[0].strip():
                raise DecodeError("empty file (only a byte-order mark and whitespace)")
            return decoded
    candidates: list[tuple[str, str]] = []
    if declared:
        candidates.append((declared, "declared"))
    meta = _META_CHARSET.search(data[:4096])
    if meta:
        candidates.append((meta.group(1).decode("ascii", "replace"), "meta"))
    utf8 = _valid_utf8(data)
    for label, method in candidates:
        codec = _codec_name(label)
        if codec is None:
            continue
        if method == "meta" and codec.startswith(("utf-16", "utf-32")):
            continue  # a <meta> readable as ASCII bytes is not UTF-16/32 (WHATWG reads it as UTF-8)
        if method == "meta" and utf8 is not None and not data.isascii() and codec != "utf-8":
            # Multi-byte UTF-8 sequences do not happen by accident: the label is stale (a page
            # re-saved as UTF-8 keeps its old <meta>), and trusting it would give mojibake.
            return utf8, "utf-8", "utf-8-valid-over-meta"
        try:
            return _strict(data, codec, method)
        except DecodeError:
            continue  # a wrong declaration is common; fall through to detection
    if b"\x00" in data[:4096] and data.count(b"\x00") > len(data) // 4:
        raise DecodeError("binary content (NUL bytes), not a text or HTML page")
    if data.isascii() and _ISO2022_ESCAPE.search(data):
        return _strict(data, "iso2022_jp_2", "iso-2022-escapes")
    if utf8 is not None:
        return utf8, "utf-8", "utf-8-valid"
    best = charset_normalizer.from_bytes(data).best()
    if best is None or best.encoding is None:
        raise DecodeError("undecodable: no text encoding fits the bytes")
    return str(best), _codec_name(best.encoding) or best.encoding, "detected"


_ISO2022_ESCAPE = re.compile(rb"\x1b\$[@B]|\x1b\$\(D|\x1b\(J")


def _valid_utf8(data: bytes) -> str | None:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return None


def _codec_name(label: str) -> str | None:
    label = label.strip().lower()
    label = _CODEC_ALIASES.get(label, label)
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def _strict(data: bytes, codec: str, method: str) -> tuple[str, str, str]:
    try:
        return data.decode(codec), codec, method
    except UnicodeDecodeError as exc:
        raise DecodeError(f"bytes are not valid {codec} ({method}): {exc.reason} at {exc.start}") from exc
    except (UnicodeError, LookupError) as exc:  # labels such as "hex", "rot13", "undefined"
        raise DecodeError(f"{codec} is not usable to decode a page ({method}): {exc}") from exc


@dataclass(frozen=True)
class RawUnit:
    """One page's bytes: a whole raw file, or one response archived in a WARC file
    (``path`` is then ``file.warc.gz#offset``), with what the fetch knew about it."""

    path: str
    data: bytes
    url: str | None = None
    fetched_at: str | None = None
    declared_charset: str | None = None


WARC_SUFFIXES = (".warc", ".warc.gz")
MAX_PAGE_BYTES = 20 * 1024 * 1024  # no news page is larger; a bigger file is not read at all


class PageTooLarge(DecodeError):
    """A raw file over the page size cap: rejected without being read."""


def units(raw: RawFile, errors: list[str], *, max_bytes: int = MAX_PAGE_BYTES) -> Iterator[RawUnit]:
    """The pages a raw file holds: itself, or each response of a WARC archive (problems reading
    an archive go to ``errors``; the responses before them are still yielded). A plain file over
    ``max_bytes`` raises :class:`PageTooLarge` before anything is read."""
    if is_archive(raw.path):
        from pipeline.warc import read_responses

        for page in read_responses(raw.abspath, max_bytes=max_bytes, errors=errors):
            yield RawUnit(
                f"{raw.path}#{page.offset}", page.body, page.url, page.fetched_at, page.http_charset
            )
        return
    size = raw.abspath.stat().st_size
    if size > max_bytes:
        raise PageTooLarge(f"file of {size / 2**20:.1f} MiB is over the {max_bytes / 2**20:.0f} MiB page cap")
    yield RawUnit(raw.path, raw.abspath.read_bytes())


def load_unit(unit: RawUnit) -> DecodedPage:
    """Hash and decode one page; the HTTP charset of a fetched page counts as declared."""
    text, encoding, method = decode(unit.data, declared=unit.declared_charset)
    text = _drop_lone_surrogates(text)
    return DecodedPage(
        path=unit.path,
        sha256=sha256_of(unit.data),
        text=text,
        encoding=encoding,
        encoding_method=method,
        media_type=sniff_media_type(unit.data),
    )


def load(raw: RawFile, data: bytes | None = None) -> DecodedPage:
    """Read, hash and decode one raw file."""
    data = raw.abspath.read_bytes() if data is None else data
    text, encoding, method = decode(data)
    text = _drop_lone_surrogates(text)
    return DecodedPage(
        path=raw.path,
        sha256=sha256_of(data),
        text=text,
        encoding=encoding,
        encoding_method=method,
        media_type=sniff_media_type(data),
    )


def _drop_lone_surrogates(text: str) -> str:
    # A lone surrogate (possible after utf-16 with 'surrogatepass' elsewhere) breaks lxml.
    return text.encode("utf-8", "replace").decode("utf-8") if _has_surrogate(text) else text


def _has_surrogate(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False
