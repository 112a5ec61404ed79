"""Update lines added to a live blog after its talks (issue 14): "**Update 18:40** — slides
for the structured concurrency talk …" or "추가 (8/3): 장애 대응기 슬라이드 공개됨" belong to the
talk of the note they name, not to the talk or heading they were written under; an update
about no other talk stays where it is."""

from __future__ import annotations

from pathlib import Path

import pytest

from factories import item_of_line, line_of, list_json

LIVE_BLOG = """\
# BarConf 2025 live blog

Wednesday 4 June 2025.

### 09:30 — Opening keynote: Java at 30 — Ana Lima

- thirty years of Java

### 11:00 Room 8: Structured concurrency in real code — Ken Ito

- scopes close when every subtask is done

### 14:00 Vector search without a vector DB — Sofie Peeters

- pgvector is enough

---
## Updates
**Update 18:40** — slides for the structured concurrency talk are on Speaker Deck now.
**Update 21:15** — the keynote recording is on YouTube already.
"""

MEMO = """\
# FooCon 2025 실시간 메모

2025.08.02 (금)

### 13:30 트랙 B — 주니어 개발자의 첫 장애 대응기 (박소영)
- 장애 타임라인을 분 단위로 기록

### 14:30 트랙 A: 대규모 트래픽, 캐시부터 다시 보기 (한지호)
- 캐시 스탬피드

### 16:00 트랙 C: 사내 플랫폼 팀 만들기 - 김도윤
- 플랫폼 팀의 고객은 사내 개발자

---
추가 (8/3): 장애 대응기 슬라이드 공개됨, 링크 채널에 올림
추가 (8/5): 캐시 세션 영상 올라옴. 질의응답 부분 꼭 볼 것
"""

ONE_TALK = """\
---
title: "Reading the Room — Libraries as Civic Infrastructure"
speaker: Amara Okafor
event: FooLib 2019
date: 2019-04-11
---

Notes from the opening keynote.

* Her slides are supposed to go up on the conference site.

*Update 4/15: slides are [here](https://example.org/okafor-keynote.pdf).*
"""


def test_update_lines_go_to_the_talks_they_name(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    items = item_of_line(list_json(tmp_path, capsys, {"live.md": LIVE_BLOG}))
    assert items[line_of(LIVE_BLOG, "**Update 18:40")] == items[line_of(LIVE_BLOG, "### 11:00")]
    assert items[line_of(LIVE_BLOG, "**Update 21:15")] == items[line_of(LIVE_BLOG, "### 09:30")]
    assert items[line_of(LIVE_BLOG, "**Update 18:40")] is not None


def test_korean_update_lines_go_to_the_talks_they_name(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    items = item_of_line(list_json(tmp_path, capsys, {"memo.md": MEMO}))
    assert items[line_of(MEMO, "추가 (8/3)")] == items[line_of(MEMO, "### 13:30")] is not None
    assert items[line_of(MEMO, "추가 (8/5)")] == items[line_of(MEMO, "### 14:30")] is not None


def test_an_update_to_a_one_talk_post_stays_with_its_talk(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = list_json(tmp_path, capsys, {"_posts/2019-04-11-keynote.md": ONE_TALK})
    items = [
        item for e in data["events"] for d in e["days"] for t in d["tracks"] for item in t["items"]
    ]
    assert len(items) == 1 and len(items[0]["entries"]) == 1
    assert not data["unsorted"]
