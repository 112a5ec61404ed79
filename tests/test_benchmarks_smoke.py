"""The benchmark suite's pieces run and report figures (nothing here is timed).

`make bench` is not part of `make test`; this keeps it from rotting: the whole suite
at N = 20 notes, one run each, must produce every figure with its baseline.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT / "benchmarks"
sys.path.insert(0, str(BENCH))

from _util import Screen  # noqa: E402

FIGURES = {
    "first paint",
    "cold load",
    "warm load",
    "search p50 per keystroke",
    "search p95 per keystroke",
    "item open",
    "author tab switch",
    "compare alignment",
    "peak RSS",
    "CLI search, nothing changed",
    "edit → CLI search finds it",
    "edit → searchable in the app",
    "RSS after 5 edit + search cycles",
    "list --json",
    "export Markdown, in process",
    "export Markdown, CLI end to end",
    "annotations screen, A → list drawn",
    "tree browsable, warm start",
    "edit → the reader shows it, in the app",
}


def test_suite_at_20_notes_reports_every_figure_with_its_baseline(tmp_path: Path) -> None:
    out = tmp_path / "results.json"
    argv = [sys.executable, str(BENCH / "run.py"), "--sizes", "20", "--runs", "1"]
    argv += ["--entry-kb", "2", "--json", str(out)]
    done = subprocess.run(argv, capture_output=True, text=True, timeout=300, cwd=tmp_path)
    assert done.returncode == 0, done.stderr[-4000:]
    results = json.loads(out.read_text(encoding="utf-8"))
    assert results["errors"] == {}
    figures = results["figures"]
    assert {f["name"] for f in figures} == FIGURES
    for figure in figures:
        assert figure["value"]["median"] > 0, figure
        assert figure["baseline"] is not None and figure["baseline"]["median"] > 0, figure
        assert figure["ratio"] is not None
    assert "first paint" in done.stdout  # the table


def test_screen_reads_what_textual_draws_across_split_writes() -> None:
    frame = "\x1b[1;1H\x1b[1;38;5;214m q \x1b[0mQuit\x1b[2;3H검색 ok".encode()
    screen = Screen(12, 2)
    for i in range(len(frame)):  # one byte at a time: sequences and UTF-8 split anywhere
        screen.feed(frame[i : i + 1])
    rows = screen.text().splitlines()
    assert rows[0].rstrip() == " q Quit"
    assert rows[1].rstrip() == "  검색 ok"
