"""Tree filled and browsable after a warm start: `summit-tui --notes DIR` in a real
pseudo-terminal, its parse cache warm (a run before filled it), until the program tree is
on screen and answers a key.

Each run spawns the program on a fresh pty (120×40, TERM=xterm-256color) with empty
data/state/config dirs and the warm cache dir, and reads what it draws into a small
screen model. Three times are taken from the spawn:

* tree shown: the first event's title and a track's "reviewed" count are on screen;
* browsable (the figure): a key sent as soon as the tree is shown (``f``, the kind
  filter) is answered ("sessions only" on screen); the app cannot draw that until its
  main thread takes keys, so a tree drawn while the notes still block it does not count;
* notes in (a note): the reader no longer says "Loading notes" (the whole corpus is in).

The baseline, alternating with the app run by run, is the bare Textual shell
(``bare_shell.py``: the same widgets, no data) until its first frame is on screen: what
any Textual app costs before it draws anything. Bytecode caching is on, as for an
installed summit-tui, and one warm-up run of each comes first.
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

from _util import BENCH_DIR, PYTHON, Figure, Goal, PtyApp, Stats, fresh_user_env

WIDTH, HEIGHT = 120, 40
SUMMIT_TUI = str(Path(PYTHON).with_name("summit-tui"))
GOALS = {10000: 0.8, 30000: 2.0}  # seconds, per N (issue 18)
TREE_MARKERS = ("reviewed",)  # a day's or track's "0/12 reviewed": the tree is drawn
KEY = b"f"  # the kind filter: answered with "sessions only" under the tree
KEY_ANSWER = "sessions only"
LOADING = "Loading notes"
BARE_MARKERS = ("Quit",)  # the bare shell's footer: its first frame


class TreeTimeout(RuntimeError):
    pass


def _env(base: Path, cache: Path) -> dict[str, str]:
    env = fresh_user_env(base)
    env["SUMMIT_TUI_CACHE_DIR"] = str(cache)
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed summit-tui has its bytecode
    env.pop("TEXTUAL", None)
    env.update(TERM="xterm-256color", COLUMNS=str(WIDTH), LINES=str(HEIGHT))
    return env


def watch(
    argv: Sequence[str],
    env: dict[str, str],
    markers: Sequence[str],
    *,
    key: bytes | None = None,
    answer: str = "",
    gone: str = "",
    cwd: Path | None = None,
    timeout: float = 120.0,
) -> dict[str, float]:
    """Seconds from spawn until ``markers`` are on screen ("shown"); with ``key``, the key
    is sent then and the time ``answer`` appears is "answered"; with ``gone``, the time
    that text has left the screen (after ``markers``) is "gone"."""
    times: dict[str, float] = {}
    wanted = {"shown"} | ({"answered"} if key else set()) | ({"gone"} if gone else set())
    with PtyApp(argv, env, width=WIDTH, height=HEIGHT, cwd=cwd) as app:
        for text, at in app.frames(timeout):
            if "shown" not in times and all(m in text for m in markers):
                times["shown"] = at
                if key:
                    os.write(app.master, key)
            if "shown" in times:
                if key and "answered" not in times and answer in text:
                    times["answered"] = at
                if gone and "gone" not in times and gone not in text:
                    times["gone"] = at
            if times.keys() == wanted:
                break
    if times.keys() != wanted:
        raise TreeTimeout(
            f"{' '.join(argv)}: only {sorted(times)} of {sorted(wanted)} within {timeout:.0f} s;"
            f" screen:\n{app.shown()[-2000:]}"
        )
    return times


def _warm(notes: Path, cache: Path, base: Path, log) -> None:
    """One run that fills the cache (parse cache and outline) if it is not warm yet."""
    log(f"  warming the cache {cache} (a first start; cold at worst)")
    env = _env(base / "warm", cache)
    started = time.perf_counter()
    watch([SUMMIT_TUI, "--notes", str(notes)], env, TREE_MARKERS, gone=LOADING, timeout=900)
    # The outline is written just after the notes are in: give it a moment, then look.
    deadline = time.monotonic() + 30
    while not any(cache.glob("outline-*.pickle")) and time.monotonic() < deadline:
        time.sleep(0.1)
    log(f"    ({time.perf_counter() - started:.1f} s)")


def run(corpora: dict[int, Path], runs: int, *, log=print) -> list[Figure]:
    figures: list[Figure] = []
    with tempfile.TemporaryDirectory(prefix="summit-bench-tree-") as tmp:
        base = Path(tmp)
        counter = iter(range(1_000_000))
        for n, notes in corpora.items():
            notes = notes.absolute()  # the app runs elsewhere (cwd)
            cache = notes.with_name(notes.name + ".cache")  # shared with bench_search
            _warm(notes, cache, base, log)
            app_argv = [SUMMIT_TUI, "--notes", str(notes)]
            bare_argv = [PYTHON, str(BENCH_DIR / "bare_shell.py")]
            samples: dict[str, list[float]] = {"shown": [], "answered": [], "gone": []}
            bare: list[float] = []
            log(f"  tree after a warm start, N={n} ({runs} runs, alternating with the bare shell)")
            for run_index in range(runs + 1):  # the first of each is a warm-up
                env = _env(base / f"u{next(counter)}", cache)
                times = watch(
                    app_argv, env, TREE_MARKERS, key=KEY, answer=KEY_ANSWER, gone=LOADING, cwd=base
                )
                env = _env(base / f"u{next(counter)}", cache)
                painted = watch(bare_argv, env, BARE_MARKERS, cwd=base)["shown"]
                if run_index == 0:
                    continue
                for name in samples:
                    samples[name].append(times[name])
                bare.append(painted)
            notes_out = {
                "terminal": f"{WIDTH}x{HEIGHT} pty",
                "tree_shown_s": _spread(samples["shown"]),
                "notes_in_s": _spread(samples["gone"]),
                "key": KEY.decode(),
            }
            goal = GOALS.get(n)
            figures.append(
                Figure(
                    name="tree browsable, warm start",
                    case=f"N={n}",
                    unit="s",
                    value=Stats(tuple(samples["answered"])),
                    baseline=Stats(tuple(bare)),
                    baseline_name="bare Textual shell, first frame",
                    goal=None if goal is None else Goal(goal),
                    notes=notes_out,
                )
            )
            log(
                f"    tree shown {statistics.median(samples['shown']):.3f} s, browsable"
                f" {statistics.median(samples['answered']):.3f} s, notes in"
                f" {statistics.median(samples['gone']):.3f} s; bare shell"
                f" {statistics.median(bare):.3f} s"
            )
    return figures


def _spread(values: list[float]) -> dict[str, float]:
    return {"min": min(values), "median": statistics.median(values), "max": max(values)}
