"""Shared pieces of the benchmark suite: timing stats, figures, the table, RSS, corpora.

Nothing here is timed itself. Every benchmark returns ``Figure`` objects: a measured
value and its baseline, both as min/median/max over the same number of runs, taken
in the same process run so their ratio means something on this machine.
"""

from __future__ import annotations

import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import time
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

BENCH_DIR = Path(__file__).resolve().parent
ROOT = BENCH_DIR.parent
OUT_DIR = BENCH_DIR / "out"
PYTHON = sys.executable


@dataclass(frozen=True, slots=True)
class Stats:
    """Samples of one measurement, in the figure's unit."""

    samples: tuple[float, ...]
    runs: int | None = None  # when samples only hold (min, median, max) of more runs

    @classmethod
    def from_spread(cls, spread: dict[str, float], runs: int) -> Stats:
        """From another script's min/median/max (each over ``runs`` runs)."""
        return cls((spread["min"], spread["median"], spread["max"]), runs)

    @property
    def min(self) -> float:
        return min(self.samples)

    @property
    def median(self) -> float:
        return statistics.median(self.samples)

    @property
    def max(self) -> float:
        return max(self.samples)

    def as_dict(self) -> dict[str, Any]:
        return {
            "min": self.min,
            "median": self.median,
            "max": self.max,
            "runs": self.runs or len(self.samples),
            "samples": None if self.runs else list(self.samples),
        }


@dataclass(frozen=True, slots=True)
class Goal:
    """``value <= limit`` (absolute, in the figure's unit) or ``ratio <= limit``."""

    limit: float
    on_ratio: bool = False

    def met(self, figure: Figure) -> bool | None:
        value = figure.ratio if self.on_ratio else figure.value.median
        return None if value is None else value <= self.limit

    def describe(self, unit: str) -> str:
        return f"≤ {self.limit:g}× baseline" if self.on_ratio else f"≤ {self.limit:g} {unit}"


@dataclass(slots=True)
class Figure:
    name: str  # e.g. "first paint"
    case: str  # e.g. "N=10000"
    unit: str  # "s", "ms", "MB"
    value: Stats
    baseline: Stats | None
    baseline_name: str
    goal: Goal | None = None
    notes: dict[str, Any] = field(default_factory=dict)

    @property
    def ratio(self) -> float | None:
        if self.baseline is None or self.baseline.median == 0:
            return None
        return self.value.median / self.baseline.median

    @property
    def met(self) -> bool | None:
        return None if self.goal is None else self.goal.met(self)

    def as_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "case": self.case,
            "unit": self.unit,
            "value": self.value.as_dict(),
            "baseline_name": self.baseline_name,
            "baseline": None if self.baseline is None else self.baseline.as_dict(),
            "ratio": self.ratio,
            "goal": None if self.goal is None else self.goal.describe(self.unit),
            "goal_detail": None if self.goal is None else asdict(self.goal),
            "met": self.met,
            "notes": self.notes,
        }


def time_call(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def repeat(
    fn: Callable[[], object],
    runs: int,
    *,
    scale: float = 1.0,
    setup: Callable[[], object] | None = None,
) -> Stats:
    """Run ``fn`` ``runs`` times; seconds times ``scale`` (1000 for ms). ``setup`` runs
    before each run, untimed."""
    samples: list[float] = []
    for _ in range(max(1, runs)):
        if setup is not None:
            setup()
        samples.append(time_call(fn) * scale)
    return Stats(tuple(samples))


def interleave(
    fns: dict[str, Callable[[], float]], runs: int, *, warmup: int = 0
) -> dict[str, Stats]:
    """Alternate the measurements run by run, so drift on the machine hits them alike.

    Each callable returns one sample (it does its own timing).
    """
    for _ in range(warmup):
        for fn in fns.values():
            fn()
    samples: dict[str, list[float]] = {name: [] for name in fns}
    for _ in range(max(1, runs)):
        for name, fn in fns.items():
            samples[name].append(fn())
    return {name: Stats(tuple(values)) for name, values in samples.items()}


def peak_rss_mb() -> float:
    """This process's peak resident set size so far, in MB.

    Linux: VmHWM from /proc, the high-water mark of this process's own memory.
    Not ru_maxrss: it survives exec, so a child started by a big parent (vfork)
    would report at least the parent's size.
    """
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024  # kB
    except OSError:
        pass
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 1024 / 1024 if sys.platform == "darwin" else peak / 1024


def fresh_user_env(base: Path) -> dict[str, str]:
    """An environment whose summit-tui user dirs are empty folders under ``base``."""
    env = dict(os.environ)
    for kind in ("DATA", "CACHE", "STATE", "CONFIG"):
        path = base / kind.lower()
        path.mkdir(parents=True, exist_ok=True)
        env[f"SUMMIT_TUI_{kind}_DIR"] = str(path)
    env.pop("SUMMIT_TUI_NOTES", None)
    return env


# ---------------------------------------------------------------- corpora


def corpus_dir(n: int, seed: int) -> Path:
    """Shared with bench_search.py: the same folder and completion stamp."""
    return OUT_DIR / f"notes-{n}-seed{seed}"


def ensure_corpus(n: int, seed: int, *, log: Callable[[str], None] = print) -> Path:
    """A generated corpus of ``n`` notes, made once and reused (keyed by N and seed).

    Generated into a temporary folder and renamed when complete, so an interrupted
    run never leaves a half corpus that later runs would trust.
    """
    target = corpus_dir(n, seed)
    done = target / ".complete"
    if done.is_file():
        return target
    partial = target.with_name(target.name + ".partial")
    shutil.rmtree(partial, ignore_errors=True)
    shutil.rmtree(target, ignore_errors=True)
    partial.parent.mkdir(parents=True, exist_ok=True)
    log(f"generating a corpus of {n} notes (seed {seed}) in {target} ...")
    start = time.perf_counter()
    subprocess.run(
        [PYTHON, str(BENCH_DIR / "generate.py"), str(n), str(partial), "--seed", str(seed)],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    partial.rename(target)
    done.write_text("ok\n")
    log(f"  generated in {time.perf_counter() - start:.1f} s")
    return target


def note_files(notes_dir: Path) -> list[Path]:
    return sorted(p for p in notes_dir.rglob("*.md") if p.is_file())


# ---------------------------------------------------------------- output


def fmt(value: float | None, unit: str = "") -> str:
    if value is None:
        return "—"
    if value >= 100:
        text = f"{value:.0f}"
    elif value >= 10:
        text = f"{value:.1f}"
    elif value >= 1:
        text = f"{value:.2f}"
    else:
        text = f"{value:.3f}"
    return f"{text} {unit}".rstrip()


def _stats_cell(stats: Stats | None, unit: str) -> str:
    if stats is None:
        return "—"
    return f"{fmt(stats.median, unit)} ({fmt(stats.min)}–{fmt(stats.max)})"


def _ratio(ratio: float | None) -> str:
    if ratio is None:
        return "—"
    return f"{ratio:.2g}×" if ratio < 0.1 else f"{ratio:.2f}×"


def table(figures: Iterable[Figure]) -> str:
    """A plain-text table: median (min–max) of value and baseline, ratio, goal, verdict."""
    head = ("figure", "case", "value: median (min–max)", "baseline", "ratio", "goal", "")
    rows = [head]
    for f in figures:
        verdict = {True: "met", False: "MISSED", None: ""}[f.met]
        rows.append(
            (
                f.name,
                f.case,
                _stats_cell(f.value, f.unit),
                f"{f.baseline_name}: {_stats_cell(f.baseline, f.unit)}" if f.baseline else "—",
                _ratio(f.ratio),
                "" if f.goal is None else f.goal.describe(f.unit),
                verdict,
            )
        )
    widths = [max(len(row[i]) for row in rows) for i in range(len(head))]
    lines = []
    for index, row in enumerate(rows):
        lines.append("  ".join(cell.ljust(widths[i]) for i, cell in enumerate(row)).rstrip())
        if index == 0:
            lines.append("  ".join("-" * w for w in widths))
    return "\n".join(lines)


# ---------------------------------------------------------------- a tiny terminal screen

# CSI (complete), OSC/DCS/APC/PM/SOS (terminated), other two-byte escapes, CR/LF/BS.
_SEQUENCE = re.compile(
    rb"\x1b\[([0-9;?<>=$ !\"']*)([@-~])"
    rb"|\x1b[\]P^_X].*?(?:\x07|\x1b\\)"
    rb"|\x1b[^\[\]P^_X]"
    rb"|[\r\n\x08]",
    re.DOTALL,
)


class Screen:
    """Just enough of a terminal to see what a Textual app has drawn.

    Textual positions every line with ``CSI row;col H`` and writes text between style
    sequences, so tracking cursor moves and printable text is enough to read the screen.
    """

    def __init__(self, width: int, height: int) -> None:
        self.width = width
        self.height = height
        self.rows = [[" "] * width for _ in range(height)]
        self.x = 0
        self.y = 0
        self._pending = b""

    def feed(self, data: bytes) -> None:
        data = self._pending + data
        self._pending = b""
        position = 0
        for match in _SEQUENCE.finditer(data):
            self._print(data[position : match.start()])
            position = match.end()
            token = match.group(0)
            if token == b"\r":
                self.x = 0
            elif token == b"\n":
                self.y = min(self.y + 1, self.height - 1)
            elif token == b"\x08":
                self.x = max(0, self.x - 1)
            elif match.group(2) == b"H":
                parts = (match.group(1) or b"").split(b";")
                row = int(parts[0] or 1) if parts[0].isdigit() else 1
                col = int(parts[1] or 1) if len(parts) > 1 and parts[1].isdigit() else 1
                self.y = max(0, min(self.height - 1, row - 1))
                self.x = max(0, min(self.width - 1, col - 1))
        tail = data[position:]
        escape = tail.rfind(b"\x1b")
        if escape != -1:  # an incomplete sequence: wait for the rest
            self._pending = tail[escape:]
            tail = tail[:escape]
        # A multi-byte character split across reads: keep its start for the next feed.
        for back in range(1, min(4, len(tail)) + 1):
            byte = tail[-back]
            if byte & 0xC0 == 0xC0:  # the lead byte of a multi-byte character
                need = 2 if byte < 0xE0 else 3 if byte < 0xF0 else 4
                if need > back:
                    self._pending = tail[-back:] + self._pending
                    tail = tail[:-back]
                break
            if byte & 0xC0 != 0x80:
                break
        self._print(tail)

    def _print(self, raw: bytes) -> None:
        if not raw:
            return
        row = self.rows[self.y]
        for char in raw.decode("utf-8", "replace"):
            wide = unicodedata.east_asian_width(char) in "WF"
            if self.x < self.width:
                row[self.x] = char
            if wide and self.x + 1 < self.width:
                row[self.x + 1] = ""
            self.x += 2 if wide else 1

    def text(self) -> str:
        return "\n".join("".join(row) for row in self.rows)


# ---------------------------------------------------------------- synthetic entries

_TOPIC_EN = (
    "retrieval augmented generation",
    "GPU clusters",
    "on-device NPU inference",
    "vector databases",
    "agentic workflows",
    "evaluation harnesses",
    "sovereign AI",
    "model distillation",
)
_TOPIC_KO = (
    "검색 증강 생성",
    "데이터센터 전력",
    "온디바이스 AI",
    "멀티모달 모델",
    "AI 반도체",
    "에이전트",
)
_FACTS = (
    "{s}는 {ko} 분야에서 {n}배 빠른 추론 속도를 보여줬다고 설명했다.",
    "The speaker argued that {en} will cut serving cost by {n}0% within two years.",
    "{ko}의 핵심은 데이터 품질이며, 모델 크기보다 중요하다고 강조했다.",
    "A live demo showed {en} answering questions over {n} thousand internal documents.",
    "질의응답 시간에는 {en} 도입 시 보안 문제에 대한 질문이 많았다.",
    "{s} claimed their {en} stack runs on {n} racks of H200s in Seoul.",
    "발표자는 {ko} 시장이 내년에 {n}조 원 규모로 성장할 것이라고 전망했다.",
    "Latency targets for {en} were under {n}00 ms at the 95th percentile.",
    "{ko} 관련 오픈소스 프로젝트를 {n}개 공개할 예정이라고 밝혔다.",
    "They compared {en} against a baseline and reported {n}.5 points better accuracy.",
)
_FILLER = (
    "개인적으로는 이 부분이 가장 인상 깊었다.",
    "I was not fully convinced by this part of the argument.",
    "슬라이드가 빠르게 넘어가서 다 적지는 못했다.",
    "This matches what we saw at the booth in the morning.",
    "나중에 발표 자료가 공개되면 다시 확인해 볼 생각이다.",
)


def synth_facts(seed: int, count: int = 40) -> list[str]:
    """A talk's pool of facts, Korean and English mixed, deterministic from ``seed``."""
    import random

    rng = random.Random(seed)
    speaker = rng.choice(("Rani Borkar", "Jensen Huang", "최태원", "유영상", "Aravind Srinivas"))
    return [
        rng.choice(_FACTS).format(
            s=speaker, en=rng.choice(_TOPIC_EN), ko=rng.choice(_TOPIC_KO), n=rng.randint(2, 9)
        )
        for _ in range(count)
    ]


def _paraphrase(sentence: str, rng: Any) -> str:
    words = sentence.split()
    if len(words) > 6 and rng.random() < 0.5:
        del words[rng.randrange(1, len(words) - 1)]
    if len(words) > 6 and rng.random() < 0.3:
        i = rng.randrange(1, len(words) - 2)
        words[i], words[i + 1] = words[i + 1], words[i]
    return " ".join(words)


def synth_entry_text(
    title: str, facts: list[str], *, seed: int, size: int, cover: float = 0.7
) -> str:
    """One author's Markdown about a talk, at least ``size`` UTF-8 bytes.

    Headings, paragraphs, bullet and numbered lists, a link and a code span, like the
    shipped notes; an author covers a share of the talk's facts, paraphrased, in
    roughly the talk's order, plus remarks of their own.
    """
    import random

    rng = random.Random(seed)
    lines = [f"## {title}", ""]
    section = 0
    while len("\n".join(lines).encode()) < size:
        section += 1
        lines += [f"### 파트 {section}: {rng.choice(_TOPIC_KO)} / {rng.choice(_TOPIC_EN)}", ""]
        chosen = [f for f in facts if rng.random() < cover]
        style = rng.randrange(3)
        for i, fact in enumerate(chosen[:8]):
            text = _paraphrase(fact, rng)
            if rng.random() < 0.2:
                text += " " + rng.choice(_FILLER)
            if style == 0:
                lines += [text, ""]
            elif style == 1:
                lines.append(f"- {text}")
            else:
                lines.append(f"{i + 1}. {text}")
        lines += [
            "",
            f"참고: [slides](https://example.com/talk/{seed}/{section}) 와 `config.yaml` 예시.",
            "",
        ]
    return "\n".join(lines).rstrip() + "\n"


def synth_entry(author: str, title: str, text: str, index: int = 0) -> Any:
    """A model Entry for ``text``, as if it were the whole of one author's note."""
    from summit_tui.corpus.model import Entry, EntryKind

    note = f"bench/{index:02d}-{author}.md"
    return Entry(
        id=f"{note}#{title}",
        note=note,
        author=author,
        title=title,
        heading_path=(title,),
        kind=EntryKind.SESSION,
        start_line=1,
        end_line=text.count("\n") + 1,
        text=text,
    )


class PtyApp:
    """A command spawned in a pseudo-terminal of ``width``×``height``, its output read into
    a ``Screen``; used as a context manager, it kills the command's process group on exit."""

    def __init__(
        self, argv: Iterable[str], env: dict[str, str], *, width: int, height: int, cwd=None
    ) -> None:
        import fcntl
        import pty
        import struct
        import termios

        self.argv = list(argv)
        self.screen = Screen(width, height)
        self.master, slave = pty.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", height, width, 0, 0))
        self.start = time.perf_counter()
        self.process = subprocess.Popen(
            self.argv,
            stdin=slave,
            stdout=slave,
            stderr=slave,
            env=env,
            cwd=cwd,
            start_new_session=True,
        )
        os.close(slave)

    def frames(self, timeout: float) -> Iterable[tuple[str, float]]:
        """The screen's text and the seconds since the spawn, each time output arrives,
        until ``timeout`` seconds after the spawn or the command ends."""
        import select

        deadline = self.start + timeout
        while True:
            now = time.perf_counter()
            if now > deadline:
                return
            ready, _, _ = select.select([self.master], [], [], min(0.05, deadline - now))
            if not ready:
                if self.process.poll() is not None:
                    return
                continue
            try:
                data = os.read(self.master, 1 << 16)
            except OSError:  # the child closed the pty
                return
            if not data:
                return
            self.screen.feed(data)
            yield self.screen.text(), time.perf_counter() - self.start

    def shown(self) -> str:
        """The screen's non-blank lines, for an error message."""
        text = self.screen.text()
        return "\n".join(line.rstrip() for line in text.splitlines() if line.strip())

    def __enter__(self) -> PtyApp:
        return self

    def __exit__(self, *exc: object) -> None:
        import contextlib
        import signal

        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.process.pid, signal.SIGKILL)
        self.process.wait()
        os.close(self.master)
