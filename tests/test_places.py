"""Where a note is, as export, report, `annotate` and the app write it: the real notes
folder (whatever it is called), from the folder the text is read in, never a made-up
``notes/`` (corpora7's QA: every place was `notes/<path>` whatever the folder's name)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from summit_tui.cli import main
from summit_tui.places import seen_from, seen_from_file
from waits import settled

NOTE = """---
title: Agents at scale
event: Demo Con 2024
date: 2024-11-04
author: Alice
---

# Agents at scale

- Agents need memory that survives restarts.
- Evaluation, not model size, decides who ships first.
"""


def test_a_notes_folder_inside_the_readers_folder_is_written_from_it(tmp_path: Path) -> None:
    notes = tmp_path / "conf" / "conference-notes"
    assert (
        seen_from(notes, tmp_path).of("day1/talk.md", 7) == "conf/conference-notes/day1/talk.md:7"
    )
    assert seen_from(notes, notes).of("talk.md", 3) == "talk.md:3"
    assert seen_from(notes, notes / "day1").of("talk.md") == f"{notes}/talk.md"  # not ../
    assert seen_from(notes, tmp_path / "elsewhere").of("talk.md", 1) == f"{notes}/talk.md:1"
    assert seen_from_file(notes, tmp_path / "conf" / "report.md").of("a.md", 2) == (
        "conference-notes/a.md:2"
    )


def test_a_line_number_is_left_out_when_there_is_none() -> None:
    assert seen_from("/x/n", "/x").of("a.md") == "n/a.md"
    assert seen_from("/x/n", "/x").of("a.md", 0) == "n/a.md"


@pytest.fixture
def annotated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """A notes folder called conference-notes with one annotated quote; the working folder
    is the one that holds it."""
    notes = tmp_path / "conference-notes"
    notes.mkdir()
    (notes / "agents.md").write_text(NOTE, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    args = ["--notes", str(notes), "--data-dir", str(tmp_path / "data")]
    quote = "Agents need memory that survives restarts."
    assert main(["annotate", "agents.md", "Key point", "--quote", quote, *args]) == 0
    return args


def test_annotate_says_where_the_quote_is_in_the_real_folder(
    annotated: list[str], tmp_path: Path, capsys
) -> None:
    capsys.readouterr()
    quote = "Evaluation, not model size"
    assert main(["annotate", "conference-notes/agents.md", "x", "--quote", quote, *annotated]) == 0
    out = capsys.readouterr().out
    assert " on conference-notes/agents.md:11 (Alice)" in out  # and its own place is accepted


def test_export_to_stdout_writes_places_from_the_working_folder(
    annotated: list[str], capsys
) -> None:
    capsys.readouterr()
    assert main(["export", *annotated]) == 0
    text = capsys.readouterr().out
    assert "> — Alice, `conference-notes/agents.md:10`" in text
    assert "`notes/" not in text


def test_export_to_a_file_writes_places_from_the_files_folder(
    annotated: list[str], tmp_path: Path
) -> None:
    (tmp_path / "out").mkdir()
    assert main(["export", "-o", str(tmp_path / "out" / "a.md"), *annotated]) == 0
    text = (tmp_path / "out" / "a.md").read_text(encoding="utf-8")
    # The notes folder is not inside out/: its place is written in full.
    assert f"`{tmp_path / 'conference-notes'}/agents.md:10`" in text
    assert main(["export", "-o", str(tmp_path / "b.md"), *annotated]) == 0
    assert "`conference-notes/agents.md:10`" in (tmp_path / "b.md").read_text(encoding="utf-8")


def test_report_writes_places_from_where_it_is_read(annotated: list[str], tmp_path: Path) -> None:
    assert main(["report", "-o", str(tmp_path / "report.md"), *annotated]) == 0
    text = (tmp_path / "report.md").read_text(encoding="utf-8")
    assert "`conference-notes/agents.md:10`" in text and "`notes/" not in text
    assert main(["report", "-o", str(tmp_path / "report.json"), *annotated]) == 0
    data = json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))
    (talk,) = [
        t for e in data["events"] for d in e["days"] for r in d["tracks"] for t in r["talks"]
    ]
    links = {s["link"] for p in talk["single"] for s in p["sources"]}
    assert "conference-notes/agents.md:10" in links
    assert {s["note"] for p in talk["single"] for s in p["sources"]} == {"agents.md"}


async def test_the_app_writes_places_from_the_folder_it_was_started_in(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from summit_tui.ui.app import SummitApp
    from summit_tui.ui.screens.annotate_modal import AnnotateModal

    notes = tmp_path / "conference-notes"
    notes.mkdir()
    (notes / "agents.md").write_text(NOTE, encoding="utf-8")
    bob = NOTE.replace("author: Alice", "author: Bob").replace("Evaluation, not", "Memory,")
    (notes / "bob.md").write_text(bob.replace("- Agents need memory", "- Memory"), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    app = SummitApp(notes, data_dir=tmp_path / "data", watch_interval=None)
    async with app.run_test(size=(120, 36)) as pilot:
        await settled(pilot)
        assert app.current_item_id is not None
        source = app.query_one("#entry-source").render().plain
        assert source.endswith(" · conference-notes/agents.md"), source
        app.reader.entry_view.focus()
        await pilot.press("a")
        await pilot.pause()
        assert isinstance(app.screen, AnnotateModal)
        where = app.screen.query_one("#annotate-where").render().plain
        assert where.startswith("— Alice, conference-notes/agents.md:"), where
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("c")  # compare: each column says where its notes are
        await settled(pilot)
        from summit_tui.ui.screens.compare import CompareScreen

        assert isinstance(app.screen, CompareScreen)
        subtitles = sorted(str(column.border_subtitle) for column in app.screen.columns)
        assert subtitles == ["conference-notes/agents.md:8-11", "conference-notes/bob.md:8-11"]


async def test_the_problems_screen_names_the_folder_as_the_other_places_do(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from summit_tui.ui.app import SummitApp
    from summit_tui.ui.screens.problems import ProblemsScreen

    notes = tmp_path / "conference-notes"
    notes.mkdir()
    (notes / "broken.md").write_text("---\ntitle: [broken\n---\n# Talk\n\n- a point\n", "utf-8")
    monkeypatch.chdir(tmp_path)
    app = SummitApp(notes, data_dir=tmp_path / "data", watch_interval=None)
    async with app.run_test(size=(100, 30)) as pilot:
        await settled(pilot)
        await pilot.press("p")
        await pilot.pause()
        assert isinstance(app.screen, ProblemsScreen)
        title = app.screen._title(96).plain
        assert title == "1 problem found while loading conference-notes", title
