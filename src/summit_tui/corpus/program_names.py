"""A program event named only after its file takes the name the notes give it.

An iCalendar file without ``X-WR-CALNAME`` (or a schedule JSON without a title) imports as an
event called after the file ("schedule"). Notes about its talks name the conference ("RustFest
Lisboa 2025"), so without this their talks the program does not list would make a second event
beside it (corpus.unlisted), and the program's event would keep a file's name.

When the notes whose entries link to that event's items name, clearly and mostly, one event
the program does not have, of the event's year, and the days they state fall on or next to
its days, the program's event is that event: it takes the name as its title (its id stays, so
nothing filed under it moves) and keeps the file's name as an alias.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import replace
from datetime import date, timedelta

from summit_tui.corpus.event_names import event_key
from summit_tui.corpus.model import Entry, Event, Link, LinkReason, Note, Program
from summit_tui.corpus.names import slug

_NEAR_DAYS = 1  # a note may be dated the evening before or the day after (its posting day)


def named_by_notes(
    program: Program,
    notes: Mapping[str, Note],
    entries: Iterable[Entry],
    links: Mapping[str, Link],
) -> Program:
    """The program with each event named only after its file renamed as its notes name it."""
    unnamed = {event.id: event for event in program.events if named_by_its_file(event)}
    if not unnamed:
        return program  # most programs: every event has a name of its own
    event_of_item = {item.id: item.event for item in program.items() if item.event in unnamed}
    linked_notes: dict[str, set[str]] = {}
    for entry in entries:
        link = links.get(entry.id)
        if link is None or link.item_id is None or link.reason is LinkReason.INFERRED:
            continue
        event_id = event_of_item.get(link.item_id)
        if event_id is not None:
            linked_notes.setdefault(event_id, set()).add(entry.note)
    if not linked_notes:
        return program
    renamed: dict[str, Event] = {}
    for event_id, paths in linked_notes.items():
        event = unnamed[event_id]
        name = _name_from(event, [notes[p] for p in sorted(paths) if p in notes], program)
        if name is not None:
            renamed[event_id] = replace(
                event, title=name, aliases=tuple(dict.fromkeys((*event.aliases, event.title)))
            )
    if not renamed:
        return program
    return replace(program, events=tuple(renamed.get(e.id, e) for e in program.events))


def named_by_its_file(event: Event) -> bool:
    """Whether an event's title is only a file's name: one word that is its own id
    ("schedule", "rustfest-2025"), never a name a person wrote with spaces."""
    title = event.title.strip()
    return bool(title) and " " not in title and slug(title, ascii_only=True) == event.id


def _name_from(event: Event, linked: list[Note], program: Program) -> str | None:
    """The event name most of ``linked`` (notes about the event's items) clearly give, when
    it is no other program event's, its year is the event's and the days they state are
    the event's."""
    # the linker's modules are read only for a program with an event named after its file
    from summit_tui.corpus.link import program_index

    index = program_index(program)
    days = sorted(day.date for day in event.days if day.date)
    year = int(days[0][:4]) if days else None
    spellings: dict[str, Counter[str]] = {}
    voters = 0
    for note in linked:
        name = _clear_name(note)
        if name is None:
            continue
        voters += 1
        found, _ = index.note_event(note)
        if found is not None and found != event.id:
            continue  # about another event of the program
        key, its_year = event_key(name)
        if not key or (year is not None and its_year is not None and its_year != year):
            continue
        if days and not _on_its_days(note, days):
            continue
        spellings.setdefault(key, Counter())[name] += 1
    if not spellings:
        return None
    key, counted = max(spellings.items(), key=lambda row: sum(row[1].values()))
    if sum(counted.values()) * 2 <= voters:
        return None  # the notes disagree: no name is clearly the event's
    return counted.most_common(1)[0][0]


def _clear_name(note: Note) -> str | None:
    from summit_tui.corpus.link import CLEAR_EVENT_SOURCES

    if note.event:
        return note.event
    return next(
        (
            name
            for name, where in zip(note.event_names, note.event_sources, strict=False)
            if where in CLEAR_EVENT_SOURCES
        ),
        None,
    )


def _on_its_days(note: Note, days: list[str]) -> bool:
    """Whether the full dates a note states (none: nothing against it) meet the event's days,
    give or take a day."""
    stated = [day for value in note.dates if (day := _day(value)) is not None]
    first, last = _day(days[0]), _day(days[-1])
    if not stated or first is None or last is None:
        return True
    near = timedelta(days=_NEAR_DAYS)
    return any(first - near <= day <= last + near for day in stated)


def _day(value: str) -> date | None:
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None  # a month and day without a year ("--11-05"), or no date
