"""The bar under the reader: your notes on the passage under the cursor."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from rich.text import Text

from summit_tui.text import clean_line
from summit_tui.ui.fit import ellipsize
from summit_tui.ui.styled import StyledStatic

if TYPE_CHECKING:
    from summit_tui.annotate.session import AnnotationSession
    from summit_tui.corpus.model import Entry
    from summit_tui.corpus.passages import Passage


def notes_text(
    session: AnnotationSession | None,
    item_id: str | None,
    entry: Entry | None,
    passage: Passage | None,
) -> Text | None:
    """What the bar says about the passage under the cursor, or None to hide it: the
    passage's own annotations, else the item's note, annotated lines and orphans."""
    if session is None or (item_id is None and entry is None):
        return None
    if item_id is None:  # an unsorted entry: the annotations on its passages
        on_item = [a for a in session.for_entry(entry.id) if not a.item_id] if entry else []
    else:
        on_item = session.for_item(item_id)
    if not on_item:
        return None
    here = session.for_passage(entry, passage) if entry and passage else []
    text = Text(end="")
    if here:
        for index, annotation in enumerate(here):
            if index:
                text.append("\n")
            text.append("✎ ", style="passage-notes--mark")
            text.append(ellipsize(clean_line(annotation.comment), 200) or "(highlight, no comment)")
            if annotation.tags:
                text.append("  " + " ".join(f"#{clean_line(t)}" for t in annotation.tags))
        return text
    lines = sorted(a.target.line for a in on_item if a.target and a.target.line and not a.orphaned)
    item_notes = [a for a in on_item if a.target is None]
    orphans = sum(1 for a in on_item if a.orphaned)
    parts = []
    if item_notes:
        parts.append("item: " + ellipsize(clean_line(item_notes[0].comment), 120))
    if lines:
        parts.append("annotated lines " + ", ".join(str(n) for n in lines[:8]))
    if orphans:
        parts.append(f"{orphans} orphaned")
    text.append("✎ ", style="passage-notes--mark")
    text.append(" · ".join(parts), style="passage-notes--summary")
    return text


class PassageNotes(StyledStatic):
    """One to a few lines under the reader: your notes on the passage under the cursor.

    | Class | Description |
    | :- | :- |
    | `passage-notes--mark` | The ✎ before a note. |
    | `passage-notes--summary` | The item's note, annotated lines, orphans. |
    """

    COMPONENT_CLASSES: ClassVar[set[str]] = {"passage-notes--mark", "passage-notes--summary"}

    def __init__(self) -> None:
        super().__init__(id="passage-notes")
        self.display = False

    def show_for(
        self,
        session: AnnotationSession | None,
        item_id: str | None,
        entry: Entry | None,
        passage: Passage | None,
    ) -> None:
        self.show(notes_text(session, item_id, entry, passage))

    def show(self, text: Text | None) -> None:
        self.display = text is not None
        self.update(text or "")
