"""Opening the annotations screen (`A`) with N annotations (issue 18: ≤ 0.15 s at 5,000).

    .venv/bin/python benchmarks/bench_annotations.py [--runs R] [--sizes N,N]

The figure is the time from pushing the annotations screen to its first frame on screen,
headless, with N annotations (each quoting a passage, with a comment and tags, as the app
makes them): the screen lists them in a virtual list that draws only the rows on screen.
The baseline, in the same run, is the same screen filled the way it was before: a
Textual DataTable with one row of six cells per annotation.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _util import Figure, Goal, Stats, table

GOAL_MS = 150.0  # issue 18, at 5,000 annotations
SIZE = (120, 40)


def annotations(count: int) -> list[Any]:
    from summit_tui.annotate.model import Annotation, ItemInfo, Target

    quote = "평가가 모델 크기보다 중요하다는 주장 — evaluation, not model size, decides."
    made = []
    for n in range(count):
        target = Target(
            entry_id=f"note-{n % 300}.md#talk",
            note=f"note-{n % 300}.md",
            exact=quote,
            prefix="",
            suffix="",
            start=n,
            end=n + len(quote),
            line=n % 500,
            author=f"Author {n % 7}",
        )
        made.append(
            Annotation(
                id=f"a{n:06d}",
                item_id=f"item-{n % 300}",
                comment=f"comment {n}: " + "a thought about it " * 4,
                tags=("ai", "follow-up"),
                created=f"2024-11-04T10:{n % 60:02d}:00+09:00",
                updated=f"2024-11-04T10:{n % 60:02d}:00+09:00",
                target=target,
                item=ItemInfo(f"Talk {n % 300}", ("Speaker",), "session", "summit"),
            )
        )
    return made


class _Session:
    """What the screen reads of an annotation session, from memory."""

    def __init__(self, listed: list[Any]) -> None:
        self.annotations = tuple(listed)

    def filtered(self, corpus: Any, filters: Any) -> list[Any]:
        return sorted(self.annotations, key=lambda a: a.updated, reverse=True)


def _table_screen(listed: list[Any]) -> Any:
    """The annotations screen as it was: a DataTable with a row per annotation."""
    from rich.text import Text
    from textual.screen import Screen
    from textual.widgets import DataTable

    from summit_tui.text import clean_line

    class TableScreen(Screen[None]):
        def compose(self):  # type: ignore[no-untyped-def]
            yield DataTable(id="annotations-table", cursor_type="row", zebra_stripes=True)

        def on_mount(self) -> None:
            grid = self.query_one(DataTable)
            grid.add_columns("", "Item", "Author · line", "Quote / comment", "Tags", "Updated")
            for a in sorted(listed, key=lambda a: a.updated, reverse=True):
                target = a.target
                grid.add_row(
                    Text("❝"),
                    Text(clean_line(a.item.title)[:30]),
                    Text(f"{clean_line(target.author)} · {target.line}"),
                    Text(f"“{clean_line(target.exact)[:30]}” {clean_line(a.comment)[:60]}"),
                    Text(" ".join(f"#{t}" for t in a.tags)),
                    Text(a.updated[:16].replace("T", " ")),
                    key=a.id,
                )

    return TableScreen()


async def _measure(count: int, runs: int) -> tuple[Stats, Stats]:
    from textual.app import App

    from summit_tui.ui.screens.annotations import AnnotationsScreen

    listed = annotations(count)
    session = _Session(listed)
    css = Path(__file__).resolve().parents[1] / "src" / "summit_tui" / "ui" / "summit.tcss"

    class Host(App[None]):
        CSS_PATH = str(css)

    value: list[float] = []
    baseline: list[float] = []
    app = Host()
    async with app.run_test(size=SIZE) as pilot:
        for run in range(runs + 1):  # the first run warms imports and styles
            for make, samples in (
                (lambda: AnnotationsScreen(session, None, None), value),  # type: ignore[arg-type]
                (lambda: _table_screen(listed), baseline),
            ):
                started = time.perf_counter()
                screen = make()
                await app.push_screen(screen)
                await pilot.pause()  # the first frame with the list
                elapsed = (time.perf_counter() - started) * 1000
                app.pop_screen()
                await pilot.pause()
                if run:
                    samples.append(elapsed)
    return Stats(tuple(value)), Stats(tuple(baseline))


def run(runs: int, *, sizes: tuple[int, ...] = (5000,), log=print) -> list[Figure]:
    figures = []
    for count in sizes:
        log(f"  annotations screen, {count:,} annotations ({runs} runs each)")
        value, baseline = asyncio.run(_measure(count, runs))
        figures.append(
            Figure(
                "annotations screen open",
                f"{count:,} annotations",
                "ms",
                value,
                baseline,
                "DataTable, a row each",
                Goal(GOAL_MS) if count == 5000 else None,
            )
        )
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--sizes", default="5000", help="annotation counts, e.g. 500,5000")
    args = parser.parse_args(argv)
    sizes = tuple(int(s) for s in args.sizes.split(",") if s.strip())
    print(table(run(args.runs, sizes=sizes)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
