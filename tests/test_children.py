"""Helper processes: one protocol (start, progress, result, kill), and never a way to fail."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

import pytest

from summit_tui import children
from waits import eventually

HELPER = "children_helper"  # tests/children_helper.py, found through the child's PYTHONPATH


def test_a_helper_answers_with_its_progress_then_its_result() -> None:
    seen: list[tuple[int, int]] = []
    result = children.run(HELPER, "set-up", ("count", 3), progress=lambda *p: seen.append(p))
    assert result == ("counted", "set-up", 3)
    assert seen == [(0, 3), (1, 3), (2, 3), (3, 3)]


def test_an_error_in_the_helper_is_reported_not_raised_there() -> None:
    with pytest.raises(children.Failed, match="ValueError: no such thing"):
        children.run(HELPER, None, ("fail", "no such thing"))


def test_a_helper_that_ends_without_answering_fails() -> None:
    with pytest.raises(children.Failed, match="without an answer"):
        children.run(HELPER, None, ("exit",))


def test_a_cancelled_wait_kills_the_helper(tmp_path: Path) -> None:
    pid_file = tmp_path / "pid"
    started = time.monotonic()
    with pytest.raises(children.Failed, match="cancelled"):
        children.run(HELPER, None, ("pid-then-sleep", str(pid_file)), cancelled=pid_file.exists)
    # Sooner than the helper's own 60 s sleep would end: the cancel did not wait for it.
    assert time.monotonic() - started < 55
    pid = int(pid_file.read_text())
    eventually(lambda: not _running(pid), "the cancelled helper to end")


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


def test_no_interpreter_means_unavailable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(children, "command", lambda _module: [str(tmp_path / "no-python")])
    with pytest.raises(children.Unavailable):
        children.run(HELPER, None, ("count", 1))
    monkeypatch.setattr(sys, "platform", "win32")
    assert not children.available()


def test_garbage_on_the_helpers_stdout_fails(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    liar = tmp_path / "liar.sh"
    liar.write_text(
        "#!/bin/sh\nprintf '\\010\\000\\000\\000\\000\\000\\000\\000notapick'\ncat >/dev/null\n",
        encoding="utf-8",
    )
    liar.chmod(0o755)
    monkeypatch.setattr(children, "command", lambda _module: [str(liar)])
    with pytest.raises(children.Failed, match="garbled"):
        children.run(HELPER, None, ("count", 1))
