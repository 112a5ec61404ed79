"""What the schedule formats share: problems with a place, fields read safely, durations and
times, and the one way items are grouped into days and tracks (``assemble``).

Imported by the format modules (frab.py, ical.py) and by nothing they import: the
dispatch in ``corpus.schedule`` imports them, never the other way round.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from summit_tui.corpus.model import Day, Event, Item, ItemKind, Problem, Severity, Track
from summit_tui.text import clean, clean_line

# Word-bounded so "Standup" or "Stand-up comedy" stay sessions; Hangul has no word
# boundaries worth the name, so 전시 (exhibition) and 부스 (booth) match anywhere.
_BOOTH = re.compile(
    r"(?<![\w-])(?:exhibition|exhibit|expo|booth|stand|poster)s?(?![\w-])|전시|부스",
    re.IGNORECASE,
)
_DURATION = re.compile(r"^\s*(?:(\d+):)?(\d{1,3}):(\d{2})(?::(\d{2}))?\s*$")


def is_booth(*labels: str | None) -> bool:
    """Whether a type, room or track name says exhibition, booth, stand or poster."""
    return any(label and _BOOTH.search(label) for label in labels)


def text_field(value: object) -> str | None:
    """A one-line label from a schedule field, or None when empty or not text."""
    if isinstance(value, str):
        return clean_line(value) or None
    return None


def long_text(value: object) -> str | None:
    if isinstance(value, str):
        return clean(value.replace("\r\n", "\n")).strip() or None
    return None


def format_duration(delta: timedelta) -> str | None:
    minutes = int(delta.total_seconds() // 60)
    if minutes < 0:
        return None
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def parse_duration(value: str) -> str | None:
    """ "0:30", "00:30", "01:30:00", "1:02:00" (days) → "HH:MM"; None when unreadable."""
    match = _DURATION.match(value)
    if match is None:
        return None
    days, hours, minutes, seconds = match.groups()
    if int(minutes) > 59:
        return None
    if seconds is not None and days is None:
        # three parts: HH:MM:SS, not D:HH:MM
        total = timedelta(hours=int(hours), minutes=int(minutes))
    else:
        total = timedelta(days=int(days or 0), hours=int(hours), minutes=int(minutes))
    return format_duration(total)


def parse_datetime(value: str) -> datetime | None:
    try:
        return datetime.fromisoformat(value.strip())
    except ValueError:
        return None


@dataclass
class Problems:
    """Collects problems for one file; ``line_of`` finds where a needle first occurs."""

    path: str
    text: str = ""
    items: list[Problem] = field(default_factory=list)

    def add(
        self,
        severity: Severity,
        message: str,
        action: str = "",
        *,
        near: str | None = None,
        line: int | None = None,
    ) -> None:
        if line is None and near:
            line = self.line_of(near)
        self.items.append(Problem(self.path, line, severity, message, action))

    def error(
        self, message: str, action: str = "", *, near: str | None = None, line: int | None = None
    ) -> None:
        self.add(Severity.ERROR, message, action, near=near, line=line)

    def warning(
        self, message: str, action: str = "", *, near: str | None = None, line: int | None = None
    ) -> None:
        self.add(Severity.WARNING, message, action, near=near, line=line)

    def line_of(self, needle: str) -> int | None:
        index = self.text.find(needle)
        if index < 0:
            return None
        return self.text.count("\n", 0, index) + 1


def describe(title: str | None, item_id: str | None) -> str:
    """How a problem names an event: its title, and its id when it has one."""
    if title and item_id:
        return f'event "{title}" ({item_id})'
    if title:
        return f'event "{title}"'
    if item_id:
        return f"event {item_id}"
    return "an event with neither title nor id"


@dataclass(frozen=True, slots=True)
class Placed:
    """An item on its way into the program, with what it is sorted by."""

    item: Item
    when: datetime | None = None
    room_rank: int = 0


def assemble(
    *,
    event_id: str,
    title: str,
    placed: Iterable[Placed],
    day_dates: Iterable[str | None] = (),
    track_order: Iterable[str] = (),
    aliases: tuple[str, ...] = (),
    time_zone: str | None = None,
    venue: str | None = None,
) -> Event:
    """Group items into days (in the given order, then by date) and tracks.

    Tracks follow ``track_order`` (the schedule's own list), then first appearance
    in time order; a day's booth-only tracks come after its session tracks. Within a
    track, items run by start time, then room, then title.
    """
    rank = {name: i for i, name in enumerate(dict.fromkeys(track_order))}
    by_day: dict[str | None, list[Placed]] = {date: [] for date in day_dates}
    for entry in placed:
        by_day.setdefault(entry.item.day, []).append(entry)
    known = list(dict.fromkeys(day_dates))
    extra = sorted((d for d in by_day if d not in known), key=lambda d: (d is None, d or ""))
    ordered = {date: sorted(by_day.get(date, []), key=_item_order) for date in [*known, *extra]}
    # Tracks the schedule does not list keep one order across days: first appearance.
    for entries in ordered.values():
        for entry in entries:
            rank.setdefault(entry.item.track, len(rank))
    days: list[Day] = []
    for date, entries in ordered.items():
        if not entries and date not in known:
            continue
        tracks: dict[str, list[Item]] = {}
        for entry in entries:
            tracks.setdefault(entry.item.track, []).append(entry.item)
        names = sorted(
            tracks,
            key=lambda name: (
                all(i.kind is ItemKind.BOOTH for i in tracks[name]),
                rank[name],
            ),
        )
        days.append(
            Day(
                date=date,
                label=f"Day {len(days) + 1}",
                tracks=tuple(Track(name, tuple(tracks[name])) for name in names),
            )
        )
    return Event(
        id=event_id,
        title=title,
        days=tuple(days),
        aliases=aliases,
        time_zone=time_zone,
        venue=venue,
    )


def _item_order(entry: Placed) -> tuple:
    when = entry.when.timestamp() if entry.when is not None and entry.when.tzinfo else 0.0
    return (entry.when is None, when, entry.room_rank, entry.item.title.casefold())
