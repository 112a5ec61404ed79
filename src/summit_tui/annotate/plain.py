"""The readable text of a piece of Markdown source: what the user saw when they quoted it.

A quote is anchored by its Markdown source (``Target.exact``), but it is shown, exported
and searched as displayed: ``> * **내용:** 방안.`` reads ``내용: 방안.``. Each block (a
paragraph, a list item, a heading) becomes one line; links and emphasis are unwrapped,
images become their alt text.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from markdown_it import MarkdownIt


@lru_cache(maxsize=1)
def _parser() -> MarkdownIt:
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark").enable("table")


def displayed_text(source: str) -> str:
    """The text a reader sees in ``source``, one line per block; never raises."""
    from summit_tui.corpus.passages import inline_plain

    if not source.strip():
        return ""
    try:
        tokens = _parser().parse(source)
    except Exception:  # markdown-it does not raise on text; a bug there must not lose a quote
        return " ".join(source.split())
    lines: list[str] = []
    for token in tokens:
        if token.type == "inline":
            text = inline_plain(token)
            if text:
                lines.append(text)
        elif token.type in ("fence", "code_block"):
            text = " ".join(token.content.split())
            if text:
                lines.append(text)
    return "\n".join(lines) if lines else " ".join(source.split())
