"""A talk note whose body names a person who spoke on another day ("Ana Ruiz again? no, it was
Ben Ott") is its own talk, not the other day's talk of that person; on the same day the mention
still joins a note to the talk it names."""

from __future__ import annotations

from pathlib import Path

import pytest

from factories import items_by_title, list_json

DAY_ONE = """\
# JVM Days 2025 – day 1, 2025-03-04

## Vector search without a vector DB
Speaker: Ana Ruiz
- pgvector is enough below ten million rows
- hybrid search with rank fusion
"""

DAY_TWO = """\
# JVM Days 2025 – day 2, 2025-03-05

## Loom at scale
Speaker: Tom Berg
- pinning is the real enemy

## Native images: the hard parts
- Ana Ruiz again? no, it was someone else, I mixed them up
- reflection config is where the time goes
"""

DAY_TWO_KO = """\
# JVM Days 2025 둘째 날 2025-03-05

## 대규모 환경의 Loom
발표자: Tom Berg
- 핀닝이 진짜 적

## 네이티브 이미지 삽질기
- Ana Ruiz 발표인 줄 알았는데 다른 분이었다
- 리플렉션 설정에서 시간이 다 간다
"""

DAY_ONE_KO = """\
# JVM Days 2025 첫째 날 2025-03-04

## 벡터 DB 없이 벡터 검색하기
발표자: Ana Ruiz
- 천만 건 이하면 pgvector로 충분
"""

SAME_DAY = """\
# JVM Days 2025 – day 1, 2025-03-04

## pgvector talk
- Ana Ruiz: pgvector is fine for most of us
"""


@pytest.mark.parametrize(("first", "other"), [(DAY_ONE, DAY_TWO), (DAY_ONE_KO, DAY_TWO_KO)])
def test_a_person_named_in_a_talk_of_another_day_does_not_join_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], first: str, other: str
) -> None:
    items = items_by_title(list_json(tmp_path, capsys, {"a/day1.md": first, "b/day2.md": other}))
    assert len(items) == 3
    assert all(len(item["entries"]) == 1 for item in items.values())
    assert {item["date"] for item in items.values()} == {"2025-03-04", "2025-03-05"}


def test_a_person_named_in_a_talk_of_the_same_day_still_joins_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    items = items_by_title(
        list_json(tmp_path, capsys, {"a/day1.md": DAY_ONE, "b/day1.md": SAME_DAY})
    )
    assert len(items) == 1
    assert len(items["Vector search without a vector DB"]["entries"]) == 2


POSTED_LATER = """\
---
title: "The one talk I planned JVM Days 2025 around"
date: 2025-03-12
---

The talk I came for. Ana Ruiz showed that pgvector is enough for most of us.
"""


def test_a_post_published_after_the_event_still_joins_the_talk_its_body_names(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # posted a week later, about the talk its body names: no other talk of that day
    data = list_json(
        tmp_path, capsys, {"a/day1.md": DAY_ONE, "blog/vector-search.md": POSTED_LATER}
    )
    items = items_by_title(data)
    assert len(items) == 1
    assert len(items["Vector search without a vector DB"]["entries"]) == 2
