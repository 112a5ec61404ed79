"""Dates, day headings and summaries in Czech, Slovak, Polish, Dutch, Swedish, Danish and
Norwegian, Turkish, Vietnamese and Indonesian (issue 14): `## Středa 10. července`,
`10. 7. 2024`, `wtorek 9 lipca`, `## 11 Temmuz Perşembe`, `## Thứ Tư, ngày 10 tháng 7`,
`## Rabu, 10 Juli 2024`; `## Shrnutí` / `## Podsumowanie` / `## Samenvatting` close a note and are
no talk; Vietnamese names (`Nguyễn Thị Lan`) are people."""

from __future__ import annotations

from pathlib import Path

import pytest

from factories import items_by_title, list_json
from summit_tui.corpus import dates
from summit_tui.corpus.dates import find_dates, is_date_word, only_a_date, weekdays, weekdays_in
from summit_tui.corpus.event_names import strip_event
from summit_tui.corpus.heading_kinds import day_heading, generic_heading
from summit_tui.corpus.names import looks_like_name, split_title


def _dates(text: str) -> list[str]:
    return [m.partial() for m in find_dates(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("## Středa 10. července", ["--07-10"]),
        ("Přednáška z 12. června 2024", ["2024-06-12"]),
        ("Dátum: 11. 7. 2024", ["2024-07-11"]),  # a space after each dot
        ("štvrtok 11. júla 2024", ["2024-07-11"]),
        ("wtorek 9 lipca – warsztaty", ["--07-09"]),
        ("dnia 3 października 2024", ["2024-10-03"]),
        ("Woensdag 10 juli", ["--07-10"]),
        ("Torsdag 11 juli 2024", ["2024-07-11"]),
        ("lørdag 7. december", ["--12-07"]),
        ("## 11 Temmuz Perşembe", ["--07-11"]),
        ("3 Kasim 2024", ["2024-11-03"]),  # typed without ı
        ("Rabu, 10 Juli 2024", ["2024-07-10"]),
        ("17 Agustus", ["--08-17"]),
        ("Thứ Tư, ngày 10 tháng 7", ["--07-10"]),
        ("ngày 10 tháng 7 năm 2024", ["2024-07-10"]),
    ],
)
def test_dates_in_more_languages(text: str, expected: list[str]) -> None:
    assert _dates(text) == expected


@pytest.mark.parametrize(
    "text",
    ["v tháng 13 nào", "2 out of 3", "Python 3.11 in 2024", "page 10. 7 items", "marca 10"],
)
def test_numbers_and_words_that_are_still_not_dates(text: str) -> None:
    assert find_dates(text) == []


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Středa", 2),
        ("wtorek", 1),
        ("Piątek", 4),
        ("štvrtok", 3),
        ("Woensdag", 2),
        ("Fredag", 4),
        ("lørdag", 5),
        ("Perşembe", 3),
        ("SALI", 1),
        ("Rabu", 2),
        ("Thứ Năm", 3),
        ("Thứ 7", 5),
        ("Chủ Nhật", 6),
    ],
)
def test_days_of_the_week_in_more_languages(text: str, day: int) -> None:
    assert weekdays(text) == [day]


def test_every_weekday_in_the_table_passes_the_quick_test() -> None:
    # the quick test is hand-written for speed; a name it missed would never be read
    for name, number in dates._EUROPEAN_WEEKDAY_NUMBER.items():
        for spelling in (name, name.title(), name.upper()):
            assert weekdays(spelling) == [number], spelling


def test_indonesian_minggu_is_a_week_not_a_sunday() -> None:
    assert weekdays("minggu lalu saya ke Jakarta") == []


@pytest.mark.parametrize(
    ("heading", "day"),
    [
        ("Středa 10. července", "--07-10"),
        ("środa, 10 lipca", "--07-10"),
        ("wtorek 9 lipca – warsztaty", "--07-09"),
        ("11 Temmuz Perşembe", "--07-11"),
        ("Thứ Tư, ngày 10 tháng 7", "--07-10"),
        ("Rabu, 10 Juli 2024", "2024-07-10"),
        ("Vrijdag 12 juli", "--07-12"),
        ("Pátek", "weekday:4"),
    ],
)
def test_day_headings_in_more_languages(heading: str, day: str) -> None:
    assert day_heading(heading) == day


def test_date_lines_and_date_words() -> None:
    assert only_a_date("Thứ Tư, ngày 10 tháng 7")
    assert only_a_date("Středa 10. července")
    assert is_date_word("července") and is_date_word("Perşembe") and is_date_word("ngày")
    assert strip_event("EuroPython 2024 – štvrtok", ("EuroPython 2024",)) == ""


@pytest.mark.parametrize(
    "heading",
    ["Shrnutí", "Zhrnutie", "Podsumowanie", "Samenvatting", "Sammanfattning", "Özet",
     "Tổng kết", "Kesimpulan"],
)  # fmt: skip
def test_summaries_close_a_note(heading: str) -> None:
    assert generic_heading(heading) == "closing"


def test_vietnamese_names_are_people() -> None:
    assert looks_like_name("Nguyễn Thị Lan")
    assert looks_like_name("Trần Minh Đức")
    assert split_title("Packaging in 2024 (Nguyễn Thị Lan)") == (
        "Packaging in 2024",
        None,
        "Nguyễn Thị Lan",
    )
    assert not looks_like_name("김민수 발표")


CZECH = """\
# EuroPython 2024 v Praze – moje poznámky

Pár poznámek z konference.

## Středa 10. července

### Free-threaded CPython in practice – Tomasz Wiśniewski

- bez GILu rychlejší na více jádrech

## Čtvrtek 11. července

### Typing the untypeable (Elin Lindqvist)

- ParamSpec pro dekorátory

## Shrnutí

Skvělá organizace, příští rok znovu.
"""

POLISH = """\
---
title: "EuroPython 2024 – relacja"
date: 2024-07-19
author: Kasia
---

## wtorek 9 lipca – warsztaty

### FastAPI from zero to deployed (Kasia Nowak)

- testy z TestClient

## Podsumowanie

Warto było.
"""


def test_czech_and_polish_day_headings_date_their_talks(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = list_json(tmp_path, capsys, {"cs.md": CZECH, "pl.md": POLISH})
    items = items_by_title(data)
    assert items["Free-threaded CPython in practice"]["date"] == "2024-07-10"
    assert items["Typing the untypeable"]["date"] == "2024-07-11"
    # the posting date (07-19) is not the workshop's day
    assert items["FastAPI from zero to deployed"]["date"] == "2024-07-09"
    assert "Shrnutí" not in items and "Podsumowanie" not in items
    assert {e["heading"] for e in data["unsorted"]} >= {"Shrnutí", "Podsumowanie"}


def test_the_days_of_the_week_of_a_notes_opening_lines_are_each_lines_in_order() -> None:
    lines = (
        "Notas da conferência",
        "Palestra de abertura na terça-feira",
        "segunda",  # a word of a two-word name, alone on its line: no day
        "feira livre depois",
        "Środa: warsztaty",
        "木曜日の基調講演",
        "Friday afternoon's panel",
    )
    assert weekdays_in(lines) == [d for line in lines for d in weekdays(line)] == [1, 2, 3, 4]
    assert weekdays_in(("Notas da conferência", "세션 정리", "")) == []
