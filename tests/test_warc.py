"""WARC writing and reading: round trips, capped decoding, and files that break off anywhere."""

from __future__ import annotations

import gzip
import io
import tracemalloc
import zlib
from datetime import UTC, datetime
from pathlib import Path

import pytest
from warcio.archiveiterator import ArchiveIterator
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from pipeline import rawstore, warc

WHEN = datetime(2024, 5, 1, 12, 30, 15, tzinfo=UTC)


def write_sample(path: Path) -> list[tuple[str, bytes]]:
    """Five response records (three of them pages) and the bodies the pages should read back as."""
    pages = [
        ("http://news.example/en", b"<p>Hello</p>"),
        ("http://news.example/ja", "<p>こんにちは</p>".encode("shift_jis")),
        ("http://news.example/zh", "<p>你好</p>".encode()),
    ]
    warc.write_response(
        path, pages[0][0], 200, {"Content-Type": "text/html; charset=UTF-8"}, pages[0][1], WHEN, "192.0.2.1",
        reason="OK", request_headers={"Host": "news.example", "User-Agent": "t"}, request_target="/en",
    )  # fmt: skip
    warc.write_response(path, "http://news.example/old", 301, {"Location": "/en"}, b"moved", WHEN)
    warc.write_response(
        path, pages[1][0], 200, [("Content-Type", "text/html; charset=Shift_JIS")], pages[1][1], WHEN
    )
    warc.write_response(path, "http://news.example/gone", 404, {"Content-Type": "text/plain"}, b"gone", WHEN)
    warc.write_response(
        path,
        pages[2][0],
        200,
        {"Content-Type": "text/plain", "Content-Encoding": "gzip", "Transfer-Encoding": "chunked"},
        gzip.compress(pages[2][1]),
        WHEN,
    )
    return pages


def test_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "a.warc.gz"
    expected = write_sample(path)
    errors: list[str] = []
    pages = list(warc.read_responses(path, errors=errors))
    assert errors == []
    assert [(p.url, p.body) for p in pages] == expected  # the 301 and the 404 are not pages
    assert {p.fetched_at for p in pages} == {"2024-05-01T12:30:15Z"}
    assert [p.http_charset for p in pages] == ["utf-8", "shift_jis", None]
    assert [p.status for p in pages] == [200, 200, 200]
    assert all(p.record_id.startswith("<urn:uuid:") for p in pages)

    # An offset leads back to its record.
    with open(path, "rb") as fh:
        fh.seek(pages[1].offset)
        record = next(iter(ArchiveIterator(fh)))
        assert record.rec_headers.get_header("WARC-Target-URI") == "http://news.example/ja"

    # The stored record is the response as received (still gzip), without the Transfer-Encoding
    # the client had already undone.
    with open(path, "rb") as fh:
        stored = [
            (
                r.http_headers.get_header("Content-Encoding"),
                r.http_headers.get_header("Transfer-Encoding"),
                r.raw_stream.read(),
            )
            for r in ArchiveIterator(fh)
            if r.rec_type == "response"
        ]
    encoding, transfer, body = stored[-1]
    assert (encoding, transfer) == ("gzip", None)
    assert gzip.decompress(body) == expected[2][1]


def test_write_to_a_stream_with_a_request_record() -> None:
    buf = io.BytesIO()
    rid = warc.write_response(
        buf, "http://x.example/", 200, {"Content-Type": "text/html"}, b"<p>x</p>", WHEN, "127.0.0.1",
        request_headers={"Host": "x.example"}, request_target="/",
    )  # fmt: skip
    buf.seek(0)
    records = list(ArchiveIterator(buf))
    kinds = [(r.rec_type, r.rec_headers.get_header("WARC-Concurrent-To")) for r in records]
    assert kinds == [("response", None), ("request", rid)]


def test_truncated_file_never_raises_and_yields_only_whole_pages(tmp_path: Path) -> None:
    path = tmp_path / "a.warc.gz"
    expected = write_sample(path)
    data = path.read_bytes()
    with open(path, "rb") as fh:
        iterator = ArchiveIterator(fh)
        boundaries = {iterator.get_record_offset() for _ in iterator}  # a cut there leaves a valid file
    cut_path = tmp_path / "cut.warc.gz"
    for cut in range(0, len(data), 7):
        cut_path.write_bytes(data[:cut])
        errors: list[str] = []
        pages = list(warc.read_responses(cut_path, errors=errors))
        got = [(p.url, p.body) for p in pages]
        assert got == expected[: len(got)], cut  # a prefix, and never a cut-off body
        if cut not in boundaries:
            assert errors, f"a file cut at {cut} of {len(data)} bytes went unnoticed"


def test_uncompressed_and_damaged_files(tmp_path: Path) -> None:
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=False)
    for i in range(3):
        http = StatusAndHeaders("200 OK", [("Content-Type", "text/plain")], protocol="HTTP/1.1")
        body = f"page {i} ".encode() * 10
        writer.write_record(
            writer.create_warc_record(
                f"http://u.example/{i}", "response", payload=io.BytesIO(body), http_headers=http
            )
        )
    data = buf.getvalue()
    path = tmp_path / "u.warc"
    path.write_bytes(data)
    assert [p.url for p in warc.read_responses(path)] == [f"http://u.example/{i}" for i in range(3)]

    # A flipped byte inside a payload fails the payload digest: that record is skipped, not the rest.
    damaged = bytearray(data)
    damaged[data.index(b"page 1 ") + 2] ^= 0x01
    path.write_bytes(bytes(damaged))
    errors: list[str] = []
    assert [p.url for p in warc.read_responses(path, errors=errors)] == [
        "http://u.example/0",
        "http://u.example/2",
    ]
    assert "digest" in errors[0]

    for junk in (b"", b"this is not a WARC file\r\n" * 4, gzip.compress(b"nor is this")):
        path.write_bytes(junk)
        errors = []
        assert list(warc.read_responses(path, errors=errors)) == []
        assert bool(errors) == bool(junk)
    errors = []
    assert list(warc.read_responses(tmp_path / "missing.warc.gz", errors=errors)) == []
    assert "cannot open" in errors[0]


def test_reading_respects_the_cap_before_and_after_decompression(tmp_path: Path) -> None:
    path = tmp_path / "big.warc.gz"
    inflated = 64 * 1024 * 1024
    compressor = zlib.compressobj(6, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    bomb = b"".join(compressor.compress(bytes(1024 * 1024)) for _ in range(inflated // (1024 * 1024)))
    bomb += compressor.flush()
    warc.write_response(
        path,
        "http://b.example/bomb",
        200,
        {"Content-Type": "text/html", "Content-Encoding": "gzip"},
        bomb,
        WHEN,
    )
    warc.write_response(
        path, "http://b.example/raw", 200, {"Content-Type": "text/html"}, b"x" * 300_000, WHEN
    )
    warc.write_response(path, "http://b.example/ok", 200, {"Content-Type": "text/html"}, b"<p>ok</p>", WHEN)

    cap = 256 * 1024
    errors: list[str] = []
    tracemalloc.start()
    try:
        pages = list(warc.read_responses(path, max_bytes=cap, errors=errors))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert [p.url for p in pages] == ["http://b.example/ok"]
    assert len(errors) == 2
    assert "gzip-decoded body is over the cap" in errors[0]
    assert "over the cap of 262144 bytes" in errors[1]
    assert peak < 8 * 1024 * 1024, peak


def test_capped_decoder() -> None:
    text = b"news " * 1000
    two_members = gzip.compress(text[:2000]) + gzip.compress(text[2000:])
    assert warc.decode_body(two_members, "gzip", 10_000) == text
    assert warc.decode_body(gzip.compress(gzip.compress(text)), "gzip, gzip", 10_000) == text
    assert warc.decode_body(zlib.compress(text), "deflate", 10_000) == text
    raw_deflate = zlib.compressobj(9, zlib.DEFLATED, -zlib.MAX_WBITS)
    assert warc.decode_body(raw_deflate.compress(text) + raw_deflate.flush(), "Deflate", 10_000) == text
    assert warc.decode_body(text, "identity", 10_000) == text
    with pytest.raises(warc.BodyTooLarge):
        warc.decode_body(gzip.compress(text), "gzip", 4999)
    with pytest.raises(warc.BodyTooLarge):
        warc.decode_body(text, None, 4999)
    with pytest.raises(warc.ContentDecodingError):
        warc.decode_body(gzip.compress(text)[:-20], "gzip", 10_000)
    with pytest.raises(warc.ContentDecodingError):
        warc.decode_body(b"not gzip at all", "gzip", 10_000)
    with pytest.raises(warc.ContentDecodingError):
        warc.CappedDecoder("br", 10_000)


@pytest.mark.parametrize(
    ("value", "charset", "media"),
    [
        ("text/html; charset=UTF-8", "utf-8", "text/html"),
        ('Text/HTML;Charset="Shift_JIS"', "shift_jis", "text/html"),
        ("text/plain; format=flowed; charset='gb2312' ", "gb2312", "text/plain"),
        ("text/html", None, "text/html"),
        ("text/html; charset=", None, "text/html"),
        (None, None, None),
    ],
)
def test_content_type_parameters(value: str | None, charset: str | None, media: str | None) -> None:
    assert warc.http_charset(value) == charset
    assert warc.media_type(value) == media


def test_run_writer_publishes_only_when_closed(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    writer = warc.WarcRunWriter(raw / "warc", now=WHEN)
    writer.write_response("http://w.example/", 200, {"Content-Type": "text/html"}, b"<p>w</p>", WHEN)
    assert writer.part_path.name.startswith(".") and writer.part_path.is_file()
    assert not writer.path.exists()
    assert rawstore.scan(raw) == []  # a run killed now leaves nothing that looks like a raw page
    assert writer.close() == writer.path
    assert writer.path.name.startswith("fetch-20240501T123015Z-") and not writer.part_path.exists()
    assert [f.path for f in rawstore.scan(raw)] == [f"warc/{writer.path.name}"]
    with open(writer.path, "rb") as fh:
        assert [r.rec_type for r in ArchiveIterator(fh)] == ["warcinfo", "response"]
    with pytest.raises(ValueError, match="closed"):
        writer.write_response("http://w.example/2", 200, {}, b"", WHEN)

    with warc.WarcRunWriter(raw / "warc") as empty:
        pass
    assert empty.close() is None
    assert len(list((raw / "warc").iterdir())) == 1  # an empty run leaves no file
