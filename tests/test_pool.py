"""Parsing in worker processes: the same result as in-process, and never a way to fail."""

from __future__ import annotations

import gc
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from summit_tui import children
from summit_tui.corpus import pool
from summit_tui.corpus.build import build_corpus
from summit_tui.corpus.cache import NoteRecord
from summit_tui.corpus.pool import Job, parse_files
from waits import eventually

NOTE = """---
author: {author}
event: Demo Summit
---
# Keynote {n}

Speaker {author} on topic {n}.

- point one about {n}
- point two
  - nested detail

## Booth {n}

Text about booth {n}.
"""


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    root = tmp_path / "notes"
    root.mkdir()
    for n in range(12):
        author = ("Ann", "Bob", "김민지")[n % 3]
        text = NOTE.format(author=author, n=n)
        (root / f"note-{n:02}.md").write_text(text, encoding="utf-8")
    (root / "broken.md").write_bytes(b"\x00\x01 not text")
    return root


@pytest.fixture(params=["forked", "spawned"])
def mode(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Workers as forks of this process (a command's load) or started afresh (the app's)."""
    if request.param == "spawned":
        monkeypatch.setattr(children, "can_fork", lambda: False)
    elif not children.can_fork():
        pytest.skip("this process cannot fork its workers here")
    return request.param


@pytest.fixture
def spawning(monkeypatch: pytest.MonkeyPatch) -> None:
    """Workers started afresh, as the app's loads (beside its event loop) start them."""
    monkeypatch.setattr(children, "can_fork", lambda: False)


def jobs_for(root: Path) -> list[Job]:
    paths = sorted(root.glob("*.md"))
    out: list[Job] = []
    for position, path in enumerate(paths):
        info = os.stat(path)
        out.append((position, path.name, str(path), info, (info.st_mtime_ns, info.st_size, 0)))
    return out


def collect(jobs: list[Job], root: Path, workers: int) -> dict[int, NoteRecord]:
    got: dict[int, NoteRecord] = {}

    def on_batch(batch: list[tuple[int, NoteRecord]]) -> None:
        for position, record in batch:
            assert position not in got, "a note was handed over twice"
            got[position] = record

    parse_files(jobs, root, None, on_batch, workers=workers)
    return got


def test_workers_give_what_this_process_gives(folder: Path, mode: str) -> None:
    jobs = jobs_for(folder)
    here = collect(jobs, folder, workers=1)
    there = collect(jobs, folder, workers=2)
    assert sorted(there) == sorted(here) == list(range(len(jobs)))
    assert there == here
    broken = next(r for r in here.values() if r.note is None)
    assert broken.problems and "binary" in broken.problems[0].message


def test_no_interpreter_to_start_means_parsing_here(
    folder: Path, monkeypatch: pytest.MonkeyPatch, spawning: None
) -> None:
    jobs = jobs_for(folder)
    expected = collect(jobs, folder, workers=1)
    monkeypatch.setattr(sys, "executable", str(folder / "no-such-python"))
    assert collect(jobs, folder, workers=2) == expected


def test_workers_that_die_have_their_notes_parsed_here(
    folder: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, spawning: None
) -> None:
    jobs = jobs_for(folder)
    expected = collect(jobs, folder, workers=1)
    dies = tmp_path / "dies.sh"
    dies.write_text("#!/bin/sh\nexit 3\n", encoding="utf-8")
    dies.chmod(0o755)
    monkeypatch.setattr(sys, "executable", str(dies))
    assert collect(jobs, folder, workers=2) == expected


def test_a_caller_that_stops_early_leaves_no_worker_behind(folder: Path, mode: str) -> None:
    class Stop(Exception):
        pass

    def on_batch(_batch: list[tuple[int, NoteRecord]]) -> None:
        raise Stop

    before = _children()
    with pytest.raises(Stop):
        parse_files(jobs_for(folder), folder, None, on_batch, workers=2)
    assert _children() <= before


def _children() -> set[int]:
    """Live (not zombie) child processes of this one."""
    if not Path("/proc/self/stat").exists():
        pytest.skip("needs /proc")
    found: set[int] = set()
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue  # it ended meanwhile
        if int(fields[1]) == os.getpid() and fields[0] != "Z":
            found.add(int(stat.parent.name))
    return found


def test_a_large_folder_is_parsed_in_workers_and_equals_the_in_process_corpus(
    folder: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, mode: str
) -> None:
    started: list[int] = []
    real_start = pool._Worker.start

    def start(root, program, spawned):
        worker = real_start(root, program, spawned)
        started.append(worker.child.process.pid)
        return worker

    monkeypatch.setattr(pool, "POOL_MIN_FILES", 4)
    monkeypatch.setattr(pool, "HELP_UP_TO", 0)  # a large folder: this process only links
    monkeypatch.setattr(pool._Worker, "start", staticmethod(start))
    monkeypatch.setattr(pool.os, "sched_getaffinity", lambda _pid: {0, 1}, raising=False)
    seen: list[tuple[int, int]] = []
    parallel = build_corpus(folder, cache_dir=tmp_path / "a", progress=lambda *p: seen.append(p))
    assert len(started) == 2
    assert seen[-1] == (13, 13)
    monkeypatch.setattr(pool, "POOL_MIN_FILES", 1000)
    alone = build_corpus(folder, cache_dir=tmp_path / "b")
    assert parallel.entries == alone.entries
    assert parallel.notes == alone.notes
    assert dict(parallel.links) == dict(alone.links)
    assert parallel.problems == alone.problems


def test_a_garbled_answer_has_its_notes_parsed_here(
    folder: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, spawning: None
) -> None:
    jobs = jobs_for(folder)
    expected = collect(jobs, folder, workers=1)
    liar = tmp_path / "liar.sh"  # answers every batch with bytes that are no pickle
    liar.write_text(
        "#!/bin/sh\nprintf '\\010\\000\\000\\000\\000\\000\\000\\000notapick'\ncat >/dev/null\n",
        encoding="utf-8",
    )
    liar.chmod(0o755)
    monkeypatch.setattr(sys, "executable", str(liar))
    assert collect(jobs, folder, workers=2) == expected


def test_the_collector_is_paused_while_notes_arrive_and_given_back(folder: Path, mode: str) -> None:
    """The records only pile up while a folder is parsed (no reference cycles), so the
    collector is paused meanwhile; it is running again afterwards, also when the caller
    stopped the load."""
    assert gc.isenabled()
    seen: list[bool] = []

    def on_batch(_batch: list[tuple[int, NoteRecord]]) -> None:
        seen.append(gc.isenabled())

    for workers in (1, 2):
        parse_files(jobs_for(folder), folder, None, on_batch, workers=workers)
        assert seen and not any(seen)
        assert gc.isenabled()

    def stop(_batch: list[tuple[int, NoteRecord]]) -> None:
        raise RuntimeError("stopped")

    with pytest.raises(RuntimeError):
        parse_files(jobs_for(folder), folder, None, stop, workers=2)
    assert gc.isenabled()


PROGRAM = """\
events:
  - id: demo
    title: Demo Summit
    days:
      - date: 2024-11-04
        tracks:
          - name: Main
            items:
              - {id: demo-k1, title: Keynote 1}
"""


def test_workers_started_before_the_program_is_read_are_the_ones_used(
    folder: Path, monkeypatch: pytest.MonkeyPatch, spawning: None
) -> None:
    monkeypatch.setattr(pool, "POOL_MIN_FILES", 4)
    monkeypatch.setattr(pool, "HELP_UP_TO", 0)
    monkeypatch.setattr(pool.os, "sched_getaffinity", lambda _pid: {0, 1}, raising=False)
    jobs = jobs_for(folder)
    before = _children()
    spawned = pool.spawn_workers(len(jobs))
    assert len(spawned) == 2
    pids = {child.process.pid for child in spawned}
    got: dict[int, NoteRecord] = {}
    parse_files(jobs, folder, None, got.update, spawned=spawned)
    assert spawned == []  # both taken, none started besides them
    assert got == collect(jobs, folder, workers=1)
    assert not pids & _children() and _children() <= before


def test_a_load_stopped_before_parsing_leaves_no_worker_behind(
    folder: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, spawning: None
) -> None:
    (folder / "program.yaml").write_text(PROGRAM, encoding="utf-8")
    monkeypatch.setattr(pool, "POOL_MIN_FILES", 4)
    monkeypatch.setattr(pool, "HELP_UP_TO", 0)
    monkeypatch.setattr(pool.os, "sched_getaffinity", lambda _pid: {0, 1}, raising=False)
    spawned: list[int] = []
    real_spawn = pool.spawn_workers

    def spawn(jobs: int):
        children = real_spawn(jobs)
        spawned.extend(child.process.pid for child in children)
        return children

    monkeypatch.setattr(pool, "spawn_workers", spawn)

    class Stop(Exception):
        pass

    def partial(_corpus: object) -> None:  # the program's tree, shown before any parsing
        raise Stop

    before = _children()
    with pytest.raises(Stop):
        build_corpus(folder, cache_dir=tmp_path / "cache", partial=partial)
    assert len(spawned) == 2
    assert _children() <= before


def test_a_small_folder_is_parsed_by_one_worker_fewer_and_this_process_too(
    folder: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, spawning: None
) -> None:
    """Up to HELP_UP_TO files a worker's start-up weighs: this process parses notes while
    no answer waits, beside one worker fewer; the corpus is the same."""
    monkeypatch.setattr(pool, "POOL_MIN_FILES", 4)
    monkeypatch.setattr(pool.os, "sched_getaffinity", lambda _pid: {0, 1}, raising=False)
    assert pool.helps(13, 2) and not pool.helps(pool.HELP_UP_TO + 1, 2)
    expected = collect(jobs_for(folder), folder, workers=1)
    slow = tmp_path / "slow.sh"  # a worker slow to start: this process parses meanwhile
    slow.write_text(f'#!/bin/sh\nsleep 0.5\nexec "{sys.executable}" "$@"\n', encoding="utf-8")
    slow.chmod(0o755)
    monkeypatch.setattr(sys, "executable", str(slow))
    parsed_here: list[int] = []
    real_parse = pool._parse_job

    def parse_job(job: Job, root: Path, program: object) -> NoteRecord:
        parsed_here.append(job[0])  # a worker's parses are not seen in this process
        return real_parse(job, root, program)  # type: ignore[arg-type]

    monkeypatch.setattr(pool, "_parse_job", parse_job)
    before = _children()
    spawned = pool.spawn_workers(13)
    assert len(spawned) == 1
    got: dict[int, NoteRecord] = {}
    parse_files(jobs_for(folder), folder, None, got.update, spawned=spawned)
    assert spawned == [] and _children() <= before
    assert got == expected
    assert 0 < len(parsed_here) < 13  # both parsed


def _forking(monkeypatch: pytest.MonkeyPatch) -> None:
    if not children.can_fork():
        pytest.skip("this process cannot fork its workers here")
    monkeypatch.setattr(pool, "POOL_MIN_FILES", 4)
    monkeypatch.setattr(pool, "HELP_UP_TO", 0)  # a large folder: this process only links
    monkeypatch.setattr(pool.os, "sched_getaffinity", lambda _pid: {0, 1}, raising=False)


def test_a_command_forks_its_workers_once_it_has_parsed_a_note(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A command's load runs no other thread: its workers are forks of it, started once
    it has parsed one note (so they have what that imported and compiled), none before."""
    _forking(monkeypatch)
    jobs = jobs_for(folder)
    expected = collect(jobs, folder, workers=1)
    assert pool.spawn_workers(len(jobs)) == []
    parsed_here: list[int] = []
    started: list[object] = []
    real_parse, real_start = pool._parse_job, pool._Worker.start

    def parse_job(job: Job, root: Path, program: object) -> NoteRecord:
        parsed_here.append(job[0])  # a fork's parses are not seen in this process
        return real_parse(job, root, program)  # type: ignore[arg-type]

    def start(root, program, spawned):
        started.append(list(parsed_here))
        worker = real_start(root, program, spawned)
        started.append(worker.child.process)
        return worker

    monkeypatch.setattr(pool, "_parse_job", parse_job)
    monkeypatch.setattr(pool._Worker, "start", staticmethod(start))
    before = _children()
    got: dict[int, NoteRecord] = {}
    parse_files(jobs, folder, None, got.update)
    assert got == expected
    assert parsed_here == [len(jobs) - 1]  # the one note, from the back of the queue
    assert started[0] == parsed_here and isinstance(started[1], children.Forked)
    assert _children() <= before


def test_a_forked_worker_that_dies_has_its_notes_parsed_here(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _forking(monkeypatch)
    jobs = jobs_for(folder)
    expected = collect(jobs, folder, workers=1)

    def dying(_setup: object) -> children.Handler:
        os._exit(3)

    monkeypatch.setattr(pool, "_handler", dying)  # what a fork runs: copied with the patch
    before = _children()
    assert collect(jobs, folder, workers=2) == expected
    assert _children() <= before


def test_what_a_forked_worker_prints_never_reaches_this_process_output(
    folder: Path, monkeypatch: pytest.MonkeyPatch, capfd: pytest.CaptureFixture[str]
) -> None:
    _forking(monkeypatch)
    jobs = jobs_for(folder)
    expected = collect(jobs, folder, workers=1)
    real_handler = pool._handler

    def chatty(setup: tuple[Path, None]) -> children.Handler:
        print("a stray print in a worker")
        print("and a warning", file=sys.stderr)
        return real_handler(setup)

    monkeypatch.setattr(pool, "_handler", chatty)
    capfd.readouterr()
    print("this process's own line", flush=True)
    assert collect(jobs, folder, workers=2) == expected
    out, err = capfd.readouterr()
    assert out == "this process's own line\n"  # written once, before the fork
    assert err == ""


def test_workers_are_started_afresh_while_another_thread_runs(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The app loads beside its event loop: a fork would copy only the loading thread, and
    a lock the other one held would stay held in the copy."""
    _forking(monkeypatch)
    jobs = jobs_for(folder)
    expected = collect(jobs, folder, workers=1)
    started: list[object] = []
    real_start = pool._Worker.start

    def start(root, program, spawned):
        worker = real_start(root, program, spawned)
        started.append(worker.child.process)
        return worker

    monkeypatch.setattr(pool._Worker, "start", staticmethod(start))
    release = threading.Event()
    other = threading.Thread(target=release.wait)
    other.start()
    try:
        assert not children.can_fork()
        assert collect(jobs, folder, workers=2) == expected
    finally:
        release.set()
        other.join()
    assert started and all(isinstance(p, subprocess.Popen) for p in started)
    eventually(children.can_fork, "the other thread to be gone, and forks possible again")


def test_batches_shrink_as_the_queue_drains_so_the_parsers_finish_together() -> None:
    """Workers take batches from the front, this process single notes from the back; a
    batch is a share of what still waits, so the last ones are a note or two and no parser
    sits idle while another works through a large last batch. Every job is given once."""
    jobs: list[Job] = [(n, f"n{n}.md", f"/x/n{n}.md", None, (0, 0, 0)) for n in range(1000)]
    queue = pool._Queue(jobs, parsers=2)
    given: list[int] = []
    sizes: list[int] = []
    while queue:
        batch = queue.batch()
        sizes.append(len(batch))
        given.extend(job[0] for job in batch)
        if queue:
            given.append(queue.last()[0])
    assert sorted(given) == list(range(1000))
    assert sizes[0] == pool.MAX_BATCH and sizes[-3:] == [1, 1, 1]
    assert sizes == sorted(sizes, reverse=True)
    half = pool._Queue(jobs, parsers=2)
    taken = [half.batch() for _ in range(3)]
    assert [job[0] for batch in taken for job in batch] == list(range(3 * pool.MAX_BATCH))
    assert len(half.rest()) == 1000 - 3 * pool.MAX_BATCH
