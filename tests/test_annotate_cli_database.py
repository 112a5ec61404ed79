"""The commands with a damaged, busy, full or read-only database: a clear message, exit 2,
nothing lost, and reading and exporting still work wherever the data can be read."""

from __future__ import annotations

import json
import os
import sqlite3
import time
from pathlib import Path

import pytest

from summit_tui.annotate import database
from summit_tui.annotate.collection import attach
from summit_tui.annotate.store import DB_NAME, AnnotationStore
from test_annotate_database import damage_one_page
from test_annotate_support import corpus, run_command


@pytest.fixture(autouse=True)
def _small_corpus(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("summit_tui.commands._common.load_corpus", lambda args: corpus())


@pytest.fixture
def data(tmp_path: Path) -> Path:
    return tmp_path / "data"


def _store(data: Path, **options) -> AnnotationStore:
    store = AnnotationStore.open(data, **options)
    attach(store, corpus())
    return store


def _checkpoint(data: Path) -> None:
    db = sqlite3.connect(data / DB_NAME)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()


@pytest.fixture
def damaged(data: Path) -> Path:
    with _store(data) as store:
        for n in range(300):
            store.add("d1-keynote", f"comment {n} " + "x" * 150, tags=["t"])
        store.set_mark("d1-keynote", starred=True)
    _checkpoint(data)
    damage_one_page(data)
    return data


def test_damaged_database_refuses_mark_and_annotate_and_leaves_the_file_alone(
    damaged: Path, capsys
) -> None:
    path = damaged / DB_NAME
    before = path.read_bytes()
    for command, argv in (
        ("mark_cmd", ["d1-lambda", "--star"]),
        ("annotate_cmd", ["d1-keynote", "one more"]),
        ("import_cmd", [str(_an_export(damaged.parent))]),
    ):
        code, message = run_command(command, ["--data-dir", str(damaged), *argv])
        assert code == 2, message
        assert "damaged" in message and "nothing was saved" in message
        assert "summit-tui export --format json" in message  # what to do
    assert path.read_bytes() == before
    assert "Traceback" not in capsys.readouterr().err


def _an_export(folder: Path) -> Path:
    path = folder / "in.json"
    path.write_text(
        json.dumps(
            {
                "format": "summit-tui-annotations",
                "version": 1,
                "annotations": [
                    {
                        "id": "new-one",
                        "item_id": "d1-keynote",
                        "created": "2024-01-01T00:00:00Z",
                        "updated": "2024-01-01T00:00:00Z",
                    }
                ],
            }
        )
    )
    return path


def test_damaged_database_still_exports_what_can_be_read(damaged: Path, capsys) -> None:
    path = damaged / DB_NAME
    before = path.read_bytes()
    code, message = run_command("export_cmd", ["--data-dir", str(damaged)])
    assert code == 0, message
    captured = capsys.readouterr()
    assert captured.out.count("comment ") > 250
    assert "★ Agents at scale" in captured.out
    assert "damaged" in captured.err and "could not be read" in captured.err
    code, message = run_command("export_cmd", ["--data-dir", str(damaged), "--format", "json"])
    assert code == 0, message
    rescued = json.loads(capsys.readouterr().out)
    assert 250 < len(rescued["annotations"]) < 300
    assert path.read_bytes() == before
    copies = list(damaged.glob(f"{DB_NAME}.damaged-*"))
    assert len(copies) == 1 and copies[0].read_bytes() == before


def test_rescue_by_export_then_import_into_a_new_database(
    damaged: Path, tmp_path: Path, capsys
) -> None:
    rescue = tmp_path / "rescue.json"
    assert run_command("export_cmd", ["--data-dir", str(damaged), "-o", str(rescue)])[0] == 0
    (damaged / DB_NAME).rename(tmp_path / "damaged.sqlite3")
    code, message = run_command("import_cmd", ["--data-dir", str(damaged), str(rescue)])
    assert code == 0, message
    with _store(damaged) as store:
        assert 250 < len(store.annotations()) < 300
        assert store.mark("d1-keynote").starred


def test_a_lock_held_elsewhere_is_waited_for_briefly_then_exit_2(
    data: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    monkeypatch.setattr(database, "LOCK_WAIT_S", 0.5)
    assert run_command("mark_cmd", ["--data-dir", str(data), "d1-keynote", "--star"])[0] == 0
    other = sqlite3.connect(data / DB_NAME, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        started = time.monotonic()
        code, message = run_command("annotate_cmd", ["--data-dir", str(data), "d1-keynote", "x"])
        waited = time.monotonic() - started
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert code == 2 and waited < 3
    assert "stayed locked by another process for 0.5 s" in message
    assert "nothing was written" in message
    assert "waiting up to 0.5 s" in capsys.readouterr().err  # said before waiting
    with _store(data) as store:
        assert store.annotations() == [] and store.mark("d1-keynote").starred


def test_a_full_disk_is_a_clear_message_and_exit_2(
    data: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    assert run_command("annotate_cmd", ["--data-dir", str(data), "d1-keynote", "kept"])[0] == 0
    connect = database._connect

    def full(path: Path, *, writable: bool) -> sqlite3.Connection:
        connection = connect(path, writable=writable)
        if writable:  # no room for one more page: SQLite says what a full disk says
            connection.execute("PRAGMA max_page_count = 1")
        return connection

    monkeypatch.setattr(database, "_connect", full)
    big = "y" * 100_000
    code, message = run_command("annotate_cmd", ["--data-dir", str(data), "d1-keynote", big])
    assert code == 2
    assert "no space left" in message and "nothing was written" in message
    assert str(data / DB_NAME) in message
    assert "Traceback" not in capsys.readouterr().err
    monkeypatch.setattr(database, "_connect", connect)
    with _store(data) as store:
        assert [a.comment for a in store.annotations()] == ["kept"]


def test_a_database_that_cannot_be_written_still_reads_and_exports(
    data: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    """Root-proof: the file is reported not writable (as for another user); see the
    as-a-user variant in test_annotate_store.py."""
    run_command("annotate_cmd", ["--data-dir", str(data), "d1-keynote", "kept"])
    run_command("mark_cmd", ["--data-dir", str(data), "d1-keynote", "--reviewed"])
    _checkpoint(data)
    before = (data / DB_NAME).read_bytes()
    real_access = os.access
    monkeypatch.setattr(
        database.os,
        "access",
        lambda path, mode: False if mode & os.W_OK else real_access(path, mode),
    )
    capsys.readouterr()
    code, message = run_command("export_cmd", ["--data-dir", str(data)])
    assert code == 0, message
    out = capsys.readouterr().out
    assert "kept" in out and "✓ Agents at scale" in out
    code, message = run_command("mark_cmd", ["--data-dir", str(data), "d1-keynote", "--star"])
    assert code == 2 and "read-only" in message and "nothing was saved" in message
    assert (data / DB_NAME).read_bytes() == before


def _root_can_write(folder: Path) -> bool:
    probe = folder / ".probe"
    try:
        probe.write_text("x")
    except OSError:
        return False
    probe.unlink()
    return True


def test_a_read_only_data_folder_reads_and_exports(data: Path, capsys) -> None:
    run_command("annotate_cmd", ["--data-dir", str(data), "d1-keynote", "kept"])
    _checkpoint(data)
    for leftover in data.glob(f"{DB_NAME}-*"):
        leftover.unlink()
    data.chmod(0o555)
    try:
        if _root_can_write(data):
            pytest.skip("this user can write to a read-only folder (root)")
        capsys.readouterr()
        code, message = run_command("export_cmd", ["--data-dir", str(data), "--format", "json"])
        assert code == 0, message
        assert [a["comment"] for a in json.loads(capsys.readouterr().out)["annotations"]] == [
            "kept"
        ]
        code, message = run_command("mark_cmd", ["--data-dir", str(data), "d1-keynote", "--star"])
        assert code == 2 and str(data) in message
        assert sorted(p.name for p in data.iterdir()) == [DB_NAME]
    finally:
        data.chmod(0o755)


def test_export_while_another_process_holds_the_lock_still_exports(
    data: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    """Re-anchoring results are kept in memory when they cannot be saved right now."""
    monkeypatch.setattr(database, "LOCK_WAIT_S", 0.3)
    argv = ["--data-dir", str(data), "d1-keynote", "crux", "--quote", "not model size"]
    assert run_command("annotate_cmd", [*argv, "--author", "Alice"])[0] == 0
    rewritten = corpus("## Agents\n\nAll rewritten.")
    monkeypatch.setattr("summit_tui.commands._common.load_corpus", lambda args: rewritten)
    other = sqlite3.connect(data / DB_NAME, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        capsys.readouterr()
        code, message = run_command("export_cmd", ["--data-dir", str(data)])
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert code == 0, message
    out = capsys.readouterr().out
    assert "## Orphaned annotations" in out and "crux" in out
