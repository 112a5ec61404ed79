"""Events, days and titles written in the note's own language: a region word of an event's
name in another language ("Avrupa", "Europa"), a title that says "notes of …" in Persian,
Arabic, Hebrew or Hindi, and a calendar without a name beside the notes that name it."""

from __future__ import annotations

from pathlib import Path

import pytest

from factories import list_items, list_json
from summit_tui.corpus.event_names import event_key, strip_event


@pytest.mark.parametrize(
    ("written", "short"),
    [
        ("RustFest Avrupa 2025", "RustFest EU 2025"),
        ("RustFest Europa 2025", "RustFest Europe 2025"),
        ("Open Source Summit Evropa 2025", "Open Source Summit EU 2025"),
        ("KubeCon Amérique du Nord 2025", "KubeCon North America 2025"),
        ("KubeCon Kuzey Amerika 2025", "KubeCon NA 2025"),
    ],
)
def test_a_region_in_another_language_is_the_same_event(written: str, short: str) -> None:
    assert event_key(written) == event_key(short)


def test_a_word_that_only_begins_like_a_region_is_kept() -> None:
    assert event_key("EuroPython 2025") == ("europython", 2025)
    assert event_key("Europa Tech Days 2025") != event_key("Tech Days 2025")


def test_a_turkish_post_naming_the_region_in_turkish_joins_the_event(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    files = {
        "en/rustfest.md": (
            "# RustFest EU 2025 notes\n\n"
            "## Borrow checker in practice (Ana Souza)\n\n- lifetimes are mostly inferred\n\n"
            "## Async runtimes compared (Jonas Berg)\n\n- tokio vs smol\n"
        ),
        "tr/rustfest.md": (
            "# RustFest Avrupa 2025 notlarım\n\nYazar: Deniz Aksoy\n\n"
            "Lizbon'daki konferanstan kısa notlar.\n\n"
            "## Async çalışma zamanları (Jonas Berg)\n\n- tokio ve smol karşılaştırması\n"
        ),
    }
    found = list_items(tmp_path, capsys, files)
    assert len({t["event"] for t in found}) == 1
    async_talk = next(t for t in found if t["speakers"] == ["Jonas Berg"])
    assert {e["note"] for e in async_talk["entries"]} == {"en/rustfest.md", "tr/rustfest.md"}


@pytest.mark.parametrize(
    "title",
    [
        "یادداشت‌های RustFest EU 2025",  # Persian: "notes of …"
        "گزارش RustFest EU 2025",  # Persian: "report of …"
        "ملاحظاتي من RustFest EU 2025",  # Arabic: "my notes from …"
        "RustFest EU 2025 के नोट्स",  # Hindi: "notes of …"
        "RustFest EU 2025 নোট",  # Bengali: "notes"
    ],
)
def test_a_title_saying_notes_of_the_event_names_no_talk(title: str) -> None:
    assert strip_event(title, ["RustFest EU 2025"]) == ""


def test_a_persian_notes_post_has_its_talk_under_its_own_heading(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    files = {
        "fa/rustfest.md": (
            "# یادداشت‌های RustFest EU 2025\n\nنویسنده: سارا کریمی\n\n"
            "خلاصه‌ای از روز دوم کنفرانس.\n\n"
            "## مقایسه‌ی ران‌تایم‌های async (Jonas Berg)\n\n- مقایسه‌ی tokio و smol\n"
        ),
    }
    data = list_json(tmp_path, capsys, files)
    items = [
        item
        for event in data["events"]
        for day in event["days"]
        for track in day["tracks"]
        for item in track["items"]
    ]
    assert [item["speakers"] for item in items] == [["Jonas Berg"]]
    assert [e["line"] for e in items[0]["entries"]] == [7]
    assert 1 in {e["line"] for e in data["unsorted"]}


def _calendar(name_line: str = "") -> str:
    """Two talks of a Lisbon conference on 12 and 13 September 2025, as a calendar app
    exports them; ``name_line`` is its X-WR-CALNAME line, if any."""
    return (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Example//Agenda//EN\r\n"
        f"{name_line}"
        "BEGIN:VEVENT\r\nUID:t1@agenda\r\nDTSTART:20250912T090000Z\r\nDTEND:20250912T094500Z\r\n"
        "SUMMARY:Borrow checker in practice\r\nDESCRIPTION:Speaker: Ana Souza\r\n"
        "LOCATION:Main hall\r\nEND:VEVENT\r\n"
        "BEGIN:VEVENT\r\nUID:t2@agenda\r\nDTSTART:20250913T100000Z\r\nDTEND:20250913T104500Z\r\n"
        "SUMMARY:Async runtimes compared\r\nDESCRIPTION:Speaker: Jonas Berg\r\n"
        "LOCATION:Main hall\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )


_DAY_ONE = (
    "# RustFest Lisboa 2025 — day 1\n\n"
    "## Borrow checker in practice (Ana Souza)\n\n- lifetimes are mostly inferred\n\n"
    "## Unsafe code review (Pedro Lima)\n\n- a checklist for every unsafe block\n"
)
_DAY_TWO = "# RustFest Lisboa 2025 — day 2\n\n## Async runtimes compared (Jonas Berg)\n\n- smol\n"


def test_a_calendar_without_a_name_is_the_event_its_notes_name(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    files = {
        "agenda.ics": _calendar(),
        "program.yaml": "import: agenda.ics\n",
        "day-1.md": _DAY_ONE,
        "day-2.md": _DAY_TWO,
    }
    data = list_json(tmp_path, capsys, files)
    assert [event["title"] for event in data["events"]] == ["RustFest Lisboa 2025"]
    found = list_items(tmp_path, capsys, files)
    by_title = {item["title"]: item["date"] for item in found}
    # the talk the calendar does not list is on the day the note says, beside the listed one
    assert by_title == {
        "Borrow checker in practice": "2025-09-12",
        "Unsafe code review": "2025-09-12",
        "Async runtimes compared": "2025-09-13",
    }
    assert data["unsorted"] == []


def test_a_named_calendar_keeps_its_name(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    files = {
        "agenda.ics": _calendar("X-WR-CALNAME:RustFest 2025\r\n"),
        "program.yaml": "import: agenda.ics\n",
        "day-1.md": _DAY_ONE,
    }
    data = list_json(tmp_path, capsys, files)
    assert data["events"][0]["title"] == "RustFest 2025"


def test_notes_of_another_year_do_not_name_the_calendar(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    files = {
        "agenda.ics": _calendar(),
        "program.yaml": "import: agenda.ics\n",
        "day-1.md": _DAY_ONE.replace("2025", "2023"),
    }
    data = list_json(tmp_path, capsys, files)
    assert "agenda" in {event["title"] for event in data["events"]}
