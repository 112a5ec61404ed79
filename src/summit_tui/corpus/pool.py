"""Parse many notes at once: on every core through worker processes when there are enough
of them, in this process otherwise.

A cold load is CPU-bound Python (YAML, markdown-it, segmenting), so threads would not
help; processes do, and they leave this process's GIL to the UI while they work. The
workers are plain ``python -m summit_tui.corpus.pool`` children talking pickles over
their pipes, not ``multiprocessing``: that would fork a process with threads (the app
loads beside its event loop) or, with spawn, re-run the caller's main script in every
worker. If a worker cannot start or dies, whatever it did not finish is parsed here:
workers are only ever a way to be faster, never a way to fail. Their stderr goes to
/dev/null, since the app's terminal is the screen.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import struct
import subprocess
import sys
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from summit_tui.corpus.cache import FileKey, NoteRecord
from summit_tui.corpus.model import Program
from summit_tui.corpus.note_parse import parse_file

# (position in the folder's file list, rel path, absolute path, stat, file key)
Job = tuple[int, str, str, os.stat_result | None, FileKey]
Parsed = list[tuple[int, NoteRecord]]
OnBatch = Callable[[Parsed], None]

POOL_MIN_FILES = 120  # below this, starting interpreters costs more than it saves
MAX_WORKERS = 8
BATCHES_PER_WORKER = 8  # enough batches to balance the load and report progress often
MAX_BATCH = 40
IN_FLIGHT = 2  # batches sent ahead to each worker, so it never waits for the next one
_HEADER = struct.Struct("<Q")
_PROTOCOL = pickle.HIGHEST_PROTOCOL


def parse_files(
    jobs: Sequence[Job],
    root: Path,
    program: Program | None,
    on_batch: OnBatch,
    *,
    workers: int | None = None,
) -> None:
    """Parse every job and hand the results to ``on_batch``, a batch at a time, in no
    particular order. ``on_batch`` runs in this thread and may raise to stop early."""
    count = worker_count(len(jobs)) if workers is None else workers
    left: Sequence[Job] = jobs
    if count > 1:
        left = _parse_in_workers(jobs, root, program, on_batch, count)
    for job in left:  # one at a time: progress (and the app's tree) moves with every note
        on_batch([(job[0], _parse_job(job, root, program))])


def worker_count(jobs: int) -> int:
    """How many processes are worth starting for ``jobs`` files: 1 means none."""
    if jobs < POOL_MIN_FILES or not sys.executable or sys.platform == "win32":
        return 1  # (Windows: selectors cannot wait on pipes)
    try:
        cpus = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        cpus = os.cpu_count() or 1
    return max(1, min(cpus, MAX_WORKERS, jobs // (POOL_MIN_FILES // 2)))


def _parse_job(job: Job, root: Path, program: Program | None) -> NoteRecord:
    _position, rel, path, info, key = job
    return parse_file(rel, path, root, info, key, program)


def _batches(jobs: Sequence[Job], size: int) -> Iterator[Sequence[Job]]:
    for start in range(0, len(jobs), size):
        yield jobs[start : start + size]


# -- the parent's side ------------------------------------------------------------------------


class _Garbled(Exception):
    """A worker's answer could not be read."""


@dataclass
class _Worker:
    process: subprocess.Popen[bytes]
    sent: deque[Sequence[Job]] = field(default_factory=deque)  # batches not answered yet
    buffer: bytearray = field(default_factory=bytearray)

    @classmethod
    def start(cls, root: Path, program: Program | None) -> _Worker:
        env = dict(os.environ, PYTHONPATH=os.pathsep.join(p for p in sys.path if p))
        process = subprocess.Popen(
            [sys.executable, "-m", __name__],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            env=env,
        )
        worker = cls(process)
        worker.send((root, program))
        return worker

    def send(self, message: object) -> None:
        assert self.process.stdin is not None
        _write_frame(self.process.stdin, message)

    def give(self, batch: Sequence[Job]) -> None:
        self.send(list(batch))
        self.sent.append(batch)

    def frames(self, data: bytes) -> Iterator[Parsed]:
        """The answers completed by ``data``, just read from the worker's stdout."""
        self.buffer += data
        while len(self.buffer) >= _HEADER.size:
            (size,) = _HEADER.unpack_from(self.buffer)
            end = _HEADER.size + size
            if len(self.buffer) < end:
                return
            payload = bytes(self.buffer[_HEADER.size : end])
            del self.buffer[:end]
            try:
                parsed = pickle.loads(payload)  # our own child, started above, wrote it
            except Exception as error:
                raise _Garbled from error
            self.sent.popleft()
            yield parsed

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
        for pipe in (self.process.stdin, self.process.stdout):
            if pipe is not None:
                with contextlib.suppress(OSError):
                    pipe.close()
        self.process.wait()


def _parse_in_workers(
    jobs: Sequence[Job], root: Path, program: Program | None, on_batch: OnBatch, count: int
) -> list[Job]:
    """Parse in ``count`` worker processes; returns the jobs they did not finish."""
    import selectors

    size = max(5, min(MAX_BATCH, -(-len(jobs) // (count * BATCHES_PER_WORKER))))
    queue = deque(_batches(jobs, size))
    workers: list[_Worker] = []
    lost: list[Sequence[Job]] = []
    selector = selectors.DefaultSelector()
    try:
        for _ in range(count):
            try:
                worker = _Worker.start(root, program)
            except (OSError, ValueError):  # no interpreter to start: the rest is done here
                break
            workers.append(worker)
            assert worker.process.stdout is not None
            selector.register(worker.process.stdout, selectors.EVENT_READ, worker)
            for _ in range(IN_FLIGHT):
                _feed(worker, queue, lost)
        while selector.get_map():
            for key, _events in selector.select():
                worker = key.data
                try:
                    data = os.read(key.fd, 1 << 20)
                except OSError:
                    data = b""
                if not data:  # it died (or was killed): its batches are redone here
                    selector.unregister(key.fileobj)
                    lost.extend(worker.sent)
                    worker.sent.clear()
                    continue
                try:
                    for parsed in worker.frames(data):
                        _feed(worker, queue, lost)
                        on_batch(parsed)  # may raise: the caller stops the load
                except _Garbled:  # treat the worker as dead; what it still owed is redone
                    selector.unregister(key.fileobj)
                    lost.extend(worker.sent)
                    worker.sent.clear()
                    worker.stop()
                    continue
                if not worker.sent:
                    selector.unregister(key.fileobj)
                    _close(worker)
    finally:
        selector.close()
        for worker in workers:
            worker.stop()
    return [job for batch in (*lost, *queue) for job in batch]


def _feed(worker: _Worker, queue: deque[Sequence[Job]], lost: list[Sequence[Job]]) -> None:
    if not queue:
        return
    batch = queue.popleft()
    try:
        worker.give(batch)
    except (OSError, ValueError):  # its pipe is gone: the batch is redone here
        lost.append(batch)


def _close(worker: _Worker) -> None:
    """No more work for it: closing its stdin lets it exit by itself."""
    if worker.process.stdin is not None:
        with contextlib.suppress(OSError):
            worker.process.stdin.close()


# -- the worker's side ------------------------------------------------------------------------


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


def _quiet_markdown_it() -> None:
    """markdown-it-py calls its loggers' ``debug`` for every rule tried on every line (about
    500 calls per note); nobody reads them in a worker, so they become no-ops here."""
    import logging

    import markdown_it  # noqa: F401  (creates the rule modules' loggers)

    def ignore(*_args: object, **_kwargs: object) -> None:
        return None

    for name in list(logging.Logger.manager.loggerDict):
        if name.startswith("markdown_it"):
            logging.getLogger(name).debug = ignore  # type: ignore[method-assign]


def _serve(source: IO[bytes], sink: IO[bytes]) -> None:
    """Answer batches of jobs until the parent closes our stdin."""
    _quiet_markdown_it()
    try:
        root, program = _read_frame(source)
    except EOFError:  # the parent gave up before sending anything
        return
    while True:
        try:
            batch = _read_frame(source)
        except EOFError:
            return
        _write_frame(sink, [(job[0], _parse_job(job, root, program)) for job in batch])


def main() -> None:
    # Answers go to a copy of stdout; fd 1 itself then points at stderr (/dev/null), so
    # a stray print() anywhere in the parsing code cannot corrupt them.
    sink = os.fdopen(os.dup(1), "wb")
    os.dup2(2, 1)
    _serve(sys.stdin.buffer, sink)


if __name__ == "__main__":
    main()
