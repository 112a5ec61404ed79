"""The SQLite file under the annotation store: opened safely, never made worse.

- A file that is not ours (garbage, another program's tables, a newer schema) is refused
  and left byte-for-byte untouched.
- A file of ours with a damaged page (``PRAGMA quick_check`` at open) is opened for
  reading only: every write is refused, a copy is kept beside it, and reads salvage
  every row that can still be read.
- A file or folder that cannot be written (permissions, a read-only disk) is opened for
  reading only; reading and exporting work.
- Another process holding the write lock: a write waits ``LOCK_WAIT_S`` seconds (saying
  so through ``on_wait``), then fails with a clear ``StoreBusyError``.
- A full disk: a clear ``StoreFullError`` at once; the transaction is rolled back, so
  nothing saved before is touched.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import quote

from summit_tui.annotate.db_file import DB_NAME as DB_NAME  # where its importers look
from summit_tui.annotate.db_file import db_path as db_path
from summit_tui.words import count

SQLITE_HEADER = b"SQLite format 3\x00"
LOCK_WAIT_S = 5.0  # how long a write waits for another process's lock (told to the user)
_SQLITE_WAIT_S = 0.2  # one slice of SQLite's own busy wait, between our checks
DAMAGED_SUFFIX = ".damaged-"

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
    # 2: collections (one per notes folder), quotes as displayed, the item as it was,
    # import conflicts; marks per collection. What was there before belongs to the
    # collection '' until a notes folder it fits adopts it (annotate/collection.py).
    (
        """CREATE TABLE collections (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            path TEXT,
            notes BLOB,
            created TEXT NOT NULL,
            seen TEXT NOT NULL
        )""",
        "ALTER TABLE annotations ADD COLUMN collection TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE annotations ADD COLUMN quote TEXT",
        "ALTER TABLE annotations ADD COLUMN item_info TEXT",
        "ALTER TABLE annotations ADD COLUMN conflict_of TEXT",
        "CREATE INDEX annotations_collection ON annotations (collection, item_id)",
        """CREATE TABLE marks_by_collection (
            collection TEXT NOT NULL DEFAULT '',
            item_id TEXT NOT NULL,
            starred INTEGER NOT NULL DEFAULT 0,
            reviewed INTEGER NOT NULL DEFAULT 0,
            updated TEXT NOT NULL,
            item_info TEXT,
            PRIMARY KEY (collection, item_id)
        )""",
        """INSERT INTO marks_by_collection (collection, item_id, starred, reviewed, updated)
            SELECT '', item_id, starred, reviewed, updated FROM marks""",
        "DROP TABLE marks",
        "ALTER TABLE marks_by_collection RENAME TO marks",
    ),
)
SCHEMA_VERSION = len(MIGRATIONS)


class StoreError(Exception):
    """The annotations cannot be used; the message says which file, why and what to do."""

    def __init__(self, message: str, path: Path | None = None) -> None:
        super().__init__(message)
        self.path = path


class StoreCorruptError(StoreError):
    """The database file exists but is not a summit-tui database: refused, untouched."""


class StoreUnavailableError(StoreError):
    """The data dir or database cannot be created, opened or written (permissions, disk)."""


class StoreReadOnlyError(StoreUnavailableError):
    """A write to a database opened for reading only (damaged, or not writable)."""


class StoreBusyError(StoreUnavailableError):
    """Another process held the lock for longer than ``LOCK_WAIT_S``; nothing was written."""


class StoreFullError(StoreUnavailableError):
    """The disk is full; nothing was written."""


def now_stamp() -> str:
    return datetime.now(UTC).strftime("%Y%m%d-%H%M%S")


def is_busy(error: sqlite3.Error) -> bool:
    text = str(error).lower()
    return "locked" in text or "busy" in text


def _is_full(error: sqlite3.Error) -> bool:
    return "full" in str(error).lower()


def _is_damage(error: sqlite3.Error) -> bool:
    text = str(error).lower()
    return "malformed" in text or "corrupt" in text or "not a database" in text


def not_ours(path: Path, reason: str) -> StoreCorruptError:
    return StoreCorruptError(
        f"{path} is not a summit-tui annotations database ({reason}). "
        "It was left untouched; move it aside to start a new one, "
        "or restore a backup with `summit-tui import`.",
        path,
    )


class Database:
    """One connection to the annotations file, and the rules for using it safely."""

    def __init__(
        self,
        connection: sqlite3.Connection,
        path: Path,
        *,
        writable: bool,
        on_wait: Callable[[str], None] | None = None,
    ) -> None:
        self.connection = connection
        self.path = path
        self.lock = threading.RLock()  # one connection, maybe used from a worker thread
        self.on_wait = on_wait
        self.version = 0
        self.damage: str | None = None  # what quick_check said, when it did not say "ok"
        self.copy: Path | None = None  # where a damaged file was copied to
        self.unreadable = 0  # rows that could not be read from damaged pages
        # Why writes are refused, or None when they are allowed.
        self.read_only: str | None = None if writable else _read_only_reason(path)

    # -- opening ---------------------------------------------------------------------------

    @classmethod
    def open(
        cls,
        data_dir: Path | str,
        *,
        read_only: bool = False,
        on_wait: Callable[[str], None] | None = None,
    ) -> Database:
        folder = Path(data_dir).expanduser()
        path = db_path(folder)
        exists = path.exists() or path.is_symlink()
        if exists:
            _check_header(path)
        elif read_only:
            raise StoreUnavailableError(f"there is no annotations database at {path} yet", path)
        else:
            _create_folder(folder, path)
        writable = not read_only and (
            not exists or (os.access(path, os.W_OK) and os.access(folder, os.W_OK | os.X_OK))
        )
        # An existing file is judged through a read-only connection first: one that
        # can never write to it, not even the checkpoint SQLite does when it closes.
        connection = _connect(path, writable=not exists and writable)
        database = cls(connection, path, writable=writable, on_wait=on_wait)
        if read_only:
            database.read_only = f"{path} was opened for reading only"
        try:
            if exists:
                database._judge()
            if database.read_only is None:
                if exists:
                    connection.close()
                    database.connection = connection = _connect(path, writable=True)
                try:
                    database._prepare()
                except sqlite3.OperationalError as error:
                    failure = unavailable(path, error)
                    if not exists or not isinstance(failure, StoreFullError):
                        raise
                    # A full disk: what is saved can still be read and exported.
                    connection.close()
                    database.connection = connection = _connect(path, writable=False)
                    database.read_only = (
                        f"the disk holding {path} is full{_free(path)}; free some space to "
                        "save again"
                    )
        except StoreError:
            connection.close()
            raise
        except sqlite3.DatabaseError as error:
            connection.close()
            if isinstance(error, sqlite3.OperationalError) and not _is_damage(error):
                raise unavailable(path, error) from None
            raise not_ours(path, str(error)) from None
        return database

    def _judge(self) -> None:
        """Read the file before anything may be written: refuse it, or find damage."""
        db = self.connection
        names = self.wait(lambda: {n for (n,) in db.execute("SELECT name FROM sqlite_master")})
        if "schema_version" in names:
            self.version = self._check_version()
        elif names:
            raise not_ours(self.path, "it holds tables summit-tui did not create")
        if names:
            self._quick_check()

    def _prepare(self) -> None:
        """WAL mode and the current schema, on a writable connection to a sound file."""
        db = self.connection
        mode = self.wait(lambda: db.execute("PRAGMA journal_mode").fetchone())
        if mode is None or str(mode[0]).lower() != "wal":
            mode = self.wait(lambda: db.execute("PRAGMA journal_mode=WAL").fetchone())
        if mode is None or str(mode[0]).lower() != "wal":
            raise StoreUnavailableError(
                f"cannot switch {self.path} to WAL mode (got {mode and mode[0]})", self.path
            )
        db.execute("PRAGMA synchronous=FULL")
        if self.version < SCHEMA_VERSION:
            self._migrate()

    def _check_version(self) -> int:
        row = self.wait(
            lambda: self.connection.execute("SELECT max(version) FROM schema_version").fetchone()
        )
        current = int(row[0] or 0)
        if current > SCHEMA_VERSION:
            raise StoreUnavailableError(
                f"{self.path} was written by a newer summit-tui (schema {current}, "
                f"this one knows {SCHEMA_VERSION}); it was left untouched",
                self.path,
            )
        return current

    def _quick_check(self) -> None:
        """Damage behind a valid header: reads go on (salvaging), writes are refused."""
        try:
            rows = self.wait(lambda: self.connection.execute("PRAGMA quick_check").fetchall())
            verdict = _short_verdict(rows)
        except sqlite3.DatabaseError as error:
            if isinstance(error, sqlite3.OperationalError) and not _is_damage(error):
                raise
            verdict = str(error)
        if verdict.lower() == "ok":
            return
        self.damage = verdict
        self.copy = self._keep_copy()
        kept = (
            f"a copy of it is kept at {self.copy}"
            if self.copy is not None
            else f"no copy could be made beside it: copy {self.path} somewhere safe"
        )
        self.read_only = (
            f"{self.path} is damaged (SQLite's check says: {verdict}). Nothing will be written "
            f"to it; {kept}. What can still be read is shown and exported: save it with "
            "`summit-tui export --format json -o rescue.json`, move the damaged file aside, "
            "then run `summit-tui import rescue.json` to start a new database with it."
        )

    def _keep_copy(self) -> Path | None:
        """Copy the damaged file (and its WAL) beside it, once per distinct damage."""
        digest = _file_digest(self.path)
        for earlier in sorted(self.path.parent.glob(f"{self.path.name}{DAMAGED_SUFFIX}*")):
            if not earlier.name.endswith("-wal") and _file_digest(earlier) == digest:
                return earlier
        copy = self.path.with_name(f"{self.path.name}{DAMAGED_SUFFIX}{now_stamp()}")
        try:
            partial = copy.with_name(copy.name + ".partial")
            shutil.copyfile(self.path, partial)
            wal = self.path.with_name(self.path.name + "-wal")
            if wal.exists() and wal.stat().st_size:
                shutil.copyfile(wal, copy.with_name(copy.name + "-wal"))
            partial.replace(copy)
        except OSError:
            return None
        return copy

    def _migrate(self) -> None:
        def step(db: sqlite3.Connection) -> None:
            db.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
            current = self._check_version()
            known = {name for (name,) in db.execute("SELECT name FROM sqlite_master")}
            if current == 0 and known - {"schema_version"}:
                raise not_ours(self.path, "it holds tables summit-tui did not create")
            for version in range(current + 1, SCHEMA_VERSION + 1):
                for statement in MIGRATIONS[version - 1]:
                    db.execute(statement)
                db.execute("INSERT INTO schema_version (version) VALUES (?)", (version,))
            self.version = SCHEMA_VERSION

        self.write(step)

    def close(self) -> None:
        with self.lock:
            self.connection.close()

    # -- using it ----------------------------------------------------------------------------

    def wait(self, action: Callable[[], T]) -> T:
        """Run ``action``; while another process holds the lock, wait up to LOCK_WAIT_S."""
        deadline: float | None = None
        delay = 0.02
        while True:
            try:
                return action()
            except sqlite3.OperationalError as error:
                if not is_busy(error):
                    raise
                now = time.monotonic()
                if deadline is None:
                    deadline = now + LOCK_WAIT_S
                    if self.on_wait is not None:
                        self.on_wait(
                            f"{self.path} is in use by another process (another summit-tui "
                            f"saving?); waiting up to {LOCK_WAIT_S:g} s for it"
                        )
                if now >= deadline:
                    raise StoreBusyError(
                        f"{self.path} stayed locked by another process for {LOCK_WAIT_S:g} s "
                        "(another summit-tui, or a program holding it open); nothing was "
                        "written. Close that program, or try again in a moment.",
                        self.path,
                    ) from None
                time.sleep(delay)
                delay = min(delay * 2, 0.25)

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        db = self.connection
        db.execute("BEGIN IMMEDIATE")
        try:
            yield db
            db.execute("COMMIT")
        except BaseException:
            # A failed COMMIT (disk full) may leave the transaction open, or SQLite may
            # have rolled it back already: either way nothing of it is kept.
            if db.in_transaction:
                with suppress(sqlite3.Error):
                    db.execute("ROLLBACK")
            raise

    def write(self, change: Callable[[sqlite3.Connection], T]) -> T:
        """``change`` in one IMMEDIATE transaction; every failure is a StoreError."""
        if self.read_only is not None:
            raise StoreReadOnlyError(
                f"nothing was saved: {self.read_only}"
                if self.damage
                else f"nothing was saved: {self.read_only}; reading and exporting still work.",
                self.path,
            )

        def attempt() -> T:
            with self._transaction() as db:
                return change(db)

        with self.lock:
            try:
                return self.wait(attempt)
            except sqlite3.DatabaseError as error:
                raise self._failure(error) from None

    def read(self, query: Callable[[sqlite3.Connection], T]) -> T:
        with self.lock:
            try:
                return self.wait(lambda: query(self.connection))
            except sqlite3.DatabaseError as error:
                raise self._failure(error) from None

    def _failure(self, error: sqlite3.DatabaseError) -> StoreError:
        if isinstance(error, sqlite3.OperationalError) and not _is_damage(error):
            return unavailable(self.path, error)
        return StoreCorruptError(
            f"{self.path} is damaged ({error}); it was left as it is. Export what can be "
            "read with `summit-tui export --format json -o rescue.json`, move the file "
            "aside, then `summit-tui import rescue.json`.",
            self.path,
        )

    def salvage(self, table: str, columns: str, where: str, params: tuple[Any, ...]) -> list[Any]:
        """Rows of ``table`` from a damaged file: a full scan, else row by row.

        Row by row, each rowid is looked up on its own, so one damaged page loses only
        the rows stored on it; ``unreadable`` counts the lookups that failed.
        """
        db = self.connection
        sql = f"SELECT {columns} FROM {table} NOT INDEXED"
        try:
            return db.execute(f"{sql} WHERE {where}" if where else sql, params).fetchall()
        except sqlite3.DatabaseError:
            pass
        try:
            highest = int(db.execute(f"SELECT max(rowid) FROM {table}").fetchone()[0] or 0)
        except sqlite3.DatabaseError:
            # The rightmost pages are damaged: try every rowid the file could hold.
            pages = db.execute("PRAGMA page_count").fetchone()[0]
            size = db.execute("PRAGMA page_size").fetchone()[0]
            highest = pages * size // 16
        rows: list[Any] = []
        failed = 0
        one = f"{sql} WHERE rowid = ?" + (f" AND ({where})" if where else "")
        for rowid in range(1, highest + 1):
            try:
                row = db.execute(one, (rowid, *params)).fetchone()
            except sqlite3.DatabaseError:
                failed += 1
                continue
            if row is not None:
                rows.append(row)
        self.unreadable = max(self.unreadable, failed)
        return rows


# -- helpers ----------------------------------------------------------------------------------


def _check_header(path: Path) -> None:
    try:
        with path.open("rb") as handle:
            head = handle.read(len(SQLITE_HEADER))
    except IsADirectoryError:
        raise not_ours(path, "it is a folder") from None
    except OSError as error:
        raise StoreUnavailableError(
            f"cannot read {path}: {error.strerror or error}", path
        ) from None
    # An empty file is what sqlite itself leaves when creation was interrupted; it is safe.
    if head and head != SQLITE_HEADER:
        raise not_ours(path, "file is not a database")


def _create_folder(folder: Path, path: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise StoreUnavailableError(
            f"cannot create the annotations folder {folder}: {error.strerror or error}", path
        ) from None
    if not os.access(folder, os.W_OK | os.X_OK):
        raise StoreUnavailableError(
            f"cannot create {path}: the folder {folder} is not writable", path
        )


def _connect(path: Path, *, writable: bool) -> sqlite3.Connection:
    """A connection; read-only ones by URI, immutable when even the WAL index cannot be made."""

    def connect(target: str, uri: bool) -> sqlite3.Connection:
        return sqlite3.connect(
            target,
            timeout=_SQLITE_WAIT_S,
            isolation_level=None,
            check_same_thread=False,
            uri=uri,
        )

    try:
        if writable:
            return connect(str(path), uri=False)
        base = "file:" + quote(str(path.resolve())) + "?mode=ro"
        connection = connect(base, uri=True)
        try:
            connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
            return connection
        except sqlite3.OperationalError as error:
            if is_busy(error) or _is_damage(error):
                return connection  # judged (and reported) by the caller
            connection.close()
        except sqlite3.DatabaseError:
            return connection
        # A WAL database in a folder nobody may write: no -shm can be made, so read the
        # file as it is (nobody can be writing it: the folder or file is read-only).
        return connect(base + "&immutable=1", uri=True)
    except sqlite3.Error as error:
        raise StoreUnavailableError(f"cannot open {path}: {error}", path) from None


def _read_only_reason(path: Path) -> str:
    folder = path.parent
    if not os.access(path, os.W_OK):
        return f"{path} is read-only"
    return f"the folder {folder} is read-only, so {path.name} cannot be written"


def _file_digest(path: Path) -> bytes | None:
    try:
        digest = hashlib.sha256()
        with path.open("rb") as handle:
            for chunk in iter(lambda: handle.read(1 << 20), b""):
                digest.update(chunk)
        return digest.digest()
    except OSError:
        return None


def unavailable(path: Path, error: sqlite3.Error) -> StoreUnavailableError:
    text = str(error)
    if _is_full(error) or ("disk i/o" in text.lower() and _disk_nearly_full(path)):
        return StoreFullError(
            f"no space left to save to {path} (the disk is full{_free(path)}); nothing was "
            "written and every annotation saved before is intact. Free some space and try "
            "again.",
            path,
        )
    if "readonly" in text or "unable to open" in text or "read-only" in text:
        return StoreReadOnlyError(
            f"cannot write {path}: {text} (is the folder {path.parent} read-only?)", path
        )
    if is_busy(error):
        return StoreBusyError(f"{path} stayed locked by another process: {text}", path)
    return StoreUnavailableError(f"cannot use {path}: {text}", path)


def _disk_nearly_full(path: Path) -> bool:
    try:
        return shutil.disk_usage(path.parent).free < 256 * 1024
    except OSError:
        return False


def _free(path: Path) -> str:
    try:
        return f": {shutil.disk_usage(path.parent).free:,} bytes free"
    except OSError:
        return ""


def _short_verdict(rows: list[tuple[Any, ...]]) -> str:
    """quick_check's answer on one short line: one row can hold a line per damaged cell
    (dozens), and the message goes into a one-line error and a notification."""
    found = [
        line.strip()
        for row in rows
        for line in str(row[0]).splitlines()
        if line.strip() and not line.startswith("*** in database")
    ]
    shown = "; ".join(found[:2])
    if len(found) > 2:
        shown += f"; and {count(len(found) - 2, 'more problem')}"
    return shown
