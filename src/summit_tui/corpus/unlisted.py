"""Talks and booths a program does not list, inferred from the notes beside its items.

With a program file, an entry about a talk or booth that links to none of its items is not
left unsorted when its note clearly says where it belongs:

* **The program's event.** The note names it (its ``event``, or a name in its categories,
  tags, title, folders or fact lines that is the program event's title, id or an alias,
  spelling and year set aside), or names no event and is dated on a day only that event
  has. The entry's day (the note's, or one its headings name; corpus.events) must be one of
  the event's days. It becomes an item of that day, under the track the note gives (an
  enclosing heading or a folder naming one of the day's tracks or a "Track B", its
  ``track:``), else the day's one track of that kind, else "Sessions" / "Exhibition".
* **Another event.** The note clearly names an event the program does not have (in its
  frontmatter, fact lines, folders, title or tags): the entry becomes an item of that
  event, beside the program's events, as it would without a program.

Entries about the same unlisted talk (two authors' notes) land in one item: they are
grouped as without a program (corpus.infer). Everything else stays unsorted, as before.
Ids are given as for every inferred item (corpus.ids). The program then says it is
``extended``: which entry lands where depends on every note.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import replace
from pathlib import PurePosixPath

from summit_tui.corpus.event_names import event_key
from summit_tui.corpus.events import EventInfo, Placement, in_zone, note_day, place_notes
from summit_tui.corpus.ids import IdBook
from summit_tui.corpus.link import CLEAR_EVENT_SOURCES, program_index
from summit_tui.corpus.model import (
    Day,
    Entry,
    EntryKind,
    Event,
    Item,
    ItemKind,
    Link,
    LinkReason,
    Note,
    Program,
    Track,
)
from summit_tui.corpus.names import normalize
from summit_tui.lazy_re import lazy

_TRACK_NAME = lazy(
    r"^(?:track|트랙|room|룸|hall|홀|stage|스테이지)\s*[\w.]{1,8}$|^[\w.]{1,8}\s*(?:트랙|룸|홀)$"
)


def add_unlisted(
    program: Program,
    notes: Mapping[str, Note],
    entries: Sequence[Entry],
    links: Mapping[str, Link],
    ids: IdBook,
) -> tuple[Program, dict[str, Link]]:
    """The program with the items it does not list that the notes clearly place, and the
    links of the entries considered (to those items, or unsorted)."""
    candidates = [e for e in entries if e.kind is not EntryKind.OTHER and _unlinked(links, e.id)]
    if not candidates:
        return program, {}
    from summit_tui.corpus.infer import entry_day, infer_program  # only when there are some

    index = program_index(program)
    infos = {event.id: _event_info(event) for event in program.events}
    zones = {event.id: event.time_zone for event in program.events}
    ours: dict[str, Placement] = {}
    others: list[Note] = []
    for path in dict.fromkeys(e.note for e in candidates):
        note = notes.get(path)
        if note is None:
            continue
        event_id, elsewhere = index.note_event(note)
        if event_id is None:
            if elsewhere:
                others.append(note)
            continue
        info = infos[event_id]
        day, how = note_day(in_zone(note, zones.get(event_id)), info)
        ours[path] = Placement(event_id, info.title, day, "program", how, info.year)
    placements: dict[str, Placement] = dict(ours)
    events: dict[str, EventInfo] = dict(infos)
    _other_events(others, placements, events)
    chosen: list[Entry] = []
    for entry in candidates:
        placement = placements.get(entry.note)
        if placement is None:
            continue
        if entry.note in ours:
            day = entry_day(entry, placement, events)
            if day is None or day not in infos[placement.event_id].dates:
                continue  # a day the program's event does not have: unclear
        chosen.append(entry)
    # Links inferred by an earlier load (the cache keeps links per note) are made again.
    found = {e.id: Link(e.id, None, 0.0, None) for e in candidates if e.id in links}
    if not chosen:
        return program, found
    ids.taken.update(item.id for item in program.items())
    inferred, inferred_links = infer_program(notes, chosen, placements, events, ids)
    found.update(inferred_links)
    members: dict[str, list[Entry]] = {}
    for entry in chosen:
        item_id = inferred_links[entry.id].item_id
        if item_id is not None:
            members.setdefault(item_id, []).append(entry)
    tracks = {
        item.id: _track(item, members.get(item.id, ()), notes, program)
        for item in inferred.items()
        if item.event in infos
    }
    return _merged(program, inferred, tracks), found


def placeable(entry: Entry, link: Link | None, note: Note | None, program: Program) -> bool:
    """Whether an entry read again alone might become an item the program does not list
    (then only a whole load links it rightly): a talk or booth that links to no item, in
    a note that names an event or is dated on a program event's day."""
    if entry.kind is EntryKind.OTHER or (link is not None and link.item_id is not None):
        return False
    if note is None:
        return False
    event_id, elsewhere = program_index(program).note_event(note)
    return event_id is not None or elsewhere


def _unlinked(links: Mapping[str, Link], entry_id: str) -> bool:
    link = links.get(entry_id)
    return link is None or link.item_id is None or link.reason is LinkReason.INFERRED


def _event_info(event: Event) -> EventInfo:
    dates = sorted({day.date for day in event.days if day.date})
    year = int(dates[0][:4]) if dates else event_key(event.title)[1]
    return EventInfo(event.id, event.title, year, dates)


def _other_events(
    notes: list[Note], placements: dict[str, Placement], events: dict[str, EventInfo]
) -> None:
    """Place the notes about other events (as without a program), keeping those whose
    event they name clearly; their events join ``events`` under ids the program does not
    use."""
    if not notes:
        return
    found, infos = place_notes(notes)
    renamed: dict[str, str] = {}
    for info in infos.values():
        new_id, number = info.id, 1
        while new_id in events:
            number += 1
            new_id = f"{info.id}~{number}"
        renamed[info.id] = new_id
    for path, placement in found.items():
        if placement.event_how not in CLEAR_EVENT_SOURCES:
            continue
        new_id = renamed[placement.event_id]
        if new_id not in events:
            info = infos[placement.event_id]
            events[new_id] = EventInfo(
                new_id, info.title, info.year, list(info.dates), day_one=info.day_one
            )
        placements[path] = replace(placement, event_id=new_id)


def _track(
    item: Item, members: Sequence[Entry], notes: Mapping[str, Note], program: Program
) -> str:
    """The track of an item added to a program event's day: the one its notes name (a
    heading, a folder or ``track:``), as the day spells it; else the day's one track of
    its kind; else the default (item.track)."""
    day = next(
        (d for e in program.events if e.id == item.event for d in e.days if d.date == item.day),
        None,
    )
    day_tracks = {normalize(t.name): t.name for t in day.tracks} if day is not None else {}
    named: Counter[str] = Counter()
    for entry in members:
        note = notes.get(entry.note)
        found = _named_track(entry, note, day_tracks)
        if found:
            named[found] += 1
    if named:
        return named.most_common(1)[0][0]
    kind_tracks = [
        t.name
        for t in (day.tracks if day is not None else ())
        if t.items and all(i.kind is item.kind for i in t.items)
    ]
    if len(kind_tracks) == 1:
        return kind_tracks[0]
    return "Exhibition" if item.kind is ItemKind.BOOTH else "Sessions"


def _named_track(entry: Entry, note: Note | None, day_tracks: Mapping[str, str]) -> str | None:
    """The track an entry's enclosing headings, its note's folders or ``track:`` name."""
    places: list[str] = list(reversed(entry.heading_path[:-1]))
    if note is not None:
        places += list(reversed(PurePosixPath(note.path).parts[:-1]))
    for place in places:
        text = " ".join(place.split())
        key = normalize(text)
        if key in day_tracks:
            return day_tracks[key]
        if _TRACK_NAME.match(text):
            return text
    if note is not None and note.track:
        return day_tracks.get(normalize(note.track), note.track)
    return None


def _merged(program: Program, inferred: Program, tracks: Mapping[str, str]) -> Program:
    """The program with the inferred items in: under its own events' days (in the track
    ``tracks`` says), and the other events after its own."""
    added: dict[str, dict[str | None, dict[str, list[Item]]]] = {}
    for item in inferred.items():
        if item.id in tracks:
            item = replace(item, track=tracks[item.id])
            added.setdefault(item.event, {}).setdefault(item.day, {}).setdefault(
                item.track, []
            ).append(item)
    events: list[Event] = []
    for event in program.events:
        extra = added.get(event.id)
        if not extra:
            events.append(event)
            continue
        days: list[Day] = []
        for day in event.days:
            more = extra.get(day.date, {})
            day_tracks = list(day.tracks)
            for name, items in more.items():
                at = next((n for n, t in enumerate(day_tracks) if t.name == name), None)
                if at is None:
                    day_tracks.append(Track(name, tuple(items)))
                else:
                    track = day_tracks[at]
                    day_tracks[at] = replace(track, items=(*track.items, *items))
            days.append(replace(day, tracks=tuple(day_tracks)))
        events.append(replace(event, days=tuple(days)))
    own = {event.id for event in program.events}
    events.extend(event for event in inferred.events if event.id not in own)
    return replace(program, events=tuple(events), extended=True)


_LAST_LISTED: list[tuple[Program, Program]] = []


def listed_program(program: Program) -> Program:
    """The program as its file lists it: an extended program without the items inferred
    beside its own (the inverse of ``add_unlisted``), which a note read again alone is
    segmented and linked against, as a whole load does. Reused while the same program
    object is passed (so is its ``program_index``)."""
    if not program.extended:
        return program
    if _LAST_LISTED and _LAST_LISTED[0][0] is program:
        return _LAST_LISTED[0][1]
    events: list[Event] = []
    for event in program.events:
        items = [item for day in event.days for track in day.tracks for item in track.items]
        if items and all(item.inferred for item in items):
            continue  # another event, made of unlisted items only
        days = tuple(replace(day, tracks=tuple(_listed_tracks(day.tracks))) for day in event.days)
        events.append(replace(event, days=days))
    listed = replace(program, events=tuple(events), extended=False)
    _LAST_LISTED[:] = [(program, listed)]
    return listed


def _listed_tracks(tracks: Sequence[Track]) -> list[Track]:
    """The tracks without their inferred items; a track only they filled is dropped."""
    kept: list[Track] = []
    for track in tracks:
        items = tuple(item for item in track.items if not item.inferred)
        if items or not track.items:
            kept.append(track if len(items) == len(track.items) else replace(track, items=items))
    return kept
