"""Figure 5: compare-screen alignment of one item, cold, beside a naive baseline.

Two cases: 4 authors × 5 KB, and the goal's case, 8 authors × 20 KB (≤ 300 ms). The
value is ``compare.align.align_entries`` on synthetic entries about the same talk
(shared facts, paraphrased, in Korean and English, with each author's own remarks), with
every per-text cache of the compare package and of corpus/sounds emptied before each run
(features, words, stems, sounds, compound splits), as the first compare of an item in a
fresh app. The baseline is the
obvious approach over the same passages: split them the same way, then score every
passage against every passage of every other author with ``rapidfuzz.fuzz.ratio`` in a
Python loop. The app runs the alignment in a worker thread, off the UI thread.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from _util import Figure, Goal, repeat, synth_entry, synth_entry_text, synth_facts

AUTHORS = ("minji", "jaewon", "alice", "bob", "seoyeon", "dan", "eve", "frank")
GOAL_MS = 300.0
CASES = ((4, 5 * 1024, None), (8, 20 * 1024, GOAL_MS))  # authors, bytes each, goal


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


def forget_caches() -> None:
    """Empty every cache of what compare reads text with (the compare package and the
    sounds it shares with search): the next alignment starts cold. The tables loaded once
    per process (the word list, the stop words: caches of one entry) stay."""
    import importlib
    import pkgutil

    import summit_tui.compare

    names = [
        f"summit_tui.compare.{m.name}" for m in pkgutil.iter_modules(summit_tui.compare.__path__)
    ]
    for name in [*names, "summit_tui.corpus.sounds"]:
        module = importlib.import_module(name)
        for value in vars(module).values():
            info = getattr(value, "cache_info", None)
            if (
                info is not None
                and getattr(value, "__module__", None) == name
                and info().maxsize != 1
            ):
                value.cache_clear()


def cold_alignment(entries: Sequence[Any]) -> Any:
    from summit_tui.compare.align import align_entries

    forget_caches()
    return align_entries("bench", entries)


def run(runs: int, *, log=print) -> list[Figure]:
    from summit_tui.compare.align import entry_passages

    figures = []
    for authors, size, goal in CASES:
        entries = item_entries(authors, size)
        cold_alignment(entries)  # imports, lazy parsers and the word list
        naive_alignment(entries)
        count = runs * 3 if runs > 1 and size < 10_000 else runs  # quick: a steadier median
        log(f"  compare alignment, {authors} authors × {size // 1024} KB ({count} runs each)")
        value = repeat(lambda entries=entries: cold_alignment(entries), count, scale=1000)
        baseline = repeat(lambda entries=entries: naive_alignment(entries), count, scale=1000)
        alignment = cold_alignment(entries)
        passages = [len(entry_passages(e)) for e in entries]
        figures.append(
            Figure(
                name="compare alignment",
                case=f"{authors} authors × {size // 1024} KB",
                unit="ms",
                value=value,
                baseline=baseline,
                baseline_name="naive all-pairs fuzz.ratio",
                goal=Goal(goal) if goal else None,
                notes={
                    "entry_bytes": [len(e.text.encode()) for e in entries],
                    "passages_per_author": passages,
                    "aligned_passages": sum(
                        1 for column in alignment.columns for p in column.passages if p.coverage
                    ),
                    "cold": "compare caches emptied before every run",
                },
            )
        )
    return figures
