"""Program → program.yaml text (the agreed schema), and what changed between two programs.

``dump_program`` writes every field ``corpus.program.load_program`` reads, in the
schema's key order and with empty fields left out, so loading the text gives back an
equal Program. Multi-line text (abstracts) is written as a ``|`` block so the file
stays readable and editable by hand.
"""

from __future__ import annotations

from typing import Any

import yaml

from summit_tui.corpus.model import Day, Event, Item, Person, Program, Track
from summit_tui.lazy_re import lazy

__all__ = ["diff_programs", "dump_program", "program_to_data"]


_CLOCK = lazy(r"^\d+(?::\d+)+$")


class _Dumper(getattr(yaml, "CSafeDumper", yaml.SafeDumper)):  # libyaml when built with it
    def ignore_aliases(self, data: Any) -> bool:  # no &anchors / *aliases in a user file
        return True


def _represent_str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    # Quote "00:30": other YAML 1.1 readers take some HH:MM values for base-60 numbers.
    style = "|" if "\n" in value else '"' if _CLOCK.match(value) else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _represent_str)


def dump_program(program: Program) -> str:
    """The program as program.yaml text; unicode kept, days/tracks/items in program order."""
    # A fixed header: the same program always gives the same text, so a re-import that
    # changes nothing leaves the file (and its backups) alone.
    header = "# summit-tui program.yaml (schema version 1)"
    body = yaml.dump(
        program_to_data(program),
        Dumper=_Dumper,
        allow_unicode=True,
        sort_keys=False,
        default_flow_style=False,
        width=100,
    )
    return f"{header}\n{body}"


def program_to_data(program: Program) -> dict[str, Any]:
    return {"version": 1, "events": [_event(event) for event in program.events]}


def _event(event: Event) -> dict[str, Any]:
    return _compact(
        {
            "id": event.id,
            "title": event.title,
            "aliases": list(event.aliases),
            "venue": event.venue,
            "time_zone": event.time_zone,
            "days": [_day(day) for day in event.days],
        },
        keep=("days",),
    )


def _day(day: Day) -> dict[str, Any]:
    return {
        "date": day.date,
        "label": day.label,
        "tracks": [_track(track) for track in day.tracks],
    }


def _track(track: Track) -> dict[str, Any]:
    return {"name": track.name, "items": [_item(item) for item in track.items]}


def _item(item: Item) -> dict[str, Any]:
    return _compact(
        {
            "id": item.id,
            "kind": item.kind.value,
            "type": item.type,
            "number": item.number,
            "title": item.title,
            "titles": list(item.titles),
            "speakers": [_person(p) for p in item.speakers],
            "aliases": list(item.aliases),
            "start": item.start,
            "duration": item.duration,
            "room": item.room,
            "abstract": item.abstract,
            "url": item.url,
        }
    )


def _person(person: Person) -> dict[str, Any]:
    return _compact(
        {"name": person.name, "affiliation": person.affiliation, "aliases": list(person.aliases)}
    )


def _compact(data: dict[str, Any], keep: tuple[str, ...] = ()) -> dict[str, Any]:
    return {k: v for k, v in data.items() if k in keep or v not in (None, [], "")}


def diff_programs(old: Program, new: Program) -> list[str]:
    """What changed from ``old`` to ``new``, one line per item, matched by item id.

    Removed items first (their notes become unsorted), then added, renamed and moved
    ones, each in program order.
    """
    before = {item.id: item for item in old.items()}
    after = {item.id: item for item in new.items()}
    lines = [f"removed {_name(item)}" for item_id, item in before.items() if item_id not in after]
    lines += [
        f"added {_name(item)}{_where(item)}"
        for item_id, item in after.items()
        if item_id not in before
    ]
    for item_id, item in after.items():
        previous = before.get(item_id)
        if previous is None:
            continue
        if previous.title != item.title:
            lines.append(f'renamed {item_id}: "{previous.title}" → "{item.title}"')
        moves = _moves(previous, item)
        if moves:
            lines.append(f"moved {_name(item)}: {'; '.join(moves)}")
        if previous.kind != item.kind:
            lines.append(f"changed {_name(item)}: {previous.kind.value} → {item.kind.value}")
    return lines


def _name(item: Item) -> str:
    return f'{item.id} "{item.title}"'


def _where(item: Item) -> str:
    parts = [p for p in (item.day, _clock(item.start), item.room or item.track) if p]
    return f" ({', '.join(parts)})" if parts else ""


def _clock(start: str | None) -> str | None:
    # "2024-11-04T13:30:00+09:00" → "13:30"; the day is reported on its own
    if start and "T" in start:
        return start.split("T", 1)[1][:5]
    return start


def _moves(old: Item, new: Item) -> list[str]:
    moves = []
    if old.event != new.event:
        moves.append(f"event {old.event} → {new.event}")
    if old.day != new.day:
        moves.append(f"day {old.day or 'unknown'} → {new.day or 'unknown'}")
    if old.start != new.start:
        same_date = (old.start or "")[:10] == (new.start or "")[:10]
        show = _clock if same_date else (lambda s: s)
        moves.append(f"time {show(old.start) or 'none'} → {show(new.start) or 'none'}")
    if old.room != new.room:
        moves.append(f"room {old.room or 'none'} → {new.room or 'none'}")
    if old.track != new.track:
        moves.append(f"track {old.track} → {new.track}")
    return moves
