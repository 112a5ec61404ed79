"""A light theme draws the panes' frames and the tree's muted counts where they can be seen
(blind15 QA #13: catppuccin-latte's reader frame was white on white in 256 colours and the
tree's "0/4 reviewed" faint)."""

from __future__ import annotations

from pathlib import Path

from textual.color import Color

from summit_tui.ui.app import SummitApp
from waits import loaded


def _contrast(a: Color, b: Color) -> float:
    """How far apart two colours are in lightness, 0 to 1."""
    return abs(a.brightness - b.brightness)


async def test_a_light_theme_frames_the_reader_and_the_tree_visibly(
    shipped_notes: Path,
) -> None:
    app = SummitApp(shipped_notes, watch_interval=None)
    async with app.run_test() as pilot:
        await loaded(pilot)
        app.theme = "catppuccin-latte"
        await pilot.pause()
        background = app.screen.styles.background
        reader = app.query_one("#entry-view")
        navigator = app.query_one("#navigator")
        for pane in (reader, navigator):
            if app.focused is pane:
                continue  # the focused pane has its accent frame
            colour = pane.styles.border_top[1]
            assert _contrast(colour, background) > 0.2, (pane.id, colour, background)
        muted = navigator.get_component_styles("navigator--muted")
        assert not muted.text_style.dim


def test_a_cut_tab_keeps_the_no_author_mark_while_there_is_room() -> None:
    from summit_tui.ui.widgets.reader import _shortened

    assert _shortened("Assembly seminars.md (no author)", 24) == "Assembly se… (no author)"
    assert _shortened("Assembly seminars.md (no author)", 24).endswith(" (no author)")
    assert _shortened("Lena Hoffmann-Schreiber", 10).startswith("Lena")
    # too narrow for both: the place, which tells the notes apart, is kept
    assert _shortened("Assembly seminars.md (no author)", 12).startswith("Assembly")
