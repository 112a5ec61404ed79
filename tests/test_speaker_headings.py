"""A speaker's label set as a heading under its talk's heading ("## 세션 1: 캐시 전략" over
"### 발표자: 홍길동 (우아한형제들)") names that talk's speaker; it is no talk of its own."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.factories import items_of, list_json

_KO = """\
# 인프콘 2024 세션 정리

2024년 8월 2일 코엑스 그랜드볼룸

## 세션 1: 대규모 트래픽 처리를 위한 캐시 전략
### 발표자: 홍길동 (우아한형제들)

- 캐시 스탬피드 방지
- TTL 지터

## 세션 2: 주니어 개발자의 성장 로드맵
### 발표자: 김영희

- 회고를 습관으로
"""

_EN = """\
# DevConf 2024 notes

2024-06-13

## Session 1: Caching at scale
### Speaker: Jane Doe (Acme)

- stampede protection

## Session 2: Growing as a junior
### Speakers: John Smith, Mary Major

- retros
"""


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            _KO,
            {
                "대규모 트래픽 처리를 위한 캐시 전략": ["홍길동"],
                "주니어 개발자의 성장 로드맵": ["김영희"],
            },
        ),
        (
            _EN,
            {
                "Caching at scale": ["Jane Doe"],
                "Growing as a junior": ["John Smith", "Mary Major"],
            },
        ),
    ],
)
def test_a_speaker_heading_names_the_talk_above_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str, want: dict[str, list[str]]
) -> None:
    data = list_json(tmp_path, capsys, {"note.md": text})
    assert {item["title"]: item["speakers"] for item in items_of(data)} == want
