"""The modal where a comment and tags are written for a passage or an item."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Static, TextArea

from summit_tui.text import clean, clean_line
from summit_tui.ui.styled import StyledStatic

QUOTE_LINES = 4


@dataclass(frozen=True, slots=True)
class AnnotateResult:
    comment: str
    tags: tuple[str, ...]


def parse_tags(text: str) -> tuple[str, ...]:
    """Tags typed as `ai, #agents  eval` → ('ai', 'agents', 'eval')."""
    tags = [t.lstrip("#") for t in re.split(r"[,\s]+", text) if t.strip("#, ")]
    return tuple(dict.fromkeys(tags))


class AnnotateModal(ModalScreen[AnnotateResult | None]):
    """Write or edit one annotation. ctrl+s saves, escape cancels."""

    AUTO_FOCUS = "#annotate-comment"  # focused when composed: for the keys typed at once

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+s", "save", "Save", id="annotate.save", priority=True),
        Binding("escape", "cancel", "Cancel", id="annotate.cancel"),
    ]

    def __init__(
        self,
        heading: str,
        *,
        quote: str | None = None,
        where: str = "",
        comment: str = "",
        tags: tuple[str, ...] = (),
    ) -> None:
        super().__init__()
        self._heading = heading
        self._quote = quote
        self._where = where
        self._comment = comment
        self._tags = tags

    def compose(self) -> ComposeResult:
        with Vertical(id="annotate-box"):
            yield Static(Text(clean_line(self._heading)), id="annotate-title")
            if self._quote is not None:
                lines = clean(self._quote).strip().split("\n")
                shown = "\n".join(lines[:QUOTE_LINES]) + ("\n…" if len(lines) > QUOTE_LINES else "")
                quote = Text(shown, style="styled--emphasis")
                if self._where:
                    quote.append(f"\n— {clean_line(self._where)}", style="styled--muted")
                yield StyledStatic(quote, id="annotate-quote")
            yield TextArea(
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

    def action_save(self) -> None:
        self.dismiss(self.result)

    def action_cancel(self) -> None:
        self.dismiss(None)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_save()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        if event.button.id == "annotate-save":
            self.action_save()
        else:
            self.action_cancel()
