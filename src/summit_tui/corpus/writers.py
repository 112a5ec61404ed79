"""How a writer is shown: the one answer every view gives for who wrote a note.

A note whose writer nothing names (no frontmatter, byline, source or person's folder) keeps a
key of its own, its file's or its folder's name, so that compare and the reader still keep its
notes apart (``bylines.unstated_author``). That key is no person: every view shows it as the
place the notes are, marked as no author ("recap.md (no author)", "keep/ (no author)"), so a
user can still tell which notes an item holds without reading a file name as a writer.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol


class Note(Protocol):  # corpus.model.Note, which imports this module
    @property
    def path(self) -> str: ...
    @property
    def author(self) -> str: ...
    @property
    def author_source(self) -> str: ...


NO_AUTHOR = "(no author)"


def unknown_writers(notes: Iterable[Note]) -> dict[str, str]:
    """Author key → how it is shown, for the keys no note names as a writer (a key some note
    does name, by its frontmatter or a byline, is that person's everywhere)."""
    unnamed: dict[str, str] = {}
    named: set[str] = set()
    for note in notes:
        if note.author_source != "none":
            named.add(note.author)
        elif note.author not in unnamed:
            unnamed[note.author] = place_label(note.author, note.path)
    return {key: label for key, label in unnamed.items() if key not in named}


def place_label(key: str, path: str) -> str:
    """Where a note without a writer is: its folder ("keep/") when its key is a folder's
    name (a blog's posts, a folder of pages, shared by its notes), its file's name when the
    key is the file's, else the folder above it all (the notes folder a vault is: "notes/")."""
    folders = path.split("/")[:-1]
    if key in folders:
        place = f"{key}/"
    else:
        from summit_tui.corpus.folders import file_title

        place = path.rpartition("/")[2] if key == file_title(path) else f"{key}/"
    return f"{place} {NO_AUTHOR}"
