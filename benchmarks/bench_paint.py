"""Figure 1: time to first paint of `summit-tui --notes DIR` in a real pseudo-terminal.

Each run spawns the program on a fresh pty (120×40, TERM=xterm-256color), reads what
it writes into a small screen model, and stops the clock when the first frame is on
screen: the footer's key bindings, the last thing Textual draws when it composes the
window. The baseline is ``bare_shell.py`` (the same Textual widgets, no data) measured the
same way, alternating with the app run by run. Every app run gets
empty cache/data/state dirs, so its notes load from scratch in the background while
it paints, which is the worst case for first paint. As a note, the run goes on until
the navigator shows the first event of the program (the tree filled).
"""

from __future__ import annotations

import signal
import statistics
import tempfile
from collections.abc import Sequence
from pathlib import Path

from _util import BENCH_DIR, PYTHON, Figure, Goal, PtyApp, fresh_user_env, interleave

WIDTH, HEIGHT = 120, 40
SUMMIT_TUI = [str(Path(PYTHON).with_name("summit-tui"))]
DEFAULT_MARKERS = ("Quit",)  # the footer: the last thing Textual draws in the first frame


class PaintTimeout(RuntimeError):
    pass


def paint_time(
    argv: Sequence[str],
    env: dict[str, str],
    markers: Sequence[str] = DEFAULT_MARKERS,
    *,
    cwd: Path | None = None,
    timeout: float = 30.0,
    then: Sequence[str] = (),
) -> tuple[float, float | None]:
    """Seconds from spawn until every marker is on screen.

    With ``then``, keep watching until those markers are on screen too (e.g. the
    loaded tree) and return that time as well; None if it never came within timeout.
    """
    env = {**env, "TERM": "xterm-256color", "COLUMNS": str(WIDTH), "LINES": str(HEIGHT)}
    env.pop("TEXTUAL", None)  # no devtools
    painted: float | None = None
    later: float | None = None
    with PtyApp(argv, env, width=WIDTH, height=HEIGHT, cwd=cwd) as app:
        for text, at in app.frames(timeout):
            if painted is None and all(m in text for m in markers):
                painted = at
                if not then:
                    break
            if painted is not None and then and all(m in text for m in then):
                later = at
                break
    if painted is None:
        why = (
            f"it exited with code {app.process.returncode}"
            if app.process.returncode not in (None, -signal.SIGKILL)
            else f"not after {timeout:.0f} s"
        )
        raise PaintTimeout(
            f"{' '.join(argv)}: {markers} never on screen ({why}); screen:\n{app.shown()[-2000:]}"
        )
    return painted, later


def run(
    corpora: dict[int, Path],
    runs: int,
    *,
    markers: Sequence[str] = DEFAULT_MARKERS,
    loaded_markers: dict[int, Sequence[str]] | None = None,
    log=print,
) -> list[Figure]:
    """First paint of summit-tui on each corpus vs the bare shell, alternating runs."""
    figures: list[Figure] = []
    with tempfile.TemporaryDirectory(prefix="summit-bench-paint-") as tmp:
        base = Path(tmp)
        counter = iter(range(1_000_000))

        def bare() -> float:
            env = fresh_user_env(base / f"u{next(counter)}")
            argv = [PYTHON, str(BENCH_DIR / "bare_shell.py")]
            return paint_time(argv, env, markers, cwd=base)[0]

        for n, notes in corpora.items():
            loaded: list[float] = []
            # Waiting for the tree costs a whole cold load per run: only for small N.
            then = tuple((loaded_markers or {}).get(n, ())) if n <= 1000 else ()

            def app(
                notes: Path = notes, then: tuple[str, ...] = then, loaded: list[float] = loaded
            ) -> float:
                env = fresh_user_env(base / f"u{next(counter)}")
                argv = [*SUMMIT_TUI, "--notes", str(notes)]
                painted, filled = paint_time(argv, env, markers, cwd=base, then=then, timeout=120)
                if filled is not None:
                    loaded.append(filled)
                return painted

            log(f"  first paint, N={n} ({runs} runs each, alternating with the bare shell)")
            stats = interleave({"app": app, "bare": bare}, runs, warmup=1 if runs > 1 else 0)
            notes_out: dict[str, object] = {"terminal": f"{WIDTH}x{HEIGHT} pty", "markers": markers}
            loaded = loaded[-runs:]  # drop the warm-up run's
            if loaded:
                notes_out["tree_filled_s"] = {
                    "min": min(loaded),
                    "median": statistics.median(loaded),
                    "max": max(loaded),
                    "markers": then,
                }
            figures.append(
                Figure(
                    name="first paint",
                    case=f"N={n}",
                    unit="s",
                    value=stats["app"],
                    baseline=stats["bare"],
                    baseline_name="bare Textual shell",
                    goal=Goal(1.15, on_ratio=True),
                    notes=notes_out,
                )
            )
    return figures
