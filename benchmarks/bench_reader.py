"""Figure 4: opening an item, and switching author tab, with a 20 KB entry.

Both run headless in ``App.run_test`` at 120×40 with summit-tui's stylesheet. The
clock runs from the call (``Reader.show_item`` / ``Reader.select_author``) until the
entry's first line is on the composited screen; Textual's ``Markdown`` widget is
timed the same way (mount a new one with the text / ``update`` it with the other
author's text) on the same entries, run for run, so the ratio is like for like. Before
every timed step the previous one's work is let finish and its garbage collected.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from _util import Figure, Goal, Stats, synth_entry, synth_entry_text, synth_facts

SIZE = (120, 40)
ENTRY_BYTES = 20 * 1024
GOAL_MS = 150.0
AUTHORS = ("minji", "jaewon")
TITLE = "AI 에이전트 시대의 검색 (The Future of Search)"


def marker(author: str) -> str:
    return f"Reader marker: {author} opens here."


def entry_texts(size: int = ENTRY_BYTES, seed: int = 11) -> dict[str, str]:
    facts = synth_facts(seed, count=60)
    return {
        author: marker(author)
        + "\n\n"
        + synth_entry_text(TITLE, facts, seed=seed * 17 + i, size=size)
        for i, author in enumerate(AUTHORS)
    }


def bench_corpus(texts: dict[str, str]) -> tuple[Any, Any]:
    """A one-item corpus whose item has one 20 KB entry per author."""
    from summit_tui.corpus.model import (
        Corpus,
        Day,
        Event,
        Item,
        ItemKind,
        Link,
        LinkReason,
        Note,
        Program,
        Track,
    )

    item = Item(
        id="bench-k1",
        kind=ItemKind.SESSION,
        title=TITLE,
        event="bench",
        day="2024-11-04",
        track="Keynote",
    )
    day = Day("2024-11-04", "Day 1", (Track("Keynote", (item,)),))
    program = Program(events=(Event("bench", "Bench Summit", (day,)),))
    entries = [synth_entry(a, TITLE, text, index=i) for i, (a, text) in enumerate(texts.items())]
    notes = tuple(
        Note(
            path=e.note,
            title=TITLE,
            author=e.author,
            author_guessed=False,
            body=e.text,
            body_line=1,
        )
        for e in entries
    )
    links = {e.id: Link(e.id, item.id, 100.0, LinkReason.EXPLICIT) for e in entries}
    corpus = Corpus(
        root="/bench", notes=notes, entries=tuple(entries), program=program, links=links
    )
    return corpus, item


def _stylesheet() -> list[Path]:
    import summit_tui.ui

    here = Path(summit_tui.ui.__file__).parent
    return sorted(here.glob("*.tcss"))


def screen_text(app: Any) -> str:
    """What the composited screen shows, as text (a full render, as a terminal would get)."""
    update = app.screen._compositor.render_full_update()
    return "\n".join("".join(seg.text for strip in line for seg in strip) for line in update.strips)


class FrameWatch:
    """Times when Textual sends a frame showing some text to the (headless) terminal.

    Wraps ``App._display``, which Textual calls with every screen update it would
    write to the terminal; when one has the expected text on screen, the clock stops.
    Only frames Textual really produced count, so deferred work is not waited for.
    """

    def __init__(self, app: Any) -> None:
        self.app = app
        self._original = app._display
        app._display = self._display
        self._expected: str | None = None
        self._start = 0.0
        self._shown: float | None = None

    def _display(self, screen: Any, renderable: Any) -> None:
        self._original(screen, renderable)
        if self._expected is not None and renderable is not None:
            now = time.perf_counter()
            if self._expected in screen_text(self.app):
                self._shown = (now - self._start) * 1000
                self._expected = None

    def expect(self, text: str) -> None:
        self._expected = text
        self._shown = None
        self._start = time.perf_counter()

    async def shown(self, timeout: float = 60.0) -> float:
        """Milliseconds from ``expect`` until a frame showed the text."""
        while self._shown is None:
            if time.perf_counter() - self._start > timeout:
                raise TimeoutError(f"{self._expected!r} not on screen after {timeout:.0f} s")
            await asyncio.sleep(0.001)
        return self._shown


def _host_app() -> Any:
    from textual.app import App, ComposeResult
    from textual.containers import Vertical

    from summit_tui.ui.widgets.reader import Reader

    class Host(App[None]):
        CSS_PATH = _stylesheet() or None  # type: ignore[assignment]
        CSS = "#bench-host { height: 1fr; } #bench-host > * { height: 1fr; }"

        def compose(self) -> ComposeResult:
            with Vertical(id="bench-host"):
                yield Reader(id="reader")

    return Host()


async def _quiet(pilot: Any) -> None:
    """Let pending work finish and collect the garbage before a timed step, so no step
    pays for the one before it (the Markdown widget leaves thousands of widgets to
    free; a full collection they trigger during the next step costs ~300 ms)."""
    import gc

    await pilot.pause()
    gc.collect()
    await pilot.pause()


async def _measure(runs: int, size: int) -> dict[str, Stats]:
    from textual.widgets import Markdown

    from summit_tui.ui.widgets.reader import Reader

    texts = entry_texts(size)
    first, second = AUTHORS
    samples: dict[str, list[float]] = {k: [] for k in ("open", "open_md", "tab", "tab_md")}
    app = _host_app()
    async with app.run_test(size=SIZE) as pilot:
        reader = app.query_one(Reader)
        host = app.query_one("#bench-host")
        watch = FrameWatch(app)
        warmup = 1 if runs > 1 else 0
        for run in range(runs + warmup):
            keep = run >= warmup
            # Open the item (passages not yet split: a fresh corpus), then switch author.
            reader.show_message("")
            corpus, item = bench_corpus(texts)
            await _quiet(pilot)
            watch.expect(marker(first))
            reader.show_item(corpus, item, author=first)
            opened = await watch.shown()
            await _quiet(pilot)
            watch.expect(marker(second))
            reader.select_author(1)
            switched = await watch.shown()
            await pilot.pause()
            # The same with Textual's Markdown widget in its place.
            reader.display = False
            await _quiet(pilot)
            watch.expect(marker(first))
            markdown = Markdown(texts[first])
            await host.mount(markdown)
            opened_md = await watch.shown()
            await _quiet(pilot)
            watch.expect(marker(second))
            markdown.update(texts[second])
            switched_md = await watch.shown()
            await pilot.pause()
            await markdown.remove()
            reader.display = True
            await pilot.pause()
            if keep:
                samples["open"].append(opened)
                samples["tab"].append(switched)
                samples["open_md"].append(opened_md)
                samples["tab_md"].append(switched_md)
    return {k: Stats(tuple(v)) for k, v in samples.items()}


def run(runs: int, *, size: int = ENTRY_BYTES, log: Callable[[str], None] = print) -> list[Figure]:
    case = f"{size // 1024} KB entry"
    log(f"  reader, {case} ({runs} runs each, headless {SIZE[0]}×{SIZE[1]})")
    stats = asyncio.run(_measure(runs, size))
    texts = entry_texts(size)
    notes = {"entry_bytes": {a: len(t.encode()) for a, t in texts.items()}, "size": SIZE}
    return [
        Figure(
            "item open",
            case,
            "ms",
            stats["open"],
            stats["open_md"],
            "Textual Markdown",
            Goal(GOAL_MS) if size == ENTRY_BYTES else None,
            notes,
        ),
        Figure(
            "author tab switch",
            case,
            "ms",
            stats["tab"],
            stats["tab_md"],
            "Textual Markdown",
            Goal(GOAL_MS) if size == ENTRY_BYTES else None,
            notes,
        ),
    ]
