"""A note edited, added or deleted on disk costs that note: the corpus made around it is
the one a whole load would give, and every other note and entry is kept as it was."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from summit_tui.corpus.build import build_corpus
from summit_tui.corpus.model import Corpus
from summit_tui.corpus.program import load_program
from summit_tui.corpus.unlisted import listed_program
from summit_tui.corpus.update import Relinked, unlisted_sources, updated_corpus


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
    note that holds or could make such an item: the caller loads the whole folder."""
    before = build_corpus(notes)
    note = next(p for p in sorted(notes.glob("*.md")) if "Perplexity" in p.read_text("utf-8"))
    note.write_text(note.read_text("utf-8") + "\n## Zanzibar\n\nA new section.\n", "utf-8")
    assert updated_corpus(before, {note.name}) is None
    after = build_corpus(notes)
    assert after.program.extended
    assert after.item("zanzibar") is not None and after.item("zanzibar").inferred
    assert unlisted_sources(after) == {note.name}


def _extended(notes: Path) -> tuple[Path, Corpus]:
    """The shipped notes with one talk their program does not list (Zanzibar), in the
    note that also has the Perplexity talk: the holder, and the corpus a whole load gives."""
    holder = next(p for p in sorted(notes.glob("*.md")) if "Perplexity" in p.read_text("utf-8"))
    holder.write_text(holder.read_text("utf-8") + "\n## Zanzibar\n\nA new section.\n", "utf-8")
    corpus = build_corpus(notes)
    assert corpus.program.extended and corpus.item("zanzibar") is not None
    return holder, corpus


def test_beside_an_unlisted_item_another_note_is_read_again_alone(notes: Path) -> None:
    """An edit to a note that has nothing to do with the item the program does not list
    costs that note (the other notes are the same objects) and gives what a whole load
    gives, the unlisted item included."""
    holder, before = _extended(notes)
    other = next(p for p in sorted(notes.glob("*sk-ai-summit*.md")) if p != holder)
    heading = "Rethinking Silicon at the Dawn of the AI Era, once more"  # a program talk
    other.write_text(other.read_text("utf-8") + f"\n## {heading}\n\nquokka words.\n", "utf-8")
    after = updated_corpus(before, {other.name})
    assert after is not None
    _same(after, build_corpus(notes))
    assert all(n is before.note(n.path) for n in after.notes if n.path != other.name)
    assert after.program is before.program
    assert after.authors_for("zanzibar") == before.authors_for("zanzibar")
    (added,) = [e for e in after.entries if e.title == heading]
    assert after.linked_item_id(added.id) == "skai2024-k12"


def test_the_unlisted_talks_own_note_takes_a_whole_load(notes: Path) -> None:
    """The note that holds the unlisted item, edited: a whole load, which gives the item
    as the note now says (renamed here, and gone when the section goes)."""
    holder, before = _extended(notes)
    text = holder.read_text("utf-8")
    holder.write_text(text.replace("## Zanzibar", "## Zanzibar Reef"), "utf-8")
    assert updated_corpus(before, {holder.name}) is None
    renamed = build_corpus(notes)
    assert renamed.item("zanzibar-reef") is not None and renamed.item("zanzibar") is None
    holder.write_text(text.replace("\n## Zanzibar\n\nA new section.\n", ""), "utf-8")
    assert updated_corpus(renamed, {holder.name}) is None
    assert not build_corpus(notes).program.extended


def test_a_new_note_with_the_unlisted_talk_takes_a_whole_load(notes: Path) -> None:
    """A second note about the unlisted talk joins its item: only a whole load says so."""
    _holder, before = _extended(notes)
    (notes / "zanzibar-too.md").write_text(
        "---\nauthor: Second Author\nevent: SK AI Summit 2024\ndate: 2024-11-04\n---\n"
        "# Zanzibar\n\nMore about it.\n",
        "utf-8",
    )
    assert updated_corpus(before, {"zanzibar-too.md"}) is None
    after = build_corpus(notes)
    assert "zanzibar-too.md" in {e.note for e in after.entries_for("zanzibar")}


def test_the_program_a_note_is_read_against_is_its_files(notes: Path) -> None:
    """A note read again alone is segmented and linked as a whole load does it: against
    the program as its file lists it, not the one with the unlisted items in."""
    _holder, corpus = _extended(notes)
    from_file, _problems = load_program(notes / "program.yaml", rel="program.yaml")
    listed = listed_program(corpus.program)
    assert listed.events == from_file.events and not listed.extended
    assert listed_program(listed) is listed


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


def test_a_note_read_again_shares_the_strings_of_the_notes_beside_it(notes: Path) -> None:
    """A whole load keeps one copy of what many notes say alike (author, event, date,
    titles); a note read again alone holds those same strings, not copies that would add
    up over a long session of edits."""
    before = build_corpus(notes)
    note = next(p for p in sorted(notes.glob("*.md")) if "Perplexity" in p.read_text("utf-8"))
    note.write_text(note.read_text("utf-8") + "\nOne more line.\n", "utf-8")
    rel = note.name
    after = updated_corpus(before, {rel})
    assert after is not None
    old, new = before.note(rel), after.note(rel)
    assert new is not old
    for name in ("author", "event", "date", "title"):
        value = getattr(new, name)
        assert value == getattr(old, name)
        assert value is None or value is getattr(old, name), name
    assert new.tags is old.tags or not new.tags
    old_entries = {e.id: e for e in before.entries if e.note == rel}
    for entry in (e for e in after.entries if e.note == rel):
        was = old_entries[entry.id]
        assert entry.author is was.author
        assert entry.title is was.title
        assert entry.heading_path is was.heading_path


def test_a_new_note_shares_the_author_and_event_of_the_note_beside_it(notes: Path) -> None:
    before = build_corpus(notes)
    source = next(p for p in sorted(notes.glob("*.md")) if "Perplexity" in p.read_text("utf-8"))
    copy = source.with_name(source.stem + "-copy.md")
    copy.write_text(source.read_text("utf-8"), "utf-8")
    after = updated_corpus(before, {copy.name})
    assert after is not None
    made, beside = after.note(copy.name), before.note(source.name)
    assert made is not None and beside is not None
    assert made.author == beside.author and made.author is beside.author
    assert made.event == beside.event and (made.event is None or made.event is beside.event)
