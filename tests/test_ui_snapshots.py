"""SVG snapshots of the main screen with Korean content, at 120×40 and 80×24.

Review a changed snapshot before accepting it with `pytest --snapshot-update`.
"""

from __future__ import annotations

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
