"""A segment of the search index: every part of it built over some of the notes.

The index is one base segment (the whole folder, built once, usually in a helper
process) and at most one small delta segment (the notes changed since, rebuilt from
those notes alone whenever one more changes). Each segment knows which notes it was
built from and the file key each had then (path, size, mtime, ctime, inode), so what
changed on disk is known by comparing keys, never by reading or hashing the notes.
"""

from __future__ import annotations

import os
from array import array
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from summit_tui.search import postings as postings_part
from summit_tui.search.filters import EntryTable
from summit_tui.search.names import NameBuilder, Names
from summit_tui.search.postings import Postings, Progress
from summit_tui.search.text import JoinedKeys, join_keys
from summit_tui.search.vocabulary import Vocabulary

FileKey = tuple[int, int, int, int]  # size, mtime_ns, ctime_ns, inode
UNKNOWN: FileKey = (-1, -1, -1, -1)  # never equal to a file's: read again next time


def file_key(info: os.stat_result) -> FileKey:
    return (info.st_size, info.st_mtime_ns, info.st_ctime_ns, info.st_ino)


def note_key(root: str, note: Any) -> FileKey:
    """The key of the file a parsed ``note`` came from: its stat now, when its size and
    mtime are still those the note was read with (else UNKNOWN: it changed meanwhile)."""
    try:
        info = os.stat(Path(root) / note.path)
    except OSError:
        return UNKNOWN
    if (info.st_size, info.st_mtime_ns) != (note.size, note.mtime_ns):
        return UNKNOWN
    return file_key(info)


class NoteKeys:
    """The notes a segment was built from: path, title, and the file key then."""

    def __init__(self, notes: Iterable[tuple[str, FileKey, str]] = ()) -> None:
        rows = list(notes)
        self.path = JoinedKeys(*join_keys([path for path, _, _ in rows]))
        self.title = JoinedKeys(*join_keys([title for _, _, title in rows]))
        self.keys = array("q", [value for _, key, _ in rows for value in key])

    def __len__(self) -> int:
        return len(self.path)

    def as_dict(self) -> dict[str, FileKey]:
        keys = self.keys
        return {path: tuple(keys[4 * n : 4 * n + 4]) for n, path in enumerate(self.path)}  # type: ignore[misc]

    def state(self) -> dict[str, Any]:
        return {
            "joined": self.path.joined,
            "offsets": self.path.offsets,
            "titles": self.title.joined,
            "title_offsets": self.title.offsets,
            "keys": self.keys,
        }

    @classmethod
    def from_state(cls, state: dict[str, Any]) -> NoteKeys:
        notes = cls()
        notes.path = JoinedKeys(state["joined"], state["offsets"])
        notes.title = JoinedKeys(state["titles"], state["title_offsets"])
        notes.keys = state["keys"]
        return notes


class Segment:
    notes: NoteKeys
    entries: EntryTable
    names: Names
    vocabulary: Vocabulary
    postings: Postings
    # Entries by item: those of item i are by_item[by_item_start[i] : by_item_start[i + 1]].
    by_item: array
    by_item_start: array

    @classmethod
    def build(
        cls,
        corpus: Any,
        entries: Sequence[Any],
        notes: Iterable[tuple[str, FileKey, str]],
        item_pos: dict[str, int],
        items: Sequence[Any] = (),
        progress: Progress | None = None,
        total: int | None = None,
    ) -> Segment:
        """The segment of ``entries`` (of ``corpus``), from the files ``notes`` (path,
        file key, title); with the names of ``items`` (the base holds the program's)."""
        from summit_tui.corpus.passages import split_passages

        segment = cls()
        segment.notes = NoteKeys(notes)
        segment.entries = EntryTable.build(corpus, entries, item_pos)
        names = NameBuilder()
        for i, item in enumerate(items):
            names.add_item(i, item)
        # Entries are split as corpus.passages splits them, not through its memo: that
        # holds what the reader looks at, not the whole corpus.
        segment.vocabulary, segment.postings = postings_part.build(
            list(entries), split_passages, names.add, progress, total=total
        )
        segment.names = names.finish()
        segment.by_item, segment.by_item_start = _by_item(segment.entries.item, len(item_pos))
        return segment

    _PARTS: tuple[tuple[str, Any], ...] = (
        ("notes", NoteKeys),
        ("entries", EntryTable),
        ("names", Names),
        ("vocabulary", Vocabulary),
        ("postings", Postings),
    )

    def state(self, prefix: str) -> dict[str, dict[str, Any]]:
        parts = {f"{prefix}.{name}": getattr(self, name).state() for name, _ in self._PARTS}
        parts[f"{prefix}.by_item"] = {"by_item": self.by_item, "start": self.by_item_start}
        return parts

    @classmethod
    def from_state(cls, parts: dict[str, dict[str, Any]], prefix: str) -> Segment:
        segment = cls()
        for name, kind in cls._PARTS:
            setattr(segment, name, kind.from_state(parts[f"{prefix}.{name}"]))
        by_item = parts[f"{prefix}.by_item"]
        segment.by_item, segment.by_item_start = by_item["by_item"], by_item["start"]
        return segment


def _by_item(entry_item: array, items: int) -> tuple[array, array]:
    counts = [0] * (items + 1)
    for i in entry_item:
        if i >= 0:
            counts[i + 1] += 1
    start = array("I", [0] * (items + 1))
    for i in range(items):
        start[i + 1] = start[i] + counts[i + 1]
    fill = list(start[:-1]) if items else []
    entries = array("I", bytes(4 * start[-1])) if items else array("I")
    for e, i in enumerate(entry_item):
        if i >= 0:
            entries[fill[i]] = e
            fill[i] += 1
    return entries, start
