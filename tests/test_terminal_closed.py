"""A terminal closed under the app ends the app, keeping the annotation being written.

The app runs under a pseudo-terminal whose other end (the terminal emulator, tmux, ssh) is
then closed. Two ways a process learns of it: as the terminal's session leader the kernel
sends it SIGHUP; run under another program (`make run`, a shell that does not pass the
hang-up on) it gets no signal at all and only its terminal reads end. Both must end the
app within DEADLINE (it used to survive the second way, spinning on the dead terminal),
with the text typed into an open annotation editor saved as a normal quit would.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import pty
import select
import signal
import sqlite3
import struct
import subprocess
import sys
import termios
import time
from pathlib import Path

import pytest

STARTUP = 60.0  # the app's first frames on a busy machine
DEADLINE = 10.0  # from the terminal closing to the process gone

NOTE = """---
title: Closing talk
event: Test Summit 2024
date: 2024-11-04
author: Mina
---

# Closing talk

- the first point of the talk
- the second point of the talk
"""


def _read(master: int, wait: float = 0.1) -> bytes:
    ready, _, _ = select.select([master], [], [], wait)
    if not ready:
        return b""
    try:
        return os.read(master, 1 << 16)
    except OSError:  # the child closed its side
        return b""


def _ctty() -> None:  # in the child: the pseudo-terminal becomes its controlling terminal
    fcntl.ioctl(0, termios.TIOCSCTTY, 0)


@pytest.mark.skipif(sys.platform == "win32", reason="a POSIX pseudo-terminal")
@pytest.mark.parametrize("controlling", [True, False], ids=["sighup", "no-signal"])
def test_closing_the_terminal_ends_the_app_and_saves_the_draft(
    tmp_path: Path, controlling: bool
) -> None:
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "closing.md").write_text(NOTE, encoding="utf-8")
    env = dict(os.environ, TERM="xterm-256color", COLUMNS="100", LINES="30")
    for kind in ("DATA", "CACHE", "STATE", "CONFIG"):
        env[f"SUMMIT_TUI_{kind}_DIR"] = str(tmp_path / kind.lower())
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 30, 100, 0, 0))
    process = subprocess.Popen(
        [sys.executable, "-m", "summit_tui", "--notes", str(notes)],
        stdin=slave,
        stdout=slave,
        stderr=slave,
        env=env,
        start_new_session=True,
        preexec_fn=_ctty if controlling else None,
    )
    os.close(slave)
    closed = False
    try:
        shown = b""
        deadline = time.monotonic() + STARTUP
        while b"first point" not in shown and time.monotonic() < deadline:
            shown += _read(master)
        assert b"first point" in shown, shown[-2000:]
        os.write(master, b"\t")  # to the reader, whose cursor is on the first point
        time.sleep(0.5)
        os.write(master, b"a")
        shown = b""
        deadline = time.monotonic() + STARTUP
        while b"ctrl+s saves" not in shown and time.monotonic() < deadline:
            shown += _read(master)
        assert b"ctrl+s saves" in shown, shown[-2000:]  # the editor's placeholder
        os.write(master, b"words typed before the window closed")
        shown = b""
        deadline = time.monotonic() + STARTUP
        while b"window closed" not in shown and time.monotonic() < deadline:
            shown += _read(master)
        assert b"window closed" in shown, shown[-2000:]

        os.close(master)  # the terminal goes away; no key saved the annotation
        closed = True
        with contextlib.suppress(subprocess.TimeoutExpired):
            process.wait(timeout=DEADLINE)
        assert process.poll() is not None, f"the app still ran {DEADLINE:g} s after its terminal"
        # Ended by the app as a quit ends, not killed: a program that ran it (`make run`, a
        # script) has no failure to report about a window the user closed.
        assert process.returncode == 0
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
        process.wait()
        if not closed:
            os.close(master)
    with sqlite3.connect(tmp_path / "data" / "annotations.sqlite3") as db:
        comments = [comment for (comment,) in db.execute("SELECT comment FROM annotations")]
    assert comments == ["words typed before the window closed"]
