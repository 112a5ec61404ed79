"""One conference under a double name (corpus/double_names.py): "PyCon DE & PyData Berlin
2024" is one event, and notes naming only one half of it join it."""

from __future__ import annotations

from pathlib import Path

import pytest

from factories import list_items


def test_a_double_name_is_one_event_which_notes_naming_a_half_join(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    files = {
        "fa/day1.md": "# یادداشت‌های من از JSConf و NodeConf Amsterdam 2025\n\n"
        "## Signals in the browser — Maryam Rezaei\n\n- signals know who uses them\n\n"
        "## Streams, finally explained — Daniel Cohen\n\n- use pipeline, not pipe\n",
        "he/post.md": "# JSConf Amsterdam 2025 – סיכום\n\n"
        "## Signals in the browser – Maryam Rezaei\n\n- הדמו עבד חלק\n\n"
        "## Accessibility is not a checklist – Noor Al-Amin\n\n- כל הבדיקות עברו\n",
        "pad/hall.md": "# NodeConf Amsterdam 2025 · Main hall\n\n"
        "## Accessibility is not a checklist — Noor Al-Amin\n\n- screen reader demo (ra)\n\n"
        "## Bun vs Node in production — Omar Haddad\n\n- cold starts 3x faster (dk)\n",
    }
    items = list_items(tmp_path, capsys, files)
    assert {item["event"] for item in items} == {"JSConf & NodeConf Amsterdam 2025"}
    assert len(items) == 4


def test_two_conferences_named_in_one_sentence_without_a_joining_word_stay_apart(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    files = {
        "a.md": "# JSConf Amsterdam 2025\n\n## Signals in the browser — Maryam Rezaei\n\n- a\n\n"
        "## Streams, finally explained — Daniel Cohen\n\n- b\n",
        "b.md": "# NodeConf Amsterdam 2025, after JSConf\n\n"
        "## Bun vs Node in production — Omar Haddad\n\n- c\n\n"
        "## Accessibility is not a checklist — Noor Al-Amin\n\n- d\n",
    }
    items = list_items(tmp_path, capsys, files)
    assert {item["event"] for item in items} == {"JSConf Amsterdam 2025", "NodeConf Amsterdam 2025"}
