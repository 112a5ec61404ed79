"""The parse cache: a warm start reuses it, any change to the notes invalidates what changed,
and a broken or unwritable cache is never trusted and never fatal.

The segmenter and linker are replaced by small counting stand-ins, so these tests pin the
cache's behaviour (what is re-parsed, what is reused) independent of how notes are split.
"""

from __future__ import annotations

import os
import sys
import types
from collections.abc import Mapping
from dataclasses import replace
from pathlib import Path

import pytest

from summit_tui.corpus import cache as cache_module
from summit_tui.corpus.build import build_corpus
from summit_tui.corpus.cache import cache_file
from summit_tui.corpus.model import (
    Candidate,
    Entry,
    EntryKind,
    Link,
    LinkReason,
    Note,
    Program,
)

PROGRAM = """\
events:
  - id: ev
    title: Event
    days:
      - date: 2024-11-04
        tracks:
          - name: Talks
            items:
              - id: ev-alpha
                title: Alpha
              - id: ev-beta
                title: Beta
"""


class Calls:
    def __init__(self) -> None:
        self.segmented: list[str] = []
        self.linked: list[str] = []
        self.inferred = 0


def fake_segment(calls: Calls):
    def segment_note(
        note: Note, program: Program | None, body: str | None = None, asked: object = None
    ) -> tuple[list[Entry], list]:
        calls.segmented.append(note.path)
        entries = []
        lines = note.body.split("\n")
        for index, line in enumerate(lines):
            if line.startswith("# "):
                title = line[2:].strip()
                start = note.body_line + index
                entries.append(
                    Entry(
                        id=f"{note.path}#{title.lower()}",
                        note=note.path,
                        author=note.author,
                        title=title,
                        heading_path=(title,),
                        kind=EntryKind.SESSION,
                        start_line=start,
                        end_line=start,
                        text=line,
                    )
                )
        return entries, []

    return segment_note


def fake_link(calls: Calls):
    def link_entries(
        entries: list[Entry], notes: Mapping[str, Note], program: Program
    ) -> dict[str, Link]:
        by_title = {item.title: item.id for item in program.items()}
        links = {}
        for entry in entries:
            calls.linked.append(entry.id)
            item_id = by_title.get(entry.title)
            if item_id:
                links[entry.id] = Link(entry.id, item_id, 100.0, LinkReason.TITLE)
            else:
                candidates = (Candidate("ev-alpha", 40.0),)
                links[entry.id] = Link(entry.id, None, 40.0, None, candidates)
        return links

    def infer_program(notes, entries, *placed):
        calls.inferred += 1
        return Program(inferred=True), {}

    return link_entries, infer_program


@pytest.fixture
def calls(monkeypatch: pytest.MonkeyPatch) -> Calls:
    """Stand-in segment and link modules that record what they were asked to do."""
    record = Calls()
    segment = types.ModuleType("summit_tui.corpus.segment")
    segment.segment_note = fake_segment(record)
    link = types.ModuleType("summit_tui.corpus.link")
    link.link_entries, link.infer_program = fake_link(record)
    monkeypatch.setitem(sys.modules, "summit_tui.corpus.segment", segment)
    monkeypatch.setitem(sys.modules, "summit_tui.corpus.link", link)
    monkeypatch.setitem(sys.modules, "summit_tui.corpus.infer", link)  # its infer_program
    link.add_unlisted = lambda program, *rest: (program, {})  # no unlisted items
    monkeypatch.setitem(sys.modules, "summit_tui.corpus.unlisted", link)
    return record


@pytest.fixture
def notes(tmp_path: Path) -> Path:
    root = tmp_path / "notes"
    root.mkdir()
    (root / "program.yaml").write_text(PROGRAM, encoding="utf-8")
    (root / "a.md").write_text("---\nauthor: Ann\n---\n# Alpha\ntext\n", encoding="utf-8")
    (root / "b.md").write_text("---\nauthor: Bob\n---\n# Beta\n# Gamma\n", encoding="utf-8")
    return root


def bump(path: Path, text: str) -> None:
    """Rewrite a file so its mtime surely differs, even on coarse-clock file systems."""
    before = path.stat().st_mtime_ns
    path.write_text(text, encoding="utf-8")
    os.utime(path, ns=(before + 2_000_000_000, before + 2_000_000_000))


def test_warm_start_parses_nothing_and_gives_the_same_corpus(
    notes: Path, tmp_path: Path, calls: Calls
) -> None:
    cache_dir = tmp_path / "cache"
    cold = build_corpus(notes, cache_dir=cache_dir)
    assert sorted(calls.segmented) == ["a.md", "b.md"]
    assert cache_file(cache_dir, notes).is_file()
    calls.segmented.clear()
    calls.linked.clear()

    warm = build_corpus(notes, cache_dir=cache_dir)

    assert calls.segmented == [] and calls.linked == []
    assert warm.notes == cold.notes
    assert warm.entries == cold.entries
    assert dict(warm.links) == dict(cold.links)
    assert warm.problems == cold.problems
    assert warm.program == cold.program
    assert [e.title for e in warm.entries_for("ev-beta")] == ["Beta"]


def test_a_warm_corpus_knows_every_entry_item_without_making_links(
    notes: Path, tmp_path: Path, calls: Calls
) -> None:
    cache_dir = tmp_path / "cache"
    cold = build_corpus(notes, cache_dir=cache_dir)
    warm = build_corpus(notes, cache_dir=cache_dir)
    assert isinstance(warm.links, cache_module.StoredLinks)
    for corpus in (cold, warm):
        linked = {e.id: corpus.linked_item_id(e.id) for e in corpus.entries}
        assert "ev-beta" in linked.values()
        assert [e.id for e in corpus.unsorted()] == [i for i, item in linked.items() if not item]
    assert warm.linked_item_id("no-such-entry") is None
    assert warm.links._made == {}  # the tree's and the index's questions made no Link
    for entry in warm.entries:
        link = warm.link(entry.id)
        assert (link.item_id if link else None) == warm.linked_item_id(entry.id)
        assert link == cold.link(entry.id)
        expected = (link.score, link.reason) if link else None
        assert warm.link_score(entry.id) == cold.link_score(entry.id) == expected
        assert warm.link_candidates(entry.id) == cold.link_candidates(entry.id)
        assert warm.link_candidates(entry.id) == [
            (c.item_id, c.score) for c in (link.candidates if link else ())
        ]
    assert warm.link_score("no-such-entry") is None
    assert warm.link_candidates("no-such-entry") == []
    assert any(warm.link_candidates(e.id) for e in warm.entries)  # some have alternatives
    for corpus in (cold, warm):  # all at once, as list --json reads them
        assert corpus.link_scores() == {
            entry.id: corpus.link_score(entry.id)
            for entry in corpus.entries
            if corpus.link_score(entry.id) is not None
        }


def test_warm_start_reports_progress_complete(notes: Path, tmp_path: Path, calls: Calls) -> None:
    build_corpus(notes, cache_dir=tmp_path / "cache")
    seen: list[tuple[int, int]] = []
    build_corpus(notes, cache_dir=tmp_path / "cache", progress=lambda d, t: seen.append((d, t)))
    assert seen[-1] == (2, 2)


def test_edited_note_is_reparsed_alone(notes: Path, tmp_path: Path, calls: Calls) -> None:
    cache_dir = tmp_path / "cache"
    build_corpus(notes, cache_dir=cache_dir)
    calls.segmented.clear()
    calls.linked.clear()
    bump(notes / "a.md", "---\nauthor: Ann\n---\n# Beta\nnow about beta\n")

    corpus = build_corpus(notes, cache_dir=cache_dir)

    assert calls.segmented == ["a.md"]
    assert calls.linked == ["a.md#beta"]
    assert corpus.authors_for("ev-beta") == ("Ann", "Bob")
    assert corpus.entries_for("ev-alpha") == ()


def test_same_size_edit_is_seen(notes: Path, tmp_path: Path, calls: Calls) -> None:
    cache_dir = tmp_path / "cache"
    build_corpus(notes, cache_dir=cache_dir)
    bump(notes / "a.md", "---\nauthor: Eve\n---\n# Alpha\ntext\n")  # same length
    corpus = build_corpus(notes, cache_dir=cache_dir)
    assert corpus.authors_for("ev-alpha") == ("Eve",)


def test_same_size_edit_with_its_mtime_restored_is_seen(
    notes: Path, tmp_path: Path, calls: Calls
) -> None:
    """`touch -r`: the edit keeps the size and the nanosecond mtime; its ctime moves."""
    cache_dir = tmp_path / "cache"
    build_corpus(notes, cache_dir=cache_dir)
    path = notes / "a.md"
    before = path.stat()
    path.write_text("---\nauthor: Eve\n---\n# Alpha\ntext\n", encoding="utf-8")
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert (path.stat().st_mtime_ns, path.stat().st_size) == (before.st_mtime_ns, before.st_size)
    corpus = build_corpus(notes, cache_dir=cache_dir)
    assert corpus.authors_for("ev-alpha") == ("Eve",)


def test_a_note_replaced_by_another_file_is_seen(
    notes: Path, tmp_path: Path, calls: Calls, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An editor that saves by renaming a new file over the note: a new inode, even when
    size, mtime (restored) and, on a coarse clock, ctime all look the same."""
    cache_dir = tmp_path / "cache"
    build_corpus(notes, cache_dir=cache_dir)
    path = notes / "a.md"
    before = path.stat()
    keep = notes / "a.md.keep"
    os.link(path, keep)  # the old inode stays in use, so the new file cannot reuse it
    fresh = notes / ".a.md.swp"
    fresh.write_text("---\nauthor: Eve\n---\n# Alpha\ntext\n", encoding="utf-8")
    os.utime(fresh, ns=(before.st_atime_ns, before.st_mtime_ns))
    os.replace(fresh, path)
    real_stat = os.stat

    def same_ctime(target, *args, **kwargs):
        info = real_stat(target, *args, **kwargs)
        if os.fspath(target).endswith("a.md"):
            cls, (fields, more) = info.__reduce__()
            fields = (*fields[:9], int(before.st_ctime))
            more = dict(more, st_ctime=before.st_ctime, st_ctime_ns=before.st_ctime_ns)
            return cls(fields, more)
        return info

    monkeypatch.setattr(os, "stat", same_ctime)
    assert os.stat(path).st_ctime_ns == before.st_ctime_ns
    corpus = build_corpus(notes, cache_dir=cache_dir)
    assert corpus.authors_for("ev-alpha") == ("Eve",)


def test_added_and_deleted_notes(notes: Path, tmp_path: Path, calls: Calls) -> None:
    cache_dir = tmp_path / "cache"
    build_corpus(notes, cache_dir=cache_dir)
    calls.segmented.clear()
    (notes / "sub").mkdir()
    (notes / "sub" / "c.md").write_text("---\nauthor: Cy\n---\n# Alpha\n", encoding="utf-8")

    added = build_corpus(notes, cache_dir=cache_dir)
    assert calls.segmented == ["sub/c.md"]
    assert added.authors_for("ev-alpha") == ("Ann", "Cy")

    calls.segmented.clear()
    (notes / "a.md").unlink()
    deleted = build_corpus(notes, cache_dir=cache_dir)
    assert calls.segmented == []
    assert [n.path for n in deleted.notes] == ["b.md", "sub/c.md"]
    assert deleted.authors_for("ev-alpha") == ("Cy",)
    assert all(e.note != "a.md" for e in deleted.entries)


def test_changed_program_reparses_everything(notes: Path, tmp_path: Path, calls: Calls) -> None:
    cache_dir = tmp_path / "cache"
    build_corpus(notes, cache_dir=cache_dir)
    calls.segmented.clear()
    bump(notes / "program.yaml", PROGRAM.replace("title: Beta", "title: Gamma"))

    corpus = build_corpus(notes, cache_dir=cache_dir)

    assert sorted(calls.segmented) == ["a.md", "b.md"]
    assert [e.title for e in corpus.entries_for("ev-beta")] == ["Gamma"]


def test_new_parser_version_invalidates(
    notes: Path, tmp_path: Path, calls: Calls, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache_dir = tmp_path / "cache"
    build_corpus(notes, cache_dir=cache_dir)
    calls.segmented.clear()
    monkeypatch.setattr(cache_module, "PARSER_VERSION", "next")
    build_corpus(notes, cache_dir=cache_dir)
    assert sorted(calls.segmented) == ["a.md", "b.md"]


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: b"",
        lambda data: data[: len(data) // 2],
        lambda data: b"not a pickle at all" * 10,
        lambda data: data[:20] + bytes(len(data) - 20),
    ],
    ids=["empty", "truncated", "garbage", "zeroed"],
)
def test_corrupt_cache_is_ignored_and_rebuilt(
    notes: Path, tmp_path: Path, calls: Calls, damage
) -> None:
    cache_dir = tmp_path / "cache"
    first = build_corpus(notes, cache_dir=cache_dir)
    path = cache_file(cache_dir, notes)
    path.write_bytes(damage(path.read_bytes()))
    calls.segmented.clear()

    again = build_corpus(notes, cache_dir=cache_dir)

    assert sorted(calls.segmented) == ["a.md", "b.md"]
    assert again.entries == first.entries
    calls.segmented.clear()
    build_corpus(notes, cache_dir=cache_dir)
    assert calls.segmented == []  # rewritten and good again


def test_cache_of_another_shape_is_ignored(notes: Path, tmp_path: Path, calls: Calls) -> None:
    import pickle

    cache_dir = tmp_path / "cache"
    cache_dir.mkdir()
    cache_file(cache_dir, notes).write_bytes(pickle.dumps({"records": "nonsense"}))
    corpus = build_corpus(notes, cache_dir=cache_dir)
    assert len(corpus.notes) == 2


def test_unwritable_cache_dir_is_skipped(notes: Path, tmp_path: Path, calls: Calls) -> None:
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("a file where the cache dir should be")
    corpus = build_corpus(notes, cache_dir=blocker / "cache")
    assert len(corpus.notes) == 2
    assert blocker.read_text() == "a file where the cache dir should be"


def test_no_cache_dir_means_no_cache(notes: Path, tmp_path: Path, calls: Calls) -> None:
    build_corpus(notes)
    calls.segmented.clear()
    build_corpus(notes)
    assert sorted(calls.segmented) == ["a.md", "b.md"]


def test_chmod_of_a_skipped_note_is_noticed(notes: Path, tmp_path: Path, calls: Calls) -> None:
    cache_dir = tmp_path / "cache"
    (notes / "c.md").write_text("# Alpha\n", encoding="utf-8")
    build_corpus(notes, cache_dir=cache_dir)
    (notes / "c.md").chmod(0o600)  # same mtime and size, new mode
    calls.segmented.clear()
    build_corpus(notes, cache_dir=cache_dir)
    assert calls.segmented == ["c.md"]


def test_inferred_program_is_cached_in_the_snapshot(tmp_path: Path, calls: Calls) -> None:
    root = tmp_path / "notes"
    root.mkdir()
    (root / "a.md").write_text("# Alpha\n", encoding="utf-8")
    build_corpus(root, cache_dir=tmp_path / "cache")
    build_corpus(root, cache_dir=tmp_path / "cache")
    assert calls.inferred == 1
    bump(root / "a.md", "# Alpha changed\n")
    build_corpus(root, cache_dir=tmp_path / "cache")
    assert calls.inferred == 2


def test_entry_text_survives_the_cache_whatever_it_holds(
    notes: Path, tmp_path: Path, calls: Calls, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Entry text equal to its lines of the note is stored once; other text is kept as is."""
    segment = sys.modules["summit_tui.corpus.segment"]
    plain = segment.segment_note

    def odd_text(note: Note, program: Program | None, body: str | None = None, asked=None):
        entries, problems = plain(note, program, body)
        if note.path == "b.md":
            entries = [replace(e, text=e.text + " (edited)") for e in entries]
        return entries, problems

    monkeypatch.setattr(segment, "segment_note", odd_text)
    cold = build_corpus(notes, cache_dir=tmp_path / "cache")
    warm = build_corpus(notes, cache_dir=tmp_path / "cache")
    assert [e.text for e in warm.entries] == [e.text for e in cold.entries]
    assert [e.text for e in warm.entries] == ["# Alpha", "# Beta (edited)", "# Gamma (edited)"]
    assert warm.entries_for("ev-alpha") == cold.entries_for("ev-alpha")
    assert warm.entry("b.md#gamma") == cold.entry("b.md#gamma")
    assert warm.note("a.md") == cold.note("a.md")


def test_every_module_that_parses_notes_invalidates_the_cache_when_it_changes() -> None:
    """A warm start would otherwise show what the code before parsed (a new module added to
    the parse, e.g. note titles, and not listed here, kept every saved corpus)."""
    here = Path(cache_module.__file__).resolve().parent
    modules = {p.relative_to(here).as_posix() for p in here.rglob("*.py")}
    listed = {name for name in cache_module._CODE_FILES if not name.startswith("../")}
    assert modules - listed - set(cache_module.NOT_PARSING) == set()
    assert listed <= modules


def test_every_compare_module_a_parse_uses_invalidates_the_cache_when_it_changes() -> None:
    """Bilingual items are grouped by compare's units (corpus/bilingual.py): a change of
    any module those come from (a word list, a stemmer) changes what a parse makes."""
    import re

    here = Path(cache_module.__file__).resolve().parent
    compare = here.parent / "compare"
    pattern = re.compile(r"from summit_tui\.compare(?:\.(\w+))? import ([\w, ]+)")

    def imported(path: Path) -> set[str]:
        found: set[str] = set()
        for module, names in pattern.findall(path.read_text("utf-8")):
            found |= {module} if module else {n.strip() for n in names.split(",")}
        return {name for name in found if (compare / f"{name}.py").is_file()}

    used: set[str] = set()
    todo = set().union(*(imported(p) for p in here.rglob("*.py")))
    while todo:
        name = todo.pop()
        if name not in used:
            used.add(name)
            todo |= imported(compare / f"{name}.py")
    assert used  # the corpus does use compare
    assert {f"../compare/{name}.py" for name in used} <= set(cache_module._CODE_FILES)
