"""Notes that name a room beside each talk's day (issue 14): a list sorted by venue whose bullets
each carry their own day, day headings that also name the room, and newsletter issues with day
sections over talks whose italic line names the speaker, the room and the venue."""

from __future__ import annotations

from pathlib import Path

import pytest

from factories import list_items, list_json
from summit_tui.corpus.blocks import parse_blocks
from summit_tui.corpus.dated_bullets import dated_bullets
from summit_tui.corpus.dates import find_dates
from summit_tui.corpus.event_names import event_phrases
from summit_tui.corpus.time_prefix import day_time_prefix

VENUE_LIST = """# FutureFest 2024 — what I saw, by venue
#conf/futurefest

Sorted by building, that's how I planned the week.

## Ballroom D (Convention Center)
- **Sat 3/9 10:00 — The Trust Recession — Dana Whitfield**
\t- institutions down, individuals up
- **Tue 3/12 10:00 — Cities That Listen — Rafael Dominguez**
\t- complaints hotline as a sensor network

## Hilton Austin Downtown
- Sun 3/10 2:30pm: Designing Quiet Interfaces (Tomás Ferreira)
\t- default state = silence
"""

MISSED = "\n## Didn't make it\n- Streaming royalties (Wed) — flight\n- the robotics keynote, line\n"


def test_a_list_sorted_by_venue_holds_a_talk_per_dated_bullet_on_its_own_day(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    items = list_items(tmp_path, capsys, {"bear/by venue.md": VENUE_LIST})
    found = {(i["title"], tuple(i["speakers"]), i["date"]) for i in items}
    assert found == {
        ("The Trust Recession", ("Dana Whitfield",), "2024-03-09"),
        ("Cities That Listen", ("Rafael Dominguez",), "2024-03-12"),
        ("Designing Quiet Interfaces", ("Tomás Ferreira",), "2024-03-10"),
    }
    # the building is the talks' room: no talk, no speaker, no booth, no writer
    assert all(i["kind"] == "session" for i in items)
    assert "Hilton Austin Downtown" not in {a for i in items for a in i["authors"]}
    # beside them, a section without a dated talk is about none
    data = list_json(tmp_path, capsys, {"bear/by venue.md": VENUE_LIST + MISSED})
    assert [u["heading"] for u in data["unsorted"]][-1:] == ["Didn't make it"]


def test_rooms_over_talk_headings_that_open_with_their_own_day_and_time(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rooms = (
        "# FutureFest 2024 — by room\n\n## Pavilion 3, Room B\n"
        "### Sun 3/10 2:30pm — Designing Quiet Interfaces (Tomás Ferreira)\n- silence\n\n"
        "## Ballroom D\n### Sat 3/9 10:00 — The Trust Recession — Dana Whitfield\n- trust\n"
        "### Tue 3/12 10:00 — Cities That Listen — Rafael Dominguez\n- hotline\n"
    )
    items = list_items(tmp_path, capsys, {"rooms.md": rooms})
    # the day and time are no part of the title; the room ("Pavilion") is no booth hall
    assert {(i["title"], i["kind"], i["date"]) for i in items} == {
        ("Designing Quiet Interfaces", "session", "2024-03-10"),
        ("The Trust Recession", "session", "2024-03-09"),
        ("Cities That Listen", "session", "2024-03-12"),
    }


def test_dated_bullets_naming_no_speaker_are_no_talks() -> None:
    errands = (
        "# FutureFest 2024 week\n\n## Errands\n- **Mon 3/11 9:00 — pick up badges**\n"
        "\t- line was long\n- **Tue 3/12 14:00 — ship the booth crates**\n\t- courier\n"
    )
    assert dated_bullets(parse_blocks(errands).lists) == []
    talks = dated_bullets(parse_blocks(VENUE_LIST).lists)
    assert [(t.text, t.day) for t in talks] == [
        ("The Trust Recession — Dana Whitfield", "--03-09"),
        ("Cities That Listen — Rafael Dominguez", "--03-12"),
        ("Designing Quiet Interfaces (Tomás Ferreira)", "--03-10"),
    ]


def test_team_minutes_with_dated_named_lines_are_no_program(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    minutes = (
        "# Team minutes — March\n\n## Room 4.2\n- **Mon 3/11 10:00 — Sprint review — Anna Kim**\n"
        "\t- demo of the billing export\n- **Wed 3/13 15:00 — Retro — Jonas Berg**\n"
        "\t- too many meetings\n"
    )
    assert not list_items(tmp_path, capsys, {"minutes.md": minutes})


@pytest.mark.parametrize(
    ("heading", "date"),
    [
        ("3/10 (일) · 힐튼 Salon H", "2024-03-10"),
        ("Sun 10 March · Ballroom D", "2024-03-10"),
        ("2024-03-10 — Hall 3", "2024-03-10"),
        ("Domingo (10/3) | Sala 2", "2024-03-10"),
    ],
)
def test_a_day_heading_that_also_names_the_room_is_a_day_over_its_talks(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], heading: str, date: str
) -> None:
    post = (
        "---\ntitle: FutureFest 2024 후기\ndate: 2024-03-17\n---\n\n"
        "## 3/9 (토) · 컨벤션 센터 Ballroom D\n\n### The Trust Recession — Dana Whitfield\n\n"
        "- 신뢰 불황 이야기\n\n"
        f"## {heading}\n\n### Open Climate Data Is a Product Problem — Grace Okafor\n\n"
        "- 데이터도 제품처럼 관리해야 한다\n"
    )
    items = list_items(tmp_path, capsys, {"velog/post.md": post})
    assert {(i["title"], i["date"]) for i in items} == {
        ("The Trust Recession", "2024-03-09"),
        ("Open Climate Data Is a Product Problem", date),
    }


def test_two_day_headings_naming_their_rooms_are_days_over_talks_naming_no_speaker(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    post = (
        "---\ntitle: FutureFest 2024 둘째 날\ndate: 2024-03-17\n---\n\n"
        "## 3/10 (일) · 메인 스테이지\n\n### Who Owns the Prompt?\n\n패널 토론.\n\n"
        "## 3/11 (월) · Stage 2\n\n### Robots in the Restaurant Kitchen\n\n- 튀김은 로봇\n"
    )
    items = list_items(tmp_path, capsys, {"tistory/day2.md": post})
    assert {(i["title"], i["date"]) for i in items} == {
        ("Who Owns the Prompt?", "2024-03-10"),
        ("Robots in the Restaurant Kitchen", "2024-03-11"),
    }
    # dated talk headings over a talk's own parts stay talks
    series = (
        "# Rust notes\n\n## 2024-03-10 — Rust at scale\n\n### Q&A\n- team size\n\n"
        "## 2024-03-11 — Go generics\n\n### Q&A\n- type sets\n"
    )
    titles = {i["title"] for i in list_items(tmp_path, capsys, {"rust.md": series})}
    assert "Q&A" not in titles


NEWSLETTER = """---
title: "Edição #57: uma semana em Austin"
subtitle: "O que eu vi no FutureFest 2024 — de IA a royalties"
date: 2024-03-18T10:00:00-03:00
author: Camila Rocha
---

Oi, pessoal! Separei as palestras por dia.

## Sábado (9/3)

### The Trust Recession
*Dana Whitfield — Ballroom D, Austin Convention Center*

A tese: a gente confia cada vez menos em instituições.

## Domingo (10/3)

### Who Owns the Prompt?
*painel com mediação de Leah Morgan — Ballroom D*

O painel mais tenso da semana.

## Segunda (11/3)

### The Fediverse Grows Up
*Maya Lindgren — Hilton, Salon J*

Moderação é o gargalo.

## Links da semana

- A gravação dos painéis já está no ar
"""


def test_a_newsletter_dates_its_talks_by_their_day_sections_and_reads_the_italic_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = list_json(tmp_path, capsys, {"substack/edicao-57.md": NEWSLETTER})
    assert [event["title"] for event in data["events"]] == ["FutureFest 2024"]
    items = list_items(tmp_path, capsys, {"substack/edicao-57.md": NEWSLETTER})
    assert {(i["title"], tuple(i["speakers"]), i["date"]) for i in items} == {
        ("The Trust Recession", ("Dana Whitfield",), "2024-03-09"),
        ("Who Owns the Prompt?", ("Leah Morgan",), "2024-03-10"),
        ("The Fediverse Grows Up", ("Maya Lindgren",), "2024-03-11"),
    }


@pytest.mark.parametrize(
    ("text", "month_day"),
    [
        ("Sábado (9/3)", (3, 9)),
        ("Segunda (11/3)", (3, 11)),
        ("Quarta 13/3", (3, 13)),
        ("Domingo (10/11)", (11, 10)),
        # Spanish and Portuguese abbreviations, capitalised as a heading or a line opens
        ("Sáb 9/3 14h", (3, 9)),
        ("Dom. 10/3", (3, 10)),
        ("ter 2/3 partes", None),  # Portuguese "to have"
        # alone, Portuguese "segunda" is "second": a counter after it is no date
        ("a segunda (2/3) parte do livro", None),
    ],
)
def test_a_weekday_then_a_day_first_date_in_brackets(
    text: str, month_day: tuple[int, int] | None
) -> None:
    found = [(m.month, m.day) for m in find_dates(text)]
    assert found == ([month_day] if month_day else [])


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Dana Whitfield — Ballroom D, Austin Convention Center", ()),
        ("Expo Hall A, second floor", ()),
        ("Comic Convention 2024", ("Comic Convention 2024",)),
        ("Hotel Tech Summit 2024", ("Hotel Tech Summit 2024",)),
    ],
)
def test_a_venue_named_with_a_conference_word_is_no_event(
    text: str, names: tuple[str, ...]
) -> None:
    assert event_phrases(text) == names


@pytest.mark.parametrize(
    ("heading", "expected"),
    [
        ("Sat 3/9 10:00 — The Trust Recession", ("The Trust Recession", "Sat 3/9 10:00")),
        ("Sun 3/10 2:30pm: Quiet Interfaces", ("Quiet Interfaces", "Sun 3/10 2:30pm")),
        # a day without a time may head a day's talks: no talk's prefix
        ("Sat 3/9 — Day one", None),
        ("Sat 3/9: Workshops", None),
    ],
)
def test_a_day_by_its_number_and_a_time_before_a_title(
    heading: str, expected: tuple[str, str] | None
) -> None:
    assert day_time_prefix(heading) == expected
