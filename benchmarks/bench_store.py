"""What checking the annotations database at every open costs.

    .venv/bin/python benchmarks/bench_store.py [--runs R] [--sizes N,N]

The store runs SQLite's ``PRAGMA quick_check`` each time it opens the database, so a
damaged page is found before anything is read or written (annotate/database.py). For a
database of N annotations (each with a quote, its context and a comment, as the app
writes them), the figure is ``AnnotationStore.open`` with the check; its baseline is the
same open with the check skipped. The difference is what the check costs.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _util import Figure, Stats, table


def synthetic_place(n: int) -> tuple[str, Any, Any]:
    """Annotation ``n``'s item id, item and quote: generated, on notes that do not exist."""
    from summit_tui.annotate.model import ItemInfo, Target

    quote = "평가가 모델 크기보다 중요하다는 주장 — evaluation, not model size, decides. " * 2
    target = Target(
        entry_id=f"note-{n % 300}.md#talk",
        note=f"note-{n % 300}.md",
        exact=quote,
        prefix="p" * 32,
        suffix="s" * 32,
        start=n,
        end=n + len(quote),
        line=n % 500,
        author="Author",
        quote=quote,
    )
    return f"item-{n % 300}", ItemInfo(f"Talk {n % 300}", ("Speaker",), "session", "summit"), target


def annotations(count: int, place: Callable[[int], tuple[str, Any, Any]] = synthetic_place):
    """``count`` annotations as the app makes them: a quote (``place(n)`` says on which
    item and passage), a comment and tags; ``bench_export`` makes its own on real notes."""
    from summit_tui.annotate.model import Annotation

    made = []
    for n in range(count):
        item_id, item, target = place(n)
        made.append(
            Annotation(
                id=uuid.uuid4().hex,
                item_id=item_id,
                comment=f"comment {n}: " + "a thought about it " * 4,
                tags=("ai", "follow-up"),
                target=target,
                item=item,
            )
        )
    return made


def _fill(folder: Path, count: int) -> int:
    from summit_tui.annotate import rows
    from summit_tui.annotate.store import AnnotationStore

    made = annotations(count)
    with AnnotationStore.open(folder) as store:

        def insert(db) -> None:
            for annotation in made:
                rows.insert(db, annotation)

        store._database.write(insert)
    return (folder / "annotations.sqlite3").stat().st_size


def _time_open(folder: Path, runs: int, *, check: bool) -> Stats:
    from summit_tui.annotate import database
    from summit_tui.annotate.store import AnnotationStore

    real = database.Database._quick_check
    if not check:
        database.Database._quick_check = lambda self: None  # type: ignore[method-assign]
    try:
        samples = []
        for _ in range(runs):
            started = time.perf_counter()
            AnnotationStore.open(folder).close()
            samples.append((time.perf_counter() - started) * 1000)
    finally:
        database.Database._quick_check = real  # type: ignore[method-assign]
    return Stats(tuple(samples))


def measure(sizes: list[int], runs: int) -> list[Figure]:
    figures = []
    for count in sizes:
        with tempfile.TemporaryDirectory(prefix="summit-bench-store-") as tmp:
            folder = Path(tmp)
            size = _fill(folder, count)
            _time_open(folder, 2, check=True)  # warm the page cache for both
            without = _time_open(folder, runs, check=False)
            with_check = _time_open(folder, runs, check=True)
        figures.append(
            Figure(
                "store open",
                f"{count:,} annotations, {size / 1e6:.1f} MB",
                "ms",
                with_check,
                without,
                "open without quick_check",
            )
        )
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="benchmarks/bench_store.py")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--sizes", default="5000,50000", help="annotations (default 5000,50000)")
    args = parser.parse_args(argv)
    sizes = [int(part) for part in args.sizes.split(",") if part.strip()]
    print(table(measure(sizes, args.runs)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
