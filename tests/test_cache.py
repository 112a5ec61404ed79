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


def _imported_modules(path: Path, package: Path) -> set[Path]:
    """The summit_tui modules ``path`` imports, anywhere in it (lazily, in functions, too)."""
    import ast

    here = path.parent.relative_to(package.parent).as_posix().replace("/", ".")
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.Import):
            names |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = here.split(".")[: len(here.split(".")) - node.level + 1]
                base = ".".join([*parts, base] if base else parts)
            names.add(base)
            names |= {f"{base}.{alias.name}" for alias in node.names}
    found: set[Path] = set()
    for name in names:
        if name.split(".")[0] != package.name:
            continue
        relative = package.joinpath(*name.split(".")[1:])
        for candidate in (relative.parent / f"{relative.name}.py", relative / "__init__.py"):
            if candidate.is_file():
                found.add(candidate)
    return found


def test_every_module_a_parse_can_import_is_in_the_code_fingerprint() -> None:
    """A warm start would otherwise show what the code before parsed: a module every corpus
    module imports, however indirectly (a word list in compare, the pattern helpers), is
    listed for the cache's key, and so is every corpus module however new."""
    package = Path(cache_module._PACKAGE)
    listed = {package / path for path, _info in cache_module.code_files(str(package))}
    corpus = package / "corpus"
    todo = set(corpus.rglob("*.py"))
    used: set[Path] = set()
    while todo:
        path = todo.pop()
        if path not in used:
            used.add(path)
            todo |= _imported_modules(path, package)
    assert package / "compare" / "english.py" in used  # the walk does follow imports
    assert package / "lazy_re.py" in used
    assert used - listed == set()


def _code_tree(root: Path) -> Path:
    for name, text in {
        "__init__.py": "",
        "lazy_re.py": "PATTERNS = []\n",
        "corpus/__init__.py": "",
        "corpus/segment.py": "def segment(): ...\n",
        "corpus/schedule/frab.py": "def read(): ...\n",
        "corpus/notes.txt": "not code\n",
        "corpus/__pycache__/segment.cpython-311.pyc": "bytecode",
        "compare/english.py": "STEMS = {}\n",
        "ui/screen.py": "class Screen: ...\n",
    }.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, "utf-8")
    return root


def _edit(path: Path) -> None:
    path.write_text(path.read_text("utf-8") + "# edited\n", "utf-8")


def _same_size_edit_with_a_new_mtime(path: Path) -> None:
    path.write_text(path.read_text("utf-8").replace("...", "pas"), "utf-8")
    info = path.stat()
    os.utime(path, ns=(info.st_atime_ns, info.st_mtime_ns + 1_000_000_000))


@pytest.mark.parametrize(
    ("change", "invalidates"),
    [
        (lambda root: _edit(root / "corpus/segment.py"), True),
        (lambda root: _same_size_edit_with_a_new_mtime(root / "corpus/segment.py"), True),
        (lambda root: _edit(root / "corpus/schedule/frab.py"), True),
        (lambda root: (root / "corpus/day_recaps.py").write_text("X = 1\n", "utf-8"), True),
        (lambda root: (root / "corpus/segment.py").unlink(), True),
        (lambda root: _edit(root / "compare/english.py"), True),
        (lambda root: (root / "compare/thai.py").write_text("X = 1\n", "utf-8"), True),
        (lambda root: _edit(root / "lazy_re.py"), True),
        (lambda root: _edit(root / "ui/screen.py"), False),
        (lambda root: _edit(root / "corpus/notes.txt"), False),
        (lambda root: _edit(root / "corpus/__pycache__/segment.cpython-311.pyc"), False),
    ],
    ids=[
        "edited",
        "same-size-edit",
        "in-a-subpackage",
        "new-module",
        "removed-module",
        "compare-module",
        "new-compare-module",
        "top-level-module",
        "ui-module",
        "not-code",
        "bytecode",
    ],
)
def test_a_change_to_the_parsing_code_changes_its_stamp(
    tmp_path: Path, change: types.FunctionType, invalidates: bool
) -> None:
    root = _code_tree(tmp_path / "summit_tui")
    before = cache_module.code_stamp(str(root))
    assert cache_module.code_stamp(str(root)) == before
    change(root)
    assert (cache_module.code_stamp(str(root)) != before) is invalidates


def test_a_new_parsing_module_invalidates_saved_corpora(
    notes: Path, tmp_path: Path, calls: Calls, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The chain from the code's stamp to the cache: a module added to the parse (as three
    were, and a kept list of them missed) means every note is parsed again."""
    root = _code_tree(tmp_path / "summit_tui")
    monkeypatch.setattr(cache_module, "_PACKAGE", str(root))
    cache_module._loaded_code_stamp.cache_clear()
    try:
        cache_dir = tmp_path / "cache"
        build_corpus(notes, cache_dir=cache_dir)
        build_corpus(notes, cache_dir=cache_dir)
        calls.segmented.clear()
        build_corpus(notes, cache_dir=cache_dir)
        assert calls.segmented == []  # same code: warm
        (root / "corpus" / "day_recaps.py").write_text("X = 1\n", "utf-8")
        cache_module._loaded_code_stamp.cache_clear()  # as a new process would
        build_corpus(notes, cache_dir=cache_dir)
        assert sorted(calls.segmented) == ["a.md", "b.md"]
    finally:
        cache_module._loaded_code_stamp.cache_clear()
