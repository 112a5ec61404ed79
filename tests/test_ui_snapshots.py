"""SVG snapshots of the main screen with Korean content, at 120×40 and 80×24.

Review a changed snapshot before accepting it with `pytest --snapshot-update`.
"""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from textual.pilot import Pilot

from summit_tui.ui.app import SummitApp
from summit_tui.ui.screens.search import SearchScreen
from waits import annotations_open, loaded, until

KOREAN = Path(__file__).parent / "data" / "ui" / "korean"


async def _ready(pilot: Pilot) -> None:
    app = pilot.app
    assert isinstance(app, SummitApp)
    await loaded(pilot)
    assert app.corpus is not None, app.load_error
    app.open_item("demo-k01", author="앨리스")
    await pilot.pause()
    await pilot.pause()


@pytest.mark.parametrize("size", [(120, 40), (80, 24)], ids=["120x40", "80x24"])
def test_main_screen_with_korean_notes(snap_compare, size: tuple[int, int]) -> None:
    app = SummitApp(KOREAN, watch_interval=None)
    assert snap_compare(app, terminal_size=size, run_before=_ready)


# -- every screen, at 80×24 and 120×40 -------------------------------------------------------

BROKEN = Path(__file__).parent / "data" / "ui" / "broken"
SIZES = [(120, 40), (80, 24)]
SIZE_IDS = ["120x40", "80x24"]


async def _search_results(pilot: Pilot) -> None:
    await _ready(pilot)
    await pilot.press("slash", *"검색")
    screen = pilot.app.screen
    assert isinstance(screen, SearchScreen)
    await until(pilot, lambda: bool(screen.results), "results for 검색")
    await pilot.pause()


async def _compare(pilot: Pilot) -> None:
    await _ready(pilot)
    await pilot.press("c")
    await until(pilot, lambda: bool(pilot.app.screen.query("PassageColumn")), "compare's columns")
    await pilot.pause()
    await pilot.pause()


async def _annotations(pilot: Pilot) -> None:
    await _ready(pilot)
    app = pilot.app
    assert isinstance(app, SummitApp)
    await annotations_open(pilot)
    session = app.annotations
    assert session is not None and app.corpus is not None
    entry = app.corpus.entries_for("demo-k01")[0]
    passage = app.corpus.passages(entry)[1]
    session.annotate(
        "demo-k01", "답변 엔진이라는 말이 핵심", ["검색", "keynote"], entry=entry, passage=passage
    )
    session.annotate("demo-k01", "Ask for the slides after the talk", ["follow-up"])
    await pilot.press("A")
    await pilot.pause()
    await pilot.pause()


async def _problems(pilot: Pilot) -> None:
    await loaded(pilot)
    await pilot.press("p")
    await pilot.pause()
    await pilot.pause()


async def _help(pilot: Pilot) -> None:
    await _ready(pilot)
    pilot.app.reader.entry_view.focus()
    await pilot.press("question_mark")
    await pilot.pause()
    await pilot.pause()


@pytest.mark.parametrize("size", SIZES, ids=SIZE_IDS)
@pytest.mark.parametrize(
    "screen, notes, run_before",
    [
        ("compare", KOREAN, _compare),  # wide at 120 columns, stacked at 80
        ("search", KOREAN, _search_results),
        ("annotations", KOREAN, _annotations),
        ("problems", BROKEN, _problems),
        ("help", KOREAN, _help),
    ],
    ids=["compare", "search", "annotations", "problems", "help"],
)
def test_every_screen(
    snap_compare, monkeypatch: pytest.MonkeyPatch, size, screen, notes, run_before
) -> None:
    from summit_tui.annotate import store
    from summit_tui.ui.screens import problems, search

    # What changes from run to run is fixed: the search's time, annotations' times.
    show = search.SearchScreen._show

    def timeless(screen, query, limit, results, problems, elapsed):  # type: ignore[no-untyped-def]
        show(screen, query, limit, results, problems, 0.0)

    monkeypatch.setattr(search.SearchScreen, "_show", timeless)
    # The problems screen names the notes folder by its absolute path: the checkout's place.
    plain = problems.clean_line
    here = str(BROKEN.parent)
    monkeypatch.setattr(
        problems, "clean_line", lambda text: plain(text).replace(here, "tests/data/ui")
    )
    minutes = itertools.count(30)  # each annotation a minute after the one before
    monkeypatch.setattr(store, "now_iso", lambda: f"2024-11-04T15:{next(minutes):02d}:00+09:00")
    app = SummitApp(notes, watch_interval=None)
    assert snap_compare(app, terminal_size=size, run_before=run_before)
