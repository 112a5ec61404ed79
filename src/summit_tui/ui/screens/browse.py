"""The main screen: the program tree on the left, the reader on the right."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar, cast

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.screen import Screen
from textual.widgets import Static, Tree

from summit_tui.ui.widgets.footer import KeyBar
from summit_tui.ui.widgets.navigator import KindFilter, NavData, Navigator
from summit_tui.ui.widgets.passage_notes import PassageNotes
from summit_tui.ui.widgets.reader import Reader

if TYPE_CHECKING:
    from summit_tui.corpus.model import Corpus
    from summit_tui.ui.app import SummitApp


ITEM_GROUP = Binding.Group("Prev/next", compact=True)
SWITCH = "Switch between the program tree and the reader"


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


class BrowseScreen(Screen[None]):
    """Browse the program and read every author's entries for an item."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("tab", "switch_pane", "Pane", tooltip=SWITCH, id="browse.switch_pane"),
        Binding(
            "shift+tab", "switch_pane", "Pane", show=False, tooltip=SWITCH, id="browse.switch_back"
        ),
        *_author_bindings(),
        Binding(
            "left",
            "author_step(-1)",
            "Previous author",
            show=False,
            tooltip="Previous author tab (in the reader)",
            id="browse.previous_author",
        ),
        Binding(
            "right",
            "author_step(1)",
            "Next author",
            show=False,
            tooltip="Next author tab (in the reader)",
            id="browse.next_author",
        ),
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
    ]

    def __init__(self) -> None:
        super().__init__(id="browse")
        self.kind_filter = KindFilter.ALL

    @property
    def summit(self) -> SummitApp:
        return cast("SummitApp", self.app)

    def compose(self) -> ComposeResult:
        with Horizontal(id="panes"):
            yield Navigator(id="navigator")
            yield Reader(id="reader")
        yield PassageNotes()  # your notes on the passage under the cursor (annotations)
        yield Static(id="status")
        yield KeyBar()

    def on_mount(self) -> None:
        self.navigator.border_title = "Program"
        self.reader.entry_view.border_title = "Notes"
        # A static placeholder, not the animated LoadingIndicator: its redraws compete
        # with the loader thread for the GIL and made loading several times slower.
        self.navigator.show_placeholder("Loading notes…")
        self.reader.show_message("Loading notes…")
        self.navigator.focus()
        # After the first frame: the loader thread competes with painting for the GIL.
        self.call_after_refresh(self.summit.load)

    # -- parts ------------------------------------------------------------------------------

    @property
    def navigator(self) -> Navigator:
        return self.query_one(Navigator)

    @property
    def reader(self) -> Reader:
        return self.query_one(Reader)

    def set_status(self, text: Text) -> None:
        self.query_one("#status", Static).update(text)

    # -- called by the app ------------------------------------------------------------------

    def show_loading(self, message: str) -> None:
        if self.summit.corpus is None:
            self.reader.show_message(message)

    def show_failure(self, message: str) -> None:
        self.navigator.show_placeholder("No notes loaded")
        self.reader.show_message(message)

    def show_corpus(self, corpus: Corpus) -> None:
        """Fill the tree from a (re)loaded corpus, keeping the selection when possible."""
        reader = self.reader
        item_id, entry_id = reader.item_id, reader.unsorted_entry_id
        author = reader.current_author
        passage = reader.current_passage
        line = passage.start_line if passage is not None else None
        self.navigator.populate(corpus, self.summit.marks, self.kind_filter)
        if item_id is not None and corpus.item(item_id) is not None:
            self.open_item(item_id, author, line)
        elif entry_id is not None and corpus.entry(entry_id) is not None:
            self.open_entry(entry_id, line)
        else:
            self._open_first()

    def refresh_marks(self, item_ids: list[str] | None = None) -> None:
        # Safe before the screen is composed: populate() reads the marks anyway.
        for navigator in self.query(Navigator):
            navigator.refresh_labels(item_ids)

    def _open_first(self) -> None:
        corpus = self.summit.corpus
        if corpus is None:
            return
        first = next((i for i in corpus.items() if self.kind_filter.allows(i)), None)
        if first is not None:
            self.open_item(first.id)
        elif corpus.unsorted():
            self.open_entry(corpus.unsorted()[0].id)
        else:
            self.reader.show_message(
                f"No notes found in {corpus.root}.\nAdd Markdown files (*.md) and press ctrl+r."
            )

    def open_item(self, item_id: str, author: str | None = None, line: int | None = None) -> bool:
        corpus = self.summit.corpus
        item = corpus.item(item_id) if corpus is not None else None
        if corpus is None or item is None:
            return False
        if not self.kind_filter.allows(item):
            self.kind_filter = KindFilter.ALL
            self.navigator.populate(corpus, self.summit.marks, self.kind_filter)
        node = self.navigator.item_node(item_id)
        self.reader.show_item(corpus, item, author)
        if node is not None:
            self.navigator.reveal(node)
        if author is not None:
            self.reader.select_author_name(author)
        if line is not None:
            self.reader.select_line(line)
        return True

    def open_entry(self, entry_id: str, line: int | None = None) -> bool:
        """Open an entry: on its item's author tab, or as an unsorted entry."""
        corpus = self.summit.corpus
        entry = corpus.entry(entry_id) if corpus is not None else None
        if corpus is None or entry is None:
            return False
        link = corpus.link(entry_id)
        target = line if line is not None else entry.start_line
        if link is not None and link.item_id is not None and corpus.item(link.item_id):
            opened = self.open_item(link.item_id, entry.author, None)
            self.reader.entry_view.select_line(target, entry.note)
            return opened
        self.reader.show_unsorted(corpus, entry)
        node = self.navigator.entry_node(entry_id)
        if node is not None:
            self.navigator.reveal(node)
        self.reader.select_line(target)
        return True

    # -- events -----------------------------------------------------------------------------

    def on_tree_node_highlighted(self, event: Tree.NodeHighlighted[NavData]) -> None:
        data = event.node.data
        corpus = self.summit.corpus
        if data is None or corpus is None:
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
            self.reader.entry_view.focus()

    # -- actions ----------------------------------------------------------------------------

    def action_switch_pane(self) -> None:
        if self.navigator.has_focus:
            self.reader.entry_view.focus()
        else:
            self.navigator.focus()

    def action_author(self, index: int) -> None:
        if not self.reader.select_author(index):
            count = len(self.reader.authors)
            self.notify(
                f"There is no author tab {index + 1} here ({count} author"
                f"{'' if count == 1 else 's'}).",
                severity="warning",
                markup=False,
            )

    def action_author_step(self, step: int) -> None:
        count = len(self.reader.authors)
        if count > 1:
            current = self.reader.authors.index(self.reader.current_author or "")
            self.reader.select_author((current + step) % count)

    def action_sibling(self, step: int) -> None:
        item_id = self.reader.item_id
        if item_id is None:
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
        self.open_item(target)

    def action_cycle_filter(self) -> None:
        self.kind_filter = self.kind_filter.next()
        corpus = self.summit.corpus
        if corpus is not None:
            item_id = self.reader.item_id
            self.navigator.populate(corpus, self.summit.marks, self.kind_filter)
            item = corpus.item(item_id) if item_id else None
            if item is not None and self.kind_filter.allows(item):
                node = self.navigator.item_node(item.id)
                if node is not None:
                    self.navigator.reveal(node)
            else:
                self._open_first()
        labels = {
            KindFilter.ALL: "sessions and booths",
            KindFilter.SESSIONS: "sessions only",
            KindFilter.BOOTHS: "booths only",
        }
        self.navigator.border_subtitle = labels[self.kind_filter]
        self.notify(f"Showing {labels[self.kind_filter]}.", markup=False, timeout=2)

    def action_open_editor(self) -> None:
        self.summit.open_in_editor()
