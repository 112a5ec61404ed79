"""Figure 2: cold and warm load (parse, segment, link) of a notes folder.

Cold: ``build_corpus`` with an empty cache dir, every run a new one. Warm: the same
call again on a cache that a cold run filled, with nothing changed. The baseline
is what a straightforward loader would do: python-frontmatter over every file with
PyYAML's pure-Python ``SafeLoader`` (and, as a note, the same with ``CSafeLoader``),
parsing only, no segmenting or linking. All measured in this process after a
warm-up, so imports are not counted.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from _util import Figure, Goal, Stats, note_files, repeat

COLD_GOALS = {1000: 2.0}  # seconds, per N
WARM_GOALS = {10000: 0.4}


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
    """Cold loads of the largest corpora take long; two runs show the spread."""
    return runs if n <= 1000 else max(1, min(runs, 2))


def run(corpora: dict[int, Path], runs: int, *, log=print) -> list[Figure]:
    build_corpus = _build()
    figures: list[Figure] = []
    with tempfile.TemporaryDirectory(prefix="summit-bench-load-") as tmp:
        base = Path(tmp)
        smallest = corpora[min(corpora)]
        build_corpus(smallest, cache_dir=base / "warmup")  # imports, lazy parsers
        parse_baseline(smallest)
        parse_baseline(smallest, c_loader=True)
        for n, notes in corpora.items():
            figures += _load_figures(build_corpus, n, notes, runs, base / f"n{n}", log)
    return figures


def _load_figures(
    build_corpus: Callable[..., Any], n: int, notes: Path, runs: int, base: Path, log
) -> list[Figure]:
    cold_runs = cold_runs_for(n, runs)
    log(f"  load, N={n}: cold ×{cold_runs}, warm ×{runs}, baselines ×{cold_runs}")
    caches: list[Path] = []

    def cold() -> None:
        cache = base / f"cold{len(caches)}"
        caches.append(cache)
        build_corpus(notes, cache_dir=cache)

    cold_stats = repeat(cold, cold_runs)
    warm_cache = caches[-1]
    for cache in caches[:-1]:
        shutil.rmtree(cache, ignore_errors=True)
    corpus = build_corpus(notes, cache_dir=warm_cache)  # settle the cache once
    warm_stats = repeat(lambda: build_corpus(notes, cache_dir=warm_cache), runs)
    pure = repeat(lambda: parse_baseline(notes), cold_runs)
    c_yaml = repeat(lambda: parse_baseline(notes, c_loader=True), cold_runs)
    shutil.rmtree(base, ignore_errors=True)
    details = {
        "notes": len(corpus.notes),
        "entries": len(corpus.entries),
        "items": sum(1 for _ in corpus.items()),
        "problems": len(corpus.problems),
        "files": len(note_files(notes)),
        "baseline_csafeloader_s": c_yaml.as_dict(),
    }
    return [
        _figure("cold load", n, cold_stats, pure, COLD_GOALS, details),
        _figure("warm load", n, warm_stats, pure, WARM_GOALS, details),
    ]


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


# ---------------------------------------------------------------- figure 6: peak RSS

RSS_GOAL_MB = 300.0


def _rss_child(notes: Path, cache: Path, with_index: bool) -> dict[str, Any]:
    """Run in a fresh interpreter: build (and index), report this process's peak RSS."""
    import json
    import subprocess

    from _util import BENCH_DIR, PYTHON

    argv = [PYTHON, str(BENCH_DIR / "bench_load.py"), "--rss", str(notes), str(cache)]
    if with_index:
        argv.append("--index")
    done = subprocess.run(argv, capture_output=True, text=True)
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(argv)} failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def run_rss(notes: Path, n: int, runs: int, *, log=print) -> list[Figure]:
    """Peak RSS of a process that loads the corpus and builds the search index, vs load only.

    Every child starts with an empty cache (a first open, the worst case); a last
    pair on the cache they left is recorded as the warm case.
    """
    from _util import Stats

    with tempfile.TemporaryDirectory(prefix="summit-bench-rss-") as tmp:
        base = Path(tmp)
        # A cold child at N = 10,000 parses for a minute; peak RSS barely varies run to run.
        rss_runs = 1 if n >= 10000 else max(1, min(runs, 2))
        log(f"  peak RSS, N={n}: {rss_runs} cold run(s) each, with and without the index")
        with_index: list[float] = []
        corpus_only: list[float] = []
        details: dict[str, Any] = {}
        for run in range(rss_runs):
            for flag, sink in ((True, with_index), (False, corpus_only)):
                child = _rss_child(notes, base / f"c{run}-{flag}", flag)
                sink.append(child["peak_rss_mb"])
                details.update({k: v for k, v in child.items() if k != "peak_rss_mb"})
        warm = {
            "with_index_mb": _rss_child(notes, base / "c0-True", True)["peak_rss_mb"],
            "corpus_only_mb": _rss_child(notes, base / "c0-False", False)["peak_rss_mb"],
        }
    details["warm_cache"] = warm
    return [
        Figure(
            name="peak RSS",
            case=f"N={n}",
            unit="MB",
            value=Stats(tuple(with_index)),
            baseline=Stats(tuple(corpus_only)),
            baseline_name="parsed corpus alone",
            goal=Goal(RSS_GOAL_MB),
            notes=details,
        )
    ]


def _rss_main(notes: Path, cache: Path, with_index: bool) -> None:
    import json
    import time

    from _util import peak_rss_mb

    start = time.perf_counter()
    corpus = _build()(notes, cache_dir=cache)
    loaded = time.perf_counter() - start
    out: dict[str, Any] = {"load_s": loaded, "entries": len(corpus.entries)}
    if with_index:
        from summit_tui.search.index import SearchIndex

        start = time.perf_counter()
        index = SearchIndex.build(corpus)
        out["index_build_s"] = time.perf_counter() - start
        size = getattr(index, "size", None)
        out["index_size"] = size() if callable(size) else size
    out["peak_rss_mb"] = peak_rss_mb()
    print(json.dumps(out))


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(description="child process of the peak-RSS benchmark")
    parser.add_argument("--rss", nargs=2, metavar=("NOTES", "CACHE"), required=True)
    parser.add_argument("--index", action="store_true")
    args = parser.parse_args()
    _rss_main(Path(args.rss[0]), Path(args.rss[1]), args.index)
