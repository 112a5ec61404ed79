"""Helper processes: the one way summit-tui starts one, talks to it and stops it.

A helper is ``python -m MODULE`` started by this process (never ``multiprocessing``:
that would fork a process with threads, as the app loads beside its event loop, or,
with spawn, re-run the caller's main script). The two talk in frames (an 8-byte
length, then a pickle) over the child's stdin and stdout; the child's stderr goes to
/dev/null, since the app's terminal is the screen.

The protocol:

* the parent sends a set-up message first, then requests;
* the child answers each request, in order, with any number of
  ``("progress", done, total)`` frames and then ``("result", value)``, or
  ``("error", text)`` when the request failed;
* the parent closes the child's stdin when it has no more requests (the child ends),
  or kills it (quitting, a reload, a cancelled wait); a child whose parent is gone
  ends at its next progress report.

A helper is only ever a way to be faster or leaner, never a way to fail: when one
cannot start, dies or answers garbage, the caller does the work in its own process
(``Unavailable`` and ``Failed`` say so).
"""

from __future__ import annotations

import contextlib
import gc
import os
import pickle
import select
import struct
import subprocess
import sys
from collections.abc import Callable, Iterator
from typing import IO, Any, NoReturn

Progress = Callable[[int, int], None]  # (done, total)
Handler = Callable[[Any, Progress], Any]  # (request, progress) → result

POLL_SECONDS = 0.1
_HEADER = struct.Struct("<Q")
_PROTOCOL = pickle.HIGHEST_PROTOCOL


class Unavailable(Exception):
    """No helper process can be started here (no interpreter, Windows, an OS error)."""


class Failed(Exception):
    """The helper died, answered garbage or reported an error."""


def available() -> bool:
    """Whether helpers can run here at all (Windows: selectors cannot wait on pipes)."""
    return bool(sys.executable) and sys.platform != "win32"


def can_fork() -> bool:
    """Whether a helper can be this process forked (``Child.fork``): on Linux, and only while
    this process runs no other thread. A fork copies the calling thread alone, and a lock
    another thread held (the import lock, a stream's) would stay held in the copy for
    good, as the app's loads run beside its event loop: those start helpers afresh."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        return len(os.listdir("/proc/self/task")) == 1
    except OSError:
        return False


def command(module: str) -> list[str]:
    """The command line that runs ``module``'s ``main`` as a helper."""
    return [sys.executable, "-m", module]


# -- the parent's side -------------------------------------------------------------------------


class Child:
    """One running helper; ``Child.start(module, setup)``."""

    def __init__(self, process: subprocess.Popen[bytes] | Forked) -> None:
        self.process = process
        self._buffer = bytearray()

    @classmethod
    def start(cls, module: str, setup: object) -> Child:
        """Start ``python -m module`` and send it ``setup``; Unavailable when it cannot."""
        child = cls.spawn(module)
        try:
            child.send(setup)
        except Failed:
            child.stop()
            raise
        return child

    @classmethod
    def spawn(cls, module: str) -> Child:
        """Start ``python -m module``, its set-up to be sent later (``send``): it starts
        up while the caller works out what to send; Unavailable when it cannot."""
        if not available():
            raise Unavailable(sys.platform)
        env = dict(os.environ, PYTHONPATH=os.pathsep.join(p for p in sys.path if p))
        try:
            process = subprocess.Popen(
                command(module),
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,
                env=env,
            )
        except (OSError, ValueError) as error:
            raise Unavailable(str(error)) from error
        return cls(process)

    @classmethod
    def fork(cls, main: Callable[[IO[bytes], IO[bytes]], object]) -> Child:
        """This process, forked, as a helper running ``main(requests, answers)`` (a ``serve``
        loop) until it returns: it starts with every module, compiled pattern and cache this
        process has, where ``spawn`` imports and compiles them all again. Only where
        ``can_fork``; Unavailable otherwise or when it cannot."""
        if not can_fork():
            raise Unavailable("this process runs threads")
        try:
            down, up = os.pipe(), os.pipe()  # (read, write) each: requests, answers
        except OSError as error:
            raise Unavailable(str(error)) from error
        pipes = (*down, *up)
        if min(pipes) <= 2:  # a closed standard stream: the helper could not set its own
            _close(pipes)
            raise Unavailable("a standard stream is closed")
        for stream in (sys.stdout, sys.stderr):  # what was written so far, written once
            with contextlib.suppress(Exception):
                stream.flush()
        try:
            pid = os.fork()
        except OSError as error:
            _close(pipes)
            raise Unavailable(str(error)) from error
        if pid == 0:
            _be_forked_helper(main, down[0], up[1], (down[1], up[0]))
        _close((down[0], up[1]))
        return cls(Forked(pid, os.fdopen(down[1], "wb"), os.fdopen(up[0], "rb")))

    @property
    def stdout(self) -> IO[bytes]:
        assert self.process.stdout is not None
        return self.process.stdout

    def send(self, message: object) -> None:
        """Send a frame; Failed when the child's stdin is gone."""
        assert self.process.stdin is not None
        try:
            _write_frame(self.process.stdin, message)
        except (OSError, ValueError) as error:
            raise Failed(f"cannot write to the helper: {error}") from error

    def read(self) -> bytes:
        """What the child wrote since the last read (b"" once it has closed its stdout)."""
        try:
            return os.read(self.stdout.fileno(), 1 << 20)
        except OSError:
            return b""

    def frames(self, data: bytes) -> Iterator[tuple]:
        """The frames completed by ``data`` (just read); Failed on one that is garbage."""
        self._buffer += data
        while len(self._buffer) >= _HEADER.size:
            (size,) = _HEADER.unpack_from(self._buffer)
            end = _HEADER.size + size
            if len(self._buffer) < end:
                return
            payload = bytes(self._buffer[_HEADER.size : end])
            del self._buffer[:end]
            try:
                frame = pickle.loads(payload)  # our own child, started above, wrote it
            except Exception as error:
                raise Failed("a garbled answer") from error
            if not isinstance(frame, tuple) or not frame:
                raise Failed("an answer that is not a frame")
            yield frame

    def finish(self) -> None:
        """No more requests: closing its stdin lets the child end by itself."""
        if self.process.stdin is not None:
            with contextlib.suppress(OSError):
                self.process.stdin.close()

    def stop(self) -> None:
        """Kill it (if it still runs) and reap it."""
        if self.process.poll() is None:
            self.process.kill()
        for pipe in (self.process.stdin, self.process.stdout):
            if pipe is not None:
                with contextlib.suppress(OSError):
                    pipe.close()
        self.process.wait()


class Forked:
    """A forked helper, handled as ``subprocess.Popen`` handles a started one."""

    def __init__(self, pid: int, stdin: IO[bytes], stdout: IO[bytes]) -> None:
        self.pid = pid
        self.stdin: IO[bytes] | None = stdin
        self.stdout: IO[bytes] | None = stdout
        self.returncode: int | None = None

    def poll(self) -> int | None:
        if self.returncode is None:
            try:
                pid, status = os.waitpid(self.pid, os.WNOHANG)
            except ChildProcessError:
                self.returncode = -1
                return self.returncode
            if pid:
                self.returncode = os.waitstatus_to_exitcode(status)
        return self.returncode

    def kill(self) -> None:
        if self.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.kill(self.pid, 9)

    def wait(self) -> int:
        while self.returncode is None:
            try:
                _pid, status = os.waitpid(self.pid, 0)
            except ChildProcessError:
                self.returncode = -1
            except InterruptedError:
                continue
            else:
                self.returncode = os.waitstatus_to_exitcode(status)
        return self.returncode


def _close(fds: tuple[int, ...]) -> None:
    for fd in fds:
        with contextlib.suppress(OSError):
            os.close(fd)


def _be_forked_helper(
    main: Callable[[IO[bytes], IO[bytes]], object],
    requests: int,
    answers: int,
    parents: tuple[int, ...],
) -> NoReturn:
    """The forked process's whole life: it never returns into the code that forked it
    (nor runs its exit handlers or flushes its streams), whatever happens."""
    code = 1
    try:
        # The parent's objects stay out of this process's collector: it would walk them
        # (copying their pages) and find none of them garbage.
        gc.freeze()
        gc.enable()
        _close(parents)  # so that each end closes when its own process lets go of it
        quiet = os.open(os.devnull, os.O_RDWR)
        os.dup2(quiet, 0)
        os.dup2(quiet, 1)  # a stray print() never reaches the parent's output,
        os.dup2(quiet, 2)
        os.close(quiet)
        # nor one through its stream objects (a test's capture, say): open as long as it lives
        sys.stdout = sys.stderr = open(os.devnull, "w")  # noqa: SIM115
        main(os.fdopen(requests, "rb"), os.fdopen(answers, "wb"))
        code = 0
    finally:
        os._exit(code)  # also on an exception: it ends here, untold


def answer(frame: tuple, progress: Progress | None = None) -> tuple[bool, Any]:
    """Read one frame of an answer: (True, result) when it is the result, (False, None)
    for a progress report (passed to ``progress``); Failed for an error."""
    kind = frame[0]
    if kind == "progress":
        if progress is not None and len(frame) == 3:
            progress(frame[1], frame[2])
        return False, None
    if kind == "result" and len(frame) == 2:
        return True, frame[1]
    raise Failed(str(frame[1]) if kind == "error" and len(frame) > 1 else "an unknown answer")


def run(
    module: str,
    setup: object,
    request: object,
    *,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] = lambda: False,
) -> Any:
    """Start a helper, ask it one thing and wait for the result.

    ``progress`` follows the child's reports; ``cancelled`` is asked while waiting, and
    when it says yes the child is killed (``Failed``). Unavailable when no helper can
    start; Failed when it dies or reports an error. The child is gone on return.
    """
    child = Child.start(module, setup)
    try:
        child.send(request)
        child.finish()
        while True:
            if cancelled():
                raise Failed("cancelled")
            ready, _, _ = select.select([child.stdout], [], [], POLL_SECONDS)
            if not ready:
                continue
            data = child.read()
            if not data:
                raise Failed(f"the helper ended without an answer ({child.process.wait()})")
            for frame in child.frames(data):
                done, result = answer(frame, progress)
                if done:
                    return result
    finally:
        child.stop()


# -- the child's side --------------------------------------------------------------------------


def serve(
    make_handler: Callable[[Any], Handler],
    source: IO[bytes] | None = None,
    sink: IO[bytes] | None = None,
) -> None:
    """The helper's main loop: the set-up message makes the handler, which then answers
    every request until the parent closes our stdin (``source``, for a forked helper).

    Answers go to a copy of stdout (or to ``sink``); fd 1 itself then points at stderr
    (/dev/null), so a stray print() anywhere in the work cannot corrupt them.
    """
    if sink is None:
        sink = os.fdopen(os.dup(1), "wb")
        os.dup2(2, 1)
    if source is None:
        source = sys.stdin.buffer
    parent = os.getppid()

    def progress(done: int, total: int) -> None:
        if os.getppid() != parent:  # the parent is gone: nobody waits for this
            os._exit(1)
        _write_frame(sink, ("progress", done, total))

    try:
        handler = make_handler(_read_frame(source))
    except EOFError:  # the parent gave up before sending anything
        return
    while True:
        try:
            request = _read_frame(source)
        except EOFError:
            return
        try:
            answer: tuple = ("result", handler(request, progress))
        except Exception as error:
            answer = ("error", f"{type(error).__name__}: {error}")
        _write_frame(sink, answer)


def _write_frame(stream: IO[bytes], message: object) -> None:
    payload = pickle.dumps(message, protocol=_PROTOCOL)
    stream.write(_HEADER.pack(len(payload)) + payload)
    stream.flush()


def _read_frame(stream: IO[bytes]) -> Any:
    header = stream.read(_HEADER.size)
    if len(header) < _HEADER.size:
        raise EOFError
    (size,) = _HEADER.unpack(header)
    payload = stream.read(size)
    if len(payload) < size:
        raise EOFError
    return pickle.loads(payload)  # from the parent that started this process
