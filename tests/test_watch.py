"""The app's watcher sees every edit the loader would see."""

from __future__ import annotations

import os
from pathlib import Path

from summit_tui.ui.watch import notes_signature


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
