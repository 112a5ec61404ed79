"""The annotations screen's list: one line per annotation, only the lines on screen drawn.

A ``CursorList`` whose rows are annotations. Nothing is made per annotation when the list
is filled: a row's line (flag, item, author and line, quote and comment, tags, when) is
built when it is drawn, cut to the columns the width allows, so 5,000 annotations open
as fast as 50.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, ClassVar

from rich.cells import set_cell_size
from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding, BindingType
from textual.strip import Strip

from summit_tui.text import clean_line
from summit_tui.ui.fit import ellipsize
from summit_tui.ui.widgets.cursor_list import CursorList

if TYPE_CHECKING:
    from summit_tui.annotate.model import Annotation

ItemTitle = Callable[["Annotation"], str]


class AnnotationList(CursorList):
    """Annotations, one per line, with a cursor (see the module docstring).

    | Class | Description |
    | :- | :- |
    | `annotation-list--cursor` | The row under the cursor. |
    | `annotation-list--flag` | ❝ a passage's, • an item's, ⚠ an orphan. |
    | `annotation-list--dim` | Author and line, tags, when. |
    """

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "annotation-list--cursor",
        "annotation-list--dim",
        "annotation-list--flag",
    }

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j,down", "cursor_down", "Next", show=False, id="annotations.next"),
        Binding("k,up", "cursor_up", "Previous", show=False, id="annotations.previous"),
        Binding("g,home", "cursor_top", "First", show=False, id="annotations.top"),
        Binding("G,end", "cursor_bottom", "Last", show=False, id="annotations.bottom"),
        Binding("pagedown", "page_down", "Page down", show=False, id="annotations.page_down"),
        Binding("pageup", "page_up", "Page up", show=False, id="annotations.page_up"),
    ]

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id, empty_text="No annotations match.")
        self._annotations: Sequence[Annotation] = ()
        self._title: ItemTitle = lambda annotation: annotation.item_id
        self._writer: Callable[[str], str] = str  # an author key as shown (Corpus.writer)

    @property
    def annotations(self) -> Sequence[Annotation]:
        return self._annotations

    @property
    def row_count(self) -> int:
        return len(self._annotations)

    @property
    def selected(self) -> Annotation | None:
        row = self.cursor
        return self._annotations[row] if 0 <= row < len(self._annotations) else None

    def show(
        self,
        annotations: Sequence[Annotation],
        item_title: ItemTitle,
        writer: Callable[[str], str] = str,
    ) -> None:
        """List these annotations; the cursor stays on the one it was on, if listed."""
        current = self.selected
        self._annotations = annotations
        self._title = item_title
        self._writer = writer
        self.spans = [(n, 1) for n in range(len(annotations))]
        self.update_virtual_size()
        row = 0
        if current is not None:
            row = next((n for n, a in enumerate(annotations) if a.id == current.id), 0)
        self.move_cursor(row)
        self.refresh()

    def select_id(self, annotation_id: str) -> bool:
        """Put the cursor on the annotation with this id, if it is listed."""
        for row, annotation in enumerate(self._annotations):
            if annotation.id == annotation_id:
                self.move_cursor(row, center=True)
                return True
        return False

    def update_virtual_size(self, extra: int = 0) -> None:
        width = self.scrollable_content_region.width
        self.virtual_size = self.virtual_size.with_width(width).with_height(
            max(1, len(self._annotations) + extra)
        )

    def row_text(self, row: int, width: int = 120) -> Text:
        """The line drawn for a row at a width: columns cut at a word, with an ellipsis."""
        annotation = self._annotations[row]
        target = annotation.target
        flag = "⚠" if annotation.orphaned else ("❝" if target is not None else "•")
        who = ""
        if target is not None:
            who = clean_line(self._writer(target.author))
            who += f" · {target.line}" if target.line else ""
        body = clean_line(annotation.comment) or "(no comment)"
        if target is not None:
            body = f"“{ellipsize(clean_line(target.shown), 30)}” {body}"
        tags = " ".join(f"#{clean_line(t)}" for t in annotation.tags)
        when = annotation.updated[:16].replace("T", " ")
        # Column widths: the item and the text share what the others leave.
        show_when = width >= 100
        show_who = width >= 64
        fixed = 2 + (14 if show_who else 0) + (12 if tags else 0) + (17 if show_when else 0)
        rest = max(10, width - fixed)
        item_width = min(30, max(8, rest // 3))
        text_width = max(4, rest - item_width - 1)
        dim = self.get_component_rich_style("annotation-list--dim", partial=True)
        flag_style = self.get_component_rich_style("annotation-list--flag", partial=True)
        line = Text(no_wrap=True, end="")
        line.append(f"{flag} ", style=flag_style)
        line.append(_column(clean_line(self._title(annotation)), item_width) + " ")
        if show_who:
            line.append(_column(who, 13) + " ", style=dim)
        line.append(_column(body, text_width))
        if tags:
            line.append(" " + _column(tags, 11), style=dim)
        if show_when:
            line.append(" " + _column(when, 16), style=dim)
        return line

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        row = y + int(self.scroll_offset.y)
        base = self.rich_style
        if not self._annotations or row >= len(self._annotations):
            return super().render_line(y)  # the empty text, or blank
        text = self.row_text(row, width)
        style = Style()
        if row == self.cursor:
            style = self.get_component_rich_style("annotation-list--cursor", partial=True)
        strip = Strip(list(text.render(self.app.console)))
        if style:
            strip = strip.apply_style(style)
        return strip.crop_extend(0, width, style or base).apply_style(base)

    def on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)
        if offset is not None:
            row = int(offset.y + self.scroll_offset.y)
            if 0 <= row < len(self._annotations):
                self.move_cursor(row)


def _column(text: str, width: int) -> str:
    """``text`` in exactly ``width`` cells: cut at a word with an ellipsis, or padded."""
    return set_cell_size(ellipsize(text, width), width)
