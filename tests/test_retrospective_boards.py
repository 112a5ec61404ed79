"""A monthly retrospective written on a KPT (or start/stop/continue) board names no talk: its
columns in parentheses beside the writer's own words are no speakers, and two such notes are
never joined into one "session" through a shared column name."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.factories import list_json

_KO = """---
title: "2024년 11월 회고"
date: 2024-12-02T13:00:00.000Z
tags: ["회고"]
---

벌써 12월이라니. 11월 회고 시작합니다.

## 잘한 것 (Keep)
- DevFest 이틀 다 다녀오고 후기 두 편 씀
- 사이드 프로젝트 배포

## 아쉬운 것 (Problem)
- 책을 한 권도 못 읽음

## 시도할 것 (Try)
- 12월엔 CI 캐시 설정 바꿔보기
"""

_EN = """# October retro

Another month gone.

## What went well (Keep)
- Gave my first meetup talk
- Shipped the billing migration

## What did not go well (Problem)
- Too many late nights

## Next month (Try)
- One blog post a week
"""


def test_a_kpt_retrospective_holds_no_talk(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = list_json(tmp_path, capsys, {"velog/2024-11-retro.md": _KO, "blog/october.md": _EN})
    items = [
        item
        for event in data["events"]
        for day in event["days"]
        for track in day["tracks"]
        for item in track["items"]
    ]
    speakers = {speaker for item in items for speaker in item.get("speakers", [])}
    assert not speakers & {"Keep", "Problem", "Try"}
    assert items == []
    unsorted_lines = {(e["note"], e["line"]) for e in data["unsorted"]}
    assert len({note for note, _ in unsorted_lines}) == 2
