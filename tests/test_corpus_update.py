"""A note edited, added or deleted on disk costs that note: the corpus made around it is
the one a whole load would give, and every other note and entry is kept as it was."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from summit_tui.corpus.build import build_corpus
from summit_tui.corpus.model import Corpus
from summit_tui.corpus.update import Relinked, updated_corpus


@pytest.fixture
def notes(tmp_path: Path, shipped_notes: Path) -> Path:
    folder = tmp_path / "notes"
    shutil.copytree(shipped_notes, folder)
    return folder


def _same(a: Corpus, b: Corpus) -> None:
    assert [n.path for n in a.notes] == [n.path for n in b.notes]
    assert a.entries == b.entries
    assert {e.id: a.linked_item_id(e.id) for e in a.entries} == {
        e.id: b.linked_item_id(e.id) for e in b.entries
    }
    assert dict(a.links) == dict(b.links)
    assert sorted(a.problems, key=repr) == sorted(b.problems, key=repr)
    for item in a.items():
        assert a.authors_for(item.id) == b.authors_for(item.id)


def test_an_edited_note_gives_the_corpus_a_whole_load_gives(notes: Path) -> None:
    before = build_corpus(notes)
    note = next(p for p in sorted(notes.glob("*.md")) if "Perplexity" in p.read_text("utf-8"))
    heading = "Rethinking Silicon at the Dawn of the AI Era, once more"  # a program talk
    note.write_text(note.read_text("utf-8") + f"\n## {heading}\n\nA new section.\n", "utf-8")
    rel = note.name
    after = updated_corpus(before, {rel})
    assert after is not None
    _same(after, build_corpus(notes))
    kept = [n for n in after.notes if n.path != rel]
    assert all(n is before.note(n.path) for n in kept)  # the other notes are not read again
    (added,) = [e for e in after.entries if e.title == heading]
    assert after.linked_item_id(added.id) == "skai2024-k12"


def test_a_talk_the_program_does_not_list_needs_a_whole_load(notes: Path) -> None:
    """It becomes an item beside the program's (corpus.unlisted), which depends on every
    note: the caller loads the whole folder."""
    before = build_corpus(notes)
    note = next(p for p in sorted(notes.glob("*.md")) if "Perplexity" in p.read_text("utf-8"))
    note.write_text(note.read_text("utf-8") + "\n## Zanzibar\n\nA new section.\n", "utf-8")
    assert updated_corpus(before, {note.name}) is None
    after = build_corpus(notes)
    assert after.program.extended
    assert after.item("zanzibar") is not None and after.item("zanzibar").inferred
    assert updated_corpus(after, {sorted(notes.glob("*.md"))[0].name}) is None


def test_added_and_deleted_notes(notes: Path) -> None:
    before = build_corpus(notes)
    gone = sorted(notes.glob("*.md"))[0]
    gone.unlink()
    sub = notes / "more"
    sub.mkdir()
    (sub / "new.md").write_text("---\nauthor: Kim\n---\n# Zanzibar talk\n\nText.\n", "utf-8")
    after = updated_corpus(before, {gone.name, "more/new.md", ".hidden.md", "x.txt"})
    assert after is not None
    _same(after, build_corpus(notes))
    assert after.note("more/new.md") is not None and after.note(gone.name) is None


def test_items_inferred_from_every_note_need_a_whole_load(notes: Path) -> None:
    (notes / "program.yaml").unlink()
    before = build_corpus(notes)
    assert updated_corpus(before, {sorted(notes.glob("*.md"))[0].name}) is None


def test_links_overlaid_stay_one_level_deep(notes: Path) -> None:
    corpus = build_corpus(notes)
    note = sorted(notes.glob("*.md"))[1]
    for n in range(3):
        note.write_text(note.read_text("utf-8") + f"\nMore {n}.\n", "utf-8")
        updated = updated_corpus(corpus, {note.name})
        assert updated is not None
        corpus = updated
    assert isinstance(corpus.links, Relinked)
    assert not isinstance(corpus.links._base, Relinked)
    _same(corpus, build_corpus(notes))
