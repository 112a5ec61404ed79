"""frab/pretalx schedule JSON → Program: hand-written fixtures, the pretalx export, bad input."""

from __future__ import annotations

import copy
import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from summit_tui.corpus.model import Item, ItemKind, Problem, Program, Severity
from summit_tui.corpus.schedule import load_schedule

DATA = Path(__file__).parent / "data" / "schedules"
MINICON = DATA / "minicon.schedule.json"
GUID = "3f1c1a52-5b1e-4c57-9a0e-0a1b2c3d4e0{}"


def _items(program: Program) -> dict[str, Item]:
    return {item.id: item for item in program.items()}


def _by_title(program: Program) -> dict[str, Item]:
    return {item.title: item for item in program.items()}


def _write(tmp_path: Path, data: Any, name: str = "schedule.json") -> Path:
    path = tmp_path / name
    text = data if isinstance(data, str) else json.dumps(data, ensure_ascii=False, indent=1)
    path.write_text(text, encoding="utf-8")
    return path


def _minicon() -> dict:
    return json.loads(MINICON.read_text(encoding="utf-8"))


def _event(**fields: Any) -> dict:
    base = {
        "guid": "00000000-0000-4000-8000-000000000001",
        "date": "2024-11-04T10:00:00+09:00",
        "start": "10:00",
        "duration": "00:30",
        "room": "Hall",
        "title": "A talk",
    }
    base.update(fields)
    return {k: v for k, v in base.items() if v is not None}


def _schedule(*events: dict, zone: str | None = "Asia/Seoul") -> dict:
    conference: dict[str, Any] = {
        "acronym": "tiny",
        "title": "Tiny Conf",
        "days": [{"index": 1, "date": "2024-11-04", "rooms": {"Hall": list(events)}}],
    }
    if zone:
        conference["time_zone_name"] = zone
    return {"schedule": {"version": "1", "conference": conference}}


def _messages(problems: list[Problem]) -> str:
    return "\n".join(p.message for p in problems)


# -- the hand-written fixture -------------------------------------------------------------


def test_fixture_imports_cleanly_into_one_event_with_two_days() -> None:
    program, problems = load_schedule(MINICON)
    assert problems == []
    (event,) = program.events
    assert (event.id, event.title, event.time_zone) == ("minicon", "MiniCon 2024", "Asia/Seoul")
    assert [(d.date, d.label) for d in event.days] == [
        ("2024-11-04", "Day 1"),
        ("2024-11-05", "Day 2"),
    ]
    assert len(_items(program)) == 8


def test_session_after_midnight_is_on_its_calendar_date_as_in_an_ics() -> None:
    # listed under 4 November, it starts at 00:30 on the 5th: an .ics of the same program
    # puts it on the 5th, and so do notes dated by the calendar
    program, _ = load_schedule(MINICON)
    late = _items(program)[GUID.format(3)]
    assert late.start == "2024-11-05T00:30:00+09:00"
    assert late.day == "2024-11-05"
    day2 = program.events[0].days[1]
    assert late in [item for track in day2.tracks for item in track.items]


def test_item_fields_come_from_the_event() -> None:
    program, _ = load_schedule(MINICON)
    item = _items(program)[GUID.format(1)]
    assert item.title == "AI의 미래"
    assert item.titles == ("The Vision for the Future of AI",)  # the subtitle
    assert item.event == "minicon"
    assert (item.track, item.room, item.type) == ("Keynote", "Grand Ballroom", "Keynote")
    assert (item.start, item.duration) == ("2024-11-04T13:30:00+09:00", "00:30")
    assert item.abstract == "Microsoft의 관점에서 본 AI 기술의 미래."
    assert item.url == "https://minicon.example/talk/KEY01/"
    # no abstract: the description stands in
    assert _items(program)[GUID.format(2)].abstract == "Powering AI with advanced nuclear energy."


def test_persons_in_both_spellings_become_speakers() -> None:
    program, _ = load_schedule(MINICON)
    items = _items(program)
    assert [p.name for p in items[GUID.format(1)].speakers] == ["Rani Borkar"]  # name
    assert [p.name for p in items[GUID.format(2)].speakers] == ["Chris Levesque"]  # public_name
    # both keys on one person, and a mix within one event, without duplicates
    assert [p.name for p in items[GUID.format(3)].speakers] == ["Ada Park", "Bo Kim"]


def test_track_is_the_events_track_else_its_room_in_schedule_order() -> None:
    program, _ = load_schedule(MINICON)
    day1, day2 = program.events[0].days
    assert [t.name for t in day1.tracks] == [
        "Keynote",
        "Infrastructure",
        "Room 201",  # "track": null → the room
        "Exhibition Hall",  # booth-only tracks last
    ]
    assert [t.name for t in day2.tracks] == ["Keynote", "Research"]
    keynote = day1.tracks[0]
    assert [i.start[11:16] for i in keynote.items if i.start] == ["13:30", "14:00"]


def test_exhibition_booth_and_poster_become_booths() -> None:
    program, _ = load_schedule(MINICON)
    kinds = {item.title: item.kind for item in program.items()}
    assert kinds["NVIDIA AI Enterprise"] is ItemKind.BOOTH  # type Booth, Exhibition Hall
    assert kinds["Student Posters"] is ItemKind.BOOTH  # type "Poster session"
    assert kinds["HBM and the Memory Wall"] is ItemKind.SESSION
    assert sum(k is ItemKind.BOOTH for k in kinds.values()) == 2


def test_stand_up_is_not_a_booth(tmp_path: Path) -> None:
    path = _write(tmp_path, _schedule(_event(title="Stand-up comedy", type="Standup")))
    program, _ = load_schedule(path)
    assert next(program.items()).kind is ItemKind.SESSION


def test_unknown_keys_are_ignored_and_missing_optional_ones_tolerated(tmp_path: Path) -> None:
    event = _event(x_custom={"nested": [1, 2]}, do_not_stream="maybe")
    data = _schedule(event)
    data["schedule"]["conference"]["extra"] = "ignored"
    program, problems = load_schedule(_write(tmp_path, data))
    assert problems == []
    (item,) = program.items()
    assert item.title == "A talk"
    assert item.track == "Hall"  # no track: the room
    assert item.speakers == ()
    assert (item.abstract, item.url, item.type) == (None, None, None)


# -- ids ---------------------------------------------------------------------------------


def test_ids_are_kept_so_links_survive_reimport() -> None:
    program, _ = load_schedule(MINICON)
    assert set(_items(program)) == {GUID.format(n) for n in range(1, 9)}


def test_without_guid_the_code_or_id_is_prefixed_with_the_acronym(tmp_path: Path) -> None:
    events = [
        _event(guid=None, code="AB12CD", title="By code"),
        _event(guid=None, id=42, title="By id"),
    ]
    program, problems = load_schedule(_write(tmp_path, _schedule(*events)))
    assert problems == []
    assert set(_items(program)) == {"tiny-ab12cd", "tiny-42"}


def test_an_event_without_any_id_gets_one_from_its_title_with_a_warning(tmp_path: Path) -> None:
    program, problems = load_schedule(_write(tmp_path, _schedule(_event(guid=None))))
    assert list(_items(program)) == ["tiny-a-talk"]
    (problem,) = problems
    assert problem.severity is Severity.WARNING
    assert '"A talk"' in problem.message and "guid" in problem.message


# -- bad input ---------------------------------------------------------------------------


def test_a_file_that_is_not_json_nor_icalendar(tmp_path: Path) -> None:
    path = _write(tmp_path, "[build-system]\nrequires = []\n", "pyproject.toml")
    program, problems = load_schedule(path)
    assert list(program.items()) == []
    (problem,) = problems
    assert problem.severity is Severity.ERROR
    assert problem.path == path.as_posix()
    assert "JSON" in problem.message and "iCalendar" in problem.message


def test_broken_json_names_the_line(tmp_path: Path) -> None:
    path = _write(tmp_path, '{"schedule": {\n  "version": "1",\n  "conference": {,}\n}}')
    program, problems = load_schedule(path, display="broken.json")
    assert list(program.items()) == []
    (problem,) = problems
    assert (problem.path, problem.line, problem.severity) == ("broken.json", 3, Severity.ERROR)
    assert "not valid JSON" in problem.message


@pytest.mark.parametrize(
    "data",
    [
        {"version": 1, "events": []},  # program.yaml-ish JSON
        [{"title": "a list of talks"}],
        {"schedule": {"version": "1"}},
        {"schedule": {"conference": {"title": "x", "days": {"1": []}}}},
    ],
)
def test_json_of_a_schema_it_does_not_know(tmp_path: Path, data: Any) -> None:
    program, problems = load_schedule(_write(tmp_path, data))
    assert program.events == ()
    (problem,) = problems
    assert problem.severity is Severity.ERROR
    assert "not a frab/pretalx schedule" in problem.message


def test_unreadable_and_non_utf8_files_are_problems(tmp_path: Path) -> None:
    _, problems = load_schedule(tmp_path / "missing.json")
    assert "cannot read" in _messages(problems)
    path = tmp_path / "latin1.json"
    path.write_bytes('{"schedule": "caf\xe9"}'.encode("latin-1"))
    _, problems = load_schedule(path)
    assert "not UTF-8" in _messages(problems)


def test_an_event_without_title_is_named_by_id_and_the_rest_imports(tmp_path: Path) -> None:
    events = [
        _event(guid="aaaaaaaa-0000-4000-8000-000000000001", title="   "),
        _event(guid="aaaaaaaa-0000-4000-8000-000000000002", title="Kept"),
    ]
    path = _write(tmp_path, _schedule(*events))
    program, problems = load_schedule(path)
    assert [i.title for i in program.items()] == ["Kept"]
    (problem,) = problems
    assert problem.severity is Severity.ERROR
    assert "aaaaaaaa-0000-4000-8000-000000000001" in problem.message
    assert "no title" in problem.message
    lines = path.read_text().splitlines()
    assert problem.line == next(n for n, line in enumerate(lines, 1) if "000000000001" in line)


def test_times_without_a_zone_use_the_conference_zone_with_a_warning(tmp_path: Path) -> None:
    path = _write(tmp_path, _schedule(_event(date="2024-11-04T10:00:00", title="Naive")))
    program, problems = load_schedule(path)
    assert next(program.items()).start == "2024-11-04T10:00:00+09:00"
    (problem,) = problems
    assert problem.severity is Severity.WARNING
    assert '"Naive"' in problem.message and "date" in problem.message
    assert "time zone" in problem.message and "Asia/Seoul" in problem.action


def test_times_without_any_zone_are_left_out_and_the_item_kept(tmp_path: Path) -> None:
    data = _schedule(_event(date="2024-11-04T10:00:00", title="Naive"), zone=None)
    program, problems = load_schedule(_write(tmp_path, data))
    (item,) = program.items()
    assert (item.title, item.day, item.start) == ("Naive", "2024-11-04", None)
    (problem,) = problems
    assert '"Naive"' in problem.message and "no time zone" in problem.message


def test_start_without_date_is_read_on_the_listed_day(tmp_path: Path) -> None:
    path = _write(tmp_path, _schedule(_event(date=None, start="09:15")))
    program, _ = load_schedule(path)
    assert next(program.items()).start == "2024-11-04T09:15:00+09:00"


def test_bad_date_and_duration_are_named(tmp_path: Path) -> None:
    path = _write(tmp_path, _schedule(_event(date="tomorrow", duration="half an hour")))
    program, problems = load_schedule(path)
    item = next(program.items())
    assert (item.start, item.duration) == (None, None)
    text = _messages(problems)
    assert 'date "tomorrow"' in text and 'duration "half an hour"' in text
    assert text.count('"A talk"') == 2


def test_duplicate_ids_keep_the_first_and_name_the_second(tmp_path: Path) -> None:
    events = [_event(title="First"), _event(title="Second")]
    program, problems = load_schedule(_write(tmp_path, _schedule(*events)))
    assert [i.title for i in program.items()] == ["First"]
    (problem,) = problems
    assert problem.severity is Severity.ERROR
    assert '"Second"' in problem.message and "duplicate" in problem.message


def test_wrong_types_do_not_crash(tmp_path: Path) -> None:
    data = _schedule(
        _event(title=42, guid="bbbbbbbb-0000-4000-8000-000000000001"),
        "not an event",
        _event(guid="bbbbbbbb-0000-4000-8000-000000000002", persons="nobody", links=None),
    )
    data["schedule"]["conference"]["days"].append("not a day")
    program, problems = load_schedule(_write(tmp_path, data))
    assert [i.title for i in program.items()] == ["A talk"]
    assert len(problems) == 3
    assert "bbbbbbbb-0000-4000-8000-000000000001" in _messages(problems)


# -- the published schema and the real pretalx export --------------------------------------


def _schema_errors(schema: dict, value: Any) -> list[str]:
    """A small JSON-schema check: $ref, type, enum, pattern, required, properties, items."""
    errors: list[str] = []
    py_types = {
        "object": dict,
        "array": list,
        "string": str,
        "integer": int,
        "number": (int, float),
        "boolean": bool,
        "null": type(None),
    }

    def walk(node: Any, value: Any, path: str) -> None:
        if node is False:
            errors.append(f"{path}: not allowed")
        if not isinstance(node, dict):
            return
        if "$ref" in node:
            walk(schema["definitions"][node["$ref"].removeprefix("#/definitions/")], value, path)
            return
        if "type" in node:
            names = node["type"] if isinstance(node["type"], list) else [node["type"]]
            ok = any(
                isinstance(value, py_types[n])
                and not (n in ("integer", "number") and isinstance(value, bool))
                for n in names
            )
            if not ok:
                errors.append(f"{path}: expected {node['type']}")
                return
        if "enum" in node and value not in node["enum"]:
            errors.append(f"{path}: {value!r} not in {node['enum']}")
        if isinstance(value, str) and "pattern" in node and not re.search(node["pattern"], value):
            errors.append(f"{path}: {value!r} does not match {node['pattern']}")
        if isinstance(value, dict):
            errors.extend(
                f"{path}: missing {k}" for k in node.get("required", ()) if k not in value
            )
            for key, sub in value.items():
                if key in node.get("properties", {}):
                    walk(node["properties"][key], sub, f"{path}.{key}")
                    continue
                patterns = [
                    s for p, s in node.get("patternProperties", {}).items() if re.search(p, key)
                ]
                for sub_schema in patterns:
                    walk(sub_schema, sub, f"{path}[{key!r}]")
                if not patterns and node.get("additionalProperties") is False:
                    errors.append(f"{path}: unknown key {key}")
        if isinstance(value, list) and "items" in node:
            for i, sub in enumerate(value):
                walk(node["items"], sub, f"{path}[{i}]")

    walk(schema, value, "$")
    return errors


@pytest.fixture
def frab_schema(fixtures_dir: Path) -> dict:
    return json.loads((fixtures_dir / "frab-schedule.schema.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", ["minicon.schedule.json", "skai2024-keynotes.schedule.json"])
def test_hand_written_fixtures_follow_the_published_schema(frab_schema: dict, name: str) -> None:
    data = json.loads((DATA / name).read_text(encoding="utf-8"))
    assert _schema_errors(frab_schema, data) == []


def test_the_schema_check_catches_a_broken_fixture(frab_schema: dict) -> None:
    data = copy.deepcopy(_minicon())
    event = data["schedule"]["conference"]["days"][0]["rooms"]["Room 201"][0]
    del event["guid"]
    event["surprise"] = True
    errors = _schema_errors(frab_schema, data)
    assert any("missing guid" in e for e in errors)
    assert any("unknown key surprise" in e for e in errors)


def test_real_pretalx_export(fixtures_dir: Path, frab_schema: dict) -> None:
    path = fixtures_dir / "pretalx-democon.schedule.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    assert _schema_errors(frab_schema, data) == []
    program, problems = load_schedule(path)
    assert problems == []
    (event,) = program.events
    assert (event.id, event.title) == ("democon", "DemoCon")
    assert [d.date for d in event.days] == ["2020-12-14", "2020-12-15", "2020-12-16"]
    items = _items(program)
    listed = [
        e["guid"]
        for day in data["schedule"]["conference"]["days"]
        for events in day["rooms"].values()
        for e in events
    ]
    assert sorted(items) == sorted(listed)
    first = items["8079583e-8321-506c-95af-fd2903a5f075"]
    assert first.title == "Focused 5thgeneration hardware"
    assert [p.name for p in first.speakers] == ["Brian Robinson"]  # from public_name
    assert (first.start, first.duration, first.room) == (
        "2020-12-14T09:00:00+01:00",
        "00:30",
        "Gray Room",
    )
    assert first.track == "Phased"
    assert {i.type for i in items.values()} == {"Talk", "Workshop"}
    assert all(i.kind is ItemKind.SESSION for i in items.values())


def test_importing_the_module_is_cheap() -> None:
    code = (
        "import sys\n"
        "import summit_tui.corpus.schedule\n"
        "print(sorted(m for m in ('icalendar', 'yaml', 'textual', 'rich') if m in sys.modules))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "[]"


# -- schedule v2: sessions in schedule.events[], days without rooms -------------------------

V2 = DATA / "devconf.schedule-v2.json"


def test_schedule_v2_imports_like_the_older_format() -> None:
    program, problems = load_schedule(V2)
    assert [p for p in problems if p.severity is Severity.ERROR] == []
    (event,) = program.events
    assert (event.id, event.title, event.time_zone) == (
        "devconf25",
        "DevConf Seoul 2025",
        "Asia/Seoul",
    )
    items = _items(program)
    queues = items["0b3f6e9a-1111-4000-8000-000000000001"]
    assert (queues.title, queues.titles) == (
        "큐 없이 이벤트 처리하기",
        ("Event processing without a queue",),
    )
    assert [p.name for p in queues.speakers] == ["김민지"]  # the speaker, not the moderator
    assert (queues.day, queues.track, queues.room, queues.duration) == (
        "2025-03-14",
        "Backend",
        "Hall A",
        "00:40",
    )
    late = items["0b3f6e9a-1111-4000-8000-000000000002"]
    assert late.day == "2025-03-15"  # 00:15 after the evening of the 14th: the 15th
    assert late.track == "Frontend" and [p.name for p in late.speakers] == ["Jiwoo Park"]
    booths = items["0b3f6e9a-1111-4000-8000-000000000003"]
    assert (booths.kind, booths.day) == (ItemKind.BOOTH, "2025-03-15")
    assert [d.date for d in event.days] == ["2025-03-14", "2025-03-15"]


def test_schedule_v2_with_an_unknown_time_zone_says_so_as_the_older_format_does(
    tmp_path: Path,
) -> None:
    data = json.loads(V2.read_text(encoding="utf-8"))
    data["schedule"]["conference"]["time_zone_name"] = "Asia/Nowhere"
    program, problems = load_schedule(_write(tmp_path, data))
    assert any(p.severity is Severity.WARNING and "Asia/Nowhere" in p.message for p in problems)
    assert list(program.items())  # the sessions still import


def test_a_file_that_is_no_schedule_gets_one_clear_message(tmp_path: Path, fixtures_dir) -> None:
    program, problems = load_schedule(fixtures_dir / "frab-schedule.schema.json")
    assert not list(program.items())
    assert [(p.severity, p.line) for p in problems] == [(Severity.ERROR, 1)]
    assert "schedule v2" in problems[0].message
    no_sessions = {
        "schedule": {
            "conference": {
                "title": "X",
                "days": [{"date": "2024-11-04"}, {"date": "2024-11-05"}],
            }
        }
    }
    _, problems = load_schedule(_write(tmp_path, no_sessions))
    assert len(problems) == 1 and "schedule.events" in problems[0].message
