"""Bilingual summaries (seed 004): the title, ``Summary (EN)``, ``Summary (ZH)`` (any language
code in the label), and ``Source`` with the original article's URL.
"""

from __future__ import annotations

import re

from pipeline.adapters.base import Adapter, AdapterError, detect, register
from pipeline.blocks import Page
from pipeline.models import PageRecord, PageText
from pipeline.normalize import is_label, label_of, labelled_value, looks_like_url

_SUMMARY_IN = re.compile(
    r"^(?:Summary|摘要|要約|概要)\s*[(（]\s*(?P<lang>[A-Za-z]{2}(?:-[A-Za-z]+)?)\s*[)）]\s*[:：]?$"
)


@register
class BilingualSummary(Adapter):
    name = "bilingual_summary"
    version = 1

    def claims(self, page: Page) -> float:
        labels = [b for b in page.blocks if _SUMMARY_IN.match(b.text.strip())]
        return 0.7 if labels else 0.0

    def extract(self, page: Page) -> PageRecord:
        blocks = list(page.blocks)
        if not blocks or _SUMMARY_IN.match(blocks[0].text):
            raise AdapterError("bilingual summary page without a title line")
        title = blocks[0].text
        title_lang = detect(title, None)
        texts = [PageText(kind="title", lang=title_lang, text=title, origin="original")]
        canonical = None
        current: str | None = None
        parts: list[str] = []

        def close() -> None:
            if current and parts:
                text = "\n\n".join(parts)
                lang = current.split("-")[0].lower()
                texts.append(
                    PageText(
                        kind="summary",
                        lang=detect(text, lang) if lang == "und" else lang,
                        text=text,
                        origin="machine_generated",
                    )
                )
            parts.clear()

        expect_url = False
        for block in blocks[1:]:
            text = block.text.strip()
            labelled_lang = _SUMMARY_IN.match(text)
            if labelled_lang:
                close()
                current = labelled_lang.group("lang")
                continue
            inline = labelled_value(text, "source")
            if is_label(text, "source") or (inline and looks_like_url(inline)):
                close()
                current = None
                if inline and looks_like_url(inline):
                    canonical = inline
                else:
                    expect_url = True
                continue
            if expect_url:
                expect_url = False
                if looks_like_url(text):
                    canonical = text
                    continue
            if label_of(text):
                close()
                current = None
                continue
            if current:
                parts.append(text)
        close()
        return self.record(canonical_url=canonical, original_language=title_lang, texts=texts)
