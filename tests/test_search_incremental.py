"""The search index is incremental: a changed note costs that note's work, in the app
(from the corpus) and in `summit-tui search` (without it); what changed is known from the
notes' file keys."""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import pytest

import search_rankings
from summit_tui.corpus import build as corpus_build
from summit_tui.corpus.build import build_corpus
from summit_tui.corpus.update import updated_corpus
from summit_tui.search import index as index_module
from summit_tui.search.index import CACHE_FILE, DELTA_FILE, SearchIndex


@pytest.fixture
def notes(tmp_path: Path, shipped_notes: Path) -> Path:
    folder = tmp_path / "notes"
    shutil.copytree(shipped_notes, folder)
    return folder


@pytest.fixture
def cache(tmp_path: Path) -> Path:
    return tmp_path / "cache"


def _note_with(notes: Path, word: str) -> Path:
    return next(p for p in sorted(notes.rglob("*.md")) if word in p.read_text("utf-8"))


def _edit(path: Path, old: str, new: str, tail: str = "") -> None:
    text = path.read_text("utf-8")
    assert old in text
    path.write_text(text.replace(old, new) + tail, "utf-8")
    info = path.stat()  # a later mtime, whatever the clock's resolution
    os.utime(path, ns=(info.st_atime_ns, info.st_mtime_ns + 10**9))


def _loaded(notes: Path, cache: Path) -> SearchIndex:
    return SearchIndex.load_or_build(build_corpus(notes, cache_dir=cache), cache)


def _never(*_args, **_kwargs):
    raise AssertionError("this should not have been needed")


def test_an_edited_note_is_indexed_alone_and_the_base_is_kept(notes: Path, cache: Path) -> None:
    _loaded(notes, cache)
    base = (cache / CACHE_FILE).read_bytes()
    note = _note_with(notes, "Perplexity")
    _edit(note, "Perplexity", "Perplexity", "\nZanzibar marmalade.\n")
    index = _loaded(notes, cache)
    assert index.size["delta_notes"] == 1
    assert (cache / CACHE_FILE).read_bytes() == base  # the base is not built again
    assert (cache / DELTA_FILE).is_file()
    found = index.search("zanzibar", resolve=True)
    assert found and found[0].note == note.relative_to(notes).as_posix()
    passage = index.corpus.passages(found[0].entry_id)[found[0].passage]
    assert "Zanzibar" in passage.plain
    again = _loaded(notes, cache)
    assert again.size["delta_notes"] == 1 and again.search("zanzibar") == index.search("zanzibar")


def test_words_taken_out_of_a_note_are_no_longer_found(notes: Path, cache: Path) -> None:
    index = _loaded(notes, cache)
    word = "에이전트"
    holders = {r.note for r in index.search(word, limit=500) if r.kind == "passage"}
    # A note that writes the word, and not agent (which search hears as it too).
    taken = next(
        rel
        for rel in sorted(holders)
        if word in (text := (notes / rel).read_text("utf-8")) and "agent" not in text.lower()
    )
    _edit(notes / taken, word, "qwertyuiop")
    index = _loaded(notes, cache)
    left = {r.note for r in index.search(word, limit=500) if r.kind == "passage"}
    assert left == holders - {taken}
    assert index.search("qwertyuiop")


def test_an_incremental_index_ranks_as_one_built_at_once(tmp_path: Path) -> None:
    # Exactly, for every keystroke whose rarest word is in fewer passages than the pool
    # holds (past that bound both keep the best, but not always the same equals).
    notes = search_rankings.generate(tmp_path / "notes")
    cache = tmp_path / "cache"
    _loaded(notes, cache)
    for n in (3, 150, 299):
        path = notes / f"note-{n:05d}.md"
        _edit(path, "\n", "\n", "\nZanzibar marmalade about datacenter power, Kaifu Leee.\n")
    corpus = build_corpus(notes, cache_dir=cache)
    incremental = search_rankings.rankings(SearchIndex.load_or_build(corpus, cache))
    whole = search_rankings.rankings(SearchIndex.build(corpus))
    same = [state for state in whole if incremental[state] == whole[state]]
    assert len(same) >= 0.75 * len(whole)
    for query in ("kaifu", "Borakr", "nuclear enrgy", "datacenter power", "kind:booth cloud"):
        assert incremental[query] == whole[query], query


def test_a_deleted_note_leaves_the_index(notes: Path, cache: Path) -> None:
    _loaded(notes, cache)
    note = _note_with(notes, "Perplexity")
    rel = note.relative_to(notes).as_posix()
    note.unlink()
    index = _loaded(notes, cache)
    assert all(r.note != rel for r in index.search("Perplexity", limit=500))
    searched = SearchIndex.open_folder(notes, cache)
    assert searched is not None
    assert all(r.note != rel for r in searched.search("Perplexity", limit=500))


def test_the_command_side_updates_the_index_without_the_corpus(
    notes: Path, cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _loaded(notes, cache)
    monkeypatch.setattr(corpus_build, "build_corpus", _never)
    unchanged = SearchIndex.open_folder(notes, cache)
    assert unchanged is not None and unchanged.search("Borakr")[0].item_id == "skai2024-k05"
    note = _note_with(notes, "Perplexity")
    _edit(note, "Perplexity", "Perplexity", "\nZanzibar marmalade.\n")
    fresh = SearchIndex.open_folder(notes, cache)
    assert fresh is not None and fresh.size["delta_notes"] == 1
    found = fresh.search("zanzibar", resolve=True)
    assert found[0].note == note.relative_to(notes).as_posix()
    assert found[0].passage is not None and "Zanzibar" in found[0].snippet
    # Saved: the next search parses nothing.
    from summit_tui.corpus import note_parse

    monkeypatch.setattr(note_parse, "parse_file", _never)
    monkeypatch.setattr(index_module, "_parse_alone", _never)
    again = SearchIndex.open_folder(notes, cache)
    assert again is not None and again.search("zanzibar") == fresh.search("zanzibar")


def test_results_read_from_the_files_are_those_of_the_corpus(notes: Path, cache: Path) -> None:
    loaded = _loaded(notes, cache)
    searched = SearchIndex.open_folder(notes, cache)
    assert searched is not None and searched.corpus is None
    for query in ("Borakr", "퍼플레", "ㅍㅍㄹㅅㅌ", "에이전트", "author:lee AI", "datacenter"):
        assert searched.search(query, resolve=True) == loaded.search(query, resolve=True)


def test_many_changes_or_a_new_program_build_the_base_again(
    notes: Path, cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _loaded(notes, cache)
    monkeypatch.setattr(index_module, "DELTA_MAX_NOTES", 1)
    for path in sorted(notes.glob("*.md"))[:2]:
        _edit(path, "\n", "\n", "\nMore words.\n")
    assert SearchIndex.open_folder(notes, cache) is None  # the caller loads the corpus
    base = (cache / CACHE_FILE).read_bytes()
    index = _loaded(notes, cache)
    assert index.size["delta_notes"] == 0
    assert (cache / CACHE_FILE).read_bytes() != base
    program = notes / "program.yaml"
    program.write_text(program.read_text("utf-8") + "\n# edited\n", "utf-8")
    assert SearchIndex.open_folder(notes, cache) is None
    assert _loaded(notes, cache).search("Borakr")


def test_a_folder_without_a_program_is_not_updated_note_by_note(notes: Path, cache: Path) -> None:
    (notes / "program.yaml").unlink()
    index = _loaded(notes, cache)
    assert SearchIndex.open_folder(notes, cache) is None
    assert index.updated(index.corpus, ["x.md"]) is None  # type: ignore[arg-type]


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX inodes")
def test_a_note_replaced_by_another_file_of_the_same_size_and_time_is_seen(
    notes: Path, cache: Path
) -> None:
    _loaded(notes, cache)
    note = _note_with(notes, "Perplexity")
    info = note.stat()
    text = note.read_text("utf-8")
    replacement = note.with_name("replacement.tmp")
    replacement.write_text(text.replace("Perplexity", "Zanzibarxx"), "utf-8")
    os.utime(replacement, ns=(info.st_atime_ns, info.st_mtime_ns))
    os.replace(replacement, note)  # same size and mtime, another inode
    searched = SearchIndex.open_folder(notes, cache)
    assert searched is not None and searched.search("zanzibarxx")


def _extended(notes: Path) -> Path:
    """A talk the program does not list (Zanzibar, an item beside the program's:
    corpus.unlisted) in one note; that note."""
    holder = _note_with(notes, "Perplexity")
    _edit(holder, "Perplexity", "Perplexity", "\n## Zanzibar\n\nA talk of its own.\n")
    corpus = build_corpus(notes)
    assert corpus.program.extended and corpus.item("zanzibar") is not None
    return holder


def test_beside_an_unlisted_item_an_edit_is_indexed_alone(notes: Path, cache: Path) -> None:
    """In a folder whose program does not list every talk, a note apart from those talks
    is still indexed alone, in the app (the corpus updated) and on a load."""
    holder = _extended(notes)
    corpus = build_corpus(notes, cache_dir=cache)
    index = SearchIndex.load_or_build(corpus, cache)
    base = (cache / CACHE_FILE).read_bytes()
    other = next(p for p in sorted(notes.glob("*sk-ai-summit*.md")) if p != holder)
    rel = other.name
    _edit(other, "\n", "\n", "\nQuokka marmalade.\n")
    fresh = updated_corpus(corpus, {rel})
    assert fresh is not None
    updated = index.updated(fresh, {rel}, cache_dir=cache)
    assert updated is not None and updated.size["delta_notes"] == 1
    assert updated.search("quokka")[0].note == rel
    assert updated.search("zanzibar")[0].item_id == "zanzibar"
    loaded = _loaded(notes, cache)
    assert loaded.size["delta_notes"] == 1 and loaded.search("quokka")[0].note == rel
    assert (cache / CACHE_FILE).read_bytes() == base  # the base is not built again


def test_beside_an_unlisted_item_the_command_finds_an_edit_without_the_corpus(
    notes: Path, cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    holder = _extended(notes)
    _loaded(notes, cache)
    monkeypatch.setattr(corpus_build, "build_corpus", _never)
    unchanged = SearchIndex.open_folder(notes, cache)
    assert unchanged is not None and unchanged.search("zanzibar")[0].item_id == "zanzibar"
    other = next(p for p in sorted(notes.glob("*sk-ai-summit*.md")) if p != holder)
    _edit(other, "\n", "\n", "\nQuokka marmalade.\n")
    fresh = SearchIndex.open_folder(notes, cache)
    assert fresh is not None and fresh.size["delta_notes"] == 1
    assert fresh.search("quokka")[0].note == other.name


def test_the_unlisted_talks_own_note_edited_builds_the_base_again(notes: Path, cache: Path) -> None:
    """The note the unlisted item comes from, edited: the command loads the corpus, and
    the index is built again with the item as the note now names it."""
    holder = _extended(notes)
    _loaded(notes, cache)
    _edit(holder, "## Zanzibar\n", "## Zanzibar Reef\n")
    assert SearchIndex.open_folder(notes, cache) is None  # the caller loads the corpus
    index = _loaded(notes, cache)
    assert index.size["delta_notes"] == 0
    assert index.item_position("zanzibar") is None
    assert index.search("zanzibar reef")[0].item_id == "zanzibar-reef"
    searched = SearchIndex.open_folder(notes, cache)
    assert searched is not None and searched.search("zanzibar reef")[0].item_id == "zanzibar-reef"


def test_the_saved_notes_of_unlisted_items_are_the_corpus_s_after_edits(
    notes: Path, cache: Path
) -> None:
    """The notes the unlisted items come from are saved with the base only; they stay right
    through edits indexed alone, since they are the notes of those items' entries (which
    the saved key holds: an edit that changes them changes the key and builds the base
    again)."""
    holder = _extended(notes)
    other = next(p for p in sorted(notes.glob("*sk-ai-summit*.md")) if p != holder)
    _loaded(notes, cache)
    for edited, old, new in ((other, "\n", "\n"), (holder, "## Zanzibar\n", "## Zanzibar Reef\n")):
        _edit(edited, old, new, "\nQuokka marmalade.\n")
        index = _loaded(notes, cache)
        corpus = build_corpus(notes)
        assert index.unlisted == index_module.Unlisted.of(corpus)
        assert index.unlisted.notes == {holder.name}
