"""Pressing `A` with N annotations until the list is drawn (issue 18: ≤ 0.15 s at 5,000).

    .venv/bin/python benchmarks/bench_annotations.py [--runs R] [--sizes N,N]

The app as it is run: ``SummitApp`` on the shipped notes, headless at 120×40, with N
annotations in its database, each quoting a passage of the notes with a comment and tags
(as ``bench_export`` makes them), in temporary data, cache, state and config folders.
Once the notes are loaded and the annotations found again in them, each run presses `A`
and stops the clock at the first frame Textual composes with the annotations screen on
it and its list filled (every line of the window drawn; headless, so the write to the
terminal is not counted); escape goes back to the notes.

The baseline, in the same app, interleaved run by run: a bare screen holding a Textual
DataTable with the same rows (six cells each, as the screen was first built), pushed
and timed to its first frame the same way. The first `A` of a session also imports the
screen; it is a warm-up, not a sample, and is given in the figure's notes.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _util import ROOT, Figure, Goal, Stats, fresh_user_env, table

GOAL_MS = 150.0  # issue 18, at 5,000 annotations
SIZE = (120, 40)
NOTES = ROOT / "notes"
CSS = ROOT / "src" / "summit_tui" / "ui" / "summit.tcss"
TIMEOUT_S = 120.0


@contextmanager
def _user_dirs(root: Path) -> Iterator[None]:
    """summit-tui's data, cache, state and config folders: empty ones under ``root``."""
    env = fresh_user_env(root)
    names = [name for name in env if name.startswith("SUMMIT_TUI_")]
    saved = {name: os.environ.get(name) for name in names}
    os.environ.update({name: env[name] for name in names})
    try:
        yield
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


def _fill(count: int) -> None:
    """``count`` annotations on the shipped notes, in the notes folder's collection."""
    import bench_export
    import bench_store
    from summit_tui.commands._store import opened_store
    from summit_tui.corpus.build import build_corpus

    corpus = build_corpus(NOTES)
    made = bench_store.annotations(count, bench_export.shipped_places(corpus))
    with opened_store(argparse.Namespace(data_dir=None), corpus) as store:
        store.merge(made, [])


def _table_screen(annotations: list[Any]) -> Any:
    """The baseline: a bare screen with a DataTable, one row of six cells per annotation."""
    from rich.text import Text
    from textual.screen import Screen
    from textual.widgets import DataTable

    from summit_tui.text import clean_line

    class TableScreen(Screen[None]):
        def compose(self):  # type: ignore[no-untyped-def]
            yield DataTable(cursor_type="row", zebra_stripes=True)

        def on_mount(self) -> None:
            grid = self.query_one(DataTable)
            grid.add_columns("", "Item", "Author · line", "Quote / comment", "Tags", "Updated")
            for a in sorted(annotations, key=lambda a: a.updated, reverse=True):
                target = a.target
                who = f"{clean_line(target.author)} · {target.line}" if target else ""
                quote = f"“{clean_line(target.exact)[:30]}” " if target else ""
                grid.add_row(
                    Text("❝" if target else "•"),
                    Text(clean_line(a.item.title)[:30]),
                    Text(who),
                    Text(quote + clean_line(a.comment)[:60]),
                    Text(" ".join(f"#{t}" for t in a.tags)),
                    Text(a.updated[:16].replace("T", " ")),
                    key=a.id,
                )

    return TableScreen()


def _timed_app(drawn: Callable[[Any], bool]) -> Any:
    """The app, noting when it composes the first frame in which ``drawn(screen)`` holds.

    The clock reads Textual's display hook (``App._display``, called with every frame
    the compositor renders, headless too): the one place a frame is known to be done.
    """
    from summit_tui.ui.app import SummitApp

    class TimedApp(SummitApp):
        CSS_PATH = str(CSS)

        def __init__(self) -> None:
            super().__init__(NOTES, watch_interval=None)
            self.frames: dict[int, float] = {}  # id(screen) → its first frame, drawn

        def _display(self, screen: Any, renderable: Any) -> None:
            if renderable is not None and id(screen) not in self.frames and drawn(screen):
                self.frames[id(screen)] = time.perf_counter()
            super()._display(screen, renderable)

    return TimedApp()


async def _until(ready: Callable[[], bool], what: str) -> None:
    deadline = time.perf_counter() + TIMEOUT_S
    while not ready():
        if time.perf_counter() > deadline:
            raise RuntimeError(f"timed out waiting for {what}")
        await asyncio.sleep(0.002)


async def _measure(count: int, runs: int) -> tuple[Stats, Stats, float]:
    from textual.widgets import DataTable

    from summit_tui.ui.screens.annotations import AnnotationsScreen
    from summit_tui.ui.widgets.annotation_list import AnnotationList

    def drawn(screen: Any) -> bool:
        if isinstance(screen, AnnotationsScreen):
            return screen.query_one(AnnotationList).row_count == count
        tables = screen.query(DataTable)
        return bool(tables) and tables.first().row_count == count

    app = _timed_app(drawn)
    async with app.run_test(size=SIZE) as pilot:

        def loaded() -> bool:
            session = app.annotations
            return (
                app.corpus is not None
                and session is not None
                and session.attached
                and len(session.annotations) == count
            )

        await _until(loaded, f"the notes and {count:,} annotations to load")
        await pilot.pause()
        annotations = list(app.annotations.annotations)

        async def settle() -> None:
            await pilot.pause()
            await asyncio.sleep(0.05)

        async def press_a() -> float:
            app.frames.clear()  # a new screen may reuse a gone one's id
            started = time.perf_counter()
            await pilot.press("A")
            screen = app.screen
            if not isinstance(screen, AnnotationsScreen):
                raise RuntimeError("A did not open the annotations screen")
            await _until(lambda: id(screen) in app.frames, "the annotations list drawn")
            elapsed = app.frames[id(screen)] - started
            await pilot.press("escape")
            await settle()
            return elapsed * 1000

        async def push_table() -> float:
            screen = _table_screen(annotations)
            app.frames.clear()
            started = time.perf_counter()
            await app.push_screen(screen)
            await _until(lambda: id(screen) in app.frames, "the DataTable drawn")
            elapsed = app.frames[id(screen)] - started
            app.pop_screen()
            await settle()
            return elapsed * 1000

        samples: dict[str, list[float]] = {"a": [], "table": []}
        measures: dict[str, Callable[[], Awaitable[float]]] = {"a": press_a, "table": push_table}
        first_open = await press_a()  # warm-up: imports the screen, styles its widgets
        await push_table()
        for _ in range(runs):
            for name, measure in measures.items():
                samples[name].append(await measure())
    return Stats(tuple(samples["a"])), Stats(tuple(samples["table"])), first_open


def measure(count: int, runs: int) -> Figure:
    with (
        tempfile.TemporaryDirectory(prefix="summit-bench-annotations-") as tmp,
        _user_dirs(Path(tmp)),
    ):
        _fill(count)
        value, baseline, first_open = asyncio.run(_measure(count, runs))
    noun = "annotation" if count == 1 else "annotations"
    return Figure(
        "annotations screen, A → list drawn",
        f"{count:,} {noun}",
        "ms",
        value,
        baseline,
        "DataTable of the same rows",
        Goal(GOAL_MS) if count == 5000 else None,
        notes={"first_open_ms": round(first_open, 1), "size": f"{SIZE[0]}x{SIZE[1]}"},
    )


def run(runs: int, *, sizes: tuple[int, ...] = (1, 5000), log=print) -> list[Figure]:
    figures = []
    for count in sizes:
        log(f"  annotations screen, {count:,} annotations ({runs} runs each)")
        figures.append(measure(count, runs))
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--sizes", default="1,5000", help="annotation counts, e.g. 1,5000")
    args = parser.parse_args(argv)
    sizes = tuple(int(s) for s in args.sizes.split(",") if s.strip())
    print(table(run(args.runs, sizes=sizes)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
