"""Plain phone notes (no Markdown): a line naming a talk by its speaker right over the bullets
of its notes is that talk ("Keynote Name", "Name - topic", "Name topic")."""

from __future__ import annotations

from pathlib import Path

import pytest

from factories import items_of, list_json

_PHONE = """Kesäyö Jam Tampere 14 kesä
iso sali, istuin takarivissä

Keynote Marja Koski
- demot = taidetta tiukoilla säännöillä
- skene vanhenee

Linnea Berg - game jam lapsille
- 200 lasta, Scratch ja Godot

Mihai Suciu postgres
- explain analyze buffers

muista: osta uusi laturi
"""


def test_each_line_over_bullets_naming_a_speaker_is_a_talk(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = list_json(tmp_path, capsys, {"puhelin/kesayo.md": _PHONE})
    talks = {item["title"]: item for item in items_of(data)}
    assert set(talks) == {"Keynote", "game jam lapsille", "postgres"}
    assert list(talks["Keynote"]["speakers"]) == ["Marja Koski"]
    assert list(talks["game jam lapsille"]["speakers"]) == ["Linnea Berg"]
    assert list(talks["postgres"]["speakers"]) == ["Mihai Suciu"]
    assert [e["line"] for e in talks["Keynote"]["entries"]] == [4]


def test_a_shopping_list_is_no_talk(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = "Ostoslista\n\nmaito ja leipä\n- 2 l\n\nkahvi\n- tumma paahto\n"
    assert items_of(list_json(tmp_path, capsys, {"puhelin/lista.md": text})) == []
