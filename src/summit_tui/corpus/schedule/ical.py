"""iCalendar (RFC 5545) → Event, parsed with the ``icalendar`` package.

``icalendar`` is the maintained reference parser for Python: it unfolds continuation
lines, unescapes text values, and resolves ``TZID`` (IANA names through zoneinfo, and
custom ``VTIMEZONE`` blocks) so every DTSTART comes back as an aware datetime.

A VEVENT becomes an item: SUMMARY is the title, UID the id, LOCATION the room, the
first CATEGORIES value the track (else the room), DESCRIPTION the abstract but for its
"Speaker: Name" / "Speakers: A, B" lines (in the languages notes label speakers in), which
are the item's speakers. Its day
is the start date in the event's own zone; UTC times move to the calendar's zone
(``X-WR-TIMEZONE``) first, when it names one, so an evening talk stays on its day.
"""

from __future__ import annotations

from datetime import date as Date
from datetime import datetime, timedelta, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from summit_tui.corpus.fields import people
from summit_tui.corpus.model import Event, Item, ItemKind, Person, Severity
from summit_tui.corpus.names import slug
from summit_tui.corpus.schedule.common import (
    Placed,
    Problems,
    assemble,
    describe,
    format_duration,
    is_booth,
    long_text,
    text_field,
)
from summit_tui.corpus.speaker_labels import label_alternation
from summit_tui.lazy_re import lazy


def parse(text: str, problems: Problems, *, stem: str) -> list[Event]:
    from icalendar import Calendar

    try:
        calendars = Calendar.from_ical(text, multiple=True)
    except ValueError as error:
        problems.error(f"not valid iCalendar: {error}", "nothing imported", line=1)
        return []
    events: list[Event] = []
    used: set[str] = set()
    for calendar in calendars:
        event = _calendar(calendar, problems, stem, used)
        if event is not None:
            events.append(event)
    if not events:
        problems.error("no VCALENDAR in the file", "nothing imported", line=1)
    return events


def _calendar(calendar, problems: Problems, stem: str, used: set[str]) -> Event | None:
    if calendar.name != "VCALENDAR":
        return None
    title = text_field(_str(calendar.get("X-WR-CALNAME"))) or text_field(_str(calendar.get("NAME")))
    title = title or stem
    event_id = slug(title, ascii_only=True, fallback=slug(stem, ascii_only=True, fallback="event"))
    base, n = event_id, 1
    while event_id in used:
        n += 1
        event_id = f"{base}-{n}"
    used.add(event_id)
    zone_name = text_field(_str(calendar.get("X-WR-TIMEZONE")))
    zone = _zone(zone_name)
    if zone_name and zone is None:
        problems.warning(
            f'X-WR-TIMEZONE "{zone_name}" is not a known time zone',
            "ignored",
            near="X-WR-TIMEZONE",
        )
        zone_name = None

    seen: set[str] = set()
    placed: list[Placed] = []
    zones: list[str] = []
    for component in calendar.walk("VEVENT"):
        try:
            entry = _vevent(component, event_id, zone, zone_name, seen, problems)
        except Exception as error:  # one odd VEVENT must not stop the rest importing
            title = text_field(_str(component.get("SUMMARY")))
            problems.error(f"{describe(title, None)}: cannot read it ({error})", "skipped")
            continue
        if entry is None:
            continue
        placed.append(entry)
        if entry.when is not None and isinstance(entry.when.tzinfo, ZoneInfo):
            zones.append(entry.when.tzinfo.key)
    if zone_name is None and len(set(zones)) == 1:
        zone_name = zones[0]
    return assemble(event_id=event_id, title=title, placed=placed, time_zone=zone_name)


def _vevent(
    component,
    event_id: str,
    zone: tzinfo | None,
    zone_name: str | None,
    seen: set[str],
    problems: Problems,
) -> Placed | None:
    title = text_field(_str(component.get("SUMMARY")))
    uid = text_field(_str(component.get("UID")))
    name = describe(title, uid)
    needle = uid or title
    for prop, message in getattr(component, "errors", ()):
        problems.warning(f"{name}: {prop}: {message}", "value ignored", near=needle)
    if title is None:
        problems.error(f"{name}: no SUMMARY (title)", "event skipped", near=needle)
        return None
    if (_str(component.get("STATUS")) or "").upper() == "CANCELLED":
        problems.add(
            Severity.INFO, f"{name}: cancelled (STATUS:CANCELLED)", "left out", near=needle
        )
        return None

    day, when = None, None
    value = _dt(component.get("DTSTART"))
    if isinstance(value, datetime):
        if value.tzinfo is None:
            if zone is not None:
                problems.warning(
                    f'{name}: DTSTART "{value.isoformat()}" has no time zone',
                    f"read in {zone_name}, the calendar's X-WR-TIMEZONE",
                    near=needle,
                )
                when = value.replace(tzinfo=zone)
            else:
                problems.warning(
                    f'{name}: DTSTART "{value.isoformat()}" has no time zone (no TZID, not UTC)',
                    "time left out; the day kept",
                    near=needle,
                )
                day = value.date().isoformat()
        else:
            when = value.astimezone(zone) if zone is not None and _is_utc(value) else value
        if when is not None:
            day = when.date().isoformat()
    elif isinstance(value, Date):
        day = value.isoformat()  # an all-day event
    else:
        problems.warning(f"{name}: no DTSTART", "day and time unknown", near=needle)

    if uid is None:
        uid = f"{event_id}-{slug(title, ascii_only=True)}" + (f"-{day}" if day else "")
        problems.warning(
            f"{name}: no UID",
            f'id "{uid}" made from the title and day; links break if either changes',
            near=needle,
        )
        name = describe(title, uid)
    if uid in seen:
        problems.error(f"{name}: duplicate UID", "the second one is skipped", near=needle)
        return None
    seen.add(uid)
    if component.get("RRULE") is not None:
        problems.warning(f"{name}: repeats (RRULE)", "only the first time imported", near=needle)

    room = text_field(_str(component.get("LOCATION")))
    categories = _categories(component.get("CATEGORIES"))
    track = categories[0] if categories else room or "Other"
    booth_type = next((c for c in categories if is_booth(c)), None)
    speakers, abstract = _speakers_in(_str(component.get("DESCRIPTION")))
    item = Item(
        id=uid,
        kind=ItemKind.BOOTH if booth_type or is_booth(room) else ItemKind.SESSION,
        title=title,
        event=event_id,
        day=day,
        track=track,
        type=booth_type,
        start=when.isoformat() if when is not None else None,
        duration=_duration(component, value),
        room=room,
        speakers=speakers,
        abstract=long_text(abstract),
        url=text_field(_str(component.get("URL"))),
    )
    return Placed(item, when)


# A DESCRIPTION line naming the speakers: "Speaker: Tuomas Heikkilä", "Speakers: A, B",
# "Puhuja: …" (Finnish), "발표자: …", "Referent: …".
_SPEAKER_LINE = lazy(
    rf"(?i)^\s*(?:{label_alternation()}|puhuja|puhujat|esiintyjä|esiintyjät|luennoitsija"
    r"|speaker\(s\)|talare)\s*[:：]\s*(?P<names>\S.*)$"
)


def _speakers_in(description: str | None) -> tuple[tuple[Person, ...], str | None]:
    """The speakers a DESCRIPTION names on its label lines, and the rest of it."""
    if not description or (":" not in description and "：" not in description):
        return (), description
    names: list[str] = []
    kept: list[str] = []
    for line in description.splitlines():
        match = _SPEAKER_LINE.match(line)
        found = people(match["names"]) if match else ()
        names.extend(name for name in found if name not in names)
        if not found:
            kept.append(line)
    return tuple(Person(name) for name in names), "\n".join(kept).strip() or None


def _str(value: object) -> str | None:
    if value is None or isinstance(value, list):
        return None
    return str(value)


def _dt(prop: object) -> object:
    try:
        return getattr(prop, "dt", None)
    except Exception:  # icalendar's broken property: already reported from .errors
        return None


def _is_utc(value: datetime) -> bool:
    return value.utcoffset() == timedelta(0) and getattr(value.tzinfo, "key", "UTC") in (
        "UTC",
        "Etc/UTC",
    )


def _duration(component, start: object) -> str | None:
    end = _dt(component.get("DTEND"))
    if isinstance(start, datetime) and isinstance(end, datetime):
        if (start.tzinfo is None) == (end.tzinfo is None):
            return format_duration(end - start)
        return None
    length = _dt(component.get("DURATION"))
    if isinstance(length, timedelta):
        return format_duration(length)
    return None


def _categories(value: object) -> list[str]:
    props = value if isinstance(value, list) else [value] if value is not None else []
    names: list[str] = []
    for prop in props:
        try:
            categories = list(getattr(prop, "cats", ()))
        except Exception:  # a broken property, reported from .errors
            continue
        for category in categories:
            name = text_field(str(category))
            if name and name not in names:
                names.append(name)
    return names


def _zone(name: str | None) -> tzinfo | None:
    if not name:
        return None
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None
