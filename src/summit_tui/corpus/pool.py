"""Parse many notes at once: on every core through worker processes when there are enough
of them (up to HELP_UP_TO of them, this process parses beside one worker fewer), in this
process otherwise.

A cold load is CPU-bound Python (YAML, markdown-it, segmenting), so threads would not
help; processes do, and they leave this process's GIL to the UI while they work. The
workers are helper processes (``summit_tui.children``: ``python -m summit_tui.corpus.pool``)
answering batches of jobs. If a worker cannot start, dies or answers garbage, whatever
it did not finish is parsed here: workers are only ever a way to be faster, never a
way to fail.
"""

from __future__ import annotations

import functools
import gc
import os
import sys
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from summit_tui import children
from summit_tui.corpus.cache import FileKey, NoteRecord
from summit_tui.corpus.model import Program
from summit_tui.corpus.note_parse import parse_file

# (position in the folder's file list, rel path, absolute path, stat, file key)
Job = tuple[int, str, str, os.stat_result | None, FileKey]
Parsed = list[tuple[int, NoteRecord]]
OnBatch = Callable[[Parsed], None]

POOL_MIN_FILES = 120  # below this, starting interpreters costs more than it saves
# Up to this many files, this process parses too (while no worker's answer waits) and one
# worker fewer starts: a worker's start-up (an interpreter and the parsing modules, ~0.2 s
# of CPU) is a fifth of a load of 1,000 notes. Above it, this process only links what the
# workers send (in the app it is the UI's process, whose thread would wait on ours).
HELP_UP_TO = 2000
MAX_WORKERS = 8
# A batch is this share of the notes still waiting, per parser: large while many wait (few
# round trips), ever smaller towards the end, so the parsers finish together rather than
# one of them waiting on another's last large batch (which at 1,000 notes cost about a
# tenth of the load while this process sat idle).
SHARE = 8
MAX_BATCH = 40
IN_FLIGHT = 2  # batches sent ahead to each worker, so it never waits for the next one


def spawn_workers(jobs: int) -> list[children.Child]:
    """The worker processes ``jobs`` files are worth, started before their set-up (the
    program) is known: they start up while the caller reads it. For ``parse_files``; the
    caller stops any it did not take (``stop_workers``)."""
    spawned: list[children.Child] = []
    if children.can_fork():  # forked later instead, when they have more to copy
        return spawned
    count = worker_count(jobs)
    starting = count - 1 if helps(jobs, count) else count
    while count > 1 and len(spawned) < starting:
        try:
            spawned.append(children.Child.spawn(__name__))
        except children.Unavailable:
            break
    return spawned


def stop_workers(spawned: list[children.Child]) -> None:
    while spawned:
        spawned.pop().stop()


def parse_files(
    jobs: Sequence[Job],
    root: Path,
    program: Program | None,
    on_batch: OnBatch,
    *,
    workers: int | None = None,
    spawned: list[children.Child] | None = None,
) -> None:
    """Parse every job and hand the results to ``on_batch``, a batch at a time, in no
    particular order. ``on_batch`` runs in this thread and may raise to stop early.
    ``spawned`` workers (``spawn_workers``) are used first; those taken leave the list."""
    count = worker_count(len(jobs)) if workers is None else workers
    helping = helps(len(jobs), count)
    starting = max(count - 1 if helping else count, len(spawned or ()))
    left: Sequence[Job] = jobs
    # The records only pile up here (no reference cycles, see test_segment), so the
    # collector's passes over them, ever longer as they grow, would find nothing: paused
    # while they arrive, and given back its usual thresholds after.
    collecting = gc.isenabled()
    gc.disable()
    try:
        if count > 1:
            left = _parse_in_workers(
                jobs, root, program, on_batch, starting, spawned or [], helping=helping
            )
        for job in left:  # one at a time: progress (and the app's tree) moves with every note
            on_batch([(job[0], _parse_job(job, root, program))])
    finally:
        if collecting:
            gc.enable()


def worker_count(jobs: int) -> int:
    """How many processes are worth starting for ``jobs`` files: 1 means none."""
    if jobs < POOL_MIN_FILES or not children.available():
        return 1
    try:
        cpus = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        cpus = os.cpu_count() or 1
    return max(1, min(cpus, MAX_WORKERS, jobs // (POOL_MIN_FILES // 2)))


def helps(jobs: int, count: int) -> bool:
    """Whether this process parses too, beside ``count`` - 1 workers (see HELP_UP_TO)."""
    return count > 1 and jobs <= HELP_UP_TO


def _parse_job(job: Job, root: Path, program: Program | None) -> NoteRecord:
    _position, rel, path, info, key = job
    return parse_file(rel, path, root, info, key, program)


# -- the parent's side ------------------------------------------------------------------------


@dataclass
class _Worker:
    child: children.Child
    sent: deque[Sequence[Job]] = field(default_factory=deque)  # batches not answered yet

    @classmethod
    def start(cls, root: Path, program: Program | None, spawned: list[children.Child]) -> _Worker:
        """A spawned worker given its set-up, or a new one: this process forked where it can
        (the fork has the set-up already), else one started afresh."""
        setup: tuple[Path, Program | None] | None = (root, program)
        if spawned:
            child = spawned.pop()
        else:
            try:
                child = children.Child.fork(functools.partial(_serve_forked, root, program))
            except children.Unavailable:
                return cls(children.Child.start(__name__, setup))
            setup = None
        try:
            child.send(setup)
        except children.Failed:
            child.stop()
            raise
        return cls(child)

    def give(self, batch: Sequence[Job]) -> None:
        self.child.send(list(batch))
        self.sent.append(batch)


def _parse_in_workers(
    jobs: Sequence[Job],
    root: Path,
    program: Program | None,
    on_batch: OnBatch,
    count: int,
    spawned: list[children.Child],
    *,
    helping: bool = False,
) -> list[Job]:
    """Parse in ``count`` worker processes (and here, when ``helping``, while no answer
    waits); returns the jobs they did not finish."""
    import selectors

    parsers = count + 1 if helping else count
    queue = _Queue(jobs, parsers)
    workers: list[_Worker] = []
    lost: list[Sequence[Job]] = []
    selector = selectors.DefaultSelector()

    def drop(worker: _Worker) -> None:  # what it still owed is redone here
        selector.unregister(worker.child.stdout)
        lost.extend(worker.sent)
        worker.sent.clear()
        worker.child.stop()

    if not spawned and queue and children.can_fork():
        # a note parsed here first: the forks then start with what it imported and compiled
        job = queue.last()
        on_batch([(job[0], _parse_job(job, root, program))])
    try:
        for _ in range(count):
            try:
                worker = _Worker.start(root, program, spawned)
            except (children.Unavailable, children.Failed):  # the rest is done here
                break
            workers.append(worker)
            selector.register(worker.child.stdout, selectors.EVENT_READ, worker)
            for _ in range(IN_FLIGHT):
                _feed(worker, queue, lost)
        while selector.get_map():
            ready = selector.select(0 if helping and queue else None)
            if not ready:  # nothing to take: a note from the back of the queue, parsed here
                job = queue.last()
                on_batch([(job[0], _parse_job(job, root, program))])
                continue
            for key, _events in ready:
                worker = key.data
                data = worker.child.read()
                if not data:  # it died (or was killed)
                    drop(worker)
                    continue
                try:
                    for frame in worker.child.frames(data):
                        done, parsed = children.answer(frame)
                        if not done:
                            continue
                        worker.sent.popleft()
                        _feed(worker, queue, lost)
                        on_batch(parsed)  # may raise: the caller stops the load
                except children.Failed:
                    drop(worker)
                    continue
                if not worker.sent:
                    selector.unregister(worker.child.stdout)
                    worker.child.finish()
    finally:
        selector.close()
        for worker in workers:
            worker.child.stop()
    return [job for batch in lost for job in batch] + queue.rest()


class _Queue:
    """The jobs not sent yet: workers take batches from the front, this process single
    notes from the back."""

    __slots__ = ("_first", "_jobs", "_last", "_parsers")

    def __init__(self, jobs: Sequence[Job], parsers: int) -> None:
        self._jobs = jobs
        self._first, self._last = 0, len(jobs)  # jobs[first:last] wait
        self._parsers = parsers

    def __bool__(self) -> bool:
        return self._first < self._last

    def batch(self) -> Sequence[Job]:
        waiting = self._last - self._first
        size = max(1, min(MAX_BATCH, waiting // (self._parsers * SHARE)))
        start, self._first = self._first, self._first + min(size, waiting)
        return self._jobs[start : self._first]

    def last(self) -> Job:
        self._last -= 1
        return self._jobs[self._last]

    def rest(self) -> list[Job]:
        return list(self._jobs[self._first : self._last])


def _feed(worker: _Worker, queue: _Queue, lost: list[Sequence[Job]]) -> None:
    if not queue:
        return
    batch = queue.batch()
    try:
        worker.give(batch)
    except children.Failed:  # its pipe is gone: the batch is redone here
        lost.append(batch)


# -- the worker's side ------------------------------------------------------------------------


def _quiet_markdown_it() -> None:
    """markdown-it-py calls its loggers' ``debug`` for every rule tried on every line (about
    500 calls per note); nobody reads them in a worker, so they become no-ops here, once
    markdown-it was needed at all (most notes are read without it)."""
    import logging

    def ignore(*_args: object, **_kwargs: object) -> None:
        return None

    for name in list(logging.Logger.manager.loggerDict):
        if name.startswith("markdown_it"):
            logging.getLogger(name).debug = ignore  # type: ignore[method-assign]


def _handler(setup: tuple[Path, Program | None]) -> children.Handler:
    """A worker answers each batch of jobs with their parsed records."""
    root, program = setup
    quiet = False

    def parse(batch: list[Job], _progress: Any) -> Parsed:
        nonlocal quiet
        if not quiet and "markdown_it" in sys.modules:  # imported by the batch before
            _quiet_markdown_it()
            quiet = True
        return [(job[0], _parse_job(job, root, program)) for job in batch]

    return parse


def _serve_forked(
    root: Path, program: Program | None, requests: IO[bytes], answers: IO[bytes]
) -> None:
    children.serve(lambda _setup: _handler((root, program)), requests, answers)


def main() -> None:
    children.serve(_handler)


if __name__ == "__main__":
    main()
