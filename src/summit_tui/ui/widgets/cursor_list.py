"""A scrollable list of rows (one or more lines each) with one cursor row.

The base of the reader's passages, compare's columns and the annotations list: a Line-API
widget, so only the lines on screen are drawn however many rows there are. It owns the
cursor and nothing else:

- ``cursor`` is a reactive row index, clamped by validation (-1 when there are no rows);
- a watcher scrolls the cursor's row into view and posts one ``CursorMoved``;
- j/k (and the arrows), g/G, page up/down, a click: the subclass binds the keys to the
  actions here with its own binding ids;
- ``empty_text`` is shown when there are no rows.

A subclass lays its rows out into ``self.lines`` (one ``Strip`` or ``Text`` per screen
line, with the row it belongs to, -1 for none) and ``self.spans`` (first line and height
per row); it may lay out lazily, answering ``lay_out_until`` when the cursor moves past
what is laid out, or keep its lines otherwise and answer ``line_count``, ``line_at``,
``row_span`` and ``first_row_from`` instead. It draws a line in ``render_row_line``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from rich.text import Text
from textual import events
from textual.geometry import Region, Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from summit_tui.ui.fit import ellipsize


@dataclass(slots=True)
class Line:
    """One screen line of the list: what it shows, and the row it belongs to (-1: none)."""

    content: Strip | Text
    row: int
    first: bool = False  # the first line of its row


class CursorList(ScrollView, can_focus=True):
    """Rows with one cursor row (see the module docstring).

    | Class | Description |
    | :- | :- |
    | `cursor-list--empty` | What an empty list says. |
    """

    COMPONENT_CLASSES: ClassVar[set[str]] = {"cursor-list--empty"}

    cursor: reactive[int] = reactive(-1, always_update=True, init=False)

    class CursorMoved(Message):
        """The cursor moved to ``row`` (-1: the list is empty)."""

        def __init__(self, cursor_list: CursorList, row: int) -> None:
            super().__init__()
            self.cursor_list = cursor_list
            self.row = row

        @property
        def control(self) -> CursorList:
            return self.cursor_list

    def __init__(
        self, *, id: str | None = None, classes: str | None = None, empty_text: str = ""
    ) -> None:
        super().__init__(id=id, classes=classes)
        self.lines: list[Line] = []
        self.spans: list[tuple[int, int]] = []  # (first line, height) per laid-out row
        self.empty_text = empty_text
        self._center = False  # how the next cursor move scrolls
        self._announce = True  # whether the next cursor move posts CursorMoved
        self._pending_row = -1  # a row to scroll to once it is laid out
        self._wanted: tuple[int, bool] | None = None

    # -- what a subclass provides -----------------------------------------------------------

    @property
    def row_count(self) -> int:
        """How many rows there are (laid out or not)."""
        return len(self.spans)

    def lay_out_until(self, row: int) -> bool:
        """Lay out at least up to ``row``; False when that is left for later ticks (the
        subclass then calls ``rows_laid_out``)."""
        return 0 <= row < len(self.spans)

    @property
    def line_count(self) -> int:
        """How many screen lines the rows take (the scroll range)."""
        return len(self.lines)

    def line_at(self, index: int) -> Line | None:
        """The screen line ``index``; None past the end."""
        return self.lines[index] if 0 <= index < len(self.lines) else None

    def row_span(self, row: int) -> tuple[int, int] | None:
        """The first screen line and height of a laid-out ``row``; None otherwise."""
        return self.spans[row] if 0 <= row < len(self.spans) else None

    def first_row_from(self, line: int) -> int:
        """The first row starting at or after screen line ``line``; -1 when none does."""
        return next((n for n, (first, _) in enumerate(self.spans) if first >= line), -1)

    def render_row_line(self, line: Line, y: int) -> Strip:
        """Draw one line of a row, ``self.size.width`` cells wide (scrolling applied by
        the caller)."""
        content = line.content
        if isinstance(content, Text):
            return Strip(list(content.render(self.app.console)))
        return content

    # -- the cursor -------------------------------------------------------------------------

    def validate_cursor(self, row: int) -> int:
        count = self.row_count
        return -1 if count == 0 else max(0, min(row, count - 1))

    def watch_cursor(self, row: int) -> None:
        center, self._center = self._center, False
        announce, self._announce = self._announce, True
        self.scroll_to_row(row, center=center)
        self.refresh()
        if announce:
            self.post_message(self.CursorMoved(self, row))

    def move_cursor(self, row: int, *, center: bool = False, announce: bool = True) -> None:
        """Put the cursor on ``row`` (clamped), scrolled into view (centred if asked)."""
        self._center = center
        self._announce = announce
        self.cursor = row

    @property
    def cursor_on_screen(self) -> bool:
        """Is the first line of the cursor's row inside the visible area?"""
        span = self.row_span(self.cursor)
        if span is None:
            return False
        top = span[0]
        scroll_y = int(self.scroll_offset.y)
        return top >= 0 and scroll_y <= top < scroll_y + self.scrollable_content_region.height

    def scroll_to_row(self, row: int, *, center: bool = False) -> None:
        """Scroll a row into view; a row not laid out yet is scrolled to once it is."""
        if row < 0:
            return
        if not self.lay_out_until(row):
            self._pending_row, self._center = row, center
            return
        self._pending_row = -1
        span = self.row_span(row)
        if span is None:
            return
        top, height = span
        if top < 0:
            return
        view = max(1, self.scrollable_content_region.height)
        region = Region(0, top, 1, min(height, view))
        # force: right after new content is set Textual has not yet worked out that a
        # scrollbar is needed and would refuse to scroll (a jump landed at the top).
        self.scroll_to_region(region, animate=False, center=center, immediate=True, force=True)
        self._wanted = (row, center)
        first = int(self.scroll_offset.y)
        if not first <= top < first + view:
            # Just laid out: the new height counts for scrolling from the next frame.
            self.call_after_refresh(self._scroll_again, row, center)

    def _scroll_again(self, row: int, center: bool) -> None:
        if self._wanted == (row, center):  # not asked to show another row since
            self._wanted = None
            self.scroll_to_row(row, center=center)

    def rows_laid_out(self) -> None:
        """A subclass laid out more rows: update the scroll range, finish a pending scroll."""
        self.update_virtual_size()
        if self._pending_row >= 0 and self.lay_out_until(self._pending_row):
            self.scroll_to_row(self._pending_row, center=self._center)
        self.refresh()

    def update_virtual_size(self, extra: int = 0) -> None:
        width = self.scrollable_content_region.width
        self.virtual_size = Size(width, max(1, self.line_count + extra))

    # -- keys -------------------------------------------------------------------------------

    def action_cursor_down(self) -> None:
        if self.cursor < self.row_count - 1:
            self.move_cursor(self.cursor + 1)
        else:
            self.scroll_down(animate=False)  # a last row taller than the view

    def action_cursor_up(self) -> None:
        if self.cursor > 0:
            self.move_cursor(self.cursor - 1)
        else:
            self.scroll_up(animate=False)

    def action_cursor_top(self) -> None:
        if self.row_count:
            self.move_cursor(0)
        self.scroll_home(animate=False)

    def action_cursor_bottom(self) -> None:
        if self.row_count:
            self.move_cursor(self.row_count - 1)

    def action_page_down(self) -> None:
        self._page(1)

    def action_page_up(self) -> None:
        self._page(-1)

    def _page(self, direction: int) -> None:
        """Scroll a page; the cursor goes to the first row that starts in view."""
        if not self.row_count:
            return
        height = max(1, self.scrollable_content_region.height - 1)
        target = max(0, int(self.scroll_offset.y) + direction * height)
        self.lay_out_lines(target + 2 * height)
        self.scroll_to(y=min(target, self.max_scroll_y), animate=False, immediate=True)
        top = int(self.scroll_offset.y)
        row = self.first_row_from(top)
        if row < 0:
            row = self.row_count - 1 if direction > 0 else 0
        self._announce = True
        self.cursor = row
        self.scroll_to(y=top, animate=False, immediate=True)  # the page, not the row

    def lay_out_lines(self, lines: int) -> None:
        """Lay out at least this many lines (a lazy subclass renders more)."""

    # -- drawing ----------------------------------------------------------------------------

    def render_line(self, y: int) -> Strip:
        scroll_x, scroll_y = self.scroll_offset
        width = self.scrollable_content_region.width
        base = self.rich_style
        index = y + scroll_y
        if not self.row_count and index == 0 and self.empty_text:
            style = self.get_component_rich_style("cursor-list--empty", partial=True)
            text = Text(ellipsize(self.empty_text, width), style=style, no_wrap=True, end="")
            strip = Strip(list(text.render(self.app.console)))
            return strip.crop_extend(0, width, base).apply_style(base)
        line = self.line_at(index)
        if line is None:
            return Strip.blank(width, base)
        strip = self.render_row_line(line, index)
        return strip.crop_extend(scroll_x, scroll_x + width, base).apply_style(base)

    def on_click(self, event: events.Click) -> None:
        """A click puts the cursor on the row under the pointer."""
        offset = event.get_content_offset(self)
        if offset is None:
            return
        line = self.line_at(int(offset.y + self.scroll_offset.y))
        if line is not None and line.row >= 0:
            self.move_cursor(line.row)
