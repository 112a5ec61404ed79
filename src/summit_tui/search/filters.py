"""The filters part of the search index: what ``kind:``, ``author:``, ``day:`` and ``track:``
look at, per item and per entry, folded once at build time.

Also where an item sits (its placement), the snippet of a result listed by filters alone.
"""

from __future__ import annotations

from array import array
from typing import Any

from summit_tui.search.hangul import fold
from summit_tui.search.query import Filters, day_matches
from summit_tui.search.text import spaced


class FilterTables:
    """Per item: kind, day (and its number in its event), track, authors; per entry: its
    item (or -1), author, kind, date and track."""

    item_kind: list[str]
    item_day: list[str | None]
    item_day_number: list[int | None]
    item_track: list[str]
    item_authors: list[tuple[str, ...]]  # folded
    item_author_text: list[str | None]  # as shown: "Kim, Lee"
    entry_item: array  # item position, or -1
    entry_author: list[str]  # folded
    entry_kind: list[str]
    entry_date: list[str | None]
    entry_track: list[str | None]

    @classmethod
    def build(cls, corpus: Any, items: list[Any], item_pos: dict[str, int]) -> FilterTables:
        tables = cls()
        day_numbers: dict[tuple[str, str | None], int] = {}
        for event in corpus.program.events:
            for number, day in enumerate(event.days, start=1):
                day_numbers[(event.id, day.date)] = number
        tables.item_kind = [str(item.kind) for item in items]
        tables.item_day = [item.day for item in items]
        tables.item_day_number = [day_numbers.get((item.event, item.day)) for item in items]
        tables.item_track = [item.track for item in items]
        tables.item_authors = []
        tables.item_author_text = []
        for item in items:
            authors = corpus.authors_for(item.id)
            tables.item_authors.append(tuple(spaced(fold(a)) for a in authors))
            tables.item_author_text.append(", ".join(authors) or None)
        tables.entry_item = array("i")
        tables.entry_author, tables.entry_kind = [], []
        tables.entry_date, tables.entry_track = [], []
        folded: dict[str, str] = {}
        kinds: dict[Any, str] = {}  # one str per kind, not one per entry
        for entry in corpus.entries:
            item_id = corpus.linked_item_id(entry.id)
            tables.entry_item.append(-1 if item_id is None else item_pos.get(item_id, -1))
            author = folded.get(entry.author)
            if author is None:
                author = folded[entry.author] = spaced(fold(entry.author))
            tables.entry_author.append(author)
            tables.entry_kind.append(kinds.setdefault(entry.kind, str(entry.kind)))
            note = corpus.note(entry.note)
            tables.entry_date.append(note.date if note is not None else None)
            tables.entry_track.append(note.track if note is not None else None)
        return tables

    def item_ok(self, i: int, filters: Filters | None) -> bool:
        if filters is None:
            return True
        if filters.kinds and self.item_kind[i] not in filters.kinds:
            return False
        if filters.days and not any(
            day_matches(d, self.item_day[i], self.item_day_number[i]) for d in filters.days
        ):
            return False
        if filters.tracks and not _any_in(filters.tracks, self.item_track[i]):
            return False
        return not filters.authors or any(
            _author_matches(a, self.item_authors[i]) for a in filters.authors
        )

    def entry_ok(self, e: int, filters: Filters | None) -> bool:
        if filters is None:
            return True
        if filters.authors and not any(
            _author_matches(a, (self.entry_author[e],)) for a in filters.authors
        ):
            return False
        i = self.entry_item[e]
        if i >= 0:
            return self.item_ok(i, Filters(filters.kinds, (), filters.days, filters.tracks))
        if filters.kinds and self.entry_kind[e] not in filters.kinds:
            return False
        date = self.entry_date[e]
        if filters.days and not any(day_matches(d, date, None) for d in filters.days):
            return False
        if filters.tracks:
            track = self.entry_track[e]
            return track is not None and _any_in(filters.tracks, track)
        return True

    def placement(self, i: int, kind: str) -> str:
        """Where an item sits in the program: the snippet of a result listed by filters."""
        number, day = self.item_day_number[i], self.item_day[i]
        when = f"day {number} · {day}" if number is not None else day
        return " · ".join(part for part in (kind, self.item_track[i], when) if part)

    # -- saving ---------------------------------------------------------------------------

    _FIELDS = (
        "item_kind",
        "item_day",
        "item_day_number",
        "item_track",
        "item_authors",
        "item_author_text",
        "entry_item",
        "entry_author",
        "entry_kind",
        "entry_date",
        "entry_track",
    )

    def state(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in self._FIELDS}

    @classmethod
    def from_state(cls, state: dict[str, Any]) -> FilterTables:
        tables = cls()
        for name in cls._FIELDS:
            setattr(tables, name, state[name])
        return tables


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
