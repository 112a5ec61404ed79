"""Korean, Japanese and Chinese blog exports (Naver, Tistory, Qiita, Juejin, company tech
blogs): the talks, speakers and events `list --json` makes of them."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.factories import items_of, list_json

_JA_KINDS = """\
# DevFest Tokyo 2024 参加レポート

会社の同僚と参加してきました。

## 基調講演：生成AIのこれから

講演者：山田太郎

エージェントの話が多かった。

## 登壇：Kotlin Multiplatformの実践

登壇者：佐藤花子

iOSとのコード共有率は7割くらいとのこと。
"""

_ZH_KINDS = """\
# QCon 北京 2024 参会笔记

## 主题演讲：大模型时代的软件工程

讲师：张伟

几个要点，记一下。

## 分论坛：云原生可观测性

讲师：王磊

OpenTelemetry 落地经验。

## 圆桌论坛：开源的下一个十年

嘉宾：刘洋、陈静

讨论很热烈。
"""


def _talks(tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str) -> dict[str, list[str]]:
    data = list_json(tmp_path, capsys, {"note.md": text})
    return {item["title"]: item["speakers"] for item in items_of(data)}


def test_a_japanese_talk_kind_before_a_full_width_colon_is_not_the_title(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    talks = _talks(tmp_path, capsys, _JA_KINDS)
    assert talks == {"生成AIのこれから": ["山田太郎"], "Kotlin Multiplatformの実践": ["佐藤花子"]}


def test_a_chinese_keynote_track_or_round_table_label_is_not_the_title(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    talks = _talks(tmp_path, capsys, _ZH_KINDS)
    assert talks == {
        "大模型时代的软件工程": ["张伟"],
        "云原生可观测性": ["王磊"],
        "开源的下一个十年": ["刘洋", "陈静"],
    }


_SPEAKER_THEN_COMPANY = """\
# SK AI Summit 2024 후기

## 통신사의 AI 전략

발표자: 박지훈 SK텔레콤

망 운영에 에이전트를 붙인 사례.

## 카카오의 LLM 여정

연사: 김철수 카카오 CTO

자체 모델 학습 비용 얘기가 솔직해서 좋았음.

## 日本のAI市場

Speaker: 田中太郎 LINEヤフー

日本語LLMの評価について。
"""


def test_the_company_or_role_after_a_speakers_name_is_not_part_of_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    talks = _talks(tmp_path, capsys, _SPEAKER_THEN_COMPANY)
    assert talks == {
        "통신사의 AI 전략": ["박지훈"],
        "카카오의 LLM 여정": ["김철수"],
        "日本のAI市場": ["田中太郎"],
    }


def test_a_chinese_conference_named_by_a_word_ending_in_dahui_and_its_year(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = list_json(
        tmp_path,
        capsys,
        {
            "day1.md": "# 云原生大会 2024 第一天 参会笔记\n\n## 云原生实践\n\n讲师：张伟\n",
            "day2.md": "# 云原生大会 2024 第二天\n\n## 可观测性\n\n讲师：王磊\n\n笔记。\n",
            "other.md": "# 2024 技术大会 笔记\n\n## 数据库内核\n\n讲师：刘洋\n\n正文。\n",
            "hall.md": "# 2024 大会场 笔记\n\n## 存储\n\n讲师：陈静\n\n正文。\n",
        },
    )
    notes = {
        event["title"]: sorted(
            entry["note"]
            for day in event["days"]
            for track in day["tracks"]
            for item in track["items"]
            for entry in item["entries"]
        )
        for event in data["events"]
    }
    assert notes["云原生大会 2024"] == ["day1.md", "day2.md"]
    assert notes["技术大会 2024"] == ["other.md"]
    assert not any("大会场" in title for title in notes)  # a main hall names no event
