"""A corpus with some notes read again: what a note edited on disk costs is that note.

``updated_corpus(corpus, paths)`` parses, segments and links just those notes (new,
edited or deleted) and makes the corpus anew around them; every other note, entry and
link is the same object as before. Links are per note only with a program: when the
items were inferred from all the notes together (no program), any note can move every
link, and the caller loads the whole folder instead (None).

Items a program does not list (corpus.unlisted) are inferred from the entries of every
note together, but only from some notes: those with an entry in such an item, or with a
talk or booth that could become one (``unlisted_sources``). One question decides every
incremental path (this update, the search index's delta, ``SearchIndex.open_folder``):
does a changed note touch those items, as it was or as it is now
(``touches_unlisted``)? Only then is the whole folder loaded again; any other note is
read, segmented and linked alone against the program as its file lists it.
"""

from __future__ import annotations

import hashlib
import os
from bisect import bisect_left
from collections.abc import Collection, Iterable, Iterator, Mapping
from pathlib import Path
from stat import S_ISREG

from summit_tui.corpus.model import Corpus, Entry, Link, Note, Problem, Program
from summit_tui.corpus.shared_text import SharedText
from summit_tui.corpus.watch import is_note


def updated_corpus(corpus: Corpus, paths: Iterable[str]) -> Corpus | None:
    """``corpus`` with the notes at ``paths`` (relative to its folder) read again; None
    when only a whole load will do (items inferred from every note, or a changed note
    that touches the items the program does not list)."""
    from summit_tui.corpus.build import check_warnings
    from summit_tui.corpus.cache import file_key
    from summit_tui.corpus.link import link_entries
    from summit_tui.corpus.note_parse import parse_file
    from summit_tui.corpus.unlisted import listed_program

    program = corpus.program
    if program.inferred:
        return None
    root = Path(corpus.root)
    changed = {rel for rel in paths if is_note(rel)}
    if _through_links(root, changed):
        return None  # a whole load decides: a note read once, a link out of the folder refused
    if unlisted_sources(corpus, changed):
        return None  # as it was, it took part in the items the program does not list
    listed = listed_program(program)  # what a whole load segments and links against
    shared = _shared_with(corpus, changed)
    fresh_notes: dict[str, Note] = {}
    fresh_entries: dict[str, list[Entry]] = {}
    fresh_problems: list[Problem] = []
    for rel in sorted(changed):
        full = root / rel
        try:
            info = os.stat(full)
        except OSError:
            continue  # deleted (or unreadable now): it leaves the corpus
        if not S_ISREG(info.st_mode):
            continue
        record = parse_file(rel, os.fspath(full), root, info, file_key(info), listed)
        fresh_problems.extend(record.problems)
        if record.note is not None:
            shared.share(record.note, record.entries)
            fresh_notes[rel] = record.note
            fresh_entries[rel] = list(record.entries)
    entries_new = [entry for found in fresh_entries.values() for entry in found]
    links = dict(link_entries(entries_new, fresh_notes, listed)) if entries_new else {}
    for entry in entries_new:
        links.setdefault(entry.id, Link(entry_id=entry.id, item_id=None, score=0.0, reason=None))
    if touches_unlisted(entries_new, links, fresh_notes, listed):
        return None  # as it is now, it may make or join an item the program does not list
    # What `check` warns about in these notes, as a whole load says it (per note, with a
    # program: nothing about one note depends on another).
    fresh_problems.extend(check_warnings(fresh_notes, entries_new, links, None))

    notes = [note for note in corpus.notes if note.path not in changed]
    notes.extend(fresh_notes.values())
    notes.sort(key=lambda note: note.path)  # the folder's order, as the loader lists it
    by_note: dict[str, list[Entry]] = {}
    gone: set[str] = set()
    for entry in corpus.entries:
        if entry.note in changed:
            gone.add(entry.id)
        else:
            by_note.setdefault(entry.note, []).append(entry)
    by_note.update(fresh_entries)
    entries = [entry for note in notes for entry in by_note.get(note.path, ())]
    problems = [p for p in corpus.problems if p.path not in changed]
    return Corpus(
        root=corpus.root,
        notes=tuple(notes),
        entries=tuple(entries),
        program=program,
        links=Relinked.over(corpus.links, links, gone),
        problems=(*problems, *fresh_problems),
    )


def _through_links(root: Path, rels: Collection[str]) -> bool:
    """Whether one of these notes is reached through a symbolic link (to itself or a folder)."""
    real_root = os.path.realpath(root)
    for rel in rels:
        full = os.path.join(root, *rel.split("/"))
        if os.path.realpath(full) != os.path.join(real_root, *rel.split("/")):
            return True
    return False


def _shared_with(corpus: Corpus, changed: Collection[str]) -> SharedText:
    """A table of the strings of the changed notes as they were, and of the notes beside
    them in the folder: a note read again then holds the same author, event, date, tag,
    title and speaker strings as before (which the other notes hold too, as a whole load
    leaves them: ``shared_text``), not copies that would add up over a long session of
    edits until the next whole load. What it reads is the size of those notes."""
    shared = SharedText()
    paths = [note.path for note in corpus.notes]
    near: set[str] = set()
    for rel in changed:
        at = bisect_left(paths, rel)
        near.update(paths[max(0, at - 1) : at + 2])
    entries: dict[str, list[Entry]] = {}
    for entry in corpus.entries:
        if entry.note in changed:
            entries.setdefault(entry.note, []).append(entry)
    for path in sorted(near):
        note = corpus.note(path)
        if note is not None:
            shared.remember(note, entries.get(path, ()))
    return shared


def unlisted_sources(corpus: Corpus, paths: Collection[str] | None = None) -> set[str]:
    """The notes (of ``paths``; default every note) that the items the program does not
    list are inferred from: those with an entry in such an item, or with a talk or booth
    that could become one (``corpus.unlisted.placeable``). None of them can be read again
    alone; any other note can."""
    from summit_tui.corpus.unlisted import listed_program, placeable

    if corpus.program.inferred:
        return {note.path for note in corpus.notes if paths is None or note.path in paths}
    listed = listed_program(corpus.program)
    found: set[str] = set()
    for entry in corpus.entries:
        if entry.note in found or (paths is not None and entry.note not in paths):
            continue
        item_id = corpus.linked_item_id(entry.id)
        if item_id is None:
            if placeable(entry, None, corpus.note(entry.note), listed):
                found.add(entry.note)
        else:
            item = corpus.item(item_id)
            if item is not None and item.inferred:
                found.add(entry.note)
    return found


def unlisted_key(corpus: Corpus) -> str:
    """The items the program does not list, as a digest: each item (id, title, kind,
    where it sits) and the entries in it. What a saved search index is checked against:
    built when they were other, it is built again."""
    digest = hashlib.blake2b(digest_size=16)
    for item in corpus.items():
        if item.inferred:
            where = (item.id, item.title, str(item.kind), item.event, item.day or "", item.track)
            digest.update("\x01".join(where).encode())
            for entry in corpus.entries_for(item.id):
                digest.update(f"\x02{entry.id}".encode())
            digest.update(b"\x00")
    return digest.hexdigest()


def touches_unlisted(
    entries: Iterable[Entry], links: Mapping[str, Link], notes: Mapping[str, Note], listed: Program
) -> bool:
    """Whether entries read again alone (linked against the program as its file lists
    it) touch the items it does not list: a talk or booth that links to no item in a note
    that places it, which a whole load may make an item of, or put in one."""
    from summit_tui.corpus.unlisted import placeable

    return any(placeable(e, links.get(e.id), notes.get(e.note), listed) for e in entries)


class Relinked(Mapping[str, Link]):
    """A corpus's links with some entries' links replaced or gone, without copying the
    rest (the links read from the cache stay packed: see ``cache.StoredLinks``)."""

    __slots__ = ("_base", "_fresh", "_gone")

    def __init__(self, base: Mapping[str, Link], fresh: dict[str, Link], gone: set[str]) -> None:
        self._base = base
        self._fresh = fresh
        self._gone = gone - fresh.keys()  # gone from the base, not linked again

    @classmethod
    def over(cls, base: Mapping[str, Link], fresh: dict[str, Link], gone: set[str]) -> Relinked:
        """``base`` updated; overlays of overlays are flattened (one lookup deep)."""
        if isinstance(base, Relinked):
            merged = {k: v for k, v in base._fresh.items() if k not in gone}
            merged.update(fresh)
            return cls(base._base, merged, base._gone | gone)
        return cls(base, dict(fresh), set(gone))

    def __getitem__(self, entry_id: str) -> Link:
        link = self._fresh.get(entry_id)
        if link is not None:
            return link
        if entry_id in self._gone:
            raise KeyError(entry_id)
        return self._base[entry_id]

    def item_id_of(self, entry_id: str) -> str | None:
        link = self._fresh.get(entry_id)
        if link is not None:
            return link.item_id
        if entry_id in self._gone:
            return None
        item_id_of = getattr(self._base, "item_id_of", None)
        if item_id_of is not None:
            return item_id_of(entry_id)
        found = self._base.get(entry_id)
        return found.item_id if found is not None else None

    def __contains__(self, entry_id: object) -> bool:
        return entry_id in self._fresh or (entry_id not in self._gone and entry_id in self._base)

    def __iter__(self) -> Iterator[str]:
        yield from (k for k in self._base if k not in self._gone and k not in self._fresh)
        yield from self._fresh

    def __len__(self) -> int:
        return sum(1 for _ in self)
