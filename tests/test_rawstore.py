"""Raw store: scanning a raw folder, hashing, media-type sniffing and decoding bytes to text."""

from __future__ import annotations

import codecs
import hashlib
import os
import random
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from pipeline import rawstore
from pipeline.rawstore import DecodeError, RawFile, decode, load, scan, sha256_of, sniff_media_type

# --------------------------------------------------------------------------- sample pages

JA_NEWS = (
    "東京都は十五日、新型の感染症対策として、都内の医療機関に対する支援策を発表した。\n"
    "知事は記者会見で「感染の拡大を防ぐため、あらゆる手段を講じる」と述べた。\n"
    "支援策には、病床の確保や医療従事者への手当の増額が含まれる。\n"
    "政府も同日、経済対策の追加を検討していることを明らかにした。\n"
    "専門家は、年末年始に人の移動が増えることから、警戒を続けるよう呼びかけている。\n"
)
ZH_HANS_NEWS = (
    "国家统计局十五日发布数据显示，今年前三季度国内生产总值同比增长百分之五点二。\n"
    "分析人士认为，消费和投资的回升是经济增长的主要动力。\n"
    "国务院常务会议强调，要继续实施积极的财政政策和稳健的货币政策。\n"
    "专家表示，明年经济仍面临一定的下行压力，需要进一步扩大内需。\n"
)
ZH_HANT_NEWS = (
    "行政院今日召開記者會，宣布將推動新的能源轉型政策。\n"
    "院長表示，政府將加速發展再生能源，並提高電力系統的穩定性。\n"
    "經濟部指出，明年將投入更多預算支持綠色產業的發展。\n"
    "學者認為，相關政策有助於減少碳排放，但也需注意電價上漲的問題。\n"
)
EN_NEWS = (
    "Microsoft and OpenAI have amended their partnership agreement.\n"
    "OpenAI products will ship first on Azure, the companies said on Monday.\n"
)

JAPANESE_CODECS = {"shift_jis", "cp932", "shift_jis_2004", "shift_jisx0213"}
EUC_JP_CODECS = {"euc_jp", "euc_jis_2004", "euc_jisx0213"}
SIMPLIFIED_CODECS = {"gb18030", "gbk", "gb2312"}
BIG5_CODECS = {"big5", "cp950", "big5hkscs"}


def html_page(body: str, *, head: str = "") -> str:
    paragraphs = "".join(f"<p>{line}</p>\n" for line in body.splitlines())
    return (
        f"<!DOCTYPE html>\n<html><head>{head}<title>News</title></head>\n<body>\n{paragraphs}</body></html>\n"
    )


def canonical(codec: str) -> str:
    return codecs.lookup(codec).name


def write(path: Path, data: bytes | str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    path.write_bytes(data)
    return path


def symlink(link: Path, target: str | Path) -> None:
    try:
        os.symlink(target, link)
    except (OSError, NotImplementedError) as exc:  # pragma: no cover - platform without symlinks
        pytest.skip(f"symlinks not available: {exc}")


# --------------------------------------------------------------------------- decode: legacy CJK encodings


@pytest.mark.parametrize(
    ("text", "codec", "family"),
    [
        pytest.param(JA_NEWS, "shift_jis", JAPANESE_CODECS, id="shift_jis"),
        pytest.param(JA_NEWS, "euc_jp", EUC_JP_CODECS, id="euc_jp"),
        pytest.param(ZH_HANS_NEWS, "gb18030", SIMPLIFIED_CODECS, id="gb18030"),
        pytest.param(ZH_HANT_NEWS, "big5", BIG5_CODECS, id="big5"),
    ],
)
def test_undeclared_cjk_text_capture_is_detected_and_decoded_exactly(tmp_path, text, codec, family):
    path = write(tmp_path / "raw" / "page.txt", text.encode(codec))

    page = load(RawFile(path="page.txt", abspath=path, size=path.stat().st_size))

    assert page.text == text
    assert page.encoding_method == "detected"
    assert canonical(page.encoding) in family
    assert page.text.encode(page.encoding) == path.read_bytes()  # the recorded codec reproduces the bytes
    assert page.media_type == "text"


@pytest.mark.parametrize(
    ("text", "codec", "family"),
    [
        pytest.param(JA_NEWS, "shift_jis", JAPANESE_CODECS, id="shift_jis"),
        pytest.param(JA_NEWS, "euc_jp", EUC_JP_CODECS, id="euc_jp"),
        pytest.param(ZH_HANS_NEWS, "gb18030", SIMPLIFIED_CODECS, id="gb18030"),
        pytest.param(ZH_HANT_NEWS, "big5", BIG5_CODECS, id="big5"),
    ],
)
def test_undeclared_cjk_html_page_is_detected_and_decoded_exactly(text, codec, family):
    markup = html_page(text)

    decoded, encoding, method = decode(markup.encode(codec))

    assert decoded == markup
    assert method == "detected"
    assert canonical(encoding) in family


@pytest.mark.parametrize(
    ("meta", "text", "codec", "expected"),
    [
        ('<meta charset="Shift_JIS">', JA_NEWS, "shift_jis", "shift_jis"),
        ('<meta charset="x-sjis">', JA_NEWS, "shift_jis", "shift_jis"),
        ('<meta http-equiv="Content-Type" content="text/html; charset=EUC-JP">', JA_NEWS, "euc_jp", "euc_jp"),
        ("<meta charset='gb2312'>", ZH_HANS_NEWS, "gb18030", "gb18030"),
        ('<meta charset="GBK" />', ZH_HANS_NEWS, "gbk", "gb18030"),
        ('<meta charset="big5">', ZH_HANT_NEWS, "big5", "big5"),
    ],
)
def test_meta_charset_decides_the_encoding(meta, text, codec, expected):
    markup = html_page(text, head=meta)

    decoded, encoding, method = decode(markup.encode(codec))

    assert (decoded, encoding, method) == (markup, expected, "meta")


def test_declared_charset_wins_over_meta_charset():
    markup = html_page(JA_NEWS, head='<meta charset="utf-8">')

    decoded, encoding, method = decode(markup.encode("euc_jp"), declared="EUC-JP")

    assert (decoded, encoding, method) == (markup, "euc_jp", "declared")


def test_wrong_declared_charset_falls_through_to_meta():
    markup = html_page(JA_NEWS, head='<meta charset="shift_jis">')

    decoded, encoding, method = decode(markup.encode("shift_jis"), declared="utf-8")

    assert (decoded, encoding, method) == (markup, "shift_jis", "meta")


# --------------------------------------------------------------------------- decode: BOMs


@pytest.mark.parametrize(
    ("bom", "codec", "expected"),
    [
        (codecs.BOM_UTF8, "utf-8", "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16-be"),
        (codecs.BOM_UTF32_LE, "utf-32-le", "utf-32-le"),
        (codecs.BOM_UTF32_BE, "utf-32-be", "utf-32-be"),
    ],
)
@pytest.mark.parametrize("text", [JA_NEWS, ZH_HANS_NEWS, html_page(ZH_HANT_NEWS)], ids=["ja", "zh", "html"])
def test_byte_order_mark_decides_the_encoding_and_is_stripped(bom, codec, expected, text):
    decoded, encoding, method = decode(bom + text.encode(codec))

    assert (decoded, encoding, method) == (text, expected, "bom")
    assert not decoded.startswith("\ufeff")


def test_utf32_le_bom_is_not_mistaken_for_utf16_le():
    # FF FE 00 00 also starts with the UTF-16-LE BOM FF FE.
    decoded, encoding, _ = decode(codecs.BOM_UTF32_LE + EN_NEWS.encode("utf-32-le"))

    assert (decoded, encoding) == (EN_NEWS, "utf-32-le")


def test_byte_order_mark_wins_over_a_contradicting_meta_charset():
    markup = html_page(JA_NEWS, head='<meta charset="shift_jis">')

    decoded, encoding, method = decode(codecs.BOM_UTF16_LE + markup.encode("utf-16-le"))

    assert (decoded, encoding, method) == (markup, "utf-16-le", "bom")


def test_invalid_bytes_after_a_bom_raise_instead_of_guessing():
    data = codecs.BOM_UTF16_LE + "記事".encode("utf-16-le") + b"\x00\xd8" + "本文".encode("utf-16-le")

    with pytest.raises(DecodeError, match=r"utf-16-le \(bom\)"):
        decode(data)


# --------------------------------------------------------------------------- decode: UTF-8 and wrong labels


def test_plain_utf8_is_accepted_without_detection():
    decoded, encoding, method = decode(JA_NEWS.encode("utf-8"))

    assert (decoded, encoding, method) == (JA_NEWS, "utf-8", "utf-8-valid")


@pytest.mark.parametrize("label", ["shift_jis", "euc-jp", "gb2312", "big5", "windows-1252"])
@pytest.mark.parametrize("text", [JA_NEWS, ZH_HANS_NEWS], ids=["ja", "zh"])
def test_wrong_meta_charset_on_a_utf8_page_falls_back_to_utf8(label, text):
    markup = html_page(text, head=f'<meta charset="{label}">')

    decoded, encoding, method = decode(markup.encode("utf-8"))

    assert (decoded, encoding, method) == (markup, "utf-8", "utf-8-valid-over-meta")


@pytest.mark.parametrize("label", ["utf-16", "UTF-16LE", "utf-16be", "utf-32"])
def test_meta_charset_utf16_on_an_ascii_compatible_page_is_ignored(label):
    # The <meta> tag itself was readable as ASCII bytes, so the page cannot be UTF-16/32;
    # decoding it as UTF-16 would silently turn an English page into CJK-looking garbage.
    markup = html_page(EN_NEWS, head=f'<meta charset="{label}">')
    # Pad to a multiple of 4 bytes: with an even length the UTF-16 decode used to "succeed".
    markup += " " * (-len(markup.encode("utf-8")) % 4)

    decoded, encoding, method = decode(markup.encode("utf-8"))

    assert (decoded, encoding, method) == (markup, "utf-8", "utf-8-valid")


@pytest.mark.parametrize("label", ["hex", "base64", "rot13", "zlib", "undefined", "no-such-charset"])
def test_meta_charset_naming_a_non_text_codec_is_ignored(label):
    markup = html_page(EN_NEWS, head=f'<meta charset="{label}">')

    decoded, encoding, method = decode(markup.encode("utf-8"))

    assert (decoded, encoding, method) == (markup, "utf-8", "utf-8-valid")


@pytest.mark.parametrize("label", ["hex", "undefined"])
def test_declared_non_text_codec_is_ignored(label):
    decoded, encoding, method = decode(JA_NEWS.encode("utf-8"), declared=label)

    assert (decoded, encoding, method) == (JA_NEWS, "utf-8", "utf-8-valid")


def test_meta_latin1_label_on_a_utf8_page_is_not_trusted():
    markup = html_page(JA_NEWS, head='<meta charset="iso-8859-1">')

    decoded, _, _ = decode(markup.encode("utf-8"))

    assert decoded == markup


def test_undeclared_iso2022jp_is_decoded():
    decoded, _, _ = decode(JA_NEWS.encode("iso2022_jp"))

    assert decoded == JA_NEWS


# --------------------------------------------------------------------------- decode: failures


def assert_one_line_reason(exc: DecodeError) -> None:
    reason = str(exc)
    assert reason.strip()
    assert "\n" not in reason


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"   \n\t\r\n",
        codecs.BOM_UTF8,
        codecs.BOM_UTF8 + b" \n",
        codecs.BOM_UTF16_LE,
        codecs.BOM_UTF16_BE + b"\x00 ",
    ],
    ids=[
        "zero-bytes",
        "whitespace",
        "utf8-bom-only",
        "utf8-bom-whitespace",
        "utf16-bom-only",
        "utf16-bom-space",
    ],
)
def test_empty_page_raises_empty_file(data):
    with pytest.raises(DecodeError, match=r"^empty file") as info:
        decode(data)
    assert_one_line_reason(info.value)


def test_binary_file_with_nul_bytes_raises(tmp_path):
    rng = random.Random(20240501)
    data = bytes(rng.choice([0, 0, rng.randrange(256)]) for _ in range(4096))
    path = write(tmp_path / "raw" / "image.bin", data)

    with pytest.raises(DecodeError, match="binary content") as info:
        load(RawFile(path="image.bin", abspath=path, size=len(data)))
    assert_one_line_reason(info.value)


def test_nul_heavy_bytes_that_happen_to_be_valid_utf8_are_binary_not_text():
    # UTF-16 without a BOM (or any binary of NULs and ASCII) is valid UTF-8 byte for byte.
    data = EN_NEWS.encode("utf-16-le")
    data.decode("utf-8")  # precondition: the strict UTF-8 check alone would accept it

    with pytest.raises(DecodeError, match="binary content"):
        decode(data)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_random_bytes_are_rejected_as_undecodable(seed):
    rng = random.Random(seed)
    data = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + rng.randbytes(4096)

    with pytest.raises(DecodeError) as info:
        decode(data)
    assert_one_line_reason(info.value)


_LABELS = [
    "utf-8",
    "shift_jis",
    "euc-jp",
    "gb2312",
    "big5",
    "utf-16",
    "latin-1",
    "hex",
    "rot13",
    "undefined",
    "x",
]


@st.composite
def page_like_bytes(draw: st.DrawFn) -> bytes:
    prefix = draw(
        st.sampled_from([b"", codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE])
    )
    label = draw(st.sampled_from(_LABELS))
    head = draw(st.sampled_from([b"", f'<meta charset="{label}">'.encode()]))
    return prefix + head + draw(st.binary(max_size=600))


@settings(max_examples=200, deadline=None)
@given(
    data=st.one_of(st.binary(max_size=2000), page_like_bytes()), declared=st.sampled_from([None, *_LABELS])
)
@example(data=b'<meta charset="hex">abc', declared=None)
@example(data=b'<meta charset="utf-16">abc!', declared=None)
@example(data=codecs.BOM_UTF8, declared=None)
@example(data=b"\x00" * 64, declared=None)
def test_decode_returns_text_or_raises_decode_error(data, declared):
    try:
        text, encoding, method = decode(data, declared=declared)
    except DecodeError as exc:
        assert_one_line_reason(exc)
        return
    assert isinstance(text, str)
    assert method in {
        "bom",
        "declared",
        "meta",
        "utf-8-valid",
        "utf-8-valid-over-meta",
        "iso-2022-escapes",
        "detected",
    }
    codecs.lookup(encoding)  # a usable codec name is recorded
    if method != "detected":
        body = data
        if method == "bom":
            body = next(data[len(bom) :] for bom, _ in rawstore._BOMS if data.startswith(bom))
        assert body.decode(encoding) == text
    if method == "utf-8-valid":  # undeclared NUL-heavy bytes are binary, never "text"
        assert not (b"\x00" in data[:4096] and data.count(b"\x00") > len(data) // 4)


# --------------------------------------------------------------------------- sha256 and media type


def test_sha256_of_matches_known_digests():
    assert sha256_of(b"") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
    assert sha256_of(b"abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"


def test_load_hashes_the_raw_bytes_not_the_decoded_text(tmp_path):
    data = html_page(JA_NEWS, head='<meta charset="shift_jis">').encode("shift_jis")
    path = write(tmp_path / "raw" / "sub" / "page.html", data)
    raw = scan(tmp_path / "raw")[0]

    page = load(raw)

    assert page.path == "sub/page.html"
    assert page.sha256 == hashlib.sha256(data).hexdigest()
    assert page.sha256 != sha256_of(page.text.encode("utf-8"))
    assert (page.encoding, page.encoding_method, page.media_type) == ("shift_jis", "meta", "html")
    assert raw.size == len(data) == path.stat().st_size


def test_load_uses_the_bytes_given_instead_of_reading_the_file(tmp_path):
    path = write(tmp_path / "page.txt", "on disk")

    page = load(RawFile(path="page.txt", abspath=path, size=7), data=EN_NEWS.encode())

    assert page.text == EN_NEWS
    assert page.sha256 == sha256_of(EN_NEWS.encode())


@pytest.mark.parametrize(
    "data",
    [
        b"<!DOCTYPE html><html><body><p>x</p></body></html>",
        b"<!doctype HTML>\n<html lang=ja>",
        b"  \n<html>\n<head><title>t</title></head>",
        b"<!-- saved from url=(0042)https://example.com/ -->\n<html><body>",
        b"<!-- a --> <!-- b -->\n<head>",
        b"<meta charset=utf-8><title>t</title>",
        b"<div class=article>text</div>",
        b"<p>Paragraph</p>",
        b"<h2>Heading</h2>",
        b"<?xml version='1.0' encoding='utf-8'?>\n<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0//EN\">",
        b'<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml">',
        codecs.BOM_UTF8 + b"<!DOCTYPE html><html>",
    ],
)
def test_markup_is_sniffed_as_html(data):
    assert sniff_media_type(data) == "html"


@pytest.mark.parametrize(
    ("bom", "codec"),
    [
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
        (codecs.BOM_UTF32_LE, "utf-32-le"),
    ],
)
def test_utf16_and_utf32_markup_with_bom_is_sniffed_as_html(bom, codec):
    data = bom + html_page(JA_NEWS).encode(codec)

    assert sniff_media_type(data) == "html"
    assert sniff_media_type(bom + JA_NEWS.encode(codec)) == "text"


@pytest.mark.parametrize(
    "data",
    [
        JA_NEWS.encode("utf-8"),
        b"# A Markdown heading\n\nSome text with a <p> tag mentioned.",
        b"Use <html> tags in your page.",
        b"<p",  # no tag end
        b"<paragraph>not html</paragraph>",
        "<!DOCTYPE html><html>".encode("utf-16-le"),  # UTF-16 without a BOM is not sniffed
        b"",
    ],
)
def test_text_is_sniffed_as_text(data):
    assert sniff_media_type(data) == "text"


def test_markdown_under_an_html_banner_is_text_and_an_html_fragment_stays_html():
    banner = b'<p align="center">\n  <strong>Threat Intel Atlas</strong><br />\n</p>\n\n'
    markdown = b"### Daily Signals\n\n| Title | Source |\n| --- | --- |\n| [A](https://a.example) | B |\n"
    assert sniff_media_type(banner + markdown) == "text"
    # one heading-like line is not enough, and a document element makes it a page of markup
    assert sniff_media_type(banner + b"## Daily Signals\n<p>Text</p>\n") == "html"
    assert sniff_media_type(b"<html><body>\n" + markdown + b"</body></html>") == "html"


# --------------------------------------------------------------------------- scan


def test_scan_lists_regular_files_recursively_in_sorted_relative_path_order(tmp_path):
    raw = tmp_path / "raw"
    for name in ["b.txt", "a/z.txt", "a/b/c.html", "A.txt", "10.txt", "9.txt", "a/a.txt", "zz/deep/er/x.txt"]:
        write(raw / name, name)
    (raw / "empty-dir").mkdir()

    found = scan(raw)

    assert [f.path for f in found] == [
        "10.txt",
        "9.txt",
        "A.txt",
        "a/a.txt",
        "a/b/c.html",
        "a/z.txt",
        "b.txt",
        "zz/deep/er/x.txt",
    ]
    for f in found:
        assert f.abspath.read_bytes() == f.path.encode()
        assert f.size == len(f.path)


def test_scan_skips_hidden_files_and_hidden_directories(tmp_path):
    raw = tmp_path / "raw"
    for name in [
        "page.txt",
        ".DS_Store",
        ".git/HEAD",
        "sub/.cache/page.txt",
        "sub/.hidden.html",
        "sub/ok.html",
    ]:
        write(raw / name, "x")

    assert [f.path for f in scan(raw)] == ["page.txt", "sub/ok.html"]


def test_scan_of_a_hidden_raw_folder_still_lists_its_files(tmp_path):
    raw = tmp_path / ".raw"
    write(raw / "page.txt", "x")

    assert [f.path for f in scan(raw)] == ["page.txt"]


def test_scan_does_not_follow_symlinks_leaving_the_folder(tmp_path):
    raw, outside = tmp_path / "raw", tmp_path / "outside"
    write(raw / "page.txt", "inside")
    write(outside / "secret.txt", "secret")
    write(outside / "dir" / "deep.txt", "secret")
    symlink(raw / "escape.txt", outside / "secret.txt")
    symlink(raw / "relative-escape.txt", "../outside/secret.txt")
    symlink(raw / "escape-dir", outside / "dir")

    assert [f.path for f in scan(raw)] == ["page.txt"]


def test_scan_does_not_follow_a_chain_of_symlinks_that_ends_outside(tmp_path):
    raw = tmp_path / "raw"
    write(raw / "page.txt", "inside")
    write(tmp_path / "secret.txt", "secret")
    symlink(raw / "hop2.txt", tmp_path / "secret.txt")
    symlink(raw / "hop1.txt", "hop2.txt")  # points inside, but resolves outside

    assert [f.path for f in scan(raw)] == ["page.txt"]


def test_scan_keeps_symlinks_that_stay_inside_the_folder(tmp_path):
    raw = tmp_path / "raw"
    write(raw / "sub" / "page.txt", "inside")
    symlink(raw / "alias.txt", "sub/page.txt")

    found = {f.path: f for f in scan(raw)}

    assert sorted(found) == ["alias.txt", "sub/page.txt"]
    assert found["alias.txt"].size == len("inside")


def test_scan_skips_broken_symlinks_and_loops(tmp_path):
    raw = tmp_path / "raw"
    write(raw / "page.txt", "inside")
    symlink(raw / "broken.txt", "does-not-exist.txt")
    symlink(raw / "loop", ".")

    assert [f.path for f in scan(raw)] == ["page.txt"]


def test_scan_follows_outside_file_symlinks_only_when_asked(tmp_path):
    raw = tmp_path / "raw"
    write(raw / "page.txt", "inside")
    write(tmp_path / "secret.txt", "secret!")
    symlink(raw / "escape.txt", tmp_path / "secret.txt")

    found = scan(raw, follow_symlinks=True)

    assert [f.path for f in found] == ["escape.txt", "page.txt"]
    assert found[0].size == len("secret!")
    assert found[0].path == "escape.txt"  # reported under its name in the raw folder


def test_scan_through_a_symlinked_raw_folder_keeps_inside_links(tmp_path):
    real = tmp_path / "real"
    write(real / "page.txt", "inside")
    symlink(real / "alias.txt", "page.txt")
    symlink(tmp_path / "raw", real)

    assert [f.path for f in scan(tmp_path / "raw")] == ["alias.txt", "page.txt"]


def test_scan_of_an_empty_folder_is_empty(tmp_path):
    (tmp_path / "raw").mkdir()

    assert scan(tmp_path / "raw") == []


def _scan_by_rglob(raw: Path) -> list[tuple[str, int]]:
    """The listing's definition, written the plain way: every non-hidden path below ``raw`` that
    is a file (symlinks only while they resolve inside), by relative POSIX path."""
    root = raw.resolve()
    out = []
    for path in raw.rglob("*"):
        relative = path.relative_to(raw)
        if any(part.startswith(".") for part in relative.parts):
            continue
        if path.is_symlink() and not path.resolve().is_relative_to(root):
            continue
        if path.is_file():
            out.append((relative.as_posix(), path.stat().st_size))
    return sorted(out)


_NAMES = st.sampled_from(["a", "b", ".h", "Z", "10", "9", "é", "日本", "x.txt", ".x.html"])


@settings(max_examples=40, deadline=None)
@given(
    tree=st.lists(st.lists(_NAMES, min_size=1, max_size=4), max_size=12),
    links=st.lists(st.tuples(st.integers(0, 11), st.sampled_from(["up", "in", "loop"])), max_size=3),
)
def test_scan_lists_exactly_what_the_plain_definition_does(tmp_path_factory, tree, links):
    raw = tmp_path_factory.mktemp("tree") / "raw"
    raw.mkdir()
    (raw.parent / "outside.txt").write_text("outside", encoding="utf-8")
    for parts in tree:
        target = raw.joinpath(*parts)
        if any(p.is_file() for p in [target, *target.parents]) or target.is_dir():
            continue  # a name already taken by a file or folder
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text("/".join(parts), encoding="utf-8")
    for i, (index, kind) in enumerate(links):
        destination = {"up": "../outside.txt", "in": "/".join(tree[index % len(tree)]) if tree else "a",
                       "loop": "."}[kind]  # fmt: skip
        (raw / f"link{i}").symlink_to(destination)

    assert [(f.path, f.size) for f in scan(raw)] == _scan_by_rglob(raw)
