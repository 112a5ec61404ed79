"""frab/pretalx "schedule JSON" → Event (see https://c3voc.de/schedule/schema.json).

An event belongs to the ``days[]`` entry it is listed under, not to the date of its
start: pretalx days run from ``day_start`` to ``day_end``, often past midnight, and
attendees think of a 01:00 session as part of the evening before.
"""

from __future__ import annotations

import json
from datetime import date as Date
from datetime import datetime, time, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from summit_tui.corpus.model import Event, Item, ItemKind, Person
from summit_tui.corpus.names import slug
from summit_tui.corpus.schedule.common import (
    Placed,
    Problems,
    assemble,
    describe,
    format_duration,
    is_booth,
    long_text,
    parse_datetime,
    parse_duration,
    text_field,
)


def parse(text: str, problems: Problems, *, stem: str) -> list[Event]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        problems.error(f"not valid JSON: {error.msg}", "nothing imported", line=error.lineno)
        return []
    schedule = data.get("schedule") if isinstance(data, dict) else None
    conference = schedule.get("conference") if isinstance(schedule, dict) else None
    if not isinstance(conference, dict):
        problems.error(
            "not a frab/pretalx schedule (nor a schedule v2): no schedule.conference object",
            "nothing imported",
            line=1,
        )
        return []
    days = conference.get("days")
    events = schedule.get("events") if isinstance(schedule, dict) else None
    if isinstance(events, list) and not _has_rooms(days):
        return [_conference_v2(conference, events, problems, stem)]
    if not isinstance(days, list) or (days and not _has_rooms(days)):
        problems.error(
            "not a frab/pretalx schedule: its sessions are neither under "
            "schedule.conference.days[].rooms (frab, pretalx) nor in schedule.events[] "
            "(schedule v2)",
            "nothing imported",
            near='"days"' if "days" in problems.text else None,
        )
        return []
    return [_conference(conference, days, problems, stem)]


def _has_rooms(days: object) -> bool:
    """Whether any day lists its sessions by room (the older frab/pretalx layout)."""
    return isinstance(days, list) and any(
        isinstance(day, dict) and isinstance(day.get("rooms"), dict) for day in days
    )


def _identity(
    conference: dict, problems: Problems, stem: str
) -> tuple[str, str | None, str, str | None, tzinfo | None]:
    """The conference's title, acronym, event id, time zone name and time zone, as both
    schedule layouts give them."""
    title = text_field(conference.get("title"))
    acronym = text_field(conference.get("acronym"))
    if title is None:
        title = acronym or stem
        problems.warning("schedule.conference has no title", f'used "{title}"', near='"conference"')
    event_id = slug(
        acronym or title, ascii_only=True, fallback=slug(stem, ascii_only=True, fallback="event")
    )
    zone_name = text_field(conference.get("time_zone_name"))
    zone = _zone(zone_name)
    if zone_name and zone is None:
        problems.warning(
            f'schedule.conference.time_zone_name "{zone_name}" is not a known time zone',
            "times without an offset are left out",
            near='"time_zone_name"',
        )
    return title, acronym, event_id, zone_name, zone


def _conference(conference: dict, days: list, problems: Problems, stem: str) -> Event:
    title, acronym, event_id, zone_name, zone = _identity(conference, problems, stem)
    room_names = [text_field(r.get("name")) for r in _dicts(conference.get("rooms"))]
    room_rank = {name: i for i, name in enumerate(n for n in room_names if n)}
    track_order = [text_field(t.get("name")) for t in _dicts(conference.get("tracks"))]

    context = _Context(event_id, problems, zone, zone_name, room_rank)
    placed: list[Placed] = []
    day_dates: list[str | None] = []
    for position, day in enumerate(days, start=1):
        if not isinstance(day, dict):
            problems.error(f"days[{position - 1}] is not an object", "day skipped")
            continue
        day_date = _day_date(day.get("date"))
        if day_date is None:
            problems.warning(
                f"days[{position - 1}] has no valid date ({day.get('date')!r})",
                "its events are under an unknown day",
                near=json.dumps(day.get("date")) if isinstance(day.get("date"), str) else None,
            )
        day_dates.append(day_date)
        rooms = day.get("rooms")
        if not isinstance(rooms, dict):
            problems.error(f"days[{position - 1}].rooms is not an object", "day has no events")
            continue
        for room_name, events in rooms.items():
            if not isinstance(events, list):
                problems.error(
                    f'days[{position - 1}].rooms["{room_name}"] is not a list of events',
                    "room skipped",
                )
                continue
            for raw in events:
                try:
                    entry = context.event(raw, day_date, room_name)
                except Exception as error:  # one odd event must not stop the rest importing
                    what = text_field(raw.get("title")) if isinstance(raw, dict) else None
                    problems.error(f"{describe(what, None)}: cannot read it ({error})", "skipped")
                    continue
                if entry is not None:
                    placed.append(entry)

    aliases = tuple(a for a in (acronym,) if a and a not in (title, event_id))
    return assemble(
        event_id=event_id,
        title=title,
        placed=placed,
        day_dates=day_dates,
        track_order=[t for t in track_order if t],
        aliases=aliases,
        time_zone=zone_name if zone is not None else None,
    )


def _conference_v2(conference: dict, events: list, problems: Problems, stem: str) -> Event:
    """A "schedule v2" file: sessions in schedule.events[], each with its start and end,
    its room and track as objects, its speakers as participants; days without rooms.
    Each session is put under the day whose start and end hold its start."""
    title, acronym, event_id, zone_name, zone = _identity(conference, problems, stem)
    rooms = _dicts(conference.get("rooms"))
    room_names = [text_field(r.get("name")) for r in rooms]
    room_rank = {name: i for i, name in enumerate(n for n in room_names if n)}
    tracks = _dicts(conference.get("tracks"))
    track_names = {
        key: name
        for t in tracks
        if (name := text_field(t.get("name")))
        for key in (text_field(t.get("slug")), text_field(t.get("guid")), name)
        if key
    }
    day_spans: list[tuple[str, datetime | None, datetime | None]] = []
    for day in _dicts(conference.get("days")):
        date = _day_date(day.get("date"))
        if date is None:
            continue
        start = _when(day.get("start") or day.get("day_start"))
        end = _when(day.get("end") or day.get("day_end"))
        day_spans.append((date, start, end))
    context = _Context(event_id, problems, zone, zone_name, room_rank)
    placed: list[Placed] = []
    for raw in events:
        if not isinstance(raw, dict):
            problems.error("an entry in schedule.events is not an event object", "skipped")
            continue
        try:
            session = _as_v1(raw, track_names)
            day = _day_of(session.get("date"), zone)
            entry = context.event(session, day, session.get("room") or "")
        except Exception as error:  # one odd event must not stop the rest importing
            what = text_field(raw.get("title"))
            problems.error(f"{describe(what, None)}: cannot read it ({error})", "skipped")
            continue
        if entry is not None:
            placed.append(entry)
    aliases = tuple(a for a in (acronym,) if a and a not in (title, event_id))
    return assemble(
        event_id=event_id,
        title=title,
        placed=placed,
        day_dates=[date for date, _, _ in day_spans],
        track_order=[name for t in tracks if (name := text_field(t.get("name")))],
        aliases=aliases,
        time_zone=zone_name if zone is not None else None,
    )


def _as_v1(raw: dict, track_names: dict[str, str]) -> dict:
    """A schedule v2 session in the older layout's field names."""
    session = dict(raw)
    session["date"] = raw.get("start") if isinstance(raw.get("start"), str) else raw.get("date")
    session.pop("start", None)
    room = raw.get("room")
    session["room"] = text_field(room.get("name")) if isinstance(room, dict) else room
    track = raw.get("track")
    if isinstance(track, dict):
        key = text_field(track.get("name")) or text_field(track.get("slug"))
        session["track"] = track_names.get(key or "", key)
    people = raw.get("participants")
    if isinstance(people, list) and not raw.get("persons"):
        speakers = [p for p in people if isinstance(p, dict) and p.get("role") in (None, "speaker")]
        session["persons"] = speakers or people
    return session


def _when(value: object) -> datetime | None:
    if not isinstance(value, str):
        return None
    when = parse_datetime(value)
    return when if when is not None and when.tzinfo is not None else None


def _day_of(start: object, zone: tzinfo | None) -> str | None:
    """The day a session starting at ``start`` is on: its calendar date in the event's zone,
    as an .ics gives it (a 00:30 session is on the date after the evening before it)."""
    when = _when(start)
    if when is None:
        return None
    local = when.astimezone(zone) if zone is not None else when
    return local.date().isoformat()


class _Context:
    def __init__(
        self,
        event_id: str,
        problems: Problems,
        zone: tzinfo | None,
        zone_name: str | None,
        room_rank: dict[str, int],
    ) -> None:
        self.event_id = event_id
        self.problems = problems
        self.zone = zone
        self.zone_name = zone_name
        self.room_rank = room_rank
        self.seen: set[str] = set()

    def event(self, raw: object, day: str | None, room_key: str) -> Placed | None:
        problems = self.problems
        if not isinstance(raw, dict):
            problems.error(f'an entry in room "{room_key}" is not an event object', "skipped")
            return None
        title = text_field(raw.get("title"))
        item_id, needle = self._id(raw, title)
        name = describe(title, item_id)
        if title is None:
            problems.error(f"{name}: no title", "event skipped", near=needle)
            return None
        if item_id is None:
            item_id = f"{self.event_id}-{slug(title, ascii_only=True)}"
            problems.warning(
                f"{name}: no guid, code or id",
                f'id "{item_id}" made from the title; links break if the title changes',
                near=needle,
            )
            name = describe(title, item_id)
        if item_id in self.seen:
            problems.error(f"{name}: duplicate id", "the second one is skipped", near=needle)
            return None
        self.seen.add(item_id)

        room = text_field(raw.get("room")) or text_field(room_key)
        track = text_field(raw.get("track")) or room or "Other"
        type_ = text_field(raw.get("type"))
        when = self._start(raw, day, name, needle)
        if when is not None and isinstance(raw.get("date"), str) and raw["date"].strip():
            # its calendar date, as an .ics gives it: a 00:30 session listed under Saturday
            # took place on Sunday's date
            day = (when.astimezone(self.zone) if self.zone is not None else when).date().isoformat()
        duration = self._duration(raw, when, name, needle)
        # A pretalx subtitle is often the talk's title in the other language.
        subtitle = text_field(raw.get("subtitle"))
        item = Item(
            id=item_id,
            kind=ItemKind.BOOTH if is_booth(type_, room, track) else ItemKind.SESSION,
            title=title,
            event=self.event_id,
            day=day,
            track=track,
            titles=(subtitle,) if subtitle and subtitle != title else (),
            speakers=_persons(raw.get("persons")),
            type=type_,
            start=when.isoformat() if when is not None else None,
            duration=duration,
            room=room,
            abstract=long_text(raw.get("abstract")) or long_text(raw.get("description")),
            url=text_field(raw.get("url")) or _first_link(raw.get("links")),
        )
        return Placed(item, when, self.room_rank.get(room or "", len(self.room_rank)))

    def _id(self, raw: dict, title: str | None) -> tuple[str | None, str | None]:
        guid = text_field(raw.get("guid"))
        if guid:
            return guid, json.dumps(guid)
        code = text_field(raw.get("code"))
        if code:
            return f"{self.event_id}-{slug(code, ascii_only=True)}", json.dumps(code)
        number = raw.get("id")
        if isinstance(number, int) and not isinstance(number, bool):
            return f"{self.event_id}-{number}", json.dumps(title) if title else None
        if isinstance(number, str) and number.strip():
            return f"{self.event_id}-{slug(number, ascii_only=True)}", json.dumps(number)
        return None, json.dumps(title, ensure_ascii=False) if title else None

    def _start(self, raw: dict, day: str | None, name: str, needle: str | None) -> datetime | None:
        value = raw.get("date")
        if isinstance(value, str) and value.strip():
            when = parse_datetime(value)
            if when is None:
                self.problems.warning(
                    f'{name}: date "{value}" is not an ISO date and time',
                    "time left out",
                    near=needle,
                )
                return None
            return self._zoned(when, f'date "{value}"', name, needle)
        start = text_field(raw.get("start"))
        if start and day:
            try:
                clock = time.fromisoformat(start)
            except ValueError:
                self.problems.warning(f'{name}: start "{start}" is not HH:MM', "time left out")
                return None
            when = datetime.combine(Date.fromisoformat(day), clock)
            return self._zoned(when, f'start "{start}" (no date)', name, needle)
        return None

    def _zoned(self, when: datetime, field: str, name: str, needle: str | None) -> datetime | None:
        if when.tzinfo is not None:
            return when
        if self.zone is not None:
            self.problems.warning(
                f"{name}: {field} has no time zone",
                f"read in {self.zone_name}, the conference's time_zone_name",
                near=needle,
            )
            return when.replace(tzinfo=self.zone)
        self.problems.warning(
            f"{name}: {field} has no time zone and the conference names none",
            "time left out",
            near=needle,
        )
        return None

    def _duration(
        self, raw: dict, when: datetime | None, name: str, needle: str | None
    ) -> str | None:
        value = raw.get("duration")
        if isinstance(value, str) and value.strip():
            duration = parse_duration(value)
            if duration is None:
                self.problems.warning(
                    f'{name}: duration "{value}" is not HH:MM', "duration left out", near=needle
                )
            return duration
        end = raw.get("end")
        if isinstance(end, str) and when is not None:
            finish = parse_datetime(end)
            if finish is not None and (finish.tzinfo is None) == (when.tzinfo is None):
                return format_duration(finish - when)
        return None


def _zone(name: str | None) -> tzinfo | None:
    if not name:
        return None
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None


def _day_date(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    try:
        return Date.fromisoformat(value.strip()[:10]).isoformat()
    except ValueError:
        return None


def _dicts(value: object) -> list[dict]:
    return [v for v in value if isinstance(v, dict)] if isinstance(value, list) else []


def _persons(value: object) -> tuple[Person, ...]:
    names: list[str] = []
    for person in value if isinstance(value, list) else []:
        if isinstance(person, str):
            name = text_field(person)
        elif isinstance(person, dict):
            name = text_field(person.get("name")) or text_field(person.get("public_name"))
        else:
            name = None
        if name and name not in names:
            names.append(name)
    return tuple(Person(name) for name in names)


def _first_link(value: object) -> str | None:
    for link in _dicts(value):
        url = text_field(link.get("url"))
        if url:
            return url
    return None
