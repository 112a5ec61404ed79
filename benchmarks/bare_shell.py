"""The baseline for first paint: a bare Textual shell with summit-tui's widgets and no data.

The same Textual widgets as summit-tui's browse screen, in the same places: a tree
(the navigator), a reader pane (header, author tabs, source line, a scroll view for
the notes, a message line), the notes bar, a status line and the footer; nothing
loaded, no styles of its own. The first-paint benchmark starts this in a
pseudo-terminal exactly as it starts `summit-tui`, so the ratio between the two is
what summit-tui adds on top of Textual: its own code, styles and start-up work.
"""

from __future__ import annotations

from typing import ClassVar

from textual.app import App, ComposeResult
from textual.containers import Horizontal, Vertical
from textual.scroll_view import ScrollView
from textual.widgets import Footer, Static, Tree


class BareShell(App[None]):
    TITLE = "summit-tui"
    BINDINGS: ClassVar = [("q", "quit", "Quit")]

    def compose(self) -> ComposeResult:
        with Horizontal():
            yield Tree("Program")
            with Vertical():
                yield Static("")  # item header
                yield Static("")  # author tabs
                yield Static("")  # source
                yield ScrollView()  # the notes
                yield Static("")  # message
        yield Static("")  # notes bar
        yield Static("")  # status
        yield Footer()


if __name__ == "__main__":
    BareShell().run()
