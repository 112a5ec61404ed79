"""Unconferences as attendees write them up (issue 14): "## Open spaces" over "### 14:00 —
Topic (Name)", ignites or lightning talks as "- **Title** (Name): …" bullets, and one shared
doc per open-space session ("**Open Space: Topic**", "**Convener:** Name", "**When / where:**
Friday, 14:00")."""

from __future__ import annotations

from pathlib import Path

import pytest

from factories import days_by_title, item_of_line, items_by_title, line_of, list_json
from summit_tui.corpus.heading_kinds import unconf_section
from summit_tui.corpus.no_talk import session_board
from summit_tui.corpus.speaker_labels import LABEL_LINE
from summit_tui.corpus.talk_bullets import bold_talk, without_convener

DAY_PAGE = """\
---
date: 2025-05-16
---
# SoCraTes 2025 — Friday

Marketplace at nine, around forty proposals.

## Lightning talks
- **Mutation testing in ten minutes** (Ana Ruiz): kill the mutants before they kill you
  - she runs it nightly only
- **Why we deleted our wiki** (Piotr): nobody read it, now docs live next to code

## Open spaces
I went to two of them.

### 11:00 — Ensemble programming with remote teams (Greta)
Rotation every seven minutes works, shorter feels rushed. Use one shared editor.

### 14:00 — Testing legacy code without tests (Piotr)
Characterisation tests first; approval tests for the big reports.

### 16:00 — Why OKRs fail (convened by Ines Costa)
Too many of them, set top-down.

Dinner by the lake afterwards.
"""


def test_open_space_headings_and_lightning_bullets_are_each_a_talk(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = list_json(tmp_path, capsys, {"socrates/friday.md": DAY_PAGE})
    at = item_of_line(data)
    assert at[line_of(DAY_PAGE, "- **Mutation")] == "Mutation testing in ten minutes"
    assert at[line_of(DAY_PAGE, "- **Why we")] == "Why we deleted our wiki"
    assert at[line_of(DAY_PAGE, "### 11:00")] == "Ensemble programming with remote teams"
    assert at[line_of(DAY_PAGE, "### 14:00")] == "Testing legacy code without tests"
    # the sections name no talk of their own
    assert at[line_of(DAY_PAGE, "## Lightning talks")] is None
    assert at[line_of(DAY_PAGE, "## Open spaces")] is None
    items = items_by_title(data)
    assert items["Ensemble programming with remote teams"]["speakers"] == ["Greta"]
    assert items["Mutation testing in ten minutes"]["speakers"] == ["Ana Ruiz"]
    assert items["Why OKRs fail"]["speakers"] == ["Ines Costa"]
    # one person's lightning talk and the open space she convened the same day: two talks
    assert (
        items["Why we deleted our wiki"]["id"] != items["Testing legacy code without tests"]["id"]
    )


def _doc(topic: str, convener: str, when: str) -> str:
    return (
        f"**Open Space: {topic}**\n\n**Convener:** {convener}\n**When / where:** {when}, Room 3\n"
        "**Participants:** about 12\n\n**Notes**\n\n* first point\n* second point\n"
    )


def test_shared_docs_are_titled_by_their_topic_and_dated_by_their_weekday(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    files = {
        "socrates/friday.md": DAY_PAGE,
        "socrates/saturday.md": "---\ndate: 2025-05-17\n---\n# SoCraTes 2025 — Saturday\n\n"
        "## Open spaces\n\n### 10:00 — Estimates are a smell (Ines)\nLong debate.\n",
        "hackmd/Open Space - ensemble.md": _doc(
            "Ensemble programming with remote teams", "Greta Lind", "Friday, 11:00"
        ),
        "hackmd/Open Space - estimates.md": _doc("Estimates are a smell", "Ines Costa", "Saturday"),
    }
    data = list_json(tmp_path, capsys, files)
    items = items_by_title(data)
    assert "Open Space" not in " ".join(items)
    ensemble = items["Ensemble programming with remote teams"]
    estimates = items["Estimates are a smell"]
    assert {e["note"] for e in ensemble["entries"]} == {
        "socrates/friday.md",
        "hackmd/Open Space - ensemble.md",
    }
    assert {e["note"] for e in estimates["entries"]} == {
        "socrates/saturday.md",
        "hackmd/Open Space - estimates.md",
    }
    # the docs' folder names no event: they join the one event, on the days they name
    assert len(data["events"]) == 1
    days = days_by_title(data)
    assert days["Ensemble programming with remote teams"] == "2025-05-16"
    assert days["Estimates are a smell"] == "2025-05-17"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("- **Mutation testing** (Ana Ruiz): kill the mutants", ("Mutation testing", "Ana Ruiz")),
        ("- **Why we deleted our wiki** — Piotr", ("Why we deleted our wiki", "Piotr")),
        ("* **On-call for two**: a rota for tiny teams", ("On-call for two", None)),
        ("- On-call for two (Lotte Bakker): a rota", ("On-call for two", "Lotte Bakker")),
        ("- lunch was late (again): sandwiches", None),
        ("- **Slides** (see the link): later", None),
        ("- plain bullet about **bold** words", None),
    ],
)
def test_bold_talk_reads_a_bullet_naming_a_short_talk(
    line: str, expected: tuple[str, str | None] | None
) -> None:
    assert bold_talk(line) == expected


BOARD = """\
Copied from my photo of the marketplace board.

| | Room 1 | Room 2 | Garden |
|---|---|---|---|
| 11:00 | Ensemble programming with remote teams — Greta | Kotlin DSLs — Jan | (free) |
| 14:00 | Testing legacy code without tests — Piotr | Hiring — ? | Walk & talk |
"""

TALKS_TABLE = """\
# What I heard on Friday

| Time | Talk | Speaker | Notes |
|---|---|---|---|
| 11:00 | Ensemble programming | Greta | rotate every 7 minutes |
| 14:00 | Testing legacy code | Piotr | characterisation tests first |
"""


def test_a_transcribed_session_board_is_no_talk(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = list_json(
        tmp_path, capsys, {"socrates/friday.md": DAY_PAGE, "socrates/Board Friday.md": BOARD}
    )
    assert [e["note"] for e in data["unsorted"] if e["note"].endswith("Board Friday.md")]
    notes = {e["note"] for item in items_by_title(data).values() for e in item["entries"]}
    assert "socrates/Board Friday.md" not in notes


def test_a_table_of_the_talks_heard_is_no_board() -> None:
    assert session_board(BOARD.split("\n"))
    assert not session_board(TALKS_TABLE.split("\n"))


def test_a_section_name_is_never_one_talk_across_days(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    friday = "---\ndate: 2025-05-16\n---\n# DevCamp 2025 — Friday\n\n## Keynote — Ana Ruiz\nGood.\n"
    saturday = (
        "---\ndate: 2025-05-17\n---\n# DevCamp 2025 — Saturday\n\n## Keynote — Tom Berg\nOk.\n"
    )
    files = {
        "fri.md": friday + "\n## Ignites\nFive talks, the one about pagers was best.\n",
        "sat.md": saturday + "\n## Ignites\nOnly three today, one on burnout.\n",
    }
    data = list_json(tmp_path, capsys, files)
    ignites = [
        {e["note"] for e in item["entries"]}
        for event in data["events"]
        for day in event["days"]
        for track in day["tracks"]
        for item in track["items"]
        if item["title"] == "Ignites"
    ]
    assert sorted(ignites, key=sorted) == [{"fri.md"}, {"sat.md"}]


@pytest.mark.parametrize(
    ("heading", "expected"),
    [
        ("Open spaces", True),
        ("Open Spaces (afternoon)", True),
        ("Thursday open space sessions", True),
        ("오픈 스페이스 (오후)", True),
        ("Birds of a Feather", True),
        ("Lightning talks, day 2", True),
        ("Open source", False),
        ("Open questions", False),
        ("Open space: hebben we staging nog nodig?", False),
    ],
)
def test_unconf_section_names_the_format_not_a_topic(heading: str, expected: bool) -> None:
    assert unconf_section(heading) is expected


def test_ignites_as_bold_lines_naming_their_speakers_are_each_a_talk(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = (
        "---\ndate: 2025-05-16\n---\n# DevCamp 2025 — Friday\n\n## Ignites\n\n"
        "**My pager is a tamagotchi** (Ahmed Yilmaz): alerts that need feeding.\n"
        "Funniest five minutes.\n\n"
        "**On-call burnout in 20 slides** (Lotte Bakker): page volume predicted quitting.\n\n"
        "Dinner after.\n"
    )
    at = item_of_line(list_json(tmp_path, capsys, {"fri.md": text}))
    assert at[line_of(text, "**My pager")] == "My pager is a tamagotchi"
    assert at[line_of(text, "**On-call")] == "On-call burnout in 20 slides"
    assert at[line_of(text, "## Ignites")] is None
    assert at[line_of(text, "Dinner")] is None


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Why OKRs fail (convened by Ines Costa)", "Why OKRs fail"),
        ("AI in incident response (제가 제안)", "AI in incident response"),
        ("Platform teams (proposed by me)", "Platform teams"),
        ("Golden paths (Live)", "Golden paths (Live)"),
    ],
)
def test_a_convener_bracket_is_no_part_of_the_title(title: str, expected: str) -> None:
    assert without_convener(title) == expected


def test_a_shared_doc_labelling_its_speaker_after_an_emoji_joins_the_one_event(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # a label line is read the same way wherever it is asked for: "👤 Referentin: …" names
    # the session's speaker in a pad as it does in a talk's notes
    files = {
        "barcamp/freitag.md": "---\ndate: 2025-09-12\n---\n# Barcamp Rhein-Main 2025 — Freitag\n\n"
        "## Sessions\n\n### 11:00 — Mob Programming im Remote-Team (Jana Vogel)\nRotation.\n",
        "barcamp/samstag.md": "---\ndate: 2025-09-13\n---\n# Barcamp Rhein-Main 2025 — Samstag\n\n"
        "## Sessions\n\n### 10:00 — Barrierefreie Formulare (Lea Schmitt)\nFehler am Feld.\n",
        "pads/Session - Barrierefreie Formulare.md": "**Session: Barrierefreie Formulare**\n\n"
        "👤 Referentin: Lea Schmitt\n🕑 Samstag, 10:00, Raum B\n\n**Notizen**\n\n"
        "* Labels nie nur als Platzhalter\n* Fehler per aria-describedby anbinden\n",
    }
    data = list_json(tmp_path, capsys, files)
    assert len(data["events"]) == 1
    days = {
        item["title"]: (day["date"], {e["note"] for e in item["entries"]})
        for day in data["events"][0]["days"]
        for track in day["tracks"]
        for item in track["items"]
    }
    assert days["Barrierefreie Formulare"] == (
        "2025-09-13",
        {"barcamp/samstag.md", "pads/Session - Barrierefreie Formulare.md"},
    )


@pytest.mark.parametrize(
    ("line", "rest"),
    [
        ("Speaker: Ann Lee", "Ann Lee"),
        ("**Convener:** Greta Lind", "Greta Lind"),
        ("- **Referentin**: Lea Schmitt", "Lea Schmitt"),
        ("👤 Referentin: Lea Schmitt", "Lea Schmitt"),
        ("> 讲者｜李昊", "李昊"),
        ("・登壇者：佐藤 由美さん", "佐藤 由美さん"),
        ("The speaker said: slow down", None),
        ("Speakers were great", None),
    ],
)
def test_one_label_line_pattern_reads_a_speaker_label(line: str, rest: str | None) -> None:
    found = LABEL_LINE.match(line)
    assert (found["rest"].strip("* ") if found else None) == rest
