"""Notes kept as a book (mdBook, GitBook): the event from the book's title in SUMMARY.md or
book.toml, never from the folder the book sits in; chapters under day parts; the evening, a
volunteer shift, the table of contents and the foreword are no talk; an assemblies chapter
lists booths."""

from __future__ import annotations

from pathlib import Path

import pytest

from factories import items_by_title, list_json
from summit_tui.corpus.book_title import book_event, event_in_title
from summit_tui.corpus.site_file import forget_missing

BOOK_TOML = '[book]\nauthors = ["Jonas"]\nlanguage = "de"\ntitle = "38C3 – meine Notizen"\n'
SUMMARY = """\
# Summary

[Vorwort](vorwort.md)

# Tag 1

- [Freitag](tag1.md)

# Sonstiges

- [Assemblies & Stände](assemblies.md)
"""
VORWORT = "# Vorwort\n\nDer 38C3 lief vom 27. bis 30. Dezember 2024 in Hamburg.\n"
TAG1 = """\
# Freitag

## Hacking the Heat Pump

Referent: Malte Brinkmann

- Firmware über UART ausgelesen

## Engelschicht

Einlass Saal 1, ruhig.

## Abends

Club-Tag, viel zu laut.
"""
ASSEMBLIES = """\
# Assemblies & Stände

- **Chaos macht Schule** – Material für Lehrkräfte
- **Freifunk** – Mesh-Router zum Mitnehmen
"""
OTHER_BOOK = """\
# 38C3 – notes from Hamburg

- [Day 1](day1.md)
"""
OTHER_DAY = """\
# Day 1

Friday, 27 December 2024.

## Hacking the Heat Pump (Malte Brinkmann)

- vendor API had no auth at all

## Angel shift

Heralding in Saal Zuse.
"""


def test_a_books_chapters_are_its_events_talks_and_booths(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = list_json(
        tmp_path,
        capsys,
        {
            "jonas/book.toml": BOOK_TOML,
            "jonas/src/SUMMARY.md": SUMMARY,
            "jonas/src/vorwort.md": VORWORT,
            "jonas/src/tag1.md": TAG1,
            "jonas/src/assemblies.md": ASSEMBLIES,
            "mina-notes/src/SUMMARY.md": OTHER_BOOK,
            "mina-notes/src/day1.md": OTHER_DAY,
        },
    )
    assert [event["title"] for event in data["events"]] == ["38C3 2024"]
    items = items_by_title(data)
    assert {title: (item["kind"], item["date"]) for title, item in items.items()} == {
        "Hacking the Heat Pump": ("session", "2024-12-27"),
        "Chaos macht Schule": ("booth", None),
        "Freifunk": ("booth", None),
    }
    assert len(items["Hacking the Heat Pump"]["entries"]) == 2  # both books, one talk
    unsorted = {(e["note"], e["heading"]) for e in data["unsorted"]}
    assert {
        ("jonas/src/tag1.md", "Engelschicht"),
        ("jonas/src/tag1.md", "Abends"),
        ("jonas/src/vorwort.md", "Vorwort"),
        ("mina-notes/src/day1.md", "Angel shift"),
    } <= unsorted


@pytest.mark.parametrize(
    ("title", "event"),
    [
        ("38C3 – notes from Hamburg", "38C3"),
        ("38C3 – Unlocked: meine Notizen", "38C3"),
        ("Mina @ 38C3", "38C3"),
        ("Notes: DEF CON 32", "DEF CON 32"),
        ("EuroPython 2024 notes", "EuroPython 2024"),
        ("38C3", "38C3"),
        ("My notes", None),
        ("Rust in 2024", None),  # a book about a year of Rust names no event
    ],
)
def test_the_event_a_books_title_names(title: str, event: str | None) -> None:
    assert event_in_title(title) == event


def test_summary_title_first_then_book_toml_and_never_the_folder(tmp_path: Path) -> None:
    book = tmp_path / "notes-2024" / "src"
    book.mkdir(parents=True)
    (book / "SUMMARY.md").write_text("# Summary\n\n- [Day 1](day1.md)\n", encoding="utf-8")
    assert book_event(str(tmp_path), "notes-2024/src/day1.md") is None
    (tmp_path / "notes-2024" / "book.toml").write_text(BOOK_TOML, encoding="utf-8")
    forget_missing()  # a load reads the book's files afresh
    assert book_event(str(tmp_path), "notes-2024/src/day1.md") == "38C3"
    (book / "SUMMARY.md").write_text("# 37C3 – notes\n\n- [Day 1](day1.md)\n", encoding="utf-8")
    forget_missing()
    assert book_event(str(tmp_path), "notes-2024/src/day1.md") == "37C3"


def test_a_changed_book_title_renames_the_event_of_cached_chapters(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    files = {
        "jonas/book.toml": BOOK_TOML,
        "jonas/src/SUMMARY.md": SUMMARY,
        "jonas/src/tag1.md": TAG1,
    }
    assert [e["title"] for e in list_json(tmp_path, capsys, files)["events"]] == ["38C3"]
    renamed = BOOK_TOML.replace("38C3 –", "39C3 –")
    data = list_json(tmp_path, capsys, {"jonas/book.toml": renamed})
    assert [event["title"] for event in data["events"]] == ["39C3"]
