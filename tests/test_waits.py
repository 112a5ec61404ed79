"""Pilot tests wait through tests/waits.py: bounded, and a wait that fails says what it
waited for. No test module polls on its own (a loop of pauses or sleeps)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from factories import corpus
from summit_tui.ui.app import SummitApp
from waits import PATIENCE, until

TESTS = Path(__file__).resolve().parent
WAITS = ("pause", "sleep", "wait_for_complete")


def polling_loops() -> list[str]:
    """Loops in test modules that pause, sleep or wait for workers until something holds
    (a while loop, or a for loop that breaks or returns); not a loop pressing keys."""
    found = []
    for path in sorted(TESTS.glob("*.py")):
        if path.name == "waits.py":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for loop in ast.walk(tree):
            if not isinstance(loop, (ast.For, ast.AsyncFor, ast.While)):
                continue
            if not isinstance(loop, ast.While) and not any(
                isinstance(node, (ast.Break, ast.Return)) for node in ast.walk(loop)
            ):
                continue
            for node in ast.walk(loop):
                called = isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                if called and node.func.attr in WAITS:
                    found.append(f"{path.name}:{loop.lineno}")
                    break
    return found


def test_no_test_module_polls_on_its_own() -> None:
    assert not polling_loops(), "wait with tests/waits.py instead: " + ", ".join(polling_loops())


BOUNDED = {"until": 3, "settled": 1, "loaded": 1, "annotations_open": 1}  # name: `seconds` index


def own_bounds() -> list[str]:
    """Calls of a wait in a test module that give a bound of their own."""
    found = []
    for path in sorted(TESTS.glob("test_*.py")):
        if path.name == "test_waits.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Name):
                continue
            at = BOUNDED.get(node.func.id)
            if at is None:
                continue
            if len(node.args) > at or any(k.arg == "seconds" for k in node.keywords):
                found.append(f"{path.name}:{node.lineno}")
    return found


def own_worker_waits() -> list[str]:
    """Test modules that wait for the app's workers themselves (``wait_for_complete``)."""
    return [
        path.name
        for path in sorted(TESTS.glob("test_*.py"))
        if path.name != "test_waits.py" and ".wait_for_complete()" in path.read_text("utf-8")
    ]


def test_no_test_waits_for_the_workers_on_its_own() -> None:
    # The load starts after the first frame: waiting for the workers before it has started
    # returns at once, and the test went on without notes on a busy machine. `settled`
    # waits for the notes, then for the workers.
    assert not own_worker_waits(), "wait with waits.settled: " + ", ".join(own_worker_waits())


def test_no_test_gives_a_wait_a_bound_of_its_own() -> None:
    # A bound picked for one machine fails on a slower one (these timed out at load 10+):
    # every wait gives up after the same PATIENCE, far above what any takes when quiet.
    assert not own_bounds(), "leave the bound to waits.PATIENCE: " + ", ".join(own_bounds())
    assert PATIENCE >= 60


async def test_a_wait_in_vain_says_what_it_waited_for(tmp_path: Path) -> None:
    app = SummitApp(tmp_path, watch_interval=None, loader=lambda path, progress: corpus())
    async with app.run_test() as pilot:
        with pytest.raises(AssertionError, match=r"waited 0\.1 s in vain for the moon"):
            await until(pilot, lambda: False, "the moon", 0.1)
