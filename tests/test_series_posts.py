"""A post titled as one part of a series ("<Event> – Teil 2", "– diary, part 4", "– päiväkirja,
osa 4", "후기 2편", "その2", "(część 1 z 2)") holds that part's several talks, not one talk named
after the part; a one-talk post in parts ("<Event>: Title, part 1") stays one talk; and
`check`'s advice on headings folded into a talk is true of the note it is given for: it names
the headings that lack a speaker, and never asks for a speaker every heading has (issue 14,
QA15 #2)."""

from __future__ import annotations

from pathlib import Path

import pytest

from factories import list_items
from summit_tui import cli

BODY = (
    "\n\nSecond post from the conference.\n\n"
    "## Shaders for people who hate math (Emma Lindqvist)\n\n- signed distance fields\n\n"
    "## Retro corner\n\nC64 and Amiga machines to play with.\n"
)


@pytest.mark.parametrize(
    "title",
    [
        "Assembly Summer 2024 – Teil 2",
        "Assembly Summer 2024 – diary, part 4",
        "Assembly Summer 2024 – päiväkirja, osa 4",
        "Assembly Summer 2024 – 후기 2편",
        "Assembly Summer 2024 参加レポート その2",
        "Assembly Summer 2024 (część 1 z 2)",
        "Assembly Summer 2024 – parte 2",
        "Assembly Summer 2024 — partie 2",
        "Assembly Summer 2024 – del 2",
        "Assembly Summer 2024 – 2. Teil",
        "Assembly Summer 2024 – Part Two",
        "Assembly Summer 2024 recap [2/3]",
        "Assembly Summer 2024 참관기 (2)",
        "Assembly Summer 2024 후기 1부",
        "Assembly Summer 2024 参会笔记（上）",
        "QCon 上海 2024 参会笔记（上）",
    ],
)
def test_a_series_post_holds_its_talks(tmp_path: Path, capsys, title: str) -> None:
    found = list_items(tmp_path, capsys, {"a.md": f"# {title}{BODY}"})
    assert sorted(t["title"] for t in found) == [
        "Retro corner",
        "Shaders for people who hate math",
    ]


def test_a_talk_written_up_in_parts_stays_one_talk(tmp_path: Path, capsys) -> None:
    note = (
        "# DevDays Nord 2025: Shipping Rust at a bank, part 1\n\nSpeaker: Maja Korhonen\n\n"
        "## Why Rust\n\n- memory bugs in the old router\n\n## What they kept\n\nThe ledger.\n"
    )
    found = list_items(tmp_path, capsys, {"a.md": note})
    assert [(t["title"], t["speakers"]) for t in found] == [
        ("Shipping Rust at a bank, part 1", ["Maja Korhonen"])
    ]


def test_a_title_joining_two_topics_over_their_talks_holds_both(tmp_path: Path, capsys) -> None:
    note = (
        "# Nordic.js 2025: CSS och tillgänglighet\n\nTvå saker jag tar med mig.\n\n"
        "## Modern CSS utan ramverk (Sara Ek)\n\n- container queries\n\n"
        "## Tillgänglighet i praktiken\n\nJohan Berg visade skärmläsare.\n"
    )
    found = list_items(tmp_path, capsys, {"a.md": note})
    assert sorted(t["title"] for t in found) == [
        "Modern CSS utan ramverk",
        "Tillgänglighet i praktiken",
    ]


def test_a_talk_titled_with_and_over_its_parts_stays_one_talk(tmp_path: Path, capsys) -> None:
    note = (
        "# RustConf 2024: Rust and WebAssembly\n\nSpeaker: Nadia Petrov\n\n"
        "## Setting up wasm-pack\n\n- one command\n\n## The demo\n\nA game in the browser.\n"
    )
    found = list_items(tmp_path, capsys, {"a.md": note})
    assert [t["title"] for t in found] == ["Rust and WebAssembly"]


def _check(tmp_path: Path, capsys, note: str) -> str:
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "a.md").write_text(note, encoding="utf-8")
    capsys.readouterr()
    cli.main(["check", "--notes", str(notes)])
    return capsys.readouterr().out


def test_fold_advice_names_the_headings_without_a_speaker(tmp_path: Path, capsys) -> None:
    out = _check(tmp_path, capsys, "# Assembly Summer 2024: a weekend of shaders" + BODY)
    folded = next(line for line in out.splitlines() if "were folded" in line)
    assert "'Retro corner' name(s) no speaker" in folded


def test_fold_advice_never_asks_for_a_speaker_every_heading_has(tmp_path: Path, capsys) -> None:
    note = "# RustConf 2024: what I took home\n\n## Async traits at last (Nadia Petrov)\n\n- ok\n"
    out = _check(tmp_path, capsys, note)
    folded = next(line for line in out.splitlines() if "were folded" in line)
    assert "a speaker in each talk's heading" not in folded
    assert "a heading of that talk's own with its speaker" in folded


def test_an_english_i_in_a_title_joins_no_two_topics(tmp_path: Path, capsys) -> None:
    # Polish "i" ("CI i testy") joins two topics; the English pronoun, lowered, is no "and":
    # the room sections of a list sorted by venue are not talks
    note = (
        "# DevConf 2025 — what I saw, by room\n\nSorted by room.\n\n"
        "## Ballroom D (Convention Center)\n"
        "- **Sat 10:00 — Trust at scale — Dana White**\n  - slides later\n\n"
        "## JW Marriott, Salon 5\n"
        "- **Sun 14:00 — Quiet interfaces — Tom Ferreira**\n  - silence\n"
    )
    titles = {t["title"] for t in list_items(tmp_path, capsys, {"a.md": note})}
    assert not titles & {"Ballroom D", "JW Marriott, Salon 5"}
