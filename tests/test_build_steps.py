"""build_corpus's named steps, each on its own: discover, read_program, reuse_unchanged,
link_batch, link_corpus, gather_problems (the whole pipeline: tests/test_build.py)."""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path

import pytest

from factories import entry, item, note, program
from summit_tui.corpus import build
from summit_tui.corpus.build import (
    Linked,
    discover,
    gather_problems,
    in_folder_order,
    link_batch,
    link_corpus,
    read_program,
    reuse_unchanged,
)
from summit_tui.corpus.cache import NoteRecord, cache_key, read_cache
from summit_tui.corpus.model import Link, LinkReason, Problem, Severity

PROGRAM = (
    "events:\n  - id: demo\n    title: Demo\n    days:\n      - date: 2024-11-04\n"
    "        tracks:\n          - name: Main\n            items:\n"
    "              - {id: demo-a, title: Alpha talk}\n"
)


def _folder(tmp_path: Path, *names: str) -> Path:
    root = tmp_path / "notes"
    (root / "day1").mkdir(parents=True)
    for name in names:
        (root / name).write_text(f"---\nauthor: Ann\n---\n# {name}\n", encoding="utf-8")
    return root


def test_discover_lists_notes_in_order_with_their_stat_keys(tmp_path: Path) -> None:
    root = _folder(tmp_path, "b.md", "a.md", "day1/c.md")
    (root / "program.yaml").write_text(PROGRAM, encoding="utf-8")
    folder = discover(root)
    assert [rel for rel, *_ in folder.files] == ["a.md", "b.md", "day1/c.md"]
    assert folder.total == 3
    assert folder.program_file == root / "program.yaml"
    info = os.stat(root / "a.md")
    assert folder.files[0][3][:3] == (info.st_mtime_ns, info.st_ctime_ns, info.st_size)


def test_the_manifest_changes_when_a_note_does(tmp_path: Path) -> None:
    root = _folder(tmp_path, "a.md", "b.md")
    before = discover(root).manifest
    assert discover(root).manifest == before
    (root / "b.md").write_text("---\nauthor: Ann\n---\n# b, edited\n", encoding="utf-8")
    assert discover(root).manifest != before


def test_discover_reports_a_program_linked_from_outside(tmp_path: Path) -> None:
    root = _folder(tmp_path, "a.md")
    elsewhere = tmp_path / "elsewhere.yaml"
    elsewhere.write_text(PROGRAM, encoding="utf-8")
    (root / "program.yaml").symlink_to(elsewhere)
    folder = discover(root)
    assert folder.program_file is None
    assert [p.path for p in folder.problems] == ["program.yaml"]
    assert discover(root, follow_links=True).program_file == root / "program.yaml"


def test_read_program_without_items_means_inference(tmp_path: Path) -> None:
    path = tmp_path / "program.yaml"
    path.write_text("events: []\n", encoding="utf-8")
    problems: list[Problem] = []
    assert read_program(path, problems) is None
    assert [p.message for p in problems] == ["the program file lists no items"]
    assert read_program(None, problems) is None and len(problems) == 1


def test_read_program_with_items(tmp_path: Path) -> None:
    path = tmp_path / "program.yaml"
    path.write_text(PROGRAM, encoding="utf-8")
    problems: list[Problem] = []
    found = read_program(path, problems)
    assert found is not None and [i.id for i in found.items()] == ["demo-a"]
    assert problems == []


def test_reuse_unchanged_parses_only_what_changed(tmp_path: Path) -> None:
    root = _folder(tmp_path, "a.md", "b.md", "c.md")
    cache = tmp_path / "cache"
    build.build_corpus(root, cache_dir=cache)
    (root / "b.md").write_text("---\nauthor: Bob\n---\n# b again\n", encoding="utf-8")
    (root / "d.md").write_text("# new\n", encoding="utf-8")
    folder = discover(root)
    cached = read_cache(cache, folder.root, cache_key("inferred"))
    assert cached is not None
    records, jobs = reuse_unchanged(folder.files, cached)
    assert sorted(records) == ["a.md", "c.md"]
    assert [(position, rel) for position, rel, *_ in jobs] == [(1, "b.md"), (3, "d.md")]
    assert reuse_unchanged(folder.files, None)[0] == {}


def test_in_folder_order_follows_the_listing(tmp_path: Path) -> None:
    root = _folder(tmp_path, "a.md", "b.md")
    folder = discover(root)
    records = {rel: NoteRecord(key=key, note=None) for rel, _, _, key in reversed(folder.files)}
    assert list(in_folder_order(folder.files, records)) == ["a.md", "b.md"]


def _record(path: str, *texts: str) -> NoteRecord:
    entries = tuple(
        entry(text, note=path, title=f"Alpha talk {n}", entry_id=f"{path}#{n}")
        for n, text in enumerate(texts)
    )
    return NoteRecord(key=(1, 1, 1, 1, 1), note=note(path), entries=entries)


def test_link_batch_links_each_record_to_the_program() -> None:
    records = [_record("a.md", "one\n", "two\n"), _record("b.md", "three\n")]
    problems: list[Problem] = []
    assert link_batch(records, program([item("demo-a", "Alpha talk")]), problems)
    assert [sorted(r.links) for r in records] == [["a.md#0", "a.md#1"], ["b.md#0"]]
    assert problems == []


def test_link_batch_reports_a_linker_failure_once(monkeypatch: pytest.MonkeyPatch) -> None:
    import summit_tui.corpus.link as link

    def boom(entries, notes, program):
        raise RuntimeError("bad linker")

    monkeypatch.setattr(link, "link_entries", boom)
    records = [_record("a.md", "one\n")]
    problems: list[Problem] = []
    assert not link_batch(records, program([item()]), problems)
    assert records[0].links == {}
    assert len(problems) == 1 and "bad linker" in problems[0].message


def test_link_corpus_leaves_what_no_link_names_unsorted() -> None:
    linked_one = Link("a.md#0", "demo-a", 90.0, LinkReason.TITLE)
    record = _record("a.md", "one\n", "two\n")
    record.links = {"a.md#0": linked_one}
    records = {"a.md": record}
    linked = link_corpus(
        records, {"a.md": record.note}, list(record.entries), program([item("demo-a")]), []
    )
    assert linked.links == {
        "a.md#0": linked_one,
        "a.md#1": Link("a.md#1", None, 0.0, None),
    }
    assert linked.cacheable


def test_gather_problems_puts_note_problems_before_warnings() -> None:
    mine = Problem("a.md", 3, Severity.ERROR, "bad frontmatter")
    record = NoteRecord(key=(1, 1, 1, 1, 1), note=None, problems=(mine,))
    guessed = replace(note("b.md"), author_guessed=True, author_source="file")
    guessed_record = NoteRecord(key=(1, 1, 1, 1, 1), note=guessed)
    found = gather_problems(
        {"a.md": record, "b.md": guessed_record},
        {"b.md": guessed},
        [entry("a talk", note="b.md")],  # a guessed author is told on notes with talks
        Linked(program([item()]), {}),
    )
    assert found[0] is mine
    assert {p.path for p in found[1:]} == {"b.md"}
    assert any("guess" in p.message for p in found[1:])


def test_a_warm_load_imports_nothing_that_parses(tmp_path: Path, shipped_notes: Path) -> None:
    """Every command starts with a load, usually warm: it must not pay for importing the
    parsers (YAML, Markdown, segmenting, metadata, the worker pool)."""
    import subprocess
    import sys

    script = (
        "import sys; from pathlib import Path; from summit_tui.corpus.build import build_corpus; "
        f"build_corpus(Path({str(shipped_notes)!r}), cache_dir=Path({str(tmp_path)!r})); "
        "print(' '.join(sorted(sys.modules)))"
    )
    cold = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    warm = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    parsing = {
        "yaml",
        "markdown_it",
        "summit_tui.corpus.segment",
        "summit_tui.corpus.blocks",
        "summit_tui.corpus.heading_kinds",
        "summit_tui.corpus.metadata",
        "summit_tui.corpus.event_names",
        "summit_tui.corpus.fields",
        "summit_tui.corpus.bylines",
        "summit_tui.corpus.events",
        "summit_tui.corpus.pool",
        "summit_tui.corpus.link",
    }
    assert parsing <= set(cold.stdout.split())  # the cold load did parse
    assert not parsing & set(warm.stdout.split())


def test_discover_takes_the_keys_it_is_given_and_stats_only_the_rest(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = _folder(tmp_path, "a.md", "b.md")
    given = {"a.md": discover(root).files[0][3]}
    stat_calls: list[str] = []
    real_stat = os.stat

    def counting_stat(path, *args, **kwargs):
        stat_calls.append(os.fspath(path))
        return real_stat(path, *args, **kwargs)

    monkeypatch.setattr(os, "stat", counting_stat)
    folder = discover(root, known_keys=given)
    assert next((rel, key) for rel, _, _, key in folder.files) == ("a.md", given["a.md"])
    assert [p for p in stat_calls if p.endswith(".md")] == [str(root / "b.md")]


def test_a_load_given_the_keys_of_its_notes_is_the_same_load(tmp_path: Path) -> None:
    root = _folder(tmp_path, "a.md", "day1/c.md")
    (root / "program.yaml").write_text(PROGRAM, encoding="utf-8")
    keys = {rel: key for rel, _, _, key in discover(root).files}
    cache = tmp_path / "cache"
    cold = build.build_corpus(root, cache_dir=cache, known_keys=keys)  # parsed: stat'ed then
    assert cold.notes[0].size == (root / "a.md").stat().st_size
    warm = build.build_corpus(root, cache_dir=cache, known_keys=keys)
    assert warm.entries == cold.entries and warm.notes == cold.notes
    assert build.build_corpus(root, cache_dir=tmp_path / "other").entries == cold.entries
