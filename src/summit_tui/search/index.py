"""The search index: build once from a Corpus, then answer every keystroke from it.

A facade over parts that each own their data and how it is saved:

* ``names`` — item titles (every language), aliases, speakers, affiliations, booth
  names, entry headings: few and short, matched as whole strings;
* ``vocabulary`` — every distinct folded word of the notes' text;
* ``postings`` — the notes' text as passages (the corpus's) and the words in each;
* ``filters`` — what each item and entry is: what filters look at, what results show;
* ``snippets`` — the text shown for a result and what in it matched;
* ``segment`` — all of these over some notes, with the file key of each note;
* ``store`` — the index saved in the cache folder.

The index is incremental: a base segment of the whole folder (built once, usually in
a helper process, ``child_build``) and at most one small delta segment of the notes
changed since, rebuilt from those notes alone (``updated``; ``open_folder`` for a
command that has no corpus in memory). What changed is known from each note's file key
(path, size, mtime, ctime, inode), never by hashing the notes. Past ``DELTA_MAX_NOTES``
changed notes, the base is built again.

Everything is folded once at build time (NFKC, casefold, Hangul → jamo keys) so a
keystroke only folds the query. Item-level matches rank above headings and
annotations, which rank above body text; an entry linked to an item whose names match
is found too, so an alias in one language finds notes written in another. Every step
of a keystroke is bounded (hits, pools, results), whatever the corpus size.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import hashlib
import heapq
import os
import struct
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from itertools import chain
from pathlib import Path
from typing import TYPE_CHECKING, Any

from summit_tui.search import store
from summit_tui.search.filters import EntryTable, ItemTable
from summit_tui.search.hangul import fold
from summit_tui.search.postings import Progress
from summit_tui.search.query import Filters, ParsedQuery, parse_query
from summit_tui.search.segment import UNKNOWN, FileKey, Segment, file_key, note_key
from summit_tui.search.snippets import Snippets, highlight, window
from summit_tui.search.text import (
    FUZZY_CUTOFF,
    FUZZY_WEIGHT,
    PREFIX,
    SUBSTRING,
    WORD_PREFIX,
    Query,
    fold_query,
    spaced,
)

if TYPE_CHECKING:
    from summit_tui.corpus.model import Corpus, Entry
    from summit_tui.corpus.passages import Passage

__all__ = ["CACHE_FILE", "AnnotationDoc", "Progress", "Result", "SearchIndex", "annotation_docs"]

CACHE_FILE = store.CACHE_FILE
DELTA_FILE = store.DELTA_FILE
INDEX_VERSION = 32  # bump when the index layout or what it folds changes
DELTA_MAX_NOTES = 64  # changed notes kept in the delta; past this the base is rebuilt

# Rank tiers: a match in a higher tier always sorts above any match in a lower one.
TIER_ITEM = 3
TIER_HEADING = 2
TIER_BODY = 1
LINKED_WEIGHT = 0.9  # an entry found through its item's names
LINKED_ITEMS = 5  # entries of at most this many best matching items are offered


@dataclass(frozen=True, slots=True)
class AnnotationDoc:
    """What search needs of an annotation; the annotate package builds these."""

    annotation_id: str
    item_id: str | None
    entry_id: str | None
    text: str
    tags: tuple[str, ...] = ()


def annotation_docs(annotations: Iterable[Any]) -> list[AnnotationDoc]:
    """Search documents from ``annotate`` Annotation objects, read by attribute name
    (id, item_id, comment, tags, label, target.entry_id) so search never imports annotate.
    Deleted annotations are left out."""
    docs: list[AnnotationDoc] = []
    for annotation in annotations:
        if getattr(annotation, "deleted", None):
            continue
        target = getattr(annotation, "target", None)
        label = getattr(annotation, "label", None)
        text = " ".join(part for part in (annotation.comment, label) if part)
        docs.append(
            AnnotationDoc(
                annotation_id=annotation.id,
                item_id=annotation.item_id,
                entry_id=getattr(target, "entry_id", None),
                text=text,
                tags=tuple(annotation.tags),
            )
        )
    return docs


@dataclass(frozen=True, slots=True)
class Result:
    kind: str  # "item", "passage" or "annotation"
    item_id: str | None
    title: str  # the item's title, or the entry's title when it belongs to no item
    entry_id: str | None
    author: str | None
    passage: int | None  # Passage.index within the entry
    line: int | None  # file line of the passage (1-based)
    score: float  # 0–100, how well it matched within its tier
    field: str  # what matched: title, alias, speaker, affiliation, booth, heading, body, ...
    snippet: str  # one line of text to show
    spans: tuple[tuple[int, int], ...] = ()  # matched [start, end) ranges in snippet
    annotation_id: str | None = None
    note: str | None = None  # Entry.note, the note's path
    event: str | None = None  # the title of the item's event (None: in no item)

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "item_id": self.item_id,
            "title": self.title,
            "event": self.event,
            "entry_id": self.entry_id,
            "note": self.note,
            "author": self.author,
            "passage": self.passage,
            "line": self.line,
            "score": round(self.score, 1),
            "field": self.field,
            "snippet": self.snippet,
            "spans": [list(span) for span in self.spans],
            "annotation_id": self.annotation_id,
        }


Offer = Callable[[tuple, float, float, tuple], None]
EntrySource = Callable[[int], "Entry | None"]  # global entry number → the Entry


class SearchIndex:
    """``SearchIndex.build(corpus)``, ``load_or_build(corpus, cache_dir)`` or
    ``open_folder(notes, cache_dir)``; query with ``index.search(text)``."""

    def __init__(
        self,
        items: ItemTable,
        base: Segment,
        delta: Segment | None = None,
        *,
        stamp: str = "",
        build_id: str = "",
        dead_notes: Iterable[str] = (),
        removed: Sequence[str] = (),
        corpus: Corpus | None = None,
        root: str | None = None,
        unlisted: Unlisted | None = None,
    ) -> None:
        self.items = self._base_items = items
        self.unlisted = unlisted if unlisted is not None else Unlisted()
        self.base = base
        self.delta = delta
        self.stamp = stamp
        self.build_id = build_id
        self.corpus = corpus
        self.root = root if root is not None else (corpus.root if corpus is not None else "")
        self._base_count = len(base.entries)
        self._count = self._base_count + (len(delta.entries) if delta is not None else 0)
        self.removed = tuple(removed)  # notes of the base no longer in the folder
        self._dead_notes = frozenset(dead_notes) | frozenset(removed)
        self._dead = self._dead_entries(self._dead_notes)
        self._delta_order = self._order_of_delta()
        if delta is not None or self._dead:
            self.items = items.with_authors(self._item_authors(self._alive_in_order()))
        self._entry_cache: dict[int, Entry] = {}
        self._writers: dict[str, str] | None = None
        self._entry_ids: dict[str, int] | None = None
        self._item_ids: dict[str, int] | None = None
        self.snippets = Snippets(self._passages_of, self._passages_by_id)
        self._annotations: list[AnnotationDoc] = []
        self._annotation_keys: list[str] = []

    # ------------------------------------------------------------------ entries

    def _row(self, e: int) -> tuple[EntryTable, int]:
        if e < self._base_count:
            return self.base.entries, e
        assert self.delta is not None
        return self.delta.entries, e - self._base_count

    def _dead_entries(self, notes: frozenset[str]) -> frozenset[int]:
        """The base's entries of notes changed or gone since it was built."""
        dead: set[int] = set()
        column = self.base.entries.note
        for path in notes:
            low = bisect.bisect_left(column, path)
            high = bisect.bisect_right(column, path, low)
            dead.update(range(low, high))
        return frozenset(dead)

    def _order_of_delta(self) -> list[float]:
        """Where each delta entry sits among the base's in folder order (ties rank in
        folder order, as in an index built at once)."""
        if self.delta is None:
            return []
        column = self.base.entries.note
        orders: list[float] = []
        notes = self.delta.entries.note
        for d in range(len(self.delta.entries)):
            at = bisect.bisect_left(column, notes[d])
            orders.append(at - 1 + (d + 1) / (len(self.delta.entries) + 1))
        return orders

    def _order(self, e: int) -> float:
        return e if e < self._base_count else self._delta_order[e - self._base_count]

    def _alive_in_order(self) -> list[int]:
        base = (e for e in range(self._base_count) if e not in self._dead)
        if self.delta is None:
            return list(base)
        return sorted([*base, *range(self._base_count, self._count)], key=self._order)

    def _item_authors(self, entries: Iterable[int]) -> Iterable[tuple[int, str]]:
        for e in entries:
            table, local = self._row(e)
            yield table.item[local], table.shown[local]

    def writer(self, author: str) -> str:
        """An entry author as every view shows it (``Corpus.writer``: a note without a
        named writer by where it is), as the index was built."""
        shown = self._writers
        if shown is None:
            tables = [self.base.entries, *([self.delta.entries] if self.delta else [])]
            shown = {a: w for t in tables for a, w in zip(t.author, t.shown, strict=True)}
            self._writers = shown
        return shown.get(author, author)

    def _entry_ok(self, e: int, filters: Filters | None) -> bool:
        table, local = self._row(e)
        return e not in self._dead and table.ok(local, filters, self.items)

    def _entries_of_item(self, i: int) -> list[int]:
        """The entries linked to item ``i``, in folder order."""
        start = self.base.by_item_start
        found = [e for e in self.base.by_item[start[i] : start[i + 1]] if e not in self._dead]
        if self.delta is not None:
            start = self.delta.by_item_start
            offset = self._base_count
            found += [offset + d for d in self.delta.by_item[start[i] : start[i + 1]]]
            found.sort(key=self._order)
        return found

    def entry_position(self, entry_id: str) -> int | None:
        if self._entry_ids is None:
            ids = {value: e for e, value in enumerate(self.base.entries.id)}
            for e in self._dead:
                ids.pop(self.base.entries.id[e], None)
            if self.delta is not None:  # after the dead: a note edited keeps its ids
                first = self._base_count
                ids.update((value, first + d) for d, value in enumerate(self.delta.entries.id))
            self._entry_ids = ids
        return self._entry_ids.get(entry_id)

    def item_position(self, item_id: str) -> int | None:
        if self._item_ids is None:
            self._item_ids = {value: i for i, value in enumerate(self.items.id)}
        return self._item_ids.get(item_id)

    def entry(self, e: int) -> Entry | None:
        """The Entry at global position ``e``: the corpus's, or made from the note file."""
        table, local = self._row(e)
        if self.corpus is not None:
            return self.corpus.entry(table.id[local])
        entry = self._entry_cache.get(e)
        if entry is None:
            entry = _entry_from_file(self.root, table, local)
            if entry is not None:
                if len(self._entry_cache) >= 256:
                    self._entry_cache.pop(next(iter(self._entry_cache)))
                self._entry_cache[e] = entry
        return entry

    def _passages_of(self, e: int) -> Sequence[Passage]:
        entry = self.entry(e)
        if entry is None:
            return ()
        if self.corpus is not None:
            return self.corpus.passages(entry)
        from summit_tui.corpus.passages import split_passages

        return split_passages(entry)

    def _passages_by_id(self, entry_id: str) -> Sequence[Passage]:
        e = self.entry_position(entry_id)
        return () if e is None else self._passages_of(e)

    # ------------------------------------------------------------------ build and load

    @classmethod
    def build(
        cls,
        corpus: Corpus,
        annotations: Iterable[AnnotationDoc] = (),
        *,
        progress: Progress | None = None,
    ) -> SearchIndex:
        """The index of ``corpus``, all of it built here; ``progress(done, total)``
        follows the build."""
        items = list(corpus.items())
        item_pos = {item.id: i for i, item in enumerate(items)}
        # Steps: one per entry, and a sixth as many for what follows the entries.
        count = len(corpus.entries)
        total = count + count // 6
        keys = [(note.path, note_key(corpus.root, note), note.title) for note in corpus.notes]
        base = Segment.build(corpus, corpus.entries, keys, item_pos, items, progress, total)
        table = ItemTable.build(corpus.program)
        rows = base.entries
        table = table.with_authors(zip(rows.item, rows.shown, strict=True))
        stamp = base_stamp(corpus.root, corpus.notes if corpus.program.inferred else None)
        # The delta file names its base by this: the same notes as they were, indexed by
        # the same code, give the same base.
        build_id = hashlib.blake2b(
            stamp.encode() + base.notes.path.joined.encode() + base.notes.keys.tobytes(),
            digest_size=12,
        ).hexdigest()
        unlisted = Unlisted.of(corpus)
        index = cls(table, base, stamp=stamp, build_id=build_id, corpus=corpus, unlisted=unlisted)
        if progress is not None:
            progress(total, total)
        index.set_annotations(annotations)
        return index

    @classmethod
    def load_or_build(
        cls,
        corpus: Corpus,
        cache_dir: Path | None,
        annotations: Iterable[AnnotationDoc] = (),
        *,
        elsewhere: Callable[[], object] | None = None,
        progress: Progress | None = None,
    ) -> SearchIndex:
        """The index of ``corpus`` from ``cache_dir``, brought up to date with the notes
        changed since it was saved (a delta of those notes alone), else built and saved.

        A missing, stale, unreadable or corrupt cache file is ignored and replaced; a
        cache dir that cannot be written only costs the next start a rebuild. When no
        saved index fits, ``elsewhere()`` is given the chance to build and save it
        first (``child_build``); only if the cache still has none is it built here,
        ``progress`` following that build.
        """
        if cache_dir is None:
            return cls.build(corpus, annotations, progress=progress)
        cache = Path(cache_dir)
        stamp = base_stamp(corpus.root, corpus.notes if corpus.program.inferred else None)
        unlisted = Unlisted.key_of(corpus)

        def read() -> SearchIndex | None:
            found = cls._read(cache, stamp, corpus=corpus)
            # Built when the items the program does not list were other: build again.
            return found if found is not None and found.unlisted.key == unlisted else None

        index = read()
        if index is None and elsewhere is not None:
            elsewhere()
            index = read()
        if index is not None:
            current = {note.path: note_key(corpus.root, note) for note in corpus.notes}
            changed = index._changed(current)
            if changed or index._gone(current):
                index = index.updated(corpus, changed, cache_dir=cache)
        if index is None:
            index = cls.build(corpus, progress=progress)
            index.save(cache)
        index.set_annotations(annotations)
        return index

    @classmethod
    def _read(
        cls, cache: Path, stamp: str, *, corpus: Corpus | None = None, root: str | None = None
    ) -> SearchIndex | None:
        parts = store.read(cache / CACHE_FILE, stamp)
        if parts is None:
            return None
        try:
            items = ItemTable.from_state(parts["items"])
            base = Segment.from_state(parts, "base")
            build_id = parts["meta"]["build_id"]
            unlisted = Unlisted.from_state(parts["meta"])
            delta, removed = None, []
            saved = store.read(cache / DELTA_FILE, build_id)
            if saved is not None:
                delta = Segment.from_state(saved, "delta")
                removed = list(saved["removed"]["paths"])
        except (KeyError, TypeError):  # another layout under the same stamp: rebuild
            return None
        index = cls(
            items, base, stamp=stamp, build_id=build_id, corpus=corpus, root=root, unlisted=unlisted
        )
        if delta is None:
            return index
        return index._derived(delta, removed, corpus)

    def _derived(
        self, delta: Segment | None, removed: Sequence[str], corpus: Corpus | None
    ) -> SearchIndex:
        """This index's base with another delta (and notes removed since the base)."""
        in_base = self._base_paths()[1]
        replaced = [p for p in delta.notes.path if p in in_base] if delta is not None else []
        index = SearchIndex(
            self._base_items,
            self.base,
            delta,
            stamp=self.stamp,
            build_id=self.build_id,
            dead_notes=replaced,
            removed=removed,
            corpus=corpus,
            root=self.root,
            unlisted=self.unlisted,
        )
        index._base_path_cache = self._base_paths()
        return index

    def updated(
        self,
        corpus: Corpus,
        changed: Iterable[str],
        *,
        present: Iterable[str] | None = None,
        cache_dir: Path | None = None,
    ) -> SearchIndex | None:
        """This index with the notes ``changed`` (paths: new, edited or deleted) indexed
        again from ``corpus``, which holds them parsed: one delta of those and of the
        notes already in the delta, the work of those notes only (saved in
        ``cache_dir``). ``present``: the notes in the folder (default: the corpus's).
        None when the base should be built again: too many notes changed, the corpus was
        linked by inference over every note, or the items its program does not list are
        not the base's (the caller asks ``corpus.update.updated_corpus`` first: it reads a
        note alone only when the note does not touch them)."""
        if corpus.program.inferred:
            return None
        if corpus.program.extended and Unlisted.key_of(corpus) != self.unlisted.key:
            return None
        folder = set(present) if present is not None else {n.path for n in corpus.notes}
        before = list(self.delta.notes.path) if self.delta is not None else []
        asked = dict.fromkeys([*before, *changed])
        paths = sorted(p for p in asked if p in folder and corpus.note(p) is not None)
        kept = set(paths)
        removed = [
            p for p in self._base_paths()[0] if p not in folder or (p in asked and p not in kept)
        ]
        if len(paths) + len(removed) > DELTA_MAX_NOTES:
            return None
        wanted = set(paths)
        entries = [entry for entry in corpus.entries if entry.note in wanted]
        notes = [corpus.note(p) for p in paths]
        keys = [(n.path, note_key(corpus.root, n), n.title) for n in notes if n is not None]
        item_pos = {item_id: i for i, item_id in enumerate(self._base_items.id)}
        delta = Segment.build(corpus, entries, keys, item_pos) if paths else None
        index = self._derived(delta, removed, corpus)
        index.set_annotations(self._annotations)
        if cache_dir is not None:
            index.save_delta(cache_dir)
        return index

    def _base_paths(self) -> tuple[list[str], set[str]]:
        """The base's notes, in its order and as a set."""
        found = getattr(self, "_base_path_cache", None)
        if found is None:
            paths = self.base.notes.path.joined.split("\x00")[1:-1]
            found = self._base_path_cache = (paths, set(paths))
        return found

    def _changed(self, current: dict[str, FileKey]) -> list[str]:
        """Notes (paths) whose file is not the one indexed: new or edited.

        The base's keys are compared in one piece when nothing changed (the usual case:
        a command searching a folder it searched before)."""
        paths, in_base = self._base_paths()
        delta = self.delta.notes.as_dict() if self.delta is not None else {}
        rows = [current.get(path, UNKNOWN) for path in paths]
        keys = self.base.notes.keys
        changed: list[str] = []
        flat = struct.pack(f"={4 * len(rows)}q", *chain.from_iterable(rows))  # as array("q")
        if flat != bytes(keys):
            for n, path in enumerate(paths):
                row = rows[n]
                if path in current and path not in delta and tuple(keys[4 * n : 4 * n + 4]) != row:
                    changed.append(path)
        for path, key in current.items():
            if path in delta:
                if key != delta[path]:
                    changed.append(path)
            elif path not in in_base or key == UNKNOWN:
                changed.append(path)
        return list(dict.fromkeys(changed))

    def _gone(self, current: dict[str, FileKey]) -> list[str]:
        """Notes of the base no longer in the folder, and not yet known to be gone."""
        known = set(self.removed)
        return [p for p in self._base_paths()[0] if p not in current and p not in known]

    def save(self, cache_dir: Path) -> bool:
        """Save the base and the delta (each only when it changed since read)."""
        cache = Path(cache_dir)
        meta = {"build_id": self.build_id, **self.unlisted.state()}
        parts: store.Parts = {"items": self.items_base_state(), "meta": meta}
        parts.update(self.base.state("base"))
        if not store.write(cache / CACHE_FILE, self.stamp, parts):
            return False
        return self.save_delta(cache)

    def items_base_state(self) -> dict[str, Any]:
        return self._base_items.state()

    def save_delta(self, cache_dir: Path) -> bool:
        path = Path(cache_dir) / DELTA_FILE
        if self.delta is None:
            path.unlink(missing_ok=True)
            return True
        parts = self.delta.state("delta")
        parts["removed"] = {"paths": list(self.removed)}
        return store.write(path, self.build_id, parts)

    @classmethod
    def open_folder(
        cls,
        notes_dir: Path,
        cache_dir: Path,
        annotations: Iterable[AnnotationDoc] = (),
        *,
        follow_links: bool = False,
    ) -> SearchIndex | None:
        """The saved index of a notes folder, brought up to date without the corpus: the
        files are listed and stat'ed, and only the notes changed since are parsed (and
        linked) to make the delta. For a command that only searches.

        None when the folder has no saved index, its program file or summit-tui changed,
        it has no program file (links then depend on every note), or too many notes
        changed: the caller loads the corpus and uses ``load_or_build``.
        """
        from summit_tui.corpus.build import notes_root, program_path
        from summit_tui.corpus.loader import discover_files

        root = notes_root(notes_dir)
        if program_path(root, follow_links=follow_links) is None:
            return None
        index = cls._read(Path(cache_dir), base_stamp(str(root)), root=str(root))
        if index is None:
            return None
        found, _problems = discover_files(root, follow_links=follow_links)
        current: dict[str, FileKey] = {}
        stats: dict[str, tuple[str, os.stat_result | None]] = {}
        for rel, path in found:
            try:
                info: os.stat_result | None = os.stat(path)
                current[rel] = file_key(info)  # type: ignore[arg-type]
            except OSError:
                info, current[rel] = None, UNKNOWN
            stats[rel] = (path, info)
        changed = index._changed(current)
        gone = index._gone(current)
        if changed or gone:
            if index.unlisted.notes.intersection(changed, gone):
                return None  # a note the items the program does not list come from
            corpus = _parse_alone(root, index, changed, stats)
            if corpus is None:
                return None
            index = index.updated(corpus, changed, present=current)
            if index is None:
                return None
            index.corpus = None  # the few notes parsed are not the folder's corpus
            index.save_delta(Path(cache_dir))
        index.set_annotations(annotations)
        return index

    def set_annotations(self, annotations: Iterable[AnnotationDoc]) -> None:
        """Replace the annotations searched (they change while the app runs)."""
        self._annotations = list(annotations)
        self._annotation_keys = [
            spaced(fold(" ".join((doc.text, *doc.tags)))) for doc in self._annotations
        ]

    # ------------------------------------------------------------------ query

    def search(self, query: str, limit: int = 50, *, resolve: bool = False) -> list[Result]:
        """The best ``limit`` results for ``query`` (free text and filter words).

        A result in a passage of the notes' text carries its ``corpus.passages`` index;
        with ``resolve``, so do results on a heading or an entry found by its item (a
        split of each such entry shown, memoised by the corpus); without it their
        ``passage`` is None and ``line`` says where the match is.
        """
        return self.search_parsed(parse_query(query), limit, resolve=resolve)

    def search_parsed(
        self, parsed: ParsedQuery, limit: int = 50, *, resolve: bool = False
    ) -> list[Result]:
        if parsed.impossible or limit <= 0:
            return []
        filters = parsed.filters if parsed.filters else None
        q = fold_query(parsed.text)
        if not q.compact:
            return self._list_items(parsed.filters, limit) if filters is not None else []
        # candidates by key: (rank, order, payload); order keeps folder order among equals
        best: dict[tuple, tuple] = {}

        def offer(key: tuple, rank: float, order: float, payload: tuple) -> None:
            old = best.get(key)
            if old is None or old[0] < rank:
                best[key] = (rank, order, payload)

        self._match_names(q, filters, offer, limit)
        self._match_annotations(q, filters, offer)
        if len(q.compact) >= 2:
            self._match_passages(q, filters, offer, limit)
        ranked = heapq.nsmallest(limit, best.values(), key=lambda c: (-c[0], c[1]))
        results = [self._result(q, payload) for _rank, _order, payload in ranked]
        if resolve:
            results = [
                self._resolved(result, payload)
                for result, (_rank, _order, payload) in zip(results, ranked, strict=True)
            ]
        return results

    def _segments(self) -> list[tuple[Segment, int]]:
        """Each segment and the number of its first entry."""
        found = [(self.base, 0)]
        if self.delta is not None:
            found.append((self.delta, self._base_count))
        return found

    def _match_names(self, q: Query, filters: Filters | None, offer: Offer, limit: int) -> None:
        items_table = self.items
        names = self.base.names
        scores = names.score(q)
        ordered = sorted(scores.items(), key=lambda pair: -pair[1])
        items: dict[int, float] = {}
        last = -1  # the item added last, the lowest score kept so far
        for position, score in ordered:
            if len(items) >= limit and score < items[last]:
                break  # only the best `limit` items can be shown (ties stay: item order decides)
            for _kind, i, field in names.items[position]:
                if i in items or not items_table.ok(i, filters):
                    continue
                items[i] = score
                last = i
                offer(("item", i), TIER_ITEM * 1000 + score, i, ("item", i, field, position, score))
        # Headings, from every segment: best first, the base's before the delta's.
        heads = [(score, 0, position, self.base.names) for position, score in ordered]
        if self.delta is not None:
            mine = self.delta.names.score(q)
            heads += [(score, 1, position, self.delta.names) for position, score in mine.items()]
            heads.sort(key=lambda head: -head[0])
        offered = 0
        for score, which, position, source in heads:
            if offered >= limit:
                break
            first = 0 if which == 0 else self._base_count
            for h in source.headings(position):
                e, line = first + source.head_entry[h], source.head_line[h]
                if not self._entry_ok(e, filters):
                    continue
                offered += 1
                offer(
                    ("line", e, line),
                    TIER_HEADING * 1000 + score,
                    self._order(e),
                    ("heading", e, line, which, position, score),
                )
        # Entries about the best matching items, found by the item's names.
        if len(q.compact) < 3:
            return
        linked = 0
        strong = [(score, i) for i, score in items.items() if score >= WORD_PREFIX]
        for score, i in sorted(strong, key=lambda pair: (-pair[0], pair[1]))[:LINKED_ITEMS]:
            for e in self._entries_of_item(i):
                if linked >= limit or not self._entry_ok(e, filters):
                    continue
                linked += 1
                weighted = score * LINKED_WEIGHT
                table, local = self._row(e)
                offer(
                    ("line", e, table.start_line[local]),
                    TIER_BODY * 1000 + weighted,
                    self._order(e),
                    ("linked", e, i, weighted),
                )

    def _match_annotations(self, q: Query, filters: Filters | None, offer: Offer) -> None:
        if not self._annotations:
            return
        from rapidfuzz import fuzz

        for position, key in enumerate(self._annotation_keys):
            doc = self._annotations[position]
            if not self._annotation_ok(doc, filters):
                continue
            if q.key in key:
                score = PREFIX if key.startswith(q.key) else SUBSTRING
            elif all(token in key for token in q.tokens):
                score = SUBSTRING - 2
            elif len(q.compact) >= 4:
                similarity = fuzz.partial_ratio(q.key, key)
                if similarity < FUZZY_CUTOFF:
                    continue
                score = similarity * FUZZY_WEIGHT
            else:
                continue
            offer(
                ("annotation", position),
                TIER_HEADING * 1000 + score,
                position,
                ("annotation", position, score),
            )

    def _annotation_ok(self, doc: AnnotationDoc, filters: Filters | None) -> bool:
        if filters is None:
            return True
        e = self.entry_position(doc.entry_id) if doc.entry_id is not None else None
        if e is not None:
            return self._entry_ok(e, filters)
        i = self.item_position(doc.item_id) if doc.item_id is not None else None
        if i is not None:
            return self.items.ok(i, filters)
        return False

    def _match_passages(self, q: Query, filters: Filters | None, offer: Offer, limit: int) -> None:
        for which, (segment, first) in enumerate(self._segments()):
            if filters is None and (which or not self._dead):
                entry_ok = None
            else:
                entry_ok = self._passage_filter(first, segment.entries, filters)
            postings = segment.postings
            p_entry, p_line = postings.p_entry, postings.p_line
            for pid, score in postings.match(q, segment.vocabulary, limit, entry_ok):
                e = first + p_entry[pid]
                offer(
                    ("line", e, p_line[pid]),
                    TIER_BODY * 1000 + score,
                    self._order(e),
                    ("body", which, pid, score),
                )

    def _passage_filter(
        self, first: int, table: EntryTable, filters: Filters | None
    ) -> Callable[[int], bool]:
        """Whether a segment's entry (numbered from ``first``) is alive and passes."""
        dead, items = self._dead, self.items

        def entry_ok(e: int) -> bool:
            return first + e not in dead and table.ok(e, filters, items)

        return entry_ok

    def _list_items(self, filters: Filters, limit: int) -> list[Result]:
        results: list[Result] = []
        table = self.items
        for i in range(len(table)):
            if not table.ok(i, filters):
                continue
            results.append(
                Result(
                    kind="item",
                    item_id=table.id[i],
                    title=table.title[i],
                    entry_id=None,
                    author=table.author_text[i],
                    passage=None,
                    line=None,
                    score=0.0,
                    field="filter",
                    snippet=table.placement(i),
                    event=table.event[i],
                )
            )
            if len(results) >= limit:
                break
        return results

    # ------------------------------------------------------------------ results

    def _result(self, q: Query, payload: tuple) -> Result:
        kind = payload[0]
        if kind == "item":
            _k, i, field, position, score = payload
            text = self.base.names.text[position]
            return Result(
                kind="item",
                item_id=self.items.id[i],
                title=self.items.title[i],
                entry_id=None,
                author=self.items.author_text[i],
                passage=None,
                line=None,
                score=score,
                field=field,
                snippet=text,
                spans=highlight(text, q),
                event=self.items.event[i],
            )
        if kind == "heading":
            _k, e, line, which, position, score = payload
            source = self.base.names if which == 0 else self.delta.names  # type: ignore[union-attr]
            text = source.text[position]
            return self._entry_result(e, line, score, "heading", text, highlight(text, q))
        if kind == "linked":
            _k, e, i, score = payload
            table, local = self._row(e)
            snippet = spaced(table.title[local])
            return self._entry_result(
                e, table.start_line[local], score, "item", snippet, highlight(snippet, q)
            )
        if kind == "body":
            _k, which, pid, score = payload
            segment, first = self._segments()[which]
            postings = segment.postings
            e = first + postings.p_entry[pid]
            line, at = postings.p_line[pid], postings.p_index[pid]
            text = self.snippets.passage_text(pid if which == 0 else -1 - pid, e, at)
            snippet, spans = window(text, q)
            return self._entry_result(e, line, score, "body", snippet, spans, at)
        _k, position, score = payload
        doc = self._annotations[position]
        i = self.item_position(doc.item_id) if doc.item_id else None
        e = self.entry_position(doc.entry_id) if doc.entry_id else None
        row = self._row(e) if e is not None else None
        text = " ".join((doc.text, *(f"#{tag}" for tag in doc.tags)))
        snippet, spans = window(spaced(text), q)
        title = self.items.title[i] if i is not None else (row[0].title[row[1]] if row else "")
        return Result(
            kind="annotation",
            item_id=doc.item_id,
            title=title,
            entry_id=doc.entry_id,
            author=row[0].author[row[1]] if row else None,
            passage=None,
            line=row[0].start_line[row[1]] if row else None,
            score=score,
            field="annotation",
            snippet=snippet,
            spans=spans,
            annotation_id=doc.annotation_id,
            note=row[0].note[row[1]] if row else None,
            event=self.items.event[i] if i is not None else None,
        )

    def _entry_result(
        self,
        e: int,
        line: int,
        score: float,
        field: str,
        snippet: str,
        spans: tuple[tuple[int, int], ...],
        passage: int | None = None,
    ) -> Result:
        table, local = self._row(e)
        i = table.item[local]
        return Result(
            kind="passage",
            item_id=self.items.id[i] if i >= 0 else None,
            title=self.items.title[i] if i >= 0 else table.title[local],
            entry_id=table.id[local],
            author=table.author[local],
            passage=passage,
            line=line,
            score=score,
            field=field,
            snippet=snippet,
            spans=spans,
            note=table.note[local],
            event=self.items.event[i] if i >= 0 else None,
        )

    def passage_at(self, entry_id: str, line: int) -> Passage | None:
        """The ``corpus.passages`` passage of an entry that holds a file line."""
        return self.snippets.passage_at(entry_id, line)

    def _resolved(self, result: Result, payload: tuple) -> Result:
        if result.passage is not None or result.entry_id is None or result.line is None:
            return result
        if result.kind != "passage" or payload[0] not in ("heading", "linked"):
            return result
        passage = self.snippets.passage_of(payload[1], result.line)  # its entry's position
        if passage is None:
            return result
        return dataclasses.replace(result, passage=passage.index)

    def folder(self) -> IndexedFolder:
        """What the index knows of its notes folder: its notes (path and title) and the
        program's items; enough to tell which annotation collection the folder is."""
        return IndexedFolder(self)

    def _folder_notes(self) -> tuple[_Named, ...]:
        notes = [
            _Named(path, title)
            for path, title in zip(self.base.notes.path, self.base.notes.title, strict=True)
            if path not in self._dead_notes
        ]
        if self.delta is not None:
            notes += map(_Named, self.delta.notes.path, self.delta.notes.title)
        return tuple(sorted(notes, key=lambda note: note.path))

    # introspection, for benchmarks and the UI

    @property
    def size(self) -> dict[str, int]:
        segments = [segment for segment, _ in self._segments()]
        return {
            "items": len(self.items),
            "entries": self._count - len(self._dead),
            "names": sum(len(s.names) for s in segments),
            "passages": sum(len(s.postings) for s in segments),
            "vocabulary": sum(len(s.vocabulary) for s in segments),
            "postings": sum(len(s.postings.forward) for s in segments),
            "annotations": len(self._annotations),
            "delta_notes": len(self.delta.notes) if self.delta is not None else 0,
        }


@dataclass(frozen=True, slots=True)
class _Named:
    path: str
    title: str


@dataclass(frozen=True, slots=True)
class _Item:
    id: str


class IndexedFolder:
    """A notes folder as its search index knows it: a corpus's ``root``, ``notes`` (path
    and title) and ``items()`` (ids), without loading it; the notes listed when asked."""

    def __init__(self, index: SearchIndex) -> None:
        self.root = index.root
        self._index = index

    @functools.cached_property
    def notes(self) -> tuple[_Named, ...]:
        return self._index._folder_notes()

    def items(self) -> tuple[_Item, ...]:
        return tuple(map(_Item, self._index.items.id))


@dataclass(frozen=True, slots=True)
class Unlisted:
    """What a base index holds of the items its program does not list (corpus.unlisted):
    which they are with their entries (``key``, ``corpus.update.unlisted_key``), and the
    notes they are inferred from (``notes``, ``corpus.update.unlisted_sources``). A
    corpus whose key differs needs another base; a changed note among ``notes`` cannot be
    indexed alone, any other can."""

    key: str = ""
    notes: frozenset[str] = frozenset()

    @classmethod
    def of(cls, corpus: Corpus) -> Unlisted:
        from summit_tui.corpus.update import unlisted_sources

        if corpus.program.inferred:
            return cls()  # its base's stamp holds every note instead
        return cls(cls.key_of(corpus), frozenset(unlisted_sources(corpus)))

    @staticmethod
    def key_of(corpus: Corpus) -> str:
        from summit_tui.corpus.update import unlisted_key

        return "" if corpus.program.inferred else unlisted_key(corpus)

    def state(self) -> dict[str, Any]:
        return {"unlisted_key": self.key, "unlisted_notes": sorted(self.notes)}

    @classmethod
    def from_state(cls, meta: dict[str, Any]) -> Unlisted:
        return cls(str(meta["unlisted_key"]), frozenset(map(str, meta["unlisted_notes"])))


def base_stamp(root: str, inferred_from: Iterable[Any] | None = None) -> str:
    """What a base index was built from, as its file's stamp: the index and parser code,
    and the program file; for a program inferred from the notes (``inferred_from``, the
    corpus's notes), every note's file key too (any change builds it again)."""
    from summit_tui.corpus.build import program_path
    from summit_tui.corpus.cache import cache_key
    from summit_tui.corpus.program import program_fingerprint

    program = program_path(Path(root))
    digest = hashlib.blake2b(digest_size=20)
    digest.update(f"search index {INDEX_VERSION}\x00{root}\x00".encode())
    digest.update(cache_key(program_fingerprint(program) if program else "inferred").encode())
    if inferred_from is not None:
        for note in inferred_from:
            digest.update(f"\x00{note.path}\x01{note_key(root, note)}".encode())
    return digest.hexdigest()


def _parse_alone(
    root: Path,
    index: SearchIndex,
    changed: Sequence[str],
    stats: dict[str, tuple[str, os.stat_result | None]],
) -> Corpus | None:
    """A corpus of just the notes the delta needs (those changed, and those already in
    it), parsed and linked against the program; None when there are too many, the
    program lists no items, or a talk or booth links to none (links would then be
    inferred from every note)."""
    from summit_tui.corpus.build import program_path
    from summit_tui.corpus.cache import file_key as cache_file_key
    from summit_tui.corpus.link import link_entries
    from summit_tui.corpus.model import Corpus
    from summit_tui.corpus.note_parse import parse_file
    from summit_tui.corpus.program import load_program
    from summit_tui.corpus.update import touches_unlisted

    before = list(index.delta.notes.path) if index.delta is not None else []
    paths = [p for p in dict.fromkeys([*before, *changed]) if p in stats]
    program_file = program_path(root)
    if len(paths) > DELTA_MAX_NOTES or program_file is None:
        return None
    program, _problems = load_program(program_file, rel=program_file.name)
    if not any(True for _ in program.items()):
        return None
    notes = {}
    entries = []
    for rel in paths:
        path, info = stats[rel]
        key = cache_file_key(info) if info else (-1, -1, -1, -1, -1)
        record = parse_file(rel, path, root, info, key, program)
        if record.note is not None:
            notes[rel] = record.note
            entries.extend(record.entries)
    links = dict(link_entries(entries, notes, program)) if entries else {}
    if touches_unlisted(entries, links, notes, program):
        return None  # perhaps a talk the program does not list (corpus.unlisted)
    return Corpus(
        root=str(root),
        notes=tuple(notes.values()),
        entries=tuple(entries),
        program=program,
        links=links,
    )


def _entry_from_file(root: str, table: EntryTable, row: int) -> Entry | None:
    """An entry made again from its row and its note's file (the index holds no text)."""
    from summit_tui.corpus.loader import load_body
    from summit_tui.corpus.model import Entry, EntryKind

    rel = table.note[row]
    read = load_body(Path(root) / rel, root, rel=rel)  # its text only: facts are in the row
    if read is None:
        return None
    body, body_line = read
    lines = [""] * (body_line - 1) + body.split("\n")
    start, end = table.start_line[row], table.end_line[row]
    return Entry(
        id=table.id[row],
        note=rel,
        author=table.author[row],
        title=table.title[row],
        heading_path=(table.title[row],),
        kind=EntryKind(table.kind[row]),
        start_line=start,
        end_line=end,
        text="\n".join(lines[start - 1 : end]),
    )
