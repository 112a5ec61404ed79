"""Notes as Korean, Japanese and Chinese attendees publish them: what `list --json` makes."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.factories import items_of, list_json, notes_by_event

_QIITA = """\
# 【参加レポート】SK AI Summit 2024 2日目まとめ

## はじめに

2日目に参加したセッションをまとめます。

## エージェント時代のソフトウェア（朴智勲さん / SKテレコム）

エージェントの評価方法について。

## 量子化入門（田中太郎 / NTT）

量子化の話。

## おわりに

来年も参加したいです。
"""

_JUEJIN = """\
# 云原生大会 2024 第二天 参会笔记

## 云原生实践（张伟 / 阿里云）

正文。

## 可观测性（王磊、字节跳动）

正文。

## 总结

收获很大。
"""

_VELOG = """\
# Cloud Day 2024 후기

## 클라우드 네이티브 전환기 (김철수님 / 카카오)

본문.

## Platform engineering at scale (Jane Doe / Acme)

body

## 후기

좋았다.
"""


def _talks(tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str) -> dict[str, list[str]]:
    data = list_json(tmp_path, capsys, {"note.md": text})
    return {item["title"]: item["speakers"] for item in items_of(data)}


def test_a_speaker_and_company_split_by_a_slash_in_a_japanese_heading(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    talks = _talks(tmp_path, capsys, _QIITA)
    assert talks == {
        "エージェント時代のソフトウェア": ["朴智勲"],
        "量子化入門": ["田中太郎"],
    }


def test_a_bare_chinese_name_beside_its_company_in_a_heading(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    talks = _talks(tmp_path, capsys, _JUEJIN)
    assert talks == {"云原生实践": ["张伟"], "可观测性": ["王磊"]}


def test_a_korean_or_latin_speaker_before_a_slash_and_company(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    talks = _talks(tmp_path, capsys, _VELOG)
    assert talks == {
        "클라우드 네이티브 전환기": ["김철수"],
        "Platform engineering at scale": ["Jane Doe"],
    }


def test_a_summit_written_in_japanese_or_chinese_is_the_same_event(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = list_json(
        tmp_path,
        capsys,
        {
            "ko.md": "# SK AI Summit 2024 첫째 날 후기\n\n## AI 반도체의 미래 - 곽노정\n\nHBM.\n",
            "ja.md": "# SK AI サミット 2024 1日目\n\n## AI半導体の未来 - 郭魯正さん\n\nHBM。\n",
            "zh.md": "# SK AI 峰会 2024 第一天 参会总结\n\n## AI芯片的未来 —— 郭鲁正\n\nHBM。\n",
            "kr.md": "# PyCon KR 2024 후기\n\n## 타입 힌트 - 김민지\n\n본문.\n",
        },
    )
    assert notes_by_event(data) == {
        "SK AI Summit 2024": ["ja.md", "ko.md", "zh.md"],
        "PyCon KR 2024": ["kr.md"],
    }


def test_the_company_after_a_slash_on_a_speaker_line_is_no_second_speaker(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    talks = _talks(
        tmp_path,
        capsys,
        "# 云原生大会 2024 参会笔记\n\n"
        "## 云原生实践\n\n讲师：张伟 / 阿里云\n\n正文。\n\n"
        "## 可观测性\n\n讲师：王磊 / 刘洋\n\n正文。\n\n"
        "## 検索基盤の刷新\n\n登壇者：山田太郎 / 株式会社メルカリ\n\n本文。\n",
    )
    assert talks == {
        "云原生实践": ["张伟"],
        "可观测性": ["王磊", "刘洋"],
        "検索基盤の刷新": ["山田太郎"],
    }
