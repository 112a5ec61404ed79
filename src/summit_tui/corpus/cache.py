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
import functools
import gc
import hashlib
import os
import pickle
import sys
import tempfile
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any

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
    "blockscan.py",
    "note_parse.py",
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
# A 10,000-note corpus is ~80,000 frozen dataclasses and ~60 MB of text, and a warm start
# has to rebuild all of it. The default pickling restores each dataclass through a Python
# __setstate__ that looks its fields up every time; `_maker` (below) is ~3x faster. An
# entry's text is a span of its note's body, so it is stored as two offsets and sliced
# out on load. Links stay plain tuples until read (StoredLinks), and the Corpus keeps its
# lookup tables instead of rebuilding them.


@functools.cache
def _maker(cls: type) -> Callable[..., Any]:
    """A constructor for a frozen, slotted dataclass without __post_init__: it fills the
    slots through their descriptors, skipping the frozen __setattr__ per field. Generated
    once per class, like dataclasses' own __init__."""
    if hasattr(cls, "__post_init__"):
        return cls
    names = cls.__slots__
    namespace: dict[str, Any] = {"_new": object.__new__, "_cls": cls}
    for index, name in enumerate(names):
        namespace[f"_set{index}"] = cls.__dict__[name].__set__
    params = ", ".join(f"a{i}" for i in range(len(names)))
    body = "".join(f"    _set{i}(obj, a{i})\n" for i in range(len(names)))
    exec(f"def make({params}):\n    obj = _new(_cls)\n{body}    return obj\n", namespace)
    return namespace["make"]


def _rebuild(cls: type, values: tuple) -> Any:
    return _maker(cls)(*values)


def _by_fields(obj: object) -> tuple:
    cls = type(obj)
    return _rebuild, (cls, tuple(getattr(obj, name) for name in cls.__slots__))


def _line_starts(body: str) -> list[int]:
    starts = [0]
    for line in body.split("\n"):
        starts.append(starts[-1] + len(line) + 1)
    return starts


def _span(starts: list[int], note: Note, entry: Entry) -> tuple[int, int] | None:
    """Where an entry's lines lie in its note's body, as (begin, end) offsets."""
    first = entry.start_line - note.body_line
    last = entry.end_line - note.body_line
    count = len(starts) - 1
    if first < 0 or last < first or first >= count:
        return None
    return starts[first], starts[min(last, count - 1) + 1] - 1


def _reduce_corpus(corpus: Corpus) -> tuple:
    notes = {note.path: note for note in corpus.notes}
    starts: dict[str, list[int]] = {}
    index: dict[str, int] = {}
    texts: list[str | None] = []
    begins: list[int] = []
    ends: list[int] = []
    for position, entry in enumerate(corpus.entries):
        index[entry.id] = position
        note = notes.get(entry.note)
        span = None
        if note is not None:
            if entry.note not in starts:
                starts[entry.note] = _line_starts(note.body)
            span = _span(starts[entry.note], note, entry)
        if span is not None and note is not None and note.body[span[0] : span[1]] == entry.text:
            texts.append(None)  # sliced from the note's body on load
            begins.append(span[0])
            ends.append(span[1])
        else:
            texts.append(entry.text)
            begins.append(0)
            ends.append(0)
    entries = corpus.entries
    # Column by column: cheaper to unpickle than a tuple per entry.
    columns = {
        "id": [e.id for e in entries],
        "note": [e.note for e in entries],
        "author": [e.author for e in entries],
        "title": [e.title for e in entries],
        "heading_path": [e.heading_path for e in entries],
        "kind": [e.kind.value for e in entries],
        "start_line": [e.start_line for e in entries],
        "end_line": [e.end_line for e in entries],
        "text": texts,
        "begin": begins,
        "end": ends,
        "speakers": [e.speakers for e in entries],
    }
    by_item = {
        item_id: tuple(index[e.id] for e in found) for item_id, found in corpus._by_item.items()
    }
    state = {
        "root": corpus.root,
        "notes": corpus.notes,
        "entries": columns,
        "program": corpus.program,
        "links": StoredLinks.pack(corpus.links),
        "problems": corpus.problems,
        "_items": dict(corpus._items),
        "_by_item": by_item,
    }
    return _restore_corpus, (state,)


def _restore_corpus(state: dict) -> Corpus:
    kinds = {kind.value: kind for kind in EntryKind}
    notes_by_path = {note.path: note for note in state["notes"]}
    c = state["entries"]
    texts = [
        text if text is not None else notes_by_path[path].body[begin:end]
        for text, path, begin, end in zip(c["text"], c["note"], c["begin"], c["end"], strict=True)
    ]
    entries = list(
        map(
            _maker(Entry),
            c["id"],
            c["note"],
            c["author"],
            c["title"],
            c["heading_path"],
            map(kinds.__getitem__, c["kind"]),
            c["start_line"],
            c["end_line"],
            texts,
            c["speakers"],
        )
    )
    corpus = object.__new__(Corpus)
    values = {
        "root": state["root"],
        "notes": state["notes"],
        "entries": tuple(entries),
        "program": state["program"],
        "links": StoredLinks(blob=state["links"]),
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
    """Corpus.links as read from the cache: one blob, unpacked when first read, and Link
    objects made one by one as they are asked for.

    A large corpus has hundreds of thousands of links and candidates; a warm start should
    not pay for them before the first screen is drawn.
    """

    __slots__ = ("_blob", "_made", "_raw")

    def __init__(self, raw: dict[str, tuple] | None = None, *, blob: bytes | None = None):
        self._raw = raw
        self._blob = blob
        self._made: dict[str, Link] = {}

    @staticmethod
    def pack(links: Mapping[str, Link]) -> bytes:
        if isinstance(links, StoredLinks) and links._blob is not None:
            return links._blob
        return pickle.dumps(StoredLinks.raw(links), protocol=_PROTOCOL)

    @staticmethod
    def raw(links: Mapping[str, Link]) -> dict[str, tuple]:
        if isinstance(links, StoredLinks):
            return links._table()
        return {
            entry_id: (
                link.item_id,
                link.score,
                link.reason.value if link.reason is not None else None,
                tuple((c.item_id, c.score) for c in link.candidates),
            )
            for entry_id, link in links.items()
        }

    def _table(self) -> dict[str, tuple]:
        raw = self._raw
        if raw is None:
            # Only str, float, tuple and None inside: written by write_cache below.
            raw = self._raw = pickle.loads(self._blob or b"")
            self._blob = None
        return raw

    def __getitem__(self, entry_id: str) -> Link:
        link = self._made.get(entry_id)
        if link is None:
            item_id, score, reason, candidates = self._table()[entry_id]
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
        return entry_id in self._table()

    def __iter__(self) -> Iterator[str]:
        return iter(self._table())

    def __len__(self) -> int:
        return len(self._table())


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
