"""build_corpus: the folder checks, problems with relative paths, progress, and the real notes."""

from __future__ import annotations

import os
import sys
import types
from pathlib import Path

import pytest

from summit_tui.corpus.build import NotesDirError, build_corpus
from summit_tui.corpus.model import Entry, EntryKind, Note, Severity
from summit_tui.corpus.no_talk import about_no_talk


def _one_entry_per_note(note: Note, program) -> tuple[list[Entry], list]:
    entry = Entry(
        id=f"{note.path}#all",
        note=note.path,
        author=note.author,
        title=note.title,
        heading_path=(note.title,),
        kind=EntryKind.OTHER,
        start_line=note.body_line,
        end_line=note.body_line,
        text=note.body,
    )
    return [entry], []


@pytest.fixture
def stand_ins(monkeypatch: pytest.MonkeyPatch) -> types.SimpleNamespace:
    """Simple segment/link stand-ins; tests swap single functions to simulate failures."""
    from summit_tui.corpus.model import Program

    seen = types.SimpleNamespace(notes=[], program=None)
    segment = types.ModuleType("summit_tui.corpus.segment")

    def segment_note(note, program, body=None, asked=None):
        seen.notes.append(note)
        seen.program = program
        return _one_entry_per_note(note, program)

    segment.segment_note = segment_note
    segment.about_no_talk = about_no_talk  # `check`'s warnings (corpus.checks) use it
    link = types.ModuleType("summit_tui.corpus.link")
    link.link_entries = lambda entries, notes, program: {}
    link.infer_program = lambda notes, entries, *placed: (Program(inferred=True), {})
    monkeypatch.setitem(sys.modules, "summit_tui.corpus.segment", segment)
    monkeypatch.setitem(sys.modules, "summit_tui.corpus.link", link)
    monkeypatch.setitem(sys.modules, "summit_tui.corpus.infer", link)  # its infer_program
    link.add_unlisted = lambda program, *rest: (program, {})  # no unlisted items
    monkeypatch.setitem(sys.modules, "summit_tui.corpus.unlisted", link)
    seen.segment, seen.link = segment, link
    return seen


def test_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(NotesDirError) as error:
        build_corpus(tmp_path / "nope")
    assert str(tmp_path / "nope") in str(error.value)
    assert "does not exist" in str(error.value)
    assert "--notes" in str(error.value)


def test_a_file_is_not_a_folder(tmp_path: Path) -> None:
    path = tmp_path / "notes.md"
    path.write_text("# hi")
    with pytest.raises(NotesDirError, match="not a folder"):
        build_corpus(path)


def test_unreadable_folder(tmp_path: Path) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0)
    try:
        if os.access(locked, os.R_OK):
            pytest.skip("running as a user who can read any folder (root)")
        with pytest.raises(NotesDirError, match="cannot read"):
            build_corpus(locked)
    finally:
        locked.chmod(0o755)


def test_empty_folder_gives_an_empty_corpus(tmp_path: Path, stand_ins) -> None:
    corpus = build_corpus(tmp_path)
    assert corpus.notes == () and corpus.entries == () and corpus.problems == ()


def test_root_is_absolute_and_problem_paths_relative(
    tmp_path: Path, stand_ins, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "notes" / "day1").mkdir(parents=True)
    (tmp_path / "notes" / "day1" / "bad.md").write_text("---\n- x\n---\nbody\n")
    (tmp_path / "notes" / "empty.md").write_text("")
    monkeypatch.chdir(tmp_path)

    corpus = build_corpus(Path("notes"))

    assert corpus.root == str(tmp_path / "notes")
    assert sorted((p.path, p.severity) for p in corpus.problems) == [
        ("day1/bad.md", Severity.ERROR),
        ("empty.md", Severity.WARNING),
    ]
    assert [n.path for n in corpus.notes] == ["day1/bad.md"]


def test_progress_counts_every_file(tmp_path: Path, stand_ins) -> None:
    for name in ("a.md", "b.md", "c.md"):
        (tmp_path / name).write_text(f"# {name}\n")
    seen: list[tuple[int, int]] = []
    build_corpus(tmp_path, progress=lambda done, total: seen.append((done, total)))
    assert seen == [(1, 3), (2, 3), (3, 3)]


def test_program_file_is_used_and_tags_name_the_event(tmp_path: Path, stand_ins) -> None:
    (tmp_path / "program.yaml").write_text(
        "events:\n  - id: skai2024\n    title: SK AI Summit 2024\n    aliases: [SK AI SUMMIT]\n"
        "    days:\n      - date: 2024-11-04\n        tracks:\n          - name: Keynote\n"
        "            items:\n              - id: k1\n                title: Talk\n"
    )
    (tmp_path / "jekyll.md").write_text("---\ncategories: [sk-ai-summit]\n---\n# Talk\n")
    (tmp_path / "plain.md").write_text("---\ntags: [ai]\n---\n# Talk\n")

    corpus = build_corpus(tmp_path)

    assert corpus.program.source is not None
    assert not corpus.program.inferred
    assert stand_ins.program is corpus.program
    events = {n.path: n.event for n in corpus.notes}
    assert events == {"jekyll.md": "skai2024", "plain.md": None}
    assert [n.path for n in corpus.notes] == ["jekyll.md", "plain.md"]  # program.yaml is no note


def test_broken_program_file_falls_back_to_inference(tmp_path: Path, stand_ins) -> None:
    (tmp_path / "program.yaml").write_text("events: [\n")
    (tmp_path / "a.md").write_text("# A\n")
    corpus = build_corpus(tmp_path)
    assert corpus.program.inferred
    assert stand_ins.program is None
    assert any(p.path == "program.yaml" and p.severity is Severity.ERROR for p in corpus.problems)


def test_every_entry_has_a_link_even_when_the_linker_skips_it(tmp_path: Path, stand_ins) -> None:
    (tmp_path / "a.md").write_text("# A\n")
    corpus = build_corpus(tmp_path)
    assert [link.item_id for link in corpus.links.values()] == [None]
    assert len(corpus.unsorted()) == 1


def test_a_segmenter_crash_is_a_problem(tmp_path: Path, stand_ins) -> None:
    def boom(note, program, body=None, asked=None):
        raise ValueError("unexpected token")

    stand_ins.segment.segment_note = boom
    (tmp_path / "a.md").write_text("# A\n")
    corpus = build_corpus(tmp_path)
    assert [n.path for n in corpus.notes] == ["a.md"]
    assert corpus.entries == ()
    problem = corpus.problems[0]
    assert (problem.path, problem.severity) == ("a.md", Severity.ERROR)
    assert "unexpected token" in problem.message


def test_a_linker_crash_is_a_problem_and_not_cached(tmp_path: Path, stand_ins) -> None:
    def boom(notes, entries, *placed):
        raise RuntimeError("bad cluster")

    stand_ins.link.infer_program = boom
    (tmp_path / "a.md").write_text("# A\n")
    corpus = build_corpus(tmp_path / ".", cache_dir=tmp_path / "cache")
    assert any("bad cluster" in p.message for p in corpus.problems)
    assert corpus.unsorted()
    assert not list((tmp_path / "cache").glob("*.pickle"))


# -- against the real segmenter and linker -------------------------------------------------


def test_shipped_notes_build(shipped_notes: Path) -> None:
    pytest.importorskip("summit_tui.corpus.segment")
    pytest.importorskip("summit_tui.corpus.link")
    corpus = build_corpus(shipped_notes)
    assert len(corpus.notes) == 5
    assert not corpus.program.inferred
    assert not [p for p in corpus.problems if p.severity is Severity.ERROR]
    assert all(link.entry_id in corpus.links for link in corpus.links.values())
    assert {e.id for e in corpus.entries} == set(corpus.links)
    linked = [e for e in corpus.entries if corpus.links[e.id].item_id is not None]
    assert linked


def test_shipped_notes_warm_start_equals_cold(shipped_notes: Path, tmp_path: Path) -> None:
    pytest.importorskip("summit_tui.corpus.segment")
    pytest.importorskip("summit_tui.corpus.link")
    cold = build_corpus(shipped_notes, cache_dir=tmp_path)
    warm = build_corpus(shipped_notes, cache_dir=tmp_path)
    assert warm.entries == cold.entries
    assert dict(warm.links) == dict(cold.links)
    assert warm.program == cold.program
