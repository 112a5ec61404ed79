"""No command lets a note or a file name talk to the terminal: every subcommand, run on notes
whose file names and text hold escape sequences and control characters, prints none of them
on stdout or stderr (text and JSON alike); a file name shows them as ``\\x1b`` so it can still
be found."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ESC_NAME = "\x1b[31mred\x1b[0m day.md"
BIDI_NAME = "bidi\u202eevil.md"
HOSTILE = "\x1b]0;pwned\x07 \x1b[2J\x9b31m\x9d8;;http://x\x9c \u202e\x08\x7f\r"

PROGRAM = """\
events:
  - id: ev
    title: "Event \\x1b[5m"  # YAML's own escape: the title holds ESC
    days:
      - date: 2024-11-04
        tracks:
          - name: Keynote
            items:
              - id: ev-k1
                title: Alpha
"""

# Bytes a terminal acts on: C0 controls but tab and newline, and DEL.
RAW_CONTROL = re.compile(rb"[\x00-\x08\x0b-\x1f\x7f]")
# Characters that act once decoded: C1 controls (0x9b is CSI), bidi and invisible formatting.
ACTING = re.compile("[\x80-\x9f\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]")


@pytest.fixture
def hostile(tmp_path: Path) -> Path:
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "program.yaml").write_text(PROGRAM, encoding="utf-8")
    # YAML's own escapes in double quotes: the authors' names hold ESC and a bidi override.
    for name, author in ((ESC_NAME, "Ann \\x1b[1mBold"), (BIDI_NAME, "Bob\\u202e")):
        (notes / name).write_text(
            f'---\nauthor: "{author}"\nevent: ev\n---\n# Alpha\n\n- GPU power {HOSTILE}\n'
            f"- a shared point about GPU memory bandwidth {HOSTILE}\n",
            encoding="utf-8",
        )
    schedule = tmp_path / "schedule.ics"
    schedule.write_text(
        "BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\nUID:1\n"
        "DTSTART:20241104T100000Z\nDTEND:20241104T110000Z\n"
        f"SUMMARY:Talk {HOSTILE}\nEND:VEVENT\nEND:VCALENDAR\n",
        encoding="utf-8",
    )
    return notes


def run(tmp_path: Path, notes: Path, *args: str) -> subprocess.CompletedProcess[bytes]:
    env = dict(os.environ)
    for kind in ("DATA", "CACHE", "STATE", "CONFIG"):
        env[f"SUMMIT_TUI_{kind}_DIR"] = str(tmp_path / "user" / kind.lower())
    return subprocess.run(
        [sys.executable, "-m", "summit_tui", *args, "--notes", str(notes)],
        capture_output=True,
        env=env,
        timeout=120,
    )


def test_no_command_prints_a_control_character(hostile: Path, tmp_path: Path) -> None:
    export = tmp_path / "export.json"
    commands = [
        ("list",),
        ("list", "--json"),
        ("check",),
        ("check", "--json", "--pretty"),
        ("search", "GPU"),
        ("search", "GPU", "--json"),
        ("compare", "ev-k1"),
        ("compare", "ev-k1", "--json"),
        ("annotate", "ev-k1", f"mine {HOSTILE}", "--tag", "t\x1b[0m"),
        ("mark", "ev-k1", "--star"),
        ("export",),
        ("export", "-o", str(export)),
        ("report",),
        ("report", "--format", "json"),
        ("import", str(export)),
        ("import-program", str(tmp_path / "schedule.ics")),
        ("locate",),
        ("config",),
        ("compare", f"nope{HOSTILE}"),  # an error naming what the user typed
        ("search", f"author:{HOSTILE}"),
    ]
    shown: dict[str, bytes] = {}
    for command in commands:
        done = run(tmp_path, hostile, *command)
        for stream, data in (("stdout", done.stdout), ("stderr", done.stderr)):
            where = f"{' '.join(command)!r} {stream}"
            assert RAW_CONTROL.search(data) is None, f"{where}: {data[:600]!r}"
            text = data.decode("utf-8")
            assert ACTING.search(text) is None, f"{where}: {text[:600]!r}"
            shown[f"{' '.join(command)} {stream}"] = data
        if "--json" in command or "json" in command:
            json.loads(done.stdout)  # still JSON
    # A file name printed can still be found: its controls written out, not dropped.
    assert b"\\x1b[31mred\\x1b[0m day.md:" in shown["search GPU stdout"]
