"""The database damaged, busy, full or read-only: never made worse, always a clear message."""

from __future__ import annotations

import sqlite3
import threading
import time
from pathlib import Path

import pytest

from summit_tui.annotate import database
from summit_tui.annotate.model import Annotation, ItemMark
from summit_tui.annotate.store import (
    DB_NAME,
    AnnotationStore,
    StoreBusyError,
    StoreFullError,
    StoreReadOnlyError,
)

ROWS = 300


def _filled(folder: Path) -> list[str]:
    """A database of ROWS annotations and one mark, checkpointed into the main file."""
    with AnnotationStore.open(folder) as store:
        ids = [store.add("talk-1", f"comment {n} " + "x" * 150, tags=["t"]).id for n in range(ROWS)]
        store.set_mark("talk-1", starred=True)
    db = sqlite3.connect(folder / DB_NAME)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    return ids


def damage_one_page(folder: Path) -> int:
    """Overwrite one leaf page of the annotations table (the header and schema stay valid)."""
    path = folder / DB_NAME
    data = bytearray(path.read_bytes())
    size = int.from_bytes(data[16:18], "big")
    pages = len(data) // size
    for number in range(pages // 2, pages):
        page = data[number * size : (number + 1) * size]
        if page[0] == 0x0D and b"comment " in page:  # a table leaf holding annotations
            data[number * size : (number + 1) * size] = b"\xde\xad\xbe\xef" * (size // 4)
            path.write_bytes(bytes(data))
            return number
    raise AssertionError("no annotations leaf page to damage")


@pytest.fixture
def damaged(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    _filled(folder)
    damage_one_page(folder)
    return folder


def test_a_damaged_page_is_found_at_open_and_every_write_is_refused(damaged: Path) -> None:
    path = damaged / DB_NAME
    before = path.read_bytes()
    with AnnotationStore.open(damaged) as store:
        assert store.damage is not None
        assert store.read_only is not None and "damaged" in store.read_only
        assert "summit-tui export --format json" in store.read_only  # says what to do
        writes = (
            lambda: store.add("talk-1", "more"),
            lambda: store.set_mark("talk-2", starred=True),
            lambda: store.toggle_star("talk-1"),
            lambda: store.merge([Annotation(id="x", item_id="talk-1", comment="c")], []),
            lambda: store.merge([], [ItemMark("talk-9", starred=True)]),
        )
        for write in writes:
            with pytest.raises(StoreReadOnlyError, match="nothing was saved"):
                write()
    assert path.read_bytes() == before


def test_a_damaged_database_is_copied_once_and_what_can_be_read_still_reads(
    damaged: Path,
) -> None:
    path = damaged / DB_NAME
    with AnnotationStore.open(damaged) as store:
        copy = store.damaged_copy
        readable = store.annotations()
        marks = store.marks()
        assert copy is not None and copy.read_bytes() == path.read_bytes()
        assert str(copy) in (store.read_only or "")
        # One page of ~300 rows is lost; every other annotation reads, in order.
        assert ROWS - 40 < len(readable) < ROWS
        assert store.unreadable > 0
        assert [a.created for a in readable] == sorted(a.created for a in readable)
        assert marks["talk-1"].starred
    with AnnotationStore.open(damaged) as store:
        assert store.damaged_copy == copy  # the same damage is not copied twice
    assert len(list(damaged.glob(f"{DB_NAME}.damaged-*"))) == 1


def test_quick_check_at_open_passes_a_healthy_database(tmp_path: Path) -> None:
    _filled(tmp_path)
    with AnnotationStore.open(tmp_path) as store:
        assert store.damage is None and store.read_only is None
        store.add("talk-1", "still writable")
    assert not list(tmp_path.glob(f"{DB_NAME}.damaged-*"))


def test_a_held_lock_is_waited_for_briefly_then_a_clear_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(database, "LOCK_WAIT_S", 0.6)
    heard: list[str] = []
    with AnnotationStore.open(tmp_path, on_wait=heard.append) as store:
        kept = store.add("talk-1", "before the lock")
        other = sqlite3.connect(tmp_path / DB_NAME, isolation_level=None)
        other.execute("BEGIN IMMEDIATE")
        try:
            started = time.monotonic()
            with pytest.raises(StoreBusyError) as caught:
                store.add("talk-1", "while locked")
            waited = time.monotonic() - started
        finally:
            other.execute("ROLLBACK")
            other.close()
        assert 0.5 <= waited < 3
        assert len(heard) == 1 and "waiting up to 0.6 s" in heard[0]
        message = str(caught.value)
        assert str(tmp_path / DB_NAME) in message and "nothing was written" in message
        # Reading is not blocked by another writer (WAL), and nothing was lost.
        assert [a.id for a in store.annotations()] == [kept.id]
        store.add("talk-1", "after the lock")
        assert len(store.annotations()) == 2


def test_a_lock_released_while_waiting_lets_the_write_through(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(database, "LOCK_WAIT_S", 5.0)
    heard: list[str] = []
    with AnnotationStore.open(tmp_path, on_wait=heard.append) as store:
        other = sqlite3.connect(tmp_path / DB_NAME, isolation_level=None, check_same_thread=False)
        other.execute("BEGIN IMMEDIATE")
        release = threading.Timer(0.4, lambda: other.execute("COMMIT"))
        release.start()
        try:
            store.add("talk-1", "waited for")
        finally:
            release.join()
            other.close()
        assert heard and [a.comment for a in store.annotations()] == ["waited for"]


def test_a_full_disk_is_a_clear_error_and_nothing_is_lost(tmp_path: Path) -> None:
    with AnnotationStore.open(tmp_path) as store:
        kept = store.add("talk-1", "saved before the disk filled")
        store.set_mark("talk-1", starred=True)
        # SQLite's own page limit gives the very error a full disk does (SQLITE_FULL).
        connection = store._database.connection
        pages = connection.execute("PRAGMA page_count").fetchone()[0]
        connection.execute(f"PRAGMA max_page_count = {pages}")
        with pytest.raises(StoreFullError) as caught:
            store.add("talk-1", "y" * 200_000)
        message = str(caught.value)
        assert "no space left" in message and "nothing was written" in message
        assert str(tmp_path / DB_NAME) in message
        # The connection is usable again: no transaction was left open.
        assert [a.id for a in store.annotations()] == [kept.id]
        store.toggle_reviewed("talk-1")
    with AnnotationStore.open(tmp_path) as store:
        assert [a.comment for a in store.annotations()] == ["saved before the disk filled"]
        assert store.mark("talk-1").starred and store.mark("talk-1").reviewed


def test_opened_read_only_by_uri_reads_and_refuses_writes(tmp_path: Path) -> None:
    """The root-proof variant of a read-only data folder: the file is never written."""
    with AnnotationStore.open(tmp_path) as store:
        kept = store.add("talk-1", "kept")
        store.set_mark("talk-1", reviewed=True)
    db = sqlite3.connect(tmp_path / DB_NAME)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    before = (tmp_path / DB_NAME).read_bytes()
    with AnnotationStore.open(tmp_path, read_only=True) as store:
        assert [a.id for a in store.annotations()] == [kept.id]
        assert store.mark("talk-1").reviewed
        with pytest.raises(StoreReadOnlyError):
            store.toggle_star("talk-1")
    assert (tmp_path / DB_NAME).read_bytes() == before


def test_an_old_schema_opened_read_only_still_reads(tmp_path: Path) -> None:
    """A database from before collections that cannot be migrated (read-only) still reads."""
    db = sqlite3.connect(tmp_path / DB_NAME)
    for statement in database.MIGRATIONS[0]:
        db.execute(statement)
    db.execute("CREATE TABLE schema_version (version INTEGER NOT NULL)")
    db.execute("INSERT INTO schema_version VALUES (1)")
    db.execute(
        "INSERT INTO annotations (id, item_id, comment, created, updated) "
        "VALUES ('a1', 'talk-1', 'old', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z')"
    )
    db.execute("INSERT INTO marks VALUES ('talk-1', 1, 0, '2024-01-01T00:00:00Z')")
    db.commit()
    db.close()
    with AnnotationStore.open(tmp_path, read_only=True) as store:
        assert store.schema_version == 1
        assert [a.comment for a in store.annotations()] == ["old"]
        assert store.marks()["talk-1"].starred
    with AnnotationStore.open(tmp_path) as store:  # writable: migrated, nothing lost
        assert store.schema_version == database.SCHEMA_VERSION
        assert [a.comment for a in store.annotations()] == ["old"]
        assert store.marks()["talk-1"].starred


def test_a_disk_full_before_opening_still_reads(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Even the WAL index cannot be made: what is saved is read; changes are refused."""
    with AnnotationStore.open(tmp_path) as store:
        kept = store.add("talk-1", "kept")

    def full(self: database.Database) -> None:
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(database.Database, "_prepare", full)
    with AnnotationStore.open(tmp_path) as store:
        assert "is full" in (store.read_only or "")
        assert [a.id for a in store.annotations()] == [kept.id]
        with pytest.raises(StoreReadOnlyError, match="free some space"):
            store.add("talk-1", "more")


def test_the_store_open_benchmark_reports_its_figure_with_its_baseline() -> None:
    """benchmarks/bench_store.py keeps working (nothing here is timed)."""
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
    import bench_store

    (figure,) = bench_store.measure([50], runs=1)
    assert figure.name == "store open" and figure.baseline is not None
    assert figure.baseline_name == "open without quick_check"


def test_the_damage_is_told_on_one_short_line(damaged: Path) -> None:
    with AnnotationStore.open(damaged) as store:
        assert store.read_only is not None
        assert "\n" not in store.read_only and len(store.damage or "") < 200


def test_quick_checks_many_lines_are_shortened() -> None:
    cells = "\n".join(f"On tree page 18 cell {n}: Offset 65535 out of range" for n in range(6))
    rows = [(f"*** in database main ***\n{cells}",), ("database disk image is malformed",)]
    assert database._short_verdict(rows) == (
        "On tree page 18 cell 0: Offset 65535 out of range; "
        "On tree page 18 cell 1: Offset 65535 out of range; and 5 more problems"
    )
    assert database._short_verdict([("ok",)]) == "ok"
