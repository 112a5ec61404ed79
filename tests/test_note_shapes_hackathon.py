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


FINALS_POST = """\
# HackUPC 2025 recap

## Saturday

We built all day.

## Finals
We made it through the first round and onto the stage.

Our demo: the parking map loaded in two seconds, the judges asked about privacy.

Then Byte Me's Recicla (bins that read barcodes) got the biggest laugh.
Los Gatos's Parkea (free spots from dashcam video) won the mobility prize.
"""

FINALS_KO = """\
# HackUPC 2025 둘째 날

## 본선
1차 심사를 통과했다.

우리 팀 데모는 무사히 끝났다.

Byte Me의 Recicla(바코드 읽는 분리수거함)는 반응이 좋았다.
Los Gatos의 Parkea(블랙박스로 빈 주차칸 찾기)가 모빌리티 상을 받았다.
"""


def test_each_demo_named_under_a_finals_heading_is_a_talk_by_its_team(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = list_json(
        tmp_path, capsys, {"blog/hackupc.md": FINALS_POST, "ko/hackupc-2025-본선.md": FINALS_KO}
    )
    items = items_by_title(data)
    assert items["Recicla"]["speakers"] == ["Byte Me"]
    assert items["Parkea"]["speakers"] == ["Los Gatos"]
    # each team's line is its own demo, in both notes; the first round is no demo
    for title in ("Recicla", "Parkea"):
        assert len(items[title]["entries"]) == 2
    lines = FINALS_POST.split("\n")
    unsorted = [
        lines[part["line"] - 1] for part in data["unsorted"] if part["note"] == "blog/hackupc.md"
    ]
    assert "## Finals" in unsorted


def test_a_finals_section_naming_one_demo_is_one_section() -> None:
    from summit_tui.corpus.demo_sections import demo_starts

    text = ["Kettu's Routa (bus crowding) won.", "", "The pizza ran out."]
    assert demo_starts(text, 0, len(text)) is None


CEREMONY_EN = """\
- [[HackUPC 2025]] day 1
\t- Opening ceremony 19:00, Vertex
\t\t- 900 hackers, 30 countries
\t\t- the wifi password is on the badge
"""

CEREMONY_ES = """\
---
title: "Crónica de HackUPC 2025"
date: 2025-05-07
---
## Viernes 2 de mayo: la llegada

La ceremonia de apertura empezó a las siete, con 900 hackers.

El taller «Git para equipos» (Nuria Serra) llenó la sala.

## Sábado 3 de mayo: código

Programamos todo el día.

La charla de **Jordi Puig** sobre bases de datos vectoriales fue lo mejor.
"""


def test_the_opening_ceremony_written_in_two_languages_is_one_session(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = list_json(
        tmp_path,
        capsys,
        {"ana/journals/2025_05_02.md": CEREMONY_EN, "pau/cronica.md": CEREMONY_ES},
    )
    items = items_by_title(data)
    ceremonies = [item for item in items.values() if "eremon" in item["title"]]
    assert len(ceremonies) == 1
    assert len(ceremonies[0]["entries"]) == 2
    assert ceremonies[0]["date"] == "2025-05-02"
