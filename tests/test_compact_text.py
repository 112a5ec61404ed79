"""Compact text: a note's body kept as UTF-8 and its entries' texts as spans of it.

A large corpus is mostly text, held once instead of twice; everything that reads a Note or
an Entry must see exactly what it saw before: the same str, equality, hash, repr, copies.
"""

from __future__ import annotations

import pickle
from dataclasses import asdict, replace
from pathlib import Path

import factories
from summit_tui.corpus.build import build_corpus
from summit_tui.corpus.cache import NoteRecord, compact
from summit_tui.corpus.model import (
    Entry,
    Note,
    entry_text_utf8,
    stored_body,
    stored_text,
)

BODY = "# 키노트: AI의 미래\n\n발표자 김민수. Opening remarks 🎤\n\n## Booths\n\n- 부스 A\n"


def _note(body: str = BODY) -> Note:
    return factories.note("day1/kim.md", "kim", body, title="메모", line=4)


def _entry(note: Note, first: int, last: int, text: str | None = None) -> Entry:
    lines = note.body.split("\n")[first - note.body_line : last - note.body_line + 1]
    return factories.entry(
        "\n".join(lines) if text is None else text,
        start=first,
        end=last,
        note=note.path,
        author=note.author,
        title=lines[0].lstrip("#- "),
        entry_id=f"{note.path}#{first}",
    )


def test_compact_entries_read_the_same_text_and_compare_equal() -> None:
    note = _note()
    entries = (_entry(note, 4, 6), _entry(note, 8, 10))
    plain = [replace(e) for e in entries]  # copies made before compacting: str text
    compact(note, entries)

    assert isinstance(stored_body(note), bytes)
    assert all(isinstance(stored_text(e), tuple) for e in entries)
    assert note.body == BODY
    assert entries[0].text == "# 키노트: AI의 미래\n\n발표자 김민수. Opening remarks 🎤"
    assert entries[1].text == "## Booths\n\n- 부스 A"
    for compacted, copy in zip(entries, plain, strict=True):
        assert compacted == copy and copy == compacted
        assert hash(compacted) == hash(copy)
        assert repr(compacted) == repr(copy)
        assert asdict(compacted) == asdict(copy)
        assert replace(compacted, title="x").text == copy.text
        assert entry_text_utf8(compacted) == entry_text_utf8(copy) == copy.text.encode()
    assert entries[0] != entries[1]
    assert replace(entries[0], text="changed") != entries[0]


def test_an_entry_whose_text_is_not_its_lines_keeps_its_own_text() -> None:
    note = _note()
    edited = _entry(note, 4, 5, text="something else")
    compact(note, (edited,))
    assert stored_text(edited) == "something else"
    assert edited.text == "something else"


def test_a_body_that_utf8_cannot_hold_stays_a_str() -> None:
    body = "lone \udce9 surrogate\nsecond line\n"  # what surrogateescape makes of bad bytes
    note = _note(body)
    entry = _entry(note, 4, 5)
    compact(note, (entry,))
    assert note.body == body
    assert entry.text == "lone \udce9 surrogate\nsecond line"
    assert entry_text_utf8(entry) == entry.text.encode("utf-8", "surrogatepass")


def test_a_note_record_survives_the_trip_from_a_pool_worker_compact() -> None:
    note = _note()
    record = NoteRecord(key=(1, 2, 3), note=note, entries=(_entry(note, 4, 6),))
    back = pickle.loads(pickle.dumps(record, protocol=pickle.HIGHEST_PROTOCOL))

    assert back.key == (1, 2, 3)
    assert back.note == note and back.entries == record.entries
    assert back.entries[0].text == record.entries[0].text
    assert stored_text(back.entries[0])[0] is stored_body(back.note)  # one body, shared


def test_default_pickling_still_gives_plain_objects() -> None:
    note = _note()
    entry = _entry(note, 8, 10)
    compact(note, (entry,))
    assert pickle.loads(pickle.dumps(entry)) == entry
    assert pickle.loads(pickle.dumps(note)).body == BODY


def test_warm_start_gives_the_same_text_as_a_cold_one(tmp_path: Path) -> None:
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "kim.md").write_text(
        "---\ntitle: 첫날\nauthor: kim\n---\n" + BODY + "\n## Keynote 기조연설\n\nText.\n",
        encoding="utf-8",
    )
    (notes / "lee.md").write_text("# Only English\n\nplain ascii text\n", encoding="utf-8")
    cache_dir = tmp_path / "cache"
    cold = build_corpus(notes, cache_dir=cache_dir)
    warm = build_corpus(notes, cache_dir=cache_dir)

    assert warm.entries and warm.entries == cold.entries
    assert [e.text for e in warm.entries] == [e.text for e in cold.entries]
    assert [n.body for n in warm.notes] == [n.body for n in cold.notes]
    kim = warm.note("kim.md")
    assert kim is not None and "기조연설" in kim.body
    for entry in warm.entries:
        note = warm.note(entry.note)
        assert note is not None
        lines = note.body.split("\n")
        first, last = entry.start_line - note.body_line, entry.end_line - note.body_line
        assert entry.text == "\n".join(lines[first : last + 1])


def test_objects_restored_from_the_cache_are_the_model_classes_themselves(
    tmp_path: Path,
) -> None:
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "a.md").write_text("# 세션 하나\n\ntext\n\n# Session two\n\nmore\n", encoding="utf-8")
    cache_dir = tmp_path / "cache"
    cold = build_corpus(notes, cache_dir=cache_dir)
    warm = build_corpus(notes, cache_dir=cache_dir)
    assert len(warm.entries) == 2
    for before, after in zip(cold.entries, warm.entries, strict=True):
        assert type(after) is Entry
        assert after == before and hash(after) == hash(before)
        assert warm.entry(after.id) is after
    assert all(type(note) is Note for note in warm.notes)
    assert warm.notes == cold.notes
