"""Notes with little or mixed Markdown (issue 14): an Apple note with no Markdown at all (a
title line, the speaker's name alone on the next line, then the notes), bold talk titles
under lines that name their day, and a shared doc where one day's talks are `###` headings
and another day's are bold lines `**Title** — Speaker` under `# Tuesday 9 April`."""

from __future__ import annotations

from pathlib import Path

import pytest

from factories import line_of, list_json

PLAIN = """\
Fran - FooConf day 3
Wednesday, 10 April 2024

Only had a ticket for the last day.

Staff+ Engineers as Force Multipliers
Aisha Rahman
Staff engineers exist to make decisions cheaper.
Sponsor people, don't just mentor them.

Building Teams Across Time Zones
Luis Carvalho
Overlap hours: max 3, protect them.
Handover notes at end of day as a ritual.

Afternoon: skipped the last track and went home early.
"""

DAY_LINES = """\
FooConf
Dan's notes, FooConf London 2024

Monday 8 April

**Opening keynote – Priya Nair, resilience**
Runbooks rot, familiarity doesn't

**Payments core to Rust – Tomasz Wilk**
Strangler fig, per message type

Tuesday 9 April

**LLMs and on-call (keynote) – Sam Ferreira**
LLM timelines good, LLM summaries bad
"""

SHARED_DOC = """\
FooConf London 2024 - shared team notes

Platform team · 8–10 April 2024

# Monday 8 April

### Cell-Based Architecture at Scale

Speaker: Marco Vitale

* cells sized by blast radius

# Tuesday 9 April

**Keynote: What LLMs Did to Our On-Call** — Sam Ferreira

* timelines from Slack, summaries by humans

**Observability on a Budget** — Ines Dahl

* tail-based sampling

# Action items

* try tail-based sampling
"""


def _talks(data: dict) -> dict[str, tuple[str | None, list[str], int]]:
    return {
        item["title"]: (day["date"], item.get("speakers") or [], item["entries"][0]["line"])
        for event in data["events"]
        for day in event["days"]
        for track in day["tracks"]
        for item in track["items"]
    }


def test_an_apple_note_without_markdown_holds_its_talks(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    talks = _talks(list_json(tmp_path, capsys, {"apple-notes/Fran - FooConf day 3.md": PLAIN}))
    assert set(talks) == {
        "Staff+ Engineers as Force Multipliers",
        "Building Teams Across Time Zones",
    }
    date, speakers, line = talks["Staff+ Engineers as Force Multipliers"]
    assert date == "2024-04-10" and "Aisha Rahman" in speakers
    assert line == line_of(PLAIN, "Staff+")


def test_bold_titles_take_the_day_of_the_line_above_them(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    talks = _talks(list_json(tmp_path, capsys, {"apple-notes/FooConf.md": DAY_LINES}))
    by_line = {line: date for date, _, line in talks.values()}
    assert by_line[line_of(DAY_LINES, "**Payments")] == "2024-04-08"
    assert by_line[line_of(DAY_LINES, "**LLMs")] == "2024-04-09"


def test_bold_titles_under_a_day_heading_among_other_days_headed_talks(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    talks = _talks(list_json(tmp_path, capsys, {"gdocs/shared team notes.md": SHARED_DOC}))
    assert talks["What LLMs Did to Our On-Call"][:2] == ("2024-04-09", ["Sam Ferreira"])
    assert talks["Observability on a Budget"][:2] == ("2024-04-09", ["Ines Dahl"])
    assert talks["Cell-Based Architecture at Scale"][0] == "2024-04-08"


MINUTES = """\
Team sync, 12 March

Attendees
John Smith
Jane Doe

Apologies
Tom Lee
Mia Lopez

Mia will own the migration.
"""


def test_meeting_minutes_without_markdown_hold_no_talks(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A list of names under a word ("Attendees", "Apologies") is no talk."""
    assert _talks(list_json(tmp_path, capsys, {"Team sync.md": MINUTES})) == {}
