"""notes/program.yaml: the schema, and an error with a line for everything wrong in it."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest

from summit_tui.corpus.model import ItemKind, Person, Severity
from summit_tui.corpus.program import load_program, program_fingerprint

GOOD = """\
version: 1
events:
  - id: skai2024
    title: SK AI Summit 2024
    aliases: [SK AI SUMMIT, SK AI 서밋]
    venue: COEX, Seoul
    time_zone: Asia/Seoul
    days:
      - date: 2024-11-04
        tracks:
          - name: Keynote
            items:
              - id: skai2024-k05
                type: keynote
                number: 5
                title: AI의 미래
                titles: [The Vision for the Future of AI]
                speakers:
                  - name: Rani Borkar
                    affiliation: Microsoft CVP
                    aliases: [라니 보카]
                start: 2024-11-04T13:30:00+09:00
                duration: "00:30"
              - id: skai2024-k06
                title: Panel
                speakers: Kai-Fu Lee (01.AI)
                duration: 00:45
          - name: Exhibition
            items:
              - id: skai2024-b-allganize
                kind: booth
                title: Allganize
                aliases: [allganize]
      - date: null
        label: Somewhere
        tracks: []
  - id: seminar-2023
    title: Generative AI seminar
    days:
      - date: "2023-03-29"
        tracks:
          - name: Talks
            items:
              - id: seminar-2023-1
                title: Generative AI의 기술적 기반과 미래
"""


def write(tmp_path: Path, text: str, name: str = "program.yaml") -> Path:
    path = tmp_path / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def test_a_good_program_loads_completely(tmp_path: Path) -> None:
    program, problems = load_program(write(tmp_path, GOOD))
    assert problems == []
    assert [e.id for e in program.events] == ["skai2024", "seminar-2023"]
    skai = program.events[0]
    assert skai.aliases == ("SK AI SUMMIT", "SK AI 서밋")
    assert (skai.venue, skai.time_zone) == ("COEX, Seoul", "Asia/Seoul")
    assert [(d.date, d.label) for d in skai.days] == [("2024-11-04", "Day 1"), (None, "Somewhere")]
    items = {item.id: item for item in program.items()}
    k05 = items["skai2024-k05"]
    assert (k05.event, k05.day, k05.track, k05.kind) == (
        "skai2024",
        "2024-11-04",
        "Keynote",
        ItemKind.SESSION,
    )
    assert k05.titles == ("The Vision for the Future of AI",)
    assert k05.speakers == (Person("Rani Borkar", "Microsoft CVP", ("라니 보카",)),)
    assert (k05.number, k05.type, k05.duration) == (5, "keynote", "00:30")
    assert k05.start == "2024-11-04T13:30:00+09:00"
    assert items["skai2024-k06"].speakers == (Person("Kai-Fu Lee", "01.AI"),)
    assert items["skai2024-k06"].duration == "00:45"  # unquoted 00:45 is base-60 in YAML 1.1
    booth = items["skai2024-b-allganize"]
    assert (booth.kind, booth.track, booth.aliases) == (
        ItemKind.BOOTH,
        "Exhibition",
        ("allganize",),
    )
    assert items["seminar-2023-1"].day == "2023-03-29"


def test_unknown_key_is_an_error_with_its_line_and_the_rest_loads(tmp_path: Path) -> None:
    text = GOOD.replace("                type: keynote\n", "                colour: red\n")
    program, problems = load_program(write(tmp_path, text))
    assert len(problems) == 1
    problem = problems[0]
    assert (problem.path, problem.line, problem.severity) == ("program.yaml", 14, Severity.ERROR)
    assert "colour" in problem.message
    assert len(list(program.items())) == 4


def test_unknown_top_level_and_event_keys(tmp_path: Path) -> None:
    text = "version: 1\nevnts: []\nevents:\n  - id: e\n    title: E\n    dates: []\n"
    program, problems = load_program(write(tmp_path, text))
    assert [(p.line, "evnts" in p.message or "dates" in p.message) for p in problems] == [
        (2, True),
        (6, True),
    ]
    assert [e.id for e in program.events] == ["e"]


def test_wrong_type_names_the_key_and_line(tmp_path: Path) -> None:
    program, problems = load_program(write(tmp_path, GOOD.replace("number: 5", 'number: "five"')))
    assert len(problems) == 1
    assert problems[0].line == 15
    assert "'number'" in problems[0].message
    assert "five" in problems[0].message
    item = next(i for i in program.items() if i.id == "skai2024-k05")
    assert item.number is None
    assert item.title == "AI의 미래"


@pytest.mark.parametrize(
    ("old", "new", "line", "word"),
    [
        ("date: 2024-11-04", "date: 4 Nov", 9, "date"),
        ("kind: booth", "kind: stand", 31, "kind"),
        ("tracks: []", "tracks: nope", 36, "list"),
        ('duration: "00:30"', "duration: half an hour", 23, "duration"),
        ("start: 2024-11-04T13:30:00+09:00", "start: after lunch", 22, "start"),
        ("title: Panel", "title: [a, b]", 25, "text"),
    ],
)
def test_bad_values_are_errors(tmp_path: Path, old: str, new: str, line: int, word: str) -> None:
    assert old in GOOD
    program, problems = load_program(write(tmp_path, GOOD.replace(old, new, 1)))
    assert [p.line for p in problems][:1] == [line]
    assert word in problems[0].message
    assert problems[0].severity is Severity.ERROR
    assert program.events  # the rest still loads


def test_duplicate_item_id_drops_the_second(tmp_path: Path) -> None:
    text = GOOD.replace("id: skai2024-k06", "id: skai2024-k05")
    program, problems = load_program(write(tmp_path, text))
    assert [(p.line, "duplicate" in p.message) for p in problems] == [(24, True)]
    titles = [i.title for i in program.items() if i.id == "skai2024-k05"]
    assert titles == ["AI의 미래"]


def test_missing_required_fields_skip_only_that_part(tmp_path: Path) -> None:
    text = GOOD.replace("                title: Panel\n", "")
    program, problems = load_program(write(tmp_path, text))
    assert len(problems) == 1
    assert "'title'" in problems[0].message
    assert problems[0].line == 24
    assert "skai2024-k06" not in {i.id for i in program.items()}
    assert len(list(program.items())) == 3


def test_invalid_yaml_is_an_error_with_a_line(tmp_path: Path) -> None:
    program, problems = load_program(write(tmp_path, "events:\n  - id: a\n    title: [x\n"))
    assert program.events == ()
    assert problems[0].severity is Severity.ERROR
    assert problems[0].line in (3, 4)


def test_not_a_mapping(tmp_path: Path) -> None:
    program, problems = load_program(write(tmp_path, "- id: a\n"))
    assert program.events == ()
    assert problems[0].line == 1
    assert "mapping" in problems[0].message


def test_event_id_format_and_duplicates(tmp_path: Path) -> None:
    text = "events:\n  - id: Big Event\n    title: A\n  - id: Big Event\n    title: B\n"
    program, problems = load_program(write(tmp_path, text))
    assert [e.title for e in program.events] == ["A"]
    assert [p.line for p in problems] == [2, 4, 4]


def test_unreadable_or_missing_file(tmp_path: Path) -> None:
    program, problems = load_program(tmp_path / "program.yaml")
    assert program.events == ()
    assert problems[0].severity is Severity.ERROR


def test_import_merges_a_schedule_with_extra_events(tmp_path: Path, fixtures_dir: Path) -> None:
    schedule = tmp_path / "schedule.json"
    schedule.write_bytes((fixtures_dir / "pretalx-democon.schedule.json").read_bytes())
    event_id = json.loads(schedule.read_text())["schedule"]["conference"]["acronym"]
    text = "import: schedule.json\nevents:\n  - id: extra\n    title: Extra\n"
    program, problems = load_program(write(tmp_path, text))
    assert not [p for p in problems if p.severity is Severity.ERROR]
    assert [e.id for e in program.events][-1] == "extra"
    assert any(e.id == event_id for e in program.events)
    assert len(list(program.items())) > 0


def test_import_of_a_missing_file_is_an_error_on_its_line(tmp_path: Path) -> None:
    program, problems = load_program(write(tmp_path, "version: 1\nimport: nope.json\n"))
    assert program.events == ()
    assert [(p.line, p.severity) for p in problems] == [(2, Severity.ERROR)]


def test_fingerprint_follows_the_file_and_its_import(tmp_path: Path) -> None:
    schedule = write(tmp_path, "{}", "schedule.json")
    path = write(tmp_path, "import: schedule.json\n")
    first = program_fingerprint(path)
    assert program_fingerprint(path) == first
    schedule.write_text('{"changed": true}')
    second = program_fingerprint(path)
    assert second != first
    path.write_text("import: schedule.json\nevents: []\n")
    assert program_fingerprint(path) != second
