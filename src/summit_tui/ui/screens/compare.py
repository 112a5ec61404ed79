"""The compare screen: one column per author, passages lined up by what they say.

The alignment (compare/align.py) is computed in a worker. Each column is a Line-API
widget that wraps its passages once per width; moving the cursor in one column
highlights the counterparts in the others and scrolls them into view, so the
columns follow the alignment, not the line numbers. Note text only ever reaches
Rich as cleaned plain ``Text``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, ClassVar

from rich.style import Style
from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Container, Vertical
from textual.reactive import reactive
from textual.screen import ModalScreen, Screen
from textual.strip import Strip
from textual.widgets import SelectionList, Static
from textual.worker import get_current_worker

from summit_tui.compare.align import AlignedPassage, Alignment, Column, align_item
from summit_tui.compare.coverage import (
    consensus_order,
    coverage_label,
    echoes,
    hidden_authors,
    nearest_counterpart,
    restrict,
)
from summit_tui.places import IN_NOTES, Places, seen_from
from summit_tui.text import clean, clean_line
from summit_tui.ui.fit import keep_path_end
from summit_tui.ui.messages import (
    AnnotateRequested,
    CorpusChanged,
    MarkRequested,
    Place,
    ReportRequested,
)
from summit_tui.ui.styled import StyledStatic, resolve
from summit_tui.ui.widgets.cursor_list import Line
from summit_tui.ui.widgets.footer import KeyBar
from summit_tui.ui.widgets.passage_list import PassageList
from summit_tui.ui.wrap import wrap

if TYPE_CHECKING:
    from summit_tui.corpus.model import Corpus

MAX_COLUMNS = 4
NARROW = 100  # below this many terminal columns, the author columns stack
UNIQUE_MARK = "◆"
COVERED_MARK = "●"
UNCOVERED_MARK = "·"
MAX_DOTS = 5  # more other authors than this: the gutter counts them ("7/9") instead


def gutter_mark(passage: AlignedPassage, others: int) -> str:
    """◆ for a unique passage, else one ● per other author of the item who covers it
    (· for the rest), or "covered/others" when there are too many for dots; nothing for
    context that is no point (where and when the talk was, the note's opening)."""
    if passage.aside:
        return ""
    if passage.unique:
        return UNIQUE_MARK
    covered = min(passage.coverage, others)
    if others > MAX_DOTS:
        return f"{covered}/{others}"
    return COVERED_MARK * covered + UNCOVERED_MARK * (others - covered)


def gutter_width(others: int) -> int:
    """The gutter's width for a column with ``others`` other authors, a space included."""
    return (len(f"{others}/{others}") if others > MAX_DOTS else max(1, others)) + 1


class PassageColumn(PassageList):
    """One author's passages with a coverage gutter, a cursor and counterpart highlights.

    | Class | Description |
    | :- | :- |
    | `passage-column--cursor` | The passage under the cursor (its background). |
    | `passage-column--counterpart` | Passages making the cursor's point (background). |
    | `passage-column--unique` | A passage no other author's matches. |
    | `passage-column--unique-mark` | The gutter's mark of a unique passage. |
    | `passage-column--covered-mark` | The gutter's marks of other authors covering it. |
    | `passage-column--context` | The heading a run of passages sits under. |
    | `passage-column--aside` | A line shown as context, never aligned (room, time, byline). |
    | `passage-column--count` | The title's count of unique passages. |
    """

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "passage-column--cursor",
        "passage-column--counterpart",
        "passage-column--unique",
        "passage-column--unique-mark",
        "passage-column--covered-mark",
        "passage-column--context",
        "passage-column--aside",
        "passage-column--count",
    }

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j,down", "cursor_down", "Next passage", show=False, id="compare.next"),
        Binding("k,up", "cursor_up", "Previous passage", show=False, id="compare.previous"),
        Binding("g,home", "cursor_top", "First passage", show=False, id="compare.top"),
        Binding("G,end", "cursor_bottom", "Last passage", show=False, id="compare.bottom"),
        Binding("pagedown,space", "page_down", "Page down", show=False, id="compare.page_down"),
        Binding("pageup", "page_up", "Page up", show=False, id="compare.page_up"),
    ]

    def __init__(
        self,
        column: Column,
        others: int,
        *,
        places: Places = IN_NOTES,
        label: str | None = None,
        id: str | None = None,
    ) -> None:
        super().__init__(id=id, classes="passage-column", empty_text="No passages.")
        self.column = column
        self.label = column.author if label is None else label  # the writer as shown
        self.others = others
        self.unique_only = False
        self.consensus = False  # passages in consensus order (most authors first)
        self.highlighted: frozenset[int] = frozenset()  # passage indices of counterparts
        self._visible: list[int] = list(range(len(column.passages)))
        self._width = -1
        self._source = _sources(column.sources, places)

    def on_mount(self) -> None:
        title = Text(clean_line(self.label))
        title.append(f" · {self.column.unique_count} unique", style="passage-column--count")
        self.border_title = resolve(title, self)
        self.move_cursor(0, announce=False)

    # -- public API -------------------------------------------------------------------------

    @property
    def author(self) -> str:
        return self.column.author

    @property
    def row_count(self) -> int:
        return len(self._visible)

    @property
    def current(self) -> AlignedPassage | None:
        if 0 <= self.cursor < len(self._visible):
            return self.column.passages[self._visible[self.cursor]]
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
        self.empty_text = (
            "No passages unique to this author." if self.unique_only else "No passages."
        )
        row = 0
        if self._visible and current is not None:
            if current.index in self._visible:
                row = self._visible.index(current.index)
            elif not self.consensus:
                # Stay where the reader was: the next passage shown.
                after = [n for n, i in enumerate(self._visible) if i >= current.index]
                row = after[0] if after else len(self._visible) - 1
        self._relayout(force=True)
        self.move_cursor(row, center=True, announce=False)

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
        self.move_cursor(self._visible.index(index), center=center, announce=announce)
        return True

    def reveal(self, index: int) -> None:
        """Scroll passage ``index`` into view without moving the cursor."""
        if index in self._visible:
            self.scroll_to_row(self._visible.index(index), center=True)

    def next_unique(self, step: int) -> bool:
        """Move to the next (step 1) or previous (-1) unique passage; False at the end."""
        rows = range(self.cursor + step, len(self._visible) if step > 0 else -1, step)
        for row in rows:
            if self.column.passages[self._visible[row]].unique:
                self.move_cursor(row, center=True)
                return True
        return False

    def rendered_text(self) -> str:
        """The column as plain text, one screen line per line (for tests)."""
        self._relayout()
        return "\n".join(self._plain(line) for line in self.lines)

    # -- layout -----------------------------------------------------------------------------

    @property
    def mark_width(self) -> int:
        return gutter_width(self.others)

    def lay_out_until(self, row: int) -> bool:
        self._relayout()
        return 0 <= row < len(self.spans)

    def _relayout(self, *, force: bool = False) -> None:
        width = self.scrollable_content_region.width
        if width <= 0 or (width == self._width and not force):
            return
        self._width = width
        console = self.app.console
        body_width = max(8, width - self.mark_width)
        context_style = self.get_component_rich_style("passage-column--context", partial=True)
        lines: list[Line] = []
        spans: list[tuple[int, int]] = []
        previous_context: str | None = None
        for row, index in enumerate(self._visible):
            passage = self.column.passages[index]
            if lines:
                lines.append(Line(Text(""), -1))
            context = (
                coverage_label(passage, self.others)
                if self.consensus
                else clean_line(passage.context)
            )
            if context and context != previous_context:
                heading = Text(context, style=context_style)
                for part in wrap(heading, console, width - 1):
                    lines.append(Line(part, -1))
            previous_context = context
            body = Text(clean(passage.text).replace("\n", " "))
            wrapped = wrap(body, console, body_width) or [Text("")]
            spans.append((len(lines), len(wrapped)))
            for number, part in enumerate(wrapped):
                lines.append(Line(part, row, first=number == 0))
        self.lines = lines
        self.spans = spans
        self.update_virtual_size()
        self.refresh()

    def on_resize(self) -> None:
        self._relayout()
        self.scroll_to_row(self.cursor)
        # Keep the end of a long note path (its distinctive part and the lines) in view.
        room = max(8, self.size.width - 6)
        self.border_subtitle = Text(keep_path_end(self._source, room))

    def _plain(self, line: Line) -> str:
        text = line.content.plain if isinstance(line.content, Text) else line.content.text
        if line.row < 0:
            return text.rstrip()
        passage = self.column.passages[self._visible[line.row]]
        mark = gutter_mark(passage, self.others) if line.first else ""
        return f"{mark:<{self.mark_width}}{text}".rstrip()

    def render_line(self, y: int) -> Strip:
        self._relayout()
        return super().render_line(y)

    def row_mark(self, row: int, first: bool) -> tuple[str, Style]:
        if not first:
            return ("", Style())
        passage = self.column.passages[self._visible[row]]
        role = "unique-mark" if passage.unique else "covered-mark"
        style = self.get_component_rich_style(f"passage-column--{role}", partial=True)
        return (gutter_mark(passage, self.others), style)

    def row_style(self, row: int) -> Style:
        passage = self.column.passages[self._visible[row]]
        style = Style()
        if passage.aside:
            style += self.get_component_rich_style("passage-column--aside", partial=True)
        if passage.unique:
            style += self.get_component_rich_style("passage-column--unique", partial=True)
        if passage.index in self.highlighted:
            style += self._background("passage-column--counterpart")
        if row == self.cursor and self.has_focus:
            style += self._background("passage-column--cursor")
        return style

    def _background(self, component: str) -> Style:
        """Only the background of a component, blended with the widget's (CSS alpha works)."""
        return Style(bgcolor=self.get_component_rich_style(component).bgcolor)

    def on_focus(self) -> None:
        self.refresh()
        self.post_message(self.CursorMoved(self, self.cursor))

    def on_blur(self) -> None:
        self.refresh()


def _sources(sources: Sequence[str], places: Places) -> str:
    """The column's first source ("note:start-end", written as ``places`` writes a note)
    and how many more there are."""
    if not sources:
        return ""
    first = places.of(sources[0])
    return first if len(sources) == 1 else f"{first} +{len(sources) - 1}"


class AuthorChoices(SelectionList[int]):
    """The authors to tick: space toggles one, enter applies the choice.

    enter is the list's own key (not a priority key of the screen, which acted before a
    space typed just before it reached the list)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "screen.apply", "Show these authors", id="compare.pick_apply"),
    ]


class AuthorPicker(ModalScreen[list[str] | None]):
    """Pick which authors (two to four) get a column."""

    AUTO_FOCUS = "#author-picker-list"  # focused when composed: for the keys typed at once

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="compare.pick_cancel"),
    ]

    def __init__(
        self, authors: Sequence[str], chosen: Sequence[str], writer: Callable[[str], str] = str
    ) -> None:
        super().__init__(id="author-picker")
        self._authors = list(authors)
        self._writer = writer  # how each is shown (Corpus.writer)
        self._chosen = set(chosen)

    def compose(self) -> ComposeResult:
        with Vertical(id="author-picker-box"):
            yield Static(
                Text(f"Show 2–{MAX_COLUMNS} authors side by side (space toggles, enter applies)"),
                id="author-picker-title",
            )
            yield AuthorChoices(
                *[
                    (Text(clean_line(self._writer(author))), n, author in self._chosen)
                    for n, author in enumerate(self._authors)
                ],
                id="author-picker-list",
            )
        yield KeyBar()  # its own keys, not the compare screen's behind it

    def action_apply(self) -> None:
        # A space before enter toggles through a message the list sends itself: apply
        # once the list has handled it.
        self.query_one(AuthorChoices).call_later(self._apply)

    def _apply(self) -> None:
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
            "R",
            "report",
            "Report",
            key_display="R",
            show=False,
            tooltip="Write the report of this item (Markdown) into the export folder",
            id="compare.report",
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
        yield StyledStatic(id="compare-title")
        yield StyledStatic(
            Text("Aligning passages …", style="styled--emphasis"), id="compare-message"
        )
        yield Container(id="compare-columns")
        yield StyledStatic(id="compare-echo")
        yield StyledStatic(id="compare-status")
        yield KeyBar()

    def on_mount(self) -> None:
        item = self.corpus.item(self.item_id)
        title = Text(no_wrap=True, overflow="ellipsis", end="")
        title.append("Compare  ", style="styled--strong")
        title.append(clean_line(item.title) if item else self.item_id)
        self.query_one("#compare-title", StyledStatic).update(title)
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
            self.query_one("#compare-message", StyledStatic).update(
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
        others = len(self.alignment.authors) - 1  # the gutter counts every author (QA15)
        columns = []
        for author in self.shown:
            column = self.alignment.column(author)
            if column is not None:
                columns.append(
                    PassageColumn(
                        restrict(column, self.shown),
                        others,
                        places=seen_from(self.corpus.root),
                        label=self.corpus.writer(author),
                    )
                )
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
            others = max(1, len(self.alignment.authors) - 1)
            if self.consensus:
                text.append("Most authors first (o: note order)  ", style="styled--mode")
            if self.unique_only:
                text.append("Unique passages only (u shows all)  ", style="styled--mode")
            text.append(f"{UNIQUE_MARK} ", style="styled--strong")
            text.append("only this author  ")
            if others > MAX_DOTS:
                text.append(f"3/{others}", style="styled--strong")
                text.append(" other authors who say it too  ")
            else:
                text.append(COVERED_MARK, style="styled--strong")
                text.append(" one per other author who says it too  ")
            if 1 < others <= MAX_DOTS:
                text.append(UNCOVERED_MARK, style="styled--strong")
                text.append(" one who does not  ")
        self.query_one("#compare-status", StyledStatic).update(text)

    def _set_narrow(self, width: int) -> None:
        self.set_class(width < NARROW, "-narrow")

    def on_resize(self) -> None:
        self._set_narrow(self.app.size.width)

    # -- following the cursor ---------------------------------------------------------------

    @on(PassageColumn.CursorMoved)
    def _column_cursor_moved(self, event: PassageColumn.CursorMoved) -> None:
        column = event.cursor_list
        if not isinstance(column, PassageColumn) or column is not self.focused:
            return
        opening, self._opening = self._opening, False
        self._follow(column, column.current, move=not opening)

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
            writer = self.corpus.writer
            hidden = hidden_authors(self.alignment, passage, self.shown)
            if passage.aside:
                text.append(
                    "Context (where, when, by whom, or what the note is): no point of the talk.",
                    style="styled--muted",
                )
            elif not found and not hidden:
                text.append(
                    f"Only {clean_line(source.label)} made this point.", style="styled--emphasis"
                )
            else:
                text.append("Also made by ", style="styled--strong")
                for n, echo in enumerate(found):
                    if n:
                        text.append("; ")
                    text.append(clean_line(writer(echo.author)), style="styled--strong")
                    if echo.words:
                        text.append(" (" + " · ".join(clean_line(w) for w in echo.words[:6]) + ")")
                if hidden:
                    text.append("; " if found else "")
                    shown = ", ".join(clean_line(writer(a)) for a in hidden)
                    text.append(shown, style="styled--strong")
                    text.append(" (no column: w picks)", style="styled--muted")
        self.query_one("#compare-echo", StyledStatic).update(text)

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

    def action_report(self) -> None:
        """`R`: the conference report of this item alone (the App writes it)."""
        self.post_message(ReportRequested((self.item_id,)))

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
        self.set_focus(columns[(position + step) % len(columns)])

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
                f"No more passages unique to {clean_line(active.label)} {where}.",
                markup=False,
                timeout=2,
            )

    def key_w(self) -> None:
        """w with two authors (its binding is then hidden): say why it does nothing."""
        if self.alignment is not None and len(self.alignment.authors) == 2:
            self.notify(
                "Both authors have a column: w chooses among three or more.",
                markup=False,
                timeout=3,
            )

    def action_pick_authors(self) -> None:
        if self.alignment is None or len(self.alignment.authors) < 2:
            return

        async def picked(authors: list[str] | None) -> None:
            if authors:
                self.shown = authors
                await self._mount_columns(focus=authors[0])

        picker = AuthorPicker(self.alignment.authors, self.shown, self.corpus.writer)
        self.app.push_screen(picker, picked)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "pick_authors":  # with two authors, hidden: key_w says why
            return self.alignment is not None and len(self.alignment.authors) > 2
        return True
