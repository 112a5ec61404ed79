"""Meetings a series numbers instead of dating ("RIPE 88", "NANOG 91", "IETF 120"): the
acronym and its edition name the event in any language's title, and a folder of minutes pages
is where the notes are kept, never the event's name."""

from __future__ import annotations

from pathlib import Path

import pytest

from factories import list_json
from summit_tui.corpus.event_names import event_phrases

ROUTING = """\
# Routing WG — RIPE 88 Kraków

Wednesday 22 May 2024, 09:00–10:30, main room

## BGP route leaks in practice — Tomasz Nowak
- two leaks a week seen from the collector
- RPKI ROV alone does not catch them

## ASPA deployment status — Ingrid Halvorsen
- three vendors ship it now
"""

RELACJA = """\
# Relacja z RIPE 88 (Kraków, 20–24.05.2024)

## BGP route leaks in practice
Tomasz pokazał dane z kolektorów: dwa wycieki tygodniowo.

## ASPA deployment status
Trzech producentów ma już ASPA.
"""

BERICHT = """\
---
title: "Mein Bericht vom RIPE 88"
date: 2024-05-27
---

## ASPA deployment status
ASPA ist bei drei Herstellern verfügbar.
"""


def test_a_numbered_edition_names_one_event_across_languages(tmp_path: Path, capsys) -> None:
    files = {
        "minutes/notes-ripe-88-routing.md": ROUTING,
        "relacje/ripe88.md": RELACJA,
        "blog/bericht.md": BERICHT,
    }
    data = list_json(tmp_path, capsys, files)
    assert [event["title"] for event in data["events"]] == ["RIPE 88"]
    noted = {
        entry["note"]
        for day in data["events"][0]["days"]
        for track in day["tracks"]
        for item in track["items"]
        for entry in item["entries"]
    }
    assert noted == set(files)


def test_a_folder_of_minutes_is_no_event(tmp_path: Path, capsys) -> None:
    routing = ROUTING.replace("# Routing WG — RIPE 88 Kraków", "# Routing WG")
    dns = "# DNS WG\n\nThursday 23 May 2024, 14:00, side room\n\n## DNSSEC key rollovers\n- ok\n"
    files = {"minutes/routing.md": routing, "minutes/dns.md": dns}
    data = list_json(tmp_path, capsys, files)
    assert all("minutes" not in event["title"].lower() for event in data["events"])


@pytest.mark.parametrize(
    ("title", "event"),
    [
        ("NANOG 91: Kansas City recap", "NANOG 91"),
        ("Lo que nos dejó la ICANN 80 en Kigali", "ICANN 80"),
        ("APNIC 58 報告", "APNIC 58"),
        ("DNSOP @ IETF 121 (2nd session)", "IETF 121"),
        ("[NDC 24] 세션 정리", "NDC 2024"),
    ],
)
def test_an_acronym_and_its_edition_name_the_event(title: str, event: str) -> None:
    assert event_phrases(title) == (event,)


@pytest.mark.parametrize(
    "title",
    [
        "Why RFC 793 still matters",
        "SHA 256 in ten minutes",
        "PEP 695 and generic syntax",
        "Budget: USD 120 per person",
        "H100 with 80 GB",
        "IEEE 802.11 channel plans",
    ],
)
def test_a_document_a_cipher_or_a_sum_is_no_event(title: str) -> None:
    assert event_phrases(title) == ()
    assert event_phrases(title, years=False) == ()


SESSION_PAGE = """\
# DNS WG — RIPE 88

**Sesión II** — jueves, 23 de mayo de 2024, 14:00, sala principal

## DNSSEC key rollovers — Lars Eriksen
- two rollovers this year
"""


def test_a_numbered_session_line_names_no_writer(tmp_path: Path, capsys) -> None:
    data = list_json(tmp_path, capsys, {"minutes/dns.md": SESSION_PAGE})
    authors = {
        entry["author"]
        for event in data["events"]
        for day in event["days"]
        for track in day["tracks"]
        for item in track["items"]
        for entry in item["entries"]
    } | {entry.get("author") for entry in data["unsorted"]}
    assert "Sesión II" not in authors
