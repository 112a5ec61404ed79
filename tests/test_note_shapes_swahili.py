"""Notes written in Swahili: a report's day headings ("## Siku ya Pili — Jumatano, 12 Novemba",
"## Siku ya Kwanza") are days, not talks, and the talks under them are on those days; a closing
"## Hitimisho" (conclusion) is no talk."""

from __future__ import annotations

from pathlib import Path

import pytest

from factories import days_by_title, list_json
from summit_tui.corpus.dates import LAST_DAY, day_number

DATED_DAYS = """\
---
title: "Yaliyojiri PyCon Tanzania 2025 jijini Arusha"
date: 2025-11-20
---

Nilihudhuria PyCon Tanzania 2025 (11–13 Novemba) pamoja na wenzangu kutoka Mwanza.

## Siku ya Kwanza — Jumanne, 11 Novemba

### Hotuba kuu: Python kwa kilimo (Dkt. Neema Mollel)

Alionyesha jinsi wakulima wanavyotumia simu kupima unyevu wa udongo.

## Siku ya Pili — Jumatano, 12 Novemba

### Warsha: Django kwa wanaoanza

Tulijenga tovuti ndogo ya duka la vitabu hatua kwa hatua.

### Mhadhara: Data za wazi za serikali (Bw. Ally Hamisi)

Alieleza namna ya kupata data za bajeti kutoka tovuti za serikali.

## Hitimisho

Mkutano ulikuwa mzuri sana. Asanteni waandaaji!
"""

COUNTED_DAYS = """\
# Maelezo yangu kutoka Open Source Summit Nairobi 2025 (3–5 Machi 2025)

## Siku ya kwanza

### Usalama wa programu huria (Bi. Wanjiru Kamau)

Alizungumzia jinsi ya kuhakiki vifurushi kabla ya kuvitumia.

## Siku ya tatu

### Kubuni API zinazodumu

Mifano mingi kutoka kwa benki za simu.

## Muhtasari

Nitarudi mwakani.
"""


def test_swahili_day_headings_are_days_and_their_talks_are_on_them(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = list_json(tmp_path, capsys, {"pycon-tz.md": DATED_DAYS})
    assert days_by_title(data) == {
        "Hotuba kuu: Python kwa kilimo": "2025-11-11",
        "Warsha: Django kwa wanaoanza": "2025-11-12",
        "Mhadhara: Data za wazi za serikali": "2025-11-12",
    }


def test_swahili_counted_days_date_their_talks(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = list_json(tmp_path, capsys, {"oss-nairobi.md": COUNTED_DAYS})
    assert days_by_title(data) == {
        "Usalama wa programu huria": "2025-03-03",
        "Kubuni API zinazodumu": "2025-03-05",
    }


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Siku ya Kwanza — Jumatatu, 2 Septemba", 1),
        ("## Siku ya Pili", 2),
        ("Indaba siku ya 3 - Jumatano", 3),
        ("siku ya nne", 4),
        ("Siku ya mwisho: tuzo", LAST_DAY),
        ("Tulikaa siku tatu Mombasa", None),  # "three days", no day of the event
        ("Siku ya Uhuru", None),  # Independence Day
    ],
)
def test_swahili_day_numbers(text: str, number: int | None) -> None:
    assert day_number(text) == number
