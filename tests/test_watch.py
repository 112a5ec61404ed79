"""The notes folder watched: an edited note is told by its path at once (the system's
watcher) or within a poll (where that cannot run); what is not a note is told apart."""

from __future__ import annotations

import os
import queue
import sys
import time
from pathlib import Path

import pytest

from summit_tui.corpus.watch import NotesWatcher, classify, is_note, notes_signature


def _never(_rel: str) -> bool:
    return False


def test_what_is_a_note_is_what_the_loader_reads(tmp_path: Path) -> None:
    assert is_note("a.md") and is_note("sub/b.MARKDOWN")
    assert not is_note(".a.md") and not is_note(".git/a.md") and not is_note("LICENSE.txt")
    assert not is_note("node_modules/pkg/README.md") and not is_note("site/node_modules/x.md")
    assert is_note("node_modules.md") and is_note("notes/node_modules-talk.md")
    (tmp_path / "folder").mkdir()
    (tmp_path / "requirements.txt").write_text("x", "utf-8")
    assert is_note("notes.txt") and is_note("WhatsApp Chat with X.txt")  # plain-text notes
    assert classify({"a.md", "sub/b.md", "requirements.txt", "4913"}, tmp_path, _never) == {
        "a.md",
        "sub/b.md",
    }
    assert classify({"a.md", "program.yaml"}, tmp_path, _never) is None
    assert classify({"folder"}, tmp_path, _never) is None  # a folder made or moved in
    (tmp_path / "node_modules").mkdir()
    # `npm ci` filling a docs site's packages changes no note and reloads nothing
    assert classify({"node_modules", "node_modules/pkg/README.md"}, tmp_path, _never) == set()
    assert classify({"gone"}, tmp_path, lambda rel: rel == "gone") is None  # one that held notes
    assert classify({"", "a.md"}, tmp_path, _never) is None  # the folder itself


def _watch(root: Path, monkeypatch: pytest.MonkeyPatch, *, native: bool):
    if not native:
        monkeypatch.setitem(sys.modules, "watchfiles", None)  # importing it fails
    told: queue.Queue = queue.Queue()
    watcher = NotesWatcher(root, told.put, poll_seconds=0.1)
    watcher.start()
    return watcher, told


@pytest.mark.parametrize("native", [True, False], ids=["native", "polling"])
def test_an_edited_note_is_told_by_its_path(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, native: bool
) -> None:
    note = tmp_path / "sub" / "a.md"
    note.parent.mkdir()
    note.write_text("# A\n", "utf-8")
    watcher, told = _watch(tmp_path, monkeypatch, native=native)
    try:
        time.sleep(0.3)  # the watch is set up, or the first scan taken
        note.write_text("# A\n\nMore.\n", "utf-8")
        (tmp_path / "LICENSE.txt").write_text("x", "utf-8")
        changed = told.get(timeout=10)
        while changed == set():
            changed = told.get(timeout=10)
        assert changed == {"sub/a.md"}
        assert watcher.polling is not native
    finally:
        watcher.stop()


def test_an_edit_whose_mtime_was_put_back_changes_the_signature(tmp_path: Path) -> None:
    note = tmp_path / "a.md"
    note.write_text("# Alpha\nAnn wrote this\n", encoding="utf-8")
    before = note.stat()
    signature = notes_signature(tmp_path)
    note.write_text("# Alpha\nEve wrote this\n", encoding="utf-8")
    os.utime(note, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert notes_signature(tmp_path) != signature


def test_nothing_changed_gives_the_same_signature(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text("# Alpha\n", encoding="utf-8")
    assert notes_signature(tmp_path) == notes_signature(tmp_path)
