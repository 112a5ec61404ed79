"""Sections of trip reports, team docs and diaries: which heading is a talk, which is context."""

from __future__ import annotations

import pytest

from summit_tui.corpus.heading_kinds import day_heading, generic_heading, speaker_in_heading
from summit_tui.corpus.names import heading_title


@pytest.mark.parametrize(
    ("heading", "day"),
    [
        ("Workshop day (Fri 14 June)", "--06-14"),
        ("Tutorial days — Mon 8 July", "--07-08"),
        ("Sprint day: Sat 13 July", "--07-13"),
        ("Day 1 — Wed 10 July", "--07-10"),
        # a workshop's own title is a talk, whatever it says about days
        ("Workshop day planning for teams", None),
        ("Workshop: PyTorch for Thai OCR", None),
    ],
)
def test_a_day_named_after_what_it_holds_is_a_day(heading: str, day: str | None) -> None:
    assert day_heading(heading) == day


@pytest.mark.parametrize(
    ("heading", "title", "speaker"),
    [
        (
            "Keynote — Dr. Ines Carvalho: Python in the hospital lab",
            "Python in the hospital lab",
            "Dr. Ines Carvalho",
        ),
        ("Opening keynote: Jane Doe: Owning your data", "Owning your data", "Jane Doe"),
        # a colon inside the title is no speaker
        ("Keynote: Kotlin 2.0: what is new", "Kotlin 2.0: what is new", None),
    ],
)
def test_a_keynote_names_its_speaker_before_a_colon(
    heading: str, title: str, speaker: str | None
) -> None:
    assert heading_title(heading)[:2] == (title, speaker)
    assert speaker_in_heading(heading) == (speaker or "")


@pytest.mark.parametrize(
    "heading",
    ["Hallway track", "Watching the CTF finals", "La fiesta de la GSMA", "GSMA 파티"],
)
def test_time_between_talks_is_no_talk(heading: str) -> None:
    assert generic_heading(heading) == "break"


@pytest.mark.parametrize(
    "heading",
    ["Party tricks with Python", "Watching the watchers: observability at scale"],
)
def test_talk_titles_with_the_same_words_stay_talks(heading: str) -> None:
    assert generic_heading(heading) is None
