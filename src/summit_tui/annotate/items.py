"""What an annotation records of its item, so it can find the item again if its id changes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from summit_tui.annotate.model import ItemInfo

if TYPE_CHECKING:
    from summit_tui.corpus.model import Item


def item_info(item: Item) -> ItemInfo:
    """The item as the user sees it now: title, speakers, kind and event."""
    return ItemInfo(
        title=item.title,
        speakers=tuple(person.name for person in item.speakers),
        kind=str(item.kind),
        event=item.event,
    )
