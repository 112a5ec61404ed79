"""A section named for a meal and the booths ("Lunch and booths", "ناهار و غرفه‌ها") is a
break, not a booth named after it (corpus/heading_kinds.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from factories import list_items
from summit_tui.corpus.heading_kinds import context_kind, generic_heading, meal_then_booths
from summit_tui.corpus.model import EntryKind


@pytest.mark.parametrize(
    "heading", ["Lunch and booths", "ناهار و غرفه‌ها", "Öğle arası ve stantlar"]
)
def test_a_meal_then_booths_is_a_break(heading: str) -> None:
    assert meal_then_booths(heading)
    assert generic_heading(heading) == "break"


@pytest.mark.parametrize("heading", ["Booths after lunch", "غرفه‌ها", "Stantlar", "Allegro booth"])
def test_booths_first_are_still_booths(heading: str) -> None:
    assert not meal_then_booths(heading)
    assert context_kind(heading) is EntryKind.BOOTH


def test_a_lunch_and_booths_section_makes_no_booth(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    note = (
        "# گزارش PyData Berlin 2024\n\n## Type hints at scale — Jonas Weber\n\n- mypy strict\n\n"
        "## DuckDB for the impatient — Marieke de Vries\n\n- parquet\n\n"
        "## ناهار و غرفه‌ها\n\nناهار خوب بود. چند غرفه را دیدم ولی یادداشت برنداشتم.\n"
    )
    items = list_items(tmp_path, capsys, {"fa.md": note})
    assert sorted(item["title"] for item in items) == [
        "DuckDB for the impatient",
        "Type hints at scale",
    ]


def test_booths_listed_under_lunch_and_booths_are_booths(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    note = (
        "# PyData Berlin 2024\n\n## Type hints at scale — Jonas Weber\n\n- mypy strict\n\n"
        "## DuckDB for the impatient — Marieke de Vries\n\n- parquet\n\n"
        "## Lunch and booths\n\n- **JetBrains**: free licences for students\n"
        "- **Anaconda**: stickers and a raffle\n"
    )
    items = list_items(tmp_path, capsys, {"en.md": note})
    assert {"JetBrains", "Anaconda"} <= {item["title"] for item in items}
