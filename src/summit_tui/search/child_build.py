"""Build a notes folder's search index in a child process, into the cache.

The build is seconds of pure Python at 10,000 notes. In the app's process it would
hold the GIL beside the UI, and what it allocates and frees on the way would stay in
the process's memory for the rest of its life. A child
(``python -m summit_tui.search.child_build NOTES CACHE``) loads the corpus from the
notes cache the app has just written, builds the index, saves it and exits; the app
then reads the saved index (``SearchIndex.load_or_build``'s ``elsewhere``).

Like the parse workers, the child is only ever a way to be faster and leaner: when it
cannot start, fails, is stopped, or built for notes that changed in the meantime (the
saved index's digest then does not match), the caller builds in its own process.
"""

from __future__ import annotations

import os
import select
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from summit_tui.corpus.model import Corpus
    from summit_tui.search.index import Progress

CHILD_MIN_NOTES = 300  # about a second of building in-process
POLL_SECONDS = 0.1


def build_in_child(
    corpus: Corpus,
    cache_dir: Path | str,
    *,
    cancelled: Callable[[], bool] = lambda: False,
    progress: Progress | None = None,
) -> bool:
    """Build ``corpus``'s index in a child and wait for it; True when the child ran to
    the end (the caller then reads the index from ``cache_dir``).

    False at once for a small corpus (starting an interpreter costs more than the build
    saves), a cache dir that cannot be written, or Windows (where a pipe cannot be
    waited on with a timeout). ``progress(done, total)`` follows the child's build.
    ``cancelled`` is asked while waiting: when it says yes, the child is stopped, so
    leaving the search screen or quitting the app never waits for a build.
    """
    if (
        len(corpus.notes) < CHILD_MIN_NOTES
        or not sys.executable
        or sys.platform == "win32"
        or not os.access(cache_dir, os.W_OK)
    ):
        return False
    try:
        child = subprocess.Popen(
            _command(corpus.root, str(cache_dir)),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,  # progress, a line "done total" now and then
            stderr=subprocess.DEVNULL,  # the app's terminal is the screen
        )
    except (OSError, ValueError):
        return False
    with child:
        assert child.stdout is not None
        pending = b""
        while True:
            if cancelled():
                child.kill()
                child.wait()
                return False
            ready, _, _ = select.select([child.stdout], [], [], POLL_SECONDS)
            if not ready:
                continue
            chunk = os.read(child.stdout.fileno(), 4096)
            if not chunk:  # the child closed its end: it is done
                return child.wait() == 0
            *lines, pending = (pending + chunk).split(b"\n")
            if progress is not None and lines:
                _report(lines[-1], progress)


def _report(line: bytes, progress: Progress) -> None:
    try:
        done, total = map(int, line.split())
    except ValueError:
        return  # not a progress line: nothing to show
    progress(done, total)


def _command(notes_root: str, cache_dir: str) -> list[str]:
    return [sys.executable, "-m", "summit_tui.search.child_build", notes_root, cache_dir]


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 2:
        print("usage: python -m summit_tui.search.child_build NOTES CACHE", file=sys.stderr)
        return 2
    from summit_tui.corpus.build import build_corpus
    from summit_tui.search.index import SearchIndex

    notes, cache = Path(args[0]), Path(args[1])

    def progress(done: int, total: int) -> None:
        print(done, total, flush=True)

    SearchIndex.load_or_build(build_corpus(notes, cache_dir=cache), cache, progress=progress)
    return 0


if __name__ == "__main__":
    sys.exit(main())
