"""A folder's front page (a repository's README.md, an index.md) that names the event and its
days gives them to the notes beside it and below it that name none (issue 14, QA G1, G2)."""

from __future__ import annotations

from pathlib import Path

from factories import list_items

README = """\
# gophercon-eu-notes

What I wrote down at GopherCon EU 2023 (June 26–29, 2023, Berlin). Workshops on day one.

- [Day 2](day2.md)
- [Day 3](day3.md)
- [Guest notes](guests/mara.md)
"""

DAY2 = """\
# Day 2

## Talks

### Go generics, two years on — Ana Souza

- constraints packages are back

### Profiling in production — Li Wei

- continuous pprof
"""

DAY3 = """\
# Day 3

### Fuzzing the standard library — Tom Becker

- found three bugs
"""

GUEST = """\
# Mara's notes — Tuesday

### Profiling in production — Li Wei

- pprof labels per tenant
"""


def test_the_readme_names_the_event_and_days_of_the_notes_beside_and_below_it(
    tmp_path: Path, capsys
) -> None:
    found = list_items(
        tmp_path,
        capsys,
        {"README.md": README, "day2.md": DAY2, "day3.md": DAY3, "guests/mara.md": GUEST},
    )
    placed = {t["title"]: (t["event"], t["date"]) for t in found}
    assert placed == {
        "Go generics, two years on": ("GopherCon EU 2023", "2023-06-27"),
        "Profiling in production": ("GopherCon EU 2023", "2023-06-27"),
        "Fuzzing the standard library": ("GopherCon EU 2023", "2023-06-28"),
    }
    profiling = next(t for t in found if t["title"] == "Profiling in production")
    assert {e["note"] for e in profiling["entries"]} == {"day2.md", "guests/mara.md"}


def test_without_a_front_page_the_notes_name_no_event(tmp_path: Path, capsys) -> None:
    found = list_items(tmp_path, capsys, {"day2.md": DAY2, "day3.md": DAY3})
    assert {t["event"] for t in found} == {"Notes"}
    assert {t["date"] for t in found} == {None}


FRIEND_THURSDAY = """\
# Notes from Ola — Tuesday

## Go generics, two years on
*Ana Souza*

- type sets explained well
"""

FRIEND_DAYS = """\
# Kim's notes

## Tue

**Profiling in production** (Li Wei)
Flame graphs per request.

## Wed

**Fuzzing the standard library** (Tom Becker)
Corpus files in testdata.
"""


def test_a_folder_of_friends_notes_joins_the_event_the_front_page_above_names(
    tmp_path: Path, capsys
) -> None:
    # two notes in guests/ share a folder name that is no conference: it is no event of its
    # own, and their weekdays fall within the days the README gives
    found = list_items(
        tmp_path,
        capsys,
        {
            "README.md": README,
            "day2.md": DAY2,
            "day3.md": DAY3,
            "guests/ola.md": FRIEND_THURSDAY,
            "guests/kim.md": FRIEND_DAYS,
        },
    )
    assert {t["event"] for t in found} == {"GopherCon EU 2023"}
    by_title = {t["title"]: t for t in found}
    assert by_title["Go generics, two years on"]["date"] == "2023-06-27"  # Tue 27 June
    assert {e["note"] for e in by_title["Go generics, two years on"]["entries"]} == {
        "day2.md",
        "guests/ola.md",
    }
    assert {e["note"] for e in by_title["Profiling in production"]["entries"]} == {
        "day2.md",
        "guests/kim.md",
    }
    assert by_title["Fuzzing the standard library"]["date"] == "2023-06-28"
    assert len(by_title["Fuzzing the standard library"]["entries"]) == 2


def test_a_shared_folder_name_is_an_event_when_nothing_else_names_one(
    tmp_path: Path, capsys
) -> None:
    found = list_items(
        tmp_path, capsys, {"guests/ola.md": FRIEND_THURSDAY, "guests/kim.md": FRIEND_DAYS}
    )
    assert {t["event"] for t in found} == {"guests"}
