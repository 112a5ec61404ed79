"""A hackathon judge's notes: a section per team's demo, then the jury's deliberation, which
is about no demo."""

from __future__ import annotations

from pathlib import Path

import pytest

from factories import items_by_title, list_json

JUDGING = """\
# HackUPC 2025: jury notes, Sunday

Sunday 4 May 2025, Vertex auditorium. Scores out of 20.

### Byte Me — Recicla
Sorting bins that read the barcode. Good pitch, shaky demo.

### Los Gatos — Parkea
Free parking spots from dashcam video. Impressive data work.

## Deliberation
Parkea wins the mobility prize, Recicla gets the sustainability mention.
"""


def test_a_jury_s_deliberation_is_no_demo(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = list_json(tmp_path, capsys, {"jury/hackupc-sunday.md": JUDGING})
    items = items_by_title(data)
    assert len(items) == 2
    assert not any("Deliberation" in title for title in items)
    assert any("Parkea" in title for title in items)
    deliberation = JUDGING.split("\n").index("## Deliberation") + 1
    assert deliberation in [part["line"] for part in data["unsorted"]]
