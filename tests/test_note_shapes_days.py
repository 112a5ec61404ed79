"""Events, days and titles written in the note's own language: a region word of an event's
name in another language ("Avrupa", "Europa"), a title that says "notes of …" in Persian,
Arabic, Hebrew or Hindi, and a calendar without a name beside the notes that name it."""

from __future__ import annotations

from pathlib import Path

import pytest

from factories import list_items, list_json
from summit_tui.corpus.dates import LAST_DAY, day_number
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


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Nordic Go Days 2025 ikinci gün notlarım", 2),  # Turkish
        ("İlk Gün", 1),
        ("Son gün: kapanış", LAST_DAY),
        ("Relacja — drugi dzień", 2),  # Polish
        ("dzień trzeci", 3),
        ("Andra dagen i Malmö", 2),  # Swedish
        ("Nordic Go Days – dag 1", 1),  # Norwegian, lower case after a dash
        ("Tweede dag", 2),  # Dutch
        ("Toinen päivä", 2),  # Finnish
        ("2. päivä", 2),
        ("Druhý den konference", 2),  # Czech
        ("Drugi dan konferencije", 2),  # Croatian
        ("Hari kedua", 2),  # Indonesian
        ("Teine päev", 2),  # Estonian
        ("Otrā diena", 2),  # Latvian
        ("Antra konferencijos diena", None),  # a word between: not read
        ("Paskutinė diena", LAST_DAY),  # Lithuanian
        ("Segon dia de la trobada", 2),  # Catalan
    ],
)
def test_a_day_named_by_an_ordinal_in_many_languages(text: str, number: int | None) -> None:
    assert day_number(text) == number


@pytest.mark.parametrize(
    "text", ["Airflow dag 2 in production", "Hari Krishnan", "my son's first talk", "Jordan den"]
)
def test_words_that_only_look_like_a_day_name_none(text: str) -> None:
    assert day_number(text) is None


def _day_note(title: str, *talks: str) -> str:
    return f"# {title}\n\n" + "".join(f"## {talk}\n\n- notes\n\n" for talk in talks)


def test_a_title_naming_its_day_by_an_ordinal_holds_the_talks_of_that_day(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    files = {
        "ines/day-1.md": _day_note(
            "Baltic Rust Days 2025 — Tuesday 16 September 2025",
            "Zero-copy parsing (Lina Ozols)",
        ),
        "ines/day-2.md": _day_note(
            "Baltic Rust Days 2025 — Wednesday 17 September 2025", "Embedded async (Marek Nowak)"
        ),
        "emre/notlar.md": _day_note(
            "Baltic Rust Days 2025 ikinci gün notlarım", "Gömülü async (Marek Nowak)"
        ),
        "ola/dag.md": _day_note("Baltic Rust Days 2025 – dag 1", "Zero-copy parsing (Lina Ozols)"),
        "piotr/relacja.md": _day_note(
            "Baltic Rust Days 2025: drugi dzień",
            "Embedded async (Marek Nowak)",
            "Pętle zdarzeń bez alokacji (Ewa Lis)",
        ),
    }
    found = list_items(tmp_path, capsys, files)
    # each title names the event and its day, no talk: the headings under it are the talks
    assert len(found) == 3
    days = {item["title"]: item["date"] for item in found}
    assert days["Zero-copy parsing"] == "2025-09-16"
    assert days["Embedded async"] == "2025-09-17"
    assert days["Pętle zdarzeń bez alokacji"] == "2025-09-17"
    embedded = next(item for item in found if item["title"] == "Embedded async")
    assert {e["note"] for e in embedded["entries"]} == {
        "ines/day-2.md",
        "emre/notlar.md",
        "piotr/relacja.md",
    }


def test_a_file_named_by_its_day_puts_its_talks_on_that_day(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    files = {
        "Tag1.md": _day_note(
            "Baltic Rust Days 2025 — Dienstag, 16. September 2025", "Zero-copy parsing (Lina Ozols)"
        ),
        "Tag2.md": _day_note(
            "Baltic Rust Days 2025", "Embedded async (Marek Nowak)", "Pętle bez alokacji (Ewa Lis)"
        ),
        "andra-dagen.md": _day_note("Baltic Rust Days 2025", "Rust i molnet (Sara Ek)"),
    }
    found = list_items(tmp_path, capsys, files)
    assert {item["title"]: item["date"] for item in found} == {
        "Zero-copy parsing": "2025-09-16",
        "Embedded async": "2025-09-17",
        "Pętle bez alokacji": "2025-09-17",
        "Rust i molnet": "2025-09-17",
    }


def test_a_post_leading_to_the_one_talk_it_is_about_starts_the_talk_at_its_heading(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    files = {
        "es/charla.md": (
            '---\ntitle: "La charla de Baltic Rust Days 2025 que más me gustó"\n'
            "date: 2025-09-18\n---\n\n"
            "El segundo día (miércoles 17 de septiembre) la mejor charla fue la de Marek Nowak.\n\n"
            "## Embedded async — Marek Nowak\n\n- embassy en producción\n- sin alocaciones\n"
        ),
        "en/day-2.md": _day_note(
            "Baltic Rust Days 2025 — Wednesday 17 September 2025", "Embedded async (Marek Nowak)"
        ),
    }
    data = list_json(tmp_path, capsys, files)
    found = list_items(tmp_path, capsys, files)
    assert [(item["title"], item["date"]) for item in found] == [("Embedded async", "2025-09-17")]
    assert {(e["note"], e["line"]) for e in found[0]["entries"]} == {
        ("es/charla.md", 8),
        ("en/day-2.md", 3),
    }
    # the lead sentence is the post's, no part of the talk's notes
    assert ("es/charla.md", 6) in {(e["note"], e["line"]) for e in data["unsorted"]}


def test_a_weekday_before_a_talk_heading_dates_it_and_is_no_part_of_its_title(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    files = {
        "ines/day-1.md": _day_note(
            "Baltic Rust Days 2025 — Tuesday 16 September 2025", "Zero-copy parsing (Lina Ozols)"
        ),
        "ines/day-2.md": _day_note(
            "Baltic Rust Days 2025 — Wednesday 17 September 2025", "Embedded async (Marek Nowak)"
        ),
        "jan/notes.md": _day_note(
            "Baltic Rust Days 2025",
            "Tuesday: Zero-copy parsing (Lina Ozols)",
            "Mittwoch — Embedded async (Marek Nowak)",
            "Wednesday: Loops without allocations (Ewa Lis)",
        ),
    }
    found = list_items(tmp_path, capsys, files)
    assert {item["title"]: item["date"] for item in found} == {
        "Zero-copy parsing": "2025-09-16",
        "Embedded async": "2025-09-17",
        "Loops without allocations": "2025-09-17",
    }
    assert [len(item["entries"]) for item in found if item["speakers"] != ["Ewa Lis"]] == [2, 2]
