"""The compare screen: one column per author, passages lined up by what they say.

The alignment (compare/align.py) is computed in a worker. Each column is a Line-API
widget that wraps its passages once per width; moving the cursor in one column
highlights the counterparts in the others and scrolls them into view, so the
columns follow the alignment, not the line numbers. Note text only ever reaches
Rich as cleaned plain ``Text``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar

from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Container, Vertical
from textual.geometry import Region, Size
from textual.message import Message
from textual.reactive import reactive
from textual.screen import ModalScreen, Screen
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.widgets import SelectionList, Static
from textual.worker import get_current_worker

from summit_tui.compare.align import AlignedPassage, Alignment, Column, align_item
from summit_tui.compare.coverage import (
    consensus_order,
    coverage_label,
    echoes,
    nearest_counterpart,
    restrict,
)
from summit_tui.text import clean, clean_line
from summit_tui.ui.messages import AnnotateRequested, CorpusChanged, MarkRequested, Place
from summit_tui.ui.widgets.footer import KeyBar

if TYPE_CHECKING:
    from summit_tui.corpus.model import Corpus

MAX_COLUMNS = 4
NARROW = 100  # below this many terminal columns, the author columns stack
UNIQUE_MARK = "◆"
COVERED_MARK = "●"
UNCOVERED_MARK = "·"


def gutter_mark(passage: AlignedPassage, others: int) -> str:
    """◆ for a unique passage, else one ● per other author who covers it (· for the rest)."""
    if passage.unique:
        return UNIQUE_MARK
    covered = min(passage.coverage, others)
    return COVERED_MARK * covered + UNCOVERED_MARK * (others - covered)


@dataclass(slots=True)
class _Line:
    text: Text
    position: int  # index into the visible passages, -1 for context and blank lines
    first: bool = False  # first line of its passage: carries the gutter mark


class PassageColumn(ScrollView, can_focus=True):
    """One author's passages with a coverage gutter, a cursor and counterpart highlights."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "passage-column--cursor",
        "passage-column--counterpart",
        "passage-column--unique",
        "passage-column--unique-mark",
        "passage-column--covered-mark",
        "passage-column--context",
        "passage-column--empty",
    }

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j,down", "cursor(1)", "Next passage", show=False, id="compare.next"),
        Binding("k,up", "cursor(-1)", "Previous passage", show=False, id="compare.previous"),
        Binding("g,home", "edge(0)", "First passage", show=False, id="compare.top"),
        Binding("G,end", "edge(-1)", "Last passage", show=False, id="compare.bottom"),
        Binding("pagedown,space", "page(1)", "Page down", show=False, id="compare.page_down"),
        Binding("pageup", "page(-1)", "Page up", show=False, id="compare.page_up"),
    ]

    class CursorMoved(Message):
        """The cursor of a column moved onto a passage (None when the column is empty)."""

        def __init__(self, column: PassageColumn, passage: AlignedPassage | None) -> None:
            super().__init__()
            self.column = column
            self.passage = passage

        @property
        def control(self) -> PassageColumn:
            return self.column

    def __init__(self, column: Column, others: int, *, id: str | None = None) -> None:
        super().__init__(id=id, classes="passage-column")
        self.column = column
        self.others = others
        self.unique_only = False
        self.consensus = False  # passages in consensus order (most authors first)
        self.highlighted: frozenset[int] = frozenset()  # passage indices of counterparts
        self._visible: list[int] = list(range(len(column.passages)))
        self._cursor = 0 if self._visible else -1  # index into _visible
        self._lines: list[_Line] = []
        self._tops: list[tuple[int, int]] = []  # (first line, height) per visible passage
        self._width = -1
        self._wanted: tuple[int, bool] | None = None  # the last position asked to be shown
        title = Text(clean_line(column.author))
        title.append(f" · {column.unique_count} unique", style="not bold")
        self.border_title = title
        self._source = _sources(column.sources)

    # -- public API -------------------------------------------------------------------------

    @property
    def author(self) -> str:
        return self.column.author

    @property
    def current(self) -> AlignedPassage | None:
        if 0 <= self._cursor < len(self._visible):
            return self.column.passages[self._visible[self._cursor]]
        return None

    @property
    def visible(self) -> list[AlignedPassage]:
        return [self.column.passages[i] for i in self._visible]

    def set_unique_only(self, unique_only: bool) -> None:
        """Show only the passages no other author covers (or all of them again)."""
        self.unique_only = unique_only
        self._refilter()

    def set_consensus(self, consensus: bool) -> None:
        """Order the passages by how many other authors made the same point (most first,
        grouped under that count), or back in note order."""
        self.consensus = consensus
        self._refilter()

    def _refilter(self) -> None:
        current = self.current
        passages = self.column.passages
        order = consensus_order(self.column) if self.consensus else range(len(passages))
        self._visible = [i for i in order if passages[i].unique or not self.unique_only]
        self._cursor = -1
        if self._visible:
            self._cursor = 0
            if current is not None:
                if current.index in self._visible:
                    self._cursor = self._visible.index(current.index)
                elif not self.consensus:
                    # Stay where the reader was: the next passage shown.
                    after = [n for n, i in enumerate(self._visible) if i >= current.index]
                    self._cursor = after[0] if after else len(self._visible) - 1
        self._relayout(force=True)
        self._show_position(self._cursor, center=True)

    def set_highlight(self, indices: Sequence[int]) -> None:
        """Mark these passages (by index in the column) as counterparts of the cursor."""
        marked = frozenset(indices)
        if marked != self.highlighted:
            self.highlighted = marked
            self.refresh()

    def select(self, index: int, *, center: bool = True, announce: bool = True) -> bool:
        """Put the cursor on passage ``index`` of the column, if it is shown."""
        if index not in self._visible:
            return False
        self._move(self._visible.index(index), center=center, announce=announce)
        return True

    def reveal(self, index: int) -> None:
        """Scroll passage ``index`` into view without moving the cursor."""
        if index in self._visible:
            self._show_position(self._visible.index(index), center=True)

    def next_unique(self, step: int) -> bool:
        """Move to the next (step 1) or previous (-1) unique passage; False at the end."""
        positions = range(self._cursor + step, len(self._visible) if step > 0 else -1, step)
        for position in positions:
            if self.column.passages[self._visible[position]].unique:
                self._move(position, center=True)
                return True
        return False

    def rendered_text(self) -> str:
        """The column as plain text, one screen line per line (for tests)."""
        self._relayout()
        return "\n".join(self._plain(line) for line in self._lines)

    # -- actions ----------------------------------------------------------------------------

    def action_cursor(self, step: int) -> None:
        if not self._visible:
            return
        target = self._cursor + step
        if 0 <= target < len(self._visible):
            self._move(target)
        elif step > 0:
            self.scroll_down(animate=False)
        else:
            self.scroll_up(animate=False)

    def action_edge(self, which: int) -> None:
        if self._visible:
            self._move(0 if which == 0 else len(self._visible) - 1)

    def action_page(self, direction: int) -> None:
        height = max(1, self.scrollable_content_region.height - 1)
        target = max(0, min(self.scroll_offset.y + direction * height, self.max_scroll_y))
        self.scroll_to(y=target, animate=False, immediate=True)
        top = int(self.scroll_offset.y)
        position = next(
            (n for n, (first, _) in enumerate(self._tops) if first >= top), len(self._tops) - 1
        )
        if position >= 0:
            self._move(position)

    # -- layout -----------------------------------------------------------------------------

    def _gutter_width(self) -> int:
        return max(1, self.others) + 1

    def _relayout(self, *, force: bool = False) -> None:
        width = self.scrollable_content_region.width
        if width <= 0 or (width == self._width and not force):
            return
        self._width = width
        console = self.app.console
        gutter = self._gutter_width()
        body_width = max(8, width - gutter)
        context_style = self.get_component_rich_style("passage-column--context", partial=True)
        lines: list[_Line] = []
        tops: list[tuple[int, int]] = []
        previous_context: str | None = None
        for position, index in enumerate(self._visible):
            passage = self.column.passages[index]
            if lines:
                lines.append(_Line(Text(""), -1))
            context = (
                coverage_label(passage, self.others)
                if self.consensus
                else clean_line(passage.context)
            )
            if context and context != previous_context:
                heading = Text(context, style=context_style)
                for part in heading.wrap(console, width - 1):
                    lines.append(_Line(part, -1))
            previous_context = context
            body = Text(clean(passage.text).replace("\n", " "))
            wrapped = body.wrap(console, body_width) or [Text("")]
            tops.append((len(lines), len(wrapped)))
            for number, part in enumerate(wrapped):
                lines.append(_Line(part, position, first=number == 0))
        self._lines = lines
        self._tops = tops
        self.virtual_size = Size(width, max(1, len(lines)))
        self.refresh()

    def on_resize(self) -> None:
        self._relayout()
        self._show_position(self._cursor)
        # Keep the end of a long note path (its distinctive part and the lines) in view.
        room = max(8, self.size.width - 6)
        source = self._source
        self.border_subtitle = Text(source if len(source) <= room else "…" + source[1 - room :])

    def _plain(self, line: _Line) -> str:
        if line.position < 0:
            return line.text.plain.rstrip()
        passage = self.column.passages[self._visible[line.position]]
        mark = gutter_mark(passage, self.others) if line.first else ""
        return f"{mark:<{self._gutter_width()}}{line.text.plain}".rstrip()

    def render_line(self, y: int) -> Strip:
        self._relayout()
        scroll_x, scroll_y = self.scroll_offset
        width = self.scrollable_content_region.width
        base = self.rich_style
        index = y + scroll_y
        if not self._visible and index == 0:
            style = self.get_component_rich_style("passage-column--empty", partial=True)
            message = "No passages unique to this author." if self.unique_only else "No passages."
            text = Text(message, style=style, no_wrap=True, end="")
            return Strip(list(text.render(self.app.console))).crop_extend(0, width, base)
        if index >= len(self._lines):
            return Strip.blank(width, base)
        line = self._lines[index]
        if line.position < 0:
            strip = Strip(list(line.text.render(self.app.console)))
            return strip.crop_extend(scroll_x, scroll_x + width, base).apply_style(base)
        passage = self.column.passages[self._visible[line.position]]
        style = Style()
        if passage.unique:
            style += self.get_component_rich_style("passage-column--unique", partial=True)
        if passage.index in self.highlighted:
            style += self._background("passage-column--counterpart")
        if line.position == self._cursor and self.has_focus:
            style += self._background("passage-column--cursor")
        gutter = self._gutter_width()
        if line.first:
            mark = gutter_mark(passage, self.others)
            role = "unique-mark" if passage.unique else "covered-mark"
            mark_style = self.get_component_rich_style(f"passage-column--{role}", partial=True)
        else:
            mark, mark_style = "", Style()
        segments = [
            Segment(f"{mark:<{gutter}}", mark_style),
            *(
                Segment(s.text, style + s.style if s.style else style)
                for s in line.text.render(self.app.console)
            ),
        ]
        strip = Strip(segments).crop_extend(scroll_x, scroll_x + width, style)
        return strip.apply_style(base)

    def _background(self, component: str) -> Style:
        """Only the background of a component, blended with the widget's (CSS alpha works)."""
        return Style(bgcolor=self.get_component_rich_style(component).bgcolor)

    # -- cursor -----------------------------------------------------------------------------

    def _move(self, position: int, *, center: bool = False, announce: bool = True) -> None:
        self._cursor = position
        self._show_position(position, center=center)
        self.refresh()
        if announce:
            self.post_message(self.CursorMoved(self, self.current))

    def _show_position(self, position: int, *, center: bool = False, again: bool = True) -> None:
        self._relayout()
        if not 0 <= position < len(self._tops):
            return
        top, height = self._tops[position]
        view = self.scrollable_content_region.height
        height = min(height, max(1, view))
        region = Region(0, top, 1, height)
        self.scroll_to_region(region, animate=False, center=center, immediate=True)
        self._wanted = (position, center)
        first = int(self.scroll_offset.y)
        if again and not first <= top < first + view:
            # Just laid out: the new height counts for scrolling from the next frame.
            self.call_after_refresh(self._show_again, position, center)

    def _show_again(self, position: int, center: bool) -> None:
        if self._wanted == (position, center):  # not since moved elsewhere
            self._show_position(position, center=center, again=False)

    def on_focus(self) -> None:
        self.refresh()
        self.post_message(self.CursorMoved(self, self.current))

    def on_blur(self) -> None:
        self.refresh()


def _sources(sources: Sequence[str]) -> str:
    if not sources:
        return ""
    first = clean_line(sources[0])
    return first if len(sources) == 1 else f"{first} +{len(sources) - 1}"


class AuthorPicker(ModalScreen[list[str] | None]):
    """Pick which authors (two to four) get a column."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="compare.pick_cancel"),
        Binding("enter", "apply", "Show these authors", priority=True, id="compare.pick_apply"),
    ]

    def __init__(self, authors: Sequence[str], chosen: Sequence[str]) -> None:
        super().__init__(id="author-picker")
        self._authors = list(authors)
        self._chosen = set(chosen)

    def compose(self) -> ComposeResult:
        with Vertical(id="author-picker-box"):
            yield Static(
                Text(f"Show 2–{MAX_COLUMNS} authors side by side (space toggles, enter applies)"),
                id="author-picker-title",
            )
            yield SelectionList[int](
                *[
                    (Text(clean_line(author)), n, author in self._chosen)
                    for n, author in enumerate(self._authors)
                ],
                id="author-picker-list",
            )

    def action_apply(self) -> None:
        picked = [self._authors[n] for n in self.query_one(SelectionList).selected]
        picked = [a for a in self._authors if a in picked]  # keep the alignment's order
        if not 2 <= len(picked) <= MAX_COLUMNS:
            self.notify(
                f"Pick between 2 and {MAX_COLUMNS} authors ({len(picked)} picked).",
                severity="warning",
                markup=False,
            )
            return
        self.dismiss(picked)

    def action_cancel(self) -> None:
        self.dismiss(None)


class CompareScreen(Screen[Place | None]):
    """The same item from every author, side by side and aligned.

    Dismissed with the place to show in the reader: the passage under the cursor.
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "back", "Back", id="compare.back"),
        Binding("q", "back", "Back", show=False, id="compare.close"),
        Binding("tab", "switch_column(1)", "Column", id="compare.next_column"),
        Binding(
            "shift+tab",
            "switch_column(-1)",
            "Previous column",
            show=False,
            id="compare.prev_column",
        ),
        Binding("u", "toggle_unique", "Unique only", id="compare.unique_only"),
        Binding(
            "o",
            "toggle_order",
            "Consensus order",
            tooltip="Order the points by how many authors made them, or back in note order",
            id="compare.consensus_order",
        ),
        Binding("n", "next_unique(1)", "Next unique", id="compare.next_unique"),
        Binding("N", "next_unique(-1)", "Previous unique", id="compare.previous_unique"),
        Binding("w", "pick_authors", "Authors", id="compare.pick_authors"),
        Binding(
            "a",
            "annotate",
            "Annotate",
            show=False,
            tooltip="Comment on the passage under the cursor",
            id="compare.annotate",
        ),
        Binding(
            "s", "mark('star')", "Star", show=False, tooltip="Star the item", id="compare.star"
        ),
        Binding(
            "r",
            "mark('reviewed')",
            "Reviewed",
            show=False,
            tooltip="Mark the item reviewed, or not",
            id="compare.reviewed",
        ),
        Binding(
            "slash",
            "app.search",
            "Search",
            show=False,
            tooltip="Find items, passages, annotations",
            id="compare.search",
        ),
    ]

    unique_only: reactive[bool] = reactive(False, init=False)

    def __init__(self, corpus: Corpus, item_id: str, author: str | None = None) -> None:
        super().__init__(id="compare")
        self.corpus = corpus
        self.item_id = item_id
        self.start_author = author
        self.alignment: Alignment | None = None
        self.shown: list[str] = []
        self.consensus = False
        self._opening = False  # columns just mounted: each stays at its first passage

    def compose(self) -> ComposeResult:
        yield Static(id="compare-title")
        yield Static(Text("Aligning passages …", style="italic"), id="compare-message")
        yield Container(id="compare-columns")
        yield Static(id="compare-echo")
        yield Static(id="compare-status")
        yield KeyBar()

    def on_mount(self) -> None:
        item = self.corpus.item(self.item_id)
        title = Text(no_wrap=True, overflow="ellipsis", end="")
        title.append("Compare  ", style="bold")
        title.append(clean_line(item.title) if item else self.item_id)
        self.query_one("#compare-title", Static).update(title)
        self.set_class(True, "-loading")
        self._set_narrow(self.app.size.width)
        self._align()

    def on_corpus_changed(self, message: CorpusChanged) -> None:
        """Notes changed on disk: realign, or go back when the item is gone."""
        corpus = self.corpus = message.corpus
        if corpus.item(self.item_id) is None:
            self.notify("The compared item is no longer in the notes.", markup=False)
            self.dismiss(None)
            return
        active = self.active
        self.start_author = active.author if active is not None else self.start_author
        self._align()

    @work(thread=True, exclusive=True, group="compare", name="align-item")
    def _align(self) -> None:
        worker = get_current_worker()
        alignment = align_item(self.corpus, self.item_id)  # seconds for a huge item
        if not worker.is_cancelled:
            self.app.call_from_thread(self._show, alignment)

    async def _show(self, alignment: Alignment) -> None:
        self.alignment = alignment
        self.set_class(False, "-loading")
        authors = list(alignment.authors)
        if len(authors) < 2:
            self.query_one("#compare-message", Static).update(
                Text("Only one author wrote about this item: nothing to compare. Escape goes back.")
            )
            self.set_class(True, "-loading")
            return
        self.shown = authors[:MAX_COLUMNS]
        if self.start_author in authors and self.start_author not in self.shown:
            self.shown[-1] = self.start_author
        await self._mount_columns(focus=self.start_author)
        if len(authors) > MAX_COLUMNS:
            self.notify(
                f"{len(authors)} authors: showing {MAX_COLUMNS}. Press w to pick which.",
                markup=False,
            )

    async def _mount_columns(self, focus: str | None = None) -> None:
        assert self.alignment is not None
        container = self.query_one("#compare-columns", Container)
        await container.remove_children()
        others = len(self.shown) - 1
        columns = []
        for author in self.shown:
            column = self.alignment.column(author)
            if column is not None:
                columns.append(PassageColumn(restrict(column, self.shown), others))
        await container.mount_all(columns)
        for column in columns:
            if self.unique_only:
                column.set_unique_only(True)
            if self.consensus:
                column.set_consensus(True)
        target = next((c for c in columns if c.author == focus), columns[0] if columns else None)
        if target is not None:
            # Every column opens at its first passage, the item's heading in view; following
            # the cursor starts with the first move.
            self._opening = True
            self.call_after_refresh(target.focus)
        self._update_status()

    # -- parts ------------------------------------------------------------------------------

    @property
    def columns(self) -> list[PassageColumn]:
        return list(self.query(PassageColumn))

    @property
    def active(self) -> PassageColumn | None:
        focused = self.focused
        if isinstance(focused, PassageColumn):
            return focused
        columns = self.columns
        return columns[0] if columns else None

    def _update_status(self) -> None:
        text = Text(no_wrap=True, overflow="ellipsis", end="")
        if self.alignment is not None:
            others = max(1, len(self.shown) - 1)
            if self.consensus:
                text.append("Most authors first (o: note order)  ", style="bold italic")
            if self.unique_only:
                text.append("Unique passages only (u shows all)  ", style="bold italic")
            text.append(f"{UNIQUE_MARK} ", style="bold")
            text.append("only this author  ")
            text.append(COVERED_MARK, style="bold")
            text.append(" one per other author who says it too  ")
            if others > 1:
                text.append(UNCOVERED_MARK, style="bold")
                text.append(" one who does not  ")
        self.query_one("#compare-status", Static).update(text)

    def _set_narrow(self, width: int) -> None:
        self.set_class(width < NARROW, "-narrow")

    def on_resize(self) -> None:
        self._set_narrow(self.app.size.width)

    # -- following the cursor ---------------------------------------------------------------

    def on_passage_column_cursor_moved(self, event: PassageColumn.CursorMoved) -> None:
        if event.column is not self.focused:
            return
        opening, self._opening = self._opening, False
        self._follow(event.column, event.passage, move=not opening)

    def _follow(
        self, source: PassageColumn, passage: AlignedPassage | None, *, move: bool = True
    ) -> None:
        self._update_echo(source, passage)
        for column in self.columns:
            if column is source:
                column.set_highlight(())
                continue
            if passage is None:
                column.set_highlight(())
                continue
            matches = [m.index for m in passage.matches if m.author == column.author]
            column.set_highlight(matches)
            if not move:
                continue
            best = next((c for c in passage.counterparts if c.author == column.author), None)
            if best is not None:
                column.select(best.index, announce=False)
                continue
            # No counterpart: show where the alignment stands, from the nearest passage
            # above (then below) that has one in this column.
            anchor = nearest_counterpart(source.column, passage.index, column.author)
            if anchor is not None:
                column.reveal(anchor)

    def _update_echo(self, source: PassageColumn, passage: AlignedPassage | None) -> None:
        """The line under the columns: who else made the point under the cursor, and the
        words their passage shares with it."""
        text = Text(no_wrap=True, overflow="ellipsis", end="")
        if passage is not None and self.alignment is not None:
            found = echoes(self.alignment, passage, self.shown)
            if not found:
                text.append(f"Only {clean_line(source.author)} made this point.", style="italic")
            else:
                text.append("Also made by ", style="bold")
                for n, echo in enumerate(found):
                    if n:
                        text.append("; ")
                    text.append(clean_line(echo.author), style="bold")
                    if echo.words:
                        text.append(" (" + " · ".join(clean_line(w) for w in echo.words[:6]) + ")")
        self.query_one("#compare-echo", Static).update(text)

    # -- actions ----------------------------------------------------------------------------

    def action_annotate(self) -> None:
        """`a`: annotate the reader passage that holds the compare cursor."""
        active = self.active
        current = active.current if active is not None else None
        entry = self.corpus.entry(current.entry_id) if current is not None else None
        if current is None or entry is None:
            self.notify("a annotates the passage under the cursor: there is none.", markup=False)
            return
        passage = next((p for p in self.corpus.passages(entry) if p.holds(current.line)), None)
        self.post_message(AnnotateRequested(self.item_id, entry, passage))

    def action_mark(self, which: str) -> None:
        self.post_message(MarkRequested(self.item_id, which))

    def action_back(self) -> None:
        """escape: back to the reader, on the passage under the compare cursor."""
        active = self.active
        passage = active.current if active is not None else None
        if active is None or passage is None:
            self.dismiss(Place(item_id=self.item_id))
            return
        self.dismiss(
            Place(item_id=self.item_id, author=active.author, line=passage.line, note=passage.note)
        )

    def action_switch_column(self, step: int) -> None:
        columns = self.columns
        if not columns:
            return
        active = self.active
        position = columns.index(active) if active in columns else 0
        columns[(position + step) % len(columns)].focus()

    def action_toggle_unique(self) -> None:
        self.unique_only = not self.unique_only

    def watch_unique_only(self, unique_only: bool) -> None:
        for column in self.columns:
            column.set_unique_only(unique_only)
        active = self.active
        if active is not None:
            self._follow(active, active.current)
        self._update_status()

    def action_toggle_order(self) -> None:
        self.consensus = not self.consensus
        for column in self.columns:
            column.set_consensus(self.consensus)
        active = self.active
        if active is not None:
            self._follow(active, active.current)
        self._update_status()

    def action_next_unique(self, step: int) -> None:
        active = self.active
        if active is None:
            return
        if not active.next_unique(step):
            where = "below" if step > 0 else "above"
            self.notify(
                f"No more passages unique to {clean_line(active.author)} {where}.",
                markup=False,
                timeout=2,
            )

    def action_pick_authors(self) -> None:
        if self.alignment is None or len(self.alignment.authors) < 2:
            return

        async def picked(authors: list[str] | None) -> None:
            if authors:
                self.shown = authors
                await self._mount_columns(focus=authors[0])

        self.app.push_screen(AuthorPicker(self.alignment.authors, self.shown), picked)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "pick_authors":
            return self.alignment is not None and len(self.alignment.authors) > 2
        return True
