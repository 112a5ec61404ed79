"""One author's passages with a cursor: what the reader's entry view and compare's
columns both are.

On top of ``CursorList`` (the cursor, scrolling, keys, empty state) a passage list draws
each line as a gutter and the passage's text: the gutter carries a mark on a row's first
line (the reader's cursor bar or ✎, compare's coverage dots), and the whole row takes the
row's style (the cursor, a counterpart, a unique passage). Lines that belong to no row
(an entry's source line, a heading giving context, the blank between passages) are
drawn as they are.
"""

from __future__ import annotations

from rich.cells import set_cell_size
from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual.strip import Strip

from summit_tui.ui.widgets.cursor_list import CursorList, Line


class PassageList(CursorList):
    """Passages with a gutter and a cursor (see the module docstring)."""

    GUTTER = 2

    @property
    def mark_width(self) -> int:
        return self.GUTTER

    def row_mark(self, row: int, first: bool) -> tuple[str, Style]:
        """The mark in the gutter of a row's line (at most ``mark_width`` cells), and
        its style."""
        return ("", Style())

    def row_style(self, row: int) -> Style:
        """The style over a whole row (the cursor, a highlight), or an empty one."""
        return Style()

    def render_row_line(self, line: Line, y: int) -> Strip:
        content = line.content
        segments = (
            list(content.render(self.app.console)) if isinstance(content, Text) else list(content)
        )
        if line.row < 0:
            return Strip(segments)
        style = self.row_style(line.row)
        mark, mark_style = self.row_mark(line.row, line.first)
        gutter = Segment(set_cell_size(mark, self.mark_width), mark_style)
        if not style:
            return Strip([gutter, *segments])
        # The row's style goes over the text's own (a link's colour, a heading's), so the
        # cursor reads the same whatever the passage holds, and on to the right edge.
        body = Segment.apply_style(segments, post_style=style)
        strip = Strip([gutter, *body])
        return strip.crop_extend(0, self.scrollable_content_region.width, style)
