"""A year written short in one note's title and whole in another's is the same number: the
same talk ("… history 89–99" and "… historia 1989–1999"), not its next part."""

from __future__ import annotations

from pathlib import Path

import pytest

from factories import items_of, list_json
from summit_tui.corpus.infer import _same_numbers

_FI = """# Assembly Summer 2024 – päiväkirja, osa 3

Lauantai 3.8.2024

## klo 14.00 "Game jam postmortem" – Noora Lahtinen

- Godot → Unity → Godot.

## klo 00.30 "Suomen demoskenen historia 1989–1999" – Pekka Saarinen

- Ensimmäiset Assemblyt pidettiin koulujen liikuntasaleissa.
"""

_EN = """# Assembly Summer 2024 notes

Saturday 3 August 2024

## Game jam postmortem (Noora Lahtinen)

- switched engines twice

## Sat night ~00:30 — Finnish demoscene history 89–99 (Pekka Saarinen)

- first parties in school gyms
"""


def test_a_year_written_short_is_the_same_talk(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = list_json(tmp_path, capsys, {"fi/osa-3.md": _FI, "en/notes.md": _EN})
    by_speaker = {tuple(item["speakers"]): item for item in items_of(data)}
    history = by_speaker[("Pekka Saarinen",)]
    assert {e["note"] for e in history["entries"]} == {"fi/osa-3.md", "en/notes.md"}


def test_short_and_whole_years_are_the_same_numbers_other_numbers_are_not() -> None:
    assert _same_numbers("finnish demoscene history 89 99", "suomen demoskenen 1989 1999")
    assert _same_numbers("pycon 24 recap", "pycon 2024 recap")
    assert not _same_numbers("caching at scale part 1", "caching at scale part 2")
    assert not _same_numbers("history 89 99", "history 1990 1999")
