"""The annotation editor's text field: a ``TextArea`` that also takes the joiners people type.

Persian, Urdu, Hindi and other scripts spell words with the zero-width non-joiner (U+200C,
Persian's half space: ``نکته‌ی``) and the zero-width joiner (U+200D); emoji sequences use the
joiner too. Textual inserts only printable characters, and these two are format characters,
so a comment typed with them would lose them and be misspelt.
"""

from __future__ import annotations

from textual import events
from textual.widgets import TextArea

JOINERS = frozenset("\u200c\u200d")


class CommentArea(TextArea):
    """A ``TextArea`` that inserts the zero-width joiner and non-joiner typed into it."""

    async def _on_key(self, event: events.Key) -> None:
        if event.character in JOINERS and not self.read_only:
            event.stop()
            event.prevent_default()
            self.replace(event.character, *self.selection)
            return
        await super()._on_key(event)
