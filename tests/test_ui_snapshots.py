"""SVG snapshots of the main screen with Korean content, at 120×40 and 80×24.

Review a changed snapshot before accepting it with `pytest --snapshot-update`.
"""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from textual.pilot import Pilot

from summit_tui.ui.app import SummitApp

KOREAN = Path(__file__).parent / "data" / "ui" / "korean"


async def _ready(pilot: Pilot) -> None:
    app = pilot.app
    assert isinstance(app, SummitApp)
    for _ in range(100):  # the load may not have started when run_before is called
        await app.workers.wait_for_complete()
        await pilot.pause(0.05)
        if app.corpus is not None or app.load_error is not None:
            break
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
    for _ in range(100):
        await pilot.app.workers.wait_for_complete()
        await pilot.pause(0.05)
        if getattr(pilot.app.screen, "results", None):
            break
    await pilot.pause()


async def _compare(pilot: Pilot) -> None:
    await _ready(pilot)
    await pilot.press("c")
    for _ in range(100):
        await pilot.app.workers.wait_for_complete()
        await pilot.pause(0.05)
        if pilot.app.screen.query("PassageColumn"):
            break
    await pilot.pause()
    await pilot.pause()


async def _annotations(pilot: Pilot) -> None:
    await _ready(pilot)
    app = pilot.app
    assert isinstance(app, SummitApp)
    for _ in range(100):
        if app.annotations is not None and app.annotations.attached:
            break
        await pilot.pause(0.05)
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
    app = pilot.app
    for _ in range(100):
        await app.workers.wait_for_complete()
        await pilot.pause(0.05)
        if app.corpus is not None:
            break
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
