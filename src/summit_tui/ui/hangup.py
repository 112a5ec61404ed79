"""The terminal going away, or a request to end, ends the app the way a quit does.

A closed terminal (its window, tmux, an ssh connection) reaches a process in one of two
ways. As the terminal's session leader, or through a shell that passes the hang-up on, it
gets SIGHUP, whose default action ends it at once, losing what was being typed. Run under
another program (`make run`, which waits for its child instead) it gets no signal at all:
its terminal simply reads end-of-file for ever, and Textual's input thread, which stops
only when told to, turned that into a busy loop that kept the process alive at full CPU.

So both are watched: SIGHUP and SIGTERM through the event loop, and the terminal itself by
a thread blocked in ``poll`` on it, which wakes only when the terminal hangs up. Either
calls the app's handler on the event loop; the handler saves what a quit saves and ends,
with a quit's status.
Should the loop be stuck (writes to the dead terminal can fill Textual's output queue),
the process ends anyway GRACE seconds later: a closed terminal never leaves it running.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import select
import signal
import sys
import threading
import time
from collections.abc import Callable

GRACE = 5.0  # seconds the handler has before a hung-up process ends regardless
# A closed terminal ends the app as a quit does (what was being written is saved), so the
# status is a quit's: a non-zero one made `make run`, which gets the hang-up too, print
# "make: *** [run] Error 129" on its way out.
HANG_UP_CODE = 0
_GONE = select.POLLHUP | select.POLLERR | select.POLLNVAL if hasattr(select, "poll") else 0


def terminal_gone(fd: int) -> bool:
    """True when ``fd`` is a terminal that has hung up (or is no longer open)."""
    if not _GONE:
        return False
    poller = select.poll()
    poller.register(fd, 0)  # no events asked for: only a hang-up or an error wakes it
    try:
        return any(mask & _GONE for _, mask in poller.poll(0))
    except OSError:
        return True


def end_now(code: int) -> None:
    """End the process at once: its terminal is gone, so nothing is restored on it."""
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError):
            stream.flush()
    os._exit(code)


class HangUpWatch:
    """Calls ``on_hang_up`` (on the loop) when the terminal on ``fd`` closes or SIGHUP
    arrives, and ``on_terminate`` when SIGTERM does. Start it from the running loop."""

    def __init__(
        self,
        fd: int,
        on_hang_up: Callable[[], None],
        on_terminate: Callable[[], None],
    ) -> None:
        self._fd = fd
        self._on_hang_up = on_hang_up
        self._on_terminate = on_terminate
        self._loop: asyncio.AbstractEventLoop | None = None
        self._signals: list[int] = []
        self._fired = threading.Event()

    def start(self) -> None:
        self._loop = asyncio.get_running_loop()
        if threading.current_thread() is threading.main_thread():
            for number, handler in (
                (signal.SIGHUP, self._hung_up),
                (signal.SIGTERM, self._terminated),
            ):
                # Someone who ran us under `nohup` (SIG_IGN) asked not to be ended by it.
                if signal.getsignal(number) is signal.SIG_IGN:
                    continue
                with contextlib.suppress(NotImplementedError, RuntimeError, ValueError):
                    self._loop.add_signal_handler(number, handler)
                    self._signals.append(number)
        if _GONE and os.isatty(self._fd) and not terminal_gone(self._fd):
            threading.Thread(target=self._watch, name="terminal hang-up", daemon=True).start()

    def stop(self) -> None:
        """Remove the signal handlers (the watching thread ends with the process)."""
        if self._loop is not None and not self._loop.is_closed():
            for number in self._signals:
                with contextlib.suppress(RuntimeError, ValueError):
                    self._loop.remove_signal_handler(number)
        self._signals.clear()

    def _hung_up(self) -> None:
        if not self._fired.is_set():
            self._fired.set()
            self._on_hang_up()

    def _terminated(self) -> None:
        self._on_terminate()

    def _watch(self) -> None:
        poller = select.poll()
        poller.register(self._fd, 0)
        while True:
            try:
                events = poller.poll()
            except InterruptedError:
                continue
            except OSError:
                break
            if any(mask & _GONE for _, mask in events):
                break
        loop = self._loop
        if loop is not None and not loop.is_closed():
            with contextlib.suppress(RuntimeError):
                loop.call_soon_threadsafe(self._hung_up)
        time.sleep(GRACE)
        end_now(HANG_UP_CODE)
