"""Figures 2 and 6: cold and warm load of a notes folder, and peak RSS.

Load. Cold: ``build_corpus`` (parse, segment, link) with an empty cache dir, every
run a new one. Warm: the same call again on a cache that a cold run filled, nothing
changed. The baseline is what a straightforward loader would do: python-frontmatter
over every file with PyYAML's pure-Python ``SafeLoader`` (and, as a note, with
``CSafeLoader``), parsing only, no segmenting or linking. Each N is measured in a
fresh interpreter, after a warm-up on a small corpus so imports are not counted, so
the heap the benchmark built for a smaller N does not slow the next one.

Peak RSS. A fresh interpreter loads the corpus with an empty cache (a first open,
the worst case) and notes its peak RSS (the baseline: the parsed corpus alone), then
gets the search index the way the app does (built in a child process, read back from
the cache) and notes the peak again (the figure). Linux VmHWM. The child processes'
peaks are reported beside it: the parse workers of a cold load, and the index build
child, both gone once they are done. Also reported: the peak on the warm cache (the
usual start), and the peak of a process that builds the index itself (what
``summit-tui search`` does on its first run).
"""

from __future__ import annotations

import gc
import json
import shutil
import subprocess
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from _util import BENCH_DIR, PYTHON, Figure, Goal, Stats, note_files, peak_rss_mb, repeat

COLD_GOALS = {1000: 2.0}  # seconds, per N
WARM_GOALS = {10000: 0.4}
RSS_GOAL_MB = 300.0
RSS_GOAL_UP_TO = 10000  # notes: the goal is at 10,000; beyond, the figure shows the growth


def parse_baseline(notes_dir: Path, *, c_loader: bool = False) -> int:
    """Parse every note's frontmatter and body, and program.yaml; returns notes parsed."""
    import frontmatter
    import yaml
    from frontmatter.default_handlers import YAMLHandler

    loader = yaml.CSafeLoader if c_loader else yaml.SafeLoader

    class Handler(YAMLHandler):
        def load(self, fm: str, **kwargs: object) -> Any:
            return yaml.load(fm, Loader=loader)

    handler = Handler()
    count = 0
    for path in note_files(notes_dir):
        post = frontmatter.loads(path.read_text(encoding="utf-8"), handler=handler)
        count += bool(post.content or post.metadata)
    program = notes_dir / "program.yaml"
    if program.is_file():
        yaml.load(program.read_text(encoding="utf-8"), Loader=loader)
    return count


def _build() -> Callable[..., Any]:
    from summit_tui.corpus.build import build_corpus

    return build_corpus


def cold_runs_for(n: int, runs: int) -> int:
    """A cold load of 10,000 notes takes about a minute; two runs show the spread. One
    of 30,000 takes three times that: one run."""
    if n > 10000:
        return 1
    return runs if n <= 1000 else max(1, min(runs, 2))


def _child(*args: str) -> dict[str, Any]:
    argv = [PYTHON, str(BENCH_DIR / "bench_load.py"), *args]
    done = subprocess.run(argv, capture_output=True, text=True)
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(argv)} failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


# ---------------------------------------------------------------- figure 2: load


def run(corpora: dict[int, Path], runs: int, *, log=print) -> list[Figure]:
    warmup = corpora[min(corpora)]
    figures: list[Figure] = []
    for n, notes in corpora.items():
        cold_runs = cold_runs_for(n, runs)
        log(f"  load, N={n}: cold ×{cold_runs}, warm ×{runs}, baselines ×{cold_runs}")
        out = _child("--load", str(notes), str(warmup), str(runs), str(cold_runs))
        stats = {k: Stats(tuple(v)) for k, v in out.pop("samples").items()}
        out["baseline_csafeloader_s"] = stats["c_yaml"].as_dict()
        figures.append(_figure("cold load", n, stats["cold"], stats["pure"], COLD_GOALS, out))
        figures.append(_figure("warm load", n, stats["warm"], stats["pure"], WARM_GOALS, out))
    return figures


def _figure(
    name: str, n: int, value: Stats, baseline: Stats, goals: dict[int, float], details: dict
) -> Figure:
    goal = goals.get(n)
    return Figure(
        name=name,
        case=f"N={n}",
        unit="s",
        value=value,
        baseline=baseline,
        baseline_name="frontmatter+pure YAML",
        goal=None if goal is None else Goal(goal),
        notes=dict(details),
    )


def _as_at_start() -> None:
    """Each timed load starts as the app's first load does: nothing frozen by an earlier
    load in this process. (A reload in the app also collects what the load before it
    froze, a full collection: not part of the start-up figure.)"""
    gc.unfreeze()
    gc.collect()


def _load_main(notes: Path, warmup: Path, runs: int, cold_runs: int) -> dict[str, Any]:
    build_corpus = _build()
    with tempfile.TemporaryDirectory(prefix="summit-bench-load-") as tmp:
        base = Path(tmp)
        build_corpus(warmup, cache_dir=base / "warmup")  # imports, lazy parsers
        parse_baseline(warmup)
        parse_baseline(warmup, c_loader=True)
        caches: list[Path] = []

        def cold() -> None:
            cache = base / f"cold{len(caches)}"
            caches.append(cache)
            build_corpus(notes, cache_dir=cache)

        cold_stats = repeat(cold, cold_runs, setup=_as_at_start)
        warm_cache = caches[-1]
        corpus = build_corpus(notes, cache_dir=warm_cache)  # settle the cache once
        warm_stats = repeat(
            lambda: build_corpus(notes, cache_dir=warm_cache), runs, setup=_as_at_start
        )
        pure = repeat(lambda: parse_baseline(notes), cold_runs)
        c_yaml = repeat(lambda: parse_baseline(notes, c_loader=True), cold_runs)
        cache_bytes = sum(p.stat().st_size for p in warm_cache.rglob("*") if p.is_file())
        for cache in caches:
            shutil.rmtree(cache, ignore_errors=True)
    return {
        "samples": {
            "cold": cold_stats.samples,
            "warm": warm_stats.samples,
            "pure": pure.samples,
            "c_yaml": c_yaml.samples,
        },
        "notes": len(corpus.notes),
        "entries": len(corpus.entries),
        "items": sum(1 for _ in corpus.items()),
        "problems": len(corpus.problems),
        "files": len(note_files(notes)),
        "cache_mb": round(cache_bytes / 2**20, 1),
    }


# ---------------------------------------------------------------- figure 6: peak RSS


def run_rss(notes: Path, n: int, runs: int, *, log=print) -> list[Figure]:
    """Peak RSS after loading (baseline) and after getting the search index (figure)."""
    with tempfile.TemporaryDirectory(prefix="summit-bench-rss-") as tmp:
        base = Path(tmp)
        # A cold child at N = 10,000 parses for about a minute; peak RSS barely varies.
        rss_runs = 1 if n >= 10000 else max(1, min(runs, 3))
        log(
            f"  peak RSS, N={n}: {rss_runs} cold run(s), one on the warm cache, one"
            " building the index in its own process"
        )
        children = [_child("--rss", str(notes), str(base / f"c{i}")) for i in range(rss_runs)]
        warm = _child("--rss", str(notes), str(base / "c0"))
        (base / "c0" / "search-index.bin").unlink(missing_ok=True)
        here = _child("--rss-here", str(notes), str(base / "c0"))
    details = {k: v for k, v in children[0].items() if not k.startswith("peak")}
    details["peak_parse_workers_mb"] = max(c["peak_parse_workers_mb"] for c in children)
    details["peak_largest_child_mb"] = max(c["peak_largest_child_mb"] for c in children)
    details["warm_cache"] = {k: v for k, v in warm.items() if k.startswith("peak") or "_s" in k}
    details["index_built_in_process"] = here
    cold = children[0]
    log(
        f"  cold: corpus {cold['peak_corpus_mb']:.0f} MB, with the index"
        f" {cold['peak_with_index_mb']:.0f} MB (parse workers at most"
        f" {details['peak_parse_workers_mb']:.0f} MB, largest child incl. the index build"
        f" {details['peak_largest_child_mb']:.0f} MB); warm cache"
        f" {warm['peak_with_index_mb']:.0f} MB; index built in-process"
        f" {here['peak_with_index_mb']:.0f} MB"
    )
    return [
        Figure(
            name="peak RSS",
            case=f"N={n}",
            unit="MB",
            value=Stats(tuple(c["peak_with_index_mb"] for c in children)),
            baseline=Stats(tuple(c["peak_corpus_mb"] for c in children)),
            baseline_name="parsed corpus alone",
            goal=Goal(RSS_GOAL_MB) if n <= RSS_GOAL_UP_TO else None,
            notes=details,
        )
    ]


def _children_peak_mb() -> float:
    """The largest peak RSS of the child processes waited for so far (Linux ru_maxrss;
    an upper bound: it may include what a child inherited before exec)."""
    import resource

    return round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024, 1)


def _rss_main(notes: Path, cache: Path, *, in_process: bool = False) -> dict[str, Any]:
    from summit_tui.search.child_build import build_in_child
    from summit_tui.search.index import SearchIndex

    start = time.perf_counter()
    corpus = _build()(notes, cache_dir=cache)
    out: dict[str, Any] = {"load_s": time.perf_counter() - start, "entries": len(corpus.entries)}
    out["peak_corpus_mb"] = peak_rss_mb()
    out["peak_parse_workers_mb"] = _children_peak_mb()
    start = time.perf_counter()
    if in_process:
        index = SearchIndex.load_or_build(corpus, cache)
    else:
        index = SearchIndex.load_or_build(
            corpus, cache, elsewhere=lambda: build_in_child(corpus, cache)
        )
    out["index_s"] = time.perf_counter() - start
    out["index_size"] = index.size
    out["peak_with_index_mb"] = peak_rss_mb()
    out["peak_largest_child_mb"] = _children_peak_mb()
    return out


if __name__ == "__main__":
    import argparse
    import sys

    parser = argparse.ArgumentParser(description="child process of the load and RSS benchmarks")
    parser.add_argument("--load", nargs=4, metavar=("NOTES", "WARMUP", "RUNS", "COLD_RUNS"))
    parser.add_argument("--rss", nargs=2, metavar=("NOTES", "CACHE"))
    parser.add_argument("--rss-here", nargs=2, metavar=("NOTES", "CACHE"))
    args = parser.parse_args()
    if args.load:
        notes, warmup, runs, cold_runs = args.load
        result = _load_main(Path(notes), Path(warmup), int(runs), int(cold_runs))
    elif args.rss:
        result = _rss_main(Path(args.rss[0]), Path(args.rss[1]))
    elif args.rss_here:
        result = _rss_main(Path(args.rss_here[0]), Path(args.rss_here[1]), in_process=True)
    else:
        parser.error("--load or --rss")
    print(json.dumps(result))
    sys.exit(0)
