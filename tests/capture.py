"""Reading a capture as the pipeline does, for the tests of the real-page checks."""

from __future__ import annotations

import pytest

from pipeline import blocks, extract, rawstore
from pipeline.models import PageRecord, PageText


def read_capture(text: str, media_type: str = "text") -> list[PageRecord]:
    """The records the adapter the pipeline chooses reads from a capture (a text or an HTML page)."""
    page = blocks.parse(text, media_type)
    adapter = extract.choose(page)
    assert adapter is not None
    result = adapter.extract(page)
    return result if isinstance(result, list) else [result]


def decoded(text: str) -> rawstore.DecodedPage:
    """A text capture as the raw store hands it on, for the whole of the reading (its rejections too)."""
    return rawstore.DecodedPage(
        path="page.md",
        sha256="0" * 64,
        text=text,
        encoding="utf-8",
        encoding_method="test",
        media_type="text",
    )


def rejection(text: str) -> str:
    """The one-line reason the pipeline gives for a capture it takes no record from."""
    with pytest.raises(extract.Rejected) as raised:
        extract.extract(decoded(text))
    return str(raised.value)


def title_of(record: PageRecord) -> str:
    return next(t.text for t in record.texts if t.kind == "title")


def texts_of(record: PageRecord, kind: str) -> list[PageText]:
    """The record's texts of one kind (its bodies, its summaries)."""
    return [t for t in record.texts if t.kind == kind]


# a sentence of English prose long enough to tell a story
PROSE_EN = (
    "The team measured the new build on three machines and found it twice as fast as the last one, "
    "which matters to everyone who runs the nightly jobs on small servers."
)

# ... and of Chinese
PROSE_ZH = (
    "研究团队在三台机器上测试了新版本，发现它的速度是上一版的两倍，这对每天夜里在小服务器上运行批处理任务的人来说"
    "意义重大，也让他们可以把更多的数据放进同一个时间窗口里处理。"
)

# ... and of Japanese
PROSE_JA = (
    "チームは新しいビルドを三台のマシンで計測し、前の版の二倍の速さであることを確かめた。小さなサーバーで毎晩の"
    "ジョブを動かしているすべての人にとって、これは大きな意味を持つ。"
)

# ... and of Korean
PROSE_KO = (
    "연구팀은 새 빌드를 세 대의 컴퓨터에서 측정했고 이전 버전보다 두 배 빠르다는 것을 확인했다. "
    "작은 서버에서 매일 밤 작업을 돌리는 모든 사람에게 이것은 중요한 의미가 있다."
)
