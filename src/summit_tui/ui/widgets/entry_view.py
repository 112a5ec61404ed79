"""The reading pane: one author's entries for an item, with a passage cursor.

A ``PassageList`` whose rows are the passages of the entries (``Corpus.passages``),
rendered with Rich and kept as lines, so a 20 KB entry costs one Rich render, not
hundreds of mounted widgets. Passages are rendered in batches so a huge note never
freezes the app: what is on screen (and around the cursor) at once, the rest on later
ticks. A passage not rendered yet has an estimated height, so a jump to any passage is
drawn in the next frame; the view stays on what it shows as estimates are corrected
above it (QA4-1: `G` in an 80,000-line entry waited for everything above to render).
The cursor selects
one passage (paragraph, list item, heading, code block or table); other parts read it
through ``current_passage`` and move it with ``select_line``.

The cursor is drawn in reverse video with a ▶ in the gutter: readable in every theme
and at every colour depth (and with NO_COLOR), and unlike a block quote's ▌ bar. An
annotated passage has ✎ in the gutter's second cell, shown under the cursor too.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar

from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual.binding import Binding, BindingType
from textual.geometry import Region
from textual.message import Message
from textual.strip import Strip

from summit_tui.text import shown_path
from summit_tui.ui.heights import Heights
from summit_tui.ui.widgets.cursor_list import Line
from summit_tui.ui.widgets.passage_list import PassageList

if TYPE_CHECKING:
    from summit_tui.corpus.model import Corpus, Entry
    from summit_tui.corpus.passages import Passage
    from summit_tui.ui.render import InlineStyles

BATCH_SECONDS = 0.03  # rendering per tick after the first screenful
THREAD_ABOVE = 64_000  # characters of entry text split into passages off the main thread
CURSOR_MARK = "▶"
_NOT_DIM = Style(dim=False)
ANNOTATED_MARK = "✎"


@dataclass(slots=True)
class _Block:
    entry: Entry
    passage: Passage | None  # None: the separator line naming the entry's source
    row: int = -1  # the passage's row (index among the passages), -1 for a separator
    lines: list[Line] | None = None  # once rendered: a blank or separator first, then the row's
    lead: int = 0  # how many of those lines come before the row's own


class EntryView(PassageList):
    """Scrollable rendering of entries with a selectable passage.

    | Class | Description |
    | :- | :- |
    | `entry-view--cursor` | The passage under the cursor (high contrast in every theme). |
    | `entry-view--cursor-mark` | The ▶ beside it. |
    | `entry-view--annotated` | The ✎ beside an annotated passage. |
    | `entry-view--heading` | A heading in a note. |
    | `entry-view--heading-mark` | The ``#`` before it. |
    | `entry-view--separator` | The line naming an entry's file and lines. |
    | `entry-view--link` | A link's text. |
    | `entry-view--url` | A link's address, shown after its text. |
    | `entry-view--code` | Inline code. |
    | `entry-view--image` | An image's placeholder (nothing is fetched). |
    | `entry-view--strong` | **Bold** in a note. |
    | `entry-view--emphasis` | *Italic* in a note. |
    | `entry-view--strike` | ~~Struck~~ text in a note. |
    | `entry-view--highlight` | ==Highlighted== text in a note (Bear, Obsidian). |
    """

    GUTTER = 3  # the cursor's ▶, an annotation's ✎, a space
    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "entry-view--cursor",
        "entry-view--cursor-mark",
        "entry-view--heading",
        "entry-view--separator",
        "entry-view--link",
        "entry-view--url",
        "entry-view--code",
        "entry-view--image",
        "entry-view--annotated",
        "entry-view--strong",
        "entry-view--emphasis",
        "entry-view--strike",
        "entry-view--highlight",
        "entry-view--heading-mark",
    }

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j,down", "cursor_down", "Next passage", show=False, id="reader.next"),
        Binding("k,up", "cursor_up", "Previous passage", show=False, id="reader.previous"),
        Binding("g,home", "cursor_top", "First passage", show=False, id="reader.top"),
        Binding("G,end", "cursor_bottom", "Last passage", show=False, id="reader.bottom"),
        Binding("pagedown,space", "page_down", "Page down", show=False, id="reader.page_down"),
        Binding("pageup", "page_up", "Page up", show=False, id="reader.page_up"),
        Binding(
            "h,left",
            "author(-1)",
            "Previous author",
            show=False,
            tooltip="The previous author's tab",
            id="browse.previous_author",
        ),
        Binding(
            "l,right",
            "author(1)",
            "Next author",
            show=False,
            tooltip="The next author's tab",
            id="browse.next_author",
        ),
    ]

    class AuthorStep(Message):
        """h/l: the reader should show the previous (-1) or next (1) author's tab."""

        def __init__(self, step: int) -> None:
            super().__init__()
            self.step = step

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes, empty_text="Nothing to show.")
        self._entries: tuple[Entry, ...] = ()
        self._corpus: Corpus | None = None  # where the entries' passages come from
        self._blocks: list[_Block] = []
        self._rows: list[int] = []  # block index of each passage row
        self._heights = Heights(())  # each block's lines, estimated until it is rendered
        self._unrendered = 0  # blocks not rendered yet
        self._next = 0  # no block before this one is left to render
        self._width = 0
        self._pending_batch = False
        self._pending_line: tuple[int, str | None] | None = None
        self._reading = False  # the entries' passages are being split in a thread
        self._pending_keys: list[str] = []  # cursor actions typed meanwhile, in order
        self._generation = 0
        self._relayout_pending = False
        self._inline_style_cache: InlineStyles | None = None
        # Set by the browse screen from the annotation session: is this passage annotated?
        self.passage_marks: Callable[[Entry, Passage], bool] | None = None

    # -- public API -------------------------------------------------------------------------

    @property
    def entries(self) -> tuple[Entry, ...]:
        return self._entries

    @property
    def passages(self) -> list[Passage]:
        return [p for i in self._rows if (p := self._blocks[i].passage) is not None]

    @property
    def row_count(self) -> int:
        return len(self._rows)

    @property
    def current_passage(self) -> Passage | None:
        if 0 <= self.cursor < len(self._rows):
            return self._blocks[self._rows[self.cursor]].passage
        return None

    @property
    def current_entry(self) -> Entry | None:
        if 0 <= self.cursor < len(self._rows):
            return self._blocks[self._rows[self.cursor]].entry
        return self._entries[0] if self._entries else None

    @property
    def fully_rendered(self) -> bool:
        """Every passage rendered (until then some heights are estimates)."""
        return not self._unrendered

    def _rendered_lines(self) -> list[Line]:
        return [line for block in self._blocks if block.lines is not None for line in block.lines]

    def rendered_text(self) -> str:
        """The text rendered so far, one line per screen line (for tests and copying)."""
        return "\n".join(Strip(_segments(line)).text.rstrip() for line in self._rendered_lines())

    def rendered_segments(self) -> list[Segment]:
        return [segment for line in self._rendered_lines() for segment in _segments(line)]

    def show_entries(
        self, corpus: Corpus | None, entries: Sequence[Entry], empty_text: str = "Nothing to show."
    ) -> None:
        """Show these entries of ``corpus`` from the top, cursor on the first passage.

        Long entries the corpus has not split yet are split in a thread (a markdown-it
        parse of 1 MB takes seconds); until then the view says so, and ``select_line``
        is remembered.
        """
        self._corpus = corpus
        self._entries = tuple(entries) if corpus is not None else ()
        self.empty_text = empty_text
        self._generation += 1
        self._pending_line = None
        self._pending_keys = []
        self._reading = False
        unsplit = [e for e in self._entries if corpus is not None and not corpus.passages_ready(e)]
        if corpus is not None and sum(len(e.text) for e in unsplit) > THREAD_ABOVE:
            self.empty_text = "Reading a long entry …"
            self._reading = True
            self._set_blocks([])
            self._split_in_thread(corpus, unsplit, self._generation)
            return
        self._build_blocks()

    def _split_in_thread(self, corpus: Corpus, entries: list[Entry], generation: int) -> None:
        def split() -> None:
            for entry in entries:
                corpus.passages(entry)  # memoised by the corpus
            self.app.call_from_thread(self._passages_ready, generation)

        self.run_worker(split, thread=True, exclusive=True, group="passages")

    def _passages_ready(self, generation: int) -> None:
        if generation != self._generation:
            return  # another item was opened meanwhile
        pending, keys = self._pending_line, self._pending_keys
        self._reading, self._pending_keys = False, []
        self._build_blocks()
        if pending is not None:
            self.select_line(*pending)
        for action in keys:  # the keys typed while it was read act now, in order (QA4-2)
            getattr(self, f"action_{action}")()

    def _build_blocks(self) -> None:
        blocks: list[_Block] = []
        corpus = self._corpus
        for entry in self._entries:
            if len(self._entries) > 1:
                blocks.append(_Block(entry, None))
            for passage in corpus.passages(entry) if corpus is not None else ():
                blocks.append(_Block(entry, passage))
        self._set_blocks(blocks)

    def _set_blocks(self, blocks: list[_Block]) -> None:
        self._blocks = blocks
        self._rows = []
        for index, block in enumerate(blocks):
            if block.passage is not None:
                block.row = len(self._rows)
                self._rows.append(index)
        self._reset_render()
        self.scroll_to(0, 0, animate=False, immediate=True)
        self.move_cursor(0)

    def select_line(self, line: int, note: str | None = None) -> bool:
        """Move the cursor to the passage holding this file line (or the next one).

        ``note`` limits the search to one note file when the author has several.
        Returns False when no passage is at or after the line.
        """
        if self._reading:
            self._pending_line = (line, note)  # passages are being split in a thread
            return True
        best: int | None = None
        for row, block_index in enumerate(self._rows):
            block = self._blocks[block_index]
            passage = block.passage
            assert passage is not None
            if note is not None and block.entry.note != note:
                continue
            if passage.holds(line):
                best = row
                break
            if passage.start_line > line and best is None:
                best = row
        if best is None:
            return False
        self.move_cursor(best, center=True)
        return True

    def select_passage_text(self, text: str, line: int, note: str | None = None) -> bool:
        """Move the cursor to the passage with this text nearest to file ``line`` (in
        ``note`` when given): the passage that was there before lines above it changed.
        False, the cursor unmoved, when no passage has this text."""
        if self._reading:
            return False  # being split: the line, remembered, will do
        current = self.current_passage
        if current is not None and current.text == text and current.start_line == line:
            return True
        best: tuple[int, int] | None = None  # (distance, row)
        for row, block_index in enumerate(self._rows):
            block = self._blocks[block_index]
            passage = block.passage
            if passage is None or passage.text != text:
                continue
            if note is not None and block.entry.note != note:
                continue
            distance = abs(passage.start_line - line)
            if best is None or distance < best[0]:
                best = (distance, row)
        if best is None:
            return False
        if best[1] != self.cursor:
            self.move_cursor(best[1], center=True)
        return True

    def select_passage(self, index: int) -> None:
        if self._rows:
            self.move_cursor(index)

    # Keys that move the cursor while the passages are being read wait for them.

    def _held(self, action: str) -> bool:
        if self._reading:
            self._pending_keys.append(action)
        return self._reading

    def action_cursor_down(self) -> None:
        if not self._held("cursor_down"):
            super().action_cursor_down()

    def action_cursor_up(self) -> None:
        if not self._held("cursor_up"):
            super().action_cursor_up()

    def action_cursor_top(self) -> None:
        if not self._held("cursor_top"):
            super().action_cursor_top()

    def action_cursor_bottom(self) -> None:
        if not self._held("cursor_bottom"):
            super().action_cursor_bottom()

    def action_page_down(self) -> None:
        if not self._held("page_down"):
            super().action_page_down()

    def action_page_up(self) -> None:
        if not self._held("page_up"):
            super().action_page_up()

    def action_author(self, step: int) -> None:
        self.post_message(self.AuthorStep(step))

    # -- laying out (rendering) -------------------------------------------------------------

    def _reset_render(self) -> None:
        for block in self._blocks:
            block.lines = None
        self._width = self._render_width()
        self._next = 0
        self._unrendered = len(self._blocks)
        self._heights = Heights(self._estimates())
        if self._width > 0 and self._blocks:
            row = self.cursor if 0 <= self.cursor < len(self._rows) else 0
            self._render_around(self._rows[row] if self._rows else 0)
        self._update_size()
        self.refresh()

    def _render_width(self) -> int:
        return max(0, self.scrollable_content_region.width - self.mark_width)

    def _estimates(self) -> list[int]:
        """Each block's height before it is rendered: its blank line and its text wrapped."""
        from summit_tui.ui.render import gap_before

        width = max(1, self._width)
        heights: list[int] = []
        previous: _Block | None = None
        for block in self._blocks:
            passage = block.passage
            if passage is None:
                heights.append(2 if previous is not None else 1)
            else:
                gap = previous is not None and (
                    previous.passage is None or gap_before(previous.passage, passage)
                )
                text = passage.plain or passage.text
                heights.append(gap + max(text.count("\n") + 1, 1 + len(text) // width))
            previous = block
        return heights

    # What the cursor list asks: every block has a height, rendered or estimated.

    @property
    def line_count(self) -> int:
        return self._heights.total if self._width > 0 else 0

    def line_at(self, index: int) -> Line | None:
        if not 0 <= index < self.line_count:
            return None
        block, offset = self._heights.find(index)
        lines = self._blocks[block].lines
        return lines[offset] if lines is not None and offset < len(lines) else None

    def row_span(self, row: int) -> tuple[int, int] | None:
        if not 0 <= row < len(self._rows) or self._width <= 0:
            return None
        index = self._rows[row]
        block = self._blocks[index]
        if block.lines is None:
            return None
        return (self._heights.start(index) + block.lead, len(block.lines) - block.lead)

    def first_row_from(self, line: int) -> int:
        if not self._blocks or self._width <= 0:
            return -1
        index, _ = self._heights.find(line)
        for later in range(index, len(self._blocks)):
            block = self._blocks[later]
            if block.row < 0:
                continue
            lead = block.lead if block.lines is not None else 0  # not rendered: its start
            if self._heights.start(later) + lead >= line:
                return block.row
        return -1

    def lay_out_until(self, row: int) -> bool:
        if not 0 <= row < len(self._rows) or self._width <= 0:
            return False
        index = self._rows[row]
        if self._blocks[index].lines is None:
            self._render_around(index)
            self._update_size()
        return True

    def lay_out_lines(self, lines: int) -> None:
        """Render what a page ending at screen line ``lines`` shows (a page key)."""
        if self._width <= 0 or not self._blocks:
            return
        view = max(1, self.scrollable_content_region.height)
        self._render_lines(max(0, lines - 3 * view), lines)
        self._update_size()

    def render_lines(self, crop: Region) -> list[Strip]:
        # Whatever is about to be drawn is rendered first (a scroll, a click on the bar).
        if self._unrendered and self._width > 0:
            top = int(self.scroll_offset.y)
            if self._render_lines(top, top + self.size.height):
                self._update_size()
        return super().render_lines(crop)

    def _render_around(self, index: int) -> None:
        """Render block ``index`` and a screenful above and below it."""
        view = max(1, self.scrollable_content_region.height)
        self._render_block(index)
        above, first = 0, index
        while first > 0 and above < view:
            first -= 1
            self._render_block(first)
            above += self._heights.height(first)
        start = self._heights.start(index)
        self._render_lines(start, start + 2 * view)
        self._schedule_batch()

    def _render_lines(self, top: int, bottom: int) -> bool:
        """Render every block that holds a screen line from ``top`` to ``bottom``; True
        when any was rendered. Blocks above ``top`` keep their heights, so ``top`` stays."""
        rendered = False
        line = top
        while line < min(bottom, self._heights.total):
            index, _ = self._heights.find(line)
            if self._blocks[index].lines is None:
                self._render_block(index)
                rendered = True
            line = self._heights.start(index) + self._heights.height(index)
        if rendered:
            self._schedule_batch()
        return rendered

    def _schedule_batch(self) -> None:
        if self._unrendered and not self._pending_batch:
            self._pending_batch = True
            self.set_timer(0.01, self._render_batch)

    def _render_batch(self) -> None:
        """Render the next blocks from the top for a moment; keep the view where it is."""
        self._pending_batch = False
        if not self._unrendered or self._width <= 0:
            return
        top = int(self.scroll_offset.y)
        anchor, offset = self._heights.find(top)
        deadline = time.perf_counter() + BATCH_SECONDS
        index = self._next
        while index < len(self._blocks) and time.perf_counter() < deadline:
            if self._blocks[index].lines is None:
                self._render_block(index)
            index += 1
        while index < len(self._blocks) and self._blocks[index].lines is not None:
            index += 1
        self._next = index
        self._update_size()
        moved = self._heights.start(anchor) + min(offset, self._heights.height(anchor) - 1)
        if moved != top:  # estimates above the view were corrected: it shows the same lines
            self.scroll_to(y=moved, animate=False, immediate=True, force=True)
        self._schedule_batch()
        self.rows_laid_out()

    def _render_block(self, index: int) -> None:
        # Imported here: rich.markdown pulls in pygments, which first paint need not wait for.
        from summit_tui.ui.render import fast_lines, gap_before, passage_renderable

        block = self._blocks[index]
        if block.lines is not None:
            return
        previous = self._blocks[index - 1] if index > 0 else None
        blank = Strip.blank(0)
        lines: list[Line] = []
        if block.passage is None:
            if index > 0:
                lines.append(Line(blank, -1))
            lines.append(Line(self._separator(block.entry), -1))
            self._rendered_block(index, lines, len(lines))
            return
        previous_passage = previous.passage if previous is not None else None
        if previous is not None and (
            previous_passage is None or gap_before(previous_passage, block.passage)
        ):
            lines.append(Line(blank, -1))
        console = self.app.console
        rendered = fast_lines(block.passage, console, self._width, self._markdown_styles())
        if rendered is None:
            options = console.options.update(width=self._width, height=None, highlight=False)
            renderable = passage_renderable(block.passage, self._markdown_styles())
            rendered = console.render_lines(renderable, options, pad=False, new_lines=False)
        # Rich Markdown puts an empty line before lists, quotes and tables; gaps are ours.
        while rendered and not Segment.get_line_length(rendered[-1]):
            rendered.pop()
        while rendered and not Segment.get_line_length(rendered[0]):
            rendered.pop(0)
        if not rendered:
            rendered = [[]]
        lead = len(lines)
        lines.extend(Line(Strip(line), block.row, first=n == 0) for n, line in enumerate(rendered))
        self._rendered_block(index, lines, lead)

    def _rendered_block(self, index: int, lines: list[Line], lead: int) -> None:
        block = self._blocks[index]
        block.lines, block.lead = lines, lead
        self._heights.set(index, len(lines))
        self._unrendered -= 1

    def _update_size(self) -> None:
        self.update_virtual_size()

    def _markdown_styles(self) -> InlineStyles:
        if self._inline_style_cache is None:
            from summit_tui.ui.render import InlineStyles

            style = self.get_component_rich_style
            self._inline_style_cache = InlineStyles(
                heading=style("entry-view--heading", partial=True),
                heading_mark=style("entry-view--heading-mark", partial=True),
                link=style("entry-view--link", partial=True),
                url=style("entry-view--url", partial=True),
                code=style("entry-view--code", partial=True),
                image=style("entry-view--image", partial=True),
                strong=style("entry-view--strong", partial=True),
                emphasis=style("entry-view--emphasis", partial=True),
                strike=style("entry-view--strike", partial=True),
                highlight=style("entry-view--highlight", partial=True),
            )
        return self._inline_style_cache

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._inline_style_cache = None  # theme changed: re-read the component styles

    def _separator(self, entry: Entry) -> Strip:
        style = self.get_component_rich_style("entry-view--separator", partial=True)
        label = f"── {shown_path(entry.note)} · lines {entry.start_line}–{entry.end_line} "
        text = Text(label, style=style, no_wrap=True, overflow="ellipsis", end="")
        width = self._width + self.mark_width
        text.pad_right(max(0, width - text.cell_len), "─")
        text.truncate(width, overflow="ellipsis")
        return Strip(list(text.render(self.app.console)))

    def on_resize(self) -> None:
        self._relayout()

    def _relayout(self) -> None:
        self._relayout_pending = False
        if self._render_width() != self._width:
            self._reset_render()
            self.scroll_to_row(self.cursor)

    def render_line(self, y: int) -> Strip:
        if self._render_width() != self._width and not self._relayout_pending:
            # The content area changed without a resize (e.g. a scrollbar appeared).
            self._relayout_pending = True
            self.call_after_refresh(self._relayout)
        return super().render_line(y)

    # -- the gutter and the cursor ----------------------------------------------------------

    def row_mark(self, row: int, first: bool) -> tuple[str, Style]:
        # Only a row's first line carries its marks: a wrapped passage shows one ▶.
        cursor = first and row == self.cursor
        annotated = first and self._is_annotated(row)
        if not cursor and not annotated:
            return ("", Style())
        mark = (CURSOR_MARK if cursor else " ") + (ANNOTATED_MARK if annotated else "")
        role = "entry-view--cursor-mark" if cursor else "entry-view--annotated"
        return (mark, self.get_component_rich_style(role, partial=True))

    def row_style(self, row: int) -> Style:
        if row == self.cursor:
            # Nothing under the cursor is dimmed: dim text on the swapped colours is faint.
            return self.get_component_rich_style("entry-view--cursor", partial=True) + _NOT_DIM
        return Style()

    def _is_annotated(self, row: int) -> bool:
        if self.passage_marks is None or not 0 <= row < len(self._rows):
            return False
        block = self._blocks[self._rows[row]]
        return block.passage is not None and self.passage_marks(block.entry, block.passage)


def _segments(line: Line) -> list[Segment]:
    content = line.content
    return list(content) if isinstance(content, Strip) else [Segment(content.plain)]
