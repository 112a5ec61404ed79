"""Epoch stamps (`date: 1732143600`, `created: 1732143600000`) are read in the event's time zone:
the zone other notes write their dates in (`date: 2024-11-21T19:00:00+09:00`) or the program's
`time_zone`, else the machine's own. 1732143600 is 2024-11-21 08:00 in Seoul, 2024-11-20 23:00
in UTC."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from factories import loaded_notes
from summit_tui.corpus.events import in_the_notes_zone, in_zone, place_notes
from summit_tui.corpus.fields import epoch_date, utc_offset, utc_seconds

STAMP = 1732143600  # 08:00 in Seoul on the meetup's day


@pytest.fixture
def machine_zone(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The machine's local time zone set to UTC for the test, then put back."""
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_a_stamp_in_an_explicit_zone() -> None:
    assert epoch_date(STAMP, 9 * 60) == "2024-11-21"
    assert epoch_date(STAMP * 1000, 9 * 60) == "2024-11-21"  # milliseconds
    assert epoch_date(STAMP, 0) == "2024-11-20"
    assert epoch_date(STAMP, -5 * 60) == "2024-11-20"


def test_a_stamp_without_a_zone_is_read_in_the_machine_s(
    monkeypatch: pytest.MonkeyPatch, machine_zone: None
) -> None:
    assert epoch_date(STAMP) == "2024-11-20"
    monkeypatch.setenv("TZ", "Asia/Seoul")
    time.tzset()
    assert epoch_date(STAMP) == "2024-11-21"


@pytest.mark.parametrize(
    ("value", "minutes"),
    [
        ("2024-11-21T19:00:00+09:00", 540),
        ("2024-11-21 19:00:00 +0900", 540),
        ("2024-06-12 09:30 -04:00", -240),
        ("2024-05-18 13:07:02Z", None),  # an app's UTC stamp: no event zone
        ("2024-11-21", None),
        (1732143600, None),
    ],
)
def test_the_zone_a_date_is_written_in(value: object, minutes: int | None) -> None:
    assert utc_offset(value) == minutes


RECAP = (
    "---\ntitle: Seoul ML Night 2024 recap\nauthor: Grace Lim\n"
    "date: 2024-11-21T19:00:00+09:00\n---\n\nSeoul ML Night 2024, two talks.\n\n"
    "## Feature stores without the vendor — Jae-won Seo\n\n- Postgres tables\n"
)
STAMPED = (
    "---\ntitle: Seoul ML Night 2024\nauthor: Tae-yang Kim\ndate: 1732143600\n---\n\n"
    "## Feature stores without the vendor (Jae-won Seo)\n\n- materialised views\n"
)


def test_a_stamped_note_takes_the_zone_the_other_notes_write(
    tmp_path: Path, machine_zone: None
) -> None:
    notes = loaded_notes(tmp_path, {"recap.md": RECAP, "stamped.md": STAMPED})
    stamped = next(n for n in notes if n.path == "stamped.md")
    assert stamped.date == "2024-11-20"  # as loaded: the machine's zone (UTC here)
    zoned = {n.path: n.date for n in in_the_notes_zone(notes)}
    assert zoned["stamped.md"] == "2024-11-21"
    placements, _ = place_notes(notes)
    assert placements["stamped.md"].day == "2024-11-21"


def test_without_a_zone_in_the_notes_the_machine_s_stays(
    tmp_path: Path, machine_zone: None
) -> None:
    notes = loaded_notes(tmp_path, {"stamped.md": STAMPED})
    assert [n.date for n in in_the_notes_zone(notes)] == ["2024-11-20"]


def test_a_program_s_time_zone_dates_a_stamped_note(tmp_path: Path, machine_zone: None) -> None:
    (note,) = loaded_notes(tmp_path, {"stamped.md": STAMPED})
    assert in_zone(note, "Asia/Seoul").date == "2024-11-21"
    assert in_zone(note, "America/New_York").date == "2024-11-20"
    assert in_zone(note, "Not/AZone").date == "2024-11-20"
    assert in_zone(note, None) is note


@pytest.mark.parametrize(
    ("value", "seconds"),
    [
        ("2024-11-20T23:30:00.000Z", 1732145400),  # a Notion export's created_time
        ("2024-11-20 23:30:00Z", 1732145400),  # Joplin's
        ("2024-11-20T23:30:00+09:00", None),  # written in a zone: that zone's day
        ("2024-11-20", None),
    ],
)
def test_a_time_kept_in_utc_is_a_stamp(value: str, seconds: int | None) -> None:
    assert utc_seconds(value) == seconds


def test_a_utc_created_time_takes_the_zone_the_other_notes_write(
    tmp_path: Path, machine_zone: None
) -> None:
    joplin = STAMPED.replace("date: 1732143600", "created: 2024-11-20 23:30:00Z")
    notes = loaded_notes(tmp_path, {"recap.md": RECAP, "joplin.md": joplin})
    placements, _ = place_notes(notes)
    assert placements["joplin.md"].day == "2024-11-21"
