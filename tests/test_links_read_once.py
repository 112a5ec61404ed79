"""A note reached by more than one way (a symbolic link beside it, a link to a link, a folder
linked twice, a link loop) is read once, as its own file; links never lead out of the notes
folder and never hang a load, a poll of the folder or the update after a change on disk."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from summit_tui.corpus.build import build_corpus
from summit_tui.corpus.loader import discover_files
from summit_tui.corpus.model import Severity
from summit_tui.corpus.update import updated_corpus
from summit_tui.corpus.watch import notes_signature

pytestmark = pytest.mark.skipif(not hasattr(os, "symlink"), reason="symbolic links")

TALK = (
    "---\nevent: devfest\ndate: 2024-11-23\n---\n"
    "# DevFest day 1\n\n## Kotlin 2.1 (김민지님)\n\n- K2\n"
)
PROGRAM = """\
events:
  - id: devfest
    title: DevFest Seoul 2024
    days:
      - date: 2024-11-23
        tracks:
          - name: Main
            items:
              - id: kotlin
                title: Kotlin 2.1
                speakers: [김민지]
"""


@pytest.fixture
def linked(tmp_path: Path) -> Path:
    notes = tmp_path / "notes"
    (notes / "day1").mkdir(parents=True)
    (notes / "day1" / "talk.md").write_text(TALK, encoding="utf-8")
    (notes / "talk-link.md").symlink_to("day1/talk.md")  # a link beside its note
    (notes / "chain.md").symlink_to("talk-link.md")  # a link to the link
    (notes / "day1" / "again.MD").symlink_to("talk.md")
    (notes / "mirror").symlink_to("day1", target_is_directory=True)  # a folder twice
    (notes / "mirror2").symlink_to("mirror", target_is_directory=True)
    (notes / "day1" / "up").symlink_to("..", target_is_directory=True)  # a loop
    (notes / "loop.md").symlink_to("loop.md")  # a link to itself
    return notes


def test_each_note_is_found_once_and_the_other_ways_are_said(linked: Path) -> None:
    found, problems = discover_files(linked)
    assert [rel for rel, _ in found] == ["day1/talk.md", "loop.md"]  # the loop: reported on read
    twice = {p.path: p for p in problems if p.action == "not read twice"}
    assert sorted(twice) == ["chain.md", "day1/again.MD", "talk-link.md"]
    assert all(p.severity is Severity.INFO for p in twice.values())
    assert str((linked / "day1" / "talk.md").resolve()) in twice["chain.md"].message
    skipped = sorted(p.path for p in problems if p.action == "folder skipped")
    assert skipped == ["day1/up", "mirror", "mirror2"]


def test_a_whole_load_has_the_note_and_its_talk_once(linked: Path) -> None:
    corpus = build_corpus(linked)
    assert [note.path for note in corpus.notes] == ["day1/talk.md"]
    assert [entry.title for entry in corpus.entries if entry.title.startswith("Kotlin")] == [
        "Kotlin 2.1 (김민지님)"
    ]


def test_a_link_to_a_note_not_read_otherwise_is_read_once(tmp_path: Path) -> None:
    notes = tmp_path / "notes"
    (notes / ".drafts").mkdir(parents=True)
    (notes / ".drafts" / "talk.md").write_text(TALK, encoding="utf-8")
    (notes / "talk.md").symlink_to(".drafts/talk.md")
    (notes / "same.md").symlink_to(".drafts/talk.md")
    found, problems = discover_files(notes)
    assert [rel for rel, _ in found] == ["same.md"]
    assert [p.path for p in problems] == ["talk.md"]


def test_polling_a_folder_of_loops_ends(linked: Path) -> None:
    rels = sorted(rel for rel, _key in notes_signature(linked))
    assert rels == ["chain.md", "day1/again.MD", "day1/talk.md", "talk-link.md"]


def test_a_link_added_while_watched_is_not_a_second_note(linked: Path) -> None:
    (linked / "program.yaml").write_text(PROGRAM, encoding="utf-8")
    before = build_corpus(linked)
    assert [note.path for note in before.notes] == ["day1/talk.md"]
    (linked / "new-link.md").symlink_to("day1/talk.md")
    assert updated_corpus(before, {"new-link.md"}) is None  # the whole load decides
    assert [note.path for note in build_corpus(linked).notes] == ["day1/talk.md"]
    edited = linked / "day1" / "talk.md"
    edited.write_text(TALK + "- more\n", encoding="utf-8")
    after = updated_corpus(before, {"day1/talk.md"})  # a plain edit stays a one-note update
    assert after is not None and [note.path for note in after.notes] == ["day1/talk.md"]


def test_the_watcher_polls_a_folder_with_links_out_of_it(tmp_path: Path) -> None:
    """The system's watcher follows links to folders wherever they lead (a link to / would set
    a watch on every folder there); the poll, which never follows them, watches such a folder."""
    from summit_tui.corpus.watch import NotesWatcher, links_out

    notes = tmp_path / "notes"
    (notes / "day1").mkdir(parents=True)
    (notes / "day1" / "talk.md").write_text(TALK, encoding="utf-8")
    (notes / "alias").symlink_to("day1", target_is_directory=True)  # inside: fine
    assert not links_out(notes)
    (tmp_path / "elsewhere").mkdir()
    (notes / "day1" / "out").symlink_to(tmp_path / "elsewhere", target_is_directory=True)
    assert links_out(notes)
    (notes / "day1" / "out").unlink()
    (notes / "day1" / "up").symlink_to("../..", target_is_directory=True)  # a loop above it
    assert links_out(notes)
    watcher = NotesWatcher(notes, lambda _changed: None)
    watcher._stop.set()  # the poll's first wait ends it at once
    watcher._run()
    assert watcher.polling
