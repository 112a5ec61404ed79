"""The annotation store: transactions, crashes, two writers, bad files, read-only dirs."""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

import pytest

from summit_tui.annotate.model import Annotation, ItemMark, Target
from summit_tui.annotate.store import (
    DB_NAME,
    SCHEMA_VERSION,
    AnnotationStore,
    StoreCorruptError,
    StoreReadOnlyError,
    StoreUnavailableError,
)

TARGET = Target(
    entry_id="alice.md#agents",
    note="alice.md",
    exact="evaluation decides",
    prefix="claim: ",
    suffix=" who ships",
    start=10,
    end=28,
    line=7,
    author="Alice",
)


@pytest.fixture
def store(tmp_path: Path):
    with AnnotationStore.open(tmp_path / "data") as opened:
        yield opened


def test_annotations_survive_reopening(tmp_path: Path) -> None:
    with AnnotationStore.open(tmp_path) as store:
        item_note = store.add(
            "talk-1", "Great talk\n\n- with a list", tags=["#AI", "ai", "two words"]
        )
        passage = store.add("talk-1", "Key claim", target=TARGET, label="yellow")
    with AnnotationStore.open(tmp_path) as store:
        assert store.get(item_note.id) == item_note
        assert store.get(passage.id) == passage
        assert store.get(passage.id).target == TARGET
        assert item_note.tags == ("AI", "ai", "two-words")
        assert [a.id for a in store.annotations("talk-1")] == [item_note.id, passage.id]
        assert store.schema_version == SCHEMA_VERSION


def test_update_bumps_updated_and_keeps_created(store: AnnotationStore) -> None:
    first = store.add("talk-1", "draft")
    edited = store.update(first.id, comment="final", tags=["done"])
    assert edited.comment == "final" and edited.tags == ("done",)
    assert edited.created == first.created
    assert edited.updated > first.updated
    assert store.get(first.id) == edited


def test_delete_hides_and_restore_brings_back(store: AnnotationStore) -> None:
    kept = store.add("talk-1", "kept")
    gone = store.add("talk-1", "gone", target=TARGET)
    store.delete(gone.id)
    assert [a.id for a in store.annotations()] == [kept.id]
    assert store.get(gone.id).deleted is not None
    restored = store.restore(gone.id)
    assert restored.deleted is None
    assert restored.target == TARGET and restored.comment == "gone"
    assert {a.id for a in store.annotations()} == {kept.id, gone.id}


def test_marks_toggle_and_persist(tmp_path: Path) -> None:
    with AnnotationStore.open(tmp_path) as store:
        assert store.mark("talk-1").empty
        assert store.toggle_star("talk-1").starred
        assert store.toggle_reviewed("talk-1").reviewed
        assert not store.toggle_star("talk-1").starred
        store.set_mark("talk-2", starred=True)
    with AnnotationStore.open(tmp_path) as store:
        marks = store.marks()
        assert (marks["talk-1"].starred, marks["talk-1"].reviewed) == (False, True)
        assert (marks["talk-2"].starred, marks["talk-2"].reviewed) == (True, False)


def test_listeners_hear_every_change(store: AnnotationStore) -> None:
    heard: list[int] = []
    store.subscribe(lambda: heard.append(1))
    annotation = store.add("talk-1", "x")
    store.toggle_star("talk-1")
    store.delete(annotation.id)
    assert len(heard) == 3


def test_merge_is_idempotent_and_newer_wins(store: AnnotationStore) -> None:
    mine = store.add("talk-1", "mine")
    theirs = Annotation(
        id="from-elsewhere",
        item_id="talk-2",
        comment="theirs",
        created="2024-01-01T00:00:00Z",
        updated="2024-01-01T00:00:00Z",
    )
    older_copy = mine.with_changes(comment="older", updated="2000-01-01T00:00:00.000000Z")
    mark = ItemMark("talk-2", starred=True, updated="2024-01-01T00:00:00.000000Z")
    first = store.merge([theirs, older_copy], [mark])
    assert (first.added, first.updated, first.unchanged, first.marks_changed) == (1, 0, 1, 1)
    again = store.merge([theirs, older_copy], [mark])
    assert (again.added, again.updated, again.marks_changed) == (0, 0, 0)
    assert store.get(mine.id).comment == "mine"
    assert len(store.annotations()) == 2
    newer = theirs.with_changes(comment="edited there", updated="2025-01-01T00:00:00Z")
    assert store.merge([newer], []).updated == 1
    assert store.get("from-elsewhere").comment == "edited there"


def test_garbage_file_is_a_clear_error_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / DB_NAME
    garbage = b"this is my shopping list, not a database\n" + bytes(range(256)) * 8
    path.write_bytes(garbage)
    with pytest.raises(StoreCorruptError) as caught:
        AnnotationStore.open(tmp_path)
    message = str(caught.value)
    assert str(path) in message
    assert "not a summit-tui annotations database" in message
    assert path.read_bytes() == garbage
    assert sorted(p.name for p in tmp_path.iterdir()) == [DB_NAME]


def test_damaged_database_behind_a_valid_header_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / DB_NAME
    damaged = b"SQLite format 3\x00" + b"\xff" * 4080
    path.write_bytes(damaged)
    with pytest.raises(StoreCorruptError) as caught:
        AnnotationStore.open(tmp_path)
    assert str(path) in str(caught.value)
    assert path.read_bytes() == damaged


def test_database_of_another_program_is_not_taken_over(tmp_path: Path) -> None:
    path = tmp_path / DB_NAME
    other = sqlite3.connect(path)
    other.execute("CREATE TABLE recipes (name TEXT)")
    other.commit()
    other.close()
    before = path.read_bytes()
    with pytest.raises(StoreCorruptError):
        AnnotationStore.open(tmp_path)
    assert path.read_bytes() == before


def test_database_from_a_newer_version_is_refused_untouched(tmp_path: Path) -> None:
    AnnotationStore.open(tmp_path).close()
    db = sqlite3.connect(tmp_path / DB_NAME)
    db.execute("INSERT INTO schema_version (version) VALUES (99)")
    db.commit()
    db.close()
    with pytest.raises(StoreUnavailableError, match="newer summit-tui"):
        AnnotationStore.open(tmp_path)


def _root_can_write(folder: Path) -> bool:
    probe = folder / ".probe"
    try:
        probe.write_text("x")
    except OSError:
        return False
    probe.unlink()
    return True


def test_read_only_data_dir_is_a_clear_error(tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        if _root_can_write(folder):
            pytest.skip("this user can write to a read-only folder (root)")
        with pytest.raises(StoreUnavailableError) as caught:
            AnnotationStore.open(folder)
        assert str(folder) in str(caught.value)
    finally:
        folder.chmod(0o755)


def test_read_only_dir_with_an_existing_database_reads_but_refuses_writes(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "ro"
    with AnnotationStore.open(folder) as store:
        kept = store.add("talk-1", "written before the folder became read-only")
    for leftover in folder.glob(f"{DB_NAME}-*"):
        leftover.unlink()
    before = (folder / DB_NAME).read_bytes()
    folder.chmod(0o555)
    try:
        if _root_can_write(folder):
            pytest.skip("this user can write to a read-only folder (root)")
        with AnnotationStore.open(folder) as store:
            assert store.read_only is not None and str(folder) in store.read_only
            assert [a.id for a in store.annotations()] == [kept.id]
            with pytest.raises(StoreReadOnlyError) as caught:
                store.add("talk-1", "lost?")
            assert "nothing was saved" in str(caught.value)
            assert "exporting still work" in str(caught.value)
        assert sorted(p.name for p in folder.iterdir()) == [DB_NAME]
        assert (folder / DB_NAME).read_bytes() == before
    finally:
        folder.chmod(0o755)


def test_data_dir_that_cannot_be_created_is_a_clear_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("a file where the data folder should be")
    with pytest.raises(StoreUnavailableError) as caught:
        AnnotationStore.open(blocker / "data")
    assert str(blocker / "data") in str(caught.value)
    assert blocker.read_text() == "a file where the data folder should be"


WRITER = textwrap.dedent(
    """
    import sys
    from summit_tui.annotate.store import AnnotationStore
    data_dir, label, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
    sys.stdin.readline()  # wait for "go" so writers really overlap
    with AnnotationStore.open(data_dir) as store:
        for n in range(count):
            annotation = store.add("talk-" + str(n % 5), label + " " + str(n), tags=[label])
            if n % 8 == 0:  # 15 toggles in 120 writes: ends starred
                store.toggle_star("talk-" + label)
            print(annotation.id, flush=True)
    """
)


def _writer(data_dir: Path, label: str, count: int) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", WRITER, str(data_dir), label, str(count)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_sigkill_mid_stream_keeps_every_committed_annotation(tmp_path: Path) -> None:
    child = _writer(tmp_path, "crash", 1_000_000)
    assert child.stdin is not None and child.stdout is not None
    child.stdin.write("go\n")
    child.stdin.flush()
    committed = [child.stdout.readline().strip() for _ in range(150)]
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    committed += [line.strip() for line in child.stdout if line.strip()]
    assert child.returncode == -signal.SIGKILL
    with AnnotationStore.open(tmp_path) as store:
        present = {a.id for a in store.annotations()}
    assert len(committed) >= 150
    assert set(committed) <= present


def test_two_processes_writing_at_once_lose_nothing(tmp_path: Path) -> None:
    writers = [_writer(tmp_path, label, 120) for label in ("one", "two")]
    for writer in writers:
        assert writer.stdin is not None
        writer.stdin.write("go\n")
        writer.stdin.flush()
    ids: list[str] = []
    for writer in writers:
        out, err = writer.communicate()
        assert writer.returncode == 0, err
        ids += out.split()
    assert len(ids) == 240
    with AnnotationStore.open(tmp_path) as store:
        stored = store.annotations()
        assert {a.id for a in stored} == set(ids)
        assert sum("one" in a.tags for a in stored) == 120
        marks = store.marks()
        assert marks["talk-one"].starred and marks["talk-two"].starred


def test_changes_from_another_connection_are_noticed(tmp_path: Path) -> None:
    with AnnotationStore.open(tmp_path) as mine, AnnotationStore.open(tmp_path) as other:
        heard: list[int] = []
        mine.subscribe(lambda: heard.append(1))
        assert not mine.reload_if_changed_elsewhere()
        mine.add("talk-1", "my own write")
        assert not mine.reload_if_changed_elsewhere()
        heard.clear()
        other.toggle_star("talk-1")
        assert mine.reload_if_changed_elsewhere()
        assert heard == [1]
        assert mine.mark("talk-1").starred


NOBODY = 65534


@pytest.mark.skipif(os.geteuid() != 0, reason="covered by the tests above for other users")
def test_read_only_data_dir_as_an_unprivileged_user(tmp_path: Path) -> None:
    """Root writes anywhere, so check the read-only case as `nobody` in a subprocess."""
    base = Path(tempfile.mkdtemp(prefix="summit-ro-"))
    try:
        base.chmod(0o755)
        folder = base / "ro"
        folder.mkdir(mode=0o555)
        folder.chmod(0o555)
        code = (
            "import sys\n"
            "from summit_tui.cli import main\n"
            f"sys.exit(main(['--data-dir', {str(folder)!r}, 'mark', 'x', '--star']))\n"
        )
        env = {**os.environ, "HOME": str(base), "SUMMIT_TUI_CACHE_DIR": str(base / "cache")}
        try:
            result = subprocess.run(
                [sys.executable, "-c", code],
                capture_output=True,
                text=True,
                user=NOBODY,
                env=env,
                cwd=base,
                timeout=60,
            )
        except PermissionError:
            pytest.skip("an unprivileged user cannot run this interpreter here")
        if "Permission denied" in result.stderr and "python" in result.stderr.lower():
            pytest.skip("the unprivileged user cannot run this interpreter")
        assert result.returncode != 0
        assert "Traceback" not in result.stderr
        assert str(folder) in result.stderr
        assert list(folder.iterdir()) == []
    finally:
        for path in base.rglob("*"):
            if path.is_dir():
                path.chmod(0o755)
        shutil.rmtree(base, ignore_errors=True)
