"""The baseline for first paint: a bare Textual shell with summit-tui's widgets and no data.

Header, a navigator tree, an empty reader pane and a footer; nothing loaded. The
first-paint benchmark starts this in a pseudo-terminal exactly as it starts
`summit-tui`, so the ratio between the two is what summit-tui adds on top of Textual.
"""

from __future__ import annotations

from typing import ClassVar

from textual.app import App, ComposeResult
from textual.containers import Horizontal
from textual.widgets import Footer, Header, Static, Tree


class BareShell(App[None]):
    TITLE = "summit-tui"
    BINDINGS: ClassVar = [("q", "quit", "Quit")]

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal():
            yield Tree("Notes")
            yield Static("")
        yield Footer()


if __name__ == "__main__":
    BareShell().run()
