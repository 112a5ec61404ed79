"""A cheap fingerprint of the notes folder, polled to notice edits on disk."""

from __future__ import annotations

import os
from pathlib import Path

WATCHED_SUFFIXES = (".md", ".markdown", ".yaml", ".yml", ".json", ".ics")

Signature = frozenset[tuple[str, int, int]]


def notes_signature(root: Path) -> Signature:
    """(path, mtime_ns, size) of every note and program file under ``root``.

    Hidden files and folders are skipped, as the loader skips them. Unreadable
    folders are ignored rather than raised: the loader reports those as problems.
    """
    found: set[tuple[str, int, int]] = set()
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
                            stat = entry.stat()
                            found.add((entry.path, stat.st_mtime_ns, stat.st_size))
                    except OSError:
                        continue
        except OSError:
            continue
    return frozenset(found)
