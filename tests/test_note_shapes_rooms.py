"""Room-centred notes, as a user sees them in `list --json`: headings that name the talk's
room beside its title ("10:00 · A201 · Title", "Title (A201)"), and a volunteer's log of one
room for one day that names no conference but the talks other notes name."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from factories import list_json
from summit_tui.corpus.asciidoc import asciidoc_markdown
from summit_tui.corpus.bold_leads import bold_lead_talk, slot_heading
from summit_tui.corpus.room_codes import split_room

ANA = """\
# PyConES 2025 — sábado 18 de octubre

## 10:00 · A201 · Tipado gradual en proyectos grandes — Lucía Romero
- mypy en modo estricto módulo a módulo
- los stubs de terceros son lo más difícil

## 11:00 · A201 · Observabilidad con OpenTelemetry — Diego Ferrer
- trazas, métricas y logs con un solo SDK

## Comida
Paella en la cafetería.
"""

BRUNO = """\
# PyConES 2025, día 2

Crónica del sábado 18 de octubre de 2025.

## Tipado gradual en proyectos grandes (A201)
Lucía contó cómo migraron 400.000 líneas a tipos.

## Observabilidad con OpenTelemetry (A201) — Diego Ferrer
Demo con Jaeger y Prometheus.

## Async sin dolor — Marta Gil (B105)
Trucos con asyncio.TaskGroup.
"""

ROOM_LOG = """\
# Sala A201 — sábado (voluntaria)

Voluntaria: Irene Soto. Dos micrófonos de mano.

## 10:00 Tipado gradual en proyectos grandes — Lucía Romero
- sala llena, 150 personas
- 6 preguntas

## 11:00 Observabilidad con OpenTelemetry — Diego Ferrer
- 90 personas
- la demo falló una vez

## 12:00 Pruebas de carga con Locust — Pablo Núñez
- 60 personas
"""


def items(data: Any) -> list[tuple[str, str | None, str, set[str]]]:
    """(event id, day, title, notes) of every item."""
    return [
        (event["id"], day["date"], item["title"], {e["note"] for e in item["entries"]})
        for event in data["events"]
        for day in event["days"]
        for track in day["tracks"]
        for item in track["items"]
    ]


def test_a_room_beside_a_title_is_no_part_of_it(tmp_path: Path, capsys) -> None:
    found = items(list_json(tmp_path, capsys, {"ana.md": ANA, "bruno.md": BRUNO}))
    titles = {title: notes for _, _, title, notes in found}
    # the room before the title and the room after it: one talk, in both notes
    assert titles["Tipado gradual en proyectos grandes"] == {"ana.md", "bruno.md"}
    assert titles["Observabilidad con OpenTelemetry"] == {"ana.md", "bruno.md"}
    assert "Async sin dolor" in titles
    # two talks in one room stay two talks
    assert len(found) == 3
    assert not any("A201" in title or "B105" in title for title in titles)


def test_a_room_log_joins_the_event_of_the_talks_it_names(tmp_path: Path, capsys) -> None:
    files = {"ana.md": ANA, "bruno.md": BRUNO, "crew/Sala A201 sábado.md": ROOM_LOG}
    found = items(list_json(tmp_path, capsys, files))
    assert {event for event, *_ in found} == {"pycones-2025"}
    log = "crew/Sala A201 sábado.md"
    by_title = {title: (day, notes) for _, day, title, notes in found}
    # the talks it shares with the others are the others' items, on the day it names
    assert by_title["Tipado gradual en proyectos grandes"] == (
        "2025-10-18",
        {"ana.md", "bruno.md", log},
    )
    assert log in by_title["Observabilidad con OpenTelemetry"][1]
    # a talk only the volunteer heard is on that day too
    assert by_title["Pruebas de carga con Locust"] == ("2025-10-18", {log})


def test_a_log_sharing_one_title_stays_apart(tmp_path: Path, capsys) -> None:
    # one shared title ("Opening keynote …") may be any conference's: not enough
    lone = "# Sala 3 — viernes\n\n## 10:00 Tipado gradual en proyectos grandes — Lucía Romero\n"
    found = items(list_json(tmp_path, capsys, {"ana.md": ANA, "crew/log.md": lone}))
    events = {event for event, _, _, notes in found if "crew/log.md" in notes}
    assert "pycones-2025" not in events


@pytest.mark.parametrize(
    ("heading", "title", "room"),
    [
        ("D105 · Maintainers are not a supply chain", "Maintainers are not a supply chain", "D105"),
        ("[E112] Accessibility in GNOME", "Accessibility in GNOME", "E112"),
        ("H.1302 — Rust in Firefox", "Rust in Firefox", "H.1302"),
        ("UB2.252A: Nix flakes", "Nix flakes", "UB2.252A"),
        ("Serving LLMs on a budget (Room 3)", "Serving LLMs on a budget", "Room 3"),
        ("Kotlin 2.0 (Hall B)", "Kotlin 2.0", "Hall B"),
        ("스프링 배치 튜닝 (301호)", "스프링 배치 튜닝", "301호"),
        # a room opening the heading in any case or script, bracketed with spaces inside
        ("[ A-112 ] Gradual typing", "Gradual typing", "A-112"),
        ("SÁL D · Praktický Rust", "Praktický Rust", "SÁL D"),
        ("místnost E104 — Linux na desktopu", "Linux na desktopu", "místnost E104"),
        ("강의실 2: 쿠버네티스 입문", "쿠버네티스 입문", "강의실 2"),
        ("301호 · 스프링 배치 튜닝", "스프링 배치 튜닝", "301호"),
        ("Rust in Firefox · H.1302", "Rust in Firefox", "H.1302"),
        # no room: a year, a version, a product, a word that starts like a room's
        ("Modern JavaScript (ES2015)", "Modern JavaScript (ES2015)", None),
        ("Python 3.12 (PEP 703)", "Python 3.12 (PEP 703)", None),
        ("Salt: config management at scale", "Salt: config management at scale", None),
        ("Room Service: a story", "Room Service: a story", None),
        ("C64-pikseligrafiikka ennen ja nyt", "C64-pikseligrafiikka ennen ja nyt", None),
        ("CEO keynote (KEY001)", "CEO keynote (KEY001)", None),
        ("(D105)", "(D105)", None),
    ],
)
def test_split_room(heading: str, title: str, room: str | None) -> None:
    assert split_room(heading) == (title, room)


TEAM_DOC = """\
Java Forum Nord 2025 — Teamnotizen

Gemeinsames Dokument, jeder schreibt unter den Slot, in dem er war. Hannover, 18. September 2025.

# Donnerstag 18. September

## Slot 10:15

**R2.04 — Virtual Threads im Praxiseinsatz (Sabine Krüger)** · Jonas

Pinning bei synchronized ist das größte Problem. JFR zeigt es an.

**R3.01 — Spring Modulith ohne Schmerzen (Emre Yilmaz)** · Lea

Module als Pakete, Events zwischen Modulen, Tests pro Modul.

## Slot 11:30

**R2.04 — Podiumsdiskussion: KI im Code-Review (moderiert von Anke Brandt)** · Jonas

Wer den Beitrag schickt, verantwortet ihn.

# Offene Punkte

- Jonas: JFR-Profil für unseren Dienst
"""

BLOG_DAY = """\
# Java Forum Nord 2025, mein Tag

10:15 — zwei Räume, eine Wahl
-----------------------------

Um 10:15 liefen zwei Vorträge gleichzeitig. Ich war erst hier, dann dort.

**Virtual Threads im Praxiseinsatz** (Sabine Krüger, R2.04)

- Pinning bei synchronized vermeiden
- Thread-Dumps werden riesig

**Spring Modulith ohne Schmerzen** (Emre Yilmaz, R3.01)

Die zweite Hälfte: Events zwischen Modulen.
"""


def test_bold_talks_under_a_slot_heading_are_talks(tmp_path: Path, capsys) -> None:
    files = {"team/Java Forum Nord 2025 - Teamnotizen.md": TEAM_DOC, "blog/tag.md": BLOG_DAY}
    data = list_json(tmp_path, capsys, files)
    found = {title: notes for _, _, title, notes in items(data)}
    both = {"team/Java Forum Nord 2025 - Teamnotizen.md", "blog/tag.md"}
    # the room before the bold title and the writer after it are neither title nor speaker
    assert found["Virtual Threads im Praxiseinsatz"] == both
    assert found["Spring Modulith ohne Schmerzen"] == both
    assert "Podiumsdiskussion: KI im Code-Review" in found
    speakers = {
        item["title"]: item["speakers"]
        for event in data["events"]
        for day in event["days"]
        for track in day["tracks"]
        for item in track["items"]
    }
    assert speakers["Virtual Threads im Praxiseinsatz"] == ["Sabine Krüger"]
    assert speakers["Podiumsdiskussion: KI im Code-Review"] == ["Anke Brandt"]
    # each talk keeps the paragraph under its bold line
    team = next(
        e
        for event in data["events"]
        for day in event["days"]
        for track in day["tracks"]
        for item in track["items"]
        if item["title"] == "Spring Modulith ohne Schmerzen"
        for e in item["entries"]
        if e["note"].startswith("team/")
    )
    assert team["line"] == 13
    # the slot's own line and the writer's remark before the talks are about no talk
    assert "Virtual Threads im Praxiseinsatz" not in {u["heading"] for u in data["unsorted"]}


@pytest.mark.parametrize(
    ("line", "talk"),
    [
        ("**D105 — Podman Desktop (Jana Králová)** · Marek", ("Podman Desktop", "Jana Králová")),
        ("**Rust in the kernel** (Ondřej Svoboda, E104)", ("Rust in the kernel", "Ondřej Svoboda")),
        ("**Panel: AI policy (moderated by Radek Černý)**", ("Panel: AI policy", "Radek Černý")),
        # a panelist, a bold sentence, a bold title naming nobody: no talk's line
        ("**Jane Doe** (Google)", None),
        ("**This was the best talk.** I liked it", None),
        ("**Takeaways**", None),
    ],
)
def test_bold_lead_talk(line: str, talk: tuple[str, str] | None) -> None:
    assert bold_lead_talk(line) == talk


def test_slot_heading() -> None:
    # a slot's time alone: one bold talk line is its talk; more words: two are needed
    assert slot_heading("Slot 11:30") == 1
    assert slot_heading("14:00–15:30") == 1
    assert slot_heading("10:30 — rozhodování mezi třemi sály") == 2
    assert slot_heading("10:30 Panel: the future of packaging") == 2
    assert slot_heading("Podman Desktop for newcomers") == 0
    assert slot_heading("2024.06.13") == 0
    # a slot's word in any case and language, its time after it; a numbered title is none
    assert slot_heading("TIME SLOT 9.30") == 1
    assert slot_heading("Créneau de 10h30") == 1
    assert slot_heading("Zeitfenster 14:00 – 15:30") == 1
    assert slot_heading("시간대 13:00") == 1
    assert slot_heading("9:30") == 1
    assert slot_heading("1. Rust in the kernel") == 0
    assert slot_heading("12. Bloom filters at scale") == 0


def test_one_bold_line_under_a_talk_heading_is_no_talk(tmp_path: Path, capsys) -> None:
    note = (
        "# Java Forum Nord 2025\n\n## 10:15 Panel: KI im Code-Review\n\n"
        "**Moderation** (Anke Brandt)\n\nWer den Beitrag schickt, verantwortet ihn.\n"
    )
    found = {title for _, _, title, _ in items(list_json(tmp_path, capsys, {"a.md": note}))}
    assert found == {"KI im Code-Review"}  # the panel, whole, not a talk called "Moderation"


JBAKE_POST = """\
= FOSDEM 2025: Sunday in the Rust devroom
Noor Haddad <noor@example.org>
2025-02-06
:jbake-type: post
:jbake-tags: fosdem, rust, embedded
:toc:

Sunday was all Rust for me.

== Morning

=== 10:00, H.1302: Embedded Rust without the heap (Lars Eriksen)

Lars showed `heapless` collections on a board with 64 KB of RAM.

[source,rust]
----
== not a heading: a line of code
let v: heapless::Vec<u8, 8> = heapless::Vec::new();
----

////
== a comment, not a section
////

=== Async on microcontrollers — Mei Tanaka

. Embassy executors
. interrupts as wakers

== Lunch

Waffles.
"""

FOSDEM_MD = """\
---
title: "FOSDEM 2025, Rust devroom"
date: 2025-02-02
---

## Embedded Rust without the heap — Lars Eriksen (H.1302)
- heapless collections

## Async on microcontrollers — Mei Tanaka
- Embassy
"""


def test_an_asciidoc_post_is_read_line_for_line(tmp_path: Path, capsys) -> None:
    files = {"jbake/content/blog/rust-sunday.adoc": JBAKE_POST, "md/fosdem.md": FOSDEM_MD}
    data = list_json(tmp_path, capsys, files)
    post = "jbake/content/blog/rust-sunday.adoc"
    entries = {
        item["title"]: (day["date"], {e["note"]: e["line"] for e in item["entries"]})
        for event in data["events"]
        for day in event["days"]
        for track in day["tracks"]
        for item in track["items"]
    }
    # its sections are the talks the other note names, on that note's day, at their lines
    assert entries["Embedded Rust without the heap"] == (
        "2025-02-02",
        {post: 12, "md/fosdem.md": 6},
    )
    assert entries["Async on microcontrollers"][1][post] == 26
    # a section title inside a listing or a comment block is no heading
    assert not any("heading" in title or "comment" in title for title in entries)
    assert {event["id"] for event in data["events"]} == {"fosdem-2025"}
    unsorted = {u["heading"] for u in data["unsorted"] if u["note"] == post}
    assert "Lunch" in unsorted


def test_asciidoc_markdown_keeps_every_line() -> None:
    markdown = asciidoc_markdown(JBAKE_POST)
    lines = markdown.split("\n")
    assert len(lines) == len(JBAKE_POST.split("\n"))
    assert lines[:6] == [
        "---",
        'title: "FOSDEM 2025: Sunday in the Rust devroom"',
        'author: "Noor Haddad"',
        'date: "2025-02-06"',
        'tags: ["fosdem", "rust", "embedded"]',
        "---",
    ]
    assert lines[9] == "## Morning"
    assert lines[16] == "```" and lines[17].startswith("== not a heading")
    # a title alone, without a header to hold frontmatter: a heading
    assert asciidoc_markdown("= Notes\n\n== Day 1\n").split("\n") == ["# Notes", "", "## Day 1", ""]
