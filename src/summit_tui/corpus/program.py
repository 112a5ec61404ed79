"""notes/program.yaml → Program, with a file line for every problem.

The file is composed into YAML nodes (not loaded into plain dicts) so that each
unknown key, wrong type or duplicate id can be reported at its own line, and
everything else in the file still loads. The schema is in the README.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path, PurePosixPath
from typing import Any

from summit_tui.corpus.model import (
    Day,
    Event,
    Item,
    ItemKind,
    Person,
    Problem,
    Program,
    Severity,
    Track,
)
from summit_tui.lazy_re import lazy

TOP_KEYS = {"version", "import", "events"}
EVENT_KEYS = {"id", "title", "aliases", "venue", "time_zone", "days"}
DAY_KEYS = {"date", "label", "tracks"}
TRACK_KEYS = {"name", "items"}
ITEM_KEYS = {
    "id",
    "kind",
    "type",
    "number",
    "title",
    "titles",
    "speakers",
    "aliases",
    "start",
    "duration",
    "room",
    "abstract",
    "url",
}
PERSON_KEYS = {"name", "affiliation", "aliases"}
_EVENT_ID = lazy(r"^[a-z0-9][a-z0-9-]*$")
_SPEAKER_TEXT = lazy(r"^(?P<name>[^()]+?)\s*\((?P<aff>[^()]*)\)\s*$")
_DURATION = lazy(r"^(\d{1,2}):(\d{2})(?::\d{2})?$")
_IMPORT_LINE = lazy(r"^import\s*:\s*['\"]?(?P<file>[^'\"#\n]+?)['\"]?\s*(?:#.*)?$", re.M)


def program_fingerprint(path: Path) -> str:
    """Changes whenever program.yaml or the schedule it imports changes."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError:
        return f"{path}:absent"
    parts = [str(path), hashlib.blake2b(data, digest_size=16).hexdigest()]
    match = _IMPORT_LINE.search(data.decode("utf-8", "replace"))
    if match:
        imported = path.parent / match.group("file").strip()
        try:
            info = imported.stat()
            changed = (info.st_mtime_ns, info.st_ctime_ns, info.st_size, info.st_ino)
            parts.append(f"{imported}:{changed}")
        except OSError:
            parts.append(f"{imported}:absent")
    return "|".join(parts)


def load_program(path: Path, *, rel: str | None = None) -> tuple[Program, list[Problem]]:
    """Read a program file. Never raises: problems are returned, the rest loads.

    ``rel`` is the name problems use for the file (default: its file name).
    """
    path = Path(path)
    reader = _Reader(rel or path.name)
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except OSError as error:
        reader.error(None, f"cannot read program file: {error.strerror or error}", "no program")
        return Program(source=str(path)), reader.problems
    except UnicodeDecodeError as error:
        reader.error(None, f"program file is not UTF-8 ({error.reason})", "no program")
        return Program(source=str(path)), reader.problems

    import yaml

    from summit_tui.corpus.bounded_yaml import YamlLimit, compose

    try:
        root = compose(text)
    except YamlLimit as error:  # an alias bomb, deep nesting, a huge file: not built at all
        reader.error(error.line, f"program file {error.message}", "no program loaded")
        return Program(source=str(path)), reader.problems
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None) or getattr(error, "context_mark", None)
        line = mark.line + 1 if mark is not None else None
        reason = getattr(error, "problem", None) or str(error).splitlines()[0]
        reader.error(line, f"program file is not valid YAML: {reason}", "no program loaded")
        return Program(source=str(path)), reader.problems
    if root is None:
        reader.add(None, Severity.WARNING, "program file is empty", "no program")
        return Program(source=str(path)), reader.problems
    events = reader.program(root, path)
    return Program(events=tuple(events), source=str(path)), reader.problems


class _Reader:
    def __init__(self, rel: str) -> None:
        from yaml.constructor import SafeConstructor

        self.rel = rel
        self.problems: list[Problem] = []
        self.constructor = SafeConstructor()
        self.item_ids: set[str] = set()

    # -- problems ------------------------------------------------------------------------

    def add(self, line: int | None, severity: Severity, message: str, action: str = "") -> None:
        self.problems.append(Problem(self.rel, line, severity, message, action))

    def error(self, line: int | None, message: str, action: str = "") -> None:
        self.add(line, Severity.ERROR, message, action)

    # -- nodes ---------------------------------------------------------------------------

    @staticmethod
    def line(node: Any) -> int:
        return node.start_mark.line + 1

    def value(self, node: Any) -> Any:
        try:
            return self.constructor.construct_object(node, deep=True)
        except Exception as error:  # a bad tag or timestamp: report, never crash
            self.error(self.line(node), f"cannot read value: {error}", "value ignored")
            return None

    def mapping(self, node: Any, allowed: set[str], what: str) -> dict[str, Any] | None:
        from yaml.nodes import MappingNode

        if not isinstance(node, MappingNode):
            self.error(self.line(node), f"{what} must be a mapping of keys", f"{what} skipped")
            return None
        out: dict[str, Any] = {}
        for key_node, value_node in node.value:
            key = str(self.value(key_node))
            if key not in allowed:
                known = ", ".join(sorted(allowed))
                self.error(
                    self.line(key_node),
                    f"unknown key {key!r} in {what} (known keys: {known})",
                    "key ignored",
                )
                continue
            if key in out:
                self.error(self.line(key_node), f"duplicate key {key!r} in {what}", "first kept")
                continue
            out[key] = value_node
        return out

    def sequence(self, fields: dict[str, Any], key: str, what: str) -> list[Any]:
        from yaml.nodes import ScalarNode, SequenceNode

        node = fields.get(key)
        if node is None:
            return []
        if isinstance(node, SequenceNode):
            return list(node.value)
        if isinstance(node, ScalarNode) and self.value(node) is None:
            return []
        self.error(self.line(node), f"{key!r} in {what} must be a list", "ignored")
        return []

    def text(self, fields: dict[str, Any], key: str, what: str) -> str | None:
        from yaml.nodes import ScalarNode

        node = fields.get(key)
        if node is None:
            return None
        value = self.value(node) if isinstance(node, ScalarNode) else node
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, (str, int, float)):
            self.error(self.line(node), f"{key!r} in {what} must be text", "ignored")
            return None
        text = str(value).strip()
        return text or None

    def texts(self, fields: dict[str, Any], key: str, what: str) -> tuple[str, ...]:
        from yaml.nodes import ScalarNode, SequenceNode

        node = fields.get(key)
        if node is None:
            return ()
        if isinstance(node, ScalarNode):
            single = self.text(fields, key, what)
            return (single,) if single else ()
        if not isinstance(node, SequenceNode):
            self.error(self.line(node), f"{key!r} in {what} must be a list of text", "ignored")
            return ()
        out: list[str] = []
        for child in node.value:
            value = self.text({key: child}, key, what)
            if value and value not in out:
                out.append(value)
        return tuple(out)

    def required(
        self, fields: dict[str, Any], key: str, what: str, node: Any, action: str
    ) -> str | None:
        value = self.text(fields, key, what)
        if value is None:
            self.error(self.line(node), f"{what} has no {key!r}", action)
        return value

    def converted(
        self, fields: dict[str, Any], key: str, what: str, convert: Callable[[Any], Any], hint: str
    ) -> Any:
        node = fields.get(key)
        if node is None:
            return None
        value = self.value(node)
        if value is None:
            return None
        result = convert(value)
        if result is None:
            self.error(
                self.line(node), f"{key!r} in {what} must be {hint}, not {value!r}", "ignored"
            )
        return result

    # -- the schema ----------------------------------------------------------------------

    def program(self, root: Any, path: Path) -> list[Event]:
        top = self.mapping(root, TOP_KEYS, "the program file")
        if top is None:
            return []
        version = self.converted(top, "version", "the program file", _int, "a whole number")
        if version is not None and version != 1:
            self.error(self.line(top["version"]), f"unknown program version {version}", "read as 1")
        events: list[Event] = []
        imported = self.text(top, "import", "the program file")
        if imported:
            shown = (PurePosixPath(self.rel).parent / imported).as_posix()
            events.extend(self.imported(path.parent / imported, shown, self.line(top["import"])))
        imported_ids = {e.id for e in events}
        for node in self.sequence(top, "events", "the program file"):
            event = self.event(node)
            if event is None:
                continue
            same = next((i for i, e in enumerate(events) if e.id == event.id), None)
            if same is None:
                events.append(event)
            elif event.id in imported_ids:
                events[same] = _merge_event(events[same], event)
            else:
                self.error(self.line(node), f"duplicate event id {event.id!r}", "second dropped")
        return events

    def imported(self, file: Path, shown: str, line: int) -> list[Event]:
        try:
            from summit_tui.corpus.schedule import load_schedule
        except ImportError:
            self.error(
                line, "cannot import a schedule: the schedule importer is missing", "skipped"
            )
            return []
        if not file.is_file():
            self.error(line, f"imported schedule {file} does not exist", "skipped")
            return []
        try:
            program, problems = load_schedule(file, display=shown)
        except Exception as error:  # a broken importer must not stop the program loading
            self.error(line, f"cannot import schedule {file}: {error}", "skipped")
            return []
        self.problems.extend(problems)
        for item in program.items():
            self.item_ids.add(item.id)
        return list(program.events)

    def event(self, node: Any) -> Event | None:
        fields = self.mapping(node, EVENT_KEYS, "an event")
        if fields is None:
            return None
        event_id = self.required(fields, "id", "an event", node, "event skipped")
        title = self.required(fields, "title", "an event", node, "event skipped")
        if event_id is None or title is None:
            return None
        what = f"event {event_id!r}"
        if not _EVENT_ID.match(event_id):
            self.error(
                self.line(fields["id"]),
                f"event id {event_id!r} should use only a-z, 0-9 and -",
                "loaded as written",
            )
        days: list[Day] = []
        for number, day_node in enumerate(self.sequence(fields, "days", what), start=1):
            day = self.day(day_node, event_id, number)
            if day is not None:
                days.append(day)
        return Event(
            id=event_id,
            title=title,
            days=tuple(days),
            aliases=self.texts(fields, "aliases", what),
            time_zone=self.text(fields, "time_zone", what),
            venue=self.text(fields, "venue", what),
        )

    def day(self, node: Any, event_id: str, number: int) -> Day | None:
        what = f"day {number} of {event_id!r}"
        fields = self.mapping(node, DAY_KEYS, what)
        if fields is None:
            return None
        date = self.converted(fields, "date", what, _iso_date, "an ISO date (YYYY-MM-DD)")
        label = self.text(fields, "label", what) or f"Day {number}"
        tracks: list[Track] = []
        for track_node in self.sequence(fields, "tracks", what):
            track = self.track(track_node, event_id, date, what)
            if track is not None:
                tracks.append(track)
        return Day(date=date, label=label, tracks=tuple(tracks))

    def track(self, node: Any, event_id: str, date: str | None, where: str) -> Track | None:
        fields = self.mapping(node, TRACK_KEYS, f"a track of {where}")
        if fields is None:
            return None
        name = self.required(fields, "name", f"a track of {where}", node, "track skipped")
        if name is None:
            return None
        items: list[Item] = []
        for item_node in self.sequence(fields, "items", f"track {name!r}"):
            item = self.item(item_node, event_id, date, name)
            if item is not None:
                items.append(item)
        return Track(name=name, items=tuple(items))

    def item(self, node: Any, event_id: str, date: str | None, track: str) -> Item | None:
        fields = self.mapping(node, ITEM_KEYS, f"an item of track {track!r}")
        if fields is None:
            return None
        item_id = self.required(fields, "id", f"an item of track {track!r}", node, "item skipped")
        if item_id is None:
            return None
        what = f"item {item_id!r}"
        if item_id in self.item_ids:
            self.error(self.line(fields["id"]), f"duplicate item id {item_id!r}", "second dropped")
            return None
        title = self.required(fields, "title", what, node, "item skipped")
        if title is None:
            return None
        self.item_ids.add(item_id)
        kind_text = (self.text(fields, "kind", what) or "session").lower()
        try:
            kind = ItemKind(kind_text)
        except ValueError:
            self.error(
                self.line(fields["kind"]),
                f"'kind' of {what} must be session or booth, not {kind_text!r}",
                "read as session",
            )
            kind = ItemKind.SESSION
        return Item(
            id=item_id,
            kind=kind,
            title=title,
            event=event_id,
            day=date,
            track=track,
            titles=self.texts(fields, "titles", what),
            speakers=self.speakers(fields, what),
            aliases=self.texts(fields, "aliases", what),
            number=self.converted(fields, "number", what, _int, "a whole number"),
            type=self.text(fields, "type", what),
            start=self.converted(fields, "start", what, _iso_datetime, "an ISO date and time"),
            duration=self.converted(fields, "duration", what, _duration, '"HH:MM"'),
            room=self.text(fields, "room", what),
            abstract=self.text(fields, "abstract", what),
            url=self.text(fields, "url", what),
        )

    def speakers(self, fields: dict[str, Any], what: str) -> tuple[Person, ...]:
        from yaml.nodes import MappingNode, ScalarNode, SequenceNode

        node = fields.get("speakers")
        if node is None:
            return ()
        nodes = node.value if isinstance(node, SequenceNode) else [node]
        people: list[Person] = []
        for child in nodes:
            if isinstance(child, ScalarNode):
                text = self.text({"speakers": child}, "speakers", what)
                if text:
                    people.append(_person_from_text(text))
            elif isinstance(child, MappingNode):
                person = self.mapping(child, PERSON_KEYS, f"a speaker of {what}")
                if person is None:
                    continue
                name = self.required(person, "name", f"a speaker of {what}", child, "skipped")
                if name:
                    people.append(
                        Person(
                            name=name,
                            affiliation=self.text(person, "affiliation", f"speaker {name!r}"),
                            aliases=self.texts(person, "aliases", f"speaker {name!r}"),
                        )
                    )
            else:
                self.error(self.line(child), f"a speaker of {what} must be a name", "skipped")
        return tuple(people)


def _person_from_text(text: str) -> Person:
    match = _SPEAKER_TEXT.match(text)
    if match:
        return Person(name=match.group("name").strip(), affiliation=match.group("aff").strip())
    return Person(name=text)


def _int(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.strip().isdigit():
        return int(value)
    return None


def _iso_date(value: Any) -> str | None:
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip()).isoformat()
        except ValueError:
            return None
    return None


def _iso_datetime(value: Any) -> str | None:
    if isinstance(value, dt.datetime):
        return value.isoformat()
    if isinstance(value, str):
        try:
            return dt.datetime.fromisoformat(value.strip()).isoformat()
        except ValueError:
            return None
    return None


def _duration(value: Any) -> str | None:
    # Unquoted 00:30 is a YAML 1.1 base-60 integer (30): read it as minutes.
    if isinstance(value, int) and not isinstance(value, bool) and value >= 0:
        return f"{value // 60:02d}:{value % 60:02d}"
    if isinstance(value, str):
        match = _DURATION.match(value.strip())
        if match:
            return f"{int(match.group(1)):02d}:{match.group(2)}"
    return None


def _merge_event(base: Event, extra: Event) -> Event:
    """program.yaml adding days, tracks or items to an imported event of the same id."""
    days = list(base.days)
    for day in extra.days:
        index = next((i for i, d in enumerate(days) if d.date == day.date), None)
        if index is None:
            days.append(day)
            continue
        tracks = list(days[index].tracks)
        for track in day.tracks:
            t = next((i for i, x in enumerate(tracks) if x.name == track.name), None)
            if t is None:
                tracks.append(track)
            else:
                tracks[t] = replace(tracks[t], items=tracks[t].items + track.items)
        days[index] = replace(days[index], tracks=tuple(tracks))
    return replace(
        base,
        days=tuple(days),
        aliases=tuple(dict.fromkeys(base.aliases + extra.aliases)),
        venue=base.venue or extra.venue,
        time_zone=base.time_zone or extra.time_zone,
    )
