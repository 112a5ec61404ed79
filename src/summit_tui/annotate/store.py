"""The annotation store: one SQLite database (WAL) in the data dir.

Every change is one ``BEGIN IMMEDIATE`` transaction, so a process killed at any moment
leaves every committed change in place, and two processes writing at once queue on
the write lock (busy timeout, then a few retries) instead of failing or losing a write.
The store never deletes or rewrites a database it cannot read: it raises a
``StoreCorruptError`` naming the file and leaves the bytes alone.
"""

from __future__ import annotations

import json
import os
import sqlite3
import threading
import time
import uuid
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

from summit_tui.annotate.model import (
    Annotation,
    ItemMark,
    MergeResult,
    Target,
    normalise_tags,
    now_iso,
    parse_time,
)

DB_NAME = "annotations.sqlite3"
SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_S = 10.0
RETRIES = 8

T = TypeVar("T")

# Each migration takes the schema from version N-1 to N. Never edit a released one:
# add a new step, so every database ever written can still be opened.
MIGRATIONS: tuple[tuple[str, ...], ...] = (
    (
        """CREATE TABLE annotations (
            id TEXT PRIMARY KEY,
            item_id TEXT NOT NULL,
            comment TEXT NOT NULL DEFAULT '',
            tags TEXT NOT NULL DEFAULT '[]',
            label TEXT,
            created TEXT NOT NULL,
            updated TEXT NOT NULL,
            entry_id TEXT,
            note_path TEXT,
            author TEXT,
            exact TEXT,
            prefix TEXT,
            suffix TEXT,
            pos_start INTEGER,
            pos_end INTEGER,
            line INTEGER,
            orphaned INTEGER NOT NULL DEFAULT 0,
            deleted TEXT
        )""",
        "CREATE INDEX annotations_item ON annotations (item_id)",
        """CREATE TABLE marks (
            item_id TEXT PRIMARY KEY,
            starred INTEGER NOT NULL DEFAULT 0,
            reviewed INTEGER NOT NULL DEFAULT 0,
            updated TEXT NOT NULL
        )""",
    ),
)
SCHEMA_VERSION = len(MIGRATIONS)


class StoreError(Exception):
    """The annotations cannot be used; the message says which file and why."""

    def __init__(self, message: str, path: Path | None = None) -> None:
        super().__init__(message)
        self.path = path


class StoreCorruptError(StoreError):
    """The database file exists but is not a (readable) SQLite database."""


class StoreUnavailableError(StoreError):
    """The data dir or database cannot be created, opened or written (permissions, disk)."""


def db_path(data_dir: Path) -> Path:
    return Path(data_dir) / DB_NAME


def _is_busy(error: sqlite3.Error) -> bool:
    text = str(error).lower()
    return "locked" in text or "busy" in text


def _corrupt(path: Path, reason: str) -> StoreCorruptError:
    return StoreCorruptError(
        f"{path} is not a summit-tui annotations database ({reason}). "
        "It was left untouched; move it aside to start a new one, "
        "or restore a backup with `summit-tui import`.",
        path,
    )


class AnnotationStore:
    """Annotations and item marks. Open with ``AnnotationStore.open(data_dir)``."""

    def __init__(self, connection: sqlite3.Connection, path: Path) -> None:
        self._db = connection
        self.path = path
        self._lock = threading.RLock()  # one connection, maybe used from a worker thread
        self._listeners: list[Callable[[], None]] = []
        self._seen_version: int | None = None

    # -- opening ---------------------------------------------------------------

    @classmethod
    def open(cls, data_dir: Path | str) -> AnnotationStore:
        """Open (creating when absent) the database in ``data_dir``.

        Raises StoreCorruptError for a file that is not a database and
        StoreUnavailableError when the folder or file cannot be used.
        """
        folder = Path(data_dir).expanduser()
        path = db_path(folder)
        if path.exists() or path.is_symlink():
            _check_header(path)
        else:
            try:
                folder.mkdir(parents=True, exist_ok=True)
            except OSError as error:
                raise StoreUnavailableError(
                    f"cannot create the annotations folder {folder}: {error.strerror or error}",
                    path,
                ) from None
            if not os.access(folder, os.W_OK | os.X_OK):
                raise StoreUnavailableError(
                    f"cannot create {path}: the folder {folder} is not writable", path
                )
        try:
            connection = sqlite3.connect(
                path, timeout=BUSY_TIMEOUT_S, isolation_level=None, check_same_thread=False
            )
        except sqlite3.Error as error:
            raise StoreUnavailableError(f"cannot open {path}: {error}", path) from None
        store = cls(connection, path)
        try:
            store._setup()
        except StoreError:
            connection.close()
            raise
        except sqlite3.DatabaseError as error:
            connection.close()
            if isinstance(error, sqlite3.OperationalError) and not _is_busy(error):
                raise StoreUnavailableError(_unavailable(path, error), path) from None
            if isinstance(error, sqlite3.OperationalError):
                raise StoreUnavailableError(
                    f"{path} stayed locked by another process: {error}", path
                ) from None
            raise _corrupt(path, str(error)) from None
        return store

    def _setup(self) -> None:
        db = self._db
        # Read and judge the schema before anything is written (even the WAL switch),
        # so a damaged or foreign file is refused byte-for-byte untouched.
        names = _retry(lambda: {name for (name,) in db.execute("SELECT name FROM sqlite_master")})
        if "schema_version" in names:
            self._check_version(db)
        elif names:
            raise _corrupt(self.path, "it holds tables summit-tui did not create")
        mode = _retry(lambda: db.execute("PRAGMA journal_mode=WAL").fetchone())
        if mode is None or str(mode[0]).lower() != "wal":
            raise StoreUnavailableError(
                f"cannot switch {self.path} to WAL mode (got {mode and mode[0]})", self.path
            )
        db.execute("PRAGMA synchronous=FULL")
        db.execute("PRAGMA foreign_keys=ON")
        self._migrate()

    def _migrate(self) -> None:
        def step(db: sqlite3.Connection) -> None:
            db.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
            current = self._check_version(db)
            known = {name for (name,) in db.execute("SELECT name FROM sqlite_master")}
            if current == 0 and known - {"schema_version"}:
                raise _corrupt(self.path, "it holds tables summit-tui did not create")
            for version in range(current + 1, SCHEMA_VERSION + 1):
                for statement in MIGRATIONS[version - 1]:
                    db.execute(statement)
                db.execute("INSERT INTO schema_version (version) VALUES (?)", (version,))

        self._write(step, notify=False)

    def _check_version(self, db: sqlite3.Connection) -> int:
        row = db.execute("SELECT max(version) FROM schema_version").fetchone()
        current = int(row[0] or 0)
        if current > SCHEMA_VERSION:
            raise StoreUnavailableError(
                f"{self.path} was written by a newer summit-tui (schema {current}, "
                f"this one knows {SCHEMA_VERSION}); it was left untouched",
                self.path,
            )
        return current

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def __enter__(self) -> AnnotationStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

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
            for listener in list(self._listeners):
                listener()
        return changed

    @property
    def schema_version(self) -> int:
        row = self._db.execute("SELECT max(version) FROM schema_version").fetchone()
        return int(row[0] or 0)

    # -- change notification (the app redraws marks and highlights) --------------

    def subscribe(self, listener: Callable[[], None]) -> None:
        self._listeners.append(listener)

    def unsubscribe(self, listener: Callable[[], None]) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    # -- transactions ----------------------------------------------------------

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        self._db.execute("BEGIN IMMEDIATE")
        try:
            yield self._db
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        self._db.execute("COMMIT")

    def _write(self, change: Callable[[sqlite3.Connection], T], *, notify: bool = True) -> T:
        def attempt() -> T:
            with self._transaction() as db:
                return change(db)

        with self._lock:
            try:
                result = _retry(attempt)
            except sqlite3.OperationalError as error:
                raise StoreUnavailableError(_unavailable(self.path, error), self.path) from None
            except sqlite3.DatabaseError as error:
                raise _corrupt(self.path, str(error)) from None
        if notify:
            for listener in list(self._listeners):
                listener()
        return result

    def _read(self, query: Callable[[sqlite3.Connection], T]) -> T:
        with self._lock:
            try:
                return _retry(lambda: query(self._db))
            except sqlite3.OperationalError as error:
                raise StoreUnavailableError(_unavailable(self.path, error), self.path) from None
            except sqlite3.DatabaseError as error:
                raise _corrupt(self.path, str(error)) from None

    # -- annotations -----------------------------------------------------------

    def add(
        self,
        item_id: str,
        comment: str = "",
        *,
        tags: Iterable[str] = (),
        label: str | None = None,
        target: Target | None = None,
    ) -> Annotation:
        stamp = now_iso()
        annotation = Annotation(
            id=uuid.uuid4().hex,
            item_id=item_id,
            comment=comment,
            tags=normalise_tags(tags),
            label=label or None,
            created=stamp,
            updated=stamp,
            target=target,
        )
        self._write(lambda db: _insert(db, annotation))
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
            current = _get(db, annotation_id)
            if current is None:
                raise KeyError(annotation_id)
            new = current.with_changes(
                comment=current.comment if comment is None else comment,
                tags=current.tags if tags is None else normalise_tags(tags),
                label=current.label if label is None else (label or None),
                updated=now_iso(),
            )
            _replace(db, new)
            return new

        return self._write(change)

    def set_anchor(self, annotation_id: str, target: Target | None, orphaned: bool) -> None:
        """Re-anchoring result; not a user edit, so ``updated`` stays."""

        def change(db: sqlite3.Connection) -> None:
            current = _get(db, annotation_id)
            if current is not None:
                _replace(db, current.with_changes(target=target, orphaned=orphaned))

        self._write(change)

    def set_anchors(self, changes: Iterable[tuple[str, Target | None, bool]]) -> None:
        """Many re-anchoring results in one transaction."""
        pending = list(changes)
        if not pending:
            return

        def change(db: sqlite3.Connection) -> None:
            for annotation_id, target, orphaned in pending:
                current = _get(db, annotation_id)
                if current is not None:
                    _replace(db, current.with_changes(target=target, orphaned=orphaned))

        self._write(change)

    def delete(self, annotation_id: str) -> Annotation:
        """Soft delete: hidden everywhere, but ``restore`` brings it back."""
        return self._set_deleted(annotation_id, now_iso())

    def restore(self, annotation_id: str) -> Annotation:
        return self._set_deleted(annotation_id, None)

    def _set_deleted(self, annotation_id: str, deleted: str | None) -> Annotation:
        def change(db: sqlite3.Connection) -> Annotation:
            current = _get(db, annotation_id)
            if current is None:
                raise KeyError(annotation_id)
            new = current.with_changes(deleted=deleted, updated=now_iso())
            _replace(db, new)
            return new

        return self._write(change)

    def get(self, annotation_id: str) -> Annotation | None:
        return self._read(lambda db: _get(db, annotation_id))

    def annotations(
        self, item_id: str | None = None, *, include_deleted: bool = False
    ) -> list[Annotation]:
        """Annotations in the order they were made."""
        where = []
        params: list[Any] = []
        if item_id is not None:
            where.append("item_id = ?")
            params.append(item_id)
        if not include_deleted:
            where.append("deleted IS NULL")
        sql = f"SELECT {_COLUMNS} FROM annotations"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY created, id"
        return self._read(lambda db: [_from_row(row) for row in db.execute(sql, params)])

    def count(self) -> int:
        row = self._read(
            lambda db: db.execute(
                "SELECT count(*) FROM annotations WHERE deleted IS NULL"
            ).fetchone()
        )
        return int(row[0])

    # -- marks -----------------------------------------------------------------

    def marks(self) -> dict[str, ItemMark]:
        rows = self._read(
            lambda db: db.execute(
                "SELECT item_id, starred, reviewed, updated FROM marks"
            ).fetchall()
        )
        return {row[0]: _mark_from_row(row) for row in rows}

    def mark(self, item_id: str) -> ItemMark:
        row = self._read(
            lambda db: db.execute(
                "SELECT item_id, starred, reviewed, updated FROM marks WHERE item_id = ?",
                (item_id,),
            ).fetchone()
        )
        return _mark_from_row(row) if row else ItemMark(item_id, updated="")

    def set_mark(
        self, item_id: str, *, starred: bool | None = None, reviewed: bool | None = None
    ) -> ItemMark:
        def change(db: sqlite3.Connection) -> ItemMark:
            row = db.execute(
                "SELECT item_id, starred, reviewed, updated FROM marks WHERE item_id = ?",
                (item_id,),
            ).fetchone()
            current = _mark_from_row(row) if row else ItemMark(item_id)
            new = ItemMark(
                item_id,
                starred=current.starred if starred is None else starred,
                reviewed=current.reviewed if reviewed is None else reviewed,
                updated=now_iso(),
            )
            _put_mark(db, new)
            return new

        return self._write(change)

    def toggle_star(self, item_id: str) -> ItemMark:
        def change(db: sqlite3.Connection) -> ItemMark:
            row = db.execute("SELECT starred FROM marks WHERE item_id = ?", (item_id,)).fetchone()
            return _toggle(db, item_id, starred=not (row and row[0]))

        return self._write(change)

    def toggle_reviewed(self, item_id: str) -> ItemMark:
        def change(db: sqlite3.Connection) -> ItemMark:
            row = db.execute("SELECT reviewed FROM marks WHERE item_id = ?", (item_id,)).fetchone()
            return _toggle(db, item_id, reviewed=not (row and row[0]))

        return self._write(change)

    # -- merge (import) --------------------------------------------------------

    def merge(self, annotations: Iterable[Annotation], marks: Iterable[ItemMark]) -> MergeResult:
        """Merge by id in one transaction: new ones are added, a newer ``updated`` wins."""
        incoming = list(annotations)
        incoming_marks = list(marks)

        def change(db: sqlite3.Connection) -> MergeResult:
            added = updated = unchanged = marks_changed = 0
            for annotation in incoming:
                current = _get(db, annotation.id)
                if current is None:
                    _insert(db, annotation)
                    added += 1
                elif parse_time(annotation.updated) > parse_time(current.updated):
                    _replace(db, annotation)
                    updated += 1
                else:
                    unchanged += 1
            for mark in incoming_marks:
                row = db.execute(
                    "SELECT item_id, starred, reviewed, updated FROM marks WHERE item_id = ?",
                    (mark.item_id,),
                ).fetchone()
                current_mark = _mark_from_row(row) if row else None
                if current_mark is None or parse_time(mark.updated) > parse_time(
                    current_mark.updated
                ):
                    if current_mark is None or (
                        (current_mark.starred, current_mark.reviewed)
                        != (mark.starred, mark.reviewed)
                    ):
                        marks_changed += 1
                    _put_mark(db, mark)
            return MergeResult(added, updated, unchanged, marks_changed)

        return self._write(change)


# -- helpers ------------------------------------------------------------------


def _check_header(path: Path) -> None:
    try:
        with path.open("rb") as handle:
            head = handle.read(len(SQLITE_HEADER))
    except IsADirectoryError:
        raise _corrupt(path, "it is a folder") from None
    except OSError as error:
        raise StoreUnavailableError(
            f"cannot read {path}: {error.strerror or error}", path
        ) from None
    # An empty file is what sqlite itself leaves when creation was interrupted; it is safe.
    if head and head != SQLITE_HEADER:
        raise _corrupt(path, "file is not a database")


def _unavailable(path: Path, error: sqlite3.Error) -> str:
    text = str(error)
    if "readonly" in text or "unable to open" in text or "read-only" in text:
        return f"cannot write {path}: {text} (is the folder {path.parent} read-only?)"
    if _is_busy(error):
        return f"{path} stayed locked by another process: {text}"
    return f"cannot use {path}: {text}"


def _retry(action: Callable[[], T]) -> T:
    """Run ``action``, retrying while another process holds the lock past the busy timeout."""
    delay = 0.05
    for attempt in range(RETRIES):
        try:
            return action()
        except sqlite3.OperationalError as error:
            if not _is_busy(error) or attempt == RETRIES - 1:
                raise
            time.sleep(delay)
            delay = min(delay * 2, 1.0)
    raise AssertionError("unreachable")


_COLUMNS = (
    "id, item_id, comment, tags, label, created, updated, entry_id, note_path, author, "
    "exact, prefix, suffix, pos_start, pos_end, line, orphaned, deleted"
)


def _values(a: Annotation) -> tuple[Any, ...]:
    t = a.target
    return (
        a.id,
        a.item_id,
        a.comment,
        json.dumps(list(a.tags), ensure_ascii=False),
        a.label,
        a.created,
        a.updated,
        t.entry_id if t else None,
        t.note if t else None,
        t.author if t else None,
        t.exact if t else None,
        t.prefix if t else None,
        t.suffix if t else None,
        t.start if t else None,
        t.end if t else None,
        t.line if t else None,
        int(a.orphaned),
        a.deleted,
    )


def _insert(db: sqlite3.Connection, annotation: Annotation) -> None:
    db.execute(
        f"INSERT INTO annotations ({_COLUMNS}) VALUES ({', '.join('?' * 18)})",
        _values(annotation),
    )


def _replace(db: sqlite3.Connection, annotation: Annotation) -> None:
    db.execute(
        f"INSERT OR REPLACE INTO annotations ({_COLUMNS}) VALUES ({', '.join('?' * 18)})",
        _values(annotation),
    )


def _get(db: sqlite3.Connection, annotation_id: str) -> Annotation | None:
    row = db.execute(
        f"SELECT {_COLUMNS} FROM annotations WHERE id = ?", (annotation_id,)
    ).fetchone()
    return _from_row(row) if row else None


def _from_row(row: tuple[Any, ...]) -> Annotation:
    (
        id_,
        item_id,
        comment,
        tags,
        label,
        created,
        updated,
        entry_id,
        note_path,
        author,
        exact,
        prefix,
        suffix,
        pos_start,
        pos_end,
        line,
        orphaned,
        deleted,
    ) = row
    target = None
    if entry_id is not None and exact is not None:
        target = Target(
            entry_id=entry_id,
            note=note_path or "",
            exact=exact,
            prefix=prefix or "",
            suffix=suffix or "",
            start=pos_start,
            end=pos_end,
            line=line,
            author=author or "",
        )
    try:
        tag_list = tuple(json.loads(tags))
    except (ValueError, TypeError):
        tag_list = ()
    return Annotation(
        id=id_,
        item_id=item_id,
        comment=comment,
        tags=tag_list,
        label=label,
        created=created,
        updated=updated,
        target=target,
        orphaned=bool(orphaned),
        deleted=deleted,
    )


def _mark_from_row(row: tuple[Any, ...]) -> ItemMark:
    return ItemMark(row[0], starred=bool(row[1]), reviewed=bool(row[2]), updated=row[3])


def _put_mark(db: sqlite3.Connection, mark: ItemMark) -> None:
    db.execute(
        "INSERT OR REPLACE INTO marks (item_id, starred, reviewed, updated) VALUES (?, ?, ?, ?)",
        (mark.item_id, int(mark.starred), int(mark.reviewed), mark.updated),
    )


def _toggle(db: sqlite3.Connection, item_id: str, **flags: bool) -> ItemMark:
    row = db.execute(
        "SELECT item_id, starred, reviewed, updated FROM marks WHERE item_id = ?", (item_id,)
    ).fetchone()
    current = _mark_from_row(row) if row else ItemMark(item_id)
    new = ItemMark(
        item_id,
        starred=flags.get("starred", current.starred),
        reviewed=flags.get("reviewed", current.reviewed),
        updated=now_iso(),
    )
    _put_mark(db, new)
    return new
