"""`check` says nothing about a workshop's numbered parts ("Deel 2: …") folded into it: they are
parts of that workshop, not talks of their own; a heading naming another speaker still warns."""

from __future__ import annotations

from pathlib import Path

import pytest

from factories import run_cli

WORKSHOP = """\
---
title: "Workshop: Flutter van nul tot winkel (Devoxx Belgium 2025)"
date: 2025-10-06
---

Op de workshopdag koos ik **Flutter van nul tot winkel** met Sanne de Wit, een hele dag met laptop.

## Installatie

Een uur kwijt aan emulators en certificaten.

## Deel 1: widgets en state

Eén scherm met Riverpod, daarna navigatie met go_router.

## Deel 2: Flutter Web

Hetzelfde scherm in de browser; de eerste laadtijd viel tegen.

## Samenvatting

Goede workshop, te veel installatie.
"""


def _check(tmp_path: Path, capsys: pytest.CaptureFixture[str], body: str) -> str:
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "flutter-workshop.md").write_text(body, encoding="utf-8")
    _, out, err = run_cli(capsys, "check", "--notes", str(notes))
    return out + err


def test_a_workshops_numbered_parts_are_no_folded_talks(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = _check(tmp_path, capsys, WORKSHOP)
    assert "folded into it" not in out
    assert "Deel 2" not in out


def test_a_heading_naming_another_speaker_inside_a_talk_still_warns(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = _check(
        tmp_path,
        capsys,
        WORKSHOP.replace("## Deel 2: Flutter Web", "## Flutter Web in productie (Joris Peeters)"),
    )
    assert "folded into it: 'Flutter Web in productie (Joris Peeters)'" in out


# A phone note from another conference: the talks as plain lines with their hour and speaker.
PHONE = """\
Øredev dag 2
09:30 Testa i produktion - Sofia Lindgren
feature flags överallt
10:45 Rust för Java-utvecklare - Johan Ek
borrow checker = lint som aldrig sover
lunch med Karin
"""
# The same lines under headings that name parts of the day: the note is read by its headings
# and the lines stay unsorted
UNDER_PARTS_OF_DAY = PHONE.replace("Øredev dag 2\n", "Øredev dag 2\n\n## Förmiddag\n\n").replace(
    "lunch med Karin", "\n## Eftermiddag\n\nlunch med Karin"
)


def test_a_phone_notes_timed_lines_are_talks_and_no_lost_ones(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = _check(tmp_path, capsys, PHONE)
    assert "with an hour, a title and a speaker" not in out
    _, listed, _ = run_cli(capsys, "list", "--json", "--notes", str(tmp_path / "notes"))
    assert "Testa i produktion" in listed.split('"unsorted"')[0]
    assert "Rust för Java-utvecklare" in listed.split('"unsorted"')[0]


def test_a_wholly_unsorted_note_of_timed_talk_lines_is_reported_with_advice_that_works(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = _check(tmp_path, capsys, UNDER_PARTS_OF_DAY)
    assert "2 line(s) with an hour, a title and a speaker" in out
    assert "'09:30 Testa i produktion - Sofia Lindgren'" in out
    # what the advice says to write makes them talks
    fixed = UNDER_PARTS_OF_DAY.replace("09:30", "## 09:30").replace("10:45", "## 10:45")
    (tmp_path / "notes" / "flutter-workshop.md").write_text(fixed, encoding="utf-8")
    _, listed, _ = run_cli(capsys, "list", "--json", "--notes", str(tmp_path / "notes"))
    assert "Testa i produktion" in listed and "Rust för Java-utvecklare" in listed
    assert "Testa i produktion" not in listed.split('"unsorted"')[1]


def test_one_line_with_an_hour_and_a_name_is_no_lost_program(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = _check(tmp_path, capsys, "Øredev dag 2\n12:30 lunch - Karin Berg\nköttbullar\n")
    assert "with an hour, a title and a speaker" not in out
