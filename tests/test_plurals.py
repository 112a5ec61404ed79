"""Counts read right: "1 result", "2 results", "0 entries", in every command's output on the
smallest inputs (one note, one item, one passage, one annotation, one problem)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from summit_tui.cli import main
from summit_tui.words import count, plural

NOUNS = (
    "note",
    "entry",
    "passage",
    "item",
    "annotation",
    "result",
    "problem",
    "error",
    "warning",
    "author",
    "session",
    "booth",
    "day",
    "mark",
    "match",
    "tag",
    "track",
    "event",
    "unlinked entry",
)
_ONE_MANY = re.compile(
    r"(?<![\d.,])1 (?:" + "|".join(re.escape(plural(n)) for n in NOUNS) + r")\b", re.IGNORECASE
)
_MANY_ONE = re.compile(
    r"(?<![\d.,/])(?:0|[2-9]|[1-9]\d+) (?:" + "|".join(map(re.escape, NOUNS)) + r")\b(?![-'])",
    re.IGNORECASE,
)

PROGRAM = """\
version: 1
events:
  - id: ev
    title: Tiny Con
    days:
      - date: 2024-11-04
        tracks:
          - name: Keynote
            items:
              - id: ev-k1
                title: The Only Talk
                speakers: [Ann Speaker]
                number: one
"""


def _note(author: str, text: str) -> str:
    return (
        f"---\ntitle: {author}'s notes\nauthor: {author}\nevent: ev\ndate: 2024-11-04\n---\n"
        f"## The Only Talk\n\n- {text}\n"
    )


@pytest.fixture
def one(tmp_path: Path) -> Path:
    notes = tmp_path / "one"
    notes.mkdir()
    (notes / "program.yaml").write_text(PROGRAM, encoding="utf-8")
    (notes / "alice.md").write_text(_note("Alice", "Solar power grows fast."), encoding="utf-8")
    return notes


@pytest.fixture
def two(one: Path) -> Path:
    (one / "bob.md").write_text(_note("Bob", "Solar power grows very fast."), encoding="utf-8")
    return one


def _wrong_counts(text: str) -> list[str]:
    return [m.group(0) for m in _ONE_MANY.finditer(text)] + [
        m.group(0) for m in _MANY_ONE.finditer(text)
    ]


def test_count_and_plural() -> None:
    assert count(1, "result") == "1 result"
    assert count(2, "result") == "2 results"
    assert count(0, "entry") == "0 entries"
    assert count(1, "unlinked entry") == "1 unlinked entry"
    assert count(3, "unlinked entry") == "3 unlinked entries"
    assert count(2, "match") == "2 matches"
    assert count(2, "day") == "2 days"
    assert count(1234, "note") == "1,234 notes"
    assert _wrong_counts("1 results, 2 passage, 1 passage, 0 entries, 3 day-long") == [
        "1 results",
        "2 passage",
    ]


def _all_output(capsys, notes: Path, data: Path, tmp_path: Path) -> str:
    place = ["--notes", str(notes), "--data-dir", str(data)]
    ics = tmp_path / "one.ics"
    ics.write_text(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//t//EN\r\nBEGIN:VEVENT\r\n"
        "UID:talk-1@example.org\r\nSUMMARY:The Only Talk\r\nDTSTAMP:20241101T000000Z\r\n"
        "DTSTART:20241104T010000Z\r\nDTEND:20241104T020000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
        encoding="utf-8",
    )
    backup = tmp_path / "backup.json"
    runs = [
        ["list"],
        ["check"],
        ["search", "solar"],
        ["search", "solar", "--limit", "1"],
        ["compare", "ev-k1"],
        ["annotate", "ev-k1", "one comment", "--tag", "t", "--quote", "Solar power grows fast"],
        ["mark", "ev-k1", "--star"],
        ["export"],
        ["export", "--tag", "t"],
        ["export", "-o", str(backup)],
        ["export", "--format", "json", "-o", str(tmp_path / "b.md.json")],
        ["import", str(backup), "--data-dir", str(tmp_path / "elsewhere")],
        ["report"],
        ["report", "-o", str(tmp_path / "report.md")],
        ["import-program", str(ics)],
        ["import-program", str(ics), "-o", str(tmp_path / "program.yaml")],
        ["locate"],
    ]
    seen = []
    for argv in runs:
        main([*argv, *place] if "--data-dir" not in argv else [*argv, "--notes", str(notes)])
        out, err = capsys.readouterr()
        seen.append(f"$ {' '.join(argv)}\n{out}{err}")
    return "\n".join(seen)


def test_every_command_counts_right_on_one_of_everything(capsys, one: Path, tmp_path: Path) -> None:
    output = _all_output(capsys, one, tmp_path / "data", tmp_path)
    assert "1 note, 1 entry: 1 error" in output  # the counts are there, and read right
    assert _wrong_counts(output) == [], output


def test_every_command_counts_right_on_two_authors(capsys, two: Path, tmp_path: Path) -> None:
    output = _all_output(capsys, two, tmp_path / "data", tmp_path)
    assert "1 passage, 1 shared, 0 unique" in output
    assert _wrong_counts(output) == [], output


def test_list_says_one_unsorted_entry_belongs(capsys, one: Path, tmp_path: Path) -> None:
    place = ["--notes", str(one), "--data-dir", str(tmp_path / "data")]
    (one / "diary.md").write_text("---\nauthor: Alice\n---\n# My diary\n\nRainy.\n", "utf-8")
    main(["list", *place])
    assert "Unsorted (1 entry that belongs to no item)" in capsys.readouterr().out
    (one / "essay.md").write_text("---\nauthor: Alice\n---\n# An essay\n\nOn AI.\n", "utf-8")
    main(["list", *place])
    assert "Unsorted (2 entries that belong to no item)" in capsys.readouterr().out
