"""Obsidian Dataview inline fields (speaker:: Lena, day:: 2024-05-30, conf:: Craft) are the
note's facts: its speaker, day and event, shown in compare as context, one per line; a task's
box ('- [ ]', '- [x]') is shown as a box, and the writer's to-do is context, not a point."""

from __future__ import annotations

import factories
from summit_tui.compare.align import align_entries
from summit_tui.corpus.fields import page_properties

NOTE = (
    "# Platform teams as products\n\n"
    "speaker:: Lena Fischer\nday:: 2024-05-30\nconf:: [[Craft Conference 2024]]\n\n"
    "- [x] watch the recording again\n"
    "- Small autonomous teams ship faster than big ones\n"
    "- [ ] share the slides with my team\n"
)


def test_inline_fields_under_the_title_are_the_notes_facts() -> None:
    assert page_properties(NOTE) == {
        "speaker": "Lena Fischer",
        "event_date": "2024-05-30",
        "event": "Craft Conference 2024",
    }


def test_fields_after_the_notes_text_are_not_its_properties() -> None:
    assert page_properties("# T\n\nSome words first.\n\nspeaker:: Lena\n") == {}


def _column(body: str):
    mine = factories.entry(body, start=1, note="lena.md", author="lena", title="Platform")
    other = factories.entry(
        "## Platform\n\n- Small autonomous teams ship faster\n",
        start=1,
        note="ben.md",
        author="ben",
        title="Platform",
    )
    column = align_entries("p", [mine, other]).column("lena")
    assert column is not None
    return [(p.kind, p.text) for p in column.passages]


def test_compare_shows_each_field_and_each_task_as_context() -> None:
    shown = _column(NOTE)
    assert ("fact", "speaker: Lena Fischer") in shown
    assert ("fact", "day: 2024-05-30") in shown
    assert ("fact", "conf: Craft Conference 2024") in shown
    assert ("fact", "☑ watch the recording again") in shown
    assert ("fact", "☐ share the slides with my team") in shown
    assert not any("::" in text or "[ ]" in text or "[x]" in text for _, text in shown)
    assert any(kind == "item" and "autonomous" in text for kind, text in shown)
