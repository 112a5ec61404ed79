"""A notes folder → Corpus: discover, load (through the cache), program, segment, link.

``build_corpus`` never raises on a bad note: everything wrong ends up in
``Corpus.problems``. It raises ``NotesDirError`` only when the folder itself is
unusable, with a message that names it and says what to do.
"""

from __future__ import annotations

import gc
import os
import time
from collections.abc import Callable, Mapping
from pathlib import Path

from summit_tui.corpus.cache import (
    CacheData,
    FileKey,
    NoteRecord,
    cache_key,
    file_key,
    read_cache,
    write_cache,
)
from summit_tui.corpus.events import Placement
from summit_tui.corpus.loader import discover_files, link_outside
from summit_tui.corpus.model import Corpus, Entry, Link, Note, Problem, Program, Severity
from summit_tui.corpus.pool import Job, parse_files
from summit_tui.corpus.program import load_program, program_fingerprint

PROGRAM_FILES = ("program.yaml", "program.yml")
Progress = Callable[[int, int], None]
Partial = Callable[[Corpus], None]
PARTIAL_FIRST = 0.3  # seconds between partial corpora: short at first, then doubling
PARTIAL_MAX = 3.0
_UNSTATTABLE = (-1, -1, -1, -1, -1)


class NotesDirError(Exception):
    """The notes folder is missing, not a folder, or cannot be read."""


def notes_root(notes_dir: Path | str) -> Path:
    """The absolute notes folder, or NotesDirError saying what is wrong with it."""
    root = Path(os.path.abspath(Path(notes_dir).expanduser()))
    hint = "pass --notes DIR or set $SUMMIT_TUI_NOTES to the folder that holds your notes"
    if not root.exists():
        raise NotesDirError(f"notes folder {root} does not exist; {hint}")
    if not root.is_dir():
        raise NotesDirError(f"{root} is a file, not a folder; {hint}")
    try:
        with os.scandir(root) as listing:
            next(listing, None)
    except OSError as error:
        raise NotesDirError(
            f"cannot read notes folder {root}: {error.strerror or error}; "
            "check its permissions or choose another folder with --notes"
        ) from None
    return root


def program_path(root: Path, *, follow_links: bool = False) -> Path | None:
    """The folder's program file; not one that is a symbolic link out of the folder
    (``program_link_problem`` says so), unless ``follow_links``."""
    for name in PROGRAM_FILES:
        path = root / name
        if path.is_file():
            return path if follow_links or link_outside(path, root) is None else None
    return None


def program_link_problem(root: Path) -> Problem | None:
    """The problem of a program file that is a symbolic link out of the folder."""
    for name in PROGRAM_FILES:
        target = link_outside(root / name, root)
        if target is not None:
            return Problem(
                name,
                None,
                Severity.WARNING,
                f"symbolic link to the file {target}, outside the notes folder",
                "not read; --follow-links (or follow_links = true in settings.toml) reads it",
            )
    return None


def build_corpus(
    notes_dir: Path,
    *,
    cache_dir: Path | None = None,
    progress: Progress | None = None,
    partial: Partial | None = None,
    follow_links: bool = False,
) -> Corpus:
    """The corpus of ``notes_dir``, from the cache for every note that did not change.

    Symbolic links out of the notes folder are reported, not read, unless
    ``follow_links`` (see ``loader.discover_files``).

    ``progress(done, total)`` follows the notes as they are parsed. With a program file,
    ``partial(corpus)`` is also given the notes parsed so far, now and then (more rarely
    as the load goes on), so a first cold load can be browsed while it fills; both run in
    the caller's thread and may raise to stop the load.
    """
    # What the last load froze (_settled) and has since become garbage in cycles (a
    # reloaded tree's nodes, a notification shown meanwhile) is collected now; frozen,
    # it never would be. The first load has nothing frozen: this costs it nothing.
    if gc.get_freeze_count():
        gc.unfreeze()
        gc.collect()
    root = notes_root(notes_dir)
    found, problems = discover_files(root, follow_links=follow_links)
    files: list[tuple[str, str, os.stat_result | None, FileKey]] = []
    for rel, path in found:
        try:
            info: os.stat_result | None = os.stat(path)
            key = file_key(info)
        except OSError:
            info, key = None, _UNSTATTABLE
        files.append((rel, path, info, key))
    manifest = (tuple((rel, key) for rel, _, _, key in files), tuple(problems))
    total = len(files)

    program_file = program_path(root, follow_links=follow_links)
    if program_file is None and not follow_links:
        link_problem = program_link_problem(root)
        if link_problem is not None:
            problems.append(link_problem)
            manifest = (manifest[0], tuple(problems))
    key = cache_key(program_fingerprint(program_file) if program_file else "inferred")
    cached = read_cache(cache_dir, root, key) if cache_dir is not None else None
    if cached is not None and cached.manifest == manifest:
        if progress is not None:
            progress(total, total)
        return _settled(cached.corpus)

    program: Program | None = None
    if program_file is not None:
        program, program_problems = load_program(program_file, rel=program_file.name)
        problems.extend(program_problems)
        if not any(True for _ in program.items()):
            problems.append(
                Problem(
                    program_file.name,
                    None,
                    Severity.WARNING,
                    "the program file lists no items",
                    "items inferred from the notes instead",
                )
            )
            program = None

    old = cached.records() if cached is not None else {}
    records: dict[str, NoteRecord] = {}
    jobs: list[Job] = []
    for position, (rel, path, info, stat_key) in enumerate(files):
        record = old.get(rel)
        if record is None or stat_key == _UNSTATTABLE or record.key != stat_key:
            jobs.append((position, rel, path, info, stat_key))
        else:
            records[rel] = record
    del old
    per_note_links = program is not None
    cacheable = True
    if progress is not None and records:
        progress(len(records), total)  # the unchanged notes, from the cache

    clock = [time.monotonic(), PARTIAL_FIRST]  # last partial, wait before the next

    def show_partial(force: bool = False) -> None:
        now = time.monotonic()
        if partial is None or program is None or (not force and now - clock[0] < clock[1]):
            return
        partial(_snapshot(root, records, program, problems))
        clock[0], clock[1] = time.monotonic(), min(clock[1] * 2, PARTIAL_MAX)

    def arrived(batch: list[tuple[int, NoteRecord]]) -> None:
        nonlocal cacheable
        fresh = [(files[position][0], record) for position, record in batch]
        if program is not None and cacheable:  # links are per entry: made as notes arrive
            notes = {r.note.path: r.note for _, r in fresh if r.note is not None}
            entries = [e for _, r in fresh for e in r.entries]
            new_links = _link(entries, notes, program, problems) if entries else {}
            if new_links is None:  # reported once; the rest stays unlinked, and uncached
                cacheable, new_links = False, {}
            for _, record in fresh:
                record.links = {e.id: new_links[e.id] for e in record.entries if e.id in new_links}
        records.update(fresh)
        if progress is not None:
            progress(len(records), total)
        if len(records) < total:
            show_partial()

    if jobs:
        show_partial(force=True)  # the program's tree at once, with the cached notes
    parse_files(jobs, root, program, arrived)
    records = {rel: records[rel] for rel, _, _, _ in files}  # the folder's order
    notes = {rel: r.note for rel, r in records.items() if r.note is not None}
    entries = [entry for record in records.values() for entry in record.entries]
    links: dict[str, Link] = {}
    placements: dict[str, Placement] | None = None
    if per_note_links:
        for record in records.values():
            links.update(record.links)
    else:
        inferred = _infer(notes, entries, problems)
        if inferred is None:
            cacheable = False
            program = Program(inferred=True)
        else:
            program, links, placements = inferred
    for entry in entries:
        if entry.id not in links:
            links[entry.id] = Link(entry_id=entry.id, item_id=None, score=0.0, reason=None)

    for record in records.values():
        problems.extend(record.problems)
    problems.extend(_warnings(notes, entries, links, placements))
    corpus = Corpus(
        root=str(root),
        notes=tuple(notes.values()),
        entries=tuple(entries),
        program=program,
        links=links,
        problems=tuple(problems),
    )
    if cache_dir is not None and cacheable:
        data = CacheData(
            key=key,
            root=str(root),
            manifest=manifest,
            corpus=corpus,
            file_keys={rel: r.key for rel, r in records.items() if r.key != _UNSTATTABLE},
            file_problems={rel: r.problems for rel, r in records.items() if r.problems},
            per_note_links=per_note_links,
        )
        write_cache(cache_dir, root, data)
    return _settled(corpus)


def _snapshot(
    root: Path, records: Mapping[str, NoteRecord], program: Program, problems: list[Problem]
) -> Corpus:
    """A corpus of the notes parsed so far (linked, as links are made per note)."""
    links: dict[str, Link] = {}
    for record in records.values():
        links.update(record.links)
    return Corpus(
        root=str(root),
        notes=tuple(r.note for r in records.values() if r.note is not None),
        entries=tuple(e for r in records.values() for e in r.entries),
        program=program,
        links=links,
        problems=(*problems, *(p for r in records.values() for p in r.problems)),
    )


def _settled(corpus: Corpus) -> Corpus:
    """Move the corpus out of the garbage collector's sight.

    It is a few hundred thousand long-lived objects without reference cycles (freed by
    reference counting when dropped); left tracked, every later full collection walks
    all of them, which stalls the UI for a few hundred milliseconds at 10,000 notes.
    Whatever else is alive is frozen too, and what of it later becomes garbage in cycles
    is never collected while frozen: a load therefore starts by unfreezing and collecting
    (build_corpus), so no load keeps the garbage of the one before for good.
    """
    gc.freeze()
    return corpus


def _link(
    entries: list[Entry], notes: Mapping[str, Note], program: Program, problems: list[Problem]
) -> dict[str, Link] | None:
    from summit_tui.corpus.link import link_entries

    try:
        return dict(link_entries(entries, notes, program))
    except Exception as error:
        problems.append(_link_failure(program.source or "program.yaml", error))
        return None


def _infer(
    notes: Mapping[str, Note], entries: list[Entry], problems: list[Problem]
) -> tuple[Program, dict[str, Link], dict[str, Placement]] | None:
    from summit_tui.corpus.events import place_notes
    from summit_tui.corpus.infer import infer_program

    try:
        placements, events = place_notes(notes.values())
        program, links = infer_program(notes, entries, placements, events)
    except Exception as error:
        problems.append(_link_failure(".", error))
        return None
    return program, dict(links), placements


def _warnings(
    notes: Mapping[str, Note],
    entries: list[Entry],
    links: Mapping[str, Link],
    placements: Mapping[str, Placement] | None,
) -> list[Problem]:
    """What `check` warns about: what could not be worked out (corpus.checks)."""
    from summit_tui.corpus.checks import note_warnings

    def item_of(entry_id: str) -> str | None:
        link = links.get(entry_id)
        return link.item_id if link is not None else None

    try:
        return note_warnings(notes.values(), entries, item_of, placements)
    except Exception as error:  # a bug here must not stop the notes loading
        return [_link_failure(".", error)]


def _link_failure(where: str, error: Exception) -> Problem:
    return Problem(
        Path(where).name,
        None,
        Severity.ERROR,
        f"could not link entries to the program ({type(error).__name__}: {error})",
        "every entry left unsorted; please report this",
    )
