"""`## Day 1` / `## Day 2` (`## 1일차`, `Day 2 (Tue)`) in notes that give no date (issue 14).

Day N is the Nth day of its event: its date when anything gives the event's dates (another
note of the same event, a date range, the program), else a day of its own, told apart from
the other days and in order, without a date (a careful reader sees two days, not one
"Day unknown").
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from summit_tui import cli

DAYS_EN = """\
# Notes — RustConf 2024

## Day 1

### Async closures are here

- finally stable

### Embedded Rust in cars

- no_std everywhere

## Day 2 (Tue)

### The borrow checker, explained

- polonius
"""

DAYS_KO = """\
# 파이콘 한국 2024 후기

## 1일차

### 타입 힌트 잘 쓰기 (김민지님)

- Protocol로 덕 타이핑

## 2일차

### asyncio 깊게 보기 (박서준님)

- TaskGroup
"""


def write(tmp_path: Path, files: dict[str, str]) -> Path:
    notes = tmp_path / "notes"
    for name, text in files.items():
        (notes / name).parent.mkdir(parents=True, exist_ok=True)
        (notes / name).write_text(text, encoding="utf-8")
    return notes


def listing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], files: dict[str, str]
) -> dict[str, Any]:
    notes = write(tmp_path, files)
    capsys.readouterr()
    assert cli.main(["list", "--json", "--notes", str(notes)]) == 0
    return json.loads(capsys.readouterr().out)


def days(data: dict[str, Any]) -> list[tuple[str, str | None, list[str]]]:
    """(event title, day label, day date, item titles) in listing order."""
    return [
        (
            event["title"],
            day["label"],
            day["date"],
            [item["title"] for track in day["tracks"] for item in track["items"]],
        )
        for event in data["events"]
        for day in event["days"]
    ]


def test_numbered_days_without_dates_stay_apart_and_in_order(tmp_path: Path, capsys) -> None:
    data = listing(tmp_path, capsys, {"rustconf.md": DAYS_EN})
    assert days(data) == [
        ("RustConf 2024", "Day 1", None, ["Async closures are here", "Embedded Rust in cars"]),
        ("RustConf 2024", "Day 2", None, ["The borrow checker, explained"]),
    ]


def test_korean_numbered_days_without_dates(tmp_path: Path, capsys) -> None:
    data = listing(tmp_path, capsys, {"pycon.md": DAYS_KO})
    assert [(label, date, titles) for _, label, date, titles in days(data)] == [
        ("Day 1", None, ["타입 힌트 잘 쓰기"]),
        ("Day 2", None, ["asyncio 깊게 보기"]),
    ]


def test_a_note_numbering_its_day_by_its_folder(tmp_path: Path, capsys) -> None:
    """One post per talk in `Day 1/` and `Day 2/` folders, no date anywhere."""
    files = {
        "RustConf 2024/Day 2/borrow.md": "# The borrow checker, explained\n\n- polonius\n",
        "RustConf 2024/Day 1/async.md": "# Async closures are here\n\n- finally stable\n",
    }
    data = listing(tmp_path, capsys, files)
    assert [(label, titles) for _, label, _, titles in days(data)] == [
        ("Day 1", ["Async closures are here"]),
        ("Day 2", ["The borrow checker, explained"]),
    ]


def test_the_event_dates_another_note_gives_date_the_numbered_days(tmp_path: Path, capsys) -> None:
    recap = (
        "# RustConf 2024 recap\n\nRustConf 2024 ran September 10–11, 2024 in Montreal.\n\n"
        "## Keynote: Rust in 2030\n\n- editions\n"
    )
    data = listing(tmp_path, capsys, {"rustconf.md": DAYS_EN, "recap.md": recap})
    by_title = {t: (label, date) for _, label, date, titles in days(data) for t in titles}
    assert by_title["Embedded Rust in cars"] == ("Day 1 · 2024-09-10", "2024-09-10")
    assert by_title["The borrow checker, explained"] == ("Day 2 · 2024-09-11", "2024-09-11")


def test_a_date_range_in_the_note_dates_its_numbered_days(tmp_path: Path, capsys) -> None:
    text = DAYS_KO.replace("후기\n", "후기\n\n2024년 10월 26일~27일, 코엑스.\n", 1)
    data = listing(tmp_path, capsys, {"pycon.md": text})
    assert [(date, titles) for _, _, date, titles in days(data)] == [
        ("2024-10-26", ["타입 힌트 잘 쓰기"]),
        ("2024-10-27", ["asyncio 깊게 보기"]),
    ]


PROGRAM = """\
version: 1
events:
  - id: rustconf
    title: RustConf 2024
    days:
      - date: 2024-09-10
        tracks:
          - name: Main
            items:
              - id: async
                title: Async closures are here
      - date: 2024-09-11
        tracks:
          - name: Main
            items:
              - id: borrow
                title: The borrow checker, explained
"""


def test_the_program_dates_the_numbered_days(tmp_path: Path, capsys) -> None:
    """Day 2 of a program's event is its second day, also for a talk the program does not
    list (an inferred item there)."""
    data = listing(tmp_path, capsys, {"rustconf.md": DAYS_EN, "program.yaml": PROGRAM})
    by_title = {t: date for _, _, date, titles in days(data) for t in titles}
    assert by_title["Embedded Rust in cars"] == "2024-09-10"
    assert by_title["The borrow checker, explained"] == "2024-09-11"


def test_check_says_the_numbered_days_have_no_date(tmp_path: Path, capsys) -> None:
    notes = write(tmp_path, {"rustconf.md": "---\nauthor: Ann\n---\n" + DAYS_EN})
    capsys.readouterr()
    cli.main(["check", "--notes", str(notes)])
    out = capsys.readouterr().out
    assert 'rustconf.md:8: warning: no note gives the date of "Day 1", "Day 2"' in out
    assert "Day unknown" not in out


@pytest.mark.parametrize(
    ("title", "date_line"),
    [
        ("# Day 2", "June 13, 2024"),
        ("# Day 2", "2024-06-13"),
        ("# 2일차", "2024년 6월 13일"),
        ("# Day 2 (2024-06-13)", ""),
    ],
)
def test_a_day_n_note_is_on_the_date_it_writes(
    tmp_path: Path, capsys, title: str, date_line: str
) -> None:
    """ "# Day 2" over "June 13, 2024": the talks are on June 13, the event's second day (QA2: they
    were counted from the written date, as if it were the first day, onto June 14)."""
    text = f"{title}\n\n{date_line}\n\n### OAuth 2.1 and what changed — Peter Lindgren\n\n- PKCE\n"
    data = listing(tmp_path, capsys, {"n.md": text})
    assert [(label, date) for _, label, date, _ in days(data)] == [
        ("Day 2 · 2024-06-13", "2024-06-13")
    ]
