"""Loading the notes for the app: the default loader and what a failed load says.

The App runs the loader in a thread worker. A loader is ``loader(path, progress)``; the
``progress`` it is given reports (done, total) and, for the default loader, also takes
the notes parsed so far (``partial(corpus)``) so the tree fills while a first load goes on.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from summit_tui.corpus.model import Corpus

Progress = Callable[[int, int], None]
Loader = Callable[[Path, Progress], "Corpus"]


class LoadCancelled(Exception):
    """Raised into the loader when its worker was cancelled (a reload, or quitting)."""


class LoadReport:
    """The ``progress`` a loader is given: call it with (done, total); a loader that can
    also show the notes parsed so far calls ``partial(corpus)`` (the default one does).
    ``known_keys``: the notes' file keys the app has just stat'ed (its folder signature),
    so the default loader does not stat every note a second time."""

    def __init__(
        self,
        progress: Progress,
        partial: Callable[[Corpus], None],
        known_keys: Mapping[str, tuple[int, ...]] | None = None,
    ) -> None:
        self._progress = progress
        self.partial = partial
        self.known_keys = known_keys

    def __call__(self, done: int, total: int) -> None:
        self._progress(done, total)


def build_with_cache(path: Path, progress: Progress, *, follow_links: bool = False) -> Corpus:
    """The default loader: the notes folder through the load cache (``follow_links``: read
    notes behind symbolic links that lead out of the folder too)."""
    from summit_tui import config
    from summit_tui.corpus.build import build_corpus

    report = progress if isinstance(progress, LoadReport) else None
    return build_corpus(
        path,
        cache_dir=config.cache_dir(),
        progress=progress,
        partial=report.partial if report is not None else None,
        follow_links=follow_links,
        known_keys=report.known_keys if report is not None else None,
    )


def missing_message(path: Path, why: str) -> str:
    return (
        f"The notes folder {path} does not exist (from {why}).\n\n"
        "Start summit-tui with --notes DIR, set $SUMMIT_TUI_NOTES, or run it where a "
        "notes/ folder is. Press ctrl+r to try again, q to quit."
    )


def error_message(path: Path, error: Exception) -> str:
    """What the reader says when the loader raised."""
    try:
        from summit_tui.corpus.build import NotesDirError
    except ImportError:  # no loader at all: fall through to the generic text
        NotesDirError = ()  # type: ignore[assignment,misc]
    if NotesDirError and isinstance(error, NotesDirError):
        return f"{error}\n\nPress ctrl+r to try again, q to quit."
    if isinstance(error, ImportError):
        return f"The notes loader is not available: {error}"
    return (
        f"Could not load the notes in {path}: {type(error).__name__}: {error}\n\n"
        "This is a bug in summit-tui; `summit-tui check` may say more. "
        "Press ctrl+r to try again."
    )
