"""What the app says after writing a file (blind16 QA F8): the file's path on a line of its
own, under the home folder as ``~/…``, in a notification as wide as it needs, so the path
reads whole at 80×24; the notification sits above the panes' bottom border, the status line
and the keys, and off the right border."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets._toast import Toast

from summit_tui.text import home_path
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


async def test_the_export_toast_shows_the_path_whole_inside_the_frame(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    _seed(tmp_path)
    app = make_app(tmp_path)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await settled(pilot)
        await pilot.press("e")
        await until(pilot, lambda: "Exported 3 annotations" in notifications(app), "e")
        (export,) = (tmp_path / "data" / "exports").glob("*.md")
        shown = "~/data/exports/" + export.name
        assert f"Exported 3 annotations to\n{shown}" in notifications(app)
        await pilot.pause()
        (toast,) = app.screen.query(Toast)
        region = toast.region
        assert region.right <= 80 - 1  # the right border stays drawn
        assert region.bottom <= 24 - 3  # above the bottom border, the status and the keys
        lines = [line.text.rstrip() for line in toast.render_lines(toast.region.reset_offset)]
        assert any(line.endswith(shown) for line in lines)  # the path on one line, whole
