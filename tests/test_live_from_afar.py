"""A keynote watched live from far away (issue 14): a note dated at night in its writer's zone
(`date: 2024-10-30 01:45:00 +0900`, Seoul) about an event whose other notes write the daytime of
another zone (`2024-10-29T08:45:00-07:00`, San Francisco) is of the event's day; and a title that
writes the event's Latin name in Hangul ("깃허브 유니버스 2024") joins that event."""

from __future__ import annotations

from pathlib import Path

import pytest

from factories import loaded_notes
from summit_tui.corpus.event_names import event_phrases
from summit_tui.corpus.events import place_notes

LIVE_SF = (
    '---\ntitle: "LIVE: GitHub Universe 2024 keynote"\nauthor: Marcus Bell\n'
    "date: 2024-10-29T08:45:00-07:00\n---\n\n## Keynote\n\n"
    "Thomas Dohmke opens GitHub Universe 2024.\n"
)


def _watched(date: str) -> str:
    return (
        f"---\ntitle: GitHub Universe 2024 키노트 실시간\nauthor: 윤하늘\ndate: {date}\n---\n\n"
        "## 키노트\n\nGitHub Universe 2024 키노트 보면서 적는 메모. 코파일럿 모델 선택!\n"
    )


@pytest.mark.parametrize(
    ("date", "day"),
    [
        ("2024-10-30 01:45:00 +0900", "2024-10-29"),  # 09:45 in San Francisco: watched live
        ("2024-10-30T02:05:00+09:00", "2024-10-29"),
        ("2024-10-30 21:00:00 +0900", "2024-10-30"),  # an evening at home: its own day stays
    ],
)
def test_a_note_written_at_night_far_away_is_of_the_event_s_day(
    tmp_path: Path, date: str, day: str
) -> None:
    notes = loaded_notes(tmp_path, {"sf.md": LIVE_SF, "seoul.md": _watched(date)})
    placements, _ = place_notes(notes)
    assert placements["seoul.md"].day == day
    assert placements["sf.md"].day == "2024-10-29"


def test_a_note_written_at_night_with_no_other_zone_keeps_its_day(tmp_path: Path) -> None:
    notes = loaded_notes(tmp_path, {"seoul.md": _watched("2024-10-30 01:45:00 +0900")})
    placements, _ = place_notes(notes)
    assert placements["seoul.md"].day == "2024-10-30"  # nothing says where the event was


def test_a_title_that_writes_the_event_s_name_in_hangul_joins_it(tmp_path: Path) -> None:
    watched = (
        _watched("2024-10-30 01:45:00 +0900")
        .replace("GitHub Universe 2024 키노트 실시간", "깃허브 유니버스 2024 키노트 실시간")
        .replace("GitHub Universe 2024 키노트 보면서", "키노트 보면서")
    )
    notes = loaded_notes(tmp_path, {"sf.md": LIVE_SF, "seoul.md": watched})
    placements, _ = place_notes(notes)
    assert placements["seoul.md"].event_title == "GitHub Universe 2024"
    assert placements["seoul.md"].day == "2024-10-29"


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Day 2 keynote: how the Prague meetup scene grew from ten people.", ()),
        ("The Seoul conference season starts in October.", ()),
        ("Then the Prague Python Meetup 2025 after the sprints.", ("Prague Python Meetup 2025",)),
        ("Notes from Rust Seoul Meetup, take two.", ("Rust Seoul Meetup",)),
    ],
)
def test_an_event_word_that_qualifies_the_next_word_names_no_event(
    line: str, names: tuple[str, ...]
) -> None:
    assert event_phrases(line, years=False) == names


def test_a_thread_that_mentions_a_meetup_scene_stays_in_its_event(tmp_path: Path) -> None:
    thread = (
        "# Thread by @ola@mastodon.social\n\nOla @ola@mastodon.social\n\n"
        "1/2 Back at #EuroPython for day two, one post per talk again 🧵\n\n"
        "Ola @ola@mastodon.social\n\n"
        "2/2 Day 2 keynote: community, sprints and how the Prague meetup scene grew.\n"
    )
    recap = "---\ntitle: EuroPython 2025 recap\ndate: 2025-07-16\n---\n\n## Keynote\n\nGreat.\n"
    notes = loaded_notes(
        tmp_path, {"Thread by @ola - EuroPython day 2.md": thread, "recap.md": recap}
    )
    placements, _ = place_notes(notes)
    assert {p.event_title for p in placements.values()} == {"EuroPython 2025"}
