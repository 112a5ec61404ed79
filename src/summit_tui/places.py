"""Where a note is, written the way the reader of a text can follow it.

A note's path is kept relative to its notes folder, but that folder is called whatever the
user called it and lives wherever they keep it. Every place the app, an export or a report
shows (``PATH:LINE``) starts from the folder its reader is in: the terminal's working
folder for the app and for text written to stdout, the written file's folder for an export
or report saved to a file. A notes folder inside that folder is written relative to it
(``notes/talk.md``, ``conf/notes/talk.md``); one elsewhere is written in full.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache

from summit_tui.text import shown_path


@dataclass(frozen=True, slots=True)
class Places:
    """How one text names notes: ``folder`` is the notes folder as its reader reaches it,
    ending in ``/``, or "" when the reader is in the notes folder itself."""

    folder: str

    def of(self, note: str, line: int | None = None) -> str:
        """``note`` (a path relative to the notes folder, as on disk) with its line, for
        people to read: composed and on one line, as ``shown_path`` writes it."""
        return self.folder + shown_path(note) + (f":{line}" if line else "")


def seen_from(root: str | os.PathLike[str], base: str | os.PathLike[str] | None = None) -> Places:
    """The places of notes in the notes folder ``root`` as read from the folder ``base``
    (default: the working folder)."""
    return _seen_from(os.fspath(root), os.getcwd() if base is None else os.fspath(base))


@lru_cache(maxsize=16)
def _seen_from(root: str, base: str) -> Places:
    try:
        inside = os.path.relpath(os.path.realpath(root), os.path.realpath(base))
    except ValueError:  # another drive
        inside = os.pardir
    if inside == os.curdir:
        return IN_NOTES
    if inside == os.pardir or inside.startswith(os.pardir + os.sep):
        shown = os.path.abspath(root)
    else:
        shown = inside
    return Places(shown_path(shown.rstrip(os.sep) + os.sep).replace(os.sep, "/"))


def seen_from_file(root: str | os.PathLike[str], written: str | os.PathLike[str]) -> Places:
    """The places of notes as read from the file ``written`` (an export or a report saved
    there: its folder is where a reader of that file starts)."""
    return seen_from(root, os.path.dirname(os.path.abspath(os.fspath(written))))


# Paths as they are inside the notes folder: where no notes folder is known.
IN_NOTES = Places("")
