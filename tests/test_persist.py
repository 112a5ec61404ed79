"""Cache files: written whole or not at all, and never able to run code when read.

A crafted pickle placed as the parsed-note cache or the search index must not run; a
cache file that someone else could have written (another owner, group/other-writable,
a symbolic link, a shared folder) is not read at all; the notes load as if there were
no cache, and the cache is written again where that is safe.
"""

from __future__ import annotations

import os
import shutil
import struct
from pathlib import Path

import pytest

from summit_tui import persist
from summit_tui.corpus.build import build_corpus
from summit_tui.corpus.cache import cache_file
from summit_tui.search.index import CACHE_FILE, SearchIndex


@pytest.fixture
def notes(tmp_path: Path, shipped_notes: Path) -> Path:
    root = tmp_path / "notes"
    shutil.copytree(shipped_notes, root)
    return root


@pytest.fixture
def cache_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "cache"
    folder.mkdir(mode=0o700)
    return folder


def running_it(marker: Path) -> bytes:
    """A pickle that, when loaded by a plain unpickler, creates ``marker``."""

    class Payload:
        def __reduce__(self):
            return (exec, (f"open({str(marker)!r}, 'w').write('ran')",))

    import pickle

    return pickle.dumps(Payload(), protocol=5)


def through_an_allowed_module(marker: Path) -> bytes:
    """``os.system`` reached by a dotted name inside a module the cache does use."""
    command = f"touch {marker}".encode()
    return (
        b"\x80\x04csummit_tui.corpus.cache\nos.system\n(X"
        + struct.pack("<I", len(command))
        + command
        + b"tR."
    )


PAYLOADS = [running_it, through_an_allowed_module]


@pytest.mark.parametrize("payload", PAYLOADS, ids=["exec", "dotted-os.system"])
@pytest.mark.parametrize("behind_header", [False, True], ids=["bare", "behind-the-header"])
def test_a_crafted_parsed_note_cache_never_runs(
    notes: Path, cache_dir: Path, tmp_path: Path, payload, behind_header: bool
) -> None:
    first = build_corpus(notes, cache_dir=cache_dir)
    path = cache_file(cache_dir, notes)
    marker = tmp_path / "ran"
    header = b"".join(path.read_bytes().splitlines(keepends=True)[:2]) if behind_header else b""
    path.write_bytes(header + payload(marker))

    again = build_corpus(notes, cache_dir=cache_dir)

    assert not marker.exists()
    assert again.entries == first.entries
    assert path.read_bytes() != header + payload(marker)  # replaced by a good cache


@pytest.mark.parametrize("payload", PAYLOADS, ids=["exec", "dotted-os.system"])
def test_a_crafted_search_index_never_runs(
    notes: Path, cache_dir: Path, tmp_path: Path, payload
) -> None:
    corpus = build_corpus(notes, cache_dir=cache_dir)
    SearchIndex.load_or_build(corpus, cache_dir)
    path = cache_dir / CACHE_FILE
    magic, stamp = path.read_bytes().splitlines(keepends=True)[:2]
    marker = tmp_path / "ran"
    evil = payload(marker)
    path.write_bytes(magic + stamp + struct.pack("<Q", len(evil)) + evil)

    index = SearchIndex.load_or_build(corpus, cache_dir)

    assert not marker.exists()
    assert index.search("퍼플렉시티")


def _stats(notes: Path, cache_dir: Path) -> tuple[Path, bytes]:
    build_corpus(notes, cache_dir=cache_dir)
    path = cache_file(cache_dir, notes)
    return path, path.read_bytes()


def _reads_cache(notes: Path, cache_dir: Path, monkeypatch: pytest.MonkeyPatch) -> bool:
    """Whether a load used the cache (parsing nothing) or parsed the notes again."""
    from summit_tui.corpus import pool  # build imports parse_files from it when it parses

    parsed: list[int] = []
    real = pool.parse_files

    def counting(jobs, *args, **kwargs):
        parsed.append(len(jobs))
        return real(jobs, *args, **kwargs)

    monkeypatch.setattr(pool, "parse_files", counting)
    build_corpus(notes, cache_dir=cache_dir)
    monkeypatch.setattr(pool, "parse_files", real)
    return sum(parsed) == 0


def test_the_cache_is_read_when_it_is_the_users_own(
    notes: Path, cache_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _stats(notes, cache_dir)
    assert _reads_cache(notes, cache_dir, monkeypatch)


@pytest.mark.skipif(not hasattr(os, "getuid"), reason="POSIX owners and modes")
@pytest.mark.parametrize("mode", [0o620, 0o602, 0o666], ids=["group-w", "other-w", "both"])
def test_a_cache_file_others_can_write_is_ignored(
    notes: Path, cache_dir: Path, monkeypatch: pytest.MonkeyPatch, mode: int
) -> None:
    path, _ = _stats(notes, cache_dir)
    path.chmod(mode)
    assert not _reads_cache(notes, cache_dir, monkeypatch)
    assert path.stat().st_mode & 0o777 == 0o600  # written again, the user's own
    assert _reads_cache(notes, cache_dir, monkeypatch)


@pytest.mark.skipif(not hasattr(os, "getuid"), reason="POSIX owners and modes")
def test_a_cache_file_of_another_owner_is_ignored(
    notes: Path, cache_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _stats(notes, cache_dir)
    real_fstat = os.fstat

    def as_if_another_user_wrote_it(fd: int) -> os.stat_result:
        values = list(real_fstat(fd))
        values[4] = os.getuid() + 1  # st_uid; the folder (os.stat) stays the user's
        return os.stat_result(values)

    monkeypatch.setattr(os, "fstat", as_if_another_user_wrote_it)
    assert not _reads_cache(notes, cache_dir, monkeypatch)


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="symbolic links")
def test_a_cache_file_that_is_a_symbolic_link_is_ignored(
    notes: Path, cache_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path, data = _stats(notes, cache_dir)
    elsewhere = tmp_path / "elsewhere.pickle"
    elsewhere.write_bytes(data)
    elsewhere.chmod(0o600)
    path.unlink()
    path.symlink_to(elsewhere)
    assert not _reads_cache(notes, cache_dir, monkeypatch)
    assert elsewhere.read_bytes() == data  # the link's target is never written through


@pytest.mark.skipif(not hasattr(os, "getuid"), reason="POSIX owners and modes")
def test_a_shared_cache_folder_is_neither_read_nor_written(
    notes: Path, cache_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path, data = _stats(notes, cache_dir)
    cache_dir.chmod(0o777)
    assert not _reads_cache(notes, cache_dir, monkeypatch)
    path.unlink()
    build_corpus(notes, cache_dir=cache_dir)
    assert not path.exists()
    assert not [p for p in cache_dir.iterdir() if p.name.endswith(".tmp")]
    cache_dir.chmod(0o700)
    build_corpus(notes, cache_dir=cache_dir)
    assert path.read_bytes() == data


def test_a_new_cache_folder_is_private(notes: Path, tmp_path: Path) -> None:
    folder = tmp_path / "deep" / "cache"
    build_corpus(notes, cache_dir=folder)
    if hasattr(os, "getuid"):
        assert folder.stat().st_mode & 0o077 == 0
    assert cache_file(folder, notes).stat().st_mode & 0o077 == 0


# -- the module itself -------------------------------------------------------------------------


def test_a_stale_stamp_is_known_before_anything_is_read(tmp_path: Path) -> None:
    path = tmp_path / "thing.bin"
    assert persist.save_cache(path, "thing", "v1", lambda out: out.write(b"payload"))
    calls: list[bytes] = []

    def read(handle) -> bytes:
        calls.append(handle.read())
        return calls[-1]

    assert persist.read_cache(path, "thing", "v1", read) == b"payload"
    assert persist.read_cache(path, "thing", "v2", read) is None
    assert persist.read_cache(path, "other", "v1", read) is None
    assert calls == [b"payload"]


def test_a_failed_write_keeps_the_old_file_and_leaves_no_temp(tmp_path: Path) -> None:
    path = tmp_path / "thing.bin"
    assert persist.save_cache(path, "thing", "v1", lambda out: out.write(b"old"))

    def fail_halfway(out) -> None:
        out.write(b"half of the new")
        raise OSError(28, "No space left on device")

    assert not persist.save_cache(path, "thing", "v2", fail_halfway)
    assert persist.read_cache(path, "thing", "v1", lambda h: h.read()) == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["thing.bin"]


def test_the_new_content_is_on_disk_before_the_rename(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    order: list[str] = []
    real_fsync, real_replace = os.fsync, os.replace
    monkeypatch.setattr(os, "fsync", lambda fd: (order.append("fsync"), real_fsync(fd))[1])
    monkeypatch.setattr(
        os, "replace", lambda a, b: (order.append("replace"), real_replace(a, b))[1]
    )
    persist.write_bytes_atomic(tmp_path / "export.md", b"# export\n")
    assert order == ["fsync", "replace"]
    assert (tmp_path / "export.md").read_bytes() == b"# export\n"


def test_only_the_named_classes_are_unpickled() -> None:
    import pickle
    from array import array

    allowed = persist.allow("array", "array", "_array_reconstructor")
    data = pickle.dumps({"a": [1, "x", b"y", (2.5, None)], "b": array("I", [1, 2])})
    assert persist.load_pickle(data, allowed) == {
        "a": [1, "x", b"y", (2.5, None)],
        "b": array("I", [1, 2]),
    }
    with pytest.raises(persist.UnsafeCache):
        persist.load_pickle(pickle.dumps(Path("/etc")), allowed)
    with pytest.raises(persist.UnsafeCache):
        persist.load_pickle(b"\x80\x04carray\narray.__init__\n.", allowed)


def test_temp_files_left_by_an_interrupted_write_are_cleared_once_old(tmp_path: Path) -> None:
    path = tmp_path / "thing.bin"
    stale, young = tmp_path / ".thing.bin.0123456789ab.tmp", tmp_path / ".thing.bin.ba98.tmp"
    other = tmp_path / ".other.bin.0123.tmp"
    for leftover in (stale, young, other):
        leftover.write_bytes(b"half a cache")
    old = stale.stat().st_mtime - persist.STALE_TEMP_SECONDS - 60
    os.utime(stale, (old, old))
    os.utime(other, (old, old))
    assert persist.save_cache(path, "thing", "v1", lambda out: out.write(b"whole"))
    assert not stale.exists()
    assert young.exists() and other.exists()  # maybe a write in progress; not this file's
