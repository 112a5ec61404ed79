"""The main screen: the program tree on the left, the reader on the right.

Keys act on what has focus: in the tree, on the node under its cursor (an event or a
day is not something to star, and the key says so); in the reader, on the item and
passage shown. What only the App can do is asked for with a message.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.message import Message
from textual.reactive import reactive
from textual.screen import Screen
from textual.widgets import Tree

from summit_tui.ui.messages import AnnotateRequested, MarkRequested, OpenInEditor, OpenPlace, Place
from summit_tui.ui.styled import StyledStatic
from summit_tui.ui.widgets.entry_view import EntryView
from summit_tui.ui.widgets.footer import KeyBar
from summit_tui.ui.widgets.navigator import KindFilter, NavData, Navigator
from summit_tui.ui.widgets.passage_notes import PassageNotes
from summit_tui.ui.widgets.reader import Reader
from summit_tui.words import COMPARE_NEEDS_TWO

if TYPE_CHECKING:
    from summit_tui.annotate.session import AnnotationSession
    from summit_tui.corpus.model import Corpus
    from summit_tui.corpus.outline import Outline


ITEM_GROUP = Binding.Group("Prev/next", compact=True)
SWITCH = "Switch between the program tree and the reader"
NOT_AN_ITEM = {
    "event": "an event",
    "day": "a day",
    "track": "a track",
    "unsorted": "the Unsorted list",
    "entry": "an unsorted entry (it is in no session or booth)",
}


def _author_bindings() -> list[Binding]:
    return [
        Binding(
            str(n),
            f"author({n - 1})",
            f"Author {n}",
            show=False,
            tooltip="Pick the author tab with this number",
            id=f"browse.author-{n}",
        )
        for n in range(1, 10)
    ]


# lines under the panes: the status line and the keys, and up to four of passage notes
_MOST_BELOW = 7


class BrowseScreen(Screen[None]):
    """Browse the program and read every author's entries for an item."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("tab", "switch_pane", "Pane", tooltip=SWITCH, id="browse.switch_pane"),
        Binding(
            "shift+tab", "switch_pane", "Pane", show=False, tooltip=SWITCH, id="browse.switch_back"
        ),
        *_author_bindings(),
        Binding(
            "left_square_bracket",
            "sibling(-1)",
            "Previous item in the track",
            id="browse.previous_item",
            group=ITEM_GROUP,
        ),
        Binding(
            "right_square_bracket",
            "sibling(1)",
            "Next item in the track",
            id="browse.next_item",
            group=ITEM_GROUP,
        ),
        Binding(
            "slash",
            "app.search",
            "Search",
            tooltip="Find items, passages, annotations",
            id="search",
        ),
        Binding(
            "c",
            "compare",
            "Compare",
            tooltip="The item's authors side by side",
            id="app.compare",
        ),
        Binding(
            "a",
            "annotate",
            "Annotate",
            tooltip="Comment on the passage (reader) or the item (tree)",
            id="app.annotate",
        ),
        Binding("s", "mark('star')", "Star", tooltip="Star or unstar the item", id="app.star"),
        Binding(
            "r",
            "mark('reviewed')",
            "Reviewed",
            tooltip="Mark the item reviewed, or not",
            id="app.reviewed",
        ),
        Binding(
            "A",
            "app.annotations",
            "All annotations",
            key_display="A",
            show=False,
            tooltip="Every annotation: filter, jump, edit, delete",
            id="app.annotations",
        ),
        Binding(
            "e",
            "app.export",
            "Export annotations",
            show=False,
            tooltip="Export every annotation as Markdown",
            id="app.export",
        ),
        Binding(
            "R",
            "app.report",
            "Report",
            key_display="R",
            show=False,
            tooltip="Write the conference report (Markdown) into the export folder",
            id="app.report",
        ),
        Binding(
            "p",
            "app.problems",
            "Problems",
            show=False,
            tooltip="What the loader reported about the notes",
            id="app.problems",
        ),
        Binding(
            "o",
            "open_editor",
            "Editor",
            show=False,
            tooltip="Open the note in $EDITOR at the cursor's line",
            id="browse.open_editor",
        ),
        Binding(
            "f",
            "cycle_filter",
            "Filter",
            show=False,
            tooltip="Show sessions and booths → sessions only → booths only",
            id="browse.filter",
        ),
        Binding(
            "ctrl+o",
            "app.jump_back",
            "Back",
            show=False,
            tooltip="Back to where the last jump came from",
            id="app.jump_back",
        ),
        Binding(
            "ctrl+i,alt+right",
            "app.jump_forward",
            "Forward",
            show=False,
            tooltip="Forward again after going back (alt+right where ctrl+i is tab)",
            id="app.jump_forward",
        ),
        Binding(
            "alt+left",
            "app.jump_back",
            "Back",
            show=False,
            tooltip="Back to where the last jump came from",
            id="app.jump_back_alt",
        ),
        Binding(
            "ctrl+r",
            "app.reload",
            "Reload",
            show=False,
            tooltip="Reload the notes",
            id="app.reload",
        ),
        Binding("q", "app.quit", "Quit", tooltip="Quit summit-tui", id="app.quit"),
    ]

    kind_filter: reactive[KindFilter] = reactive(KindFilter.ALL, init=False)

    class Ready(Message):
        """The screen is composed and mounted: the notes can be loaded into it."""

    def __init__(self) -> None:
        super().__init__(id="browse")
        self._corpus: Corpus | None = None
        self._outline: Outline | None = None  # what the tree shows
        self._partial = False
        self._session: AnnotationSession | None = None

    def compose(self) -> ComposeResult:
        with Horizontal(id="panes"):
            yield Navigator(id="navigator")
            yield Reader(id="reader")
        yield PassageNotes()  # your notes on the passage under the cursor (annotations)
        yield StyledStatic(id="status")
        # keys a user learns once: on a narrow footer they give way to star, reviewed and quit
        yield KeyBar(first_to_go=("browse.switch_pane", "browse.previous_item"))

    def on_mount(self) -> None:
        self.navigator.border_title = "Program"
        self.reader.entry_view.border_title = "Notes"
        # A static placeholder, not the animated LoadingIndicator: its redraws compete
        # with the loader thread for the GIL and made loading several times slower.
        self.navigator.show_placeholder("Loading notes…")
        self.reader.show_message("Loading notes…")
        self.navigator.focus()
        self.screen_layout_refresh_signal.subscribe(self, self._fit_toasts)
        self.post_message(self.Ready())

    def _fit_toasts(self, _screen: Screen[object] | None = None) -> None:
        """Notifications over the panes' bottom border, not on it: the bar of your notes on
        the passage takes one to four lines under the panes, or none (summit.tcss gives the
        toasts the room of the status line and the keys alone)."""
        panes = self.query_one("#panes")
        below = min(max(3, self.size.height - panes.region.bottom + 1), _MOST_BELOW)
        for lines in range(4, _MOST_BELOW + 1):  # summit.tcss: a margin for each
            self.set_class(below == lines, f"-toasts-above-{lines}")

    # -- parts ------------------------------------------------------------------------------

    @property
    def navigator(self) -> Navigator:
        return self.query_one(Navigator)

    @property
    def reader(self) -> Reader:
        return self.query_one(Reader)

    @property
    def current_item_id(self) -> str | None:
        return self.reader.item_id

    def set_status(self, text: Text) -> None:
        # Not query_one: a worker's message may arrive while the app is tearing the screen down.
        for status in self.query("#status").results(StyledStatic):
            status.update(text)

    def focus_reader(self) -> None:
        # At once, not on a later tick as focus() does: the keys after are the reader's.
        self.set_focus(self.reader.entry_view)

    def current_place(self) -> Place | None:
        """Where the reader is: its item or unsorted entry, author and passage."""
        reader = self.reader
        if reader.item_id is None and reader.unsorted_entry_id is None:
            return None
        passage, entry = reader.current_passage, reader.current_entry
        return Place(
            item_id=reader.item_id,
            entry_id=reader.unsorted_entry_id,
            author=reader.current_author,
            line=passage.start_line if passage is not None else None,
            note=entry.note if entry is not None else None,
            passage=passage.text if passage is not None else None,
        )

    # -- called by the app ------------------------------------------------------------------

    def show_loading(self, message: str) -> None:
        self.reader.show_message(message)

    def show_failure(self, message: str) -> None:
        self._corpus = None
        self._outline = None
        self.navigator.show_placeholder("No notes loaded")
        self.reader.show_message(message)
        self.refresh_bindings()

    def show_outline(self, outline: Outline) -> None:
        """The tree as the last load left it (``corpus.outline``), before the corpus is in:
        browsed meanwhile, with the cursor where a load puts it; the reader waits."""
        self._outline = outline
        navigator = self.navigator
        navigator.populate(outline, self.marks, self.kind_filter)
        first = next((i for i in outline.items() if self.kind_filter.allows(i)), None)
        node = navigator.item_node(first.id) if first is not None else None
        if node is not None:
            navigator.reveal(node)

    def show_corpus(
        self, corpus: Corpus, outline: Outline | None = None, *, partial: bool = False
    ) -> None:
        """Fill the tree from a (re)loaded corpus, keeping the selection when possible.

        When the tree already shows this very folder's outline (drawn before the corpus
        was unpacked), it stays as the user has moved and folded it meanwhile; the reader
        shows the item under the cursor."""
        from summit_tui.corpus.outline import Outline

        here = self.current_place()
        if outline is None:
            outline = Outline.of(corpus)
        shown = self.navigator.outline
        kept = (
            self._corpus is None
            and shown is not None
            and bool(outline.signature)
            and shown.signature == outline.signature
        )
        self._corpus = corpus
        self._partial = partial
        self._outline = outline
        if kept:
            self.navigator.use_unsorted(corpus.unsorted, corpus.writer)
            self._open_at_cursor()
        else:
            self.navigator.populate(
                outline, self.marks, self.kind_filter, corpus.unsorted, corpus.writer
            )
            if here is None or not (self.open_place(here) or self._open_note_line(here)):
                self._open_first()
        self.refresh_bindings()

    def _open_at_cursor(self) -> None:
        """Show the item under the tree's cursor in the reader (or the first item, when
        the cursor is on a day or a track), without moving the cursor."""
        corpus = self._corpus
        if corpus is None:
            return
        node = self.navigator.cursor_node
        data = node.data if node is not None else None
        item = corpus.item(data.key) if data is not None and data.kind == "item" else None
        if item is None:
            item = next((i for i in corpus.items() if self.kind_filter.allows(i)), None)
        if item is None:
            self._open_first()
            return
        self.reader.show_item(corpus, item)

    def use_annotations(self, session: AnnotationSession) -> None:
        self._session = session
        self.reader.entry_view.passage_marks = session.is_annotated

    def annotations_changed(self) -> None:
        """Marks or annotations changed: relabel the tree, redraw the notes and highlights."""
        for navigator in self.query(Navigator):  # safe before the screen is composed
            navigator.refresh_labels()
        if self.is_mounted:
            self._show_passage_notes()
            self.reader.entry_view.refresh()

    def marks(self, item_id: str) -> tuple[bool, bool]:
        """(starred, reviewed); both False while the annotation store is not open."""
        return self._session.marks(item_id) if self._session is not None else (False, False)

    def open_place(self, place: Place) -> bool:
        """Show a place: an item (at an author and line) or an entry. False if it is gone."""
        if place.item_id is not None:
            opened = self._open_item(place.item_id, place.author, place.line, place.note)
        elif place.entry_id is not None:
            opened = self._open_entry(place.entry_id, place.line)
        else:
            return False
        if opened and place.passage is not None and place.line is not None:
            # Lines written or removed above it since: the same passage, not the same line.
            self.reader.select_passage_text(place.passage, place.line, place.note)
        return opened

    def _open_note_line(self, place: Place) -> bool:
        """The entry of the place's note that holds its line: where the reader was, when its
        item's id changed (its title edited on disk) or it left its item."""
        corpus = self._corpus
        if corpus is None or place.note is None or place.line is None:
            return False
        line = place.line
        entry = next(
            (
                e
                for e in corpus.entries
                if e.note == place.note and e.start_line <= line <= e.end_line
            ),
            None,
        )
        return entry is not None and self._open_entry(entry.id, line)

    # -- opening ----------------------------------------------------------------------------

    def _open_first(self) -> None:
        corpus = self._corpus
        if corpus is None:
            return
        first = next((i for i in corpus.items() if self.kind_filter.allows(i)), None)
        if first is not None:
            self._open_item(first.id)
        elif corpus.unsorted():
            self._open_entry(corpus.unsorted()[0].id)
        else:
            from summit_tui.unread import empty_folder_hint

            hint = empty_folder_hint(Path(corpus.root))
            if not corpus.notes and not self.navigator.root.children:
                # the tree says it too: an empty pane looked like a folder still loading
                self.navigator.root.add_leaf(
                    Text("No notes found in this folder", style="navigator--placeholder")
                )
            self.reader.show_message(
                f"No notes found in {corpus.root}.\n"
                + (f"{hint}\n" if hint else "")
                + "Add Markdown files (*.md) and press ctrl+r."
            )

    def _open_item(
        self,
        item_id: str,
        author: str | None = None,
        line: int | None = None,
        note: str | None = None,
    ) -> bool:
        corpus = self._corpus
        item = corpus.item(item_id) if corpus is not None else None
        if corpus is None or item is None:
            return False
        if not self.kind_filter.allows(item):
            self.kind_filter = KindFilter.ALL  # the watcher rebuilds the tree
        self.reader.show_item(corpus, item, author)
        node = self.navigator.item_node(item_id)
        if node is not None:
            self.navigator.reveal(node)
        if line is not None:
            self.reader.select_line(line, note)
        return True

    def _open_entry(self, entry_id: str, line: int | None = None) -> bool:
        """Open an entry: on its item's author tab, or as an unsorted entry."""
        corpus = self._corpus
        entry = corpus.entry(entry_id) if corpus is not None else None
        if corpus is None or entry is None:
            return False
        target = line if line is not None else entry.start_line
        item_id = corpus.linked_item_id(entry_id)
        if item_id is not None and corpus.item(item_id) is not None:
            return self._open_item(item_id, entry.author, target, entry.note)
        self.reader.show_unsorted(corpus, entry)
        node = self.navigator.entry_node(entry_id)
        if node is not None:
            self.navigator.reveal(node)
        self.reader.select_line(target)
        return True

    # -- what has focus ---------------------------------------------------------------------

    def _focused_item(self, doing: str) -> str | None:
        """The item the focused pane is on, or None after saying why there is none."""
        navigator = self.navigator
        if navigator.has_focus:
            node = navigator.cursor_node
            data = node.data if node is not None else None
            if data is not None and data.kind == "item":
                return data.key
            where = NOT_AN_ITEM.get(data.kind, "nothing") if data is not None else "nothing"
            self.notify(
                f"{doing} needs a session or booth: the cursor is on {where}.",
                markup=False,
                timeout=4,
            )
            return None
        item_id = self.reader.item_id
        if item_id is None:
            why = (
                "this entry is in no session or booth"
                if self.reader.unsorted_entry_id is not None
                else "nothing is open"
            )
            self.notify(f"{doing} needs a session or booth: {why}.", markup=False, timeout=4)
        return item_id

    # -- events -----------------------------------------------------------------------------

    def on_tree_node_highlighted(self, event: Tree.NodeHighlighted[NavData]) -> None:
        data = event.node.data
        corpus = self._corpus
        if data is None or corpus is None:
            return
        if event.node is not self.navigator.cursor_node:
            # A late message: the cursor moved on, or the tree was rebuilt (a filter typed
            # right after another) since. Opening its item would leave the reader on an item
            # the tree no longer shows or points at.
            return
        if data.kind == "item" and data.key != self.reader.item_id:
            item = corpus.item(data.key)
            if item is not None:
                self.reader.show_item(corpus, item)
        elif data.kind == "entry" and data.key != self.reader.unsorted_entry_id:
            entry = corpus.entry(data.key)
            if entry is not None:
                self.reader.show_unsorted(corpus, entry)

    def on_tree_node_selected(self, event: Tree.NodeSelected[NavData]) -> None:
        data = event.node.data
        if data is not None and data.kind in ("item", "entry"):
            self.focus_reader()

    @on(EntryView.CursorMoved)
    def _cursor_moved(self) -> None:
        self._show_passage_notes()

    def _show_passage_notes(self) -> None:
        reader = self.reader
        self.query_one(PassageNotes).show_for(
            self._session, reader.item_id, reader.current_entry, reader.current_passage
        )

    def watch_kind_filter(self, kind_filter: KindFilter) -> None:
        outline, corpus = self._outline, self._corpus
        if outline is not None:
            unsorted = corpus.unsorted if corpus is not None else None
            writer = corpus.writer if corpus is not None else str
            self.navigator.populate(outline, self.marks, kind_filter, unsorted, writer)
        labels = {
            KindFilter.ALL: "sessions and booths",
            KindFilter.SESSIONS: "sessions only",
            KindFilter.BOOTHS: "booths only",
        }
        self.navigator.border_subtitle = labels[kind_filter]

    # -- actions ----------------------------------------------------------------------------

    def action_switch_pane(self) -> None:
        if self.navigator.has_focus:
            self.focus_reader()
        else:
            self.set_focus(self.navigator)

    def action_author(self, index: int) -> None:
        if not self.reader.select_author(index):
            count = len(self.reader.authors)
            self.notify(
                f"There is no author tab {index + 1} here ({count} author"
                f"{'' if count == 1 else 's'}).",
                severity="warning",
                markup=False,
            )

    def action_sibling(self, step: int) -> None:
        item_id = self.reader.item_id
        if item_id is None:
            self.notify("[ and ] move between the items of a track: open an item.", markup=False)
            return
        target = self.navigator.sibling_item(item_id, step)
        if target is None:
            self.notify(
                "This is the first item of its track."
                if step < 0
                else "This is the last item of its track.",
                markup=False,
            )
            return
        self._open_item(target)

    def action_cycle_filter(self) -> None:
        item_id = self.reader.item_id
        self.kind_filter = self.kind_filter.next()
        corpus = self._corpus
        if corpus is not None:
            item = corpus.item(item_id) if item_id else None
            if item is not None and self.kind_filter.allows(item):
                node = self.navigator.item_node(item.id)
                if node is not None:
                    self.navigator.reveal(node)
            else:
                self._open_first()
        self.notify(f"Showing {self.navigator.border_subtitle}.", markup=False, timeout=2)

    def action_open_editor(self) -> None:
        self.post_message(OpenInEditor())

    def action_mark(self, which: str) -> None:
        item_id = self._focused_item("Starring" if which == "star" else "Marking reviewed")
        if item_id is not None:
            self.post_message(MarkRequested(item_id, which))

    def action_annotate(self) -> None:
        """`a`: the passage under the reader's cursor (in an item or not), or the item
        under the tree's."""
        reader = self.reader
        entry, passage = reader.current_entry, reader.current_passage
        if not self.navigator.has_focus and reader.unsorted_entry_id is not None:
            if entry is None or passage is None:
                self.notify("a annotates the passage under the cursor: there is none.")
                return
            self.post_message(AnnotateRequested("", entry, passage))  # a passage in no item
            return
        item_id = self._focused_item("Annotating")
        if item_id is None:
            return
        if self.navigator.has_focus or passage is None:
            self.post_message(AnnotateRequested(item_id))
            return
        self.post_message(AnnotateRequested(item_id, entry, passage))

    def action_compare(self) -> None:
        """Open the compare screen on the item in focus (it needs two or more authors)."""
        from summit_tui.ui.screens.compare import CompareScreen

        corpus = self._corpus
        if corpus is None:
            self.notify("Compare needs the notes: they are not loaded yet.", markup=False)
            return
        item_id = self._focused_item("Compare")
        if item_id is None:
            return
        if self._partial:
            self.notify("Compare is ready once the notes have loaded.", markup=False)
            return
        if len(corpus.authors_for(item_id)) < 2:
            self.notify(
                COMPARE_NEEDS_TWO,
                severity="warning",
                markup=False,
            )
            return
        author = self.reader.current_author if self.reader.item_id == item_id else None
        self.app.push_screen(CompareScreen(corpus, item_id, author), self._back_from_compare)

    def _back_from_compare(self, place: Place | None) -> None:
        if place is not None:
            self.post_message(OpenPlace(place))
