"""`check`'s advice on headings folded into a talk is true of the note it is given for: it
names the headings that lack a speaker, and never asks for a speaker every heading has
(issue 14, QA15 #2)."""

from __future__ import annotations

from pathlib import Path

from summit_tui import cli

BODY = (
    "\n\nSecond post from the conference.\n\n"
    "## Shaders for people who hate math (Emma Lindqvist)\n\n- signed distance fields\n\n"
    "## Retro corner\n\nC64 and Amiga machines to play with.\n"
)


def _check(tmp_path: Path, capsys, note: str) -> str:
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "a.md").write_text(note, encoding="utf-8")
    capsys.readouterr()
    cli.main(["check", "--notes", str(notes)])
    return capsys.readouterr().out


def test_fold_advice_names_the_headings_without_a_speaker(tmp_path: Path, capsys) -> None:
    out = _check(tmp_path, capsys, "# Assembly Summer 2024: shaders och ett game jam" + BODY)
    folded = next(line for line in out.splitlines() if "were folded" in line)
    assert "'Retro corner' name(s) no speaker" in folded


def test_fold_advice_never_asks_for_a_speaker_every_heading_has(tmp_path: Path, capsys) -> None:
    note = "# RustConf 2024: what I took home\n\n## Async traits at last (Nadia Petrov)\n\n- ok\n"
    out = _check(tmp_path, capsys, note)
    folded = next(line for line in out.splitlines() if "were folded" in line)
    assert "a speaker in each talk's heading" not in folded
    assert "a heading of that talk's own with its speaker" in folded
