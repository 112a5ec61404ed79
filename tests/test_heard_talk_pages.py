"""A diary or TIL page with a section about a talk its writer heard ("## 어제 우아콘에서 들은
쿠폰 트래픽 세션 복습") is about that talk: the page joins the event the heading names, and the
section's day is the day before the page's own when the heading says "yesterday"."""

from __future__ import annotations

from pathlib import Path

import pytest

from factories import list_json
from summit_tui.corpus.heading_kinds import heard_talk, yesterday_hint

REPORT = (
    "---\ntitle: 우아콘 2024 참석 후기\nauthor: 박준영\n---\n\n"
    "2024년 10월 30일 우아콘 2024에 다녀왔습니다.\n\n"
    "## 선착순 쿠폰 트래픽 10배를 버틴 구조 (정하늘님)\n\n- Redis 대기열, 워커 순차 처리\n\n"
    "## Server-Driven UI 3년 (박서연님)\n\n- 화면은 서버 JSON\n"
)
TIL_KO = (
    "# 2024-10-31 TIL\n\n## 어제 우아콘에서 들은 쿠폰 트래픽 세션 복습\n\n"
    "발표자료 올라와서 다시 봄 (정하늘님 세션)\n\n- Redis 대기열 → 워커 순차 처리\n\n"
    "## 오늘 한 일\n\n- 코드리뷰 3건\n"
)
REPORT_EN = (
    "---\ntitle: My notes from RustFest Seoul 2024\nauthor: Dana Lee\n---\n\n"
    "RustFest Seoul 2024 was on October 30, 2024.\n\n"
    "## Async drop, finally (Ana Souza)\n\n- the design and its trade-offs\n\n"
    "## Embedded Rust in ticket gates (Tomás Reyes)\n\n- C to Rust over two winters\n"
)
TIL_EN = (
    "# 2024-10-31 TIL\n\n## Revisiting yesterday's RustFest talk on async drop\n\n"
    "- the design and its trade-offs, again with the slides\n\n## Done today\n\n- code review\n"
)


@pytest.mark.parametrize(
    "heading",
    [
        "어제 우아콘에서 들은 쿠폰 트래픽 세션 복습",
        "Revisiting yesterday's talk on caching",
        "昨日聞いたセッションの復習",
        "Notes on the keynote I saw at PyCon",
    ],
)
def test_a_heading_about_a_talk_heard(heading: str) -> None:
    assert heard_talk(heading)


@pytest.mark.parametrize(
    "heading", ["오늘 한 일", "발표 준비", "Session prep for Friday", "Review"]
)
def test_a_heading_about_no_talk_heard(heading: str) -> None:
    assert not heard_talk(heading)


def test_yesterday_is_the_day_before_only_in_such_a_heading() -> None:
    assert yesterday_hint("어제 우아콘에서 들은 쿠폰 트래픽 세션 복습") == "rel:-1"
    assert yesterday_hint("우아콘에서 들은 쿠폰 트래픽 세션 복습") is None
    assert yesterday_hint("어제 한 일") is None


@pytest.mark.parametrize(
    ("report", "til", "event"),
    [(REPORT, TIL_KO, "우아콘 2024"), (REPORT_EN, TIL_EN, "RustFest Seoul 2024")],
    ids=["ko", "en"],
)
def test_a_til_page_reviewing_yesterday_s_talk_lands_on_the_event_s_day(
    report: str, til: str, event: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = list_json(tmp_path, capsys, {"report.md": report, "TIL/2024-10-31.md": til})
    placed = {
        entry["note"]: (event["title"], day["date"])
        for event in data["events"]
        for day in event["days"]
        for track in day["tracks"]
        for item in track["items"]
        for entry in item["entries"]
        if entry["line"] == 3
    }
    assert placed["TIL/2024-10-31.md"] == (event, "2024-10-30")
