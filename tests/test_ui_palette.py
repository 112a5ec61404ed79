"""The command palette finds items as `/` and every did-you-mean do (issue 16: `ㅍㅍㄹ`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from summit_tui.ui.app import SummitApp
from waits import loaded


async def _jump(shipped_notes: Path, query: str) -> str | None:
    app = SummitApp(shipped_notes, watch_interval=None)
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(pilot)
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*query)
        await pilot.pause(0.5)
        await pilot.press("enter")
        await pilot.pause()
        return app.current_item_id


@pytest.mark.parametrize(
    ("query", "item_id"),
    [
        ("ㅍㅍㄹ", "skai2024-k14"),  # initial consonants of an alias (퍼플렉시티)
        ("퍼프", "skai2024-k14"),  # a syllable half typed
        ("Arvaind", "skai2024-k14"),  # a misspelt speaker
        ("borkar", "skai2024-k05"),  # a speaker
        ("nvidia", "skai2024-booth-nvidia"),  # a booth
        ("k13", "skai2024-k13"),  # an id
        ("lamb", "skai2024-booth-lambda"),  # the booth's own name, not "Lambda CEO" in two talks
        ("stephen", "skai2024-k08"),  # a speaker still finds his talks
    ],
)
async def test_the_palette_finds_what_search_finds(
    shipped_notes: Path, query: str, item_id: str
) -> None:
    assert await _jump(shipped_notes, query) == item_id
