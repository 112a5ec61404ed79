"""The bar under the reader: your notes on the passage under the cursor."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static


class PassageNotes(Static):
    """One to a few lines under the reader: your notes on the passage under the cursor."""

    def __init__(self) -> None:
        super().__init__(id="passage-notes")
        self.display = False

    def show(self, text: Text | None) -> None:
        self.display = text is not None
        self.update(text or "")
