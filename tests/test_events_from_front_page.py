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
