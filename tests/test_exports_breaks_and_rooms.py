"""Notes exported from Google Docs or Word, breaks written as lines, rooms beside speakers
(issue 14): `\\-`, `\\(`, `2024\\)` escapes do not reach titles or break dates and event names;
`Lunch:` / `Mittag:` / `점심:` lines end the talk above them; in `Saal GLITCH · 14:45 · Name`
and `Room 8 · 11:00 · Name` the room is no speaker; an event named by an edition code
(`38C3`) with nothing else in the title is that event."""

from __future__ import annotations

from pathlib import Path

import pytest

from factories import items_by_title, list_json
from summit_tui.corpus.event_names import event_phrases
from summit_tui.corpus.names import unescape
from summit_tui.corpus.speakers import fact_line_speaker


def test_markdown_escapes_read_as_the_characters_they_escape() -> None:
    assert unescape("38C3 \\- Tag 1 \\(27.12.2024\\)") == "38C3 - Tag 1 (27.12.2024)"
    assert (
        unescape("\\#1 problem, \\*unsafe\\*, snake\\_case") == "#1 problem, *unsafe*, snake_case"
    )
    assert unescape("C:\\Users\\ann") == "C:\\Users\\ann"  # not an escape: kept
    assert unescape("no backslash") == "no backslash"


@pytest.mark.parametrize(
    ("line", "speaker"),
    [
        ("Saal GLITCH · 14:45 · Lena Brandt", "Lena Brandt"),
        ("Room 8 · 11:00 · Ahmed Saleh", "Ahmed Saleh"),
        ("Room: Saal GLITCH · 11:00 · Timo Hahn", "Timo Hahn"),
        ("Lena Brandt · Saal 1 · 11:00", "Lena Brandt"),
        ("이서윤 · 트랙 B · 14:00", "이서윤"),
        ("Saal ZIGZAG · 12:00", None),
        ("Go · Rust · Zig", None),
    ],
)
def test_a_room_beside_a_speaker_is_no_speaker(line: str, speaker: str | None) -> None:
    assert fact_line_speaker(line) == speaker


@pytest.mark.parametrize(
    ("title", "names"),
    [
        ("38C3 day 3 notes (Sunday, December 29, 2024)", ("38C3",)),
        ("**38C3 – Bericht für das Team**", ("38C3",)),
        ("38C3 참관 노트 - 2일차", ("38C3",)),
        ("Open-source 5G base stations", ()),
        ("H100 vs A100 notes", ()),
        ("37C3 and 38C3 compared", ()),
    ],
)
def test_an_edition_code_alone_in_a_title_names_the_event(title: str, names: tuple) -> None:
    assert event_phrases(title) == names


EXPORTED = """\
# 38C3 참관 노트 \\- 1일차 \\(2024. 12. 27\\)

작성: 박지훈

## Hacking the Smart Meter \\(Lena Brandt, 독립 연구자\\)

Lena Brandt · Saal 1 · 11:00

\\- 펌웨어 덤프해서 분석

점심: 학센이랑 감자 샐러드

## Rust im Kernel: eine Bilanz \\(Jonas Keller, Linux Foundation\\)

Saal GLITCH · 14:45 · Jonas Keller

\\- 리뷰어 부족이 제일 큰 문제
"""

REPORT = """\
**38C3 – Bericht für das Team**

Verfasst von Sabine Krüger.

**Tag 2 \\- Samstag, 28.12.2024**

### Wahlcomputer 2025 \\(Petra Vogel, CCC\\)

Room 1 · 16:00 · Petra Vogel

\\* Einige Probleme von 2017 sind offen

Mittag: Mate und Brezel.
"""


def test_an_exported_note_reads_as_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = list_json(tmp_path, capsys, {"team/day1.md": EXPORTED, "sabine/bericht.md": REPORT})
    assert [event["title"] for event in data["events"]] == ["38C3 2024"]  # with its year
    items = items_by_title(data)
    assert set(items) == {
        "Hacking the Smart Meter",
        "Rust im Kernel: eine Bilanz",
        "Wahlcomputer 2025",
    }
    assert items["Hacking the Smart Meter"]["date"] == "2024-12-27"
    assert items["Rust im Kernel: eine Bilanz"]["speakers"] == ["Jonas Keller"]
    assert items["Wahlcomputer 2025"]["speakers"] == ["Petra Vogel"]
    assert items["Wahlcomputer 2025"]["date"] == "2024-12-28"
    # the lunch lines are breaks, not the end of the talk above them
    unsorted = {(e["note"], e["line"], e["heading"]) for e in data["unsorted"]}
    assert ("team/day1.md", 11, "점심") in unsorted
    assert ("sabine/bericht.md", 13, "Mittag") in unsorted
