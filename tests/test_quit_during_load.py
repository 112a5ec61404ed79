"""Quitting the app while it loads ends the process at once, however long the load would
still take (a huge note being parsed, an index being built): nothing waits for it."""

from __future__ import annotations

import contextlib
import fcntl
import os
import pty
import select
import signal
import struct
import subprocess
import sys
import termios
import time
from pathlib import Path

import pytest

DEADLINE = 60.0  # only reached when quitting does not end the process

# The app with a loader that never ends and never looks at cancellation: a thread stuck in
# one long step of a load, holding the GIL as parsing does.
APP = """
import sys
from pathlib import Path
from summit_tui.ui.app import SummitApp
from summit_tui.ui.run import run

def endless(path, progress):
    progress(0, 1)
    Path(sys.argv[2]).touch()  # the load has started
    total = 0
    while True:
        total += sum(range(1000))

sys.exit(run(SummitApp(Path(sys.argv[1]), loader=endless, watch_interval=None)))
"""


@pytest.mark.skipif(sys.platform == "win32", reason="a POSIX pseudo-terminal")
def test_quitting_during_a_load_that_never_ends_ends_the_app(tmp_path: Path) -> None:
    notes = tmp_path / "notes"
    notes.mkdir()
    started = tmp_path / "load-started"
    (notes / "a.md").write_text("# A\n", encoding="utf-8")
    env = dict(os.environ, TERM="xterm-256color", COLUMNS="100", LINES="30")
    for kind in ("DATA", "CACHE", "STATE", "CONFIG"):
        env[f"SUMMIT_TUI_{kind}_DIR"] = str(tmp_path / kind.lower())
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 30, 100, 0, 0))
    process = subprocess.Popen(
        [sys.executable, "-c", APP, str(notes), str(started)],
        stdin=slave,
        stdout=slave,
        stderr=slave,
        env=env,
        start_new_session=True,
    )
    os.close(slave)
    shown = b""
    try:
        deadline = time.monotonic() + DEADLINE
        while not started.exists() and time.monotonic() < deadline:
            shown += _read(master, process)
        assert started.exists(), shown[-2000:]
        os.write(master, b"q")
        while process.poll() is None and time.monotonic() < deadline:
            _read(master, process)
        assert process.poll() == 0, "the app was still running long after q"
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
        process.wait()
        os.close(master)


def _read(master: int, process: subprocess.Popen[bytes]) -> bytes:
    ready, _, _ = select.select([master], [], [], 0.1)
    if not ready:
        return b""
    try:
        return os.read(master, 1 << 16)
    except OSError:  # the child closed the pty
        return b""
