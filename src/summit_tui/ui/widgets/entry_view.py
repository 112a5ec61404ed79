"""The reading pane: one author's entries for an item, with a passage cursor.

One scrollable Line-API widget renders every passage with Rich and keeps the
resulting lines, so a 20 KB entry costs one Rich render, not hundreds of mounted
widgets. Passages are rendered in batches (the first screenful at once, the rest
on later ticks) so a huge note never freezes the app. The cursor selects one
passage (paragraph, list item, heading, code block or table); other features read
it through ``current_passage`` and move it with ``select_line``.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar

from rich.segment import Segment
from rich.text import Text
from textual import events, work
from textual.binding import Binding, BindingType
from textual.geometry import Region, Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from summit_tui.text import clean_line

if TYPE_CHECKING:
    from summit_tui.corpus.model import Corpus, Entry
    from summit_tui.corpus.passages import Passage
    from summit_tui.ui.render import InlineStyles

GUTTER = 2
BATCH_SECONDS = 0.03  # rendering per tick after the first screenful
JUMP_SECONDS = 0.1  # rendering allowed at once when the cursor jumps far ahead
THREAD_ABOVE = 64_000  # characters of entry text split into passages off the main thread


@dataclass(slots=True)
class _Block:
    entry: Entry
    passage: Passage | None  # None: the separator line naming the entry's source
    top: int = -1  # first virtual line, -1 until rendered
    height: int = 0


class EntryView(ScrollView, can_focus=True):
    """Scrollable rendering of entries with a selectable passage."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "entry-view--cursor",
        "entry-view--gutter",
        "entry-view--heading",
        "entry-view--separator",
        "entry-view--empty",
        "entry-view--link",
        "entry-view--url",
        "entry-view--code",
        "entry-view--image",
        "entry-view--annotated",
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

    class CursorMoved(Message):
        """The selected passage changed (None when the view is empty)."""

        def __init__(self, view: EntryView, passage: Passage | None) -> None:
            super().__init__()
            self.view = view
            self.passage = passage

        @property
        def control(self) -> EntryView:
            return self.view

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self._entries: tuple[Entry, ...] = ()
        self._blocks: list[_Block] = []
        self._selectable: list[int] = []  # block indices of passages, in order
        self._lines: list[tuple[Strip, int]] = []  # (rendered line, block index or -1)
        self._rendered = 0  # blocks rendered so far
        self._width = 0
        self._cursor = -1  # index into _selectable
        self._empty_text = "Nothing to show."
        self._corpus: Corpus | None = None  # where the entries' passages come from
        self._pending_batch = False
        self._pending_scroll = False
        self._pending_line: tuple[int, str | None] | None = None
        self._generation = 0
        self._relayout_pending = False
        self._inline_style_cache: InlineStyles | None = None
        # Set by the annotations controller: does this passage carry an annotation?
        self.passage_marks: Callable[[Entry, Passage], bool] | None = None

    # -- public API -------------------------------------------------------------------------

    @property
    def entries(self) -> tuple[Entry, ...]:
        return self._entries

    @property
    def passages(self) -> list[Passage]:
        return [p for i in self._selectable if (p := self._blocks[i].passage) is not None]

    @property
    def current_passage(self) -> Passage | None:
        if 0 <= self._cursor < len(self._selectable):
            return self._blocks[self._selectable[self._cursor]].passage
        return None

    @property
    def current_entry(self) -> Entry | None:
        if 0 <= self._cursor < len(self._selectable):
            return self._blocks[self._selectable[self._cursor]].entry
        return self._entries[0] if self._entries else None

    def rendered_text(self) -> str:
        """The text rendered so far, one line per screen line (for tests and copying)."""
        return "\n".join(strip.text.rstrip() for strip, _ in self._lines)

    def rendered_segments(self) -> list[Segment]:
        return [segment for strip, _ in self._lines for segment in strip]

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
        self._empty_text = empty_text
        self._generation += 1
        self._pending_line = None
        unsplit = [e for e in self._entries if corpus is not None and not corpus.passages_ready(e)]
        if corpus is not None and sum(len(e.text) for e in unsplit) > THREAD_ABOVE:
            self._empty_text = "Reading a long entry …"
            self._set_blocks([])
            self._split_in_thread(corpus, unsplit, self._generation)
            return
        self._build_blocks()

    @work(thread=True, exclusive=True, group="passages")
    def _split_in_thread(self, corpus: Corpus, entries: list[Entry], generation: int) -> None:
        for entry in entries:
            corpus.passages(entry)  # memoised by the corpus
        self.app.call_from_thread(self._passages_ready, generation)

    def _passages_ready(self, generation: int) -> None:
        if generation != self._generation:
            return  # another item was opened meanwhile
        pending = self._pending_line
        self._build_blocks()
        if pending is not None:
            self.select_line(*pending)

    def _build_blocks(self) -> None:
        blocks: list[_Block] = []
        for entry in self._entries:
            if len(self._entries) > 1:
                blocks.append(_Block(entry, None))
            for passage in self._passages_of(entry):
                blocks.append(_Block(entry, passage))
        self._set_blocks(blocks)

    def _set_blocks(self, blocks: list[_Block]) -> None:
        self._blocks = blocks
        self._pending_scroll = False
        self._selectable = [i for i, b in enumerate(blocks) if b.passage is not None]
        self._cursor = 0 if self._selectable else -1
        self._reset_render()
        self.scroll_to(0, 0, animate=False, immediate=True)
        self._announce()

    def select_line(self, line: int, note: str | None = None) -> bool:
        """Move the cursor to the passage holding this file line (or the next one).

        ``note`` limits the search to one note file when the author has several.
        Returns False when no passage is at or after the line.
        """
        if self._entries and not self._blocks and self._empty_text.startswith("Reading"):
            self._pending_line = (line, note)  # passages are being split in a thread
            return True
        best: int | None = None
        for index, block_index in enumerate(self._selectable):
            block = self._blocks[block_index]
            passage = block.passage
            assert passage is not None
            if note is not None and block.entry.note != note:
                continue
            if passage.start_line <= line <= passage.end_line:
                best = index
                break
            if passage.start_line > line and best is None:
                best = index
        if best is None:
            return False
        self._move_cursor(best, center=True)
        return True

    def select_passage(self, index: int) -> None:
        if self._selectable:
            self._move_cursor(max(0, min(index, len(self._selectable) - 1)))

    # -- actions ----------------------------------------------------------------------------

    def action_cursor_down(self) -> None:
        if self._cursor < len(self._selectable) - 1:
            self._move_cursor(self._cursor + 1)
        else:
            self.scroll_down(animate=False)

    def action_cursor_up(self) -> None:
        if self._cursor > 0:
            self._move_cursor(self._cursor - 1)
        else:
            self.scroll_up(animate=False)

    def action_cursor_top(self) -> None:
        if self._selectable:
            self._move_cursor(0)
        self.scroll_home(animate=False)

    def action_cursor_bottom(self) -> None:
        if self._selectable:
            self._move_cursor(len(self._selectable) - 1)

    def action_page_down(self) -> None:
        self._page(+1)

    def action_page_up(self) -> None:
        self._page(-1)

    def action_author(self, step: int) -> None:
        self.post_message(self.AuthorStep(step))

    # -- rendering --------------------------------------------------------------------------

    def _passages_of(self, entry: Entry) -> Sequence[Passage]:
        return self._corpus.passages(entry) if self._corpus is not None else ()

    def _reset_render(self) -> None:
        self._lines = []
        self._rendered = 0
        for block in self._blocks:
            block.top = -1
            block.height = 0
        self._width = self._render_width()
        if self._width > 0:
            self._render_until(lines=self.size.height * 2 + 10, block=self._cursor_block())
        self._update_virtual_size()
        self.refresh()

    def _render_width(self) -> int:
        return max(0, self.scrollable_content_region.width - GUTTER)

    def _cursor_block(self) -> int:
        return self._selectable[self._cursor] if self._cursor >= 0 else 0

    def _render_until(self, *, lines: int = 0, block: int = 0, budget: float = 0.0) -> bool:
        """Render until there are ``lines`` lines and ``block`` is rendered.

        With a ``budget`` (seconds) stop early when it is spent; the rest is rendered
        on later ticks. Returns True when the goal was reached.
        """
        if self._width <= 0:
            return False  # not laid out yet: on_resize renders at the real width
        deadline = time.perf_counter() + budget if budget else 0.0
        while self._rendered < len(self._blocks) and (
            len(self._lines) < lines or self._rendered <= block
        ):
            self._render_block(self._rendered)
            if deadline and time.perf_counter() > deadline:
                break
        if self._rendered < len(self._blocks) and not self._pending_batch:
            self._pending_batch = True
            self.set_timer(0.01, self._render_batch)
        return self._rendered > block

    def _render_batch(self) -> None:
        self._pending_batch = False
        if self._rendered >= len(self._blocks) or self._width <= 0:
            return
        self._render_until(block=len(self._blocks) - 1, budget=BATCH_SECONDS)
        self._update_virtual_size()
        if self._pending_scroll and self._rendered > self._cursor_block():
            self._pending_scroll = False
            self._scroll_to_cursor(center=True)
        self.refresh()

    def _render_block(self, index: int) -> None:
        # Imported here: rich.markdown pulls in pygments, which first paint need not wait for.
        from summit_tui.ui.render import fast_lines, gap_before, passage_renderable

        block = self._blocks[index]
        previous = self._blocks[index - 1] if index > 0 else None
        blank = Strip.blank(0)
        if block.passage is None:
            if index > 0:
                self._lines.append((blank, -1))
            block.top = len(self._lines)
            block.height = 1
            self._lines.append((self._separator(block.entry), index))
            self._rendered = index + 1
            return
        previous_passage = previous.passage if previous is not None else None
        if previous is not None and (
            previous_passage is None or gap_before(previous_passage, block.passage)
        ):
            self._lines.append((blank, -1))
        console = self.app.console
        rendered = fast_lines(block.passage, console, self._width, self._markdown_styles())
        if rendered is None:
            options = console.options.update(width=self._width, height=None, highlight=False)
            heading = self.get_component_rich_style("entry-view--heading", partial=True)
            renderable = passage_renderable(block.passage, heading)
            rendered = console.render_lines(renderable, options, pad=False, new_lines=False)
        # Rich Markdown puts an empty line before lists, quotes and tables; gaps are ours.
        while rendered and not Segment.get_line_length(rendered[-1]):
            rendered.pop()
        while rendered and not Segment.get_line_length(rendered[0]):
            rendered.pop(0)
        if not rendered:
            rendered = [[]]
        block.top = len(self._lines)
        block.height = len(rendered)
        self._lines.extend((Strip(line), index) for line in rendered)
        self._rendered = index + 1

    def _markdown_styles(self) -> InlineStyles:
        if self._inline_style_cache is None:
            from summit_tui.ui.render import InlineStyles

            style = self.get_component_rich_style
            self._inline_style_cache = InlineStyles(
                link=style("entry-view--link", partial=True),
                url=style("entry-view--url", partial=True),
                code=style("entry-view--code", partial=True),
                image=style("entry-view--image", partial=True),
            )
        return self._inline_style_cache

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._inline_style_cache = None  # theme changed: re-read the component styles

    def _separator(self, entry: Entry) -> Strip:
        style = self.get_component_rich_style("entry-view--separator", partial=True)
        label = f"── {clean_line(entry.note)} · lines {entry.start_line}–{entry.end_line} "
        text = Text(label, style=style, no_wrap=True, overflow="ellipsis", end="")
        text.pad_right(max(0, self._width - text.cell_len), "─")
        return Strip(list(text.render(self.app.console)))

    def _update_virtual_size(self) -> None:
        height = len(self._lines)
        if self._rendered < len(self._blocks):
            height += 1  # room to scroll while the rest renders
        self.virtual_size = Size(self._width + GUTTER, max(height, 1))

    def on_resize(self) -> None:
        self._relayout()

    def _relayout(self) -> None:
        self._relayout_pending = False
        if self._render_width() != self._width:
            self._reset_render()
            self._scroll_to_cursor()

    def render_line(self, y: int) -> Strip:
        scroll_x, scroll_y = self.scroll_offset
        width = self.scrollable_content_region.width
        base = self.rich_style
        if width - GUTTER != self._width and not self._relayout_pending:
            # The content area changed without a resize (e.g. a scrollbar appeared).
            self._relayout_pending = True
            self.call_after_refresh(self._relayout)
        index = y + scroll_y
        if not self._selectable and index == 0:
            style = self.get_component_rich_style("entry-view--empty", partial=True)
            text = Text(" " * GUTTER + self._empty_text, style=style, no_wrap=True, end="")
            strip = Strip(list(text.render(self.app.console)))
            return strip.crop_extend(scroll_x, scroll_x + width, base).apply_style(base)
        if index >= len(self._lines):
            return Strip.blank(width, base)
        strip, block_index = self._lines[index]
        selected = block_index >= 0 and block_index == self._cursor_block() and self._cursor >= 0
        if selected:
            cursor = self.get_component_rich_style("entry-view--cursor", partial=True)
            gutter = self.get_component_rich_style("entry-view--gutter", partial=True)
            line = Strip([Segment("▌ ", gutter + cursor), *strip]).apply_style(cursor)
            line = line.crop_extend(scroll_x, scroll_x + width, cursor)
        elif self._is_annotated(block_index):
            marked = self.get_component_rich_style("entry-view--annotated", partial=True)
            line = Strip([Segment("✎ ", marked), *strip])
            line = line.crop_extend(scroll_x, scroll_x + width, base)
        else:
            line = Strip([Segment(" " * GUTTER), *strip])
            line = line.crop_extend(scroll_x, scroll_x + width, base)
        return line.apply_style(base)

    def _is_annotated(self, block_index: int) -> bool:
        if self.passage_marks is None or block_index < 0:
            return False
        block = self._blocks[block_index]
        return block.passage is not None and self.passage_marks(block.entry, block.passage)

    def on_click(self, event: events.Click) -> None:
        """A click selects the passage under the pointer."""
        offset = event.get_content_offset(self)
        if offset is None:
            return
        index = int(offset.y + self.scroll_offset.y)
        if 0 <= index < len(self._lines):
            block = self._lines[index][1]
            if block in self._selectable:
                self._cursor = self._selectable.index(block)
                self.refresh()
                self._announce()

    # -- cursor -----------------------------------------------------------------------------

    def _move_cursor(self, index: int, *, center: bool = False) -> None:
        self._cursor = index
        block = self._cursor_block()
        if block >= self._rendered:
            # Far below what is rendered: render for a moment, then finish on later ticks.
            reached = self._render_until(block=block, budget=JUMP_SECONDS)
            self._update_virtual_size()
            if not reached:
                self._pending_scroll = True
                self.refresh()
                self._announce()
                return
        self._scroll_to_cursor(center=center)
        self.refresh()
        self._announce()

    @property
    def cursor_on_screen(self) -> bool:
        """Is the first line of the passage under the cursor inside the visible area?"""
        if self._cursor < 0:
            return False
        top = self._blocks[self._cursor_block()].top
        scroll_y = int(self.scroll_offset.y)
        return top >= 0 and scroll_y <= top < scroll_y + self.scrollable_content_region.height

    def _scroll_to_cursor(self, *, center: bool = False) -> None:
        if self._cursor < 0:
            return
        block = self._blocks[self._cursor_block()]
        if block.top < 0:
            return
        height = min(block.height, max(1, self.scrollable_content_region.height))
        region = Region(0, block.top, 1, height)
        # force: right after new content is set, Textual has not yet worked out that a
        # scrollbar is needed and would refuse to scroll (a jump from search landed at top).
        self.scroll_to_region(region, animate=False, center=center, immediate=True, force=True)

    def _page(self, direction: int) -> None:
        height = max(1, self.scrollable_content_region.height - 1)
        target = max(0, self.scroll_offset.y + direction * height)
        self._render_until(lines=target + height * 2)
        self._update_virtual_size()
        self.scroll_to(y=target, animate=False, immediate=True)
        top = int(self.scroll_offset.y)
        for index, block_index in enumerate(self._selectable):
            block = self._blocks[block_index]
            if block.top >= top:
                self._cursor = index
                break
        self.refresh()
        self._announce()

    def _announce(self) -> None:
        self.post_message(self.CursorMoved(self, self.current_passage))
