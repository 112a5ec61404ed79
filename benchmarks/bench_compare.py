"""Figure 5: compare-screen alignment for one item written up by 4 authors × 5 KB.

The value is ``compare.align.align_entries`` on four synthetic entries about the
same talk (shared facts, paraphrased, in Korean and English, with each author's own
remarks). The baseline is the obvious approach over the same passages: split them
the same way, then score every passage against every passage of every other author
with ``rapidfuzz.fuzz.ratio`` in a Python loop.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from _util import Figure, repeat, synth_entry, synth_entry_text, synth_facts

AUTHORS = ("minji", "jaewon", "alice", "bob")


def item_entries(authors: int = 4, size: int = 5 * 1024, seed: int = 7) -> list[Any]:
    facts = synth_facts(seed)
    title = "AI 에이전트 시대의 검색 (The Future of Search)"
    return [
        synth_entry(
            author, title, synth_entry_text(title, facts, seed=seed * 31 + i, size=size), index=i
        )
        for i, author in enumerate(AUTHORS[:authors])
    ]


def naive_alignment(entries: Sequence[Any]) -> int:
    """All-pairs fuzz.ratio between every two authors' passages; returns pairs ≥ 60."""
    from rapidfuzz import fuzz

    from summit_tui.compare.align import entry_passages

    columns = [[d.text for d in entry_passages(e)] for e in entries]
    found = 0
    for i, left in enumerate(columns):
        for right in columns[i + 1 :]:
            for a in left:
                best = 0.0
                for b in right:
                    best = max(best, fuzz.ratio(a, b))
                found += best >= 60
    return found


def run(runs: int, *, log=print) -> list[Figure]:
    from summit_tui.compare.align import align_entries, entry_passages

    entries = item_entries()
    align_entries("bench", entries)  # imports and lazy parsers
    naive_alignment(entries)
    count = runs * 3 if runs > 1 else 1  # it is quick: more runs for a steadier median
    log(f"  compare alignment, 4 authors × 5 KB ({count} runs each)")
    value = repeat(lambda: align_entries("bench", entries), count, scale=1000)
    baseline = repeat(lambda: naive_alignment(entries), count, scale=1000)
    alignment = align_entries("bench", entries)
    passages = [len(entry_passages(e)) for e in entries]
    return [
        Figure(
            name="compare alignment",
            case="4 authors × 5 KB",
            unit="ms",
            value=value,
            baseline=baseline,
            baseline_name="naive all-pairs fuzz.ratio",
            notes={
                "entry_bytes": [len(e.text.encode()) for e in entries],
                "passages_per_author": passages,
                "aligned_passages": sum(
                    1 for column in alignment.columns for p in column.passages if p.coverage
                ),
            },
        )
    ]
