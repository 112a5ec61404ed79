"""A `day:` that names no day offers the days the tree shows, never the dates the notes
were posted on (a write-up posted a week later is not a day of the event)."""

from __future__ import annotations

from pathlib import Path

import pytest

from summit_tui import cli

NOTE = """\
---
title: {title}
date: {posted}
author: {author}
---

# PyCon Korea 2026 (2026-11-20)

## 타입 힌트 실전 (박서연)

- {point}
"""


def test_day_choices_are_the_days_items_are_on(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    notes = tmp_path / "notes"
    notes.mkdir()
    for name, posted, author, point in (
        ("a.md", "2026-11-28", "민수", "mypy strict 모드로 전환한 경험"),
        ("b.md", "2026-11-21", "Jisu", "gradual typing, one package at a time"),
    ):
        text = NOTE.format(title="PyCon Korea 2026", posted=posted, author=author, point=point)
        (notes / name).write_text(text, encoding="utf-8")
    cli.main(["search", "--notes", str(notes), "day:9"])
    said = capsys.readouterr().err
    assert "no day '9'; the choices are 2026-11-20" in said
    assert "2026-11-21" not in said and "2026-11-28" not in said
