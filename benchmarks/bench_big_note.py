"""One huge note: is every step of loading it near linear in its size?

    .venv/bin/python benchmarks/bench_big_note.py [--runs R] [--small N] [--factor F]

For each shape of note (40,000 tags in frontmatter, a heading per section, talks with
speakers linked against a program, booth bullets grouped by inference without a program,
one talk of many paragraphs), a folder with that note (and one small note) is loaded
cold (``build_corpus``, no cache) and its search index built, at N units and at F×N.
The figure is the time at F×N; its baseline is F times the time at N (what a linear step
would take). A ratio near 1 is linear; a quadratic step shows as a ratio near F. Each
run is a fresh interpreter, so one size's heap does not slow the next.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _util import BENCH_DIR, PYTHON, Figure, Goal, Stats, table

RATIO_GOAL = 1.6  # F× the units may cost at most 1.6 × F× the time: near linear


def tags(n: int) -> str:
    listed = "\n".join(f"  - tag{i}" for i in range(n))
    return f"---\ntitle: Tags\nauthor: Ann\ntags:\n{listed}\n---\n# Body\nsome text\n"


def headings(n: int) -> str:
    sections = "\n".join(f"## Heading {i}\n\ntext {i}\n" for i in range(n))
    return f"---\ntitle: Headings\nauthor: Bob\n---\n{sections}"


def talks(n: int) -> str:
    parts = "".join(
        f"## Talk {i} (Speaker {i % 500})\n발표자: 홍길동{i % 500}\n\n- point {i}\n- more\n\n"
        for i in range(n)
    )
    return f"---\ntitle: Talks\nauthor: Cy\nevent: ev\n---\n# Keynote\n{parts}"


def booths(n: int) -> str:
    bullets = "".join(f"- Vendor{i} Robotics: shows thing {i}\n" for i in range(n))
    return f"---\ntitle: Expo day\nauthor: Di\n---\n# Booths\n\n{bullets}"


def paragraphs(n: int) -> str:
    body = "\n\n".join(f"Paragraph {i} says something about GPUs and 전력." for i in range(n))
    return f"---\ntitle: One talk\nauthor: Ed\n---\n# Keynote\n## The talk\n\n{body}\n"


PROGRAM = (
    "events:\n  - id: ev\n    title: Event\n    days:\n      - date: 2024-11-04\n"
    "        tracks:\n          - name: Keynote\n            items:\n"
    + "".join(
        f"              - id: ev-{i}\n                title: Talk {i}\n"
        f"                speakers: [Speaker {i} (Org)]\n"
        for i in range(300)
    )
)

# shape → (note maker, units at N, with a program)
SHAPES: dict[str, tuple[Callable[[int], str], int, bool]] = {
    "frontmatter tags": (tags, 20_000, False),
    "headings": (headings, 12_500, False),
    "talks, linked": (talks, 5_000, True),
    "booths, inferred": (booths, 5_000, False),
    "paragraphs": (paragraphs, 12_500, False),
}


def measure(shape: str, units: int) -> dict[str, float]:
    """Load and index one folder in this process; seconds per step."""
    from summit_tui.corpus.build import build_corpus
    from summit_tui.search.index import SearchIndex

    make, _, with_program = SHAPES[shape]
    with tempfile.TemporaryDirectory(prefix="summit-bench-big-") as tmp:
        folder = Path(tmp)
        (folder / "big.md").write_text(make(units), encoding="utf-8")
        (folder / "small.md").write_text("# Small\nhello\n", encoding="utf-8")
        if with_program:
            (folder / "program.yaml").write_text(PROGRAM, encoding="utf-8")
        start = time.perf_counter()
        corpus = build_corpus(folder)
        loaded = time.perf_counter()
        SearchIndex.build(corpus)
        indexed = time.perf_counter()
    return {"load": loaded - start, "index": indexed - loaded, "entries": len(corpus.entries)}


def _child(shape: str, units: int) -> dict[str, float]:
    argv = [PYTHON, str(BENCH_DIR / "bench_big_note.py"), "--measure", shape, str(units)]
    done = subprocess.run(argv, capture_output=True, text=True)
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(argv)} failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def run(runs: int, *, factor: int = 4, scale: float = 1.0, log=print) -> list[Figure]:
    figures: list[Figure] = []
    for shape, (_, base_units, _) in SHAPES.items():
        small = max(10, int(base_units * scale))
        large = small * factor
        log(f"  {shape}: {small:,} and {large:,} units ×{runs}")
        at_small: dict[str, list[float]] = {"load": [], "index": []}
        at_large: dict[str, list[float]] = {"load": [], "index": []}
        entries = 0
        for _ in range(runs):
            for units, into in ((small, at_small), (large, at_large)):
                result = _child(shape, units)
                entries = int(result["entries"])
                for step in into:
                    into[step].append(result[step])
        for step in ("load", "index"):
            figures.append(
                Figure(
                    name=f"one note: {step}",
                    case=f"{shape}, {large:,}",
                    unit="s",
                    value=Stats(tuple(at_large[step])),
                    baseline=Stats(tuple(factor * t for t in at_small[step])),
                    baseline_name=f"{factor}× the time at {small:,} (linear)",
                    goal=Goal(RATIO_GOAL, on_ratio=True),
                    notes={"entries": entries},
                )
            )
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--factor", type=int, default=4, help="how much bigger F×N is")
    parser.add_argument(
        "--scale", type=float, default=1.0, help="multiply every shape's N (0.2: a quick look)"
    )
    parser.add_argument("--measure", nargs=2, metavar=("SHAPE", "UNITS"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.measure:
        print(json.dumps(measure(args.measure[0], int(args.measure[1]))))
        return 0
    figures = run(args.runs, factor=args.factor, scale=args.scale)
    print(table(figures))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
