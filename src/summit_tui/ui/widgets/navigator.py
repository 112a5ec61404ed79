"""The left pane: event → day → track → items, plus the Unsorted entries.

Labels are Rich ``Text`` built from cleaned note text, never markup strings (a
``str`` label would be parsed as console markup by the Tree).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, ClassVar

from rich.style import Style
from rich.text import Text
from textual.binding import Binding, BindingType
from textual.widgets import Tree
from textual.widgets.tree import TreeNode

from summit_tui.corpus.shown_titles import unnamed_speakers
from summit_tui.text import clean_line
from summit_tui.ui.fit import fit_text
from summit_tui.ui.styled import resolve

if TYPE_CHECKING:
    from summit_tui.corpus.model import Day, Entry, Item
    from summit_tui.corpus.outline import Outline

MarksFn = Callable[[str], tuple[bool, bool]]
UnsortedFn = Callable[[], Sequence["Entry"]]
WriterFn = Callable[[str], str]  # an author key as shown (Corpus.writer)
EXPAND_ALL_UP_TO = 300  # items; bigger programs open with tracks collapsed


class KindFilter(StrEnum):
    ALL = "all"
    SESSIONS = "sessions"
    BOOTHS = "booths"

    def next(self) -> KindFilter:
        order = list(KindFilter)
        return order[(order.index(self) + 1) % len(order)]

    def allows(self, item: Item) -> bool:
        if self is KindFilter.SESSIONS:
            return item.kind == "session"  # ItemKind.SESSION (a StrEnum)
        if self is KindFilter.BOOTHS:
            return item.kind == "booth"  # ItemKind.BOOTH
        return True


@dataclass(frozen=True, slots=True)
class NavData:
    kind: str  # "event", "day", "track", "item", "unsorted", "entry"
    key: str  # event id, day key, track key, item id, entry id
    items: tuple[str, ...] = ()  # item ids below this node (for review progress)
    title: str = ""


def without_event(title: str, event: str) -> str:
    """An item's title without the event's name it starts with ("PyCon JP 2024 1日目
    参加レポート" under PyCon JP 2024 is "1日目 参加レポート"): the tree shows the event
    above it, and at 80 columns the rest of the title is what tells the items apart.
    The title as it is when nothing would be left."""
    name = event.casefold()
    if not name:
        return title
    if title[: len(event)].casefold() == name:
        rest = title[len(event) :]
        if rest[:1].isalnum() and event[-1].isalnum():
            return title  # the event's name is the start of a longer word
    elif title[:1] in _OPENING and title[1 : 1 + len(event)].casefold() == name:
        rest = title[1 + len(event) :].lstrip(" ")
        rest = rest[1:] if rest[:1] in _CLOSING_BRACKETS else rest
    else:
        return title
    return rest.lstrip(_SEPARATORS) or title


_OPENING = "【[(「『"
_CLOSING_BRACKETS = "】])」』"
_SEPARATORS = " \t-–—:：|·,、"


def item_label(item: Item, authors: int, marks: tuple[bool, bool], event_title: str = "") -> Text:
    starred, reviewed = marks
    text = Text(no_wrap=True, overflow="ellipsis", end="")
    if starred:
        text.append("★", style="navigator--star")
    if reviewed:
        text.append("✓", style="navigator--reviewed")
    if starred or reviewed:
        text.append(" ")
    text.append(f"({authors}) ", style="navigator--muted")
    title = without_event(clean_line(item.title), clean_line(event_title))
    text.append(title or item.id, style="" if authors else "navigator--muted")
    # a speaker the title already names ("Jane Doe — Observability …") is not said twice
    who = ", ".join(clean_line(name) for name in unnamed_speakers(item))
    if who:
        text.append(f" — {who}", style="navigator--muted")
    return text


def day_title(day: Day) -> str:
    """The day's label, with its date when the label does not say it."""
    label = clean_line(day.label)
    if day.date and day.date not in label:
        return f"{label} · {day.date}" if label else day.date
    return label or "Day unknown"


def progress_label(title: str, reviewed: int, total: int) -> Text:
    text = Text(no_wrap=True, overflow="ellipsis", end="")
    text.append(clean_line(title), style="navigator--branch")
    text.append(f"  {reviewed}/{total} reviewed", style="navigator--muted")
    return text


def entry_label(entry: Entry, writer: WriterFn = str) -> Text:
    """An unsorted entry's row: its title and who wrote it, as ``Corpus.writer`` shows them."""
    text = Text(no_wrap=True, overflow="ellipsis", end="")
    text.append(clean_line(entry.title) or "(untitled)")
    text.append(f" — {clean_line(writer(entry.author))}", style="navigator--muted")
    return text


class Navigator(Tree[NavData]):
    """The program tree. Posts Tree.NodeHighlighted as the cursor moves.

    Labels name their parts' styles by these classes (resolved when drawn):

    | Class | Description |
    | :- | :- |
    | `navigator--branch` | An event, day or track. |
    | `navigator--unsorted` | The Unsorted branch. |
    | `navigator--star` | ★ on a starred item. |
    | `navigator--reviewed` | ✓ on a reviewed item. |
    | `navigator--muted` | Counts, speakers, authors, an item nobody wrote about. |
    | `navigator--placeholder` | Loading… or why there is nothing to show. |
    """

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "navigator--branch",
        "navigator--unsorted",
        "navigator--star",
        "navigator--reviewed",
        "navigator--muted",
        "navigator--placeholder",
    }

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "j,down", "cursor_down", "Down", show=False, tooltip="The next line", id="nav.down"
        ),
        Binding("k,up", "cursor_up", "Up", show=False, tooltip="The line above", id="nav.up"),
        Binding(
            "enter",
            "select_cursor",
            "Read",
            show=False,
            tooltip="Read the item in the reader (or fold a day or track)",
            id="nav.read",
        ),
        Binding(
            "space", "toggle_node", "Fold", show=False, tooltip="Fold or unfold", id="nav.fold"
        ),
        Binding(
            "h,left",
            "collapse",
            "Collapse",
            show=False,
            tooltip="Fold this day or track, or go up to the one it is in",
            id="nav.collapse",
        ),
        Binding(
            "l,right",
            "expand",
            "Expand",
            show=False,
            tooltip="Unfold this day or track, or go down into it",
            id="nav.expand",
        ),
        Binding("g,home", "scroll_home", "Top", show=False, tooltip="The first line", id="nav.top"),
        Binding(
            "G,end", "scroll_end", "Bottom", show=False, tooltip="The last line", id="nav.bottom"
        ),
    ]

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(Text("Program"), id=id)
        self.show_root = False
        self.guide_depth = 2
        self._outline: Outline | None = None
        self._items: dict[str, Item] = {}
        self._marks: MarksFn = lambda _item_id: (False, False)
        self.kind_filter = KindFilter.ALL
        self._item_nodes: dict[str, TreeNode[NavData]] = {}
        self._entry_nodes: dict[str, TreeNode[NavData]] = {}
        # A folded track's items get their nodes when it is first opened (or one of them
        # is looked for): a large program has thousands, and the first screenful shows few.
        self._unfilled: dict[int, tuple[TreeNode[NavData], list[Item]]] = {}
        self._track_of: dict[str, TreeNode[NavData]] = {}
        self._unsorted: UnsortedFn | None = None
        self._writer: WriterFn = str
        self._unsorted_filled = False

    @property
    def outline(self) -> Outline | None:
        """What the tree shows (the program, author counts), once populated."""
        return self._outline

    def render_label(self, node: TreeNode[NavData], base_style: Style, style: Style) -> Text:
        """The label, cut at a word with an ellipsis where the pane ends (the tree would
        crop it mid-word: "— Ste")."""
        label = resolve(super().render_label(node, base_style, style), self)
        width = self.scrollable_content_region.width
        line = node.line
        if width <= 0 or not 0 <= line < len(self._tree_lines):
            return label
        room = width - self._tree_lines[line]._get_guide_width(self.guide_depth, self.show_root)
        return fit_text(label, room - 1) if label.cell_len > room - 1 else label

    # -- building ---------------------------------------------------------------------------

    def show_placeholder(self, message: str) -> None:
        self.clear()
        self._outline = None
        self._item_nodes.clear()
        self._entry_nodes.clear()
        self._unfilled.clear()
        self._track_of.clear()
        self.root.add_leaf(Text(message, style="navigator--placeholder"))

    def populate(
        self,
        outline: Outline,
        marks: MarksFn,
        kind_filter: KindFilter,
        unsorted: UnsortedFn | None = None,
        writer: WriterFn = str,
    ) -> None:
        """Rebuild the tree from an outline (of a loaded corpus, or saved by the last
        load); ``unsorted`` gives the unsorted entries (None: not known yet, see
        ``use_unsorted``). The caller restores the selection."""
        self._outline = outline
        self._items = {item.id: item for item in outline.items()}
        self._marks = marks
        self.kind_filter = kind_filter
        self.clear()
        self._item_nodes.clear()
        self._entry_nodes.clear()
        self._unfilled.clear()
        self._track_of.clear()
        expand_all = len(self._items) <= EXPAND_ALL_UP_TO
        for event in outline.program.events:
            event_items = tuple(
                item.id
                for day in event.days
                for track in day.tracks
                for item in track.items
                if kind_filter.allows(item)
            )
            event_node = self.root.add(
                Text(clean_line(event.title), style="navigator--branch"),
                data=NavData("event", event.id, event_items),
                expand=True,
            )
            for day_index, day in enumerate(event.days):
                day_items = tuple(
                    item.id
                    for track in day.tracks
                    for item in track.items
                    if kind_filter.allows(item)
                )
                if not day_items:
                    continue
                day_node = event_node.add(
                    Text(day.label),
                    data=NavData("day", f"{event.id}/{day.date}", day_items, day_title(day)),
                    expand=expand_all or day_index == 0,
                )
                for track in day.tracks:
                    items = [item for item in track.items if kind_filter.allows(item)]
                    if not items:
                        continue
                    track_node = day_node.add(
                        Text(track.name),
                        data=NavData(
                            "track",
                            f"{event.id}/{day.date}/{track.name}",
                            tuple(i.id for i in items),
                            track.name,
                        ),
                        expand=expand_all,
                        allow_expand=True,
                    )
                    for item in items:
                        self._track_of[item.id] = track_node
                    if expand_all:
                        self._fill_track(track_node, items)
                    else:
                        self._unfilled[track_node.id] = (track_node, items)
        # Unsorted entries get their nodes when the branch is first opened: a large folder
        # has thousands, and making them all would hold up every (partial) load.
        self._unsorted = unsorted
        self._writer = writer
        self._unsorted_filled = False
        if outline.unsorted:
            self.root.add(
                Text(""), data=NavData("unsorted", "unsorted"), expand=False, allow_expand=True
            )
        self._relabel_branches(self.root)

    def _fill_track(self, track_node: TreeNode[NavData], items: list[Item]) -> None:
        outline = self._outline
        for item in items:
            authors = outline.authors_of(item.id) if outline is not None else 0
            self._item_nodes[item.id] = track_node.add_leaf(
                item_label(item, authors, self._marks(item.id), self._event_title(item)),
                data=NavData("item", item.id),
            )

    def _event_title(self, item: Item) -> str:
        outline = self._outline
        event = outline.program.event(item.event) if outline is not None else None
        return event.title if event is not None else ""

    def _fill(self, node: TreeNode[NavData]) -> None:
        unfilled = self._unfilled.pop(node.id, None)
        if unfilled is not None:
            self._fill_track(*unfilled)

    def use_unsorted(self, unsorted: UnsortedFn, writer: WriterFn = str) -> None:
        """The unsorted entries are known now (the corpus is in): an opened Unsorted branch
        that waited for them is filled."""
        self._unsorted = unsorted
        self._writer = writer
        node = self.unsorted_node()
        if node is not None and self._unsorted_filled and not self._entry_nodes:
            node.remove_children()
            self._unsorted_filled = False
            self._fill_unsorted()

    def _fill_unsorted(self) -> None:
        node = self.unsorted_node()
        if node is None or self._unsorted_filled:
            return
        self._unsorted_filled = True
        if self._unsorted is None:
            node.add_leaf(Text("Loading notes…", style="navigator--placeholder"))
            return
        for entry in self._unsorted():
            self._entry_nodes[entry.id] = node.add_leaf(
                entry_label(entry, self._writer), data=NavData("entry", entry.id)
            )

    def _on_tree_node_expanded(self, event: Tree.NodeExpanded[NavData]) -> None:
        data = event.node.data
        if data is not None and data.kind == "unsorted":
            self._fill_unsorted()
        elif data is not None and data.kind == "track":
            self._fill(event.node)
        self.call_after_refresh(self._show_children, event.node)

    def _show_children(self, node: TreeNode[NavData]) -> None:
        """Scroll what the user just opened into view: the branch's children, as many as
        fit below it, the branch itself kept (opening the last branch, Unsorted at the
        bottom, showed nothing new). Only the cursor's branch: ``reveal`` opens parents on
        the way to another node, which it scrolls to itself."""
        if node is not self.cursor_node or not node.is_expanded or not node.children:
            return
        self.get_node_at_line(0)  # the line index, after the expansion
        last = node
        while last.is_expanded and last.children:
            last = last.children[-1]
        height = self.scrollable_content_region.height
        if node.line < 0 or last.line < 0 or height <= 0:
            return
        top = round(self.scroll_offset.y)
        if last.line < top + height:
            return  # all of it is in view already
        self.scroll_to(y=min(node.line, last.line - height + 1), animate=False, immediate=True)

    def refresh_labels(self, item_ids: Iterable[str] | None = None) -> None:
        """Relabel items (marks, author counts) and every progress count."""
        outline = self._outline
        if outline is None:
            return
        wanted = set(item_ids) if item_ids is not None else None
        for item_id, node in self._item_nodes.items():
            if wanted is not None and item_id not in wanted:
                continue
            item = self._items.get(item_id)
            if item is not None:
                node.set_label(
                    item_label(
                        item,
                        outline.authors_of(item_id),
                        self._marks(item_id),
                        self._event_title(item),
                    )
                )
        self._relabel_branches(self.root)

    def _relabel_branches(self, node: TreeNode[NavData]) -> None:
        for child in node.children:
            data = child.data
            if data is None or data.kind in ("item", "entry"):
                continue
            if data.kind in ("day", "track"):
                reviewed = sum(1 for item_id in data.items if self._marks(item_id)[1])
                child.set_label(progress_label(data.title, reviewed, len(data.items)))
            elif data.kind == "event":
                event = self._outline.program.event(data.key) if self._outline else None
                label = Text(
                    clean_line(event.title) if event else data.key, style="navigator--branch"
                )
                if self.kind_filter is not KindFilter.ALL:
                    label.append(f"  ({self.kind_filter.value} only)", style="navigator--muted")
                child.set_label(label)
            elif data.kind == "unsorted":
                label = Text("Unsorted", style="navigator--unsorted")
                count = self._outline.unsorted if self._outline is not None else 0
                label.append(
                    f"  {count} {'entry' if count == 1 else 'entries'} in no item",
                    style="navigator--muted",
                )
                child.set_label(label)
            self._relabel_branches(child)

    # -- finding and moving -----------------------------------------------------------------

    def item_node(self, item_id: str) -> TreeNode[NavData] | None:
        if item_id not in self._item_nodes:
            track = self._track_of.get(item_id)
            if track is not None:
                self._fill(track)
        return self._item_nodes.get(item_id)

    def entry_node(self, entry_id: str) -> TreeNode[NavData] | None:
        if entry_id not in self._entry_nodes:
            self._fill_unsorted()
        return self._entry_nodes.get(entry_id)

    def unsorted_node(self) -> TreeNode[NavData] | None:
        return next((n for n in self.root.children if n.data and n.data.kind == "unsorted"), None)

    def reveal(self, node: TreeNode[NavData]) -> None:
        """Expand the ancestors of a node and put the cursor on it."""
        parent = node.parent
        while parent is not None:
            if not parent.is_expanded:
                parent.expand()
            parent = parent.parent
        self.get_node_at_line(0)  # rebuilds the line index after expanding
        if node.line >= 0:
            # Not move_cursor(): it scrolls against sizes that are stale right after a rebuild.
            self.cursor_line = node.line
        self.call_after_refresh(self._scroll_into_view, node)

    def _scroll_into_view(self, node: TreeNode[NavData]) -> None:
        # After a rebuild the tree may have scrolled against stale sizes; settle it.
        if node.line < 0:
            return
        if node.line < self.scrollable_content_region.height - 1:
            self.scroll_home(animate=False, immediate=True)
        else:
            self.scroll_to_node(node, animate=False)

    def sibling_item(self, item_id: str, step: int) -> str | None:
        """The previous/next item in the same track (as filtered), or None at the ends."""
        node = self._item_nodes.get(item_id)
        if node is None or node.parent is None:
            return None
        siblings = [child for child in node.parent.children if child.data is not None]
        position = siblings.index(node) + step
        if 0 <= position < len(siblings):
            data = siblings[position].data
            return data.key if data is not None else None
        return None

    # -- actions ----------------------------------------------------------------------------

    def action_collapse(self) -> None:
        node = self.cursor_node
        if node is None:
            return
        if node.allow_expand and node.is_expanded:
            node.collapse()
        elif node.parent is not None and node.parent is not self.root:
            self.move_cursor(node.parent, animate=False)

    def action_expand(self) -> None:
        node = self.cursor_node
        if node is None:
            return
        if node.allow_expand and not node.is_expanded:
            node.expand()
        elif node.children:
            self.move_cursor(node.children[0], animate=False)
