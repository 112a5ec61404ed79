"""The annotation store: one SQLite database (WAL) in the data dir.

Every change is one ``BEGIN IMMEDIATE`` transaction, so a process killed at any moment
leaves every committed change in place, and two processes writing at once queue on
the write lock instead of failing or losing a write. How the file is opened and
guarded (damaged, read-only, busy, full) is ``annotate/database.py``.

Annotations and marks belong to a collection: the notes folder they were made in.
``use_collection`` (annotate/collection.py finds which) scopes every read and write to
one; a store nobody scoped works on collection "" (what predates collections).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import replace
from pathlib import Path
from typing import Any, TypeVar

from summit_tui.annotate import rows
from summit_tui.annotate.database import (
    DB_NAME,
    SCHEMA_VERSION,
    Database,
    StoreBusyError,
    StoreCorruptError,
    StoreError,
    StoreFullError,
    StoreReadOnlyError,
    StoreUnavailableError,
    db_path,
)
from summit_tui.annotate.model import (
    Annotation,
    Collection,
    ItemInfo,
    ItemMark,
    MergeResult,
    Target,
    normalise_tags,
    now_iso,
    parse_time,
)

__all__ = [
    "DB_NAME",
    "SCHEMA_VERSION",
    "AnnotationStore",
    "StoreBusyError",
    "StoreCorruptError",
    "StoreError",
    "StoreFullError",
    "StoreReadOnlyError",
    "StoreUnavailableError",
    "db_path",
]

T = TypeVar("T")


class AnnotationStore:
    """Annotations and item marks. Open with ``AnnotationStore.open(data_dir)``."""

    def __init__(self, database: Database) -> None:
        self._database = database
        self.path = database.path
        self.collection = ""  # the collection every read and write is scoped to
        self._listeners: list[Callable[[], None]] = []
        self._seen_version: int | None = None
        # Re-anchoring and re-filing worked out for a store that cannot be written.
        self._derived: dict[str, dict[str, Any]] = {}
        self._derived_marks: dict[str, ItemMark | None] = {}  # None: moved away

    # -- opening ---------------------------------------------------------------

    @classmethod
    def open(
        cls,
        data_dir: Path | str,
        *,
        read_only: bool = False,
        on_wait: Callable[[str], None] | None = None,
    ) -> AnnotationStore:
        """Open (creating when absent) the database in ``data_dir``.

        Raises StoreCorruptError for a file that is not ours and StoreUnavailableError
        when the folder or file cannot be used at all. A damaged file, or one that
        cannot be written, opens for reading: see ``read_only`` and ``damage``.
        ``on_wait`` hears (once) when a write has to wait for another process's lock.
        """
        return cls(Database.open(data_dir, read_only=read_only, on_wait=on_wait))

    @property
    def read_only(self) -> str | None:
        """Why nothing can be written (damaged, read-only file or folder), or None."""
        return self._database.read_only

    @property
    def damage(self) -> str | None:
        """What SQLite's quick_check found wrong at open, or None."""
        return self._database.damage

    @property
    def damaged_copy(self) -> Path | None:
        """Where the damaged file was copied to, when it is damaged."""
        return self._database.copy

    @property
    def unreadable(self) -> int:
        """Rows that could not be read back from damaged pages (at most)."""
        return self._database.unreadable

    @property
    def schema_version(self) -> int:
        return self._database.version

    def close(self) -> None:
        self._database.close()

    def __enter__(self) -> AnnotationStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- change notification (the app redraws marks and highlights) --------------

    def subscribe(self, listener: Callable[[], None]) -> None:
        self._listeners.append(listener)

    def unsubscribe(self, listener: Callable[[], None]) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def data_version(self) -> int:
        """Changes when another connection (another app instance) commits."""
        row = self._read(lambda db: db.execute("PRAGMA data_version").fetchone())
        return int(row[0])

    def reload_if_changed_elsewhere(self) -> bool:
        """Tell listeners when another process wrote since the last check."""
        version = self.data_version()
        changed = self._seen_version is not None and version != self._seen_version
        self._seen_version = version
        if changed:
            self._notify()
        return changed

    def _notify(self) -> None:
        for listener in list(self._listeners):
            listener()

    # -- reading and writing -----------------------------------------------------

    def _write(self, change: Callable[[sqlite3.Connection], T], *, notify: bool = True) -> T:
        result = self._database.write(change)
        if notify:
            self._notify()
        return result

    def _read(self, query: Callable[[sqlite3.Connection], T]) -> T:
        return self._database.read(query)

    @property
    def _version(self) -> int:
        return self._database.version

    def _select(
        self, table: str, columns: str, where: str, params: tuple[Any, ...], order: str = ""
    ) -> list[Any]:
        """Rows of ``table``; from a damaged file, every row that can still be read."""
        if self._version == 0:
            return []
        if self._database.damage is not None:
            found = self._read(lambda _db: self._database.salvage(table, columns, where, params))
            return found
        sql = f"SELECT {columns} FROM {table}" + (f" WHERE {where}" if where else "") + order
        return self._read(lambda db: db.execute(sql, params).fetchall())

    # -- collections -------------------------------------------------------------

    def use_collection(self, collection_id: str) -> None:
        """Scope every later read and write to this collection."""
        self.collection = collection_id

    def collections(self) -> list[Collection]:
        if self._version < 2:
            return []
        found = self._select(
            "collections", "id, name, path, notes, created, seen", "", (), " ORDER BY created"
        )
        return [Collection(r[0], r[1], r[2], bytes(r[3] or b""), r[4], r[5]) for r in found]

    def save_collection(self, collection: Collection) -> None:
        self._write(
            lambda db: db.execute(
                "INSERT OR REPLACE INTO collections (id, name, path, notes, created, seen) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (
                    collection.id,
                    collection.name,
                    collection.path,
                    collection.notes,
                    collection.created,
                    collection.seen,
                ),
            ),
            notify=False,
        )

    def legacy(self) -> tuple[list[Annotation], list[ItemMark]]:
        """What belongs to no collection yet (made before collections existed)."""
        saved = self.collection
        self.collection = ""
        try:
            return self.annotations(include_deleted=True), list(self.marks().values())
        finally:
            self.collection = saved

    def adopt(self, collection_id: str, annotation_ids: Iterable[str], item_ids: Iterable[str]):
        """Move annotations and marks that belong to no collection into one."""
        ids = list(annotation_ids)
        items = list(item_ids)
        if not ids and not items:
            return

        def change(db: sqlite3.Connection) -> None:
            for annotation_id in ids:
                db.execute(
                    "UPDATE annotations SET collection = ? WHERE id = ? AND collection = ''",
                    (collection_id, annotation_id),
                )
            for item_id in items:
                db.execute(
                    "UPDATE OR IGNORE marks SET collection = ? WHERE item_id = ? "
                    "AND collection = ''",
                    (collection_id, item_id),
                )

        self._write(change)

    # -- annotations -----------------------------------------------------------

    def add(
        self,
        item_id: str,
        comment: str = "",
        *,
        tags: Iterable[str] = (),
        label: str | None = None,
        target: Target | None = None,
        item: ItemInfo | None = None,
    ) -> Annotation:
        """A new annotation on an item ("" with a target: a passage that is in no item)."""
        if not item_id and target is None:
            raise ValueError("an annotation on no item must quote a passage")
        stamp = now_iso()
        annotation = Annotation(
            id=_new_id(),
            item_id=item_id,
            comment=comment,
            tags=normalise_tags(tags),
            label=label or None,
            created=stamp,
            updated=stamp,
            target=target,
            item=item or ItemInfo(),
            collection=self.collection,
        )
        self._write(lambda db: rows.insert(db, annotation))
        return annotation

    def update(
        self,
        annotation_id: str,
        *,
        comment: str | None = None,
        tags: Iterable[str] | None = None,
        label: str | None = None,
    ) -> Annotation:
        """Edit what the user wrote; bumps ``updated``."""

        def change(db: sqlite3.Connection) -> Annotation:
            current = rows.get(db, annotation_id)
            if current is None:
                raise KeyError(annotation_id)
            new = current.with_changes(
                comment=current.comment if comment is None else comment,
                tags=current.tags if tags is None else normalise_tags(tags),
                label=current.label if label is None else (label or None),
                updated=now_iso(),
            )
            rows.insert(db, new, replace=True)
            return new

        return self._with_derived(self._write(change))

    def set_anchor(self, annotation_id: str, target: Target | None, orphaned: bool) -> None:
        """Re-anchoring result; not a user edit, so ``updated`` stays."""
        self.set_anchors([(annotation_id, target, orphaned)])

    def set_anchors(self, changes: Iterable[tuple[str, Target | None, bool]]) -> None:
        """Many re-anchoring results in one transaction.

        They are not the user's writing but worked out from the notes, so a store that
        cannot be written keeps them in memory: reads then show where annotations are now.
        """
        pending = list(changes)
        if not pending:
            return

        def remember() -> None:
            for annotation_id, target, orphaned in pending:
                self._derived[annotation_id] = {"target": target, "orphaned": orphaned}

        def change(db: sqlite3.Connection) -> None:
            for annotation_id, target, orphaned in pending:
                current = rows.get(db, annotation_id)
                if current is not None:
                    new = current.with_changes(target=target, orphaned=orphaned)
                    rows.insert(db, new, replace=True)

        self._save_derived(change, remember)

    def _save_derived(
        self, change: Callable[[sqlite3.Connection], None], remember: Callable[[], None]
    ) -> None:
        """Save what was worked out from the notes; when the store cannot be written, or
        another process holds the lock past the wait, keep it in memory (saved next time)."""
        if self.read_only is None:
            try:
                self._write(change)
                return
            except StoreBusyError:
                pass
        remember()

    def move_to_items(self, changes: Iterable[tuple[str, str, ItemInfo]]) -> None:
        """Re-file annotations under the item they belong to now (its id changed);
        in memory only when the store cannot be written (see ``set_anchors``)."""
        pending = list(changes)
        if not pending:
            return

        def remember() -> None:
            for annotation_id, item_id, info in pending:
                self._derived.setdefault(annotation_id, {}).update(item_id=item_id, item=info)

        def change(db: sqlite3.Connection) -> None:
            for annotation_id, item_id, info in pending:
                current = rows.get(db, annotation_id)
                if current is not None:
                    rows.insert(db, current.with_changes(item_id=item_id, item=info), replace=True)

        self._save_derived(change, remember)

    def record_items(
        self,
        annotations: Iterable[tuple[str, str, ItemInfo]],
        marks: Iterable[tuple[str, ItemInfo]],
    ) -> None:
        """Record what annotations (id, item id, info) and marks (item id, info) know of
        their item, in one transaction. Only that changes: not the text, the times or the
        order; an annotation re-filed meanwhile (another item id) is left as it is. What
        cannot be saved is not kept: it is a hint worked out again on the next load."""
        pending, pending_marks = list(annotations), list(marks)
        if not pending and not pending_marks:
            return

        def change(db: sqlite3.Connection) -> None:
            for annotation_id, item_id, info in pending:
                current = rows.get(db, annotation_id)
                if current is not None and current.item_id == item_id:
                    rows.insert(db, current.with_changes(item=info), replace=True)
            for item_id, info in pending_marks:
                mark = rows.get_mark(db, self.collection, item_id)
                if mark is not None:
                    rows.put_mark(db, self.collection, replace(mark, item=info))

        self._save_derived(change, lambda: None)

    def move_marks(self, changes: Iterable[tuple[str, str, ItemInfo]]) -> None:
        """Re-file marks under the item they belong to now; a mark already there wins
        (in memory only when the store cannot be written, see ``set_anchors``)."""
        pending = list(changes)
        if not pending:
            return

        def remember() -> None:
            current = self.marks()
            for old_id, new_id, info in pending:
                mark = current.get(old_id)
                if mark is not None and new_id not in current:
                    moved = ItemMark(new_id, mark.starred, mark.reviewed, mark.updated, info)
                    self._derived_marks[new_id] = moved
                self._derived_marks[old_id] = None

        def change(db: sqlite3.Connection) -> None:
            for old_id, new_id, info in pending:
                mark = rows.get_mark(db, self.collection, old_id)
                if mark is None:
                    continue
                if rows.get_mark(db, self.collection, new_id) is None:
                    moved = ItemMark(new_id, mark.starred, mark.reviewed, mark.updated, info)
                    rows.put_mark(db, self.collection, moved)
                db.execute(
                    "DELETE FROM marks WHERE collection = ? AND item_id = ?",
                    (self.collection, old_id),
                )

        self._save_derived(change, remember)

    def delete(self, annotation_id: str) -> Annotation:
        """Soft delete: hidden everywhere, but ``restore`` brings it back."""
        return self._set_deleted(annotation_id, now_iso())

    def restore(self, annotation_id: str) -> Annotation:
        return self._set_deleted(annotation_id, None)

    def _set_deleted(self, annotation_id: str, deleted: str | None) -> Annotation:
        def change(db: sqlite3.Connection) -> Annotation:
            current = rows.get(db, annotation_id)
            if current is None:
                raise KeyError(annotation_id)
            new = current.with_changes(deleted=deleted, updated=now_iso())
            rows.insert(db, new, replace=True)
            return new

        return self._with_derived(self._write(change))

    def get(self, annotation_id: str) -> Annotation | None:
        found = self._select(
            "annotations",
            rows.annotation_columns(self._version),
            "id = ?",
            (annotation_id,),
        )
        return self._with_derived(rows.annotation_from_row(found[0])) if found else None

    def annotations(
        self, item_id: str | None = None, *, include_deleted: bool = False
    ) -> list[Annotation]:
        """This collection's annotations in the order they were made."""
        where = [f"{rows.collection_column(self._version)} = ?"]
        params: list[Any] = [self.collection]
        if item_id is not None and not self._derived:
            where.append("item_id = ?")
            params.append(item_id)
        if not include_deleted:
            where.append("deleted IS NULL")
        found = self._select(
            "annotations",
            rows.annotation_columns(self._version),
            " AND ".join(where),
            tuple(params),
            " ORDER BY created, id",
        )
        result = [self._with_derived(rows.annotation_from_row(row)) for row in found]
        if item_id is not None and self._derived:
            result = [a for a in result if a.item_id == item_id]
        if self._database.damage is not None:  # salvaged rows come in rowid order
            result.sort(key=lambda a: (a.created, a.id))
        return result

    def _with_derived(self, annotation: Annotation) -> Annotation:
        derived = self._derived.get(annotation.id)
        return annotation.with_changes(**derived) if derived else annotation

    def count(self) -> int:
        return len(self.annotations())

    # -- marks -----------------------------------------------------------------

    def marks(self) -> dict[str, ItemMark]:
        found = self._select(
            "marks",
            rows.mark_columns(self._version),
            f"{rows.collection_column(self._version)} = ?",
            (self.collection,),
        )
        marks = {row[0]: rows.mark_from_row(row) for row in found}
        for item_id, mark in self._derived_marks.items():
            if mark is None:
                marks.pop(item_id, None)
            else:
                marks[item_id] = mark
        return marks

    def mark(self, item_id: str) -> ItemMark:
        found = self._select(
            "marks",
            rows.mark_columns(self._version),
            f"{rows.collection_column(self._version)} = ? AND item_id = ?",
            (self.collection, item_id),
        )
        if item_id in self._derived_marks:
            return self._derived_marks[item_id] or ItemMark(item_id, updated="")
        return rows.mark_from_row(found[0]) if found else ItemMark(item_id, updated="")

    def set_mark(
        self,
        item_id: str,
        *,
        starred: bool | None = None,
        reviewed: bool | None = None,
        item: ItemInfo | None = None,
    ) -> ItemMark:
        def change(db: sqlite3.Connection) -> ItemMark:
            current = rows.get_mark(db, self.collection, item_id) or ItemMark(item_id)
            new = ItemMark(
                item_id,
                starred=current.starred if starred is None else starred,
                reviewed=current.reviewed if reviewed is None else reviewed,
                updated=now_iso(),
                item=item or current.item,
            )
            rows.put_mark(db, self.collection, new)
            return new

        return self._write(change)

    def toggle_star(self, item_id: str, item: ItemInfo | None = None) -> ItemMark:
        def change(db: sqlite3.Connection) -> ItemMark:
            current = rows.get_mark(db, self.collection, item_id) or ItemMark(item_id)
            return self._put_toggled(db, current, item, starred=not current.starred)

        return self._write(change)

    def toggle_reviewed(self, item_id: str, item: ItemInfo | None = None) -> ItemMark:
        def change(db: sqlite3.Connection) -> ItemMark:
            current = rows.get_mark(db, self.collection, item_id) or ItemMark(item_id)
            return self._put_toggled(db, current, item, reviewed=not current.reviewed)

        return self._write(change)

    def _put_toggled(
        self, db: sqlite3.Connection, current: ItemMark, item: ItemInfo | None, **flags: bool
    ) -> ItemMark:
        new = ItemMark(
            current.item_id,
            starred=flags.get("starred", current.starred),
            reviewed=flags.get("reviewed", current.reviewed),
            updated=now_iso(),
            item=item or current.item,
        )
        rows.put_mark(db, self.collection, new)
        return new

    # -- merge (import) --------------------------------------------------------

    def merge(self, annotations: Iterable[Annotation], marks: Iterable[ItemMark]) -> MergeResult:
        """Merge by id in one transaction: new ones are added, a newer ``updated`` wins.

        The same id and time with different text is a conflict: what is here stays, and
        the imported one is added as a new annotation whose ``conflict_of`` names it
        (once: importing the same file again adds nothing).
        """
        incoming = list(annotations)
        incoming_marks = list(marks)

        def change(db: sqlite3.Connection) -> MergeResult:
            added = updated = unchanged = marks_changed = conflicts = 0
            for annotation in incoming:
                current = rows.get(db, annotation.id)
                if current is not None and current.collection not in ("", self.collection):
                    # Made in another notes folder (a copy of this one, say): carried over
                    # as this folder's own, under an id made from both, so importing the
                    # file again finds it here rather than adding it twice.
                    annotation = annotation.with_changes(
                        id=_carried_id(annotation.id, self.collection)
                    )
                    current = rows.get(db, annotation.id)
                if current is None:
                    rows.insert(db, annotation.with_changes(collection=self.collection))
                    added += 1
                    continue
                theirs, ours = parse_time(annotation.updated), parse_time(current.updated)
                if theirs > ours:
                    moved = annotation.with_changes(collection=current.collection)
                    rows.insert(db, moved, replace=True)
                    updated += 1
                elif theirs == ours and not annotation.same_content(current):
                    if _conflict_copy_exists(db, annotation):
                        unchanged += 1
                        continue
                    copy = annotation.with_changes(
                        id=_new_id(),
                        collection=current.collection,
                        conflict_of=current.id,
                    )
                    rows.insert(db, copy)
                    conflicts += 1
                else:
                    unchanged += 1
            for mark in incoming_marks:
                current_mark = rows.get_mark(db, self.collection, mark.item_id)
                if current_mark is None or parse_time(mark.updated) > parse_time(
                    current_mark.updated
                ):
                    if current_mark is None or (
                        (current_mark.starred, current_mark.reviewed)
                        != (mark.starred, mark.reviewed)
                    ):
                        marks_changed += 1
                    rows.put_mark(db, self.collection, mark)
            return MergeResult(added, updated, unchanged, marks_changed, conflicts)

        return self._write(change)


def _conflict_copy_exists(db: sqlite3.Connection, annotation: Annotation) -> bool:
    found = db.execute(
        f"SELECT {rows.ANNOTATION_NAMES} FROM annotations WHERE conflict_of = ?",
        (annotation.id,),
    ).fetchall()
    return any(
        rows.annotation_from_row(row).same_content(annotation)
        and rows.annotation_from_row(row).updated == annotation.updated
        for row in found
    )


def _carried_id(annotation_id: str, collection: str) -> str:
    """The id an annotation made in another collection has once imported into this one."""
    import hashlib

    return hashlib.blake2b(f"{annotation_id}|{collection}".encode(), digest_size=16).hexdigest()


def _new_id() -> str:
    """A new annotation's id (uuid4 hex); the module is imported only when one is made:
    it costs every command that only reads the store about 2 ms."""
    import uuid

    return uuid.uuid4().hex
