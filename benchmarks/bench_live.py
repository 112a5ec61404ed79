"""Live notes and instant commands: edit-to-searchable, memory over edits, CLI start-up.

Rows (each beside a baseline measured in the same run, min / median / max):

* ``CLI search, nothing changed``: ``summit-tui search WORD`` end to end (a fresh
  interpreter, the folder's saved index, nothing edited). Baseline: a fresh interpreter
  that only loads the corpus from the warm cache (what the command did before it could
  search, before the index answered without the corpus).
* ``edit → CLI search finds it``: a note gets a new word, then ``summit-tui search WORD``
  runs until it prints the note (the changed note parsed alone, the delta saved).
* ``edit → searchable in the app``: the app's path without the screen: the folder
  watcher (watchfiles) sees the save, the note is read again alone (``updated_corpus``),
  the index gains it (``SearchIndex.updated``) and the search finds the word; timed from
  the write to the results. Baseline for both edit rows: what an edit cost before, a
  whole index build (``SearchIndex.build``), kept as the fallback path.
* ``RSS after 5 edit + search cycles``: the same path five times in one process; the
  resident memory after, beside the steady state before the first edit (goal ≤ 1.1×).
* ``list --json``: ``summit-tui list --json`` end to end (compact, the C encoder).
  Baseline: ``--pretty`` (indented: the Python encoder the command used before).

Each edit is undone at the end (the note's text put back). Subprocesses run with
bytecode caching on, as an installed summit-tui does, after one warm-up run.
"""

from __future__ import annotations

import json
import os
import queue
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from _util import PYTHON, ROOT, Figure, Goal, Stats

GOAL_CLI_SEARCH_S = 0.25
GOAL_CLI_EDIT_S = 1.0
GOAL_APP_EDIT_S = 0.5
GOAL_LIST_JSON_S = 0.8
GOAL_RSS_RATIO = 1.1
WORD = "zanzibarqx"


def _env(cache: Path, base: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed summit-tui has its bytecode
    env["SUMMIT_TUI_CACHE_DIR"] = str(cache)
    for kind in ("DATA", "STATE", "CONFIG"):
        path = base / kind.lower()
        path.mkdir(parents=True, exist_ok=True)
        env[f"SUMMIT_TUI_{kind}_DIR"] = str(path)
    env.pop("SUMMIT_TUI_NOTES", None)
    return env


def _timed(argv: list[str], env: dict[str, str]) -> tuple[float, str]:
    start = time.perf_counter()
    done = subprocess.run(argv, env=env, capture_output=True, text=True, check=False)
    elapsed = time.perf_counter() - start
    if done.returncode not in (0, 1):
        raise RuntimeError(f"{' '.join(argv)} exited {done.returncode}: {done.stderr[-2000:]}")
    return elapsed, done.stdout


def _cli(*args: str) -> list[str]:
    return [PYTHON, "-m", "summit_tui", *args]


def run(notes: Path, n: int, runs: int, *, log=print) -> list[Figure]:
    cache = notes.with_name(notes.name + ".cache")
    cache.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="summit-bench-live-") as tmp:
        env = _env(cache, Path(tmp))
        folder = str(notes)
        log(f"  live, N={n}: warming the index and the bytecode (a first search builds it)")
        _timed(_cli("search", "perplexity", "--notes", folder), env)
        load_script = (
            "import sys; from pathlib import Path; from summit_tui.corpus.build import "
            "build_corpus; build_corpus(Path(sys.argv[1]), cache_dir=Path(sys.argv[2]))"
        )
        cli_search: list[float] = []
        corpus_load: list[float] = []
        list_json: list[float] = []
        list_pretty: list[float] = []
        for _ in range(runs):
            cli_search.append(_timed(_cli("search", "perplexity", "--notes", folder), env)[0])
            corpus_load.append(_timed([PYTHON, "-c", load_script, folder, str(cache)], env)[0])
            list_json.append(_timed(_cli("list", "--json", "--notes", folder), env)[0])
            list_pretty.append(
                _timed(_cli("list", "--json", "--pretty", "--notes", folder), env)[0]
            )
        log(f"  live, N={n}: edits (CLI, then the app's path in a child process)")
        note = sorted(notes.glob("*.md"))[len(list(notes.glob("*.md"))) // 2]
        original = note.read_bytes()
        cli_edit: list[float] = []
        try:
            for run_number in range(runs):
                word = f"{WORD}{run_number}"
                note.write_bytes(original + f"\n\n{word} marmalade.\n".encode())
                elapsed, out = _timed(
                    _cli("search", word, "--json", "--limit", "1", "--notes", folder), env
                )
                found = json.loads(out)["results"] if out.strip() else []
                if not found or found[0]["note"] != note.name:
                    raise RuntimeError(f"the CLI did not find {word!r} in {note.name}")
                cli_edit.append(elapsed)
            app = _child("--app-edits", folder, str(cache), str(runs), note.name, env=env)
        finally:
            note.write_bytes(original)
        # Put the index back to the notes as they are (the delta of the edits undone).
        _timed(_cli("search", "perplexity", "--notes", folder), env)
    rebuild = Stats(tuple(app["rebuild_s"]))
    details = {"notes": n, "note_edited": note.name, **app["details"]}
    case = f"N={n}"
    return [
        Figure(
            "CLI search, nothing changed",
            case,
            "s",
            Stats(tuple(cli_search)),
            Stats(tuple(corpus_load)),
            "warm corpus load alone",
            Goal(GOAL_CLI_SEARCH_S),
            details,
        ),
        Figure(
            "edit → CLI search finds it",
            case,
            "s",
            Stats(tuple(cli_edit)),
            rebuild,
            "whole index build",
            Goal(GOAL_CLI_EDIT_S),
            details,
        ),
        Figure(
            "edit → searchable in the app",
            case,
            "s",
            Stats(tuple(app["edit_s"])),
            rebuild,
            "whole index build",
            Goal(GOAL_APP_EDIT_S),
            details,
        ),
        Figure(
            "RSS after 5 edit + search cycles",
            case,
            "MB",
            Stats(tuple(app["rss_after_mb"])),
            Stats(tuple(app["rss_steady_mb"])),
            "steady state before the edits",
            Goal(GOAL_RSS_RATIO, on_ratio=True),
            details,
        ),
        Figure(
            "list --json",
            case,
            "s",
            Stats(tuple(list_json)),
            Stats(tuple(list_pretty)),
            "--pretty (indented, Python encoder)",
            Goal(GOAL_LIST_JSON_S),
            details,
        ),
    ]


def _child(*args: str, env: dict[str, str]) -> dict[str, Any]:
    argv = [PYTHON, str(Path(__file__).resolve()), *args]
    done = subprocess.run(argv, capture_output=True, text=True, env=env, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(argv)} failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def _rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def _app_edits(notes: Path, cache: Path, runs: int, rel: str) -> dict[str, Any]:
    """The app's path for an edit, timed from the write to the search's results."""
    from summit_tui.corpus.build import build_corpus
    from summit_tui.corpus.update import updated_corpus
    from summit_tui.corpus.watch import NotesWatcher
    from summit_tui.search.index import SearchIndex

    corpus = build_corpus(notes, cache_dir=cache)
    index = SearchIndex.load_or_build(corpus, cache)
    index.search("perplexity")
    told: queue.Queue = queue.Queue()
    watcher = NotesWatcher(notes, told.put)
    watcher.start()
    time.sleep(0.5)  # the watch is set up
    path = notes / rel
    original = path.read_bytes()
    steady = _rss_mb()
    edit_s: list[float] = []
    rss_after: list[float] = []
    try:
        for cycle in range(max(5, runs)):
            word = f"{WORD}app{cycle}"
            start = time.perf_counter()
            path.write_bytes(original + f"\n\n{word} marmalade.\n".encode())
            changed = told.get(timeout=30)
            while not changed or rel not in changed:
                changed = told.get(timeout=30)
            fresh = updated_corpus(corpus, changed)
            updated = index.updated(fresh, changed, cache_dir=cache) if fresh else None
            if fresh is None or updated is None:
                raise RuntimeError("the edit needed a whole load")
            corpus, index = fresh, updated
            results = index.search(word)
            elapsed = time.perf_counter() - start
            if not results or results[0].note != rel:
                raise RuntimeError(f"{word!r} not found after the edit")
            if cycle < runs:
                edit_s.append(elapsed)
            if cycle == 4:
                rss_after.append(_rss_mb())
    finally:
        watcher.stop()
        path.write_bytes(original)
    rebuild: list[float] = []
    for _ in range(1 if len(corpus.notes) >= 5000 else 2):
        start = time.perf_counter()
        SearchIndex.build(corpus)
        rebuild.append(time.perf_counter() - start)
    return {
        "edit_s": edit_s,
        "rss_steady_mb": [steady],
        "rss_after_mb": rss_after,
        "rebuild_s": rebuild,
        "details": {"watcher": "polling" if watcher.polling else "native"},
    }


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT / "src"))
    if sys.argv[1:2] == ["--app-edits"]:
        folder, cache_dir, count, note_name = sys.argv[2:6]
        print(json.dumps(_app_edits(Path(folder), Path(cache_dir), int(count), note_name)))
    else:
        sys.exit("usage: bench_live.py --app-edits NOTES CACHE RUNS NOTE")
