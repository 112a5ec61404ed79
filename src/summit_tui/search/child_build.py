"""Build a notes folder's search index in a child process, into the cache.

The build is seconds of pure Python at 10,000 notes. In the app's process it would
hold the GIL beside the UI, and what it allocates and frees on the way would stay in
the process's memory for the rest of its life. A helper process (``summit_tui.children``:
``python -m summit_tui.search.child_build``) loads the corpus from the notes cache the
app has just written, builds the index, saves it and exits; the app then reads the
saved index (``SearchIndex.load_or_build``'s ``elsewhere``).

Like the parse workers, the child is only ever a way to be faster and leaner: when it
cannot start, fails, is stopped, or built for notes that changed in the meantime (the
saved index's digest then does not match), the caller builds in its own process.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from summit_tui import children

if TYPE_CHECKING:
    from summit_tui.corpus.model import Corpus
    from summit_tui.search.index import Progress

CHILD_MIN_NOTES = 300  # about a second of building in-process


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
    saves), a cache dir that cannot be written, or where no helper can run; False too
    when the child cannot start or fails. ``progress(done, total)`` follows the child's
    build. ``cancelled`` is asked while waiting: when it says yes, the child is stopped,
    so leaving the search screen or quitting the app never waits for a build.
    """
    if len(corpus.notes) < CHILD_MIN_NOTES or not os.access(cache_dir, os.W_OK):
        return False
    try:
        children.run(
            __name__,
            None,
            (corpus.root, str(cache_dir)),
            progress=progress,
            cancelled=cancelled,
        )
    except (children.Unavailable, children.Failed):
        return False
    return True


def build(request: tuple[str, str], progress: Progress) -> bool:
    """The child's work: the corpus from the notes cache, its index built and saved."""
    from summit_tui.corpus.build import build_corpus
    from summit_tui.search.index import SearchIndex

    notes, cache = Path(request[0]), Path(request[1])
    corpus = build_corpus(notes, cache_dir=cache)
    SearchIndex.load_or_build(corpus, cache, progress=progress)
    return True


def main() -> None:
    children.serve(lambda _setup: build)


if __name__ == "__main__":
    main()
