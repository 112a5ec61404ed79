"""A zero-width space, word joiner or BOM inside a word (blog editors leave them everywhere) is
nothing a reader sees: no command prints it, not even as ``\\u200b``, while a file name
holding one still shows it written out (so it can be found) and JSON keeps it as an escape
a script reads back. The joiner and non-joiner spell words (Persian's half space) and emoji
sequences: printed as written."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from summit_tui.cli import main

ZERO_WIDTH = "\u200b\u2060\ufeff"
HALF_SPACE = "\u06a9\u06cc\u200c\u0646\u0648\u062a"  # Persian "keynote", with its half space
FAMILY = "\U0001f468\u200d\U0001f469\u200d\U0001f467"  # one emoji, joined


@pytest.fixture
def notes(tmp_path: Path) -> Path:
    folder = tmp_path / "notes"
    folder.mkdir()
    (folder / "min\u200bji.md").write_text(
        "---\nevent: DevFest 2024\ndate: 2024-11-04\nauthor: Min\u200bji\n---\n"
        "# Zero\u200bwidth talk\n\n- zero\u200bwidth spaces from a blog\ufeff editor\n"
        "- a joiner\u200d here and\u2060there\n"
        f"- {HALF_SPACE} notes {FAMILY}\n",
        encoding="utf-8",
    )
    (folder / "bob.md").write_text(
        "---\nevent: DevFest 2024\ndate: 2024-11-04\nauthor: Bob\n---\n"
        "# Zero\u200bwidth talk\n\n- zero\u200bwidth spaces again\n",
        encoding="utf-8",
    )
    return folder


@pytest.mark.parametrize(
    "command",
    [
        ("search", "zerowidth"),
        ("search", "joiner"),
        ("list",),
        ("check",),
        ("compare", "zero-width-talk"),
        ("report",),
    ],
)
def test_no_command_prints_a_zero_width_character(notes: Path, capsys, command) -> None:
    main([*command, "--notes", str(notes)])
    out, err = capsys.readouterr()
    assert not any(char in out + err for char in ZERO_WIDTH)
    assert "\\u200d" not in out and "\\u2060" not in out and "\\ufeff" not in out
    # The words the marks were in read as written; a file name shows its mark written out.
    for line in out.splitlines():
        assert "\\u200b" not in line.replace("min\\u200bji.md", "")
    if command[0] == "search":
        assert "Zerowidth talk" in out
        assert "min\\u200bji.md" in out


@pytest.mark.parametrize(
    "command", [("search", "notes"), ("check",), ("compare", "zero-width-talk")]
)
def test_the_joiners_that_spell_words_are_printed_as_written(notes: Path, capsys, command) -> None:
    main([*command, "--notes", str(notes)])
    out = capsys.readouterr().out
    assert "\\u200c" not in out and "\\u200d" not in out
    if command[0] != "check":
        assert HALF_SPACE in out and FAMILY in out


def test_json_keeps_them_as_escapes(notes: Path, capsys) -> None:
    main(["list", "--json", "--notes", str(notes)])
    out = capsys.readouterr().out
    assert not any(char in out for char in ZERO_WIDTH)
    data = json.loads(out)
    item = data["events"][0]["days"][0]["tracks"][0]["items"][0]
    assert item["title"] == "Zero\u200bwidth talk"
    assert "min\u200bji.md" in {entry["note"] for entry in item["entries"]}
