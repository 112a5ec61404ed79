"""A hackathon participant's own demo ("Unsere Demo: …", "Our demo: …", "私たちのデモでは…")
names neither its team nor its project: it is the demo another note gives of the team the
post introduces. The awards ceremony is the closing, unless one note tells them apart."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from factories import items_by_title, items_of, line_of, list_json


def item_of(data: dict[str, Any], note: str, line: int) -> str | None:
    """The title of the item holding the entry of ``note`` that starts at ``line`` (None:
    unsorted)."""
    for item in items_of(data):
        if any(e["note"] == note and e["line"] == line for e in item["entries"]):
            return item["title"]
    assert any(e["note"] == note and e["line"] == line for e in data["unsorted"])
    return None


JURY = """\
# Hack the Rhine 2025 — jury notes, 6 April 2025

Finals in the main hall, 14:00. Four judges, scores out of 20.

### Kiezkoder — Ladeplan
Charging slots for shared e-bikes. Strong data, dry pitch.

### Blaubeere — Pfandfinder
An app that maps deposit bottles left on benches for collectors. Moving demo, thin case.

### Rheinwerk — Flutwarner
Flood alerts for basement flats from river gauges. Solid, but the demo crashed once.

## Closing ceremony
Awards read out at 17:00.
"""

POST = """\
---
title: "Hack the Rhine 2025: zwei Nächte am Rhein"
date: 2025-04-06
author: Lena Vogt
---
Letztes Wochenende waren wir beim Hack the Rhine 2025 in Köln, als Team **Blaubeere**.

## Samstag: die Idee

Nach der Eröffnung haben wir die Stadt-Challenge gewählt. Unsere Idee: **Pfandfinder**,
eine Karte für Pfandflaschen auf Parkbänken.

## Finale

Wir sind ins Finale gekommen!

Unsere Demo: Jonas hat live eine Flasche auf der Bühne eingetragen, die Jury hat nach
Datenschutz gefragt.

**Kiezkoder** — **Ladeplan**: Ladeplätze für Leih-E-Bikes, sehr gute Daten.

**Rheinwerk** — **Flutwarner**: Hochwasserwarnung für Kellerwohnungen, die Demo ist einmal
abgestürzt.
"""


def test_the_writer_s_own_demo_joins_the_demo_of_the_team_the_post_introduces(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = list_json(tmp_path, capsys, {"jury/finale.md": JURY, "blog/rhein.md": POST})
    own = item_of(data, "blog/rhein.md", line_of(POST, "Unsere Demo:"))
    assert own is not None and "Pfandfinder" in own
    item = items_by_title(data)[own]
    assert {entry["note"] for entry in item["entries"]} == {"jury/finale.md", "blog/rhein.md"}
    # the other teams' lines stay their own demos
    assert "Ladeplan" in str(item_of(data, "blog/rhein.md", line_of(POST, "**Kiezkoder**")))
    assert "Flutwarner" in str(item_of(data, "blog/rhein.md", line_of(POST, "**Rheinwerk**")))


def test_an_own_demo_stays_apart_when_the_post_names_two_teams_it_could_be(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    unsure = POST.replace(
        "als Team **Blaubeere**.",
        "als Team **Blaubeere**, am Tisch neben den Leuten von Flutwarner.",
    ).replace(
        "**Rheinwerk** — **Flutwarner**: Hochwasserwarnung für Kellerwohnungen, die Demo ist "
        "einmal\nabgestürzt.\n",
        "",
    )
    data = list_json(tmp_path, capsys, {"jury/finale.md": JURY, "blog/rhein.md": unsure})
    assert item_of(data, "blog/rhein.md", line_of(unsure, "Unsere Demo:")) == "Unsere Demo"


AWARDS_KO = """\
# Hack the Rhine 2025 참가 후기

# 1일차 (4월 5일 토)

## 오프닝
주최 측 인사와 챌린지 소개가 있었다.

# 2일차 (4월 6일 일)

## 시상식
Blaubeere가 관객상을 받았다. 우리 팀은 수상하지 못했지만 좋은 경험이었다.
"""

SUNDAY = """\
# Hack the Rhine 2025 — Sunday 6 April 2025

## Closing ceremony
The organisers thanked the volunteers and read out the prizes.
"""

BOTH = """\
# Hack the Rhine 2025 — Sunday 6 April 2025

## Awards ceremony
The sponsors handed out their prizes one by one, which took an hour.

## Closing ceremony
The organisers thanked the volunteers and announced next year's dates.
"""


def test_the_awards_ceremony_of_a_day_is_its_closing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = list_json(tmp_path, capsys, {"ko/후기.md": AWARDS_KO, "en/sunday.md": SUNDAY})
    awards = item_of(data, "ko/후기.md", line_of(AWARDS_KO, "## 시상식"))
    assert awards is not None
    assert awards == item_of(data, "en/sunday.md", line_of(SUNDAY, "## Closing ceremony"))


def test_an_awards_ceremony_a_note_tells_from_the_closing_stays_apart(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = list_json(tmp_path, capsys, {"ko/후기.md": AWARDS_KO, "en/sunday.md": BOTH})
    awards = item_of(data, "en/sunday.md", line_of(BOTH, "## Awards"))
    closing = item_of(data, "en/sunday.md", line_of(BOTH, "## Closing"))
    assert awards is not None and closing is not None and awards != closing
    assert item_of(data, "ko/후기.md", line_of(AWARDS_KO, "## 시상식")) == awards
