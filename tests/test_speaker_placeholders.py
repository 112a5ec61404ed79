"""What a speaker line names and what it does not (issue 14): a word written where the name
is not known yet (未定, 미정, TBD) is nobody, in every language a label is read in; a
company before the name, an affiliation after a dash and "and others" are not part of it."""

from __future__ import annotations

from pathlib import Path

import pytest

from factories import list_items
from summit_tui.corpus.names import heading_title, split_title
from summit_tui.corpus.speakers import line_speakers


@pytest.mark.parametrize(
    "line",
    [
        "登壇者: 未定",
        "発表者：未定（調整中）",
        "登壇者：調整中",
        "講者：待定",
        "발표자: 미정",
        "발표자: 미정 (추후 공개)",
        "발표자: 비공개",
        "Speaker: TBD",
        "Speaker: TBA",
        "Speaker: ?",
        "Speakers: To be announced",
    ],
)
def test_a_placeholder_is_no_speaker(line: str) -> None:
    assert line_speakers(line) == []


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("発表者：山田 太郎さん", ["山田 太郎"]),
        ("Speakers: TBD, Ann Lee", ["Ann Lee"]),
        ("발표자: 김민수 CTO", ["김민수"]),
        ("발표자: 카카오 김민수", ["김민수"]),
        ("발표자: 최현우 (NAVER CTO)", ["최현우"]),
        ("Speaker: Ann Lee (CTO, Acme)", ["Ann Lee"]),
        ("Speaker: Ann Lee — Google", ["Ann Lee"]),
        ("Speaker: Google - Ann Lee", ["Ann Lee"]),
        ("발표자 : 홍길동 외 2명", ["홍길동"]),
        ("Speaker: Ann Lee et al.", ["Ann Lee"]),
        ("登壇者: 山田太郎ほか", ["山田太郎"]),
        ("발표자: 김민수님, 이영희님", ["김민수", "이영희"]),
        ("・登壇者：佐藤 由美さん", ["佐藤 由美"]),
    ],
)
def test_the_name_in_a_speaker_line(line: str, names: list[str]) -> None:
    assert line_speakers(line) == names


def test_a_placeholder_in_a_heading_is_no_speaker() -> None:
    assert split_title("Closing talk (Speaker TBD)")[2] is None
    assert split_title("클로징 세션 (미정)")[2] is None
    assert heading_title("Keynote — TBD")[0] == "Keynote — TBD"  # not a talk called "TBD"


DAY_REPORT = """\
---
title: DevConf 2024 1日目
---

## 分散トレースの始め方

登壇者: 未定

- まずは一つのサービスから

## 型ヒントの段階的導入

登壇者: 未定

- CI で型カバレッジを見る
"""


def test_talks_whose_speaker_is_not_known_stay_apart(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Two talks with 登壇者: 未定 are two items without a speaker, not one item of a
    speaker called 未定."""
    found = list_items(tmp_path, capsys, {"devconf/day1.md": DAY_REPORT})
    assert sorted((i["title"], i["speakers"]) for i in found) == [
        ("分散トレースの始め方", []),
        ("型ヒントの段階的導入", []),
    ]
