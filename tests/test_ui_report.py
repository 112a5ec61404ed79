"""`R` in the app writes the conference report into the export folder (ui/reporter.py)."""

from __future__ import annotations

from pathlib import Path

from markdown_it import MarkdownIt

from summit_tui.annotate.anchor import find_quote
from summit_tui.annotate.store import AnnotationStore
from summit_tui.ui.app import SummitApp
from test_annotate_support import corpus
from waits import settled

CLAIM = "Her main claim was that evaluation, not model size, decides who ships agents first."


def _app(tmp_path: Path) -> SummitApp:
    (tmp_path / "notes").mkdir(exist_ok=True)
    return SummitApp(
        tmp_path / "notes",
        data_dir=tmp_path / "data",
        loader=lambda path, progress: corpus(),
        watch_interval=None,
    )


async def test_capital_r_writes_the_report_and_says_where(tmp_path: Path) -> None:
    alice = next(e for e in corpus().entries if e.author == "Alice")
    with AnnotationStore.open(tmp_path / "data") as store:
        store.add("d1-keynote", "# the crux", target=find_quote(alice, CLAIM))
        store.set_mark("d1-keynote", starred=True, reviewed=True)
    app = _app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settled(pilot)
        await pilot.press("R")
        await pilot.pause()
        await settled(pilot)
        (report,) = (tmp_path / "data" / "exports").glob("summit-report-*.md")
        assert str(report) in "\n".join(str(n.message) for n in app._notifications)
    text = report.read_text(encoding="utf-8")
    tokens = MarkdownIt("commonmark").parse(text)
    headings = [tokens[n + 1].content for n, t in enumerate(tokens) if t.type == "heading_open"]
    assert headings[0] == "Conference report"
    assert any(h.startswith("★ ✓ ") for h in headings)
    assert "Your notes" in headings and "the crux" not in headings
    assert f"> {CLAIM}" in text
