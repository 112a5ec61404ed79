"""Watching the notes folder: which notes changed on disk, as soon as they change.

Beside the loader and sharing its idea of what a note is (a Markdown file, ``SUFFIXES``,
outside hidden files and folders): the changes are told as the notes' paths relative to
the folder, so the caller can parse those notes again and nothing else
(``corpus.update``). A change that cannot be pinned to notes (the program file or a
schedule it imports, a folder moved or deleted) is told as ``None``: load everything.

The watcher is the operating system's (``watchfiles``: inotify, FSEvents, ...); where it
cannot run (not installed, no watches left, an unsupported file system) the folder is
polled instead: a scan of every file's key (``corpus.cache.file_key``) every
``poll_seconds``.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from pathlib import Path

from summit_tui.corpus.loader import SUFFIXES, is_note_name, skipped_folder

Changed = set[str] | None  # note paths relative to the folder, or None: reload everything
OnChange = Callable[[Changed], None]
PROGRAM_SUFFIXES = (".yaml", ".yml", ".json", ".ics")  # the program and schedules it imports
WATCHED_SUFFIXES = SUFFIXES + PROGRAM_SUFFIXES
DEBOUNCE_MS = 50  # changes this close together are told at once (an editor's save)

Signature = frozenset[tuple[str, tuple[int, ...]]]  # (path, corpus.cache.file_key)


def is_hidden(rel: str) -> bool:
    """A path the loader skips: a hidden file, a folder it does not walk, or anything in one."""
    return any(skipped_folder(part) for part in rel.split("/"))


def is_note(rel: str) -> bool:
    """Whether the loader reads this path (relative to the folder) as a note."""
    return not is_hidden(rel) and is_note_name(rel.rsplit("/", 1)[-1])


def classify(rels: set[str], root: Path, held: Callable[[str], bool]) -> Changed:
    """The notes among changed paths (relative to ``root``), or None when anything else
    that matters changed: the program or a schedule, or a folder that is one now or
    ``held(rel)`` notes (moved or deleted). Other files (an editor's temporary files)
    do not matter."""
    notes: set[str] = set()
    for rel in rels:
        if not rel:
            return None  # the folder itself
        if is_hidden(rel):
            continue
        lower = rel.lower()
        if is_note_name(rel.rsplit("/", 1)[-1]):
            notes.add(rel)
        elif lower.endswith(PROGRAM_SUFFIXES):
            return None
        else:
            full = root / rel
            if full.is_dir() or (not full.exists() and held(rel)):
                return None  # a folder: new, moved in, or gone with its notes
    return notes


class NotesWatcher:
    """Calls ``on_change(changed)`` from its own thread whenever notes change under
    ``root``; ``stop()`` ends it (quitting, or another folder)."""

    def __init__(
        self,
        root: Path,
        on_change: OnChange,
        *,
        held: Callable[[str], bool] = lambda _rel: True,
        poll_seconds: float = 2.0,
    ) -> None:
        """``held(rel)``: whether a path that is gone held notes (was a folder of them)."""
        self.root = Path(root)
        self.on_change = on_change
        self.held = held
        self.poll_seconds = poll_seconds
        self.polling = False  # True when the folder is polled (no native watcher)
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name="watch-notes", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None and self._thread is not threading.current_thread():
            self._thread.join(timeout=2)

    def _run(self) -> None:
        if links_out(self.root):
            # the system's watcher follows links to folders, out of the notes folder too (a
            # link to / would set a watch on every folder there): the poll never follows them
            self.polling = True
            self._poll()
            return
        try:
            self._watch()
        except Exception:  # no watcher here (not installed, no inotify watches left, ...)
            if not self._stop.is_set():
                self.polling = True
                self._poll()

    def _watch(self) -> None:
        import watchfiles

        root = os.fspath(self.root)
        skip = len(root.rstrip(os.sep)) + 1
        for changes in watchfiles.watch(
            root,
            stop_event=self._stop,
            debounce=DEBOUNCE_MS,
            step=DEBOUNCE_MS,
            raise_interrupt=False,
            ignore_permission_denied=True,
        ):
            rels = {path[skip:].replace(os.sep, "/") for _change, path in changes}
            self._tell(classify(rels, self.root, self.held))

    def _poll(self) -> None:
        before = notes_signature(self.root)
        while not self._stop.wait(self.poll_seconds):
            now = notes_signature(self.root)
            if now != before:
                self._tell(classify({path for path, _ in before ^ now}, self.root, self.held))
                before = now

    def _tell(self, changed: Changed) -> None:
        if changed != set() and not self._stop.is_set():
            self.on_change(changed)


MAX_FOLDERS = 20_000  # a bound on the look for links: past it, the folder is polled


def links_out(root: Path, max_folders: int = MAX_FOLDERS) -> bool:
    """Whether a link to a folder under ``root`` leads out of it (or loops back above it), or
    the folder is too big to tell: what the system's watcher must not be given."""
    from summit_tui.corpus.loader import link_outside

    top = os.fspath(root)
    stack = [top]
    visited = 0
    while stack:
        visited += 1
        if visited > max_folders:
            return True
        folder = stack.pop()
        try:
            with os.scandir(folder) as entries:
                for entry in entries:
                    try:
                        if entry.is_symlink():
                            if entry.is_dir() and link_outside(entry.path, top) is not None:
                                return True
                        elif entry.is_dir(follow_symlinks=False):
                            stack.append(entry.path)
                    except OSError:
                        continue
        except OSError:
            continue
    return False


def notes_signature(root: Path) -> Signature:
    """(path relative to ``root``, file key) of every note and program file: the loader's
    own idea of a changed file (``corpus.cache.file_key``: an edit whose mtime was put
    back is seen too).

    Hidden files and folders are skipped, as the loader skips them. Unreadable
    folders are ignored rather than raised: the loader reports those as problems.
    """
    from summit_tui.corpus.cache import file_key  # not before the first frame

    found: set[tuple[str, tuple[int, ...]]] = set()
    top = os.fspath(root)
    skip = len(top.rstrip(os.sep)) + 1
    stack = [top]
    while stack:
        folder = stack.pop()
        try:
            with os.scandir(folder) as entries:
                for entry in entries:
                    if entry.name.startswith("."):
                        continue
                    try:
                        if entry.is_dir(follow_symlinks=False):
                            if not skipped_folder(entry.name):
                                stack.append(entry.path)
                        elif entry.name.lower().endswith(WATCHED_SUFFIXES) or is_note_name(
                            entry.name
                        ):
                            rel = entry.path[skip:].replace(os.sep, "/")
                            found.add((rel, file_key(entry.stat())))
                    except OSError:
                        continue
        except OSError:
            continue
    return frozenset(found)
