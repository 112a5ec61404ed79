"""Pilot tests wait through tests/waits.py: bounded, and a wait that fails says what it
waited for. No test module polls on its own (a loop of pauses or sleeps)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from factories import corpus
from summit_tui.ui.app import SummitApp
from waits import until

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


async def test_a_wait_in_vain_says_what_it_waited_for(tmp_path: Path) -> None:
    app = SummitApp(tmp_path, watch_interval=None, loader=lambda path, progress: corpus())
    async with app.run_test() as pilot:
        with pytest.raises(AssertionError, match=r"waited 0\.1 s in vain for the moon"):
            await until(pilot, lambda: False, "the moon", 0.1)
