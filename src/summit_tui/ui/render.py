"""Passages → Rich renderables for the reader.

Each passage is rendered on its own so the reader can highlight, scroll to and
quote one passage without mounting a widget per Markdown block. Note text is
cleaned first and only ever reaches Rich as Markdown source or plain ``Text``,
never as console markup, so ``[bold]`` or ``[@click=...]`` in a note stay literal.
"""

from __future__ import annotations

import textwrap
from typing import ClassVar

from rich.console import Console, ConsoleOptions, RenderableType, RenderResult
from rich.markdown import ImageItem, Markdown, MarkdownElement
from rich.padding import Padding
from rich.style import Style
from rich.text import Text

from summit_tui.corpus.passages import Passage
from summit_tui.text import clean, clean_line


class ImagePlaceholder(ImageItem):
    """An image becomes one line with its alt text; nothing is fetched or linked."""

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        alt = clean_line(self.text.plain) if self.text else ""
        name = alt or clean_line(self.destination.rstrip("/").rsplit("/", 1)[-1]) or "image"
        yield Text.assemble(("▣ image: ", "dim"), (name, "italic dim"), " ", end="")


class NoteMarkdown(Markdown):
    """Rich Markdown with image placeholders and visible link URLs."""

    elements: ClassVar[dict[str, type[MarkdownElement]]] = {
        **Markdown.elements,
        "image": ImagePlaceholder,
    }

    def __init__(self, source: str) -> None:
        # hyperlinks=False prints "text (url)", so the URL stays visible in any terminal.
        super().__init__(source, hyperlinks=False, code_theme="ansi_dark")


def heading_level(source: str) -> int:
    stripped = source.lstrip()
    if stripped.startswith("#"):
        return min(6, len(stripped) - len(stripped.lstrip("#")))
    last = source.rstrip().rsplit("\n", 1)[-1].strip()
    return 1 if last.startswith("=") else 2


def passage_renderable(passage: Passage, heading_style: Style) -> RenderableType:
    """The renderable for one passage (source already belongs to the entry)."""
    if passage.kind == "heading":
        level = heading_level(passage.text)
        title = clean_line(passage.plain) or clean_line(passage.text.strip("#= -\n"))
        return Text.assemble(("#" * level + " ", "dim"), (title, heading_style))
    source = textwrap.dedent(clean(passage.text))
    markdown = NoteMarkdown(source)
    indent = 2 * max(0, passage.depth - (1 if passage.kind == "item" else 0))
    if indent:
        return Padding(markdown, (0, 0, 0, indent))
    return markdown


def gap_before(previous: Passage | None, passage: Passage) -> bool:
    """Whether a blank line separates two passages: not between list items."""
    if previous is None:
        return False
    if previous.kind == "heading":
        return False
    if passage.kind == "item" and previous.kind == "item":
        return False
    return not (passage.depth > 0 and previous.depth > 0 and passage.kind != "heading")
