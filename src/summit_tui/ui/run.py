"""`summit-tui` without a subcommand: start the app on the resolved notes folder."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import sys
import threading
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from textual.app import App


def run_app(args: argparse.Namespace) -> int:
    from summit_tui import config
    from summit_tui import settings as settings_module
    from summit_tui.ui.app import SummitApp
    from summit_tui.ui.cell_widths import count_spacing_marks

    count_spacing_marks()  # Hindi, Bengali …: the layout measures text as the terminal draws it
    settings = settings_module.load()
    if getattr(args, "follow_links", None):
        settings.override("follow_links", True, "--follow-links")
    choice = config.resolve_notes_dir(getattr(args, "notes", None), settings.notes_choice())
    data_dir = getattr(args, "data_dir", None)
    app = SummitApp(
        choice.path,
        notes_why=choice.why,
        data_dir=Path(data_dir).expanduser() if data_dir else None,
        settings=settings,
    )
    return run(app)


def run(app: App) -> int:
    """Run ``app`` until it quits, then end at once, whatever its threads are still doing."""
    # Our own loop, not asyncio.run(): closing that waits for every thread worker to end.
    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    try:
        app.run(loop=loop)
    finally:
        code = int(app.return_code or 0)
        if _work_left():
            _leave_now(code)
        _close(loop)
    return code


def _work_left() -> bool:
    """A thread still running: a load or an index build the user quit during."""
    main = threading.main_thread()
    return any(t is not main and t.is_alive() and not t.daemon for t in threading.enumerate())


def _leave_now(code: int) -> None:
    """Quitting during a load or an index build ends the process at once.

    Textual runs that work in thread workers, and the interpreter would wait at exit until
    the thread finished the note or the build it is in (seconds for a huge note), however
    quickly the window closed. Nothing there needs finishing: notes are only read, cache
    files are written whole or not at all (``persist``), the annotation database commits
    or rolls back by itself, and helper processes end when their parent is gone.
    """
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError):
            stream.flush()
    os._exit(code)


def _close(loop: asyncio.AbstractEventLoop) -> None:
    """What asyncio.run() does after its coroutine, once no thread is left to wait for."""
    try:
        pending = [task for task in asyncio.all_tasks(loop) if not task.done()]
        for task in pending:
            task.cancel()
        if pending:
            loop.run_until_complete(asyncio.gather(*pending, return_exceptions=True))
        loop.run_until_complete(loop.shutdown_asyncgens())
        loop.run_until_complete(loop.shutdown_default_executor())
    finally:
        asyncio.set_event_loop(None)
        loop.close()
