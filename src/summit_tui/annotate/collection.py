"""Which collection a notes folder is: annotations belong to the folder they were made in.

Nothing is ever written into the notes folder, so a folder is known by what can be seen
from outside it, the way a photo library or a sync tool finds a folder it knew:

1. its path: the folder this collection was last opened from;
2. failing that, its notes: when a collection's folder is gone (moved, renamed) or no
   longer holds its notes, a folder holding at least half of the notes it held (the
   same path inside the folder and the same title) is that collection moved, and the
   path is updated;
3. otherwise it is a new collection.

So a second notes folder never sees, re-anchors or orphans the first one's annotations,
even when their item ids are the same; moving or renaming a folder keeps them; a copy
left beside the original starts a collection of its own (carry annotations over with
``export --format json`` and ``import``). Annotations made before collections existed
(collection "") are adopted by the first folder that holds their notes or items.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from summit_tui.annotate.database import StoreBusyError
from summit_tui.annotate.model import Collection, now_iso

if TYPE_CHECKING:
    from summit_tui.annotate.store import AnnotationStore
    from summit_tui.corpus.model import Corpus

SAME_NOTES = 0.5  # share of a collection's notes a moved folder must still hold
_MAX_LISTED = 100_000  # notes listed when checking whether an old folder still holds its own


@dataclass(frozen=True, slots=True)
class Choice:
    collection: Collection
    how: str  # "known" (same folder), "moved" (found by its notes), "new"
    moved_from: str | None = None
    adopted: int = 0  # annotations and marks from before collections taken in

    def describe(self) -> str:
        """One line for `locate` and the stderr of commands."""
        short = self.collection.id[:8] or "(none)"
        if self.how == "moved":
            return (
                f"collection {short}: this notes folder moved from {self.moved_from}; "
                "its annotations moved with it"
            )
        if self.how == "new":
            return f"collection {short}: new for this notes folder"
        return f"collection {short}: known by this folder's path"


def _digest(text: str) -> bytes:
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=8).digest()


def fingerprint(notes: Iterable[tuple[str, str]]) -> bytes:
    """For each (relative path, title) of a note, 16 bytes: a digest of the path, then
    of path and title; sorted."""
    records = {_digest(path) + _digest(f"{path}\0{title}") for path, title in notes}
    return b"".join(sorted(records))


def _records(notes: bytes) -> list[bytes]:
    return [notes[i : i + 16] for i in range(0, len(notes) - 15, 16)]


def _share_held(collection: Collection, held: set[bytes], *, by_path: bool = False) -> float:
    """How much of what the collection knew is in ``held`` (notes, or only their paths)."""
    known = {r[:8] if by_path else r[8:] for r in _records(collection.notes)}
    return len(known & held) / len(known) if known else 0.0


def _paths_in(folder: str) -> set[bytes] | None:
    """Digests of the note paths in a folder now (None when it is no folder), bounded."""
    from summit_tui.corpus.loader import discover_files

    if not os.path.isdir(folder):
        return None
    found, _ = discover_files(Path(folder))
    return {_digest(path) for path, _ in found[:_MAX_LISTED]}


def resolve(
    collections: Iterable[Collection], root: Path | str, notes: Iterable[tuple[str, str]]
) -> Choice:
    """The collection a notes folder is (see the module docstring), given its notes as
    (relative path, title) pairs; nothing is written."""
    where = str(Path(root).expanduser().resolve())
    prints = fingerprint(notes)
    held = {r[8:] for r in _records(prints)}
    known = [c for c in collections if c.id]
    for collection in known:
        if collection.path == where:
            return Choice(replace(collection, notes=prints or collection.notes), "known")
    best: tuple[float, str, Collection] | None = None
    for collection in known:
        share = _share_held(collection, held)
        if share < SAME_NOTES or collection.path is None:
            continue
        there = _paths_in(collection.path)
        if there is not None and _share_held(collection, there, by_path=True) >= SAME_NOTES:
            continue  # its own folder still holds its notes: this one is a copy
        if best is None or (share, collection.seen) > best[:2]:
            best = (share, collection.seen, collection)
    if best is not None:
        moved = best[2]
        return Choice(replace(moved, path=where, notes=prints, seen=now_iso()), "moved", moved.path)
    name = Path(where).name or where
    import uuid  # only for a new collection: the module costs every command ~2 ms

    return Choice(Collection(uuid.uuid4().hex, name, where, prints), "new")


def attach(store: AnnotationStore, corpus: Corpus) -> Choice:
    """Scope ``store`` to the collection of the corpus's notes folder, recording it.

    A store that cannot be written (damaged, read-only) is scoped without recording:
    a folder it does not know then shows what predates collections.
    """
    note_paths = [note.path for note in corpus.notes]
    choice = resolve(store.collections(), corpus.root, ((n.path, n.title) for n in corpus.notes))
    collection = choice.collection
    if store.read_only is not None:
        store.use_collection(collection.id if choice.how != "new" else "")
        return choice
    store.use_collection(collection.id)
    try:
        known = {c.id: c for c in store.collections()}
        if known.get(collection.id) != collection:
            store.save_collection(collection)
        items = {i.id for i in corpus.items()}
        adopted = _adopt_legacy(store, collection.id, set(note_paths), items)
    except StoreBusyError:  # another process is saving: recorded the next time
        return choice
    return replace(choice, adopted=adopted) if adopted else choice


def _adopt_legacy(
    store: AnnotationStore, collection_id: str, note_paths: set[str], item_ids: set[str]
) -> int:
    """Take in what predates collections and fits this folder (its notes, its items)."""
    annotations, marks = store.legacy()
    if not annotations and not marks:
        return 0
    taken = [
        a.id
        for a in annotations
        if (a.target is not None and a.target.note in note_paths) or a.item_id in item_ids
    ]
    taken_marks = [m.item_id for m in marks if m.item_id in item_ids]
    store.adopt(collection_id, taken, taken_marks)
    return len(taken) + len(taken_marks)
