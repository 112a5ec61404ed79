"""One speaker, two talks at one conference (issue 14, QA G3): different titles on different
days stay two items; the same talk written up by two authors still meets by its speaker."""

from __future__ import annotations

from pathlib import Path

import pytest

from factories import list_items

DAY_1 = """\
# JSConf EU 2024 — day 1

June 3, 2024.

## Signals in every framework — Rosa Ibáñez

- the TC39 proposal

## Bundlers are boring now — Kai Müller

- rolldown
"""

DAY_2 = """\
# JSConf EU 2024 — day 2

June 4, 2024.

## Testing without mocks — Rosa Ibáñez

- her second talk this year: fakes over mocks
"""

OTHER_AUTHOR = """\
# JSConf EU 2024 — my day 1

June 3, 2024.

## The signals talk — Rosa Ibáñez

- the proposal is stage 1
"""


def test_two_talks_of_one_speaker_on_two_days_are_two_items(tmp_path: Path, capsys) -> None:
    found = list_items(tmp_path, capsys, {"day1.md": DAY_1, "day2.md": DAY_2})
    rosa = sorted((t["date"], t["title"]) for t in found if "Rosa Ibáñez" in t["speakers"])
    assert rosa == [
        ("2024-06-03", "Signals in every framework"),
        ("2024-06-04", "Testing without mocks"),
    ]


def test_one_talk_told_by_two_authors_meets_by_its_speaker(tmp_path: Path, capsys) -> None:
    found = list_items(
        tmp_path, capsys, {"day1.md": DAY_1, "day2.md": DAY_2, "mine/day1.md": OTHER_AUTHOR}
    )
    rosa = [t for t in found if "Rosa Ibáñez" in t["speakers"]]
    assert len(rosa) == 2
    signals = next(t for t in rosa if t["date"] == "2024-06-03")
    assert {e["note"] for e in signals["entries"]} == {"day1.md", "mine/day1.md"}


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Zero-downtime migrations, part 1", "Zero-downtime migrations, part 2"),
        ("データ基盤の作り方 第1回", "データ基盤の作り方 第2回"),
    ],
)
@pytest.mark.parametrize("dates", [("2024-09-10", "2024-09-11"), ("2024-09-10", "2024-09-10")])
def test_numbered_parts_of_one_speaker_are_two_items(
    tmp_path: Path, capsys, first: str, second: str, dates: tuple[str, str]
) -> None:
    note = (
        "---\ntitle: {title}\nevent: DataConf 2024\ndate: {date}\nspeaker: Mei Tanaka\n---\n"
        "\n{text}\n"
    )
    found = list_items(
        tmp_path,
        capsys,
        {
            "p1.md": note.format(title=first, date=dates[0], text="Expand, then contract."),
            "p2.md": note.format(title=second, date=dates[1], text="Backfills in batches."),
        },
    )
    assert sorted(t["title"] for t in found) == [first, second]
