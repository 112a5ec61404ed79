"""Which title an item shows when its notes write the talk in different languages and none
is written by more notes than another: the one in Latin letters (most often the programme's
own), unless it is a phone's lower-case shorthand or cut off inside its brackets."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.factories import items_of, list_json

_EN = """\
# GopherCon EU 2024 — day 2

## Structured logging with slog (Jonathan Amsterdam)

- write your own Handler, it is short
- group attributes early to save allocations
"""

_FA = """\
# یادداشت‌های GopherCon EU 2024 — روز دوم

## لاگ ساختاریافته با slog (Jonathan Amsterdam)

- نوشتن Handler ساده است
- گروه‌بندی زودهنگام ویژگی‌ها
"""

_HE = """\
# סיכום GopherCon EU 2024 — יום 2

## לוגים מובנים עם slog (Jonathan Amsterdam)

- לכתוב Handler זה קצר
- לקבץ מאפיינים מוקדם
"""

_GREEK = """\
# PyCon Greece 2025 — μέρα 1

## ΤΥΠΟΙ ΣΤΗΝ PYTHON ΧΩΡΙΣ ΠΟΝΟ (Ευαγγελία Παπαναστασίου)

- mypy strict σταδιακά
"""

_PHONE = """\
# PyCon Greece 2025 — day 1

## typoi stin python (Papanastasiou)

- mypy strict gradually
"""


def _titles(tmp_path: Path, capsys: pytest.CaptureFixture[str], files: dict[str, str]) -> dict:
    data = list_json(tmp_path, capsys, files)
    return {item["title"]: sorted(e["note"] for e in item["entries"]) for item in items_of(data)}


def test_a_talk_written_in_three_scripts_shows_its_latin_title(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    titles = _titles(tmp_path, capsys, {"fa.md": _FA, "he.md": _HE, "en.md": _EN})
    assert titles == {"Structured logging with slog": ["en.md", "fa.md", "he.md"]}


def test_a_lower_case_shorthand_does_not_win_over_a_title_in_another_script(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    titles = _titles(tmp_path, capsys, {"el.md": _GREEK, "phone.md": _PHONE})
    assert list(titles) == ["ΤΥΠΟΙ ΣΤΗΝ PYTHON ΧΩΡΙΣ ΠΟΝΟ"]


def test_a_title_cut_off_inside_its_brackets_does_not_win(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cut = _EN.replace(
        "## Structured logging with slog (Jonathan Amsterdam)",
        "## Structured logging with slog (and why (Jonathan Amsterdam)",
    )
    titles = _titles(tmp_path, capsys, {"fa.md": _FA, "en.md": cut})
    assert list(titles) == ["لاگ ساختاریافته با slog"]


def test_a_title_left_in_lower_case_by_its_event_prefix_takes_the_capital_another_note_writes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    post = (
        '---\ntitle: "PyConFR 2024 : l\'asynchrone sans douleur"\nspeakers: [Léa Martin]\n'
        "date: 2024-11-02 10:00:00 +0100\n---\n\nSuper talk sur asyncio.\n\n- TaskGroup\n"
    )
    day = (
        "# PyConFR 2024 — samedi 2 novembre\n\n## L'asynchrone sans douleur (Léa Martin)\n\n"
        "- TaskGroup, timeouts\n\n## Packaging en 2024 (Camille Dubois)\n\n- uv partout\n"
    )
    for order in (("a.md", "b.md"), ("b.md", "a.md")):
        files = dict(zip(order, (post, day), strict=True))
        titles = _titles(tmp_path / order[0], capsys, files)
        assert "L'asynchrone sans douleur" in titles, order
