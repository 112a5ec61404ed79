"""An annotation session: one store's annotations and marks, held for quick answers.

Whatever shows annotations while the user works (the app) keeps one session open over
the store. Annotations belong to the notes folder they were made in (its collection,
``annotate/collection.py``): nothing is shown until a loaded corpus says which folder
that is (``corpus_loaded``). The session then reads the store once and answers from
memory: an item's marks, the annotations on an item or on a passage, whether a passage
is annotated (asked while drawing, so it never waits on SQLite). Its own changes (a new
annotation, an edit, a delete or restore, a star) are applied to what it holds, so a
keystroke costs one row, not a read of every annotation; it reads the whole store again
when another process changed it (``refresh_if_changed_elsewhere``) and once after
re-anchoring passage annotations when a new corpus is loaded. It filters the list the
way the annotations screen offers, and exports. No UI in it: listeners are told when
something changed and decide what to redraw.
"""

from __future__ import annotations

import threading
from bisect import insort
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from summit_tui.annotate.model import Annotation, ItemInfo, ItemMark

if TYPE_CHECKING:
    from summit_tui.annotate.anchor import ReanchorReport
    from summit_tui.annotate.store import AnnotationStore
    from summit_tui.corpus.model import Corpus, Entry, Item
    from summit_tui.corpus.passages import Passage


T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Filters:
    """What the annotations list is narrowed to; a tag matches any tag containing it."""

    tag: str = ""
    event: str | None = None
    day: str | None = None
    orphans_only: bool = False


@dataclass(frozen=True, slots=True)
class Exported:
    path: Path
    count: int


class AnnotationSession:
    """One open store and what it holds, for lookups (see the module docstring)."""

    def __init__(self, store: AnnotationStore) -> None:
        self.store = store
        self._corpus: Corpus | None = None  # the last loaded: where items' entries are
        self._annotations: tuple[Annotation, ...] = ()
        self._marks: dict[str, ItemMark] = {}
        self._by_item: dict[str, list[Annotation]] = {}
        self._by_entry: dict[str, list[Annotation]] = {}
        self._annotated: dict[tuple[str, int, int], bool] = {}
        self._listeners: list[Callable[[], None]] = []
        # A read of the store and holding what it read, or a change and holding its
        # result: one at a time (re-anchoring may run in a worker thread).
        self._lock = threading.RLock()
        self._quiet = threading.local()  # per thread: inside changes of our own
        self._scoped = False  # scoped to a notes folder's collection
        self.attached = False  # scoped, and its annotations read
        store.subscribe(self._store_changed)
        store.reload_if_changed_elsewhere()  # remembers the version seen

    @classmethod
    def open(cls, data_dir: Path | str) -> AnnotationSession:
        """Open the store in ``data_dir``; raises ``StoreError`` saying why it cannot."""
        from summit_tui.annotate.store import AnnotationStore

        return cls(AnnotationStore.open(data_dir))

    def close(self) -> None:
        self.store.unsubscribe(self._store_changed)
        self.store.close()

    # -- keeping up with the store ------------------------------------------------------

    def subscribe(self, listener: Callable[[], None]) -> None:
        """Call ``listener`` after every change (it may come from another thread)."""
        self._listeners.append(listener)

    def unsubscribe(self, listener: Callable[[], None]) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    @property
    def read_only(self) -> str | None:
        """Why nothing can be saved (a damaged or read-only database), or None."""
        return self.store.read_only

    def refresh(self) -> None:
        """Read every annotation and mark again (none before a collection is attached)."""
        if not self._scoped:
            return
        with self._lock:
            self._hold(tuple(self.store.annotations()))
            self._marks = self.store.marks()

    def _hold(self, annotations: tuple[Annotation, ...]) -> None:
        """Keep these annotations (in the order they were made) and their lookups."""
        by_item: dict[str, list[Annotation]] = {}
        by_entry: dict[str, list[Annotation]] = {}
        for annotation in annotations:
            by_item.setdefault(annotation.item_id, []).append(annotation)
            target = annotation.target
            if target is not None and not annotation.orphaned:
                by_entry.setdefault(target.entry_id, []).append(annotation)
        self._annotations = annotations
        self._by_item = by_item
        self._by_entry = by_entry
        self._annotated = {}

    def refresh_if_changed_elsewhere(self) -> bool:
        """Pick up what another process wrote since the last look (listeners are told)."""
        return self.store.reload_if_changed_elsewhere()

    def read_if_changed_elsewhere(self) -> bool:
        """``refresh_if_changed_elsewhere`` for a worker thread: what is held is read again
        if another process wrote, and listeners are not told (the caller redraws)."""
        with self._own_changes():
            changed = self.store.reload_if_changed_elsewhere()
        if changed:
            self.refresh()
        return changed

    def _store_changed(self) -> None:
        if getattr(self._quiet, "depth", 0):
            return  # a change of our own: whoever made it holds it and tells
        self.refresh()
        self._tell()

    def _tell(self) -> None:
        for listener in list(self._listeners):
            listener()

    @contextmanager
    def _own_changes(self) -> Iterator[None]:
        self._quiet.depth = getattr(self._quiet, "depth", 0) + 1
        try:
            yield
        finally:
            self._quiet.depth -= 1

    def _own(self, change: Callable[[], T], apply: Callable[[T], None]) -> T:
        """Make one of our changes in the store, then ``apply`` its result to what is held
        instead of reading every annotation again; listeners are told once."""
        with self._lock, self._own_changes():
            result = change()
            if self.attached:
                apply(result)
        self._tell()
        return result

    def _put(self, annotation: Annotation) -> None:
        """One annotation as it is now: added, replaced, or gone when deleted."""
        kept = [a for a in self._annotations if a.id != annotation.id]
        if annotation.deleted is None:
            insort(kept, annotation, key=lambda a: (a.created, a.id))
        self._hold(tuple(kept))

    def _put_mark(self, mark: ItemMark) -> None:
        self._marks[mark.item_id] = mark

    # -- answers ------------------------------------------------------------------------

    @property
    def annotations(self) -> tuple[Annotation, ...]:
        """Every live annotation, in the order they were made."""
        return self._annotations

    def marks(self, item_id: str) -> tuple[bool, bool]:
        """(starred, reviewed) for an item."""
        mark = self._marks.get(item_id)
        return (mark.starred, mark.reviewed) if mark else (False, False)

    def all_marks(self) -> dict[str, ItemMark]:
        """Every item's marks, by item id."""
        return dict(self._marks)

    def for_item(self, item_id: str) -> list[Annotation]:
        return list(self._by_item.get(item_id, ()))

    def for_entry(self, entry_id: str) -> list[Annotation]:
        """The anchored annotations quoting this entry (those in no item included)."""
        return list(self._by_entry.get(entry_id, ()))

    def item_notes(self, item_id: str) -> list[Annotation]:
        """The annotations on the item itself (no quoted passage)."""
        return [a for a in self._by_item.get(item_id, ()) if a.target is None]

    def for_passage(self, entry: Entry, passage: Passage) -> list[Annotation]:
        """The anchored annotations whose quote covers (part of) this passage."""
        from summit_tui.annotate.anchor import overlaps

        return [
            a
            for a in self._by_entry.get(entry.id, ())
            if a.target is not None and overlaps(a.target, entry, passage)
        ]

    def is_annotated(self, entry: Entry, passage: Passage) -> bool:
        """Does a passage carry an annotation? Remembered until the next change."""
        key = (entry.id, passage.index, passage.start_line)
        known = self._annotated.get(key)
        if known is None:
            known = self._annotated[key] = bool(self.for_passage(entry, passage))
        return known

    def annotated_lines(self, item_id: str) -> list[int]:
        """The file lines where an item's anchored quotes start, in order."""
        return sorted(
            a.target.line
            for a in self._by_item.get(item_id, ())
            if a.target is not None and a.target.line and not a.orphaned
        )

    def orphan_count(self, item_id: str) -> int:
        return sum(1 for a in self._by_item.get(item_id, ()) if a.orphaned)

    def filtered(self, corpus: Corpus | None, filters: Filters) -> list[Annotation]:
        """The annotations the filters let through, most recently changed first.

        A tag filter matches any tag that contains it, ignoring case and a leading ``#``
        (``eva`` finds ``#eval``), or whose Hangul initials hold it when it is typed as
        initials alone, as search takes them (``ㄷㅈ`` finds ``#디자인``); event and day
        need the corpus.
        """
        from summit_tui.annotate.export import day_matches, event_matches
        from summit_tui.search.hangul import choseong_key, is_choseong_query

        wanted = filters.tag.strip().lstrip("#").casefold()
        initials = "".join(wanted.split()) if is_choseong_query(wanted) else ""

        def tagged(tag: str) -> bool:
            return wanted in tag.casefold() or bool(initials and initials in choseong_key(tag))

        def keep(annotation: Annotation) -> bool:
            if filters.orphans_only and not annotation.orphaned:
                return False
            if wanted and not any(tagged(tag) for tag in annotation.tags):
                return False
            if filters.event is None and filters.day is None:
                return True
            item = corpus.item(annotation.item_id) if corpus is not None else None
            if corpus is None or item is None:
                return False
            if filters.event is not None and not event_matches(corpus, item, filters.event):
                return False
            return filters.day is None or day_matches(corpus, item, filters.day)

        chosen = [a for a in self._annotations if keep(a)]
        return sorted(chosen, key=lambda a: a.updated, reverse=True)

    # -- changes ------------------------------------------------------------------------

    def toggle_star(self, item_id: str, item: Item | None = None) -> ItemMark:
        return self._own(
            lambda: self.store.toggle_star(item_id, _info(item, self._corpus)), self._put_mark
        )

    def toggle_reviewed(self, item_id: str, item: Item | None = None) -> ItemMark:
        return self._own(
            lambda: self.store.toggle_reviewed(item_id, _info(item, self._corpus)), self._put_mark
        )

    def annotate(
        self,
        item_id: str,
        comment: str,
        tags: Iterable[str] = (),
        *,
        entry: Entry | None = None,
        passage: Passage | None = None,
        item: Item | None = None,
    ) -> Annotation:
        """A new annotation on the item, or on a passage of one of its entries (item_id ""
        with a passage: a passage in no item). ``item`` is recorded so the annotation finds
        its item again if the item's id changes."""
        target = None
        if entry is not None and passage is not None:
            from summit_tui.annotate.anchor import target_for_passage

            target = target_for_passage(entry, passage)
        return self._own(
            lambda: self.store.add(
                item_id, comment, tags=tuple(tags), target=target, item=_info(item, self._corpus)
            ),
            self._put,
        )

    def update(self, annotation_id: str, comment: str, tags: Iterable[str]) -> Annotation:
        return self._own(
            lambda: self.store.update(annotation_id, comment=comment, tags=tuple(tags)),
            self._put,
        )

    def delete(self, annotation_id: str) -> Annotation:
        return self._own(lambda: self.store.delete(annotation_id), self._put)

    def restore(self, annotation_id: str) -> Annotation:
        return self._own(lambda: self.store.restore(annotation_id), self._put)

    def corpus_loaded(self, corpus: Corpus) -> ReanchorReport:
        """Scope the session to the corpus's notes folder (its collection) and find every
        passage annotation again in it (none is dropped; a database that cannot be
        written keeps the new anchors in memory).

        It may run in a worker thread: what is held is replaced in one step at the end.
        Listeners are not told; the caller redraws once it has the report.
        """
        from summit_tui.annotate.anchor import reanchor_store
        from summit_tui.annotate.collection import attach

        with self._own_changes():  # every re-anchoring write is read back once, below
            attach(self.store, corpus)
            self._scoped = True
            report = reanchor_store(self.store, corpus)
        self._corpus = corpus
        with self._lock:
            self.refresh()
            self.attached = True
        return report

    def export(
        self,
        corpus: Corpus | None,
        folder: Path,
        annotations: Sequence[Annotation] | None = None,
    ) -> Exported:
        """Write annotations as Markdown into ``folder`` (every one when None, else the
        ones given, with the marks of their items). Raises OSError when it cannot."""
        from summit_tui.annotate.export import (
            Selection,
            default_filename,
            select,
            write_markdown,
        )
        from summit_tui.persist import write_text_atomic
        from summit_tui.places import IN_NOTES, seen_from_file

        marks = self.store.marks()
        if annotations is None:
            selection = select(self.store.annotations(), marks, corpus)
        else:
            items = {a.item_id for a in annotations}
            kept = {k: m for k, m in marks.items() if k in items and not m.empty}
            selection = Selection(tuple(annotations), kept)
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / default_filename()
        places = seen_from_file(corpus.root, path) if corpus is not None else IN_NOTES
        write_text_atomic(path, lambda out: write_markdown(out, corpus, selection, places=places))
        return Exported(path, len(selection.annotations))


def _info(item: Item | None, corpus: Corpus | None = None) -> ItemInfo | None:
    if item is None:
        return None
    from summit_tui.annotate.items import item_info

    return item_info(item, corpus)
