"""Chinese blog-platform posts: a WeChat article (bare title line, `## 01 Title` sections with a
`分享嘉宾｜Name` line), a Zhihu column (`**1. Name：Title**` lines), a one-talk post naming its
talk in 《…》, a knowledge-base export's anchor lines, the preface and closing sections."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from summit_tui import cli
from summit_tui.corpus.heading_kinds import generic_heading
from summit_tui.corpus.names import leading_number, split_title, title_parts


def _listing(root: Path, notes: dict[str, str], capsys: pytest.CaptureFixture[str]) -> dict:
    for name, text in notes.items():
        (root / name).write_text(text, encoding="utf-8")
    capsys.readouterr()
    assert cli.main(["list", "--json", "--notes", str(root)]) == 0
    return json.loads(capsys.readouterr().out)


def _items(listing: dict[str, Any]) -> list[tuple[str | None, str, str, tuple[str, ...], set]]:
    """(day, kind, title, speakers, {(note, line)}) of every item."""
    out = []
    for event in listing["events"]:
        for day in event["days"]:
            for track in day["tracks"]:
                for item in track["items"]:
                    where = {(e["note"], e["line"]) for e in item["entries"]}
                    out.append(
                        (day["date"], item["kind"], item["title"], tuple(item["speakers"]), where)
                    )
    return out


_WECHAT = """ArchSummit 深圳站参会纪要｜单元化、网关

原创 何晓东 云栈技术 2024年6月19日 07:30 广东

导读：6 月 14—15 日，ArchSummit 全球架构师峰会（深圳站）在深圳举办。

## 01 从单体到单元化

分享嘉宾｜陈立
整理｜何晓东

第一天上午的开场主题演讲。

- 单元化按用户 ID 路由

## 02 基于 eBPF 的无侵入可观测

分享嘉宾｜黄涛

第二天上午，「可观测性」专场。

- 不改业务代码

## 写在最后

感谢公司给的学习机会。
"""

_ZHIHU = """ArchSummit 深圳 2024 有哪些值得回看的分享？

许嘉
关注他

52 人赞同了该文章

6 月 14 日、15 日两天在深圳参加了 ArchSummit。

**1. 陈立：从单体到单元化**

第一天开场的主题演讲。

**2. 黄涛：基于 eBPF 的无侵入可观测**

第二天上午的专场。

编辑于 2024-06-17 21:03・IP 属地广东
"""

_ONE_TALK = """---
theme: smartblue
---

ArchSummit 深圳站第二天上午，黄涛老师的《基于 eBPF 的无侵入可观测》。下面是现场记的。

# 为什么需要无侵入

- 每种语言都要维护一套 SDK

# 整体架构

- 每台机器一个 agent

# 写在最后

回去先在测试环境试试。
"""


def test_wechat_zhihu_and_one_talk_posts_give_their_talks_on_their_days(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    notes = {"wechat.md": _WECHAT, "zhihu.md": _ZHIHU, "juejin.md": _ONE_TALK}
    items = _items(_listing(tmp_path, notes, capsys))
    sessions = {title: (day, speakers, where) for day, kind, title, speakers, where in items}
    ebpf = next(v for t, v in sessions.items() if "eBPF" in t)
    unit = next(v for t, v in sessions.items() if "单元化" in t)
    assert len(items) == 2  # no preface, closing or section of the one-talk post is a talk
    assert ebpf[0] == "2024-06-15" and ebpf[1] == ("黄涛",)
    assert {note for note, _ in ebpf[2]} == {"wechat.md", "zhihu.md", "juejin.md"}
    assert unit[0] == "2024-06-14" and unit[1] == ("陈立",)
    assert {note for note, _ in unit[2]} == {"wechat.md", "zhihu.md"}


def test_anchor_lines_and_remarks_among_booths_are_no_entries(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    yuque = (
        '<a name="aQ3kd"></a>\n# ArchSummit 2024 深圳 团队笔记\n\n'
        '<a name="Rt6Mb"></a>\n## Day 1 (6/14 Fri)\n\n'
        '<a name="Lk2Vx"></a>\n### 大模型网关的限流与计费 — 周敏\n\n- 限流单位换成 TPM\n\n'
        '<a name="Pw8Nc"></a>\n### 展区\n\n- 腾讯云：云原生网关的 demo\n- 顺手拿了几张贴纸\n'
    )
    listing = _listing(tmp_path, {"yuque.md": yuque}, capsys)
    items = _items(listing)
    assert sorted((kind, title) for _, kind, title, _, _ in items) == [
        ("booth", "腾讯云"),
        ("session", "大模型网关的限流与计费"),
    ]
    anchors = {1, 4, 7, 12}
    assert not anchors & {entry["line"] for entry in listing["unsorted"]}


def test_chinese_numbering_prefaces_and_name_colon_titles() -> None:
    assert leading_number("二、大模型网关的限流与计费") == 2
    assert leading_number("十二、总结") == 12
    assert [leading_number(f"{n}、标题") for n in "一二三四五六七八九十"] == list(range(1, 11))
    assert split_title("三、多活架构的容灾演练")[0] == "多活架构的容灾演练"
    assert generic_heading("前言") == "intro"
    assert generic_heading("一、前言") == "intro"
    assert generic_heading("写在最后") == "closing"
    assert generic_heading("一点感想") == "closing"
    assert generic_heading("万亿级消息队列的存算分离实践") is None
    assert title_parts("陈立：从单体到单元化：十年架构演进") == (
        "从单体到单元化：十年架构演进",
        "陈立",
    )
    assert title_parts("背景：原来的架构")[1] is None  # a section's label, no person


def test_the_readme_example_of_a_wechat_article(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    shape = readme.split("**27. Chinese blog-platform posts**", 1)[1]
    example = shape.split("```markdown\n", 1)[1].split("\n```", 1)[0] + "\n"
    listing = _listing(tmp_path, {"QCon上海站参会纪要.md": example}, capsys)
    found = sorted((day, title, speakers) for day, _, title, speakers, _ in _items(listing))
    assert found == [
        ("2024-10-18", "万亿级消息队列的存算分离实践", ("刘思远",)),
        ("2024-10-19", "开源大模型推理的成本账", ("李昊",)),
    ]
    assert [event["title"] for event in listing["events"]] == ["QCon Shanghai 2024"]
