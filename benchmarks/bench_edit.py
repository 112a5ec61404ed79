"""Edit one note on disk → the reader shows it, in the app.

A child process runs the app itself (``SummitApp`` under Textual's Pilot, 120×40, no
terminal) on the notes folder with its parse cache warm, opens the last entry of a note
in the reader, then, run by run, appends a new word to that note on disk and waits until
the reader shows the entry with the word: the folder watcher sees the save, the note is
read again alone (``corpus.update``), and the browse screen shows the new corpus. Timed
from the write. The baseline, in the same process, is the same edit followed by a whole
reload of the folder (ctrl+r: the warm cache, the one note parsed again) until the reader
shows it: what an edit cost when the app reloaded everything. The note is put back at
the end.
"""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from _util import PYTHON, ROOT, Figure, Goal, Stats

GOAL_S = 1.0
WORD = "quokkazest"
TIMEOUT_S = 120.0


def run(notes: Path, n: int, runs: int, *, log=print) -> list[Figure]:
    cache = notes.with_name(notes.name + ".cache")  # shared with the other rows
    cache.mkdir(exist_ok=True)
    log(f"  edit → reader, N={n}: the app under Pilot in a child process ({runs} runs each)")
    with tempfile.TemporaryDirectory(prefix="summit-bench-edit-") as tmp:
        env = dict(os.environ)
        env["SUMMIT_TUI_CACHE_DIR"] = str(cache)
        for kind in ("DATA", "STATE", "CONFIG"):
            path = Path(tmp) / kind.lower()
            path.mkdir()
            env[f"SUMMIT_TUI_{kind}_DIR"] = str(path)
        argv = [PYTHON, str(Path(__file__).resolve()), str(notes), str(runs)]
        done = subprocess.run(argv, capture_output=True, text=True, env=env, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(argv)} failed:\n{done.stderr[-3000:]}")
    out = json.loads(done.stdout.strip().splitlines()[-1])
    return [
        Figure(
            "edit → the reader shows it, in the app",
            f"N={n}",
            "s",
            Stats(tuple(out["edit_s"])),
            Stats(tuple(out["reload_s"])),
            "whole reload (ctrl+r)",
            Goal(GOAL_S),
            {"notes": n, **out["details"]},
        )
    ]


async def _measure(notes: Path, runs: int) -> dict[str, Any]:
    from summit_tui.ui.app import SummitApp

    app = SummitApp(notes, watch_interval=2.0)
    async with app.run_test(size=(120, 40)) as pilot:

        async def until(condition, what: str) -> None:
            deadline = time.perf_counter() + TIMEOUT_S
            while not condition():
                if time.perf_counter() > deadline:
                    raise RuntimeError(f"waited {TIMEOUT_S:g} s in vain for {what}")
                await pilot.pause(0.005)

        await until(lambda: app.corpus is not None and not app.is_loading, "the notes")
        corpus = app.corpus
        assert corpus is not None
        # A note about an item, in the middle of the folder; its last entry is shown.
        linked = [e for e in corpus.entries if corpus.linked_item_id(e.id)]
        entry = linked[len(linked) // 2]
        mine = [e for e in corpus.entries if e.note == entry.note]
        entry = mine[-1]
        path = notes / entry.note
        original = path.read_bytes()
        app.open_entry(entry.id)
        await pilot.pause(0.5)  # the watcher is set up once the first load is in

        def shows(word: str) -> bool:
            shown = app.reader.current_entry
            return shown is not None and shown.note == entry.note and word in shown.text

        edit_s: list[float] = []
        reload_s: list[float] = []
        try:
            for cycle in range(runs):
                word = f"{WORD}{cycle}"
                start = time.perf_counter()
                path.write_bytes(original + f"\n{word} marmalade.\n".encode())
                await until(lambda word=word: shows(word), f"{word!r} in the reader")
                await pilot.pause()  # and drawn
                edit_s.append(time.perf_counter() - start)
                word = f"{WORD}reload{cycle}"
                app._watcher.stop()  # the baseline: no watcher, the folder reloaded
                app._watcher = None
                start = time.perf_counter()
                path.write_bytes(original + f"\n{word} marmalade.\n".encode())
                app.action_reload()
                await until(lambda word=word: shows(word), f"{word!r} after a reload")
                await pilot.pause()
                reload_s.append(time.perf_counter() - start)
                await pilot.pause(0.5)  # the watcher is back after the load
        finally:
            path.write_bytes(original)
        watcher = app._watcher
        polling = watcher.polling if watcher is not None else None
    return {
        "edit_s": edit_s,
        "reload_s": reload_s,
        "details": {
            "note_edited": entry.note,
            "watcher": "polling" if polling else "native",
        },
    }


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT / "src"))
    folder, count = sys.argv[1:3]
    print(json.dumps(asyncio.run(_measure(Path(folder), int(count)))))
