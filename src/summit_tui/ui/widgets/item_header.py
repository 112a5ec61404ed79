"""The reader's header: what the item is, who spoke, where and when."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import TYPE_CHECKING, ClassVar

from rich.text import Text

from summit_tui.text import clean_line
from summit_tui.ui.styled import StyledStatic

if TYPE_CHECKING:
    from summit_tui.corpus.model import Corpus, Entry, Item


def time_range(item: Item) -> str:
    """ "13:00–13:50" from the ISO start and "HH:MM" duration, as far as known."""
    if not item.start:
        return ""
    try:
        start = datetime.fromisoformat(item.start)
    except ValueError:
        return clean_line(item.start)
    text = start.strftime("%H:%M") if ("T" in item.start or " " in item.start) else ""
    if text and item.duration:
        hours, _, minutes = item.duration.partition(":")
        try:
            end = start + timedelta(hours=int(hours), minutes=int(minutes or 0))
        except ValueError:
            return text
        text += "–" + end.strftime("%H:%M")
    return text


def day_label(corpus: Corpus, item: Item) -> str:
    from summit_tui.ui.widgets.navigator import day_title

    event = corpus.program.event(item.event)
    if event is not None:
        for day in event.days:
            if day.date == item.day:
                return day_title(day)
    return item.day or "day unknown"


def item_header_text(corpus: Corpus, item: Item) -> Text:
    text = Text(no_wrap=False, end="")
    kind = "Booth" if item.kind == "booth" else (item.type or "Session").capitalize()
    text.append(f"{clean_line(kind)}  ", style="item-header--kind")
    text.append(clean_line(item.title), style="item-header--title")
    for other in item.titles:
        text.append(f"  ·  {clean_line(other)}", style="item-header--other-title")
    if item.speakers:
        text.append("\n")
        for position, person in enumerate(item.speakers):
            if position:
                text.append(", ")
            text.append(clean_line(person.name), style="item-header--speaker")
            if person.affiliation:
                text.append(f" ({clean_line(person.affiliation)})", style="item-header--where")
    event = corpus.program.event(item.event)
    where = [
        clean_line(event.title) if event else clean_line(item.event),
        clean_line(day_label(corpus, item)),
        clean_line(item.track),
        time_range(item),
        clean_line(item.room or ""),
    ]
    text.append("\n")
    text.append("  ·  ".join(part for part in where if part), style="item-header--where")
    if item.abstract:
        text.append("\n")
        text.append(clean_line(item.abstract), style="item-header--abstract")
    return text


def unsorted_header_text(entry: Entry) -> Text:
    text = Text(no_wrap=False, end="")
    text.append("Unsorted  ", style="item-header--kind")
    text.append(clean_line(entry.title) or "(untitled)", style="item-header--title")
    text.append("\n")
    text.append(f"by {clean_line(entry.author)}", style="item-header--where")
    text.append(
        "  ·  in no item of the program (`summit-tui check` lists candidates)",
        style="item-header--where",
    )
    return text


class ItemHeader(StyledStatic):
    """Title, speakers with affiliations, event · day · track · time · room, abstract.

    | Class | Description |
    | :- | :- |
    | `item-header--kind` | Session, Booth, Keynote… or Unsorted. |
    | `item-header--title` | The item's (or unsorted entry's) title. |
    | `item-header--other-title` | The title in the program's other language. |
    | `item-header--speaker` | A speaker's name. |
    | `item-header--where` | Affiliations; event · day · track · time · room; the author. |
    | `item-header--abstract` | The program's abstract. |
    """

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "item-header--kind",
        "item-header--title",
        "item-header--other-title",
        "item-header--speaker",
        "item-header--where",
        "item-header--abstract",
    }

    def show_item(self, corpus: Corpus, item: Item) -> None:
        self.update(item_header_text(corpus, item))

    def show_unsorted(self, entry: Entry) -> None:
        self.update(unsorted_header_text(entry))

    def show_text(self, text: str) -> None:
        self.update(Text(text, end=""))
