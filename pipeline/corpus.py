"""A deterministic, seeded synthetic corpus: N raw pages in every shape the project reads, with the
truth of which story (original article) each page belongs to.

For benchmarks, scale tests and crash tests. ``generate(out_dir, n_pages, seed)`` writes exactly
``n_pages`` files named ``p000000.md`` ... (the names say nothing about the story; the order of the
stories is shuffled by the seed) and returns a :class:`CorpusTruth`; :func:`write_truth` saves it,
by default next to the folder as ``<out_dir>.truth.json`` (the raw folder holds only pages).
The same ``(n_pages, seed)`` always gives byte-identical files: one ``random.Random`` per run and
one per story, no clock, no dependence on hash or set order. Pages are written as they are made, so
100,000 pages need little memory.

**Stories.** Each story is one original article: an event (acquisition, new plant, layoffs,
product launch, funding round, cloud deal, quarterly results, data breach, regulator's fine, data
center, recall, new chief executive) told by a bilingual template bank (English, Japanese,
Chinese) whose slots are filled with the same invented entities and numbers in every language, so
the translations are faithful: companies and products keep their Latin names, people and cities
are built from syllables with matching katakana and Chinese transliterations, money reads
``$1.2 billion`` / ``12億ドル`` / ``12亿美元``. A story has an English title (two renderings each in
Japanese and Chinese), a summary, 3-6 facts each carrying a number or a name, 1-2 implications,
a canonical URL (mostly ``https://news.example.com/...``, some other hosts), a publication date
(spread over two years from 2024-05-01) and a publisher. About one story in six is a **hard
negative** of a recent one: same company (usually same city), same vocabulary, a date within a
few days, but another article (other URL, other facts and numbers).

**Pages** (a story has 1-6; ``shape`` in the truth):

* ``digest_md``, ``digest_text``, ``digest_html`` -- the generic digest reader's shapes, in en, ja
  or zh: ``# title`` with a metadata table, ``Source:``/``出典:``/``原文链接:`` lines, YAML front
  matter or a Hacker News strip (``layout`` in the truth), then Summary / Key Points / Impact for
  engineers sections (概要 / 主な内容 / 開発者への影響, 摘要 / 要点速览 / 对开发者的影响);
  ``digest_text`` is a plain text capture with the labels alone on their lines; ``digest_html`` is
  ``blocks.to_html(blocks.from_text(markdown))``. A few are partial (``flags``: ``title_only``,
  ``truncated``, ``summary_failed``).
* ``quick_digest`` -- the seed-000 shape (English digest and a Japanese "Full Translation"),
  without any URL: it clusters by title and date.
* ``bilingual_summary`` (seed 004: Summary (EN) / Summary (ZH) / Source), ``cached_copy`` (seed
  003: a cached copy whose original is Markdown flattened to one line, with Similar Articles) and
  ``scored_keypoints`` (seed 002: Chinese AI key points, then the scraped English original, no URL).
* ``digest_multi`` -- a numbered daily digest (``## 1. ...``, each story with its own link): one
  source per story, ``stories`` lists them by position.

``role`` in the truth: ``page``; ``near_duplicate`` (an earlier digest page of the story with small
edits -- a word changed, bullets swapped, one dropped -- sometimes under a variant of the URL;
``duplicate_of`` names it); ``translation_only`` (a Japanese- or Chinese-only digest page with no
URL and the other rendering of the title, which only the cross-language merge can attach; about
5% of pages). Some HTML pages are Shift_JIS or GB18030 (declared in ``<meta charset>``), some text
pages have a UTF-8 byte-order mark or CRLF line ends (``encoding``, ``newline``).

Truth file (JSON, sorted keys)::

    {"generator": "pipeline.corpus", "version": 1, "seed": 0, "n_pages": 60,
     "files": {"p000000.md": {"stories": ["s000012"], "lang": "ja", "languages": ["ja"],
                              "shape": "digest_md", "layout": "table", "role": "page",
                              "has_url": true, "encoding": "utf-8", "newline": "lf", "flags": [],
                              "duplicate_of": null}, ...},
     "stories": {"s000012": {"url": "https://news.example.com/...", "published": "2025-03-04",
                             "publisher": "Example Herald", "event": "acquisition",
                             "titles": {"en": ..., "ja": ..., "zh": ...},
                             "hard_negative_of": null}, ...}}

A page's sources are ``(file, position)``: position ``None`` for a one-story page, ``1..k`` for the
stories of a ``digest_multi`` page (``stories[position - 1]``). :func:`cluster_scores` scores an
ingest's ``articles.jsonl`` against the truth (pairwise precision and recall over sources).

Command line: ``python -m pipeline.corpus OUT_DIR --pages N --seed S`` writes the pages and
``OUT_DIR.truth.json`` and prints a one-line JSON summary.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import random
import re
import sys
import time
from collections import Counter, deque
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from pathlib import Path
from typing import TypeVar

from pipeline.blocks import Page, from_text, to_html
from pipeline.normalize import fold

__all__ = [
    "LANGS",
    "SHAPES",
    "CorpusTruth",
    "cluster_scores",
    "generate",
    "load_truth",
    "main",
    "truth_path_for",
    "write_truth",
]

VERSION = 1
LANGS = ("en", "ja", "zh")
SHAPES = (
    "digest_md",
    "digest_text",
    "digest_html",
    "quick_digest",
    "bilingual_summary",
    "cached_copy",
    "scored_keypoints",
    "digest_multi",
)
EPOCH = date(2024, 5, 1)  # stories are published over the two years from here
SPAN_DAYS = 730
_NAME = re.compile(r"^p\d{6,}\.(?:md|txt|html)$")

L3 = tuple[str, str, str]  # one text in en, ja, zh
_T = TypeVar("_T")


# =============================================================================== template bank


@dataclass(frozen=True)
class _Event:
    category: L3
    title_en: str
    titles_ja: tuple[str, str]
    titles_zh: tuple[str, str]
    summary: L3
    facts: tuple[L3, ...]
    implications: tuple[L3, ...]
    amount: tuple[int, int]  # range of {amt}, in millions of dollars
    amount2: tuple[float, float]  # {amt2} as a multiple of {amt}


_EVENTS: dict[str, _Event] = {
    "acquisition": _Event(
        category=("Business", "企業", "公司"),
        title_en="{co} to acquire {co2} for {amt}",
        titles_ja=("{co}、{co2}を{amt}で買収へ", "{co}が{co2}を{amt}で買収すると発表"),
        titles_zh=("{co}将以{amt}收购{co2}", "{co}宣布斥资{amt}收购{co2}"),
        summary=(
            "{co} announced on {date} that it will acquire {co2}, the maker of {product}, for {amt}. "
            "The companies expect the deal to close in the {quarter} of {year}.",
            "{co}は{date}、{product}を手がける{co2}を{amt}で買収すると発表した。"
            "買収は{year}年{quarter}に完了する見通しだ。",
            "{co}于{date}宣布，将以{amt}收购{product}的开发商{co2}。双方预计该交易将于{year}年{quarter}完成。",
        ),
        facts=(
            (
                "{co} will pay {amt} in cash for all outstanding shares of {co2}.",
                "{co}は{co2}の全株式を現金{amt}で取得する。",
                "{co}将以{amt}现金收购{co2}的全部已发行股份。",
            ),
            (
                "The price is a {pct}% premium over the last private valuation of {co2}.",
                "買収額は{co2}の直近の企業評価額を{pct}%上回る。",
                "收购价较{co2}最近一次私募估值溢价{pct}%。",
            ),
            (
                "{co2} employs {jobs} people, most of them at its headquarters in {city}.",
                "{co2}の従業員は{jobs}人で、大半が{city}の本社に勤務している。",
                "{co2}拥有员工{jobs}人，其中大部分在其{city}总部工作。",
            ),
            (
                "The {product} brand will be kept after the merger.",
                "{product}のブランドは統合後も維持される。",
                "合并完成后，{product}品牌将予以保留。",
            ),
            (
                "{person}, the founder of {co2}, will join the board of {co}.",
                "{co2}の創業者である{person}氏は{co}の取締役会に加わる。",
                "{co2}创始人{person}将加入{co}董事会。",
            ),
            (
                "Competition regulators in {city} must still approve the deal.",
                "取引には{city}の競争当局による承認が必要となる。",
                "该交易仍需获得{city}竞争监管机构的批准。",
            ),
        ),
        implications=(
            (
                "Teams that build on {product} should plan for API changes after {year}.",
                "{product}を基盤に開発しているチームは、{year}年以降の API 変更に備える必要がある。",
                "基于{product}进行开发的团队应为{year}年后的 API 变更做好准备。",
            ),
            (
                "Contracts with {co2} will move to {co}, so procurement terms may be renegotiated.",
                "{co2}との契約は{co}に移管されるため、調達条件が見直される可能性がある。",
                "与{co2}签订的合同将转至{co}，采购条款可能需要重新谈判。",
            ),
        ),
        amount=(50, 20000),
        amount2=(0.1, 0.5),
    ),
    "plant": _Event(
        category=("Business", "企業", "公司"),
        title_en="{co} to build {amt} {kind} plant in {city}",
        titles_ja=(
            "{co}、{city}に{amt}の{kind}工場を建設へ",
            "{co}が{city}で{kind}工場を新設、投資額は{amt}",
        ),
        titles_zh=("{co}将斥资{amt}在{city}建设{kind}工厂", "{co}宣布在{city}新建{kind}工厂，投资{amt}"),
        summary=(
            "{co} said on {date} it will invest {amt} in a new {kind} plant in {city}, creating {jobs} jobs.",
            "{co}は{date}、{city}に{amt}を投じて{kind}の新工場を建設し、{jobs}人を雇用すると発表した。",
            "{co}于{date}表示，将投资{amt}在{city}新建一座{kind}工厂，创造{jobs}个就业岗位。",
        ),
        facts=(
            (
                "Construction begins on {start}, with production due in {year}.",
                "建設は{start}に始まり、{year}年に生産を開始する予定。",
                "工厂将于{start}动工，计划于{year}年投产。",
            ),
            (
                "The plant will employ {jobs} people at full capacity.",
                "工場はフル稼働時に{jobs}人を雇用する。",
                "工厂满负荷运转时将雇用{jobs}名员工。",
            ),
            (
                "Annual output is planned at {units} units.",
                "年間生産能力は{units}台を計画している。",
                "计划年产能为{units}台。",
            ),
            (
                "The government of {city} is contributing {amt2} in subsidies.",
                "{city}の自治体は{amt2}の補助金を拠出する。",
                "{city}政府将提供{amt2}的补贴。",
            ),
            (
                "{person} will run the site as plant director.",
                "工場長には{person}氏が就任する。",
                "{person}将出任该工厂厂长。",
            ),
            (
                "The site will run on {pct}% renewable power.",
                "工場の電力の{pct}%を再生可能エネルギーで賄う。",
                "该工厂{pct}%的电力将来自可再生能源。",
            ),
        ),
        implications=(
            (
                "Suppliers near {city} may see new demand for parts from {year}.",
                "{city}周辺の部品メーカーには{year}年から新たな需要が生まれる可能性がある。",
                "{city}周边的零部件供应商可能从{year}年起迎来新的需求。",
            ),
            (
                "Hiring for {jobs} roles will raise competition for engineers in {city}.",
                "{jobs}人規模の採用により、{city}でのエンジニア獲得競争が激しくなる。",
                "{jobs}个岗位的招聘将加剧{city}对工程师的争夺。",
            ),
        ),
        amount=(200, 8000),
        amount2=(0.05, 0.3),
    ),
    "layoffs": _Event(
        category=("Business", "企業", "公司"),
        title_en="{co} to cut {jobs} jobs as {product} sales slow",
        titles_ja=(
            "{co}、{jobs}人の人員削減へ　{product}の販売が低迷",
            "{co}が{jobs}人を削減、{product}の不振受け",
        ),
        titles_zh=("{product}销售放缓，{co}将裁员{jobs}人", "{co}宣布裁员{jobs}人，因{product}销量下滑"),
        summary=(
            "{co} said on {date} that it will cut {jobs} jobs, about {pct}% of its workforce, "
            "after sales of {product} fell short of targets.",
            "{co}は{date}、{product}の販売が目標に届かなかったことを受け、"
            "従業員の約{pct}%にあたる{jobs}人を削減すると発表した。",
            "{co}于{date}表示，由于{product}销量未达目标，将裁减{jobs}个岗位，约占员工总数的{pct}%。",
        ),
        facts=(
            (
                "The cuts affect {jobs} employees, or {pct}% of the workforce.",
                "削減対象は{jobs}人で、全従業員の{pct}%に当たる。",
                "此次裁员涉及{jobs}名员工，占员工总数的{pct}%。",
            ),
            (
                "The office in {city} will close by the end of {year}.",
                "{city}の事業所は{year}年末までに閉鎖される。",
                "位于{city}的办公室将在{year}年底前关闭。",
            ),
            (
                "{co} expects a restructuring charge of {amt}.",
                "{co}は{amt}のリストラ費用を見込んでいる。",
                "{co}预计将产生{amt}的重组费用。",
            ),
            (
                "Sales of {product} fell {pct2}% in the {quarter}.",
                "{quarter}の{product}の販売は{pct2}%減少した。",
                "{product}{quarter}销量下降{pct2}%。",
            ),
            (
                "Chief executive {person} said the company will focus on its cloud business.",
                "{person}最高経営責任者は、今後はクラウド事業に注力すると述べた。",
                "首席执行官{person}表示，公司将专注于云业务。",
            ),
        ),
        implications=(
            (
                "Support for {product} may slow while teams are reorganised.",
                "組織再編の間、{product}のサポート対応が遅れる可能性がある。",
                "团队重组期间，{product}的技术支持可能放缓。",
            ),
            (
                "Customers served from the {city} office should confirm their new contacts.",
                "{city}の事業所が担当する顧客は、新たな窓口を確認する必要がある。",
                "由{city}办公室服务的客户应确认新的联系人。",
            ),
        ),
        amount=(20, 900),
        amount2=(0.1, 0.5),
    ),
    "launch": _Event(
        category=("Product", "製品", "产品"),
        title_en="{co} launches {product} at {price}",
        titles_ja=("{co}、{product}を発売　価格は{price}", "{co}が新製品{product}を{price}で投入"),
        titles_zh=("{co}发布{product}，售价{price}", "{co}推出新品{product}，定价{price}"),
        summary=(
            "{co} unveiled {product} on {date}, priced at {price}, with shipments starting on {start}.",
            "{co}は{date}、{product}を発表した。価格は{price}で、{start}に出荷を開始する。",
            "{co}于{date}发布{product}，售价{price}，将于{start}开始发货。",
        ),
        facts=(
            (
                "{product} costs {price} and ships on {start}.",
                "{product}の価格は{price}で、{start}に出荷される。",
                "{product}售价{price}，将于{start}发货。",
            ),
            (
                "It is {pct}% faster than the previous model, according to {co}.",
                "{co}によると、従来モデルより{pct}%高速だという。",
                "据{co}称，其速度比上一代产品快{pct}%。",
            ),
            (
                "Pre-orders open in {n} countries.",
                "予約受付は{n}か国で始まる。",
                "预订将在{n}个国家开放。",
            ),
            (
                "The device is assembled at the {co} plant in {city}.",
                "製品は{city}にある{co}の工場で組み立てられる。",
                "该产品在{co}位于{city}的工厂组装。",
            ),
            (
                "{person}, head of hardware at {co}, presented the product.",
                "{co}のハードウェア責任者である{person}氏が製品を披露した。",
                "{co}硬件负责人{person}介绍了该产品。",
            ),
            (
                "{co} expects to sell {units} units in the first year.",
                "{co}は初年度に{units}台の販売を見込む。",
                "{co}预计首年销量达到{units}台。",
            ),
        ),
        implications=(
            (
                "Developers get an SDK for {product} on launch day.",
                "開発者向けには発売日に{product}の SDK が提供される。",
                "开发者将在发布当天获得{product}的 SDK。",
            ),
            (
                "Apps must support the new {product} screen sizes before {start}.",
                "アプリは{start}までに{product}の新しい画面サイズに対応する必要がある。",
                "应用需在{start}前适配{product}的新屏幕尺寸。",
            ),
        ),
        amount=(20, 500),
        amount2=(0.1, 0.5),
    ),
    "funding": _Event(
        category=("Business", "企業", "公司"),
        title_en="{co} raises {amt} in Series {letter} round led by {co2}",
        titles_ja=(
            "{co}、シリーズ{letter}で{amt}を調達　{co2}が主導",
            "{co}が{amt}の資金調達、{co2}が主導するシリーズ{letter}",
        ),
        titles_zh=("{co}完成{amt}{letter}轮融资，{co2}领投", "{co}获{amt}{letter}轮融资，由{co2}领投"),
        summary=(
            "{co}, the developer of {product}, said on {date} that it raised {amt} in a Series {letter} "
            "round led by {co2}, valuing the company at {amt2}.",
            "{product}を開発する{co}は{date}、{co2}が主導するシリーズ{letter}で{amt}を調達したと発表した。"
            "企業評価額は{amt2}となった。",
            "{product}开发商{co}于{date}宣布完成由{co2}领投的{amt}{letter}轮融资，公司估值达到{amt2}。",
        ),
        facts=(
            (
                "The round values {co} at {amt2}.",
                "今回の調達で{co}の評価額は{amt2}となった。",
                "本轮融资后，{co}的估值为{amt2}。",
            ),
            (
                "{co2} led the round, with {n} other investors taking part.",
                "{co2}が主導し、ほかに{n}社の投資家が参加した。",
                "本轮由{co2}领投，另有{n}家投资方参投。",
            ),
            (
                "{co} plans to grow its staff to {jobs} by {year}.",
                "{co}は{year}年までに従業員を{jobs}人に増やす計画だ。",
                "{co}计划到{year}年将员工人数增至{jobs}人。",
            ),
            (
                "The money will fund a new office in {city}.",
                "調達資金は{city}での新拠点開設に充てる。",
                "所筹资金将用于在{city}设立新办公室。",
            ),
            (
                "Founder {person} said revenue grew {pct}% last year.",
                "創業者の{person}氏によると、昨年の売上高は{pct}%増加した。",
                "创始人{person}表示，公司去年营收增长{pct}%。",
            ),
        ),
        implications=(
            (
                "{product} customers can expect faster releases over the next {n} quarters.",
                "{product}の利用者は、今後{n}四半期にわたりリリースの加速が見込める。",
                "{product}用户在未来{n}个季度可望看到更快的版本更新。",
            ),
            (
                "The hiring plan will add engineering roles in {city}.",
                "採用計画により{city}でエンジニア職が増える。",
                "招聘计划将在{city}增加工程师岗位。",
            ),
        ),
        amount=(20, 2000),
        amount2=(5.0, 20.0),
    ),
    "cloud_deal": _Event(
        category=("Technology", "技術", "科技"),
        title_en="{co} and {co2} sign {n}-year cloud deal worth {amt}",
        titles_ja=(
            "{co}と{co2}、{n}年間で{amt}のクラウド契約を締結",
            "{co}が{co2}と総額{amt}のクラウド契約、期間は{n}年",
        ),
        titles_zh=(
            "{co}与{co2}签署价值{amt}的{n}年期云服务协议",
            "{co}和{co2}达成为期{n}年、总额{amt}的云合作",
        ),
        summary=(
            "{co} and {co2} signed a {n}-year cloud agreement worth {amt} on {date}, under which {co} "
            "will run {product} in {co2} data centers.",
            "{co}と{co2}は{date}、総額{amt}の{n}年間のクラウド契約を結んだ。"
            "{co}は{product}を{co2}のデータセンターで運用する。",
            "{co}与{co2}于{date}签署为期{n}年、价值{amt}的云服务协议，{co}将在{co2}的数据中心运行{product}。",
        ),
        facts=(
            (
                "The agreement runs for {n} years and is worth {amt}.",
                "契約期間は{n}年で、総額は{amt}。",
                "协议为期{n}年，总价值{amt}。",
            ),
            (
                "{product} will move to {co2} data centers by {year}.",
                "{product}は{year}年までに{co2}のデータセンターへ移行する。",
                "{product}将于{year}年前迁移至{co2}的数据中心。",
            ),
            (
                "{co2} will open a new region in {city} to serve the contract.",
                "{co2}は契約に対応するため{city}に新たなリージョンを開設する。",
                "{co2}将在{city}开设新的云区域以履行该合同。",
            ),
            (
                "{co} expects to cut its infrastructure costs by {pct}%.",
                "{co}はインフラ費用を{pct}%削減できると見込む。",
                "{co}预计基础设施成本将降低{pct}%。",
            ),
            (
                "{person} will oversee the migration for {co}.",
                "{co}側の移行作業は{person}氏が統括する。",
                "{co}方面的迁移工作由{person}负责。",
            ),
        ),
        implications=(
            (
                "Services that call {product} may see new endpoints during the migration.",
                "{product}を呼び出すサービスは、移行中にエンドポイントが変わる可能性がある。",
                "调用{product}的服务在迁移期间可能会遇到端点变更。",
            ),
            (
                "Data residency in {city} may simplify compliance for local customers.",
                "{city}でのデータ保管により、現地顧客のコンプライアンス対応が容易になる可能性がある。",
                "数据存放在{city}可能简化当地客户的合规工作。",
            ),
        ),
        amount=(100, 10000),
        amount2=(0.1, 0.5),
    ),
    "earnings": _Event(
        category=("Economy", "経済", "经济"),
        title_en="{co} {qshort} revenue rises {pct}% to {amt}",
        titles_ja=("{co}の{qshort}売上高、{pct}%増の{amt}", "{co}、{qshort}は{pct}%の増収　売上高{amt}"),
        titles_zh=("{co}{qshort}营收增长{pct}%至{amt}", "{co}公布{qshort}业绩：营收{amt}，同比增长{pct}%"),
        summary=(
            "{co} reported on {date} that revenue for the {quarter} rose {pct}% from a year earlier "
            "to {amt}, helped by demand for {product}.",
            "{co}は{date}、{quarter}の売上高が前年同期比{pct}%増の{amt}になったと発表した。"
            "{product}の需要が寄与した。",
            "{co}于{date}公布，受{product}需求推动，{quarter}营收同比增长{pct}%，达到{amt}。",
        ),
        facts=(
            (
                "Revenue rose {pct}% year on year to {amt}.",
                "売上高は前年同期比{pct}%増の{amt}だった。",
                "营收同比增长{pct}%，达到{amt}。",
            ),
            ("Net profit was {amt2}.", "純利益は{amt2}だった。", "净利润为{amt2}。"),
            (
                "{product} shipments reached {units} units.",
                "{product}の出荷台数は{units}台に達した。",
                "{product}出货量达到{units}台。",
            ),
            (
                "Chief financial officer {person} raised the full-year forecast.",
                "{person}最高財務責任者は通期見通しを引き上げた。",
                "首席财务官{person}上调了全年业绩预期。",
            ),
            (
                "The company will hire {jobs} people in {city} this year.",
                "同社は今年、{city}で{jobs}人を採用する。",
                "该公司今年将在{city}招聘{jobs}人。",
            ),
        ),
        implications=(
            (
                "Higher {product} volumes suggest steady demand for related developer tools.",
                "{product}の出荷増は、関連する開発者向けツールの需要が堅調であることを示す。",
                "{product}出货量增长表明相关开发者工具需求稳定。",
            ),
            (
                "The hiring in {city} will include roles for platform engineers.",
                "{city}での採用にはプラットフォームエンジニアの職も含まれる。",
                "{city}的招聘将包括平台工程师岗位。",
            ),
        ),
        amount=(100, 30000),
        amount2=(0.05, 0.3),
    ),
    "breach": _Event(
        category=("Security", "安全性", "安全"),
        title_en="{co} says breach exposed data of {count} customers",
        titles_ja=("{co}、顧客{count}人分の情報が流出", "{co}で不正アクセス、{count}人の顧客情報に影響"),
        titles_zh=("{co}称数据泄露波及{count}名客户", "{co}遭遇数据泄露，{count}名客户信息受影响"),
        summary=(
            "{co} disclosed on {date} that attackers accessed records of {count} customers through a "
            "flaw in {product}.",
            "{co}は{date}、{product}の脆弱性を突かれ、顧客{count}人分の記録に不正アクセスされたと公表した。",
            "{co}于{date}披露，攻击者利用{product}的漏洞访问了{count}名客户的记录。",
        ),
        facts=(
            (
                "Records of {count} customers were accessed.",
                "不正アクセスを受けたのは顧客{count}人分の記録。",
                "共有{count}名客户的记录遭到访问。",
            ),
            (
                "The attackers used a flaw in {product} that was patched on {start}.",
                "攻撃者は{product}の脆弱性を悪用した。この脆弱性は{start}に修正された。",
                "攻击者利用了{product}中的一个漏洞，该漏洞已于{start}修复。",
            ),
            (
                "No payment data was taken, {co} said.",
                "{co}によると、決済情報は盗まれていない。",
                "{co}表示，支付数据未被窃取。",
            ),
            (
                "Data protection authorities in {city} have been notified.",
                "{city}のデータ保護当局に報告済みだという。",
                "公司已通知{city}的数据保护机构。",
            ),
            (
                "{co} will offer {n} years of free credit monitoring.",
                "{co}は{n}年間の信用情報モニタリングを無償で提供する。",
                "{co}将提供为期{n}年的免费信用监控服务。",
            ),
            (
                "Security chief {person} said {pct}% of affected accounts have reset their passwords.",
                "{person}最高情報セキュリティ責任者によると、影響を受けたアカウントの{pct}%がパスワードを再設定した。",
                "首席安全官{person}表示，{pct}%的受影响账户已重置密码。",
            ),
        ),
        implications=(
            (
                "Teams using {product} should apply the {start} patch and rotate API keys.",
                "{product}を利用するチームは{start}の修正を適用し、API キーを再発行すべきだ。",
                "使用{product}的团队应安装{start}发布的补丁并轮换 API 密钥。",
            ),
            (
                "Expect stricter audits from customers in {city}.",
                "{city}の顧客からの監査が厳しくなると予想される。",
                "预计{city}的客户将加强审计。",
            ),
        ),
        amount=(10, 500),
        amount2=(0.1, 0.5),
    ),
    "fine": _Event(
        category=("Policy", "政策", "政策"),
        title_en="{city} regulator fines {co} {amt} over {issue}",
        titles_ja=(
            "{city}の規制当局、{co}に{amt}の制裁金　{issue}めぐり",
            "{co}に{amt}の制裁金、{city}当局が{issue}問題で",
        ),
        titles_zh=("{city}监管机构因{issue}问题对{co}罚款{amt}", "{co}因{issue}被{city}监管机构罚款{amt}"),
        summary=(
            "The {city} competition authority fined {co} {amt} on {date}, saying its handling of "
            "{issue} broke local rules.",
            "{city}の競争当局は{date}、{issue}の扱いが現地の規則に違反したとして{co}に{amt}の制裁金を科した。",
            "{city}竞争管理机构于{date}对{co}处以{amt}罚款，称其在{issue}方面违反了当地规定。",
        ),
        facts=(
            (
                "The fine of {amt} is the largest the authority has issued.",
                "{amt}の制裁金は同当局として過去最大。",
                "{amt}的罚款是该机构开出的最大罚单。",
            ),
            (
                "{co} has {n} months to change its practices.",
                "{co}は{n}か月以内に慣行を改める必要がある。",
                "{co}须在{n}个月内整改。",
            ),
            (
                "{co} said it will appeal the decision.",
                "{co}は決定を不服として控訴する方針を示した。",
                "{co}表示将对该决定提起上诉。",
            ),
            (
                "The probe began in {year0} after complaints from {co2}.",
                "調査は{co2}からの苦情を受けて{year0}年に始まった。",
                "该调查于{year0}年在{co2}投诉后启动。",
            ),
            (
                "{person}, who heads the authority, said {pct}% of local users were affected.",
                "同当局トップの{person}氏によると、現地利用者の{pct}%が影響を受けた。",
                "该机构负责人{person}表示，当地{pct}%的用户受到影响。",
            ),
        ),
        implications=(
            (
                "Products sold in {city} may need changes to {issue} within {n} months.",
                "{city}で販売する製品は{n}か月以内に{issue}に関する変更が必要になる可能性がある。",
                "在{city}销售的产品可能需要在{n}个月内就{issue}进行调整。",
            ),
        ),
        amount=(10, 5000),
        amount2=(0.1, 0.5),
    ),
    "datacenter": _Event(
        category=("Technology", "技術", "科技"),
        title_en="{co} plans {amt} data center near {city}",
        titles_ja=(
            "{co}、{city}近郊に{amt}のデータセンター建設へ",
            "{co}が{city}近くにデータセンター、投資額{amt}",
        ),
        titles_zh=("{co}拟投资{amt}在{city}附近建设数据中心", "{co}计划在{city}附近兴建{amt}数据中心"),
        summary=(
            "{co} said on {date} it plans to spend {amt} on a data center near {city} with {mw} "
            "megawatts of capacity, due to open in {year}.",
            "{co}は{date}、{city}近郊に{amt}を投じ、容量{mw}メガワットのデータセンターを建設すると発表した。"
            "{year}年に稼働する予定。",
            "{co}于{date}表示，计划投资{amt}在{city}附近建设一座容量为{mw}兆瓦的数据中心，预计{year}年投入使用。",
        ),
        facts=(
            (
                "The site will have {mw} megawatts of capacity.",
                "施設の容量は{mw}メガワット。",
                "该设施容量为{mw}兆瓦。",
            ),
            ("It is due to open in {year}.", "{year}年の稼働を予定している。", "预计于{year}年投入运营。"),
            (
                "About {jobs} construction workers will be needed.",
                "建設には約{jobs}人の作業員が必要となる。",
                "建设期间约需{jobs}名施工人员。",
            ),
            (
                "{co2} will supply the cooling systems.",
                "冷却設備は{co2}が供給する。",
                "冷却系统将由{co2}提供。",
            ),
            (
                "{pct}% of its power will come from a nearby wind farm.",
                "電力の{pct}%は近隣の風力発電所から供給される。",
                "其{pct}%的电力将来自附近的风电场。",
            ),
            (
                "Site lead {person} said construction starts on {start}.",
                "現地責任者の{person}氏によると、{start}に着工する。",
                "现场负责人{person}表示，项目将于{start}开工。",
            ),
        ),
        implications=(
            (
                "A new region near {city} could cut latency for nearby users.",
                "{city}近郊の新リージョンにより、周辺利用者の遅延が短縮される可能性がある。",
                "{city}附近的新区域可能降低周边用户的延迟。",
            ),
        ),
        amount=(300, 10000),
        amount2=(0.1, 0.5),
    ),
    "recall": _Event(
        category=("Product", "製品", "产品"),
        title_en="{co} recalls {units} {product} units over battery fault",
        titles_ja=(
            "{co}、{product}を{units}台リコール　バッテリーに不具合",
            "{co}が{product} {units}台を回収、バッテリー不具合で",
        ),
        titles_zh=("{co}因电池故障召回{units}台{product}", "电池存在缺陷，{co}召回{product}共{units}台"),
        summary=(
            "{co} said on {date} it is recalling {units} {product} units sold since {year0} because the "
            "battery can overheat.",
            "{co}は{date}、バッテリーが過熱する恐れがあるとして、{year0}年以降に販売した{product} {units}台を"
            "リコールすると発表した。",
            "{co}于{date}表示，由于电池可能过热，将召回自{year0}年以来售出的{units}台{product}。",
        ),
        facts=(
            (
                "The recall covers {units} units sold since {year0}.",
                "対象は{year0}年以降に販売された{units}台。",
                "召回范围为{year0}年以来售出的{units}台。",
            ),
            (
                "{co} received {n} reports of overheating.",
                "{co}には過熱に関する報告が{n}件寄せられた。",
                "{co}共收到{n}起过热报告。",
            ),
            (
                "Owners will get a free battery replacement from {start}.",
                "所有者は{start}から無償でバッテリー交換を受けられる。",
                "用户可自{start}起免费更换电池。",
            ),
            (
                "The recall will cost about {amt}.",
                "リコール費用は約{amt}となる見込み。",
                "此次召回预计耗资约{amt}。",
            ),
            (
                "The faulty cells came from a supplier in {city}.",
                "不具合のある電池セルは{city}の供給業者製だった。",
                "存在缺陷的电芯来自{city}的一家供应商。",
            ),
            (
                "Quality chief {person} apologised to customers.",
                "{person}品質責任者が顧客に謝罪した。",
                "质量负责人{person}向客户致歉。",
            ),
        ),
        implications=(
            (
                "Apps that read {product} battery data should handle replacement devices from {start}.",
                "{product}のバッテリー情報を読み取るアプリは、{start}以降の交換機に対応する必要がある。",
                "读取{product}电池数据的应用应从{start}起兼容更换后的设备。",
            ),
        ),
        amount=(10, 900),
        amount2=(0.1, 0.5),
    ),
    "appointment": _Event(
        category=("Company", "企業", "公司"),
        title_en="{co} names {person} as chief executive",
        titles_ja=("{co}、{person}氏を最高経営責任者に任命", "{co}の新 CEO に{person}氏"),
        titles_zh=("{co}任命{person}为首席执行官", "{person}出任{co}首席执行官"),
        summary=(
            "{co} said on {date} that {person}, who led {co2} for {n} years, will become chief "
            "executive on {start}.",
            "{co}は{date}、{co2}を{n}年間率いた{person}氏が{start}付で最高経営責任者に就任すると発表した。",
            "{co}于{date}宣布，曾执掌{co2}{n}年的{person}将于{start}出任首席执行官。",
        ),
        facts=(
            (
                "{person} takes over on {start}.",
                "{person}氏は{start}に就任する。",
                "{person}将于{start}正式上任。",
            ),
            (
                "{person} previously ran {co2} for {n} years.",
                "{person}氏は以前、{co2}を{n}年間率いていた。",
                "{person}此前执掌{co2}长达{n}年。",
            ),
            (
                "Under {person}, revenue at {co2} grew by {pct}%.",
                "{person}氏のもとで{co2}の売上高は{pct}%増えた。",
                "在{person}领导下，{co2}营收增长了{pct}%。",
            ),
            (
                "The board will move the headquarters to {city} by {year}.",
                "取締役会は{year}年までに本社を{city}へ移す。",
                "董事会将于{year}年前把总部迁至{city}。",
            ),
            (
                "Shares of {co} rose {pct2}% after the announcement.",
                "発表後、{co}の株価は{pct2}%上昇した。",
                "消息公布后，{co}股价上涨{pct2}%。",
            ),
        ),
        implications=(
            (
                "Roadmaps for {product} may change once {person} takes over.",
                "{person}氏の就任後、{product}のロードマップが変わる可能性がある。",
                "{person}上任后，{product}的路线图可能会有所调整。",
            ),
        ),
        amount=(20, 500),
        amount2=(0.1, 0.5),
    ),
}
_EVENT_NAMES = tuple(_EVENTS)
# events a hard negative may repeat, with another partner, product or city in the title (a second
# acquisition in one week is news; a second breach of the same company is an update of the first)
_REPEATABLE = ("acquisition", "launch", "funding", "cloud_deal", "plant", "datacenter")

_KINDS: tuple[L3, ...] = (
    ("battery", "電池", "电池"),
    ("chip", "半導体", "芯片"),
    ("solar panel", "太陽光パネル", "太阳能电池板"),
    ("electric motor", "電動モーター", "电机"),
    ("glass", "ガラス", "玻璃"),
)
_ISSUES: tuple[L3, ...] = (
    ("data transfers", "データ移転", "数据传输"),
    ("misleading advertising", "誤解を招く広告", "误导性广告"),
    ("late safety reports", "安全報告の遅れ", "安全报告延迟"),
    ("app store rules", "アプリストアの規約", "应用商店规则"),
    ("cookie consent", "クッキー同意", "Cookie 同意"),
)
_QUARTERS: tuple[L3, ...] = (
    ("first quarter", "第1四半期", "第一季度"),
    ("second quarter", "第2四半期", "第二季度"),
    ("third quarter", "第3四半期", "第三季度"),
    ("fourth quarter", "第4四半期", "第四季度"),
)
_MONTHS_EN = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


# syllables of invented person and city names: romaji, katakana, Chinese transliteration
_SYLLABLES: tuple[L3, ...] = tuple(
    tuple(s.split("/"))  # type: ignore[misc]
    for s in _words(
        "ka/カ/卡 ki/キ/基 ku/ク/库 ke/ケ/克 ko/コ/科 sa/サ/萨 shi/シ/希 su/ス/苏 se/セ/塞 so/ソ/索 "
        "ta/タ/塔 te/テ/特 to/ト/托 na/ナ/纳 ni/ニ/尼 nu/ヌ/努 ne/ネ/内 no/ノ/诺 ha/ハ/哈 ho/ホ/霍 "
        "ma/マ/马 mi/ミ/米 mu/ム/穆 me/メ/梅 mo/モ/莫 ya/ヤ/亚 yo/ヨ/约 ra/ラ/拉 ri/リ/里 ru/ル/鲁 "
        "re/レ/雷 ro/ロ/罗 da/ダ/达 de/デ/德 do/ド/多 ba/バ/巴 be/ベ/贝 bo/ボ/博 ga/ガ/加 go/ゴ/戈 "
        "va/ヴァ/瓦 li/リ/莉 el/エル/埃尔 an/アン/安 or/オル/奥尔"
    )
)
_OPENERS = frozenset(("va", "li", "el", "an", "or"))  # only at the start of a name
_BRAND_HEADS = _words(
    "Vel Quor Ar Bren Cal Dor Ex Fal Gal Hel Ion Jun Kel Lum Mor Nex Or Pra Quin Ros Sol Tor Ul Ver Wex "
    "Xan Yor Zen Ael Bry Cor Dax Eon Fyr Gri Hal Isk Jor Kry Lox Myr Nov Oza Pyx Rho Syl Tev Umb Vox Wyn"
)
_BRAND_TAILS = _words("trix ano ora is ex ium yn ara on ico enta ova ux ith ant era oma ent ia")
_SECTORS = ("", "", "", " Systems", " Labs", " Energy", " Robotics", " Motors", " Networks", " Bio", " Cloud")
_PRODUCT_NAMES = _words(
    "Aurora Nimbus Atlas Vega Helix Orion Pulse Zephyr Quartz Lumen Nova Strata Comet Echo Summit Vertex "
    "Falcon Tidal Ember Cobalt Prism Halo Onyx Sierra Beacon Drift"
)
_PRODUCT_MODELS = ("X4", "7", "Pro 2", "S", "One", "Max", "3", "Air", "Edge", "5G", "Mini", "Ultra")


@dataclass(frozen=True)
class _Publisher:
    name: str
    host: str
    style: str

    @property
    def feed(self) -> str:
        return f"{self.name} News"

    @property
    def home(self) -> str:
        return f"https://{self.host}/"


_PUBLISHERS: tuple[tuple[_Publisher, int], ...] = (
    (_Publisher("Example Herald", "news.example.com", "dated"), 6),
    (_Publisher("Tech Ledger", "techledger.example.org", "article"), 1),
    (_Publisher("Market Wire", "wire.example.net", "html"), 1),
    (_Publisher("Daily Circuit", "circuit.example.com", "news"), 1),
    (_Publisher("Keizai Shimpo", "keizai.example.jp", "id"), 1),
    (_Publisher("Huaxia Tech", "tech.example.cn", "cn"), 1),
)

# section labels and metadata labels per language (all in pipeline/lexicon.toml)
_LABELS: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "meta": ("Metadata",),
        "header": ("Field", "Value"),
        "published": ("Published", "Publication date"),
        "category": ("Category",),
        "source": ("Source", "Link", "Original article"),
        "author": ("Author",),
        "summary": ("Summary", "TL;DR", "Overview"),
        "points": ("Key Points", "Key Takeaways", "Highlights"),
        "impact": ("Impact for engineers", "Why it matters", "Implications for engineers"),
        "related": ("Related links",),
    },
    "ja": {
        "meta": ("メタデータ", "基本情報"),
        "header": ("項目", "内容"),
        "published": ("発表日", "公開日"),
        "category": ("カテゴリ",),
        "source": ("公式リンク", "出典", "元記事"),
        "author": ("著者",),
        "summary": ("概要", "要約", "まとめ"),
        "points": ("主な内容", "ポイント", "要点"),
        "impact": ("開発者への影響", "エンジニアへの影響"),
        "related": ("関連リンク",),
    },
    "zh": {
        "meta": ("基本信息", "元数据"),
        "header": ("项目", "内容"),
        "published": ("发布日期", "发布时间"),
        "category": ("分类",),
        "source": ("原文链接", "来源", "原文地址"),
        "author": ("作者",),
        "summary": ("摘要", "概述", "总结"),
        "points": ("要点速览", "核心要点"),
        "impact": ("对开发者的影响",),
        "related": ("相关链接", "相关阅读"),
    },
}
_FAILED_SUMMARY = {"en": "Summary unavailable.", "ja": "要約の生成に失敗しました。", "zh": "生成摘要时出错"}
_ROUNDUP_TITLE = {"en": "Tech roundup #{n}", "ja": "テック・ダイジェスト 第{n}号", "zh": "科技周报 第{n}期"}
_SWAPS: dict[str, tuple[tuple[str, str], ...]] = {
    "en": (
        (" said ", " stated "),
        (" announced ", " confirmed "),
        (" expect ", " anticipate "),
        (" will ", " is set to "),
        (" plans to ", " intends to "),
        (" new ", " fresh "),
    ),
    "ja": (("発表した", "明らかにした"), ("見通し", "見込み"), ("予定", "計画"), ("する", "する方針")),
    "zh": (("宣布", "表示"), ("预计", "预期"), ("将", "将会"), ("表示", "称")),
}
_QD_MODELS = ("gpt-5-mini-2025-08-07", "gpt-4.1-mini-2025-04-14", "gpt-4o-mini-2024-07-18")
_QD_LEADINS = ("発表の要点", "主なポイント", "合意の要点")
_QD_CLOSINGS = (
    "詳細は今後の発表で明らかにされる予定です。",
    "同社は今後も進捗を順次公表していくとしています。",
    "関係者は引き続き動向を注視しています。",
)
_EN_CLOSINGS = (
    "Further details will be shared in the coming months.",
    "The company said it would give an update with its next results.",
    "Both sides declined to comment further.",
)

# mix of page shapes for a story's pages, and of languages for a digest page
_SHAPE_WEIGHTS = (
    ("digest_md", 30),
    ("digest_html", 22),
    ("digest_text", 10),
    ("quick_digest", 12),
    ("bilingual_summary", 6),
    ("cached_copy", 6),
    ("scored_keypoints", 6),
    ("digest_multi", 4),
)
_LANG_WEIGHTS = (("en", 50), ("ja", 25), ("zh", 25))
_SIZE_WEIGHTS = ((1, 22), (2, 24), (3, 20), (4, 15), (5, 10), (6, 9))
NEAR_DUPLICATE_SHARE = 0.26  # of a story's later pages
TRANSLATION_ONLY_SHARE = 0.085  # of a story's later pages (at most one per story): ~5% of pages
HARD_NEGATIVE_SHARE = 0.18  # of stories
PARTIAL_SHARE = 0.04  # of digest pages: title only, cut off, or "summary failed"
RECENT = 16  # stories kept for hard negatives, multi-story pages and related lists
_ONCE = ("quick_digest", "bilingual_summary", "cached_copy", "scored_keypoints")  # an article once per site


def _weighted(rng: random.Random, pairs: Sequence[tuple[_T, int]]) -> _T:
    """One value of ``(value, weight)`` pairs, drawn by weight."""
    total = sum(w for _, w in pairs)
    pick = rng.random() * total
    for value, weight in pairs:
        pick -= weight
        if pick < 0:
            return value
    return pairs[-1][0]


# =============================================================================== entities and values


def _money(millions: int, lang: str) -> str:
    if lang == "en":
        return f"${millions / 1000:g} billion" if millions >= 1000 else f"${millions} million"
    unit = "ドル" if lang == "ja" else "美元"
    big = "億" if lang == "ja" else "亿"
    return f"{millions / 100:g}{big}{unit}" if millions >= 100 else f"{millions * 100}万{unit}"


def _count(n: int, lang: str) -> str:
    if lang == "en":
        return f"{n / 1_000_000:g} million" if n >= 1_000_000 and n % 100_000 == 0 else f"{n:,}"
    if n >= 10_000 and n % 1000 == 0:
        return f"{n / 10_000:g}万"
    return f"{n:,}" if lang == "ja" else str(n)


def _price(dollars: int, lang: str) -> str:
    return {"en": f"${dollars:,}", "ja": f"{dollars:,}ドル", "zh": f"{dollars}美元"}[lang]


def _long_date(day: date, lang: str) -> str:
    if lang == "en":
        return f"{_MONTHS_EN[day.month - 1]} {day.day}, {day.year}"
    return f"{day.year}年{day.month}月{day.day}日"


def _month_day(day: date, lang: str) -> str:
    return f"{_MONTHS_EN[day.month - 1]} {day.day}" if lang == "en" else f"{day.month}月{day.day}日"


def _page_date(day: date, lang: str, rng: random.Random) -> str:
    """A publication date as a digest page prints it."""
    style = rng.randrange(3)
    if style == 0:
        return day.isoformat()
    if lang == "en":
        return (
            _long_date(day, "en") if style == 1 else f"{_MONTHS_EN[day.month - 1][:3]} {day.day}, {day.year}"
        )
    return _long_date(day, lang) if style == 1 else f"{day.year}/{day.month:02d}/{day.day:02d}"


def _syllable_name(rng: random.Random, syllables: int) -> L3:
    parts = [rng.choice(_SYLLABLES)]
    while len(parts) < syllables:
        s = rng.choice(_SYLLABLES)
        if s[0] not in _OPENERS:
            parts.append(s)
    en = "".join(p[0] for p in parts)
    return en[0].upper() + en[1:], "".join(p[1] for p in parts), "".join(p[2] for p in parts)


def _person(rng: random.Random) -> L3:
    given = _syllable_name(rng, rng.choice((2, 2, 3)))
    family = _syllable_name(rng, rng.choice((2, 3, 3)))
    return f"{given[0]} {family[0]}", f"{given[1]}・{family[1]}", f"{given[2]}·{family[2]}"


def _company(rng: random.Random) -> str:
    return rng.choice(_BRAND_HEADS) + rng.choice(_BRAND_TAILS) + rng.choice(_SECTORS)


def _product(rng: random.Random) -> str:
    return f"{rng.choice(_PRODUCT_NAMES)} {rng.choice(_PRODUCT_MODELS)}"


def _nice_millions(x: float) -> int:
    if x < 100:
        return max(5, round(x / 5) * 5)
    if x < 1000:
        return round(x / 10) * 10
    return round(x / 100) * 100


def _log_uniform(rng: random.Random, low: float, high: float) -> float:
    return math.exp(rng.uniform(math.log(low), math.log(high)))


def _numbers(rng: random.Random, event: _Event, day: date) -> dict:
    amt = _nice_millions(_log_uniform(rng, *event.amount))
    big_units = rng.choice((1000, 1000, 100_000))
    return {
        "amt": amt,
        "amt2": _nice_millions(amt * rng.uniform(*event.amount2)),
        "jobs": rng.randrange(4, 900) * 10,
        "units": max(5, int(_log_uniform(rng, 5, 2000))) * 1000,
        "count": max(10_000, int(_log_uniform(rng, 10_000, 20_000_000)) // big_units * big_units),
        "pct": rng.randint(3, 45),
        "pct2": rng.randint(2, 30),
        "year": day.year + rng.randint(1, 4),
        "year0": day.year - rng.randint(1, 6),
        "q": rng.randint(1, 4),
        "start": day + timedelta(days=rng.randint(14, 150)),
        "price": rng.choice((199, 249, 299, 349, 399, 499, 599, 699, 799, 999, 1199, 1299, 1499, 1999)),
        "n": rng.randint(2, 12),
        "mw": rng.randint(4, 60) * 10,
        "letter": rng.choice("ABCD"),
        "kind": rng.randrange(len(_KINDS)),
        "issue": rng.randrange(len(_ISSUES)),
    }


def _slot_values(raw: dict, day: date) -> dict[str, dict[str, str]]:
    out = {}
    for li, lang in enumerate(LANGS):
        quarter = _QUARTERS[raw["q"] - 1][li]
        out[lang] = {
            "co": raw["co"],
            "co2": raw["co2"],
            "product": raw["product"],
            "city": raw["city"][li],
            "person": raw["person"][li],
            "amt": _money(raw["amt"], lang),
            "amt2": _money(raw["amt2"], lang),
            "jobs": _count(raw["jobs"], lang),
            "units": _count(raw["units"], lang),
            "count": _count(raw["count"], lang),
            "pct": str(raw["pct"]),
            "pct2": str(raw["pct2"]),
            "year": str(raw["year"]),
            "year0": str(raw["year0"]),
            "quarter": quarter,
            "qshort": f"Q{raw['q']}" if lang == "en" else quarter,
            "date": _long_date(day, lang),
            "start": _month_day(raw["start"], lang),
            "price": _price(raw["price"], lang),
            "n": str(raw["n"]),
            "mw": str(raw["mw"]),
            "letter": raw["letter"],
            "kind": _KINDS[raw["kind"]][li],
            "issue": _ISSUES[raw["issue"]][li],
        }
    return out


# =============================================================================== stories


@dataclass
class _Story:
    key: str
    event: str
    raw: dict
    day: date
    hour: int
    minute: int
    publisher: _Publisher
    url: str
    facts: tuple[int, ...]
    impls: tuple[int, ...]
    hard_negative_of: str | None
    vals: dict[str, dict[str, str]]

    @property
    def spec(self) -> _Event:
        return _EVENTS[self.event]

    def title(self, lang: str, alt: bool = False) -> str:
        spec = self.spec
        if lang == "en":
            template = spec.title_en
        else:
            template = (spec.titles_ja if lang == "ja" else spec.titles_zh)[1 if alt else 0]
        return template.format(**self.vals[lang])

    def summary(self, lang: str) -> str:
        return self.spec.summary[LANGS.index(lang)].format(**self.vals[lang])

    def fact_texts(self, lang: str) -> list[str]:
        li = LANGS.index(lang)
        return [self.spec.facts[i][li].format(**self.vals[lang]) for i in self.facts]

    def impl_texts(self, lang: str) -> list[str]:
        li = LANGS.index(lang)
        return [self.spec.implications[i][li].format(**self.vals[lang]) for i in self.impls]

    def category(self, lang: str) -> str:
        return self.spec.category[LANGS.index(lang)]

    def truth(self) -> dict:
        return {
            "url": self.url,
            "published": self.day.isoformat(),
            "publisher": self.publisher.name,
            "event": self.event,
            "titles": {lang: self.title(lang) for lang in LANGS},
            "hard_negative_of": self.hard_negative_of,
        }


def _slug(title: str) -> str:
    text = re.sub(r"(?<=\d)\.(?=\d)", "-", title.lower().replace("$", ""))
    return re.sub(r"[^a-z0-9]+", "-", text.replace("%", " percent")).strip("-")


def _url(pub: _Publisher, day: date, slug: str, ident: int) -> str:
    host = pub.host
    if pub.style == "dated":
        return f"https://{host}/{day.year}/{day.month:02d}/{day.day:02d}/{slug}"
    if pub.style == "article":
        return f"https://{host}/articles/{ident}-{slug}"
    if pub.style == "html":
        return f"https://{host}/business/{slug}.html"
    if pub.style == "news":
        return f"https://{host}/news/{slug}"
    if pub.style == "id":
        return f"https://{host}/article/{ident}"
    return f"https://{host}/news/{day.year}{day.month:02d}{day.day:02d}/{ident}.html"


class _StoryMaker:
    """Makes stories one at a time, keeping titles and URLs unique over the whole corpus."""

    def __init__(self) -> None:
        self.titles: set[str] = set()
        self.urls: set[str] = set()

    def make(
        self, key: str, rng: random.Random, base: _Story | None, recent: Sequence[_Story] = ()
    ) -> _Story:
        """A new story; with ``base``, a hard negative of it (``recent``: events to avoid repeating)."""
        used = {s.event for s in recent if base is not None and s.raw["co"] == base.raw["co"]}
        for _ in range(200):
            story = self._draw(key, rng, base, used)
            keys = [fold(story.title(lang, alt)) for lang in LANGS for alt in (False, True)]
            keys = list(dict.fromkeys(keys))
            if story.url in self.urls or any(k in self.titles for k in keys):
                continue
            if base is not None and fold(story.title("en")) == fold(base.title("en")):
                continue
            self.titles.update(keys)
            self.urls.add(story.url)
            return story
        raise RuntimeError("could not draw a story with a unique title")  # pragma: no cover

    def _draw(self, key: str, rng: random.Random, base: _Story | None, used: set[str]) -> _Story:
        if base is None:
            event_name = rng.choice(_EVENT_NAMES)
            day = EPOCH + timedelta(days=rng.randrange(SPAN_DAYS))
            publisher = _weighted(rng, _PUBLISHERS)
            entities = {
                "co": _company(rng),
                "co2": _company(rng),
                "city": _syllable_name(rng, 3),
                "person": _person(rng),
                "product": _product(rng),
            }
        else:
            # a hard negative: same company and (usually) city and date window, another article
            same_event = base.event in _REPEATABLE and rng.random() < 0.5
            others = [e for e in _EVENT_NAMES if e != base.event and e not in used]
            event_name = (
                base.event
                if same_event
                else rng.choice(others or [e for e in _EVENT_NAMES if e != base.event])
            )
            new_city = same_event and event_name in ("plant", "datacenter")
            day = base.day + timedelta(days=rng.randint(-3, 3))
            publisher = base.publisher if rng.random() < 0.5 else _weighted(rng, _PUBLISHERS)
            entities = {
                "co": base.raw["co"],
                "co2": _company(rng) if same_event or rng.random() < 0.5 else base.raw["co2"],
                "city": base.raw["city"] if rng.random() < 0.8 and not new_city else _syllable_name(rng, 3),
                "person": _person(rng) if same_event or rng.random() < 0.5 else base.raw["person"],
                "product": _product(rng) if same_event or rng.random() < 0.5 else base.raw["product"],
            }
        if entities["co2"] == entities["co"]:
            entities["co2"] = entities["co2"] + " Group"
        event = _EVENTS[event_name]
        raw = {**entities, **_numbers(rng, event, day)}
        if base is not None:
            for name in ("amt", "jobs", "pct", "units", "count"):
                while raw[name] == base.raw[name]:  # another article: other figures
                    step = {"pct": 5, "amt": 5 if raw["amt"] < 100 else 10 if raw["amt"] < 1000 else 100}
                    raw[name] += step.get(name, 1000)
        n_facts = min(len(event.facts), rng.randint(3, 6))
        facts = tuple(sorted(rng.sample(range(len(event.facts)), n_facts)))
        impls = tuple(
            sorted(rng.sample(range(len(event.implications)), rng.randint(1, len(event.implications))))
        )
        vals = _slot_values(raw, day)
        title = event.title_en.format(**vals["en"])
        url = _url(publisher, day, _slug(title), rng.randrange(100_000, 10_000_000))
        return _Story(
            key=key,
            event=event_name,
            raw=raw,
            day=day,
            hour=rng.randrange(24),
            minute=rng.choice((0, 15, 30, 45)),
            publisher=publisher,
            url=url,
            facts=facts,
            impls=impls,
            hard_negative_of=base.key if base is not None else None,
            vals=vals,
        )


# =============================================================================== pages


@dataclass
class _Page:
    text: str
    ext: str
    shape: str
    lang: str
    languages: list[str]
    stories: list[str]
    has_url: bool
    layout: str | None = None
    role: str = "page"
    flags: list[str] = field(default_factory=list)
    duplicate_of: str | None = None
    html: bool = False


@dataclass
class _Doc:
    """One digest page's content, before it is laid out."""

    lang: str
    title: str
    url: str | None
    day: date
    publisher: str
    home: str
    category: str
    summary: str
    points: list[str]
    impls: list[str]
    tags: list[str]
    labels: dict[str, str]
    published: str  # the date as the page prints it
    digest_day: date
    score: int
    thread: int
    flag: str | None = None


def _digest_doc(story: _Story, lang: str, rng: random.Random, *, alt_title: bool, with_url: bool) -> _Doc:
    labels = {name: rng.choice(options) for name, options in _LABELS[lang].items() if name != "header"}
    return _Doc(
        lang=lang,
        title=story.title(lang, alt_title),
        url=_url_variant(story.url, rng)
        if with_url and rng.random() < 0.15
        else (story.url if with_url else None),
        day=story.day,
        publisher=story.publisher.name,
        home=story.publisher.home,
        category=story.category(lang),
        summary=story.summary(lang),
        points=story.fact_texts(lang),
        impls=story.impl_texts(lang),
        tags=[story.raw["co"], story.category(lang)],
        labels=labels,
        published=_page_date(story.day, lang, rng),
        digest_day=story.day + timedelta(days=rng.randint(0, 2)),
        score=rng.randint(40, 1900),
        thread=rng.randint(30_000_000, 45_000_000),
    )


def _url_variant(url: str, rng: random.Random) -> str:
    """The same article's URL as another page may print it: scheme, ``www.``, slash, tracking."""
    pick = rng.randrange(3)
    if pick == 0:
        return url.replace("https://", "http://www.", 1) + ("" if url.endswith(".html") else "/")
    if pick == 1:
        return url + "?utm_source=digest&utm_medium=email"
    return url.replace("https://", "https://www.", 1)


def _lines_meta(doc: _Doc) -> list[str]:
    lab = doc.labels
    colon = ": " if doc.lang == "en" or doc.score % 2 else "："
    out = []
    if doc.url:
        out.append(f"{lab['source']}{colon}{doc.url}")
    out.append(f"{lab['published']}{colon}{doc.published}")
    return out


def _sections(doc: _Doc, heading: str, bullet: str) -> list[str]:
    """Summary, key points and implications, as Markdown (heading ``##``) or a text capture."""
    lab = doc.labels
    out: list[str] = []

    def head(label: str) -> None:
        out.extend([f"{heading} {label}".strip(), ""] if heading else [label])

    head(lab["summary"])
    if doc.flag == "truncated":
        sep = " " if doc.lang == "en" else ""
        text = doc.summary + sep + sep.join(doc.points)
        out.append(text[: max(90, int(len(text) * 0.8))].rstrip(" .。、，,"))
        return out
    out.extend([_FAILED_SUMMARY[doc.lang] if doc.flag == "summary_failed" else doc.summary, ""])
    head(lab["points"])
    out.extend(f"{bullet}{p}" for p in doc.points)
    out.append("")
    if doc.impls:
        head(lab["impact"])
        out.extend(f"{bullet}{p}" for p in doc.impls)
        out.append("")
    return out


def _render_digest(doc: _Doc, layout: str) -> str:
    lab = doc.labels
    if doc.flag == "title_only":
        return "\n".join([doc.title if layout == "text" else f"# {doc.title}", "", *_lines_meta(doc), ""])
    if layout == "table":
        rows = [f"| {lab['published']} | {doc.published} |", f"| {lab['category']} | {doc.category} |"]
        if doc.url:
            rows.append(f"| {lab['source']} | [{doc.publisher}]({doc.url}) |")
        lines = [
            f"# {doc.title}",
            "",
            f"## {lab['meta']}",
            "",
            "| {} | {} |".format(*_LABELS[doc.lang]["header"]),
            "|------|------|",
            *rows,
            "",
            *_sections(doc, "##", "- "),
        ]
        if doc.flag != "truncated":
            lines += [f"## {lab['related']}", "", f"- [{doc.publisher}]({doc.home})", ""]
    elif layout == "lines":
        lines = [f"# {doc.title}", "", *_lines_meta(doc), "", *_sections(doc, "##", "- ")]
    elif layout == "frontmatter":
        fm = ["---"]
        for key, value in _front_matter(doc).items():
            text = value.isoformat() if isinstance(value, date) else json.dumps(value, ensure_ascii=False)
            fm.append(f"{key}: {text}")
        lines = [*fm, "---", "", *_sections(doc, "##", "- ")]
    elif layout == "hn":
        strip = f"- Score: {doc.score} | [HN](https://news.ycombinator.com/item?id={doc.thread})"
        strip += f" | Link: {doc.url}" if doc.url else ""
        lines = [f"# {doc.title}", "", strip, "", *_sections(doc, "###", "- ")]
    else:  # "text": a plain text capture, section labels alone on their lines
        lines = [doc.title, "", *_lines_meta(doc), "", *_sections(doc, "", "• ")]
    return "\n".join(lines).rstrip("\n") + "\n"


def _front_matter(doc: _Doc) -> dict:
    """The YAML front matter of a ``frontmatter`` page, as YAML reads it back."""
    fm: dict = {"title": doc.title}
    if doc.url:
        fm["source"] = doc.url
    fm.update(date=doc.digest_day, published=doc.day, tags=list(doc.tags), author=doc.publisher)
    return fm


def _edit(doc: _Doc, rng: random.Random) -> _Doc:
    """A near-duplicate: the same page with one or two small edits."""
    points = list(doc.points)
    summary = doc.summary
    edits = rng.sample(("word", "swap", "drop"), rng.randint(1, 2))
    for edit in edits:
        if edit == "swap" and len(points) >= 2:
            i = rng.randrange(len(points) - 1)
            points[i], points[i + 1] = points[i + 1], points[i]
        elif edit == "drop" and len(points) >= 4:
            del points[rng.randrange(len(points))]
        elif edit == "word":
            for old, new in rng.sample(_SWAPS[doc.lang], len(_SWAPS[doc.lang])):
                if old in summary:
                    summary = summary.replace(old, new, 1)
                    break
    if points == doc.points and summary == doc.summary:
        points = points[1:] + points[:1] if len(points) > 1 else points
        if points == doc.points:
            summary = summary + (" " if doc.lang == "en" else "")
    return replace(doc, points=points, summary=summary, score=doc.score + rng.randint(1, 50))


def _quick_digest(story: _Story, rng: random.Random, related: list[_Story]) -> str:
    """The seed-000 shape: an English digest and its Japanese "Full Translation", no URL."""
    pub = story.publisher.name
    day = story.day
    hour12 = story.hour % 12 or 12
    ampm = "AM" if story.hour < 12 else "PM"
    when = f"{_MONTHS_EN[day.month - 1][:3]} {day.day}, {day.year}, {hour12}:{story.minute:02d} {ampm}"
    header = f"{pub}{pub} News{when}"
    model = rng.choice(_QD_MODELS)
    title_en, title_ja = story.title("en"), story.title("ja")
    facts_en = story.fact_texts("en")
    short = [f.rstrip(".") for f in facts_en[:3]]
    lines = [
        header,
        "",
        title_en,
        "",
        "A condensed section focused on the key takeaways first.",
        "",
        "Original Post",
        "",
        "Quick Digest",
        "",
        "Summary",
        "",
        "A condensed section focused on the key takeaways first.",
        "",
        f"openaienmodel: {model}",
        "",
        title_en,
        "",
        "Key Points",
        "",
        *(f"  • {s}" for s in short),
        "",
        "Summary",
        "",
        story.summary("en"),
        "",
        "Key Points",
        "",
        *(f"  • {f}" for f in facts_en),
        "  • Engineer implications:",
        *(f"    • {i}" for i in story.impl_texts("en")),
        "",
        "Full Translation",
        "",
        "Translations",
        "",
        "A translation section that keeps the flow of the original article.",
        "",
        f"openaijamodel: {model}",
        "",
        title_ja,
        "",
        title_ja,
        "",
        f"{_long_date(day, 'ja')} | {story.category('ja')}",
        "",
        story.summary("ja"),
        "",
        rng.choice(_QD_LEADINS),
        "",
        *(f"  • {f}" for f in story.fact_texts("ja")),
        "",
        rng.choice(_QD_CLOSINGS),
        "",
        "",
        f"著者: {pub}",
    ]
    if related:
        lines += ["", "関連投稿:", ""]
        lines += [f"  • {_long_date(r.day, 'ja')} — {r.title('en')}" for r in related]
    return "\n".join(lines) + "\n"


def _bilingual_summary(story: _Story) -> str:
    """The seed-004 shape: title, Summary (EN), Summary (ZH), Source."""
    en = " ".join([story.summary("en"), *story.fact_texts("en")])
    zh = "".join([story.summary("zh"), *story.fact_texts("zh")])
    return "\n".join([story.title("en"), "Summary (EN)", en, "Summary (ZH)", zh, "Source", story.url])


def _md_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace(".", "\\.").replace("-", "\\-")


def _cached_copy(story: _Story, rng: random.Random, similar: list[_Story]) -> str:
    """The seed-003 shape: a cached copy whose original is Markdown flattened to one line."""
    title = story.title("en")
    facts = story.fact_texts("en")
    cached = story.day + timedelta(days=rng.randint(1, 20))
    hour = rng.randint(1, 12)
    flat = " ".join(
        [
            f"# {_md_escape(title)} Source: [{story.url}]({story.url})",
            _md_escape(story.summary("en")),
            *(f"- {_md_escape(f)}" for f in facts),
        ]
    )
    flat += f" {_md_escape(rng.choice(_EN_CLOSINGS))}"
    flat += f" - [{story.day.year}]({story.publisher.home}news/?tags={story.day.year})"
    lines = [
        title,
        "",
        f"{story.publisher.name} Blog News",
        "",
        "Summary",
        "",
        story.summary("en"),
        "",
        facts[0],
        "Original Article Export to Word Export to PDF",
        "View Cached Full Text",
        "",
        f"Cached at: {cached.month:02d}/{cached.day:02d}/{cached.year % 100:02d}, "
        f"{hour:02d}:{rng.choice((1, 17, 31, 48)):02d} {rng.choice(('AM', 'PM'))}",
        "",
        flat,
        "",
        "Similar Articles",
    ]
    for other in similar:
        lines += ["", other.title("en"), "", f"{other.publisher.name} Blog", "", other.summary("en")]
    return "\n".join(lines) + "\n"


def _scored_keypoints(story: _Story, rng: random.Random, related: list[_Story]) -> str:
    """The seed-002 shape: Chinese AI key points, hashtags, then the scraped English original."""
    pub = story.publisher
    title = story.title("en")
    facts_en = story.fact_texts("en")
    day = story.day
    lines = [
        "T",
        "traeai",
        "登录",
        "返回首页",
        f"{pub.name} Blog",
        "",
        title,
        "",
        f"{rng.randint(50, 95) / 10:g}Score",
        title,
        "AI 深度提炼",
        *(f"  • {f}" for f in story.fact_texts("zh")[:3]),
        f"#{story.raw['co']}#{story.category('zh')}#{story.raw['city'][2]}",
        "打开原文",
        "",
        f"{title} | {pub.name}",
        "",
        "Skip to main content",
        "",
        f"[]({pub.home})",
        "",
        "Log in",
        "",
        pub.name,
        "",
        _long_date(day, "en"),
        "",
        story.category("en"),
        "",
        title,
        "",
        facts_en[0],
        "",
        "Loading…",
        "",
        "Share",
        "",
        story.summary("en"),
        "",
        *(f"  • {f}" for f in facts_en[1:]),
        "",
        rng.choice(_EN_CLOSINGS),
        "",
        "Author",
        "",
        story.raw["person"][0],
        "",
        "Keep reading",
        "",
        "View all",
        "",
    ]
    for i, other in enumerate(related, 1):
        d = other.day
        lines += [
            f"Image {i}: {other.title('en')} > card image",
            "",
            f"{other.title('en')} {other.category('en')} {_MONTHS_EN[d.month - 1][:3]} {d.day}, {d.year}",
            "",
        ]
    lines += ["Manage Cookies", "", "English United States"]
    return "\n".join(lines) + "\n"


def _multi(stories: list[_Story], lang: str, rng: random.Random) -> str:
    """A numbered roundup (``## 1. title``, each story with its own link)."""
    lab = {name: rng.choice(options) for name, options in _LABELS[lang].items() if name != "header"}
    colon = ": " if lang == "en" else "："
    lines = [f"# {_ROUNDUP_TITLE[lang].format(n=rng.randint(20, 400))}", ""]
    for i, story in enumerate(stories, 1):
        lines += [
            f"## {i}. {story.title(lang)}",
            "",
            f"{lab['source']}{colon}{story.url}",
            f"{lab['published']}{colon}{_page_date(story.day, lang, rng)}",
            "",
            *(f"- {f}" for f in story.fact_texts(lang)[:3]),
            "",
        ]
    return "\n".join(lines)


# =============================================================================== truth


@dataclass
class CorpusTruth:
    """Which story each file (and each story of a multi-story page) belongs to."""

    seed: int
    n_pages: int
    files: dict[str, dict] = field(default_factory=dict)
    stories: dict[str, dict] = field(default_factory=dict)

    def to_json(self) -> dict:
        return {
            "generator": "pipeline.corpus",
            "version": VERSION,
            "seed": self.seed,
            "n_pages": self.n_pages,
            "files": self.files,
            "stories": self.stories,
        }

    def units(self) -> dict[tuple[str, int | None], str]:
        """Every source the ingest should make, ``(file, position)``, with its story key."""
        out: dict[tuple[str, int | None], str] = {}
        for name, entry in self.files.items():
            if entry["shape"] == "digest_multi":
                for position, key in enumerate(entry["stories"], 1):
                    out[(name, position)] = key
            else:
                out[(name, None)] = entry["stories"][0]
        return out

    def summary(self) -> dict:
        shapes = Counter(e["shape"] for e in self.files.values())
        langs = Counter(e["lang"] for e in self.files.values())
        roles = Counter(e["role"] for e in self.files.values())
        return {
            "pages": len(self.files),
            "stories": len({k for e in self.files.values() for k in e["stories"]}),
            "hard_negatives": sum(1 for s in self.stories.values() if s["hard_negative_of"]),
            "shapes": dict(sorted(shapes.items())),
            "languages": dict(sorted(langs.items())),
            "roles": dict(sorted(roles.items())),
        }


def truth_path_for(out_dir: Path) -> Path:
    """``<out_dir>.truth.json``: next to the raw folder, never inside it."""
    out_dir = Path(out_dir)
    return out_dir.with_name(out_dir.name + ".truth.json")


def write_truth(truth: CorpusTruth, path: Path) -> Path:
    """Save the truth as JSON with sorted keys, one line per file and per story (streamed)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)

    def dumps(value: object) -> str:
        return json.dumps(value, ensure_ascii=False, sort_keys=True)

    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        for n, (key, value) in enumerate(sorted(truth.to_json().items())):
            fh.write(("{\n" if n == 0 else ",\n") + f"{dumps(key)}: ")
            if isinstance(value, dict):
                fh.write("{")
                for i, k in enumerate(sorted(value)):
                    fh.write(("\n " if i == 0 else ",\n ") + f"{dumps(k)}: {dumps(value[k])}")
                fh.write("\n}")
            else:
                fh.write(dumps(value))
        fh.write("\n}\n")
    return path


def load_truth(path: Path) -> CorpusTruth:
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    return CorpusTruth(
        seed=data["seed"], n_pages=data["n_pages"], files=data["files"], stories=data["stories"]
    )


def cluster_scores(truth: CorpusTruth, articles: Iterable[dict]) -> dict:
    """Pairwise precision and recall of an ingest's articles against the truth.

    A pair of sources is predicted when both are in one article, true when both belong to one
    story. ``articles`` are records of ``articles.jsonl``; ``missing`` lists truth sources no
    article holds (rejected pages), ``unknown`` sources the truth does not know.
    """
    units = truth.units()
    predicted: dict[tuple[str, int | None], str] = {}
    unknown = []
    for article in articles:
        for source in article["sources"]:
            unit = (source["path"], source.get("position"))
            if unit in units:
                predicted[unit] = article["id"]
            else:
                unknown.append(f"{unit[0]}#{unit[1]}" if unit[1] else unit[0])
    missing = sorted(f"{u[0]}#{u[1]}" if u[1] else u[0] for u in units if u not in predicted)
    cells = Counter((units[u], a) for u, a in predicted.items())
    stories = Counter(units[u] for u in predicted)
    groups = Counter(predicted.values())

    def pairs(counter: Counter) -> int:
        return sum(n * (n - 1) // 2 for n in counter.values())

    tp, true_pairs, pred_pairs = pairs(cells), pairs(stories), pairs(groups)
    precision = tp / pred_pairs if pred_pairs else 1.0
    recall = tp / true_pairs if true_pairs else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "precision": round(precision, 4),
        "recall": round(recall, 4),
        "f1": round(f1, 4),
        "true_pairs": true_pairs,
        "predicted_pairs": pred_pairs,
        "correct_pairs": tp,
        "sources": len(predicted),
        "articles": len(groups),
        "stories": len(stories),
        "missing": missing,
        "unknown": sorted(unknown),
    }


# =============================================================================== generation


@dataclass
class _Plan:
    size: int
    seed: int
    base_back: int  # 0 = an ordinary story, k = a hard negative of the story k places back


def _plan(n_pages: int, rng: random.Random) -> list[_Plan]:
    plans: list[_Plan] = []
    total = 0
    while total < n_pages:
        size = min(_weighted(rng, _SIZE_WEIGHTS), n_pages - total)
        back = rng.randint(1, min(len(plans), 6)) if plans and rng.random() < HARD_NEGATIVE_SHARE else 0
        plans.append(_Plan(size=size, seed=rng.getrandbits(63), base_back=back))
        total += size
    return plans


class _Writer:
    def __init__(self, out_dir: Path, order: list[int], truth: CorpusTruth) -> None:
        self.out_dir = out_dir
        self.order = order
        self.width = max(6, len(str(len(order) - 1)))
        self.next = 0
        self.truth = truth
        self.seen: set[bytes] = set()

    def fresh(self, page: _Page) -> bool:
        """Whether no page written so far has this text (then it is reserved)."""
        digest = hashlib.blake2b(page.text.encode("utf-8"), digest_size=16).digest()
        if digest in self.seen:
            return False
        self.seen.add(digest)
        return True

    def write(self, page: _Page, rng: random.Random) -> str:
        name = f"p{self.order[self.next]:0{self.width}d}.{page.ext}"
        self.next += 1
        text, encoding, newline = page.text, "utf-8", "lf"
        data: bytes | None = None
        if page.html and page.lang in ("ja", "zh") and rng.random() < 0.1:
            encoding = "shift_jis" if page.lang == "ja" else "gb18030"
            label = "Shift_JIS" if page.lang == "ja" else "GB18030"
            try:
                data = text.replace('<meta charset="utf-8">', f'<meta charset="{label}">', 1).encode(encoding)
            except UnicodeEncodeError:
                encoding, data = "utf-8", None
        elif not page.html:
            pick = rng.random()
            if pick < 0.04:
                encoding = "utf-8-sig"
            elif pick < 0.09:
                newline, text = "crlf", text.replace("\n", "\r\n")
        if data is None:
            data = text.encode(encoding)
        (self.out_dir / name).write_bytes(data)
        self.truth.files[name] = {
            "stories": page.stories,
            "lang": page.lang,
            "languages": page.languages,
            "shape": page.shape,
            "layout": page.layout,
            "role": page.role,
            "has_url": page.has_url,
            "encoding": encoding,
            "newline": newline,
            "flags": page.flags,
            "duplicate_of": page.duplicate_of,
        }
        return name


def _prepare(out_dir: Path, overwrite: bool) -> None:
    out_dir.mkdir(parents=True, exist_ok=True)
    existing = sorted(p for p in out_dir.iterdir())
    if not existing:
        return
    ours = [p for p in existing if p.is_file() and _NAME.match(p.name)]
    if not overwrite or len(ours) != len(existing):
        raise FileExistsError(
            f"{out_dir} is not empty; generate into an empty folder"
            + ("" if overwrite else " (or pass overwrite=True to replace an earlier corpus)")
        )
    for path in ours:
        path.unlink()


def generate(out_dir: Path, n_pages: int, seed: int = 0, *, overwrite: bool = False) -> CorpusTruth:
    """Write exactly ``n_pages`` raw pages into ``out_dir`` and return the truth.

    ``out_dir`` must be empty or missing (with ``overwrite=True``, an earlier corpus in it --
    nothing but ``pNNNNNN.*`` files -- is replaced). The truth is not written; see
    :func:`write_truth` and :func:`truth_path_for`.
    """
    if n_pages < 0:
        raise ValueError("n_pages must be >= 0")
    out_dir = Path(out_dir)
    _prepare(out_dir, overwrite)
    rng = random.Random(seed)
    plans = _plan(n_pages, rng)
    order = list(range(n_pages))
    rng.shuffle(order)
    truth = CorpusTruth(seed=seed, n_pages=n_pages)
    writer = _Writer(out_dir, order, truth)
    maker = _StoryMaker()
    recent: deque[_Story] = deque(maxlen=RECENT)
    for index, plan in enumerate(plans):
        srng = random.Random(plan.seed)
        base = recent[-plan.base_back] if plan.base_back else None
        story = maker.make(f"s{index:06d}", srng, base, list(recent))
        truth.stories[story.key] = story.truth()
        _write_story(story, plan.size, srng, list(recent), writer)
        recent.append(story)
    return truth


def _others(story: _Story, recent: list[_Story], rng: random.Random, k: int) -> list[_Story]:
    """Other recent stories, those about the same company first (similar / related lists)."""
    same = [s for s in recent if s.raw["co"] == story.raw["co"]]
    rest = [s for s in recent if s.raw["co"] != story.raw["co"]]
    rng.shuffle(rest)
    return (same[::-1] + rest)[:k]


def _write_story(story: _Story, size: int, rng: random.Random, recent: list[_Story], writer: _Writer) -> None:
    digests: list[tuple[_Doc, str, str, str]] = []  # (doc, layout, shape, file name) of full digest pages
    langs_seen: list[str] = []
    shapes_seen: list[str] = []
    translated = False
    for i in range(size):
        pick = rng.random()
        if i > 0 and pick < NEAR_DUPLICATE_SHARE and digests:
            kind = "near_duplicate"
        elif i > 0 and not translated and 0 <= pick - NEAR_DUPLICATE_SHARE < TRANSLATION_ONLY_SHARE:
            kind, translated = "translation_only", True
        else:
            kind = _weighted(rng, _SHAPE_WEIGHTS)
            if (kind == "digest_multi" and not recent) or (kind in _ONCE and kind in shapes_seen):
                kind = "digest_md"  # one aggregator site shows an article once
            shapes_seen.append(kind)
        for _ in range(100):  # pages are never byte-identical (the ingest would keep one of them)
            page, doc = _make_page(kind, story, rng, recent, digests, langs_seen)
            if writer.fresh(page):
                break
        else:  # pragma: no cover - 100 random redraws never all collide
            raise RuntimeError(f"could not make a distinct {kind} page for {story.key}")
        for lang in page.languages:
            if lang not in langs_seen:
                langs_seen.append(lang)
        name = writer.write(page, rng)
        if doc is not None and page.role == "page" and not page.flags:
            digests.append((doc, page.layout or "", page.shape, name))


def _make_page(
    kind: str,
    story: _Story,
    rng: random.Random,
    recent: list[_Story],
    digests: list[tuple[_Doc, str, str, str]],
    langs_seen: list[str],
) -> tuple[_Page, _Doc | None]:
    """One page of the story: ``kind`` is a shape, ``near_duplicate`` or ``translation_only``."""
    if kind == "near_duplicate":
        doc, layout, shape, name = rng.choice(digests)
        edited = _edit(doc, rng)
        if rng.random() < 0.3 and edited.url:
            edited = replace(edited, url=_url_variant(story.url, rng))
        page = _digest_page(edited, layout, shape)
        page.stories, page.role, page.duplicate_of = [story.key], "near_duplicate", name
        return page, None
    if kind == "translation_only":
        missing = [lang for lang in ("ja", "zh") if lang not in langs_seen]
        lang = rng.choice(missing or ["ja", "zh"])
        doc = _digest_doc(story, lang, rng, alt_title=True, with_url=False)
        layout = rng.choice(("table", "lines", "frontmatter", "text"))
        shape = "digest_text" if layout == "text" else rng.choice(("digest_md", "digest_html"))
        page = _digest_page(doc, layout, shape)
        page.stories, page.role = [story.key], "translation_only"
        return page, None
    if kind == "quick_digest":
        text = _quick_digest(story, rng, _others(story, recent, rng, rng.randint(0, 3)))
        return _Page(text, "txt", kind, "en", ["en", "ja"], [story.key], has_url=False), None
    if kind == "bilingual_summary":
        return _Page(
            _bilingual_summary(story), "txt", kind, "en", ["en", "zh"], [story.key], has_url=True
        ), None
    if kind == "cached_copy":
        text = _cached_copy(story, rng, _others(story, recent, rng, rng.randint(2, 4)))
        return _Page(text, "txt", kind, "en", ["en"], [story.key], has_url=True), None
    if kind == "scored_keypoints":
        text = _scored_keypoints(story, rng, _others(story, recent, rng, rng.randint(1, 3)))
        return _Page(text, "txt", kind, "zh", ["zh", "en"], [story.key], has_url=False), None
    if kind == "digest_multi":
        lang = _weighted(rng, _LANG_WEIGHTS)
        members = [story, *rng.sample(recent, min(len(recent), rng.randint(1, 3)))]
        rng.shuffle(members)
        text = _multi(members, lang, rng)
        return _Page(text, "md", kind, lang, [lang], [s.key for s in members], has_url=True), None
    lang = _weighted(rng, _LANG_WEIGHTS)
    doc = _digest_doc(story, lang, rng, alt_title=False, with_url=True)
    layouts = ("table", "lines", "frontmatter", "hn") if lang == "en" else ("table", "lines", "frontmatter")
    layout = "text" if kind == "digest_text" else rng.choice(layouts)
    if rng.random() < PARTIAL_SHARE:
        doc.flag = rng.choice(("title_only", "truncated", "summary_failed"))
    page = _digest_page(doc, layout, kind)
    page.stories = [story.key]
    return page, doc


def _to_html(markdown: str, doc: _Doc, layout: str) -> str:
    """``blocks.to_html(blocks.from_text(markdown))``, without parsing our own YAML front matter
    again (PyYAML's pure-Python parser was half the time of a run)."""
    if layout != "frontmatter" or doc.flag == "title_only":
        return to_html(from_text(markdown))
    body = markdown.split("\n---\n", 1)[1]
    page = from_text(body)
    return to_html(Page(page.blocks, page.meta, _front_matter(doc)))


def _digest_page(doc: _Doc, layout: str, shape: str) -> _Page:
    markdown = _render_digest(doc, layout)
    if shape == "digest_html":
        text, ext = _to_html(markdown, doc, layout) + "\n", "html"
    else:
        text, ext = markdown, ("txt" if shape == "digest_text" else "md")
    flags = [doc.flag] if doc.flag else []
    return _Page(
        text,
        ext,
        shape,
        doc.lang,
        [doc.lang],
        [],
        has_url=doc.url is not None,
        layout="lines" if doc.flag == "title_only" and layout != "text" else layout,
        flags=flags,
        html=shape == "digest_html",
    )


# =============================================================================== command line


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m pipeline.corpus",
        description="Write a deterministic synthetic corpus of raw pages and its truth file.",
    )
    parser.add_argument("out_dir", type=Path, help="folder for the pages (created; must be empty)")
    parser.add_argument("--pages", type=int, required=True, help="number of pages to write")
    parser.add_argument("--seed", type=int, default=0, help="random seed (default 0)")
    parser.add_argument("--truth", type=Path, default=None, help="truth file (default OUT_DIR.truth.json)")
    parser.add_argument("--overwrite", action="store_true", help="replace an earlier corpus in OUT_DIR")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    try:
        truth = generate(args.out_dir, args.pages, args.seed, overwrite=args.overwrite)
    except (FileExistsError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    path = write_truth(truth, args.truth or truth_path_for(args.out_dir))
    summary = {**truth.summary(), "seed": args.seed, "truth": str(path)}
    summary["seconds"] = round(time.perf_counter() - started, 3)
    print(json.dumps(summary, ensure_ascii=False, sort_keys=True))
    return 0


if __name__ == "__main__":
    sys.exit(main())
