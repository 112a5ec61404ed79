"""The labelled corpora under tests/data/corpora are well-formed, so their scores mean something.

Each corpus is a folder with `notes/` (Markdown as people write it) and `truth.json` (hand
labels in the format of ../shared/eval/score_corpus.py): per note its event and its segments,
1-based inclusive line ranges that say which talk or booth each part is about (null: none) and
the day it took place.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

CORPORA = Path(__file__).parent / "data" / "corpora"
CORPUS_DIRS = sorted(p.parent for p in CORPORA.glob("*/truth.json"))


def load_truth(corpus: Path) -> dict[str, Any]:
    return json.loads((corpus / "truth.json").read_text(encoding="utf-8"))


def note_files(corpus: Path) -> set[str]:
    """Every note the tool would read: Markdown files outside hidden folders."""
    from summit_tui.corpus.loader import is_note_name

    notes = corpus / "notes"
    return {
        path.relative_to(notes).as_posix()
        for path in notes.rglob("*")
        if is_note_name(path.name)
        and path.is_file()
        and not any(part.startswith(".") for part in path.relative_to(notes).parts)
    }


def line_count(path: Path) -> int:
    data = path.read_bytes()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("latin-1")  # a note in a legacy code page: its line ends are ASCII
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return len(text.split("\n")) - (1 if text.endswith("\n") else 0)


def talk_segments(truth: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    return [
        (name, segment)
        for name, note in truth["notes"].items()
        for segment in note["segments"]
        if segment["talk"]
    ]


def test_there_are_labelled_corpora() -> None:
    assert len(CORPUS_DIRS) >= 3


@pytest.mark.parametrize("corpus", CORPUS_DIRS, ids=lambda p: p.name)
def test_truth_names_its_corpus_and_lists_every_note(corpus: Path) -> None:
    truth = load_truth(corpus)
    assert set(truth) == {"corpus", "notes"}
    assert truth["corpus"] == corpus.name
    listed = set(truth["notes"])
    on_disk = note_files(corpus)
    assert listed - on_disk == set(), "labelled notes that do not exist"
    assert on_disk - listed == set(), "notes without labels"
    for name in listed:
        assert not name.startswith("/") and ".." not in name.split("/")


@pytest.mark.parametrize("corpus", CORPUS_DIRS, ids=lambda p: p.name)
def test_segments_are_ordered_inside_the_note_and_never_overlap(corpus: Path) -> None:
    truth = load_truth(corpus)
    for name, note in truth["notes"].items():
        assert set(note) == {"event", "segments"}, name
        assert note["event"] is None or (isinstance(note["event"], str) and note["event"])
        lines = line_count(corpus / "notes" / name)
        segments = note["segments"]
        assert segments, f"{name}: no segments"
        previous_end = 0
        for segment in segments:
            assert set(segment) == {"start", "end", "talk", "date"}, name
            start, end = segment["start"], segment["end"]
            assert isinstance(start, int) and isinstance(end, int), name
            assert previous_end < start <= end <= lines, f"{name}: {start}-{end} of {lines}"
            previous_end = end
            assert segment["talk"] is None or (
                isinstance(segment["talk"], str) and segment["talk"]
            ), name


@pytest.mark.parametrize("corpus", CORPUS_DIRS, ids=lambda p: p.name)
def test_dates_are_real_days_and_only_on_talks(corpus: Path) -> None:
    for name, note in load_truth(corpus)["notes"].items():
        for segment in note["segments"]:
            date = segment["date"]
            if date is None:
                continue
            assert segment["talk"], f"{name}: a date on a part about no talk"
            assert isinstance(date, str) and len(date) == 10, name
            dt.date.fromisoformat(date)


@pytest.mark.parametrize("corpus", CORPUS_DIRS, ids=lambda p: p.name)
def test_a_talk_has_one_day_and_one_event(corpus: Path) -> None:
    """Two segments about the same talk cannot disagree on when or where it took place."""
    truth = load_truth(corpus)
    days: dict[str, set[str]] = {}
    events: dict[str, set[str]] = {}
    for name, segment in talk_segments(truth):
        event = truth["notes"][name]["event"]
        assert event, f"{name}: a note about a talk needs its event labelled"
        events.setdefault(segment["talk"], set()).add(event)
        if segment["date"]:
            days.setdefault(segment["talk"], set()).add(segment["date"])
    assert {talk: e for talk, e in events.items() if len(e) > 1} == {}
    assert {talk: d for talk, d in days.items() if len(d) > 1} == {}


def test_line_count_matches_what_an_editor_shows(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_bytes(b"\xef\xbb\xbfone\r\ntwo\r\n")
    (tmp_path / "b.md").write_text("one\ntwo\nthree", encoding="utf-8")
    (tmp_path / "c.md").write_text("one\n\n", encoding="utf-8")
    assert [line_count(tmp_path / n) for n in ("a.md", "b.md", "c.md")] == [2, 3, 2]
