"""The annotation session: lookups from memory, kept up with the store, filters, export."""

from __future__ import annotations

from pathlib import Path

from summit_tui.annotate.anchor import find_quote
from summit_tui.annotate.collection import attach
from summit_tui.annotate.session import AnnotationSession, Filters
from summit_tui.annotate.store import AnnotationStore
from test_annotate_support import corpus

CLAIM = "Her main claim was that evaluation, not model size, decides who ships agents first."


def alice_entry(c):
    return next(e for e in c.entries_for("d1-keynote") if e.author == "Alice")


def opened(data: Path, c) -> AnnotationSession:
    """A session scoped to the corpus's notes folder, as the app opens it."""
    session = AnnotationSession.open(data)
    session.corpus_loaded(c)
    return session


def test_nothing_is_shown_before_the_notes_folder_is_known(tmp_path: Path) -> None:
    c = corpus()
    with AnnotationStore.open(tmp_path) as store:
        attach(store, c)
        store.add("d1-keynote", "made in this folder")
    session = AnnotationSession.open(tmp_path)
    assert session.annotations == ()
    session.corpus_loaded(c)
    assert [a.comment for a in session.annotations] == ["made in this folder"]
    session.close()


def test_marks_and_annotations_are_answered_from_memory(tmp_path: Path) -> None:
    c = corpus()
    session = opened(tmp_path, c)
    entry = alice_entry(c)
    passage = next(p for p in c.passages(entry) if p.text == CLAIM)
    session.annotate("d1-keynote", "the crux", ["eval"], entry=entry, passage=passage)
    session.annotate("d1-keynote", "ask about pricing")
    session.toggle_star("d1-keynote")
    assert session.marks("d1-keynote") == (True, False)
    assert [a.comment for a in session.for_item("d1-keynote")] == ["the crux", "ask about pricing"]
    assert [a.comment for a in session.item_notes("d1-keynote")] == ["ask about pricing"]
    assert [a.comment for a in session.for_passage(entry, passage)] == ["the crux"]
    assert session.is_annotated(entry, passage)
    other = next(p for p in c.passages(entry) if p is not passage)
    assert not session.is_annotated(entry, other)
    assert session.annotated_lines("d1-keynote") == [passage.start_line]
    session.close()


def test_a_write_by_another_process_is_picked_up_and_listeners_told(tmp_path: Path) -> None:
    c = corpus()
    session = opened(tmp_path, c)
    told: list[bool] = []
    session.subscribe(lambda: told.append(True))
    with AnnotationStore.open(tmp_path) as elsewhere:
        attach(elsewhere, c)
        elsewhere.add("d1-lambda", "from the other window")
    assert session.refresh_if_changed_elsewhere()
    assert told
    assert [a.comment for a in session.annotations] == ["from the other window"]
    session.close()


def test_tag_filters_match_part_of_a_tag_and_ignore_case_and_hash(tmp_path: Path) -> None:
    c = corpus()
    session = opened(tmp_path, c)
    session.annotate("d1-keynote", "one", ["Evaluation"])
    session.annotate("d1-lambda", "two", ["gpu"])
    assert [a.comment for a in session.filtered(c, Filters(tag="#eval"))] == ["one"]
    assert [a.comment for a in session.filtered(c, Filters(tag="PU"))] == ["two"]
    assert len(session.filtered(c, Filters())) == 2
    assert [a.comment for a in session.filtered(c, Filters(day="2024-11-04", tag="g"))] == ["two"]
    session.close()


def test_a_tag_filter_of_hangul_initials_finds_the_korean_tag(tmp_path: Path) -> None:
    c = corpus()
    session = opened(tmp_path, c)
    session.annotate("d1-keynote", "one", ["디자인"])
    session.annotate("d1-lambda", "two", ["데이터"])
    assert [a.comment for a in session.filtered(c, Filters(tag="ㄷㅈ"))] == ["one"]
    assert [a.comment for a in session.filtered(c, Filters(tag="#ㄷㅇ"))] == ["two"]
    assert [a.comment for a in session.filtered(c, Filters(tag="디"))] == ["one"]
    assert len(session.filtered(c, Filters(tag="ㄷ"))) == 2
    session.close()


def test_export_writes_what_it_is_given(tmp_path: Path) -> None:
    c = corpus()
    session = opened(tmp_path / "data", c)
    session.annotate("d1-keynote", "kept in the export", ["eval"])
    session.annotate("d1-lambda", "left out of the export", ["gpu"])
    shown = session.filtered(c, Filters(tag="eval"))
    exported = session.export(c, tmp_path / "out", shown)
    text = exported.path.read_text(encoding="utf-8")
    assert exported.count == 1
    assert "kept in the export" in text and "left out of the export" not in text
    everything = session.export(c, tmp_path / "all")
    assert everything.count == 2
    session.close()


def test_reanchoring_after_a_reload_keeps_every_annotation(tmp_path: Path) -> None:
    c = corpus()
    session = opened(tmp_path, c)
    target = find_quote(alice_entry(c), "evaluation, not model size")
    session.store.add("d1-keynote", "quoted", target=target)
    report = session.corpus_loaded(c)
    assert report.checked == 1 and report.orphaned == 0
    assert len(session.annotations) == 1
    session.close()


def test_its_own_changes_are_held_as_a_new_read_would_show_them_without_one(
    tmp_path: Path, monkeypatch
) -> None:
    # A keystroke (save, delete, undo, star) costs one row, not a read of every
    # annotation: at 5,000 that read took longer than the whole annotations screen.
    c = corpus()
    session = opened(tmp_path, c)
    told: list[int] = []
    session.subscribe(lambda: told.append(len(session.annotations)))
    reads: list[bool] = []
    read_all = session.store.annotations
    monkeypatch.setattr(
        session.store, "annotations", lambda *a, **k: reads.append(True) or read_all(*a, **k)
    )
    entry = alice_entry(c)
    passage = next(p for p in c.passages(entry) if p.text == CLAIM)
    keynote, lambda_ = c.item("d1-keynote"), c.item("d1-lambda")
    quoted = session.annotate(
        "d1-keynote", "the crux", ["eval"], entry=entry, passage=passage, item=keynote
    )
    note = session.annotate("d1-lambda", "ask about pricing", item=lambda_)
    session.update(quoted.id, "the crux, edited", ["eval", "agents"])
    session.delete(note.id)
    session.toggle_star("d1-keynote", keynote)
    assert reads == []
    assert told == [1, 2, 2, 1, 1]  # each change told once, after it is held
    assert [a.comment for a in session.for_passage(entry, passage)] == ["the crux, edited"]
    assert session.item_notes("d1-lambda") == []
    assert session.marks("d1-keynote") == (True, False)
    assert session.restore(note.id).deleted is None
    assert [a.id for a in session.annotations] == [quoted.id, note.id]  # in the order made
    monkeypatch.undo()
    again = opened(tmp_path, c)
    assert session.annotations == again.annotations
    assert session.all_marks() == again.all_marks()
    again.close()
    session.close()


def test_a_worker_reads_another_process_write_without_telling_listeners(tmp_path: Path) -> None:
    # The app looks in a worker thread and redraws on its own thread when this says so.
    c = corpus()
    session = opened(tmp_path, c)
    told: list[bool] = []
    session.subscribe(lambda: told.append(True))
    assert not session.read_if_changed_elsewhere()
    with AnnotationStore.open(tmp_path) as elsewhere:
        attach(elsewhere, c)
        elsewhere.add("d1-lambda", "from the other window")
    assert session.read_if_changed_elsewhere()
    assert told == []
    assert [a.comment for a in session.annotations] == ["from the other window"]
    assert not session.read_if_changed_elsewhere()
    session.close()
