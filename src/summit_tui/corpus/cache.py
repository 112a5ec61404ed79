"""The parse cache: one file per notes folder, so a warm start is one file read.

It holds, per note, what parsing produced (Note, entries, problems, links), keyed
by what its stat says (``file_key``), plus a snapshot of the whole Corpus keyed
by the manifest of every file. Everything is also keyed by ``PARSER_VERSION``,
the code that parses, and the program file's fingerprint, so a change to any of
them invalidates it. A cache that is missing, corrupt, truncated, from another
version or unwritable is ignored: the notes are parsed again and the app works.

The file is written and read through ``persist``: a header and a stamp (what it was
made from) checked before anything else is read, then a pickle that may make only the
model's classes and this module's own rebuilders; a file someone else could have
written is not read at all. Nothing in it can run code.
"""

from __future__ import annotations

import copyreg
import functools
import gc
import hashlib
import itertools
import operator
import os
import pickle
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any, BinaryIO

from summit_tui import persist
from summit_tui.corpus import model
from summit_tui.corpus.model import (
    Candidate,
    Corpus,
    Entry,
    Link,
    LinkReason,
    Note,
    Problem,
    stored_body,
    stored_text,
)
from summit_tui.corpus.passages import PassageMemo

# Bump when what the loader, segmenter or linker produce changes shape or meaning.
PARSER_VERSION = "4"
_PROTOCOL = 5
# The code a parse runs, listed from the package on every start, never by hand (a kept list
# missed new modules three times): summit_tui's own top-level modules and every module of the
# packages here, at any depth. tests/test_cache.py checks that everything a corpus module
# imports lies in them.
_CODE_PACKAGES = ("corpus", "compare")
_PACKAGE = os.path.dirname(os.path.dirname(os.path.realpath(__file__)))

FileKey = tuple[int, int, int, int, int]  # mtime_ns, ctime_ns, size, inode, mode


def file_key(info: os.stat_result) -> FileKey:
    """What tells that a file changed, cheaply: its mtime alone misses an edit whose
    mtime was put back (`touch -r`, some sync tools); the ctime cannot be put back, and
    a file saved by renaming a new one over it has a new inode. The mode is there so a
    note made unreadable (or readable again) is looked at again."""
    return (info.st_mtime_ns, info.st_ctime_ns, info.st_size, info.st_ino, info.st_mode)


class Asked:
    """What the segmenter worked out about the whole note on its way, for the checks after
    linking (``segment_note(…, asked)``, ``NoteRecord.no_talk``): None where it did not ask."""

    __slots__ = ("no_talk",)

    def __init__(self) -> None:
        self.no_talk: bool | None = None  # corpus.no_talk.about_no_talk(note)


@dataclass(slots=True)
class NoteRecord:
    """What parsing one file produced; ``note`` is None for a file that was skipped."""

    key: FileKey
    note: Note | None
    entries: tuple[Entry, ...] = ()
    problems: tuple[Problem, ...] = ()
    links: dict[str, Link] = field(default_factory=dict)
    # whether the note is about no talk (corpus.no_talk), when the segmenter asked: the
    # checks after linking need it for most notes, and would otherwise work it out again
    # in the app's process, one note after another, once every worker is done
    no_talk: bool | None = None

    def __post_init__(self) -> None:
        if self.note is not None:
            compact(self.note, self.entries)

    def __reduce__(self) -> tuple:
        # Sent from a pool worker to the app: the compact text as it is, without
        # dataclasses' per-field __setstate__ (slow for ~70,000 entries).
        note = self.note
        bodies = {} if note is None else {note.path: stored_body(note)}
        columns = _entry_columns(self.entries, bodies)
        state = None if note is None else tuple(g(note) for g in _getters(Note))
        args = (self.key, state, columns, self.problems, self.links, self.no_talk)
        return _restore_record, args


def _restore_record(
    key: FileKey,
    state: tuple | None,
    columns: list[list],
    problems: tuple,
    links: dict,
    no_talk: bool | None = None,
) -> NoteRecord:
    note = None if state is None else fast_maker(Note)(*state)
    entries = tuple(map(fast_maker(Entry), *columns)) if columns else ()
    return NoteRecord(key, note, entries, problems, links, no_talk)


@dataclass(slots=True)
class CacheData:
    """One notes folder's cache: the last Corpus and what each file contributed to it."""

    key: str  # cache_key(): parser version, code and program fingerprint
    root: str
    manifest: tuple  # what the snapshot was built from; equal manifest → snapshot valid
    corpus: Corpus
    file_keys: dict[str, FileKey]  # rel path → its file_key when it was parsed
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

    python = f"{sys.version_info[0]}.{sys.version_info[1]}"
    return f"{PARSER_VERSION}|{__version__}|{python}|{_loaded_code_stamp()}"


@functools.cache
def _loaded_code_stamp() -> str:
    """Once per process: its parsing modules do not change under it (a module edited since
    was imported as it was), and a reload in the app or a second cache (the outline, the
    search index) then costs no listing."""
    return code_stamp(_PACKAGE)


def code_stamp(package: str) -> str:
    """A digest of every code file's name, size and mtime (``code_files``)."""
    parts = sorted(
        f"{path}:{info.st_mtime_ns}:{info.st_size}" for path, info in code_files(package)
    )
    return hashlib.blake2b("\n".join(parts).encode("utf-8", "surrogateescape")).hexdigest()


def code_files(package: str) -> list[tuple[str, os.stat_result]]:
    """The ``.py`` files directly in ``package`` and anywhere in its ``_CODE_PACKAGES``, each
    with its stat, as paths relative to ``package``. Strings and scandir's entries: a Path
    and a stat call per file would cost a warm start more."""
    found: list[tuple[str, os.stat_result]] = []
    _list_code(package, "", found, deep=False)
    for name in _CODE_PACKAGES:
        _list_code(os.path.join(package, name), name + "/", found, deep=True)
    return found


def _list_code(
    folder: str, prefix: str, found: list[tuple[str, os.stat_result]], *, deep: bool
) -> None:
    try:
        entries = list(os.scandir(folder))
    except OSError:  # an installation without this folder: nothing of it can change
        return
    for entry in entries:
        name = entry.name
        try:
            if name.endswith(".py"):
                found.append((prefix + name, entry.stat()))
            elif deep and name != "__pycache__" and entry.is_dir():
                _list_code(entry.path, f"{prefix}{name}/", found, deep=True)
        except OSError:  # gone while listed: the next start sees what is there
            continue


def cache_key(program_fingerprint: str) -> str:
    return f"{code_fingerprint()}|{program_fingerprint}"


def cache_file(cache_dir: Path, root: Path) -> Path:
    digest = hashlib.blake2b(str(root).encode("utf-8", "surrogateescape"), digest_size=10)
    return Path(cache_dir) / f"corpus-{digest.hexdigest()}.pickle"


_KIND = "parsed notes"


def _stamp(key: str, root: Path) -> str:
    """The file's second line: a digest of what it was made with and for which folder."""
    text = f"{key}\x00{root}".encode("utf-8", "surrogateescape")
    return hashlib.blake2b(text, digest_size=20).hexdigest()


def read_cache(cache_dir: Path, root: Path, key: str) -> CacheData | None:
    """The cache for ``root`` if it is intact, safe to read and made with ``key``; else None."""
    data = persist.read_cache(cache_file(cache_dir, root), _KIND, _stamp(key, root), _load)
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


def _load(handle: BinaryIO) -> object:
    gc_was_enabled = gc.isenabled()
    gc.disable()  # unpickling makes many objects and no cycles: skip the collector passes
    try:
        return persist.load_pickle(handle, _ALLOWED)
    finally:
        if gc_was_enabled:
            gc.enable()


def write_cache(cache_dir: Path, root: Path, data: CacheData) -> bool:
    """Write atomically (``persist``). False when it could not be written."""

    def dump(out: BinaryIO) -> None:
        pickler = pickle.Pickler(out, protocol=_PROTOCOL)
        pickler.dispatch_table = _dispatch_table()
        collecting = gc.isenabled()
        gc.disable()  # the columns made for the file trigger passes over the whole corpus
        try:
            pickler.dump(data)
        finally:
            if collecting:
                gc.enable()

    return persist.save_cache(
        cache_file(cache_dir, root), _KIND, _stamp(key=data.key, root=root), dump
    )


# -- compact text --------------------------------------------------------------------------


def compact(note: Note, entries: Iterable[Entry]) -> None:
    """Store ``note``'s body as UTF-8 and each of its ``entries``' text as a span of it.

    In place: the objects read exactly as before (model.py decodes on access), they only
    take less memory; a 10,000-note corpus held its text twice, as str, mostly 2 bytes a
    character. An entry whose text is not exactly its lines of the body keeps its str.
    """
    body = stored_body(note)
    if type(body) is str:
        try:
            raw = body.encode("utf-8")
        except UnicodeEncodeError:  # lone surrogates: kept as they are
            return
        _NOTE_BODY_SET(note, raw)
    else:
        raw = body
    starts: list[int] | None = None
    for entry in entries:
        text = stored_text(entry)
        if type(text) is not str or entry.note != note.path:
            continue
        if starts is None:
            starts = _line_starts(raw)
        span = _span(starts, note, entry)
        if span is not None and raw[span[0] : span[1]] == text.encode("utf-8", "surrogatepass"):
            _ENTRY_TEXT_SET(entry, (raw, span[0], span[1]))


_NOTE_BODY_SET = model._NOTE_BODY.__set__
_ENTRY_TEXT_SET = model._ENTRY_TEXT.__set__


def _line_starts(body: bytes) -> list[int]:
    starts = [0]
    for line in body.split(b"\n"):
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


_ENTRY_FIELDS = Entry.__slots__
_TEXT = _ENTRY_FIELDS.index("text")
_ID = _ENTRY_FIELDS.index("id")
_NOTE = _ENTRY_FIELDS.index("note")


def _entry_columns(entries: Sequence[Entry], bodies: Mapping[str, object]) -> list[list]:
    """Entries as columns of their fields as stored (none: no columns). A text that is a span
    of its own note's body (as given in ``bodies``, by path) stays a span: pickled with that
    body, it points at the same bytes again when unpickled. Any other span is written out as
    text."""
    if not entries:
        return []
    columns = [list(map(getter, entries)) for getter in _getters(Entry)]
    texts, notes = columns[_TEXT], columns[_NOTE]
    for position, text in enumerate(texts):
        if type(text) is tuple and text[0] is not bodies.get(notes[position]):
            texts[position] = entries[position].text
    return columns


# -- fast pickling of the model ------------------------------------------------------------
# A 10,000-note corpus is ~80,000 frozen dataclasses and ~50 MB of text, and a warm start
# has to rebuild all of it. The default pickling restores each dataclass through a Python
# __setstate__ that looks its fields up every time; `fast_maker` (below) is ~3x faster. Notes'
# bodies are stored as UTF-8 bytes and entries' texts as offsets into them (`compact`), so
# a warm start decodes no text at all. Links stay one packed blob until read (StoredLinks).


def _slot(cls: type, name: str) -> Any:
    """The slot descriptor itself, also under model.py's decoding properties."""
    if cls is Entry and name == "text":
        return model._ENTRY_TEXT
    if cls is Note and name == "body":
        return model._NOTE_BODY
    return cls.__dict__[name]


@functools.cache
def _getters(cls: type) -> tuple[Callable[[Any], Any], ...]:
    """Read a slotted dataclass's fields as stored (compact text stays compact)."""
    return tuple(_slot(cls, name).__get__ for name in cls.__slots__)


@functools.cache
def fast_maker(cls: type) -> Callable[..., Any]:
    """A fast constructor for a frozen, slotted dataclass without __post_init__, generated
    once per class like dataclasses' own __init__: every field, positionally, in order (no
    defaults). Also for the hot paths that make many (entries, links).

    The frozen __init__ stores each field through object.__setattr__. This one is the
    __init__ of a plain twin class with the same slots, whose stores are the interpreter's
    own slot stores, and then makes the object what it is: an instance of ``cls``, with
    the same layout. Twice as fast for the ~70,000 entries of a warm start.
    """
    if hasattr(cls, "__post_init__"):
        return cls
    names = cls.__slots__
    params = ", ".join(f"a{i}" for i in range(len(names)))
    body = "".join(f"        self.{name} = a{i}\n" for i, name in enumerate(names))
    namespace: dict[str, Any] = {}
    source = (
        f"class Twin:\n    __slots__ = {tuple(names)!r}\n"
        f"    def __init__(self, {params}):\n{body}        self.__class__ = _cls\n"
    )
    exec(source, {"_cls": cls}, namespace)
    twin = namespace["Twin"]
    try:
        made = twin(*range(len(names)))
    except TypeError:  # a layout __class__ cannot be switched between: store field by field
        return _setting_maker(cls)
    return twin if type(made) is cls else _setting_maker(cls)


def _setting_maker(cls: type) -> Callable[..., Any]:
    """Fills the slots through their descriptors, skipping the frozen __setattr__."""
    names = cls.__slots__
    namespace: dict[str, Any] = {"_new": object.__new__, "_cls": cls}
    for index, name in enumerate(names):
        namespace[f"_set{index}"] = _slot(cls, name).__set__
    params = ", ".join(f"a{i}" for i in range(len(names)))
    body = "".join(f"    _set{i}(obj, a{i})\n" for i in range(len(names)))
    exec(f"def make({params}):\n    obj = _new(_cls)\n{body}    return obj\n", namespace)
    return namespace["make"]


def _rebuild(cls: type, values: tuple) -> Any:
    if cls not in _BY_FIELDS:  # only ever called by the unpickler, with what the file says
        raise persist.UnsafeCache(f"not a model class: {cls!r}")
    return fast_maker(cls)(*values)


def _by_fields(obj: object) -> tuple:
    cls = type(obj)
    return _rebuild, (cls, tuple(g(obj) for g in _getters(cls)))


def _reduce_corpus(corpus: Corpus) -> tuple:
    notes = {note.path: note for note in corpus.notes}
    by_note: dict[str, list[Entry]] = {}
    for entry in corpus.entries:
        by_note.setdefault(entry.note, []).append(entry)
    for path, mine in by_note.items():
        note = notes.get(path)
        if note is not None:
            compact(note, mine)  # a no-op for what a pool worker or the cache made
    bodies = {path: stored_body(note) for path, note in notes.items()}
    columns = _entry_columns(corpus.entries, bodies)  # cheaper to unpickle than rows
    # by identity: the entries of an item are the corpus's own (Corpus.__post_init__)
    index = {id(entry): position for position, entry in enumerate(corpus.entries)}
    by_item = {
        item_id: tuple(map(index.__getitem__, map(id, found)))
        for item_id, found in corpus._by_item.items()
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
    notes_by_path = {note.path: note for note in state["notes"]}
    columns = state["entries"]
    entries = list(map(fast_maker(Entry), *columns)) if columns else []
    by_item: dict[str, tuple[int, ...]] = state["_by_item"]
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
            {item: tuple(map(entries.__getitem__, found)) for item, found in by_item.items()}
        ),
        "_notes": MappingProxyType(notes_by_path),
        "_entries": MappingProxyType(
            dict(zip(columns[_ID], entries, strict=True)) if columns else {}
        ),
        "_passages": PassageMemo(),  # passages are split when asked for, never cached
        "_writers": None,  # worked out when first shown
    }
    for name in Corpus.__slots__:
        object.__setattr__(corpus, name, values[name])
    return corpus


class StoredLinks(Mapping[str, Link]):
    """Corpus.links as read from the cache: one blob, unpacked when first read, and Link
    objects made one by one as they are asked for.

    A large corpus has hundreds of thousands of links and candidates; a warm start should
    not pay for them before the first screen is drawn. The blob holds flat columns (no
    tuple per link or candidate), which keeps both writing and reading it small.
    """

    __slots__ = ("_blob", "_columns", "_index", "_made", "_offsets")

    def __init__(self, *, blob: bytes):
        self._blob: bytes | None = blob
        self._columns: _LinkColumns | None = None
        self._index: dict[str, int] = {}
        self._offsets: list[int] = []
        self._made: dict[str, Link] = {}

    @staticmethod
    def pack(links: Mapping[str, Link]) -> bytes:
        if isinstance(links, StoredLinks):
            if links._blob is not None:
                return links._blob
            return pickle.dumps(links._unpacked(), protocol=_PROTOCOL)
        made = list(links.values())
        candidates = list(map(_CANDIDATES, made))
        flat = list(itertools.chain.from_iterable(candidates))
        columns: _LinkColumns = (
            list(links),
            list(map(_ITEM_ID, made)),
            list(map(_SCORE, made)),
            list(map(_REASON, made)),
            list(map(len, candidates)),
            list(map(_ITEM_ID, flat)),
            list(map(_SCORE, flat)),
        )
        return pickle.dumps(columns, protocol=_PROTOCOL)

    def _unpacked(self) -> _LinkColumns:
        columns = self._columns
        if columns is None:
            # Only str, float, int, list, LinkReason and None inside: written by pack above.
            columns = self._columns = persist.load_pickle(self._blob or b"", _LINKS_ALLOWED)
            self._index = {entry_id: position for position, entry_id in enumerate(columns[0])}
            self._offsets = [0, *itertools.accumulate(columns[4])]
            self._blob = None
        return columns

    def __getitem__(self, entry_id: str) -> Link:
        link = self._made.get(entry_id)
        if link is None:
            _ids, items, scores, reasons, _counts, candidate_items, candidate_scores = (
                self._unpacked()
            )
            position = self._index[entry_id]
            begin, end = self._offsets[position], self._offsets[position + 1]
            link = Link(
                entry_id,
                items[position],
                scores[position],
                reasons[position],
                tuple(map(Candidate, candidate_items[begin:end], candidate_scores[begin:end])),
            )
            self._made[entry_id] = link
        return link

    def item_id_of(self, entry_id: str) -> str | None:
        """``self[entry_id].item_id`` without making the Link (None when not linked)."""
        items = self._unpacked()[1]
        position = self._index.get(entry_id)
        return None if position is None else items[position]

    def score_of(self, entry_id: str) -> tuple[float, LinkReason | None] | None:
        """``(self[entry_id].score, .reason)`` without making the Link."""
        columns = self._unpacked()
        position = self._index.get(entry_id)
        return None if position is None else (columns[2][position], columns[3][position])

    def candidates_of(self, entry_id: str) -> list[tuple[str, float]]:
        """``(item_id, score)`` of each of ``self[entry_id].candidates`` without making the
        Link or its candidates (none for an entry without a link)."""
        columns = self._unpacked()
        position = self._index.get(entry_id)
        if position is None:
            return []
        begin, end = self._offsets[position], self._offsets[position + 1]
        return list(zip(columns[5][begin:end], columns[6][begin:end], strict=True))

    def scores(self) -> dict[str, tuple[float, LinkReason | None]]:
        """Every link's ``(score, reason)`` by entry id, from the columns (no Link made)."""
        columns = self._unpacked()
        return dict(zip(columns[0], zip(columns[2], columns[3], strict=True), strict=True))

    def __contains__(self, entry_id: object) -> bool:
        self._unpacked()
        return entry_id in self._index

    def __iter__(self) -> Iterator[str]:
        return iter(self._unpacked()[0])

    def __len__(self) -> int:
        return len(self._unpacked()[0])


_ITEM_ID = operator.attrgetter("item_id")  # of a Link or a Candidate
_SCORE = operator.attrgetter("score")
_REASON = operator.attrgetter("reason")
_CANDIDATES = operator.attrgetter("candidates")

# entry ids, item ids, scores, reasons, candidates per link, candidates' item ids and scores
_LinkColumns = tuple[
    list[str],
    list[str | None],
    list[float],
    list[LinkReason | None],
    list[int],
    list[str],
    list[float],
]


# Pickled field by field (``_by_fields``), rebuilt by ``_rebuild``.
_BY_FIELDS = frozenset(
    (
        model.Note,
        model.Problem,
        model.Person,
        model.Item,
        model.Track,
        model.Day,
        model.Event,
        model.Program,
    )
)
_ENUMS = (model.Severity, model.EntryKind, model.ItemKind, model.LinkReason)

# All a cache file may make: the model's classes and enums, and this module's rebuilders.
_ALLOWED = {
    **persist.allow(model.__name__, *(cls.__name__ for cls in (*_BY_FIELDS, *_ENUMS))),
    **persist.allow(__name__, "CacheData", "_rebuild", "_restore_corpus"),
}
_LINKS_ALLOWED = persist.allow(model.__name__, model.LinkReason.__name__)


def _dispatch_table() -> dict:
    table: dict = dict(copyreg.dispatch_table)
    for cls in _BY_FIELDS:
        table[cls] = _by_fields
    table[Corpus] = _reduce_corpus
    return table
