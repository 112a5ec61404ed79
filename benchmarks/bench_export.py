"""The Markdown export of N annotations on the shipped notes (issue 18: ≤ 0.3 s at 5,000).

    .venv/bin/python benchmarks/bench_export.py [--runs R] [--sizes N,N]

The annotations quote real passages of the shipped notes (every item's and every unsorted
entry's passages in turn), each with a comment and tags, as the app makes them
(``bench_store.annotations``), in a database of their own (temporary data, cache, state
and config folders). Two figures, each beside a baseline from the same run, interleaved:

- in process: what ``summit-tui export -o FILE`` does once the corpus is loaded (open the
  store, re-anchor every quote, select, write the Markdown to the file); the baseline
  writes the same annotations' quotes and comments to a file with the standard library
  alone (sqlite3 and plain strings: no anchoring, grouping or escaping);
- end to end: ``summit-tui export -o FILE`` in a fresh interpreter (warm parse cache);
  the baseline is a fresh interpreter doing the in-process baseline.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _util import BENCH_DIR, PYTHON, ROOT, Figure, Goal, interleave, table

GOAL_S = 0.3  # issue 18, at 5,000 annotations
NOTES = ROOT / "notes"


def plain_export(database: Path, path: Path) -> None:
    """The baseline: the quotes and comments, read with sqlite3, written with plain strings."""
    import sqlite3

    db = sqlite3.connect(database)
    try:
        with open(path, "w", encoding="utf-8") as out:
            out.write("# Annotations\n\n")
            for item_id, exact, comment in db.execute(
                "SELECT item_id, exact, comment FROM annotations WHERE deleted IS NULL "
                "ORDER BY item_id"
            ):
                out.write(f"## {item_id}\n\n> {exact}\n\n{comment}\n\n")
    finally:
        db.close()


_PLAIN_CLI = (
    "import sys; sys.path.insert(0, sys.argv[1]); import bench_export; "
    "bench_export.plain_export(sys.argv[2], sys.argv[3])"
)


def _env(root: Path) -> dict[str, str]:
    from summit_tui import config

    folders = {
        config.ENV_DATA: root / "data",
        config.ENV_CACHE: root / "cache",
        config.ENV_STATE: root / "state",
        config.ENV_CONFIG: root / "config",
    }
    for folder in folders.values():
        folder.mkdir(parents=True, exist_ok=True)
    return {name: str(folder) for name, folder in folders.items()}


def shipped_places(corpus: Any) -> Callable[[int], tuple[str, Any, Any]]:
    """``place(n)`` for ``bench_store.annotations``: the shipped notes' passages in turn."""
    from summit_tui.annotate.anchor import target_for_passage
    from summit_tui.annotate.items import item_info

    places: list[tuple[str, Any, Any, Any]] = []
    for item in corpus.items():
        for entry in corpus.entries_for(item.id):
            places += [(item.id, item_info(item), entry, p) for p in corpus.passages(entry)]
    for entry in corpus.unsorted():
        places += [("", None, entry, p) for p in corpus.passages(entry)]
    targets: dict[int, Any] = {}

    def place(n: int) -> tuple[str, Any, Any]:
        index = n % len(places)
        item_id, info, entry, passage = places[index]
        if index not in targets:
            targets[index] = target_for_passage(entry, passage)
        from summit_tui.annotate.model import ItemInfo

        return item_id, info or ItemInfo(), targets[index]

    return place


def _fill(corpus: Any, count: int) -> Path:
    """A database of ``count`` annotations in the notes folder's collection; its path."""
    import bench_store
    from summit_tui.commands._store import opened_store

    made = bench_store.annotations(count, shipped_places(corpus))
    with opened_store(argparse.Namespace(data_dir=None), corpus) as store:
        store.merge(made, [])
        return store.path


def _export_in_process(corpus: Any, path: Path) -> None:
    """`summit-tui export -o FILE` once the corpus is loaded."""
    from summit_tui.annotate.anchor import reanchor_store
    from summit_tui.annotate.export import select, write_markdown
    from summit_tui.commands._common import write_output_with
    from summit_tui.commands._store import opened_store

    with opened_store(argparse.Namespace(data_dir=None), corpus) as store:
        report = reanchor_store(store, corpus)
        selection = select(report.annotations, store.marks(), corpus)
    write_output_with(path, lambda out: write_markdown(out, corpus, selection))


def _timed(fn: Callable[[], object]) -> Callable[[], float]:
    def sample() -> float:
        started = time.perf_counter()
        fn()
        return time.perf_counter() - started

    return sample


def measure(count: int, runs: int, *, log: Callable[[str], None] = print) -> list[Figure]:
    from summit_tui.corpus.build import build_corpus

    with tempfile.TemporaryDirectory(prefix="summit-bench-export-") as tmp:
        root = Path(tmp)
        env = _env(root)
        saved = {name: os.environ.get(name) for name in env}
        os.environ.update(env)
        try:
            corpus = build_corpus(NOTES, cache_dir=root / "cache")
            database = _fill(corpus, count)
            out = root / "export.md"
            plain = root / "plain.md"
            child_env = {**os.environ, **env}
            cli = [PYTHON, "-m", "summit_tui", "export", "--notes", str(NOTES), "-o", str(out)]
            baseline_cli = [PYTHON, "-c", _PLAIN_CLI, str(BENCH_DIR), str(database), str(plain)]

            def run_cli(argv: list[str]) -> None:
                subprocess.run(argv, env=child_env, check=True, capture_output=True)

            log(f"  export, {count:,} annotations on the shipped notes ({runs} runs each)")
            stats = interleave(
                {
                    "in process": _timed(lambda: _export_in_process(corpus, out)),
                    "baseline": _timed(lambda: plain_export(database, plain)),
                    "cli": _timed(lambda: run_cli(cli)),
                    "baseline cli": _timed(lambda: run_cli(baseline_cli)),
                },
                runs,
                warmup=1,
            )
            size = out.stat().st_size
        finally:
            for name, value in saved.items():
                if value is None:
                    os.environ.pop(name, None)
                else:
                    os.environ[name] = value
    case = f"{count:,} annotations, {size / 1e6:.1f} MB"
    goal = Goal(GOAL_S) if count == 5000 else None
    return [
        Figure(
            "export Markdown, in process",
            case,
            "s",
            stats["in process"],
            stats["baseline"],
            "sqlite3 + plain strings",
            goal,
        ),
        Figure(
            "export Markdown, CLI end to end",
            case,
            "s",
            stats["cli"],
            stats["baseline cli"],
            "python -c: sqlite3 + plain strings",
            goal,
        ),
    ]


def run(runs: int, *, sizes: tuple[int, ...] = (5000,), log=print) -> list[Figure]:
    figures: list[Figure] = []
    for count in sizes:
        figures += measure(count, runs, log=log)
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="benchmarks/bench_export.py")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--sizes", default="5000", help="annotation counts, e.g. 500,5000")
    args = parser.parse_args(argv)
    sizes = tuple(int(s) for s in args.sizes.split(",") if s.strip())
    print(table(run(args.runs, sizes=sizes)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
