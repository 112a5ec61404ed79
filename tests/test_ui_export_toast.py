"""What the app says after writing a file (blind16 QA F8): the file's path on a line of its
own, under the home folder as ``~/…``, in a notification as wide as it needs, so the path
reads whole at 80×24; the notification sits above the panes' bottom border (however many lines
the bar of your notes on the passage takes under them), the status line and the keys, and off
the right border."""

from __future__ import annotations

from pathlib import Path

import pytest
from rich.text import Text
from textual.widgets._toast import Toast

from summit_tui.text import home_path
from summit_tui.ui.widgets.passage_notes import PassageNotes
from test_ui_annotate import _seed, make_app, notifications
from waits import settled, until


@pytest.mark.parametrize(
    ("path", "home", "shown"),
    [
        ("/home/ana/.local/share/summit-tui/a.md", "/home/ana", "~/.local/share/summit-tui/a.md"),
        ("/home/ana", "/home/ana", "~"),
        ("/home/anabel/x.md", "/home/ana", "/home/anabel/x.md"),  # another user's home
        ("/srv/exports/a.md", "/home/ana", "/srv/exports/a.md"),
        ("/srv/a\x1b[31m.md", "/home/ana", "/srv/a\\x1b[31m.md"),  # written out, never acted on
    ],
)  # fmt: skip
def test_a_written_file_is_shown_from_the_home_folder(
    monkeypatch: pytest.MonkeyPatch, path: str, home: str, shown: str
) -> None:
    monkeypatch.setenv("HOME", home)
    assert home_path(path) == shown


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
async def test_the_export_toast_shows_the_path_whole_inside_the_frame(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, size: tuple[int, int]
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    _seed(tmp_path)
    app = make_app(tmp_path)
    width, height = size
    async with app.run_test(size=size, notifications=True) as pilot:
        await settled(pilot)
        await pilot.press("e")
        await until(pilot, lambda: "Exported 3 annotations" in notifications(app), "e")
        (export,) = (tmp_path / "data" / "exports").glob("*.md")
        shown = "~/data/exports/" + export.name
        assert f"Exported 3 annotations to\n{shown}" in notifications(app)
        await pilot.pause()
        (toast,) = app.screen.query(Toast)
        region = toast.region
        assert region.right <= width - 1  # the right border stays drawn
        # above the panes' bottom border, with the bar of your notes on the passage shown
        # under the panes (the seeded item has annotations), the status line and the keys
        assert app.screen.query_one(PassageNotes).display
        panes = app.screen.query_one("#panes").region
        assert region.bottom <= panes.bottom - 1 < height - 3
        lines = [line.text.rstrip() for line in toast.render_lines(toast.region.reset_offset)]
        assert any(line.endswith(shown) for line in lines)  # the path on one line, whole


async def test_toasts_stay_above_the_panes_as_the_bar_under_them_comes_and_goes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    _seed(tmp_path)
    app = make_app(tmp_path)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await settled(pilot)
        bar = app.screen.query_one(PassageNotes)
        assert bar.display
        bar.show(None)  # a passage of an item without annotations: no bar
        await pilot.pause()
        app.notify("first", markup=False)
        await pilot.pause()
        await pilot.pause()
        panes = app.screen.query_one("#panes").region
        assert panes.bottom == 40 - 2  # only the status line and the keys below the panes
        (toast,) = app.screen.query(Toast)
        assert toast.region.bottom == panes.bottom - 1  # right over the border, no gap
        bar.show(Text("✎ one\n✎ two\n✎ three"))
        await pilot.pause()
        await pilot.pause()
        panes = app.screen.query_one("#panes").region
        assert panes.bottom == 40 - 5
        assert toast.region.bottom == panes.bottom - 1
