"""Page shapes found on the thirty-third real-page check: an old article page dated only in its
``<title>``."""

from __future__ import annotations

import pytest
from capture import read_capture, title_of

from pipeline import blocks, normalize
from pipeline.adapters.base import AdapterError


def test_an_article_page_dated_only_by_a_part_of_its_title_has_that_date() -> None:
    def read(title: str) -> list:
        story = (
            "Justin Verlander has pitched well in each of his first two starts, though he does not "
            "have a win to show for those efforts against the Kansas City Royals this spring. "
        ) * 6
        page = (
            f"<html><head><title>{title}</title></head><body>"
            '<div class="nav"><a href="/">Home</a> <a href="/mlb">MLB</a></div>'
            f"<h1>Tigers-Royals Preview</h1><div class='story'><p>{story}</p><p>{story}</p></div>"
            "</body></html>"
        )
        return read_capture(page, "html")

    (record,) = read("Detroit Tigers vs. Kansas City Royals - Preview - April 16, 2012")
    assert [c.value for c in record.published_at] == ["2012-04-16"]
    # a date inside a part of the title is the headline's own words, and dates nothing
    with pytest.raises(AdapterError, match="no title, date or author"):
        read("Detroit Tigers vs. Kansas City Royals - Preview of April 16, 2012")


def test_a_repost_that_closes_on_its_own_summary_section_is_the_article_it_names_at_its_close() -> None:
    paragraph = (
        "谷歌设计了自己的新处理器Argos视频编码单元，其目的只有一个：处理视频。高效的新芯片使这家技术巨头"
        "能够用自己的芯片替换数千万颗英特尔CPU，数据中心的功耗也因此大幅下降。"
    )
    (record,) = read_capture(
        "---\ntitle: '谷歌自研芯片 替代上千万颗英特尔CPU'\nauthor: 快科技\n"
        "date: Fri, 04 Jun 2021 19:33:06 GMT\n---\n\n"
        + "".join(f"<p>{paragraph}{paragraph}</p>\n" for _ in range(8))
        + "<p><strong>总结</strong></p>\n"
        f"<p>{paragraph}</p>\n"
        '<p class="end"> - THE END -</p>\n'
        '<p class="bqian"><a href="https://news.mydrivers.com/tag/intel.htm"><i>#</i>Intel</a></p>\n'
        '<p class="url"><span>原文链接：<a href="https://www.leiphone.com/category/chipdesign/s2FIAB3LQ0aiG4yS.html">'
        "雷锋网</a></span><span>责任编辑：万南</span></p>\n"
    )
    assert record.canonical_url == "https://www.leiphone.com/category/chipdesign/s2FIAB3LQ0aiG4yS.html"
    assert [t.kind for t in record.texts] == ["title", "body"]
    (body,) = [t for t in record.texts if t.kind == "body"]
    assert body.origin == "original" and body.text.startswith("谷歌设计了自己的新处理器")
    # its own conclusion stays its text; the end mark and what follows it are the site's
    assert "总结" in body.text and "THE END" not in body.text and "原文链接" not in body.text


def test_a_copys_head_of_fields_under_its_title_names_its_original_and_is_no_text_of_it() -> None:
    text = "By default all Autodesk Exchange App installers deploy the App bundles to the user's folder. " * 5
    (record,) = read_capture(
        '---\ntitle: "Change an Exchange App installer"\ndate: 2012-09-01\nauthor: Autodesk\n---\n'
        "# Change an Exchange App installer\n\n发布日期: 2012-09-01\n\n"
        "原始链接: https://adndevblog.typepad.com/autocad/2012/09/change-an-installer.html\n\n"
        f"## 文章内容\n\n{text}\n\n{text}\n"
    )
    assert record.canonical_url == "https://adndevblog.typepad.com/autocad/2012/09/change-an-installer.html"
    (body,) = [t for t in record.texts if t.kind == "body"]
    assert body.text.startswith("By default") and body.text.endswith("user's folder.")
    # a post of the blogger's own, citing a page, is no copy of it
    (own,) = read_capture(
        '---\ntitle: "My installer notes"\ndate: 2012-09-01\nurl: https://me.example/notes\n---\n'
        f"# My installer notes\n\n{text}\n\n{text}\n\nSee https://adndevblog.typepad.com/autocad/ for more.\n"
    )
    assert own.canonical_url == "https://me.example/notes"


def test_stories_listed_as_runs_of_items_closed_by_their_addresses_are_stories() -> None:
    records = read_capture(
        "# HackerNewsArchive\nAuto HackerNews and Translate\n\n## HackerNews\n"
        "* Gource: Software Version Control Visualization\n* Gource ：软件版本控制可视化\n"
        "* Tue, 31 Dec 2024 10:37:02 +0000\n* https://github.com/acaudwell/Gource\n----\n"
        "* A Puzzle about a Calculator\n* 关于计算器的谜题\n* Mon, 30 Dec 2024 20:50:34 +0000\n"
        "* https://aperiodical.com/2024/12/a-puzzle-about-a-calculator/\n----\n"
        "* Zildjian, a 400-year-old cymbal-making company in Massachusetts\n"
        "* Zildjian ，一家位于马萨诸塞州的拥有400年历史的Cymbal制作公司\n* Tue, 31 Dec 2024 17:12:51 +0000\n"
        "* https://www.wbur.org/news/2024/12/16/400-years-zildjian-cymbals-massachusetts\n"
    )
    assert [(title_of(r), r.canonical_url) for r in records] == [
        ("Gource: Software Version Control Visualization", "https://github.com/acaudwell/Gource"),
        ("A Puzzle about a Calculator", "https://aperiodical.com/2024/12/a-puzzle-about-a-calculator/"),
        (
            "Zildjian, a 400-year-old cymbal-making company in Massachusetts",
            "https://www.wbur.org/news/2024/12/16/400-years-zildjian-cymbals-massachusetts",
        ),
    ]
    assert [t.text for t in records[1].texts if t.kind == "title" and t.lang == "zh"] == ["关于计算器的谜题"]


def test_a_read_later_export_whose_template_states_no_title_is_its_originals_copy() -> None:
    text = (
        "Russia is ramping up malign disinformation campaigns against France and the Olympic Games "
        "in Paris, and the Microsoft Threat Analysis Center has observed old tactics blending with AI. "
    )
    (record,) = read_capture(
        "---\nid: 2df592f2-1e82-45f1-8ebe-cf0e1b5e7db9\nsite_name: Microsoft On the Issues\n"
        "author: Clint Watts\ndate_published: 2024-06-03\ndate_saved: 2024-06-09\n"
        "original_url: https://blogs.microsoft.com/on-the-issues/2024/06/02/russia-olympics/\n"
        "omnivore_url: https://omnivore.app/me/how-russia-is-trying-to-disrupt-18ffc08971a\n---\n\n"
        " - Site: Microsoft On the Issues\n - By: Clint Watts\n - Date published: 2024-06-03\n"
        " - Date read: [[2024-06-09]]\n"
        " - [Read Original](https://blogs.microsoft.com/on-the-issues/2024/06/02/russia-olympics/)\n"
        " - [Read on Omnivore](https://omnivore.app/me/how-russia-is-trying-to-disrupt-18ffc08971a)\n"
        " - Tags:  #AI  #Russia \n - Notes: \n\n"
        "**Note:** Below is the text from the article, with any ==highlights== done by me.\n\n"
        f"# Article text\n\n{text * 3}\n\n{text * 3}\n"
    )
    assert record.canonical_url == "https://blogs.microsoft.com/on-the-issues/2024/06/02/russia-olympics/"
    assert record.publisher is not None and record.publisher.value == "Microsoft On the Issues"
    assert record.authors == ["Clint Watts"]
    assert [t.kind for t in record.texts] == ["body"]
    assert record.texts[0].text.startswith("Russia is ramping up")


def test_a_title_over_its_address_and_a_note_after_cjk_punctuation_links_that_address() -> None:
    records = read_capture(
        "# 2019.01.02 前端早报\n\n"
        "[类库] 蚂蚁金服的移动图表库 F2！支付宝钱包的图标展现是用它做的：<https://github.com/antvis/f2>，"
        "[效果展示](https://antv.alipay.com/zh-cn/f2/3.x/demo/index.html)。\n\n"
        "[类库] 弹幕控制器：<https://github.com/jabbany/CommentCoreLibrary/blob/master/README.zh_CN.md>，"
        "[效果展示](https://jabbany.github.io/CommentCoreLibrary/demo/)。\n\n"
        "[插件] Vue 时钟组件：<https://github.com/bestvist/vue-clock2>\n\n"
        "[笔记] Linux 常用命令介绍，命令行的艺术：<https://github.com/jlevy/the-art-of-command-line>\n"
    )
    assert [r.canonical_url for r in records] == [
        "https://github.com/antvis/f2",
        "https://github.com/jabbany/CommentCoreLibrary/blob/master/README.zh_CN.md",
        "https://github.com/bestvist/vue-clock2",
        "https://github.com/jlevy/the-art-of-command-line",
    ]


def test_a_storys_heading_that_labels_its_category_over_its_bold_title_is_no_title() -> None:
    def story(category: str, number: int, title: str, slug: str, point: str) -> str:
        return (
            f"### 分类：{category}\n\n**{number}. {title}**\n"
            "*   **发布日期**：2026-07-31\n"
            f"*   **原文链接**：[{slug}](https://openai.com/index/{slug}/)\n"
            f"*   **核心提炼**：{point}\n\n"
        )

    records = read_capture(
        "# AI 官方内容追踪报告 2026-08-01\n\n## OpenAI 内容精选\n\n"
        + story(
            "Core Models / Release（核心模型与发布）",
            1,
            "GPT-5.6 系列发布",
            "gpt-5-6",
            "价格性能前沿的重塑。",
        )
        + story("Product（产品与交互）", 2, "推出 GPT Live", "introducing-gpt-live", "实时流式交互界面上线。")
    )
    assert [title_of(r) for r in records] == ["GPT-5.6 系列发布", "推出 GPT Live"]
    assert [[p.text for p in r.key_points] for r in records] == [
        ["价格性能前沿的重塑。"],
        ["实时流式交互界面上线。"],
    ]


def test_a_numbered_digests_later_section_of_bold_titled_stories_a_level_below_is_read_too() -> None:
    def lead(number: int, title: str, url: str) -> str:
        return (
            f"**{number}\\. {title}**\n\n"
            "研究人员让7个AI模型自主运营真实业务作为基准测试，结果暴露了幻觉的致命缺陷。\n"
            f"> 📰 [Hacker News - AI]({url})\n\n---\n\n"
        )

    def detail(title: str, url: str) -> str:
        return (
            f"**{title}**\n> 这是一段对这篇文章的摘要，说明它讲了什么。\n"
            f"📎 来源：Hacker News - AI \\| 09-08 04:32 · [阅读原文]({url})\n\n"
        )

    records = read_capture(
        "# AI 每日要闻 2026-09-08\n\n# 📌 今日要闻\n\n"
        + lead(1, "AI自主经营真实业务暴露幻觉致命缺陷", "https://www.bottlenecklabs.com/blog/benchmarking")
        + lead(2, "字节DeerFlow把长时程SuperAgent做到8.2万星", "https://github.com/bytedance/deer-flow")
        + "# 📋 详细内容\n\n## 💬 社区信号 (3 篇)\n\n"
        + detail(
            "离开 VMware 变得更难了：博通撤下 VDDK 下载", "https://www.virtualizationhowto.com/2026/09/vddk/"
        )
        + detail(
            "特斯拉停产太阳能屋顶，安装商蒙受六位数损失", "https://electrek.co/2026/09/01/tesla-solar-roof/"
        )
        + detail("字节 DeerFlow 开源", "https://github.com/bytedance/deer-flow")
    )
    assert [title_of(r) for r in records] == [
        "AI自主经营真实业务暴露幻觉致命缺陷",
        "字节DeerFlow把长时程SuperAgent做到8.2万星",
        "离开 VMware 变得更难了：博通撤下 VDDK 下载",
        "特斯拉停产太阳能屋顶，安装商蒙受六位数损失",
    ]


def test_a_title_is_split_at_its_last_separator_and_less_a_section_set_off_as_the_site_is() -> None:
    assert normalize.outlet_suffix(
        "How to find your community as an adult — and why it matters - Vox", "https://www.vox.com/22992901/x"
    ) == ("How to find your community as an adult — and why it matters", "Vox")
    guardian = "https://www.theguardian.com/world/2021/jul/18/revealed-leak"
    assert normalize.outlet_suffix(
        "Revealed: leak uncovers global abuse of cyber-surveillance weapon | Surveillance | The Guardian",
        guardian,
    ) == ("Revealed: leak uncovers global abuse of cyber-surveillance weapon", "The Guardian")
    # a headline's own bar, and a Medium story's byline and publication, stay
    assert normalize.outlet_suffix("Q&A | Why the river flooded again | The Guardian", guardian) == (
        "Q&A | Why the river flooded again",
        "The Guardian",
    )
    assert normalize.outlet_suffix(
        "Switching GitHub accounts | by William Infante | Nerd For Tech | Medium",
        "https://medium.com/nerd-for-tech/x",
    ) == ("Switching GitHub accounts | by William Infante | Nerd For Tech", "Medium")


def test_stories_listed_as_labelled_addresses_over_what_they_say_are_titled_by_its_first_sentence() -> None:
    records = read_capture(
        "# 한국 종합 분석 보고서\n\n## 📊 분석 개요\n- 분석 대상: 642개 URL 중 한국 관련 주요 기사\n\n"
        "## 📚 분석 URL 목록\n"
        "- URL: https://www.yna.co.kr/view/AKR20250923056500054\n"
        "  핵심 내용 요약: 광주시, 시민참여예산 사업 21건 선정.\n"
        "- URL: https://www.chosun.com/national/2025/09/23/HEB5A6YVXRAWHD2G4WMC4XNB5U/\n"
        "  핵심 내용 요약: 부모를 잃은 조카의 사망보험금을 외삼촌이 가로챈 사건 발생.\n"
        "- URL: https://www.yna.co.kr/view/AKR20250922006551504\n"
        "  핵심 내용 요약: 김정은, 트럼프와 좋은 추억 언급. 비핵화 집념 털면 만날 수 있다고 밝혀.\n"
    )
    assert [(title_of(r), r.canonical_url) for r in records] == [
        ("광주시, 시민참여예산 사업 21건 선정", "https://www.yna.co.kr/view/AKR20250923056500054"),
        (
            "부모를 잃은 조카의 사망보험금을 외삼촌이 가로챈 사건 발생",
            "https://www.chosun.com/national/2025/09/23/HEB5A6YVXRAWHD2G4WMC4XNB5U/",
        ),
        (
            "김정은, 트럼프와 좋은 추억 언급. 비핵화 집념 털면 만날 수 있다고 밝혀",
            "https://www.yna.co.kr/view/AKR20250922006551504",
        ),
    ]


def test_a_translation_whose_labelled_fields_stand_under_its_title_is_a_copy_of_that_article() -> None:
    text = (
        "在这篇博文里，我们准备来看一下 ProxySQL 是如何提高 MySQL 的 SSL 连接性能的，以及连接池的开销。" * 4
    )
    (record,) = read_capture(
        "# 使用 ProxySQL 改进 MySQL SSL 的连接性能\n"
        "原文出处： [Percona](https://www.percona.com/blog/2017/09/19/proxysql-improves-mysql-ssl-connections/)"
        "   译文出处：[开源中国](https://www.oschina.net/translate/proxysql-improves-mysql-ssl-connections)\n"
        f"{text}\n\n{text}\n"
    )
    assert (
        record.canonical_url
        == "https://www.percona.com/blog/2017/09/19/proxysql-improves-mysql-ssl-connections/"
    )
    (body,) = [t for t in record.texts if t.kind == "body"]
    assert body.origin == "unknown" and body.text.startswith("在这篇博文里")
    # a title over a source line that names no translator is no translation's head
    page = blocks.parse(
        "# 使用 ProxySQL 改进 MySQL SSL 的连接性能\n原文出处： [Percona](https://www.percona.com/blog/x/)\n"
        f"{text}\n",
        "text",
    )
    assert blocks.labelled_head(page) is None
