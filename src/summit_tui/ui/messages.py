"""What travels up to the App: places to open and requests only the App can carry out.

Widgets and screens never import the App nor reach into it: they post one of these
messages (or a screen dismisses with a ``Place``), and the App, which owns the corpus,
the search index and the annotation session, acts and calls down.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from textual.message import Message

if TYPE_CHECKING:
    from summit_tui.annotate.model import Annotation
    from summit_tui.corpus.model import Corpus, Entry
    from summit_tui.corpus.outline import Outline
    from summit_tui.corpus.passages import Passage
    from summit_tui.corpus.watch import Signature
    from summit_tui.search.index import SearchIndex


@dataclass(frozen=True, slots=True)
class Place:
    """Somewhere in the notes the reader can show: an item on an author's tab, or an
    entry (its item's tab, or the entry alone when it is unsorted), at a file line."""

    item_id: str | None = None
    entry_id: str | None = None
    author: str | None = None
    line: int | None = None
    note: str | None = None  # the note the line is in, when an author has several
    passage: str | None = None  # its passage's text: found again when lines above it moved


class OpenPlace(Message):
    """Show this place in the reader, focused on its passage (a jump: ctrl+o comes back)."""

    def __init__(self, place: Place) -> None:
        super().__init__()
        self.place = place


class AnnotateRequested(Message):
    """Write (or edit) an annotation on an item, or on one passage of one of its entries."""

    def __init__(
        self,
        item_id: str,
        entry: Entry | None = None,
        passage: Passage | None = None,
        annotation: Annotation | None = None,
    ) -> None:
        super().__init__()
        self.item_id = item_id
        self.entry = entry
        self.passage = passage
        self.annotation = annotation  # the one to edit; None: a new one, or the passage's


class MarkRequested(Message):
    """Toggle an item's star (``which`` "star") or reviewed mark ("reviewed")."""

    def __init__(self, item_id: str, which: str) -> None:
        super().__init__()
        self.item_id = item_id
        self.which = which


class ReportRequested(Message):
    """Write the conference report into the export folder: of every talk, or of ``items``."""

    def __init__(self, items: tuple[str, ...] = ()) -> None:
        super().__init__()
        self.items = items


class OpenInEditor(Message):
    """Hand the terminal to $EDITOR on a file (the reader's note when ``path`` is None)."""

    def __init__(self, path: Path | None = None, line: int | None = None) -> None:
        super().__init__()
        self.path = path
        self.line = line


class CorpusLoaded(Message):
    """A load finished: the complete corpus (``partial`` False) or the notes parsed so far;
    ``outline`` is what the tree shows of it (made in the worker; None: made when shown)."""

    def __init__(
        self,
        corpus: Corpus,
        signature: Signature | None = None,
        *,
        partial: bool = False,
        outline: Outline | None = None,
    ) -> None:
        super().__init__()
        self.corpus = corpus
        self.signature = signature
        self.partial = partial
        self.outline = outline


class NotesRefreshed(Message):
    """Some notes changed on disk and were read again alone: ``corpus`` is ``before``
    with them, ``index`` its search index (None when it must be built again)."""

    def __init__(
        self,
        before: Corpus,
        corpus: Corpus,
        index: SearchIndex | None,
        signature: Signature,
        outline: Outline | None = None,
    ) -> None:
        super().__init__()
        self.before = before
        self.corpus = corpus
        self.index = index
        self.signature = signature
        self.outline = outline


class CorpusChanged(Message, bubble=False):
    """Told (by the App) to each open screen when a new complete corpus is loaded."""

    def __init__(self, corpus: Corpus) -> None:
        super().__init__()
        self.corpus = corpus


class AnnotationsChanged(Message, bubble=False):
    """Told (by the App) to each open screen when an annotation or a mark changed."""


class IndexReady(Message):
    """The search index of ``corpus`` is built (or read from the cache)."""

    def __init__(self, corpus: Corpus, index: SearchIndex) -> None:
        super().__init__()
        self.corpus = corpus
        self.index = index
