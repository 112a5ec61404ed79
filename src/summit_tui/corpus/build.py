"""A notes folder → Corpus, as a short pipeline of named steps.

``build_corpus`` reads as the steps it takes:

1. ``discover``: the folder's notes, each with its stat key, and the program file;
   their listing is the ``manifest`` that tells whether the saved corpus still holds.
2. ``read_cache``: when nothing changed, the saved corpus is the answer.
3. ``reuse_unchanged``: the notes the cache holds unchanged, and jobs for the rest;
   the worker processes they are worth start (``spawn_workers``, corpus/pool.py).
4. ``read_program``: the program file, if any (``None``: items are inferred).
5. ``parse_files`` (corpus/pool.py): the jobs parsed, on every core when it pays;
   ``Arrivals`` takes each batch as it comes, links it when there is a program (links
   are per note then) and shows progress and partial corpora.
6. ``link_corpus``: the links gathered, or the program inferred from every note.
7. ``gather_problems``: every note's problems, then what `check` warns about.
8. ``save_cache``: the corpus and what each file contributed, for the next load.

``build_corpus`` never raises on a bad note: everything wrong ends up in
``Corpus.problems``. It raises ``NotesDirError`` only when the folder itself is
unusable, with a message that names it and says what to do.
"""

from __future__ import annotations

import gc
import os
import sys
import time
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from summit_tui.corpus.cache import (
    CacheData,
    FileKey,
    NoteRecord,
    cache_key,
    file_key,
    read_cache,
    write_cache,
)
from summit_tui.corpus.loader import discover_files, link_outside
from summit_tui.corpus.model import Corpus, Entry, Link, Note, Problem, Program, Severity
from summit_tui.corpus.program import load_program, program_fingerprint
from summit_tui.corpus.shared_text import SharedText
from summit_tui.corpus.site_authors import (
    BOOK_FILES,
    HUGO_FILES,
    INDEX_FILES,
    note_folders,
    reads_site,
    site_keys,
)
from summit_tui.corpus.site_category import CATEGORY_FILES
from summit_tui.corpus.site_file import SITE_CONFIGS
from summit_tui.corpus.vaults import VAULT_MARKS

if TYPE_CHECKING:  # the parsing side (pool, events, ids...) is imported only when notes are parsed
    from summit_tui.corpus.events import Placement
    from summit_tui.corpus.ids import IdBook
    from summit_tui.corpus.pool import Job

PROGRAM_FILES = ("program.yaml", "program.yml")
Progress = Callable[[int, int], None]
Partial = Callable[[Corpus], None]
PARTIAL_FIRST = 0.3  # seconds between partial corpora: short at first, then doubling
PARTIAL_MAX = 3.0
_UNSTATTABLE = (-1, -1, -1, -1, -1)

# A file found in the folder: (rel path, absolute path, its stat or None, its file key)
FolderFile = tuple[str, str, os.stat_result | None, FileKey]


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
    known_keys: Mapping[str, tuple[int, ...]] | None = None,
) -> Corpus:
    """The corpus of ``notes_dir``, from the cache for every note that did not change.

    Symbolic links out of the notes folder are reported, not read, unless
    ``follow_links`` (see ``loader.discover_files``). ``known_keys`` (path relative to the
    folder → ``file_key``) are the keys of notes the caller has just stat'ed (the app's
    folder signature): those notes are not stat'ed again.

    ``progress(done, total)`` follows the notes as they are parsed. With a program file,
    ``partial(corpus)`` is also given the notes parsed so far, now and then (more rarely
    as the load goes on), so a first cold load can be browsed while it fills; both run in
    the caller's thread and may raise to stop the load.
    """
    release_previous_load()
    # Everything a load makes lives on in the corpus, without reference cycles (see
    # test_segment): the collector's passes over it would find nothing. Paused from the
    # folder's listing on (a warm start's tens of thousands of tuples set off passes too),
    # since its first passes after a pause would walk every object made meanwhile, two or
    # three times (about 0.5 s at 10,000 notes): it stays paused until ``_settled`` has
    # frozen the corpus out of its sight.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _load(notes_dir, cache_dir, progress, partial, follow_links, known_keys)
    finally:
        if collecting:
            gc.enable()


def _load(
    notes_dir: Path,
    cache_dir: Path | None,
    progress: Progress | None,
    partial: Partial | None,
    follow_links: bool,
    known_keys: Mapping[str, tuple[int, ...]] | None,
) -> Corpus:
    folder = discover(notes_root(notes_dir), follow_links=follow_links, known_keys=known_keys)
    manifest = folder.manifest  # before the cache is read: see Folder.manifest
    key = cache_key(program_fingerprint(folder.program_file) if folder.program_file else "inferred")
    cached = read_cache(cache_dir, folder.root, key) if cache_dir is not None else None
    if cached is not None and cached.manifest == manifest:
        if progress is not None:
            progress(folder.total, folder.total)
        return _settled(cached.corpus)

    records, jobs = reuse_unchanged(folder.files, cached, manifest[2])
    del cached
    return _parse_and_link(folder, key, records, jobs, cache_dir, progress, partial)


def _parse_and_link(
    folder: Folder,
    key: str,
    records: dict[str, NoteRecord],
    jobs: list[Job],
    cache_dir: Path | None,
    progress: Progress | None,
    partial: Partial | None,
) -> Corpus:
    """Steps 3 to 8: the jobs parsed and linked beside the unchanged ``records``."""
    from summit_tui.corpus.site_file import forget_missing

    forget_missing()  # a site file added since the last load is read in this one
    from summit_tui.corpus import pool  # with its helpers: not on a warm start

    spawned = pool.spawn_workers(len(jobs))  # they start up while the program is read
    try:
        problems = list(folder.problems)
        program = read_program(folder.program_file, problems)
        arrivals = Arrivals(folder, program, records, problems, progress, partial)
        arrivals.start(jobs)
        pool.parse_files(jobs, folder.root, program, arrivals.take, spawned=spawned)
    finally:
        pool.stop_workers(spawned)  # those it did not take
    records = in_folder_order(folder.files, arrivals.records)
    notes = {rel: r.note for rel, r in records.items() if r.note is not None}
    entries = [entry for record in records.values() for entry in record.entries]
    from summit_tui.corpus.vaults import credit_vaults, vault_folders, vault_writers

    # a vault's pages share its writer: decided over all notes, never stored per note
    marked = vault_folders(path for path, _, _ in folder.manifest[2])
    vaults = vault_folders((path for path, _, _ in folder.manifest[2]), notes)
    writers = vault_writers(folder.root, notes, vaults, marked)
    notes, entries = credit_vaults(notes, entries, writers)
    from summit_tui.corpus.ids import IdBook, read_remembered, write_remembered

    ids = IdBook(read_remembered(cache_dir, str(folder.root)))
    linked = link_corpus(records, notes, entries, program, problems, ids)
    _forget_link_scores()
    write_remembered(cache_dir, str(folder.root), ids.given, ids.remembered)
    problems.extend(gather_problems(records, notes, entries, linked))
    corpus = Corpus(
        root=str(folder.root),
        notes=tuple(notes.values()),
        entries=tuple(entries),
        program=linked.program,
        links=linked.links,
        problems=tuple(problems),
    )
    if cache_dir is not None and arrivals.cacheable and linked.cacheable:
        save_cache(cache_dir, folder, key, corpus, records, per_note_links=program is not None)
    return _settled(corpus)


# -- 1. discover ----------------------------------------------------------------------------


# The three classes below are plain classes, not dataclasses: every command imports
# this module, and making a dataclass costs start-up time.


class Folder:
    """What a load starts from: the notes folder's files, its program file and what could
    not be read. ``manifest`` is all of it that decides whether a saved corpus holds."""

    __slots__ = ("_manifest", "files", "problems", "program_file", "root")

    def __init__(
        self,
        root: Path,
        files: list[FolderFile],
        problems: tuple[Problem, ...],
        program_file: Path | None,
    ) -> None:
        self.root = root
        self.files = files
        self.problems = problems
        self.program_file = program_file
        self._manifest: tuple | None = None

    @property
    def total(self) -> int:
        return len(self.files)

    @property
    def manifest(self) -> tuple:
        """Made once. A warm load asks for it before it reads the cache: made after, its
        10,000 new tuples set off collections that walk the whole unpickled corpus (about
        0.1 s at 10,000 notes)."""
        if self._manifest is None:
            folders = note_folders(rel for rel, _, _, _ in self.files)
            self._manifest = (
                tuple((rel, key) for rel, _, _, key in self.files),
                self.problems,
                # the authors files and Dendron workspaces a note's author may come from
                site_keys(str(self.root), folders),
            )
        return self._manifest


def discover(
    root: Path,
    *,
    follow_links: bool = False,
    known_keys: Mapping[str, tuple[int, ...]] | None = None,
) -> Folder:
    """Every note under ``root`` with its stat key, and the folder's program file. A note
    in ``known_keys`` takes its key from there, unstat'ed (its stat is then None: a parse
    job stats it when it reads it)."""
    found, problems = discover_files(root, follow_links=follow_links)
    files: list[FolderFile] = []
    known = known_keys or {}
    for rel, path in found:
        given = known.get(rel)
        if given is not None:
            files.append((rel, path, None, given))
            continue
        try:
            info: os.stat_result | None = os.stat(path)
            key = file_key(info)
        except OSError:
            info, key = None, _UNSTATTABLE
        files.append((rel, path, info, key))
    program_file = program_path(root, follow_links=follow_links)
    if program_file is None and not follow_links:
        link_problem = program_link_problem(root)
        if link_problem is not None:
            problems.append(link_problem)
    return Folder(root, files, tuple(problems), program_file)


def release_previous_load() -> None:
    """Collect what the last load froze (``_settled``) and has since become garbage in
    cycles (a reloaded tree's nodes, a notification shown meanwhile); frozen, it never
    would be. The first load has nothing frozen: this costs it nothing."""
    if gc.get_freeze_count():
        gc.unfreeze()
        gc.collect()


# -- 3. the program ---------------------------------------------------------------------------


def read_program(program_file: Path | None, problems: list[Problem]) -> Program | None:
    """The folder's program, its problems added to ``problems``; None when there is no
    program file or it lists no items (items are then inferred from the notes)."""
    if program_file is None:
        return None
    program, program_problems = load_program(program_file, rel=program_file.name)
    problems.extend(program_problems)
    if any(True for _ in program.items()):
        return program
    problems.append(
        Problem(
            program_file.name,
            None,
            Severity.WARNING,
            "the program file lists no items",
            "items inferred from the notes instead",
        )
    )
    return None


# -- 4. what the cache still holds --------------------------------------------------------------


def reuse_unchanged(
    files: Iterable[FolderFile],
    cached: CacheData | None,
    site: tuple[tuple[str, int, int], ...] = (),
) -> tuple[dict[str, NoteRecord], list[Job]]:
    """The records of the files the cache holds unchanged, and a parse job for each other
    (and for each note whose author a changed authors file, front page or Dendron workspace
    may give: ``site_authors.reads_site``)."""
    old = cached.records() if cached is not None else {}
    files = list(files)
    changed = _site_changes(files, cached, site, old) if cached is not None else frozenset()
    records: dict[str, NoteRecord] = {}
    jobs: list[Job] = []
    for position, (rel, path, info, stat_key) in enumerate(files):
        record = old.get(rel)
        if (
            record is None
            or stat_key == _UNSTATTABLE
            or record.key != stat_key
            or (
                changed
                and record.note is not None
                and (
                    reads_site(record.note.author_source, changed)
                    or ("labels" in changed and "folder" in record.note.event_sources)
                    or "all" in changed
                )
            )
        ):
            jobs.append((position, rel, path, info, stat_key))
        else:
            records[rel] = record
    return records, jobs


def _site_changes(
    files: list[FolderFile],
    cached: CacheData,
    site: tuple[tuple[str, int, int], ...],
    old: Mapping[str, NoteRecord],
) -> frozenset[str]:
    """Which kinds of site files changed since the cache was saved: "authors" (an authors
    file), "index" (a front page, itself a note, or a Dendron workspace), "labels" (a docs
    site's ``_category_.json``), "all" (a book's ``book.toml`` or a site's ``mkdocs.yml``,
    whose title may name the event of any note in it)."""
    manifest = cached.manifest
    before = {p: (m, n) for p, m, n in manifest[2]} if len(manifest) > 2 else None
    if before is None:
        return frozenset(("authors", "index", "labels", "all"))
    now = {p: (m, n) for p, m, n in site}
    changed: set[str] = set()
    for path in before.keys() | now.keys():
        if before.get(path) != now.get(path):
            if path.endswith(CATEGORY_FILES):
                # a docs site's name for a folder (site_category), and the day its pages are
                # listed under (site_nav)
                changed.add("all")
            elif path.endswith(("book.toml", "mkdocs.yml", "_config.yml", *BOOK_FILES)) or (
                path.endswith(SITE_CONFIGS)
            ):
                # a book's or site's title: the event of any note under it; mkdocs.yml's nav
                # gives its pages' labels and days (site_nav)
                changed.add("all")
            else:
                # a vault's app file: whether its pages share one writer (vaults)
                index = path.endswith(("dendron.yml", *HUGO_FILES, *VAULT_MARKS))
                changed.add("index" if index else "authors")
    present = set()
    for rel, _, _, stat_key in files:
        if rel.rpartition("/")[2] in INDEX_FILES:
            present.add(rel)
            record = old.get(rel)
            if record is None or record.key != stat_key:
                # a book's table of contents gives its pages' labels and days (site_nav)
                changed.add("all" if rel.endswith("SUMMARY.md") else "index")
    if any(rel.rpartition("/")[2] in INDEX_FILES and rel not in present for rel in old):
        changed.add("index")  # a front page removed
    return frozenset(changed)


# -- 5. notes as they are parsed ----------------------------------------------------------------


class Arrivals:
    """Takes the parsed notes a batch at a time (``take``, called by ``parse_files``):
    links them when there is a program, reports progress, and now and then shows the
    corpus so far (``partial``), more rarely as the load goes on."""

    def __init__(
        self,
        folder: Folder,
        program: Program | None,
        records: dict[str, NoteRecord],
        problems: list[Problem],
        progress: Progress | None = None,
        partial: Partial | None = None,
    ) -> None:
        self.folder = folder
        self.program = program
        self.records = records  # rel path → record, the cache's unchanged ones first
        self.problems = problems  # shared with the load: a link failure is reported here
        self.progress = progress
        self.partial = partial
        self.cacheable = True  # False once linking failed: the result is not saved
        self._last_partial = time.monotonic()
        self._wait = PARTIAL_FIRST
        self._shared = SharedText()  # one copy of what many notes say alike

    def start(self, jobs: list[Job]) -> None:
        """Before parsing: the unchanged notes' progress, and the program's tree at once."""
        if self.progress is not None and self.records:
            self.progress(len(self.records), self.folder.total)
        if jobs:
            self._show_partial(force=True)

    def take(self, batch: list[tuple[int, NoteRecord]]) -> None:
        fresh = [(self.folder.files[position][0], record) for position, record in batch]
        for _, record in fresh:
            if record.note is not None:
                self._shared.share(record.note, record.entries)
        if self.program is not None and self.cacheable:
            self.cacheable = link_batch([r for _, r in fresh], self.program, self.problems)
        self.records.update(fresh)
        if self.progress is not None:
            self.progress(len(self.records), self.folder.total)
        if len(self.records) < self.folder.total:
            self._show_partial()

    def _show_partial(self, force: bool = False) -> None:
        if self.partial is None or self.program is None:
            return
        if not force and time.monotonic() - self._last_partial < self._wait:
            return
        self.partial(snapshot(self.folder.root, self.records, self.program, self.problems))
        self._last_partial, self._wait = time.monotonic(), min(self._wait * 2, PARTIAL_MAX)


def link_batch(records: list[NoteRecord], program: Program, problems: list[Problem]) -> bool:
    """Link the entries of freshly parsed notes to the program, into their records.
    False when linking failed (reported once in ``problems``; these stay unlinked)."""
    notes = {r.note.path: r.note for r in records if r.note is not None}
    entries = [e for r in records for e in r.entries]
    new_links = _link(entries, notes, program, problems) if entries else {}
    for record in records:
        record.links = (
            {e.id: new_links[e.id] for e in record.entries if e.id in new_links}
            if new_links is not None
            else {}
        )
    return new_links is not None


def snapshot(
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


def in_folder_order(
    files: Iterable[FolderFile], records: Mapping[str, NoteRecord]
) -> dict[str, NoteRecord]:
    return {rel: records[rel] for rel, _, _, _ in files}


# -- 6. links -----------------------------------------------------------------------------------


class Linked:
    """Every entry's link (unsorted ones too) and the program they point into."""

    __slots__ = ("cacheable", "links", "placements", "program")

    def __init__(
        self,
        program: Program,
        links: dict[str, Link],
        placements: dict[str, Placement] | None = None,  # where inference put each note
        cacheable: bool = True,  # False when inference failed
    ) -> None:
        self.program = program
        self.links = links
        self.placements = placements
        self.cacheable = cacheable


def link_corpus(
    records: Mapping[str, NoteRecord],
    notes: Mapping[str, Note],
    entries: list[Entry],
    program: Program | None,
    problems: list[Problem],
    ids: IdBook | None = None,
) -> Linked:
    """With a program, the links made per note as they arrived, and the items it does not
    list inferred (corpus.unlisted); without, the program inferred from every note
    together. Entries linked to nothing are unsorted. ``ids`` gives inferred items their
    ids (corpus.ids: the ones remembered from the last load where they are the same)."""
    if ids is None:
        from summit_tui.corpus.ids import IdBook

        ids = IdBook()
    if program is not None:
        linked = Linked(program, {})
        for record in records.values():
            linked.links.update(record.links)
        program = _named_by_notes(program, notes, entries, linked.links, problems)
        linked.program = _unlisted(program, notes, entries, linked.links, problems, ids)
    else:
        inferred = _infer(notes, entries, problems, ids)
        if inferred is None:
            linked = Linked(Program(inferred=True), {}, cacheable=False)
        else:
            linked = Linked(*inferred)
    for entry in entries:
        if entry.id not in linked.links:
            linked.links[entry.id] = Link(entry_id=entry.id, item_id=None, score=0.0, reason=None)
    return linked


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
    notes: Mapping[str, Note], entries: list[Entry], problems: list[Problem], ids: IdBook
) -> tuple[Program, dict[str, Link], dict[str, Placement]] | None:
    from summit_tui.corpus.events import place_notes
    from summit_tui.corpus.infer import infer_program

    try:
        placements, events = place_notes(notes.values())
        program, links = infer_program(notes, entries, placements, events, ids)
    except Exception as error:
        problems.append(_link_failure(".", error))
        return None
    return program, dict(links), placements


def _named_by_notes(
    program: Program,
    notes: Mapping[str, Note],
    entries: list[Entry],
    links: Mapping[str, Link],
    problems: list[Problem],
) -> Program:
    """The program with an event named only after its file (a calendar without a name)
    named as the notes about its talks name it (corpus.program_names)."""
    from summit_tui.corpus.program_names import named_by_notes

    try:
        return named_by_notes(program, notes, entries, links)
    except Exception as error:  # a bug here must not stop the notes loading
        problems.append(_link_failure(".", error))
        return program


def _unlisted(
    program: Program,
    notes: Mapping[str, Note],
    entries: list[Entry],
    links: dict[str, Link],
    problems: list[Problem],
    ids: IdBook,
) -> Program:
    """The program with the items it does not list that the notes clearly place
    (corpus.unlisted); ``links`` updated to them."""
    from summit_tui.corpus.unlisted import add_unlisted

    try:
        extended, found = add_unlisted(program, notes, entries, links, ids)
    except Exception as error:  # a bug here must not stop the notes loading
        problems.append(_link_failure(".", error))
        return program
    links.update(found)
    return extended


# -- 7. problems ------------------------------------------------------------------------------


def gather_problems(
    records: Mapping[str, NoteRecord],
    notes: Mapping[str, Note],
    entries: list[Entry],
    linked: Linked,
) -> list[Problem]:
    """Each note's load and segment problems, in the folder's order, then `check`'s
    warnings about what could not be worked out."""
    found = [problem for record in records.values() for problem in record.problems]
    said = {rel: record.no_talk for rel, record in records.items() if record.no_talk is not None}
    found.extend(
        check_warnings(notes, entries, linked.links, linked.placements, linked.program, said)
    )
    return found


def check_warnings(
    notes: Mapping[str, Note],
    entries: list[Entry],
    links: Mapping[str, Link],
    placements: Mapping[str, Placement] | None,
    program: Program | None = None,
    no_talk: Mapping[str, bool] | None = None,
) -> list[Problem]:
    """What `check` warns about: what could not be worked out (corpus.checks). ``no_talk``:
    what the parse found of each note's being about no talk, where it asked."""
    from summit_tui.corpus.checks import note_warnings

    def item_of(entry_id: str) -> str | None:
        link = links.get(entry_id)
        return link.item_id if link is not None else None

    try:
        days = {item.id: item.day for item in program.items()} if program is not None else None
        day_of = days.get if days is not None else None
        return note_warnings(notes.values(), entries, item_of, placements, day_of, no_talk)
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


# -- 8. the cache and the end ---------------------------------------------------------------------


def save_cache(
    cache_dir: Path,
    folder: Folder,
    key: str,
    corpus: Corpus,
    records: Mapping[str, NoteRecord],
    *,
    per_note_links: bool,
) -> None:
    """Save the corpus, with what each file contributed, for the next load to reuse."""
    data = CacheData(
        key=key,
        root=str(folder.root),
        manifest=folder.manifest,
        corpus=corpus,
        file_keys={rel: r.key for rel, r in records.items() if r.key != _UNSTATTABLE},
        file_problems={rel: r.problems for rel, r in records.items() if r.problems},
        per_note_links=per_note_links,
    )
    write_cache(cache_dir, folder.root, data)


def _forget_link_scores() -> None:
    """What linking remembered of the entries it scored is not kept past the load
    (corpus.link.forget_scores), when this process linked at all."""
    forget = getattr(sys.modules.get("summit_tui.corpus.link"), "forget_scores", None)
    if forget is not None:
        forget()


def _settled(corpus: Corpus) -> Corpus:
    """Move the corpus out of the garbage collector's sight.

    It is a few hundred thousand long-lived objects without reference cycles (freed by
    reference counting when dropped); left tracked, every later full collection walks
    all of them, which stalls the UI for a few hundred milliseconds at 10,000 notes.
    Whatever else is alive is frozen too, and what of it later becomes garbage in cycles
    is never collected while frozen: a load therefore starts by unfreezing and collecting
    (``release_previous_load``), so no load keeps the garbage of the one before for good.
    """
    gc.freeze()
    return corpus
