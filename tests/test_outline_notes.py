"""Outliner notes (Logseq, any outline export): a talk's title is a block heading inside the
outline (`\t- ## Talk`), the journal page is named after its day (`journals/2024_10_09.md`),
and a journal page with errands only is about no talk."""

from __future__ import annotations

from pathlib import Path

import pytest

from factories import days_by_title, list_json
from summit_tui.corpus.heading_kinds import journal_date, talk_title, titled_by_a_day

DAY_ONE = """\
- ran 5k before breakfast
- DONE answer Jens about the review
- [[BarConf 2025]] day 1 #conf/barconf
\t- badge queue took 20 min
\t- ## Opening keynote: The next ten years
\t\t- speakers [[Ana Lima]] and [[Ken Ito]]
\t\t- release cadence stays at six months
\t- ## Structured concurrency in practice
\t\t- scopes close when every subtask is done
\t- lunch: fries
\t- ## [[Vector search in Postgres]]
\t\t- pgvector is enough below ten million rows
- evening: pizza with the team
"""

PACKING = """\
- pack: charger, badge, umbrella
- [[BarConf 2025]] starts tomorrow
- DONE book the train
"""


def test_block_headings_of_a_journal_page_are_talks_on_its_day(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = list_json(
        tmp_path,
        capsys,
        {"journals/2025_06_04.md": DAY_ONE, "journals/2025_06_03.md": PACKING},
    )
    assert days_by_title(data) == {
        "The next ten years": "2025-06-04",
        "Structured concurrency in practice": "2025-06-04",
        "Vector search in Postgres": "2025-06-04",
    }
    unsorted = {(e["note"], e["line"]) for e in data["unsorted"]}
    assert ("journals/2025_06_04.md", 1) in unsorted  # the errands above the day's talks
    assert ("journals/2025_06_03.md", 1) in unsorted  # a packing list: no talk


def test_a_journal_page_is_named_after_its_day() -> None:
    assert journal_date("2024_10_09") == "2024-10-09"
    assert journal_date("2024_10_09 notes") is None
    assert journal_date("v2024_10_09") is None
    assert titled_by_a_day("2024_10_09") and titled_by_a_day("2024-10-11")
    assert not titled_by_a_day("Loom at scale")


def test_a_wiki_link_heading_reads_as_the_page_it_names() -> None:
    assert talk_title("[[Loom at scale]]") == "Loom at scale"
    assert talk_title("[[loom-at-scale|Loom at scale]]") == "Loom at scale"


TALK_PAGE = """\
type:: talk
event:: [[BarConf 2025]]
speaker:: [[Marta Kowalczyk]]
date:: [[Jun 5th, 2025]]
room:: Room 5

- ## Setting
\t- payments at a big bank, moved back to blocking code on virtual threads
- ## Pinning
\t- synchronized blocks pin the carrier thread
"""


def test_a_page_s_properties_are_its_facts(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`speaker:: [[Name]]`, `event:: [[Event]]` and `date:: [[Jun 5th, 2025]]` name the talk's
    speaker, event and day, as `Speaker: Name` lines do."""
    data = list_json(tmp_path, capsys, {"pages/Loom at scale.md": TALK_PAGE})
    (event,) = data["events"]
    assert event["title"] == "BarConf 2025"
    items = [
        (day["date"], item)
        for day in event["days"]
        for track in day["tracks"]
        for item in track["items"]
    ]
    assert [(date, item["title"], item["speakers"]) for date, item in items] == [
        ("2025-06-05", "Loom at scale", ["Marta Kowalczyk"])
    ]


WORKSHOP_FIRST = """\
- Workshop: "Async Rust in practice" — [[Ines Duarte]] (mentor)
\t- cancel safety is the whole game
- lunch with the Porto crew
"""


def test_a_journal_page_opening_with_a_quoted_talk_is_still_titled_by_its_day(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = list_json(tmp_path, capsys, {"journals/2025_03_14.md": WORKSHOP_FIRST})
    assert days_by_title(data) == {"Async Rust in practice": "2025-03-14"}
    # the lunch after the workshop is the page's own text, under the page's name
    assert [e["heading"] for e in data["unsorted"]] == ["2025_03_14"]
