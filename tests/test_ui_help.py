"""The help screen lists the keys of the screen it was opened from."""

from __future__ import annotations

from pathlib import Path

from rich.console import Console
from textual.widgets import Static

from summit_tui.ui.app import SummitApp
from summit_tui.ui.screens.compare import CompareScreen
from summit_tui.ui.screens.help import HelpScreen
from test_annotate_support import corpus


async def _open_help(pilot) -> str:
    await pilot.press("question_mark")
    await pilot.pause()
    assert isinstance(pilot.app.screen, HelpScreen)
    console = Console(width=120, record=True)
    console.print(pilot.app.screen.query_one("#help-bindings", Static).content)
    return console.export_text()


async def test_help_on_the_compare_screen_lists_the_compare_keys(tmp_path: Path) -> None:
    (tmp_path / "notes").mkdir()
    app = SummitApp(
        tmp_path / "notes",
        data_dir=tmp_path / "data",
        loader=lambda path, progress: corpus(),
        watch_interval=None,
    )
    async with app.run_test(size=(120, 40)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        app.open_item("d1-keynote", "Alice")
        await pilot.press("c")
        await app.workers.wait_for_complete()
        await pilot.pause()
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
