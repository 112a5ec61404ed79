"""The reader's header: what the item is, who spoke, where and when."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any, ClassVar

from rich.cells import cell_len
from rich.text import Text
from textual.app import RenderResult

from summit_tui.corpus.shown_titles import other_titles
from summit_tui.text import clean_line
from summit_tui.ui.styled import StyledStatic, resolve

if TYPE_CHECKING:
    from collections.abc import Callable

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


_DOT = "  ·  "  # between the parts of "where and when"


def item_header_text(corpus: Corpus, item: Item) -> Text:
    text = Text(no_wrap=False, end="")
    kind = "Booth" if item.kind == "booth" else (item.type or "Session").capitalize()
    text.append(f"{clean_line(kind)}  ", style="item-header--kind")
    text.append(clean_line(item.title), style="item-header--title")
    for other in other_titles(item):  # its real alternative titles, not a diary page's
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
    text.append(_DOT.join(part for part in where if part), style="item-header--where")
    if item.abstract:
        text.append("\n")
        text.append(clean_line(item.abstract), style="item-header--abstract")
    return text


def unsorted_header_text(entry: Entry, writer: Callable[[str], str] = str) -> Text:
    """An unsorted entry's header; ``writer`` shows its author key (``Corpus.writer``)."""
    text = Text(no_wrap=False, end="")
    text.append("Unsorted  ", style="item-header--kind")
    text.append(clean_line(entry.title) or "(untitled)", style="item-header--title")
    text.append("\n")
    text.append(f"by {clean_line(writer(entry.author))}", style="item-header--where")
    # One separator only: a "where" line with more does not show its first part when it wraps.
    text.append("  ·  in no program item; see ", style="item-header--where")
    text.append("summit-tui check", style="styled--strong")
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

    # Rows each line of the header may wrap to (title, speakers, where and when, abstract),
    # on a short terminal and on a tall one; the rest of a line is cut with "…". The reader
    # below keeps its rows, and "where and when" never loses its end out of sight.
    SHORT_TERMINAL = 32
    ROWS_SHORT: ClassVar[tuple[int, ...]] = (2, 1, 2, 1)
    ROWS_TALL: ClassVar[tuple[int, ...]] = (3, 2, 2, 2)

    def __init__(self, content: Text | str = "", **options: Any) -> None:
        super().__init__(content, **options)
        self._rows: tuple[str, ...] = ()  # which line is which: title, speakers, where, abstract
        self._one_event = True  # the tree shows a single event: its name may give way

    def show_item(self, corpus: Corpus, item: Item) -> None:
        parts = ["title", *(["speakers"] if item.speakers else []), "where"]
        self._rows = (*parts, *(["abstract"] if item.abstract else []))
        self._one_event = len(corpus.program.events) <= 1
        self.update(item_header_text(corpus, item))

    def show_unsorted(self, entry: Entry, writer: Callable[[str], str] = str) -> None:
        self._rows = ("title", "where")
        self.update(unsorted_header_text(entry, writer))

    def show_text(self, text: str) -> None:
        self._rows = ()
        self.update(Text(text, end=""))

    def render(self) -> RenderResult:
        text = resolve(self.text, self)
        width = self.content_region.width
        if not self._rows or width <= 1:
            return text
        rows = self.ROWS_SHORT if self.app.size.height < self.SHORT_TERMINAL else self.ROWS_TALL
        limit = dict(zip(("title", "speakers", "where", "abstract"), rows, strict=True))
        shown: list[Text] = []
        for role, line in zip(self._rows, text.split("\n"), strict=False):
            wrapped = list(line.wrap(self.app.console, width))
            if role == "where" and len(wrapped) > 1:
                if line.plain.count(_DOT) > 1 and self._one_event:
                    # The event's name goes first (the tree shows it): the day, track, time
                    # and room are what tell this item from its neighbours. Among several
                    # events it stays: two items of one title differ by nothing else.
                    line = line[line.plain.index(_DOT) + len(_DOT) :]
                wrapped = self._by_parts(line, width)
            if len(wrapped) > limit[role]:
                wrapped = wrapped[: limit[role]]
                last = wrapped[-1]
                last.truncate(width - 1)
                last.rstrip()
                if last.plain.endswith("·"):
                    last.right_crop(1)
                    last.rstrip()
                last.append("…")
            shown.extend(wrapped)
        return Text("\n", end="").join(shown)

    def _by_parts(self, line: Text, width: int) -> list[Text]:
        """Where and when on rows broken between its parts (day, track, time, room), a
        part longer than a row wrapped on its own."""
        rows: list[Text] = []
        position = 0
        for part in line.plain.split(_DOT):
            begin, end = position, position + len(part)
            position = end + len(_DOT)
            if rows and cell_len(rows[-1].plain) + cell_len(_DOT + part) <= width:
                rows[-1].append_text(line[begin - len(_DOT) : end])  # the separator, the part
            else:
                rows.extend(line[begin:end].wrap(self.app.console, width))
        return rows
