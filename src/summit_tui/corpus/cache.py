"""The parse cache: one pickle per notes folder, so a warm start is one file read.

It holds, per note, what parsing produced (Note, entries, problems, links), keyed
by the note's mtime_ns, size and mode, plus a snapshot of the whole Corpus keyed
by the manifest of every file. Everything is also keyed by ``PARSER_VERSION``,
the code that parses, and the program file's fingerprint, so a change to any of
them invalidates it. A cache that is missing, corrupt, truncated, from another
version or unwritable is ignored: the notes are parsed again and the app works.

The cache is a pickle in the user's own cache dir, written only by summit-tui.
"""

from __future__ import annotations

import contextlib
import copyreg
import gc
import hashlib
import os
import pickle
import sys
import tempfile
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType

from summit_tui.corpus.model import (
    Candidate,
    Corpus,
    Entry,
    EntryKind,
    Link,
    LinkReason,
    Note,
    Problem,
)

# Bump when what the loader, segmenter or linker produce changes shape or meaning.
PARSER_VERSION = "1"
_PROTOCOL = 5
_CODE_FILES = (
    "model.py",
    "loader.py",
    "segment.py",
    "link.py",
    "program.py",
    "schedule.py",
    "build.py",
    "cache.py",
)

FileKey = tuple[int, int, int]  # mtime_ns, size, mode


@dataclass(slots=True)
class NoteRecord:
    """What parsing one file produced; ``note`` is None for a file that was skipped."""

    key: FileKey
    note: Note | None
    entries: tuple[Entry, ...] = ()
    problems: tuple[Problem, ...] = ()
    links: dict[str, Link] = field(default_factory=dict)


@dataclass(slots=True)
class CacheData:
    """One notes folder's cache: the last Corpus and what each file contributed to it."""

    key: str  # cache_key(): parser version, code and program fingerprint
    root: str
    manifest: tuple  # what the snapshot was built from; equal manifest → snapshot valid
    corpus: Corpus
    file_keys: dict[str, FileKey]  # rel path → (mtime_ns, size, mode) when it was parsed
    file_problems: dict[str, tuple[Problem, ...]]  # rel path → its load and segment problems
    per_note_links: bool = True  # False when links came from inference over all notes

    def records(self) -> dict[str, NoteRecord]:
        """Per-file results, to reuse for the files that did not change."""
        entries: dict[str, list[Entry]] = {}
        for entry in self.corpus.entries:
            entries.setdefault(entry.note, []).append(entry)
        links = self.corpus.links
        out: dict[str, NoteRecord] = {}
        for rel, key in self.file_keys.items():
            mine = tuple(entries.get(rel, ()))
            out[rel] = NoteRecord(
                key=key,
                note=self.corpus.note(rel),
                entries=mine,
                problems=self.file_problems.get(rel, ()),
                links={e.id: links[e.id] for e in mine if e.id in links}
                if self.per_note_links
                else {},
            )
        return out


def code_fingerprint() -> str:
    """Changes when summit-tui (or the parsing code in a source checkout) changes."""
    from summit_tui import __version__

    here = Path(__file__).resolve().parent
    parts = [PARSER_VERSION, __version__, f"{sys.version_info[0]}.{sys.version_info[1]}"]
    for name in _CODE_FILES:
        try:
            info = os.stat(here / name)
            parts.append(f"{name}:{info.st_mtime_ns}:{info.st_size}")
        except OSError:
            parts.append(f"{name}:absent")
    return "|".join(parts)


def cache_key(program_fingerprint: str) -> str:
    return f"{code_fingerprint()}|{program_fingerprint}"


def cache_file(cache_dir: Path, root: Path) -> Path:
    digest = hashlib.blake2b(str(root).encode("utf-8", "surrogateescape"), digest_size=10)
    return Path(cache_dir) / f"corpus-{digest.hexdigest()}.pickle"


def read_cache(cache_dir: Path, root: Path, key: str) -> CacheData | None:
    """The cache for ``root`` if it is intact and made with ``key``; else None."""
    path = cache_file(cache_dir, root)
    gc_was_enabled = gc.isenabled()
    gc.disable()  # unpickling makes many objects and no cycles: skip the collector passes
    try:
        with open(path, "rb") as handle:
            data = pickle.load(handle)
    except Exception:  # missing, truncated, corrupt, from an older layout: rebuild
        return None
    finally:
        if gc_was_enabled:
            gc.enable()
    if (
        not isinstance(data, CacheData)
        or data.key != key
        or data.root != str(root)
        or not isinstance(data.corpus, Corpus)
        or not isinstance(data.file_keys, dict)
        or not isinstance(data.file_problems, dict)
    ):
        return None
    return data


def write_cache(cache_dir: Path, root: Path, data: CacheData) -> bool:
    """Write atomically (temp file, then rename). False when it could not be written."""
    path = cache_file(cache_dir, root)
    temp: str | None = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temp = tempfile.mkstemp(prefix=".corpus-", suffix=".tmp", dir=path.parent)
        with os.fdopen(handle, "wb") as out:
            pickler = pickle.Pickler(out, protocol=_PROTOCOL)
            pickler.dispatch_table = _dispatch_table()
            pickler.dump(data)
        os.replace(temp, path)
        temp = None
        return True
    except Exception:  # read-only or full disk, unpicklable data: run without a cache
        return False
    finally:
        if temp is not None:
            with contextlib.suppress(OSError):
                os.unlink(temp)


# -- fast pickling of the model ------------------------------------------------------------
# A 10,000-note corpus is ~80,000 frozen dataclasses and ~60 MB of text. The default
# pickling restores each dataclass through a Python __setstate__ that looks its fields up
# every time; calling the class with the field values is about twice as fast. An entry's
# text is the slice of its note's body between its lines, so it is stored once (in the
# note) and cut out again on load. Links stay plain tuples until read (StoredLinks), and
# the Corpus keeps its lookup tables instead of rebuilding them.


def _by_fields(obj: object) -> tuple:
    cls = type(obj)
    return cls, tuple(getattr(obj, name) for name in cls.__slots__)


def _body_slice(lines: list[str], note: Note, start: int, end: int) -> str | None:
    first = start - note.body_line
    if first < 0 or end < start:
        return None
    return "\n".join(lines[first : end - note.body_line + 1])


def _reduce_corpus(corpus: Corpus) -> tuple:
    notes = {note.path: note for note in corpus.notes}
    lines: dict[str, list[str]] = {}
    index: dict[str, int] = {}
    entries = []
    for position, entry in enumerate(corpus.entries):
        index[entry.id] = position
        text: str | None = entry.text
        note = notes.get(entry.note)
        if note is not None:
            if entry.note not in lines:
                lines[entry.note] = note.body.split("\n")
            if _body_slice(lines[entry.note], note, entry.start_line, entry.end_line) == text:
                text = None  # rebuilt from the note's body on load
        entries.append(
            (
                entry.id,
                entry.note,
                entry.author,
                entry.title,
                entry.heading_path,
                entry.kind.value,
                entry.start_line,
                entry.end_line,
                text,
                entry.speakers,
            )
        )
    by_item = {
        item_id: tuple(index[e.id] for e in found)
        for item_id, found in corpus._by_item.items()
    }
    state = {
        "root": corpus.root,
        "notes": corpus.notes,
        "entries": entries,
        "program": corpus.program,
        "links": StoredLinks.raw(corpus.links),
        "problems": corpus.problems,
        "_items": dict(corpus._items),
        "_by_item": by_item,
    }
    return _restore_corpus, (state,)


def _restore_corpus(state: dict) -> Corpus:
    kinds = {kind.value: kind for kind in EntryKind}
    notes_by_path = {note.path: note for note in state["notes"]}
    lines: dict[str, list[str]] = {}
    entries: list[Entry] = []
    for raw in state["entries"]:
        text = raw[8]
        if text is None:
            note = notes_by_path[raw[1]]
            body_lines = lines.get(raw[1])
            if body_lines is None:
                body_lines = lines[raw[1]] = note.body.split("\n")
            text = _body_slice(body_lines, note, raw[6], raw[7]) or ""
        entries.append(
            Entry(
                raw[0], raw[1], raw[2], raw[3], raw[4], kinds[raw[5]], raw[6], raw[7], text, raw[9]
            )
        )
    corpus = object.__new__(Corpus)
    values = {
        "root": state["root"],
        "notes": state["notes"],
        "entries": tuple(entries),
        "program": state["program"],
        "links": StoredLinks(state["links"]),
        "problems": state["problems"],
        "_items": MappingProxyType(state["_items"]),
        "_by_item": MappingProxyType(
            {item: tuple(entries[i] for i in found) for item, found in state["_by_item"].items()}
        ),
        "_notes": MappingProxyType(notes_by_path),
        "_entries": MappingProxyType({entry.id: entry for entry in entries}),
    }
    for name in Corpus.__slots__:
        object.__setattr__(corpus, name, values[name])
    return corpus


class StoredLinks(Mapping[str, Link]):
    """Corpus.links as read from the cache: plain tuples, made into Links when asked for.

    A large corpus has hundreds of thousands of links and candidates; most are never
    looked at in a session, so they are not built up front.
    """

    __slots__ = ("_made", "_raw")

    def __init__(self, raw: dict[str, tuple]) -> None:
        self._raw = raw
        self._made: dict[str, Link] = {}

    @staticmethod
    def raw(links: Mapping[str, Link]) -> dict[str, tuple]:
        if isinstance(links, StoredLinks):
            return links._raw
        return {
            entry_id: (
                link.item_id,
                link.score,
                link.reason.value if link.reason is not None else None,
                tuple((c.item_id, c.score) for c in link.candidates),
            )
            for entry_id, link in links.items()
        }

    def __getitem__(self, entry_id: str) -> Link:
        link = self._made.get(entry_id)
        if link is None:
            item_id, score, reason, candidates = self._raw[entry_id]
            link = Link(
                entry_id,
                item_id,
                score,
                LinkReason(reason) if reason is not None else None,
                tuple(Candidate(i, s) for i, s in candidates),
            )
            self._made[entry_id] = link
        return link

    def __contains__(self, entry_id: object) -> bool:
        return entry_id in self._raw

    def __iter__(self) -> Iterator[str]:
        return iter(self._raw)

    def __len__(self) -> int:
        return len(self._raw)


def _dispatch_table() -> dict:
    from summit_tui.corpus import model

    table: dict = dict(copyreg.dispatch_table)
    for cls in (
        model.Note,
        model.Problem,
        model.Person,
        model.Item,
        model.Track,
        model.Day,
        model.Event,
        model.Program,
    ):
        table[cls] = _by_fields
    table[Corpus] = _reduce_corpus
    return table
