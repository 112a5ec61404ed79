"""Bounded, described waits for Pilot tests (no test module here).

Each wait gives up after a bound and says what it was waiting for, instead of a loop of
pauses that either hangs or fails somewhere later with a puzzling message. The bound is
time, not a count of pauses, and it is one bound for every wait, PATIENCE: how long an app
that is stuck is waited for, not how fast a machine is. A wait returns as soon as its
condition holds, so a fast machine loses nothing; and the bound is far above what any wait
takes on a quiet machine (a few seconds at most), so a machine shared with other jobs (load
10 and more on two cores, where each step runs several times slower) still passes. Tests
never set a shorter bound of their own (test_waits keeps it so).
"""

from __future__ import annotations

import time
from collections.abc import Callable

from textual.pilot import Pilot

STEP = 0.02  # seconds between looks
PATIENCE = 60.0  # seconds before a wait gives up: only an app that is stuck takes this long


async def until(
    pilot: Pilot,
    condition: Callable[[], object],
    what: str,
    seconds: float = PATIENCE,
    *,
    workers: bool = True,
) -> None:
    """Let workers finish (unless ``workers`` is False: a watcher that never ends, or a
    load to be seen half done) and messages arrive until ``condition()`` holds; fail,
    naming ``what``, after ``seconds``."""
    deadline = time.monotonic() + seconds
    app = pilot.app
    while True:
        # Looked at, not awaited: cancelling a wait for a worker would cancel the worker.
        while workers and any(w.is_running for w in app.workers):
            if time.monotonic() > deadline:
                break
            await pilot.pause(STEP)
        await pilot.pause(STEP)
        if condition():
            return
        if time.monotonic() > deadline:
            raise AssertionError(f"waited {seconds:g} s in vain for {what}")


async def settled(pilot: Pilot, seconds: float = PATIENCE) -> None:
    """Until the notes are loaded (or the app says why not), no worker is running (an
    index, a search, an alignment) and what they posted has been handled."""
    app = pilot.app

    def done() -> bool:
        loaded = not app.is_loading and (app.corpus is not None or app.load_error is not None)
        return loaded and not any(worker.is_running for worker in app.workers)

    await until(pilot, done, "the notes to load and the app's workers to finish", seconds)
    await pilot.pause()


async def loaded(pilot: Pilot, seconds: float = PATIENCE) -> None:
    """Until the app has a complete corpus (or says why it has none)."""
    app = pilot.app

    def done() -> bool:
        return not app.is_loading and (app.corpus is not None or app.load_error is not None)

    await until(pilot, done, "the notes to load", seconds)


async def annotations_open(pilot: Pilot, seconds: float = PATIENCE) -> None:
    """Until the annotation session is open and scoped to the loaded notes folder."""
    app = pilot.app
    await until(
        pilot,
        lambda: app.annotations is not None and app.annotations.attached,
        "the annotation session",
        seconds,
    )


def eventually(condition: Callable[[], object], what: str, seconds: float = PATIENCE) -> None:
    """Outside an app: look until ``condition()`` holds (a killed process gone, a file
    written by another); fail, naming ``what``, after ``seconds``."""
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"waited {seconds:g} s in vain for {what}")
        time.sleep(STEP)
