""" "Day 1 of talks" counts from the first day with talks, not from a range that opens with
tutorials: "September 22–27" with talks from Monday the 23rd makes "Day 1 of talks" the 23rd."""

from __future__ import annotations

from pathlib import Path

import pytest

from factories import loaded_notes
from summit_tui.corpus.dates import counts_talk_days
from summit_tui.corpus.events import place_notes


@pytest.mark.parametrize(
    "text",
    [
        "Day 1 of talks at RustConf 2024 is done!",
        "Talk day 2 recap",
        "the second day of the main conference",
        "Konferenztag 1",
        "Día 2 de charlas",
        "jour 1 des conférences",
        "본행사 1일차 정리",
        "本編2日目のメモ",
        "会议第一天",
    ],
)
def test_a_day_counted_among_the_talk_days(text: str) -> None:
    assert counts_talk_days(text)


@pytest.mark.parametrize(
    "text", ["Day 1 recap", "Day 2: tutorials and talks", "2일차 정리", "sprint day"]
)
def test_a_plain_day_number_counts_from_the_first_day(text: str) -> None:
    assert not counts_talk_days(text)


def files(recap_line: str) -> dict[str, str]:
    return {
        "index.md": (
            "---\ntitle: 'RustConf 2024: all my posts'\n---\n\n"
            "I went to RustConf 2024 (Montreal, September 9–13). Tutorials first, then talks.\n"
        ),
        "team.md": (
            "---\ntitle: What we learned at RustConf 2024\n---\n\n"
            "## Tuesday, September 10\n\n### Async closures (Ana Souza)\n\n- finally\n"
        ),
        "recap.md": (
            f"---\ntitle: RustConf 2024 Day 1 Recap\n---\n\n{recap_line}\n\n"
            "## Opening keynote\n\n**Speaker:** Tom Becker\n\n- twenty years\n"
        ),
    }


def test_day_1_of_talks_is_the_first_day_a_note_is_about(tmp_path: Path) -> None:
    placements, _ = place_notes(
        loaded_notes(tmp_path, files("Day 1 of talks at RustConf is done!"))
    )
    assert placements["recap.md"].day == "2024-09-10"


def test_day_1_alone_is_the_events_first_day(tmp_path: Path) -> None:
    placements, _ = place_notes(loaded_notes(tmp_path, files("Day 1 at RustConf is done!")))
    assert placements["recap.md"].day == "2024-09-09"


def test_a_folder_named_for_a_weekday_is_that_day_of_the_event(tmp_path: Path) -> None:
    placements, _ = place_notes(
        loaded_notes(
            tmp_path,
            {
                "README.md": "# notes\n\nOur notes from FOSDEM 2025 (1–2 February 2025).\n",
                "sunday/pg-failover.md": "# Logical replication failover\n\n- slots sync\n",
                "토요일/rust.md": "# Zero-copy parsing\n\n- nom 8\n",
            },
        )
    )
    assert {p.event_id for p in placements.values()} == {"fosdem-2025"}
    assert placements["sunday/pg-failover.md"].day == "2025-02-02"
    assert placements["토요일/rust.md"].day == "2025-02-01"
