"""The reader shows an Obsidian note's Dataview fields a line each, as written, not joined
into one line, and a task list item with its box (☐ / ☑) instead of "• [ ]"."""

from __future__ import annotations

from rich.console import Console
from rich.style import Style

import factories
from summit_tui.corpus.passages import split_passages
from summit_tui.ui.render import InlineStyles, fast_lines

_PLAIN = InlineStyles(*([Style.null()] * 9))


def _shown(body: str) -> list[str]:
    entry = factories.entry(body, start=1, note="n.md", author="a", title="T")
    console = Console(width=60, color_system=None)
    shown: list[str] = []
    for passage in split_passages(entry):
        lines = fast_lines(passage, console, 60, _PLAIN)
        assert lines is not None
        shown.extend("".join(segment.text for segment in line).rstrip() for line in lines)
    return shown


def test_dataview_fields_show_a_line_each() -> None:
    shown = _shown("speaker:: Lena Fischer\nday:: 2024-05-30\nconf:: Craft Conference 2024\n")
    assert shown == [
        "speaker:: Lena Fischer",
        "day:: 2024-05-30",
        "conf:: Craft Conference 2024",
    ]


def test_a_task_shows_its_box() -> None:
    shown = _shown("- [ ] share the slides\n- [x] watch the recording\n- plain point\n")
    assert shown == [" ☐ share the slides", " ☑ watch the recording", " • plain point"]


def test_a_paragraph_of_ordinary_lines_is_still_one() -> None:
    assert _shown("first line\nsecond line\n") == ["first line second line"]


def test_a_chat_exports_banner_and_messages_show_a_line_each() -> None:
    body = (
        "==============================\n"
        "Guild: Rust Brasil\n"
        "Channel: Eventos / rustconf-2024\n"
        "==============================\n"
        "\n"
        "[11/09/2024 09:14] bia_rs\n"
        "keynote de abertura começou\n"
        "{Reactions}\n"
        "🦀 (6)\n"
    )
    assert _shown(body) == [
        "Guild: Rust Brasil",
        "Channel: Eventos / rustconf-2024",
        "[11/09/2024 09:14] bia_rs",  # the stamp does not run into the message
        "keynote de abertura começou",
    ]  # the export's reactions are no words of it
    entry = factories.entry(body, start=1, note="n.md", author="a", title="T")
    message = split_passages(entry)[-1]
    assert message.plain == "keynote de abertura começou"  # search and compare read this
