"""A day or a time written before a talk's title, in the note's language: it dates or times
the talk and is no part of its title; a session after midnight is on the next date."""

from __future__ import annotations

from pathlib import Path

import pytest

from factories import items_by_title, list_json
from summit_tui.corpus.events import hint_day
from summit_tui.corpus.names import clock_time, heading_title
from summit_tui.corpus.time_prefix import (
    day_time_prefix,
    night_word,
    paren_weekday,
    prefix_weekday,
)


@pytest.mark.parametrize(
    ("heading", "title", "speaker", "clock"),
    [
        (
            'klo 14.00 "Game jam postmortem: 48 tuntia" – Noora Lahtinen',
            "Game jam postmortem: 48 tuntia",
            "Noora Lahtinen",
            "14:00",
        ),
        (
            'klo 00.30 (yöseminaari) "Demoskenen historia" – Pekka Saarinen',
            "Demoskenen historia",
            "Pekka Saarinen",
            "00:30",
        ),
        (
            'klo 18.00 Seminaari: "4k-intron tekeminen" – Tuomas Heikkilä',
            "4k-intron tekeminen",
            "Tuomas Heikkilä",
            "18:00",
        ),
        (
            'klo 10.00 Avauskeynote: "Why we still make demos" – Marja Koski',
            "Why we still make demos",
            "Marja Koski",
            "10:00",
        ),
        ("Fri 18:00 — 4k intros in 2024", "4k intros in 2024", None, "18:00"),
        ("Sat night ~00:30 — Demoscene history", "Demoscene history", None, "00:30"),
        ("금요일 저녁 6시 — 4k 인트로 만들기", "4k 인트로 만들기", None, "18:00"),
        ("토요일 밤 12시 반 — 데모씬의 역사", "데모씬의 역사", None, "00:30"),
        ("금요일 밤 12시 15분 — C64 픽셀 아트", "C64 픽셀 아트", None, "00:15"),
        ("ore 14:00 Il futuro di Python", "Il futuro di Python", None, "14:00"),
        ("klo 18 Avajaiset", "Avajaiset", None, "18:00"),
        ("Sa 14:00 – Observability", "Observability", None, "14:00"),
        ("samedi soir 21h – Démo party", "Démo party", None, "21:00"),
        ("sabato ore 15:00 – Kotlin in produzione", "Kotlin in produzione", None, "15:00"),
        ('Lauantaina klo 13 "Pelit" – Noora Lahtinen', "Pelit", "Noora Lahtinen", "13:00"),
        ("Sunday 3pm – Closing party", "Closing party", None, "15:00"),
        ("Samstag 15 Uhr – Abschluss", "Abschluss", None, "15:00"),
        ("오후 2시 30분 — 세션 제목", "세션 제목", None, "14:30"),
        ("저녁 7시 — 데모 파티", "데모 파티", None, "19:00"),
        ("밤 12시 반 — 심야 세션", "심야 세션", None, "00:30"),
    ],
)
def test_a_time_prefix_is_no_part_of_the_title(
    heading: str, title: str, speaker: str | None, clock: str
) -> None:
    got = heading_title(heading)
    assert got[0] == title
    assert got[1] == speaker
    assert clock_time(heading) == clock


@pytest.mark.parametrize(
    ("heading", "title", "speaker"),
    [
        (
            'Lördag 3 augusti: "Game jam postmortem" med Noora Lahtinen',
            "Game jam postmortem",
            "Noora Lahtinen",
        ),
        (
            'Söndagen den 4 augusti: "Shaders for people who hate math" – Emma Lindqvist',
            "Shaders for people who hate math",
            "Emma Lindqvist",
        ),
    ],
)
def test_a_day_before_a_quoted_title_is_no_part_of_it(
    heading: str, title: str, speaker: str
) -> None:
    assert heading_title(heading)[:2] == (title, speaker)
    assert clock_time(heading) is None


@pytest.mark.parametrize(
    "heading",
    [
        "Saturday 3 August",
        "Friday — Day 2",
        "At the booth",
        "Mon 2024",
        "Lördag 3 augusti: Game jam",
        "Sunday: the hackathon",
        "Sat morning coffee",
        "Sunday 3 – Closing",
        "Mon 24 hour hackathon",
        "밤 산책",
        "Sat morning coffee",
    ],
)
def test_headings_that_only_name_a_day_keep_it(heading: str) -> None:
    assert day_time_prefix(heading) is None


def test_the_weekday_a_prefix_names() -> None:
    assert prefix_weekday("Fri 18:00 — 4k intros") == 4
    assert prefix_weekday("토요일 밤 12시 반 — 역사") == 5
    assert prefix_weekday('Söndagen den 4 augusti: "Title" – Emma Lindqvist') == 6
    assert prefix_weekday("klo 14.00 Title") is None


def test_night_words_are_words_not_parts_of_them() -> None:
    assert night_word("Sat night ~00:30 — History")
    assert night_word('klo 00.30 (yöseminaari) "History"')
    assert night_word("토요일 밤 12시 반 — 역사")
    assert not night_word("klo 00.30 työpaja")  # a workshop, not a night


def test_a_night_session_is_on_the_next_date() -> None:
    assert hint_day("night:", "2024-08-03", None) == "2024-08-04"
    assert hint_day("night:--08-03", "2024-08-06", None) == "2024-08-04"
    assert hint_day("night:", None, None) is None


_DIARY = """# Kesäyö Jam 2025 – päiväkirja, osa 2

Perjantai 13.6.2025

## klo 19.00 "Proseduraalinen musiikki" – Ville Mäkinen

- Syntikka on kirjoitettu C:llä.

## klo 00.15 "C64-pikseligrafiikka" – Kaisa Rautio

- Väripaletti on 16 väriä.
"""


def test_a_diary_talk_after_midnight_is_on_the_next_date(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    items = items_by_title(list_json(tmp_path, capsys, {"fi/osa-2.md": _DIARY}))
    assert items["Proseduraalinen musiikki"]["date"] == "2025-06-13"
    assert items["C64-pikseligrafiikka"]["date"] == "2025-06-14"


_KEEP = """# Kesäyö Jam 2025 talks

Labels: kesäyö
Edited: Jun 16, 2025, 1:48 AM

**Sat 13:00 — Running a game jam for 200 kids (Linnea Berg)**
- Scratch + Godot

**Sat night ~00:15 — C64 pixel art then and now (Kaisa Rautio)**
- 16 colours
"""


def test_a_keep_note_edited_later_keeps_its_talks_on_their_days(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = list_json(tmp_path, capsys, {"fi/osa-2.md": _DIARY, "keep/talks.md": _KEEP})
    items = items_by_title(data)
    assert items["Running a game jam for 200 kids"]["date"] == "2025-06-14"
    assert items["C64 pixel art then and now"]["date"] == "2025-06-15"  # Saturday night


def test_a_weekday_in_the_brackets_closing_a_heading_is_its_day() -> None:
    assert paren_weekday("Retro corner (Sat afternoon)") == 5
    assert paren_weekday("부스 투어 (토요일 오후)") == 5
    assert paren_weekday("Demo room (lauantaina)") == 5
    assert paren_weekday("Rust in production (Sat, Sun)") is None
    assert paren_weekday("Keynote (Satya Nadella)") is None


_DIARY_DAYS = {
    "fi/osa-1.md": """# Kesäyö Jam 2025 – päiväkirja, osa 1

Torstai 12.6.2025

Ajettiin Tampereelle. Tänään ei ollut vielä luentoja, vain avajaiset.
""",
    "fi/osa-4.md": """# Kesäyö Jam 2025 – päiväkirja, osa 4

Sunnuntai 15.6.2025

Aamulla siivottiin.

## klo 12.00 "Sizecoding in WebAssembly" – Jonas Ek

- wasm-tiedosto on pieni, mutta JS-lataaja ei.
""",
}


def test_a_diary_page_is_no_talk_and_its_talk_heading_is_the_talk(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = list_json(tmp_path, capsys, _DIARY_DAYS)
    items = items_by_title(data)
    assert set(items) == {"Sizecoding in WebAssembly"}  # not "päiväkirja, osa 1" nor "… osa 4"
    (entry,) = items["Sizecoding in WebAssembly"]["entries"]
    assert entry["line"] == 7  # the heading, not the page's title
    assert items["Sizecoding in WebAssembly"]["date"] == "2025-06-15"
