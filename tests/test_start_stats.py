"""A warm start of the app stats each note once: the folder signature's stat (which also
decides whether the saved outline still holds) gives the load its file keys."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from summit_tui.ui.app import SummitApp
from waits import until

PROGRAM = (
    "events:\n  - id: demo\n    title: Demo\n    days:\n      - date: 2024-11-04\n"
    "        tracks:\n          - name: Main\n            items:\n"
    "              - {id: demo-a, title: Alpha talk}\n"
)


async def test_a_warm_start_stats_no_note_a_second_time(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    notes = tmp_path / "notes"
    (notes / "day1").mkdir(parents=True)
    (notes / "program.yaml").write_text(PROGRAM, encoding="utf-8")
    for name in ("ann.md", "day1/bob.md"):
        (notes / name).write_text("---\nauthor: A\n---\n# Alpha talk\n\nnote\n", encoding="utf-8")
    first = SummitApp(notes, watch_interval=None)
    async with first.run_test(size=(100, 30)) as pilot:
        await until(pilot, lambda: first.corpus is not None, "the first load")

    stat_calls: list[str] = []
    real_stat = os.stat

    def counting_stat(path, *args, **kwargs):
        if os.fspath(path).endswith(".md"):
            stat_calls.append(os.fspath(path))
        return real_stat(path, *args, **kwargs)

    monkeypatch.setattr(os, "stat", counting_stat)
    app = SummitApp(notes, watch_interval=None)
    async with app.run_test(size=(100, 30)) as pilot:
        await until(pilot, lambda: app.corpus is not None, "the warm load")
        assert app.corpus is not None and len(app.corpus.notes) == 2
    assert stat_calls == []  # the signature's stat (os.scandir's) was the only one
