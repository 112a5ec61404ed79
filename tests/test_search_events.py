"""Notes about several conferences in one folder: a talk of one title given at two of them
is two items, and every place that lists them says which event each is (the search command
and its JSON, the app's search rows, the palette, the reader's header at 80x24)."""

from __future__ import annotations

import json
from pathlib import Path

from summit_tui.cli import main
from summit_tui.ui.app import SummitApp
from summit_tui.ui.palette import item_help
from summit_tui.ui.screens.search import SearchResults, SearchScreen
from waits import settled

TITLE = "Red-teaming LLM agents that can click buttons"


def write_two_events(folder: Path) -> Path:
    folder.mkdir()
    for event, date, author in (
        ("DEF CON 32", "2024-08-10", "Priya"),
        ("Black Hat USA 2024", "2024-08-07", "Tom"),
    ):
        (folder / f"{author.lower()}.md").write_text(
            f"---\nevent: {event}\ndate: {date}\nauthor: {author}\n"
            "track: Offensive AI and Machine Learning Security Village\n---\n"
            f"# {TITLE} — Priya Natarajan\n\n- tool permissions are the boundary\n",
            encoding="utf-8",
        )
    return folder


def write_one_event(folder: Path) -> Path:
    folder.mkdir()
    (folder / "ann.md").write_text(
        f"---\nevent: DEF CON 32\ndate: 2024-08-10\nauthor: Ann\n---\n# {TITLE}\n\n"
        "- tool permissions are the boundary\n",
        encoding="utf-8",
    )
    return folder


def test_each_row_says_its_event_when_there_are_several(tmp_path: Path, capsys) -> None:
    notes = write_two_events(tmp_path / "notes")
    assert main(["search", "--notes", str(notes), "red teaming"]) == 0
    rows = [line for line in capsys.readouterr().out.splitlines() if line.startswith("item")]
    assert len(rows) == 2
    assert any("[DEF CON 32]" in row for row in rows)
    assert any("[Black Hat USA 2024]" in row for row in rows)
    assert main(["search", "--notes", str(notes), "red teaming", "--json"]) == 0
    results = json.loads(capsys.readouterr().out)["results"]
    events = {r["event"] for r in results if r["kind"] == "item"}
    assert events == {"DEF CON 32", "Black Hat USA 2024"}


def test_one_event_is_not_repeated_on_every_row(tmp_path: Path, capsys) -> None:
    notes = write_one_event(tmp_path / "notes")
    assert main(["search", "--notes", str(notes), "boundary"]) == 0
    out = capsys.readouterr().out
    assert "boundary" in out and "[DEF CON 32]" not in out
    assert main(["search", "--notes", str(notes), "boundary", "--json"]) == 0
    results = json.loads(capsys.readouterr().out)["results"]
    assert {r["event"] for r in results} == {"DEF CON 32"}  # JSON says it always


async def test_the_app_rows_and_the_header_say_the_event(tmp_path: Path) -> None:
    notes = write_two_events(tmp_path / "notes")
    app = SummitApp(notes, watch_interval=None)
    async with app.run_test(size=(80, 24)) as pilot:
        await settled(pilot)
        await pilot.press("slash")
        await settled(pilot)
        screen = app.screen
        assert isinstance(screen, SearchScreen)
        await pilot.press(*"red teaming")
        await settled(pilot)
        options = screen.query_one(SearchResults)
        rows = [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]
        items = [row for row in rows if TITLE[:20] in row.split("\n")[0]]
        assert any("DEF CON 32" in row for row in items)
        assert any("Black Hat USA 2024" in row for row in items)
        await pilot.press("escape")
        await settled(pilot)


async def test_the_palette_and_the_header_at_80x24_say_the_event(tmp_path: Path) -> None:
    notes = write_two_events(tmp_path / "notes")
    app = SummitApp(notes, watch_interval=None)
    async with app.run_test(size=(80, 24)) as pilot:
        await settled(pilot)
        corpus = app.corpus
        assert corpus is not None
        helps = {item_help(corpus, item) for item in corpus.items()}
        assert any("DEF CON 32" in text for text in helps)
        assert any("Black Hat USA 2024" in text for text in helps)
        for item in corpus.items():
            assert app.open_item(item.id)
            await pilot.pause()
            header = app.query_one("#item-header").render().plain
            event = corpus.program.event(item.event)
            assert event is not None and event.title in header, header
            assert "Offensive AI" in header  # the track, after it


def test_the_palette_names_no_event_when_there_is_one(tmp_path: Path) -> None:
    from summit_tui.corpus.build import build_corpus

    notes = write_one_event(tmp_path / "notes")
    corpus = build_corpus(notes)
    item = next(iter(corpus.items()))
    assert "DEF CON 32" not in item_help(corpus, item)


def test_did_you_mean_tells_two_items_of_one_title_apart(tmp_path: Path, capsys) -> None:
    notes = write_two_events(tmp_path / "notes")
    assert main(["compare", "--notes", str(notes), "Red-teaming LLM agents"]) != 0
    err = capsys.readouterr().err
    assert f"({TITLE}, DEF CON 32)" in err
    assert f"({TITLE}, Black Hat USA 2024)" in err


def test_did_you_mean_names_no_event_for_distinct_titles(tmp_path: Path, capsys) -> None:
    notes = write_one_event(tmp_path / "notes")
    assert main(["compare", "--notes", str(notes), "Red-teaming LLM agents"]) != 0
    err = capsys.readouterr().err
    assert f"({TITLE})" in err
