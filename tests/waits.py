"""Bounded, described waits for Pilot tests (no test module here).

Each wait gives up after a bound and says what it was waiting for, instead of a loop of
pauses that either hangs or fails somewhere later with a puzzling message.
"""

from __future__ import annotations

from collections.abc import Callable

from textual.pilot import Pilot

STEP = 0.02  # seconds between looks


async def until(pilot: Pilot, condition: Callable[[], object], what: str, seconds: float = 3.0):
    """Let workers finish and messages arrive until ``condition()`` holds; fail, naming
    ``what``, after ``seconds``."""
    for _ in range(max(1, int(seconds / STEP))):
        await pilot.app.workers.wait_for_complete()
        await pilot.pause(STEP)
        if condition():
            return
    raise AssertionError(f"waited {seconds:g} s in vain for {what}")


async def loaded(pilot: Pilot, seconds: float = 5.0) -> None:
    """Until the app has a complete corpus (or says why it has none)."""
    app = pilot.app

    def done() -> bool:
        return not app.is_loading and (app.corpus is not None or app.load_error is not None)

    await until(pilot, done, "the notes to load", seconds)


async def annotations_open(pilot: Pilot, seconds: float = 5.0) -> None:
    """Until the annotation session is open and scoped to the loaded notes folder."""
    app = pilot.app
    await until(
        pilot,
        lambda: app.annotations is not None and app.annotations.attached,
        "the annotation session",
        seconds,
    )
