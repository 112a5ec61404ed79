"""Google Keep notes converted to Markdown: the export folder names no event, the "Edited:"
stamp is no day of the talks but tells which event a note naming none is about."""

from __future__ import annotations

from pathlib import Path

import pytest

from factories import items_of, list_json

_DIARY = """# Kesäyö Jam 2025 – päiväkirja, osa 3

Lauantai 14.6.2025

## klo 10.00 Avauskeynote: "Why we still make demos" – Marja Koski

- Demot ovat taidetta jolla on tiukat säännöt.

## klo 13.00 "Running a game jam for 200 kids" – Linnea Berg

- Lapset tekivät pelejä Scratchilla ja Godotilla.
"""

_KEEP = """# Talks

Labels: kesäyö
Edited: Jun 15, 2025, 1:48 AM

**Sat 10:00 — Why we still make demos (Marja Koski)**
- demos = art with strict rules

**Sat 13:00 — Running a game jam for 200 kids (Linnea Berg)**
- Scratch + Godot
- every game gets shown
"""

_LIST = """# Ostoslista

Labels: koti
Edited: Jun 2, 2025, 6:15 PM

- [ ] jatkojohto
- [x] kahvia
"""


def test_a_keep_note_edited_the_night_after_joins_that_days_event(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = list_json(
        tmp_path,
        capsys,
        {"fi/osa-3.md": _DIARY, "Google Keep/Talks.md": _KEEP, "Google Keep/Ostoslista.md": _LIST},
    )
    titles = [event["title"] for event in data["events"]]
    assert "Google Keep" not in titles  # the export's folder is no event
    (jam,) = [event for event in data["events"] if event["title"] == "Kesäyö Jam 2025"]
    notes = {
        entry["note"]
        for day in jam["days"]
        for track in day["tracks"]
        for item in track["items"]
        for entry in item["entries"]
    }
    assert "Google Keep/Talks.md" in notes
    (talk,) = [item for item in items_of(data) if "game jam" in item["title"]]
    assert {entry["note"] for entry in talk["entries"]} == {"fi/osa-3.md", "Google Keep/Talks.md"}
    assert "Google Keep/Ostoslista.md" not in notes  # a shopping list edited two weeks before
