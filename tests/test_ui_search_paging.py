"""Search pages further on demand: no "50+ results" dead end; the page size is search_limit."""

from __future__ import annotations

from pathlib import Path

import pytest

from summit_tui.search.index import SearchIndex
from summit_tui.ui.app import SummitApp
from test_ui_search import open_search, type_query
from waits import settled


@pytest.fixture
def small_pages(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    config = tmp_path / "config"
    config.mkdir()
    (config / "settings.toml").write_text("search_limit = 20\n", encoding="utf-8")
    monkeypatch.setenv("SUMMIT_TUI_CONFIG_DIR", str(config))


def status(screen) -> str:
    return str(screen.query_one("#search-status").render())


async def test_the_end_of_the_list_shows_the_next_page(shipped_notes: Path, small_pages) -> None:
    every = SearchIndex.build(_corpus(shipped_notes)).search("ai", limit=10_000)
    app = SummitApp(shipped_notes, watch_interval=None)
    async with app.run_test(size=(120, 40)) as pilot:
        await settled(pilot)
        screen = await open_search(pilot)
        await type_query(pilot, screen, "ai")
        assert len(screen.results) == 20
        assert "20 results so far · more below the last" in status(screen)
        await pilot.press("pagedown", "pagedown")  # onto the last result: a page more
        await settled(pilot)
        assert len(screen.results) == 40
        options = screen.query_one("#search-results")
        assert options.highlighted == 19  # the cursor stays where it was
        while screen.more:
            await pilot.press("pagedown", "pagedown", "pagedown")
            await settled(pilot)
        assert len(screen.results) == len(every) > 40
        assert status(screen).startswith(f"{len(every)} results · ")
        assert [r.entry_id or r.item_id for r in screen.results] == [
            r.entry_id or r.item_id for r in every
        ]
        await type_query(pilot, screen, "perplexity")  # a new query starts at one page
        assert len(screen.results) <= 20


async def test_one_result_is_counted_in_the_singular(shipped_notes: Path) -> None:
    app = SummitApp(shipped_notes, watch_interval=None)
    async with app.run_test(size=(120, 40)) as pilot:
        await settled(pilot)
        screen = await open_search(pilot)
        await type_query(pilot, screen, "trimo")  # (seminar is heard in 세미나 too)
        assert len(screen.results) == 1
        assert status(screen).startswith("1 result · ")


async def test_no_matches_says_which_filter_names_nothing(shipped_notes: Path) -> None:
    app = SummitApp(shipped_notes, watch_interval=None)
    async with app.run_test(size=(120, 40)) as pilot:
        await settled(pilot)
        screen = await open_search(pilot)
        await type_query(pilot, screen, "ai track:keynotz")
        assert status(screen) == "No matches: no track 'keynotz'; did you mean Keynote?"


def _corpus(notes: Path):
    from summit_tui.corpus.build import build_corpus

    return build_corpus(notes)
