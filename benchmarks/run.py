"""The benchmark suite: `make bench` (or `.venv/bin/python benchmarks/run.py`).

Measures, each with min/median/max over several runs and a baseline measured in
the same run:
  1. first paint of `summit-tui --notes DIR` in a pseudo-terminal vs a bare Textual shell
  2. cold and warm load of the notes folder vs frontmatter + pure-Python YAML
  3. search p50/p95 per keystroke vs a naive rapidfuzz scan (benchmarks/bench_search.py)
  4. opening an item / switching author tab, 20 KB entry, vs Textual's Markdown widget
  5. compare alignment, 4 authors × 5 KB, vs a naive all-pairs fuzz.ratio loop
  6. peak RSS with the search index vs the parsed corpus alone
  7. live notes at the largest N (benchmarks/bench_live.py): CLI search end to end, edit →
     CLI search and edit → searchable in the app vs a whole index build, RSS over 5 edit +
     search cycles vs the steady state, list --json vs --pretty
  8. the Markdown export of 5,000 annotations on the shipped notes, in process and
     `summit-tui export` end to end, vs sqlite3 + plain strings (benchmarks/bench_export.py)
  9. pressing `A` until the annotations list is drawn, with 1 and 5,000 annotations on the
     shipped notes, vs a bare screen with a DataTable of the same rows
     (benchmarks/bench_annotations.py)
 10. the tree filled and browsable after a warm start (a pty, a key answered) vs the bare
     Textual shell's first frame (benchmarks/bench_tree.py), at N ≥ 1,000
 11. edit one note on disk → the reader shows it, in the app (Pilot) vs a whole reload
     (benchmarks/bench_edit.py), at the largest N up to 10,000
Live notes (7) and the edit row (11) run at the largest N up to 10,000, where their goals
are; load, search, peak RSS and the tree run at every N ≥ 1,000 (peak RSS at N ≥ 10,000).
The default sizes include N = 30,000, which takes about 10 more minutes than N = 10,000
alone on a quiet machine; `--sizes 100,1000,10000` leaves it out.
Prints a table and writes JSON (benchmarks/out/results.json). Generated corpora are
cached under benchmarks/out/corpora by N and seed.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import time
import traceback
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import _util
from _util import OUT_DIR, Figure, ensure_corpus, table

FIGURES = (
    "paint",
    "load",
    "search",
    "reader",
    "compare",
    "rss",
    "live",
    "export",
    "annotations",
    "tree",
    "edit",
)
FULL_SIZES = (100, 1000, 10000, 30000)
LIVE_MAX = 10000  # the live rows' goals are at 10,000 notes
QUICK_SIZES = (100, 1000)


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="benchmarks/run.py", description="Run summit-tui's benchmark suite."
    )
    parser.add_argument(
        "--quick", action="store_true", help="N ≤ 1,000 and 1–2 runs: a fast look (~1–2 min)"
    )
    parser.add_argument(
        "--sizes",
        metavar="N,N,...",
        help=f"corpus sizes (default {','.join(map(str, FULL_SIZES))}; "
        f"--quick: {','.join(map(str, QUICK_SIZES))})",
    )
    parser.add_argument("--runs", type=int, help="runs per figure (default 5; --quick: 2)")
    parser.add_argument("--seed", type=int, default=1, help="corpus generator seed (default 1)")
    parser.add_argument(
        "--only",
        metavar="FIG,FIG",
        help=f"run only these figures: {', '.join(FIGURES)} (default: all)",
    )
    parser.add_argument(
        "--entry-kb",
        type=int,
        default=20,
        help="size of the reader benchmark's entry in KB (default 20)",
    )
    parser.add_argument(
        "--json",
        type=Path,
        default=OUT_DIR / "results.json",
        help="where to write the results (default benchmarks/out/results.json)",
    )
    args = parser.parse_args(argv)
    try:
        sizes = (
            tuple(int(s) for s in args.sizes.split(",") if s.strip())
            if args.sizes
            else (QUICK_SIZES if args.quick else FULL_SIZES)
        )
    except ValueError:
        parser.error("--sizes takes comma-separated integers, e.g. 100,1000")
    if not sizes or min(sizes) < 1:
        parser.error("--sizes needs at least one size ≥ 1")
    args.sizes = tuple(sorted(set(sizes)))
    if args.runs is None:
        args.runs = 2 if args.quick else 5
    if args.runs < 1:
        parser.error("--runs must be ≥ 1")
    only = set(FIGURES) if not args.only else {f.strip() for f in args.only.split(",")}
    unknown = only - set(FIGURES)
    if unknown:
        parser.error(f"unknown figure(s) {', '.join(sorted(unknown))}; choose from {FIGURES}")
    args.only = only
    return args


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def _paint_sizes(sizes: tuple[int, ...]) -> list[int]:
    """The smallest and the largest corpus: first paint must not grow with N."""
    return sorted({sizes[0], sizes[-1]})


def _search_sizes(sizes: tuple[int, ...]) -> list[int]:
    big = [n for n in sizes if n >= 1000]
    return big or [sizes[-1]]


def _rss_sizes(sizes: tuple[int, ...]) -> list[int]:
    big = [n for n in sizes if n >= 10000]
    return big or [sizes[-1]]


def _live_size(sizes: tuple[int, ...]) -> int:
    """The largest N up to 10,000 (the smallest N when every one is larger)."""
    return max((n for n in sizes if n <= LIVE_MAX), default=sizes[0])


def _loaded_markers(notes: Path) -> tuple[str, ...]:
    """Text the navigator shows once the corpus is loaded: the first event's title."""
    program = notes / "program.yaml"
    if not program.is_file():
        return ()
    import yaml

    try:
        data = yaml.load(program.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
        title = str(data["events"][0]["title"])
    except Exception:  # the marker is a nicety; first paint does not need it
        return ()
    return (title[:40],)


def run_suite(args: argparse.Namespace, *, say: Callable[[str], None] = log) -> dict[str, Any]:
    started = time.perf_counter()
    corpora = {n: ensure_corpus(n, args.seed, log=say) for n in args.sizes}
    figures: list[Figure] = []
    errors: dict[str, str] = {}

    def step(name: str, fn: Callable[[], list[Figure]]) -> None:
        if name not in args.only:
            return
        say(f"[{name}]")
        begin = time.perf_counter()
        try:
            figures.extend(fn())
        except Exception as error:  # one broken figure must not lose the others
            errors[name] = "".join(traceback.format_exception_only(error)).strip()
            say(f"  FAILED: {errors[name]}")
            say(traceback.format_exc())
        say(f"  ({time.perf_counter() - begin:.1f} s)")

    def paint() -> list[Figure]:
        import bench_paint

        chosen = {n: corpora[n] for n in _paint_sizes(args.sizes)}
        markers = {n: _loaded_markers(p) for n, p in chosen.items()}
        return bench_paint.run(chosen, args.runs, loaded_markers=markers, log=say)

    def load() -> list[Figure]:
        import bench_load

        return bench_load.run(corpora, args.runs, log=say)

    def search() -> list[Figure]:
        return _search_figures({n: corpora[n] for n in _search_sizes(args.sizes)}, args, say)

    def reader() -> list[Figure]:
        import bench_reader

        return bench_reader.run(args.runs, size=args.entry_kb * 1024, log=say)

    def compare() -> list[Figure]:
        import bench_compare

        return bench_compare.run(args.runs, log=say)

    def rss() -> list[Figure]:
        import bench_load

        found: list[Figure] = []
        for n in _rss_sizes(args.sizes):
            found += bench_load.run_rss(corpora[n], n, args.runs, log=say)
        return found

    def live() -> list[Figure]:
        import bench_live

        n = _live_size(args.sizes)
        return bench_live.run(corpora[n], n, args.runs, log=say)

    def tree() -> list[Figure]:
        import bench_tree

        chosen = {n: corpora[n] for n in _search_sizes(args.sizes)}
        return bench_tree.run(chosen, args.runs, log=say)

    def edit() -> list[Figure]:
        import bench_edit

        n = _live_size(args.sizes)
        return bench_edit.run(corpora[n], n, args.runs, log=say)

    def export() -> list[Figure]:
        import bench_export

        # issue 18's figure is at 5,000 annotations; a run on toy corpora (the smoke
        # test) exports 500 to stay quick
        count = 5000 if args.sizes[-1] >= 1000 else 500
        return bench_export.run(args.runs, sizes=(count,), log=say)

    def annotations() -> list[Figure]:
        import bench_annotations

        # issue 18's figure is at 5,000 annotations, beside the one-annotation case; a
        # run on toy corpora (the smoke test) opens 50 to stay quick
        count = 5000 if args.sizes[-1] >= 1000 else 50
        return bench_annotations.run(args.runs, sizes=(1, count), log=say)

    for name, fn in (
        ("paint", paint),
        ("load", load),
        ("search", search),
        ("reader", reader),
        ("compare", compare),
        ("rss", rss),
        ("live", live),
        ("export", export),
        ("annotations", annotations),
        ("tree", tree),
        ("edit", edit),
    ):
        step(name, fn)

    return {
        "when": datetime.now(UTC).isoformat(timespec="seconds"),
        "command": " ".join([Path(sys.executable).name, "benchmarks/run.py", *sys.argv[1:]]),
        "machine": {
            "python": platform.python_version(),
            "platform": platform.platform(),
            "cpus": os.cpu_count(),
        },
        "options": {
            "sizes": list(args.sizes),
            "runs": args.runs,
            "seed": args.seed,
            "quick": args.quick,
            "entry_kb": args.entry_kb,
            "only": sorted(args.only),
        },
        "seconds": round(time.perf_counter() - started, 1),
        "figures": [f.as_dict() for f in figures],
        "errors": errors,
        "_figures": figures,
    }


def _search_figures(
    corpora: dict[int, Path], args: argparse.Namespace, say: Callable[[str], None]
) -> list[Figure]:
    """Figure 3 is bench_search's (owned by search): run its main, read its JSON."""
    import contextlib
    import tempfile

    import bench_search

    say(f"  search per keystroke, N={', '.join(map(str, corpora))} (bench_search.py)")
    with tempfile.TemporaryDirectory(prefix="summit-bench-search-") as tmp:
        out = Path(tmp) / "search.json"
        argv = ["--sizes", *map(str, corpora), "--runs", str(args.runs)]
        argv += ["--seed", str(args.seed), "--json", str(out)]
        with contextlib.redirect_stdout(sys.stderr):  # its own table goes to the log
            code = bench_search.main(argv)
        if code:
            raise RuntimeError(f"bench_search.py {' '.join(argv)} exited with {code}")
        results = json.loads(out.read_text(encoding="utf-8"))
    figures: list[Figure] = []
    for result in results:
        n = result["notes"]
        notes = {
            key: result.get(key)
            for key in (
                "keystrokes",
                "baseline_keystrokes",
                "size",
                "index_build_s",
                "search_max_ms",
                "rss_corpus_mb",
                "rss_index_mb",
                "index_mb",
            )
        }
        for pct in ("p50", "p95"):
            figures.append(
                Figure(
                    name=f"search {pct} per keystroke",
                    case=f"N={n}",
                    unit="ms",
                    value=_util.Stats.from_spread(result[f"search_{pct}_ms"], result["runs"]),
                    baseline=_util.Stats.from_spread(
                        result[f"baseline_{pct}_ms"], min(result["runs"], 2)
                    ),
                    baseline_name="process.extract WRatio",
                    goal=_util.Goal(bench_search.goal_p95_ms(n)) if pct == "p95" else None,
                    notes=notes,
                )
            )
    return figures


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    log(
        f"summit-tui benchmarks: sizes {', '.join(map(str, args.sizes))}, "
        f"{args.runs} runs, seed {args.seed}"
    )
    results = run_suite(args)
    figures = results.pop("_figures")
    print()
    print(table(figures))
    if results["errors"]:
        print()
        for name, error in results["errors"].items():
            print(f"{name}: FAILED: {error}")
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(results, ensure_ascii=False, indent=2) + "\n")
    print(f"\n{len(figures)} figures in {results['seconds']} s; JSON: {args.json}")
    return 1 if results["errors"] else 0


if __name__ == "__main__":
    sys.exit(main())
