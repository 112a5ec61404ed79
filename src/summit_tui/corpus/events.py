"""Which event and which day each note is about, weighing every note's evidence together.

A note names its event in many ways (frontmatter, a folder, its title, a tag, its first
lines; see corpus.metadata), or not at all. Notes whose names agree once spelling, case,
the year and Korean/English conference words are set aside ("SK AI SUMMIT", "SK AI 서밋
2024") form one event, named the way most of its notes name it, with its year. A note
that names no event joins the event whose days include the day it gives, or the event its
folder's notes or the README above it name; failing that, notes that give the same day form an
event of that day ("Seminar 2023-03-29").

A note's day: the day its title, folders or first lines say (a date, or "Day 2" counted
from the event's first day, or "Monday 10:30am" within the event's days), with the year
of its event or posting date when it writes none; its frontmatter ``date`` when it says
nothing, or when the text only names a later day. A frontmatter date after the event's
last known day is a posting date, not the event's.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import PurePosixPath
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from summit_tui.corpus.city_names import CITY_KEYS, editions
from summit_tui.corpus.dates import LAST_DAY, complete_year, day_number, weekdays, with_year
from summit_tui.corpus.double_names import double_names
from summit_tui.corpus.edition_tables import edition_days, lists_editions
from summit_tui.corpus.event_names import (
    display_name,
    event_key,
    is_year,
    label_kind,
    near_spelling,
    slug_event,
    without_company,
    word_set,
)
from summit_tui.corpus.fields import epoch_date
from summit_tui.corpus.heading_kinds import heard_talk
from summit_tui.corpus.model import Note, day_date, numbered_day
from summit_tui.corpus.names import normalize, slug
from summit_tui.corpus.no_talk import proposes_talks
from summit_tui.corpus.shared_talks import event_by_talks
from summit_tui.corpus.sounds import alike, consonant_key
from summit_tui.corpus.speaker_labels import LABEL_LINE
from summit_tui.lazy_re import lazy

UNNAMED = "Notes"
_SERIES = lazy(r"^(?:seminars?|colloquiums?|colloquia|lectures?)$|세미나|콜로키움|특강|강연회")
_PREFIX_MIN = 5  # a shorter key is a prefix of a longer one: "pycon" ~ "pyconkr"
_TITLE_NAME_MIN = 6  # letters of an event's name a title must hold to join it by name alone
_SHORT_PREFIX_MIN = 4  # shorter, only of one longer key
_SPAN_MAX_DAYS = 14
_SOUND_MIN = 5  # consonants that alone say two names sound alike; fewer: the syllables too


@dataclass(frozen=True, slots=True)
class Placement:
    """Where a note belongs, and how that was worked out (for `check`)."""

    event_id: str
    event_title: str
    day: str | None
    event_how: str  # frontmatter, folder, title, tags, body, date, folder-name, folder-neighbours,
    # folder-index, links, none
    day_how: str  # title, body, folder, frontmatter, day number, weekday, event, links, none
    year: int | None = None  # the event's year: for dates the note writes without one


@dataclass
class EventInfo:
    """One event as the notes describe it."""

    id: str
    title: str
    year: int | None = None
    dates: list[str] = field(default_factory=list)  # every day the notes say it had, sorted
    # the first day a note says it is about (not a span's first day, which may be tutorials):
    # where "Day 1 of talks" is
    first_talk_day: str | None = None
    # the day the notes themselves call "Day 1", from notes that name their day beside its
    # date ("Day 1（9/12 木）", "Day 2 — 2024/09/13"): a workshop day before it is not Day 1
    day_one: str | None = None

    @property
    def series(self) -> bool:
        """A seminar or colloquium series: one talk a day, so notes of one day are about
        one talk (in whatever language its title was written down)."""
        words = normalize(self.title).split()
        return any(_SERIES.search(word) for word in words)

    def day_number(self, number: int, *, of_talks: bool = False) -> str | None:
        """The date of "Day N": counted from the first known day (days run on), or from the
        first day a note is about when it counts ``of_talks`` ("Day 1 of talks" after a
        tutorial day); the last known day for LAST_DAY, when more than one day is known."""
        if number == LAST_DAY and len(self.dates) > 1:
            return self.dates[-1]
        if number == 0 and self.day_one is not None:  # "Day 0": the workshop day before Day 1
            return (dt.date.fromisoformat(self.day_one) - dt.timedelta(days=1)).isoformat()
        if not self.dates or number < 1:
            return None
        if self.day_one is not None:
            first = dt.date.fromisoformat(self.day_one)
            return (first + dt.timedelta(days=number - 1)).isoformat()
        first = dt.date.fromisoformat((of_talks and self.first_talk_day) or self.dates[0])
        return (first + dt.timedelta(days=number - 1)).isoformat()

    def undated_day(self, number: int) -> str | None:
        """ "Day N" as a day of its own when nothing gives the event's dates: told apart from
        the other days and in order, without a date."""
        return numbered_day(number) if not self.dates and number >= 1 else None

    def weekday(self, weekday: int) -> str | None:
        """The one day of the event (as far as known) that falls on ``weekday``."""
        if not self.dates:
            return None
        first = dt.date.fromisoformat(self.dates[0])
        last = dt.date.fromisoformat(self.dates[-1])
        days = [
            first + dt.timedelta(days=n)
            for n in range((last - first).days + 1)
            if (first + dt.timedelta(days=n)).weekday() == weekday
        ]
        if not days:
            # a day the notes' dates do not reach, right after the last known one: "마지막날
            # (금요일)" of an event known to run Wednesday and Thursday
            days = [
                day
                for day in (last + dt.timedelta(days=1), last + dt.timedelta(days=2))
                if day.weekday() == weekday
            ]
        return days[0].isoformat() if len(days) == 1 else None

    def month_day(self, day: int, weekday: int, near: str | None = None) -> str | None:
        """The one day of the event (as far as known) that is the ``day``-th of its month,
        a ``weekday`` where two are; else that day in the month of ``near`` (the note's own
        day) when it falls on ``weekday``; else the event's one ``weekday``."""
        days = [d for d in self.dates if int(d[8:]) == day]
        if weekday < 0:  # no weekday given: "현지 시간 10일", the event's one 10th
            return days[0] if len(days) == 1 else None
        if len(days) > 1:
            days = [d for d in days if dt.date.fromisoformat(d).weekday() == weekday]
        if len(days) == 1:
            return days[0]
        if near is not None:
            try:
                same_month = dt.date.fromisoformat(near).replace(day=day)
            except ValueError:
                same_month = None
            if same_month is not None and same_month.weekday() == weekday:
                return same_month.isoformat()
        return self.weekday(weekday)

    def holds(self, date: str) -> bool:
        return bool(self.dates) and self.dates[0] <= date <= self.dates[-1]


@dataclass
class _Member:
    note: Note
    key: str | None = None
    year: int | None = None
    how: str = "none"
    weak_key: str | None = None  # a folder name several such notes share


# -- events ----------------------------------------------------------------------------------


def place_notes(notes: Iterable[Note]) -> tuple[dict[str, Placement], dict[str, EventInfo]]:
    """Each note's event and day (by path), and the events (by id), without a program."""
    notes = in_the_notes_zone(list(notes))
    # a note of ideas for next year's CfP names the event it means to submit to, which is no
    # event its writer went to: it joins one by its date or folder, never names one
    proposing = {note.path for note in notes if proposes_talks(note)}
    popular = _popular_keys([note for note in notes if note.path not in proposing])
    cities = editions(popular)
    members = [
        _Member(note) if note.path in proposing else _member(note, popular, cities)
        for note in notes
    ]
    groups = _group_by_name(members)
    events: dict[str, EventInfo] = {}
    event_of: dict[str, str] = {}  # note path → event id
    for group in groups:
        info = _named_event(group, events)
        for member in group:
            event_of[member.note.path] = info.id
    _days_from_edition_tables(notes, events)
    unnamed = [m for m in members if m.key is None]
    _attach_by_hangul_spelling(unnamed, events, event_of)
    _attach_by_indic_spelling(unnamed, events, event_of)
    _attach_by_folder_name(unnamed, events, event_of)
    _attach_by_date(unnamed, events, event_of, members)
    _attach_by_folder(unnamed, members, event_of)
    _attach_by_weak_folder(unnamed, event_of)
    _attach_by_index(unnamed, members, event_of)
    _attach_by_links(unnamed, members, event_of)
    if _folder_events(unnamed, events, event_of):
        # a note of that day elsewhere joins the event a folder's notes just formed
        _attach_by_date(unnamed, events, event_of, members)
    _attach_by_shared_talks(unnamed, members, event_of)
    _attach_to_the_one_event(unnamed, events, event_of)
    _attach_by_bare_name(unnamed, events, event_of)
    _attach_by_brand_word(unnamed, members, events, event_of)
    _unnamed_events(unnamed, events, event_of)
    _day_one_with_joined(members, events, event_of)
    _editions_as_written(events)
    _watched_from_afar(members, event_of)
    placements: dict[str, Placement] = {}
    for member in members:
        info = events[event_of[member.note.path]]
        day, day_how = note_day(member.note, info)
        placements[member.note.path] = Placement(
            info.id, info.title, day, member.how, day_how, info.year
        )
    _days_by_links(members, placements)
    if any(member.how in _WEEKDAY_DAYS for member in members):
        _days_by_weekday(members, placements)
    return placements, events


# How a note joined an event that leaves its day to the day of the week it names
_WEEKDAY_DAYS = frozenset({"only-event", "talks"})


def _days_by_weekday(members: list[_Member], placements: dict[str, Placement]) -> None:
    """A shared doc that joined the one event by its weekday ("**When / where:** Friday,
    14:00") is on the day of the other notes that falls on that weekday, when one does."""
    for member in members:
        placed = placements[member.note.path]
        if member.how not in _WEEKDAY_DAYS or placed.day or len(member.note.weekdays) != 1:
            continue
        days = {
            p.day
            for p in placements.values()
            if p.event_id == placed.event_id and p.day and day_date(p.day) is not None
        }
        weekday = member.note.weekdays[0]
        found = [d for d in days if dt.date.fromisoformat(d).weekday() == weekday]
        if len(found) == 1:
            placements[member.note.path] = replace(placed, day=found[0], day_how="weekday")


_NIGHT = range(0, 7)  # local hours a note written live is of an event far away
_DAY = range(7, 23)


def _local_hour(note: Note, offset: int) -> int:
    """The hour of the day a note's stamp is, ``offset`` minutes east of UTC."""
    return ((note.stamp or 0) + offset * 60) // 3600 % 24


def _watched_from_afar(members: list[_Member], event_of: Mapping[str, str]) -> None:
    """A note written at night in its own zone (``date: 2024-10-30 01:45:00 +0900``: a
    keynote watched live from Seoul) about an event whose other notes are written in the
    daytime of another zone (``2024-10-29T08:45:00-07:00``) is of the day it was in that
    zone, as a note's epoch stamp is read in the zone of the other notes."""
    zoned = [m for m in members if m.note.stamp is not None and m.note.utc_offset is not None]
    if len(zoned) < 2:
        return
    daytime: dict[str, Counter[int]] = {}
    for member in zoned:
        offset = member.note.utc_offset or 0
        if _local_hour(member.note, offset) in _DAY:
            daytime.setdefault(event_of[member.note.path], Counter())[offset] += 1
    for member in zoned:
        note, own = member.note, member.note.utc_offset or 0
        theirs = daytime.get(event_of[note.path])
        if note.date_kind != "timed" or not theirs or _local_hour(note, own) not in _NIGHT:
            continue
        others = sorted(((count, offset) for offset, count in theirs.items() if offset != own))
        if not others:
            continue
        offset = others[-1][1]
        day = epoch_date(note.stamp, offset)
        if day is not None and day != note.date and _local_hour(note, offset) in _DAY:
            member.note = replace(note, date=day)


def _days_by_links(members: list[_Member], placements: dict[str, Placement]) -> None:
    """A page that gives no day of its own (a talk's page in a vault's event folder) takes
    the day of the day pages of its event that link to it (``2024-04-09.md``: "Vormittags
    [[Virtual Threads in der Praxis]] gehört"), when they agree."""
    from summit_tui.corpus.folders import file_date

    undated = {path for path, placed in placements.items() if placed.day is None}
    if not undated:
        return
    day_pages = [
        m.note
        for m in members
        if "[[" in m.note.body and placements[m.note.path].day and file_date(m.note.path)
    ]
    if not day_pages:
        return
    from summit_tui.corpus.page_links import linked_pages, pages_by_name

    pages = pages_by_name(m.note.path for m in members)
    days: dict[str, set[str]] = {}
    for note in day_pages:
        placed = placements[note.path]
        for page in linked_pages(note.body):
            path = pages.get(page)
            if path in undated and placements[path].event_id == placed.event_id:
                days.setdefault(path, set()).add(placed.day or "")
    for path, found in days.items():
        if len(found) == 1:
            placements[path] = replace(placements[path], day=found.pop(), day_how="links")


def in_the_notes_zone(notes: list[Note]) -> list[Note]:
    """The notes, those dated by an epoch stamp dated in the time zone the other notes write
    their dates and times in (``date: 2024-11-21T19:00:00+09:00``: a Seoul meetup's, so a
    note stamped 08:00 that morning is of that day, not of the day before as UTC has it);
    with no zone written anywhere, the machine's own stays (the loader's reading)."""
    offsets = Counter(note.utc_offset for note in notes if note.utc_offset is not None)
    if not offsets or not any(note.stamp is not None for note in notes):
        return notes
    offset = offsets.most_common(1)[0][0]
    out: list[Note] = []
    for note in notes:
        if (
            note.stamp is not None
            and note.utc_offset is None
            and note.date == epoch_date(note.stamp)
        ):
            day = epoch_date(note.stamp, offset)
            if day is not None and day != note.date:
                note = replace(note, date=day)
        out.append(note)
    return out


def in_zone(note: Note, zone_name: str | None) -> Note:
    """The note, its epoch stamp dated in the named time zone (a program's ``time_zone:
    Asia/Seoul``) when it gives no zone of its own; unchanged when the zone is unknown."""
    if note.stamp is None or note.utc_offset is not None or not zone_name:
        return note
    if note.date != epoch_date(note.stamp):
        return note  # its day came from its text, not from the stamp
    try:
        zone = ZoneInfo(zone_name)
    except (ZoneInfoNotFoundError, ValueError):
        return note
    day = dt.datetime.fromtimestamp(note.stamp, tz=zone).date().isoformat()
    return replace(note, date=day) if day != note.date else note


# How much a name found in each place says about the note's event.
_STRENGTH = {
    "frontmatter": 6.0,
    "fact": 5.0,
    "folder": 5.0,
    "book": 5.0,  # the title of the book (mdBook, GitBook) the note is a chapter of
    "title": 4.0,
    "tags": 4.5,  # categories/tags are the author's own filing: over a guess from a title
    "body": 2.0,
    "file": 3.0,  # a saved thread's file name ("Thread by @x - GitHub Universe 2024.md")
    "folder-weak": 1.0,
    "alias": 3.5,  # the other spelling written in brackets after a stated name
}
_PLAUSIBLE = 3.0  # names from here on count when notes agree on a name


def _named(note: Note) -> list[tuple[str, str, float]]:
    """(name, where, strength) of every event name the note gives, strongest first."""
    named = [
        (name, where, _STRENGTH.get(where, 1.0) + (0.5 if event_key(name)[1] else 0.0))
        for name, where in zip(note.event_names, note.event_sources, strict=False)
    ]
    if note.event and not any(where == "frontmatter" for _, where, _ in named):
        named.insert(0, (note.event, "frontmatter", _STRENGTH["frontmatter"]))
    return sorted(named, key=lambda row: -row[2])


def _popular_keys(notes: list[Note]) -> Counter[str]:
    """How many notes name each event key among their plausible names; a folder's name
    (weak evidence) counts for the notes that name nothing else."""
    counts: Counter[str] = Counter()
    for note in notes:
        named = _named(note)
        plausible = [n for n, _, s in named if s >= _PLAUSIBLE]
        keys = {event_key(n)[0] for n in plausible or [n for n, _, _ in named]}
        counts.update(k for k in keys if k)
    return counts


def _member(note: Note, popular: Counter[str], cities: frozenset[str] = frozenset()) -> _Member:
    """A note's event name: its frontmatter's; else the plausible name other notes share
    most ("ACRL 2019" in its categories over "First-Year Seminar" in its title), one of
    ``cities`` first, the editions of a series in two cities ("DevFest Busan 2024" in its
    title over "DevFest" in its tags, which other notes share); else its strongest."""
    member = _Member(note)
    named = _named(note)
    if not named:
        member.year = _year_of_dates(note)
        return member
    if named[0][1] == "frontmatter":
        chosen = named[0]
    else:
        plausible = [row for row in named if row[2] >= _PLAUSIBLE] or named
        chosen = max(
            plausible,
            key=lambda row: (
                event_key(row[0])[0] in cities,
                # a folder every note of a collection sits in ("thai/", "defcon/") is shared by
                # them all: that says nothing of the event, unlike two notes that write a name
                popular[event_key(row[0])[0]] > 1 and row[1] != "folder-weak",
                row[2],
                popular[event_key(row[0])[0]],
            ),
        )
    name, member.how, _ = chosen
    member.key = event_key(name)[0] or None
    if member.how == "folder-weak":
        # a folder's name alone is evidence, not an event: the note first joins the event its
        # folder's name holds, or its dates, its neighbours or the front page above it name
        # (_folder_events); the folder nearest the note is its most particular grouping
        shared = [
            key
            for name, where in zip(note.event_names, note.event_sources, strict=False)
            if where == "folder-weak" and popular[key := event_key(name)[0]] >= 2
        ]
        member.weak_key = shared[-1] if shared else None
        member.key, member.how = None, "none"
    years = [event_key(n)[1] for n, _, _ in named if event_key(n)[0] == member.key]
    member.year = next((y for y in years if y), None) or _year_of_dates(note)
    return member


def _year_of_dates(note: Note) -> int | None:
    for value in (*note.dates, *(note.span or ())):
        if not value.startswith("--"):
            return int(value[:4])
    if note.date and note.date_kind in ("event", "timed"):
        return int(note.date[:4])
    return None


def _group_by_name(members: list[_Member]) -> list[list[_Member]]:
    """Notes whose event keys agree (equal, or one a prefix of the other), split by year."""
    keys = sorted({m.key for m in members if m.key}, key=lambda k: (len(k), k))
    parent = {key: key for key in keys}

    def root(key: str) -> str:
        while parent[key] != key:
            parent[key] = parent[parent[key]]
            key = parent[key]
        return key

    by_first: dict[str, list[str]] = {}
    for key in keys:
        by_first.setdefault(key[:_PREFIX_MIN], []).append(key)
    # a key → the days its notes state, and the days notes that state none were posted on
    days_of: dict[str, tuple[list[str], list[str]]] = {}

    def days(key: str) -> tuple[list[str], list[str]]:
        if key not in days_of:
            stated: list[str] = []
            posted: list[str] = []
            for member in members:
                if member.key == key:
                    said = _stated_dates(member.note, member.year)
                    stated.extend(said)
                    if not said and member.note.date:
                        posted.append(member.note.date)
            days_of[key] = (sorted(stated), sorted(posted))
        return days_of[key]

    for shorter in keys:
        if len(shorter) < _PREFIX_MIN:
            # "qcon" joins "qconlondon" when no other key begins with it ("qconsf")
            longer = [k for k in keys if len(k) > len(shorter) and k.startswith(shorter)]
            if len(longer) > 1:
                # "qcon" beside "qconlondon" and "qconshanghai" (two editions): only the one
                # whose days are near its own
                longer = [k for k in longer if _near_in_time(days(shorter), days(k))]
                if len(longer) > 1:
                    longer = _nearest(days(shorter)[0], {k: days(k)[0] for k in longer})
            if (
                len(longer) == 1
                and (
                    len(shorter) >= _SHORT_PREFIX_MIN
                    # "MWC 2025" beside "MWC Barcelona 2025" alone, on the same days: its city
                    or (
                        longer[0][len(shorter) :] in CITY_KEYS
                        and _near_in_time(days(shorter), days(longer[0]))
                        and bool(days(shorter)[0])
                    )
                )
            ):
                parent[root(shorter)] = root(longer[0])
            continue
        near = by_first.get(shorter[:_PREFIX_MIN], ())
        prefixed = [k for k in near if k != shorter and k.startswith(shorter)]
        if len(prefixed) > 1:
            # "pycon" beside "pyconjp" and "pyconkr": two conferences, so the short name joins
            # only the one whose days are near its own (else neither)
            timely = [k for k in prefixed if _near_in_time(days(shorter), days(k))]
            if len(timely) > 1 and not _qualified_alike(shorter, timely, days):
                timely = _nearest(days(shorter)[0], {k: days(k)[0] for k in timely})
            prefixed = timely if len(timely) == 1 or _qualified_alike(shorter, timely, days) else []
        for longer in near:
            # a prefix ("pycon" ~ "pyconkr"), or one letter apart ("Codemotion Milão" /
            # "Codemotion Milano": one conference in two languages)
            if longer in prefixed or (
                longer != shorter
                and not longer.startswith(shorter)
                and near_spelling(shorter, longer)
                and _near_in_time(days(shorter), days(longer))
            ):
                parent[root(longer)] = root(shorter)
    # a name and its other spelling in brackets ("우아콘 2024 (WOOWACON 2024)"): one event, so
    # the notes that write only one of the two join
    for member in members:
        if member.key and "alias" in member.note.event_sources:
            for name, where in zip(
                member.note.event_names, member.note.event_sources, strict=False
            ):
                if where == "alias" and (alias := event_key(name)[0]) in parent:
                    parent[root(alias)] = root(member.key)
    # a Korean spelling and a Latin one heard alike: "러스트 서울 밋업" and "Rust Seoul Meetup"
    # by their consonants; a short name by its syllables, vowels too (ifkakao, 이프카카오)
    by_sound: dict[str, list[str]] = {}
    for key in keys:
        sound = consonant_key(key)
        if sound and (len(sound) >= _SOUND_MIN or key.isalpha()):
            by_sound.setdefault(sound, []).append(key)
    for heard in by_sound.values():
        for key in heard[1:]:
            other = next((o for o in heard if o != key and alike(key, o)), None)
            if other is not None:
                parent[root(key)] = root(other)
    # a name half in Hangul: "한강 DevDays 2025" is "Hangang DevDays 2025" when its Hangul
    # words, romanized, spell the other name's key
    for key in keys:
        if not key.isascii() and _HANGUL_RUN.search(key) and _LATIN_LETTER.search(key):
            from summit_tui.corpus.romanize import romanized_word

            spelled = _HANGUL_RUN.sub(lambda run: romanized_word(run.group()), key)
            if spelled != key and spelled in parent:
                parent[root(key)] = root(spelled)
    # a short name that is a longer one's initials: "DK 2024" is "DroidKnights 2024" (and
    # "EP 2024" "EuroPython 2024") when one name only has them
    initials: dict[str, set[str]] = {}
    for member in members:
        for name in member.note.event_names:
            capitals = _initials(name)
            if len(capitals) >= 2 and capitals in parent:
                key = event_key(name)[0]
                if key in parent and key != capitals and len(key) > len(capitals) + 2:
                    initials.setdefault(capitals, set()).add(key)
    for short, named in initials.items():
        if len(named) == 1:
            parent[root(short)] = root(next(iter(named)))
    for longer, shorter in _brand_pairs(members, parent):
        parent[root(longer)] = root(shorter)
    for short, written_out in _shortened_pairs(members, parent):
        if _near_in_time(days(short), days(written_out)):
            parent[root(short)] = root(written_out)
    # "PyCon DE & PyData Berlin 2024": one event, which notes naming either half join
    for member in members:
        if member.key:
            for double in double_names(member.note):
                present = [key for key in double.keys if key in parent]
                for key in present[1:]:
                    parent[root(key)] = root(present[0])
    clusters: dict[str, list[_Member]] = {}
    for member in members:
        if member.key:
            clusters.setdefault(root(member.key), []).append(member)
    groups: list[list[_Member]] = []
    for cluster in clusters.values():
        years = Counter(m.year for m in cluster if m.year)
        if len(years) <= 1:
            groups.append(cluster)
            continue
        by_year: dict[int, list[_Member]] = {year: [] for year in years}
        # on a tie, the later year, whatever order the notes were read in
        usual = max(years, key=lambda year: (years[year], year))
        for member in cluster:
            by_year[member.year if member.year in by_year else usual].append(member)
        groups.extend(by_year.values())
    return groups


# Words a name is written with or without, the same event: "GITEX GLOBAL 2024" / "GITEX 2024",
# "GITEX expo", "WeAreDevelopers World Congress" / "WeAreDevelopers". Never a region or a city:
# "PyCon KR" and "PyCon JP" are two conferences.
_QUALIFIERS = word_set(
    """
    global expo summit conference conf world congress worldcongress international intl live
    festival fest forum show week days exhibition
    """
)


def _qualified_alike(
    shorter: str,
    longer: list[str],
    days: Callable[[str], tuple[list[str], list[str]]],
) -> bool:
    """Whether keys that begin with ``shorter`` differ from it by a qualifier word, all but one
    at most (its city: "WeAreDevelopers 2024 Berlin" beside "WeAreDevelopers World Congress
    2024"), and their days agree with each other: one event written several ways, not two
    editions (two cities, "DevFest Seoul" and "DevFest Busan", stay two)."""
    if len(longer) < 2 or sum(key[len(shorter) :] not in _QUALIFIERS for key in longer) > 1:
        return False
    return all(
        _near_in_time(days(key), days(other))
        for n, key in enumerate(longer)
        for other in longer[n + 1 :]
    )


def _brand_pairs(members: list[_Member], keys: Mapping[str, str]) -> set[tuple[str, str]]:
    """(longer, shorter) keys of a name written with and without its company's word in
    front, the same year: "Google I/O 2024" and "I/O 2024" (also "구글 I/O 2024"), "AWS
    re:Invent 2024" and "re:Invent 2024", "Apple WWDC 2024" and "WWDC 2024"."""
    pairs: set[tuple[str, str]] = set()
    for member in members:
        for name in member.note.event_names:
            key, year = event_key(name)
            short = without_company(name)
            if (
                key in keys
                and short is not None
                and short[0] in keys
                and short[0] != key
                and short[1] == year
            ):
                pairs.add((key, short[0]))
    return pairs


def _shortened_pairs(members: list[_Member], keys: Mapping[str, str]) -> list[tuple[str, str]]:
    """(short, written out) keys of a name with one word after its first written short in
    capitals, and the same name with that word written out, when the capitals are its letters
    in order from its first: "DevFest BKK 2024" and "DevFest Bangkok 2024", "PyCon KR" and
    "PyCon Korea", "JSConf EU" and "JSConf Europe". Only when one written-out word fits."""
    names = {name for member in members for name in member.note.event_names}
    shorts = [
        (name.split(), at)
        for name in names
        for at, word in enumerate(name.split())
        if at and 2 <= len(word) <= 4 and word.isascii() and word.isalpha() and word.isupper()
    ]
    if not shorts:
        return []  # most collections: no name with a word in short capitals after its first
    pairs: list[tuple[str, str]] = []
    for words, at in shorts:
        short_key = event_key(" ".join(words))[0]
        if short_key not in keys:
            continue
        capitals = words[at].lower()
        fits = set()
        for name in names:
            other = name.split()
            if (
                len(other) != len(words)
                or [w.lower() for w in other[:at]] != [w.lower() for w in words[:at]]
                or [w.lower() for w in other[at + 1 :]] != [w.lower() for w in words[at + 1 :]]
            ):
                continue
            word = other[at].lower()
            if len(word) > len(capitals) + 1 and word.isalpha() and _in_order(capitals, word):
                key = event_key(name)[0]
                if key in keys and key != short_key:
                    fits.add(key)
        if len(fits) == 1:
            pairs.append((short_key, fits.pop()))
    return pairs


def _in_order(capitals: str, word: str) -> bool:
    """Whether ``word`` begins with the first capital and holds the others after it, in order."""
    if word[:1] != capitals[:1]:
        return False
    at = 1
    for letter in capitals[1:]:
        at = word.find(letter, at) + 1
        if not at:
            return False
    return True


def _near_in_time(these: tuple[list[str], list[str]], those: tuple[list[str], list[str]]) -> bool:
    """Whether two names one letter apart can be one event by the days their notes give: no
    days on one side, or days within two weeks of each other ("Codemotion Milão" and
    "Codemotion Milano" on the same days are one event; "DevFest Lisbon" in March and "DevFest
    Lisboa" in November are two). A side whose notes state no day but were posted on one was
    there before it: a post a few weeks after the other side's days is about them."""
    (days, posted), (other, other_posted) = these, those
    if days and other:
        return _days_near(days, other)
    if days or other:
        stated, after = (days, other_posted) if days else (other, posted)
        if not after:
            return True
        start = dt.date.fromisoformat(stated[0]) - dt.timedelta(days=_SPAN_MAX_DAYS)
        end = dt.date.fromisoformat(stated[-1]) + dt.timedelta(days=_POSTED_MAX_DAYS)
        return any(start <= dt.date.fromisoformat(day) <= end for day in after)
    if not posted or not other_posted:
        return True
    return _days_near(posted, other_posted)


# How long after an event a post about it that states no day may still be one of its notes.
_POSTED_MAX_DAYS = 60


def _nearest(days: list[str], others: dict[str, list[str]]) -> list[str]:
    """The keys of ``others`` whose stated days are nearest ``days`` ("DevFest" on 11-24 is
    the Seoul edition of 11-23..24, not the Busan one of 12-07): all of them when a side
    states no day or two are as near."""
    if not days or not all(others.values()):
        return list(others)
    gaps = {key: _gap(days, other) for key, other in others.items()}
    least = min(gaps.values())
    return [key for key, gap in gaps.items() if gap == least]


def _gap(days: list[str], other: list[str]) -> int:
    first, last = max(days[0], other[0]), min(days[-1], other[-1])
    if first <= last:
        return 0
    return (dt.date.fromisoformat(first) - dt.date.fromisoformat(last)).days


def _days_near(days: list[str], other: list[str]) -> bool:
    """Two runs of days overlap or lie within two weeks of each other."""
    first = max(days[0], other[0])
    last = min(days[-1], other[-1])
    if first <= last:
        return True  # the spans overlap
    gap = dt.date.fromisoformat(first) - dt.date.fromisoformat(last)
    return gap.days <= _SPAN_MAX_DAYS


def _named_event(group: list[_Member], events: dict[str, EventInfo]) -> EventInfo:
    names: Counter[str] = Counter()  # spelling → how many notes use it (weighted)
    for member in group:
        own = [
            n
            for n in (member.note.event or "", *member.note.event_names)
            if event_key(n)[0] and _same(event_key(n)[0], member)
        ]
        if own:
            # the way a person writes it ("DevConf 2025" in a title) over a folder's or a
            # tag's lower-case spelling ("devconf-2025")
            # the spelling of the name the note was filed by ("QCon London 2024" in its tag)
            # over a shorter one its title writes ("QCon Tuesday" → "QCon")
            exact = [n for n in own if event_key(n)[0] == member.key]
            written = min(
                exact or own,
                key=lambda name: (name == name.lower(), name.isupper(), _slug_spelling(name)),
            )
            shown = display_name(written)
            # a spelling read from a slug ("rubykaigi-2024" → "Rubykaigi 2024") counts half:
            # the way people write the name ("RubyKaigi 2024") wins over it; unless the note's
            # own text writes it so ("Codemotion Milano 2024" in a sentence)
            slugged = _slug_spelling(shown) and written not in _in_text(member.note)
            names[shown] += 0.5 if slugged else 1.0
    for short in [n for n in names if len(event_key(n)[0]) <= 4]:
        # "DK 2024" beside "DroidKnights 2024": the name its initials stand for is shown
        spelt = [n for n in names if n != short and _initials(n) == event_key(short)[0]]
        if len(spelt) == 1:
            names[spelt[0]] += names.pop(short)
    _fold_cases(names)
    years = Counter(m.year for m in group if m.year)
    year = max(years, key=lambda year: (years[year], year)) if years else None
    ranked = sorted(names.items(), key=lambda pair: (-pair[1], -_has_year(pair[0]), pair[0]))
    title = ranked[0][0] if ranked else UNNAMED
    if _slug_spelling(title):
        # six posts tagged "gophercon-korea-2024" and two titles writing "GopherCon Korea 2024":
        # the same name, spelt the way people write it
        written = [n for n, _ in ranked if n.casefold() == title.casefold() and n != title]
        title = written[0] if written else title
    doubles = Counter(
        double.shown
        for member in group
        for double in double_names(member.note)
        if event_key(double.shown)[1] in (None, year)
    )
    if doubles:
        # the name that says both conferences, not the half most notes write
        title = max(doubles, key=lambda shown: (doubles[shown], _has_year(shown), shown))
    shown_year = year if year is not None or not ranked else _posting_year(group)
    if shown_year is not None and not _has_year(title) and not _edition_numbered(title):
        title = f"{title} {shown_year}"
    # and its notes' days without a year ("Codecamp Cluj 7 nov", a phone note) fall in it
    year = shown_year
    title = _as_written(title, group)
    info = _new_event(title, events, year)
    timed: list[str] = []
    own: list[str] = []  # the days notes say they are about, without spans
    for member in group:
        note = member.note
        info.dates.extend(_stated_dates(note, year, with_timed=False))
        if note.date and note.date_kind == "timed":
            timed.append(note.date)
        if not note.day_of_talks:
            own.extend(d for v in note.dates if (d := _full(v, year, note.date)))
        if note.date and note.date_kind == "event":
            own.append(note.date)
    info.dates = sorted(set(info.dates) | _session_days(timed, info.dates))
    known = [day for day in own if info.holds(day)]
    info.first_talk_day = min(known) if known else None
    info.day_one = _day_one(group, year)
    return info


_EDITION_POSTS_DAYS = 45  # posts about one edition come out within weeks of it
# the number of one meeting of a series: "#7", "No. 8", "8회", "第8回", "vol. 3"
_MEETING_NUMBER = lazy(r"(?:#|№|\bno\.|\bvol\.) ?\d{1,3}\b|\d{1,3} ?회(?!\w)|第\d{1,3}回", re.I)


def _posting_year(group: list[_Member]) -> int | None:
    """The year of an edition named without one ("Codecamp Cluj, editia de toamna"): the
    year its notes were posted in, when they were posted within weeks of each other (a series
    posted about month after month, "Rust Seoul Meetup", is no one edition of a year)."""
    if any(m.how == "frontmatter" for m in group):
        return None  # "event: Summit": the name its writer gave, as given
    if any(_MEETING_NUMBER.search(m.note.title) for m in group):
        return None  # "Go Busan Meetup #7", "밋업 8회": one evening of a numbered series
    posted = sorted(m.note.date for m in group if m.note.date)
    if not posted or posted[0][:4] != posted[-1][:4]:
        return None
    try:
        first, last = (dt.date.fromisoformat(day[:10]) for day in (posted[0], posted[-1]))
    except ValueError:
        return None
    return first.year if (last - first).days <= _EDITION_POSTS_DAYS else None


def _fold_cases(names: Counter[str]) -> None:
    """Spellings that differ only in case are one: their notes count for the one written with
    capitals ("droidkaigi 2024" in one note, "DroidKaigi 2024" in others), and as a person
    writes it rather than as a slug reads ("JavaZone Oslo 2025" over "Javazone Oslo 2025")."""
    folded: dict[str, list[str]] = {}
    for name in names:
        folded.setdefault(name.casefold(), []).append(name)
    for spellings in folded.values():
        if len(spellings) > 1:
            best = min(
                spellings,
                key=lambda n: (n == n.lower(), _slug_spelling(n), -names[n], n),
            )
            for name in spellings:
                if name != best:
                    names[best] += names.pop(name)


def _day_one(group: list[_Member], year: int | None) -> str | None:
    """The day the notes call "Day 1": each note naming its day ("Day 2", "2일차", "二日目")
    beside a date says where Day 1 falls; the day most of them agree on."""
    anchors: Counter[str] = Counter()
    for member in group:
        note = member.note
        named = list(note.named_days)  # "| 11/13 (수) | Day 1 키노트 |", "## Day 2 (11월 5일)"
        number = note.day_number
        if number is not None and number >= 1 and not note.day_of_talks and note.dates:
            named.append((number, note.dates[0]))
        for number, value in dict.fromkeys(named):
            stated = _full(value, year, note.date)
            if stated is not None:
                day_one = dt.date.fromisoformat(stated) - dt.timedelta(days=number - 1)
                anchors[day_one.isoformat()] += 1
    ranked = anchors.most_common(2)
    if not ranked or (len(ranked) > 1 and ranked[0][1] == ranked[1][1]):
        return None
    return ranked[0][0]


def _day_one_with_joined(
    members: list[_Member], events: Mapping[str, EventInfo], event_of: Mapping[str, str]
) -> None:
    """Day 1 of an event whose named notes do not say where it falls, from every note that
    joined it by its days, folder or neighbours too (an Arabic post titled "اليوم الثاني"
    written 15 October): the day a chat began or a trip's first day is not Day 1."""
    unset = {event_id for event_id, info in events.items() if info.day_one is None and info.dates}
    if not unset:
        return
    joined: dict[str, list[_Member]] = {}
    for member in members:
        event_id = event_of[member.note.path]
        if event_id in unset and member.key is None:
            joined.setdefault(event_id, []).append(member)
    for event_id, added in joined.items():
        info = events[event_id]
        group = [m for m in members if event_of[m.note.path] == event_id]
        day_one = _day_one(group, info.year) if added else None
        if day_one is not None and info.holds(day_one):
            info.day_one = day_one


def _initials(name: str) -> str:
    """ "DroidKnights 2024" → "dk", "EuroPython" → "ep": a name's capitals."""
    return "".join(c for c in name if "A" <= c <= "Z").lower()


def _letters(name: str) -> str:
    return "".join(ch for ch in name.casefold() if ch.isalnum())


def _as_written(title: str, group: list[_Member]) -> str:
    """The event's name as a note's text writes it, when the name most notes give is the
    same letters from file or folder names, which drop what a file name cannot hold: a
    Notion export's folder "AWS reInvent 2024 참관기" under a page titled "# AWS re:Invent
    2024 참관기"."""
    written = [name for member in group for name in _in_text(member.note)]
    if any(display_name(name) == title for name in written):
        return title
    letters = _letters(title)
    found = Counter(
        shown
        for name in written
        if _letters(shown := display_name(name)) == letters and len(shown) > len(title)
    )
    return min(found, key=lambda name: (-found[name], name)) if found else title


def _days_from_edition_tables(notes: list[Note], events: dict[str, EventInfo]) -> None:
    """An edition whose notes give no date takes the days a front page's table of editions
    gives it (``| 2023 | PyCon APAC | Tokyo | Oct 27–28 |``)."""
    undated = [info for info in events.values() if not info.dates and info.year]
    tables = edition_days(notes) if undated else {}
    for info in undated if tables else ():
        row = tables.get((event_key(info.title)[0], info.year or 0))
        if row is None:
            continue
        name, days = row
        info.dates = list(days)
        spelt = f"{name} {info.year}"
        if _slug_spelling(info.title) and spelt.casefold() == info.title.casefold():
            info.title = spelt  # "Javaland 2023" from its folder, "JavaLand" in the table


def _editions_as_written(events: dict[str, EventInfo]) -> None:
    """An edition named only by its folders ("2023/pycon-apac/" → "Pycon Apac 2023") is
    spelt as the notes write another edition of it ("PyCon APAC 2024")."""
    slugged = [info for info in events.values() if info.year and _slug_spelling(info.title)]
    for info in slugged:
        year = str(info.year)
        for other in events.values():
            if other is info or not other.year or other.title == info.title:
                continue
            spelt = other.title.replace(str(other.year), year)
            if spelt != other.title and spelt.casefold() == info.title.casefold():
                info.title = spelt
                break


def _in_text(note: Note) -> set[str]:
    """The event names a note writes in its title, text or fact lines (not read from a slug)."""
    return {
        name
        for name, where in zip(note.event_names, note.event_sources, strict=False)
        if where in ("title", "body", "fact")
    }


def _session_days(timed: list[str], stated: list[str]) -> set[str]:
    """The days a blog's post times say the event had: the run of consecutive days most
    posts fall on (a post written before the event or days after it is dated when it was
    posted, not when a session was), and any within a day of the days the text states."""
    if not timed:
        return set()
    days = sorted(set(timed))
    counts = Counter(timed)
    runs: list[list[str]] = [[days[0]]]
    for day in days[1:]:
        gap = (dt.date.fromisoformat(day) - dt.date.fromisoformat(runs[-1][-1])).days
        if gap <= 1:
            runs[-1].append(day)
        else:
            runs.append([day])
    kept = set(max(runs, key=lambda run: sum(counts[d] for d in run)))
    if stated:
        first = dt.date.fromisoformat(min(stated)) - dt.timedelta(days=1)
        last = dt.date.fromisoformat(max(stated)) + dt.timedelta(days=1)
        near = {d for d in days if first <= dt.date.fromisoformat(d) <= last}
        # posts dated days after the days their text states were posted then (a series of
        # posts the week after): only the post times near the stated days are sessions
        return near if near or len(stated) > 1 else kept
    return kept


def _slug_spelling(name: str) -> bool:
    """Whether a name is spelt exactly as ``slug_event`` spells a slug of it."""
    return slug_event("-".join(name.lower().split())) == name


def _same(key: str, member: _Member) -> bool:
    other = member.key or ""
    return key == other or (
        min(len(key), len(other)) >= _PREFIX_MIN
        and (key.startswith(other) or other.startswith(key))
    )


def _has_year(name: str) -> bool:
    return event_key(name)[1] is not None


def _edition_numbered(name: str) -> bool:
    """A name that ends in its edition's number ("DEF CON 32", "ROOTCON 17"): it says which
    year without one."""
    last = name.rsplit(None, 1)[-1]
    return last.isdigit() and len(last) <= 3 and name != last


def _new_event(title: str, events: dict[str, EventInfo], year: int | None) -> EventInfo:
    base = slug(title)
    event_id, number = base, 1
    while event_id in events:
        number += 1
        event_id = f"{base}~{number}"
    info = EventInfo(event_id, title, year)
    events[event_id] = info
    return info


def _stated_dates(note: Note, year: int | None, *, with_timed: bool = True) -> list[str]:
    """The event's days as this note states them: its own days and the span it gives, and
    its frontmatter date when that is the event's or a session time (``with_timed``). A
    front page's table of several editions states the days of each, none of one event's."""
    if (note.dates or note.span) and lists_editions(note):
        return []
    out: list[str] = []
    reference = note.date
    for value in note.dates:
        full = _full(value, year, reference)
        if full:
            out.append(full)
    if note.span is not None:
        first = _full(note.span[0], year, reference)
        last = _full(note.span[1], year, reference)
        if first and last and first <= last:
            start = dt.date.fromisoformat(first)
            end = dt.date.fromisoformat(last)
            if (end - start).days <= _SPAN_MAX_DAYS:
                out.extend(
                    (start + dt.timedelta(days=n)).isoformat()
                    for n in range((end - start).days + 1)
                )
    if note.date and (note.date_kind == "event" or (with_timed and note.date_kind == "timed")):
        out.append(note.date)
    first = _first_day(note, _full(note.dates[0], year, reference) if note.dates else None)
    if first is not None:
        out.append(first)
    return out


def _first_day(note: Note, stated: str | None) -> str | None:
    """The event's first day, from a note that says it is "Day N" and writes its date: "# Day 2"
    over "June 13, 2024" says the event began on June 12 (so Day 2 is the date written, not the
    day after it)."""
    number = note.day_number
    if stated is None or number is None or not 1 < number <= _SPAN_MAX_DAYS:
        return None
    if note.day_of_talks:
        return None  # "Day 2 of talks": the tutorials may have come before Day 1
    return (dt.date.fromisoformat(stated) - dt.timedelta(days=number - 1)).isoformat()


def _full(value: str, year: int | None, reference: str | None) -> str | None:
    """A stated day as an ISO date: its own year, else the event's, else the posting date's."""
    if not value.startswith("--"):
        return value
    if year is not None:
        return with_year(value, year)
    return complete_year(value, reference)


def _attach_by_folder_name(
    unnamed: list[_Member], events: dict[str, EventInfo], event_of: dict[str, str]
) -> None:
    """A note whose folder's name holds every word of one event's name joins it:
    `jekyll-rubykaigi/` holds RubyKaigi 2024, `meetup-rust-seoul/` Rust Seoul Meetup; so does
    one with a heading naming a day of it (`## Devoxx day 3`)."""
    if not events:
        return
    event_words = {
        event_id: words
        for event_id, info in events.items()
        if (words := frozenset(w for w in normalize(info.title).split() if not is_year(w)))
    }
    firsts: dict[str, list[str]] = {}  # an event name's first word → the events
    for event_id, info in events.items():
        words = [w for w in normalize(info.title).split() if not is_year(w)]
        if words and len(words[0]) >= 3:
            firsts.setdefault(words[0], []).append(event_id)
    for member in unnamed:
        note = member.note
        folders = [
            frozenset(normalize(name).split())
            for name, where in zip(note.event_names, note.event_sources, strict=False)
            if where == "folder-weak"
        ]
        held = {
            event_id: len(words)
            for event_id, words in event_words.items()
            if folders and any(words <= folder for folder in folders)
        }
        if not held:
            held = _day_heading_names(note, firsts)
        if not held:
            held = _heard_talk_names(note, event_words, firsts)
        if not held and note.title:
            # a title naming the event without its year or a conference word: "Due talk che mi
            # porto via da Codemotion Milano" (Codemotion Milano 2024)
            title_words = frozenset(normalize(note.title).split())
            held = {
                event_id: len(words)
                for event_id, words in event_words.items()
                if sum(map(len, words)) >= _TITLE_NAME_MIN and words <= title_words
            }
        if not held:
            continue
        best = sorted(held.items(), key=lambda pair: -pair[1])
        if len(best) == 1 or best[0][1] > best[1][1]:
            event_of[note.path] = best[0][0]
            member.how = "folder-name"


_HANGUL_RUN = lazy(r"[\uac00-\ud7a3]+")
_LATIN_LETTER = lazy(r"[a-z]")
# Hangul words before a year in a title: "깃허브 유니버스 2024 키노트 실시간 정리"
_HANGUL_NAME_YEAR = lazy(r"((?:[가-힣]{2,} ){0,2}[가-힣]{2,}) ?((?:19|20)\d\d)(?!\d)")
_SPELLED_ALIKE = (
    60.0  # loose spellings of a Hangul name and a Latin one, 0-100 (깃허브 유니버스: 70)
)


def _attach_by_hangul_spelling(
    unnamed: list[_Member], events: dict[str, EventInfo], event_of: dict[str, str]
) -> None:
    """A note whose title writes an event's Latin name in Hangul before its year ("깃허브
    유니버스 2024" for GitHub Universe 2024, "쿠버네티스 커뮤니티 데이 2024") joins that event:
    the one event of that year whose name is spelt alike (romanize.loose_spelling)."""
    from rapidfuzz import fuzz

    from summit_tui.corpus.romanize import loose_spelling

    latin: dict[int, list[tuple[str, str]]] = {}  # year → (loose name, event id)
    for event_id, info in events.items():
        words = [w for w in normalize(info.title).split() if not is_year(w)]
        if info.year and words and all(w.isascii() for w in words):
            latin.setdefault(info.year, []).append((loose_spelling("".join(words)), event_id))
    if not latin:
        return
    for member in unnamed:
        title = member.note.title or ""
        if member.note.path in event_of or ("20" not in title and "19" not in title):
            continue
        for name, year in _HANGUL_NAME_YEAR.findall(title):
            heard = loose_spelling("".join(name.split()))
            alike = {
                event_id
                for spelled, event_id in latin.get(int(year), ())
                if fuzz.ratio(heard, spelled) >= _SPELLED_ALIKE
            }
            if len(alike) == 1:
                event_of[member.note.path] = alike.pop()
                member.how = "title"
                break


def _attach_by_indic_spelling(
    unnamed: list[_Member], events: dict[str, EventInfo], event_of: dict[str, str]
) -> None:
    """A note whose title writes an event's Latin name in Devanagari or Bengali before its
    year ("রুটকনফ ২০২৫" for Rootconf 2025, "पाइकॉन इंडिया २०२४" for PyCon India 2024) joins
    that event: the one event of that year whose name sounds alike (its consonants)."""
    from summit_tui.corpus.indic_names import INDIC_DIGITS, INDIC_NAME_YEAR, name_sound

    titles = [
        (member, title.translate(INDIC_DIGITS))
        for member in unnamed
        if member.note.path not in event_of
        and (title := member.note.title or "")
        and not title.isascii()
        and _INDIC_QUICK.search(title)
    ]
    if not titles:
        return
    latin: dict[int, dict[str, set[str]]] = {}  # year → sound of the name → event ids
    for event_id, info in events.items():
        words = [w for w in info.title.split() if not is_year(w)]
        if info.year and words and all(w.isascii() and w.isalnum() for w in words):
            latin.setdefault(info.year, {}).setdefault(name_sound(words), set()).add(event_id)
    for member, title in titles:
        for name, year in INDIC_NAME_YEAR.findall(title):
            words = name.split()
            # the name may follow other words of the title: its last one to four words
            found = {
                event_id
                for start in range(len(words))
                if len(sound := name_sound(words[start:])) >= 3
                for event_id in latin.get(int(year), {}).get(sound, ())
            }
            if len(found) == 1:
                event_of[member.note.path] = found.pop()
                member.how = "title"
                break


_INDIC_QUICK = lazy(r"[\u0900-\u09ff]")
_HEADING_LINE = lazy(r"^ {0,3}#{1,6}[ \t]+(.+)$", re.MULTILINE)


def _day_heading_names(note: Note, firsts: Mapping[str, list[str]]) -> dict[str, int]:
    """The events whose name's first word (``firsts``) a heading of the note writes beside a
    conference day: a daily note's `## Devoxx day 3` is a day of Devoxx Belgium 2024."""
    found: dict[str, int] = {}
    for heading in _HEADING_LINE.findall(note.body[:20_000]):
        if day_number(heading) is None:
            continue
        for word in normalize(heading).split():
            ids = firsts.get(word, ())
            if len(ids) == 1:
                found[ids[0]] = 1
    return found


# What Korean and Japanese write right after a name: "우아콘에서", "PyCon의", "Kaigiで"
_PARTICLE = lazy(r"(?:에서|에선|에|의|은|는|이|가|을|를|와|과|도|で|の|に|は|へ)$")
_HEARD_NAME_MIN = 3  # letters of an event's name such a heading must hold


def _heard_talk_names(
    note: Note, event_words: Mapping[str, frozenset[str]], firsts: Mapping[str, list[str]]
) -> dict[str, int]:
    """The events a heading about a talk its writer heard names, whole or by the first word
    of its name when that is one event's: a TIL page's `## 어제 우아콘에서 들은 쿠폰 트래픽
    세션 복습` is about a talk at 우아콘 2024, `## Revisiting yesterday's RustFest talk` one
    at RustFest Seoul 2024."""
    found: dict[str, int] = {}
    for heading in _HEADING_LINE.findall(note.body[:20_000]):
        if not heard_talk(heading):
            continue
        words = set()
        for word in normalize(heading).split():
            words.add(word)
            words.add(_PARTICLE.sub("", word))
        for event_id, name in event_words.items():
            if sum(map(len, name)) >= _HEARD_NAME_MIN and name <= words:
                found[event_id] = len(name)
        for word in words:
            ids = firsts.get(word, ())
            if len(ids) == 1:
                found.setdefault(ids[0], 1)
    return found


def _attach_by_date(
    unnamed: list[_Member],
    events: dict[str, EventInfo],
    event_of: dict[str, str],
    members: list[_Member],
) -> None:
    """A note that names no event joins the one event whose days include its day; failing
    that, the one event with a note dated that day (a meetup's notes, each with its
    `date:`: "# Rust Seoul #14 (May 16)" joins the meetup whose May notes say 2024-05-16)."""
    dated: dict[str, set[str]] = {}
    for member in members:
        if member.key and member.note.date:
            dated.setdefault(member.note.date, set()).add(event_of[member.note.path])
    for member in unnamed:
        note = member.note
        if note.path in event_of:
            continue
        days = set(_stated_dates(note, member.year))
        if note.date:
            days.add(note.date)
        partial = {v[1:] for v in note.dates if v.startswith("--")}  # "-11-04"
        hits = Counter()
        for info in events.values():
            for date in info.dates:
                if date in days or date[4:] in partial:
                    hits[info.id] += 1
        if not hits:
            found = {
                event_id
                for date, ids in dated.items()
                if date in days or date[4:] in partial
                for event_id in ids
            }
            hits.update(found if len(found) == 1 else ())
        if not hits and note.date and note.date_kind in ("created", "edited"):
            # a notes app's stamp the night after or the morning before an event's day ("Edited:
            # Jun 15, 2025, 1:48 AM" after its Saturday): that event's note, when only one is near
            near = _one_near(note.date, events)
            hits.update((near,) if near else ())
        if hits:
            best = hits.most_common(2)
            if len(best) == 1 or best[0][1] > best[1][1]:
                event_of[note.path] = best[0][0]
                member.how = "date"


def _one_near(day: str, events: Mapping[str, EventInfo]) -> str | None:
    """The one event with a day next to ``day`` (one before or after), else None."""
    date = dt.date.fromisoformat(day)
    around = {(date + dt.timedelta(days=n)).isoformat() for n in (-1, 1)}
    found = [info.id for info in events.values() if not around.isdisjoint(info.dates)]
    return found[0] if len(found) == 1 else None


def _attach_by_folder(
    unnamed: list[_Member], members: list[_Member], event_of: dict[str, str]
) -> None:
    """An undated note that names no event, in a folder whose notes all name one event."""
    folder_events: dict[str, set[str]] = {}
    for member in members:
        if member.key:
            folder = str(PurePosixPath(member.note.path).parent)
            folder_events.setdefault(folder, set()).add(event_of[member.note.path])
    for member in unnamed:
        note = member.note
        if note.path in event_of or note.dates or note.date or note.span:
            continue
        found = folder_events.get(str(PurePosixPath(note.path).parent), set())
        if len(found) == 1:
            event_of[note.path] = next(iter(found))
            member.how = "folder-neighbours"


def _attach_by_weak_folder(unnamed: list[_Member], event_of: dict[str, str]) -> None:
    """A note that names no event and joined none, whose only clue is a folder name it shares
    with notes that all joined one event (a list's digest beside its archive pages, both
    under ``lists/dc32-crew/``): that event."""
    joined: dict[str, set[str]] = {}
    for member in unnamed:
        if member.weak_key and member.note.path in event_of:
            joined.setdefault(member.weak_key, set()).add(event_of[member.note.path])
    if not joined:
        return
    for member in unnamed:
        if member.weak_key and member.note.path not in event_of:
            found = joined.get(member.weak_key, set())
            if len(found) == 1:
                event_of[member.note.path] = next(iter(found))
                member.how = "folder-neighbours"


# The file names of a folder's front page: a repository's README, a site's index.
# (an mdBook's or GitBook's SUMMARY.md, whose title names the book)
_INDEX_NAMES = frozenset({"readme", "index", "_index", "home", "about", "summary"})


def _attach_by_index(
    unnamed: list[_Member], members: list[_Member], event_of: dict[str, str]
) -> None:
    """A note that names no event and joined none takes the event of the nearest folder
    front page above it or beside it (a README.md or index.md that names one event: "My notes
    from NDC Oslo 2024 (June 12–14, 2024)"), whose days then date its "Day 2" or "Thursday"."""
    index_event: dict[str, str] = {}  # folder → the event its front page names
    for member in members:
        path = PurePosixPath(member.note.path)
        if member.key and path.stem.lower() in _INDEX_NAMES:
            index_event.setdefault(str(path.parent), event_of[member.note.path])
    if not index_event:
        return
    for member in unnamed:
        note = member.note
        if note.path in event_of:
            continue
        for folder in PurePosixPath(note.path).parents:
            found = index_event.get(str(folder))
            if found is not None:
                event_of[note.path] = found
                member.how = "folder-index"
                break


def _attach_by_links(
    unnamed: list[_Member], members: list[_Member], event_of: dict[str, str]
) -> None:
    """A note that names no event and joined none takes the one event of the pages it links
    to (a daily note's ``[[Наблюдаемость за 0 рублей]]``, whose folder names HighLoad++ 2024):
    weaker than anything the note says itself, so only after all of that."""
    waiting = [m for m in unnamed if m.note.path not in event_of and "[[" in m.note.body]
    if not waiting:
        return
    from summit_tui.corpus.page_links import linked_pages, pages_by_name

    pages = pages_by_name(m.note.path for m in members)
    named = {m.note.path: event_of[m.note.path] for m in members if m.key}
    for member in waiting:
        found = {
            named[path]
            for page in linked_pages(member.note.body)
            if (path := pages.get(page)) is not None and path in named
        }
        if len(found) == 1:
            event_of[member.note.path] = found.pop()
            member.how = "links"


def _folder_events(
    unnamed: list[_Member], events: dict[str, EventInfo], event_of: dict[str, str]
) -> bool:
    """Notes that joined no event and share a folder name that is their only clue form the
    event that folder names."""
    groups: dict[str, list[_Member]] = {}
    for member in unnamed:
        if member.weak_key and member.note.path not in event_of:
            groups.setdefault(member.weak_key, []).append(member)
    formed = False
    for group in groups.values():
        if len(group) < 2:
            continue
        for member in group:
            member.key, member.how = member.weak_key, "folder-weak"
        info = _named_event(group, events)
        for member in group:
            event_of[member.note.path] = info.id
        formed = True
    return formed


def _attach_by_shared_talks(
    unnamed: list[_Member], members: list[_Member], event_of: dict[str, str]
) -> None:
    """A note that names no event and joined none, whose talk headings other notes of one
    event write word for word (a volunteer's room log): that event."""
    pending = [m for m in unnamed if m.note.path not in event_of]
    if not pending:
        return
    bodies: dict[str, list[str]] = {}
    for member in members:
        if member.note.path in event_of:
            bodies.setdefault(event_of[member.note.path], []).append(member.note.body)
    if not bodies:
        return
    for member in pending:
        event_id = event_by_talks(member.note, bodies)
        if event_id is not None:
            event_of[member.note.path] = event_id
            member.how = "talks"


def _attach_to_the_one_event(
    unnamed: list[_Member], events: dict[str, EventInfo], event_of: dict[str, str]
) -> None:
    """An undated note that names no event and joined none (an open space's shared doc, "Open
    Space - staging.md" in a ``gdocs/`` folder) among notes that all named one event: that one.
    """
    if len(events) != 1:
        return
    only = next(iter(events))
    for member in unnamed:
        note = member.note
        if note.path in event_of or note.dates or note.date or note.span:
            continue
        # its day of the week ("**When / where:** Friday, 14:00") is one of that event's
        # days, and a label names its speaker ("**Convener:** Name"); a page without them (an
        # index, a reading list, a shopping list for Saturday) may be about no event
        head = note.body.split("\n", 12)[:12]
        if not weekdays("\n".join(head)) or not any(map(LABEL_LINE.match, head)):
            continue
        event_of[note.path] = only
        member.how = "only-event"


def _attach_by_bare_name(
    unnamed: list[_Member], events: dict[str, EventInfo], event_of: dict[str, str]
) -> None:
    """A note that joined no event but names one without its year in its title or opening
    ("Το περασμένο Σάββατο στο DEVit …", "Thoughts after the keynote at Voxxed Days
    Thessaloniki"), and a talk (its speaker or title): that event, when no other event has that
    name and the note was not written before it. The name is a brand's (a capital inside it,
    or several words), never one word any sentence may hold."""
    pending = [m for m in unnamed if m.note.path not in event_of]
    if not pending:
        return
    bases: dict[str, list[str]] = {}
    for info in events.values():
        base, _, year = info.title.rpartition(" ")
        if info.year is None or year != str(info.year) or len(base) < 4:
            continue
        if " " in base or any(c.isupper() or c.isdigit() for c in base[1:]):
            bases.setdefault(base, []).append(info.id)
    for member in pending:
        note = member.note
        if not (note.speakers or note.talk_title):
            continue  # a reading list naming the event in passing is no note of it
        head = f"{note.title}\n{note.body[:1500]}"
        found = {
            ids[0]
            for base, ids in bases.items()
            if len(ids) == 1
            and base in head
            and re.search(rf"(?<!\w){re.escape(base)}(?![\w-])", head) is not None
        }
        if len(found) != 1:
            continue
        (event_id,) = found
        info = events[event_id]
        if note.date and info.dates and note.date < info.dates[0]:
            continue  # written before the event: plans, not notes of it
        event_of[note.path] = event_id
        member.how = "bare-name"


# Words of an event's name that name no one event: its kind, a place, what a title says
_NOT_BRAND_WORDS = frozenset(("days", "week", "annual", "international", "global", "open"))


def _attach_by_brand_word(
    unnamed: list[_Member],
    members: list[_Member],
    events: dict[str, EventInfo],
    event_of: dict[str, str],
) -> None:
    """A note that joined no event and whose title names it by the one word of its name that
    is a brand, as people shorten it ("Lab weekly #87 — Indaba special" for Deep Learning
    Indaba 2024): that event, when the note was written during it or in the weeks after. A
    brand's word is capitalised, in no other event's name, and no note writes it in lower
    case (as notes write "learning" or "summit")."""
    pending = [m for m in unnamed if m.note.path not in event_of and m.note.title]
    if not pending:
        return
    owners: dict[str, set[str]] = {}
    for info in events.values():
        base, _, year = info.title.rpartition(" ")
        if info.year is None or year != str(info.year) or " " not in base:
            continue  # a one-word name is matched whole (_attach_by_bare_name)
        for word in base.split():
            low = word.lower()
            if (
                len(word) >= 4
                and word[0].isupper()
                and word.isalpha()
                and low not in _NOT_BRAND_WORDS
                and not label_kind(low)
                and low not in CITY_KEYS
            ):
                owners.setdefault(word, set()).add(info.id)
    brands = {word: ids.pop() for word, ids in owners.items() if len(ids) == 1}
    if not brands:
        return
    lowered: dict[str, bool] = {}
    for member in pending:
        note = member.note
        found = {brands[word] for word in re.findall(r"[^\W\d_]+", note.title) if word in brands}
        if len(found) != 1:
            continue
        (event_id,) = found
        word = next(w for w in re.findall(r"[^\W\d_]+", note.title) if brands.get(w) == event_id)
        if word not in lowered:
            pattern = re.compile(rf"(?<![^\W\d_]){re.escape(word.lower())}(?![^\W\d_])")
            lowered[word] = any(pattern.search(m.note.body) for m in members)
        if lowered[word]:
            continue
        info = events[event_id]
        if note.date and info.dates:
            after = dt.date.fromisoformat(note.date) - dt.date.fromisoformat(info.dates[-1])
            if note.date < info.dates[0] or after.days > _EDITION_POSTS_DAYS:
                continue  # plans before it, or another year's news
        event_of[note.path] = event_id
        member.how = "brand"


def _unnamed_events(
    unnamed: list[_Member], events: dict[str, EventInfo], event_of: dict[str, str]
) -> None:
    """Notes that name no event and joined none: one event per day they give."""
    by_day: dict[str | None, list[_Member]] = {}
    for member in unnamed:
        if member.note.path in event_of:
            continue
        days = sorted(set(_stated_dates(member.note, member.year)))
        day = days[0] if days else member.note.date
        by_day.setdefault(day, []).append(member)
    for day, group in sorted(by_day.items(), key=lambda pair: (pair[0] is None, pair[0] or "")):
        kinds = Counter(m.note.event_kind for m in group if m.note.event_kind)
        kind = kinds.most_common(1)[0][0] if kinds else UNNAMED
        title = f"{kind} {day}" if day else UNNAMED
        info = _new_event(title, events, int(day[:4]) if day else None)
        if day:
            info.dates = [day]
        for member in group:
            event_of[member.note.path] = info.id


# -- days ------------------------------------------------------------------------------------


def note_day(note: Note, event: EventInfo | None) -> tuple[str | None, str]:
    """The day a note is about, and where that came from."""
    year = event.year if event is not None else None
    posted = note.date
    if note.date_kind == "edited":
        posted = None  # when a notes app last saw it edited: it joins an event by it, no more
    if posted and note.date_kind == "event":
        return posted, "frontmatter"
    stated, how = _stated_day(note, event, year, posted)
    if posted is not None:
        if day_date(stated) is not None and (stated < posted or note.date_kind == "created"):
            # the body says an earlier day: posted later; a notes app's creation stamp is
            # when the page was begun, and what the page says of its day comes first
            return stated, how
        late = event is not None and bool(event.dates) and posted > event.dates[-1]
        if note.date_kind == "created" and event is not None and event.dates:
            late = late or posted < event.dates[0]  # begun while planning the trip
        if stated is None and note.date_kind in ("plain", "created") and late and event:
            # posted after the event: the posting date, not the event's
            return (event.dates[0], "event") if len(event.dates) == 1 else (None, "none")
        if stated is None and note.date_kind == "plain" and not (event and event.dates):
            from summit_tui.corpus.day_recaps import counts_several_days

            if counts_several_days(note.body):
                # "## Day 1" … "## Day 2" in a post: its days are the ones its sections count,
                # none of them the day it was posted
                return None, "none"
        return posted, "frontmatter"
    if stated is not None:
        return stated, how
    if event is not None and len(event.dates) == 1:
        return event.dates[0], "event"
    return None, "none"


def _stated_day(
    note: Note, event: EventInfo | None, year: int | None, posted: str | None
) -> tuple[str | None, str]:
    """The day the note's own text gives: a date in its title, folders or first lines, its
    "Day N", a day of the week within its event's days, or a date its first lines
    mention within them."""
    for value in note.dates:
        full = _full(value, year, posted)
        if full:
            return full, "text"
    if event is None:
        return None, "none"
    if note.day_weekday is not None and (named := event.weekday(note.day_weekday)) is not None:
        return named, "weekday"  # "siku ya 3 - Jumatano", as "Dag 1 (onsdag)" under a heading
    named_days = [d for w in note.weekdays if (d := event.weekday(w))]
    if note.day_number is not None and not (note.day_number == LAST_DAY and named_days):
        day = event.day_number(note.day_number, of_talks=note.day_of_talks) or event.undated_day(
            note.day_number
        )
        if day:
            return day, "day number"
    if named_days:
        before = [d for d in named_days if posted is None or d < posted]
        return (max(before) if before and posted else named_days[0]), "weekday"
    for value in note.mentioned_dates:
        full = _full(value, year, posted)
        if full and (event.holds(full) or (not event.dates and posted and full < posted)):
            return full, "text"
    return None, "none"


def hint_day(hint: str, note_day_: str | None, event: EventInfo | None) -> str | None:
    """The day a heading names for the parts under it ("Day 2", "11월 5일")."""
    if hint.startswith("night:"):  # "## Sat night ~00:30 …": the day after the one it is under
        under = hint_day(hint[6:], note_day_, event) if hint[6:] else day_date(note_day_)
        return (dt.date.fromisoformat(under) + dt.timedelta(days=1)).isoformat() if under else None
    if hint.startswith("weekday:"):  # "## Wed": that weekday within the event's days
        return event.weekday(int(hint[8:])) if event is not None else None
    if hint.startswith("rel:"):  # "## 어제 … 들은 세션": the day before the page's own
        own = day_date(note_day_)
        if own is None:
            return None
        return (dt.date.fromisoformat(own) + dt.timedelta(days=int(hint[4:]))).isoformat()
    if hint.startswith("mday:"):  # "## Sat 5", "## 5일 (토)": the 5th within the event's days
        _, day, weekday = hint.split(":")
        if event is None:
            return None
        return event.month_day(int(day), int(weekday), day_date(note_day_))
    if hint.startswith("day:"):
        number_text, _, weekday = hint[4:].partition(":weekday:")
        number = int(number_text)
        if event is None:
            return None
        if weekday and (named := event.weekday(int(weekday))) is not None:
            return named  # "Dag 1 (onsdag)": the weekday it names wins over its count
        if day_date(note_day_) is not None:  # the note's own date stands for its undated days
            return event.day_number(number)
        return event.day_number(number) or event.undated_day(number)
    year = event.year if event is not None else None
    return _full(hint, year, day_date(note_day_))


def events_by_path(placements: Mapping[str, Placement]) -> dict[str, str]:
    return {path: placement.event_id for path, placement in placements.items()}
