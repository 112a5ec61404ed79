"""The right pane: item header, one tab per author, the source line and the entries."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar

from rich.cells import cell_len, set_cell_size
from rich.text import Text
from textual import events, on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.message import Message
from textual.reactive import var
from textual.widget import Widget
from textual.widgets import Static

from summit_tui.corpus.writers import NO_AUTHOR
from summit_tui.places import IN_NOTES, Places, seen_from
from summit_tui.text import clean_line
from summit_tui.ui.fit import keep_ends, keep_path_end
from summit_tui.ui.styled import StyledStatic, resolve
from summit_tui.ui.widgets.entry_view import EntryView
from summit_tui.ui.widgets.item_header import ItemHeader

if TYPE_CHECKING:
    from summit_tui.corpus.model import Corpus, Entry, Item
    from summit_tui.corpus.passages import Passage


def shorten(text: str, width: int) -> str:
    """Cut to ``width`` cells with an ellipsis, minding double-width characters."""
    return set_cell_size(text, width - 1).rstrip() + "…"


def source_line(
    entry: Entry,
    position: str | None,
    cursor: str | None,
    width: int,
    places: Places = IN_NOTES,
) -> Text:
    """ "lines 12–40 (entry 2 of 3) · cursor 17 · notes/file.md" within ``width`` cells,
    the file written as ``places`` writes it (from the folder the app was started in).

    The file name is what says where the text is, so it stays: the cursor's line goes
    first, then the entry's position, and a file name still too long keeps its end."""
    lines = f"lines {entry.start_line}–{entry.end_line}"
    name = places.of(entry.note)
    for extra in ((position, cursor), (position, None), (None, None)):
        parts = [part for part in extra if part]
        if cell_len(lines + "".join(parts) + " · " + name) <= width:
            break
    room = width - cell_len(lines + "".join(parts) + " · ")
    name = keep_path_end(name, max(1, room))
    text = Text(no_wrap=True, overflow="ellipsis", end="")
    text.append(lines, style="source-line--lines")
    for part in parts:
        text.append(part, style="source-line--cursor" if part is cursor else "")
    text.append(" · ")
    text.append(name)
    return text


class SourceLine(Widget):
    """The reader's source line, fitted to its width each time it is drawn (a width
    worked out before the layout settles would let the file name wrap out of sight).

    | Class | Description |
    | :- | :- |
    | `source-line--lines` | The entry's lines in its file. |
    | `source-line--cursor` | The cursor's line. |
    """

    COMPONENT_CLASSES: ClassVar[set[str]] = {"source-line--lines", "source-line--cursor"}

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._shown: tuple[Entry, str | None, str | None] | None = None
        self._places = IN_NOTES

    def show(
        self,
        entry: Entry | None,
        position: str | None = None,
        cursor: str | None = None,
        places: Places = IN_NOTES,
    ) -> None:
        self._shown = (entry, position, cursor) if entry is not None else None
        self._places = places
        self.refresh()

    def render(self) -> Text:
        if self._shown is None:
            return Text("")
        width = self.content_region.width or self.size.width or 80
        return resolve(source_line(*self._shown, width, self._places), self)


@dataclass(frozen=True, slots=True)
class AuthorTab:
    author: str
    entries: tuple[Entry, ...]


_MARK = f" {NO_AUTHOR}"


def _shortened(name: str, room: int) -> str:
    """A tab's label cut to ``room`` cells; a note without a writer keeps its "(no author)"
    mark, its place is cut instead, while there is room for a few of its letters."""
    if name.endswith(_MARK) and room >= len(_MARK) + 6:
        return shorten(name[: -len(_MARK)], room - len(_MARK)) + _MARK
    return shorten(name, room)


class AuthorTabs(StyledStatic):
    """A one-line tab bar: `1 Alice  2 Bob`; click or press 1–9 to pick.

    | Class | Description |
    | :- | :- |
    | `author-tabs--active` | The tab shown. |
    | `author-tabs--inactive` | Every other tab. |
    | `author-tabs--key` | The digit that picks a tab. |
    | `author-tabs--empty` | Said when nobody wrote about the item. |
    """

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "author-tabs--active",
        "author-tabs--inactive",
        "author-tabs--key",
        "author-tabs--empty",
    }

    class Picked(Message):
        def __init__(self, index: int) -> None:
            super().__init__()
            self.index = index

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._authors: list[str] = []
        self._active = -1
        self._spans: list[tuple[int, int]] = []

    def set_tabs(self, authors: Sequence[str], active: int) -> None:
        self._authors = list(authors)
        self._active = active
        self._redraw()

    def set_active(self, active: int) -> None:
        self._active = active
        self._redraw()

    def on_resize(self) -> None:
        self._redraw()

    def _labels(self) -> list[str]:
        """Author names, shortened evenly when they do not all fit on one line."""
        names = [clean_line(author) or "(unknown author)" for author in self._authors]
        width = self.content_region.width or 80
        overhead = 4  # " 1 " before and " " after each name, plus the gap
        if sum(cell_len(name) + overhead for name in names) <= width or not names:
            return names
        room = max(4, width // len(names) - overhead)
        labels = [name if cell_len(name) <= room else _shortened(name, room) for name in names]
        if len(set(labels)) == len(labels):
            return labels
        # Cut at their ends, names that share their start look the same (QA8): keep
        # both ends of those instead.
        same = {label for label in labels if labels.count(label) > 1}
        return [
            keep_ends(name, room) if label in same else label
            for name, label in zip(names, labels, strict=True)
        ]

    def _redraw(self) -> None:
        text = Text(end="", no_wrap=True, overflow="ellipsis")
        self._spans = []
        for index, name in enumerate(self._labels()):
            if index:
                text.append(" ")
            start = text.cell_len
            key = str(index + 1) if index < 9 else " "
            tab = "author-tabs--active" if index == self._active else "author-tabs--inactive"
            text.append(f" {key} {name} ", style=tab)
            text.stylize("author-tabs--key", len(text) - len(name) - 3, len(text) - len(name) - 2)
            self._spans.append((start, text.cell_len))
        if not self._authors:
            text.append(" no notes about this item yet", style="author-tabs--empty")
        self.update(text)

    def on_click(self, event: events.Click) -> None:
        # Spans are cells on a single unwrapped line; good enough for a short bar.
        for index, (start, end) in enumerate(self._spans):
            if start <= event.x < end:
                self.post_message(self.Picked(index))
                return


class Reader(Vertical):
    """Shows an item (or an unsorted entry, or a message) with author tabs."""

    class AuthorChanged(Message):
        def __init__(self, reader: Reader, author: str | None) -> None:
            super().__init__()
            self.reader = reader
            self.author = author

    item_id: var[str | None] = var(None)  # the item shown (None: an unsorted entry, a message)

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._tabs: list[AuthorTab] = []
        self._active = -1
        self._entry_id: str | None = None  # the unsorted entry shown, if any
        self._corpus: Corpus | None = None

    def compose(self) -> ComposeResult:
        yield ItemHeader(id="item-header")
        yield AuthorTabs(id="author-tabs")
        yield SourceLine(id="entry-source")
        yield EntryView(id="entry-view")
        yield Static(id="reader-message")

    # -- public API -------------------------------------------------------------------------

    @property
    def entry_view(self) -> EntryView:
        return self.query_one(EntryView)

    @property
    def unsorted_entry_id(self) -> str | None:
        return self._entry_id

    @property
    def authors(self) -> list[str]:
        return [tab.author for tab in self._tabs]

    @property
    def current_author(self) -> str | None:
        return self._tabs[self._active].author if 0 <= self._active < len(self._tabs) else None

    @property
    def current_passage(self) -> Passage | None:
        return self.entry_view.current_passage

    @property
    def current_entry(self) -> Entry | None:
        return self.entry_view.current_entry

    def show_message(self, message: str) -> None:
        self.item_id = self._entry_id = None
        self._tabs = []
        self._active = -1
        self.query_one("#reader-message", Static).update(Text(message))
        self.add_class("-message")

    def show_item(self, corpus: Corpus, item: Item, author: str | None = None) -> None:
        by_author: dict[str, list[Entry]] = {}
        for entry in corpus.entries_for(item.id):
            by_author.setdefault(entry.author, []).append(entry)
        tabs = [AuthorTab(a, tuple(by_author[a])) for a in corpus.authors_for(item.id)]
        self.remove_class("-message")
        self._corpus = corpus
        self.query_one(ItemHeader).show_item(corpus, item)
        self._set_tabs(tabs, author, reset=self.item_id != item.id or self._entry_id is not None)
        self._entry_id = None
        self.item_id = item.id

    def show_unsorted(self, corpus: Corpus, entry: Entry) -> None:
        self.remove_class("-message")
        self._corpus = corpus
        self.query_one(ItemHeader).show_unsorted(entry, corpus.writer)
        self._set_tabs([AuthorTab(entry.author, (entry,))], entry.author, reset=True)
        self._entry_id = entry.id
        self.item_id = None

    def select_author(self, index: int) -> bool:
        """Pick the author tab at ``index`` (0-based); False when there is none."""
        if not 0 <= index < len(self._tabs):
            return False
        if index != self._active:
            self._active = index
            self._show_active()
        return True

    def select_author_name(self, author: str) -> bool:
        for index, tab in enumerate(self._tabs):
            if tab.author == author:
                return self.select_author(index)
        return False

    def select_line(self, line: int, note: str | None = None) -> bool:
        return self.entry_view.select_line(line, note)

    def select_passage_text(self, text: str, line: int, note: str | None = None) -> bool:
        return self.entry_view.select_passage_text(text, line, note)

    # -- internals --------------------------------------------------------------------------

    def _set_tabs(self, tabs: list[AuthorTab], author: str | None, *, reset: bool) -> None:
        previous = self.current_author
        self._tabs = tabs
        names = [tab.author for tab in tabs]
        wanted = author if author is not None else (None if reset else previous)
        self._active = names.index(wanted) if wanted in names else (0 if tabs else -1)
        self._show_active()

    def _show_active(self) -> None:
        # the tabs show each writer as every view does (a note without one: where it is)
        writer = self._corpus.writer if self._corpus is not None else str
        self.query_one(AuthorTabs).set_tabs([writer(a) for a in self.authors], self._active)
        tab = self._tabs[self._active] if self._active >= 0 else None
        self.entry_view.show_entries(
            self._corpus,
            tab.entries if tab else (),
            empty_text="Nobody has written about this yet.",
        )
        self._update_source()
        self.post_message(self.AuthorChanged(self, self.current_author))

    def _update_source(self) -> None:
        source = self.query_one(SourceLine)
        tab = self._tabs[self._active] if self._active >= 0 else None
        entry = self.entry_view.current_entry
        if tab is None or entry is None:
            source.show(None)
            return
        position = None
        if len(tab.entries) > 1:
            number = tab.entries.index(entry) + 1 if entry in tab.entries else 1
            position = f" (entry {number} of {len(tab.entries)})"
        passage = self.entry_view.current_passage
        cursor = f" · cursor {passage.start_line}" if passage is not None else None
        places = seen_from(self._corpus.root) if self._corpus is not None else IN_NOTES
        source.show(entry, position, cursor, places)

    @on(EntryView.CursorMoved)
    def _cursor_moved(self) -> None:
        self._update_source()

    def on_author_tabs_picked(self, event: AuthorTabs.Picked) -> None:
        event.stop()
        self.select_author(event.index)

    def on_entry_view_author_step(self, event: EntryView.AuthorStep) -> None:
        event.stop()
        self.step_author(event.step)

    def step_author(self, step: int) -> None:
        """The previous (-1) or next (1) author's tab, wrapping around; says so when alone."""
        count = len(self._tabs)
        if count > 1:
            self.select_author((self._active + step) % count)
        else:
            who = "one author" if count == 1 else "no author"
            self.notify(f"Only {who} wrote about this: there is no other tab.", markup=False)
