"""Linking against a large program scores an entry only against the names sharing a word,
or a word's first or last three characters, with its title and speakers (link.py's
_PROGRAM_BLOCK_FROM): the same links as scoring every name, at a fraction of the work."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from factories import entry, item, note, program
from summit_tui.corpus import link
from summit_tui.corpus.build import build_corpus
from summit_tui.corpus.link import link_entries, program_index
from summit_tui.corpus.model import ItemKind
from summit_tui.corpus.program import load_program

_WORDS = [
    "kotlin",
    "rust",
    "compose",
    "gradle",
    "빌드",
    "캐시",
    "서버",
    "모바일",
    "테스트",
    "pipeline",
    "agents",
    "vector",
    "search",
    "latency",
    "추천",
    "시스템",
    "데이터",
    "platform",
    "observability",
    "tracing",
    "멀티모달",
    "inference",
    "edge",
]


def _links(entries, notes, prog, monkeypatch: pytest.MonkeyPatch, block_from: int) -> dict:
    monkeypatch.setattr(link, "_PROGRAM_BLOCK_FROM", block_from)
    link._LAST_INDEX.clear()
    found = link_entries(entries, notes, prog)
    link._LAST_INDEX.clear()
    return found


def test_the_shipped_notes_link_the_same_with_every_program_name_keyed(
    shipped_notes: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus = build_corpus(shipped_notes)
    prog, _ = load_program(shipped_notes / "program.yaml")
    notes = {n.path: n for n in corpus.notes}
    entries = list(corpus.entries)
    keyed = _links(entries, notes, prog, monkeypatch, block_from=0)
    every = _links(entries, notes, prog, monkeypatch, block_from=10**9)
    assert keyed == every
    assert sum(1 for found in keyed.values() if found.item_id) > 10


def test_a_large_program_links_typos_particles_and_speakers(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    rng = random.Random(7)
    titles = sorted({" ".join(rng.sample(_WORDS, 3)) for _ in range(400)})[:300]
    items = [
        item(f"ev-{n:03}", title, speakers=[f"Speaker{n:03} Kim"]) for n, title in enumerate(titles)
    ]
    prog = program(items)
    a_note = note("a.md", event="ev")
    first, second, third = titles[10].split(), titles[20], titles[30]
    entries = [
        entry("x", title=" ".join([first[0][:-1] + "x", *first[1:]]), entry_id="a.md#typo"),
        entry("x", title=second + "에 대한 후기", entry_id="a.md#particle"),
        entry("x", title="Keynote", speakers=("Speaker030 Kim",), entry_id="a.md#speaker"),
        entry(f"오늘은 {third} 이야기", title="오후 세션", entry_id="a.md#mention"),
    ]
    notes = {"a.md": a_note}
    keyed = _links(entries, notes, prog, monkeypatch, block_from=200)
    subset = program_index(prog).subset("ev", ItemKind.SESSION)
    assert len(subset.names.norms) >= 200  # the names are keyed here
    every = _links(entries, notes, prog, monkeypatch, block_from=10**9)
    assert keyed == every
    assert keyed["a.md#typo"].item_id == "ev-010"
    assert keyed["a.md#particle"].item_id == "ev-020"
    assert keyed["a.md#speaker"].item_id == "ev-030"
    assert keyed["a.md#mention"].item_id == "ev-030"


def test_parts_with_the_same_title_share_one_decision(monkeypatch: pytest.MonkeyPatch) -> None:
    items = [item("ev-a", "Vector search at scale"), item("ev-b", "Vector search in practice")]
    entries = [
        entry("x", note=f"{name}.md", title="Vector search at scale", entry_id=f"{name}.md#t")
        for name in ("a", "b")
    ]
    notes = {f"{name}.md": note(f"{name}.md", event="ev") for name in ("a", "b")}
    found = _links(entries, notes, program(items), monkeypatch, block_from=200)
    first, second = found["a.md#t"], found["b.md#t"]
    assert first.item_id == second.item_id == "ev-a"
    assert first.candidates == second.candidates and first.candidates is second.candidates


def test_a_load_forgets_the_scores_it_kept(shipped_notes: Path) -> None:
    link._LAST_INDEX.clear()
    build_corpus(shipped_notes)
    (index,) = link._LAST_INDEX
    subsets = list(index._subsets.values())
    assert subsets and all(
        not (s.title_cache or s.person_cache or s.link_cache or s.decided) for s in subsets
    )
