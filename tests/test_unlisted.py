"""Talks a program does not list become items under their day and track (corpus.unlisted),
and an inferred item keeps its id, annotations, star and review mark through a typo fixed,
a date corrected and a program file added (corpus.ids, annotate.items): as a user relies on
it, through the commands."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from summit_tui import cli

PROGRAM = """\
version: 1
events:
  - id: devcon2025
    title: DevCon 2025
    aliases: [DevCon]
    days:
      - date: 2025-05-12
        tracks:
          - name: Track A
            items:
              - id: dc-opening
                title: Opening keynote
                speakers: [{name: Ada Lovelace}]
      - date: 2025-05-13
        tracks:
          - name: Track A
            items:
              - id: dc-llm
                title: Serving LLMs on a budget
                speakers: [{name: Grace Hopper}]
          - name: Track B
            items:
              - id: dc-db
                title: Postgres at scale
                speakers: [{name: Edgar Codd}]
"""

ALICE = """\
---
title: Rust in the kernel
author: Alice
event: DevCon 2025
date: 2025-05-13
track: Track B
---
# Rust in the kernel

Jane Roe walked through the first drivers written in Rust.

- Memory safety bugs were 70% of the CVEs.
- The borrow checker catches lifetimes at compile time.
"""

BOB = """\
---
title: DevCon 2025 day 2
author: Bob
event: DevCon 2025
date: 2025-05-13
---
# DevCon 2025 day 2

## Track A

### Serving LLMs on a budget

Quantisation halves the memory.

## Track B

### Rust in the Kernel (Jane Roe)

Drivers in Rust; 70% of CVEs are memory bugs.
"""

CAROL = """\
---
title: PyCon KR 2024 notes
author: Carol
event: PyCon KR 2024
date: 2024-10-26
---
# PyCon KR 2024 notes

## Typing at scale

Mypy strict on a big codebase.
"""

DAVE = """\
---
title: DevCon meetup
author: Dave
event: DevCon 2025
date: 2025-05-20
---
# DevCon meetup

## Lightning talks recap

Five short talks about build systems.
"""


@pytest.fixture
def notes(tmp_path: Path) -> Path:
    folder = tmp_path / "notes"
    (folder / "alice").mkdir(parents=True)
    (folder / "program.yaml").write_text(PROGRAM, "utf-8")
    (folder / "alice" / "rust.md").write_text(ALICE, "utf-8")
    (folder / "bob-day2.md").write_text(BOB, "utf-8")
    (folder / "carol-pycon.md").write_text(CAROL, "utf-8")
    (folder / "dave.md").write_text(DAVE, "utf-8")
    return folder


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    assert cli.main(list(argv)) == 0
    return capsys.readouterr().out


def listing(capsys: pytest.CaptureFixture[str], notes: Path) -> dict:
    return json.loads(run(capsys, "list", "--notes", str(notes), "--json"))


def items(data: dict) -> dict[str, tuple[str, str | None, str, list[str]]]:
    """id → (event, day, track, authors)."""
    return {
        item["id"]: (event["id"], day["date"], track["name"], item["authors"])
        for event in data["events"]
        for day in event["days"]
        for track in day["tracks"]
        for item in track["items"]
    }


def test_a_talk_the_program_does_not_list_is_an_item_of_its_day_and_track(
    notes: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = listing(capsys, notes)
    found = items(data)
    # two authors, one by `track:` and one under a "## Track B" heading: one item
    assert found["rust-in-the-kernel"] == ("devcon2025", "2025-05-13", "Track B", ["Alice", "Bob"])
    assert found["dc-llm"][3] == ["Bob"]  # the listed talk still links to the program's item
    # another conference's note stays in its own event, not linked to "Postgres at scale"
    assert found["typing-at-scale"][:2] == ("pycon-kr-2024", "2024-10-26")
    assert found["dc-db"][3] == []
    # a day the program's event does not have: unclear, so unsorted (and `check` says so)
    assert [u["heading"] for u in data["unsorted"] if u["kind"] != "other"] == [
        "Lightning talks recap"
    ]
    tree = run(capsys, "list", "--notes", str(notes))
    assert "Rust in the Kernel — Jane Roe  [rust-in-the-kernel]  (Alice, Bob)" in tree
    assert tree.index("Track B") < tree.index("rust-in-the-kernel")
    hits = json.loads(run(capsys, "search", "--notes", str(notes), "--json", "borrow checker"))
    assert any(hit["item_id"] == "rust-in-the-kernel" for hit in hits["results"])
    argv = ["compare", "rust-in-the-kernel", "--notes", str(notes), "--json"]
    assert json.loads(run(capsys, *argv))["authors"] == ["Alice", "Bob"]


def _marked(capsys: pytest.CaptureFixture[str], notes: Path, item_id: str) -> None:
    run(capsys, "annotate", "--notes", str(notes), item_id, "whole talk")
    run(capsys, "annotate", "--notes", str(notes), item_id, "--quote", "borrow checker", "ok")
    run(capsys, "mark", "--notes", str(notes), item_id, "--star", "--reviewed")


def _exported(capsys: pytest.CaptureFixture[str], notes: Path) -> dict:
    return json.loads(run(capsys, "export", "--notes", str(notes), "--format", "json"))


def test_marks_stay_on_an_inferred_item_through_a_typo_a_date_and_a_program(
    notes: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    program = notes / "program.yaml"
    kept = program.read_text("utf-8")
    program.unlink()  # no program yet: every item inferred
    assert "rust-in-the-kernel" in items(listing(capsys, notes))
    _marked(capsys, notes, "rust-in-the-kernel")
    # a typo fixed in both titles (one character, and the spacing and case)
    alice = notes / "alice" / "rust.md"
    alice.write_text(ALICE.replace("Rust in the kernel", "Rust in the kernal"), "utf-8")
    bob = notes / "bob-day2.md"
    bob.write_text(BOB.replace("Rust in the Kernel", "Rust  in  the kernal"), "utf-8")
    # a date corrected
    alice.write_text(alice.read_text("utf-8").replace("2025-05-13", "2025-05-12"), "utf-8")
    found = items(listing(capsys, notes))
    assert "rust-in-the-kernel" in found and "rust-in-the-kernal" not in found
    # a program file added: the talk it does not list keeps its id
    program.write_text(kept, "utf-8")
    data = listing(capsys, notes)
    assert items(data)["rust-in-the-kernel"][0] == "devcon2025"
    exported = _exported(capsys, notes)
    on_item = [a for a in exported["annotations"] if a["item_id"] == "rust-in-the-kernel"]
    assert sorted(a["comment"] for a in on_item) == ["ok", "whole talk"]
    (mark,) = [m for m in exported["marks"] if m["item_id"] == "rust-in-the-kernel"]
    assert mark["starred"] and mark["reviewed"]
    check = run(capsys, "check", "--notes", str(notes))
    assert "no longer have" not in check


def test_without_the_remembered_ids_what_was_on_the_old_id_follows_the_item(
    notes: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _marked(capsys, notes, "rust-in-the-kernel")
    bob = notes / "bob-day2.md"
    bob.write_text(BOB.replace("Rust in the Kernel", "Rust in the Kernal"), "utf-8")
    monkeypatch.setenv("SUMMIT_TUI_CACHE_DIR", str(tmp_path / "emptied cache"))
    assert "rust-in-the-kernal" in items(listing(capsys, notes))  # made from the title again
    exported = _exported(capsys, notes)
    assert {a["item_id"] for a in exported["annotations"]} == {"rust-in-the-kernal"}
    assert [m["item_id"] for m in exported["marks"] if m["starred"]] == ["rust-in-the-kernal"]


def test_what_cannot_follow_is_listed_by_check_not_filed_away(
    notes: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run(capsys, "annotate", "--notes", str(notes), "typing-at-scale", "mypy")
    run(capsys, "mark", "--notes", str(notes), "typing-at-scale", "--star")
    carol = notes / "carol-pycon.md"
    # Only the heading renamed: the same entry is there, so they follow it (by place).
    carol.write_text(CAROL.replace("## Typing at scale", "## Completely new words"), "utf-8")
    assert cli.main(["check", "--notes", str(notes)]) == 0
    out = capsys.readouterr().out
    assert "Typing at scale → Completely new words" in out and "was typing-at-scale" not in out
    # Its words changed too: nothing says where they belong, so they are listed, not moved.
    changed = CAROL.replace("## Typing at scale", "## Completely new words")
    carol.write_text(changed.replace("Mypy strict", "Pyright basic"), "utf-8")
    assert cli.main(["check", "--notes", str(notes)]) == 0
    out = capsys.readouterr().out
    assert "was typing-at-scale  Typing at scale  (1 annotation, starred)" in out
