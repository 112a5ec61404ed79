"""Entry → passages: the paragraphs, list items, headings and blocks of one entry.

A passage is the unit the reader's cursor selects, the unit search snippets point
at, the unit compare aligns (after splitting long ones into sentences) and the
unit a passage annotation quotes. It is found with markdown-it tokens, so setext
headings, nested lists and code fences come out right.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from markdown_it import MarkdownIt
    from markdown_it.token import Token

    from summit_tui.corpus.model import Entry


@dataclass(frozen=True, slots=True)
class Passage:
    entry_id: str
    index: int  # position within the entry, from 0
    kind: str  # "heading", "paragraph", "item", "code", "table"
    start_line: int  # file lines, inclusive
    end_line: int
    text: str  # the Markdown source of the passage
    plain: str  # the readable text: no Markdown syntax, one line
    depth: int = 0  # list nesting (0 outside lists)


@lru_cache(maxsize=1)
def _parser() -> MarkdownIt:
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark").enable("table")


def inline_plain(token: Token | None) -> str:
    """The readable text of an inline token: links and emphasis unwrapped, images as alt."""
    if token is None or not token.children:
        return token.content.strip() if token is not None else ""
    parts: list[str] = []
    for child in token.children:
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append(" ")
        elif child.type == "image":
            parts.append(child.content or "")
    return " ".join("".join(parts).split())


def split_passages(entry: Entry) -> list[Passage]:
    """The passages of an entry, in reading order. Never raises on odd Markdown."""
    lines = entry.text.split("\n")
    tokens = _parser().parse(entry.text)
    passages: list[Passage] = []
    depth = 0
    item_taken: list[bool] = []  # per open list item: has its first paragraph been used?

    def add(kind: str, begin: int, end: int, plain: str) -> None:
        end = max(end, begin + 1)
        source = "\n".join(lines[begin:end]).strip("\n")
        if not plain.strip() and not source.strip():
            return
        passages.append(
            Passage(
                entry_id=entry.id,
                index=len(passages),
                kind=kind,
                start_line=entry.start_line + begin,
                end_line=entry.start_line + end - 1,
                text=source,
                plain=plain or " ".join(source.split()),
                depth=depth,
            )
        )

    for position, token in enumerate(tokens):
        kind = token.type
        if kind in ("bullet_list_open", "ordered_list_open"):
            depth += 1
        elif kind in ("bullet_list_close", "ordered_list_close"):
            depth -= 1
        elif kind == "list_item_open":
            item_taken.append(False)
        elif kind == "list_item_close":
            item_taken.pop()
        elif kind == "heading_open" and token.map:
            inline = tokens[position + 1] if position + 1 < len(tokens) else None
            add("heading", token.map[0], token.map[1], inline_plain(inline))
        elif kind == "paragraph_open" and token.map:
            inline = tokens[position + 1] if position + 1 < len(tokens) else None
            plain = inline_plain(inline)
            if item_taken and not item_taken[-1]:
                item_taken[-1] = True
                add("item", token.map[0], token.map[1], plain)
            else:
                add("paragraph", token.map[0], token.map[1], plain)
        elif kind in ("fence", "code_block") and token.map:
            add("code", token.map[0], token.map[1], " ".join(token.content.split()))
        elif kind == "table_open" and token.map:
            add("table", token.map[0], token.map[1], "")
    return passages
