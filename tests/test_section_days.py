"""A talk's own day where a note covers several days: a date row under its heading, or its
row in the note's table of sessions (issue 14, QA C2, C7)."""

from __future__ import annotations

from pathlib import Path

from factories import list_items
from summit_tui.corpus.section_days import own_day, row_day, table_days

PAGE_WITH_TABLES = """\
# WebConf 2025 참관기 - 한수진

Created by 한수진, last modified on Apr 02, 2025

이틀 다 다녀왔습니다.

### 1. 프론트엔드 모노레포 3년

| 발표자 | 박도윤 |
| --- | --- |
| 일시 | 3/20 (목) 10:00 |

- 빌드 캐시가 핵심

### 2. 웹 접근성 자동 점검

| 발표자 | 이하은 |
| --- | --- |
| 일시 | 3/21 (금) 15:00 |

- axe 규칙을 CI에 넣음
"""

COLLEAGUE = """\
# WebConf 2025 참관기 - 오민호

## 웹 접근성 자동 점검 - 이하은

둘째 날(2025. 3. 21.) 오후 세션.

- 스크린 리더 데모
"""


def test_a_date_row_under_each_talk_gives_that_talks_day(tmp_path: Path, capsys) -> None:
    found = list_items(tmp_path, capsys, {"한수진.md": PAGE_WITH_TABLES, "오민호.md": COLLEAGUE})
    days = {t["title"]: t["date"] for t in found}
    assert days == {
        "프론트엔드 모노레포 3년": "2025-03-20",
        "웹 접근성 자동 점검": "2025-03-21",
    }
    a11y = next(t for t in found if t["title"] == "웹 접근성 자동 점검")
    assert {e["note"] for e in a11y["entries"]} == {"한수진.md", "오민호.md"}


SUMMARY_TABLE = """\
# DataDay 2025 notes - Tom Reyes

| Session | Speaker | Day |
| --- | --- | --- |
| Streaming joins explained | Ana Ruiz | Wed 6/11 |
| Lakehouse on a budget | Ken Ito | Thu 6/12 |
| Testing data pipelines | Mo Diallo | Thu 6/12 |

## Streaming joins explained (Ana Ruiz)

- watermarks

## Lakehouse on a budget (Ken Ito)

- object storage tiers

## Testing data pipelines (Mo Diallo)

- contracts between teams
"""


def test_a_table_of_sessions_dates_each_talk_by_its_row(tmp_path: Path, capsys) -> None:
    found = list_items(tmp_path, capsys, {"tom.md": SUMMARY_TABLE})
    days = {t["title"]: t["date"] for t in found}
    assert days == {
        "Streaming joins explained": "2025-06-11",
        "Lakehouse on a budget": "2025-06-12",
        "Testing data pipelines": "2025-06-12",
    }


def test_own_day_reads_labelled_lines_and_rows_under_the_heading() -> None:
    lines = ["### Talk", "", "- Date: June 13", "", "text"]
    assert own_day(lines, 0, len(lines)) == "--06-13"
    lines = ["## Talk", "| 일시 | 2/28 (화) 11:00 |", "text"]
    assert own_day(lines, 0, len(lines)) == "--02-28"
    # a date in the talk's text is no date line of its own
    lines = ["## Talk", "", "Released on June 13, they said."]
    assert own_day(lines, 0, len(lines)) is None


def test_a_date_label_in_any_case_gives_the_day_and_other_labels_give_none() -> None:
    """A labelled line under a talk's heading gives its day when the label says a date
    ("DATE / TIME:", "발표 일시:", "日時："); a speaker's or a room's label does not."""
    assert own_day(["## T", "**DATE / TIME:** 2024-06-13 10:00"], 0, 2) == "2024-06-13"
    assert own_day(["## T", "- 발표 일시: 2/28 (수)"], 0, 2) == "--02-28"
    assert own_day(["## T", "日時：3月5日"], 0, 2) == "--03-05"
    assert own_day(["## T", "**발표자:** 김하늘", "Room: 3/4"], 0, 3) is None


def test_row_day_matches_a_title_holding_its_speaker() -> None:
    days = table_days(SUMMARY_TABLE.split("\n"))
    assert row_day(days, "Lakehouse on a budget (Ken Ito)") == "--06-12"
    assert row_day(days, "Streaming joins explained") == "--06-11"
    assert row_day(days, "Something else entirely") is None
