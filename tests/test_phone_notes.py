"""Plain phone notes (no Markdown): a line naming a talk by its speaker right over the bullets
of its notes is that talk ("Keynote Name", "Name - topic", "Name topic")."""

from __future__ import annotations

from pathlib import Path

import pytest

from factories import days_by_title, items_of, list_json

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


_GREEKLISH = """DEVit 24 simeiwseis
Savvato 8/6, Vellidio

keynote - Maria Konstantinou
- legacy = kati pou douleuei
- strangler fig > rewrite

Mavridis - postgres san queue
- SKIP LOCKED
- prosoxi sto vacuum

Rust se embedded - Stavros Georgiou
- esp32, no_std
"""


def test_a_greeklish_phone_note_names_its_event_day_and_talks(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = list_json(tmp_path, capsys, {"kinito/devit24.txt": _GREEKLISH})
    assert [event["title"] for event in data["events"]] == ["DEVit 2024"]
    (day,) = data["events"][0]["days"]
    assert day["date"] == "2024-06-08"  # "Savvato 8/6": Saturday, the day before its month
    talks = {item["title"]: item for item in items_of(data)}
    assert set(talks) == {"keynote", "postgres san queue", "Rust se embedded"}
    assert list(talks["Rust se embedded"]["speakers"]) == ["Stavros Georgiou"]
    assert list(talks["postgres san queue"]["speakers"]) == ["Mavridis"]


def test_a_phone_note_of_surnames_alone_needs_a_keynote_among_them(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    talks = "devfest athina\n\nVlachos keynote gemini nano\n- on device\n\n"
    talks += "Savvidis - fonts sto flutter\n- tonoi sta kefalaia\n"
    chores = "Savvato\n\nWork - call the bank\n- ask about fees\n\nHome - fix the sink\n- washer\n"
    data = list_json(tmp_path, capsys, {"a/devfest.txt": talks, "b/chores.txt": chores})
    titles = sorted(item["title"] for item in items_of(data))
    assert titles == ["fonts sto flutter", "keynote gemini nano"]


def test_days_between_a_phone_notes_talks_date_the_talks_below_them(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = "Voxxed Days Thessaloniki 2025\nFri 17/10, old mill\n\n"
    text += "Keynote - Eirini Kalogeropoulou\n- SLOs first\n\nSat 18/10\n\n"
    text += "You probably don't need Kafka - Petros Vasileiou\n- Redis streams\n"
    data = list_json(tmp_path, capsys, {"phone/voxxed.txt": text})
    assert days_by_title(data) == {
        "Keynote": "2025-10-17",
        "You probably don't need Kafka": "2025-10-18",
    }
