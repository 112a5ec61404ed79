"""The footer (KeyBar): the screen's keys in the first frame, complete, clickable."""

from __future__ import annotations

import threading
from pathlib import Path

from summit_tui.ui.screens.help import HelpScreen
from summit_tui.ui.widgets.footer import KeyBar
from test_ui_browse import fake_app, fake_corpus, make_app
from waits import settled


def footer_text(app) -> str:
    return app.screen.query_one(KeyBar).render().plain


async def test_keys_are_in_the_first_frame_while_the_notes_load(tmp_path: Path) -> None:
    release = threading.Event()

    def slow_loader(path, progress):
        release.wait(10)
        return fake_corpus(str(path))

    app = make_app(tmp_path, loader=slow_loader)
    async with app.run_test(size=(120, 40)) as pilot:
        text = footer_text(app)
        for shown in ("tab Pane", "[] Prev/next", "/ Search", "? Help", "q Quit", "^p palette"):
            assert shown in text
        release.set()
        await settled(pilot)
        await pilot.pause(0.1)
        # Problems are offered where they are counted, in the status line: `p` lists them.
        status = str(app.screen.query_one("#status").render())
        assert "⚠ 1 problem (p)" in status


async def test_a_narrow_footer_drops_whole_keys_and_keeps_help_and_quit(tmp_path: Path) -> None:
    app = fake_app(tmp_path)
    async with app.run_test(size=(60, 24)) as pilot:
        await settled(pilot)
        text = footer_text(app)
        assert len(text) <= 60
        assert "? Help" in text
        assert "q Quit" in text
        whole = {"tab", "Pane", "[]", "Prev/next", "/", "Search", "c", "Compare", "a"}
        whole |= {"Annotate", "s", "Star", "r", "Reviewed", "p", "Problems", "?", "Help"}
        whole |= {"q", "Quit", "▏^p", "palette"}
        assert set(text.split()) <= whole  # no key cut in half
        assert "Reviewed" not in text  # it did not fit


async def test_an_80_column_footer_keeps_the_review_keys_before_the_pane_switch(
    tmp_path: Path,
) -> None:
    app = fake_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settled(pilot)
        text = footer_text(app)
        assert len(text) <= 80
        for shown in ("/ Search", "c Compare", "s Star", "r Reviewed", "q Quit", "? Help"):
            assert shown in text
        assert "tab Pane" not in text  # the pane switch gave way first
        assert text.index("s Star") < text.index("q Quit") < text.index("? Help")


async def test_clicking_a_key_presses_it_and_hovering_explains_it(tmp_path: Path) -> None:
    app = fake_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settled(pilot)
        search_x = footer_text(app).index("/ Search")
        await pilot.hover(KeyBar, offset=(search_x + 3, 0))
        await pilot.pause()
        assert app.screen.query_one(KeyBar).tooltip == "Find items, passages, annotations"
        help_x = footer_text(app).index("? Help")
        await pilot.click(KeyBar, offset=(help_x + 1, 0))
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
