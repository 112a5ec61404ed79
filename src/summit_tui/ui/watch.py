"""A cheap fingerprint of the notes folder, polled to notice edits on disk."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from summit_tui.corpus.cache import FileKey

WATCHED_SUFFIXES = (".md", ".markdown", ".yaml", ".yml", ".json", ".ics")

Signature = frozenset[tuple[str, tuple[int, ...]]]  # (path, corpus.cache.file_key)


def notes_signature(root: Path) -> Signature:
    """(path, file_key) of every note and program file under ``root``: the loader's own
    idea of a changed file (an edit whose mtime was put back is seen too).

    Hidden files and folders are skipped, as the loader skips them. Unreadable
    folders are ignored rather than raised: the loader reports those as problems.
    """
    from summit_tui.corpus.cache import file_key  # not before the first frame

    found: set[tuple[str, FileKey]] = set()
    stack = [root]
    while stack:
        folder = stack.pop()
        try:
            with os.scandir(folder) as entries:
                for entry in entries:
                    if entry.name.startswith("."):
                        continue
                    try:
                        if entry.is_dir(follow_symlinks=False):
                            stack.append(Path(entry.path))
                        elif entry.name.lower().endswith(WATCHED_SUFFIXES):
                            found.add((entry.path, file_key(entry.stat())))
                    except OSError:
                        continue
        except OSError:
            continue
    return frozenset(found)
