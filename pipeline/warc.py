"""WARC archive of fetched pages: writing response records, and reading them back as pages.

This module owns the on-disk form of everything ``fetch`` downloads. Each fetch run appends
gzip-per-record WARC/1.0 records (a ``request`` and its ``response``) to one file,
``RAW/warc/fetch-<UTC timestamp>-<random>.warc.gz``, which is written under a dot-name (that
``rawstore.scan`` skips) and renamed only when the run closes it, so a killed run never leaves a
half file that looks complete. A response record holds the HTTP message as received: the status
line, the headers and the entity body still in its ``Content-Encoding`` (only ``Transfer-Encoding``
is undone, since the HTTP client de-chunks, and that header is dropped).

Reading yields one :class:`WarcPage` per 2xx ``response`` record with the URL, the fetch time, the
charset of the HTTP ``Content-Type`` and the entity body with its ``Content-Encoding`` undone.
Bodies are bounded on both sides of decompression by ``max_bytes`` (:class:`CappedDecoder`), so a
compression bomb inside an archive is skipped, not inflated. Reading never raises on a truncated or
corrupt file: it yields every record it could read whole and notes the rest in ``errors``.
"""

from __future__ import annotations

import base64
import hashlib
import io
import logging
import os
import secrets
import threading
import zlib
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import Any, BinaryIO

from warcio.archiveiterator import ArchiveIterator
from warcio.bufferedreaders import ChunkedDataReader
from warcio.recordloader import ArcWarcRecord
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

log = logging.getLogger(__name__)

DEFAULT_MAX_BYTES = 10 * 1024 * 1024
WARC_DIRNAME = "warc"
SOFTWARE = "newsdigest/0.1"

Headers = Mapping[str, str] | Iterable[tuple[str, str]]


class BodyTooLarge(ValueError):
    """A body, raw or decoded, is longer than the cap."""


class ContentDecodingError(ValueError):
    """A body cannot be decoded with the Content-Encoding it declares."""


# --------------------------------------------------------------------------- content encoding


def content_encodings(value: str | None) -> list[str]:
    """The codings of a ``Content-Encoding`` value, in the order they were applied."""
    if not value:
        return []
    codings = [c.strip().lower() for c in value.split(",")]
    return [c for c in codings if c and c != "identity"]


class _Inflater:
    """One zlib stage whose output per call is bounded, so its total can be capped."""

    def __init__(self, coding: str) -> None:
        if coding not in ("gzip", "x-gzip", "deflate"):
            raise ContentDecodingError(f"unsupported Content-Encoding {coding!r}")
        self.coding = coding
        self._obj: zlib._Decompress | None = None
        self._head = b""  # deflate: wait for two bytes to tell zlib-wrapped from raw deflate

    def _new(self, data: bytes) -> zlib._Decompress:
        if self.coding != "deflate":
            return zlib.decompressobj(16 + zlib.MAX_WBITS)
        # "deflate" is specified as zlib-wrapped, but many servers send raw deflate.
        wrapped = len(data) >= 2 and data[0] & 0x0F == 8 and ((data[0] << 8) | data[1]) % 31 == 0
        return zlib.decompressobj(zlib.MAX_WBITS if wrapped else -zlib.MAX_WBITS)

    def decompress(self, data: bytes, max_length: int) -> bytes:
        if self._obj is None:
            self._head += data
            if self.coding == "deflate" and len(self._head) < 2:
                return b""
            data, self._head = self._head, b""
            self._obj = self._new(data)
        out = bytearray()
        while data:
            try:
                chunk = self._obj.decompress(data, max_length - len(out))
            except zlib.error as exc:
                raise ContentDecodingError(f"{self.coding} body is corrupt: {exc}") from exc
            out += chunk
            if len(out) >= max_length:
                return bytes(out)  # the caller's cap is reached; what is left does not matter
            if self._obj.eof and self._obj.unused_data.startswith(b"\x1f\x8b") and self.coding != "deflate":
                data = self._obj.unused_data  # a further gzip member
                self._obj = self._new(data)
            else:
                data = b""  # input consumed (or trailing garbage after the stream, which browsers ignore)
        return bytes(out)

    def finish(self) -> None:
        if self._head:
            raise ContentDecodingError(f"{self.coding} body is too short")
        if self._obj is not None and not self._obj.eof:
            raise ContentDecodingError(f"{self.coding} body ends before its stream does")


class CappedDecoder:
    """Undoes a ``Content-Encoding`` chunk by chunk, never producing more than ``max_bytes``.

    Every stage's output is bounded with zlib's ``max_length``, so a gzip bomb costs at most
    ``max_bytes`` of output (plus zlib's window) before :class:`BodyTooLarge` is raised. With
    ``keep=False`` the decoded bytes are only counted, which is how ``fetch`` checks a body it
    archives in its encoded form.
    """

    def __init__(self, content_encoding: str | None, max_bytes: int, *, keep: bool = True) -> None:
        self.max_bytes = max_bytes
        self.keep = keep
        # Codings are listed in the order applied, so they are undone last first.
        self._stages = [_Inflater(c) for c in reversed(content_encodings(content_encoding))]
        self._produced = [0] * len(self._stages)
        self._out = bytearray()
        self.decoded_bytes = 0

    def feed(self, data: bytes) -> None:
        for i, stage in enumerate(self._stages):
            if not data:
                return
            room = self.max_bytes - self._produced[i]
            data = stage.decompress(data, room + 1)
            self._produced[i] += len(data)
            if self._produced[i] > self.max_bytes:
                raise BodyTooLarge(
                    f"{stage.coding}-decoded body is over the cap of {self.max_bytes} bytes "
                    f"(stopped after inflating {self._produced[i]} bytes)"
                )
        self.decoded_bytes += len(data)
        if self.decoded_bytes > self.max_bytes:
            raise BodyTooLarge(f"body is over the cap of {self.max_bytes} bytes")
        if self.keep:
            self._out += data

    @property
    def output(self) -> bytes:
        """What has been decoded so far (with ``keep``)."""
        return bytes(self._out)

    def finish(self) -> bytes:
        for stage in self._stages:
            stage.finish()
        return bytes(self._out)


def decode_body(body: bytes, content_encoding: str | None, max_bytes: int) -> bytes:
    """``body`` with its ``Content-Encoding`` undone, bounded by ``max_bytes``."""
    decoder = CappedDecoder(content_encoding, max_bytes)
    decoder.feed(body)
    return decoder.finish()


def http_charset(content_type: str | None) -> str | None:
    """The ``charset`` parameter of a ``Content-Type`` value, lower-cased, or None."""
    if not content_type:
        return None
    for param in content_type.split(";")[1:]:
        name, _, value = param.partition("=")
        if name.strip().lower() == "charset":
            value = value.strip().strip("\"'").strip()
            return value.lower() or None
    return None


def media_type(content_type: str | None) -> str | None:
    """The ``type/subtype`` of a ``Content-Type`` value, lower-cased, or None."""
    if not content_type:
        return None
    value = content_type.split(";", 1)[0].strip().lower()
    return value or None


# --------------------------------------------------------------------------- writing


def warc_date(moment: datetime) -> str:
    """A datetime as a WARC/1.0 date (UTC, seconds, ``Z``); naive datetimes are taken as UTC."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _header_pairs(headers: Headers | None) -> list[tuple[str, str]]:
    if headers is None:
        return []
    items = headers.items() if isinstance(headers, Mapping) else headers
    return [(str(k), str(v)) for k, v in items]


def write_response(
    path_or_stream: str | os.PathLike[str] | BinaryIO,
    url: str,
    status: int,
    headers: Headers,
    body: bytes,
    fetched_at: datetime,
    ip: str | None = None,
    *,
    reason: str = "",
    http_version: str = "HTTP/1.1",
    request_headers: Headers | None = None,
    request_target: str | None = None,
    truncated: str | None = None,
) -> str:
    """Append one gzip-compressed ``response`` record (and its ``request`` when ``request_headers``
    is given) and return the response's WARC-Record-ID.

    ``body`` is the entity body as received, still in its ``Content-Encoding``. A path is opened in
    append mode (gzip members concatenate into a valid file); a stream is written at its position.
    ``truncated`` sets ``WARC-Truncated`` (e.g. ``"length"``) for a body cut short on purpose.
    """
    if isinstance(path_or_stream, str | os.PathLike):
        with open(path_or_stream, "ab") as fh:
            return write_response(
                fh,
                url,
                status,
                headers,
                body,
                fetched_at,
                ip,
                reason=reason,
                http_version=http_version,
                request_headers=request_headers,
                request_target=request_target,
                truncated=truncated,
            )
    stream = path_or_stream
    writer = WARCWriter(stream, gzip=True)
    # The client has already de-chunked the body: keeping the header would misdescribe it.
    pairs = [(k, v) for k, v in _header_pairs(headers) if k.lower() != "transfer-encoding"]
    http_headers = StatusAndHeaders(f"{status} {reason}".strip(), pairs, protocol=http_version)
    warc_headers = {"WARC-Date": warc_date(fetched_at)}
    if ip:
        warc_headers["WARC-IP-Address"] = ip
    if truncated:
        warc_headers["WARC-Truncated"] = truncated
    response = writer.create_warc_record(
        url,
        "response",
        payload=io.BytesIO(body),
        length=len(body),
        http_headers=http_headers,
        warc_headers_dict=warc_headers,
    )
    record_id: str = response.rec_headers.get_header("WARC-Record-ID")
    if request_headers is None:
        writer.write_record(response)
        return record_id
    target = request_target or "/"
    request = writer.create_warc_record(
        url,
        "request",
        http_headers=StatusAndHeaders(
            f"GET {target} {http_version}", _header_pairs(request_headers), is_http_request=True
        ),
        warc_headers_dict={"WARC-Date": warc_date(fetched_at)},
    )
    writer.write_request_response_pair(request, response)
    return record_id


class WarcRunWriter:
    """The one WARC file of a fetch run: thread-safe, and visible under its final name only once
    closed. A run that writes no record leaves no file.

    Use as a context manager; leaving it through an exception still publishes the records already
    written (each is complete when :meth:`write_response` returns). A process killed outright leaves
    only the dot-named ``.part`` file, which ``rawstore.scan`` skips.
    """

    def __init__(self, warc_dir: Path, *, now: datetime | None = None) -> None:
        stamp = (now or datetime.now(UTC)).astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
        name = f"fetch-{stamp}-{secrets.token_hex(4)}.warc.gz"
        self.warc_dir = warc_dir
        self.path = warc_dir / name
        self.part_path = warc_dir / f".{name}.part"
        self.records = 0
        self._fh: BinaryIO | None = None
        self._lock = threading.Lock()
        self._closed = False

    def __enter__(self) -> WarcRunWriter:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def write_response(
        self,
        url: str,
        status: int,
        headers: Headers,
        body: bytes,
        fetched_at: datetime,
        ip: str | None = None,
        **kwargs: Any,
    ) -> str:
        """As :func:`write_response`, into this run's file; returns the WARC-Record-ID."""
        with self._lock:
            if self._closed:
                raise ValueError("the WARC file of this run is closed")
            if self._fh is None:
                self.warc_dir.mkdir(parents=True, exist_ok=True)
                self._fh = open(self.part_path, "wb")  # noqa: SIM115 - held open across records
                self._write_warcinfo(self._fh)
            record_id = write_response(self._fh, url, status, headers, body, fetched_at, ip, **kwargs)
            self._fh.flush()
            self.records += 1
            return record_id

    def _write_warcinfo(self, fh: BinaryIO) -> None:
        writer = WARCWriter(fh, gzip=True)
        info = {"software": SOFTWARE, "format": "WARC File Format 1.0", "robots": "obey"}
        writer.write_record(writer.create_warcinfo_record(self.path.name, info))

    def close(self) -> Path | None:
        """Publish the file under its final name; returns it, or None when nothing was written."""
        with self._lock:
            if self._closed:
                return self.path if self.records else None
            self._closed = True
            if self._fh is None:
                return None
            self._fh.flush()
            os.fsync(self._fh.fileno())
            self._fh.close()
            os.replace(self.part_path, self.path)
            return self.path


# --------------------------------------------------------------------------- reading


@dataclass(frozen=True)
class WarcPage:
    url: str
    fetched_at: str  # ISO 8601 UTC, "2024-05-01T12:00:00Z"
    status: int
    content_type: str | None
    http_charset: str | None  # from the HTTP Content-Type, lower-cased; None when not declared
    body: bytes  # the entity body: Content-Encoding undone
    record_id: str
    offset: int  # of the record in the (compressed) file: seek there to read it again


def _iso_utc(value: str | None) -> str | None:
    if not value:
        return None
    try:
        moment = datetime.fromisoformat(value.strip())
    except ValueError:
        return None
    return warc_date(moment)


def _sha1_b32(data: bytes) -> str:
    return base64.b32encode(hashlib.sha1(data).digest()).decode("ascii")


def read_responses(
    path: str | os.PathLike[str],
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    errors: list[str] | None = None,
) -> Iterator[WarcPage]:
    """Every readable 2xx ``response`` record of a WARC file (gzip or not), in file order.

    Records that are not responses, or not 2xx, are skipped silently. Records that cannot be used
    (truncated, failing their payload digest, undecodable, or larger than ``max_bytes`` before or
    after decompression) are skipped with a one-line note appended to ``errors`` (and logged); a
    file that breaks off or stops parsing ends the iteration with a note. Nothing is raised.
    """
    notes: list[str] = errors if errors is not None else []

    def note(message: str) -> None:
        notes.append(message)
        log.warning("%s: %s", path, message)

    try:
        fh = open(path, "rb")  # noqa: SIM115 - closed in finally, around a generator
    except OSError as exc:
        note(f"cannot open: {exc}")
        return
    try:
        iterator = ArchiveIterator(fh)
        while True:
            try:
                record = next(iterator)
            except StopIteration:
                # warcio ends quietly when a record's header is cut off: compare with the file size.
                size = os.fstat(fh.fileno()).st_size
                end = iterator.offset
                if end < size:
                    note(f"file ends in a partial record: {size - end} bytes after offset {end}")
                return
            except Exception as exc:  # warcio raises assorted errors on damaged files
                note(f"unreadable after offset {iterator.offset}: {type(exc).__name__}: {_line(exc)}")
                return
            try:
                page = _page(record, iterator, max_bytes, note)
            except Exception as exc:
                note(f"record at offset {iterator.offset} unreadable: {type(exc).__name__}: {_line(exc)}")
                return
            if page is not None:
                yield page
    finally:
        fh.close()


def _page(
    record: ArcWarcRecord, iterator: ArchiveIterator, max_bytes: int, note: Callable[[str], None]
) -> WarcPage | None:
    if record.rec_type is None or record.format != "warc":
        # warcio also reads ARC, and takes a line of any six words for an ARC header.
        iterator.read_to_end()
        note(f"record at offset {iterator.get_record_offset()} has no readable WARC header")
        return None
    http = record.http_headers
    status = 0
    if record.rec_type == "response" and http is not None:
        try:
            status = int(http.get_statuscode())
        except (TypeError, ValueError):
            status = 0
    wanted = 200 <= status < 300
    rec_headers = record.rec_headers
    chunked = wanted and (http.get_header("Transfer-Encoding") or "").lower() == "chunked"
    stream = ChunkedDataReader(record.raw_stream, decomp_type=None) if chunked else record.raw_stream
    raw, seen = _drain(stream, max_bytes + 1 if wanted else 0)
    # Every record is drained and measured, wanted or not: a payload shorter than the block's
    # Content-Length says is how a cut-off file shows.
    expected = int(rec_headers.get_header("Content-Length") or -1) - (http.total_len if http else 0)
    iterator.read_to_end()
    offset = iterator.get_record_offset()
    url = rec_headers.get_header("WARC-Target-URI") or ""
    where = f"{record.rec_type} record at offset {offset} ({url})"
    # A gzip member cut after its data but before its trailer reads whole; only zlib can tell.
    decompressor = getattr(getattr(iterator, "reader", None), "decompressor", None)
    if decompressor is not None and not getattr(decompressor, "eof", True):
        note(f"{where}: its gzip member breaks off (the file is truncated)")
    if not chunked and expected >= 0 and seen < expected:
        note(f"{where} is truncated: {seen} of {expected} bytes")
        return None
    if not wanted:
        return None
    if len(raw) > max_bytes:
        note(f"{where} is over the cap of {max_bytes} bytes")
        return None
    digest = rec_headers.get_header("WARC-Payload-Digest") or ""
    if not chunked and digest.lower().startswith("sha1:") and _sha1_b32(raw) != digest[5:].strip().upper():
        note(f"{where} fails its payload digest")
        return None
    content_type = http.get_header("Content-Type")
    try:
        body = decode_body(raw, http.get_header("Content-Encoding"), max_bytes)
    except (BodyTooLarge, ContentDecodingError) as exc:
        note(f"{where}: {exc}")
        return None
    return WarcPage(
        url=url,
        fetched_at=_iso_utc(rec_headers.get_header("WARC-Date")) or "",
        status=status,
        content_type=content_type,
        http_charset=http_charset(content_type),
        body=body,
        record_id=rec_headers.get_header("WARC-Record-ID") or "",
        offset=offset,
    )


def _drain(stream: BinaryIO, keep: int) -> tuple[bytes, int]:
    """Read ``stream`` to its end, keeping at most ``keep`` bytes; returns them and the count read."""
    kept = bytearray()
    seen = 0
    while True:
        chunk = stream.read(64 * 1024)
        if not chunk:
            return bytes(kept), seen
        seen += len(chunk)
        if len(kept) < keep:
            kept += chunk[: keep - len(kept)]


def _line(exc: BaseException) -> str:
    return " ".join(str(exc).split())[:300]
