"""Pilot: in the app, a talk the program does not list sits in the tree under its day and
track with its star after its title's typo was fixed; what could not follow an item whose id
changed is on the problems screen (p), not silently filed away."""

from __future__ import annotations

from pathlib import Path

from summit_tui import cli
from summit_tui.ui.app import SummitApp
from summit_tui.ui.screens.problems import ProblemsScreen
from summit_tui.ui.widgets.navigator import Navigator
from test_unlisted import BOB, CAROL, notes  # noqa: F401 - the notes fixture
from waits import annotations_open, loaded, until


async def test_the_app_shows_the_unlisted_item_and_the_annotations_left_behind(
    notes: Path,  # noqa: F811
    tmp_path: Path,
    capsys,
) -> None:
    data = tmp_path / "data"
    for argv in (
        ["mark", "rust-in-the-kernel", "--star"],
        ["annotate", "typing-at-scale", "mypy strict"],
    ):
        assert cli.main([*argv, "--notes", str(notes), "--data-dir", str(data)]) == 0
    capsys.readouterr()
    (notes / "bob-day2.md").write_text(BOB.replace("Rust in the Kernel", "Rust in the Kernal"))
    # Renamed and its words changed: nothing says where its annotation belongs now.
    carol = CAROL.replace("Typing at scale", "Something else")
    (notes / "carol-pycon.md").write_text(carol.replace("Mypy strict", "Pyright basic"))
    app = SummitApp(notes, data_dir=data, watch_interval=None)
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(pilot)
        await annotations_open(pilot)
        navigator = app.query_one(Navigator)
        node = navigator.item_node("rust-in-the-kernel")
        await until(pilot, lambda: "★" in node.label.plain, "the star on the item")
        assert "Rust in the Kernal" in node.label.plain
        assert str(node.parent.label).startswith("Track B")
        await until(pilot, lambda: app.annotator.gone, "the annotations found again")
        await pilot.press("p")
        await until(pilot, lambda: isinstance(app.screen, ProblemsScreen), "the problems")
        rows = [str(p.message) for p in app.screen._problems if not p.path]
        assert len(rows) == 1
        assert "1 annotation on 'Typing at scale', item typing-at-scale" in rows[0]
