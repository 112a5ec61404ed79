"""The footer, with its keys in the very first frame."""

from __future__ import annotations

from textual.widgets import Footer


class KeysFooter(Footer):
    """Textual's Footer draws its keys only after the first refresh; this one draws them at once.

    The stock footer waits for a bindings-changed signal before composing its keys, so the
    first frame has an empty footer and the keys come a frame later, behind whatever work
    starts after the first frame (loading the notes). The screen's bindings are known at
    compose time; the footer still recomposes when they change (focus moves, etc.).
    """

    def __init__(self) -> None:
        super().__init__()
        self.set_reactive(Footer._bindings_ready, True)
