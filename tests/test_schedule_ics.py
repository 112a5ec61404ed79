"""iCalendar (.ics) → Program: folded lines, TZID, UTC, booths, bad input."""

from __future__ import annotations

from pathlib import Path

from summit_tui.corpus.model import Item, ItemKind, Problem, Program, Severity
from summit_tui.corpus.schedule import load_schedule

DATA = Path(__file__).parent / "data" / "schedules"
MINICON = DATA / "minicon.ics"


def _items(program: Program) -> dict[str, Item]:
    return {item.id: item for item in program.items()}


def _ics(*events: str, header: str = "") -> str:
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//tests//EN"]
    if header:
        lines.append(header)
    for event in events:
        lines += ["BEGIN:VEVENT", *event.strip().splitlines(), "END:VEVENT"]
    lines.append("END:VCALENDAR")
    return "\r\n".join(lines) + "\r\n"


def _load(tmp_path: Path, text: str) -> tuple[Program, list[Problem]]:
    path = tmp_path / "calendar.ics"
    path.write_text(text, encoding="utf-8", newline="")
    return load_schedule(path)


def test_fixture_imports_one_event_named_by_the_calendar() -> None:
    program, problems = load_schedule(MINICON)
    assert problems == []
    (event,) = program.events
    assert (event.id, event.title, event.time_zone) == (
        "minicon-2024",
        "MiniCon 2024",
        "Asia/Seoul",
    )
    assert [d.date for d in event.days] == ["2024-11-04", "2024-11-05"]
    assert set(_items(program)) == {
        "minicon-key01@minicon.example",
        "minicon-late@minicon.example",
        "minicon-booth-nv@minicon.example",
        "minicon-hbm@minicon.example",
    }


def test_folded_lines_are_unfolded_and_text_unescaped() -> None:
    program, _ = load_schedule(MINICON)
    item = _items(program)["minicon-key01@minicon.example"]
    assert item.title == (
        "Perplexity의 AI 검색으로 더욱 탐구적이고 효율적인 세상 만들기 "
        "(Building a More Curious and Efficient World)"
    )
    assert item.abstract == (
        "Aravind Srinivas (Perplexity CEO) on AI search.\nSecond line of the abstract, folded."
    )


def test_tzid_start_end_location_categories_url() -> None:
    program, _ = load_schedule(MINICON)
    item = _items(program)["minicon-key01@minicon.example"]
    assert (item.day, item.start, item.duration) == (
        "2024-11-04",
        "2024-11-04T13:30:00+09:00",
        "00:30",
    )
    assert (item.room, item.track) == ("Grand Ballroom", "Keynote")
    assert item.url == "https://minicon.example/talk/KEY01/"
    assert item.kind is ItemKind.SESSION


def test_utc_times_move_to_the_calendar_zone_before_taking_the_day() -> None:
    program, _ = load_schedule(MINICON)
    late = _items(program)["minicon-late@minicon.example"]
    # 15:30Z on 4 November is 00:30 on 5 November in Seoul
    assert (late.start, late.day, late.duration) == (
        "2024-11-05T00:30:00+09:00",
        "2024-11-05",
        "01:00",
    )
    assert late.track == "Grand Ballroom"  # no CATEGORIES: the room


def test_the_day_is_the_start_date_in_the_events_own_zone() -> None:
    program, _ = load_schedule(MINICON)
    hbm = _items(program)["minicon-hbm@minicon.example"]
    assert (hbm.start, hbm.day) == ("2024-11-05T02:00:00+01:00", "2024-11-05")
    assert hbm.track == "Infrastructure"  # the first category


def test_an_exhibition_location_makes_a_booth() -> None:
    program, _ = load_schedule(MINICON)
    booth = _items(program)["minicon-booth-nv@minicon.example"]
    assert booth.kind is ItemKind.BOOTH
    assert booth.track == "Exhibition Hall B"


def test_a_booth_category_makes_a_booth(tmp_path: Path) -> None:
    event = "UID:b1\nSUMMARY:Acme\nDTSTART:20241104T010000Z\nCATEGORIES:Booth,Expo"
    program, _ = _load(tmp_path, _ics(event))
    (item,) = program.items()
    assert (item.kind, item.type, item.track) == (ItemKind.BOOTH, "Booth", "Booth")


def test_custom_vtimezone_and_all_day_events(tmp_path: Path) -> None:
    tz = "\r\n".join(
        [
            "BEGIN:VTIMEZONE",
            "TZID:Korea Standard Time",
            "BEGIN:STANDARD",
            "DTSTART:16010101T000000",
            "TZOFFSETFROM:+0900",
            "TZOFFSETTO:+0900",
            "END:STANDARD",
            "END:VTIMEZONE",
        ]
    )
    timed = (
        "UID:t1\nSUMMARY:Timed\nDTSTART;TZID=Korea Standard Time:20241104T230000\nDURATION:PT90M"
    )
    all_day = "UID:d1\nSUMMARY:Hackathon\nDTSTART;VALUE=DATE:20241105"
    program, problems = _load(tmp_path, _ics(timed, all_day, header=tz))
    assert problems == []
    items = _items(program)
    assert items["t1"].start is not None and items["t1"].start.endswith("+09:00")
    assert (items["t1"].day, items["t1"].duration) == ("2024-11-04", "01:30")
    assert (items["d1"].day, items["d1"].start) == ("2024-11-05", None)


# -- bad input ---------------------------------------------------------------------------


def test_not_icalendar(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("BEGIN:NOTHING\nhello\n", encoding="utf-8")
    program, problems = load_schedule(path)
    assert program.events == ()
    (problem,) = problems
    assert problem.severity is Severity.ERROR and "iCalendar" in problem.message


def test_broken_icalendar_is_a_problem_not_a_crash(tmp_path: Path) -> None:
    program, problems = _load(tmp_path, "BEGIN:VCALENDAR\r\nthis is not a content line\r\n")
    assert list(program.items()) == []
    assert problems and problems[0].severity is Severity.ERROR
    assert "iCalendar" in problems[0].message


def test_event_without_summary_is_named_by_uid_and_the_rest_imports(tmp_path: Path) -> None:
    events = (
        "UID:no-title@x\nDTSTART:20241104T010000Z",
        "UID:ok@x\nSUMMARY:Fine\nDTSTART:20241104T010000Z",
    )
    program, problems = _load(tmp_path, _ics(*events))
    assert [i.title for i in program.items()] == ["Fine"]
    (problem,) = problems
    assert problem.severity is Severity.ERROR
    assert "no-title@x" in problem.message and "SUMMARY" in problem.message
    assert problem.line is not None


def test_floating_time_without_a_calendar_zone_keeps_the_day(tmp_path: Path) -> None:
    program, problems = _load(tmp_path, _ics("UID:f1\nSUMMARY:Floating\nDTSTART:20241104T100000"))
    (item,) = program.items()
    assert (item.day, item.start) == ("2024-11-04", None)
    (problem,) = problems
    assert problem.severity is Severity.WARNING
    assert '"Floating"' in problem.message and "DTSTART" in problem.message
    assert "no time zone" in problem.message


def test_floating_time_is_read_in_the_calendars_zone(tmp_path: Path) -> None:
    text = _ics(
        "UID:f1\nSUMMARY:Floating\nDTSTART:20241104T100000", header="X-WR-TIMEZONE:Asia/Seoul"
    )
    program, problems = _load(tmp_path, text)
    assert next(program.items()).start == "2024-11-04T10:00:00+09:00"
    (problem,) = problems
    assert "Asia/Seoul" in problem.action


def test_duplicate_uid_keeps_the_first(tmp_path: Path) -> None:
    events = (
        "UID:same@x\nSUMMARY:First\nDTSTART:20241104T010000Z",
        "UID:same@x\nSUMMARY:Second\nDTSTART:20241104T020000Z",
    )
    program, problems = _load(tmp_path, _ics(*events))
    assert [i.title for i in program.items()] == ["First"]
    (problem,) = problems
    assert '"Second"' in problem.message and "duplicate UID" in problem.message


def test_missing_uid_gets_a_stable_id_with_a_warning(tmp_path: Path) -> None:
    text = _ics("SUMMARY:Opening Talk\nDTSTART:20241104T010000Z")
    first, problems = _load(tmp_path, text)
    again, _ = _load(tmp_path, text)
    assert [i.id for i in first.items()] == [i.id for i in again.items()]
    assert next(first.items()).id == "calendar-opening-talk-2024-11-04"
    (problem,) = problems
    assert '"Opening Talk"' in problem.message and "UID" in problem.message


def test_an_unreadable_dtstart_is_reported(tmp_path: Path) -> None:
    program, problems = _load(tmp_path, _ics("UID:x1\nSUMMARY:Broken time\nDTSTART:garbage"))
    (item,) = program.items()
    assert (item.start, item.day) == (None, None)
    text = "\n".join(p.message for p in problems)
    assert '"Broken time"' in text and "DTSTART" in text


def test_cancelled_events_are_left_out_with_a_note(tmp_path: Path) -> None:
    events = (
        "UID:c1\nSUMMARY:Called off\nSTATUS:CANCELLED\nDTSTART:20241104T010000Z",
        "UID:c2\nSUMMARY:On\nSTATUS:CONFIRMED\nDTSTART:20241104T010000Z",
    )
    program, problems = _load(tmp_path, _ics(*events))
    assert [i.title for i in program.items()] == ["On"]
    (problem,) = problems
    assert problem.severity is Severity.INFO and '"Called off"' in problem.message


def test_speaker_lines_of_the_description_are_the_speakers(tmp_path: Path) -> None:
    program, _ = _load(
        tmp_path,
        _ics(
            "UID:a\nSUMMARY:4k intros in 2024\nDTSTART:20240802T150000Z\n"
            "DESCRIPTION:Speaker: Tuomas Heikkilä\\nHow a 4 kB intro is made.",
            "UID:b\nSUMMARY:Demoscene panel\nDTSTART:20240803T150000Z\n"
            "DESCRIPTION:Speakers: Pekka Saarinen, Noora Lahtinen",
            "UID:c\nSUMMARY:Pelimoottorit\nDTSTART:20240803T110000Z\n"
            "DESCRIPTION:Puhuja: Noora Lahtinen",
            "UID:d\nSUMMARY:Retro corner\nDTSTART:20240803T090000Z\n"
            "DESCRIPTION:Open all day: C64\\, Amiga 500",
        ),
    )
    items = _items(program)
    assert [p.name for p in items["a"].speakers] == ["Tuomas Heikkilä"]
    assert items["a"].abstract == "How a 4 kB intro is made."  # the rest stays the abstract
    assert [p.name for p in items["b"].speakers] == ["Pekka Saarinen", "Noora Lahtinen"]
    assert items["b"].abstract is None
    assert [p.name for p in items["c"].speakers] == ["Noora Lahtinen"]
    assert items["d"].speakers == ()  # a colon that labels no speaker
    assert items["d"].abstract == "Open all day: C64, Amiga 500"
