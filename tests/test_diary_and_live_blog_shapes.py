"""Shapes from the fourth held-out batch (issue 14): a daily note where a conference day is one
section among errands, a 후기 tagged `회고` with numbered emoji session headings, a live blog's
room and track prefixes, and closing and break headings in German, French and Spanish."""

from __future__ import annotations

from pathlib import Path

import pytest

from factories import list_json
from summit_tui.corpus.heading_kinds import generic_heading, talk_title

LIVE_BLOG = """\
# BarConf 2025 live blog

Wednesday 4 June 2025, all day in the big hall.

### 09:00 Opening keynote: Java at 30 — Ana Lima

- thirty years

### 11:00 Room 8: Structured concurrency in real code — Ken Ito

- scopes

### 12:00 Room 4 — Testcontainers beyond the basics — Mo Diallo

- reuse

### 12:30 Lunch

Sandwiches.
"""

DAILY = """\
---
tags: [daily]
---
# Friday 6 Jun

## Tasks
- [x] check out of hotel
- [ ] book dentist

## BarConf day 3
Only the morning.

### Kotlin in 2025 — Hadi Rahimi
- K2 is the default

### Tracing the boring way — Nina Johansson
- agent first

## Misc
Train was late.
"""


def _items(data: dict) -> dict[str, tuple[str, str | None]]:
    return {
        item["title"]: (event["title"], day["date"])
        for event in data["events"]
        for day in event["days"]
        for track in day["tracks"]
        for item in track["items"]
    }


def test_a_conference_day_in_a_daily_note_is_that_days_talks(tmp_path: Path, capsys) -> None:
    data = list_json(
        tmp_path, capsys, {"Conferences/live.md": LIVE_BLOG, "Daily/2025-06-06.md": DAILY}
    )
    items = _items(data)
    assert items["Kotlin in 2025"] == ("BarConf 2025", "2025-06-06")
    assert items["Tracing the boring way"] == ("BarConf 2025", "2025-06-06")
    assert "Tasks" not in items and "Misc" not in items


def test_a_daily_note_about_nothing_but_errands_has_no_talks(tmp_path: Path, capsys) -> None:
    errands = "---\ntags: [daily]\n---\n# Monday\n\n## Tasks\n- dentist\n\n## Reading\n- a book\n"
    data = list_json(tmp_path, capsys, {"Daily/2025-06-09.md": errands})
    assert _items(data) == {}


def test_live_blog_titles_lose_their_room_and_track(tmp_path: Path, capsys) -> None:
    items = _items(list_json(tmp_path, capsys, {"live.md": LIVE_BLOG}))
    assert "Structured concurrency in real code" in items
    assert "Testcontainers beyond the basics" in items
    assert "Lunch" not in items


HUGI = """\
---
title: "[후기] 데브콘 2025 참가 후기"
date: 2025-08-04T10:00:00.000Z
tags: ["회고", "컨퍼런스"]
---
지난 금요일에 다녀왔어요.

## 📌 세션 1: 테스트 코드, 어디까지 짜야 할까?

- 커버리지보다 중요한 것

## 📌 세션 2: 주니어 개발자의 첫 장애 대응기

- 새벽 3시 알람

## ✍️ 마치며

즐거웠다.
"""


def test_a_retrospective_tagged_post_about_a_conference_lists_its_sessions(
    tmp_path: Path, capsys
) -> None:
    items = _items(list_json(tmp_path, capsys, {"hugi.md": HUGI}))
    assert set(items) == {"테스트 코드, 어디까지 짜야 할까?", "주니어 개발자의 첫 장애 대응기"}


@pytest.mark.parametrize(
    ("heading", "title"),
    [
        ("📌 세션 1: 테스트 코드", "테스트 코드"),
        ("11:00 Room 8: Structured concurrency", "Structured concurrency"),
        ("트랙 B — 주니어 개발자의 첫 장애 대응기", "주니어 개발자의 첫 장애 대응기"),
        ("Session 2 — Bob Stone", "Session 2"),
        ("Room 101", "Room 101"),
    ],
)
def test_talk_title(heading: str, title: str) -> None:
    assert talk_title(heading) == title


@pytest.mark.parametrize(
    "heading",
    [
        "Conclusión",
        "Mittagspause",
        "Pause déjeuner",
        "Fazit",
        "09:40 입장 / 등록",
        "15:30 쉬는 시간 ☕",
        "Updates",
    ],
)
def test_closing_and_break_headings(heading: str) -> None:
    assert generic_heading(heading) is not None


BUNDLE_POST = """\
---
title: "Generics patterns that survived review"
date: 2025-08-18
tags: [go, gophercon-korea-2025]
---

Notes on Seoyeon's talk.

### Kept

- typed pool wrappers

### Reverted

- generic repositories
"""


ABOUT = "---\ntitle: 소개\n---\n\n## 소개\n\n백엔드 개발자입니다.\n"


def test_a_hugo_page_bundle_is_the_post_its_folder_names(tmp_path: Path, capsys) -> None:
    data = list_json(
        tmp_path,
        capsys,
        {
            "content/posts/generics/index.en.md": BUNDLE_POST,
            "content/about/index.ko.md": ABOUT,
        },
    )
    assert set(_items(data)) == {"Generics patterns that survived review"}
    assert "content/about/index.ko.md" in {e["note"] for e in data["unsorted"]}


TESTING_TALK = """\
---
title: "[DevCon 2025] 테스트 코드, 어디까지 짜야 할까? 세션 정리"
date: 2025-08-07T11:05:12.000Z
tags: ["테스트", "TDD"]
---
(발표자: 이정민님)

# 1. 왜 테스트를 짜는가

- 안전한 변경

# 2. 무엇을 테스트할까

- 바뀌면 안 되는 것
"""


def test_a_talk_about_testing_is_no_test_post(tmp_path: Path, capsys) -> None:
    data = list_json(
        tmp_path, capsys, {"testing.md": TESTING_TALK, "test.md": "# 테스트\n\n글쓰기 테스트.\n"}
    )
    (title,) = _items(data)  # one talk, its parts "1. …" and "2. …" with it
    assert title.startswith("테스트 코드, 어디까지 짜야 할까?")
    assert "test.md" in {e["note"] for e in data["unsorted"]}


RETROSPECTIVE = """\
---
title: 러스트 밋업 1년 다녀보고 느낀 점
date: 2025-06-02
tags: [회고, rust]
---
작년 6월부터 Rust Seoul Meetup에 거의 매달 갔다.

## 좋았던 점

실제로 쓰는 사람 얘기를 들을 수 있다.

## 아쉬운 점

늘 자리가 부족했다.
"""


def test_a_retrospective_that_only_names_its_meetup_has_no_talks(tmp_path: Path, capsys) -> None:
    data = list_json(tmp_path, capsys, {"writing/retro.md": RETROSPECTIVE})
    assert _items(data) == {}
