"""Sections that say where or when a talk was: a heading that names only an event ("##
DjangoCon US 2024") over the one talk the writer saw there is that talk's context, and a day's
heading that says what its sessions were ("## Viernes 4: talleres") is that day."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.factories import days_by_title, items_of, list_json

_YEAR = """\
# Conference notes 2024

## EuroPython 2024

### Rust for Pythonistas — Ana Lima
- PyO3 + maturin

### Free-threaded CPython in practice (Sam Gross)
- nogil builds, what breaks

## DjangoCon US 2024

### Django and htmx — Carlton Gibson
- partials, template fragments
"""


def test_one_talk_under_a_heading_naming_only_its_event_is_the_entry(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = list_json(tmp_path, capsys, {"notes.md": _YEAR})
    titles = {item["title"]: item["speakers"] for item in items_of(data)}
    assert titles["Django and htmx"] == ["Carlton Gibson"]
    assert "DjangoCon US 2024" not in titles


_SPANISH = """\
---
title: "Mi crónica de la PyConES 2024"
date: 2024-10-10
---

La PyConES 2024 fue en Vigo, del 4 al 6 de octubre.

## Viernes 4: talleres

### Taller: Polars desde cero (Marta Soler)
- lazy frames, expresiones

## Sábado 5

### Charla: Tipado gradual en proyectos grandes (Iria Castro)
- mypy --strict por módulos
"""


def test_a_day_heading_that_says_what_its_sessions_were_is_that_day(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = list_json(tmp_path, capsys, {"es.md": _SPANISH})
    assert days_by_title(data) == {
        "Polars desde cero": "2024-10-04",
        "Tipado gradual en proyectos grandes": "2024-10-05",
    }
