"""The help screen lists the keys of the screen it was opened from."""

from __future__ import annotations

from pathlib import Path

from rich.console import Console
from textual.widgets import Static

from summit_tui.ui.app import SummitApp
from summit_tui.ui.screens.compare import CompareScreen
from summit_tui.ui.screens.help import HelpScreen
from test_annotate_support import corpus
from waits import settled


async def _open_help(pilot) -> str:
    await pilot.press("question_mark")
    await pilot.pause()
    assert isinstance(pilot.app.screen, HelpScreen)
    return _help_text(pilot.app)


def _app(tmp_path: Path) -> SummitApp:
    (tmp_path / "notes").mkdir()
    return SummitApp(
        tmp_path / "notes",
        data_dir=tmp_path / "data",
        loader=lambda path, progress: corpus(),
        watch_interval=None,
    )


def _help_text(app) -> str:
    console = Console(width=120, record=True)
    console.print(app.screen.query_one("#help-bindings", Static).content)
    return console.export_text()


async def test_help_on_the_compare_screen_lists_the_compare_keys(tmp_path: Path) -> None:
    app = _app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settled(pilot)
        assert app.open_item("d1-keynote", "Alice")
        await pilot.press("c")
        await settled(pilot)
        assert isinstance(app.screen, CompareScreen)
        text = await _open_help(pilot)
        assert "Compare screen" in text
        assert "Unique only" in text
        assert "Next unique" in text
        await pilot.press("escape", "escape")
        await pilot.pause()
        text = await _open_help(pilot)
        assert "Program tree" in text
        assert "Unique only" not in text


async def test_help_speaks_the_apps_words_and_gives_each_key_one_meaning(tmp_path: Path) -> None:
    """No Textual default description (like ctrl+q's "Quit the app and return to the
    command prompt" or the reader's "Scroll Left" for ←), and in each place a key is
    listed once: in the reader ← is the previous author, as the README says."""
    from textual.app import App
    from textual.binding import Binding
    from textual.scroll_view import ScrollView
    from textual.widgets import Tree

    from summit_tui.ui.screens.help import bindings_of, help_sections

    app = _app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settled(pilot)
        assert app.open_item("d1-keynote", "Alice")
        app.reader.entry_view.focus()
        text = await _open_help(pilot)
        textual_words = {
            binding.tooltip or binding.description
            for cls in (App, ScrollView, Tree)
            for binding in Binding.make_bindings(cls.BINDINGS)
        } - {""}
        assert textual_words
        assert not [words for words in textual_words if words in text], text
        for title, node in help_sections(app.browse):
            keys = [key for row in bindings_of(node) for key in row[0].split(", ")]
            assert len(keys) == len(set(keys)), (title, keys)
        reader = dict((row[0], row[1]) for row in bindings_of(app.reader.entry_view))
        assert reader["h, ←"] == "The previous author's tab"


async def test_j_and_k_scroll_the_help_as_they_move_everywhere_else(tmp_path: Path) -> None:
    from textual.containers import VerticalScroll

    app = _app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settled(pilot)
        await _open_help(pilot)
        scroll = app.screen.query_one("#help-scroll", VerticalScroll)
        await pilot.press("j", "j", "j")
        await pilot.pause()
        assert scroll.scroll_y >= 3
        await pilot.press("G")
        await pilot.pause()
        assert scroll.scroll_y == scroll.max_scroll_y > 3
        await pilot.press("k", "g")
        await pilot.pause()
        assert scroll.scroll_y == 0


async def test_binding_ids_are_shown_only_when_asked_for(tmp_path: Path) -> None:
    """The ids that [keys] in settings.toml takes are noise to most readers of the help:
    `i` adds them, `i` again hides them."""
    app = _app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settled(pilot)
        text = await _open_help(pilot)
        assert "The keys of this screen" in text
        assert "app.help" not in text
        assert "browse.switch_pane" not in text
        await pilot.press("i")
        await pilot.pause()
        shown = _help_text(app)
        assert "app.help" in shown
        assert "browse.switch_pane" in shown
        await pilot.press("i")
        await pilot.pause()
        assert "app.help" not in _help_text(app)
