"""A day's number is the one the tree shows: a workshop "Day 0" before Day 1 moves no number.

`search day:N` and `export --day N` take the number in the day's label ("Day 0 · 2024-04-14"),
not the day's place in its event: counting places, `--day 1` exported the workshop day the
tree calls Day 0 and `--day 2` the day it calls Day 1.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from summit_tui.cli import main
from summit_tui.corpus.build import build_corpus
from summit_tui.corpus.model import Day, Event

DAYS = {
    "day0.md": "# KubeFest 2024 Day 0 — 2024-04-14\n\n## Cluster API hands-on (Mina Park)\n"
    "- built a cluster from scratch\n- machine pools\n",
    "day1.md": "# KubeFest 2024 Day 1 — 2024-04-15\n\n## Opening keynote (Sam Ortega)\n"
    "- scheduling at scale\n- the new release\n",
    "day2.md": "# KubeFest 2024 Day 2 — 2024-04-16\n\n## eBPF in production (Lee Jun)\n"
    "- tracing without restarts\n- overhead numbers\n",
}


@pytest.fixture
def notes(tmp_path: Path) -> Path:
    folder = tmp_path / "notes"
    folder.mkdir()
    for name, text in DAYS.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    code = main(list(argv))
    return code, capsys.readouterr().out


def test_the_numbers_are_the_labels(notes: Path, tmp_path: Path) -> None:
    corpus = build_corpus(notes, cache_dir=tmp_path / "cache")
    (event,) = corpus.program.events
    assert [day.label.split(" ·")[0] for day in event.days] == ["Day 0", "Day 1", "Day 2"]
    assert event.day_numbers() == (0, 1, 2)


def test_labels_without_numbers_count_by_place() -> None:
    event = Event("e", "E", days=(Day("2024-04-14", "Workshops"), Day("2024-04-15", "Talks")))
    assert event.day_numbers() == (1, 2)
    mixed = Event("e", "E", days=(Day("2024-04-10", "2024-04-10"), Day("2024-04-15", "Day 1")))
    assert mixed.day_numbers() == (None, 1)  # a date outside the event's days has no number


def test_search_by_day_number(capsys, notes: Path, tmp_path: Path) -> None:
    place = ["--notes", str(notes), "--data-dir", str(tmp_path / "data")]
    for number, title in ((0, "Cluster API hands-on"), (1, "Opening keynote")):
        code, out = run(capsys, "search", f"day:{number}", *place)
        assert code == 0
        assert title in out and len(out.strip().splitlines()) == 1, out


def test_export_by_day_number(capsys, notes: Path, tmp_path: Path) -> None:
    place = ["--notes", str(notes), "--data-dir", str(tmp_path / "data")]
    assert run(capsys, "annotate", "cluster-api-hands-on", "workshop", *place)[0] == 0
    assert run(capsys, "annotate", "opening-keynote", "keynote", *place)[0] == 0
    code, out = run(capsys, "export", "--day", "1", *place)
    assert code == 0
    assert "Opening keynote" in out and "Cluster API" not in out
    code, out = run(capsys, "export", "--day", "0", *place)
    assert code == 0
    assert "Cluster API" in out and "Opening keynote" not in out
