"""The search index built in a child process, and the index cache it is read back from."""

from __future__ import annotations

import os
import shutil
import sys
import time
from pathlib import Path

import pytest

from summit_tui import children
from summit_tui.corpus.build import build_corpus
from summit_tui.corpus.model import Corpus
from summit_tui.search import child_build
from summit_tui.search.child_build import build_in_child
from summit_tui.search.index import CACHE_FILE, SearchIndex

QUERIES = ("Borakr", "ㅍㅍㄹㅅㅌ", "퍼플레", "author:lee AI", "Perplexity", "에이전트")


def _never() -> None:
    raise AssertionError("the index should have come from the cache")


@pytest.fixture
def notes(tmp_path: Path, shipped_notes: Path) -> Path:
    folder = tmp_path / "notes"
    shutil.copytree(shipped_notes, folder)
    return folder


@pytest.fixture
def any_size(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(child_build, "CHILD_MIN_NOTES", 1)


def _corpus(notes: Path, cache: Path) -> Corpus:
    return build_corpus(notes, cache_dir=cache)


def test_the_child_saves_the_index_the_caller_would_have_built(
    notes: Path, tmp_path: Path, any_size: None
) -> None:
    cache = tmp_path / "cache"
    corpus = _corpus(notes, cache)
    assert build_in_child(corpus, cache)
    loaded = SearchIndex.load_or_build(corpus, cache, elsewhere=_never)
    built = SearchIndex.build(corpus)
    for query in QUERIES:
        assert loaded.search(query, resolve=True) == built.search(query, resolve=True), query
    assert loaded.search("Borakr")[0].item_id == "skai2024-k05"


def test_the_child_reports_its_progress(notes: Path, tmp_path: Path, any_size: None) -> None:
    cache = tmp_path / "cache"
    corpus = _corpus(notes, cache)
    seen: list[tuple[int, int]] = []
    assert build_in_child(corpus, cache, progress=lambda done, total: seen.append((done, total)))
    total = seen[-1][1]
    assert seen[0] == (0, total)
    assert seen[-1] == (total, total)
    assert total >= len(corpus.entries)
    assert [done for done, _ in seen] == sorted(done for done, _ in seen)


def test_a_build_here_reports_its_progress(tmp_path: Path, notes: Path) -> None:
    corpus = _corpus(notes, tmp_path / "cache")
    seen: list[tuple[int, int]] = []
    SearchIndex.build(corpus, progress=lambda done, total: seen.append((done, total)))
    total = seen[-1][1]
    assert seen[0] == (0, total)
    assert (len(corpus.entries), total) in seen  # every entry indexed, then the rest
    assert seen[-1] == (total, total)


def test_load_or_build_asks_the_child_only_when_the_cache_has_no_index(
    notes: Path, tmp_path: Path, any_size: None
) -> None:
    cache = tmp_path / "cache"
    corpus = _corpus(notes, cache)
    asked: list[bool] = []

    def elsewhere() -> None:
        asked.append(build_in_child(corpus, cache))

    index = SearchIndex.load_or_build(corpus, cache, elsewhere=elsewhere)
    assert asked == [True]
    assert index.search("Borakr")[0].item_id == "skai2024-k05"
    SearchIndex.load_or_build(corpus, cache, elsewhere=elsewhere)
    assert asked == [True]


def test_notes_edited_meanwhile_make_the_caller_build_its_own(
    notes: Path, tmp_path: Path, any_size: None
) -> None:
    cache = tmp_path / "cache"
    corpus = _corpus(notes, cache)
    note = next(p for p in sorted(notes.rglob("*.md")) if "Perplexity" in p.read_text("utf-8"))
    note.write_text(note.read_text("utf-8") + "\nZanzibar marmalade.\n", "utf-8")
    # The child reads the notes as they are now; the index saved is not this corpus's.
    index = SearchIndex.load_or_build(
        corpus, cache, elsewhere=lambda: build_in_child(corpus, cache)
    )
    assert not index.search("Zanzibar")
    assert index.search("Perplexity")


def test_a_small_corpus_is_built_here(
    notes: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = tmp_path / "cache"
    corpus = _corpus(notes, cache)
    monkeypatch.setattr(children.Child, "start", lambda *a, **k: _never())
    assert len(corpus.notes) < child_build.CHILD_MIN_NOTES
    assert not build_in_child(corpus, cache)


def test_a_child_that_cannot_start_leaves_the_build_to_the_caller(
    notes: Path, tmp_path: Path, any_size: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = tmp_path / "cache"
    corpus = _corpus(notes, cache)
    monkeypatch.setattr(children, "command", lambda *a: [str(tmp_path / "no-such-python")])
    assert not build_in_child(corpus, cache)
    index = SearchIndex.load_or_build(
        corpus, cache, elsewhere=lambda: build_in_child(corpus, cache)
    )
    assert index.search("Borakr")[0].item_id == "skai2024-k05"


def test_a_failing_child_leaves_the_build_to_the_caller(
    notes: Path, tmp_path: Path, any_size: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = tmp_path / "cache"
    corpus = _corpus(notes, cache)
    monkeypatch.setattr(children, "command", lambda *a: [sys.executable, "-c", "1/0"])
    assert not build_in_child(corpus, cache)
    assert not (cache / CACHE_FILE).exists()


def test_a_cancelled_build_stops_the_child(
    notes: Path, tmp_path: Path, any_size: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = tmp_path / "cache"
    corpus = _corpus(notes, cache)
    pid_file = tmp_path / "child.pid"
    sleeper = "import os, sys, time; open(sys.argv[1], 'w').write(str(os.getpid())); time.sleep(60)"
    monkeypatch.setattr(
        children, "command", lambda *a: [sys.executable, "-c", sleeper, str(pid_file)]
    )
    started = time.monotonic()
    assert not build_in_child(corpus, cache, cancelled=pid_file.exists)
    assert time.monotonic() - started < 30
    pid = int(pid_file.read_text())
    with pytest.raises(ProcessLookupError):
        os.kill(pid, 0)


def test_the_childs_work_is_a_build_into_the_cache(tmp_path: Path, notes: Path) -> None:
    cache = tmp_path / "cache"
    seen: list[tuple[int, int]] = []
    assert child_build.build((str(notes), str(cache)), lambda *p: seen.append(p))
    corpus = _corpus(notes, cache)
    assert SearchIndex.load_or_build(corpus, cache, elsewhere=_never).search("Borakr")
    assert seen and seen[-1][0] == seen[-1][1]


def test_the_saved_index_is_the_same_whatever_the_hash_seed(
    tmp_path: Path, notes: Path, any_size: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The child and the app hash strings differently: a build that followed set order
    # would give them indexes that rank ties differently.
    saved = []
    for seed in ("1", "2"):
        cache = tmp_path / f"cache-{seed}"
        corpus = _corpus(notes, cache)
        monkeypatch.setenv("PYTHONHASHSEED", seed)
        assert build_in_child(corpus, cache)
        saved.append((cache / CACHE_FILE).read_bytes())
    assert saved[0] == saved[1]
