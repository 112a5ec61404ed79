"""The modal where a comment and tags are written for a passage or an item."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import ClassVar

from rich.cells import cell_len
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.geometry import Size
from textual.screen import ModalScreen
from textual.widget import Widget
from textual.widgets import Button, Input, Static, TextArea

from summit_tui.text import clean, clean_line
from summit_tui.ui.fit import keep_end, keep_ends
from summit_tui.ui.keyhold import caught_up
from summit_tui.ui.styled import StyledStatic, resolve
from summit_tui.ui.widgets.comment_area import CommentArea
from summit_tui.ui.widgets.footer import KeyBar

QUOTE_LINES = 4


@dataclass(frozen=True, slots=True)
class AnnotateResult:
    comment: str
    tags: tuple[str, ...]


def parse_tags(text: str) -> tuple[str, ...]:
    """Tags typed as `ai, #agents  eval` → ('ai', 'agents', 'eval')."""
    tags = [t.lstrip("#") for t in re.split(r"[,\s]+", text) if t.strip("#, ")]
    return tuple(dict.fromkeys(tags))


class QuoteText(StyledStatic):
    """The quotation, cut to the rows its style allows (fewer on a short terminal), its
    last row ending in … when some of it is left out."""

    def _rows(self, width: int) -> list[Text]:
        return list(resolve(self.text, self).wrap(self.app.console, max(1, width)))

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        return len(self._rows(width))

    def render(self) -> Text:
        rows = self._rows(self.size.width)
        room = max(1, self.size.height)
        if len(rows) > room:
            rows = rows[:room]
            last = rows[-1]
            last.truncate(max(0, self.size.width - 1))
            last.rstrip()
            last.append("…")
        return Text("\n", end="").join(rows)


@dataclass(frozen=True, slots=True)
class Where:
    """Where a quote is: whose note, and the place (``PATH:LINE``) as ``places`` writes it."""

    author: str
    place: str


class WhereLine(Widget):
    """Where the quote is (author, note and line), on one line: a path too long for it
    loses its start (after the author's name), never the line number at its end."""

    def __init__(self, where: Where, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.author = clean_line(where.author)
        self.place = clean_line(where.place)

    def render(self) -> Text:
        width = self.size.width
        if not self.author:
            return Text(keep_end(f"— {self.place}", width), no_wrap=True, end="")
        head = keep_ends(f"— {self.author}, ", max(1, width // 2))  # the author, unless very long
        return Text(head + keep_end(self.place, width - cell_len(head)), end="")


class AnnotateModal(ModalScreen[AnnotateResult | None]):
    """Write or edit one annotation. ctrl+s saves, escape cancels."""

    AUTO_FOCUS = "#annotate-comment"  # focused when composed: for the keys typed at once
    # A terminal of fewer rows gets the compact editor (-short in summit.tcss): the whole
    # form, tags and buttons too, fits in 24 rows.
    VERTICAL_BREAKPOINTS: ClassVar[list[tuple[int, str]] | None] = [(0, "-short"), (32, "-tall")]

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+s", "save", "Save", id="annotate.save", priority=True),
        Binding("escape", "cancel", "Cancel", id="annotate.cancel"),
    ]

    def __init__(
        self,
        heading: str,
        *,
        quote: str | None = None,
        where: Where | None = None,
        comment: str = "",
        tags: tuple[str, ...] = (),
    ) -> None:
        super().__init__()
        self._heading = heading
        self._quote = quote
        self._where = where
        self._comment = comment
        self._tags = tags
        self._saving = False

    def compose(self) -> ComposeResult:
        with Vertical(id="annotate-box"):
            yield Static(Text(clean_line(self._heading)), id="annotate-title")
            if self._quote is not None:
                lines = clean(self._quote).strip().split("\n")
                shown = "\n".join(lines[:QUOTE_LINES]) + ("\n…" if len(lines) > QUOTE_LINES else "")
                with Vertical(id="annotate-quote"):
                    yield QuoteText(Text(shown, style="styled--emphasis"), id="annotate-text")
                    if self._where is not None:
                        yield WhereLine(self._where, id="annotate-where")
            yield CommentArea(
                self._comment,
                id="annotate-comment",
                soft_wrap=True,
                placeholder="Your comment (Markdown). ctrl+s saves, escape cancels.",
            )
            yield Input(
                " ".join(self._tags),
                placeholder="tags, separated by spaces or commas",
                id="annotate-tags",
                select_on_focus=False,  # tabbing in to add a tag keeps the others
            )
            with Horizontal(id="annotate-buttons"):
                yield Button("Save (ctrl+s)", variant="primary", id="annotate-save")
                yield Button("Cancel (esc)", id="annotate-cancel")
        yield KeyBar()  # its own keys: the reader's, shown behind it, do not act here

    def on_mount(self) -> None:
        # Editing an existing note continues it: the cursor goes after its text, as in
        # any editor reopening a draft, so what is typed at once is appended (QA16).
        comment = self.query_one("#annotate-comment", TextArea)
        comment.move_cursor(comment.document.end)

    @property
    def result(self) -> AnnotateResult:
        comment = self.query_one("#annotate-comment", TextArea).text
        tags = parse_tags(self.query_one("#annotate-tags", Input).value)
        return AnnotateResult(comment.strip("\n"), tags)

    @property
    def changed(self) -> bool:
        """True when the comment or the tags differ from what the editor opened with."""
        result = self.result
        return result.comment != self._comment.strip("\n") or result.tags != self._tags

    async def typed(self) -> None:
        """Until the comment and the tags hold every key typed into them so far: ctrl+s
        (a priority key) is taken while a paste's letters may still wait in their queues."""
        await caught_up(
            self.query_one("#annotate-comment", TextArea), self.query_one("#annotate-tags", Input)
        )

    async def action_save(self) -> None:
        if self._saving:
            return  # a second ctrl+s while the first waits for the keys before it
        self._saving = True
        await self.typed()
        self.dismiss(self.result)

    def action_cancel(self) -> None:
        self.dismiss(None)

    async def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        await self.action_save()

    async def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        if event.button.id == "annotate-save":
            await self.action_save()
        else:
            self.action_cancel()
