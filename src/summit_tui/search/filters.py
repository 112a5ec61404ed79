"""The filters part of the search index: what each item and entry is, as far as search needs.

``kind:``, ``author:``, ``day:`` and ``track:`` look at these columns (folded once at
build time), and results take their titles, authors and places from them, so the
index answers without the corpus in memory (``summit-tui search`` never loads it).
Text columns are held as joined strings (``JoinedKeys``): one object each, however many
entries, and read from the saved index in one piece.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable, Sequence
from typing import Any

from summit_tui.search.hangul import fold
from summit_tui.search.query import Filters, day_matches
from summit_tui.search.text import JoinedKeys, join_keys, spaced


def _joined(values: Iterable[str]) -> JoinedKeys:
    return JoinedKeys(*join_keys(list(values)))


def _state_of(keys: JoinedKeys) -> tuple[str, array]:
    return keys.joined, keys.offsets


class ItemTable:
    """Per item of the program: id, title, kind, day (and its number), track, authors."""

    id: list[str]
    title: list[str]
    kind: list[str]
    day: list[str | None]
    day_number: list[int | None]
    track: list[str]
    authors: list[tuple[str, ...]]  # folded
    author_text: list[str | None]  # as shown: "Kim, Lee"
    event: list[str]  # the title of the item's event, as shown

    @classmethod
    def build(cls, program: Any) -> ItemTable:
        table = cls()
        day_numbers: dict[tuple[str, str | None], int] = {}
        for event in program.events:
            for number, day in zip(event.day_numbers(), event.days, strict=True):
                if number is not None:
                    day_numbers[(event.id, day.date)] = number
        items = list(program.items())
        event_titles = {event.id: event.title or event.id for event in program.events}
        table.id = [item.id for item in items]
        table.title = [item.title for item in items]
        table.kind = [str(item.kind) for item in items]
        table.day = [item.day for item in items]
        table.day_number = [day_numbers.get((item.event, item.day)) for item in items]
        table.track = [item.track for item in items]
        table.event = [event_titles.get(item.event, item.event) for item in items]
        table.authors = [()] * len(items)
        table.author_text = [None] * len(items)
        return table

    def __len__(self) -> int:
        return len(self.id)

    def with_authors(self, entries: Iterable[tuple[int, str]]) -> ItemTable:
        """The same items with their authors: those of ``entries`` ((item position or -1,
        author) in folder order) linked to each, in that order (``Corpus.authors_for``)."""
        found: list[dict[str, None]] = [{} for _ in self.id]
        for i, author in entries:
            if i >= 0:
                found[i].setdefault(author, None)
        table = ItemTable.from_state(self.state())
        table.author_text = [", ".join(names) or None for names in found]
        folded = {a: spaced(fold(a)) for a in {a for names in found for a in names}}
        table.authors = [tuple(map(folded.__getitem__, names)) for names in found]
        return table

    def ok(self, i: int, filters: Filters | None) -> bool:
        if filters is None:
            return True
        if filters.kinds and self.kind[i] not in filters.kinds:
            return False
        if filters.days and not any(
            day_matches(d, self.day[i], self.day_number[i]) for d in filters.days
        ):
            return False
        if filters.tracks and not _any_in(filters.tracks, self.track[i]):
            return False
        return not filters.authors or any(
            _author_matches(a, self.authors[i]) for a in filters.authors
        )

    def placement(self, i: int) -> str:
        """Where an item sits in the program: the snippet of a result listed by filters."""
        number, day = self.day_number[i], self.day[i]
        when = f"day {number} · {day}" if number is not None else day
        return " · ".join(part for part in (self.kind[i], self.track[i], when) if part)

    _FIELDS = (
        "id", "title", "kind", "day", "day_number", "track", "authors", "author_text", "event",
    )  # fmt: skip

    def state(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in self._FIELDS}

    @classmethod
    def from_state(cls, state: dict[str, Any]) -> ItemTable:
        table = cls()
        for name in cls._FIELDS:
            setattr(table, name, list(state[name]))
        return table


class EntryTable:
    """Per entry: id, note, title, author, first line, and what filters look at (its item,
    folded author, kind, the note's date and track)."""

    id: JoinedKeys
    note: JoinedKeys
    title: JoinedKeys
    author: list[str]  # few distinct: one str each
    shown: list[str]  # the author as every view shows it (Corpus.writer)
    author_key: list[str]  # folded
    kind: list[str]
    date: list[str | None]
    track: list[str | None]
    start_line: array
    end_line: array
    item: array  # item position, or -1

    @classmethod
    def build(cls, corpus: Any, entries: Sequence[Any], item_pos: dict[str, int]) -> EntryTable:
        """The rows of ``entries`` (of ``corpus``), linked to the items at ``item_pos``."""
        table = cls()
        table.id = _joined(e.id for e in entries)
        table.note = _joined(e.note for e in entries)
        table.title = _joined(e.title for e in entries)
        shared: dict[Any, Any] = {}  # one object per distinct value, not one per entry
        table.author = [shared.setdefault(e.author, e.author) for e in entries]
        writer = getattr(corpus, "writer", str)
        labels = {a: writer(a) for a in set(table.author)}
        table.shown = [labels[a] for a in table.author]
        folded = {a: spaced(fold(a)) for a in set(table.author)}
        table.author_key = [folded[a] for a in table.author]
        table.kind = [shared.setdefault(e.kind, str(e.kind)) for e in entries]
        table.date, table.track = [], []
        table.start_line = array("I", (e.start_line for e in entries))
        table.end_line = array("I", (e.end_line for e in entries))
        table.item = array("i")
        for entry in entries:
            note = corpus.note(entry.note)
            table.date.append(note.date if note is not None else None)
            table.track.append(note.track if note is not None else None)
            item_id = corpus.linked_item_id(entry.id)
            table.item.append(-1 if item_id is None else item_pos.get(item_id, -1))
        return table

    def __len__(self) -> int:
        return len(self.start_line)

    def ok(self, e: int, filters: Filters | None, items: ItemTable) -> bool:
        if filters is None:
            return True
        if filters.authors and not any(
            _author_matches(a, (self.author_key[e],)) for a in filters.authors
        ):
            return False
        i = self.item[e]
        if i >= 0:
            return items.ok(i, Filters(filters.kinds, (), filters.days, filters.tracks))
        if filters.kinds and self.kind[e] not in filters.kinds:
            return False
        date = self.date[e]
        if filters.days and not any(day_matches(d, date, None) for d in filters.days):
            return False
        if filters.tracks:
            track = self.track[e]
            return track is not None and _any_in(filters.tracks, track)
        return True

    @classmethod
    def joined(cls, tables: Sequence[EntryTable]) -> EntryTable:
        """One table of the rows of ``tables``, in that order."""
        if len(tables) == 1:
            return tables[0]
        table = cls()
        for name in ("id", "note", "title"):
            setattr(table, name, _joined(k for t in tables for k in getattr(t, name)))
        for name in ("author", "shown", "author_key", "kind", "date", "track"):
            setattr(table, name, [v for t in tables for v in getattr(t, name)])
        for name, code in (("start_line", "I"), ("end_line", "I"), ("item", "i")):
            column = array(code)
            for t in tables:
                column.extend(getattr(t, name))
            setattr(table, name, column)
        return table

    _TEXT = ("id", "note", "title")
    _FIELDS = (
        "author", "shown", "author_key", "kind", "date", "track", "start_line", "end_line", "item"
    )  # fmt: skip

    def state(self) -> dict[str, Any]:
        state = {name: getattr(self, name) for name in self._FIELDS}
        for name in self._TEXT:
            state[f"{name}_joined"], state[f"{name}_offsets"] = _state_of(getattr(self, name))
        return state

    @classmethod
    def from_state(cls, state: dict[str, Any]) -> EntryTable:
        table = cls()
        for name in cls._FIELDS:
            setattr(table, name, state[name])
        for name in cls._TEXT:
            setattr(table, name, JoinedKeys(state[f"{name}_joined"], state[f"{name}_offsets"]))
        return table


def _any_in(wanted: tuple[str, ...], value: str) -> bool:
    folded = fold(value)
    return any(fold(w) in folded for w in wanted)


def _author_matches(wanted: str, authors: tuple[str, ...]) -> bool:
    key = spaced(fold(wanted))
    if any(key in author or author.replace(" ", "") == key.replace(" ", "") for author in authors):
        return True
    if len(key) < 3:
        return False
    from rapidfuzz import fuzz

    return any(fuzz.partial_ratio(key, author) >= 85 for author in authors)
