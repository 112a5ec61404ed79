"""A recap written as prose, a section per day (a newsletter's or blog's day-by-day story of an
event): each paragraph, list item or sentence line that names a talk is an entry on its
section's day, the rest of the day's text is about no talk."""

from __future__ import annotations

from pathlib import Path

import pytest

from factories import items_by_title, list_json
from summit_tui.corpus.day_recaps import recap_parts

RECAP_EN = """\
---
title: "Three days in Vilnius"
date: 2025-05-30
author: Greta Jonaitis
---

Hi all! Last week I was at **PyCon Lithuania 2025** with two friends from work.

## Thursday 22 May: arrival and the opening

We landed late and nearly missed the badge desk.

The opening ceremony started at ten, with a long list of sponsors.

The keynote was by **Marius Petrauskas**, who argued that most teams need fewer services.
He showed three migrations back to a monolith.

Dinner was cepelinai, of course.

## Friday 23 May: workshops

- **Workshop «Property-based testing in an afternoon»** (Laura Kazlauskaite). Found a bug.
- **Panel on open data** with Tomas Vaitkus and Ieva Butkute: cities publish, nobody maintains.
- Coffee queue of the year.

## Saturday 24 May: sprints

We sprinted on a docs tool all morning.

**Tiny Bench** presented **Flamewatch**: a profiler that draws flame graphs in the terminal.
Great live demo, the room applauded.

## What I take home

- The keynote was right: fewer services.
"""

DIARY = """\
## Monday 3 March
Walked the old town, ate far too much.

## Tuesday 4 March
Rain all day. Read "The Left Hand of Darkness" by the window.
"""

DAYS_WITH_TALK_HEADINGS = """\
## Day 1
### Keynote: Fewer services (Marius Petrauskas)
- monoliths are fine
## Day 2
### Property-based testing (Laura Kazlauskaite)
- hypothesis
"""


def test_each_talk_paragraph_of_a_day_by_day_recap_is_a_talk_on_its_day(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = list_json(tmp_path, capsys, {"newsletter/three-days-in-vilnius.md": RECAP_EN})
    items = items_by_title(data)
    assert {title: item["date"] for title, item in items.items()} == {
        "Opening ceremony": "2025-05-22",
        "Keynote": "2025-05-22",
        "Property-based testing in an afternoon": "2025-05-23",
        "Panel on open data": "2025-05-23",
        "Flamewatch": "2025-05-24",
    }
    assert items["Keynote"]["speakers"] == ["Marius Petrauskas"]
    assert items["Property-based testing in an afternoon"]["speakers"] == ["Laura Kazlauskaite"]
    assert items["Panel on open data"]["speakers"] == ["Tomas Vaitkus", "Ieva Butkute"]
    assert items["Flamewatch"]["speakers"] == ["Tiny Bench"]  # the team that presented it
    # the keynote's second line is part of it; dinner, the coffee queue and the take-aways not
    keynote = items["Keynote"]["entries"][0]["line"]
    lines = RECAP_EN.split("\n")
    assert lines[keynote - 1].startswith("The keynote was by")
    unsorted = [lines[part["line"] - 1] for part in data["unsorted"]]
    assert not any(line.startswith("The keynote") for line in unsorted)
    assert [event["title"] for event in data["events"]] == ["PyCon Lithuania 2025"]


def test_a_talk_runs_over_the_sentence_lines_after_it_up_to_its_paragraph_s_end() -> None:
    lines = RECAP_EN.split("\n")
    parts = {part.title: (part.start, part.end) for part in recap_parts(lines) or []}
    start, end = parts["Keynote"]
    assert lines[start].startswith("The keynote was by")
    assert lines[end - 1].startswith("He showed three migrations")
    start, end = parts["Flamewatch"]
    assert lines[end - 1] == "Great live demo, the room applauded."


EXPO_DIARY = """\
## Tue 11 Feb
- **Stage B 10:00 — Opening keynote, Rui Costa**: retail media everywhere
- Hall 2 — **Lumen** (smart shelves), demo of price tags that change at noon
- Dinner with the Porto team

## Wed 12 Feb
- **Stage A 14:00 — Panel on loyalty apps**: nobody wants another app
- Hall 1 — **Cartly**: self-checkout carts, presented by their CTO
"""


def test_notes_that_are_no_day_by_day_recap_are_left_to_the_segmenter() -> None:
    assert recap_parts(EXPO_DIARY.split("\n")) is None  # days written as lists of bullets
    assert recap_parts(DIARY.split("\n")) is None  # days, but no talk in them
    assert recap_parts(DAYS_WITH_TALK_HEADINGS.split("\n")) is None  # talks are headings
    # a single day section is no day-by-day recap
    one_day = RECAP_EN.split("## Friday")[0]
    assert recap_parts(one_day.split("\n")) is None
