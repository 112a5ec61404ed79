"""The annotation editor on a terminal of 80×24: every part of it shows (comment, tags,
buttons), its own keys are in the footer, and where the quote is keeps its author and line
however long the note's path."""

from __future__ import annotations

from pathlib import Path

from textual.app import App

import summit_tui.ui.app
from summit_tui.ui.screens.annotate_modal import AnnotateModal, Where
from summit_tui.ui.widgets.footer import KeyBar

QUOTE = " ".join(["지금 AI는 우리가 얼마나 많은 컴퓨팅 용량을 사용하냐에 달려있다."] * 6)
WHERE = Where(
    "velog @euisuk-chung", "notes/2024/seoul/2024-11-04-sk-ai-summit-day1-afternoon-keynotes.md:694"
)


class EditorApp(App[None]):
    CSS_PATH = Path(summit_tui.ui.app.__file__).with_name("summit.tcss")

    def on_mount(self) -> None:
        self.push_screen(AnnotateModal("Annotate a passage of a talk", quote=QUOTE, where=WHERE))


async def _shown(size: tuple[int, int]) -> tuple[int, str]:
    """The comment field's height, and the footer, the where line and the quote as shown."""
    async with EditorApp().run_test(size=size) as pilot:
        await pilot.pause()
        modal = pilot.app.screen
        assert isinstance(modal, AnnotateModal)
        box = modal.query_one("#annotate-box").content_region
        for part in ("#annotate-comment", "#annotate-tags", "#annotate-save", "#annotate-cancel"):
            region = modal.query_one(part).region
            assert region.height > 0 and box.contains_region(region), (size, part, region, box)
        assert modal.screen.region.contains_region(modal.query_one("#annotate-box").region)
        keys = str(modal.query_one(KeyBar).render())
        where = modal.query_one("#annotate-where").render().plain
        quote = modal.query_one("#annotate-text").render().plain
        return modal.query_one("#annotate-comment").region.height, f"{keys}\n{where}\n{quote}"


async def test_every_part_of_the_editor_shows_on_80_by_24() -> None:
    _height, shown = await _shown((80, 24))
    keys, where, quote = shown.split("\n", 2)
    assert "Save" in keys and "Cancel" in keys  # not the reader's keys behind it
    assert where.startswith("— velog @euisuk-chung, ") and where.endswith("keynotes.md:694")
    assert quote.endswith("…")  # a long quote is cut, and says so


async def test_a_tall_terminal_keeps_the_roomy_editor() -> None:
    height, _shown_text = await _shown((120, 40))
    assert height == 8
