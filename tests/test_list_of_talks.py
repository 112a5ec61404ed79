"""A note written as a title over one list of the talks, each a bold title and its speaker
with the notes nested under it: each item is a talk, as a heading would be."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.factories import item_of_line, items_of, line_of, list_json

_DASHES = """\
# PyConFR 2024 - my notes

Nov 2, 2024, Strasbourg. Three talks before lunch.

- **Async without pain** — Léa Martin
  - TaskGroup > gather
  - nested timeouts are tricky
- **Typing your DataFrames** — Hugo Bernard
  - pandera schemas
- **Packaging in 2024** — Camille Dubois
  - uv, uv, uv

Lunch was great, then I left for the train.
"""

_NUMBERED = """\
DevFest Seoul 2024 메모 (11월 9일)

1. **Gemini API 실전** (한승우)
   - 함수 호출로 사내 API 연결
2. **Compose 성능 튜닝** (이수진)
   - 리컴포지션 횟수부터 측정
"""

_TAKEAWAYS = """\
# Async without pain (Léa Martin) — PyConFR 2024

- **TaskGroup** — better than gather
  - cancels the siblings on error
- **Timeouts** — nested ones are tricky
  - use one outer timeout
- **Trio** — she likes it
  - asyncio is enough though
"""


def _talks(tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str) -> dict:
    data = list_json(tmp_path, capsys, {"note.md": text})
    return {item["title"]: item["speakers"] for item in items_of(data)}


def test_bold_titles_with_a_dash_and_speaker_over_nested_notes_are_talks(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = list_json(tmp_path, capsys, {"note.md": _DASHES})
    talks = {item["title"]: item["speakers"] for item in items_of(data)}
    assert talks == {
        "Async without pain": ["Léa Martin"],
        "Typing your DataFrames": ["Hugo Bernard"],
        "Packaging in 2024": ["Camille Dubois"],
    }
    (day,) = data["events"][0]["days"]
    assert day["date"] == "2024-11-02"
    # the closing line after the list is no part of the last talk
    assert item_of_line(data)[line_of(_DASHES, "Lunch was great")] is None


def test_a_numbered_list_with_speakers_in_brackets_under_a_plain_title_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _talks(tmp_path, capsys, _NUMBERED) == {
        "Gemini API 실전": ["한승우"],
        "Compose 성능 튜닝": ["이수진"],
    }


def test_a_talks_takeaways_in_bold_are_not_talks(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert list(_talks(tmp_path, capsys, _TAKEAWAYS)) == ["Async without pain"]
